/**
 * "Xóa tin này" pressed while the phone has no signal (Luật 91/2025/QH15: a user can delete what they sent): the page
 * keeps the deletion and sends it by itself once back online, also after a reload, as it does for "Xóa dữ liệu của tôi".
 * Headless Chromium (playwright-core) against the real service.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unansweredKept } from '../server/harness.ts';
import { serviceAndBrowser, newPhoneContext } from './chromium.ts';

const running = serviceAndBrowser();
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  context = await newPhoneContext(running.browser);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await context?.setOffline(false).catch(() => {});
});

const kept = (text: string) => unansweredKept(running.server.databasePath, text);
const botCount = () => page.locator('.msg.bot').count();
const idle = () =>
  page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } | null } }).document.getElementById('status')?.textContent === '');

async function type(text: string): Promise<void> {
  const before = await botCount();
  await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('.msg.bot').nth(before).waitFor();
  await idle();
}

describe('"Xóa tin này" without a connection, in Chromium', () => {
  it('is kept, said plainly, and sent by itself once back online: the question leaves the store and the page', async () => {
    await page.goto(running.server.url);
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    const question = 'chu oi bua nay tui coi bong chuyen o dau dc';
    await type(question);
    expect(kept(question)).toBe(1);

    const notices = page.locator('.msg.notice');
    const bubble = page.locator('.msg.user', { hasText: question }).last();
    await context.setOffline(true);
    try {
      await bubble.getByRole('button', { name: 'Xóa tin này' }).click();
      await page.locator('.msg.notice', { hasText: 'Chưa xóa được tin này' }).waitFor();
    } catch (error) {
      await context.setOffline(false);
      throw error;
    }
    expect(await notices.last().textContent()).toMatch(/Chưa xóa được tin này.*tự gửi lại yêu cầu xóa tin khi kết nối lại/);
    expect(await bubble.getByRole('button', { name: /Đang chờ xóa/ }).count()).toBe(1);
    expect(kept(question)).toBe(1);

    // Back online: sent by the page, not by the user pressing again.
    await context.setOffline(false);
    await page.locator('.msg.bot', { hasText: 'Đã xóa những gì tin này để lại trong trợ lý' }).waitFor();
    await idle();
    expect(kept(question)).toBe(0);
    expect(await page.locator('.msg.user', { hasText: question }).count()).toBe(0);
    expect(await page.locator('.msg.user.deleted', { hasText: 'Tin đã xóa.' }).count()).toBe(1);
  });

  it('survives the tab closed while offline: the next visit sends it first, and says so', async () => {
    const question = 'tui o ap 3 hoi lich cup dien xom tui tuan nay khi nao';
    const masked = 'tui o ap [địa chỉ] hoi lich cup dien xom tui tuan nay khi nao';
    await type(question);
    const stored = () => kept(question) + kept(masked);
    expect(stored()).toBe(1);
    await context.setOffline(true);
    try {
      await page.locator('.msg.user', { hasText: question }).last().getByRole('button', { name: 'Xóa tin này' }).click();
      await page.locator('.msg.notice', { hasText: 'Chưa xóa được tin này' }).nth(1).waitFor();
      await page.close();
    } finally {
      await context.setOffline(false);
    }
    expect(stored()).toBe(1);
    // Opened again later (a new tab: what the closed one showed is gone with it; the deletion is kept in this browser).
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(running.server.url);
    await page.locator('.msg.notice', { hasText: 'Trang đang gửi lại yêu cầu xóa tin bạn đã bấm trước đây' }).waitFor();
    await page.locator('.msg.bot', { hasText: 'Đã xóa những gì tin này để lại trong trợ lý' }).waitFor();
    await idle();
    expect(stored()).toBe(0);
    const pending = await page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('tro-ly-giam-ngheo.erase-messages'));
    expect(pending).toBeNull();
    // The greeting still comes after it.
    await page.locator('.msg.bot').getByRole('button', { name: 'Kiểm tra hộ gia đình' }).first().waitFor();
  });

  it('threw no error beyond the requests refused while offline', () => {
    expect(pageErrors.filter((line) => !line.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
