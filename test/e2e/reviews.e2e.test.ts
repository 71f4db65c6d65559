/**
 * Reviews in real Chromium against the demo organisation: Greg Hale (a manager) rates one of his
 * reports "needs support" on a signal nobody gave them feedback on, and the no-surprises flag
 * appears beside the rating; an engineer opening their ratings in the cycle still in writing
 * sees that ratings are shared when the cycle reaches shared — and no rating.
 * Screenshots go to test-artifacts/screenshots/reviews-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('reviews in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('Greg Hale writes a needs-support rating and sees the no-surprises flag inline', async () => {
    const { page, problems } = await signIn('greg@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review cycles' }).click();
    await page.getByRole('link', { name: '2026 annual review' }).click();
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    const participants = page.locator('section:has(#participants-title) tbody th a');
    await expect.poll(() => participants.count()).toBeGreaterThan(1);
    // The report with a living document in the demo (Greg's first report by id): a rating cites its items.
    const reports = await page.evaluate(async () => ((await (await fetch('/api/people?manager=greg-hale&limit=50')).json()) as { items: { id: string; name: string; active: boolean }[] }).items);
    const report = reports.filter((p) => p.active).sort((a, b) => a.id.localeCompare(b.id))[0]!.name;
    await page.getByRole('link', { name: report, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${report} — 2026 annual review` }).waitFor();

    const section = page.locator('section:has(#rate-code-quality)');
    expect(await section.locator('.surprise-flag').count()).toBe(0);
    await page.getByLabel('Rating for Code quality').selectOption('needs support');
    await page.getByLabel('Rationale for Code quality').fill('Two of the last three pull requests to mobile-bff shipped without tests and were reverted (PR 88, PR 91).');
    await section.locator('.picker-items input[type="checkbox"]').first().check();
    await page.getByLabel('Context for Code quality (optional, not evidence)').fill('https://git.lumen.example/mobile-bff/pull/88, https://git.lumen.example/mobile-bff/pull/91');
    await section.getByRole('button', { name: 'Save rating' }).click();

    const flag = section.locator('.surprise-flag');
    await flag.waitFor();
    expect(await flag.textContent()).toContain('No-surprises flag: No feedback on this signal was shared with the engineer before the rating.');
    expect(await section.locator('.rating-value').textContent()).toBe('needs support');
    await screenshot(page, 'reviews-greg-flag');
    expect(problems).toEqual([]);
  });

  it('an engineer does not see ratings of the cycle in writing', async () => {
    const { page, problems } = await signIn('jonas@lumen.example');
    await page.goto(`${demo.server().url}/cycles/annual-2026/people/jonas-weber`);
    await page.getByRole('heading', { level: 1, name: 'My ratings — 2026 annual review' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('Ratings are shared when the cycle reaches shared. This cycle is writing');
    expect(await main.textContent()).not.toContain('needs support');
    const api = await page.evaluate(async () => (await fetch('/api/cycles/annual-2026/people/jonas-weber/ratings')).status);
    expect(api).toBe(403);
    await screenshot(page, 'reviews-engineer-hidden');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review signals' }).click();
    await page.getByRole('heading', { level: 2, name: 'Reliability impact' }).waitFor();
    await screenshot(page, 'reviews-rubric');
    expect(problems).toEqual([]);
  });
});
