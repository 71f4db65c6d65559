/**
 * Writes the benchmark's record file: a small org and ~1,000,000 event lines of every kind,
 * deterministic (no randomness), streamed to disk.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export async function writeBenchFile(path: string, lines: number): Promise<number> {
  const out = createWriteStream(path);
  let n = 0;
  const put = async (r: object) => {
    n++;
    if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, 'drain');
  };
  const t0 = Date.UTC(2024, 0, 1);
  await put({ kind: 'team', id: 'eng', name: 'Engineering', timezone: 'Europe/Berlin' });
  for (let t = 0; t < 20; t++) await put({ kind: 'team', id: `team-${t}`, name: `Team ${t}`, parent: 'eng', timezone: t % 2 ? 'America/New_York' : 'Europe/Berlin' });
  for (let p = 0; p < 400; p++) await put({ kind: 'person', id: `p${p}`, name: `Person ${p}`, team: `team-${p % 20}`, manager: p < 20 ? undefined : `p${p % 20}`, level: 'L3', workingHours: '09:00-17:00' });
  for (let s = 0; s < 100; s++) await put({ kind: 'service', id: `svc-${s}`, name: `Service ${s}`, team: `team-${s % 20}` });
  let i = 0;
  while (n < lines) {
    // Seconds precision, as most tools write times: the importer must canonicalise every one.
    const at = new Date(t0 + i * 60_000).toISOString().replace('.000Z', 'Z');
    const svc = `svc-${i % 100}`;
    switch (i % 10) {
      case 0: case 1: case 2: case 3:
        await put({ kind: 'change', id: `c${i}`, service: svc, committedAt: at, author: `p${i % 400}`, isMerge: i % 7 === 0 });
        break;
      case 4: case 5:
        await put({ kind: 'deployment', id: `d${i}`, service: svc, finishedAt: at, commit: `c${i - 1}`, changes: [`c${i - 4}`, `c${i - 3}`], status: i % 13 ? 'success' : 'failure' });
        break;
      case 6:
        await put({ kind: 'incident', id: `i${i}`, service: svc, startedAt: at, resolvedAt: new Date(t0 + i * 60_000 + 3_600_000).toISOString(), severity: 'sev3' });
        break;
      case 7:
        await put({ kind: 'page', id: `pg${i}`, at, person: `p${i % 400}`, service: svc, actionable: i % 3 === 0 });
        break;
      default:
        await put({ kind: 'sli', slo: `slo-${i % 10}`, at, good: 995, total: 1000 });
    }
    i++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}
