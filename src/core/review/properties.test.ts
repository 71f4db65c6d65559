import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleStates, transition } from './cycle.js';
import { noSurpriseFlags, type SharedFeedbackFact } from './no-surprises.js';
import { cycleIn, day, publishedRubric, rating, t0 } from './review.test-helpers.js';

const signals = ['code-quality', 'collaboration', 'growth-at-level'] as const;

describe('review properties', () => {
  it('a needs-support rating is flagged exactly when no same-signal feedback was shared with the person 30+ days before', () => {
    const feedback = fc.array(
      fc.record({
        id: fc.uuid(),
        person: fc.constantFrom('jonas', 'mei'),
        signal: fc.constantFrom<string | null>(...signals, null),
        sharedAt: fc.option(fc.integer({ min: -120, max: 30 }).map((d) => t0 + 100 * day + d * day), { nil: null }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(feedback, fc.constantFrom(...signals), (items: SharedFeedbackFact[], signal) => {
        const r = rating({ signal, at: t0 + 100 * day });
        const earlyEnough = items.some((f) => f.person === 'jonas' && f.signal === signal && f.sharedAt !== null && r.at - f.sharedAt >= 30 * day);
        expect(noSurpriseFlags([r], items).length).toBe(earlyEnough ? 0 : 1);
      }),
    );
  });

  it('whatever is asked, a cycle only ever moves one state forward, and its history stays in state order', () => {
    const rubric = publishedRubric(t0 - day);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cycleStates), { maxLength: 20 }), (asks) => {
        let c = cycleIn('draft');
        asks.forEach((to, i) => {
          const before = cycleStates.indexOf(c.state);
          const r = transition(c, to, t0 + i * day, { rubric });
          if (r.ok) {
            expect(cycleStates.indexOf(r.value.state)).toBe(before + 1);
            c = r.value;
          }
        });
        expect(c.history.map((h) => h.state)).toEqual(cycleStates.slice(0, cycleStates.indexOf(c.state) + 1));
      }),
    );
  });
});
