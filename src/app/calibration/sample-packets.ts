/**
 * Sample packets of a workshop round: written from scratch, or made from a real review packet with
 * names and identifying text removed. A packet made from a real one starts as a draft with the
 * list of what was removed; the facilitator reads both and approves it before raters see it.
 * Making one reads the real packet through its own use case, so the policy and the audit entry
 * for that read apply as they do anywhere else.
 */
import type { Actor } from '../../core/access/actor.js';
import { anonymise, identifiersOf } from '../../core/calibration/anonymise.js';
import { samplePacketText } from '../../core/calibration/sample-text.js';
import { isRevealed, validatePacket, type SamplePacket } from '../../core/calibration/workshop.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { readReviewPacket, type PacketDeps } from '../packet/read-review-packet.js';
import { newId } from '../runtime.js';
import { audit } from '../reviews/deps.js';
import { loadRound, ok } from './workshop-deps.js';

async function guardFacilitator(deps: PacketDeps, actor: Actor, roundId: string) {
  const l = await loadRound(deps.data, roundId);
  assertAllowed(actor, 'write', { type: 'calibration-workshop', raters: l.round.raters });
  if (isRevealed(l.state)) throw new TrellisError('CONFLICT', 'The ratings of this round are revealed: start a new round to rate other packets.');
  return l;
}

/** A packet written from scratch: ready for raters at once (the facilitator wrote every word). */
export async function addScratchPacket(deps: PacketDeps, actor: Actor, roundId: string, input: { title: string; body: string }): Promise<SamplePacket> {
  await guardFacilitator(deps, actor, roundId);
  const v = ok(validatePacket(input));
  const at = deps.runtime.now();
  const packet: SamplePacket = { id: newId(deps.runtime), round: roundId, title: v.title, body: v.body, origin: 'scratch', removed: [], approvedAt: at };
  await deps.data.transaction(async (r) => {
    await r.workshops.insertPacket(packet, at);
    await r.audit.append(audit(deps, actor, { action: 'create', resourceType: 'calibration-workshop', resourceId: roundId, detail: `sample packet "${packet.title}" written from scratch` }));
  });
  return packet;
}

/**
 * A draft made from a real packet, anonymised: its text and what was removed. Stored unapproved,
 * so nothing reaches a rater before the facilitator has read it.
 */
export async function addAnonymisedPacket(deps: PacketDeps, actor: Actor, roundId: string, input: { cycle: string; person: string; title: string }): Promise<SamplePacket> {
  await guardFacilitator(deps, actor, roundId);
  const real = await readReviewPacket(deps, actor, input.cycle, input.person);
  const [people, teams, services] = await Promise.all([allPages((q) => deps.data.org.listPeople(q)), allPages((q) => deps.data.org.listTeams(q)), allPages((q) => deps.data.org.listServices(q))]);
  const { text, removed } = anonymise(samplePacketText(real), identifiersOf(people, teams, services));
  const v = ok(validatePacket({ title: input.title, body: text }));
  const at = deps.runtime.now();
  const packet: SamplePacket = { id: newId(deps.runtime), round: roundId, title: v.title, body: v.body, origin: 'anonymised', removed, approvedAt: null };
  await deps.data.transaction(async (r) => {
    await r.workshops.insertPacket(packet, at);
    await r.audit.append(audit(deps, actor, { action: 'create', resourceType: 'calibration-workshop', resourceId: roundId, subjectPerson: input.person, detail: `anonymised sample packet "${packet.title}" drafted from a real packet (${removed.reduce((a, b) => a + b.count, 0)} removals to review)` }));
  });
  return packet;
}

export async function approvePacket(deps: PacketDeps, actor: Actor, roundId: string, packetId: string): Promise<void> {
  const l = await guardFacilitator(deps, actor, roundId);
  const packet = l.packets.find((p) => p.id === packetId);
  if (!packet) throw new TrellisError('NOT_FOUND', `No sample packet "${packetId}" in this round.`);
  await deps.data.transaction(async (r) => {
    if (!(await r.workshops.approvePacket(packetId, deps.runtime.now()))) throw new TrellisError('CONFLICT', 'This sample packet is already approved.');
    await r.audit.append(audit(deps, actor, { action: 'approve', resourceType: 'calibration-workshop', resourceId: roundId, detail: `sample packet "${packet.title}" approved for rating` }));
  });
}

type PageQuery = { q?: string | undefined; limit: number; offset: number };
async function allPages<T>(list: (q: PageQuery) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await list({ limit: 500, offset });
    out.push(...page.items);
    if (page.items.length < 500 || out.length >= page.total) return out;
  }
}
