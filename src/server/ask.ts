/**
 * The answer of `POST /api/ask`: the same answer the chat gives (the standard, a support or the procedure
 * from the rules data; otherwise the best passage quoted briefly with its citation, or an honest "không tìm
 * thấy" pointing to UBND cấp xã) as plain text for scripts, with the search results. Buttons belong to the
 * chat and are left out.
 */
import { createHash } from 'node:crypto';
import { answerReply, completeFirst, notFoundReply } from '../chat/answers.ts';
import { topicAnswer } from '../chat/topics.ts';
import type { Reply } from '../chat/types.ts';
import type { RuleSet } from '../rules/index.ts';
import type { SearchEngine, SearchResult } from '../search/types.ts';
import { HTTP_DEFAULTS } from './defaults.ts';
import { byteLength, type EncodedJson } from './http.ts';

const text = (replies: Reply[]) =>
  replies
    .map((reply) => reply.spans.map((span) => span.text).join(''))
    .join('\n\n')
    .trim();

function composeAnswer(question: string, results: readonly SearchResult[], rules: RuleSet, today: string): string {
  const fromRules = topicAnswer(rules, question, today);
  if (fromRules) return text(fromRules);
  const best = completeFirst(results)[0];
  return text([best ? answerReply(best) : notFoundReply(question)]);
}

export interface AskAnswer {
  /** `{"answer", "results"}` encoded. */
  json: EncodedJson;
  /** Whether any passage was found (the "unanswered" count and list of the admin stats). */
  answered: boolean;
}

/** What a kept answer holds in memory: its JSON, and its gzipped copy once a client asked for one (http.ts). */
const keptSize = (answer: AskAnswer) => byteLength(answer.json.bytes) + (answer.json.gzipped?.length ?? 0);

/**
 * Answers `question` with at most `limit` results as of `today` (yyyy-MM-dd in Vietnam), keeping the encoded
 * answers: search, the answer text and JSON took ~300–500 µs a question, and people ask the same questions.
 * An answer depends only on the question as sent (trimmed), the limit, the day (the standard and supports in
 * force) and the search engine and rules it is made with: the kept answers belong to those two (a new corpus or
 * rules means a new app, and a new cache); when the day changes, all are dropped. At most `maxBytes` are kept,
 * counting each answer's JSON and its gzipped copy (made after the answer is kept, so counted when it is next
 * asked or dropped), the least recently asked dropped first. What a person typed is not kept: the key is a
 * hash of the limit and the question, and the answer never repeats the question.
 */
export function askAnswers(search: SearchEngine, rules: RuleSet, maxBytes: number = HTTP_DEFAULTS.askCacheBytes) {
  const kept = new Map<string, { answer: AskAnswer; counted: number }>();
  let keptBytes = 0;
  let keptDay = '';
  return (question: string, limit: number, today: string): AskAnswer => {
    if (today !== keptDay) {
      kept.clear();
      keptBytes = 0;
      keptDay = today;
    }
    const key = createHash('sha256').update(`${limit}\n${question}`).digest('base64');
    const known = kept.get(key);
    if (known) {
      // Most recently asked last: Map keeps insertion order, so the first entries are the ones to drop.
      kept.delete(key);
      kept.set(key, known);
      const size = keptSize(known.answer);
      keptBytes += size - known.counted;
      known.counted = size;
      dropOldest();
      return known.answer;
    }
    const results = search.search(question, { limit });
    const bytes = Buffer.from(JSON.stringify({ answer: composeAnswer(question, results, rules, today), results }));
    const answer: AskAnswer = { json: { bytes }, answered: results.length > 0 };
    if (bytes.length > maxBytes) return answer;
    kept.set(key, { answer, counted: bytes.length });
    keptBytes += bytes.length;
    dropOldest();
    return answer;
  };

  function dropOldest(): void {
    for (const [oldKey, old] of kept) {
      if (keptBytes <= maxBytes) break;
      kept.delete(oldKey);
      keptBytes -= old.counted;
    }
  }
}
