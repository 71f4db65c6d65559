import { describe, expect, it } from 'vitest';
import { buildAgenda } from './agenda.js';
import { cadenceProblem, cadenceState } from './cadence.js';

const at = (d: string) => Date.parse(`${d}T12:00:00Z`);

describe('1:1 cadence', () => {
  it('is due a cadence after the last 1:1 and overdue only past the grace days', () => {
    expect(cadenceState('2026-03-01', 14, at('2026-03-15'))).toEqual({ dueOn: '2026-03-15', overdue: false, daysOverdue: 0 });
    expect(cadenceState('2026-03-01', 14, at('2026-03-18'))).toEqual({ dueOn: '2026-03-15', overdue: false, daysOverdue: 0 });
    expect(cadenceState('2026-03-01', 14, at('2026-03-19'))).toEqual({ dueOn: '2026-03-15', overdue: true, daysOverdue: 1 });
    expect(cadenceState('2026-03-01', 7, at('2026-04-01'))).toMatchObject({ dueOn: '2026-03-08', overdue: true, daysOverdue: 21 });
  });

  it('counts a pair that never met as overdue', () => {
    expect(cadenceState(null, 14, at('2026-03-01'))).toEqual({ dueOn: null, overdue: true, daysOverdue: 0 });
  });

  it('accepts whole days from 1 to 90', () => {
    expect(cadenceProblem(14)).toBeNull();
    expect(cadenceProblem(0)).toMatch(/between 1 and 90/);
    expect(cadenceProblem(91)).toMatch(/between 1 and 90/);
    expect(cadenceProblem(2.5)).toMatch(/whole number/);
  });
});

describe('1:1 agenda', () => {
  it('lists the template headings, then the open action items carried over, then what was added', () => {
    const agenda = buildAgenda({ sections: [{ heading: 'Since last time', prompt: '' }, { heading: 'Growth', prompt: '' }] }, [{ id: 'a1', text: 'Draft the indexer runbook', ownerName: 'Jonas Weber', dueOn: '2026-03-10' }], ['Conference budget', ' ']);
    expect(agenda).toEqual([
      { text: 'Since last time', source: 'template' },
      { text: 'Growth', source: 'template' },
      { text: 'Draft the indexer runbook (Jonas Weber, due 2026-03-10)', source: 'carried-over', action: 'a1' },
      { text: 'Conference budget', source: 'added' },
    ]);
  });
});
