/**
 * A small Telegram Bot API server on 127.0.0.1 for end-to-end tests and benchmarks. It speaks
 * the methods the bot uses over real HTTP, checks them the way Telegram does (token, HTML
 * entities, 4096-character texts, 64-byte callback data, ≤ 50 inline results, command names),
 * records every call, queues updates for getUpdates (honouring offset, limit and timeout) and,
 * once a webhook is set, delivers updates to it with the secret header like Telegram.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';

export interface RecordedCall {
  method: string;
  /** Whatever the bot sent; tests read it as loose JSON. */
  payload: Record<string, any>;
}

export interface SentMessage {
  chatId: number;
  messageId: number;
  /** The HTML as sent. */
  html: string;
  /** The visible text, after Telegram-style parsing of the HTML. */
  text: string;
  replyMarkup?: any;
}

type ApiResult = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: object };

class BadRequest extends Error {}

const ALLOWED_TAGS = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'code', 'pre', 'a', 'blockquote', 'tg-spoiler', 'span', 'tg-emoji',
]);
const TAG_PATTERN = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/i;
const ENTITY_PATTERN = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Parses Telegram HTML like the Bot API does and returns the visible text; throws on bad markup. */
export function parseTelegramHtml(html: string): string {
  const open: string[] = [];
  let text = '';
  let index = 0;
  while (index < html.length) {
    const char = html[index]!;
    if (char === '<') {
      const tag = TAG_PATTERN.exec(html.slice(index));
      if (!tag || !ALLOWED_TAGS.has(tag[2]!.toLowerCase())) {
        throw new BadRequest(`Bad Request: can't parse entities: unsupported start tag at byte offset ${index}`);
      }
      const name = tag[2]!.toLowerCase();
      if (tag[1]) {
        if (open.pop() !== name) throw new BadRequest(`Bad Request: can't parse entities: unmatched end tag "${name}"`);
      } else {
        open.push(name);
      }
      index += tag[0].length;
    } else if (char === '&') {
      const entity = ENTITY_PATTERN.exec(html.slice(index));
      if (!entity) throw new BadRequest(`Bad Request: can't parse entities: bad character reference at offset ${index}`);
      const name = entity[1]!.toLowerCase();
      text += NAMED_ENTITIES[name] ?? String.fromCodePoint(Number(name.startsWith('#x') ? `0x${name.slice(2)}` : name.slice(1)));
      index += entity[0].length;
    } else if (char === '>') {
      throw new BadRequest(`Bad Request: can't parse entities: unexpected end tag at offset ${index}`);
    } else {
      text += char;
      index += 1;
    }
  }
  if (open.length > 0) throw new BadRequest(`Bad Request: can't parse entities: can't find end tag for "${open.at(-1)}"`);
  return text;
}

function checkMessageText(payload: Record<string, any>, field = 'text'): string {
  const raw = payload[field];
  if (typeof raw !== 'string') throw new BadRequest('Bad Request: message text is empty');
  const text = payload.parse_mode === 'HTML' ? parseTelegramHtml(raw) : raw;
  if (text.trim() === '') throw new BadRequest('Bad Request: message text is empty');
  if (text.length > 4096) throw new BadRequest('Bad Request: message is too long');
  return text;
}

function checkReplyMarkup(markup: any): void {
  if (markup === undefined) return;
  if (!Array.isArray(markup.inline_keyboard)) throw new BadRequest('Bad Request: unsupported reply markup');
  for (const row of markup.inline_keyboard) {
    for (const button of row) {
      if (typeof button.text !== 'string' || button.text === '') throw new BadRequest('Bad Request: BUTTON_TEXT_EMPTY');
      if ('callback_data' in button) {
        const bytes = Buffer.byteLength(String(button.callback_data), 'utf8');
        if (bytes < 1 || bytes > 64) throw new BadRequest('Bad Request: BUTTON_DATA_INVALID');
      } else if ('url' in button) {
        if (!/^(https?|tg):\/\//.test(String(button.url))) throw new BadRequest('Bad Request: BUTTON_URL_INVALID');
      } else {
        throw new BadRequest('Bad Request: button without action');
      }
    }
  }
}

/** A private text message from `chatId` as the Bot API delivers it to a webhook (commands carry their entity). */
export function webhookTextUpdate(updateId: number, chatId: number, text: string): Update {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Lan' },
      from: { id: chatId, is_bot: false, first_name: 'Lan' },
      text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
    },
  };
}

