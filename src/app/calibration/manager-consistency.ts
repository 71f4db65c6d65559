/**
 * Manager consistency for leaders (calibrators and people partners): per manager who rated in a
 * cycle, feedback specificity, needs-support ratings that were surprises, the distribution beside
 * the organisation's, concern-to-feedback time and 1:1 cadence — each with its n, as coaching
 * prompts, listed by name and never ranked (src/core/calibration/manager-consistency.ts).
 */
import type { Actor } from '../../core/access/actor.js';
import { concernDelays, managerConsistency, type ManagerConsistency, type ManagerFacts } from '../../core/calibration/manager-consistency.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import { assertAllowed } from '../authorize.js';
import { audit, loadCycle, rubricOf, type ReviewDeps } from '../reviews/deps.js';
import { surpriseFlagsOf } from '../reviews/surprise-flags.js';
import type { ManagerConsistencySources } from './manager-consistency-sources.js';

export interface ManagerConsistencyView {
  cycle: ReviewCycle;
  scale: string[];
  managers: ManagerConsistency[];
}

export async function readManagerConsistency(deps: ReviewDeps & { sources: ManagerConsistencySources }, actor: Actor, cycleId: string): Promise<ManagerConsistencyView> {
  assertAllowed(actor, 'read', { type: 'calibration' });
  // Read outside a transaction: the sources read through their own connection (an SQLite
  // transaction holds the only one), and these reads change nothing.
  const r = deps.data;
  const cycle = await loadCycle(r, cycleId);
  const rubric = await rubricOf(r, cycle);
  const scale = rubric?.scale ?? [];
  const ratings = await r.ratings.forCycle(cycle.id);
  const flagged = new Set((await surpriseFlagsOf(r, ratings, rubric)).map((f) => f.rating));
  const people = [...new Set(ratings.map((x) => x.person))];
  const written = await deps.sources.writtenAbout(people);
  const inPeriod = written.filter((w) => w.at >= cycle.periodFrom && w.at < cycle.periodTo);
  const authors = [...new Set(ratings.map((x) => x.author).filter((a): a is string => a !== null))];
  const facts: ManagerFacts[] = [];
  for (const author of authors) {
    const account = await r.accounts.get(author);
    const mine = ratings.filter((x) => x.author === author);
    const low = mine.filter((x) => x.value === scale[0]);
    const concerns = new Set(low.map((x) => `${x.person}\u0000${x.signal}`));
    const onConcern = (w: { person: string; signal: string | null }) => w.signal !== null && concerns.has(`${w.person}\u0000${w.signal}`);
    facts.push({
      manager: author,
      name: account?.name ?? author,
      texts: [...mine.map((x) => x.rationale), ...inPeriod.filter((w) => w.author === author).map((w) => w.text)],
      ratings: mine.map((x) => x.value),
      needsSupport: low.length,
      surprises: low.filter((x) => flagged.has(x.id)).length,
      concernToFeedbackDays: concernDelays(
        written.filter((w) => onConcern(w) && w.author === author).map((w) => ({ person: w.person, signal: w.signal, at: w.at })),
        written.filter((w) => onConcern(w) && w.sharedAt !== null).map((w) => ({ person: w.person, signal: w.signal, at: w.sharedAt! })),
      ),
      oneOnOnes: await deps.sources.oneOnOneCadence(account?.personId ?? null),
    });
  }
  await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'calibration', resourceId: cycle.id, detail: `manager consistency of "${cycle.name}" (${facts.length} managers)` }));
  return { cycle, scale, managers: managerConsistency(facts, scale) };
}
