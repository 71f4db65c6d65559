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
    await page.getByRole('region', { name: 'Ladder position' }).getByText('next level: Senior Staff Engineer').waitFor();
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

  it('a long document is shown a page at a time, counting every item', async () => {
    const { page, problems } = await signIn('amara@lumen.example');
    await page.goto(`${demo.server().url}/people/amara-okafor/document`);
    await page.getByRole('heading', { level: 1, name: 'My document' }).waitFor();
    // Sixty more items through the API with Amara's own session, as a busy year would add them.
    const added = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      let ok = 0;
      for (let i = 0; i < 60; i++) {
        const res = await fetch('/api/people/amara-okafor/evidence', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ title: `Weekly note ${i}`, date: '2026-06-02', kind: 'learning' }),
        });
        if (res.status === 201) ok++;
      }
      return ok;
    });
    expect(added).toBe(60);
    await page.reload();
    const pager = page.getByRole('navigation', { name: 'Pages of evidence items' });
    await expect.poll(() => pager.textContent()).toMatch(/1–50 of \d+ evidence items/);
    const total = Number(/of (\d+) evidence items/.exec((await pager.textContent()) ?? '')![1]);
    expect(total).toBeGreaterThan(60);
    expect(await page.locator('.lead').textContent()).toContain(`${total} evidence items`);
    expect(await page.getByRole('region', { name: 'Evidence' }).locator('.evidence-item').count()).toBe(50);
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => pager.textContent()).toMatch(new RegExp(`51–${Math.min(100, total)} of ${total} evidence items`));
    await pager.scrollIntoViewIfNeeded();
    await screenshot(page, 'living-document-paged');
    expect(problems).toEqual([]);
  });

  it('a compensation reviewer is refused the document, with the reason', async () => {
    const { page } = await signIn('omar@lumen.example');
    await page.goto(`${demo.server().url}/people/amara-okafor/document`);
    await page.getByRole('heading', { name: "You don't have access to this page" }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('compensation is kept apart from growth');
  });
});
