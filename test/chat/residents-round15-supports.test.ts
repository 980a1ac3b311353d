/**
 * Round 15 (supports and procedures): residents asking what they get and how to get it, typed as on a cheap phone in
 * Zalo (no marks, "ko", "dc", "j", "tui", "hok", Southern and Central words). Asked on 03/12/2026, in the chat and through
 * /api/ask (the same reading).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round15-supports');

describe('paying to be reviewed, or a scam about it: no fee in the review, and whom to tell', () => {
  it.each(['ho ngheo co phai dong tien gi ko', 'lam ho so ho ngheo co ton phi ko', 'tui bi lua dong tien lam ho so ho ngheo, bao ai', 'xin vo ho can ngheo co ton phi hok', 'lam giay chung nhan ho ngheo co ton phi ko ad'])(
    '"%s"',
    async (question) => {
      for (const text of [await first(question), askApiText(question, TODAY)]) {
        expect(text).toMatch(/^Tiền, lệ phí để được xét hoặc đưa vào danh sách hộ nghèo, hộ cận nghèo/);
        expect(text).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
        expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
        expect(text).toContain('cán bộ phụ trách giảm nghèo');
        expect(text).not.toContain('4.000.000 đồng');
      }
    },
  );

  it('guard: the BHYT premium asked with "dong tien" keeps its card', async () => {
    expect(await first('ho can ngheo co phai dong tien bhyt ko')).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
  });
});

describe('what Chỉ thị 05 itself is (its date, who issued it, its targets): from the data on the Chỉ thị, not a provincial plan', () => {
  it.each(['Chỉ thị 05 ban hành ngày nào', 'chi thi 05 ai ky', 'chi thi 05 la gi', 'chi thi so 05 cua ban bi thu ve viec gi z', 'muc tieu cua chi thi 05 la gi'])(
    '"%s"',
    async (question) => {
      for (const text of [await first(question), askApiText(question, TODAY)]) {
        expect(text).toMatch(/^Chỉ thị 05-CT\/TW về tăng cường sự lãnh đạo của Đảng/);
        expect(text).toContain('Ngày 23/06/2021, Ban Bí thư Trung ương Đảng ban hành Chỉ thị 05-CT/TW');
        expect(text).toContain('Căn cứ: Chỉ thị 05-CT/TW');
        expect(text).toContain('Toàn văn Chỉ thị này không có trong các văn bản đang lưu');
        expect(text).not.toContain('QĐ 768/QĐ-UBND, UBND tỉnh Bình Định, 11/03/2022, Điều');
      }
    },
  );

  it('guard: how a plan carries it out is still quoted from the plan', async () => {
    const text = await first('ke hoach thuc hien chi thi 05 co nhung nhiem vu gi');
    expect(text).not.toMatch(/^Chỉ thị 05-CT\/TW về tăng cường/);
    expect(text).toContain('Nguồn: ');
  });
});

describe('"giay chung nhan ho ngheo mat roi": the certificate lost, not a member who died', () => {
  it.each(['giay chung nhan ho ngheo mat roi lam sao', 'giay ho can ngheo nha tui mat dau roi, xin lai o mo', 'so ho ngheo bi mat tieu roi lam sao z'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toContain('Mất, hư Giấy chứng nhận');
      expect(text).toContain('UBND cấp xã');
      expect(text).not.toContain('thay đổi thành viên');
      expect(text).not.toMatch(/\d+\.000 đồng|\d+ ngày làm việc/);
    }
  });

  it('guard: a member who died is still the members changed', async () => {
    expect((await first('ong nha tui mat roi co phai khai lai ko')).split('\n')[0]).toContain('thay đổi thành viên');
  });
});

describe('"lam sao thoat ngheo ma van dc ho tro": what a household keeps after leaving the poor list', () => {
  it.each(['lam sao thoat ngheo ma van dc ho tro', 'nha tui thoat ngheo thi van dc ho tro hok'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu/);
      expect(text).toContain('vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
      expect(text).toContain('Quyết định 28/2015/QĐ-TTg');
      expect(text).not.toContain('Ban Thường vụ Tỉnh ủy');
    }
  });
});

describe('why the household was not recognised, or a complaint about it: answered, no household check started', () => {
  it.each([
    ['nha tui ngheo ma ko dc xet, khieu nai o dau', 'Hộ không đồng ý với kết quả bình xét, rà soát'],
    ['rang nha tui ko dc xet ho ngheo rua', 'Vì sao hộ có thể không được công nhận hộ nghèo, hộ cận nghèo'],
    ['sao nha tui ngheo ma hok dc xet ho ngheo', 'Vì sao hộ có thể không được công nhận hộ nghèo, hộ cận nghèo'],
  ])('"%s"', async (question, heading) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toContain(heading);
      expect(text).toContain('UBND cấp xã');
      expect(text).not.toContain('Mình sẽ hỏi vài câu về hộ của bạn');
    }
  });

  it('guard: the household told with the same words is still checked', async () => {
    expect(await first('nha tui 4 nguoi o que thu nhap 3 trieu, sao ko dc xet ho ngheo')).toContain('Thu nhập cả hộ: 3.000.000 đồng/tháng');
  });
});

describe('a single parent raising children: the monthly social allowance (its groups), not every class\'s list', () => {
  it.each(['tui me don than nuoi 2 dua nho co dc ho tro j ko', 'cha don than nuoi 2 dua nho dc ho tro gi'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Trợ cấp xã hội hằng tháng/);
      expect(text).toContain('người đơn thân thuộc hộ nghèo đang nuôi con');
      expect(text).toContain('Nghị định 20/2021/NĐ-CP');
      expect(text).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    }
  });

  it('guard: a single mother telling her household is still checked', async () => {
    expect(await first('tui me don than nuoi 2 dua nho, thu nhap 3 trieu o que')).toContain('Số người: 3');
  });
});

describe('work abroad asked as a support: that kind of support (no figure, ask UBND cấp xã), not where a household working away is reviewed', () => {
  it.each(['di lam o nhat ho ngheo dc ho tro nhiu', 'con tui muon di lam o han quoc, ho ngheo dc ho tro j'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('đi làm việc ở nước ngoài theo hợp đồng');
      expect(text).toContain('hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở');
      expect(text).not.toMatch(/\d+\.000 đồng/);
    }
  });

  it('guard: working away in another province is still where the household is reviewed', async () => {
    expect(await first('tui di lam xa o binh duong thi dang ky ho ngheo o dau')).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở/);
  });
});
