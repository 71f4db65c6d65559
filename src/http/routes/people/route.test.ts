import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { parse } from 'csv-parse/sync';
import { getJson, send, useTestServer } from '../../../../test/http-helpers.js';

const ids = (body: { items: { id: string }[] }): string[] => body.items.map((p) => p.id);

describeEachDialect('GET /api/people', (dialect) => {
  const server = useTestServer(dialect);

  it('lists everyone by name, including people who have left, marked inactive', async () => {
    const { status, body } = await getJson(server().app, '/api/people');
    expect(status).toBe(200);
    expect(body.total).toBe(6);
    expect(ids(body)).toEqual(['ada', 'alan', 'barbara', 'edsger', 'grace', 'katherine']);
    expect(body.items.find((p: { id: string }) => p.id === 'edsger').active).toBe(false);
  });

  it('returns the directory fields only — no per-person delivery or reliability figures', async () => {
    const { body } = await getJson(server().app, '/api/people?q=grace');
    expect(body.items).toEqual([
      {
        id: 'grace', name: 'Grace Hopper', email: 'grace@lumen.example', team: 'platform', manager: 'ada', level: 'L3',
        track: 'ic', timezone: null, workingHours: '09:00-17:00', startDate: '2022-01-10', active: true,
      },
    ]);
  });

  it('exports the directory as CSV, with team and manager names and who has left', async () => {
    const res = await send(server().app, { method: 'GET', url: '/api/people/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(res.body) as string[][];
    expect(rows[0]).toEqual(['id', 'name', 'email', 'team id', 'team', 'manager id', 'manager', 'level', 'track', 'time zone', 'working hours', 'start date', 'status']);
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r[0] === 'grace')).toEqual(['grace', 'Grace Hopper', 'grace@lumen.example', 'platform', 'Platform', 'ada', 'Ada Lovelace', 'L3', 'ic', '', '09:00-17:00', '2022-01-10', 'active']);
    expect(rows.find((r) => r[0] === 'edsger')?.at(-1)).toBe('left');
  });

  it('searches name case-insensitively, and email', async () => {
    expect(ids((await getJson(server().app, '/api/people?q=HOPPER')).body)).toEqual(['grace']);
    expect(ids((await getJson(server().app, '/api/people?q=tur')).body)).toEqual(['alan']);
    expect(ids((await getJson(server().app, '/api/people?q=barbara%40lumen')).body)).toEqual(['barbara']);
    // LIKE wildcards in the search are literal characters.
    expect((await getJson(server().app, '/api/people?q=%25')).body.total).toBe(0);
  });

  it('filters by team and by manager', async () => {
    expect(ids((await getJson(server().app, '/api/people?team=platform')).body)).toEqual(['alan', 'grace']);
    expect(ids((await getJson(server().app, '/api/people?manager=katherine')).body)).toEqual(['barbara', 'edsger']);
    expect(ids((await getJson(server().app, '/api/people?team=payments&manager=katherine')).body)).toEqual(['edsger']);
  });

  it('pages with totals', async () => {
    const { body } = await getJson(server().app, '/api/people?limit=2&offset=2');
    expect(body).toMatchObject({ total: 6, limit: 2, offset: 2 });
    expect(ids(body)).toEqual(['barbara', 'edsger']);
    const past = await getJson(server().app, '/api/people?offset=100');
    expect(past.body).toMatchObject({ items: [], total: 6, offset: 100 });
  });

  it('rejects limit=abc and limit=0 naming the field', async () => {
    const abc = await getJson(server().app, '/api/people?limit=abc');
    expect(abc.status).toBe(400);
    expect(abc.body.error).toMatchObject({ code: 'BAD_INPUT', problems: ['querystring.limit: must be a whole number'] });
    const zero = await getJson(server().app, '/api/people?limit=0');
    expect(zero.body.error.problems).toEqual(['querystring.limit: must be between 1 and 500']);
  });

  it('returns a person with their manager and active direct reports', async () => {
    const { status, body } = await getJson(server().app, '/api/people/katherine');
    expect(status).toBe(200);
    expect(body.person).toMatchObject({ id: 'katherine', name: 'Katherine Johnson', team: 'payments' });
    expect(body.manager).toEqual({ id: 'ada', name: 'Ada Lovelace' });
    expect(body.directReports).toEqual([{ id: 'barbara', name: 'Barbara Liskov' }]);
  });

  it('tells the reader which of the person’s private pages they may open, as the policy decides', async () => {
    const both = { privatePage: true, livingDocument: true };
    expect((await getJson(server().app, '/api/people/alan', await server().as('alan'))).body.mayOpen).toEqual(both);
    expect((await getJson(server().app, '/api/people/alan', await server().as('grace'))).body.mayOpen).toEqual(both);
    // Compensation reviewers are kept apart from growth and private records; a peer outside the line too.
    for (const who of ['reviewer', 'barbara'] as const) {
      expect((await getJson(server().app, '/api/people/alan', await server().as(who))).body.mayOpen, who).toEqual({ privatePage: false, livingDocument: false });
    }
  });

  it('gives the head of the organisation no manager', async () => {
    const { body } = await getJson(server().app, '/api/people/ada');
    expect(body.manager).toBeNull();
    expect(body.directReports.map((r: { id: string }) => r.id)).toEqual(['grace', 'katherine']);
  });

  it('answers 404 NOT_FOUND for an unknown person', async () => {
    const { status, body } = await getJson(server().app, '/api/people/nobody');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'NOT_FOUND', message: 'No person with id "nobody".' });
  });
});