/** The same message as queued for getUpdates with push() (the emulator numbers it). */
export function queuedTextMessage(chatId: number, text: string): Omit<Update, 'update_id'> {
  const { update_id: _numbered, ...update } = webhookTextUpdate(0, chatId, text);
  return update;
}

export interface EmulatorOptions {
  token: string;
  botUser?: Partial<UserFromGetMe>;
}

export class BotApiEmulator {
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  readonly token: string;
  readonly botUser: UserFromGetMe;
  webhook: { url: string; secret?: string } | undefined;
  apiRoot = '';

  private readonly server = createServer((request, response) => void this.route(request, response));
  private readonly queue: Update[] = [];
  private nextUpdateId = 1;
  private readonly nextMessageId = new Map<number, number>();
  private readonly chatTypes = new Map<number, string>();
  private pollWaiters: (() => void)[] = [];
  private callWaiters: (() => void)[] = [];
  private readonly failures = new Map<string, ApiResult[]>();
  private readonly holds = new Set<string>();

  constructor(options: EmulatorOptions) {
    this.token = options.token;
    this.botUser = {
      id: 7_000_000_001,
      is_bot: true,
      first_name: 'Trợ lý Giảm nghèo',
      username: 'TroLyGiamNgheoBot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
      can_connect_to_business: false,
      has_main_web_app: false,
      ...options.botUser,
    } as UserFromGetMe;
  }

  static async start(options: EmulatorOptions): Promise<BotApiEmulator> {
    const emulator = new BotApiEmulator(options);
    await new Promise<void>((resolve) => emulator.server.listen(0, '127.0.0.1', resolve));
    emulator.apiRoot = `http://127.0.0.1:${(emulator.server.address() as AddressInfo).port}`;
    return emulator;
  }

  async close(): Promise<void> {
    for (const wake of this.pollWaiters) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next call to `method` fails with this Bot API error (e.g. a 429 with retry_after). */
  failNext(method: string, error: { error_code: number; description: string; parameters?: object }): void {
    const list = this.failures.get(method) ?? [];
    list.push({ ok: false, ...error });
    this.failures.set(method, list);
  }

  /**
   * The next call to `method` is recorded but never answered: Telegram has not taken it, and nothing is sent
   * when its caller goes away (a killed process).
   */
  holdNext(method: string): void {
    this.holds.add(method);
  }

  /**
   * Adds an update: queued for getUpdates, or, with a webhook set, delivered to it (resolves with
   * the webhook's HTTP status once it answered, i.e. once the bot handled the update).
   */
  async push(update: Omit<Update, 'update_id'>): Promise<{ updateId: number; webhookStatus?: number }> {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    const chat = full.message?.chat ?? full.callback_query?.message?.chat;
    if (chat) this.chatTypes.set(chat.id, chat.type);
    if (this.webhook) {
      const response = await fetch(this.webhook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(this.webhook.secret ? { 'X-Telegram-Bot-Api-Secret-Token': this.webhook.secret } : {}),
        },
        body: JSON.stringify(full),
      });
      await response.arrayBuffer();
      return { updateId: full.update_id, webhookStatus: response.status };
    }
    this.queue.push(full);
    this.wakePollers();
    return { updateId: full.update_id };
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  messagesTo(chatId: number): SentMessage[] {
    return this.sent.filter((message) => message.chatId === chatId);
  }

