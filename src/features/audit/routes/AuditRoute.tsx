import { Placeholder } from '../../../components/Placeholder';
import { useT } from '../../../lib/i18n';

export default function AuditRoute() {
  const t = useT();
  return <Placeholder title={t('audit.title')} />;
}
