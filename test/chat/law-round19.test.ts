/**
 * Round 19 (law, 03/12/2026): the law of December 2026 / January 2027 as residents, cadres and outreach staff ask it, in the
 * chat and /api/ask. Each case fails on the round-18 code.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { ask, first } = conversationsAt(TESTED_ON, 'law19');

describe('a household asked "tu 1/1" in December is checked by the 2027–2030 standard, as "tu thang 1" is', () => {
  // Was "theo chuẩn áp dụng ngày 03/12/2026": "1/1" read as "1", "/", "1", no time.
  it('"tu 1/1 nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko"', async () => {
    const text = await first('tu 1/1 nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko');
    // Since round 36 law28: today's class, then from 01/01/2027 (was the 2027 standard alone).
    // 2.000.000 đồng a person: under the 2027 rural line (2.200.000), near-poor at least.
    expect(text).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số');
    expect(text).toContain('2.200.000 đồng');
  });
  // Guard: the same household with no time said is today's.
  it('"nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko" stays on 03/12/2026', async () => {
    expect(await first('nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko')).toContain('theo chuẩn áp dụng ngày 03/12/2026');
  });
});

describe('the end-2026 review: which standard, and the procedure of the two-level government (UBND cấp xã)', () => {
  // Was the standards and the 2022–2025 steps only: nothing of the district level gone nor who recognises now.
  // Round 29 (plain12): a resident's "ra soat cuoi nam 2026 dung chuan nao" gets the one-line answer first; its "chi tiết" is this card.
  it.each(['Đợt rà soát hộ nghèo cuối năm 2026 thực hiện theo chuẩn và quy trình nào?', 'ra soat cuoi nam 2026 dung chuan nao'])('"%s"', async (question) => {
    const chat = question.startsWith('ra soat') ? (await ask(question, 'chi tiết'))[1]! : await first(question);
    for (const text of [chat, ...(question.startsWith('ra soat') ? [] : [askApiText(question, TODAY)])]) {
      expect(text).toMatch(/áp dụng đến hết 31\/12\/2026; chuẩn nghèo đa chiều giai đoạn 2027–2030 áp dụng từ 01\/01\/2027/);
      expect(text).toMatch(/Đợt rà soát cuối năm 2026 [^\n]*\(chưa rõ\)/);
      expect(text).toContain('Từ 01/07/2025 chính quyền địa phương còn hai cấp');
      expect(text).toContain('Chủ tịch UBND cấp xã công nhận kết quả rà soát');
      expect(text).toMatch(/Bước 5 [^\n]*Chủ tịch UBND cấp huyện\) không còn cơ quan thực hiện từ 01\/07\/2025/);
    }
  });
});

describe('a support asked "theo Nghị quyết 261/2025/QH15": the rules data that cites it answers, not a passage', () => {
  // Was the BHYT explainer's passage on premiums (the search), "nghị quyết" being a word of the plans' questions.
  it.each([
    'Theo Nghị quyết 261/2025/QH15, người thuộc hộ cận nghèo được bảo hiểm y tế chi trả bao nhiêu?',
    'theo nghi quyet 261 ho can ngheo dc bhyt tra bao nhieu',
  ])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toContain('Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15)');
      expect(text).toContain('Hộ cận nghèo');
      expect(text).toContain('chưa rõ');
      expect(text).not.toContain('Giải thích ngắn');
    }
  });
  // Another document of the rules data (NQ 217/2025/QH15, the tuition exemption's basis) asked the same way.
  it('"Nghị quyết 217/2025/QH15 miễn học phí cho ai"', async () => {
    const text = await first('Nghị quyết 217/2025/QH15 miễn học phí cho ai');
    expect(text.split('\n')[0]).toContain('Miễn học phí');
    expect(text).toContain('Nghị quyết 217/2025/QH15');
  });
  // Guard: a corpus document named with a plan's words stays the documents'.
  it('"nghị quyết 41 hưng yên có mục tiêu gì"', async () => {
    expect((await first('nghị quyết 41 hưng yên có mục tiêu gì')).split('\n')[0]).toContain('Nghị quyết 41-NQ/TU');
  });
});

describe('a loudspeaker text is read aloud by a village announcer: no abbreviation, brackets nor "%", the unknown to be announced, short', () => {
  // Was 2.000 characters: "UBND cấp xã", "(Mẫu số bốn)", "… năm 2026. (chưa rõ)" and every step of the review.
  it.each(['viet thong bao loa xa ve ra soat ho ngheo', 'noi dung doc tren loa ve ra soat ho ngheo'])('"%s"', async (request) => {
    for (const text of [(await first(request)).split('\n\nBạn có thể gõ')[0]!, askApiText(request, TODAY)]) {
      expect(text.split('\n')[0]).toBe('Kính thưa bà con!');
      expect(text.length).toBeLessThanOrEqual(800);
      const heard = text.split('\n').filter((line) => !line.startsWith('Nguồn:'));
      expect(heard.join('\n')).not.toMatch(/UBND|HĐND|BHYT|[()%]/);
      // The review's calendar, and the 2026 schedule not known: to be announced, no figure made up.
      expect(text).toContain('từ ngày mùng một tháng chín đến ngày mười bốn tháng mười hai');
      expect(text).toContain('văn bản và lịch rà soát áp dụng năm hai nghìn không trăm hai mươi sáu sẽ được thông báo sau');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở Ủy ban nhân dân xã');
      expect(text).toMatch(/^Nguồn: Quyết định 24\/2021\/QĐ-TTg/m);
    }
  });
  // Was 1.500 characters with the legal reference in brackets and the names of every other support.
  it('"noi dung doc tren loa ve ho can ngheo duoc ho tro gi"', async () => {
    const text = (await first('noi dung doc tren loa ve ho can ngheo duoc ho tro gi')).split('\n\nBạn có thể gõ')[0]!;
    expect(text.length).toBeLessThanOrEqual(800);
    expect(text.split('\n').filter((line) => !line.startsWith('Nguồn:')).join('\n')).not.toMatch(/UBND|[()%]/);
    expect(text).toContain('bảy mươi phần trăm');
    expect(text).toMatch(/^Nguồn: Nghị định 188\/2025\/NĐ-CP;.*Luật Bảo hiểm y tế/m);
  });
  // "Mức trợ cấp hằng tháng chưa rõ" read aloud: to be announced, never a figure.
  it('"viet bai doc loa ve tro cap huu tri xa hoi cho nguoi gia ho ngheo"', async () => {
    const text = (await first('viet bai doc loa ve tro cap huu tri xa hoi cho nguoi gia ho ngheo')).split('\n\nBạn có thể gõ')[0]!;
    // Round 20: the data's spoken wording ('…; mức trợ cấp chưa rõ.'), within 800 characters.
    expect(text).toMatch(/[Mm]ức trợ cấp (?:hằng tháng )?sẽ được thông báo sau/);
    expect(text).not.toMatch(/chưa rõ\)|đồng\/tháng/);
  });
});
