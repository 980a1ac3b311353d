/**
 * A resident on a cheap Android phone (360×640 and 320×568, deviceScaleFactor 2, touch) asks "ho ngheo dc ho tro j" in
 * headless Chromium, round 27: the answer's start is on the screen without scrolling, every button and fold of the page is
 * 44px or more to tap with a thumb, no text to read smaller than 16px (a control's bold label 15px), nothing runs off the
 * side (the answer, its "Chi tiết từng khoản" with the decrees' numbers and links); with the on-screen keyboard up (300px
 * taken) the header is one row, its notice cut short with "…".
 * Was: the answer's buttons, "Menu", "Xóa dữ liệu", "Chỉ để tham khảo", "Kiểm tra danh sách hộ", a message's "Xóa" and
 * "Gửi lại" 40px high; the notes of the privacy notice and the list check 15px; with the keyboard up "Chỉ để tham kh".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPhoneContext, serviceAndBrowser } from './chromium.ts';

const PHONES = [
  { width: 360, height: 640 },
  { width: 320, height: 568 },
] as const;
/** The on-screen keyboard of a cheap phone: about 300px of its height. */
const KEYBOARD = 300;

const pageErrors: string[] = [];

const running = serviceAndBrowser();

interface Box { top: number; bottom: number; left: number; right: number; height: number; width: number }
interface Node { getBoundingClientRect(): Box; textContent: string; tagName: string; id: string; className: string; scrollWidth: number; clientWidth: number }
interface Doc { getElementById(id: string): Node & { scrollTop: number }; querySelector(s: string): Node; querySelectorAll(s: string): ArrayLike<Node>; documentElement: Node }
interface Win { document: Doc; innerWidth: number; getComputedStyle(node: Node): { fontSize: string; display: string; visibility: string } }

const idle = (page: Page) =>
  page.waitForFunction(() => (globalThis as unknown as Win).document.getElementById('status').textContent === '', undefined, { timeout: 30_000 });

async function answered(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.locator('.msg.bot').count();
  await action();
  await page.locator('.msg.bot').nth(before).waitFor({ timeout: 30_000 });
  await idle(page);
}

