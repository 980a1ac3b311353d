/**
 * Round 29 (helper status11, 05/12/2026): every policy answer says its source and its status through the one citation format
 * (result.ts `cited`). Was: a support's details said "Căn cứ: … (tham khảo: nội dung tóm tắt, chưa đối chiếu nguyên văn)" or
 * "(chưa có thông tin chắc chắn, …)" (STATUS_NOTES, not `cited`); a short post's verified line said no status beside "(tham khảo)"
 * ones (and its "Nguồn" line none, the post being mixed); the household check's first screen said "Từ 01/01/2027 theo chuẩn
 * mới: …" without naming NĐ 351/2025. Facts: Luật Trợ giúp pháp lý for members of poor households [V]; electricity support after
 * QĐ 14/2025/QĐ-TTg [?]; the 2027–2030 standard by NĐ 351/2025 [M] (updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, resultTurnOf } from './harness.ts';

const NOW = new Date('2026-12-05T03:00:00Z');
const { ask, first } = conversationsAt(NOW, 'round29status11');

describe('a support\'s details: "Căn cứ: …" with its status in the one format', () => {
  it('"ho ngheo co dc ho tro tien dien ko" (unknown): the basis says "chưa rõ" in its own bracket, no figure, whom to ask', async () => {
    const text = await first('ho ngheo co dc ho tro tien dien ko');
    expect(text).toContain('Căn cứ: Quyết định 14/2025/QĐ-TTg ngày 29/05/2025 (số hiệu, ngày và việc thay thế theo nguồn tham khảo; chưa rõ).');
    expect(text).toContain('chưa có thông tin chắc chắn, hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain(') (chưa có thông tin');
    expect(text).not.toMatch(/\d[\d.]*\s*đồng/);
  });

  it('"ho can ngheo co dc bhyt mien phi ko" (reported): "(tham khảo)" as everywhere else, not the long note after the basis', async () => {
    const text = await first('ho can ngheo co dc bhyt mien phi ko');
    expect(text).toMatch(/Căn cứ: [^\n]*(?:; | \()tham khảo\)\./);
    expect(text).not.toContain('(tham khảo: nội dung tóm tắt, chưa đối chiếu nguyên văn)');
  });
});

describe('a short post for a group says each line\'s status, a verified one too, beside "(tham khảo)" ones', () => {
  it.each(['viết ngắn: hộ nghèo được hỗ trợ gì', 'đăng nhóm zalo: ho ngheo dc ho tro gi'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('Trợ giúp pháp lý miễn phí (đã kiểm tra)');
  });

  it('"ko hieu j het" after the post: the plainer rewrite keeps the verified line\'s status', async () => {
    const [post, plainer] = await ask('viết ngắn: hộ nghèo được hỗ trợ gì', 'ko hieu j het');
    expect(post).toContain('Hộ nghèo được hỗ trợ');
    expect(plainer).toContain('(tham khảo)');
    expect(plainer).toContain('Trợ giúp pháp lý miễn phí (đã kiểm tra)');
  });
});

describe('the household check\'s first screen names the coming standard\'s document with its status', () => {
  it('"nha tui 4 nguoi o que thang dc 5 trieu", every question "ko", on 05/12/2026: the 2027 line says NĐ 351/2025 (tham khảo)', async () => {
    const { harness, turn } = await resultTurnOf(NOW, 'nha tui 4 nguoi o que thang dc 5 trieu');
    try {
      const screen = turn.text.slice(turn.text.indexOf('Kết quả sàng lọc'));
      const coming = screen.split('\n').find((line) => line.startsWith('Từ 01/01/2027 theo chuẩn mới'));
      expect(coming, screen).toMatch(/Căn cứ: Nghị định 351\/2025\/NĐ-CP \(tham khảo\)\.$/);
    } finally {
      harness.close();
    }
  });
});
