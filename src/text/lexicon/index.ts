/**
 * The one lexicon: every vocabulary of how people write, as reviewable data, one file per section,
 * validated when this module loads (a bad entry stops start-up with the section and entry named).
 * Used by search, the chat's free-text understanding, the quick check, the interview and money
 * parsing alike, so they never disagree about a word.
 *
 * Sections: spoken forms and chat abbreviations (spoken.ts), administrative abbreviations
 * (abbreviations.ts), everyday words for the documents' terms (everyday.ts), yes/no replies
 * (yes-no.ts), province names (provinces.ts), the words that put a question in scope (scope.ts),
 * words that ask rather than name (question-words.ts), questions about a right vs. reports of results
 * (entitlement.ts), which source answers a free question (topics.ts), money words (money.ts), place
 * words (places.ts) and household words (household.ts); the last three are read by src/rules, which
 * imports them directly, and are checked here (validateMoney, validatePlaces, validateHousehold); the filler
 * words a phrase may have between its words (gaps.ts), read by the one phrase matcher (phraseEnd); the header
 * words of a household list (columns.ts), read by src/batch (validateColumns); requests said in plain words instead of a
 * command ("xoa du lieu", "thoi khoi": requests.ts).
 */
import { TIME_AFTER_PERIOD_LEADS, WHEN_WORDS } from './when.ts';
import { z } from 'zod';
import { accentKey, fold, wordKeys, type WordKeys } from '../fold.ts';
import { realDate } from '../dates.ts';
import { ABBREVIATIONS as abbreviations } from './abbreviations.ts';
import { ENTITLEMENT as entitlement } from './entitlement.ts';
import { EVERYDAY_WORDS as everydayWords } from './everyday.ts';
import { PROVINCES as provinces } from './provinces.ts';
import { QUESTION_WORDS as questionWords } from './question-words.ts';
import { SCOPE_WORDS as scopeWords } from './scope.ts';
import { ENGLISH_WORDS as englishWords } from './english.ts';
import { SPOKEN as spoken } from './spoken.ts';
import { TOPICS as topics } from './topics.ts';
import type { ProvinceWords, SpokenEntry, YesNoWords } from './types.ts';
import { YES_NO as yesNo } from './yes-no.ts';
import * as money from './money.ts';
import * as places from './places.ts';
import * as household from './household.ts';
import { GAPS as gaps } from './gaps.ts';
import { REQUESTS as requests } from './requests.ts';
import * as columns from './columns.ts';

export type { ProvinceWords, SpokenEntry, YesNoWords } from './types.ts';

/** An entry of the lexicon that cannot be right; names the section and the entry. */
export class LexiconError extends Error {
  constructor(section: string, entry: string, problem: string) {
    super(`src/text/lexicon/${section}: "${entry}": ${problem}`);
    this.name = 'LexiconError';
  }
}

/** Lower case, NFC, single spaces, no edge spaces: how every form and key is written. */
const isTidy = (text: string) => text === text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim() && text !== '';
const tidy = z.string().refine(isTidy, 'viết thường, NFC, một dấu cách giữa các từ');
/** A key written without diacritics (how it is looked up). */
const plainKey = tidy.refine((text) => fold(text) === text, 'viết không dấu');

const spokenSchema = z.array(
  z.object({
    canonical: z.string().refine((text) => isTidy(text.toLowerCase()), 'chữ viết chuẩn không được rỗng'),
    forms: z.array(tidy).min(1),
    atEnd: z.array(tidy).optional(),
    except: z.array(plainKey).optional(),
    particle: z.boolean().optional(),
  }).strict(),
);
const wordMapSchema = z.record(plainKey, z.string().min(1));
const yesNoSchema = z
  .object({
    yes: z.array(plainKey),
    no: z.array(plainKey),
    unsure: z.array(plainKey),
    leading: z.object({ notLeading: z.array(plainKey), noOneAfter: z.array(plainKey).min(1), asksAtEnd: z.array(plainKey).min(1) }).strict(),
  })
  .strict();
const provincesSchema = z.object({ prefixes: z.array(tidy).min(1), otherNames: z.record(z.string().min(1), z.array(tidy)) }).strict();

function parsed<T>(section: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LexiconError(section, issue.path.join('.'), issue.message);
  }
  return result.data;
}

function noneTwice(section: string, entries: Iterable<[form: string, owner: string]>): void {
  const seen = new Map<string, string>();
  for (const [form, owner] of entries) {
    const other = seen.get(form);
    if (other !== undefined && other !== owner) throw new LexiconError(section, form, `thuộc cả "${other}" lẫn "${owner}"`);
    if (other === owner) throw new LexiconError(section, form, `ghi hai lần cho "${owner}"`);
    seen.set(form, owner);
  }
}

export const SPOKEN: readonly SpokenEntry[] = parsed('spoken.ts', spokenSchema, spoken);
export const ABBREVIATIONS: Readonly<Record<string, string>> = parsed('abbreviations.ts', wordMapSchema, abbreviations);
export const EVERYDAY_WORDS: Readonly<Record<string, string>> = parsed('everyday.ts', wordMapSchema, everydayWords);
export const YES_NO: YesNoWords = parsed('yes-no.ts', yesNoSchema, yesNo);
export const PROVINCES: ProvinceWords = parsed('provinces.ts', provincesSchema, provinces);
export const SCOPE_WORDS: readonly string[] = parsed('scope.ts', z.array(plainKey).min(1), scopeWords);
export const ENGLISH_WORDS: readonly string[] = parsed('english.ts', z.array(plainKey).min(1), englishWords);
export const QUESTION_WORDS: { words: readonly string[]; phrases: readonly string[] } = parsed(
  'question-words.ts',
  z.object({ words: z.array(plainKey).min(1), phrases: z.array(plainKey) }).strict(),
  questionWords,
);
export const ENTITLEMENT: { asks: readonly string[]; reportHeadings: readonly string[] } = parsed(
  'entitlement.ts',
  z.object({ asks: z.array(plainKey).min(1), reportHeadings: z.array(plainKey).min(1) }).strict(),
  entitlement,
);

