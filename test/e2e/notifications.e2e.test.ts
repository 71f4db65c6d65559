/**
 * Notifications in real Chromium against the demo organisation, with a real SMTP server on
 * 127.0.0.1 (test/smtp.ts) configured as the demo server's mail server: Hannah Cole (people
 * partner) sees on the cycle page who is behind on the step the cycle is on, sends reminders,
 * and the SMTP server receives one reminder for each person reminded — nobody else. A reminded
 * person's bell shows their unread notifications, with the reminder, and marks them read.
 * Screenshots go to test-artifacts/screenshots/notifications-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestSmtp, type TestSmtp } from '../smtp.js';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

interface Reminders {
  step: 'selfReview' | 'managerReview';
  reminded: { id: string; name: string; about: { id: string; name: string }[] }[];
  notReminded: { id: string; name: string }[];
}

describe.skipIf(!enabled)('notifications in Chromium', () => {
  let smtp: TestSmtp | undefined;
  // Registered before the demo's hooks: the mail server is up before the demo server starts, and closed after it stops.
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(async () => smtp?.close());
  const demo = useDemoBrowser({ env: () => ({ ...smtp!.env, TRELLIS_PUBLIC_URL: 'http://trellis.lumen.example' }) });
  let reminded: Reminders | undefined;
  let remindedEmail = '';

  it('Hannah sees who is behind, sends reminders, and the mail server receives exactly those', async () => {
    const { page, problems } = await demo.signIn('hannah@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review cycles' }).click();
    await page.getByRole('link', { name: '2026 annual review' }).click();
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    const panel = page.locator('section:has(#behind-title)');
    await panel.waitFor();
    const heading = (await panel.getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(heading).toMatch(/^Behind on (self|manager) reviews$/);
    const listed = (await panel.locator('p').first().textContent()) ?? '';
    expect(listed).toMatch(/^\d+ (person|people) without a submitted (self|manager) review/);
    const behindNames = listed.slice(listed.indexOf(': ') + 2).split(', ').sort();
    expect(behindNames.length).toBeGreaterThan(0);
    await screenshot(page, 'notifications-behind');

    const before = smtp!.received.length;
    const answer = page.waitForResponse((r) => r.url().endsWith('/reminders') && r.request().method() === 'POST');
    await panel.getByRole('button', { name: 'Remind the people behind' }).click();
    reminded = (await (await answer).json()) as Reminders;
    const status = panel.getByTestId('reminders-sent');
    await status.waitFor();
    expect(await status.textContent()).toContain(`Reminded ${reminded.reminded.length} ${reminded.reminded.length === 1 ? 'person' : 'people'}:`);
    // Only the people behind: reminded about exactly the names the page listed (less anyone with nobody to remind, whom the answer names).
    expect([...reminded.reminded.flatMap((p) => p.about.map((a) => a.name)), ...reminded.notReminded.map((p) => p.name)].sort()).toEqual(behindNames);
    if (reminded.notReminded.length > 0) expect(await status.getByTestId('not-reminded').textContent()).toContain(reminded.notReminded[0]!.name);
    await screenshot(page, 'notifications-reminded');

    const emails = await page.evaluate(async (ids) => Promise.all(ids.map(async (id) => ((await (await fetch(`/api/people/${id}`)).json()) as { person: { email: string | null } }).person.email)), reminded.reminded.map((p) => p.id));
    remindedEmail = emails[0] ?? '';
    const reminders = () => smtp!.received.slice(before).filter((m) => m.subject.startsWith('Reminder:'));
    await eventually(() => reminders().length >= reminded!.reminded.length, `${reminded.reminded.length} reminder emails`, 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(reminders().map((m) => m.to[0]).sort()).toEqual([...emails].sort());
    expect(reminders()[0]!.text).toContain('http://trellis.lumen.example/cycles/annual-2026');
    expect(problems).toEqual([]);
  });

  it('the bell shows a reminded person their unread notifications, the reminder among them, and marks them read', async () => {
    expect(remindedEmail).not.toBe('');
    const { page, problems } = await demo.signIn(remindedEmail);
    const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor();
    expect(Number(await page.getByTestId('bell-count').textContent())).toBeGreaterThan(0);
    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await expect.poll(() => panel.textContent()).toContain('Reminder:');
    await screenshot(page, 'notifications-bell');
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    await panel.getByRole('link', { name: 'All notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const list = page.getByRole('main').locator('.notification-list');
    await expect.poll(() => list.textContent()).toContain('Reminder:');
    expect(await list.locator('.notification.unread').count()).toBe(0);
    const reminder = list.locator('.notification[data-kind="reminder"] a').first();
    expect(await reminder.getAttribute('href')).toMatch(/^\/cycles\/annual-2026/);
    await page.getByRole('main').getByRole('link', { name: 'Email settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email settings' }).waitFor();
    await page.getByLabel('A people partner reminds you of a step').uncheck();
    await page.getByRole('button', { name: 'Save email settings' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Saved.');
    const saved = await page.evaluate(async () => ((await (await fetch('/api/notifications/email-settings')).json()) as { email: Record<string, boolean> }).email);
    expect(saved.reminder).toBe(false);
    expect(problems).toEqual([]);
  });

  it('the administrator’s email outbox lists the emails by status', async () => {
    const { page, problems } = await demo.signIn('admin@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Email outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email outbox' }).waitFor();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('No failed emails.');
    await page.getByRole('button', { name: /^Sent \(\d+\)$/ }).click();
    const table = page.getByRole('table', { name: /Sent emails/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'notifications-outbox');
    expect(problems).toEqual([]);
  });
});
