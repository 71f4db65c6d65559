import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, send, useTestServer } from '../../../../test/http-helpers.js';
import { importLadder } from '../../../app/ladders/import-ladder.js';
import { addEvidence } from '../../../app/living-document/add-evidence.js';
import { createCycle } from '../../../app/reviews/create-cycle.js';
import { transitionCycle } from '../../../app/reviews/transition-cycle.js';
import { writeRating } from '../../../app/reviews/write-rating.js';
import { writeReviewWriteup } from '../../../app/reviews/review-writeups.js';
import { adoptDefaultSignals } from '../../../app/setup/start-from-defaults.js';
import { accountActor } from '../../../core/access/actor.js';
import { DeliveryRepository } from '../../../store/delivery-repository.js';
import { dataAccess } from '../../../store/data-access.js';
import { systemRuntime } from '../../../app/runtime.js';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const admin = accountActor({ accountId: 'acct-admin', personId: null, roles: ['admin'] });
const partner = accountActor({ accountId: 'acct-partner', personId: null, roles: ['people-partner'] });
const alan = accountActor({ accountId: 'acct-alan', personId: 'alan', roles: ['engineer'] });
// A published ladder names its dimensions; evidence stores their ids.
const ladder = 'format: trellis-ladder/v1\nid: sample\nname: Sample\ncumulative: true\nlevels:\n  - { id: l1, name: L1, rank: 1 }\ndimensions:\n  - { id: problem-solving-decision-making, name: Problem solving and decision making }\ncells: []\n';
const grace = accountActor({ accountId: 'acct-grace', personId: 'grace', roles: ['manager', 'engineer'], reportingLine: ['alan'] });

