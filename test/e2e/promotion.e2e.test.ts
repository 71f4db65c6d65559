/**
 * Promotion cases in real Chromium against the demo organisation: Mei opens her case from the
 * cycle's page and sees the coverage map name the one dimension still uncovered (scope and
 * impact), the repeated pattern across quarters and her case files; she adds a case file and
 * the lint hints appear while she writes vaguely and go once the text names what changed, and
 * the new file covers the missing dimension. Priya, the director on the committee, reads the
 * cycle's cases side by side by coverage and evidence. Screenshots: test-artifacts/screenshots/promotion-*.png.
 */
import { describe, expect, it } from 'vitest';
import { annualCycleId } from '../../src/app/demo/seed-reviews.js';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('promotion cases in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('the committee view lists the cycle’s cases by coverage and evidence, never a score', async () => {
    const { page, problems } = await signIn('priya@lumen.example');
    await page.goto(`${demo.server().url}/cycles/${annualCycleId}`);
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    await page.getByRole('link', { name: 'Promotion committee' }).click();
    await page.getByRole('heading', { level: 1, name: 'Promotion committee — 2026 annual review' }).waitFor();
    const table = page.getByRole('table', { name: /promotion cases in 2026 annual review/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      expect.stringContaining('Person'),
      expect.stringContaining('From → to'),
      'Dimensions evidenced',
      'Evidenced',
      'Not yet evidenced',
      'Case files',
      'Evidence items cited',
      'Repeated pattern',
    ]);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Amara Okafor', 'Mei Lin']);
    const mei = table.getByRole('row', { name: /Mei Lin/ });
    const cells = await mei.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['L3 → Staff Engineer', '5 of 6', expect.stringContaining('Technical judgement and design'), 'Scope and impact']);
    expect(cells[6]).toMatch(/^Yes: \d{4}-Q\d, \d{4}-Q\d/);
    expect(await page.getByRole('main').textContent()).toContain('There is no score');
    await screenshot(page, 'promotion-committee');
    await mei.getByRole('link', { name: 'Mei Lin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Promotion case — Mei Lin' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('Mei’s case shows the uncovered dimension; a new case file gets live lint hints and covers it', async () => {
    const { page, problems } = await signIn('mei@lumen.example');
    await page.goto(`${demo.server().url}/cycles/${annualCycleId}`);
    await page.getByRole('link', { name: 'My promotion case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Promotion case — Mei Lin' }).waitFor();
    const main = page.getByRole('main');
    const uncovered = main.getByTestId('uncovered');
    await expect.poll(() => uncovered.textContent()).toContain('Not yet evidenced: Scope and impact.');
    const coverage = main.getByRole('table', { name: 'Dimensions of Staff Engineer' });
    expect(await coverage.getByRole('row', { name: /Scope and impact/ }).getByRole('cell').first().textContent()).toBe('Not covered');
    expect(await coverage.getByRole('row', { name: /Mentoring/ }).getByRole('cell').first().textContent()).toBe('Evidenced');
    expect(await main.getByTestId('pattern').textContent()).toContain('a repeated pattern');
    expect(await main.getByRole('article').count()).toBe(3);
    expect(await main.getByRole('link', { name: 'Download Markdown' }).getAttribute('href')).toBe(`/api/cycles/${annualCycleId}/people/mei-lin/promotion-case?format=markdown`);
    await screenshot(page, 'promotion-case');

    const form = main.getByRole('form', { name: 'Add a case file' });
    const problem = form.getByLabel('Problem', { exact: true });
    await problem.fill('Be more strategic.');
    const hints = form.locator(`#${await problem.getAttribute('aria-describedby')}`);
    await expect.poll(() => hints.textContent()).toContain('No next step');
    await problem.fill('Three Identity services each kept their own user cache, so a profile change took up to an hour to reach users.');
    await expect.poll(() => hints.textContent()).not.toContain('No next step');
    await form.getByLabel('Scope', { exact: true }).fill('auth-service, profile-service and the mobile sign-in flow: three teams.');
    await form.getByLabel('Action', { exact: true }).fill('Proposed one shared cache with an invalidation event, wrote the RFC and agreed the rollout with the two other teams.');
    await form.getByLabel('Result', { exact: true }).fill('Profile changes reach users within 10 seconds since the release.');
    await form.getByLabel('Started').fill('2026-09-01');
    await form.getByLabel('Scope and impact').check();
    await form.getByLabel('Search evidence').fill('Token rotation');
    await form.getByRole('checkbox', { name: /Token rotation without downtime/ }).check();
    await form.getByRole('button', { name: 'Add case file' }).click();
    await expect.poll(() => main.getByRole('article').count()).toBe(4);
    await expect.poll(() => main.getByTestId('uncovered').count()).toBe(0);
    await expect.poll(() => coverage.getByRole('row', { name: /Scope and impact/ }).getByRole('cell').first().textContent()).toBe('Evidenced');
    await screenshot(page, 'promotion-case-covered');
    expect(problems).toEqual([]);
  });
});
