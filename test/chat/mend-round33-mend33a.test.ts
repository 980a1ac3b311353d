/**
 * Round 33 (mend33a, 06/12/2026): regressions of round 33, in the residents' own words.
 * - "cất nhà" (Southern: building a house) before a class is the housing support, no "cắt hộ nghèo" (taken off the list).
 * - "tui ko dong y thi lam sao" while the question to keep the household's answers waits refuses that (not saving is fine, what
 *   each choice does); after the card of a household taken off the list it disputes that result; alone, no result.
 * - "biên bản" (the minutes of the village meeting) is that entry only when its form is asked; the meeting's result disputed is
 *   the disputed result.
 * - "mất bao lâu", "mấy năm" with "thoát nghèo" is how long a kept support lasts only of a household that has left; wanting to
 *   leave ("muon thoat ngheo", "lam sao thoat ngheo") asks what helps it.
 * - "co phai tra tien ko" asks what a class pays: at the hospital the health insurance card, else the review's fees; money handed
 *   out is "phát tiền", "cho tiền", "chia tiền".
 * - "xin o dau" after the disability entry in brief, while the consent question waits: where the allowance is applied for.
 * - "tien do ai chi", "nha nuoc tra hay minh tra" after the disability entry: who pays the allowance, as "ai chi".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-mend33a');
const OFF_THE_LIST = 'Hộ không có tên (hoặc không còn tên) trong danh sách';

describe('"cất nhà" is building a house', () => {
  it.each(['tien cat nha ho ngheo dc bao nhieu', 'ho tro cat nha ho can ngheo o dau', 'cat nha ho ngheo dc ho tro bn'])('"%s": the housing card', async (question) => {
    const text = await first(question);
    expect(text).not.toContain(OFF_THE_LIST);
    expect(text).toMatch(/Hỗ trợ nhà ở \((theo dữ liệu chính sách|áp dụng ngày)/);
  });

  it('"xa moi cat ho ngheo nha tui, con dc bhyt ko": still the newly escaped household\'s health insurance', async () => {
    const text = await first('xa moi cat ho ngheo nha tui, con dc bhyt ko');
    expect(text).toContain('Hộ mới thoát nghèo');
    expect(text).toContain('bảo hiểm y tế');
  });
});

const DISPUTED = 'Hộ không đồng ý với kết quả bình xét, rà soát';

describe('"không đồng ý" is about what was just asked', () => {
  it('"tui ko dong y thi lam sao" while the consent question waits: not saving is fine, the choice again', async () => {
    const [, text] = await ask('nha tui 4 nguoi o que thu nhap 5 trieu 1 thang', 'tui ko dong y thi lam sao');
    expect(text).not.toContain(DISPUTED);
    expect(text).toContain('Bạn không đồng ý lưu cũng không sao, vẫn kiểm tra được');
    expect(text).toContain('Bấm “Không lưu”: vẫn kiểm tra như vậy');
  });

  it('"tui ko dong y thi lam sao" after the card of a household taken off the list: that result disputed', async () => {
    const [, text] = await ask('nha tui bi gach ten ho ngheo', 'tui ko dong y thi lam sao');
    expect(text).toContain(DISPUTED);
  });

  it('"chong ko dong y thi lam sao" as a first message disputes no result', async () => {
    expect(await first('chong ko dong y thi lam sao')).not.toContain(DISPUTED);
  });

  it('"bi loai khoi ho ngheo tui ko dong y thi lam sao" names the result: disputed, also while the consent question waits', async () => {
    expect(await first('bi loai khoi ho ngheo tui ko dong y thi lam sao')).toContain(DISPUTED);
    const [, text] = await ask('nha tui 4 nguoi o que thu nhap 5 trieu 1 thang', 'bi loai khoi ho ngheo tui ko dong y thi lam sao');
    expect(text).toContain(DISPUTED);
  });
});

describe('the minutes of the village meeting', () => {
  const MINUTES = 'Biên bản họp dân khi rà soát hộ nghèo, hộ cận nghèo';

  it('"bien ban hop thon gach ten nha tui khoi ho ngheo, tui ko dong y": the result disputed, not the minutes\' form', async () => {
    const text = await first('bien ban hop thon gach ten nha tui khoi ho ngheo, tui ko dong y');
    expect(text).not.toContain(MINUTES);
    expect(text).toContain(DISPUTED);
  });

  it('"bien ban hop thon ghi nha tui ko con ho ngheo": a household taken off the list', async () => {
    const text = await first('bien ban hop thon ghi nha tui ko con ho ngheo');
    expect(text).not.toContain(MINUTES);
    expect(text).toContain(OFF_THE_LIST);
  });

  it.each(['biên bản họp dân dùng mẫu nào', 'bien ban hop binh xet dung mau so may'])('"%s": the minutes\' entry', async (question) => {
    expect(await first(question)).toContain(MINUTES);
  });
});

describe('how long, of a household wanting to leave poverty or one that has left', () => {
  const KEPT = 'Hộ mới thoát nghèo còn được gì, trong bao lâu';
  const HELPS = 'Hộ muốn thoát nghèo được hỗ trợ gì';

  it.each(['nha tui muon thoat ngheo thi mat bao lau', 'lam sao thoat ngheo nhanh, mat may nam'])('"%s": what helps a household leave', async (question) => {
    const text = await first(question);
    expect(text).not.toContain(KEPT);
    expect(text).toContain(HELPS);
  });

  it.each(['moi thoat ngheo dc vay may nam', 'thoat ngheo roi thi vay dc bao lau'])('"%s": what is kept, for 3 years', async (question) => {
    const text = await first(question);
    expect(text).toContain(KEPT);
    expect(text).toContain('3 năm (36 tháng)');
  });
});

describe('paying is no money handed out', () => {
  const HANDOUT = 'Khoản tiền phát thêm cho';

  it.each(['ho can ngheo o benh vien co phai tra tien ko', 'ho can ngheo di benh vien co phai dong tien ko'])('"%s": what a visit costs with the card', async (question) => {
    const text = await first(question);
    expect(text).not.toContain(HANDOUT);
    expect(text).toContain('Đi khám chữa bệnh có mất tiền không');
    expect(text).toContain('hộ cận nghèo được hỗ trợ tối thiểu 70%');
  });

  it('"ho ngheo co phai tra tien ko": no fee to be reviewed or listed', async () => {
    const text = await first('ho ngheo co phai tra tien ko');
    expect(text).not.toContain(HANDOUT);
    expect(text).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
  });

  it('"xa ben co phat tien cho ho ngheo ko": still money handed out', async () => {
    expect(await first('xa ben co phat tien cho ho ngheo ko')).toContain(`${HANDOUT} hộ nghèo`);
  });
});

describe('a part of the card in brief asked while the consent question waits', () => {
  it('"xin o dau" after "con tui bi khuyet tat nang dc tro cap bn": where the monthly allowance is applied for', async () => {
    const [, , text] = await ask('nha tui 4 nguoi o que thu nhap 3 trieu', 'con tui bi khuyet tat nang dc tro cap bn', 'xin o dau');
    expect(text).toContain('nộp tờ khai đề nghị trợ cấp xã hội');
    expect(text).not.toContain('Mẫu số 04');
  });
});

describe('who pays, asked after the disability entry', () => {
  it.each(['tien do ai chi', 'nha nuoc tra hay minh tra'])('"%s": the monthly allowance\'s card on it', async (asked) => {
    const [, text] = await ask('con tui bi khuyet tat nang dc tro cap bn', asked);
    expect(text).toContain('Về trợ cấp xã hội hằng tháng (câu bạn vừa hỏi)');
  });
});
