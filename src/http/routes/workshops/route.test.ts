import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, send, type TestServer } from '../../../../test/http-helpers.js';
import { publishDefaultRubric, sampleCycleUrl } from '../../../../test/reviews.js';

type Who = 'ada' | 'grace' | 'katherine' | 'alan' | 'partner';

/** One workshop round walked from rating to revealed; the tests run in order and share it. */
describeEachDialect('calibration workshop rounds', (dialect) => {
  let s: TestServer;
  let round: string;
  const packets: string[] = [];
  const get = async (who: Who, url = `/api/workshops/${round}`) => send(s.app, { method: 'GET', url, as: await s.as(who) });
  const rate = async (who: Who, packet: string, signal: string, value: string) =>
    send(s.app, { method: 'PUT', url: `/api/workshops/${round}/packets/${packet}/ratings/${signal}`, payload: { value, rationale: `Rated ${value} from the outcomes listed.` }, as: await s.as(who) });

  beforeAll(async () => {
    s = await createTestServer(dialect);
    await publishDefaultRubric(s);
    const created = await send(s.app, { method: 'POST', url: '/api/workshops', payload: { title: 'Before the 2026 review', raters: ['grace', 'katherine'] }, as: await s.as('ada') });
    expect(created.statusCode, created.body).toBe(201);
    round = created.json().id;
    for (const title of ['Packet A', 'Packet B']) {
      const p = await send(s.app, { method: 'POST', url: `/api/workshops/${round}/packets`, payload: { origin: 'scratch', title, body: 'Led the queue migration; p99 latency fell from 850 to 320 ms.' }, as: await s.as('ada') });
      packets.push(p.json().id);
    }
  });
  afterAll(async () => s.close());

  it('uses the published signals and scale, and refuses an unknown rater', async () => {
    const v = (await get('grace')).json();
    expect(v.round.signals.map((x: { id: string }) => x.id)).toEqual(['delivery-impact', 'reliability-impact', 'code-quality', 'collaboration', 'growth-at-level']);
    expect(v.round.scale).toEqual(['needs support', 'strong at level', 'exceeds']);
    const bad = await send(s.app, { method: 'POST', url: '/api/workshops', payload: { title: 'x', raters: ['grace', 'nobody'] }, as: await s.as('ada') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/no person with id "nobody"/);
  });

  it("hides each rater's ratings from the other rater and from the facilitator until all are in", async () => {
    expect((await rate('grace', packets[0]!, 'code-quality', 'exceeds')).statusCode).toBe(200);
    expect((await rate('katherine', packets[0]!, 'code-quality', 'needs support')).statusCode).toBe(200);
    const asKatherine = (await get('katherine')).json();
    expect(asKatherine.ratings.map((r: { rater: string; value: string }) => `${r.rater}:${r.value}`)).toEqual(['katherine:needs support']);
    expect(asKatherine.results).toBeNull();
    const asAda = (await get('ada')).json();
    expect(asAda.ratings).toEqual([]);
    expect(asAda.progress.map((p: { rater: string; rated: number; expected: number }) => `${p.rater} ${p.rated}/${p.expected}`)).toEqual(['grace 1/10', 'katherine 1/10']);
    expect(asAda.state).toBe('rating');
  });

  it('lets only a rater rate, on the scale, and refuses others', async () => {
    expect((await rate('alan', packets[0]!, 'code-quality', 'exceeds')).statusCode).toBe(403);
    expect((await rate('ada', packets[0]!, 'code-quality', 'exceeds')).statusCode).toBe(403);
    const off = await rate('grace', packets[0]!, 'code-quality', 'great');
    expect(off.statusCode).toBe(400);
    expect(off.json().error.message).toMatch(/not on the scale/);
  });

  it('reveals everything once every rater has rated every packet, with agreement and the widest disagreement first', async () => {
    const signals = ['delivery-impact', 'reliability-impact', 'code-quality', 'collaboration', 'growth-at-level'];
    for (const [i, packet] of packets.entries()) {
      for (const signal of signals) {
        expect((await rate('grace', packet, signal, i === 0 && signal === 'code-quality' ? 'exceeds' : 'strong at level')).statusCode).toBe(200);
        expect((await rate('katherine', packet, signal, i === 0 && signal === 'code-quality' ? 'needs support' : signal === 'collaboration' ? 'exceeds' : 'strong at level')).statusCode).toBe(200);
      }
    }
    const v = (await get('ada')).json();
    expect(v.state).toBe('all-in');
    expect(v.ratings).toHaveLength(20);
    expect(v.results.n).toBe(20);
    expect(v.results.packets[0].title).toBe('Packet A');
    expect(v.results.alpha.ordinal).toBeLessThan(0.8);
    expect((await rate('grace', packets[1]!, 'collaboration', 'exceeds')).statusCode).toBe(409);
    const list = (await get('grace', '/api/workshops')).json();
    expect(list.items[0].alpha.n).toBe(20);
  });

  it('closing a round early reveals what was given; a closed round refuses more ratings', async () => {
    const other = await send(s.app, { method: 'POST', url: '/api/workshops', payload: { title: 'Second round', raters: ['grace', 'katherine'] }, as: await s.as('ada') });
    const id = other.json().id;
    const p = await send(s.app, { method: 'POST', url: `/api/workshops/${id}/packets`, payload: { origin: 'scratch', title: 'Packet C', body: 'Wrote the runbook used in the 2 September outage.' }, as: await s.as('ada') });
    await send(s.app, { method: 'PUT', url: `/api/workshops/${id}/packets/${p.json().id}/ratings/collaboration`, payload: { value: 'exceeds', rationale: 'The runbook is used across teams.' }, as: await s.as('grace') });
    expect((await send(s.app, { method: 'POST', url: `/api/workshops/${id}/close`, as: await s.as('grace') })).statusCode).toBe(403);
    expect((await send(s.app, { method: 'POST', url: `/api/workshops/${id}/close`, as: await s.as('ada') })).statusCode).toBe(200);
    const v = (await get('katherine', `/api/workshops/${id}`)).json();
    expect(v.state).toBe('closed');
    expect(v.ratings.map((r: { rater: string }) => r.rater)).toEqual(['grace']);
    const late = await send(s.app, { method: 'PUT', url: `/api/workshops/${id}/packets/${p.json().id}/ratings/collaboration`, payload: { value: 'strong at level', rationale: 'A late rating after the reveal.' }, as: await s.as('katherine') });
    expect(late.statusCode).toBe(409);
  });

  it('drafts a packet from a real one with names removed, hidden from raters until approved', async () => {
    const cycle = (await sampleCycleUrl(s, 'writing')).split('/').pop()!;
    const other = await send(s.app, { method: 'POST', url: '/api/workshops', payload: { title: 'Third round', raters: ['grace', 'katherine'] }, as: await s.as('ada') });
    const id = other.json().id;
    const draft = await send(s.app, { method: 'POST', url: `/api/workshops/${id}/packets`, payload: { origin: 'anonymised', title: 'An engineer on Platform', cycle, person: 'alan' }, as: await s.as('ada') });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().approved).toBe(false);
    expect(draft.json().body).not.toMatch(/Alan/);
    expect((await get('grace', `/api/workshops/${id}`)).json().packets).toEqual([]);
    expect((await send(s.app, { method: 'POST', url: `/api/workshops/${id}/packets/${draft.json().id}/approve`, as: await s.as('ada') })).statusCode).toBe(204);
    const seen = (await get('grace', `/api/workshops/${id}`)).json().packets;
    expect(seen).toHaveLength(1);
    expect(seen[0].removed).toEqual([]);
  });
});
