/**
 * The parent graph of the commits read in one run, and the one walk that gives every
 * deployment its changes.
 *
 * "Commits of a tag-deployment = reachable from it and from no earlier-deployed tag." Walking
 * the deployments in shipping order and stopping at commits already claimed gives exactly that
 * in O(commits + edges): if a commit was claimed by an earlier deployment, so were all of its
 * ancestors, since they are reachable from that same deployment. No per-tag set of commits is
 * ever held, which matters at 100,000 commits and hundreds of tags.
 *
 * Parents that were never read (the boundary of a shallow or partial clone) are skipped.
 */
export class CommitGraph {
  private readonly index = new Map<string, number>();
  private readonly shas: string[] = [];
  private readonly parents: string[][] = [];

  get size(): number {
    return this.shas.length;
  }

  add(sha: string, parents: string[]): void {
    if (this.index.has(sha)) return;
    this.index.set(sha, this.shas.length);
    this.shas.push(sha);
    this.parents.push(parents);
  }

  /**
   * For each deployment (in shipping order), the commits it ships, sorted. A deployment of an
   * unknown commit, or of one already shipped (a redeploy or an older commit), ships nothing.
   */
  claim(deployedCommits: readonly string[]): string[][] {
    const claimed = new Uint8Array(this.shas.length);
    const stack: number[] = [];
    return deployedCommits.map((commit) => {
      const shipped: string[] = [];
      const start = this.index.get(commit);
      if (start !== undefined && claimed[start] === 0) {
        claimed[start] = 1;
        stack.push(start);
      }
      while (stack.length > 0) {
        const i = stack.pop()!;
        shipped.push(this.shas[i]!);
        for (const p of this.parents[i]!) {
          const j = this.index.get(p);
          if (j !== undefined && claimed[j] === 0) {
            claimed[j] = 1;
            stack.push(j);
          }
        }
      }
      return shipped.sort();
    });
  }
}
