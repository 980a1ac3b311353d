/**
 * findings14 (outside resident test, 02/12/2026), money and period: a "năm" that is part of a date or a time ("tháng 1 năm
 * sau", "năm nay", "năm 2027") never makes a monthly income yearly; when the period is truly unclear it is asked. Classes by
 * hand: 2026 = NĐ 07/2021 Điều 3 kept by NĐ 351/2025 (nông thôn ≤ 1.500.000 đ nghèo/cận nghèo, ≤ 2.250.000 đ trung bình);
 * from 01/01/2027 NĐ 351/2025 (nông thôn ≤ 2.200.000 đ: nghèo if ≥ 3 chỉ số thiếu hụt, else cận nghèo; tham khảo).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { checkHousehold, formatMoney, parseAmount } from '../../src/rules/index.ts';
import { profileFromUnderstanding } from '../../src/rules/understand.ts';

const DATE = '2026-12-02';
const { rules: rules2026, read, classOf } = readerOn(DATE);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', ...args], { cwd: root, encoding: 'utf8' });

describe('"năm" of a date or a time is not the income period (findings14 #1)', () => {
  it('"thang 1 nam sau … thu nhap 8 trieu" is 8.000.000 a month, checked at 01/01/2027 (was: 666.667 a month)', () => {
    const text = 'thang 1 nam sau nha tui 4 nguoi thu nhap 8 trieu o que con la ho can ngheo ko';
    const understanding = read(text);
    expect(understanding.asOf).toBe('2027-01-01');
    expect(understanding.understood).toMatchObject({ area: 'rural', members: 4, monthlyIncome: 8_000_000 });
    expect(understanding.notes.join(' ')).not.toContain('một năm ÷ 12');
    // 8.000.000 ÷ 4 = 2.000.000 ≤ 2.200.000 (nông thôn 2027), no deprivation told → cận nghèo (tạm tính).
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 2_000_000 });
  });

  it('a date said with its day or year ("ngay 15 thang 1", "thang 3 nam 2027", "nam 2027") leaves the month alone', () => {
    for (const text of [
      'nam 2027 nha tui 4 nguoi o que thu nhap 8 trieu',
      'tu thang 3 nam 2027 nha tui 4 nguoi o que thu nhap 8 trieu',
      'ngay 15 thang 1 nha tui 4 nguoi o que thu nhap 8 trieu',
    ]) {
      expect(read(text).understood.monthlyIncome, text).toBe(8_000_000);
    }
  });

  it('"nam nay … thu nhap 8 trieu" and "8 trieu nam nay" are asked: a month or the whole year? (was: 666.667 a month, silently)', () => {
    for (const text of ['nam nay nha tui 4 nguoi o que thu nhap 8 trieu', 'nha tui 4 nguoi o que thu nhap 8 trieu nam nay']) {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome, text).toBeNull();
      expect(understanding.missing, text).toContain('monthlyIncome');
      expect(understanding.questions[0], text).toContain('8 triệu là một tháng hay cả năm?');
      expect(classOf(text), text).toBeUndefined();
    }
    // Told with its month, it is read: 8.000.000 ÷ 4 = 2.000.000 > 1.500.000, ≤ 2.250.000 (nông thôn 2026) → trung bình.
    expect(classOf('nam nay nha tui 4 nguoi o que thu nhap 8 trieu 1 thang')).toEqual({ classification: 'middle', incomePerPerson: 2_000_000 });
    // The answer typed alone: "8 triệu năm nay" is asked too; "8 triệu một năm" is the year's.
    const alone = parseAmount('8 trieu nam nay');
    expect(alone.ok).toBe(false);
    expect(!alone.ok && alone.question).toContain('8 triệu là một tháng hay cả năm?');
    expect(parseAmount('8 trieu mot nam')).toMatchObject({ ok: true, amount: { value: 666_667, period: 'year' } });
  });

  it('keeps a year said as the period: "1 nam kiem 40 trieu", "nam dc 6 trieu", "nam roi ban duoc 90 trieu"', () => {
    // 40.000.000 ÷ 12 = 3.333.333 a month.
    expect(read('nha 4 nguoi o xa, 1 nam kiem 40 trieu').understood.monthlyIncome).toBe(3_333_333);
    expect(read('nha 4 nguoi o que, thang 1 nam sau tinh, 1 nam kiem 40 trieu').understood.monthlyIncome).toBe(3_333_333);
    // 6.000.000 ÷ 12 = 500.000; 90.000.000 ÷ 12 = 7.500.000.
    expect(read('nha 3 nguoi o que, vo ban rau nam dc 6 trieu').understood.monthlyIncome).toBe(500_000);
    expect(read('nha em o buon, 5 nguoi, trong ca phe nam roi ban duoc 90 trieu').understood.monthlyIncome).toBe(7_500_000);
    // A past year said away from the amount is asked, not taken as the year's.
    expect(read('nam ngoai nha tui 4 nguoi o que thu nhap 8 trieu').questions[0]).toContain('8 triệu là một tháng hay cả năm?');
  });
});

describe('2027: below the line with 1–2 known deprivations is at least near-poor (findings14 #2)', () => {
  const rules2027 = readerOn('2027-01-15');
  const text = 'nha 4 ng o que, chong mat roi, tui lam muon thang 3 trieu, 3 dua con 5, 9, 12 tuoi';

  it('says "ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số" and keeps the supports both classes have', () => {
    const result = checkHousehold(rules2027.rules, profileFromUnderstanding(rules2027.read(text), '2027-01-15')!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 3.000.000 ÷ 4 = 750.000 ≤ 2.200.000 (nông thôn 2027); dependants 3 children of 4 members > 50 % → 1 deprivation known;
    // "Sử dụng dịch vụ số, Internet" and "Xử lý rác thải sinh hoạt" have no known threshold: 1 to 3 → cận nghèo or nghèo.
    expect(result.value.incomePerPerson).toBe(750_000);
    expect(result.value.deprivations).toEqual(['dependents']);
    expect(result.value.classification).toBe('unknown');
    expect(result.value.between).toEqual({ atLeast: 'near_poor', upTo: 'poor', withDeprivations: 3 });
    expect(result.value.reasons.join(' ')).toContain('ít nhất là hộ cận nghèo (tạm tính, tham khảo); là hộ nghèo nếu thiếu hụt từ 3 chỉ số');
    const supports = new Map(result.value.supports.map((support) => [support.id, support]));
    // Was: only "Miễn học phí" and the 75+ pension (the supports open to every household).
    for (const id of ['health_insurance_premium', 'policy_credit', 'preschool_lunch']) expect(supports.has(id), id).toBe(true);
    // The near-poor floor of BHYT (≥ 70 %), not the poor household's 100 %, with its status.
    expect(supports.get('health_insurance_premium')!.amount).toContain('Tối thiểu 70%');
    expect(supports.get('health_insurance_premium')!.status).toBe('reported');
    expect(result.value.nextSteps[0]).toContain('UBND cấp xã');
  });

  it('cli check --text --json adds "between"; the text report says the floor, not "Chưa xác định được"', () => {
    const json = JSON.parse(cli(['--json', '--date', '15/01/2027', '--text', text]).stdout);
    expect(json.classification).toBe('unknown');
    expect(json.between).toEqual({ atLeast: 'near_poor', upTo: 'poor', withDeprivations: 3 });
    expect(json.supports.map((support: { id: string }) => support.id)).toContain('policy_credit');
    const report = cli(['--date', '15/01/2027', '--text', text]).stdout;
    expect(report).toContain('Kết quả (ngày 15/01/2027): Ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số (tạm tính)');
    expect(report).not.toContain('Chưa xác định được');
  });
});

describe('money is shown in whole đồng, compared unrounded (findings14 #10)', () => {
  it('"thu nhap 8 trieu 5" for 3 in the city: 2.833.333 đồng, never 2.833.333,33', () => {
    const report = cli(['--date', '02/12/2026', '--text', 'nha 3 nguoi o phuong 5 tp hcm, thu nhap 8 trieu 5']).stdout;
    // 8.500.000 ÷ 3 = 2.833.333,33 > 2.000.000, ≤ 3.000.000 (thành thị 2026) → hộ có mức sống trung bình.
    expect(report).toContain('Hộ có mức sống trung bình');
    expect(report).toContain('Thu nhập bình quân: 2.833.333 đồng/người/tháng');
    expect(report).not.toMatch(/\d,\d+ đồng/);
  });

  it('"40 cu 1 nam" for 5: 666.667 đồng a person (40.000.000 ÷ 12 ÷ 5), never 666.666,6', () => {
    const report = cli(['--date', '02/12/2026', '--text', 'nha tui o que 5 nguoi, thu nhap 40 cu 1 nam, nha dot, ko co bhyt, 2 dua nho ko di hoc']).stdout;
    expect(report).toContain('= 666.667 đồng/người/tháng');
    expect(report).not.toMatch(/\d,\d+ đồng/);
    expect(formatMoney(1_428_571.43)).toBe('1.428.571 đồng');
    // Compared unrounded: 1.500.000,4 is above the 1.500.000 line, though shown as 1.500.000 đồng.
    const above = checkHousehold(rules2026, { date: '2026-12-02', area: 'rural', members: 1, monthlyIncomePerPerson: 1_500_000.4 });
    expect(above.ok && above.value.classification).toBe('middle');
  });
});
