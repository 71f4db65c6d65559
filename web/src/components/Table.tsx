/**
 * A data table with its caption, inside a wrapper that scrolls sideways on narrow screens, so a
 * wide table never makes the whole page scroll. The wrapper is a labelled group (not a landmark:
 * a page of tables should not become a page of landmarks) that takes
 * keyboard focus: a keyboard user can reach it and scroll it with the arrow keys (a scroll area
 * only a mouse can move hides whatever is off to the right). Rows and headers (with `scope`) are
 * the caller's.
 */
import { useId, useState, type ReactNode } from 'react';

export function Table({ caption, children, className }: { caption: string; children: ReactNode; className?: string | undefined }) {
  const id = useId();
  return (
    <div className="table-scroll" role="group" aria-labelledby={id} tabIndex={0}>
      <table className={className ? `table ${className}` : 'table'}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** One column of a DataTable: its header, its cell, and (optionally) the value it sorts by. */
export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Sortable when given; nulls sort last either way. */
  sortBy?: (row: T) => string | number | null;
  /** The row's header cell (`<th scope="row">`), usually the person or thing the row is about. */
  rowHeader?: boolean;
  className?: string;
}

type Sort = { key: string; dir: 'ascending' | 'descending' };

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/**
 * A Table from rows and column definitions, with headers that sort (a button in each sortable
 * header, its state in `aria-sort`). Filtering stays with the caller, who passes the rows to show.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, initialSort }: { caption: string; columns: readonly Column<T>[]; rows: readonly T[]; rowKey: (row: T) => string; initialSort?: Sort }) {
  const [sort, setSort] = useState<Sort | undefined>(initialSort);
  const by = columns.find((c) => c.key === sort?.key)?.sortBy;
  // Nulls last in both directions: "not known" is never the top of a list.
  const sorted = by && sort ? [...rows].sort((x, y) => { const [a, b] = [by(x), by(y)]; return a === null || b === null ? compare(a, b) : (sort.dir === 'ascending' ? 1 : -1) * compare(a, b); }) : rows;
  const toggle = (key: string) => setSort(sort?.key === key && sort.dir === 'ascending' ? { key, dir: 'descending' } : { key, dir: 'ascending' });
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.key} aria-sort={sort?.key === c.key ? sort.dir : c.sortBy ? 'none' : undefined} className={c.className}>
              {c.sortBy ? (
                <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                  {c.header}
                  <span aria-hidden="true">{sort?.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              ) : (
                c.header
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)} data-key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th scope="row" key={c.key} className={c.className}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={c.className}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
