/**
 * How far a cycle has got, per team and in total: the share of participants whose self review
 * and manager review are in, and whose every signal is rated. Pure counting over what the store
 * holds, so the home page and the cycle page say the same thing. Teams are listed by name, never
 * ranked: progress is a prompt for whoever runs the cycle, not a league table.
 */
export interface ProgressInput {
  participants: readonly { id: string; team: string | null }[];
  teamNames: ReadonlyMap<string, string>;
  /** person → kinds submitted ('self', 'manager'). */
  submitted: ReadonlyMap<string, ReadonlySet<string>>;
  /** person → ratings written. */
  ratings: ReadonlyMap<string, number>;
  /** Signals each participant is rated on; 0 for a check-in (no ratings). */
  signals: number;
}

export interface StepCounts {
  people: number;
  selfReviews: number;
  managerReviews: number;
  /** People rated on every signal (null for a check-in). */
  rated: number | null;
}

export interface TeamProgress extends StepCounts {
  team: string | null;
  name: string;
}

export function cycleProgress(input: ProgressInput): { total: StepCounts; teams: TeamProgress[] } {
  const byTeam = new Map<string | null, StepCounts>();
  const total: StepCounts = { people: 0, selfReviews: 0, managerReviews: 0, rated: input.signals > 0 ? 0 : null };
  for (const p of input.participants) {
    const t = byTeam.get(p.team) ?? { people: 0, selfReviews: 0, managerReviews: 0, rated: input.signals > 0 ? 0 : null };
    const kinds = input.submitted.get(p.id);
    const rated = input.signals > 0 && (input.ratings.get(p.id) ?? 0) >= input.signals;
    for (const c of [t, total]) {
      c.people++;
      if (kinds?.has('self')) c.selfReviews++;
      if (kinds?.has('manager')) c.managerReviews++;
      if (rated && c.rated !== null) c.rated++;
    }
    byTeam.set(p.team, t);
  }
  const teams = [...byTeam.entries()].map(([team, c]) => ({ team, name: team === null ? 'No team' : (input.teamNames.get(team) ?? team), ...c }));
  return { total, teams: teams.sort((a, b) => a.name.localeCompare(b.name)) };
}
