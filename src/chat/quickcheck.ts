/**
 * The one-line check for cadres: `/kiemtra nt 1.4tr bhyt nuoc nhatieu`.
 * Tokens: an area alias (nt, tt…), the income per person per month (1.4tr, 1400k, 1.400.000),
 * optionally the household size (4ng, 4nguoi, 4nk), and the aliases of the indicators the household
 * is deprived in (from rules/indicators.yaml); `?bhyt` marks an indicator as "không rõ".
 * A token it cannot read is refused with the nearest valid token, never guessed.
 */
import { maskPersonalData } from '../privacy/mask.ts';
import { CLASS_LABELS, checkHousehold, formatDate, formatMoney, indicatorsFor, isIsoDate, parseMoney, type Area, type Classification, type HouseholdProfileInput, type IndicatorId, type MemberFacts, type RuleSet, decideFromMembers, thresholdsOn } from '../rules/index.ts';
import type { IncomeRange } from '../rules/money.ts';
import { MAX_MEMBERS } from './interview.ts';
import { compactKey, INPUT_DEFAULTS, matchKey } from './input.ts';
import { CURRENCY_WORDS, HALF_WORDS, HOUSEHOLD_TOTAL_WORDS, INCOME_CUES, INCOME_NOUNS, MONEY_UNITS, PER_PERSON_PHRASES, PERIOD_WORDS, QUICK_PER_PERSON_MARKS } from '../text/lexicon/money.ts';
import { AGE_WORDS, CHILD_NOUNS, expandIndicatorAbbreviations, HAVE_WORDS, MEMBER_NOUNS, NEGATIONS, ONE_PERSON_WORDS, RELATIVE_PHRASES } from '../text/lexicon/household.ts';
import { dateWrittenAt, phraseAt, phraseEndingAt, placeAreaOf, saysAny, writtenForm, yearWritten } from '../text/lexicon/index.ts';
import { DATE_LEADS } from '../text/lexicon/when.ts';
import { boundAround, rangeDecided, understandHousehold } from '../rules/understand.ts';
import { fromMask, toMask } from './settled.ts';
import type { QuickFigures } from './actions.ts';

export type QuickCheckParse =
  | { ok: true; profile: HouseholdProfileInput; summary: string }
  | { ok: false; message: string; /** Asked back about what was typed: the line is no sentence to read again. */ asksBack?: true };

/** "4ng", "4 người", "5 nhân khẩu" once spaces are removed. */
const MEMBERS_TOKEN = new RegExp(`^(\\d{1,3})(${MEMBER_NOUNS.map((noun) => noun.replace(/ /g, '')).join('|')})$`);
/** "3npt", "3 npt", "2phuthuoc": how many members are dependants (the dependants indicator's aliases, rules/indicators.yaml). */
const dependantsToken = (rules: RuleSet) => {
  const aliases = [...rules.indicatorAliases].filter(([, id]) => id === 'dependents').map(([alias]) => alias.replace(/[^a-z0-9]/g, ''));
  return new RegExp(`^(\\d{1,2})(${aliases.join('|')})$`);
};

/** "tổng 5tr", "cả nhà 5tr": the amount is the household's total, divided by the members. */
const TOTAL_WORDS = new Set(HOUSEHOLD_TOTAL_WORDS.map((words) => words.replace(/ /g, '')));
/** "bq 1.4tr", "1.4tr moi nguoi": the amount is per person, said so. */
const PER_PERSON_MARKS = new Set(QUICK_PER_PERSON_MARKS.map((words) => words.replace(/ /g, '')));

/** Edit distance with adjacent swaps (Damerau–Levenshtein, optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function describeToken(token: string, rules: RuleSet): string {
  const area = rules.areaAliases.get(token);
  if (area) return rules.areas.find((candidate) => candidate.id === area)?.name ?? area;
  const indicator = rules.indicatorAliases.get(token);
  return (indicator && rules.indicatorById.get(indicator)?.name) ?? token;
}

/** The alias a token is a typo of ("bhty" for "bhyt"): within one edit per three letters. */
function nearAlias(token: string, rules: RuleSet): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const word of [...rules.areaAliases.keys(), ...rules.indicatorAliases.keys()]) {
    const distance = editDistance(token, word);
    if (!best || distance < best.distance) best = { word, distance };
  }
  const limit = Math.max(1, Math.floor(token.length / 3));
  return best && best.distance <= limit ? best.word : undefined;
}

