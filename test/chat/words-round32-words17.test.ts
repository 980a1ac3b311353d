/**
 * Round 32 (words17, 05/12/2026): residents typing on cheap phones without diacritics ("ko", "dc", "j", "tui", "hong"), Southern
 * ("bển", "dìa") and Central ("tê", "mô") words, where one word folds like another.
 * - "bao sap toi" is "bão sắp tới" (a storm coming), no "bão sập nhà": the class's supports, not the notice for a house lost to a
 *   disaster; "cat lai" alone is "cắt lại" as much as "cất lại": no housing card by it.
 * - "thu nhap moi nhan khau 1 trieu 2" is each person's income ("mỗi nhân khẩu"), never the household's divided by its size.
 * - "thu nhap dung bang 1.500.000 o nong thon thi sao": the class at that income from the rules data, and that the line itself is
 *   within it ("bằng hoặc thấp hơn chuẩn"); was a passage.
 * - "nha o bển …", "te nha o tren nui …": where the house is, no housing support; "ho tro dien" is the electricity support.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round32-words17');
const DISASTER_NOTICE = 'không có quy định riêng về hỗ trợ nhà ở cho nhà bị thiên tai';

describe('a storm coming is no house brought down', () => {
  it.each(['bao sap toi nha tui ngheo co dc ho tro gi ko', 'bao sap toi roi, nha tui ho ngheo dc ho tro j hong'])('"%s": the poor class\'s supports', async (question) => {
    const text = await first(question);
    expect(text).not.toContain(DISASTER_NOTICE);
    expect(text).not.toMatch(/^Hỗ trợ nhà ở/);
    expect(text).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 05/12/2026)');
  });

  it.each(['nha tui bi bao lam sap het roi, ho ngheo, nha nuoc co ho tro cat lai ko', 'nha tui ho ngheo bi bao sap nha roi co dc ho tro ko'])('"%s": still the notice and the housing support', async (question) => {
    const text = await first(question);
    expect(text).toContain(DISASTER_NOTICE);
    expect(text).toContain('Hỗ trợ nhà ở');
  });

  it('"nam sau co cat lai ho tro cho ho can ngheo ko": "cắt lại" a support, no housing card', async () => {
    const text = await first('nam sau co cat lai ho tro cho ho can ngheo ko');
    expect(text).not.toContain('Hỗ trợ nhà ở cho hộ cận nghèo');
    expect(text).not.toMatch(/^Hỗ trợ nhà ở/);
    // What the near-poor get is said (the supports, BHYT first), no "ngoài phạm vi" nor an unrelated passage: since round 33
    // (words18) of 01/01/2027 asked ("năm sau"), no longer the supports explainer of today.
    expect(text).toContain('Ngày 01/01/2027 dữ liệu vẫn có: hỗ trợ đóng bảo hiểm y tế');
  });
});

describe('"mỗi nhân khẩu" is each person\'s income', () => {
  it('"nha tui 4 nguoi thu nhap moi nhan khau 1 trieu 2 mot thang o nong thon co phai ho ngheo ko"', async () => {
    const text = await first('nha tui 4 nguoi thu nhap moi nhan khau 1 trieu 2 mot thang o nong thon co phai ho ngheo ko');
    expect(text).toContain('Thu nhập bình quân: 1.200.000 đồng/người/tháng');
    expect(text).not.toContain('300.000 đồng/người/tháng');
  });
});

describe('an income exactly at the line', () => {
  it('"thu nhap dung bang 1.500.000 o nong thon thi sao": its class from the rules data, within the line', async () => {
    const text = await first('thu nhap dung bang 1.500.000 o nong thon thi sao');
    expect(text).not.toContain('Giải thích ngắn');
    expect(text).toContain('Thu nhập bình quân 1.500.000 đồng/người/tháng');
    expect(text).toContain('ở nông thôn (mức ≤ 1.500.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(text).toContain('1.500.000 đồng đúng bằng chuẩn nghèo (nông thôn ngày 05/12/2026): thuộc mức “bằng hoặc thấp hơn chuẩn” (≤)');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('Căn cứ');
  });

  it('"thu nhap dung bang 2.200.000 o que nam 2027 thi sao": the 2027–2030 line, within it', async () => {
    const text = await first('thu nhap dung bang 2.200.000 o que nam 2027 thi sao');
    expect(text).toContain('Thu nhập bình quân 2.200.000 đồng/người/tháng');
    expect(text).toContain('(mức ≤ 2.200.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(text).toContain('đúng bằng chuẩn nghèo (nông thôn');
  });
});

describe('where the house is, no housing support', () => {
  it('"nha o bển ngheo lam, xin ho ngheo o mo": how to apply, no housing card', async () => {
    const text = await first('nha o bển ngheo lam, xin ho ngheo o mo');
    expect(text).not.toMatch(/^Hỗ trợ nhà ở/);
    expect(text).toContain('Giấy đề nghị');
  });

  it('"te nha o tren nui co dc ho tro dien ko": the electricity card', async () => {
    const text = await first('te nha o tren nui co dc ho tro dien ko');
    expect(text).toMatch(/^Hỗ trợ tiền điện/);
  });
});

describe('more words that fold like others', () => {
  it('"nha tui moi cat nha tinh thuong, co bi rot ho ngheo hong": "mới cất nhà" is a new house, what the data says of one', async () => {
    const text = await first('nha tui moi cat nha tinh thuong, co bi rot ho ngheo hong');
    expect(text).toContain('Hộ có nhà mới');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"ho can ngheo moi cat bhyt ha": "mới cắt" a support is still no new house', async () => {
    const text = await first('nha tui moi cat bhyt ha, ho can ngheo, sao vay');
    expect(text).not.toContain('Hộ có nhà mới');
    // The near-poor household's BHYT support is what is asked about.
    expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(text).toContain('• Hộ cận nghèo:');
  });

  it('"ho ngheo dc bn ky gao hong": no rice handout in the data, said so (was a passage)', async () => {
    const text = await first('ho ngheo dc bn ky gao hong');
    expect(text).not.toContain('Giải thích ngắn');
    expect(text).toContain('gạo');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
