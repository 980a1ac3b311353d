/**
 * The one HTTP server: web chat page, JSON API, admin stats and webhook endpoints on node:http.
 * This file does the plumbing every route shares: request ids, one log line per request,
 * security headers, CORS, rate limits, error answers, and a graceful close.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import { HttpError, sendError } from './http.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { applyCors, setCommonHeaders } from './security.ts';

export type Method = 'GET' | 'POST';

export interface RouteContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  requestId: string;
  /** Logger carrying the request id; never give it user texts or answers. */
  log: Logger;
}

export interface Route {
  method: Method;
  path: string;
  /** Counted against the per-client rate limit (webhooks are not: their secret guards them). */
  rateLimited: boolean;
  handle(context: RouteContext): Promise<void> | void;
}

export interface HttpServerOptions {
  routes: Route[];
  logger: Logger;
  /** Requests per minute per client on rate-limited routes; 0 turns the limit off. */
  rateLimitPerMinute: number;
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

const DEFAULT_CLOSE_GRACE_MS = 10_000;
/** Unknown paths are logged cut to this length: enough to diagnose, not a log-flooding vector. */
const MAX_LOGGED_PATH = 80;

function clientKey(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { routes, logger } = options;
  const limiter: RateLimiter | undefined =
    options.rateLimitPerMinute > 0 ? createRateLimiter(options.rateLimitPerMinute) : undefined;
  const routesByPath = new Map<string, Route[]>();
  for (const route of routes) routesByPath.set(route.path, [...(routesByPath.get(route.path) ?? []), route]);
  let closing = false;

  const dispatch = async (context: RouteContext, candidates: Route[] | undefined): Promise<void> => {
    const { request, response } = context;
    if (!candidates) throw new HttpError(404, 'Không có địa chỉ này.');
    const route = candidates.find((candidate) => candidate.method === request.method);
    if (!route) {
      const allow = candidates.map((candidate) => candidate.method).join(', ');
      throw new HttpError(405, `Phương thức ${request.method ?? ''} không được hỗ trợ ở địa chỉ này.`, undefined, {
        Allow: allow,
      });
    }
    if (route.rateLimited && limiter) {
      const decision = limiter.take(clientKey(request));
      if (!decision.allowed) {
        throw new HttpError(429, 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.', undefined, {
          'Retry-After': String(decision.retryAfterSeconds),
        });
      }
    }
    if (closing) response.setHeader('Connection', 'close');
    await route.handle(context);
  };

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    const url = new URL(request.url ?? '/', 'http://localhost');
    const candidates = routesByPath.get(url.pathname);
    const log = logger.child({ requestId });
    response.setHeader('X-Request-Id', requestId);
    setCommonHeaders(response);

    response.on('finish', () => {
      // During a close, a keep-alive connection whose last request just finished is let go at once.
      if (closing) setImmediate(() => server.closeIdleConnections());
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      log.info('http_request', {
        method: request.method,
        path: candidates ? url.pathname : url.pathname.slice(0, MAX_LOGGED_PATH),
        status: response.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
      });
    });

    if (applyCors(request, response, options.corsOrigin)) return;
    dispatch({ request, response, url, requestId, log }, candidates).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (!response.headersSent) sendError(response, error);
        else response.destroy();
        return;
      }
      log.error('http_handler_failed', { path: url.pathname, error });
      if (!response.headersSent) sendError(response, new HttpError(500, 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.'));
      else response.destroy();
    });
  });
  // A client that stalls while sending its request must not hold a connection for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.on('clientError', (error, socket) => {
    logger.warn('http_client_error', { code: (error as NodeJS.ErrnoException).code });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    close() {
      closing = true;
      return new Promise((resolve) => {
        // Node's close() stops accepting and drops idle keep-alive connections; busy ones finish first.
        const cutOff = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS);
        cutOff.unref();
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
