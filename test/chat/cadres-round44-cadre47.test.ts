/**
 * Round 44 cadre47, on 07/12/2026: a commune cadre's formal question on the BHYT premium support of a near-poor member, with the
 * poor commune asked as "… thì sao?". Was: the BHYT deprivation indicator ("thì sao" read as what a lack counts for).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-cadre47');

describe('the premium support asked with "thì sao": the support card, not the indicator', () => {
  it('"Mức hỗ trợ đóng BHYT cho người thuộc hộ cận nghèo theo NĐ 188/2025 là bao nhiêu, và hộ cận nghèo ở xã nghèo thì sao?"', async () => {
    const reply = await DECEMBER.first('Mức hỗ trợ đóng BHYT cho người thuộc hộ cận nghèo theo NĐ 188/2025 là bao nhiêu, và hộ cận nghèo ở xã nghèo thì sao?');
    expect(reply).toContain('tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(reply).toContain('100% mức đóng nếu hộ cận nghèo sống ở xã nghèo (Nghị định 188/2025/NĐ-CP Điều 6 khoản 6; tham khảo)');
    expect(reply).not.toContain('Chỉ số thiếu hụt');
  });

  it('"ko co bhyt thi sao" still asks what the lack counts for (the indicator)', async () => {
    const reply = await DECEMBER.first('ko co bhyt thi sao');
    expect(reply).toContain('thiếu hụt');
  });
});
