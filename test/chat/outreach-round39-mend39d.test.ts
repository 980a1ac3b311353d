/**
 * Round 39 mend39d, on 06/12/2026: texts outreach staff ask to share. A reminder not to give CCCD to strangers offering to
 * "làm hồ sơ hộ nghèo" says so (rules/reference.yaml identity_papers): the commune reviews, the household files there itself,
 * no fee in the stored documents (the cadre asked, never "miễn phí" as a fact), the assistant never asks for CCCD, suspicious
 * people reported to UBND cấp xã / công an xã. Was personal_data's card on sharing a check's result in Zalo groups.
 * A congratulation of households just out of poverty opens with it, then what they keep (the loan within 36 months, BHYT only
 * where the province pays, tham khảo), each with status and source (rules/reference.yaml newly_escaped_congratulation). Was the
 * class's list of supports every household gets, no congratulation.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round39-mend39d-outreach');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** The text before the buttons line ("Bạn có thể gõ: …" or the numbered buttons), what is shared. */
const shared = (reply: string) => reply.split(/\n(?:Bạn có thể gõ:|\n1\. )/u)[0]!;

describe('a reminder not to give CCCD to strangers who offer to file for the household', () => {
  it('"Soạn tin nhắn nhắc bà con giữ bí mật thông tin cá nhân, không gửi CCCD cho người lạ nhận làm hồ sơ hộ nghèo."', async () => {
    const post = await DECEMBER.first('Soạn tin nhắn nhắc bà con giữ bí mật thông tin cá nhân, không gửi CCCD cho người lạ nhận làm hồ sơ hộ nghèo.');
    // Not the card on sharing a check's result in Zalo groups.
    expect(post).not.toContain('Vào nhóm Zalo chỉ nên chia sẻ');
    expect(post).toMatch(/Không đưa số CCCD, ảnh CCCD hay ảnh giấy tờ[^\n]*người lạ[^\n]*làm hồ sơ hộ nghèo/u);
    expect(post).toMatch(/do UBND cấp xã làm: hộ tự nộp Giấy đề nghị/u);
    // No fee claimed either way: the stored documents name none, the cadre is asked.
    expect(post).not.toMatch(/miễn phí/iu);
    expect(post).toMatch(/không nêu khoản phí nào[^\n]*hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã/u);
    // A post speaks to bà con, not of the trợ lý (outreach-round15 item 5): the assistant's own line is the card's alone.
    expect(shared(post)).not.toMatch(/trợ lý/iu);
    expect(post).toMatch(/báo UBND cấp xã hoặc công an xã/u);
    expect(post).toContain('(tham khảo)');
    expect(post).toContain('Nguồn:');
    expect(post).toContain(CADRE);
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "khai thong tin ho ngheo co bi lo ra ngoai ko" keeps the card on personal data', async () => {
    const reply = await DECEMBER.first('khai thong tin ho ngheo co bi lo ra ngoai ko');
    expect(reply).not.toContain('không bao giờ hỏi số CCCD');
  });
});

describe('a congratulation of households just out of poverty', () => {
  it('"Soạn tin nhắn chúc mừng hộ vừa thoát nghèo và nói họ còn được hỗ trợ gì." opens with it, then what they keep', async () => {
    const post = await DECEMBER.first('Soạn tin nhắn chúc mừng hộ vừa thoát nghèo và nói họ còn được hỗ trợ gì.');
    expect(post.split('\n')[0]).toMatch(/^Chúc mừng các hộ gia đình vừa thoát nghèo/u);
    expect(post).toMatch(/36 tháng[^\n]*vay vốn ưu đãi tại Ngân hàng Chính sách xã hội/u);
    expect(post).toMatch(/Bảo hiểm y tế: cả nước không có mức hỗ trợ đóng chung[^\n]*Hà Nội[^\n]*TP\.HCM[^\n]*\(tham khảo\)/u);
    // Not the supports every household gets (the social pension, tuition by a child's school).
    expect(post).not.toContain('Trợ cấp hưu trí xã hội');
    expect(post).not.toContain('Miễn học phí');
    expect(post).toContain('(chưa rõ)');
    expect(post).toContain('Nguồn: Quyết định 28/2015/QĐ-TTg');
    expect(post).toContain(CADRE);
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "soạn tin nhắn gửi bà con: hộ mới thoát nghèo được hỗ trợ gì" (no congratulation) opens with no "Chúc mừng"', async () => {
    const post = await DECEMBER.first('soạn tin nhắn gửi bà con: hộ mới thoát nghèo được hỗ trợ gì');
    expect(post).not.toContain('Chúc mừng');
  });
});

describe('a motorbike owned, asked by a resident of the household', () => {
  it('"nha tui co xe may thi co dc ho ngheo ko" is told there is no rule on owning one, as without "nha tui" (no check started)', async () => {
    const reply = await DECEMBER.first('nha tui co xe may thi co dc ho ngheo ko');
    expect(reply).toContain('không có quy định nào nói hộ có xe máy thì không được xét');
    expect(reply).not.toContain('Mình sẽ hỏi vài câu về hộ của bạn');
  });

  it('guard: "nha tui 4 nguoi co xe may, thu nhap 3 trieu, co dc ho ngheo ko" still checks the household', async () => {
    const reply = await DECEMBER.first('nha tui 4 nguoi co xe may, thu nhap 3 trieu, co dc ho ngheo ko');
    expect(reply).not.toContain('không có quy định nào nói hộ có xe máy thì không được xét');
  });
});

describe('a stranger asking a resident for the household\'s CCCD to file for it', () => {
  it.each(['co nguoi la doi cccd lam ho so ho ngheo cho nha tui, co dc ko', 'co ong kia xin chup can cuoc cua nha tui de lam ho so can ngheo, dua ko ta'])(
    '"%s": the card on identity papers (no check started)',
    async (typed) => {
      const reply = await DECEMBER.first(typed);
      expect(reply).not.toContain('Mình sẽ hỏi vài câu về hộ của bạn');
      expect(reply).toContain('không bao giờ hỏi số CCCD');
      expect(reply).toContain(CADRE);
    },
  );
});
