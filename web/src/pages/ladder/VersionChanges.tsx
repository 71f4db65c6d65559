/** What changed between two published versions of the ladder: what a cycle moving versions must know. */
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { useApi } from '../../hooks/useApi';
import { EntryList } from './EntryList';
import type { VersionDiff } from './types';

export function VersionChanges({ ladderId, from, to }: { ladderId: string; from: number; to: number }) {
  const result = useApi(`${ladderId}|${from}|${to}`, (signal) => api('GET /api/ladders/{id}/versions/{version}/diff/{other}', { params: { id: ladderId, version: from, other: to }, signal }));
  return (
    <Async result={result} label="the changes between versions">
      {(d) => <Changes d={d} />}
    </Async>
  );
}

function Changes({ d }: { d: VersionDiff }) {
  const { diff } = d;
  const lines: string[] = [];
  if (diff.name) lines.push(`Renamed from “${diff.name.from}” to “${diff.name.to}”.`);
  if (diff.cumulative) lines.push(diff.cumulative.to ? 'Levels are now cumulative.' : 'Levels are no longer cumulative.');
  for (const [what, delta] of [['Level', diff.levels], ['Dimension', diff.dimensions]] as const) {
    for (const x of delta.added) lines.push(`${what} added: ${x.name}.`);
    for (const x of delta.removed) lines.push(`${what} removed: ${x.name}.`);
    for (const x of delta.changed) lines.push(`${what} changed: ${x.from.name === x.to.name ? x.to.name : `${x.from.name} → ${x.to.name}`}.`);
  }
  for (const c of diff.cells.added) lines.push(`New cell: ${c.level} × ${c.dimension}.`);
  for (const c of diff.cells.removed) lines.push(`Cell removed: ${c.level} × ${c.dimension}.`);
  return (
    <section className="panel" aria-labelledby="version-changes">
      <h2 id="version-changes">
        Changes from version {d.from} to version {d.to}
      </h2>
      {diff.same ? (
        <p className="ladder-empty">The two versions are the same.</p>
      ) : (
        <>
          {lines.length > 0 && (
            <ul>
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
          {diff.cells.changed.map((c) => (
            <div key={`${c.level}|${c.dimension}`} className="ladder-step">
              <h3>
                {c.level} × {c.dimension}
              </h3>
              <div className="panels">
                <div>
                  <h4>Added</h4>
                  <EntryList entries={c.added} empty="Nothing added." />
                </div>
                <div>
                  <h4>Removed</h4>
                  <EntryList entries={c.removed} empty="Nothing removed." />
                </div>
              </div>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
