import { describe, expect, it } from 'vitest';
import { narrativePrompt } from './narrative-consistency.js';

const scale = ['needs support', 'strong at level', 'exceeds'];

describe('rating ↔ narrative consistency prompts', () => {
  it('prompts on a low rating whose rationale only praises', () => {
    const p = narrativePrompt('needs support', 'Great year, a real team player and a pleasure to work with.', scale);
    expect(p?.kind).toBe('low-rating-praise-only');
    expect(p?.message).toMatch(/only praises/);
  });

  it('prompts on a high rating whose rationale reads only as concerns', () => {
    const p = narrativePrompt('exceeds', 'Missed the March deadline and needs to take more ownership of the indexer.', scale);
    expect(p?.kind).toBe('high-rating-concerns-only');
  });

  it('leaves a low rating with a concrete concern alone, and a middle rating always', () => {
    expect(narrativePrompt('needs support', 'The ranking change agreed in March has not shipped; two reviews came back for missing tests.', scale)).toBeNull();
    expect(narrativePrompt('strong at level', 'Great year.', scale)).toBeNull();
    expect(narrativePrompt('exceeds', 'Rollout automation cut the change failure rate from 18% to 6%: excellent work.', scale)).toBeNull();
  });

  it('says nothing on a one-value scale', () => {
    expect(narrativePrompt('ok', 'Great year.', ['ok'])).toBeNull();
  });
});
