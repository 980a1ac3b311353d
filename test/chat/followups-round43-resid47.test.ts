/**
 * Round 43 (resid47): what is read from a resident's message and their follow-ups, tried in the terminal chat on 07/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { readerOn } from '../household/reader.ts';

const { first, after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid47');
const { read } = readerOn('2026-12-07');

describe('1: people told as groups ("2 dua con", "ong ba", "ma tui") with the speaker\'s house count into the household, said back', () => {
  it.each([
    ['nha tui co 2 dua con duoi 16 tuoi, ong ba gia, thu nhap 5 trieu/thang', 5, 'bạn, 2 người con, ông bà'],
    ['nha tui co ba dua nho, ma tui, thu nhap 5 trieu/thang', 5, 'bạn, 3 người con, má'],
  ])('"%s": %i people, the speaker counted (was one fewer)', (text, members, said) => {
    const told = read(text);
    expect(told.understood.members).toBe(members);
    expect(told.notes.join('; ')).toContain(`mình tính hộ có ${members} người: ${said}; nếu có cả vợ hoặc chồng bạn hay ai khác, bạn gõ lại tổng số người cả hộ`);
  });

  it('the children under 16 and the old couple are dependants of 5: the dependants indicator is lacked (4 of 5)', async () => {
    const told = read('nha tui co 2 dua con duoi 16 tuoi, ong ba gia, thu nhap 5 trieu/thang');
    expect(told.decided.dependents).toBe(true);
    const answer = await first('nha tui co 2 dua con duoi 16 tuoi, ong ba gia, thu nhap 5 trieu/thang');
    expect(answer).toContain('Số người: 5');
    expect(answer).toContain('5.000.000 đồng/tháng ÷ 5 người = 1.000.000 đồng/người/tháng');
    expect(answer).toContain('mình tính hộ có 5 người: bạn, 2 người con, ông bà');
  });

  it('guard: a list naming the speaker\'s own group is not counted twice ("nha tui co 2 ong ba gia, 2 vo chong, 2 chau" is 6)', () => {
    expect(read('nha tui co 2 ong ba gia, 2 vo chong, 2 chau').understood.members).toBe(6);
    expect(read('vo chong tui, ba dua nho va ma tui, thu nhap 6 trieu').understood.members).toBe(6);
    expect(read('nha tui co 2 ong ba gia, 2 vo chong, 2 chau').notes.join(' ')).not.toContain('mình tính hộ có');
  });
});

describe('2: lacks told after the figures, while the consent waits: recorded and the class said again with them', () => {
  it.each(['ko co bhyt, nha tranh', 'nha tui ko ai co bhyt, o nha tranh vach dat'])('"%s" (was "Mình ghi nhận" and the consent question, no class)', async (text) => {
    const answer = await after(['nha tui 4 nguoi o que thu nhap 6 trieu 1 thang la ho gi'], text);
    expect(answer).toContain('Bảo hiểm y tế: thiếu hụt; Chất lượng nhà ở: thiếu hụt');
    expect(answer).toContain('hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt (bạn đã kể 2 chỉ số thiếu hụt)');
    expect(answer).toContain('Từ 01/01/2027 theo chuẩn mới');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('a third lack settles it: "ko ai co viec lam" after those, hộ nghèo', async () => {
    const answer = await after(['nha tui 4 nguoi o que thu nhap 6 trieu 1 thang la ho gi', 'ko co bhyt, nha tranh'], 'ko ai co viec lam');
    expect(answer).toContain('hộ là hộ nghèo; các chỉ số thiếu hụt chưa hỏi không làm thay đổi kết quả');
  });
});

describe('3: "nha ko co tivi, qua nam 2027 tinh sao": the information indicator until 31/12/2026 and in 2027', () => {
  it.each(['nha ko co tivi, qua nam 2027 tinh sao', 'nha tui ko co tivi nam 2027 tinh the nao'])('"%s" (was an explainer quote)', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain('Giải thích ngắn');
    expect(answer).toContain('Chuẩn nghèo áp dụng năm 2027 không có chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(answer).toContain('Đến hết 31/12/2026, theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP):');
    expect(answer).toContain('Phương tiện phục vụ tiếp cận thông tin (Thông tin) (tham khảo): bị tính là thiếu hụt khi');
    expect(answer).toContain('Năm 2027, nhóm Thông tin có “Sử dụng dịch vụ số, Internet” (ngưỡng thiếu hụt chưa rõ).');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});

describe('4: "2 trieu nam 2027 co tu dong dc ho ngheo ko": nothing is automatic, the 2027 lines, where to file', () => {
  it.each(['2 trieu nam 2027 co tu dong dc ho ngheo ko', 'nam 2027 moi nguoi 2tr thi tu dong thanh ho ngheo ha'])('"%s" (was "Không đúng: 2.000.000 đồng không phải là mức …" or the supports)', async (text) => {
    const answer = await first(text);
    expect(answer.startsWith('Không, không có gì tự động'), answer).toBe(true);
    expect(answer).not.toContain('Không đúng');
    expect(answer).toContain('theo chuẩn áp dụng ngày 01/01/2027 của Nghị định 351/2025/NĐ-CP (tham khảo), ở nông thôn (mức ≤ 2.200.000 đồng)');
    expect(answer).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(answer).toContain('Từ 01/07/2025 không còn cấp huyện: hộ nộp Giấy đề nghị và nhận Giấy chứng nhận tại UBND cấp xã nơi hộ cư trú');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});

describe('5: "tinh 1 thang hay ca nam": the income per person per month, a year\'s divided by 12', () => {
  it.each([
    [['nha tui 4 nguoi thu nhap 6 trieu'], 'tinh 1 thang hay ca nam'],
    [['chuan ngheo la bao nhieu'], 'tinh theo thang hay nam vay'],
    [[], 'tinh 1 thang hay ca nam'],
  ])('after %j, "%s" (was "ngoài phạm vi")', async (earlier, text) => {
    const answer = await after(earlier, text);
    expect(answer).not.toContain('ngoài phạm vi');
    expect(answer).toContain('Tính theo tháng: chuẩn nghèo so với thu nhập bình quân mỗi người mỗi tháng. Biết thu nhập cả năm (12 tháng trước) của cả hộ thì chia cho 12 ra một tháng, rồi chia cho số người trong hộ');
    expect(answer).toContain('đã kiểm tra');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('guard: "thu nhap tinh theo thang hay nam" keeps the income-counting card in brief, its 12 months first', async () => {
    const answer = await first('thu nhap tinh theo thang hay nam');
    expect(answer).toContain('Thu nhập để xét là của cả hộ trong 12 tháng trước, chia cho 12 tháng và chia cho số người trong hộ');
  });
});

describe('6: "tui o nha ko di lam": the employment indicator, "ở nhà" no housing', () => {
  it.each(['tui o nha ko di lam', 'toi o nha khong lam'])('"%s" (was the renting explainer)', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain('Nhà thuê, nhà trọ');
    expect(answer).toContain('Việc làm (Việc làm): bị tính là thiếu hụt khi: hộ có ít nhất một người trong độ tuổi lao động thất nghiệp');
  });

  it('told while the consent waits: the employment lack recorded, the class said again', async () => {
    const answer = await after(['nha tui 4 nguoi o que thu nhap 4 trieu'], 'tui o nha ko di lam');
    expect(answer).toContain('Việc làm: thiếu hụt');
    expect(answer).not.toContain('Nhà thuê, nhà trọ');
  });
});
