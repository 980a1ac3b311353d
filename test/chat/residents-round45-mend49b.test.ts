/**
 * Round 45 mend49b, on 07/12/2026: a resident who tells the household in one message with a hardship (a lack, ages) gets the class
 * its income gives first, the lacks told counted (poverty-standards.md: poor from 3 deprivations; 2026 lines 1.500.000 / 2.000.000
 * đồng, 2027–2030 2.200.000 / 2.800.000 đồng [M]), then the consent in brief; was only "Mình hiểu: …" and the consent.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-mend49b');

describe('a household told with its lacks gets its class first, the lacks counted', () => {
  it('"nha mik o Ha Giang, 6 ng, lam nuong, 1 nam dc 40 trieu, ko co nha ve sinh, nuoc suoi"', async () => {
    const reply = await DECEMBER.first('nha mik o Ha Giang, 6 ng, lam nuong, 1 nam dc 40 trieu, ko co nha ve sinh, nuoc suoi');
    expect(reply).toMatch(/^Thu nhập cả hộ: 3\.333\.333 đồng\/tháng ÷ 6 người = 555\.556 đồng\/người\/tháng/u);
    expect(reply).toContain('hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên.');
    expect(reply).toContain('Bạn đã kể 2 chỉ số thiếu hụt (Nguồn nước sinh hoạt, Nhà tiêu hợp vệ sinh): thêm 1 chỉ số nữa là hộ nghèo (tham khảo).');
    expect(reply).toContain('UBND cấp xã');
  });

  it('"nha tui o Ca Mau, 2 vo chong + 2 con nho + me gia, …, tam 8 trieu/thang, nha tole mua dot": 2027 counts the lacks', async () => {
    const reply = await DECEMBER.first('nha tui o Ca Mau, 2 vo chong + 2 con nho + me gia, chong di bien, thu nhap bap benh tam 8 trieu/thang, nha tole mua dot');
    expect(reply).toMatch(/^Thu nhập cả hộ: 8\.000\.000 đồng\/tháng ÷ 5 người = 1\.600\.000 đồng\/người\/tháng/u);
    expect(reply).toContain('hộ bạn là hộ có mức sống trung bình.');
    expect(reply).toMatch(/Từ 01\/01\/2027 .*: hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên\. Bạn đã kể 2 chỉ số thiếu hụt \(Người phụ thuộc trong hộ gia đình, Chất lượng nhà ở\): thêm 1 chỉ số nữa là hộ nghèo \(tham khảo\)\./u);
  });

  it('"vo chong tui gia roi, …, 2 ong ba 74 va 71 tuoi, …, o Soc Trang, thu nhap 1 thang chac 2 trieu"', async () => {
    const reply = await DECEMBER.first('vo chong tui gia roi, con di lam xa ko gui tien, 2 ong ba 74 va 71 tuoi, ruong 3 cong, o Soc Trang, thu nhap 1 thang chac 2 trieu');
    expect(reply).toMatch(/^Thu nhập cả hộ: 2\.000\.000 đồng\/tháng ÷ 2 người = 1\.000\.000 đồng\/người\/tháng/u);
    expect(reply).toContain('hộ bạn là hộ cận nghèo');
    expect(reply).toContain('Bạn đã kể 1 chỉ số thiếu hụt (Người phụ thuộc trong hộ gia đình): thêm 2 chỉ số nữa là hộ nghèo (tham khảo).');
  });

  it.each([
    ['nha em 4 nguoi o Nghe An, thu nhap 5 trieu/thang, ko co bhyt, nha dot nat', '1.250.000', 'Bạn đã kể 2 chỉ số thiếu hụt (Bảo hiểm y tế, Chất lượng nhà ở): thêm 1 chỉ số nữa là hộ nghèo (tham khảo).'],
    ['nha tui o Tien Giang 5 nguoi, ba tui 80 tuoi, thu nhap 6 trieu, hok co nuoc sach', '1.200.000', 'Bạn đã kể 1 chỉ số thiếu hụt (Nguồn nước sinh hoạt): thêm 2 chỉ số nữa là hộ nghèo (tham khảo).'],
    ['nha minh o Lao Cai, 4 nguoi, thu nhap 4 trieu 1 thang, ko co nha ve sinh, ko co bhyt', '1.000.000', 'Bạn đã kể 2 chỉ số thiếu hụt (Bảo hiểm y tế, Nhà tiêu hợp vệ sinh): thêm 1 chỉ số nữa là hộ nghèo (tham khảo).'],
    ['tui o Bac Lieu, nha 3 nguoi, thu nhap 3 trieu, thang nho nghi hoc roi', '1.000.000', 'Bạn đã kể 1 chỉ số thiếu hụt (Tình trạng đi học của trẻ em): thêm 2 chỉ số nữa là hộ nghèo (tham khảo).'],
  ])('"%s"', async (message, perPerson, counted) => {
    const reply = await DECEMBER.first(message);
    expect(reply).toContain(`= ${perPerson} đồng/người/tháng`);
    expect(reply).toContain('hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên.');
    expect(reply).toContain(counted);
    expect(reply).not.toMatch(/^Mình hiểu/u);
  });
});

describe('a lack told is counted, not read as the support asked', () => {
  it('"nhà em 4 người ở quê, cả nhà kiếm chừng 5 triệu một tháng, chưa có bảo hiểm y tế": no BHYT support lines', async () => {
    const reply = await DECEMBER.first('nhà em 4 người ở quê, cả nhà kiếm chừng 5 triệu một tháng, chưa có bảo hiểm y tế');
    expect(reply).toContain('Bạn đã kể 1 chỉ số thiếu hụt (Bảo hiểm y tế): thêm 2 chỉ số nữa là hộ nghèo (tham khảo).');
    expect(reply).not.toContain('Hỗ trợ đóng bảo hiểm y tế cho hộ bạn');
  });
});

describe('a disabled person asking what they get hears the monthly social allowance first', () => {
  it.each([
    'tui bi khuyet tat 2 chan, song 1 minh, ko co thu nhap, dc ho tro j ko',
    'me tui bi liet nua nguoi, nha 3 nguoi o que, thu nhap 3 trieu, co dc ho tro gi hong',
  ])('"%s" (was the class and the consent, 1.386 characters, no allowance)', async (message) => {
    const reply = await DECEMBER.first(message);
    expect(reply).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì/u);
    expect(reply).toContain('Trợ cấp xã hội hằng tháng');
    expect(reply).toContain('500.000 đồng/tháng từ 01/07/2024 (tỉnh có thể quy định cao hơn)');
    expect(reply).toContain('UBND cấp xã');
    expect(reply).not.toContain('Đồng ý lưu');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });
});
