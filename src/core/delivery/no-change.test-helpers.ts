/**
 * Services whose delivery does NOT change at t, for checking how often a before/after comparison
 * calls a change anyway (it should be about 5%: the interval is 95%).
 *
 * The data is shaped like real delivery, because that is where naive intervals go wrong:
 * deployments come in a weekday rhythm with busy and quiet weeks, changes ship in batches whose
 * wait is shared (a release train or a blocked pipeline delays every change in it), failures
 * are rare and recovery times skewed. Test support only: the core stays free of generators.
 */
import { Rng } from '../demo/random.js';
import { DAY, HOUR, type ChangeEvent, type DeliveryInput, type DeploymentEvent, type IncidentEvent } from './types.js';

export interface NoChangeService {
  input: DeliveryInput;
  t: number;
}

/** One service, 180 days of history around t (the middle), the same process on both sides. */
export function noChangeService(seed: number, t: number, options: { days?: number; perDay?: number; failure?: number } = {}): NoChangeService {
  const rng = new Rng(seed);
  const days = options.days ?? 180;
  const perDay = options.perDay ?? rng.float(0.6, 3);
  const failure = options.failure ?? rng.float(0.03, 0.2);
  const leadMedianHours = rng.float(6, 72);
  const changes: ChangeEvent[] = [];
  const deployments: DeploymentEvent[] = [];
  const incidents: IncidentEvent[] = [];
  const start = t - (days / 2) * DAY;
  let week = 1;
  for (let day = 0; day < days; day++) {
    // Busy and quiet weeks: the weekly level drifts, so days of one week are alike.
    if (day % 7 === 0) week = rng.lognormal(1, 0.35);
    const weekday = day % 7 < 5 ? 1.3 : 0.25;
    const count = rng.poisson(perDay * week * weekday);
    for (let k = 0; k < count; k++) {
      const finishedAt = start + day * DAY + rng.float(8, 18) * HOUR;
      const id = `d${day}-${k}`;
      // The batch's shared wait, then each change's own small spread around it.
      const shared = rng.lognormal(leadMedianHours, 0.9);
      const ids: string[] = [];
      for (let c = 0, size = 1 + rng.poisson(1.5); c < size; c++) {
        const cid = `${id}-c${c}`;
        ids.push(cid);
        changes.push({ id: cid, service: 'svc', committedAt: finishedAt - shared * rng.lognormal(1, 0.2) * HOUR });
      }
      deployments.push({ id, service: 'svc', environment: 'production', status: 'success', finishedAt, changes: ids });
      if (rng.chance(failure)) {
        const startedAt = finishedAt + rng.float(0.2, 6) * HOUR;
        incidents.push({ id: `i-${id}`, service: 'svc', startedAt, resolvedAt: startedAt + rng.lognormal(2, 1) * HOUR, causedBy: id });
      }
    }
  }
  return { input: { changes, deployments, incidents }, t };
}
