/**
 * Prometheus and promtool for tests (Debian's packages in /usr/bin; never downloaded). Locally a
 * missing binary skips the tests with a clear message; with TRELLIS_REQUIRE_PROMETHEUS=1 (CI)
 * it fails the run instead.
 */
import { existsSync } from 'node:fs';

export const PROMETHEUS = process.env.TRELLIS_PROMETHEUS ?? '/usr/bin/prometheus';
export const PROMTOOL = process.env.TRELLIS_PROMTOOL ?? '/usr/bin/promtool';
const required = process.env.TRELLIS_REQUIRE_PROMETHEUS === '1';

export function prometheusAvailable(): boolean {
  const missing = [PROMETHEUS, PROMTOOL].filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  if (required) throw new Error(`Prometheus is required (TRELLIS_REQUIRE_PROMETHEUS=1) but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing: apt-get install prometheus`);
  console.warn(`[trellis tests] ${missing.join(' and ')} not found; skipping the Prometheus tests. Install Debian's prometheus package, or set TRELLIS_PROMETHEUS / TRELLIS_PROMTOOL.`);
  return false;
}
