/**
 * Changes of deployments on an incremental run, asked of git directly:
 * `git rev-list DEPLOYED ^EARLIER1 ^EARLIER2 …` is the spec's definition word for word
 * ("reachable from it and from no earlier-deployed tag"), and it needs neither the commits read
 * on earlier runs nor their graph in memory. Used only for the few deployments a run adds;
 * a first run learns every commit's deployment as the log streams (streamed-claims.ts) instead of
 * running one git process per tag.
 */
import { gitList } from './run-git.js';

/** The commits `commit` ships when `earlier` were deployed before it, sorted. */
export async function shippedSince(repo: string, commit: string, earlier: readonly string[]): Promise<string[]> {
  const input = [commit, ...earlier.map((c) => `^${c}`)].join('\n');
  // --ignore-missing: an earlier deployment's commit may be gone after a force-push and gc.
  const shas = await gitList({ repo, args: ['rev-list', '--ignore-missing', '--stdin'], input: `${input}\n` });
  return shas.sort();
}
