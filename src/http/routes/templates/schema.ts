/** Schemas of the template routes: everyone reads the templates; administrators save a new version. */
import { z } from 'zod';
import { templateKinds } from '../../../core/templates/templates.js';
import { count, errorBody, signedInErrors } from '../../schemas.js';

const section = z.object({ heading: z.string(), prompt: z.string() });

export const template = z
  .object({
    kind: z.enum(templateKinds),
    name: z.string().describe('The kind, as people read it'),
    version: count,
    title: z.string(),
    sections: z.array(section),
    builtIn: z.boolean().describe('The Trellis default, not edited yet'),
    createdAt: z.string().nullable().describe('ISO 8601, UTC; null for the built-in default'),
  })
  .meta({ id: 'Template' });

const kindParams = z.object({ kind: z.string().min(1).max(100) });

export const listTemplatesSchema = {
  summary: 'The template of each kind in force (goals, review packet, 1:1 agenda, support plan, promotion case)',
  tags: ['templates'],
  response: { 200: z.object({ items: z.array(template) }), ...signedInErrors },
};

export const readTemplateSchema = {
  summary: 'One kind’s template in force and its earlier versions, newest first',
  tags: ['templates'],
  params: kindParams,
  response: { 200: z.object({ current: template, versions: z.array(template) }), ...signedInErrors, 404: errorBody },
};

export const saveTemplateSchema = {
  summary: 'Save a new version of a template (administrators); what was written with older versions keeps them',
  tags: ['templates'],
  params: kindParams,
  body: z.object({ title: z.string(), sections: z.array(section) }),
  response: { 200: template, ...signedInErrors, 404: errorBody },
};
