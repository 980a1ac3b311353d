/**
 * A resident on a cheap Android phone (360×640, a slow connection: every message waits 800 ms on the way) in real headless
 * Chromium: the household in one sentence, the check's questions answered by tapping, then "bhyt co dc free ko",
 * "dang ky ho ngheo o dau", "xoa du lieu" confirmed, then a message sent with no connection at all.
 * Was: a long answer one run of text (a bullet's wrapped lines starting under the bullet, no gap between paragraphs), and
 * a message that could not be sent left in the conversation as if it had gone, the notice saying only "Không kết nối được
 * máy chủ. Vui lòng thử lại.", and a retry on a weak signal said only "Đang trả lời…".
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceAndBrowser, newPhoneContext } from './chromium.ts';

const WIDTH = 360;
const HEIGHT = 640;

const running = serviceAndBrowser();
let page: Page;

beforeAll(async () => {
  const context = await newPhoneContext(running.browser, { width: WIDTH, height: HEIGHT });
  page = await context.newPage();
  await page.route('**/api/chat', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
});

// The browser's globals, typed only as far as these probes use them.
interface Box { left: number; right: number; top: number; bottom: number; height: number; width: number }
interface Node { getBoundingClientRect(): Box; textContent: string; className: string; tagName: string }
interface Doc {
  documentElement: { clientWidth: number; scrollWidth: number };
  querySelectorAll(selector: string): ArrayLike<Node>;
  getElementById(id: string): { textContent: string } | null;
  createRange(): { selectNodeContents(node: Node): void; getClientRects(): ArrayLike<Box> };
}

const lastBot = () => page.locator('.msg.bot').last();

async function waitAnswered(before: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const document = (globalThis as unknown as { document: Doc }).document;
      return document.querySelectorAll('.msg.bot').length > count && document.getElementById('status')?.textContent === '';
    },
    before,
    { timeout: 30_000 },
  );
}

async function type(text: string): Promise<void> {
  const before = await page.locator('.msg.bot').count();
  await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill(text);
  await page.keyboard.press('Enter');
  await waitAnswered(before);
}

async function tap(name: string | RegExp): Promise<void> {
  const before = await page.locator('.msg.bot').count();
  await lastBot().getByRole('button', { name }).first().tap();
  await waitAnswered(before);
}

/** What sticks out of a 360px screen, and the visible buttons lower than 40px (a thumb's tap). */
async function layoutProblems(): Promise<{ pageWidth: number; wider: string[]; small: string[] }> {
  return page.evaluate(() => {
    const document = (globalThis as unknown as { document: Doc }).document;
    const width = document.documentElement.clientWidth;
    const wider = Array.from(document.querySelectorAll('.log *, header *, footer *'))
      .filter((node) => { const box = node.getBoundingClientRect(); return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5); })
      .map((node) => `${node.tagName}.${node.className} "${node.textContent.slice(0, 40)}"`);
    const small = Array.from(document.querySelectorAll('button, summary'))
      .filter((node) => { const box = node.getBoundingClientRect(); return box.height > 0 && box.height < 40; })
      .map((node) => `"${node.textContent.slice(0, 40)}" ${node.getBoundingClientRect().height}px`);
    return { pageWidth: document.documentElement.scrollWidth, wider, small };
  });
}

