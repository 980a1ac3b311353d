/**
 * The one lexicon: every vocabulary of how people write, as reviewable data, one file per section,
 * checked by check.ts (checkLexicon: a bad entry fails `npm run build`, naming the section and the entry; see there).
 * Used by search, the chat's free-text understanding, the quick check, the interview and money
 * parsing alike, so they never disagree about a word.
 *
 * Sections: spoken forms and chat abbreviations (spoken.ts), administrative abbreviations
 * (abbreviations.ts), everyday words for the documents' terms (everyday.ts), yes/no replies
 * (yes-no.ts), province names (provinces.ts), the words that put a question in scope (scope.ts),
 * words that ask rather than name (question-words.ts), questions about a right vs. reports of results
 * (entitlement.ts), which source answers a free question (topics.ts), money words (money.ts), place
 * words (places.ts) and household words (household.ts); the last three are read by src/rules, which
 * imports them directly (checked in check.ts: validateMoney, validatePlaces, validateHousehold); the filler
 * words a phrase may have between its words (gaps.ts), read by the one phrase matcher (phraseEnd); the header
 * words of a household list (columns.ts), read by src/batch (check.ts validateColumns); requests said in plain words instead of a
 * command ("xoa du lieu", "thoi khoi": requests.ts); the words around personal data (names, titles, contact and place
 * words) that src/privacy/mask.ts masks (personal.ts).
 */
import { EARNING_AFTER_PRONOUN, PERIOD_LINKS, TET_GIFT_WORDS, TIME_AFTER_PERIOD_LEADS, WHEN_WORDS, WORK_BEFORE_THROUGH, YEAR_TIMES } from './when.ts';
import { accentKey, fold, wordKeys, type WordKeys } from '../fold.ts';
import { daysBetween, realDate } from '../dates.ts';
import { ABBREVIATIONS as abbreviations } from './abbreviations.ts';
import { ENTITLEMENT as entitlement } from './entitlement.ts';
import { EVERYDAY_WORDS as everydayWords, FRIENDLY_OPENING as friendlyOpening, PLAIN_TERMS as plainTerms, PLAIN_WORDS as plainWords, SOUTHERN_CLOSING as southernClosing, SOUTHERN_OPENING as southernOpening, SOUTHERN_WORDS as southernWords, SPOKEN_WORDS as spokenWords } from './everyday.ts';
import { PROVINCES as provinces } from './provinces.ts';
import { QUESTION_WORDS as questionWords } from './question-words.ts';
import { ELSEWHERE, SCOPE_WORDS as scopeWords } from './scope.ts';
import { ENGLISH_WORDS as englishWords } from './english.ts';
import { FORMAL_WORDING as formalWording, SPOKEN as spoken } from './spoken.ts';
import { TOPICS as topics } from './topics.ts';
import type { ProvinceWords, SpokenEntry, YesNoWords } from './types.ts';
import { YES_NO as yesNo } from './yes-no.ts';
import * as money from './money.ts';
import * as places from './places.ts';
import { MEMBER_NOUNS } from './household.ts';
import { GAPS as gaps } from './gaps.ts';
import { REQUESTS as requests } from './requests.ts';
import { PERSONAL as personal } from './personal.ts';
import { keptMemo } from '../turn.ts';

export type { ProvinceWords, SpokenEntry, YesNoWords } from './types.ts';

export const SPOKEN: readonly SpokenEntry[] = spoken;
export const FORMAL_WORDING: { openings: readonly string[]; words: readonly string[] } = formalWording;
export const ABBREVIATIONS: Readonly<Record<string, string>> = abbreviations;
export const EVERYDAY_WORDS: Readonly<Record<string, string>> = everydayWords;
/** The documents' terms in villagers' words (everyday.ts), for a post asked plainer. */
export const PLAIN_WORDS: Readonly<Record<string, string>> = plainWords;
export const PLAIN_TERMS: Readonly<Record<string, string>> = plainTerms;
export const SPOKEN_WORDS: Readonly<Record<string, string>> = spokenWords;
export const SOUTHERN_WORDS: Readonly<Record<string, string>> = southernWords;
export const SOUTHERN_SAYING = { opening: southernOpening, closing: southernClosing } as const;
/** The opening of a post asked friendlier (round 42 mend43a). */
export const FRIENDLY_SAYING = { opening: friendlyOpening } as const;
export const YES_NO: YesNoWords = yesNo;
export const PROVINCES: ProvinceWords = provinces;
export const SCOPE_WORDS: readonly string[] = scopeWords;
export const ENGLISH_WORDS: readonly string[] = englishWords;
export const QUESTION_WORDS: { words: readonly string[]; phrases: readonly string[] } = questionWords;
export const ENTITLEMENT: { asks: readonly string[]; reportHeadings: readonly string[] } = entitlement;
export const REQUESTS: typeof requests = requests;
export const GAPS: {
  words: readonly string[];
  reach: number;
  notAfterGap: readonly string[];
  compounds: readonly string[];
  classAfter: { word: string; classes: readonly string[] };
  notFiller: readonly string[];
} = gaps;
export const TOPICS: typeof topics = topics;
export const PERSONAL: typeof personal = personal;
/** "nhà tôi", "gia đình em", "hộ nhà mình": every head word of TOPICS.household before every person word. */
export const OWN_HOUSEHOLD: readonly string[] = TOPICS.household.heads.flatMap((head) => TOPICS.household.persons.map((person) => `${head} ${person}`));
/** "ba tôi", "con em", "ông bà mình": every relative of TOPICS.household before every speaker word. */
export const OWN_MEMBER: readonly string[] = TOPICS.household.relatives.flatMap((relative) => TOPICS.household.speakers.map((speaker) => `${relative} ${speaker}`));

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
  atStart: boolean;
  /** Phrases in which the form keeps its own meaning, with where the form starts in each ("cuoi vo": at 1). */
  except: { words: string[]; at: number }[];
}

function compile(text: string, entry: SpokenEntry, where: { atEnd?: boolean; atStart?: boolean } = {}): Form {
  return {
    words: text.split(' ').map((word) => (fold(word) === word ? { key: word, plain: true } : { key: accentKey(word), plain: false })),
    entry,
    atEnd: where.atEnd === true,
    atStart: where.atStart === true,
    except: (entry.except ?? []).flatMap((phrase) => {
      const words = phrase.split(' ');
      const form = fold(text).split(' ');
      const at = words.findIndex((_, start) => phraseAt(words, start, form));
      return at >= 0 && words.length > form.length ? [{ words, at }] : [];
    }),
  };
}

/** Forms by their first word's key, longest first. */
const FORMS = new Map<string, Form[]>();
for (const entry of SPOKEN) {
  const forms = [
    ...entry.forms.map((text) => compile(text, entry)),
    ...(entry.atEnd ?? []).map((text) => compile(text, entry, { atEnd: true })),
    ...(entry.atStart ?? []).map((text) => compile(text, entry, { atStart: true })),
  ];
  for (const form of forms) {
    const first = form.words[0]!.key;
    FORMS.set(first, [...(FORMS.get(first) ?? []), form].sort((a, b) => b.words.length - a.words.length));
  }
}

/** A form word written without diacritics matches only a word typed without them; one with diacritics, only that spelling. */
function wordMatches(formWord: Form['words'][number], word: WordKeys): boolean {
  return formWord.plain ? word.folded === formWord.key && word.accented === word.folded : word.accented === formWord.key;
}

/** Whether `words` from `at` hold `phrase` (plain keys, space-separated). */
const phraseFrom = (words: readonly WordKeys[], at: number, phrase: string): boolean =>
  phrase.split(' ').every((key, j) => words[at + j]?.folded === key);

/**
 * Whether a form of `entry` from `start` to `end` (exclusive) may be read in `words`: SpokenEntry.followedBy (ending a clause:
 * the message, or a word in `clauseEnds`) and SpokenEntry.messageEnds.
 */
function placeFits(entry: SpokenEntry, words: readonly WordKeys[], end: number, clauseEnds: ReadonlySet<number>): boolean {
  const followed = !entry.followedBy || end === words.length || clauseEnds.has(end - 1) || entry.followedBy.some((phrase) => phraseFrom(words, end, phrase));
  const asked = !entry.messageEnds || entry.messageEnds.some((phrase) => phraseFrom(words, words.length - phrase.split(' ').length, phrase));
  return followed && asked;
}

