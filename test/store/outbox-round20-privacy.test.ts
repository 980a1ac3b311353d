/**
 * Round 20 (privacy): an answer kept in the outbox before the outbox had its owner column (round 19) names no user, so a
 * resident's erasure cannot tell it is theirs. Retention still removes it 24 hours after it was kept (RETENTION.outboxHours,
 * by created_at, whatever the owner), and the operator's erasure (`privacy erase`) now says how many such answers wait and
 * when the last goes (Store.outboxUnowned); it said nothing before. SQLite and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/store/shared.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { formatTimeVietnam } from '../../src/text/dates.ts';
import type { Store } from '../../src/store/types.ts';
import { titled } from '../services.ts';
import { privacyCommand } from '../operator.ts';
import { storeBackends } from './backends.ts';

const HOUR_MS = DAY_MS / 24;
const drops: (() => Promise<void>)[] = [];
const dir = mkdtempSync(join(tmpdir(), 'tro-ly-outbox20-'));
afterAll(async () => {
  for (const drop of drops) await drop();
  rmSync(dir, { recursive: true, force: true });
});

const backends = await storeBackends('outbox20', drops);

const ME = 'telegram:5551234';
const GROUP = '-1001234567';
/** What an answer in a group quotes: "@chi_Hai hỏi: tui ten nguyen van teo o ap 3 …", kept with no owner. */
const told = JSON.stringify([{ text: '@chi_Hai hỏi: tui ten nguyen van teo o ap 3, nha 4 nguoi thu nhap 7 trieu … Bạn cho biết: hộ 4 người' }]);
const waiting = async (store: Store) => (await store.outboxTake('telegram', 10, 0)).map((item) => item.messages);

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(titled(`an answer kept with no owner: ${backend.name}`, backend.skip), () => {
    it('is counted for the erasure, stays through it, and goes 24 hours after it was kept', async () => {
      let at = Date.now();
      const kept = at;
      const store = await backend.open({ now: () => new Date(at) });
      await store.outboxPut({ channel: 'telegram', recipient: GROUP, messages: told });
      expect(await store.outboxUnowned()).toEqual({ count: 1, goneBy: kept + 24 * HOUR_MS });
      await store.eraseUser(ME);
      expect(await waiting(store)).toEqual([told]);
      // The purge runs with session writes at most every STORE_DEFAULTS.purgeIntervalMs (1 h).
      at += 23 * HOUR_MS;
      await store.writeSession('web:another-resident-tab-1', { province: 'Vĩnh Long' });
      expect(await waiting(store)).toEqual([told]);
      at += 2 * HOUR_MS;
      await store.writeSession('web:another-resident-tab-1', { province: 'Vĩnh Long' });
      expect(await waiting(store)).toEqual([]);
      expect(await store.outboxUnowned()).toEqual({ count: 0 });
      if (backend.name === 'SQLite') await store.close();
    });
  });
}

describe('cli privacy erase says what it cannot tell is the resident', () => {
  it('names the answers waiting with no owner and when the last goes', async () => {
    const file = join(dir, 'bot.db');
    await openStore(file).close();
    // A row as kept before the owner column (SQLite version 9): channel, recipient, messages, times; no owner.
    // Kept an hour ago (the command's store purges what is older than 24 hours when it opens).
    const keptAt = Date.now() - HOUR_MS;
    const db = new Database(file);
    db.prepare('INSERT INTO outbox (channel, recipient, messages, created_at, lease_until) VALUES (?, ?, ?, ?, 0)').run('telegram', GROUP, told, keptAt);
    db.close();
    const { stdout } = await privacyCommand({ DATABASE_PATH: file }, ['erase', '--channel', 'telegram', '--user', '5551234']);
    expect(stdout).toContain('- Hộp thư đi còn 1 câu trả lời chờ gửi không ghi người được trả lời');
    expect(stdout).toContain(`chúng tự xóa 24 giờ sau khi lưu, câu cuối cùng lúc ${formatTimeVietnam(new Date(keptAt + 24 * HOUR_MS).toISOString())}`);
  });
});
