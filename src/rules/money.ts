/**
 * Vietnamese money parsing shared by the chat, the CLI and the batch check: "1tr2", "1,2 triệu",
 * "1.200.000đ", "1200k", "1 triệu 2", "một triệu hai trăm nghìn", "2 triệu rưỡi" → đồng.
 * Input that could mean two amounts ("1.200", a bare "12") is refused with a question, never guessed.
 */
import type { MoneyParse } from './types.ts';
import { formatMoney, formatNumber } from './text.ts';
import { READER_DEFAULTS } from './defaults.ts';
import { fold } from '../text/fold.ts';
import { turnOnce } from '../text/turn.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { maskNumbers, maskPersonalData } from '../privacy/mask.ts';
import {
  COMPACT_UNITS,
  CURRENCY_WORDS,
  DIGIT_WORDS,
  GRADE_PHRASES,
  OLD_WOMAN_AFTER,
  HALF_BEFORE_WORDS,
  HALF_WORDS,
  HUNDRED_WORD,
  INCOME_CUES,
  MINUS_WORDS,
  MONEY_UNIT_NAMES,
  MONEY_UNITS,
  NOT_PERIOD_COUNTS,
  ODD_WORDS,
  PER_PERSON_GAP_WORDS,
  PER_PERSON_PHRASES,
  SLASHED_PERSON_WORDS,
  PERIOD_LEADS,
  PERIOD_REACH_WORDS,
  HARVEST_SOLD_WORDS,
  PERIOD_TRAILS,
  TIME_NOT_PERIOD_TRAILS,
  DATE_NUMBER_BEFORE,
  DATE_DAY_FOLLOWERS,
  PERIOD_WORDS,
  PERIODS_ALONE_AFTER,
  YEAR_ALONE_FROM_MILLIONS,
  NOT_OPENING_WORDS,
  NOT_YEAR_BEFORE,
  CROPS,
  SLANG_UNITS,
  SHORT_MONEY_UNITS,
  RANGE_WORDS,
  TEN_WORD,
  TEN_WORDS,
  UNIT_CURRENCY_WORDS,
  type SaidPeriod,
  AMOUNT_CLOSING_WORDS,
  APPROXIMATE_WORDS,
  APPROXIMATE_SIGNS,
  INCOME_BOUNDS,
  ABOUT_OR_DIGIT,
  DIGIT_OR_FROM,
  HOUSEHOLD_TOTAL_WORDS,
  ANY_DAY_WORDS,
  QUANTITY_UNITS,
  PRICE_PER_WORDS,
} from '../text/lexicon/money.ts';
import { GAPS, phraseAt, phraseEnd, YEARS_ASKABLE } from '../text/lexicon/index.ts';
import { YEAR_TIMES } from '../text/lexicon/when.ts';
import { OWN_HOUSE_PHRASES } from '../text/lexicon/household.ts';

/** "1" or "một" (DIGIT_WORDS): one crop, one batch, one person. */
const isOne = (token: string | undefined): boolean => token === '1' || (token !== undefined && DIGIT_WORDS[token] === 1);

/** A bare number at least this big can only mean đồng (nobody earns 100.000 triệu a month); lists read it so too (batch). */
export const BARE_DONG_MINIMUM = 100_000;
/** Digits only, no leading zero, at least BARE_DONG_MINIMUM: never ambiguous, never grouped. */
const PLAIN_DONG = /^[1-9]\d{5,}$/;
/** Plain digits under BARE_DONG_MINIMUM, 0 not among them (a bare 0 is 0 đồng). */
const PLAIN_UNDER_DONG = /^[1-9]\d{0,4}$/;
const MAXIMUM = 1e12;
export const MONTHS_PER_YEAR = 12;
const EXAMPLES = '“1.500.000 đồng”, “1,5 triệu” hoặc “1tr5”';

/** `hundreds`: said with "trăm" ("7 trăm", "bảy trăm", "trăm rưỡi"): with no unit after it, a count of hundred thousands (bareNumber). */
type NumberItem = { kind: 'number'; value: number; digits: number; decimal: boolean; raw: string; groupedValue?: number; hundreds?: true };
/** A unit's `raw`: its word as read (folded: "k", "nghin", "tr"). */
type Item = NumberItem | { kind: 'unit'; value: number; raw: string } | { kind: 'half' } | { kind: 'currency' };

const ask = (question: string): { ok: false; question: string } => ({ ok: false, question });
const isDigits = (token: string | undefined) => token !== undefined && /^\d/.test(token);
/** A unit word: "tr", "triệu", "k", "củ", or a slang unit ("chai", "xị"; the caller checks what follows it). */
const isUnit = (token: string | undefined) => MONEY_UNITS[token ?? ''] !== undefined || SLANG_UNITS[token ?? ''] !== undefined;
/** What was typed, said back with any personal data in it masked ("tui ten [tên]"). */
const notUnderstood = (text: string) => ask(`Mình chưa hiểu số tiền “${maskPersonalData(text)}”. Bạn ghi giúp theo cách như ${EXAMPLES}.`);
const NOT_MONEY = ask(
  `Số bạn ghi giống số điện thoại hoặc số giấy tờ (CCCD, CMND, tài khoản), không phải số tiền; trợ lý không đọc và không lưu số này. ` +
    `Bạn ghi giúp thu nhập theo cách như ${EXAMPLES}.`,
);

/** "1.200.000" / "1,2" / "1.200" (either 1.200 or 1,2: kept as both and resolved by context). */
function readDigits(raw: string): NumberItem | null {
  if (/^\d+$/.test(raw)) return { kind: 'number', value: Number(raw), digits: raw.length, decimal: false, raw };
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(raw) || /^\d{1,3}(,\d{3}){2,}$/.test(raw)) {
    const value = Number(raw.replace(/[.,]/g, ''));
    return { kind: 'number', value, digits: String(value).length, decimal: false, raw };
  }
  const decimal = /^(\d+)[.,](\d+)$/.exec(raw);
  if (!decimal) return null;
  const value = Number(`${decimal[1]}.${decimal[2]}`);
  const groupedValue = decimal[2]!.length === 3 && decimal[1]!.length <= 3 ? Number(`${decimal[1]}${decimal[2]}`) : undefined;
  return { kind: 'number', value, digits: 0, decimal: true, raw, groupedValue };
}

/** Number words below a thousand: "hai trăm năm mươi" → 250, "mười lăm" → 15, "một trăm lẻ năm" → 105. */
function readWords(words: string[], start: number): { item: NumberItem; next: number } | null {
  let i = start;
  let value = 0;
  const digit = (at: number) => DIGIT_WORDS[words[at] ?? ''];
  const first = digit(i);
  // "trăm rưỡi" = 150 ("một" left out), "hai trăm rưỡi" = 250.
  const hundreds = first !== undefined && words[i + 1] === HUNDRED_WORD ? 2 : words[i] === HUNDRED_WORD ? 1 : 0;
  if (hundreds > 0) {
    value += (hundreds === 2 ? first! : 1) * 100;
    i += hundreds;
    if (HALF_WORDS.has(words[i] ?? '')) return { item: wordItem(value + 50, words, start, i + 1, true), next: i + 1 };
    if (ODD_WORDS.has(words[i] ?? '')) {
      const unit = digit(i + 1);
      if (unit === undefined) return null;
      return { item: wordItem(value + unit, words, start, i + 2, true), next: i + 2 };
    }
  }
  // "mười", and "chục" said alone ("kiếm khoảng chục triệu"): ten.
  if (words[i] === TEN_WORD || (value === 0 && TEN_WORDS.has(words[i] ?? ''))) {
    value += 10;
    i += 1;
    if (digit(i) !== undefined) value += digit(i++)!;
  } else if (digit(i) !== undefined && TEN_WORDS.has(words[i + 1] ?? '')) {
    value += digit(i)! * 10;
    i += 2;
    if (digit(i) !== undefined) value += digit(i++)!;
  } else if (digit(i) !== undefined) {
    // After "trăm", a lone digit is the tens in everyday speech: "hai trăm hai" = 220.
    value += value >= 100 ? digit(i)! * 10 : digit(i)!;
    i += 1;
  }
  // "bảy trăm" (a count of hundreds) is flagged, not "trăm" alone ("phần trăm" is a percent).
  return i === start ? null : { item: wordItem(value, words, start, i, hundreds === 2), next: i };
}

/**
 * The tens and units after a hundred typed in digits, up to the unit that follows them: "1 trăm 20 triệu" (20), "1 trăm 2 triệu"
 * (20: a lone digit after "trăm" is the tens, as in "hai trăm hai"), "1 trăm lẻ 5 triệu" (5), "1 trăm hai mươi triệu" (20).
 * `at`: the token after "trăm"; undefined when no unit follows.
 */
