/**
 * The branch and tag tips of a repository, read once per run with `git for-each-ref`.
 *
 * The ingester reads commits from exactly these tips (rather than asking `git log --branches
 * --tags` a second time) so the tips it records as "read" are the ones it read, even if someone
 * pushes in between. Annotated tags are peeled to their commit; refs to trees or blobs are skipped.
 */
import { gitList } from './run-git.js';

export interface TagRef {
  name: string;
  commit: string;
  /** Unix seconds: the tagger date of an annotated tag, the commit's committer date otherwise. */
  createdAt: number;
}

export interface Refs {
  /** Distinct commits at the tips of refs/heads and refs/tags, sorted. */
  tips: string[];
  tags: TagRef[];
}

const FORMAT = ['%(refname)', '%(objecttype)', '%(objectname)', '%(*objecttype)', '%(*objectname)', '%(creatordate:unix)'].join('%1f');

export async function readRefs(repo: string): Promise<Refs> {
  const lines = await gitList({ repo, args: ['for-each-ref', `--format=${FORMAT}`, 'refs/heads', 'refs/tags'] });
  const tips = new Set<string>();
  const tags: TagRef[] = [];
  for (const line of lines) {
    const [ref = '', type, sha = '', peeledType, peeled = '', created = ''] = line.split('\x1f');
    const commit = type === 'commit' ? sha : peeledType === 'commit' ? peeled : undefined;
    if (commit === undefined) continue;
    tips.add(commit);
    if (ref.startsWith('refs/tags/')) tags.push({ name: ref.slice('refs/tags/'.length), commit, createdAt: Number(created) || 0 });
  }
  return { tips: [...tips].sort(), tags };
}

/**
 * The given shas that are still in the repository. Tips recorded by an earlier run may have been
 * garbage-collected since (a force-push, then gc), and git refuses `^sha` of a missing object
 * even with --ignore-missing.
 */
export async function stillPresent(repo: string, shas: readonly string[]): Promise<string[]> {
  if (shas.length === 0) return [];
  const lines = await gitList({ repo, args: ['cat-file', '--batch-check=%(objectname) %(objecttype)'], input: `${shas.join('\n')}\n` });
  return lines.filter((l) => !l.endsWith(' missing')).map((l) => l.slice(0, l.indexOf(' ')));
}
