/**
 * Trellis's own ladder format: the Ladder shape (model.ts) written out as YAML, marked with
 * `format: trellis-ladder/v1`. It is what `trellis ladder export --format yaml` writes and what an
 * organisation edits by hand, so parse(export(l)) gives l back exactly (a property test holds us to it).
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { failed, type LadderParse, type LadderProblem } from './import-result.js';
import type { Ladder } from './model.js';
import { readYaml } from './yaml-source.js';
import { zodProblems } from './zod-problems.js';

export const nativeFormat = 'trellis-ladder/v1';

const id = z.string().min(1);
const entry = z.strictObject({
  summary: z.string(),
  examples: z.array(z.string()),
  proficiency: z.string().optional(),
  links: z.array(z.strictObject({ label: z.string(), url: z.string() })).optional(),
});
const nativeSchema = z.strictObject({
  format: z.literal(nativeFormat),
  id,
  name: z.string(),
  description: z.string().optional(),
  cumulative: z.boolean(),
  source: z.strictObject({ format: z.string(), notes: z.string().optional(), title: z.string().optional(), url: z.string().optional(), licence: z.string().optional() }).optional(),
  levels: z.array(
    z.strictObject({
      id,
      name: z.string(),
      rank: z.number().int(),
      track: z.string().optional(),
      aliases: z.array(z.string()).optional(),
      description: z.string().optional(),
    }),
  ),
  dimensions: z.array(z.strictObject({ id, name: z.string(), description: z.string().optional() })),
  cells: z.array(z.strictObject({ level: id, dimension: id, entries: z.array(entry) })),
});

/** Duplicate ids and cells that point nowhere: the shape is right but the ladder is not. */
export function ladderProblems(l: Ladder): LadderProblem[] {
  const problems: LadderProblem[] = [];
  const dupes = (ids: string[], what: string) => ids.forEach((x, i) => ids.indexOf(x) !== i && problems.push({ field: what, message: `"${x}" appears twice` }));
  dupes(l.levels.map((x) => x.id), 'levels');
  dupes(l.dimensions.map((x) => x.id), 'dimensions');
  dupes(l.cells.map((c) => `${c.level} × ${c.dimension}`), 'cells');
  const levels = new Set(l.levels.map((x) => x.id));
  const dimensions = new Set(l.dimensions.map((x) => x.id));
  l.cells.forEach((c, i) => {
    if (!levels.has(c.level)) problems.push({ field: `cells[${i}].level`, message: `no level "${c.level}"` });
    if (!dimensions.has(c.dimension)) problems.push({ field: `cells[${i}].dimension`, message: `no dimension "${c.dimension}"` });
  });
  return problems;
}

export function parseNativeYaml(text: string): LadderParse {
  const read = readYaml(text);
  if (!read.ok) return failed(...read.problems);
  const parsed = nativeSchema.safeParse(read.source.value);
  if (!parsed.success) return failed(...zodProblems(read.source, parsed.error));
  const { format: _format, ...ladder } = parsed.data;
  const problems = ladderProblems(ladder).map((p) => {
    const m = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(p.field ?? '');
    const line = m ? read.source.lineOf([m[1]!, Number(m[2]), m[3]!]) : undefined;
    return line === undefined ? p : { ...p, line };
  });
  return problems.length > 0 ? failed(...problems) : { ok: true, ladder };
}

/** The native YAML text of a ladder; keys in a fixed, readable order. */
export function exportNativeYaml(l: Ladder): string {
  const doc = {
    format: nativeFormat,
    id: l.id,
    name: l.name,
    ...(l.description === undefined ? {} : { description: l.description }),
    cumulative: l.cumulative,
    ...(l.source === undefined ? {} : { source: l.source }),
    levels: l.levels,
    dimensions: l.dimensions,
    cells: l.cells,
  };
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}