function afterHundred(tokens: readonly string[], at: number): { value: number; next: number } | undefined {
  const odd = ODD_WORDS.has(tokens[at] ?? '') ? 1 : 0;
  const token = tokens[at + odd] ?? '';
  let read: { value: number; next: number } | undefined;
  if (/^\d{1,2}$/.test(token)) read = { value: Number(token), next: at + odd + 1 };
  else if (isNumberWord(token) && token !== HUNDRED_WORD && !ODD_WORDS.has(token)) {
    const words = readWords([...tokens], at + odd);
    if (words) read = { value: words.item.value, next: words.next };
  }
  if (!read || read.value >= 100 || !isUnit(tokens[read.next])) return undefined;
  const tensOnly = !odd && read.value < 10 && read.next === at + 1;
  return { value: tensOnly ? read.value * 10 : read.value, next: read.next };
}

function wordItem(value: number, words: string[], start: number, end: number, hundreds = false): NumberItem {
  return { kind: 'number', value, digits: String(value).length, decimal: false, raw: words.slice(start, end).join(' '), ...(hundreds ? { hundreds: true as const } : {}) };
}

/** "9 chục triệu" = 90 triệu, "5 mươi nghìn" = 50 nghìn: one digit typed before a ten word at `at`, as "chín chục" in words. */
const tensAt = (tokens: readonly string[], at: number) => /^[1-9]$/.test(tokens[at] ?? '') && TEN_WORDS.has(tokens[at + 1] ?? '');

function tokenize(folded: string): Item[] | null {
  const tokens = folded.match(/\d+(?:[.,]\d+)*|[a-z]+|\S/g) ?? [];
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/^\d/.test(token)) {
      const number = readDigits(token);
      if (!number) return null;
      if (tensAt(tokens, i)) {
        number.value *= 10;
        number.digits += 1;
        number.raw = tokens.slice(i, i + 2).join(' ');
        i += 1;
      } else if (tokens[i + 1] === HUNDRED_WORD) {
        number.value *= 100;
        number.digits += 2;
        number.hundreds = true;
        i += 1;
        // "2 trăm rưỡi nghìn" = 250 nghìn; "1 trăm 20 triệu" = 120 triệu.
        if (HALF_WORDS.has(tokens[i + 1] ?? '')) {
          number.value += 50;
          i += 1;
        } else {
          const tail = afterHundred(tokens, i + 1);
          if (tail) {
            number.value += tail.value;
            number.digits = String(number.value).length;
            number.raw = tokens.slice(i - 1, tail.next).join(' ');
            i = tail.next - 1;
          }
        }
      }
      items.push(number);
      i += 1;
    } else if (HALF_BEFORE_WORDS.has(token) && MONEY_UNITS[tokens[i + 1] ?? ''] !== undefined) {
      // "nửa triệu" = 0,5 triệu: a half before its unit.
      items.push({ kind: 'number', value: 0.5, digits: 0, decimal: true, raw: token });
      i += 1;
    } else if (MONEY_UNITS[token] !== undefined) {
      items.push({ kind: 'unit', value: MONEY_UNITS[token]!, raw: token });
      // "1,5 tr.đ": the dot between the unit and the currency is no figure (round 39).
      i += tokens[i + 1] === '.' && CURRENCY_WORDS.has(tokens[i + 2] ?? '') ? 2 : 1;
    } else if (UNIT_CURRENCY_WORDS[token] !== undefined) {
      // "1,5trđ", "2 TRĐ": the unit and the currency typed as one word (round 39).
      const unit = UNIT_CURRENCY_WORDS[token]!;
      items.push({ kind: 'unit', value: MONEY_UNITS[unit]!, raw: unit }, { kind: 'currency' });
      i += 1;
    } else if (SLANG_UNITS[token]?.[0] !== undefined) {
      items.push({ kind: 'unit', value: SLANG_UNITS[token]![0]!, raw: token });
      i += 1;
    } else if (CURRENCY_WORDS.has(token)) {
      items.push({ kind: 'currency' });
      i += 1;
    } else if (HALF_WORDS.has(token)) {
      items.push({ kind: 'half' });
      i += 1;
    } else {
      const words = readWords(tokens, i);
      if (!words) return null;
      items.push(words.item);
      i = words.next;
    }
  }
  return items;
}

export type Period = 'month' | 'year';

/** An amount with what was said around it: the value is always per month (a yearly figure ÷ 12, "3 tháng" ÷ 3). */
export interface Amount {
  /** Đồng per month. */
  value: number;
  /** The figure as said (per year when `period` is "year", for 3 months when "3 tháng"). */
  said: number;
  period: Period;
  /** How many periods the figure covers: 1 for "mỗi tháng", 3 for "3 tháng", 2 for "2 năm". */
  count: number;
  /** "mỗi người", "/người", "bình quân": the amount is per person. */
  perPerson: boolean;
  /** "2 vụ, mỗi vụ 30 triệu": the crops a year and the word said for them ("vụ", "mùa"); `said` is then the year's (crops × each crop's), CROPS. */
  crops?: Crops;
}
/** How many crops a year, in the resident's word: "2 mùa" is { count: 2, name: 'mùa' }. */
export interface Crops {
  count: number;
  name: string;
}
/** Each crop's amount said without the crops a year ("mỗi mùa lúa được 20 triệu"): asked, and the answer ("2 mùa") makes the year's. */
export interface EachCrop {
  value: number;
  perPerson: boolean;
  name: string;
}
/**
 * A figure that cannot be taken as it is: the question to ask back. `perDay`: an amount said for one day ("150k 1 ngày"),
 * which a sentence that also says how many days are worked turns into a month (understand.ts).
 */
export type AmountParse =
  | { ok: true; amount: Amount }
  | { ok: false; question: string; perDay?: { value: number; perPerson: boolean }; saidFor?: SaidFor; eachCrop?: EachCrop };
/** The period a figure was said for: "1 năm" is { year, 1 }, "3 tháng" { month, 3 }. */
export interface SaidFor {
  period: Period;
  count: number;
}

/** Phone and identity numbers leave no token (src/privacy/mask.ts finds them): they are never an amount, nor said back. */
const NO_NUMBER = { phone: ' ', idNumber: ' ' };

/** Tokens, and which of them were typed against the one before, with no space ("6tr5": "tr" and "5"). */
interface TokenRun {
  tokens: string[];
  glued: ReadonlySet<number>;
}

/**
 * Tokens of folded text: numbers with their separators, words, and single signs ("/", ","); without phone and identity
 * numbers ("sdt 0912345678", "cccd 079123456789", "cmnd 272123456"). A unit letter typed between two digits is its unit
 * ("6t5" = "6tr5", COMPACT_UNITS).
 */
function readTokens(folded: string): TokenRun {
  // The household reader and the rumour reader tokenise one message a dozen times: read once a turn (turnOnce, by the folded
  // text), each caller given its own copy of the tokens (some change theirs).
  const run = turnOnce('moneyTokens', folded, () => tokensRead(folded));
  return { tokens: [...run.tokens], glued: run.glued };
}

/** readTokens, read afresh. */
function tokensRead(folded: string): TokenRun {
  const tokens: string[] = [];
  const glued = new Set<number>();
  let previousEnd = -1;
  for (const match of maskNumbers(folded, NO_NUMBER).matchAll(/\d+(?:[.,]\d+)*|[a-z]+|\S/g)) {
    if (match.index === previousEnd) glued.add(tokens.length);
    tokens.push(match[0]);
    previousEnd = match.index + match[0].length;
  }
  tokens.forEach((token, at) => {
    const unit = COMPACT_UNITS[token];
    if (unit !== undefined && glued.has(at) && glued.has(at + 1) && isDigits(tokens[at - 1]) && isDigits(tokens[at + 1])) tokens[at] = unit;
  });
  return { tokens, glued };
}

export function moneyTokens(folded: string): string[] {
  return readTokens(folded).tokens;
}

/**
 * "6tr5", "4tr500", "1cu2": digits typed against the unit after a number continue it (6.500.000), whatever follows
 * ("6tr5 tháng" is 6.500.000 a month, never 6.000.000 in 5 months); but "6tr1 thang" is "6tr 1 tháng", the space left out
 * before the "1 tháng" that says a month's.
 */
function continuesUnit(run: TokenRun, at: number): boolean {
  const { tokens, glued } = run;
  const perPeriod = tokens[at] === '1' && PERIOD_WORDS[tokens[at + 1] ?? ''] !== undefined;
  return isDigits(tokens[at]) && isUnit(tokens[at - 1]) && glued.has(at) && glued.has(at - 1) && !perPeriod;
}

const PER_PERSON_TOKENS = PER_PERSON_PHRASES.map((phrase) => phrase.split(' '));

/** A period said with its count, e.g. "3 tháng" → month × 3. */
type SaidPeriods = { period: SaidPeriod; count: number };
/** "năm nay …", "năm ngoái" said away from the amount: a time, which says nothing sure of the amount's period (asked). */
const UNSURE = 'unsure';

/**
 * "8 triệu là một tháng hay cả năm?": asked when the only year near an amount is the time asked about ("năm nay nhà tui thu
 * nhập 8 triệu"), never read as the year's nor silently as the month's.
 */
export function monthOrYearQuestion(said: number): string {
  const figure = said >= 1e6 ? `${formatNumber(said / 1e6)} triệu` : formatMoney(said);
  return `${figure} là một tháng hay cả năm? Bạn ghi giúp “${figure} một tháng” hoặc “${figure} một năm”.`;
}

