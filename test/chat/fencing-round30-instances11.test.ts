/**
 * Round 30 (instances11): two instances on one PostgreSQL, a Zalo message whose first instance renewed its claim
 * (DeliveryClaim.held) and then stalled before its session's write landed (a slow PostgreSQL, the event loop blocked) past
 * the 15-s lease. Zalo sends the message again, the other instance claims and answers it, and the resident answers the next
 * question there. Was: the first instance's write, checked before the stall only, landed over the new holder's session
 * (the resident's answer at the other instance lost: the check asked the same question again). Now the write itself is
 * fenced by the claim's token (one statement): refused, nothing sent, `delivery_claim_lost` (no text). The lease passes on
 * the shared clock (the store's); the stall is the write held back by the test.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { DELIVERY_DEFAULTS } from '../../src/chat/ports.ts';
import type { IncomingMessage, Reply } from '../../src/chat/types.ts';
import { toPlainText } from '../../src/chat/render.ts';
import { createLogger } from '../../src/log.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const missing = await postgresUnavailable();
const textOf = (replies: Reply[]) => replies.map((reply) => toPlainText(reply, { numberedChoices: false })).join('\n\n');

describe.skipIf(missing !== undefined)(titled('two instances, a session write landing after the claim ran out (PostgreSQL)', missing), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let clock = Date.parse('2026-12-05T05:00:00Z');
  const now = () => new Date(clock);
  const lines: string[] = [];
  let a: App;
  let b: App;
  beforeAll(async () => {
    database = await createTestDatabase('fence30');
    const open = () =>
      createApp({
        databasePath: join(tmpdir(), 'unused-fencing-round30.db'),
        databaseUrl: database.url,
        now,
        logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
      });
    a = await open();
    b = await open();
  }, 30_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('"khong" o Cau 4 tai may A, A ghi phien cham qua 15 giay; Zalo gui lai toi B: "Cau 7/15" sau cau tra loi ke tiep (was "Cau 6/15" hoi lai)', async () => {
    const userId = 'zalo-r30-fence-1';
    let sent = 0;
    const send = async (app: App, text: string | undefined, deliveryId = `${userId}-m${(sent += 1)}`, action?: string) =>
      textOf(await app.core.handle({ channel: 'zalo', userId, deliveryId, ...(text ? { text } : {}), ...(action ? { action } : {}) } as IncomingMessage));
    await send(a, 'nha tui 4 nguoi o que thang dc 5 trieu');
    expect(await send(a, undefined, undefined, 'consent:yes')).toContain('Câu 4/15');
    // A renewed its claim (held) and began its write; the write lands only when the test lets it.
    let reach!: () => void;
    let open!: () => void;
    const reached = new Promise<void>((resolve) => (reach = resolve));
    const gate = new Promise<void>((resolve) => (open = resolve));
    const write = a.store.writeSession;
    a.store.writeSession = async (...args) => {
      a.store.writeSession = write;
      reach();
      await gate;
      return write(...args);
    };
    const atA = send(a, 'khong', `${userId}-khong4`);
    await reached;
    clock += DELIVERY_DEFAULTS.leaseMs + 1000;
    expect(await send(b, 'khong', `${userId}-khong4`)).toContain('Câu 5/15');
    expect(await send(b, 'khong', `${userId}-khong5`)).toContain('Câu 6/15');
    open();
    expect(await atA).toBe('');
    const lost = lines.filter((line) => line.includes('delivery_claim_lost'));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain('"at":"save"');
    expect(lost[0]).not.toContain('khong');
    expect(await send(b, 'khong', `${userId}-khong6`)).toContain('Câu 7/15');
  }, 10_000);
});
