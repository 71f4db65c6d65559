/**
 * First-run setup and the review packet in real Chromium against the demo organisation: an
 * administrator finishes setup (the ladder and signals are already published in the demo), and a
 * manager opens a report's packet in the annual cycle — evidence with what changed in the system,
 * the team's figures as context — while the engineer's own view holds back the ratings.
 * Screenshots go to test-artifacts/screenshots/setup-*.png and packet-*.png.
 */
import { describe, expect, it } from 'vitest';
import { annualCycleId } from '../../src/app/demo/seed-reviews.js';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('setup and review packet in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('an administrator finishes first-run setup: evidence template and calibration workshop', async () => {
    const { page, problems } = await signIn('admin@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Setup' }).click();
    await page.getByRole('heading', { level: 1, name: 'First-run setup' }).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'steps done' });
    await expect.poll(() => status.textContent()).toBe('2 of 4 steps done.');

    await page.getByLabel(/Situation, task, action, result/).check();
    await page.getByRole('button', { name: 'Save the evidence template' }).click();
    await expect.poll(() => status.textContent()).toBe('3 of 4 steps done.');

    const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Date', { exact: true }).fill(next);
    await page.getByLabel('Facilitator').selectOption('priya-raman');
    await page.getByLabel(/^Raters/).selectOption(['sofia-rossi', 'greg-hale']);
    await page.getByRole('button', { name: 'Plan the workshop' }).click();
    await page.getByText('Setup is complete. Cycles can be opened with this configuration.').waitFor();
    const agenda = page.getByRole('list', { name: 'Workshop agenda' });
    await expect.poll(() => agenda.textContent()).toContain('never quotas');
    await screenshot(page, 'setup-complete');
    expect(problems).toEqual([]);
  });

  it('a manager reads a report’s packet with outcomes and team context; the engineer sees no ratings yet', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}/cycles/${annualCycleId}/people/amara-okafor/packet`);
    await page.getByRole('heading', { level: 1, name: 'Review packet — Amara Okafor' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.locator('.outcome').first().textContent()).toMatch(/of Deploy Pipeline|of deploy-pipeline/);
    await expect.poll(() => main.textContent()).toContain('Context for the team, never a score for this person.');
    await expect.poll(() => main.locator('table tbody tr').count()).toBeGreaterThan(3);
    const md = await page.request.get(`${demo.server().url}/api/cycles/${annualCycleId}/people/amara-okafor/packet?format=markdown`);
    expect(md.status()).toBe(200);
    expect(await md.text()).toContain('# Review packet — Amara Okafor');
    await screenshot(page, 'packet-manager');
    expect(problems).toEqual([]);

    const own = await signIn('amara@lumen.example');
    await own.page.goto(`${demo.server().url}/cycles/${annualCycleId}/people/amara-okafor/packet`);
    await own.page.getByRole('heading', { level: 1, name: 'Review packet — Amara Okafor' }).waitFor();
    await own.page.getByText('Ratings are shown once the cycle is shared.').waitFor();
    expect(await own.page.locator('.packet-rating').count()).toBe(0);
    await screenshot(own.page, 'packet-engineer');
    expect(own.problems).toEqual([]);
  });
});
