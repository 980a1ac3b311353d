/**
 * A resident on a cheap phone (PHONES.cheap, 360×640, touch) in headless Chromium, round 26: the check's questions with
 * their answer buttons, the same page with the on-screen keyboard up (the page resized to what is left above it, 360×340),
 * and "Xóa tin này" on a typed message: a small "Xóa" at the end of it (named "Xóa tin này", 40px to tap), deleting on
 * the server as before.
 * Was: each answer a full-width button of its own line (five lines of 44px under a question; "Sửa số người" squeezed into
 * a button four lines high beside two others), and with the keyboard up a two-row header of 90px leaving 190px of
 * conversation; "Xóa tin này" a bordered 40px button on a line of its own under every typed message (117px for one line).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { unansweredKept } from '../server/harness.ts';
import { serviceAndBrowser, newPhoneContext, PHONES } from './chromium.ts';

/** The cheap phone with its keyboard up: about 300px of its 640 taken by the keyboard. */
const KEYBOARD_UP = { width: PHONES.cheap.width, height: 340 };

const running = serviceAndBrowser();
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  page = await (await newPhoneContext(running.browser, PHONES.cheap)).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

interface Box { top: number; bottom: number; left: number; right: number; height: number; width: number }
interface Element { getBoundingClientRect(): Box; textContent: string; scrollTop: number; scrollHeight: number; querySelectorAll(selector: string): ArrayLike<Element> }
interface Doc { getElementById(id: string): Element; querySelector(s: string): Element }

const lastBot = () => page.locator('.msg.bot').last();
const idle = () => page.waitForFunction(() => (globalThis as unknown as { document: Doc }).document.getElementById('status').textContent === '', undefined, { timeout: 30_000 });

async function answered(action: () => Promise<void>): Promise<void> {
  const before = await page.locator('.msg.bot').count();
  await action();
  await page.locator('.msg.bot').nth(before).waitFor({ timeout: 30_000 });
  await idle();
}

async function type(text: string): Promise<void> {
  await answered(async () => {
    await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill(text);
    await page.keyboard.press('Enter');
  });
}

/** The buttons of a bubble: label, top, height, width. */
async function buttonsOf(bubble: ReturnType<Page['locator']>): Promise<{ label: string; top: number; height: number; width: number }[]> {
  return bubble.evaluate((node: unknown) =>
    Array.from((node as Element).querySelectorAll('button')).map((button) => {
      const box = button.getBoundingClientRect();
      return { label: button.textContent, top: Math.round(box.top), height: box.height, width: box.width };
    }),
  );
}

