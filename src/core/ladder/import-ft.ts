/**
 * The Financial Times' engineering-progression YAML (a "job family"): `levels[]`, `themes[]` and a
 * flat `competencies[]` of `{level, theme, summary, proficiency, examples?, supportingUrls?}`.
 * Validated against FT's own JSON Schema first (ajv, draft 2020-12), so a file FT accepts is
 * one we accept; themes become dimensions and competencies the entries of their cell, in file order.
 *
 * FT forks its levels into an individual-contributor and a people-manager track from Senior
 * Engineer 2 (`senior-2-ic`, `senior-2-pm`): the suffix gives the track, and the two share a rank.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { ftJobFamilySchema } from './ft-schema.js';
import { failed, fieldPath, slug, type LadderParse, type LadderProblem } from './import-result.js';
import type { LadderCell, LadderLevel } from './model.js';
import { problemAt, readYaml, type YamlSource } from './yaml-source.js';

interface FtCompetency {
  level: string;
  theme: string;
  summary: string;
  proficiency: string;
  examples?: string[];
  supportingUrls?: { label: string; url: string }[];
}

interface FtJobFamily {
  name: string;
  summary: string;
  isLegacy?: boolean;
  levels: { id: string; name: string }[];
  themes: { id: string; name: string; summary?: string }[];
  competencies: FtCompetency[];
}

const validate = new Ajv2020({ allErrors: true, strict: false }).compile<FtJobFamily>(ftJobFamilySchema);

const tracks: Record<string, string> = { ic: 'ic', pm: 'manager' };

/** `senior-2-ic` → base `senior-2`, track `ic`; levels without a suffix are shared. */
function splitTrack(id: string): { base: string; track?: string } {
  const m = /^(.*)-(ic|pm)$/.exec(id);
  return m ? { base: m[1]!, track: tracks[m[2]!]! } : { base: id };
}

function ftLevels(levels: FtJobFamily['levels']): LadderLevel[] {
  let rank = 0;
  let previousBase: string | undefined;
  return levels.map((l) => {
    const { base, track } = splitTrack(l.id);
    if (!(track !== undefined && base === previousBase)) rank += 1;
    previousBase = base;
    return { id: l.id, name: l.name, rank, ...(track === undefined ? {} : { track }) };
  });
}

function schemaProblem(source: YamlSource, e: ErrorObject): LadderProblem {
  const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const params = e.params as { missingProperty?: string; additionalProperty?: string; allowedValues?: unknown[] };
  if (params.missingProperty !== undefined) return problemAt(source, path, fieldPath([...path, params.missingProperty]), 'is required');
  if (params.additionalProperty !== undefined) return problemAt(source, path, fieldPath([...path, params.additionalProperty]), 'is not a field of the FT job-family format');
  const allowed = params.allowedValues ? ` (${params.allowedValues.map(String).join(', ')})` : '';
  return problemAt(source, path, fieldPath(path), `${e.message ?? 'is not valid'}${allowed}`);
}

/** Competencies must point at levels and themes the file defines. */
function referenceProblems(source: YamlSource, f: FtJobFamily): LadderProblem[] {
  const levels = new Set(f.levels.map((l) => l.id));
  const themes = new Set(f.themes.map((t) => t.id));
  const problems: LadderProblem[] = [];
  f.competencies.forEach((c, i) => {
    if (!levels.has(c.level)) problems.push(problemAt(source, ['competencies', i, 'level'], fieldPath(['competencies', i, 'level']), `no level "${c.level}" in levels`));
    if (!themes.has(c.theme)) problems.push(problemAt(source, ['competencies', i, 'theme'], fieldPath(['competencies', i, 'theme']), `no theme "${c.theme}" in themes`));
  });
  return problems;
}

export function parseFtYaml(text: string): LadderParse {
  const read = readYaml(text);
  if (!read.ok) return failed(...read.problems);
  const { source } = read;
  if (!validate(source.value)) return failed(...(validate.errors ?? []).map((e) => schemaProblem(source, e)));
  const f = source.value;
  const refs = referenceProblems(source, f);
  if (refs.length > 0) return failed(...refs);

  const cells = new Map<string, LadderCell>();
  for (const c of f.competencies) {
    const key = `${c.level}\u0000${c.theme}`;
    const cell = cells.get(key) ?? { level: c.level, dimension: c.theme, entries: [] };
    const links = c.supportingUrls ?? [];
    cell.entries.push({ summary: c.summary.trim(), examples: c.examples ?? [], proficiency: c.proficiency, ...(links.length > 0 ? { links } : {}) });
    cells.set(key, cell);
  }
  return {
    ok: true,
    ladder: {
      id: slug(f.name),
      name: f.name,
      description: f.summary.trim(),
      cumulative: true,
      levels: ftLevels(f.levels),
      dimensions: f.themes.map((t) => ({ id: t.id, name: t.name, ...(t.summary === undefined ? {} : { description: t.summary.trim() }) })),
      cells: [...cells.values()],
      source: { format: 'ft-yaml', ...(f.isLegacy === true ? { notes: 'legacy job family' } : {}) },
    },
  };
}
