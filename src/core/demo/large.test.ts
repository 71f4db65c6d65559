import { describe, expect, it } from 'vitest';
import type { TrellisRecord } from '../records/schemas.js';
import { findCycles } from '../org/cycles.js';
import { generateDemo } from './generate.js';
import { ANCHOR } from './demo.test-helpers.js';

/** The large organisation's records up to the first change: the generator is lazy, so this is quick. */
function orgOfLarge(): TrellisRecord[] {
  const out: TrellisRecord[] = [];
  for (const r of generateDemo({ seed: 1, scale: 'large', anchor: ANCHOR })) {
    if (r.kind === 'change') break;
    out.push(r);
  }
  return out;
}

describe('large scale', () => {
  const org = orgOfLarge();
  const people = org.filter((r) => r.kind === 'person');

  it('has 250 teams, about 2,000 engineers and 500 services, with the Lumen cast inside', () => {
    expect(org.filter((r) => r.kind === 'team')).toHaveLength(250);
    expect(people.filter((p) => p.track !== undefined)).toHaveLength(2000);
    expect(org.filter((r) => r.kind === 'service')).toHaveLength(500);
    expect(people.find((p) => p.id === 'dev-patel')?.email).toBe('dev@lumen.example');
  });

  it('keeps ids and emails unique and reporting lines acyclic', () => {
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(findCycles(new Map(people.map((p) => [p.id, p.manager])))).toEqual([]);
  });

  it('yields a service’s history before the next service’s (it streams)', () => {
    const services: string[] = [];
    let n = 0;
    for (const r of generateDemo({ seed: 1, scale: 'large', anchor: ANCHOR })) {
      if (r.kind === 'change' || r.kind === 'deployment' || r.kind === 'incident') {
        if (services.at(-1) !== r.service) services.push(r.service);
        if (services.length > 3) break;
      }
      if (++n > 200_000) break;
    }
    expect(new Set(services).size).toBe(services.length);
  });
});
