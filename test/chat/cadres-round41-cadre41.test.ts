/**
 * Round 41 cadre41, on 07/12/2026: commune cadres and outreach staff, each answered as asked.
 * - A cadre come to ask the household's income, its whole card ("chi tiết"): this year's schedule not known said once (the
 *   procedure's step, rules/procedure.yaml). Was said twice, by a line of rules/reference.yaml cadre_visit too.
 * - The review's steps asked ("Quy trình rà soát hộ nghèo gồm các bước nào?", "cac buoc ra soat"): the six steps numbered in their
 *   order (rules/procedure.yaml `numbered`), the commune chairman recognising, the district's step gone from 01/07/2025 right
 *   under them, the basis. Was the steps' names in one sentence.
 * - A cadre's question on the review's time ("De nghi cho biet thoi gian ra soat ho ngheo nam 2026"): this year's schedule not
 *   known and the commune's cadre in charge; was "hỏi ngay trưởng thôn", as to a resident. A resident keeps it.
 * - Where the commune reports the review's result ("báo cáo kết quả rà soát lên đâu", "bao cao len dau"): bước 5's district
 *   chairman gone from 01/07/2025 (tham khảo), which body of the province now and how: chưa rõ, whom to ask. Was an explainer's
 *   six steps, or "ngoài phạm vi".
 * - A scam warning post for the Zalo group ("viet bai canh bao lua dao ho tro ho ngheo cho nhom zalo"): the chat's scam advice
 *   to bà con, don't transfer money, don't give the CCCD or codes (rules/reference.yaml review_fees advice). Was not in the post.
 * - A post on the "sổ đỏ" rumour for the group: no line on the former district's tasks (a detail for the cadre's card,
 *   recognition_authority `shared: false`), districts being gone from 01/07/2025. Was "Cơ quan nào nay làm từng việc trước đây
 *   của cấp huyện … (chưa rõ)" in the post.
 * - "hoi UBND thi xa Duyen Hai": asking a former district-level body is whom to ask: the district's step gone from 01/07/2025
 *   first, then the household files at UBND cấp xã. Was an old letter of that town quoted ("Kính gửi: - Trưởng Phòng …").
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-cadre41');
const times = (text: string, part: RegExp) => text.match(new RegExp(part.source, 'gu'))?.length ?? 0;

describe('a cadre come to the house: the schedule not known, once', () => {
  it('"hom qua co ong can bo xa toi hoi thu nhap nha tui, vay la sao" then "chi tiet": one "chưa rõ" on the schedule', async () => {
    const [brief, whole] = await DECEMBER.ask('hom qua co ong can bo xa toi hoi thu nhap nha tui, vay la sao', 'chi tiet');
    for (const reply of [brief!, whole!]) {
      expect(times(reply, /lịch rà soát áp dụng năm 2026|theo văn bản và lịch nào thì chưa rõ/), reply).toBe(1);
      expect(reply).toContain('(chưa rõ)');
    }
  });
});

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('the review\'s steps asked: numbered, in order, with who acts after 01/07/2025', () => {
  it.each(['Quy trình rà soát hộ nghèo gồm các bước nào?', 'cac buoc ra soat ho ngheo', 'quy trinh ra soat ho ngheo gom nhung buoc nao vay'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    const numbers = [...reply.matchAll(/^ {3}(\d)\. /gmu)].map((match) => Number(match[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reply).toMatch(/ {3}1\. Lập danh sách hộ cần rà soát\./u);
    expect(reply).toMatch(/ {3}6\. Công nhận hộ nghèo, hộ cận nghèo: Chủ tịch UBND cấp xã quyết định công nhận/u);
    // The district's step said right under the six, once.
    expect(reply).toMatch(/ {3}6\. [^\n]*\n• Bước 5 của rà soát định kỳ[^\n]*không còn cơ quan thực hiện từ 01\/07\/2025/u);
    expect(reply.match(/Bước 5 của rà soát định kỳ/gu)?.length).toBe(1);
    expect(reply).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(reply).not.toContain('trưởng thôn hoặc');
  });
});

describe('the review\'s time asked by a cadre: not sent to the thôn\'s head', () => {
  it('"De nghi cho biet thoi gian ra soat ho ngheo nam 2026": the schedule not known, the commune\'s cadre', async () => {
    const reply = await DECEMBER.first('De nghi cho biet thoi gian ra soat ho ngheo nam 2026');
    expect(reply).toMatch(/lịch rà soát năm 2026 chưa rõ, dữ liệu của trợ lý chưa có văn bản hướng dẫn đợt này; hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã/u);
    expect(reply).not.toContain('trưởng thôn hoặc');
  });
  it('guard: a resident\'s "bao gio thi ra soat ho ngheo nam nay" still hears to ask the thôn\'s head now', async () => {
    expect(await DECEMBER.first('bao gio thi ra soat ho ngheo nam nay')).toContain(`nên bạn hỏi ngay trưởng thôn hoặc ${CADRE}`);
  });
});

describe('where the review\'s result is reported after 01/07/2025', () => {
  it.each(['báo cáo kết quả rà soát lên đâu', 'bao cao len dau', 'sau khi hop dan thi xa bao cao ket qua cho ai'])('"%s": the district gone, the province body not known', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n• Bước 5 của rà soát định kỳ \(báo cáo, xin ý kiến Chủ tịch UBND cấp huyện\) không còn cơ quan thực hiện từ 01\/07\/2025[^\n]*\(tham khảo\)\./u);
    expect(reply).toMatch(/báo cáo lên cơ quan nào của cấp tỉnh[^\n]*\(chưa rõ\)/u);
    expect(reply).toContain(CADRE);
    expect(reply).not.toContain('ngoài phạm vi');
    expect(reply).not.toContain('Mẫu số 04');
  });
});

describe('a scam warning post carries the scam advice, to bà con', () => {
  it.each(['viet bai canh bao lua dao ho tro ho ngheo cho nhom zalo', 'soan tin canh bao lua dao thu tien lam ho so ho ngheo gui nhom zalo thon'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toContain('dấu hiệu lừa đảo: bà con đừng chuyển tiền, đừng đưa số CCCD hay mã nào.');
    expect(reply).not.toContain('trợ lý');
  });
});

describe('the "sổ đỏ" rumour post for the group: no district line', () => {
  it.each(['Đồn là hộ nghèo sẽ bị thu hồi sổ đỏ, viết giúp bài đăng nhóm zalo cho bà con', 'nghe don ho ngheo bi thu hoi so do, viet bai dang nhom zalo cho ba con'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toMatch(/^Chưa xác nhận được: “hộ nghèo [^”]*”/u);
    expect(reply).toContain('Chủ tịch UBND cấp xã quyết định công nhận');
    expect(reply).not.toContain('cấp huyện');
  });
  it('guard: the cadre\'s card on who recognises after the district keeps the line', async () => {
    expect(await DECEMBER.first('Thẩm quyền công nhận hộ nghèo sau khi bỏ cấp huyện')).toContain('Cơ quan nào nay làm từng việc trước đây của cấp huyện');
  });
});

describe('asking a former district-level body: the commune answer, not an old letter', () => {
  it.each(['hoi UBND thi xa Duyen Hai', 'hỏi UBND thị xã Duyên Hải', 'hoi uy ban huyen cau ke dc ko'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n• Bước 5 của rà soát định kỳ[^\n]*không còn cơ quan thực hiện từ 01\/07\/2025/u);
    expect(reply).toContain('tại UBND cấp xã');
    expect(reply).not.toContain('Kính gửi');
  });
});
