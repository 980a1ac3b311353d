/**
 * Round 40 (privacy32): /xoadulieu on the embedded SQLite default takes every row a resident left at once, in one life of the
 * chat: a question the data has nothing on, a "Báo sai" comment, a share link, and a household check with its draft, consented or
 * not. Each table held a row of theirs before; after it, none of theirs is left (a neighbour's stay), and the draft's check does
 * not go on. (Round 35 takes the check, the question and the share on the web page, personal-data a comment and a question alone.)
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from '../chat/harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

/** The tables a resident's rows are kept in (counters, meta, erasure marks and handled updates' hashes aside). */
const RESIDENT_TABLES = ['sessions', 'reports', 'shares', 'questions_unanswered', 'draft_checks', 'draft_copies'] as const;

/** Rows of each resident table, by table. */
function residentRows(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(RESIDENT_TABLES.map((table) => [table, db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number]));
  } finally {
    db.close();
  }
}

const HOUSEHOLD = 'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt';

/** One resident's life in the chat: a question kept, a comment, a share, then the household told and a first answer. */
async function leaveEverything(chat: Harness, user: string, consent: 'consent:yes' | 'consent:no'): Promise<void> {
  await chat.say('gia heo hoi hom nay bn 1 ky vay, tui ten Teo o hem 5 duong Le Loi', user);
  const answer = await chat.say('chi thi 05 ve giam ngheo noi gi', user);
  await chat.press(actionOf(answer, 'Chia sẻ'), user);
  await chat.press(actionOf(answer, 'Báo sai'), user);
  await chat.say('trich sai roi, tui la Tran Van Hai o ap 3 Long Hoa', user);
  await chat.say(HOUSEHOLD, user);
  await chat.press(consent, user);
  const asked = await chat.say('co', user);
  expect(asked.text).toMatch(/Câu \d+\/15/);
}

describe('/xoadulieu on SQLite takes every row of the user, comments and drafts included', () => {
  it.each([
    ['consent:yes', 'sessions'],
    ['consent:no', 'draft_checks'],
  ] as const)('%s: the check kept in %s, the question, the comment and the share, all gone; the neighbour\'s stay', async (consent, check) => {
    harness = await openHarness();
    const empty = residentRows(harness.databasePath);
    await leaveEverything(harness, 'neighbour', consent);
    const neighbour = residentRows(harness.databasePath);
    await leaveEverything(harness, 'leaver', consent);
    const before = residentRows(harness.databasePath);
    for (const table of ['reports', 'shares', 'questions_unanswered', check]) expect(before[table], table).toBeGreaterThan(neighbour[table]!);
    expect(neighbour).not.toEqual(empty);

    const done = await harness.say('/xoadulieu', 'leaver');
    expect(done.text).toContain('báo sai');
    expect(residentRows(harness.databasePath)).toEqual(neighbour);
    expect((await harness.say('khong', 'leaver')).text).not.toMatch(/Câu \d+\/15/);
  }, 60_000);
});
