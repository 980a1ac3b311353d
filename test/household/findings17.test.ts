/**
 * findings17 (outside resident test, 02/12/2026): households told in one sentence as residents type them on Zalo. The
 * tester's sentences as typed, and variants written the same way. Classes by hand: 2026 = NĐ 07/2021 Điều 3 kept by NĐ
 * 351/2025 (nông thôn ≤ 1.500.000 đ: nghèo with ≥ 3 chỉ số thiếu hụt, else cận nghèo; ≤ 2.250.000 đ trung bình; thành thị
 * 2.000.000 / 3.000.000 đ).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { findAmounts } from '../../src/rules/money.ts';
import { checkHousehold } from '../../src/rules/index.ts';
import { notMentionedEffect, profileFromUnderstanding } from '../../src/rules/understand.ts';
import { prefilledInterview } from '../../src/chat/interview.ts';

const DATE = '2026-12-02';
const { rules, read, classOf } = readerOn(DATE);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', ...args], { cwd: root, encoding: 'utf8' });

describe('"nhà cấp 4 (cũ)" is a house, never "4 củ" = 4.000.000 đồng (findings17 H5, H5d, C2, C4)', () => {
  it('H5: an old couple living on 1tr5 from their children is cận nghèo, not "không thuộc diện" (was 5.500.000)', () => {
    const text = 'nha tui 2 vo chong gia o que, ko co luong huu, con cai di xa het, moi thang con gui 1tr5, nha cap 4 cu, co bhyt';
    expect(read(text).understood).toMatchObject({ area: 'rural', members: 2, monthlyIncome: 1_500_000 });
    // 1.500.000 ÷ 2 = 750.000 ≤ 1.500.000 (nông thôn).
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 750_000 });
    // Through the CLI the tester used.
    const run = cli(['--json', '--date', DATE, '--text', text]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ understood: { monthlyIncome: 1_500_000 }, classification: 'near_poor' });
  });

  it('C4: "chồng làm 3tr, vợ bán vé số 1tr, nhà cấp 4 cũ kỹ" is 4.000.000, cận nghèo (was 8.000.000, không thuộc diện)', () => {
    const text = 'nha 3 nguoi o que, chong lam 3tr, vo ban ve so 1tr, nha cap 4 cu ky';
    expect(read(text).understood.monthlyIncome).toBe(4_000_000);
    // 4.000.000 ÷ 3 = 1.333.333 ≤ 1.500.000.
    expect(classOf(text)?.classification).toBe('near_poor');
  });

  it('C2, H5d: one clear income is kept, no question about "4 cu" (was: "Mình thấy nhiều số tiền (…; 4 cu)")', () => {
    for (const [text, income] of [
      ['nha 4 nguoi o que thu nhap 5 trieu thang, o nha cap 4 cu', 5_000_000],
      ['2 vo chong gia o que, thu nhap 1tr5 thang, nha cap 4 cu, co bhyt', 1_500_000],
      ['Hai vợ chồng già ở quê, con gửi về mỗi tháng 1 triệu rưỡi, nhà cấp bốn cũ, có bảo hiểm y tế', 1_500_000],
      ['nha tui cap 4 cu lam roi, o que 4 nguoi, thu nhap 6 trieu', 6_000_000],
    ] as const) {
      const understanding = read(text);
      expect(understanding.questions, text).toEqual([]);
      expect(understanding.understood.monthlyIncome, text).toBe(income);
    }
  });

  it('"cấp" that gives money keeps its amount: "nhà nước cấp 4 triệu", "được cấp 2 triệu", "trợ cấp 1 triệu"', () => {
    const said = (text: string) => findAmounts(text).map((amount) => amount.said);
    expect(said('nhà cấp 4 cũ, nhà cấp bốn cũ nát, con học cấp 2')).toEqual([]);
    expect(said('nghe noi nha nuoc cap 4 trieu sua nha')).toEqual(['4 trieu']);
    expect(said('duoc cap 2 trieu')).toEqual(['2 trieu']);
    // The allowance is still read as one, and is no income (0 đồng, with the note).
    const allowance = read('nha 3 nguoi o que, song nho tro cap 1 trieu, nha cap 4');
    expect(allowance.understood.monthlyIncome).toBe(0);
    expect(allowance.notes.join(' ')).toContain('trợ cấp của Nhà nước không tính vào thu nhập');
  });
});

describe('a total said outright is the income; a day\'s pay inside it is not asked (findings17 N3)', () => {
  it('N3: "…mỗi ngày được 100 tới 150 ngàn, vợ bán hàng rong, tổng cộng chắc được 5 triệu" is 5.000.000 (was: the day\'s pay asked)', () => {
    const text = 'nha 4 nguoi o que, tui chay xe om moi ngay dc 100 toi 150 ngan, vo ban hang rong, tong cong chac dc 5 trieu';
    const understanding = read(text);
    expect(understanding.questions).toEqual([]);
    expect(understanding.understood.monthlyIncome).toBe(5_000_000);
    expect(understanding.notes.join(' ')).toContain('là một phần trong đó, không tính thêm');
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_250_000 });
    expect(read('ca nha 5 nguoi o xa, chong lam ho 250k 1 ngay, vo lam muon, tong cong 1 thang dc chung 6 trieu').understood.monthlyIncome).toBe(6_000_000);
    expect(read('Cả nhà kiếm được 5 triệu, chồng làm hồ 200 nghìn một ngày, ở quê 4 người').understood.monthlyIncome).toBe(5_000_000);
  });

  it('a day\'s pay said as added ("thêm") or with no total is still asked for its days', () => {
    for (const text of ['thu nhap 2 trieu, them chong lam ho 200k 1 ngay, o que 4 nguoi', 'nha 4 nguoi o que, chong lam ho 200k 1 ngay']) {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome, text).toBeNull();
      expect(understanding.questions[0], text).toContain('là tiền một ngày');
    }
  });
});

/**
 * The counted deprivations, the class and the "có thể là hộ nghèo nếu thiếu hụt thêm N chỉ số" hint of a sentence, as `cli check
 * --text` gives them.
 */
