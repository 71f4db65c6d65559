/**
 * The organisation as the rest of the generator sees it: team and person records (already in
 * yield order) plus, per team, the engineers who write its changes and carry its pager.
 */
import type { RecordOf } from '../records/schemas.js';
import type { Rng } from './random.js';
import { DAY, isoDay } from './zone.js';
import { NEARBY_ZONES } from './lumen.js';

export type TeamRecord = RecordOf<'team'>;
export type PersonRecord = RecordOf<'person'>;

export interface Org {
  /** Parents before children. */
  teams: TeamRecord[];
  /** Every manager before their reports. */
  people: PersonRecord[];
  /** Individual contributors per team id: change authors and the on-call rota. */
  engineers: Map<string, PersonRecord[]>;
}

const WORKING_HOURS = ['08:00-16:00', '08:30-17:00', '09:00-17:00', '09:00-17:30', '09:30-18:00', '10:00-18:00'] as const;

/** Level mix of individual contributors: most are mid-level or senior. */
const IC_LEVELS = [['L2', 15], ['L3', 35], ['L4', 30], ['L5', 15], ['L6', 5]] as const;

export function randomIcLevel(rng: Rng): string {
  return rng.weighted(IC_LEVELS);
}

export interface PersonSpec {
  id: string;
  name: string;
  email: string;
  team?: string | undefined;
  manager?: string | undefined;
  level?: string | undefined;
  track?: 'ic' | 'manager' | undefined;
  timezone?: string | undefined;
  /** About one in ten generated engineers lives in a nearby zone rather than the team's. */
  mayLiveElsewhere?: boolean;
  /** Years of tenure before the anchor (longer for managers). */
  tenureYears: number;
}

/** A person record with the optional fields set only when known (no `undefined` keys). */
export function personRecord(rng: Rng, anchor: number, spec: PersonSpec): PersonRecord {
  let timezone = spec.timezone;
  if (timezone !== undefined && spec.mayLiveElsewhere === true && rng.chance(0.1)) {
    timezone = rng.pick(NEARBY_ZONES[timezone.split('/')[0]!] ?? [timezone]);
  }
  // Everyone has been here over a year, so every engineer's history covers the whole demo year.
  const tenureDays = Math.max(400, Math.round(spec.tenureYears * 365));
  const record: PersonRecord = { kind: 'person', id: spec.id, name: spec.name, email: spec.email };
  if (spec.team !== undefined) record.team = spec.team;
  if (spec.manager !== undefined) record.manager = spec.manager;
  if (spec.level !== undefined) record.level = spec.level;
  if (spec.track !== undefined) record.track = spec.track;
  if (timezone !== undefined) {
    record.timezone = timezone;
    record.workingHours = rng.pick(WORKING_HOURS);
  }
  record.startDate = isoDay(anchor - tenureDays * DAY);
  return record;
}
