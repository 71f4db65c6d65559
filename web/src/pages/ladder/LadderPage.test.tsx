// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch, signedIn } from '../../test/fetch-mock';
import { byLabel, cleanup, render, text, waitFor } from '../../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const entry = (summary: string, examples: string[] = []) => ({ summary, examples });
const ladder = {
  id: 'engineering',
  name: 'Engineering',
  cumulative: true,
  levels: [
    { id: 'senior-1', name: 'Senior 1', rank: 1 },
    { id: 'senior-2-ic', name: 'Senior 2 IC', rank: 2, track: 'ic' },
    { id: 'senior-2-pm', name: 'Senior 2 Manager', rank: 2, track: 'manager' },
  ],
  dimensions: [
    { id: 'technical', name: 'Technical' },
    { id: 'leadership', name: 'Leadership' },
  ],
  cells: [
    { level: 'senior-1', dimension: 'technical', entries: [{ ...entry('Designs a service end to end', ['the rollout automation']), proficiency: 'Practitioner' }] },
    { level: 'senior-2-ic', dimension: 'technical', entries: [entry('Sets the technical direction of a team')] },
    { level: 'senior-2-pm', dimension: 'leadership', entries: [entry('Runs 1:1s and growth plans for a team')] },
  ],
  version: 2,
  publishedAt: '2026-01-05T00:00:00.000Z',
  versions: [
    { version: 1, name: 'Engineering', publishedAt: '2025-06-01T00:00:00.000Z', createdAt: '2025-06-01T00:00:00.000Z' },
    { version: 2, name: 'Engineering', publishedAt: '2026-01-05T00:00:00.000Z', createdAt: '2026-01-05T00:00:00.000Z' },
  ],
  vagueCells: [{ level: 'senior-2-ic', dimension: 'technical', entry: 0, word: 'strong', rule: 'vaguePraise', start: 0, end: 6 }],
};

