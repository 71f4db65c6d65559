/**
 * The web app in real Chromium against the real server and the demo organisation: sign-in,
 * the org pages, the private page refused to another engineer and open to the manager line.
 * Each page visited is saved as a screenshot in test-artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, screenshot, submitSignIn, watchConsole } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('web app in Chromium', () => {
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

  async function signIn(email: string): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.url}/`);
    await page.getByLabel('Email').waitFor();
    expect(page.url()).toContain('/sign-in');
    await screenshot(page, 'sign-in');
    await submitSignIn(page, email, server.password);
    return { page, problems };
  }

  it('a wrong password is refused with a message', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('dev@lumen.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/\S/);
    expect(page.url()).toContain('/sign-in');
    await screenshot(page, 'sign-in-refused');
    await page.close();
  });

  it('an engineer sees the organisation but not another engineer’s private page', async () => {
    const { page, problems } = await signIn('dev@lumen.example');
    await expect.poll(() => page.locator('main').textContent()).toContain('Dev Patel');
    await screenshot(page, 'engineer-home');

    await page.getByRole('navigation').getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Platform', exact: true }).waitFor();
    const teams = await page.locator('main').textContent();
    for (const t of ['Payments', 'Search', 'Identity', 'Mobile', 'Data', 'Growth', 'SRE']) expect(teams).toContain(t);
    await screenshot(page, 'engineer-teams');

    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByRole('searchbox').fill('Amara');
    await page.getByRole('link', { name: 'Amara Okafor' }).click();
    await page.getByRole('heading', { name: 'Amara Okafor' }).waitFor();
    await screenshot(page, 'engineer-person');

    await page.goto(`${server.url}/people/amara-okafor/private`);
    await page.getByRole('heading', { name: "You don't have access to this page" }).waitFor();
    await screenshot(page, 'engineer-forbidden');

    await page.goto(`${server.url}/people/dev-patel/private`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Every view is recorded');
    await screenshot(page, 'engineer-own-private');
    expect(problems).toEqual([]);
  });

  it('a manager reads the private page of someone in their reporting line', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${server.url}/people/amara-okafor/private`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Visible to Amara Okafor, their manager line and people partners');
    expect(await page.getByRole('heading', { name: "You don't have access to this page" }).count()).toBe(0);
    await screenshot(page, 'manager-report-private');

    await page.getByRole('navigation').getByRole('link', { name: 'Reporting lines' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Priya Raman');
    await screenshot(page, 'manager-reporting-lines');
    expect(problems).toEqual([]);
  });

  it('Amara sees that her manager viewed her private records', async () => {
    const { page } = await signIn('amara@lumen.example');
    await page.goto(`${server.url}/people/amara-okafor/private`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 10_000 }).toContain('Sofia Rossi');
    await screenshot(page, 'engineer-access-log');
  });
});
