import { describe, expect, it } from 'vitest';
import { demoPeople, LUMEN_TEAMS } from './lumen.js';
import { ofKind, records } from './demo.test-helpers.js';

const all = records();
const people = ofKind(all, 'person');
const person = (id: string) => people.find((p) => p.id === id);

describe('Lumen Freight organisation', () => {
  it('has Engineering with the eight teams of spec/demo.md under it', () => {
    const teams = ofKind(all, 'team');
    expect(teams[0]).toMatchObject({ id: 'engineering', name: 'Engineering' });
    expect(teams.filter((t) => t.parent === 'engineering').map((t) => t.name)).toEqual([
      'Platform', 'Payments', 'Search', 'Identity', 'Mobile', 'Data', 'Growth', 'SRE',
    ]);
    expect(teams).toHaveLength(9);
    const zones = new Set(teams.map((t) => t.timezone));
    expect(zones.has('America/New_York') && zones.has('Europe/Berlin')).toBe(true);
  });

  it('has every named person in the right team with a <firstname>@lumen.example sign-in', () => {
    for (const d of demoPeople) {
      const p = person(d.id);
      expect(p, d.id).toBeDefined();
      expect(p!.name).toBe(d.name);
      expect(p!.email).toBe(`${d.firstname.toLowerCase()}@lumen.example`);
      expect(p!.team).toBe(d.team);
    }
    expect(person('amara-okafor')).toMatchObject({ team: 'platform', manager: 'sofia-rossi' });
    expect(person('dev-patel')?.team).toBe('payments');
    expect(person('jonas-weber')?.team).toBe('search');
    expect(person('mei-lin')?.team).toBe('identity');
    expect(person('greg-hale')).toMatchObject({ team: 'mobile', track: 'manager', manager: 'priya-raman' });
    expect(person('admin')?.email).toBe('admin@lumen.example');
  });

  it('gives every team a manager who reports to Priya, and about sixty engineers in all', () => {
    for (const team of LUMEN_TEAMS) {
      const managers = people.filter((p) => p.team === team.id && p.track === 'manager');
      expect(managers, team.id).toHaveLength(1);
      expect(managers[0]!.manager).toBe('priya-raman');
      const ics = people.filter((p) => p.team === team.id && p.track === 'ic');
      expect(ics.every((p) => p.manager === managers[0]!.id)).toBe(true);
    }
    const engineers = people.filter((p) => p.track !== undefined);
    expect(engineers.length).toBeGreaterThanOrEqual(55);
    expect(engineers.length).toBeLessThanOrEqual(65);
    expect(people.filter((p) => p.track === 'ic').every((p) => /^L[2-6]$/.test(p.level ?? ''))).toBe(true);
  });

  it('has the services of spec/demo.md with their teams', () => {
    const services = Object.fromEntries(ofKind(all, 'service').map((s) => [s.id, s.team]));
    expect(services).toEqual({
      'deploy-pipeline': 'platform', cluster: 'platform', observability: 'platform',
      'payments-api': 'payments', ledger: 'payments', 'billing-worker': 'payments',
      'search-api': 'search', indexer: 'search',
      'auth-service': 'identity', 'user-profile': 'identity',
      'ios-app': 'mobile', 'android-app': 'mobile', 'mobile-bff': 'mobile',
      'ingest-pipeline': 'data', warehouse: 'data',
      'web-frontend': 'growth', experiments: 'growth',
      'incident-bot': 'sre', 'status-page': 'sre',
    });
  });
});
