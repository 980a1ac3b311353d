/**
 * Round 44 rumour49, on 07/12/2026: rumours and doubts about supports as residents type them on Zalo.
 * Expectations from rules/ and /work/shared/facts (updates-2026.md wins):
 * - A rumour about a support gets its verdict first (Đúng / Không đúng / Đúng một phần / Chưa xác nhận được, round 45 rumour50: was "Chưa rõ theo dữ liệu"), the line with its
 *   status, and whom to ask (cán bộ phụ trách giảm nghèo ở UBND cấp xã); were the support's card, no yes or no.
 * - Right after it, "that ko ad", "co chac ko", "ai noi vay", "nghe o xa noi ma" say the verdict again in brief with its source
 *   (were "ngoài phạm vi" or a plan's passage on loans found by search; only the standard's rumours had it).
 * - Electricity: QĐ 14/2025/QĐ-TTg replaced QĐ 28/2014; whether the poor households' support goes on, and its amount: [?].
 * - Social pension (NĐ 176/2025): poor and near-poor members of 70 to under 75 [M], monthly amount [?].
 * - Policy loans: preferential credit with interest (6,6 %/năm last published for the poor [M]; 2026 rate [?]): never free.
 * - Housing from 2026: the 2026–2035 programme, amount [?]; BHYT of the newly escaped: some provinces only [M].
 * - A caller asking for a bank account or a link asking for CCCD: the scam warning first.
 */
import { describe, expect, it } from 'vitest';
import { scoreRouting } from '../eval/routing.ts';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-rumour49');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const AGAIN = 'Trợ lý trả lời theo dữ liệu chính sách, không theo tin đồn; câu trả lời vẫn như trên';
/** What a phone shows before the choices. */
const shown = (text: string) => text.split('\n\n').filter((part) => !part.startsWith('Bạn có thể gõ:')).join('\n\n');

describe('a support rumour doubted right after its verdict: the verdict again, in brief, with its source', () => {
  const cases: [string, RegExp, string][] = [
    ['nghe noi ho can ngheo dc mien 100% bhyt ha', /^Đúng một phần/, 'Căn cứ: Nghị quyết 261/2025/QH15'],
    ['ho ngheo dc cap tien dien 100 ngan/thang dung ko', /^Chưa xác nhận được: mức 100\.000 đồng của hỗ trợ tiền điện/, 'Quyết định 14/2025/QĐ-TTg'],
    ['nguoi gia 70 tuoi dc lanh tien hang thang ha', /^Đúng một phần/, 'Căn cứ: Nghị định 176/2025/NĐ-CP'],
    ['vay von ho ngheo ko can tra lai ha', /^Không đúng/, 'Căn cứ: Nghị định 78/2002/NĐ-CP'],
    ['ho ngheo dc cho nha free ha', /^Chưa xác nhận được/, 'Nghị quyết 257/2025/QH15'],
  ];
  it.each(cases.flatMap(([rumour, verdict, source]) => ['that ko ad', 'co chac ko', 'ai noi vay', 'nghe o xa noi ma'].map((doubt) => [rumour, doubt, verdict, source] as const)))(
    '"%s" then "%s"',
    async (rumour, doubt, verdict, source) => {
      const [said, again] = (await ask(rumour, doubt)) as [string, string];
      expect(said).toMatch(verdict);
      expect(again).toContain(AGAIN);
      expect(again).toContain(source);
      expect(again).toContain(CADRE);
      expect(again).not.toContain('ngoài phạm vi');
      expect(again).not.toContain('Theo văn bản');
      expect(shown(again).length).toBeLessThanOrEqual(1000);
    },
  );
  it('the verdict said again names it: "Đúng một phần" after the BHYT rumour, "Chưa xác nhận được" after the electricity one', async () => {
    expect((await ask('nghe noi ho can ngheo dc mien 100% bhyt ha', 'that ko ad'))[1]).toContain(`${AGAIN}: Đúng một phần.`);
    const [, electricity] = await ask('ho ngheo dc cap tien dien 100 ngan/thang dung ko', 'co chac ko');
    expect(electricity).toContain(`${AGAIN}: Chưa xác nhận được.`);
    expect(electricity).toContain('(chưa rõ)');
  });
  it('a verdict of the standard with no figure is said again too: "co phai nam 2027 bo ho can ngheo ko" then "that ha"', async () => {
    const [, again] = await ask('co phai nam 2027 bo ho can ngheo ko', 'that ha');
    expect(again).toContain(`${AGAIN}. Không đúng.`);
    expect(again).toContain('Nghị định 351/2025/NĐ-CP (tham khảo)');
  });
  it('the standard\'s rumour said heard elsewhere ("nghe o xa noi ma") keeps its verdict', async () => {
    const [, again] = await ask('nghe noi 2027 chuan ngheo nong thon la 1,9 trieu', 'nghe o xa noi ma');
    expect(again).toContain('Không đúng: 1,9 triệu là mức trong dự thảo tháng 9/2025');
  });
  it('guard: "that ha" after a support card that was no rumour is no verdict', async () => {
    const [, after] = await ask('ho ngheo dc vay von bao nhieu', 'that ha');
    expect(after).not.toContain(AGAIN);
  });
});

