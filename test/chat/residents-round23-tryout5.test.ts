/**
 * Round 23 (tryout5): answers that read wrong to residents. "1.5 trieu la ho gi": the class first, the deprivation rule said once
 * (rules/: NĐ 07/2021/NĐ-CP kept for 2026 by NĐ 351/2025/NĐ-CP; 2027–2030 lines 2.200.000 / 2.800.000 đồng).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'tryout5r23');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('"1.5 trieu la ho gi": one amount, its class asked', () => {
  it('answers the class of today first and says "hộ nghèo nếu thiếu hụt từ 3 chỉ số" once (was read-as line first, rule said 3 times)', async () => {
    const answer = (await ask('1.5 trieu la ho gi'))[0]!;
    expect(answer).toMatch(/^Thu nhập bình quân 1\.500\.000 đồng\/người\/tháng: theo chuẩn áp dụng ngày 04\/12\/2026/);
    expect(answer).toContain('ở nông thôn (mức ≤ 1.500.000 đồng) và thành thị (mức ≤ 2.000.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(count(answer, 'thiếu hụt từ 3 chỉ số')).toBe(1);
    expect(answer).not.toContain('còn tùy số chỉ số thiếu hụt');
    expect(answer).toContain('Căn cứ của mức áp dụng ngày 04/12/2026: NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a, b');
    expect(answer).toContain('(mức ≤ 2.200.000 đồng) và thành thị (mức ≤ 2.800.000 đồng): cùng kết quả như trên');
    expect(answer.length).toBeLessThan(1300);
  });

  it('guard: "1tr9 o que la ho gi" still says both outcomes where they differ (2026 trung bình, 2027 by the deprivations)', async () => {
    const answer = (await ask('1tr9 o que la ho gi'))[0]!;
    expect(answer).toContain('hộ có mức sống trung bình');
    expect(answer).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(answer).not.toContain('cùng kết quả như trên');
  });
});

describe('"ho ngheo co dc giam hoc phi ko bn": "bn" is "bạn" ending a yes/no question', () => {
  it('answers whether poor households are exempt, with its source and status, and no "Mức hỗ trợ bạn hỏi" (was the amount asked)', async () => {
    const answer = (await ask('ho ngheo co dc giam hoc phi ko bn'))[0]!;
    expect(answer).toMatch(/^Miễn học phí trường công lập/);
    expect(answer).toContain('Nghị quyết 217/2025/QH15');
    expect(answer).toContain('tham khảo');
    expect(answer).not.toContain('Mức hỗ trợ bạn hỏi');
    expect((await ask('ho can ngheo co dc vay von hok bn'))[0]).not.toContain('Mức hỗ trợ bạn hỏi');
  });

  it('guard: "bn" asking an amount still opens with the amount ("dc bn tien", "bn mot thang")', async () => {
    expect((await ask('ho ngheo giam hoc phi dc bn tien'))[0]).toMatch(/^Mức hỗ trợ bạn hỏi/);
    expect((await ask('tien dien ho ngheo dc bn mot thang'))[0]).toMatch(/^Mức hỗ trợ bạn hỏi/);
  });
});

describe('"nam 2027 thi sao" after the procedure: what is known of the 2027 procedure', () => {
  it('leads with the 2027 review not known, then today\'s steps as not 2027\'s (was the 2027 standard\'s explainer)', async () => {
    const said = await ask('nghe noi dang ky ho ngheo phai len tinh dung ko', 'vay thi lam o dau', 'giay to gi', 'nam 2027 thi sao');
    const text = said[said.length - 1]!;
    expect(text).toMatch(/^Cho năm 2027, dữ liệu của trợ lý chưa có:/);
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2027 (chưa rõ).');
    expect(text.indexOf('chưa phải quy định cho năm 2027')).toBeLessThan(text.indexOf('Mẫu số 04'));
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('guard: "qua nam 2027 thi sao" after the standard still moves the standard to 2027', async () => {
    const [, later] = await ask('chuan ngheo o que la bao nhieu', 'qua nam 2027 thi sao');
    expect(later).toContain('2.200.000');
    expect(later).not.toContain('Cho năm 2027, dữ liệu của trợ lý chưa có');
  });
});
