/**
 * The seam between on-call noise and the SLO engine: burn-rate alert episodes of some services
 * in a window, each with whether real burn (≥ 2 % of the budget within the hour) followed.
 *
 * The SLO engine provides an implementation (it owns SLI slices and the multi-window alert
 * rules); until one is wired into the route and CLI dependencies, `noSloAlertHistory` answers
 * null and the figures say "not available" rather than showing a zero nobody measured.
 */
import type { SloAlertEpisode } from '../../core/oncall/slo-alerts.js';

export interface SloAlertEpisodeSource {
  episodes(services: readonly string[], window: { from: number; to: number }): Promise<SloAlertEpisode[] | null>;
}

export const noSloAlertHistory: SloAlertEpisodeSource = { episodes: async () => null };
