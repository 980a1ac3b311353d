/**
 * Round 15: residents correct or change their household after its result, in their own words and without a marker word
 * ("nha tui 6 nguoi" typed after the result), after an interview and after a household told in one message alike. What
 * changed is said one way ("Số người: 4 → 6"), then the result again with its class.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { conversationsAt, openHarness, type Harness } from './harness.ts';

// 03/12/2026: the 2026 standard in force (rural line 1.500.000 đồng, urban 2.000.000 đồng), the 2027–2030 one coming.
const NOW = new Date('2026-12-03T03:00:00Z');
const { ask } = conversationsAt(NOW, 'round15-revise');

/** Tells the household, declines saving, answers "ko" until the result; the conversation's harness. */
async function resultOf(sentence: string): Promise<Harness> {
  const harness = await openHarness({ now: () => NOW });
  await harness.say(sentence);
  let turn = await harness.say('2');
  for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('ko');
  expect(turn.text).toContain('Kết quả sàng lọc');
  return harness;
}

// 4 người ở quê, 7.200.000 đồng: 1.800.000 đồng/người/tháng, above the 2026 rural line: hộ có mức sống trung bình, settled.
const TOLD = 'nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi';

describe('a correction without a marker word after a household told in one message', () => {
  it.each(['nha tui 6 nguoi', 'a nham, nha tui 6 nguoi', 'à không, 6 người chứ'])('"%s": the same household with 6 people, what changed and the new class', async (typed) => {
    const [, text] = await ask(TOLD, typed);
    expect(text).toContain('Số người: 4 → 6');
    expect(text).toContain('7.200.000 đồng/tháng ÷ 6 người = 1.200.000 đồng/người/tháng');
    expect(text).toContain('Kết quả đổi: trước là hộ có mức sống trung bình, nay là hộ cận nghèo');
    expect(text).not.toContain('Đồng ý lưu');
  });

  it('"à nhầm, thu nhập 8 triệu": 2.000.000 đồng per person, still hộ có mức sống trung bình, said so', async () => {
    const [, text] = await ask(TOLD, 'à nhầm, thu nhập 8 triệu');
    expect(text).toMatch(/Thu nhập cả hộ: 7\.200\.000 đồng\/tháng ÷ 4 người = 1\.800\.000 đồng\/người\/tháng → 8\.000\.000 đồng\/tháng ÷ 4 người = 2\.000\.000 đồng\/người\/tháng/);
    expect(text).toContain('Kết quả không đổi: hộ có mức sống trung bình');
    expect(text).not.toContain('Theo văn bản');
  });

  it('"sai roi nha tui o thanh pho": the urban line, not the list of what was used', async () => {
    const [, text] = await ask(TOLD, 'sai roi nha tui o thanh pho');
    expect(text).toContain('Khu vực: Nông thôn → Thành thị');
    expect(text).toContain('nay là hộ cận nghèo');
    expect(text).not.toContain('Kết quả vừa rồi được tính từ');
  });

  it('the correction is kept: "con neu 5 nguoi thi sao" next starts from the corrected income', async () => {
    const [, , text] = await ask(TOLD, 'thu nhap 10 trieu', 'con neu 5 nguoi thi sao');
    expect(text).toContain('Số người: 4 → 5');
    expect(text).toContain('10.000.000 đồng/tháng ÷ 5 người = 2.000.000 đồng/người/tháng');
  });
});

// 4 người ở quê, 6.000.000 đồng: 1.500.000 đồng/người/tháng, within the 2026 rural line; no deprivation: hộ cận nghèo.
const HOUSEHOLD = 'nha tui 4 nguoi o que thu nhap 6 trieu 1 thang';

describe('a correction without a marker word after an interview result', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  // Round 17: the answers the old size decided (dependants, m² per person) are asked again, the others kept.
  it('"nha tui 6 nguoi": the answers kept, the size corrected, the size-decided ones asked again (no new check)', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('nha tui 6 nguoi')).text;
    expect(text).toContain('Mình đã sửa theo lời bạn: Số người: 4 → 6');
    expect(text).toContain('Người phụ thuộc trong hộ gia đình: không thiếu hụt → cần hỏi lại');
    expect(text).toContain('Câu 5/15');
    expect(text).not.toContain('Đồng ý lưu');
  });

  it('"thu nhap 8 trieu": the income corrected, the class changes and says so', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('thu nhap 8 trieu')).text;
    expect(text).toContain('→ 8.000.000 đồng/tháng ÷ 4 người = 2.000.000 đồng/người/tháng');
    expect(text).toContain('Kết quả đổi: trước là hộ cận nghèo, nay là hộ có mức sống trung bình');
  });

  it('a what-if says what it supposes the same way: "Giả định: Số người: 4 → 6"', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('con neu 6 nguoi thi sao')).text;
    expect(text).toContain('Giả định: Số người: 4 → 6');
  });
});

describe('another size re-decides what the size decides (the m² per person, the dependants’ share)', () => {
  it('"nha 40m2", then "con neu 6 nguoi thi sao": 40 ÷ 6 is under 8 m² per person, so the housing area is deprived', async () => {
    const [, text] = await ask('nha tui 4 nguoi o que thu nhap 7tr2 1 thang, nha 40m2, la ho gi', 'con neu 6 nguoi thi sao');
    expect(text).toContain('Số người: 4 → 6');
    expect(text).toContain('Diện tích nhà ở bình quân đầu người: không thiếu hụt → thiếu hụt');
    expect(text).toContain('bạn đã kể 1');
  });

  it('"tui 65 tuoi o 1 minh", then "nha tui 2 nguoi": the dependants’ share of 2 people is not known, so it is asked again', async () => {
    const [, text] = await ask('tui 65 tuoi o 1 minh o que, thu nhap 3 trieu 1 thang, la ho gi', 'nha tui 2 nguoi');
    expect(text).toContain('Số người: 1 → 2');
    expect(text).toContain('Người phụ thuộc trong hộ gia đình: thiếu hụt → cần hỏi lại');
    expect(text).toContain('bạn chưa kể chỉ số thiếu hụt nào');
  });
});

describe('an indicator told of the household after its result corrects it', () => {
  it.each([
    ['nha tui ko co bhyt', 'Bảo hiểm y tế: thiếu hụt'],
    ['nha tui hok co nuoc sach', 'Nguồn nước sinh hoạt: thiếu hụt'],
  ])('"%s": that indicator counted, not a support card', async (typed, fact) => {
    const [, text] = await ask(TOLD, typed);
    expect(text).toContain(`Mình đã sửa theo lời bạn: ${fact}. Kết quả không đổi: hộ có mức sống trung bình.`);
    expect(text).not.toContain('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách');
    expect(text).not.toContain('không có khoản hỗ trợ tiền nước');
  });
});
