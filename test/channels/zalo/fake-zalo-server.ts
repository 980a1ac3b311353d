/**
 * A fake Zalo Bot Platform API on 127.0.0.1 (node:http), speaking the real wire format:
 * `POST /bot<TOKEN>/<method>` with JSON, answered `{ok, result}` or `{ok:false, error_code,
 * description}`. It records every call, queues updates for getUpdates (a long poll that answers
 * `[]` when idle and refuses while a webhook is set), and when a webhook is set it delivers pushed
 * updates itself with the `X-Bot-Api-Secret-Token` header, as the platform does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
}

export interface SentMessage {
  chat_id: string;
  text: string;
}

/**
 * How the next call(s) of a method fail: `ok:false`, an HTTP 500 page, a dropped connection, or held unanswered (the
 * call is recorded, nothing is done, the connection stays open until the server closes: "Zalo" has not taken it yet).
 */
export type Failure = 'ok-false' | 'http-500' | 'drop' | 'hold';

export interface WebhookDelivery {
  status: number;
  update: unknown;
}

export interface FakeZaloOptions {
  token: string;
  /** Listen on this port (to bring a "refused" address back to life); 0 = any free port. */
  port?: number;
  /**
   * 'array' (default): getUpdates answers every queued update as an array, `[]` when idle.
   * 'single': one update object per call, `ok:false` 408 when idle (how the live API has been seen).
   */
  resultShape?: 'array' | 'single';
  botInfo?: { id: string; account_name: string; display_name?: string };
}

