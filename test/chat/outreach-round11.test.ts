/**
 * Round 11 (outreach staff: hội phụ nữ, trưởng thôn, cán bộ văn hóa xã writing posts for Zalo groups and the commune's loudspeaker).
 * What was left from round 10: "ghi nguồn giúp" after an answer was "ngoài phạm vi"; "viết bài 5 dòng" gave 8 lines; /api/ask did not
 * write short; the loudspeaker text; corrections of the standard lost their verdict when shortened or shared; lists of supports had no
 * share button. Asked on 02/12/2026, as the testers did.
 */
import { describe, expect, it } from 'vitest';
import { actionOf, conversationsAt, openHarness, sayAll } from './harness.ts';

const TESTED_ON = new Date('2026-12-02T03:00:00Z');
const { ask } = conversationsAt(TESTED_ON, 'outreach11');

describe('the source of the last answer, asked in a few words', () => {
  it.each(['ghi nguồn giúp', 'nguồn ở đâu vậy bạn', 'nguon o dau vay bn', 'cho minh xin nguon nha ad'])(
    '"%s" after the supports of hộ nghèo: each support with its document, date, article and status',
    async (asked) => {
      const [, source] = await ask('ho ngheo dc ho tro nhung j', asked);
      // Was: "Câu hỏi này nằm ngoài phạm vi của trợ lý" (or "không tìm thấy").
      expect(source).not.toMatch(/ngoài phạm vi|không tìm thấy/);
      expect(source).toContain('Nguồn của câu trả lời vừa rồi (các hỗ trợ cho hộ nghèo');
      expect(source).toContain('• Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo: Nghị định 105/2020/NĐ-CP ngày 08/09/2020, Điều 7');
      expect(source).toContain('• Trợ giúp pháp lý miễn phí: Luật Trợ giúp pháp lý số 11/2017/QH14, Điều 7');
      // Round 29: each status in the one citation format (cited), inside the basis's own bracket; was "(tham khảo: nội dung tóm tắt, …)".
      expect(source).toContain('Nghị định 105/2020/NĐ-CP ngày 08/09/2020, Điều 7 (trừ trẻ thuộc dân tộc rất ít người đã hưởng theo Nghị định 57/2017/NĐ-CP; tham khảo)');
      expect(source).not.toContain('(tham khảo: nội dung tóm tắt');
    },
  );

  it('"nguon o dau" after the BHYT card of hộ cận nghèo: that card\'s basis only, with its share button', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const source = await sayAll(harness, ['ho can ngheo dc ho tro bhyt ko', 'nguon o dau']);
      expect(source.text).toContain('Nghị định 188/2025/NĐ-CP ngày 01/07/2025, Điều 6 khoản 6');
      expect(source.text).not.toContain('Nghị định 105/2020');
      expect(actionOf(source, 'Chia sẻ')).toBe('share:r:u-health_insurance_premium-n');
    } finally {
      harness.close();
    }
  });

  it('"ghi nguon giup" after a passage: its document number, agency, date and section, quoted as written', async () => {
    const [answer, source] = await ask('muc tieu giam ngheo cua hung yen den 2025', 'ghi nguon giup');
    expect(answer).toContain('NQ 41-NQ/TU');
    expect(source).toMatch(/^Nguồn của đoạn trả lời vừa rồi: NQ 41-NQ\/TU, Tỉnh ủy Hưng Yên, 21\/08\/2023, mục [IVX]+/);
    expect(source).toContain('nguyên văn');
  });

  it('"cho xin link de chia se": what can be shared (the button, a short post), no address made up', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const link = await sayAll(harness, ['chuan ngheo 2027 la bao nhieu', 'cho xin link de chia se']);
      // Was: "Câu hỏi này nằm ngoài phạm vi của trợ lý".
      expect(link.text).not.toContain('ngoài phạm vi');
      expect(link.text).toContain('không đưa đường dẫn nào');
      // Typed as words where buttons are (round 23 phones4; Telegram's spans keep 'bấm “Chia sẻ”').
      expect(link.text).toContain('gõ “Chia sẻ”');
      expect(link.text).toContain('Nghị định 351/2025/NĐ-CP');
      expect(link.text).not.toMatch(/https?:|www\./);
      const shared = await harness.press(actionOf(link, 'Chia sẻ'));
      expect(shared.replies[0]!.shareToken).toMatch(/^r-s2027/);
    } finally {
      harness.close();
    }
  });

  it('"nguon o dau" with nothing answered yet says how to get an answer with its source', async () => {
    const [answer] = await ask('nguon o dau');
    expect(answer).toContain('Chưa có câu trả lời nào để ghi nguồn');
  });

  it('"nguồn nước sinh hoạt" is still a question about the indicator, not a source asked', async () => {
    const [, answer] = await ask('chuan ngheo 2027', 'nguồn nước sinh hoạt là gì');
    expect(answer).not.toContain('Nguồn của câu trả lời vừa rồi');
  });
});

