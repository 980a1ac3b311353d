/**
 * Round 33 law21: residents' date-sensitive questions around 01/01/2027 (shared/facts/updates-2026.md wins over older facts
 * files), asked on 20/12/2026, 31/12/2026, 01/01/2027 and 05/01/2027. Each was a wrong, undated or too long answer before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_20 = () => new Date('2026-12-20T03:00:00Z');
const JAN_05 = () => new Date('2027-01-05T03:00:00Z');
const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** The answer without its buttons line. */
const body = (text: string) => text.split('\nBạn có thể gõ:')[0]!.trimEnd();

describe('a poor household without labour capacity, asked in 2027', () => {
  it('“ho ngheo ko con ai lam dc thi sao” on 05/01/2027: no “Năm 2026” on the dependants, each line with its status, ≤ 1.000 characters', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('ho ngheo ko con ai lam dc thi sao');
    expect(text).toMatch(/^Hộ không có khả năng lao động/);
    // Was "Năm 2026, trẻ em dưới 16 tuổi …" asked in 2027, and 1.240 characters.
    expect(text).not.toContain('Năm 2026');
    expect(text).toMatch(/“Người phụ thuộc trong hộ gia đình” \(tham khảo\)\. Căn cứ: NĐ 07\/2021\/NĐ-CP, Phụ lục \(giữ năm 2026; từ 2027 theo dự thảo\)/);
    expect(text).toContain('mức trợ cấp chưa rõ (tham khảo). Căn cứ: NĐ 176/2025/NĐ-CP');
    expect(text).toContain(REFERRAL);
    expect(body(text).length).toBeLessThanOrEqual(1000);
  });
});

describe('a newly escaped household’s health insurance', () => {
  it('“moi thoat ngheo dc vay may nam”: no “xem mục bảo hiểm y tế bên dưới” with nothing below', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('moi thoat ngheo dc vay may nam');
    expect(text).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu:/);
    // Was "(xem mục bảo hiểm y tế bên dưới)" and no such section followed.
    expect(text).not.toContain('bên dưới');
    expect(text).toContain('chỉ một số tỉnh, thành tự hỗ trợ');
  });
});

describe('the explainer “hộ nghèo là gì”, its section 1 in full', () => {
  it('“ho ngheo la gi” then “Xem toàn bộ mục”: the 2022–2025 lines đã kiểm tra, kept for 2026 tham khảo, the 2027 lines tham khảo', async () => {
    harness = await openHarness({ now: DEC_20 });
    await harness.say('ho ngheo la gi');
    const { text } = await harness.say('Xem toàn bộ mục');
    // Was "Giai đoạn 2022 – 2025 và năm 2026, mức chuẩn thu nhập là 1.500.000 …" with no status, nothing from 01/01/2027.
    expect(text).toContain('2.000.000 đồng/người/tháng ở thành thị (đã kiểm tra); năm 2026 vẫn giữ các mức này theo Nghị định 351/2025/NĐ-CP (tham khảo)');
    expect(text).toContain('Từ 01/01/2027 là 2.200.000 đồng ở nông thôn và 2.800.000 đồng ở thành thị (tham khảo)');
  });
});

describe('“năm nay” / “bây giờ” in a yes-or-no question on the standard', () => {
  const DEC_31 = () => new Date('2026-12-31T03:00:00Z');
  it('on 05/01/2027 “nam nay chuan ngheo co doi ko”: yes, the 2027–2030 standard already applies since 01/01/2027, in short', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('nam nay chuan ngheo co doi ko');
    // Was "Hôm nay … Sắp thay đổi: Chưa có thay đổi nào" and the whole card (3.560 characters).
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 05\/01\/2027\), từ 01\/01\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
    expect(text).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(text).toContain(REFERRAL);
    expect(text).not.toContain('Sắp thay đổi');
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('on 31/12/2026 “bay gio chuan ngheo co doi ko”: the year keeps the 2022–2025 lines, the change from 01/01/2027, in short', async () => {
    harness = await openHarness({ now: DEC_31 });
    const { text } = await harness.say('bay gio chuan ngheo co doi ko');
    // Was the changes and both whole cards (7.421 characters).
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 31\/12\/2026\), từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\), thay cho chuẩn nghèo đa chiều năm 2026 \(năm chuyển tiếp\)/);
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('“nam nay chuan ngheo la bn” on 05/01/2027 stays the figures of the day', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('nam nay chuan ngheo la bn');
    expect(text).toMatch(/^Chuẩn nghèo áp dụng hôm nay, 05\/01\/2027/);
    expect(text).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
  });
});

describe('whether a class is still there after the New Year, asked', () => {
  const DEC_31 = () => new Date('2026-12-31T03:00:00Z');
  it('on 31/12/2026 “qua nam moi ho can ngheo con ko”: yes, the 2027–2030 standard still has the near-poor class, its line (tham khảo)', async () => {
    harness = await openHarness({ now: DEC_31 });
    const { text } = await harness.say('qua nam moi ho can ngheo con ko');
    // Was a provincial resolution's passage on households registering to leave poverty.
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 31\/12\/2026\), chuẩn nghèo đa chiều giai đoạn 2027–2030 \(từ 01\/01\/2027, Nghị định 351\/2025\/NĐ-CP, tham khảo\) vẫn có hộ cận nghèo\./);
    expect(text).toContain('2.200.000 đồng (nông thôn), 2.800.000 đồng (thành thị)');
    expect(text).not.toContain('Không đúng');
    expect(text).not.toContain('Theo văn bản:');
  });

  it('on 05/01/2027 “ho ngheo con ko”: yes, the standard in force has the poor class', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('ho ngheo con ko');
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 05\/01\/2027\), chuẩn nghèo đa chiều giai đoạn 2027–2030 .* vẫn có hộ nghèo\./);
  });

  it('a rumour told (“nghe noi nam 2027 bo ho can ngheo phai ko”) is still corrected', async () => {
    harness = await openHarness({ now: DEC_31 });
    const { text } = await harness.say('nghe noi nam 2027 bo ho can ngheo phai ko');
    expect(text).toMatch(/^Không đúng theo dữ liệu: chuẩn nghèo đa chiều giai đoạn 2027–2030/);
  });
});

describe('what a household is reviewed by in 2027, asked with the year written', () => {
  it('on 31/12/2026 “2027 xet ho ngheo theo gi”: the two criteria of the 2027–2030 standard in short, each with its status', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-31T03:00:00Z') });
    const { text } = await harness.say('2027 xet ho ngheo theo gi');
    // Was the whole 2027 card (3.275 characters).
    expect(text).toMatch(/^Xét hộ nghèo \(năm 2027\) theo chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\), hai tiêu chí:/);
    expect(text).toContain('nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng (tham khảo)');
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('on 05/01/2027 the same words: the criteria, not the review procedure', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('2027 xet ho ngheo theo gi');
    // Was "Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo: …" (1.722 characters).
    expect(text).toMatch(/^Xét hộ nghèo \(năm 2027\)/);
    expect(text).not.toContain('Thủ tục rà soát');
  });
});
