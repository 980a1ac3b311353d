/**
 * Findings 15 (outside tester: commune cadres and outreach staff), in their words and a resident's without diacritics,
 * on 02/12/2026 (the 2026 transition standard; the 2027–2030 standard starts 01/01/2027).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

const { first } = conversationsAt(NOW, 'f15');

describe('c25: a household described (income, lacks) and its class asked is a check, whatever support its lacks name', () => {
  const asked = [
    'Hộ có thu nhập 1.450.000 đồng ở xã, thiếu BHYT và nhà tiêu, là hộ gì năm 2026 và năm 2027?',
    'ho co thu nhap 1tr450 o xa, thieu bhyt va nha tieu, la ho gi nam 2026 va 2027',
    'Hộ ở thành thị thu nhập 1.800.000 đồng, thiếu nước sạch và BHYT thì thuộc diện gì?',
  ];
  for (const question of asked) {
    it(`“${question}”: the check starts with what was told (was: the BHYT support table)`, async () => {
      const text = await first(question);
      expect(text).toMatch(/^Mình hiểu: Khu vực: (Nông thôn|Thành thị); Thu nhập cả hộ: 1\.[48]\d{2}\.000 đồng\/tháng; Bảo hiểm y tế: thiếu hụt/);
      expect(text).not.toContain('Hỗ trợ đóng bảo hiểm y tế');
    });
  }

  it('an income and an area alone asked "là hộ gì" still ask the standard’s line', async () => {
    const text = await first('Hộ có thu nhập bình quân đúng 2.200.000 đồng ở nông thôn năm 2027 là hộ gì');
    expect(text).toMatch(/^Chuẩn nghèo nông thôn áp dụng năm 2027/);
  });
});

describe('c33: /kiemtra with several members and a bare amount that per person puts the household in no class', () => {
  for (const line of ['/kiemtra nt 4 nguoi 5600000 bhyt nuoc nhatieu', '/kiemtra nt 4ng 5tr6 bhyt nuoc nhatieu']) {
    it(`“${line}”: asked back (cả hộ 1.400.000 đồng/người → hộ nghèo, or mỗi người), never "không thuộc diện" silently`, async () => {
      const text = await first(line);
      expect(text).toContain('5.600.000 đồng là thu nhập của cả hộ hay của mỗi người?');
      // 5.600.000 ÷ 4 = 1.400.000 ≤ 1.500.000 (nông thôn 2026) and 3 deprivations → hộ nghèo.
      expect(text).toContain('Nếu là của cả hộ 4 người: 1.400.000 đồng/người/tháng (hộ nghèo)');
      expect(text).not.toContain('Kết quả sàng lọc');
    });
  }

  it('"tong" before the amount: the household total, divided by the members → hộ nghèo', async () => {
    const text = await first('/kiemtra nt 4 nguoi tong 5600000 bhyt nuoc nhatieu');
    expect(text).toContain('tổng thu nhập 5.600.000 đồng/tháng ÷ 4 người = 1.400.000 đồng/người/tháng');
    expect(text).toContain('HỘ NGHÈO');
  });

  it('"bq" before the amount: per person, as typed → không thuộc diện', async () => {
    const text = await first('/kiemtra nt 4 nguoi bq 5600000 bhyt nuoc nhatieu');
    expect(text).toContain('thu nhập 5.600.000 đồng/người/tháng · 4 người');
    expect(text).toContain('KHÔNG THUỘC DIỆN');
  });

  it('a bare amount whose per-person reading is a class is used as typed (the documented form): 2.100.000 thành thị → trung bình', async () => {
    const text = await first('/kiemtra tt 2.100.000 bhyt nuoc nhatieu 4ng');
    expect(text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
  });
});
