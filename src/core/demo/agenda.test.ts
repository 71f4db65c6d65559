import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Agenda } from './agenda.js';

describe('Agenda', () => {
  it('pops in time order, ties in the order they were pushed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        const agenda = new Agenda<number>();
        times.forEach((t, i) => agenda.push(t, i));
        const out: [number, number][] = [];
        for (let e = agenda.pop(); e !== undefined; e = agenda.pop()) out.push([e.at, e.item]);
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
    );
  });

  it('accepts pushes while popping (events that set off later events)', () => {
    const agenda = new Agenda<string>();
    agenda.push(10, 'deploy');
    agenda.push(30, 'deploy 2');
    const seen: string[] = [];
    for (let e = agenda.pop(); e !== undefined; e = agenda.pop()) {
      seen.push(e.item);
      if (e.item === 'deploy') agenda.push(20, 'rollback');
    }
    expect(seen).toEqual(['deploy', 'rollback', 'deploy 2']);
  });
});
