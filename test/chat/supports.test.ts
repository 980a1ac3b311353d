/**
 * A support asked about alone and the list of supports of a class say the same about its amount and
 * status (one renderer, findings F4), classes with the same details are named together, and a support
 * that has ended says so (findings F15). Figures are those of the legal texts as encoded in rules/supports:
 * lunch for preschool children of poor and near-poor households 160.000 đồng/child/month, up to 9 months
 * (Nghị định 105/2020/NĐ-CP Điều 7); mức chuẩn trợ giúp xã hội 500.000 đồng/month (Nghị định 76/2024/NĐ-CP);
 * the smartphone programme (Thông tư 14/2022/TT-BTTTT, 500.000 đồng/household in cash) ended in 2025.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** 01/12/2026 10:00 in Vietnam. */
const DEC_2026 = () => new Date('2026-12-01T03:00:00Z');

describe('a support asked about alone', () => {
  it('gives the amount the list view gives, with its status, and no "not checked" line after a stated amount', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const lunch = await harness.say('tien an trua mau giao bn');
    expect(lunch.text).toContain('Mức: 160.000 đồng/trẻ/tháng (tối đa 9 tháng/năm học)');
    expect(lunch.text).toContain('Nghị định 105/2020/NĐ-CP');
    expect(lunch.text).toContain('tham khảo');
    expect(lunch.text).not.toContain('chưa được kiểm tra ở đây');
    await harness.say('/hotro ngheo');
    const list = await harness.say('chi tiet');
    expect(list.text).toContain('Mức: 160.000 đồng/trẻ/tháng (tối đa 9 tháng/năm học)');
    // The same sentence about the support in both views.
    const sentence = (text: string) => /Trẻ em mẫu giáo[^\n]*Nơi làm: [^\n]*/.exec(text)?.[0];
    expect(sentence(lunch.text)).toBeDefined();
    expect(sentence(list.text)).toBe(sentence(lunch.text));

    const allowance = await harness.say('tro cap xa hoi moi thang bn tien');
    expect(allowance.text).toContain('500.000 đồng/tháng');
    expect(allowance.text).toContain('Nghị định 76/2024/NĐ-CP');
    expect(allowance.text).not.toContain('chưa được kiểm tra ở đây');

    const insurance = await harness.say('bhyt ho ngheo');
    expect(insurance.text).toContain('100%');
    expect(insurance.text).not.toContain('chưa được kiểm tra ở đây');
  });

  it('a disabled member of a poor household asking for an allowance gets the social assistance entry, which names người khuyết tật; without a class, the explainer for every disabled person', async () => {
    harness = await openHarness({ now: DEC_2026 });
    for (const question of ['nguoi khuyet tat nha ngheo dc tro cap bn', 'ho ngheo co nguoi tan tat dc tro cap ko', 'người khuyết tật hộ nghèo được trợ cấp không']) {
      const { text } = await harness.say(question);
      expect(text, question).toMatch(/Trợ cấp xã hội hằng tháng \((theo dữ liệu chính sách, )?áp dụng ngày/); // in brief since round 36 short27 (the whole card's "(theo dữ liệu chính sách …)" after "chi tiết")
      expect(text, question).toContain('người khuyết tật');
      expect(text, question).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
      expect(text, question).toContain('Nghị định 20/2021/NĐ-CP');
      expect(text, question).toContain('tham khảo');
      expect(text, question).toContain('UBND cấp xã');
    }
    // The entry is for poor households only; a question naming no class must not read as if only they got it.
    const general = (await harness.say('nguoi khuyet tat dc tro cap bn')).text;
    expect(general).not.toContain('theo dữ liệu chính sách');
    expect(general).toContain('Người khuyết tật');
    expect(general).toContain('500.000 đồng/tháng');
    expect(general).toContain('Nghị định 76/2024/NĐ-CP');
  });

  it('shows the dependants indicator with the elderly from the age the rules data gives (từ đủ 60 tuổi)', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say('Chỉ số người phụ thuộc được tính như thế nào?');
    expect(text).toContain('người cao tuổi từ đủ 60 tuổi');
  });

  it('names the classes with the same details once instead of repeating the paragraph (every household, when it is open to all)', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const tuition = await harness.say('con tui hoc lop 3 co phai dong hoc phi k');
    expect(tuition.text.match(/mọi học sinh trường mầm non và phổ thông công lập được miễn học phí/g)).toHaveLength(1);
    // Open to every class, including households above the middle band: not a list of four classes that leaves them out.
    expect(tuition.text).toContain('Mọi hộ gia đình, thuộc loại nào cũng vậy: ');
    const lunch = await harness.say('tien an trua mau giao bn');
    expect(lunch.text).toContain('Hộ nghèo, hộ cận nghèo: ');
  });

  it('says a programme that ended has ended, with what it was, instead of "no such support"', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const phone = await harness.say('ho ngheo co dc cho dien thoai thong minh ko');
    expect(phone.text).toContain('không còn áp dụng ngày 01/12/2026 (đã kết thúc)');
    expect(phone.text).toContain('500.000 đồng/hộ');
    expect(phone.text).toContain('Thông tư 14/2022/TT-BTTTT');
    expect(phone.text).not.toContain('không có hỗ trợ này');
  });

  it('gives near-poor households the 70% premium support wherever they live, 100% in a poor commune', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const insurance = await harness.say('bhyt cho ho can ngheo');
    expect(insurance.text).toContain('tối thiểu 70%');
    expect(insurance.text).toContain('100% mức đóng nếu hộ cận nghèo sống ở xã nghèo');
    expect(insurance.text).not.toContain('chỉ cho hộ cận nghèo sống ở xã nghèo');
  });
});