/** "3", "ba", "mười hai" before a period word: how many periods (2 or more; "1 tháng" is a lead), or undefined. */
function periodCount(token: string): number | undefined {
  const value = /^\d{1,2}$/.test(token) ? Number(token) : NOT_PERIOD_COUNTS.has(token) ? undefined : DIGIT_WORDS[token] ?? (token === TEN_WORD ? 10 : undefined);
  return value !== undefined && value >= 2 ? value : undefined;
}

/** A period phrase at `at` ("/tháng", "một năm", "mỗi tháng", "tháng", "3 tháng", "trong 2 năm") and its length. */
function periodAt(tokens: readonly string[], at: number): (SaidPeriods & { length: number; trail?: string }) | undefined {
  const token = tokens[at] ?? '';
  const next = tokens[at + 1] ?? '';
  // "tháng 1 năm sau", "ngày 15 tháng 1": the number of a date, never "1 năm" (a year) nor "15 tháng"; but "20 ngày 1 tháng"
  // (a count before the day word) is 20 days a month.
  if (DATE_NUMBER_BEFORE.has(tokens[at - 1] ?? '') && !isCount(tokens[at - 2]) && (isDigits(token) || DIGIT_WORDS[token] !== undefined)) return undefined;
  // "2,5tr/người ngày 31/12/2026", "5tr ngày 15 tháng 1": a day word opening a date says when, not the amount's period (round 25).
  if (DATE_NUMBER_BEFORE.has(token) && /^\d{1,2}$/.test(next) && DATE_DAY_FOLLOWERS.has(tokens[at + 2] ?? '')) return undefined;
  const count = periodCount(token);
  if (count !== undefined && PERIOD_WORDS[next]) return { period: PERIOD_WORDS[next]!, count, length: 2 };
  // "trong 3 tháng", "cả 2 năm": the lead word before a count.
  const counted = PERIOD_LEADS.has(token) ? periodCount(next) : undefined;
  if (counted !== undefined && PERIOD_WORDS[tokens[at + 2] ?? '']) return { period: PERIOD_WORDS[tokens[at + 2]!]!, count: counted, length: 3 };
  if (PERIOD_LEADS.has(token) && PERIOD_WORDS[next]) return { period: PERIOD_WORDS[next]!, count: 1, length: 2 };
  if (PERIOD_WORDS[token] && PERIOD_TRAILS.has(next)) return { period: PERIOD_WORDS[token]!, count: 1, length: 2, trail: next };
  if (PERIOD_WORDS[token] && PERIODS_ALONE_AFTER.has(token)) return { period: PERIOD_WORDS[token]!, count: 1, length: 1 };
  if (yearAloneAfterMillions(tokens, at)) return { period: 'year', count: 1, length: 1 };
  return undefined;
}

/**
 * "20 trieu nam", "ban dc 30tr nam": a year word alone right after "triệu" with YEAR_ALONE_FROM_MILLIONS millions or more before
 * it, nothing of a number after it ("20 triệu năm trăm" stays 20.500.000) and no time ("20 triệu năm sau"): the year's amount.
 */
function yearAloneAfterMillions(tokens: readonly string[], at: number): boolean {
  const next = tokens[at + 1];
  if (PERIOD_WORDS[tokens[at] ?? ''] !== 'year' || MONEY_UNITS[tokens[at - 1] ?? ''] !== 1e6) return false;
  if (next !== undefined && (isDigits(next) || isNumberWord(next) || isUnit(next) || HALF_WORDS.has(next))) return false;
  if (TIME_AFTER_AMOUNT.some((phrase) => phraseAt(tokens, at, phrase))) return false;
  let start = at - 1;
  while (start > 0 && (isDigits(tokens[start - 1]) || isNumberWord(tokens[start - 1]))) start -= 1;
  const figure = start < at - 1 ? figureOf(tokens.slice(start, at).join(' '), '') : undefined;
  return figure?.ok === true && figure.value >= YEAR_ALONE_FROM_MILLIONS * 1e6;
}

/** A count before a day or month word ("20 ngày", "hai mươi ngày"), not an everyday word that is also a digit ("từ tháng 3"). */
const isCount = (token: string | undefined) =>
  isDigits(token) || TEN_WORDS.has(token ?? '') || (DIGIT_WORDS[token ?? ''] !== undefined && !NOT_PERIOD_COUNTS.has(token ?? ''));

/** "năm nay": the time asked about, not the amount's period (TIME_NOT_PERIOD_TRAILS). */
const timeNotPeriod = (found: { period: SaidPeriod; trail?: string }) => found.period === 'year' && TIME_NOT_PERIOD_TRAILS.has(found.trail ?? '');

function perPersonAt(tokens: readonly string[], at: number): number {
  if (tokens[at] === '/' && SLASHED_PERSON_WORDS.has(tokens[at + 1] ?? '')) return 2;
  return PER_PERSON_TOKENS.find((phrase) => phrase[0] !== '/' && phraseAt(tokens, at, phrase))?.length ?? 0;
}

/** What follows an amount: "/người/tháng", "một tháng", "mỗi người mỗi tháng", "/năm". */
function readQualifiers(tokens: readonly string[], from: number) {
  let at = from;
  let period: SaidPeriods | undefined;
  let perPerson = false;
  let unsure = false;
  for (;;) {
    const person = perPersonAt(tokens, at);
    if (person > 0) {
      perPerson = true;
      at += person;
      continue;
    }
    const slashed = tokens[at] === '/' ? PERIOD_WORDS[tokens[at + 1] ?? ''] : undefined;
    if (slashed) {
      period ??= { period: slashed, count: 1 };
      at += 2;
      continue;
    }
    const found = periodAt(tokens, at);
    if (found) {
      // "8 triệu năm nay": a time, not the amount's period.
      if (timeNotPeriod(found)) unsure = true;
      else period ??= { period: found.period, count: found.count };
      at += found.length;
      continue;
    }
    return { period, perPerson, end: at, unsure: unsure && period === undefined };
  }
}

function perPeriod(value: number, said: SaidPeriods | undefined, perPerson: boolean, text: string): AmountParse {
  const period = said?.period;
  if (period === 'day' || period === 'week') {
    const unit = period === 'day' ? 'ngày' : 'tuần';
    const question = ask(
      `${formatMoney(value)} (“${text}”) là tiền ${said!.count > 1 ? `${said!.count}` : 'một'} ${unit}. Mình cần thu nhập cả tháng: bạn nhân với số ${unit} làm trong tháng rồi ghi lại giúp ` +
        (period === 'day' ? `(ví dụ 20 ngày × 200.000 đồng = 4.000.000 đồng một tháng).` : `(ví dụ 4 tuần × 1.000.000 đồng = 4.000.000 đồng một tháng).`),
    );
    return period === 'day' && said!.count === 1 ? { ...question, perDay: { value, perPerson } } : question;
  }
  return { ok: true, amount: amountFor(value, { period: period === 'year' ? 'year' : 'month', count: said?.count ?? 1 }, perPerson) };
}

/** A figure said for `count` months or years ("80 triệu" for "1 năm"), with its month's value (÷ 12 for a year). */
export function amountFor(said: number, { period, count }: SaidFor, perPerson: boolean): Amount {
  const months = (period === 'year' ? MONTHS_PER_YEAR : 1) * count;
  return { value: Math.round(said / months), said, period, count, perPerson };
}

/**
 * An amount typed on its own, with what may follow it: "5 triệu", "3 triệu rưỡi", "18tr/năm" (÷ 12), "20 triệu 3 tháng" (÷ 3),
 * "1,2 triệu mỗi người", "5 trieu 1 thang", "1 tháng 6 triệu" (the "1 tháng" is the period, before or after the
 * amount, never part of it).
 */
export function parseAmount(text: string): AmountParse {
  // "1.200.000.", "1.200.000 đ.": a full stop typed after the amount ends it.
  const original = text.trim().replace(/(?<=[\p{L}\d])\.$/u, '');
  if (original === '') return ask(`Bạn chưa nhập số tiền. Bạn ghi giúp theo cách như ${EXAMPLES}.`);
  if (maskNumbers(original) !== original) return NOT_MONEY;
  const folded = readTokens(fold(original));
  // "1 tháng 6 triệu", "mỗi tháng 5tr", "một năm 60 triệu": a period said first is the period, never the amount.
  const lead = readQualifiers(folded.tokens, 0);
  const run = fromToken(folded, lead.end);
  const { tokens } = run;
  // "6-7 triệu (một tháng)" answered on its own: both ends read with the unit, and asked once which to use.
  const range = rangeAt(run, 0, new Set());
  if (range && readQualifiers(tokens, range.highEnd).end === tokens.length) {
    const low = parseFigure(range.lowSaid, range.lowSaid);
    const high = parseFigure(tokens.slice(range.highStart, range.highEnd).join(' '), original);
    if (low.ok && high.ok && low.value !== high.value) {
      return ask(`Bạn ghi khoảng ${formatMoney(low.value)} đến ${formatMoney(high.value)}. Thu nhập gần mức nào hơn? Bạn ghi giúp một con số, ví dụ “${formatNumber(high.value / 1e6)} triệu”.`);
    }
  }
  // "6tr5 tháng": the "5" typed against the unit is part of the amount, never a count of months.
  const start = tokens.findIndex((_, at) => at > 0 && !continuesUnit(run, at) && (readQualifiers(tokens, at).end > at || tokens[at] === '/'));
  const amountTokens = start < 0 ? tokens : tokens.slice(0, start);
  const qualifiers = start < 0 ? { period: undefined, perPerson: false, end: tokens.length, unsure: false } : readQualifiers(tokens, start);
  const parsed = parseFigure(amountTokens.join(' '), original);
  if (!parsed.ok) return parsed;
  if (start > 0 && digitOrCount(run, start)) return digitOrCountQuestion(original, parsed.value, tokens, start);
  if (qualifiers.period === undefined && lead.period === undefined && (qualifiers.unsure || lead.unsure)) return ask(monthOrYearQuestion(parsed.value));
  return perPeriod(parsed.value, qualifiers.period ?? lead.period, qualifiers.perPerson || lead.perPerson, original);
}

