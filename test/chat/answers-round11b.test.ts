/**
 * Round 11b (outside testers, findings31 and findings33): rumours and questions typed as residents type them, asked on
 * 02/12/2026, that got another question's answer or no verdict. Expectations from rules/ and /work/shared/facts
 * (updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { askAnswers } from '../../src/server/ask.ts';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';
const { first, app } = conversationsAt(DECEMBER, 'round11b');

describe('BHYT "miễn 100%" for the near-poor: the premium and the share of costs covered told apart (findings31 R10, findings33 O06)', () => {
  const bothFacts = (text: string) => {
    // Round 42 rumour43: true in part, said part by part (was "Chưa xác nhận được: “miễn 100%” … là hai việc khác nhau").
    expect(text).toMatch(/^Đúng một phần \(theo dữ liệu chính sách, hỏi ngày 02\/12\/2026\):\n- Phần đúng: theo Nghị quyết 261\/2025\/QH15 \(thông qua 11\/12\/2025, hiệu lực 01\/01\/2026; tham khảo\), với thành viên hộ cận nghèo/);
    // The premium (NĐ 188/2025): at least 70%, 100% in a xã nghèo.
    expect(text).toContain('- Tiền đóng bảo hiểm y tế: ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế cho thành viên hộ cận nghèo; hỗ trợ 100% nếu hộ sống ở xã nghèo');
    expect(text).toContain('Nghị định 188/2025/NĐ-CP');
    // The share covered (NQ 261/2025/QH15): 100%, its start date not known.
    expect(text).toContain('quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng (tham khảo)');
    expect(text).toContain('Mức chi trả này cho thành viên hộ cận nghèo áp dụng từ ngày nào chưa rõ (dự thảo nêu năm 2027) (chưa rõ)');
  };
  it.each(['bhyt ho can ngheo nam 2027 co dc mien 100% ko a', 'nghe noi tu 2027 ho can ngheo dc mien phi bao hiem y te 100%, dung ko'])('chat: "%s"', async (question) => {
    bothFacts(await first(question));
  });
  it('/api/ask: the same verdict', () => {
    bothFacts(askApiText('bhyt ho can ngheo nam 2027 co dc mien 100% ko a', TODAY));
  });
  it('"đi khám bệnh được bảo hiểm chi trả bao nhiêu phần trăm" is the share covered (mức hưởng), not the premium', async () => {
    const text = await first('ho can ngheo di kham benh dc bao hiem chi tra bn phan tram');
    expect(text).toMatch(/^Mức hưởng bảo hiểm y tế \(Nghị quyết 261\/2025\/QH15\)/);
  });
  it('guard: the near-poor\'s 100% premium in a xã nghèo is the premium card, no "Chưa xác nhận được"', async () => {
    const text = await first('bao hiem y te cho ho can ngheo o xa ngheo dc 100% ko');
    // Round 12 (findings N14): what the data gives in a poor commune leads, then the premium card.
    expect(text).toMatch(/^Ở xã nghèo, theo dữ liệu chính sách/);
    expect(text).toContain('\n\nHỗ trợ đóng bảo hiểm y tế');
    expect(text).not.toContain('Chưa xác nhận được');
  });
  it('guard: the poor household\'s free card is no rumour', async () => {
    const text = await first('ho ngheo dc mien bhyt ko');
    expect(text).not.toContain('Chưa xác nhận được');
    expect(text).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
  });
});

describe('a support\'s amount stated of a later year: that year, not confirmed when not known (findings33 O12)', () => {
  it('"nghe noi ho ngheo nam 2027 dc ho tro xay nha 40 trieu": 2027, "Chưa xác nhận được", 40 triệu was 2022–2025\'s', async () => {
    const text = await first('nghe noi ho ngheo nam 2027 dc ho tro xay nha 40 trieu');
    expect(text).toMatch(/^Chưa xác nhận được: mức 40\.000\.000 đồng của hỗ trợ nhà ở năm 2027 chưa được công bố hoặc chưa được kiểm tra \(chưa rõ\)/);
    expect(text).toContain('40.000.000 đồng là mức của giai đoạn trước');
    expect(text).toContain('không áp dụng năm 2027');
    expect(text.split('\n')[0]).not.toContain('năm 2026');
    expect(text).not.toContain('Không đúng');
  });
});

describe('village rumours answered first from the data, then the cadre (findings31 R12)', () => {
  it('"can bo thon bao nha nao co nguoi di xuat khau lao dong thi ko dc ho ngheo nua": no such rule in the data, first', async () => {
    const text = await first('can bo thon bao nha nao co nguoi di xuat khau lao dong thi ko dc ho ngheo nua');
    expect(text).toMatch(/^Hộ có người đi xuất khẩu lao động và việc xét hộ nghèo, hộ cận nghèo:\n• Dữ liệu của trợ lý không có quy định nào nói hộ có người đi xuất khẩu lao động thì không được xét/);
    expect(text.split('\n')[1]).toContain('bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // Not the list of other supports (working abroad as a support).
    expect(text).not.toContain('Các hỗ trợ khác');
  });
  it('"nghe noi tu nam sau ho can ngheo bi cat bhyt, co that ko": the premium support the data still has on 01/01/2027, in chat and /api/ask', async () => {
    const lead = (text: string) => {
      expect(text).toMatch(/^Không đúng theo dữ liệu: dữ liệu chính sách không có văn bản nào cắt hỗ trợ đóng bảo hiểm y tế của hộ cận nghèo; ngày 01\/01\/2027 vẫn là: ngân sách nhà nước hỗ trợ tối thiểu 70%/);
      expect(text.split('\n')[0]).toContain('Nghị định 188/2025/NĐ-CP');
      expect(text.split('\n')[0]).toContain('bạn hỏi thêm cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      // Not the class's survival alone (the 2027 standard card).
      expect(text).not.toContain('vẫn có hộ cận nghèo');
    };
    lead(await first('nghe noi tu nam sau ho can ngheo bi cat bhyt, co that ko'));
    lead(askApiText('nghe noi tu nam sau ho can ngheo bi cat bhyt, co that ko', TODAY));
  });
  it('guards: the class said abolished keeps its answer; a plain question on working abroad keeps the supports', async () => {
    expect(await first('nghe noi nam 2027 bo ho can ngheo, co that ko')).toMatch(/^Không đúng theo dữ liệu: chuẩn nghèo đa chiều giai đoạn 2027–2030/);
    expect(await first('ho ngheo co dc ho tro di xuat khau lao dong ko')).toContain('đi làm việc ở nước ngoài theo hợp đồng');
  });
});

describe('"when is this year\'s review" said against today (findings31 R18)', () => {
  it('"bao gio thi ra soat ho ngheo nam nay" on 02/12/2026: under way until 14/12/2026 by QĐ 24/2021, the 2026 schedule not known, ask now', async () => {
    const under = (text: string) => {
      expect(text).toMatch(/^Hôm nay 02\/12\/2026: theo Quyết định 24\/2021\/QĐ-TTg \(rà soát định kỳ từ 01\/09 đến 14\/12 hằng năm\), đợt rà soát định kỳ năm 2026 theo lịch này đang diễn ra, đến hết ngày 14\/12\/2026\./);
      expect(text.split('\n')[0]).toContain('Lịch này là của quy trình giai đoạn 2022 – 2025; lịch rà soát năm 2026 chưa rõ, nên bạn hỏi ngay trưởng thôn hoặc cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    };
    under(await first('bao gio thi ra soat ho ngheo nam nay'));
    under(askApiText('bao gio thi ra soat ho ngheo nam nay', TODAY));
  });
  it('on 15/03/2026 the same question: not yet begun, from 01/09/2026', () => {
    expect(askApiText('khi nao ra soat ho ngheo', '2026-03-15')).toMatch(/^Hôm nay 15\/03\/2026: [^\n]*đợt rà soát định kỳ năm 2026 theo lịch này bắt đầu ngày 01\/09\/2026\./);
  });
  it('"nam sau" in a rumour is 2027: "nghe noi nam sau ho ngheo dc cho 60 trieu xay nha"', async () => {
    expect((await first('nghe noi nam sau ho ngheo dc cho 60 trieu xay nha')).split('\n')[0]).toMatch(/^Chưa xác nhận được: mức 60\.000\.000 đồng của hỗ trợ nhà ở năm 2027/);
  });
});

describe('a place where a child studies is not the household\'s place (findings31 R13)', () => {
  it('"con tui hoc dai hoc o sai gon, nha can ngheo, co dc giam hoc phi hok": the university fee first, no TP.HCM standard block', async () => {
    const text = await first('con tui hoc dai hoc o sai gon, nha can ngheo, co dc giam hoc phi hok');
    // Round 16: the fee card is led by the notice that only ethnic-minority students are exempt in the data.
    expect(text).toMatch(/^Theo dữ liệu chính sách của trợ lý, miễn học phí trung cấp, cao đẳng, đại học/);
    expect(text).toContain('\n\nMiễn học phí trung cấp, cao đẳng, đại học cho sinh viên dân tộc thiểu số');
    expect(text).not.toContain('Chuẩn riêng của TP.HCM');
  });
  it('guard: "nha tui o sai gon" still is the household\'s place', async () => {
    expect(await first('nha tui o sai gon, ho can ngheo dc ho tro j')).toMatch(/^Chuẩn riêng của TP\.HCM/);
  });
});

describe('province and commune mergers on /api/ask, as in the chat (findings31 R11)', () => {
  // The library /api/ask is given by the server (src/server/api.ts): the app's documents and provinces.
  const apiOfApp = (question: string) => {
    const { search, rules, documents, provinces } = app();
    const bytes = askAnswers(search, rules, undefined, { documents, passagesOf: (docId) => search.passagesOf(docId), provinces })(question, 3, TODAY).json.bytes;
    return (JSON.parse((Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes)).toString('utf8')) as { answer: string }).answer;
  };
  it('"o tra vinh gio thuoc tinh nao, con lam ho ngheo o dau": Vĩnh Long since 01/07/2025, then UBND cấp xã', async () => {
    const text = apiOfApp('o tra vinh gio thuoc tinh nao, con lam ho ngheo o dau');
    expect(text).toMatch(/^Từ 01\/07\/2025, địa bàn tỉnh Trà Vinh thuộc tỉnh Vĩnh Long/);
    expect(text).toContain('Hồ sơ, thủ tục về hộ nghèo, hộ cận nghèo nay làm tại UBND cấp xã nơi hộ cư trú.');
    expect(await first('o tra vinh gio thuoc tinh nao, con lam ho ngheo o dau')).toBe(text);
  });
  it('"xa tui bi sap nhap roi, gio nop giay o dau": no district level, the UBND cấp xã where the household lives now', async () => {
    for (const text of [apiOfApp('xa tui bi sap nhap roi, gio nop giay o dau'), await first('xa tui bi sap nhap roi, gio nop giay o dau')]) {
      expect(text).toMatch(/^Từ 01\/07\/2025, chính quyền địa phương có hai cấp \(tỉnh và xã\), không còn cấp huyện/);
      expect(text).toContain('hồ sơ, thủ tục về hộ nghèo, hộ cận nghèo làm tại UBND cấp xã nơi hộ đang cư trú hiện nay');
    }
  });
  it('guard: the procedure asked with no merger word keeps the procedure', () => {
    expect(apiOfApp('nop giay de nghi ho ngheo o dau')).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo/);
  });
});