/**
 * The spoken forms in a run of words, left to right, longest first, none overlapping; `clauseEnds`: the words a comma or a full
 * stop follows.
 */
export function findSpoken(words: readonly WordKeys[], clauseEnds: ReadonlySet<number> = NO_CLAUSE_ENDS): SpokenMatch[] {
  const found: SpokenMatch[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    // The forms of its folded key first, then those of its accented key: no list made per word (every question is read so).
    const form =
      fittingForm(FORMS.get(word.folded), words, i, clauseEnds) ??
      (word.accented !== word.folded ? fittingForm(FORMS.get(word.accented), words, i, clauseEnds) : undefined);
    if (!form) {
      i += 1;
      continue;
    }
    found.push({ start: i, length: form.words.length, canonical: form.entry.canonical, particle: form.entry.particle === true });
    i += form.words.length;
  }
  return found;
}
const NO_CLAUSE_ENDS: ReadonlySet<number> = new Set();

/** The first of `forms` that may be read at `i` of `words` (findSpoken). */
function fittingForm(forms: readonly Form[] | undefined, words: readonly WordKeys[], i: number, clauseEnds: ReadonlySet<number>): Form | undefined {
  if (forms === undefined) return undefined;
  for (const form of forms) {
    if (!formAt(form, words, i)) continue;
    if (form.atEnd && i + form.words.length !== words.length) continue;
    if (form.atStart && i !== 0) continue;
    if (!placeFits(form.entry, words, i + form.words.length, clauseEnds)) continue;
    if (form.except.some(({ words: phrase, at }) => phrase.every((key, j) => (key === '#' ? /^\d/.test(words[i - at + j]?.folded ?? '') : words[i - at + j]?.folded === key)))) continue;
    return form;
  }
  return undefined;
}

function formAt(form: Form, words: readonly WordKeys[], i: number): boolean {
  for (let j = 0; j < form.words.length; j += 1) {
    const word = words[i + j];
    if (word === undefined || !wordMatches(form.words[j]!, word)) return false;
  }
  return true;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The text with its spoken forms written out, everything else kept as typed:
 * "nha tui 2 ng o que, co dc ho tro ko" → "nha tôi 2 người nông thôn, co được ho tro không".
 * The last word of the text is the last word before any trailing punctuation or emoji.
 */
export function writtenForm(text: string): string {
  return writtenOut(text, false);
}

/** Typed with their marks, words that are particles all the same ("vậy": SpokenEntry.typed). */
const TYPED_PARTICLE_WORDS: ReadonlySet<string> = new Set(SPOKEN.filter((entry) => entry.typed === true && entry.particle === true).map((entry) => entry.canonical));

/**
 * The written form without the particles (SpokenEntry.particle, and those typed as written, `typed`): "mo rua chi ma lau rua"
 * → "mo rua chi ma lau " (Central "rứa" is "vậy", never the loan word "vay" it folds to; round 34 words19).
 */
export function contentForm(text: string): string {
  return writtenOut(text, true)
    .split(/(\s+)/)
    .map((part) => (TYPED_PARTICLE_WORDS.has(part.toLowerCase()) ? '' : part))
    .join('');
}

function writtenOut(text: string, withoutParticles: boolean): string {
  const clean = text.normalize('NFC');
  const spans = [...clean.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }));
  const clauseEnds = new Set(spans.flatMap(({ end }, at) => (/[,.;!?]/.test(clean.slice(end, spans[at + 1]?.start ?? end)) ? [at] : [])));
  const matches = findSpoken(spans.map(({ word }) => wordKeys(word)), clauseEnds);
  let out = '';
  let cursor = 0;
  for (const match of matches) {
    const first = spans[match.start]!;
    const last = spans[match.start + match.length - 1]!;
    out += clean.slice(cursor, first.start) + (withoutParticles && match.particle ? '' : match.canonical);
    cursor = last.end;
  }
  return out + clean.slice(cursor);
}

/**
 * How a message is worded, read in this one place (round 39 short31): `formal`, as a commune cadre writes ("Đề nghị cho biết …",
 * "Xin hỏi quy định …": FORMAL_WORDING.openings; or the documents' words, "theo quy định nào", with no sign of a resident's
 * typing), who gets the whole card; `resident`, typed as on Zalo: without diacritics, or with them but in spoken forms ("nhà tui
 * nghèo mà dột nát có được hỗ trợ ko": "tui", "ko"; not the short forms cadres write too, SpokenEntry.cadres, nor particles),
 * who gets a long card in brief; `neutral`, written out in full with nothing of either ("Hộ nghèo có được hỗ trợ nhà ở không?").
 */
export type Wording = 'formal' | 'resident' | 'neutral';
export function wordingOf(text: string): Wording {
  const clean = text.normalize('NFC');
  const typed = [...clean.matchAll(WORD)].map((match) => match[0]);
  const words = typed.map((word) => fold(word));
  if (FORMAL_WORDING.openings.some((opening) => phraseAt(words, 0, opening.split(' ')))) return 'formal';
  const plain = fold(clean) === clean.toLowerCase();
  const spokenSign = findSpoken(typed.map((word) => wordKeys(word))).some((match) => !match.particle && SPOKEN_CADRES.get(match.canonical) !== true);
  if (plain || spokenSign) return 'resident';
  return saysAny(words, FORMAL_WORDING.words) ? 'formal' : 'neutral';
}
/** Canonicals of SpokenEntry.cadres forms ("hộ nghèo" for "HN"): read alike elsewhere, no sign of a resident here. */
const SPOKEN_CADRES = new Map(SPOKEN.filter((entry) => entry.cadres === true).map((entry) => [entry.canonical, true] as const));

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

/**
 * What finds the provinces of `names` in a message's words (without diacritics): each name, bare or with its prefix
 * ("tinh hung yen"), and its other names ("sai gon", "tp hcm"); at each word the longest name first; in the order said,
 * each with the words it takes (`start`, `length`) and its name as written in `names`. One reader for the chat ("tra vinh
 * bay gio thuoc tinh nao") and the search (a question naming a province of the documents).
 */
export function provinceFinder(names: Iterable<string>): (words: readonly string[]) => { name: string; start: number; length: number }[] {
  const byWords = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const name of names) {
    byWords.set(provinceWords(name), name);
    byWords.set(provinceKey(name), name);
    byKey.set(provinceKey(name), name);
  }
  for (const other of OTHER_PROVINCE_NAMES.keys()) {
    const name = byKey.get(provinceKey(other));
    if (name !== undefined) byWords.set(other, name);
  }
  const longest = Math.max(0, ...[...byWords.keys()].map((words) => words.split(' ').length));
  const firstWords = new Set([...byWords.keys()].map((words) => words.split(' ')[0]!));
  return (words) => {
    const found: { name: string; start: number; length: number }[] = [];
    for (let start = 0; start < words.length; start += 1) {
      if (!firstWords.has(words[start]!)) continue;
      for (let length = Math.min(longest, words.length - start); length >= 1; length -= 1) {
        const name = byWords.get(words.slice(start, start + length).join(' '));
        if (name === undefined) continue;
        found.push({ name, start, length });
        start += length - 1;
        break;
      }
    }
    return found;
  };
}

/**
 * Whether the place whose name starts at `start` is said as where someone studies or works (places.ts AWAY_FROM_HOME_BEFORE:
 * "con tui hoc dai hoc o sai gon"), not where the household lives.
 */
export function placeAwayFromHome(words: readonly string[], start: number): boolean {
  const before = words.slice(0, start).join(' ');
  return places.AWAY_FROM_HOME_BEFORE.some((cue) => before === cue || before.endsWith(` ${cue}`));
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
  return yearsWritten(words, range)[0];
}

/** Every year written out within `range`, in the order said ("mục tiêu 2025 và 2030": both). */
export function yearsWritten(words: readonly string[], range: { from: number; to: number } = YEARS_ASKABLE): number[] {
  return words.map(Number).filter((n) => Number.isInteger(n) && n >= range.from && n <= range.to);
}

/**
 * A period written as its first and last years ("giai đoạn 2027–2030", "chuan ngheo 2027 2030", "từ 2027 đến 2030": a year
 * right after a smaller one, or one link word between them, PERIOD_LINKS); the first one named. A period is asked as the
 * whole period (the standards over it), not its first year alone.
 */
