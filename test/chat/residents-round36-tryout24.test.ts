/**
 * Round 36 tryout24: 25 residents trying the terminal chat on a cheap phone, in their own words (no diacritics, "ko", "j", "dc",
 * "bn", "tui", Southern "ghe" for a boat).
 * 1. Meals and food ("co dc tien an o ko", "tui ko co tien mua gao", "gao cuu tro co ko"): that the data has no such support
 *    (no figure), whom to ask; were "ngoài phạm vi" or an explainer's meal money of vocational courses (30.000 đồng/ngày học).
 * 2. A fisherman's boat ("ghe tui bi hu roi, tui di bien", "co dc ho tro sua ghe ko"): the livelihood card (its amounts chưa rõ);
 *    were "ngoài phạm vi" and an explainer's house repair money of the 2021–2025 programme.
 * 3. A loss told with no question ("nha tui bi lu cuon het roi", "tui di lam o sai gon bi mat viec ve que"): the review after a
 *    sudden hardship; was "ngoài phạm vi".
 * 4. "vo tui benh ung thu, ton tien qua": no word of fees for papers; was "lệ phí, chi phí làm giấy tờ không có trong dữ liệu".
 * 5. Refused, "khieu nai cho ai": the entry on disputing the review's result (written answer with reasons; how to complain not in
 *    the data); was "tố cáo, khiếu nại cán bộ". "ko dong y thi lam sao" after "bao lau thi dc tra loi": the same; was "ngoài phạm vi".
 * 6. "lam sao nhan" after the electricity card: where it is done (UBND cấp xã); was an explainer of QĐ 24/2021 found by search.
 * 7. "tui gia roi ko biet chu, ai giup tui lam giay to": the procedure in brief (where to file), under 1.000 characters; was the
 *    whole card (1.722 characters).
 * 8. "con thieu j" at a question of the check: how many questions are left and about what, then the question; was "Mình chưa hiểu".
 * 9. An orphan's "chau tui mo coi cha me o voi tui": "Chia sẻ", "Báo sai" once under the answer; were shown twice.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** What the chat says to `asked`, after the earlier messages, in a conversation of its own (06/12/2026). */
const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r36-tryout24');

const OUT_OF_SCOPE = 'nằm ngoài phạm vi';

describe('meals and food asked', () => {
  it.each([['co dc tien an o ko'], ['ho ngheo co dc ho tro tien an ko'], ['tui ko co tien mua gao'], ['gao cuu tro co ko']])(
    '"%s" says the data has no meal or food support, no figure, and whom to ask',
    async (asked) => {
      const text = await after([], asked);
      expect(text).toContain('hỗ trợ tiền ăn, gạo, lương thực');
      expect(text).toContain('không có trong dữ liệu');
      expect(text).toContain('UBND cấp xã');
      expect(text).not.toContain(OUT_OF_SCOPE);
      expect(text).not.toMatch(/\d{2}\.000 đồng/);
    },
  );
  it('a preschool child\'s meals keep the lunch card ("be nha tui hoc mau giao, ho ngheo dc ho tro tien an ko")', async () => {
    const text = await after([], 'be nha tui hoc mau giao, ho ngheo dc ho tro tien an ko');
    expect(text).toContain('160.000 đồng');
    expect(text).not.toContain('hỗ trợ tiền ăn, gạo, lương thực');
  });
});

