/**
 * Round 11 (outside testers, findings31 and findings33): questions typed as residents type them that got another question's
 * answer — what changes from 01/01/2027 asked plainly, a fee or bribe read as the household's income, … Asked on 02/12/2026;
 * expectations from rules/ and /work/shared/facts (updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';
const { ask, first } = conversationsAt(DECEMBER, 'round11');

describe('what changes from 01/01/2027, asked with the date alone (findings33 O02)', () => {
  const changes = (text: string) => {
    expect(text).toContain('Sắp thay đổi:');
    expect(text).toContain('01/01/2027: Chuẩn nghèo Nông thôn: 1.500.000 đồng → 2.200.000 đồng/người/tháng');
    expect(text).toContain('01/01/2027: Chuẩn nghèo Thành thị: 2.000.000 đồng → 2.800.000 đồng/người/tháng');
    expect(text).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(text).toContain('Thêm chỉ số “Xử lý rác thải sinh hoạt”');
    expect(text).toMatch(/Ngưỡng hộ có mức sống trung bình Nông thôn: 2\.250\.000 đồng → chưa rõ/);
    // Not the 2025 merger explainer nor a 2021–2025 target.
    expect(text).not.toContain('34 tỉnh');
    expect(text).not.toContain('giai đoạn 2021 - 2025');
  };
  it.each(['từ 01/01/2027 có gì thay đổi', 'từ 1/1/2027 thay đổi gì', 'tu 1/1 toi co gi thay doi ko', 'dau nam 2027 co gi thay doi'])('chat: "%s"', async (question) => {
    changes(await first(question));
  });
  it('/api/ask: the same list', () => {
    changes(askApiText('từ 01/01/2027 có gì thay đổi', TODAY));
    changes(askApiText('viết bài ngắn 5 dòng đăng nhóm zalo: từ 01/01/2027 có gì thay đổi', TODAY));
  });
  it('guard: a change asked of a support for 2027 keeps that support', async () => {
    expect(await first('tu 1/1/2027 bhyt ho can ngheo co gi thay doi')).not.toContain('Sắp thay đổi:\n• 01/01/2027: Chuẩn nghèo đa chiều');
  });
});
