import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, send, useTestServer, type As } from '../../../../test/http-helpers.js';

const fixtures = new URL('../../../../test/fixtures/ladders/', import.meta.url);
const ft = readFileSync(new URL('ft-engineering-progression/engineering.yml', fixtures), 'utf8');

describeEachDialect('ladder routes', (dialect) => {
  const server = useTestServer(dialect);
  const importAs = async (as: As, payload: Record<string, unknown>) => send(server().app, { method: 'POST', url: '/api/ladders', payload, as });

  it('refuses anonymous reads and imports by engineers; a calibrator imports and everyone reads', async () => {
    expect((await getJson(server().app, '/api/ladders', 'anonymous')).status).toBe(401);
    const denied = await importAs(await server().as('alan'), { text: ft, fileName: 'engineering.yml' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toBe('Ladders are published by calibrators and administrators.');
    const created = await importAs(await server().as('ada'), { text: ft, fileName: 'engineering.yml' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'engineering', version: 1, format: 'ft-yaml', levels: 8, dimensions: 9, cells: 72, publishedAt: expect.any(String) });
    const list = await getJson(server().app, '/api/ladders');
    expect(list.body).toEqual({ items: [{ id: 'engineering', name: 'Engineering', latestVersion: 1, latestPublishedVersion: 1, versions: 1 }] });
    const shown = await getJson(server().app, '/api/ladders/engineering');
    expect(shown.status).toBe(200);
    expect(shown.body.levels[3]).toEqual({ id: 'senior-2-ic', name: 'Senior Engineer 2 (Individual Contributor)', rank: 4, track: 'ic' });
    expect([shown.body.dimensions.length, shown.body.cells.length, shown.body.version]).toEqual([9, 72, 1]);
    expect((await getJson(server().app, '/api/ladder')).body.id).toBe('engineering');
  });

  it('answers 400 naming the file, line and field of a bad ladder, and of a bad request field', async () => {
    const admin = await server().as('admin');
    const bad = await importAs(admin, { text: ft.replace('proficiency: Awareness', 'proficiency: Wizard'), fileName: 'engineering.yml' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('IMPORT_REJECTED');
    expect(bad.json().error.problems[0]).toMatch(/^engineering\.yml:\d+: competencies\[0\]\.proficiency: must be equal to one of the allowed values/);
    const noText = await importAs(admin, { text: '', fileName: 'x.yml' });
    expect(noText.statusCode).toBe(400);
    expect(JSON.stringify(noText.json())).toMatch(/text/);
    expect((await getJson(server().app, '/api/ladders/engineering?version=zero')).status).toBe(400);
  });

  it('keeps a draft from engineers until a calibrator publishes it, then diffs versions', async () => {
    const ada = await server().as('ada');
    await importAs(ada, { text: ft, fileName: 'engineering.yml' });
    const draft = await importAs(ada, { text: ft.replace('name: Junior Engineer', 'name: Associate Engineer'), fileName: 'engineering.yml', draft: true });
    expect(draft.json()).toMatchObject({ version: 2, publishedAt: null });
    expect((await getJson(server().app, '/api/ladders/engineering?version=2')).status).toBe(403);
    expect((await getJson(server().app, '/api/ladders/engineering')).body.version).toBe(1);
    expect((await send(server().app, { method: 'POST', url: '/api/ladders/engineering/versions/2/publish', as: await server().as('alan') })).statusCode).toBe(403);
    const published = await send(server().app, { method: 'POST', url: '/api/ladders/engineering/versions/2/publish', as: ada });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ version: 2, alreadyPublished: false });
    expect((await send(server().app, { method: 'POST', url: '/api/ladders/engineering/versions/9/publish', as: ada })).statusCode).toBe(404);
    const diff = await getJson(server().app, '/api/ladders/engineering/versions/1/diff/2');
    expect(diff.status).toBe(200);
    expect(diff.body.diff.levels.changed.map((c: { id: string }) => c.id)).toEqual(['junior']);
  });

  it('shows what changes from one level to the next, and 404 for an unknown level', async () => {
    await importAs(await server().as('admin'), { text: ft, fileName: 'engineering.yml' });
    const d = await getJson(server().app, '/api/ladders/engineering/levels/senior-1/diff/senior-2-ic');
    expect(d.status).toBe(200);
    expect([d.body.from.id, d.body.to.id, d.body.adjacent, d.body.dimensions.length]).toEqual(['senior-1', 'senior-2-ic', true, 9]);
    expect(d.body.dimensions[0].added).toEqual(d.body.dimensions[0].next);
    const missing = await getJson(server().app, '/api/ladders/engineering/levels/senior-1/diff/L99');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/No level "L99"/);
  });
});
