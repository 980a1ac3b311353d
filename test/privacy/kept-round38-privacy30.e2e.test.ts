/**
 * Round 38 (privacy30), end to end over HTTP on the embedded SQLite default: what residents type after a question the data has
 * nothing on, sent on the web page and /api/ask, is kept once each, masked as the unit tests say, and nothing of it is in rows,
 * file bytes or logs. Before: "nha tui co tien an" (food money) was kept as "[án tích]", "chong tui co tien su" as typed, "xa cu
 * ten la an binh" as "[tên]", "ap 3 Long Hoa Can Duoc", "o buon ma thuot", "o cu chi" (districts said with no "huyện") as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebAndZalo, stop, type ZaloConversation } from '../channels/zalo/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';
import { MASKS } from '../../src/privacy/mask.ts';

const [A, H] = [MASKS.address, MASKS.health];
/** Typed, as kept, and what of it must never be kept. */
const ASKED: readonly (readonly [string, string, readonly string[]])[] = [
  ['gia vang hom nay, nha tui co tien an', 'gia vang hom nay, nha tui co tien an', []],
  // Round 38 mend38c: nothing said of an offence, "tien su" is kept as a health history ("tiền sử"), was "[án tích]".
  ['xo so hom nay, chong tui co tien su', `xo so hom nay, chong tui co ${H}`, ['tien su']],
  ['gia vang hom nay, nha tui o ap 3 Long Hoa Can Duoc', `gia vang hom nay, nha tui o ap ${A}`, ['Long Hoa', 'Can Duoc']],
  ['thoi tiet mai sao, tui o buon ma thuot', `thoi tiet mai sao, tui o ${A}`, ['ma thuot']],
  ['xo so hom nay, tui o cu chi', `xo so hom nay, tui o ${A}`, ['cu chi']],
  ['gia vang hom nay, tui o xa cu ten la an binh', `gia vang hom nay, tui o xa cu ten la ${A}`, ['an binh']],
];
const occurrences = (rows: string, kept: string) => rows.split(`"text":${JSON.stringify(kept)}`).length - 1;

describe('kept masked from the web page and /api/ask', () => {
  let zalo: ZaloConversation;
  beforeAll(async () => {
    zalo = await startWebAndZalo();
  });
  afterAll(() => stop(zalo));

  it('web and /api/ask: each kept masked, once a path; nothing of them in rows, file bytes or logs', async () => {
    for (const [at, [typed, kept]] of ASKED.entries()) {
      const before = occurrences(sqliteTables(zalo.service.databasePath), kept);
      expect((await zalo.service.postJson('/api/chat', { sessionId: 'round38-privacy30-web', messageId: `round38-p30-${at}`, text: typed })).status, typed).toBe(200);
      expect(occurrences(sqliteTables(zalo.service.databasePath), kept), `web: ${typed}`).toBe(before + 1);
      expect((await zalo.service.postJson('/api/ask', { question: typed, userId: 'round38-privacy30-ask' })).status, typed).toBe(200);
      expect(occurrences(sqliteTables(zalo.service.databasePath), kept), `ask: ${typed}`).toBe(before + 2);
    }
    const [rows, bytes, logs] = [sqliteTables(zalo.service.databasePath), sqliteBytes(zalo.service.databasePath), zalo.service.logLines.join('\n')];
    const never = ASKED.flatMap(([, , pieces]) => pieces);
    expect(never.filter((piece) => rows.includes(piece) || bytes.includes(piece) || logs.includes(piece))).toEqual([]);
  }, 180_000);
});
