/** Messages sent every way a resident's text is kept, and what of them is found again in the store or the logs. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from '../chat/harness.ts';
import { startWebAndZalo, stop, type ZaloConversation } from '../channels/zalo/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';
import type { TestService } from '../server/harness.ts';

/** A message with what of it must be in no row and no log line (with the words around it: a keyed hash may hold a short piece by chance). */
export type PersonalMessage = readonly [string, readonly string[]];

/**
 * Sends each message by someone who has not consented, by someone who has (then again with the household's facts before it), and
 * as a "Báo sai" comment; returns every stored row as text and each personal piece found in a row or a log line.
 */
export async function sendEveryWay(harness: Harness, messages: readonly PersonalMessage[]): Promise<{ rows: string; leaks: string[] }> {
  for (const [index, [message]] of messages.entries()) {
    await harness.say(message, `resident-${index}`);
    await harness.say('/kiemtra', `consented-${index}`);
    await harness.press('consent:yes', `consented-${index}`);
    await harness.press('ck:cancel', `consented-${index}`);
    await harness.say(message, `consented-${index}`);
    await harness.say(`nha tui 4 nguoi thu nhap 2tr, ${message}`, `consented-${index}`);
    const answer = await harness.say('me tui 72 tuoi co dc tro cap hưu trí ko', `reporter-${index}`);
    await harness.press(actionOf(answer, 'Báo sai'), `reporter-${index}`);
    await harness.say(`sai roi, ${message}`, `reporter-${index}`);
  }
  const rows = sqliteTables(harness.databasePath);
  const logs = harness.logs.join('\n');
  const leaks = messages.flatMap(([message, personal]) =>
    personal.flatMap((piece) => [rows.includes(piece) ? `row: ${piece} (${message})` : [], logs.includes(piece) ? `log: ${piece} (${message})` : []].flat()),
  );
  return { rows, leaks };
}

/**
 * The personal pieces of `messages` found in `kept` as typed, not inside a longer token: a random hash or id ("…PqgMai_ItU", a
 * base64url owner hash) can hold "Mai" or "HIV" by chance, never a word of the message.
 */
export function piecesIn(messages: readonly PersonalMessage[], kept: string): string[] {
  const typed = (piece: string) => new RegExp(`(?<![\\p{L}\\p{N}_])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u');
  return messages.flatMap(([, pieces]) => pieces.filter((piece) => typed(piece).test(kept)));
}

/** The pieces of `messages` found in the SQLite rows, the file's bytes and the log lines (piecesIn), with the rows as text. */
export function keptLeaks(databasePath: string, logLines: readonly string[], messages: readonly PersonalMessage[]): { rows: string; found: Record<'rows' | 'bytes' | 'logs', string[]> } {
  const rows = sqliteTables(databasePath);
  return { rows, found: { rows: piecesIn(messages, rows), bytes: piecesIn(messages, sqliteBytes(databasePath)), logs: piecesIn(messages, logLines.join('\n')) } };
}

/** Sends each text on the web page (/api/chat, one session) and on /api/ask (one user), both named `id`; returns the HTTP statuses. */
export async function postWebAndAsk(service: TestService, id: string, texts: readonly string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const [at, text] of texts.entries()) {
    statuses.push((await service.postJson('/api/chat', { sessionId: id, messageId: `${id}-${at}`, text })).status);
    statuses.push((await service.postJson('/api/ask', { question: text, userId: id })).status);
  }
  return statuses;
}

/**
 * An attack pass (rounds 38, 39): each message typed after an everyday question ("gia vang hom nay, …"), sent on the web page and
 * /api/ask of a real server; no piece of any in a row of the SQLite file, its bytes or the logs. Those the chat reads as a household
 * or an illness told are answered, not kept; the rest are, masked.
 */
export function describeAttackPass(id: string, attacks: readonly PersonalMessage[], timeoutMs: number): void {
  describe(`${attacks.length} attacks on the web page and /api/ask: nothing identifying kept`, () => {
    let web: ZaloConversation;
    beforeAll(async () => {
      web = await startWebAndZalo();
    });
    afterAll(() => stop(web));

    it('none of the pieces in rows, file bytes or logs', async () => {
      const statuses = await postWebAndAsk(web.service, id, attacks.map(([typed]) => `gia vang hom nay, ${typed}`));
      expect(new Set(statuses)).toEqual(new Set([200]));
      const { rows, found } = keptLeaks(web.service.databasePath, web.service.logLines, attacks);
      expect(rows).toContain('"text":"gia vang hom nay, ');
      expect(found).toEqual({ rows: [], bytes: [], logs: [] });
    }, timeoutMs);
  });
}

/**
 * The chat core's pass of an attack (rounds 40, 41): each message without consent, with it (then with the household's facts before
 * it) and as a "Báo sai" comment (sendEveryWay); no piece in a stored row or a log line.
 */
export function describeChatCorePass(attacks: readonly PersonalMessage[], timeoutMs: number): void {
  describe('the chat core: without consent, with it, and as a "Báo sai" comment', () => {
    let harness: Harness | undefined;
    afterEach(() => harness?.close());

    it('no stored row and no log line holds any piece', async () => {
      harness = await openHarness();
      const { leaks } = await sendEveryWay(harness, attacks);
      expect(leaks).toEqual([]);
    }, timeoutMs);
  });
}