export const REQUESTS: typeof requests = parsed(
  'requests.ts',
  z
    .object({
      deleteData: z
        .object({
          verbs: z.array(plainKey).min(1),
          objects: z.array(plainKey).min(1),
          reach: z.number().int().min(1).max(5),
          maxWords: z.number().int().min(2),
          notAbout: z.array(plainKey),
          howTo: z.array(plainKey),
        })
        .strict(),
      stopCheck: z.object({ phrases: z.array(plainKey).min(1), whole: z.array(plainKey).min(1), maxWords: z.number().int().min(2) }).strict(),
    })
    .strict(),
  requests,
);
noneTwice('requests.ts (stopCheck)', [...REQUESTS.stopCheck.phrases, ...REQUESTS.stopCheck.whole].map((word) => [word, 'stopCheck'] as [string, string]));

export const GAPS: { words: readonly string[]; reach: number; notAfterGap: readonly string[] } = parsed(
  'gaps.ts',
  z.object({ words: z.array(plainKey).min(1), reach: z.number().int().min(1).max(3), notAfterGap: z.array(plainKey) }).strict(),
  gaps,
);
noneTwice('gaps.ts', [...GAPS.words, ...GAPS.notAfterGap].map((word) => [word, 'gaps'] as [string, string]));

noneTwice('spoken.ts', SPOKEN.flatMap((entry) => entry.forms.map((form) => [form, entry.canonical] as [string, string])));
noneTwice('spoken.ts (atEnd)', SPOKEN.flatMap((entry) => (entry.atEnd ?? []).map((form) => [form, entry.canonical] as [string, string])));
noneTwice('question-words.ts', [...QUESTION_WORDS.words, ...QUESTION_WORDS.phrases].map((word) => [word, 'question'] as [string, string]));
const ASKED_CLASS = z.enum(['near_poor', 'newly_escaped', 'middle', 'poor']);
export const TOPICS: typeof topics = parsed(
  'topics.ts',
  z.object({
    standard: z.array(plainKey).min(1),
    threshold: z.object({ amount: z.array(plainKey).min(1), subject: z.array(plainKey).min(1), classAsked: z.array(plainKey).min(1) }).strict(),
    criteria: z.array(plainKey).min(1),
    selfCheck: z.array(plainKey).min(1),
    procedure: z.array(plainKey).min(1),
    procedureAsks: z.record(z.string().regex(/^[a-z_]+$/), z.array(plainKey).min(1)),
    supports: z.record(z.string().regex(/^[a-z_]+$/), z.array(plainKey).min(1)),
    supportsByWho: z.record(
      z.string().regex(/^[a-z_]+$/),
      z
        .object({
          who: z.array(plainKey).min(1),
          what: z.array(plainKey).min(1),
          classes: z.array(ASKED_CLASS).min(1).optional(),
          over: z.array(z.string().regex(/^[a-z_]+$/)).min(1).optional(),
        })
        .strict(),
    ),
    monthlyAllowance: z.array(plainKey).min(1),
    pensionHeld: z
      .object({
        says: z.array(plainKey).min(1),
        denies: z.array(plainKey).min(1),
        excludes: z.array(z.string().regex(/^[a-z_]+$/)),
        unclear: z.array(z.string().regex(/^[a-z_]+$/)),
      })
      .strict(),
    claims: z
      .object({
        says: z.array(plainKey).min(1),
        householdFacts: z.array(plainKey).min(1),
        income: z.array(plainKey).min(1),
        bounds: z.array(plainKey).min(1),
        below: z.array(plainKey).min(1),
        lineNames: z.array(plainKey).min(1),
        coming: z.array(plainKey).min(1),
      })
      .strict(),
    classes: z.array(z.tuple([plainKey, ASKED_CLASS])).min(1),
    notClasses: z.array(plainKey),
    comparison: z.array(plainKey).min(1),
    deprivationAsks: z.array(plainKey).min(1),
    withoutSupport: z.record(z.string().regex(/^[a-z_]+$/), z.object({ words: z.array(plainKey).min(1), label: z.string().min(1) }).strict()),
    notInData: z.record(z.string().regex(/^[a-z_]+$/), z.object({ words: z.array(plainKey).min(1), label: z.string().min(1), complaint: z.boolean().optional(), over: z.array(z.string()).optional() }).strict()),
    groupsWithoutRule: z.record(
      z.string().regex(/^[a-z_]+$/),
      z.object({ words: z.array(plainKey).min(1), label: z.string().min(1), supports: z.array(z.string().regex(/^[a-z_]+$/)).min(1).optional() }).strict(),
    ),
    losing: z.object({ words: z.array(plainKey).min(1), assets: z.record(plainKey, z.string().min(1)) }).strict(),
    generic: z.array(plainKey).min(1),
    indicatorNames: z.record(z.string().regex(/^[a-z_]+$/), z.array(plainKey).min(1)),
    indicatorList: z.object({ subject: z.array(plainKey).min(1), asks: z.array(plainKey).min(1) }).strict(),
    incomeCounting: z.object({ subject: z.array(plainKey).min(1), asks: z.array(plainKey).min(1), province: z.array(plainKey).min(1) }).strict(),
    supportsList: z
      .object({ gets: z.array(plainKey).min(1), benefits: z.array(plainKey).min(1), which: z.array(plainKey).min(1), closing: z.array(plainKey), narrower: z.array(plainKey) })
      .strict(),
    household: z
      .object({
        heads: z.array(plainKey).min(1),
        persons: z.array(plainKey).min(1),
        relatives: z.array(plainKey).min(1),
        speakers: z.array(plainKey).min(1),
        asksEligibility: z.array(plainKey).min(1),
      })
      .strict(),
    situations: z.array(plainKey),
    shortText: z.object({ asks: z.array(plainKey).min(1), opens: z.array(plainKey).min(1), result: z.array(plainKey).min(1) }).strict(),
    reference: z.record(
      z.string().regex(/^[a-z_]+$/),
      z.object({ subject: z.array(plainKey).min(1), asks: z.array(plainKey).min(1).optional(), alone: z.boolean().optional() }).strict(),
    ),
    referenceContext: z.array(plainKey).min(1),
    changes: z.object({ asks: z.array(plainKey).min(1), timed: z.array(plainKey).min(1), newStandard: z.array(plainKey).min(1), indicators: z.array(plainKey).min(1) }).strict(),
    smallTalk: z
      .object({
        greetings: z.array(plainKey).min(1),
        thanks: z.array(plainKey).min(1),
        acknowledgements: z.array(plainKey).min(1),
        identity: z.array(plainKey).min(1),
        around: z.array(plainKey),
      })
      .strict(),
    followUp: z
      .object({
        opens: z.array(plainKey).min(1),
        asks: z.array(plainKey).min(1),
        bareAsks: z.array(plainKey).min(1),
        changed: z.array(plainKey).min(1),
        aspects: z.record(z.enum(['amount', 'rate', 'duration']), z.array(plainKey).min(1)),
        aspectFillers: z.array(plainKey).min(1),
        vague: z.record(z.enum(['more', 'unclear']), z.array(plainKey).min(1)),
      })
      .strict(),
    documents: z
      .object({
        types: z.record(plainKey, z.object({ name: z.string().min(1), forms: z.array(plainKey) }).strict()),
        overview: z.array(plainKey).min(1),
      })
      .strict(),
    documentQuestions: z.array(plainKey),
  }).strict(),
  topics,
);
/** "nhà tôi", "gia đình em", "hộ nhà mình": every head word of TOPICS.household before every person word. */
export const OWN_HOUSEHOLD: readonly string[] = TOPICS.household.heads.flatMap((head) => TOPICS.household.persons.map((person) => `${head} ${person}`));
/** "ba tôi", "con em", "ông bà mình": every relative of TOPICS.household before every speaker word. */
export const OWN_MEMBER: readonly string[] = TOPICS.household.relatives.flatMap((relative) => TOPICS.household.speakers.map((speaker) => `${relative} ${speaker}`));
noneTwice('topics.ts (supports)', Object.entries(TOPICS.supports).flatMap(([id, words]) => words.map((word) => [word, id] as [string, string])));
noneTwice('topics.ts (shortText)', [...TOPICS.shortText.asks, ...TOPICS.shortText.opens].map((word) => [word, 'shortText'] as [string, string]));
noneTwice('scope.ts', SCOPE_WORDS.map((word) => [word, 'scope'] as [string, string]));
noneTwice('english.ts', ENGLISH_WORDS.map((word) => [word, 'english'] as [string, string]));
noneTwice('yes-no.ts', (['yes', 'no', 'unsure'] as const).flatMap((answer) => YES_NO[answer].map((form) => [form, answer] as [string, string])));
for (const word of YES_NO.leading.notLeading) {
  if (![...YES_NO.yes, ...YES_NO.no, ...YES_NO.unsure].includes(word)) throw new LexiconError('yes-no.ts', word, 'leading.notLeading: không phải một câu trả lời có/không');
}
for (const entry of SPOKEN) {
  for (const form of [...entry.forms, ...(entry.atEnd ?? [])]) {
    // An abbreviation of the documents ("kh" = kế hoạch) must not be read as chat.
    if (Object.hasOwn(ABBREVIATIONS, form)) throw new LexiconError('spoken.ts', form, 'cũng là viết tắt trong abbreviations.ts');
    if (form === entry.canonical) throw new LexiconError('spoken.ts', form, 'trùng với chữ viết chuẩn');
  }
  for (const phrase of entry.except ?? []) {
    if (!entry.forms.some((form) => phrase.startsWith(`${fold(form)} `))) {
      throw new LexiconError('spoken.ts', phrase, `ngoại lệ phải bắt đầu bằng một dạng của "${entry.canonical}"`);
    }
  }
}

