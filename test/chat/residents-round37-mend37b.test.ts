/**
 * Round 37 mend37b: regressions of this round's vocabulary, typed as on Zalo (06/12/2026).
 * 1. A school level named beside "học năm 2" (04509956's year of study): the level's card, never the students' fee card.
 * 2. "toi dan toc kinh, co dc uu tien j ko": the Kinh are the majority, the minority's supports not theirs; was the minority's card.
 * 3. "bua mo can bo xuong nha kiem tra": the review's days; was the definition of hộ nghèo.
 * 4. "nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko": today's place as today's, 2027 not known; was a flat "Không đúng".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r37-mend37b');

const STUDENTS_CARD = 'cao đẳng, đại học cho sinh viên';

describe('a school level named beside a year of study', () => {
  it('"con tui hoc nam 2 tieu hoc co dc mien hoc phi ko": the public schools\' exemption (NQ 217/2025)', async () => {
    const answer = await first('con tui hoc nam 2 tieu hoc co dc mien hoc phi ko');
    expect(answer).not.toContain(STUDENTS_CARD);
    expect(answer).toContain('217/2025');
  });

  it('"con tui hoc nam 2 mam non, ho can ngheo co dc ho tro tien an ko": the preschool lunch (160.000 đồng)', async () => {
    const answer = await first('con tui hoc nam 2 mam non, ho can ngheo co dc ho tro tien an ko');
    expect(answer).not.toContain(STUDENTS_CARD);
    expect(answer).toContain('160.000 đồng');
  });

  it('"ho ngheo con hoc nam 2 cap 3 co dc mien hoc phi ko": not the students\' card', async () => {
    const answer = await first('ho ngheo con hoc nam 2 cap 3 co dc mien hoc phi ko');
    expect(answer).not.toContain(STUDENTS_CARD);
    expect(answer).toContain('217/2025');
  });

  it('"con tui hoc nam 2" after the students\' card keeps that card', async () => {
    expect(await after(['ho ngheo con hoc dai hoc co dc ho tro hoc phi ko'], 'con tui hoc nam 2')).toContain(STUDENTS_CARD);
  });
});

describe('the Kinh, the majority', () => {
  it('"toi dan toc kinh, co dc uu tien j ko": the minority\'s supports are not theirs, the check and the supports by class offered', async () => {
    const answer = await first('toi dan toc kinh, co dc uu tien j ko');
    expect(answer).not.toContain('Hộ dân tộc thiểu số, hộ ở vùng núi, vùng cao');
    expect(answer).toContain('không áp dụng cho hộ người Kinh');
    expect(answer).toContain('kiểm tra hộ gia đình');
  });

  it('"nha tui dan toc h mong o tren nui" keeps the minority\'s entry', async () => {
    expect(await first('nha tui dan toc h mong o tren nui')).toContain('Hộ dân tộc thiểu số, hộ ở vùng núi, vùng cao');
  });
});

describe('the cadres\' visit asked when', () => {
  it.each([['bua mo can bo xuong nha kiem tra'], ['khi nao can bo den nha kiem tra']])('"%s": the review\'s days, not the definition', async (said) => {
    const answer = await first(said);
    expect(answer).not.toContain('Giải thích ngắn');
    expect(answer).toContain('đến hết ngày 14/12/2026');
  });
});

describe('the rumour of applying at the province next year', () => {
  it('"nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko": today at UBND cấp xã (tham khảo), 2027 not known, whom to ask', async () => {
    const answer = await first('nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko');
    expect(answer).not.toContain('Không đúng');
    expect(answer).toMatch(/^Hiện nay \(năm 2026\), hộ không phải lên tỉnh/);
    expect(answer).toContain('nhận tại UBND cấp xã nơi hộ cư trú (tham khảo).');
    expect(answer).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2027 (chưa rõ).');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"nghe noi lam giay ho can ngheo phai ra huyen phai ko" (no year) keeps "Không đúng"', async () => {
    expect(await first('nghe noi lam giay ho can ngheo phai ra huyen phai ko')).toMatch(/^Không đúng: hộ không phải lên huyện/);
  });
});
