/**
 * `trellis ladder import|list|show|diff|export|publish`: career ladders from the command line,
 * which acts as the operator (it may import and publish ladders, as calibrators do on the web).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../../app/ladders/read-ladders.js';
import { operatorActor } from '../../core/access/actor.js';
import { ladderFormats, type LadderFormat } from '../../core/ladder/ladder-formats.js';
import { TrellisError } from '../../errors.js';
import type { Store } from '../../store/db.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, print, printJson, printTable } from '../output.js';
import { levelDiffText, showText, versionDiffText } from './ladder-present.js';

/**
 * What the ladder use cases need, and the use cases themselves: loaded when a ladder command
 * runs, not when the program is assembled (see program.ts).
 */
async function ladderApp(store: Store) {
  const [{ dataAccess }, { systemRuntime }, read, diff, { importLadder }, { publishLadder }, { ladderVersionJson }] = await Promise.all([
    import('../../store/data-access.js'),
    import('../../app/runtime.js'),
    import('../../app/ladders/read-ladders.js'),
    import('../../app/ladders/diff-ladders.js'),
    import('../../app/ladders/import-ladder.js'),
    import('../../app/ladders/publish-ladder.js'),
    import('../../app/ladders/ladder-json.js'),
  ]);
  return { deps: { data: dataAccess(store.db), runtime: systemRuntime }, ...read, ...diff, importLadder, publishLadder, ladderVersionJson };
}

