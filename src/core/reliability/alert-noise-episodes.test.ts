import { describe, expect, it } from 'vitest';
import { followedByBurn, noiseEpisodes } from './alert-noise-episodes.js';
import { DAY, HOUR, MINUTE } from './duration.js';
import { minutes, slo, sourceOf } from './test-helpers.js';

const START = Date.UTC(2026, 2, 1);
const END = START + 40 * DAY;
const BLIP = START + 35 * DAY; // ten minutes at 100 bad a minute, then nothing
const OUTAGE = START + 37 * DAY; // two hours at 100 bad a minute

const def = slo(); // Occurrences, 99.9 %, 30 days rolling
const slices = minutes(START, END, 1000, (t) => ((t >= BLIP && t < BLIP + 10 * MINUTE) || (t >= OUTAGE && t < OUTAGE + 2 * HOUR) ? 100 : 0));
const source = sourceOf(def, slices, START, END);

describe('SLO alert episodes for on-call noise', () => {
  const episodes = noiseEpisodes(def, source, { from: START + 34 * DAY, to: END }, END);
  const pages = episodes.filter((e) => e.severity === 'page');

  it('finds the page of the blip and of the outage, each with its start', () => {
    const starts = pages.map((e) => new Date(e.start).toISOString());
    expect(starts).toContain('2026-04-05T00:10:00.000Z');
    expect(starts).toContain('2026-04-07T00:10:00.000Z');
  });

  it('judges the blip as not followed by real burn and the outage as followed by it', () => {
    const blip = pages.find((e) => e.start >= BLIP && e.start < BLIP + HOUR)!;
    const outage = pages.find((e) => e.start >= OUTAGE && e.start < OUTAGE + HOUR)!;
    expect(blip.followedByBurn).toBe(false);
    expect(outage.followedByBurn).toBe(true);
    expect(blip).toMatchObject({ slo: 'checkout-availability', service: 'checkout' });
  });

  it('is exact at the 2 % threshold, and null when the following hour is not in the data', () => {
    // Budget over 30 days: 0.1 % of 43,200,000 = 43,200 bad; 2 % of it is 864 bad in the hour.
    const at = START + 32 * DAY;
    const hand = minutes(START, at + HOUR, 1000, (t) => (t === at ? 864 : 0));
    expect(followedByBurn(def, sourceOf(def, hand, START, at + HOUR), at, at + HOUR)).toBe(true);
    const under = minutes(START, at + HOUR, 1000, (t) => (t === at ? 863 : 0));
    expect(followedByBurn(def, sourceOf(def, under, START, at + HOUR), at, at + HOUR)).toBe(false);
    expect(followedByBurn(def, sourceOf(def, hand, START, at + HOUR), at, at + 30 * MINUTE)).toBeNull();
  });
});
