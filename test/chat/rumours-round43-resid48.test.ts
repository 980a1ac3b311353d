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

/** The first reply without its choices: what a phone shows before them. */
const firstReply = (text: string) => text.split('\n\n').filter((part) => !part.startsWith('Bạn có thể gõ:')).join('\n\n');

describe('"nghe noi ho ngheo dc tro cap 500k": one verdict, ≤ 1.000 characters', () => {
  it.each(['nghe noi ho ngheo dc tro cap 500k', 'nghe noi ho ngheo dc tro cap 500 ngan moi thang'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Chưa đủ: 500\.000 đồng\/tháng là mức chuẩn trợ giúp xã hội của trợ cấp xã hội hằng tháng \(Nghị định 20\/2021\/NĐ-CP, Điều 5; mức chuẩn theo Nghị định 76\/2024\/NĐ-CP, tham khảo\), chỉ khi: /);
    expect(text).toContain('Dữ liệu chính sách không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ nghèo; khoản hằng tháng khác cũng chỉ cho thành viên đủ điều kiện: trợ cấp hưu trí xã hội');
    expect(text).toContain('Nơi làm: UBND cấp xã (nộp tờ khai đề nghị trợ cấp xã hội).');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // Said once: the allowance's condition is not listed again, nor its card after it.
    expect(text.split('người đơn thân thuộc hộ nghèo đang nuôi con').length).toBe(2);
    expect(text.split('500.000 đồng').length).toBe(2);
    expect(text.length).toBeLessThanOrEqual(1_000);
  });
});

describe('housing support asked of 2027: "chưa rõ" once, what is known, whom to ask', () => {
  it.each(['ho tro xay nha cho ho ngheo nam 2027 con ko', 'ho tro lam nha 2027 dc bn tien'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Hỗ trợ nhà ở( cho hộ nghèo)? năm 2027: mức hỗ trợ chưa rõ/);
    expect(text.split('chưa rõ').length).toBe(2);
    expect(text).toContain('Nghị quyết 257/2025/QH15 ngày 11/12/2025; giai đoạn 1 (2026–2030) được phê duyệt tại Quyết định 417/QĐ-BNNMT ngày 31/01/2026 (đã kiểm tra)');
    expect(text).toContain('Chương trình hướng tới xã nghèo, không còn huyện nghèo (tham khảo).');
    expect(text).toContain('Mức hỗ trợ của chương trình mới chưa được công bố hoặc chưa được kiểm tra; không áp dụng các mức của giai đoạn trước.');
    // The amounts of 2022–2025 and of the 2024–2025 campaign are not carried into 2026 and after (updates-2026.md).
    expect(text).not.toMatch(/40\.000\.000|60\.000\.000|40 triệu|60 triệu/);
    expect(text).toContain('Bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú');
    expect(text).not.toContain('Có gì thay đổi');
    expect(firstReply(text).length).toBeLessThanOrEqual(1_000);
  });
  it('guard: asked of this year, the card of today', async () => {
    expect(await first('ho tro xay nha cho ho ngheo nam nay con ko')).not.toContain('năm 2027');
  });
});

describe('"me tui 82 tuoi co dc tro cap gi ko": the social pension in brief, ≤ 1.000 characters', () => {
  it('the pension from 75 without a pension, its amount not known, where to apply', async () => {
    const text = firstReply(await first('me tui 82 tuoi co dc tro cap gi ko'));
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    expect(text).toContain('người từ 75 tuổi trở lên không có lương hưu được hưởng trợ cấp hưu trí xã hội hằng tháng');
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ. Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo).');
    expect(text).toContain('Nơi làm: UBND cấp xã.');
    expect(text.length).toBeLessThanOrEqual(1_000);
  });
});
