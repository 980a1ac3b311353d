/**
 * A support asked about alone and the list of supports of a class say the same about its amount and
 * status (one renderer, findings F4), classes with the same details are named together, and a support
 * that has ended says so (findings F15). Figures are those of the legal texts as encoded in rules/supports:
 * lunch for preschool children of poor and near-poor households 160.000 đồng/child/month, up to 9 months
 * (Nghị định 105/2020/NĐ-CP Điều 7); mức chuẩn trợ giúp xã hội 500.000 đồng/month (Nghị định 76/2024/NĐ-CP);
 * the smartphone programme (Thông tư 14/2022/TT-BTTTT, 500.000 đồng/household in cash) ended in 2025.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** 01/12/2026 10:00 in Vietnam. */
const DEC_2026 = () => new Date('2026-12-01T03:00:00Z');

describe('a support asked about alone', () => {
  it('gives the amount the list view gives, with its status, and no "not checked" line after a stated amount', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const lunch = await harness.say('tien an trua mau giao bn');
    expect(lunch.text).toContain('Mức: 160.000 đồng/trẻ/tháng (tối đa 9 tháng/năm học)');
    expect(lunch.text).toContain('Nghị định 105/2020/NĐ-CP');
    expect(lunch.text).toContain('tham khảo');
    expect(lunch.text).not.toContain('chưa được kiểm tra ở đây');
    const list = await harness.say('/hotro ngheo');
    expect(list.text).toContain('Mức: 160.000 đồng/trẻ/tháng (tối đa 9 tháng/năm học)');
    // The same sentence about the support in both views.
    const sentence = (text: string) => /Trẻ em mẫu giáo[^\n]*Nơi làm: [^\n]*/.exec(text)?.[0];
    expect(sentence(lunch.text)).toBeDefined();
    expect(sentence(list.text)).toBe(sentence(lunch.text));

    const allowance = await harness.say('tro cap xa hoi moi thang bn tien');
    expect(allowance.text).toContain('500.000 đồng/tháng');
    expect(allowance.text).toContain('Nghị định 76/2024/NĐ-CP');
    expect(allowance.text).not.toContain('chưa được kiểm tra ở đây');

    const insurance = await harness.say('bhyt ho ngheo');
    expect(insurance.text).toContain('100%');
    expect(insurance.text).not.toContain('chưa được kiểm tra ở đây');
  });

  it('a disabled member of a poor household asking for an allowance gets the social assistance entry, which names người khuyết tật; without a class, the explainer for every disabled person', async () => {
    harness = await openHarness({ now: DEC_2026 });
    for (const question of ['nguoi khuyet tat nha ngheo dc tro cap bn', 'ho ngheo co nguoi tan tat dc tro cap ko', 'người khuyết tật hộ nghèo được trợ cấp không']) {
      const { text } = await harness.say(question);
      expect(text, question).toContain('Trợ cấp xã hội hằng tháng (theo dữ liệu chính sách');
      expect(text, question).toContain('người khuyết tật');
      expect(text, question).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
      expect(text, question).toContain('Nghị định 20/2021/NĐ-CP');
      expect(text, question).toContain('tham khảo');
      expect(text, question).toContain('UBND cấp xã');
    }
    // The entry is for poor households only; a question naming no class must not read as if only they got it.
    const general = (await harness.say('nguoi khuyet tat dc tro cap bn')).text;
    expect(general).not.toContain('theo dữ liệu chính sách');
    expect(general).toContain('Người khuyết tật');
    expect(general).toContain('500.000 đồng/tháng');
    expect(general).toContain('Nghị định 76/2024/NĐ-CP');
  });

  it('shows the dependants indicator with the elderly from the age the rules data gives (từ đủ 60 tuổi)', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say('Chỉ số người phụ thuộc được tính như thế nào?');
    expect(text).toContain('người cao tuổi từ đủ 60 tuổi');
  });

  it('names the classes with the same details once instead of repeating the paragraph', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const tuition = await harness.say('con tui hoc lop 3 co phai dong hoc phi k');
    expect(tuition.text.match(/mọi học sinh trường mầm non và phổ thông công lập được miễn học phí/g)).toHaveLength(1);
    expect(tuition.text).toContain('Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, hộ có mức sống trung bình: ');
  });

  it('says a programme that ended has ended, with what it was, instead of "no such support"', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const phone = await harness.say('ho ngheo co dc cho dien thoai thong minh ko');
    expect(phone.text).toContain('không còn áp dụng ngày 01/12/2026 (đã kết thúc)');
    expect(phone.text).toContain('500.000 đồng/hộ');
    expect(phone.text).toContain('Thông tư 14/2022/TT-BTTTT');
    expect(phone.text).not.toContain('không có hỗ trợ này');
  });

  it('gives near-poor households the 70% premium support wherever they live, 100% in a poor commune', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const insurance = await harness.say('bhyt cho ho can ngheo');
    expect(insurance.text).toContain('tối thiểu 70%');
    expect(insurance.text).toContain('100% mức đóng nếu hộ cận nghèo sống ở xã nghèo');
    expect(insurance.text).not.toContain('chỉ cho hộ cận nghèo sống ở xã nghèo');
  });
});