function suggestion(token: string, rules: RuleSet, date: string): string {
  const near = nearAlias(token, rules);
  if (near) return `Có phải bạn muốn gõ “${near}” (${describeToken(near, rules)})?`;
  return `Các từ dùng được: khu vực ${[...rules.areaAliases.keys()].join(', ')}; chỉ số ${indicatorsFor(rules, date)
    .map((indicator) => indicator.aliases[0] ?? indicator.id)
    .join(', ')}. Gõ /trogiup để xem đầy đủ.`;
}

/** Help for the indicators that count on `date` (today by default in the chat). */
export function quickCheckHelp(rules: RuleSet, date: string): string {
  const areaLines = rules.areas.map((area) => `${area.aliases.join(', ')} = ${area.name}`);
  const indicatorLines = indicatorsFor(rules, date).map((indicator) => `${indicator.aliases.join(', ')} = ${indicator.name}`);
  return [
    'Kiểm tra nhanh (cho cán bộ): /kiemtra <khu vực> <thu nhập mỗi người/tháng> [số người] [các chỉ số thiếu hụt]',
    'Ví dụ: /kiemtra nt 1.4tr bhyt nuoc nhatieu  ·  /kiemtra tt 1900k 4ng ?bhyt',
    'Thu nhập là bình quân mỗi người mỗi tháng; tổng của cả hộ thì ghi "tong" trước số tiền và ghi số người, ví dụ: /kiemtra nong thon tong 5tr 4 nguoi nha ve sinh. Có số người mà chưa ghi "tong" hay "bq" (mỗi người), số tiền đọc theo mỗi người làm kết quả khác hẳn thì mình hỏi lại. Số người: 4ng hoặc 4 nguoi. Gõ có dấu cách cũng được (nong thon, nha ve sinh). Thêm dấu ? trước chỉ số chưa rõ, ví dụ ?bhyt. Khu vực ghi được cả theo địa chỉ (P.7, phuong 7, xa, thon 3); xét theo chuẩn của một ngày khác hôm nay thì thêm ngày, ví dụ 01/01/2027; người phụ thuộc: npt, hoặc số người như 3npt (cùng số người của hộ).',
    `Khu vực: ${areaLines.join('; ')}.`,
    `Chỉ số: ${indicatorLines.join('; ')}.`,
  ].join('\n');
}

/** Words of a sentence rather than a line of aliases: "/kiemtra 4 nguoi nong thon thu nhap 5 trieu thieu bhyt", "… co tivi" are read as one. */
const SENTENCE_WORDS = [...INCOME_CUES, ...INCOME_NOUNS, ...PER_PERSON_PHRASES, ...NEGATIONS, ...HAVE_WORDS];

/**
 * The words of a quick check that are no alias: each run read as the household reader reads a sentence. What it reads as
 * deprived or unsure counts ("nha dot nat"); a run it reads nothing in is said back ("xemay": a motorbike is no indicator);
 * a run with the words of a sentence (income, "mỗi người", a negation) or another fact (area, members, income) makes the
 * line a sentence (`sentence`), read as such by the chat.
 */
function unreadWords(
  runs: readonly { run: string; before: string }[],
  rules: RuleSet,
  date: string,
): { deprivations: IndicatorId[]; unsure: IndicatorId[]; unread: string[]; sentence: boolean } {
  const found = { deprivations: [] as IndicatorId[], unsure: [] as IndicatorId[], unread: [] as string[], sentence: false };
  const lacks = (text: string) => {
    const { understood } = understandHousehold(text, rules, date);
    return understood.deprivations.length + understood.unsure.length > 0 ? understood : undefined;
  };
  for (const { run, before } of runs) {
    const understanding = understandHousehold(run, rules, date);
    const other = understanding.missing.length < 3 || understanding.questions.length > 0;
    // "nha dot nat": the alias "nha dot" and the word that ends its phrase; the rest is one reading.
    const read = lacks(run) ?? (before ? lacks(`${before} ${run}`) : undefined);
    if (other || saysAny(matchKey(writtenForm(run)).split(' '), SENTENCE_WORDS)) found.sentence = true;
    else if (read) {
      found.deprivations.push(...read.deprivations);
      found.unsure.push(...read.unsure);
    } else found.unread.push(run);
  }
  return found;
}

/**
 * The bound said with the income typed at `incomeAt` (understand.ts boundAround): taken out of the unread runs around it (so
 * neither "Mình chưa hiểu: duoi" nor a sentence), with the words as typed ("duoi 1.4tr") for the line typed again.
 */
