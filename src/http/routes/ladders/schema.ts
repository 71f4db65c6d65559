/** Schemas of the career-ladder API: the ladder shape (core/ladder/model.ts) and its views. */
import { z } from 'zod';
import { ladderFormats } from '../../../core/ladder/parse-ladder.js';
import { count, errorBody, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const versionNumber = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1');

export const ladderLevel = z
  .object({ id: z.string(), name: z.string(), rank: z.number().int(), track: z.string().optional(), aliases: z.array(z.string()).optional(), description: z.string().optional() })
  .meta({ id: 'LadderLevel' });
export const ladderDimension = z.object({ id: z.string(), name: z.string(), description: z.string().optional() }).meta({ id: 'LadderDimension' });
export const ladderEntry = z
  .object({ summary: z.string(), examples: z.array(z.string()), proficiency: z.string().optional(), links: z.array(z.object({ label: z.string(), url: z.string() })).optional() })
  .meta({ id: 'LadderCellEntry' });
export const ladderCell = z.object({ level: z.string(), dimension: z.string(), entries: z.array(ladderEntry) }).meta({ id: 'LadderCell' });

const vagueCell = z.object({ level: z.string(), dimension: z.string(), entry: count, word: z.string(), rule: z.string().describe('the feedback lint rule that flagged the words (vaguePraise, personality, absolutes, hedges, …)'), start: count, end: count, example: count.optional() }).meta({ id: 'LadderVagueCell' });
const versionInfo = z.object({ version: count, name: z.string(), publishedAt: iso.nullable(), createdAt: iso });

export const ladderVersion = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    cumulative: z.boolean(),
    levels: z.array(ladderLevel),
    dimensions: z.array(ladderDimension),
    cells: z.array(ladderCell),
    source: z
      .object({
        format: z.string(),
        notes: z.string().optional(),
        title: z.string().optional().describe('Whose ladder this text is, when another organisation wrote it'),
        url: z.string().optional(),
        licence: z.string().optional(),
      })
      .optional(),
    version: count,
    publishedAt: iso.nullable().describe('Null while a draft'),
    versions: z.array(versionInfo).describe('The versions you may see, oldest first'),
    vagueCells: z.array(vagueCell).describe('Vague words in cells: prompts to describe behaviour instead'),
  })
  .meta({ id: 'LadderVersion' });

const ladderSummary = z.object({ id: z.string(), name: z.string(), latestVersion: count, latestPublishedVersion: count.nullable(), versions: count }).meta({ id: 'LadderSummary' });

const versionQuery = z.object({ version: versionNumber.optional().describe('A version number; default the newest published') });
const notFound = { ...signedInErrors, 404: errorBody } as const;

export const listLaddersSchema = {
  summary: 'Career ladders',
  tags: ['ladders'],
  response: { 200: z.object({ items: z.array(ladderSummary) }), ...signedInErrors },
};

export const defaultLadderSchema = {
  summary: 'The default ladder (the one published most recently), newest published version',
  tags: ['ladders'],
  querystring: versionQuery,
  response: { 200: ladderVersion, ...notFound },
};

export const showLadderSchema = {
  summary: 'A ladder version: levels, dimensions and cells (default the newest published)',
  tags: ['ladders'],
  params: z.object({ id }),
  querystring: versionQuery,
  response: { 200: ladderVersion, ...notFound },
};

const cellChange = z.object({ level: z.string(), dimension: z.string(), added: z.array(ladderEntry), removed: z.array(ladderEntry) });
const delta = <T extends z.ZodType>(item: T) => z.object({ added: z.array(item), removed: z.array(item), changed: z.array(z.object({ id: z.string(), from: item, to: item })) });

export const versionDiffSchema = {
  summary: 'What changed between two versions of a ladder',
  tags: ['ladders'],
  params: z.object({ id, version: versionNumber.describe('The older version'), other: versionNumber.describe('The version to compare it with') }),
  response: {
    200: z
      .object({
        id: z.string(),
        from: count,
        to: count,
        diff: z.object({
          name: z.object({ from: z.string(), to: z.string() }).nullable(),
          cumulative: z.object({ from: z.boolean(), to: z.boolean() }).nullable(),
          levels: delta(ladderLevel),
          dimensions: delta(ladderDimension),
          cells: z.object({ added: z.array(ladderCell), removed: z.array(ladderCell), changed: z.array(cellChange) }),
          same: z.boolean(),
        }),
      })
      .meta({ id: 'LadderVersionDiff' }),
    ...notFound,
  },
};

export const levelDiffSchema = {
  summary: 'What changes from one level to another, per dimension (“what growth looks like from L3 to L4”)',
  tags: ['ladders'],
  params: z.object({ id, from: id, to: id }),
  querystring: versionQuery,
  response: {
    200: z
      .object({
        id: z.string(),
        version: count,
        from: ladderLevel,
        to: ladderLevel,
        adjacent: z.boolean(),
        cumulative: z.boolean(),
        dimensions: z.array(
          z.object({
            dimension: ladderDimension,
            current: z.array(ladderEntry),
            next: z.array(ladderEntry),
            added: z.array(ladderEntry).describe('New at the higher level'),
            notRepeated: z.array(ladderEntry).describe('At the lower level only (still expected when the ladder is cumulative)'),
          }),
        ),
      })
      .meta({ id: 'LadderLevelDiff' }),
    ...notFound,
  },
};

export const importLadderSchema = {
  summary: 'Import a ladder file as a new version (calibrators, administrators)',
  tags: ['ladders'],
  body: z.object({
    text: z.string().min(1, 'must not be empty').max(5_000_000, 'must be at most 5 MB'),
    fileName: z.string().trim().min(1, 'must not be empty').max(200).describe('Names the file in problems; its extension helps recognise the format'),
    id: id.optional().describe('Ladder id; default from the file'),
    draft: z.boolean().optional().describe('Store as a draft instead of publishing'),
    format: z.enum(ladderFormats).optional(),
    jorgefReadme: z.string().max(1_000_000).optional().describe('For a jorgef ladder file: the README.md that defines its axes'),
  }),
  response: {
    201: z
      .object({
        id: z.string(),
        name: z.string(),
        version: count,
        format: z.enum(ladderFormats),
        publishedAt: iso.nullable(),
        unchanged: z.boolean(),
        levels: count,
        dimensions: count,
        cells: count,
        vagueCells: count,
      })
      .meta({ id: 'LadderImport' }),
    ...signedInErrors,
  },
};

export const publishLadderSchema = {
  summary: 'Publish a draft version (calibrators, administrators)',
  tags: ['ladders'],
  params: z.object({ id, version: versionNumber }),
  response: { 200: z.object({ id: z.string(), version: count, publishedAt: iso, alreadyPublished: z.boolean() }), ...notFound },
};
