/**
 * The demo's pull requests, for the cross-team friction figures (core/delivery/friction.ts).
 * Most PRs are reviewed and merged inside the author's team within hours. The visible situation
 * (spec/demo.md's story of Platform and SRE): Platform's infrastructure PRs often need an SRE
 * review, SRE sits six hours behind London in Chicago, and those PRs wait about a day for it —
 * where Platform's own reviews take a few hours. Payments waits, less, on Identity.
 *
 * Only Lumen's own services get PRs, also at large scale: thousands of PRs show the situation,
 * and the large organisation stays a delivery benchmark, not a PR one.
 */
import type { RecordOf } from '../records/schemas.js';
import { sec, workMinute } from './changes.js';
import type { Rng } from './random.js';
import { HOUR, Zone, isWeekend, iso } from './zone.js';

export interface PullRequestTeam {
  team: string;
  /** Person ids of the team's engineers. */
  engineers: readonly string[];
}

/** Which other team a team's PRs often need, how often, and how long that review takes (median hours). */
const DEPENDENCIES: Readonly<Record<string, { team: string; share: number; medianHours: number }>> = {
  platform: { team: 'sre', share: 0.45, medianHours: 26 },
  payments: { team: 'identity', share: 0.2, medianHours: 9 },
};

const OWN_REVIEW_HOURS = 2.5;
const OTHER_REVIEW_HOURS = 7;
const PRS_PER_WORKING_DAY = 0.8;
const titles = ['Tidy up retries', 'Add metrics for the queue', 'Bump dependencies', 'Fix flaky test', 'Handle timeouts', 'Split the config', 'Document the runbook', 'Speed up the build'];

/** The pull requests of one service, opened in [from, anchor); times never reach the anchor. */
export function* servicePullRequests(
  service: string,
  owner: PullRequestTeam,
  others: readonly PullRequestTeam[],
  rng: Rng,
  zone: Zone,
  from: number,
  anchor: number,
): Generator<RecordOf<'pull_request'>> {
  if (owner.engineers.length < 2) return;
  const dependency = DEPENDENCIES[owner.team];
  const needed = dependency && others.find((t) => t.team === dependency.team && t.engineers.length > 0);
  const elsewhere = others.filter((t) => t.engineers.length > 0);
  let n = 0;
  for (let day = zone.localDay(from); day <= zone.localDay(anchor); day++) {
    if (isWeekend(day)) continue;
    for (let i = rng.poisson(PRS_PER_WORKING_DAY); i > 0; i--) {
      const openedAt = sec(zone.toUtc(day, workMinute(rng)));
      if (openedAt < from || openedAt >= anchor) continue;
      const author = rng.pick(owner.engineers);
      // Who reviews: the team it depends on, now and then anyone else, mostly the own team.
      let reviewerTeam = owner;
      let medianHours = OWN_REVIEW_HOURS;
      if (needed && rng.chance(dependency.share)) [reviewerTeam, medianHours] = [needed, dependency.medianHours];
      else if (elsewhere.length > 0 && rng.chance(0.06)) [reviewerTeam, medianHours] = [rng.pick(elsewhere), OTHER_REVIEW_HOURS];
      const reviewers = reviewerTeam.engineers.filter((e) => e !== author);
      const reviewer = rng.pick(reviewers);
      const reviewAt = sec(openedAt + Math.max(0.1, rng.lognormal(medianHours, 0.8)) * HOUR);
      const abandoned = rng.chance(0.05);
      const mergeAt = sec(reviewAt + Math.max(0.05, rng.lognormal(1.5, 1)) * HOUR);
      // A review gate in another team often merges itself; otherwise the author merges.
      const merger = reviewerTeam !== owner && rng.chance(0.4) ? reviewer : author;
      const title = rng.pick(titles);
      const pr: RecordOf<'pull_request'> = { kind: 'pull_request', id: `pr-${service}-${++n}`, service, openedAt: iso(openedAt), author, title };
      if (reviewAt < anchor) Object.assign(pr, { firstReviewAt: iso(reviewAt), firstReviewer: reviewer });
      if (abandoned) {
        const closedAt = sec(reviewAt + rng.lognormal(30, 0.8) * HOUR);
        if (closedAt < anchor) pr.closedAt = iso(closedAt);
      } else if (mergeAt < anchor) Object.assign(pr, { mergedAt: iso(mergeAt), mergedBy: merger, closedAt: iso(mergeAt) });
      yield pr;
    }
  }
}
