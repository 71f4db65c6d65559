/**
 * The career ladder page in real Chromium against the demo organisation, whose ladder is
 * Trellis's own default ladder: an engineer finds it in the menu, sees it is the organisation's
 * own text (no other company's source note), reads two levels side by side with their text and
 * examples wrapped, picks others, reaches the grid's scroll area by keyboard, and opens "what
 * changes from Senior Engineer to Staff Engineer".
 * Screenshots go to test-artifacts/screenshots/ladder-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('career ladder page in Chromium', () => {
  const { signIn } = useDemoBrowser();

  it('an engineer reads the default ladder and what changes from Senior Engineer to Staff Engineer', async () => {
    const { page, problems } = await signIn('amara@lumen.example', { viewport: { width: 1440, height: 900 } });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career ladder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Career ladder' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('Engineering, version 1');
    // Trellis's own ladder: no other organisation's name or licence to show.
    expect(await main.getByTestId('ladder-source').count()).toBe(0);

    // Six levels of text do not fit side by side: two levels at a time, every cell's text inside its column.
    const grid = main.getByRole('table');
    await grid.waitFor();
    expect(await grid.getByRole('columnheader').allTextContents()).toEqual(['Dimension', 'Associate Engineer', 'Engineer']);
    expect(await grid.getByRole('rowheader').count()).toBe(6);
    await grid.getByRole('rowheader', { name: 'Operational responsibility' }).waitFor();
    await grid.getByRole('rowheader', { name: 'Mentoring' }).waitFor();
    // Each cell carries observable examples.
    await expect.poll(() => grid.textContent()).toContain('Shadowed two on-call shifts');
    const overflowing = await grid.locator('td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
    expect(overflowing).toBe(0);
    const region = page.getByRole('group', { name: /^Engineering: 2 of 6 levels/ });
    const box = await region.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
    await screenshot(page, 'ladder-grid');

    await main.getByLabel('Level', { exact: true }).selectOption('l3');
    await expect.poll(() => grid.getByRole('columnheader').allTextContents()).toEqual(['Dimension', 'Senior Engineer', expect.stringContaining('Staff Engineer')]);
    await main.getByLabel('Beside it').selectOption('l6');
    await expect.poll(() => grid.getByRole('columnheader').allTextContents()).toEqual(['Dimension', 'Senior Engineer', expect.stringContaining('Principal Engineer')]);
    await screenshot(page, 'ladder-compare');

    // All six levels: wider than the page, so the scroll area scrolls — by keyboard too.
    await main.getByLabel('Show').selectOption('all');
    await expect.poll(() => grid.getByRole('columnheader').count()).toBe(7);
    const all = page.getByRole('group', { name: /^Engineering: 6 of 6 levels/ });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await all.evaluate((el) => el === el.ownerDocument.activeElement);
    }
    expect(reached).toBe(true);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => all.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // One track for everyone: no track filter to offer.
    expect(await main.getByLabel('Track').count()).toBe(0);

    await main.getByLabel('What changes from').selectOption('l3');
    const step = page.getByRole('heading', { level: 2, name: /^What changes from Senior Engineer to / });
    await step.waitFor();
    expect(await step.textContent()).toBe('What changes from Senior Engineer to Staff Engineer');
    expect(new URL(page.url()).searchParams.get('from')).toBe('l3');
    await expect.poll(() => main.getByRole('heading', { level: 4, name: 'New at Staff Engineer' }).count()).toBe(6);
    await step.scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-level-step');

    expect(problems).toEqual([]);
  });
});
