/**
 * Round 31 (mend31b): words added this round that folded like other words, each a wrong answer before:
 * - "công khai đúng", "công khai thật" fold to "khai đúng", "khai thật" (declaring truthfully): "danh sach ho ngheo cong khai
 *   dung de lam gi" was told "hộ cần khai đúng sự thật"; now the review's steps again;
 * - "thông báo sắp" folds to "bão sập": "nghe thong bao sap xet ho can ngheo, nha tui co dc ho tro gi ko" was told the data has no
 *   housing support after a disaster;
 * - "dựa trên tình hình" holds "trên tỉnh" (the provincial town): "dua tren tinh hinh thuc te thi nha tui la ho gi, 4 nguoi thu
 *   nhap 7 trieu" was asked "Trung tâm tỉnh có cả phường và xã"; now the estimate for both areas, as before;
 * - "co that khong" (is it true?) after a support card was that class's other supports ("còn gì nữa"); now, as "that ko ad"
 *   after a rumour: the answer above is what the data has, and whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round31-mend31b');

const REVIEW_STEPS = /họp dân ở thôn/;
const TRUE_DECLARED = /khai đúng sự thật/;

describe('"công khai" is no declaring', () => {
  it('"danh sach ho ngheo cong khai dung de lam gi"', async () => {
    const [text] = await ask('danh sach ho ngheo cong khai dung de lam gi');
    expect(text).toMatch(REVIEW_STEPS);
    expect(text).not.toMatch(TRUE_DECLARED);
  });

  it('"danh sach ho ngheo co cong khai that khong"', async () => {
    const [text] = await ask('danh sach ho ngheo co cong khai that khong');
    expect(text).toMatch(REVIEW_STEPS);
    expect(text).not.toMatch(TRUE_DECLARED);
  });
});

describe('"thông báo sắp" is no storm', () => {
  it('"nghe thong bao sap xet ho can ngheo, nha tui co dc ho tro gi ko"', async () => {
    const [text] = await ask('nghe thong bao sap xet ho can ngheo, nha tui co dc ho tro gi ko');
    expect(text).not.toMatch(/thiên tai|sau lũ, bão/);
  });
});

describe('"dựa trên tình hình" is no provincial town', () => {
  it('"dua tren tinh hinh thuc te thi nha tui la ho gi, 4 nguoi thu nhap 7 trieu"', async () => {
    const [text] = await ask('dua tren tinh hinh thuc te thi nha tui la ho gi, 4 nguoi thu nhap 7 trieu');
    expect(text).not.toContain('Trung tâm tỉnh');
    expect(text).toContain('÷ 4 người = 1.750.000 đồng/người/tháng');
    expect(text).toMatch(/ở nông thôn, .*hộ bạn là hộ có mức sống trung bình. Mình tính theo mức nông thôn; nếu nhà ở phường thì là hộ cận nghèo/);
  });

  it('"nha tui o tren tinh, 4 nguoi thu nhap 7 trieu" is still asked which area', async () => {
    const [text] = await ask('nha tui o tren tinh, 4 nguoi thu nhap 7 trieu');
    expect(text).toContain('Trung tâm tỉnh có cả phường (thành thị) và xã (nông thôn)');
  });
});

describe('"is it true?" after a support card', () => {
  for (const doubt of ['co that khong', 'that ko', 'thiet hong', 'that hok']) {
    it(`"ho can ngheo dc vay von ko" then "${doubt}"`, async () => {
      const [, text] = await ask('ho can ngheo dc vay von ko', doubt);
      expect(text).toMatch(/^Về vay vốn .*trên đây là những gì dữ liệu của trợ lý có\./);
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('Các hỗ trợ khác');
    });
  }
});
