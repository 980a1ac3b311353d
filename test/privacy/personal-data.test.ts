/**
 * Personal data end to end through the chat core on a real SQLite file (Luật 91/2025/QH15): every
 * table is dumped after a quick check without consent, a report and a deletion, and searched for
 * the household's figures, the free text's personal data and the user's id.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { RETENTION } from '../../src/privacy/retention.ts';
import { actionOf, openHarness, TEST_NOW, type Harness } from '../chat/harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** Every row of every table, as one JSON text per table. */
function dumpTables(path: string): Record<string, string> {
  const raw = new Database(path, { readonly: true });
  try {
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    return Object.fromEntries(tables.map((table) => [table, JSON.stringify(raw.prepare(`SELECT * FROM "${table}"`).all())]));
  } finally {
    raw.close();
  }
}

const rowCount = (path: string, table: string) => {
  const raw = new Database(path, { readonly: true });
  try {
    return raw.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
  } finally {
    raw.close();
  }
};

const COMMENT = 'Tôi là Nguyễn Văn Tư, CCCD 079203001234, sđt 0903 123 456, mail tu.nv@gmail.com: nhà tôi 5 người mà ra hộ nghèo là sai';
const PERSONAL = ['Nguyễn Văn Tư', '079203001234', '0903 123 456', '0903123456', 'tu.nv@gmail.com'];

describe('the quick check without consent', () => {
  it('writes nothing about the household: no session row, no figures in any table', async () => {
    harness = await openHarness();
    const turn = await harness.say('/kiemtra nt 1.4tr 4ng bhyt nuoc nhatieu', 'cadre-7');
    expect(turn.text).toContain('HỘ NGHÈO');
    const dump = JSON.stringify(dumpTables(harness.databasePath));
    for (const figure of ['1400000', '1.400.000', 'report:q', 'cadre-7', 'sup:']) expect(dump).not.toContain(figure);
    expect(rowCount(harness.databasePath, 'sessions')).toBe(0);
    // The buttons still work from memory: "Báo sai" typed as its label on a channel without buttons.
    expect((await harness.say('bao sai', 'cadre-7')).text).toContain('chỗ nào chưa đúng');
  });

  it('keeps the result buttons in the session once the person consented', async () => {
    harness = await openHarness();
    await harness.say('/kiemtra', 'u9');
    await harness.press('consent:yes', 'u9');
    await harness.say('/kiemtra nt 1.4tr 4ng bhyt', 'u9');
    expect(dumpTables(harness.databasePath).sessions).toContain('report:q');
  });
});

describe('a relative\'s age typed in a question (review5 M3)', () => {
  const QUESTION = 'ong noi tui 76 tuoi ko co luong huu co dc tro cap j ko';

  it('is in no button, share link or stored row; without consent no session row, and the follow-up still works', async () => {
    harness = await openHarness();
    const asked = await harness.say(QUESTION, 'm3');
    expect(asked.text).toContain('75 tuổi');
    const actions = asked.replies.flatMap((reply) => reply.buttons?.flat() ?? []).map((button) => button.action);
    expect(actions).toContain(actionOf(asked, 'Chia sẻ'));
    for (const action of actions) expect(action).not.toMatch(/7|6/);
    const shared = await harness.press(actionOf(asked, 'Chia sẻ'), 'm3');
    expect(shared.replies.find((reply) => reply.shareToken)?.shareToken).not.toMatch(/7|6/);
    expect(rowCount(harness.databasePath, 'sessions')).toBe(0);
    // What the answer was about stays in memory: "còn hộ cận nghèo?" moves it.
    expect((await harness.say('con ho can ngheo?', 'm3')).text).toContain('hộ cận nghèo');
  });

  it('is not in the session row of someone who consented', async () => {
    harness = await openHarness();
    await harness.say('/kiemtra', 'm3c');
    await harness.press('consent:yes', 'm3c');
    await harness.press('ck:cancel', 'm3c');
    await harness.say(QUESTION, 'm3c');
    const stored = dumpTables(harness.databasePath).sessions!;
    expect(stored).toContain('\\"last\\":\\"u-social_pension');
    expect(stored).not.toMatch(/u-[a-z_-]*\d/);
    // The age as a number or in words; a keyed hash or base64url reference may hold the digits "76" by chance (flaky before).
    expect(stored).not.toMatch(/(?<![A-Za-z0-9_-])76(?![A-Za-z0-9_-])/);
  });
});

