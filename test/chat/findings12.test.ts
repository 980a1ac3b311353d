/**
 * Findings 12 (outside tester C: commune cadres and outreach staff), in their words and a resident's without diacritics,
 * on 02/12/2026 (the 2026 transition standard; the 2027–2030 standard starts 01/01/2027).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

const { ask, first, app } = conversationsAt(NOW, 'f12');
/** A class's list of supports in full: the question, then "chi tiet" (the list is one line a support). */
const inFull = async (question: string) => (await ask(question, 'chi tiet'))[1]!;

describe('C29: the indicators of the 2027–2030 standard, asked for 2027, "chuẩn mới" or "từ năm sau"', () => {
  const asked = [
    'ho ngheo nam 2027 can bao nhiu chi so thieu hut',
    'Hộ nghèo năm 2027 cần bao nhiêu chỉ số thiếu hụt?',
    'chuẩn mới có mấy chỉ số thiếu hụt',
    'chuan ngheo moi gom nhung chi so nao',
    'từ năm sau thiếu hụt mấy chỉ số thì là hộ nghèo',
  ];
  for (const question of asked) {
    it(`“${question}”: from 3 deprivations (NĐ 351/2025, tham khảo), what changed and what is unknown, not NĐ 07/2021's list`, async () => {
      const text = await first(question);
      const lead = text.split('\n').slice(0, 3).join('\n');
      expect(lead).toContain('Nghị định 351/2025/NĐ-CP');
      expect(lead).toContain('2.200.000 đồng');
      expect(lead).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
      expect(lead).toContain('(tham khảo)');
      // Round 44 (resid50): the changes in two lines, each with its one status (round 22), the count first.
      expect(text).toMatch(/[Bb]ỏ (chỉ số )?“Phương tiện phục vụ tiếp cận thông tin” \(tham khảo\)/);
      expect(text).toMatch(/Thêm [^\n]*“Xử lý rác thải sinh hoạt”[^\n]*\(tham khảo\)\n• (Ngưỡng thiếu hụt của chỉ số |Tên và ngưỡng thiếu hụt chính thức của [^\n]*)“Xử lý rác thải sinh hoạt” \(chưa rõ\)/);
      expect(text).not.toContain('Theo Nghị định 07/2021/NĐ-CP, mức thiếu hụt');
      expect(text).not.toMatch(/Thông tin: [^\n]*Phương tiện phục vụ tiếp cận thông tin/);
    });
  }

  it('today’s standard asked ("năm nay") keeps its 12 indicators of NĐ 07/2021', async () => {
    const text = await first('năm nay hộ nghèo cần bao nhiêu chỉ số thiếu hụt');
    const lead = text.split('\n').slice(0, 3).join('\n');
    expect(lead).toContain('chuẩn nghèo đa chiều năm 2026');
    expect(lead).toContain('nông thôn ≤ 1.500.000 đồng');
    // Round 17: how many is asked, so the count leads and the list is one tap away ("Chi tiết"); was the whole card.
    expect(text).toMatch(/Số chỉ số: 12 chỉ số thiếu hụt \([^\n]*Thông tin/);
    expect(text).not.toContain('Xử lý rác thải sinh hoạt');
  });
});

describe('O12: a short text to share says what the full answer says', () => {
  const scopeNote = 'không có mức hỗ trợ chung cả nước, chỉ một số tỉnh, thành tự hỗ trợ';
  for (const question of ['Hộ mới thoát nghèo còn được hỗ trợ gì? viết ngắn gửi nhóm', 'ho moi thoat ngheo con dc ho tro gi, viet ngan gui nhom zalo']) {
    it(`“${question}”: the BHYT premium is no national support for them, in the short text as in the full answer`, async () => {
      const short = await first(question);
      const full = await inFull('Hộ mới thoát nghèo còn được hỗ trợ gì?');
      // Every line naming the premium support says there is no national support (a listed name too, if it is cut).
      const premiumLines = short.split('\n').filter((line) => line.includes('Hỗ trợ đóng bảo hiểm y tế'));
      expect(premiumLines.length).toBeGreaterThan(0);
      for (const line of premiumLines) expect(line).toContain(`Hỗ trợ đóng bảo hiểm y tế: ${scopeNote}`);
      expect(full).toMatch(/Hỗ trợ đóng bảo hiểm y tế: Không có mức hỗ trợ chung cả nước, chỉ một số tỉnh, thành tự hỗ trợ\. [^\n]*Nghị định 188\/2025\/NĐ-CP không có mức/);
    });
  }

  it('a class with a national premium support keeps its plain line (hộ cận nghèo)', async () => {
    const short = await first('viết ngắn gửi nhóm: hộ cận nghèo được hỗ trợ gì');
    expect(short).toMatch(/- Hỗ trợ đóng bảo hiểm y tế[^\n]*\(tham khảo\)/);
    expect(short).not.toContain(scopeNote);
  });
});

describe('C32: whether a document the data knows still applies', () => {
  for (const question of ['Quyết định 24/2021 còn áp dụng năm 2026 không?', 'qd 24/2021 con hieu luc ko']) {
    it(`“${question}”: its period (2022 – 2025), that 2026 is not known, the district step, whom to ask`, async () => {
      const text = await first(question);
      expect(text).toContain('Quyết định 24/2021/QĐ-TTg “Quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm');
      expect(text).toContain('giai đoạn 2022 – 2025”, ký ngày 16/07/2021');
      expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ)');
      expect(text).toContain('Chủ tịch UBND cấp huyện');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('Dự án này kết thúc');
    });
  }

  it('a replaced decree says by what and from when (rules/replaced.yaml)', async () => {
    expect(await first('nghi dinh 146/2018 con hieu luc khong')).toContain('Nghị định 146/2018/NĐ-CP được thay bằng Nghị định 188/2025/NĐ-CP từ 15/08/2025 (tham khảo)');
  });

  it('the standard’s decree says the periods it is the basis of, and which is in force today', async () => {
    const text = await first('Nghị định 07/2021 còn áp dụng không');
    expect(text).toContain('áp dụng từ 01/01/2022 đến 31/12/2025');
    expect(text).toContain('áp dụng từ 01/01/2026 đến 31/12/2026, đang áp dụng hôm nay (tham khảo)');
  });
});

