import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, type ReactNode } from 'react';

/**
 * Form fields for the lists' filters, as MUI's outlined TextField draws them, without TextField:
 * TextField brings MUI's whole Select along (menu, popover, modal, focus trap: about 20 KiB of
 * gzip), which the first screen of a list does not need. Choices are the browser's own `<select>`,
 * which a phone opens in its own picker and which the keyboard works as everywhere else.
 */
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
  return (
    <FormControl size={size} fullWidth={fullWidth} sx={sx}>
      {/* Always above: a select always shows its chosen option. */}
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        value={value}
        onChange={(e) => onChange(e.target.value)}
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