export function periodWritten(words: readonly string[]): { from: number; to: number } | undefined {
  const year = (word: string | undefined) => (word === undefined ? undefined : yearWritten([word]));
  for (let at = 1; at < words.length; at++) {
    const to = year(words[at]);
    if (to === undefined) continue;
    const from = year(words[at - 1]) ?? (PERIOD_LINKS.includes(words[at - 1]!) ? year(words[at - 2]) : undefined);
    if (from !== undefined && from < to) return { from, to };
  }
  return undefined;
}

/**
 * The year a question or a household sentence is about, from a year written out (YEARS_OF_DATA) or time words
 * (when.ts) read against today (yyyy-MM-dd); undefined when it says none ("năm nay" is today's standard).
 */
export function yearAsked(words: readonly string[], today: string): number | undefined {
  const timeWords = withoutAmountPeriods(words);
  const written = yearsWritten(words, YEARS_OF_DATA);
  if (written.length > 0) return yearCarriedInto(timeWords, written) ?? written[0];
  const current = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const says = (phrases: readonly string[]) => saysAny(timeWords, phrases);
  if (says(WHEN_WORDS.nextYear)) return current + 1;
  if (says(WHEN_WORDS.lastYear)) return current - 1;
  // "từ tháng 1 tới giờ": this January, past.
  const untilNow = says(WHEN_WORDS.untilNow);
  if (says(WHEN_WORDS.yearEndThen)) return current;
  // "tháng 1 tới" asked in January: the next one (WHEN_WORDS.comingJanuary).
  const comingJanuary = says(WHEN_WORDS.comingJanuary) && !says(WHEN_WORDS.comingJanuaryUnless);
  if (nextJanuaryAt(timeWords).size > 0 && !untilNow) return month > 1 || comingJanuary ? current + 1 : current;
  if (says(WHEN_WORDS.nextMonth) && !untilNow) return month === 12 ? current + 1 : current;
  if (says(WHEN_WORDS.yearEnd)) return current;
  return undefined;
}

/** The coming January's words beside a Tết gift given: "qua tet nay" is then "quà Tết này" (when.ts TET_GIFT_WORDS). */
const NEXT_JANUARY_BESIDE_GIFT = WHEN_WORDS.nextJanuary.filter((phrase) => phrase !== 'qua tet nay');

/** Where the coming January is said (WHEN_WORDS.nextJanuary): "ra Tết", "Tết dương lịch", "qua Tết này" but not its gift. */
export function nextJanuaryAt(words: readonly string[]): Set<number> {
  return phrasePositions(words, saysAny(words, TET_GIFT_WORDS) ? NEXT_JANUARY_BESIDE_GIFT : WHEN_WORDS.nextJanuary);
}

/**
 * "giấy chứng nhận năm 2026 qua năm 2027 còn xài được không", "sổ hộ nghèo 2026 sang năm": a year written, then a move to the
 * next year (WHEN_WORDS.nextYear) after it: the year asked is the one it is carried into (the latest year written after the
 * move, else the year after the first one written), not the year of the thing named; undefined when no move follows.
 */
function yearCarriedInto(timeWords: readonly string[], written: readonly number[]): number | undefined {
  const first = timeWords.findIndex((word) => Number(word) === written[0]);
  const move = Math.min(...[...phrasePositions(timeWords, WHEN_WORDS.nextYear)].filter((at) => at > first));
  if (!Number.isFinite(move)) return undefined;
  const after = timeWords.slice(move).map(Number).filter((year) => written.includes(year));
  return after.length > 0 ? Math.max(...after) : written[0]! + 1;
}

/** The period leads of an amount that never lead a time (money.ts PERIOD_LEADS but "trong", "cho"): "mỗi", "1", "hằng", "cả", "/". */
const AMOUNT_PERIOD_LEADS = new Set([...money.PERIOD_LEADS].filter((word) => !TIME_AFTER_PERIOD_LEADS.includes(word)));
const AMOUNT_WORDS = new Set([...Object.keys(money.MONEY_UNITS), ...money.CURRENCY_WORDS]);
const YEAR_TIME_WORDS = YEAR_TIMES.map((phrase) => phrase.split(' '));

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
    // "thu nhập 8 triệu năm sau": a time right after the unit (YEAR_TIMES), not "8 triệu một năm".
    return AMOUNT_PERIOD_LEADS.has(word) || (AMOUNT_WORDS.has(word) && !YEAR_TIME_WORDS.some((phrase) => phraseEnd(words, index, phrase) > 0));
  };
  // "làm qua năm dc 60 triệu": through the year, no time (when.ts WORK_BEFORE_THROUGH).
  const through = (index: number) => words[index - 1] === 'qua' && WORK_BEFORE_THROUGH.includes(words[index - 2] ?? '');
  // "tháng tui kiếm được 5 triệu": "tui" (folded "toi") before earning is who earns, no "tới" (when.ts EARNING_AFTER_PRONOUN).
  // Only with the amount earned right after ("thang tui kiem dc 5 trieu"): "nam toi thu nhap bao nhieu thi la ho ngheo" asks of next
  // year (routing.yaml: standard@2027).
  const earner = (word: string, index: number) =>
    word === 'toi' &&
    EARNING_AFTER_PRONOUN.some((phrase) => {
      const parts = phraseWords(phrase);
      return phraseAt(words, index + 1, parts) && words.slice(index + 1 + parts.length, index + 4 + parts.length).some((next) => /^\d/.test(next));
    });
  const blanked = (word: string, index: number) => (period(word) && (amountBefore(index) || through(index))) || earner(word, index);
  return words.some(blanked) ? words.map((word, index) => (blanked(word, index) ? '' : word)) : words;
}

/**
 * The words without "chi tiêu" said as spending (money.ts SPENDING_PHRASES): a period ("mỗi tháng", "1 ngày"; not "năm" before
 * a year, "chỉ tiêu mới năm 2027") or an amount ("5 triệu", "100k") right after it. "chi tieu moi la j" keeps its words.
 */
export function withoutSpending(words: readonly string[]): string[] {
  const period = (word: string | undefined) => word !== undefined && Object.hasOwn(money.PERIOD_WORDS, word);
  const amount = (word: string | undefined) => word !== undefined && (/^\d/.test(word) || AMOUNT_WORDS.has(word));
  const spentAt = new Set<number>();
  const phrases = money.SPENDING_PHRASES.map((phrase) => phrase.split(' '));
  words.forEach((_, at) => {
    for (const parts of phrases) {
      if (!phraseAt(words, at, parts)) continue;
      const next = at + parts.length;
      const lead = money.PERIOD_LEADS.has(words[next] ?? '') ? 1 : 0;
      const unit = words[next + lead];
      const spending = (period(unit) && !(unit === 'nam' && yearWritten([words[next + lead + 1] ?? '']) !== undefined)) || (lead === 0 && amount(unit));
      if (spending) for (let k = at; k < next; k += 1) spentAt.add(k);
    }
  });
  return words.filter((_, index) => !spentAt.has(index));
}

/**
 * A date written with its year, as residents and cadres type it: "31/12/2026", "1-1-2027", "01.01.2027"; the year first,
 * as a spreadsheet shows a date ("2026/11/15", "2026-11-15"); a two-digit year, 20yy ("15/11/26", "1/1/27"). In a
 * sentence the year first and the two-digit year take "/" or "-" and "/" only ("1.5.26" is no date anyone types in a
 * message); a list's cell, holding the date alone, takes "/", "-" or "." in each ("15.11.26", "2026.11.15": round 18).
 */
const DATE_FORMS = {
  sentence: {
    dayFirst: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])/u,
    yearFirst: /(?<![\d/.-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\d/.-])/u,
    shortYear: /(?<![\d/.-])(\d{1,2})(\/)(\d{1,2})\/(\d{2})(?![\d/.-])/u,
  },
  cell: {
    dayFirst: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/u,
    yearFirst: /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/u,
    shortYear: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/u,
  },
} as const;
/** How many days after a day-month passed it still means that day when typed without a year (dateWrittenAt). */
const RECENT_DAY_DAYS = 31;
/** "31/12", "1/1" without a year, in a sentence (a slash only: "2-3 triệu" is a range). */
const DATE_WITHOUT_YEAR = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/.-])/u;

