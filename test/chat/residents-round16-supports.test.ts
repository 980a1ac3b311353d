/**
 * Round 16 (supports and procedure): residents asking what they get and how, typed as in Zalo (no marks, "ko", "dc", "j",
 * "bn", "tui", "hok", Southern and Central words). Asked on 03/12/2026, in the chat and through /api/ask (the same reading).
 * Figures only from rules/ (with their reference and status); what the data does not have points to UBND cấp xã.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round16-supports');

/** The chat's first reply and /api/ask's answer to the same question. */
const both = async (question: string) => [await first(question), askApiText(question, TODAY)];

describe('the result of the review disputed in everyday words: how to complain (the complaint card), never a passage or "không tìm thấy"', () => {
  it.each([
    'tui ko chiu ket qua binh xet',
    'binh xet ko cong bang thi lam sao',
    'nha tui ngheo ma hop thon ko binh cho',
    'nha tui bi rot ho can ngheo ma ko dong y',
    'nha tui ko phuc ket qua binh xet',
    'thon binh xet sai, nha kia giau ma dc ho ngheo',
  ])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text.split('\n')[0]).toContain('Hộ không đồng ý với kết quả bình xét, rà soát');
      expect(text).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản');
      expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
      expect(text).not.toContain('Đồng ý lưu');
    }
  });

  it('guards: "nha tui ko dong y ket qua binh xet" keeps the card; losing the status without disputing it keeps why one loses it', async () => {
    expect((await first('nha tui ko dong y ket qua binh xet')).split('\n')[0]).toContain('Hộ không đồng ý với kết quả bình xét');
    // Round 25 (short7): the heading fits a household never on the list and one dropped from it.
    expect((await first('sao nha tui bi rot ho ngheo')).split('\n')[0]).toContain('Hộ không có tên (hoặc không còn tên) trong danh sách');
  });
});

describe('"neu tui co bhyt roi thi sao": the BHYT card, then what having it means for the BHYT indicator (never read as lacking it)', () => {
  it.each(['neu tui co bhyt roi thi sao', 'nha tui co the bhyt het roi thi sao', 'ca nha da co bhyt roi thi sao'])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
      expect(text).toContain('Luật Bảo hiểm y tế, Điều 12');
      // The indicator as the standard of the day words it, with its basis, after the card.
      const indicator = text.indexOf('Về chỉ số thiếu hụt trong chuẩn nghèo áp dụng ngày 03/12/2026');
      expect(indicator).toBeGreaterThan(0);
      expect(text.slice(indicator)).toContain('hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế. Căn cứ: NĐ 07/2021/NĐ-CP');
      expect(text.slice(indicator)).toContain('hộ không bị tính thiếu hụt ở chỉ số này');
    }
  });

  it('guards: lacking it ("nha tui ko co bhyt thi sao") or asking the deprivation outright keeps the indicator entry', async () => {
    for (const question of ['nha tui ko co bhyt thi sao', 'neu nha tui co bhyt roi thi co bi tinh thieu hut ko']) {
      const text = await first(question);
      expect(text).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo/);
      expect(text).not.toContain('hộ không bị tính thiếu hụt ở chỉ số này');
    }
  });
});

describe('"kiem tra ho ngheo": the check of one\'s own household starts (a line says where the procedure is), not the procedure explainer', () => {
  it.each(['kiem tra ho ngheo', 'kiem tra ho can ngheo giup tui', 'check ho ngheo dum em'])('"%s" in the chat', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Mình giúp bạn tự kiểm tra hộ gia đình mình theo chuẩn nghèo/);
    expect(text).toContain('“thủ tục xét hộ nghèo”');
    expect(text).toContain('Đồng ý lưu');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it.each(['kiem tra ho ngheo', 'kiem tra ho gia dinh'])('"%s" in /api/ask: what to tell for the check, never a passage', (question) => {
    const text = askApiText(question, TODAY);
    expect(text).toContain('Để kiểm tra hộ của bạn, hãy cho biết trong câu hỏi hộ có mấy người');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Nguồn:');
    expect(text.includes('“thủ tục xét hộ nghèo”')).toBe(question === 'kiem tra ho ngheo');
  });

  it('guards: being reviewed ("xin xet ho ngheo") keeps the procedure; "kiem tra ho gia dinh" starts the check with no procedure line', async () => {
    expect(await first('xin xet ho ngheo')).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo/);
    const check = await first('kiem tra ho gia dinh');
    expect(check).toContain('Đồng ý lưu');
    expect(check).not.toContain('“thủ tục xét hộ nghèo”');
  });
});