export interface FakeZalo {
  readonly apiRoot: string;
  readonly port: number;
  readonly calls: RecordedCall[];
  /** Messages the fake accepted (sendMessage with ok:true), in arrival order. */
  readonly sent: SentMessage[];
  /** Webhook deliveries the fake made, with the status the bot's server answered. */
  readonly deliveries: WebhookDelivery[];
  readonly webhook: { url: string; secret: string } | undefined;
  pushUpdate(update: unknown): void;
  failNext(method: string, failure: Failure, times?: number): void;
  callsOf(method: string): RecordedCall[];
  sentTo(chatId: string): string[];
  /** Resolves once `predicate()` is true; rejects with `what` after `timeoutMs`. */
  waitFor(what: string, predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const MAX_TEXT = 2000;

export async function startFakeZalo(options: FakeZaloOptions): Promise<FakeZalo> {
  const calls: RecordedCall[] = [];
  const sent: SentMessage[] = [];
  const deliveries: WebhookDelivery[] = [];
  const queue: unknown[] = [];
  const failures = new Map<string, Failure[]>();
  const waitingPolls = new Set<() => void>();
  let webhook: { url: string; secret: string } | undefined;
  const botInfo = options.botInfo ?? { id: '1459232241454765289', account_name: 'bot.GiamNgheo' };
  const shape = options.resultShape ?? 'array';

  const ok = (response: ServerResponse, result: unknown) => json(response, 200, { ok: true, result });
  const refuse = (response: ServerResponse, code: number, description: string) =>
    json(response, 200, { ok: false, error_code: code, description });

  function takeUpdates(): unknown {
    if (shape === 'single') return queue.shift();
    return queue.splice(0, queue.length);
  }

  async function deliver(update: unknown): Promise<void> {
    const target = webhook;
    if (!target) return;
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Bot-Api-Secret-Token': target.secret },
        body: JSON.stringify(update),
      });
      await response.text();
      deliveries.push({ status: response.status, update });
    } catch {
      deliveries.push({ status: 0, update });
    }
  }

  async function handle(method: string, body: Record<string, unknown>, response: ServerResponse) {
    switch (method) {
      case 'getMe':
        return ok(response, { ...botInfo, account_type: 'BASIC', can_join_groups: true });
      case 'getUpdates': {
        if (webhook) return refuse(response, 409, 'Conflict: getUpdates is not available while a webhook is set');
        const timeoutSeconds = Math.min(Number(body.timeout ?? 30) || 0, 50);
        if (queue.length === 0 && timeoutSeconds > 0) {
          await new Promise<void>((resolve) => {
            const wake = () => {
              clearTimeout(timer);
              waitingPolls.delete(wake);
              resolve();
            };
            const timer = setTimeout(wake, timeoutSeconds * 1000);
            waitingPolls.add(wake);
            response.once('close', wake);
          });
        }
        if (response.destroyed) return;
        const updates = takeUpdates();
        if (shape === 'single' && updates === undefined) return refuse(response, 408, 'Request timeout');
        return ok(response, updates);
      }
      case 'setWebhook': {
        const { url, secret_token: secret } = body;
        if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return refuse(response, 400, 'Bad Request: invalid url');
        if (typeof secret !== 'string' || secret.length < 8 || secret.length > 256) {
          return refuse(response, 400, 'Bad Request: secret_token must be 8-256 characters');
        }
        webhook = { url, secret };
        return ok(response, { url, updated_at: Date.now() });
      }
      case 'deleteWebhook':
        webhook = undefined;
        return ok(response, { url: '', updated_at: Date.now() });
      case 'getWebhookInfo':
        return ok(response, { url: webhook?.url ?? '', updated_at: Date.now() });
      case 'sendMessage': {
        const { chat_id: chatId, text } = body;
        if (typeof chatId !== 'string' || chatId === '') return refuse(response, 400, 'Bad Request: chat_id is required');
        if (typeof text !== 'string' || text.length < 1 || text.length > MAX_TEXT) {
          return refuse(response, 400, 'Bad Request: text must be 1-2000 characters');
        }
        if ('parse_mode' in body) return refuse(response, 400, 'Bad Request: unexpected parse_mode in this fake');
        sent.push({ chat_id: chatId, text });
        return ok(response, { message_id: `sent-${sent.length}`, date: Date.now() });
      }
      case 'sendChatAction':
        if (typeof body.chat_id !== 'string' || body.action !== 'typing') return refuse(response, 400, 'Bad Request');
        return json(response, 200, { ok: true });
      default:
        return json(response, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(request.url ?? '');
      const raw = await readAll(request);
      if (!match || request.method !== 'POST') return json(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
      if (match[1] !== options.token) return json(response, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const method = match[2] ?? '';
      let body: Record<string, unknown>;
      try {
        body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
      } catch {
        return refuse(response, 400, 'Bad Request: body is not JSON');
      }
      calls.push({ method, body });
      const failure = failures.get(method)?.shift();
      if (failure === 'drop') return request.socket.destroy();
      if (failure === 'hold') return;
      if (failure === 'http-500') {
        response.writeHead(500, { 'Content-Type': 'text/html' });
        return response.end('<html><body>Internal Server Error</body></html>');
      }
      if (failure === 'ok-false') return refuse(response, 500, 'Internal Server Error');
      return handle(method, body, response);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    port,
    calls,
    sent,
    deliveries,
    get webhook() {
      return webhook;
    },
    pushUpdate(update) {
      if (webhook) {
        void deliver(update);
        return;
      }
      queue.push(update);
      for (const wake of [...waitingPolls]) wake();
    },
    failNext(method, failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array<Failure>(times).fill(failure)]);
    },
    callsOf: (method) => calls.filter((call) => call.method === method),
    sentTo: (chatId) => sent.filter((message) => message.chat_id === chatId).map((message) => message.text),
    async waitFor(what, predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      for (const wake of [...waitingPolls]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readAll(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  response.end(payload);
}

let nextMessageId = 1;

/** An update as the platform sends it; `event` defaults to a text message. */
export function zaloUpdate(
  chatId: string,
  options: { text?: string; event?: string; chatType?: 'PRIVATE' | 'GROUP'; fromId?: string } = {},
): Record<string, unknown> {
  return {
    event_name: options.event ?? 'message.text.received',
    message: {
      message_id: `msg-${nextMessageId++}`,
      from: { id: options.fromId ?? chatId, name: 'Người dùng thử' },
      chat: { id: chatId, chat_type: options.chatType ?? 'PRIVATE' },
      date: Date.now(),
      ...(options.text === undefined ? {} : { text: options.text }),
    },
  };
}
