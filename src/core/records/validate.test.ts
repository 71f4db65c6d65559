import { describe, expect, it } from 'vitest';
import { canonicalTime, validateRecord } from './validate.js';
import { csvRowToValue } from './csv-row.js';

describe('validateRecord', () => {
  it('fills defaults and canonicalises times', () => {
    const v = validateRecord({ kind: 'deployment', id: 'd1', service: 's', finishedAt: '2024-03-04T16:00:00+01:00' });
    expect(v).toEqual({ ok: true, record: { kind: 'deployment', id: 'd1', service: 's', finishedAt: '2024-03-04T15:00:00.000Z', environment: 'production', status: 'success' } });
  });

  it('names every bad field', () => {
    const v = validateRecord({ kind: 'person', id: '', name: 'A', email: 'nope', timezone: 'Mars/Olympus', workingHours: '9-5' });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => p.field).sort()).toEqual(['email', 'id', 'timezone', 'workingHours']);
    expect(v.problems.find((p) => p.field === 'timezone')?.message).toBe('must be an IANA time zone, e.g. Europe/Berlin');
  });

  it('rejects times without an offset: they are ambiguous across teams', () => {
    const v = validateRecord({ kind: 'page', id: 'p', at: '2024-03-04T09:00:00' });
    expect(v.ok ? [] : v.problems).toEqual([{ field: 'at', message: 'must be an ISO 8601 time with an offset, e.g. 2024-03-04T09:00:00Z' }]);
  });

  it('checks rules across fields', () => {
    const shift = validateRecord({ kind: 'oncall_shift', id: 's', person: 'p', start: '2024-03-04T09:00:00Z', end: '2024-03-04T10:00:00+02:00' });
    expect(shift.ok ? [] : shift.problems).toEqual([{ field: 'end', message: 'must be after start' }]);
    const boss = validateRecord({ kind: 'person', id: 'x', name: 'X', manager: 'x' });
    expect(boss.ok ? [] : boss.problems).toEqual([{ field: 'manager', message: 'a person cannot be their own manager' }]);
  });

  it('takes an http(s) url on changes, deployments, incidents and pull requests, and refuses any other scheme', () => {
    const base = { service: 's' };
    for (const [kind, time] of [['change', 'committedAt'], ['deployment', 'finishedAt'], ['incident', 'startedAt'], ['pull_request', 'openedAt']] as const) {
      const ok = validateRecord({ kind, id: 'x', ...base, [time]: '2024-03-04T09:00:00Z', url: 'https://github.com/acme/checkout/pull/42' });
      expect(ok.ok ? ok.record : ok.problems).toMatchObject({ url: 'https://github.com/acme/checkout/pull/42' });
      for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'github.com/acme', 'https://', 'ftp://example.org/x']) {
        const v = validateRecord({ kind, id: 'x', ...base, [time]: '2024-03-04T09:00:00Z', url: bad });
        expect(v.ok ? [] : v.problems).toEqual([{ field: 'url', message: 'must be an http(s) URL, e.g. https://github.com/acme/checkout/commit/3f2a…' }]);
      }
    }
    const team = validateRecord({ kind: 'team', id: 't', name: 'T', url: 'https://example.org' });
    expect(team.ok).toBe(false);
  });

  it('says which kinds exist when the kind is wrong', () => {
    const v = validateRecord({ kind: 'deploy' });
    expect(v.ok ? '' : v.problems[0]!.message).toMatch(/^must be one of team, person, service, change, deployment, incident, page, oncall_shift, sli, pull_request \(got "deploy"\)$/);
  });
});

describe('canonicalTime', () => {
  it.each([
    ['2024-03-04T09:00:00Z', '2024-03-04T09:00:00.000Z'],
    ['2024-03-04T09:00:00.000Z', '2024-03-04T09:00:00.000Z'],
    ['2024-03-04T10:30:00+01:30', '2024-03-04T09:00:00.000Z'],
    ['2024-03-03T23:00:00.5-10:00', '2024-03-04T09:00:00.500Z'],
  ])('%s → %s', (input, out) => expect(canonicalTime(input)).toBe(out));
});

describe('csvRowToValue', () => {
  it('types booleans, integers and lists, and drops empty cells', () => {
    expect(csvRowToValue({ kind: 'deployment', id: 'd', changes: 'a; b;c', rollbackOf: '' }).value).toEqual({ kind: 'deployment', id: 'd', changes: ['a', 'b', 'c'] });
    expect(csvRowToValue({ kind: 'sli', good: '5', total: '7' }).value).toEqual({ kind: 'sli', good: 5, total: 7 });
    expect(csvRowToValue({ isMerge: 'yes', actionable: '0', changes: '["x","y"]' }).value).toEqual({ isMerge: true, actionable: false, changes: ['x', 'y'] });
  });

  it('names the cell that cannot be read', () => {
    expect(csvRowToValue({ good: '1.5', isMerge: 'maybe' }).problems).toEqual([
      { field: 'good', message: 'must be a whole number (got "1.5")' },
      { field: 'isMerge', message: 'must be true or false (got "maybe")' },
    ]);
  });
});
