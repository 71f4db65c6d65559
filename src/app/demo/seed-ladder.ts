/**
 * The demo's career ladder: the Financial Times' engineering ladder (data/ladders/ft, MIT, shipped
 * with Trellis), published as ladder `engineering`, with aliases so the demo people's levels
 * (L2–L6 for engineers, M1–M3 for managers and the director) land on FT's levels. The FT ladder
 * forks into IC and people-manager tracks at Senior Engineer 2, which is where M1 begins.
 */
import { readFileSync } from 'node:fs';
import { operatorActor } from '../../core/access/actor.js';
import { dataAccess } from '../../store/data-access.js';
import { importLadder } from '../ladders/import-ladder.js';
import { bundledLadders } from '../setup/bundled-ladders.js';
import type { DemoSeeder } from './create-demo-people.js';

export const demoLadderFile = new URL('../../../data/ladders/ft/engineering.yml', import.meta.url);

/** Demo level → FT level id. */
export const demoLevelAliases: Record<string, string[]> = {
  junior: ['L2'],
  engineer: ['L3'],
  'senior-1': ['L4'],
  'senior-2-ic': ['L5'],
  'senior-2-pm': ['M1'],
  'principal-ic': ['L6'],
  'principal-pm': ['M2'],
  'tech-director': ['M3'],
};

const ftAttribution = bundledLadders.find((l) => l.id === 'ft-engineering')!.attribution;

export const seedDemoLadder: DemoSeeder = async (store, ctx) => {
  await importLadder({ data: dataAccess(store.db), runtime: ctx.runtime }, operatorActor, {
    text: readFileSync(demoLadderFile, 'utf8'),
    fileName: 'engineering.yml',
    id: 'engineering',
    aliases: demoLevelAliases,
    // The FT's text names the FT: the ladder pages say whose it is, so Lumen does not pass it off as its own.
    attribution: ftAttribution,
  });
};
