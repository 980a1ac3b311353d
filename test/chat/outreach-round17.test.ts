/**
 * Round 17 (outreach, 03/12/2026): posts and loudspeaker texts on the review asked as outreach staff type them. Each case
 * fails on the round-16 code.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'outreach17');

/** The text to share: what the cadre is told after it (the buttons, "Bạn có thể gõ: …") is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!;

describe('a date in a review post', () => {
  it('without a deadline word it is said too, as the local date (was: left out of the post)', async () => {
    const lines = sharedOf(await first('soan bai nhac ba con ngay 10/12 hop thon ra soat ho ngheo')).split('\n');
    expect(lines[1]).toContain('ngày 10/12/2026 (do địa phương thông báo)');
    expect(lines[1]).not.toContain('Lưu ý');
  });

  it('after the periodic review’s last day (14/12) it is flagged, with the schedule’s status (was: no word)', async () => {
    // Round 20: told to the writer after the post, not in it (was on the post's first line, read aloud on the loudspeaker).
    const answer = await first('soan bai nhac ba con ra soat ho ngheo truoc ngay 20/12');
    expect(sharedOf(answer).split('\n')[1]).toContain('trước ngày 20/12/2026');
    expect(answer).toMatch(/ngày 20\/12\/2026 sau ngày 14\/12\/2026, ngày cuối của đợt rà soát định kỳ theo Quyết định 24\/2021\/QĐ-TTg; lịch rà soát năm 2026 chưa rõ/);
    // A date inside the review's days: no such line.
    expect(sharedOf(await first('soan bai nhac ba con ra soat ho ngheo truoc ngay 10/12'))).not.toContain('ngày cuối của đợt');
  });
});

describe('a loudspeaker announcement of the review', () => {
  it('opens with the review’s calendar, its “chưa rõ” for 2026 right after (was: the district step’s note first)', async () => {
    const lines = sharedOf(await first('viet bai doc loa thong bao ra soat ho ngheo')).split('\n');
    expect(lines[2]).toMatch(/^Rà soát định kỳ hằng năm từ ngày mùng một tháng chín/);
    // Read aloud (round 19): what is not known "sẽ được thông báo sau" (was "chưa rõ văn bản và lịch … (chưa rõ)").
    expect(lines[3]).toMatch(/văn bản và lịch rà soát áp dụng năm hai nghìn không trăm hai mươi sáu sẽ được thông báo sau/);
  });
});
