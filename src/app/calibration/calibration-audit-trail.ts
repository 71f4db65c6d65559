/**
 * The full audit trail of a cycle's calibration as CSV, for calibrators and people partners:
 * the session's steps, every rating change (who, old, new, reason tag, note), the acknowledged
 * no-surprises flags and the checklist ticks, oldest first.
 */
import type { Actor } from '../../core/access/actor.js';
import { toCsv, type CsvCell } from '../../core/export/csv.js';
import { assertAllowed } from '../authorize.js';
import { audit, loadCycle, type ReviewDeps } from '../reviews/deps.js';

const header = ['at', 'event', 'by', 'person', 'signal', 'from', 'to', 'reason', 'note'] as const;

export async function exportCalibrationTrail(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<{ name: string; csv: string }> {
  assertAllowed(actor, 'read', { type: 'calibration' });
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const session = await r.calibrationSessions.forCycle(cycle.id);
    const [changes, acks, ticks] = [await r.ratings.changesForCycle(cycle.id), await r.calibrationSessions.acknowledgements(cycle.id), session ? await r.calibrationSessions.checklist(session.id) : []];
    const emails = new Map([...(await r.accounts.emails()).entries()].map(([email, id]) => [id, email]));
    const who = (id: string | null): string => (id === null ? 'command line' : (emails.get(id) ?? id));
    const names = await r.org.personNames([...changes.map((c) => c.person), ...acks.map((a) => a.person), ...ticks.map((t) => t.person)]);
    const person = (id: string) => names.get(id) ?? id;
    const rows: { at: number; cells: CsvCell[] }[] = [];
    const iso = (ms: number) => new Date(ms).toISOString();
    if (session) {
      rows.push({ at: session.createdAt, cells: [iso(session.createdAt), 'session prepared', who(session.createdBy), null, null, null, null, null, null] });
      if (session.openedAt !== null) rows.push({ at: session.openedAt, cells: [iso(session.openedAt), 'session opened', who(session.openedBy), null, null, null, null, null, null] });
      if (session.lockedAt !== null) rows.push({ at: session.lockedAt, cells: [iso(session.lockedAt), 'session locked', who(session.lockedBy), null, null, null, null, null, null] });
    }
    for (const c of changes) rows.push({ at: c.at, cells: [iso(c.at), 'rating changed', who(c.by), person(c.person), c.signal, c.from, c.to, c.reason, c.note] });
    for (const a of acks) rows.push({ at: a.at, cells: [iso(a.at), 'no-surprises flag acknowledged', who(a.by), person(a.person), a.signal, null, null, null, a.note] });
    for (const t of ticks) rows.push({ at: t.at, cells: [iso(t.at), `checklist: ${t.question}`, who(t.by), person(t.person), null, null, null, null, null] });
    rows.sort((a, b) => a.at - b.at);
    await r.audit.append(audit(deps, actor, { action: 'export', resourceType: 'calibration-session', resourceId: cycle.id, detail: `calibration audit trail of "${cycle.name}" (${changes.length} changes)` }));
    return { name: `${cycle.name} calibration trail`, csv: toCsv(header, rows.map((x) => x.cells)) };
  });
}
