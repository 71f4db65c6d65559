import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';

let dir: string;
let db: string;
const at = (h: number) => new Date(Date.UTC(2024, 5, 3, 9) + h * 3_600_000).toISOString();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-friction-'));
  db = join(dir, 'f.db');
  const lines = [
    { kind: 'team', id: 'platform', name: 'Platform' },
    { kind: 'team', id: 'sre', name: 'SRE' },
    { kind: 'person', id: 'ana', name: 'Ana', team: 'platform' },
    { kind: 'person', id: 'bo', name: 'Bo', team: 'platform' },
    { kind: 'person', id: 'cy', name: 'Cy', team: 'sre' },
    { kind: 'service', id: 'svc', name: 'svc', team: 'platform' },
    { kind: 'pull_request', id: 'p1', service: 'svc', openedAt: at(0), author: 'ana', firstReviewAt: at(3), firstReviewer: 'bo', mergedAt: at(4), mergedBy: 'ana' },
    { kind: 'pull_request', id: 'p2', service: 'svc', openedAt: at(1), author: 'ana', firstReviewAt: at(31), firstReviewer: 'cy', mergedAt: at(33), mergedBy: 'cy' },
  ];
  writeFileSync(join(dir, 'prs.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  expect((await runCli(['import', '--db', db, join(dir, 'prs.jsonl')])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trellis friction', () => {
  const window = ['--from', at(-1), '--to', at(100)];
  it('prints the own-team and other-team waits as JSON, events only when asked', async () => {
    const r = await runCli(['friction', '--db', db, '--team', 'platform', ...window, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.review).toEqual({ ownTeam: { medianHours: 3, n: 1 }, otherTeams: { medianHours: 30, n: 1 }, unknownTeam: 0, pending: 0 });
    expect(out.waitingOn).toEqual([{ team: 'sre', review: { medianHours: 30, n: 1 }, merge: { medianHours: 32, n: 1 } }]);
    expect(out.events).toBeUndefined();
    const withEvents = JSON.parse((await runCli(['friction', '--db', db, '--team', 'platform', ...window, '--json', '--events'])).stdout);
    expect(withEvents.events).toHaveLength(4);
  });

  it('reads as text, and needs a known team', async () => {
    const r = await runCli(['friction', '--db', db, '--team', 'platform', ...window]);
    expect(r.stdout).toContain('Platform waits on:');
    expect(r.stdout).toContain('SRE: review median 30.0 h (n = 1)');
    expect((await runCli(['friction', '--db', db, '--team', 'nope'])).code).not.toBe(0);
    expect((await runCli(['friction', '--db', db])).code).toBe(2);
  });
});
