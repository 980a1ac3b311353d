/**
 * Round 32 (helper "follow20"): residents' follow-ups after an answer, and while the consent button waits.
 * 1. "vay con lai ai tra" after the BHYT card, "ai ho tro" after the housing card: who pays/provides, from the card's own
 *    sentence, with status and whom to ask; was "không tìm thấy" and the general supports explainer.
 * 2. "ca hai dc ko" after the pension + monthly allowance answer: not in the data, said so; was "ngoài phạm vi".
 * 3. "giay to gi" after the disability entry: the allowance's place, papers not listed; was the review's papers.
 * 4. "chong tui nam vien, can ngheo, the bhyt dc ho tro bn": the premium card (≥70%); was the NQ 261 benefit card.
 * 5. "tach ho ngheo sao", "con tui lay vo roi tach ho, co dc ho ngheo rieng hong": the member-change entry; was a passage.
 * 6. While the consent waits: "bhyt tra bn phan tram" is a question, no household fact; "vo bi ung thu, ko co tien di vien"
 *    is no income of 0.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

async function chain(...messages: string[]): Promise<string> {
  harness = await openHarness({ now: DECEMBER });
  let text = '';
  for (const message of messages) text = (await harness.say(message)).text;
  return text;
}

describe('who pays, asked after a support card', () => {
  it('"vay con lai ai tra" after the near-poor BHYT card: the state\'s share from the card, the rest not known', async () => {
    const text = await chain('the bhyt ho can ngheo', 'vay con lai ai tra');
    expect(text).toContain('Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('do ai trả thì chưa rõ');
    expect(text).toContain(CADRE);
    expect(text).not.toContain('không tìm thấy');
  });

  it('"ai ho tro" after the housing card: the programme the card names, its status', async () => {
    const text = await chain('ho tro nha o ho ngheo', 'ai ho tro');
    expect(text).toContain('Chương trình mục tiêu quốc gia hợp nhất giai đoạn 2026–2035');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('the lender asked after the loan card', () => {
  it('"ai cho vay" names the bank the card says, not a passage', async () => {
    const text = await chain('vay von ho can ngheo', 'ai cho vay');
    expect(text).toContain('Hộ cận nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
    expect(text).toContain('(tham khảo)');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('"ca hai dc ko" after the pension and the monthly allowance', () => {
  it('says the data does not say whether both are had, and whom to ask', async () => {
    const text = await chain('me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang', 'ca hai dc ko');
    expect(text).toContain('Hưởng cùng lúc trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) và trợ cấp xã hội hằng tháng được hay không');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain(CADRE);
    expect(text).not.toContain('ngoài phạm vi');
  });
});

describe('"giay to gi" after the disability entry', () => {
  it('is the monthly allowance\'s place and that its papers are not listed, not the review\'s papers', async () => {
    const text = await chain('con tui bi khuyet tat nang co dc ho tro gi ko', 'giay to gi');
    expect(text).toContain('Trợ cấp xã hội hằng tháng');
    expect(text).toContain('nộp tờ khai đề nghị trợ cấp xã hội');
    expect(text).toContain('không có danh sách giấy tờ');
    expect(text).not.toContain('Mẫu số 04');
  });
});

describe('the card\'s fee asked beside a hospital stay', () => {
  it('"chong tui nam vien, can ngheo, the bhyt dc ho tro bn" is the premium card (at least 70%)', async () => {
    const text = await chain('chong tui nam vien, can ngheo, the bhyt dc ho tro bn');
    expect(text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(text).toContain('tối thiểu 70%');
    expect(text).not.toContain('Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15) (theo');
  });
});

describe('a household split asked', () => {
  it.each(['tach ho ngheo sao', 'con tui lay vo roi tach ho, co dc ho ngheo rieng hong'])('"%s" gets the member-change entry', async (asked) => {
    const text = await chain(asked);
    expect(text).toContain('Hộ có người mất, thêm người hay có người chuyển đi (thay đổi thành viên)');
    expect(text).toContain('(chưa rõ)');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('while the consent button waits', () => {
  const HOUSEHOLD = 'nha tui 4 nguoi o xa, thu nhap ca nha 5 trieu 1 thang';
  it('"bhyt tra bn phan tram" is answered as a question, not kept as the household\'s BHYT', async () => {
    const text = await chain(HOUSEHOLD, 'bhyt tra bn phan tram');
    expect(text).not.toContain('Bảo hiểm y tế: không thiếu hụt');
    expect(text).toContain('Mức hưởng bảo hiểm y tế');
    expect(text).toContain('Đồng ý lưu');
  });

  it('"vo bi ung thu, ko co tien di vien" is no income of 0: health support, the figures told kept', async () => {
    const text = await chain(HOUSEHOLD, 'vo bi ung thu, ko co tien di vien');
    expect(text).not.toContain('Thu nhập cả hộ: 0 đồng');
    expect(text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(text).toContain('Đồng ý lưu');
  });
});
