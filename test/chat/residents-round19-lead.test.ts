/**
 * Round 19 (lead): questions written fresh for routing-round19.yaml that the chat answered with something else, in the chat
 * and through /api/ask alike: whether only a septic latrine counts, who may recognise a poor household asked "ai có quyền",
 * a commune of the "đặc biệt khó khăn" kind, and a disabled person's monthly money with no household class said.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { ask, first } = conversationsAt(DECEMBER, 'round19-lead');

describe('which latrine counts', () => {
  it('"nha ve sinh tu hoai moi dat chuan ha ad": the latrine indicator, saying a septic one is not the only kind that counts', async () => {
    const question = 'nha ve sinh tu hoai moi dat chuan ha ad';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Nhà tiêu hợp vệ sinh');
      expect(text).toContain('bán tự hoại hoặc hố xí có nắp đậy');
      expect(text).toContain('NĐ 07/2021/NĐ-CP');
    }
  });
});

describe('who recognises, asked "ai có quyền"', () => {
  it('"ai co quyen quyet dinh cong nhan ho ngheo": the Chủ tịch UBND cấp xã, not a passage', async () => {
    const question = 'ai co quyen quyet dinh cong nhan ho ngheo';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Thẩm quyền công nhận hộ nghèo/);
      expect(text).toContain('Chủ tịch UBND cấp xã');
    }
  });
});

describe('a commune of the "đặc biệt khó khăn" kind', () => {
  it('"xa tui la xa dac biet kho khan thi dc nha nuoc ho tro them gi": no support by such a commune in the data (chưa rõ), not old training levels', async () => {
    const question = 'xa tui la xa dac biet kho khan thi dc nha nuoc ho tro them gi';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Xã, thôn, bản, ấp đặc biệt khó khăn/);
      expect(text).toContain('không có trong dữ liệu của trợ lý');
      expect(text).toContain('UBND cấp xã');
      expect(text).not.toContain('đồng/người/khóa');
    }
  });
});

describe('a disabled person’s monthly money, no class said', () => {
  it('"tui bi khuyet tat nang co dc nhan tien tro cap hang thang ko": the explainer for every disabled person, not the poor households’ entry', async () => {
    const question = 'tui bi khuyet tat nang co dc nhan tien tro cap hang thang ko';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).not.toContain('theo dữ liệu chính sách');
      expect(text).toContain('Người khuyết tật');
      expect(text).toContain('500.000 đồng/tháng');
    }
  });

  it('guard: named by its own name or with a class, the rules entry stays', async () => {
    expect(await first('thu tuc xin tro cap xa hoi cho nguoi khuyet tat')).toMatch(/Trợ cấp xã hội hằng tháng \((theo dữ liệu chính sách, )?áp dụng ngày/); // in brief since round 36 short27 (the whole card's "(theo dữ liệu chính sách …)" after "chi tiết")
    expect(await first('con tui khuyet tat ho ngheo co dc tro cap hang thang ko')).toMatch(/Trợ cấp xã hội hằng tháng \((theo dữ liệu chính sách, )?áp dụng ngày/); // in brief since round 36 short27 (the whole card's "(theo dữ liệu chính sách …)" after "chi tiết")
  });
});

describe('next year asked while the consent question waits', () => {
  it.each(['qua thang 1 thi nha tui co con can ngheo ko', 'sang nam nha tui con la ho can ngheo hok'])(
    '"%s": the check moves to 01/01/2027 and keeps the household told (was a new check that asked the area again)',
    async (later) => {
      const [, moved = '', declined = ''] = await ask(
        'nha tui 5 nguoi o que, chong chay xe om dc 4 trieu, tui ban tap hoa dc 2 trieu 1 thang, 3 dua nho di hoc, co bhyt het',
        later,
        '2',
      );
      expect(moved).toContain('xét theo chuẩn áp dụng ngày 01/01/2027');
      expect(moved).toContain('Số người: 5');
      expect(moved.match(/Đồng ý lưu/g)?.length).toBe(2);
      expect(declined).toContain('Thu nhập cả hộ: 6.000.000 đồng/tháng');
      expect(declined).not.toContain('nông thôn hay thành thị');
      // The 2027–2030 standard asks fewer questions than the 15 of NĐ 07/2021.
      expect(declined).toMatch(/Câu \d+\/13/);
    },
  );
});

describe('a class named and "được gì" closing the question', () => {
  it.each([
    ['ho can ngheo dc gi vay', 'hộ cận nghèo'],
    ['ho ngheo duoc gi', 'hộ nghèo'],
    ['ho can ngheo thi duoc nhung gi a', 'hộ cận nghèo'],
  ])('"%s": in the chat, that class’s supports from the rules data, as "được hỗ trợ gì" gets (was the general explainer)', async (question, named) => {
    const text = await first(question);
    expect(text).toMatch(new RegExp(`^Hỗ trợ cho ${named} \\(áp dụng ngày`));
    expect(text).toContain('bảo hiểm y tế');
  });

  it('guard: "ho ngheo dc gi khi nam vien" asks something narrower, not the list', async () => {
    expect(await first('ho ngheo dc gi khi nam vien')).not.toMatch(/^Hỗ trợ cho hộ nghèo/);
  });
});