/** A date written with its year (DATE_FORMS): its numbers, where it is and as typed, `shortYear` for a two-digit year read as 20yy. */
export interface DateTyped {
  year: number;
  month: number;
  day: number;
  index: number;
  typed: string;
  shortYear: boolean;
}

/**
 * The first date written with its year in a sentence (`in: 'sentence'`: /kiemtra, a question) or the date a list's cell
 * holds alone (`'cell'`, the cell trimmed), in the forms of DATE_FORMS, whether or not it is a real day; undefined when
 * there is none. The one reader of these forms for the chat (dateWrittenAt) and the lists (batch listDate).
 */
export function dateTyped(text: string, where: keyof typeof DATE_FORMS): DateTyped | undefined {
  const forms = DATE_FORMS[where];
  const found = (match: RegExpExecArray, year: number, month: number, day: number, shortYear = false): DateTyped => ({ year, month, day, index: match.index, typed: match[0], shortYear });
  const dayFirst = forms.dayFirst.exec(text);
  if (dayFirst) return found(dayFirst, Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  const yearFirst = forms.yearFirst.exec(text);
  if (yearFirst) return found(yearFirst, Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const shortYear = forms.shortYear.exec(text);
  if (shortYear) return found(shortYear, 2000 + Number(shortYear[4]), Number(shortYear[3]), Number(shortYear[1]), true);
  return undefined;
}

/** "12/2026", "6-2026": a month and its year, with nothing glued before or after (a card's last month in a list's cell). */
const MONTH_WITH_YEAR = /(?<![\d/.-])(\d{1,2})([/.-])(\d{4})(?![\d/.-])/u;

/** The first month written with its year ("12/2026"), where it is and as typed; undefined when there is none or the month is no month. */
export function monthTyped(text: string): { year: number; month: number; index: number; typed: string } | undefined {
  const found = MONTH_WITH_YEAR.exec(text);
  if (!found || Number(found[1]) < 1 || Number(found[1]) > 12) return undefined;
  return { year: Number(found[3]), month: Number(found[1]), index: found.index, typed: found[0] };
}

/**
 * The day a question is about, when it names one: a date written out ("31/12/2026", "2026/12/31", "31/12/26"; "31/12", "1/1" without a year
 * are the next such day from today: "1/1" asked in December is the coming one, asked on 05/01 the one just passed) or the end of this year ("hết năm
 * nay", "cuối năm": 31/12). Undefined when it names none (a year alone is yearAsked's) or the date is not a real one.
 */
export function dayAsked(text: string, words: readonly string[], today: string): string | undefined {
  const at = dateWrittenAt(text, today);
  // "tu 1/1 nam sau chuan ngheo co doi ko": a day-month without its year, next year said beside it, is next year's.
  const nextYear = Number(today.slice(0, 4)) + 1;
  if (at?.day !== undefined && at.withoutYear && saysAny(words, WHEN_WORDS.nextYear)) return realDay(nextYear, Number(at.day.slice(5, 7)), Number(at.day.slice(8, 10)));
  const written = at?.day;
  if (written !== undefined) return written;
  const month = monthAsked(text, words, today);
  if (month !== undefined) return month;
  if (yearWritten(words, YEARS_OF_DATA) === undefined && saysAny(words, WHEN_WORDS.yearEnd)) return `${today.slice(0, 4)}-12-31`;
  return undefined;
}

/**
 * The first day of a month asked with its year ("tháng 7/2027", "7/2027", "t7/2027", "tháng 7 năm 2027"; round 36 law27: was
 * read as the year's 01/01), 01/07 of a year's middle ("giữa năm 2027", "giữa năm sau") and 31/12 of a year's end written
 * ("cuối năm 2027"); undefined when none is said or the year is outside the data's.
 */
function monthAsked(text: string, words: readonly string[], today: string): string | undefined {
  const typed = monthTyped(text);
  if (typed) return realDay(typed.year, typed.month, 1);
  const monthWord = (word: string | undefined) => (word !== undefined && /^\d{1,2}$/u.test(word) ? Number(word) : undefined);
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    // "thang 7 nam 2027", "thang 7 2027", "t7 2027" (a slash is split off in the words).
    const [month, next] = phraseAt(words, at, WHEN_WORDS.month) ? [monthWord(words[at + 1]), at + 2] : [/^t(\d{1,2})$/u.test(word) ? Number(word.slice(1)) : undefined, at + 1];
    if (month === undefined || month < 1 || month > 12) continue;
    const year = yearWritten([words[next] === 'nam' ? (words[next + 1] ?? '') : (words[next] ?? '')], YEARS_OF_DATA);
    if (year !== undefined) return realDay(year, month, 1);
  }
  const current = Number(today.slice(0, 4));
  const year = yearWritten(words, YEARS_OF_DATA) ?? (saysAny(words, WHEN_WORDS.nextYear) ? current + 1 : undefined);
  if (saysAny(words, WHEN_WORDS.yearMiddle)) return realDay(year ?? current, 7, 1);
  if (year !== undefined && saysAny(words, WHEN_WORDS.yearEnd)) return realDay(year, 12, 31);
  return undefined;
}

/** A date written out in `text` ("31/12/2026"; "1/1" without a year: the next such day from today, or one passed ≤ 31 days ago), or undefined. */
export function dateWritten(text: string, today: string): string | undefined {
  return dateWrittenAt(text, today)?.day;
}

/**
 * Where `text` writes a date (dateWritten) and the day it is: `typed` as written, from `index`; `day` undefined when the
 * date is no real one or outside the years of the data ("31/2/2027", "1/1/2040").
 */
export function dateWrittenAt(text: string, today: string): { day: string | undefined; index: number; typed: string; withoutYear?: true } | undefined {
  const typed = dateTyped(text, 'sentence');
  if (typed) return { day: realDay(typed.year, typed.month, typed.day), index: typed.index, typed: typed.typed };
  const short = DATE_WITHOUT_YEAR.exec(text);
  if (!short) return undefined;
  const year = Number(today.slice(0, 4));
  const thisYear = realDay(year, Number(short[2]), Number(short[1]));
  // "tu 1/1 chuan ngheo moi ap dung chua" on 05/01/2027 (round 34 law23; was read as 01/01/2028): a day passed a few weeks ago at
  // most is the recent one; one passed longer ago is next year's.
  const recent = thisYear !== undefined && thisYear < today && daysBetween(thisYear, today) <= RECENT_DAY_DAYS;
  const day = thisYear !== undefined && thisYear < today && !recent ? realDay(year + 1, Number(short[2]), Number(short[1])) : thisYear;
  return { day, index: short.index, typed: short[0], withoutYear: true };
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

/**
 * The year of the coming January when a follow-up opens with it ("tháng 1 thì sao": WHEN_WORDS.januaryOpening at its first
 * word), as yearAsked reads "từ tháng 1"; undefined otherwise.
 */
export function januaryOpening(words: readonly string[], today: string): { year: number; at: Set<number> } | undefined {
  const at = WHEN_WORDS.januaryOpening.map((phrase) => phrase.split(' ')).find((parts) => phraseAt(words, 0, parts));
  if (!at) return undefined;
  const current = Number(today.slice(0, 4));
  return { year: Number(today.slice(5, 7)) > 1 ? current + 1 : current, at: new Set(at.map((_, index) => index)) };
}

/** Phrase lists compiled once per list, keyed by the list itself (the lexicon's lists are constants): each phrase's words, by its first word. */
const compiledPhraseLists = new WeakMap<readonly string[], ReadonlyMap<string, readonly (readonly string[])[]>>();
/**
 * A list of at most this many phrases is not compiled: each phrase is tried at every word (phraseEnd rejects a first word
 * at once). Such lists are mostly written where they are read ("has(words, [phrase])"), a new array at every call, which
 * compiling (a Map each time, never found again) cost more than reading.
 */
const SMALL_PHRASE_LIST = 4;
/** A phrase's words, split once (bounded: the phrases are the lexicon's). */
const phraseWordsMemo = keptMemo<readonly string[]>('phraseWords');
const PHRASE_WORDS_MEMO = 20_000;
function phraseWords(phrase: string): readonly string[] {
  let parts = phraseWordsMemo.get(phrase);
  if (parts === undefined) {
    if (phraseWordsMemo.size >= PHRASE_WORDS_MEMO) phraseWordsMemo.clear();
    phraseWordsMemo.set(phrase, (parts = phrase.split(' ')));
  }
  return parts;
}

/**
 * The one first-word index of phrase lists (each phrase its words): the phrases by their first word, in the list's order,
 * compiled once per list (keyed by the list itself: the lists are constants); null when a phrase is empty (it stands
 * anywhere: such a list is read in full). A phrase beginning with another word than the one at a position never stands
 * there (phraseAt, phraseEnd), so trying only these finds what trying every phrase finds, first match included.
 */
const splitListsByFirstWord = new WeakMap<readonly (readonly string[])[], ReadonlyMap<string, readonly (readonly string[])[]> | null>();
export function splitPhrasesByFirstWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> | null {
  let indexed = splitListsByFirstWord.get(phrases);
  if (indexed === undefined) {
    indexed = phrases.some((phrase) => phrase.length === 0) ? null : byFirstOf(phrases, (phrase) => phrase[0]!);
    splitListsByFirstWord.set(phrases, indexed);
  }
  return indexed;
}
/** `items` by the first word `first` gives of each, in their order. */
function byFirstOf<T>(items: readonly T[], first: (item: T) => string): Map<string, T[]> {
  const byFirst = new Map<string, T[]>();
  for (const item of items) {
    const key = first(item);
    const list = byFirst.get(key);
    if (list) list.push(item);
    else byFirst.set(key, [item]);
  }
  return byFirst;
}

/** A list of more than SMALL_PHRASE_LIST phrases, compiled: each phrase's words, by its first word, in the list's order. */
function phrasesByFirstWord(phrases: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let compiled = compiledPhraseLists.get(phrases);
  if (compiled === undefined) {
    compiled = byFirstOf(phrases.map((phrase) => phrase.split(' ')), (parts) => parts[0]!);
    compiledPhraseLists.set(phrases, compiled);
  }
  return compiled;
}

const GAP_WORDS = new Set(GAPS.words);
/**
 * Words whose first syllables are another word (gaps.ts `compounds`), split once, by their first word: phraseEnd looks only at
 * those beginning with the phrase's first word (a compound beginning with another word never stands where the phrase begins).
 */
const COMPOUNDS = byFirstOf(GAPS.compounds.map((compound) => compound.split(' ')), (compound) => compound[0]!);
const NOT_AFTER_GAP = new Set(GAPS.notAfterGap);
/** "sap toi": a filler word that is a word of its own after the word before it (gaps.ts `notFiller`). */
const NOT_FILLER = new Set(GAPS.notFiller);
/** A household's class said after the first word of a phrase (gaps.ts `classAfter`), longest first. */
const CLASS_AFTER = GAPS.classAfter.classes.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);

/** The class of CLASS_AFTER said at `at` of `words` (the longest), or undefined. */
function classAt(words: readonly string[], at: number): readonly string[] | undefined {
  for (const phrase of CLASS_AFTER) if (phraseAt(words, at, phrase)) return phrase;
  return undefined;
}

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
    // "nhà cận nghèo bị dột nát": the class, once, between the phrase's first two words (not counted in the reach).
    const classMayStand = j === 1 && parts[0] === GAPS.classAfter.word;
    let classSaid = false;
    while (words[next] !== parts[j]) {
      const said = classMayStand && !classSaid ? classAt(words, next) : undefined;
      if (said) {
        classSaid = true;
        next += said.length;
        continue;
      }
      if (gap === GAPS.reach || !GAP_WORDS.has(words[next] ?? '') || NOT_FILLER.has(`${words[next - 1]} ${words[next]}`)) return -1;
      gap += 1;
      next += 1;
    }
    if ((gap > 0 || classSaid) && NOT_AFTER_GAP.has(parts[j]!)) return -1;
    next += 1;
  }
  // The phrase said, unless only as the beginning of a compound ("dai" of "dai hoc"): looked for last, as most calls end above.
  // Loops, no closures: a closure reading `words` and `next` made every call allocate (a tenth of all a question allocated).
  const compounds = COMPOUNDS.get(parts[0]!);
  if (compounds !== undefined)
    for (const compound of compounds) if (compound.length > parts.length && phraseAt(words, index, compound) && phraseAt(compound, 0, parts)) return -1;
  return next;
}

