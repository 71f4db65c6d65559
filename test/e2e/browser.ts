/**
 * Real Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core (never a
 * downloaded browser). Locally a missing browser skips the browser suite with a message; with
 * TRELLIS_REQUIRE_BROWSER=1 or CI=true it fails instead.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.TRELLIS_CHROMIUM ?? '/usr/bin/chromium';
const required = process.env.TRELLIS_REQUIRE_BROWSER === '1' || process.env.CI === 'true';

export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (required) throw new Error(`Chromium is required (CI) but ${chromiumPath} does not exist: apt-get install -y chromium`);
  console.warn(`[trellis tests] ${chromiumPath} not found; skipping the browser tests. Install Debian's chromium to run them.`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const artifactsDir = 'test-artifacts/screenshots';

/** A full-page screenshot kept as a test artefact (test-artifacts/ is not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: `${artifactsDir}/${name}.png`, fullPage: true });
}

/** Collects console errors and CSP violations so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (401|403)/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** Fill the sign-in form on the current page and wait for the home page that follows. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'You', exact: true }).waitFor();
}
