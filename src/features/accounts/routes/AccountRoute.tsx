import { Placeholder } from '../../../components/Placeholder';
import { useT } from '../../../lib/i18n';

export default function AccountRoute() {
  const t = useT();
  return <Placeholder title={t('accounts.title')} />;
}
