/**
 * Feedback about people (migrations 006 and 021): who wrote what about whom, of which kind, on
 * which signal, and whether it is shared with the person or private to their manager line.
 *
 * Two rules live in the queries so no reader can forget them: `forPerson`/`forPeople` (the packet,
 * the no-surprises check) return shared feedback only; and anonymous feedback is returned by no
 * read until its request group has `minAnonymousGroup` answers (it would be traceable before).
 */
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { FeedbackKind, FeedbackVisibility } from '../core/feedback/kinds.js';
import { minAnonymousGroup } from '../core/feedback/kinds.js';
import type { Database } from './schema.js';
import type { ReviewTables, SharedFeedbackTable } from './schema-reviews.js';

export interface SharedFeedback {
  id: string;
  person: string;
  author: string | null;
  signal: string | null;
  text: string;
  /** Null while not shared with the person. */
  sharedAt: number | null;
  createdAt: number;
}

const toFeedback = (r: Selectable<SharedFeedbackTable>): SharedFeedback => ({
  id: r.id,
  person: r.person,
  author: r.author_account,
  signal: r.signal,
  text: r.text,
  sharedAt: r.shared_at === null ? null : Number(r.shared_at),
  createdAt: Number(r.created_at),
});

/** Feedback with its kind, prompts and citations (migration 021). */
export interface FeedbackEntry extends SharedFeedback {
  kind: FeedbackKind;
  visibility: FeedbackVisibility;
  anonymous: boolean;
  /** The request group it answers (peer and upward), else null. */
  requestGroup: string | null;
  cycle: string | null;
  continueText: string | null;
  continueExample: string | null;
  changeText: string | null;
  changeExample: string | null;
  citations: string[];
}

const toEntry = (r: Selectable<SharedFeedbackTable>): FeedbackEntry => ({
  ...toFeedback(r),
  kind: r.kind as FeedbackKind,
  visibility: r.visibility as FeedbackVisibility,
  anonymous: Number(r.anonymous) === 1,
  requestGroup: r.request_group,
  cycle: r.cycle,
  continueText: r.continue_text,
  continueExample: r.continue_example,
  changeText: r.change_text,
  changeExample: r.change_example,
  citations: JSON.parse(r.citations) as string[],
});

/** Attributed feedback, or anonymous feedback whose request group has enough answers to hide in. */
function readable(eb: ExpressionBuilder<ReviewTables, 'shared_feedback'>) {
  const answered = eb
    .selectFrom('feedback_requests')
    .select((e) => e.fn.countAll<number>().as('n'))
    .whereRef('feedback_requests.group_id', '=', 'shared_feedback.request_group')
    .where('feedback_requests.answered_at', 'is not', null);
  return eb.or([eb('shared_feedback.anonymous', '=', 0), eb(answered, '>=', minAnonymousGroup)]);
}

export class SharedFeedbackRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async insert(f: SharedFeedback): Promise<void> {
    await this.db
      .insertInto('shared_feedback')
      .values({ id: f.id, person: f.person, author_account: f.author, signal: f.signal, text: f.text, shared_at: f.sharedAt, created_at: f.createdAt })
      .execute();
  }

  /** Feedback of any kind, with its prompts and citations. */
  async insertEntry(f: FeedbackEntry): Promise<void> {
    await this.db
      .insertInto('shared_feedback')
      .values({
        id: f.id,
        person: f.person,
        author_account: f.author,
        signal: f.signal,
        text: f.text,
        shared_at: f.sharedAt,
        created_at: f.createdAt,
        kind: f.kind,
        visibility: f.visibility,
        anonymous: f.anonymous ? 1 : 0,
        request_group: f.requestGroup,
        cycle: f.cycle,
        continue_text: f.continueText,
        continue_example: f.continueExample,
        change_text: f.changeText,
        change_example: f.changeExample,
        citations: JSON.stringify(f.citations),
      })
      .execute();
  }

  /** A person's shared feedback, newest first: what the person and their packet see. */
  async forPerson(person: string): Promise<SharedFeedback[]> {
    const rows = await this.db
      .selectFrom('shared_feedback')
      .selectAll()
      .where('person', '=', person)
      .where('visibility', '=', 'shared')
      .where((eb) => readable(eb))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toFeedback);
  }

  /** Shared feedback about any of `people` (the no-surprises check of a cycle). */
  async forPeople(people: readonly string[]): Promise<SharedFeedback[]> {
    if (people.length === 0) return [];
    const rows = await this.db
      .selectFrom('shared_feedback')
      .selectAll()
      .where('person', 'in', [...new Set(people)])
      .where('visibility', '=', 'shared')
      .where((eb) => readable(eb))
      .orderBy('created_at')
      .execute();
    return rows.map(toFeedback);
  }

  /**
   * A person's feedback with kinds and prompts, newest first; private-to-manager notes only when
   * `includePrivate` (the caller has checked the reader is in the manager line). Anonymous answers
   * of groups still too small are left out and counted in `withheld`.
   */
  async entriesFor(person: string, includePrivate: boolean): Promise<{ entries: FeedbackEntry[]; withheld: number }> {
    let q = this.db.selectFrom('shared_feedback').selectAll().where('person', '=', person);
    if (!includePrivate) q = q.where('visibility', '=', 'shared');
    const rows = await q.where((eb) => readable(eb)).orderBy('created_at', 'desc').orderBy('id').execute();
    let w = this.db
      .selectFrom('shared_feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person', '=', person)
      .where('anonymous', '=', 1);
    if (!includePrivate) w = w.where('visibility', '=', 'shared');
    const all = await w.executeTakeFirstOrThrow();
    return { entries: rows.map(toEntry), withheld: Number(all.n) - rows.filter((r) => Number(r.anonymous) === 1).length };
  }
}
