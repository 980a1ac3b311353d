/**
 * Round 43 (resid46, 07/12/2026): a household told in one message (income, people, place) gets its class by income first, in the
 * one area told or taken, before the consent question, all within a phone's 1.000 characters. Was both areas under both standards
 * worked out, "Mình hiểu: …" repeating the income, TP.HCM's whole note and the consent (~1.300–2.000 characters), or no class at
 * all when nothing was asked ("nha tui 3 nguoi, thu nhap 6 trieu/thang o nong thon").
 * Lines checked against ../shared/facts/updates-2026.md: in 2026 the 2022–2025 lines continue (1.500.000 / 2.000.000 đồng, middle
 * band 2.250.000 / 3.000.000 đồng) under NĐ 351/2025 [M]; from 01/01/2027 2.200.000 / 2.800.000 đồng [M], the middle band [?].
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, expectBriefConsent } from './harness.ts';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

// 07/12/2026, 10:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid46');

const NOW = 'theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo), hộ bạn là';
const NEXT = 'Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo): ';
const NEAR_POOR = 'hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên';
const CONSENT = 'thông tin cá nhân nhạy cảm';

/** The first answer to a household told in one message: the class first, one area, the 2027 sentence, the consent in brief, on a phone. */
async function classFirst(told: string, perPerson: string, area: 'nông thôn' | 'thành thị'): Promise<string> {
  const reply = await first(told);
  expect(reply.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  // The class is the first line, with the income per person (said once) and the area.
  expect(reply.startsWith('Thu nhập ')).toBe(true);
  const [line] = reply.split('\n');
  // Round 44 (resid49): the line compared said between the area and the standard ("dưới mức 2.000.000 đồng ").
  expect(line).toMatch(new RegExp(`${perPerson}/người/tháng, ở ${area}, (?:(?:dưới|bằng|trên) mức [\\d.]+ đồng )?${NOW.replace(/[()]/g, '\\$&')}`));
  // Said once as the income (round 44 resid49: a line compared may be the same figure, "bằng mức 1.500.000 đồng").
  expect(reply.split(`${perPerson}/người`)).toHaveLength(2);
  // One area worked out, not both; the next standard in one sentence.
  expect(reply).not.toContain(`ở ${area === 'nông thôn' ? 'thành thị' : 'nông thôn'}`);
  expect(reply.split('Từ 01/01/2027')).toHaveLength(2);
  expect(reply).toContain(NEXT);
  // Nothing said again before the consent, which is the brief one and comes last.
  expect(reply).not.toContain('Mình hiểu');
  expectBriefConsent(reply);
  expect(reply.indexOf(NEXT)).toBeLessThan(reply.indexOf(CONSENT));
  return reply;
}

describe('a resident tells the household in one message: the class by income first, before the consent', () => {
  it('"nha tui o tphcm thu nhap 2tr5 1 nguoi co phai ho ngheo ko": urban (TP.HCM), hộ có mức sống trung bình; TP.HCM in one line', async () => {
    const reply = await classFirst('nha tui o tphcm thu nhap 2tr5 1 nguoi co phai ho ngheo ko', '2.500.000 đồng', 'thành thị');
    expect(reply).toContain(`${NOW} hộ có mức sống trung bình.`);
    // 2.500.000 ≤ 2.800.000 đồng (urban, 2027–2030).
    expect(reply).toContain(`${NEXT}${NEAR_POOR}.`);
    // TP.HCM's own standard in one line, with its status, basis, no figure, and whom to ask (was a block of ~560 characters).
    const own = reply.split('\n').find((line) => line.startsWith('TP.HCM có chuẩn nghèo riêng'));
    expect(own).toBe(
      'TP.HCM có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (Nghị quyết 75/2025/NQ-HĐND của HĐND TP.HCM; tham khảo), chưa rõ các mức; kết quả trên theo chuẩn quốc gia. Hỏi chắc: cán bộ phụ trách giảm nghèo ở UBND cấp xã/phường.',
    );
    expect(reply).not.toContain('Chuẩn riêng của TP.HCM');
  });

  it('"nha tui 5 nguoi o ben tre, lam ruong thu nhap khoang 6 trieu 1 thang co dc ho can ngheo ko": 6 triệu ÷ 5, rural assumed and said', async () => {
    const reply = await classFirst('nha tui 5 nguoi o ben tre, lam ruong thu nhap khoang 6 trieu 1 thang co dc ho can ngheo ko', '1.200.000 đồng', 'nông thôn');
    expect(reply).toContain('Thu nhập cả hộ: 6.000.000 đồng/tháng ÷ 5 người = 1.200.000 đồng/người/tháng, ở nông thôn');
    expect(reply).toContain(`${NOW} ${NEAR_POOR}. Mình tính theo mức nông thôn; nếu nhà ở phường thì cũng vậy.`);
    // The same class from 2027 said once (round 44 resid49).
    expect(reply).toContain(`${NEXT}như trên.`);
  });

  it('"tui o ca mau, nha 4 nguoi, thu nhap 4tr/thang, co phai ho ngheo hok": 1.000.000 đồng/người, a province with no city word: rural assumed', async () => {
    const reply = await classFirst('tui o ca mau, nha 4 nguoi, thu nhap 4tr/thang, co phai ho ngheo hok', '1.000.000 đồng', 'nông thôn');
    expect(reply).toContain('4.000.000 đồng/tháng ÷ 4 người = 1.000.000 đồng/người/tháng');
    expect(reply).toContain('Mình tính theo mức nông thôn; nếu nhà ở phường thì cũng vậy.');
  });

  it('"nha tui 3 nguoi, thu nhap 6 trieu/thang o nong thon", nothing asked: 2.000.000 đồng/người, rural told (was no class at all)', async () => {
    const reply = await classFirst('nha tui 3 nguoi, thu nhap 6 trieu/thang o nong thon', '2.000.000 đồng', 'nông thôn');
    // > 1.500.000 and ≤ 2.250.000 đồng (rural, 2026): the middle band; ≤ 2.200.000 đồng from 2027.
    expect(reply).toContain(`${NOW} hộ có mức sống trung bình.`);
    expect(reply).toContain(`${NEXT}${NEAR_POOR}.`);
    expect(reply).not.toContain('Mình tính theo mức');
  });

  it('"2 vo chong voi 3 dua con o phuong, thu nhap 7 trieu 1 thang la ho j": the members counted, the ward is urban', async () => {
    const reply = await classFirst('2 vo chong voi 3 dua con o phuong, thu nhap 7 trieu 1 thang la ho j', '1.400.000 đồng', 'thành thị');
    expect(reply).toContain(`7.000.000 đồng/tháng ÷ 5 người = 1.400.000 đồng/người/tháng, ở thành thị, dưới mức 2.000.000 đồng ${NOW} ${NEAR_POOR}.`);
  });

  it('"nha tui o ha noi thu nhap 3 trieu/nguoi co phai ho ngheo ko": from 2027 above the line, the middle band not known, whom to ask', async () => {
    const reply = await classFirst('nha tui o ha noi thu nhap 3 trieu/nguoi co phai ho ngheo ko', '3.000.000 đồng', 'thành thị');
    expect(reply).toContain(`${NOW} hộ có mức sống trung bình.`);
    expect(reply).toContain(`${NEXT}không thuộc diện hộ nghèo, hộ cận nghèo; có là hộ có mức sống trung bình hay không: chưa rõ.`);
    expect(reply).toContain('Hà Nội có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (nghị quyết của HĐND thành phố Hà Nội, số hiệu chưa rõ; tham khảo)');
    expect(reply).toContain('Hỏi chắc: cán bộ phụ trách giảm nghèo ở UBND cấp xã/phường.');
  });

  it('"nha tui 3 nguoi, thu nhap 6 trieu/thang o thi xa": urban taken, whether ward or commune still asked', async () => {
    const reply = await classFirst('nha tui 3 nguoi, thu nhap 6 trieu/thang o thi xa', '2.000.000 đồng', 'thành thị');
    expect(reply).toContain(`${NOW} ${NEAR_POOR}.`);
    expect(reply).toContain('Hộ đang ở phường (thành thị) hay xã (nông thôn)?');
  });
});

describe('a cadre writes a household out in full: the same class first', () => {
  it('"Hộ 4 nhân khẩu ở xã, tổng thu nhập của hộ 6 triệu đồng/tháng, đề nghị cho biết hộ thuộc diện gì?": 1.500.000 đồng/người, at the rural line', async () => {
    const reply = await classFirst('Hộ 4 nhân khẩu ở xã, tổng thu nhập của hộ 6 triệu đồng/tháng, đề nghị cho biết hộ thuộc diện gì?', '1.500.000 đồng', 'nông thôn');
    // ≤ 1.500.000 đồng (rural, 2026): near-poor, poor with 3 deprivations.
    expect(reply).toContain(`6.000.000 đồng/tháng ÷ 4 người = 1.500.000 đồng/người/tháng, ở nông thôn, bằng mức 1.500.000 đồng ${NOW} ${NEAR_POOR}.`);
    expect(reply).not.toContain('Mình tính theo mức');
  });
});
