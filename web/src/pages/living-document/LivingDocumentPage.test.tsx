// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { byLabel, byRoleName, cleanup, click, render, text, type, waitFor } from '../../test/dom';
import { mockFetch, signedIn, type RecordedCall } from '../../test/fetch-mock';
import type { EvidenceItem, LivingDocument } from './model';
import { sampleOutcome } from './outcome.test-helpers';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const outcome = sampleOutcome('2026-05-05T10:00:00.000Z');

const item = (over: Partial<EvidenceItem>): EvidenceItem => ({
  id: 'e1',
  person: 'amara',
  title: 'Rollout automation',
  date: '2026-05-05',
  kind: 'prevention',
  signals: ['reliability-impact'],
  dimensions: ['operational-responsibility'],
  links: [{ url: 'https://git.lumen.example/pr/812', label: 'PR 812' }],
  notes: '',
  label: 'outcome',
  outcome,
  createdAt: '2026-05-06T00:00:00.000Z',
  updatedAt: '2026-05-06T00:00:00.000Z',
  ...over,
});

const coverage = (id: string, name: string, evidence: number) => ({ dimension: { id, name }, expected: [`${name} at senior scope`], evidence });

const doc: LivingDocument = {
  person: { id: 'amara', name: 'Amara Okafor', team: 'platform', manager: 'sofia', level: 'L4', track: 'ic' },
  goals: [{ id: 'g1', quarter: '2026-Q4', text: 'Halve pages per shift', status: 'on-track', createdAt: '', updatedAt: '' }],
  evidence: [item({ id: 'e2', title: 'Ran on-call onboarding', kind: 'mentoring', label: 'activity', outcome: null, links: [], dimensions: [] }), item({})],
  evidencePage: { total: 2, offset: 0, limit: 50, withOutcome: 1 },
  growthNotes: { visible: true, items: [{ id: 'n1', author: { account: 'acc-sofia', name: 'Sofia Rossi' }, text: 'The rollout design doc was a model for the team.', shared: true, createdAt: '2026-06-01T10:00:00.000Z', signal: null }] },
  oneOnOnes: { visible: true, items: [{ meeting: 'm1', heldOn: '2026-06-02', manager: { id: 'sofia', name: 'Sofia Rossi' }, text: 'Agreed the on-call swap for April.' }] },
  ladder: {
    status: 'placed',
    message: null,
    version: 1,
    position: {
      ladder: { id: 'eng', name: 'Engineering ladder' },
      current: { id: 'l4', name: 'Senior engineer' },
      next: { id: 'l5', name: 'Staff engineer' },
      dimensions: [coverage('operational-responsibility', 'Operational responsibility', 1), coverage('mentorship', 'Mentorship', 0)],
      gaps: [coverage('mentorship', 'Mentorship', 0)],
    },
  },
  mayChange: { document: true, growthNotes: false },
  fairness: {
    period: { from: '2025-11-02T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
    recency: { flagged: false, cited: 2, recent: 1, weeks: 6, recentFrom: '2026-09-21T00:00:00.000Z' },
    activity: { items: [{ id: 'e2', title: 'Ran on-call onboarding', kind: 'mentoring' }], total: 2 },
    prevention: { byKind: { shipped: 0, 'incident-response': 0, prevention: 1, reliability: 0, mentoring: 1, 'glue-work': 0, learning: 0 }, prevention: 1, firefighting: 0, preventionWithOutcome: 1, prompt: null },
    flags: [{ check: 'activity-not-outcome', message: '1 of 2 items has no outcome link (activity): add one where the work changed a service, team or SLO.' }],
  },
};

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function open(routes: Parameters<typeof mockFetch>[0] = {}) {
  window.history.replaceState(null, '', '/people/amara/document');
  const calls = mockFetch({ ...signedIn, 'GET /api/people/amara/document': { body: doc }, ...routes });
  const container = await render(<App />);
  await waitFor(() => expect(text(container.querySelector('h1'))).toBe('My document'));
  return { container, calls };
}

describe('the living document page', () => {
  it('pages a long evidence list: counts all items, shows one page, asks the server for the next', async () => {
    const page = Array.from({ length: 50 }, (_, i) => item({ id: `p${i}`, title: `Item ${i}` }));
    const long = { ...doc, evidence: page, evidencePage: { total: 120, offset: 0, limit: 50, withOutcome: 30 } };
    const { container, calls } = await open({ 'GET /api/people/amara/document': { body: long } });
    expect(text(container.querySelector('.lead'))).toContain('120 evidence items, 30 with an outcome link.');
    const pager = container.querySelector('nav[aria-label="Pages of evidence items"]')!;
    expect(text(pager)).toContain('1–50 of 120 evidence items');
    const next = [...pager.querySelectorAll('button')].find((b) => text(b) === 'Next')!;
    await act(async () => next.click());
    await waitFor(() => expect(calls.some((c) => c.url.includes('/api/people/amara/document') && c.url.includes('evidenceOffset=50'))).toBe(true));
  });

  it('shows goals, evidence with the before/after sentence or the activity label, ladder gaps, notes and flags', async () => {
    const { container } = await open();
    const evidence = container.querySelector('#evidence-title')!.closest('section')!;
    const [activity, rollout] = [...evidence.querySelectorAll('.evidence-item')];
    expect(text(activity!.querySelector('h3'))).toBe('Ran on-call onboarding Mentoring activity');
    expect(text(rollout!.querySelector('.outcome-sentence'))).toBe('outcome change failure rate of deploy-pipeline 18% → 6.5%, n = 212 → 190 deployments, 95% interval −17 points to −8 points · improved');
    expect([...rollout!.querySelectorAll('.chip')].map(text)).toEqual(['Reliability impact', 'Operational responsibility']);
    expect(rollout!.querySelector('a[href="https://git.lumen.example/pr/812"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    const goals = container.querySelector('#goals-title')!.closest('section')!;
    expect(text(goals.querySelector('.goal-quarter h3'))).toBe('2026-Q4');
    expect(text(goals.querySelector('.goal-list li span'))).toBe('Halve pages per shift');
    expect((goals.querySelector('.goal-list select') as HTMLSelectElement).value).toBe('on-track');
    const ladder = text(container.querySelector('#ladder-title')!.closest('section'));
    expect(ladder).toContain('Senior engineer on the Engineering ladder · next level: Staff engineer');
    expect(ladder).toContain('1 of 2 dimensions of the next level have no evidence yet.');
    expect(ladder).toContain('Mentorship — no evidence yet');
    expect(text(container.querySelector('[data-check="activity-not-outcome"]'))).toContain('1 of 2 items has no outcome link');
    const note = container.querySelector('.note-list li')!;
    const [noteText, byline] = [...note.querySelectorAll('p')].map(text);
    expect(noteText).toBe('The rollout design doc was a model for the team.');
    // A note is dated, not timed: no invented "01:00" from a zone shift.
    expect(byline).toBe('Sofia Rossi · 1 Jun 2026');
  });

  it('adds evidence with an outcome link, previewing the before/after first', async () => {
    let posted: RecordedCall | undefined;
    const { container, calls } = await open({
      'GET /api/services': { body: { items: [{ id: 'deploy-pipeline', name: 'deploy-pipeline', team: 'platform' }], total: 1, limit: 500, offset: 0 } },
      'GET /api/teams': { body: { items: [], total: 0, limit: 500, offset: 0 } },
      'POST /api/evidence/outcome-preview': { body: outcome },
      'POST /api/people/amara/evidence': (call) => {
        posted = call;
        return { status: 201, body: item({ id: 'e3' }) };
      },
    });
    const form = container.querySelector('.evidence-form') as HTMLElement;
    await type(byLabel(form, 'Title'), 'Rollout automation');
    await type(byLabel(form, 'Date'), '2026-05-05');
    await choose(byLabel<HTMLSelectElement>(form, 'Kind'), 'prevention');
    await click(byRoleName(form, 'label', 'Reliability impact').querySelector('input')!);
    await choose(byLabel<HTMLSelectElement>(form, 'Outcome'), 'service');
    await waitFor(() => expect(byLabel<HTMLSelectElement>(form, 'Service').options.length).toBe(2));
    await choose(byLabel<HTMLSelectElement>(form, 'Service'), 'deploy-pipeline');
    // The figure it is judged by is chosen before anything is shown.
    await click(byRoleName(form, 'button', 'Preview before/after'));
    expect(text(form.querySelector('.outcome-fields .form-error'))).toBe('Choose the figure this work should change: the outcome is judged by it.');
    await choose(byLabel<HTMLSelectElement>(form, 'Judged by'), 'changeFailureRate');
    await click(byRoleName(form, 'button', 'Preview before/after'));
    await waitFor(() => expect(text(form.querySelector('.outcome-sentence'))).toContain('18% → 6.5%'));
    expect(calls.find((c) => c.url === '/api/evidence/outcome-preview')?.body).toEqual({ target: 'service', id: 'deploy-pipeline', at: '2026-05-05T00:00:00.000Z', windowDays: 90, metric: 'changeFailureRate' });
    expect(text(form)).not.toMatch(/better date or window/);
    await click(byRoleName(form, 'button', 'Add evidence'));
    await waitFor(() => expect(posted).toBeDefined());
    expect(posted!.body).toEqual({
      title: 'Rollout automation',
      date: '2026-05-05',
      kind: 'prevention',
      signals: ['reliability-impact'],
      dimensions: [],
      links: [],
      notes: '',
      outcome: { target: 'service', id: 'deploy-pipeline', at: '2026-05-05T00:00:00.000Z', windowDays: 90, metric: 'changeFailureRate' },
    });
    // The document is loaded again to show the new item.
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/people/amara/document')).length).toBe(2));
  });

  it('shows the server’s field problems when an item is refused', async () => {
    const { container } = await open({
      'GET /api/services': { body: { items: [], total: 0, limit: 500, offset: 0 } },
      'GET /api/teams': { body: { items: [], total: 0, limit: 500, offset: 0 } },
      'POST /api/people/amara/evidence': { status: 400, body: { error: { code: 'BAD_INPUT', message: 'The evidence item is not valid (1 problem).', problems: ['title: must not be empty'] } } },
    });
    const form = container.querySelector('.evidence-form') as HTMLElement;
    // No error line (nor alert) until there is an error: no blank space under the form.
    expect(form.querySelector('.form-error, [role="alert"]')).toBeNull();
    await click(byRoleName(form, 'button', 'Add evidence'));
    await waitFor(() => expect(text(form.querySelector(':scope > .form-error'))).toBe('The evidence item is not valid (1 problem). title: must not be empty'));
  });

  it('removes an item after confirmation, and not without it', async () => {
    const { container, calls } = await open({ 'DELETE /api/people/amara/evidence/e1': { status: 204 } });
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const button = byRoleName(container, 'button', 'Remove “Rollout automation”');
    await click(button);
    expect(confirm).toHaveBeenCalledWith('Remove “Rollout automation” from the document?');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    confirm.mockReturnValue(true);
    await click(button);
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/people/amara/document')).length).toBe(2));
    expect(calls.find((c) => c.method === 'DELETE')?.url).toBe('/api/people/amara/evidence/e1');
  });

  const directory = {
    'GET /api/services': { body: { items: [{ id: 'deploy-pipeline', name: 'deploy-pipeline', team: 'platform' }], total: 1, limit: 500, offset: 0 } },
    'GET /api/teams': { body: { items: [], total: 0, limit: 500, offset: 0 } },
  };

  it('edits an item in place: its own values filled in, the before/after previewed, the whole item sent', async () => {
    let put: RecordedCall | undefined;
    const { container, calls } = await open({
      ...directory,
      'POST /api/evidence/outcome-preview': { body: outcome },
      'PUT /api/people/amara/evidence/e1': (call) => {
        put = call;
        return { body: item({ title: (call.body as { title: string }).title }) };
      },
    });
    await click(byRoleName(container, 'button', 'Edit “Rollout automation”'));
    const form = container.querySelector('.evidence-editing .evidence-form') as HTMLElement;
    expect(text(form.querySelector('h3'))).toBe('Edit “Rollout automation”');
    expect(byLabel<HTMLInputElement>(form, 'Title').value).toBe('Rollout automation');
    expect(byLabel<HTMLInputElement>(form, 'Date').value).toBe('2026-05-05');
    expect(byLabel<HTMLSelectElement>(form, 'Kind').value).toBe('prevention');
    expect(byRoleName(form, 'label', 'Reliability impact').querySelector('input')!.checked).toBe(true);
    expect(byRoleName(form, 'label', 'Operational responsibility').querySelector('input')!.checked).toBe(true);
    expect(byLabel<HTMLInputElement>(form, 'Link').value).toBe('https://git.lumen.example/pr/812');
    expect(byLabel<HTMLSelectElement>(form, 'Outcome').value).toBe('service');
    await waitFor(() => expect(byLabel<HTMLSelectElement>(form, 'Service').value).toBe('deploy-pipeline'));
    // The moment as stored, to the minute: a save must not cut it to the date (that would change its figures).
    expect(byLabel<HTMLInputElement>(form, 'Took effect on').value).toBe('2026-05-05');
    expect(byLabel<HTMLInputElement>(form, 'At (UTC)').value).toBe('10:00');
    expect(byLabel<HTMLSelectElement>(form, 'Judged by').value).toBe('changeFailureRate');
    await type(byLabel(form, 'Title'), 'Rollout automation for every service');
    await click(byRoleName(form, 'label', 'Mentorship').querySelector('input')!);
    await choose(byLabel<HTMLSelectElement>(form, 'Days each side'), '60');
    await click(byRoleName(form, 'button', 'Preview before/after'));
    await waitFor(() => expect(text(form.querySelector('.outcome-sentence'))).toContain('18% → 6.5%'));
    expect(calls.find((c) => c.url === '/api/evidence/outcome-preview')?.body).toEqual({ target: 'service', id: 'deploy-pipeline', at: '2026-05-05T10:00:00.000Z', windowDays: 60, metric: 'changeFailureRate' });
    await click(byRoleName(form, 'button', 'Save changes'));
    await waitFor(() => expect(put).toBeDefined());
    expect(put!.body).toEqual({
      title: 'Rollout automation for every service',
      date: '2026-05-05',
      kind: 'prevention',
      signals: ['reliability-impact'],
      dimensions: ['operational-responsibility', 'mentorship'],
      links: [{ url: 'https://git.lumen.example/pr/812', label: 'PR 812' }],
      notes: '',
      outcome: { target: 'service', id: 'deploy-pipeline', at: '2026-05-05T10:00:00.000Z', windowDays: 60, metric: 'changeFailureRate' },
    });
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/people/amara/document')).length).toBe(2));
    await waitFor(() => expect(container.querySelector('.evidence-editing')).toBeNull());
  });

  it('keeps the edit form open with the server’s problems, marking the fields it names; Cancel leaves the item as it was', async () => {
    const { container, calls } = await open({
      ...directory,
      'PUT /api/people/amara/evidence/e2': { status: 400, body: { error: { code: 'BAD_INPUT', message: 'The evidence item is not valid (2 problems).', problems: ['title: must not be empty', 'links.0.url: must be an http(s) URL'] } } },
    });
    await click(byRoleName(container, 'button', 'Edit “Ran on-call onboarding”'));
    const form = container.querySelector('.evidence-editing .evidence-form') as HTMLElement;
    expect(byLabel<HTMLSelectElement>(form, 'Outcome').value).toBe('none');
    await type(byLabel(form, 'Title'), '');
    await type(byLabel(form, 'Link'), 'ftp://files.lumen.example/notes');
    await click(byRoleName(form, 'button', 'Save changes'));
    await waitFor(() => expect(text(form.querySelector(':scope > .form-error'))).toBe('The evidence item is not valid (2 problems). title: must not be empty; links.0.url: must be an http(s) URL'));
    expect(byLabel(form, 'Title').getAttribute('aria-invalid')).toBe('true');
    expect(byLabel(form, 'Link').getAttribute('aria-invalid')).toBe('true');
    expect(byLabel(form, 'Date').getAttribute('aria-invalid')).toBeNull();
    await click(byRoleName(form, 'button', 'Cancel'));
    expect(container.querySelector('.evidence-editing')).toBeNull();
    expect(calls.filter((c) => c.url.startsWith('/api/people/amara/document')).length).toBe(1);
  });

  it('offers the published rubric’s signals and the chosen evidence template’s prompts', async () => {
    const signal = (id: string, name: string) => ({ id, name, definition: `${name}.`, strongExamples: ['x'], needsSupportExamples: ['y'] });
    const rubric = { id: 'engineering', version: 2, name: 'Engineering signals', signals: [signal('delivery-impact', 'Delivery impact'), signal('reliability-impact', 'Reliability impact'), signal('craft', 'Craft')], scale: ['needs support', 'strong at level', 'exceeds'], publishedAt: null, publishedBy: null };
    const template = { id: 'star', name: 'STAR', description: 'Situation, task, action, result.', prompts: ['Situation: what was going on?', 'Result: what changed?'], asksForOutcome: true };
    const { container } = await open({
      'GET /api/rubrics': { body: { rubric, versions: [1, 2], announcements: [] } },
      'GET /api/setup': { body: { steps: [], next: null, complete: true, evidenceTemplates: [{ ...template, id: 'other', name: 'Other', prompts: ['Not this one'] }, template], evidenceTemplate: 'star', bundledLadders: [], workshop: null } },
    });
    const form = container.querySelector('.evidence-form') as HTMLElement;
    await waitFor(() => expect([...form.querySelectorAll('.choices')[0]!.querySelectorAll('label')].map(text)).toEqual(['Delivery impact', 'Reliability impact', 'Craft']));
    expect(text(form.querySelector('.choices .hint'))).toBe('');
    await waitFor(() => expect([...form.querySelectorAll('.evidence-prompts li')].map(text)).toEqual(['Situation: what was going on?', 'Result: what changed?']));
    expect(text(form.querySelector('.evidence-prompts .hint'))).toContain('STAR');
  });

  it('falls back to the default five signals, saying so, when no rubric is published', async () => {
    const { container } = await open({
      'GET /api/rubrics': { status: 404, body: { error: { code: 'NOT_FOUND', message: 'Rubric "engineering" has no published version yet.' } } },
      'GET /api/setup': { body: { steps: [], next: 'signals', complete: false, evidenceTemplates: [], evidenceTemplate: null, bundledLadders: [], workshop: null } },
    });
    const form = container.querySelector('.evidence-form') as HTMLElement;
    await waitFor(() => expect([...form.querySelectorAll('.choices')[0]!.querySelectorAll('label')].map(text)).toEqual(['Delivery impact', 'Reliability impact', 'Code quality', 'Collaboration', 'Growth at level']));
    expect(text(form.querySelector('.choices .hint'))).toBe('No review signals are published yet: these are the default five.');
    expect(form.querySelector('.evidence-prompts')).toBeNull();
  });

  it('offers the growth-note form only where the server says the reader may write one', async () => {
    const own = await open();
    const notes = () => own.container.querySelector('#notes-title')!.closest('section')!;
    // The person reads the notes about them; the manager line writes them.
    expect(notes().querySelector('form')).toBeNull();
    expect(text(notes())).not.toContain('Share with the person now');
    await cleanup();
    const manager = await open({ 'GET /api/people/amara/document': { body: { ...doc, mayChange: { document: true, growthNotes: true } } } });
    const section = manager.container.querySelector('#notes-title')!.closest('section')!;
    expect(text(section.querySelector('form'))).toContain('Share with the person now');
  });

  it('shows a read-only document, without forms, to a reader who may not change it', async () => {
    const { container } = await open({ 'GET /api/people/amara/document': { body: { ...doc, mayChange: { document: false, growthNotes: false } } } });
    expect(container.querySelector('.evidence-form')).toBeNull();
    expect(container.querySelector('.goal-list select')).toBeNull();
    expect(text(container.querySelector('.goal-list .tag'))).toBe('On track');
    expect([...container.querySelectorAll('#evidence-title ~ * button')].map(text)).toEqual([]);
  });

  it('tells a compensation reviewer why growth notes are not shown', async () => {
    const reason = 'Compensation reviewers never see growth notes, check-ins or 1:1 notes: compensation is kept apart from growth.';
    const { container } = await open({ 'GET /api/people/amara/document': { body: { ...doc, growthNotes: { visible: false, reason, items: [] } } } });
    expect(text(container.querySelector('#notes-title')!.closest('section'))).toContain(reason);
  });

  it('shows the quarterly-goals template’s prompts beside the add-a-goal form, and not to a reader who cannot add one', async () => {
    const template = { kind: 'quarterly-goals', name: 'Quarterly goals', version: 3, title: 'Goals for the quarter', sections: [{ heading: 'Outcome', prompt: 'The release that shows it, by its date.' }], builtIn: false, createdAt: '2026-05-01T00:00:00.000Z' };
    const reply = { 'GET /api/templates/quarterly-goals': { body: { current: template, versions: [template] } } };
    const { container } = await open(reply);
    const goals = () => container.querySelector('#goals-title')!.closest('section')!;
    await waitFor(() => expect(goals().querySelector('.template-guidance')).not.toBeNull());
    const guidance = goals().querySelector('.template-guidance')!;
    expect(text(guidance)).toContain('version 3');
    expect([...guidance.querySelectorAll('dt')].map(text)).toEqual(['Outcome']);
    expect(text(guidance.querySelector('dd'))).toBe('The release that shows it, by its date.');
    expect(guidance.nextElementSibling?.tagName).toBe('FORM');
    await cleanup();
    const reader = await open({ ...reply, 'GET /api/people/amara/document': { body: { ...doc, mayChange: { document: false, growthNotes: false } } } });
    expect(reader.container.querySelector('.template-guidance')).toBeNull();
  });

  it('shows the notes shared in 1:1s, read-only, and says so when there are none', async () => {
    const { container } = await open();
    const section = container.querySelector('#one-on-ones-title')!.closest('section')!;
    expect(text(section.querySelector('li p'))).toBe('Agreed the on-call swap for April.');
    expect(text(section.querySelectorAll('li p')[1] ?? null)).toBe('1:1 with Sofia Rossi · 2 Jun 2026');
    expect(section.querySelector('form, textarea, button')).toBeNull();
    await cleanup();
    const empty = await open({ 'GET /api/people/amara/document': { body: { ...doc, oneOnOnes: { visible: true, items: [] } } } });
    expect(text(empty.container.querySelector('#one-on-ones-title')!.closest('section'))).toContain('No shared notes from your 1:1s yet.');
    await cleanup();
    const reason = 'Only the person, their manager line and people partners read 1:1 notes.';
    const hidden = await open({ 'GET /api/people/amara/document': { body: { ...doc, oneOnOnes: { visible: false, reason, items: [] } } } });
    const hiddenSection = hidden.container.querySelector('#one-on-ones-title')!.closest('section')!;
    expect(text(hiddenSection)).toContain(reason);
    expect(hiddenSection.querySelector('li')).toBeNull();
  });
});
