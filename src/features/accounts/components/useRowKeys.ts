import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

/** Clicks on the row's own controls (checkbox, link) do what those do, not open the panel. */
const fromControl = (target: EventTarget) =>
  target instanceof Element && Boolean(target.closest('a, button, input, label'));

/**
 * Rows take focus one at a time (roving tabindex): Tab enters the table at the current row, the
 * arrow keys, Home, End and the page keys move, Enter opens the row's account, Space ticks it (when
 * `onToggle` is given). `body` goes on the table's body, whose rows carry `data-id`.
 */
export function useRowKeys(
  rowCount: number,
  { onOpen, onToggle }: { onOpen: (id: string) => void; onToggle: ((id: string) => void) | null },
) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, rowCount - 1));
  const focusRow = (index: number) => {
    const trs = body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-id]');
    if (!trs?.length) return;
    const i = Math.max(0, Math.min(index, trs.length - 1));
    setActive(i);
    trs[i]!.focus();
  };
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rowCount - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(id);
    } else if (e.key === ' ' && onToggle) {
      e.preventDefault();
      onToggle(id);
    }
  };
  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (fromControl(e.target)) return;
    setActive(index);
    onOpen(id);
  };
  return { body, current, setActive, onRowKey, onRowClick };
}
