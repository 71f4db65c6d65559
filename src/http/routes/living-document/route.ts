/**
 * The living document: `/api/people/:id/document` (read), evidence, goals and growth notes
 * (write), and `/api/evidence/outcome-preview`. Thin: parse, call the use case (which asks the
 * policy and audits), return.
 */
import { addEvidence } from '../../../app/living-document/add-evidence.js';
import { addGoal, updateGoal } from '../../../app/living-document/goals.js';
import { addGrowthNote, listGrowthNotes } from '../../../app/living-document/growth-notes.js';
import type { LivingDocumentDeps } from '../../../app/living-document/deps.js';
import { previewOutcome } from '../../../app/living-document/preview-outcome.js';
import { readLivingDocument } from '../../../app/living-document/read-living-document.js';
import { deleteEvidence, updateEvidence } from '../../../app/living-document/update-evidence.js';
import { DeliveryRepository } from '../../../store/delivery-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import {
  addEvidenceSchema,
  addGoalSchema,
  addGrowthNoteSchema,
  deleteEvidenceSchema,
  listGrowthNotesSchema,
  previewOutcomeSchema,
  readDocumentSchema,
  updateEvidenceSchema,
  updateGoalSchema,
} from './schema.js';

const readDoc = { resource: 'living-document', action: 'read' } as const;
const writeDoc = { resource: 'living-document', action: 'write' } as const;

export const livingDocumentRoutes: RouteRegistration = {
  area: 'living-document',
  register(app, { store, data, runtime, deliveryCache, config, reportPool }) {
    const deps: LivingDocumentDeps = { data, runtime, delivery: new DeliveryRepository(store.db), cache: deliveryCache, limits: { maxItems: config.documentMaxItems }, pool: reportPool };
    app.get('/api/people/:id/document', { schema: readDocumentSchema, config: { access: readDoc } }, (request) =>
      readLivingDocument(deps, requestActor(request), request.params.id, {
        from: request.query.from === undefined ? undefined : Date.parse(request.query.from),
        to: request.query.to === undefined ? undefined : Date.parse(request.query.to),
        evidenceLimit: request.query.evidenceLimit,
        evidenceOffset: request.query.evidenceOffset,
      }),
    );
    app.post('/api/people/:id/evidence', { schema: addEvidenceSchema, config: { access: writeDoc } }, async (request, reply) =>
      reply.code(201).send(await addEvidence(deps, requestActor(request), request.params.id, request.body)),
    );
    app.put('/api/people/:id/evidence/:evidenceId', { schema: updateEvidenceSchema, config: { access: writeDoc } }, (request) =>
      updateEvidence(deps, requestActor(request), request.params.id, request.params.evidenceId, request.body),
    );
    app.delete('/api/people/:id/evidence/:evidenceId', { schema: deleteEvidenceSchema, config: { access: writeDoc } }, async (request, reply) => {
      await deleteEvidence(deps, requestActor(request), request.params.id, request.params.evidenceId);
      return reply.code(204).send(null);
    });
    app.post('/api/people/:id/goals', { schema: addGoalSchema, config: { access: writeDoc } }, async (request, reply) =>
      reply.code(201).send(await addGoal(deps, requestActor(request), request.params.id, request.body)),
    );
    app.put('/api/people/:id/goals/:goalId', { schema: updateGoalSchema, config: { access: writeDoc } }, (request) =>
      updateGoal(deps, requestActor(request), request.params.id, request.params.goalId, request.body),
    );
    app.get('/api/people/:id/growth-notes', { schema: listGrowthNotesSchema, config: { access: { resource: 'growth-note', action: 'read' } } }, async (request) => ({
      items: await listGrowthNotes(deps, requestActor(request), request.params.id),
    }));
    app.post('/api/people/:id/growth-notes', { schema: addGrowthNoteSchema, config: { access: { resource: 'growth-note', action: 'write' } } }, async (request, reply) =>
      reply.code(201).send(await addGrowthNote(deps, requestActor(request), request.params.id, request.body)),
    );
    app.post('/api/evidence/outcome-preview', { schema: previewOutcomeSchema, config: { access: { resource: 'team-delivery', action: 'read' } } }, (request) =>
      previewOutcome(deps, requestActor(request), request.body),
    );
  },
};
