/**
 * The wire shape of a ladder version, shared by `trellis ladder show --json` and
 * `GET /api/ladders/:id`: the ladder's own fields at the top (levels, dimensions, cells), then
 * its version facts, with times as ISO text.
 */
import type { LadderView } from './read-ladders.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function ladderVersionJson(v: LadderView) {
  return {
    ...v.ladder,
    version: v.version,
    publishedAt: iso(v.publishedAt),
    versions: v.versions.map((x) => ({ version: x.version, name: x.name, publishedAt: iso(x.publishedAt), createdAt: iso(x.createdAt)! })),
    vagueCells: v.vagueCells,
  };
}
