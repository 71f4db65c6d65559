/**
 * `trellis ingest git PATH --service S`: read a repository's commits and deployment tags.
 * `ingest` is a group: `ingest github` and `ingest gitlab` sit beside git (see ingestGroup).
 */
import type { Command } from 'commander';
import type { IngestGitSummary } from '../../app/ingest-git.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, printJson } from '../output.js';

interface GitOptions {
  service: string;
  takeOver?: boolean;
  deployTags?: string;
  env: string;
  json?: boolean;
}

/**
 * The `ingest` group, created by whichever source registers first, so its one description
 * (what the top-level help shows) names every source.
 */
export function ingestGroup(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'ingest') ??
    program.command('ingest').description('Read changes, deployments and pull requests from a source: a git repository (git), GitHub (github) or GitLab (gitlab).')
  );
}

export function registerIngest(program: Command): void {
  ingestGroup(program)
    .command('git')
    .description('Ingest the commits of a git repository as changes of a service, and matching tags as deployments. Incremental: a second run reads only what is new.')
    .argument('<path>', 'a git repository (a working tree or a bare clone)')
    .requiredOption('--service <id>', 'the service the commits belong to (must already exist)')
    .option('--deploy-tags <regex>', 'tags matching this regular expression are successful deployments at the tag date')
    .option('--env <environment>', 'environment of the tag deployments', 'production')
    .option('--take-over', "move the repository's changes to this service when they belong to another one now (a renamed service)")
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'print a summary { commits, merges, reverts, deployments, newSince } on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis ingest git ../checkout --service checkout --deploy-tags '^v\\d'
  $ trellis ingest git /srv/mirrors/ledger.git --service ledger --deploy-tags '^prod-' --env production --json

Branches and tags are read (never other refs). Several matching tags on one commit are one
deployment (the earliest). The earliest deployment is the baseline and ships no changes.
A commit is one change of one service: a repository already ingested for another service is
refused (nothing is stored) unless --take-over says to move its changes.`,
    )
    .action(async (path: string, opts: GitOptions, cmd: Command) => {
      await withStore(cmd, async ({ store }) => {
        const { ingestGit } = await import('../../app/ingest-git.js');
        const tty = process.stderr.isTTY === true;
        const summary = await ingestGit(store, {
          path,
          service: opts.service,
          deployTags: opts.deployTags,
          environment: opts.env,
          takeOver: opts.takeOver,
          onCommits: tty ? (n) => process.stderr.write(`\r${path}: ${n.toLocaleString('en')} commits read`) : undefined,
        });
        if (tty && summary.commits > 0) process.stderr.write('\n');
        if (opts.json) {
          const { nothingNew: _, ...out } = summary;
          printJson(out);
        } else info(describe(path, summary));
      });
    });
}

function describe(path: string, s: IngestGitSummary): string {
  if (s.nothingNew) return `${path}: nothing new since ${s.newSince}`;
  const since = s.newSince ? ` since ${s.newSince}` : '';
  return `${path}: ${s.commits} commits${since} (${s.merges} merges, ${s.reverts} reverts), ${s.deployments} deployments written`;
}