/**
 * Whether the words of `parts` stand one after another from position `at` of `words`, each exactly (no filler word
 * between them, unlike phraseEnd); a position before the start or a phrase running past the end is false, an empty
 * phrase true. `key` reads the word of a token (privacy/mask.ts, search/normalize.ts: `token.folded`).
 * The one exact matcher: chat, rules, privacy and search read a phrase at a position through it.
 */
export function phraseAt(words: readonly string[], at: number, parts: readonly string[]): boolean;
export function phraseAt<T>(words: readonly T[], at: number, parts: readonly string[], key: (word: T) => string): boolean;
export function phraseAt<T>(words: readonly T[], at: number, parts: readonly string[], key?: (word: T) => string): boolean {
  // Loops, not parts.every: every reader calls this at many positions of a question, and a closure per call showed in profiles.
  if (key === undefined) {
    for (let k = 0; k < parts.length; k += 1) if (words[at + k] !== parts[k]) return false;
    return true;
  }
  for (let k = 0; k < parts.length; k += 1) {
    const word = words[at + k];
    if (word === undefined || key(word) !== parts[k]) return false;
  }
  return true;
}

/** Whether the words of `parts` stand exactly right before `end` (exclusive): phraseAt(words, end - parts.length, parts). */
export function phraseEndingAt(words: readonly string[], end: number, parts: readonly string[]): boolean;
export function phraseEndingAt<T>(words: readonly T[], end: number, parts: readonly string[], key: (word: T) => string): boolean;
export function phraseEndingAt<T>(words: readonly T[], end: number, parts: readonly string[], key?: (word: T) => string): boolean {
  return key === undefined ? phraseAt(words as readonly string[], end - parts.length, parts) : phraseAt(words, end - parts.length, parts, key);
}

/**
 * Positions of `words` covered by one of the phrases (each a string of words without diacritics), filler
 * words inside a phrase included (phraseEnd), in increasing order. Only the phrases that begin with a word
 * of `words` are tried: the list is compiled once (phrasesByFirstWord) and must not be changed after its
 * first use (the lexicon's are not).
 */
export function phrasePositions(words: readonly string[], phrases: readonly string[]): Set<number> {
  const found = new Set<number>();
  // A small list (most are, written where they are read: a new array each call) is not compiled: all its phrases are tried at
  // every word, its first word rejected here, without a call.
  const all = phrases.length <= SMALL_PHRASE_LIST ? phrases.map(phraseWords) : undefined;
  const byFirst = all === undefined ? phrasesByFirstWord(phrases) : undefined;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const candidates = all ?? byFirst!.get(word);
    if (candidates === undefined) continue;
    for (const parts of candidates) {
      if (parts[0] !== word) continue;
      const end = phraseEnd(words, i, parts);
      for (let k = i; k < end; k += 1) found.add(k);
    }
  }
  return found;
}

/** The words left when every one of the phrases is taken out ("binh quan 1tr2 nguoi la ho gi" without "la ho gi"). */
export function withoutPhrases(words: readonly string[], phrases: readonly string[]): string[] {
  const at = phrasePositions(words, phrases);
  return words.filter((_, index) => !at.has(index));
}

/**
 * `words` with each word of one of `phrases` blanked (''), the others where they were: what is read after it is said apart from
 * them, never across nor inside one (HOUSEHOLD_AWAY misread: "con tui bi tu ki, chong tui dang o tu" holds a misread "bị tù" and a
 * member in prison still; round 37, the misread dropped the whole reason).
 */
export function blankedPhrases(words: readonly string[], phrases: readonly string[]): string[] {
  const at = phrasePositions(words, phrases);
  return words.map((word, index) => (at.has(index) ? '' : word));
}

/**
 * Whether `words` say one of the phrases (phrasePositions(words, phrases).size > 0, without collecting the positions):
 * the topic reader asks this of a question some fifty times.
 */
