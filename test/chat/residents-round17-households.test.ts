/**
 * Round 17 (households-round17.yaml): residents tell their household in one Zalo sentence and ask whether it is poor or
 * near-poor; the one-message result reads the money, the people and the place as they typed them.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TODAY = '2026-12-03';
const { first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round17-households');

describe('money said in tens typed as a digit ("9 chuc trieu")', () => {
  it('"nam roi thu dc chung 9 chuc trieu" is 90.000.000 đồng a year, 7.500.000 a month', async () => {
    const reply = await first('nha e 4 nguoi o que, nam roi thu dc chung 9 chuc trieu, co phai ho can ngheo ko');
    expect(reply).toContain('7.500.000 đồng/tháng ÷ 4 người = 1.875.000 đồng/người/tháng');
    expect(reply).not.toContain('9 nghìn đồng hay 9 triệu');
  });

  it('"3 chuc trieu 1 nam" is 30.000.000 đồng a year', async () => {
    const reply = await first('2 vo chong gia o que, thu nhap 3 chuc trieu 1 nam');
    expect(reply).toContain('2.500.000 đồng/tháng ÷ 2 người = 1.250.000 đồng/người/tháng');
  });
});
