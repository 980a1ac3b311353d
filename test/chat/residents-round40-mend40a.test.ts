/**
 * Round 40 mend40a, on 07/12/2026: residents' messages from tryout40 (/tmp/tryout40-keep), each answered as asked.
 * - A caller saying the household gets money and asking a fee first, or someone asking for the CCCD: a scam warning in brief
 *   (rules/reference.yaml identity_papers): don't transfer, no fee in the data, report to UBND cấp xã / công an xã. Was
 *   "Không đúng: không có khoản 5.000.000 đồng" and the supports, an explainer, or the papers to bring.
 * - A class's supports asked with a province the data has no document of: the country's supports, and that the data has no
 *   document of that province. Was a passage of Hưng Yên's resolution.
 * - A cadre come to ask the household's income: likely the review (rules/reference.yaml cadre_visit, the procedure's timing
 *   steps with their status), answer truthfully, no fee in the data, check who came with UBND cấp xã. Was "không tìm thấy".
 * - A poor household's member starting work: income counted over the 12 months before the review, off the list at the review
 *   when above the line, newly escaped keeps the loan, BHYT only where the province pays (rules/reference.yaml income_rise).
 *   Was an explainer on other supports (work abroad, Tết).
 * - "vay thi sao" (vậy thì sao), "roi sao" alone while the consent question waits: the step explained plainly, the choice again.
 *   Was "vay" read as a loan, the loans explainer pasted before the choice.
 * - "nam nay con ko" after a support's card: whether it still applies this year (the card's dates, chưa rõ where the data does
 *   not know, whom to ask), as "con ko" alone. Was the explainer of the district level.
 * - "tui bi ung thu": the resident is the patient, addressed so ("bạn"), the BHYT premium of the class. Was "người nhà bạn".
 * - The monthly social allowance's amount asked: the amount once with its status, the card in brief below it. Was 1.815
 *   characters, the amount and the whole card saying it again.
 * - Meals while in hospital asked: the other supports' card naming QĐ 14/2012. Was the explainer of every support.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round40-mend40a');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** The text before the numbered buttons, what a phone shows first. */
const shown = (reply: string) => reply.split(/\n(?:Bạn có thể gõ:|\n1\. )/u)[0]!;

