/**
 * Webhook mode over real HTTP: the fake platform registers the webhook and delivers updates to
 * the channel's handler, mounted on a small node:http server on 127.0.0.1, with the secret header.
 * The core is scripted here so the test sees exactly what got through; the end-to-end tests run
 * the real app through the main server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatCore, IncomingMessage } from '../../../src/chat/types.ts';
import type { ZaloChannel } from '../../../src/channels/zalo/index.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from './fake-zalo-server.ts';
import { captureLog, startZaloAgainst, TOKEN, type CapturedLog } from './harness.ts';

const SECRET = 'bi-mat-webhook-zalo-2025';

let fake: FakeZalo;
let channel: ZaloChannel;
let server: Server;
let webhookUrl: string;
let seen: IncomingMessage[];
let log: CapturedLog;

const echoCore: ChatCore = {
  commands: [],
  inlineAnswers: () => [],
  handle: async (message) => {
    seen.push(message);
    return [{ spans: [{ text: message.unsupported ? 'không đọc được' : `đã nhận: ${message.text ?? ''}` }] }];
  },
};

async function start(): Promise<void> {
  fake = await startFakeZalo({ token: TOKEN });
  seen = [];
  log = captureLog();
  let handler: ZaloChannel['webhookHandler'];
  server = createServer((request, response) => {
    if (request.url === '/zalo/webhook' && handler) void handler(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zalo/webhook`;
  channel = await startZaloAgainst(fake.apiRoot, echoCore, log.logger, { url: webhookUrl, secret: SECRET });
  handler = channel.webhookHandler;
  await fake.waitFor('the webhook to be set', () => fake.webhook !== undefined);
}

afterEach(async () => {
  await channel.stop();
  await new Promise((resolve) => server.close(resolve));
  await fake.close();
});

function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

describe('Zalo webhook mode', () => {
  it('registers the webhook with its secret and never polls', async () => {
    await start();
    expect(channel.mode).toBe('webhook');
    expect(fake.callsOf('setWebhook')[0]?.body).toEqual({ url: webhookUrl, secret_token: SECRET });
    expect(fake.callsOf('getMe')).toHaveLength(1);
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
    expect(fake.callsOf('deleteWebhook')).toHaveLength(0);
  });

  it('answers deliveries made by the platform with the secret header', async () => {
    await start();
    fake.pushUpdate(zaloUpdate('u-1', { text: 'xin chào' }));
    fake.pushUpdate(zaloUpdate('u-1', { event: 'message.image.received' }));
    await fake.waitFor('two replies', () => fake.sent.length === 2);
    expect(fake.deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
    expect(fake.sentTo('u-1')).toEqual(['đã nhận: xin chào', 'không đọc được']);
  });

  it('refuses a wrong or missing secret with 401 and processes nothing', async () => {
    await start();
    const update = JSON.stringify(zaloUpdate('u-1', { text: 'xin chào' }));
    const wrong = await post(update, { 'X-Bot-Api-Secret-Token': `${SECRET}x` });
    const missing = await post(update);
    const empty = await post(update, { 'X-Bot-Api-Secret-Token': '' });
    expect([wrong.status, missing.status, empty.status]).toEqual([401, 401, 401]);
    expect((await wrong.json()) as unknown).toMatchObject({ error: { message: expect.stringContaining('bí mật') } });
    // A correct delivery afterwards shows the channel was listening all along.
    const right = await post(update, { 'X-Bot-Api-Secret-Token': SECRET });
    expect(right.status).toBe(200);
    await fake.waitFor('the reply', () => fake.sent.length === 1);
    expect(seen).toHaveLength(1);
    expect(log.events('zalo.webhook_refused').map((event) => event.reason)).toEqual([
      'wrong-secret',
      'missing-secret',
      'wrong-secret',
    ]);
  });

  it('answers broken JSON with 400, oversized bodies with 413, and acknowledges unusable updates', async () => {
    await start();
    const secret = { 'X-Bot-Api-Secret-Token': SECRET };
    expect((await post('{"event_name": ', secret)).status).toBe(400);
    expect((await post('', secret)).status).toBe(400);
    expect((await post(JSON.stringify({ padding: 'x'.repeat(100_000) }), secret)).status).toBe(413);
    const junk = await post(JSON.stringify({ event_name: 'message.text.received', message: { text: 'thiếu hết' } }), secret);
    expect(junk.status).toBe(200);
    const wrapped = await post(JSON.stringify({ ok: true, result: zaloUpdate('u-2', { text: 'bọc trong result' }) }), secret);
    expect(wrapped.status).toBe(200);
    await fake.waitFor('the reply', () => fake.sent.length === 1);
    expect(fake.sentTo('u-2')).toEqual(['đã nhận: bọc trong result']);
    expect(log.events('zalo.update_invalid')).toHaveLength(1);
    expect(log.lines.join('')).not.toContain('thiếu hết');
  });

  it('keeps trying setWebhook until the platform accepts it', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    fake.failNext('setWebhook', 'ok-false', 2);
    seen = [];
    log = captureLog();
    server = createServer((_request, response) => response.writeHead(404).end());
    channel = await startZaloAgainst(fake.apiRoot, echoCore, log.logger, { url: 'https://example.org/zalo/webhook', secret: SECRET });
    await fake.waitFor('the webhook to be set', () => fake.webhook !== undefined);
    expect(fake.callsOf('setWebhook')).toHaveLength(3);
    expect(log.events('zalo.call_failed')).toHaveLength(2);
  });

  it('refuses deliveries with 503 once stopped', async () => {
    await start();
    await channel.stop();
    const response = await post(JSON.stringify(zaloUpdate('u-1', { text: 'muộn' })), { 'X-Bot-Api-Secret-Token': SECRET });
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(0);
  });
});
