import { describe, expect, it } from 'vitest';
import { fixture } from './ladder.test-helpers.js';
import type { Ladder } from './model.js';
import { parseLadder } from './parse-ladder.js';
import { findVagueCells, ladderLinter } from './vague-cells.js';

const ladder = (summaries: string[], examples: string[] = []): Ladder => ({
  id: 't',
  name: 'T',
  cumulative: true,
  levels: [{ id: 'l1', name: 'L1', rank: 1 }],
  dimensions: [{ id: 'd', name: 'D' }],
  cells: [{ level: 'l1', dimension: 'd', entries: summaries.map((summary) => ({ summary, examples })) }],
});

describe('vague cell words', () => {
  it('flags each vague word with its cell, entry and span', () => {
    expect(findVagueCells(ladder(['Writes well-polished code', 'Has Strong opinions; good and great']))).toEqual([
      { level: 'l1', dimension: 'd', entry: 0, word: 'well-polished', rule: 'vaguePraise', start: 7, end: 20 },
      { level: 'l1', dimension: 'd', entry: 1, word: 'strong', rule: 'vaguePraise', start: 4, end: 10 },
      { level: 'l1', dimension: 'd', entry: 1, word: 'good', rule: 'vaguePraise', start: 21, end: 25 },
      { level: 'l1', dimension: 'd', entry: 1, word: 'great', rule: 'vaguePraise', start: 30, end: 35 },
    ]);
  });

  it('leaves observable behaviour and words that only contain a vague word alone', () => {
    expect(findVagueCells(ladder(['Ships a change behind a flag each week', 'Strengthens the on-call runbook', 'Goodwill with the data team', 'Uses polished-looking UI kits']))).toEqual([]);
  });

  it('checks examples too and takes an organisation’s own word list', () => {
    expect(findVagueCells(ladder(['Runs the rollout'], ['an excellent rollout']))).toEqual([{ level: 'l1', dimension: 'd', entry: 0, word: 'excellent', rule: 'vaguePraise', start: 3, end: 12, example: 0 }]);
    expect(findVagueCells(ladder(['Is a ninja']), ladderLinter(['ninja'])).map((f) => f.word)).toEqual(['ninja']);
    expect(findVagueCells(ladder(['Is a ninja']))).toEqual([]);
  });

  it('runs the whole feedback lint over cells: traits and absolutes too, but not "no outcome"', () => {
    expect(findVagueCells(ladder(['Is a natural leader who always answers pages']))).toMatchObject([
      { word: 'natural leader', rule: 'absolutes' },
      { word: 'always', rule: 'absolutes' },
    ]);
    expect(findVagueCells(ladder(['Writes the design doc for each service change and asks the owning team to review it before work starts']))).toEqual([]);
  });

  it('finds some vague cells in the FT ladder and none in most of it', () => {
    const r = parseLadder(fixture('ft-engineering-progression/engineering.yml'), 'engineering.yml');
    if (!r.ok) throw new Error('fixture did not import');
    const found = findVagueCells(r.ladder);
    const cells = new Set(found.map((f) => `${f.level}/${f.dimension}`));
    expect(cells.size).toBeGreaterThan(0);
    expect(cells.size).toBeLessThan(36);
  });
});
