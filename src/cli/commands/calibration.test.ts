import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { krippendorff2011 } from '../../core/calibration/calibration.test-vectors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-calibration-'));
  writeFileSync(join(dir, 'k2011.csv'), ['rater,unit,value', ...krippendorff2011.map((r) => `${r.rater},${r.unit},${r.value}`)].join('\n'));
  writeFileSync(join(dir, 'bad.csv'), 'rater,unit,value\nana,p1,3\nben,p1,three\n');
  writeFileSync(join(dir, 'nocol.csv'), 'rater,packet,value\nana,p1,3\n');
  writeFileSync(join(dir, 'one.csv'), 'rater,unit,value\nana,p1,3\nana,p2,2\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trellis calibration agreement', () => {
  it('prints alpha for the four metrics, n, the interval and per-rater leniency as JSON', async () => {
    const r = await runCli(['calibration', 'agreement', join(dir, 'k2011.csv'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.alpha.nominal).toBeCloseTo(0.743, 3);
    expect(out.alpha.ordinal).toBeCloseTo(0.815, 3);
    expect(out.alpha.interval).toBeCloseTo(0.849, 3);
    expect(out.alpha.ratio).toBeCloseTo(0.797, 3);
    expect(out.n).toBe(40);
    expect(out.interval.low).toBeLessThan(out.alpha.ordinal);
    expect(out.interval.high).toBeGreaterThan(out.alpha.ordinal);
    expect(out.leniency.map((l: { rater: string }) => l.rater)).toEqual(['A', 'B', 'C', 'D']);
    expect(out.leniency.find((l: { rater: string }) => l.rater === 'C')).toMatchObject({ n: 10, flagged: expect.any(Boolean) });
  });

  it('prints a readable summary without --json, and reads stdin with -', async () => {
    const r = await runCli(['calibration', 'agreement', '-'], { input: 'rater,unit,value\na,1,1\nb,1,1\na,2,3\nb,2,3\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('alpha  ordinal 1.000');
    expect(r.stdout).toContain('reading: reliable');
  });

  it.each([
    ['bad.csv', /bad\.csv:3: value: "three" is not an integer/],
    ['nocol.csv', /nocol\.csv:1: unit: the header has no "unit" column/],
    ['one.csv', /one\.csv:2: rater: every rating is by "ana"/],
  ])('refuses %s with exit 2, naming line and column', async (name, message) => {
    const r = await runCli(['calibration', 'agreement', join(dir, name), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
