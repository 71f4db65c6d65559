import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceLabel } from './label.js';
import { parseEvidenceInput } from './parse-item.js';
import { isoDayOf, parseWhen } from './when.js';

const valid = {
  title: 'Rollout automation for deploy-pipeline',
  date: '2026-05-05',
  kind: 'prevention',
  signals: ['reliability-impact', 'delivery-impact'],
  dimensions: ['operational-responsibility'],
  links: [{ url: 'https://git.lumen.example/platform/deploy-pipeline/pull/812', label: 'PR 812' }],
  outcome: { target: 'service', id: 'deploy-pipeline', at: '2026-05-05T10:00:00Z' },
};

describe('parseEvidenceInput', () => {
  it('turns a written item into a draft: dates to epoch ms, the default 90-day window, notes trimmed', () => {
    const r = parseEvidenceInput({ ...valid, notes: '  staged rollouts with automatic halt  ' });
    expect(r).toEqual({
      ok: true,
      value: {
        title: 'Rollout automation for deploy-pipeline',
        date: Date.UTC(2026, 4, 5),
        kind: 'prevention',
        signals: ['reliability-impact', 'delivery-impact'],
        dimensions: ['operational-responsibility'],
        links: [{ url: 'https://git.lumen.example/platform/deploy-pipeline/pull/812', label: 'PR 812' }],
        notes: 'staged rollouts with automatic halt',
        outcome: { target: 'service', id: 'deploy-pipeline', at: Date.parse('2026-05-05T10:00:00Z'), windowDays: 90, metric: 'changeFailureRate' },
      },
    });
  });

  it('defaults the lists and leaves the outcome empty: such an item is labelled activity', () => {
    const r = parseEvidenceInput({ title: 'Ran the on-call onboarding', date: Date.UTC(2026, 0, 8), kind: 'mentoring' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ signals: [], dimensions: [], links: [], notes: '', outcome: null });
    expect(evidenceLabel(r.value)).toBe('activity');
    expect(evidenceLabel({ outcome: { target: 'slo', id: 'payments-availability', at: 0, windowDays: 90 } })).toBe('outcome');
  });

  it('names every bad field at once', () => {
    const r = parseEvidenceInput({
      title: ' ',
      date: '2026-02-31',
      kind: 'heroics',
      links: [{ url: 'https://ok.example', label: 'ok' }, { url: 'javascript:alert(1)', label: 'x' }],
      outcome: { target: 'person', id: 'amara', at: 'yesterday', windowDays: 3 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = Object.fromEntries(r.problems.map((p) => [p.field, p.message]));
    expect(fields).toEqual({
      title: 'must not be empty',
      date: 'must be a day (2026-05-05), an ISO time with an offset, or epoch milliseconds',
      kind: 'must be one of shipped, incident-response, prevention, reliability, mentoring, glue-work, learning',
      'links.1.url': 'must be an http(s) URL, e.g. https://git.example/pr/42',
      'outcome.target': 'must be one of service, team, slo',
      'outcome.at': 'must be a day (2026-05-05), an ISO time with an offset, or epoch milliseconds',
      'outcome.windowDays': 'must be 7 to 365 days',
    });
  });

  it('refuses signals and dimensions the rubric and ladder do not have, when they are known', () => {
    const r = parseEvidenceInput({ ...valid, signals: ['delivery-impact', 'heroism'], dimensions: ['vibes'] }, { knownSignals: ['delivery-impact'], knownDimensions: ['operational-responsibility'] });
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'signals.1', message: '"heroism" is not a signal; known: delivery-impact' },
        { field: 'dimensions.0', message: '"vibes" is not a ladder dimension; known: operational-responsibility' },
      ],
    });
  });

  it('refuses unknown fields (a typo is more likely than data)', () => {
    const r = parseEvidenceInput({ ...valid, titel: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/titel/);
  });
});

describe('parseWhen', () => {
  it('reads days as UTC midnight, times with offsets, and epoch ms; refuses zoneless times', () => {
    expect(parseWhen('2026-05-05')).toBe(Date.UTC(2026, 4, 5));
    expect(parseWhen('2026-05-05T12:00:00+02:00')).toBe(Date.UTC(2026, 4, 5, 10));
    expect(parseWhen(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(parseWhen('2026-05-05T12:00:00')).toBeNull();
    expect(parseWhen(-1)).toBeNull();
    expect(parseWhen(1.5)).toBeNull();
  });

  it('round-trips every real day (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const day = isoDayOf(d.getTime());
        expect(isoDayOf(parseWhen(day)!)).toBe(day);
      }),
    );
  });
});

describe('parseOutcomeLink', () => {
  it('reads a link on its own, with the default window, and names bad fields', async () => {
    const { parseOutcomeLink } = await import('./parse-item.js');
    expect(parseOutcomeLink({ target: 'team', id: 'platform', at: '2026-05-05', metric: 'leadTime' })).toEqual({
      ok: true,
      value: { target: 'team', id: 'platform', at: Date.UTC(2026, 4, 5), windowDays: 90, metric: 'leadTime' },
    });
    expect(parseOutcomeLink({ target: 'service', id: '', at: '2026-05-05', windowDays: 400 })).toEqual({
      ok: false,
      problems: [
        { field: 'id', message: 'must not be empty' },
        { field: 'windowDays', message: 'must be 7 to 365 days' },
      ],
    });
  });
});
