import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import { startTransition, useId, useOptimistic, type ReactNode } from 'react';

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

/** A labelled text input; `type="date"` and the like keep their label above the field. */
export function TextInput({
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
}: FieldProps & { type?: 'text' | 'search' | 'date'; maxLength?: number }) {
  const id = useId();
  const helperId = `${id}-helper`;
  // A date input always shows its own placeholder: its label cannot sit inside it.
  const shrink = type === 'date' ? true : undefined;
  // A date is picked whole, like a choice; typed text stays a plain controlled value (an input
  // method composing Vietnamese must see its own text at once).
  const [date, chooseDate] = useChoice(value, onChange);
  const [shown, change] = type === 'date' ? [date, chooseDate] : [value, onChange];
  return (
    <FormControl size={size} fullWidth={fullWidth} error={error} sx={sx}>
      <InputLabel htmlFor={id} shrink={shrink}>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        type={type}
        label={label}
        notched={shrink}
        value={shown}
        onChange={(e) => change(e.target.value)}
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