// ---------- money, places, household (word lists read by src/rules) ----------

/**
 * One word of a phrase as the household and money readers split text: letters, or digits, or one of
 * "/", "+", "%" (digits stand apart from letters: "4G" is read as "4 g", "5tr" as "5 tr").
 */
const READER_WORD = /^(?:[a-z]+|\d+|[/+%])$/;

/** A list of folded phrases: each tidy, without diacritics, in the reader's words, none twice. */
function checkPhrases(section: string, list: string, phrases: Iterable<string>): void {
  const seen = new Set<string>();
  for (const phrase of phrases) {
    if (!isTidy(phrase) || fold(phrase) !== phrase) throw new LexiconError(section, phrase, `${list}: viết thường, không dấu, một dấu cách giữa các từ`);
    const odd = phrase.split(' ').find((word) => !READER_WORD.test(word));
    if (odd !== undefined) throw new LexiconError(section, phrase, `${list}: "${odd}" không phải một từ bộ đọc tách được (chữ số viết tách khỏi chữ cái, bỏ dấu gạch)`);
    if (seen.has(phrase)) throw new LexiconError(section, phrase, `${list}: ghi hai lần`);
    seen.add(phrase);
  }
}

/** Two lists that must not share a phrase (one word cannot mean both). */
function checkApart(section: string, [nameA, a]: [string, Iterable<string>], [nameB, b]: [string, Iterable<string>]): void {
  const inB = new Set(b);
  for (const phrase of a) if (inB.has(phrase)) throw new LexiconError(section, phrase, `thuộc cả ${nameA} lẫn ${nameB}`);
}

