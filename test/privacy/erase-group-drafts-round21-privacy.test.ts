/**
 * Round 21 (privacy): a resident who asked the assistant in a Telegram group left a draft there (what the last answer was
 * about, kept only in memory or Redis, never the database, since nobody consented in a group). Their /xoadulieu, typed in
 * their private chat, deleted the private chat's draft only, and `privacy erase` likewise: the group's draft is named by a
 * keyed hash that does not say whose it is, so it stayed up to 6 hours. Now every group draft is named in its user's set
 * (Redis) or found by its key's owner (memory), and both erasures delete them all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { groupSessionKey } from '../../src/chat/ports.ts';
import { VolatileDrafts } from '../../src/chat/session.ts';
import { redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { privacyCommand } from '../operator.ts';

const dir = mkdtempSync(join(tmpdir(), 'tro-ly-group-drafts21-'));
const redisSkip = await redisUnavailable();
const keys = testRedisPrefix('group-drafts21');
afterAll(async () => {
  if (!redisSkip) await keys.clear();
  rmSync(dir, { recursive: true, force: true });
});

const GROUP = '-1001112223';
/**
 * The drafts' keys and their users' sets, without the drafts' versions (draftv:): a deleted draft leaves its version as a
 * tombstone, which holds a number and a random token only and runs out with the draft's time to live (versionTombstones checks both).
 */
async function draftKeys(): Promise<string[]> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    return (await redis.keys(`${keys.prefix}draft*`)).filter((key) => !key.startsWith(`${keys.prefix}draftv:`)).sort();
  } finally {
    redis.disconnect();
  }
}

/** The drafts' versions left in Redis: each value a number and a token (no text of the conversation), each with a time to live. */
async function versionTombstones(): Promise<Array<{ value: string | null; ttl: number }>> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const found = await redis.keys(`${keys.prefix}draftv:*`);
    return await Promise.all(found.map(async (key) => ({ value: await redis.get(key), ttl: await redis.pttl(key) })));
  } finally {
    redis.disconnect();
  }
}

describe('drafts in memory (no REDIS_URL)', () => {
  it("a user's erasure takes their drafts in every group, not another user's", async () => {
    const drafts = new VolatileDrafts(() => new Date());
    await drafts.set('telegram:5551', { last: { topic: 'bhyt' } });
    await drafts.set(groupSessionKey('telegram:5551', GROUP), { last: { topic: 'ho-ngheo' } });
    await drafts.set(groupSessionKey('telegram:5552', GROUP), { last: { topic: 'ho-ngheo' } });
    await drafts.deleteUser('telegram:5551');
    expect(await drafts.get('telegram:5551')).toBeUndefined();
    expect(await drafts.get(groupSessionKey('telegram:5551', GROUP))).toBeUndefined();
    expect(await drafts.get(groupSessionKey('telegram:5552', GROUP))).toEqual({ last: { topic: 'ho-ngheo' } });
  });
});

describe.skipIf(redisSkip !== undefined)(titled('drafts in Redis (REDIS_URL)', redisSkip), () => {
  it('/xoadulieu typed in the private chat deletes the draft a group question left', async () => {
    const app = await createApp({ databasePath: join(dir, 'chat.db'), redisUrl: TEST_REDIS_URL, redisKeyPrefix: keys.prefix });
    try {
      await app.core.handle({ channel: 'telegram', userId: '5551', isGroup: true, chatId: GROUP, text: 'ho ngheo duoc ho tro gi' });
      await app.core.handle({ channel: 'telegram', userId: '5552', isGroup: true, chatId: GROUP, text: 'ho ngheo duoc ho tro gi' });
      const before = await draftKeys();
      expect(before.filter((key) => key.startsWith(`${keys.prefix}draft:`))).toHaveLength(2);
      await app.core.handle({ channel: 'telegram', userId: '5551', text: '/xoadulieu' });
      const after = await draftKeys();
      // The other member's draft (and their set) stay; nothing of 5551 is left.
      expect(after.filter((key) => key.startsWith(`${keys.prefix}draft:`))).toHaveLength(1);
      // The draft, its set and its time on the product's clock (`draftt:`, round 36 instances18).
      expect(after).toHaveLength(3);
      await app.core.handle({ channel: 'telegram', userId: '5552', text: '/xoadulieu' });
      expect(await draftKeys()).toEqual([]);
      const tombstones = await versionTombstones();
      expect(tombstones.length).toBeGreaterThan(0);
      for (const tombstone of tombstones) {
        // A number and a random token (round 31), no text of the conversation.
        expect(tombstone.value).toMatch(/^\d+\|[\w-]+$/);
        expect(tombstone.ttl).toBeGreaterThan(0);
      }
    } finally {
      await app.close();
    }
  });

  it("the operator's `privacy erase` deletes it too and counts it", async () => {
    const file = join(dir, 'erase.db');
    const app = await createApp({ databasePath: file, redisUrl: TEST_REDIS_URL, redisKeyPrefix: keys.prefix });
    try {
      await app.core.handle({ channel: 'telegram', userId: '5553', isGroup: true, chatId: GROUP, text: 'ho can ngheo co duoc bhyt khong' });
    } finally {
      await app.close();
    }
    expect(await draftKeys()).toHaveLength(3);
    const result = await privacyCommand({ DATABASE_PATH: file, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keys.prefix }, ['erase', '--channel', 'telegram', '--user', '5553']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('bản nháp kiểm tra hộ của người chưa đồng ý lưu: 1 khóa đã xóa.');
    expect(result.stdout).not.toContain('bản nháp kiểm tra hộ trong một nhóm chat');
    expect(await draftKeys()).toEqual([]);
  });
});