describe('a post of the length asked, counted on the whole post', () => {
  // The post as pasted: the text before the buttons (rendered after a blank line).
  const lines = (text: string) => text.split('\n\n')[0]!.split('\n');
  const words = (text: string) => text.split('\n\n')[0]!.split(/\s+/).filter((word) => word !== '').length;

  it.each([
    ['viết bài 5 dòng về chuẩn nghèo mới để đăng nhóm zalo', 5],
    ['viet bai 3 dong ve chuan ngheo 2027 de gui ba con', 3],
    ['soan 2 dong thong bao ve ho tro bhyt cho ho can ngheo', 2],
  ])('"%s": %i lines in all, the source and statuses kept', async (asked, count) => {
    const [post] = await ask(asked);
    // Was: "viết bài 5 dòng" gave 8 lines (heading, 5 lines, "Nguồn", whom to ask).
    expect(lines(post!)).toHaveLength(count);
    expect(post).toMatch(/Nguồn: (Nghị định|Luật)/);
    expect(post).toContain('(tham khảo)');
    expect(post).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"tom tat 5 dong" after the supports of hộ cận nghèo: five lines in all', async () => {
    const [, post] = await ask('hộ cận nghèo được hỗ trợ gì', 'tom tat 5 dong');
    expect(lines(post!)).toHaveLength(5);
    expect(post).toMatch(/^Hộ cận nghèo được hỗ trợ/);
  });

  it.each(['soạn bài dưới 100 chữ về hỗ trợ cho hộ cận nghèo để đăng zalo', 'viet bai khoang 100 chu ve chuan ngheo 2027'])(
    '"%s": at most 100 words with the heading and the source',
    async (asked) => {
      const [post] = await ask(asked);
      expect(words(post!)).toBeLessThanOrEqual(100);
      expect(post).toMatch(/\nNguồn: .+\./);
      expect(post).toContain('(tham khảo)');
    },
  );
});

describe('"viết ngắn", "đoạn ngắn" ask a short post in the chat', () => {
  it.each(['viết ngắn: hộ cận nghèo được hỗ trợ gì', 'viet doan ngan ve ho tro cho ho can ngheo'])('"%s"', async (asked) => {
    const [post] = await ask(asked);
    // Was: the full list of supports, every one with its basis and where to apply.
    expect(post).toMatch(/^Hộ cận nghèo được hỗ trợ \(áp dụng ngày 02\/12\/2026\):\n- /);
    expect(post).toMatch(/\nNguồn: .+\./);
    expect(post).not.toContain('Nơi làm: UBND cấp xã lập danh sách đề nghị cấp thẻ');
  });
});

