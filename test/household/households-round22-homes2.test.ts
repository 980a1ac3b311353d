/**
 * Round 22 (homes2): residents telling their household in one Zalo line (no marks, "tui", "ko", Southern words), and what the
 * chat reads from it: an address typed without its comma, a size left untold, the floor area per person, one amount with "là hộ
 * gì". Figures are worked by hand from rules/ (NĐ 07/2021/NĐ-CP, kept for 2026 by NĐ 351/2025/NĐ-CP).
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { askApiText, conversationsAt } from '../chat/harness.ts';

const TODAY = '2026-12-04';
const { read, classOf } = readerOn(TODAY);
const { ask } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'homes22b');

describe('"o Can Tho phuong An Khanh": a ward typed after its city with no comma', () => {
  it('is urban as with the comma (was the area asked: "phuong" read only at a clause head)', () => {
    expect(read('o Can Tho phuong An Khanh').understood.area).toBe('urban');
    expect(read('o Can Tho, phuong An Khanh').understood.area).toBe('urban');
    // 12.000.000 ÷ 6 = 2.000.000 ≤ 2.000.000 (thành thị, NĐ 07/2021 Điều 3 khoản 2 điểm a, b): cận nghèo, none told.
    expect(classOf('nha tui 6 nguoi o Can Tho phuong An Khanh, chong chay grab, tui ban tap hoa, ca nha kiem dc 12 trieu')?.classification).toBe('near_poor');
    expect(read('nha 4 nguoi o Ben Tre xa Phu Hoa, chong lam thue thang dc 5 trieu').understood.area).toBe('rural');
  });

  it('guard: "xa" still far and a market\'s "xã" no address; the interview takes the ward typed so as its area', async () => {
    expect(read('nha tui 4 nguoi o Sai Gon xa lam').understood.area).toBe('urban');
    expect(read('nha tui 4 nguoi o gan cho xa').understood.area).toBeNull();
    const [, , area] = await ask('nha tui 4 nguoi thu nhap 10 trieu', 'Không lưu', 'o Can Tho phuong An Khanh');
    expect(area).toContain('• Khu vực: Thành thị');
  });
});

describe('"may dua nho nha tui di hoc het, vo chong tui o que": children named with no count', () => {
  it('asks how many live together instead of reading the couple alone as 2 (was "Số người: 2")', async () => {
    const told = read('may dua nho nha tui di hoc het, vo chong tui o que');
    expect(told.understood.members).toBeNull();
    expect(told.membersUntold).toBe(true);
    expect(read('vo chong tui o que, may dua nho di hoc het').understood.members).toBeNull();
    const [said, consent] = await ask('may dua nho nha tui di hoc het, vo chong tui o que', 'Không lưu');
    expect(said).not.toContain('Số người: 2');
    expect(said).toContain('Bạn chưa nói rõ có mấy người');
    expect(consent).toContain('bao nhiêu người cùng ăn ở chung');
  });

  it('children counted in a clause of their own are added to the couple: "vo chong tui, 3 dua nho di hoc" is 5 (was 2)', () => {
    expect(read('vo chong tui lam ruong o que, 3 dua nho di hoc').understood.members).toBe(5);
    expect(read('tui nho 3 dua, vo chong tui o que').understood.members).toBe(5);
    // guard: counted once when said before the couple with the house's own count.
    expect(read('may dua nho nha tui 3 dua, vo chong tui o que').understood.members).toBe(5);
    expect(read('2 vo chong tui deu di lam, ong ba gia o rieng').understood.members).toBe(2);
  });
});

describe('"nha tui 4 nguoi ma chi co 25 met vuong": the floor area per person worked out', () => {
  it('says 25 m² ÷ 4 người = 6,25 m²/người against 8 m²/người with its reference (was "thiếu hụt" alone)', async () => {
    // rules/parameters.yaml housing_area_min: 8 m²/người from 01/01/2022, NĐ 07/2021/NĐ-CP Phụ lục. 25 ÷ 4 = 6,25 < 8: deprived.
    const told = read('nha tui 4 nguoi ma chi co 25 met vuong');
    expect(told.understood.floorAreaM2).toBe(25);
    expect(told.decided.housing_area).toBe(true);
    const said = (await ask('nha tui 4 nguoi ma chi co 25 met vuong'))[0]!;
    expect(said).toContain('Diện tích nhà ở: 25 m² ÷ 4 người = 6,25 m²/người < 8 m²/người, nên hộ thiếu hụt chỉ số diện tích nhà ở bình quân đầu người (NĐ 07/2021/NĐ-CP Phụ lục');
  });

  it('2 people in the same 25 m² is 12,5 m²/người, not deprived, and said so (was "không thiếu hụt" alone)', async () => {
    const said = (await ask('nha tui 2 nguoi ma chi co 25 met vuong'))[0]!;
    expect(said).toContain('25 m² ÷ 2 người = 12,5 m²/người ≥ 8 m²/người, nên hộ không thiếu hụt');
  });
});

describe('"thu nhap 1 trieu 8 o que la ho gi": one amount with its class asked', () => {
  it('reads 1.800.000 đồng per person and answers its class under today\'s rural standard, with basis and what else decides (was the card)', async () => {
    const answer = (await ask('thu nhap 1 trieu 8 o que la ho gi'))[0]!;
    // Round 23 (tryout5): the class comes first, how the amount was read last.
    expect(answer).toMatch(/^Thu nhập bình quân 1\.800\.000 đồng\/người\/tháng: theo chuẩn áp dụng ngày 04\/12\/2026/);
    expect(answer).toContain('Mình hiểu 1.800.000 đồng là thu nhập bình quân mỗi người mỗi tháng');
    // 1.500.000 < 1.800.000 ≤ 2.250.000 (nông thôn, NĐ 07/2021 Điều 3 khoản 2 điểm c, kept for 2026): hộ có mức sống trung bình,
    // whatever the deprivations (they decide only at ≤ 1.500.000).
    expect(answer).toContain('theo chuẩn áp dụng ngày 04/12/2026');
    expect(answer).toContain('ở nông thôn (mức > 1.500.000 đồng và ≤ 2.250.000 đồng): hộ có mức sống trung bình');
    expect(answer).toContain('Căn cứ của mức áp dụng ngày 04/12/2026: NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm c');
    // Round 45 resid51: to a resident, the deprivations without their services and basis (the answer within a phone's message).
    expect(answer).toContain('Các chỉ số thiếu hụt chỉ quyết định hộ nghèo hay hộ cận nghèo khi thu nhập ≤ 1.500.000 đồng');
    expect(answer).toContain('nếu đó là thu nhập của cả hộ một tháng');
    expect(answer).not.toContain('Chuẩn nghèo nông thôn áp dụng hôm nay');
  });

  it('"1tr2 o xa la ho gi": the deprivations decide it; the household\'s total told after it is divided by its size', async () => {
    expect((await ask('1tr2 o xa la ho gi'))[0]).toContain('Chỉ số thiếu hụt được đếm trong 12 chỉ số');
    const [, total] = await ask('thu nhap 1 trieu 8 o que la ho gi', 'nhà 4 người, cả nhà 1.800.000 đồng một tháng');
    expect(total).toContain('Thu nhập cả hộ: 1.800.000 đồng/tháng ÷ 4 người = 450.000 đồng/người/tháng');
  });

  it('guard: a household told with its size still gets its own check; the standard asked alone keeps its card', async () => {
    expect((await ask('nha 3 nguoi thu nhap 5 trieu o que la ho gi'))[0]).toContain('thu nhập 1.666.667 đồng/người/tháng');
    expect((await ask('chuan ngheo o que la bao nhieu'))[0]).not.toContain('Mình hiểu');
  });

  it('/api/ask answers it the same way, with the note that the result is not a decision (was the card)', () => {
    const answer = askApiText('thu nhap 1 trieu 8 o que la ho gi', TODAY);
    expect(answer).toContain('ở nông thôn (mức > 1.500.000 đồng và ≤ 2.250.000 đồng): hộ có mức sống trung bình');
    expect(answer).toContain('Chủ tịch UBND cấp xã quyết định');
  });
});

describe('"ca nha thu nhap 1 trieu 8 o que la ho gi": the amount said to be the whole household\'s', () => {
  it('starts the check with that total and asks the size (was the standard card)', async () => {
    const [told, consent] = await ask('ca nha thu nhap 1 trieu 8 o que la ho gi', 'Không lưu');
    expect(told).toContain('Mình hiểu: Khu vực: Nông thôn; Thu nhập cả hộ: 1.800.000 đồng/tháng.');
    expect(told).not.toContain('bình quân mỗi người mỗi tháng');
    expect(consent).toContain('bao nhiêu người cùng ăn ở chung');
  });
});
