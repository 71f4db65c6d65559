/**
 * The career-ladder API: read by everyone signed in; import and publish by calibrators and
 * administrators (the policy's `ladder` rule, asked by each use case).
 */
import { diffLevelsOf, diffVersions } from '../../../app/ladders/diff-ladders.js';
import { importLadder } from '../../../app/ladders/import-ladder.js';
import { ladderVersionJson } from '../../../app/ladders/ladder-json.js';
import { publishLadder } from '../../../app/ladders/publish-ladder.js';
import { listLadders, showLadder } from '../../../app/ladders/read-ladders.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { defaultLadderSchema, importLadderSchema, levelDiffSchema, listLaddersSchema, publishLadderSchema, showLadderSchema, versionDiffSchema } from './schema.js';

const read: RouteAccess = { resource: 'ladder', action: 'read' };
const write: RouteAccess = { resource: 'ladder', action: 'write' };
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export const ladderRoutes: RouteRegistration = {
  area: 'ladders',
  register(app, { data, runtime }) {
    const deps = { data, runtime };

    app.get('/api/ladders', { schema: listLaddersSchema, config: { access: read } }, async (request) => ({ items: await listLadders(deps, requestActor(request)) }));

    app.get('/api/ladder', { schema: defaultLadderSchema, config: { access: read } }, async (request) =>
      ladderVersionJson(await showLadder(deps, requestActor(request), { version: request.query.version })),
    );

    app.get('/api/ladders/:id', { schema: showLadderSchema, config: { access: read } }, async (request) =>
      ladderVersionJson(await showLadder(deps, requestActor(request), { id: request.params.id, version: request.query.version })),
    );

    app.get('/api/ladders/:id/versions/:version/diff/:other', { schema: versionDiffSchema, config: { access: read } }, async (request) =>
      diffVersions(deps, requestActor(request), request.params.id, request.params.version, request.params.other),
    );

    app.get('/api/ladders/:id/levels/:from/diff/:to', { schema: levelDiffSchema, config: { access: read } }, async (request) =>
      diffLevelsOf(deps, requestActor(request), { id: request.params.id, version: request.query.version }, request.params.from, request.params.to),
    );

    app.post('/api/ladders', { schema: importLadderSchema, config: { access: write }, bodyLimit: 6 * 1024 * 1024 }, async (request, reply) => {
      const r = await importLadder(deps, requestActor(request), request.body);
      return reply.code(201).send({ ...r, publishedAt: iso(r.publishedAt) });
    });

    app.post('/api/ladders/:id/versions/:version/publish', { schema: publishLadderSchema, config: { access: write } }, async (request) => {
      const p = await publishLadder(deps, requestActor(request), request.params.id, request.params.version);
      return { ...p, publishedAt: iso(p.publishedAt)! };
    });
  },
};
