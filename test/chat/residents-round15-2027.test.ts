/**
 * Round 15, 03/12/2026: residents, cadres and outreach ask about the change of 01/01/2027 (the 2027–2030 standard of
 * Nghị định 351/2025/NĐ-CP, the merged programme 2026–2035, the procedure after 01/07/2025) in their own words.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TODAY = '2026-12-03';
const { ask, first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round15-2027');

describe('an indicator of "chuẩn mới" is the 2027–2030 standard\'s, not today\'s', () => {
  it.each([
    ['xu ly rac thai la chi so gi trong chuan ngheo moi', 'Xử lý rác thải sinh hoạt'],
    ['chuan moi co tinh chi so rac thai ko', 'Xử lý rác thải sinh hoạt'],
    ['chi so internet chuan moi la sao', 'Sử dụng dịch vụ số, Internet'],
  ])('"%s": the 2027 indicator, its threshold not known', async (text, name) => {
    const reply = await first(text);
    expect(reply).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2027');
    expect(reply).toContain(`${name} (`);
    expect(reply).toContain('(chưa rõ)');
    expect(reply).toContain('NĐ 351/2025/NĐ-CP');
    expect(reply).not.toContain('không được tính là thiếu hụt vào ngày đó');
  });

  it('"chi so rac thai la gi" (no year): not in today\'s standard, in the one from 01/01/2027', async () => {
    const reply = await first('chi so rac thai la gi');
    expect(reply).toContain('Chuẩn nghèo áp dụng hôm nay, 03/12/2026, chưa có chỉ số “Xử lý rác thải sinh hoạt”');
    expect(reply).toContain('chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo), áp dụng từ 01/01/2027 (Nghị định 351/2025/NĐ-CP)');
    expect(reply).toContain('Ngưỡng thiếu hụt của chỉ số này chưa rõ (chưa được công bố hoặc chưa được kiểm tra)');
  });

  it('"nha tui ko co nha ve sinh chuan moi co tinh thieu hut ko": the 2027 threshold said as the 2022–2025 one kept', async () => {
    const reply = await first('nha tui ko co nha ve sinh chuan moi co tinh thieu hut ko');
    expect(reply).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2027');
    expect(reply).toContain('Năm 2027: ngưỡng này là của giai đoạn 2022–2025');
  });

  it('"chi so internet la gi" (today\'s standard has it) stays today\'s', async () => {
    const reply = await first('chi so internet la gi');
    expect(reply).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng ngày 03/12/2026');
    expect(reply).toContain('Sử dụng dịch vụ viễn thông');
  });
});

describe('the merged programme 2026–2035 named alone is its entry (rules/reference.yaml national_programme)', () => {
  it.each([
    'chuong trinh giam ngheo moi 2026 2035 la j',
    'chương trình hợp nhất nông thôn mới giảm nghèo là răng',
    'chuong trinh mtqg moi la gi',
  ])('"%s": NQ 257/2025/QH15, NQ 424/NQ-CP, QĐ 417/QĐ-BNNMT, the budget as reported, the amounts not known', async (text) => {
    // Round 38 (short30): asked what it is, the entry in brief (was its whole card, 2.104 characters on a phone), the plan and
    // the budget one "chi tiết" away.
    const [reply, whole] = await ask(text, 'chi tiết');
    expect(reply).toContain('Chương trình MTQG giai đoạn 2026–2035');
    expect(reply).toContain('Nghị quyết 257/2025/QH15 ngày 11/12/2025');
    expect(reply).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
    expect(reply).toContain('Mức hỗ trợ nhà ở, sinh kế, học nghề của chương trình mới chưa được công bố');
    expect(reply).not.toContain('40.000.000');
    expect(whole).toContain('Nghị quyết 424/NQ-CP ngày 30/12/2025');
    expect(whole).toMatch(/khoảng 423\.000 tỷ đồng[^\n]*\(tham khảo\)/);
  });

  it('"chuong trinh mtqg 2021-2025 co may du an" is not the new programme', async () => {
    const reply = await first('chuong trinh mtqg 2021-2025 co may du an');
    expect(reply).not.toContain('Chương trình MTQG giai đoạn 2026–2035 (hợp nhất');
  });
});

// Round 36 law28: in December the class asked of next year is today's, then the 2027 standard's (was the 2027 check alone).
describe('"năm sau", "năm tới" after the income: the amount as said, checked by today\'s and the 2027 standard', () => {
  it.each([
    ['nha tui 4 nguoi o que thu nhap 8 trieu nam sau co phai ho ngheo ko', 'thu nhập 2.000.000 đồng/người/tháng'],
    ['nha 3 nguoi o thanh pho thu nhap 7 trieu nam toi la ho gi', 'thu nhập 2.333.333 đồng/người/tháng'],
  ])('"%s"', async (text, read) => {
    const reply = await first(text);
    expect(reply).toContain(read);
    expect(reply).toContain(`theo chuẩn áp dụng ngày ${TODAY.split('-').reverse().join('/')}`);
    expect(reply).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số (tạm tính). Căn cứ: Nghị định 351/2025/NĐ-CP (tham khảo).');
    expect(reply).not.toContain('Mình chưa hiểu số tiền');
  });
});

describe('which standard the end-2026 review uses: not known, never the 2026 card as if it were the answer', () => {
  it.each([
    'ra soat ho ngheo cuoi nam 2026 theo chuan nao',
    'ra soat cuoi nam nay xet theo chuan cu hay chuan moi',
    'binh xet ho can ngheo nam nay dung chuan nao',
  ])('"%s": each standard\'s period, the review\'s standard and forms (chưa rõ), UBND cấp xã', async (text) => {
    const reply = await first(text);
    expect(reply).toContain('áp dụng đến hết 31/12/2026; chuẩn nghèo đa chiều giai đoạn 2027–2030 áp dụng từ 01/01/2027 (tham khảo)');
    expect(reply).toMatch(/Đợt rà soát cuối năm 2026 [^\n]*xét theo chuẩn nào[^\n]*\(chưa rõ\)/);
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply).not.toContain('Thu nhập bình quân mỗi người mỗi tháng:');
  });

  it('"chuan ngheo nam 2027 la bao nhieu" keeps the 2027 card', async () => {
    expect(await first('chuan ngheo nam 2027 la bao nhieu')).toContain('2.200.000 đồng');
  });
});

describe('a support asked for 2027 through /api/ask is that year\'s, as in the chat', () => {
  it.each(['nam 2027 ho ngheo co dc bhyt free ko', 'qua nam 2027 ho can ngheo con dc bhyt ko'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Có gì thay đổi từ nay đến hết năm 2027');
      expect(text).toContain('áp dụng ngày 01/01/2027');
      expect(text).not.toContain('áp dụng ngày 03/12/2026');
      expect(text).toContain('UBND cấp xã');
    }
  });
});

describe('"cuối năm mới xét" is this year\'s end, not the New Year', () => {
  it('"nha bi thien tai giua nam thi co phai doi toi cuoi nam moi xet ho ngheo ko": today\'s rule, no 2027 lead', async () => {
    const question = 'nha bi thien tai giua nam thi co phai doi toi cuoi nam moi xet ho ngheo ko';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).not.toContain('Cho năm 2027');
      expect(text).toContain('Hộ gặp biến cố trong năm');
    }
  });
});
