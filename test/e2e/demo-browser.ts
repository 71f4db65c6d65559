/**
 * The set-up every browser suite on the demo shares: one demo server and one Chromium for the
 * suite, and a sign-in that opens a fresh context (its own cookies) and watches the console.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, submitSignIn, watchConsole } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

export interface DemoBrowser {
  /** The running demo server (valid inside tests). */
  server(): DemoServer;
  browser(): Browser;
  /**
   * Sign in as a demo account in a new browser context (1280 × 900 unless `viewport` says
   * otherwise); `problems` collects console errors.
   */
  signIn(email: string, options?: { viewport?: { width: number; height: number } }): Promise<{ page: Page; problems: string[] }>;
}

/** Call inside a `describe`: starts the server and browser before its tests and closes them after. */
export function useDemoBrowser(options: { env?: () => Record<string, string> } = {}): DemoBrowser {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startDemoServer(options.env);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the demo ${what} is not ready (used outside a test?)`);
    return value;
  };

  return {
    server: () => ready(server, 'server'),
    browser: () => ready(browser, 'browser'),
    async signIn(email, { viewport = { width: 1280, height: 900 } } = {}) {
      const context = await ready(browser, 'browser').newContext({ viewport });
      const page = await context.newPage();
      const problems = watchConsole(page);
      await page.goto(`${ready(server, 'server').url}/sign-in`);
      await submitSignIn(page, email, ready(server, 'server').password);
      return { page, problems };
    },
  };
}
