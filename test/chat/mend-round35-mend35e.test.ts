/**
 * Round 35 (mend35e, 06/12/2026): residents' questions still answered wrongly, in their words.
 * - "chau tui mo coi cha me, o voi ong ba, co dc ho tro j ko": was every class's list alone; rules/supports has no line for
 *   orphans (social_assistance names other groups), so that is said, with whom to ask, then the list (round 36 words22: then the
 *   monthly allowance card of NĐ 20/2021, the data's nearest; test/chat/words-round36-words22.test.ts).
 * - "con tui 8 thang dc ho tro j ko": was every class's list ("con tui" read "con tôi"); now the young-children entry, the under-6
 *   BHYT line first.
 * - "ong tui bi gout co dc tro cap ko": was a passage on school fees; now the monthly allowance card, as "… ung thu co dc tro cap
 *   hang thang ko" gets.
 * - "vo chong tui o que, con tui di lam o sai gon, ko co bhyt": was the BHYT card; the member away is a fact of the household too,
 *   so the check starts (the member-away rule said).
 * - A cadre's "Tỷ lệ hộ nghèo đa chiều của xã tính thế nào": was a province resolution's passage; no source in corpus/, rules/ or
 *   the facts says how a place's rate is computed, so that is said, with whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round35-mend35e');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const LIST = 'Các chính sách hỗ trợ theo loại hộ';
const ALLOWANCE = 'Trợ cấp xã hội hằng tháng';

describe('an orphan raised by grandparents', () => {
  it.each(['chau tui mo coi cha me, o voi ong ba, co dc ho tro j ko', 'chau tui mat cha me, dc ho tro gi ko'])('"%s": no line for orphans said, whom to ask, then the monthly allowance', async (text) => {
    const first = await in2026.first(text);
    expect(first.startsWith('Thông tin về hỗ trợ riêng cho trẻ em mồ côi không có trong dữ liệu của trợ lý')).toBe(true);
    expect(first.indexOf(CADRE)).toBeLessThan(first.indexOf(ALLOWANCE));
    expect(first).not.toContain(LIST);
    expect(first).toContain('Hộ cận nghèo: ');
  });
});

describe('a child in months asking what it gets', () => {
  it('"con tui 8 thang dc ho tro j ko": the young-children entry, the under-6 BHYT line first (tham khảo)', async () => {
    // In brief since round 36 (short27), the whole entry after "chi tiết".
    const [first, detail] = (await in2026.ask('con tui 8 thang dc ho tro j ko', 'chi tiết')) as [string, string];
    expect(first.startsWith('Trẻ em dưới 6 tuổi được hỗ trợ gì')).toBe(true);
    expect(first.split('\n')[1]).toContain('Bảo hiểm y tế: trẻ dưới 6 tuổi được ngân sách nhà nước đóng bảo hiểm y tế, dù hộ thuộc loại nào');
    expect(first).toContain('(tham khảo)');
    expect(first).not.toContain(LIST);
    expect(detail).toContain('trẻ em dưới 6 tuổi thuộc nhóm được ngân sách nhà nước đóng bảo hiểm y tế, dù hộ thuộc loại nào');
  });
});

describe('an allowance asked for a member ill', () => {
  it.each(['ong tui bi gout co dc tro cap ko', 'ong tui bi benh nang co dc tro cap ko'])('"%s": the monthly allowance card, never a passage', async (text) => {
    const first = await in2026.first(text);
    expect(first.startsWith('Trợ cấp xã hội hằng tháng')).toBe(true);
    expect(first).toContain('Nghị định 20/2021/NĐ-CP');
    expect(first).not.toContain('học phí');
    expect(first).not.toContain('Theo văn bản');
  });

  it('guard: "me tui bi tai bien nam 1 cho co dc tro cap j ko" keeps the disability entry', async () => {
    expect((await in2026.first('me tui bi tai bien nam 1 cho co dc tro cap j ko')).startsWith('Người khuyết tật')).toBe(true);
  });
});

describe('a household told with a member away and a lack', () => {
  it('"vo chong tui o que, con tui di lam o sai gon, ko co bhyt": the check starts, the lack and the member away read', async () => {
    const first = await in2026.first('vo chong tui o que, con tui di lam o sai gon, ko co bhyt');
    expect(first).toContain('Mình hiểu: ');
    expect(first).toContain('Số người: 2; Bảo hiểm y tế: thiếu hụt');
    expect(first).toContain('Chưa tính 1 người đó');
    expect(first).not.toContain('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách');
  });
});

describe('a cadre asking how a commune\'s rate is computed', () => {
  it('"Tỷ lệ hộ nghèo đa chiều của xã tính thế nào": no source holds it, said so with whom to ask (never a province\'s passage)', async () => {
    const first = await in2026.first('Tỷ lệ hộ nghèo đa chiều của xã tính thế nào');
    expect(first.startsWith('Thông tin về cách tính tỷ lệ hộ nghèo của một địa bàn')).toBe(true);
    expect(first).toContain(CADRE);
    expect(first).not.toContain('Theo văn bản');
  });
});
