/**
 * Round 18 (households-round18.yaml): residents tell their household in one Zalo sentence; the reader takes the people, the
 * money and the work as they typed them (Southern words, day wages, "lít", "chục").
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';

const TODAY = '2026-12-03';
const { first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round18-households');
const rules = loadRules();
const read = (text: string) => understandHousehold(text, rules, TODAY).understood;

describe('hired work paid by the day: the contract is not said, so employment is asked (one rule for rounds 6, 12, 17, 18)', () => {
  it('"chong di lam ho 300k/ngay, thang lam 20 ngay" counts 300.000 × 20 and leaves employment not known', async () => {
    const text = 'nha e 4 nguoi o que, chong di lam ho 300k/ngay, thang lam 20 ngay, e o nha giu con, ko ai co bhyt';
    expect(read(text).unsure).toContain('employment');
    const reply = await first(text);
    expect(reply).toContain('300.000 đồng một ngày × 20 ngày = 6.000.000 đồng một tháng');
  });

  it('"mần thuê 200k 1 ngày", "lam thue 200 ngan 1 ngay", "lam ho 1 ngay 300 ngan", "lam ho 250k 1 ngay" with a total: employment not known', () => {
    for (const text of [
      'nha tui 4 nguoi o que, ong xa man thue 200k 1 ngay thang lam 25 ngay, tui ban rau dc 1tr',
      'nha 4 nguoi o que, tui lam thue 200 ngan 1 ngay, thang lam dc 15 ngay, ba xa lam cong nhan 4 trieu',
      'nha e 5 nguoi o que, chong lam ho 1 ngay 300 ngan, moi thang lam 22 ngay',
      'ca nha 5 nguoi o xa, chong lam ho 250k 1 ngay, vo lam muon, tong cong 1 thang dc chung 6 trieu',
    ]) {
      const understood = read(text);
      expect(understood.unsure, text).toContain('employment');
      expect(understood.deprivations, text).not.toContain('employment');
    }
  });

  it('own-account work paid by the day ("chay xe om", "ban hang rong") and hired work by the month say nothing of employment', () => {
    for (const text of [
      'nha tui 3 nguoi o phuong, tui chay xe om ngay kiem 200k, thang chay 25 ngay, ba xa o nha nau com',
      'nha e 3 nguoi o que, e ban hang rong ngay dc 100k, thang ban 30 ngay, chong lam muon thang 3 trieu',
      'ba tui 75 tuoi o voi vo chong tui va 2 dua nho o que, 2 vo chong man thue thang dc 50 lit',
    ]) expect(read(text).unsure, text).not.toContain('employment');
  });

  it('"mần thuê theo mùa" is seasonal hired work, asked like "làm thuê thời vụ"', () => {
    expect(read('nha tui 3 nguoi o ap 5, tui man thue theo mua, 1 nam kiem dc chung 36 trieu, nha la').unsure).toContain('employment');
  });

  it('a contract said lacking stays the deprivation', () => {
    expect(read('nha 4 nguoi o xa, chong lam ho ko co hop dong, 1 ngay 250k, thang lam chung 20 ngay').deprivations).toContain('employment');
  });
});

describe('a day\'s pay asked back is written as a figure, not echoed as typed', () => {
  it('"thu nhap 2 chuc ngan 1 ngay" is asked as 20.000 đồng a day', async () => {
    const reply = await first('nha tui 3 nguoi o que, ban ve so 1 ngay loi dc 2 chuc ngan');
    expect(reply).toContain('20.000 đồng (“2 chuc ngan”) là tiền một ngày');
  });

  it('"lam thue 1 ngay 3 tram ruoi" is asked as 350.000 đồng a day', () => {
    const { questions } = understandHousehold('nha 4 nguoi o que, tui lam thue 1 ngay 3 tram ruoi', rules, TODAY);
    expect(questions.join(' ')).toContain('350.000 đồng (“3 tram ruoi”) là tiền một ngày');
  });
});

describe('the household told by who does what, clause by clause ("ổng …, tui …, 2 đứa nhỏ …")', () => {
  it('"ổng làm thợ hồ tháng 6 triệu, tui ở nhà nuôi 2 đứa nhỏ, ở quê" is 4 people, the result given without asking the size', async () => {
    expect(read('ổng làm thợ hồ tháng 6 triệu, tui ở nhà nuôi 2 đứa nhỏ, ở quê').members).toBe(4);
    const reply = await first('ổng làm thợ hồ tháng 6 triệu, tui ở nhà nuôi 2 đứa nhỏ, ở quê');
    expect(reply).toContain('6.000.000 đồng/tháng ÷ 4 người = 1.500.000 đồng/người/tháng');
  });

  it('"ổng làm phụ hồ, tui bán vé số, 2 đứa nhỏ đi học" and "ba xa ban rau, tui chay xe om, 3 dua nho di hoc" are 4 and 5', () => {
    expect(read('ổng làm phụ hồ, tui bán vé số, 2 đứa nhỏ đi học, ở quê, tháng chung 7 triệu').members).toBe(4);
    expect(read('ba xa ban rau, tui chay xe om, 3 dua nho di hoc, o xa, thang dc 6 trieu').members).toBe(5);
  });

  it('someone living or working away leaves the size asked', () => {
    for (const text of [
      'ổng đi làm ăn xa, tui ở nhà nuôi 2 đứa nhỏ, ở quê, tháng 5 triệu',
      'tui ban ve so, con gai o rieng, o que, thang 3 trieu',
      'ổng làm thợ hồ, con trai đi làm ở sài gòn, tui ở nhà nuôi 2 đứa nhỏ, ở quê, tháng 6 triệu',
    ]) expect(read(text).members, text).toBeNull();
  });
});

describe('the ages of a pair said bare after the pair ("ông bà tui ở quê, ông 72 bà 68")', () => {
  it('"ong 72 ba 68" is two ages, both dependants, and the pair\'s own clause describes the pair', async () => {
    const text = 'ong ba tui o que, ong 72 ba 68, song nho tro cap voi tien tui gui ve 2 trieu 1 thang, nha la';
    expect(read(text).memberDetails).toEqual([{ age: 72 }, { age: 68 }]);
    const reply = await first(text);
    expect(reply).toContain('Người phụ thuộc trong hộ gia đình: thiếu hụt');
  });

  it('"ong ba tui o que, ong 72 tuoi ba 68 tuoi" keeps both ages for the pair (was: dropped as people of another clause)', () => {
    expect(read('ong ba tui o que, ong 72 tuoi ba 68 tuoi, thang 2 trieu').memberDetails).toEqual([{ age: 72 }, { age: 68 }]);
  });

  it('a pair living apart is not the household: "2 vo chong tui deu di lam, ong ba gia 80 tuoi o rieng"', () => {
    expect(read('2 vo chong tui deu di lam, ong ba gia 80 tuoi o rieng, o que, thang 6 trieu').memberDetails).toBeUndefined();
  });
});
