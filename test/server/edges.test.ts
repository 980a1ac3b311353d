/**
 * The edges of HTTP over a raw socket to the real service: requests Node's parser refuses, URLs and
 * headers too long, a stalled body or head, and HEAD. Each gets its status and the API's Vietnamese
 * JSON error (never a bare 400), and the server keeps serving.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;
let port: number;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from the first byte sent to the connection's end. */
  elapsedMs: number;
}

/** Sends raw bytes (the parts spaced by `gapMs`, or the last part never followed), reads until the server closes. */
function raw(parts: (string | Buffer)[], options: { gapMs?: number } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', async () => {
      for (const [index, part] of parts.entries()) {
        if (index > 0) await new Promise((done) => setTimeout(done, options.gapMs ?? 0));
        if (!socket.destroyed) socket.write(part);
      }
    });
    const guard = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server did not answer and close within 20 s'));
    }, 20_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(guard);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n'), elapsedMs: Date.now() - started });
    });
  });
}

function errorMessage(answer: RawAnswer): string {
  expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  return (JSON.parse(answer.body) as { error: { message: string } }).error.message;
}

const TLS_CLIENT_HELLO = Buffer.from(`16030100a5010000a10303${'ab'.repeat(32)}000004c02bc02f0100`, 'hex');

describe('malformed requests get a status and a Vietnamese JSON error', () => {
  const cases: { name: string; request: string | Buffer; status: number; message: RegExp }[] = [
    { name: 'Content-Length not a number', request: 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', status: 400, message: /Content-Length/ },
    { name: 'negative Content-Length', request: 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n', status: 400, message: /Content-Length/ },
    { name: 'two different Content-Length', request: 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}', status: 400, message: /Content-Length/ },
    { name: 'Content-Length with chunked', request: 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', status: 400, message: /Transfer-Encoding/ },
    { name: '20 KB of headers', request: `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, status: 431, message: /Tiêu đề yêu cầu quá lớn/ },
    { name: '40 KB of headers', request: `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`, status: 431, message: /Tiêu đề yêu cầu quá lớn/ },
    { name: '16 KB URL', request: `GET /healthz?q=${'a'.repeat(16_384)} HTTP/1.1\r\nHost: x\r\n\r\n`, status: 414, message: /Địa chỉ yêu cầu quá dài/ },
    { name: '40 KB URL', request: `GET /${'a'.repeat(40_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, status: 414, message: /Địa chỉ yêu cầu quá dài/ },
    { name: 'NUL in a header value', request: 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n', status: 400, message: /ký tự không hợp lệ/ },
    { name: 'NUL in a header name', request: 'GET /healthz HTTP/1.1\r\nHost: x\r\nX\0A: b\r\n\r\n', status: 400, message: /ký tự không hợp lệ/ },
    { name: 'a TLS hello on the HTTP port', request: TLS_CLIENT_HELLO, status: 400, message: /HTTP, không phải HTTPS/ },
    { name: 'not HTTP at all', request: 'HELLO\r\n\r\n', status: 400, message: /Phương thức HTTP không hợp lệ/ },
    { name: 'an unknown HTTP version', request: 'GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n', status: 400, message: /không hợp lệ/ },
    { name: 'HTTP/1.1 without Host', request: 'GET /healthz HTTP/1.1\r\n\r\n', status: 400, message: /thiếu tiêu đề Host/ },
    { name: 'a target that is no URL', request: 'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n', status: 400, message: /Địa chỉ yêu cầu không hợp lệ/ },
    { name: 'a target with no path', request: 'GET //elsewhere/healthz HTTP/1.1\r\nHost: x\r\n\r\n', status: 400, message: /Địa chỉ yêu cầu không hợp lệ/ },
  ];

  for (const { name, request, status, message } of cases) {
    it(`${name} → ${status}`, async () => {
      const answer = await raw([request]);
      expect(answer.status).toBe(status);
      expect(errorMessage(answer)).toMatch(message);
      expect(answer.headers.connection).toBe('close');
    });
  }

  it('keeps serving afterwards', async () => {
    expect((await server.fetch('/healthz')).status).toBe(200);
    const events = server.logs().filter((record) => record.event === 'http_client_error');
    expect(events.length).toBeGreaterThan(0);
    // The log says what happened without the request's bytes.
    expect(JSON.stringify(events)).not.toContain('aaaa');
  });
});

describe('slow requests', () => {
  it('a body that stops arriving gets 408 in seconds, not 30 s; a head that stops gets 408 too', async () => {
    const body = JSON.stringify({ question: 'ho ngheo duoc ho tro gi' });
    const [stalledBody, stalledHead] = await Promise.all([
      raw([`POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`]),
      raw(['GET /healthz HTTP/1.1\r\nHost: x\r\n']),
    ]);
    expect(stalledBody.status).toBe(408);
    expect(errorMessage(stalledBody)).toMatch(/quá chậm/);
    expect(stalledBody.elapsedMs).toBeGreaterThanOrEqual(4_500);
    expect(stalledBody.elapsedMs).toBeLessThan(8_000);
    expect(stalledHead.status).toBe(408);
    expect(errorMessage(stalledHead)).toMatch(/quá chậm/);
    expect(stalledHead.elapsedMs).toBeLessThan(13_000);
    expect(server.logs().some((record) => record.event === 'http_body_stalled')).toBe(true);
  }, 30_000);

  it('a body that arrives slowly but steadily is answered', async () => {
    const body = JSON.stringify({ question: 'ho can ngheo duoc ho tro bhyt the nao' });
    const parts = [`POST /api/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`];
    for (let index = 0; index < body.length; index += 8) parts.push(body.slice(index, index + 8));
    // About 7 s in all, 1.5 s between pieces: never idle long enough to be cut.
    const answer = await raw(parts.slice(0, 6).concat(parts.slice(6).join('')), { gapMs: 1_500 });
    expect(answer.status).toBe(200);
  }, 30_000);
});

describe('HEAD', () => {
  for (const path of ['/', '/healthz']) {
    it(`HEAD ${path} → 200 with the GET headers and no body`, async () => {
      const head = await raw([`HEAD ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`]);
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
      const get = await server.fetch(path);
      expect(head.headers['content-type']).toBe(get.headers.get('content-type'));
      expect(Number(head.headers['content-length'])).toBe((await get.arrayBuffer()).byteLength);
    });
  }

  it('HEAD where only POST exists → 405 naming POST', async () => {
    const response = await server.fetch('/api/ask', { method: 'HEAD' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('GET routes say they take HEAD too', async () => {
    const response = await server.fetch('/healthz', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('a client gone while sending (a tab closed, the phone out of signal mid-upload)', () => {
  it('a list of households cut off halfway through /api/batch: one info line naming the path, no error, no row of the list in the log; the server serves on', async () => {
    const before = server.logLines.length;
    const rows = Array.from({ length: 2000 }, (_, index) => `Nguyen Thi Lan ${index},Ap 3 Long Hoa,nong thon,4,6000000,co`).join('\n');
    const boundary = 'x-cut-off';
    const head =
      `POST /api/batch HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${rows.length * 2 + 500}\r\n\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ds-ho-ap-3.csv"\r\nContent-Type: text/csv\r\n\r\nho_ten,dia_chi,khu_vuc,so_nguoi,thu_nhap_thang,bhyt\n`;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(head);
        socket.write(rows.slice(0, rows.length / 2), () => setTimeout(() => (socket.destroy(), resolve()), 200));
      });
      socket.on('error', reject);
    });
    const deadline = Date.now() + 5_000;
    const lines = () => server.logLines.slice(before);
    while (!lines().some((line) => line.includes('http_request_aborted')) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    const events = lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events.filter((event) => event.level === 'error')).toEqual([]);
    expect(events.find((event) => event.event === 'http_request_aborted')).toMatchObject({ level: 'info', path: '/api/batch' });
    expect(lines().join('\n')).not.toMatch(/Nguyen Thi Lan|Long Hoa|ds-ho-ap-3/);
    expect((await server.fetch('/healthz')).status).toBe(200);
  });
});
