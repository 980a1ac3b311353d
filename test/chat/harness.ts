/**
 * Conversations against the real app (real corpus, search, rules and SQLite in a temp folder).
 * `say`/`press` send one message as a user and return the replies and their plain text.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { renderForZalo } from '../../src/channels/zalo/render.ts';
import { decodeAction, encodeAction } from '../../src/chat/actions.ts';
import { toPlainText } from '../../src/chat/render.ts';
import type { Button, IncomingMessage, Reply } from '../../src/chat/types.ts';
import { createLogger } from '../../src/log.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadRules } from '../../src/rules/index.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { askAnswers } from '../../src/server/ask.ts';
import type { JsonBytes } from '../../src/server/http.ts';

/** 15/3/2026 10:00 in Vietnam: the 2026 transition standard (NĐ 351/2025 keeping NĐ 07/2021). */
export const TEST_NOW = new Date('2026-03-15T03:00:00Z');

export interface Turn {
  replies: Reply[];
  text: string;
  buttons: Button[];
}

export interface Harness {
  app: App;
  folder: string;
  databasePath: string;
  logs: string[];
  send(message: Partial<IncomingMessage>, userId?: string): Promise<Turn>;
  say(text: string, userId?: string): Promise<Turn>;
  press(action: string, userId?: string): Promise<Turn>;
  /** Closes this app and opens a new one on the same database: a process restart. */
  restart(): Promise<Harness>;
  /** Every stored session's JSON, one a line (rows are found by keyed hashes only). */
  storedSessions(): string;
  /** The bytes of the database file and its write-ahead log (latin1): what anyone copying them could read back. */
  onDisk(): string;
  close(): void;
}

function turnOf(replies: Reply[]): Turn {
  // Every button in every test must fit Telegram's callback data (ASCII, at most 64 bytes) and read back as the action written.
  for (const button of replies.flatMap((reply) => reply.buttons?.flat() ?? [])) {
    if (!/^[\x21-\x7e]{1,64}$/.test(button.action)) throw new Error(`button action not ASCII ≤ 64 bytes: ${button.action}`);
    const action = decodeAction(button.action);
    if (!action || encodeAction(action) !== button.action) throw new Error(`button action does not read back: ${button.action}`);
  }
  return {
    replies,
    text: replies.map((reply) => toPlainText(reply, { numberedChoices: false })).join('\n\n'),
    buttons: replies.flatMap((reply) => reply.buttons?.flat() ?? []),
  };
}

