/**
 * Round 35 (procedure25, 06/12/2026, Vietnam time): residents' procedure questions typed as on Zalo. The certificate asked
 * where ("so ho ngheo lam o dau"), the review asked of next year from December ("qua nam moi xa con ra soat ko"), a household
 * waiting ("sao lau z"), whom to ask alone and the class typed after it, who files and the identity papers.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'procedure25');

/** The brief of the procedure: where the household files, who decides, with its status and source. */
const FILED_AT = 'Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã';

describe('the certificate asked where', () => {
  it.each(['so ho ngheo lam o dau', 'giay chung nhan ho ngheo lam o dau', 'giay chung nhan ho can ngheo xin cho nao'])('"%s": where to file, with status and source', async (asked) => {
    const text = await first(asked);
    expect(text).toContain(FILED_AT);
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(text.length).toBeLessThan(1200);
  });

  it('guard: "mat giay chung nhan ho ngheo xin lai o dau" keeps the lost certificate\'s answer', async () => {
    expect(await first('mat giay chung nhan ho ngheo xin lai o dau')).not.toContain(FILED_AT);
  });
});

describe('the review asked of next year from December', () => {
  // Round 36 law27: no day of the 2027 review is said (was "năm 2027 sẽ từ 01/09/2027 đến 14/12/2027"), its schedule not known.
  it.each(['qua nam moi xa con ra soat ko', 'nam sau co ra soat ho ngheo ko'])('"%s": the 2027 schedule not known, in brief', async (asked) => {
    const text = await first(asked);
    expect(text).toContain('Hôm nay 06/12/2026');
    expect(text).not.toMatch(/01\/09\/2027|14\/12\/2027/u);
    expect(text).toContain('lịch rà soát năm 2027 chưa rõ');
    // The whole card (2.300 characters, every step) was given before.
    expect(text).not.toContain('khai thấp hơn thực tế');
    expect(text.length).toBeLessThan(1300);
  });

  it('guard: "khi nao ra soat" is this year\'s review, under way', async () => {
    expect(await first('khi nao ra soat')).toContain('đợt rà soát định kỳ năm 2026 theo lịch này đang diễn ra, đến hết ngày 14/12/2026');
  });
});

describe('a household waiting for its result', () => {
  it.each(['sao lau z', 'lam j ma lau dzậy', 'nop ho so lau roi chua thay j'])('"%s": how long the review takes, where to ask', async (asked) => {
    const text = await first(asked);
    expect(text).toMatch(/^Bao lâu có kết quả: Trong 15 ngày kể từ khi rà soát/);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"sao lau z" after the procedure in brief: the time limit', async () => {
    expect(await after(['dang ky ho ngheo o dau'], 'sao lau z')).toContain('Trong 15 ngày kể từ khi rà soát');
  });

  it('guard: "vay von bao lau" is the loan\'s', async () => {
    expect(await first('vay von bao lau')).not.toContain('Bao lâu có kết quả');
  });
});

describe('whom to ask, then the class', () => {
  it('"hoi ai" alone: where to file and the cadre to ask', async () => {
    const text = await first('hoi ai');
    expect(text).toContain(FILED_AT);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"ho ngheo" after "hoi ai" (after the welcome): still the procedure, not the supports of the poor', async () => {
    const text = await after(['xin chao', 'hoi ai'], 'ho ngheo');
    expect(text).toContain(FILED_AT);
    expect(text).not.toContain('được các hỗ trợ chính sau');
  });

  it('guard: "ho ngheo" alone is still the supports', async () => {
    expect(await first('ho ngheo')).not.toContain(FILED_AT);
  });
});

describe('who files and what papers', () => {
  it.each(['tui tu nop dc ko', 'nho nguoi khac nop dum dc ko'])('"%s": the household files at UBND cấp xã, in person or by post', async (asked) => {
    expect(await first(asked)).toContain(`${FILED_AT}, trực tiếp hoặc qua bưu điện`);
  });

  it('"ko co cccd co lam dc ko": the identity papers step first', async () => {
    expect(await first('ko co cccd co lam dc ko')).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n• Khi đến UBND cấp xã, mang theo Giấy đề nghị \(Mẫu số 04[^\n]*giấy tờ tùy thân/);
  });

  it('"o xa co lam online dc ko": filing online is not known, in person or by post', async () => {
    expect(await first('o xa co lam online dc ko')).toContain('Nộp Giấy đề nghị qua mạng');
  });
});
