/**
 * Round 24 (privacy3): what residents type about their family, Zalo-style, was kept with a name, a phone, a house number or
 * an insurance card's number in it:
 * - a name after a kinship word typed without marks or in lower case ("thang Ti", "con Tèo", "chi Thu", "anh ba tung", "em ten
 *   Phuong")
 *   and a full name in lower case or with a lower-case middle name ("le thi hoa", "Trần thị Hoa");
 * - a phone partly hidden or typed with letters for digits ("0912xxx678", "09l2 345 678", "O912 345 678");
 * - a house number with no place word ("12 Hai Ba Trung", "so 5 hem 3");
 * - a health insurance card's code ("GD4797912345678": its letters were kept), a CMND from 0 said to be a phone.
 * Everyday words that look like those stay as typed ("chi so", "ba con", "thang Tu", "chi Thu nhap"), and a "Báo sai" comment
 * and an unanswered question typed with them are kept without them, in no row and no log line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { maskPersonalData, withoutPersonalData } from '../../src/privacy/mask.ts';
import { actionOf, openHarness, type Harness } from '../chat/harness.ts';
import { sqliteTables } from './table-dump.ts';

describe('a name after a kinship word, or a full name, typed without marks or in lower case', () => {
  it.each([
    ['thang Ti nha tui 17 tuoi nghi hoc roi', 'thang [tên] nha tui 17 tuoi nghi hoc roi'],
    ['chi Thu ben nha noi ho can ngheo dc vay von', 'chi [tên] ben nha noi ho can ngheo dc vay von'],
    ['co Thuong o gan nha tui', 'co [tên] o gan nha tui'],
    ['anh ba Tung lam ho cho nha tui', 'anh ba [tên] lam ho cho nha tui'],
    ['anh ba tung noi xa co tien cho ho ngheo an tet', 'anh ba [tên] noi xa co tien cho ho ngheo an tet'],
    ['co Hai Lan ban tui bi benh', 'co Hai [tên] ban tui bi benh'],
    ['ba Nam ke ben cung ngheo', 'ba [tên] ke ben cung ngheo'],
    ['le thi hoa la vo tui', '[tên] la vo tui'],
    ['vo tui ten le thi hoa 70 tuoi', 'vo tui ten [tên] 70 tuoi'],
    ['chong tui vo van tung chay xe om', 'chong tui [tên] chay xe om'],
    ['nguyen van a la chu ho', '[tên] la chu ho'],
    ['Trần thị Hoa là mẹ tui', '[tên] là mẹ tui'],
    ['em ten Phuong o xom Chua', 'em ten [tên] o xom [địa chỉ]'],
    ['3 dua con thang Ti, be Na, con Tèo', '3 dua con thang [tên], be [tên], con [tên]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

/** Ordinary words and phrases residents type that look like a title and a name, a full name, a phone or an address. */
const ORDINARY = [
  'chi so thieu hut la gi', 'chi so nao tinh ho ngheo', 'co so nao de xet', 'ba con oi cho hoi', 'anh chi em trong nha 5 nguoi',
  'ba thang nay ko co thu nhap', 'chi tieu hang thang 3 trieu', 'co the dc ho tro ko', 'thang Tu co ho tro ko', 'tu thang Gieng den thang Chap',
  'thang Nay tui ko co tien', 'chi Thu nhap thap vay', 'anh Thanh Nien xa giup', 'anh hai thanh toan tien dien roi', 'chi hai lan di kham',
  'vo thi lam ruong', 'vo van di lam thue', 'luong thi hai trieu', 'dang thi binh thuong', 'le thi sao', 'Ho thi Sao', 'chau thi di hoc',
  'le thi thanh toan sau', 'co 5 nguyen tac', 'xa co 12 Ho Ngheo va 5 Ho Can Ngheo', '3 Nguoi Trong Nha', '4 Thanh Vien', '3 Chau Di Hoc',
  'Thu Nhap 5 Trieu Mot Thang', 'so 5 nguoi', 'nha co 0 xe', 'thu nhap 0 dong', 'nam 2026 co 10 xa', 'ho ngheo theo 3 nguyen tac gi',
  'chi hoi ba cai thoi', 'ong ba tui gia roi', 'Con tui 5 tuoi', 'con Bò bi benh', 'con Hai di lam xa', 'em be 3 tuoi', 'anh em tui deu ngheo', 'co ho tro tien dien ko', 'chu ho la ai',
];

