/**
 * Round 45 cadre49, on 07/12/2026: commune cadres' precise questions whose figures are in rules/ (tryout49 T6). From rules/ and
 * /work/shared/facts (updates-2026.md wins): mức chuẩn trợ giúp xã hội 500.000 đồng/tháng from 01/07/2024 (NĐ 76/2024) [V]; old
 * people of poor households with no carer (NĐ 20/2021 Điều 5) [M]; the social pension from 70 to under 75 (NĐ 176/2025) [M].
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-cadre49');

describe('a cadre asks a figure the rules data has: the figure, with its status', () => {
  it('"Mức chuẩn trợ giúp xã hội hiện hành là bao nhiêu? Người cao tuổi …" (was the pensions alone, "chưa có số tiền")', async () => {
    const reply = await DECEMBER.first(
      'Mức chuẩn trợ giúp xã hội hiện hành là bao nhiêu? Người cao tuổi thuộc hộ nghèo có được hưởng trợ cấp hằng tháng không?',
    );
    expect(reply).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra)');
    expect(reply).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
    expect(reply).toContain('từ 70 đến dưới 75 tuổi được hưởng trợ cấp hưu trí xã hội hằng tháng');
    expect(reply).not.toContain('Cả 2 hỗ trợ dưới đây: dữ liệu của trợ lý chưa có số tiền');
  });
});

describe('a cadre asks the days of the yearly review by its decision: the days, and that 2026 is not known', () => {
  it('"Thời gian rà soát định kỳ hằng năm theo Quyết định 24/2021 từ ngày nào đến ngày nào?" (was the document\'s title only)', async () => {
    const reply = await DECEMBER.first('Thời gian rà soát định kỳ hằng năm theo Quyết định 24/2021 từ ngày nào đến ngày nào?');
    expect(reply).toContain('rà soát định kỳ từ 01/09 đến 14/12 hằng năm');
    expect(reply).toContain('lịch rà soát năm 2026 chưa rõ');
    expect(reply).not.toContain('không lưu nguyên văn');
  });
});

describe('a cadre asks a document\'s figure and whether it still applies: the figures by it, then its validity', () => {
  it('"Theo QĐ 46/2015, mức hỗ trợ … hộ cận nghèo là bao nhiêu? Văn bản này còn hiệu lực …?" (was its validity alone)', async () => {
    const reply = await DECEMBER.first(
      'Theo QĐ 46/2015, mức hỗ trợ chi phí đào tạo nghề cho người thuộc hộ cận nghèo là bao nhiêu? Văn bản này còn hiệu lực sau Luật Việc làm 2025 không?',
    );
    expect(reply).toContain('chi phí khóa học: tối đa 2.500.000 đồng/người/khóa; tiền ăn: 30.000 đồng/ngày học thực tế');
    expect(reply).toContain('(đã kiểm tra)');
    expect(reply).not.toContain('3.000.000');
    expect(reply).toContain('Quyết định 46/2015/QĐ-TTg còn được áp dụng hay không chưa rõ');
  });
});
