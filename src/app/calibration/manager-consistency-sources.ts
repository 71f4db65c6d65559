/**
 * Where the manager consistency figures come from — a small seam, so figures that other parts of
 * Trellis will record (1:1 cadence, peer and upward feedback) plug in without changing the page.
 * Today: growth notes and shared feedback from the store; 1:1 cadence is honestly "not yet
 * recorded" until a 1:1 source exists.
 */
import type { OneOnOneCadence } from '../../core/calibration/manager-consistency.js';
import { ManagerTextsRepository, type WrittenText } from '../../store/manager-texts-repository.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

export interface ManagerConsistencySources {
  /** Growth notes and feedback about these people, by whoever wrote them. */
  writtenAbout(people: readonly string[]): Promise<WrittenText[]>;
  /** The 1:1 cadence of a manager (a person id) with their reports. */
  oneOnOneCadence(manager: string | null): Promise<OneOnOneCadence>;
}

export function storedSources(db: Kysely<Database>): ManagerConsistencySources {
  const texts = new ManagerTextsRepository(db);
  return {
    writtenAbout: (people) => texts.aboutPeople(people),
    oneOnOneCadence: async () => ({ recorded: false }),
  };
}

