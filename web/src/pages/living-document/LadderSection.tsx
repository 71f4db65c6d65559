/** Ladder position and the gaps to the next level: each next-level dimension, what it expects, and how much evidence speaks to it. */
import { ladderPhrase, type LivingDocument } from './model';

export function LadderSection({ ladder }: { ladder: LivingDocument['ladder'] }) {
  const p = ladder.position;
  return (
    <section className="panel" aria-labelledby="ladder-title">
      <h2 id="ladder-title">Ladder position</h2>
      {ladder.message && <p className="hint">{ladder.message}</p>}
      {p && (
        <>
          <p>
            {p.current ? <strong>{p.current.name}</strong> : 'Not placed'} on {ladderPhrase(p.ladder.name)}
            {p.next && <> · next level: <strong>{p.next.name}</strong></>}
          </p>
          {p.next && (
            <>
              <p>{p.gaps.length === 0 ? 'Every dimension of the next level has evidence.' : `${p.gaps.length} of ${p.dimensions.length} dimensions of the next level have no evidence yet.`}</p>
              <ul className="coverage-list">
                {p.dimensions.map((d) => (
                  <li key={d.dimension.id} data-gap={d.evidence === 0 ? 'true' : 'false'}>
                    <strong>{d.dimension.name}</strong> — {d.evidence === 0 ? <span className="gap">no evidence yet</span> : `${d.evidence} item${d.evidence === 1 ? '' : 's'}`}
                    {d.expected.length > 0 && <p className="hint">Expected at {p.next!.name}: {d.expected.join(' ')}</p>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
