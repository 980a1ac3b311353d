/**
 * Round 41 (instances42): one resident over Zalo, each message delivered by the load balancer to the other of two real server
 * processes (src/main.ts, webhook mode, the fake Zalo Bot API) on one PostgreSQL database and one Redis prefix: the check
 * begun at A, consent given at B, the answers alternating to the result, "chi tiet" at A, "/xoadulieu" at B. Every step over
 * real HTTP: the answer Zalo receives is the one a single server gives, the household is kept in PostgreSQL (consent) until
 * the erasure, then nothing of it is left in a row or under the Redis prefix, and A does not go on with the check.
 * Before this round the pieces were covered apart (Zalo alternating up to Câu 5: zalo-round21-instances; the whole path
 * without consent over the web chat: walk-round27-instances9), not the consented path to the erasure over Zalo.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_RATE_LIMIT } from '../../src/channels/user-limit.ts';
import { keyedHash, OWNER_HASH_KEY } from '../../src/store/shared.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { TOKEN as ZALO_TOKEN } from '../channels/zalo/harness.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { Redis } from 'ioredis';
import { killLeft, postZalo, startInstance, until, ZALO_TEST_SECRET, type Instance } from './process.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

describe.skipIf(unavailable !== undefined)(titled('one resident over Zalo alternating between two instances, consent to erasure (round 41)', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const keys = testRedisPrefix('zalo41i42');
  let zalo: FakeZalo;
  let client: pg.Client;
  let redis: Redis;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    database = await createTestDatabase('zalo41i42');
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: keys.prefix,
      RATE_LIMIT_PER_MINUTE: '0',
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_URL: 'http://127.0.0.1:9/zalo/webhook',
      ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET,
    };
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    redis = new Redis(TEST_REDIS_URL);
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    redis?.disconnect();
    await killLeft([a, b].filter(Boolean));
    await zalo?.close();
    await keys.clear();
    await database?.drop();
  }, 60_000);

  const sentAt: number[] = [];
  /**
   * Posts `text` to `instance`'s webhook and waits for the answer Zalo receives holding `expected` (sent after the 200). The
   * one real wait: the resident's per-user budget (USER_RATE_LIMIT, 12 messages in 10 s, counted in Redis across both) is a
   * time window, so no more than 11 messages go in any 10 s (was: the 12th answered "Bạn đang gửi tin nhắn hơi nhanh").
   */
  const say = async (instance: Instance, chat: string, text: string, expected: string | RegExp) => {
    const recent = sentAt.filter((at) => Date.now() - at < USER_RATE_LIMIT.windowMs + 500);
    if (recent.length >= USER_RATE_LIMIT.updates - 1) await sleep(recent[0]! + USER_RATE_LIMIT.windowMs + 500 - Date.now());
    sentAt.push(Date.now());
    const before = zalo.sentTo(chat).length;
    expect(await postZalo(instance, zaloUpdate(chat, { text }))).toBe(200);
    const got = () => zalo.sentTo(chat).slice(before).join('\n');
    await until(`the answer to "${text}" (${expected})`, async () => (typeof expected === 'string' ? got().includes(expected) : expected.test(got()))).catch((error: unknown) => {
      const events = (side: Instance) => side.logs().slice(-8).map((line) => line.event);
      throw new Error(`${String(error)}; Zalo received: ${got().slice(0, 300)}; A logged ${events(a).join(' ')}; B logged ${events(b).join(' ')}`);
    });
    return got();
  };

  it('"/kiemtra" o A, "dong y" o B, tra loi xen ke toi ket qua, "chi tiet" o A, "/xoadulieu" o B: khong con gi, A khong hoi tiep', async () => {
    const chat = `z-41042-${process.pid}`;
    const hashed = keyedHash((await client.query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY])).rows[0]!.value);
    const owner = hashed(`zalo:${chat}`);
    const by = (index: number) => (index % 2 === 0 ? a : b);
    // The consent question says where a draft without consent lives with several instances (Redis); B takes the consent.
    await say(a, chat, '/kiemtra', 'bộ nhớ đệm Redis');
    expect(await say(b, chat, 'dong y', 'Câu 1/15')).toContain('Câu trả lời sẽ được lưu tối đa 30 ngày');
    await say(a, chat, 'nong thon', 'Câu 2/15');
    await say(b, chat, 'nha tui 4 nguoi', 'Câu 3/15');
    await say(a, chat, '5 trieu', 'Câu 4/15');
    const answers = ['co', 'co', 'ko', 'co', 'hok', 'co', 'co', 'co', 'co', 'co', 'co', 'co'];
    let last = '';
    for (const [index, answer] of answers.entries()) {
      const done = index === answers.length - 1;
      last = await say(by(index + 1), chat, answer, done ? 'Kết quả sàng lọc (tham khảo)' : `Câu ${index + 5}/15`);
    }
    // 5.000.000 đồng / 4 people, the result as one server gives it.
    expect(last).toContain('1.250.000 đồng/người/tháng');
    // Consent: the household in PostgreSQL, owned by the resident's keyed hash.
    expect((await client.query('SELECT 1 FROM sessions WHERE owner = $1', [owner])).rowCount).toBe(1);
    await say(a, chat, 'chi tiet', /\S/);

    const erased = await say(b, chat, '/xoadulieu', 'Đã xóa toàn bộ dữ liệu');
    expect(erased).not.toContain('hiện không có gì được lưu');
    expect((await client.query('SELECT 1 FROM sessions WHERE owner = $1', [owner])).rowCount).toBe(0);
    expect(await redis.exists(`${keys.prefix}draft:${hashed(`zalo:${chat}`)}`)).toBe(0);
    // The next "co" at A is no answer to a question of the erased check.
    const after = await say(a, chat, 'co', /\S/);
    expect(after).not.toMatch(/Câu \d+\/15/);
  }, 180_000);
});