/** The run from token `from` on (its glued marks shifted with it). */
function fromToken(run: TokenRun, from: number): TokenRun {
  return { tokens: run.tokens.slice(from), glued: new Set([...run.glued].filter((at) => at > from).map((at) => at - from)) };
}

/**
 * "6 triệu 5 tháng", "20 tr 3 thang": a digit typed apart after "triệu" and before "tháng"/"năm" is the amount's next digit
 * (6.500.000 a month) or a count of months (6.000.000 in 5 months). Typed against the unit ("6tr5 tháng") it is the digit;
 * typed apart it is asked back with both figures ("6 triệu 1 tháng" is a month's, as "1 tháng" always is). `at`: the digit,
 * right after the unit.
 */
function digitOrCount(run: TokenRun, at: number): boolean {
  const { tokens } = run;
  const unit = MONEY_UNITS[tokens[at - 1] ?? ''] ?? SLANG_UNITS[tokens[at - 1] ?? '']?.[0];
  const period = PERIOD_WORDS[tokens[at + 1] ?? ''];
  return unit !== undefined && unit >= 1e6 && /^[2-9]$/.test(tokens[at] ?? '') && !run.glued.has(at) && (period === 'month' || period === 'year');
}

function digitOrCountQuestion(said: string, value: number, tokens: readonly string[], at: number): { ok: false; question: string } {
  const digit = Number(tokens[at]);
  const unit = MONEY_UNITS[tokens[at - 1] ?? ''] ?? SLANG_UNITS[tokens[at - 1] ?? '']![0]!;
  const period = PERIOD_WORDS[tokens[at + 1] ?? ''] === 'year' ? 'năm' : 'tháng';
  const whole = value + (digit * unit) / 10;
  return ask(
    `“${said}” là ${formatMoney(whole)} mỗi ${period} hay ${formatMoney(value)} trong ${digit} ${period}? Bạn ghi lại giúp, ví dụ ` +
      `“${formatNumber(whole / 1e6)} triệu một ${period}” hoặc “${formatNumber(value / 1e6)} triệu trong ${digit} ${period}”.`,
  );
}

/** The amount per month, or a question to ask back. "mỗi người" is left to the caller (see parseAmount). */
export function parseMoney(text: string): MoneyParse {
  // Plain digits from 100.000 đồng up (how lists write incomes): the value itself, as the full reading would give
  // (a run long enough to be an identity number, 9 digits or more, is left to it unless mask.ts says it is an amount;
  // fewer digits never are one, so most list cells skip that test).
  if (PLAIN_DONG.test(text) && (text.length < 9 || maskNumbers(text) === text)) {
    const value = Number(text);
    if (value <= MAXIMUM) return { ok: true, value };
  }
  // Plain digits under 100.000 (no unit, "45000"): the question a bare number is asked, as the full reading asks it
  // (a list's refused incomes took ~25 µs each through it; test/rules/money-bare.test.ts checks every such figure).
  if (PLAIN_UNDER_DONG.test(text)) return bareNumber(readDigits(text)!, false);
  const parsed = parseAmount(text);
  return parsed.ok ? { ok: true, value: parsed.amount.value } : parsed;
}

/**
 * Whether an amount is typed in words ("tám triệu", "ba triệu rưỡi", "nửa triệu", "tam trieu"), not in digits and units alone
 * ("1,5 triệu", "1tr5"): a list's cell so written says in its row how it was read.
 */
export function amountInWords(text: string): boolean {
  // Digits and separators alone ("3659759", "1.500.000": most list cells) hold no word: not read for amounts (that reading
  // was ~22% of a 100.000-row `cli batch`).
  if (!/[^\d\s.,]/.test(text)) return false;
  // The figure's own words only: "60 triệu/năm" is in digits ("năm" is its period there, not the digit five).
  return findAmounts(text).some(({ said }) => said.split(' ').some((token) => isNumberWord(token) || HALF_WORDS.has(token) || HALF_BEFORE_WORDS.has(token)));
}

/**
 * The unit of an amount typed short, its fraction's digits after the unit ("3tr5", "1cu2", "6t5", "3 triệu 5": 3.500.000,
 * 1.200.000, 6.500.000, 3.500.000; continuesUnit), as the text folds it ("tr", "cu"): a list's cell so written says in its row how it was read.
 * Undefined for digits and units that say the figure whole ("3.500.000", "3,5 triệu", "800k").
 */
export function unitTypedShort(text: string): string | undefined {
  if (!/\d\D+\d/.test(text)) return undefined;
  const run = readTokens(fold(text.trim()));
  const { tokens } = run;
  // Glued ("3tr5") or apart ("3 triệu 5", "2 củ 3"): digits after a unit after digits.
  const at = tokens.findIndex((_, index) => index > 1 && (continuesUnit(run, index) || (isDigits(tokens[index]) && isUnit(tokens[index - 1]) && isDigits(tokens[index - 2]))));
  return at < 0 ? undefined : tokens[at - 1];
}

/**
 * The unit of an amount in digits that shortens it, as the text folds it, and what is short: the unit word itself (`short`:
 * "1,5tr", "800k", "2 củ": SHORT_MONEY_UNITS) and a fraction of the unit (`fraction`: "1,2 triệu", "1.5tr"): a list's cell so
 * written says in its row how it was read. Undefined for a figure in đồng ("1.500.000đ") and a whole count of a unit written
 * out ("2 triệu", "1.500 nghìn"); the fraction's digits after the unit ("3tr5") are unitTypedShort's.
 */
export function unitAbbreviated(text: string, said: number): { unit: string; short: boolean; fraction: boolean } | undefined {
  if (!/\d\s*[^\d\s.,]/.test(text)) return undefined;
  const { tokens } = readTokens(fold(text.trim()));
  const at = tokens.findIndex((token, index) => index > 0 && MONEY_UNITS[token] !== undefined && isDigits(tokens[index - 1]));
  if (at < 0) return undefined;
  const unit = tokens[at]!;
  const digits = readDigits(tokens[at - 1]!);
  const fraction = digits !== null && !Number.isInteger(digits.value) && Math.abs(digits.value * MONEY_UNITS[unit]! - said) < 1;
  const short = SHORT_MONEY_UNITS.has(unit);
  return short || fraction ? { unit, short, fraction } : undefined;
}

/** The words and signs a cell may put before an amount to say it is approximate (lexicon: APPROXIMATE_WORDS, INCOME_BOUNDS.about). */
const APPROXIMATE_LEADS: ReadonlySet<string> = new Set([...APPROXIMATE_WORDS, ...INCOME_BOUNDS.about, ...APPROXIMATE_SIGNS]);

/** The longest approximate lead in words ("khoảng chừng"), in words. */
const APPROXIMATE_LEAD_WORDS = Math.max(...[...APPROXIMATE_LEADS].map((lead) => lead.split(' ').length));

/**
 * "khoảng 1 triệu", "tầm 1tr2/ng", "~1.500.000", "khoảng 1-2 triệu", "khoang 18 trieu/nam": the word or sign a list's cell puts
 * before its amount to say it is approximate (APPROXIMATE_LEADS), as typed, and the rest of the cell, to be read as a cell
 * without it is (one figure, a range, "/người", a period). Undefined when the cell opens with none, or with "tam" before no
 * digit ("tam trieu" is "tám triệu", ABOUT_OR_DIGIT), or holds nothing after it.
 */
export function approximateLead(text: string): { about: string; rest: string } | undefined {
  const trimmed = text.trim();
  const sign = APPROXIMATE_SIGNS.find((typed) => trimmed.startsWith(typed));
  if (sign) {
    const rest = trimmed.slice(sign.length).trim();
    return rest === '' ? undefined : { about: sign, rest };
  }
  const words = trimmed.split(/\s+/);
  for (let count = Math.min(APPROXIMATE_LEAD_WORDS, words.length - 1); count >= 1; count -= 1) {
    const lead = fold(words.slice(0, count).join(' '));
    if (!APPROXIMATE_LEADS.has(lead)) continue;
    const rest = words.slice(count).join(' ');
    return ABOUT_OR_DIGIT[lead] && !/^\d/.test(rest) ? undefined : { about: words.slice(0, count).join(' '), rest };
  }
  return undefined;
}

