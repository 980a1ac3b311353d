/**
 * Round 17 (lead): three of the questions written fresh for routing-round17.yaml that the chat answered with an unrelated
 * passage, in the chat and through /api/ask alike. Books for school are the learning-cost support (was the explainer's BHYT and
 * tuition lines); whether declared information leaks out is the personal-data entry (was a provincial resolution's paragraph
 * on causes of poverty); what Chỉ thị 05 is about is its entry (was "không có trong các văn bản" and the supports explainer).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round17-lead');

describe('books and school things for a poor household\'s child', () => {
  it.each(['con ho ngheo di hoc co dc ho tro tien mua sach vo ko', 'ho ngheo co dc cho tien mua do dung hoc tap ko ad'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Hỗ trợ chi phí học tập/);
      expect(text).toContain('Nghị định 238/2025/NĐ-CP');
    }
  });

  it('guard: "nha bi lo dat" (a landslide) is not a question on personal data', async () => {
    expect(await first('nha tui bi lo dat co dc ho tro gi ko')).not.toContain('Luật Bảo vệ dữ liệu cá nhân');
  });
});

describe('whether what a household declares leaks out', () => {
  it.each(['khai thong tin ho ngheo co bi lo ra ngoai ko', 'thu nhap nha tui khai cho xa co bi tiet lo ko'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15');
      expect(text).not.toContain('Nguyên nhân của những tồn tại');
    }
  });
});

describe('what Chỉ thị 05 is about', () => {
  it.each(['chi thi 05 noi ve cai gi vay', 'chi thi 05 noi ve gi ad'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Chỉ thị 05-CT\/TW về tăng cường sự lãnh đạo của Đảng/);
      expect(text).toContain('23/06/2021');
      expect(text).not.toContain('không có trong các văn bản trợ lý lưu');
    }
  });
});

describe('the school fee\'s exemption asked in residents\' words', () => {
  it.each(['ho ngheo co dc mien tien hoc cho con ko ad', 'nha can ngheo con di hoc co dc giam tien hoc hok'])('"%s": the exemption card first', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Miễn học phí trường công lập/);
      expect(text).toContain('Nghị quyết 217/2025/QH15');
    }
  });
});

describe('whether the review\'s time is over', () => {
  it.each(['het han ra soat chua', 'nam nay het han xet ho ngheo chua ad'])('"%s": where today falls in the review, not the certificate\'s term', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Hôm nay 03\/12\/2026: .*đến hết ngày 14\/12\/2026/);
      expect(text).not.toContain('Thời hạn của Giấy chứng nhận');
    }
  });

  it('guard: "giay chung nhan ho ngheo het han chua" is still the certificate\'s term', async () => {
    expect(await first('giay chung nhan ho ngheo het han chua')).toMatch(/^Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo/);
  });
});

describe('the commune did not review the household', () => {
  it.each(['xa ko xet cho nha tui thi sao', 'xa ko chiu xet ho ngheo cho nha tui'])('"%s": why a household may not be recognised and the written answer it is owed', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Vì sao hộ có thể không được công nhận hộ nghèo, hộ cận nghèo:/);
      expect(text).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản');
      expect(text).not.toContain('Nhà thuê, nhà trọ');
    }
  });
});
