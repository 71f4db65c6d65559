import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, send, useTestServer } from '../../../../test/http-helpers.js';
import { sampleCaseFile, sampleCaseUrl } from '../../../../test/promotion.js';

describeEachDialect('promotion case routes', (dialect) => {
  const server = useTestServer(dialect);

  it('start a case, add and change case files, read the coverage map; errors name the field', async () => {
    const s = server();
    const { url } = await sampleCaseUrl(s);
    const grace = await s.as('grace');
    const bad = await send(s.app, { method: 'POST', url: `${url}/examples`, payload: { ...sampleCaseFile, dimensions: ['charisma'] }, as: grace });
    expect([bad.statusCode, bad.json().error.message]).toEqual([400, expect.stringContaining('dimensions: "charisma" is not a dimension of the target level')]);
    const badDay = await send(s.app, { method: 'POST', url: `${url}/examples`, payload: { ...sampleCaseFile, from: '1 March' }, as: grace });
    expect(badDay.statusCode).toBe(400);
    const added = await send(s.app, { method: 'POST', url: `${url}/examples`, payload: sampleCaseFile, as: await s.as('alan') });
    expect(added.statusCode, added.body).toBe(201);
    const read = await getJson(s.app, url, await s.as('alan'));
    expect(read.status).toBe(200);
    expect(read.body.case).toMatchObject({ target: { id: 'l4', name: 'Staff Engineer' }, coverage: { covered: 1, total: 6 }, pattern: { holds: false, periods: ['2025-Q1'] } });
    expect(read.body.case.examples[0]).toMatchObject({ from: '2025-03-01', to: '2025-03-20', cited: [{ title: 'Added tests to the deploy-bot retry', date: '2025-03-10' }] });
    expect(read.body.case.coverage.missing.map((d: { id: string }) => d.id)).toContain('mentoring');
    const exampleId = read.body.case.examples[0].id as string;
    const changed = await send(s.app, { method: 'PUT', url: `${url}/examples/${exampleId}`, payload: { ...sampleCaseFile, dimensions: ['mentoring'] }, as: grace });
    expect(changed.json().coverage.missing.map((d: { id: string }) => d.id)).toContain('operational-responsibility');
    const removed = await send(s.app, { method: 'DELETE', url: `${url}/examples/${exampleId}`, as: grace });
    expect(removed.json().examples).toEqual([]);
  });

  it('exports Markdown and printable HTML with their own content type and a CSP for the HTML; 404 before a case exists', async () => {
    const s = server();
    const { url, cycle } = await sampleCaseUrl(s, true);
    const md = await send(s.app, { method: 'GET', url: `${url}?format=markdown`, as: await s.as('ada') });
    expect([md.statusCode, md.headers['content-type']]).toEqual([200, 'text/markdown; charset=utf-8']);
    expect(md.body).toContain('# Promotion case: Alan Turing to Staff Engineer');
    expect(md.body).toContain('1 of 6 dimensions evidenced.');
    expect(md.body).toContain('- Added tests to the deploy-bot retry (2025-03-10, shipped)');
    const html = await send(s.app, { method: 'GET', url: `${url}?format=html`, as: await s.as('partner') });
    expect([html.statusCode, html.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html.body).toContain('<h1>Promotion case: Alan Turing to Staff Engineer</h1>');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const none = await send(s.app, { method: 'GET', url: `${cycle}/people/barbara/promotion-case?format=markdown`, as: await s.as('ada') });
    expect([none.statusCode, none.json().error.message]).toEqual([404, expect.stringContaining('Barbara Liskov has no promotion case')]);
  });

  it('the committee view: calibrators and people partners; managers and engineers are refused', async () => {
    const s = server();
    const { cycle } = await sampleCaseUrl(s, true);
    const view = await getJson(s.app, `${cycle}/promotion-cases`, await s.as('ada'));
    expect(view.status).toBe(200);
    expect(view.body.cases).toMatchObject([{ person: { name: 'Alan Turing' }, covered: 1, total: 6, examples: 1, evidence: 1, pattern: { holds: false } }]);
    expect((await getJson(s.app, `${cycle}/promotion-cases`, await s.as('partner'))).status).toBe(200);
    for (const who of ['grace', 'alan', 'reviewer'] as const) expect((await getJson(s.app, `${cycle}/promotion-cases`, await s.as(who))).status, who).toBe(403);
  });
});
