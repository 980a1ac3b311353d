/**
 * The one HTTP server: web chat page, JSON API, admin stats and webhook endpoints on node:http.
 * This file does the plumbing every route shares: request ids, one log line per request,
 * security headers, CORS, rate limits, error answers, and a graceful close.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import { StoreUnavailableError } from '../chat/ports.ts';
import { HttpError, internalError, methodNotAllowed, sendError, storeUnavailable } from './http.ts';
import { HTTP_DEFAULTS } from './defaults.ts';
import { answerClientError, edgeErrors, refuseHead, watchBody } from './edges.ts';
import { clientAddressResolver, type ProxyRange } from './client-address.ts';
import { limiterOutage, memoryRateLimiters, type LimiterOutage, type RateLimiter, type RateLimiterFactory } from './rate-limit.ts';
import { applyCors, setCommonHeaders } from './security.ts';

export type Method = 'GET' | 'POST';

export interface RouteContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  requestId: string;
  /** Logger carrying the request id; never give it user texts or answers. */
  log: Logger;
  /** Counts this request against the session's budget; throws the 429 when it is spent. */
  limitSession(sessionId: string): Promise<void>;
}

export interface Route {
  method: Method;
  path: string;
  /** Counted against the per-address rate limit (webhooks are not: their secret guards them). */
  rateLimited: boolean;
  /**
   * The route also limits each session (it calls `limitSession`), so the people behind one address
   * (a carrier NAT, an office) share a per-address budget `sharedAddressFactor` times wider.
   */
  perSession?: boolean;
  handle(context: RouteContext): Promise<void> | void;
}

export interface HttpServerOptions {
  routes: Route[];
  logger: Logger;
  /** Requests per minute per address (and per web-chat session) on rate-limited routes; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Where the limits are counted; default in this process's memory. */
  rateLimiters?: RateLimiterFactory;
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY); none by default. */
  trustProxy?: ProxyRange[];
  corsOrigin?: string;
  /** How long a close waits for in-flight requests before cutting the connections. */
  closeGraceMs?: number;
}

export interface HttpServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish (up to the grace time), then resolves. */
  close(): Promise<void>;
}

/** The request target as a URL: origin-form (`/path?query`) or absolute-form; undefined when neither. */
function parseTarget(target: string | undefined): URL | undefined {
  if (!target) return undefined;
  try {
    if (target.startsWith('/') && !target.startsWith('//')) return new URL(target, 'http://localhost');
    return /^https?:\/\//i.test(target) ? new URL(target) : undefined;
  } catch {
    return undefined;
  }
}

/** A path's first segment kept in a log line: a plain lower-case word, no digit ("/favicon.ico", "/wp-admin", "/khong-co"). */
const PLAIN_SEGMENT = /^[a-z._-]{1,24}$/;

/**
 * The path a log line names: a route's own path (routes are matched whole, so it holds nothing a person typed), or, for
 * any other path, its pattern: the first segment when it is a plain word, every other segment "*" ("/s/Xk3f9…" →
 * "/s/*", "/0912345678" → "/*"), cut to HTTP_DEFAULTS.maxLoggedPath. A path may carry a share token, a phone number or a
 * name, and logs hold no personal text (Luật 91/2025/QH15).
 */
function loggedPath(pathname: string, isRoute: boolean): string {
  if (isRoute) return pathname;
  const [first = '', ...rest] = pathname.slice(1).split('/');
  return `/${[PLAIN_SEGMENT.test(first) ? first : '*', ...rest.map(() => '*')].join('/')}`.slice(0, HTTP_DEFAULTS.maxLoggedPath);
}

interface Limiters {
  address: RateLimiter;
  sharedAddress: RateLimiter;
  session: RateLimiter;
}

