/**
 * `trellis friction --team T`: cross-team dependency friction — how long the team's pull requests
 * wait for review and merge by its own team vs other teams, and team × team. Teams only: there
 * is no option for a person, by design.
 */
import type { Command } from 'commander';
import { teamFriction, type FrictionReport } from '../../app/delivery/dependency-friction.js';
import { systemRuntime } from '../../app/runtime.js';
import { operatorActor } from '../../core/access/actor.js';
import type { Wait } from '../../core/delivery/index.js';
import { dbOptionHelp, withStore } from '../context.js';
import { print, printJson } from '../output.js';
import { instant } from './dora.js';

interface FrictionOpts {
  team: string;
  from?: string;
  to?: string;
  events?: boolean;
  json?: boolean;
}

export function registerFriction(program: Command): void {
  program
    .command('friction')
    .description("Cross-team dependency friction (delivery context): how long a team's pull requests wait for review and merge by its own team vs other teams.")
    .option('--db <target>', dbOptionHelp)
    .requiredOption('--team <id>', 'the team whose pull requests are looked at')
    .option('--from <iso>', 'start of the window (default: 90 days before --to)')
    .option('--to <iso>', 'end of the window, exclusive (default: now)')
    .option('--events', 'with --json: include the pull requests behind every figure')
    .option('--json', 'machine-readable output')
    .addHelpText('after', `
Examples:
  $ trellis friction --team platform
  $ trellis friction --team platform --from 2024-01-01T00:00:00Z --json

Definitions: docs/metrics.md ("Cross-team dependency friction").`)
    .action(async (opts: FrictionOpts, cmd: Command) => {
      const from = instant(opts.from, '--from');
      const to = instant(opts.to, '--to');
      await withStore(cmd, async ({ store }) => {
        const { FrictionRepository } = await import('../../store/friction-repository.js');
        const { OrgRepository } = await import('../../store/org-repository.js');
        const deps = { friction: new FrictionRepository(store.db), org: new OrgRepository(store.db), runtime: systemRuntime };
        const report = await teamFriction(deps, operatorActor, { team: opts.team, from, to });
        if (opts.json) printJson(opts.events ? report : { ...report, events: undefined });
        else print(presentFriction(report));
      });
    });
}

const hours = (w: Wait): string => (w.medianHours === null ? 'no data' : `median ${w.medianHours.toFixed(1)} h (n = ${w.n})`);

export function presentFriction(r: FrictionReport): string {
  const name = (id: string) => r.teamNames[id] ?? id;
  const lines = [
    `${r.team.name}: pull requests opened ${r.window.from} – ${r.window.to}: ${r.pullRequests}`,
    `  first review  own team: ${hours(r.review.ownTeam)}; other teams: ${hours(r.review.otherTeams)}; not reviewed: ${r.review.pending}`,
    `  merge         own team: ${hours(r.merge.ownTeam)}; other teams: ${hours(r.merge.otherTeams)}; not merged: ${r.merge.pending}`,
  ];
  if (r.waitingOn.length > 0) lines.push('', `  ${r.team.name} waits on:`);
  for (const p of r.waitingOn) lines.push(`    ${name(p.team)}: review ${hours(p.review)}; merge ${hours(p.merge)}`);
  if (r.incoming.length > 0) lines.push('', `  ${r.team.name} reviews or merges for:`);
  for (const p of r.incoming) lines.push(`    ${name(p.team)}: review ${hours(p.review)}; merge ${hours(p.merge)}`);
  if (r.pullRequests === 0) lines.push('', '  No pull requests: import pull_request records or connect GitHub/GitLab.');
  return `${lines.join('\n')}\n`;
}
