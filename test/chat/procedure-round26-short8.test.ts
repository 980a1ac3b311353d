/**
 * Round 26 (short8): the procedure asked as residents type it (how long, when, how to get in, which papers or form) answers
 * what was asked first, then the steps in brief, the source and status, whom to ask, and "Xem đủ các bước: gõ …"; a cadre asking
 * the steps keeps the whole card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T23:30:00Z'), 'short8');

/** What a cheap phone shows comfortably (the answer's text, its numbered choices excluded). */
const PHONE_CHARS = 1200;
const MORE = 'Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.';
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('how long, asked as residents type it: the 15 days first, the steps in brief', () => {
  // Was 2.004 characters: the time limit, then every step of the card.
  it.each(['mat bao lau moi co', 'nop giay xin ho ngheo roi thi doi bao lau ad'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS);
    expect(answer).toMatch(/^Bao lâu có kết quả: Trong 15 ngày kể từ khi rà soát, Chủ tịch UBND cấp xã/);
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(answer).toContain('văn bản áp dụng năm nay chưa rõ');
    expect(answer).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
    expect(answer).toContain(CADRE);
    expect(answer).toContain('Mẫu số 04');
    expect(answer).toContain(MORE);
    expect(answer).not.toContain('gồm 6 bước');
  });
});

describe('when the review is: today against its days first, the steps in brief', () => {
  // Was 1.991 characters.
  it.each(['rà soát định kỳ khi nào', 'ra soat ho ngheo dinh ky khi nao'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS);
    expect(answer).toMatch(/^Hôm nay 05\/12\/2026: theo Quyết định 24\/2021\/QĐ-TTg \(rà soát định kỳ từ 01\/09 đến 14\/12 hằng năm\), đợt rà soát định kỳ năm 2026 theo lịch này đang diễn ra/);
    expect(answer).toContain('lịch rà soát năm 2026 chưa rõ');
    expect(answer).toContain(CADRE);
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(answer).toContain(MORE);
    expect(answer).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
  });
});

describe('how to get in, which papers, which form: where to file and what to bring first', () => {
  // Were the whole card, 1.653 characters.
  const whereFirst = /^• Hộ nộp Giấy đề nghị \(Mẫu số 04\) tại UBND cấp xã/;
  const papersFirst = /^• Khi đến UBND cấp xã, mang theo Giấy đề nghị \(Mẫu số 04[^\n]*\(tham khảo\)\.$/;
  it.each([
    ['mần răng để được vô hộ nghèo', whereFirst],
    ['muon dc ho can ngheo thi lam sao', whereFirst],
    ['Hộ gia đình đề nghị xét hộ nghèo dùng mẫu nào?', papersFirst],
    ['ho so xin ho ngheo can giay to gi', papersFirst],
  ])('"%s"', async (question, lead) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS);
    expect(answer.split('\n')[1]).toMatch(lead);
    for (const kept of ['chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).', 'Căn cứ: Quyết định 24/2021/QĐ-TTg.', CADRE, MORE]) expect(answer).toContain(kept);
    expect(answer).not.toContain('gồm 6 bước');
  });
  it('guard: a cadre asking the steps, and the typed "thủ tục xét hộ nghèo", keep the whole card', async () => {
    for (const question of ['Quy trình rà soát hộ nghèo định kỳ gồm mấy bước?', 'thủ tục xét hộ nghèo']) {
      const answer = await first(question);
      expect(answer).toContain('gồm 6 bước');
      expect(answer).toContain('Bước 5 của rà soát định kỳ');
      expect(answer).not.toContain('Xem đủ các bước');
    }
  });
});
