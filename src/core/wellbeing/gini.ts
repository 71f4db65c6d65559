/**
 * Load concentration over a team (spec/reliability.md): G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄) over the
 * team's active members in the window, members without pages counted as 0. 0 means everyone
 * carried the same share; (n − 1)/n means one person carried everything. Null when nobody was
 * paged (x̄ = 0): there is no load to be concentrated.
 *
 * Computed on sorted values in O(n log n): Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n − 1) x₍ᵢ₎ for i = 1…n.
 */
export function gini(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const total = values.reduce((s, v) => s + v, 0);
  if (total === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (2 * (i + 1) - n - 1) * xs[i]!;
  // 2·weighted / (2 n² x̄) with x̄ = total / n.
  return weighted / (n * total);
}
