/**
 * The edges of HTTP: requests Node's parser refuses before any route sees them (`clientError`),
 * URLs and headers too long, a missing Host, and bodies that stop arriving. Each gets the API's
 * usual Vietnamese JSON error with the right status (400, 408, 414, 431) and the connection is closed.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { HTTP_DEFAULTS } from './defaults.ts';
import { HttpError } from './http.ts';
import { COMMON_HEADERS } from './security.ts';


const closing = { Connection: 'close' };

export const edgeErrors = {
  urlTooLong: () =>
    new HttpError(414, `Địa chỉ yêu cầu quá dài (tối đa ${HTTP_DEFAULTS.maxUrlBytes / 1024} KB).`, undefined, closing),
  headersTooLarge: () =>
    new HttpError(431, `Tiêu đề yêu cầu quá lớn (tối đa ${HTTP_DEFAULTS.maxHeaderBytes / 1024} KB).`, undefined, closing),
  badTarget: () => new HttpError(400, 'Địa chỉ yêu cầu không hợp lệ.', undefined, closing),
  missingHost: () => new HttpError(400, 'Yêu cầu thiếu tiêu đề Host.', undefined, closing),
  timedOut: () =>
    new HttpError(408, 'Yêu cầu gửi đến quá chậm nên máy chủ đã ngừng chờ. Vui lòng gửi lại.', undefined, closing),
};

/** 414, 431 or 400 for a request the parser accepted but the server does not answer; undefined when fine. */
export function refuseHead(request: IncomingMessage): HttpError | undefined {
  if (Buffer.byteLength(request.url ?? '') > HTTP_DEFAULTS.maxUrlBytes) return edgeErrors.urlTooLong();
  let headBytes = 0;
  for (const part of request.rawHeaders) headBytes += Buffer.byteLength(part) + 2;
  if (headBytes > HTTP_DEFAULTS.maxHeaderBytes) return edgeErrors.headersTooLarge();
  if (request.httpVersion === '1.1' && !request.headers.host) return edgeErrors.missingHost();
  return undefined;
}

/**
 * Whether the URL is what overflowed, judged from the packet the parser stopped on: the packet is
 * all `METHOD target` so far, or it carries the end of a long target (` HTTP/x.y` closing a line
 * that is the rest of a target, or a whole request line longer than the URL limit).
 */
function urlOverflowed(packet: Buffer): boolean {
  const text = packet.toString('latin1');
  const firstLine = text.split('\r\n', 1)[0] ?? '';
  if (/^[A-Z]+ \S*$/.test(text) || /^\S* HTTP\/\d\.\d$/.test(firstLine)) return true;
  return /^[A-Z]+ \S* HTTP\/\d\.\d$/.test(firstLine) && firstLine.length > HTTP_DEFAULTS.maxUrlBytes;
}

/** What a parser error means for the caller, in Vietnamese. */
function describeParseError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): HttpError {
  const packet = error.rawPacket;
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return edgeErrors.timedOut();
    case 'HPE_HEADER_OVERFLOW':
      return packet && urlOverflowed(packet) ? edgeErrors.urlTooLong() : edgeErrors.headersTooLarge();
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
    case 'HPE_INVALID_TRANSFER_ENCODING':
      return new HttpError(400, 'Độ dài nội dung (Content-Length / Transfer-Encoding) không hợp lệ.', undefined, closing);
    case 'HPE_INVALID_HEADER_TOKEN':
      return new HttpError(400, 'Tiêu đề yêu cầu có ký tự không hợp lệ.', undefined, closing);
    case 'HPE_INVALID_METHOD':
      // 0x16 is the first byte of a TLS handshake: someone spoke HTTPS to this plain-HTTP port.
      if (packet?.[0] === 0x16) return new HttpError(400, 'Máy chủ này nhận HTTP, không phải HTTPS.', undefined, closing);
      return new HttpError(400, 'Phương thức HTTP không hợp lệ.', undefined, closing);
    default:
      return new HttpError(400, 'Yêu cầu HTTP không hợp lệ.', undefined, closing);
  }
}

/** The error as raw bytes: nothing of node:http's response machinery exists yet for such a request. */
function rawResponse(error: HttpError): string {
  const body = JSON.stringify({ error: { message: error.message } });
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...COMMON_HEADERS,
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Answers a request the parser refused; returns the error code for the log line. A response
 * already under way on that connection (pipelining) cannot be interleaved: the connection is cut.
 */
export function answerClientError(error: Error, socket: Duplex): { code: string; status?: number } {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  const inProgress = (socket as Duplex & { _httpMessage?: { headersSent: boolean } })._httpMessage?.headersSent;
  if (code === 'ECONNRESET' || !socket.writable || inProgress) {
    socket.destroy();
    return { code };
  }
  const answer = describeParseError(error);
  socket.end(rawResponse(answer));
  return { code, status: answer.status };
}

/**
 * Calls `onStall` when a request's body stops arriving for `idleMs` (checked on the socket's
 * byte count, so the body is left for the route to read). Ends by itself with the response.
 */
export function watchBody(
  request: IncomingMessage,
  response: ServerResponse,
  onStall: () => void,
): void {
  const idleMs = HTTP_DEFAULTS.bodyIdleMs;
  if (request.complete) return;
  const socket = request.socket;
  let bytes = socket.bytesRead;
  let progressAt = Date.now();
  const timer = setInterval(
    () => {
      if (request.complete || socket.destroyed) return clearInterval(timer);
      if (socket.bytesRead !== bytes) {
        bytes = socket.bytesRead;
        progressAt = Date.now();
      } else if (Date.now() - progressAt >= idleMs) {
        clearInterval(timer);
        onStall();
      }
    },
    Math.min(1_000, idleMs / 4),
  );
  timer.unref();
  response.once('close', () => clearInterval(timer));
}
