/**
 * `trellis ingest gitlab`: a project's deployments, merge requests (and, when asked, pipelines)
 * from the GitLab REST API, streamed into one all-or-nothing import — the same path as the GitHub
 * backfill: records laid over what is stored, usernames matched to Trellis person ids.
 */
import { TrellisError } from '../errors.js';
import type { RawRecord } from '../sources/files/raw-record.js';
import { gitlabRecords, type GitlabBackfillTarget } from '../sources/gitlab/backfill/gitlab-records.js';
import { GitlabApiError, type GitlabRestClient } from '../sources/gitlab/backfill/rest-client.js';
import type { Store } from '../store/db.js';
import { OrgRepository } from '../store/org-repository.js';
import { mergeInBatches } from './backfill-github.js';
import type { BackfillProgress } from './backfill-progress.js';
import { importRecords } from './import-records.js';

export interface GitlabBackfillSummary {
  project: string;
  deployments: number;
  failedDeployments: number;
  pullRequests: number;
  /** GitLab usernames that match no Trellis person id (left out of the merge requests). */
  unknownPeople: number;
  skipped: number;
  skippedReasons: string[];
}

export async function backfillGitlab(store: Store, client: GitlabRestClient, target: GitlabBackfillTarget, progress?: BackfillProgress): Promise<GitlabBackfillSummary> {
  if ((await new OrgRepository(store.db).existing('services', [target.service])).size === 0) {
    throw new TrellisError('BAD_INPUT', `service "${target.service}" does not exist; import it first (a line {"kind":"service","id":"${target.service}",…} with trellis import).`);
  }
  const summary: GitlabBackfillSummary = { project: target.project, deployments: 0, failedDeployments: 0, pullRequests: 0, unknownPeople: 0, skipped: 0, skippedReasons: [] };
  const note = (reason: string) => {
    if (summary.skippedReasons.length < 10) summary.skippedReasons.push(reason);
  };

  async function* lines(): AsyncGenerator<RawRecord> {
    let line = 0;
    for await (const item of gitlabRecords(client, target)) {
      if ('skipped' in item) {
        summary.skipped++;
        note(item.skipped);
        continue;
      }
      const r = item.record;
      if (r.kind === 'deployment') {
        if (r.status === 'success') summary.deployments++;
        else summary.failedDeployments++;
      } else if (r.kind === 'pull_request') summary.pullRequests++;
      if (++line % 100 === 0) progress?.('records', line);
      yield { line, value: r };
    }
  }

  try {
    await importRecords(store, { name: `gitlab ${target.project}`, records: lines() }, {
      // A backfill replays the API's events: a later page may restate a record.
      duplicates: 'last-wins',
      transform: (trx, records) =>
        mergeInBatches(trx, records, (reasons) => {
          summary.unknownPeople += reasons.length;
          reasons.forEach(note);
        }),
    });
  } catch (e) {
    if (e instanceof GitlabApiError) {
      const code = e.status === 401 || e.status === 403 || e.status === 404 ? 'BAD_INPUT' : 'INTERNAL';
      throw new TrellisError(code, `GitLab API: ${e.message}; nothing was stored.`);
    }
    throw e;
  }
  return summary;
}
