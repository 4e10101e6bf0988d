import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { unitName, useUnits } from '../../../lib/units';
import type { CreatedAccount } from '../api/create-organisation';

/** The organisation account just created: its id, tax code, author, date and unit. */
export function OrganisationCreated({
  account,
  onAgain,
}: {
  account: CreatedAccount;
  onAgain: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const units = useUnits();
  return (
    <Alert
      severity="success"
      action={
        <Button color="inherit" size="small" onClick={onAgain}>
          {t('policy.org.another')}
        </Button>
      }
    >
      <Typography sx={{ fontWeight: 600 }}>
        {t('policy.org.created', { id: account.id, name: account.displayName })}
      </Typography>
      <Typography variant="body2">
        {t('policy.org.createdDetail', {
          taxCode: account.taxCode ?? '',
          user: account.createdBy,
          date: f.date(account.createdOn),
        })}
      </Typography>
      <Typography variant="body2">
        {unitName(units.data, account.communeCode)}, {unitName(units.data, account.districtCode)}
      </Typography>
    </Alert>
  );
}
