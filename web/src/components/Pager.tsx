/**
 * Previous/next paging for a list envelope (`{ total, limit, offset }`), stated in words
 * ("51–100 of 230") so it makes sense without seeing the table.
 */
export interface PagerProps {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
  /** "teams", "entries": what is being paged. */
  noun: string;
}

export function Pager({ total, limit, offset, onOffset, noun }: PagerProps) {
  if (total <= limit && offset === 0) return null;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <button type="button" className="button button-quiet" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        Previous
      </button>
      <span aria-live="polite">
        {first}–{last} of {total} {noun}
      </span>
      <button type="button" className="button button-quiet" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        Next
      </button>
    </nav>
  );
}
