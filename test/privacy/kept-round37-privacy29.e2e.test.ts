/**
 * Round 37 (privacy29), end to end over HTTP on the embedded SQLite default: a hospital's name, a paralysis and a pregnancy typed on
 * the web page with a question the data has nothing on are kept masked. Before: "nam vien cho ray", "liet nua nguoi", "mang bau"
 * were kept as typed. "me tui bi K" (cancer by its letter) is answered as an illness is (health insurance); was read as "bị
 * không" and got the tuition passage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebAndZalo, stop, type ZaloConversation } from '../channels/zalo/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';
import { MASKS } from '../../src/privacy/mask.ts';

const H = MASKS.health;
const ASKED: readonly (readonly [string, string])[] = [
  ['gia vang hom nay, me tui nam vien cho ray', `gia vang hom nay, me tui nam vien ${H}`],
  ['xo so hom nay, ong tui bi tai bien, liet nua nguoi', `xo so hom nay, ong tui bi ${H}, ${H}`],
  ['thoi tiet mai sao, vo tui mang bau 7 thang', `thoi tiet mai sao, vo tui ${H} 7 thang`],
];
const NEVER = ['cho ray', 'liet nua', 'mang bau', 'bi K', 'mac K'];
const replyText = async (response: Response) =>
  ((await response.json()) as { replies: { spans: { text: string }[] }[] }).replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');

describe('kept masked from the web page', () => {
  let zalo: ZaloConversation;
  beforeAll(async () => {
    zalo = await startWebAndZalo();
  });
  afterAll(() => stop(zalo));

  it.each(['me tui bi K', 'ba tui mac K giai doan 3, nha ngheo'])('web: %s → an illness: health insurance, never the tuition card', async (typed) => {
    const response = await zalo.service.postJson('/api/chat', { sessionId: `round37-privacy29-k-${typed.length}`, messageId: 'round37-p29-k', text: typed });
    expect(response.status).toBe(200);
    const text = await replyText(response);
    expect(text).toContain('bảo hiểm y tế');
    expect(text).not.toMatch(/học phí/i);
  }, 60_000);

  it('web: each kept once, masked; nothing of them in rows, file bytes or logs', async () => {
    for (const [at, [typed, kept]] of ASKED.entries()) {
      const response = await zalo.service.postJson('/api/chat', { sessionId: 'round37-privacy29-web', messageId: `round37-p29-${at}`, text: typed });
      expect(response.status, typed).toBe(200);
      expect(sqliteTables(zalo.service.databasePath).split(`"text":${JSON.stringify(kept)}`).length - 1, typed).toBe(1);
    }
    const [rows, bytes, logs] = [sqliteTables(zalo.service.databasePath), sqliteBytes(zalo.service.databasePath), zalo.service.logLines.join('\n')];
    expect(NEVER.filter((piece) => rows.includes(piece) || bytes.includes(piece) || logs.includes(piece))).toEqual([]);
  }, 120_000);
});
