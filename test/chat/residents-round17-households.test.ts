/**
 * Round 17 (households-round17.yaml): residents tell their household in one Zalo sentence and ask whether it is poor or
 * near-poor; the one-message result reads the money, the people and the place as they typed them.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';

const TODAY = '2026-12-03';
const { first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round17-households');
const rules = loadRules();

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

describe('those named first live with the speaker ("…, o voi vo chong tui")', () => {
  it('"tia ma tui gia roi tren 70 tuoi, o voi vo chong tui va 1 dua con 8 tuoi" is 5 people, 3 of them dependants', async () => {
    const reply = await first('tia ma tui gia roi tren 70 tuoi, o voi vo chong tui va 1 dua con 8 tuoi, o que, thang dc hai trieu ruoi');
    expect(reply).toMatch(/Số người: 5[.;]/);
    expect(reply).toContain('2.500.000 đồng/tháng ÷ 5 người = 500.000 đồng/người/tháng');
    expect(reply).toContain('Người phụ thuộc trong hộ gia đình: thiếu hụt');
  });

  it('"ong ba noi e deu tren 70 roi, o voi e" is 3 people, the two grandparents dependants', async () => {
    const reply = await first('ong ba noi e deu tren 70 roi, o voi e, e lam thue 4tr/thang, o xa');
    expect(reply).toMatch(/Số người: 3[.;]/);
    expect(reply).toContain('Người phụ thuộc trong hộ gia đình: thiếu hụt');
    expect(reply).not.toContain('mức sống trung bình');
  });
});

describe('a mason\'s day work, contract not said ("ổng làm thợ hồ")', () => {
  it('"chong lam tho ho" leaves employment not known, asked, never "không thiếu hụt"', () => {
    const { understood, notMentioned } = understandHousehold('nha 4 nguoi o que, chong lam tho ho thang 6 trieu, co phai ho ngheo ko', rules, TODAY);
    expect(understood.unsure).toContain('employment');
    expect(understood.deprivations).not.toContain('employment');
    expect(notMentioned).not.toContain('employment');
  });

  it('"ổng làm thợ hồ ko có hợp đồng" is the deprivation', () => {
    expect(understandHousehold('nhà 3 người ở quê, ổng làm thợ hồ ko có hợp đồng, tháng 6 triệu', rules, TODAY).understood.deprivations).toContain('employment');
  });
});