describe('"bao lau thi co ket qua": the time limit of the procedure data leads (15 days, QĐ 24/2021, with the step\'s status)', () => {
  it.each(['bao lau thi co ket qua', 'nop giay roi may ngay thi biet dc ko', 'xin ho can ngheo mat bao lau'])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text.split('\n')[0]).toMatch(/^Bao lâu có kết quả: Trong 15 ngày kể từ khi rà soát, Chủ tịch UBND cấp xã quyết định công nhận/);
      expect(text.split('\n')[0]).toContain('nêu rõ lý do (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg.');
      expect(text.split('\n')[0]).toContain('giai đoạn 2022 – 2025');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });

  it('guard: when the review is held ("khi nao ra soat ho ngheo") keeps its own lead', async () => {
    expect(await first('khi nao ra soat ho ngheo')).not.toMatch(/^Bao lâu có kết quả/);
  });
});

describe('a household working away asked in the chat and /api/ask: the same answer (the residence card)', () => {
  it.each(['ho ngheo ma di lam an xa', 'ho ngheo di lam an xa co dc ho tro ko', 'chong tui di lam an xa, nha tui co dc xet ho ngheo ko'])('"%s"', async (question) => {
    const [chat, api] = await both(question);
    expect(chat!.split('\n')[0]).toContain('Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở hoặc có người đi làm ăn xa');
    expect(chat!.replace(/\n\nBạn có thể gõ: [^\n]*$/, '')).toBe(api);
  });
});

describe('"con tui bi khuyet tat dc ho tro j": the disability entry in the chat as in /api/ask, not every class\'s list', () => {
  it.each(['con tui bi khuyet tat dc ho tro j', 'ba tui bi tan tat co dc ho tro gi ko'])('"%s"', async (question) => {
    const [chat, api] = await both(question);
    expect(chat!.split('\n')[0]).toContain('Người khuyết tật (bị liệt, tàn tật) được hỗ trợ gì');
    expect(chat).toContain('Nghị định 20/2021/NĐ-CP');
    expect(chat).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    expect(chat!.replace(/\n\nBạn có thể gõ: [^\n]*$/, '')).toBe(api);
  });

  it('guard: "ho can ngheo dc ho tro gi" keeps the list of the class in the chat', async () => {
    expect(await first('ho can ngheo dc ho tro gi')).toMatch(/^Hỗ trợ cho hộ cận nghèo/);
  });
});

describe('"the bhyt het han roi lam sao": the card expired — who issues it, whom to ask, and that the renewal steps are not in the data', () => {
  it.each(['the bhyt het han roi lam sao', 'bhyt ho ngheo qua han roi gia han o dau', 'the bhyt cua ba tui het han'])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text.split('\n')[0]).toContain('Thẻ bảo hiểm y tế hết hạn (gia hạn, cấp lại thẻ)');
      expect(text).toContain('cơ quan Bảo hiểm xã hội');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).toContain('dữ liệu của trợ lý không có, nên trợ lý không nêu (chưa rõ)');
      expect(text).not.toMatch(/\d+ ngày|\d+\.000 đồng/);
    }
  });

  it('guards: the BHYT card asked plainly keeps its card; the certificate expiring keeps its own entry', async () => {
    expect(await first('ho can ngheo co dc bhyt ko')).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect((await first('giay chung nhan ho ngheo het han chua')).split('\n')[0]).toContain('Thời hạn của Giấy chứng nhận');
  });
});

describe('"ho ngheo di kham benh co mat tien ko": what a visit costs — the premium by class, what the card pays, and what is not known', () => {
  it.each(['ho ngheo di kham benh co mat tien ko', 'can ngheo di kham co ton tien hok', 'ho ngheo kham benh mien phi ko'])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text.split('\n')[0]).toContain('Đi khám chữa bệnh có mất tiền không');
      expect(text).toContain('thành viên hộ nghèo được ngân sách nhà nước đóng 100%');
      expect(text).toContain('Nghị quyết 261/2025/QH15');
      expect(text).toContain('dữ liệu của trợ lý không có, nên trợ lý không nêu');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });

  it('guards: the premium asked ("ho can ngheo co dc bhyt mien phi ko") and the share paid in hospital keep their cards', async () => {
    expect(await first('ho can ngheo co dc bhyt mien phi ko')).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(await first('ho can ngheo di kham benh dc bao hiem chi tra bn phan tram')).toMatch(/^Mức hưởng bảo hiểm y tế/);
  });
});

