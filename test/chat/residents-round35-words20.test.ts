/**
 * Round 35 words20: residents' conversations seen failing last round, in their own words (no diacritics, "ko", "z", "tui").
 * 1. A province said alone after the standard ("chuan ngheo 2027" then "o tp hcm"): the card again there, led by the city's own
 *    standard (rules/local/: no figure, chưa rõ) or by the line that the data has none of that province's; was "ngoài phạm vi".
 * 2. A small child's age in months ("con tui 18 thang tuoi chua co the bhyt", "be 18 thang"): an under-6 child, the card for
 *    children under 6 first; was every class's BHYT card, "không áp dụng cho người 0 tuổi".
 * 3. "nha tui moi bi dua ra khoi ds can ngheo, z bhyt con ko": the BHYT of households just off the list (the newly escaped
 *    line); was the card on being off the list. Then "z la sao": what can be asked of it, no "viết ngắn" notice.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'words20');

const OUT_OF_SCOPE = 'nằm ngoài phạm vi';

describe('a province said alone after the standard', () => {
  it.each([
    ['o tp hcm', 'Chuẩn riêng của TP.HCM'],
    ['o ha noi', 'Chuẩn riêng của Hà Nội'],
    ['tinh tui o sai gon', 'Chuẩn riêng của TP.HCM'],
  ])('"chuan ngheo 2027" then "%s": the 2027 card led by the city\'s own standard', async (asked, lead) => {
    const text = await after(['chuan ngheo 2027'], asked);
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text.startsWith(lead)).toBe(true);
    expect(text).toContain('trợ lý chưa có các mức thu nhập');
    expect(text).toContain('giai đoạn 2027–2030');
  });
  it.each([
    ['o da nang', 'thành phố Đà Nẵng'],
    ['tinh tui o can tho', 'thành phố Cần Thơ'],
    ['con o nghe an thi sao', 'tỉnh Nghệ An'],
  ])('"chuan ngheo 2027" then "%s": the national 2027 card, its own level not known', async (asked, province) => {
    const text = await after(['chuan ngheo 2027'], asked);
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).toContain(`chuẩn nghèo riêng của ${province} (nếu có; chưa rõ)`);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).toContain('giai đoạn 2027–2030');
  });
  // Round 42 resid45: what Hà Nội changes of the card (its own line, its own standard), no longer the same card again.
  it('"ho can ngheo dc bhyt ko" then "o ha noi": what Hà Nội changes of the BHYT card, with its own standard', async () => {
    const text = await after(['ho can ngheo dc bhyt ko'], 'o ha noi');
    expect(text.startsWith('Hỗ trợ đóng bảo hiểm y tế ở thành phố Hà Nội:'), text).toBe(true);
    expect(text).toContain('Hà Nội có chuẩn nghèo riêng từ năm 2026');
  });
});

describe('a small child\'s age in months', () => {
  it.each([
    ['con tui 18 thang tuoi chua co the bhyt'],
    ['be 18 thang co dc bhyt ko'],
    ['con tui 8 thang co dc bhyt mien phi ko'],
  ])('"%s": the card for children under 6 first', async (asked) => {
    const text = await first(asked);
    expect(text.startsWith('Cho trẻ em dưới 6 tuổi')).toBe(true);
    expect(text).not.toContain('người 0 tuổi');
  });
});

describe('BHYT just off the near-poor list, then "z la sao"', () => {
  const told = 'nha tui moi bi dua ra khoi ds can ngheo, z bhyt con ko';
  it(`"${told}": the newly escaped household's BHYT line`, async () => {
    const text = await first(told);
    expect(text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(text).toContain('Hộ mới thoát nghèo');
    expect(text).not.toContain('Hộ không có tên (hoặc không còn tên)');
  });
  it('"z la sao" after it: the card plainer and what can be asked, no "viết ngắn" notice', async () => {
    const text = await after([told], 'z la sao');
    expect(text).not.toContain('viết ngắn');
    expect(text).toContain('Bạn muốn hỏi thêm gì');
  });
  it('"z la sao" after a card with no plainer form: what can be asked, no "viết ngắn" notice', async () => {
    const text = await after(['nha tui bi loai khoi ds ho ngheo'], 'z la sao');
    expect(text).not.toContain('viết ngắn');
    expect(text).toContain('Bạn muốn hỏi thêm gì');
  });
});

describe('"con gi nua ko" and "dc bn tien" after an old person\'s pension card', () => {
  it('"ba noi tui 85 tuoi co dc tien ko" then "con gi nua ko": that person\'s other support, not every class\'s list', async () => {
    const text = await after(['ba noi tui 85 tuoi co dc tien ko'], 'con gi nua ko');
    expect(text).toContain('Trợ cấp xã hội hằng tháng');
    expect(text).not.toContain('Hộ có mức sống trung bình:');
    expect(text).not.toContain('Gõ 1, 2, 3 hoặc 4');
  });
  it('"ba noi tui 71 tuoi" then "con gi nua ko": nothing more by that age, the class lists a button away', async () => {
    const text = await after(['ba noi tui 71 tuoi'], 'con gi nua ko');
    expect(text).toContain('Theo độ tuổi bạn nói');
    expect(text).not.toContain('Gõ 1, 2, 3 hoặc 4');
  });
  it('"ba noi tui 71 tuoi" then "dc bn tien": the pension from 70, not the one from 75', async () => {
    const text = await after(['ba noi tui 71 tuoi'], 'dc bn tien');
    expect(text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)');
    expect(text).not.toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ)');
  });
});

describe('HIV and the registration fee (round 34 tryout misses)', () => {
  it.each([['tui bi HIV co dc ho tro j ko'], ['dang uong thuoc ARV, nha ngheo co dc ho tro gi ko']])(
    '"%s": no support of its own in the data, then the free legal aid',
    async (asked) => {
      const text = await first(asked);
      expect(text).toContain('hỗ trợ riêng cho người nhiễm HIV');
      expect(text).toContain('Trợ giúp pháp lý');
    },
  );
  it('"ong xa tui nhiem HIV, … co vo ho ngheo dc hong": the review still answers', async () => {
    const text = await first('ong xa tui nhiem HIV, tui nuoi 2 dua nho, thue tro, co vo ho ngheo dc hong');
    expect(text).not.toContain('hỗ trợ riêng cho người nhiễm HIV');
  });
  it('"phi truoc ba" after the housing card: the data has nothing on it, said plainly', async () => {
    const text = await after(['ho ngheo dc ho tro lam nha ko'], 'phi truoc ba');
    expect(text).toContain('lệ phí trước bạ');
    expect(text).not.toContain(OUT_OF_SCOPE);
  });
});
