/**
 * Findings 18 (outside tester: commune cadres asking criteria, forms and supports), in the cadres' own words, on 02/12/2026
 * (the 2026 transition standard; the 2027–2030 standard of NĐ 351/2025 starts 01/01/2027). Facts: /work/shared/facts
 * ([M] answered "tham khảo"; [?] said unknown, pointing to the cán bộ phụ trách giảm nghèo ở UBND cấp xã).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

const { first } = conversationsAt(NOW, 'f18');

/** The answer's first paragraph (up to the first blank line). */
const lead = (text: string) => text.split('\n\n')[0]!;

describe('Q7: "chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào"', () => {
  it('is answered with how the 2027–2030 indicators differ, first (was: an explainer on hộ có mức sống trung bình)', async () => {
    const text = await first('chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào');
    const head = lead(text);
    expect(head).toMatch(/^Chỉ số thiếu hụt của chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\) so với /);
    // updates-2026.md [M]: the information-access indicator removed, digital services / Internet and household waste added.
    expect(head).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(head).toContain('“Sử dụng dịch vụ số, Internet”');
    // One status per line (round 22): the threshold not known is its own line.
    expect(head).toContain('Thêm chỉ số “Xử lý rác thải sinh hoạt” (tham khảo)\n• Ngưỡng thiếu hụt của chỉ số “Xử lý rác thải sinh hoạt” (chưa rõ)');
    expect(text).not.toContain('Hộ có mức sống trung bình là hộ có thu nhập bình quân cao hơn mức chuẩn nghèo');
  });

  it('without diacritics too, and a class comparison for 2027 still compares the classes (no changes list first)', async () => {
    // The comparison, or since round 12 the compact answer on the indicators (findings34 N13): what goes either way.
    expect(lead(await first('chi so thieu hut nam 2027 khac gi so voi giai doan 2022-2025'))).toMatch(/[Bb]ỏ (?:chỉ số )?“Phương tiện phục vụ tiếp cận thông tin”/);
    expect(await first('hộ nghèo với hộ cận nghèo năm 2027 khác nhau chỗ nào')).not.toMatch(/^Chỉ số thiếu hụt của/);
  });
});

describe('Q10: "chuẩn nghèo 2027-2030 theo nghị định nào, ký ngày nào"', () => {
  // Round 18 (law): the decree asked leads, on its first line (was the whole 2027–2030 card, its basis on the second line).
  it('names NĐ 351/2025 and its date 30/12/2025 (tham khảo, updates-2026.md [M]) first; the decree’s own effective date is said unknown', async () => {
    const text = await first('chuẩn nghèo 2027-2030 theo nghị định nào, ký ngày nào');
    const [title] = text.split('\n');
    expect(title).toMatch(/^Văn bản quy định chuẩn nghèo: Nghị định 351\/2025\/NĐ-CP của Chính phủ \(ký ngày 30\/12\/2025, tham khảo; ngày có hiệu lực chưa rõ\)/);
    // Round 28 (law13): the period asked is the period (was "Chuẩn nghèo áp dụng năm 2027").
    expect(text).toContain('Chuẩn nghèo áp dụng giai đoạn 2027–2030');
  });

  it('the 2022–2025 standard gives NĐ 07/2021’s date (27/01/2021) the same way', async () => {
    expect((await first('chuan ngheo giai doan 2022-2025 theo nghi dinh nao')).split('\n')[0]).toContain('Nghị định 07/2021/NĐ-CP của Chính phủ (ký ngày 27/01/2021');
  });
});

