/**
 * Round 38 mend38d, on 06/12/2026: a short follow-up answers the question it follows, not a passage found by search.
 * - "bao lau" after "ho moi thoat ngheo dc huong j nua ko": how long a newly-escaped household keeps its supports (the entry's
 *   3 năm / 36 tháng, with its status), was the 15-day recognition explainer;
 * - "dc kham mien phi ko" after a poor household told with an illness: the health-insurance card of the poor (100%), was the
 *   legal-aid explainer ("miễn phí");
 * - "rứa tui phải mần răng" after "răng mà khó rứa, nhà tui nghèo mà ko dc chi hết": how to ask again (the disputed result's
 *   answer: written answer with reasons, whom to ask), was the vocational-training explainer.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round38-mend38d-follow');

describe('a short follow-up after a resident\'s question', () => {
  it('"ho moi thoat ngheo dc huong j nua ko", "bao lau": the 3 years (36 months) the newly-escaped household keeps', async () => {
    const reply = await DECEMBER.after(['ho moi thoat ngheo dc huong j nua ko'], 'bao lau');
    expect(reply).toContain('3 năm (36 tháng)');
    expect(reply).toContain('Quyết định 28/2015/QĐ-TTg');
    expect(reply).not.toContain('Trong vòng 15 ngày');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });

  it('"nha tui ho ngheo, tui lai bi benh tieu duong", "dc kham mien phi ko": the BHYT card of the poor, not legal aid', async () => {
    const reply = await DECEMBER.after(['nha tui ho ngheo, tui lai bi benh tieu duong'], 'dc kham mien phi ko');
    expect(reply).toMatch(/bảo hiểm y tế/i);
    expect(reply).toContain('100%');
    expect(reply).not.toContain('trợ giúp pháp lý');
  });

  it('"răng mà khó rứa, nhà tui nghèo mà ko dc chi hết", "rứa tui phải mần răng": how to ask again, not vocational training', async () => {
    const reply = await DECEMBER.after(['răng mà khó rứa, nhà tui nghèo mà ko dc chi hết'], 'rứa tui phải mần răng');
    expect(reply).toContain('bằng văn bản');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply).not.toMatch(/học nghề/i);
  });
});
