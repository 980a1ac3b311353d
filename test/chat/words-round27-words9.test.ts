/**
 * Round 27 (words9, 05/12/2026): what a resident sees when they tell their household or an ill or old relative in one Zalo
 * sentence. The illness note about their own relative comes before the premium card; one "Thông tin kiểm tra đến ngày" per
 * reply; a "tạm tính" the income alone decides does not say it rests on the deprivations told; someone of 72 told, alone or
 * with "dc ho tro j", sees the social pension of 70 to under 75 (NĐ 176/2025, poor and near-poor households) first.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-05T03:30:00Z');
const { ask, first } = conversationsAt(DECEMBER, 'round27-words9');
const NOT_COUNTED = 'không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh';
const PREMIUM = 'Hỗ trợ đóng bảo hiểm y tế';
const CHECKED = /Thông tin kiểm tra đến ngày/g;
// rules/reference.yaml disagreeing_result.
const DISAGREEING = 'Hộ không đồng ý với kết quả bình xét, rà soát';
// rules/supports/80-social-assistance.yaml social_pension (NĐ 176/2025: 70 to under 75, poor and near-poor households).
const PENSION_70 = 'thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi được hưởng trợ cấp hưu trí xã hội';
const LIST = 'Các chính sách hỗ trợ theo loại hộ';
const START = ['tui muon kiem tra ho tui co phai ho ngheo ko', '2', 'nha tui 4 nguoi o que', 'thu nhap 5 trieu 1 thang'];

describe('an ill relative told', () => {
  it('"ong xa tui bi benh nam mot cho, nha tui co dc ho tro j ko": the illness note before the premium card, one checked line', async () => {
    const answer = await first('ong xa tui bi benh nam mot cho, nha tui co dc ho tro j ko');
    expect(answer.indexOf(NOT_COUNTED)).toBeGreaterThan(-1);
    expect(answer.indexOf(NOT_COUNTED)).toBeLessThan(answer.indexOf(PREMIUM));
    expect(answer.match(CHECKED)).toHaveLength(1);
  });

  it('"ba tui om nang, lam sao de khong dong y ket qua ra soat" first: the illness note, then the entry asked (was dropped)', async () => {
    const answer = await first('ba tui om nang, lam sao de khong dong y ket qua ra soat');
    expect(answer).toContain(NOT_COUNTED);
    expect(answer.indexOf(DISAGREEING)).toBeGreaterThan(answer.indexOf(NOT_COUNTED));
    expect(answer.match(CHECKED)).toHaveLength(1);
  });

  it('mid-check "ba tui om nang, lam sao de khong dong y ket qua ra soat": one checked line (was two), the question waits', async () => {
    const answer = (await ask(...START, 'ba tui om nang, lam sao de khong dong y ket qua ra soat')).at(-1)!;
    expect(answer).toContain(DISAGREEING);
    expect(answer.match(CHECKED)).toHaveLength(1);
    expect(answer).toContain('Câu 4/15');
  });
});

describe('the "tạm tính" of a household told in one sentence', () => {
  it('"nha tui 4 nguoi o que thu nhap 12 trieu 1 thang, ko co bhyt": the income decides, no lack said to be assumed', async () => {
    const answer = await first('nha tui 4 nguoi o que thu nhap 12 trieu 1 thang, ko co bhyt');
    expect(answer).toContain('Tạm tính (tham khảo)');
    expect(answer).not.toContain('những thiếu hụt bạn kể là đúng');
    expect(answer).toContain('thiếu hụt chỉ số nào cũng không làm đổi kết quả');
  });

  it('"nha tui 4 nguoi o que thu nhap 12 trieu, thieu 3 chi so": the count told is not said to be assumed either', async () => {
    expect(await first('nha tui 4 nguoi o que thu nhap 12 trieu, thieu 3 chi so')).not.toContain('số chỉ số thiếu hụt bạn kể (3) là đúng');
  });

  it('guard: "nha tui 4 nguoi o que thu nhap 4 trieu 1 thang, thieu 1 chi so": the count decides, said assumed', async () => {
    expect(await first('nha tui 4 nguoi o que thu nhap 4 trieu 1 thang, thieu 1 chi so')).toContain('số chỉ số thiếu hụt bạn kể (1) là đúng');
  });
});

describe('an old relative told', () => {
  it('"me tui 72 tuoi": the social pension of 70 to under 75 first (was "ngoài phạm vi")', async () => {
    const answer = await first('me tui 72 tuoi');
    expect(answer).not.toContain('ngoài phạm vi');
    expect(answer.indexOf(PENSION_70)).toBeGreaterThan(-1);
    expect(answer.indexOf(PENSION_70)).toBeLessThan(answer.indexOf('Trợ cấp xã hội hằng tháng'));
  });

  it('"má tui 72 tuổi dc hỗ trợ j": the pension card, not the list of every support', async () => {
    const answer = await first('má tui 72 tuổi dc hỗ trợ j');
    expect(answer).toContain(PENSION_70);
    expect(answer).not.toContain(LIST);
  });

  it('guard: "con tui 5 tuoi dc ho tro j" reaches no pension: no pension card', async () => {
    expect(await first('con tui 5 tuoi dc ho tro j')).not.toContain('Trợ cấp hưu trí xã hội');
  });

  it('guard: "ho ngheo dc ho tro j" keeps the list of the class', async () => {
    expect(await first('ho ngheo dc ho tro j')).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 05/12/2026)');
  });
});

describe('more relatives told in one sentence', () => {
  it('"ba tui om nang, nha tui co duoc xet ho ngheo ko": the check starts saying the ill member is not counted (was left out)', async () => {
    const answer = await first('ba tui om nang, nha tui co duoc xet ho ngheo ko');
    expect(answer).toContain('Mình sẽ hỏi vài câu về hộ của bạn');
    expect(answer).toContain('người ốm đau chỉ được tính là người phụ thuộc khi là người khuyết tật đang hưởng trợ cấp xã hội hằng tháng');
  });

  it('"me tui bi ung thu nha tui co dc ho tro j ko": the illness note first (was every support of every class)', async () => {
    const answer = await first('me tui bi ung thu nha tui co dc ho tro j ko');
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).not.toContain(LIST);
  });

  it('"con tui bi down co dc ho tro j ko": what a disabled member gets (was every support of every class)', async () => {
    const answer = await first('con tui bi down co dc ho tro j ko');
    expect(answer).toContain('Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện');
    expect(answer).not.toContain(LIST);
  });
});
