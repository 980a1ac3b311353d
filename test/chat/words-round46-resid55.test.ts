/**
 * Round 46 (resid55, 07/12/2026): residents' words misread or answered without a verdict, typed on a phone without diacritics,
 * Southern words among them ("hok", "thiet", "keu", "bieu", "tui", "ba ngoai", "tụi nhỏ").
 * - "ba con noi ho can ngheo thang nao cung dc 500k": "Không đúng", 500.000 đồng placed (the mức chuẩn trợ giúp xã hội of the
 *   monthly allowance, NĐ 76/2024), what near-poor households get (was the verdict with every monthly support in full, ~1.900 characters).
 * - "dai hoc mien hoc phi that hok": "Đúng một phần" (NĐ 238/2025, ethnic-minority students only, tham khảo; the rest not in the data).
 * - "gui cccd de nhan tien ho tro": the scam warning and how support is really had (UBND cấp xã; was the procedure's papers).
 * - "tien sach vo cho con di hoc tinh sao": books chưa rõ, the learning cost (NĐ 238/2025; was the schooling indicator).
 * - "áp chuẩn": applying a standard, never "ấp" (was the rural line alone).
 * - "mien vien phi cho ho ngheo ko": the roadmap from 2030 and the benefit level (NQ 261/2025, tham khảo; was the premium card).
 * - "ba tui 76 tuoi dang lanh tro cap roi, co dc them luong huu xa hoi ko": drawing both chưa rõ, whom to ask, the pension (NĐ 176/2025).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const NOW = new Date('2026-12-07T03:00:00Z');
const { first } = conversationsAt(NOW, 'resid55');
const PHONE = 1000;
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a near-poor monthly 500k rumoured: the verdict, what 500.000 đồng is, what near-poor households get', () => {
  it.each([
    'ba con noi ho can ngheo thang nao cung dc 500k',
    'nghe noi ho can ngheo moi thang dc lanh 500 ngan ha',
    'hang xom noi ho can ngheo thang nao cung dc nha nuoc cho 500k, thiet ko',
    'tren zalo noi ho can ngheo dc 500 nghin moi thang dung ko',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toMatch(/^Không đúng: dữ liệu chính sách không có khoản tiền 500\.000 đồng trả hằng tháng cho mọi hộ cận nghèo/);
    expect(answer).toContain('500.000 đồng/tháng là mức chuẩn trợ giúp xã hội của trợ cấp xã hội hằng tháng');
    expect(answer).toContain('Nghị định 76/2024/NĐ-CP');
    expect(answer).toContain('không phải tiền cho mọi hộ cận nghèo');
    expect(answer).toContain('Hỗ trợ cho hộ cận nghèo');
    expect(answer).toContain('(tham khảo)');
    expect(answer.length).toBeLessThanOrEqual(PHONE + 400);
  });
});

describe('university fees said free: "Đúng một phần" with the status and whom to ask', () => {
  it.each([
    'dai hoc mien hoc phi that hok',
    'con ho ngheo hoc dai hoc dc mien hoc phi that hok',
    'nghe noi sv ho can ngheo dc mien hoc phi dai hoc ha',
    'con tui hoc cao dang, nghe noi ho ngheo dc mien hoc phi, thiet hong',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toMatch(/^Đúng một phần \(theo dữ liệu chính sách, ngày 07\/12\/2026\)\./);
    expect(answer).toContain('chỉ có khi sinh viên là người dân tộc thiểu số');
    expect(answer).toContain('dữ liệu của trợ lý không có, nên trợ lý không nêu');
    expect(answer).toContain('được miễn học phí (tham khảo). Căn cứ: Nghị định 238/2025/NĐ-CP.');
    expect(answer).toContain(CADRE);
    expect(answer.length).toBeLessThanOrEqual(PHONE);
  });
});

describe('the CCCD sent for money: the scam warning and how support is really had', () => {
  it.each([
    'gui cccd de nhan tien ho tro',
    'co nguoi keu gui hinh cccd de nhan tien ho ngheo',
    'ho bieu chup cccd gui qua zalo de lanh tien ho tro, co that ko',
    'nhan tin keu gui so can cuoc de dc nhan 2 trieu ho tro ho ngheo',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toMatch(/^Cẩn thận lừa đảo/);
    expect(answer).toContain('Việc này có dấu hiệu lừa đảo');
    expect(answer).toContain('đừng đưa số CCCD');
    expect(answer).toContain('Hỗ trợ hộ nghèo, hộ cận nghèo chỉ có sau khi UBND cấp xã rà soát, công nhận hộ');
    expect(answer).toContain('(tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(answer).not.toContain('Thủ tục rà soát, công nhận');
    expect(answer.length).toBeLessThanOrEqual(PHONE + 100);
  });
});

describe('how books are paid for, asked first: books chưa rõ, the learning cost (NĐ 238/2025)', () => {
  it.each([
    'bọn trẻ đi học thì tiền sách vở tính sao',
    'tien sach vo cho con di hoc tinh sao',
    'tụi nhỏ đi học tiền tập vở tính sao',
    'con tui di hoc, tien mua sach vo thi sao ad',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toMatch(/^Tiền sách vở, đồ dùng học tập/);
    expect(answer).toContain('Chưa rõ: khoản hỗ trợ riêng cho tiền sách vở, đồ dùng học tập');
    expect(answer).toContain('Hỗ trợ chi phí học tập');
    expect(answer).toContain('Nghị định 238/2025/NĐ-CP');
    expect(answer).not.toContain('Tình trạng đi học của trẻ em');
    expect(answer.length).toBeLessThanOrEqual(PHONE + 100);
  });

  it('guard: asked whether they are supported, the learning cost\'s card as before', async () => {
    expect(await first('con ho ngheo di hoc co dc ho tro tien mua sach vo ko')).toMatch(/^Hỗ trợ chi phí học tập/);
  });
});

describe('"áp chuẩn": a standard applied, never a hamlet', () => {
  it.each(['xa ap chuan moi chua', 'ap chuan moi chua ad', 'áp chuẩn mới chưa vậy'])('"%s": not yet, from 01/01/2027', async (text) => {
    const answer = await first(text);
    expect(answer).toMatch(/^Chưa\. /);
    expect(answer).toContain('từ 01/01/2027 mới áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });

  it.each(['ap chuan nao cho nha tui', 'ho tui ap chuan nao', 'áp chuẩn nào cho hộ tui vậy'])('"%s": both areas\' lines', async (text) => {
    const answer = await first(text);
    expect(answer).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    expect(answer).not.toMatch(/^Chuẩn nghèo nông thôn/);
  });
});

describe('hospital fees said free: the roadmap and the benefit level (NQ 261/2025)', () => {
  it.each([
    ['mien vien phi cho ho ngheo ko', 'Hộ nghèo'],
    ['ho ngheo di benh vien co mien vien phi ko', 'Hộ nghèo'],
    ['nha ngheo nam vien co dc mien vien phi hok', 'Hộ nghèo'],
    ['ho can ngheo dc mien vien phi ko', 'Hộ cận nghèo'],
  ])('"%s"', async (text, classLabel) => {
    const answer = await first(text);
    expect(answer).toMatch(/^Miễn viện phí theo Nghị quyết 261\/2025\/QH15/);
    expect(answer).toContain('Chưa có miễn toàn bộ viện phí: miễn viện phí ở mức cơ bản được thực hiện theo lộ trình, từ năm 2030');
    expect(answer).toContain('(tham khảo)');
    expect(answer).toContain('Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15)');
    expect(answer).toContain(`• ${classLabel}`);
    expect(answer).toContain('chưa rõ');
  });
});

describe('the social pension beside an allowance already drawn: chưa rõ, whom to ask, the pension', () => {
  it.each([
    'ba tui 76 tuoi dang lanh tro cap roi, co dc them luong huu xa hoi ko',
    'me tui 72 tuoi ho ngheo, dang lanh tro cap xa hoi, co dc lanh them tien huu tri xa hoi hok',
    'ong noi tui 80 tuoi dang huong tro cap khuyet tat roi thi co dc luong huu xa hoi nua ko',
    'ba ngoai tui 77 tuoi dang nhan tro cap hang thang, co dc them tro cap huu tri ko',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toMatch(/^Đang nhận trợ cấp hằng tháng, có được nhận thêm trợ cấp hưu trí xã hội không/);
    expect(answer).toContain('Chưa rõ: người đang nhận một khoản trợ cấp hằng tháng có được nhận thêm trợ cấp hưu trí xã hội cùng lúc không');
    expect(answer).toContain(CADRE);
    expect(answer).toContain('Trợ cấp hưu trí xã hội');
    expect(answer).toContain('Nghị định 176/2025/NĐ-CP');
    expect(answer).toContain('(tham khảo)');
    expect(answer.length).toBeLessThanOrEqual(PHONE + 500);
  });
});
