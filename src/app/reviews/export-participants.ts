/**
 * A cycle's participants and their progress as CSV: the rows the viewer sees on the cycle page
 * (readCycle decides), with team and manager by name. Presence and counts only — never a review's
 * text or a rating's value.
 */
import type { Actor } from '../../core/access/actor.js';
import { toCsv } from '../../core/export/csv.js';
import { collectAll } from '../org/collect-all.js';
import type { ReviewDeps } from './deps.js';
import { readCycle } from './read-cycles.js';

const yesNo = (v: boolean | null): string | null => (v === null ? null : v ? 'written' : 'not yet');

export async function exportParticipants(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<{ name: string; csv: string }> {
  const view = await readCycle(deps, actor, cycleId);
  const teams = new Map((await collectAll((p) => deps.data.org.listTeams(p))).map((t) => [t.id, t.name] as const));
  const people = await deps.data.org.personNames(view.participants.flatMap((p) => (p.manager ? [p.manager] : [])));
  const signals = view.rubric?.signals.length ?? 0;
  const rows = view.participants.map((p) => [
    p.name,
    p.team === null ? null : (teams.get(p.team) ?? p.team),
    p.manager === null ? null : (people.get(p.manager) ?? p.manager),
    yesNo(p.progress.selfReview),
    yesNo(p.progress.managerReview),
    p.ratings === null ? null : signals > 0 ? `${p.ratings} of ${signals}` : String(p.ratings),
    p.progress.calibrationChanges,
    view.cycle.state === 'shared' ? 'shared' : 'not yet',
  ]);
  return {
    name: `participants-${view.cycle.id}`,
    csv: toCsv(['person', 'team', 'manager', 'self review', 'manager review', 'signals rated', 'calibration changes', 'shared with the person'], rows),
  };
}