function checkNumbers(section: string, list: string, entries: Record<string, number>, ok: (value: number) => boolean, rule: string): void {
  checkPhrases(section, list, Object.keys(entries));
  for (const [phrase, value] of Object.entries(entries)) if (!ok(value)) throw new LexiconError(section, phrase, `${list}: ${value} — ${rule}`);
}

/** money.ts: units, digits, periods and income words; a word may not be both per person and a household total, both income and not. */
export function validateMoney(data: typeof money, section = 'money.ts'): void {
  checkNumbers(section, 'MONEY_UNITS', data.MONEY_UNITS, (value) => value > 0, 'phải là số dương');
  for (const value of new Set(Object.values(data.MONEY_UNITS))) {
    if (!Object.hasOwn(data.MONEY_UNIT_NAMES, value)) throw new LexiconError(section, String(value), 'MONEY_UNIT_NAMES thiếu tên của đơn vị này');
  }
  checkNumbers(section, 'DIGIT_WORDS', data.DIGIT_WORDS, (value) => Number.isInteger(value) && value >= 0 && value <= 9, 'phải là một chữ số 0–9');
  checkPhrases(section, 'PERIOD_WORDS', Object.keys(data.PERIOD_WORDS));
  for (const word of Object.keys(data.ABOUT_OR_DIGIT)) if (data.DIGIT_WORDS[word] === undefined) throw new LexiconError(section, word, 'ABOUT_OR_DIGIT: không phải một từ chỉ chữ số');
  const lists: [string, Iterable<string>][] = [
    ['CURRENCY_WORDS', data.CURRENCY_WORDS], ['HALF_WORDS', data.HALF_WORDS], ['HALF_BEFORE_WORDS', data.HALF_BEFORE_WORDS], ['TEN_WORDS', data.TEN_WORDS], ['ODD_WORDS', data.ODD_WORDS],
    ['PERIOD_LEADS', data.PERIOD_LEADS], ['PERIOD_REACH_WORDS', data.PERIOD_REACH_WORDS], ['PERIOD_TRAILS', data.PERIOD_TRAILS], ['PER_PERSON_PHRASES', data.PER_PERSON_PHRASES],
    ['HOUSEHOLD_TOTAL_WORDS', data.HOUSEHOLD_TOTAL_WORDS], ['NO_INCOME_PHRASES', data.NO_INCOME_PHRASES], ['INCOME_CUES', data.INCOME_CUES],
    ['NOT_INCOME_PHRASES', data.NOT_INCOME_PHRASES], ['PAID_WORK_PHRASES', data.PAID_WORK_PHRASES], ['EARNER_WORDS', data.EARNER_WORDS], ['INCOME_NOUNS', data.INCOME_NOUNS],
    ['RESTATEMENT_PHRASES', data.RESTATEMENT_PHRASES], ['CORRECTION_PHRASES', data.CORRECTION_PHRASES], ['ONE_EARNER_PHRASES', data.ONE_EARNER_PHRASES],
    ['TEN_WORD', [data.TEN_WORD]], ['HUNDRED_WORD', [data.HUNDRED_WORD]],
  ];
  for (const [name, phrases] of lists) checkPhrases(section, name, phrases);
  checkApart(section, ['PER_PERSON_PHRASES', data.PER_PERSON_PHRASES], ['HOUSEHOLD_TOTAL_WORDS', data.HOUSEHOLD_TOTAL_WORDS]);
  checkApart(section, ['INCOME_CUES', data.INCOME_CUES], ['NOT_INCOME_PHRASES', data.NOT_INCOME_PHRASES]);
  checkApart(section, ['MONEY_UNITS', Object.keys(data.MONEY_UNITS)], ['CURRENCY_WORDS', data.CURRENCY_WORDS]);
  checkApart(section, ['MONEY_UNITS', Object.keys(data.MONEY_UNITS)], ['PERIOD_WORDS', Object.keys(data.PERIOD_WORDS)]);
}

/** places.ts: a place word names one area, rural or urban, never both. */
export function validatePlaces(data: typeof places, section = 'places.ts'): void {
  for (const table of ['AREA_PHRASES', 'AREA_HEAD_WORDS', 'AREA_NUMBERED_WORDS'] as const) {
    checkPhrases(section, `${table}.rural`, data[table].rural);
    checkPhrases(section, `${table}.urban`, data[table].urban);
    checkApart(section, [`${table}.rural`, data[table].rural], [`${table}.urban`, data[table].urban]);
  }
  // A wider unit is one of the area words above (it only ranks below the finer ones); a short form writes out a unit word.
  const named = new Set((['AREA_PHRASES', 'AREA_HEAD_WORDS', 'AREA_NUMBERED_WORDS'] as const).flatMap((table) => [...data[table].rural, ...data[table].urban]));
  checkPhrases(section, 'WIDER_AREA_WORDS', data.WIDER_AREA_WORDS);
  checkPhrases(section, 'AREA_LEADS', data.AREA_LEADS);
  for (const phrase of data.WIDER_AREA_WORDS) if (!named.has(phrase)) throw new LexiconError(section, phrase, 'WIDER_AREA_WORDS: không phải từ chỉ nơi ở nào ở trên');
  const { words, beforeNumber } = data.AREA_ABBREVIATIONS;
  checkPhrases(section, 'AREA_ABBREVIATIONS', Object.keys(words));
  for (const [short, unit] of Object.entries(words)) {
    if (!named.has(fold(unit)) && !named.has(fold(unit).split(' ')[0]!)) throw new LexiconError(section, short, `AREA_ABBREVIATIONS: “${unit}” không phải từ chỉ nơi ở nào ở trên`);
  }
  for (const short of beforeNumber) if (!Object.hasOwn(words, short)) throw new LexiconError(section, short, 'AREA_ABBREVIATIONS.beforeNumber: không có trong words');
}

