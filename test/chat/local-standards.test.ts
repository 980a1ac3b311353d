/**
 * Hà Nội and TP.HCM apply their own multidimensional standards for the cities' own supports from 2026 (updates-2026.md,
 * [M]: "tham khảo", with the source; their figures are [?]). A resident naming the city ("o sai gon", "tp hcm", "ha noi",
 * "hn") gets the national answer (standard, class, support) and, with it, that the city has its own standard for its
 * supports, its source, that the assistant has none of its figures, and whom to ask in the commune or ward; its document
 * after "chi tiết" (round 40 short34: the note in brief to residents, whole to a question written out in full).
 * The data is rules/local/ (appliesTo: province_supports); the names are the one province vocabulary (lexicon provinces.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(() => harness?.close());

const HCM = 'TP.HCM áp dụng chuẩn nghèo đa chiều riêng cho các chính sách hỗ trợ của thành phố (tham khảo; căn cứ: Nghị quyết 75/2025/NQ-HĐND';
const HANOI = 'Hà Nội áp dụng chuẩn nghèo đa chiều riêng cho các chính sách hỗ trợ của thành phố (tham khảo; căn cứ: nghị quyết của HĐND thành phố Hà Nội, số hiệu chưa rõ)';
const WARD = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã/phường';

/** The note said to a resident in brief (round 40 short34): its status, no figure, its source, whom to ask; its document after "chi tiết". */
const briefOf = (city: string) => `${city} có chuẩn nghèo riêng từ năm 2026 cho các hỗ trợ của thành phố (tham khảo), chưa rõ các mức.`;

/** The part of an answer about the city's own standard: no figure of it (none is known), its source, whom to ask. */
function expectCityNote(text: string, city: string, sentence: string): void {
  expect(text).toContain(sentence);
  const brief = sentence === briefOf(city);
  const note = text.slice(text.indexOf(`Chuẩn riêng của ${city}`), text.indexOf(WARD) + WARD.length);
  expect(note).toContain(brief ? 'chưa rõ các mức' : 'trợ lý chưa có các mức thu nhập và chỉ số của chuẩn này (chưa rõ)');
  expect(note).toMatch(/Nguồn: .+\./);
  expect(note).toContain(brief ? 'theo chuẩn quốc gia' : 'theo chuẩn nghèo quốc gia');
  expect(note).not.toMatch(/\d[\d.]*\s*(?:đồng|triệu|%)/);
  // Said once, not again among the standard card's notes.
  expect(text.split(sentence)).toHaveLength(2);
}

describe('a city with its own standard, named by a resident', () => {
  it('"o sai gon chuan ngheo co khac ko": the national urban line, and TP.HCM’s own standard for its supports', async () => {
    const { text } = await harness.say('o sai gon chuan ngheo co khac ko', 'saigon');
    expectCityNote(text, 'TP.HCM', briefOf('TP.HCM'));
    // The whole note, its document, after "chi tiết" (round 40 short34).
    expectCityNote((await harness.say('chi tiết', 'saigon')).text, 'TP.HCM', HCM);
    expect(text).toContain('≤ 2.000.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(text.indexOf(HCM)).toBeLessThan(text.indexOf('2.000.000 đồng'));
  });

  it('"tp hcm co chuan rieng hok": answered (was "không tìm thấy"), with the national standard', async () => {
    const { text } = await harness.say('tp hcm co chuan rieng hok');
    expect(text).not.toContain('không tìm thấy');
    expectCityNote(text, 'TP.HCM', briefOf('TP.HCM'));
    // Round 38 (short30): the urban figures with their source (was the whole card under the note, about 3.900 characters).
    expect(text.toLowerCase()).toContain('chuẩn nghèo đa chiều năm 2026');
    expect(text).toContain('Chuẩn nghèo thành thị áp dụng hôm nay');
  });

  it('"ho thoat ngheo o ha noi con dc bhyt ko": the BHYT card for households that left poverty, and Hà Nội’s own standard', async () => {
    const { text } = await harness.say('ho thoat ngheo o ha noi con dc bhyt ko', 'bhyt');
    expectCityNote(text, 'Hà Nội', briefOf('Hà Nội'));
    expectCityNote((await harness.say('chi tiết', 'bhyt')).text, 'Hà Nội', HANOI);
    expect(text).toContain('Hộ mới thoát nghèo: Không có mức hỗ trợ chung cả nước');
    expect(text).toContain('Hà Nội hỗ trợ 100% trong 36 tháng từ 01/01/2026');
  });

  it('"nha tui o ha noi thu nhap 3 trieu/nguoi co phai ho ngheo ko": the check by the national standard, Hà Nội’s said before and with the result', async () => {
    const told = await harness.say('nha tui o ha noi thu nhap 3 trieu/nguoi co phai ho ngheo ko', 'hanoi');
    expect(told.text).toContain('3.000.000 đồng/người/tháng');
    // Round 43 (resid46): the note in one line under the class said first: status, basis, no figure, the national standard, whom to ask.
    // Round 44 (resid49): the document before the status, "kết quả trên theo chuẩn quốc gia".
    expect(told.text).toContain('Hà Nội có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (nghị quyết của HĐND thành phố Hà Nội, số hiệu chưa rõ; tham khảo), chưa rõ các mức; kết quả trên theo chuẩn quốc gia.');
    expect(told.text).toContain(WARD);
    let turn = await harness.say('Không lưu', 'hanoi');
    for (const answer of ['thanh thi', '4']) if (!turn.text.includes('Kết quả sàng lọc')) turn = await harness.say(answer, 'hanoi');
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('ko', 'hanoi');
    // 3.000.000 đồng/người, urban, 2026 (NĐ 07/2021 kept): > 2.000.000 and ≤ 3.000.000 → hộ có mức sống trung bình.
    expect(turn.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    // Round 44 (resid49): on the result's first screen in one line with whom to ask; the whole note (HANOI) in "Chi tiết".
    expect(turn.text).toContain('Hà Nội có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (tham khảo), chưa rõ các mức; kết quả trên theo chuẩn quốc gia.');
    expect(turn.text).toContain(WARD);
    expect((await harness.say('chi tiết', 'hanoi')).text).toContain(HANOI);
  });

  it('"hn", "tphcm" are the cities too; a question naming neither gets no city note', async () => {
    expect((await harness.say('o hn chuan ngheo bao nhieu')).text).toContain(briefOf('Hà Nội'));
    expect((await harness.say('chuan ngheo tphcm co khac cho khac ko')).text).toContain(briefOf('TP.HCM'));
    const plain = (await harness.say('chuan ngheo bao nhieu')).text;
    expect(plain).not.toContain('Chuẩn riêng của');
    expect(plain).not.toContain(WARD);
  });
});