  /** Waits (bounded) until `predicate` holds over the recorded calls; no fixed sleeps. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('Emulator: timed out waiting for the bot');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.callWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wakePollers(): void {
    const waiters = this.pollWaiters;
    this.pollWaiters = [];
    for (const wake of waiters) wake();
  }

  private recordCall(call: RecordedCall): void {
    this.calls.push(call);
    this.wakeWaiters();
  }

  /** Re-checks every waitFor predicate now (for conditions outside the emulator, e.g. "update handled"). */
  wakeWaiters(): void {
    const waiters = this.callWaiters;
    this.callWaiters = [];
    for (const wake of waiters) wake();
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const reply = (status: number, body: ApiResult) => {
      if (response.writableEnded || response.destroyed) return;
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    };
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(request.url ?? '/', 'http://x').pathname);
    if (!match) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== this.token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2]!;
    let payload: Record<string, unknown>;
    try {
      payload = await readPayload(request);
    } catch {
      return reply(400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    if (method !== 'getUpdates') this.recordCall({ method, payload });
    const failure = this.failures.get(method)?.shift();
    if (failure && !failure.ok) return reply(failure.error_code, failure);
    if (this.holds.delete(method)) return;
    try {
      const result = await this.answer(method, payload, request);
      reply(200, { ok: true, result });
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      const code = error.message.startsWith('Conflict') ? 409 : error.message.startsWith('Not Found') ? 404 : 400;
      reply(code, { ok: false, error_code: code, description: error.message });
    }
  }

  private async answer(method: string, payload: Record<string, any>, request: IncomingMessage): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.botUser;
      case 'getUpdates':
        return this.getUpdates(payload, request);
      case 'sendMessage':
        return this.sendMessage(payload);
      case 'editMessageText': {
        checkMessageText(payload);
        checkReplyMarkup(payload.reply_markup);
        return true;
      }
      case 'editMessageReplyMarkup':
        checkReplyMarkup(payload.reply_markup);
        return true;
      case 'answerCallbackQuery':
        if (typeof payload.callback_query_id !== 'string') throw new BadRequest('Bad Request: query is too old');
        if (typeof payload.text === 'string' && payload.text.length > 200) throw new BadRequest('Bad Request: MESSAGE_TOO_LONG');
        return true;
      case 'answerInlineQuery':
        return this.answerInlineQuery(payload);
      case 'setMyCommands': {
        const commands = payload.commands;
        if (!Array.isArray(commands) || commands.length > 100) throw new BadRequest('Bad Request: BOT_COMMANDS_TOO_MUCH');
        for (const { command, description } of commands) {
          if (!/^[a-z0-9_]{1,32}$/.test(command)) throw new BadRequest('Bad Request: BOT_COMMAND_INVALID');
          if (typeof description !== 'string' || description.length < 1 || description.length > 256) {
            throw new BadRequest('Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
          }
        }
        return true;
      }
      case 'setWebhook':
        if (typeof payload.url !== 'string' || !/^https?:\/\//.test(payload.url)) throw new BadRequest('Bad Request: bad webhook');
        this.webhook = { url: payload.url, secret: payload.secret_token };
        this.wakePollers();
        return true;
      case 'deleteWebhook':
        this.webhook = undefined;
        return true;
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.queue.length };
      case 'sendChatAction':
      case 'deleteMessage':
        return true;
      default:
        throw new BadRequest('Not Found: method not found');
    }
  }

  private async getUpdates(payload: Record<string, any>, request: IncomingMessage): Promise<Update[]> {
    if (this.webhook) throw new BadRequest("Conflict: can't use getUpdates method while webhook is active");
    const offset = Number(payload.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(payload.limit ?? 100)));
    const timeoutSeconds = Math.max(0, Number(payload.timeout ?? 0));
    // Asking with an offset confirms every earlier update: Telegram forgets them.
    while (this.queue.length > 0 && this.queue[0]!.update_id < offset) this.queue.shift();
    if (this.queue.length === 0 && timeoutSeconds > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutSeconds * 1000);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.pollWaiters.push(wake);
        request.once('close', wake);
      });
    }
    return this.queue.slice(0, limit);
  }

  private sendMessage(payload: Record<string, any>): unknown {
    const chatId = Number(payload.chat_id);
    if (!Number.isFinite(chatId)) throw new BadRequest('Bad Request: chat not found');
    const text = checkMessageText(payload);
    checkReplyMarkup(payload.reply_markup);
    const messageId = (this.nextMessageId.get(chatId) ?? 1000) + 1;
    this.nextMessageId.set(chatId, messageId);
    this.sent.push({ chatId, messageId, html: payload.text, text, replyMarkup: payload.reply_markup });
    return {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: this.chatTypes.get(chatId) ?? (chatId > 0 ? 'private' : 'group') },
      from: this.botUser,
      text,
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    };
  }

  private answerInlineQuery(payload: Record<string, any>): boolean {
    const results = payload.results;
    if (!Array.isArray(results)) throw new BadRequest('Bad Request: results not an array');
    if (results.length > 50) throw new BadRequest('Bad Request: RESULTS_TOO_MUCH');
    const ids = new Set<string>();
    for (const result of results) {
      const idBytes = Buffer.byteLength(String(result.id ?? ''), 'utf8');
      if (idBytes < 1 || idBytes > 64 || ids.has(result.id)) throw new BadRequest('Bad Request: RESULT_ID_INVALID');
      ids.add(result.id);
      if (result.type !== 'article' || typeof result.title !== 'string' || result.title === '') {
        throw new BadRequest('Bad Request: RESULT_TYPE_INVALID');
      }
      checkMessageText(result.input_message_content ?? {}, 'message_text');
      checkReplyMarkup(result.reply_markup);
    }
    return true;
  }
}

async function readPayload(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if (body.trim() === '') return {};
  const value: unknown = JSON.parse(body);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
