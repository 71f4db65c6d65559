/**
 * The delivery pages in real Chromium against the demo organisation: the five figures with their
 * DORA tiers, the weekly charts (Observable Plot, drawn under the strict CSP), a drill-down and a
 * before/after comparison around the rollout automation that shipped on deploy-pipeline mid-year.
 * Screenshots go to test-artifacts/screenshots/delivery-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('delivery pages in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('a manager reads the platform team’s delivery figures, drills down and compares before/after', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');

    // From the team page, by its "Delivery" link.
    await page.goto(`${demo.server().url}/teams/platform`);
    await page.getByRole('main').getByRole('link', { name: 'Delivery', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /delivery$/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/teams/platform/delivery');

    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('Team and service context, never an individual score.');
    const cards = page.locator('.metric-card');
    await expect.poll(() => cards.count()).toBe(5);
    for (const name of ['Deployment frequency', 'Lead time for changes', 'Change failure rate', 'Failed deployment recovery time', 'Rework rate']) {
      await main.getByRole('heading', { name, exact: true }).waitFor();
    }
    expect(await main.textContent()).toMatch(/· DORA 2024/);
    await page.locator('main svg').first().waitFor();
    await expect.poll(() => page.locator('main figure svg').count()).toBe(3);
    await main.getByRole('figure', { name: 'Deployments per week' }).waitFor();
    await screenshot(page, 'delivery-team');

    // Cross-team friction: Platform's PRs wait on SRE reviews (the demo's situation), teams only.
    const friction = main.locator('.friction');
    await friction.locator('tr[data-team="sre"]').waitFor();
    expect(await friction.locator('tr[data-team="sre"] th').textContent()).toBe('SRE');
    expect(await friction.locator('tr[data-stage="review"]').textContent()).toMatch(/median .* \(n = \d+\)/);
    await friction.scrollIntoViewIfNeeded();
    await screenshot(page, 'delivery-team-friction');

    // Drill-down: the failed deployments behind the change failure rate, with their causes.
    await page.getByRole('button', { name: /Show events behind change failure rate/ }).click();
    const drill = page.getByRole('region', { name: 'Events behind change failure rate' });
    await drill.waitFor();
    await expect.poll(() => drill.getByRole('columnheader', { name: 'Failed deployment' }).count()).toBe(1);
    await expect.poll(() => drill.getByRole('row').count()).toBeGreaterThan(1);
    await drill.scrollIntoViewIfNeeded();
    await screenshot(page, 'delivery-drill-down');

    // Window picker: the URL keeps it, and the page loads again.
    await page.getByRole('group', { name: 'Window' }).getByLabel('last year').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('days')).toBe('365');
    await expect.poll(() => cards.count()).toBe(5);

    // Before/after around the rollout automation on deploy-pipeline (shipped 182 days before the
    // demo anchor of 2026-11-02, i.e. early May 2026).
    const compare = page.getByRole('region', { name: 'Before and after' });
    await compare.getByLabel('Compare').selectOption('service:deploy-pipeline');
    await compare.getByLabel('Shipped on').fill('2026-05-04');
    await compare.getByLabel('Days each side').selectOption('90');
    await compare.getByRole('button', { name: 'Compare' }).click();
    const table = compare.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBe(5);
    const cfr = table.locator('tr[data-metric="changeFailureRate"]');
    await expect.poll(() => cfr.textContent()).toMatch(/improved|no clear change|worsened/);
    expect(await cfr.textContent()).toContain('improved');
    await compare.scrollIntoViewIfNeeded();
    await screenshot(page, 'delivery-compare');

    expect(problems).toEqual([]);
  });

  it('a service has its own delivery page, linked from the service page', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}/services/deploy-pipeline`);
    await page.getByRole('main').getByRole('link', { name: 'Delivery', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /delivery$/ }).waitFor();
    await expect.poll(() => page.locator('.metric-card').count()).toBe(5);
    await page.locator('main svg').first().waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Team and service context, never an individual score.');
    await screenshot(page, 'delivery-service');
    expect(problems).toEqual([]);
  });
});
