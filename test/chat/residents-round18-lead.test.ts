/**
 * Round 18 (lead): questions written fresh for routing-round18.yaml that the chat answered with something else, in the chat
 * and through /api/ask alike: a son marrying and moving out ("cuoi vo" had been read "cưới vào"), the ministry asked with a
 * closing "vay" (read as a loan), a province's own higher line, a low-wage worker, which indicator a lack of TV and phone
 * counts for, the kWh of the electricity support, and whether the review is held again in 2027.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/chat/input.ts';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round18-lead');

describe('a member marrying and moving out', () => {
  it.each(['con trai tui moi cuoi vo ra o rieng thi tach ho ngheo sao ad', 'thang lon lay vo roi ra o rieng, ho ngheo tinh sao z'])('"%s": the member-change entry', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Hộ có người mất, thêm người hay có người chuyển đi/);
    }
  });

  it('"cuoi vo", "lay vo", "voi vo" keep the wife; "co vo ho ngheo" is still "vào"', () => {
    expect(readMessage('con trai tui moi cuoi vo').words).toContain('vo');
    expect(readMessage('tui voi vo va 2 dua nho').words.join(' ')).toContain('toi voi vo va');
    expect(readMessage('nha tui co vo ho ngheo ko').words.join(' ')).toContain('co vao ho ngheo');
  });
});

describe('the ministry asked with a closing "vay" (vậy)', () => {
  it('"gio bo nao quan ly giam ngheo vay": the ministry, not a loan nor "không tìm thấy"', async () => {
    const question = 'gio bo nao quan ly giam ngheo vay';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Bộ quản lý nhà nước về giảm nghèo từ năm 2025/);
      expect(text).toContain('Bộ Nông nghiệp và Môi trường');
    }
  });

  it('guard: "vay von chinh sach gio bo nao quan ly" stays who runs the loans', async () => {
    expect(await first('vay von chinh sach gio bo nao quan ly')).not.toMatch(/^Bộ quản lý nhà nước về giảm nghèo/);
  });
});

describe('a province\'s own higher line', () => {
  it('"tinh co dc tu dat chuan ngheo cao hon cua trung uong ko": whether a province may, not the whole card', async () => {
    const question = 'tinh co dc tu dat chuan ngheo cao hon cua trung uong ko';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Tỉnh, thành phố có được ban hành chuẩn nghèo riêng không/);
    }
  });
});

describe('a low-wage worker', () => {
  it('"tui lam cong nhan luong thap co dc nha nuoc ho tro gi ko": NĐ 30/2025\'s entry, not every class\'s supports', async () => {
    const question = 'tui lam cong nhan luong thap co dc nha nuoc ho tro gi ko';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Người lao động có thu nhập thấp \(Nghị định 30\/2025\/NĐ-CP\)/);
      expect(text).toContain('chưa rõ');
    }
  });
});

describe('which indicator a lack counts for', () => {
  it('"nha ko co tivi ko co dien thoai thi bi tinh thieu chi so nao": the two information indicators, not the card of twelve', async () => {
    const question = 'nha ko co tivi ko co dien thoai thi bi tinh thieu chi so nao';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo áp dụng ngày/);
      expect(text).toContain('Phương tiện phục vụ tiếp cận thông tin');
      expect(text).not.toContain('Chất lượng nhà ở');
    }
  });

  it('guard: "12 chi so thieu hut gom nhung chi so nao" is still the list', async () => {
    expect(await first('12 chi so thieu hut gom nhung chi so nao')).toContain('Chất lượng nhà ở');
  });
});

describe('the electricity support asked in kWh', () => {
  it.each(['ho ngheo dc ho tro may kwh dien 1 thang vay', 'ho ngheo dc cho may ky dien moi thang'])('"%s": the electricity card', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Hỗ trợ tiền điện/);
      expect(text).toContain('Quyết định 14/2025/QĐ-TTg');
    }
  });

  it('guard: "so dien thoai ong chu tich xa" is no electricity question', async () => {
    expect(await first('so dien thoai ong chu tich xa')).not.toMatch(/^Hỗ trợ tiền điện/);
  });
});

describe('still near-poor in 2027, or reviewed again', () => {
  it('"qua nam 2027 nha tui con la ho can ngheo nua ko hay phai xet lai": the standing entry first, then the 2027 figures', async () => {
    const text = await first('qua nam 2027 nha tui con la ho can ngheo nua ko hay phai xet lai');
    expect(text).toMatch(/^Từ 01\/01\/2027 hộ còn là hộ nghèo, hộ cận nghèo không/);
    expect(text).toContain('2.200.000 đồng');
  });
});

describe('a renter asking where to be reviewed, with a temporary residence', () => {
  it('"tui o tro dang ky tam tru o binh duong thi xet ho ngheo o dau": where a household is reviewed, not how renting counts', async () => {
    const question = 'tui o tro dang ky tam tru o binh duong thi xet ho ngheo o dau';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở/);
    }
  });

  it('guard: "tui thue phong tro o sai gon dc xet can ngheo ko" keeps the renting entry', async () => {
    expect(await first('tui thue phong tro o sai gon dc xet can ngheo ko')).toMatch(/^Ở nhà thuê, nhà trọ/);
  });
});

describe('the end-2026 review\'s standard asked with its procedure', () => {
  it.each(['Đợt rà soát hộ nghèo cuối năm 2026 thực hiện theo chuẩn và quy trình nào?', 'ra soat cuoi nam nay theo chuan va quy trinh nao vay ad'])('"%s": which standard the review uses first, not only the calendar', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 theo chuẩn nào/);
    }
  });
});

describe('a support asked by a household renting', () => {
  it.each(['ho ngheo o tro co dc ho tro tien dien ko', 'nha tui o thue co dc mien hoc phi cho con ko'])('"%s": the support\'s card, not the renting explainer', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^(Hỗ trợ tiền điện|Miễn học phí trường công lập)/);
      expect(text).not.toMatch(/^Giải thích ngắn:\n“Nhà thuê, nhà trọ/);
    }
  });
});

describe('small children counted before their group word', () => {
  it('"vo chong tui voi 3 tui nho …": 5 people, the three children dependants', async () => {
    const text = await first('vo chong tui voi 3 tui nho thue nha o phuong, phong 15m2, chong lam cong nhan 6tr5, tui o nha giu con');
    expect(text).toMatch(/^Mình hiểu: Khu vực: Thành thị; Số người: 5; Thu nhập cả hộ: 6\.500\.000 đồng\/tháng ÷ 5 người = 1\.300\.000 đồng\/người\/tháng; Người phụ thuộc/);
  });
});
