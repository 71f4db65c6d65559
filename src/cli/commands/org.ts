/**
 * Read commands for the organisation: `trellis teams`, `trellis people`, `trellis services`.
 * Same data and paging as the HTTP API's list endpoints.
 */
import type { Command } from 'commander';
import { operatorActor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { printJson, printTable } from '../output.js';

interface ListOpts {
  search?: string;
  team?: string;
  limit: string;
  offset: string;
  json?: boolean;
}

function paging(opts: ListOpts): { limit: number; offset: number } {
  const limit = Number(opts.limit);
  const offset = Number(opts.offset);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new TrellisError('BAD_INPUT', `--limit: must be a whole number from 1 to 10000 (got "${opts.limit}")`);
  if (!Number.isInteger(offset) || offset < 0) throw new TrellisError('BAD_INPUT', `--offset: must be a whole number ≥ 0 (got "${opts.offset}")`);
  return { limit, offset };
}

function listCommand(program: Command, name: string, description: string, teamHelp: string) {
  return program
    .command(name)
    .description(description)
    .option('--db <target>', dbOptionHelp)
    .option('-s, --search <text>', 'only those whose id or name contains this text (any case)')
    .option('--team <id>', teamHelp)
    .option('--limit <n>', 'at most this many', '200')
    .option('--offset <n>', 'skip this many first', '0')
    .option('--json', 'machine-readable output: { items, total }');
}

export function registerOrg(program: Command): void {
  listCommand(program, 'teams', 'List teams with their parent, time zone, members and services.', 'only child teams of this team').action(
    async (opts: ListOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const { listTeams } = await import('../../app/org/list-teams.js');
        const { OrgRepository } = await import('../../store/org-repository.js');
        const page = await listTeams({ org: new OrgRepository(store.db) }, operatorActor, { q: opts.search, parent: opts.team, ...paging(opts) });
        if (opts.json) return printJson(page);
        printTable(page.items as never, ['id', 'name', 'parent', 'timezone', 'members', 'services'], 'No teams yet. Import some with `trellis import`.');
      }),
  );
  listCommand(program, 'people', 'List people with their team, manager, level and time zone.', 'only members of this team').action(
    async (opts: ListOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const { listPeople } = await import('../../app/org/list-people.js');
        const { OrgRepository } = await import('../../store/org-repository.js');
        const page = await listPeople({ org: new OrgRepository(store.db) }, operatorActor, { q: opts.search, team: opts.team, ...paging(opts) });
        if (opts.json) return printJson(page);
        printTable(page.items as never, ['id', 'name', 'team', 'manager', 'level', 'timezone'], 'No people yet. Import some with `trellis import`.');
      }),
  );
  listCommand(program, 'services', 'List services and the team that owns each.', 'only services of this team').action(
    async (opts: ListOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const { listServices } = await import('../../app/org/list-services.js');
        const { OrgRepository } = await import('../../store/org-repository.js');
        const page = await listServices({ org: new OrgRepository(store.db) }, operatorActor, { q: opts.search, team: opts.team, ...paging(opts) });
        if (opts.json) return printJson(page);
        printTable(page.items as never, ['id', 'name', 'team'], 'No services yet. Import some with `trellis import`.');
      }),
  );
}
