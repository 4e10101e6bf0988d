import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useT } from '../../../lib/i18n';
import { ApiError } from '../../../api/errors';
import { fieldErrorText } from '../../../lib/problem';
import { useUnits } from '../../../lib/units';
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

/** The field the user was typing in, carried across the switch from "new" to "edit". */
export type NoticeFocus = 'subject' | 'body';

/** Which notice field has the keyboard focus now, if any. */
export function focusedNoticeField(): NoticeFocus | undefined {
  const el = document.activeElement;
  if (el instanceof HTMLInputElement && el.name === 'subject') return 'subject';
  if (el instanceof HTMLElement && el.closest('.notice-editor')) return 'body';
  return undefined;
}

export function NoticeForm({
  value,
  onChange,
  error,
  autoFocus,
}: {
  value: NoticeInput;
  onChange: (next: NoticeInput) => void;
  error?: unknown;
  autoFocus?: NoticeFocus;
}) {
  const t = useT();
  const subjectRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = subjectRef.current;
    if (autoFocus !== 'subject' || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    // Only on mount: the user was typing here before the page changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const units = useUnits();
  const districts = units.data?.districts ?? [];
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
        name="subject"
        inputRef={subjectRef}
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
          autoFocus={autoFocus === 'body'}
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
            select
            label={t('notices.form.districts')}
            value={value.audience.districtCodes}
            onChange={(e) => {
              const v = e.target.value as unknown as string[] | string;
              set('audience', {
                ...value.audience,
                districtCodes: typeof v === 'string' ? v.split(',') : v,
              });
            }}
            slotProps={{
              select: {
                multiple: true,
                renderValue: (selected) =>
                  (selected as string[])
                    .map((code) => districts.find((d) => d.code === code)?.name ?? code)
                    .join(', '),
              },
            }}
            error={!!fe('audience.districtCodes')}
            helperText={fe('audience.districtCodes')}
            sx={{ minWidth: 280, maxWidth: '100%' }}
          >
            {districts.map((d) => (
              <MenuItem key={d.code} value={d.code}>
                <Checkbox
                  size="small"
                  checked={value.audience.districtCodes.includes(d.code)}
                  tabIndex={-1}
                  slotProps={{ input: { 'aria-hidden': true } }}
                  sx={{ p: 0, mr: 1 }}
                />
                {d.name}
              </MenuItem>
            ))}
          </TextField>
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
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          type="date"
          label={t('notices.form.effectiveFrom')}
          value={value.effectiveFrom ?? ''}
          onChange={(e) => set('effectiveFrom', e.target.value || undefined)}
          error={!!fe('effectiveFrom')}
          helperText={fe('effectiveFrom')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          type="date"
          label={t('notices.form.effectiveUntil')}
          value={value.effectiveUntil ?? ''}
          onChange={(e) => set('effectiveUntil', e.target.value || null)}
          error={!!fe('effectiveUntil')}
          helperText={fe('effectiveUntil') ?? t('notices.form.effectiveUntilHint')}
          slotProps={{ inputLabel: { shrink: true } }}
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
