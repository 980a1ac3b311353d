/**
 * Round 22 (law helper, 04/12/2026): the law in December 2026 and from 01/01/2027 as residents and cadres ask it. Each case
 * fails on the round-21 code (5e3ccc6) unless marked a guard. Statuses and figures are those of shared/facts
 * (updates-2026.md over the older files), worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { actionOf, askApiText, conversationsAt, openHarness } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { ask, first } = conversationsAt(TESTED_ON, 'law22law');

describe('the ongoing review cited by its article (QĐ 24/2021 Điều 5) is "tham khảo" everywhere', () => {
  // updates-2026.md: Điều 5 (ongoing review, Mẫu số 04, 15 days, written reasons) is [M]; the refusal line citing it was
  // already "tham khảo", the sudden-hardship line citing the same article was shown as verified (no label).
  it.each(['nha bi lu cuon het co dc xet ho ngheo lien ko', 'chong tui mat viec nha kho qua xin vao ho ngheo ngay dc ko'])('"%s"', async (question) => {
    // In brief first since round 36 (short27), the line with the article's status in both; the whole entry after "chi tiết".
    const [brief, text] = await ask(question, 'chi tiết');
    expect(brief).toContain('hộ nộp Giấy đề nghị để được rà soát thường xuyên hằng tháng; được công nhận hay không là theo kết quả rà soát (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
    expect(text).toContain('hộ nộp Giấy đề nghị để được rà soát thường xuyên hằng tháng (bước dưới); hộ được công nhận hay không là theo kết quả rà soát, không phải ngay khi nộp (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
  });

  it('every line of the data citing an article of QĐ 24/2021 has the status of the article (reported), never verified', () => {
    const rules = loadRules();
    const cited = [
      ...rules.reference.flatMap((entry) => entry.lines.map((line) => ({ where: entry.id, basis: line.basis, status: line.status }))),
      ...rules.procedure.steps.map((step, index) => ({ where: `procedure ${index}`, basis: step.basis, status: step.status })),
      ...rules.supports.flatMap((support) => support.variants.map((variant) => ({ where: support.id, basis: variant.basis, status: variant.status }))),
    ].filter((line) => /Quyết định 24\/2021\/QĐ-TTg,? Điều \d/.test(line.basis));
    expect(cited.length).toBeGreaterThan(1);
    for (const line of cited) expect(line.status, `${line.where}: ${line.basis}`).not.toBe('verified');
  });
});

describe('a procedure answer asked of 2027 keeps its year in its share link', () => {
  // Was "/start r-p-timing" / "r-p": the person who opened the link read the 2026 schedule ("đợt rà soát định kỳ năm 2026 …
  // đang diễn ra") and "chưa rõ … áp dụng năm 2026", while the one who shared it had asked about 2027.
  it.each([
    // Round 36 law27: no day of the 2027 review (was "… năm 2027 sẽ từ 01/09/2027 đến 14/12/2027"), its schedule not known.
    ['ra soat ho ngheo nam 2027 khi nao', 'lịch rà soát năm 2027 chưa rõ (chưa rõ)'],
    ['lam giay chung nhan ho can ngheo nam 2027 the nao', 'chưa rõ văn bản và lịch rà soát áp dụng năm 2027'],
  ])('"%s"', async (question, said) => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const asked = await harness.say(question);
      expect(asked.text).toContain(said);
      const token = (await harness.press(actionOf(asked, 'Chia sẻ'))).replies[0]!.shareToken!;
      const opened = await harness.say(`/start ${token}`, 'nguoi-nhan-22');
      expect(opened.text).toContain(said);
      expect(opened.text).not.toContain('năm 2026');
    } finally {
      harness.close();
    }
  });

  it('guard: the procedure asked of this year keeps the short link, said of 2026', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const asked = await harness.say('thu tuc xin ho can ngheo the nao');
      expect(actionOf(asked, 'Chia sẻ')).toBe('share:r:p');
      expect(asked.text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
    } finally {
      harness.close();
    }
  });
});

describe('a funeral asked of someone on a monthly allowance or a pension is not answered with that allowance\'s card', () => {
  // Was the monthly social allowance card (NĐ 20/2021, 500.000 đồng) or the social pension cards (NĐ 176/2025), read as the
  // answer to the funeral money asked. No fact file has a funeral support: not in the data, the commune cadre named, no figure.
  it.each([
    'ong tui huong tro cap xa hoi mat roi co dc tien mai tang ko',
    'tro cap mai tang phi nguoi huong huu tri xa hoi',
    'ba noi tui an tien gia, mat thi nha nuoc co ho tro lo tang ko',
  ])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      expect(text).toMatch(/^Thông tin về hỗ trợ chi phí mai táng \(ma chay\)[^]*không có trong dữ liệu của trợ lý/);
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toMatch(/\d{3}\.000 đồng/);
    }
  });

  it('guard: the allowance asked with no funeral keeps its card', async () => {
    expect(await first('ong tui 80 tuoi ko co luong huu dc tien gia ko')).toContain('Trợ cấp hưu trí xã hội');
  });
});

describe('the explainers label what updates-2026.md reports [M] as "tham khảo"', () => {
  // NĐ 188/2025 (70 % / 100 % in xã nghèo, effective 15/8/2025) and the fee exemption of NQ 217/2025 are [M] in updates-2026.md;
  // the explainers quoted them without a label while the support cards say "tham khảo".
  it.each([
    ['chinh sach moi nam 2025 cho ho can ngheo la gi', '100% nếu sống ở xã nghèo (hiệu lực từ 15/08/2025; tham khảo)'],
    ['mien hoc phi nam hoc 2025-2026 theo nghi quyet nao', 'Nghị quyết 217/2025/QH15 (ngày 26/06/2025; nội dung miễn học phí là thông tin tham khảo)'],
  ])('"%s"', async (question, labelled) => {
    expect(await first(question)).toContain(labelled);
  });
});

describe('the papers asked with a support named are said to be missing from the data before the card', () => {
  // Was the card alone (its "Nơi làm"), read as if it answered which papers NĐ 176/2025 asks; no fact file lists any.
  it.each(['ho so xin tro cap huu tri xa hoi can giay to gi', 'lam ho so tien gia can nhung giay to j', 'ho ngheo vay von can giay to gi'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Giấy tờ bạn hỏi, theo dữ liệu chính sách:\n• /);
    expect(text).toContain('Dữ liệu của trợ lý không có danh sách giấy tờ cho hỗ trợ này; nơi làm sẽ hướng dẫn giấy tờ cần mang theo.');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('guard: the support asked with no papers word keeps its card first', async () => {
    expect(await first('tro cap huu tri xa hoi la gi')).toMatch(/^Trợ cấp hưu trí xã hội/);
  });
});

describe('a paper or a card asked of the coming year is answered for 01/01/2027, not with the 2026 schedule', () => {
  // Was the card said of today's year ("chưa rõ văn bản và lịch rà soát áp dụng năm 2026"): "năm 2026 qua năm 2027" read as 2026
  // (the first year written), "hết hạn 31/12" as no later year. Now: the list does not change by itself on 01/01/2027 (tham khảo),
  // the 2027–2030 standard's figures, and what is not known, with the commune cadre.
  it.each([
    ['giay chung nhan ho ngheo nam 2026 qua nam 2027 con xai dc ko', 'Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào'],
    ['so ho ngheo 2026 sang nam con dung dc ko', 'Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào'],
    ['the bhyt ho can ngheo het han 31/12 thi sao', 'Thẻ hết hạn được cấp tiếp hay hộ phải làm lại'],
  ])('"%s"', async (question, unknown) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      expect(text).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó; hộ giữ loại hộ đã được công nhận cho đến khi được rà soát theo chuẩn mới và Chủ tịch UBND cấp xã công nhận kết quả (tham khảo)');
      // Round 25 (short7): the 2027 figures and the review's steps are one typed question away, no longer in this answer.
      expect(text).toContain('Xem đủ: gõ “chuẩn nghèo 2027”');
      expect(text).toContain(unknown);
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('năm 2026');
      expect(text.match(/Thông tin kiểm tra đến ngày/g)).toHaveLength(1);
    }
  });

  it('guard: the certificate asked with no later year keeps its card of this year', async () => {
    const text = await first('giay chung nhan ho ngheo co gia tri bao lau');
    expect(text).toMatch(/^Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo:/);
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
  });
});

describe('kWh said as "số điện" is the electricity support, "số điện thoại" is not', () => {
  // Was "ngoài phạm vi" or a passage: "số điện" was left out of the lexicon for fear of "số điện thoại".
  it.each(['30 so dien', 'dc may so dien mien phi', 'ho ngheo dc 30 so dien 1 thang phai ko'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      // Asked as a rumour ("… phai ko", round 44 rumour49): the verdict first, of the electricity support.
      expect(text).toMatch(/^(Hỗ trợ tiền điện|Chưa xác nhận được [^\n]*hỗ trợ tiền điện)/);
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });

  it('guard: "cho xin so dien thoai xa" stays the contacts the data has not', async () => {
    const text = await first('cho xin so dien thoai xa');
    expect(text).toMatch(/^Thông tin về số điện thoại/);
    expect(text).not.toContain('tiền điện');
  });
});

describe('how the social pension is applied for, asked without "giấy tờ", leads with where and what the data lacks', () => {
  // Was the card alone: where to apply sat at the end of each bullet, and nothing said the steps are not in the data.
  it.each(['xin luong huu xa hoi gom nhung buoc nao', 'lam sao de dc tien gia 75 tuoi', 'thu tuc huong tro cap tuoi gia'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      // Round 38 mend38f: where to apply first, the cards in brief ("chi tiết" the whole), was "Cách xin bạn hỏi" and each card in full.
      expect(text).toMatch(/^(Cách xin bạn hỏi, theo dữ liệu chính sách:\n• Trợ cấp hưu trí xã hội[^\n]*: nơi làm: |Nơi làm: )UBND cấp xã/);
      expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo).');
      expect(text).toContain('Các bước cụ thể, giấy tờ và thời hạn giải quyết không có trong dữ liệu của trợ lý');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });
});

describe('the 2027 change list says one status per line', () => {
  // Was "… tên và ngưỡng thiếu hụt chính thức chưa rõ (tham khảo)", "(ngưỡng thiếu hụt chưa rõ) (tham khảo)", "chưa rõ (chưa được công
  // bố …) (chưa rõ)": a reported change and what is unknown of it under one label. Now the unknown is its own line, "(chưa rõ)".
  it.each(['nam 2027 co gi thay doi', 'tu 1/1/2027 chuan ngheo thay doi gi'])('"%s"', async (question) => {
    const text = await first(question);
    // Round 35 short25: the unknown named together on one "Chưa rõ" line (was a bullet each, before the whole card).
    expect(text).toContain('• 01/01/2027: Thêm chỉ số “Xử lý rác thải sinh hoạt” (tham khảo)\n');
    expect(text).toMatch(/^Chưa rõ \(chưa công bố hoặc chưa được kiểm tra\): [^\n]*tên và ngưỡng thiếu hụt chính thức của tiêu chí “Sử dụng dịch vụ số, Internet”; ngưỡng thiếu hụt của chỉ số “Xử lý rác thải sinh hoạt”\./m);
    for (const line of text.split('\n').filter((each) => each.startsWith('• 01/01/2027'))) {
      expect(line.match(/\((tham khảo|chưa rõ)[);]/g) ?? [], line).toHaveLength(1);
      expect(line, line).not.toMatch(/chưa rõ.*\(tham khảo\)|\(tham khảo\).*chưa rõ|chưa rõ .*\(chưa rõ\)/);
    }
  });
});
