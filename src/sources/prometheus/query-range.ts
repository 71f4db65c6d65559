/**
 * Prometheus `GET /api/v1/query_range`, paged by time range so no answer exceeds Prometheus's
 * 11,000 points per series (a page is 7 days of one-minute steps, 10,080 points). An error
 * answer (`status: "error"`) becomes a PrometheusError naming the query, the URL and what
 * Prometheus said; the caller decides how to present it.
 */
export class PrometheusError extends Error {
  constructor(
    readonly query: string,
    readonly url: string,
    readonly errorType: string,
    message: string,
  ) {
    super(message);
    this.name = 'PrometheusError';
  }
}

export interface RangePoint {
  /** Epoch ms of the evaluation instant. */
  t: number;
  value: number;
}

export const STEP_MS = 60_000;
const PAGE_MS = 7 * 24 * 3_600_000;

export type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

interface Answer {
  status: 'success' | 'error';
  errorType?: string;
  error?: string;
  data?: { resultType: string; result: { metric: Record<string, string>; values: [number, string][] }[] };
}

/** One series' points over [from, to) at one-minute steps; several series are summed (the SLI is one number a minute). */
export async function queryRange(baseUrl: string, query: string, from: number, to: number, fetchImpl: Fetch = fetch as unknown as Fetch): Promise<RangePoint[]> {
  const out = new Map<number, number>();
  for (let start = from; start < to; start += PAGE_MS) {
    const end = Math.min(to, start + PAGE_MS) - STEP_MS;
    if (end < start) break;
    const params = new URLSearchParams({ query, start: String(start / 1000), end: String(end / 1000), step: String(STEP_MS / 1000) });
    const url = `${baseUrl.replace(/\/+$/, '')}/api/v1/query_range?${params}`;
    let res: Awaited<ReturnType<Fetch>>;
    try {
      res = await fetchImpl(url, { signal: AbortSignal.timeout(60_000) });
    } catch (e) {
      throw new PrometheusError(query, baseUrl, 'unreachable', `cannot reach Prometheus at ${baseUrl}: ${(e as Error).message}`);
    }
    const body = await res.text();
    let answer: Answer;
    try {
      answer = JSON.parse(body) as Answer;
    } catch {
      throw new PrometheusError(query, baseUrl, `http ${res.status}`, `Prometheus at ${baseUrl} answered HTTP ${res.status} without a JSON body: ${body.slice(0, 200)}`);
    }
    if (answer.status !== 'success' || !answer.data) {
      throw new PrometheusError(query, baseUrl, answer.errorType ?? `http ${res.status}`, answer.error ?? `HTTP ${res.status}`);
    }
    if (answer.data.resultType !== 'matrix') throw new PrometheusError(query, baseUrl, 'bad_data', `expected a range vector (matrix), got ${answer.data.resultType}`);
    for (const series of answer.data.result) {
      for (const [sec, v] of series.values) {
        const value = Number(v);
        if (!Number.isFinite(value)) continue;
        const t = Math.round(sec * 1000);
        out.set(t, (out.get(t) ?? 0) + value);
      }
    }
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([t, value]) => ({ t, value }));
}
