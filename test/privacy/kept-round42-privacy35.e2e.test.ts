/**
 * Round 42 (privacy35), end to end through the chat core and its SQLite store: what residents type after a question the data has
 * nothing on is kept masked as mask-round42-privacy35 says, and no piece of it is in a stored row, the file's bytes or a log line.
 * Before: "Nguyễn Thị Ngọc Bích Trâm" was kept as "[tên] Bích Trâm", the "12" of "cccd so 0123 456 789 12", "Y Bih Niê", "Ksor Y
 * Phun", "Hơ Đơk H'Bia", "Vàng A Dính", "Thị Mai", "bà tư" and "Le Hoang Bao Anh" (with no "là" before it) as typed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../chat/harness.ts';
import { MASKS } from '../../src/privacy/mask.ts';
import { piecesIn, type PersonalMessage } from './message-leaks.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';

const [N, ID] = [MASKS.name, MASKS.idNumber];
/** Typed (after "gia vang hom nay, "), as kept, and what of it must never be kept. */
const ASKED: readonly (readonly [string, string, readonly string[]])[] = [
  ['me tui Nguyễn Thị Ngọc Bích Trâm bi benh', `me tui ${N} bi benh`, ['Bích Trâm', 'Nguyễn Thị']],
  ['ong noi tui la Ton That Minh Hoang Anh', `ong noi tui la ${N}`, ['Ton That', 'Hoang Anh']],
  ['con tui Le Hoang Bao Anh hoc lop 3', `con tui ${N} hoc lop 3`, ['Le Hoang', 'Bao Anh']],
  ['Tran Van Ba cccd so 0123 456 789 12', `${N} cccd so ${ID}`, ['Tran Van', '0123 456', '789 12']],
  ['me tui Y Bih Niê nho tui hoi', `me tui ${N} nho tui hoi`, ['Y Bih', 'Niê']],
  ['ba tui la Ksor Y Phun', `ba tui la ${N}`, ['Ksor', 'Y Phun']],
  ["chi Hơ Đơk H'Bia nho tui hoi", `chi ${N} nho tui hoi`, ['Đơk', "H'Bia"]],
  ['ba tui Vàng A Dính', `ba tui ${N}`, ['Vàng A', 'Dính']],
  ['nha tui co Thị Mai bi benh', `nha tui co ${N} bi benh`, ['Thị Mai']],
  ['bà tư nhà bên cho tui mượn tiền', `bà ${N} nhà bên cho tui mượn tiền`, ['bà tư']],
  // A people's name stays: no person's data.
  ['tui la nguoi Gia Rai', 'tui la nguoi Gia Rai', []],
];
const PREFIX = 'gia vang hom nay, ';

describe('kept masked through the chat core and the store', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('each message kept once as masked; no piece in rows, file bytes or logs', async () => {
    harness = await openHarness();
    for (const [at, [typed]] of ASKED.entries()) await harness.say(`${PREFIX}${typed}`, `round42-privacy35-${at}`);
    const rows = sqliteTables(harness.databasePath);
    for (const [typed, kept] of ASKED) expect(rows.split(`"text":${JSON.stringify(`${PREFIX}${kept}`)}`).length - 1, typed).toBe(1);
    const messages: PersonalMessage[] = ASKED.map(([typed, , pieces]) => [typed, pieces]);
    const found = { rows: piecesIn(messages, rows), bytes: piecesIn(messages, sqliteBytes(harness.databasePath)), logs: piecesIn(messages, harness.logs.join('\n')) };
    expect(found).toEqual({ rows: [], bytes: [], logs: [] });
  }, 120_000);
});
