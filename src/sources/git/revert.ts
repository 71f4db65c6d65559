/**
 * Revert detection (spec: subject `Revert "…"` with "This reverts commit SHA" in the body).
 *
 * Bodies are read in a second, small pass and only for commits whose subject starts with
 * `Revert "`: reading `%B` for every commit would multiply what git prints on a large history
 * for the sake of a handful of commits.
 */
import { gitRecords } from './run-git.js';

export function looksLikeRevert(subject: string): boolean {
  return subject.startsWith('Revert "');
}

const REVERTS = /This reverts commit ([0-9a-f]{7,64})/;

/** The sha a revert message names, if any (the last one, as `git revert` appends it at the end). */
export function revertedSha(message: string): string | undefined {
  const all = [...message.matchAll(new RegExp(REVERTS.source, 'g'))];
  return all.at(-1)?.[1];
}

/** sha → reverted sha, for the given candidate commits. */
export async function readReverts(repo: string, candidates: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (candidates.length === 0) return out;
  const records = gitRecords({
    repo,
    args: ['log', '--no-walk=unsorted', '--stdin', '-z', '--format=%H%x1f%B'],
    input: `${candidates.join('\n')}\n`,
    separator: '\0',
  });
  for await (const r of records) {
    const cut = r.indexOf('\x1f');
    const target = revertedSha(r.slice(cut + 1));
    if (cut > 0 && target !== undefined) out.set(r.slice(0, cut), target);
  }
  return out;
}