function createLimiters(perMinute: number, factory: RateLimiterFactory): Limiters | undefined {
  if (perMinute <= 0) return undefined;
  return {
    address: factory({ name: 'address', perMinute }),
    sharedAddress: factory({ name: 'shared-address', perMinute: perMinute * HTTP_DEFAULTS.sharedAddressFactor }),
    session: factory({ name: 'session', perMinute }),
  };
}

/** 429 whose message tells the same wait as its Retry-After header. */
function tooManyRequests(retryAfterSeconds: number): HttpError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new HttpError(429, `Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${seconds} giây.`, undefined, {
    'Retry-After': String(seconds),
  });
}

/**
 * Counts one request; a limiter that fails (its store unreachable) lets the request through, logged once when the store is
 * lost, then as a reminder at most every HTTP_DEFAULTS.rateLimitReminderMs, and once when it is back (`outage`).
 */
async function enforce(limiter: RateLimiter, key: string, log: Logger, outage: LimiterOutage): Promise<void> {
  let decision;
  try {
    decision = await limiter.hit(key);
  } catch (error) {
    outage.failed(log, error);
    return;
  }
  outage.answered(log);
  if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds);
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { routes, logger } = options;
  const limiters = createLimiters(options.rateLimitPerMinute, options.rateLimiters ?? memoryRateLimiters);
  const outage = limiterOutage(HTTP_DEFAULTS.rateLimitReminderMs);
  const clientAddress = clientAddressResolver(options.trustProxy ?? []);
  const routesByPath = new Map<string, Route[]>();
  for (const route of routes) routesByPath.set(route.path, [...(routesByPath.get(route.path) ?? []), route]);
  let closing = false;

  const dispatch = async (context: RouteContext, candidates: Route[] | undefined): Promise<void> => {
    const { request } = context;
    if (!candidates) throw new HttpError(404, 'Không có địa chỉ này.');
    // HEAD is GET without the body (node:http leaves the body out): uptime checkers use it.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = candidates.find((candidate) => candidate.method === method);
    if (!route) {
      const methods = candidates.map((candidate) => candidate.method);
      const allow = methods.includes('GET') ? [...methods, 'HEAD'] : methods;
      throw methodNotAllowed(request.method, allow);
    }
    if (route.rateLimited && limiters) {
      const address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for']);
      await enforce(route.perSession ? limiters.sharedAddress : limiters.address, address, context.log, outage);
    }
    await route.handle(context);
  };

  const server = createServer(
    {
      maxHeaderSize: HTTP_DEFAULTS.parserHeaderBytes,
      // Checked in refuseHead, to answer a missing Host with the JSON error instead of a bare 400.
      requireHostHeader: false,
      connectionsCheckingInterval: HTTP_DEFAULTS.timeoutCheckMs,
    },
    (request, response) => {
      const started = process.hrtime.bigint();
      const requestId = randomUUID();
      const url = parseTarget(request.url);
      const candidates = url && routesByPath.get(url.pathname);
      const path = url ? loggedPath(url.pathname, candidates !== undefined) : '(invalid)';
      const log = logger.child({ requestId });
      const limitSession = async (sessionId: string) => {
        if (limiters) await enforce(limiters.session, sessionId, log, outage);
      };
      response.setHeader('X-Request-Id', requestId);
      setCommonHeaders(response);

      // During a close every answer ends its connection.
      if (closing) response.setHeader('Connection', 'close');
      response.on('finish', () => {
        // An answer begun before the close kept its connection open: let it go once a request the
        // client may already have sent on it has had the same moment to arrive.
        if (closing && !response.getHeader('Connection')) void afterQuiet().then(() => server.closeIdleConnections());
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        const notable = response.statusCode >= 400 || durationMs >= HTTP_DEFAULTS.slowRequestMs;
        (notable ? log.info : log.debug)('http_request', {
          method: request.method,
          path,
          status: response.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
        });
      });

      const fail = (error: HttpError) => {
        if (!response.headersSent) sendError(response, error);
        else response.destroy();
      };
      const refused = refuseHead(request) ?? (url ? undefined : edgeErrors.badTarget());
      if (refused) return fail(refused);
      watchBody(request, response, () => {
        log.warn('http_body_stalled', { path });
        fail(edgeErrors.timedOut());
      });
      if (applyCors(request, response, options.corsOrigin)) return;
      dispatch({ request, response, url: url!, requestId, log, limitSession }, candidates).catch((error: unknown) => {
        // Already answered (a stalled body got its 408): the route's failure to read is expected.
        if (response.writableEnded) return;
        // The client went away while sending (a tab closed, the signal lost mid-upload): no one to answer, nothing failed
        // here, so not an error line (an operator alerted on errors was paged for it); the path only, never the body.
        if (request.destroyed && !request.complete) {
          log.info('http_request_aborted', { path });
          return void response.destroy();
        }
        if (error instanceof HttpError) return fail(error);
        if (error instanceof StoreUnavailableError) {
          log.warn('http_store_unavailable', { path });
          return fail(storeUnavailable());
        }
        log.error('http_handler_failed', { path, error });
        fail(internalError());
      });
    },
  );
  let accepted = 0;
  server.on('connection', () => (accepted += 1));
  /** Waits the quiet time, then until just after the event loop's next poll: whatever had arrived is read. */
  const afterQuiet = async () => {
    await sleep(HTTP_DEFAULTS.closeQuietMs);
    await new Promise((resolve) => setImmediate(resolve));
  };
  const drainAccepts = async () => {
    const giveUpAt = Date.now() + HTTP_DEFAULTS.closeDrainMaxMs;
    let seen;
    do {
      seen = accepted;
      await afterQuiet();
    } while (accepted !== seen && Date.now() < giveUpAt);
  };

  // A client that stalls while sending its request must not hold a connection for ever.
  server.requestTimeout = HTTP_DEFAULTS.requestTimeoutMs;
  server.headersTimeout = HTTP_DEFAULTS.headersTimeoutMs;
  server.on('clientError', (error, socket) => {
    logger.warn('http_client_error', answerClientError(error, socket));
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const refused = (error: NodeJS.ErrnoException) => reject(listenRefused(error, port, host));
        server.once('error', refused);
        server.listen(port, host, () => {
          server.off('error', refused);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      closing = true;
      await drainAccepts();
      await new Promise<void>((resolve) => {
        const cutOff = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? HTTP_DEFAULTS.closeGraceMs);
        cutOff.unref();
        // Stops accepting and closes the idle connections; busy ones close after their answer.
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
      });
    },
  };
}

/**
 * Why the server could not listen, in Vietnamese with what to do (tryout51 F6: was Node's "listen EADDRINUSE: address already in
 * use" and its stack); the code stays on the error.
 */
function listenRefused(error: NodeJS.ErrnoException, port: number, host: string): Error {
  const said: Record<string, string> = {
    EADDRINUSE: `Cổng ${port} (PORT) trên ${host} đang có chương trình khác dùng (có thể một máy chủ trợ lý khác đang chạy). Hãy đặt PORT khác, hoặc tắt chương trình kia rồi chạy lại.`,
    EACCES: `Không được phép mở cổng ${port} (PORT) trên ${host}: cổng dưới 1024 cần quyền quản trị. Hãy đặt PORT từ 1024 trở lên (ví dụ 8080) và dùng proxy phía trước nếu cần cổng 80/443.`,
    EADDRNOTAVAIL: `Máy này không có địa chỉ ${host} (HOST). Hãy đặt HOST là 127.0.0.1 (chỉ máy này) hoặc 0.0.0.0 (mọi địa chỉ của máy).`,
  };
  const message = error.code === undefined ? undefined : said[error.code];
  if (!message) return error;
  return Object.assign(new Error(`${message} [${error.code}]`, { cause: error }), { code: error.code });
}
