/**
 * Round 29 (faults8): Zalo delivering the same event twice (its redelivery: the first answer seemed slow to it, or it
 * retried after a network error), end to end over real HTTP: the fake Zalo platform posts to the real service's
 * /zalo/webhook with the secret header, the service answers through the fake's sendMessage. The resident gets exactly
 * one reply per message and the check goes on from the right question, also when the event comes again at once, at the
 * same moment, and after the service restarted on the same database (its memory of recent events gone: the store's
 * claim says it was answered). Was: covered only through the shared delivery-claim code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../../server/harness.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from './fake-zalo-server.ts';
import { freePort, TOKEN } from './harness.ts';

const SECRET = 'bi-mat-webhook-zalo-r29';
const CHAT = 'zalo-r29-co-Ba-Can-Tho';

describe('Zalo redelivery end to end, webhook over HTTP', () => {
  const folder = mkdtempSync(join(tmpdir(), 'zalo-r29-'));
  const databasePath = join(folder, 'bot.db');
  let fake: FakeZalo;
  let port: number;
  let service: TestService;
  const start = async () => {
    service = await startTestService(
      { PORT: String(port), ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot, ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo/webhook`, ZALO_WEBHOOK_SECRET: SECRET },
      { databasePath },
    );
    await fake.waitFor('the webhook to be set', () => fake.webhook !== undefined);
  };
  beforeAll(async () => {
    fake = await startFakeZalo({ token: TOKEN });
    port = await freePort();
    await start();
  }, 30_000);
  afterAll(async () => {
    await service?.close();
    await fake?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /**
   * The platform delivers `update` `times` times (at once when `together`), each answered 200. A delivery the server never
   * read (status 0: the platform's kept-alive connection to the server stopped before it) is sent again, as Zalo does.
   */
  const deliver = async (update: Record<string, unknown>, times: number, together = false) => {
    const before = fake.deliveries.length;
    const answered = () => fake.deliveries.slice(before).filter((delivery) => delivery.status !== 0).length;
    const push = async (count: number) => {
      for (let sent = 0; sent < count; sent += 1) {
        const at = fake.deliveries.length;
        fake.pushUpdate(update);
        if (!together) await fake.waitFor('the delivery to be answered', () => fake.deliveries.length > at);
      }
    };
    await push(times);
    await fake.waitFor('every delivery made', () => fake.deliveries.length - before >= times);
    for (let tries = 0; answered() < times && tries < 3; tries += 1) {
      const made = fake.deliveries.length;
      await push(times - answered());
      await fake.waitFor('the deliveries made again', () => fake.deliveries.length >= made + 1);
    }
    expect(fake.deliveries.slice(before).filter((delivery) => delivery.status !== 0).map((delivery) => delivery.status)).toEqual(Array<number>(times).fill(200));
  };
  /** The resident's next message, delivered once: the replies the resident got since `from` once it is answered. */
  const next = async (text: string, from: number) => {
    const update = zaloUpdate(CHAT, { text });
    const id = (update.message as { message_id: string }).message_id;
    await deliver(update, 1);
    await fake.waitFor(`the answer to "${text}"`, () => service.logs().some((record) => record.event === 'zalo.replied' && record.updateId === id));
    return fake.sentTo(CHAT).slice(from);
  };

  it('"4" (so nguoi) sent twice, then twice at once: one "Câu 3/15" each, the next answer read at the right question', async () => {
    for (const text of ['/kiemtra', 'dong y', 'nong thon']) await next(text, fake.sentTo(CHAT).length);
    const first = fake.sentTo(CHAT).length;
    expect(fake.sentTo(CHAT).at(-1)).toContain('Câu 2/15');
    const four = zaloUpdate(CHAT, { text: '4' });
    await deliver(four, 2);
    // Behind "4" and its copy in the chat's queue: once it is answered, the copy was handled (or dropped) too.
    const afterFour = await next('3 trieu', first);
    expect(afterFour.filter((text) => text.includes('Câu 3/15'))).toHaveLength(1);
    expect(afterFour.at(-1)).toContain('Câu 4/15');
    expect(afterFour.join('\n')).not.toContain('4 nghìn đồng hay 4 triệu đồng');
    // "khong" (Câu 4) comes twice at the same moment.
    const from = fake.sentTo(CHAT).length;
    const no = zaloUpdate(CHAT, { text: 'khong' });
    await deliver(no, 2, true);
    const afterNo = await next('2', from);
    expect(afterNo.filter((text) => text.includes('Câu 5/15'))).toHaveLength(1);
    expect(afterNo.at(-1)).toContain('Câu 6/15');
    const duplicates = service.logs().filter((record) => record.event === 'zalo.update_duplicate').map((record) => record.updateId);
    expect(duplicates).toEqual([(four.message as { message_id: string }).message_id, (no.message as { message_id: string }).message_id]);
  });

  it('the service restarted on the same database, Zalo sends the last event again: no second reply, the check goes on', async () => {
    const last = zaloUpdate(CHAT, { text: 'khong' });
    const from = fake.sentTo(CHAT).length;
    await deliver(last, 1);
    await fake.waitFor('the answer to "khong" (Câu 6)', () => fake.sentTo(CHAT).length > from);
    const answered = fake.sentTo(CHAT).slice(from);
    expect(answered.at(-1)).toContain('Câu 7/15');
    await fake.waitFor('its answer logged', () => service.logs().some((record) => record.event === 'zalo.replied'));
    await service.close();
    await start();
    // Its memory of recent events is gone with the restart: the claim in the database says it was answered.
    await deliver(last, 1);
    const afterRestart = await next('khong', from + answered.length);
    expect(afterRestart).toHaveLength(1);
    expect(afterRestart[0]).toContain('Câu 8/15');
    expect(service.logs().some((record) => record.event === 'delivery_duplicate')).toBe(true);
  });
});
