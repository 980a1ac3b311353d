/**
 * Round 43 resid48, on 07/12/2026: residents on Zalo after a rumour's verdict, and questions the tryout misread.
 * Expectations from rules/ and /work/shared/facts (updates-2026.md wins):
 * - 1,9 triệu was the September 2025 draft; the final text has 2.200.000 (rural) / 2.800.000 (urban) from 01/01/2027, NĐ
 *   351/2025/NĐ-CP (tham khảo). "that ha", "co chac ko", "nong thon 1,9tr ha", "ai noi vay" right after that verdict say it again
 *   in brief with its source and status and where to check (UBND cấp xã); were "ngoài phạm vi" and a plan's passage on loans.
 * - Free legal aid: poor members all (Luật TGPL Điều 7, đã kiểm tra), near-poor members of the listed groups (NĐ 144/2017,
 *   tham khảo). "… mien phi ko, con can ngheo thi sao" asks of the poor and the near-poor: no unasked line on households that
 *   have just left poverty (was "hộ mới thoát nghèo không có hỗ trợ này": "ko, con can ngheo" read as "không còn cận nghèo").
 * - No district level since 01/07/2025: the household files with UBND cấp xã, whose chairman decides (QĐ 24/2021; Luật
 *   72/2025/QH15). "Huyện bị bỏ rồi thì hộ nộp giấy đề nghị cho ai?" is answered so, as "huyen bi bo rui thi nop cho ai" is
 *   (was the whole procedure card).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-resid48');

const RUMOUR = 'nghe noi 2027 chuan ngheo nong thon la 1,9 trieu';
const VERDICT = 'Không đúng: 1,9 triệu là mức trong dự thảo tháng 9/2025; bản cuối (tham khảo): 2.200.000 đồng nông thôn / 2.800.000 đồng thành thị';

describe('a rumour\'s verdict doubted, its source asked or its figure said again: the same verdict in brief', () => {
  it.each(['that ha', 'co chac ko', 'nong thon 1,9tr ha', 'ai noi vay', '1tr9 that ko ad', 'nguon o dau vay'])('"%s" after the 1,9 triệu rumour', async (follow) => {
    const [verdict, again] = (await ask(RUMOUR, follow)) as [string, string];
    expect(verdict).toMatch(new RegExp(`^${VERDICT.replace(/[.()/]/g, '\\$&')}`));
    expect(again).toContain(VERDICT);
    expect(again).toContain('Nguồn: chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351/2025/NĐ-CP (tham khảo).');
    expect(again).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(again).not.toContain('ngoài phạm vi');
    expect(again).not.toContain('Theo văn bản');
    expect(again.split('\n\n')[0]!.length).toBeLessThanOrEqual(600);
  });
  it('several doubts in a row keep the verdict', async () => {
    const answers = await ask(RUMOUR, 'that ha', 'co chac ko', 'nong thon 1,9tr ha', 'ai noi vay');
    for (const again of answers.slice(1)) expect(again).toContain(VERDICT);
  });
  it('guard: "that ha" with no rumour before is no verdict', async () => {
    expect(await first('that ha')).not.toContain('Không đúng');
  });
  it('guard: another figure after the verdict is read as its own question, not this verdict', async () => {
    const [, other] = await ask(RUMOUR, 'nong thon 2tr2 ha');
    expect(other).not.toContain('câu trả lời vẫn như trên');
  });
});

describe('free legal aid asked of the poor, then "con can ngheo": no unasked newly-escaped line', () => {
  it.each(['ho ngheo dc tro giup phap ly mien phi ko, con can ngheo thi sao', 'ho ngheo dc tro giup phap ly mien phi hok, con can ngheo thi sao'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Trợ giúp pháp lý miễn phí/);
    expect(text).not.toContain('hộ mới thoát nghèo');
    expect(text).toContain('Hộ nghèo: Thành viên hộ nghèo được trợ giúp pháp lý miễn phí');
    expect(text).toContain('Hộ cận nghèo: Áp dụng khi');
    expect(text).toContain('Nghị định 144/2017/NĐ-CP, Điều 2 (tham khảo)');
  });
  it('"… ko, con ho can ngheo thi sao" is no rumour that the near-poor class ends', async () => {
    expect(await first('ho ngheo co dc tro giup phap ly mien phi ko, con ho can ngheo thi sao')).toMatch(/^Trợ giúp pháp lý miễn phí/);
  });
  it('guard: the near-poor class said to end is still corrected', async () => {
    expect(await first('nam 2027 khong con ho can ngheo a')).toMatch(/^Không đúng theo dữ liệu: .* vẫn có hộ cận nghèo/);
  });
  it('guard: leaving said in one clause still asks what the newly escaped keep', async () => {
    expect(await first('khong con can ngheo thi co dc tro giup phap ly mien phi ko')).toContain('hộ mới thoát nghèo');
  });
});

describe('the district gone, whom the papers go to: typed formally as residents type it', () => {
  const authority = (text: string) => {
    expect(text).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:/);
    expect(text).toContain('Chủ tịch UBND cấp xã quyết định công nhận');
    expect(text).toContain('Từ 01/07/2025 không còn cấp huyện: hộ nộp Giấy đề nghị và nhận Giấy chứng nhận tại UBND cấp xã');
    expect(text).not.toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:');
  };
  it.each(['Huyện bị bỏ rồi thì hộ nộp giấy đề nghị cho ai?', 'huyen bi bo rui thi nop giay de nghi cho ai', 'huyen bi bo rui thi nop cho ai'])('"%s"', async (question) => {
    authority(await first(question));
  });
});
