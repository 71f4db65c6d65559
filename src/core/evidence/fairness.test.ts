import { describe, expect, it } from 'vitest';
import { fairnessChecks } from './fairness.js';
import type { EvidenceItem, OutcomeLink } from './item.js';
import type { EvidenceKind } from './kinds.js';
import { checkPrevention } from './prevention.js';
import { checkRecency } from './recency.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const link: OutcomeLink = { target: 'service', id: 'deploy-pipeline', at: day('2026-05-05'), windowDays: 90 };

let n = 0;
function item(date: string, kind: EvidenceKind = 'shipped', outcome: OutcomeLink | null = null): Pick<EvidenceItem, 'id' | 'title' | 'kind' | 'date' | 'outcome'> {
  n += 1;
  return { id: `e${n}`, title: `${kind} on ${date}`, kind, date: day(date), outcome };
}

/** A half-year review period: 1 January to 1 July 2026; its last six weeks start on 20 May. */
const period = { from: day('2026-01-01'), to: day('2026-07-01') };

describe('recency', () => {
  it('flags a period whose cited evidence all falls in its last six weeks', () => {
    const r = checkRecency([item('2026-05-20'), item('2026-06-30')], period);
    expect(r).toEqual({ flagged: true, cited: 2, recent: 2, weeks: 6, recentFrom: day('2026-05-20') });
  });

  it('does not flag when one item is older, however many recent ones there are', () => {
    const r = checkRecency([item('2026-05-19'), item('2026-06-01'), item('2026-06-02'), item('2026-06-20')], period);
    expect(r).toMatchObject({ flagged: false, cited: 4, recent: 3 });
  });

  it('ignores evidence outside the period and does not flag an empty period or one shorter than the window', () => {
    expect(checkRecency([item('2025-12-31'), item('2026-07-01')], period)).toMatchObject({ flagged: false, cited: 0 });
    expect(checkRecency([item('2026-06-25')], { from: day('2026-06-01'), to: day('2026-07-01') }).flagged).toBe(false);
  });
});

describe('prevention counted', () => {
  it('counts every kind and prompts when incident response outnumbers existing prevention work', () => {
    const r = checkPrevention([item('2026-02-01', 'prevention', link), item('2026-03-01', 'reliability'), ...['02-02', '02-09', '03-03'].map((d) => item(`2026-${d}`, 'incident-response'))]);
    expect(r.byKind).toEqual({ shipped: 0, 'incident-response': 3, prevention: 1, reliability: 1, mentoring: 0, 'glue-work': 0, learning: 0 });
    expect(r).toMatchObject({ prevention: 2, firefighting: 3, preventionWithOutcome: 1 });
    expect(r.prompt).toBe('2 prevention or reliability items beside 3 incident responses: weigh the incidents that did not happen as much as the ones that were worked.');
  });

  it('stays quiet when prevention is not outnumbered, or when there is none to weigh', () => {
    expect(checkPrevention([item('2026-02-01', 'prevention'), item('2026-02-02', 'incident-response')]).prompt).toBeNull();
    expect(checkPrevention([item('2026-02-02', 'incident-response'), item('2026-02-03', 'incident-response')]).prompt).toBeNull();
  });
});

describe('fairnessChecks', () => {
  it('a firefighter’s late, activity-only period raises all three flags', () => {
    const items = [item('2026-05-25', 'prevention'), item('2026-06-01', 'incident-response'), item('2026-06-10', 'incident-response', link), item('2025-11-01', 'shipped')];
    const r = fairnessChecks(items, period);
    expect(r.flags.map((f) => f.check)).toEqual(['recency', 'activity-not-outcome', 'prevention-counted']);
    expect(r.flags[0]?.message).toBe('All 3 evidence items of this period fall in its last 6 weeks: look further back before drawing conclusions.');
    expect(r.activity.items.map((i) => i.title)).toEqual(['prevention on 2026-05-25', 'incident-response on 2026-06-01']);
    expect(r.flags[1]?.message).toBe('2 of 3 items have no outcome link (activity): add one where the work changed a service, team or SLO.');
    // The item from November is outside the period and counts nowhere.
    expect(r.prevention.byKind.shipped).toBe(0);
  });

  it('a spread-out period with outcome links raises no flag', () => {
    const r = fairnessChecks([item('2026-01-20', 'prevention', link), item('2026-04-02', 'shipped', link), item('2026-06-15', 'reliability', link)], period);
    expect(r.flags).toEqual([]);
    expect(r.recency).toMatchObject({ flagged: false, cited: 3, recent: 1 });
  });
});
