/** Schemas of compensation proposals: compensation reviewers and people partners only, never the manager line. */
import { z } from 'zod';
import { errorBody, signedInErrors } from '../../schemas.js';

const idText = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const fields = z.record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])).describe('e.g. proposedBand, adjustment');

export const compensation = z
  .object({ cycle: z.string(), person: z.string(), fields, updatedBy: z.string().nullable(), updatedAt: z.string().describe('ISO 8601, UTC') })
  .meta({ id: 'Compensation' });

export const band = z.object({ level: z.string(), track: z.string(), currency: z.string(), min: z.number(), mid: z.number(), max: z.number() }).meta({ id: 'CompensationBand' });
const budget = z.object({ cycle: z.string(), currency: z.string(), amount: z.number(), updatedAt: z.string(), updatedBy: z.string().nullable() }).meta({ id: 'CompensationBudget' });

export const compensationRow = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), team: z.string().nullable(), level: z.string().nullable(), track: z.string().nullable() }),
    band: band.nullable().describe('The band for their level and track (in the budget’s currency when a budget is set)'),
    ratings: z.array(z.object({ signal: z.string(), value: z.string() })).nullable().describe('Rating values once calibration is done; null before'),
    compensation: compensation.nullable(),
    mayEdit: z.boolean().describe('False on your own row: nobody changes their own compensation'),
  })
  .meta({ id: 'CompensationRow' });

export const listCompensationSchema = {
  summary: 'Every covered person’s compensation proposal in a cycle — no ratings, evidence or growth notes (compensation reviewers, people partners; the read is one audit entry naming the people shown)',
  tags: ['reviews'],
  params: z.object({ id: idText }),
  response: {
    200: z.object({
      items: z.array(compensationRow).describe('Everyone the cycle covers: active people with a team'),
      leftOut: z.array(z.object({ id: z.string(), name: z.string() })).describe('Active people with no team, so not in this cycle'),
      budget: budget.nullable(),
      proposedTotal: z.number().describe('Sum of the proposals’ numeric `increase` fields, in the budget’s currency'),
      calibrated: z.boolean().describe('Whether calibration is done, so rating values are shown'),
      bandsImportedAt: z.string().nullable(),
    }),
    ...signedInErrors,
    404: errorBody,
  },
};

export const compensationParams = z.object({ id: idText, person: idText });

export const readCompensationSchema = {
  summary: 'A person’s compensation proposal in a cycle (compensation reviewers, people partners; reads are audited)',
  tags: ['reviews'],
  params: compensationParams,
  response: { 200: z.object({ compensation: compensation.nullable() }), ...signedInErrors, 404: errorBody },
};

export const writeCompensationSchema = {
  summary: 'Set a person’s compensation proposal in a cycle (compensation reviewers, people partners)',
  tags: ['reviews'],
  params: compensationParams,
  body: z.object({ fields }),
  response: { 200: compensation, ...signedInErrors, 404: errorBody },
};

export const exportCompensationSchema = {
  summary: 'The compensation view of a cycle as CSV, with the total against the budget (compensation reviewers, people partners; audited like the view)',
  tags: ['reviews'],
  params: z.object({ id: idText }),
  response: { 200: z.string().describe('text/csv'), ...signedInErrors, 404: errorBody },
};

const bandsBody = z.object({ bands: z.array(band), importedAt: z.string().nullable(), importedBy: z.string().nullable() }).meta({ id: 'CompensationBands' });

export const readBandsSchema = {
  summary: 'The compensation band table (compensation reviewers, people partners, administrators)',
  tags: ['reviews'],
  response: { 200: bandsBody, ...signedInErrors },
};

export const importBandsSchema = {
  summary: 'Replace the band table from CSV: level,track,currency,min,mid,max (administrators; a bad file names line and column, nothing stored)',
  tags: ['reviews'],
  body: z.object({ csv: z.string().max(1_000_000, 'must be at most 1 MB'), fileName: z.string().max(200).optional() }),
  response: { 200: bandsBody, ...signedInErrors },
};

export const setBudgetSchema = {
  summary: 'Set a cycle’s compensation budget (compensation reviewers, people partners)',
  tags: ['reviews'],
  params: z.object({ id: idText }),
  body: z.object({ currency: z.string().max(3), amount: z.number().min(0, 'must be at least 0') }),
  response: { 200: budget, ...signedInErrors, 404: errorBody },
};
