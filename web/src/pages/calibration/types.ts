/** Shapes and words of the calibration workshop pages. */
import type { Schemas } from '../../api/openapi.gen';

export type RoundView = Schemas['WorkshopRoundView'];
export type RoundSummary = Schemas['WorkshopRoundSummary'];
export type WorkshopRound = Schemas['WorkshopRound'];
export type SamplePacket = Schemas['SamplePacket'];
export type WorkshopRating = Schemas['WorkshopRating'];
export type WorkshopResults = Schemas['WorkshopResults'];

export const workshopPaths = {
  list: '/calibration/workshops',
  round: (id: string) => `/calibration/workshops/${encodeURIComponent(id)}`,
};

export const stateLabel: Record<RoundView['state'], string> = {
  rating: 'Rating: ratings hidden until all are in',
  'all-in': 'Revealed: every rater has rated every packet',
  closed: 'Revealed: closed early by the facilitator',
};

/** Alpha to three decimals, or "undefined" when every rating was the same (not 0, not 1). */
export const alphaText = (a: number | null | undefined): string => (a === null || a === undefined ? 'undefined' : a.toFixed(3));

export const readingText: Record<WorkshopResults['reading'], string> = {
  reliable: 'reliable (≥ 0.800)',
  tentative: 'tentative (0.667–0.800)',
  unreliable: 'not reliable (below 0.667)',
  undefined: 'undefined (every rating the same, or too few)',
};