describe('giving birth, pregnancy: the data has no such support — said plainly with whom to ask, in the chat as in /api/ask', () => {
  it.each(['sinh con co dc ho tro j ko', 'ba bau ho ngheo dc ho tro gi', 'vo tui mang thai, ho can ngheo co dc gi ko'])('"%s"', async (question) => {
    const [chat, api] = await both(question);
    expect(chat).toMatch(/^Thông tin về hỗ trợ khi mang thai, sinh con \(thai sản\) cho hộ nghèo, hộ cận nghèo không có trong dữ liệu của trợ lý/);
    expect(chat).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(chat).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    expect(chat!.replace(/\n\nBạn có thể gõ: [^\n]*$/, '')).toBe(api);
  });

  it('guard: a child born is still the members changed ("nha tui moi sinh con thi bao xa sao")', async () => {
    expect((await first('nha tui moi sinh con thi bao xa sao')).split('\n')[0]).toContain('thay đổi thành viên');
  });
});

describe('land for poor households: not in the data (no figure), then the production and livelihood support the data has', () => {
  it.each(['ho ngheo co dc ho tro dat ko', 'ho can ngheo dc cap dat san xuat ko'])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text).toMatch(/^Thông tin về hỗ trợ đất ở, đất sản xuất \(cấp, giao đất\) cho hộ nghèo, hộ cận nghèo không có trong dữ liệu của trợ lý/);
      expect(text).toContain('Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế');
      expect(text).toContain('Nghị quyết 257/2025/QH15');
      expect(text).not.toContain('Theo văn bản:');
      expect(text).not.toMatch(/\d+\.000\.000 đồng/);
    }
  });

  it('guard: a land tax keeps the taxes answer', async () => {
    expect(await first('thue dat ho ngheo co dc mien ko')).toContain('miễn, giảm thuế');
  });
});

describe('more supports as residents type them: the card the data has, in the chat as in /api/ask', () => {
  it.each([
    ['me tui 80 tuoi co dc tien ko', /^Trợ cấp hưu trí xã hội/, 'Nghị định 176/2025/NĐ-CP'],
    ['ho ngheo dc cap dien thoai ko', /^Hỗ trợ điện thoại thông minh/, 'đã kết thúc'],
    ['ho ngheo dc cho bo ko', /^Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế/, 'Nghị quyết 257/2025/QH15'],
    ['co dc cap bo giong ko', /^Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế/, 'Nghị quyết 257/2025/QH15'],
    ['ho can ngheo vay dc nhiu', /^Vay vốn tín dụng chính sách/, 'Quyết định 15/2013/QĐ-TTg'],
    ['giay chung nhan ho ngheo co thoi han bao lau', /^Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo/, 'không có trong dữ liệu của trợ lý'],
    ['ai kiem tra ho ngheo o xa', /^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo/, 'Chủ tịch UBND cấp xã'],
  ])('"%s"', async (question, heading, basis) => {
    const [chat, api] = await both(question);
    expect(chat).toMatch(heading);
    expect(chat).toContain(basis);
    expect(chat).not.toMatch(/^Giải thích ngắn|^Theo văn bản|ngoài phạm vi/);
    expect(chat!.replace(/\n\nBạn có thể gõ: [^\n]*$/, '')).toBe(api);
  });

  // Round 35 (staff23): "vay dc ko" as a first message asks a loan, as "vay von dc ko" does: the loans' card (it was the loans'
  // explainer quoted by search, the same subject without the data's statuses); "vậy được không" opens no question by itself.
  it('"vay dc ko" is the loans\' card, as "vay von dc ko"; guard: "tien tro cap cho bo tui" names no livestock', async () => {
    expect(await first('vay dc ko')).toMatch(/^Vay vốn tín dụng chính sách/);
    expect(await first('tien tro cap cho bo tui')).not.toMatch(/^Hỗ trợ phát triển sản xuất/);
  });
});

describe('"con tui hoc dai hoc ho can ngheo dc giam hoc phi ko": only ethnic-minority students are exempt in the data, said first', () => {
  it.each(['con tui hoc dai hoc ho can ngheo dc giam hoc phi ko', 'ho ngheo dc mien hoc phi dai hoc ko'])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text).toMatch(/^Theo dữ liệu chính sách của trợ lý, miễn học phí trung cấp, cao đẳng, đại học cho con em hộ nghèo, hộ cận nghèo chỉ có khi sinh viên là người dân tộc thiểu số/);
      // Round 30 (words15): "trợ lý", not "mình" (the notice is also a post's caveat, shared into groups).
      expect(text).toContain('dữ liệu của trợ lý không có, nên trợ lý không nêu');
      expect(text).toContain('Nghị định 238/2025/NĐ-CP');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });

  it('guard: an ethnic-minority student asked keeps the card without the notice', async () => {
    expect(await first('sinh vien dan toc thieu so ho ngheo dc mien hoc phi ko')).toMatch(/^Miễn học phí trung cấp, cao đẳng, đại học cho sinh viên dân tộc thiểu số/);
  });
});
