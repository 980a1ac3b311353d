/**
 * Round 42 rumour43, on 07/12/2026: rumours residents forward and outreach staff must answer, and slogans asked for a banner.
 * Expectations from rules/ and /work/shared/facts (updates-2026.md wins):
 * - 1,9 triệu was the September 2025 draft; the final text (12/2025) has 2.200.000 (rural) / 2.800.000 (urban) from 01/01/2027
 *   (tham khảo). One verdict: was "Không đúng: …" and then the change card's own "Có. … từ 01/01/2027 áp dụng …".
 * - The near-poor "miễn 100% viện phí": true in part. NQ 261/2025/QH15 (effective 01/01/2026): 100 % of covered costs (tham
 *   khảo), from when not known (the draft said 2027); basic hospital fees free from 2030 on a roadmap (tham khảo); premium
 *   support ≥ 70 %, 100 % in a xã nghèo (NĐ 188/2025). Was "Chưa xác nhận được", or no verdict at all.
 * - The waste indicator is no fine: a basic-social-service deprivation of the 2027–2030 standard (tham khảo), its threshold
 *   not known. Was the indicator's card or the changes, no rebuttal.
 * - Slogans: a few short ones in the programme's spirit, said to be suggestions (no status), no legal quote. Were "không tìm
 *   thấy" and a provincial plan's passage.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TODAY = '2026-12-07';
const { first, after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round42-rumour43');

/** Yes-or-no openings a card gives of its own ("Có. …", "Chưa. …", "Không. …"), at the start of any line. */
const OWN_VERDICT = /(^|\n)(Có|Chưa|Không)\. /;

describe('1,9 triệu rumoured as the 2027 rural line: one verdict, the final figures', () => {
  const oneVerdict = (text: string) => {
    expect(text).toMatch(/^Không đúng: 1,9 triệu(, 2,5 triệu)? là mức trong dự thảo tháng 9\/2025; bản cuối \(tham khảo\): 2\.200\.000 đồng nông thôn \/ 2\.800\.000 đồng thành thị/);
    expect(text).not.toMatch(OWN_VERDICT);
    expect(text).not.toContain('Đúng:');
    expect(text).toContain('(tham khảo)');
  };
  it.each([
    'nghe noi tu 2027 chuan ngheo moi nong thon la 1,9 trieu dung ko',
    'nghe nói năm 2027 theo chuẩn mới, nông thôn 1,9 triệu là hộ nghèo phải không',
    'ba con hoi nam 2027 ap dung chuan ngheo moi 1,9 trieu nong thon phai ko',
    'Bà con hỏi: từ năm 2027 chuẩn nghèo mới ở nông thôn là 1,9 triệu, đúng không?',
  ])('chat: "%s"', async (question) => {
    oneVerdict(await first(question));
  });
  it('/api/ask: the same one verdict', () => {
    oneVerdict(askApiText('nghe noi tu 2027 chuan ngheo moi nong thon la 1,9 trieu dung ko', TODAY));
  });
  it('guard: the change asked yes or no, no figure, keeps its "Có."', async () => {
    expect(await first('nam 2027 tinh ho ngheo theo chuan moi ha')).toMatch(/^Có\. Theo dữ liệu chính sách/);
  });
});

