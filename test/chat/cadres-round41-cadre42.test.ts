/**
 * Round 41 cadre42, on 07/12/2026: commune cadres, each answered as asked.
 * - How a household that left the list is recognised ("trinh tu cong nhan ho thoat ngheo", "Thủ tục công nhận hộ thoát nghèo
 *   thế nào?"): the entry on recognising it (rules/reference.yaml escape_recognition) with the periodic review's six steps and
 *   the basis. Was an explainer on QĐ 24/2021's title.
 * - The meeting invitation ("viet giay moi hop dan binh xet ho ngheo"): the Giấy đề nghị (Mẫu số 04) is filed at UBND cấp xã
 *   (rules/procedure.yaml, the ongoing review), said so among what to say at the meeting. Was "Mang theo: giấy đề nghị (Mẫu số
 *   04 …)" to the village meeting.
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
