/**
 * Round 41 cadre42, on 07/12/2026: commune cadres, each answered as asked.
 * - How a household that left the list is recognised ("trinh tu cong nhan ho thoat ngheo", "Thủ tục công nhận hộ thoát nghèo
 *   thế nào?"): the entry on recognising it (rules/reference.yaml escape_recognition) with the periodic review's six steps and
 *   the basis. Was an explainer on QĐ 24/2021's title.
 * - The meeting invitation ("viet giay moi hop dan binh xet ho ngheo"): the Giấy đề nghị (Mẫu số 04) is filed at UBND cấp xã
 *   (rules/procedure.yaml, the ongoing review), said so among what to say at the meeting. Was "Mang theo: giấy đề nghị (Mẫu số
 *   04 …)" to the village meeting.
 * - Where the review's result is reported ("báo cáo kết quả rà soát lên đâu"): "Căn cứ" names the documents its lines cite
 *   (Luật 72/2025/QH15, Nghị định 131/2025/NĐ-CP, Thông tư 13/2025/TT-BNNMT). Was "Căn cứ: Quyết định 24/2021/QĐ-TTg" alone.
 *   The numbered steps ("cac buoc ra soat ho ngheo") carry the one "chưa rõ" line on who receives the report, under the district's
 *   step; was only the district's step gone.
 * - Which households go on the review's list ("em can lap danh sach ho can ra soat, gom nhung ho nao"): the data's one line (hộ đã
 *   nộp Giấy đề nghị Mẫu số 01, tham khảo) and that the others are chưa rõ, whom to ask. Was an explainer of the six steps.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-cadre42');

describe('recognising a household that left the list: the entry, its steps and basis', () => {
  it.each(['trinh tu cong nhan ho thoat ngheo', 'Thủ tục công nhận hộ thoát nghèo thế nào?', 'thu tuc cong nhan ho thoat can ngheo lam sao'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toMatch(/^Công nhận hộ thoát nghèo, hộ thoát cận nghèo:/u);
    expect(reply).toContain('Chủ tịch UBND cấp xã quyết định công nhận');
    expect(reply).toContain('gồm 6 bước: lập danh sách hộ cần rà soát');
    expect(reply).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(reply).not.toContain('Giải thích ngắn');
  });
});

describe('the meeting invitation: the Giấy đề nghị is filed at UBND cấp xã, not brought to the meeting', () => {
  it.each(['viet giay moi hop dan binh xet ho ngheo', 'soan giay moi ba con di hop xet ho ngheo o nha van hoa thon'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toContain('THƯ MỜI HỌP THÔN');
    expect(reply).not.toContain('Mang theo');
    expect(reply).toContain('- Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã, trực tiếp hoặc qua bưu điện');
    expect(reply).toContain('(tham khảo)');
  });
});

describe('reporting the result: the basis is what the lines cite; the numbered steps say who receives it is not known', () => {
  it.each(['báo cáo kết quả rà soát lên đâu', 'bao cao ket qua ra soat len dau vay'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toContain('Căn cứ: Luật Tổ chức chính quyền địa phương 72/2025/QH15; Nghị định 131/2025/NĐ-CP; Thông tư 13/2025/TT-BNNMT.');
    expect(reply).not.toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
  });
  it.each(['cac buoc ra soat ho ngheo', 'Quy trình rà soát hộ nghèo gồm các bước nào?'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toMatch(/ {3}6\. [^\n]*\n• Bước 5 của rà soát định kỳ[^\n]*\n• Kết quả rà soát của xã nay báo cáo lên cơ quan nào của cấp tỉnh[^\n]*\(chưa rõ\)/u);
    expect(reply.match(/báo cáo lên cơ quan nào/gu)?.length).toBe(1);
    expect(reply).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg (ký ngày 16/07/2021, hiệu lực từ 01/09/2021); Luật Tổ chức chính quyền địa phương 72/2025/QH15; Nghị định 131/2025/NĐ-CP; Thông tư 13/2025/TT-BNNMT.');
  });
});

describe('which households go on the review\'s list: the data\'s line, the rest chưa rõ', () => {
  it.each(['em can lap danh sach ho can ra soat, gom nhung ho nao', 'danh sach ho can ra soat gom nhung ho nao vay'])('"%s"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n• Danh sách hộ cần rà soát định kỳ gồm cả hộ đã nộp Giấy đề nghị \(Mẫu số 01\) \(tham khảo\)\./u);
    expect(reply).toMatch(/Những hộ nào khác phải đưa vào danh sách hộ cần rà soát định kỳ dữ liệu của trợ lý chưa có \(chưa rõ\)/u);
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply).not.toContain('Giải thích ngắn');
  });
});