describe('C16/O9: a summary of a corpus document gives its goals and main tasks with sections', () => {
  /** The document's own headings and first sentences, read from the corpus (the summary quotes, it does not write). */
  const passages = (docId: string) => app().search.passagesOf(docId);

  it('“Tóm tắt Nghị quyết 41-NQ/TU Hưng Yên”: goals (mục II) and the tasks of mục III, not the closing mục IV.6', async () => {
    const text = await first('Tóm tắt Nghị quyết 41-NQ/TU Hưng Yên');
    expect(text).toContain('Mục tiêu đến năm 2025 (mục II.2.1): Phấn đấu tỷ lệ hộ nghèo của tỉnh giảm về mức khoảng 0,5% theo chuẩn nghèo đa chiều.');
    expect(text).toContain('Định hướng đến năm 2030 (mục II.2.2)');
    const taskSections = new Set(passages('nq-41-nq-tu-hung-yen').filter((passage) => passage.section.startsWith('III.')).map((passage) => passage.section.split('.').slice(0, 2).join('.')));
    expect(taskSections.size).toBeGreaterThan(2);
    for (const section of taskSections) expect(text).toContain(`(mục ${section})`);
    expect(text).toContain('Nguồn: NQ 41-NQ/TU, Tỉnh ủy Hưng Yên');
    expect(text).not.toContain('Văn phòng Tỉnh ủy phối hợp');
    // A phone screen or two, within Zalo's 2.000 characters.
    expect(text.length).toBeLessThan(2000);
  });

  it('“tom tat nq 05-nq/tu tra vinh de pho bien cho dan”: its targets and the 7 tasks, the province note, no task counted as a goal', async () => {
    const text = await first('tom tat nq 05-nq/tu tra vinh de pho bien cho dan');
    expect(text).toContain('Các chỉ tiêu chủ yếu giai đoạn 2021 - 2025 (mục II.2.2.1): Duy trì mức giảm tỷ lệ hộ nghèo bình quân từ 1,5 - 2%/năm');
    expect(text).toContain('(mục III.7)');
    expect(text).not.toMatch(/\(mục III\.\d\): /);
    expect(text).toContain('thuộc tỉnh Vĩnh Long');
    expect(text).not.toContain('Ủy ban Kiểm tra Tỉnh ủy');
    expect(text.length).toBeLessThan(2000);
  });
});

