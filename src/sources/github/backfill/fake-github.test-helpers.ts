/** A local node:http server answering GitHub REST paths from a route table, for backfill tests. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Route: path with query (as requested) → one response, or a list answered in turn (the last repeats). */
export type Routes = Record<string, FakeResponse | FakeResponse[]>;

export async function fakeGithub(routes: Routes): Promise<{ url: string; requests: { path: string; auth: string | undefined }[]; close: () => Promise<void> }> {
  const requests: { path: string; auth: string | undefined }[] = [];
  const served = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    requests.push({ path, auth: req.headers.authorization });
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    const n = served.get(path) ?? 0;
    served.set(path, n + 1);
    const r = Array.isArray(route) ? route[Math.min(n, route.length - 1)]! : route;
    res.writeHead(r.status ?? 200, { 'content-type': 'application/json', ...r.headers }).end(JSON.stringify(r.body ?? []));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
