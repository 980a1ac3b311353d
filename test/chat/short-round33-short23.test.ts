/**
 * Round 33 (short23, 06/12/2026): answers kept within a cheap phone's message.
 * - "xa ben co phat tien cho ho ngheo ko", "bển xã có phát tiền cho hộ nghèo hông": the line that other money handed out is not
 *   in the data (chưa rõ, whom to ask), then the class's short list, the rest counted and one "chi tiết" away; was the whole
 *   card after that line, about 1.730 characters.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-short23');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('money said handed out to the poor class, in one short message', () => {
  it.each(['xa ben co phat tien cho ho ngheo ko', 'bển xã có phát tiền cho hộ nghèo hông'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Tiền và hỗ trợ hộ nghèo .*Khoản tiền phát thêm cho hộ nghèo ngoài các khoản này thì dữ liệu không có \(chưa rõ\); bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã\./);
    expect(text).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 06/12/2026)');
    expect(text).toContain('- Hỗ trợ đóng bảo hiểm y tế:');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain(CADRE);
    expect(text).toMatch(/chi tiết/i);
    expect(text).toContain('\n\nBạn có thể gõ:');
    const message = text.slice(0, text.indexOf('\n\nBạn có thể gõ:'));
    expect(message).toContain('Gõ “Chi tiết từng khoản”');
    expect(message.length).toBeLessThanOrEqual(1000);
  });
});

/*
 * - "con can ngheo thi sao" while the consent question waits after "nha tui 4 nguoi o que thu nhap 5 trieu 1 thang": the income
 *   told, the line of the standard in force with its status and that near-poor is within it with fewer deprivations, then the
 *   consent choice in one line; was the estimate said again.
 */
describe('a class asked while the consent question waits', () => {
  it('"con can ngheo thi sao": what near-poor means for the household, then the choice', async () => {
    const [estimate = '', answer = ''] = await ask('nha tui 4 nguoi o que thu nhap 5 trieu 1 thang', 'con can ngheo thi sao');
    expect(estimate).toContain('Đồng ý lưu');
    expect(answer).toContain('1.250.000 đồng/người/tháng');
    expect(answer).toContain('Theo chuẩn nghèo đa chiều năm 2026'); // what the class means, not whether it is still there ("vẫn có")
    expect(answer).not.toContain('vẫn có hộ cận nghèo');
    expect(answer).toMatch(/không quá 1\.500\.000 đồng \(nông thôn\).*còn lại là hộ cận nghèo \(tham khảo\)/);
    expect(answer).not.toContain('tùy số chỉ số thiếu hụt');
    const body = answer.slice(0, answer.indexOf('\n\nBạn có thể gõ:'));
    expect(body.split('\n').filter((line) => line.trim() !== '').length).toBeLessThanOrEqual(4);
    expect(body).toMatch(/“Đồng ý lưu” hoặc “Không lưu”/);
  });
});
