import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphaMetrics, krippendorffAlpha } from './krippendorff.js';
import type { Rating } from './ratings.js';

/** Up to 5 raters × 12 units on a 1–5 scale with some values missing. */
const ratingsArb = fc
  .array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), { minLength: 2, maxLength: 12 }), { minLength: 2, maxLength: 5 })
  .map((rows) => rows.flatMap((row, r) => row.flatMap((value, u) => (value === null ? [] : [{ rater: `r${r}`, unit: `u${u}`, value }]))));

const close = (a: number | null, b: number | null) => (a === null ? expect(b).toBeNull() : expect(b).toBeCloseTo(a, 9));

describe("Krippendorff's alpha: properties", () => {
  it('is 1 when every rater gives each unit the same value (and the units differ)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 20 }), fc.integer({ min: 2, max: 6 }), (unitValues, raters) => {
        fc.pre(new Set(unitValues).size > 1);
        const ratings: Rating[] = [];
        unitValues.forEach((value, u) => { for (let r = 0; r < raters; r++) ratings.push({ rater: `r${r}`, unit: `u${u}`, value }); });
        for (const metric of alphaMetrics) expect(krippendorffAlpha(ratings, metric).alpha).toBeCloseTo(1, 12);
      }),
    );
  });

  it('does not change when raters are renamed or units and ratings are reordered', () => {
    const shuffledArb = ratingsArb.chain((ratings) => fc.tuple(fc.constant(ratings), fc.shuffledSubarray(ratings, { minLength: ratings.length, maxLength: ratings.length })));
    fc.assert(
      fc.property(shuffledArb, ([ratings, shuffled]) => {
        const renamed = shuffled.map((r) => ({ ...r, rater: `x-${r.rater.split('').reverse().join('')}`, unit: `unit-${r.unit}` }));
        for (const metric of alphaMetrics) close(krippendorffAlpha(ratings, metric).alpha, krippendorffAlpha(renamed, metric).alpha);
      }),
    );
  });

  it('does not change when a unit with a single value is added', () => {
    fc.assert(
      fc.property(ratingsArb, fc.integer({ min: 1, max: 5 }), (ratings, value) => {
        const more = [...ratings, { rater: 'r0', unit: 'lonely', value }];
        // A value never seen before would widen the scale the interval/ratio metrics use — but not
        // their distances; alpha still must not move.
        for (const metric of alphaMetrics) close(krippendorffAlpha(ratings, metric).alpha, krippendorffAlpha(more, metric).alpha);
      }),
    );
  });

  it('never exceeds 1', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        for (const metric of alphaMetrics) {
          const a = krippendorffAlpha(ratings, metric).alpha;
          if (a !== null) expect(a).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
