/**
 * "What changes from level X to level Y": per dimension, what is new at the higher level beside
 * what the lower one asks. In a cumulative ladder the lower level's entries still apply.
 */
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { useApi } from '../../hooks/useApi';
import { EntryList } from './EntryList';
import type { LevelDiff } from './types';

export function LevelStep({ ladderId, version, from, to }: { ladderId: string; version: number; from: string; to: string }) {
  const result = useApi(`${ladderId}|${version}|${from}|${to}`, (signal) =>
    api('GET /api/ladders/{id}/levels/{from}/diff/{to}', { params: { id: ladderId, from, to }, query: { version }, signal }),
  );
  return (
    <Async result={result} label="the level step">
      {(d) => <Step d={d} />}
    </Async>
  );
}

function Step({ d }: { d: LevelDiff }) {
  const changed = d.dimensions.filter((s) => s.added.length > 0 || s.notRepeated.length > 0);
  return (
    <section className="panel" aria-labelledby="level-step">
      <h2 id="level-step">
        What changes from {d.from.name} to {d.to.name}
      </h2>
      {!d.adjacent && <p className="muted">These levels are not next to each other on the ladder; the step shows everything between them at once.</p>}
      <p className="muted">
        {changed.length} of {d.dimensions.length} dimensions change.{d.cumulative ? ` The ladder is cumulative: what ${d.from.name} asks still applies at ${d.to.name}.` : ''}
      </p>
      {d.dimensions.map((s) => (
        <div key={s.dimension.id} className="ladder-step">
          <h3>{s.dimension.name}</h3>
          {s.added.length === 0 && s.notRepeated.length === 0 ? (
            <p className="ladder-empty">No change.</p>
          ) : (
            <div className="panels">
              <div>
                <h4>New at {d.to.name}</h4>
                <EntryList entries={s.added} empty="Nothing new." />
              </div>
              <div>
                <h4>At {d.from.name}</h4>
                <EntryList entries={s.current} />
              </div>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