async function expectFitsThePhone(): Promise<void> {
  const problems = await layoutProblems();
  expect(problems).toEqual({ pageWidth: WIDTH, wider: [], small: [] });
  // The box to type in stays on the screen, under the conversation.
  const box = (await page.locator('#question').boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  expect(box.width).toBeGreaterThan(200);
}

describe('the web chat on a 360×640 phone with a slow connection', () => {
  it('a household check tapped to the end, health insurance, where to register, "xoa du lieu": every reply fits, long ones in paragraphs', async () => {
    await page.goto(running.server.url);
    await lastBot().getByRole('button', { name: 'Kiểm tra hộ gia đình' }).waitFor();
    await expectFitsThePhone();

    await type('nha tui 4 nguoi o que thu nhap 1tr2 moi nguoi co phai ho ngheo ko');
    expect(await page.locator('.msg.bot').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('1.200.000 đồng/người/tháng')]));
    await tap('Không lưu');
    let asked = 0;
    while (await lastBot().getByRole('button', { name: 'Quay lại' }).count()) {
      expect(await lastBot().innerText()).toMatch(/Câu \d+\/15/);
      await expectFitsThePhone();
      await tap(/^Không/);
      asked += 1;
      expect(asked).toBeLessThan(15);
    }
    const result = await lastBot().innerText();
    expect(result).toContain('Kết quả sàng lọc (tham khảo)');
    expect(result).toContain('1.500.000 đồng');
    await expectFitsThePhone();

    await type('bhyt co dc free ko');
    expect(await lastBot().innerText()).toContain('bảo hiểm y tế');
    await expectFitsThePhone();
    // Each line of the answer is its own paragraph; a bullet that wraps has its next lines indented under its text, right
    // of the "•".
    const bullets = await lastBot().evaluate((bubble: unknown) => {
      const document = (globalThis as unknown as { document: Doc }).document;
      const items = Array.from((bubble as { querySelectorAll(s: string): ArrayLike<Node> }).querySelectorAll('.line.item'));
      return items.map((item) => {
        const range = document.createRange();
        range.selectNodeContents(item);
        const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
        const top = rects[0]!.top;
        const first = Math.min(...rects.filter((rect) => Math.abs(rect.top - top) < 2).map((rect) => rect.left));
        const next = rects.filter((rect) => rect.top > top + 2).map((rect) => rect.left);
        return { text: item.textContent.slice(0, 30), first, next: next.length ? Math.min(...next) : null };
      });
    });
    expect(bullets.length).toBeGreaterThanOrEqual(1);
    const wrapped = bullets.filter((bullet) => bullet.next !== null);
    expect(wrapped.length).toBeGreaterThanOrEqual(1);
    for (const bullet of wrapped) expect(bullet.next! - bullet.first, bullet.text).toBeGreaterThanOrEqual(8);
    expect(await lastBot().locator('.line').count()).toBeGreaterThan(bullets.length);

    await type('dang ky ho ngheo o dau');
    expect(await lastBot().innerText()).toContain('UBND cấp xã');
    expect(await lastBot().locator('.line.item').count()).toBeGreaterThanOrEqual(2);
    await expectFitsThePhone();

    await type('xoa du lieu');
    await expectFitsThePhone();
    await tap('Xóa hết dữ liệu của tôi');
    expect(await page.locator('.msg.bot').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/đã xóa/i)]));
    await expectFitsThePhone();

    // The keyboard up: the screen 300px lower, the box to type in still on it.
    await page.setViewportSize({ width: WIDTH, height: 340 });
    await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').focus();
    const box = (await page.locator('#question').boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(340);
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  }, 240_000);

  it('a weak signal (the first two tries lost): the status line says the message is being sent again, then the answer comes', async () => {
    let tries = 0;
    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) => {
      tries += 1;
      return tries <= 2 ? route.abort('internetdisconnected') : route.continue();
    });
    const before = await page.locator('.msg.bot').count();
    const notices = await page.locator('.msg.notice').count();
    await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill('chuan ngheo nong thon bao nhieu');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const document = (globalThis as unknown as { document: Doc }).document;
      return /Mạng yếu, đang gửi lại \(lần [23]\/4\)…/.test(document.getElementById('status')?.textContent ?? '');
    });
    await expectFitsThePhone();
    await waitAnswered(before);
    expect(tries).toBe(3);
    expect(await lastBot().innerText()).toContain('đồng');
    expect(await page.locator('.msg.notice').count()).toBe(notices);
    expect(await page.locator('.msg.user.unsent').count()).toBe(0);
  }, 60_000);

  it('no connection at all: the message says under it that it was not sent, the notice says the message did not go', async () => {
    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) => route.abort('internetdisconnected'));
    const notices = await page.locator('.msg.notice').count();
    await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill('con tui di hoc co dc mien hoc phi ko');
    await page.keyboard.press('Enter');
    await page.locator('.msg.notice').nth(notices).waitFor({ timeout: 30_000 });
    const notice = await page.locator('.msg.notice').nth(notices).innerText();
    expect(notice).toContain('Tin nhắn chưa gửi được');
    expect(notice).toContain('Không kết nối được máy chủ');
    const mine = page.locator('.msg.user').last();
    expect(await mine.innerText()).toContain('con tui di hoc co dc mien hoc phi ko');
    expect(await mine.innerText()).toContain('Chưa gửi được');
    expect(await mine.getAttribute('class')).toContain('unsent');
    // What was typed is back in the box, to send again.
    expect(await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').inputValue()).toBe('con tui di hoc co dc mien hoc phi ko');
    await expectFitsThePhone();
    await page.screenshot({ path: '/tmp/tryout8/after-offline.png' });
    await page.unroute('**/api/chat');
  }, 60_000);
});
