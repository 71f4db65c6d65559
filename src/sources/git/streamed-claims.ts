/**
 * Which tag deployment ships each commit, decided while git is still printing the log.
 *
 * "Commits of a tag deployment = reachable from it and from no earlier-deployed tag" (spec/
 * delivery.md) means: a commit is shipped by the earliest deployment that reaches it, i.e. the
 * lowest deployment index among its own tags and everything its descendants are shipped by.
 * When every child comes out of `git log` before its parents, that minimum is complete the moment
 * the commit itself comes out: each child passes its index down to its parents on the way.
 *
 * Knowing it then lets the writer store a commit's link to its deployment in the same chunk as
 * the commit, while git is still running, instead of walking a 100,000-commit graph in memory
 * after git has finished and writing 100,000 links at the end (that tail alone cost about as
 * much as git's whole run).
 *
 * git's default order (newest first, by committer date) puts children first unless clocks were
 * skewed. A parent that shows up before one of its children is detected (OrderBroken) and the
 * caller runs again with `--topo-order`, which guarantees the order at some extra cost to git.
 * Parents never printed (the boundary of a shallow or partial clone) are simply never reached.
 */

/** A parent came out of the log before one of its children: the claims so far may be wrong. */
export class OrderBroken extends Error {
  constructor(readonly child: string, readonly parent: string) {
    super(`git printed commit ${parent} before its child ${child}`);
    this.name = 'OrderBroken';
  }
}

/** In `seen`: a commit already printed (its own claim was final then). */
const PRINTED = -1;

export class StreamedClaims {
  /** Deployed commit → index of its deployment (tag deployments are one per commit). */
  private readonly deployedAt = new Map<string, number>();
  /**
   * Commit not yet printed → the lowest index among its children printed so far; commit printed
   * → PRINTED. One map for both keeps it to a couple of lookups per commit at 100,000 commits.
   */
  private readonly seen = new Map<string, number>();

  /** `deployedCommits` in shipping order: index k is the k-th deployment. */
  constructor(deployedCommits: readonly string[]) {
    deployedCommits.forEach((c, k) => {
      if (!this.deployedAt.has(c)) this.deployedAt.set(c, k);
    });
  }

  /**
   * The next commit of the log: returns the index of the deployment that ships it, or undefined
   * when no deployment reaches it. Throws OrderBroken when a parent was printed before it.
   */
  next(sha: string, parents: readonly string[]): number | undefined {
    const fromChildren = this.seen.get(sha);
    let claim = fromChildren === undefined || fromChildren === PRINTED ? undefined : fromChildren;
    const own = this.deployedAt.get(sha);
    if (own !== undefined && (claim === undefined || own < claim)) claim = own;
    this.seen.set(sha, PRINTED);
    for (const p of parents) {
      const before = this.seen.get(p);
      if (before === PRINTED) throw new OrderBroken(sha, p);
      if (claim !== undefined && (before === undefined || claim < before)) this.seen.set(p, claim);
    }
    return claim;
  }
}
