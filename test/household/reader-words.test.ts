/**
 * Words residents type for where they live and for "no income" (round 8, words): as typed on Zalo, no diacritics or half
 * of them, Southern words. Each class is computed by hand from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ 351/2025/NĐ-CP):
 * income per person = the household's monthly income ÷ members; nông thôn ≤ 1.500.000 đ → nghèo (≥ 3 chỉ số) / cận nghèo
 * (< 3), ≤ 2.250.000 đ → mức sống trung bình; thành thị ≤ 2.000.000 đ / ≤ 3.000.000 đ.
 */
import { describe, expect, it } from 'vitest';
import { csvSource } from '../../src/batch/csv.ts';
import { placeAreaOf } from '../../src/text/lexicon/index.ts';
import { classifyInProcess } from '../batch/classify-in-process.ts';
import { readerOn } from './reader.ts';

const DATE = '2026-12-01';
const { rules, read, classOf } = readerOn(DATE);

describe('where the household lives, as residents type it', () => {
  it('"o quê" (one word with its marks, one without) is rural (was: no area, asked)', () => {
    const text = 'nha tui 4 nguoi o quê, thu nhap 5tr';
    expect(read(text).understood.area).toBe('rural');
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000 (nông thôn), no deprivation told → cận nghèo.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_250_000 });
    expect(read('nha 4 nguoi duoi quê thu nhap 5tr').understood.area).toBe('rural');
  });

  it('"o tro tp" is urban (was: no area)', () => {
    const text = 'tui o tro tp, nha 4 nguoi thu nhap 7tr';
    expect(read(text).understood.area).toBe('urban');
    // 7.000.000 ÷ 4 = 1.750.000: ≤ 2.000.000 (thành thị) → cận nghèo; in nông thôn it would be mức sống trung bình.
    expect(classOf(text)?.classification).toBe('near_poor');
    // A city named ("tp hcm") holds communes too: asked (round 11), as a thị xã is.
    expect(read('thue tro o tp hcm, 4 nguoi, thu nhap 7tr').understood.area).toBeNull();
    expect(read('4 nguoi ở trọ thành phố thu nhap 7tr').understood.area).toBe('urban');
  });

  it('"khom 2" (a ward’s khóm in the Mekong provinces) is urban (was: no area); "ap 3" stays rural', () => {
    const text = 'nha tui o khom 2, 4 nguoi, thu nhap 7tr';
    expect(read(text).understood.area).toBe('urban');
    // 7.000.000 ÷ 4 = 1.750.000 ≤ 2.000.000 → cận nghèo.
    expect(classOf(text)?.classification).toBe('near_poor');
    expect(read('Khóm 2, 4 nguoi thu nhap 7tr').understood.area).toBe('urban');
    // Same figures in an ấp: 1.750.000 > 1.500.000, ≤ 2.250.000 (nông thôn) → mức sống trung bình.
    expect(classOf('nha tui o ap 3, 4 nguoi, thu nhap 7tr')?.classification).toBe('middle');
  });

  it('"o ap 3 phuong 5" without a comma: the ward holds the ấp, so it is urban (was: both areas, asked)', () => {
    const text = 'nha tui o ap 3 phuong 5, 4 nguoi, thu nhap 7tr';
    expect(read(text).understood.area).toBe('urban');
    expect(read(text).questions).toEqual([]);
    // 7.000.000 ÷ 4 = 1.750.000 ≤ 2.000.000 (thành thị) → cận nghèo.
    expect(classOf(text)?.classification).toBe('near_poor');
    // Two units of one level still disagree: asked ("làm ở phường" would be where it works, findings N04).
    expect(read('nha 4 nguoi o xa o phuong thu nhap 7tr').understood.area).toBeNull();
  });

  it('"TX Sơn Tây" without the dot is a thị xã (phường or xã asked), "TT Long Thành" urban, "Bản Na Hang" rural (was: no area)', () => {
    // A thị xã holds wards and communes (findings21 H28): read as one, and asked.
    expect(read('nha 4 nguoi o TX Sơn Tây thu nhap 7tr').understood.area).toBeNull();
    expect(read('nha 4 nguoi o TX Sơn Tây thu nhap 7tr').questions.join(' ')).toContain('Thị xã có cả phường (thành thị) và xã (nông thôn)');
    expect(read('nha 4 nguoi o TT Long Thành thu nhap 7tr').understood.area).toBe('urban');
    // 7.000.000 ÷ 4 = 1.750.000 ≤ 2.000.000 (thành thị) → cận nghèo.
    expect(classOf('nha 4 nguoi o TT Long Thành thu nhap 7tr')?.classification).toBe('near_poor');
    const ban = 'nha 4 nguoi, Bản Na Hang, thu nhap 5tr';
    expect(read(ban).understood.area).toBe('rural');
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000 (nông thôn) → cận nghèo.
    expect(classOf(ban)?.classification).toBe('near_poor');
    // "tt" as "thông tin" and "bán" stay what they are.
    expect(read('cho tui hoi tt ho ngheo').understood.area).toBeNull();
    expect(read('ban rau 2 trieu').understood.area).toBeNull();
  });

  it('an address cell reads the same (the lexicon’s one place reader, used by lists)', () => {
    expect(['TX Sơn Tây', 'TT Long Thành', 'Khóm 2', 'Ấp 3 Phường 5', 'o tro tp'].map(placeAreaOf)).toEqual(['both', 'urban', 'urban', 'urban', 'urban']);
    expect(['Bản Na Hang', 'Ấp 3', 'o quê', 'Ấp 3, TP Cà Mau'].map(placeAreaOf)).toEqual(['rural', 'rural', 'rural', 'rural']);
  });
});

describe('a list’s area column reads these words as the chat does', () => {
  it('"TT Long Thành", "Khóm 2", "Ấp 3 Phường 5" urban; "Bản Na Hang" rural; "TX Sơn Tây" not decided (was: area not read, row refused)', async () => {
    const list = ['Họ và tên chủ hộ,Địa bàn,Số nhân khẩu,Thu nhập BQ đầu người/tháng (đồng)',
      ...['TX Sơn Tây', 'TT Long Thành', 'Khóm 2', 'Ấp 3 Phường 5', 'Bản Na Hang'].map((place, index) => `Hộ ${index + 1},${place},4,1.800.000`)].join('\n');
    const { outcome, rows } = await classifyInProcess(rules, csvSource(list), DATE);
    if (!outcome.ok) throw new Error(outcome.message);
    // 1.800.000 đ/người: thành thị ≤ 2.000.000 → cận nghèo; nông thôn > 1.500.000, ≤ 2.250.000 → mức sống trung bình.
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'near_poor', 'near_poor', 'near_poor', 'middle']);
  });
});

describe('"no income" as residents say it is an income of 0, not "not said"', () => {
  it('"hong co thu nhap j het", "chua co dong nao" (was: income not given, asked), as "ko co thu nhap gi" already was', () => {
    for (const text of ['nha 4 nguoi o que hong co thu nhap j het', 'nha 4 nguoi o que chua co dong nao', 'nha 4 nguoi o que ko co thu nhap gi']) {
      expect(read(text).understood.monthlyIncome, text).toBe(0);
      // 0 ÷ 4 = 0 ≤ 1.500.000 (nông thôn), no deprivation told → cận nghèo.
      expect(classOf(text), text).toEqual({ classification: 'near_poor', incomePerPerson: 0 });
    }
  });
});