describe('a check question on a 360×640 phone, and the page with the keyboard up', () => {
  it('"co phai ho ngheo ko": the answers are chips in at most three lines of one-line buttons, 40px or more to tap', async () => {
    await page.goto(running.server.url);
    await lastBot().getByRole('button', { name: 'Kiểm tra hộ gia đình' }).waitFor();
    await idle();
    await type('nha tui 4 nguoi o que thu nhap 1tr2 moi nguoi co phai ho ngheo ko');
    await answered(() => lastBot().getByRole('button', { name: 'Không lưu' }).tap());
    await page.screenshot({ path: 'test/artifacts/phone-round26-web7-question.png' });

    // "Mình hiểu về hộ của bạn như sau" and its three buttons: each label on one line, not a button four lines high.
    const understood = page.locator('.msg.bot', { hasText: 'Mình hiểu về hộ của bạn' }).last();
    const fixes = await buttonsOf(understood);
    expect(fixes.map((button) => button.label)).toEqual(['Đổi sang Thành thị', 'Sửa số người', 'Sửa thu nhập']);
    for (const button of fixes) {
      expect(button.height, button.label).toBeGreaterThanOrEqual(40);
      expect(button.height, button.label).toBeLessThanOrEqual(48);
    }

    const question = lastBot();
    expect(await question.innerText()).toMatch(/Câu \d+\/15/);
    const answers = await buttonsOf(question);
    expect(answers.map((button) => button.label)).toEqual(['Có, có người như vậy', 'Không, không có ai', 'Không rõ', 'Quay lại', 'Hủy']);
    for (const button of answers) {
      expect(button.height, button.label).toBeGreaterThanOrEqual(40);
      expect(button.height, button.label).toBeLessThanOrEqual(48);
      expect(button.width, button.label).toBeGreaterThanOrEqual(64);
    }
    const lines = new Set(answers.map((button) => button.top));
    expect(lines.size).toBeLessThanOrEqual(3);
    const buttonsHeight = Math.max(...answers.map((button) => button.top + button.height)) - Math.min(...answers.map((button) => button.top));
    // Three lines of 44px (a thumb's tap since round 27) and their gaps.
    expect(buttonsHeight).toBeLessThanOrEqual(3 * 44 + 2 * 6);

    // Still real buttons, named by their label: tapping one answers the question.
    const asked = (await question.innerText()).match(/Câu (\d+)\/15/)![1]!;
    await answered(() => question.getByRole('button', { name: 'Không, không có ai' }).tap());
    expect(await lastBot().innerText()).toContain(`Câu ${Number(asked) + 1}/15`);
  });

  it('with the keyboard up (360×340) the header is one row and the last answer keeps 220px of the screen', async () => {
    await page.setViewportSize(KEYBOARD_UP);
    await page.locator('#question').focus();
    await page.evaluate(() => {
      const log = (globalThis as unknown as { document: Doc }).document.getElementById('log');
      log.scrollTop = log.scrollHeight;
    });
    await page.screenshot({ path: 'test/artifacts/phone-round26-web7-keyboard.png' });
    const geometry = await page.evaluate(() => {
      const document = (globalThis as unknown as { document: Doc }).document;
      const log = document.getElementById('log').getBoundingClientRect();
      const bubbles = document.getElementById('log').querySelectorAll('.msg.bot');
      const last = bubbles[bubbles.length - 1]!.getBoundingClientRect();
      return {
        header: document.querySelector('header').getBoundingClientRect().height,
        lastVisible: Math.min(last.bottom, log.bottom) - Math.max(last.top, log.top),
      };
    });
    expect(geometry.header).toBeLessThanOrEqual(50);
    expect(geometry.lastVisible).toBeGreaterThanOrEqual(220);
    // What the header holds is still there, on the screen, big enough to tap.
    for (const control of [page.getByRole('button', { name: 'Menu' }), page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }), page.locator('#notice summary')]) {
      const box = (await control.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(40);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(KEYBOARD_UP.width);
      expect(box.y + box.height).toBeLessThanOrEqual(geometry.header + 1);
    }
    // The keyboard down again: the title is back.
    await page.setViewportSize(PHONES.cheap);
    expect(await page.getByRole('heading', { name: 'Trợ lý Giảm nghèo' }).boundingBox()).toMatchObject({ width: expect.any(Number) });
    expect((await page.getByRole('heading', { name: 'Trợ lý Giảm nghèo' }).boundingBox())!.width).toBeGreaterThan(50);
    expect(pageErrors).toEqual([]);
  });
});

describe('"Xóa tin này" on a 360×640 phone', () => {
  it('a message is as high as its text with its "Xóa" inside it, 40px to tap, and the tap still deletes on the server', async () => {
    // A resident of their own (the check above is still going on in the first page's session).
    page = await (await newPhoneContext(running.browser, PHONES.cheap)).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(running.server.url);
    await page.locator('.msg.bot').first().waitFor();
    await idle();
    const question = 'chu oi bua nay tui coi da banh o dau dc';
    await type(question);
    expect(unansweredKept(running.server.databasePath, question)).toBe(1);
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
    expect(unansweredKept(running.server.databasePath, question)).toBe(0);
    expect(await page.locator('.msg.user.deleted', { hasText: 'Tin đã xóa.' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
