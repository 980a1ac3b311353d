/**
 * Round 30 (tryout15): commune cadres and outreach staff, in the words of test/eval/routing-round30-tryout15.yaml (written before the
 * round's changes), whose answers were wrong: a cadre's "… 2.200.000 đồng/người/tháng, thiếu hụt 3 chỉ số, từ năm 2027 là hộ nghèo hay
 * hộ cận nghèo?" got a passage with the 2026 line (1.500.000 đồng); "mức sống trung bình giai đoạn 2027–2030 … ngưỡng thu nhập nào"
 * and "thu nhập đúng bằng chuẩn cận nghèo thì tính thế nào" got how income is counted; a post on "thế nào là thiếu hụt dịch vụ xã hội
 * cơ bản" got a province's plan (and "các chỉ số thiếu hụt là gì" the income lines, no indicator named); "hộ nghèo nhận giấy chứng
 * nhận ở đâu" got the class's supports; "những thay đổi khi không còn cấp huyện" got the 2027 standard's changes.
 */
import { describe, expect, it } from 'vitest';
import { readTopic } from '../../src/chat/topics.ts';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'tryout15');
const TODAY = '2026-12-05';

describe('a cadre’s household whose income is exactly the line, asked “là hộ nghèo hay hộ cận nghèo”', () => {
  it('“… 2.200.000 đồng/người/tháng, thiếu hụt 3 chỉ số, từ năm 2027 là hộ nghèo hay hộ cận nghèo?” is classed against the 2027 line', async () => {
    const answer = await first('Hộ ở nông thôn thu nhập bình quân 2.200.000 đồng/người/tháng, thiếu hụt 3 chỉ số, từ năm 2027 là hộ nghèo hay hộ cận nghèo?');
    expect(answer).toContain('theo chuẩn áp dụng ngày 01/01/2027');
    expect(answer).toContain('(mức ≤ 2.200.000 đồng): hộ nghèo');
    expect(answer).not.toContain('Giải thích ngắn');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('today’s line too: “thu nhập bình quân 1.500.000 đồng/người/tháng ở nông thôn, thiếu hụt 2 chỉ số thì là hộ nghèo hay cận nghèo?”', async () => {
    const answer = await first('Hộ thu nhập bình quân 1.500.000 đồng/người/tháng ở nông thôn, thiếu hụt 2 chỉ số thì là hộ nghèo hay cận nghèo?');
    expect(answer).toMatch(/^Thu nhập bình quân 1\.500\.000 đồng\/người\/tháng: theo chuẩn áp dụng ngày 05\/12\/2026/);
    expect(answer).toContain('hộ cận nghèo');
  });
});

describe('the line said beside “tính thế nào”, “xác định theo ngưỡng thu nhập nào” is the standard, not how income is counted', () => {
  it('“Hộ có mức sống trung bình giai đoạn 2027–2030 được xác định theo ngưỡng thu nhập nào?” says the 2027 middle band is not known', async () => {
    expect(readTopic('Hộ có mức sống trung bình giai đoạn 2027–2030 được xác định theo ngưỡng thu nhập nào?', TODAY)).toMatchObject({ kind: 'standard', year: 2027 });
    const answer = await first('Hộ có mức sống trung bình giai đoạn 2027–2030 được xác định theo ngưỡng thu nhập nào?');
    expect(answer).toContain('Hộ có mức sống trung bình giai đoạn 2027–2030: chưa có con số (chưa rõ)');
    expect(answer).not.toContain('Cách tính thu nhập');
  });
  it('“Thu nhập đúng bằng chuẩn cận nghèo thì tính thế nào?” is the standard; “thu nhập tính thế nào” stays the counting', () => {
    expect(readTopic('Thu nhập đúng bằng chuẩn cận nghèo thì tính thế nào?', TODAY)).toMatchObject({ kind: 'standard' });
    expect(readTopic('thu nhập của hộ tính thế nào khi xét hộ nghèo', TODAY)).toMatchObject({ kind: 'reference', entryId: 'income_counting' });
  });
});

describe('outreach staff’s posts', () => {
  it('“viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản” names the indicators, today’s and from 01/01/2027', async () => {
    const answer = await first('viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản');
    expect(answer).toMatch(/^Chỉ số thiếu hụt dịch vụ xã hội cơ bản:/);
    expect(answer).toContain('12 chỉ số thiếu hụt dịch vụ xã hội cơ bản: Việc làm: Việc làm, Người phụ thuộc trong hộ gia đình');
    // Round 31 (tryout18): the 2027–2030 indicators as what changes (was their whole list again, "… Xử lý rác thải sinh hoạt (chưa rõ)").
    expect(answer).toContain('thêm chỉ số “Xử lý rác thải sinh hoạt” (ngưỡng chưa rõ)');
    expect(answer).not.toContain('Hưng Yên');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('“viet bai ngan cho nhom zalo: cac chi so thieu hut la gi” names them too (was the income lines only)', async () => {
    expect(await first('viet bai ngan cho nhom zalo: cac chi so thieu hut la gi')).toContain('Tình trạng đi học của trẻ em');
  });
  it('“soạn giúp thông báo ngắn: hộ nghèo nhận giấy chứng nhận ở đâu” is the review at UBND cấp xã (was the class’s supports)', async () => {
    const answer = await first('soạn giúp thông báo ngắn: hộ nghèo nhận giấy chứng nhận ở đâu');
    expect(answer).toMatch(/^Rà soát, công nhận hộ nghèo, hộ cận nghèo:/);
    expect(answer).toContain('Chủ tịch UBND cấp xã quyết định công nhận và cấp Giấy chứng nhận');
    expect(answer).not.toContain('Vay vốn tín dụng chính sách');
  });
  it('“tóm tắt cho bà con những thay đổi khi không còn cấp huyện” says who does it now (was the 2027 standard’s changes)', async () => {
    const answer = await first('tóm tắt cho bà con những thay đổi khi không còn cấp huyện');
    expect(answer).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:/);
    expect(answer).toContain('Từ 01/07/2025 không còn cấp huyện');
    expect(answer).not.toContain('2.200.000');
  });
  it('“soạn giúp thông báo ngắn về lịch rà soát hộ nghèo cuối năm 2026”, then “ngắn hơn”: what is not known keeps whom to ask (was “(chưa rõ)” alone)', async () => {
    const [, shorter] = await ask('soạn giúp thông báo ngắn về lịch rà soát hộ nghèo cuối năm 2026', 'ngắn hơn');
    expect(shorter).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
    expect(shorter).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('the indicators post asked in 2027, when no standard after 2027–2030 is in the data', () => {
  const in2027 = conversationsAt(new Date('2027-02-01T02:00:00Z'), 'tryout15-2027');
  it('“viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản” on 01/02/2027 names the 2027–2030 indicators (was a StandardDateError for 01/01/2031: the apology, /api/ask failing)', async () => {
    const answer = await in2027.first('viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản');
    expect(answer).toMatch(/^Chỉ số thiếu hụt dịch vụ xã hội cơ bản:/);
    expect(answer).toContain('Xử lý rác thải sinh hoạt');
    expect(answer).not.toContain('01/01/2031');
  });
});
