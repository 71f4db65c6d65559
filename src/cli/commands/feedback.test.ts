import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-feedback-'));
  writeFileSync(join(dir, 'review.txt'), 'Solid year.\nShe can be abrasive.\n');
  writeFileSync(join(dir, 'words.json'), JSON.stringify({ personality: ['prickly'] }));
  writeFileSync(join(dir, 'typo.json'), JSON.stringify({ personallity: ['prickly'] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trellis feedback lint', () => {
  it('prints a JSON list of {rule, start, end, message, suggestion} from stdin', async () => {
    const r = await runCli(['feedback', 'lint', '--json'], { input: 'Great job, a real team player.' });
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout);
    expect(findings.map((f: { rule: string; start: number; end: number }) => [f.rule, f.start, f.end])).toEqual([
      ['vaguePraise', 0, 9],
      ['vaguePraise', 18, 29],
    ]);
    expect(Object.keys(findings[0]).sort()).toEqual(['end', 'message', 'rule', 'start', 'suggestion']);
  });

  it('reads a file and names line and column without --json', async () => {
    const r = await runCli(['feedback', 'lint', join(dir, 'review.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/review\.txt:1:1 vaguePraise "Solid"/);
    expect(r.stdout).toMatch(/review\.txt:2:12 personality "abrasive"/);
  });

  it("extends the word lists with the organisation's file, and refuses an unknown list by name", async () => {
    const ok = await runCli(['feedback', 'lint', '--json', '--words', join(dir, 'words.json')], { input: 'He is prickly.' });
    expect(JSON.parse(ok.stdout).map((f: { rule: string }) => f.rule)).toEqual(['personality']);
    const bad = await runCli(['feedback', 'lint', '--words', join(dir, 'typo.json')], { input: 'x' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/typo\.json: personallity: not a word list/);
  });

  it('a text with nothing to flag gives an empty list', async () => {
    const r = await runCli(['feedback', 'lint', '--json'], { input: 'Your runbook cut the checkout outage from 40 to 12 minutes.' });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
