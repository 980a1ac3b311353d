/**
 * The per-user limit of Telegram and Zalo (src/channels/user-limit.ts) counts an update once: the same update delivered
 * again (the platform retrying after a 503 while the database was away) is not counted again, in memory and in Redis
 * shared by two instances. Before, a resident whose few messages were redelivered a few times was told "Bạn đang gửi tin
 * nhắn hơi nhanh" and their messages dropped.
 */
import { describe, expect, it } from 'vitest';
import { redisUnavailable, titled } from '../services.ts';
import { limited, twoRedisInstances, type Update } from './user-limit-harness.ts';

/** Two messages of a resident, each delivered three times (503 twice), then two new ones: the budget is 3. */
async function redelivered(instances: ((update: Update) => Promise<boolean>)[]): Promise<boolean[]> {
  const decisions: boolean[] = [];
  const user = `70012${Math.floor(Math.random() * 1e5)}`;
  const at = (index: number) => instances[index % instances.length]!;
  let turn = 0;
  for (const id of ['501', '502']) for (let attempt = 0; attempt < 3; attempt += 1) decisions.push(await at(turn++)({ id, user }));
  for (const id of ['503', '504']) decisions.push(await at(turn++)({ id, user }));
  return decisions;
}

describe('per-user limit and redelivered updates', () => {
  it('tin nhan cua ba con bi gui lai sau 503 ko bi dem hai lan (bo nho cua tien trinh)', async () => {
    const { allowed, told } = limited();
    expect(await redelivered([allowed])).toEqual([true, true, true, true, true, true, true, false]);
    expect(told).toEqual(['504']);
  });
});

const unavailable = await redisUnavailable();

describe.skipIf(unavailable !== undefined)(titled('per-user limit in Redis, two instances', unavailable), () => {
  const openTwo = twoRedisInstances('user-limit-round22');

  it('tin gui lai toi may khac cung ko bi dem lai (Redis dung chung)', async () => {
    const [a, b] = (await openTwo()).map((state) => limited({ counters: (windowMs, channel) => state.counters(windowMs, channel) }));
    expect(await redelivered([a!.allowed, b!.allowed])).toEqual([true, true, true, true, true, true, true, false]);
    expect([...a!.told, ...b!.told]).toEqual(['504']);
  });
});
