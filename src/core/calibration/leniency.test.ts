import { describe, expect, it } from 'vitest';
import { fitAdditiveModel } from './additive-model.js';
import { raterLeniency } from './leniency.js';
import { centralTendency, halo } from './rater-patterns.js';
import type { Rating } from './ratings.js';

/** Three raters on `units` packets; `lenient` adds `offset` to rater c's values, with a little noise. */
function panel(units: number, offset: number): Rating[] {
  const out: Rating[] = [];
  for (let u = 0; u < units; u++) {
    const base = 2 + (u % 3);
    out.push({ rater: 'a', unit: `p${u}`, value: base }, { rater: 'b', unit: `p${u}`, value: base + (u % 2 === 0 ? 0 : 0) });
    out.push({ rater: 'c', unit: `p${u}`, value: base + offset + (u % 4 === 0 ? 0.5 : 0) });
  }
  return out;
}

describe('rater leniency', () => {
  it('flags a rater one point above the others on every shared packet, once there are 5 shared packets', () => {
    const c = raterLeniency(panel(6, 1)).find((l) => l.rater === 'c')!;
    expect(c.n).toBe(6);
    expect(c.meanDifference).toBeGreaterThan(1);
    expect(c.z).toBeGreaterThan(2);
    expect(c).toMatchObject({ flagged: true, direction: 'lenient' });
  });

  it('does not flag the same pattern on 4 shared packets, and says why', () => {
    const c = raterLeniency(panel(4, 1)).find((l) => l.rater === 'c')!;
    expect(c.flagged).toBe(false);
    expect(c.note).toMatch(/fewer than 5 shared units/);
  });

  it('flags a severe rater with the other sign', () => {
    const c = raterLeniency(panel(8, -1)).find((l) => l.rater === 'c')!;
    expect(c).toMatchObject({ flagged: true, direction: 'severe' });
  });

  it('computes d and z by the definition on a small case', () => {
    // Rater x vs the mean of the others on three packets: +1, +2, 0 → d = 1, s_d = 1, z = 1/(1/√3) = √3.
    const ratings: Rating[] = [
      { rater: 'x', unit: '1', value: 3 }, { rater: 'y', unit: '1', value: 2 }, { rater: 'z', unit: '1', value: 2 },
      { rater: 'x', unit: '2', value: 4 }, { rater: 'y', unit: '2', value: 2 }, { rater: 'z', unit: '2', value: 2 },
      { rater: 'x', unit: '3', value: 2 }, { rater: 'y', unit: '3', value: 2 }, { rater: 'z', unit: '3', value: 2 },
    ];
    const x = raterLeniency(ratings).find((l) => l.rater === 'x')!;
    expect(x.meanDifference).toBeCloseTo(1, 12);
    expect(x.z).toBeCloseTo(Math.sqrt(3), 12);
  });
});

describe('the additive model', () => {
  it("recovers a rater's offset when raters rated different packets", () => {
    // Packet quality q_u; rater effects a −0.5, b 0, c +0.5; c rated only the weaker packets.
    const q = [1, 2, 3, 4, 5, 6];
    const ratings: Rating[] = [];
    q.forEach((quality, u) => {
      ratings.push({ rater: 'a', unit: `p${u}`, value: quality - 0.5 }, { rater: 'b', unit: `p${u}`, value: quality });
      if (u < 3) ratings.push({ rater: 'c', unit: `p${u}`, value: quality + 0.5 });
    });
    const m = fitAdditiveModel(ratings)!;
    expect(m.raterEffects.a).toBeCloseTo(-0.5, 6);
    expect(m.raterEffects.b).toBeCloseTo(0, 6);
    expect(m.raterEffects.c).toBeCloseTo(0.5, 6);
  });
});

describe('central tendency and halo', () => {
  it('raises a rater who gives everyone the middle value', () => {
    const ratings: Rating[] = [];
    for (let u = 0; u < 6; u++) {
      const v = 1 + (u % 5);
      ratings.push({ rater: 'a', unit: `p${u}`, value: v }, { rater: 'b', unit: `p${u}`, value: v }, { rater: 'mid', unit: `p${u}`, value: 3 });
    }
    const mid = centralTendency(ratings).find((c) => c.rater === 'mid')!;
    expect(mid.spreadRatio).toBe(0);
    expect(mid.flagged).toBe(true);
    expect(centralTendency(ratings).find((c) => c.rater === 'a')!.flagged).toBe(false);
  });

  it('raises a rater whose signals all move together when peers tell signals apart', () => {
    const ratings = [];
    const signals = ['impact', 'craft', 'collaboration'];
    for (let p = 0; p < 6; p++) {
      for (const [i, signal] of signals.entries()) {
        ratings.push({ rater: 'halo', subject: `s${p}`, signal, value: 1 + (p % 4) });
        ratings.push({ rater: 'peer', subject: `s${p}`, signal, value: 1 + ((p * (i + 1) + i) % 4) });
      }
    }
    const h = halo(ratings);
    expect(h.find((x) => x.rater === 'halo')).toMatchObject({ flagged: true, meanSignalCorrelation: 1, n: 6 });
    expect(h.find((x) => x.rater === 'peer')!.flagged).toBe(false);
  });
});
