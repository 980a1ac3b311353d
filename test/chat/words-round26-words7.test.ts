/**
 * Round 26 (words7, 05/12/2026): residents' words during the household check, as typed on Zalo (no diacritics, ko/dc/j/tui,
 * Southern words).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T17:30:00Z');
const TODAY = '2026-12-05';
const { ask, first } = conversationsAt(DECEMBER, 'round26-words7');

describe('"thu nhập bình quân" with its area and the class asked is the amount\'s question, as its "/người" twin', () => {
  it.each(['hộ thành thị thu nhập bình quân 2,5 triệu là hộ gì', 'ho thanh thi thu nhap binh quan 2,5 trieu la ho gi'])('"%s": the class, how it was read, no check started', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      // thành thị 2026: > 2.000.000 and ≤ 3.000.000 đồng → hộ có mức sống trung bình (NĐ 07/2021 kept by NĐ 351/2025).
      expect(text).toContain('ở thành thị (mức > 2.000.000 đồng và ≤ 3.000.000 đồng): hộ có mức sống trung bình');
      expect(text).toContain('Mình hiểu 2.500.000 đồng là thu nhập bình quân mỗi người mỗi tháng');
      expect(text).not.toContain('Đồng ý lưu');
    }
  });

  it('guard: "nha tui o que thu nhap binh quan 1tr2 la ho gi" (the speaker\'s own household) still starts the check', async () => {
    expect(await first('nha tui o que thu nhap binh quan 1tr2 la ho gi')).toContain('Đồng ý lưu');
  });
});

describe('a count of deprivations told with the household is said back with what was understood', () => {
  it('"nha tui thieu 2 chi so, o que 5 nguoi thu nhap 6 trieu": "Mình hiểu: …" repeats the 2 deprivations told', async () => {
    const answer = await first('nha tui thieu 2 chi so, o que 5 nguoi thu nhap 6 trieu');
    expect(answer).toMatch(/Mình hiểu: [^\n]*Số người: 5[^\n]*Số chỉ số thiếu hụt bạn kể: 2 /);
  });

  it('guard: deprivations named ("ko co bhyt") are said by name, no count line', async () => {
    const answer = await first('nha tui 5 nguoi o que thu nhap 6 trieu, ko co bhyt');
    expect(answer).toContain('Bảo hiểm y tế: thiếu hụt');
    expect(answer).not.toContain('Số chỉ số thiếu hụt bạn kể');
  });
});

describe('a household told in one message whose figures and deprivations already decide the class, nothing asked', () => {
  it('"nha tui 4 nguoi o que, thu nhap 5 trieu 1 thang, ko co bhyt, nha dot nat, ko co nuoc sach": "tạm tính" class first, then the check', async () => {
    const answer = await first('nha tui 4 nguoi o que, thu nhap 5 trieu 1 thang, ko co bhyt, nha dot nat, ko co nuoc sach');
    // 1.250.000 đồng/người/tháng ≤ 1.500.000 (nông thôn 2026) with 3 deprivations: hộ nghèo whatever the rest (NĐ 07/2021 kept by NĐ 351/2025).
    expect(answer).toMatch(/^Tạm tính \(tham khảo\): [^\n]*1\.250\.000 đồng\/người\/tháng[^\n]*hộ là hộ nghèo/);
    expect(answer).toContain('giả định thu nhập bạn kể là thu nhập bình quân một tháng');
    expect(answer).toContain('Đồng ý lưu');
  });

  it('guard: one deprivation told ("…, ko co bhyt") leaves the class open: no "tạm tính" class, the check starts', async () => {
    const answer = await first('nha tui 4 nguoi o que, thu nhap 5 trieu 1 thang, ko co bhyt');
    expect(answer).not.toContain('Tạm tính (tham khảo)');
    expect(answer).toContain('Đồng ý lưu');
  });
});

describe('a member ill or bedridden told during the check is no disabled member by that alone', () => {
  const start = ['tui muon kiem tra ho tui co phai ho ngheo ko', '2', 'nha tui 4 nguoi o que', 'thu nhap 5 trieu 1 thang'];

  it('"ong xa tui bi benh nam mot cho": said honestly (not counted, ask UBND cấp xã), no disability card, the question again', async () => {
    const answer = (await ask(...start, 'ong xa tui bi benh nam mot cho')).at(-1)!;
    expect(answer).toContain('Người ốm đau, nằm một chỗ không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh');
    expect(answer).toContain('UBND cấp xã về việc xác định mức độ khuyết tật');
    expect(answer).not.toContain('Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện');
    expect(answer).toContain('Mình vẫn đang chờ câu trả lời cho phần kiểm tra hộ gia đình');
    expect(answer).toContain('Câu 4/15');
  });

  it('guard: "me tui bi tai bien nam 1 cho co dc tro cap j ko" (the allowance asked) keeps the disability card', async () => {
    const answer = (await ask(...start, 'me tui bi tai bien nam 1 cho co dc tro cap j ko')).at(-1)!;
    expect(answer).toContain('Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện');
  });
});
