import { describe, expect, it } from 'vitest';
import { cycleCoverage, leftOutSentence } from './coverage.js';

const p = (id: string, team: string | null, active = true) => ({ id, name: id.toUpperCase(), team, active });

describe('who a cycle covers', () => {
  it('covers active people with a team and names the active people without one; people who left are neither', () => {
    const c = cycleCoverage([p('amara', 'platform'), p('admin', null), p('left', 'platform', false), p('hannah', null), p('gone', null, false)]);
    expect(c.covered.map((x) => x.id)).toEqual(['amara']);
    expect(c.leftOut.map((x) => x.id)).toEqual(['admin', 'hannah']);
  });

  it('says who is left out in a sentence, singular or plural, and nothing when nobody is', () => {
    expect(leftOutSentence([])).toBeNull();
    expect(leftOutSentence([{ name: 'Omar Haddad' }])).toBe('1 active person has no team and is not in this cycle: Omar Haddad.');
    expect(leftOutSentence([{ name: 'Admin' }, { name: 'Hannah Cole' }, { name: 'Omar Haddad' }])).toBe('3 active people have no team and are not in this cycle: Admin, Hannah Cole, Omar Haddad.');
  });
});
