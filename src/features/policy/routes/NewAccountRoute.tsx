import { Placeholder } from '../../../components/Placeholder';
import { useT } from '../../../lib/i18n';

export default function NewAccountRoute() {
  const t = useT();
  return <Placeholder title={t('policy.newTitle')} />;
}
