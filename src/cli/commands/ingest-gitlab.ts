/**
 * `trellis ingest gitlab --project ID|PATH --service S`: backfill a GitLab project's deployments
 * and merge requests (and, with --pipelines REF, pipelines as deployments) through the REST API.
 * A sibling of `ingest git` and `ingest github`. The token is read from the environment variable
 * named by --token-env (default GITLAB_TOKEN), never from a flag value.
 */
import type { Command } from 'commander';
import type { GitlabBackfillSummary } from '../../app/backfill-gitlab.js';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, printJson } from '../output.js';
import { leftOutText, progressLines, sinceOption, waitOutRateLimit } from './backfill-options.js';
import { ingestGroup } from './ingest.js';

interface GitlabOptions {
  project: string;
  service: string;
  url: string;
  tokenEnv?: string;
  since?: string;
  pipelines?: string;
  env: string;
  json?: boolean;
}

export function registerIngestGitlab(program: Command): void {
  ingestGroup(program)
    .command('gitlab')
    .description('Backfill the deployments and merge requests of a GitLab project through the REST API (v4), in one all-or-nothing import.')
    .requiredOption('--project <id|path>', 'the project: its number or its path, e.g. 42 or acme/ledger')
    .requiredOption('--service <id>', 'the service the project belongs to (must already exist)')
    .option('--url <url>', 'the GitLab instance', 'https://gitlab.com')
    .option('--token-env <name>', 'the environment variable holding the token (default: GITLAB_TOKEN; unauthenticated if that is unset)')
    .option('--since <iso>', 'only deployments updated and merge requests created from this time on (ISO 8601)')
    .option('--pipelines <ref>', 'also read finished pipelines on this ref as deployments (for projects without GitLab environments)')
    .option('--env <environment>', 'the environment of pipeline deployments', 'production')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'print a summary { project, deployments, failedDeployments, pullRequests, unknownPeople, skipped, skippedReasons } on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ GITLAB_TOKEN=… trellis ingest gitlab --project acme/ledger --service ledger --since 2024-01-01T00:00:00Z
  $ trellis ingest gitlab --project 42 --service ledger --url https://gitlab.acme.internal --token-env ACME_GITLAB --pipelines main --json

Merge request authors, reviewers and mergers are matched to Trellis person ids by GitLab username
(ignoring case). Rate limits are waited out. Any other API error stores nothing.
Records already stored for another service are never moved: the backfill is refused instead.`,
    )
    .action(async (opts: GitlabOptions, cmd: Command) => {
      const since = sinceOption(opts.since);
      const { loadSourceApi } = await import('../../config.js');
      const { backfillGitlab } = await import('../../app/backfill-gitlab.js');
      const { GitlabRestClient } = await import('../../sources/gitlab/backfill/rest-client.js');
      if (!/^(\d+|[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+)$/.test(opts.project)) throw new TrellisError('BAD_INPUT', `--project "${opts.project}" is neither a project number nor a GROUP/PROJECT path`);
      const api = loadSourceApi(process.env, { apiUrl: opts.url, tokenEnv: opts.tokenEnv, defaultTokenEnv: 'GITLAB_TOKEN' });
      if (api.token === undefined) info(`${api.tokenEnv} is not set: reading the GitLab API without a token (public projects only).`);
      await withStore(cmd, async ({ store }) => {
        const client = new GitlabRestClient({
          baseUrl: api.baseUrl,
          token: api.token,
          sleep: waitOutRateLimit(opts.project, 'GitLab'),
        });
        const target = { project: opts.project, service: opts.service, since, pipelineRef: opts.pipelines, environment: opts.env };
        const summary = await backfillGitlab(store, client, target, progressLines(opts.project));
        if (opts.json) printJson(summary);
        else info(describe(summary));
      });
    });
}

function describe(s: GitlabBackfillSummary): string {
  const skipped = leftOutText(s);
  const unknown = s.unknownPeople > 0 ? `; ${s.unknownPeople} GitLab usernames match no Trellis person id and were left out of the merge requests` : '';
  return `${s.project}: ${s.deployments} deployments, ${s.failedDeployments} failed deployments, ${s.pullRequests} merge requests written${skipped}${unknown}`;
}
