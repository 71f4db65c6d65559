/**
 * Export → import is lossless: any valid set of v1 objects, written as Trellis exports them and
 * read back, gives exactly the same objects (including calendar start times, time zones,
 * annotations and targets such as 0.9995).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenSloObject } from '../../core/openslo/schemas.js';
import { validateOpenSlo } from '../../core/openslo/validate.js';
import { readOpenSloText } from './read-openslo.js';
import { writeOpenSloText } from './write-openslo.js';

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const query = fc.constantFrom('sum(rate(http_requests_total{code!~"5.."}[1m]))', 'up == 1', "sum(x{a='b: c'})", '1 - (\n  a\n  /\n  b\n)\n');
const metric = fc.record({ metricSource: fc.record({ type: fc.constant('Prometheus'), spec: fc.record({ query }) }) });
const target = fc.constantFrom(0.9, 0.99, 0.995, 0.999, 0.9995, 0.99999, 0.5);
const rolling = fc.record({ duration: fc.constantFrom('28d', '30d', '1w', '4w', '90d'), isRolling: fc.constant(true) });
const calendar = fc.record({
  duration: fc.constantFrom('1M', '1Q', '1w', '1Y'),
  isRolling: fc.constant(false),
  calendar: fc.record({ startTime: fc.constantFrom('2022-01-01 12:00:00', '2024-03-31 02:30:00'), timeZone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata') }),
});

const slo = fc
  .record({
    name: label,
    displayName: fc.option(text, { nil: undefined }),
    service: label,
    description: fc.option(text, { nil: undefined }),
    window: fc.oneof(rolling, calendar),
    method: fc.constantFrom('Occurrences', 'Timeslices', 'RatioTimeslices'),
    target,
    minEvents: fc.option(fc.integer({ min: 0, max: 10_000 }).map(String), { nil: undefined }),
    good: metric,
    total: metric,
  })
  .map(({ name, displayName, service, description, window, method, target, minEvents, good, total }): OpenSloObject => ({
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name, ...(displayName ? { displayName } : {}), ...(minEvents ? { annotations: { 'trellis.dev/min-events': minEvents } } : {}) },
    spec: {
      ...(description ? { description } : {}),
      service,
      indicator: { metadata: { name: `${name}-sli` }, spec: { ratioMetric: { counter: true, good, total } } },
      timeWindow: [window],
      budgetingMethod: method,
      objectives: [{ target, ...(method === 'Timeslices' ? { timeSliceTarget: 0.95 } : {}), ...(method !== 'Occurrences' ? { timeSliceWindow: '1m' } : {}) }],
    },
  }));

describe('OpenSLO export → import', () => {
  it('gives back exactly the objects exported', () => {
    fc.assert(
      fc.property(fc.uniqueArray(slo, { selector: (o) => o.metadata.name, minLength: 1, maxLength: 4 }), (objects) => {
        const first = validateOpenSlo(readOpenSloText('in.yaml', writeOpenSloText(objects)).objects);
        expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const text = writeOpenSloText(first.objects.map((o) => o.object));
        const again = validateOpenSlo(readOpenSloText('export.yaml', text).objects);
        expect(again.objects.map((o) => o.object)).toEqual(first.objects.map((o) => o.object));
        expect(new Set(again.objects.map((o) => JSON.stringify(o.object)))).toEqual(new Set(objects.map((o) => JSON.stringify(o))));
        expect(writeOpenSloText(again.objects.map((o) => o.object))).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
