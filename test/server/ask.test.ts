/**
 * The answers /api/ask keeps (askAnswers): the same bytes as answering afresh, one search per question,
 * limit and day, the least recently asked dropped first when the budget is spent, and nothing kept across a
 * change of day (the standard and supports in force change with it).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { answerReply, completeFirst, notFoundReply } from '../../src/chat/answers.ts';
import { laterDayAsked, topicAnswer } from '../../src/chat/topics.ts';
import { classSupportsReply } from '../../src/chat/info.ts';
import { readMessage, readSupportsQuestion } from '../../src/chat/input.ts';
import { shortAnswer } from '../../src/chat/short.ts';
import type { Reply } from '../../src/chat/types.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadRules } from '../../src/rules/index.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import type { SearchEngine } from '../../src/search/types.ts';
import { askAnswers } from '../../src/server/ask.ts';
import { documentAsked, documentIdentity, documentValidity } from '../../src/chat/documents.ts';
import type { JsonBytes } from '../../src/server/http.ts';

const rules = loadRules();
const engine = createSearchEngine(loadCorpus());

/** The engine, counting the questions it is asked. */
function counted(): { search: SearchEngine; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: {
      search: (question, options) => {
        asked.push(question);
        return engine.search(question, options);
      },
      passage: (id) => engine.passage(id),
      passagesOf: (docId) => engine.passagesOf(docId),
      passageCount: engine.passageCount,
    },
  };
}

const TODAY = '2026-12-01';
const joined = (bytes: JsonBytes) => (Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes));
const decoded = (bytes: JsonBytes) => JSON.parse(joined(bytes).toString('utf8')) as { answer: string; results: { passageId: string }[] };

/**
 * The answer as /api/ask wrote it before its parts were kept: the whole body through JSON.stringify, with the `sources` given
 * (round 28: read from the answer checked, test/server/sources-round28-status10.test.ts checks them).
 */
function plainAnswer(question: string, limit: number, today: string, sources: unknown): string {
  const results = engine.search(question, { limit });
  const text = (replies: Reply[]) => replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n\n').trim();
  // A short post asked ("tóm tắt … đăng nhóm zalo") is the chat's short post (round 11), else the card or the passage.
  const short = shortAnswer(rules, question, today);
  // A document named by its number ("nghị định 07/2021 ban hành ngày nào", "nd 351 còn hiệu lực ko"): what the rules data records
  // of it, as in the chat (round 16).
  const named = documentAsked(question, []);
  const document = named?.validity
    ? documentValidity(rules, named, today)
    : named && (named.overview || named.facts || named.inForce)
      ? documentIdentity(rules, named, today)
      : undefined;
  // A class's supports asked ("ho ngheo dc nhung ho tro j"): its list on the day asked, as in the chat (round 21).
  const supportsClass = readSupportsQuestion(question);
  const supports = supportsClass === undefined ? undefined : classSupportsReply(rules, laterDayAsked(readMessage(question), today) ?? today, supportsClass);
  const fromRules = short?.replies ?? (document ? [document] : (topicAnswer(rules, question, today) ?? supports));
  const best = completeFirst(results)[0];
  const answer = fromRules ? text(fromRules) : text([best ? answerReply(best) : notFoundReply(question)]);
  return JSON.stringify({ answer, sources, results });
}

