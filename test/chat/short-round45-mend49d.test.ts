/**
 * Round 45 (mend49d, 07/12/2026): a class's list of supports points to the details once. "ho ngheo dc nhung ho tro j" (1.154
 * characters on the terminal) and "ho can ngheo dc nhung ho tro j" (1.117) said "(xem “chi tiết”)" after the counted line and
 * "Gõ “Chi tiết từng khoản” để xem căn cứ, nơi làm từng khoản." under it; now the counted line ends there, the "Gõ" line stays,
 * every support line with its status, the source, whom to ask and the four household-type buttons kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const NOW = () => new Date('2026-12-07T03:00:00Z');
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('a class\'s supports: one pointer to the details', () => {
  it.each([
    ['ho ngheo dc nhung ho tro j', 'hộ nghèo', 'Trợ giúp pháp lý miễn phí (đã kiểm tra)'],
    ['ho can ngheo dc nhung ho tro j', 'hộ cận nghèo', '130% lãi suất cho hộ nghèo (tham khảo)'],
  ])('"%s"', async (question, name, line) => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say(question);
    expect(text).toContain(`Hỗ trợ cho ${name} (áp dụng ngày 07/12/2026)`);
    expect(text).toContain(line);
    expect(text).toMatch(/^- Còn \d+ khoản có điều kiện và \d+ khoản chưa rõ mức hoặc còn áp dụng không\.$/m);
    expect(text).not.toContain('xem “chi tiết”');
    expect(text.match(/Chi tiết từng khoản/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(text).toContain('Gõ “Chi tiết từng khoản” để xem căn cứ, nơi làm từng khoản.');
    expect(text).toMatch(/^Nguồn: .+\.$/m);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    for (const button of ['Hộ nghèo', 'Hộ cận nghèo', 'Hộ mới thoát nghèo', 'Hộ có mức sống trung bình']) expect(text).toContain(button);
    // 1.030 for the poor (the loan line's earlier figures take 150), was 1.047; each button under it besides.
    expect(body(text).length).toBeLessThanOrEqual(1030);
  });
});

describe('"nghe noi bo ho ngheo roi, tu 2026 ko con ho tro nua dung ko": in short', () => {
  it('not true, the poor still there with their supports, the unknown ones counted, 2027\'s standard, whom to ask (was 1.296)', async () => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say('nghe noi bo ho ngheo roi, tu 2026 ko con ho tro nua dung ko');
    expect(body(text).length).toBeLessThanOrEqual(1000);
    expect(text).toMatch(/^Không đúng/);
    expect(text).toContain('vẫn có hộ nghèo.');
    expect(text).toContain('vay vốn tín dụng chính sách');
    expect(text).toContain('trợ giúp pháp lý miễn phí (đã kiểm tra)');
    expect(text).toMatch(/Còn \d+ khoản chưa rõ mức hoặc còn áp dụng không \(chưa rõ\)\./);
    expect(text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('hỗ trợ tiền điện');
  });
});
