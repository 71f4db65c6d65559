/**
 * One service's delivery history as a small discrete-event simulation: planned deploys ship the
 * changes merged since the last one; a share of them fail, and a failure sets off what follows
 * in real life — a rollback minutes later, an incident and maybe a hotfix, or a revert shipped
 * within days. Simulating (rather than drawing each record independently) keeps every
 * reference consistent: each change ships once, a rollback returns to the previous commit, and
 * a hotfix deployment really comes after the incident it remediates.
 *
 * The whole history of one service is held at once (thousands of records at most); the
 * generator walks services one by one, so the organisation as a whole is streamed.
 */
import type { RecordOf } from '../records/schemas.js';
import { SteadyChance, type Rng } from './random.js';
import type { ServiceProfile } from './services.js';
import { Agenda } from './agenda.js';
import { plannedDeploys } from './cadence.js';
import { changeRecord, ordinaryChanges, sec } from './changes.js';
import { ReleaseQueue, type QueuedChange } from './release-queue.js';
import { newIncident, resolve, type IncidentRecord } from './incidents.js';
import { DAY, HOUR, MINUTE, Zone, iso } from './zone.js';

type DeploymentRecord = RecordOf<'deployment'>;

interface Shipped {
  record: DeploymentRecord;
  at: number;
  previousCommit: string | undefined;
  changes: readonly QueuedChange[];
}

type Action =
  | { type: 'deploy'; forced: boolean; safe?: boolean }
  | { type: 'rollback'; of: Shipped; incident?: IncidentRecord }
  | { type: 'incident'; cause?: Shipped }
  | { type: 'hotfix'; incident: IncidentRecord };

export interface ServiceHistory {
  /** By commit time, so a revert comes after the change it reverts. */
  changes: RecordOf<'change'>[];
  /** Deployments and incidents in time order: rollbackOf, causedBy and remediates all point back. */
  events: (DeploymentRecord | IncidentRecord)[];
}

export function simulateService(
  p: ServiceProfile,
  rng: Rng,
  zone: Zone,
  from: number,
  anchor: number,
  authors: readonly string[],
): ServiceHistory {
  return new DeliverySim(p, rng, zone, from, anchor, authors).run();
}

class DeliverySim {
  private readonly agenda = new Agenda<Action>();
  private readonly queue: ReleaseQueue;
  private readonly events: { at: number; record: DeploymentRecord | IncidentRecord }[] = [];
  private current: string | undefined;
  private deployments = 0;
  private incidents = 0;
  private readonly failing: SteadyChance;

  constructor(
    private readonly p: ServiceProfile,
    private readonly rng: Rng,
    private readonly zone: Zone,
    private readonly from: number,
    private readonly anchor: number,
    private readonly authors: readonly string[],
  ) {
    this.queue = new ReleaseQueue(ordinaryChanges(p, rng.fork('changes'), zone, from, anchor, authors));
    this.failing = new SteadyChance(rng.fork('failures'));
  }

  run(): ServiceHistory {
    for (const at of plannedDeploys(this.p.shape.cadence, this.rng.fork('cadence'), this.zone, this.from, this.anchor)) {
      this.agenda.push(at, { type: 'deploy', forced: false });
    }
    this.planMilestones();
    this.planOutsideIncidents(this.rng.fork('incidents'));
    for (let e = this.agenda.pop(); e !== undefined && e.at < this.anchor; e = this.agenda.pop()) {
      const a = e.item;
      if (a.type === 'deploy') this.deploy(e.at, a.forced, a.safe === true);
      else if (a.type === 'rollback') this.rollback(e.at, a.of, a.incident);
      else if (a.type === 'incident') this.incident(e.at, a.cause);
      else this.hotfix(e.at, a.incident);
    }
    const changes = this.queue.all().map((c) => changeRecord(this.p.id, c, this.anchor));
    // Stable sort: events at the same instant keep the order they happened in.
    const events = this.events.sort((a, b) => a.at - b.at).map((e) => e.record);
    return { changes, events };
  }

  /** Known pieces of work ship on their day, in a deploy of their own. */
  private planMilestones(): void {
    const ci = this.p.shape.ciMinutes * MINUTE;
    for (const m of this.p.milestones) {
      if (m.at < this.from || m.at >= this.anchor) continue;
      // Merged exactly `ci` before: no planned deploy before m.at can pick it up.
      this.queue.add({ id: m.changeId, committedAt: m.at - 5 * HOUR, authoredAt: m.at - 30 * HOUR, mergedAt: m.at - ci, author: m.author, isMerge: false });
      this.agenda.push(m.at, { type: 'deploy', forced: true, safe: true });
    }
  }

  /** Incidents no deployment caused (a provider outage, a traffic spike), at any hour. */
  private planOutsideIncidents(rng: Rng): void {
    for (let day = Math.floor(this.from / DAY); day * DAY < this.anchor; day++) {
      const n = rng.poisson(this.p.incidentsPerMonthAt(day * DAY) / 30.44);
      for (let i = 0; i < n; i++) this.agenda.push(sec(day * DAY + rng.float(0, DAY)), { type: 'incident' });
    }
  }

