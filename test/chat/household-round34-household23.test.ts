/**
 * Round 34 (household23, 06/12/2026): households told in one sentence, as residents type them.
 * - A member working away ("nha tui 4 nguoi, thang lon di lam o Binh Duong, thu nhap 6tr"): the household's "4 người" is no count
 *   of members away (was read as 4 away of 4, so nothing said of the one away); the first answer says the rule's status (chưa rõ:
 *   rules/reference.yaml residence), how to count the one away out and whom to ask in one short sentence, and the consent choice
 *   after it leaves out what the answer above says already (was 1.495 characters with the whole line of the data).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round34-household23');

describe('a member working away, told with the household\'s size: short first answer', () => {
  it.each([
    ['nha tui 4 nguoi, thang lon di lam o Binh Duong, thu nhap 6tr', '3 người'],
    ['nha tui 5 nguoi o que, con gai tui di lam xa, thu nhap 7 trieu', '4 người'],
  ])('"%s": one away, the rule chưa rõ, whom to ask, the consent choice', async (text, without) => {
    const first = await in2026.first(text);
    expect(first).toContain('Người đi làm ăn xa có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ)');
    expect(first).toContain(`Tạm tính cả 1 người đó; không tính thì gõ “${without}”.`);
    expect(first).toContain('hỏi chắc: cán bộ phụ trách giảm nghèo ở UBND cấp xã.');
    expect(first).toContain('Đồng ý lưu');
    expect(first).toContain('Không lưu');
    expect(first).toContain('gõ /xoadulieu');
    expect(first.length).toBeLessThanOrEqual(1160);
  });

  it('"nha 6 nguoi nhung 2 dua di lam xa thu nhap 6 trieu": still 2 away', async () => {
    expect(await in2026.first('nha 6 nguoi nhung 2 dua di lam xa thu nhap 6 trieu')).toContain('Tạm tính cả 2 người đó; không tính thì gõ “4 người”.');
  });

  it('"bat dau kiem tra": the consent choice asked alone still lists what is asked and where drafts are kept', async () => {
    const [, consent] = await in2026.ask('chao ban', 'kiem tra ho ngheo');
    expect(consent).toMatch(/Trợ lý sẽ hỏi khu vực, số người, thu nhập và điều kiện sống của hộ \(việc làm/);
    expect(consent).toContain('bộ nhớ tạm của máy chủ');
  });
});
