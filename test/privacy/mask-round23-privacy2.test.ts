/**
 * Round 23 (privacy2): what residents type Zalo-style is masked before it is kept.
 * - A phone or CCCD number said digit by digit in words ("sdt khong chin mot hai ba bon lam sau bay tam") was kept as typed.
 * - A unit's short form with its number or name ("kp 3", "KP.3", "p2 q5", "tdp 4", "Q.Binh Thanh") was kept as typed, while
 *   "khu pho 3", "phuong 5" were masked; "kp" (khu phố) is now one of the short forms, so the household reader reads it as
 *   urban too, as it reads "khu pho 3" (it was not read).
 * - An e-mail with a space either side of its "@" ("hoa.nt @ gmail.com") was kept as typed.
 * - A house number and a street named after a person with no place word ("so 123 Le Loi", "45 tran hung dao"), and a street
 *   after "duong" typed without marks ("hem 12 duong Le Loi"), were kept as typed.
 * - A child's name after "thằng", "bé", "be" ("thằng Tí", "con be Na") was kept as typed.
 * Then, on SQLite and PostgreSQL, a question the assistant cannot answer, typed with all of them, is kept without them and
 * no log line holds them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { createLogger } from '../../src/log.ts';
import { maskPersonalData } from '../../src/privacy/mask.ts';
import { parseMoney } from '../../src/rules/money.ts';
import { readAreaWords } from '../../src/rules/understand.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';
import { postgresTables, sqliteTables } from './table-dump.ts';

describe('a number said digit by digit in words', () => {
  it.each([
    ['sdt khong chin mot hai ba bon lam sau bay tam, goi tui nha', 'sdt [số điện thoại], goi tui nha'],
    ['so dt: không chín một hai ba bốn năm sáu bảy tám', 'so dt: [số điện thoại]'],
    ['khong chin mot hai, ba bon lam, sau bay tam la so cua tui', '[số điện thoại] la so cua tui'],
    ['zalo 0912 ba bon lam sau bay tam', 'zalo [số điện thoại]'],
    ['cccd khong bay chin mot tam tam khong khong mot hai ba bon', 'cccd [số giấy tờ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['nha tui co ba bon nguoi, thu nhap hai trieu tu', 'thu nhap hai tram nam muoi nghin 1 thang', 'ba nam nay tui o nha mot minh, nam nam roi chua dc xet'])(
    '"%s" is kept whole: counts and amounts said in words are no number of anyone',
    (typed) => {
      expect(maskPersonalData(typed)).toBe(typed);
    },
  );

  it('typed when the income is asked, is said to be a phone number, not read or kept', () => {
    const read = parseMoney('khong chin mot hai ba bon lam sau bay tam');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.question).toContain('giống số điện thoại');
  });
});

describe("a unit's short form with its number or name", () => {
  it.each([
    ['nha tui o kp 3 phuong Tan Dinh', 'nha tui o kp [địa chỉ] phuong [địa chỉ]'],
    ['o kp3, 4 nguoi', 'o kp[địa chỉ], 4 nguoi'],
    ['KP.3 P.7 Q.Binh Thanh', 'KP.[địa chỉ] P.[địa chỉ] Q.[địa chỉ]'],
    ['hem 12 p2 q5 ho can ngheo dc gi', 'hem [địa chỉ] p[địa chỉ] q[địa chỉ] ho can ngheo dc gi'],
    ['tdp 4 thi tran', 'tdp [địa chỉ] thi tran'],
    ['TX Sơn Tây có hộ nghèo không', 'TX [địa chỉ] có hộ nghèo không'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['tt gi vay', 'thu nhap 5tr 1 thang', 'di hop 2p thoi'])('"%s" is kept whole', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each(['nha tui o kp 3, 4 nguoi thu nhap 6 trieu', 'o kp3 q8', 'nha o KP.3'])('"%s" is read as a khu phố: urban, as "khu pho 3" is (was not read)', (typed) => {
    expect(readAreaWords(typed)).toBe('urban');
  });
});

describe('a street: a house number and a street named after a person, or "duong" typed without marks before a name', () => {
  it.each([
    ['nha tui so 123 Le Loi, ho ngheo dc gi', 'nha tui so [địa chỉ], ho ngheo dc gi'],
    ['o 45 Tran Hung Dao co dc ho tro ko', 'o [địa chỉ] co dc ho tro ko'],
    ['123/4 nguyen trai p2 q5', '[địa chỉ] p[địa chỉ] q[địa chỉ]'],
    ['nha o hem 12 duong Le Loi', 'nha o hem [địa chỉ] duong [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['Thu Nhap 5 Trieu Mot Thang', 'thu nhap 5 Trieu', 'nha 4 nguoi thu nhap 5 trieu', 'Duong Nao Di Ve Xa', 'con duong nay xa lam', 'o to Toyota'])(
    '"%s" is kept whole: an amount, a count or everyday words',
    (typed) => {
      expect(maskPersonalData(typed)).toBe(typed);
    },
  );
});

describe("a child's name after \"thằng\", \"bé\", \"be\"", () => {
  it.each([
    ['thằng Tí con tui bi benh, dc ho tro j ko', 'thằng [tên] con tui bi benh, dc ho tro j ko'],
    ['con be Na 5 tuoi chua co bhyt', 'con be [tên] 5 tuoi chua co bhyt'],
    ['bé Lan học lớp 2 có được miễn học phí không', 'bé [tên] học lớp 2 có được miễn học phí không'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['nha co 2 be 5 tuoi', 'be hoc lop 3 dc mien hoc phi ko', 'thang Tu co ho tro ko'])('"%s" is kept whole: counts, a child, a month', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('an e-mail typed with spaces around "@"', () => {
  it.each([
    ['email hoa.nt @ gmail.com gui van ban cho tui', 'email [email] gui van ban cho tui'],
    ['mail tui hoant@ yahoo.com.vn', 'mail tui [email]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

const folder = mkdtempSync(join(tmpdir(), 'privacy2-round23-'));
const databases: { drop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
  rmSync(folder, { recursive: true, force: true });
});

/** What must be in no row and no log line: the phone in words, the quarter's number, the e-mail. */
const PERSONAL = ['khong chin mot hai ba bon', 'kp 3', 'hoa.nt', 'gmail'];