describe('a correction of the poverty line keeps its verdict when shortened or shared, as a support\'s does', () => {
  const rumour = 'nghe noi tu 2027 ho duoi 1,9 trieu o nong thon la ho ngheo dung ko';

  it.each(['viet ngan lai de gui nhom', 'tom tat 3 dong', 'noi don gian hon'])('"%s" after the rumour: "Không đúng" first', async (shorter) => {
    const [answer, post] = await ask(rumour, shorter);
    expect(answer).toMatch(/^Không đúng: 1,9 triệu là mức trong dự thảo/);
    // Was: the 2027 line alone, the verdict gone.
    expect(post).toContain('Không đúng: 1.900.000 đồng không phải là mức của chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(post).toContain('2.200.000 đồng');
  });

  it('"Chia sẻ" under the rumour\'s answer: the link opens with the verdict', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const answer = await harness.say(rumour);
      const shared = await harness.press(actionOf(answer, 'Chia sẻ'));
      const token = shared.replies[0]!.shareToken!;
      // Was: r-s2027, which opened the 2027 card with no word of the rumour. The figures' code (f) since round 17: after the
      // verdict, the 2027 lines with their source, the card a button away.
      expect(token).toMatch(/^r-s2027f-x1900000/);
      const opened = await harness.say(`/start ${token}`, 'nguoi-nhan-11');
      expect(opened.text).toContain('Không đúng: 1.900.000 đồng không phải là mức của chuẩn nghèo đa chiều giai đoạn 2027–2030');
    } finally {
      harness.close();
    }
  });

  it('a short post correcting the line ("thông báo: từ 2027 hộ có dưới 1,9 triệu …") shared and shortened keeps "Không đúng"', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const post = await harness.say('thông báo: từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo');
      expect(post.text).toContain('Không đúng: 1.900.000 đồng');
      const shorter = await harness.say('ngắn hơn nữa');
      expect(shorter.text).toContain('Không đúng: 1.900.000 đồng');
      const shared = await harness.press(actionOf(post, 'Chia sẻ'));
      const opened = await harness.say(`/start ${shared.replies[0]!.shareToken!}`, 'nguoi-nhan-12');
      expect(opened.text).toContain('Không đúng: 1.900.000 đồng');
    } finally {
      harness.close();
    }
  });
});

describe('a list of supports can be shared, as any answer', () => {
  it('"ho ngheo dc ho tro nhung j": "Chia sẻ" and "Báo sai" under the list; the link opens that list', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const list = await harness.say('ho ngheo dc ho tro nhung j');
      // Was: only the class buttons (Hộ nghèo, Hộ cận nghèo, …), nothing to share.
      const shared = await harness.press(actionOf(list, 'Chia sẻ'));
      const token = shared.replies[0]!.shareToken!;
      expect(token).toBe('h-ngheo');
      const opened = await harness.say(`/start ${token}`, 'nguoi-nhan-13');
      expect(opened.text).toContain('Câu trả lời được chia sẻ');
      expect(opened.text).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 02/12/2026)');
      const report = await harness.press(actionOf(list, 'Báo sai'));
      expect(report.text).toContain('các hỗ trợ cho hộ nghèo');
    } finally {
      harness.close();
    }
  });

  it('a short post of a class\'s supports ("tom tat ho tro cho ho can ngheo de gui ba con") has "Chia sẻ" too', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const post = await harness.say('tom tat ho tro cho ho can ngheo de gui ba con');
      expect(post.text).toMatch(/^Hộ cận nghèo được hỗ trợ/);
      const shared = await harness.press(actionOf(post, 'Chia sẻ'));
      expect(shared.replies[0]!.shareToken).toBe('h-near_poor');
      const opened = await harness.say(`/start ${shared.replies[0]!.shareToken!}`, 'nguoi-nhan-14');
      expect(opened.text).toContain('Hỗ trợ cho hộ cận nghèo');
    } finally {
      harness.close();
    }
  });
});