export function saysAny(words: readonly string[], phrases: readonly string[]): boolean {
  // A small list (most are, written where they are read): each phrase looked for only where its first word stands (indexOf),
  // not tried at every word; whether one is said does not depend on the order they are tried in (phraseEnd reads nothing else).
  if (phrases.length <= SMALL_PHRASE_LIST) {
    for (const phrase of phrases) {
      const parts = phraseWords(phrase);
      const first = parts[0]!;
      for (let i = words.indexOf(first); i >= 0; i = words.indexOf(first, i + 1)) if (phraseEnd(words, i, parts) > i) return true;
    }
    return false;
  }
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

/** A number said as digits ("500k", "200", "2tr") or a digit word ("năm" trăm nghìn). */
const AMOUNT_START = (word: string | undefined) => word !== undefined && (/^\d/.test(word) || Object.hasOwn(money.DIGIT_WORDS, word));
/** A money unit ending an amount: "500k", "2tr", or the unit word after it ("200 nghìn", "năm trăm nghìn", "2 triệu"). */
const AMOUNT_UNIT = (word: string | undefined) =>
  word !== undefined && (Object.hasOwn(money.MONEY_UNITS, word) || /^\d[\d.,]*(k|tr|trieu|nghin|ngan|cu)$/.test(word));

/** An amount at `from`: a number, its unit within three words ("500k", "2 triệu", "năm trăm nghìn"). */
const amountStartsAt = (words: readonly string[], from: number) =>
  AMOUNT_START(words[from]) && [from, from + 1, from + 2].some((index) => AMOUNT_UNIT(words[index]));

/** TOPICS.feeDemand's verbs, objects and words of registering, each phrase split once (moneyDemanded, moneyPromised). */
const FEE_WORDS = {
  verbs: TOPICS.feeDemand.verbs.map((verb) => verb.split(' ')),
  objects: TOPICS.feeDemand.objects.map((phrase) => phrase.split(' ')),
  registering: TOPICS.feeDemand.registering.map((phrase) => phrase.split(' ')),
  promised: TOPICS.feeDemand.promised.map((verb) => verb.split(' ')),
};

/**
 * "trưởng thôn đòi 500k mới đưa vô danh sách", "phải nộp 200 nghìn mới được xét": an amount right after a verb of
 * TOPICS.feeDemand.verbs, no income told (`unless`). Money asked of the household, not what it earns.
 */
export function moneyDemanded(words: readonly string[]): boolean {
  if (saysAny(words, TOPICS.feeDemand.unless)) return false;
  return words.some((_, at) =>
    FEE_WORDS.verbs.some((verb) => {
      const after = phraseEnd(words, at, verb);
      if (after <= 0) return false;
      // "doi tui 500 ngan", "bat nha tui dong 1 trieu": whom it is asked of, between the verb and the amount.
      const object = FEE_WORDS.objects.find((parts) => phraseAt(words, after, parts));
      return amountStartsAt(words, after) || (object !== undefined && amountStartsAt(words, after + object.length));
    }),
  );
}

/**
 * "đăng ký hộ nghèo qua mạng được nhận 2 triệu đồng": an amount right after a verb of TOPICS.feeDemand.promised, after a word of
 * its `registering`. Money promised for registering, the lure of a scam about the review.
 */
export function moneyPromised(words: readonly string[]): boolean {
  const registered = words.findIndex((_, at) => FEE_WORDS.registering.some((phrase) => phraseAt(words, at, phrase)));
  if (registered < 0) return false;
  return words.some((_, at) => at > registered && FEE_WORDS.promised.some((verb) => {
    const after = phraseEnd(words, at, verb);
    return after > 0 && amountStartsAt(words, after);
  }));
}

/**
 * Money asked of a household to be reviewed or listed (TOPICS.reference.review_fees: "nộp phí … mới được xét", or an amount
 * demanded, moneyDemanded, or promised for registering, moneyPromised), with the review or the list named: a question about the review's fees, never a household's income.
 */
export function asksReviewFees(words: readonly string[]): boolean {
  const { subject, asks, unless } = TOPICS.reference.review_fees!;
  return (saysAny(words, subject) || moneyDemanded(words) || moneyPromised(words)) && saysAny(words, asks ?? []) && !saysAny(words, unless ?? []);
}

/**
 * "co nguoi la doi cccd lam ho so ho ngheo cho nha tui, co dc ko" (round 39): identity papers asked by someone offering to file for the
 * household (the reference entry identity_papers), never a household told.
 */
export function asksIdentityPapers(words: readonly string[]): boolean {
  const { subject, asks } = TOPICS.reference.identity_papers!;
  return saysAny(words, subject) && saysAny(words, asks ?? []);
}

/**
 * "nhà 4 người", "5 khẩu": a count of two people or more before a member noun (household.ts MEMBER_NOUNS), a household told
 * ("nha 4 nguoi o que thang dc 7 trieu la ho ngheo ko": its income, never a figure said of a class).
 */
export function householdSizeSaid(words: readonly string[]): boolean {
  return words.some((word, at) => /^\d{1,2}$/.test(word) && Number(word) >= 2 && words[at - 1] !== 'moi' && MEMBER_PARTS.some((parts) => phraseAt(words, at + 1, parts)));
}

/** True when words (without diacritics, in order) name something the assistant is about (scope.ts). */
export function inScope(words: readonly string[]): boolean {
  return saysAny(words, SCOPE_WORDS);
}

const SCOPE_NOT_PLACE = scopeWords.filter((word) => !ELSEWHERE.placeOnly.includes(word));
/** Where the house is ("nha o huyen …", "nha o ben …"): scope.ts ELSEWHERE.houseAt and TOPICS.housePlaced. */
const HOUSE_AT: readonly string[] = [...ELSEWHERE.houseAt, ...topics.housePlaced];
/**
 * True when words (without diacritics, in order) ask of an everyday subject the assistant is not about (scope.ts ELSEWHERE: "gia vang
 * hom nay, tui o huyen cu chi") and name nothing it is about but where the person lives.
 */
export function asksElsewhere(words: readonly string[]): boolean {
  return saysAny(words, ELSEWHERE.subjects) && !saysAny(blankedPhrases(words, HOUSE_AT), SCOPE_NOT_PLACE);
}

/** True when words (without diacritics, in order) ask whether someone gets something (entitlement.ts). */
export function asksEntitlement(words: readonly string[]): boolean {
  return saysAny(words, ENTITLEMENT.asks);
}

/** True when a passage's headings (without diacritics) mark a report of past results (entitlement.ts). */
export function isReportHeading(heading: string): boolean {
  return ENTITLEMENT.reportHeadings.some((words) => ` ${heading} `.includes(` ${words} `));
}

// ---------- places ----------

type Area = 'rural' | 'urban';

/** Signs that end a clause in a sentence's tokens: the next word opens a clause ("…, xã Tân An"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?']);
/** Signs after which a place word opens an address part too: "Thôn 3 - xã Tân An", "phường/xã" (a form's blank). */
const PLACE_BREAKS: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, '/', '-', '–', '(']);
const AREAS = ['rural', 'urban'] as const;
const withParts = (phrases: readonly string[]) => phrases.map((phrase) => [phrase, phrase.split(' ')] as const);
const PLACE_PHRASES: Record<Area, readonly (readonly [string, readonly string[]])[]> = { rural: withParts(places.AREA_PHRASES.rural), urban: withParts(places.AREA_PHRASES.urban) };
const MEMBER_PARTS = MEMBER_NOUNS.map((noun) => noun.split(' '));
const WIDER_PLACES = new Map(places.WIDER_AREA_WORDS.map((phrase) => [phrase, phrase.split(' ')]));
const PLACE_LEADS = new Set(places.AREA_LEADS);
const { words: UNIT_WORDS, beforeNumber: UNIT_BEFORE_NUMBER, beforeName: UNIT_BEFORE_NAME } = places.AREA_ABBREVIATIONS;
/** The masking's label for a place (places.ts MASKED_PLACE) as a pattern. */
const MASKED_PLACE_PATTERN = places.MASKED_PLACE.replace(/[[\]]/g, '\\$&');
/**
 * "P.7", "Q.Bình Thạnh", "TX.Sơn Tây", "p7", "q3", "P.[địa chỉ]" (masked: places.ts MASKED_PLACE): a unit's short form before a "."
 * or a number (not inside a word or a number).
 */