/**
 * household.ts: member, family and negation words; family sizes 1–10, a family word in two tables with one
 * size; each deprivation phrase under one indicator and one kind (lacks or signs), unless an indicator
 * `overrides` the other (then it takes the shared words where both are in force).
 */
export function validateHousehold(data: typeof household, section = 'household.ts'): void {
  const lists: [string, Iterable<string>][] = [
    ['MEMBER_NOUNS', data.MEMBER_NOUNS], ['ALONE_PHRASES', data.ALONE_PHRASES], ['CHILD_NOUNS', data.CHILD_NOUNS], ['NOT_PEOPLE', data.NOT_PEOPLE],
    ['JOIN_WORDS', data.JOIN_WORDS], ['NEGATIONS', data.NEGATIONS], ['UNSURE_PHRASES', data.UNSURE_PHRASES],
    ['SMALL_CHILD_PHRASES', data.SMALL_CHILD_PHRASES], ['NOT_A_CHILD_AFTER', data.NOT_A_CHILD_AFTER], ['NOT_A_CHILD_BEFORE', data.NOT_A_CHILD_BEFORE],
    ['REFERENCE_WORDS', data.REFERENCE_WORDS], ['AGE_RANGE_WORDS', data.AGE_RANGE_WORDS], ['SPEAKER_WORDS', data.SPEAKER_WORDS],
    ['LIVE_WITH_PHRASES', data.LIVE_WITH_PHRASES], ['HOUSE_LIST_PHRASES', data.HOUSE_LIST_PHRASES], ['ONE_PERSON_WORDS', data.ONE_PERSON_WORDS],
    ['PERSON_QUALIFIERS', data.PERSON_QUALIFIERS], ['NOT_AGE_AFTER', data.NOT_AGE_AFTER], ['UNCOUNTED_PEOPLE', data.UNCOUNTED_PEOPLE], ['ALL_OF_WORDS', data.ALL_OF_WORDS],
  ];
  for (const [name, phrases] of lists) checkPhrases(section, name, phrases);
  // A word is one person or an untold number of people, never both.
  checkApart(section, ['ONE_PERSON_WORDS', data.ONE_PERSON_WORDS], ['UNCOUNTED_PEOPLE', data.UNCOUNTED_PEOPLE]);
  const size = (value: number) => Number.isInteger(value) && value >= 1 && value <= 10;
  checkNumbers(section, 'GROUP_WORDS', data.GROUP_WORDS, size, 'số người phải từ 1 đến 10');
  checkNumbers(section, 'RELATIVE_PHRASES', data.RELATIVE_PHRASES, size, 'số người phải từ 1 đến 10');
  for (const [phrase, value] of Object.entries(data.GROUP_WORDS)) {
    const other = data.RELATIVE_PHRASES[phrase];
    if (other !== undefined && other !== value) throw new LexiconError(section, phrase, `GROUP_WORDS nói ${value} người, RELATIVE_PHRASES nói ${other}`);
  }
  const owner = new Map<string, string>();
  for (const [indicator, words] of Object.entries(data.DEPRIVATION_WORDS)) {
    if (!/^[a-z_]+$/.test(indicator)) throw new LexiconError(section, indicator, 'DEPRIVATION_WORDS: mã chỉ số viết thường, chữ và dấu gạch dưới');
    for (const other of words.overrides ?? []) {
      if (!Object.hasOwn(data.DEPRIVATION_WORDS, other) || other === indicator) throw new LexiconError(section, other, `${indicator}.overrides: không phải một chỉ số khác trong DEPRIVATION_WORDS`);
    }
    checkPhrases(section, `${indicator}.lacks + signs`, [...(words.lacks ?? []), ...(words.signs ?? [])]);
    for (const phrase of [...(words.lacks ?? []), ...(words.signs ?? [])]) {
      const previous = owner.get(phrase);
      owner.set(phrase, indicator);
      if (previous === undefined) continue;
      const overrides = (a: string, b: string) => data.DEPRIVATION_WORDS[a]!.overrides?.includes(b) === true;
      if (!overrides(indicator, previous) && !overrides(previous, indicator)) {
        throw new LexiconError(section, phrase, `thuộc cả "${previous}" lẫn "${indicator}" (ghi overrides nếu chỉ số mới thay chỉ số cũ)`);
      }
    }
  }
}

/**
 * columns.ts: every phrase tidy and folded ("…" only between words), none twice across columns, each
 * column a list column; a vague phrase names no column itself and points to list columns.
 */
