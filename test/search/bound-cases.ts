/**
 * The questions and option sets that a search with a bar and upper bounds must answer exactly as scoring every candidate in
 * full does (test/search/bounds.test.ts), and that a change to the search must leave identical (test/bench/search-identical.ts).
 */
import type { SearchOptions } from '../../src/search/types.ts';
import { loadQuestions, withoutDiacritics } from '../eval/evaluate.ts';

/** First and unseen questions (also without diacritics), residents' and the documents' questions. */
export function boundQuestions(): string[] {
  const first = loadQuestions('questions');
  const unseen = loadQuestions('unseen');
  // documents.yaml: a province named (its preference) and a year asked (the other-year sections count less) change the factors.
  return [...first, ...withoutDiacritics(first), ...loadQuestions('residents'), ...unseen, ...withoutDiacritics(unseen), ...loadQuestions('documents')].map((q) => q.question);
}

/** The option sets, `copies` being how many copies of each passage the corpus holds (a limit of 3 × copies reaches past one passage's copies). */
export function boundVariants(copies: number): SearchOptions[] {
  return [
    { limit: 1 },
    { limit: 5 },
    { limit: 3 * copies },
    { limit: 5, province: 'Hưng Yên' },
    // A preferred province raises the bounds by its factor: the bench's 10 results, and a province no passage is of (preferred, only).
    { limit: 10, province: 'Bình Định' },
    { limit: 5, province: 'Cà Mau' },
    { limit: 5, onlyProvince: 'Vĩnh Long' },
    { limit: 5, onlyProvince: 'Cà Mau' },
    { limit: 5, includeFaq: false },
  ];
}
