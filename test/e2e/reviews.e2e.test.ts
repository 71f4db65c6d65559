/**
 * Reviews in real Chromium against the demo organisation: Greg Hale (a manager) rates one of his
 * reports "needs support" on a signal nobody gave them feedback on, and the no-surprises flag
 * appears beside the rating; an engineer opening their ratings in the cycle still in writing
 * sees that ratings are shared when the cycle reaches shared — and no rating; the administrator's
 * cycle page lists nobody whose reviews it cannot open (a count instead) and names the staff
 * without a team who are not in the cycle.
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
    // Each signal shows what needs support, strong and exceeds look like.
    expect(await page.getByRole('heading', { level: 3, name: 'Exceeds looks like' }).count()).toBe(5);
    await screenshot(page, 'reviews-rubric');
    expect(problems).toEqual([]);
  });

  it('the administrator’s cycle page offers no link that answers “You don’t have access”, and names who is not in the cycle', async () => {
    const { page, problems } = await signIn('admin@lumen.example');
    await page.goto(`${demo.server().url}/cycles/annual-2026`);
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    const section = page.locator('section:has(#participants-title)');
    await expect.poll(async () => section.getByTestId('not-openable').textContent()).toMatch(/^\d+ people in this cycle are not listed: their ratings and review packets are for their manager line, calibrators and people partners\.$/);
    expect(await section.locator('a[href*="/people/"][href^="/cycles/"]').count()).toBe(0);
    expect(await section.getByTestId('left-out').textContent()).toBe('3 active people have no team and are not in this cycle: Admin, Hannah Cole, Omar Haddad. Give them a team in the records to include them.');
    // Every link left on the page opens.
    const hrefs = await page.getByRole('main').locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      await page.goto(`${demo.server().url}${href}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('main').textContent(), href).not.toContain("You don't have access");
    }
    await page.goto(`${demo.server().url}/cycles/annual-2026`);
    await section.getByTestId('not-openable').waitFor();
    await screenshot(page, 'reviews-admin-cycle');
    expect(problems).toEqual([]);
  });

  it('the people partner’s cycle page links every participant’s ratings and packet, and they open', async () => {
    const { page, problems } = await signIn('hannah@lumen.example');
    await page.goto(`${demo.server().url}/cycles/annual-2026`);
    const section = page.locator('section:has(#participants-title)');
    const people = section.locator('tbody th a');
    await expect.poll(() => people.count()).toBeGreaterThan(50);
    expect(await people.allTextContents()).not.toEqual(expect.arrayContaining(['Admin', 'Hannah Cole', 'Omar Haddad']));
    const sample = [await people.first().getAttribute('href'), await section.locator('tbody a[href$="/packet"]').first().getAttribute('href')];
    for (const href of sample) {
      await page.goto(`${demo.server().url}${href!}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('main').textContent(), href!).not.toContain("You don't have access");
    }
    expect(problems).toEqual([]);
  });

  it('Omar Haddad (compensation reviewer) opens compensation with bands and budget, and no growth notes', async () => {
    const { page, problems } = await signIn('omar@lumen.example', { viewport: { width: 1440, height: 900 } });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review cycles' }).click();
    await page.getByRole('link', { name: '2026 annual review' }).click();
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    await page.getByRole('link', { name: 'Compensation', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Compensation — 2026 annual review' }).waitFor();
    const budget = page.getByTestId('budget');
    await expect.poll(() => budget.locator('.facts').textContent()).toBe('BudgetEUR 180,000Proposed increasesEUR 19,500LeftEUR 160,500');
    const amara = page.locator('tr[data-key="amara-okafor"]');
    await amara.waitFor();
    const cells = await amara.locator('td').allTextContents();
    expect(cells[1]).toBe('L4 · ic');
    expect(cells[2]).toBe('EUR 64,000 – 74,000 – 84,000');
    expect(cells[3]).toBe('After calibration');
    expect(cells[4]).toContain('increase4500');
    // The demo's staff without a team are named, not reviewees.
    expect(await page.getByTestId('left-out').textContent()).toContain('Admin, Hannah Cole, Omar Haddad');
    expect(await page.locator('tr[data-key="omar-haddad"]').count()).toBe(0);
    // Beyond the notice that says so, nothing on the view speaks of growth.
    expect(await page.locator('section:has(#proposals-title)').textContent()).not.toMatch(/growth note|evidence/i); // (Growth is also a team's name)
    expect(await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')).toBe('/api/cycles/annual-2026/compensation/export');
    const csv = await page.evaluate(async () => {
      const res = await fetch('/api/cycles/annual-2026/compensation/export');
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    });
    expect(csv).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(csv.text).toContain('Amara Okafor,platform,L4,');
    await screenshot(page, 'reviews-omar-compensation');

    // Omar sets a bigger budget; the page weighs the proposals against it.
    await budget.getByLabel('Amount').fill('200000');
    await budget.getByRole('button', { name: 'Change the budget' }).click();
    await expect.poll(() => budget.locator('.facts').textContent()).toBe('BudgetEUR 200,000Proposed increasesEUR 19,500LeftEUR 180,500');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compensation bands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compensation bands' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(8);
    expect(await page.getByRole('button', { name: 'Import' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the administrator imports a band table from the web; a bad file names line and column and changes nothing', async () => {
    const { page, problems } = await signIn('admin@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compensation bands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compensation bands' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(8);
    await page.getByLabel('Or paste it').fill('level,track,currency,min,mid,max\nL4,ic,EUR,64000,74000,84000\nL5,ic,euros,1,2,3\n');
    await page.getByRole('button', { name: 'Import' }).click();
    const list = page.getByRole('list', { name: 'Problems in the file' });
    await list.waitFor();
    expect(await list.textContent()).toBe('bands.csv:3: currency: "euros" is not a three-letter currency code (e.g. EUR)');
    expect(await page.locator('tbody tr').count()).toBe(8);
    await page.getByLabel('CSV file').setInputFiles({ name: 'bands-2027.csv', mimeType: 'text/csv', buffer: Buffer.from('level,track,currency,min,mid,max\nL4,ic,EUR,66000,76000,86000\n') });
    await expect.poll(() => page.getByLabel('Or paste it').inputValue()).toContain('66000');
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'reviews-admin-bands');
    // The refused import's 400 is the only console line: the page showed it in words.
    expect(problems).toEqual([expect.stringMatching(/status of 400/)]);
  });
});
