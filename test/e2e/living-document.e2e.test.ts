/**
 * The living document in real Chromium against the demo organisation: Amara opens "My document",
 * sees her seeded rollout automation with deploy-pipeline's change failure rate before → after,
 * then adds an evidence item with an outcome link, previews its before/after figure and sees it
 * in her list once saved. Screenshots go to test-artifacts/screenshots/living-document-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('living document in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('an engineer adds an evidence item with an outcome link and sees the before/after figure', async () => {
    const { page, problems } = await signIn('amara@lumen.example');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My document' }).click();
    await page.getByRole('heading', { level: 1, name: 'My document' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people/amara-okafor/document');

    // The seeded rollout automation, with deploy-pipeline's change failure rate before → after.
    const evidence = page.getByRole('region', { name: 'Evidence' });
    const rollout = evidence.locator('.evidence-item', { hasText: 'Rollout automation: staged rollouts' });
    await expect.poll(() => rollout.locator('.outcome-sentence').textContent()).toMatch(/change failure rate of deploy-pipeline \d+(\.\d)?% → \d+(\.\d)?%, n = \d+ → \d+ deployments/);
    expect(await rollout.locator('.outcome-sentence').textContent()).toContain('improved');
    expect(await evidence.locator('.evidence-item[data-label="activity"]').count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Ladder position' }).getByText('next level: Senior Engineer 2 (Individual Contributor)').waitFor();
    await screenshot(page, 'living-document');

    // Add an item with an outcome link; preview the figure before saving.
    const form = page.locator('form.evidence-form');
    await form.getByLabel('Title').fill('Canary analysis for deploy-pipeline');
    await form.getByLabel('Date', { exact: true }).fill('2026-05-05');
    await form.getByLabel('Kind').selectOption('prevention');
    await form.getByLabel('Reliability impact').check();
    await form.getByLabel('Outcome', { exact: true }).selectOption('service');
    await form.getByLabel('Service', { exact: true }).selectOption('deploy-pipeline');
    // The figure the outcome is judged by is chosen with the link, before any figure is shown.
    await form.getByLabel('Judged by').selectOption('changeFailureRate');
    await form.getByRole('button', { name: 'Preview before/after' }).click();
    const preview = form.locator('.outcome-sentence');
    await expect.poll(() => preview.textContent()).toMatch(/of deploy-pipeline .+ → .+, n = \d+ → \d+/);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'living-document-preview');

    await form.getByRole('button', { name: 'Add evidence' }).click();
    const added = evidence.locator('.evidence-item', { hasText: 'Canary analysis for deploy-pipeline' });
    await added.waitFor();
    await expect.poll(() => added.locator('.outcome-sentence').textContent()).toMatch(/change failure rate of deploy-pipeline \d+(\.\d)?% → \d+(\.\d)?%, n = \d+ → \d+ deployments, 95% interval/);
    await added.scrollIntoViewIfNeeded();
    await screenshot(page, 'living-document-added');
    await added.locator('summary', { hasText: 'All delivery figures' }).click();
    await added.getByRole('table').waitFor();
    await added.screenshot({ path: 'test-artifacts/screenshots/living-document-item.png' });

    expect(problems).toEqual([]);
  });

  it('a compensation reviewer is refused the document, with the reason', async () => {
    const { page } = await signIn('omar@lumen.example');
    await page.goto(`${demo.server().url}/people/amara-okafor/document`);
    await page.getByRole('heading', { name: "You don't have access to this page" }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('compensation is kept apart from growth');
  });
});