describe('"Báo sai"', () => {
  it('says before sending what is sent; without "Gửi kèm kết quả" no figures are kept; the comment is masked', async () => {
    harness = await openHarness();
    const result = await harness.say('/kiemtra nt 1.4tr 4ng bhyt nuoc nhatieu');
    const asked = await harness.press(actionOf(result, 'Báo sai'));
    expect(asked.text).toContain('đúng câu bạn gõ');
    expect(asked.text).toContain('không gửi tên hay mã tài khoản');
    expect(asked.text).toContain('Gửi kèm kết quả');
    expect(asked.text).toContain(`${RETENTION.reportDays} ngày`);
    // Waiting for the comment: the figures the report could carry are not in the database either.
    expect(JSON.stringify(dumpTables(harness.databasePath))).not.toContain('1400000');
    await harness.say(COMMENT);
    const tables = dumpTables(harness.databasePath);
    for (const secret of [...PERSONAL, '1400000', 'health_insurance']) expect(JSON.stringify(tables)).not.toContain(secret);
    // Only the anonymous counter knows a poor result was shown; the report does not say it.
    expect(tables.reports).not.toContain('poor');
    const [report] = (await harness.app.store.stats()).reports;
    expect(report!.comment).toContain('[tên]');
    expect(report!.comment).toContain('[số giấy tờ]');
    expect(report!.comment).toContain('[số điện thoại]');
    expect(report!.comment).toContain('[email]');
    expect(report!.comment).toContain('nhà tôi 5 người mà ra hộ nghèo là sai');
    expect(report!.subject).toContain('không kèm số liệu');
  });

  it('attaches the result only when asked, showing exactly what is attached first', async () => {
    harness = await openHarness();
    const result = await harness.say('/kiemtra nt 1.4tr 4ng bhyt nuoc nhatieu');
    const asked = await harness.press(actionOf(result, 'Báo sai'));
    const attach = await harness.press(actionOf(asked, 'Gửi kèm kết quả'));
    expect(attach.text).toContain('Kết quả kiểm tra: poor');
    expect(attach.text).toContain('1400000');
    await harness.say('sai chuẩn');
    const [report] = (await harness.app.store.stats()).reports;
    expect(attach.text).toContain(report!.subject);
  });
});

