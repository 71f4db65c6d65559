/** `/api/templates…`: thin shells over src/app/templates. */
import { listTemplates, readTemplate, saveTemplate } from '../../../app/templates/templates.js';
import { templateKindNames, type Template } from '../../../core/templates/templates.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { listTemplatesSchema, readTemplateSchema, saveTemplateSchema } from './schema.js';

const templateOut = (t: Template) => ({
  kind: t.kind,
  name: templateKindNames[t.kind],
  version: t.version,
  title: t.title,
  sections: t.sections,
  builtIn: t.builtIn,
  createdAt: t.createdAt === null ? null : new Date(t.createdAt).toISOString(),
});

export const templateRoutes: RouteRegistration = {
  area: 'templates',
  register(app, { data, runtime }) {
    const deps = { data, runtime };
    app.get('/api/templates', { schema: listTemplatesSchema, config: { access: { resource: 'template', action: 'read' } } }, async (request) => ({
      items: (await listTemplates(deps, requestActor(request))).map(templateOut),
    }));
    app.get('/api/templates/:kind', { schema: readTemplateSchema, config: { access: { resource: 'template', action: 'read' } } }, async (request) => {
      const v = await readTemplate(deps, requestActor(request), request.params.kind);
      return { current: templateOut(v.current), versions: v.versions.map(templateOut) };
    });
    app.put('/api/templates/:kind', { schema: saveTemplateSchema, config: { access: { resource: 'template', action: 'write' } } }, async (request) =>
      templateOut(await saveTemplate(deps, requestActor(request), request.params.kind, request.body)),
    );
  },
};
