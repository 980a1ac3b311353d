/**
 * Round 18 (privacy): a Redis that accepts connections but stops answering (a stalled server, a half-open link) costs the
 * process one command's wait, not REDIS_DEFAULTS.commandTimeoutMs per feature and per message: the first timeout opens one
 * breaker for every feature, the others fall back at once, and it closes when Redis answers again. Real sockets: a fake
 * Redis speaking RESP on a loopback port, made to hang and to answer again; no Redis server needed.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { openRedisState, REDIS_DEFAULTS, type SharedState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';

/** Parses RESP arrays of bulk strings from `buffer`: the commands read and what is left. */
function commandsIn(buffer: string): { commands: string[][]; rest: string } {
  const commands: string[][] = [];
  let at = 0;
  for (;;) {
    const head = /^\*(\d+)\r\n/.exec(buffer.slice(at));
    if (!head) break;
    let cursor = at + head[0].length;
    const parts: string[] = [];
    let complete = true;
    for (let index = 0; index < Number(head[1]); index += 1) {
      const bulk = /^\$(\d+)\r\n/.exec(buffer.slice(cursor));
      if (!bulk || buffer.length < cursor + bulk[0].length + Number(bulk[1]) + 2) {
        complete = false;
        break;
      }
      const start = cursor + bulk[0].length;
      parts.push(buffer.slice(start, start + Number(bulk[1])));
      cursor = start + Number(bulk[1]) + 2;
    }
    if (!complete) break;
    commands.push(parts);
    at = cursor;
  }
  return { commands, rest: buffer.slice(at) };
}

