import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, type TestServer } from '../../../../test/http-helpers.js';

const at = (iso: string) => Date.parse(iso);
const incident = (id: string, started: string, cause: string | null, over: Record<string, unknown> = {}) => ({
  id,
  service: 'ledger',
  started_at: at(started),
  detected_at: null,
  resolved_at: null,
  severity: 'sev2',
  caused_by: null,
  title: `Ledger ${id}`,
  participants: null,
  postmortem: null,
  cause,
  ...over,
});

describeEachDialect('incidents', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect);
    await s.store.db
      .insertInto('incidents')
      .values([
        incident('i1', '2025-01-10T10:00:00Z', 'Disk full'),
        incident('i2', '2025-02-01T03:00:00Z', 'disk full ', {
          detected_at: at('2025-02-01T03:05:00Z'),
          resolved_at: at('2025-02-01T04:00:00Z'),
          participants: JSON.stringify(['katherine', 'barbara']),
          postmortem: 'https://wiki.example/pm/i2',
        }),
        incident('i3', '2025-09-01T10:00:00Z', 'disk full'),
      ])
      .execute();
    await s.store.db
      .insertInto('pages')
      .values({ id: 'p1', at: at('2025-02-01T03:02:00Z'), person: 'barbara', service: 'ledger', acknowledged_at: at('2025-02-01T03:04:00Z'), resolved_at: null, urgency: 'high', actionable: 1, alert: 'LedgerDiskFull' })
      .execute();
    await s.store.db
      .insertInto('deployments')
      .values({ id: 'd1', service: 'ledger', finished_at: at('2025-02-01T03:40:00Z'), environment: 'production', status: 'success', commit_sha: null, rollback_of: null, remediates: 'i2' })
      .execute();
  });
  afterAll(async () => s.close());

  it('an incident with its timeline, participants, postmortem and the earlier incident it repeats', async () => {
    const { status, body } = await getJson(s.app, '/api/incidents/i2', await s.as('alan'));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'i2',
      cause: 'disk full ',
      postmortem: 'https://wiki.example/pm/i2',
      participants: [{ id: 'katherine', name: 'Katherine Johnson' }, { id: 'barbara', name: 'Barbara Liskov' }],
      timeToDetectMinutes: 5,
      timeToResolveMinutes: 60,
      repeats: { id: 'i1', startedAt: '2025-01-10T10:00:00.000Z', afterDays: 21.7 },
      repeatedBy: [],
    });
    expect(body.timeline.map((e: { kind: string; ref: string | null }) => [e.kind, e.ref])).toEqual([
      ['started', null],
      ['paged', 'p1'],
      ['acknowledged', 'p1'],
      ['detected', null],
      ['remediated', 'd1'],
      ['resolved', null],
    ]);
  });

  it('a service’s incidents, newest first, repeats marked (i3 is 212 days later: not a repeat)', async () => {
    const { status, body } = await getJson(s.app, '/api/services/ledger/incidents', await s.as('barbara'));
    expect(status).toBe(200);
    expect(body.items.map((i: { id: string; repeatOf: string | null }) => [i.id, i.repeatOf])).toEqual([
      ['i3', null],
      ['i2', 'i1'],
      ['i1', null],
    ]);
    expect(body.repeats).toBe(1);
    expect((await getJson(s.app, '/api/incidents/nope', await s.as('alan'))).status).toBe(404);
    expect((await getJson(s.app, '/api/services/nope/incidents', await s.as('alan'))).status).toBe(404);
  });
});
