import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useI18n, type Lang } from '../lib/i18n';

/** VI / EN: the choice is remembered on this device. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={lang}
      aria-label={t('common.language')}
      onChange={(_, v: Lang | null) => {
        if (v) setLang(v);
      }}
      sx={
        onDark
          ? {
              '& .MuiToggleButton-root': {
                color: 'common.white',
                borderColor: 'rgba(255,255,255,0.7)',
                px: 1,
                py: 0.25,
              },
              // Solid white with the bar's red: the selected language reads at full contrast.
              '& .MuiToggleButton-root.Mui-selected, & .MuiToggleButton-root.Mui-selected:hover': {
                bgcolor: 'common.white',
                color: 'primary.main',
              },
            }
          : { bgcolor: 'background.paper', '& .MuiToggleButton-root': { px: 1, py: 0.25 } }
      }
    >
      <ToggleButton value="vi" lang="vi" aria-label={t('common.languages.vi')}>
        VI
      </ToggleButton>
      <ToggleButton value="en" lang="en" aria-label={t('common.languages.en')}>
        EN
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
