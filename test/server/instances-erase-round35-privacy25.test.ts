/**
 * Round 35 (privacy25): two real server processes on one PostgreSQL database and one Redis prefix. A resident tells the household
 * in one message at one instance ("nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt"), consents or not (the
 * session in PostgreSQL, or the draft in Redis), and asks the other to delete as residents type it ("tui muon xoa thong tin nha
 * tui", "xoa het tin nhan cua tui"), then confirms: nothing of theirs is left in a PostgreSQL row or under the Redis prefix, and the
 * check does not go on at either instance.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { instancePair, type Instance } from '../e2e/process.ts';
import { postgresTables } from '../privacy/table-dump.ts';
import { postgresUnavailable, redisUnavailable, titled } from '../services.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

const HOUSEHOLD = 'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt';
const UNANSWERED = 'ba con oi gia heo hoi hom nay bn 1 ky vay';

type Answer = { status: number; text: string; buttons: { label: string; action: string }[] };

async function send(instance: Instance, sessionId: string, body: { text: string } | { action: string }): Promise<Answer> {
  const response = await fetch(new URL('/api/chat', instance.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sessionId, ...body }) });
  const json = (await response.json()) as { replies?: { spans: { text: string }[]; buttons?: { label: string; action: string }[][] }[] };
  const replies = json.replies ?? [];
  return { status: response.status, text: replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n'), buttons: replies.flatMap((reply) => reply.buttons?.flat() ?? []) };
}
const press = (answer: Answer, label: string) => ({ action: answer.buttons.find((button) => button.label === label)!.action });

describe.skipIf(unavailable !== undefined)(titled('two instances on PostgreSQL + Redis: a household told in one message, erased as residents ask', unavailable), () => {
  const pair = instancePair('erase35');
  let a: Instance;
  let b: Instance;
  beforeAll(() => {
    ({ a, b } = pair);
  });
  const hashed = async (key: string) => (await pair.hashKey())(key);

  it.each([
    ['Đồng ý lưu', 'tui muon xoa thong tin nha tui'],
    ['Không lưu', 'xoa het tin nhan cua tui'],
  ])('"%s", then "%s" at the other instance', async (consent, erase) => {
    const user = `round35-${consent === 'Đồng ý lưu' ? 'yes' : 'no'}-${process.pid}-${Date.now()}`;
    const owner = await hashed(`web:${user}`);
    await send(a, user, { text: UNANSWERED });
    const told = await send(a, user, { text: HOUSEHOLD });
    expect(told.text).toContain('÷ 4 người = 1.250.000 đồng/người/tháng'); // the class said first since round 43 resid46 (was "Số người: 4")
    // Before the consent nothing of the household is in PostgreSQL: no session, no row holding what was told.
    expect((await pair.db.query('SELECT 1 FROM sessions WHERE owner = $1', [owner])).rowCount).toBe(0);
    expect(await postgresTables(pair.database.url)).not.toMatch(/chua co bhyt|5 trieu|1\.250\.000/);
    await send(a, user, press(told, consent));
    expect((await pair.db.query('SELECT 1 FROM questions_unanswered WHERE owner = $1', [owner])).rowCount).toBe(1);
    const draft = `${pair.prefix}draft:${await hashed(`web:${user}`)}`;
    if (consent === 'Đồng ý lưu') expect((await pair.db.query('SELECT 1 FROM sessions WHERE owner = $1', [owner])).rowCount).toBe(1);
    else expect(await pair.redis.exists(draft)).toBe(1);

    const asked = await send(b, user, { text: erase });
    expect(asked.text).toContain('Bạn muốn xóa toàn bộ dữ liệu');
    expect((await send(b, user, press(asked, 'Xóa hết dữ liệu của tôi'))).text).toContain('Đã xóa toàn bộ dữ liệu');

    for (const table of ['sessions', 'questions_unanswered', 'reports', 'draft_checks']) {
      expect((await pair.db.query(`SELECT 1 FROM ${table} WHERE owner = $1`, [owner])).rowCount, table).toBe(0);
    }
    expect(await postgresTables(pair.database.url)).not.toContain('gia heo hoi');
    expect(await pair.redis.exists(draft)).toBe(0);
    for (const instance of [a, b]) expect((await send(instance, user, { text: 'khong' })).text).not.toMatch(/Câu \d+\/15/);
  }, 60_000);
});