const levelDiff = {
  id: 'engineering',
  version: 2,
  from: ladder.levels[0],
  to: ladder.levels[1],
  adjacent: true,
  cumulative: true,
  dimensions: [
    { dimension: ladder.dimensions[0], current: [ladder.cells[0]!.entries[0]], next: [ladder.cells[1]!.entries[0]], added: [ladder.cells[1]!.entries[0]], notRepeated: [ladder.cells[0]!.entries[0]] },
    { dimension: ladder.dimensions[1], current: [], next: [], added: [], notRepeated: [] },
  ],
};

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the career ladder page', () => {
  it('shows the grid: levels as columns, sparse cells empty, examples listed', async () => {
    window.history.replaceState(null, '', '/ladder');
    mockFetch({ ...signedIn, 'GET /api/ladder': { body: ladder } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Career ladder'));
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    expect([...container.querySelectorAll('thead th')].map(text)).toEqual(['Dimension', 'Senior 1', 'Senior 2 ICic', 'Senior 2 Managermanager']);
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows[0]).toEqual(['Technical', 'Designs a service end to endPractitionerthe rollout automation', 'Sets the technical direction of a team', '—']);
    expect(rows[1]).toEqual(['Leadership', '—', '—', 'Runs 1:1s and growth plans for a team']);
    expect(container.querySelector('[aria-label="Examples"]')?.textContent).toBe('the rollout automation');
    expect(text(container.querySelector('#vague-cells')?.parentElement ?? null)).toContain('Senior 2 IC × Technical: “strong”');
  });

  it('opens a long ladder as two levels side by side, any two on request or all of them, and says whose text it is', async () => {
    const names = ['Junior', 'Engineer', 'Senior 1', 'Senior 2', 'Principal'];
    const long = {
      ...ladder,
      levels: names.map((name, i) => ({ id: `l${i + 1}`, name, rank: i + 1 })),
      cells: names.map((name, i) => ({ level: `l${i + 1}`, dimension: 'technical', entries: [entry(`Technical at ${name}`)] })),
      source: { format: 'ft-yaml', title: 'Financial Times engineering progression', url: 'https://github.com/Financial-Times/engineering-progression', licence: 'MIT licence, © 2019 Financial Times' },
    };
    window.history.replaceState(null, '', '/ladder');
    mockFetch({ ...signedIn, 'GET /api/ladder': { body: long } });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    const heads = () => [...container.querySelectorAll('thead th')].map(text);
    expect(heads()).toEqual(['Dimension', 'Junior', 'Engineer']);
    expect(text(container.querySelector('[data-testid="ladder-source"]'))).toContain('Source: Financial Times engineering progression (MIT licence, © 2019 Financial Times). The text is theirs');
    expect(container.querySelector('[data-testid="ladder-source"] a')?.getAttribute('href')).toBe('https://github.com/Financial-Times/engineering-progression');
    // The grid's scroll area is reachable by keyboard and named by its caption.
    const region = container.querySelector('.table-scroll')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('role')).toBe('group');
    expect(text(container.querySelector(`#${CSS.escape(region.getAttribute('aria-labelledby')!)}`))).toBe('Engineering: 2 of 5 levels × 2 dimensions');
    await choose(byLabel<HTMLSelectElement>(container, 'Level'), 'l3');
    await waitFor(() => expect(heads()).toEqual(['Dimension', 'Senior 1', 'Senior 2']));
    await choose(byLabel<HTMLSelectElement>(container, 'Beside it'), 'l5');
    await waitFor(() => expect(heads()).toEqual(['Dimension', 'Senior 1', 'Principal']));
    expect(window.location.search).toBe('?grid=pair&a=l3&b=l5');
    await choose(byLabel<HTMLSelectElement>(container, 'Show'), 'all');
    await waitFor(() => expect(heads()).toEqual(['Dimension', ...names]));
  });

  it('filters by track, keeping the shared levels', async () => {
    window.history.replaceState(null, '', '/ladder');
    mockFetch({ ...signedIn, 'GET /api/ladder': { body: ladder } });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    await choose(byLabel<HTMLSelectElement>(container, 'Track'), 'manager');
    await waitFor(() => expect([...container.querySelectorAll('thead th')].map(text)).toEqual(['Dimension', 'Senior 1', 'Senior 2 Managermanager']));
    expect(window.location.search).toBe('?track=manager');
  });

  it('shows what changes from a level to the one above it', async () => {
    window.history.replaceState(null, '', '/ladder');
    const calls = mockFetch({ ...signedIn, 'GET /api/ladder': { body: ladder }, 'GET /api/ladders/engineering/levels/senior-1/diff/senior-2-ic': { body: levelDiff } });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    await choose(byLabel<HTMLSelectElement>(container, 'What changes from'), 'senior-1');
    const step = await waitFor(() => must(container.querySelector('#level-step')));
    expect(text(step)).toBe('What changes from Senior 1 to Senior 2 IC');
    const panel = step.parentElement!;
    expect(text(panel)).toContain('New at Senior 2 ICSets the technical direction of a team');
    expect(text(panel)).toContain('1 of 2 dimensions change.');
    expect(calls.some((c) => c.url === '/api/ladders/engineering/levels/senior-1/diff/senior-2-ic?version=2')).toBe(true);
  });

  it('compares versions through the version picker', async () => {
    window.history.replaceState(null, '', '/ladder');
    const calls = mockFetch({
      ...signedIn,
      'GET /api/ladder': { body: ladder },
      'GET /api/ladders/engineering': { body: ladder },
      'GET /api/ladders/engineering/versions/1/diff/2': {
        body: { id: 'engineering', from: 1, to: 2, diff: { name: null, cumulative: null, levels: { added: [ladder.levels[2]], removed: [], changed: [] }, dimensions: { added: [], removed: [], changed: [] }, cells: { added: [], removed: [], changed: [] }, same: false } },
      },
    });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    await choose(byLabel<HTMLSelectElement>(container, 'Compare with version'), '1');
    await waitFor(() => expect(text(container.querySelector('#version-changes'))).toBe('Changes from version 1 to version 2'));
    expect(text(container.querySelector('#version-changes')!.parentElement)).toContain('Level added: Senior 2 Manager.');
    expect(calls.map((c) => c.url)).toContain('/api/ladders/engineering/versions/1/diff/2');
  });

  it('says so when no ladder is published', async () => {
    window.history.replaceState(null, '', '/ladder');
    mockFetch({ ...signedIn, 'GET /api/ladder': { status: 404, body: { error: { code: 'NOT_FOUND', message: 'No career ladder is published yet.' } } } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('main'))).toContain('A published career ladder'));
  });
});

function must<T>(x: T | null): T {
  if (x === null) throw new Error('not there yet');
  return x;
}