function boundOfIncome(unread: { words: string[]; end: number; before: string }[], incomeAt: number, typed: string): (IncomeRange & { typed: string }) | undefined {
  const before = unread.find((run) => run.end === incomeAt);
  const after = unread.find((run) => run.end - run.words.length === incomeAt + 1);
  const fold = (words: readonly string[]) => words.map((word) => compactKey(word));
  const bound = boundAround(fold(before?.words ?? []), typed, fold(after?.words ?? []));
  if (!bound) return undefined;
  const said = [...(before?.words.slice(before.words.length - bound.before) ?? []), typed, ...(after?.words.slice(0, bound.after) ?? [])];
  if (before) before.words.splice(before.words.length - bound.before);
  if (after) after.words.splice(0, bound.after);
  return { ...bound.range, typed: said.join(' ') };
}

/** Words that continue an amount typed with spaces: "1,4 triệu", "1,4 củ", "1 triệu 2", "5 triệu rưỡi", "1400 nghìn". */
const MONEY_WORDS = new Set([...Object.keys(MONEY_UNITS), ...CURRENCY_WORDS, ...HALF_WORDS]);

/** Splits the arguments on spaces, but keeps an amount and its unit words together, and an alias typed in words. */
function quickCheckTokens(args: string, rules: RuleSet): string[] {
  const dependants = dependantsToken(rules);
  const known = (raw: string) => {
    const key = compactKey(raw);
    return rules.areaAliases.has(key) || rules.indicatorAliases.has(key) || MEMBERS_TOKEN.test(key) || dependants.test(key) || TOTAL_WORDS.has(key) || PER_PERSON_MARKS.has(key) || placeOf(raw) !== undefined;
  };
  // "1.2tr k co bhyt", "ba 68 k bhyt": "k" before "có", or before an indicator's alias after an age, is "không", no unit of the
  // number before it ("1400 k bhyt" is 1.400k).
  const saysLack = (word: string, next: string | undefined, before: readonly string[]) =>
    NEGATIONS.has(matchKey(writtenForm(word))) &&
    next !== undefined &&
    (HAVE_WORDS.includes(compactKey(next)) || (rules.indicatorAliases.has(compactKey(next)) && [1, 2].some((size) => ONE_PERSON.has(matchKey(before.slice(-size - 1, -1).join(' '))))));
  const words = moneyTokensOf(args, saysLack);
  const tokens: string[] = [];
  for (let i = 0; i < words.length; ) {
    const length = [INPUT_DEFAULTS.quickCheckPhraseWords, 3, 2].find((size) => i + size <= words.length && known(words.slice(i, i + size).join(' ')));
    tokens.push(length ? words.slice(i, i + length).join(' ') : words[i]!);
    i += length ?? 1;
  }
  return tokens;
}

function moneyTokensOf(args: string, saysLack: (word: string, next: string | undefined, before: readonly string[]) => boolean = () => false): string[] {
  const tokens: string[] = [];
  // "bhyt+nuoc", "bhyt;nuoc", "nt, 1.4tr, bhyt": the marks between aliases are spaces (not the "," of "1,4tr").
  const words = args.replace(/[+;]/g, ' ').replace(/,(?!\d)/g, ' ').split(/\s+/).filter(Boolean);
  for (const [at, raw] of words.entries()) {
    const previous = tokens.at(-1);
    const previousEndsWithUnit = previous !== undefined && MONEY_WORDS.has(compactKey(previous.split(' ').at(-1) ?? ''));
    // "1,4 tr", "1400 nghin", "5 trieu ruoi", "1tr dong", "1 trieu 2"; not the "k" of "1.2tr k co bhyt" (không: the amount has its unit).
    const key = compactKey(raw);
    const continuesAmount =
      previous !== undefined &&
      /\d/.test(previous) &&
      ((MONEY_WORDS.has(key) && (!(key in MONEY_UNITS) || (/\d$/.test(previous) && !saysLack(raw, words[at + 1], tokens)))) || (previousEndsWithUnit && /^\d{1,3}$/.test(raw)));
    // "1.2 tr/ thang", "1.2tr /thang", "1.2 tr / thang": a period typed apart from its slash is the amount's ("1.2tr/thang").
    const period = (word: string | undefined) => word !== undefined && PERIOD_WORDS[compactKey(word)] !== undefined;
    const slashPeriod =
      previous !== undefined &&
      /\d/.test(previous) &&
      ((previous.endsWith('/') && period(raw)) || (raw.startsWith('/') && period(raw.slice(1))) || (raw === '/' && period(words[at + 1])));
    if (slashPeriod) tokens[tokens.length - 1] = `${previous}${raw}`;
    else if (continuesAmount) tokens[tokens.length - 1] = `${previous} ${raw}`;
    else tokens.push(raw);
  }
  return tokens;
}

