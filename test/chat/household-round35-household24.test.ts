/**
 * Round 35 (household24, 06/12/2026): households told in one sentence, as residents type them.
 * - "vo chong tui gia roi, con di lam xa, ruong 3 cong": a household (was none: no income told and the farmland not read); the
 *   child away named alone ("con", which is also an owner word: "ba con đi làm xa") is one away (was none), and, the members
 *   being people named ("vợ chồng tui": 2), not in their count: "Chưa tính 1 người đó; tính thì gõ “3 người”" (was "không tính
 *   thì bạn gõ “1 người”"). Farmland by its size ("3 công", "2 sào") is said back as no indicator of the standard.
 * - The member-away first answer ≤ 1.000 characters (was 1.152), its rule's status, basis and whom to ask kept.
 * - A single mother ("me don than") is no household of 1; a member in prison or military service is said with "chưa rõ" and whom
 *   to ask (no stored document says whether they count), counted as told and how to count them out.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round35-household24');
const ASK = 'hỏi chắc: cán bộ phụ trách giảm nghèo ở UBND cấp xã.';

describe('an old couple, a child working away, farmland by its size', () => {
  it('"vo chong tui gia roi, con di lam xa, ruong 3 cong": the household read, the one away not in the 2, the farmland said back', async () => {
    const first = await in2026.first('vo chong tui gia roi, con di lam xa, ruong 3 cong');
    expect(first).toContain('Số người: 2');
    expect(first).toContain('ruộng, đất 3 công: chuẩn nghèo không có chỉ số về đất nên không tính');
    expect(first).toContain('Người đi làm ăn xa có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ), căn cứ Quyết định 24/2021/QĐ-TTg;');
    expect(first).toContain(ASK);
    expect(first).toContain('Chưa tính 1 người đó; tính thì gõ “3 người”.');
    expect(first).toContain('Đồng ý lưu');
  });

  it('"nha tui 5 nguoi o que, lam ruong 2 sao, 1 nam dc 40 trieu": 2 sào is no age nor money, the year\'s income ÷ 12', async () => {
    const first = await in2026.first('nha tui 5 nguoi o que, lam ruong 2 sao, 1 nam dc 40 trieu');
    expect(first).toContain('ruộng, đất 2 sào');
    expect(first).toContain('÷ 5 người');
    expect(first).not.toContain('Tuổi');
  });
});

describe('a member working away, told with the household\'s size: the first answer about 1.000 characters', () => {
  it.each([
    ['nha tui 5 nguoi o que, con gai tui di lam xa, thu nhap 7 trieu', '4 người'],
    ['nha tui 3 nguoi o que, con tui di lam o sai gon, thu nhap 3 trieu', '2 người'],
  ])('"%s": rule, status, basis, whom to ask, the count, the consent in ≤ 1.000 characters', async (text, without) => {
    const first = await in2026.first(text);
    expect(first).toContain('(chưa rõ), căn cứ Quyết định 24/2021/QĐ-TTg');
    expect(first).toContain(ASK);
    expect(first).toContain(`Tạm tính cả 1 người đó; không tính thì gõ “${without}”.`);
    expect(first).toContain('gõ /xoadulieu');
    expect(first.length).toBeLessThanOrEqual(1000);
  });
});

describe('who counts as a member: a single mother, a member in prison or in military service', () => {
  it('"tui me don than thue phong tro o thanh pho, thu nhap 5tr, co dc xet ho ngheo ko": the 5tr is the household\'s, its size asked (was 1 person, 5.000.000 đồng each, none of the classes)', async () => {
    const first = await in2026.first('tui me don than thue phong tro o thanh pho, thu nhap 5tr, co dc xet ho ngheo ko');
    expect(first).toContain('Thu nhập cả hộ: 5.000.000 đồng/tháng');
    expect(first).not.toContain('Số người: 1');
    expect(first).not.toContain('5.000.000 đồng/người/tháng');
  });

  it.each([
    ['nha tui 4 nguoi, chong dang o tu, thu nhap 3 trieu, o que', '3 người', 'đang ở tù'],
    ['nha tui 4 nguoi o que, con trai di nghia vu quan su, thu nhap 5 trieu', '3 người', 'đi nghĩa vụ quân sự'],
  ])('"%s": not known whether that one counts (chưa rõ), whom to ask, how to count them out', async (text, without, reason) => {
    const first = await in2026.first(text);
    // Round 35 mend35d: only the reason typed is named (was "Người đang ở tù hoặc đi nghĩa vụ quân sự" for both).
    expect(first).toContain(`Người ${reason} có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ)`);
    expect(first).toContain(ASK);
    expect(first).toContain(`Tạm tính cả 1 người đó; không tính thì gõ “${without}”.`);
    expect(first.length).toBeLessThanOrEqual(1000);
  });
});
