/**
 * A data table with its caption, inside a wrapper that scrolls sideways on narrow screens, so a
 * wide table never makes the whole page scroll. The wrapper is a labelled region that takes
 * keyboard focus: a keyboard user can reach it and scroll it with the arrow keys (a scroll area
 * only a mouse can move hides whatever is off to the right). Rows and headers (with `scope`) are
 * the caller's.
 */
import { useId, type ReactNode } from 'react';

export function Table({ caption, children, className }: { caption: string; children: ReactNode; className?: string | undefined }) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={className ? `table ${className}` : 'table'}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
