// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { account, mockFetch, type Reply } from '../test/fetch-mock';
import { byLabel, byRoleName, cleanup, click, render, text, type, waitFor } from '../test/dom';

const signedOut: Reply = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } } };
const passwordOnly: Reply = { body: { password: true, oidc: { enabled: false } } };

beforeEach(() => window.history.replaceState(null, '', '/sign-in?next=%2Fteams%3Fq%3Dpay'));
afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

async function fillAndSubmit(container: HTMLElement, email: string, password: string): Promise<void> {
  await type(byLabel(container, 'Email'), email);
  await type(byLabel(container, 'Password'), password);
  await click(byRoleName(container, 'button', 'Sign in'));
}

describe('the sign-in page', () => {
  it('announces wrong credentials in an alert and lets the user try again', async () => {
    mockFetch({
      'GET /api/auth/me': signedOut,
      'GET /api/auth/providers': passwordOnly,
      'POST /api/auth/sign-in': { status: 401, body: { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password.' } } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Sign in'));
    expect(document.title).toBe('Sign in · Trellis');

    await fillAndSubmit(container, 'amara@lumen.example', 'not-it');
    const alert = await waitFor(() => {
      const el = container.querySelector('[role="alert"]');
      expect(text(el)).toMatch(/do not match an account/);
      return el;
    });
    expect(alert).not.toBeNull();
    const button = byRoleName(container, 'button', 'Sign in') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('says when there have been too many attempts', async () => {
    mockFetch({
      'GET /api/auth/me': signedOut,
      'GET /api/auth/providers': passwordOnly,
      'POST /api/auth/sign-in': { status: 429, body: { error: { code: 'RATE_LIMITED', message: 'Several wrong passwords were tried for this email just now. Try again in 8 seconds.' } } },
    });
    const container = await render(<App />);
    await waitFor(() => byLabel(container, 'Email'));
    await fillAndSubmit(container, 'amara@lumen.example', 'guess');
    await waitFor(() => expect(text(container.querySelector('[role="alert"]'))).toBe('Several wrong passwords were tried for this email just now. Try again in 8 seconds.'));
  });

  it('asks for both fields before sending anything', async () => {
    const calls = mockFetch({ 'GET /api/auth/me': signedOut, 'GET /api/auth/providers': passwordOnly });
    const container = await render(<App />);
    await waitFor(() => byLabel(container, 'Email'));
    await click(byRoleName(container, 'button', 'Sign in'));
    expect(text(container.querySelector('[role="alert"]'))).toBe('Enter your email and password.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('disables the button while signing in, then returns to the page the user wanted', async () => {
    let finish: (reply: Reply) => void = () => undefined;
    const calls = mockFetch({
      'GET /api/auth/me': signedOut,
      'GET /api/auth/providers': passwordOnly,
      'POST /api/auth/sign-in': () => new Promise<Reply>((resolve) => (finish = resolve)),
      'GET /api/teams': { body: { items: [], total: 0, limit: 50, offset: 0 } },
    });
    const container = await render(<App />);
    await waitFor(() => byLabel(container, 'Email'));
    await fillAndSubmit(container, ' amara@lumen.example ', 'correct horse');

    const busy = byRoleName(container, 'button', 'Signing in…') as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'amara@lumen.example', password: 'correct horse' });

    finish({ body: { account, csrfToken: 'csrf-9' } });
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Teams'));
    expect(window.location.pathname + window.location.search).toBe('/teams?q=pay');
    expect(text(container.querySelector('.who'))).toContain('Amara Okafor');
  });

  it('offers the identity provider when OIDC is enabled', async () => {
    mockFetch({ 'GET /api/auth/me': signedOut, 'GET /api/auth/providers': { body: { password: true, oidc: { enabled: true, name: 'Lumen SSO' } } } });
    const container = await render(<App />);
    const link = await waitFor(() => byRoleName(container, 'a', 'Sign in with Lumen SSO'));
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/start');
  });
});