  private deploy(at: number, forced: boolean, safe: boolean): void {
    const s = this.p.shape;
    const staged = !forced && this.rng.chance(s.stagingShare);
    const stagingAt = staged ? sec(at - s.stagingLagHours * this.rng.float(0.6, 1.4) * HOUR) : at;
    const changes = this.queue.take(stagingAt - s.ciMinutes * MINUTE);
    if (changes.length === 0) {
      // Now and then someone redeploys what is running (a restart through the pipeline).
      if (!forced && this.current !== undefined && this.rng.chance(0.02)) this.ship(at, this.current, []);
      return;
    }
    const commit = changes[changes.length - 1]!.id;
    if (staged) this.emit(stagingAt, { environment: 'staging', status: 'success', commit, changes: changes.map((c) => c.id) });
    if (!forced && this.rng.chance(s.failedAttemptRate)) {
      this.emit(at, { environment: 'production', status: 'failure', commit });
      at = sec(at + this.rng.int(15, 60) * MINUTE);
      if (at >= this.anchor) return;
    }
    const shipped = this.ship(at, commit, changes);
    // Steady rather than coin flips, so any quarter's failure rate stays close to the profile's.
    if (!safe && this.failing.next(this.p.failureRateAt(at))) this.fail(shipped);
  }

  private ship(at: number, commit: string, changes: readonly QueuedChange[], extra: Partial<DeploymentRecord> = {}): Shipped {
    const record = this.emit(at, { environment: 'production', status: 'success', commit, ...extra });
    if (changes.length > 0) record.changes = changes.map((c) => c.id);
    const fix = changes.find((c) => c.fixes !== undefined)?.fixes;
    if (fix !== undefined) {
      record.remediates = fix.id;
      resolve(fix, sec(at + Math.max(2 * MINUTE, this.rng.lognormal(15, 0.6) * MINUTE)), this.anchor);
    }
    const shipped = { record, at, previousCommit: this.current, changes };
    this.current = commit;
    return shipped;
  }

  /** How this failure shows: a rollback, an incident, or a revert of one of its changes. */
  private fail(d: Shipped): void {
    const { rollback, incident, revert } = this.p.shape.modes;
    const revertable = d.changes.filter((c) => !c.isMerge);
    const mode = this.rng.weighted([
      ['rollback', rollback],
      ['incident', incident],
      ['revert', revertable.length > 0 ? revert : 0],
    ] as const);
    if (mode === 'rollback') {
      this.agenda.push(sec(d.at + Math.max(3 * MINUTE, this.rng.lognormal(25, 0.6) * MINUTE)), { type: 'rollback', of: d });
    } else if (mode === 'incident') {
      this.agenda.push(sec(d.at + Math.max(2 * MINUTE, this.rng.lognormal(45, 0.9) * MINUTE)), { type: 'incident', cause: d });
    } else {
      const reverted = this.rng.pick(revertable);
      const committedAt = sec(d.at + Math.min(9 * DAY, Math.max(20 * MINUTE, this.rng.lognormal(6, 1.1) * HOUR)));
      if (committedAt >= this.anchor) return;
      const mergedAt = sec(committedAt + this.rng.int(10, 60) * MINUTE);
      this.queue.add({ id: this.rng.hex(40), committedAt, authoredAt: committedAt, mergedAt, author: reverted.author, isMerge: false, revertOf: reverted.id });
      this.agenda.push(sec(mergedAt + (this.p.shape.ciMinutes + this.rng.int(5, 120)) * MINUTE), { type: 'deploy', forced: true });
    }
  }

  private rollback(at: number, of: Shipped, incident: IncidentRecord | undefined): void {
    if (of.previousCommit === undefined) {
      if (incident !== undefined) resolve(incident, sec(at + 2 * HOUR), this.anchor);
      return;
    }
    this.ship(at, of.previousCommit, [], { rollbackOf: of.record.id });
    if (incident !== undefined) resolve(incident, sec(at + Math.max(MINUTE, this.rng.lognormal(10, 0.6) * MINUTE)), this.anchor);
  }

  /** An incident, then how it ends: rolled back, fixed forward by a hotfix, or mitigated by hand. */
  private incident(at: number, cause: Shipped | undefined): void {
    const inc = newIncident(this.rng, `inc-${this.p.id}-${++this.incidents}`, this.p.id, at, this.p.severityAt(at), cause?.record.id);
    this.events.push({ at, record: inc.record });
    const canRollBack = cause !== undefined && this.p.shape.modes.rollback > 0;
    if (canRollBack && this.rng.chance(0.45)) {
      const rollAt = sec(inc.detectedAt + Math.max(3 * MINUTE, this.rng.lognormal(20, 0.6) * MINUTE));
      this.agenda.push(rollAt, { type: 'rollback', of: cause, incident: inc.record });
    } else if (this.rng.chance(this.p.shape.hotfixShare)) {
      this.agenda.push(sec(inc.detectedAt + Math.max(10 * MINUTE, this.rng.lognormal(50, 0.6) * MINUTE)), { type: 'hotfix', incident: inc.record });
    } else {
      resolve(inc.record, inc.naturalEnd, this.anchor);
    }
  }

  /** A fix-forward change; whichever deploy ships it first remediates the incident. */
  private hotfix(at: number, incident: IncidentRecord): void {
    const mergedAt = sec(at + this.rng.int(10, 40) * MINUTE);
    const authoredAt = sec(at - this.rng.int(5, 30) * MINUTE);
    this.queue.add({ id: this.rng.hex(40), committedAt: at, authoredAt, mergedAt, author: this.rng.pick(this.authors), isMerge: false, fixes: incident });
    this.agenda.push(sec(mergedAt + (this.p.shape.ciMinutes / 2 + this.rng.int(5, 20)) * MINUTE), { type: 'deploy', forced: true });
  }

  private emit(at: number, fields: Partial<DeploymentRecord>): DeploymentRecord {
    const record: DeploymentRecord = { kind: 'deployment', id: `dep-${this.p.id}-${++this.deployments}`, service: this.p.id, finishedAt: iso(at), ...fields };
    this.events.push({ at, record });
    return record;
  }
}
