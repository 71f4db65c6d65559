/**
 * Just enough of a component-testing toolkit on React's own `act` (no testing-library is
 * installed): render into happy-dom, wait for text, type and click the way a user would.
 */
import { notifyManager, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createQueryClient } from '../hooks/useApi';

// Tells React this is a test environment, so `act` flushes effects and updates synchronously.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// TanStack Query tells components about an answer on a later timer tick by default; in tests it
// tells them in the same microtask queue, so an answer lands inside the `act` that awaited it.
notifyManager.setScheduler(queueMicrotask);

const mounted: { root: Root; container: HTMLElement }[] = [];

export async function render(ui: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  // A fresh query cache per render, as the app has one per page load: no test sees another's data.
  await act(async () => root.render(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>));
  return container;
}

/** Unmount everything rendered so far; call from afterEach. */
export async function cleanup(): Promise<void> {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
}

/** Retry `check` until it stops throwing (letting React and pending fetches settle between tries). */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** The visible text of an element, whitespace collapsed. */
export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function must<T extends Element>(element: T | null, what: string): T {
  if (!element) throw new Error(`not found: ${what}`);
  return element;
}

/** The form control labelled `label` (via <label for>). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, label: string): T {
  const labelEl = [...container.querySelectorAll('label')].find((l) => text(l) === label);
  const id = must(labelEl ?? null, `label "${label}"`).htmlFor;
  return must(container.ownerDocument.getElementById(id) as T | null, `control labelled "${label}"`);
}

export function byRoleName(container: HTMLElement, selector: string, name: string): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>(selector)].find((el) => text(el) === name);
  return must(found ?? null, `${selector} "${name}"`);
}

/** Set an input's value as typing does, so React's onChange sees it. */
export async function type(input: HTMLInputElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}
