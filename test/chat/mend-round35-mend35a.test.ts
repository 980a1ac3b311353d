/**
 * Round 35 (mend35a, 06/12/2026, Vietnam time): what this round's helpers left, in residents' words. A household told with no ID
 * card ("nha tui 4 nguoi ko co cccd") starts the check with the papers line, a time alone as a first message is asked back,
 * "sao lau z" after where to file says the time alone, and "khieu nai o dau" is a complaint about the review's result.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'mend35a');

/** The check's consent screen, which starts the check of a household told. */
const CONSENT = 'Trước khi bắt đầu: về thông tin của hộ gia đình bạn';
/** The consent in brief after a class said first (round 43 resid46). */
const BRIEF_CONSENT = 'Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.';
/** The papers step of the procedure data (giấy tờ tùy thân), with its status. */
const PAPERS = 'giấy tờ tùy thân của người đứng tên';
/** The filing line of the procedure in brief. */
const FILED_AT = 'Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã';

describe('a household told with no ID card', () => {
  it.each([
    ['nha tui 4 nguoi ko co cccd', 'Số người: 4', CONSENT],
    // The size in the class said first and the consent in brief since round 43 resid46 (was "Số người: 5" and the full consent).
    ['nha tui 5 nguoi thu nhap 4 trieu, chua co can cuoc', '÷ 5 người', BRIEF_CONSENT],
  ])('"%s": the check starts with the household, the papers line before it', async (asked, understood, consent) => {
    const text = await first(asked);
    expect(text).toContain(understood);
    expect(text).toContain(consent);
    expect(text).toContain(`${PAPERS}; hỏi cán bộ xã những giấy tờ khác cần có về thu nhập và hoàn cảnh của hộ (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg.`);
    expect(text).not.toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:');
  });

  it('guard: "ko co cccd co lam dc ko" (no household) keeps the papers step of the procedure', async () => {
    const text = await first('ko co cccd co lam dc ko');
    expect(text).toContain(PAPERS);
    expect(text).not.toContain(CONSENT);
  });
});

describe('a time alone as a first message', () => {
  it.each([
    ['nam toi', 2027],
    ['nam nay', 2026],
    ['hom nay', 2026],
    ['tu thang sau', 2027],
  ])('"%s": what about that year is asked back, with the standard of that year and the supports as buttons', async (asked, year) => {
    const text = await first(asked);
    expect(text).toContain(`Bạn muốn hỏi gì về năm ${year}?`);
    expect(text).toContain(`Chuẩn năm ${year}`);
    expect(text).toContain('Các chính sách hỗ trợ');
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('guard: "nam toi" after the standard still moves that card to 2027', async () => {
    const text = await after(['chuan ngheo'], 'nam toi');
    expect(text).not.toContain('Bạn muốn hỏi gì về năm');
  });
});

describe('"sao lau z" after where to file', () => {
  it('says how long, with status, source and whom to ask, and not the filing line again', async () => {
    const text = await after(['dang ky ho ngheo o dau'], 'sao lau z');
    expect(text).toContain('Bao lâu có kết quả: Trong 15 ngày kể từ khi rà soát');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain(FILED_AT);
  });
});

describe('"khieu nai o dau" alone', () => {
  it.each(['khieu nai o dau', 'khieu nai lam sao ad', 'tui mun khieu nai thi khieu nai the nao'])('"%s": the review\'s result disputed: the written reply, the way not known, the cadre', async (asked) => {
    const text = await first(asked);
    expect(text).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản và nêu rõ lý do (tham khảo)');
    expect(text).toContain('không có trong dữ liệu của trợ lý');
    expect(text).toContain('hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã (chưa rõ)');
    expect(text).not.toContain('khiếu nại cán bộ');
  });

  it('guard: "khieu nai can bo o dau" stays the complaint about a cadre', async () => {
    expect(await first('khieu nai can bo o dau')).toContain('tố cáo, khiếu nại cán bộ');
  });
});
