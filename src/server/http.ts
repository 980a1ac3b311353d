/**
 * Small HTTP helpers shared by every route: a typed error that becomes a JSON answer, a body
 * reader with a size limit, JSON parsing with zod, and the response writers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { INPUT_DEFAULTS } from '../chat/input.ts';
import { tooLongNotice } from '../chat/replies.ts';
import type { Logger } from '../log.ts';

/** Request bodies larger than this are refused with 413: every API message fits well below. */
export const MAX_BODY_BYTES = 64 * 1024;

/** An expected failure with its HTTP status; the message is Vietnamese and shown to the caller. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** While the database cannot be reached: a clear 503 the caller can retry (a platform redelivers). */
export const STORE_RETRY_AFTER_SECONDS = 5;
export function storeUnavailable(): HttpError {
  return new HttpError(503, 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu. Tin nhắn của bạn chưa được xử lý, bạn vui lòng gửi lại sau ít giây.', undefined, {
    'Retry-After': String(STORE_RETRY_AFTER_SECONDS),
  });
}

/** 405 with the methods the address takes (`Allow`), as every route of the server answers it. */
export function methodNotAllowed(method: string | undefined, allow: string[]): HttpError {
  return new HttpError(405, `Phương thức ${method ?? ''} không được hỗ trợ ở địa chỉ này.`, undefined, { Allow: allow.join(', ') });
}

/** 401 for a webhook delivery without the platform's secret header (or with a wrong one). */
export function webhookSecretRefused(): HttpError {
  return new HttpError(401, 'Sai hoặc thiếu mã bí mật webhook.');
}

/** 500: what the caller sees of an unexpected failure (the details go to the log only). */
export function internalError(): HttpError {
  return new HttpError(500, 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.');
}

/** 503 for a webhook delivery not handled now (being handled elsewhere, or the service unavailable): send it again later. */
export function redeliverLater(): HttpError {
  return new HttpError(503, 'Bản tin chưa được xử lý lúc này (đang được xử lý ở nơi khác hoặc hệ thống tạm gián đoạn). Vui lòng gửi lại sau ít giây.', undefined, {
    'Retry-After': String(STORE_RETRY_AFTER_SECONDS),
  });
}

/**
 * JSON bodies from this size on are gzipped for a client that says it accepts gzip (an /api/ask
 * answer with five passages: 9 KB → about 3 KB). The JSON itself is the same; curl without
 * --compressed and other clients that do not ask get it as it is.
 */
const GZIP_FROM_BYTES = 1024;

/** Whether Accept-Encoding lists gzip (or *) with a weight above 0. */
export function acceptsGzip(request: IncomingMessage | undefined): boolean {
  const header = request?.headers['accept-encoding'];
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    return (coding === 'gzip' || coding === '*') && (weight === undefined || Number(weight) > 0);
  });
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  // Encoded once: a check result is ~15 KB of Vietnamese, and measuring then writing the string would encode it twice.
  sendJsonBytes(response, status, Buffer.from(JSON.stringify(body)), headers);
}

/** UTF-8 JSON of frozen objects and arrays (data shared between responses, that cannot change), made once each. */
const encodedOnce = new WeakMap<object, Buffer>();

function encodedJson(value: object): Buffer {
  let bytes = encodedOnce.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value));
    encodedOnce.set(value, bytes);
  }
  return bytes;
}

/** How far below the body jsonBytes looks for frozen values: the body's values, and their items or values. */
const SHARED_DEPTH = 2;

/**
 * `Buffer.from(JSON.stringify(body))` for plain data (no toJSON, no cycles), byte for byte, except that each
 * frozen object or array among the body's values and their items or values is turned into JSON once and reused
 * (it must be frozen all the way down). A check result's supports, next steps, margins, standard and provisional
 * reasons are the rules' frozen data for a class on a date (~11 KB of its ~14 KB), and JSON.stringify plus UTF-8
 * encoding were ~30% of /api/check.
 */
export function jsonBytes(body: unknown): readonly Buffer[] {
  const parts: Buffer[] = [];
  let text = '';
  /** Writes `value` as JSON; false (and nothing written) for what JSON leaves out (undefined, a function). */
  const put = (value: unknown, depth: number): boolean => {
    if (typeof value === 'object' && value !== null && Object.isFrozen(value)) {
      if (text !== '') parts.push(Buffer.from(text));
      parts.push(encodedJson(value));
      text = '';
      return true;
    }
    if (typeof value !== 'object' || value === null || depth >= SHARED_DEPTH || 'toJSON' in value) {
      const json = JSON.stringify(value);
      if (json === undefined) return false;
      text += json;
      return true;
    }
    if (Array.isArray(value)) {
      text += '[';
      value.forEach((item, i) => {
        if (i > 0) text += ',';
        if (!put(item, depth + 1)) text += 'null';
      });
      text += ']';
      return true;
    }
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      text += `${first ? '{' : ','}${JSON.stringify(key)}:`;
      first = false;
      put(item, depth + 1);
    }
    text += first ? '{}' : '}';
    return true;
  };
  put(body, 0);
  if (text !== '') parts.push(Buffer.from(text));
  return parts;
}

