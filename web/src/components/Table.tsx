/**
 * A data table with its caption, inside a wrapper that scrolls sideways on narrow screens, so a
 * wide table never makes the whole page scroll. Rows and headers (with `scope`) are the caller's.
 */
import type { ReactNode } from 'react';

export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
