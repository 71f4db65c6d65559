/**
 * `trellis dora`: the five delivery metrics of a service, a team or the organisation — never of
 * a person (there is no --person, by design). `--json` prints the whole report, drill-down ids
 * included with `--events`.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { allServiceFigures } from '../../app/delivery/all-service-figures.js';
import { deliveryFigures, DEFAULT_WINDOW_DAYS, type DeliveryReport, type DeliveryScope } from '../../app/delivery/delivery-figures.js';
import { systemRuntime } from '../../app/runtime.js';
import { operatorActor } from '../../core/access/actor.js';
import { deliveryTiers, DAY } from '../../core/delivery/index.js';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { print, printJson } from '../output.js';
import { presentDora, presentServiceLine, withoutEvents } from './dora-present.js';

interface DoraOpts {
  service?: string;
  team?: string;
  org?: boolean;
  allServices?: boolean;
  env: string;
  from?: string;
  to?: string;
  report: string;
  includeMerges?: boolean;
  events?: boolean;
  json?: boolean;
}

export function registerDora(program: Command): void {
  program
    .command('dora')
    .description("Delivery metrics (DORA: frequency, lead time, change failure rate, recovery, rework) of a service, a team or the organisation; or every service's own, all at once (--all-services).")
    .option('--db <target>', dbOptionHelp)
    .option('--service <id>', 'one service')
    .option('--team <id>', "a team's services, pooled (true medians, not medians of medians)")
    .option('--org', 'every service')
    .option('--all-services', "each service's own figures, all at once (a bulk read bounded to the window; see docs/metrics.md)")
    .option('--env <environment>', 'deployment environment', 'production')
    .option('--from <iso>', 'start of the window (default: 90 days before --to)')
    .option('--to <iso>', 'end of the window, exclusive (default: now)')
    .addOption(new Option('--report <year>', 'DORA report year for the tiers').choices(['2023', '2024']).default('2024'))
    .option('--include-merges', 'count merge commits in lead time')
    .option('--events', 'with --json: include the ids of the events behind every figure')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis dora --service payments-api
  $ trellis dora --team platform --from 2024-01-01T00:00:00Z --to 2024-04-01T00:00:00Z --json
  $ trellis dora --org --report 2023
  $ trellis dora --all-services --json

Definitions: docs/metrics.md. There is no per-person delivery metric, on purpose.`,
    )
    .action(async (opts: DoraOpts, cmd: Command) => {
      if (opts.allServices) return allServices(opts, cmd);
      const scope = scopeOf(opts);
      const from = instant(opts.from, '--from');
      const to = instant(opts.to, '--to');
      await withStore(cmd, async ({ store }) => {
        const { DeliveryRepository } = await import('../../store/delivery-repository.js');
        const { OrgRepository } = await import('../../store/org-repository.js');
        const deps = { delivery: new DeliveryRepository(store.db), org: new OrgRepository(store.db), runtime: systemRuntime };
        const report: DeliveryReport = await deliveryFigures(deps, operatorActor, {
          scope,
          environment: opts.env,
          from,
          to,
          report: Number(opts.report) as 2023 | 2024,
          includeMerges: opts.includeMerges ?? false,
          // The events behind the figures are read only when they are printed.
          detail: opts.json && opts.events ? 'events' : 'figures',
        });
        if (opts.json) printJson(opts.events ? report : withoutEvents(report));
        else print(presentDora(report));
      });
    });
}

async function allServices(opts: DoraOpts, cmd: Command): Promise<void> {
  if (opts.service !== undefined || opts.team !== undefined || opts.org) throw new TrellisError('BAD_INPUT', '--all-services goes alone: not with --service, --team or --org.');
  const to = instant(opts.to, '--to') ?? Math.floor(systemRuntime.now() / 60_000) * 60_000;
  const from = instant(opts.from, '--from') ?? to - DEFAULT_WINDOW_DAYS * DAY;
  const report = Number(opts.report) as 2023 | 2024;
  await withStore(cmd, async ({ store }) => {
    const { DeliveryRepository } = await import('../../store/delivery-repository.js');
    const all = await allServiceFigures({ delivery: new DeliveryRepository(store.db) }, operatorActor, {
      from,
      to,
      environment: opts.env,
      includeMerges: opts.includeMerges ?? false,
      detail: opts.json && opts.events ? 'events' : 'figures',
    });
    const rows = all.map(({ service, metrics }) => ({ service, metrics, tier: deliveryTiers(metrics, report) }));
    if (opts.json) printJson(opts.events ? rows : JSON.parse(JSON.stringify(rows, (key, value) => (key === 'events' ? undefined : value))));
    else for (const r of rows) print(presentServiceLine(r.service, r.metrics));
  });
}

function scopeOf(opts: DoraOpts): DeliveryScope {
  const given = [opts.service, opts.team, opts.org ? 'org' : undefined].filter((x) => x !== undefined);
  if (given.length !== 1) throw new TrellisError('BAD_INPUT', 'Say which: exactly one of --service ID, --team ID, --org or --all-services.');
  if (opts.service) return { kind: 'service', id: opts.service };
  if (opts.team) return { kind: 'team', id: opts.team };
  return { kind: 'org' };
}

export function instant(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/\d{4}-\d\d-\d\d/.test(value)) throw new TrellisError('BAD_INPUT', `${flag}: must be an ISO 8601 date or time, e.g. 2024-03-01T00:00:00Z (got "${value}")`);
  return ms;
}
