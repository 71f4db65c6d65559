import { expect, it } from 'vitest';
import { collectAll } from './collect-all.js';

function pager(n: number) {
  const rows = Array.from({ length: n }, (_, i) => i);
  const calls: { limit: number; offset: number }[] = [];
  const fetch = async (p: { limit: number; offset: number }) => {
    calls.push(p);
    return { items: rows.slice(p.offset, p.offset + p.limit), total: n };
  };
  return { fetch, calls };
}

it('reads every page of a long list, in order', async () => {
  const { fetch, calls } = pager(1203);
  const all = await collectAll(fetch);
  expect(all).toHaveLength(1203);
  expect(all[1202]).toBe(1202);
  expect(calls.map((c) => c.offset)).toEqual([0, 500, 1000]);
});

it('stops after one call for an empty or exactly-full list', async () => {
  const empty = pager(0);
  expect(await collectAll(empty.fetch)).toEqual([]);
  expect(empty.calls).toHaveLength(1);
  const full = pager(500);
  expect(await collectAll(full.fetch)).toHaveLength(500);
  expect(full.calls).toHaveLength(1);
});
