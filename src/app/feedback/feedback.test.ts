/**
 * Feedback use cases on both dialects: requests within the bound, answers only from the asked,
 * citations that must resolve, private-to-manager notes that never reach the person, their packet
 * or any export, and anonymous upward answers withheld until their group has 3.
 */
import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { alanEvidenceId, seedAlanEvidence } from '../../../test/reviews.js';
import { accountActor } from '../../core/access/actor.js';
import { packetHtml, packetMarkdown } from '../../core/packet/index.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { exportRecords } from '../export-records.js';
import { readReviewPacket } from '../packet/read-review-packet.js';
import { createCycle } from '../reviews/create-cycle.js';
import { publishRubric } from '../reviews/publish-rubric.js';
import { listSharedFeedback } from '../reviews/shared-feedback.js';
import { transitionCycle } from '../reviews/transition-cycle.js';
import { manualRuntime } from '../runtime.js';
import { answerFeedbackRequest, type AnswerInput } from './answer-request.js';
import { myOpenRequests, requestsAbout } from './list-requests.js';
import { setPeerRequestLimit } from './peer-request-limit.js';
import { receivedFeedback } from './read-feedback.js';
import { requestFeedback } from './request-feedback.js';
import { writeFeedback } from './write-feedback.js';
import { writingContext } from './writing-context.js';
import { readInbox } from '../notifications/inbox.js';

const person = (id: string, line: string[] = [], roles: ('manager' | 'engineer')[] = ['engineer']) => accountActor({ accountId: `acct-${id}`, personId: id, roles, reportingLine: line });
const alan = person('alan');
const barbara = person('barbara');
const katherine = person('katherine', ['barbara', 'edsger'], ['manager', 'engineer']);
const grace = person('grace', ['alan', 'p1', 'p2'], ['manager', 'engineer']);
const ada = accountActor({ accountId: 'acct-ada', personId: 'ada', roles: ['calibrator', 'manager'], reportingLine: ['grace', 'alan', 'katherine', 'barbara', 'p1', 'p2'] });
const partner = accountActor({ accountId: 'acct-partner', personId: null, roles: ['people-partner'] });
const admin = accountActor({ accountId: 'acct-admin', personId: null, roles: ['admin'] });

const answer = (over: Partial<AnswerInput> = {}): AnswerInput => ({
  visibility: 'shared',
  anonymous: false,
  signal: 'code-quality',
  continueText: 'Writing tests before the fix.',
  continueExample: 'The deploy-bot retry fix on 10 Feb came with 12 tests.',
  changeText: 'Split large pull requests.',
  changeExample: 'PR 812 had 40 files and waited 9 days for review.',
  citations: [],
  ...over,
});