function checked(text: string, on = DATE, reader = read) {
  const understanding = reader(text);
  const profile = profileFromUnderstanding(understanding, on)!;
  const result = checkHousehold(rules, profile);
  if (!result.ok) throw new Error(text);
  const { classification, deprivations } = result.value;
  return { classification, deprivations, couldBe: notMentionedEffect(rules, profile, classification, understanding.notMentioned)?.couldBe, notes: understanding.notes };
}

describe('dependants counted from the ages and children told (findings17 H2, H14, H15; NĐ 07/2021 Phụ lục, kept for 2026)', () => {
  // Người phụ thuộc: trẻ em dưới 16 tuổi, người cao tuổi từ đủ 60 tuổi, người khuyết tật hưởng trợ cấp hằng tháng; the household
  // is deprived when they are more than 50% of its members (rules/parameters.yaml dependant_*).

  it('H2: parents 72 and 68 and 2 children in cấp 2, of 6 → 4/6 > 50%: 2 deprivations, "poor if 1 more" (was: dependants missed, "+2")', () => {
    const text =
      'ba ma tui gia roi 72 voi 68 tuoi, o voi tui va vo, 2 dua con di hoc cap 2, tong 6 nguoi, thu nhap ca nam dc chung 70 trieu, o phuong linh trung thanh pho thu duc, nha thue 20m2';
    // 70.000.000 ÷ 12 ÷ 6 = 972.222 ≤ 2.000.000 (thành thị); 20 m² ÷ 6 = 3,3 m² < 8 m²; 2 chỉ số < 3 → cận nghèo.
    const result = checked(text);
    expect(result).toMatchObject({ classification: 'near_poor', couldBe: { classification: 'poor', extra: 1 } });
    expect(result.deprivations).toEqual(['dependents', 'housing_area']);
    expect(result.notes.join(' ')).toContain('2 trẻ đang học mẫu giáo, cấp 1 hay cấp 2 được tính là trẻ em dưới 16 tuổi');
  });

  it('H14: "ông bà nội tui 80 tuổi" are two people of 80 → 2/2 dependants, with the nhà tạm 2 deprivations, "+1" (was one person, "+2")', () => {
    const text = 'ong ba noi tui 80 tuoi song mot minh o que, ko co luong huu, an tro cap, ko co thu nhap gi, nha tam, nuoc gieng';
    expect(read(text).understood.memberDetails).toEqual([{ age: 80 }, { age: 80 }]);
    // 0 đồng (trợ cấp is no income) ≤ 1.500.000; 2 chỉ số → cận nghèo.
    expect(checked(text)).toMatchObject({ classification: 'near_poor', deprivations: ['dependents', 'housing_quality'], couldBe: { classification: 'poor', extra: 1 } });
    expect(checked('Hai ông bà nội tôi 80 tuổi ở quê, không có lương hưu, không có thu nhập, nhà dột nát').deprivations).toEqual(['dependents', 'housing_quality']);
  });

  it('H15: "3 đứa con nhỏ dưới 10 tuổi, ông nội 78" of 7 → 4/7 > 50%, "+2" (was one child counted, "+3")', () => {
    const text = 'nha tui 7 nguoi, 3 dua con nho duoi 10 tuoi, ong noi 78, o que, ca nha thu nhap chung 10 trieu mot thang';
    // 10.000.000 ÷ 7 = 1.428.571 ≤ 1.500.000; 1 chỉ số → cận nghèo.
    expect(checked(text)).toMatchObject({ classification: 'near_poor', deprivations: ['dependents'], couldBe: { classification: 'poor', extra: 2 } });
  });

  it('children at a school level of under-16s count; "cấp 3", "các con" and an age told decide as they say', () => {
    // 62 + 2 children in cấp 2 = 3/4; ông bà 75 + 1 child in cấp 1 = 3/5.
    expect(checked('nha em 4 nguoi o xa, chong em 62 tuoi, em lam cong nhan 5 trieu 1 thang, 2 dua con dang hoc cap 2, ko co bhyt').deprivations).toEqual(['dependents', 'health_insurance']);
    expect(checked('nha tui 5 nguoi o que, ong ba noi tui 75 tuoi, 2 vo chong tui va 1 dua con hoc cap 1, thu nhap 7 trieu 1 thang').deprivations).toEqual(['dependents']);
    expect(read('nha 3 nguoi o phuong, con tui hoc lop 7, thu nhap 6 trieu').understood.memberDetails).toEqual([{ dependant: true }]);
    // "năm sau con vô lớp 1": one child (no "sáu" children), 1/4 decides nothing.
    expect(read('nha 4 nguoi o que thu nhap 8tr, nam sau con vo lop 1').understood.memberDetails).toEqual([{ dependant: true }]);
    expect(checked('nha 4 nguoi o que thu nhap 8tr, nam sau con vo lop 1').deprivations).toEqual([]);
    // Lớp 10–12 tell no age under 16; "các con" no count; ages told are the ages.
    expect(read('nha 4 nguoi o que, 2 vo chong va 2 dua con hoc cap 3, thu nhap 5 trieu 1 thang').understood.memberDetails).toBeUndefined();
    expect(read('nha 4 nguoi o que, cac con hoc cap 2, thu nhap 5 trieu').understood.memberDetails).toBeUndefined();
    expect(read('nha 4 nguoi o que, 2 dua con 15 va 17 tuoi di hoc cap 3, thu nhap 5 trieu').understood.memberDetails).toEqual([{ age: 15 }, { age: 17 }]);
  });

  it('from 01/01/2027 the dependants indicator is still counted (NĐ 351/2025 list, thresholds of 2022–2025 kept, tham khảo)', () => {
    const on2027 = readerOn('2027-01-15');
    const text = 'nha tui 7 nguoi, 3 dua con nho duoi 10 tuoi, ong noi 78, o que, ca nha thu nhap chung 10 trieu mot thang';
    // 1.428.571 ≤ 2.200.000; dependants 4/7 known; 2 indicators of unknown threshold → at least cận nghèo, nghèo from 3.
    const result = checked(text, '2027-01-15', on2027.read);
    expect(result.deprivations).toEqual(['dependents']);
    expect(result.classification).toBe('unknown');
  });
});

