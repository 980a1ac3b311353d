/**
 * Round 16 (outreach, 03/12/2026): posts and loudspeaker texts asked as outreach staff type them. Each case fails on the
 * round-15 code.
 */
import { describe, expect, it } from 'vitest';
import { describeStandard, loadRules } from '../../src/rules/index.ts';
import { spokenFigures } from '../../src/text/spoken-numbers.ts';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'outreach16');

/** The text to share: what the cadre is told after it (the buttons, "Bạn có thể gõ: …") is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!;

describe('gap 4: figures read aloud on the loudspeaker as they are heard', () => {
  it.each([
    // Was "một triệu năm trăm đồng": heard as 1.500.000.
    ['1.000.500 đồng', 'một triệu không nghìn năm trăm đồng'],
    ['1.000.001 đồng', 'một triệu không nghìn không trăm lẻ một đồng'],
    ['2.500.000 đồng', 'hai triệu năm trăm nghìn đồng'],
    ['1,5 triệu đồng', 'một phẩy năm triệu đồng'],
    // Was "một phẩy năm triệu": the zero after the comma is said.
    ['1,05 triệu đồng', 'một phẩy không năm triệu đồng'],
    ['0,05%', 'không phẩy không năm phần trăm'],
    ['trước ngày 15/12/2026', 'trước ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu'],
    // Was left as digits: "đ" right after a figure, a figure before a comma.
    ['1.500.000đ/tháng', 'một triệu năm trăm nghìn đồng mỗi tháng'],
    ['(Mẫu số 04, có thể xin mẫu)', '(Mẫu số bốn, có thể xin mẫu)'],
  ])('"%s" → "%s"', (written, heard) => {
    expect(spokenFigures(written)).toBe(heard);
  });

  it('a document number stays as written', () => {
    expect(spokenFigures('Nghị định 351/2025/NĐ-CP')).toBe('Nghị định 351/2025/NĐ-CP');
  });
});

describe('gap 1: a reminder post for the review before a date says the date (dd/MM/yyyy), then the schedule with its basis and status', () => {
  it.each([
    ['soan bai nhac ba con ra soat ho ngheo truoc ngay 15/12', 'trước ngày 15/12/2026'],
    ['soạn tin zalo nhắc bà con hạn chót rà soát hộ nghèo 15/12/2026', 'trước ngày 15/12/2026'],
  ])('"%s"', async (request, said) => {
    const post = sharedOf(await first(request));
    const lines = post.split('\n');
    // The date leads (right after the heading), as the commune's own date, never as the rules' one.
    expect(lines[1]).toContain(said);
    expect(lines[1]).toContain('do địa phương thông báo');
    // The schedule it sits in, its basis and what is not known of 2026.
    expect(post).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12');
    expect(post).toMatch(/chưa rõ văn bản và lịch rà soát áp dụng năm 2026 \(chưa rõ\)\./);
    expect(post).toMatch(/^Nguồn: Quyết định 24\/2021\/QĐ-TTg/m);
  });

  it('on the loudspeaker the date is said in words', async () => {
    const spoken = sharedOf(await first('viet bai doc loa nhac ba con ra soat ho ngheo truoc ngay 15/12'));
    expect(spoken).toContain('trước ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu');
    expect(spoken).not.toContain('15/12');
  });

  it('guard: a date not set as a deadline adds no deadline line', async () => {
    const post = sharedOf(await first('soan bai dang nhom zalo ve thu tuc ra soat ho ngheo'));
    expect(post).not.toContain('Nhắc bà con');
  });
});

describe('gap 2: a post on the province’s standard says the national standard applies and what is known of the provinces’ own, no figure of them', () => {
  it.each(['bai viet ve chuan ngheo cua tinh', 'soan bai dang nhom zalo ve chuan ngheo cua tinh', 'soan bai doc loa ve chuan ngheo cua tinh'])('"%s"', async (request) => {
    const post = sharedOf(await first(request));
    // A post (was the chat's standard card for "bai viet ve …", the card speaking to "bạn").
    expect(post).toMatch(/^(Kính thưa bà con!\n)?Chuẩn nghèo quốc gia và chuẩn nghèo riêng của tỉnh, thành phố:/);
    expect(post).toContain('Hộ nghèo, hộ cận nghèo được rà soát, xác định theo chuẩn nghèo quốc gia nêu trên.');
    expect(post).toMatch(/Tỉnh, thành phố có thể ban hành chuẩn nghèo riêng cao hơn chuẩn quốc gia/);
    expect(post).toMatch(/Hà Nội áp dụng chuẩn nghèo đa chiều riêng/);
    // Read aloud (round 19) with no abbreviation: "Thành phố Hồ Chí Minh".
    expect(post).toMatch(/loa/.test(request) ? /Thành phố Hồ Chí Minh áp dụng chuẩn nghèo đa chiều riêng/ : /TP\.HCM áp dụng chuẩn nghèo đa chiều riêng/);
    // Read aloud (round 19), no bracketed status: what is not known is said in the sentence itself.
    expect(post).toContain(/loa/.test(request) ? 'các mức thu nhập và chỉ số của chuẩn này chưa có trong các văn bản đang lưu.' : 'các mức thu nhập và chỉ số của chuẩn này chưa có trong các văn bản đang lưu (chưa rõ)');
    expect(post).not.toMatch(/trợ lý/i);
  });

  it('guard: a post only named with a class and no topic is still a question ("bai viet ve sap nhap tinh … ho ngheo")', async () => {
    const answer = await first('bai viet ve sap nhap tinh va bo cap huyen anh huong ho ngheo');
    expect(answer).not.toMatch(/^Hộ nghèo được hỗ trợ/);
    expect(answer).toMatch(/cấp huyện/);
  });

  it('guard: the standard card’s notes keep speaking of the trợ lý for every province', () => {
    const notes = describeStandard(loadRules(), '2026-12-03').notes.filter((note) => note.includes('chuẩn nghèo đa chiều riêng'));
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const note of notes) expect(note).toContain('trợ lý chưa có các mức thu nhập và chỉ số của chuẩn này (chưa rõ)');
  });
});
