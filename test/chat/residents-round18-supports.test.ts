/**
 * Round 18 (supports): residents asking about supports as they type them in Zalo, in the chat and through /api/ask alike.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round18-supports');
const both = async (question: string) => [await first(question), askApiText(question, TODAY)];

describe('a funeral asked as a support', () => {
  it.each(['nha co nguoi mat ho ngheo dc ho tro tien ma chay ko', 'ho ngheo co dc ho tro tien dam ma ko', 'ba tui mat roi nha can ngheo co dc tien mai tang hong ad'])(
    '"%s": not in the data, said plainly, the commune cadre named; never why a household loses its status nor a plan',
    async (question) => {
      for (const text of await both(question)) {
        expect(text).toMatch(/^Thông tin về hỗ trợ chi phí mai táng \(ma chay\)[^]*không có trong dữ liệu của trợ lý/);
        expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
        expect(text).not.toContain('không còn trong danh sách');
        expect(text).not.toMatch(/\d{3}\.000 đồng/);
      }
    },
  );

  it('guard: "nha tui co nguoi mat roi co phai khai lai ko" stays the members changed', async () => {
    expect(await first('nha tui co nguoi mat roi co phai khai lai ko')).not.toContain('mai táng');
  });
});

describe('renting or living at a relative\'s, the review asked', () => {
  it.each([
    'tui thue phong tro o sai gon dc xet can ngheo ko',
    'nha tui o nho nha ba ngoai co dc xet ho ngheo ko',
    'nha tui o tro co dc xet ho ngheo ko',
    'tui o nha thue co dc lam ho can ngheo hok',
  ])('"%s": the renting entry from the rules data, with its sources and statuses; never a plan nor "không tìm thấy"', async (question) => {
    for (const text of await both(question)) {
      expect(text).toMatch(/^Ở nhà thuê, nhà trọ hoặc ở nhờ nhà người thân khi xét hộ nghèo, hộ cận nghèo:/);
      expect(text).toContain('Nhà thuê, nhà trọ không phải là điều kiện riêng');
      expect(text).toContain('(tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg');
      expect(text).toContain('Cần giấy tờ cư trú gì (thường trú hay tạm trú) để được xét chưa được kiểm tra ở đây (chưa rõ)');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('Tỉnh ủy');
      expect(text).not.toContain('không tìm thấy');
    }
  });

  it('guard: a household told with its renting ("nha tui 4 nguoi o tro thu nhap 5 trieu …") is still checked', async () => {
    expect(await first('nha tui 4 nguoi o tro thu nhap 5 trieu co dc xet ho ngheo ko')).toContain('1.250.000 đồng/người/tháng');
  });
});

describe('plain "man" (Southern "mần" = "làm") before anything made', () => {
  it('"man nha ho ngheo dc ho tro ko": the housing card, with its basis and status; never the list of every support nor a passage on salt water', async () => {
    for (const text of await both('man nha ho ngheo dc ho tro ko')) {
      expect(text).toMatch(/^Hỗ trợ nhà ở/);
      expect(text).toContain('Nghị quyết 257/2025/QH15');
      expect(text).toContain('chưa rõ');
      expect(text).not.toContain('mặn xâm nhập');
    }
  });

  it('"ho ngheo man nha ve sinh dc ho tro ko": no latrine support in the data, then the latrine indicator', async () => {
    for (const text of await both('ho ngheo man nha ve sinh dc ho tro ko')) {
      expect(text).toContain('không có khoản hỗ trợ làm nhà vệ sinh (nhà tiêu)');
      expect(text).not.toMatch(/^Hỗ trợ nhà ở/);
    }
  });

  it('guards: "khai man" stays a false declaration, "nuoc man" salt water', async () => {
    expect(await first('khai man thu nhap de dc ho ngheo thi sao')).toContain('Thu nhập và điều kiện sống hộ kê khai không được công nhận ngay');
    expect(await first('nha tui xai nuoc man co tinh thieu nuoc sach ko')).toContain('Nguồn nước sinh hoạt');
  });
});

describe('when the support money comes, the money named first', () => {
  it.each(['tien ho tro ho ngheo chung nao phat z', 'tien ho tro can ngheo bao gio moi co vay ad'])(
    '"%s": the payment-timing entry (the schedule is not in the data, chưa rõ, the commune cadre named); never a plan',
    async (question) => {
      for (const text of await both(question)) {
        expect(text).toMatch(/^Khi nào nhận được tiền hỗ trợ:/);
        expect(text).toContain('(chưa rõ)');
        expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
        expect(text).not.toContain('Theo văn bản');
      }
    },
  );

  it('guard: "ho ngheo dc ho tro j nhiu ko ad" keeps the general supports explainer', async () => {
    for (const text of await both('ho ngheo dc ho tro j nhiu ko ad')) expect(text).toContain('Hộ nghèo, hộ cận nghèo được các hỗ trợ chính sau');
  });
});

describe('a pupil and a support asked', () => {
  it.each(['con tui hoc lop 6 nha ngheo dc ho tro j ko', 'hoc sinh ho ngheo dc ho tro bn 1 thang'])(
    '"%s": the learning cost (its amount under NĐ 238/2025 not known: no figure), never the general explainer',
    async (question) => {
      for (const text of await both(question)) {
        expect(text).toContain('Hỗ trợ chi phí học tập');
        expect(text).not.toContain('Giải thích ngắn');
        expect(text).not.toContain('150.000');
      }
    },
  );

  it('guards: "ho ngheo di hoc nghe dc ho tro ko" stays vocational training; a child out of school asked as a lack stays the indicator', async () => {
    expect(await first('ho ngheo di hoc nghe dc ho tro ko')).toMatch(/^Hỗ trợ học nghề/);
    expect(await first('con tui bo hoc lop 6 nha tui co bi tinh thieu hut ko')).toContain('Tình trạng đi học của trẻ em');
  });
});
