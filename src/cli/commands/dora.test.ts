import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';

/** Scenario C of spec/delivery.md: June 2024 production deployments, window [Jun 3, Jul 1). */
const days = [3, 4, 6, 9, 10, 12, 14, 18, 20, 20, 23, 24, 26, 28];
let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-dora-'));
  db = join(dir, 'dora.db');
  const lines = [
    { kind: 'team', id: 'platform', name: 'Platform' },
    { kind: 'service', id: 'svc', name: 'svc', team: 'platform' },
    ...days.map((d, i) => ({ kind: 'deployment', id: `d${i}`, service: 'svc', finishedAt: `2024-06-${String(d).padStart(2, '0')}T${10 + (i % 2)}:00:00Z`, commit: `c${i}` })),
  ];
  writeFileSync(join(dir, 'c.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  const r = await runCli(['import', '--db', db, join(dir, 'c.jsonl')]);
  expect(r.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trellis dora', () => {
  it('prints the DESIGN.md JSON keys for a service (scenario C)', async () => {
    const r = await runCli(['dora', '--db', db, '--service', 'svc', '--from', '2024-06-03T00:00:00Z', '--to', '2024-07-01T00:00:00Z', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.metrics.deploymentFrequency).toMatchObject({ deployments: 14, perWeek: 3.5, deployDaysPerWeek: 3, category: 'daily-to-weekly' });
    for (const key of ['leadTime', 'changeFailureRate', 'recoveryTime', 'reworkRate', 'timeToRestore', 'unattributedIncidents', 'undeployedChanges']) expect(out.metrics).toHaveProperty(key);
    expect(out.metrics.leadTime).toHaveProperty('medianHours');
    expect(out.metrics.changeFailureRate).toMatchObject({ rate: 0, failed: 0, deployments: 14 });
    expect(out.tier.report).toBe(2024);
    expect(out.metrics.deploymentFrequency.events).toBeUndefined();
  });

  it('gives each service its own figures at once with --all-services, the same as --service', async () => {
    const window = ['--from', '2024-06-03T00:00:00Z', '--to', '2024-07-01T00:00:00Z'];
    const r = await runCli(['dora', '--db', db, '--all-services', ...window, '--json']);
    expect(r.code).toBe(0);
    const all = JSON.parse(r.stdout);
    expect(all.map((s: { service: string }) => s.service)).toEqual(['svc']);
    const one = JSON.parse((await runCli(['dora', '--db', db, '--service', 'svc', ...window, '--json'])).stdout);
    expect(all[0].metrics).toEqual(one.metrics);
    expect(all[0].tier).toEqual(one.tier);
    expect((await runCli(['dora', '--db', db, '--all-services', '--team', 'platform'])).code).toBe(2);
    // With --events, each service lists the events behind its figures (the same as its own report's).
    const withEvents = JSON.parse((await runCli(['dora', '--db', db, '--all-services', ...window, '--json', '--events'])).stdout);
    const oneWithEvents = JSON.parse((await runCli(['dora', '--db', db, '--service', 'svc', ...window, '--json', '--events'])).stdout);
    expect(withEvents[0].metrics).toEqual(oneWithEvents.metrics);
    expect(withEvents[0].metrics.deploymentFrequency.events.deployments).toHaveLength(14);
  });

  it('says "not enough data" without a unit where a figure has no data (text output)', async () => {
    const window = ['--from', '2024-06-03T00:00:00Z', '--to', '2024-07-01T00:00:00Z'];
    const r = await runCli(['dora', '--db', db, '--service', 'svc', ...window]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Deployment frequency   14 deployments, 3.5/week, deploy-days/week 3.0, daily-to-weekly');
    expect(r.stdout).toContain('Change lead time       not enough data (n = 0)');
    expect(r.stdout).toContain('Recovery time          not enough data (n = 0, 0 open)');
    expect(r.stdout).toContain('Time to restore service not enough data (n = 0);');
    expect(r.stdout).not.toMatch(/data h\b/);
    const all = await runCli(['dora', '--db', db, '--all-services', ...window]);
    expect(all.stdout).toBe('svc  deployments 14  lead time median n/a (n 0)  CFR 0.0%  recovery median n/a  rework 0.0%\n');
  });

  it('needs exactly one scope, and names a bad date', async () => {
    expect((await runCli(['dora', '--db', db])).code).toBe(2);
    const bad = await runCli(['dora', '--db', db, '--team', 'platform', '--from', 'last week']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from: must be an ISO 8601 date or time');
    const missing = await runCli(['dora', '--db', db, '--service', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No service "nope"');
  });
});
