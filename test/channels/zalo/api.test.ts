import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZaloApi, ZaloApiError, ZaloNetworkError } from '../../../src/channels/zalo/api.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from './fake-zalo-server.ts';
import { freePort, TOKEN } from './harness.ts';

let fake: FakeZalo;
beforeEach(async () => {
  fake = await startFakeZalo({ token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});


describe('Zalo API client over HTTP', () => {
  it('calls POST {apiRoot}/bot<TOKEN>/<method> with JSON and returns the result', async () => {
    const api = createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot });
    const me = await api.getMe();
    expect(me).toEqual({ id: '1459232241454765289', account_name: 'bot.GiamNgheo' });
    await api.sendMessage({ chat_id: 'chat-1', text: 'Xin chào' });
    expect(fake.sent).toEqual([{ chat_id: 'chat-1', text: 'Xin chào' }]);
    expect(fake.callsOf('sendMessage')[0]?.body).toEqual({ chat_id: 'chat-1', text: 'Xin chào' });
  });

  it('turns ok:false into a typed error that names the method but never the token', async () => {
    const api = createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot });
    const error = await api.sendMessage({ chat_id: 'chat-1', text: 'x'.repeat(2001) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ method: 'sendMessage', errorCode: 400, retryable: false });
    expect(String((error as Error).message)).not.toContain(TOKEN);
    await expect(api.sendMessage({ chat_id: 'chat-1', text: '' })).rejects.toMatchObject({ errorCode: 400 });
  });

  it('reports a wrong token as 401', async () => {
    const api = createZaloApi({ token: '1:wrong', apiRoot: fake.apiRoot });
    await expect(api.getMe()).rejects.toMatchObject({ name: 'ZaloApiError', errorCode: 401, retryable: false });
  });

  it('treats an HTTP 500 page and ok:false 500 as retryable API errors, a dropped connection as a network error', async () => {
    const api = createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot });
    fake.failNext('getMe', 'http-500');
    await expect(api.getMe()).rejects.toMatchObject({ name: 'ZaloApiError', errorCode: 500, retryable: true });
    fake.failNext('getMe', 'ok-false');
    await expect(api.getMe()).rejects.toMatchObject({ name: 'ZaloApiError', errorCode: 500, retryable: true });
    fake.failNext('getMe', 'drop');
    await expect(api.getMe()).rejects.toBeInstanceOf(ZaloNetworkError);
    expect((await api.getMe()).id).toBe('1459232241454765289');
  });

  it('reports a refused connection as a network error without the URL', async () => {
    const api = createZaloApi({ token: TOKEN, apiRoot: `http://127.0.0.1:${await freePort()}` });
    const error = await api.getMe().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZaloNetworkError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('long-polls getUpdates: [] when idle, the update as soon as it is pushed', async () => {
    const api = createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot });
    expect(await api.getUpdates({ timeout: 0 })).toEqual([]);
    const update = zaloUpdate('chat-1', { text: 'Xin chào' });
    const polling = api.getUpdates({ timeout: 10 });
    await fake.waitFor('a waiting long poll', () => fake.callsOf('getUpdates').length === 2);
    fake.pushUpdate(update);
    expect(await polling).toEqual([update]);
  });

  it('accepts the single-object getUpdates answer of the live API', async () => {
    const single = await startFakeZalo({ token: TOKEN, resultShape: 'single' });
    try {
      const api = createZaloApi({ token: TOKEN, apiRoot: single.apiRoot });
      const first = zaloUpdate('chat-1', { text: 'một' });
      const second = zaloUpdate('chat-1', { text: 'hai' });
      single.pushUpdate(first);
      single.pushUpdate(second);
      expect(await api.getUpdates({ timeout: 1 })).toEqual([first]);
      expect(await api.getUpdates({ timeout: 1 })).toEqual([second]);
      await expect(api.getUpdates({ timeout: 0 })).rejects.toMatchObject({ errorCode: 408 });
    } finally {
      await single.close();
    }
  });

  it('refuses getUpdates while a webhook is set, as the platform does', async () => {
    const api = createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot });
    await api.setWebhook({ url: 'https://example.org/zalo/webhook', secret_token: 'bi-mat-123' });
    expect((await api.getWebhookInfo()).url).toBe('https://example.org/zalo/webhook');
    await expect(api.getUpdates({ timeout: 0 })).rejects.toMatchObject({ errorCode: 409 });
    await api.deleteWebhook();
    expect(await api.getUpdates({ timeout: 0 })).toEqual([]);
    await expect(api.setWebhook({ url: 'https://example.org/x', secret_token: 'short' })).rejects.toMatchObject({
      errorCode: 400,
    });
  });

  it('aborts a pending long poll when asked', async () => {
    const api = createZaloApi({ token: TOKEN, apiRoot: fake.apiRoot });
    const controller = new AbortController();
    const polling = api.getUpdates({ timeout: 30 }, controller.signal);
    await fake.waitFor('a waiting long poll', () => fake.callsOf('getUpdates').length === 1);
    controller.abort();
    await expect(polling).rejects.toThrow();
  });
});
