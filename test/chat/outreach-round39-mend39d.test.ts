/**
 * Round 39 mend39d, on 06/12/2026: texts outreach staff ask to share. A reminder not to give CCCD to strangers offering to
 * "làm hồ sơ hộ nghèo" says so (rules/reference.yaml identity_papers): the commune reviews, the household files there itself,
 * no fee in the stored documents (the cadre asked, never "miễn phí" as a fact), the assistant never asks for CCCD, suspicious
 * people reported to UBND cấp xã / công an xã. Was personal_data's card on sharing a check's result in Zalo groups.
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
    expect(post).toContain('không bao giờ hỏi số CCCD');
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
