/**
 * Round 21b (the resident on a cheap small phone): the web chat page in headless Chromium at 360x640, with the on-screen
 * keyboard up (360x400), at 320x568 and in a large desktop window. The conversation gets most of the screen (the tryout found
 * 59% at 360x640: the four-line notice and the list-check bar took 178px), nothing is wider than the screen, the box to type in
 * stays visible, the notices the law needs are a tap away, and every control is large enough to tap and to read.
 * Screenshots under test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceAndBrowser } from './chromium.ts';

/** What the functions run in the page use of it (this project's TypeScript has no DOM types). */
interface Styles {
  document: { activeElement: unknown };
  getComputedStyle(node: unknown): { fontSize: string; outlineStyle: string; outlineWidth: string };
}

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

const running = serviceAndBrowser();
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

/** The page at this size, greeted (the menu shown), as a phone (touch) below 800px wide. */
async function open(width: number, height: number): Promise<Page> {
  const phone = width < 800;
  const context = await running.browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone, locale: 'vi-VN' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(running.server.url);
  await page.locator('.msg.bot').last().getByRole('button', { name: 'Kiểm tra hộ gia đình' }).waitFor();
  return page;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found;
}

/** The page's width as laid out (wider than the viewport: the user must scroll sideways). */
const pageWidth = (page: Page) => page.locator('html').evaluate((html) => (html as unknown as { scrollWidth: number }).scrollWidth);

/** Every visible control (buttons, folds, the box to type in) with its height, and the text under 15px, as "what: size". */
async function smallThings(page: Page): Promise<{ controls: string[]; text: string[] }> {
  const controls: string[] = [];
  for (const control of await page.locator('button:visible, summary:visible, textarea:visible').all()) {
    const found = await control.boundingBox();
    if (found && found.height < 40) controls.push(`${(await control.textContent())?.trim()}: ${Math.round(found.height)}px`);
  }
  const text: string[] = [];
  for (const element of await page.locator('header :visible, footer :visible, .msg :visible').all()) {
    const size = await element.evaluate((node) => {
      const kids = (node as unknown as { childNodes: ArrayLike<{ nodeType: number; textContent: string | null }> }).childNodes;
      const own = Array.from(kids).some((child) => child.nodeType === 3 && (child.textContent ?? '').trim() !== '');
      return own ? parseFloat((globalThis as unknown as Styles).getComputedStyle(node).fontSize) : undefined;
    });
    if (size !== undefined && size < 15) text.push(`${(await element.textContent())?.trim().slice(0, 30)}: ${size}px`);
  }
  return { controls, text };
}

