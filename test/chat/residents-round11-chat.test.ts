/**
 * Round 11 (chat core): questions residents type on Zalo about one indicator, answered from the indicator's entry in
 * rules/indicators.yaml (its definition and threshold), not from a support card that shares its words. Asked on 02/12/2026
 * (the 2026 transition standard: NĐ 07/2021/NĐ-CP Điều 3 kept by NĐ 351/2025/NĐ-CP).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, openHarness, type Harness } from './harness.ts';
import { readTopic } from '../../src/chat/topics.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';

describe('the health-insurance indicator asked about: its definition and threshold, not the premium support', () => {
  it.each(['chi so thieu hut bhyt la gi', 'thieu hut bhyt la gi vay ad', 'chỉ số thiếu hụt bảo hiểm y tế là gì'])('"%s"', (question) => {
    expect(readTopic(question, TODAY)).toEqual({ kind: 'indicator', indicatorIds: ['health_insurance'] });
    const answer = askApiText(question, TODAY);
    // rules/indicators.yaml health_insurance: a member aged 6 or over without health insurance.
    expect(answer).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo/);
    expect(answer).toContain('từ 6 tuổi trở lên không có bảo hiểm y tế');
    expect(answer).not.toContain('Hỗ trợ đóng bảo hiểm y tế');
  });

  it('in the chat too: "chi so thieu hut bhyt la gi"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('chi so thieu hut bhyt la gi');
    expect(text).toContain('bị tính là thiếu hụt khi');
    expect(text).not.toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
  });

  it('the list is still the list: "12 chi so thieu hut gom nhung gi", "chi so thieu hut la gi"', () => {
    expect(readTopic('12 chi so thieu hut gom nhung gi', TODAY)).toMatchObject({ kind: 'standard', indicators: true });
    expect(readTopic('chi so thieu hut la gi', TODAY)).toMatchObject({ kind: 'standard', indicators: true });
  });

  it('the support is still the support: "ho can ngheo dc ho tro bhyt bn phan tram"', () => {
    expect(readTopic('ho can ngheo dc ho tro bhyt bn phan tram', TODAY)).toMatchObject({ kind: 'support', supportId: 'health_insurance_premium' });
  });
});

describe('"thôn đặc biệt khó khăn": what the data has, with source and status, and whom to ask', () => {
  it.each(['thon DBKK duoc ho tro gi', 'thôn đặc biệt khó khăn được hỗ trợ gì', 'ap dac biet kho khan co dc ho tro j ko'])('"%s"', (question) => {
    const answer = askApiText(question, TODAY);
    // rules/reference.yaml disadvantaged_villages: no support by village in the data (chưa rõ), the provincial text's target quoted with its source.
    expect(answer).toMatch(/^Xã, thôn, bản, ấp đặc biệt khó khăn:/);
    expect(answer).toContain('không có trong dữ liệu của trợ lý');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toContain('Căn cứ: Nghị quyết 05-NQ/TU, Tỉnh ủy Trà Vinh, 08/10/2021');
    expect(answer).not.toContain('Theo văn bản');
  });

  it('in the chat: "ban tui la ban dbkk co dc ho tro gi hok" is the same entry, not the list of supports by class', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ban tui la ban dbkk co dc ho tro gi hok');
    expect(text).toMatch(/^Xã, thôn, bản, ấp đặc biệt khó khăn:/);
    expect(text).not.toContain('Các chính sách hỗ trợ theo loại hộ');
  });
});
