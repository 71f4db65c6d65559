import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { draftCycle, transition, type ReviewCycle } from '../core/review/cycle.js';
import { defaultRubric } from '../core/review/default-rubric.js';
import type { Rating } from '../core/review/ratings.js';
import { dataAccess, type DataAccess } from './data-access.js';

const t0 = Date.UTC(2026, 0, 5);
const day = 86_400_000;

function cycle(): ReviewCycle {
  const d = draftCycle({ id: 'c1', kind: 'annual', name: '2026 annual review', periodFrom: t0, periodTo: t0 + 365 * day, rubric: { id: 'engineering', version: 1 }, ladder: null }, t0, 'acct-hannah');
  if (!d.ok) throw new Error(d.reason);
  return d.value;
}

const rating: Rating = { id: 'r1', cycle: 'c1', person: 'jonas', signal: 'code-quality', value: 'needs support', rationale: 'Two PRs returned.', evidence: ['ev-1'], context: 'https://git.example/pr/9', author: 'acct-greg', at: t0 + 10 * day, decidedAt: t0 + 10 * day, firstRatedAt: t0 + 10 * day };

describeEachDialect('review repositories', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  beforeEach(async () => {
    store = await freshStore(dialect);
    data = dataAccess(store.db);
  });
  afterEach(async () => store.dispose());

  it('stores rubric versions whole and finds the latest published one, with announcements', async () => {
    const v1 = { ...defaultRubric(), publishedAt: t0 };
    await data.rubrics.insertVersion(v1, 'acct-priya', t0);
    await data.rubrics.insertVersion({ ...v1, version: 2, name: 'Draft two', publishedAt: null }, null, t0 + day);
    expect(await data.rubrics.get('engineering', 1)).toEqual({ ...v1, publishedBy: 'acct-priya' });
    expect((await data.rubrics.latest('engineering'))?.version).toBe(2);
    expect((await data.rubrics.latestPublished())?.version).toBe(1);
    expect((await data.rubrics.versions('engineering')).map((r) => r.version)).toEqual([1, 2]);
    await data.rubrics.announce({ id: 'a1', rubricId: 'engineering', version: 1, at: t0, by: 'acct-priya', changes: ['First version.'] });
    expect(await data.rubrics.announcements('engineering')).toEqual([{ id: 'a1', rubricId: 'engineering', version: 1, at: t0, by: 'acct-priya', changes: ['First version.'] }]);
  });

  it('stores a cycle and every step of its history', async () => {
    const c = cycle();
    await data.cycles.insert(c, t0);
    const next = transition(c, 'published', t0 + day, { rubric: { ...defaultRubric(), publishedAt: t0 }, by: 'acct-hannah' });
    if (!next.ok) throw new Error(next.reason);
    await data.cycles.saveTransition(next.value);
    expect(await data.cycles.get('c1')).toEqual(next.value);
    expect((await data.cycles.list()).map((x) => [x.id, x.state])).toEqual([['c1', 'published']]);
    expect(await data.cycles.get('nope')).toBeUndefined();
  });

  it('keeps one rating per cycle × person × signal, with calibration changes beside it', async () => {
    await data.cycles.insert(cycle(), t0);
    await data.ratings.save(rating);
    await data.ratings.save({ ...rating, id: 'ignored', value: 'strong at level', at: t0 + 11 * day });
    expect(await data.ratings.forPerson('c1', 'jonas')).toEqual([{ ...rating, value: 'strong at level', at: t0 + 11 * day }]);
    expect(await data.ratings.counts('c1')).toEqual(new Map([['jonas', 1]]));
    const change = { id: 'ch1', rating: 'r1', cycle: 'c1', person: 'jonas', signal: 'code-quality', by: 'acct-priya', from: 'strong at level', to: 'exceeds', reason: 'impact' as const, note: 'n', at: t0 + 40 * day };
    await data.ratings.insertChange(change);
    expect(await data.ratings.changesForPerson('c1', 'jonas')).toEqual([change]);
  });

  it('answers a challenge once', async () => {
    await data.cycles.insert(cycle(), t0);
    const note = { id: 'n1', cycle: 'c1', person: 'jonas', signal: 'code-quality', kind: 'challenge' as const, author: 'acct-jonas', text: 'I disagree.', at: t0, state: 'open' as const, answer: null };
    await data.ratingNotes.insert(note);
    const answered = { ...note, state: 'answered' as const, answer: { by: 'acct-greg', text: 'Fair.', at: t0 + day } };
    expect(await data.ratingNotes.saveAnswer(answered)).toBe(true);
    expect(await data.ratingNotes.saveAnswer(answered)).toBe(false);
    expect(await data.ratingNotes.forPerson('c1', 'jonas')).toEqual([answered]);
  });

  it('stores shared feedback, self and manager reviews, and compensation', async () => {
    await data.cycles.insert(cycle(), t0);
    const fb = { id: 'f1', person: 'jonas', author: 'acct-greg', signal: 'code-quality', text: 'Add tests to PR 9.', sharedAt: t0, createdAt: t0 };
    await data.sharedFeedback.insert(fb);
    await data.sharedFeedback.insert({ ...fb, id: 'f2', person: 'mei', sharedAt: null });
    expect(await data.sharedFeedback.forPerson('jonas')).toEqual([fb]);
    expect((await data.sharedFeedback.forPeople(['jonas', 'mei', 'jonas'])).map((f) => f.id).sort()).toEqual(['f1', 'f2']);

    await data.reviewWriteups.save({ cycle: 'c1', person: 'jonas', kind: 'self', text: 'v1', citations: [], author: 'acct-jonas', updatedAt: t0 });
    await data.reviewWriteups.save({ cycle: 'c1', person: 'jonas', kind: 'self', text: 'v2', citations: ['ev-1', 'ev-2'], author: 'acct-jonas', updatedAt: t0 + 1 });
    expect(await data.reviewWriteups.forPerson('c1', 'jonas')).toEqual({ self: { cycle: 'c1', person: 'jonas', kind: 'self', text: 'v2', citations: ['ev-1', 'ev-2'], author: 'acct-jonas', updatedAt: t0 + 1 }, manager: null });
    expect(await data.reviewWriteups.submittedIn('c1')).toEqual(new Map([['jonas', new Set(['self'])]]));

    // Drafts: one per writer, read back only by that writer, gone once deleted (submitted).
    const draft = { cycle: 'c1', person: 'jonas', kind: 'manager' as const, author: 'acct-greg', text: 'Half a thought', citations: ['ev-1'], updatedAt: t0 + 2 };
    await data.reviewWriteups.saveDraft(draft);
    await data.reviewWriteups.saveDraft({ ...draft, author: 'acct-priya', text: 'Priya’s own notes' });
    await data.reviewWriteups.saveDraft({ ...draft, text: 'A whole thought', updatedAt: t0 + 3 });
    expect(await data.reviewWriteups.draftsOf('c1', 'jonas', 'acct-greg')).toEqual([{ ...draft, text: 'A whole thought', updatedAt: t0 + 3 }]);
    await data.reviewWriteups.deleteDraft('c1', 'jonas', 'manager', 'acct-greg');
    expect(await data.reviewWriteups.draftsOf('c1', 'jonas', 'acct-greg')).toEqual([]);
    expect((await data.reviewWriteups.draftsOf('c1', 'jonas', 'acct-priya')).map((d) => d.text)).toEqual(['Priya’s own notes']);

    await data.compensation.save({ cycle: 'c1', person: 'jonas', fields: { band: 'L3', adjustment: 0.03 }, updatedBy: 'acct-omar', updatedAt: t0 });
    expect(await data.compensation.get('c1', 'jonas')).toEqual({ cycle: 'c1', person: 'jonas', fields: { band: 'L3', adjustment: 0.03 }, updatedBy: 'acct-omar', updatedAt: t0 });
    expect(await data.compensation.get('c1', 'mei')).toBeUndefined();
  });
});
