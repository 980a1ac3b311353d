/**
 * The `answer` text of `POST /api/ask`: the same answer the chat gives (the best passage quoted
 * briefly with its citation, or an honest "không tìm thấy" pointing to UBND cấp xã), as plain text
 * for scripts. Buttons belong to the chat and are left out.
 */
import { answerReply, notFoundReply } from '../chat/answers.ts';
import type { SearchResult } from '../search/types.ts';

export function composeAnswer(results: readonly SearchResult[]): string {
  const best = results[0];
  const reply = best ? answerReply(best) : notFoundReply();
  return reply.spans
    .map((span) => span.text)
    .join('')
    .trim();
}
