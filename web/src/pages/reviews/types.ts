/** Review shapes from the OpenAPI snapshot, named for the review pages. */
import type { Schemas } from '../../api/openapi.gen';

export type Rubric = Schemas['Rubric'];
export type RubricView = Schemas['RubricView'];
export type ReviewCycle = Schemas['ReviewCycle'];
export type CycleView = Schemas['CycleView'];
export type PersonRatings = Schemas['PersonRatings'];
export type Rating = Schemas['Rating'];
export type RatingNote = Schemas['RatingNote'];
export type SurpriseFlag = Schemas['SurpriseFlag'];

export const reviewPaths = {
  cycle: (id: string) => `/cycles/${encodeURIComponent(id)}`,
  ratings: (cycle: string, person: string) => `/cycles/${encodeURIComponent(cycle)}/people/${encodeURIComponent(person)}`,
  compensation: (cycle: string) => `/cycles/${encodeURIComponent(cycle)}/compensation`,
  review: (cycle: string, person: string, kind: 'self' | 'manager') => `/cycles/${encodeURIComponent(cycle)}/people/${encodeURIComponent(person)}/review/${kind}`,
  packet: (cycle: string, person: string) => `/cycles/${encodeURIComponent(cycle)}/people/${encodeURIComponent(person)}/packet`,
};

export const kindLabel: Record<ReviewCycle['kind'], string> = { 'check-in': 'Quarterly check-in', annual: 'Annual review', promotion: 'Promotion round' };
