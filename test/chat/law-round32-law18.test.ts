/**
 * Round 32 law18: the law around the turn of 2026/2027 against shared/facts/updates-2026.md (it wins over older facts files).
 * - QĐ 24/2021/QĐ-TTg Điều 4 khoản 1 (the periodic list includes households holding a Giấy đề nghị, Mẫu số 01) is [M] there
 *   (poverty-standards.md said [V]): the procedure card says it "(tham khảo)", never inside the verified six-step line.
 * - "tháng 1 tới" asked on 05/01/2027 is the next January, 01/2028 (on 20/12/2026 it is 01/2027); "từ Tết" on 05/01/2027 is the
 *   coming Tết, in 2027 (no Tết date is in the data: none is said).
 * - A resident's "xet ho ngheo theo tieu chi nao": the income line and the deprivations rule of the standard in force on the day,
 *   source and status, the card one button away; the cadre's formal question keeps the whole card.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_05 = () => new Date('2026-12-05T03:00:00Z');
const DEC_20 = () => new Date('2026-12-20T03:00:00Z');
const JAN_05 = () => new Date('2027-01-05T03:00:00Z');

describe('the review procedure: each statement with the status updates-2026.md gives it', () => {
  it.each([
    ['Rà soát định kỳ hằng năm gồm mấy bước?'],
    // A resident's words: in brief since round 36 (short27), the steps after "chi tiết".
    ['ra soat ho ngheo hang nam lam sao', 'chi tiết'],
  ])('“%s”: Mẫu số 01 (Điều 4 khoản 1, [M]) is said “(tham khảo)”, the six steps (đã kiểm tra) without it', async (...asked) => {
    harness = await openHarness({ now: DEC_05 });
    let text = '';
    for (const said of asked) text = (await harness.say(said)).text;
    const lines = text.split('\n');
    const sixSteps = lines.find((line) => line.includes('Rà soát định kỳ hằng năm từ 01/09 đến 14/12, gồm 6 bước'));
    expect(sixSteps).toBeDefined();
    // Was "… lập danh sách hộ cần rà soát (kể cả hộ đã nộp Giấy đề nghị Mẫu số 01), …" on a line with no "(tham khảo)".
    expect(sixSteps).not.toContain('Mẫu số 01');
    const form01 = lines.filter((line) => line.includes('Mẫu số 01'));
    expect(form01).toEqual(['• Danh sách hộ cần rà soát định kỳ gồm cả hộ đã nộp Giấy đề nghị (Mẫu số 01) (tham khảo).']);
  });
});

describe('“tháng 1 tới” near the turn of the year', () => {
  it('on 05/01/2027 “thang 1 toi chuan ngheo la bn” is January 2028', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('thang 1 toi chuan ngheo la bn');
    // Was "Chuẩn nghèo áp dụng năm 2027" (the January under way).
    expect(text).toMatch(/^Chuẩn nghèo áp dụng năm 2028 /);
    expect(text).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
  });

  it('on 05/01/2027 “thang 1 toi ra soat theo chi tieu nao” names the indicators of 2028', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('thang 1 toi ra soat theo chi tieu nao');
    expect(text).toMatch(/^Chỉ số thiếu hụt \(năm 2028\)/);
  });

  it('on 20/12/2026 “thang 1 toi chuan ngheo la bn” is January 2027', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('thang 1 toi chuan ngheo la bn');
    expect(text).toMatch(/^Chuẩn nghèo áp dụng năm 2027 /);
  });

  it('on 05/01/2027 “tu thang 1 toi gio …” is still this January, past (the household told is checked for 2027)', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('tu thang 1 toi gio thu nhap nha tui 6 trieu 4 nguoi o que la ho gi');
    expect(text).toContain('theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (tham khảo), hộ bạn là');
    expect(text).not.toContain('Từ 01/01/2027');
  });

  it('on 05/01/2027 “tu tet chuan ngheo co doi ko”: the coming Tết is in 2027, the new standard already applies, no Tết date said', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('tu tet chuan ngheo co doi ko');
    // Round 33 law20: was "Chưa có thay đổi nào trong dữ liệu của trợ lý", as if the standard of 2027 were still to come.
    expect(text).toContain('từ 01/01/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(text).not.toMatch(/Tết.{0,20}\d{2}\/0[12]\/2027/);
  });
});

describe('“by which criteria” asked by a resident: the two criteria in short, source and status', () => {
  it('on 05/12/2026: the 2026 standard (the 2022–2025 one kept), 12 indicators, the 2027 lines in one line', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('xet ho ngheo theo tieu chi nao');
    // Was the whole card and what changes (3.984 characters).
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toMatch(/^Xét hộ nghèo \(hôm nay, 05\/12\/2026\) theo chuẩn nghèo đa chiều năm 2026 \(năm chuyển tiếp\) \(tham khảo\), hai tiêu chí:/);
    expect(text).toContain('• Thu nhập bình quân mỗi người mỗi tháng: nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng (tham khảo);');
    expect(text).toContain('• Thiếu hụt dịch vụ xã hội cơ bản, trong 12 chỉ số (tham khảo): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo).');
    expect(text).toContain('danh sách chỉ số: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo).');
    expect(text).toContain('Từ 01/01/2027: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo).');
    expect(text).toContain('gõ “Chi tiết”');
    expect(text).not.toContain('Phương tiện phục vụ tiếp cận thông tin');
  });

  it('on 05/01/2027: the 2027–2030 standard, its official count not known (no count said)', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('xet ho ngheo theo tieu chi nao');
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toMatch(/^Xét hộ nghèo \(hôm nay, 05\/01\/2027\) theo chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\), hai tiêu chí:/);
    expect(text).toContain('nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng (tham khảo)');
    expect(text).toContain('số lượng chỉ số chính thức chưa rõ');
    expect(text).not.toContain('12 chỉ số');
    expect(text).toContain('Nguồn: chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351/2025/NĐ-CP, chưa đối chiếu điều khoản (tham khảo)');
  });

  it('on 20/12/2026 “thang 1 toi xet ho ngheo theo tieu chi nao”: the criteria of 2027, in short', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('thang 1 toi xet ho ngheo theo tieu chi nao');
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toMatch(/^Xét hộ nghèo \(năm 2027\) theo chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
  });

  it('the cadre’s “Tiêu chí xác định hộ nghèo giai đoạn 2022–2025 gồm những gì?” keeps the whole card', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Tiêu chí xác định hộ nghèo giai đoạn 2022–2025 gồm những gì?');
    expect(text).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2022–2025\n/);
    expect(text).toContain('hộ có mức sống trung bình');
    expect(text).toContain('Phương tiện phục vụ tiếp cận thông tin');
    expect(text).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục.');
  });
});
