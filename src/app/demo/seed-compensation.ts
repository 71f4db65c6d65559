/**
 * The demo's compensation context (spec/demo.md: Omar Haddad sees compensation fields, never
 * growth notes): a band table per level and track in EUR, imported by the admin through the real
 * import; a budget for the annual review and a few proposals set by Omar, so the compensation
 * view shows bands, proposals and the sum against the budget. Runs after the reviews seeder.
 */
import { dataAccess } from '../../store/data-access.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { importBands, setBudget } from '../reviews/compensation-bands.js';
import { writeCompensation } from '../reviews/compensation.js';
import type { DemoSeeder } from './create-demo-people.js';
import { annualCycleId } from './seed-reviews.js';

const bands: [level: string, track: string, min: number, mid: number, max: number][] = [
  ['L2', 'ic', 42000, 48000, 54000],
  ['L3', 'ic', 52000, 60000, 68000],
  ['L4', 'ic', 64000, 74000, 84000],
  ['L5', 'ic', 78000, 90000, 102000],
  ['L6', 'ic', 95000, 110000, 125000],
  ['M1', 'manager', 80000, 92000, 104000],
  ['M2', 'manager', 96000, 110000, 124000],
  ['M3', 'manager', 115000, 132000, 150000],
];

/** A few proposals, so the view is not empty: increases in EUR. */
const proposals: [person: string, band: string, increase: number][] = [
  ['amara-okafor', 'L4', 4500],
  ['mei-lin', 'L5', 9000],
  ['dev-patel', 'L3', 2500],
  ['sofia-rossi', 'M2', 3500],
];

export const seedDemoCompensation: DemoSeeder = async (store, ctx) => {
  const data = dataAccess(store.db);
  if ((await data.compensationBands.list()).bands.length > 0) return; // Seeded already: never over a user's data.
  const actor = async (email: string) => {
    const account = await data.accounts.findByEmail(email);
    if (!account) throw new Error(`demo compensation: no account ${email} (create the demo accounts first)`);
    return actorForAccount(data.org, account);
  };
  const deps = { data, runtime: ctx.runtime };
  const csv = ['level,track,currency,min,mid,max', ...bands.map(([l, t, min, mid, max]) => `${l},${t},EUR,${min},${mid},${max}`)].join('\n');
  await importBands(deps, await actor('admin@lumen.example'), { csv, fileName: 'lumen-bands-2026.csv' });
  const omar = await actor('omar@lumen.example');
  await setBudget(deps, omar, annualCycleId, { currency: 'EUR', amount: 180000 });
  for (const [person, band, increase] of proposals) await writeCompensation(deps, omar, annualCycleId, person, { proposedBand: band, increase });
};
