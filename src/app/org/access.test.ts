import { expect, it } from 'vitest';
import { accountActor, anonymousActor } from '../../core/access/actor.js';
import type { OrgReader } from './deps.js';
import { getPerson, getService, getTeam, listPeople, listServices, listTeams } from './index.js';

const empty = { items: [], total: 0 };
const org: OrgReader = {
  listTeams: async () => empty,
  getTeam: async () => undefined,
  listPeople: async () => empty,
  getPerson: async () => undefined,
  listServices: async () => empty,
  getService: async () => undefined,
};
const paging = { limit: 10, offset: 0 };

it('refuses the directory to a request without an account, before touching the store', async () => {
  const calls = [
    listTeams({ org }, anonymousActor, paging),
    listPeople({ org }, anonymousActor, paging),
    listServices({ org }, anonymousActor, paging),
    getTeam({ org }, anonymousActor, 'x'),
    getPerson({ org }, anonymousActor, 'x'),
    getService({ org }, anonymousActor, 'x'),
  ];
  for (const c of calls) await expect(c).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
});

it('opens the directory to any signed-in account, whatever its role', async () => {
  const partner = accountActor({ accountId: 'a', personId: null, roles: ['people-partner'] });
  await expect(listPeople({ org }, partner, paging)).resolves.toMatchObject({ total: 0 });
  await expect(getPerson({ org }, partner, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
});