function parseFigure(folded: string, original: string): MoneyParse {
  // "5 xị": a money word whose worth is not known (SLANG_UNITS []) is asked back in đồng, never a figure guessed.
  if (folded.split(' ').some((token) => SLANG_UNITS[token]?.length === 0)) {
    return ask(`“${original}” là bao nhiêu đồng? Mỗi nơi hiểu cách nói này một khác nên mình không tự đoán; bạn ghi giúp số tiền bằng chữ số, ví dụ ${EXAMPLES}.`);
  }
  return figureOf(folded, original);
}

function figureOf(folded: string, original: string): MoneyParse {
  if (/^-\s*\d/.test(folded)) return ask('Số tiền không được âm. Bạn ghi lại giúp số tiền (ví dụ “1,5 triệu”).');
  const items = tokenize(folded);
  if (!items || items.length === 0) return notUnderstood(original);

  let total = 0;
  let lastUnit: number | null = null;
  let index = 0;
  while (index < items.length) {
    const item = items[index]!;
    const following = items[index + 1];
    if (item.kind === 'number' && following?.kind === 'unit') {
      if (lastUnit !== null && following.value >= lastUnit) return notUnderstood(original);
      // "1.200k", "1,200k", "1.500 nghìn": read as 1,2 nghìn the figure would be 1.200 đồng, under any amount anyone says
      // (BARE_DONG_MINIMUM, as for "800.000" alone): the digits are grouped, 1.200 nghìn (round 41: were asked back, a list's
      // row refused). "1.200 triệu" (1,2 triệu or 1,2 tỷ) is still asked.
      const grouped = item.groupedValue !== undefined && item.value * following.value < BARE_DONG_MINIMUM;
      if (item.groupedValue !== undefined && !grouped) {
        const unit = MONEY_UNIT_NAMES[following.value];
        return ask(
          `“${typedFigure(original, item.raw, following.raw) ?? `${item.raw} ${unit}`}” là ${formatNumber(item.value)} ${unit} hay ${formatNumber(item.groupedValue)} ${unit}? Bạn ghi rõ giúp, ví dụ ${EXAMPLES}.`,
        );
      }
      total += (grouped ? item.groupedValue! : item.value) * following.value;
      lastUnit = following.value;
      index += 2;
    } else if (item.kind === 'number' && lastUnit !== null) {
      // "1tr2" = 1,2 triệu; "1tr200" = 1.200.000; "1tr25" = 1.250.000: the digits continue the unit.
      if (item.decimal || item.digits > Math.min(3, Math.log10(lastUnit))) return notUnderstood(original);
      total += (item.value * lastUnit) / 10 ** item.digits;
      index += 1;
      if (items[index] && items[index]!.kind !== 'currency') return notUnderstood(original);
    } else if (item.kind === 'number') {
      const withCurrency = following?.kind === 'currency';
      if (items.length > (withCurrency ? 2 : 1)) return notUnderstood(original);
      return bareNumber(item, withCurrency);
    } else if (item.kind === 'half' && lastUnit !== null) {
      total += lastUnit / 2;
      index += 1;
      if (items[index] && items[index]!.kind !== 'currency') return notUnderstood(original);
    } else if (item.kind === 'currency' && index === items.length - 1 && lastUnit !== null) {
      index += 1;
    } else {
      return notUnderstood(original);
    }
  }
  return finish(total);
}

/**
 * A figure and its unit as typed in `original` ("1.500k", "1.500 Nghìn", "1.500 ngàn"), found from the reading's folded `figure`
 * and `unit`: what a question quotes back (round 26: "1.500k" was quoted “1.500 nghìn”, words the cadre never typed); undefined
 * when `original` does not hold them so.
 */