describe('/xoadulieu', () => {
  it('also removes the reports and unanswered questions that user sent, and only theirs', async () => {
    harness = await openHarness();
    const answer = await harness.say('mục tiêu giảm tỷ lệ hộ tái nghèo hằng năm', 'leaver');
    await harness.press(actionOf(answer, 'Báo sai'), 'leaver');
    await harness.say(COMMENT, 'leaver');
    await harness.say('tôi là Trần Thị Bé cccd 001203004567 hỏi giá vàng hôm nay', 'leaver');
    await harness.say('giá vàng hôm nay', 'stayer');
    const other = await harness.say('phong trào giảm nghèo theo địa chỉ', 'stayer');
    await harness.press(actionOf(other, 'Báo sai'), 'stayer');
    await harness.say('trích sai mục', 'stayer');

    // Answers a channel could not hand over yet (the Telegram adapter's outbox rows: chat id = user id in a private chat).
    await harness.app.store.outboxPut({ channel: 'terminal', recipient: 'leaver', messages: '["HỘ CẬN NGHÈO của leaver"]' });
    await harness.app.store.outboxPut({ channel: 'terminal', recipient: 'stayer', messages: '["câu trả lời chờ gửi"]' });

    const before = dumpTables(harness.databasePath);
    expect(before.outbox).toContain('HỘ CẬN NGHÈO của leaver');
    expect(before.questions_unanswered).toContain('[tên]');
    expect(before.questions_unanswered).toContain('[số giấy tờ]');
    // Sessions are keyed by a keyed hash of the user's id (a chat finds its own by hashing it again); what users sent is not kept raw.
    for (const table of [before.reports!, before.questions_unanswered!]) {
      for (const secret of [...PERSONAL, 'Trần Thị Bé', '001203004567', 'leaver', 'stayer']) expect(table).not.toContain(secret);
    }
    const stats = (await harness.app.store.stats());
    expect(stats.reports).toHaveLength(2);
    expect(stats.unansweredQuestions).toHaveLength(2);

    // What a channel keeps outside the store (Zalo's inbox file): forgotten with the rest, for that user only.
    const forgotten: string[] = [];
    harness.app.forgetters.add((userKey) => (forgotten.push(userKey), 1));
    const deleted = await harness.say('/xoadulieu', 'leaver');
    expect(deleted.text).toContain('báo sai');
    expect(forgotten).toEqual(['terminal:leaver']);
    const after = (await harness.app.store.stats());
    expect(after.reports.map((report) => report.comment)).toEqual(['trích sai mục']);
    expect(after.unansweredQuestions.map((question) => question.text)).toEqual(['giá vàng hôm nay']);
    const dump = dumpTables(harness.databasePath);
    expect(dump.reports).not.toContain('[tên]');
    expect(dump.questions_unanswered).not.toContain('[tên]');
    // Nowhere in any table: not the id (sessions, outbox), not an answer waiting for them; the other user's stays.
    expect(JSON.stringify(dump)).not.toContain('leaver');
    expect(dump.outbox).toContain('câu trả lời chờ gửi');
  });

  it('removes a question about a document the data does not hold, "quyet dinh 999 noi gi" (review6 M7)', async () => {
    harness = await openHarness();
    const asked = await harness.say('quyet dinh 999 noi gi', 'leaver');
    expect(asked.text).not.toContain('Đã xóa');
    await harness.say('quyet dinh 999 noi gi', 'stayer');
    const owners = () => {
      const raw = new Database(harness.databasePath, { readonly: true });
      try {
        return raw.prepare('SELECT owner FROM questions_unanswered ORDER BY owner').pluck().all() as string[];
      } finally {
        raw.close();
      }
    };
    // Kept once per owner, each with its owner (none with an empty one that a deletion cannot find).
    expect(owners()).toHaveLength(2);
    expect(owners()).not.toContain('');
    const deleted = await harness.say('/xoadulieu', 'leaver');
    expect(deleted.text).toContain('câu hỏi');
    expect(owners()).toHaveLength(1);
    expect((await harness.app.store.stats()).unansweredQuestions).toHaveLength(1);
  });
});

describe('a message about a third person (findings9 #9, #12)', () => {
  it('keeps no name, village, phone or account digit of "bà Nguyễn Thị Lan ở thôn 2 …", and the admin list shows it masked', async () => {
    harness = await openHarness();
    const turn = await harness.say('bà Nguyễn Thị Lan ở thôn 2, zalo 0912-345-678, STK 1903 4567 8901 23 hỏi giá vàng hôm nay');
    expect(turn.text).toContain('ngoài phạm vi');
    const kept = dumpTables(harness.databasePath).questions_unanswered!;
    for (const secret of ['Nguyễn', 'Lan', 'thôn 2', '0912', '345', '1903', ' 23']) expect(kept).not.toContain(secret);
    const [shown] = (await harness.app.store.stats()).unansweredQuestions;
    expect(shown!.text).toBe('bà [tên] ở thôn [địa chỉ], zalo [số điện thoại], STK [số giấy tờ] hỏi giá vàng hôm nay');
  });

  it('keeps no commune or ward of "tui o ấp 3 xa Tan Phu, hoi gia lua hom nay" (round 17), and the admin list shows it masked', async () => {
    harness = await openHarness();
    const turn = await harness.say('tui o ấp 3 xa Tan Phu, hoi gia lua hom nay');
    expect(turn.text).toContain('ngoài phạm vi');
    const kept = dumpTables(harness.databasePath).questions_unanswered!;
    for (const secret of ['Tan Phu', 'ấp 3']) expect(kept).not.toContain(secret);
    const [shown] = (await harness.app.store.stats()).unansweredQuestions;
    expect(shown!.text).toBe('tui o ấp [địa chỉ] xa [địa chỉ], hoi gia lua hom nay');
  });

  it.each([
    'chị Hoa, điện thoại 84912345678, hỏi lịch cắt điện',
    'tôi là Trần Thị Hoa, sdt 0912345678, giúp tôi đặt vé xe khách',
    'giup toi dat ve xe khach',
  ])('"%s" gets the out-of-scope reply, not a quoted passage', async (message) => {
    harness = await openHarness();
    const turn = await harness.say(message);
    expect(turn.text).toContain('ngoài phạm vi');
    expect(turn.text).not.toContain('Theo văn bản');
    expect(JSON.stringify(dumpTables(harness.databasePath))).not.toMatch(/Hoa|0912|84912/);
  });
});

