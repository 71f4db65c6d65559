/**
 * Feedback in real Chromium on the demo: Mei Lin asks Dev Patel for peer feedback (the bound is
 * shown before she asks); Dev finds the request on his home, reads who will see his name, writes
 * a vague sentence and watches the lint hints appear, makes it specific and watches them go, and
 * sends it, then praises her from her profile; Mei reads both. Then Amara's own feedback page
 * never shows Sofia's private note, while Sofia's view of it marks the note as private, and a note
 * she adds through the page stays hers.
 * Screenshots go to test-artifacts/screenshots/feedback-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('peer feedback in Chromium', () => {
  const { signIn } = useDemoBrowser();

  it('Mei requests peer feedback, Dev writes it with live lint hints, Mei reads it', async () => {
    // Mei asks Dev, from her person page, with the bound in view.
    const mei = await signIn('mei@lumen.example');
    await mei.page.goto(`${new URL(mei.page.url()).origin}/people/mei-lin`);
    await mei.page.getByRole('link', { name: 'Feedback', exact: true }).click();
    await mei.page.getByRole('heading', { level: 1, name: 'Feedback you received' }).waitFor();
    await mei.page.getByRole('link', { name: 'Request feedback' }).click();
    await mei.page.getByRole('heading', { level: 1, name: 'Request feedback about Mei Lin' }).waitFor();
    const form = mei.page.getByRole('form', { name: 'Request feedback' });
    await expect.poll(() => form.locator('.bound').textContent()).toBe('Peer requests: 1 of 5 used in this cycle; 4 more can be sent.');
    await form.getByLabel('Search colleagues by name').fill('Dev Patel');
    await form.getByRole('checkbox', { name: 'Dev Patel' }).check();
    await form.getByLabel('A note to the people asked (optional)').fill('The token service migration in October.');
    await screenshot(mei.page, 'feedback-mei-request');
    await form.getByRole('button', { name: 'Send 1 request' }).click();
    await expect.poll(() => form.locator('.notice').textContent()).toBe('Asked Dev Patel. 2 of 5 peer requests used in this cycle.');
    await mei.page.getByRole('table', { name: 'Requests about Mei Lin in this cycle' }).getByRole('rowheader', { name: 'Dev Patel' }).waitFor();
    expect(mei.problems).toEqual([]);

    // Dev finds it on his home, with the deadline, and reads the attribution policy first.
    const dev = await signIn('dev@lumen.example');
    const todo = dev.page.getByRole('table', { name: 'Feedback requested from you' });
    const link = todo.getByRole('link', { name: 'Write peer feedback for Mei Lin' });
    await link.waitFor();
    const row = (await todo.locator('tr', { has: dev.page.getByRole('link', { name: 'Write peer feedback for Mei Lin' }) }).textContent()) ?? '';
    expect(row).toContain('2026 annual review');
    expect(row).not.toContain('No deadline');
    await link.click();
    await dev.page.getByRole('heading', { level: 1, name: 'Peer feedback for Mei Lin' }).waitFor();
    expect(await dev.page.getByRole('region', { name: 'Before you write: who will see your name' }).textContent()).toContain('Peer feedback carries your name');

    const write = dev.page.getByRole('form', { name: 'Feedback for Mei Lin' });
    const keep = write.getByLabel('What should Mei Lin keep doing?');
    const keepHints = write.locator('.field', { has: dev.page.getByLabel('What should Mei Lin keep doing?') }).getByTestId('lint-hints');
    await keep.fill('Great work on the project.');
    await expect.poll(() => keepHints.locator('li').count()).toBeGreaterThan(0);
    expect(await keepHints.textContent()).toContain('Vague praise');
    await screenshot(dev.page, 'feedback-dev-vague');
    await keep.fill('Moving identity-api to the new token service one client at a time, each behind a flag.');
    await expect.poll(() => keepHints.locator('li').count()).toBe(0);
    await write.getByLabel('An example: what happened, when, and its effect').first().fill('The mobile-bff client moved on 14 October and token errors fell from 120 to 3 a day.');
    await write.getByLabel('What should Mei Lin do differently?').fill('Announce each client move in #identity a day before it happens.');
    await write.getByLabel('An example: what happened, when, and its effect').nth(1).fill('The checkout-api move on 21 October surprised Payments; two releases waited an hour for an answer.');
    expect(await write.getByTestId('lint-hints').locator('li').count()).toBe(0);
    await screenshot(dev.page, 'feedback-dev-specific');
    await write.getByRole('button', { name: 'Send feedback' }).click();
    await dev.page.getByRole('heading', { level: 1, name: 'Feedback for Mei Lin sent' }).waitFor();

    // Praise needs no request: Dev sends it from Mei's profile, shared at once with his name.
    await dev.page.goto(`${new URL(dev.page.url()).origin}/people/mei-lin`);
    const praise = dev.page.getByRole('form', { name: 'Praise for Mei Lin' });
    await praise.getByLabel('What did Mei Lin do?').fill('The 2 a.m. token rotation on 15 June went out with zero failed logins; the runbook made it a 10-minute job.');
    await praise.getByRole('button', { name: 'Send praise' }).click();
    await expect.poll(() => praise.getByRole('status').textContent()).toContain('Mei Lin can read it now');
    expect(dev.problems).toEqual([]);

    // Mei reads it, with Dev's name.
    await mei.page.goto(`${new URL(mei.page.url()).origin}/people/mei-lin/feedback`);
    const card = mei.page.getByRole('article', { name: 'Peer feedback from Dev Patel' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Announce each client move in #identity');
    expect(await card.textContent()).toContain('Shared with the person');
    expect(await mei.page.getByRole('article', { name: 'Praise feedback from Dev Patel' }).textContent()).toContain('zero failed logins');
    await screenshot(mei.page, 'feedback-mei-reads');
    expect(mei.problems).toEqual([]);
  });

  it('Amara never sees Sofia’s private note; Sofia sees it marked as private', async () => {
    const amara = await signIn('amara@lumen.example');
    await amara.page.goto(`${new URL(amara.page.url()).origin}/people/amara-okafor/feedback`);
    await amara.page.getByRole('article', { name: 'Peer feedback from Dev Patel' }).waitFor();
    const own = (await amara.page.locator('main').textContent()) ?? '';
    expect(own).not.toContain('incident-commander');
    expect(own).not.toContain('Private to the manager line');

    const sofia = await signIn('sofia@lumen.example');
    await sofia.page.goto(`${new URL(sofia.page.url()).origin}/people/amara-okafor/feedback`);
    const note = sofia.page.locator('article.feedback-private');
    await note.waitFor();
    expect(await note.textContent()).toContain('incident-commander');
    expect(await note.textContent()).toContain('Private to the manager line');
    // Sofia writes another private note through the page; it shows at once, marked, and Amara still sees neither.
    const form = sofia.page.getByRole('form', { name: 'Write manager feedback' });
    await form.getByLabel('Feedback for Amara Okafor').fill('Ask Amara at the next 1:1 whether she wants the SRE rotation swap in January.');
    await form.getByRole('radio', { name: /Private to the manager line/ }).check();
    await form.getByRole('button', { name: 'Save feedback' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Saved as a private note');
    await expect.poll(() => sofia.page.locator('article.feedback-private').count()).toBe(2);
    await screenshot(sofia.page, 'feedback-sofia-private');
    await amara.page.reload();
    await amara.page.getByRole('article', { name: 'Peer feedback from Dev Patel' }).waitFor();
    expect(await amara.page.locator('main').textContent()).not.toContain('SRE rotation swap');
    expect(amara.problems).toEqual([]);
    expect(sofia.problems).toEqual([]);
  });
});