describeEachDialect('review packet', (dialect) => {
  const server = useTestServer(dialect);
  let cycle = '';
  const url = (format?: string) => `/api/cycles/${cycle}/people/alan/packet${format ? `?format=${format}` : ''}`;

  beforeAll(async () => {
    const { store } = server();
    const deps = { data: dataAccess(store.db), runtime: systemRuntime };
    await adoptDefaultSignals(deps, admin);
    await importLadder(deps, admin, { text: ladder, fileName: 'sample.yml' });
    const c = await createCycle(deps, partner, { kind: 'annual', name: '2026 H1 review', periodFrom: day('2026-01-01'), periodTo: day('2026-07-01'), rubric: { id: 'engineering', version: 1 } });
    cycle = c.id;
    await transitionCycle(deps, partner, cycle, 'published');
    await transitionCycle(deps, partner, cycle, 'writing');
    const evidence = await addEvidence({ ...deps, delivery: new DeliveryRepository(store.db) }, alan, 'alan', {
      title: 'Deploy bot retries <flaky> steps',
      date: '2026-03-03',
      kind: 'prevention',
      signals: ['delivery-impact'],
      dimensions: ['problem-solving-decision-making'],
      links: [{ url: 'https://ci.example/runs/1', label: 'CI run' }],
      notes: '',
      outcome: { target: 'service', id: 'deploy-bot', at: '2026-03-03' },
    });
    await addEvidence({ ...deps, delivery: new DeliveryRepository(store.db) }, alan, 'alan', { title: 'Wiki page on releases', date: '2026-04-10', kind: 'glue-work', signals: ['collaboration'], dimensions: [], links: [], notes: '', outcome: null });
    await writeReviewWriteup(deps, alan, cycle, 'alan', 'self', 'I made deploys calmer.');
    await writeReviewWriteup(deps, grace, cycle, 'alan', 'manager', 'Alan made deploys calmer; next, own the rollout.');
    await writeRating(deps, grace, cycle, { person: 'alan', signal: 'delivery-impact', value: 'needs support', rationale: 'Slow on the deploy bot.', evidence: [evidence.id] });
  });

  it('gives the manager the packet: evidence by signal with outcomes, the rating, the no-surprises flag, and audits the read', async () => {
    const res = await getJson(server().app, url(), await server().as('grace'));
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.person).toMatchObject({ id: 'alan', name: 'Alan Turing', teamName: 'Platform' });
    const delivery = p.sections.find((s: { signal: { id: string } }) => s.signal.id === 'delivery-impact');
    expect(delivery.evidence.map((e: { title: string }) => e.title)).toEqual(['Deploy bot retries <flaky> steps']);
    // The chosen figure (change failure rate, stored when the link was made) leads; the other four follow with their verdicts.
    expect(delivery.evidence[0].outcome.lines).toHaveLength(5);
    expect(delivery.evidence[0].outcome.lines[0]).toMatchObject({ headline: true, text: expect.stringMatching(/^change failure rate of Deploy Bot/), verdict: expect.any(String) });
    expect(delivery.evidence[0].outcome.lines.slice(1).every((l: { headline: boolean }) => !l.headline)).toBe(true);
    expect(delivery.evidence[0].outcome.notes).toContainEqual(expect.stringMatching(/^Five figures were compared/));
    expect(delivery.evidence[0].dimensions).toEqual([{ id: 'problem-solving-decision-making', name: 'Problem solving and decision making' }]);
    // The rating names the item it cites, so the packet links it to the living document.
    expect(delivery.ratings).toEqual([{ signal: 'delivery-impact', value: 'needs support', rationale: 'Slow on the deploy bot.', author: 'Grace Hopper', cites: [{ id: delivery.evidence[0].id, title: 'Deploy bot retries <flaky> steps' }], context: '' }]);
    expect(p.sections.find((s: { signal: { id: string } }) => s.signal.id === 'collaboration').evidence[0].outcome).toBeNull();
    expect(p.counts).toEqual({ evidence: 2, withOutcome: 1, activity: 1 });
    expect(p.flags.map((f: { check: string }) => f.check)).toEqual(expect.arrayContaining(['activity-not-outcome', 'no-surprises']));
    expect(p.selfReview).toBe('I made deploys calmer.');
    expect(p.context).toMatchObject({ team: 'platform', teamName: 'Platform', reliability: null });
    const audit = await server().store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'review-packet').where('action', '=', 'read').execute();
    expect(audit.some((a) => a.subject_person === 'alan' && a.actor_account === 'acct-grace')).toBe(true);
  });

  it('gives the engineer their own packet without the ratings of a cycle not yet shared', async () => {
    const res = await getJson(server().app, url(), await server().as('alan'));
    expect(res.status).toBe(200);
    expect(res.body.ratings).toBeNull();
    expect(res.body.sections.every((s: { ratings: unknown[] }) => s.ratings.length === 0)).toBe(true);
    expect(res.body.flags.map((f: { check: string }) => f.check)).not.toContain('no-surprises');
  });

  it('withholds the manager review from the engineer until the cycle is shared, in the packet, its exports and the reviews route', async () => {
    const alanAs = await server().as('alan');
    const packet = (await getJson(server().app, url(), alanAs)).body;
    expect(packet.managerReview).toBeNull();
    expect(packet.managerReviewHidden).toBe(true);
    for (const format of ['markdown', 'html']) {
      const exported = await send(server().app, { method: 'GET', url: url(format), as: alanAs });
      expect(exported.body).not.toContain('own the rollout');
      expect(exported.body).toContain('shared with you when the cycle is shared');
    }
    const reviews = (await getJson(server().app, `/api/cycles/${cycle}/people/alan/reviews`, alanAs)).body;
    expect(reviews.manager).toBeNull();
    expect(reviews.managerHidden).toMatch(/when the cycle is shared/);
    expect(reviews.self.text).toBe('I made deploys calmer.');
    // The manager line reads it.
    const graceAs = await server().as('grace');
    expect((await getJson(server().app, url(), graceAs)).body).toMatchObject({ managerReview: 'Alan made deploys calmer; next, own the rollout.', managerReviewHidden: false });
    expect((await getJson(server().app, `/api/cycles/${cycle}/people/alan/reviews`, graceAs)).body).toMatchObject({ managerHidden: null, manager: { text: 'Alan made deploys calmer; next, own the rollout.' } });
  });

  it('refuses people outside the line and compensation reviewers', async () => {
    expect((await getJson(server().app, url(), await server().as('barbara'))).status).toBe(403);
    const reviewer = await getJson(server().app, url(), await server().as('reviewer'));
    expect(reviewer.status).toBe(403);
    expect(reviewer.body.error.message).toMatch(/kept apart from growth/);
    expect((await getJson(server().app, '/api/cycles/nope/people/alan/packet', await server().as('grace'))).status).toBe(404);
  });

  it('exports Markdown and a printable HTML document whose CSP allows only its own style', async () => {
    const md = await send(server().app, { method: 'GET', url: url('markdown'), as: await server().as('grace') });
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toMatch(/^attachment; filename="packet-alan-/);
    expect(md.body).toContain('# Review packet — Alan Turing');
    expect(md.body).toContain('- Rating: **needs support** (Grace Hopper) — Slow on the deploy bot.');
    expect(md.body).toContain('; ladder: Problem solving and decision making;');
    const html = await send(server().app, { method: 'GET', url: url('html'), as: await server().as('grace') });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html.body).toContain('Deploy bot retries &lt;flaky&gt; steps');
    expect(html.body).toContain('<a href="https://ci.example/runs/1">CI run</a>');
    expect(html.body).toContain('; ladder: Problem solving and decision making;');
    const json = await send(server().app, { method: 'GET', url: url(), as: await server().as('grace') });
    expect(json.headers['content-security-policy']).toMatch(/^default-src 'self'/);
  });
  it('counts a growth note shared with the person on the signal as earlier feedback', async () => {
    const { store } = server();
    const flagged = async () => (await getJson(server().app, url(), await server().as('grace'))).body.flags.filter((f: { check: string; message: string }) => f.check === 'no-surprises' && f.message.startsWith('delivery-impact'));
    expect(await flagged()).toHaveLength(1);
    // A draft on the signal does not count (the person never saw it); a shared note does.
    await dataAccess(store.db).growthNotes.insert({ id: 'gn-draft', person: 'alan', authorAccount: 'acct-grace', text: 'Deploy bot: tests first.', shared: false, createdAt: day('2026-08-01'), signal: 'delivery-impact' });
    expect(await flagged()).toHaveLength(1);
    await dataAccess(store.db).growthNotes.insert({ id: 'gn-shared', person: 'alan', authorAccount: 'acct-grace', text: 'Deploy bot: tests first, please.', shared: true, createdAt: day('2026-08-01'), signal: 'delivery-impact' });
    expect(await flagged()).toEqual([]);
  });

  it('flags the same no-surprises cases as the ratings page: feedback shared after the period but well before the rating counts on both', async () => {
    const { store } = server();
    // Shared on 1 Sep (after the period, which ended 1 Jul) — more than 30 days before the rating written today.
    await dataAccess(store.db).sharedFeedback.insert({ id: 'fb-after-period', person: 'alan', author: 'acct-grace', signal: 'delivery-impact', text: 'The deploy bot needs tests.', sharedAt: day('2026-09-01'), createdAt: day('2026-09-01') });
    const packet = await getJson(server().app, url(), await server().as('grace'));
    const ratings = await getJson(server().app, `/api/cycles/${cycle}/people/alan/ratings`, await server().as('grace'));
    expect(ratings.status).toBe(200);
    const onPage = ratings.body.flags.map((f: { signal: string; reason: string }) => `${f.signal}: ${f.reason}`);
    const inPacket = packet.body.flags.filter((f: { check: string }) => f.check === 'no-surprises').map((f: { message: string }) => f.message);
    expect(inPacket).toEqual(onPage);
    expect(inPacket.some((m: string) => m.startsWith('delivery-impact'))).toBe(false);
  });
});
