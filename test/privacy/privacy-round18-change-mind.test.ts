/**
 * Round 18 (privacy): residents who change their mind. On Telegram, Zalo and the web page, one asks something the assistant
 * keeps (masked), starts the household check (with or without consent), gets a result or stops half-way, then says
 * "xoa het thong tin cua tui di" (and confirms) or sends /xoadulieu. Afterwards no store holds anything of theirs: no row of
 * any table names them (keyed hash) or holds what they typed, no draft is left in Redis, no answer waits in the outbox, and
 * no log line holds their text or id. SQLite alone, and PostgreSQL with Redis (skipped with the reason when either is absent).
 */
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { IncomingMessage } from '../../src/chat/types.ts';
import { createLogger } from '../../src/log.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { postgresTables, sqliteTables } from './table-dump.ts';

const folder = mkdtempSync(join(tmpdir(), 'privacy-mind-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  rmSync(folder, { recursive: true, force: true });
});

interface Backend {
  name: string;
  unavailable?: string;
  open(logger: ReturnType<typeof createLogger>): Promise<{ app: App; rows(): Promise<string>; redisKeys(): Promise<string[]> }>;
}

const sqlite: Backend = {
  name: 'SQLite',
  open: async (logger) => {
    const path = join(folder, `mind-${Date.now()}.db`);
    const app = await createApp({ databasePath: path, logger });
    return {
      app,
      rows: async () => sqliteTables(path),
      redisKeys: async () => [],
    };
  },
};

const pgReason = await postgresUnavailable();
const redisReason = await redisUnavailable();
const postgresRedis: Backend = {
  name: 'PostgreSQL + Redis',
  ...(pgReason || redisReason ? { unavailable: [pgReason, redisReason].filter(Boolean).join('; ') } : {}),
  open: async (logger) => {
    const database = await createTestDatabase('mind18');
    cleanups.push(database.drop);
    const redisPrefix = testRedisPrefix('mind18');
    cleanups.push(redisPrefix.clear);
    const app = await createApp({ databasePath: join(folder, 'unused.db'), databaseUrl: database.url, redisUrl: TEST_REDIS_URL, redisKeyPrefix: redisPrefix.prefix, logger });
    return {
      app,
      rows: () => postgresTables(database.url),
      redisKeys: async () => {
        const redis = new Redis(TEST_REDIS_URL);
        try {
          return await redis.keys(`${redisPrefix.prefix}*`);
        } finally {
          redis.disconnect();
        }
      },
    };
  },
};

/** What the residents typed that the store may keep (masked) until they erase it. */
const TYPED = ['lich cup dien', 'xe khach', 'ca phe', 'karaoke'];

for (const backend of [sqlite, postgresRedis]) {
  describe.skipIf(backend.unavailable !== undefined)(titled(`a resident who changes their mind leaves nothing: ${backend.name}`, backend.unavailable), () => {
    it('Telegram after a result, Zalo half-way typing "co" to the confirmation, the web page without consent: every store is empty of them', async () => {
      const logs: string[] = [];
      const { app, rows, redisKeys } = await backend.open(createLogger({ level: 'debug', write: (line) => logs.push(line) }));
      const residents = [
        { channel: 'telegram', userId: '5550001' },
        { channel: 'zalo', userId: 'zalo-doi-y-18' },
        { channel: 'web', userId: 'TabDoiY2026round18x' },
      ] as const;
      try {
        let id = 0;
        const send = (who: (typeof residents)[number], message: Omit<IncomingMessage, 'userId' | 'channel'>) =>
          app.core.handle({ ...who, messageId: `tin-${(id += 1)}`, ...message });
        const [telegram, zalo, web] = residents;

        // Telegram: a question kept (masked), a check with consent to its result, then "xoa het thong tin cua tui di".
        await send(telegram, { text: 'tui ten nguyen van a o ap 3 xa tan phu sdt 0912345678, lich cup dien tuan nay' });
        await send(telegram, { text: 'kiem tra ho ngheo' });
        await send(telegram, { action: 'consent:yes' });
        await send(telegram, { text: 'nha tui 4 nguoi o que, thu nhap ca nha 3 trieu 1 thang, ko ai co bhyt' });
        const asked = await send(telegram, { text: 'xoa het thong tin cua tui di' });
        expect(JSON.stringify(asked)).toContain('erase:yes');
        const erased = await send(telegram, { action: 'erase:yes' });
        expect(JSON.stringify(erased)).toContain('Đã xóa toàn bộ dữ liệu');

        // Zalo (no buttons: the resident types): consent given, half-way through the check, erased in words and "co" typed
        // to the confirmation (was read as the income asked: "Mình chưa hiểu số tiền “co”", nothing erased).
        await send(zalo, { text: 'chong tui la tran van b, cho hoi gia ve xe khach di can tho' });
        await send(zalo, { text: '/kiemtra' });
        await send(zalo, { action: 'consent:yes' });
        await send(zalo, { text: 'nha 5 nguoi o xa hoa binh' });
        expect(JSON.stringify(await send(zalo, { text: 'tui doi y roi, xoa het thong tin cua tui di' }))).toContain('erase:yes');
        expect(JSON.stringify(await send(zalo, { text: 'co' }))).toContain('Đã xóa toàn bộ dữ liệu');

        // The web page: two questions kept, a check without consent (a draft: Redis or memory), then its button's /xoadulieu.
        await send(web, { text: 'stk 12345678 agribank, quan ca phe gan nha mo cua may gio' });
        await send(web, { text: 'thon dong co karaoke ko' });
        await send(web, { text: '/kiemtra' });
        await send(web, { action: 'consent:no' });
        await send(web, { text: 'nha 3 nguoi o phuong an lac, thu nhap 2 trieu' });
        expect(JSON.stringify(await send(web, { text: '/xoadulieu' }))).toContain('Đã xóa toàn bộ dữ liệu');

        const kept = await rows();
        for (const typed of TYPED) expect(kept.includes(typed), `"${typed}" in a row`).toBe(false);
        for (const who of residents) expect(kept.includes(app.store.hashKey(`${who.channel}:${who.userId}`)), `${who.channel}'s hash in a row`).toBe(false);
        const keys = await redisKeys();
        expect(keys.filter((key) => /:draft:/.test(key))).toEqual([]);
        const logged = logs.join('\n');
        for (const typed of [...TYPED, '0912345678', '12345678', 'nguyen van a', 'tran van b', 'tan phu', 'hoa binh', 'an lac']) expect(logged.includes(typed), `"${typed}" in a log line`).toBe(false);
        for (const who of residents) expect(logged.includes(who.userId), `${who.userId} in a log line`).toBe(false);
      } finally {
        await app.close();
      }
    });

    it('"thoi", "ko xoa" typed to the confirmation keep everything: nothing erased', async () => {
      const { app, rows } = await backend.open(createLogger({ level: 'warn', write: () => {} }));
      try {
        const zalo = { channel: 'zalo', userId: 'zalo-giu-lai-18' } as const;
        const send = (message: Omit<IncomingMessage, 'userId' | 'channel'>) => app.core.handle({ ...zalo, ...message });
        await send({ text: 'cho hoi lich cup dien xom tui' });
        for (const keep of ['thoi', 'ko xoa']) {
          await send({ text: 'xoa het thong tin cua tui di' });
          expect(JSON.stringify(await send({ text: keep }))).toContain('không xóa gì');
        }
        expect(await rows()).toContain('lich cup dien');
      } finally {
        await app.close();
      }
    });
  });
}
