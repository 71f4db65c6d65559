/**
 * Where the manager consistency figures come from — a small seam, so figures that other parts of
 * Trellis will record (1:1 cadence, peer and upward feedback) plug in without changing the page.
 * Growth notes and shared feedback come from the store; 1:1 cadence from the 1:1 pairs: each
 * active direct report of the manager, and whether their 1:1 is overdue (cadence plus grace
 * passed, or never held — the same rule as the manager's home).
 */
import type { OneOnOneCadence } from '../../core/calibration/manager-consistency.js';
import { ManagerTextsRepository, type WrittenText } from '../../store/manager-texts-repository.js';
import type { Kysely } from 'kysely';
import { cadenceState, defaultCadenceDays } from '../../core/one-on-one/cadence.js';
import { OneOnOneRepository } from '../../store/one-on-one-repository.js';
import { OrgRepository } from '../../store/org-repository.js';
import type { Database } from '../../store/schema.js';
import { collectAll } from '../org/collect-all.js';

export interface ManagerConsistencySources {
  /** Growth notes and feedback about these people, by whoever wrote them. */
  writtenAbout(people: readonly string[]): Promise<WrittenText[]>;
  /** The 1:1 cadence of a manager (a person id) with their reports. */
  oneOnOneCadence(manager: string | null): Promise<OneOnOneCadence>;
}

export function storedSources(db: Kysely<Database>, now: () => number): ManagerConsistencySources {
  const texts = new ManagerTextsRepository(db);
  const oneOnOnes = new OneOnOneRepository(db);
  const org = new OrgRepository(db);
  return {
    writtenAbout: (people) => texts.aboutPeople(people),
    oneOnOneCadence: async (manager) => {
      if (manager === null) return { recorded: false };
      const reports = (await collectAll((p) => org.listPeople({ ...p, manager }))).filter((p) => p.active);
      if (reports.length === 0) return { recorded: false };
      const [cadences, last] = await Promise.all([oneOnOnes.cadencesOf(manager), oneOnOnes.lastHeldOf(manager)]);
      const at = now();
      const overdue = reports.filter((p) => cadenceState(last.get(p.id) ?? null, cadences.get(p.id) ?? defaultCadenceDays, at).overdue).length;
      return { recorded: true, pairs: reports.length, overdue };
    },
  };
}

