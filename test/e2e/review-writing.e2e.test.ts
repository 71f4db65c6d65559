/**
 * Running the review cycle in real Chromium on the demo: Amara Okafor writes and submits her
 * self review citing two items of her living document through the picker; Sofia Rossi writes
 * Amara's manager review and rates a signal citing evidence; a citation to another person's
 * item, or to nothing, is refused and the page shows the server's message naming it.
 * Screenshots go to test-artifacts/screenshots/review-writing-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();
const cycle = 'annual-2026';

/** Tick the picker's item whose title starts with `title`, searching for it first. */
async function cite(page: Page, scope: ReturnType<Page['locator']>, search: string, title: string): Promise<void> {
  await scope.getByLabel('Search evidence').fill(search);
  const item = scope.locator('.picker-items li', { hasText: title });
  await item.first().waitFor();
  await item.first().getByRole('checkbox').check();
}

describe.skipIf(!enabled)('writing reviews and citing evidence in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('Amara writes and submits her self review citing two items through the picker', async () => {
    const { page, problems } = await signIn('amara@lumen.example');
    // Her home says the self review is due and leads to it.
    const todo = page.locator('section:has(#todo-title)');
    await expect.poll(() => todo.textContent()).toContain('Your self review is due for 2026 annual review');
    await screenshot(page, 'review-writing-amara-home');
    await todo.getByRole('link', { name: 'Write your self review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self review — Amara Okafor' }).waitFor();
    // The organisation's template prompts sit beside the text.
    expect(await page.locator('.review-prompts li').count()).toBeGreaterThan(1);

    const form = page.getByRole('form', { name: 'Self review' });
    await page.getByLabel('Your self review').fill('Staged rollouts with an automatic halt now guard every deploy-pipeline release, and the Platform rota gets fewer, more actionable pages.');
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 10_000 }).toContain('only you can see it');

    await cite(page, form, 'rollout', 'Rollout automation');
    // The picker shows the outcome figure the item leads with.
    expect(await form.locator('.picker-items li', { hasText: 'Rollout automation' }).first().textContent()).toMatch(/change failure rate of deploy-pipeline: .*→/);
    await cite(page, form, 'runbook', 'Wrote the rollback runbook');
    await screenshot(page, 'review-writing-amara-self');
    await form.getByRole('button', { name: 'Submit self review' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Submitted');
    const cited = form.getByRole('list', { name: 'Cited in this review' });
    expect(await cited.getByRole('link').allTextContents()).toEqual([expect.stringMatching(/^Rollout automation/), 'Wrote the rollback runbook and ran a game day with the rota']);

    // What was submitted is what a packet reader gets back: two references to Amara's items.
    const stored = (await page.evaluate(async (c) => (await fetch(`/api/cycles/${c}/people/amara-okafor/reviews`)).json(), cycle)) as { self: { citations: string[] }; cited: { title: string }[] };
    expect(stored.self.citations).toHaveLength(2);
    expect(stored.cited.map((i: { title: string }) => i.title)).toEqual(expect.arrayContaining(['Wrote the rollback runbook and ran a game day with the rota']));
    await screenshot(page, 'review-writing-amara-submitted');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => page.locator('section:has(#todo-title)').textContent()).toContain('Your self review is in for 2026 annual review');
    expect(problems).toEqual([]);
  });

  it('Priya’s home shows the organisation’s progress in the cycle, per team, with the flagged people', async () => {
    const { page, problems } = await signIn('priya@lumen.example');
    const todo = page.locator('section:has(#todo-title)');
    await todo.getByRole('heading', { name: /Progress of 2026 annual review across the organisation/ }).waitFor();
    const teams = await todo.locator('table:has(caption:text("2026 annual review by team")) tbody th').allTextContents();
    expect(teams).toEqual(expect.arrayContaining(['Platform', 'Payments', 'Search', 'Mobile']));
    // Listed by name, never ranked by progress.
    expect(teams).toEqual([...teams].sort((a, b) => a.localeCompare(b)));
    expect(await todo.textContent()).toMatch(/Self reviews \d+ of \d+/);
    expect(await todo.getByRole('heading', { name: 'Flagged for calibration' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'review-writing-priya-home');
    expect(problems).toEqual([]);
  });

  it('the home says more than the cycle: Sofia sees each report’s evidence in the cycle and her goals, the administrator sees sources and accounts', async () => {
    const sofia = await signIn('sofia@lumen.example');
    const reports = sofia.page.locator('table:has(caption:text("Your reports in 2026 annual review"))');
    await reports.waitFor();
    const amara = reports.locator('tbody tr', { has: sofia.page.locator('th', { hasText: 'Amara Okafor' }) });
    expect(await amara.locator('td').last().textContent()).toMatch(/^\d+ items?$/);
    await sofia.page.locator('#goals-title').waitFor();
    expect(await sofia.page.locator('#goals-title').textContent()).toMatch(/^Your goals for \d{4}-Q[1-4]$/);
    await screenshot(sofia.page, 'home-sofia-line');

    const admin = await signIn('admin@lumen.example');
    const sources = admin.page.locator('section:has(#admin-title)');
    await sources.locator('caption', { hasText: 'What Trellis holds, by kind of record' }).waitFor();
    const kinds = await sources.locator('tbody th').allTextContents();
    expect(kinds).toEqual(['changes', 'deployments', 'incidents', 'pages', 'pull requests']);
    expect(await sources.textContent()).toMatch(/\d+ accounts, \d+ disabled, 1 administrator\./);
    await screenshot(admin.page, 'home-admin-sources');

    // The word balance is off by default; the administrator turns it on in setup, and Sofia then sees her own.
    expect(await sofia.page.getByTestId('writing-balance').count()).toBe(0);
    await admin.page.goto(`${demo.server().url}/setup`);
    const balance = admin.page.locator('section', { has: admin.page.getByRole('heading', { name: 'Word balance in reviews' }) });
    await balance.getByText('Off (the default).').waitFor();
    await balance.getByRole('button', { name: 'Turn on' }).click();
    await balance.getByText('On: managers see the balance of their own reviews.').waitFor();
    expect(admin.problems).toEqual([]);
    await sofia.page.reload();
    await sofia.page.getByTestId('writing-balance').waitFor();
    expect(await sofia.page.getByTestId('writing-balance').textContent()).toContain('Your words in 2026 annual review');
    expect(await sofia.page.getByTestId('writing-balance').textContent()).not.toContain('Amara');
    expect(sofia.problems).toEqual([]);
  });

  it('Hannah (people partner) sees the cycle’s deadlines and who is behind on the current step', async () => {
    const { page, problems } = await signIn('hannah@lumen.example');
    const todo = page.locator('section:has(#todo-title)');
    await todo.getByRole('heading', { name: /Progress of 2026 annual review across the organisation/ }).waitFor();
    expect(await todo.textContent()).toContain('Deadlines: Self reviews 16 Nov 2026');
    // The demo's day is 2 Nov; the self-review deadline (16 Nov) has passed on this machine's clock or not: either way the step is named.
    expect(await todo.textContent()).toMatch(/\d+ people are behind on the (self|manager) review \(due \d+ \w+ 2026\): /);
    await screenshot(page, 'review-writing-hannah-home');
    await todo.getByRole('link', { name: '2026 annual review' }).click();
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    expect(await page.locator('.facts').first().textContent()).toContain('Self reviews 16 Nov 2026 · Manager reviews 30 Nov 2026 · Calibration 14 Dec 2026 · Sharing 28 Dec 2026');
    await screenshot(page, 'review-writing-hannah-cycle');
    expect(problems).toEqual([]);
  });

  it('Omar’s home leads to the compensation page of the cycle', async () => {
    const { page, problems } = await signIn('omar@lumen.example');
    const todo = page.locator('section:has(#todo-title)');
    await expect.poll(() => todo.textContent()).toMatch(/Compensation for 2026 annual review \(writing\): \d+ of \d+ people still without a proposal/);
    await screenshot(page, 'review-writing-omar-home');
    await todo.getByRole('link', { name: 'Open the compensation page' }).click();
    await page.waitForURL(/\/cycles\/annual-2026\/compensation$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(problems).toEqual([]);
  });

  it('Sofia writes Amara’s manager review and rates a signal with citations linked to the items', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}/cycles/${cycle}/people/amara-okafor`);
    await page.getByRole('heading', { level: 1, name: 'Amara Okafor — 2026 annual review' }).waitFor();
    // The demo's ratings cite real items, each linked to Amara's living document.
    const reliability = page.locator('section:has(#rate-reliability-impact)');
    const links = reliability.locator('.rating .citations a');
    await links.first().waitFor();
    expect(await links.first().getAttribute('href')).toMatch(/^\/people\/amara-okafor\/document#evidence-/);

    const growth = page.locator('section:has(#rate-growth-at-level)');
    await page.getByLabel('Rating for Growth at level').selectOption('strong at level');
    await page.getByLabel('Rationale for Growth at level').fill('Ran the game day for the whole rota and wrote the runbook the team now uses: working at the scope of the next level.');
    await cite(page, growth, 'game day', 'Wrote the rollback runbook');
    await page.getByLabel('Context for Growth at level (optional, not evidence)').fill('Discussed in our 1:1 in September.');
    await growth.getByRole('button', { name: 'Save rating' }).click();
    await growth.locator('.rating-value').waitFor();
    expect(await growth.locator('.rating-value').textContent()).toBe('strong at level');
    expect(await growth.locator('.rating .citations a').allTextContents()).toEqual(['Wrote the rollback runbook and ran a game day with the rota']);
    expect(await growth.locator('.context-note').textContent()).toContain('Context, not evidence');
    await screenshot(page, 'review-writing-sofia-ratings');

    await page.getByRole('link', { name: 'Manager review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manager review — Amara Okafor' }).waitFor();
    await page.getByLabel('Your manager review').fill('Amara chose prevention over heroics: the rollout automation cut deploy-pipeline’s change failure rate, and the alert review made the rota quieter.');
    const form = page.getByRole('form', { name: 'Manager review' });
    await cite(page, form, 'alert', 'Alert tuning');
    await form.getByRole('button', { name: 'Submit manager review' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Submitted');
    await screenshot(page, 'review-writing-sofia-manager');
    expect(problems).toEqual([]);
  });

  it('a citation to another person’s item or to nothing is refused, with the message shown in the page', async () => {
    // An item of Dev Patel's document, read as Dev.
    const dev = await signIn('dev@lumen.example');
    const devDoc = (await dev.page.evaluate(async () => (await fetch('/api/people/dev-patel/document')).json())) as { evidence: { id: string }[] };
    const devItem = devDoc.evidence[0]!.id;
    await dev.page.context().close();

    const { page } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}/cycles/${cycle}/people/amara-okafor`);
    const code = page.locator('section:has(#rate-code-quality)');
    await page.getByLabel('Rating for Code quality').selectOption('strong at level');
    await page.getByLabel('Rationale for Code quality').fill('Reviews of the rollout automation show tests with every change.');
    await cite(page, code, 'rollout', 'Rollout automation');
    // A page left open while the document changed, or a crafted request: the citation does not resolve.
    for (const [bad, message] of [
      [devItem, `evidence: "${devItem}" is not an evidence item of Amara Okafor; cite items of their living document`],
      ['pr-123', 'evidence: "pr-123" is not an evidence item of Amara Okafor; cite items of their living document'],
    ]) {
      await page.route('**/ratings/code-quality', async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}');
        await route.continue({ postData: JSON.stringify({ ...body, evidence: [...body.evidence, bad] }) });
      });
      await code.getByRole('button', { name: 'Save rating' }).click();
      await expect.poll(() => code.getByRole('alert').textContent()).toBe(message);
      await page.unroute('**/ratings/code-quality');
    }
    expect(await code.locator('.rating-value').count()).toBe(0);
    await screenshot(page, 'review-writing-refused');
  });
});