const backends: { name: string; unavailable?: string; open(logger: ReturnType<typeof createLogger>): Promise<{ app: App; dump(): Promise<string> }> }[] = [
  {
    name: 'SQLite',
    open: async (logger) => {
      const path = join(folder, 'kept.db');
      return { app: await createApp({ databasePath: path, logger }), dump: async () => sqliteTables(path) };
    },
  },
  {
    name: 'PostgreSQL',
    unavailable: await postgresUnavailable(),
    open: async (logger) => {
      const database = await createTestDatabase('privacy2');
      databases.push(database);
      return { app: await createApp({ databasePath: join(folder, 'unused.db'), databaseUrl: database.url, logger }), dump: () => postgresTables(database.url) };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(backend.unavailable !== undefined)(titled(`an unanswered question kept: ${backend.name}`, backend.unavailable), () => {
    it('holds no phone said in words, quarter number or spaced e-mail, in rows or logs', async () => {
      const logs: string[] = [];
      const { app, dump } = await backend.open(createLogger({ level: 'debug', write: (line) => logs.push(line) }));
      try {
        const send = (text: string) => app.core.handle({ channel: 'zalo', userId: 'zalo-privacy2', text });
        await send('nha tui o kp 3 phuong Tan Dinh, sdt khong chin mot hai ba bon lam sau bay tam, giup tui dat ve xe khach');
        await send('email hoa.nt @ gmail.com, giup tui dat ve xe khach di Can Tho');
        const rows = await dump();
        expect(rows).toContain('ve xe khach');
        for (const [where, text] of [['a stored row', rows], ['a log line', logs.join('\n')]] as const) {
          for (const personal of PERSONAL) expect(text.includes(personal), `${personal} in ${where}`).toBe(false);
        }
      } finally {
        await app.close();
      }
    });
  });
}
