/**
 * The shape every agreement statistic reads: who rated which unit with what value. A unit is
 * whatever was rated independently — a sample packet, or one person's packet on one signal.
 * Missing ratings are simply absent; each statistic says how it treats them.
 */
export interface Rating {
  rater: string;
  unit: string;
  value: number;
}

/** Values grouped by unit, in first-seen order (deterministic for the same input). */
export function valuesByUnit(ratings: readonly Rating[]): Map<string, number[]> {
  const units = new Map<string, number[]>();
  for (const r of ratings) {
    const list = units.get(r.unit);
    if (list) list.push(r.value);
    else units.set(r.unit, [r.value]);
  }
  return units;
}

export function distinctRaters(ratings: readonly Rating[]): string[] {
  return [...new Set(ratings.map((r) => r.rater))];
}