describe('Q48: "người lao động thu nhập thấp theo nghị định 30/2025 là bao nhiêu"', () => {
  it('answers the low-income worker (≤ 3.000.000 đồng/tháng, tham khảo: poverty-standards.md [M]), says it is not the poverty line, and names no poverty line as the answer', async () => {
    const text = await first('người lao động thu nhập thấp theo nghị định 30/2025 là bao nhiêu');
    const [title, line] = text.split('\n');
    expect(title).toBe('Người lao động có thu nhập thấp (Nghị định 30/2025/NĐ-CP):');
    expect(line).toContain('thu nhập từ 3.000.000 đồng/tháng trở xuống (tham khảo)');
    expect(text).toContain('không phải chuẩn hộ nghèo, hộ cận nghèo');
    // Was: "2022 – 2025: 1.500.000 đồng/người/tháng ở nông thôn, 2.000.000 đồng/người/tháng ở thành thị …".
    expect(text).not.toContain('1.500.000');
    expect(text).not.toContain('2.000.000');
    expect(text).toContain('chưa được kiểm tra ở đây (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('the question it suggests for the poverty line is answered by the standard', async () => {
    expect(await first('chuẩn nghèo năm 2026 là bao nhiêu')).toContain('1.500.000 đồng');
  });
});

describe('Q40: "xã nghèo 2026-2030 được hỗ trợ những gì"', () => {
  it('is about the commune: the programme for xã nghèo (tham khảo), that its projects and amounts are not in the data (chưa rõ); not the list of supports of hộ nghèo', async () => {
    const text = await first('xã nghèo 2026-2030 được hỗ trợ những gì');
    expect(text).toMatch(/^Xã nghèo được hỗ trợ gì \(Chương trình MTQG giai đoạn 2026–2035\):\n/);
    expect(text).toContain('Nghị quyết 257/2025/QH15');
    expect(text).toContain('100% xã nghèo thoát nghèo vào năm 2030');
    expect(text).toContain('không có trong dữ liệu của trợ lý, nên trợ lý không nêu');
    expect(text).not.toContain('Hỗ trợ cho hộ nghèo');
    expect(text).not.toContain('Vay vốn tín dụng chính sách');
  });

  it('a household class named with it still gets that class’s supports ("hộ cận nghèo ở xã nghèo được hỗ trợ gì"), and the suggested questions answer', async () => {
    expect(await first('hộ cận nghèo ở xã nghèo được hỗ trợ gì')).toMatch(/^Hỗ trợ cho hộ cận nghèo/);
    expect(await first('hộ nghèo được hỗ trợ gì')).toMatch(/^Hỗ trợ cho hộ nghèo/);
  });
});

describe('Q17: "phiếu A phiếu B dùng để làm gì"', () => {
  it('is about the forms: their circular (TT 07/2021, tham khảo), that what each form is for is not in the data (no description invented), and only then the scores', async () => {
    const text = await first('phiếu A phiếu B dùng để làm gì');
    expect(text).toMatch(/^Mẫu phiếu rà soát hộ nghèo, hộ cận nghèo \(phiếu A, phiếu B\):\n/);
    expect(text).toContain('Thông tư 07/2021/TT-BLĐTBXH');
    expect(text).toContain('Nội dung và công dụng của từng mẫu phiếu (phiếu A, phiếu B) không có trong dữ liệu của trợ lý');
    // Was: "Chấm điểm phiếu rà soát … (điểm A, điểm B)" with the points as if they were the forms.
    expect(text).not.toMatch(/^Chấm điểm/);
    expect(text).not.toContain('140 điểm');
  });

  it('the points asked stay the scoring ("thang điểm phiếu B mỗi chỉ số mấy điểm"), as the suggested question is', async () => {
    expect(await first('thang điểm phiếu B mỗi chỉ số mấy điểm, bao nhiêu điểm là hộ nghèo')).toMatch(/^Chấm điểm phiếu rà soát/);
    expect(await first('chấm điểm phiếu rà soát thế nào')).toContain('140 điểm');
  });
});

describe('Q24: "rà soát 2027 dùng mẫu phiếu theo thông tư nào"', () => {
  it('says first that the 2026–2030 forms and their circular are not known ([?]), whom to ask, then what is in force (TT 07/2021), each line once', async () => {
    const text = await first('rà soát 2027 dùng mẫu phiếu theo thông tư nào');
    expect(text).toMatch(/^Cho năm 2027, dữ liệu của trợ lý chưa có:\n• Văn bản quy định mẫu phiếu và cách chấm điểm cho rà soát giai đoạn 2026–2030/);
    expect(text.indexOf('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào')).toBeLessThan(text.indexOf('ban hành kèm Thông tư 07/2021/TT-BLĐTBXH'));
    expect(text).toContain('chưa phải quy định cho năm 2027');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text.split('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào').length).toBe(2);
  });
});

describe('Q46: "tỉnh có được ban hành chuẩn nghèo riêng cao hơn không"', () => {
  it('answers yes first (2026–2030, tham khảo), that no province’s own figures are in the data, then whom to ask; not the whole 2026 card', async () => {
    const text = await first('tỉnh có được ban hành chuẩn nghèo riêng cao hơn không');
    const [title, line] = text.split('\n');
    expect(title).toBe('Tỉnh, thành phố có được ban hành chuẩn nghèo riêng không:');
    expect(line).toMatch(/^• Có\. Tỉnh, thành phố có thể ban hành chuẩn nghèo riêng cao hơn chuẩn quốc gia cho giai đoạn 2026–2030 \(tham khảo\)/);
    expect(text).toContain('không có trong dữ liệu của trợ lý');
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
  });
});
