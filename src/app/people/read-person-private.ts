/**
 * A person's private page: their on-call shifts and the pages they received in the last 90 days.
 * Readable by the person, their manager line and people partners (the access policy); every
 * read leaves an audit entry, in the same transaction as the read, which the person can see in
 * their access log.
 *
 * These are the person's own operational load — context for a conversation about sustainable
 * work — not a score: no delivery figure is attached to a person.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';

export const privateWindowDays = 90;
/** Lists are capped; `counts` always tell the full numbers. */
export const privateListLimit = 500;

export interface PersonPrivate {
  /**
   * `timeZone` is the person's own (else their team's): their shifts and pages are read in the
   * hours they live in — a page at 03:00 *for them* is what matters, not the viewer's clock.
   */
  person: { id: string; name: string; team: string | null; manager: string | null; timeZone: string | null; workingHours: string | null };
  oncallShifts: { id: string; start: string; end: string; schedule: string | null }[];
  pages: { id: string; at: string; service: string | null; urgency: string | null; actionable: boolean | null; acknowledgedAt: string | null; resolvedAt: string | null }[];
  counts: { shifts: number; pages: number };
}

const iso = (ms: number): string => new Date(ms).toISOString();
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

export async function readPersonPrivate({ data, runtime }: { data: DataAccess; runtime: Runtime }, actor: Actor, personId: string): Promise<PersonPrivate> {
  const person = await data.org.getPerson(personId);
  if (!person) throw new TrellisError('NOT_FOUND', `No person with id "${personId}".`);
  assertAllowed(actor, 'read', { type: 'person-private', person: personId });
  const timeZone = person.timezone ?? (person.team ? ((await data.org.getTeam(person.team))?.timezone ?? null) : null);
  const to = runtime.now();
  const window = { from: to - privateWindowDays * 24 * 60 * 60_000, to };
  return data.transaction(async (r) => {
    const [shifts, pages] = [await r.personRecords.shifts(personId, window, privateListLimit), await r.personRecords.pages(personId, window, privateListLimit)];
    await r.audit.append(
      auditEntry(runtime, actorAccountOf(actor), { action: 'read', resourceType: 'person-private', resourceId: personId, subjectPerson: personId, detail: `on-call shifts and pages, last ${privateWindowDays} days` }),
    );
    return {
      person: { id: person.id, name: person.name, team: person.team, manager: person.manager, timeZone, workingHours: person.workingHours },
      oncallShifts: shifts.items.map((s) => ({ id: s.id, start: iso(s.start), end: iso(s.end), schedule: s.schedule })),
      pages: pages.items.map((p) => ({ ...p, at: iso(p.at), acknowledgedAt: isoOrNull(p.acknowledgedAt), resolvedAt: isoOrNull(p.resolvedAt) })),
      counts: { shifts: shifts.total, pages: pages.total },
    };
  });
}