export function validateColumns(data: typeof columns, section = 'columns.ts'): void {
  const known = new Set<string>(data.LIST_COLUMN_IDS);
  const pieces = (phrase: string) => phrase.split(' … ');
  const owner = new Map<string, string>();
  for (const { column, phrases } of data.LIST_COLUMNS) {
    if (!known.has(column)) throw new LexiconError(section, column, 'LIST_COLUMNS: không phải cột của danh sách (LIST_COLUMN_IDS)');
    for (const phrase of phrases) {
      checkPhrases(section, `${column}.phrases`, pieces(phrase));
      const previous = owner.get(phrase);
      if (previous !== undefined) throw new LexiconError(section, phrase, `thuộc cả cột ${previous} lẫn ${column}`);
      owner.set(phrase, column);
    }
  }
  checkPhrases(section, 'NOT_A_COLUMN', data.NOT_A_COLUMN);
  checkPhrases(section, 'NO_DEPRIVATION_WORDS', data.NO_DEPRIVATION_WORDS);
  checkPhrases(section, 'INDICATOR_COLUMN_PREFIXES', data.INDICATOR_COLUMN_PREFIXES);
  checkPhrases(section, 'LACK_COLUMN_PREFIXES', data.LACK_COLUMN_PREFIXES);
  for (const prefix of data.LACK_COLUMN_PREFIXES) {
    if (!data.INDICATOR_COLUMN_PREFIXES.includes(prefix)) throw new LexiconError(section, prefix, 'LACK_COLUMN_PREFIXES: không có trong INDICATOR_COLUMN_PREFIXES');
  }
  checkPhrases(section, 'DEPRIVED_MARKS', data.DEPRIVED_MARKS);
  checkPhrases(section, 'YES_MARKS', data.YES_MARKS);
  for (const mark of data.NOT_DEPRIVED_MARKS) {
    if (!data.NO_DEPRIVATION_WORDS.includes(mark)) throw new LexiconError(section, mark, 'NOT_DEPRIVED_MARKS: không có trong NO_DEPRIVATION_WORDS');
  }
  checkApart(section, ['DEPRIVED_MARKS/YES_MARKS', [...data.DEPRIVED_MARKS, ...data.YES_MARKS]], ['NO_DEPRIVATION_WORDS', data.NO_DEPRIVATION_WORDS]);
  checkApart(section, ['DEPRIVED_MARKS', data.DEPRIVED_MARKS], ['YES_MARKS', data.YES_MARKS]);
  for (const [name, list] of Object.entries({ INCOME_AVERAGE_WORDS: data.INCOME_AVERAGE_WORDS, INCOME_PERSON_WORDS: data.INCOME_PERSON_WORDS, INCOME_HOUSEHOLD_WORDS: data.INCOME_HOUSEHOLD_WORDS, NAME_HEADERS: data.NAME_HEADERS, ADDRESS_HEADERS: data.ADDRESS_HEADERS })) {
    checkPhrases(section, name, list);
  }
  checkApart(section, ['NAME_HEADERS', data.NAME_HEADERS], ['ADDRESS_HEADERS', data.ADDRESS_HEADERS]);
  for (const { phrase, columns: meant } of data.VAGUE_COLUMNS) {
    checkPhrases(section, 'VAGUE_COLUMNS', [phrase]);
    if (owner.has(phrase)) throw new LexiconError(section, phrase, `VAGUE_COLUMNS: đã là cột ${owner.get(phrase)}`);
    if (meant.length < 2 || meant.some((column) => !known.has(column))) throw new LexiconError(section, phrase, 'VAGUE_COLUMNS: cần từ hai cột của danh sách trở lên');
  }
}

validateMoney(money);
validatePlaces(places);
validateHousehold(household);
validateColumns(columns);

// ---------- reading spoken forms ----------

/** A word as the matcher sees it: its key without diacritics and its key with them (src/text/fold.ts). */
export type { WordKeys };

/** Spoken forms found in a run of words. */
export interface SpokenMatch {
  /** Index of the first word and number of words replaced. */
  start: number;
  length: number;
  /** The written word(s) they stand for. */
  canonical: string;
  particle: boolean;
}

interface Form {
  /** Per word: the key compared, and whether that is the folded or the accented key. */
  words: { key: string; plain: boolean }[];
  entry: SpokenEntry;
  atEnd: boolean;
  except: string[][];
}

function compile(text: string, entry: SpokenEntry, atEnd: boolean): Form {
  return {
    words: text.split(' ').map((word) => (fold(word) === word ? { key: word, plain: true } : { key: accentKey(word), plain: false })),
    entry,
    atEnd,
    except: (entry.except ?? []).filter((phrase) => phrase.startsWith(`${fold(text)} `)).map((phrase) => phrase.split(' ')),
  };
}

/** Forms by their first word's key, longest first. */
const FORMS = new Map<string, Form[]>();
for (const entry of SPOKEN) {
  for (const form of [...entry.forms.map((text) => compile(text, entry, false)), ...(entry.atEnd ?? []).map((text) => compile(text, entry, true))]) {
    const first = form.words[0]!.key;
    FORMS.set(first, [...(FORMS.get(first) ?? []), form].sort((a, b) => b.words.length - a.words.length));
  }
}

/** A form word written without diacritics matches only a word typed without them; one with diacritics, only that spelling. */
function wordMatches(formWord: Form['words'][number], word: WordKeys): boolean {
  return formWord.plain ? word.folded === formWord.key && word.accented === word.folded : word.accented === formWord.key;
}

/** The spoken forms in a run of words, left to right, longest first, none overlapping. */
export function findSpoken(words: readonly WordKeys[]): SpokenMatch[] {
  const found: SpokenMatch[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    const candidates = [...(FORMS.get(word.folded) ?? []), ...(word.accented !== word.folded ? (FORMS.get(word.accented) ?? []) : [])];
    const form = candidates.find(
      (candidate) =>
        candidate.words.every((formWord, j) => words[i + j] !== undefined && wordMatches(formWord, words[i + j]!)) &&
        (!candidate.atEnd || i + candidate.words.length === words.length) &&
        !candidate.except.some((phrase) => phrase.every((key, j) => (key === '#' ? /^\d/.test(words[i + j]?.folded ?? '') : words[i + j]?.folded === key))),
    );
    if (!form) {
      i += 1;
      continue;
    }
    found.push({ start: i, length: form.words.length, canonical: form.entry.canonical, particle: form.entry.particle === true });
    i += form.words.length;
  }
  return found;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The text with its spoken forms written out, everything else kept as typed:
 * "nha tui 2 ng o que, co dc ho tro ko" → "nha tôi 2 người nông thôn, co được ho tro không".
 * The last word of the text is the last word before any trailing punctuation or emoji.
 */
export function writtenForm(text: string): string {
  const clean = text.normalize('NFC');
  const spans = [...clean.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }));
  const matches = findSpoken(spans.map(({ word }) => wordKeys(word)));
  let out = '';
  let cursor = 0;
  for (const match of matches) {
    const first = spans[match.start]!;
    const last = spans[match.start + match.length - 1]!;
    out += clean.slice(cursor, first.start) + match.canonical;
    cursor = last.end;
  }
  return out + clean.slice(cursor);
}

