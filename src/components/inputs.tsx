import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import { startTransition, useId, useOptimistic, useState, type ReactNode } from 'react';
import { isIsoDate } from '../lib/dates';
import { useT } from '../lib/i18n';

// Form fields for the lists' filters, as MUI's outlined TextField draws them, without TextField:
// TextField brings MUI's whole Select along (menu, popover, modal, focus trap: about 20 KiB of
// gzip), which the first screen of a list does not need. Choices are the browser's own `<select>`,
// which a phone opens in its own picker and which the keyboard works as everywhere else.

/** What both fields take: a label and a string value, reported whole on each change. */
interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  helperText?: ReactNode;
  error?: boolean;
  sx?: SxProps<Theme>;
}

/**
 * A choice that the page writes to the URL, which changes in a transition (React Router's
 * navigations are transitions): shown at once, until the page has rendered with it. Without this,
 * the field would show its old value in the meantime (a controlled field keeps its value).
 */
function useChoice(value: string, onChange: (value: string) => void) {
  const [shown, setShown] = useOptimistic(value);
  const choose = (next: string) =>
    startTransition(() => {
      setShown(next);
      onChange(next);
    });
  return [shown, choose] as const;
}

/**
 * Typed text as dd/MM/yyyy: the slashes come by themselves, and one typed after a single digit pads
 * it ("5/" → "05/").
 */
export function maskDate(raw: string): string {
  const s = raw
    .replace(/[.\-\s]/g, '/')
    .replace(/^(\d)\//, '0$1/')
    .replace(/^(\d{2}\/)(\d)\//, '$10$2/');
  const d = s.replace(/\D/g, '').slice(0, 8);
  const slash = s.endsWith('/');
  let out = d.slice(0, 2);
  if (d.length > 2 || (slash && d.length === 2)) out += `/${d.slice(2, 4)}`;
  if (d.length > 4 || (slash && d.length === 4)) out += `/${d.slice(4)}`;
  return out;
}

/** `05/06/2024` → `2024-06-05`; null unless a whole, real date. */
export function parseDayMonthYear(text: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? iso : null;
}

const shownDate = (iso: string) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

/**
 * A date typed as dd/MM/yyyy whatever the browser's language (the browser's own date field follows
 * its locale: mm/dd/yyyy in an English browser). `value` and `onChange` stay ISO (`2024-06-05`),
 * reported once the text is a whole, real date, or empty.
 */
function DateInput({
  label,
  value,
  onChange,
  size,
  fullWidth,
  sx,
}: Omit<FieldProps, 'helperText' | 'error'>) {
  const t = useT();
  const id = useId();
  const helperId = `${id}-helper`;
  const [text, setText] = useState(() => shownDate(value));
  // The value changed from outside (filters cleared, Back): show it.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (parseDayMonthYear(text) !== value) setText(shownDate(value));
  }
  const [touched, setTouched] = useState(false);
  const invalid = touched && text !== '' && parseDayMonthYear(text) === null;
  const change = (raw: string) => {
    const next = maskDate(raw);
    setText(next);
    const iso = next === '' ? '' : parseDayMonthYear(next);
    if (iso !== null && iso !== value) onChange(iso);
  };
  return (
    <FormControl size={size} fullWidth={fullWidth} error={invalid} sx={sx}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        notched
        value={text}
        placeholder={t('common.dateInput.placeholder')}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setTouched(true)}
        inputProps={{
          inputMode: 'numeric',
          autoComplete: 'off',
          maxLength: 10,
          'aria-describedby': helperId,
          'aria-invalid': invalid || undefined,
        }}
        sx={{ width: 210 }}
      />
      <FormHelperText id={helperId} sx={invalid ? undefined : visuallyHiddenSx}>
        {invalid ? t('common.dateInput.invalid') : t('common.dateInput.hint')}
      </FormHelperText>
    </FormControl>
  );
}

const visuallyHiddenSx = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  m: 0,
} as const;

/**
 * A labelled text input. `type="date"` is typed as dd/MM/yyyy in any browser (see `DateInput`),
 * its value ISO.
 */
export function TextInput({
  type,
  ...props
}: FieldProps & { type?: 'text' | 'search' | 'date'; maxLength?: number }) {
  return type === 'date' ? <DateInput {...props} /> : <PlainTextInput {...props} type={type} />;
}

function PlainTextInput({
  label,
  value,
  onChange,
  size,
  fullWidth,
  helperText,
  error,
  sx,
  type,
  maxLength,
}: FieldProps & { type?: 'text' | 'search'; maxLength?: number }) {
  const id = useId();
  const helperId = `${id}-helper`;
  // Typed text stays a plain controlled value (an input method composing Vietnamese must see its
  // own text at once).
  return (
    <FormControl size={size} fullWidth={fullWidth} error={error} sx={sx}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        type={type}
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputProps={{ maxLength, 'aria-describedby': helperText ? helperId : undefined }}
      />
      {helperText ? <FormHelperText id={helperId}>{helperText}</FormHelperText> : null}
    </FormControl>
  );
}

/** A labelled choice among `options` (the browser's `<select>`). */
export function SelectInput({
  label,
  value,
  onChange,
  options,
  size,
  fullWidth,
  sx,
}: Omit<FieldProps, 'helperText' | 'error'> & {
  options: readonly { value: string; label: string }[];
}) {
  const id = useId();
  const [shown, choose] = useChoice(value, onChange);
  return (
    <FormControl size={size} fullWidth={fullWidth} sx={sx}>
      {/* Always above: a select always shows its chosen option. */}
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        value={shown}
        onChange={(e) => choose(e.target.value)}
        input={<OutlinedInput label={label} notched />}
        inputProps={{ id }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </FormControl>
  );
}
