import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { lazy, Suspense } from 'react';
import { useT } from '../../../lib/i18n';
import { ApiError } from '../../../api/errors';
import { fieldErrorText } from '../../../lib/problem';
import type { NoticeInput } from '../api/notice-actions';

const RichTextEditor = lazy(() => import('./RichTextEditor'));

export const emptyNotice = (): NoticeInput => ({
  docType: 'thong_bao',
  subject: '',
  bodyHtml: '',
  number: '',
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: '',
  recipients: ['Lưu: VT'],
  related: [],
  audience: { staff: 'all', districtCodes: [], citizens: false, businesses: false },
  pinned: false,
});

const lines = (v: string) => v.split('\n');

export function NoticeForm({
  value,
  onChange,
  error,
}: {
  value: NoticeInput;
  onChange: (next: NoticeInput) => void;
  error?: unknown;
}) {
  const t = useT();
  const set = <K extends keyof NoticeInput>(k: K, v: NoticeInput[K]) =>
    onChange({ ...value, [k]: v });
  const fe = (field: string) => {
    const e = error instanceof ApiError ? error.fieldErrors[field] : undefined;
    return e ? fieldErrorText(t, e.code) : undefined;
  };
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label={t('notices.form.docType')}
          value={value.docType}
          onChange={(e) => set('docType', e.target.value as NoticeInput['docType'])}
          sx={{ minWidth: 200 }}
        >
          {(['thong_bao', 'cong_van', 'huong_dan'] as const).map((d) => (
            <MenuItem key={d} value={d}>
              {t(`notices.docType.${d}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('notices.form.number')}
          value={value.number ?? ''}
          onChange={(e) => set('number', e.target.value)}
          slotProps={{ htmlInput: { maxLength: 40 } }}
        />
      </Stack>
      <TextField
        label={t('notices.form.subject')}
        required
        value={value.subject}
        onChange={(e) => set('subject', e.target.value)}
        error={!!fe('subject')}
        helperText={fe('subject')}
        slotProps={{ htmlInput: { maxLength: 300 } }}
      />
      <Suspense fallback={<Skeleton variant="rectangular" height={280} />}>
        <RichTextEditor
          label={t('notices.form.body')}
          value={value.bodyHtml}
          onChange={(html) => set('bodyHtml', html)}
        />
      </Suspense>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('notices.form.signerAuthority')}
          value={value.signerAuthority ?? ''}
          onChange={(e) => set('signerAuthority', e.target.value)}
          fullWidth
        />
        <TextField
          label={t('notices.form.signerTitle')}
          value={value.signerTitle ?? ''}
          onChange={(e) => set('signerTitle', e.target.value)}
          fullWidth
        />
        <TextField
          label={t('notices.form.signerName')}
          value={value.signerName ?? ''}
          onChange={(e) => set('signerName', e.target.value)}
          fullWidth
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('notices.form.recipients')}
          multiline
          minRows={3}
          value={(value.recipients ?? []).join('\n')}
          onChange={(e) => set('recipients', lines(e.target.value))}
          fullWidth
        />
        <TextField
          label={t('notices.form.related')}
          multiline
          minRows={3}
          value={(value.related ?? []).join('\n')}
          onChange={(e) => set('related', lines(e.target.value))}
          fullWidth
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          label={t('notices.form.staff')}
          value={value.audience.staff}
          onChange={(e) =>
            set('audience', {
              ...value.audience,
              staff: e.target.value as NoticeInput['audience']['staff'],
            })
          }
          sx={{ minWidth: 240 }}
        >
          {(['all', 'districts', 'desks', 'none'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {t(`notices.audienceStaff.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {value.audience.staff === 'districts' && (
          <TextField
            label={t('notices.form.districts')}
            value={value.audience.districtCodes.join(', ')}
            onChange={(e) =>
              set('audience', {
                ...value.audience,
                districtCodes: e.target.value.split(/[\s,]+/).filter(Boolean),
              })
            }
            error={!!fe('audience.districtCodes')}
          />
        )}
        <FormControlLabel
          control={
            <Checkbox
              checked={value.audience.citizens}
              onChange={(e) => set('audience', { ...value.audience, citizens: e.target.checked })}
            />
          }
          label={t('notices.audienceCitizens')}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={value.audience.businesses}
              onChange={(e) => set('audience', { ...value.audience, businesses: e.target.checked })}
            />
          }
          label={t('notices.audienceBusinesses')}
        />
      </Stack>
      <FormControlLabel
        control={
          <Checkbox checked={!!value.pinned} onChange={(e) => set('pinned', e.target.checked)} />
        }
        label={t('notices.form.pin')}
      />
    </Stack>
  );
}
