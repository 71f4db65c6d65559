/**
 * The career ladder page in real Chromium against the demo organisation, whose ladder is the
 * FT engineering ladder: an engineer finds it in the menu, reads the level × dimension grid,
 * narrows it to a track and opens "what changes from Senior Engineer 1 to the level above".
 * Screenshots go to test-artifacts/screenshots/ladder-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot, submitSignIn, watchConsole } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('career ladder page in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an engineer reads the FT ladder and what changes from Senior Engineer 1 to Senior Engineer 2', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.url}/sign-in`);
    await submitSignIn(page, 'amara@lumen.example', server.password);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career ladder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Career ladder' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('Engineering, version 1');
    const grid = main.getByRole('table');
    await grid.waitFor();
    expect(await grid.getByRole('columnheader').count()).toBe(9); // the dimension column + 8 levels
    expect(await grid.getByRole('rowheader').count()).toBe(9);
    await grid.getByRole('rowheader', { name: 'Problem Solving & Decision Making' }).waitFor();
    await screenshot(page, 'ladder-grid');

    await main.getByLabel('Track').selectOption('manager');
    await expect.poll(() => grid.getByRole('columnheader').count()).toBe(7); // the IC levels drop out
    await main.getByLabel('Track').selectOption('');

    await main.getByLabel('What changes from').selectOption('senior-1');
    const step = page.getByRole('heading', { level: 2, name: /^What changes from Senior Engineer 1 to / });
    await step.waitFor();
    expect(await step.textContent()).toBe('What changes from Senior Engineer 1 to Senior Engineer 2 (Individual Contributor)');
    expect(new URL(page.url()).searchParams.get('from')).toBe('senior-1');
    await expect.poll(() => main.getByRole('heading', { level: 4, name: 'New at Senior Engineer 2 (Individual Contributor)' }).count()).toBe(9);
    await step.scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-level-step');

    expect(problems).toEqual([]);
  });
});
