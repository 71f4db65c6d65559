/**
 * The ladder Trellis ships as its default (data/ladders/trellis/engineering.yml): written for
 * Trellis, six levels × six dimensions with operational responsibility and mentoring among them,
 * every cell with two or three observable examples — and nothing in it the feedback lint flags,
 * since a ladder that says "strong communication" teaches nobody what to do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLadder } from '../../core/ladder/parse-ladder.js';
import { findVagueCells } from '../../core/ladder/vague-cells.js';
import { bundledLadders, readBundledLadder } from './bundled-ladders.js';

const text = readFileSync(new URL('../../../data/ladders/trellis/engineering.yml', import.meta.url), 'utf8');
const parsed = parseLadder(text, 'engineering.yml');
if (!parsed.ok) throw new Error(`the default ladder does not parse: ${JSON.stringify(parsed.problems)}`);
const ladder = parsed.ladder;

describe('the default Trellis ladder', () => {
  it('is in Trellis’s own format, written for Trellis, with no other organisation’s attribution', () => {
    expect(parsed.format).toBe('native');
    expect(ladder.source?.licence).toBeUndefined();
    expect(ladder.source?.notes).toContain('written for Trellis');
  });

  it('has six levels and six dimensions, operational responsibility and mentoring among them', () => {
    expect(ladder.levels.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ladder.dimensions.map((d) => d.name)).toEqual(expect.arrayContaining(['Operational responsibility', 'Mentoring']));
    expect(ladder.dimensions).toHaveLength(6);
  });

  it('fills every level × dimension cell, each with two or three observable examples', () => {
    expect(ladder.cells).toHaveLength(36);
    for (const l of ladder.levels) {
      for (const d of ladder.dimensions) {
        const cell = ladder.cells.find((c) => c.level === l.id && c.dimension === d.id);
        expect(cell, `${l.id} × ${d.id}`).toBeDefined();
        for (const e of cell!.entries) {
          expect(e.summary.length, `${l.id} × ${d.id} summary`).toBeGreaterThan(20);
          expect(e.examples.length, `${l.id} × ${d.id} examples`).toBeGreaterThanOrEqual(2);
          expect(e.examples.length, `${l.id} × ${d.id} examples`).toBeLessThanOrEqual(3);
        }
      }
    }
  });

  it('is lint-clean: the feedback lint finds nothing in any summary or example', () => {
    expect(findVagueCells(ladder).map((f) => `${f.level} × ${f.dimension}${f.example === undefined ? '' : ` example ${f.example}`}: ${f.rule} "${f.word}"`)).toEqual([]);
  });

  it('places every demo level, managers beside the staff levels', () => {
    const placed = (alias: string) => ladder.levels.find((l) => l.aliases?.includes(alias))?.id;
    expect(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'M1', 'M2', 'M3'].map(placed)).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l4', 'l5', 'l6']);
  });

  it('is the first bundled ladder, and the FT’s stays offered with its attribution', async () => {
    expect(bundledLadders.map((l) => l.id)).toEqual(['trellis-engineering', 'ft-engineering']);
    expect((await readBundledLadder('trellis-engineering'))?.text).toBe(text);
    expect(bundledLadders[1]!.attribution?.licence).toContain('Financial Times');
  });
});
