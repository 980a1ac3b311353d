/**
 * Round 27 (tryout10): messages residents typed, in the words of test/eval/routing-round27-tryout10.yaml (written before the
 * round's changes), whose answers were wrong: a pupil's money read as money asked for the review, a rumour heard in a Zalo
 * group read as a request for a post, the Southern "thiệt ko" not read as asking whether a rumour is true.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T01:30:00Z'), 'tryout10');

describe('what a pupil pays is the school’s fee, not money asked to be reviewed', () => {
  it('“ho ngheo thi con tui di hoc lop 7 co phai dong tien gi ko” gets the tuition exemption (was: no fee to be reviewed)', async () => {
    const answer = await first('ho ngheo thi con tui di hoc lop 7 co phai dong tien gi ko');
    expect(answer).toContain('Miễn học phí');
    expect(answer).toContain('Nghị quyết 217/2025/QH15');
    expect(answer).not.toContain('Tiền, lệ phí để được xét');
  });
  it('“ho can ngheo co con hoc sinh cap 2 thi nop tien j ko ad” too', async () => {
    const answer = await first('ho can ngheo co con hoc sinh cap 2 thi nop tien j ko ad');
    expect(answer).toContain('Miễn học phí');
    expect(answer).not.toContain('Tiền, lệ phí để được xét');
  });
  it('“con tui hoc lop 3 nha can ngheo co mat tien gi ko” too (was: fees for papers are not in the data)', async () => {
    const answer = await first('con tui hoc lop 3 nha can ngheo co mat tien gi ko');
    expect(answer).toContain('Miễn học phí');
    expect(answer).not.toContain('lệ phí, chi phí làm giấy tờ');
  });
  it('a paper’s cost keeps its answer: “lam giay chung nhan ho ngheo co mat tien ko” names no school fee', async () => {
    expect(await first('lam giay chung nhan ho ngheo co mat tien ko')).not.toContain('Miễn học phí');
  });
  it('money asked by the village head keeps the fees entry: “truong thon doi dong tien moi xet ho ngheo, co dung ko”', async () => {
    expect(await first('truong thon doi dong tien moi xet ho ngheo, co dung ko')).toContain('Quyết định 24/2021/QĐ-TTg');
  });
});

describe('a rumour heard in a Zalo group is checked, not turned into a post', () => {
  it('“tren nhom zalo noi tu 2027 ho can ngheo bi bo het, thiet ko” says the 2027–2030 standard still has the near-poor (was: a post of near-poor supports)', async () => {
    const answer = await first('tren nhom zalo noi tu 2027 ho can ngheo bi bo het, thiet ko');
    expect(answer).toMatch(/^Không đúng theo dữ liệu: .*vẫn có hộ cận nghèo/);
    expect(answer).toContain('2.200.000 đồng');
    expect(answer).toContain('Nghị định 351/2025/NĐ-CP');
  });
  it('heard with “nghe”: “nghe may ba trong nhom zalo don nam 2027 ko con ho can ngheo nua” too', async () => {
    expect(await first('nghe may ba trong nhom zalo don nam 2027 ko con ho can ngheo nua')).toMatch(/^Không đúng theo dữ liệu: .*vẫn có hộ cận nghèo/);
  });
  it('the Southern “thiệt hông” asks whether it is true: “nam nay ho can ngheo bi cat bhyt thiet hong” checks the BHYT premium (was: the class is not abolished)', async () => {
    const answer = await first('nam nay ho can ngheo bi cat bhyt thiet hong');
    expect(answer).toMatch(/^Không đúng theo dữ liệu: [^\n]*cắt hỗ trợ đóng bảo hiểm y tế của hộ cận nghèo/);
    expect(answer).toContain('Nghị định 188/2025/NĐ-CP');
  });
  it('a post about what a group should be told still is one: “viet bai ngan dang nhom zalo noi ve ho tro cho ho can ngheo”', async () => {
    const answer = await first('viet bai ngan dang nhom zalo noi ve ho tro cho ho can ngheo');
    expect(answer).toContain('Hộ cận nghèo được hỗ trợ');
    expect(answer.length).toBeLessThan(1500);
  });
});
