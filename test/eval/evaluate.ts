/**
 * The question set and its scoring, shared by `npm run eval`, the quality test and the benchmark
 * (which scores other libraries on the same questions).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { fold } from '../../src/search/normalize.ts';

/** The first set (residents and cadres, each asked with and without diacritics) and residents' own typing. */
export const QUESTION_FILES = {
  questions: new URL('./questions.yaml', import.meta.url),
  residents: new URL('./residents.yaml', import.meta.url),
  unseen: new URL('./unseen.yaml', import.meta.url),
  documents: new URL('./documents.yaml', import.meta.url),
} as const;

const questionSchema = z.object({
  question: z.string().min(3),
  /** Who asks like this: a resident in everyday words, a cadre in the documents' words, or outreach staff preparing a post. */
  asker: z.enum(['resident', 'cadre', 'outreach']),
  /** Passage ids (`docId#section`) that answer the question, or a document id when it asks which document; any of them counts. */
  answers: z.array(z.string().min(1)).min(1),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export function loadQuestions(file: keyof typeof QUESTION_FILES = 'questions'): EvalQuestion[] {
  const parsed = z.array(questionSchema).safeParse(parse(readFileSync(QUESTION_FILES[file], 'utf8')));
  if (!parsed.success) {
    throw new Error(`test/eval/${file}.yaml: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The same questions typed without diacritics, as residents often do. */
export function withoutDiacritics(questions: EvalQuestion[]): EvalQuestion[] {
  return questions.map((question) => ({ ...question, question: fold(question.question) }));
}

export interface Scores {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  /** Mean reciprocal rank of the first answering passage within the first 10 results. */
  mrr: number;
  /** Questions with no answer in the first 3, with what came first instead. */
  misses: { question: string; expected: string[]; got: string[] }[];
}

/** @param rank passage ids for a question, best first */
export function score(questions: EvalQuestion[], rank: (question: string) => string[]): Scores {
  let hitAt1 = 0;
  let hitAt3 = 0;
  let reciprocal = 0;
  const misses: Scores['misses'] = [];
  for (const { question, answers } of questions) {
    const ranked = rank(question).slice(0, 10);
    const position = ranked.findIndex((id) => answers.includes(id) || answers.includes(id.split('#')[0]!));
    if (position === 0) hitAt1 += 1;
    if (position >= 0 && position < 3) hitAt3 += 1;
    else misses.push({ question, expected: answers, got: ranked.slice(0, 3) });
    if (position >= 0) reciprocal += 1 / (position + 1);
  }
  const n = questions.length;
  return { questions: n, hitAt1: hitAt1 / n, hitAt3: hitAt3 / n, mrr: reciprocal / n, misses };
}
