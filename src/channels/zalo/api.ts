/**
 * A small typed client for the Zalo Bot Platform API (the Telegram-like bot API, not the OA API):
 * `POST {apiRoot}/bot<TOKEN>/<method>` with a JSON body, answered by `{ok, result}` or
 * `{ok:false, error_code, description}`. The token is part of every URL, so no URL ever leaves
 * this module: errors name the method only.
 */
import * as z from 'zod';

export const DEFAULT_ZALO_API_ROOT = 'https://bot-api.zaloplatforms.com';
/** sendMessage accepts 1–2000 characters of text. */
export const ZALO_MAX_TEXT_LENGTH = 2000;
/** Calls other than a long poll never wait longer than this for an answer. */
const REQUEST_TIMEOUT_MS = 20_000;
/** A long poll may take `timeout` seconds on the server; allow this much more before giving up. */
const LONG_POLL_GRACE_MS = 10_000;

/** The platform answered `ok:false` (or an HTTP error without a usable body). */
export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(`Zalo ${method} thất bại (${errorCode}): ${description}`);
    this.name = 'ZaloApiError';
  }

  /** Worth trying again later: rate limits, server errors, timeouts. Not a bad token or bad request. */
  get retryable(): boolean {
    return this.errorCode === 408 || this.errorCode === 429 || this.errorCode >= 500;
  }
}

/** The platform could not be reached (refused, reset, DNS, timeout). */
export class ZaloNetworkError extends Error {
  constructor(
    readonly method: string,
    cause: unknown,
  ) {
    super(`Không kết nối được Zalo (${method}): ${describeCause(cause)}`);
    this.name = 'ZaloNetworkError';
  }
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED…) in `cause`.
  const inner = cause.cause;
  if (inner instanceof Error) return `${cause.message} (${'code' in inner ? String(inner.code) : inner.message})`;
  return cause.message;
}

const ResponseSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error_code: z.number().optional(), description: z.string().optional() }),
]);

const BotInfoSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  account_name: z.string().optional(),
  display_name: z.string().optional(),
});
export type ZaloBotInfo = z.infer<typeof BotInfoSchema>;

const WebhookInfoSchema = z.object({ url: z.string().optional().default('') });
export type ZaloWebhookInfo = z.infer<typeof WebhookInfoSchema>;

export interface ZaloApiOptions {
  token: string;
  apiRoot?: string;
  /** For tests and benchmarks: another fetch implementation. */
  fetch?: typeof fetch;
}

export interface ZaloApi {
  getMe(signal?: AbortSignal): Promise<ZaloBotInfo>;
  /**
   * Long poll. Returns the raw updates (validated by the caller, one by one, so one bad update
   * never hides the others). The platform answers one update object; an array is accepted too.
   */
  getUpdates(params: { timeout: number }, signal?: AbortSignal): Promise<unknown[]>;
  setWebhook(params: { url: string; secret_token: string }, signal?: AbortSignal): Promise<void>;
  deleteWebhook(signal?: AbortSignal): Promise<void>;
  getWebhookInfo(signal?: AbortSignal): Promise<ZaloWebhookInfo>;
  sendMessage(params: { chat_id: string; text: string }, signal?: AbortSignal): Promise<void>;
  sendChatAction(params: { chat_id: string; action: 'typing' }, signal?: AbortSignal): Promise<void>;
}

export function createZaloApi(options: ZaloApiOptions): ZaloApi {
  const doFetch = options.fetch ?? fetch;
  const base = `${(options.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/, '')}/bot${options.token}/`;

  async function call(method: string, body: object, signal: AbortSignal | undefined, timeoutMs = REQUEST_TIMEOUT_MS) {
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(base + method, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ZaloNetworkError(method, error);
    }
    let parsed: z.infer<typeof ResponseSchema> | undefined;
    try {
      const result = ResponseSchema.safeParse(JSON.parse(text));
      if (result.success) parsed = result.data;
    } catch {
      // Not JSON (a proxy's error page, say): reported below with the HTTP status.
    }
    if (!parsed) throw new ZaloApiError(method, response.status, `trả lời không hợp lệ (HTTP ${response.status})`);
    if (!parsed.ok) {
      throw new ZaloApiError(method, parsed.error_code ?? response.status, parsed.description ?? 'không rõ lý do');
    }
    return parsed.result;
  }

  return {
    async getMe(signal) {
      const result = BotInfoSchema.safeParse(await call('getMe', {}, signal));
      if (!result.success) throw new ZaloApiError('getMe', 0, 'thông tin bot không hợp lệ');
      return result.data;
    },
    async getUpdates(params, signal) {
      const result = await call('getUpdates', params, signal, params.timeout * 1000 + LONG_POLL_GRACE_MS);
      if (result === undefined || result === null) return [];
      return Array.isArray(result) ? result : [result];
    },
    async setWebhook(params, signal) {
      await call('setWebhook', params, signal);
    },
    async deleteWebhook(signal) {
      await call('deleteWebhook', {}, signal);
    },
    async getWebhookInfo(signal) {
      const result = WebhookInfoSchema.safeParse((await call('getWebhookInfo', {}, signal)) ?? {});
      if (!result.success) throw new ZaloApiError('getWebhookInfo', 0, 'thông tin webhook không hợp lệ');
      return result.data;
    },
    async sendMessage(params, signal) {
      await call('sendMessage', params, signal);
    },
    async sendChatAction(params, signal) {
      await call('sendChatAction', params, signal);
    },
  };
}
