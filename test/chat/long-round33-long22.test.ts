/**
 * Round 33 (helper "long22"): residents read on cheap phones; these first answers were still too long.
 * - "thu tuc dang ky ho ngheo the nao" (1.722 characters): the whole procedure card; now how to file in brief (where, the
 *   time limit, the periodic review, what is not known of this year's schedule), its source and whom to ask, and the question
 *   that gives every step.
 * - "ho moi thoat ngheo dc gi" (1.908 characters): what the household keeps in full, then its list with the loan's rate; now
 *   what it keeps in brief (each line with status and basis), its list with the loan's rate and the rest by name with status, whom to ask, "chi tiết" for all.
 * - "tui 80 tuoi ho ngheo, dc nhung tien j": the routing eval (and /api/ask) read it as search while the chat read the age late;
 *   now one reading (topics.ts agedAsked) in routedTopic and the chat.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { routedTopic } from '../../src/chat/documents.ts';
import { loadRules } from '../../src/rules/index.ts';
import { topicName } from '../eval/routing.ts';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('how to register asked "the nao": the procedure in brief', () => {
  it.each(['thu tuc dang ky ho ngheo the nao', 'dang ky ho can ngheo nhu the nao'])('"%s": within 1.000 characters, where, status, source, whom to ask', async (question) => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say(question);
    expect(body(text).length).toBeLessThanOrEqual(1000);
    expect(text).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    const full = await harness.say('thủ tục xét hộ nghèo');
    expect(full.text).toContain('gồm 6 bước');
  });
});

describe('a newly escaped household asks what it keeps: in brief, each with status and basis', () => {
  it('"ho moi thoat ngheo dc gi": within 1.450 characters (was 1.908), 36 months (đã kiểm tra), loans (tham khảo), BHYT card chưa rõ', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ho moi thoat ngheo dc gi');
    expect(body(text).length).toBeLessThanOrEqual(1450);
    expect(text).toContain('quá 3 năm thì không còn là hộ mới thoát nghèo. Căn cứ: Quyết định 28/2015/QĐ-TTg (đã kiểm tra).');
    expect(text).toMatch(/Trong 3 năm đó hộ vẫn được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội;[^\n]*\(tham khảo\)\. Căn cứ: Quyết định 28\/2015\/QĐ-TTg/);
    expect(text).toMatch(/thẻ đã cấp khi còn là hộ nghèo dùng được đến khi nào thì chưa rõ \(chưa rõ\)\. Căn cứ: Nghị định 188\/2025\/NĐ-CP/);
    expect(text).toContain('Vay vốn tín dụng chính sách: Số liệu công bố trước đây (tham khảo, chưa kiểm tra mức áp dụng từ năm 2026) là lãi suất 8,25%/năm');
    expect(text).toContain('Nguồn: Quyết định 28/2015/QĐ-TTg');
    // Round 34 (short24): counted, not named, as every resident's list past its sure lines (1.261 characters now).
    expect(text).toContain('- Còn 3 khoản có điều kiện và 1 khoản chưa rõ mức hoặc còn áp dụng không.');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    const full = await harness.say('chi tiet');
    expect(full.text).toContain('thẻ đã cấp khi hộ còn là hộ nghèo dùng được đến khi nào thì dữ liệu của trợ lý chưa có');
    expect(full.text).toContain('Vay vốn tín dụng chính sách: Hộ mới thoát nghèo');
  });
});

describe('an age told with the supports asked: one reading for the chat, /api/ask and the routing eval', () => {
  it('"tui 80 tuoi ho ngheo, dc nhung tien j" routes to the monthly allowance (was search), as the chat answers it', async () => {
    expect(topicName(routedTopic('tui 80 tuoi ho ngheo, dc nhung tien j', loadRules(), [], '2026-12-01'))).toBe('support:social_assistance');
    harness = await openHarness({ now: DECEMBER });
    expect((await harness.say('tui 80 tuoi ho ngheo, dc nhung tien j')).text).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
  });

  it('guard: "con tui 5 tuoi dc ho tro j" (no pension\'s age) is not that card', () => {
    expect(topicName(routedTopic('con tui 5 tuoi dc ho tro j', loadRules(), [], '2026-12-01'))).not.toBe('support:social_assistance');
  });
});
