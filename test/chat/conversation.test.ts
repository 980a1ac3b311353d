/**
 * The conversation outside the interview, against the real corpus, search and rules: /start,
 * policy answers with citations, "không tìm thấy", buttons by number or label, sharing, problem
 * reports, the quick check for cadres, the information commands and bad input.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';
import { indicatorsFor } from '../../src/rules/index.ts';

let harness: Harness;
afterEach(() => harness?.close());

const MENU = ['Hỏi về chính sách', 'Kiểm tra hộ gia đình', 'Các chính sách hỗ trợ', 'Chuẩn nghèo hiện hành', 'Giới thiệu nguồn văn bản'];

describe('/start', () => {
  it('welcomes, says what it can and cannot do, and offers the menu (round 22: the whole introduction one tap away)', async () => {
    harness = await openHarness();
    const turn = await harness.say('/start');
    expect(turn.text).toContain('Trợ lý Giảm nghèo');
    expect(turn.text).toContain('UBND cấp xã');
    const about = await harness.press(actionOf(turn, 'Trợ lý làm được gì'));
    expect(about.text).toContain('không thể công nhận');
    expect(about.buttons.map((button) => button.label)).toEqual(MENU);
    for (const button of [...turn.buttons, ...about.buttons]) expect(Buffer.byteLength(button.action)).toBeLessThanOrEqual(64);
  });

  it('accepts a menu choice typed as a number or as its label without diacritics', async () => {
    harness = await openHarness();
    await harness.say('/start');
    expect((await harness.say('2')).text).toContain('Đồng ý lưu');
    await harness.say('/start');
    expect((await harness.say('chuan ngheo hien hanh')).text).toContain('1.500.000 đồng');
  });
});

describe('policy questions', () => {
  it('quotes the best passage with the citation the search engine gives, with and without diacritics', async () => {
    harness = await openHarness();
    for (const question of ['Mục tiêu giảm tỷ lệ hộ tái nghèo, tái cận nghèo hằng năm?', 'muc tieu giam ty le ho tai ngheo tai can ngheo hang nam']) {
      const [best] = harness.app.search.search(question);
      expect(best).toBeDefined();
      const turn = await harness.say(question);
      expect(turn.text).toContain(`Nguồn: ${best!.citation}`);
      const actions = turn.buttons.map((button) => button.action.split(':')[0]);
      expect(actions).toEqual(expect.arrayContaining(['full', 'fb', 'share', 'report']));
    }
    expect((await harness.app.store.stats()).questionsAsked).toBe(2);
  });

  it('says honestly when the documents do not answer, without sending an out-of-scope question to the poverty cadre, and counts it', async () => {
    harness = await openHarness();
    const turn = await harness.say('giá vàng hôm nay bao nhiêu');
    expect(turn.text).toContain('ngoài phạm vi');
    // Nobody is sent to the poverty cadre for gold prices (findings §4).
    expect(turn.text).not.toContain('cán bộ phụ trách giảm nghèo');
    expect(turn.text).not.toContain('Nguồn:');
    const stats = await harness.app.store.stats();
    expect(stats.questionsUnanswered).toBe(1);
    expect(stats.unansweredQuestions[0]!.text).toBe('giá vàng hôm nay bao nhiêu');
  });

  it('shows the full section, more results and records feedback', async () => {
    harness = await openHarness();
    const question = 'mục tiêu giảm tỷ lệ hộ nghèo';
    const results = harness.app.search.search(question, { limit: 8 });
    expect(results.length).toBeGreaterThan(1);
    const answer = await harness.say(question);
    const full = await harness.press(actionOf(answer, 'Xem toàn bộ mục'));
    const passage = harness.app.search.passage(results[0]!.passageId)!;
    expect(full.text).toContain(passage.text.slice(0, 80));
    const more = await harness.press(actionOf(answer, 'Thêm kết quả'));
    expect(more.text).toContain(results[1]!.citation);
    await harness.press(actionOf(answer, '👍 Hữu ích'));
    await harness.press(actionOf(answer, '👎 Chưa đúng ý'));
    expect((await harness.app.store.stats()).feedback).toEqual({ useful: 1, notUseful: 1 });
  });

  it('shares an answer through a deep-link token another user can open', async () => {
    harness = await openHarness();
    const answer = await harness.say('phong trào giảm nghèo theo địa chỉ');
    const shared = await harness.press(actionOf(answer, 'Chia sẻ'));
    const token = shared.replies[0]!.shareToken!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{12}$/);
    const opened = await harness.say(`/start ${token}`, 'someone-else');
    expect(opened.text).toContain('Câu trả lời được chia sẻ');
    expect(opened.text).toContain('Nguồn:');
    expect((await harness.say('/start khongcoday', 'someone-else')).text).toContain('không còn dùng được');
    expect((await harness.say('/start kiemtra', 'someone-else')).text).toContain('Đồng ý lưu');
  });

  it('records a problem report with its passage and no user id', async () => {
    harness = await openHarness();
    const answer = await harness.say('mục tiêu giảm tỷ lệ hộ tái nghèo hằng năm');
    const [best] = harness.app.search.search('mục tiêu giảm tỷ lệ hộ tái nghèo hằng năm');
    const asked = await harness.press(actionOf(answer, 'Báo sai'), 'reporter-42');
    // The other user's buttons belong to their own answer: reporter-42 never asked, so it is refused.
    expect(asked.text).toContain('câu trả lời cũ');
    expect((await harness.press(actionOf(answer, 'Báo sai'))).text).toContain('chỗ nào chưa đúng');
    const thanked = await harness.say('Mức hỗ trợ đã đổi theo nghị định mới');
    expect(thanked.text).toContain('Cảm ơn');
    const [report] = (await harness.app.store.stats()).reports;
    expect(report).toMatchObject({ comment: 'Mức hỗ trợ đã đổi theo nghị định mới', subject: best!.passageId });
    expect(JSON.stringify(report)).not.toContain('u1');
  });

  it('prefers the chosen province and notes the 2025 merger', async () => {
    harness = await openHarness();
    const set = await harness.say('/tinh tra vinh');
    expect(set.text).toContain('Vĩnh Long');
    const answer = await harness.say('nghị quyết về công tác giảm nghèo bền vững giai đoạn 2021 - 2025');
    expect(answer.text).toMatch(/Nguồn: .*Trà Vinh/);
    expect(answer.text).toContain('từ 01/07/2025');
  });

  it('knows the 63 provinces before 01/07/2025 and the 34 since, refuses a name that is neither, and reads a question sent instead of a name', async () => {
    harness = await openHarness();
    // A merger outside the verified three: named with its resolution and "tham khảo".
    const merged = await harness.say('/tinh quang binh');
    expect(merged.text).toContain('địa bàn tỉnh Quảng Bình thuộc tỉnh Quảng Trị');
    expect(merged.text).toContain('Nghị quyết 202/2025/QH15');
    expect(merged.text).toContain('(tham khảo)');
    // Other names people use, and a centrally-run city called a city.
    expect((await harness.say('/tinh sai gon')).text).toContain('Đã chọn thành phố Hồ Chí Minh');
    expect((await harness.say('/tinh vung tau')).text).toContain('địa bàn tỉnh Bà Rịa - Vũng Tàu thuộc thành phố Hồ Chí Minh');
    // Not a province: said, and nothing kept (the province chosen before stays).
    const unknown = await harness.say('/tinh Atlantis');
    expect(unknown.text).toContain('không tìm thấy tỉnh, thành phố nào tên "Atlantis"');
    expect((await harness.say('/tinh')).text).toContain('Tỉnh đang chọn: Hồ Chí Minh');
    // Asked for a province, the user asks a question instead: it is answered, not refused as a province name.
    const question = await harness.say('ho ngheo duoc ho tro gi');
    expect(question.text).toContain('Hỗ trợ cho hộ nghèo');
    expect(question.text).not.toContain('không tìm thấy tỉnh');
  });
});

describe('which supports a class gets', () => {
  it('answers "được hỗ trợ gì" with the supports of the class named, each with its legal basis', async () => {
    harness = await openHarness();
    const nearPoor = await harness.say('ho can ngheo duoc ho tro gi');
    expect(nearPoor.text).toContain('Hỗ trợ cho hộ cận nghèo');
    // NĐ 188/2025: at least 70% of the BHYT premium for near-poor households.
    expect(nearPoor.text).toContain('70%');
    // One line a support and one "Nguồn" line (round 32 short20: was no source); the basis of each, article and where to apply,
    // is one tap ("Chi tiết từng khoản") or one word ("chi tiet") away.
    expect(nearPoor.text).toMatch(/^Nguồn: .*Nghị định 188\/2025\/NĐ-CP/m);
    expect(nearPoor.text).not.toContain('Căn cứ:');
    expect((await harness.say('chi tiet')).text).toContain('Nghị định 188/2025/NĐ-CP');
    const poor = await harness.say('Hộ nghèo được hưởng những chính sách gì?');
    expect(poor.text).toContain('Hỗ trợ cho hộ nghèo');
    expect((await harness.press(actionOf(poor, 'Chi tiết từng khoản'))).text).toContain('Quyết định 28/2014/QĐ-TTg');
  });

  it('answers a question about one named support from that support’s entry, not the whole list', async () => {
    harness = await openHarness();
    const turn = await harness.say('hộ cận nghèo được hỗ trợ bảo hiểm y tế gì');
    expect(turn.text).not.toContain('Hỗ trợ cho hộ cận nghèo (áp dụng');
    expect(turn.text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(turn.text).toContain('Căn cứ:');
  });
});

describe('quick check for cadres', () => {
  it('answers at once: rural 1.400.000 đ with 3 deprivations is poor', async () => {
    harness = await openHarness();
    // 1.400.000 ≤ 1.500.000 (rural) and BHYT, nước, nhà tiêu = 3 deprivations → hộ nghèo.
    const turn = await harness.say('/kiemtra nt 1.4tr bhyt nuoc nhatieu');
    expect(turn.text).toContain('HỘ NGHÈO');
    expect(turn.text).toContain('1.400.000 đồng');
    expect(turn.text).toContain('Bảo hiểm y tế');
  });

  it('urban 1.900.000 đ with 1 deprivation is near-poor; 2.100.000 đ is middle', async () => {
    harness = await openHarness();
    expect((await harness.say('/kiemtra tt 1900k bhyt')).text).toContain('HỘ CẬN NGHÈO');
    expect((await harness.say('/kiemtra tt 2.100.000 bhyt nuoc nhatieu 4ng')).text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
  });

  it('reads an amount typed with spaces and unit words, with or without diacritics', async () => {
    harness = await openHarness();
    // 1.400.000 ≤ 1.500.000 (rural), 1 deprivation → hộ cận nghèo; 1.200.000 with 3 → hộ nghèo.
    const spaced = await harness.say('/kiemtra nt 1,4 trieu bhyt');
    expect(spaced.text).toContain('HỘ CẬN NGHÈO');
    expect(spaced.text).toContain('1.400.000 đồng');
    const spoken = await harness.say('/kiemtra nt 1 triệu 2 4ng bhyt nuoc nhatieu');
    expect(spoken.text).toContain('HỘ NGHÈO');
    expect(spoken.text).toContain('1.200.000 đồng');
  });

  it('corrects a wrong token precisely instead of guessing', async () => {
    harness = await openHarness();
    const typo = await harness.say('/kiemtra nt 1.4tr bhyt nuoc nhatiu');
    expect(typo.text).toContain('“nhatiu”');
    expect(typo.text).toContain('“nhatieu”');
    expect(typo.text).toContain('Nhà tiêu hợp vệ sinh');
    expect((await harness.say('/kiemtra 1.4tr bhyt')).text).toContain('Thiếu khu vực');
    expect((await harness.say('/kiemtra nt bhyt')).text).toContain('Thiếu thu nhập');
    expect((await harness.say('/kiemtra nt 12 bhyt')).text).toContain('nghìn đồng hay 12 triệu đồng');
  });

  it('a report on a quick-check result describes that result, nothing stored meanwhile', async () => {
    harness = await openHarness();
    const result = await harness.say('/kiemtra nt 1.4tr bhyt nuoc nhatieu');
    const action = actionOf(result, 'Báo sai');
    expect(Buffer.byteLength(action)).toBeLessThanOrEqual(64);
    harness = await harness.restart();
    const asked = await harness.press(action);
    await harness.press(actionOf(asked, 'Gửi kèm kết quả'));
    await harness.say('sai chuẩn');
    expect((await harness.app.store.stats()).reports[0]!.subject).toContain('Kết quả kiểm tra: poor');
  });
});

describe('information commands', () => {
  it('/chuan shows today’s standard and /chuan 2027 the next one', async () => {
    harness = await openHarness();
    const today = await harness.say('/chuan');
    expect(today.text).toContain('1.500.000 đồng');
    expect(today.text).toContain('2.000.000 đồng');
    const later = await harness.say('/chuan 2027');
    expect(later.text).toContain('2.200.000 đồng');
    expect(later.text).toContain('2.800.000 đồng');
    expect(later.text).toContain('Tạm tính');
    expect((await harness.say('/chuan abc')).text).toContain('Bạn gõ một năm (ví dụ: /chuan 2027) hoặc một ngày dạng dd/MM/yyyy');
  });

  it('/chuan adds what changes when a new standard starts within the upcoming window, and /chuan thay doi on demand', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-01T03:00:00Z') });
    const december = await harness.say('/chuan');
    expect(december.text).toContain('Sắp thay đổi');
    expect(december.text).toContain('01/01/2027: Chuẩn nghèo Nông thôn: 1.500.000 đồng → 2.200.000 đồng');
    expect(december.text).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(december.text).toContain('Thêm chỉ số “Xử lý rác thải sinh hoạt”');
    harness = await openHarness();
    expect((await harness.say('/chuan')).text).not.toContain('Sắp thay đổi');
    const asked = await harness.say('/chuan thay doi');
    // Each change has its date; the window searched ("đến 02/01/2027", a day after the start) is not shown.
    expect(asked.text).toContain('Sắp thay đổi:');
    expect(asked.text).not.toContain('02/01/2027');
    expect(asked.text).toContain('2.800.000 đồng');
  });

  it('/hotro lists supports by class with their basis', async () => {
    harness = await openHarness();
    const all = await harness.say('/hotro');
    expect(all.text).toContain('Hộ nghèo:');
    expect(all.text).toContain('Hộ cận nghèo:');
    const near = await harness.say('/hotro canngheo');
    expect((await harness.press(actionOf(near, 'Chi tiết từng khoản'))).text).toContain('Nghị định 188/2025/NĐ-CP');
  });

  it('/nguon lists each document with number, issuer and date, and the 2025 change', async () => {
    harness = await openHarness();
    const turn = await harness.say('/nguon');
    for (const doc of harness.app.documents.filter((d) => d.kind === 'document')) {
      if (doc.number) expect(turn.text).toContain(doc.number);
    }
    expect(turn.text).toContain('41-NQ/TU');
    expect(turn.text).toContain('21/08/2023');
    expect(turn.text).toContain('34 tỉnh');
  });

  it('/trogiup explains the commands and the quick-check aliases from the rules data', async () => {
    harness = await openHarness();
    const turn = await harness.say('/trogiup');
    for (const command of harness.app.core.commands) {
      if (command.command !== 'start') expect(turn.text).toContain(`/${command.command}`);
    }
    // The indicators of the standard in force on the test day (rules data per period).
    for (const indicator of indicatorsFor(harness.app.rules, '2026-03-15')) expect(turn.text).toContain(indicator.aliases[0]!);
  });
});

describe('bad input', () => {
  it('answers every odd message politely and never throws', async () => {
    harness = await openHarness();
    const cases = [
      { text: 'a'.repeat(5000) },
      { text: '' },
      { text: '   \u200b\u0000\u202e ' },
      { text: '😀😀😀' },
      { text: '\ud800abc hộ nghèo' },
      { text: 'ho\u0300 ngh\u00e8o la\u0300 gi\u0300' },
      { unsupported: true },
      {},
      { action: 'x'.repeat(300) },
      { action: 'zzz:1:2' },
      { action: 'full:nope:99' },
      { action: 'ck:a:999:yes' },
      { text: '/lenhkhongco' },
      { text: '/start@tro_ly_bot' },
    ];
    for (const message of cases) {
      const turn = await harness.send(message);
      expect(turn.replies.length).toBeGreaterThan(0);
      expect(turn.text.trim().length).toBeGreaterThan(0);
    }
    expect((await harness.say('a'.repeat(5000))).text).toContain('quá dài');
    expect((await harness.send({ unsupported: true })).text).toContain('tin nhắn chữ');
  });

  it('starts over when a stored session is damaged', async () => {
    harness = await openHarness();
    await harness.app.store.writeSession('terminal:u1', { interview: 'not an interview', choices: 42 });
    const turn = await harness.say('/start');
    expect(turn.text).toContain('Trợ lý Giảm nghèo');
    expect(harness.logs.join('')).toContain('session_reset');
  });

  it('still answers, and logs what was not saved, when the database fails', async () => {
    harness = await openHarness();
    await harness.app.store.close();
    // Answers from the texts never depend on a write: the reply comes, the lost write is logged.
    const turn = await harness.say('hộ nghèo là gì');
    expect(turn.text).toContain('Nguồn:');
    expect(turn.text).not.toContain('thử lại sau');
    expect(harness.logs.join('')).toMatch(/store_write_failed|session_not_saved/);
  });
});

describe('inline answers', () => {
  it('offers cards with their citation for a query, none for an empty one', async () => {
    harness = await openHarness();
    const cards = harness.app.core.inlineAnswers('hộ cận nghèo bhyt');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(Buffer.byteLength(card.id)).toBeLessThanOrEqual(64);
      expect(card.reply.spans.map((span) => span.text).join('')).toContain('Nguồn:');
    }
    expect(harness.app.core.inlineAnswers('')).toEqual([]);
    expect(harness.app.core.inlineAnswers('giá vàng hôm nay')).toEqual([]);
  });
});
