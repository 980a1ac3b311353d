/**
 * Round 32 law19: the law around 01/01/2027 by shared/facts/updates-2026.md (it wins over older facts files), as residents and
 * cadres ask it. Each was a wrong answer before:
 * - "chuan moi co tinh rac thai ko": the coming standard's whole card; now the waste indicator of 2027–2030 (new, threshold "chưa rõ");
 * - "Sau 01/7/2025 bước báo cáo Chủ tịch UBND cấp huyện do ai thực hiện?": a passage; now who recognises households and the district
 *   step gone from 01/07/2025, each line with its status;
 * - "tu tet chuan ngheo co doi ko" on 20/12/2026: the changes and the whole coming card (4.469 characters); now yes, from 01/01/2027,
 *   the new lines, source and status, the card one button away; "thang 1 sap toi chuan ngheo co doi ko" on 05/01/2027: no yes or no;
 * - "Kết quả rà soát phải niêm yết công khai bao nhiêu ngày?", "Điều kiện công nhận hộ thoát nghèo?", "Hộ cận nghèo được công nhận
 *   thoát cận nghèo khi nào?": an explainer on something else; now the rules data, the figure not in the facts said "chưa rõ", no number;
 * - corpus/faq/cong-nhan-ho-ngheo.md: Mẫu số 01 and Mẫu số 04 ([M] in updates-2026.md) said "tham khảo".
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_05 = () => new Date('2026-12-05T03:00:00Z');
const DEC_20 = () => new Date('2026-12-20T03:00:00Z');
const JAN_05 = () => new Date('2027-01-05T03:00:00Z');
const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a resident asking whether the new standard counts waste', () => {
  it('“chuan moi co tinh rac thai ko” on 05/12/2026: the waste indicator of 2027–2030, its threshold not known', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('chuan moi co tinh rac thai ko');
    expect(text).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2027:/);
    expect(text).toContain('Xử lý rác thải sinh hoạt (Nước sinh hoạt và vệ sinh) (chưa rõ)');
    expect(text).toContain('NĐ 351/2025/NĐ-CP');
    expect(text).toContain('tham khảo');
    // Was the whole card with the notes on Hà Nội and TP.HCM (3.275 characters).
    expect(text).not.toContain('Ghi chú:');
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});

describe('a cadre asking who does the district step after 01/07/2025', () => {
  it('“Sau 01/7/2025 bước báo cáo Chủ tịch UBND cấp huyện do ai thực hiện?”: the recognition authority and the district step, with status', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Sau 01/7/2025 bước báo cáo Chủ tịch UBND cấp huyện do ai thực hiện?');
    expect(text).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:/);
    expect(text).toContain('Chủ tịch UBND cấp xã quyết định công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo');
    expect(text).toContain('Bước 5 của rà soát định kỳ (báo cáo, xin ý kiến Chủ tịch UBND cấp huyện) không còn cơ quan thực hiện từ 01/07/2025');
    expect(text).toContain('chưa được kiểm tra ở đây (chưa rõ)');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('“has the standard changed” asked of the coming January: yes or no, the new lines, in short', () => {
  it('on 20/12/2026 “tu tet chuan ngheo co doi ko”: yes, from 01/01/2027, the new lines, source and status, details a button away', async () => {
    harness = await openHarness({ now: DEC_20 });
    const turn = await harness.say('tu tet chuan ngheo co doi ko');
    const { text } = turn;
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 20\/12\/2026\), từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
    expect(text).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP, chưa đối chiếu điều khoản (tham khảo).');
    expect(text).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(text).toContain('thêm chỉ số “Xử lý rác thải sinh hoạt” (ngưỡng chưa rõ)');
    expect(text).toContain('“Chi tiết”');
    // Was 4.469 characters: the changes, then the whole 2027–2030 card.
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).not.toContain('Ghi chú:');
  });

  it('on 05/01/2027 “thang 1 sap toi chuan ngheo co doi ko”: no, 01/01/2028 keeps the 2027–2030 standard', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('thang 1 sap toi chuan ngheo co doi ko');
    // Was "Hôm nay, 05/01/2027, đang áp dụng …" and the whole card, no yes or no.
    expect(text).toMatch(/^Không\. Theo dữ liệu chính sách \(hỏi ngày 05\/01\/2027\), ngày 01\/01\/2028 chuẩn nghèo không đổi/);
    expect(text).toContain('(tham khảo)');
    // What the data lacks is not known: whom to ask is named (the standards' rule).
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});

describe('cadres’ review questions: the rules data, a figure not in the facts said “chưa rõ”', () => {
  it('“Kết quả rà soát phải niêm yết công khai bao nhiêu ngày?”: the step (đã kiểm tra), its days not known, whom to ask, no number of days', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Kết quả rà soát phải niêm yết công khai bao nhiêu ngày?');
    expect(text).toMatch(/^Niêm yết công khai kết quả rà soát hộ nghèo, hộ cận nghèo:/);
    expect(text).toContain('(đã kiểm tra)');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain(REFERRAL);
    expect(text).not.toMatch(/\d+ ngày/);
  });

  it.each([
    'Điều kiện công nhận hộ thoát nghèo?',
    'Hộ cận nghèo được công nhận thoát cận nghèo khi nào?',
  ])('“%s”: who recognises it and when, the conditions not known', async (question) => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say(question);
    expect(text).toMatch(/^Công nhận hộ thoát nghèo, hộ thoát cận nghèo:/);
    expect(text).toContain('do Chủ tịch UBND cấp xã quyết định công nhận. Căn cứ: Quyết định 24/2021/QĐ-TTg (đã kiểm tra).');
    expect(text).toContain('Điều kiện cụ thể để hộ được công nhận thoát nghèo, thoát cận nghèo');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain(REFERRAL);
    expect(text).not.toContain('Giải thích ngắn');
  });

  // A guard (passes before and after): the 3 years of a newly escaped household's loans are in the rules data.
  it('“Hộ mới thoát nghèo được vay vốn ưu đãi trong bao lâu?”: 3 years, from the rules data', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Hộ mới thoát nghèo được vay vốn ưu đãi trong bao lâu?');
    // Round 33 law20: the newly escaped household's entry (rules/reference.yaml newly_escaped), no longer the loan card.
    expect(text).toContain('ra khỏi danh sách hộ nghèo trong vòng 3 năm (36 tháng) gần nhất');
    expect(text).toContain('Quyết định 28/2015/QĐ-TTg');
  });
});

describe('the explainer on recognition: the forms of QĐ 24/2021 ([M] in updates-2026.md) said “tham khảo”', () => {
  it('corpus/faq/cong-nhan-ho-ngheo.md', () => {
    const faq = readFileSync(new URL('../../corpus/faq/cong-nhan-ho-ngheo.md', import.meta.url), 'utf8');
    expect(faq).toContain('Giấy đề nghị theo Mẫu số 01, tham khảo)');
    expect(faq).toContain('Giấy đề nghị (Mẫu số 04, tham khảo)');
  });
});
