/**
 * Cadres' formal questions the rules data answers (findings3 item 12), in the tester's words: the 12 indicators
 * with their legal basis, the review scoring (TT 07/2021 [V]: A ≤ 140 / 175, 10 points per indicator, poor when
 * B ≥ 30), who recognises households (Chủ tịch UBND cấp xã, QĐ 24/2021; no district from 01/07/2025), the national
 * rate (4,4% in 2021 → 1,3% in 2025, supports.md [V]) and the list of poor communes ([?]: no commune named, where
 * to ask). Each answer is rules/reference.yaml's entry, every line with its basis and status; a province's own
 * figures stay with the documents.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { loadRules } from '../../src/rules/index.ts';
import { readTopic } from '../../src/chat/topics.ts';
import { shortAnswer } from '../../src/chat/short.ts';
import { referenceFileSchema } from '../../src/rules/schema.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_2026 = () => new Date('2026-12-01T03:00:00Z');
const rules = loadRules();
const entry = (id: string) => rules.reference.find((candidate) => candidate.id === id)!;

describe('cadre questions answered from rules/reference.yaml', () => {
  it.each([
    ['Phiếu B1, B2 rà soát hộ nghèo dùng như thế nào, điểm A bao nhiêu thì là hộ nghèo?', 'review_scoring', ['≤ 140', '≤ 175', '10 điểm', 'B ≥ 30']],
    // The district step (no body from 01/07/2025) comes from rules/procedure.yaml, said once in the data.
    ['Thẩm quyền công nhận hộ thoát nghèo thuộc cấp nào sau sắp xếp?', 'recognition_authority', ['Chủ tịch UBND cấp xã quyết định công nhận', 'Chủ tịch UBND cấp huyện) không còn cơ quan thực hiện từ 01/07/2025']],
    ['Tỷ lệ hộ nghèo đa chiều cả nước năm 2025 là bao nhiêu?', 'national_rate', ['1,3% (năm 2025)', '4,4% (năm 2021)']],
    ['cho xin danh sách xã nghèo của tỉnh Gia Lai giai đoạn 2026-2030', 'poor_communes', ['không có trong dữ liệu của trợ lý']],
    // findings9 #10, #11: these got a bare citation line of an explainer, or "ngoài phạm vi".
    ['Sau khi bỏ cấp huyện thì ai phê duyệt danh sách hộ nghèo', 'recognition_authority', ['Chủ tịch UBND cấp xã quyết định công nhận', 'không còn cơ quan thực hiện từ 01/07/2025', 'chưa được kiểm tra ở đây (chưa rõ)']],
    // Round 45 (cadre48): the money asked is said first, in brief; every line of the card one "chi tiết" away.
    ['Chương trình MTQG giai đoạn 2026-2035 tổng vốn bao nhiêu', 'national_programme', ['khoảng 423.000 tỷ đồng', '(tham khảo)', 'cả giai đoạn 2026–2035'], 'chi tiết'],
    ['xã nghèo giai đoạn 2026-2030 gồm những xã nào', 'poor_communes', ['không nêu xã nào']],
    // A resident's words (findings11 R89: the file, who signs it; round 7: a member away), in brief since round 36 (short27): the
    // whole entry after "chi tiết".
    ['bay gio ko con huyen thi ho so can ngheo ai ky', 'recognition_authority', ['Chủ tịch UBND cấp xã quyết định công nhận'], 'chi tiết'],
    ['ho co thanh vien di lam xa co tinh vao nhan khau ko', 'residence', ['có được tính là người trong hộ hay không', 'không có quy định'], 'chi tiết'],
  ])('“%s” → %s, every line with basis and status, and where to ask', async (question, id, facts, more?: string) => {
    harness = await openHarness({ now: DEC_2026 });
    const first = (await harness.say(question)).text;
    if (more !== undefined) {
      expect(first).toContain(`${entry(id).title}:`);
      expect(first).toContain('Xem đủ: gõ “chi tiết”.');
      expect(first.length).toBeLessThanOrEqual(1000);
    }
    const answer = more === undefined ? first : (await harness.say(more)).text;
    expect(answer).toContain(`${entry(id).title}:`);
    for (const line of entry(id).lines) {
      const tag = line.status === 'verified' ? '' : line.status === 'reported' ? ' (tham khảo)' : ' (chưa rõ)';
      // Round 27 (status9): a verified line's status is said once, on its source ("Căn cứ: … (đã kiểm tra)."); round 28 (status10):
      // inside the source's own bracket when it has one ("(Quyết định 90/QĐ-TTg; đã kiểm tra)").
      const checked = line.status !== 'verified' ? line.basis : line.basis.endsWith(')') ? `${line.basis.slice(0, -1)}; đã kiểm tra)` : `${line.basis} (đã kiểm tra)`;
      expect(answer).toContain(`${line.text.replace(/\.$/, '')}${tag}. Căn cứ: ${checked}.`);
    }
    for (const fact of facts) expect(answer).toContain(fact);
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('the schema refuses a line of unknown status that states a figure; document numbers, dates and years are no figures', () => {
    const file = (text: string, status: 'unknown' | 'reported') => ({ entries: [{ id: 'x', title: 'X', checked: '2026-12-01', lines: [{ text, basis: 'Nghị định 1/2026/NĐ-CP', status }] }] });
    for (const figure of ['Mức trợ cấp 500 nghìn đồng mỗi tháng.', 'Hỗ trợ 1,5 triệu.', 'Nhà dưới 8 m² mỗi người.', 'Hộ có 10 người.', 'Trẻ từ 6 tuổi.', 'Giảm 3%.']) {
      expect(referenceFileSchema.safeParse(file(figure, 'unknown')).success, figure).toBe(false);
      expect(referenceFileSchema.safeParse(file(figure, 'reported')).success, figure).toBe(true);
    }
    const dated = 'Văn bản thay Thông tư 07/2021/TT-BLĐTBXH cho giai đoạn 2026–2030, theo Nghị định 131/2025/NĐ-CP từ 01/07/2025, chưa được kiểm tra.';
    expect(referenceFileSchema.safeParse(file(dated, 'unknown')).success).toBe(true);
    expect(entry('poor_communes').lines.every((line) => !/\bxã [A-ZĐ]/u.test(line.text))).toBe(true);
  });

  it('the 12 indicators of 2022–2025 with their legal basis: the standard card of that period, with the list’s basis', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const answer = (await harness.say('Đề nghị cho biết 12 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản giai đoạn 2022-2025 và căn cứ pháp lý.')).text;
    const period = rules.standards.find((standard) => standard.validFrom === '2022-01-01')!;
    expect(answer).toContain(period.title);
    expect(answer).toContain('(12 chỉ số)');
    expect(answer).toContain(`Căn cứ: ${period.indicators.reference}.`);
    for (const id of period.indicators.ids) expect(answer).toContain(rules.indicatorById.get(id)!.name);
  });

  it('a province’s rate stays a question for the documents; an outreach short text of an entry keeps its lines', () => {
    expect(readTopic('Tỷ lệ hộ nghèo của tỉnh Hưng Yên năm 2025 là bao nhiêu?', '2026-12-01')).toBeUndefined();
    const short = shortAnswer(rules, 'soạn tin ngắn: tỷ lệ hộ nghèo cả nước năm 2025', '2026-12-01')!;
    const text = short.replies[0]!.spans.map((span) => span.text).join('');
    expect(text).toContain('1,3% (năm 2025)');
    expect(text).toContain('Nguồn:');
    expect(text.length).toBeLessThanOrEqual(600);
  });
});

/**
 * Outside testers, round 7: a household that moves, or a member working away, asked where it is reviewed. The data says
 * where (UBND cấp xã of residence, tham khảo) and that it has no rule on moving or on members away (chưa rõ): no rule made up.
 */
