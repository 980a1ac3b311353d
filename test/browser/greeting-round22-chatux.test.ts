/**
 * Round 22 (chatux): the web chat page opened on a cheap phone (360x640, headless Chromium). The greeting was 1.037px tall in a
 * chat area of 492px: its choices two screens down, under what the assistant cannot do. Now the whole greeting and its choices
 * are on the first screen, the box to type in still visible.
 */
import { describe, expect, it } from 'vitest';
import { serviceAndBrowser, newPhoneContext, PHONES } from './chromium.ts';

const running = serviceAndBrowser();

describe('the greeting on a 360x640 phone', () => {
  it('is on the first screen with its three choices, the box to type in below it; "Trợ lý làm được gì" gives the rest', async () => {
    const context = await newPhoneContext(running.browser, PHONES.cheap);
    try {
      const page = await context.newPage();
      await page.goto(running.server.url);
      const greeting = page.locator('.msg.bot').last();
      const last = greeting.getByRole('button', { name: 'Trợ lý làm được gì' });
      await last.waitFor();
      const [bubble, input, lastChoice] = await Promise.all([greeting.boundingBox(), page.getByRole('textbox').first().boundingBox(), last.boundingBox()]);
      expect(bubble!.height).toBeLessThan(480);
      expect(lastChoice!.y + lastChoice!.height).toBeLessThanOrEqual(input!.y);
      await last.click();
      await page.locator('.msg.bot', { hasText: 'Mình không thể công nhận hay xác nhận hộ nghèo' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