// ---------- provinces ----------

const PROVINCE_PREFIX = new RegExp(`^(?:${PROVINCES.prefixes.map((prefix) => fold(prefix)).join('|')}) `);
const provinceWords = (name: string) =>
  fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const OTHER_PROVINCE_NAMES = new Map(
  Object.entries(PROVINCES.otherNames).flatMap(([name, others]) => others.map((other) => [provinceWords(other), provinceWords(name)] as const)),
);

/** The key a province is compared by: "Tỉnh Hưng Yên", "hung yen", "TP. Hồ Chí Minh", "tphcm" → one key per province. */
export function provinceKey(name: string): string {
  const words = provinceWords(name);
  const bare = OTHER_PROVINCE_NAMES.has(words) ? words : words.replace(PROVINCE_PREFIX, '');
  return OTHER_PROVINCE_NAMES.get(bare) ?? bare;
}

// ---------- scope ----------

/** The years a question may ask the standard of (Vietnam's poverty lines start in the 1990s). */
export const YEARS_ASKABLE = { from: 1990, to: 2100 } as const;
/** The years a household sentence or a question's time is read in: from the first period of the rules data. */
const YEARS_OF_DATA = { from: 2016, to: YEARS_ASKABLE.to } as const;

/**
 * Any year written out within `range`; by default YEARS_ASKABLE, also one no standard covers ("chuẩn nghèo năm
 * 2015"): a question about the standard of that year is answered with the periods the data has, never with today's.
 */
export function yearWritten(words: readonly string[], range: { from: number; to: number } = YEARS_ASKABLE): number | undefined {
  return words.map(Number).find((n) => Number.isInteger(n) && n >= range.from && n <= range.to);
}

/**
 * The year a question or a household sentence is about, from a year written out (YEARS_OF_DATA) or time words
 * (when.ts) read against today (yyyy-MM-dd); undefined when it says none ("năm nay" is today's standard).
 */
export function yearAsked(words: readonly string[], today: string): number | undefined {
  const written = yearWritten(words, YEARS_OF_DATA);
  if (written !== undefined) return written;
  const current = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const timeWords = withoutAmountPeriods(words);
  const says = (phrases: readonly string[]) => saysAny(timeWords, phrases);
  if (says(WHEN_WORDS.nextYear)) return current + 1;
  if (says(WHEN_WORDS.lastYear)) return current - 1;
  if (says(WHEN_WORDS.nextJanuary)) return month > 1 ? current + 1 : current;
  if (says(WHEN_WORDS.nextMonth)) return month === 12 ? current + 1 : current;
  if (says(WHEN_WORDS.yearEnd)) return current;
  return undefined;
}

/** The period leads of an amount that never lead a time (money.ts PERIOD_LEADS but "trong", "cho"): "mỗi", "1", "hằng", "cả", "/". */
const AMOUNT_PERIOD_LEADS = new Set([...money.PERIOD_LEADS].filter((word) => !TIME_AFTER_PERIOD_LEADS.includes(word)));
const AMOUNT_WORDS = new Set([...Object.keys(money.MONEY_UNITS), ...money.CURRENCY_WORDS]);

/**
 * The words with each "tháng"/"năm" that is an amount's period blanked out: after a number ("9tr", "1"), a money unit or
 * a period lead ("mỗi", "hằng", "cả", "/"), so that "9tr/tháng, tui ở nhà" ("tui" = "tôi", folded like "tới") or "30
 * triệu 1 năm sau khi trừ" say no time (TIME_AFTER_PERIOD_LEADS: "trong tháng tới" still does).
 */
function withoutAmountPeriods(words: readonly string[]): readonly string[] {
  const period = (word: string | undefined) => word !== undefined && Object.hasOwn(money.PERIOD_WORDS, word);
  // "tháng 3 năm sau": a number after "tháng"/"ngày" is a month or a day, not an amount.
  const amountBefore = (index: number) => {
    const word = words[index - 1];
    if (word === undefined) return false;
    if (/\d/.test(word)) return !period(words[index - 2]) && words[index - 2] !== 'ngay';
    return AMOUNT_PERIOD_LEADS.has(word) || AMOUNT_WORDS.has(word);
  };
  const blanked = (word: string, index: number) => period(word) && amountBefore(index);
  return words.some(blanked) ? words.map((word, index) => (blanked(word, index) ? '' : word)) : words;
}

/** "31/12/2026", "1-1-2027", "01.01.2027"; "31/12", "1/1" (a slash only: "2-3 triệu" is a range). */
const DATE_WITH_YEAR = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])/u;
const DATE_WITHOUT_YEAR = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/.-])/u;

/**
 * The day a question is about, when it names one: a date written out ("31/12/2026"; "31/12", "1/1" without a year
 * are the next such day from today: "1/1" asked in December is the coming one) or the end of this year ("hết năm
 * nay", "cuối năm": 31/12). Undefined when it names none (a year alone is yearAsked's) or the date is not a real one.
 */
export function dayAsked(text: string, words: readonly string[], today: string): string | undefined {
  const full = DATE_WITH_YEAR.exec(text);
  if (full) return realDay(Number(full[4]), Number(full[3]), Number(full[1]));
  const short = DATE_WITHOUT_YEAR.exec(text);
  if (short) {
    const year = Number(today.slice(0, 4));
    const thisYear = realDay(year, Number(short[2]), Number(short[1]));
    return thisYear !== undefined && thisYear < today ? realDay(year + 1, Number(short[2]), Number(short[1])) : thisYear;
  }
  if (yearWritten(words, YEARS_OF_DATA) === undefined && saysAny(words, WHEN_WORDS.yearEnd)) return `${today.slice(0, 4)}-12-31`;
  return undefined;
}

