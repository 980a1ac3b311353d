/** Shared set-up for the Zalo channel tests: a fake platform, a captured log, fast back-off. */
import { createServer } from 'node:net';
import { createLogger, type Logger } from '../../../src/log.ts';
import { startZalo, type ZaloChannel } from '../../../src/channels/zalo/index.ts';
import type { ChatCore } from '../../../src/chat/types.ts';
import { startTestService, type TestService } from '../../server/harness.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from './fake-zalo-server.ts';

export const TOKEN = '1459232241454765289:AbCdEfGhIjKlMnOpQrStUvWxYz012345';
/** Back-off short enough for tests, long enough to see it happen. */
export const FAST_RETRY = { initialDelayMs: 20, maxDelayMs: 200 };

export interface CapturedLog {
  logger: Logger;
  lines: string[];
  events(name: string): Record<string, unknown>[];
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return {
    logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    lines,
    events: (name) =>
      lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((record) => record.event === name),
  };
}

export function startZaloAgainst(
  apiRoot: string,
  core: ChatCore,
  logger: Logger,
  webhook?: { url: string; secret: string },
  pollTimeoutSeconds = 2,
): Promise<ZaloChannel> {
  return startZalo(
    {
      ZALO_BOT_TOKEN: TOKEN,
      ZALO_API_ROOT: apiRoot,
      ZALO_WEBHOOK_URL: webhook?.url,
      ZALO_WEBHOOK_SECRET: webhook?.secret,
    },
    { core },
    logger,
    { retry: FAST_RETRY, pollTimeoutSeconds },
  );
}

/** A loopback port nothing listens on (yet): for "connection refused", or to know a URL before listening. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A resident's chat over HTTP: the fake Zalo platform and the real service it delivers to. */
export interface ZaloConversation {
  fake: FakeZalo;
  service: TestService;
}

/**
 * The fake Zalo platform and the real service on a free port, its webhook set with `secret` (the service has told the
 * platform where to deliver before this resolves).
 */
export async function startZaloConversation(secret: string): Promise<ZaloConversation> {
  const fake = await startFakeZalo({ token: TOKEN });
  const port = await freePort();
  const service = await startTestService({
    PORT: String(port),
    ZALO_BOT_TOKEN: TOKEN,
    ZALO_API_ROOT: fake.apiRoot,
    ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo/webhook`,
    ZALO_WEBHOOK_SECRET: secret,
  });
  await fake.waitFor('the webhook to be set', () => fake.webhook !== undefined);
  return { fake, service };
}

/**
 * The fake Zalo platform and one real service that also serves the web chat, Zalo by polling, with no rate limit in the way of a
 * test's many messages; `stop` closes both (either may be missing when the start failed).
 */
export async function startWebAndZalo(): Promise<ZaloConversation> {
  const fake = await startFakeZalo({ token: TOKEN });
  const service = await startTestService({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot, RATE_LIMIT_PER_MINUTE: '0' }, { tuning: { userRateLimit: { updates: 10_000, windowMs: 1000 } } });
  return { fake, service };
}

export async function stop(conversation: ZaloConversation | undefined): Promise<void> {
  await conversation?.service.close();
  await conversation?.fake.close();
}

/** Sends one update and waits until the channel has sent every part of its answer; returns the texts. */
export async function exchange(conversation: ZaloConversation, chatId: string, update: Record<string, unknown>): Promise<string[]> {
  const { fake, service } = conversation;
  const messageId = (update.message as { message_id: string }).message_id;
  const before = fake.sentTo(chatId).length;
  fake.pushUpdate(update);
  await fake.waitFor(`the answer to ${messageId}`, () =>
    service.logs().some((record) => record.event === 'zalo.replied' && record.updateId === messageId),
  );
  return fake.sentTo(chatId).slice(before);
}

/** Types `text` as the resident and waits for every part of the answer, joined as the resident reads them. */
export const say = (conversation: ZaloConversation, chatId: string, text: string): Promise<string> =>
  exchange(conversation, chatId, zaloUpdate(chatId, { text })).then((texts) => texts.join('\n\n'));
