/**
 * Round 45 rumour50, on 07/12/2026: rumours residents hear in the village or on Zalo, typed as they type them ("nghe noi", "ba
 * con noi", "tren zalo noi", "co phai … ko", "that hok", "ha"). Expectations from rules/ and /work/shared/facts (updates-2026.md wins):
 * - Social pension (NĐ 176/2025, [M]): from 01/07/2025 people of 75 and over without a pension, whatever the household, and poor or
 *   near-poor members of 70 to under 75; the monthly amount [?]: a sum said is not confirmed, 500.000 đ is the social assistance's
 *   mức chuẩn (NĐ 76/2024), another support.
 * - Policy loans: preferential credit with interest (6,6 %/năm last published for the poor [M]; 2026 rates/caps [?]), repaid.
 * - Registering as a poor household: the Chủ tịch UBND cấp xã decides after the review (QĐ 24/2021 [V]); no stored text pays money
 *   for registering; money, OTP or CCCD asked is a scam sign.
 * - Water bills, Tết gifts: nothing in the data ([?]): "Chưa xác nhận được", never "Đúng" or "Không đúng".
 * - BHYT of poor members: paid in full by the state budget (Luật BHYT Điều 12 [M]); no text cuts it.
 */
import { describe, expect, it } from 'vitest';
import { scoreRouting } from '../eval/routing.ts';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-rumour50');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** What a phone shows before the choices. */
const shown = (text: string) => text.split('\n\n').filter((part) => !part.startsWith('Bạn có thể gõ:')).join('\n\n');

describe('rumours in residents\' words: the verdict first, the fact with its status and source, ≤ 1.000 characters', () => {
  const cases: [string, RegExp, string[]][] = [
    [
      'nguoi gia tren 75 tuoi dc lanh 500 ngan ha',
      /^Chưa xác nhận được: mức 500\.000 đồng của trợ cấp hưu trí xã hội/,
      ['mức chuẩn trợ giúp xã hội', 'Người từ 75 tuổi trở lên không có lương hưu được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ (tham khảo)', 'Căn cứ: Nghị định 176/2025/NĐ-CP', 'UBND cấp xã'],
    ],
    [
      'nghe noi dc vay 100 trieu ko lai',
      /^Không đúng \(theo dữ liệu chính sách, ngày 07\/12\/2026\): đây là tiền vay, phải trả lại cả gốc và lãi/,
      ['6,6%/năm', 'Mức vay tối đa cho hộ nghèo: 100.000.000 đồng/hộ (từ 01/03/2019) công bố trước đây (tham khảo, chưa kiểm tra mức áp dụng từ năm 2026)', CADRE],
    ],
    [
      'dang ky ho ngheo online la dc nhan tien lien ha',
      /^Không đúng: đăng ký \(nộp Giấy đề nghị\) không phải là được nhận tiền ngay\. Chủ tịch UBND cấp xã quyết định công nhận/,
      ['Quyết định 24/2021/QĐ-TTg (đã kiểm tra)', 'không có chính sách nào trả tiền cho việc đăng ký', 'dấu hiệu lừa đảo', 'mã OTP', 'CCCD', CADRE],
    ],
    ['ho ngheo dc mien tien nuoc ha', /^Chưa xác nhận được: dữ liệu chính sách của trợ lý không có khoản miễn hay hỗ trợ tiền nước/, ['(chưa rõ)', CADRE]],
    [
      'nghe noi tu nam sau ho ngheo ko dc cap the bhyt nua ha',
      /^Không đúng theo dữ liệu: dữ liệu chính sách không có văn bản nào cắt hỗ trợ đóng bảo hiểm y tế của hộ nghèo/,
      ['100% mức đóng bảo hiểm y tế', '(tham khảo)', CADRE],
    ],
    [
      'ba con noi nguoi tren 75 tuoi ko co luong huu dc lanh tien hang thang, that hok',
      /^Đúng, nếu đủ điều kiện \(theo dữ liệu chính sách, ngày 07\/12\/2026\): có trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/,
      ['75 tuổi trở lên không có lương hưu', '(tham khảo)', 'Căn cứ: Nghị định 176/2025/NĐ-CP', 'Mức trợ cấp hằng tháng chưa rõ (chưa rõ)'],
    ],
    ['co phai ong ba tren 80 tuoi dc lanh luong huu xa hoi ko', /^Đúng, nếu đủ điều kiện .*người cao tuổi không có lương hưu, mọi hộ/, ['Nghị định 176/2025/NĐ-CP', '(tham khảo)']],
    ['tren zalo noi moi ho ngheo dc phat 5 trieu tet nay that hok', /^Chưa xác nhận được: quà Tết, tiền hỗ trợ dịp Tết .* được quyết định hằng năm/, ['(chưa rõ)', CADRE]],
    ['nghe đồn vay ngân hàng chính sách ko phải trả 50 triệu', /^Không đúng .*phải trả lại cả gốc và lãi/, ['Mức vay tối đa cho hộ nghèo: 100.000.000 đồng/hộ', '(tham khảo']],
  ];
  it.each(cases)('"%s"', async (rumour, verdict, parts) => {
    const said = await first(rumour);
    expect(said).toMatch(verdict);
    for (const part of parts) expect(said).toContain(part);
    expect(said).not.toContain('ngoài phạm vi');
    expect(shown(said).length).toBeLessThanOrEqual(1000);
  });
  it('the pension of 75 and over is not said to be only for poor and near-poor households', async () => {
    const said = await first('ba con noi nguoi tren 75 tuoi ko co luong huu dc lanh tien hang thang, that hok');
    expect(said).not.toMatch(/^Đúng một phần/);
    expect(said).not.toContain('từ 70 đến dưới 75 tuổi');
  });
  it('registering said to pay: no "được hay không: mình không biết" on filing online in its place', async () => {
    expect(await first('dang ky ho ngheo online la dc nhan tien lien ha')).not.toContain('mình không biết');
  });
  it('guards: a question, not a rumour, keeps its card ("nha tui ko co nuoc sach thi dc ho tro j", "tet nay nha ngheo dc ho tro gi ko")', async () => {
    expect(await first('nha tui ko co nuoc sach thi dc ho tro j')).toMatch(/^Dữ liệu chính sách của trợ lý không có khoản hỗ trợ tiền nước/);
    expect(await first('tet nay nha ngheo dc ho tro gi ko')).toMatch(/^Quà Tết, hỗ trợ dịp Tết/);
    expect(await first('ho ngheo dc vay von bao nhieu')).not.toMatch(/^Không đúng/);
  });
});

