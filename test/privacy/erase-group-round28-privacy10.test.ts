/**
 * Round 28 (privacy10): a resident asked in a Telegram group (the assistant keeps what the answer was about there, in memory or
 * Redis, never the database), then typed /xoadulieu in their private chat: the draft went (round 21) but the reply said "(hiện
 * không có gì được lưu)". Now it says what went in the group; one who left nothing anywhere is still told nothing was kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { Reply } from '../../src/chat/types.ts';
import { redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';

const dir = mkdtempSync(join(tmpdir(), 'tro-ly-erase-group28-'));
const redisSkip = await redisUnavailable();
const keys = testRedisPrefix('erase-group28');
afterAll(async () => {
  if (!redisSkip) await keys.clear();
  rmSync(dir, { recursive: true, force: true });
});

const GROUP = '-1009998887';
const textOf = (replies: Reply[]) => replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');

async function groupThenPrivate(options: { redisUrl?: string; redisKeyPrefix?: string }, database: string): Promise<{ after: string; nobody: string }> {
  const app = await createApp({ databasePath: join(dir, database), ...options });
  try {
    await app.core.handle({ channel: 'telegram', userId: '7771', isGroup: true, chatId: GROUP, text: 'ho ngheo dc ho tro j v ad' });
    const after = textOf(await app.core.handle({ channel: 'telegram', userId: '7771', text: '/xoadulieu' }));
    const nobody = textOf(await app.core.handle({ channel: 'telegram', userId: '7772', text: '/xoadulieu' }));
    return { after, nobody };
  } finally {
    await app.close();
  }
}

describe('/xoadulieu in the private chat after a question in a group', () => {
  it('says the group\'s kept part went (drafts in memory)', async () => {
    const { after, nobody } = await groupThenPrivate({}, 'memory.db');
    expect(after).not.toContain('hiện không có gì được lưu');
    expect(after).toContain('Đã xóa cả những gì trợ lý giữ tạm về bạn trong các nhóm chat');
    expect(after).toContain('1 cuộc trò chuyện');
    expect(nobody).toContain('hiện không có gì được lưu');
    expect(nobody).not.toContain('giữ tạm về bạn trong');
  });

  it.skipIf(redisSkip !== undefined)(titled('says so with the drafts in Redis too', redisSkip), async () => {
    const { after, nobody } = await groupThenPrivate({ redisUrl: TEST_REDIS_URL, redisKeyPrefix: keys.prefix }, 'redis.db');
    expect(after).not.toContain('hiện không có gì được lưu');
    expect(after).toContain('1 cuộc trò chuyện');
    expect(nobody).toContain('hiện không có gì được lưu');
  });
});
