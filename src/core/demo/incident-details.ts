/**
 * Who worked each demo incident, its cause label and its postmortem: the on-call person at the
 * time works it; Payments' go-to firefighter (Dev Patel) joins its severe incidents — "many
 * incidents worked" — and severe incidents get a postmortem. The cause is the reason in the
 * title ("payments-api: Queue backlog growing" → "queue backlog growing"), so the same failure
 * coming back within 90 days shows as a repeat incident.
 */
import type { RecordOf } from '../records/schemas.js';
import type { Shift } from './oncall.js';

/** The person on call at `at` among time-ordered, non-overlapping shifts. */
export function onCallAt(shifts: readonly Shift[], at: number): string | undefined {
  let lo = 0;
  let hi = shifts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = shifts[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.person;
  }
  return undefined;
}

export function withIncidentDetails(incident: RecordOf<'incident'>, shifts: readonly Shift[], goTo: string | undefined): RecordOf<'incident'> {
  const out = { ...incident };
  const people = new Set<string>();
  const onCall = onCallAt(shifts, Date.parse(incident.startedAt));
  if (onCall) people.add(onCall);
  const severe = incident.severity === 'sev1' || incident.severity === 'sev2';
  if (goTo && (severe || incident.severity === 'sev3')) people.add(goTo);
  if (people.size > 0) out.participants = [...people];
  const reason = incident.title?.split(': ').slice(1).join(': ');
  if (reason) out.cause = reason.toLowerCase();
  if (severe) out.postmortem = `https://wiki.lumen.example/postmortems/${encodeURIComponent(incident.id)}`;
  return out;
}
