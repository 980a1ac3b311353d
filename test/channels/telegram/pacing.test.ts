import { describe, expect, it } from 'vitest';
import { HttpError } from 'grammy';
import { delivery, pacing, type Clock } from '../../../src/channels/telegram/pacing.ts';

/** A clock that only moves when the pacer sleeps, so waits are computed, never timed. */
function fakeClock(): Clock & { time: number; waits: number[] } {
  const clock = {
    time: 0,
    waits: [] as number[],
    now: () => clock.time,
    sleep: async (milliseconds: number) => {
      clock.waits.push(Math.round(milliseconds));
      clock.time += milliseconds;
    },
  };
  return clock;
}

const limits = { overallPerSecond: 30, privateChatPerSecond: 1, groupPerMinute: 20, chatBurst: 3 };

function paced(clock: Clock) {
  const transformer = pacing(limits, clock);
  const sentAt: { method: string; chatId: unknown; at: number }[] = [];
  const prev = async (method: string, payload: { chat_id?: unknown }) => {
    sentAt.push({ method, chatId: payload.chat_id, at: clock.now() });
    return { ok: true as const, result: true };
  };
  const call = (method: string, payload: object) =>
    transformer(prev as never, method as never, payload as never, undefined);
  return { call, sentAt };
}

describe('pacing', () => {
  it('lets a short burst to one private chat through, then one message a second', async () => {
    const clock = fakeClock();
    const { call, sentAt } = paced(clock);
    for (let index = 0; index < 5; index += 1) await call('sendMessage', { chat_id: 7, text: 'x' });
    expect(sentAt.map((sent) => sent.at)).toEqual([0, 0, 0, 1000, 2000]);
  });

  it('paces a group to 20 messages a minute after the burst', async () => {
    const clock = fakeClock();
    const { call, sentAt } = paced(clock);
    for (let index = 0; index < 5; index += 1) await call('sendMessage', { chat_id: -100, text: 'x' });
    expect(sentAt.map((sent) => sent.at)).toEqual([0, 0, 0, 3000, 6000]);
  });

  it('keeps the whole bot under 30 messages a second across many chats', async () => {
    const clock = fakeClock();
    const { call, sentAt } = paced(clock);
    for (let chat = 1; chat <= 90; chat += 1) await call('sendMessage', { chat_id: chat, text: 'x' });
    // 30 at once, then one every 1/30 s: the 90th goes out two seconds later.
    expect(sentAt.filter((sent) => sent.at < 1000 - 1e-6).length).toBeLessThanOrEqual(60);
    expect(sentAt.at(-1)!.at).toBeCloseTo(2000, 0);
  });

  it('does not hold back calls that are not messages', async () => {
    const clock = fakeClock();
    const { call } = paced(clock);
    for (let index = 0; index < 10; index += 1) await call('answerCallbackQuery', { callback_query_id: 'q' });
    for (let index = 0; index < 10; index += 1) await call('sendChatAction', { chat_id: 7, action: 'typing' });
    expect(clock.waits).toEqual([]);
  });
});

describe('delivery', () => {
  const limits = { messageDeadlineMs: 60_000, otherDeadlineMs: 10_000, firstBackoffMs: 1_000, maxBackoffMs: 4_000, shutdownGraceMs: 0 };
  const refusals = (outcomes: (object | Error)[]) => {
    let calls = 0;
    const prev = async () => {
      const outcome = outcomes[calls++] ?? { ok: true, result: true };
      if (outcome instanceof Error) throw outcome;
      return outcome;
    };
    return { prev, calls: () => calls };
  };
  const send = (clock: Clock, prev: unknown, method = 'sendMessage') =>
    delivery(limits, clock)(prev as never, method as never, { chat_id: 7, text: 'x' } as never, undefined);

  it('retries network errors and 5xx with a doubling, capped back-off', async () => {
    const clock = fakeClock();
    const network = new HttpError('Network request failed', new Error('ECONNREFUSED'));
    const failing = refusals([network, { ok: false, error_code: 502, description: 'Bad Gateway' }, network, network, network]);
    expect(await send(clock, failing.prev)).toEqual({ ok: true, result: true });
    expect(clock.waits).toEqual([1000, 2000, 4000, 4000, 4000]);
  });

  it('does not retry what Telegram refuses for good (400, 403)', async () => {
    const clock = fakeClock();
    const refused = refusals([{ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }]);
    expect(await send(clock, refused.prev)).toMatchObject({ ok: false, error_code: 403 });
    expect(refused.calls()).toBe(1);
  });

  it('gives a call that is not an answer only a short deadline', async () => {
    const clock = fakeClock();
    const limited = refusals([{ ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 30 } }]);
    expect(await send(clock, limited.prev, 'answerCallbackQuery')).toMatchObject({ ok: false, error_code: 429 });
    expect(clock.waits).toEqual([]);
  });
});