export async function openHarness(options: { folder?: string; now?: () => Date; rulesDir?: string } = {}): Promise<Harness> {
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'chat-test-'));
  const databasePath = join(folder, 'bot.db');
  const logs: string[] = [];
  const now = options.now ?? (() => TEST_NOW);
  const app = await createApp({ databasePath, now, ...(options.rulesDir ? { rulesDir: options.rulesDir } : {}), logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }) });
  const send = async (message: Partial<IncomingMessage>, userId = 'u1') =>
    turnOf(await app.core.handle({ channel: 'terminal', userId, ...message }));
  const harness: Harness = {
    app,
    folder,
    databasePath,
    logs,
    send,
    say: (text, userId) => send({ text }, userId),
    press: (action, userId) => send({ action }, userId),
    restart: async () => {
      await app.close();
      return openHarness({ folder, now, ...(options.rulesDir ? { rulesDir: options.rulesDir } : {}) });
    },
    storedSessions: () => {
      const db = new Database(databasePath, { readonly: true });
      try {
        return (db.prepare('SELECT value FROM sessions').pluck().all() as string[]).join('\n');
      } finally {
        db.close();
      }
    },
    onDisk: () =>
      ['', '-wal']
        .map((suffix) => {
          try {
            return readFileSync(databasePath + suffix).toString('latin1');
          } catch {
            return '';
          }
        })
        .join('\n'),
    close: async () => {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return harness;
}

/** What Zalo (and the terminal, rendered the same way) shows of a turn: no buttons, choices numbered. */
export const onPhone = (turn: Pick<Turn, 'replies'>) => renderForZalo(turn.replies).join('\n\n');
/** A turn as sent to a channel that shows buttons (Telegram, the web page): its spans as written. */
export const spansOf = (turn: Pick<Turn, 'replies'>) => turn.replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n\n');
/** The number a button is listed by on the phone ("2. Hộ cận nghèo" → "2"). */
export const listedAs = (shown: string, label: string) => shown.match(new RegExp(`^(\\d+)\\. ${label}$`, 'm'))?.[1];

/** The action of the offered button with this label; fails loudly when it is not offered. */
export function actionOf(turn: Turn, label: string): string {
  const button = turn.buttons.find((candidate) => candidate.label === label);
  if (!button) throw new Error(`no button "${label}" in: ${turn.buttons.map((b) => b.label).join(', ')}`);
  return button.action;
}

/** Says each text in turn as the same user; the last turn. */
export async function sayAll(h: Harness, texts: string[]): Promise<Turn> {
  let last: Turn | undefined;
  for (const text of texts) last = await h.say(text);
  return last!;
}

/** On `now`: tells the household, declines saving, answers `answer` until the result; the conversation's harness and the result's turn. */
export async function resultTurnOf(now: Date, sentence: string, answer = 'ko'): Promise<{ harness: Harness; turn: Turn }> {
  const harness = await openHarness({ now: () => now });
  await harness.say(sentence);
  let turn = await harness.say('2');
  for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say(answer);
  expect(turn.text).toContain('Kết quả sàng lọc');
  return { harness, turn };
}

/** On `now`: tells the household, declines saving, answers `answer` until the result; the conversation's harness. */
export async function resultOf(now: Date, sentence: string, answer = 'ko'): Promise<Harness> {
  return (await resultTurnOf(now, sentence, answer)).harness;
}

/** On `now`: a household of 4 at question `number` of 15, every earlier indicator question answered "khong". */
export async function atQuestion(now: () => Date, number: number): Promise<Harness> {
  const opened = await openHarness({ now });
  await opened.say('nha tui 4 nguoi o que thang dc 5 trieu');
  let turn = await opened.press('consent:no');
  for (let step = 4; step < number; step += 1) turn = await opened.say('khong');
  expect(turn.text).toContain(`Câu ${number}/15`);
  return opened;
}

/** The answer saved for question `number`, as "Quay lại" from the next question shows it. */
export async function savedAt(opened: Harness, typed: string, number: number): Promise<string> {
  const next = await opened.say(typed);
  expect(next.text, typed).toContain(`Câu ${number + 1}/15`);
  const back = await opened.press(actionOf(next, 'Quay lại'));
  expect(back.text).toContain(`Câu ${number}/15`);
  return back.text.match(/Trả lời trước đó: ([^.]*)\./)?.[1] ?? back.text;
}

/**
 * One app for a test file, on `now`, opened before its tests and closed after; each `ask` is a conversation of its own
 * (a fresh user) and gives its replies' text, `first` the first reply's.
 */
export function conversationsAt(now: Date, prefix: string) {
  let harness: Harness | undefined;
  let user = 0;
  beforeAll(async () => {
    harness = await openHarness({ now: () => now });
  });
  afterAll(() => harness?.close());
  const ask = async (...texts: string[]): Promise<string[]> => {
    const id = `${prefix}-${(user += 1)}`;
    const answers: string[] = [];
    for (const text of texts) answers.push((await harness!.say(text, id)).text);
    return answers;
  };
  const first = async (text: string) => (await ask(text))[0]!;
  /** The answer to `asked`, after the `earlier` messages of the same conversation. */
  const after = async (earlier: readonly string[], asked: string) => (await ask(...earlier, asked)).at(-1)!;
  return { ask, first, after, app: () => harness!.app };
}

/** /api/ask's answer text for a question asked on `today` (yyyy-MM-dd), through the same code the server runs. */
export function askApiText(question: string, today: string): string {
  const ask = askAnswers(createSearchEngine(loadCorpus()), loadRules());
  const bytes: JsonBytes = ask(question, 3, today).json.bytes;
  const joined = Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes);
  return (JSON.parse(joined.toString('utf8')) as { answer: string }).answer;
}

/**
 * The consent question in brief (round 39 short32, round 41 resid41): what is kept and for how long, shared with no one, how to
 * delete and withdraw, what "Không lưu" keeps, nothing kept unchosen, the result for reference only, the law.
 */
export function expectBriefConsent(consent: string): void {
  expect(consent).toContain('thông tin cá nhân nhạy cảm');
  expect(consent).toContain('Đồng ý lưu: giữ câu trả lời tối đa 30 ngày, không chia sẻ; xóa, rút lại đồng ý: gõ /xoadulieu.');
  expect(consent).toContain('Không lưu: chỉ giữ tạm vài giờ.');
  expect(consent).toContain('Chưa chọn thì không lưu gì.');
  expect(consent).toContain('Kết quả chỉ để tham khảo, UBND cấp xã công nhận.');
  expect(consent).toContain('Căn cứ: Luật 91/2025/QH15, NĐ 356/2025/NĐ-CP.');
}
