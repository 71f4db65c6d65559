/**
 * On-call health and sustainable work in real Chromium against the demo organisation:
 * - Jade Hoffmann, Dev Patel's manager, opens Payments' on-call health: team figures, payments-api
 *   among the noisy alerts to tune, and — for her reports only — load per person, where Dev's
 *   sleep-hour pages are flagged with the threshold and the alert that caused them, one click
 *   from the service.
 * - Dev sees his own load on his private page, times in his zone with the zone named.
 * - A peer on the same team sees the team figures but nobody's load.
 * - Platform's pages per shift before and after Amara's alert tuning, with n shifts.
 * Screenshots: test-artifacts/screenshots/oncall-*.png.
 */
import { describe, expect, it } from 'vitest';
import { situationsFor } from '../../src/core/demo/situations.js';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();
/** The demo server's anchor (test/e2e/demo-server.ts). */
const ANCHOR = Date.UTC(2026, 10, 2);

describe.skipIf(!enabled)('on-call health in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('Dev Patel’s manager sees his sleep-hour pages flagged, with the alert that caused them', async () => {
    const { page, problems } = await signIn('jade@lumen.example');
    await page.goto(`${demo.server().url}/teams/payments`);
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    await page.getByRole('link', { name: 'On-call health' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payments — on-call health' }).waitFor();

    const figures = page.getByRole('list', { name: 'On-call figures' });
    expect(await figures.textContent()).toMatch(/Sleep hours\d+/);
    const noisy = page.locator('#noisy-alerts');
    expect(await noisy.locator('tbody').textContent()).toContain('payments-api');
    await screenshot(page, 'oncall-team-payments');

    const load = page.locator('section:has(#people-load-title)');
    const devRow = load.locator('tbody tr[data-person="dev-patel"]');
    await devRow.waitFor();
    expect(await devRow.textContent()).toContain('Europe/Berlin');
    const devFlags = load.locator('.person-flags[data-person="dev-patel"]');
    const sleep = devFlags.locator('li[data-flag="sleepHours"]');
    expect(await sleep.textContent()).toMatch(/sleep-hour pages.*threshold: more than 1 a week; n = \d+/);
    await devFlags.scrollIntoViewIfNeeded();
    await screenshot(page, 'oncall-team-payments-load');

    // The cause is one click away: the service that paged.
    const cause = sleep.locator('.load-causes a').first();
    const service = (await cause.textContent())!;
    await cause.click();
    await page.getByRole('heading', { level: 1, name: service }).waitFor();
    expect(problems).toEqual([]);
  });

  it('Dev sees his own load on his private page, in his own zone, named', async () => {
    const { page, problems } = await signIn('dev@lumen.example');
    await page.goto(`${demo.server().url}/people/dev-patel/private`);
    await page.getByRole('heading', { level: 1, name: 'My private page' }).waitFor();
    const mine = page.locator('section.my-load');
    await mine.getByRole('heading', { name: 'My load' }).waitFor();
    expect(await mine.locator('.notice').textContent()).toContain('Europe/Berlin');
    expect(await mine.locator('caption').textContent()).toContain('times in Europe/Berlin');
    expect(await mine.locator('li[data-flag]').count()).toBeGreaterThan(0);
    await mine.scrollIntoViewIfNeeded();
    await screenshot(page, 'oncall-my-load');
    expect(problems).toEqual([]);
  });

  it('a peer sees the team figures but nobody’s load', async () => {
    const { page, problems } = await signIn('hugo@lumen.example');
    await page.goto(`${demo.server().url}/teams/payments/oncall`);
    await page.getByRole('heading', { level: 1, name: 'Payments — on-call health' }).waitFor();
    const load = page.locator('section:has(#people-load-title)');
    // Hugo sees only himself; never Dev.
    expect(await load.locator('[data-person="dev-patel"]').count()).toBe(0);
    expect(await load.textContent()).toMatch(/manager line/);
    expect(problems).toEqual([]);
  });

  it('Platform’s pages per shift fall after Amara’s alert tuning, with n shifts on each side', async () => {
    const { page, problems } = await signIn('amara@lumen.example');
    await page.goto(`${demo.server().url}/teams/platform/oncall`);
    await page.getByRole('heading', { level: 1, name: 'Platform — on-call health' }).waitFor();
    const tuned = new Date(situationsFor(ANCHOR).alertTuningAt).toISOString().slice(0, 10);
    await page.getByLabel('Change date (for example, when alerts were tuned)').fill(tuned);
    await page.getByRole('button', { name: 'Compare' }).click();
    const result = page.locator('.pages-comparison');
    await result.waitFor();
    expect(await result.getAttribute('data-verdict')).toBe('fewer');
    expect(await result.textContent()).toContain('Fewer pages per shift');
    const rows = await result.locator('tbody tr').allTextContents();
    expect(rows[0]).toMatch(/^Before[\d.]+\d{2}\d+$/);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, 'oncall-platform-before-after');
    expect(problems).toEqual([]);
  });

  it('an administrator changes a threshold on the page, and it shows beside the flags', async () => {
    const { page, problems } = await signIn('admin@lumen.example');
    await page.goto(`${demo.server().url}/teams/payments/oncall`);
    await page.getByRole('heading', { level: 1, name: 'Payments — on-call health' }).waitFor();
    const panel = page.locator('section:has(#thresholds-title)');
    const setSleep = async (value: string) => {
      await panel.getByRole('button', { name: 'Change thresholds' }).click();
      await panel.getByLabel('Sleep-hour pages a week').fill(value);
      await panel.getByRole('button', { name: 'Save thresholds' }).click();
      await panel.getByRole('button', { name: 'Change thresholds' }).waitFor();
    };
    await panel.getByLabel('Sleep-hour pages a week').waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Change thresholds' }).click();
    await panel.getByLabel('Sleep-hour pages a week').fill('-2');
    await panel.getByRole('button', { name: 'Save thresholds' }).click();
    expect(await panel.getByRole('alert').first().textContent()).toContain('at least 0');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await setSleep('4');
    await expect.poll(() => panel.locator('dd').nth(1).textContent()).toBe('4');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'oncall-thresholds');
    await setSleep('1');
    await expect.poll(() => panel.locator('dd').nth(1).textContent()).toBe('1');
    expect(problems).toEqual([]);
  });
});
