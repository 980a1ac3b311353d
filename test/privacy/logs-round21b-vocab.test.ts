/**
 * Round 21b (privacy): a request's log line names the route, never what the path carries. A link shared to a Zalo group
 * ("/s/<token>"), a path with a phone number, or any other path no route has, was logged as typed (cut to 80 characters);
 * now only its pattern is ("/s/*"). A route's own path is still logged whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { createHttpServer, type HttpServer } from '../../src/server/server.ts';

const lines: string[] = [];
let http: HttpServer;
let base: string;

beforeAll(async () => {
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  http = createHttpServer({
    routes: [{ method: 'GET', path: '/healthz', rateLimited: false, handle: ({ response }) => void response.end('ok') }],
    logger,
    rateLimitPerMinute: 0,
  });
  const address = await http.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await http?.close();
});

/** The http_request line of one request (by its X-Request-Id). */
async function logOf(path: string): Promise<{ status: number; line: string }> {
  const response = await fetch(base + path);
  await response.arrayBuffer();
  const id = response.headers.get('x-request-id');
  const deadline = Date.now() + 2000;
  let line: string | undefined;
  while (!(line = lines.find((text) => text.includes('http_request') && text.includes(id!))) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
  return { status: response.status, line: line ?? '' };
}

describe('the log line of a request', () => {
  it.each([
    ['a share link', '/s/Xk3fA9bQ7wZp2LmN', 'Xk3fA9bQ7wZp2LmN', '/s/*'],
    ['a share link in lower case', '/s/abcdefghijklmnop', 'abcdefghijklmnop', '/s/*'],
    ['a share link with a query', '/chia-se/8f3a2b91c0d4?nguon=zalo', '8f3a2b91c0d4', '/chia-se/*'],
    ['a phone number as the path', '/0912345678', '0912345678', '/*'],
  ])('%s: the route pattern, not the token', async (_, path, token, pattern) => {
    const { status, line } = await logOf(path);
    expect(status).toBe(404);
    expect(line).toContain('"event":"http_request"');
    expect(JSON.parse(line)).toMatchObject({ path: pattern, status: 404 });
    expect(line).not.toContain(token);
  });

  it("a route's own path is logged whole", async () => {
    const { status, line } = await logOf('/healthz');
    expect(status).toBe(200);
    expect(JSON.parse(line)).toMatchObject({ path: '/healthz', status: 200 });
  });
});
