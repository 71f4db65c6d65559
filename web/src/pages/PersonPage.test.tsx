// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { mockFetch, signedIn } from '../test/fetch-mock';
import { cleanup, render, text, waitFor } from '../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const teams = { body: { items: [{ id: 'platform', name: 'Platform', parent: null, timezone: 'Europe/London', members: 8, services: 3 }], total: 1, limit: 500, offset: 0 } };
const amara = { id: 'amara-okafor', name: 'Amara Okafor', email: 'amara@lumen.example', team: 'platform', manager: 'sofia-rossi', level: 'L4', track: 'ic', timezone: 'Europe/London', workingHours: '09:00-17:00', startDate: '2023-01-09', active: true };
const detail = (mayOpen: { privatePage: boolean; livingDocument: boolean }) => ({ body: { person: amara, manager: { id: 'sofia-rossi', name: 'Sofia Rossi' }, directReports: [], mayOpen } });

async function profile(mayOpen: { privatePage: boolean; livingDocument: boolean }): Promise<HTMLElement> {
  window.history.replaceState(null, '', '/people/amara-okafor');
  mockFetch({ ...signedIn, 'GET /api/teams': teams, 'GET /api/people/amara-okafor': detail(mayOpen) });
  const container = await render(<App />);
  await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Amara Okafor'));
  return container;
}

const buttons = (container: HTMLElement): string[] => [...container.querySelectorAll('.page-header a.button')].map(text);

describe('the person page', () => {
  it('offers the private page and living document to a reader the server lets open them', async () => {
    expect(buttons(await profile({ privatePage: true, livingDocument: true }))).toEqual(['Private page', 'Living document', '1:1s', 'Support plans', 'Feedback']);
  });

  it('offers no link the reader may not follow (a compensation reviewer: neither)', async () => {
    const container = await profile({ privatePage: false, livingDocument: false });
    expect(buttons(container)).toEqual([]);
    expect(container.querySelector('.page-header .actions')).toBeNull();
  });

  it('offers only the link the server allows', async () => {
    expect(buttons(await profile({ privatePage: false, livingDocument: true }))).toEqual(['Living document', '1:1s', 'Support plans', 'Feedback']);
  });
});

describe('a person or team that does not exist', () => {
  it('says the person was not found, naming the id asked for', async () => {
    window.history.replaceState(null, '', '/people/amara-okafr');
    mockFetch({ ...signedIn, 'GET /api/teams': teams, 'GET /api/people/amara-okafr': { status: 404, body: { error: { code: 'NOT_FOUND', message: 'No person with id "amara-okafr".' } } } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Person "amara-okafr" was not found'));
    expect(document.title).toContain('Person "amara-okafr" was not found');
    expect(text(container.querySelector('.state-error'))).toBe('It may have been removed, or the link may be wrong.');
  });

  it('says the team was not found, naming the id asked for', async () => {
    window.history.replaceState(null, '', '/teams/platfrom');
    mockFetch({ ...signedIn, 'GET /api/teams': teams, 'GET /api/teams/platfrom': { status: 404, body: { error: { code: 'NOT_FOUND', message: 'No team with id "platfrom".' } } } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Team "platfrom" was not found'));
  });
});
