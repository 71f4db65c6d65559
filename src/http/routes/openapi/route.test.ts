import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, useTestServer } from '../../../../test/http-helpers.js';
import { registeredRoutes } from '../../../../test/routes.js';

describeEachDialect('GET /api/openapi.json', (dialect) => {
  const server = useTestServer(dialect);

  it('is an OpenAPI 3 document describing every route', async () => {
    const { status, body, contentType } = await getJson(server().app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(contentType).toMatch(/^application\/json/);
    expect(body.openapi).toMatch(/^3\./);
    expect(body.info.title).toBe('Trellis API');
    // Every /api route the server registered is described, and nothing else: the list comes from
    // the route inventory itself, so a new route cannot ship without its OpenAPI entry.
    const registered = registeredRoutes(server().app.printRoutes({ commonPrefix: false }))
      .filter((r) => r.path.startsWith('/api/') && r.methods.some((m) => m !== 'HEAD' && m !== 'OPTIONS'))
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    expect(Object.keys(body.paths).sort()).toEqual([...new Set(registered)].sort());
    expect(Object.keys(body.paths).length).toBeGreaterThan(60);
  });

  it('describes query parameters and response bodies from the zod schemas', async () => {
    const { body } = await getJson(server().app, '/api/openapi.json');
    const list = body.paths['/api/people'].get;
    const limit = list.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit).toMatchObject({ in: 'query', schema: { minimum: 1, maximum: 500, default: 50 } });
    expect(list.responses['200'].content['application/json'].schema.properties.items).toBeDefined();
    expect(list.responses['400']).toBeDefined();
    expect(body.paths['/api/people/{id}'].get.responses['404']).toBeDefined();
    const components = Object.keys(body.components.schemas);
    expect(components).toEqual(expect.arrayContaining(['Person', 'Team', 'Service', 'Error', 'Ref']));
    // Only schemas something refers to: no unused `PersonInput` twins.
    expect(components.filter((c) => c.endsWith('Input'))).toEqual([]);
  });

  it('never puts delivery or reliability figures on a person', async () => {
    const { body } = await getJson(server().app, '/api/openapi.json');
    const fields = Object.keys(body.components.schemas.Person.properties);
    for (const banned of ['deployments', 'leadTime', 'changeFailureRate', 'incidents', 'pages', 'commits']) expect(fields).not.toContain(banned);
  });
});