describe('a text for the loudspeaker ("bài đọc loa"): the status said once, in words', () => {
  it.each(['soạn bài đọc loa về chuẩn nghèo mới', 'viet bai phat thanh xa ve chuan ngheo moi', 'soan ban tin loa truyen thanh ve ho tro cho ho can ngheo'])(
    '"%s"',
    async (asked) => {
      const [post] = await ask(asked);
      const text = post!.split('\n\n')[0]!;
      // Was: the full card, "(tham khảo)" after each figure, "≤" and list marks a reader cannot say aloud.
      expect(text).not.toContain('(tham khảo)');
      expect(text).not.toMatch(/[≤≥]|^- |^• /m);
      expect(text.match(/số liệu tham khảo/g)).toHaveLength(1);
      expect(text).toMatch(/\nNguồn: .+\./);
      // Round 19: read aloud with no abbreviation (was "UBND cấp xã").
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở Ủy ban nhân dân xã');
    },
  );

  it('"viết lại thành bài đọc loa" after the 2027 standard: that standard, to be heard', async () => {
    const [, post] = await ask('chuan ngheo 2027 la bao nhieu', 'viết lại thành bài đọc loa giúp');
    // Round 15 (N38-83): read aloud, the figure in words.
    expect(post).toContain('nông thôn không quá hai triệu hai trăm nghìn đồng');
    expect(post).not.toContain('(tham khảo)');
    expect(post).toContain('số liệu tham khảo');
  });
});

describe('findings33 O03: a short post asked to correct a rumour leads with the verdict', () => {
  it.each([
    'viết bài ngắn 3 câu đính chính tin đồn: hộ nghèo được phát 2 triệu mỗi tháng',
    'viet bai ngan dinh chinh tin don ho ngheo dc phat 2 trieu moi thang',
    'soan tin zalo ngan bac tin don ho ngheo thang nao cung dc phat 2tr',
  ])('"%s"', async (asked) => {
    const [post] = await ask(asked);
    // Was: the supports of hộ nghèo (160.000 đ, 500.000 đ …) with no "Không đúng", read as confirming money handed out.
    // The verdict before the heading since round 40 (short33; was under it).
    const [verdict, heading] = post!.split('\n');
    expect(heading).toMatch(/^Hộ nghèo được hỗ trợ/);
    expect(verdict).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
    expect(verdict).toContain('không phải tiền hộ được nhận');
  });
});

describe('findings33 O05: "nói dễ hiểu hơn cho bà con" states a fact once, in villagers\' words, the source on the "Nguồn" line', () => {
  const post = 'viết giúp bài ngắn 5 dòng về hỗ trợ BHYT cho hộ cận nghèo để đăng nhóm zalo thôn';

  it('the post itself says the 70% once', async () => {
    const [text] = await ask(post);
    // Was: "Tối thiểu 70% mức đóng …" and "Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng …" in one line.
    expect(text!.match(/70%/g)).toHaveLength(1);
  });

  it.each(['nói dễ hiểu hơn cho bà con', 'viết lại ngắn gọn dễ hiểu', 'noi de hieu hon cho ba con nha'])('"%s" after it', async (plainer) => {
    const [, text] = await ask(post, plainer);
    const [body, source] = text!.split('\nNguồn: ');
    expect(body!.match(/70%/g)).toHaveLength(1);
    expect(body).toContain('ít nhất 70% tiền mua thẻ bảo hiểm y tế');
    expect(body).toContain('người trong hộ cận nghèo');
    expect(body).not.toContain('tối thiểu');
    // No document named mid-sentence: only on the "Nguồn" line.
    expect(body).not.toMatch(/Luật|Nghị định|Điều \d/);
    expect(source).toContain('Nghị định 188/2025/NĐ-CP');
    expect(text).toContain('(tham khảo)');
  });
});

