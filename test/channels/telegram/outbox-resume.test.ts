/**
 * A reply of several messages cut midway by a crash (round 6, `lost`): the kept answer holds only what is still unsent,
 * so the next start sends from the first unsent message; before, the whole reply went again and the person got its
 * first part twice. Real SQLite store (closed without its sender finishing, reopened as after a restart); the Bot API
 * calls are recorded by a stand-in `api` (the HTTP emulator tests cover the calls themselves).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Api } from 'grammy';
import { afterAll, describe, expect, it } from 'vitest';
import { sendMessages, type OutgoingMessage } from '../../../src/channels/telegram/adapter.ts';
import { SentAnswers } from '../../../src/channels/outbox.ts';
import { startOutboxSender } from '../../../src/channels/telegram/outbox.ts';
import { PendingUpdates } from '../../../src/channels/telegram/pending.ts';
import { silentLogger, type Logger } from '../../../src/log.ts';
import { openStore } from '../../../src/store/sqlite.ts';

const directory = mkdtempSync(join(tmpdir(), 'telegram-resume-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** What the person's chat received, in order; `crashAt`: the message whose sending the process dies in. */
function chat(crashAt?: string) {
  const received: string[] = [];
  const api = {
    sendMessage: async (_chatId: number, text: string) => {
      if (text === crashAt) throw new Error('tiến trình bị tắt (kill -9)');
      received.push(text);
      return { message_id: received.length };
    },
  } as unknown as Api;
  return { api, received };
}

/** A logger resolving `sent` at the sender's 'telegram.outbox_sent' (logged once the whole kept item went out). */
function watchedLogger() {
  let resolveSent!: () => void;
  const sent = new Promise<void>((resolve) => (resolveSent = resolve));
  const logger: Logger = {
    ...silentLogger,
    info: (event) => {
      if (event === 'telegram.outbox_sent') resolveSent();
    },
    child: () => logger,
  };
  return { logger, sent };
}

const part = (text: string): OutgoingMessage => ({ text, other: { parse_mode: 'HTML' } });

describe('a reply of several messages cut by a crash', () => {
  it('is resent from the first unsent message at the next start, each message once', async () => {
    const path = join(directory, 'bot.db');
    const reply = [part('Phần 1: hộ nghèo là gì'), part('Phần 2: chuẩn nghèo 2026'), part('Phần 3: nộp giấy ở UBND xã')];
    const store = openStore(path);
    // The answer is kept by its delivery's finish (as the Telegram adapter does), then sent part by part.
    await store.claimDelivery('telegram', '9001', { token: 't', untilMs: Date.now() + 60_000 });
    const kept = await store.finishDelivery('telegram', '9001', { recipient: '77', messages: JSON.stringify(reply), leaseMs: 60_000 });
    expect(kept).toEqual(expect.any(Number));
    const first = chat(reply[1]!.text);
    await expect(sendMessages(first.api, 77, reply, { outbox: store, logger: silentLogger, keptAs: kept! })).rejects.toThrow('kill -9');
    expect(first.received).toEqual(['Phần 1: hộ nghèo là gì']);
    // The process died here: nothing removed the kept answer. The next start takes it.
    await store.close();
    const restarted = openStore(path);
    const second = chat();
    const pending = new PendingUpdates();
    const watched = watchedLogger();
    const sender = startOutboxSender({ api: second.api, outbox: restarted, leases: new SentAnswers(restarted, silentLogger, 'telegram'), pending, logger: watched.logger, intervalMs: 50 });
    try {
      // Structural: the item was sent whole, then its removal and any later look finished (drain).
      await watched.sent;
      sender.stop();
      expect(await pending.drain(60_000)).toEqual({ unfinished: 0 });
      expect(second.received).toEqual(['Phần 2: chuẩn nghèo 2026', 'Phần 3: nộp giấy ở UBND xã']);
      expect([...first.received, ...second.received]).toEqual(reply.map((message) => message.text));
      expect(await restarted.outboxTake('telegram', 10, 60_000)).toEqual([]);
    } finally {
      sender.stop();
      await restarted.close();
    }
  });
});
