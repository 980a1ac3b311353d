/**
 * Household sentences (test/eval/households.yaml): how many are understood exactly as a careful cadre
 * reads them (area, members, income and whether it is per person, deprivations). A sentence counts
 * only when every field matches; the misses say which field went wrong.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { checkHousehold, type RuleSet } from '../../src/rules/index.ts';
import { profileFromUnderstanding, understandHousehold, type Understood } from '../../src/rules/understand.ts';

/** The date the sentences are read at: the 2022–2025 indicators, kept for 2026. */
export const HOUSEHOLD_EVAL_DATE = '2026-12-01';

const sentenceSchema = z.strictObject({
  text: z.string().min(1),
  /** The day the sentence is read at (yyyy-MM-dd), when it needs another standard's indicators; HOUSEHOLD_EVAL_DATE otherwise. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  expected: z.strictObject({
    area: z.enum(['rural', 'urban']).optional(),
    members: z.number().int().min(1).optional(),
    monthlyIncome: z.number().min(0).optional(),
    monthlyIncomePerPerson: z.number().min(0).optional(),
    deprivations: z.array(z.string()),
    unsure: z.array(z.string()).optional(),
  }),
  /** The class and the deprivations the rules count (member decisions included), computed by hand. */
  result: z.strictObject({ classification: z.enum(['poor', 'near_poor', 'middle', 'none', 'unknown']), deprivations: z.array(z.string()) }).optional(),
});
export type HouseholdSentence = z.infer<typeof sentenceSchema>;

/** The first set, and the round-3 sentences written as a check that the reader generalises. */
export const SENTENCE_FILES = {
  households: new URL('./households.yaml', import.meta.url),
  unseen: new URL('./households-unseen.yaml', import.meta.url),
  round4: new URL('./households-round4.yaml', import.meta.url),
  round5: new URL('./households-round5.yaml', import.meta.url),
  round6: new URL('./households-round6.yaml', import.meta.url),
  round7: new URL('./households-round7.yaml', import.meta.url),
  round8: new URL('./households-round8.yaml', import.meta.url),
  round9: new URL('./households-round9.yaml', import.meta.url),
  round10: new URL('./households-round10.yaml', import.meta.url),
  round11: new URL('./households-round11.yaml', import.meta.url),
  round12: new URL('./households-round12.yaml', import.meta.url),
  round13: new URL('./households-round13.yaml', import.meta.url),
  round14: new URL('./households-round14.yaml', import.meta.url),
  round15: new URL('./households-round15.yaml', import.meta.url),
  round16: new URL('./households-round16.yaml', import.meta.url),
  round17: new URL('./households-round17.yaml', import.meta.url),
  round18: new URL('./households-round18.yaml', import.meta.url),
  round19: new URL('./households-round19.yaml', import.meta.url),
  round20: new URL('./households-round20.yaml', import.meta.url),
  round21: new URL('./households-round21-households.yaml', import.meta.url),
  round22: new URL('./households-round22-homes.yaml', import.meta.url),
  round23: new URL('./households-round23-homes3.yaml', import.meta.url),
  round24: new URL('./households-round24-words4.yaml', import.meta.url),
  round25tryout7: new URL('./households-round25-tryout7.yaml', import.meta.url),
  round29tryout13: new URL('./households-round29-tryout13.yaml', import.meta.url),
  round30household16: new URL('./households-round30-household16.yaml', import.meta.url),
  round31household17: new URL('./households-round31-household17.yaml', import.meta.url),
  round32consent18: new URL('./households-round32-consent18.yaml', import.meta.url),
  round32household19: new URL('./households-round32-household19.yaml', import.meta.url),
  round33household20: new URL('./households-round33-household20.yaml', import.meta.url),
  round33household21: new URL('./households-round33-household21.yaml', import.meta.url),
  round25words6: new URL('./households-round25-words6.yaml', import.meta.url),
  change2027: new URL('./households-2027.yaml', import.meta.url),
} as const;

export function loadHouseholdSentences(file: keyof typeof SENTENCE_FILES = 'households'): HouseholdSentence[] {
  const path = fileURLToPath(SENTENCE_FILES[file]);
  return z.array(sentenceSchema).parse(parse(readFileSync(path, 'utf8')));
}

const sorted = (ids: readonly string[] | undefined) => [...(ids ?? [])].sort().join(',');

/** The fields that differ between what was expected and what was understood. */
export function differences(expected: HouseholdSentence['expected'], got: Understood): string[] {
  const wrong: string[] = [];
  if ((expected.area ?? null) !== got.area) wrong.push(`area ${expected.area ?? null} ≠ ${got.area}`);
  if ((expected.members ?? null) !== got.members) wrong.push(`members ${expected.members ?? null} ≠ ${got.members}`);
  if ((expected.monthlyIncome ?? null) !== (got.monthlyIncome ?? null)) wrong.push(`monthlyIncome ${expected.monthlyIncome ?? null} ≠ ${got.monthlyIncome ?? null}`);
  if (expected.monthlyIncomePerPerson !== got.monthlyIncomePerPerson) {
    wrong.push(`monthlyIncomePerPerson ${expected.monthlyIncomePerPerson} ≠ ${got.monthlyIncomePerPerson}`);
  }
  if (sorted(expected.deprivations) !== sorted(got.deprivations)) wrong.push(`deprivations [${sorted(expected.deprivations)}] ≠ [${sorted(got.deprivations)}]`);
  if (sorted(expected.unsure) !== sorted(got.unsure)) wrong.push(`unsure [${sorted(expected.unsure)}] ≠ [${sorted(got.unsure)}]`);
  return wrong;
}

export interface SentenceScores {
  sentences: number;
  accuracy: number;
  misses: { text: string; wrong: string[] }[];
}

/** The class and counted deprivations of the checked sentence, against the hand-computed `result`. */
function resultDifferences(sentence: HouseholdSentence, rules: RuleSet): string[] {
  if (!sentence.result) return [];
  const date = sentence.date ?? HOUSEHOLD_EVAL_DATE;
  const profile = profileFromUnderstanding(understandHousehold(sentence.text, rules, date), date);
  const outcome = profile ? checkHousehold(rules, profile) : undefined;
  if (!outcome?.ok) return ['result: không kiểm tra được'];
  const wrong: string[] = [];
  if (outcome.value.classification !== sentence.result.classification) wrong.push(`classification ${sentence.result.classification} ≠ ${outcome.value.classification}`);
  if (sorted(sentence.result.deprivations) !== sorted(outcome.value.deprivations)) {
    wrong.push(`result deprivations [${sorted(sentence.result.deprivations)}] ≠ [${sorted(outcome.value.deprivations)}]`);
  }
  return wrong;
}

export function scoreSentences(sentences: readonly HouseholdSentence[], rules: RuleSet): SentenceScores {
  const misses = sentences
    .map((sentence) => ({
      text: sentence.text,
      wrong: [
        ...differences(sentence.expected, understandHousehold(sentence.text, rules, sentence.date ?? HOUSEHOLD_EVAL_DATE).understood),
        ...resultDifferences(sentence, rules),
      ],
    }))
    .filter((result) => result.wrong.length > 0);
  return { sentences: sentences.length, accuracy: sentences.length ? (sentences.length - misses.length) / sentences.length : 0, misses };
}
