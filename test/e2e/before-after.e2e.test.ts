/**
 * Before/after in real Chromium on the demo (anchor 2 Nov 2026, seed 42): the same comparison on
 * every surface, and verdicts whose colour follows their words.
 *
 * 1. Amara's rollout automation shows its moment as stored (date, time and zone) and links to the
 *    pre-filled comparison on the delivery page, which shows the same numbers for every figure.
 * 2. The packet colours each line by its verdict; a "worsened" verdict (status-page's lead time
 *    around early July, on the delivery page) is red, never green.
 * Screenshots go to test-artifacts/screenshots/before-after-*.png.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annualCycleId } from '../../src/app/demo/seed-reviews.js';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

/** The rendered colour as [r, g, b]. */
async function rgb(element: Locator): Promise<[number, number, number]> {
  // Runs in the page (the server's type-check has no DOM library, hence the cast).
  const colour = await element.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color);
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
  return [r ?? 0, g ?? 0, b ?? 0];
}

const rowTexts = async (table: Locator): Promise<string[]> => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-metric')}: ${(r.textContent ?? '').replace(/\s+/g, ' ').replace(' chosen figure', '')}`).sort());

describe.skipIf(!enabled)('before/after in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('the living document and the delivery page show the same comparison for the same moment, shown with its time', async () => {
    const { page, problems } = await signIn('amara@lumen.example');
    await page.goto(`${demo.server().url}/people/amara-okafor/document`);
    await page.getByRole('heading', { level: 1, name: 'My document' }).waitFor();
    const rollout = page.getByRole('region', { name: 'Evidence' }).locator('.evidence-item', { hasText: 'Rollout automation: staged rollouts' });
    const sentence = rollout.locator('.outcome-sentence');
    await expect.poll(() => sentence.textContent()).toMatch(/change failure rate of deploy-pipeline .+ → .+, n = \d+ → \d+ deployments/);
    // The moment as stored: 28 Apr 2026 at 10:00 UTC, not "28 Apr 2026".
    expect(await rollout.locator('.evidence-outcome time').textContent()).toBe('28 Apr 2026, 10:00 UTC');
    await rollout.locator('summary', { hasText: 'All delivery figures' }).click();
    const documentRows = await rowTexts(rollout.getByRole('table'));
    expect(documentRows).toHaveLength(5);
    await rollout.scrollIntoViewIfNeeded();
    await screenshot(page, 'before-after-document');

    await rollout.getByRole('link', { name: 'Open this comparison on the delivery page' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/services/deploy-pipeline/delivery');
    const compare = page.getByRole('region', { name: 'Before and after' });
    const table = compare.getByRole('table');
    await table.waitFor();
    expect(await compare.getByLabel('Shipped on').inputValue()).toBe('2026-04-28');
    expect(await compare.getByLabel('At (UTC)').inputValue()).toBe('10:00');
    expect(await table.locator('caption').textContent()).toContain('90 days before and after 28 Apr 2026, 10:00 UTC');
    expect(await rowTexts(table)).toEqual(documentRows);
    expect(await table.locator('tr.chosen-figure').getAttribute('data-metric')).toBe('changeFailureRate');
    await compare.scrollIntoViewIfNeeded();
    await screenshot(page, 'before-after-delivery');
    expect(problems).toEqual([]);
  });

  it('verdicts carry their own words and colour: improved green, no clear change grey, worsened red', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}/cycles/${annualCycleId}/people/amara-okafor/packet`);
    await page.getByRole('heading', { level: 1, name: 'Review packet — Amara Okafor' }).waitFor();
    const verdicts = page.locator('.packet-outcome .verdict');
    await expect.poll(() => verdicts.count()).toBeGreaterThan(4);
    for (const v of await verdicts.all()) {
      const words = (await v.textContent()) ?? '';
      expect(await v.getAttribute('class')).toBe(`verdict verdict-${words.replace(/ /g, '-')}`);
      const [r, g] = await rgb(v);
      if (words === 'improved') expect(g).toBeGreaterThan(r);
      else expect(g).toBeLessThanOrEqual(r + 20);
    }
    // The line the outcome is judged by comes first; the others are marked as compared alongside it.
    expect(await page.locator('.packet-outcome .outcome').first().textContent()).toMatch(/^Outcome: change failure rate of Deploy Pipeline|^Outcome: change failure rate of deploy-pipeline/);
    await expect.poll(() => page.locator('.packet-outcome').first().textContent()).toContain('Five figures were compared');
    await page.locator('.packet-outcome').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'before-after-packet');

    // A worsening on the demo: status-page's lead time around 5 July 2026.
    await page.goto(`${demo.server().url}/services/status-page/delivery?compare=2026-07-05T00:00:00.000Z&compareWindow=90&metric=leadTime`);
    const row = page.getByRole('region', { name: 'Before and after' }).locator('tr[data-metric="leadTime"]');
    await row.waitFor();
    const verdict = row.locator('.verdict');
    expect(await verdict.textContent()).toBe('worsened');
    const [r, g] = await rgb(verdict);
    expect(r).toBeGreaterThan(g + 60);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'before-after-worsened');
    expect(problems).toEqual([]);
  });
});
