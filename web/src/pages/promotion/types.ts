/** Shapes and links of the promotion-case pages (the API's own types, named for these pages). */
import type { Schemas } from '../../api/openapi.gen';
import type { ResponseOf } from '../../api/operations';

export type PromotionCase = Schemas['PromotionCase'];
export type CaseFile = PromotionCase['examples'][number];
/** The JSON answer (the same route also answers Markdown and HTML, as text). */
export type CaseRead = Exclude<ResponseOf<'GET /api/cycles/{id}/people/{person}/promotion-case'>, string>;
export type CommitteeView = ResponseOf<'GET /api/cycles/{id}/promotion-cases'>;
export type CoverageStatus = PromotionCase['coverage']['dimensions'][number]['status'];

const enc = encodeURIComponent;
export const promotionPaths = {
  case: (cycle: string, person: string) => `/cycles/${enc(cycle)}/people/${enc(person)}/promotion-case`,
  committee: (cycle: string) => `/cycles/${enc(cycle)}/promotion-cases`,
};

/** A status as a reader says it, never a number. */
export const statusWords: Record<CoverageStatus, string> = { evidenced: 'Evidenced', claimed: 'Named, no evidence cited', uncovered: 'Not covered' };