describe('askAnswers', () => {
  it('answers a question asked again from what it kept: the same bytes, one search', () => {
    const { search, asked } = counted();
    const ask = askAnswers(search, rules);
    const first = ask('hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào', 5, TODAY);
    const again = ask('hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào', 5, TODAY);
    expect(joined(again.json.bytes).equals(joined(first.json.bytes))).toBe(true);
    expect(asked).toHaveLength(1);
    // What was kept is what a fresh answer is.
    const fresh = askAnswers(engine, rules)('hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào', 5, TODAY);
    expect(joined(fresh.json.bytes).equals(joined(first.json.bytes))).toBe(true);
    expect(first.answered).toBe(true);
  });

  it('writes byte for byte what JSON.stringify of the answer and results writes, for every eval question, as passages and topics come again', () => {
    const questions = ['questions.yaml', 'residents.yaml', 'unseen.yaml'].flatMap((file) =>
      (parseYaml(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')) as { question: string }[]).map((item) => item.question),
    );
    const ask = askAnswers(engine, rules);
    for (const today of [TODAY, '2027-02-01']) {
      for (const [i, question] of questions.entries()) {
        const limit = [5, 1, 20][i % 3]!;
        const written = joined(ask(`${question} q${i}`, limit, today).json.bytes).toString('utf8');
        expect(written, question).toBe(plainAnswer(`${question} q${i}`, limit, today, (JSON.parse(written) as { sources: unknown }).sources));
      }
    }
    expect(questions.length).toBeGreaterThan(200);
  });

  it('keeps each limit and each question apart, and says when nothing was found', () => {
    const { search, asked } = counted();
    const ask = askAnswers(search, rules);
    expect(decoded(ask('thủ tục xét hộ nghèo', 5, TODAY).json.bytes).results.length).toBeLessThanOrEqual(5);
    expect(decoded(ask('thủ tục xét hộ nghèo', 1, TODAY).json.bytes).results).toHaveLength(1);
    const none = ask('giá vàng hôm nay', 5, TODAY);
    expect(none.answered).toBe(false);
    expect(decoded(none.json.bytes).results).toEqual([]);
    expect(asked).toEqual(['thủ tục xét hộ nghèo', 'thủ tục xét hộ nghèo', 'giá vàng hôm nay']);
  });

  it('searches without the contact details: "chị Hoa, điện thoại 84912345678, hỏi lịch cắt điện" is out of scope (findings9 #12)', () => {
    const { search, asked } = counted();
    const none = askAnswers(search, rules)('chị Hoa, điện thoại 84912345678, hỏi lịch cắt điện', 5, TODAY);
    expect(none.answered).toBe(false);
    expect(decoded(none.json.bytes).answer).toContain('ngoài phạm vi');
    expect(asked).toEqual(['chị Hoa, hỏi lịch cắt điện']);
  });

  it('answers afresh on another day: the standard in force is that day\'s', () => {
    const { search, asked } = counted();
    const ask = askAnswers(search, rules);
    const question = 'chuẩn nghèo là bao nhiêu';
    const before = decoded(ask(question, 5, '2026-12-31').json.bytes).answer;
    const after = decoded(ask(question, 5, '2027-01-01').json.bytes).answer;
    expect(asked).toHaveLength(2);
    expect(before).toContain('31/12/2026');
    expect(after).toContain('01/01/2027');
    // The old day's answers are gone, not only passed over.
    ask(question, 5, '2026-12-31');
    expect(asked).toHaveLength(3);
  });

  it('drops the least recently asked answer first when its budget is spent', () => {
    const { search, asked } = counted();
    const sizeOf = (question: string) => joined(askAnswers(engine, rules)(question, 5, TODAY).json.bytes).length;
    const [a, b, c] = ['thủ tục xét hộ nghèo', 'hỗ trợ nhà ở cho hộ nghèo', 'ho ngheo duoc ho tro gi'];
    // Room for a and b, not for a third.
    const ask = askAnswers(search, rules, sizeOf(a) + sizeOf(b) + sizeOf(c) - 1);
    ask(a, 5, TODAY);
    ask(b, 5, TODAY);
    ask(a, 5, TODAY); // a is now the most recently asked
    ask(c, 5, TODAY); // b goes
    expect(asked).toEqual([a, b, c]);
    ask(a, 5, TODAY);
    expect(asked).toEqual([a, b, c]);
    ask(b, 5, TODAY);
    expect(asked).toEqual([a, b, c, b]);
  });

  it('counts the gzipped copy a client asked for against the budget', () => {
    const { search, asked } = counted();
    const sizeOf = (question: string) => joined(askAnswers(engine, rules)(question, 5, TODAY).json.bytes).length;
    const [a, b] = ['thủ tục xét hộ nghèo', 'hỗ trợ nhà ở cho hộ nghèo'];
    // Room for the JSON of a and b, not for a's gzipped copy as well.
    const ask = askAnswers(search, rules, sizeOf(a) + sizeOf(b));
    const first = ask(a, 5, TODAY);
    ask(b, 5, TODAY);
    // What sendJsonBytes does for a client that accepts gzip.
    first.json.gzipped = gzipSync(joined(first.json.bytes));
    ask(a, 5, TODAY); // a's copy is counted now: over budget, b (least recently asked) goes
    expect(asked).toEqual([a, b]);
    ask(b, 5, TODAY);
    expect(asked).toEqual([a, b, b]);
  });

  it('does not keep an answer larger than the whole budget', () => {
    const { search, asked } = counted();
    const ask = askAnswers(search, rules, 100);
    ask('thủ tục xét hộ nghèo', 5, TODAY);
    ask('thủ tục xét hộ nghèo', 5, TODAY);
    expect(asked).toHaveLength(2);
  });
});

describe('an explicit date in a question picks the period of that date (findings5 W01)', () => {
  it.each(['31/12/2026 thi ap dung chuan nao', '31/12/2026 thì áp dụng chuẩn nào'])('“%s”: the 2026 standard of that day, not a passage', (question) => {
    const { answer } = decoded(askAnswers(engine, rules)(question, 5, TODAY).json.bytes);
    expect(answer).toContain('Áp dụng ngày 31/12/2026.');
    expect(answer).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    // Round 35 short26a: the card in brief, the coming standard in one sentence (was "Sắp thay đổi:" and a line each).
    expect(answer).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(answer).not.toContain('46/2015');
  });
});

describe('what the data has nothing on is said plainly through /api/ask too (findings5 A48)', () => {
  it('“ho ngheo co dc mien thue dat ko ad”: not in the data, no passage as the answer', () => {
    const { answer } = decoded(askAnswers(engine, rules)('ho ngheo co dc mien thue dat ko ad', 5, TODAY).json.bytes);
    expect(answer).toContain('không có trong dữ liệu của trợ lý');
    expect(answer).not.toMatch(/Theo văn bản:|Giải thích ngắn:/);
  });
});
