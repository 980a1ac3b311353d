/**
 * The `answer` text of `POST /api/ask`: the same answer the chat gives (the standard, a support or
 * the procedure from the rules data; otherwise the best passage quoted briefly with its citation, or
 * an honest "không tìm thấy" pointing to UBND cấp xã), as plain text for scripts. Buttons belong to
 * the chat and are left out.
 */
import { answerReply, completeFirst, notFoundReply } from '../chat/answers.ts';
import { topicAnswer } from '../chat/topics.ts';
import type { Reply } from '../chat/types.ts';
import type { RuleSet } from '../rules/index.ts';
import type { SearchResult } from '../search/types.ts';

const text = (replies: Reply[]) =>
  replies
    .map((reply) => reply.spans.map((span) => span.text).join(''))
    .join('\n\n')
    .trim();

export function composeAnswer(question: string, results: readonly SearchResult[], rules: RuleSet, today: string): string {
  const fromRules = topicAnswer(rules, question, today);
  if (fromRules) return text(fromRules);
  const best = completeFirst(results)[0];
  return text([best ? answerReply(best) : notFoundReply(question)]);
}
