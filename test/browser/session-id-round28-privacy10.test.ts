/**
 * Round 28 (privacy10): the web chat's session id in the browser (localStorage) lasts as long as anything kept under it may be on
 * the server (WEB_SESSION_ID_DAYS: the longest of RETENTION's, 90 days) after its last use, then the page forgets it, with what the
 * browser kept for it, and talks under a new one. Was: kept for ever. A resident's phone (headless Chromium) opens the page again
 * after three months, after a month, and with an id kept before ids had a time.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETENTION, WEB_SESSION_ID_DAYS } from '../../src/privacy/retention.ts';
import { newPhoneContext, serviceAndBrowser } from './chromium.ts';

const SESSION_KEY = 'tro-ly-giam-ngheo.session';
const UNSENT_KEY = 'tro-ly-giam-ngheo.unsent';
const DAY_MS = 86_400_000;

/** The page's localStorage, inside page.evaluate (its functions run in the browser: nothing of this file is there). */
type Storage = { getItem(key: string): string | null; setItem(key: string, value: string): void };
type InPage = { localStorage: Storage };

const running = serviceAndBrowser();
let context: BrowserContext;
let page: Page;
/** The session ids the page sent to /api/chat. */
const sentIds: string[] = [];

beforeAll(async () => {
  context = await newPhoneContext(running.browser);
  page = await context.newPage();
  page.on('request', (request) => {
    if (request.url().endsWith('/api/chat')) sentIds.push((JSON.parse(request.postData() ?? '{}') as { sessionId: string }).sessionId);
  });
  await page.goto(running.server.url);
  await page.locator('.msg.bot').first().waitFor();
});

afterAll(async () => {
  await context?.close();
});

const kept = async () => JSON.parse((await page.evaluate((key) => (globalThis as unknown as InPage).localStorage.getItem(key), SESSION_KEY)) ?? 'null') as { id: string; at: number } | null;

/** The page opened again with `value` kept as its id (and an unsent message for `id`), greeted. */
async function reopenWith(value: string, id: string): Promise<void> {
  await page.evaluate(
    ([key, kept, unsentKey, unsent]) => {
      (globalThis as unknown as InPage).localStorage.setItem(key, kept);
      (globalThis as unknown as InPage).localStorage.setItem(unsentKey, unsent);
    },
    [SESSION_KEY, value, UNSENT_KEY, JSON.stringify({ sessionId: id, messages: [{ messageId: 'm1', text: 'nha tui 4 nguoi', at: Date.now() }] })] as const,
  );
  sentIds.length = 0;
  await page.reload();
  await page.locator('.msg.bot').first().waitFor();
  await expect.poll(() => sentIds.length).toBeGreaterThan(0);
}

describe('the session id kept in the browser', () => {
  it('is kept with the time of its last use, as long as the server data under it may last', async () => {
    expect(WEB_SESSION_ID_DAYS).toBe(Math.max(RETENTION.sessionDays, RETENTION.reportDays, RETENTION.unansweredDays, RETENTION.shareDays));
    const first = await kept();
    expect(first?.id).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(Date.now() - first!.at).toBeLessThan(60_000);
    // The page's note on personal data says so (its folded text is in the page).
    expect(await page.locator('#notice').textContent()).toContain(`bị bỏ sau ${WEB_SESSION_ID_DAYS} ngày không dùng`);
  });

  it('is forgotten when unused longer, with the unsent message kept for it, and the page talks under a new id', async () => {
    const old = 'AAAAAAAAAAAAAAAAAAAAAAAA';
    await reopenWith(JSON.stringify({ id: old, at: Date.now() - (WEB_SESSION_ID_DAYS + 1) * DAY_MS }), old);
    expect(sentIds).not.toContain(old);
    const now = await kept();
    expect(now?.id).not.toBe(old);
    expect(sentIds).toContain(now?.id);
    expect(await page.evaluate((key) => (globalThis as unknown as InPage).localStorage.getItem(key), UNSENT_KEY)).toBeNull();
    expect(await page.locator('.msg.user', { hasText: 'nha tui 4 nguoi' }).count()).toBe(0);
  });

  it('stays while it is younger, timed again from this use', async () => {
    const recent = 'BBBBBBBBBBBBBBBBBBBBBBBB';
    await reopenWith(JSON.stringify({ id: recent, at: Date.now() - (WEB_SESSION_ID_DAYS - 1) * DAY_MS }), recent);
    expect(new Set(sentIds)).toEqual(new Set([recent]));
    const now = await kept();
    expect(now?.id).toBe(recent);
    expect(Date.now() - now!.at).toBeLessThan(60_000);
  });

  it('keeps an id stored before ids had a time, timed from now', async () => {
    const bare = 'CCCCCCCCCCCCCCCCCCCCCCCC';
    await reopenWith(bare, bare);
    expect(new Set(sentIds)).toEqual(new Set([bare]));
    const now = await kept();
    expect(now?.id).toBe(bare);
    expect(Date.now() - now!.at).toBeLessThan(60_000);
  });
});
