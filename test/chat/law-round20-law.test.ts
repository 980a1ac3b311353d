/**
 * Round 20 (law helper, 04/12/2026): the law of December 2026 / January 2027 as outreach staff and residents ask it. Each case
 * fails on the round-19 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const TODAY = '2026-12-04';
const { first } = conversationsAt(TESTED_ON, 'law20law');

/** The text to share: what the cadre is told after it (the buttons, a note for the writer) is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!;
const SPOKEN_MAX = 800;

describe('a loudspeaker text is heard within 800 characters, its source and status on the Nguồn line', () => {
  // Was 1.637 characters (Chỉ thị 05: its title said twice, the Government's plan, a note that the full text is not stored).
  it.each(['viết ngắn để đọc loa về Chỉ thị 05', 'soan tin phat loa ve chi thi 05 nha'])('Chỉ thị 05: "%s"', async (request) => {
    const text = sharedOf(await first(request));
    expect(text.length).toBeLessThanOrEqual(SPOKEN_MAX);
    expect(text).toContain('tỷ lệ hộ nghèo giảm một đến một phẩy năm phần trăm mỗi năm');
    // What changed since: no district level, the new programme aims at poor communes (reported: its status on the Nguồn line).
    expect(text).toContain('không còn cấp huyện');
    expect(text).toMatch(/^Nguồn: Chỉ thị 05-CT\/TW;.*tham khảo, chưa được đối chiếu với nguyên văn văn bản\.$/m);
    expect(text).not.toContain('Lưu ý');
    // A note for the writer is not read to bà con.
    expect(text).not.toContain('văn bản đang lưu');
  });

  // Was 1.177 characters, the line on whom to tell when money is asked left for a third line on the monthly review.
  it.each(['soạn thông báo loa cảnh báo lừa đảo làm hồ sơ hộ nghèo', 'viet tin phat loa canh bao ba con coi chung bi doi tien lam ho so ho ngheo nha'])(
    'fees warning: "%s"',
    async (request) => {
      const text = sharedOf(await first(request));
      expect(text.length).toBeLessThanOrEqual(SPOKEN_MAX);
      expect(text).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
      expect(text).toContain('Nếu có người đòi tiền, bà con hãy báo cán bộ phụ trách giảm nghèo');
      expect(text).toMatch(/^Nguồn: Quyết định 24\/2021\/QĐ-TTg; có thông tin tham khảo/m);
    },
  );

  // Was 1.448 characters: each line named the pension and its ages, then said them again.
  it.each(['viết ngắn để đọc loa về trợ cấp hưu trí xã hội', 'viet bai doc loa ve tro cap huu tri xa hoi cho nguoi gia ho ngheo'])('social pension: "%s"', async (request) => {
    const text = sharedOf(await first(request));
    expect(text.length).toBeLessThanOrEqual(SPOKEN_MAX);
    // Both groups of NĐ 176/2025, the amount never a figure; the band 70–75 with who gets it (round 41 resid41).
    expect(text).toContain('Người từ bảy mươi lăm tuổi trở lên không có lương hưu được trợ cấp hưu trí xã hội hằng tháng');
    expect(text).toContain('Người từ bảy mươi đến dưới bảy mươi lăm tuổi thuộc hộ nghèo, hộ cận nghèo được trợ cấp hưu trí xã hội hằng tháng');
    expect(text).toContain('mức trợ cấp sẽ được thông báo sau');
    expect(text).toMatch(/^Nguồn: Nghị định 176\/2025\/NĐ-CP; .*tham khảo/m);
  });

  it('the deadline notice does not read "Lưu ý cho người soạn" aloud: the writer is told after the text', async () => {
    const answer = await first('soạn thông báo loa: hạn báo thay đổi để rà soát hộ nghèo trước ngày 20/12');
    const text = sharedOf(answer);
    expect(text.length).toBeLessThanOrEqual(SPOKEN_MAX);
    expect(text).toContain('trước ngày hai mươi tháng mười hai');
    expect(text).not.toContain('người soạn');
    // The writer is still told, with the schedule's status.
    expect(answer).toMatch(/Lưu ý cho người soạn \(không đăng, không đọc phần này\): ngày 20\/12\/2026 sau ngày 14\/12\/2026.*lịch rà soát năm 2026 chưa rõ/);
  });

  it('a Zalo post with that deadline keeps the note out of the post too', async () => {
    const answer = await first('soan bai nhac ba con ra soat ho ngheo truoc ngay 20/12');
    expect(sharedOf(answer)).not.toContain('người soạn');
    expect(answer).toContain('ngày 20/12/2026 sau ngày 14/12/2026');
  });

  it('guard: a written post on Chỉ thị 05 still says all it holds', async () => {
    const text = sharedOf(await first('soạn bài tuyên truyền Chỉ thị 05-CT/TW để đăng nhóm zalo'));
    expect(text).toContain('Nghị quyết 160/NQ-CP ngày 22/12/2021');
    expect(text).toContain('Toàn văn Chỉ thị này không có trong các văn bản đang lưu');
  });
});

describe('electricity support under QĐ 14/2025 (who lists and pays it: not known)', () => {
  // Was "Nơi làm: UBND cấp xã lập danh sách và chi trả." (QĐ 28/2014's way) under a support whose keeping is not known.
  it.each(['ho ngheo co dc ho tro tien dien ko', 'tu thang 1 nam sau nha tui ho ngheo con dc tien dien hok'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Quyết định 14/2025/QĐ-TTg');
      expect(text).not.toContain('lập danh sách và chi trả.');
      expect(text).toContain('hỏi cán bộ xã ai lập danh sách và chi trả');
    }
  });
});

describe('a cadre asking the basis of the standard gets it right after the title', () => {
  // Was the 4th line, "Nguồn: chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351/2025/NĐ-CP, …", under the figures.
  it.each([
    ['can cu phap ly chuan ngheo nong thon nam 2027 la bao nhieu', 'Căn cứ: Nghị định 351/2025/NĐ-CP, chưa đối chiếu điều khoản (tham khảo).'],
    ['Căn cứ chuẩn nghèo năm 2026 là bao nhiêu?', 'Căn cứ: Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), Điều 3 Nghị định 07/2021/NĐ-CP (tham khảo).'],
  ])('"%s"', async (question, basis) => {
    const lines = (await first(question)).split('\n');
    expect(lines[1]).toBe(basis);
    expect(lines.filter((line) => line.startsWith('Nguồn:'))).toEqual([]);
  });

  it('guard: a resident asking the figures keeps the short answer, its source under them', async () => {
    const lines = (await first('tu thang 1 nam sau chuan ngheo nong thon la bao nhieu')).split('\n');
    expect(lines[1]).toMatch(/^• ≤ 2\.200\.000 đồng/);
    expect(lines[3]).toMatch(/^Nguồn: chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351\/2025\/NĐ-CP/);
  });
});