describe('no brackets in brackets in a rumour\'s reply', () => {
  it('"nghe noi tu nam sau ho ngheo ko dc cap the bhyt nua ha": its basis "(Luật Bảo hiểm y tế, Điều 12)"', async () => {
    const said = await first('nghe noi tu nam sau ho ngheo ko dc cap the bhyt nua ha');
    expect(said.split('\n')[0]).toContain('(Luật Bảo hiểm y tế, Điều 12)');
    expect(said.split('\n')[0]).not.toMatch(/\([^()]*\([^()]*\)[^()]*\)/u);
  });
  it('"ba con noi ho ngheo dc nha nuoc xay nha cho that hok": "Hộ nghèo (hộ ở xã nghèo)"', async () => {
    const said = await first('ba con noi ho ngheo dc nha nuoc xay nha cho that hok');
    expect(said).toContain('• Hộ nghèo (hộ ở xã nghèo): Từ năm 2026');
    expect(said).not.toMatch(/\([^()]*\([^()]*\)[^()]*\)/u);
  });
});

describe('one verdict for "the facts do not say": "Chưa xác nhận được", never "Chưa rõ theo dữ liệu"', () => {
  const cases: [string, string][] = [
    ['ba con noi ho ngheo dc nha nuoc xay nha cho that hok', 'Nghị quyết 257/2025/QH15'],
    ['tren zalo noi qd 14/2025 bo ho tro tien dien ho ngheo roi ha', 'Quyết định 14/2025/QĐ-TTg'],
  ];
  it.each(cases)('"%s", then "that ha"', async (rumour, source) => {
    const [said, again] = (await ask(rumour, 'that ha')) as [string, string];
    expect(said).toMatch(/^Chưa xác nhận được \(theo dữ liệu chính sách, ngày 07\/12\/2026\)/);
    expect(said).toContain(source);
    expect(said).toContain('(chưa rõ)');
    expect(again).toContain('câu trả lời vẫn như trên: Chưa xác nhận được.');
    for (const text of [said, again]) expect(text).not.toContain('Chưa rõ theo dữ liệu');
  });
});

describe('the verdict said again when doubted ("that ha") after an entry\'s or an indicator\'s rumour', () => {
  const cases: [string, string][] = [
    ['dang ky ho ngheo online la dc nhan tien lien ha', 'Không đúng'],
    ['ho ngheo dc mien tien nuoc ha', 'Chưa xác nhận được'],
    ['tren zalo noi moi ho ngheo dc phat 5 trieu tet nay that hok', 'Chưa xác nhận được'],
  ];
  it.each(cases)('"%s" then "that ha": %s', async (rumour, verdict) => {
    const [, again] = (await ask(rumour, 'that ha')) as [string, string];
    expect(again).toContain(`Trợ lý trả lời theo dữ liệu chính sách, không theo tin đồn; câu trả lời vẫn như trên: ${verdict}.`);
    expect(again).toContain(CADRE);
    expect(again).not.toContain('ngoài phạm vi');
  });
});

describe('routing of the round-45 rumour50 questions (routing-round45-rumour50.yaml)', () => {
  it('each rumour reaches the card it is about (13 of 16 before rumour50)', () => {
    const routing = scoreRouting('routing-round45-rumour50.yaml');
    expect(routing.questions).toBe(16);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 16, accuracy: 1 } });
  });
});