const SHORT_UNIT = new RegExp(
  `(?<![\\p{L}\\d.])(${Object.keys(UNIT_WORDS).join('|')})(\\.\\s*(?=[\\p{L}\\d]|${MASKED_PLACE_PATTERN})|(?=\\s?\\d))`,
  'giu',
);
/** A word in either case ("tx", "TX", "Tx"), in a pattern matched with case (a capital is read after it). */
export const eitherCase = (word: string) => [...word].map((letter) => `[${letter}${letter.toUpperCase()}]`).join('');
/**
 * "TX Sơn Tây", "Bản Na Hang", "Buôn Ma Đoan": a unit's short form (beforeName) or a marked unit word before a capitalised
 * name or its mask ("tx [địa chỉ]": places.ts MASKED_PLACE, as a Zalo update is kept); not a town named so ("Buôn Ma Thuột",
 * places.ts TOWNS_NAMED_LIKE_UNITS).
 */
const NAMED_UNIT = new RegExp(
  `(?<![\\p{L}\\d.])(?!(?:${places.TOWNS_NAMED_LIKE_UNITS.map((town) => eitherCase(town.toLowerCase())).join('|')})(?![\\p{L}\\d]))` +
    `(${[...UNIT_BEFORE_NAME, ...Object.keys(places.MARKED_UNIT_WORDS)].map(eitherCase).join('|')})\\s+(?=\\p{Lu}|${MASKED_PLACE_PATTERN})`,
  'gu',
);
/** Tokens of folded text as the household reader cuts them: numbers with their separators, words, single signs. */
const PLACE_TOKEN = /\d+(?:[.,]\d+)*|[a-z]+|\S/g;

/** Addresses' short forms written out where they can mean nothing else (places.ts AREA_ABBREVIATIONS): "P.7" → "phường 7". */
export function writtenUnits(text: string): string {
  return text
    .replace(SHORT_UNIT, (typed: string, short: string, dot: string) =>
      dot.startsWith('.') || UNIT_BEFORE_NUMBER.includes(short.toLowerCase()) ? `${UNIT_WORDS[short.toLowerCase()]} ` : typed,
    )
    .replace(NAMED_UNIT, (_typed: string, word: string) => `${UNIT_WORDS[word.toLowerCase()] ?? places.MARKED_UNIT_WORDS[word.toLowerCase()]} `);
}

const MEMBER_AWAY = places.MEMBER_AWAY_BEFORE.map((cue) => cue.split(' '));
const FAR_DEGREE = places.FAR_AFTER_XA.degree.map((phrase) => phrase.split(' '));
const FAR_CLOSING = new Set(places.FAR_AFTER_XA.closing);
const FAR_FROM = places.FAR_AFTER_XA.from.map((phrase) => phrase.split(' '));
/** The cue of MEMBER_AWAY_BEFORE ending right before `index` ("di lam o" before "sai gon"). */
const awayCueBefore = (tokens: readonly string[], index: number) => MEMBER_AWAY.some((cue) => phraseEndingAt(tokens, index, cue));

/**
 * Whether the place words at tokens[index..end) say no place of the household's: where a member works or studies (places.ts
 * MEMBER_AWAY_BEFORE right before them, or before the place after their lead: "di lam o tp", "lam o quan 7"), or "xa" read
 * as far (FAR_AFTER_XA: "o xa lam", "o xa trung tam").
 */
function placeNotHome(tokens: readonly string[], index: number, end: number): boolean {
  if (awayCueBefore(tokens, index) || (PLACE_LEADS.has(tokens[index] ?? '') && awayCueBefore(tokens, index + 1))) return true;
  if (tokens[end - 1] !== 'xa') return false;
  // The clause ends after the degree word, maybe with particles ("o xa lam a, 4 nguoi"); not "o xa lam ruong" (làm ruộng).
  const clauseEnds = (at: number) => {
    let next = at;
    while (FAR_CLOSING.has(tokens[next] ?? '')) next += 1;
    return next >= tokens.length || CLAUSE_BREAKS.has(tokens[next]!);
  };
  const degree = FAR_DEGREE.find((parts) => phraseAt(tokens, end, parts));
  if (degree && clauseEnds(end + degree.length)) return true;
  return FAR_FROM.some((parts) => phraseAt(tokens, end, parts));
}

const UNITS_AFTER_NAME: ReadonlySet<string> = new Set(places.UNIT_AFTER_NAME.units);
const NOT_NAME_PARTS = places.NAMED_CITY.notNames.map((phrase) => phrase.split(' '));

/** "ở Cần Thơ phường An Khánh": the unit at `index` follows a place named from its lead, and a name follows it (places.ts UNIT_AFTER_NAME). */
function unitAfterName(tokens: readonly string[], index: number): boolean {
  if (!UNITS_AFTER_NAME.has(tokens[index]!)) return false;
  const named = (at: number) => /^[a-z]+$/.test(tokens[at] ?? '') && !NOT_NAME_PARTS.some((parts) => phraseAt(tokens, at, parts));
  if (!named(index + 1)) return false;
  const { min, max } = places.UNIT_AFTER_NAME.nameWords;
  for (let words = min; words <= max && index - words - 1 >= 0; words += 1) {
    const lead = index - words - 1;
    if (PLACE_LEADS.has(tokens[lead]!) && tokens.slice(lead + 1, index).every((_, at) => named(lead + 1 + at))) return true;
  }
  return false;
}

/** A phrase naming a unit below the commune ("ấp", "ở ấp", "khu phố"): places.ts VILLAGE_AREA_WORDS. */
const isVillageWord = (phrase: string) => places.VILLAGE_AREA_WORDS.some((unit) => phrase === unit || phrase.endsWith(` ${unit}`));

/**
 * The one reader of place words (places.ts), for a sentence (the household reader's tokens) and a list's area cell alike.
 * A word for a commune, a ward, a town or "ở quê" decides; then a unit below the commune (VILLAGE_AREA_WORDS: "ở ấp 3
 * phường 5" is the ward's, urban); a unit above the commune (a city, a district, a town: WIDER_AREA_WORDS) only when
 * nothing finer is said ("xã Tân Thành, TP Cà Mau" is rural; "ở thành phố" says where the household is). 'both': two
 * areas at the same level ("phường/xã"), to be asked; null: no place word.
 */
export function placeArea(tokens: readonly string[]): Area | 'both' | null {
  const home = householdClauses(tokens);
  const own = home && areaOfPlaces(home);
  return own ?? areaOfPlaces(tokens);
}

const HOME_OPENS = places.HOUSEHOLD_PLACE.opens.map((phrase) => phrase.split(' '));
const CLAUSE_JOINS = new Set(places.HOUSEHOLD_PLACE.joins);
/** A clause opened by these goes on with the address of the clause before it ("nhà tui ở ấp 3, phường 5", "nhà ở xã, ở phường"). */
const PLACE_OPENERS = new Set([...places.AREA_LEADS, ...places.AREA_HEAD_WORDS.rural, ...places.AREA_HEAD_WORDS.urban, ...places.WIDER_AREA_WORDS.map((phrase) => phrase.split(' ')[0]!), ...places.MIXED_AREA_WORDS.map((phrase) => phrase.split(' ')[0]!), ...places.VILLAGE_AREA_WORDS.map((phrase) => phrase.split(' ')[0]!)]);

/**
 * The clauses of the household's own (places.ts HOUSEHOLD_PLACE), with the address clauses after them, joined by commas, when
 * another clause is not the household's ("nhà tui ở quê, con tui ở Sài Gòn"); undefined when no clause is, or all are.
 */
function householdClauses(tokens: readonly string[]): string[] | undefined {
  const clauses: string[][] = [[]];
  for (const token of tokens) {
    const current = clauses.at(-1)!;
    if (CLAUSE_BREAKS.has(token)) clauses.push([]);
    else if (CLAUSE_JOINS.has(token) && current.length > 0) clauses.push([token]);
    else current.push(token);
  }
  const opensHome = (clause: readonly string[]) =>
    HOME_OPENS.some((parts) => phraseAt(clause, 0, parts) && !(parts.length === 1 && parts[0] === 'em' && places.HOUSEHOLD_PLACE.notAfterSpeaker.includes(clause[1] ?? '')));
  let owner = false;
  const kept: string[][] = [];
  let other = false;
  for (const clause of clauses) {
    if (clause.length === 0) continue;
    owner = opensHome(clause) || (owner && PLACE_OPENERS.has(clause[0]!));
    if (owner) kept.push(clause);
    else other = true;
  }
  return kept.length > 0 && other ? kept.flatMap((clause, index) => (index === 0 ? clause : [',', ...clause])) : undefined;
}

