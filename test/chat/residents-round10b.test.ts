/**
 * Round 10 (residents and cadres, second pass): questions the data has nothing on answered with a passage sharing their
 * other words, a hardship told answered with an unrelated passage, the 2027 indicator card citing the 2021 decree, and the
 * two social-pension cards wording the unknown amount two ways. Expectations from rules/ (asked on 02/12/2026).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';

const askApi = (question: string) => askApiText(question, TODAY);

describe('not in the data: said so, with whom to ask, no passage', () => {
  it('"ho can ngheo co dc phat gao ko": rice handouts are not in the data', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ho can ngheo co dc phat gao ko');
    expect(text).toMatch(/^Thông tin về phát gạo, hỗ trợ gạo không có trong dữ liệu của trợ lý/);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Theo văn bản');
    expect(askApi('tet nay xa co phat gao cho ho ngheo hok')).toMatch(/^Thông tin về phát gạo, hỗ trợ gạo không có trong dữ liệu/);
  });

  it('/api/ask "Biểu mẫu báo cáo kết quả rà soát hộ nghèo gửi cấp trên gồm những biểu nào" (findings22 C19): report forms not in the data', () => {
    const answer = askApi('Biểu mẫu báo cáo kết quả rà soát hộ nghèo gửi cấp trên gồm những biểu nào');
    expect(answer).toMatch(/^Thông tin về biểu mẫu báo cáo kết quả rà soát gửi cấp trên không có trong dữ liệu của trợ lý/);
    expect(answer).toContain('UBND cấp xã');
    expect(answer).not.toContain('Thủ tục rà soát, công nhận');
  });
});

describe('a hardship told: the check offered, what to tell, the supports', () => {
  it('"nha tui ngheo lam": a warm offer, no passage on rented housing', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nha tui ngheo lam');
    expect(text).toMatch(/^Mình rất tiếc khi nghe hộ gia đình bạn đang khó khăn/);
    expect(text).toContain('hộ có mấy người, đang ở phường hay xã, và thu nhập của cả hộ');
    expect(text).toContain('Kiểm tra hộ gia đình');
    expect(text).toContain('Các chính sách hỗ trợ');
    expect(text).not.toContain('Nhà thuê');
  });

  it('"nha e kho khan qua a" too; a figure besides it is still a household sentence', async () => {
    harness = await openHarness({ now: DECEMBER });
    expect((await harness.say('nha e kho khan qua a')).text).toMatch(/^Mình rất tiếc/);
    harness.close();
    harness = await openHarness({ now: DECEMBER });
    expect((await harness.say('nha tui ngheo lam, 4 nguoi o que thu nhap 5 trieu')).text).not.toMatch(/^Mình rất tiếc/);
  });
});

describe('the 2027 indicator card cites the 2027 source (findings21 Q24)', () => {
  it('"qua nam con tinh chi so bhyt nua ko": NĐ 351/2025 tham khảo, the 2022–2025 threshold said as such, not NĐ 07/2021 as basis', () => {
    const answer = askApi('qua nam con tinh chi so bhyt nua ko');
    expect(answer).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2027');
    expect(answer).toContain('Căn cứ: NĐ 351/2025/NĐ-CP');
    expect(answer).toContain('tham khảo');
    expect(answer).not.toContain('Căn cứ: NĐ 07/2021');
    // Round 41 law35: the facts keep the 2022–2025 thresholds of việc làm, người phụ thuộc, dinh dưỡng only (was "tạm dùng …").
    expect(answer).toContain('chỉ số có trong dự thảo tháng 9/2025 (tham khảo), còn danh sách chỉ số và ngưỡng chính thức chưa rõ');
  });

  it('today the card keeps NĐ 07/2021 (the standard of 2026 keeps it)', () => {
    expect(askApi('chỉ số thiếu hụt BHYT theo NĐ 07 được xác định thế nào')).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục');
  });
});

describe('the social pension amount: one wording in both cards', () => {
  it('"me tui 72 tuoi ho ngheo dc tro cap huu tri xa hoi ko": "chưa rõ", never "chưa được kiểm tra ở đây"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('me tui 72 tuoi ho ngheo dc tro cap huu tri xa hoi ko');
    expect(text).toContain('trợ cấp hưu trí xã hội');
    expect(text).not.toContain('chưa được kiểm tra ở đây');
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ');
  });
});

describe('a household sentence with English words reaches the check (findings21 O03)', () => {
  it('"my family 4 nguoi o que, income 5 trieu/month, are we ho ngheo?": the figures read, no vocational passage', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('my family 4 nguoi o que, income 5 trieu/month, are we ho ngheo?');
    expect(text).toContain('1.250.000 đồng/người/tháng');
    expect(text).toContain('hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(text).not.toContain('Theo văn bản');
    expect(text).not.toContain('đào tạo nghề');
  });
});
