/** Shapes and words of the calibration board and manager consistency pages. */
import type { Schemas } from '../../api/openapi.gen';

export type Board = Schemas['CalibrationBoard'];
export type BoardPerson = Board['people'][number];
export type BoardRating = BoardPerson['ratings'][number];
export type Consistency = Schemas['ManagerConsistency'];

export const calibrationPaths = {
  board: (cycle: string) => `/cycles/${encodeURIComponent(cycle)}/calibration`,
  consistency: (cycle: string) => `/cycles/${encodeURIComponent(cycle)}/consistency`,
  trail: (cycle: string) => `/api/cycles/${encodeURIComponent(cycle)}/calibration/trail`,
};

export const sessionLabel: Record<NonNullable<Board['session']>['state'], string> = {
  'pre-rating': 'Pre-rating: each manager sees only their own line until the session opens',
  open: 'Open: pre-ratings side by side; every change needs a reason tag and a note',
  locked: 'Locked: ratings no longer change',
};

export const reasons = ['scope', 'complexity', 'impact', 'consistency'] as const;

export const percent = (share: number | null | undefined): string => (share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`);
export const points = (d: number | null | undefined): string => (d === null || d === undefined ? '—' : `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(Math.round(d * 100))} pts`);
