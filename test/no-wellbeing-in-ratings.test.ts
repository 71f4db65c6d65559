/**
 * Sustainable-work signals are never an input to a rating (spec/reliability.md): there must be no
 * path from them into any rating, review, packet or calibration view. Two walks prove it:
 *
 * 1. The API: every operation of the OpenAPI document except the on-call routes is walked through
 *    its parameters, request body and responses, following every $ref; none may reach a
 *    sustainable-work schema or field. (A positive control checks the walk does find them in the
 *    on-call routes, so the test cannot pass by walking nothing.)
 * 2. The code: the import graph from the packet model, the review and calibration core, the
 *    review use cases and their routes must not reach src/core/wellbeing or the on-call use cases.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentOpenApiDocument } from '../scripts/openapi-document.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The on-call routes: the only operations allowed to carry these signals. */
const allowed = new Set(['GET /api/teams/{id}/oncall', 'GET /api/people/{id}/load', 'GET /api/settings/wellbeing-thresholds', 'PUT /api/settings/wellbeing-thresholds']);
const wellbeingSchemas = ['PersonLoad', 'TeamOncall', 'MyLoad', 'LoadFlag', 'LoadTrend', 'LoadCause', 'WellbeingThresholds', 'PagesPerShiftComparison', 'NoisyAlert'];
const wellbeingFields = ['offHoursPages', 'sleepHoursPages', 'weekendPages', 'loadGini', 'shareOfTeamPages', 'onCallHours', 'onCallHoursPerWeek', 'incidentsWorked', 'interruptions', 'offHoursPerWeek', 'sleepHoursPerWeek'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every component name and property name reachable from `node`, following $refs. */
function reach(node: Json, components: Record<string, Json>, seen = new Set<string>(), found = { refs: new Set<string>(), props: new Set<string>() }) {
  if (Array.isArray(node)) for (const n of node) reach(n, components, seen, found);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = v.split('/').pop()!;
        found.refs.add(name);
        if (!seen.has(name)) {
          seen.add(name);
          reach(components[name] ?? null, components, seen, found);
        }
      } else if (k === 'properties' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
        for (const p of Object.keys(v)) found.props.add(p);
        reach(v, components, seen, found);
      } else reach(v, components, seen, found);
    }
  }
  return found;
}

describe('no path from sustainable-work signals into ratings, reviews, packets or calibration', () => {
  it('the API: no operation but the on-call ones reaches a sustainable-work schema or field', async () => {
    const doc = (await currentOpenApiDocument()) as unknown as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
    const components = doc.components.schemas;
    const leaks: string[] = [];
    let walked = 0;
    const reviewSide: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const key = `${method.toUpperCase()} ${path}`;
        const { refs, props } = reach(op, components);
        if (allowed.has(key)) {
          // Positive control: the walk does see the signals where they are allowed.
          expect([...refs].some((r) => wellbeingSchemas.includes(r)) || [...props].some((p) => wellbeingFields.includes(p)), key).toBe(true);
          continue;
        }
        walked++;
        if (/review|rating|packet|calibration|cycle|compensation|feedback|rubric|living-document|evidence|promotion/.test(path)) reviewSide.push(key);
        for (const r of refs) if (wellbeingSchemas.includes(r)) leaks.push(`${key} → schema ${r}`);
        for (const p of props) if (wellbeingFields.includes(p)) leaks.push(`${key} → field ${p}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(walked).toBeGreaterThan(50);
    // The review side is really among what was walked (packets, ratings, cycles, calibration).
    expect(reviewSide.some((k) => k.includes('packet'))).toBe(true);
    expect(reviewSide.some((k) => k.includes('rating'))).toBe(true);
  });

  const importRe = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

  function resolveImport(from: string, spec: string): string | null {
    const base = resolve(dirname(from), spec);
    for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
    return null;
  }

  /** Every source file reachable from the entry files through relative imports (type imports included). */
  function importGraph(entries: string[]): Set<string> {
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(importRe)) {
        const target = resolveImport(file, (m[1] ?? m[2])!);
        if (target && !target.endsWith('.test.ts')) queue.push(target);
      }
    }
    return seen;
  }

  const filesIn = (dir: string) => readdirSync(join(root, dir)).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.')).map((f) => join(root, dir, f));
  const forbidden = (f: string) => /src\/core\/wellbeing\/|src\/app\/oncall\/|src\/http\/routes\/oncall\//.test(relative(root, f));

  it('the code: the packet model, review and calibration logic and their routes never import the signals', () => {
    const entries = [
      ...filesIn('src/core/packet'),
      ...filesIn('src/core/review'),
      ...filesIn('src/app/packet'),
      ...filesIn('src/app/reviews'),
      ...['packet', 'ratings', 'cycles', 'feedback', 'compensation', 'rubrics', 'living-document'].flatMap((r) => filesIn(`src/http/routes/${r}`)),
    ];
    const reached = importGraph(entries);
    expect(reached.size).toBeGreaterThan(entries.length);
    expect([...reached].filter(forbidden).map((f) => relative(root, f))).toEqual([]);
    // Positive control: the same walk from the on-call route does reach the signals.
    expect([...importGraph([join(root, 'src/http/routes/oncall/route.ts')])].some(forbidden)).toBe(true);
  });
});