/** "P.7", "p7", "phuong 7", "xa", "thon 3", "thi tran": a unit of an address as the lexicon reads it (placeAreaOf), with its number. */
function placeOf(raw: string): Area | 'both' | undefined {
  const words = raw.split(' ');
  for (let size = 1; size <= words.length; size += 1) {
    const area = placeAreaOf(words.slice(0, size).join(' '));
    if (area === null) continue;
    // The unit starts at the first word: "nt P.7" is "nt" and then a ward, two tokens ("thi xa" is no "xa").
    if (size > 1 && placeAreaOf(words.slice(1, size).join(' ')) === area) return undefined;
    const rest = words.slice(size);
    return rest.length === 0 || (rest.length === 1 && /^\d{1,3}[a-z]?$/i.test(rest[0]!)) ? area : undefined;
  }
  return undefined;
}

const DATE_LEAD_WORDS = DATE_LEADS.map((phrase) => phrase.split(' '));

/** How many of `keys` right before `end` lead a date (when.ts DATE_LEADS): the longest lead ending there, 0 when none. */
function dateLeadBefore(keys: readonly string[], end: number): number {
  return Math.max(0, ...DATE_LEAD_WORDS.filter((parts) => phraseEndingAt(keys, end, parts)).map((parts) => parts.length));
}

/**
 * "/kiemtra nt 4 nguoi 8tr 01/01/2027", "… ngay 1/1/2027", "… tu 1/1": the day the line is checked for (the lexicon's
 * dateWrittenAt: "1/1" is the coming one), and the line without the date and the words leading it (when.ts DATE_LEADS);
 * `unreal` is the date as typed when it is no real day or none of the years of the data.
 */
function checkDayOf(args: string, today: string): { day?: string; rest: string; unreal?: string; pastYear?: number } {
  const found = dateWrittenAt(args, today);
  if (!found) return yearDayOf(args, today);
  if (found.day === undefined) return { rest: args, unreal: found.typed };
  const words = args.slice(0, found.index).split(/\s+/).filter(Boolean);
  const keys = words.map((word) => compactKey(word));
  const lead = dateLeadBefore(keys, keys.length);
  return { day: found.day, rest: [...words.slice(0, words.length - lead), args.slice(found.index + found.typed.length)].join(' ').trim() };
}

/**
 * "/kiemtra nt 1.4tr bhyt nam 2027", "… 2027": a year of the data alone (the lexicon's yearWritten) is a later standard from
 * its first day, as the household reader takes it (understand.ts dayAsked), this year today; an earlier year is asked as a day.
 */
function yearDayOf(args: string, today: string): { day?: string; rest: string; pastYear?: number } {
  const words = args.split(/\s+/).filter(Boolean);
  // Not an amount with its unit after it ("2030 nghin").
  const at = words.findIndex((word, index) => /^\d{4}$/.test(word) && yearWritten([word]) !== undefined && !MONEY_WORDS.has(compactKey(words[index + 1] ?? '')));
  if (at < 0) return { rest: args };
  const year = Number(words[at]);
  const keys = words.slice(0, at).map((word) => compactKey(word));
  const named = keys.at(-1) === 'nam' ? 1 : 0;
  const lead = named + dateLeadBefore(keys, keys.length - named);
  const rest = [...words.slice(0, at - lead), ...words.slice(at + 1)].join(' ');
  const current = Number(today.slice(0, 4));
  if (year < current) return { rest, pastYear: year };
  return { rest, ...(year > current ? { day: `${year}-01-01` } : {}) };
}

/** One person, said before an age ("ong 72", "ba noi 80"): household.ts ONE_PERSON_WORDS and the relatives of one. */
const ONE_PERSON = new Set([...ONE_PERSON_WORDS, ...Object.entries(RELATIVE_PHRASES).filter(([, count]) => count === 1).map(([phrase]) => phrase)]);
const CHILDREN = new Set(CHILD_NOUNS);
const AGE_TOKEN = new RegExp(`^(\\d{1,3})(${[...AGE_WORDS].join('|')}|tuoi)?$`);

/** A token that starts the income: the amount, or "tong"/"bq" before it. */
const amountLead = (key: string) => /\d/.test(key) || TOTAL_WORDS.has(key) || PER_PERSON_MARKS.has(key);
const INCOME_NOUN_WORDS = INCOME_NOUNS.map((noun) => noun.split(' '));

/** How many tokens from `at` say "thu nhập" ("tn" one, "thu nhap" two: household.ts INDICATOR_ABBREVIATIONS, money.ts INCOME_NOUNS); 0 when none. */
function incomeNounAt(keys: readonly string[], words: readonly string[], at: number): number {
  if (INCOME_NOUNS.includes(expandIndicatorAbbreviations([keys[at]!]).join(' '))) return 1;
  return INCOME_NOUN_WORDS.find((parts) => phraseAt(words, at, parts))?.length ?? 0;
}

