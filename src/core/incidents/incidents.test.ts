import { describe, expect, it } from 'vitest';
import { repeatIncidents } from './repeats.js';
import { incidentTimeline } from './timeline.js';

const DAY = 86_400_000;

describe('repeat incidents', () => {
  const inc = (id: string, day: number, cause: string | null, service = 'payments-api') => ({ id, service, startedAt: day * DAY, cause });
  it('same service and cause within the window, cause compared without case or extra spaces', () => {
    const r = repeatIncidents([inc('a', 0, 'Connection pool exhaustion'), inc('b', 30, ' connection  pool exhaustion'), inc('c', 200, 'connection pool exhaustion'), inc('d', 31, 'Connection pool exhaustion', 'ledger')]);
    expect(r).toEqual([{ id: 'b', service: 'payments-api', cause: 'connection  pool exhaustion', startedAt: 30 * DAY, repeats: 'a', afterMs: 30 * DAY }]);
  });
  it('the window is inclusive at its end, and each repeat points to the latest earlier one', () => {
    const r = repeatIncidents([inc('a', 0, 'x'), inc('b', 90, 'x'), inc('c', 181, 'x')], 90 * DAY);
    expect(r.map((x) => [x.id, x.repeats])).toEqual([['b', 'a']]);
    expect(repeatIncidents([inc('a', 0, 'x'), inc('b', 50, 'x'), inc('c', 100, 'x')], 90 * DAY).map((x) => [x.id, x.repeats])).toEqual([['b', 'a'], ['c', 'b']]);
  });
  it('an unknown cause is never a repeat', () => {
    expect(repeatIncidents([inc('a', 0, null), inc('b', 1, null), inc('c', 2, '  ')])).toEqual([]);
  });
});

describe('incident timeline', () => {
  it('orders the incident’s own times, its pages while open, remediation and resolution', () => {
    const t = incidentTimeline(
      { id: 'i', startedAt: 1000, detectedAt: 1600, resolvedAt: 9000 },
      [
        { id: 'p1', at: 1500, alert: 'HighErrorRate', acknowledgedAt: 1700 },
        { id: 'p0', at: 500, alert: null, acknowledgedAt: null },
        { id: 'p2', at: 9000, alert: null, acknowledgedAt: null },
      ],
      [{ id: 'd1', finishedAt: 8000, status: 'success' }],
    );
    expect(t.entries.map((e) => [e.at, e.kind, e.ref])).toEqual([
      [1000, 'started', null],
      [1500, 'paged', 'p1'],
      [1600, 'detected', null],
      [1700, 'acknowledged', 'p1'],
      [8000, 'remediated', 'd1'],
      [9000, 'resolved', null],
    ]);
    expect(t.entries[1]!.text).toBe('Page sent: HighErrorRate');
    expect(t).toMatchObject({ timeToDetectMs: 600, timeToResolveMs: 8000 });
  });
  it('an open incident has no resolution time and keeps later pages', () => {
    const t = incidentTimeline({ id: 'i', startedAt: 0, detectedAt: null, resolvedAt: null }, [{ id: 'p', at: 10, alert: null, acknowledgedAt: null }], []);
    expect(t).toMatchObject({ timeToDetectMs: null, timeToResolveMs: null });
    expect(t.entries.map((e) => e.kind)).toEqual(['started', 'paged']);
  });
});
