/**
 * The review packet of a person in a cycle (spec/people.md): the period's evidence arranged by
 * signal with outcomes, shared feedback, self and manager reviews, ratings when the reader may see
 * them, the fairness flags, and the team's delivery figures beside it — context, never a score.
 * One policy check (`review-packet`), one audit entry for someone else's packet; ratings follow
 * their own rule (hidden from the engineer until the cycle is shared).
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { fairnessChecks } from '../../core/evidence/index.js';
import { arrangePacket, type Packet, type PacketFlag } from '../../core/packet/index.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { isShared, visibleRatings } from '../../core/review/visibility.js';
import { assertAllowed } from '../authorize.js';
import { withOutcomes } from '../living-document/evidence-outcome.js';
import type { LivingDocumentDeps } from '../living-document/deps.js';
import { audit, isSelf, loadCycle, loadPerson, rubricOf } from '../reviews/deps.js';
import { surpriseFlagsOf } from '../reviews/surprise-flags.js';
import { packetEvidence } from './packet-evidence.js';
import { teamContext } from './team-context.js';

export type PacketDeps = LivingDocumentDeps;

export async function readReviewPacket(deps: PacketDeps, actor: Actor, cycleId: string, personId: string): Promise<Packet> {
  const { data } = deps;
  const cycle = await loadCycle(data, cycleId);
  const person = await loadPerson(data, personId);
  assertAllowed(actor, 'read', { type: 'review-packet', person: personId });
  const period = { from: cycle.periodFrom, to: cycle.periodTo };
  const mayReadRatings = can(actor, 'read', { type: 'review-rating', person: personId, shared: isShared(cycle) }).allowed;
  const mayReadManagerReview = can(actor, 'read', { type: 'manager-review', person: personId, shared: isShared(cycle) }).allowed;

  const gathered = await data.transaction(async (r) => {
    const rubric = await rubricOf(r, cycle);
    const ratings = mayReadRatings ? visibleRatings(cycle, { isSubject: isSelf(actor, personId) }, await r.ratings.forPerson(cycle.id, personId), await r.ratings.changesForPerson(cycle.id, personId)) : null;
    // The packet lists the feedback of its period; the no-surprises check is the ratings page's own (surpriseFlagsOf).
    // Shared feedback only (entriesFor without private notes): a private-to-manager note never reaches a packet or its exports.
    const feedback = (await r.sharedFeedback.entriesFor(personId, false)).entries.filter((f) => f.sharedAt !== null && f.sharedAt < period.to);
    const writeups = await r.reviewWriteups.forPerson(cycle.id, personId);
    const surprises = ratings?.visible && !isSelf(actor, personId) ? await surpriseFlagsOf(r, ratings.ratings, rubric) : [];
    if (!isSelf(actor, personId)) {
      await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: personId, detail: `packet of "${cycle.name}"` }));
    }
    return { rubric, ratings, feedback, writeups, surprises };
  });

  const names = await authorNames(deps, [...(gathered.ratings?.ratings ?? []).map((x) => x.author), ...gathered.feedback.map((f) => f.author)]);
  const items = await data.evidence.listEvidence(personId, period);
  const evidence = await withOutcomes(deps, actor, items);
  const rubric = gathered.rubric ?? defaultRubric();
  const dimensionNames = await ladderDimensionNames(deps);
  const team = person.team ? await data.org.getTeam(person.team) : undefined;
  const shownRatings = gathered.ratings?.visible ? gathered.ratings.ratings : null;

  const flags: PacketFlag[] = fairnessChecks(items, period).flags.map((f) => ({ check: f.check, message: f.message }));
  for (const s of gathered.surprises) flags.push({ check: 'no-surprises', message: `${s.signal}: ${s.reason}` });

  return arrangePacket({
    person: { id: person.id, name: person.name, team: person.team, teamName: team?.name ?? null, level: person.level },
    cycle: { id: cycle.id, name: cycle.name, kind: cycle.kind, from: period.from, to: period.to, state: cycle.state },
    signals: rubric.signals.map((s) => ({ id: s.id, name: s.name, definition: s.definition })),
    evidence: evidence.map((e) => packetEvidence(e, dimensionNames)),
    ratings:
      shownRatings === null
        ? null
        : shownRatings.map((x) => ({
            signal: x.signal,
            value: x.value,
            rationale: x.rationale,
            author: names.get(x.author ?? '') ?? 'a former account',
            cites: x.evidence.map((id) => ({ id, title: items.find((i) => i.id === id)?.title ?? 'an item no longer in the period' })),
            context: x.context,
          })),
    selfReview: gathered.writeups.self?.text ?? null,
    managerReview: mayReadManagerReview ? (gathered.writeups.manager?.text ?? null) : null,
    managerReviewHidden: !mayReadManagerReview,
    feedback: gathered.feedback.map((f) => ({ author: f.author === null ? null : (names.get(f.author) ?? null), kind: f.kind, text: f.text, signal: f.signal, at: f.sharedAt ?? f.createdAt })),
    context: team ? await teamContext(deps, actor, team, period) : null,
    flags,
    generatedAt: deps.runtime.now(),
  });
}

async function authorNames(deps: PacketDeps, accounts: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(accounts.filter((a): a is string => a !== null))];
  const found = await Promise.all(ids.map((id) => deps.data.accounts.get(id)));
  return new Map(ids.flatMap((id, i) => (found[i] ? [[id, found[i]!.name] as const] : [])));
}

/** The published ladder's dimension names by id, which evidence items name; empty before a ladder is published. */
async function ladderDimensionNames(deps: PacketDeps): Promise<Map<string, string>> {
  const published = await deps.data.ladders.latestPublished();
  return new Map((published?.ladder.dimensions ?? []).map((d) => [d.id, d.name]));
}