/**
 * NĐ 176/2025 (shared/facts/updates-2026.md, [M], amount [?]): everyone from 75 without a pension gets the social pension,
 * whatever the household's class; members of poor and near-poor households get it from 70 to under 75. Asked in residents'
 * words, the answer leads with the rule that fits the age said, names every household for the first, and gives no amount.
 */
describe('social pension, by the age asked about (outside testers, round 7)', () => {
  const firstHeading = (text: string) => text.split('\n')[0]!;
  it.each([
    'ong noi tui 76 tuoi ko co luong huu co dc tro cap j ko',
    'ba ngoai 80 tuoi hok co luong huu thi dc lanh tien j hong',
    'ong tui 78t ko co luong huu nha nuoc co cho tien ko',
    'ba noi e nam nay 77 tuoi k co luong huu co duoc tro cap hang thang k ad',
    'nguoi tren 75 tuoi ko co luong huu dc huong gi',
    'ông nội tôi 76 tuổi không có lương hưu có được trợ cấp gì không',
    'tía tui 79 tuổi ko có lương hưu, nhà hổng nghèo, có đc trợ cấp hông',
    'ong gia ko co luong huu thi nha nuoc co cho tien ko',
  ])('“%s”: the rule for every household from 75 comes first, then the 70–75 rule of poor and near-poor households', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say(question);
    expect(firstHeading(text)).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    // Round 20: the age said settles the age band; the 70–75 rule of poor and near-poor households is one line, no card.
    expect(text).toMatch(/Mọi hộ gia đình, thuộc loại nào cũng vậy: Áp dụng khi: (có thành viên từ 75 tuổi trở lên; )?người cao tuổi đó không có lương hưu\./);
    expect(text).toContain('hộ có mức sống trung bình hay không thuộc diện nào');
    expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo');
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ');
    expect(text).not.toMatch(/\d\.\d{3}\.\d{3} đồng|\d{3}\.000 đồng/);
    if (/\d+ ?(tuổi|tuoi|t\b)/.test(question)) {
      expect(text).not.toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) (theo dữ liệu');
      // Round 22: an age past the 70–75 band is not told "không thuộc diện trợ cấp hưu trí xã hội" (read as no pension at all).
      expect(text).not.toContain('không thuộc diện trợ cấp hưu trí xã hội');
    } else expect(text.indexOf('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)')).toBeGreaterThan(0);
  });

  it('a member of 71 in a near-poor household: the 70–75 rule first; a household of middle living standard: the rule from 75 applies to it', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const young = await harness.say('ba noi tui 71 tuoi, nha can ngheo, co duoc lanh tien hang thang ko');
    expect(firstHeading(young.text)).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
    // Round 20: a member of 71 is not 75: that rule is one line, not a card.
    expect(young.text).not.toContain('Hộ cận nghèo (như mọi hộ gia đình)');
    expect(young.text).toContain('Còn trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) là loại khác: chỉ áp dụng khi có thành viên từ 75 tuổi trở lên');
    expect(young.text).toContain('nên không áp dụng cho người 71 tuổi.');
    const middle = await harness.say('nha tui ho trung binh, ba tui 80 tuoi ko luong huu co dc gi ko');
    expect(firstHeading(middle.text)).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    expect(middle.text).toContain('Hộ có mức sống trung bình (như mọi hộ gia đình): Áp dụng khi');
    // The 70–75 rule of poor and near-poor households is no rule of this household: left out, not "không có hỗ trợ này" (review5 M4).
    expect(middle.text).not.toContain('không có hỗ trợ này');
  });

  // review5 M4: "trợ cấp hằng tháng" named the social assistance (poor households only): "hộ cận nghèo không có hỗ trợ này",
  // and "tiền hằng tháng" with no old-person word was "không tìm thấy"; NĐ 176/2025 gives a near-poor member of 72 the pension.
  it.each(['ba tui 72 tuoi nha can ngheo co dc tro cap hang thang ko', 'ong tui 72 tuoi ho can ngheo co dc tien hang thang ko'])(
    '“%s”: the social pension of poor and near-poor households from 70 to under 75, never “không có hỗ trợ này”',
    async (question) => {
      harness = await openHarness({ now: DEC_2026 });
      const { text } = await harness.say(question);
      expect(firstHeading(text)).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
      // Round 20: the age said meets the condition, so it is no "Áp dụng khi".
      expect(text).toContain('Hộ cận nghèo: Từ 01/07/2025, thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi được hưởng');
      expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo');
      expect(text).not.toContain('không có hỗ trợ này');
      expect(text).not.toContain('không tìm thấy');
    },
  );

  it('a monthly allowance for a poor household member of 72: the pension first, the social assistance (poor households) after it', async () => {
    harness = await openHarness({ now: DEC_2026 });
    for (const question of ['me tui 72 tuoi ho ngheo co dc tro cap hang thang ko', 'ba tui 72 tuoi co dc tro cap hang thang ko']) {
      const { text } = await harness.say(question);
      expect(firstHeading(text)).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
      expect(text.indexOf('Trợ cấp xã hội hằng tháng')).toBeGreaterThan(0);
    }
    // No age said: the social assistance alone, no pension card ("con tui khuyet tat …").
    const disabled = await harness.say('con tui khuyet tat ho ngheo co dc tro cap hang thang ko');
    expect(firstHeading(disabled.text)).toMatch(/^Trợ cấp xã hội hằng tháng/);
    expect(disabled.text).not.toContain('hưu trí');
  });
});

