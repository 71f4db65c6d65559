import { describe, expect, it } from 'vitest';
import { day, example, items, ladder } from './promotion.test-helpers.js';
import { targetDimensions } from './target-dimensions.js';
import { checkExample } from './validate-example.js';

const targets = targetDimensions(ladder, 'l4');
const mei = { id: 'mei', name: 'Mei Lin' };
const draft = (rest: Partial<ReturnType<typeof example>> = {}) => {
  const { id: _id, position: _p, ...d } = example('x', ['ops'], ['ev-rollout'], rest);
  return d;
};

describe('checking a case file', () => {
  it('accepts a complete example, trimming text and dropping repeats', () => {
    const o = checkExample({ ...draft(), problem: '  Slow releases  ', dimensions: ['ops', 'ops'], evidence: ['ev-rollout', ' ev-rollout'] }, targets, items, mei);
    expect(o).toMatchObject({ ok: true, value: { problem: 'Slow releases', dimensions: ['ops'], evidence: ['ev-rollout'] } });
  });

  it('names the field of each problem', () => {
    const reason = (d: ReturnType<typeof draft>) => {
      const o = checkExample(d, targets, items, mei);
      return o.ok ? null : o.reason;
    };
    expect(reason(draft({ problem: ' ' }))).toBe('problem: say what problem the work solved');
    expect(reason(draft({ from: day('2026-03-01'), to: day('2026-02-01') }))).toBe('to: 2026-02-01 is before the start, 2026-03-01');
    expect(reason(draft({ dimensions: ['charisma'] }))).toBe('dimensions: "charisma" is not a dimension of the target level (scope, ops, mentoring)');
    expect(reason(draft({ result: 'x'.repeat(4001) }))).toBe('result: must be at most 4000 characters');
  });

  it('refuses another person’s item in the same words as a missing one', () => {
    const other = checkExample(draft({ evidence: ['ev-other'] }), targets, items, mei);
    const missing = checkExample(draft({ evidence: ['nope'] }), targets, items, mei);
    expect(other).toEqual({ ok: false, reason: 'evidence: "ev-other" is not an evidence item of Mei Lin; cite items of their living document' });
    expect(missing).toEqual({ ok: false, reason: 'evidence: "nope" is not an evidence item of Mei Lin; cite items of their living document' });
  });
});