/** What a thumb taps and what is read on the page as it is now: each shown control's height and font size, each shown
 * element running past the screen's right edge, and how far the page scrolls sideways. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const window = globalThis as unknown as Win;
    const document = window.document;
    const name = (node: Node) => `${node.tagName.toLowerCase()}${node.id ? '#' + node.id : ''} “${(node.textContent || '').trim().slice(0, 40)}”`;
    const shown = (node: Node) => {
      const box = node.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && window.getComputedStyle(node).visibility !== 'hidden';
    };
    const controls = Array.from(document.querySelectorAll('button, summary, textarea, input, select, a')).filter(shown);
    const inControl = (node: Node) => (node as unknown as { closest(s: string): Node | null }).closest('button, summary') !== null;
    const texts = Array.from(document.querySelectorAll('body *')).filter(
      (node) => shown(node) && Array.from((node as unknown as { childNodes: ArrayLike<{ nodeType: number; textContent: string }> }).childNodes).some((child) => child.nodeType === 3 && child.textContent.trim() !== ''),
    );
    const size = (node: Node) => parseFloat(window.getComputedStyle(node).fontSize);
    return {
      lowTaps: controls.filter((node) => node.tagName !== 'A').filter((node) => node.getBoundingClientRect().height < 44).map((node) => `${name(node)} ${node.getBoundingClientRect().height}px`),
      // What is read (the answers, the notices, the notes): 16px or more; a button's or a fold's bold label: 15px or more.
      smallText: texts.filter((node) => size(node) < (inControl(node) ? 15 : 16)).map((node) => `${name(node)} ${size(node)}px`),
      overflowing: Array.from(document.querySelectorAll('body *')).filter((node) => shown(node) && node.getBoundingClientRect().right > window.innerWidth + 0.5).map(name),
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

describe.each(PHONES)('"ho ngheo dc ho tro j" on a $width×$height phone', (phone) => {
  let page: Page;

  it('the answer starts on the screen, every control is 44px to tap, no text to read under 16px, nothing off the side', async () => {
    page = await (await newPhoneContext(running.browser, phone, { deviceScaleFactor: 2 })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(running.server.url);
    await page.locator('.msg.bot').first().waitFor();
    await idle(page);
    const question = page.getByLabel('Câu hỏi hoặc câu trả lời của bạn');
    // The box's words at 16px or more: the phone does not zoom in when the resident taps it.
    expect(parseFloat(await question.evaluate((node) => (globalThis as unknown as Win).getComputedStyle(node as unknown as Node).fontSize))).toBeGreaterThanOrEqual(16);
    await answered(page, async () => {
      await question.fill('ho ngheo dc ho tro j');
      await page.keyboard.press('Enter');
    });
    await page.screenshot({ path: `test/artifacts/phone-round27-web8-${phone.width}-answer.png` });

    const answer = page.locator('.msg.bot', { hasText: 'Hỗ trợ cho hộ nghèo' }).last();
    const log = (await page.locator('#log').boundingBox())!;
    const start = (await answer.boundingBox())!;
    // Its title and its first lines are on the screen, under the header, without scrolling.
    expect(start.y).toBeGreaterThanOrEqual(log.y);
    expect(start.y + 120).toBeLessThanOrEqual(log.y + log.height);
    expect(log.height).toBeGreaterThanOrEqual(phone.height * 0.6);

    const seen = await measure(page);
    expect(seen.lowTaps).toEqual([]);
    expect(seen.smallText).toEqual([]);
    expect(seen.overflowing).toEqual([]);
    expect(seen.pageWidth).toBe(phone.width);

    // The notes under "Chỉ để tham khảo" (what is kept, the decision): read at 16px too.
    await page.locator('#notice summary').tap();
    expect(await page.getByRole('button', { name: 'Trợ lý lưu gì về tôi?' }).isVisible()).toBe(true);
    const notes = await measure(page);
    expect(notes.smallText).toEqual([]);
    expect(notes.lowTaps).toEqual([]);
    await page.locator('#notice summary').tap();

    // Its details: the decrees' numbers ("Nghị định …/NĐ-CP") and links wrap inside the screen too.
    const details = answer.getByRole('button', { name: 'Chi tiết từng khoản' });
    await details.scrollIntoViewIfNeeded();
    await answered(page, () => details.tap());
    expect(await page.locator('.msg.bot').last().innerText()).toMatch(/\d+\/\d{4}\/(NĐ-CP|QĐ-TTg|QH15)/);
    await page.screenshot({ path: `test/artifacts/phone-round27-web8-${phone.width}-details.png` });
    const detailed = await measure(page);
    expect(detailed.overflowing).toEqual([]);
    expect(detailed.pageWidth).toBe(phone.width);
    expect(detailed.lowTaps).toEqual([]);
    expect(detailed.smallText).toEqual([]);
  });

  it('with the keyboard up the header is one row and its buttons still 44px to tap', async () => {
    await page.setViewportSize({ width: phone.width, height: phone.height - KEYBOARD });
    await page.locator('#question').focus();
    await page.screenshot({ path: `test/artifacts/phone-round27-web8-${phone.width}-keyboard.png` });
    const header = (await page.locator('header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(50);
    for (const control of [page.getByRole('button', { name: 'Menu' }), page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }), page.locator('#notice summary')]) {
      const box = (await control.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    }
    // The notice cut short where it has no room ends in "…", not in half a word.
    const notice = await page.locator('#notice summary').evaluate((node) => {
      const summary = node as unknown as Node;
      const style = (globalThis as unknown as Win).getComputedStyle(summary) as unknown as { textOverflow: string; display: string };
      return { cut: summary.scrollWidth > summary.clientWidth, ellipsis: style.textOverflow === 'ellipsis' && style.display === 'block' };
    });
    if (notice.cut) expect(notice.ellipsis).toBe(true);
    const log = (await page.locator('#log').boundingBox())!;
    expect(log.height).toBeGreaterThanOrEqual(phone.height - KEYBOARD - 50 - 60);
    expect((await measure(page)).pageWidth).toBe(phone.width);
    expect(pageErrors).toEqual([]);
  });
});
