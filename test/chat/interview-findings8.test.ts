/**
 * Residents' answers inside the interview (outside tester, findings8 C2, C12), typed as they were. Standard of 2026
 * (harness day 15/03/2026): rural line 1.500.000 đồng/người/tháng, poor with ≥ 3 of 12 deprivations (NĐ 07/2021 Điều 3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, sayAll, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('an answer with its detail is the answer (findings8 C2)', () => {
  it('"co, ba noi ko co the bhyt" at the BHYT question answers it; the next answers land on their own questions', async () => {
    harness = await openHarness();
    await sayAll(harness, ['/kiemtra', '2', 'o que', '4', '4tr2', 'ko', 'ko', 'ko']);
    const bhyt = await harness.say('co, ba noi ko co the bhyt');
    // Q7 (BHYT) answered "thiếu hụt": the next question is Q8, no explainer in between.
    expect(bhyt.text).toContain('Câu 8/15');
    expect(bhyt.text).not.toContain('Câu 7/15');
    expect(bhyt.text).not.toContain('Mình vẫn đang chờ');
    // Adult education, schooling no; housing quality yes; area, water no; sanitation yes; telecom, information no.
    const result = await sayAll(harness, ['ko', 'ko', 'co', 'ko', 'ko', 'co', 'ko', 'ko']);
    // 4.200.000 ÷ 4 = 1.050.000 ≤ 1.500.000 (rural); BHYT + housing quality + sanitation = 3 → hộ nghèo.
    expect(result.text).toContain('HỘ NGHÈO');
    expect(result.text).toContain('1.050.000 đồng/người/tháng');
  });

  it('"dạ có, thằng út thất nghiệp" answers the employment question; "hok, ca nha co bhyt het" the BHYT one', async () => {
    harness = await openHarness();
    await sayAll(harness, ['/kiemtra', '2', 'o que', '4', '4tr2']);
    const employment = await harness.say('dạ có, thằng út thất nghiệp');
    expect(employment.text).toContain('Câu 5/15');
    await sayAll(harness, ['ko', 'ko']);
    const bhyt = await harness.say('hok, ca nha co bhyt het');
    expect(bhyt.text).toContain('Câu 8/15');
    // A question typed at an indicator question is still answered as a question, the answer not taken from it.
    const asked = await harness.say('co dc ho tro the bhyt ko');
    expect(asked.text).toContain('Mình vẫn đang chờ câu trả lời');
    expect(asked.text).toContain('Câu 8/15');
  });
});

describe('a remark about some members keeps the household size (findings8 C12)', () => {
  it('"nha tui co 2 ong ba gia tren 70" keeps 5 people; "ko co bhyt" is recorded, not answered as a question', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui o que 5 nguoi thu nhap 7 trieu', '2']);
    const remark = await harness.say('nha tui co 2 ong ba gia tren 70');
    expect(remark.text).toContain('số người của hộ vẫn là 5');
    expect(remark.text).not.toContain('Số người: 2');
    expect(remark.text).toContain('Câu 4/15');
    const bhyt = await harness.say('ko co bhyt');
    expect(bhyt.text).toContain('Bảo hiểm y tế: thiếu hụt');
    expect(bhyt.text).not.toContain('Mình vẫn đang chờ');
    // Still the employment question: "ko co bhyt" says nothing of it.
    expect(bhyt.text).toContain('Câu 4/15');
    // Employment yes; the BHYT question is not asked again: dependents, nutrition, adult education, schooling, housing
    // quality, area, water no; sanitation yes; telecom, information no.
    const result = await sayAll(harness, ['co', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'co', 'ko', 'ko']);
    // 7.000.000 ÷ 5 = 1.400.000 ≤ 1.500.000 (rural); employment + BHYT + sanitation = 3 → hộ nghèo.
    expect(result.text).toContain('HỘ NGHÈO');
    expect(result.text).toContain('1.400.000 đồng/người/tháng');
  });

  it('a count of people still corrects the size ("xin loi, 7 nguoi chu ko phai 6")', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 6 nguoi o xa kiem 9 trieu 1 thang', '2']);
    const corrected = await harness.say('xin loi, 7 nguoi chu ko phai 6');
    expect(corrected.text).toContain('Số người: 7');
    expect(corrected.text).toContain('1.285.714');
  });
});

describe('deleting and stopping in plain words (findings8 C17)', () => {
  it('"xoa het thong tin cua tui di" after "Đồng ý lưu" deletes what was stored, as /xoadulieu, and says what', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 4 nguoi o que thu nhap 10 trieu', '1']);
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
    // Asked first (review6 M1): nothing is deleted until the person says yes.
    const asked = await harness.say('xoa het thong tin cua tui di');
    expect(asked.text).toContain('Bạn muốn xóa toàn bộ dữ liệu trợ lý lưu về bạn');
    expect(asked.text).not.toContain('Mình vẫn đang chờ');
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
    const deleted = await harness.say('1');
    expect(deleted.text).toContain('Đã xóa toàn bộ dữ liệu trợ lý lưu về bạn');
    expect(deleted.text).toContain('câu trả lời kiểm tra hộ gia đình, sự đồng ý lưu dữ liệu');
    expect(deleted.text).not.toContain('Mình vẫn đang chờ');
    expect(await harness.app.store.readSession('terminal:u1')).toBeUndefined();
    // The consent is withdrawn: a new check asks for it again.
    expect((await harness.say('/kiemtra')).text).toContain('Đồng ý lưu');
  });

  it('"xoa du lieu", "xoa thong tin" work in every channel through the chat core; "xoa nha tam" is a question', async () => {
    harness = await openHarness();
    for (const [channel, words] of [['telegram', 'xoa du lieu'], ['zalo', 'xoa thong tin'], ['web', 'Xóa dữ liệu của tôi giùm']] as const) {
      await harness.send({ channel, text: '/kiemtra' });
      await harness.send({ channel, text: '1' });
      expect(await harness.app.store.readSession(`${channel}:u1`), channel).toBeDefined();
      expect((await harness.send({ channel, text: words })).text, words).toContain('Bạn muốn xóa toàn bộ dữ liệu');
      const deleted = await harness.send({ channel, text: 'Xóa hết dữ liệu của tôi' });
      expect(deleted.text, words).toContain('Đã xóa toàn bộ dữ liệu');
      expect(await harness.app.store.readSession(`${channel}:u1`), channel).toBeUndefined();
    }
    await sayAll(harness, ['/kiemtra', '1']);
    const rumour = await harness.say('nghe noi xoa nha tam nam nay dc ho tro 60 trieu');
    expect(rumour.text).not.toContain('Đã xóa');
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
  });

  it('a sentence that says "xoa du lieu" without asking for it deletes nothing; "Không xóa" keeps everything (review6 M1)', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 4 nguoi o que thu nhap 10 trieu', '1']);
    for (const text of ['dung xoa du lieu cua tui nha', 'tui ko muon xoa thong tin', 'vay von co dc xoa het no ko', 'xoa bo thong tin sai trong phieu dieu tra']) {
      expect((await harness.say(text)).text, text).not.toContain('Đã xóa');
      expect(await harness.app.store.readSession('terminal:u1'), text).toBeDefined();
    }
    // A question about deleting, answered "Không xóa": still nothing deleted.
    expect((await harness.say('co the xoa du lieu ko')).text).toContain('Bạn muốn xóa toàn bộ dữ liệu');
    expect((await harness.say('2')).text).toContain('không xóa gì');
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
  });

  it('"thoi tui ko muon khai nua" without consent ends the check politely and says nothing is kept', async () => {
    harness = await openHarness();
    await harness.say('nha tui 4 nguoi o que thu nhap 10 trieu');
    const stopped = await harness.say('thoi tui ko muon khai nua');
    expect(stopped.text).toContain('Đã dừng phần kiểm tra');
    expect(stopped.text).toContain('không có câu trả lời nào được lưu lại');
    expect(stopped.text).not.toContain('ngoài phạm vi');
    expect(stopped.text).not.toContain('Đồng ý lưu');
    // The check is over: "co" is no answer to it.
    expect((await harness.say('co')).text).not.toMatch(/Câu \d+\/15/);
  });

  it('"thoi khoi" mid-check with consent drops the answers and says how to delete the rest; "ko lam nua" is an answer', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 4 nguoi o que thu nhap 5 trieu', '1']);
    const answered = await harness.say('thang ut ko lam nua');
    expect(answered.text).not.toContain('Đã dừng');
    const stopped = await harness.say('thoi khoi');
    expect(stopped.text).toContain('Đã dừng và xóa các câu trả lời của lần kiểm tra này');
    expect(stopped.text).toContain('/xoadulieu');
    expect((await harness.say('co')).text).not.toMatch(/Câu \d+\/15/);
  });
});

describe('a statement that opens with "có" is no "Có" (review6 M3)', () => {
  it('"co di lam het" at the employment question records no lack of employment', async () => {
    harness = await openHarness();
    await sayAll(harness, ['/kiemtra', '2', 'o que', '4', '4tr2']);
    const employment = await harness.say('co di lam het');
    expect(employment.text).not.toContain('Việc làm: thiếu hụt');
    expect(employment.text).not.toContain('Câu 5/15');
    expect(employment.text).toContain('Câu 4/15');
    for (const text of ['co di hoc du het', 'co viec lam on dinh']) {
      const again = await harness.say(text);
      expect(again.text, text).not.toContain('Việc làm: thiếu hụt');
    }
  });

  it('"co the het roi" at the BHYT question records no lack of health insurance', async () => {
    harness = await openHarness();
    await sayAll(harness, ['/kiemtra', '2', 'o que', '4', '4tr2', 'ko', 'ko', 'ko']);
    const bhyt = await harness.say('co the het roi');
    // Not recorded as a lack: the BHYT question is asked again.
    expect(bhyt.text).not.toContain('Bảo hiểm y tế: thiếu hụt');
    expect(bhyt.text).toContain('Câu 7/15');
    expect(bhyt.text).not.toContain('Câu 8/15');
  });
});