describe('A22/A40: markup pasted with a question does not change the answer', () => {
  const cases: [string, string][] = [
    ['<b>hộ nghèo được hỗ trợ gì</b>', 'hộ nghèo được hỗ trợ gì'],
    ['<img src=x onerror=alert(1)>hộ cận nghèo được gì', 'hộ cận nghèo được gì'],
    ['<script>alert("xss")</script> hộ nghèo được hỗ trợ gì', 'hộ nghèo được hỗ trợ gì'],
    ['<p>ho can ngheo dc ho tro bhyt ko</p><br/>', 'ho can ngheo dc ho tro bhyt ko'],
    ['&lt;b&gt;chuẩn nghèo 2027&lt;/b&gt;', 'chuẩn nghèo 2027'],
  ];
  for (const [marked, plainText] of cases) {
    it(`“${marked}” is answered as “${plainText}”, nothing of the markup or script shown`, async () => {
      const [withMarkup] = await ask(marked);
      const [without] = await ask(plainText);
      expect(withMarkup).toBe(without);
      expect(withMarkup).not.toMatch(/alert|onerror|<\/?[a-z]/i);
    });
  }

  it('a "<" that opens no tag stays text: "thu nhập <hơn 2 triệu>" keeps its figure', async () => {
    const { cleanInput } = await import('../../src/chat/input.ts');
    expect(cleanInput('thu nhập <hơn 2 triệu> là hộ gì, <1,5 triệu thì sao')).toBe('thu nhập <hơn 2 triệu> là hộ gì, <1,5 triệu thì sao');
  });

  it('review7 MUST 4: unaccented words in angle brackets stay text, "nha 4 nguoi o que thu nhap <tam 5 trieu> ko co bhyt" keeps its income', async () => {
    const { cleanInput } = await import('../../src/chat/input.ts');
    for (const typed of ['thu nhap <tam 5 trieu> ko co bhyt', 'thu nhap <duoi 1tr5>', 'nha 4 nguoi o que <thu nhap 5 trieu> ko co bhyt', 'thu nhập ‹hơn 2 triệu>']) {
      expect(cleanInput(typed)).toBe(typed);
    }
    const [text] = await ask('nha 4 nguoi o que thu nhap <tam 5 trieu> ko co bhyt');
    expect(text).toContain('5.000.000 đồng/tháng');
    expect(text).toContain('= 1.250.000 đồng/người/tháng');
    // guard: the tags of the cases above still go, with their attributes
    expect(cleanInput('<a href="x">thu nhap <tam 5 trieu></a><br />')).toBe(cleanInput('thu nhap <tam 5 trieu>'));
  });
});

describe('C27: how a list of households is checked with this product', () => {
  for (const question of ['Muốn gửi file Excel danh sách 300 hộ để kiểm tra thì làm thế nào?', 'muon gui file excel danh sach 300 ho de kiem tra thi lam the nao']) {
    it(`“${question}”: the chat takes no files, one household by /kiemtra, the list tool (cli batch) and its columns, whom to ask`, async () => {
      const text = await first(question);
      expect(text).toContain('chưa nhận được tệp');
      expect(text).toContain('/kiemtra');
      expect(text).toContain('cli batch');
      expect(text).toContain('Khu vực (nông thôn/thành thị), Số nhân khẩu, Thu nhập bình quân đầu người/tháng');
      expect(text).toMatch(/người quản trị trợ lý/i);
      // The web page checks a list now (53a5c59): no sending the cadre to the administrator for it.
      expect(text).toContain('mục “Kiểm tra danh sách hộ”');
      expect(text).not.toContain('liên hệ người quản trị');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('kỷ cương, kỷ luật hành chính');
    });
  }

  it('the list of poor communes is not a list to check', async () => {
    expect(await first('Danh sách xã nghèo 2026–2030?')).not.toContain('cli batch');
  });
});

describe('O16: a request to shorten the last answer shortens it', () => {
  it('“ngắn hơn nữa, 2 câu thôi” after the short text on the 2027 standard: its first line and source only', async () => {
    const [text, shorter] = await ask('Soạn tin ngắn gửi nhóm Zalo thôn về chuẩn nghèo 2027', 'ngắn hơn nữa, 2 câu thôi');
    expect(shorter).not.toContain('ngoài phạm vi');
    expect(shorter).toContain('nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
    expect(shorter).toContain('Nguồn: Nghị định 351/2025/NĐ-CP.');
    expect(shorter!.length).toBeLessThan(text!.length);
  });

  it('“viet ngan lai” after a support card: that support’s short text', async () => {
    const [card, shorter] = await ask('hộ cận nghèo được hỗ trợ bhyt bao nhiêu', 'viet ngan lai');
    // Round 24 (phones5): the support named in the heading only.
    expect(shorter).toMatch(/^Hỗ trợ đóng bảo hiểm y tế \(áp dụng ngày/);
    expect(shorter).toContain('Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(shorter).toContain('Nguồn: Nghị định 188/2025/NĐ-CP.');
    expect(shorter!.length).toBeLessThan(card!.length);
  });

  it('“tom tat lai giup” after the supports of a class: the short list, which the next “ngắn hơn nữa” shortens again', async () => {
    const [list, shorter, shortest] = await ask('Hộ mới thoát nghèo còn được hỗ trợ gì?', 'tom tat lai giup', 'ngắn hơn nữa');
    expect(shorter).toMatch(/^Hộ mới thoát nghèo được hỗ trợ/);
    expect(shorter!.length).toBeLessThan(list!.length);
    expect(shortest!.split('\n').length).toBeLessThan(shorter!.split('\n').length);
  });

  it('with nothing to shorten, says how to ask for a short text (never “ngoài phạm vi”)', async () => {
    const text = await first('ngắn hơn nữa, 2 câu thôi');
    expect(text).toContain('viết ngắn');
    expect(text).not.toContain('ngoài phạm vi');
  });
});
