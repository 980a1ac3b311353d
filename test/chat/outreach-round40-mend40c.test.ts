/**
 * Round 40 mend40c, on 07/12/2026: rumours outreach staff ask to rebut (tryout40) and residents repeat. A rumour the data has no
 * rule for ("hộ nghèo bị thu hồi sổ đỏ") is "Chưa xác nhận được" first with whom to ask, never a class's supports; "thoát nghèo là
 * mất hết hỗ trợ ngay" is "Không đúng" first with what the newly escaped keep (with its status), without the line on the BHYT
 * benefit for members of 75 and over. Were the list of the newly escaped's supports, no verdict, in both.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round40-mend40c-outreach');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** The text before the buttons line ("Bạn có thể gõ: …"), what is shared. */
const shared = (reply: string) => reply.split('\nBạn có thể gõ:')[0]!;

describe('a rumour the data has no rule for', () => {
  it('"Đồn là hộ nghèo sẽ bị thu hồi sổ đỏ nếu không thoát nghèo, soạn tin bác bỏ." says "Chưa xác nhận được" first, whom to ask, no supports', async () => {
    const post = await DECEMBER.first('Đồn là hộ nghèo sẽ bị thu hồi sổ đỏ nếu không thoát nghèo, soạn tin bác bỏ.');
    const first = post.split('\n')[0]!;
    expect(first).toMatch(/^Chưa xác nhận được: “hộ nghèo sẽ bị thu hồi sổ đỏ”\. Không có quy định nào trong dữ liệu chính sách/);
    expect(first).toContain(CADRE);
    expect(post).not.toContain('được hỗ trợ (áp dụng');
    expect(post).not.toContain('Vay vốn tín dụng chính sách');
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('a resident\'s "nghe noi ho ngheo bi thu hoi dat neu ko thoat ngheo, co that ko" is told the same, short', async () => {
    const reply = await DECEMBER.first('nghe noi ho ngheo bi thu hoi dat neu ko thoat ngheo, co that ko');
    expect(reply).toMatch(/^Chưa xác nhận được: “hộ nghèo bi thu hoi dat”\. Không có quy định nào trong dữ liệu chính sách/);
    expect(reply).not.toContain('được hỗ trợ (áp dụng');
  });

  it('"Có tin đồn hộ cận nghèo phải trả lại xe máy đã mua khi thoát nghèo, soạn tin trả lời" names what was said', async () => {
    const post = await DECEMBER.first('Có tin đồn hộ cận nghèo phải trả lại xe máy đã mua khi thoát nghèo, soạn tin trả lời');
    expect(post.split('\n')[0]).toMatch(/^Chưa xác nhận được: “hộ cận nghèo phải trả lại xe máy đã mua”/);
  });

  it('guard: "nghe noi bi mat giay chung nhan ho ngheo thi phai lam lai, dung ko" is a certificate lost, not a rumour of it taken', async () => {
    const reply = await DECEMBER.first('nghe noi bi mat giay chung nhan ho ngheo thi phai lam lai, dung ko');
    expect(reply).not.toContain('Chưa xác nhận được: “');
  });

  it('guard: a support said cut ("nghe noi ho can ngheo bi cat bhyt, co that ko") keeps its answer from the data', async () => {
    const reply = await DECEMBER.first('nghe noi tu nam sau ho can ngheo bi cat bhyt, co that ko');
    expect(reply).not.toContain('Chưa xác nhận được: “');
  });
});

describe('"thoát nghèo là mất hết hỗ trợ ngay"', () => {
  it('"Có người nói thoát nghèo là mất hết hỗ trợ ngay, đúng không? Soạn tin giải thích." leads with "Không đúng" and what is kept', async () => {
    const post = await DECEMBER.first('Có người nói thoát nghèo là mất hết hỗ trợ ngay, đúng không? Soạn tin giải thích.');
    expect(post.split('\n')[0]).toMatch(/^Không đúng: hộ mới thoát nghèo không mất hết hỗ trợ ngay, vẫn được vay vốn tín dụng chính sách \(tham khảo\)/);
    expect(post).toContain('3 năm (36 tháng)');
    // Not the benefit level read as if it held only at 75 and over.
    expect(post).not.toContain('75 tuổi');
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('a resident\'s "nghe noi thoat ngheo la mat het ho tro ha" is told "Không đúng" first', async () => {
    const reply = await DECEMBER.first('nghe noi thoat ngheo la mat het ho tro ha');
    expect(reply).toMatch(/^Không đúng: hộ mới thoát nghèo không mất hết hỗ trợ ngay/);
    expect(reply).not.toContain('75 tuổi');
  });

  it('guard: "moi thoat ngheo thi con dc ho tro j ko" is asked, not a rumour: no verdict', async () => {
    const reply = await DECEMBER.first('moi thoat ngheo thi con dc ho tro j ko');
    expect(reply).not.toContain('Không đúng');
  });
});

describe('a rumour of 60 triệu a house in 2026', () => {
  it('"Tin đồn: xóa nhà tạm vẫn còn tiếp tục năm 2026 mỗi nhà 60 triệu. Đúng không, soạn tin trả lời." says the campaign ended in 2025', async () => {
    const post = await DECEMBER.first('Tin đồn: xóa nhà tạm vẫn còn tiếp tục năm 2026 mỗi nhà 60 triệu. Đúng không, soạn tin trả lời.');
    const first = post.split('\n')[0]!;
    expect(first).toMatch(/^Chưa xác nhận được: mức 60\.000\.000 đồng của hỗ trợ nhà ở năm 2026/);
    expect(first).toMatch(/phong trào xóa nhà tạm, nhà dột nát \(2024–2025\)[^\n]*hoàn thành trong năm 2025 \(tham khảo\); không áp dụng năm 2026/);
  });
});

describe('a short article on a disabled member of a poor household', () => {
  it('"Viết bài ngắn: nhà có người khuyết tật thuộc hộ nghèo được hưởng gì." leads with the monthly allowance (NĐ 20/2021), not every support', async () => {
    const post = await DECEMBER.first('Viết bài ngắn: nhà có người khuyết tật thuộc hộ nghèo được hưởng gì.');
    const lines = post.split('\n');
    expect(lines[0]).toContain('Người khuyết tật');
    expect(lines[1]).toMatch(/Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện hưởng trợ cấp theo Nghị định 20\/2021\/NĐ-CP[^\n]*500\.000 đồng\/tháng[^\n]*\(tham khảo\)/);
    expect(post).not.toContain('Hộ nghèo được hỗ trợ (áp dụng');
    expect(post).not.toContain('tiền ăn trưa');
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });
});

describe('the assistant presented', () => {
  it('"Soạn tin nhắn giới thiệu trợ lý này cho bà con trong nhóm Zalo xã." is a post to bà con, not "ngoài phạm vi"', async () => {
    const post = await DECEMBER.first('Soạn tin nhắn giới thiệu trợ lý này cho bà con trong nhóm Zalo xã.');
    expect(post).not.toContain('ngoài phạm vi');
    expect(post).toContain('bà con');
    expect(post).toContain('/kiemtra');
    expect(post).toContain('chỉ được lưu khi');
    expect(post).toMatch(/chỉ để tham khảo[^\n]*UBND cấp xã quyết định/);
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('"ban la ai, ai lam ra ban, thong tin tui co bi gui cho ai ko" says what the assistant is and is not, then what it keeps', async () => {
    const reply = await DECEMBER.first('ban la ai, ai lam ra ban, thong tin tui co bi gui cho ai ko');
    expect(reply).toMatch(/^Mình là Trợ lý Giảm nghèo[^\n]*không phải cơ quan nhà nước[^\n]*UBND cấp xã quyết định/);
    expect(reply).toContain('Trợ lý không gửi thông tin của bạn cho UBND hay cơ quan nào');
    expect(reply.split('\n\n1. ')[0]!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "thong tin tui co bi gui cho ai ko" alone is what is kept, no introduction', async () => {
    const reply = await DECEMBER.first('thong tin tui co bi gui cho ai ko');
    expect(reply).not.toContain('Mình là Trợ lý Giảm nghèo');
    expect(reply).toContain('Trợ lý lưu gì về bạn');
  });
});

describe('a post on a case entry with no brief lines (retry40 found the Tết rumour post empty)', () => {
  it('"Có tin đồn hộ nghèo năm nay được nhận 2 triệu tiền Tết, viết tin trả lời bà con.": the Tết gifts\' lines, chưa rõ, whom to ask', async () => {
    const reply = shared(await DECEMBER.first('Có tin đồn hộ nghèo năm nay được nhận 2 triệu tiền Tết, viết tin trả lời bà con.'));
    expect(reply).toContain('được quyết định hằng năm');
    expect(reply).toContain('(chưa rõ)');
    expect(reply).toContain(CADRE);
    expect(reply).not.toContain('2.000.000');
  });
});
