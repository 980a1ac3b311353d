/**
 * Round 27 (mend27b): a pupil's fee asked by a household that names its class, neither its size nor its income told, is the
 * school-fee exemption (NQ 217/2025/QH15), never the check's consent nor the class's list ("lop 5 dong tien": paying, not
 * "5 dòng"); a post asked with a writing word before the Zalo group stays a post; a rumour from a place's Zalo group
 * ("nhóm zalo ấp nói …") is checked, not turned into a post.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T01:30:00Z'), 'mend27b');

describe('a pupil’s fee asked with the household’s class is the school-fee exemption', () => {
  for (const message of ['nha tui ho ngheo, con hoc cap 3 co phai nop tien j ko', 'nha tui ho ngheo, con hoc lop 10 co phai dong tien j ko']) {
    it(`“${message}” gets the exemption card (was: the consent screen of a household check)`, async () => {
      const answer = await first(message);
      expect(answer).toContain('Miễn học phí');
      expect(answer).toContain('Nghị quyết 217/2025/QH15');
      expect(answer).not.toContain('Đồng ý lưu');
    });
  }
  it('“nha tui can ngheo con tui hoc lop 5 dong tien gi ko” too (was: a short list of near-poor supports, “5 dòng”)', async () => {
    const answer = await first('nha tui can ngheo con tui hoc lop 5 dong tien gi ko');
    expect(answer).toContain('Miễn học phí');
    expect(answer).not.toContain('Hộ cận nghèo được hỗ trợ');
  });
  it('a household told with its size and income still starts the check', async () => {
    const answer = await first('nha tui 4 nguoi, con tui di hoc lop 6, thu nhap 5 trieu co phai dong tien j ko');
    expect(answer).toContain('Đồng ý lưu');
    expect(answer).toContain('÷ 4 người');
  });
});

describe('Zalo groups: a post asked, a rumour heard', () => {
  it('“viet giup bai dang nhom zalo noi lich binh xet ho ngheo thang 12” is a short text to share (was: the full procedure answer)', async () => {
    const answer = await first('viet giup bai dang nhom zalo noi lich binh xet ho ngheo thang 12');
    expect(answer).toContain('Chia sẻ');
    expect(answer).toContain('Quyết định 24/2021/QĐ-TTg');
    expect(answer).not.toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:');
  });
  it('“trong nhom zalo ap noi 2027 bo ho can ngheo thiet ko” is checked (was: a Zalo post of near-poor supports)', async () => {
    const answer = await first('trong nhom zalo ap noi 2027 bo ho can ngheo thiet ko');
    expect(answer).toMatch(/^Không đúng theo dữ liệu: .*vẫn có hộ cận nghèo/);
    expect(answer).toContain('Nghị định 351/2025/NĐ-CP');
  });
  it('“may ba con trong nhom zalo xom noi nam sau bo bhyt cho ho ngheo, co thiet ko” says it is not so (was: a 2027 BHYT post, no “Không đúng”)', async () => {
    const answer = await first('may ba con trong nhom zalo xom noi nam sau bo bhyt cho ho ngheo, co thiet ko');
    expect(answer).toMatch(/^Không đúng theo dữ liệu: [^\n]*cắt hỗ trợ đóng bảo hiểm y tế của hộ nghèo/);
    expect(answer).toContain('Luật Bảo hiểm y tế');
  });
});
