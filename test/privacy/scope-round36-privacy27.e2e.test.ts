/**
 * Round 36 (privacy27), end to end over HTTP on the embedded SQLite default: everyday questions outside the assistant's scope
 * (prices, the weather, the lottery) typed on the web page and on Zalo get the polite "ngoài phạm vi" reply, not a passage, and are
 * kept as unanswered questions with where the person lives and what they are ill with masked ("huyen can gio", "xa my xuong", "p
 * binh tri dong", "k phoi"), and the everyday words kept ("k gan cho": không gần chợ; "quan an": a shop). Before, they got a passage
 * sharing a word or two ("huyen", "ong tui") or were kept with those places as typed and "k gan cho" as "[sức khỏe] cho".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../server/harness.ts';
import { say as sayOnZalo, startWebAndZalo, stop, type ZaloConversation } from '../channels/zalo/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';
import { MASKS } from '../../src/privacy/mask.ts';

const [A, H] = [MASKS.address, MASKS.health];
const OUTSIDE = 'nằm ngoài phạm vi của trợ lý';
/** Typed, and as it must be kept. */
const ASKED: readonly (readonly [string, string])[] = [
  ['gia heo hoi hom nay bn, ong tui bi k phoi', `gia heo hoi hom nay bn, ong tui bi ${H}`],
  ['gia vang hom nay, tui o huyen cu chi', `gia vang hom nay, tui o huyen ${A}`],
  ['thoi tiet mai sao, tui o huyen can gio', `thoi tiet mai sao, tui o huyen ${A}`],
  ['xo so hom nay, tui o xa my xuong', `xo so hom nay, tui o xa ${A}`],
  ['ty gia usd bn, nha p binh tri dong q binh tan', `ty gia usd bn, nha p ${A} q ${A}`],
  ['gia lua hom nay, nha k gan cho', 'gia lua hom nay, nha k gan cho'],
  ['lich thi dau bong da, xem o quan an ngon', 'lich thi dau bong da, xem o quan an ngon'],
];
const NEVER = ['k phoi', 'cu chi', 'can gio', 'my xuong', 'binh tri dong', 'binh tan'];

describe('everyday questions outside the scope on the web and on Zalo', () => {
  let zalo: ZaloConversation;
  beforeAll(async () => {
    zalo = await startWebAndZalo();
  });
  afterAll(() => stop(zalo));

  const timesKept = (kept: string) => sqliteTables(zalo.service.databasePath).split(kept).length - 1;

  it.each(ASKED.map(([typed, kept], at) => [typed, kept, at] as const))('web: %s → ngoài phạm vi, kept as "%s"', async (typed, kept, at) => {
    const response = await zalo.service.postJson('/api/chat', { sessionId: 'round36-privacy27-web', messageId: `round36-p27-${at}`, text: typed });
    expect(response.status).toBe(200);
    const { replies } = (await response.json()) as { replies: { spans: { text: string }[] }[] };
    expect(replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n')).toContain(OUTSIDE);
    expect(timesKept(kept)).toBe(1);
  }, 60_000);

  it('Zalo: the same questions, kept masked; nothing of the places in rows, file bytes or logs', async () => {
    for (const [typed, kept] of ASKED) {
      expect(await sayOnZalo(zalo, 'z-round36-privacy27', typed), typed).toContain(OUTSIDE);
      // Kept masked a second time (one row a question and a resident: the web page's and this one).
      expect(timesKept(kept)).toBe(2);
    }
    const [rows, bytes, logs] = [sqliteTables(zalo.service.databasePath), sqliteBytes(zalo.service.databasePath), zalo.service.logLines.join('\n')];
    expect(NEVER.filter((piece) => rows.includes(piece) || bytes.includes(piece) || logs.includes(piece))).toEqual([]);
  }, 120_000);
});

it('a real policy question naming a price still gets its answer', async () => {
  const service = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  try {
    for (const [at, typed] of ['gia dien ho ngheo', 'tien dien ho ngheo'].entries()) {
      const response = await service.postJson('/api/chat', { sessionId: 'round36-privacy27-policy', messageId: `round36-p27-policy-${at}`, text: typed });
      const text = JSON.stringify(await response.json());
      expect(text).toContain('tiền điện');
      expect(text).not.toContain(OUTSIDE);
    }
  } finally {
    await service.close();
  }
}, 60_000);
