/**
 * Round 31 law17: the switch on 01/01/2027 (shared/facts/updates-2026.md: the 2027–2030 standard of NĐ 351/2025/NĐ-CP [M]),
 * asked on 20/12/2026 and 05/01/2027 (harness `now`), and every reference of the standard's card with its own status.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_20 = () => new Date('2026-12-20T03:00:00Z');
const JAN_05 = () => new Date('2027-01-05T03:00:00Z');

describe('the review’s criteria asked for January: the 2027–2030 indicators, not the monthly review explainer', () => {
  it('“thang 1 toi ra soat theo chi tieu nao” on 20/12/2026', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('thang 1 toi ra soat theo chi tieu nao');
    expect(text).toMatch(/^Rà soát hộ nghèo, hộ cận nghèo từ 01\/01\/2027 xét theo bộ chỉ số của chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\) \(Nghị định 351\/2025\/NĐ-CP\)\./);
    expect(text).toContain('Xử lý rác thải sinh hoạt (chưa rõ)');
    expect(text).toContain('Sử dụng dịch vụ số, Internet (chưa rõ)');
    expect(text).not.toContain('Phương tiện phục vụ tiếp cận thông tin');
    // The list's basis is the decree; the papers reporting it are sources, not its basis (round 40 short33).
    expect(text).toContain('danh sách chỉ số: NĐ 351/2025/NĐ-CP (tham khảo)');
    expect(text).not.toContain('(theo vietnamnet.vn');
    expect(text).not.toContain('bắt đầu từ ngày 15 mỗi tháng');
  });
});

describe('“has the standard changed from 1/1 next year”: yes or no first, from the data, dated', () => {
  it('on 20/12/2026: yes, the 2027–2030 standard from 01/01/2027', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('tu 1/1 nam sau chuan ngheo co doi ko');
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 20\/12\/2026\), từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\), thay cho chuẩn nghèo đa chiều năm 2026/);
    expect(text).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP, chưa đối chiếu điều khoản (tham khảo).');
  });

  it('on 05/01/2027: no, 01/01/2028 keeps the 2027–2030 standard', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('tu 1/1 nam sau chuan ngheo co doi ko');
    expect(text).toMatch(/^Không\. Theo dữ liệu chính sách \(hỏi ngày 05\/01\/2027\), ngày 01\/01\/2028 chuẩn nghèo không đổi: vẫn áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\), hiệu lực 01\/01\/2027 – 31\/12\/2030\./);
    expect(text).toContain('thì mình không biết');
  });
});

describe('“is 2027 counted by the new one”: from 01/01/2027, said', () => {
  it.each([
    [DEC_20, 'từ 01/01/2027 áp dụng'],
    [JAN_05, 'từ 01/01/2027 đã áp dụng'],
  ])('“nam 2027 tinh ho ngheo theo cai moi ha” (%#)', async (now, said) => {
    harness = await openHarness({ now });
    const { text } = await harness.say('nam 2027 tinh ho ngheo theo cai moi ha');
    expect(text).toMatch(/^Có\. /);
    expect(text).toContain(`${said} chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)`);
  });
});

describe('a cadre’s standard card: every “Căn cứ” with its own status', () => {
  it('“Chuẩn nghèo năm 2026 quy định thế nào?”: the kept bands and list name NĐ 351/2025 with its status', async () => {
    harness = await openHarness();
    // Round 35 (short26a): the card in brief first, its basis with its status; each line's own "Căn cứ" one "chi tiết" away.
    const { text: brief } = await harness.say('Chuẩn nghèo năm 2026 quy định thế nào?');
    expect(brief).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), Điều 3 Nghị định 07/2021/NĐ-CP (tham khảo)');
    const { text } = await harness.say('chi tiết');
    expect(text).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a, b (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo).');
    expect(text).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo).');
  });

  it('“Chuẩn nghèo năm 2027 quy định thế nào?”: the 2027–2030 bands and list say “tham khảo”', async () => {
    harness = await openHarness();
    const { text: brief } = await harness.say('Chuẩn nghèo năm 2027 quy định thế nào?');
    expect(brief).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP, chưa đối chiếu điều khoản (tham khảo); hiệu lực 01/01/2027 – 31/12/2030.');
    const { text } = await harness.say('chi tiết');
    expect(text).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP, chưa đối chiếu điều khoản (tham khảo); hiệu lực 01/01/2027 – 31/12/2030.');
    expect(text).toContain('Căn cứ: NĐ 351/2025/NĐ-CP (thu nhập không quá chuẩn; từ 3 chỉ số thiếu hụt là hộ nghèo; tham khảo).');
    expect(text).toContain('Căn cứ: NĐ 351/2025/NĐ-CP (tham khảo).');
    expect(text).not.toContain('(theo vietnamnet.vn');
  });
});