/**
 * Tokens that are no amount, no alias and no word to read: the people said with their ages ("ong 72 ba 68", "me 65 tuoi":
 * the ages kept), the negation before an indicator's alias ("k co bhyt", "ko nuoc": the alias says the lack already) and
 * "tn", "thu nhap" (household.ts INDICATOR_ABBREVIATIONS, money.ts INCOME_NOUNS) before the amount, a bound's words between them ("thu nhap tren 2tr").
 */
function spokenAround(tokens: readonly string[], rules: RuleSet): { skipped: Set<number>; ages: Map<number, number>; incomeInWords?: number } {
  /** Where "thu nhap" written in words starts. */
  let incomeInWords: number | undefined;
  const skipped = new Set<number>();
  const ages = new Map<number, number>();
  const keys = tokens.map((token) => compactKey(token));
  const words = tokens.map((token) => matchKey(token));
  for (const [at, key] of keys.entries()) {
    const age = key.match(AGE_TOKEN);
    if (age) {
      const saidAge = age[2] !== undefined || AGE_WORDS.has(keys[at + 1] ?? '') || keys[at + 1] === 'tuoi';
      // A child with "tuổi" ("chau 5 tuoi"; "con 5" alone may be "còn 5").
      const person = [2, 1].find((size) => at >= size && [ONE_PERSON, ...(saidAge ? [CHILDREN] : [])].some((people) => people.has(words.slice(at - size, at).join(' '))));
      // Two or three digits after a person (a lone digit is a count more often), any with "tuổi" after it.
      if ((person !== undefined && (saidAge || age[1]!.length >= 2)) || (saidAge && age[2] !== 't')) {
        ages.set(at, Number(age[1]));
        for (let back = 1; back <= (person ?? 0); back += 1) skipped.add(at - back);
        if (age[2] === undefined && saidAge) skipped.add(at + 1);
      }
      continue;
    }
    if (NEGATIONS.has(matchKey(writtenForm(key)))) {
      let next = at + 1;
      while (HAVE_WORDS.includes(keys[next] ?? '')) next += 1;
      if (rules.indicatorAliases.has(keys[next] ?? '') && !tokens[next]!.startsWith('?')) for (let word = at; word < next; word += 1) skipped.add(word);
    }
    const noun = incomeNounAt(keys, words, at);
    if (noun > 0) {
      // "tn 1.4tr", "thu nhap tong 5tr", and a bound between ("thu nhap tren 2tr", "tn chua toi 1.5tr": boundOfIncome reads it).
      let next = at + noun;
      while (next - at - noun < INPUT_DEFAULTS.quickCheckPhraseWords && next < keys.length && !amountLead(keys[next]!) && !/\d/.test(keys[next]!) && !rules.indicatorAliases.has(keys[next]!) && !rules.areaAliases.has(keys[next]!)) next += 1;
      if (amountLead(keys[next] ?? '')) {
        for (let word = at; word < at + noun; word += 1) skipped.add(word);
        if (noun > 1) incomeInWords ??= at;
      }
    }
  }
  return { skipped, ages, ...(incomeInWords === undefined ? {} : { incomeInWords }) };
}

