import { Placeholder } from '../../../components/Placeholder';
import { useT } from '../../../lib/i18n';

export default function DashboardRoute() {
  const t = useT();
  return <Placeholder title={t('dashboard.title')} />;
}
