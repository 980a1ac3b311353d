/**
 * Round 17 (supports): residents asking about supports and the procedure in one message, in the chat and through /api/ask.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round17-supports');

describe('renting a room, the review asked', () => {
  it.each(['nha tui o tro co dc xet ho ngheo ko', 'o tro co duoc xet ho ngheo khong'])('"%s": the renting explainer', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Nhà thuê, nhà trọ không phải là điều kiện riêng');
      expect(text).not.toContain('Tỉnh ủy');
    }
  });
});

describe('what the certificate or the file costs', () => {
  it.each(['lam giay chung nhan ho ngheo co mat tien ko', 'xin giay xac nhan ho can ngheo co ton tien hong', 'lam ho so ho ngheo mat bao nhieu tien', 'mần giấy chứng nhận hộ cận nghèo có mất tiền ko'])(
    '"%s": no fee in the review (QĐ 24/2021), not the generic "not in the data"',
    async (question) => {
      for (const text of [await first(question), askApiText(question, TODAY)]) {
        expect(text).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
        expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
        expect(text).not.toContain('không có trong dữ liệu của trợ lý');
      }
    },
  );

  it('guard: "ho ngheo di kham benh co mat tien ko" stays what a visit costs', async () => {
    expect(await first('ho ngheo di kham benh co mat tien ko')).toMatch(/^Đi khám chữa bệnh có mất tiền không/);
  });
});

describe('building a latrine asked as a support', () => {
  it.each(['ho ngheo co dc ho tro lam nha ve sinh ko', 'xay nha tieu ho can ngheo dc ho tro hong'])(
    '"%s": no such support in the data, then the latrine indicator; never the housing card',
    async (question) => {
      for (const text of [await first(question), askApiText(question, TODAY)]) {
        expect(text).toContain('không có khoản hỗ trợ làm nhà vệ sinh (nhà tiêu)');
        expect(text).toContain('Nhà tiêu hợp vệ sinh');
        expect(text).not.toContain('Hỗ trợ nhà ở');
      }
    },
  );

  it('guard: "ho ngheo dc ho tro xay nha ko" keeps the housing card', async () => {
    expect(await first('ho ngheo dc ho tro xay nha ko')).toMatch(/^Hỗ trợ nhà ở/);
  });
});

describe('money for a child\'s schooling', () => {
  it.each(['ho ngheo dc ho tro tien hoc cho con ko', 'nha tui ho ngheo co dc tien di hoc cho con hong'])(
    '"%s": the learning cost (NĐ 238/2025, its amount not checked) and the fee exemption, never the list of every support',
    async (question) => {
      for (const text of [await first(question), askApiText(question, TODAY)]) {
        expect(text).toMatch(/^Hỗ trợ chi phí học tập/);
        expect(text).toContain('Nghị định 238/2025/NĐ-CP');
        expect(text).toContain('Miễn học phí trường công lập');
        expect(text).not.toContain('Hộ nghèo, hộ cận nghèo được các hỗ trợ chính sau');
      }
    },
  );

  it('guard: "ho can ngheo co dc ho tro tien hoc nghe ko" stays the vocational training card', async () => {
    expect(await first('ho can ngheo co dc ho tro tien hoc nghe ko')).toMatch(/^Hỗ trợ học nghề/);
  });
});

describe('what is not known, said for a later year', () => {
  it('"tro cap huu tri xa hoi nam 2027 co thay doi ko": the monthly amount is what is not known, not a start date', async () => {
    for (const text of [await first('tro cap huu tri xa hoi nam 2027 co thay doi ko'), askApiText('tro cap huu tri xa hoi nam 2027 co thay doi ko', TODAY)]) {
      expect(text).toContain('kể cả điều còn chưa rõ (như mức trợ cấp hằng tháng)');
      expect(text).not.toContain('(như ngày bắt đầu áp dụng)');
    }
  });

  it('"ho moi thoat ngheo nam 2027 con bhyt ko": how long the card issued before holds is what is not known', async () => {
    expect(await first('ho moi thoat ngheo nam 2027 con bhyt ko')).toContain('kể cả điều còn chưa rõ (như thẻ đã cấp khi còn là hộ nghèo, hộ cận nghèo dùng được đến khi nào)');
  });
});

describe('a newborn\'s BHYT card', () => {
  it.each(['tui moi sinh em be, lam the bhyt cho be sao', 'nha tui vua sinh be, bhyt cho be ai dong'])(
    // Round 21: the data's line for children under 6 (rules/reference.yaml young_children: the state budget pays, tham khảo) first.
    '"%s": the data\'s line for children under 6 said first, then the levels by class',
    async (question) => {
      for (const text of [await first(question), askApiText(question, TODAY)]) {
        expect(text).toMatch(/^Cho trẻ em dưới 6 tuổi, theo dữ liệu chính sách của trợ lý:\n• Bảo hiểm y tế: trẻ em dưới 6 tuổi thuộc nhóm được ngân sách nhà nước đóng/);
        expect(text).toContain('UBND cấp xã');
      }
    },
  );
});

describe('when the money of a support comes', () => {
  it.each(['bao gio thi dc nhan tien ho tro', 'khi nao moi co tien ho tro vay ad'])('"%s": no payment calendar in the data (chưa rõ), whom to ask', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Khi nào nhận được tiền hỗ trợ/);
      expect(text).toContain('lịch chi trả) không có trong dữ liệu của trợ lý');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('Tỉnh ủy');
    }
  });

  it('guard: "ba noi tui 80 tuoi khi nao duoc lanh tien" keeps the social pension', async () => {
    expect(await first('ba noi tui 80 tuoi khi nao duoc lanh tien')).toContain('Trợ cấp hưu trí xã hội');
  });
});

describe('"mần" (Southern, Central "làm")', () => {
  it.each(['mần giấy hộ nghèo ở đâu dzậy', 'man giay ho ngheo o dau'])('"%s": the procedure, never the renting explainer', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo/);
      expect(text).not.toContain('Nhà thuê, nhà trọ');
    }
  });
});