describe('the near-poor "miễn 100% viện phí từ 2027": true in part, part by part with statuses', () => {
  const partly = (text: string) => {
    expect(text).toMatch(/^Đúng một phần \(theo dữ liệu chính sách, hỏi ngày 07\/12\/2026\):\n- Phần đúng: theo Nghị quyết 261\/2025\/QH15 \(thông qua 11\/12\/2025, hiệu lực 01\/01\/2026; tham khảo\)/);
    expect(text).toContain('quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng (tham khảo)');
    expect(text).toContain('áp dụng từ ngày nào chưa rõ (dự thảo nêu năm 2027) (chưa rõ)');
    expect(text).toContain('- Phần chưa đúng: đó không phải miễn toàn bộ viện phí');
    expect(text).toContain('Miễn viện phí ở mức cơ bản được thực hiện theo lộ trình, từ năm 2030 (tham khảo)');
    expect(text).toContain('tối thiểu 70% mức đóng bảo hiểm y tế cho thành viên hộ cận nghèo; hỗ trợ 100% nếu hộ sống ở xã nghèo (tham khảo)');
    expect(text).toContain('Nghị định 188/2025/NĐ-CP');
    expect(text).not.toContain('Chưa xác nhận được');
  };
  it.each([
    'cận nghèo được miễn 100% viện phí từ 2027 phải ko',
    'can ngheo dc mien vien phi tu 2027 phai ko',
    'nghe noi tu 2027 ho can ngheo di vien khong mat tien dung ko',
    'Có phải từ năm 2027 hộ cận nghèo được miễn toàn bộ viện phí không',
  ])('chat: "%s"', async (question) => {
    const text = await first(question);
    partly(text);
    // Whole on a phone, the benefit card one "chi tiết" away.
    expect(text.split('\n\n')[0]!.length).toBeLessThanOrEqual(1_100);
  });
  it('/api/ask: the same parts', () => {
    partly(askApiText('can ngheo dc mien vien phi tu 2027 phai ko', TODAY));
  });
  it('outreach: the post to bà con says the same parts, to them', async () => {
    const text = await first('soan tin tra loi ba con: can ngheo dc mien 100% vien phi tu 2027 phai ko');
    partly(text);
    expect(text).toContain('Muốn biết thêm, bà con hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('guard: what the fund pays asked, no rumour, is the benefit card', async () => {
    expect(await first('ho can ngheo di kham benh dc bao hiem chi tra bn phan tram')).toMatch(/^Mức hưởng bảo hiểm y tế \(Nghị quyết 261\/2025\/QH15\)/);
  });
});

describe('the waste indicator said to be a fine: rebutted, a deprivation counted to find who needs support', () => {
  const rebutted = (text: string) => {
    expect(text).toMatch(/^Không (đúng|phải): “Xử lý rác thải sinh hoạt” \(nhóm nước sinh hoạt và vệ sinh\) là một chỉ số thiếu hụt dịch vụ xã hội cơ bản của chuẩn nghèo đa chiều giai đoạn 2027–2030 \(từ 01\/01\/2027, Nghị định 351\/2025\/NĐ-CP, tham khảo\), không phải để xử phạt\./);
    expect(text).toContain('để biết hộ nào cần được hỗ trợ');
    expect(text).toContain('Ngưỡng thiếu hụt của “Xử lý rác thải sinh hoạt” chưa được công bố hoặc chưa được kiểm tra (chưa rõ)');
  };
  it.each([
    ['chỉ số rác thải là để phạt dân hả', 'Không phải'],
    ['thêm tiêu chí rác thải để phạt nhà nào xả rác đúng ko', 'Không đúng'],
    ['ba con hoi tieu chi rac thai moi co phai de xu phat ko, tra loi sao', 'Không phải'],
    ['nghe noi chi so rac thai la de phat ho nao xa rac bay, co that ko', 'Không đúng'],
  ])('chat: "%s"', async (question, verdict) => {
    const text = await first(question);
    rebutted(text);
    expect(text.startsWith(verdict)).toBe(true);
    expect(text).toContain('bạn hỏi thêm cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('outreach: the post speaks to bà con', async () => {
    const text = await first('viet bai bac tin don chi so rac thai de phat dan');
    rebutted(text);
    expect(text).toContain('bà con hỏi thêm cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('"chi tiết" after it gives the indicator\'s card', async () => {
    expect(await after(['chỉ số rác thải là để phạt dân hả'], 'chi tiết')).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng');
  });
  it('guards: money handed out ("phát tiền") is no fine; the indicator asked plainly keeps its card', async () => {
    expect(await first('xa ben co phat tien cho ho ngheo ko')).not.toContain('xử phạt');
    const plainly = await first('chi so rac thai la gi');
    expect(plainly).not.toContain('xử phạt');
    expect(plainly).toContain('Xử lý rác thải sinh hoạt');
  });
});

describe('slogans asked: suggestions in the programme\'s spirit, no legal quote', () => {
  it.each([
    'cho xin vai cau khau hieu tuyen truyen giam ngheo',
    'khẩu hiệu cho băng rôn giảm nghèo bền vững',
    'Đề nghị gợi ý một số khẩu hiệu tuyên truyền về giảm nghèo bền vững để treo băng rôn ở xã',
    'lam bang ron giam ngheo thi ghi cau gi hay ad',
  ])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Gợi ý khẩu hiệu tuyên truyền giảm nghèo:\n- /);
    expect(text).toContain('không để ai bị bỏ lại phía sau');
    expect(text).toContain('giảm nghèo bền vững');
    expect(text).toContain('theo tinh thần Chỉ thị 05-CT/TW');
    expect(text).toContain('không phải lời trích từ văn bản');
    // Advice: no status, no quote, no source line.
    expect(text).not.toMatch(/\((tham khảo|đã kiểm tra|chưa rõ)\)/);
    expect(text).not.toContain('Theo văn bản');
    expect(text).not.toContain('Nguồn:');
    expect(text).not.toContain('không tìm thấy');
  });
  it('/api/ask: the same suggestions', () => {
    expect(askApiText('khau hieu cho bang ron giam ngheo ben vung', TODAY)).toMatch(/^Gợi ý khẩu hiệu tuyên truyền giảm nghèo:/);
  });
});
