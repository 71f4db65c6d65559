// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, text, waitFor } from '../test/dom';
import { Link } from './Link';
import { navigate, safeNextPath, useLocation } from './location';
import { matchPath, pathTo } from './match';
import { Routes } from './Routes';

afterEach(cleanup);

describe('matchPath', () => {
  it('matches literal segments and captures decoded parameters', () => {
    expect(matchPath('/teams', '/teams')).toEqual({});
    expect(matchPath('/teams', '/teams/')).toEqual({});
    expect(matchPath('/people/:id/private', '/people/mei%20lin/private')).toEqual({ id: 'mei lin' });
    expect(matchPath('/people/:id', '/people/a/private')).toBeNull();
    expect(matchPath('/people/:id', '/teams/a')).toBeNull();
    expect(matchPath('/people/:id', '/people/%E0%A4%A')).toBeNull();
  });

  it('builds paths that match back', () => {
    const path = pathTo('/people/:id', { id: 'a/b c' });
    expect(path).toBe('/people/a%2Fb%20c');
    expect(matchPath('/people/:id', path)).toEqual({ id: 'a/b c' });
  });
});

describe('safeNextPath', () => {
  it('only returns to same-site paths', () => {
    expect(safeNextPath('/teams?q=x')).toBe('/teams?q=x');
    for (const bad of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/sign-in?next=/x']) expect(safeNextPath(bad)).toBe('/');
  });
});

function Where() {
  return <p data-testid="where">{useLocation().href}</p>;
}

const routes = [
  { path: '/', render: () => <h1>Home</h1> },
  { path: '/teams/:id', render: (p: Record<string, string>) => <h1>Team {p.id}</h1> },
];

describe('Routes and Link', () => {
  it('renders the matching route, follows links without reloading, and handles back', async () => {
    window.history.replaceState(null, '', '/');
    const container = await render(
      <>
        <Link to="/teams/payments">Payments</Link>
        <Routes routes={routes} fallback={<h1>Not found</h1>} />
        <Where />
      </>,
    );
    expect(text(container.querySelector('h1'))).toBe('Home');

    const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    await act(async () => {
      container.querySelector('a')?.dispatchEvent(plain);
    });
    expect(plain.defaultPrevented).toBe(true);
    expect(text(container.querySelector('h1'))).toBe('Team payments');
    expect(window.location.pathname).toBe('/teams/payments');

    await act(async () => navigate('/nowhere?x=1'));
    expect(text(container.querySelector('h1'))).toBe('Not found');
    expect(text(container.querySelector('[data-testid="where"]'))).toBe('/nowhere?x=1');

    await act(async () => {
      window.history.back();
    });
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Team payments'));
  });

  it('leaves modified clicks to the browser (open in a new tab)', async () => {
    window.history.replaceState(null, '', '/');
    const container = await render(<Link to="/teams/x">X</Link>);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    await act(async () => {
      container.querySelector('a')?.dispatchEvent(event);
    });
    // The click's default action (the browser opening the link) was not prevented.
    expect(event.defaultPrevented).toBe(false);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/teams/x');
  });
});
