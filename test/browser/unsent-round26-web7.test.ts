/**
 * A message typed with no connection ("Chưa gửi được") on a cheap phone (PHONES.cheap) in headless Chromium, round 26:
 * kept in this browser (only the resident's own words, with the session's id, RETENTION.unsentHours at most) and offered
 * again with "Gửi lại" after a reload of the tab, or in a new tab after the old one was closed.
 * Was: gone at the reload (a reload of the same tab showed it as if it had been sent; a new tab did not show it at all).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETENTION } from '../../src/privacy/retention.ts';
import { serviceAndBrowser, newPhoneContext, PHONES } from './chromium.ts';

const UNSENT_KEY = 'tro-ly-giam-ngheo.unsent';

const running = serviceAndBrowser();
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

function watch(opened: Page): Page {
  opened.on('pageerror', (error) => pageErrors.push(error.message));
  return opened;
}

beforeAll(async () => {
  context = await newPhoneContext(running.browser, PHONES.cheap);
  page = watch(await context.newPage());
});

afterAll(async () => {
  await context?.setOffline(false).catch(() => {});
});

const idle = () =>
  page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } } }).document.getElementById('status').textContent === '', undefined, { timeout: 30_000 });

/** What this browser keeps of the unsent messages, as the page wrote it. */
const stored = () =>
  page.evaluate((key) => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem(key), UNSENT_KEY);

async function typeOffline(text: string): Promise<void> {
  await context.setOffline(true);
  try {
    await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill(text);
    await page.keyboard.press('Enter');
    await page.locator('.msg.user.unsent', { hasText: text }).waitFor({ timeout: 30_000 });
    await idle();
  } finally {
    await context.setOffline(false);
  }
}

describe('a message that could not be sent, after a reload', () => {
  it('"Chưa gửi được" is still there after the reload with "Gửi lại", and the tap sends it: answered, no longer kept', async () => {
    await page.goto(running.server.url);
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    const question = 'ho can ngheo vay von dc ko bn';
    await typeOffline(question);
    // Only the resident's own words, the page's id for them and when: nothing of the replies or the notices.
    const kept = JSON.parse((await stored())!) as { sessionId: string; messages: Record<string, unknown>[] };
    expect(kept.messages).toEqual([{ messageId: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), text: question, at: expect.any(Number) }]);
    expect(Object.keys(kept).sort()).toEqual(['messages', 'sessionId']);

    await page.reload();
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    const bubble = page.locator('.msg.user', { hasText: question });
    expect(await bubble.count()).toBe(1);
    expect(await bubble.innerText()).toContain('Chưa gửi được');
    await bubble.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/artifacts/unsent-round26-web7-reload.png' });
    const again = bubble.getByRole('button', { name: 'Gửi lại' });
    expect((await again.boundingBox())!.height).toBeGreaterThanOrEqual(40);

    const before = await page.locator('.msg.bot').count();
    await again.tap();
    await page.locator('.msg.bot').nth(before).waitFor({ timeout: 30_000 });
    await idle();
    expect(await page.locator('.msg.bot').last().innerText()).toMatch(/vay vốn/i);
    expect(await bubble.innerText()).not.toContain('Chưa gửi được');
    expect(await bubble.getByRole('button', { name: 'Gửi lại' }).count()).toBe(0);
    expect(await stored()).toBeNull();
    // Answered once: the page shows it once after another reload, as sent.
    await page.reload();
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    expect(await page.locator('.msg.user', { hasText: question }).count()).toBe(1);
    expect(await page.locator('.msg.user.unsent').count()).toBe(0);
  });

  it('the tab closed while offline: a new tab offers it after the greeting; one older than RETENTION.unsentHours is dropped', async () => {
    const question = 'tui muon hoi hoc phi cho con nha ngheo';
    await typeOffline(question);
    await page.close();
    page = watch(await context.newPage());
    await page.goto(running.server.url);
    await page.locator('.msg.notice', { hasText: 'Tin bạn gõ trước đây chưa gửi được' }).waitFor({ timeout: 30_000 });
    const bubble = page.locator('.msg.user', { hasText: question });
    expect(await bubble.innerText()).toContain('Chưa gửi được');
    expect(await bubble.getByRole('button', { name: 'Gửi lại' }).count()).toBe(1);
    // Typed again in the box (the resident does not see the button): the same message goes, not a second bubble.
    await idle();
    const before = await page.locator('.msg.bot').count();
    await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill(question);
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot').nth(before).waitFor({ timeout: 30_000 });
    await idle();
    expect(await page.locator('.msg.user', { hasText: question }).count()).toBe(1);
    expect(await page.locator('.msg.user.unsent').count()).toBe(0);
    expect(await stored()).toBeNull();

    // Kept longer than RETENTION.unsentHours: not offered, and taken out of the browser.
    const old = 'tui o que co dc ho tro tien dien ko';
    await typeOffline(old);
    await page.evaluate(
      ({ key, hours }) => {
        const storage = (globalThis as unknown as { localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void } }).localStorage;
        const kept = JSON.parse(storage.getItem(key)!) as { messages: { at: number }[] };
        for (const message of kept.messages) message.at -= (hours * 60 + 1) * 60_000;
        storage.setItem(key, JSON.stringify(kept));
      },
      { key: UNSENT_KEY, hours: RETENTION.unsentHours },
    );
    await page.close();
    page = watch(await context.newPage());
    await page.goto(running.server.url);
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    expect(await page.locator('.msg.user', { hasText: old }).count()).toBe(0);
    expect(await page.locator('.msg.notice').count()).toBe(0);
    expect(await stored()).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('"Xóa dữ liệu của tôi" pressed while still offline: the unsent words leave the browser and the page at once, and a reload does not offer them again', async () => {
    await page.goto(running.server.url);
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    const question = 'tui ten Lan sdt 0912345678 muon hoi ve ho ngheo';
    await typeOffline(question);
    expect(await stored()).toContain('0912345678');
    page.once('dialog', (dialog) => void dialog.accept());
    await context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).tap();
      await page.locator('.msg.notice', { hasText: 'Chưa xóa được dữ liệu của bạn' }).waitFor({ timeout: 30_000 });
      await idle();
      // Was: kept in localStorage while the deletion waited for the server, and shown again with "Gửi lại" after a reload.
      expect(await stored()).toBeNull();
      expect(await page.locator('.msg.user', { hasText: question }).count()).toBe(0);
    } finally {
      await context.setOffline(false);
    }
    await page.reload();
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    expect(await page.locator('.msg.user', { hasText: question }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gửi lại' }).count()).toBe(0);
    expect(await stored()).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
