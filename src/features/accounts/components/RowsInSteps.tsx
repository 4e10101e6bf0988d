import { useDeferredValue, type ReactNode } from 'react';

const FIRST_ROWS = 10;
const NO_ROWS: readonly never[] = [];

/**
 * The first rows render with the page; the rest in a second, interruptible pass right after (a
 * deferred value whose first value is empty), so that opening the list is not one long task on a
 * phone. Later pages render whole: the list's data is itself a deferred value.
 */
export function RowsInSteps<T>({
  rows,
  render,
}: {
  rows: readonly T[];
  render: (row: T, index: number) => ReactNode;
}) {
  const later = useDeferredValue(rows, NO_ROWS);
  return (
    <>
      {rows.slice(0, FIRST_ROWS).map(render)}
      {later === rows ? rows.slice(FIRST_ROWS).map((row, i) => render(row, FIRST_ROWS + i)) : null}
    </>
  );
}