/**
 * UTF-8 JSON in one buffer, or in parts that are the JSON one after the other (jsonBytes: parts shared between
 * responses are sent as they are, not copied into one buffer first).
 */
export type JsonBytes = Buffer | readonly Buffer[];

/** A JSON body encoded once and sent many times (a kept answer): its gzip is made on first need, then kept with it. */
export interface EncodedJson {
  readonly bytes: JsonBytes;
  gzipped?: Buffer;
}

/** The number of bytes of an encoded JSON body. */
export const byteLength = (bytes: JsonBytes): number => (Buffer.isBuffer(bytes) ? bytes.length : bytes.reduce((sum, part) => sum + part.length, 0));

/** A JSON body already encoded (sendJson, jsonBytes, EncodedJson), gzipped for a client that accepts it when large. */
export function sendJsonBytes(response: ServerResponse, status: number, body: JsonBytes | EncodedJson, headers: Record<string, string> = {}): void {
  const encoded: EncodedJson = Buffer.isBuffer(body) || Array.isArray(body) ? { bytes: body as JsonBytes } : (body as EncodedJson);
  const parts = Buffer.isBuffer(encoded.bytes) ? [encoded.bytes] : encoded.bytes;
  const length = byteLength(encoded.bytes);
  const compress = length >= GZIP_FROM_BYTES && acceptsGzip(response.req);
  const sent = compress ? [(encoded.gzipped ??= gzipSync(Buffer.concat(parts), { level: constants.Z_BEST_SPEED }))] : parts;
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': compress ? sent[0]!.length : length,
    'Cache-Control': 'no-store',
    ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    ...(length >= GZIP_FROM_BYTES ? { Vary: 'Accept-Encoding' } : {}),
    ...headers,
  });
  // Written in one go: node:http holds the writes of one tick and sends them together.
  for (let i = 0; i < sent.length - 1; i += 1) response.write(sent[i]);
  response.end(sent[sent.length - 1]);
}

/** The one error shape of the API: `{"error": {"field"?, "message"}}`. */
export function sendError(response: ServerResponse, error: HttpError): void {
  const body = error.field ? { field: error.field, message: error.message } : { message: error.message };
  sendJson(response, error.status, { error: body }, error.headers);
}

/**
 * A webhook's refusal of a delivery whose body it did not read (or not all of it): the body is drained, so
 * the connection stays usable, and the error goes out in the one shape, unless an answer already did.
 */
export function refuseUnread(request: IncomingMessage, response: ServerResponse, error: HttpError): void {
  if (!request.readableEnded) request.resume();
  if (!response.headersSent) sendError(response, error);
}

/** 413. The rest of the body is never read, so the connection cannot be reused: it is closed. */
export function payloadTooLarge(limit = MAX_BODY_BYTES): HttpError {
  return new HttpError(413, `Nội dung yêu cầu quá lớn (tối đa ${Math.floor(limit / 1024)} KB).`, undefined, {
    Connection: 'close',
  });
}

/** True when the request declares a body larger than `limit` (checked before reading anything). */
export function declaresTooLarge(request: IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  return Number(request.headers['content-length']) > limit;
}

/** Reads the whole body, refusing (413) as soon as it passes `limit` bytes. */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const tooLarge = () => payloadTooLarge(limit);
  if (declaresTooLarge(request, limit)) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const body = await readBody(request, limit);
  if (body.length === 0) throw new HttpError(400, 'Thiếu nội dung yêu cầu (cần một đối tượng JSON).', 'body');
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'Nội dung yêu cầu không phải JSON hợp lệ.', 'body');
  }
}

/** Validates parsed JSON; the first problem becomes a 400 naming its field. */
/**
 * A message longer than INPUT_DEFAULTS.maxMessageChars (the chat's one limit): a log line with its length only, never its text,
 * and 400 with the chat's notice (tooLongNotice), which the web page shows while the text stays in its box.
 */
export function refuseTooLong(text: string | undefined, field: string, log: Logger, channel: string): void {
  if (text === undefined || text.length <= INPUT_DEFAULTS.maxMessageChars) return;
  log.info('message_too_long', { channel, chars: text.length });
  throw new HttpError(400, tooLongNotice(text.length), field);
}

export function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw new HttpError(400, issue?.message ?? 'Nội dung yêu cầu không hợp lệ.', field);
}
