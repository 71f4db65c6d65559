/**
 * The load generator of bench/delivery-scale.ts, in its own process so it never competes with
 * the server for the server's event loop: 50 connections for 20 s over the given URLs, each
 * connection walking them in its own order across the given servers, and, at the same time, a
 * probe of /api/health: 2 connections at 50 requests a second in all, the rate of a load
 * balancer's checks and more — a probe, not a second load (unpaced, it asked thousands a second
 * and took CPU from the reports it was meant to watch). Prints one JSON line with both results.
 *
 *   node --import tsx bench/scale/load.ts SPEC.json
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

interface Spec {
  addresses: string[];
  cookie: string;
  paths: string[];
  connections: number;
  seconds: number;
}

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Spec;
const headers = { cookie: spec.cookie };

function run(address: string, paths: string[], connections: number, overallRate?: number): Promise<autocannon.Result> {
  let next = Math.floor(Math.random() * paths.length);
  return autocannon({
    url: address,
    connections,
    ...(overallRate === undefined ? {} : { overallRate }),
    duration: spec.seconds,
    timeout: 10,
    headers,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
  });
}

const share = Math.ceil(spec.connections / spec.addresses.length);
const [health, ...reports] = await Promise.all([
  run(spec.addresses[0]!, ['/api/health'], 2, 50),
  ...spec.addresses.map((a, i) => run(a, spec.paths.filter((_, k) => k % spec.addresses.length === i), share)),
]);
const summary = (r: autocannon.Result) => ({
  requests: r.requests.total,
  perSecond: r.requests.average,
  p50: r.latency.p50,
  p90: r.latency.p90,
  p99: r.latency.p99,
  max: r.latency.max,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
});
console.log(JSON.stringify({ health: summary(health!), reports: reports.map(summary) }));
