/**
 * Notifications on both dialects: written with the event in one transaction (and rolled back
 * with it), the deadline sweep once per person per deadline, reminders only to the people
 * behind, email choices respected, challenges reaching the other side, the bell's read state.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { alanEvidenceId, seedAlanEvidence } from '../../../test/reviews.js';
import { writeRating } from '../reviews/write-rating.js';
import { accountActor } from '../../core/access/actor.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { commentOnRatings, answerChallenge } from '../reviews/comment-on-ratings.js';
import { createCycle } from '../reviews/create-cycle.js';
import { publishRubric } from '../reviews/publish-rubric.js';
import { writeReviewWriteup } from '../reviews/review-writeups.js';
import { transitionCycle } from '../reviews/transition-cycle.js';
import { manualRuntime } from '../runtime.js';
import { sweepDeadlines } from './deadline-sweep.js';
import { writeEmailSettings } from './email-settings.js';
import { markNotificationsRead, readInbox } from './inbox.js';
import { remindPeopleBehind } from './remind-people-behind.js';
import { notify } from './notify.js';

const DAY = 86_400_000;
const ada = accountActor({ accountId: 'acct-ada', personId: 'ada', roles: ['calibrator', 'manager'], reportingLine: ['grace', 'alan', 'katherine', 'barbara'] });
const grace = accountActor({ accountId: 'acct-grace', personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
const alan = accountActor({ accountId: 'acct-alan', personId: 'alan', roles: ['engineer'] });
const barbara = accountActor({ accountId: 'acct-barbara', personId: 'barbara', roles: ['engineer'] });
const partner = accountActor({ accountId: 'acct-partner', personId: null, roles: ['people-partner'] });
/** Active people with a team in the seed organisation (Edsger has left). */
const covered = ['ada', 'alan', 'barbara', 'grace', 'katherine'];