function realDay(year: number, month: number, day: number): string | undefined {
  return year < YEARS_OF_DATA.from || year > YEARS_OF_DATA.to ? undefined : realDate(year, month, day);
}

/** "năm nay", "cuối năm": this year (one list, compiled once by phrasePositions). */
const THIS_YEAR_WORDS = [...WHEN_WORDS.thisYear, ...WHEN_WORDS.yearEnd];

/**
 * The year a follow-up moves the last answer to ("năm nay", "năm sau", "tháng sau", "2027"), with the positions of the
 * words saying it (so the rest of the follow-up can be read); undefined when it names none.
 */
export function yearSaid(words: readonly string[], today: string): { year: number; at: Set<number> } | undefined {
  const current = Number(today.slice(0, 4));
  const year = yearAsked(words, today) ?? (saysAny(words, THIS_YEAR_WORDS) ? current : undefined);
  if (year === undefined) return undefined;
  const at = new Set(Object.values(WHEN_WORDS).flatMap((phrases) => [...phrasePositions(words, phrases)]));
  words.forEach((word, index) => {
    if (Number(word) !== year) return;
    at.add(index);
    if (words[index - 1] === 'nam') at.add(index - 1);
  });
  return { year, at };
}

/** Phrase lists compiled once per list, keyed by the list itself (the lexicon's lists are constants): each phrase's words, by its first word. */
const compiledPhraseLists = new WeakMap<readonly string[], ReadonlyMap<string, readonly (readonly string[])[]>>();

function phrasesByFirstWord(phrases: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let compiled = compiledPhraseLists.get(phrases);
  if (compiled === undefined) {
    const byFirst = new Map<string, (readonly string[])[]>();
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const list = byFirst.get(parts[0]!);
      if (list) list.push(parts);
      else byFirst.set(parts[0]!, [parts]);
    }
    compiled = byFirst;
    compiledPhraseLists.set(phrases, compiled);
  }
  return compiled;
}

const GAP_WORDS = new Set(GAPS.words);
const NOT_AFTER_GAP = new Set(GAPS.notAfterGap);

/**
 * Where a phrase (its words, without diacritics) said from `index` ends (exclusive), or -1 when it is not
 * said there: its words in order, with up to GAPS.reach filler words between two of them ("nha tui thue chat
 * lam" says "nha chat"), never before a word that after a gap begins another part of the sentence (gaps.ts).
 * The one phrase matcher: topics, the household reader and search read phrases through it.
 */
export function phraseEnd(words: readonly string[], index: number, parts: readonly string[]): number {
  if (words[index] !== parts[0]) return -1;
  let next = index + 1;
  for (let j = 1; j < parts.length; j += 1) {
    let gap = 0;
    while (words[next] !== parts[j]) {
      if (gap === GAPS.reach || !GAP_WORDS.has(words[next] ?? '')) return -1;
      gap += 1;
      next += 1;
    }
    if (gap > 0 && NOT_AFTER_GAP.has(parts[j]!)) return -1;
    next += 1;
  }
  return next;
}

/**
 * Positions of `words` covered by one of the phrases (each a string of words without diacritics), filler
 * words inside a phrase included (phraseEnd), in increasing order. Only the phrases that begin with a word
 * of `words` are tried: the list is compiled once (phrasesByFirstWord) and must not be changed after its
 * first use (the lexicon's are not).
 */
export function phrasePositions(words: readonly string[], phrases: readonly string[]): Set<number> {
  const byFirst = phrasesByFirstWord(phrases);
  const found = new Set<number>();
  for (let i = 0; i < words.length; i += 1) {
    const candidates = byFirst.get(words[i]!);
    if (candidates === undefined) continue;
    for (const parts of candidates) {
      const end = phraseEnd(words, i, parts);
      for (let k = i; k < end; k += 1) found.add(k);
    }
  }
  return found;
}

/**
 * Whether `words` say one of the phrases (phrasePositions(words, phrases).size > 0, without collecting the positions):
 * the topic reader asks this of a question some fifty times.
 */
export function saysAny(words: readonly string[], phrases: readonly string[]): boolean {
  const byFirst = phrasesByFirstWord(phrases);
  for (let i = 0; i < words.length; i += 1) {
    const candidates = byFirst.get(words[i]!);
    if (candidates === undefined) continue;
    for (const parts of candidates) if (phraseEnd(words, i, parts) > i) return true;
  }
  return false;
}

const ENGLISH = new Set(ENGLISH_WORDS);

/**
 * True when a message is written in English (english.ts): no Vietnamese letter (the text folds to itself), at
 * least two English words, and English words are at least half of its words.
 */
export function writtenInEnglish(text: string, words: readonly string[]): boolean {
  if (fold(text) !== text.toLowerCase()) return false;
  const english = words.filter((word) => ENGLISH.has(word)).length;
  return english >= 2 && english * 2 >= words.length;
}

/** True when words (without diacritics, in order) name something the assistant is about (scope.ts). */
export function inScope(words: readonly string[]): boolean {
  return saysAny(words, SCOPE_WORDS);
}

/** True when words (without diacritics, in order) ask whether someone gets something (entitlement.ts). */
export function asksEntitlement(words: readonly string[]): boolean {
  return saysAny(words, ENTITLEMENT.asks);
}

/** True when a passage's headings (without diacritics) mark a report of past results (entitlement.ts). */
export function isReportHeading(heading: string): boolean {
  return ENTITLEMENT.reportHeadings.some((words) => ` ${heading} `.includes(` ${words} `));
}
