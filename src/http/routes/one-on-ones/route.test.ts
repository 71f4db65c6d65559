/**
 * Private 1:1 notes never leave the manager line: not in the engineer's 1:1 view, their living
 * document (whose "From 1:1s" carries the shared notes only, whoever reads it), their review packet (JSON, Markdown, HTML), the people export or the audit export.
 * And the manager's home flags the overdue pair.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { cycleAt, publishDefaultRubric } from '../../../../test/reviews.js';
import { manualRuntime } from '../../../app/runtime.js';

const marker = 'PRIVATE-7f3a: thinking about moving Alan to the payments rota';

describeEachDialect('1:1 routes', (dialect) => {
  let s: TestServer;
  let cycle: string;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(Date.UTC(2025, 5, 1, 12)) });
    await publishDefaultRubric(s);
    cycle = await cycleAt(s, 'writing');
  });
  afterAll(async () => s.close());

  it('keeps private notes from the engineer, every export and the packet', async () => {
    const grace = await s.as('grace');
    const res = await send(s.app, { method: 'POST', url: '/api/people/alan/one-on-ones', payload: { heldOn: '2025-05-30', sharedNotes: 'Agreed the April on-call swap.', privateNotes: marker, actions: [{ text: 'Draft the runbook', owner: 'report' }] }, as: grace });
    expect(res.statusCode, res.body).toBe(201);
    const managerView = await getJson(s.app, '/api/people/alan/one-on-ones', grace);
    expect(managerView.body.meetings[0].privateNotes).toBe(marker);

    const alan = await s.as('alan');
    const bodies: [string, string][] = [];
    for (const url of ['/api/people/alan/one-on-ones', '/api/people/alan/document', `/api/cycles/${cycle}/people/alan/packet`, `/api/cycles/${cycle}/people/alan/packet?format=markdown`, `/api/cycles/${cycle}/people/alan/packet?format=html`]) {
      const r = await send(s.app, { method: 'GET', url, as: alan });
      expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
      bodies.push([url, r.body]);
    }
    // The manager's own packet view and the organisation's exports carry none of it either.
    // The living document's "From 1:1s" is shared notes only, for the manager line too.
    for (const [url, who] of [['/api/people/alan/document', 'grace'], ['/api/people/alan/document', 'partner'], [`/api/cycles/${cycle}/people/alan/packet?format=markdown`, 'grace'], ['/api/people/export', 'admin'], ['/api/audit/export', 'admin'], [`/api/cycles/${cycle}/participants/export`, 'partner']] as const) {
      const r = await send(s.app, { method: 'GET', url, as: await s.as(who) });
      expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
      bodies.push([url, r.body]);
    }
    for (const [url, body] of bodies) expect(body, url).not.toContain('PRIVATE-7f3a');
    const mine = JSON.parse(bodies[0]![1]);
    expect(mine.meetings[0]).toMatchObject({ sharedNotes: 'Agreed the April on-call swap.', privateNotes: null });
    expect(mine.actions.map((a: { text: string }) => a.text)).toEqual(['Draft the runbook']);
    expect(mine.next).toBeNull();
    const document = JSON.parse(bodies[1]![1]);
    expect(document.oneOnOnes).toEqual({ visible: true, items: [{ meeting: mine.meetings[0].id, heldOn: '2025-05-30', manager: { id: 'grace', name: 'Grace Hopper' }, text: 'Agreed the April on-call swap.' }] });
    // Grace reads the same shared note in Alan's document, and nothing of her private one.
    expect(JSON.parse(bodies[5]![1]).oneOnOnes).toEqual(document.oneOnOnes);
  });

  it('flags an overdue pair on the manager’s home, not on the engineer’s', async () => {
    // Katherine never held a 1:1 with Barbara; Grace met Alan two days ago (the test above).
    const katherine = (await getJson(s.app, '/api/home', await s.as('katherine'))).body;
    expect(katherine.overdueOneOnOnes).toEqual([expect.objectContaining({ id: 'barbara', name: 'Barbara Liskov', lastHeldOn: null, overdue: true })]);
    expect((await getJson(s.app, '/api/home', await s.as('grace'))).body.overdueOneOnOnes).toEqual([]);
    expect((await getJson(s.app, '/api/home', await s.as('alan'))).body.overdueOneOnOnes).toEqual([]);
    const list = (await getJson(s.app, '/api/one-on-ones', await s.as('grace'))).body.items;
    expect(list).toEqual([expect.objectContaining({ id: 'alan', cadenceDays: 14, lastHeldOn: '2025-05-30', dueOn: '2025-06-13', overdue: false, openActions: 1 })]);
  });
});