/** A fake Redis on a loopback port: answers INFO, PING, GET, SET [NX], DEL, PEXPIRE, EVAL; `hang()` stops answering, `answer()` resumes (in order). */
async function fakeRedis() {
  const keys = new Map<string, string>();
  const sockets = new Set<Socket>();
  const waiting = new Map<Socket, string>();
  let hanging = false;
  const bulk = (value: string | undefined) => (value === undefined ? '$-1\r\n' : `$${Buffer.byteLength(value)}\r\n${value}\r\n`);
  const reply = ([name = '', ...args]: string[]): string => {
    switch (name.toLowerCase()) {
      case 'info':
        return bulk('# Server\r\nredis_version:7.0.0\r\nloading:0\r\n');
      case 'ping':
        return '+PONG\r\n';
      case 'get':
        return bulk(keys.get(args[0]!));
      case 'set':
        if (args.some((arg) => arg.toUpperCase() === 'NX') && keys.has(args[0]!)) return '$-1\r\n';
        keys.set(args[0]!, args[1]!);
        return '+OK\r\n';
      case 'del':
        return `:${args.filter((key) => keys.delete(key)).length}\r\n`;
      case 'pexpire':
        return `:${keys.has(args[0]!) ? 1 : 0}\r\n`;
      case 'eval':
        // The legacy-key adoption finds nothing; a lock's release deletes it if the token is the holder's; counters count 1.
        if (args[0]!.startsWith("local v = redis.call('get'")) return '$-1\r\n';
        if (args[0]!.startsWith("if redis.call('get', KEYS[1]) == ARGV[1]")) return `:${keys.get(args[2]!) === args[3] && keys.delete(args[2]!) ? 1 : 0}\r\n`;
        // A chat lock taken (round 31: its last holder kept too): SET NX.
        if (args[0]!.startsWith("if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX')")) {
          if (keys.has(args[2]!)) return ':0\r\n';
          keys.set(args[2]!, args[4]!);
          return ':1\r\n';
        }
        // A draft read with its version, the user's erasure and the version's time to live (round 31; no expiry here: -1, -2 none).
        if (args[0]!.startsWith("return {redis.call('get'")) return `*4\r\n${args.slice(2, 5).map((key) => bulk(keys.get(key))).join('')}:${keys.has(args[3]!) ? -1 : -2}\r\n`;
        // A draft's write (round 30: one script, fenced by the chat lock; round 31: seven keys; round 36: eight, when touched): the draft set or deleted.
        if (args[0]!.startsWith('local function token(v)')) {
          const [draft, , lock] = args.slice(2, 10);
          const [kind, value, , token] = args.slice(10);
          if (token !== '' && keys.get(lock!) !== token) return ':-1\r\n';
          if (kind === 'set' || kind === 'reseal') keys.set(draft!, value!);
          if (kind === 'delete') keys.delete(draft!);
          return ':1\r\n';
        }
        return ':1\r\n';
      default:
        return '+OK\r\n';
    }
  };
  const serve = (socket: Socket) => {
    if (hanging) return;
    const { commands, rest } = commandsIn(waiting.get(socket) ?? '');
    waiting.set(socket, rest);
    for (const command of commands) socket.write(reply(command));
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (data) => {
      waiting.set(socket, (waiting.get(socket) ?? '') + data.toString('utf8'));
      serve(socket);
    });
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    keys,
    hang: () => void (hanging = true),
    answer: () => {
      hanging = false;
      for (const socket of sockets) serve(socket);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function keptLines() {
  const events: string[] = [];
  const write = (event: string) => void events.push(event);
  const logger: Logger = { debug: write, info: write, warn: write, error: write, child: () => logger };
  return { events, logger };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const redis = await fakeRedis();
  cleanups.push(redis.close);
  const store: Store = openStore(':memory:');
  cleanups.push(() => store.close());
  const { events, logger } = keptLines();
  const shared: SharedState = await openRedisState(redis.url, 'tro-ly-breaker:', logger, { hashKey: store.hashKey, staleDrafts: store });
  cleanups.push(() => shared.close());
  /** One message as the chat handles it: the conversation's lock, its draft read and written; resolves to the ms it took. */
  const message = async (key: string, draft: object) => {
    const started = performance.now();
    await shared.chatLock.run(key, async () => {
      await shared.drafts.get(key);
      await shared.drafts.set(key, draft);
    });
    return performance.now() - started;
  };
  return { redis, events, shared, message };
}

describe('a Redis that accepts connections and never answers', () => {
  it('costs the first message one wait; the next messages of any user fall back at once', async () => {
    const { redis, message } = await setup();
    const draft = { interview: { position: 1, area: 'rural', members: 4, answers: {} } };
    expect(await message('zalo:u-hang-1', draft)).toBeLessThan(REDIS_DEFAULTS.commandTimeoutMs);
    redis.hang();
    const first = await message('zalo:u-hang-1', draft);
    expect(first).toBeGreaterThanOrEqual(REDIS_DEFAULTS.commandTimeoutMs - 50);
    expect(first).toBeLessThan(2 * REDIS_DEFAULTS.commandTimeoutMs + 300);
    const later: number[] = [];
    for (const user of ['web:tab-hang-aaaaaaaaaaaaaaaa', 'telegram:4242', 'zalo:u-hang-1']) later.push(await message(user, draft));
    // Each well under one command's wait (was 2 × commandTimeoutMs: the lock and the draft each waited).
    for (const took of later) expect(took).toBeLessThan(100);
  });

  it('closes when Redis answers again: the drafts kept in memory meanwhile are written back', async () => {
    const { redis, events, shared, message } = await setup();
    const draft = { interview: { position: 2, area: 'urban', members: 3, answers: {} } };
    redis.hang();
    await message('zalo:u-back-1', draft);
    expect(events).toContain('redis_breaker_open');
    expect(await shared.drafts.get('zalo:u-back-1')).toEqual(draft);
    redis.answer();
    const deadline = Date.now() + 4 * REDIS_DEFAULTS.breakerProbeMs + 2000;
    while (!events.includes('redis_breaker_closed') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toContain('redis_breaker_closed');
    // Written back to Redis (sealed, under the key's hash), and read from there again.
    const until = Date.now() + 2000;
    while (![...redis.keys.keys()].some((key) => key.startsWith('tro-ly-breaker:draft:')) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...redis.keys.keys()].some((key) => key.startsWith('tro-ly-breaker:draft:'))).toBe(true);
    expect(await message('zalo:u-back-1', draft)).toBeLessThan(REDIS_DEFAULTS.commandTimeoutMs);
    expect(await shared.drafts.get('zalo:u-back-1')).toEqual(draft);
  });
});
