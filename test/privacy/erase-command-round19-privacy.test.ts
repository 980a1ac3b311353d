/**
 * Round 19 (privacy): `npm run cli -- privacy erase --channel <kênh> --user <mã>`: a resident who asks the commune cadre
 * (not the bot) to have their data erased (Luật 91/2025/QH15) gets what /xoadulieu erases, done by the operator, with a
 * Vietnamese report of what went by kind. Others' rows stay; `privacy scrub` keeps working; a wrong channel is a usage error.
 * Run as the operator runs it (src/build/run.mjs), on SQLite and PostgreSQL; the rows read back from the database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';
import { privacyCommand } from '../operator.ts';


const ME = 'telegram:5551234';
const TOLD = 'tui ten nguyen van teo o ap 3, lich cup dien xom tui khi nao vay';

/** A resident's rows of every kind, and another resident's question. */
async function seed(store: Store) {
  await store.writeSession(ME, { consent: true, interview: { area: 'rural', members: 4 } });
  await store.recordQuestion({ answered: false, text: TOLD, ownerKey: ME, messageId: 'tg-1' });
  await store.recordReport({ comment: 'so lieu sai roi, nha tui 4 nguoi', subject: 'check', ownerKey: ME, messageId: 'tg-2' });
  await store.saveShare({ token: 'tok19erase', passageId: 'p1', question: 'ho ngheo dc gi', ownerKey: ME });
  await store.outboxPut({ channel: 'telegram', recipient: '5551234', messages: JSON.stringify([{ text: 'Bạn cho biết: hộ 4 người …' }]) });
  await store.recordQuestion({ answered: false, text: 'gia lua nam nay bao nhieu vay ban', ownerKey: 'zalo:777', messageId: 'z-1' });
}

const REPORT = [
  'Đã xóa dữ liệu của người dùng telegram 5551234 (theo yêu cầu của họ, Luật 91/2025/QH15):',
  'Phiên (cả phiên trong nhóm, câu trả lời kiểm tra hộ đã đồng ý lưu, sự đồng ý): 1; đường dẫn chia sẻ: 1; báo sai: 1; câu hỏi chưa trả lời được: 1; câu trả lời chờ gửi: 1.',
];

describe('cli privacy erase: SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tro-ly-erase19-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("erases one resident's data on request, says what went by kind, leaves the others'", async () => {
    const file = join(dir, 'bot.db');
    const store = openStore(file);
    await seed(store);
    await store.close();

    const result = await privacyCommand({ DATABASE_PATH: file }, ['erase', '--channel', 'telegram', '--user', '5551234']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const line of REPORT) expect(result.stdout).toContain(line);
    expect(result.stdout).toContain(`SQLite ${file}: 5 dòng.`);
    expect(readFileSync(file).includes(Buffer.from('nguyen van teo'))).toBe(false);

    const after = openStore(file);
    try {
      expect(await after.readSession(ME)).toBeUndefined();
      expect(await after.loadShare('tok19erase')).toBeUndefined();
      const stats = await after.stats();
      expect(stats.unansweredQuestions.map((question) => question.text)).toEqual(['gia lua nam nay bao nhieu vay ban']);
      expect(stats.reports).toEqual([]);
      expect(await after.outboxTake('telegram', 10, 1000)).toEqual([]);
    } finally {
      await after.close();
    }

    const again = await privacyCommand({ DATABASE_PATH: file }, ['erase', '--channel', 'telegram', '--user', '5551234']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Không có dữ liệu nào của người dùng telegram 5551234 trong cơ sở dữ liệu (không xóa gì):');
  });

  it('refuses an unknown channel or a missing user (exit 2), and keeps privacy scrub as it was', async () => {
    const file = join(dir, 'other.db');
    await openStore(file).close();
    const wrong = await privacyCommand({ DATABASE_PATH: file }, ['erase', '--channel', 'facebook', '--user', '1']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Cần --channel là một trong: telegram, zalo, web, terminal, api (không có kênh "facebook").');
    expect((await privacyCommand({ DATABASE_PATH: file }, ['erase', '--channel', 'zalo'])).code).toBe(2);
    expect((await privacyCommand({ DATABASE_PATH: file }, ['scrub', '--user', '1'])).code).toBe(2);
    const scrub = await privacyCommand({ DATABASE_PATH: file }, ['scrub']);
    expect(scrub.code).toBe(0);
    expect(scrub.stdout).toContain('Dọn dữ liệu đã xóa:');
  });
});

const pgSkip = await postgresUnavailable();
describe.skipIf(pgSkip !== undefined)(titled('cli privacy erase: PostgreSQL', pgSkip), () => {
  it("erases one resident's data on request and queues the tables for the scrub", async () => {
    const database = await createTestDatabase('erase19');
    try {
      const store = await openPostgresStore(database.url);
      await seed(store);
      await store.close();
      const result = await privacyCommand({ DATABASE_URL: database.url }, ['erase', '--channel', 'telegram', '--user', '5551234']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      for (const line of REPORT) expect(result.stdout).toContain(line);
      expect(result.stdout).toContain('npm run cli -- privacy scrub');
      const after = await openPostgresStore(database.url);
      try {
        expect(await after.readSession(ME)).toBeUndefined();
        expect((await after.stats()).unansweredQuestions.map((question) => question.text)).toEqual(['gia lua nam nay bao nhieu vay ban']);
      } finally {
        await after.close();
      }
    } finally {
      await database.drop();
    }
  });
});
