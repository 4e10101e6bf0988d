import { Placeholder } from '../../../components/Placeholder';
import { useT } from '../../../lib/i18n';

export default function GuideRoute() {
  const t = useT();
  return <Placeholder title={t('policy.guideTitle')} />;
}
