/**
 * The household check as a conversation, against the real rules (standard of 2026: rural line
 * 1.500.000 đ, urban 2.000.000 đ, poor when deprived in ≥ 3 of 12 indicators; middle up to
 * 2.250.000 / 3.000.000 đ — NĐ 07/2021 Điều 3 kept by NĐ 351/2025). Expected classes are computed
 * by hand in each test.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, sayAll, TEST_NOW, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** The 12 indicators of 2026 in the order of rules/indicators.yaml; every question is asked so that "Có" = deprived. */
const NONE_DEPRIVED = Array<string>(12).fill('không');

/** Sends each text in turn; returns the last turn. */
/** Starts a check, answers the consent question, then types the given answers. */
async function begin(h: Harness, consent: 'yes' | 'no', answers: string[] = []) {
  await h.say('/kiemtra');
  const first = await h.press(`consent:${consent}`);
  return answers.length > 0 ? sayAll(h, answers) : first;
}

describe('the interview', () => {
  it('asks for consent first, with nothing pre-selected, and explains what is kept', async () => {
    harness = await openHarness();
    const turn = await harness.say('/kiemtra');
    expect(turn.text).toContain('30 ngày');
    expect(turn.text).toContain('/xoadulieu');
    expect(turn.text).toContain('UBND cấp xã');
    expect(turn.text).toContain('91/2025/QH15');
    expect(turn.text).toContain('356/2025/NĐ-CP');
    expect(turn.text).toContain('bộ nhớ tạm của máy chủ');
    expect(turn.buttons.map((button) => button.label)).toEqual(['Đồng ý lưu', 'Không lưu', 'Hủy']);
    // No question is asked before the user chose.
    expect(turn.text).not.toContain('Câu 1/15');
  });

  it('runs a full check to "hộ nghèo" with buttons, words without diacritics and numbers', async () => {
    harness = await openHarness();
    await harness.press('menu:check');
    const area = await harness.press('consent:yes');
    expect(area.text).toContain('Câu 1/15');
    await harness.press(actionOf(area, 'Nông thôn'));
    const income = await harness.say('4 người');
    expect(income.text).toContain('Câu 3/15');
    const first = await harness.say('5 triệu');
    expect(first.text).toContain('Câu 4/15');
    expect(first.text).toContain('Việc làm');
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000 (rural); deprived: employment, health insurance, sanitation = 3 → poor.
    await harness.press(actionOf(first, 'Có, có người như vậy')); // employment: deprived
    await harness.say('khong'); // dependents
    await harness.say('ko ro'); // nutrition: unsure
    await harness.say('1'); // health insurance: "1" = first choice "Có, có người chưa có thẻ", deprived
    // adult education, schooling, housing quality, area; water "hong co" (no, not lacking); sanitation lacking;
    // telecom, information "hổng có" / "không".
    const screen = await sayAll(harness, ['k', 'không', 'ko', 'không', 'hong co', 'có', 'không', 'hổng có']);
    // First screen: verdict, income per person against the line, one next step; the rest one tap away.
    expect(screen.text).toContain('HỘ NGHÈO');
    expect(screen.text).toContain('Thu nhập bình quân: 1.250.000 đồng/người/tháng (chuẩn nghèo nông thôn: 1.500.000 đồng)');
    expect(screen.text).toMatch(/Bước tiếp theo: .*UBND cấp xã/);
    expect(screen.text).not.toContain('Hỗ trợ có thể được hưởng');
    const result = await harness.press(actionOf(screen, 'Chi tiết'));
    expect(result.text).toContain('1.250.000 đồng');
    expect(result.text).toContain('Dinh dưỡng'); // the unsure answer is named with its effect
    expect(result.text).toContain('15/03/2026');
    expect(result.text).toContain('Nghị định 07/2021/NĐ-CP');
    expect(result.text).toMatch(/Hỗ trợ có thể được hưởng[\s\S]*căn cứ: Nghị định 78\/2002\/NĐ-CP/);
    const details = await harness.press(actionOf(result, 'Chi tiết hỗ trợ'));
    expect(details.text).toContain('Hỗ trợ cho hộ nghèo');
    expect((await harness.press(actionOf(details, 'Chi tiết từng khoản'))).text).toContain('Nơi làm:');
    expect(result.text).toMatch(/Bước tiếp theo:[\s\S]*UBND cấp xã/);
    expect(result.text).toContain('không phải quyết định chính thức');
    expect((await harness.app.store.stats()).checksByClass).toEqual({ poor: 1 });
  });

  it('gives "hộ cận nghèo" and says what a "không rõ" answer could change', async () => {
    harness = await openHarness();
    const asked = await begin(harness, 'no', ['thanh thi', '3', '1,8 triệu mỗi người']);
    expect(asked.text).toContain('Câu 4/15');
    // 1.800.000 per person ≤ 2.000.000 (urban); deprived: employment, sanitation = 2 < 3 → near-poor;
    // health insurance unsure: one more deprivation would make it poor.
    const answers = [...NONE_DEPRIVED];
    answers[0] = 'có';
    answers[3] = 'không rõ';
    answers[9] = 'có';
    const first = await sayAll(harness, answers);
    // The headline says what the "không rõ" answer could change.
    expect(first.text).toContain('HỘ CẬN NGHÈO — có thể là hộ nghèo nếu Bảo hiểm y tế');
    const result = await harness.press(actionOf(first, 'Chi tiết'));
    expect(result.text).toContain('Nếu là hộ nghèo');
    const unsure = result.text.slice(result.text.indexOf('"không rõ"'));
    expect(unsure).toContain('Bảo hiểm y tế');
    expect(unsure).toContain('hộ nghèo');
  });

  it('reads every question one way: "Không" to all is no deprivation, "Có" to all is a deprivation in each', async () => {
    harness = await openHarness();
    // The tester's household (findings F2): rural, 5 people, 4.000.000 đ a month → 800.000 đ per person ≤ 1.500.000 đ.
    // "con nhỏ chưa có bhyt" is the only deprivation stated; "Không" (typed "2") to every other question adds none:
    // at most 1 < 3 deprivations → hộ cận nghèo, never hộ nghèo.
    await harness.say('nha tui 5 nguoi o que, ong xa chay xe om kiem 4tr/thang, con nho chua co bhyt');
    let turn = await harness.say('Không lưu');
    const seen: string[] = [];
    while (/Câu \d+\/15/.test(turn.text)) {
      // Each question's buttons say what they mean: "Có, …" (the household lacks it) then "Không, …".
      const [yes, no, unsure] = turn.replies.at(-1)!.buttons!.flat();
      expect(yes!.label).toMatch(/^Có, /);
      expect(no!.label).toMatch(/^Không, /);
      expect(unsure!.label).toBe('Không rõ');
      seen.push(yes!.action.split(':')[3]!);
      turn = await harness.say('2');
    }
    expect(seen).toContain('water_source');
    expect(turn.text).toContain('HỘ CẬN NGHÈO');
    expect(turn.text).toContain('800.000 đồng/người/tháng');

    harness.close();
    harness = await openHarness();
    // "Có" (typed "1", the first choice) to all 12: 12 ≥ 3 deprivations → hộ nghèo, every indicator named as lacking.
    await begin(harness, 'no', ['nong thon', '4', '5 triệu']);
    const answered = await sayAll(harness, Array<string>(12).fill('1'));
    expect(answered.text).toContain('HỘ NGHÈO');
    const details = await harness.press(actionOf(answered, 'Chi tiết'));
    for (const name of ['Nguồn nước sinh hoạt', 'Nhà tiêu hợp vệ sinh', 'Sử dụng dịch vụ viễn thông', 'Phương tiện phục vụ tiếp cận thông tin', 'Việc làm']) {
      expect(details.text).toContain(name);
    }
  });

  it('says once, above the first indicator question, that "Có" means the household lacks it; a water question asks about lacking', async () => {
    harness = await openHarness();
    const first = await begin(harness, 'no', ['nông thôn', '4', '5 triệu']);
    expect(first.text).toContain('“Có” nghĩa là hộ đang thiếu');
    const second = await harness.say('không');
    expect(second.text).not.toContain('“Có” nghĩa là hộ đang thiếu');
    const water = await sayAll(harness, Array<string>(7).fill('không'));
    expect(water.text).toContain('Câu 12/15');
    expect(water.text).toContain('Hộ có đang thiếu nước sạch');
    expect(water.buttons.slice(0, 2).map((button) => button.label)).toEqual(['Có, thiếu nước sạch', 'Không, đã có nước sạch']);
    // "hổng có" / "hong co" are "không có": not lacking water.
    const sanitation = await harness.say('hong co');
    expect(sanitation.text).toContain('Câu 13/15');
    const back = await harness.press('ck:back');
    expect(back.text).toContain('Trả lời trước đó: Không, đã có nước sạch');
  });

  it('gives "hộ có mức sống trung bình" above the line and up to 2.250.000 đồng (rural)', async () => {
    harness = await openHarness();
    // 4.500.000 ÷ 2 = 2.250.000: exactly on the rural middle bound, still middle.
    await begin(harness, 'no', ['nong thon', '2', '4tr5']);
    const result = await sayAll(harness, NONE_DEPRIVED);
    expect(result.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(result.text).toContain('2.250.000 đồng');
  });

  it('asks back when the income is ambiguous instead of guessing', async () => {
    harness = await openHarness();
    const asked = await begin(harness, 'no', ['nông thôn', '4', '12']);
    expect(asked.text).toContain('nghìn đồng hay 12 triệu đồng');
    expect(asked.text).toContain('Câu 3/15');
    const next = await harness.say('12 triệu');
    expect(next.text).toContain('Câu 4/15');
  });

  it('reads an income said in a sentence, and answers a policy question asked mid-interview', async () => {
    harness = await openHarness();
    const first = await begin(harness, 'no', ['nông thôn', '4', 'thu nhập khoảng 5 triệu một tháng']);
    expect(first.text).toContain('Câu 4/15');
    const detour = await harness.say('hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào');
    // Round 19: answered from the rules data, as outside the check (was: a passage searched, with its "Nguồn:").
    expect(detour.text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(detour.text).toContain('Căn cứ:');
    expect(detour.text).toContain('Mình vẫn đang chờ');
    expect(detour.text).toContain('Câu 4/15');
  });

  it('re-asks politely when an answer is not understood, and refuses impossible member counts', async () => {
    harness = await openHarness();
    const retryArea = await begin(harness, 'no', ['trên núi']);
    expect(retryArea.text).toContain('Nông thôn');
    expect(retryArea.text).toContain('Câu 1/15');
    await harness.say('nt');
    expect((await harness.say('0')).text).toContain('từ 1 đến 30');
    expect((await harness.say('nhiều lắm')).text).toContain('con số');
  });

  it('goes back one step at a time, shows the earlier answer, and cancels from any step', async () => {
    harness = await openHarness();
    const second = await begin(harness, 'yes', ['nông thôn', '4', '5 triệu', 'có']);
    expect(second.text).toContain('Câu 5/15');
    const back = await harness.press('ck:back');
    expect(back.text).toContain('Câu 4/15');
    expect(back.text).toContain('Trả lời trước đó: Có');
    const changed = await harness.say('không');
    expect(changed.text).toContain('Câu 5/15');
    const backTwice = await harness.press('ck:back').then(() => harness.press('ck:back'));
    expect(backTwice.text).toContain('Câu 3/15');
    expect(backTwice.text).toContain('5.000.000 đồng');

    const cancelled = await harness.say('Hủy');
    expect(cancelled.text).toContain('Đã dừng');
    const stale = await harness.press('ck:a:4:yes');
    expect(stale.text).toContain('đã kết thúc');
    const stored = (await harness.app.store.readSession('terminal:u1')) as Record<string, unknown>;
    expect(stored.interview).toBeUndefined();
  });

  it('ignores a button of an older question instead of answering the wrong one', async () => {
    harness = await openHarness();
    await begin(harness, 'no', ['nông thôn', '4', '5 triệu']);
    await harness.press('ck:a:3:employment:yes');
    const old = await harness.press('ck:a:3:employment:no');
    expect(old.text).toContain('câu hỏi cũ');
    expect(old.text).toContain('Câu 5/15');
    // A button of the same position but another indicator, or sent before the questions named their indicator
    // (worded the other way round then), is refused too, never read with today's meaning.
    expect((await harness.press('ck:a:4:nutrition:yes')).text).toContain('câu hỏi cũ');
    const before = await harness.press('ck:a:4:no');
    expect(before.text).toContain('câu hỏi cũ');
    expect(before.text).toContain('Câu 5/15');
  });

  it('starts from a question in everyday words and pre-fills what it states', async () => {
    harness = await openHarness();
    // 7.000.000 ÷ 4 = 1.750.000 đồng a person: a class that depends on the area, so it is asked (direct-round9: an income
    // giving the same class in both areas does not ask it).
    const consent = await harness.say('nha toi 4 nguoi thu nhap 7 trieu co duoc ho ngheo khong');
    expect(consent.text).toContain('4 người');
    expect(consent.text).toContain('7.000.000 đồng');
    expect(consent.text).toContain('Đồng ý lưu');
    const area = await harness.press('consent:no');
    expect(area.text).toContain('Câu 1/15');
    const skipped = await harness.say('nông thôn');
    // Members and income were given: straight to the first indicator.
    expect(skipped.text).toContain('Câu 4/15');
  });
});

describe('/start during a check (a reloaded web page, a reopened chat)', () => {
  it('welcomes back with the pending question asked again (findings19 #71: not a long menu with a note at its end)', async () => {
    harness = await openHarness();
    const area = await begin(harness, 'no');
    await harness.press(actionOf(area, 'Nông thôn'));
    const again = await harness.say('/start');
    expect(again.text).toContain('Chào bạn quay lại! Bạn đang kiểm tra dở (câu 2/15)');
    expect(again.text).toContain('Câu 2/15');
    expect(again.buttons.map((button) => button.label)[0]).toBe('Làm lại từ đầu');
    const resumed = await harness.say('4');
    expect(resumed.text).toContain('Câu 3/15');
    const staleLink = await harness.say('/start AAAAAAAAAAAA');
    expect(staleLink.text).toContain('không còn dùng được');
    expect(staleLink.text).toContain('Bạn đang kiểm tra dở (câu 3/15)');
  });

  it('offers the consent question again when the check was just started; a plain welcome without a check', async () => {
    harness = await openHarness();
    await harness.say('/kiemtra');
    const again = await harness.say('/start');
    expect(again.text).toContain('Bạn đang bắt đầu kiểm tra hộ gia đình');
    const consent = await harness.press(actionOf(again, 'Làm tiếp'));
    expect(consent.buttons.map((button) => button.label)).toEqual(['Đồng ý lưu', 'Không lưu', 'Hủy']);

    const fresh = await harness.say('/start', 'u2');
    expect(fresh.text).not.toContain('kiểm tra dở');
    expect(fresh.buttons.map((button) => button.label)).not.toContain('Làm tiếp');
  });
});

describe('resuming after a restart', () => {
  it('resumes where it stopped when the user consented', async () => {
    harness = await openHarness();
    await begin(harness, 'yes', ['nông thôn', '4']);
    harness = await harness.restart();
    const next = await harness.say('5 triệu');
    expect(next.text).toContain('Câu 4/15');
    harness = await harness.restart();
    const offered = await harness.say('/kiemtra');
    expect(offered.text).toContain('kiểm tra dở (câu 4/15)');
    expect((await harness.say('Làm tiếp')).text).toContain('Câu 4/15');
    expect((await harness.press('ck:restart')).text).toContain('Câu 1/15');
  });

  it('continues an interview saved by the previous version (no schema version in the row)', async () => {
    harness = await openHarness();
    // A row exactly as the version before schema versions wrote it: consented, two answers given.
    const previous =
      '{"consentAt":"2026-03-15T03:00:00.000Z","choices":[{"label":"Quay lại","action":"ck:back"},{"label":"Hủy","action":"ck:cancel"}],' +
      '"choicesNumbered":false,"interview":{"awaitingConsent":false,"position":2,"area":"rural","answers":{},"members":4}}';
    const raw = new Database(harness.databasePath);
    raw.prepare('INSERT INTO sessions (key, value, updated_at) VALUES (?, ?, ?)').run('terminal:u1', previous, TEST_NOW.getTime());
    raw.close();
    harness = await harness.restart();
    const next = await harness.say('5 triệu');
    expect(next.text).toContain('Câu 4/15');
    expect(harness.logs.join('')).toContain('session_migrated');
    expect(harness.logs.join('')).not.toContain('session_reset');
    const stored = (await harness.app.store.readSession('terminal:u1')) as Record<string, unknown>;
    expect(stored.v).toBe(3);
    expect(stored.interview).toMatchObject({ area: 'rural', members: 4, income: { amount: 5_000_000 } });
  });

  it('continues an interview saved mid-question by version 2, when water … information were asked the other way round', async () => {
    harness = await openHarness();
    // Version 2 asked "Hộ có nguồn nước sạch … không?": its "no" meant lacking water. Saved at the sanitation
    // question (step 13 of 15: area, members, income, then 12 indicators) with water answered "no".
    const earlier = ['employment', 'dependents', 'nutrition', 'health_insurance', 'adult_education', 'child_schooling', 'housing_quality', 'housing_area'];
    const answers = { ...Object.fromEntries(earlier.map((id) => [id, 'no'])), water_source: 'no' };
    await harness.app.store.writeSession('terminal:u1', {
      v: 2,
      consentAt: '2026-03-15T03:00:00.000Z',
      choices: [{ label: 'Có', action: 'ck:a:12:yes' }, { label: 'Không', action: 'ck:a:12:no' }],
      interview: { awaitingConsent: false, position: 12, area: 'rural', members: 4, income: { amount: 5_000_000, perPerson: false }, answers, reviewed: true },
    });
    harness = await harness.restart();
    // The screen showed "Nhà có nhà vệ sinh hợp vệ sinh … không?"; "2" (old "Không" = lacking) is not read the new way round.
    const reasked = await harness.say('2');
    expect(reasked.text).toContain('viết lại');
    expect(reasked.text).toContain('Câu 13/15');
    expect(reasked.text).toContain('Nhà có đang thiếu nhà vệ sinh');
    await harness.say('có'); // lacking a hygienic latrine
    const stored = (await harness.app.store.readSession('terminal:u1')) as { v: number; interview: { answers: Record<string, string> } };
    expect(stored.v).toBe(3);
    // The water answer keeps its meaning (lacking), now stored as "yes"; sanitation answered the new way.
    expect(stored.interview.answers).toMatchObject({ water_source: 'yes', sanitation: 'yes', employment: 'no' });
    expect(harness.logs.join('')).toContain('session_migrated');
  });

  it('starts over, with a warning in the log, on a session saved by a newer version', async () => {
    harness = await openHarness();
    await harness.app.store.writeSession('terminal:u1', { v: 99, consentAt: '2026-03-15T03:00:00.000Z' });
    const turn = await harness.say('/kiemtra');
    expect(turn.text).toContain('Đồng ý lưu');
    const reset = harness.logs.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.event === 'session_reset');
    expect(reset).toMatchObject({ level: 'warn', reason: 'newer_version' });
  });

  it('keeps nothing on disk and cannot resume without consent', async () => {
    harness = await openHarness();
    await begin(harness, 'no', ['thành thị', '7']);
    const raw = new Database(harness.databasePath, { readonly: true });
    const stored = raw.prepare('SELECT value FROM sessions').pluck().all() as string[];
    raw.close();
    expect(stored.join('')).not.toContain('urban');
    expect(stored.join('')).not.toContain('"members"');

    harness = await harness.restart();
    // Round 23: the check's step (no content) outlived the restart: it is told lost to the restart, with the way to start again
    // (round 24: a restart, the app closed as at SIGTERM, is no "sự cố").
    const after = await harness.press('ck:a:3:yes');
    expect(after.text).toContain('Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn vì máy chủ của trợ lý vừa được khởi động lại');
    // Said once: the old button again gets the usual "ended" answer.
    expect((await harness.press('ck:a:3:yes')).text).toContain('đã kết thúc');
  });
});

describe('privacy', () => {
  it('/xoadulieu removes the session, the saved answers, the consent and the shares', async () => {
    harness = await openHarness();
    const answer = await harness.say('mục tiêu giảm tỷ lệ hộ tái nghèo hằng năm');
    const shared = await harness.press(actionOf(answer, 'Chia sẻ'));
    const token = shared.replies[0]!.shareToken!;
    await begin(harness, 'yes', ['nông thôn']);

    const deleted = await harness.say('/xoadulieu');
    expect(deleted.text).toContain('Đã xóa');
    expect(await harness.app.store.readSession('terminal:u1')).toBeUndefined();
    expect(await harness.app.store.loadShare(token)).toBeUndefined();
    // Consent is withdrawn: a new check asks again.
    const again = await harness.say('/kiemtra');
    expect(again.text).toContain('Đồng ý lưu');
  });

  it('never writes message texts or answers to the log', async () => {
    harness = await openHarness();
    await harness.say('nhà tôi 4 người thu nhập 5 triệu có được hộ nghèo không');
    await harness.press('consent:yes');
    await harness.say('nông thôn');
    await harness.say('bí mật riêng 98765');
    await harness.say('/kiemtra nt 1.4tr bhyt nuoc nhatieu');
    const log = harness.logs.join('');
    expect(harness.logs.length).toBeGreaterThan(0);
    for (const secret of ['5 triệu', 'bí mật', '98765', '1.4tr', 'nhatieu', 'nhà tôi']) expect(log).not.toContain(secret);
  });

  it('does not run the interview in a group and says why', async () => {
    harness = await openHarness();
    const turn = await harness.send({ text: '/kiemtra', isGroup: true });
    expect(turn.text).toContain('không làm trong nhóm');
    expect(turn.text).not.toContain('Đồng ý lưu');
    const quick = await harness.send({ text: '/kiemtra nt 1.4tr bhyt', isGroup: true });
    expect(quick.text).not.toContain('1.400.000');
  });

  it('never continues a private check from a group message, where others would see it', async () => {
    harness = await openHarness();
    await begin(harness, 'yes', ['nông thôn', '4', '5 triệu']);
    for (const message of [{ text: 'có' }, { text: '1' }, { action: 'ck:a:3:yes' }, { action: 'ck:back' }]) {
      const turn = await harness.send({ ...message, isGroup: true });
      expect(turn.text).not.toMatch(/Câu \d+\/15/);
      expect(turn.text).not.toContain('5.000.000');
    }
    const resumed = await harness.say('có');
    expect(resumed.text).toContain('Câu 5/15');
  });
});
