import { Placeholder } from '../../../components/Placeholder';
import { useT } from '../../../lib/i18n';

export default function NoticeNewRoute() {
  const t = useT();
  return <Placeholder title={t('notices.title')} />;
}
