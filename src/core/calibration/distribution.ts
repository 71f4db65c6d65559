/**
 * Rating distributions: how a group's ratings spread over the scale, beside the organisation's.
 * Shown so calibrators can ask "why does this team look different?" — descriptive only. There
 * is deliberately no target, quota, curve or forced ranking here, and nothing that sorts people
 * or managers by their ratings (spec/people.md: distributions shown, never quotas).
 */
export interface Distribution {
  /** Count per scale value, in scale order (lowest first). */
  counts: { value: string; count: number; share: number | null }[];
  n: number;
}

export function distributionOf(values: readonly string[], scale: readonly string[]): Distribution {
  const known = values.filter((v) => scale.includes(v));
  const n = known.length;
  return { n, counts: scale.map((value) => { const count = known.filter((v) => v === value).length; return { value, count, share: n === 0 ? null : count / n }; }) };
}

export interface GroupDistribution {
  group: string;
  distribution: Distribution;
  /** Per scale value: the group's share minus the organisation's (null without ratings). */
  differenceFromOrg: { value: string; difference: number | null }[];
}

/**
 * Each group's distribution beside the organisation's. Groups come back in the order given
 * (by name, where the caller sorted them): never ordered by how they rate.
 */
export function distributionsAgainstOrg(groups: readonly { group: string; values: readonly string[] }[], scale: readonly string[]): { org: Distribution; groups: GroupDistribution[] } {
  const org = distributionOf(groups.flatMap((g) => g.values), scale);
  return {
    org,
    groups: groups.map((g) => {
      const d = distributionOf(g.values, scale);
      return { group: g.group, distribution: d, differenceFromOrg: d.counts.map((c, i) => ({ value: c.value, difference: c.share === null || org.counts[i]!.share === null ? null : c.share - org.counts[i]!.share! })) };
    }),
  };
}