function versionNumber(raw: string | undefined, what: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new TrellisError('BAD_INPUT', `${what}: must be a version number ≥ 1 (got "${raw}")`);
  return n;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new TrellisError('BAD_INPUT', `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** `engineering@2` → id and version; anything else is a level id. */
function versionRef(arg: string): { id: string; version: number } | undefined {
  const m = /^(.+)@(.+)$/.exec(arg);
  return m ? { id: m[1]!, version: versionNumber(m[2], arg)! } : undefined;
}

interface ImportOpts { draft?: boolean; id?: string; format?: LadderFormat; readme?: string; json?: boolean }
interface ReadOpts { version?: string; json?: boolean; id?: string; format?: ExportFormat }

export function registerLadder(program: Command): void {
  const ladder = program.command('ladder').description('Career ladders: import, list, show, compare levels and versions, export, publish.');

  ladder
    .command('import')
    .description('Import a ladder file as a new version (native YAML, FT YAML, Monzo or jorgef or Postman Markdown); published unless --draft.')
    .argument('<file>', 'the ladder file')
    .option('--db <target>', dbOptionHelp)
    .option('--draft', 'store as a draft to review and publish later')
    .option('--id <id>', 'ladder id (default: from the file’s name field)')
    .addOption(new Option('--format <format>', 'skip format detection').choices([...ladderFormats]))
    .option('--readme <file>', 'jorgef README.md with the axes (default: README.md beside the file)')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: ImportOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await ladderApp(store);
        const beside = join(dirname(file), 'README.md');
        const readme = opts.readme ?? (basename(file) !== 'README.md' && existsSync(beside) ? beside : undefined);
        const r = await app.importLadder(app.deps, operatorActor, {
          text: readText(file),
          fileName: basename(file),
          id: opts.id,
          draft: opts.draft,
          format: opts.format,
          jorgefReadme: readme === undefined ? undefined : readText(readme),
        });
        if (opts.json) return printJson({ ...r, publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt).toISOString() });
        const state = r.unchanged ? 'unchanged (the newest version is the same)' : r.publishedAt === null ? 'stored as a draft' : 'published';
        info(`${r.name} (${r.id}) version ${r.version}: ${state} — ${r.levels} levels × ${r.dimensions} dimensions, ${r.cells} cells (${r.format}).`);
        if (r.vagueCells > 0) info(`${r.vagueCells} cell(s) use vague words; see \`trellis ladder show ${r.id}\`.`);
      }),
    );

  ladder
    .command('list')
    .description('List ladders with their newest and newest published versions.')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'machine-readable output')
    .action(async (opts: ReadOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await ladderApp(store);
        const all = await app.listLadders(app.deps, operatorActor);
        if (opts.json) return printJson(all);
        printTable(all as never, ['id', 'name', 'latestVersion', 'latestPublishedVersion', 'versions'], 'No ladders yet. Import one with `trellis ladder import FILE`.');
      }),
    );

  ladder
    .command('show')
    .description('Show a ladder version: its levels, dimensions and vague cells (default: the newest published).')
    .argument('[id]', 'ladder id (default: the ladder published most recently)')
    .option('--db <target>', dbOptionHelp)
    .option('--version <n>', 'this version rather than the newest published')
    .option('--json', 'machine-readable output: the ladder (levels, dimensions, cells) with its version')
    .action(async (id: string | undefined, opts: ReadOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await ladderApp(store);
        const v = await app.showLadder(app.deps, operatorActor, { id, version: versionNumber(opts.version, '--version') });
        if (opts.json) return printJson(app.ladderVersionJson(v));
        print(`${showText(v)}\n`);
      }),
    );

  ladder
    .command('diff')
    .description('Compare two versions (ID@N ID@M) or two levels of a version (FROM TO, e.g. senior-1 senior-2-ic).')
    .argument('<a>', 'ID@VERSION or a level id')
    .argument('<b>', 'ID@VERSION or a level id')
    .option('--db <target>', dbOptionHelp)
    .option('--id <id>', 'for a level diff: the ladder (default: the ladder published most recently)')
    .option('--version <n>', 'for a level diff: this version rather than the newest published')
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, opts: ReadOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await ladderApp(store);
        const [ra, rb] = [versionRef(a), versionRef(b)];
        if (ra && rb) {
          if (ra.id !== rb.id) throw new TrellisError('BAD_INPUT', `Compare two versions of one ladder (got "${ra.id}" and "${rb.id}").`);
          const d = await app.diffVersions(app.deps, operatorActor, ra.id, ra.version, rb.version);
          if (opts.json) return printJson(d);
          return void print(`${versionDiffText(d.id, d.from, d.to, d.diff)}\n`);
        }
        if (ra || rb) throw new TrellisError('BAD_INPUT', 'Give two versions (ID@N ID@M) or two level ids, not one of each.');
        const d = await app.diffLevelsOf(app.deps, operatorActor, { id: opts.id, version: versionNumber(opts.version, '--version') }, a, b);
        if (opts.json) return printJson(d);
        print(`${levelDiffText(d)}\n`);
      }),
    );

  ladder
    .command('export')
    .description('Write a ladder version as native YAML (re-importable) or Markdown (for reading).')
    .argument('[id]', 'ladder id (default: the ladder published most recently)')
    .option('--db <target>', dbOptionHelp)
    .option('--version <n>', 'this version rather than the newest published')
    .addOption(new Option('--format <format>', 'output format').choices(['yaml', 'markdown']).default('yaml'))
    .action(async (id: string | undefined, opts: ReadOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await ladderApp(store);
        print(await app.exportLadder(app.deps, operatorActor, { id, version: versionNumber(opts.version, '--version') }, opts.format ?? 'yaml'));
      }),
    );

  ladder
    .command('publish')
    .description('Publish a draft version; published versions never change.')
    .argument('<ref>', 'ID@VERSION')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'machine-readable output')
    .action(async (ref: string, opts: ReadOpts, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await ladderApp(store);
        const r = versionRef(ref);
        if (!r) throw new TrellisError('BAD_INPUT', `Give the version to publish as ID@VERSION (got "${ref}").`);
        const p = await app.publishLadder(app.deps, operatorActor, r.id, r.version);
        if (opts.json) return printJson({ ...p, publishedAt: new Date(p.publishedAt).toISOString() });
        info(p.alreadyPublished ? `${p.id}@${p.version} was already published.` : `${p.id}@${p.version} is published.`);
      }),
    );
}