/**
 * NQ 261/2025/QH15 ([M], effective 01/01/2026): near-poor members and people from 75 on the social pension get 100 % of
 * covered costs; when the near-poor 100 % starts is [?]. What the card pays (hưởng) is not the premium support (đóng).
 */
describe('BHYT benefit level, not the premium (outside testers, round 7)', () => {
  it.each([
    'bhyt ho can ngheo duoc huong may phan tram khi kham benh',
    'bảo hiểm y tế hộ cận nghèo được hưởng bao nhiêu phần trăm khi đi khám',
    'the bhyt can ngheo di kham dc chi tra bn %',
    'can ngheo co the bhyt nam vien dc tra 100% ko',
    'ho can ngheo kham chua benh bhyt duoc thanh toan may phan tram',
    'bhyt hộ cận nghèo đc hưởng mấy % hả ad',
  ])('“%s”: the benefit level with its status and the unknown start, not the premium card', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say(question);
    expect(text).toMatch(/^Mức hưởng bảo hiểm y tế/);
    expect(text).toContain('khác với mức Nhà nước hỗ trợ đóng bảo hiểm y tế');
    expect(text).toContain('chi trả 100% chi phí khám chữa bệnh trong phạm vi được hưởng');
    expect(text).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
    expect(text).toContain('Căn cứ: Nghị quyết 261/2025/QH15');
    expect(text).toContain('(tham khảo');
    expect(text).not.toContain('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu');
  });

  it('the premium asked about still gets the premium card', async () => {
    harness = await openHarness({ now: DEC_2026 });
    expect((await harness.say('bhyt ho can ngheo dc ho tro dong bao nhieu')).text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
  });
});

/**
 * Housing after a disaster (outside testers, round 7): the 2026–2035 programme's amounts are [?] (NQ 257/2025/QH15,
 * QĐ 417/QĐ-BNNMT), 40/20 triệu ended with 2025, and emergency help after disasters is not in the data: said first.
 */
describe('a house lost to a flood, storm, landslide or fire', () => {
  it.each([
    'nha bi lu cuon troi co dc ho tro lam nha ko',
    'nhà bị lũ cuốn trôi có được hỗ trợ làm nhà không',
    'nha tui bi sat lo sap het, nha nuoc co ho tro xay nha ko',
    'bao lam sap nha co dc ho tro sua nha hok',
    'ho ngheo bi lu lut nha hu co dc ho tro xay lai ko',
    'nha bi chay het co dc ho tro cat lai nha ko ad',
    'lu quet troi nha thi xin ho tro o dau',
    'thien tai mat nha co tien ho tro ko',
  ])('“%s”: no rule for disaster help, the 2026 housing support without figures, its basis and status', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say(question);
    expect(text).toMatch(/^Dữ liệu chính sách của trợ lý không có quy định riêng về hỗ trợ nhà ở cho nhà bị thiên tai/);
    expect(text).toContain('Nghị quyết 257/2025/QH15');
    expect(text).toContain('Quyết định 417/QĐ-BNNMT');
    expect(text).toContain('không áp dụng các mức của giai đoạn trước');
    // Round 35 (short26c): the card in brief, each class's line ending "(chưa rõ)" with its basis, whom to ask said once in the
    // notice (was, since round 29, "chưa rõ). Nội dung này chưa có thông tin chắc chắn, hỏi cán bộ …" after the whole card).
    expect(text).toContain('không áp dụng các mức của giai đoạn trước (chưa rõ). Căn cứ: Nghị quyết 257/2025/QH15');
    expect(text.match(/cán bộ phụ trách giảm nghèo ở UBND cấp xã/g)).toHaveLength(1);
    expect(text).not.toMatch(/40\.000\.000|20\.000\.000|60\.000\.000|30\.000\.000/);
  });
});
