/**
 * Unbounded writes must not stall the server (issue 11, item 15): a document holds at most the
 * configured number of items (422 beyond), evidence is read a page at a time, one account's
 * writes are rate-limited (429 with Retry-After), and /api/health stays fast while a large
 * document is read.
 */
import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, send, type TestServer } from '../../../../test/http-helpers.js';
import { manualRuntime } from '../../../app/runtime.js';
import type { EvidenceItem } from '../../../core/evidence/index.js';
import { dataAccess } from '../../../store/data-access.js';

const evidence = (i: number) => ({ title: `Item ${i}`, date: '2026-01-05', kind: 'learning' });

/** `n` items for Alan straight into the store (as years of entries would be), each with `notes` of `size` characters. */
async function fill(s: TestServer, n: number, size = 200): Promise<void> {
  const data = dataAccess(s.store.db);
  await data.transaction(async (r) => {
    for (let i = 0; i < n; i++) {
      const item: EvidenceItem = {
        id: `bulk-${String(i).padStart(5, '0')}`,
        person: 'alan',
        title: `Bulk item ${i}`,
        date: Date.UTC(2025, 0, 1) + i * 3_600_000,
        kind: 'learning',
        signals: [],
        dimensions: [],
        links: [],
        notes: 'n'.repeat(size),
        outcome: null,
        createdAt: 0,
        updatedAt: 0,
        createdBy: null,
      };
      await r.evidence.insert(item);
    }
  });
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describeEachDialect('living document limits', (dialect) => {
  it('refuses the item past TRELLIS_DOCUMENT_MAX_ITEMS with 422 LIMIT_REACHED, for evidence and for goals', async () => {
    server = await createTestServer(dialect, { config: { documentMaxItems: 3 } });
    const as = await server.as('alan');
    for (let i = 0; i < 3; i++) expect((await send(server.app, { method: 'POST', url: '/api/people/alan/evidence', payload: evidence(i), as })).statusCode).toBe(201);
    const full = await send(server.app, { method: 'POST', url: '/api/people/alan/evidence', payload: evidence(3), as });
    expect(full.statusCode).toBe(422);
    expect(full.json().error.code).toBe('LIMIT_REACHED');
    expect(full.json().error.message).toBe(
      'This living document already holds 3 evidence items, the most one document may hold (TRELLIS_DOCUMENT_MAX_ITEMS = 3). Remove evidence items that no longer matter, or ask an administrator to raise the limit.',
    );
    // Another person's document is not affected; removing an item makes room again.
    expect((await send(server.app, { method: 'POST', url: '/api/people/grace/evidence', payload: evidence(0), as: await server.as('grace') })).statusCode).toBe(201);
    const doc = (await send(server.app, { method: 'GET', url: '/api/people/alan/document', as })).json();
    expect(doc.evidencePage.total).toBe(3);
    expect((await send(server.app, { method: 'DELETE', url: `/api/people/alan/evidence/${doc.evidence[0].id}`, as })).statusCode).toBe(204);
    expect((await send(server.app, { method: 'POST', url: '/api/people/alan/evidence', payload: evidence(4), as })).statusCode).toBe(201);

    for (let i = 0; i < 3; i++) expect((await send(server.app, { method: 'POST', url: '/api/people/alan/goals', payload: { quarter: '2026-Q1', text: `Goal ${i}` }, as })).statusCode).toBe(201);
    const goals = await send(server.app, { method: 'POST', url: '/api/people/alan/goals', payload: { quarter: '2026-Q1', text: 'One more' }, as });
    expect([goals.statusCode, goals.json().error.code]).toEqual([422, 'LIMIT_REACHED']);
  });

  it('sends evidence a page at a time, newest first, counting every item', async () => {
    server = await createTestServer(dialect);
    await fill(server, 120);
    const as = await server.as('alan');
    const first = (await send(server.app, { method: 'GET', url: '/api/people/alan/document', as })).json();
    expect(first.evidencePage).toEqual({ total: 120, offset: 0, limit: 50, withOutcome: 0 });
    expect(first.evidence).toHaveLength(50);
    expect(first.evidence[0].id).toBe('bulk-00119');
    const last = (await send(server.app, { method: 'GET', url: '/api/people/alan/document?evidenceOffset=100&evidenceLimit=50', as })).json();
    expect(last.evidence.map((e: { id: string }) => e.id)).toEqual(Array.from({ length: 20 }, (_, i) => `bulk-${String(19 - i).padStart(5, '0')}`));
    const tooMany = await send(server.app, { method: 'GET', url: '/api/people/alan/document?evidenceLimit=5000', as });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.problems).toEqual(['querystring.evidenceLimit: must be between 1 and 200']);
  });

  it('stops a page of very long items early, so no response grows to megabytes', async () => {
    server = await createTestServer(dialect);
    await fill(server, 200, 5000);
    const res = await send(server.app, { method: 'GET', url: '/api/people/alan/document?evidenceLimit=200', as: await server.as('alan') });
    const body = res.json();
    expect(body.evidence.length).toBeGreaterThan(50);
    expect(body.evidence.length).toBeLessThan(200);
    expect(res.body.length).toBeLessThan(700_000);
  });

  it("limits one account's writes per minute with 429 and Retry-After, leaving other accounts alone", async () => {
    const clock = manualRuntime(Date.UTC(2026, 0, 6, 9));
    server = await createTestServer(dialect, { runtime: clock, config: { writeRatePerMinute: 6 } });
    const alan = await server.as('alan');
    for (let i = 0; i < 6; i++) expect((await send(server.app, { method: 'POST', url: '/api/people/alan/evidence', payload: evidence(i), as: alan })).statusCode).toBe(201);
    const limited = await send(server.app, { method: 'POST', url: '/api/people/alan/evidence', payload: evidence(6), as: alan });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toBe('Too many changes from this account in a short time (at most 6 a minute). Try again in 10 seconds.');
    expect(limited.headers['retry-after']).toBe('10');
    // Reading is never limited; another account may write.
    expect((await send(server.app, { method: 'GET', url: '/api/people/alan/document', as: alan })).statusCode).toBe(200);
    expect((await send(server.app, { method: 'POST', url: '/api/people/alan/evidence', payload: evidence(7), as: await server.as('grace') })).statusCode).toBe(201);
    clock.advance(10_000);
    expect((await send(server.app, { method: 'POST', url: '/api/people/alan/evidence', payload: evidence(8), as: alan })).statusCode).toBe(201);
  });
});

it('/api/health stays fast while a large document is read by many readers at once', async () => {
  server = await createTestServer('sqlite');
  // A document at the default cap, of the longest items the form allows.
  await fill(server, 1000, 5000);
  const as = await server.as('grace');
  const app = server.app;
  let reading = true;
  const readers = Array.from({ length: 10 }, async () => {
    const sizes: number[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await send(app, { method: 'GET', url: '/api/people/alan/document', as });
      expect(res.statusCode).toBe(200);
      sizes.push(res.body.length);
    }
    return sizes;
  });
  const done = Promise.all(readers).finally(() => (reading = false));
  const health: number[] = [];
  while (reading) {
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    health.push(performance.now() - started);
    expect(res.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 5));
  }
  const sizes = (await done).flat();
  // Every response is one page: far from the 5 MB the whole document would be.
  expect(Math.max(...sizes)).toBeLessThan(700_000);
  expect(health.length).toBeGreaterThan(0);
  health.sort((a, b) => a - b);
  const p99 = health[Math.min(health.length - 1, Math.floor(health.length * 0.99))]!;
  expect(p99, `health p99 ${p99.toFixed(0)} ms over ${health.length} probes`).toBeLessThan(1500);
});
