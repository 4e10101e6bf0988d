import Button from '@mui/material/Button';
import { useI18n, type Lang } from '../lib/i18n';

/**
 * One button naming the other language, in that language ("English" / "Tiếng Việt"); the choice is
 * remembered on this device. Plain buttons, not a toggle group: lighter on every page.
 */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { lang, setLang, t } = useI18n();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <Button
      size="small"
      variant="outlined"
      color={onDark ? 'inherit' : 'primary'}
      lang={other}
      aria-label={`${t('common.language')}: ${t(`common.languages.${other}`)}`}
      onClick={() => setLang(other)}
      sx={{
        minWidth: 0,
        whiteSpace: 'nowrap',
        ...(onDark ? { borderColor: 'rgba(255,255,255,0.7)' } : {}),
      }}
    >
      {other === 'en' ? 'EN' : 'VI'}
    </Button>
  );
}
