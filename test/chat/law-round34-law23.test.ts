/**
 * Round 34 law23: residents' questions in December 2026 and January 2027, around the 2027–2030 standard starting 01/01/2027
 * (shared/facts/updates-2026.md wins over older facts files). Each was a wrong or too long answer before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const JAN_05 = () => new Date('2027-01-05T03:00:00Z');
const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('what changes in the standard, asked with no time word', () => {
  it('“chuan ngheo co thay doi gi ko” on 06/12/2026: yes, from 01/01/2027, the new lines and indicators with status, “Chi tiết”, ≤ 1.000 characters', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('chuan ngheo co thay doi gi ko');
    // Was "Hôm nay … Sắp thay đổi: …" and both whole cards, 7.421 characters.
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 06\/12\/2026\), từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
    expect(text).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(text).toContain('bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(text).toContain(REFERRAL);
    expect(text).toContain('Chi tiết');
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('“chuan ngheo co doi gi ko” on 05/01/2027: yes, already applied from 01/01/2027, ≤ 1.000 characters', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('chuan ngheo co doi gi ko');
    // Was "Sắp thay đổi: Chưa có thay đổi nào" and the whole card, 3.560 characters.
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 05\/01\/2027\), từ 01\/01\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
    expect(text).not.toContain('Chưa có thay đổi nào');
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});

describe('a day-month without a year said just after it passed', () => {
  it('“tu 1/1 chuan ngheo moi ap dung chua” on 05/01/2027: 01/01/2027 just passed, yes, already applied, ≤ 1.000 characters', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('tu 1/1 chuan ngheo moi ap dung chua');
    // Was read as 01/01/2028: "Sắp thay đổi: Chưa có thay đổi nào" and the card "Áp dụng cho năm 2028", 3.553 characters.
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 05\/01\/2027\), từ 01\/01\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
    expect(text).not.toContain('2028');
    expect(text).toContain(REFERRAL);
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('“tu 1/1 chuan ngheo moi co hieu luc chua” on 06/12/2026: still the coming 01/01/2027, never a yes', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('tu 1/1 chuan ngheo moi co hieu luc chua');
    expect(text).toContain('01/01/2027');
    expect(text).not.toMatch(/^Có\./);
    expect(text).not.toContain('2028');
  });
});

describe('follow-ups after the 2027 standard stay on it', () => {
  it('“chuan ngheo 2027” → “o thanh pho” → “bn 1 thang” on 06/12/2026: the 2027 urban line, then the 2027 lines, never the 2022–2025 ones', async () => {
    harness = await openHarness({ now: DEC_06 });
    await harness.say('chuan ngheo 2027');
    const area = (await harness.say('o thanh pho')).text;
    // Was a passage on the 2022–2025 lines ("Giai đoạn 2022 – 2025, mức chuẩn thu nhập là 1.500.000 đồng …").
    expect(area).toContain('Chuẩn nghèo thành thị áp dụng năm 2027');
    expect(area).toContain('2.800.000 đồng');
    expect(area).not.toContain('2.000.000 đồng');
    const amount = (await harness.say('bn 1 thang')).text;
    // Was "Giai đoạn 2022 – 2025 … 1.500.000 đồng … 2.000.000 đồng …; năm 2026 vẫn giữ các mức này".
    expect(amount).toContain('2.800.000 đồng');
    expect(amount).not.toMatch(/1\.500\.000|2\.000\.000/);
  });
});

describe('an income’s class asked for next year', () => {
  it('“thu nhap 2tr5 o thanh pho nam sau la ngheo hay can ngheo” on 06/12/2026: the 2027 urban line with status, no 2026 figure, short', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('thu nhap 2tr5 o thanh pho nam sau la ngheo hay can ngheo');
    // Was a passage with the 2026 lines ("Năm 2026 chuẩn nghèo vẫn là 1.500.000 đồng … 2.000.000 đồng ở thành thị").
    expect(text).toMatch(/^Chuẩn nghèo thành thị áp dụng năm 2027/);
    expect(text).toContain('≤ 2.800.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
    expect(text).toContain('Nghị định 351/2025/NĐ-CP');
    expect(text).not.toMatch(/1\.500\.000|2\.000\.000/);
    expect(text).toContain(REFERRAL);
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});

describe('a household with no one able to work, said to be near-poor', () => {
  it('“nha tui ho can ngheo, nha tui ko con ai lam dc”: not headed for hộ nghèo; the monthly allowance still said of hộ nghèo members', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('nha tui ho can ngheo, nha tui ko con ai lam dc');
    // Was headed "Hộ nghèo không có khả năng lao động (không còn ai làm được):" for a near-poor household.
    expect(text).toMatch(/^Hộ không có khả năng lao động \(không còn ai làm được\):/);
    expect(text).not.toContain('Hộ nghèo không có khả năng lao động');
    expect(text).toContain('người 70 đến dưới 75 tuổi của hộ nghèo, hộ cận nghèo');
    expect(text).toContain(REFERRAL);
  });
});
