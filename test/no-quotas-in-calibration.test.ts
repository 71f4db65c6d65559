/**
 * Calibration shows distributions, never quotas (spec/people.md): no forced ranking, no stack
 * ranking, no bell curve to fit, and no "potential" 9-box grid. Three checks make sure no code
 * path produces one:
 *
 * 1. The code: no declaration, property or route in src/ or web/src/ is named for a quota, a
 *    forced or stack ranking, a curve, a target distribution or a 9-box / potential grid
 *    (comments and prose are stripped first, so a sentence saying "never quotas" does not count).
 * 2. The API: no operation's path or schema field in the OpenAPI document is named for one.
 * 3. The figures: distributions and manager consistency keep the order they were given (by name),
 *    whatever the ratings — they never sort anyone by how they rate.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentOpenApiDocument } from '../scripts/openapi-document.js';
import { distributionsAgainstOrg } from '../src/core/calibration/distribution.js';
import { managerConsistency } from '../src/core/calibration/manager-consistency.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const forbidden = /(quota|forced[_-]?rank|stack[_-]?rank|bell[_-]?curve|forced[_-]?distribution|target[_-]?distribution|nine[_-]?box|9[_-]?box|potential[_-]?grid|box[_-]?grid)/i;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('openapi.gen.ts') ? [path] : [];
  });
}

/** The code without comments, template text or string contents (names and routes stay: routes are checked apart). */
const codeOnly = (src: string): string =>
  src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/>[^<>{}]*</g, '><');

describe('no quotas, no forced ranking, no 9-box in calibration', () => {
  const sources = [...files(join(root, 'src')), ...files(join(root, 'web/src'))];

  it('reads the whole tree (a positive control: the walk finds the distribution code)', () => {
    expect(sources.length).toBeGreaterThan(200);
    expect(sources.some((f) => f.endsWith('core/calibration/distribution.ts'))).toBe(true);
    expect(forbidden.test(codeOnly('export function forcedRanking(xs) {}'))).toBe(true);
    expect(forbidden.test(codeOnly('// never quotas\nconst x = "no quota";'))).toBe(false);
  });

  it('names no declaration or property after a quota, a forced ranking, a curve or a 9-box', () => {
    const hits = sources.flatMap((f) => {
      const code = codeOnly(readFileSync(f, 'utf8'));
      return code.split('\n').flatMap((line, i) => (forbidden.test(line) ? [`${relative(root, f)}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(hits).toEqual([]);
  });

  it('offers no API path or field for one', async () => {
    const doc = JSON.stringify(await currentOpenApiDocument());
    const names = [...doc.matchAll(/"([^"]{1,80})"\s*:/g)].map((m) => m[1]!);
    const paths = Object.keys((JSON.parse(doc) as { paths: Record<string, unknown> }).paths);
    expect(paths.filter((p) => forbidden.test(p) || /rank|potential/i.test(p))).toEqual([]);
    expect([...new Set(names.filter((n) => forbidden.test(n)))]).toEqual([]);
  });

  it('keeps groups and managers in the order given, whatever their ratings', () => {
    const scale = ['needs support', 'strong at level', 'exceeds'];
    const groups = [
      { group: 'B line', values: ['needs support', 'needs support'] },
      { group: 'A line', values: ['exceeds', 'exceeds'] },
    ];
    expect(distributionsAgainstOrg(groups, scale).groups.map((g) => g.group)).toEqual(['B line', 'A line']);
    expect(Object.keys(distributionsAgainstOrg(groups, scale).groups[0]!).sort()).toEqual(['differenceFromOrg', 'distribution', 'group']);
    const facts = (name: string, ratings: string[]) => ({ manager: name, name, texts: [], ratings, needsSupport: 0, surprises: 0, concernToFeedbackDays: [], oneOnOnes: { recorded: false as const } });
    const rows = managerConsistency([facts('Zoe', ['exceeds']), facts('Adam', ['needs support']), facts('Mia', ['strong at level'])], scale);
    expect(rows.map((r) => r.name)).toEqual(['Adam', 'Mia', 'Zoe']);
  });
});
