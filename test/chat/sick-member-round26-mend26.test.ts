/**
 * Round 26 (mend26, 05/12/2026): a member ill or bedridden, told in residents' words (no diacritics, ko/dc/j/tui), during the
 * household check and outside it.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T17:30:00Z');
const { ask } = conversationsAt(DECEMBER, 'round26-mend26');

describe('who is a dependant, said to a household whose member is ill during the check', () => {
  const start = ['tui muon kiem tra ho tui co phai ho ngheo ko', '2', 'nha tui 4 nguoi o que', 'thu nhap 5 trieu 1 thang'];

  it('"ong tui 70 tuoi bi benh nam mot cho": people from full 60 and children under 16 are dependants too, not only the disabled', async () => {
    const answer = (await ask(...start, 'ong tui 70 tuoi bi benh nam mot cho')).at(-1)!;
    expect(answer).toContain('không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh');
    expect(answer).toContain('trẻ em dưới 16 tuổi, người cao tuổi từ đủ 60 tuổi và người khuyết tật đang hưởng trợ cấp xã hội hằng tháng');
    expect(answer).not.toContain('mới được tính là người phụ thuộc');
    expect(answer).toContain('NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục');
  });
});