describe('living conditions in everyday words (findings17 N2, web1, H13, 01)', () => {
  it('N2: "nước lấy ở khe suối" is an unprotected source → 3 deprivations, hộ nghèo (was: water missed, cận nghèo)', () => {
    const text =
      'nhà cháu 6 khẩu ở bản, bố mẹ đi làm nương, một năm bán ngô được 40 triệu, nhà sàn gỗ dột nát, chưa có nhà tiêu, nước lấy ở khe suối, hai em nhỏ 4 tuổi và 8 tuổi còn đi học';
    // 40.000.000 ÷ 12 ÷ 6 = 555.556 ≤ 1.500.000; nhà dột nát + nhà tiêu + nước khe suối = 3 → hộ nghèo.
    expect(checked(text)).toMatchObject({ classification: 'poor', deprivations: ['housing_quality', 'water_source', 'sanitation'] });
    for (const other of ['nha 5 nguoi o ban, lay nuoc o suoi ve an', 'nha 4 nguoi o xa, xai nuoc khe', 'Nhà em lấy nước từ suối về dùng', 'nuoc lay o song, 3 nguoi']) {
      expect(read(other).understood.deprivations, other).toContain('water_source');
    }
    // A stream as a place is no water source.
    expect(read('nha tui o gan khe suoi, 4 nguoi o que, thu nhap 5 trieu, xai nuoc may').understood.deprivations).not.toContain('water_source');
  });

  it('web1: "nhà nước mưa dột" is a leaking house, not "nhà nước" nor rain water used → hộ nghèo (was: cận nghèo)', () => {
    const text = 'nha tui 4 nguoi o que, ca nha thu nhap 3tr8 moi thang, nha nuoc mua dot, chua co bhyt, nuoc song';
    // 3.800.000 ÷ 4 = 950.000; BHYT + nhà dột + nước sông = 3 → hộ nghèo.
    expect(checked(text)).toMatchObject({ classification: 'poor', deprivations: ['health_insurance', 'housing_quality', 'water_source'] });
    const leak = read('nha tui 3 nguoi o xa, thu nhap 4 trieu 1 thang, nha bi nuoc mua dot, xai nuoc may, ko co bhyt');
    expect(leak.understood.deprivations).toEqual(['health_insurance', 'housing_quality']);
    expect(leak.notDeprived).toContain('water_source');
    expect(read('Nhà tôi mưa xuống là dột, 3 người ở quê').understood.deprivations).toEqual(['housing_quality']);
    // "nhà nước" is the State.
    expect(read('nha 4 nguoi o que thu nhap 5 trieu 1 thang, nha nuoc co ho tro sua nha ko').understood.deprivations).toEqual([]);
  });

  it('"vách ván", "nhà xuống cấp" may or may not be thiếu kiên cố: unsure, never counted, and the interview asks it (H13, 01)', () => {
    const text =
      'nha tui 5 nguoi o que, tia ma lam ruong, thu nhap ca nha chung 6 trieu 1 thang, nha vach van lop tol, xai gieng khoan, cau ca, 2 dua nho di hoc, ai cung co bhyt, co dt thong minh. nha tui co dc ho ngheo ko';
    const understanding = read(text);
    expect(understanding.understood).toMatchObject({ deprivations: ['sanitation'], unsure: ['housing_quality'] });
    // "xài giếng khoan": giếng khoan is nước hợp vệ sinh (the indicator's question), so water is not asked again.
    expect(understanding.notDeprived).toContain('water_source');
    const interview = prefilledInterview(understanding, rules, DATE);
    expect(interview.answers.water_source).toBe('no');
    expect(interview.answers.housing_quality).toBeUndefined();
    // 6.000.000 ÷ 5 = 1.200.000; nhà tiêu 1 chỉ số (2 with the house, still < 3) → cận nghèo.
    expect(checked(text)).toMatchObject({ classification: 'near_poor', deprivations: ['sanitation'] });
    expect(read('nha e o nong thon 3 nguoi, me e benh nam mot cho, e di lam cong nhan 6tr/thang, nha xuong cap, ko co nha ve sinh, ko bhyt').understood.unsure).toEqual(['housing_quality']);
    // Said with a leak, the house is deprived; said under a negation, neither word tells anything.
    expect(read('nha xuong cap, mua la dot, 3 nguoi o que').understood.deprivations).toEqual(['housing_quality']);
    const negated = read('nha 3 nguoi o que, nha khong xuong cap, khong co gieng khoan');
    expect(negated.understood.unsure).toEqual([]);
    expect(negated.notDeprived).not.toContain('water_source');
    // A drilled well with alum is still an unsafe source.
    expect(read('nha 3 nguoi o que, gieng khoan bi phen').understood.deprivations).toEqual(['water_source']);
  });
});
