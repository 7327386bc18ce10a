/**
 * Keyboard for the suggestion rows: each row is one Tab stop; ↑/↓ (and Home/End) move between
 * rows across the groups, → and ← move through the row's own buttons and back, Esc returns to
 * the row, Enter on the row runs its primary action. Rows in a closed group are skipped.
 */
import type { TargetedKeyboardEvent } from 'preact';

export const ROW_SELECTOR = '[data-suggestion-row]';

function visibleRows(from: Element): HTMLElement[] {
  const scope = from.closest('[data-suggestion-rows]') ?? from.ownerDocument.body;
  return [...scope.querySelectorAll<HTMLElement>(ROW_SELECTOR)].filter(
    (row) => row.getClientRects().length > 0,
  );
}

/** The row's own controls: its links, buttons and disclosure outside the opened card. */
export function rowControls(row: HTMLElement): HTMLElement[] {
  const selector = 'a[tabindex="-1"], button[tabindex="-1"], summary[tabindex="-1"]';
  return [...row.querySelectorAll<HTMLElement>(selector)].filter(
    (el) =>
      el.closest('.card') === null && el.closest(ROW_SELECTOR) === row && el.getClientRects().length > 0,
  );
}

export function onRowKeyDown(event: TargetedKeyboardEvent<HTMLElement>, primary: () => void): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const row = event.currentTarget;
  const target = event.target as HTMLElement;
  const onRow = target === row;
  // Keys inside the opened card belong to the card.
  if (!onRow && target.closest('.card') !== null) return;
  const rows = visibleRows(row);
  const at = rows.indexOf(row);
  const controls = rowControls(row);
  const index = controls.indexOf(target);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = rows[at + 1];
      break;
    case 'ArrowUp':
      next = rows[at - 1];
      break;
    case 'Home':
      next = rows[0];
      break;
    case 'End':
      next = rows[rows.length - 1];
      break;
    case 'ArrowRight':
      next = onRow ? controls[0] : controls[index + 1];
      break;
    case 'ArrowLeft':
      next = onRow ? undefined : index <= 0 ? row : controls[index - 1];
      break;
    case 'Escape':
      next = onRow ? undefined : row;
      break;
    case 'Enter':
      if (!onRow) return;
      primary();
      event.preventDefault();
      return;
    default:
      return;
  }
  event.preventDefault();
  next?.focus();
}
