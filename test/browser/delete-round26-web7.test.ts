/**
 * "Xóa tin này" on a resident's typed message, on a cheap phone (PHONES.cheap, 360×640, touch) in headless Chromium, round
 * 26: a small "Xóa" at the end of the message (named "Xóa tin này", 40px to tap), deleting on the server as before.
 * Was: a bordered 40px button under every typed message, a one-line message 117px high.
 */
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../server/harness.ts';
import { launchChromium, newPhoneContext, PHONES } from './chromium.ts';

let server: TestService;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  browser = await launchChromium();
  page = await (await newPhoneContext(browser, PHONES.cheap)).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The unanswered questions the store keeps with this text. */
const kept = (text: string) => {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM questions_unanswered WHERE text = ?').pluck().get(text) as number;
  } finally {
    db.close();
  }
};
const idle = () =>
  page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } } }).document.getElementById('status').textContent === '', undefined, { timeout: 30_000 });

async function type(text: string): Promise<void> {
  const before = await page.locator('.msg.bot').count();
  await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('.msg.bot').nth(before).waitFor({ timeout: 30_000 });
  await idle();
}

describe('"Xóa tin này" on a 360×640 phone', () => {
  it('a message is as high as its text with its "Xóa" inside it, 40px to tap, and the tap still deletes on the server', async () => {
    await page.goto(server.url);
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    const question = 'chu oi bua nay tui coi da banh o dau dc';
    await type(question);
    expect(kept(question)).toBe(1);
    const bubble = page.locator('.msg.user', { hasText: question }).last();
    await bubble.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/artifacts/delete-round26-web7.png' });

    const remove = bubble.getByRole('button', { name: 'Xóa tin này' });
    const message = (await bubble.boundingBox())!;
    const button = (await remove.boundingBox())!;
    // The button adds no line of its own: the bubble is as high as without it.
    const withoutButton = await bubble.evaluate((node: unknown) => {
      const element = node as { querySelector(s: string): { style: { display: string } }; getBoundingClientRect(): { height: number } };
      const button = element.querySelector('.delete-message');
      button.style.display = 'none';
      const height = element.getBoundingClientRect().height;
      button.style.display = '';
      return height;
    });
    expect(message.height - withoutButton).toBeLessThanOrEqual(2);
    expect(button.height).toBeGreaterThanOrEqual(40);
    expect(button.width).toBeGreaterThanOrEqual(44);
    expect(button.x).toBeGreaterThanOrEqual(message.x);
    expect(button.x + button.width).toBeLessThanOrEqual(message.x + message.width + 0.5);
    expect(button.x + button.width).toBeLessThanOrEqual(PHONES.cheap.width);
    expect(await remove.innerText()).toBe('Xóa');

    const before = await page.locator('.msg.bot').count();
    await remove.tap();
    await page.locator('.msg.bot').nth(before).waitFor();
    await idle();
    expect(await page.locator('.msg.bot').last().innerText()).toContain('Đã xóa những gì tin này để lại trong trợ lý');
    expect(kept(question)).toBe(0);
    expect(await page.locator('.msg.user.deleted', { hasText: 'Tin đã xóa.' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
