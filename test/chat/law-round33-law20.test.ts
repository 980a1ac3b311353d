/**
 * Round 33 law20: cadres' and residents' law questions around 01/01/2027 (shared/facts/updates-2026.md wins over older facts
 * files), answered from the rules data with each line's status, or said plainly not known. Each was a wrong or weak answer before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const DEC_20 = () => new Date('2026-12-20T03:00:00Z');
const JAN_05 = () => new Date('2027-01-05T03:00:00Z');
const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('“has the standard changed from Tết” asked after 01/01/2027', () => {
  it('on 05/01/2027 “tu tet chuan ngheo co doi ko”: yes, the 2027–2030 standard already applies since 01/01/2027, in short', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('tu tet chuan ngheo co doi ko');
    // Was "Hôm nay … Sắp thay đổi: Chưa có thay đổi nào" and the whole card (3.560 characters).
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 05\/01\/2027\), từ 01\/01\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
    expect(text).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(text).toContain(REFERRAL);
    expect(text).not.toContain('Sắp thay đổi');
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('on 20/12/2026 the same words still say the change is to come', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('tu tet chuan ngheo co doi ko');
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 20\/12\/2026\), từ 01\/01\/2027 áp dụng/);
  });
});

describe('how long a newly escaped household keeps its loans', () => {
  it('“Hộ mới thoát nghèo được vay vốn ưu đãi trong bao lâu?”: the newly escaped household’s entry, 3 years (đã kiểm tra), loans kept (tham khảo)', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('Hộ mới thoát nghèo được vay vốn ưu đãi trong bao lâu?');
    // Was the loan card ("Vay vốn tín dụng chính sách …", the rate 8,25%), the 3 years only inside the class's definition.
    expect(text).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu:/);
    expect(text).toContain('ra khỏi danh sách hộ nghèo trong vòng 3 năm (36 tháng) gần nhất; quá 3 năm thì không còn là hộ mới thoát nghèo. Căn cứ: Quyết định 28/2015/QĐ-TTg (đã kiểm tra).');
    expect(text).toMatch(/Trong 3 năm đó hộ vẫn được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội;[^\n]*\(tham khảo\)/);
    expect(text).not.toContain('8,25%');
  });

  it('“moi thoat ngheo dc vay may nam”, as a resident types it: the same entry', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('moi thoat ngheo dc vay may nam');
    expect(text).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu:/);
  });
});

describe('a poor household without labour capacity', () => {
  it('“Hộ nghèo do mất nguồn lao động được xử lý thế nào?”: what the data holds, each line with its status, a special rule not known', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('Hộ nghèo do mất nguồn lao động được xử lý thế nào?');
    // Was a passage of NQ 41-NQ/TU on inspecting how resources are used.
    expect(text).toMatch(/^Hộ không có khả năng lao động \(không còn ai làm được\):/);
    expect(text).toContain('Quy định riêng cho hộ này không có trong dữ liệu (chưa rõ)');
    expect(text).toMatch(/“Người phụ thuộc trong hộ gia đình” \(tham khảo\)/);
    expect(text).toMatch(/mức chuẩn 500\.000 đồng\/tháng nhân hệ số từng nhóm; nộp tờ khai tại UBND cấp xã \(tham khảo\)\. Căn cứ: NĐ 20\/2021\/NĐ-CP, Điều 5/);
    expect(text).toContain('mức trợ cấp chưa rõ (tham khảo). Căn cứ: NĐ 176/2025/NĐ-CP');
    expect(text).toContain(REFERRAL);
    expect(text).not.toContain('Theo văn bản:');
  });

  it('“ho ngheo ko con ai lam dc thi sao”, as a resident types it: the same entry, not an explainer on the district level', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('ho ngheo ko con ai lam dc thi sao');
    expect(text).toMatch(/^Hộ không có khả năng lao động/);
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('which form the minutes of the village meeting use', () => {
  it('“biên bản họp dân dùng mẫu nào”: the minutes’ form not known (chưa rõ), the meeting step (đã kiểm tra), the forms the data has (tham khảo)', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('biên bản họp dân dùng mẫu nào');
    // Was the forms entry (Mẫu số 01, Mẫu số 04, other numbers) with no line on the minutes.
    expect(text).toMatch(/^Biên bản họp dân khi rà soát hộ nghèo, hộ cận nghèo:/);
    expect(text).toContain('Mẫu biên bản họp dân (họp dân ở thôn khi bình xét hộ nghèo, hộ cận nghèo) không có trong dữ liệu của trợ lý, nên trợ lý không nêu mẫu nào (chưa rõ).');
    expect(text).toMatch(/Họp dân ở thôn là một bước của rà soát định kỳ hằng năm[^\n]*\(đã kiểm tra\)/);
    expect(text).toContain('Mẫu số 01 (rà soát định kỳ) và Mẫu số 04 (rà soát thường xuyên) (tham khảo)');
    expect(text).toContain(REFERRAL);
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});

describe('the middle band asked near the switch', () => {
  it('on 20/12/2026 “ho co muc song trung binh la bao nhieu”: the 2026 band (tham khảo), then that of 2027–2030 not known, no figure', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('ho co muc song trung binh la bao nhieu');
    expect(text).toMatch(/^Hộ có mức sống trung bình hôm nay, 20\/12\/2026: [^\n]*≤ 2\.250\.000 đồng[^\n]*\(tham khảo\)\./);
    expect(text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    // Was the coming poverty lines alone, as if the middle band carried on.
    const after = text.slice(text.indexOf('Từ 01/01/2027'));
    expect(after).toMatch(/^[^\n]*\nHộ có mức sống trung bình từ 01\/01\/2027: chưa có con số \(chưa rõ\)\./);
    expect(after).not.toMatch(/trung bình[^\n]*\d\.\d{3}\.000 đồng/);
    expect(text).toContain(REFERRAL);
  });
});

describe('an indicator dropped on 01/01/2027, asked by its everyday name', () => {
  it('on 05/01/2027 “chi so thiet bi nghe nhin con tinh ko”: the standard in force has no such indicator any more', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('chi so thiet bi nghe nhin con tinh ko');
    // Was "Câu hỏi này nằm ngoài phạm vi của trợ lý".
    expect(text).toContain('Chuẩn nghèo áp dụng ngày 05/01/2027 không có chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(text).not.toContain('ngoài phạm vi');
  });
});
