/**
 * Round 33 chains22: the residents' tryout20 chains (a follow-up typed after a card), in their own words.
 * 1. "theo quyet dinh 14 2025 con dc ko" after the electricity card: whether it still applies under that decision is not known,
 *    then "ai tra tien" who pays per the card; were a search explainer on other supports, then "ngoài phạm vi".
 * 2. "lam thu tuc o dau" after the loan card: where the loan is filed (Tổ tiết kiệm và vay vốn, Ngân hàng Chính sách xã hội);
 *    was the recognition procedure (Giấy đề nghị, Mẫu số 04).
 * 3. "di hoc xa co dc tien xe ko" after the training card: QĐ 46/2015's travel money until 31/12/2025, whether it still applies
 *    not known; was the tuition card.
 * 4. "bn tien" after the disability answer given while the consent question waits: the allowance's amount from that answer
 *    (500.000 đồng × hệ số, tham khảo), then the consent choice in one line; was the consent question alone.
 * 5. "nam nay co ra soat ho ngheo ko": the yearly window and where today falls, not known for 2026, where to file, the steps
 *    one question away; was the whole procedure card.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-06T03:00:00Z');

/** What the chat says to each of `asked`, after the messages of `first` (06/12/2026). */
async function after(first: readonly string[], ...asked: string[]): Promise<string[]> {
  harness = await openHarness({ now: DECEMBER });
  for (const message of first) await harness.say(message);
  const said: string[] = [];
  for (const message of asked) said.push((await harness.say(message)).text);
  return said;
}

const ELECTRICITY = 'tien dien ho ngheo dc ho tro bn kwh';

describe('the basis named after the electricity card', () => {
  it.each(['theo quyet dinh 14 2025 con dc ko', 'theo qd 14/2025 con dc ko', 'theo QĐ 14/2025/QĐ-TTg thì còn ko'])(
    '"%s" says whether it still applies is not known, then "ai tra tien" says who pays per the card',
    async (asked) => {
      const [still, payer] = await after([ELECTRICITY], asked, 'ai tra tien');
      expect(still).toContain('Về hỗ trợ tiền điện cho hộ nghèo (câu bạn vừa hỏi)');
      expect(still).toContain('còn hỗ trợ hay không và từ khi nào chưa rõ');
      expect(still).not.toContain('Giải thích ngắn');
      expect(payer).toContain('nơi làm: UBND cấp xã');
      expect(payer).not.toContain('nằm ngoài phạm vi');
    },
  );
});

describe('where the papers are filed, after the loan card', () => {
  it.each([
    ['ho can ngheo vay von ngan hang csxh dc bn tien', 'lam thu tuc o dau'],
    ['vay von ho ngheo', 'vay thi lam thu tuc o dau'],
    ['nha tui vua thoat ngheo nam ngoai, vay von dc ko', 'thu tuc lam o dau'],
  ])('"%s" then "%s" says the loan is filed at the Tổ tiết kiệm và vay vốn or the bank, not the recognition procedure', async (first, asked) => {
    const [where] = await after([first], asked);
    expect(where).toContain('nơi làm: Tổ tiết kiệm và vay vốn tại thôn, hoặc điểm giao dịch của Ngân hàng Chính sách xã hội tại xã');
    expect(where).not.toContain('Mẫu số 04');
  });
});

describe('the travel money asked after the training card', () => {
  it.each([
    [['ho ngheo co dc ho tro hoc nghe ko', 'bn tien'], 'di hoc xa co dc tien xe ko'],
    [['ho can ngheo hoc nghe dc ho tro j'], 'co tien xe ko'],
    [['ho ngheo co dc ho tro hoc nghe ko'], 'hoc xa dc ho tro di lai bn'],
  ])('%j then "%s" says QĐ 46/2015 figures until 31/12/2025 and that they still apply is not known', async (first, asked) => {
    const [travel] = await after(first, asked);
    expect(travel).toContain('Đến 31/12/2025, theo Quyết định 46/2015/QĐ-TTg (đã kiểm tra): Tiền đi lại khi nơi học cách nơi ở từ 15 km trở lên: 200.000 đồng/người/khóa');
    expect(travel).toContain('Từ 01/01/2026: mức này còn áp dụng hay không chưa rõ');
    expect(travel).not.toContain('Miễn học phí');
  });
});

describe('how much, asked after the disability answer while the consent question waits', () => {
  const HOUSEHOLD = 'nha tui co 3 nguoi, tui bi tai nan liet nua nguoi, vo ban ve so, thu nhap 2 trieu 1 thang o tp';
  it.each(['bn tien', 'dc bn', 'muc bn'])('"%s" says the allowance from the answer, then the choice again in one line', async (asked) => {
    const [amount] = await after([HOUSEHOLD, 'tui dc tro cap khuyet tat ko'], asked);
    expect(amount).toContain('500.000 đồng/tháng từ 01/07/2024');
    expect(amount).toContain('(tham khảo)');
    expect(amount).toContain('(Bạn chưa chọn: “Đồng ý lưu” / “Không lưu” để bắt đầu kiểm tra.)');
    expect((amount ?? '').length).toBeLessThan(1200);
  });
});

describe('whether there is a review this year', () => {
  it.each([[[], 'nam nay co ra soat ho ngheo ko'], [['chuan ngheo nam 2026 la bn'], 'nam nay co ra soat ho ngheo ko'], [[], 'nam nay xa co binh xet ho ngheo ko']])(
    '%j then "%s" says the yearly window and today, where to file, and the steps one question away',
    async (first, asked) => {
      const [review] = await after(first, asked);
      expect(review).toMatch(/^Hôm nay 06\/12\/2026: theo Quyết định 24\/2021\/QĐ-TTg \(rà soát định kỳ từ 01\/09 đến 14\/12 hằng năm\)/);
      expect(review).toContain('lịch rà soát năm 2026 chưa rõ');
      expect(review).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”');
      expect(review).not.toContain('gồm 6 bước');
    },
  );
});
