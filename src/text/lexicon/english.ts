/**
 * Common English words: a question mostly made of them, with no Vietnamese letter, is answered with a polite
 * request to ask in Vietnamese (the assistant reads and answers Vietnamese only) instead of "ngoài phạm vi".
 * Words that are also Vietnamese without diacritics ("can" = cần, "the" = thẻ, "do" = đó) count only when at
 * least half of the question's words are English ones (answers.ts), so "ho ngheo can lam gi" stays Vietnamese.
 */
export const ENGLISH_WORDS: readonly string[] = [
  'what', 'how', 'can', 'does', 'do', 'is', 'are', 'the', 'a', 'an', 'for', 'get', 'in', 'of', 'to', 'my', 'our', 'i', 'you',
  'who', 'where', 'when', 'which', 'why', 'please', 'help', 'poor', 'household', 'households', 'family', 'support', 'supports',
  'benefit', 'benefits', 'vietnam', 'income', 'poverty', 'line', 'apply', 'with', 'and', 'or', 'there', 'any',
];
