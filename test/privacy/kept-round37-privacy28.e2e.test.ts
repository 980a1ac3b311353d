/**
 * Round 37 (privacy28), end to end over HTTP on the embedded SQLite default: what residents type on the web page, /api/ask and Zalo
 * is kept, when unanswered, with prison and cancer masked ("[án tích]", "[sức khỏe]"), everyday words kept ("ở xa an toàn", "cần
 * giúp"), and "thoi tiet mai sao, nha o huyen cu chi" is "ngoài phạm vi", kept masked. Before: "chong tui dang o tu 3 nam", "me tui
 * bi K" were kept as typed, "o xa an toan", "o huyen can giup" as "[địa chỉ]", and the weather with "nha o huyen" got the housing card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say as sayOnZalo, startWebAndZalo, stop, type ZaloConversation } from '../channels/zalo/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';
import { MASKS } from '../../src/privacy/mask.ts';

const [A, H, O] = [MASKS.address, MASKS.health, MASKS.offence];
const OUTSIDE = 'nằm ngoài phạm vi của trợ lý';
/** Typed (each an everyday question or one the data has nothing on, so kept as unanswered), and as it must be kept. */
const ASKED: readonly (readonly [string, string])[] = [
  ['thoi tiet mai sao, nha o huyen cu chi', `thoi tiet mai sao, nha o huyen ${A}`],
  ['gia vang hom nay, chong tui dang o tu 3 nam', `gia vang hom nay, chong tui ${O} 3 nam`],
  // "xo so hom nay, me tui bi K" is answered as an illness since round 37 privacy29 (kept-round37-privacy29.e2e.test.ts).
  ['xo so hom nay, me tui bi k phoi', `xo so hom nay, me tui bi ${H}`],
  ['gia heo hoi bn, ong tui k phoi', `gia heo hoi bn, ong tui ${H}`],
  ['thoi tiet hom nay, nha o xa an uong', 'thoi tiet hom nay, nha o xa an uong'],
  ['lich thi dau bong da, tui o huyen can giup', 'lich thi dau bong da, tui o huyen can giup'],
  ['ty gia usd bn, tui o xa my xuong huyen can gio', `ty gia usd bn, tui o xa ${A} huyen ${A}`],
];
const NEVER = ['o tu', 'bi K', 'k phoi', 'cu chi', 'my xuong', 'can gio'];

describe('kept masked from the web page, /api/ask and Zalo', () => {
  let zalo: ZaloConversation;
  beforeAll(async () => {
    zalo = await startWebAndZalo();
  });
  afterAll(() => stop(zalo));

  const timesKept = (kept: string) => sqliteTables(zalo.service.databasePath).split(`"text":${JSON.stringify(kept)}`).length - 1;

  it.each(ASKED.map(([typed, kept], at) => [typed, kept, at] as const))('web: %s → ngoài phạm vi, kept as "%s"', async (typed, kept, at) => {
    const response = await zalo.service.postJson('/api/chat', { sessionId: 'round37-privacy28-web', messageId: `round37-p28-${at}`, text: typed });
    expect(response.status).toBe(200);
    const { replies } = (await response.json()) as { replies: { spans: { text: string }[] }[] };
    expect(replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n')).toContain(OUTSIDE);
    expect(timesKept(kept)).toBe(1);
  }, 60_000);

  it('/api/ask: the same questions, kept masked a second time', async () => {
    for (const [typed, kept] of ASKED) {
      expect((await zalo.service.postJson('/api/ask', { question: typed, userId: 'round37-privacy28-api' })).status).toBe(200);
      expect(timesKept(kept), typed).toBe(2);
    }
  }, 60_000);

  it('Zalo: the same questions, kept masked a third time; nothing of them in rows, file bytes or logs', async () => {
    for (const [typed, kept] of ASKED) {
      expect(await sayOnZalo(zalo, 'z-round37-privacy28', typed), typed).toContain(OUTSIDE);
      expect(timesKept(kept), typed).toBe(3);
    }
    const [rows, bytes, logs] = [sqliteTables(zalo.service.databasePath), sqliteBytes(zalo.service.databasePath), zalo.service.logLines.join('\n')];
    expect(NEVER.filter((piece) => rows.includes(piece) || bytes.includes(piece) || logs.includes(piece))).toEqual([]);
  }, 120_000);
});
