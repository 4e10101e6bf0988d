import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startTransition, Suspense, use, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import vi from '../locales/vi';
import { SelectInput, TextInput, maskDate, parseDayMonthYear } from './inputs';

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

  it('take a date typed as dd/MM/yyyy, whatever the browser, and report it as ISO', async () => {
    render(
      <I18nProvider initialLang="vi" initialMessages={vi}>
        <Page date />
      </I18nProvider>,
    );
    const day = screen.getByRole('textbox', { name: 'Day' });
    await userEvent.type(day, '15062024');
    // The field shows the typed date at once, while the page renders with it.
    expect(day).toHaveValue('15/06/2024');
    expect(screen.getByText('Showing nothing')).toBeInTheDocument();
    await userEvent.clear(day);
    await userEvent.type(day, '5/6/2024');
    expect(day).toHaveValue('05/06/2024');
    expect(await screen.findByText('Showing 2024-06-05')).toBeInTheDocument();
    // Not a real date: said so on leaving the field, and the page keeps the last good one.
    await userEvent.clear(day);
    await userEvent.type(day, '31/02/2024');
    await userEvent.tab();
    expect(day).toHaveAccessibleDescription(/Ngày không hợp lệ/);
  });

  it('mask and read dd/MM/yyyy', () => {
    expect(maskDate('0506')).toBe('05/06');
    expect(maskDate('05/')).toBe('05/');
    expect(maskDate('05')).toBe('05');
    expect(maskDate('5/6/2024')).toBe('05/06/2024');
    expect(maskDate('05.06.2024')).toBe('05/06/2024');
    expect(maskDate('050620241')).toBe('05/06/2024');
    expect(parseDayMonthYear('05/06/2024')).toBe('2024-06-05');
    expect(parseDayMonthYear('31/02/2024')).toBeNull();
    expect(parseDayMonthYear('05/06/24')).toBeNull();
  });

  it('tie their label and hint to the input', () => {
    render(<TextInput label="Search" helperText="By name" value="" onChange={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveAccessibleDescription('By name');
  });
});
