/**
 * Chat core benchmark (`npm run bench -- chat`): what the conversation adds on top of the engines.
 *
 * - questions: core.handle on free-text questions vs search.search on the same questions alone;
 * - quick checks: core.handle('/kiemtra …') vs checkHousehold on the same profiles alone;
 * - interview: core.handle per answer of a full 15-question check (session read + write each turn);
 * - sessions: SQLite session writes and reads vs a plain in-memory Map.
 * The extra cost is the session load/save in SQLite, statistics and reply building.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { parseQuickCheck } from '../../src/chat/quickcheck.ts';
import { checkHousehold } from '../../src/rules/index.ts';

const QUESTIONS = [
  'hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào',
  'ho ngheo duoc vay von uu dai khong',
  'mục tiêu giảm tỷ lệ hộ nghèo mỗi năm',
  'thu tuc cong nhan ho ngheo',
  'chuẩn nghèo đa chiều gồm những chỉ số nào',
  'giá vàng hôm nay',
];
const QUICK = ['nt 1.4tr bhyt nuoc nhatieu', 'tt 1900k bhyt', 'nt 2.1tr', 'tt 2.5tr vieclam dientich nuoc nhatieu'];
const ANSWERS = ['nông thôn', '4', '5 triệu', 'có', 'không', 'không rõ', 'co', 'k', 'khong', 'không', 'ko', 'có', 'khong', 'co', 'có'];
const ROUNDS = 300;

function rate(count: number, run: () => void | Promise<void>): Promise<number> {
  const started = performance.now();
  return Promise.resolve(run()).then(() => count / ((performance.now() - started) / 1000));
}

const folder = mkdtempSync(join(tmpdir(), 'chat-bench-'));
try {
  const app = await createApp({ databasePath: join(folder, 'bot.db') });
  const core = app.core;
  // Warm-up: the search's per-passage caches and the JIT, so the first measured loop is not penalised.
  for (const question of QUESTIONS) app.search.search(question, { limit: 8 });
  for (const question of QUESTIONS) await core.handle({ channel: 'terminal', userId: 'warm', text: question });

  const searchRate = await rate(ROUNDS, () => {
    for (let i = 0; i < ROUNDS; i += 1) app.search.search(QUESTIONS[i % QUESTIONS.length]!, { limit: 8 });
  });
  const questionRate = await rate(ROUNDS, async () => {
    for (let i = 0; i < ROUNDS; i += 1) await core.handle({ channel: 'terminal', userId: `q${i % 50}`, text: QUESTIONS[i % QUESTIONS.length]! });
  });

  // The same profiles the quick checks parse to, so both sides evaluate the same households.
  const profiles = QUICK.map((line) => {
    const parsed = parseQuickCheck(line, app.rules, '2026-03-15');
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.profile;
  });
  const rulesRate = await rate(ROUNDS, () => {
    for (let i = 0; i < ROUNDS; i += 1) checkHousehold(app.rules, profiles[i % profiles.length]);
  });
  const quickRate = await rate(ROUNDS, async () => {
    for (let i = 0; i < ROUNDS; i += 1) await core.handle({ channel: 'terminal', userId: `k${i % 50}`, text: `/kiemtra ${QUICK[i % QUICK.length]}` });
  });

  const interviews = 20;
  const turnRate = await rate(interviews * (ANSWERS.length + 2), async () => {
    for (let user = 0; user < interviews; user += 1) {
      const userId = `i${user}`;
      await core.handle({ channel: 'terminal', userId, text: '/kiemtra' });
      await core.handle({ channel: 'terminal', userId, action: 'consent:yes' });
      for (const text of ANSWERS) await core.handle({ channel: 'terminal', userId, text });
    }
  });

  const memory = new Map<string, string>();
  const value = { consentAt: new Date().toISOString(), interview: { awaitingConsent: false, position: 7, area: 'rural', members: 4, answers: {} } };
  const mapRate = await rate(ROUNDS * 10, () => {
    for (let i = 0; i < ROUNDS * 10; i += 1) {
      memory.set(`telegram:${i}`, JSON.stringify(value));
      JSON.parse(memory.get(`telegram:${i}`)!);
    }
  });
  const sqliteRate = await rate(ROUNDS * 10, async () => {
    for (let i = 0; i < ROUNDS * 10; i += 1) {
      await app.store.writeSession(`telegram:${i}`, value);
      await app.store.readSession(`telegram:${i}`);
    }
  });
  await app.close();

  const line = (label: string, figure: number, baseline: number, baselineLabel: string) =>
    `${label.padEnd(34)} ${figure.toFixed(0).padStart(7)}/s   ${(figure / baseline).toFixed(2)}× of ${baselineLabel} (${baseline.toFixed(0)}/s)`;
  process.stdout.write(
    [
      line('questions through the chat core', questionRate, searchRate, 'search alone'),
      line('quick checks through the chat core', quickRate, rulesRate, 'checkHousehold alone'),
      line('interview answers (1 turn each)', turnRate, questionRate, 'questions through the core'),
      line('session write+read, SQLite', sqliteRate, mapRate, 'in-memory Map'),
    ].join('\n') + '\n',
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
