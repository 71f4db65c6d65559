/** A cell's entries: the behaviour, its proficiency and the examples that show it. */
import type { LadderEntry } from './types';

export function EntryList({ entries, empty = 'Nothing listed at this level.' }: { entries: readonly LadderEntry[]; empty?: string }) {
  if (entries.length === 0) return <p className="ladder-empty">{empty}</p>;
  return (
    <ul className="ladder-entries">
      {entries.map((e, i) => (
        <li key={i}>
          <span className="ladder-summary">{e.summary}</span>
          {e.proficiency && <span className="tag">{e.proficiency}</span>}
          {e.examples.length > 0 && (
            <ul className="ladder-examples" aria-label="Examples">
              {e.examples.map((x, j) => (
                <li key={j}>{x}</li>
              ))}
            </ul>
          )}
          {(e.links ?? []).length > 0 && (
            <ul className="ladder-examples" aria-label="Further reading">
              {(e.links ?? []).map((l) => (
                <li key={l.url}>
                  <a href={l.url} rel="noreferrer noopener" target="_blank">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
