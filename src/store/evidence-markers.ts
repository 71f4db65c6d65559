/**
 * Evidence items whose outcome link points at one service or team: the moments a piece of work
 * shipped ("rollout automation shipped"), marked on that service's delivery timeline. Titles and
 * moments only — the use case decides which the reader may see.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface OutcomeLinkedEvidence {
  id: string;
  person: string;
  title: string;
  at: number;
}

export async function outcomeLinkedEvidence(db: Kysely<Database>, target: 'service' | 'team', id: string): Promise<OutcomeLinkedEvidence[]> {
  const rows = await db
    .selectFrom('evidence_items')
    .select(['id', 'person', 'title', 'outcome_at'])
    .where('outcome_target', '=', target)
    .where('outcome_id', '=', id)
    .where('outcome_at', 'is not', null)
    .orderBy('outcome_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, person: r.person, title: r.title, at: Number(r.outcome_at) }));
}
