/**
 * Real server processes (`src/main.ts`, as `npm start` runs it) on a PostgreSQL cluster and a Redis server of this test's
 * own (own-services.ts):
 * - PostgreSQL down when the server starts: it starts anyway, degraded (/healthz says store, /readyz 503, a message gets
 *   the Vietnamese 503 with Retry-After as when PostgreSQL goes away while it runs), and connects once PostgreSQL is up,
 *   without a restart. It exited 1 before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titled } from '../services.ts';
import { ownServicesUnavailable, startOwnPostgres, startOwnRedis, type OwnPostgres, type OwnRedis } from './own-services.ts';
import { killLeft, startInstance, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Turn {
  status: number;
  text: string;
  retryAfter: string | null;
}

async function chat(instance: Instance, sessionId: string, text: string): Promise<Turn> {
  const response = await fetch(new URL('/api/chat', instance.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId, text }),
  });
  const body = (await response.json()) as { replies?: { spans: { text: string }[] }[]; error?: { message: string } };
  const said = body.replies ? body.replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n') : (body.error?.message ?? '');
  return { status: response.status, text: said, retryAfter: response.headers.get('retry-after') };
}

const health = async (instance: Instance) => (await fetch(new URL('/healthz', instance.url))).json() as Promise<Record<string, unknown>>;
const ready = async (instance: Instance) => (await fetch(new URL('/readyz', instance.url))).status;

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const session = (label: string) => `${label}-${process.pid}-${Date.now()}`.padEnd(24, 'x');
const OUTAGE = 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu. Tin nhắn của bạn chưa được xử lý, bạn vui lòng gửi lại sau ít giây.';

describe.skipIf(unavailable !== undefined)(titled('round 22 faults: instances on their own PostgreSQL and Redis', unavailable), () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;
  const instances: Instance[] = [];

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
  }, 180_000);
  afterAll(async () => {
    await killLeft(instances);
    await redis?.kill();
    await postgres?.remove();
  }, 60_000);

  it('npm start while PostgreSQL is down: starts degraded, a resident gets the 503 sentence, connects when PostgreSQL comes up', async () => {
    await postgres.stop();
    const instance = await startInstance({ DATABASE_URL: postgres.url, REDIS_URL: redis.url });
    instances.push(instance);
    expect(await ready(instance)).toBe(503);
    expect(await health(instance)).toMatchObject({ status: 'degraded', degraded: ['store'], database: { backend: 'postgres', reachable: false } });
    const user = session('pg-down-at-start');
    const refused = await chat(instance, user, 'nha tui 4 nguoi o que thu nhap 5 trieu co dc ho ngheo ko');
    expect(refused).toEqual({ status: 503, text: OUTAGE, retryAfter: '5' });
    // Answers from the documents need no database.
    const ask = await fetch(new URL('/api/ask', instance.url), { method: 'POST', body: JSON.stringify({ question: 'ho can ngheo dc ho tro bhyt ko' }) });
    expect(ask.status).toBe(200);
    await sleep(2500);
    expect(instance.child.exitCode).toBeNull();
    const events = instance.logs().map((line) => line.event);
    expect(events.filter((event) => event === 'store_unavailable_at_start')).toHaveLength(1);
    expect(events).not.toContain('redis_breaker_open');

    await postgres.start();
    await until('ready once PostgreSQL is up', async () => (await ready(instance)) === 200);
    expect(instance.logs().map((line) => line.event)).toContain('store_connected');
    expect(await health(instance)).toMatchObject({ status: 'ok', degraded: [], database: { reachable: true }, redis: { reachable: true } });
    // Sent again: answered, the check starts with what the message told.
    const answered = await chat(instance, user, 'nha tui 4 nguoi o que thu nhap 5 trieu co dc ho ngheo ko');
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('Đồng ý lưu');
  }, 120_000);
});
