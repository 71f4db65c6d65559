/**
 * Loading what the friction figures need (core/delivery/friction.ts): the pull requests a team's
 * members opened, reviewed or merged in a window, and the team of every person named in them.
 *
 * People are turned into teams here and nowhere further up: the use case hands the core a
 * "team of a person" function, so no person leaves the store layer inside a result.
 * Team membership is the person record's current `team` (the record contract keeps no history).
 */
import type { Kysely } from 'kysely';
import type { FrictionPullRequest } from '../core/delivery/friction.js';
import { readDataVersion } from './data-version.js';
import type { Database } from './schema.js';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export class FrictionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** PRs opened in [from, to) that a member of `team` authored, first reviewed or merged. */
  async pullRequestsAround(team: string, from: number, to: number): Promise<FrictionPullRequest[]> {
    const members = this.db.selectFrom('people').select('id').where('team', '=', team);
    const rows = await this.db
      .selectFrom('pull_requests')
      .select(['id', 'opened_at', 'author', 'first_review_at', 'first_reviewer', 'merged_at', 'merged_by'])
      .where('opened_at', '>=', from)
      .where('opened_at', '<', to)
      .where((eb) => eb.or([eb('author', 'in', members), eb('first_reviewer', 'in', members), eb('merged_by', 'in', members)]))
      .execute();
    return rows.map((r) => ({
      id: r.id,
      openedAt: Number(r.opened_at),
      author: opt(r.author),
      firstReviewAt: r.first_review_at === null ? undefined : Number(r.first_review_at),
      firstReviewer: opt(r.first_reviewer),
      mergedAt: r.merged_at === null ? undefined : Number(r.merged_at),
      mergedBy: opt(r.merged_by),
    }));
  }

  /** The data version (see data-version.ts): friction figures are cached per version. */
  async dataVersion(): Promise<number> {
    return readDataVersion(this.db);
  }

  /** person id → team id, for the given people (those without a team are left out). */
  async teamsOf(people: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const unique = [...new Set(people)];
    // Chunked: PostgreSQL and SQLite both cap bound parameters per statement.
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.db.selectFrom('people').select(['id', 'team']).where('id', 'in', unique.slice(i, i + 500)).execute();
      for (const r of rows) if (r.team !== null) out.set(r.id, r.team);
    }
    return out;
  }
}