describeEachDialect('notifications', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  const start = Date.UTC(2026, 2, 1);
  const runtime = manualRuntime(start);
  const deps = () => ({ data, runtime });
  beforeEach(async () => {
    runtime.set(start);
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    data = dataAccess(store.db);
    const { name, signals, scale } = defaultRubric();
    await publishRubric(deps(), ada, { name, signals, scale });
  });
  afterEach(async () => store.dispose());

  /** An annual cycle with self reviews due 10 March and manager reviews due 20 March, moved to `to`. */
  async function cycle(to: 'draft' | 'published' | 'writing' | 'shared' = 'writing'): Promise<string> {
    const c = await createCycle(deps(), partner, {
      kind: 'annual',
      name: 'Annual 2026',
      periodFrom: Date.UTC(2025, 0, 1),
      periodTo: Date.UTC(2026, 0, 1),
      rubric: { id: 'engineering', version: 1 },
      deadlines: { selfReview: Date.UTC(2026, 2, 10), managerReview: Date.UTC(2026, 2, 20) },
    });
    const steps = ['published', 'writing', 'calibrating', 'finalized', 'shared'] as const;
    for (const s of steps.slice(0, to === 'draft' ? 0 : steps.indexOf(to) + 1)) await transitionCycle(deps(), partner, c.id, s);
    return c.id;
  }
  const rows = () => store.db.selectFrom('notifications' as never).selectAll().execute() as Promise<{ recipient: string; kind: string; title: string }[]>;
  const emails = () => store.db.selectFrom('notification_outbox' as never).selectAll().execute() as Promise<{ to_address: string; subject: string; status: string }[]>;

  it('opening a cycle notifies everyone it covers, in the app and by email, in the same transaction', async () => {
    await cycle('published');
    const opened = (await rows()).filter((r) => r.kind === 'cycle-opened');
    expect(opened.map((r) => r.recipient).sort()).toEqual(covered);
    expect(opened[0]!.title).toBe('Annual 2026 has opened');
    expect((await emails()).map((e) => e.to_address).sort()).toEqual(covered.map((p) => `${p}@lumen.example`));
    expect((await emails()).every((e) => e.status === 'pending')).toBe(true);
  });

  it('writes many recipients in batches, and a dedupe key once, whether seen before or twice in one batch', async () => {
    // More people than one insert holds: a large organisation's cycle opening.
    await store.db
      .insertInto('people' as never)
      .values(Array.from({ length: 950 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, email: `p${i}@example.com`, team: 'platform', manager: 'grace', level: 'L2', track: 'ic', timezone: null, working_hours: null, start_date: null, active: 1 })) as never)
      .execute();
    const many = Array.from({ length: 950 }, (_, i) => `p${i}`);
    const content = (recipient: string) => ({ kind: 'cycle-opened' as const, title: `Hello ${recipient}`, body: 'A cycle opened.', link: '/cycles', dedupeKey: `hello:${recipient}` });
    expect(await data.transaction((r) => notify(r, runtime, many, content))).toHaveLength(950);
    expect((await rows()).filter((n) => n.title.startsWith('Hello p'))).toHaveLength(950);
    expect((await emails()).filter((e) => e.subject.startsWith('Hello p'))).toHaveLength(950);
    // Seen again (another sweep, another instance): nothing new.
    expect(await data.transaction((r) => notify(r, runtime, many.slice(0, 10), content))).toEqual([]);
    // One key shared by two recipients in one call: the first keeps it.
    expect(await data.transaction((r) => notify(r, runtime, ['alan', 'barbara'], { kind: 'cycle-opened', title: 'Shared key', body: 'x', link: null, dedupeKey: 'one-key' }))).toEqual(['alan']);
    expect((await rows()).filter((n) => n.title === 'Shared key').map((n) => n.recipient)).toEqual(['alan']);
  });

  it('rolls back the notifications with the cycle step when the step cannot be stored', async () => {
    const id = await cycle('draft');
    const broken: DataAccess = { ...data, transaction: (fn) => data.transaction((r) => fn({ ...r, audit: { append: () => Promise.reject(new Error('audit log unavailable')) } as never })) };
    await expect(transitionCycle({ data: broken, runtime }, partner, id, 'published')).rejects.toThrow('audit log unavailable');
    expect(await rows()).toEqual([]);
    expect(await emails()).toEqual([]);
  });

  it('keeps email to the kinds a person chose, while the bell still gets everything', async () => {
    await writeEmailSettings(deps(), alan, { 'cycle-opened': false });
    await cycle('published');
    expect((await emails()).map((e) => e.to_address)).not.toContain('alan@lumen.example');
    const inbox = await readInbox(deps(), alan);
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]!.link).toMatch(/^\/cycles\/.+\/people\/alan\/review\/self$/);
    await expect(writeEmailSettings(deps(), alan, { weekly: false })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('email.weekly') });
  });

  it('marks only the reader’s own notifications read', async () => {
    await cycle('published');
    const mine = await readInbox(deps(), alan);
    const theirs = await readInbox(deps(), grace);
    expect(await markNotificationsRead(deps(), alan, [theirs.items[0]!.id])).toBe(0);
    expect(await markNotificationsRead(deps(), alan, [mine.items[0]!.id])).toBe(1);
    expect((await readInbox(deps(), alan)).unread).toBe(0);
    expect((await readInbox(deps(), grace)).unread).toBe(1);
  });

  it('sweeps deadlines once per person per deadline, three days ahead, only for the people behind', async () => {
    const id = await cycle('writing');
    await writeReviewWriteup(deps(), alan, id, 'alan', 'self', 'I shipped the retry work.');
    runtime.set(Date.UTC(2026, 2, 6)); // four days before the self reviews are due: too early
    expect(await sweepDeadlines(deps())).toBe(0);
    runtime.set(Date.UTC(2026, 2, 7, 9));
    expect(await sweepDeadlines(deps())).toBe(4);
    expect(await sweepDeadlines(deps())).toBe(0);
    runtime.set(Date.UTC(2026, 2, 8));
    expect(await sweepDeadlines(deps())).toBe(0);
    const due = (await rows()).filter((r) => r.kind === 'deadline');
    expect(due.map((r) => r.recipient).sort()).toEqual(['ada', 'barbara', 'grace', 'katherine']);
    // Manager reviews: the managers of the people without one, once each.
    runtime.set(Date.UTC(2026, 2, 18));
    await writeReviewWriteup(deps(), grace, id, 'alan', 'manager', 'Alan shipped the retry work.');
    expect(await sweepDeadlines(deps())).toBe(2);
    const managers = (await rows()).filter((r) => r.kind === 'deadline' && r.title.startsWith('Manager reviews'));
    expect(managers.map((r) => r.recipient).sort()).toEqual(['ada', 'katherine']);
  });

  it('reminds only the people behind, says who, and audits it', async () => {
    const id = await cycle('writing');
    await writeReviewWriteup(deps(), alan, id, 'alan', 'self', 'I shipped the retry work.');
    await writeReviewWriteup(deps(), barbara, id, 'barbara', 'self', 'I led the checkout migration.');
    const result = await remindPeopleBehind(deps(), partner, id);
    expect(result.step).toBe('selfReview');
    expect(result.reminded.map((p) => p.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']);
    const reminders = (await rows()).filter((r) => r.kind === 'reminder');
    expect(reminders.map((r) => r.recipient).sort()).toEqual(['ada', 'grace', 'katherine']);
    const log = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'remind').execute();
    expect(log).toHaveLength(1);
    expect(log[0]!.detail).toContain('3 reminded');
    await expect(remindPeopleBehind(deps(), grace, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Pressed again within the hour: nobody is reminded twice, and the answer says who was skipped.
    runtime.advance(10 * 60_000);
    const again = await remindPeopleBehind(deps(), partner, id);
    expect(again.reminded).toEqual([]);
    expect(again.alreadyReminded.map((p) => p.id).sort()).toEqual(['ada', 'grace', 'katherine']);
    runtime.advance(60 * 60_000);
    expect((await remindPeopleBehind(deps(), partner, id)).reminded).toHaveLength(3);
  });

  it('reminds managers of the manager reviews behind once self reviews are past due', async () => {
    const id = await cycle('writing');
    runtime.set(Date.UTC(2026, 2, 12));
    await writeReviewWriteup(deps(), grace, id, 'alan', 'manager', 'Alan shipped the retry work.');
    const result = await remindPeopleBehind(deps(), partner, id);
    expect(result.step).toBe('managerReview');
    const byName = Object.fromEntries(result.reminded.map((p) => [p.name, p.about.map((a) => a.name).sort()]));
    expect(byName).toEqual({ 'Ada Lovelace': ['Grace Hopper', 'Katherine Johnson'], 'Katherine Johnson': ['Barbara Liskov'] });
    // Ada heads the organisation: nobody writes her manager review, and the answer says so.
    expect(result.notReminded.map((p) => p.name)).toEqual(['Ada Lovelace']);
  });

  it('refuses reminders when no review step is running', async () => {
    const id = await cycle('shared');
    await expect(remindPeopleBehind(deps(), partner, id)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('prompts the writer of a rating with a no-surprises flag, once per rated value', async () => {
    const id = await cycle('writing');
    await seedAlanEvidence(store.db, alanEvidenceId, Date.UTC(2025, 2, 10));
    const rating = { person: 'alan', signal: 'code-quality', value: 'needs support', rationale: 'PR 12 and PR 19 came back for missing tests.', evidence: [alanEvidenceId] };
    await writeRating(deps(), grace, id, rating);
    await writeRating(deps(), grace, id, { ...rating, rationale: 'PR 12, PR 19 and PR 23 came back for missing tests.' });
    const prompts = (await rows()).filter((r) => r.kind === 'no-surprises');
    expect(prompts.map((r) => [r.recipient, r.title])).toEqual([['grace', 'No-surprises flag: Alan Turing on code-quality']]);
    expect((await readInbox(deps(), alan)).items.filter((n) => n.kind === 'no-surprises')).toEqual([]);
  });

  it('sharing notifies the people; a challenge reaches the manager, its answer the person', async () => {
    const id = await cycle('shared');
    expect((await rows()).filter((r) => r.kind === 'review-shared').map((r) => r.recipient).sort()).toEqual(covered);
    runtime.advance(DAY);
    const note = await commentOnRatings(deps(), alan, id, 'alan', { signal: null, kind: 'challenge', text: 'The code-quality rating ignores the test suite I wrote.' });
    expect((await readInbox(deps(), grace)).items[0]!.title).toBe('Alan Turing challenged a rating in Annual 2026');
    runtime.advance(DAY);
    await answerChallenge(deps(), grace, note.id, 'You are right; we will correct it.');
    expect((await readInbox(deps(), alan)).items[0]!.title).toBe('Your challenge in Annual 2026 has its answer');
  });
});