describe("a fisherman's boat", () => {
  it.each([['ghe tui bi hu roi, tui di bien'], ['co dc ho tro sua ghe ko']])('"%s" gets the livelihood card, no house repair money', async (asked) => {
    const text = await after([], asked);
    expect(text).toContain('Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).not.toContain('20.000.000 đồng để sửa chữa nhà');
  });
});

describe('a loss told with no question', () => {
  it.each([['nha tui bi lu cuon het roi'], ['tui di lam o sai gon bi mat viec ve que']])('"%s" gets the review after a sudden hardship', async (asked) => {
    const text = await after([], asked);
    expect(text).toContain('không phải chờ rà soát cuối năm'); // in brief since round 36 short27
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain(OUT_OF_SCOPE);
  });
});

describe('an illness that costs money', () => {
  it('"vo tui benh ung thu, ton tien qua, nha ko con j" says nothing of fees for papers', async () => {
    const text = await after([], 'vo tui benh ung thu, ton tien qua, nha ko con j');
    expect(text).not.toContain('lệ phí, chi phí làm giấy tờ');
  });
});

describe('refused, whom to complain to', () => {
  it('"tui bi tu choi ho ngheo, khieu nai cho ai" gets the entry on disputing the result, not a complaint about an official', async () => {
    const text = await after([], 'tui bi tu choi ho ngheo, khieu nai cho ai');
    expect(text).toContain('trả lời bằng văn bản và nêu rõ lý do');
    expect(text).not.toContain('tố cáo, khiếu nại cán bộ');
  });
  it('"ko dong y thi lam sao" after "bao lau thi dc tra loi" disputes the result', async () => {
    const text = await after(['tui bi tu choi ho ngheo, khieu nai cho ai', 'bao lau thi dc tra loi'], 'ko dong y thi lam sao');
    expect(text).toContain('trả lời bằng văn bản và nêu rõ lý do');
    expect(text).not.toContain(OUT_OF_SCOPE);
  });
});

describe('"lam sao nhan" after a support card', () => {
  it('after the electricity card says where it is done (UBND cấp xã), not the explainer of QĐ 24/2021', async () => {
    const text = await after(['ho ngheo co dc ho tro tien dien ko', 'moi thang dc bn'], 'lam sao nhan');
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('an old person who cannot read', () => {
  it('"tui gia roi ko biet chu, ai giup tui lam giay to" gets the procedure in brief, where to file first, on a phone', async () => {
    const text = await after([], 'tui gia roi ko biet chu, ai giup tui lam giay to');
    expect(text).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text.length).toBeLessThan(1000);
  });
});

describe('"con thieu j" in the check', () => {
  it('at the area question says how many questions are left and about what, then asks it again', async () => {
    const text = await after(['kiem tra ho ngheo', 'co'], 'con thieu j');
    expect(text).toMatch(/Còn 15 câu nữa \(từ câu 1\/15\): khu vực \(nông thôn hay thành thị\), số người, thu nhập, 12 câu về điều kiện sống \(việc làm,/);
    expect(text).toContain('Câu 1/15. Hộ gia đình bạn sống ở nông thôn hay thành thị?');
    expect(text).not.toContain('Mình chưa hiểu');
  });
  it('at a living-conditions question counts only those left', async () => {
    const text = await after(['kiem tra ho ngheo', 'co', '4 nguoi, nong thon, thu nhap 6 trieu 1 thang'], 'con may cau nua');
    expect(text).toMatch(/Còn 12 câu nữa \(từ câu 4\/15\): 12 câu về điều kiện sống/);
  });
});

describe('an orphan', () => {
  it('"chau tui mo coi cha me o voi tui" has "Chia sẻ" and "Báo sai" once', async () => {
    const text = await after([], 'chau tui mo coi cha me o voi tui');
    expect(text).toContain('trẻ em mồ côi');
    expect(text.match(/Chia sẻ/g)?.length).toBe(1);
    expect(text.match(/Báo sai/g)?.length).toBe(1);
  });
});

describe('a follow-up answered from the reply above', () => {
  it('"vay co bi tinh la thieu ko" after the telecom indicator keeps both quotation marks of a name it quotes', async () => {
    const text = await after(['ko co dien thoai, ko co mang thi sao', 'nha tui ko co ai xai dien thoai'], 'vay co bi tinh la thieu ko');
    expect(text).toContain('Về câu bạn vừa hỏi');
    expect(text).not.toMatch(/• [^“\n]*”/);
  });
});