describeEachDialect('feedback use cases', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  let cycle: string;
  const runtime = manualRuntime(Date.UTC(2026, 2, 1));
  const deps = () => ({ data, runtime });
  /** What a person's bell says about feedback: `kind: title`, newest first. */
  const bell = async (person: string, kind = 'feedback') =>
    (await readInbox({ data, runtime }, accountActor({ accountId: `acct-${person}`, personId: person, roles: ['engineer'] }))).items.filter((n) => n.kind.startsWith(kind)).map((n) => `${n.kind}: ${n.title}`);

  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await store.db
      .insertInto('people')
      .values(['p1', 'p2'].map((id) => ({ id, name: `Person ${id}`, email: null, team: 'platform', manager: 'grace', level: 'L2', track: 'ic', timezone: null, working_hours: null, start_date: null, active: 1 })))
      .execute();
    await seedAccounts(store, true);
    data = dataAccess(store.db);
    await seedAlanEvidence(store.db, alanEvidenceId, Date.UTC(2026, 1, 10));
    const { name, signals, scale } = defaultRubric();
    await publishRubric({ data, runtime }, ada, { name, signals, scale });
    const c = await createCycle({ data, runtime }, partner, { kind: 'annual', name: '2026', periodFrom: Date.UTC(2026, 0, 1), periodTo: Date.UTC(2027, 0, 1), deadlines: { selfReview: Date.UTC(2026, 3, 1) } });
    for (const to of ['published', 'writing'] as const) await transitionCycle({ data, runtime }, partner, c.id, to);
    cycle = c.id;
  });
  afterEach(async () => store.dispose());

  const ask = (actor = alan, writers = ['barbara'], kind: 'peer' | 'upward' = 'peer', subject = 'alan') => requestFeedback(deps(), actor, subject, { cycle, kind, writers, note: null });

  it('asks colleagues within the bound, refuses past it, and lists the requests on the writer’s home with the deadline', async () => {
    const first = await ask(alan, ['barbara', 'katherine']);
    expect(first).toMatchObject({ used: 2, limit: 5 });
    expect(await bell('barbara')).toEqual(['feedback-request: You are asked for feedback about Alan Turing']);
    expect(await bell('katherine')).toEqual(['feedback-request: You are asked for feedback about Alan Turing']);
    await expect(ask(grace, ['ada', 'p1', 'p2', 'grace'])).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^Alan Turing already has 2 of 5 peer feedback requests in this cycle; only 3 more can be sent \(asked for 4\)/) });
    await expect(ask(grace, ['alan'])).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^writers\[0\]: Alan Turing cannot be asked/) });
    await expect(ask(grace, ['katherine'])).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/"katherine" has already been asked/) });
    await expect(ask(alan, ['edsger'])).rejects.toMatchObject({ message: expect.stringMatching(/no active person/) });
    // Refused requests store nothing.
    expect(await data.feedbackRequests.aboutPerson('alan', cycle)).toHaveLength(2);
    await ask(grace, ['ada', 'p1', 'p2']);
    await expect(ask(alan, ['grace'])).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/5 of 5 .* no more can be sent/) });
    await setPeerRequestLimit({ data, runtime }, admin, 6);
    await expect(ask(alan, ['grace'])).resolves.toMatchObject({ used: 6, limit: 6 });
    await setPeerRequestLimit({ data, runtime }, admin, 5);
    await expect(requestFeedback(deps(), alan, 'barbara', { cycle, kind: 'peer', writers: ['grace'], note: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(requestFeedback(deps(), katherine, 'barbara', { cycle, kind: 'peer', writers: ['alan', 'ada', 'grace', 'p1', 'p2', 'katherine'], note: null })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/0 of 5/) });
    const mine = await myOpenRequests({ data, runtime }, barbara);
    expect(mine).toMatchObject([{ subject: 'alan', subjectName: 'Alan Turing', cycleName: '2026', due: Date.UTC(2026, 3, 1) }]);
    expect((await requestsAbout({ data, runtime }, grace, 'alan', cycle)).used).toBe(6);
    await expect(requestsAbout({ data, runtime }, barbara, 'alan', cycle)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps to the bound when requests arrive at the same moment', async () => {
    // Six colleagues asked one at a time, all at once: each request alone fits under the bound of 5.
    const writers = ['barbara', 'katherine', 'grace', 'ada', 'p1', 'p2'];
    const results = await Promise.allSettled(writers.map((w) => ask(grace, [w])));
    const sent = results.filter((r) => r.status === 'fulfilled').length;
    expect(sent).toBe(5);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT']);
    expect(await data.feedbackRequests.aboutPerson('alan', cycle)).toHaveLength(5);
  });

  it('lets only the asked colleague answer, once, with citations that resolve', async () => {
    const [request] = (await ask()).requests;
    await expect(answerFeedbackRequest(deps(), katherine, request!.id, answer())).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/written only when asked/) });
    const ctx = await writingContext({ data, runtime }, barbara, request!.id);
    expect(ctx).toMatchObject({ subject: { name: 'Alan Turing' }, anonymousAllowed: false, evidence: [{ id: alanEvidenceId }] });
    expect(ctx.policy.notice).toMatch(/carries your name/);
    await expect(answerFeedbackRequest(deps(), barbara, request!.id, answer({ citations: ['pr-123'] }))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^citations/) });
    await expect(answerFeedbackRequest(deps(), barbara, request!.id, answer({ changeExample: '' }))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^changeExample: /) });
    const fb = await answerFeedbackRequest(deps(), barbara, request!.id, answer({ citations: [alanEvidenceId] }));
    expect(fb).toMatchObject({ kind: 'peer', author: 'acct-barbara', citations: [alanEvidenceId], visibility: 'shared' });
    await expect(answerFeedbackRequest(deps(), barbara, request!.id, answer())).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await bell('alan')).toEqual(['feedback-received: You received peer feedback']);
    const read = await receivedFeedback({ data, runtime }, alan, 'alan');
    expect(read.items).toMatchObject([{ kind: 'peer', authorName: 'barbara@lumen.example', cited: [{ id: alanEvidenceId }] }].map((x) => ({ ...x, authorName: expect.any(String) })));
    expect(await myOpenRequests({ data, runtime }, barbara)).toEqual([]);
    // The packet files the shared answer under its signal, with its kind and writer.
    const packet = await readReviewPacket({ data, runtime, delivery: new DeliveryRepository(store.db) }, alan, cycle, 'alan');
    const section = packet.sections.find((x) => x.signal.id === 'code-quality');
    expect(section?.feedback).toEqual([expect.objectContaining({ kind: 'peer', signal: 'code-quality', text: expect.stringMatching(/^Continue: Writing tests before the fix\./) })]);
    expect(packetMarkdown(packet)).toMatch(/- peer feedback from .+: Continue: Writing tests/);
  });

  it('writes the notifications with the request and the answer: the asked colleague, then the person; never of a private note', async () => {
    const kinds = async (who: typeof alan) => (await readInbox({ data, runtime }, who)).items.filter((n) => n.kind.startsWith('feedback')).map((n) => `${n.kind}: ${n.title}`);
    const [request, other] = (await ask(alan, ['barbara', 'katherine'])).requests;
    expect(await kinds(barbara)).toEqual(['feedback-request: You are asked for feedback about Alan Turing']);
    expect((await readInbox({ data, runtime }, barbara)).items.find((n) => n.kind === 'feedback-request')).toMatchObject({ link: `/feedback/requests/${request!.id}`, body: expect.stringContaining('by 2026-04-01') });
    await answerFeedbackRequest(deps(), barbara, request!.id, answer());
    expect(await kinds(alan)).toEqual(['feedback-received: You received peer feedback']);
    await answerFeedbackRequest(deps(), katherine, other!.id, answer({ visibility: 'private-to-manager' }));
    expect(await kinds(alan)).toHaveLength(1);
    // A refused answer (a second one to the same request) leaves no notification behind: it is written in the answer's transaction.
    await expect(answerFeedbackRequest(deps(), barbara, request!.id, answer())).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await kinds(alan)).toHaveLength(1);
  });

  it('keeps a private-to-manager note away from the person, their packet, its exports and the records export', async () => {
    const [request] = (await ask()).requests;
    const secret = 'PRIVATE-NOTE-about-alan-and-the-on-call-rota';
    await answerFeedbackRequest(deps(), barbara, request!.id, answer({ visibility: 'private-to-manager', changeText: secret }));
    await writeFeedback(deps(), grace, 'alan', { kind: 'manager', visibility: 'private-to-manager', signal: null, cycle: null, continueText: '', continueExample: '', changeText: '', changeExample: '', text: `${secret}-2`, citations: [] });
    expect(await bell('alan')).toEqual([]);

    const own = await receivedFeedback({ data, runtime }, alan, 'alan');
    expect(own.includesPrivate).toBe(false);
    expect(JSON.stringify(own)).not.toContain(secret);
    expect(JSON.stringify(await listSharedFeedback({ data, runtime }, alan, 'alan'))).not.toContain(secret);
    const packet = await readReviewPacket({ data, runtime, delivery: new DeliveryRepository(store.db) }, alan, cycle, 'alan');
    for (const text of [JSON.stringify(packet), packetMarkdown(packet), packetHtml(packet)]) expect(text).not.toContain(secret);
    const managerPacket = await readReviewPacket({ data, runtime, delivery: new DeliveryRepository(store.db) }, grace, cycle, 'alan');
    expect(JSON.stringify(managerPacket)).not.toContain(secret);
    expect(JSON.stringify(await receivedFeedback({ data, runtime }, partner, 'alan'))).not.toContain(secret);

    let exported = '';
    await exportRecords(store, new Writable({ write: (chunk: Buffer, _e, done) => void ((exported += chunk.toString()), done()) }));
    expect(exported.length).toBeGreaterThan(100);
    expect(exported).not.toContain(secret);

    const managers = await receivedFeedback({ data, runtime }, grace, 'alan');
    expect(managers.includesPrivate).toBe(true);
    expect(managers.items.filter((i) => i.visibility === 'private-to-manager')).toHaveLength(2);
  });

  it('refuses anonymous upward feedback in a group below 3 and withholds it until 3 have answered', async () => {
    const small = (await ask(ada, ['grace', 'katherine'], 'upward', 'ada')).requests;
    await expect(answerFeedbackRequest(deps(), grace, small[0]!.id, answer({ anonymous: true }))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^anonymous: .*at least 3/) });
    await expect(ask(grace, ['ada'], 'upward', 'grace')).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/does not report to them/) });

    const group = (await ask(grace, ['alan', 'p1', 'p2'], 'upward', 'grace')).requests;
    expect((await writingContext({ data, runtime }, alan, group[0]!.id)).anonymousAllowed).toBe(true);
    await answerFeedbackRequest(deps(), alan, group[0]!.id, answer({ anonymous: true, changeText: 'ANON-ONE' }));
    let seen = await receivedFeedback({ data, runtime }, grace, 'grace');
    expect(seen).toMatchObject({ items: [], withheld: 1 });
    // Not announced yet either: a notification now would say when it was written, and before it may be read.
    expect(await bell('grace', 'feedback-received')).toEqual([]);
    expect(JSON.stringify(await receivedFeedback({ data, runtime }, ada, 'grace'))).not.toContain('ANON-ONE');
    await answerFeedbackRequest(deps(), { ...alan, personId: 'p1', accountId: 'acct-p1' }, group[1]!.id, answer({ anonymous: true }));
    expect((await receivedFeedback({ data, runtime }, grace, 'grace')).withheld).toBe(2);
    await answerFeedbackRequest(deps(), { ...alan, personId: 'p2', accountId: 'acct-p2' }, group[2]!.id, answer());
    seen = await receivedFeedback({ data, runtime }, grace, 'grace');
    expect(seen.withheld).toBe(0);
    // The third answer (with a name) makes the group readable: it is announced, and both anonymous answers together.
    expect((await bell('grace', 'feedback-received')).sort()).toEqual(['feedback-received: Upward feedback from your reports can be read', 'feedback-received: You received upward feedback']);
    const readable = (await readInbox({ data, runtime }, grace)).items.find((n) => n.title.startsWith('Upward feedback'));
    expect(readable?.body).toMatch(/^2 of your reports have answered anonymously/);
    expect(seen.items).toHaveLength(3);
    const anon = seen.items.filter((i) => i.anonymous);
    expect(anon).toHaveLength(2);
    for (const a of anon) expect(a).toMatchObject({ author: null, authorName: null });
    // Nobody reading the requests learns who answered an upward request, or when.
    expect((await requestsAbout({ data, runtime }, grace, 'grace', cycle)).requests.filter((q) => q.kind === 'upward').map((q) => q.answeredAt)).toEqual([null, null, null]);
    // Grace's access log (entries about her) does not name the anonymous writers.
    expect((await data.audit.list({ subject: 'grace', excludeActorPerson: 'grace', limit: 100, offset: 0 })).items.filter((e) => e.action === 'answer')).toEqual([]);
    // The audit log names the request group an anonymous answer belongs to, never the answer itself.
    const log = await data.audit.list({ actor: 'acct-alan', limit: 100, offset: 0 });
    expect(log.items.some((e) => e.resourceType === 'feedback-request')).toBe(true);
    expect(JSON.stringify(log)).not.toContain(anon[0]!.id);
  });

  it('closes requests when the cycle is finalized: off the writer’s home, answers refused', async () => {
    const [request] = (await ask()).requests;
    for (const to of ['calibrating', 'finalized'] as const) await transitionCycle({ data, runtime }, partner, cycle, to);
    expect(await myOpenRequests({ data, runtime }, barbara)).toEqual([]);
    await expect(answerFeedbackRequest(deps(), barbara, request!.id, answer())).rejects.toMatchObject({ code: 'CONFLICT', message: '"2026" is finalized: its feedback requests are closed.' });
    expect(await data.sharedFeedback.entriesFor('alan', true)).toEqual({ entries: [], withheld: 0 });
  });

  it('keeps each unrequested kind to its writers', async () => {
    await expect(writeFeedback(deps(), barbara, 'alan', { kind: 'praise', visibility: 'shared', signal: null, cycle: null, continueText: '', continueExample: '', changeText: '', changeExample: '', text: 'The INC-42 timeline on 4 May was clear.', citations: [] })).resolves.toMatchObject({ kind: 'praise' });
    await expect(writeFeedback(deps(), barbara, 'alan', { kind: 'manager', visibility: 'shared', signal: null, cycle: null, continueText: '', continueExample: '', changeText: '', changeExample: '', text: 'x', citations: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(writeFeedback(deps(), alan, 'alan', { kind: 'self', visibility: 'shared', signal: null, cycle: null, continueText: '', continueExample: '', changeText: '', changeExample: '', text: 'Self notes.', citations: [alanEvidenceId] })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^cycle: /) });
  });
});
