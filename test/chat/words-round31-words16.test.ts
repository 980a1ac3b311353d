/**
 * Round 31 (words16, 05/12/2026): residents typing on cheap phones, no diacritics ("ko", "dc", "j", "bn", "tui", "hok"), Southern
 * and Central words.
 * - "ko hieu", "noi de hieu hon di" right after a support card: the plainer text leaves the card's talk of documents to the full
 *   answer (was the electricity card's "Theo thông tin tham khảo, Quyết định 14/2025 … thay thế Quyết định 28/2014 …" again);
 *   "hok hieu gi het" once more: its first line, source and whom to ask (was that rewrite word for word).
 * - "nha ngheo xai dien nhieu qua co dc giup ko": the card, no "Mức hỗ trợ bạn hỏi" ("nhiều quá" asks no amount).
 * - "nha tui o tren tinh": the provincial town holds phường (thành thị) and xã (nông thôn): asked at once, as for a thị xã.
 * - "xin ho tro lam nha o dau" (a house to build, where to apply), "ai la nguoi quyet dinh nha minh co ngheo hay ko".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round31-words16');
const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('"ko hieu" after the electricity card: plainer, not the card\'s words again', () => {
  it.each(['ko hieu', 'hok hieu gi het', 'noi de hieu hon di'])('"nha ngheo xai dien nhieu qua co dc giup ko" then "%s"', async (lost) => {
    const [card, plainer] = await ask('nha ngheo xai dien nhieu qua co dc giup ko', lost);
    expect(card).toMatch(/^Hỗ trợ tiền điện/);
    expect(plainer).toMatch(/^Hỗ trợ tiền điện/);
    expect(plainer).toContain('hỗ trợ tiền điện cho hộ nghèo hiện còn hay không');
    // The documents' history is the full answer's.
    expect(plainer).not.toContain('Quyết định 28/2014');
    expect(plainer).not.toContain('Theo thông tin tham khảo');
    expect(plainer).toContain('(chưa rõ)');
    expect(plainer).toContain('Nguồn: Quyết định 14/2025/QĐ-TTg');
    expect(plainer).toContain(POVERTY_CADRE);
    expect(plainer!.length).toBeLessThan(card!.length * 0.6);
  });
});

describe('"hok hieu gi het" again after a plainer rewrite: shorter still, not the same text', () => {
  it.each([
    ['ho can ngheo co dc mien bhyt ko', 'noi de hieu hon di', 'hok hieu gi het', /70%/, '(tham khảo)', 'Nguồn: Nghị định 188/2025/NĐ-CP'],
    ['nha ngheo xai dien nhieu qua co dc giup ko', 'ko hieu', 'hok hieu gi het', /hỗ trợ tiền điện cho hộ nghèo hiện còn hay không/i, '(chưa rõ)', 'Nguồn: Quyết định 14/2025/QĐ-TTg'],
  ])('"%s", "%s", "%s"', async (question, lost, again, line, status, source) => {
    const [, plainer, shortest] = await ask(question, lost, again);
    expect(shortest).not.toBe(plainer);
    expect(shortest!.length).toBeLessThan(plainer!.length);
    expect(shortest).toMatch(line);
    expect(shortest).toContain(status);
    expect(shortest).toContain(source);
    // Whom to ask stays, once.
    expect(shortest!.split(POVERTY_CADRE).length - 1).toBe(1);
  });
});

describe('"xai dien nhieu qua": the electricity card, no amount asked', () => {
  it.each(['nha ngheo xai dien nhieu qua co dc giup ko', 'nha tui ngheo xai dien nhieu lam co dc ho tro ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Hỗ trợ tiền điện/);
    expect(text).not.toContain('Mức hỗ trợ bạn hỏi');
  });

  it('"ho ngheo dc ho tro tien dien bao nhieu" still asks the amount', async () => {
    expect(await first('ho ngheo dc ho tro tien dien bao nhieu')).toMatch(/^Mức hỗ trợ bạn hỏi/);
  });

  it('"xai dien thoai" is the phone, never the electricity bill', async () => {
    expect(await first('nha tui xai dien thoai cu co dc ho tro ko')).not.toContain('Hỗ trợ tiền điện');
  });
});

describe('where the household lives: "trên tỉnh" is asked (phường or xã), "dưới quê" is rural', () => {
  it.each(['nha tui o tren tinh, 4 nguoi thu nhap 8 trieu', 'tui o tren tinh, nha 4 nguoi thu nhap 8 trieu 1 thang'])('"%s": phường or xã asked at once', async (told) => {
    const text = await first(told);
    expect(text).toContain('có cả phường (thành thị) và xã (nông thôn)');
    expect(text).toContain('Hộ đang ở phường (thành thị) hay xã (nông thôn)?');
    expect(text).not.toContain('Khu vực:');
  });

  it.each(['tui o duoi que, 4 nguoi thu nhap 8 trieu 1 thang', 'nhà tui dưới quê, 4 người thu nhập 8 triệu'])('"%s": rural', async (told) => {
    expect(await first(told)).toContain('ở nông thôn,');
  });

  it('"nha tui o phuong 3 tren tinh": the ward decides, urban', async () => {
    expect(await first('nha tui o phuong 3 tren tinh, 4 nguoi thu nhap 8 trieu')).toContain('ở thành thị,');
  });
});

describe('a house to build asked where, and who decides', () => {
  it.each(['nha tranh vach dat sap roi, xin ho tro lam nha o dau', 'ho ngheo xin ho tro cat nha o dau'])('"%s": the housing card', async (question) => {
    expect(await first(question)).toMatch(/^Hỗ trợ nhà ở/);
  });

  it('"nha o dau thi dc xet ho ngheo" still asks where a household files', async () => {
    expect(await first('nha o dau thi dc xet ho ngheo')).not.toMatch(/^Hỗ trợ nhà ở/);
  });

  it('"ai la nguoi quyet dinh nha minh co ngheo hay ko": who recognises a household, at the commune', async () => {
    const text = await first('ai la nguoi quyet dinh nha minh co ngheo hay ko');
    expect(text).toContain('Chủ tịch UBND cấp xã');
    expect(text).not.toContain('Theo văn bản');
  });
});
