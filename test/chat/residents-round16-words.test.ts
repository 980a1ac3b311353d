/**
 * Round 16 (lead): two more ways residents ask, in the chat and through /api/ask. A result of the village meeting disputed with
 * no class named ("ko dong y ket qua hop thon thi lam gi") gets the complaint card, was "ngoài phạm vi"; whether Facebook or Zalo
 * on a phone counts as Internet, asked "có tính có internet ko", gets the telecom indicator's card with what counts, was an
 * explainer's list of indicators.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round16-words');

describe('the result of the review disputed, no class named', () => {
  it.each(['ko dong y ket qua hop thon thi lam gi', 'tui ko dong y ket qua hop thon', 'khieu nai ket qua o dau ad'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).not.toContain('ngoài phạm vi');
      expect(text).toContain('Chủ tịch UBND cấp xã');
      expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
    }
  });
});

describe('whether an app on the phone counts as Internet', () => {
  it.each(['xai facebook tren dt co tinh co internet ko', 'dung zalo tren dien thoai co duoc tinh la co internet hok'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Dùng Zalo, Facebook, YouTube hay lướt mạng trên điện thoại (wifi hoặc 3G/4G) là dùng Internet');
      expect(text).toContain('Từ 01/01/2027');
    }
  });
});

describe('the 2027 review and the policy loans, asked in residents\' words', () => {
  it.each(['nam 2027 xet ho ngheo theo phieu nao', '2027 ra soat dung mau phieu nao'])('"%s": the forms entry, the 2026–2030 forms not known', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào');
      expect(text).not.toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)\nÁp dụng cho năm 2027');
    }
  });

  it('"vay von chinh sach gio bo nao quan ly": who runs the policy bank now (NĐ 125/2025), not the loan card', async () => {
    for (const text of [await first('vay von chinh sach gio bo nao quan ly'), askApiText('vay von chinh sach gio bo nao quan ly', TODAY)]) {
      expect(text).toContain('Nghị định 125/2025');
      expect(text).not.toMatch(/^Vay vốn tín dụng chính sách/);
    }
  });
});

describe('the 2027 waste criterion asked with "có tính không"', () => {
  it.each(['nam sau phan loai rac co tinh ko', '2027 rac ko dc thu gom thi sao'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Xử lý rác thải sinh hoạt');
    expect(text).toContain('chưa rõ');
    expect(text).not.toContain('ngoài phạm vi');
  });

  it('guard: "nha tui ko co bhyt co tinh ko" stays the BHYT indicator', async () => {
    expect(await first('nha tui ko co bhyt co tinh ko')).toContain('Bảo hiểm y tế');
  });
});

describe('a household that told what it has, no lack', () => {
  it('"… ca nha co bhyt, co nuoc may la ho gi": the lead says no lack was told, never that no indicator was', async () => {
    const text = await first('nha tui 4 nguoi o que thu nhap 5 trieu, ca nha co bhyt, co nuoc may la ho gi');
    // 5.000.000 ÷ 4 = 1.250.000 đồng ≤ 1.500.000 (rural, 2026): poor or near-poor by the deprivations, none told.
    // Class first (round 43 resid46): the class by the lacks still to count, and what was told read as no lack.
    expect(text).toMatch(/^Thu nhập cả hộ: 5\.000\.000 đồng\/tháng ÷ 4 người = 1\.250\.000 đồng\/người\/tháng, ở nông thôn/);
    expect(text).toContain('hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(text).toContain('Bảo hiểm y tế: không thiếu hụt; Nguồn nước sinh hoạt: không thiếu hụt');
    expect(text).not.toContain('bạn chưa kể chỉ số nào');
  });
});

describe('a source of money asked whether it counts, no "thu nhập" said', () => {
  it.each(['tien tro cap co tinh ko', 'tien con gui ve co tinh ko ad'])('"%s": how income is counted', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Cách tính thu nhập của hộ khi xét hộ nghèo, hộ cận nghèo/);
      // The chat in brief to a resident since round 40 (short33); /api/ask the whole card.
      expect(text).toMatch(/(?:Các khoản trợ cấp xã hội do Nhà nước chi trả không tính vào thu nhập|trợ cấp xã hội do Nhà nước chi trả không tính\.)/u);
      // Money sent home: no stored source says how it counts.
      expect(text).toMatch(/Tiền người thân đi làm (?:ăn )?xa gửi về có (?:được )?tính vào thu nhập[^\n]*\(chưa rõ\)/u);
    }
  });
});

describe('help asked after a loss during the year (fire, job lost)', () => {
  it.each(['nha tui moi bi chay, co dc ho tro ko', 'tui bi that nghiep co dc ho tro gi ko'])('"%s": the review during the year, relief not in the data', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Hộ gặp biến cố trong năm/);
      expect(text).toContain('Mẫu số 04');
      expect(text).toContain('không có trong dữ liệu của trợ lý');
    }
  });
});