function typedFigure(original: string, figure: string, unit: string): string | undefined {
  const at = new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}\\s*`).exec(original);
  if (!at) return undefined;
  const end = at.index + at[0].length + unit.length;
  return fold(original.slice(at.index + at[0].length, end)) === unit ? original.slice(at.index, end) : undefined;
}

function bareNumber(item: NumberItem, withCurrency: boolean): MoneyParse {
  if (item.groupedValue !== undefined) {
    // "800.000" is 800.000 đồng, as "800000" is (BARE_DONG_MINIMUM): nobody writes 800 triệu as "800,000"; "1.500" (1.500 đồng
    // or 1,5 triệu) is still asked.
    if (withCurrency || item.groupedValue >= BARE_DONG_MINIMUM) return finish(item.groupedValue);
    return ask(
      `“${item.raw}” là ${formatMoney(item.groupedValue)} hay ${formatMoney(item.value * 1e6)} (${formatNumber(item.value)} triệu)? ` +
        `Bạn ghi rõ giúp, ví dụ ${EXAMPLES}.`,
    );
  }
  if (item.decimal) {
    return ask(`“${item.raw}” là ${formatNumber(item.value)} triệu đồng (${formatMoney(item.value * 1e6)}) phải không? Bạn ghi kèm đơn vị giúp, ví dụ “${item.raw} triệu”.`);
  }
  if (withCurrency || item.value === 0 || item.value >= BARE_DONG_MINIMUM) return finish(item.value);
  // "7 trăm", "bảy trăm", "trăm rưỡi" with no unit: said of money, hundreds of thousands (700.000 đồng); 700 triệu is said "7 trăm triệu".
  if (item.hundreds) return finish(item.value * 1e3);
  return ask(
    `“${item.raw}” là ${formatNumber(item.value)} nghìn đồng hay ${formatNumber(item.value)} triệu đồng? ` +
      `Bạn ghi kèm đơn vị giúp, ví dụ “${item.raw} triệu” hoặc “${item.raw} nghìn”.`,
  );
}

function finish(total: number): MoneyParse {
  if (!Number.isFinite(total) || total > MAXIMUM) return ask('Số tiền này quá lớn. Bạn kiểm tra lại giúp số tiền mỗi tháng.');
  return { ok: true, value: Math.round(total) };
}

/** Both ends of an income said as a range or a bound (FoundAmount.range), per month. */
export interface IncomeRange {
  low: number;
  high: number;
  bound?: 'below' | 'above';
}

/** An amount found inside a sentence, with the words of its clause before it (who earns it, "mỗi tháng"…). */
export interface FoundAmount {
  parse: AmountParse;
  /** The amount as typed (folded), e.g. "3 trieu ruoi". */
  said: string;
  /** Index of its first token in `moneyTokens(fold(text))`. */
  start: number;
  /** Index after it and the period or "mỗi người" said right after it. */
  end: number;
  /** Tokens of the same clause before the amount. */
  before: string[];
  /**
   * "6-7 triệu": both ends per month (`parse` is the higher end, the one used; the reader says so). `bound`: "chưa tới 2
   * triệu" (below: 0 to 2.000.000), "hơn 3 triệu", "2 triệu mấy" (above: the figure to the next step), `parse` the figure said.
   */
  range?: IncomeRange;
  /** A period was said with it ("1 tháng", "mỗi năm"); absent when the month is only assumed ("thu nhập 40 triệu"). */
  periodSaid?: true;
  /**
   * No period said, but a year said as a time in its clause ("năm nay nhà tui thu nhập 8 triệu", "8 triệu năm nay"): `parse`
   * takes it as a month's; an income so said is asked back (monthOrYearQuestion), a claim's figure is kept as said.
   */
  periodUnsure?: true;
}

const NEGATIVE = ask('Thu nhập không thể là số âm. Bạn ghi lại giúp số tiền cả hộ kiếm được mỗi tháng (ví dụ “5 triệu”); nếu không có thu nhập, ghi “0 đồng” hoặc “không có thu nhập”.');

/** "6-7 triệu", "6 đến 7 triệu", "6tr-7tr" from `at`: the two ends (the lower takes the higher's unit when it has none). */
function rangeAt(run: TokenRun, at: number, stopWords: ReadonlySet<string>): { lowSaid: string; highStart: number; highEnd: number } | undefined {
  const { tokens } = run;
  if (!isDigits(tokens[at])) return undefined;
  const lowEnd = amountEnd(run, at, stopWords) ?? at + 1;
  // "3 4 triệu": two bare figures side by side, the first the smaller, are a range said without a dash.
  const bare = !RANGE_WORDS.has(tokens[lowEnd] ?? '') && lowEnd === at + 1 && /^\d{1,3}$/.test(tokens[at]!) && /^\d{1,3}$/.test(tokens[lowEnd] ?? '');
  if (!bare && !RANGE_WORDS.has(tokens[lowEnd] ?? '')) return undefined;
  const highStart = bare ? lowEnd : lowEnd + 1;
  const highEnd = highStart < tokens.length ? amountEnd(run, highStart, stopWords) : undefined;
  if (highEnd === undefined || !tokens.slice(highStart, highEnd).some(isUnit)) return undefined;
  if (bare && (Number(tokens[at]) >= Number(tokens[highStart]) || tokens[highStart + 1] === undefined || !isUnit(tokens[highStart + 1]))) return undefined;
  const low = tokens.slice(at, lowEnd);
  const unit = tokens.slice(highStart, highEnd).find(isUnit)!;
  return { lowSaid: (low.some(isUnit) ? low : [...low, unit]).join(' '), highStart, highEnd };
}

const CLAUSE_BREAKS = new Set([',', ';', '.', '!', '?', '\n']);
const isNumberWord = (token: string | undefined) =>
  token !== undefined && (DIGIT_WORDS[token] !== undefined || TEN_WORDS.has(token) || token === HUNDRED_WORD || ODD_WORDS.has(token));
const TIME_AFTER_AMOUNT = YEAR_TIMES.map((phrase) => phrase.split(' '));

/** Number words from `at`: "hai trăm", "mười lăm"; returns the index after them. */
function skipNumberWords(tokens: readonly string[], at: number): number {
  let end = at;
  while (isNumberWord(tokens[end])) end += 1;
  return end;
}

/** A digit or word continuing an amount ("1 triệu 2", "5 triệu rưỡi") is not one when a period or a count follows it. */
function endsAmount(tokens: readonly string[], at: number, stopWords: ReadonlySet<string>): boolean {
  const next = tokens[at] ?? '';
  return stopWords.has(next) || PERIOD_WORDS[next] !== undefined;
}

const INCOME_CUE_ENDS = new Set(INCOME_CUES.filter((cue) => !cue.includes(' ')));
/** Each income word's words, split once (afterCue). */
const INCOME_CUE_WORDS = INCOME_CUES.map((cue) => cue.split(' '));
/**
 * "thu nhập (khoảng|tầm) 1500", "thu nhập 1 tháng 1500": a figure right after an income word, with at most one
 * filler word and a period ("1 tháng", "mỗi tháng") between.
 */
function afterCue(tokens: readonly string[], at: number): boolean {
  const end = periodAt(tokens, at - 2)?.length === 2 ? at - 2 : at;
  return INCOME_CUE_WORDS.some((words) => [end - words.length, end - words.length - 1].some((from) => phraseAt(tokens, from, words)));
}

/**
 * A slang unit ("chai", "xị") at `at` is money only when a period, "mỗi người", a currency word or the end of the clause
 * follows it, or a particle closing the clause ("thang dc 5 xi thoi"): "kiếm dc 2 chai 1 tháng", not "bán 20 chai mật ong".
 * Other units always are.
 */
function slangHolds(tokens: readonly string[], at: number): boolean {
  if (SLANG_UNITS[tokens[at] ?? ''] === undefined) return true;
  const next = tokens[at + 1];
  const ends = (token: string | undefined) => token === undefined || CLAUSE_BREAKS.has(token);
  return ends(next) || CURRENCY_WORDS.has(next!) || HALF_WORDS.has(next!) || readQualifiers(tokens, at + 1).end > at + 1 || (AMOUNT_CLOSING_WORDS.has(next!) && ends(tokens[at + 2]));
}

/** The end (exclusive) of an amount starting at `at`, or undefined when no amount starts there. */
function amountEnd(run: TokenRun, at: number, stopWords: ReadonlySet<string>): number | undefined {
  const { tokens } = run;
  let end = at;
  if (isDigits(tokens[end])) {
    end += tokens[end + 1] === HUNDRED_WORD || tensAt(tokens, end) ? 2 : 1;
    if (tokens[end - 1] === HUNDRED_WORD) end = afterHundred(tokens, end)?.next ?? end;
  } else if (HALF_BEFORE_WORDS.has(tokens[end] ?? '') && isUnit(tokens[end + 1])) {
    end += 1;
  } else {
    end = skipNumberWords(tokens, at);
    if (end === at) return undefined;
  }
  // "trăm rưỡi nghìn", "2 trăm rưỡi nghìn": the half of the hundred.
  if (tokens[end - 1] === HUNDRED_WORD && HALF_WORDS.has(tokens[end] ?? '')) end += 1;
  if (!isUnit(tokens[end]) || !slangHolds(tokens, end)) {
    // A bare figure is an amount only when it cannot be a count: "1.500.000", "4500000"; never the "1" of
    // "thu nhập 1 tháng 6 triệu", which with its period word says "per month".
    const bare =
      isDigits(tokens[at]) &&
      end === at + 1 &&
      periodAt(tokens, at) === undefined &&
      (Number(tokens[at]!.replace(/[.,]/g, '')) >= BARE_DONG_MINIMUM || INCOME_CUE_ENDS.has(tokens[at - 1] ?? '') || afterCue(tokens, at)) &&
      !stopWords.has(tokens[end] ?? '');
    // "con cho 7 tram 1 thang", "thu nhap bay tram": hundreds said of money with nothing after them but the amount's end (bareNumber
    // reads them as hundreds of thousands); "cách 7 trăm mét" stays no amount.
    const counted = tokens[at] !== HUNDRED_WORD || HALF_WORDS.has(tokens[at + 1] ?? '');
    const hundreds = !bare && counted && tokens.slice(at, end).includes(HUNDRED_WORD) && !stopWords.has(tokens[end] ?? '') && amountEndsAt(run, end, stopWords);
    if (hundreds) return end;
    if (!bare) return undefined;
    return CURRENCY_WORDS.has(tokens[end] ?? '') ? end + 1 : end;
  }
  end += 1;
  for (;;) {
    const token = tokens[end];
    if (HALF_WORDS.has(token ?? '')) {
      end += 1;
      break;
    }
    if (continuesUnit(run, end)) {
      end += 1;
      break;
    }
    // "60 triệu một năm, …": a period phrase ("một năm", "1 tháng") ends the amount, though "một", "năm" are also digit words.
    if (periodAt(tokens, end) !== undefined) break;
    // "thu nhap 8 trieu nam sau", "8 trieu nam toi": a time ("năm sau", "năm tới") ends it too, no "8 triệu năm" (8.500.000).
    if (TIME_AFTER_AMOUNT.some((phrase) => phraseAt(tokens, end, phrase))) break;
    // "8tr 01/01/2027", "8tr 1/1": the day of a date, never "8 triệu 01" (8.010.000).
    if (isDigits(token) && tokens[end + 1] === '/' && isDigits(tokens[end + 2])) break;
    let after = end;
    if (isDigits(token) && /^\d{1,3}$/.test(token!)) after = end + 1;
    else if (isNumberWord(token) && token !== 'khong' && !NOT_OPENING_WORDS.has(token!)) after = skipNumberWords(tokens, end);
    if (after === end) break;
    // "6 trieu tu ban ca": "từ bán cá" (from selling fish), not "6 triệu tư" (DIGIT_OR_FROM).
    if (DIGIT_OR_FROM.has(token!) && !amountEndsAt(run, end + 1, stopWords)) break;
    if (isUnit(tokens[after]) && slangHolds(tokens, after)) {
      end = after + 1;
      continue;
    }
    // "250k làm tầm 20 ngày": words before a figure in digits are not the amount's ("tam" is "tầm" typed without marks).
    if (!isDigits(token) && isDigits(tokens[after])) break;
    if (endsAmount(tokens, after, stopWords) || PERIOD_TRAILS.has(tokens[after + 1] ?? '')) break;
    end = after;
    break;
  }
  return CURRENCY_WORDS.has(tokens[end] ?? '') ? end + 1 : end;
}

/**
 * Whether an amount may end right before `at`: the end, a clause break, a currency, a period or "per person", a count, another
 * figure or unit, or a word of AMOUNT_CLOSING_WORDS ("2 triệu tư thôi"); any other word there makes a DIGIT_OR_FROM word "from".
 */
function amountEndsAt(run: TokenRun, at: number, stopWords: ReadonlySet<string>): boolean {
  const { tokens } = run;
  const next = tokens[at];
  if (next === undefined || CLAUSE_BREAKS.has(next) || CURRENCY_WORDS.has(next) || AMOUNT_CLOSING_WORDS.has(next)) return true;
  if (isDigits(next) || isUnit(next) || HALF_WORDS.has(next) || endsAmount(tokens, at, stopWords)) return true;
  return periodAt(tokens, at) !== undefined || readQualifiers(tokens, at).end > at;
}

const GRADES = GRADE_PHRASES.map((phrase) => phrase.split(' '));

const OLD_WOMAN = OLD_WOMAN_AFTER.map((phrase) => phrase.split(' '));

/** "ba cu song 1 minh" (OLD_WOMAN_AFTER): "bà cụ", an old woman, at `at`; never "3 củ". */
function oldWomanAt(tokens: readonly string[], at: number): boolean {
  return tokens[at] === 'ba' && tokens[at + 1] === 'cu' && OLD_WOMAN.some((parts) => phraseEnd(tokens, at + 2, parts) >= 0);
}

/** A grade phrase ends right before `at` ("nhà cấp 4", "nhà tui cấp bốn"; GRADE_PHRASES): the number there is a grade, no amount. */
function gradeBefore(tokens: readonly string[], at: number): boolean {
  return GRADES.some((parts) => {
    for (let start = Math.max(0, at - parts.length - GAPS.reach); start <= at - parts.length; start += 1) {
      if (phraseEnd(tokens, start, parts) === at) return true;
    }
    return false;
  });
}

/**
 * Every amount in a sentence, each with its period and "per person" read from the words around it:
 * "cả nhà kiếm chừng 5 triệu một tháng", "1 năm kiếm dc 60 trieu" (÷ 12), "mỗi người 1tr2".
 * `stopWords`: words that count something else after a number ("người", "khẩu"), so "5 triệu 4 người"
 * is 5.000.000 and 4 people.
 */
export function findAmounts(text: string, stopWords: ReadonlySet<string> = new Set()): FoundAmount[] {
  const run = readTokens(fold(text));
  const { tokens } = run;
  const found: FoundAmount[] = [];
  let clauseStart = 0;
  for (let at = 0; at < tokens.length; ) {
    if (CLAUSE_BREAKS.has(tokens[at]!)) {
      clauseStart = at + 1;
      at += 1;
      continue;
    }
    // "nhà cấp 4 cũ" ("nha cap 4 cu"): a house's grade, never "4 củ"; "thu nhập năm 2026 là 84 triệu": a year, never 2.026 triệu.
    if (gradeBefore(tokens, at) || yearAfterYearWord(tokens, at) || oldWomanAt(tokens, at)) {
      at += 1;
      continue;
    }
    const range = rangeAt(run, at, stopWords);
    const end = range?.highEnd ?? amountEnd(run, at, stopWords);
    if (end === undefined) {
      at += 1;
      continue;
    }
    // "lua ban 7 ngan 1 ky": a price per weight, no income (QUANTITY_UNITS).
    if (PRICE_PER_WORDS.has(tokens[end] ?? '') && QUANTITY_WORDS.has(tokens[end + 1] ?? '')) {
      at = end + 2;
      continue;
    }
    const said = tokens.slice(at, end).join(' ');
    const before = tokens.slice(clauseStart, at);
    const after = dayBeforeDaysAfter(tokens, before, end) ?? readQualifiers(tokens, end);
    const clauseEnd = tokens.findIndex((token, index) => index >= end && CLAUSE_BREAKS.has(token));
    const clause = [...before, ...tokens.slice(after.end, clauseEnd < 0 ? tokens.length : clauseEnd)];
    const saidBefore = after.period === undefined ? periodIn(before) : undefined;
    const period = after.period ?? (saidBefore === UNSURE ? undefined : saidBefore);
    const periodUnsure = period === undefined && (after.unsure || saidBefore === UNSURE);
    const perPerson = after.perPerson || perPersonIn(clause, before);
    const read = (figureSaid: string) => {
      const figure = parseFigure(figureSaid, figureSaid);
      if (figure.ok && digitOrCount(run, end)) return digitOrCountQuestion(tokens.slice(at, end + 2).join(' '), figure.value, tokens, end);
      return figure.ok ? perPeriod(figure.value, period, perPerson, said) : figure;
    };
    // "-5 triệu", "âm 5 triệu" (a minus, not the dash of a range after another amount): refused, never read as 5 triệu.
    const sign = tokens[at - 1];
    const negative = MINUS_WORDS.has(sign ?? '') && !isDigits(tokens[at - 2]) && !isUnit(tokens[at - 2]);
    if (negative) found.push({ said: `${sign} ${said}`, start: at - 1, end: after.end, before, parse: NEGATIVE });
    else if (range) {
      const low = read(range.lowSaid);
      const high = read(tokens.slice(range.highStart, range.highEnd).join(' '));
      const both = low.ok && high.ok ? { range: { low: low.amount.value, high: high.amount.value } } : {};
      found.push({ said, start: at, end: after.end, before, parse: low.ok ? high : low, ...both });
    } else if (cropAt(tokens, before.length === 0 ? at : at - before.length, at, after.end)) {
      found.push({ said, start: at, end: after.end, before, parse: perCrop(read(said), tokens), periodSaid: true });
    } else {
      found.push({ said, start: at, end: after.end, before, parse: read(said), ...(period ? { periodSaid: true as const } : {}), ...(periodUnsure ? { periodUnsure: true as const } : {}) });
    }
    at = after.end;
  }
  return found;
}

/**
 * "làm thuê ngày 150k tháng làm 10 ngày": a day's pay said before the amount, and the month after it opens the days worked
 * in it (a number of days before the clause ends), not the amount's period: the amount is the day's (round 20).
 */
function dayBeforeDaysAfter(tokens: readonly string[], before: readonly string[], end: number): ReturnType<typeof readQualifiers> | undefined {
  if (PERIOD_WORDS[tokens[end] ?? ''] !== 'month') return undefined;
  const said = periodIn(before);
  if (said === UNSURE || said?.period !== 'day') return undefined;
  for (let index = end + 1; index < tokens.length && index <= end + 4 && !CLAUSE_BREAKS.has(tokens[index]!); index += 1) {
    if (/^\d{1,2}$/.test(tokens[index]!) && PERIOD_WORDS[tokens[index + 1] ?? ''] === 'day') return { period: undefined, perPerson: false, end, unsure: false };
  }
  return undefined;
}

/** The number at `at` is a year after the year word ("năm 2026", "năm 2025 vừa rồi"; not "miền Nam", "anh Năm"): never an amount. */
function yearAfterYearWord(tokens: readonly string[], at: number): boolean {
  const year = /^\d{4}$/.test(tokens[at] ?? '') ? Number(tokens[at]) : NaN;
  return year >= YEARS_ASKABLE.from && year <= YEARS_ASKABLE.to && PERIOD_WORDS[tokens[at - 1] ?? ''] === 'year' && !southOrName(tokens, at - 1);
}

/** Words between "năm 2026" and the amount that leave it the year's: "tổng thu nhập năm 2026 là 84 triệu", "năm 2025 được 60 triệu". */
const AFTER_YEAR_NAMED = new Set([...PERIOD_REACH_WORDS, 'la']);

const CROP_WORDS = new Set(CROPS.words);
const QUANTITY_WORDS: ReadonlySet<string> = new Set(QUANTITY_UNITS);
const EACH_CROP = new Set(CROPS.each);
/**
 * "mỗi vụ thu 30 triệu", "mỗi mùa bán lúa được 20 triệu", "30 triệu một vụ", "30tr/vụ": the amount at `at`..`end` is each
 * crop's (its clause starts at `clause`; "mỗi vụ" anywhere in it before the amount).
 */
function cropAt(tokens: readonly string[], clause: number, at: number, end: number): boolean {
  const each = (index: number) => EACH_CROP.has(tokens[index] ?? '') && CROP_WORDS.has(tokens[index + 1] ?? '');
  // "nuôi heo 1 năm bán 1 lứa dc 12 triệu": one batch in the year said before it, the amount is that year's (round 21).
  const oneInYear = (index: number) => isOne(tokens[index]) && tokens.slice(clause, index).some((token) => PERIOD_WORDS[token] === 'year');
  for (let index = clause; index < at - 1; index += 1) if (each(index) && !oneInYear(index)) return true;
  // "mùa lúa được chừng 8 triệu, 1 năm 2 mùa", "mùa mía dc 20 triệu": the clause opens with the crop (what it grows, then only
  // earning words before the amount), round 20; not "mua lúa giống hết 5 triệu" (buying).
  if (CROP_WORDS.has(tokens[clause] ?? '') && !EACH_CROP.has(tokens[clause - 1] ?? '') && at > clause + 1) {
    const between = tokens.slice(clause + 1, at);
    const grown = HARVEST_SOLD_WORDS.has(between[0] ?? '') ? 1 : 0;
    if (between.slice(grown).every((token) => PERIOD_REACH_WORDS.has(token) || token === 'dc')) return true;
  }
  // "moi vu dc 3 tan lua, ban dc 20 trieu" (round 32 consent18; was 20 triệu a month): the crop said in the clause before, this
  // one only selling it.
  const sold = at > clause && tokens.slice(clause, at).every((token) => PERIOD_REACH_WORDS.has(token) || token === 'dc');
  if (sold && clause > 0) {
    let previous = clause - 1;
    while (previous > 0 && !CLAUSE_BREAKS.has(tokens[previous - 1]!)) previous -= 1;
    for (let index = previous; index < clause - 1; index += 1) if (each(index) && !oneInYear(index)) return true;
  }
  return each(end) || (CROP_WORDS.has(tokens[end] ?? '') && tokens[end - 1] === '/');
}

/** Each crop's amount, by the crops a year the sentence counts ("2 vụ", "hai mùa"): the year's; no count, asked. */
function perCrop(each: AmountParse, tokens: readonly string[]): AmountParse {
  if (!each.ok) return each;
  // "1 năm 1 mùa": one crop a year ("1" after the year is the count, not "each").
  const oneAYear = (token: string, index: number) => isOne(token) && PERIOD_WORDS[tokens[index - 1] ?? ''] === 'year';
  const counted = tokens
    .flatMap((token, index) => (CROP_WORDS.has(tokens[index + 1] ?? '') && (!EACH_CROP.has(token) || oneAYear(token, index)) ? [oneAYear(token, index) ? 1 : periodCount(token)] : []))
    .find((count) => count !== undefined);
  // The crop word the resident used ("mỗi mùa lúa" is asked and counted in "mùa").
  const said = tokens.find((token, index) => CROP_WORDS.has(token) && EACH_CROP.has(tokens[index - 1] ?? '')) ?? tokens.find((token) => CROP_WORDS.has(token));
  const name = CROPS.names[said ?? ''] ?? CROPS.names.vu!;
  if (counted === undefined) {
    const figure = formatMoney(each.amount.said);
    return {
      ...ask(`${figure} là thu nhập mỗi ${name}. Một năm hộ làm mấy ${name}? Bạn ghi giúp, ví dụ “2 ${name}, mỗi ${name} ${figure}”, để mình tính thu nhập cả năm rồi chia 12 tháng.`),
      eachCrop: { value: each.amount.said, perPerson: each.amount.perPerson, name },
    };
  }
  return { ok: true, amount: yearOfCrops(each.amount.said, each.amount.perPerson, { count: counted, name }) };
}

/** Each crop's amount × the crops a year: the year's, per month (÷ 12). */
export function yearOfCrops(each: number, perPerson: boolean, crops: Crops): Amount {
  const yearly = each * crops.count;
  return { value: Math.round(yearly / MONTHS_PER_YEAR), said: yearly, period: 'year', count: 1, perPerson, crops };
}

/**
 * The answer to "Một năm hộ làm mấy mùa?": the crops a year ("2 mùa", "2 vụ", "hai mùa", "2", "1 năm làm 2 vụ", "3 vụ thôi"),
 * 1 to READER_DEFAULTS.cropsAYear; undefined when the text says anything else (an amount, a sentence).
 */
export function readCropsAnswer(text: string): number | undefined {
  const tokens = readTokens(fold(text)).tokens.filter((token) => !CLAUSE_BREAKS.has(token));
  const counts: number[] = [];
  for (const [index, token] of tokens.entries()) {
    const count = /^\d{1,2}$/.test(token) ? Number(token) : DIGIT_WORDS[token];
    // "1 năm", "một năm", "mỗi năm": the year the count is for, not a count of crops.
    if (PERIOD_WORDS[token] === 'year' || (PERIOD_WORDS[tokens[index + 1] ?? ''] === 'year' && (count === 1 || PERIOD_LEADS.has(token)))) continue;
    if (count !== undefined && !CROPS.answerWords.includes(token)) counts.push(count);
    else if (!CROP_WORDS.has(token) && !CROPS.answerWords.includes(token)) return undefined;
  }
  const [count] = counts;
  return counts.length === 1 && count! >= 1 && count! <= READER_DEFAULTS.cropsAYear ? count : undefined;
}

/** The words of the speaker's house and of the whole household ("nhà tui", "gia đình em", "cả nhà"): who earned, never a time. */
const HOUSE_SAID_WORDS: ReadonlySet<string> = new Set([...OWN_HOUSE_PHRASES, ...HOUSEHOLD_TOTAL_WORDS].flatMap((phrase) => phrase.split(' ')));

/** "một năm kiếm được…", "mỗi tháng cả nhà được…", "năm ngoái…", "3 tháng được…": a period said before the amount. */
function periodIn(tokens: readonly string[]): SaidPeriods | typeof UNSURE | undefined {
  // "tổng thu nhập năm 2026 là 84 triệu": the year named (yearAfterYearWord) right before the amount is its period.
  const named = tokens.findLastIndex((_, at) => yearAfterYearWord(tokens, at));
  if (named >= 0 && tokens.slice(named + 1).every((token) => AFTER_YEAR_NAMED.has(token))) return { period: 'year', count: 1 };
  // "làm thuê ngày 200 nghìn", "tuần 1 triệu": a day or a week named right before the amount is its period.
  // "ngày kiếm được 120k": only earning words (PERIOD_REACH_WORDS) between the day and the amount.
  let reach = tokens.length - 1;
  while (reach > 0 && PERIOD_REACH_WORDS.has(tokens[reach]!)) reach -= 1;
  const last = PERIOD_WORDS[tokens[reach] ?? ''];
  if (last === 'day' || last === 'week') return { period: last, count: 1 };
  // "bữa nào có việc thì dc 280k": any day, opening the clause, is the pay's period.
  if (PERIOD_WORDS[tokens[0] ?? ''] === 'day' && ANY_DAY_WORDS.has(tokens[1] ?? '')) return { period: 'day', count: 1 };
  // "tổng thu nhập năm 120 triệu", "vợ bán rau năm được 6 triệu", "ba má làm ruộng năm dc 12 trieu": a year named right before
  // the amount (only earning words between) is its period: "hai năm" counts two, "một năm", "mỗi năm" one; never the South
  // ("ở miền Nam được 6 triệu", "ở trong Nam") nor a name ("anh Năm"): the words before it are read instead.
  if (last === 'year') {
    if (southOrName(tokens, reach)) return periodIn(tokens.slice(0, reach - (tokens[reach - 1] === 'trong' ? 1 : 0)));
    const counted = [reach - 2, reach - 1].flatMap((at) => {
      const found = at >= 0 ? periodAt(tokens, at) : undefined;
      return found && at + found.length === reach + 1 ? [found] : [];
    })[0];
    return counted ? { period: counted.period, count: counted.count } : { period: last, count: 1 };
  }
  for (let at = tokens.length - 1; at >= 0; at -= 1) {
    const lead = PERIOD_LEADS.has(tokens[at]!) || periodCount(tokens[at]!) !== undefined;
    const found = lead || PERIOD_TRAILS.has(tokens[at + 1] ?? '') ? periodAt(tokens, at) : undefined;
    if (!found || southOrName(tokens, at + found.length - 1)) continue;
    // "năm nay nhà tui … thu nhập 8 triệu": a time; "năm ngoái … 60 triệu" is the year's only with earning words alone between,
    // or what was sold by the harvest ("năm ngoái bán lúa được 105 triệu").
    // "năm ngoái nhà tui thu dc 84 triệu": the speaker's house said between them is who earned it, no time away (round 21).
    const away = tokens.slice(at + found.length).some((token) => !PERIOD_REACH_WORDS.has(token) && !HARVEST_SOLD_WORDS.has(token) && !HOUSE_SAID_WORDS.has(token));
    if (found.trail !== undefined && found.period === 'year' && (timeNotPeriod(found) || away)) return UNSURE;
    return { period: found.period, count: found.count };
  }
  return undefined;
}

/** The "nam" at `at` is the South ("ở miền Nam", "ở trong Nam") or a name ("anh Năm"), not a year (NOT_YEAR_BEFORE). */
function southOrName(tokens: readonly string[], at: number): boolean {
  if (PERIOD_WORDS[tokens[at] ?? ''] !== 'year') return false;
  const inside = tokens[at - 1] === 'trong' ? 1 : 0;
  return NOT_YEAR_BEFORE.has(tokens[at - 1 - inside] ?? '');
}

/**
 * "mỗi người", "bình quân", "đầu người" anywhere in the clause; "1 người" only right before the amount
 * ("thu nhập 1 người 1tr", "1 người tầm 1tr2": PER_PERSON_GAP_WORDS between), since "có 1 người đi làm được 3 triệu" is the household's income.
 */
function perPersonIn(clause: readonly string[], before: readonly string[]): boolean {
  const loose = PER_PERSON_TOKENS.filter((phrase) => !/^(1|mot)$/.test(phrase[0]!));
  if (clause.some((_, at) => loose.some((phrase) => phraseAt(clause, at, phrase)))) return true;
  let end = before.length;
  const gap = () => {
    while (end > 0 && PER_PERSON_GAP_WORDS.has(before[end - 1]!)) end -= 1;
  };
  gap();
  // The month said between ("1 người 1 tháng tầm 1tr2", "1 người mỗi tháng 1tr2"; round 30 words15: was the household's 1.200.000
  // đồng): that one person's monthly income still.
  if (PERIOD_WORDS[before[end - 1] ?? ''] === 'month') {
    end -= 1;
    if (PERIOD_LEADS.has(before[end - 1] ?? '')) end -= 1;
    gap();
  }
  const tail = before.slice(Math.max(0, end - 2), end);
  return isOne(tail[0]) && tail[1] === 'nguoi';
}

/**
 * An income per person per month too high to use without asking back (READER_DEFAULTS.confirmIncomePerPersonFrom, over
 * three times the highest line of any standard): when its month was only assumed, not said ("nhà 4 người thu nhập 60
 * triệu" may be a year's sum; a list's cell "35000000000" a digit too many), or the household tells a lack ("mỗi người
 * 30 triệu 1 tháng, nhà dột nát"). The one rule of the chat's reader (understand.ts) and a list's rows (batch): a typo
 * or a year's sum would otherwise give "không thuộc diện" silently.
 */
export function incomeHardToBelieve(perPerson: number, said: { monthAssumed: boolean; soundsPoor: boolean }): boolean {
  return perPerson >= READER_DEFAULTS.confirmIncomePerPersonFrom && (said.monthAssumed || said.soundsPoor);
}