describe('the unanswered questions kept for cadres (findings23 P25)', () => {
  it('keeps "giup toi dat ve xe khach" (not answered), not "ha noi co ke hoach thuc hien chi thi 05 ko" (answered: the data has none)', async () => {
    harness = await openHarness();
    const province = await harness.say('ha noi co ke hoach thuc hien chi thi 05 ko', 'u25');
    expect(province.text).toMatch(/không có văn bản nào của thành phố Hà Nội/);
    const outOfScope = await harness.say('giup toi dat ve xe khach', 'u25');
    expect(outOfScope.text).toContain('ngoài phạm vi');
    const stats = await harness.app.store.stats();
    expect(stats.unansweredQuestions.map((question) => question.text)).toEqual(['giup toi dat ve xe khach']);
    expect(stats.questionsAsked).toBe(2);
    expect(stats.questionsUnanswered).toBe(1);
  });
});

describe('retention', () => {
  it('purges reports and unanswered questions after the limit, keeping the anonymous counters', async () => {
    let now = TEST_NOW;
    harness = await openHarness({ now: () => now });
    const answer = await harness.say('phong trào giảm nghèo theo địa chỉ');
    await harness.press(actionOf(answer, 'Báo sai'));
    await harness.say('trích sai mục');
    await harness.say('giá vàng hôm nay');
    // Purged at start and then hourly while writing: a restart just inside the limit keeps them, just after it not.
    now = new Date(TEST_NOW.getTime() + (RETENTION.reportDays - 1) * 86_400_000);
    harness = await harness.restart();
    expect((await harness.app.store.stats()).reports).toHaveLength(1);
    expect((await harness.app.store.stats()).unansweredQuestions).toHaveLength(1);
    now = new Date(TEST_NOW.getTime() + (RETENTION.reportDays + 1) * 86_400_000);
    harness = await harness.restart();
    const stats = await harness.app.store.stats();
    expect(stats.reports).toEqual([]);
    expect(stats.unansweredQuestions).toEqual([]);
    expect(stats.questionsUnanswered).toBe(1);
  });
});

describe('a visitor who only looks', () => {
  it('leaves no database row for opening the chat or /start', async () => {
    harness = await openHarness();
    const before = dumpTables(harness.databasePath);
    for (let visitor = 0; visitor < 20; visitor += 1) {
      await harness.say('/start', `visitor-${visitor}`);
      await harness.send({ channel: 'web', text: '/start' }, `web-${visitor}`);
    }
    expect(dumpTables(harness.databasePath)).toEqual(before);
    // The welcome's choices still answer a typed number (held in memory: "1" is the supports, the main menu's "1" another item).
    expect((await harness.say('1', 'visitor-3')).text).toMatch(/^Các chính sách hỗ trợ theo loại hộ/);
  });

  it('removes a session row that has become empty', async () => {
    harness = await openHarness();
    await harness.say('/tinh tra vinh', 'mover');
    expect(rowCount(harness.databasePath, 'sessions')).toBe(1);
    await harness.say('/tinh', 'mover');
    await harness.press('prov:clear', 'mover');
    expect(rowCount(harness.databasePath, 'sessions')).toBe(0);
  });
});
