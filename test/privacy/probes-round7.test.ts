/**
 * Round 7 probes: names, phones, addresses and ID numbers written casually in a resident's sentence. Each is masked, and
 * after a conversation with all of them nothing of them is in any table of the SQLite file nor in the log.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';
import { openHarness, type Harness } from '../chat/harness.ts';

const PROBES: [text: string, secrets: string[]][] = [
  ['tui la Nguyen Van Anh sdt 0912 345 678 nha 4 nguoi o xa, thu nhap 5 trieu', ['Anh', '0912', '345 678']],
  ['so cccd 079203001234, cho hoi gia vang hom nay', ['079203001234']],
  ['em ten Lê Thị Hồng, ở thôn 3 xã Tân Phú, hỏi lịch cúp điện', ['Hồng', 'thôn 3']],
  ['ba Tran Thi Mai 0903.123.456 ap Binh Minh hoi mua ve so', ['Mai', '0903', 'Binh Minh']],
  ['stk 1903 6123 4560 17 techcombank chuyen tien dum tui', ['1903', '6123', '4560']],
  ['gọi cho tui số 0987654321 nha, tui là chị Tư bán cá', ['0987654321', 'Tư']],
  ['nha tui o so nha 45/12 hem 7 duong Le Loi, hoi gia xang', ['45/12', 'hem 7']],
  ['cmnd cu 272 123 456 nhe, toi ten Pham Van Hung', ['272 123 456', 'Hung']],
  ['email tui la hoang.ngoc92@gmail.com cho hoi lich thi dau', ['hoang.ngoc92']],
  ['chu Bay Sang xom 4 sdt +84 912 000 111 hoi gia lua', ['Sang', '912 000 111']],
  // Leaked before: a capitalised surname that folds to an everyday word ("Ho" = Hồ/hộ) after "tui la".
  ['tui la Ho Thi Thu, cccd 0012 0300 4567, muon hoi thoi tiet', ['Thu', '4567']],
  ['anh Tuấn ở tổ 12 khu phố 3 nhờ hỏi giá vàng', ['Tuấn', 'tổ 12', 'khu phố 3']],
  ['dt nha 028 3825 1234 hoi gio mo cua cho', ['3825']],
  // Leaked before: a full name with nothing before it.
  ['Nguyễn Văn Tèo, 0909 888 777, hỏi lịch xổ số', ['Tèo', '0909']],
  // Leaked before: the village's name after its number.
  ['bà Năm Hoa ấp 5 Long Hòa nhắn zalo 0934567890 hỏi giá heo', ['Năm Hoa', '0934567890', 'ấp 5', 'Long Hòa']],
];

/** A keyed hash as the store writes owners, keys and message ids: base64url, far longer than any word. */
const HASHES = /[A-Za-z0-9_-]{40,}/g;

let harness: Harness | undefined;
afterAll(() => harness?.close());

describe('privacy probes in residents\' words (round 7)', () => {
  it.each(PROBES)('masks %s', (text, secrets) => {
    const masked = maskPersonalData(text);
    for (const secret of secrets) expect(masked, secret).not.toContain(secret);
  });

  it('keeps none of them in the database or the log after a conversation', async () => {
    harness = await openHarness();
    for (const [index, [text]] of PROBES.entries()) await harness.say(text, `probe${index}`);
    const db = new Database(harness.databasePath, { readonly: true });
    const rows: string[] = [];
    try {
      for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]) {
        for (const row of db.prepare(`SELECT * FROM "${name}"`).all()) rows.push(JSON.stringify(row));
      }
    } finally {
      db.close();
    }
    // Unanswered ones are kept, masked: the probes did reach the database.
    expect(rows.some((row) => row.includes('[số điện thoại]'))).toBe(true);
    // Keyed hashes (43 base64url characters, a fresh key each run) are taken out first: a short name like "Mai" turns up
    // inside one by chance about once in a hundred runs, which is not a leak.
    const kept = `${rows.join('\n')}\n${harness.logs.join('\n')}`.replace(HASHES, '#');
    for (const [text, secrets] of PROBES) for (const secret of secrets) expect(kept, `${secret} (${text})`).not.toContain(secret);
  });
});
