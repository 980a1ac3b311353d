/**
 * The Telegram webhook's refusals over real HTTP (real app, webhook mode against the Bot API
 * emulator): a wrong method, a missing or wrong secret and a body that is not an update get the
 * API's one error shape, `{"error": {"message"}}` in Vietnamese JSON, like every other route.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queuedTextMessage, webhookTextUpdate } from './emulator.ts';
import { TelegramHarness, TEST_SECRET } from './harness.ts';

let directory: string;
let harness: TelegramHarness;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'telegram-webhook-'));
  harness = await TelegramHarness.start({ mode: 'webhook', databasePath: join(directory, 'bot.db') });
}, 60_000);
afterAll(async () => {
  await harness?.close();
  rmSync(directory, { recursive: true, force: true });
});

async function expectJsonError(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: { message?: unknown } };
  expect(typeof body.error?.message).toBe('string');
  const message = body.error!.message as string;
  // Vietnamese, for a person reading the platform's delivery log.
  expect(message).toMatch(/[àáảãạăâđêôơưệộ]/i);
  return message;
}

describe('Telegram webhook refusals', () => {
  it('405 for a method other than POST, with Allow', async () => {
    const response = await fetch(harness.webhookUrl!, { method: 'GET', headers: { 'X-Telegram-Bot-Api-Secret-Token': TEST_SECRET } });
    expect(response.headers.get('allow')).toBe('POST');
    await expectJsonError(response, 405);
  });

  it('401 for a missing or wrong secret, and nothing is answered', async () => {
    const body = JSON.stringify(webhookTextUpdate(91, 9101, 'nha tui 4 nguoi thu nhap 3 trieu'));
    const headers = { 'Content-Type': 'application/json' };
    await expectJsonError(await fetch(harness.webhookUrl!, { method: 'POST', headers, body }), 401);
    const wrong = await fetch(harness.webhookUrl!, { method: 'POST', headers: { ...headers, 'X-Telegram-Bot-Api-Secret-Token': `${TEST_SECRET}x` }, body });
    expect(await expectJsonError(wrong, 401)).toContain('mã bí mật');
    // A sync point instead of a pause: the bot handles one chat's updates in order
    // (sequentialize), so once a later, accepted /start from the same chat is handled, a refused
    // update that had slipped through would have been handled (and answered) before it.
    const accepted = await harness.emulator.push(queuedTextMessage(9101, '/start'));
    await harness.emulator.waitFor(() => harness.wasHandled(accepted.updateId));
    expect(harness.wasHandled(91)).toBe(false);
    const texts = harness.emulator.messagesTo(9101).map((message) => message.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => text.startsWith('Xin chào'))).toBe(true);
  });

  it('400 for a body that is not an update', async () => {
    for (const body of ['{"message": {}}', 'not json', '[]']) {
      const response = await fetch(harness.webhookUrl!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': TEST_SECRET },
        body,
      });
      await expectJsonError(response, 400);
    }
  });
});
