/**
 * Long polling against the fake platform when things go wrong: errors of every kind back off and
 * recover, a refused address is retried until the platform comes up, a webhook left from an
 * earlier run is removed first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatCore } from '../../../src/chat/types.ts';
import type { ZaloChannel } from '../../../src/channels/zalo/index.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from './fake-zalo-server.ts';
import { captureLog, FAST_RETRY, freePort, startZaloAgainst, TOKEN } from './harness.ts';

const echoCore: ChatCore = {
  commands: [],
  inlineAnswers: () => [],
  handle: async (message) => [{ spans: [{ text: `đã nhận: ${message.text ?? ''}` }] }],
};

let fake: FakeZalo | undefined;
let channel: ZaloChannel | undefined;
afterEach(async () => {
  await channel?.stop();
  await fake?.close();
  channel = undefined;
  fake = undefined;
});


describe('Zalo long polling', () => {
  it('removes a leftover webhook before the first getUpdates', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    await fetch(`${fake.apiRoot}/bot${TOKEN}/setWebhook`, {
      method: 'POST',
      body: JSON.stringify({ url: 'https://example.org/old', secret_token: 'cu-12345678' }),
    });
    channel = await startZaloAgainst(fake.apiRoot, echoCore, captureLog().logger);
    expect(channel.mode).toBe('polling');
    await fake.waitFor('the first poll', () => fake!.callsOf('getUpdates').length > 0);
    const methods = fake.calls.map((call) => call.method);
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
    expect(fake.webhook).toBeUndefined();
  });

  it('backs off on ok:false, HTTP 500 and dropped connections, then recovers', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    fake.failNext('getUpdates', 'ok-false');
    fake.failNext('getUpdates', 'http-500');
    fake.failNext('getUpdates', 'drop');
    const log = captureLog();
    channel = await startZaloAgainst(fake.apiRoot, echoCore, log.logger);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'vẫn nghe chứ?' }));
    await fake.waitFor('the reply', () => fake!.sent.length === 1);
    expect(fake.sentTo('u-1')).toEqual(['đã nhận: vẫn nghe chứ?']);
    const failures = log.events('zalo.call_failed');
    expect(failures.map((event) => event.step)).toEqual(['getUpdates', 'getUpdates', 'getUpdates']);
    // Each failure waits twice as long as the one before.
    expect(failures.map((event) => event.retryInMs)).toEqual([
      FAST_RETRY.initialDelayMs,
      FAST_RETRY.initialDelayMs * 2,
      FAST_RETRY.initialDelayMs * 4,
    ]);
    expect(log.events('zalo.polling_recovered')).toHaveLength(1);
    expect(log.lines.join('')).not.toContain(TOKEN);
  });

  it('keeps retrying a refused address until the platform is up', async () => {
    const port = await freePort();
    const log = captureLog();
    channel = await startZaloAgainst(`http://127.0.0.1:${port}`, echoCore, log.logger);
    const deadline = Date.now() + 10_000;
    while (log.events('zalo.call_failed').length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(log.events('zalo.call_failed')[0]).toMatchObject({ step: 'prepare', error: { name: 'ZaloNetworkError' } });
    fake = await startFakeZalo({ token: TOKEN, port });
    fake.pushUpdate(zaloUpdate('u-1', { text: 'đã lên' }));
    await fake.waitFor('the reply', () => fake!.sent.length === 1, 20_000);
    expect(fake.sentTo('u-1')).toEqual(['đã nhận: đã lên']);
  });

  it('treats the live API’s 408 idle answer as an empty poll, not a failure', async () => {
    fake = await startFakeZalo({ token: TOKEN, resultShape: 'single' });
    const log = captureLog();
    channel = await startZaloAgainst(fake.apiRoot, echoCore, log.logger, undefined, 1);
    await fake.waitFor('idle polls', () => fake!.callsOf('getUpdates').length >= 2);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'một' }));
    fake.pushUpdate(zaloUpdate('u-1', { text: 'hai' }));
    await fake.waitFor('two replies', () => fake!.sent.length === 2);
    expect(fake.sentTo('u-1')).toEqual(['đã nhận: một', 'đã nhận: hai']);
    expect(log.events('zalo.call_failed')).toHaveLength(0);
  });
});
