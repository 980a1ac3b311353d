/**
 * Round 44 (mend47a, tryout47 theme-followup and theme-age-parse): residents' follow-ups read against what was just answered,
 * tried in the terminal chat on 07/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { readerOn } from '../household/reader.ts';

const { after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'mend47a');
const { read } = readerOn('2026-12-07');

const R01 = 'nha tui 5 nguoi o que, ca nha lam dc tam 6tr/thang, nha vach dat, ko co nha ve sinh, 2 dua nho ko co bhyt. vay co dc ho ngheo hong';

describe('R01: "vay thi sao" (vậy thì sao) after a household\'s class is what now, not the loans', () => {
  it('"vay thi sao" after the class the figures settle: the next step (Mẫu số 04 at UBND cấp xã), no loan (was the near-poor loan card)', async () => {
    const answer = await after([R01], 'vay thi sao');
    expect(answer).not.toContain('Vay vốn tín dụng chính sách');
    expect(answer).toContain('Bước tiếp theo: Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(answer).toContain('(tham khảo)');
  });

  it('"o dau lam" after it: where a household files (Mẫu số 04, UBND cấp xã), not where loans are made', async () => {
    const answer = await after([R01, 'vay thi sao'], 'o dau lam');
    expect(answer).toContain('hộ nộp Giấy đề nghị (Mẫu số 04)');
    expect(answer).not.toContain('Ngân hàng Chính sách xã hội');
  });

  it('"vay thi sao" after a household told in one message with its result: that result\'s next steps (was its class\'s loans)', async () => {
    const answer = await after(['nha 5 nguoi o que thu nhap 6 trieu 1 thang, ko co bhyt, nha tam, ko co nuoc sach thi la ho gi'], 'vay thi sao');
    expect(answer).toContain('Việc tiếp theo cho hộ của bạn');
    expect(answer).toContain('Mẫu số 04');
    expect(answer).not.toContain('Vay vốn tín dụng chính sách');
  });

  it('guard: "vay von thi sao" there still asks the loans', async () => {
    expect(await after([R01], 'vay von thi sao')).toContain('Vay vốn tín dụng chính sách');
  });
});

describe('R29: "vay nha tui ngheo hay can ngheo" while the consent waits: the class the figures settle, again', () => {
  it('hộ nghèo said again (was the explainer of every support)', async () => {
    const answer = await after(['nha tui 2 vo chong + 3 dua nho, chong lam phu ho ko hop dong, thu nhap 4tr, nha tam, nuoc gieng nhiem phen, o que'], 'vay nha tui ngheo hay can ngheo');
    expect(answer).toContain('hộ là hộ nghèo');
    expect(answer).not.toContain('Giải thích ngắn');
  });
});

describe('R16: a support asked after a result whose class has none of it', () => {
  it('"co dc ho tro bhyt ko" after "không thuộc diện": that household is not among those it goes to (was the card of every class)', async () => {
    const answer = await after(['nha tui 4 nguoi o nong thon thu nhap 2tr5 1 nguoi 1 thang thi la ho j'], 'co dc ho tro bhyt ko');
    expect(answer).toContain('Với kết quả kiểm tra vừa rồi (không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình, tạm tính)');
    expect(answer).toContain('hộ có mức sống trung bình (hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp hoặc diêm nghiệp)');
    expect(answer).toContain('nên hộ bạn không thuộc diện được hỗ trợ này');
    expect(answer).not.toContain('Ngân sách nhà nước đóng 100%');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('guard: after a poor household\'s result, the BHYT card of the poor', async () => {
    const answer = await after(['nha 5 nguoi o que thu nhap 6 trieu 1 thang, ko co bhyt, nha tam, ko co nuoc sach thi la ho gi'], 'co dc ho tro bhyt ko');
    expect(answer).toContain('Với kết quả kiểm tra vừa rồi (hộ nghèo, tạm tính)');
    expect(answer).toContain('Ngân sách nhà nước đóng 100%');
  });
});

describe('R26: "co gi khac truoc ko" after the programme 2026–2035', () => {
  it('what changed from 2021–2025: merged, poor communes instead of districts, amounts not known (was "ngoài phạm vi")', async () => {
    const answer = await after(['chuong trinh giam ngheo moi 2026 2035 la j'], 'co gi khac truoc ko');
    expect(answer).toContain('So với giai đoạn 2021–2025');
    expect(answer).toContain('hợp nhất thành một chương trình giai đoạn 2026–2035');
    expect(answer).toContain('hướng tới xã nghèo, thay cho huyện nghèo của giai đoạn trước (tham khảo)');
    expect(answer).toContain('Chưa rõ: mức hỗ trợ nhà ở, sinh kế, học nghề');
    expect(answer).not.toContain('ngoài phạm vi');
  });
});

describe('C02: the documents asked by subject after the district step\'s answer', () => {
  it('"Văn bản nào quy định phân định thẩm quyền mới?": TT 13/2025/TT-BNNMT with its days, under NĐ 131/2025 (was "ngoài phạm vi")', async () => {
    const answer = await after(
      ['Sau 01/7/2025 không còn cấp huyện, bước báo cáo Chủ tịch UBND cấp huyện trong quy trình rà soát định kỳ theo QĐ 24/2021/QĐ-TTg nay thực hiện thế nào?'],
      'Văn bản nào quy định phân định thẩm quyền mới?',
    );
    expect(answer).toContain('Thông tư 13/2025/TT-BNNMT: phân định thẩm quyền quản lý nhà nước trong lĩnh vực giảm nghèo (chính quyền hai cấp); ký ngày 19/06/2025, có hiệu lực từ 01/07/2025 (đã kiểm tra).');
    expect(answer).toContain('Nghị định 131/2025/NĐ-CP');
    expect(answer).toContain('Chưa rõ: cơ quan nào nay làm từng việc trước đây của cấp huyện');
    expect(answer).not.toContain('ngoài phạm vi');
  });
});

describe('"75 78 tuoi": two ages side by side', () => {
  it('read as 75 and 78, as "75 va 78" is (was 75, 75)', () => {
    const told = read('2 ng gia 75 78 tuoi, song 1 minh, o que, thu nhap 1tr moi thang ca 2 nguoi');
    expect(told.understood.memberDetails?.map((member) => member.age)).toEqual([75, 78]);
  });
});
