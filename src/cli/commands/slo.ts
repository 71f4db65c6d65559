/**
 * `trellis slo import|export|list|status|rules|pull`: SLOs from OpenSLO files, their status
 * (budgets, burn rates, alerts), the equivalent Prometheus rules, and SLI data pulled from
 * Prometheus. The command line acts as the operator.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { operatorActor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, print, printJson, printTable } from '../output.js';

function readText(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    throw new TrellisError('BAD_INPUT', `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

const minuteOf = (ms: number) => Math.floor(ms / 60_000) * 60_000;

function instant(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/^\d{4}-\d\d-\d\d/.test(value)) throw new TrellisError('BAD_INPUT', `${flag}: must be an ISO 8601 date or time, e.g. 2026-03-01T12:00:00Z (got "${value}")`);
  return ms;
}

export function registerSlo(program: Command): void {
  const slo = program.command('slo').description('Service level objectives: import and export OpenSLO, status (error budgets, burn rates, alerts), Prometheus rules and SLI data.');

  slo
    .command('import')
    .description('Import OpenSLO definitions (openslo/v1; v1alpha and openslo.com/v2alpha are read as v1). All files together, all or nothing.')
    .argument('<files...>', 'OpenSLO YAML files, or - for stdin')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'print a machine-readable summary on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis slo import slos/payments.yaml slos/search.yaml
  $ trellis slo import --db postgres://trellis@db/trellis slos/*.yaml --json

Every SLO's spec.service must be a Trellis service. References (indicatorRef, alertPolicyRef,
conditionRef, targetRef) may point into any of the files or to objects already imported.
Any problem rejects the import — FILE:LINE: document N, KIND "name", field: problem — and
nothing is stored (exit 2). \`op\` on a ratio objective is accepted with a warning.`,
    )
    .action(async (files: string[], opts: { json?: boolean }, cmd: Command) => {
      const inputs = files.map((f) => ({ name: f === '-' ? 'stdin' : f, text: readText(f) }));
      await withStore(cmd, async ({ store }) => {
        const { importOpenSlo } = await import('../../app/reliability/import-openslo.js');
        const { systemRuntime } = await import('../../app/runtime.js');
        const summary = await importOpenSlo(store, systemRuntime, operatorActor, inputs);
        for (const w of summary.warnings) info(`warning: ${w}`);
        if (opts.json) printJson(summary);
        else info(`Imported ${summary.objects.length} OpenSLO object${summary.objects.length === 1 ? '' : 's'}: ${summary.objects.map((o) => `${o.kind} ${o.name}`).join(', ')}`);
      });
    });

  slo
    .command('export')
    .description('Write every stored OpenSLO object as openslo/v1 YAML (one document each).')
    .option('--db <target>', dbOptionHelp)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--json', 'the objects as a JSON list instead of YAML')
    .addHelpText('after', `
Examples:
  $ trellis slo export > slos.yaml
  $ trellis slo export --output backup/slos.yaml

Importing an export gives back exactly the same objects.`)
    .action(async (opts: { output?: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async ({ store }) => {
        const { exportOpenSlo } = await import('../../app/reliability/export-openslo.js');
        const { SloRepository } = await import('../../store/slo-repository.js');
        const { writeOpenSloText } = await import('../../sources/openslo/write-openslo.js');
        const objects = await exportOpenSlo({ slos: new SloRepository(store.db) }, operatorActor);
        const text = opts.json ? `${JSON.stringify(objects, null, 2)}\n` : writeOpenSloText(objects);
        if (opts.output) {
          writeFileSync(opts.output, text);
          info(`Wrote ${objects.length} objects to ${opts.output}`);
        } else print(text);
      });
    });

  slo
    .command('list')
    .description('The stored SLOs: name, service, budgeting method, target, window.')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'machine-readable output')
    .addHelpText('after', `
Examples:
  $ trellis slo list
  $ trellis slo list --json`)
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async ({ store }) => {
        const { sloDefinitions } = await import('../../app/reliability/slo-status.js');
        const { SloRepository } = await import('../../store/slo-repository.js');
        const { toNumber } = await import('../../core/reliability/rational.js');
        const { formatDuration } = await import('../../core/reliability/duration.js');
        const defs = await sloDefinitions({ slos: new SloRepository(store.db) });
        const rows = defs.map((d) => ({
          name: d.name,
          service: d.service,
          budgetingMethod: d.budgetingMethod,
          target: toNumber(d.target),
          window: `${formatDuration(d.window.duration)} ${d.window.kind}${d.window.kind === 'calendar' ? ` ${d.window.timeZone}` : ''}`,
        }));
        if (opts.json) printJson(rows);
        else printTable(rows, ['name', 'service', 'budgetingMethod', 'target', 'window'], 'No SLOs yet. Import OpenSLO definitions with `trellis slo import FILE.yaml`.');
      });
    });

  slo
    .command('status')
    .description('Error budget, burn rates by window and multi-window multi-burn-rate alerts of every SLO.')
    .option('--db <target>', dbOptionHelp)
    .option('--at <iso>', 'evaluate at this instant (default: now, to the minute)')
    .option('--service <id>', "only this service's SLOs")
    .option('--json', 'machine-readable output: a list, one object per SLO')
    .addHelpText('after', `
Examples:
  $ trellis slo status
  $ trellis slo status --service payments-api --at 2026-03-01T12:00:00Z --json

JSON fields per SLO: name, service, budgetConsumed, budgetRemaining (fractions), burnRates keyed
by window (5m 30m 1h 2h 6h 1d 3d), alerts (severity, longWindow, shortWindow, factor, firing,
firingSince, minutesToExhaustion, …). Definitions: docs/reliability.md.`)
    .action(async (opts: { at?: string; service?: string; json?: boolean }, cmd: Command) => {
      const at = minuteOf(instant(opts.at, '--at') ?? Date.now());
      await withStore(cmd, async ({ store }) => {
        const { sloStatuses } = await import('../../app/reliability/slo-status.js');
        const { SloRepository } = await import('../../store/slo-repository.js');
        const { presentStatus } = await import('./slo-present.js');
        const statuses = await sloStatuses({ slos: new SloRepository(store.db) }, operatorActor, { at, ...(opts.service ? { service: opts.service } : {}) });
        if (opts.json) printJson(statuses);
        else print(presentStatus(statuses));
      });
    });

  slo
    .command('rules')
    .description('The equivalent Prometheus recording and alerting rules of every SLO (check them with `promtool check rules`).')
    .option('--db <target>', dbOptionHelp)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--at <iso>', 'for calendar windows: the period whose length sets the alert factors (default: now)')
    .addHelpText('after', `
Examples:
  $ trellis slo rules > /etc/prometheus/rules/trellis-slos.yml && promtool check rules /etc/prometheus/rules/trellis-slos.yml
  $ trellis slo rules --output slo-rules.yml

One group per SLO whose indicator is a ratio of Prometheus queries; other SLOs are listed on
stderr with the reason they are left out.`)
    .action(async (opts: { output?: string; at?: string }, cmd: Command) => {
      const at = minuteOf(instant(opts.at, '--at') ?? Date.now());
      await withStore(cmd, async ({ store }) => {
        const { sloRuleGroups } = await import('../../app/reliability/slo-rules.js');
        const { SloRepository } = await import('../../store/slo-repository.js');
        const { stringify } = await import('yaml');
        const { groups, skipped } = await sloRuleGroups({ slos: new SloRepository(store.db) }, operatorActor, at);
        for (const s of skipped) info(`skipped: ${s}`);
        const text = stringify({ groups }, { lineWidth: 0, aliasDuplicateObjects: false });
        if (opts.output) {
          writeFileSync(opts.output, text);
          info(`Wrote ${groups.length} rule groups to ${opts.output}`);
        } else print(text);
      });
    });

  slo
    .command('pull')
    .description("Pull SLI slices (integer good/total per minute) from Prometheus with each SLO's own queries (query_range, one-minute steps, paged by time).")
    .option('--db <target>', dbOptionHelp)
    .requiredOption('--from <iso>', 'start of the range')
    .option('--to <iso>', 'end of the range, exclusive (default: now, to the minute)')
    .option('--slo <name...>', 'only these SLOs (default: every SLO with Prometheus queries)')
    .option('--url <url>', "Prometheus base URL (default: the URL of the SLO's DataSource)")
    .option('--json', 'print a machine-readable summary on stdout')
    .addHelpText('after', `
Examples:
  $ trellis slo pull --from 2026-03-01T00:00:00Z --to 2026-03-08T00:00:00Z
  $ trellis slo pull --slo payments-api-availability --from 2026-03-07T00:00:00Z --url http://prometheus:9090

The queries are per-second rates over one minute (sum(rate(x[1m]))); each step's value × 60 is
that minute's events. Pulling a range again replaces its slices. An error from Prometheus names
the SLO and the query; nothing of that SLO is stored.`)
    .action(async (opts: { from: string; to?: string; slo?: string[]; url?: string; json?: boolean }, cmd: Command) => {
      const from = instant(opts.from, '--from')!;
      const to = minuteOf(instant(opts.to, '--to') ?? Date.now());
      await withStore(cmd, async ({ store }) => {
        const { pullSli } = await import('../../app/reliability/pull-sli.js');
        const started = performance.now();
        const summary = await pullSli(store, operatorActor, { from, to, ...(opts.slo ? { slos: opts.slo } : {}), ...(opts.url ? { url: opts.url } : {}) });
        for (const s of summary.skipped) info(`skipped: ${s}`);
        const slices = summary.slos.reduce((n, s) => n + s.slices, 0);
        const secs = (performance.now() - started) / 1000;
        if (opts.json) printJson({ ...summary, seconds: secs });
        else info(`Pulled ${slices.toLocaleString('en')} slices for ${summary.slos.length} SLOs in ${secs.toFixed(1)} s (${Math.round(slices / Math.max(secs, 0.001)).toLocaleString('en')} slices/s).`);
      });
    });
}
