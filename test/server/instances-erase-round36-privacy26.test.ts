/**
 * Round 36 (privacy26): two real server processes on one PostgreSQL database and one Redis prefix. A resident leaves everything a
 * chat keeps (an unanswered question, a "Báo sai" comment, a share link, the household told, consenting or not: the session in
 * PostgreSQL or the draft in Redis) at one instance and asks the other to delete as residents shorten it, "/xoa" (round 36: was
 * "Mình không có lệnh /xoa", nothing deleted), or say it, "xoa du lieu cua tui": asked first, then nothing of theirs is left in a
 * PostgreSQL row or under the Redis prefix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { instancePair, type Instance } from '../e2e/process.ts';
import { postgresTables } from '../privacy/table-dump.ts';
import { postgresUnavailable, redisUnavailable, titled } from '../services.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

type Answer = { text: string; buttons: { label: string; action: string }[] };

async function send(instance: Instance, sessionId: string, body: { text: string } | { action: string }): Promise<Answer> {
  const response = await fetch(new URL('/api/chat', instance.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sessionId, ...body }) });
  expect(response.status).toBe(200);
  const replies = ((await response.json()) as { replies: { spans: { text: string }[]; buttons?: { label: string; action: string }[][] }[] }).replies;
  return { text: replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n'), buttons: replies.flatMap((reply) => reply.buttons?.flat() ?? []) };
}
const press = (answer: Answer, label: string) => ({ action: answer.buttons.find((button) => button.label === label)!.action });

describe.skipIf(unavailable !== undefined)(titled('two instances on PostgreSQL + Redis: "/xoa" and "xoa du lieu cua tui" erase every store', unavailable), () => {
  const pair = instancePair('erase36');
  let a: Instance;
  let b: Instance;
  beforeAll(() => {
    ({ a, b } = pair);
  });

  it.each([
    ['/xoa', 'Đồng ý lưu'],
    ['xoa du lieu cua tui', 'Không lưu'],
  ])('"%s" after "%s"', async (erase, consent) => {
    const user = `round36-${consent === 'Đồng ý lưu' ? 'yes' : 'no'}-${process.pid}-${Date.now()}`;
    const owner = await (await pair.hashKey())(`web:${user}`);
    await send(a, user, { text: 'ba con oi gia heo hoi hom nay bn 1 ky vay' });
    const answer = await send(a, user, { text: 'chi thi 05 ve giam ngheo noi gi' });
    await send(a, user, press(answer, 'Chia sẻ'));
    await send(a, user, press(answer, 'Báo sai'));
    await send(a, user, { text: 'sai roi, tui o huyen cho moi' });
    const told = await send(a, user, { text: 'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt' });
    await send(a, user, press(told, consent));
    const draft = `${pair.prefix}draft:${owner}`;
    for (const table of ['questions_unanswered', 'reports']) expect((await pair.db.query(`SELECT 1 FROM ${table} WHERE owner = $1`, [owner])).rowCount, table).toBe(1);
    expect((await pair.db.query('SELECT 1 FROM shares WHERE owner_key = $1', [owner])).rowCount).toBe(1);
    if (consent === 'Đồng ý lưu') expect((await pair.db.query('SELECT 1 FROM sessions WHERE owner = $1', [owner])).rowCount).toBe(1);
    else expect(await pair.redis.exists(draft)).toBe(1);

    const asked = await send(b, user, { text: erase });
    expect(asked.text).toContain('Bạn muốn xóa toàn bộ dữ liệu');
    expect((await send(b, user, press(asked, 'Xóa hết dữ liệu của tôi'))).text).toContain('Đã xóa toàn bộ dữ liệu');

    // Every table holding a user's rows, in one count: none left.
    const left = await pair.db.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM sessions WHERE owner = $1) + (SELECT count(*) FROM questions_unanswered WHERE owner = $1) +
        (SELECT count(*) FROM reports WHERE owner = $1) + (SELECT count(*) FROM draft_checks WHERE owner = $1) +
        (SELECT count(*) FROM shares WHERE owner_key = $1) AS n`,
      [owner],
    );
    expect(Number(left.rows[0]!.n)).toBe(0);
    expect(await postgresTables(pair.database.url)).not.toMatch(/gia heo hoi|sai roi/);
    expect(await pair.redis.exists(draft)).toBe(0);
  }, 60_000);
});
