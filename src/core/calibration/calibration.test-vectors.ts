/** Published test vectors (shared/spec/people.md), kept once for the unit and CLI tests. */
import type { Rating } from './ratings.js';

/** Krippendorff (2011): 4 raters × 12 units, null = missing. */
const krippendorffRows: Record<string, (number | null)[]> = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
};

export const krippendorff2011: Rating[] = Object.entries(krippendorffRows).flatMap(([rater, row]) =>
  row.flatMap((value, i) => (value === null ? [] : [{ rater, unit: `u${i + 1}`, value }])),
);

/** Fleiss (1971): 30 subjects × 6 raters, counts over 5 categories. */
export const fleiss1971: number[][] = `
0,0,0,6,0  0,3,0,0,3  0,1,4,0,1  0,0,0,0,6  0,3,0,3,0  2,0,4,0,0  0,0,4,0,2  2,0,3,1,0  2,0,0,4,0  0,0,0,0,6
1,0,0,5,0  1,1,0,4,0  0,3,3,0,0  1,0,0,5,0  0,2,0,3,1  0,0,5,0,1  3,0,0,1,2  5,1,0,0,0  0,2,0,4,0  1,0,2,0,3
0,0,0,0,6  0,1,0,5,0  0,2,0,1,3  2,0,0,4,0  1,0,0,4,1  0,5,0,1,0  4,0,0,0,2  0,2,0,4,0  1,0,5,0,0  0,0,0,0,6`
  .trim()
  .split(/\s+/)
  .map((row) => row.split(',').map(Number));

/** Shrout & Fleiss (1979): 6 targets × 4 judges. */
export const shroutFleiss1979: number[][] = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];