export function parseQuickCheck(args: string, rules: RuleSet, today: string): QuickCheckParse {
  // The day checked: a date in the line ("01/01/2027", "ngay 1/1/2027", "tu 1/1"), else today; every reading below is of that day.
  const checkDay = checkDayOf(args, today);
  if (checkDay.unreal !== undefined) {
    return { ok: false, message: `Ngày “${checkDay.unreal}” không có thật hoặc ngoài các năm trợ lý có chuẩn. Bạn ghi ngày/tháng/năm, ví dụ: /kiemtra nt 1.4tr 01/01/2027`, asksBack: true };
  }
  if (checkDay.pastYear !== undefined) {
    return { ok: false, message: `Năm ${checkDay.pastYear} đã qua: bạn ghi ngày cụ thể cần xét, ví dụ: /kiemtra nt 1.4tr 31/12/${checkDay.pastYear}`, asksBack: true };
  }
  const date = checkDay.day ?? today;
  let area: Area | undefined;
  /** "thi xa": a unit holding both areas, asked when nothing else says which. */
  let bothAreas: string | undefined;
  const ages: number[] = [];
  /** "3npt": the members who are dependants, said as a count. */
  let dependantCount: number | undefined;
  const dependants = dependantsToken(rules);
  let income: number | undefined;
  let members: number | undefined;
  let total = false;
  let perPersonSaid = false;
  /** The amount as typed ("5600000", "5tr6"): the ask-back puts "tong" or "bq" before it. */
  let incomeTyped = '';
  let incomeAt = -1;
  const deprivations = new Set<IndicatorId>();
  const unsure = new Set<IndicatorId>();
  /** Runs of words that are no alias, amount or count ("xemay", "nha dot nat"), with where each ends. */
  const unread: { words: string[]; end: number; before: string }[] = [];

  const tokens = quickCheckTokens(checkDay.rest, rules);
  const around = spokenAround(tokens, rules);
  for (const [position, raw] of tokens.entries()) {
    const isUnsure = raw.startsWith('?');
    const token = compactKey(raw);
    if (!token || around.skipped.has(position)) continue;
    const age = around.ages.get(position);
    const place = age === undefined && !rules.areaAliases.has(token) && !rules.indicatorAliases.has(token) ? placeOf(raw) : undefined;
    const areaId = rules.areaAliases.get(token);
    const indicator = rules.indicatorAliases.get(token);
    const membersMatch = token.match(MEMBERS_TOKEN);
    if (age !== undefined) {
      ages.push(age);
    } else if (TOTAL_WORDS.has(token)) {
      total = true;
    } else if (PER_PERSON_MARKS.has(token)) {
      perPersonSaid = true;
    } else if ((areaId && !isUnsure) || place === 'rural' || place === 'urban') {
      const said = areaId ?? (place as Area);
      if (area && area !== said) return { ok: false, message: `Bạn đã ghi hai khu vực khác nhau. Chỉ ghi một: nông thôn hoặc thành thị.` };
      area = said;
    } else if (place === 'both') {
      bothAreas ??= raw;
    } else if (indicator) {
      (isUnsure ? unsure : deprivations).add(indicator);
    } else if (dependants.test(token)) {
      dependantCount = Number(token.match(dependants)![1]);
    } else if (membersMatch) {
      members = Number(membersMatch[1]);
      if (members < 1 || members > MAX_MEMBERS) return { ok: false, message: `Số người “${raw}” cần từ 1 đến ${MAX_MEMBERS}.` };
    } else if (/\d/.test(raw)) {
      // The raw token keeps "." and "," so "1.400.000" and "1,4tr" reach the money parser intact.
      const parsed = parseMoney(raw);
      // What was typed is said back masked: a phone or CCCD number typed here is never shown again.
      if (!parsed.ok) return { ok: false, message: `Thu nhập “${maskPersonalData(raw)}”: ${parsed.question}` };
      if (income !== undefined) return { ok: false, message: `Bạn đã ghi hai mức thu nhập (“${maskPersonalData(raw)}” là mức thứ hai). Chỉ ghi một mức thu nhập mỗi người mỗi tháng.` };
      income = parsed.value;
      incomeTyped = raw;
      incomeAt = position;
    } else {
      // Read after the line, as runs of words (unreadWords).
      if (unread.at(-1)?.end === position) unread.at(-1)!.words.push(raw);
      else unread.push({ words: [raw], end: position, before: tokens[position - 1] ?? '' });
      unread.at(-1)!.end = position + 1;
    }
  }
  // "duoi 1.4tr", "chua toi 2tr", "2tr may": a bound said with the income, its words no run of their own (read below).
  const bound = incomeAt >= 0 ? boundOfIncome(unread, incomeAt, incomeTyped) : undefined;
  const leftOver = unreadWords(unread.filter((run) => run.words.length > 0).map((run) => ({ run: run.words.join(' '), before: run.before })), rules, date);
  // A sentence, or a typo of an alias ("bhty"), is refused with the nearest alias (the chat then reads a sentence as one).
  // "thu nhap" in words with a word left unread ("nha o nong thon … thu nhap ca nha 6tr"), or with the members and an amount marked
  // neither "tong" nor "bq" ("4 nguoi nong thon thu nhap 5 trieu": the household's, as a sentence says it): a sentence, as the chat reads it.
  const inWords = around.incomeInWords !== undefined && (leftOver.unread.length > 0 || (members !== undefined && !total && !perPersonSaid));
  const refused = leftOver.sentence || inWords ? (unread.find((run) => run.words.length > 0)?.words[0] ?? tokens[around.incomeInWords!]!) : leftOver.unread.flatMap((run) => run.split(' ')).find((word) => nearAlias(compactKey(word), rules));
  if (refused !== undefined) return { ok: false, message: `Mình không hiểu “${maskPersonalData(refused)}”. ${suggestion(compactKey(refused), rules, date)}` };
  for (const id of leftOver.deprivations) deprivations.add(id);
  for (const id of leftOver.unsure) unsure.add(id);
  if (!area && bothAreas !== undefined) {
    return { ok: false, message: `“${maskPersonalData(bothAreas)}” có cả xã và phường: thêm nt (nông thôn, nếu hộ ở xã) hoặc tt (thành thị, nếu ở phường). Ví dụ: /kiemtra nt 1.4tr bhyt` };
  }
  if (!area) return { ok: false, message: 'Thiếu khu vực: thêm nt (nông thôn) hoặc tt (thành thị). Ví dụ: /kiemtra nt 1.4tr bhyt' };
  if (income === undefined) {
    return { ok: false, message: 'Thiếu thu nhập bình quân mỗi người mỗi tháng, ví dụ 1.4tr hoặc 1400k. Ví dụ: /kiemtra nt 1.4tr bhyt' };
  }
  if (total && members === undefined) {
    return { ok: false, message: 'Bạn ghi tổng thu nhập của hộ: thêm số người để mình chia bình quân, ví dụ: /kiemtra nt tong 5tr 4ng' };
  }
  if (total && perPersonSaid) return { ok: false, message: 'Bạn ghi cả “tong” (của cả hộ) và “bq” (mỗi người): chỉ ghi một trong hai.' };
  for (const id of unsure) deprivations.delete(id);
  if (members !== undefined && ages.length > members) {
    return { ok: false, message: `Bạn ghi ${members} người nhưng kể tuổi của ${ages.length} người. Bạn sửa số người hoặc tuổi rồi gõ lại.`, asksBack: true };
  }
  if (dependantCount !== undefined && (members === undefined || dependantCount > members)) {
    return { ok: false, message: `Bạn ghi ${dependantCount} người phụ thuộc: ghi thêm số người của hộ (từ ${dependantCount} người trở lên) để mình tính tỷ lệ, ví dụ: /kiemtra nt 1.2tr 5ng ${dependantCount}npt`, asksBack: true };
  }
  // "3npt" of 5 members: three dependants and two not; else the ages (when the size is said: each age one member) decide
  // the dependants indicator as rules/members.ts decides it for an interview, when they settle it ("4ng ong 72 ba 68 chau 5"):
  // kept in the deprivations, so the line's buttons (quickFigures) carry it.
  const details: MemberFacts[] | undefined =
    dependantCount !== undefined && members !== undefined
      ? Array.from({ length: members }, (_, at) => ({ dependant: at < dependantCount! }))
      : members !== undefined && ages.length > 0
        ? ages.map((age) => ({ age }))
        : undefined;
  const byMembers = details && members !== undefined ? decideFromMembers({ members, memberDetails: details }, thresholdsOn(rules, date)).get('dependents') : undefined;
  if (byMembers && indicatorsFor(rules, date).some((indicator) => indicator.id === 'dependents')) {
    unsure.delete('dependents');
    if (byMembers.deprived) deprivations.add('dependents');
    else deprivations.delete('dependents');
  }
  // A bound is asked as one figure unless every figure of it gives the same class (as the interview does: rangeDecided).
  const bounded = bound ? rangeDecided(rules, bound, !total, { date, area, members: members ?? 1, deprivations: [...deprivations], unsure: [...unsure] }, undefined, income) : undefined;
  if (bound && bounded?.question) {
    // The line typed again with a figure in it, as the help writes one ("1.4tr", "800k").
    const example = bounded.example === undefined ? undefined : bounded.example >= 1e6 ? `${Math.round(bounded.example / 1e5) / 10}tr` : `${Math.round(bounded.example / 1e4) * 10}k`;
    const retyped = example ? ` Bạn gõ lại cả dòng với con số đó, ví dụ: /kiemtra ${args.trim().replace(/\s+/g, ' ').replace(bound.typed, example)}` : '';
    return { ok: false, message: `${bounded.question}${retyped}`, asksBack: true };
  }
  const doubt = !total && !perPersonSaid && members !== undefined ? unmarkedIncomeDoubt(args, incomeTyped, rules, { date, area, members, income, deprivations: [...deprivations], unsure: [...unsure] }) : undefined;
  if (doubt) return { ok: false, message: doubt, asksBack: true };
  const name = (id: IndicatorId) => rules.indicatorById.get(id)?.name ?? id;
  const perPerson = total ? Math.round(income / members!) : income;
  const summary = [
    `Kiểm tra nhanh${date === today ? '' : ` theo chuẩn áp dụng ngày ${formatDate(date)}`}: ${rules.areas.find((candidate) => candidate.id === area)?.name ?? area}`,
    total
      ? `tổng thu nhập ${formatMoney(income)}/tháng ÷ ${members} người = ${formatMoney(perPerson)}/người/tháng`
      : `thu nhập ${formatMoney(income)}/người/tháng`,
    members && !total ? `${members} người` : undefined,
    dependantCount !== undefined ? `người phụ thuộc: ${dependantCount}/${members} người` : undefined,
    ages.length > 0 ? `tuổi: ${ages.join(', ')}${members === undefined ? ' (ghi thêm số người, ví dụ 4ng, để tính người phụ thuộc theo tuổi)' : ''}` : undefined,
    `thiếu hụt: ${deprivations.size ? [...deprivations].map(name).join(', ') : 'không có'}`,
    unsure.size ? `chưa rõ: ${[...unsure].map(name).join(', ')}` : undefined,
    bounded?.note ? `${bounded.note[0]!.toUpperCase()}${bounded.note.slice(1)}` : undefined,
    leftOver.unread.length ? `Mình chưa hiểu: ${leftOver.unread.map((text) => maskPersonalData(text)).join(', ')} (không tính vào kết quả)` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    ok: true,
    summary,
    profile: {
      date,
      area,
      members: members ?? 1,
      ...(total ? { monthlyIncome: income } : { monthlyIncomePerPerson: income }),
      deprivations: [...deprivations],
      unsure: [...unsure],
    },
  };
}

