/**
 * Round 28 (mend helper mend28a, 05/12/2026): review findings on this round's changes. A loan asked plainly is never a
 * rumour's rebuttal: "bố tôi" and "trả hết" are no cut ("bỏ", "hết" right before the loan's name only when asked of the
 * support: "có bỏ vay vốn", TOPICS.claims.cutBeforeSupport).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28mend28a');

describe('a loan asked plainly is the loan card, no cut denied', () => {
  it.each([
    'bố tôi muốn vay vốn hộ nghèo thì làm sao',
    'bo toi dang vay von ho can ngheo, gio muon vay them dc ko',
    'tra het vay von ho ngheo roi thi co duoc vay tiep ko',
  ])('"%s"', async (question) => {
    const text = await first(question);
    // Was "Không đúng theo dữ liệu: dữ liệu chính sách không có văn bản nào cắt vay vốn tín dụng chính sách của hộ nghèo; …".
    expect(text).not.toContain('Không đúng');
    expect(text).not.toContain('cắt vay vốn');
    expect(text.split('\n')[0]).toContain('Vay vốn tín dụng chính sách');
  });
  it('a cut asked is still answered, not as a rumour: "nam 2027 co bo vay von ho ngheo ko"', async () => {
    // Was "Không đúng theo dữ liệu: dữ liệu chính sách không có văn bản nào cắt …" (a rumour's rebuttal, nothing heard told).
    expect(await first('nam 2027 co bo vay von ho ngheo ko')).toMatch(/^Theo dữ liệu, không có văn bản nào cắt vay vốn tín dụng chính sách của hộ nghèo/);
  });
  it('told as heard it is still "Không đúng": "nghe noi nam sau bo vay von ho ngheo, co that ko"', async () => {
    expect(await first('nghe noi nam sau bo vay von ho ngheo, co that ko')).toMatch(/^Không đúng theo dữ liệu: dữ liệu chính sách không có văn bản nào cắt vay vốn/);
  });
});

describe('the review before Tết is no Tết gift', () => {
  it('"truoc tet nay xa co ra soat ho ngheo ko, co chinh sach gi moi" is the review\'s steps', async () => {
    const text = await first('truoc tet nay xa co ra soat ho ngheo ko, co chinh sach gi moi');
    // Was "Quà Tết, hỗ trợ dịp Tết cho hộ nghèo, hộ cận nghèo: …".
    expect(text).not.toContain('Quà Tết');
    expect(text.split('\n')[0]).toContain('rà soát');
  });
});
