/**
 * The SLO engine's side of the on-call noise seam (`SloAlertEpisodeSource`): burn-rate alert
 * episodes of a team's services, found by evaluating the alert pairs over the stored SLI slices,
 * each judged by whether real burn followed. Services without SLOs contribute nothing; when none
 * of the services has an SLO the answer is null ("not available"), never a made-up zero.
 */
import { sloDefinition } from '../../core/openslo/definition.js';
import type { SloAlertEpisode, SloAlertEpisodeSource } from '../../core/oncall/slo-alerts.js';
import { EPISODE_LOOKBACK_MS, FOLLOWED_BY_BURN_MS, noiseEpisodes } from '../../core/reliability/alert-noise-episodes.js';
import { MINUTE } from '../../core/reliability/duration.js';
import { prefixSource } from '../../core/reliability/totals.js';
import { periodMs } from '../../core/reliability/window.js';
import type { SloRepository } from '../../store/slo-repository.js';

export function storedSloAlertEpisodes(slos: Pick<SloRepository, 'objects' | 'slices' | 'sliceSpan'>): SloAlertEpisodeSource {
  return {
    async episodes(services, window) {
      const wanted = new Set(services);
      const defs = (await slos.objects('SLO')).map((o) => sloDefinition(o.object)).filter((d) => wanted.has(d.service));
      if (defs.length === 0) return null;
      const out: SloAlertEpisode[] = [];
      // The part of the window some SLO's data covers ("per week" is over it).
      let coveredFrom = window.to, coveredTo = window.from;
      for (const def of defs) {
        const span = await slos.sliceSpan(def.name);
        if (span === undefined) continue;
        const dataEnd = span.last + MINUTE;
        coveredFrom = Math.min(coveredFrom, Math.max(window.from, span.first));
        coveredTo = Math.max(coveredTo, Math.min(window.to, dataEnd));
        // Alert windows before the window's start, and the budget period before each following hour.
        const from = window.from - EPISODE_LOOKBACK_MS - periodMs(def.window, window.to) - FOLLOWED_BY_BURN_MS;
        const to = Math.min(dataEnd, window.to + FOLLOWED_BY_BURN_MS);
        if (to <= window.from) continue;
        const slices = await slos.slices(def.name, from, to);
        const source = prefixSource(slices, from, to, def.timeSliceMinutes, def.timeSliceTarget);
        out.push(...noiseEpisodes(def, source, window, Math.min(dataEnd, to)));
      }
      return { episodes: out, covered: { from: coveredFrom, to: Math.max(coveredFrom, coveredTo) } };
    },
  };
}