describe('ordinary words that look like a name, a phone or an address are kept as typed', () => {
  it.each(ORDINARY)('"%s"', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('a phone partly hidden, typed with letters for digits, or formatted', () => {
  it.each([
    ['zalo 0912xxx678 goi lai giup em', 'zalo [số điện thoại] goi lai giup em'],
    ['sdt 09l2 345 678 la cua anh', 'sdt [số điện thoại] la cua anh'],
    ['sdt 0912 *** 678', 'sdt [số điện thoại]'],
    ['dien thoai cua tui la 09O9 123 456 hu roi', 'dien thoai cua tui la [số điện thoại] hu roi'],
    ['O912 345 678 goi tui', '[số điện thoại] goi tui'],
    ['0912.345.678', '[số điện thoại]'],
    ['+84 912 345 678', '[số điện thoại]'],
    ['sđt: 0912 345 678', 'sđt: [số điện thoại]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a house number with no place word', () => {
  it.each([
    ['12 Hai Ba Trung', '[địa chỉ]'],
    ['so 5 hem 3 Nguyen Trai', 'so [địa chỉ] hem [địa chỉ]'],
    ['nha tui so 7 to 3 ap Moi', 'nha tui so [địa chỉ] to [địa chỉ] ap [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('"co Hai o 12 Hai Ba Trung noi vay": neither the house number nor the street is kept', () => {
    const kept = maskPersonalData('co Hai o 12 Hai Ba Trung noi vay');
    expect(kept).toMatch(/^co Hai o \[địa chỉ\].* noi vay$/);
    expect(kept).not.toMatch(/12|Hai Ba|Trung/);
  });
});

describe('identity and insurance numbers', () => {
  it.each([
    ['ma bhyt cua me tui GD4797912345678 con han ko', 'ma bhyt cua me tui [số giấy tờ] con han ko'],
    ['the bhyt HN 2 79 7912345678 con han ko', 'the bhyt [số giấy tờ] con han ko'],
    ['cmnd 024123456', 'cmnd [số giấy tờ]'],
    ['so bhxh 7912345678', 'so bhxh [số giấy tờ]'],
    ['cccd 079 123 456 789', 'cccd [số giấy tờ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('read for household facts (/kiemtra): the name goes with its title, the answer before it stays', () => {
  it.each([
    ['co, thang Ti nha tui 17 tuoi nghi hoc', 'co, nha tui 17 tuoi nghi hoc'],
    ['co, chi Hoa 30 tuoi that nghiep', 'co, 30 tuoi that nghiep'],
    ['con Tèo 5 tuoi di hoc', 'con, 5 tuoi di hoc'],
    ['zalo 0912xxx678 thu nhap 3 trieu', 'thu nhap 3 trieu'],
  ])('"%s" is read as "%s"', (typed, read) => {
    expect(withoutPersonalData(typed, { titledNames: true })).toBe(read);
  });
});

describe('kept through the chat: a "Báo sai" comment and an unanswered question', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  /** What must be in no row and no log line (with the words around them: a keyed hash may hold a short name by chance). */
  const PERSONAL = ['Trần thị Hoa', 'so 5 hem', '0912xxx678', 'ba tung', 'chi Thu', 'thang Ti', 'GD479', 'Hai Ba Trung', 'le thi hoa', '09l2 345'];

  it('holds none of the names, numbers and addresses, in rows or logs', async () => {
    harness = await openHarness();
    const answer = await harness.say('me tui 72 tuoi co dc tro cap hưu trí ko', 'zalo-privacy3');
    await harness.press(actionOf(answer, 'Báo sai'), 'zalo-privacy3');
    await harness.say('sai roi, me tui Trần thị Hoa o so 5 hem 3 Nguyen Trai ma chua dc, zalo 0912xxx678, sdt 09l2 345 678', 'zalo-privacy3');
    await harness.say('anh ba tung noi chi Thu co thang Ti, giup tui dat ve xe khach', 'zalo-privacy3');
    await harness.say('me tui le thi hoa ma bhyt GD4797912345678 o 12 Hai Ba Trung, giup tui dat ve xe khach', 'zalo-privacy3');
    const rows = sqliteTables(harness.databasePath);
    expect(rows).toContain('ma chua dc');
    expect(rows).toContain('ve xe khach');
    for (const [where, text] of [['a stored row', rows], ['a log line', harness.logs.join('\n')]] as const) {
      for (const personal of PERSONAL) expect(text.includes(personal), `${personal} in ${where}`).toBe(false);
    }
  });
});
