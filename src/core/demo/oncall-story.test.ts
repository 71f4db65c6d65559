/**
 * The demo's on-call story (spec/demo.md) as the sustainable-work signals see it: Dev Patel's
 * sleep-hour pages are flagged with the alerts that caused them; Platform's pages per shift
 * fall after Amara's alert tuning, with n and an interval; payments-api's rota is noisy; and
 * incidents carry who worked them, their cause (repeats exist) and postmortems.
 */
import { describe, expect, it } from 'vitest';
import { comparePagesPerShift } from '../oncall/compare-pages.js';
import type { OncallPage } from '../oncall/types.js';
import { repeatIncidents } from '../incidents/repeats.js';
import { DEFAULT_THRESHOLDS, localRules, teamOncall } from '../wellbeing/index.js';
import { situationsFor } from './situations.js';
import { ANCHOR, DAY, ofKind, records } from './demo.test-helpers.js';

const all = records();
const people = ofKind(all, 'person');
const teams = ofKind(all, 'team');
const pages: OncallPage[] = ofKind(all, 'page').map((p) => ({
  id: p.id,
  at: Date.parse(p.at),
  person: p.person ?? null,
  service: p.service ?? null,
  alert: p.alert ?? null,
  actionable: p.actionable ?? null,
  acknowledgedAt: p.acknowledgedAt ? Date.parse(p.acknowledgedAt) : null,
  resolvedAt: p.resolvedAt ? Date.parse(p.resolvedAt) : null,
}));
const shifts = ofKind(all, 'oncall_shift').map((s) => ({ person: s.person, start: Date.parse(s.start), end: Date.parse(s.end) }));
const incidents = ofKind(all, 'incident');

function team(id: string) {
  const zone = teams.find((t) => t.id === id)!.timezone ?? null;
  const members = people.filter((p) => p.team === id && p.active !== false).map((p) => ({ id: p.id, rules: localRules({ timezone: p.timezone ?? null, workingHours: p.workingHours ?? null }, zone) }));
  return teamOncall({
    team: id,
    window: { from: ANCHOR - 90 * DAY, to: ANCHOR },
    members,
    pages,
    shifts,
    incidents: incidents.map((i) => ({ startedAt: Date.parse(i.startedAt), participants: i.participants ?? [] })),
    sloAlertEpisodes: null,
    thresholds: DEFAULT_THRESHOLDS,
  });
}

describe('the demo’s on-call story', () => {
  it('flags Dev Patel’s sleep-hour pages, citing the alerts behind them', () => {
    const dev = team('payments').people.find((p) => p.person === 'dev-patel')!;
    const sleep = dev.flags.find((f) => f.key === 'sleepHours');
    expect(sleep?.value).toBeGreaterThan(DEFAULT_THRESHOLDS.sleepHoursPerWeek);
    expect(sleep?.causes[0]?.alert).toBeTruthy();
    expect(dev.incidentsWorked).toBeGreaterThan(3);
  });
  it('payments-api’s rota is noisy: many pages per shift, mostly not actionable, concentrated load', () => {
    const payments = team('payments');
    expect(payments.pagesPerShift!).toBeGreaterThan(3 * team('identity').pagesPerShift!);
    expect(payments.actionableShare!).toBeLessThan(0.5);
    expect(payments.noisyAlerts.some((a) => a.service === 'payments-api')).toBe(true);
  });
  it('Platform’s pages per shift fall after Amara’s alert tuning, with n and an interval that excludes zero', () => {
    const platform = new Set(people.filter((p) => p.team === 'platform').map((p) => p.id));
    const c = comparePagesPerShift(shifts.filter((s) => platform.has(s.person)), pages, situationsFor(ANCHOR).alertTuningAt);
    expect(c.verdict).toBe('fewer');
    expect(c.shiftsBefore).toBeGreaterThanOrEqual(12);
    expect(c.shiftsAfter).toBeGreaterThanOrEqual(12);
    expect(c.after!).toBeLessThan(c.before! / 2);
  });
  it('incidents name who worked them and their cause; severe ones link a postmortem; some repeat', () => {
    expect(incidents.every((i) => (i.participants?.length ?? 0) > 0)).toBe(true);
    expect(incidents.filter((i) => i.severity === 'sev1').every((i) => i.postmortem?.startsWith('https://'))).toBe(true);
    const repeats = repeatIncidents(incidents.map((i) => ({ id: i.id, service: i.service, startedAt: Date.parse(i.startedAt), cause: i.cause ?? null })));
    expect(repeats.length).toBeGreaterThan(0);
  });
});
