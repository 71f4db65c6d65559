/**
 * Cross-team dependency friction: how long a team's pull requests wait for a first review and for
 * the merge when someone of **another team** does it, next to when the **own team** does. Teams
 * that depend on each other show it here as waiting time; it is team-level context for a
 * conversation between teams, never a figure about a person. Authors, reviewers and mergers are
 * only used to find their team; no output field names a person.
 *
 * - A pull request belongs to a team when its author was a member of it when it opened; it counts
 *   in the window when it opened in [from, to).
 * - Review wait = firstReviewAt − openedAt, sided by the first reviewer's team at review time.
 * - Merge wait = mergedAt − openedAt, sided by the merger's team at merge time (a self-merge is own
 *   team: the author's team decided when it went in).
 * - A reviewer or merger whose team is unknown is counted in `unknownTeam`, never guessed.
 * - `incoming` is the other direction: PRs of other teams reviewed or merged by this team.
 * Medians are true medians (stats.ts) in hours, with n; `null` with no events.
 */
import { median } from './stats.js';
import { HOUR } from './types.js';

export interface FrictionPullRequest {
  id: string;
  openedAt: number;
  author?: string | undefined;
  firstReviewAt?: number | undefined;
  firstReviewer?: string | undefined;
  mergedAt?: number | undefined;
  mergedBy?: string | undefined;
}

/** Which team a person belonged to at a moment; undefined when unknown. */
export type TeamAt = (person: string, at: number) => string | undefined;

export interface FrictionOptions {
  team: string;
  from: number;
  to: number;
}

export interface Wait {
  medianHours: number | null;
  n: number;
}

export interface WaitSplit {
  ownTeam: Wait;
  otherTeams: Wait;
  /** Reviewed/merged by someone whose team is unknown. */
  unknownTeam: number;
  /** Not reviewed (or not merged) yet. */
  pending: number;
}

export interface TeamPair {
  /** The other team. */
  team: string;
  review: Wait;
  merge: Wait;
}

/** One wait behind a figure, for drill-down: the PR, its hours, and which team did it. */
export interface FrictionEvent {
  pullRequest: string;
  stage: 'review' | 'merge';
  hours: number;
  byTeam: string | null;
  side: 'own' | 'other' | 'unknown';
}

export interface DependencyFriction {
  team: string;
  /** PRs authored by the team's members that opened in the window. */
  pullRequests: number;
  review: WaitSplit;
  merge: WaitSplit;
  /** Per other team whose members reviewed or merged this team's PRs (most PRs first). */
  waitingOn: TeamPair[];
  /** Per other team whose PRs this team's members reviewed or merged (most PRs first). */
  incoming: TeamPair[];
  events: FrictionEvent[];
}

type Side = FrictionEvent['side'];

export function dependencyFriction(prs: readonly FrictionPullRequest[], teamAt: TeamAt, o: FrictionOptions): DependencyFriction {
  const own = { review: waits(), merge: waits() };
  const waitingOn = new Map<string, { review: number[]; merge: number[] }>();
  const incoming = new Map<string, { review: number[]; merge: number[] }>();
  const events: FrictionEvent[] = [];
  let count = 0;
  // Input order never matters: PRs are taken in a fixed order so events come out the same.
  const ordered = [...prs].sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const pr of ordered) {
    if (pr.openedAt < o.from || pr.openedAt >= o.to || pr.author === undefined) continue;
    const authorTeam = teamAt(pr.author, pr.openedAt);
    if (authorTeam === undefined) continue;
    const mine = authorTeam === o.team;
    if (mine) count++;
    for (const stage of ['review', 'merge'] as const) {
      const at = stage === 'review' ? pr.firstReviewAt : pr.mergedAt;
      const by = stage === 'review' ? pr.firstReviewer : pr.mergedBy;
      if (mine && at === undefined) own[stage].pending++;
      if (at === undefined) continue;
      const hours = (at - pr.openedAt) / HOUR;
      const byTeam = by === undefined ? undefined : teamAt(by, at);
      if (mine) {
        const side: Side = byTeam === undefined ? 'unknown' : byTeam === o.team ? 'own' : 'other';
        events.push({ pullRequest: pr.id, stage, hours, byTeam: byTeam ?? null, side });
        if (side === 'unknown') own[stage].unknownTeam++;
        else own[stage][side].push(hours);
        if (side === 'other') pairOf(waitingOn, byTeam!)[stage].push(hours);
      } else if (byTeam === o.team) {
        pairOf(incoming, authorTeam)[stage].push(hours);
      }
    }
  }
  return {
    team: o.team,
    pullRequests: count,
    review: split(own.review),
    merge: split(own.merge),
    waitingOn: pairs(waitingOn),
    incoming: pairs(incoming),
    events,
  };
}

function waits() {
  return { own: [] as number[], other: [] as number[], unknownTeam: 0, pending: 0 };
}

function wait(hours: readonly number[]): Wait {
  return { medianHours: median(hours), n: hours.length };
}

function split(w: ReturnType<typeof waits>): WaitSplit {
  return { ownTeam: wait(w.own), otherTeams: wait(w.other), unknownTeam: w.unknownTeam, pending: w.pending };
}

function pairOf(m: Map<string, { review: number[]; merge: number[] }>, team: string) {
  let p = m.get(team);
  if (!p) m.set(team, (p = { review: [], merge: [] }));
  return p;
}

function pairs(m: Map<string, { review: number[]; merge: number[] }>): TeamPair[] {
  return [...m.entries()]
    .map(([team, p]) => ({ team, review: wait(p.review), merge: wait(p.merge) }))
    .sort((a, b) => b.review.n + b.merge.n - (a.review.n + a.merge.n) || (a.team < b.team ? -1 : 1));
}
