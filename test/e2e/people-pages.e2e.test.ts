/**
 * The people pages in real Chromium against the demo organisation: Amara Okafor edits one of her
 * evidence items in place and sees it changed; Omar Haddad (compensation reviewer) opens the
 * Compensation view of the 2026 annual review from the cycle page and saves a proposal field —
 * a page that shows nothing from growth or ratings. Screenshots go to
 * test-artifacts/screenshots/people-pages-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('people pages in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('an engineer edits one of her evidence items', async () => {
    const { page, problems } = await signIn('amara@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My document' }).click();
    await page.getByRole('heading', { level: 1, name: 'My document' }).waitFor();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    const title = 'Alert tuning: removed non-actionable Platform alerts';
    await evidence.getByRole('button', { name: `Edit “${title}”` }).click();

    const form = evidence.locator('.evidence-editing form');
    await form.waitFor();
    expect(await form.getByLabel('Title').inputValue()).toBe(title);
    await form.getByLabel('Title').fill(`${title} (14 alerts)`);
    await form.getByLabel('Collaboration', { exact: true }).check();
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'people-pages-evidence-edit');
    await form.getByRole('button', { name: 'Save changes' }).click();

    const edited = evidence.locator('.evidence-item', { hasText: `${title} (14 alerts)` });
    await edited.waitFor();
    expect(await evidence.locator('.evidence-editing').count()).toBe(0);
    expect(await edited.locator('.chip').allTextContents()).toContain('Collaboration');
    await edited.scrollIntoViewIfNeeded();
    await screenshot(page, 'people-pages-evidence-edited');
    expect(problems).toEqual([]);
  });

  it('a compensation reviewer opens the cycle’s compensation view and saves a field', async () => {
    const { page, problems } = await signIn('omar@lumen.example');
    await page.goto(`${demo.server().url}/cycles/annual-2026`);
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Compensation', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Compensation — 2026 annual review' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cycles/annual-2026/compensation');

    const proposals = page.locator('section:has(#proposals-title)');
    await expect.poll(() => proposals.locator('tbody tr').count()).toBeGreaterThan(1);
    // Rating values come only once calibration is done; never evidence or growth notes.
    expect(await proposals.textContent()).not.toMatch(/evidence|growth note|needs support|strong at level/i);

    await proposals.getByRole('button', { name: 'Edit Amara Okafor’s proposal' }).click();
    const form = page.locator('form.comp-form');
    await form.getByLabel('Value of proposedBand').fill('Senior Engineer 2');
    await form.getByLabel('Value of increase').fill('5000');
    await form.getByRole('button', { name: 'Save proposal' }).click();
    await form.waitFor({ state: 'detached' });

    const amara = proposals.locator('tbody tr', { hasText: 'Amara Okafor' });
    await expect.poll(() => amara.locator('.comp-fields').textContent()).toBe('proposedBandSenior Engineer 2increase5000');
    await screenshot(page, 'people-pages-compensation');
    expect(problems).toEqual([]);
  });
});
