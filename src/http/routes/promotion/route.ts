/**
 * `/api/cycles/:id/people/:person/promotion-case[…]` (a person's case and its case files) and
 * `/api/cycles/:id/promotion-cases` (the committee's view). The HTML export is a whole document
 * with its own style sheet, so its CSP allows exactly that style (by hash) and nothing else.
 */
import { createHash } from 'node:crypto';
import { promotionCommitteeView } from '../../../app/promotion/committee-view.js';
import { readPromotionCase, readPromotionCaseForExport } from '../../../app/promotion/read-promotion-case.js';
import { deleteCaseExample, saveCaseExample } from '../../../app/promotion/save-case-example.js';
import { startPromotionCase } from '../../../app/promotion/start-promotion-case.js';
import type { CaseView } from '../../../core/promotion/case-view.js';
import { promotionCaseHtml, promotionCaseMarkdown, promotionCaseStyle } from '../../../core/promotion/index.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { addExampleSchema, committeeSchema, deleteExampleSchema, readCaseSchema, startCaseSchema, updateExampleSchema } from './schema.js';

const styleHash = createHash('sha256').update(promotionCaseStyle).digest('base64');
const htmlPolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
const htmlExports = new WeakSet<object>();

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (s: string): number => Date.parse(`${s}T00:00:00Z`);

export function serialiseCase(v: CaseView) {
  return {
    ...v,
    examples: v.examples.map((e) => ({ ...e, from: day(e.from), to: e.to === null ? null : day(e.to), cited: e.cited.map((c) => ({ id: c.id, title: c.title, date: day(c.date), kind: c.kind })) })),
    coverage: { ...v.coverage, dimensions: v.coverage.dimensions.map((d) => ({ ...d, dimension: { id: d.dimension.id, name: d.dimension.name } })), missing: v.coverage.missing.map((d) => ({ id: d.id, name: d.name })) },
    updatedAt: new Date(v.updatedAt).toISOString(),
  };
}

const write: RouteAccess = { resource: 'promotion-case', action: 'write' };

export const promotionRoutes: RouteRegistration = {
  area: 'promotion',
  register(app, { data, runtime }) {
    const deps = { data, runtime };
    app.get('/api/cycles/:id/people/:person/promotion-case', { schema: readCaseSchema, config: { access: { resource: 'promotion-case', action: 'read' } } }, async (request, reply) => {
      const { id, person } = request.params;
      const actor = requestActor(request);
      const name = `promotion-case-${person}-${id}`.replace(/[^A-Za-z0-9._-]/g, '_');
      if (request.query.format === 'markdown') {
        const v = await readPromotionCaseForExport(deps, actor, id, person);
        return reply.header('content-type', 'text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${name}.md"`).send(promotionCaseMarkdown(v));
      }
      if (request.query.format === 'html') {
        const v = await readPromotionCaseForExport(deps, actor, id, person);
        htmlExports.add(reply);
        return reply.header('content-type', 'text/html; charset=utf-8').send(promotionCaseHtml(v));
      }
      const read = await readPromotionCase(deps, actor, id, person);
      return { ...read, case: read.case && serialiseCase(read.case), citable: read.citable.map((i) => ({ ...i, date: day(i.date) })) };
    });

    app.put('/api/cycles/:id/people/:person/promotion-case', { schema: startCaseSchema, config: { access: write } }, async (request) =>
      serialiseCase(await startPromotionCase(deps, requestActor(request), request.params.id, request.params.person, { targetLevel: request.body.targetLevel })),
    );

    const draftOf = (b: { problem: string; scope: string; action: string; result: string; from: string; to: string | null; dimensions: string[]; evidence: string[] }) => ({
      ...b,
      from: dayMs(b.from),
      to: b.to === null ? null : dayMs(b.to),
    });

    app.post('/api/cycles/:id/people/:person/promotion-case/examples', { schema: addExampleSchema, config: { access: write } }, async (request, reply) => {
      const v = await saveCaseExample(deps, requestActor(request), request.params.id, request.params.person, undefined, draftOf(request.body));
      return reply.code(201).send(serialiseCase(v));
    });

    app.put('/api/cycles/:id/people/:person/promotion-case/examples/:example', { schema: updateExampleSchema, config: { access: write } }, async (request) =>
      serialiseCase(await saveCaseExample(deps, requestActor(request), request.params.id, request.params.person, request.params.example, draftOf(request.body))),
    );

    app.delete('/api/cycles/:id/people/:person/promotion-case/examples/:example', { schema: deleteExampleSchema, config: { access: write } }, async (request) =>
      serialiseCase(await deleteCaseExample(deps, requestActor(request), request.params.id, request.params.person, request.params.example)),
    );

    app.get('/api/cycles/:id/promotion-cases', { schema: committeeSchema, config: { access: { resource: 'promotion-committee', action: 'read' } } }, async (request) => promotionCommitteeView(deps, requestActor(request), request.params.id));

    // The export's own CSP must win over the app-wide one set in onSend: replace it for this export only.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (htmlExports.has(reply)) reply.header('content-security-policy', htmlPolicy);
      return payload;
    });
  },
};