describe('support rumours in residents\' words: the verdict first, the line with its status, ≤ 1.000 characters', () => {
  const cases: [string, RegExp, string[]][] = [
    ['nguoi gia 70 tuoi dc lanh tien hang thang ha', /^Đúng một phần \(theo dữ liệu chính sách, ngày 07\/12\/2026\): trợ cấp hưu trí xã hội/, ['70 đến dưới 75 tuổi', '(tham khảo)', 'Mức trợ cấp hằng tháng chưa rõ (chưa rõ)', CADRE]],
    ['vay von ho ngheo ko can tra lai ha', /^Không đúng \(theo dữ liệu chính sách, ngày 07\/12\/2026\): đây là tiền vay, phải trả lại cả gốc và lãi/, ['6,6%/năm', '(tham khảo)', CADRE]],
    ['ho ngheo dc cho nha free ha', /^Chưa xác nhận được \(theo dữ liệu chính sách, ngày 07\/12\/2026\): hỗ trợ nhà ở/, ['(chưa rõ)', CADRE]],
    ['tui nghe ho can ngheo dc cap the bhyt free dung ko', /^Đúng một phần .*không phải ai cũng được miễn hoàn toàn/, ['tối thiểu 70%', '(tham khảo)']],
    ['nghe noi ho thoat ngheo van dc bhyt 5 nam ha', /^Không đúng .*không có hỗ trợ đóng bảo hiểm y tế chung cả nước cho hộ mới thoát nghèo/, ['(tham khảo)', CADRE]],
    ['ho can ngheo co dc ho tro tien dien ko, nghe noi co ma', /^Không đúng .*hộ cận nghèo không có hỗ trợ tiền điện chung cả nước/, ['(chưa rõ)', CADRE]],
    ['co phai ho can ngheo dc vay von ko ad', /^Đúng \(theo dữ liệu chính sách/, ['130%', 'Mức vay tối đa cho hộ cận nghèo chưa rõ (chưa rõ)']],
    ['nghe noi ho ngheo dc tro giup phap ly mien phi ha', /^Đúng \(theo dữ liệu chính sách/, ['Luật Trợ giúp pháp lý số 11/2017/QH14']],
    ['nguoi khuyet tat ho ngheo dc lanh tien hang thang dung hok', /^Đúng, nếu đủ điều kiện/, ['Nghị định 20/2021/NĐ-CP']],
    ['tui nghe noi ho ngheo dc hoc nghe free ha', /^Chưa xác nhận được/, ['(chưa rõ)', CADRE]],
  ];
  it.each(cases)('"%s"', async (rumour, verdict, parts) => {
    const text = shown(await first(rumour));
    expect(text).toMatch(verdict);
    for (const part of parts) expect(text).toContain(part);
    expect(text.length).toBeLessThanOrEqual(1000);
  });
  it('"nghe noi ho ngheo sinh con dc ho tro 2 trieu ha" is no rumour that the supports are cut ("con" is a child)', async () => {
    const text = await first('nghe noi ho ngheo sinh con dc ho tro 2 trieu ha');
    expect(text).not.toContain('cắt các hỗ trợ');
    expect(shown(text).length).toBeLessThanOrEqual(1000);
  });
  it('guard: a plain question about a support, no rumour, is its card', async () => {
    expect(await first('ho ngheo dc vay von bao nhieu')).not.toMatch(/^(Đúng|Không đúng|Chưa xác nhận được)/);
  });
});

describe('scam-shaped rumours: the warning first, no CCCD, OTP or account', () => {
  it.each([
    'co nguoi goi dien noi tui dc ho tro 3 trieu, bao cho so tai khoan',
    'nghe noi co link dang ky nhan tien ho tro ho ngheo tren zalo, bam vao dien cccd',
    'co ai goi dt noi nha tui dc nhan tien ho ngheo, hoi stk voi mat khau',
  ])('"%s"', async (message) => {
    const text = shown(await first(message));
    expect(text).toMatch(/^Cẩn thận lừa đảo/);
    expect(text).toContain('đừng đưa số CCCD hay mã nào');
    expect(text).toContain('báo UBND cấp xã hoặc công an xã');
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});

describe('routing of the round-44 rumour49 questions (routing-round44-rumour49.yaml)', () => {
  it('each rumour reaches the card it is about, each scam the warning', () => {
    const routing = scoreRouting('routing-round44-rumour49.yaml');
    expect(routing.questions).toBe(23);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 23, accuracy: 1 } });
  });
});
