/**
 * Growth notes of living documents, with their author's name resolved through the account (and
 * its person) at read time — an account that is gone leaves the note, named "former account".
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface GrowthNote {
  id: string;
  person: string;
  authorAccount: string | null;
  /** The author's name (their person's, else their email); null when the account no longer exists. */
  authorName: string | null;
  text: string;
  shared: boolean;
  createdAt: number;
  /** The review signal the note is about; null for general notes. */
  signal: string | null;
}

export type NewGrowthNote = Omit<GrowthNote, 'authorName'>;

/** A shared note on a signal, as the no-surprises check counts it (shared when written). */
export interface SharedNoteOnSignal {
  id: string;
  person: string;
  signal: string;
  sharedAt: number;
}

export class GrowthNoteRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(n: NewGrowthNote): Promise<void> {
    await this.db
      .insertInto('growth_notes')
      .values({ id: n.id, person: n.person, author_account: n.authorAccount, text: n.text, shared: n.shared ? 1 : 0, created_at: n.createdAt, signal: n.signal })
      .execute();
  }

  /** Every note about a person, newest first; who may see which is the use case's decision. */
  async listGrowthNotes(person: string): Promise<GrowthNote[]> {
    const rows = await this.db
      .selectFrom('growth_notes as n')
      .leftJoin('accounts as a', 'a.id', 'n.author_account')
      .leftJoin('people as p', 'p.id', 'a.person')
      .select(['n.id', 'n.person', 'n.author_account', 'n.text', 'n.shared', 'n.created_at', 'n.signal', 'a.email', 'p.name'])
      .where('n.person', '=', person)
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      person: r.person,
      authorAccount: r.author_account,
      authorName: r.name ?? r.email ?? null,
      text: r.text,
      shared: Number(r.shared) === 1,
      createdAt: Number(r.created_at),
      signal: r.signal ?? null,
    }));
  }

  /** Shared notes on a signal about these people: earlier feedback for the no-surprises check. */
  async sharedOnSignals(people: readonly string[]): Promise<SharedNoteOnSignal[]> {
    if (people.length === 0) return [];
    const rows = await this.db
      .selectFrom('growth_notes')
      .select(['id', 'person', 'signal', 'created_at'])
      .where('person', 'in', people)
      .where('shared', '=', 1)
      .where('signal', 'is not', null)
      .execute();
    return rows.map((r) => ({ id: r.id, person: r.person, signal: r.signal!, sharedAt: Number(r.created_at) }));
  }
}
