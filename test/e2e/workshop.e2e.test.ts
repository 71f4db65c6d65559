/**
 * A calibration workshop round in real Chromium on the demo: Priya (director, calibrator) starts a
 * round with three raters and writes a sample packet; Sofia, Greg and Priya rate it on every
 * signal, each seeing only their own ratings; once all are in, the agreement appears for everyone
 * in the round. Screenshots: test-artifacts/screenshots/workshop-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

/**
 * Rate every signal of the one packet: `values` in signal order, each with a rationale. The last
 * rater's last save reveals the round, and the forms give way to everyone's ratings.
 */
async function rateAll(page: Page, values: string[], { revealsAtEnd = false } = {}): Promise<void> {
  const forms = page.locator('fieldset.signal-rating');
  await expect.poll(() => forms.count()).toBe(values.length);
  for (const [i, value] of values.entries()) {
    const form = forms.nth(i);
    await form.getByRole('combobox').selectOption(value);
    await form.getByRole('textbox').fill(`The packet shows the canary stage cut failed deployments from 18% to 6% (rating ${i + 1}).`);
    await form.getByRole('button', { name: 'Save rating' }).click();
    if (revealsAtEnd && i === values.length - 1) await page.getByText('Revealed: every rater has rated every packet').waitFor();
    else await form.getByText('Saved — only you see it until the reveal.').waitFor();
  }
}

describe.skipIf(!enabled)('calibration workshop in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;
  let roundUrl = '';

  it('a calibrator starts a round with three raters and writes a sample packet', async () => {
    const { page, problems } = await signIn('priya@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibration workshops' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calibration workshops' }).waitFor();
    await page.getByLabel('Title').fill('Before the 2026 review: round 1');
    for (const name of ['Sofia Rossi', 'Greg Hale', 'Priya Raman']) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: 'Start the round' }).click();
    await page.getByRole('heading', { level: 1, name: 'Before the 2026 review: round 1' }).waitFor();
    roundUrl = page.url();

    await page.getByLabel('Title raters see').fill('Senior engineer, platform work');
    await page.getByLabel('Packet text').fill('Level: L4\n\n## Delivery impact\n- Canary stage for the deploy pipeline (shipped in June)\n  - change failure rate fell from 18% to 6% over the next 90 days, n = 212 deployments\n\n## Self review\nI led the canary rollout and wrote its runbook.');
    await page.getByRole('button', { name: 'Add the packet' }).click();
    await page.getByRole('article', { name: 'Senior engineer, platform work' }).waitFor();
    await rateAll(page, ['exceeds', 'strong at level', 'strong at level', 'exceeds', 'strong at level']);
    await screenshot(page, 'workshop-rating');
    expect(problems).toEqual([]);
  });

  it('each rater sees only their own ratings until all are in; then everyone sees the agreement', async () => {
    const sofia = await signIn('sofia@lumen.example');
    await sofia.page.goto(roundUrl);
    await sofia.page.getByRole('heading', { level: 1, name: 'Before the 2026 review: round 1' }).waitFor();
    await sofia.page.getByText('Rating: ratings hidden until all are in').waitFor();
    // Priya has rated all five; Sofia sees the count, never the values.
    await expect.poll(() => sofia.page.getByRole('row', { name: /Priya Raman/ }).textContent()).toContain('5 of 5');
    expect(await sofia.page.getByText('exceeds —').count()).toBe(0);
    await rateAll(sofia.page, ['strong at level', 'strong at level', 'needs support', 'exceeds', 'strong at level']);
    expect(sofia.problems).toEqual([]);

    const greg = await signIn('greg@lumen.example');
    await greg.page.goto(roundUrl);
    await rateAll(greg.page, ['exceeds', 'strong at level', 'strong at level', 'strong at level', 'needs support'], { revealsAtEnd: true });
    expect(greg.problems).toEqual([]);

    const { page, problems } = await signIn('priya@lumen.example');
    await page.goto(roundUrl);
    await page.getByRole('heading', { level: 2, name: 'Agreement' }).waitFor();
    await expect.poll(() => page.getByTestId('workshop-alpha').textContent()).toMatch(/Ordinal alpha -?\d\.\d{3}.*n = 15 ratings/);
    await page.getByRole('table', { name: /Rater leniency/ }).waitFor();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Sofia Rossi: needs support');
    await screenshot(page, 'workshop-revealed');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibration workshops' }).click();
    await expect.poll(() => page.getByRole('row', { name: /round 1/ }).textContent()).toMatch(/α -?\d\.\d{3}.*n 15/);
    expect(problems).toEqual([]);
  });
});
