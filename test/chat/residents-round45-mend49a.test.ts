/**
 * Round 45 mend49a, on 07/12/2026 (tryout49 theme T2): residents' messages read as something else. A bill's amount ("tien dien
 * thang nay nha tui 400k") was the household's income and started a check; a BHYT support asked beside a household ("co dc ho tro
 * bhyt ko") was the BHYT lack, never answered; a plea written by a grandchild, a tax worry about declaring income and a commune
 * still called poor got a provincial passage or the rumour template; a loan said by what it is for ("vay lam an", "vay nuoi heo")
 * got the livelihood card without the loan. Routing figures: test/eval/routing-round45-mend49a.yaml.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-mend49a');
const rules = loadRules();

describe('a bill or cost amount is no income', () => {
  it.each([
    'tien dien thang nay nha tui 400k',
    'tien nuoc nha tui thang 150k',
    'hoc phi cua con tui 2tr 1 thang',
    'tien thuoc cua ba tui moi thang het 1 trieu',
  ])('"%s": no income read', (text) => {
    expect(understandHousehold(text, rules, '2026-12-07').understood.monthlyIncome).toBeNull();
  });

  it('the income told beside a bill is still read ("nha tui 3 nguoi, chong lam thue 4tr, tien nha 1tr")', () => {
    expect(understandHousehold('nha tui 3 nguoi, chong lam thue 4tr, tien nha 1tr', rules, '2026-12-07').understood.monthlyIncome).toBe(4_000_000);
  });

  it.each([
    'tien dien thang nay nha tui 400k, ho ngheo co dc giam ko',
    'tien dien nha tui thang roi 350 ngan, co dc giam ko ad',
    'thang nay tien dien het 500 ngan, nha ngheo co dc bot ko',
  ])('"%s": the electricity support, QĐ 14/2025 replacing QĐ 28/2014, no check started', async (text) => {
    const reply = await DECEMBER.first(text);
    expect(reply).toContain('Hỗ trợ tiền điện');
    expect(reply).toContain('Quyết định 14/2025/QĐ-TTg');
    expect(reply).toContain('30 kWh/tháng');
    expect(reply).not.toContain('Thu nhập cả hộ');
    expect(reply).not.toContain('Đồng ý lưu');
  });
});

describe('a support asked beside a household told: the class, then that support for it', () => {
  it('"bn oi, nha tui co 2 nguoi, o phuong, moi thang dc 5tr, co dc ho tro bhyt ko"', async () => {
    const reply = await DECEMBER.first('bn oi, nha tui co 2 nguoi, o phuong, moi thang dc 5tr, co dc ho tro bhyt ko');
    expect(reply).toContain('hộ bạn là hộ có mức sống trung bình');
    expect(reply).toContain('Hỗ trợ đóng bảo hiểm y tế cho hộ bạn:');
    expect(reply).toContain('tối thiểu 30% mức đóng bảo hiểm y tế');
    expect(reply).toContain('Không thuộc trường hợp đó: dữ liệu chính sách không có hỗ trợ này.');
    expect(reply).toContain('Từ 01/01/2027 (hộ cận nghèo): Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(reply).not.toContain('Bảo hiểm y tế: thiếu hụt');
    expect(reply).not.toContain('Bảo hiểm y tế: không thiếu hụt');
  });

  it('"nha e 3 ng o tp, luong 6tr, dc mua bhyt hok ad": near-poor now and from 2027, said once', async () => {
    const reply = await DECEMBER.first('nha e 3 ng o tp, luong 6tr, dc mua bhyt hok ad');
    expect(reply).toContain('Hiện nay và từ 01/01/2027 (hộ cận nghèo): Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(reply).not.toContain('Bảo hiểm y tế: không thiếu hụt');
  });

  it('"nha tui 5 nguoi, o xa, 1 thang dc 7 trieu, co dc vay von ko": the loan for the class', async () => {
    const reply = await DECEMBER.first('nha tui 5 nguoi, o xa, 1 thang dc 7 trieu, co dc vay von ko');
    expect(reply).toContain('Vay vốn tín dụng chính sách cho hộ bạn:');
    expect(reply).toContain('Hộ cận nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
  });

  it('the lack told is still read ("nha tui 2 nguoi thu nhap 5tr, ko dc cap bhyt"), and a card had ("… dc cap bhyt roi")', () => {
    expect(understandHousehold('nha tui 2 nguoi thu nhap 5tr, ko dc cap bhyt', rules, '2026-12-07').understood.deprivations).toContain('health_insurance');
    expect(understandHousehold('nha tui 2 nguoi thu nhap 5tr, co dc ho tro bhyt ko', rules, '2026-12-07').understood.deprivations).not.toContain('health_insurance');
  });
});

describe('a plea for help, written by someone else: where to go, kindly, short', () => {
  it.each([
    'tui ko biet chu, nho chau nhan tin, nha tui ngheo lam can giup do',
    'ba tui gia roi ko biet nhan tin, nha ngheo qua xin giup do',
    'hok biet chu nen nho con go dum, nha kho qua can ho tro',
  ])('"%s"', async (text) => {
    const reply = await DECEMBER.first(text);
    expect(reply).toContain('Bạn có thể đến UBND cấp xã nơi ở, gặp cán bộ phụ trách giảm nghèo');
    expect(reply).toContain('Giấy đề nghị (Mẫu số 04)');
    expect(reply).toContain('không mất tiền');
    expect(reply).toContain('nhà có mấy người');
    expect(reply).not.toContain('Theo văn bản');
    expect(reply.length).toBeLessThan(1000);
  });
});

describe('declaring income is not taxed: the review, with status; tax rules not in the data', () => {
  it.each(['tai sao lai phai khai thu nhap, co bi thu thue ko', 'khai thu nhap xong co phai dong thue hok', 'can bo hoi thu nhap nha tui de thu thue ha'])(
    '"%s"',
    async (text) => {
      const reply = await DECEMBER.first(text);
      expect(reply).toContain('không phải để tính thuế (tham khảo)');
      expect(reply).toContain('Nghị định 07/2021/NĐ-CP');
      expect(reply).toContain('Quy định về thuế');
      expect(reply).toContain('(chưa rõ)');
      expect(reply).toContain('UBND cấp xã');
    },
  );

  it('"nha tui 3 nguoi, chong lam thue, thu nhap 4tr" (hired work, "thuê") stays a household', async () => {
    expect(await DECEMBER.first('nha tui 3 nguoi, chong lam thue, thu nhap 4tr')).toContain('Thu nhập cả hộ: 4.000.000 đồng/tháng');
  });
});

describe('a commune still called poor: what "xã nghèo" is in the 2026–2035 programme, its list not in the data', () => {
  it.each(['sao cho xa bao nam nay ko con ho ngheo ma van lay ten xa ngheo', 'sao xa tui mang ten xa ngheo hoai vay'])('"%s"', async (text) => {
    const reply = await DECEMBER.first(text);
    expect(reply).toContain('không phải danh sách hộ nghèo của xã');
    expect(reply).toContain('100% xã nghèo thoát nghèo vào năm 2030 (tham khảo)');
    expect(reply).toContain('(chưa rõ)');
    expect(reply).toContain('UBND cấp xã');
    expect(reply).not.toContain('Không đúng theo dữ liệu');
  });

  it('"nghe noi nam sau bo ho ngheo" is still a rumour corrected', async () => {
    expect(await DECEMBER.first('nghe noi nam sau bo ho ngheo')).toContain('Không đúng theo dữ liệu');
  });
});

describe('a loan said by what it is for: the social-policy bank loan first', () => {
  it.each(['ho ngheo o Nghe An vay lam an dc ko, tui muon nuoi bo', 'nha tui can ngheo, muon vay nuoi heo dc hok', 'ho ngheo co dc cho vay buon ban ko'])(
    '"%s"',
    async (text) => {
      const reply = await DECEMBER.first(text);
      expect(reply.startsWith('Vay vốn tín dụng chính sách')).toBe(true);
      expect(reply).toContain('Ngân hàng Chính sách xã hội');
      expect(reply).toContain('Tổ tiết kiệm và vay vốn tại thôn');
    },
  );
});
