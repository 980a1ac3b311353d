/**
 * Rate limits behind a reverse proxy and a carrier NAT, over real HTTP: X-Forwarded-For is believed
 * only from TRUST_PROXY addresses (right-most untrusted hop), the web chat is limited per session
 * as well as per address, and the 429 message tells the same wait as Retry-After.
 */
import { describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

async function ask(server: TestService, forwardedFor?: string): Promise<Response> {
  return server.postJson('/api/ask', { question: 'ho ngheo' }, forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {});
}

async function statuses(server: TestService, count: number, forwardedFor?: string): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await ask(server, forwardedFor)).status);
  return seen;
}

function chat(server: TestService, sessionId: string): Promise<Response> {
  return server.postJson('/api/chat', { sessionId, text: 'chuan ngheo la gi' });
}

describe('TRUST_PROXY', () => {
  it('without it, X-Forwarded-For is ignored: a client cannot escape its limit by writing one', async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      expect(await statuses(server, 2, '203.0.113.1')).toEqual([200, 200]);
      expect((await ask(server, '203.0.113.2')).status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('with the proxy trusted, each forwarded client has its own budget', async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '127.0.0.1' });
    try {
      expect(await statuses(server, 3, '203.0.113.1')).toEqual([200, 200, 429]);
      expect(await statuses(server, 2, '203.0.113.2')).toEqual([200, 200]);
      // A client writing its own X-Forwarded-For: the proxy appends the real address, which counts.
      expect((await ask(server, '198.51.100.9, 203.0.113.1')).status).toBe(429);
      expect((await ask(server, '203.0.113.1, 198.51.100.9')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('skips every trusted hop from the right, whatever the form of the address', async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: '127.0.0.0/8, 10.0.0.0/8' });
    try {
      expect((await ask(server, '203.0.113.5, 10.1.2.3, 10.0.0.1')).status).toBe(200);
      // The same client through other proxies, with a port, and IPv4-mapped: one budget.
      expect((await ask(server, '203.0.113.5:4711, 10.9.9.9')).status).toBe(429);
      expect((await ask(server, '::ffff:203.0.113.5')).status).toBe(429);
      expect((await ask(server, '203.0.113.6')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('web chat limits', () => {
  it('limits each session, and people sharing one address are not limited together', async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const first = 'phien-thu-nhat-0123456789';
      expect((await chat(server, first)).status).toBe(200);
      expect((await chat(server, first)).status).toBe(200);
      const refused = await chat(server, first);
      expect(refused.status).toBe(429);
      // Another person behind the same address still talks.
      expect((await chat(server, 'phien-thu-hai-0123456789')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('still limits one address that keeps inventing sessions (10 times the per-address budget)', async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const seen: number[] = [];
      for (let i = 0; i < 21; i += 1) seen.push((await chat(server, `phien-moi-${String(i).padStart(8, '0')}`)).status);
      expect(seen.slice(0, 20).every((status) => status === 200)).toBe(true);
      expect(seen[20]).toBe(429);
    } finally {
      await server.close();
    }
  });
});

describe('the 429 answer', () => {
  it('tells in Vietnamese the same wait as Retry-After', async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      await statuses(server, 2);
      const refused = await ask(server);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      // Two a minute: the next one in 30 s.
      expect(retryAfter).toBeGreaterThanOrEqual(29);
      expect(retryAfter).toBeLessThanOrEqual(30);
      const { error } = (await refused.json()) as { error: { message: string } };
      expect(error.message).toBe(`Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfter} giây.`);
    } finally {
      await server.close();
    }
  });
});
