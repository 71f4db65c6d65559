/**
 * Outside tools name people by their own usernames (a GitHub login, a GitLab username); a
 * `pull_request` record names Trellis person ids. A username is taken as the person whose id is
 * the same, ignoring case ("Amara-O" → "amara-o"). Anyone else is left out of the record — with a
 * reason — rather than rejecting the event: the PR's times still count, and a review by someone
 * Trellis does not know shows as "team unknown" in the friction figures.
 */
import type { Kysely } from 'kysely';
import type { TrellisRecord } from '../../core/records/schemas.js';
import type { Database } from '../../store/schema.js';

const personFields = ['author', 'firstReviewer', 'mergedBy'] as const;

export interface ResolvedPeople {
  records: TrellisRecord[];
  /** Why a username was left out. */
  unknown: string[];
}

export async function resolvePeople(db: Kysely<Database>, records: readonly TrellisRecord[]): Promise<ResolvedPeople> {
  const names = new Set<string>();
  for (const r of records) if (r.kind === 'pull_request') for (const f of personFields) if (r[f] !== undefined) names.add(r[f]!.toLowerCase());
  if (names.size === 0) return { records: [...records], unknown: [] };
  const byLower = new Map<string, string>();
  const wanted = [...names];
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db
      .selectFrom('people')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['id']), 'in', wanted.slice(i, i + 500)))
      .execute();
    for (const { id } of rows) byLower.set(id.toLowerCase(), id);
  }
  const unknown = new Set<string>();
  const out = records.map((r) => {
    if (r.kind !== 'pull_request') return r;
    const copy = { ...r };
    for (const f of personFields) {
      const name = copy[f];
      if (name === undefined) continue;
      const id = byLower.get(name.toLowerCase());
      if (id !== undefined) copy[f] = id;
      else {
        delete copy[f];
        unknown.add(`${f} "${name}" of ${r.id} is not a Trellis person id; left out`);
      }
    }
    return copy;
  });
  return { records: out, unknown: [...unknown] };
}
