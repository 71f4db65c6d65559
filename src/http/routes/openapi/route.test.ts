import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, useTestServer } from '../../../../test/http-helpers.js';

describeEachDialect('GET /api/openapi.json', (dialect) => {
  const server = useTestServer(dialect);

  it('is an OpenAPI 3 document describing every route', async () => {
    const { status, body, contentType } = await getJson(server().app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(contentType).toMatch(/^application\/json/);
    expect(body.openapi).toMatch(/^3\./);
    expect(body.info.title).toBe('Trellis API');
    expect(Object.keys(body.paths).sort()).toEqual([
      '/api/audit', '/api/auth/me', '/api/auth/oidc/callback', '/api/auth/oidc/start', '/api/auth/providers', '/api/auth/sign-in',
      '/api/auth/sign-out', '/api/delivery/org', '/api/delivery/services/{id}', '/api/delivery/services/{id}/compare', '/api/delivery/teams/{id}', '/api/delivery/teams/{id}/compare', '/api/health', '/api/openapi.json', '/api/people', '/api/people/{id}', '/api/people/{id}/access-log',
      '/api/people/{id}/private', '/api/services', '/api/services/{id}', '/api/teams', '/api/teams/{id}', '/api/teams/{id}/delivery/friction', '/api/tokens', '/api/tokens/{id}',
      '/api/webhooks/github', '/api/webhooks/gitlab', '/api/webhooks/opsgenie', '/api/webhooks/pagerduty',
    ]);
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
