/**
 * The career ladder page in real Chromium against the demo organisation, whose ladder is the
 * FT engineering ladder: an engineer finds it in the menu, sees whose text it is, reads two
 * levels side by side with their text wrapped, picks others, reaches the grid's scroll area by
 * keyboard, narrows it to a track and opens "what changes from Senior Engineer 1 to the level above".
 * Screenshots go to test-artifacts/screenshots/ladder-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('career ladder page in Chromium', () => {
  const { signIn } = useDemoBrowser();

  it('an engineer reads the FT ladder and what changes from Senior Engineer 1 to Senior Engineer 2', async () => {
    const { page, problems } = await signIn('amara@lumen.example', { viewport: { width: 1440, height: 900 } });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career ladder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Career ladder' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('Engineering, version 1');
    // The FT's text names the FT: the page says whose it is and under which licence.
    const source = main.getByTestId('ladder-source');
    expect(await source.textContent()).toContain('Source: Financial Times engineering progression (MIT licence, © 2019 Financial Times)');
    expect(await source.getByRole('link').getAttribute('href')).toBe('https://github.com/Financial-Times/engineering-progression');

    // Eight levels of text do not fit side by side: two levels at a time, every cell's text inside its column.
    const grid = main.getByRole('table');
    await grid.waitFor();
    expect(await grid.getByRole('columnheader').allTextContents()).toEqual(['Dimension', 'Junior Engineer', 'Engineer']);
    expect(await grid.getByRole('rowheader').count()).toBe(9);
    await grid.getByRole('rowheader', { name: 'Problem Solving & Decision Making' }).waitFor();
    const overflowing = await grid.locator('td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
    expect(overflowing).toBe(0);
    const region = page.getByRole('group', { name: /^Engineering: 2 of 8 levels/ });
    const box = await region.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
    await screenshot(page, 'ladder-grid');

    await main.getByLabel('Level', { exact: true }).selectOption('senior-1');
    await expect.poll(() => grid.getByRole('columnheader').allTextContents()).toEqual(['Dimension', 'Senior Engineer 1', expect.stringContaining('Senior Engineer 2 (Individual Contributor)')]);
    await main.getByLabel('Beside it').selectOption('principal-ic');
    await expect.poll(() => grid.getByRole('columnheader').allTextContents()).toEqual(['Dimension', 'Senior Engineer 1', expect.stringContaining('Principal Engineer (Individual Contributor)')]);
    await screenshot(page, 'ladder-compare');

    // All eight levels: wider than the page, so the scroll area scrolls — by keyboard too.
    await main.getByLabel('Show').selectOption('all');
    await expect.poll(() => grid.getByRole('columnheader').count()).toBe(9);
    const all = page.getByRole('group', { name: /^Engineering: 8 of 8 levels/ });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await all.evaluate((el) => el === el.ownerDocument.activeElement);
    }
    expect(reached).toBe(true);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => all.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    await main.getByLabel('Track').selectOption('manager');
    await expect.poll(() => grid.getByRole('columnheader').count()).toBe(7); // the IC levels drop out (all levels shown)
    await main.getByLabel('Track').selectOption('');

    await main.getByLabel('What changes from').selectOption('senior-1');
    const step = page.getByRole('heading', { level: 2, name: /^What changes from Senior Engineer 1 to / });
    await step.waitFor();
    expect(await step.textContent()).toBe('What changes from Senior Engineer 1 to Senior Engineer 2 (Individual Contributor)');
    expect(new URL(page.url()).searchParams.get('from')).toBe('senior-1');
    await expect.poll(() => main.getByRole('heading', { level: 4, name: 'New at Senior Engineer 2 (Individual Contributor)' }).count()).toBe(9);
    await step.scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-level-step');

    expect(problems).toEqual([]);
  });
});
