/**
 * Round 20 (privacy): a name after a bare "tên" ("tên Lan", "chị tên Hoa", "ten Be Hai") was kept as typed since round 19
 * dropped "tên" alone as a trigger (it masked "tên Nghị định nào …"). Now the words after a bare "tên" are a name only when
 * their first word is a name's (src/privacy/mask.ts bareName, personal.ts bareNameTriggers): "tên gì", "tên văn bản",
 * "tên xã", "co ten trong danh sach" stay as typed, and a question read without personal data keeps its words.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASKS, maskPersonalData, withoutPersonalData } from '../../src/privacy/mask.ts';

/** Runs a command with `input` on its standard input; resolves to its output. */
const run = async (command: string, args: string[], options: { env: NodeJS.ProcessEnv; input: string }) => {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr };
};

const { phone, name, address } = MASKS;

describe('a name after a bare "tên" (round 20)', () => {
  it.each([
    ['tên Lan, nhà 4 người ở quê', `tên ${name}, nhà 4 người ở quê`],
    ['chi ten Lan o ap 3, co dc ho tro j ko', `chi ten ${name} o ap ${address}, co dc ho tro j ko`],
    ['ba noi ten Be Hai 80 tuoi roi', `ba noi ten ${name} 80 tuoi roi`],
    ['Tên: lan, sdt 0912345678', `Tên: ${name}, sdt ${phone}`],
    ['vo tui ten hoa, chong ten nguyen van tuan', `vo tui ten ${name}, chong ten ${name}`],
    ['thang nho ten Teo hoc lop 3 ma hok dc mien hoc phi', `thang nho ten ${name} hoc lop 3 ma hok dc mien hoc phi`],
    ['con út tên Út năm nay 6 tuổi', `con út tên ${name} năm nay 6 tuổi`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each([
    'tên gì vậy ad',
    'tên văn bản quy định chuẩn nghèo là gì',
    'tên xã mới sau sáp nhập là gì',
    'Tên Nghị định nào quy định chuẩn nghèo',
    'nha tui co ten trong danh sach ho can ngheo ko',
    'ten chuong trinh giam ngheo la gi',
    'ten ho ngheo la gi',
    'Tên Chính sách hỗ trợ nhà ở',
  ])('keeps as typed: %s', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
    expect(withoutPersonalData(typed)).toBe(typed);
  });

  it('reads a question without the name told after "tên"', () => {
    expect(withoutPersonalData('chi ten Lan, ho can ngheo dc bhyt ko')).toBe('chi ten, ho can ngheo dc bhyt ko');
  });
});

/**
 * District and commune names typed in lower case with 'châu', 'giáo', 'hoài', 'tuy' (places.ts PLACE_NAME_WORDS): "huyen phu
 * giao" was kept as "huyen [địa chỉ] giao", "xa tan chau" whole. "thôn cháu", "xã giao" alone stay everyday words.
 */
describe('lower-case district names from the one list of place syllables (round 20)', () => {
  it.each([
    ['nha tui o huyen phu giao tinh binh duong, 5 nguoi', `nha tui o huyen ${address} tinh binh duong, 5 nguoi`],
    ['tui o ap 4 xa tan chau huyen tan chau', `tui o ap ${address} xa ${address} huyen ${address}`],
    ['ba con o xa chau thanh co dc ho tro ko', `ba con o xa ${address} co dc ho tro ko`],
    ['nha em o ấp hoai an, huyen tuy phuoc', `nha em o ấp ${address}, huyen ${address}`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each(['xa giao tiep voi can bo kho qua', 'nha tui o thon chau nha'])('keeps as typed: %s', (typed) =>
    expect(maskPersonalData(typed)).toBe(typed),
  );
});

/**
 * Ten messages as residents type them with their personal data (round 20 probe): what is kept of each (masked), and through
 * the terminal chat (src/build/run.mjs cli chat), nothing of the data in the database file or in the log. Before: "anh Ba o
 * xom Chua" kept "Chua" (an unmarked "chưa"), and "con tên Tí hoc lop 2" lost "hoc lop" as a name.
 */
const PROBE: [string, string][] = [
  ['chao ad, tui ten Lan o ap 3 xa tan phu, sdt 0912 345 678, cho hoi lich cup dien xom tui', `chao ad, tui ten ${name} o ap ${address} xa ${address}, sdt ${phone}, cho hoi lich cup dien xom tui`],
  ['em la nguyen thi hoa, cccd 079185012345, cho em hoi gia lua nam nay bao nhieu', `em la ${name}, cccd ${MASKS.idNumber}, cho em hoi gia lua nam nay bao nhieu`],
  ['ba noi tui ten Be Hai 80 tuoi bi tieu duong, o to 5 khu pho 2 phuong 7, xin so dien thoai bac si', `ba noi tui ten ${name} 80 tuoi bi ${MASKS.health}, o to ${address} khu pho ${address} phuong ${address}, xin so dien thoai bac si`],
  ['zalo tui la Tu Sang 0909.123.456, ib giup tui cach dang ky xe may', `zalo tui la ${name} ${phone}, ib giup tui cach dang ky xe may`],
  ['nha o thon Dong, xa Hoa Binh, huyen phu giao, con tên Tí hoc lop 2, truong co day boi ko', `nha o thon ${address}, xa ${address}, huyen ${address}, con tên ${name} hoc lop 2, truong co day boi ko`],
  ['chong tui ten tran van tuan bi tai nan, stk agribank 7100205112345, xin gia xe cuu thuong', `chong tui ten ${name} bi tai nan, stk agribank ${MASKS.idNumber}, xin gia xe cuu thuong`],
  ['tui o ap Phu Loi, tên zalo là Hai Lúa, cho hoi lich cup nuoc khi nao', `tui o ap ${address}, tên zalo là ${name}, cho hoi lich cup nuoc khi nao`],
  ['anh Ba o xom Chua so nha 12 hem 4, email nguyenvanba@gmail.com, hoi gia phan bon', `anh ${name} o xom ${address} so nha ${address} hem ${address}, email ${MASKS.email}, hoi gia phan bon`],
  ['me tui ten la le thi bay, dia chi 45/12 duong nguyen trai, gia vang hom nay bao nhieu', `me tui ten la ${name}, dia chi ${address} duong ${address}, gia vang hom nay bao nhieu`],
  ['chị tên Hằng ở tổ 12 ấp Bình Minh, huyện tân châu, cmnd 272123456, hỏi lịch tiêm phòng cho con', `chị tên ${name} ở tổ ${address} ấp ${address}, huyện ${address}, cmnd ${MASKS.idNumber}, hỏi lịch tiêm phòng cho con`],
];
/** Pieces of personal data in PROBE, none of which may be kept or logged. */
const PERSONAL_PIECES = ['Lan', 'tan phu', '0912', 'nguyen thi hoa', '079185012345', 'Be Hai', 'tieu duong', 'Tu Sang', '0909', 'Hoa Binh', 'phu giao', 'Tí', 'tran van tuan', '7100205112345', 'Phu Loi', 'Hai Lúa', 'Chua', 'nguyenvanba', 'le thi bay', '45/12', 'nguyen trai', 'Hằng', 'Bình Minh', 'tân châu', '272123456'];

describe('ten messages with personal data as residents type them (round 20 probe)', () => {
  it.each(PROBE)('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it('leaves none of their data in the database file or the log of the terminal chat', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tro-ly-probe20-'));
    try {
      const file = join(dir, 'bot.db');
      const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DATABASE_URL', 'REDIS_URL', 'DATABASE_PATH'].includes(key)));
      const { stderr } = await run(process.execPath, ['src/build/run.mjs', 'cli', 'chat', '--db', file], { env: { ...clean, LOG_LEVEL: 'debug' }, input: `${PROBE.map(([typed]) => typed).join('\n')}\n` });
      const db = new Database(file, { readonly: true });
      const kept = db.prepare<[], { text: string }>('SELECT text FROM questions_unanswered').all().map((row) => row.text);
      db.close();
      // The questions the assistant could not answer are kept, masked as above.
      expect(kept.length).toBeGreaterThan(0);
      for (const text of kept) expect(PROBE.map(([, masked]) => masked).some((masked) => masked.endsWith(text))).toBe(true);
      const bytes = readdirSync(dir).map((name) => readFileSync(join(dir, name)).toString('utf8')).join('\n');
      for (const piece of PERSONAL_PIECES) {
        expect(bytes.includes(piece), `kept: ${piece}`).toBe(false);
        expect(stderr.includes(piece), `logged: ${piece}`).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
