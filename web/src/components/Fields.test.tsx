// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { byLabel, cleanup, render } from '../test/dom';
import { FormError, SelectField, TextAreaField, plainOptions } from './Fields';

afterEach(async () => {
  await cleanup();
});

describe('SelectField', () => {
  it('labels its select, offers the placeholder first and reports the chosen value', async () => {
    const chosen: string[] = [];
    const container = await render(<SelectField id="f-value" label="Rating for Craft" value="" options={plainOptions(['needs support', 'exceeds'])} placeholder="Choose…" onChange={(v) => chosen.push(v)} />);
    const select = byLabel<HTMLSelectElement>(container, 'Rating for Craft');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose…'],
      ['needs support', 'needs support'],
      ['exceeds', 'exceeds'],
    ]);
    await act(async () => {
      select.value = 'exceeds';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual(['exceeds']);
  });
});

describe('TextAreaField', () => {
  it('labels its textarea and shows the value', async () => {
    const container = await render(<TextAreaField id="f-note" label="Note" rows={2} value="Scope grew." onChange={() => undefined} />);
    const area = byLabel<HTMLTextAreaElement>(container, 'Note');
    expect(area.value).toBe('Scope grew.');
    expect(area.getAttribute('rows')).toBe('2');
    expect(container.querySelector('[data-testid="lint-hints"]')).toBeNull();
  });

  it('with lint, shows writing hints that appear and disappear as the text gets specific', async () => {
    const container = await render(<TextAreaField id="f-r" label="Rationale" rows={2} value="Great job, a real team player." onChange={() => undefined} lint />);
    const hints = () => [...container.querySelectorAll('[data-testid="lint-hints"] li')].map((li) => li.getAttribute('data-rule'));
    expect(hints()).toEqual(['vaguePraise', 'vaguePraise']);
    expect(container.textContent).toContain('“Great job”');
    expect(container.textContent).toContain('never blocks saving');
    expect(byLabel<HTMLTextAreaElement>(container, 'Rationale').getAttribute('aria-describedby')).toBe('f-r-hints');
    const specific = await render(<TextAreaField id="f-s" label="Rationale 2" rows={2} value="Great job: your runbook cut the checkout outage from 40 to 12 minutes." onChange={() => undefined} lint />);
    expect(specific.querySelectorAll('[data-testid="lint-hints"] li')).toHaveLength(0);
  });
});

describe('FormError', () => {
  it('renders nothing without an error, so a form keeps no empty line below it', async () => {
    const container = await render(<FormError message="" />);
    expect(container.innerHTML).toBe('');
  });

  it('renders the error as an alert, which screen readers announce as it appears', async () => {
    const container = await render(<FormError id="f-error" message="The proposal is not valid." />);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('The proposal is not valid.');
    expect(alert?.id).toBe('f-error');
  });
});