describe('findings33 O08: a post that gives the review dates keeps their status', () => {
  it.each([
    'viết 5 dòng về thủ tục đăng ký hộ cận nghèo để đăng nhóm zalo',
    'viet 3 cau ve thu tuc dang ky ho ngheo de gui ba con',
    'tom tat 4 dong thu tuc xet ho can ngheo',
  ])('"%s"', async (asked) => {
    const [post] = await ask(asked);
    const body = post!.split('\n\n')[0]!;
    // Was: "Rà soát định kỳ hằng năm từ 01/09 đến 14/12" with no word that this is the 2022–2025 schedule.
    if (body.includes('01/09 đến 14/12')) {
      expect(body).toContain('giai đoạn 2022 – 2025');
      expect(body).toMatch(/chưa rõ văn bản và lịch rà soát áp dụng năm 2026/);
    }
    expect(body).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg');
  });

  it('the 5-line post is still 5 lines, the dates and their status both in it', async () => {
    const [post] = await ask('viết 5 dòng về thủ tục đăng ký hộ cận nghèo để đăng nhóm zalo');
    const body = post!.split('\n\n')[0]!;
    expect(body.split('\n')).toHaveLength(5);
    expect(body).toContain('01/09 đến 14/12');
    expect(body).toContain('năm 2026 (chưa rõ).');
  });
});

describe('findings33 O11: a post on what changes from 01/01/2027 says what is added with what is removed, "chưa rõ" once, no arrow', () => {
  it.each([
    'từ 1/1/2027 có gì thay đổi, viết bài khoảng 100 chữ',
    'tu 1/1/2027 co gi thay doi viet bai ngan de dang zalo',
    'nam 2027 co gi moi, viet 5 dong gui ba con',
  ])('"%s"', async (asked) => {
    const [post] = await ask(asked);
    const body = post!.split('\n\n')[0]!;
    // Was: only "Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”", or none of the indicators.
    expect(body).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin”');
    expect(body).toContain('Internet');
    expect(body).toContain('rác thải');
    // Was: "→ chưa rõ (chưa được công bố hoặc chưa được kiểm tra) (chưa rõ)".
    expect(body).not.toContain('→');
    for (const line of body.split('\n')) expect(line.match(/chưa rõ/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(body).toContain('2.200.000 đồng');
  });

  it('"khoảng 100 chữ" is still about 100 words at most', async () => {
    const [post] = await ask('từ 1/1/2027 có gì thay đổi, viết bài khoảng 100 chữ');
    expect(post!.split('\n\n')[0]!.split(/\s+/).length).toBeLessThanOrEqual(100);
  });
});

describe('findings33 O09: a meeting invitation is a template with blanks and the facts to say, not the procedure dump', () => {
  it.each([
    'viết thư mời họp thôn về rà soát hộ nghèo tối thứ 7',
    'soạn thông báo mời các hộ dân đi họp bình xét hộ nghèo ở nhà văn hóa thôn',
    'viet giay moi hop xet ho can ngheo giup tui',
  ])('"%s"', async (asked) => {
    const [text] = await ask(asked);
    // Was: 6 procedure bullets (monthly review, Mẫu 04, Bước 5 cấp huyện, NĐ 131/2025 …), no invitation.
    expect(text).toContain('Trợ lý không soạn thay giấy mời chính thức');
    expect(text).toMatch(/Kính mời .*… .*họp bình xét hộ nghèo, hộ cận nghèo/);
    expect(text).toMatch(/Thời gian: …/);
    expect(text).toMatch(/Địa điểm: …/);
    // The Giấy đề nghị is filed at UBND cấp xã, not brought to the meeting (round 41 cadre42; was "Mang theo: giấy đề nghị (Mẫu số 04").
    expect(text).not.toContain('Mang theo');
    expect(text).toContain('- Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    // This year's schedule not known: its days left for the cadre (round 40 short33; was "từ 01/09 đến 14/12" said flatly), with
    // their status, and where the decision is made.
    expect(text).not.toContain('01/09 đến 14/12');
    expect(text).toContain('(cán bộ xã điền theo lịch UBND cấp xã thông báo)');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
    expect(text).toContain('Chủ tịch UBND cấp xã quyết định');
    expect(text).not.toContain('Nghị định 131/2025');
    expect(text).not.toContain('Rà soát thường xuyên (hằng tháng');
  });

  it('"hộ nghèo có được mời họp xét không" asks, it is no invitation to write', async () => {
    const [text] = await ask('hộ nghèo có được mời họp xét không');
    expect(text).not.toContain('THƯ MỜI HỌP THÔN');
  });
});
