/**
 * The one principle, as a test: no delivery or reliability figure per person — no API route,
 * no CLI command or option. A route or option that would compute one fails here.
 */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import { freshStore } from './dialects.js';
import { createTestServer } from './http-helpers.js';

const personish = /(^|\/|-)(people|person|persons|engineer|engineers|author|authors|me|user|users|individual)(\/|$|-|\{|:)/i;
const metricish = /(delivery|dora|metric|lead-?time|deploy|failure|cfr|recovery|rework|slo|reliability|score)/i;

describe('no per-person delivery metric', () => {
  it('the API has no route that is both about a person and about delivery figures', async () => {
    const server = await createTestServer('sqlite');
    try {
      const doc = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
      const paths = Object.keys(doc.paths);
      expect(paths).toContain('/api/delivery/teams/{id}');
      const offending = paths.filter((p) => personish.test(p) && metricish.test(p));
      expect(offending).toEqual([]);
      // The person routes that exist say nothing about delivery. `/load` is the one per-person
      // exception the principle allows: a person's own on-call load (wellbeing), for them and their
      // manager line, never a rating input (test/no-wellbeing-in-ratings.test.ts).
      expect(paths.filter((p) => p.startsWith('/api/people')).sort()).toEqual([
        '/api/people',
        '/api/people/export',
        '/api/people/{id}',
        '/api/people/{id}/access-log',
        '/api/people/{id}/document',
        '/api/people/{id}/evidence',
        '/api/people/{id}/evidence/{evidenceId}',
        '/api/people/{id}/feedback',
        '/api/people/{id}/feedback-requests',
        '/api/people/{id}/feedback/entries',
        '/api/people/{id}/feedback/received',
        '/api/people/{id}/goals',
        '/api/people/{id}/goals/{goalId}',
        '/api/people/{id}/growth-notes',
        '/api/people/{id}/load',
        '/api/people/{id}/one-on-one-actions/{actionId}',
        '/api/people/{id}/one-on-ones',
        '/api/people/{id}/one-on-ones/cadence',
        '/api/people/{id}/one-on-ones/{meetingId}/notes',
        '/api/people/{id}/private',
        '/api/people/{id}/support-plans',
        '/api/people/{id}/support-plans/{planId}',
        '/api/people/{id}/support-plans/{planId}/check-ins',
      ]);
    } finally {
      await server.close();
    }
  });

  it('no CLI command computes delivery figures for a person', () => {
    const program = buildProgram();
    for (const cmd of program.commands) {
      const flags = cmd.options.map((o) => o.long ?? '');
      const aboutMetrics = metricish.test(cmd.name()) || metricish.test(cmd.description());
      if (aboutMetrics) expect(flags.filter((f) => /person|people|author|engineer|user/.test(f)), cmd.name()).toEqual([]);
    }
    const dora = program.commands.find((c) => c.name() === 'dora');
    expect(dora?.options.map((o) => o.long)).toEqual(expect.arrayContaining(['--service', '--team', '--org']));
  });

  it('the delivery figures of a store never carry a person field', async () => {
    const store = await freshStore('sqlite');
    try {
      const { deliveryFigures } = await import('../src/app/delivery/delivery-figures.js');
      const { DeliveryRepository } = await import('../src/store/delivery-repository.js');
      const { OrgRepository } = await import('../src/store/org-repository.js');
      const { operatorActor } = await import('../src/core/access/actor.js');
      const report = await deliveryFigures({ delivery: new DeliveryRepository(store.db), org: new OrgRepository(store.db), runtime: { now: () => Date.UTC(2024, 0, 1) } }, operatorActor, { scope: { kind: 'org' } });
      expect(JSON.stringify(report)).not.toMatch(/"(person|author|engineer)"/);
    } finally {
      await store.dispose();
    }
  });
});