describe('moving and working away: rules/reference.yaml residence', () => {
  it.each([
    'ho ngheo chuyen ho khau sang xa khac thi sao',
    'hộ nghèo chuyển hộ khẩu sang xã khác thì sao',
    'nha tui ho can ngheo gio don nha qua xa khac thi co con dc ko',
    'ho ngheo chuyen nha len tinh khac thi lam lai ho so o dau',
    'tui di lam xa o binh duong thi dang ky ho ngheo o dau',
    'di lam an xa thi xin ho ngheo o dau ad',
    'chong tui di lam cong nhan o sai gon, nha o que, xin can ngheo o dau',
    // Round 27 (short9): "tam tru o binh duong co dang ky ho ngheo dc ko" asks only the residence registered: the entry in brief
    // (test/chat/phone-round27-short9.test.ts).
  ])('“%s”: UBND cấp xã where the household resides, no rule on moving or members away, where to ask', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    // Round 36 (short27): in brief first (was the whole entry, 1.701 characters on a phone), the whole entry after "chi tiết".
    const brief = (await harness.say(question)).text;
    expect(brief.length).toBeLessThanOrEqual(1000);
    expect(brief).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở hoặc có người đi làm ăn xa:/);
    expect(brief).toContain('Hộ được rà soát, công nhận ở UBND cấp xã nơi hộ đang cư trú (tham khảo).');
    expect(brief).toContain('Chuyển xã khác thì giữ hay xét lại công nhận; người đi làm xa, ở nước ngoài, đang ở tù hay đi nghĩa vụ quân sự có tính trong hộ không: do UBND cấp xã xác định (chưa rõ).');
    expect(brief).toContain('Mẫu số 04');
    expect(brief).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    const { text } = await harness.say('chi tiết');
    expect(text).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở hoặc có người đi làm ăn xa:/);
    expect(text).toContain('ở UBND cấp xã nơi hộ đang cư trú');
    expect(text).toContain('dữ liệu của trợ lý không có quy định; việc này do UBND cấp xã nơi hộ chuyển đến xác định (chưa rõ)');
    expect(text).toContain('việc này do UBND cấp xã xác định khi rà soát (chưa rõ)');
    expect(text).toContain('Mẫu số 04');
    expect(text).not.toContain('Bộ Nông nghiệp và Môi trường');
  });

  it('"chuyển sang hộ cận nghèo" is a change of class, not a move', () => {
    expect(readTopic('hộ nghèo chuyển sang hộ cận nghèo thì được gì', '2026-12-01')).not.toEqual({ kind: 'reference', entryId: 'residence' });
  });
});
