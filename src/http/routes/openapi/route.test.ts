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
      '/api/auth/sign-out', '/api/challenges/{id}/answer', '/api/cycles', '/api/cycles/{id}', '/api/cycles/{id}/compensation',
      '/api/cycles/{id}/compensation/{person}', '/api/cycles/{id}/flags', '/api/cycles/{id}/people/{person}/challenges', '/api/cycles/{id}/people/{person}/evidence',
      '/api/cycles/{id}/people/{person}/packet', '/api/cycles/{id}/people/{person}/ratings', '/api/cycles/{id}/people/{person}/ratings/{signal}',
      '/api/cycles/{id}/people/{person}/ratings/{signal}/calibration', '/api/cycles/{id}/people/{person}/reviews',
      '/api/cycles/{id}/people/{person}/reviews/{kind}', '/api/cycles/{id}/transition', '/api/delivery/org', '/api/delivery/org/events',
      '/api/delivery/services/{id}', '/api/delivery/services/{id}/compare', '/api/delivery/services/{id}/events', '/api/delivery/teams/{id}',
      '/api/delivery/teams/{id}/compare', '/api/delivery/teams/{id}/events', '/api/evidence/outcome-preview', '/api/health', '/api/home', '/api/ladder',
      '/api/ladders', '/api/ladders/{id}', '/api/ladders/{id}/levels/{from}/diff/{to}', '/api/ladders/{id}/versions/{version}/diff/{other}',
      '/api/ladders/{id}/versions/{version}/publish', '/api/openapi.json', '/api/people', '/api/people/{id}', '/api/people/{id}/access-log',
      '/api/people/{id}/document', '/api/people/{id}/evidence', '/api/people/{id}/evidence/{evidenceId}', '/api/people/{id}/feedback',
      '/api/people/{id}/goals', '/api/people/{id}/goals/{goalId}', '/api/people/{id}/growth-notes', '/api/people/{id}/private', '/api/rubrics',
      '/api/services', '/api/services/{id}', '/api/setup', '/api/setup/calibration-workshop', '/api/setup/evidence-template', '/api/setup/ladder',
      '/api/setup/signals', '/api/teams', '/api/teams/{id}', '/api/teams/{id}/delivery/friction', '/api/tokens', '/api/tokens/{id}',
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
