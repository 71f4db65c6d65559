// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { account, mockFetch } from '../../test/fetch-mock';
import { byRoleName, cleanup, click, render, text, waitFor } from '../../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const admin = { 'GET /api/auth/me': { body: { account: { ...account, roles: ['admin'] }, csrfToken: 'csrf-1' } } };
const templates = [
  { id: 'outcome-first', name: 'Outcome first', description: 'd1', prompts: ['What changed?'], asksForOutcome: true },
  { id: 'star', name: 'Situation, task, action, result', description: 'd2', prompts: ['Situation?'], asksForOutcome: true },
];
const steps = (done: boolean[]) =>
  (['ladder', 'signals', 'evidence-template', 'calibration-workshop'] as const).map((id, i) => ({ id, title: `Step ${id}`, done: done[i]!, summary: done[i] ? `${id} ok` : `${id} missing` }));
const everything = { ladder: true, signals: true, settings: true };
const view = (done: boolean[], template: string | null = null, mayChange = everything) => ({
  steps: steps(done),
  next: (['ladder', 'signals', 'evidence-template', 'calibration-workshop'] as const)[done.indexOf(false)] ?? null,
  complete: done.every(Boolean),
  evidenceTemplates: templates,
  evidenceTemplate: template,
  bundledLadders: [{ id: 'ft-engineering', name: 'Financial Times engineering progression', description: '8 levels' }],
  workshop: null,
  mayChange,
});

describe('the setup page', () => {
  it('shows each step as done or to do, marks the next, and adopts the bundled ladder', async () => {
    window.history.replaceState(null, '', '/setup');
    let state = view([false, false, false, false]);
    const calls = mockFetch({
      ...admin,
      'GET /api/setup': () => ({ body: state }),
      'GET /api/people': { body: { items: [], total: 0, limit: 200, offset: 0 } },
      'POST /api/setup/ladder': () => {
        state = view([true, false, false, false]);
        return { body: state };
      },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('[role="status"]'))).toBe('0 of 4 steps done.'));
    expect(container.querySelector('[aria-current="step"] h2')?.textContent).toContain('Step ladder');
    await click(byRoleName(container, 'button', 'Use the Financial Times engineering progression'));
    await waitFor(() => expect(text(container.querySelector('[role="status"]'))).toBe('1 of 4 steps done.'));
    expect(calls.find((c) => c.url === '/api/setup/ladder')?.body).toEqual({ ladder: 'ft-engineering' });
    expect(container.querySelector('[aria-current="step"] h2')?.textContent).toContain('Step signals');
  });

  it('saves the chosen evidence template and shows the server’s refusal in words', async () => {
    window.history.replaceState(null, '', '/setup');
    mockFetch({
      ...admin,
      'GET /api/setup': { body: view([true, true, false, false]) },
      'GET /api/people': { body: { items: [], total: 0, limit: 200, offset: 0 } },
      'PUT /api/setup/evidence-template': { status: 403, body: { error: { code: 'FORBIDDEN', message: 'Organisation settings are changed by administrators (first-run setup).' } } },
    });
    const container = await render(<App />);
    const star = await waitFor(() => {
      const el = container.querySelector<HTMLInputElement>('input[value="star"]');
      expect(el).not.toBeNull();
      return el!;
    });
    await click(star);
    await click(byRoleName(container, 'button', 'Save the evidence template'));
    await waitFor(() => expect(text(container.querySelector('[role="alert"]'))).toBe('Organisation settings are changed by administrators (first-run setup).'));
  });

  it('shows an engineer the checklist without the buttons the server would refuse', async () => {
    window.history.replaceState(null, '', '/setup');
    mockFetch({
      'GET /api/auth/me': { body: { account: { ...account, roles: ['engineer'] }, csrfToken: 'csrf-1' } },
      'GET /api/setup': { body: view([true, true, false, false], null, { ladder: false, signals: false, settings: false }) },
      'GET /api/people': { body: { items: [], total: 0, limit: 200, offset: 0 } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('[role="status"]'))).toBe('2 of 4 steps done.'));
    expect(text(container.querySelector('main .notice'))).toBe('You can follow the setup here; administrators make the changes.');
    expect(container.querySelectorAll('main button')).toHaveLength(0);
    expect(container.querySelectorAll('main form, main input, main select')).toHaveLength(0);
    expect([...container.querySelectorAll('.setup-step')].map((li) => text(li.querySelector('.hint')))).toEqual([
      'Calibrators and administrators make this step.',
      'Calibrators and administrators make this step.',
      'Administrators make this step.',
      'Administrators make this step.',
    ]);
  });

  it('lets a calibrator publish the ladder and signals but not change the settings', async () => {
    window.history.replaceState(null, '', '/setup');
    mockFetch({
      'GET /api/auth/me': { body: { account: { ...account, roles: ['calibrator', 'manager'] }, csrfToken: 'csrf-1' } },
      'GET /api/setup': { body: view([false, false, false, false], null, { ladder: true, signals: true, settings: false }) },
      'GET /api/people': { body: { items: [], total: 0, limit: 200, offset: 0 } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('[role="status"]'))).toBe('0 of 4 steps done.'));
    expect([...container.querySelectorAll('main button')].map(text)).toEqual(['Use the Financial Times engineering progression', 'Publish the five default signals']);
    expect(text(container.querySelector('main .notice'))).toContain('except the ladder and review signals');
  });
});
