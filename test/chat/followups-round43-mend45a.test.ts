/**
 * Round 43 mend45a, on 07/12/2026 (tryout45 theme-followups): a resident's follow-up stays on the conversation's topic, is never
 * read as the household's data, and never gets "ngoài phạm vi" or "không tìm thấy":
 * - R01.2 "qua nam 2027 thi co khac j ko ad" after the near-poor BHYT card: what changes for that support (NQ 261/2025's start chưa rõ);
 * - R03.3 "con o thanh pho thi bn" while the consent waits after an income per person asked of next year: the urban 2027 line;
 * - R37.2 "nam sau thi nha tui tinh sao" after a household in a phường: the 2027 urban line against its income per person;
 * - R04.3 "vay dc nhieu nhat la bn trieu vay" in a poor household's loan thread: the reported cap (tham khảo);
 * - R05.2 "vay gio ba tui phai lam giay to j, o dau" after the social-pension card: its tờ khai at UBND cấp xã, papers chưa rõ;
 * - R07.2 "nha tui o quan Long Bien ha noi do ad" after the newly-escaped BHYT card: Hà Nội's 100 % for 36 months, no quận now;
 * - R08.2 "to giay do nop cho ai, o ap hay o xa" and R08.3 "nop roi cho may ngay moi biet dc hay ko" after the procedure: the
 *   Chủ tịch UBND cấp xã, in person or by post, 15 days;
 * - R12.2 "hoc lai xe dc bu bn tien vay ad" after the training card: QĐ 46/2015's figures until 31/12/2025, today's chưa rõ;
 * - R34.2 "moi thang dc may tram ngan vay ad" after the disability answer: 500.000 đồng × hệ số, the hệ số chưa rõ.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-mend45a-follow');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const OUT_OF_SCOPE = 'ngoài phạm vi';
const NOT_FOUND = 'không tìm thấy';
const CONSENT_AGAIN = 'bạn chọn “Đồng ý lưu” hoặc “Không lưu”';

describe('R01.2: a later year\'s change asked after the near-poor BHYT card stays on BHYT', () => {
  it.each([
    'qua nam 2027 thi co khac j ko ad',
    'nam sau thi co gi khac ko vay ad',
    'qua 2027 bhyt co thay doi gi hok ad',
  ])('"%s": the premium support and NQ 261/2025\'s start chưa rõ, not the standard\'s list of changes', async (asked) => {
    const reply = await after(['ad oi ho can ngheo thi bhyt dc nha nuoc ho tro bn phan tram vay'], asked);
    expect(reply).toContain('Có gì thay đổi từ nay đến hết năm 2027');
    expect(reply).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(reply).toContain('Nghị quyết 261/2025/QH15');
    expect(reply).toContain('từ ngày nào chưa rõ');
    expect(reply).toContain(CADRE);
    expect(reply).not.toContain('Bỏ chỉ số');
    expect(reply).not.toContain('Xử lý rác thải');
  });
});

describe('R03.3, R37.2: another area or next year asked while the consent waits is answered, not recorded', () => {
  const rumour = ['tui nghe noi nam sau chuan ngheo len 2tr2 that ko', 'vay nha tui thu nhap moi dau nguoi 2tr thi nam sau co vo ho ngheo ko'];

  it.each([
    ['con o thanh pho thi bn', 'ở thành thị (mức ≤ 2.800.000 đồng)'],
    ['con o tp thi sao ad', 'ở thành thị (mức ≤ 2.800.000 đồng)'],
    ['the o que thi sao', 'ở nông thôn (mức ≤ 2.200.000 đồng)'],
  ])('"%s": that area\'s 2027 line against 2.000.000 đồng', async (asked, line) => {
    const reply = await after(rumour, asked);
    expect(reply).toContain('Thu nhập bình quân 2.000.000 đồng/người/tháng: theo chuẩn áp dụng ngày 01/01/2027 của Nghị định 351/2025/NĐ-CP (tham khảo)');
    expect(reply).toContain(line);
    expect(reply).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(reply).not.toContain('Mình ghi nhận: Khu vực');
    expect(reply).toContain(CONSENT_AGAIN);
  });

  it.each(['nam sau thi nha tui tinh sao', 'qua nam 2027 nha tui tinh sao ad'])('"%s" after a household in a phường: the 2027 urban line', async (asked) => {
    const reply = await after(['ad oi nha tui o phuong, 4 nguoi, thu nhap chung 8tr, co dc can ngheo ko'], asked);
    expect(reply).toContain('Bạn hỏi về năm 2027');
    expect(reply).toContain('theo chuẩn áp dụng ngày 01/01/2027 của Nghị định 351/2025/NĐ-CP (tham khảo), ở thành thị (mức ≤ 2.800.000 đồng)');
    expect(reply).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
  });
});

describe('R04.3: the most a poor household borrows, in the loan thread', () => {
  it.each([
    [['ho ngheo muon vay von lam an thi vay o dau vay ad', 'lai suat bn mot nam'], 'vay dc nhieu nhat la bn trieu vay'],
    [['ho ngheo vay von o dau'], 'vay dc cao nhat bn tien'],
  ])('%j then "%s": 100.000.000 đồng/hộ, tham khảo, not the newly-escaped explainer', async (earlier, asked) => {
    const reply = await after(earlier, asked);
    expect(reply).toContain('mức vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019)');
    expect(reply).toContain('tham khảo, chưa kiểm tra mức áp dụng từ năm 2026');
    expect(reply).not.toContain('Hộ mới thoát nghèo');
    expect(reply).not.toContain('8,25%');
  });
});

describe('R05.2: papers and place after the social-pension card are the pension\'s', () => {
  it.each([
    [['ba tui 72 tuoi, nha can ngheo, ko co luong huu, co dc tro cap j ko ad'], 'vay gio ba tui phai lam giay to j, o dau'],
    [['me tui 71 tuoi, nha ngheo, co dc tro cap j ko'], 'me tui can giay to j, nop o dau'],
  ])('%j then "%s": the tờ khai at UBND cấp xã, papers chưa rõ, not Mẫu số 04', async (earlier, asked) => {
    const reply = await after(earlier, asked);
    expect(reply).toContain('UBND cấp xã (nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội)');
    expect(reply).toContain('Giấy tờ cần nộp: chưa rõ');
    expect(reply).not.toContain('Mẫu số 04');
    expect(reply).not.toContain('01/09');
  });
});

describe('R07.2: a place told with its old quận, huyện after the newly-escaped BHYT card', () => {
  it('"nha tui o quan Long Bien ha noi do ad": Hà Nội\'s 36 months, the quận gone', async () => {
    const reply = await after(['nha tui moi thoat ngheo nam ngoai, the bhyt con dc ho tro ko'], 'nha tui o quan Long Bien ha noi do ad');
    expect(reply).toContain('Hỗ trợ đóng bảo hiểm y tế ở thành phố Hà Nội');
    expect(reply).toContain('trong 36 tháng, áp dụng từ 01/01/2026');
    expect(reply).toContain('(tham khảo)');
    expect(reply).toContain('không còn cấp quận, huyện');
    expect(reply).not.toContain(OUT_OF_SCOPE);
  });

  it('"nha em o huyen Cu Chi tp hcm a": TP.HCM\'s resolution, the huyện gone', async () => {
    const reply = await after(['nha tui moi thoat ngheo nam ngoai, the bhyt con dc ho tro ko'], 'nha em o huyen Cu Chi tp hcm a');
    expect(reply).toContain('Nghị quyết 75/2025/NQ-HĐND');
    expect(reply).toContain('không còn cấp quận, huyện');
  });

  it('"tui o ha noi" alone says nothing of a quận', async () => {
    const reply = await after(['nha tui moi thoat ngheo nam ngoai, the bhyt con dc ho tro ko'], 'tui o ha noi');
    expect(reply).toContain('Hỗ trợ đóng bảo hiểm y tế ở thành phố Hà Nội');
    expect(reply).not.toContain('không còn cấp quận, huyện');
  });
});

describe('R08.2, R08.3: to whom the request is filed and how long it takes, after the procedure', () => {
  const procedure = ['lam sao dang ky ho ngheo vay ad, nha tui kho qua'];

  it.each(['to giay do nop cho ai, o ap hay o xa', 'don do nop o thon hay o xa vay'])('"%s": the Chủ tịch UBND cấp xã, in person or by post', async (asked) => {
    const reply = await after(procedure, asked);
    expect(reply).toContain('trực tiếp hoặc qua bưu điện đến Chủ tịch UBND cấp xã');
    expect(reply).not.toContain('Trà Vinh');
    expect(reply).not.toContain('Theo văn bản');
  });

  it.each([
    [[...procedure, 'to giay do nop cho ai, o ap hay o xa'], 'nop roi cho may ngay moi biet dc hay ko'],
    [procedure, 'nop xong doi bao lau moi biet'],
  ])('%j then "%s": within 15 days, a decision or a written answer', async (earlier, asked) => {
    const reply = await after(earlier, asked);
    expect(reply).toContain('Trong 15 ngày kể từ khi rà soát');
    expect(reply).toContain('trả lời bằng văn bản nêu rõ lý do');
    expect(reply).not.toContain(OUT_OF_SCOPE);
  });
});

describe('R12.2: how much the training support paid, after its card', () => {
  it.each(['hoc lai xe dc bu bn tien vay ad', 'hoc lai xe dc ho tro bao nhieu tien'])('"%s": QĐ 46/2015 until 31/12/2025, today chưa rõ', async (asked) => {
    const reply = await after(['ho ngheo co dc ho tro hoc nghe ko, tui muon hoc lai xe'], asked);
    expect(reply).toContain('Đến 31/12/2025, theo Quyết định 46/2015/QĐ-TTg (đã kiểm tra)');
    expect(reply).toContain('mỗi người được hỗ trợ một lần');
    expect(reply).toContain('Chi phí khóa học: 3.000.000 đồng/người/khóa (tối đa)');
    expect(reply).toContain('Tiền ăn: 30.000 đồng/ngày học thực tế');
    expect(reply).toContain('Từ 01/01/2026: mức này còn áp dụng hay không chưa rõ');
    expect(reply).toContain('trình độ sơ cấp hoặc dưới 3 tháng: khóa của bạn có thuộc diện không');
    expect(reply).not.toContain('Hộ nghèo không thuộc trường hợp trên');
  });
});

describe('R34.2: the monthly amount after the disability answer', () => {
  it.each(['moi thang dc may tram ngan vay ad', 'dc may tram nghin 1 thang vay'])('"%s": 500.000 đồng × hệ số, hệ số chưa rõ', async (asked) => {
    const reply = await after(['ba tui bi liet, co dc tro cap khuyet tat ko, nha can ngheo'], asked);
    expect(reply).toContain('500.000 đồng/tháng từ 01/07/2024');
    expect(reply).toContain('nhân với hệ số');
    expect(reply).toContain('(chưa rõ)');
    expect(reply).toContain(CADRE);
    expect(reply).not.toContain(NOT_FOUND);
  });
});
