import { describe, expect, it } from 'vitest';
import type { ReviewCycle } from '../review/cycle.js';
import { createSession, lockSession, mayChangeRatings, openSession } from './session.js';

const cycle = (state: ReviewCycle['state'], kind: ReviewCycle['kind'] = 'annual'): ReviewCycle => ({ id: 'c', kind, name: '2026 annual', periodFrom: 0, periodTo: 1, state, rubric: { id: 'r', version: 1 }, ladder: null, history: [] });

describe('calibration session', () => {
  const made = createSession(cycle('writing'), { id: 's', at: 1, by: 'acct-priya' });
  const session = made.ok ? made.value : null;

  it('is prepared for a rated cycle before it is finalized; never for a check-in', () => {
    expect(session?.state).toBe('pre-rating');
    expect(createSession(cycle('writing', 'check-in'), { id: 's', at: 1, by: null }).ok).toBe(false);
    expect(createSession(cycle('finalized'), { id: 's', at: 1, by: null }).ok).toBe(false);
  });

  it('opens only when the cycle is calibrating, then locks; a locked session refuses changes', () => {
    expect(mayChangeRatings(session).ok).toBe(false);
    const early = openSession(session!, cycle('writing'), { at: 2, by: null });
    expect(early.ok ? '' : early.reason).toMatch(/opens when the cycle is calibrating/);
    const opened = openSession(session!, cycle('calibrating'), { at: 2, by: 'acct-priya' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(mayChangeRatings(opened.value).ok).toBe(true);
    const locked = lockSession(opened.value, { at: 3, by: 'acct-priya' });
    expect(locked.ok).toBe(true);
    if (!locked.ok) return;
    const refused = mayChangeRatings(locked.value);
    expect(refused.ok ? '' : refused.reason).toMatch(/locked/);
    expect(lockSession(locked.value, { at: 4, by: null }).ok).toBe(false);
    expect(openSession(locked.value, cycle('calibrating'), { at: 4, by: null }).ok).toBe(false);
  });

  it('lets ratings change in a cycle without a session (calibration as before)', () => {
    expect(mayChangeRatings(null).ok).toBe(true);
  });
});
