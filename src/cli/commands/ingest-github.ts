/**
 * `trellis ingest github OWNER/REPO --service S`: backfill a repository's commits and
 * deployments from the GitHub REST API. A sibling of `ingest git` under the `ingest` group.
 *
 * The token is read from the environment variable named by `--token-env` (default GITHUB_TOKEN)
 * through config.ts (`loadSourceApi`), never from a flag value.
 */
import type { Command } from 'commander';
import type { GithubBackfillSummary } from '../../app/backfill-github.js';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, printJson } from '../output.js';
import { leftOutText, progressLines, sinceOption, waitOutRateLimit } from './backfill-options.js';
import { ingestGroup } from './ingest.js';

interface GithubOptions {
  service: string;
  since?: string;
  branch?: string;
  apiUrl: string;
  tokenEnv?: string;
  json?: boolean;
}

export function registerIngestGithub(program: Command): void {
  ingestGroup(program)
    .command('github')
    .description('Backfill the commits (as changes), deployments and pull requests (with their first review and merge) of a GitHub repository through the REST API, in one all-or-nothing import.')
    .argument('<owner/repo>', 'the repository, e.g. acme/checkout')
    .requiredOption('--service <id>', 'the service the repository belongs to (must already exist)')
    .option('--since <iso>', 'only commits and deployments from this time on (ISO 8601)')
    .option('--branch <name>', 'the branch whose commits are read (default: the repository default branch)')
    .option('--api-url <url>', 'the REST API base URL (GitHub Enterprise: https://HOST/api/v3)', 'https://api.github.com')
    .option('--token-env <name>', 'the environment variable holding the token (default: GITHUB_TOKEN; unauthenticated if that is unset)')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'print a summary { repository, changes, merges, deployments, failedDeployments, pullRequests, unknownPeople, skipped, skippedReasons } on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ GITHUB_TOKEN=… trellis ingest github acme/checkout --service checkout --since 2024-01-01T00:00:00Z
  $ trellis ingest github acme/ledger --service ledger --api-url https://ghe.acme.internal/api/v3 --token-env GHE_TOKEN --json

PR authors, reviewers and mergers are matched to Trellis person ids by GitHub login (ignoring case);
logins that match no person are left out. A deployment is its latest final status (success, or failure/error as a failed attempt); deployments
with no final status are skipped. Rate limits are waited out. Any other API error stores nothing.
Records already stored for another service are never moved: the backfill is refused instead.`,
    )
    .action(async (repository: string, opts: GithubOptions, cmd: Command) => {
      const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
      if (!m) throw new TrellisError('BAD_INPUT', `"${repository}" is not OWNER/REPO`);
      const since = sinceOption(opts.since);
      const { loadSourceApi } = await import('../../config.js');
      const { backfillGithub } = await import('../../app/backfill-github.js');
      const { GithubRestClient } = await import('../../sources/github/backfill/rest-client.js');
      const api = loadSourceApi(process.env, { apiUrl: opts.apiUrl, tokenEnv: opts.tokenEnv, defaultTokenEnv: 'GITHUB_TOKEN' });
      if (api.token === undefined) info(`${api.tokenEnv} is not set: reading the GitHub API without a token (60 requests an hour).`);
      await withStore(cmd, async ({ store }) => {
        const client = new GithubRestClient({
          baseUrl: api.baseUrl,
          token: api.token,
          sleep: waitOutRateLimit(repository, 'GitHub'),
        });
        const summary = await backfillGithub(store, client, { owner: m[1]!, repo: m[2]!, service: opts.service, since, branch: opts.branch }, progressLines(repository));
        if (opts.json) printJson(summary);
        else info(describe(summary));
      });
    });
}

function describe(s: GithubBackfillSummary): string {
  const skipped = leftOutText(s);
  const unknown = s.unknownPeople > 0 ? `; ${s.unknownPeople} GitHub logins match no Trellis person id and were left out of the pull requests` : '';
  return `${s.repository}: ${s.changes} changes (${s.merges} merges), ${s.deployments} deployments, ${s.failedDeployments} failed deployments, ${s.pullRequests} pull requests written${skipped}${unknown}`;
}
