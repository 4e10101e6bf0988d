import TextField from '@mui/material/TextField';
import { useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { useUnits } from '../../../lib/units';

/**
 * District and commune as native selects (keyboard and screen-reader friendly). A district user
 * picks only among their own district's communes.
 */
export function UnitPicker({
  district,
  commune,
  onChange,
  communeError,
  idPrefix,
}: {
  district: string;
  commune: string;
  onChange: (next: { district: string; commune: string }) => void;
  communeError?: string;
  idPrefix: string;
}) {
  const t = useT();
  const { user } = useSession();
  const units = useUnits();
  const fixedDistrict = user.scope.level === 'district' ? (user.scope.districtCode ?? '') : null;
  const districtCode = fixedDistrict ?? district;
  const districts = units.data?.districts ?? [];
  const communes = districts.find((d) => d.code === districtCode)?.communes ?? [];
  const native = { select: { native: true }, inputLabel: { shrink: true } } as const;
  return (
    <>
      {fixedDistrict === null ? (
        <TextField
          id={`${idPrefix}-district`}
          select
          label={t('policy.org.district')}
          value={district}
          onChange={(e) => onChange({ district: e.target.value, commune: '' })}
          slotProps={native}
        >
          <option value="">{t('policy.org.choose')}</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </TextField>
      ) : null}
      <TextField
        id={`${idPrefix}-communeCode`}
        name="communeCode"
        select
        required
        label={t('policy.org.commune')}
        value={commune}
        onChange={(e) => onChange({ district: districtCode, commune: e.target.value })}
        error={!!communeError}
        helperText={communeError}
        disabled={!districtCode}
        slotProps={native}
      >
        <option value="">{t('policy.org.choose')}</option>
        {communes.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </TextField>
    </>
  );
}