describe('a stranger calling about money or asking for the CCCD', () => {
  it.each([
    'co nguoi goi dien noi tui dc nhan 5 trieu ho tro ho ngheo, bat chuyen 500k phi ho so, co that ko',
    'goi dien bat chuyen tien nhan ho tro',
    'co ai nhan tin noi nha tui dc ho tro 3 trieu, phai chuyen khoan phi truoc',
    'co nguoi xin so cccd de lam ho ngheo',
  ])('"%s": a scam warning in brief, no transfer, no fee in the data, where to report', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toContain('dấu hiệu lừa đảo');
    expect(reply).toContain('đừng chuyển tiền');
    expect(reply).toMatch(/không có khoản phí nào/u);
    expect(reply).toMatch(/công an xã/u);
    expect(reply).toContain(CADRE);
    expect(reply).toContain('(tham khảo)');
    expect(reply).not.toMatch(/^Không đúng/u);
    expect(reply).not.toContain('Mình sẽ hỏi vài câu về hộ của bạn');
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('"chi tiet" after it gives the whole card', async () => {
    const [, whole] = await DECEMBER.ask('goi dien bat chuyen tien nhan ho tro', 'chi tiet');
    expect(whole).toContain('Mẫu số 04');
    expect(whole).toContain('bà con nên báo UBND cấp xã hoặc công an xã');
  });

  it('guard: "vay von ho ngheo chuyen tien tra no o dau" keeps the loan card', async () => {
    const reply = await DECEMBER.first('vay von ho ngheo chuyen tien tra no o dau');
    expect(reply).not.toContain('lừa đảo');
  });
});

describe('a class\'s supports asked with a province the data has no document of', () => {
  it('"rua thi ho can ngheo dc cai chi, tui o Quang Tri": the country\'s near-poor supports, no Quảng Trị document in the data', async () => {
    const reply = await DECEMBER.first('rua thi ho can ngheo dc cai chi, tui o Quang Tri');
    expect(reply).not.toContain('Hưng Yên');
    expect(reply).not.toContain('Theo văn bản');
    expect(reply).toContain('không có văn bản nào của tỉnh Quảng Trị');
    expect(reply).toContain('Hỗ trợ cho hộ cận nghèo');
    expect(reply).toContain('Hỗ trợ đóng bảo hiểm y tế');
  });

  it('"ho ngheo dc gi, nha o tra vinh": the merger, the province\'s documents in the data, the country\'s supports', async () => {
    const reply = await DECEMBER.first('ho ngheo dc gi, nha o tra vinh');
    expect(reply).toContain('Trà Vinh nay thuộc tỉnh Vĩnh Long');
    expect(reply).toContain('Hỗ trợ cho hộ nghèo');
  });

  it('guard: "ho ngheo dc ho tro gi o ha noi" keeps Hà Nội\'s own standard first', async () => {
    const reply = await DECEMBER.first('ho ngheo dc ho tro gi o ha noi');
    expect(reply.startsWith('Chuẩn riêng của Hà Nội')).toBe(true);
  });
});

describe('a cadre come to ask the household', () => {
  it.each([
    'hom qua co ong can bo xa toi hoi thu nhap nha tui, vay la sao',
    'truong ap ghe hoi nha tui thu nhap bao nhieu, de lam gi vay',
    'co doan can bo xuong nha kiem tra nha ve sinh, vay la sao',
  ])('"%s": likely the review, its days with their status, answer truthfully, no fee, check who came', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).not.toContain('không tìm thấy');
    expect(reply).toMatch(/thường là để rà soát hộ nghèo, hộ cận nghèo/u);
    expect(reply).toMatch(/từ 01\/09 đến 14\/12[^\n]*\(đã kiểm tra\)/u);
    expect(reply).toMatch(/chưa rõ văn bản và lịch rà soát áp dụng năm 2026[^\n]*\(chưa rõ\)/u);
    expect(reply).toContain('trả lời đúng sự thật');
    expect(reply).toContain('không có khoản phí nào');
    expect(reply).toMatch(/hỏi lại UBND cấp xã/u);
    expect(reply).toContain(CADRE);
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "toi hoi can bo xa thi ho noi chua co danh sach" (the user asked) is not a visit', async () => {
    const reply = await DECEMBER.first('toi hoi can bo xa thi ho noi chua co danh sach');
    expect(reply).not.toContain('Cán bộ đến nhà hỏi');
  });
});

describe('a member of a poor household starting work', () => {
  it.each([
    'ho ngheo ma co con di lam cong ty thi sao, co bi mat ko',
    'nha tui ho can ngheo, thang con lam cong nhan roi, co bi rot ko',
    'ho ngheo co thu nhap tang thi co bi rot ko',
  ])('"%s": income over 12 months, off the list at the review, what a newly escaped household keeps', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toMatch(/trong 12 tháng trước khi rà soát/u);
    expect(reply).toMatch(/đến đợt rà soát, nếu thu nhập bình quân của hộ cao hơn chuẩn thì hộ ra khỏi danh sách/u);
    expect(reply).toMatch(/hộ mới thoát nghèo trong 3 năm: vẫn được vay vốn ưu đãi/u);
    expect(reply).toContain('(tham khảo)');
    expect(reply).not.toContain('quà Tết');
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "ho ngheo di lam an xa thi sao" keeps the card on where a household is reviewed', async () => {
    const reply = await DECEMBER.first('ho ngheo di lam an xa thi sao');
    expect(reply).not.toContain('Hộ nghèo có người đi làm, thu nhập tăng');
  });
});

