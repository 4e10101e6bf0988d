import { Placeholder } from '../../../components/Placeholder';
import { useT } from '../../../lib/i18n';

export default function NoticeEditRoute() {
  const t = useT();
  return <Placeholder title={t('notices.title')} />;
}
