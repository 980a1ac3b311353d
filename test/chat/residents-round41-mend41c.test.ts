/**
 * Round 41 (mend41c, 07/12/2026): a resident who sees another, better-off household on the list ("tai sao nha hang xom giau hon
 * ma dc ho ngheo con nha tui hok dc": was "không tìm thấy"; "nha ong A co xe hoi ma van la ho ngheo": was the car's card) hears how
 * the list is made public (the village meeting, the public posting) and when to speak, how the household asks to be reviewed
 * itself (Mẫu số 04, tham khảo), and that the other household's case is not judged.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

// 07/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'mend41c');

describe('another household on the list though better off', () => {
  for (const question of [
    'tai sao nha hang xom giau hon ma dc ho ngheo con nha tui hok dc',
    'nha ong A co xe hoi ma van la ho ngheo',
    'sao ho do giau ma dc ho can ngheo',
  ]) {
    it(`"${question}": the meeting and the posting, the request (Mẫu số 04), that case not judged`, async () => {
      const [answer] = await ask(question);
      expect(answer).not.toContain('không tìm thấy');
      expect(answer).toContain('Trợ lý không xét trường hợp của hộ khác');
      expect(answer).toContain('họp dân ở thôn (bình xét)');
      expect(answer).toContain('niêm yết công khai');
      expect(answer).toContain('Mẫu số 04');
      expect(answer).toContain('(tham khảo)');
      expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
      expect(answer).toContain('UBND cấp xã');
      expect(answer!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    });
  }
  it('"nha ong ba tui ngheo lam, co dc ho ngheo ko": the own household, not another one', async () => {
    const [answer] = await ask('nha ong ba tui ngheo lam, co dc ho ngheo ko');
    expect(answer).not.toContain('Trợ lý không xét trường hợp của hộ khác');
  });
});

describe('an amount asked for 2027, then the city', () => {
  it('"neu thang 1 nam 2027 thi sao" then "con o tp thi sao": the city in 2027 (2.800.000 đồng), not today', async () => {
    const [, in2027, city] = await ask('thu nhap 1tr5 1 nguoi o que thi la ngheo hay can ngheo', 'neu thang 1 nam 2027 thi sao', 'con o tp thi sao');
    expect(in2027).toContain('ngày 01/01/2027');
    expect(city).toContain('ngày 01/01/2027');
    expect(city).toContain('ở thành thị (mức ≤ 2.800.000 đồng)');
    expect(city).not.toContain('ngày 07/12/2026');
  });
});

describe('legal aid asked of both classes by a resident: in brief, "chi tiết" the card', () => {
  it('"ho ngheo dc tro giup phap ly mien phi ko, can ngheo thi sao": ≤ 1.000 characters, both classes, the groups, statuses', async () => {
    const [brief, whole] = await ask('ho ngheo dc tro giup phap ly mien phi ko, can ngheo thi sao', 'chi tiết');
    expect(brief!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    expect(brief).toContain('Hộ nghèo: Thành viên hộ nghèo được trợ giúp pháp lý miễn phí. Căn cứ: Luật Trợ giúp pháp lý số 11/2017/QH14, Điều 7 (đã kiểm tra).');
    expect(brief).toContain('Hộ cận nghèo: Áp dụng khi: Thành viên thuộc một trong các nhóm: người bị buộc tội; người cao tuổi');
    expect(brief).toContain('chứng minh khó khăn về tài chính (tham khảo)');
    expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
    expect(whole).toContain('(tư vấn pháp luật, tham gia tố tụng, đại diện ngoài tố tụng)');
  });
});

describe('the consent choice asked about again and again', () => {
  it('"chi tiet", "con gi nua ko", "la sao" after a household told: what each choice does, never the same reply twice in a row', async () => {
    const replies = await ask(
      'toi o Quang Tri, nha 6 mieng an, ong noi 80 tuoi, thu nhap 8 trieu, nha cap 4 dot nat, hong co nha ve sinh',
      'chi tiet',
      'con gi nua ko',
      'la sao',
    );
    for (let at = 1; at < replies.length; at += 1) expect(replies[at]).not.toBe(replies[at - 1]);
    expect(replies[2]).toContain('“Đồng ý lưu” là trợ lý nhớ câu trả lời tối đa 30 ngày');
    expect(replies[2]).toContain('“Không lưu” là vẫn kiểm tra, không lưu lại');
    expect(replies[2]!.length).toBeLessThan(300);
  });
});

describe('an amount asked of this year and the next in one message', () => {
  for (const question of [
    'Hộ có thu nhập bình quân đúng 1.500.000 đồng/người/tháng ở nông thôn, thiếu hụt 2 chỉ số, năm 2026 xếp loại gì? Sang năm 2027 thì sao?',
    'thu nhap 1tr5 1 nguoi o que, thieu 2 chi so, nam 2026 la ho j, nam 2027 thi sao',
  ]) {
    it(`"${question}": 2026 (line inclusive: hộ cận nghèo) and 2027 both`, async () => {
      const [answer] = await ask(question);
      expect(answer).toContain('theo chuẩn áp dụng ngày 07/12/2026');
      expect(answer).toContain('(mức ≤ 1.500.000 đồng): hộ cận nghèo vì thiếu hụt 2 chỉ số');
      expect(answer).toContain('Còn từ 01/01/2027');
      expect(answer).toContain('(mức ≤ 2.200.000 đồng)');
    });
  }
});