describe('"so what" typed while the consent question waits', () => {
  const HOUSEHOLD = 'nha tui 5 nguoi o que, thu nhap tam 1tr6/ng, ko co bhyt, nuoc gieng';
  it.each(['vay thi sao', 'vay sao', 'roi sao a'])('"%s" after the household told: the consent choice explained, no loan', async (typed) => {
    const reply = await DECEMBER.after([HOUSEHOLD], typed);
    expect(reply).not.toMatch(/vay vốn|Nghị định 78\/2002/u);
    expect(reply).toContain('Mình nói đơn giản hơn');
    expect(reply).toContain('Đồng ý lưu');
    expect(reply).toContain('Không lưu');
  });

  it('guard: "vay von thi sao" at the same step still answers the loans', async () => {
    const reply = await DECEMBER.after([HOUSEHOLD], 'vay von thi sao');
    expect(reply).toContain('Vay vốn tín dụng chính sách');
  });

  it('"vay thi sao" at a question of the check is no loan either', async () => {
    const reply = await DECEMBER.after([HOUSEHOLD, '2'], 'vay thi sao');
    expect(reply).not.toMatch(/vay vốn|Nghị định 78\/2002/u);
    expect(reply).toMatch(/Câu \d+\/\d+/u);
  });
});

describe('"nam nay con ko" after a support\'s card', () => {
  it('after the housing card: whether it is still given this year is not known, whom to ask; not the district level', async () => {
    const reply = await DECEMBER.after(['nha dot nat qua, ho ngheo dc ho tro xay nha bn tien z'], 'nam nay con ko');
    expect(reply).not.toContain('cấp huyện');
    expect(reply).toMatch(/Về hỗ trợ nhà ở cho hộ nghèo[^\n]*\n[^\n]*còn hỗ trợ hay không và từ khi nào chưa rõ/u);
    expect(reply).toContain(CADRE);
  });

  it('after the near-poor BHYT card: since when it applies, with its status', async () => {
    const reply = await DECEMBER.after(['ho can ngheo dc bhyt bao nhieu'], 'nam nay con ko');
    expect(reply).toMatch(/Về hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo[^\n]*\n[^\n]*Nghị định 188\/2025\/NĐ-CP/u);
  });
});

describe('the resident ill, or a stay in hospital', () => {
  it('"tui bi ung thu, nha ngheo, co dc ho tro j them ko": the resident is the patient, with the BHYT premium of the class', async () => {
    const reply = await DECEMBER.first('tui bi ung thu, nha ngheo, co dc ho tro j them ko');
    expect(reply).toContain('Mình rất tiếc khi nghe bạn đang bệnh nặng');
    expect(reply).not.toContain('người nhà bạn');
    expect(reply).toMatch(/Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế[^\n]*\(tham khảo\)/u);
  });

  it('guard: "me tui bi ung thu, nha ngheo, co dc ho tro j them ko" is still the relative', async () => {
    const reply = await DECEMBER.first('me tui bi ung thu, nha ngheo, co dc ho tro j them ko');
    expect(reply).toContain('người nhà bạn đang bệnh nặng');
  });

  it.each(['ho ngheo nam benh vien co dc ho tro tien an ko', 'nha can ngheo, ba tui nam vien co dc tien an ko'])(
    '"%s": the meals and travel of QĐ 14/2012, no figure, whom to ask',
    async (typed) => {
      const reply = await DECEMBER.first(typed);
      expect(reply).toMatch(/tiền ăn và tiền đi lại khi điều trị nội trú \(Quyết định 14\/2012\/QĐ-TTg\)/u);
      expect(reply).toContain('(chưa rõ)');
      expect(reply).toContain(CADRE);
    },
  );
});

describe('the monthly social allowance\'s amount asked', () => {
  it('"tro cap xa hoi nguoi khuyet tat bn tien 1 thang": the amount once, the card in brief below it, whom to ask', async () => {
    const reply = await DECEMBER.first('tro cap xa hoi nguoi khuyet tat bn tien 1 thang');
    expect(reply).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra)');
    expect(reply).toContain('Nghị định 20/2021/NĐ-CP');
    expect(reply).toContain(CADRE);
    // Said once: the groups and the amount not in a second, longer block.
    expect(reply.match(/Một số thành viên hộ nghèo, trong đó có người khuyết tật/gu)).toBeNull();
    expect(reply.match(/500\.000 đồng/gu)).toHaveLength(1);
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });
});
