import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-oncall-'));
  db = join(dir, 'o.db');
  const lines = [
    { kind: 'team', id: 'payments', name: 'Payments', timezone: 'Europe/Berlin' },
    { kind: 'person', id: 'dev', name: 'Dev Patel', team: 'payments' },
    { kind: 'person', id: 'ana', name: 'Ana Ruiz', team: 'payments', timezone: 'America/New_York' },
    { kind: 'person', id: 'kim', name: 'Kim Lee', team: 'payments' },
    { kind: 'service', id: 'payments-api', name: 'payments-api', team: 'payments' },
    { kind: 'oncall_shift', id: 's1', person: 'dev', start: '2026-01-05T08:00:00Z', end: '2026-01-12T08:00:00Z' },
    { kind: 'oncall_shift', id: 's2', person: 'ana', start: '2026-01-12T08:00:00Z', end: '2026-01-19T08:00:00Z' },
    // Tue 03:00 Berlin: off hours and sleep hours for dev.
    { kind: 'page', id: 'p1', at: '2026-01-06T02:00:00Z', person: 'dev', service: 'payments-api', alert: 'QueueLag', actionable: false, resolvedAt: '2026-01-06T02:04:00Z' },
    // Sat 10:00 Berlin: weekend, off hours.
    { kind: 'page', id: 'p2', at: '2026-01-10T09:00:00Z', person: 'dev', service: 'payments-api', alert: 'QueueLag', actionable: false },
    // Wed 11:00 Berlin: in hours.
    { kind: 'page', id: 'p3', at: '2026-01-07T10:00:00Z', person: 'dev', service: 'payments-api', alert: 'ErrorRate', actionable: true },
    // Tue 13 Jan 02:00Z is Mon 21:00 in New York: off hours, not sleep hours, for ana.
    { kind: 'page', id: 'p4', at: '2026-01-13T02:00:00Z', person: 'ana', service: 'payments-api', alert: 'QueueLag' },
  ];
  writeFileSync(join(dir, 'o.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  expect((await runCli(['import', '--db', db, join(dir, 'o.jsonl')])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trellis oncall', () => {
  // Exactly the two weekly shifts: 2 shift-equivalents (a window cutting a shift counts its fraction).
  const window = ['--from', '2026-01-05T08:00:00Z', '--to', '2026-01-19T08:00:00Z'];
  it('--json: the contract keys at the top level, team figures only', async () => {
    const r = await runCli(['oncall', '--db', db, '--team', 'payments', ...window, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ pages: 4, offHoursPages: 3, sleepHoursPages: 1, weekendPages: 1, pagesPerShift: 2, selfResolvedShare: 0.25 });
    expect(out.actionableShare).toBeCloseTo(1 / 3, 12);
    // Counts 3, 1, 0: Σ|xi−xj| = 2·(2 + 3 + 1) = 12; 2·9·(4/3) = 24.
    expect(out.loadGini).toBeCloseTo(0.5, 12);
    for (const key of ['pages', 'offHoursPages', 'sleepHoursPages', 'weekendPages', 'loadGini', 'pagesPerShift', 'actionableShare', 'selfResolvedShare']) expect(out).toHaveProperty(key);
    // Never a person: no id or name of a member anywhere in the output.
    for (const who of ['dev', 'ana', 'kim', 'Dev Patel', 'Ana Ruiz']) expect(r.stdout).not.toContain(`"${who}"`);
    expect(r.stdout).not.toMatch(/Patel|Ruiz|Kim Lee/);
    expect(out.sloAlertEpisodesPerWeek).toBeNull();
  });
  it('reads as text, with --help examples, and refuses bad input with exit 2', async () => {
    const r = await runCli(['oncall', '--db', db, '--team', 'payments', ...window]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('On-call health of Payments');
    expect(r.stdout).toContain('payments-api / QueueLag: 3 pages');
    expect((await runCli(['oncall', '--help'])).stdout).toContain('trellis oncall --team payments');
    expect((await runCli(['oncall', '--db', db])).code).toBe(2);
    expect((await runCli(['oncall', '--db', db, '--team', 'payments', '--from', 'yesterday'])).code).toBe(2);
    expect((await runCli(['oncall', '--db', db, '--team', 'payments', '--from', '2026-02-01T00:00:00Z', '--to', '2026-01-01T00:00:00Z'])).code).toBe(2);
    expect((await runCli(['oncall', '--db', db, '--team', 'nope'])).code).toBe(1);
  });
});
