/**
 * `trellis oncall --team T`: a team's on-call figures — pages of the team's members, off-hours,
 * sleep-hours and weekend pages (each in the paged person's own zone and working hours), load
 * Gini, pages per shift, actionable and self-resolved shares. Team figures only: the command line
 * acts as the operator, who may not read anyone's load, so no person is ever named here.
 */
import type { Command } from 'commander';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { print, printJson } from '../output.js';
import { instant } from './dora.js';

interface OncallOpts {
  team?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 100)}%`);
const fixed = (v: number | null, d = 2) => (v === null ? 'n/a' : v.toFixed(d));

export function registerOncall(program: Command): void {
  program
    .command('oncall')
    .description("A team's on-call health: pages, off-hours / sleep-hours / weekend pages in each person's own time zone, load Gini, pages per shift, actionable and self-resolved shares. Team figures only — never a person.")
    .option('--db <target>', dbOptionHelp)
    .option('--team <id>', 'the team (required)')
    .option('--from <iso>', 'start of the window (default: 90 days before --to)')
    .option('--to <iso>', 'end of the window, exclusive (default: now)')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis oncall --team payments
  $ trellis oncall --team platform --from 2026-01-01T00:00:00Z --to 2026-04-01T00:00:00Z --json

Rules (docs/oncall.md): a page is off hours outside the paged person's working hours in their
own time zone (weekends included), sleep hours 22:00–07:00 local, weekend Saturday–Sunday local;
the window is [from, to). Per-person load is shown only in the web app, to the person and their
manager line.`,
    )
    .action(async (opts: OncallOpts, cmd: Command) => {
      if (!opts.team) throw new TrellisError('BAD_INPUT', '--team: say which team, e.g. --team payments');
      const from = instant(opts.from, '--from');
      const to = instant(opts.to, '--to');
      await withStore(cmd, async ({ store }) => {
        const { dataAccess } = await import('../../store/data-access.js');
        const { readTeamOncall } = await import('../../app/oncall/team-oncall.js');
        const { systemRuntime } = await import('../../app/runtime.js');
        const { operatorActor } = await import('../../core/access/actor.js');
        const view = await readTeamOncall({ data: dataAccess(store.db), runtime: systemRuntime }, operatorActor, opts.team!, { from, to });
        const f = view.figures;
        const report = {
          team: view.team.id,
          from: view.window.from,
          to: view.window.to,
          members: f.members,
          pages: f.pages,
          offHoursPages: f.offHoursPages,
          sleepHoursPages: f.sleepHoursPages,
          weekendPages: f.weekendPages,
          loadGini: f.loadGini,
          pagesPerShift: f.pagesPerShift,
          actionableShare: f.actionableShare,
          selfResolvedShare: f.selfResolvedShare,
          shifts: f.shifts,
          onCallHours: f.onCallHours,
          sloAlertEpisodesPerWeek: f.sloAlerts?.perWeek ?? null,
          sloAlertsFollowedByBurnShare: f.sloAlerts?.followedByBurnShare ?? null,
          trends: {
            offHours4w: { verdict: f.trends.offHours4.verdict, recentPerWeek: f.trends.offHours4.recentPerWeek, usualPerWeek: f.trends.offHours4.usualPerWeek, n: f.trends.offHours4.n },
            offHours13w: { verdict: f.trends.offHours13.verdict, recentPerWeek: f.trends.offHours13.recentPerWeek, usualPerWeek: f.trends.offHours13.usualPerWeek, n: f.trends.offHours13.n },
          },
          noisyAlerts: f.noisyAlerts,
        };
        if (opts.json) return printJson(report);
        const lines = [
          `On-call health of ${view.team.name} (${view.team.id}), ${report.from} – ${report.to}, ${f.members} active members`,
          `  pages                 ${f.pages}`,
          `  off hours             ${f.offHoursPages}`,
          `  sleep hours           ${f.sleepHoursPages}`,
          `  weekend               ${f.weekendPages}`,
          `  load Gini             ${fixed(f.loadGini)}`,
          `  pages per shift       ${fixed(f.pagesPerShift)} (${fixed(f.shifts, 1)} shifts)`,
          `  actionable            ${pct(f.actionableShare)} of ${f.actionableKnown} marked`,
          `  self-resolved ≤ 5 min ${pct(f.selfResolvedShare)}`,
          `  SLO alert episodes    ${f.sloAlerts === null ? 'not available (no SLO alert history)' : `${fixed(f.sloAlerts.perWeek)} a week, ${pct(f.sloAlerts.followedByBurnShare)} followed by real burn`}`,
          `  off hours, 4 weeks    ${f.trends.offHours4.verdict} (n = ${f.trends.offHours4.n})`,
          `  off hours, 13 weeks   ${f.trends.offHours13.verdict} (n = ${f.trends.offHours13.n})`,
        ];
        if (f.noisyAlerts.length > 0) {
          lines.push('', 'Alerts to tune (most pages nobody could act on):');
          for (const a of f.noisyAlerts.slice(0, 5)) lines.push(`  ${a.service ?? '(no service)'} / ${a.alert ?? '(alert not named)'}: ${a.pages} pages, ${a.notActionable} not actionable, ${a.selfResolved} self-resolved`);
        }
        print(`${lines.join('\n')}\n`);
      });
    });
}