function areaOfPlaces(tokens: readonly string[]): Area | 'both' | null {
  const commune = new Set<Area>();
  const village = new Set<Area>();
  const wider = new Set<Area>();
  // "bình quân 2 triệu": not the unit "quận" (places.ts NOT_UNIT_AFTER).
  const unitAt = (index: number) => !places.NOT_UNIT_AFTER[tokens[index]!]?.includes(tokens[index - 1] ?? '');
  // "hộ 4 người xã Phú Lộc": right after the household's size (a number and a member noun), as at a clause's head.
  const afterSize = (index: number) => MEMBER_PARTS.some((parts) => phraseEndingAt(tokens, index, parts) && /^\d{1,2}$/.test(tokens[index - parts.length - 1] ?? ''));
  // "2 đứa đi làm ở Sài Gòn", "nhà 4 người ở xa lắm": no place of the household's (placeNotHome).
  const home = (index: number, end: number) => !placeNotHome(tokens, index, end);
  // "…, phương tiện tiếp cận thông tin": no "phường" (places.ts AREA_HEAD_NOT_PLACES).
  const otherWord = (index: number) => NOT_PLACE_HEADS.some((parts) => phraseAt(tokens, index, parts));
  const heads = tokens.flatMap((token, index) =>
    (index === 0 || PLACE_BREAKS.has(tokens[index - 1]!) || unitAfterName(tokens, index)) && home(index, index + 1) && !otherWord(index) ? [token] : [],
  );
  // A phrase whose first word is not said is said nowhere (phraseEnd): only the others are looked for.
  const present = new Set(tokens);
  const saidAt = (parts: readonly string[], phrase = '') =>
    present.has(parts[0]!) &&
    tokens.some((_, index) => phraseEnd(tokens, index, parts) > 0 && home(index, phraseEnd(tokens, index, parts)) && !places.NOT_PLACE_AFTER[phrase]?.includes(tokens[index - 1] ?? ''));
  // "tp Cà Mau" in an address is wider; "ở thành phố" says where the household is.
  const addressed = (parts: readonly string[]) =>
    present.has(parts[0]!) &&
    tokens.some((_, index) => phraseEnd(tokens, index, parts) > 0 && home(index, phraseEnd(tokens, index, parts)) && !PLACE_LEADS.has(tokens[index - 1] ?? ''));
  for (const area of AREAS) {
    const said = [
      ...PLACE_PHRASES[area].filter(([phrase, parts]) => saidAt(parts, phrase)).map(([phrase]) => phrase),
      ...places.AREA_HEAD_WORDS[area].filter((word) => heads.includes(word)),
      ...places.AREA_AFTER_SIZE_WORDS[area].filter((word) => tokens.some((token, index) => token === word && afterSize(index) && home(index, index + 1))),
      ...places.AREA_NUMBERED_WORDS[area].filter((word) =>
        tokens.some((token, index) => token === word && unitAt(index) && (/^\d{1,3}$/.test(tokens[index + 1] ?? '') || phraseAt(tokens, index + 1, MASKED_PLACE_WORDS)) && home(index, index + 1)),
      ),
    ];
    for (const word of said) {
      const parts = WIDER_PLACES.get(word);
      (parts && addressed(parts) ? wider : isVillageWord(word) ? village : commune).add(area);
    }
  }
  // "TP Vinh": a city named is no area of its own (places.ts NAMED_CITY); its words count only said bare ("ở thành phố").
  if (namedCity(tokens) && !cityFree(tokens)) for (const level of [commune, wider]) level.delete('urban');
  const found = [commune, village, wider].find((level) => level.size > 0) ?? new Set<Area>();
  // "ở thị xã", "thị xã Sơn Tây", "TP Vinh" and nothing finer: it holds wards and communes (MIXED_AREA_WORDS), to be asked.
  if (found.size === 0 && mixedAreaSaid(tokens) !== undefined) return 'both';
  return found.size === 2 ? 'both' : ([...found][0] ?? null);
}

const NOT_PLACE_HEADS = places.AREA_HEAD_NOT_PLACES.map((phrase) => phrase.split(' '));

/** The masking's label for a place's number (places.ts MASKED_PLACE), as read: "phuong [địa chỉ]" is a numbered ward. */
const MASKED_PLACE_WORDS = fold(places.MASKED_PLACE).replace(/[[\]]/g, ' $& ').trim().split(/\s+/);
const MIXED_PLACES = [...places.MIXED_AREA_WORDS, ...places.MIXED_AREA_PHRASES].map((phrase) => [phrase, phrase.split(' ')] as const);
const CITY_PLACES = places.NAMED_CITY.words.map((phrase) => [phrase, phrase.split(' ')] as const);
/** MIXED_PLACES and CITY_PLACES by their first word, in their order: only those beginning with the word at a position are tried. */
const MIXED_BY_FIRST = byFirstOf(MIXED_PLACES, ([, parts]) => parts[0]!);
const CITY_BY_FIRST = byFirstOf(CITY_PLACES, ([, parts]) => parts[0]!);
const NOT_CITY_NAMES = places.NAMED_CITY.notNames.map((phrase) => phrase.split(' '));
const CITY_PARTICLES: ReadonlySet<string> = new Set(places.NAMED_CITY.particles);
/**
 * The city word at `index` followed by a name ("tp Vinh", "thanh pho thu duc", "tp [địa chỉ]" as the masking keeps it), not by the
 * sentence going on ("tp thu nhap").
 */
function cityNamedAt(tokens: readonly string[], index: number): string | undefined {
  for (const [phrase, parts] of CITY_BY_FIRST.get(tokens[index]!) ?? []) {
    const end = phraseEnd(tokens, index, parts);
    if (end === 0) continue;
    const next = tokens[end];
    // "tp [địa chỉ]": the city's name masked in kept text (a Zalo update kept while the database was down) is still a name.
    if (phraseAt(tokens, end, MASKED_PLACE_WORDS)) return phrase;
    const goesOn = NOT_CITY_NAMES.some((words) => phraseEnd(tokens, end, words) > 0) && !(CITY_PARTICLES.has(next!) && /^[a-z]+$/.test(tokens[end + 1] ?? ''));
    if (next !== undefined && /^[a-z]+$/.test(next) && !goesOn) return phrase;
  }
  return undefined;
}
const namedCity = (tokens: readonly string[]) => tokens.some((_, index) => cityNamedAt(tokens, index) !== undefined);
/** Urban said by a word other than a city's ("phường 5", "thị trấn", "quận 3"): a city named beside it changes nothing. */
function cityFree(tokens: readonly string[]): boolean {
  const cityless = tokens.map((token, index) => (CITY_BY_FIRST.get(token)?.some(([, parts]) => phraseEnd(tokens, index, parts) > 0) ? '' : token));
  return placeArea(cityless.filter((token) => token !== '' && !CITY_PLACES.some(([, parts]) => parts.includes(token)))) === 'urban';
}
/** The first unit holding both areas said ("thị xã": MIXED_AREA_WORDS; a city named: NAMED_CITY), folded; undefined when none. */
export function mixedAreaSaid(tokens: readonly string[]): string | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    const found = MIXED_BY_FIRST.get(tokens[index]!)?.find(([, parts]) => phraseEnd(tokens, index, parts) > 0)?.[0] ?? cityNamedAt(tokens, index);
    if (found) return found;
  }
  return undefined;
}

/** The area an address or a short answer names ("P.7 Q.Bình Thạnh", "TT. Long Thành", "Thôn 3", "dưới quê"): placeArea of its words. */
export function placeAreaOf(text: string): Area | 'both' | null {
  return placeArea(fold(writtenForm(writtenUnits(text))).match(PLACE_TOKEN) ?? []);
}

/**
 * The area `text` names besides its region words (places.ts REGION_PHRASES: "miền núi", "vùng cao", a kind of land, not a
 * commune or a ward): undefined when it has none ("Xã Tân An": placeAreaOf), null when they are all it names ("miền núi"),
 * else what its other words say ("xã miền núi": rural; "phường 2 (miền núi)": urban).
 */
export function areaBesidesRegions(text: string): Area | 'both' | null | undefined {
  const tokens = fold(writtenForm(writtenUnits(text))).match(PLACE_TOKEN) ?? [];
  const regions = phrasePositions(tokens, places.REGION_PHRASES);
  return regions.size === 0 ? undefined : placeArea(tokens.map((token, at) => (regions.has(at) ? '' : token)));
}
