import { expect, it } from 'vitest';
import { loadConfig } from './config.js';

it('reads webhook secrets, the service mapping and the incident label; off by default', () => {
  expect(loadConfig({}).webhooks).toEqual({
    githubSecret: null,
    gitlabToken: null,
    pagerdutySecret: null,
    opsgenieToken: null,
    services: { github: {}, gitlab: {}, pagerduty: {}, opsgenie: {} },
    incidentLabel: 'incident',
  });
  const c = loadConfig({ TRELLIS_GITHUB_WEBHOOK_SECRET: 's', TRELLIS_WEBHOOK_SERVICES: '{"github":{"acme/api":"api"}}', TRELLIS_INCIDENT_LABEL: 'sev' }).webhooks;
  expect(c).toMatchObject({ githubSecret: 's', services: { github: { 'acme/api': 'api' }, gitlab: {} }, incidentLabel: 'sev' });
});

it('reports a bad service mapping beside other problems', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (e) {
      return (e as { problems: { field: string; message: string }[] }).problems;
    }
  };
  expect(problems({ TRELLIS_WEBHOOK_SERVICES: '{nope' })).toEqual([{ field: 'TRELLIS_WEBHOOK_SERVICES', message: expect.stringMatching(/^must be JSON/) }]);
  expect(problems({ TRELLIS_WEBHOOK_SERVICES: '{"jira":{}}', PORT: 'x' }).map((p) => p.field).sort()).toEqual(['PORT', 'TRELLIS_WEBHOOK_SERVICES']);
});
