/**
 * Schemas of promotion cases: a person's case in a cycle (case files, coverage map, repeated
 * pattern), its Markdown and printable HTML exports, and the committee's side-by-side view.
 * Nothing here carries a score.
 */
import { z } from 'zod';
import { errorBody, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD');
const idText = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const status = z.enum(['evidenced', 'claimed', 'uncovered']).describe('evidenced: an example shows it and cites evidence; claimed: named without evidence; uncovered: no example shows it');

export const caseParams = z.object({ id: idText, person: idText });
export const exampleParams = caseParams.extend({ example: idText });

const caseExample = z.object({
  id: z.string(),
  position: z.number().int(),
  problem: z.string(),
  scope: z.string(),
  action: z.string(),
  result: z.string(),
  from: isoDay,
  to: isoDay.nullable().describe('null while the work continues'),
  dimensions: z.array(z.string()).describe('Ids of the target level’s dimensions this example shows'),
  evidence: z.array(z.string()).describe('Ids of the person’s evidence items cited'),
  cited: z.array(z.object({ id: z.string(), title: z.string(), date: isoDay, kind: z.string() })),
});

export const promotionCase = z
  .object({
    id: z.string(),
    cycle: z.object({ id: z.string(), name: z.string() }),
    person: z.object({ id: z.string(), name: z.string(), level: z.string().nullable() }),
    target: z.object({ id: z.string(), name: z.string() }),
    ladder: z.object({ id: z.string(), name: z.string(), version: z.number().int() }),
    templateVersion: z.number().int().describe('The promotion-case template version it was last written with'),
    targets: z.array(z.object({ id: z.string(), name: z.string(), expected: z.array(z.string()) })).describe('The target level’s dimensions and what the ladder expects there'),
    examples: z.array(caseExample),
    coverage: z.object({
      dimensions: z.array(z.object({ dimension: z.object({ id: z.string(), name: z.string() }), status, examples: z.array(z.string()), evidence: z.array(z.string()), periods: z.array(z.string()) })),
      covered: z.number().int(),
      total: z.number().int(),
      missing: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    pattern: z.object({ holds: z.boolean(), periods: z.array(z.string()), needed: z.number().int(), summary: z.string() }).describe('Evidence at the target level across at least `needed` quarters'),
    updatedAt: iso,
  })
  .meta({ id: 'PromotionCase' });

const caseRead = z.object({
  case: promotionCase.nullable().describe('null: no case yet'),
  cycle: z.object({ id: z.string(), name: z.string(), state: z.string() }),
  person: z.object({ id: z.string(), name: z.string(), level: z.string().nullable() }),
  levels: z.array(z.object({ id: z.string(), name: z.string() })),
  suggestedTarget: z.string().nullable(),
  citable: z
    .array(z.object({ id: z.string(), title: z.string(), date: isoDay, kind: z.string(), signals: z.array(z.string()), outcome: z.string().nullable() }))
    .describe('Every evidence item of the person, for citing (a case spans periods)'),
});

const exampleBody = z.object({
  problem: z.string().max(4000),
  scope: z.string().max(4000).default(''),
  action: z.string().max(4000).default(''),
  result: z.string().max(4000).default(''),
  from: isoDay,
  to: isoDay.nullable().default(null),
  dimensions: z.array(idText).max(20).default([]),
  evidence: z.array(idText).max(50).default([]),
});

export const readCaseSchema = {
  summary: 'A person’s promotion case in a cycle, with its coverage map and repeated-pattern check (JSON, Markdown or printable HTML; reads by others are audited)',
  tags: ['promotion'],
  params: caseParams,
  querystring: z.object({ format: z.enum(['json', 'markdown', 'html']).default('json') }),
  response: { 200: caseRead.or(z.string().describe('text/markdown or text/html')), ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const startCaseSchema = {
  summary: 'Start a person’s promotion case in a cycle, or change the level it argues for (the person and their manager line)',
  tags: ['promotion'],
  params: caseParams,
  body: z.object({ targetLevel: z.string().max(200).optional().describe('Level id, name or alias; default: the level above the person’s own') }),
  response: { 200: promotionCase, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const addExampleSchema = {
  summary: 'Add a case file (one example) to a promotion case',
  tags: ['promotion'],
  params: caseParams,
  body: exampleBody,
  response: { 201: promotionCase, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const updateExampleSchema = {
  summary: 'Change a case file of a promotion case',
  tags: ['promotion'],
  params: exampleParams,
  body: exampleBody,
  response: { 200: promotionCase, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const deleteExampleSchema = {
  summary: 'Remove a case file from a promotion case',
  tags: ['promotion'],
  params: exampleParams,
  response: { 200: promotionCase, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const committeeSchema = {
  summary: 'The promotion committee’s view of a cycle: every case side by side by dimension coverage and evidence, never a score (calibrators and people partners; audited)',
  tags: ['promotion'],
  params: z.object({ id: idText }),
  response: {
    200: z.object({
      cycle: z.object({ id: z.string(), name: z.string(), state: z.string() }),
      cases: z.array(
        z.object({
          caseId: z.string(),
          person: z.object({ id: z.string(), name: z.string(), level: z.string().nullable() }),
          target: z.object({ id: z.string(), name: z.string() }),
          dimensions: z.array(z.object({ id: z.string(), name: z.string(), status, evidence: z.number().int() })),
          covered: z.number().int(),
          total: z.number().int(),
          missing: z.array(z.string()),
          examples: z.number().int(),
          evidence: z.number().int().describe('Distinct evidence items cited across the case'),
          pattern: z.object({ holds: z.boolean(), periods: z.array(z.string()) }),
        }),
      ),
    }),
    ...signedInErrors,
    404: errorBody,
    409: errorBody,
  },
};
