import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startTransition, Suspense, use, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SelectInput, TextInput } from './inputs';

/** A render that waits for ever: the transition that shows it never completes. */
const never = new Promise<never>(() => undefined);
function Result({ value }: { value: string }) {
  if (value === 'b' || value === '2024-06-15') use(never);
  return <p>Showing {value || 'nothing'}</p>;
}

/** A page whose state, like the URL under React Router, changes in a transition. */
function Page({ date = false }: { date?: boolean }) {
  const [value, setValue] = useState(date ? '' : 'a');
  const change = (v: string) => startTransition(() => setValue(v));
  return (
    <>
      {date ? (
        <TextInput type="date" label="Day" value={value} onChange={change} />
      ) : (
        <SelectInput
          label="Pick"
          value={value}
          onChange={change}
          options={[
            { value: 'a', label: 'Apple' },
            { value: 'b', label: 'Banana' },
          ]}
        />
      )}
      <Suspense fallback={<p>Loading</p>}>
        <Result value={value} />
      </Suspense>
    </>
  );
}

describe('the lists’ fields', () => {
  it('show a choice at once, while the page is still rendering with it', async () => {
    render(<Page />);
    const select = screen.getByRole('combobox', { name: 'Pick' });
    await userEvent.selectOptions(select, 'Banana');
    // The page has not rendered the choice yet (its transition is pending)...
    expect(screen.getByText('Showing a')).toBeInTheDocument();
    // ...but the field shows it, not the old value.
    expect(select).toHaveValue('b');
  });

  it('show a picked date at once too', async () => {
    render(<Page date />);
    const day = screen.getByLabelText('Day');
    await userEvent.type(day, '2024-06-15');
    expect(screen.getByText('Showing nothing')).toBeInTheDocument();
    expect(day).toHaveValue('2024-06-15');
  });

  it('tie their label and hint to the input', () => {
    render(<TextInput label="Search" helperText="By name" value="" onChange={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveAccessibleDescription('By name');
  });
});