/**
 * "/kiemtra nt 4 nguoi 5600000 bhyt nuoc nhatieu": an amount marked neither "tong" nor "bq", with several members, is
 * per person in this command, but a household's total in a sentence (src/rules/understand.ts readIncome). When the two
 * readings give different results and the per-person one puts the household in no class (or none yet), the amount is
 * asked back, never read silently as 5.600.000 đồng a person ("không thuộc diện" for a poor household): the question
 * gives both results and both lines to type. Undefined when the readings agree or the per-person result is a class.
 */
function unmarkedIncomeDoubt(
  args: string,
  typed: string,
  rules: RuleSet,
  told: { date: string; area: Area; members: number; income: number; deprivations: IndicatorId[]; unsure: IndicatorId[] },
): string | undefined {
  if (told.members < 2) return undefined;
  const { income, ...rest } = told;
  const classOf = (reading: { monthlyIncome: number } | { monthlyIncomePerPerson: number }): Classification | undefined => {
    const outcome = checkHousehold(rules, { ...rest, ...reading });
    return outcome.ok ? outcome.value.classification : undefined;
  };
  const each = classOf({ monthlyIncomePerPerson: income });
  const whole = classOf({ monthlyIncome: income });
  if (each === undefined || whole === undefined || each === whole || (each !== 'none' && each !== 'unknown')) return undefined;
  const share = Math.round(income / told.members);
  const retyped = (mark: string) => `/kiemtra ${args.trim().replace(typed, `${mark} ${typed}`)}`;
  return (
    `${formatMoney(income)} là thu nhập của cả hộ hay của mỗi người? ` +
    `Nếu là của cả hộ ${told.members} người: ${formatMoney(share)}/người/tháng (${CLASS_LABELS[whole]}); ` +
    `nếu là của mỗi người: ${CLASS_LABELS[each]}. Bạn gõ lại giúp mình, cả hộ: ${retyped('tong')} · mỗi người: ${retyped('bq')}`
  );
}

/** The figures "Chi tiết" and "Báo sai" under a one-line check's result carry (actions.ts QuickFigures). */
export function quickFigures(profile: HouseholdProfileInput, rules: RuleSet): QuickFigures {
  return {
    area: profile.area === 'urban' ? 'urban' : 'rural',
    income: Math.round(profile.monthlyIncomePerPerson ?? (profile.monthlyIncome ?? 0) / profile.members),
    members: profile.members,
    deprived: toMask(rules, profile.deprivations),
    unsure: toMask(rules, profile.unsure),
    ...(profile.date ? { day: profile.date } : {}),
  };
}

/** The profile a one-line check's button carries; its day, or `today` for buttons made before the day was carried. */
export function profileOfQuick(figures: QuickFigures, today: string, rules: RuleSet): HouseholdProfileInput | undefined {
  const deprivations = fromMask(rules, figures.deprived);
  const unsure = fromMask(rules, figures.unsure);
  const date = figures.day ?? today;
  if (!deprivations || !unsure || !isIsoDate(date)) return undefined;
  return { date, area: figures.area, members: figures.members, monthlyIncomePerPerson: figures.income, deprivations, unsure };
}
