import { describe, expect, it } from 'vitest';
import { HOUR, WEEK, type OncallPage } from '../oncall/types.js';
import { parseWorkingHours } from './local-time.js';
import { teamOncall, type TeamOncallInput } from './team.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';

const berlin = { zone: 'Europe/Berlin', hours: parseWorkingHours('09:00-17:00') };
const newYork = { zone: 'America/New_York', hours: parseWorkingHours('09:00-17:00') };
// Monday 12 January 2026 00:00Z; window: four weeks.
const from = Date.parse('2026-01-12T00:00:00Z');
const to = from + 4 * WEEK;
let id = 0;
const page = (person: string, iso: string, over: Partial<OncallPage> = {}): OncallPage => ({ id: `p${++id}`, at: Date.parse(iso), person, service: 'payments-api', alert: 'QueueLag', actionable: false, acknowledgedAt: null, resolvedAt: null, ...over });

function input(pages: OncallPage[], over: Partial<TeamOncallInput> = {}): TeamOncallInput {
  return {
    team: 'payments',
    window: { from, to },
    members: [{ id: 'dev', rules: berlin }, { id: 'ana', rules: berlin }, { id: 'tom', rules: newYork }],
    pages,
    shifts: [0, 1, 2, 3].map((w) => ({ person: w === 2 ? 'ana' : 'dev', start: from + w * WEEK, end: from + (w + 1) * WEEK })),
    incidents: [{ startedAt: from + HOUR, participants: ['dev', 'ana'] }, { startedAt: from - HOUR, participants: ['dev'] }],
    sloAlertEpisodes: null,
    thresholds: DEFAULT_THRESHOLDS,
    ...over,
  };
}

describe('team on-call figures', () => {
  // Tuesday 13 Jan 02:00Z: 03:00 Berlin (sleep, off hours) but 21:00 Monday in New York (off hours, not sleep).
  const pages = [
    ...Array.from({ length: 9 }, (_, i) => page('dev', `2026-01-${String(13 + i).padStart(2, '0')}T02:00:00Z`)),
    page('ana', '2026-01-28T10:00:00Z', { actionable: true, alert: 'LedgerDrift', service: 'ledger' }), // Wednesday 11:00 Berlin: in hours
    page('tom', '2026-01-13T02:00:00Z', { resolvedAt: Date.parse('2026-01-13T02:03:00Z') }),
    page('tom', '2026-01-01T12:00:00Z'), // before the window
  ];
  const t = teamOncall(input(pages));

  it('counts each page in its own person’s zone', () => {
    // dev: 9 pages at 03:00 Berlin, 13–21 Jan (17th and 18th are a weekend).
    expect(t).toMatchObject({ pages: 11, offHoursPages: 10, sleepHoursPages: 9, weekendPages: 2, members: 3 });
    const tom = t.people.find((p) => p.person === 'tom')!;
    expect(tom).toMatchObject({ pages: 1, offHoursPages: 1, sleepHoursPages: 0, zone: 'America/New_York' });
  });
  it('load Gini over all active members, zeros included', () => {
    // Counts 9, 1, 1: Σ|xi−xj| = 2·(8 + 8 + 0) = 32; 2·9·(11/3) = 66.
    expect(t.loadGini).toBeCloseTo(32 / 66, 12);
  });
  it('noise: pages per shift, actionable and self-resolved shares', () => {
    expect(t).toMatchObject({ shifts: 4, pagesPerShift: 11 / 4, actionable: 1, actionableKnown: 11, selfResolved: 1 });
    expect(t.selfResolvedShare).toBeCloseTo(1 / 11, 12);
    expect(t.noisyAlerts[0]).toMatchObject({ service: 'payments-api', alert: 'QueueLag', pages: 10, notActionable: 10 });
  });
  it('per person: on-call hours, incidents worked in the window, share of the team’s pages', () => {
    const dev = t.people.find((p) => p.person === 'dev')!;
    expect(dev).toMatchObject({ onCallHours: 3 * 168, incidentsWorked: 1, weeks: 4 });
    expect(dev.shareOfTeamPages).toBeCloseTo(9 / 11, 12);
  });
  it('flags dev’s sleep-hour pages with the threshold beside them and the alert that caused them', () => {
    const dev = t.people.find((p) => p.person === 'dev')!;
    const sleep = dev.flags.find((f) => f.key === 'sleepHours')!;
    expect(sleep).toMatchObject({ value: 9 / 4, threshold: DEFAULT_THRESHOLDS.sleepHoursPerWeek, unit: 'per week', n: 9, causes: [{ service: 'payments-api', alert: 'QueueLag', pages: 9 }] });
    expect(dev.flags.map((f) => f.key).sort()).toEqual(['loadShare', 'offHours', 'onCallHours', 'sleepHours']); // 2 weekend pages: below minPages and 1 a week
    expect(t.people.find((p) => p.person === 'ana')!.flags).toEqual([]);
  });
  it('with no history the trends say so instead of guessing', () => {
    expect(t.trends.offHours4.verdict).toBe('not-enough-data');
    expect(t.people[0]!.trends.offHours13.verdict).toBe('not-enough-data');
  });
  it('a team where nobody was paged has no Gini, no shares and no flags', () => {
    const quiet = teamOncall(input([]));
    expect(quiet).toMatchObject({ pages: 0, loadGini: null, actionableShare: null, selfResolvedShare: null, flags: [] });
    expect(quiet.people.every((p) => p.flags.every((f) => f.key === 'onCallHours'))).toBe(true);
  });
  it('flags a team trend when the last 4 weeks are well above the team’s previous year', () => {
    const history: OncallPage[] = [];
    // One off-hours page every other week for a year before the window, then 3 a week.
    for (let w = 1; w <= 52; w += 2) history.push(page('ana', new Date(from - w * WEEK + 20 * HOUR).toISOString()));
    const s = teamOncall(input([...history, ...pages, page('ana', '2026-01-30T20:00:00Z'), page('ana', '2026-02-02T21:00:00Z')]));
    expect(s.trends.offHours4.verdict).toBe('higher');
    expect(s.flags.map((f) => f.key)).toContain('offHoursTrend4');
    expect(s.flags.find((f) => f.key === 'offHoursTrend4')).toMatchObject({ unit: 'p-value', threshold: 0.01 });
  });
});
