/**
 * The web chat on a cheap phone in headless Chromium, behind a proxy that lets the server's answer begin and then stalls
 * it half-way (a 2G signal that drops mid-answer, a proxy that hangs): the limit covers the whole answer, not only its start.
 * - stalled once: the try is given up and the same message sent again (same id), the answer the server kept shown once;
 * - stalled at every try: a Vietnamese line says the answer was cut off, the question is kept to send again, "Gửi" free.
 * Was: the 20 s limit ended at the answer's first bytes; a stream stalled after them left "Đang trả lời…" for ever with
 * "Gửi" locked.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPhoneContext, serviceAndBrowser, PHONES } from './chromium.ts';

const running = serviceAndBrowser();
let context: BrowserContext;
let page: Page;
let proxy: Server;
/** How many more answers of /api/chat the proxy stalls half-way; the message ids it saw. */
const stall = { left: 0, ids: [] as string[], held: [] as ServerResponse[] };

/** Forwards to the service; an /api/chat answer while `stall.left` lasts: its head and half its body, then nothing. */
function forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', () => {
    const body = Buffer.concat(chunks);
    const stalling = incoming.url?.endsWith('/api/chat') === true && stall.left > 0;
    if (incoming.url?.endsWith('/api/chat')) {
      stall.ids.push((JSON.parse(body.toString('utf8')) as { messageId: string }).messageId);
      if (stalling) stall.left -= 1;
    }
    const target = new URL(incoming.url ?? '/', running.server.url);
    const upstream = request(target, { method: incoming.method, headers: { ...incoming.headers, host: target.host } }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (part: Buffer) => parts.push(part));
      answer.on('end', () => {
        const whole = Buffer.concat(parts);
        const headers = { ...answer.headers };
        delete headers['content-length'];
        outgoing.writeHead(answer.statusCode ?? 502, headers);
        if (!stalling) return void outgoing.end(whole);
        outgoing.write(whole.subarray(0, Math.floor(whole.length / 2)));
        stall.held.push(outgoing);
      });
    });
    upstream.end(body);
  });
}

beforeAll(async () => {
  proxy = createServer(forward);
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  context = await newPhoneContext(running.browser, PHONES.cheap);
  page = await context.newPage();
  // The page's timers run on a clock the test moves forward (a stalled answer is given up after seconds, not in real time).
  await page.clock.install();
  await page.goto(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`);
  await page.locator('.msg.bot').first().waitFor();
  await idle();
});

afterAll(async () => {
  for (const held of stall.held) held.destroy();
  await context?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

const idle = () =>
  page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } } }).document.getElementById('status').textContent === '', undefined, { timeout: 30_000 });

/** Asks `question` with `stalls` answers stalled, moving the page's clock on until the page is done with it. */
async function askStalled(question: string, stalls: number): Promise<string[]> {
  stall.left = stalls;
  stall.ids = [];
  await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').fill(question);
  await page.keyboard.press('Enter');
  for (let step = 0; step < 40; step++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const status = await page.locator('#status').textContent();
    if (stall.ids.length > stalls && status === '') break;
    if (stall.ids.length >= 4 && status === '') break;
    await page.clock.fastForward(5_000);
  }
  await idle();
  return stall.ids;
}

describe('an answer whose stream stalls after it began', () => {
  it('stalled once: sent again with the same id, the answer shown once, "Gửi" free again', async () => {
    const before = await page.locator('.msg.bot').count();
    const ids = await askStalled('ho ngheo dc vay von uu dai ko', 1);
    expect(ids.length).toBe(2);
    expect(ids[1]).toBe(ids[0]);
    expect(await page.locator('.msg.bot').count()).toBe(before + 1);
    expect(await page.locator('.msg.bot').last().innerText()).toMatch(/vay vốn/i);
    expect(await page.locator('.msg.notice').count()).toBe(0);
    expect(await page.locator('#send').isEnabled()).toBe(true);
  });

  it('stalled at every try: "bị ngắt giữa chừng", the question kept to send again, the box and "Gửi" free', async () => {
    const question = 'nha tui can ngheo co dc mien hoc phi ko';
    const ids = await askStalled(question, 4);
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(1);
    expect(await page.locator('.msg.notice').last().innerText()).toContain('Câu trả lời bị ngắt giữa chừng');
    expect(await page.locator('.msg.user.unsent', { hasText: question }).count()).toBe(1);
    expect(await page.getByLabel('Câu hỏi hoặc câu trả lời của bạn').inputValue()).toBe(question);
    expect(await page.locator('#send').isEnabled()).toBe(true);
  });
});