describe('the web chat on a small phone (360x640)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(360, 640);
  });

  it('gives the conversation at least 75% of the screen (was 378 of 640px, 59%), nothing wider than the screen', async () => {
    await page.screenshot({ path: `${ARTIFACTS}web-page-360x640.png` });
    const log = await box(page, '#log');
    expect(log.height).toBeGreaterThanOrEqual(0.75 * 640);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    // The notice is one line, a fold's height (was four lines beside "Xóa dữ liệu của tôi").
    expect((await box(page, '#notice')).height).toBeLessThanOrEqual(44);
    const footer = await box(page, 'footer');
    expect(footer.y + footer.height).toBeLessThanOrEqual(641);
  });

  it('keeps "Chỉ để tham khảo" in sight, its full text and the privacy notice one tap away', async () => {
    const notice = page.locator('#notice summary');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Chỉ để tham khảo');
    await notice.click();
    const full = (await page.locator('#notice').textContent()) ?? '';
    expect(full).toContain('việc công nhận hộ nghèo, hộ cận nghèo do Chủ tịch UBND cấp xã quyết định sau khi rà soát (Quyết định 24/2021/QĐ-TTg)');
    expect(full).toContain('chỉ lưu câu trả lời kiểm tra hộ gia đình khi bạn chọn “Đồng ý lưu” (tối đa 30 ngày');
    expect(full).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15');
    await page.screenshot({ path: `${ARTIFACTS}web-page-360x640-notice.png` });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    // "Trợ lý lưu gì về tôi?" asks the chat, which says what it keeps and how to delete it; the fold closes.
    const before = await page.locator('.msg.bot').count();
    await page.getByRole('button', { name: 'Trợ lý lưu gì về tôi?' }).click();
    await page.locator('.msg.bot').nth(before).waitFor();
    expect(await page.locator('.msg.bot').last().textContent()).toContain('Trợ lý lưu gì về bạn');
    expect(await page.locator('#notice').evaluate((details) => (details as unknown as { open: boolean }).open)).toBe(false);
  });

  it('keeps "Xóa dữ liệu của tôi" and the cadres’ list check on the screen, the list check folded', async () => {
    expect(await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Tệp danh sách').isVisible()).toBe(false);
    // Under the name the chat tells cadres to open (“Kiểm tra danh sách hộ”), beside the notice, in the same row.
    const lists = page.getByText('Kiểm tra danh sách hộ');
    expect(await lists.isVisible()).toBe(true);
    expect(Math.round((await box(page, '#lists')).y)).toBe(Math.round((await box(page, '#notice')).y));
    await lists.click();
    expect(await page.getByLabel('Tệp danh sách').isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}web-page-360x640-lists.png` });
    // Open, it leaves the box to type in on the screen.
    expect(await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').isVisible()).toBe(true);
    const footer = await box(page, 'footer');
    expect(footer.y + footer.height).toBeLessThanOrEqual(641);
    await page.locator('#lists summary').click();
  });

  it('has every control at least 40px high and no text under 15px', async () => {
    expect(await smallThings(page)).toEqual({ controls: [], text: [] });
  });
});

describe('the web chat with the on-screen keyboard up (360x400)', () => {
  it('keeps the box to type in and "Gửi" in the screen, the conversation above them', async () => {
    const page = await open(360, 400);
    const input = page.getByLabel('Câu hỏi hoặc câu trả lời của bạn');
    await input.focus();
    await page.screenshot({ path: `${ARTIFACTS}web-page-360x400.png` });
    for (const selector of ['#question', '#send']) {
      const found = await box(page, selector);
      expect(found.y).toBeGreaterThanOrEqual(0);
      expect(found.y + found.height).toBeLessThanOrEqual(400);
    }
    expect((await box(page, '#log')).height).toBeGreaterThanOrEqual(0.6 * 400);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });
});

describe('the web chat on a 320x568 phone and in a large window', () => {
  it('320x568: nothing wider than the screen, the conversation at least 70% of it, controls tappable, text readable', async () => {
    const page = await open(320, 568);
    await page.screenshot({ path: `${ARTIFACTS}web-page-320x568.png` });
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    expect((await box(page, '#log')).height).toBeGreaterThanOrEqual(0.7 * 568);
    expect(await smallThings(page)).toEqual({ controls: [], text: [] });
  });

  it('1440x900: the column stays readable (at most 49rem wide, centred), the notice in full with "Xem thêm" beside the list check in one row', async () => {
    const page = await open(1440, 900);
    await page.screenshot({ path: `${ARTIFACTS}web-page-1440x900.png` });
    const log = await box(page, '#log');
    expect(log.width).toBeLessThanOrEqual(49 * 16);
    expect(Math.round((await box(page, '#lists')).y)).toBe(Math.round((await box(page, '#notice')).y));
    expect(Math.abs(log.x + log.width / 2 - 720)).toBeLessThanOrEqual(1);
    expect(await page.locator('#notice summary').textContent()).toBe('Chỉ để tham khảo: UBND cấp xã quyết định công nhận hộ nghèo. Xem thêm');
    expect(await page.locator('#lists summary').innerText()).toBe('Kiểm tra danh sách hộ');
    expect(log.height).toBeGreaterThanOrEqual(0.75 * 900);
  });

  it('by keyboard: Tab reaches the box with a visible focus ring, Enter sends', async () => {
    const page = await open(360, 640);
    const input = page.getByLabel('Câu hỏi hoặc câu trả lời của bạn');
    let reached = false;
    for (let step = 0; step < 30 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await input.evaluate((node) => node === (globalThis as unknown as Styles).document.activeElement);
    }
    expect(reached).toBe(true);
    // Focus is marked: the box by the ring of :focus-visible, as the button before it.
    const ringOf = () =>
      page.evaluate(() => {
        const view = globalThis as unknown as Styles;
        const style = view.getComputedStyle(view.document.activeElement);
        return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
    expect((await ringOf()).outline).toBe('solid');
    await page.keyboard.press('Shift+Tab');
    const ring = await ringOf();
    expect(ring.outline).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await input.focus();
    const before = await page.locator('.msg.bot').count();
    await page.keyboard.type('ho can ngheo dc bhyt ko');
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot').nth(before).waitFor();
    expect(await page.locator('.msg.user').last().textContent()).toContain('ho can ngheo dc bhyt ko');
    expect(await input.inputValue()).toBe('');
  });
});
