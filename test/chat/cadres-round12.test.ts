/**
 * Round 12 (commune cadres, findings36): a household's last deprivation followed by the question, and questions on the
 * standards, the indicators of two periods and the procedures as cadres ask them. Classes by hand from NĐ 07/2021/NĐ-CP
 * Điều 3 (kept for 2026 by NĐ 351/2025/NĐ-CP): thành thị ≤ 2.000.000 đ/người/tháng → hộ nghèo with ≥ 3 chỉ số thiếu hụt,
 * hộ cận nghèo with < 3.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from '../household/reader.ts';
import { askApiText, conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-02T03:00:00Z'), 'cadres12');
const { read, classOf } = readerOn('2026-12-02');

describe('the last indicator named before the question is counted (findings36 N36-01)', () => {
  const household = 'Hộ 2 người ở phường, thu nhập cả hộ 3 triệu/tháng, thiếu BHYT, việc làm,';
  for (const [text, last] of [
    [`${household} chất lượng nhà ở thì năm 2026 là hộ gì?`, 'housing_quality'],
    [`${household} chất lượng nhà ở thì sao`, 'housing_quality'],
    [`${household} chất lượng nhà ở vậy là hộ gì`, 'housing_quality'],
    [`${household} chất lượng nhà ở có phải hộ nghèo không`, 'housing_quality'],
    [`${household} chất lượng nhà ở nên là hộ gì`, 'housing_quality'],
    [`${household} diện tích nhà ở thì sao`, 'housing_area'],
    ['ho 2 nguoi o phuong, thu nhap ca ho 3 trieu/thang, thieu bhyt, viec lam, chat luong nha o thi la ho gi', 'housing_quality'],
    ['nha tui 2 nguoi o phuong thu nhap 3 trieu 1 thang thieu bhyt, viec lam, dien tich nha o thi sao z', 'housing_area'],
    ['nha e o phuong 2 nguoi, thu nhap 3tr, thieu hut bhyt, viec lam, chat luong nha o vay la ho j', 'housing_quality'],
  ] as const) {
    it(`reads three deprivations and hộ nghèo in “${text}” (was: the last dropped, hộ cận nghèo)`, () => {
      const understanding = read(text);
      expect(understanding.understood.deprivations).toEqual(expect.arrayContaining(['employment', 'health_insurance', last]));
      expect(understanding.understood.deprivations).toHaveLength(3);
      expect(understanding.questions.join(' ')).not.toContain('chưa hiểu');
      // 1.500.000 ≤ 2.000.000 (thành thị) and 3 chỉ số → hộ nghèo.
      expect(classOf(text)?.classification).toBe('poor');
    });
  }

  it('the chat says hộ nghèo for the cadre’s sentence (was: "hộ cận nghèo hoặc hộ nghèo … bạn đã kể 2")', async () => {
    const reply = await first(`${household} chất lượng nhà ở thì năm 2026 là hộ gì?`);
    expect(reply).toContain('HỘ NGHÈO');
    expect(reply).not.toContain('bạn đã kể 2');
  });

  it('guard: words after the name that name another indicator are not dropped with the question words', () => {
    const understanding = read('Hộ 2 người ở phường, thu nhập 3 triệu/tháng, thiếu hụt chất lượng nhà ở lẫn diện tích nhà ở');
    expect(understanding.understood.deprivations).not.toEqual(['housing_quality']);
  });

  it('guard: "nhà ở thì sao" (two indicators) and "nước sạch nhà xyz" are not read as one indicator in silence', () => {
    const vague = read('Hộ 2 người ở phường, thu nhập 3 triệu/tháng, thiếu BHYT, việc làm, nhà ở thì sao');
    expect(vague.understood.deprivations).toEqual(['employment', 'health_insurance']);
    expect(vague.questions.join(' ')).toContain('nhà ở');
    expect(read('ho 4 nguoi o xa, thu nhap 1tr2 moi nguoi, thieu bhyt nuoc sach nha xyz').understood.deprivations).toEqual(['health_insurance', 'water_source']);
  });

  it('guard: "thiếu tiền, nợ ngân hàng thì sao" is still no list of indicators', () => {
    expect(read('Hộ 2 người ở phường, thu nhập 3 triệu/tháng, thiếu tiền, nợ ngân hàng thì sao').understood.deprivations).toEqual([]);
  });
});

describe('"chuẩn cận nghèo … là X đúng không" is about the income line, not a support (findings36 N36-05)', () => {
  for (const question of ['Chuẩn cận nghèo năm 2027 thành thị là 2,5 triệu đúng không?', 'chuan can ngheo nam 2027 o thanh thi la 2tr5 phai ko']) {
    it(`answers “${question}” with the 2027 line and says 2,5 triệu is not it (was: a list of near-poor supports for 2026)`, async () => {
      const reply = await first(question);
      expect(reply).toMatch(/^Không đúng: 2,5 triệu/);
      // NĐ 351/2025/NĐ-CP (rules/standards/2027-2030.yaml): thành thị 2.800.000 đồng, the same line for near-poor households.
      expect(reply).toContain('2.800.000 đồng thành thị');
      expect(reply).toContain('Nghị định 351/2025/NĐ-CP');
      expect(reply).toContain('hộ cận nghèo khi thiếu hụt dưới 3 chỉ số');
      expect(reply).not.toContain('khoản hỗ trợ nào');
      expect(reply).not.toContain('Hỗ trợ cho hộ cận nghèo');
    });
  }

  it('"nguong can ngheo 2027 la bao nhieu" gets the 2027 standard', async () => {
    expect(await first('nguong can ngheo 2027 la bao nhieu')).toMatch(/^Chuẩn nghèo áp dụng năm 2027/);
  });
});

describe('"so sánh … giai đoạn 2022-2025 với giai đoạn 2027-2030" compares the two periods named (findings36 N36-06)', () => {
  for (const question of ['So sánh 12 chỉ số giai đoạn 2022-2025 với giai đoạn 2027-2030', 'so sanh chi so thieu hut 2022-2025 voi 2027-2030']) {
    it(`answers “${question}” with what 2027–2030 changes in the list (was: 2022–2025 against 2016–2021)`, async () => {
      const reply = await first(question);
      expect(reply).toMatch(/^Chỉ số thiếu hụt của chuẩn nghèo đa chiều giai đoạn 2027–2030/);
      // rules/standards/2027-2030.yaml (NĐ 351/2025/NĐ-CP, tham khảo): the means of information dropped, waste added.
      expect(reply).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
      expect(reply).toContain('Xử lý rác thải sinh hoạt');
      expect(reply).not.toContain('Thêm chỉ số “Việc làm”');
    });
  }
});

describe('the procedure for farm households of hộ có mức sống trung bình is said to be missing, not the poor households’ (findings36 N36-07)', () => {
  for (const question of [
    'Thủ tục xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp có mức sống trung bình như thế nào?',
    'thu tuc xac dinh ho lam nong nghiep co muc song trung binh nhu the nao',
    'ho trung binh lam ruong thi lam giay to o dau',
  ]) {
    it(`answers “${question}”: QĐ 24/2021 has that procedure, its steps are not in the data, ask UBND cấp xã (was: Mẫu số 04, 01/09–14/12)`, async () => {
      for (const answer of [await first(question), askApiText(question, '2026-12-02')]) {
        expect(answer).toMatch(/^Quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp có mức sống trung bình/);
        expect(answer).toContain('không có trong dữ liệu của trợ lý');
        expect(answer).toContain('chưa rõ');
        expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
        expect(answer).not.toContain('Mẫu số 04');
      }
    });
  }

  it('guard: "thủ tục xét hộ cận nghèo" keeps the review procedure; "tiêu chí hộ có mức sống trung bình" the standard', async () => {
    expect(await first('thủ tục xét hộ cận nghèo')).toContain('Mẫu số 04');
    expect(await first('tiêu chí hộ có mức sống trung bình năm 2026')).toContain('hộ có mức sống trung bình');
    expect(await first('tiêu chí hộ có mức sống trung bình năm 2026')).not.toContain('không có trong dữ liệu của trợ lý');
  });
});
