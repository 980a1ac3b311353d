/**
 * A household told in one sentence, as residents type it: "nhà em 4 người ở quê, cả nhà kiếm chừng
 * 5 triệu một tháng, chưa có bảo hiểm y tế", "nha tui 2 nguoi o xa, thu nhap 3 trieu ruoi",
 * "hai vo chong voi 3 dua con". Reads the area (never guessed), the members, the income (whole
 * household unless "mỗi người"; per month unless a year is said) and the deprivations named in
 * everyday words, for the indicators the standard in force on the date has. What is not said is
 * listed as missing; an amount that could mean two things is asked back, never guessed.
 * The words themselves live in src/text/lexicon (money, places, household).
 */
import { fold } from '../text/fold.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { CLAUSE_BREAKS, mixedAreaSaid, OWN_HOUSEHOLD, phraseAt, phraseEnd, phraseEndingAt, phrasePositions, placeArea, saysAny, splitPhrasesByFirstWord, SPOKEN, TOPICS, writtenForm, writtenUnits, yearAsked, yearWritten, dateWritten } from '../text/lexicon/index.ts';
import { CHECK_TIME_CUES, WHEN_WORDS } from '../text/lexicon/when.ts';
import { AREA_LEADS, AREA_PHRASES, MIXED_AREA_PHRASES, MIXED_AREA_PHRASES_NAME } from '../text/lexicon/places.ts';
import {
  AGE_ABOVE_WORDS,
  AGE_NEAR_WORDS,
  AGE_BANDS,
  AGE_BELOW_WORDS,
  AGE_RANGE_WORDS,
  AGE_WORDS,
  ALL_OF_WORDS,
  ALLOWANCE_PHRASES,
  ALONE_PHRASES,
  SINGLE_PARENT_PHRASES,
  ASKED_FOR_BEFORE,
  BEFORE_NEGATION_AFTER,
  CHILD_GROUPS,
  SMALL_CHILD_GROUPS,
  CHILD_NOUNS,
  HOUSE_LIST_PHRASES,
  HOUSE_CHILDREN_KIN,
  HOUSE_CHILDREN_KIN_UNSAID,
  HOUSE_CHILDREN_LEADS,
  houseChildrenNote,
  speakerCountedNote,
  youngUninsuredNote,
  youngUninsuredAsked,
  OWN_HOUSE_PHRASES,
  LIVE_WITH_PHRASES,
  BOTH_WORDS,
  ONE_PERSON_CLASSIFIERS,
  ONE_PERSON_WORDS,
  PERSON_QUALIFIERS,
  MEMBER_GROUP_QUALIFIERS,
  COUNTED_CHILD_WORDS,
  SHORT_GROUP_WORDS,
  SPEAKER_GROUPS,
  SPEAKER_GROUP_OTHERS,
  CHILD_SPEAKER_PAIRS,
  CHILD_SPEAKER_HOUSE,
  SPEAKER_WORDS,
  ROLE_CLAUSES,
  HOUSEHOLD_AWAY,
  OWNER_WORDS,
  UNCOUNTED_PEOPLE,
  DISABILITY_PHRASES,
  ELECTRICITY_LACKS,
  ELECTRICITY_NOT_AFTER,
  SICK_MEMBER_PHRASES,
  ELDERLY_AFTER_PERSON,
  ELDERLY_PHRASES,
  FLOOR_AREA_UNITS,
  DEPRIVATION_WORD_KINDS,
  DEPRIVATION_LIST,
  DEPRIVATION_WORDS,
  EACH_MEMBER_NEEDS,
  FARMLAND,
  ELIDED_THING_AFTER,
  ELIDED_LACK_AFTER,
  NOT_THIS_AMOUNT,
  ONLY_SOME_WORDS,
  THING_AT_QUESTION,
  OWN_COLUMN_CELLS,
  PERSON_BEFORE_QUALIFIER,
  KIN_IN_CONTEXT,
  KIN_BY_BIRTH_ORDER,
  deprivationPhrases,
  expandIndicatorAbbreviations,
  isIndicatorAbbreviation,
  GROUP_WORDS,
  HAVE_CLOSINGS,
  JOIN_WORDS,
  JOINING_WORDS,
  LIST_WORDS,
  MEMBER_NOUNS,
  MEMBERS_ADDED,
  PERSON_LABELS,
  NEGATIONS,
  NOT_A_CHILD_AFTER,
  NOT_A_CHILD_BEFORE,
  NOT_AGE_AFTER,
  MONTHS_TIME_AFTER,
  NOT_PEOPLE,
  REFERENCE_WORDS,
  RELATIVE_PHRASES,
  SMALL_CHILD_PHRASES,
  SCHOOL_GOING_WORDS,
  SERVICE_LACKS,
  UNSURE_PHRASES,
  UNEXAMINED_WORDS,
  YOUNG_SCHOOL_LEVELS,
} from '../text/lexicon/household.ts';
import {
  ABOUT_OR_DIGIT,
  MONEY_UNITS,
  AMOUNT_CLOSING_WORDS,
  INCOME_BOUNDS,
  VAGUE_COUNT_WORDS,
  CORRECTION_PHRASES,
  DAYS_ANSWER_WORDS,
  NOT_WORKED_BEFORE,
  WORK_DAY_WORDS,
  TEN_WORDS,
  HUNDRED_WORD,
  DIGIT_WORDS,
  EARNER_WORDS,
  ONE_EARNER_PHRASES,
  REMITTANCE_PHRASES,
  REMITTANCE_COUNTED_NOTE,
  PER_PERSON_PHRASES,
  EARNERS_TOGETHER_WORDS,
  EACH_EARNER_WORDS,
  HOUSEHOLD_TOTAL_WORDS,
  INCOME_NOUNS,
  NO_INCOME_PHRASES,
  MONEY_LACKED_FOR_PHRASES,
  IRREGULAR_INCOME_PHRASES,
  IRREGULAR_INCOME_QUESTION,
  HARVEST_MONEY_QUESTION,
  HARVEST_NOT_MONEY_NOTE,
  HARVEST_SALE_WORDS,
  HARVEST_SALE_TOLD_PHRASES,
  HARVEST_SOLD_WORDS,
  CROPS,
  ALLOWANCE_LIVING_PHRASES,
  ALLOWANCE_NOT_INCOME_NOTE,
  SUPPORT_LEFT_OUT_NOTE,
  PERIOD_ANSWER_WORDS,
  PERIOD_LEADS,
  PERIOD_WORDS,
  NOT_INCOME_PHRASES,
  PAID_WORK_PHRASES,
  HIRED_WORK_PHRASES,
  RESTATEMENT_PHRASES,
  SUPPORT_AMOUNT_WORDS,
  BILL_AMOUNT_WORDS,
  WHOSE_WORDS,
  INCOME_CUES,
  ADDED_INCOME_WORDS,
  JOINED_CONG_NOT_BEFORE,
  JOINED_INCOME_OPENERS,
  TIMES_NOUNS,
  QUANTITY_UNITS,
  RANGE_FROM_WORDS,
} from '../text/lexicon/money.ts';
import { amountFor, findAmounts, incomeHardToBelieve, monthOrYearQuestion, moneyTokens, MONTHS_PER_YEAR, type Amount, type FoundAmount, type IncomeRange, type SaidFor, type EachCrop } from './money.ts';
import { assessHousehold } from './evaluate.ts';
import { CLASS_LABELS, lookupStandard, nextStandardAfter, STATUS_LABELS, withStatus } from './standard.ts';
import { indicatorsFor, namesInRun, notCountedOn } from './indicators.ts';
import { decideFromMembers, thresholdsOn, type Decision, type Thresholds } from './members.ts';
import type { ParameterId } from './schema.ts';
import type { RuleSet } from './load.ts';
import type { Area, Classification, HouseholdProfileInput, IndicatorId, MemberFacts } from './types.ts';
import { formatMoney, formatNumber, POVERTY_CADRE } from './text.ts';
import { MAX_AGE } from './profile.ts';
import { READER_DEFAULTS as READER } from './defaults.ts';
import { formatDate } from '../text/dates.ts';
import { keptMemo, turnOnce } from '../text/turn.ts';

/** What the sentence states; null when it does not say. */
export interface Understood {
  area: Area | null;
  members: number | null;
  /** Household total per month (null when no income is stated). Absent when the income is per person. */
  monthlyIncome?: number | null;
  /** Per person per month, when the sentence says "mỗi người", "bình quân", "đầu người". */
  monthlyIncomePerPerson?: number;
  deprivations: IndicatorId[];
  unsure: IndicatorId[];
  /** Members the sentence describes by age or condition ("tui 60 tuổi", "3 đứa con dưới 16 tuổi"); the rules decide dependants from them. */
  memberDetails?: MemberFacts[];
  /** "nhà thuê 15m2": the floor area, for the m² per person of the housing-area indicator. */
  floorAreaM2?: number;
}

/**
 * A day's pay told without the days worked. `earners`: said of a counted group ("2 vc tui lam thue 200k 1 ngay") without
 * "mỗi người" or "cả hai": whose pay it is is asked first (readEachOrTogether), then the days.
 */
export interface DayPay {
  value: number;
  perPerson: boolean;
  earners?: number;
}

/** An amount as said whose period is asked: a month's or the year's (Understanding.periodAsked). */
export interface PeriodAsked {
  value: number;
  perPerson: boolean;
}

export type MissingField = 'area' | 'members' | 'monthlyIncome';

export interface HarvestUncounted {
  each?: string;
}

export interface Understanding {
  understood: Understood;
  missing: MissingField[];
  /** Questions to ask back (an amount that could mean two things, two different places). */
  questions: string[];
  /** How the income was read when it needed a step (a year ÷ 12, amounts added up). */
  notes: string[];
  /** Indicators the sentence says the household is not deprived in ("có bhyt đầy đủ"). */
  notDeprived: IndicatorId[];
  /** A count of deprivations told with no indicator named ("hộ có 1 chỉ số thiếu hụt … là hộ gì": src/chat/input.ts readAmountClassAsked). */
  deprivationsCounted?: number;
  /** The amount of an amount's question was said to be each person's ("2,5tr/nguoi", "bình quân"): src/chat/input.ts readAmountClassAsked. */
  perPersonSaid?: true;
  /**
   * Of `unsure`, those read from words that may or may not be the deprivation ("nhà vách ván": DeprivationWords.maybe), not from
   * the household's own "không biết": an interview asks them rather than taking "không rõ" as the answer.
   */
  maybe?: IndicatorId[];
  /** Indicators only a thing had that may not meet them was said of ("có điện thoại": Internet?): asked, never answered. */
  hadUnmet?: IndicatorId[];
  /** Indicators the members or the floor area told decide (true: deprived), as the rules will: an interview prefills them. */
  decided: Partial<Record<IndicatorId, boolean>>;
  /**
   * The members are one group named with no one joined to it ("nhà tui có 2 ông bà già trên 70", "2 vợ chồng"): the
   * household when the sentence describes it, but said after the household's size was given, some of its members.
   */
  membersGrouped?: true;
  /**
   * The members were told as a count of people ("5 người", "nhà 4 khẩu"), not as the people named ("tui với bà xã", "2 đứa
   * nhỏ"): at an interview's indicator question only such a count corrects the household's size (someMembers).
   */
  membersCounted?: true;
  /** Farmland told by its size, as written back ("ruộng, đất 3 công"): a fact of the household, said in `notes` (FARMLAND). */
  farmland?: string;
  /**
   * People named whose number is not told ("nhà có 2 vợ chồng và mấy đứa nhỏ", "vợ chồng tui với tụi nhỏ"): the members are
   * not guessed (null); the household's total is asked (findings N37-01).
   */
  membersUntold?: true;
  /**
   * People said older than an age, no age of their own ("2 người già trên 70", "ông bà ngoài 75"): the age each is above (round
   * 40 mend40b, tryout40 [032]), for the supports of an age band they may reach (the social pension, agedSupportLines).
   */
  agesAbove?: number[];
  /** yyyy-MM-dd: the day the sentence asks about ("năm sau", "từ tháng 1", "2027": 01/01 of that year), when later than today. */
  asOf?: string;
  /**
   * A day's pay said without the days worked ("làm hồ 300k 1 ngày"), the household's only income figure and not "mỗi người": its question asks
   * for the month, and a later answer of days ("tầm 20 ngày", readDaysAnswer) makes the month from it (chat interview).
   */
  perDay?: DayPay;
  /**
   * The household's income said with a year near it that may be the time asked about ("năm nay nhà tui … thu nhập 8 triệu"):
   * its question asks whether it is a month's or the year's (monthOrYearQuestion), and a later answer ("1 thang", "ca nam",
   * readMonthOrYear) makes the month's income from it (chat interview).
   */
  periodAsked?: PeriodAsked;
  /**
   * The household's one income figure asked back ("tầm chục hay tám chục?") was said for a period other than one month ("1 năm
   * làm được tám chục triệu"): a figure answered alone ("80 triệu") is for that period, read with `bareAmountFor` (chat interview).
   */
  askedFor?: SaidFor;
  /**
   * The household's one income figure was each crop's, with no crops a year said ("bán lúa mỗi mùa 20 triệu"): its question asks
   * how many a year, in the resident's word, and a later answer ("2 mùa", readCropsAnswer) makes the year's income (chat interview).
   */
  cropAsked?: EachCrop;
  /**
   * A harvest said by its weight and no money ("mỗi vụ dc 3 tấn lúa, 1 năm 2 vụ"): its question asks the money the harvest brings
   * in a year (HARVEST_MONEY_QUESTION), and a figure answered alone is the year's (`askedFor`; chat interview).
   */
  harvestAsked?: true;
  /**
   * A harvest said by its weight beside money told ("mỗi vụ 3 tấn lúa, chồng làm hồ 5 triệu/tháng"): not counted (HARVEST_NOT_MONEY_NOTE);
   * `each`, the crop word when its weight was each crop's ("mỗi vụ": "vụ"). A sale said next ("bán dc 20 triệu") adds to the income.
   */
  harvestUncounted?: HarvestUncounted;
  /** The one income figure is a sale said with no period ("bán dc 20 triệu", "bán lúa được 20 triệu"): after harvestUncounted, added. */
  harvestSale?: true;
  /** Of `questions`, one asks the area: only a unit holding both areas was said ("ở thành phố", "thị xã"). */
  areaAsked?: true;
  /**
   * The household's income was added up from several amounts, each its earner's or its source's ("ba tui lanh luong huu 3 trieu
   * con tui di lam 4 trieu": 7.000.000 đồng, with its note): the whole household's income, even with no "nhà tui" said.
   */
  incomeSummed?: true;
  /**
   * The household's income was said but is asked back before it is used ("thang dc 5 xi": 50.000 or 500.000 đồng?, a range, a
   * figure hard to believe): an income told all the same, so the sentence is a household's, not a question about a support.
   */
  incomeAsked?: true;
  /**
   * "2 dua nho chua co bhyt" (round 34 household22): a BHYT lack said of small children alone whose ages are not told, not
   * counted (youngOnlyLacking); after a result, what to say back (youngUninsuredAsked) instead of correcting it.
   */
  youngUntold?: string;
  /**
   * Indicators in force the sentence says nothing about (neither deprived, nor not, nor unsure, nor
   * settled by the members or floor area told): a result counts them as not deprived, so it must say so.
   */
  notMentioned: IndicatorId[];
}

const { maxMembers: MAX_MEMBERS, daysInMonth: DAYS_IN_MONTH, daysInYear: DAYS_IN_YEAR, maxCountWords: MAX_COUNT_WORDS, negationReach: NEGATION_REACH } = READER;
/** A week in the clause of a number of days: "3 ngày 1 tuần", "1 tuần làm 3 ngày" are not days a month. */
const WEEK_WORDS = new Set(Object.keys(PERIOD_WORDS).filter((word) => PERIOD_WORDS[word] === 'week'));

type Tokens = readonly string[];
/** A lexicon phrase's words, split once: phrases are read against every message (at most this many kept). */
const SPLIT_MEMO = 20_000;
const splitPhrases = keptMemo<Tokens>('splitPhrases');
const split = (phrase: string): Tokens => {
  let words = splitPhrases.get(phrase);
  if (words === undefined) {
    if (splitPhrases.size >= SPLIT_MEMO) splitPhrases.clear();
    splitPhrases.set(phrase, (words = Object.freeze(phrase.split(' '))));
  }
  return words;
};
/**
 * A phrase said anywhere, filler words between its words allowed (the lexicon's one phrase matcher): saysAny, which tries
 * only the phrases beginning with a word of the tokens (was every phrase at every token).
 */
const findPhrase = (tokens: Tokens, phrases: readonly string[]) => saysAny(tokens, phrases);

/** A count of 1–30 ending just before `end`: "4", "bốn", "mười hai". */
function countBefore(tokens: Tokens, end: number): { value: number; start: number } | undefined {
  const digits = tokens[end - 1];
  if (digits && /^\d{1,2}$/.test(digits)) return { value: Number(digits), start: end - 1 };
  for (let words = MAX_COUNT_WORDS; words >= 1; words -= 1) {
    const start = end - words;
    if (start < 0) continue;
    const value = wordsValue(tokens.slice(start, end));
    if (value !== undefined) return { value, start };
  }
  return undefined;
}

function wordsValue(words: Tokens): number | undefined {
  const [first, second] = words;
  // "lăm" is 5 only after "mười"/"mươi"; on its own it is "lắm" ("nhiều lắm").
  if (words.length === 1) return first === 'muoi' ? 10 : first === 'lam' ? undefined : DIGIT_WORDS[first!] || undefined;
  if (first === 'muoi' && DIGIT_WORDS[second!]) return 10 + DIGIT_WORDS[second!]!;
  return undefined;
}

// ---------- area ----------

/** The area the place words name (the lexicon's one place reader, placeArea, also read in lists); two areas at the same level are asked. */
function readArea(tokens: Tokens): AreaRead {
  // "ở xã, à nhầm, ở phường": a place said right after a correction replaces the one before it.
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const phrase = CORRECTIONS.find((words) => phraseAt(tokens, index, words));
    if (!phrase) continue;
    const end = index + phrase.length;
    const later = areaNamed(tokens.slice(end, end + READER.correctionReach + AREA_PHRASE_WORDS));
    if (later.area !== null) return later;
  }
  return areaNamed(withoutClausesElsewhere(tokens));
}

/**
 * The sentence without the clauses of people living with another relative ("ba tui ở với chú út trên thị trấn", "con tui ở
 * với dì nó trên Sài Gòn", round 24): where they live is not the household's place.
 */
function withoutClausesElsewhere(tokens: Tokens): Tokens {
  const elsewhere = clauseStarts(tokens).filter((start) => livesWithOthers(tokens, start));
  if (elsewhere.length === 0) return tokens;
  const dropped = new Set(elsewhere.flatMap((start) => {
    const [from, to] = clauseOf(tokens, start);
    return Array.from({ length: to - from }, (_, offset) => from + offset);
  }));
  return tokens.filter((_, index) => !dropped.has(index));
}

/** Words of the longest place phrase (AREA_PHRASES: "o tren ban"): a place said after a correction is read in full. */
const AREA_PHRASE_WORDS = Math.max(...Object.values(AREA_PHRASES).flat().map((phrase) => split(phrase).length));

/** An area read; `mixed`: only a unit holding both areas was said ("thị xã"), so it is asked. */
interface AreaRead {
  area: Area | null;
  question?: string;
  mixed?: true;
}

/** Said of a unit holding both areas, by the unit (MIXED_AREA_WORDS): what it holds, then the question. */
const MIXED_UNIT_NAMES: Readonly<Record<string, string>> = {
  'thi xa': 'Thị xã',
  'thanh pho': 'Thành phố',
  tp: 'Thành phố',
  ...Object.fromEntries(MIXED_AREA_PHRASES.map((phrase) => [phrase, MIXED_AREA_PHRASES_NAME])),
};

function areaNamed(tokens: Tokens): AreaRead {
  const area = placeArea(tokens);
  const mixedUnit = area === 'both' ? mixedAreaSaid(tokens) : undefined;
  if (mixedUnit !== undefined) {
    const unit = MIXED_UNIT_NAMES[mixedUnit] ?? 'Nơi này';
    const since = unit === 'Thị xã' ? '; từ 01/7/2025 không còn cấp thị xã, các phường, xã trực thuộc tỉnh' : '';
    return { area: null, mixed: true, question: `${unit} có cả phường (thành thị) và xã (nông thôn)${since}. Hộ đang ở phường (thành thị) hay xã (nông thôn)?` };
  }
  if (area === 'both') {
    return { area: null, question: 'Mình thấy cả từ chỉ nông thôn (xã, quê) và thành thị (phường, thành phố). Hộ đang ở nông thôn hay thành thị?' };
  }
  return { area };
}

// ---------- members ----------

const MEMBER_TOKENS = MEMBER_NOUNS.map(split);

/**
 * "4 người", "4ng", "7 khẩu": the first count of people, except "mỗi người" and "1 người" beside an amount (before it,
 * or after it as its "per person": "thu nhập 2tr2 1 người").
 */
function statedMembers(tokens: Tokens, amountAt: ReadonlySet<number>, qualified: ReadonlySet<number> = new Set(), notes?: string[], plainOnly = false): number | undefined {
  const counts: { value: number; start: number; end: number }[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const noun = MEMBER_TOKENS.find((words) => phraseAt(tokens, index, words));
    if (!noun) continue;
    const count = countBefore(tokens, index);
    if (!count) continue;
    // `plainOnly`: "2 người già" is a group of the household (groupedMembersAt), not its size.
    if (plainOnly && groupedMembersAt(tokens, count.start)) continue;
    const beside = amountAt.has(index + 1) || amountAt.has(index + 2) || tokens[count.start - 1] === 'nhap' || qualified.has(count.start);
    // "8 mét vuông 1 người": an area per person, not one member.
    if (tokens[count.start - 1] === 'moi' || (count.value === 1 && (beside || areaUnitEndingAt(tokens, count.start)))) continue;
    counts.push({ value: count.value, start: count.start, end: index + noun.length });
  }
  // "nhà tui 5 người à không 6 người": a count said right after a correction replaces the one before it.
  const kept = counts.filter((count, index) => !correctedBy(tokens, count.end, counts[index + 1]?.start));
  if (notes && kept[0] !== counts[0]) notes.push(`bạn sửa ${counts[0]!.value} người thành ${kept[0]!.value} người, mình tính theo số sau`);
  return kept[0]?.value;
}

/** "2 người già", "2 người lớn tuổi", "3 trẻ em" at `index` (MEMBER_GROUP_QUALIFIERS, COUNTED_CHILD_WORDS): how many, where it ends. */
function groupedMembersAt(tokens: Tokens, index: number): { count: number; end: number; head: string } | undefined {
  const count = countBefore(tokens, index + 1);
  if (!count || count.start !== index) return undefined;
  const children = longestAt(tokens, index + 1, COUNTED_CHILDREN);
  if (children) return { count: count.value, end: index + 1 + children.length, head: children.join(' ') };
  const noun = MEMBER_TOKENS.find((words) => phraseAt(tokens, index + 1, words));
  const qualifier = noun && longestAt(tokens, index + 1 + noun.length, MEMBER_GROUP_WORDS);
  return qualifier ? { count: count.value, end: index + 1 + noun.length + qualifier.length, head: [...noun, ...qualifier].join(' ') } : undefined;
}

/**
 * "nhà tui có 2 người già trên 70, 1 đứa nhỏ 5 tuổi, 2 vợ chồng làm ruộng" = 5, "ông bà, vợ chồng tui và 2 con" = 6 (round 40
 * mend40b, tryout40 [032]: read 2, the first group): the household told as groups of people, each opening a clause (after "nhà
 * tui có") or joined to the one before ("và", "với"), in two clauses or more, summed. Undefined when the same people are named
 * twice, someone is of no told number or one person is named without a count, or all are in one clause and none is a group said
 * as such ("2 người lớn và 2 trẻ em" is 4, "nhà tui có ba má với 3 đứa nhỏ" is left), or a clause says someone lives apart (the readers
 * before decide); the household's own count ("nhà 5 người, 2 người già") is the caller's to prefer.
 */
function listedGroups(tokens: Tokens, ageAt: ReadonlySet<number>): { total: number; speakerAdded?: string[] } | undefined {
  const heads = new Set<string>();
  // Said back when the speaker is counted with them: "2 người con", "ông bà", "má" (PERSON_LABELS).
  const labels: string[] = [];
  let total = 0;
  let clauses = 0;
  let grouped = false;
  // "nhà tui có …" (round 43 resid47): the list opens with the speaker's own house.
  const ownHouse = longestAt(tokens, 0, HOUSE_LIST)?.some((word) => SPEAKERS.has(word)) === true;
  let speakerNamed = false;
  let whoseOne = 0;
  // "vợ tui, 2 đứa con, ông bà" (round 44 resid49; was 4, the speaker left out): the speaker's own spouse named makes the speaker one.
  let spouseOnes = 0;
  for (const start of clauseStarts(tokens)) {
    const [, end] = clauseOf(tokens, start);
    // "…, bà ngoại ở với cậu út": someone living with another relative is no one counted here.
    if (findPhrase(tokens.slice(start, end), APART) || livesWithOthers(tokens, start)) return undefined;
    let told = false;
    for (let at = start + (longestAt(tokens, start, HOUSE_LIST)?.length ?? 0); ; at += 1) {
      const members = groupedMembersAt(tokens, at);
      const person = members ?? personAt(tokens, at);
      if (person === undefined) break;
      grouped ||= members !== undefined;
      // One person named alone ("má tui 82 tuổi, …, 2 mẹ con"; "…, chồng làm hồ") may be one of a group said: left to the readers
      // before; the speaker's own one ("má tui") only when the speaker's house lists no group the speaker is one of (below).
      const whose = person !== 'uncounted' && person.count === 1 && SPEAKERS.has(tokens[person.end] ?? '');
      if (person === 'uncounted' || heads.has(person.head) || (person.count === 1 && countBefore(tokens, at + 1)?.start !== at && !whose)) return undefined;
      if (whose) whoseOne += 1;
      if (whose && SPOUSE_HEADS.has(person.head)) spouseOnes += 1;
      speakerNamed ||= SPEAKERS.has(tokens[at]!) || SPEAKER_GROUP_SET.has(person.head) || (Object.hasOwn(GROUP_WORDS, person.head) && !Object.hasOwn(RELATIVE_PHRASES, person.head));
      heads.add(person.head);
      total += person.count;
      const pair = person.count === 1 || PAIR_SIZES[person.head] === person.count ? PERSON_LABELS[person.head] : undefined;
      labels.push(pair ?? (longestAt(tokens, at + 1, CHILD_NOUN_WORDS) ? `${person.count} người ${kinAfter(tokens, at + 1)}` : `${person.count} người`));
      told = true;
      at = personEnd(tokens, person.end, ageAt);
      if (!JOIN_WORDS.has(tokens[at] ?? '')) break;
    }
    if (told) clauses += 1;
  }
  // "2 người lớn và 2 trẻ em": in one clause, groups said as such.
  if (!(heads.size >= 2 && (clauses >= 2 || grouped))) return undefined;
  // "nhà tui có 2 đứa con dưới 16 tuổi, ông bà già" (round 43 resid47; was 4, the speaker left out): the speaker's own house
  // listing only others counts the speaker too, said back to correct.
  if ((ownHouse || (spouseOnes > 0 && spouseOnes === whoseOne)) && !speakerNamed) return { total: total + 1, speakerAdded: labels };
  return whoseOne > 0 ? undefined : { total };
}

/** The speaker's spouse as named ("vợ tui", "chồng tui"): the words SPEAKER_GROUP_OTHERS gives the speaker's pair. */
const SPOUSE_HEADS: ReadonlySet<string> = new Set(SPEAKER_GROUP_OTHERS['vo chong']);

const CORRECTIONS = CORRECTION_PHRASES.map(split);

/**
 * A correction said between `end` (where a fact ends) and `next` (where the same kind of fact starts again), the later
 * one within READER.correctionReach words after it: "5 người à không 6 người", "5 triệu, à nhầm, 15 triệu".
 */
function correctedBy(tokens: Tokens, end: number, next: number | undefined): boolean {
  if (next === undefined) return false;
  for (let index = end; index < next; index += 1) {
    const phrase = CORRECTIONS.find((words) => phraseAt(tokens, index, words));
    if (phrase && next - (index + phrase.length) <= READER.correctionReach) return true;
  }
  return false;
}

/**
 * "ba má tui già 75 và 73 tuổi ở quê, không ai đi làm, con trai gửi về 2 triệu": the two people opening the sentence are the
 * household (the speaker writes for them). The speaker said to live with them ("…, ở với tui") is one more; the speaker
 * said anywhere else ("tui làm mướn nuôi ba má", "nhà tui") may or may not live there, so the count is left to ask.
 * Returns the size and where the pair ends.
 */
function openingPair(tokens: Tokens): [number, number] | undefined {
  // "nhà có ba má với 3 đứa nhỏ": the pair opens the list the house holds.
  const start = longestAt(tokens, 0, HOUSE_LIST)?.length ?? 0;
  const pair = longestAt(tokens, start, PAIRS);
  const size = pair && PAIR_SIZES[pair.join(' ')]!;
  if (!pair || size! < 2 || parentOfChildSpeaker(tokens, start, pair.join(' '))) return undefined;
  // The speaker's own words, not "tui" right after a person ("ba má tui": whose).
  const speaker = tokens.flatMap((token, index) => (SPEAKERS.has(token) && !PERSON_WORDS.has(tokens[index - 1] ?? '') ? [index] : []));
  const livesWith = (index: number) => LIVE_WITH.some((phrase) => phraseEndingAt(tokens, index, phrase));
  if (speaker.some(livesWith)) return [size! + 1, start + pair.length];
  return speaker.length === 0 ? [size!, start + pair.length] : undefined;
}

/**
 * "mẹ con 45 tuổi", "nhà con ở xã, bố con mất rồi": a parent-and-child group (CHILD_SPEAKER_PAIRS) at `index` said by a child of
 * one parent, no pair: no count before it, and an age right after it or the speaker's house said as "nhà con".
 */
function parentOfChildSpeaker(tokens: Tokens, index: number, phrase: string): boolean {
  if (!CHILD_SPEAKER_PAIRS.includes(phrase) || countBefore(tokens, index) !== undefined) return false;
  const after = index + split(phrase).length;
  const aged = /^\d{1,3}$/.test(tokens[after] ?? '') && AGE_WORDS.has(tokens[after + 1] ?? '');
  return aged || findPhrase(tokens, CHILD_SPEAKER_HOUSE);
}

/**
 * "tui làm công nhật ngày 180 ngàn, …, nhà 4 đứa" (HOUSE_CHILDREN_LEADS): where the children counted after the house start, when
 * the speaker speaks of themself ("tui", not "ba má tui") and the house names no one else; undefined otherwise.
 */
function houseChildrenAt(tokens: Tokens): number | undefined {
  const speaks = tokens.some((token, index) => SPEAKERS.has(token) && !PERSON_WORDS.has(tokens[index - 1] ?? ''));
  if (!speaks) return undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    if (index > 0 && !CLAUSE_BREAKS.has(tokens[index - 1]!)) continue;
    const lead = longestAt(tokens, index, HOUSE_CHILDREN);
    if (lead && countedChildrenAt(tokens, index + lead.length) !== undefined) return index + lead.length;
  }
  return undefined;
}

/** The house's children counted with the speaker ("nhà tui 3 đứa cháu"): how many, and the kin word to say them by. */
interface HouseChildren {
  count: number;
  kin: string;
}

/** "đứa cháu", "đứa em" after a count: the kin word typed (HOUSE_CHILDREN_KIN) among the child words from `from`, else "con". */
function kinAfter(tokens: Tokens, from: number): string {
  for (let index = from; index < tokens.length; index += 1) {
    const kin = Object.hasOwn(HOUSE_CHILDREN_KIN, tokens[index]!) ? HOUSE_CHILDREN_KIN[tokens[index]!] : undefined;
    if (kin !== undefined) return kin;
    if (!longestAt(tokens, index, CHILD_NOUN_WORDS)) break;
  }
  return HOUSE_CHILDREN_KIN_UNSAID;
}

/** "hai vợ chồng với 3 đứa con" = 5, "ba mẹ con tui" = 3, "tui ở một mình" = 1, "2 ông bà già" = 2; "vợ chồng với tụi nhỏ": not told. */
function composedMembers(tokens: Tokens): number | undefined {
  const group = composed(tokens);
  return group?.untold ? undefined : group?.total;
}

/**
 * composedMembers, and whether the count is one group named with no one joined to it ("2 ông bà già", "2 vợ chồng"), with
 * where that group is said (`at`); `untold` when people of no told number are joined to it ("2 vợ chồng và mấy đứa nhỏ",
 * "vợ chồng tui với tụi nhỏ": the total is asked, findings N37-01).
 */
/** GROUP_WORDS's phrases, their words and sizes, listed once (composed tried them at every word, an array each time). */
const GROUP_ENTRIES = Object.entries(GROUP_WORDS).map(([phrase, size]) => [phrase, split(phrase), size] as const);

function composed(tokens: Tokens): { total: number; grouped: boolean; at: number; untold: boolean; apart: boolean; houseChildren?: HouseChildren } | undefined {
  let base: number | undefined;
  let houseChildren: HouseChildren | undefined;
  let groupEnd = -1;
  let groupStart = -1;
  let groupPhrase: string | undefined;
  for (let index = 0; index < tokens.length && base === undefined; index += 1) {
    for (const [phrase, parts, size] of GROUP_ENTRIES) {
      if (!phraseAt(tokens, index, parts)) continue;
      if (parentOfChildSpeaker(tokens, index, phrase)) continue;
      const count = countBefore(tokens, index);
      groupPhrase = phrase;
      base = count?.value ?? size;
      groupStart = count?.start ?? index;
      groupEnd = index + parts.length;
      break;
    }
  }
  if (base === undefined && findPhrase(tokens, ALONE_PHRASES)) {
    base = 1;
    groupEnd = 0;
  }
  if (base === undefined) {
    // "tui với 2 đứa con": the speaker joined by others; not "ba má tui với 3 đứa nhỏ", "bố mẹ cháu với 2 đứa em", whose
    // "tui", "cháu" says whose the pair is, nor "nhà có ba má với 3 đứa nhỏ", whose "má" ends the pair (openingPair counts the pair, then those joined: findings35 N35-04).
    const join = tokens.findIndex(
      (token, index) => JOIN_WORDS.has(token) && EARNER_WORDS.has(tokens[index - 1] ?? '') && !pairEndsAt(tokens, index - 1) && !pairEndsAt(tokens, index) && countedChildrenAt(tokens, index + 1),
    );
    if (join >= 0) [base, groupEnd] = [1, join];
  }
  if (base === undefined) {
    const children = houseChildrenAt(tokens);
    const count = children === undefined ? undefined : countedChildrenAt(tokens, children);
    if (children !== undefined) [base, groupEnd, houseChildren] = [1, children, count === undefined ? undefined : { count, kin: kinAfter(tokens, children + 1) }];
  }
  if (base === undefined) {
    const opening = openingPair(tokens);
    if (opening === undefined) return undefined;
    [base, groupEnd] = opening;
  }
  const before = groupStart > 0 ? childrenBefore(tokens, groupStart) : undefined;
  let total = base + (before ?? 0);
  // "2 vợ chồng 1 đứa con", "vợ chồng tui 2 đứa nhỏ": children counted right after the group, no joining word.
  const right = groupEnd + (SPEAKERS.has(tokens[groupEnd] ?? '') ? 1 : 0);
  if (groupEnd > 0) total += countedChildrenAt(tokens, right) ?? 0;
  let untold = false;
  let apart = false;
  // "ba tui 72 tuổi má tui 70 tuổi, 2 ông bà ở với tui" (round 23: read 2): the speaker living with a group not the speaker's own.
  const speakerInGroup = groupPhrase !== undefined && (SPEAKER_GROUP_SET.has(groupPhrase) || (!Object.hasOwn(RELATIVE_PHRASES, groupPhrase) && SPEAKERS.has(tokens[groupEnd] ?? '')));
  let speakerAdded = false;
  for (let index = groupEnd; index < tokens.length; index += 1) {
    if (!JOIN_WORDS.has(tokens[index]!) && tokens[index] !== 'co') continue;
    if (!speakerInGroup && groupPhrase !== undefined && SPEAKERS.has(tokens[index + 1] ?? '') && LIVE_WITH.some((phrase) => phraseEndingAt(tokens, index + 1, phrase))) {
      speakerAdded = true;
      total += 1;
      continue;
    }
    // "với 3 đứa nhỏ", "với tụi nhỏ 3 đứa"; "với bà nội"; "với thằng cháu nội" (one person); "với mấy đứa nhỏ" (how many: not told).
    const children = countedChildrenAt(tokens, index + 1);
    if (children) {
      total += children;
      continue;
    }
    const relative = RELATIVES_BY_LENGTH.find(([phrase]) => phraseAt(tokens, index + 1, split(phrase)));
    if (relative) total += relative[1];
    else if (classifiedAt(tokens, index + 1)) total += 1;
    else untold ||= uncountedAt(tokens, index + 1);
  }
  // "mấy đứa nhỏ nhà tui đi học hết, vợ chồng tui ở quê", "vợ chồng tui, 3 đứa nhỏ đi học" (round 22: read 2): children opening a
  // clause of their own beside the group's are the household's too, counted when their number is said, else asked.
  const clauses = clauseStarts(tokens);
  const own = clauses.findLast((start) => start <= Math.max(groupStart, groupEnd - 1, 0));
  for (const start of clauses) {
    // "con tui ở với ngoại, vợ chồng tui đi làm Bình Dương" (round 23: read 2): someone of the speaker's living with another
    // relative leaves whose household it is to ask.
    if (start !== own) apart ||= livesWithOthers(tokens, start);
    if (start === own || (start < own! && before !== undefined)) continue;
    // "vợ chồng tui làm thuê, nhà 3 đứa nhỏ" (round 32 household19: read 2): children after the house too ("nhà có …": by "có" above).
    const house = longestAt(tokens, start, HOUSE_CHILDREN);
    const lead = house && house.at(-1) !== 'co' ? house.length : 0;
    const children = countedChildrenAt(tokens, start) ?? (lead > 0 ? countedChildrenAt(tokens, start + lead) : undefined);
    if (children) total += children;
    else untold ||= uncountedChildrenAt(tokens, start);
    // "2 ông bà già bệnh, 1 đứa con khuyết tật, tui đi làm thuê …" (round 30: read 3 of 4): the speaker opening a clause of their
    // own beside a group of relatives is one of the household, unless the clause says they live apart ("tui ở riêng").
    if (!speakerInGroup && !speakerAdded && groupPhrase !== undefined && speakerOpens(tokens, start)) {
      speakerAdded = true;
      total += 1;
    }
  }
  // "2 đứa nhỏ ở với ông bà nội, vợ chồng tui đi làm xa" (round 23: read 2): the group is who others live with, and people said
  // elsewhere are away: whose household it is is asked.
  const awayElsewhere = clauses.some((start) => start !== own && findPhrase(tokens.slice(...clauseOf(tokens, start)), HOUSEHOLD_AWAY.words));
  apart ||= own !== undefined && awayElsewhere && livesWithOthers(tokens, own);
  untold ||= apart;
  return { total, grouped: groupEnd > 0 && total === base && !untold, at: Math.max(0, groupEnd - 1), untold, apart, ...(houseChildren !== undefined ? { houseChildren } : {}) };
}

/**
 * "tui đi làm thuê …", "tui làm ruộng …": a clause at `start` opened by the speaker's word said of the speaker (not "tui 3
 * người", not whose: "ông bà tui"), with nothing in it saying the speaker lives apart (ROLE_CLAUSES.apart, HOUSEHOLD_AWAY).
 */
function speakerOpens(tokens: Tokens, start: number): boolean {
  if (!SPEAKERS.has(tokens[start] ?? '') || personBefore(tokens, start)) return false;
  const next = tokens[start + 1] ?? '';
  if (next === '' || CLAUSE_BREAKS.has(next) || PERSON_WORDS.has(next) || /^\d/.test(next) || longestAt(tokens, start + 1, LIVE_WITH)) return false;
  return !findPhrase(tokens.slice(...clauseOf(tokens, start)), APART);
}

/**
 * "con tui ở với ngoại", "2 đứa nhỏ ở với ông bà nội ở quê", "bà ngoại ở với cậu út": someone opening the clause at `start`
 * said to live with another person, not the speaker nor people said as the speaker's own ("ở với vợ chồng tui", "ở với tui").
 */
function livesWithOthers(tokens: Tokens, start: number): boolean {
  const person = personAt(tokens, start);
  const named = person && person !== 'uncounted' ? person.end : start + (longestAt(tokens, start, CLASSIFIED)?.length ?? 0);
  if (named === start) return false;
  const end = personEnd(tokens, named);
  const live = longestAt(tokens, end, LIVE_WITH);
  const at = live ? end + live.length : placeThenWith(tokens, end);
  if (at === end) return false;
  if (!(PERSON_WORDS.has(tokens[at] ?? '') || kinAt(tokens, at) || birthOrderAt(tokens, at)) || SPEAKERS.has(tokens[at]!)) return false;
  const other = personAt(tokens, at);
  return !(other && other !== 'uncounted' && SPEAKERS.has(tokens[other.end] ?? ''));
}

/**
 * "nhà tui có bà ngoại ở với cậu út" (round 25): someone the speaker's house names said to live with another relative; with no one
 * counted, whose household it is is asked (was no household read, "ngoài phạm vi").
 */
function houseNamesApart(tokens: Tokens): boolean {
  return tokens.some((_, index) => {
    const house = longestAt(tokens, index, HOUSE_LIST) ?? longestAt(tokens, index, OWN_HOUSE);
    return house !== undefined && livesWithOthers(tokens, index + house.length);
  });
}

/**
 * "2 đứa nhỏ ở quê với ông bà nội" (round 25; "ở quê" written "nông thôn"): where someone lives said between "ở" and "với", which
 * says whom they live with as "ở với" does: where the words after "với" start, or `from` when they are not said so.
 */
function placeThenWith(tokens: Tokens, from: number): number {
  const lead = tokens[from] === 'o' ? 1 : 0;
  const place = longestAt(tokens, from + lead, PLACES);
  const after = from + lead + (place?.length ?? 0);
  return place && tokens[after] === 'voi' ? after + 1 : from;
}

/** The person opening at `start` lives with one of the people listed (`heads`): "…, bà nội ở với vợ chồng tui" is no one elsewhere. */
function livesWithListed(tokens: Tokens, start: number, heads: ReadonlySet<string>): boolean {
  const person = personAt(tokens, start);
  if (!person || person === 'uncounted') return false;
  const end = personEnd(tokens, person.end);
  const live = longestAt(tokens, end, LIVE_WITH);
  const other = live && personAt(tokens, end + live.length);
  return other !== undefined && other !== 'uncounted' && heads.has(other.head);
}

/** Where each clause of the sentence starts (its first word after a comma or a full stop). */
function clauseStarts(tokens: Tokens): number[] {
  return tokens.flatMap((token, index) => (!CLAUSE_BREAKS.has(token) && (index === 0 || CLAUSE_BREAKS.has(tokens[index - 1]!)) ? [index] : []));
}

/**
 * Children named with no count at `index` ("mấy đứa nhỏ", "các con", "tụi nhỏ" with no "3 đứa" after it): a word of no number
 * (UNCOUNTED_PEOPLE) before a child noun, or the small children as a group (SMALL_CHILD_GROUPS).
 */
function uncountedChildrenAt(tokens: Tokens, index: number): boolean {
  const quantified = UNCOUNTED_PEOPLE.includes(tokens[index] ?? '') && !CHILD_TOKENS.has(tokens[index]!) && longestAt(tokens, index + 1, CHILD_NOUN_WORDS) !== undefined;
  return quantified || longestAt(tokens, index, SMALL_GROUP_WORDS) !== undefined;
}

const byLength = (phrases: Iterable<string>) => [...phrases].map(split).sort((a, b) => b.length - a.length);
/** RELATIVE_PHRASES, the longest phrase first (sorted once, was at every word read). */
const RELATIVES_BY_LENGTH = Object.entries(RELATIVE_PHRASES).sort(([a], [b]) => b.length - a.length);
const QUALIFIERS_BY_LENGTH = byLength(PERSON_QUALIFIERS);
const MEMBER_GROUP_WORDS = byLength(MEMBER_GROUP_QUALIFIERS);
const COUNTED_CHILDREN = byLength(COUNTED_CHILD_WORDS);
const SPEAKER_GROUP_OTHERS_BY_LENGTH = new Map(Object.entries(SPEAKER_GROUP_OTHERS).map(([phrase, others]) => [phrase, byLength(others)]));
const PAIRS = byLength([...Object.keys(RELATIVE_PHRASES), ...Object.keys(GROUP_WORDS)]);
/** A pair of people (RELATIVE_PHRASES, GROUP_WORDS: "ba má", "bố mẹ") ends right before `index`. */
const pairEndsAt = (tokens: Tokens, index: number) => PAIRS.some((pair) => index >= pair.length && phraseEndingAt(tokens, index, pair));
const PAIR_SIZES: Readonly<Record<string, number>> = { ...GROUP_WORDS, ...RELATIVE_PHRASES };
/** The pairs a count before is said of: those opening with a group ("2 vợ chồng", "2 ông bà nội"; not "2 ông nội"). */
const COUNTED_PAIRS = PAIRS.filter((pair) => Object.keys(GROUP_WORDS).some((group) => phraseAt(pair, 0, split(group))));
const ONE_PERSON = byLength(ONE_PERSON_WORDS);
const UNCOUNTED = byLength(UNCOUNTED_PEOPLE);
const CHILD_GROUP_WORDS = byLength(CHILD_GROUPS);
const SMALL_GROUP_WORDS = byLength(SMALL_CHILD_GROUPS);
const CHILD_NOUN_WORDS = byLength(CHILD_NOUNS);
const CLASSIFIERS: ReadonlySet<string> = new Set(ONE_PERSON_CLASSIFIERS);
/** Before an age: "dưới 16", "trên 60", "gần 80" (household.ts AGE_BELOW_WORDS, AGE_ABOVE_WORDS, AGE_NEAR_WORDS). */
const AGE_BOUND_WORDS: ReadonlySet<string> = new Set([...AGE_BELOW_WORDS, ...AGE_ABOVE_WORDS, ...AGE_NEAR_WORDS]);
/**
 * A kin word's last two words that end with a bound word: "ông ngoại", "bà ngoại", "cháu ngoại" fold to "ngoai" as "ngoài"
 * (over) does; right after "ông"/"bà" it is the relative ("ông ngoại 74 tuổi" is 74, not over 74), from household.ts's kin words.
 */
const KIN_BOUND_PAIRS: ReadonlySet<string> = new Set(
  [...Object.keys(RELATIVE_PHRASES), ...ONE_PERSON_WORDS, ...MEMBER_NOUNS].map((phrase) => split(phrase).slice(-2))
    .filter((pair) => pair.length === 2 && AGE_BOUND_WORDS.has(pair[1]!)).map((pair) => pair.join(' ')),
);
/** The bound word ("trên", "ngoài", "dưới", "gần") at `index`, or '' (none, or the kin word "ngoại" of "bà ngoại"). */
const boundWordAt = (tokens: Tokens, index: number): string => {
  const word = tokens[index] ?? '';
  return AGE_BOUND_WORDS.has(word) && !KIN_BOUND_PAIRS.has(`${tokens[index - 1] ?? ''} ${word}`) ? word : '';
};
const CLASSIFIED = byLength([...ONE_PERSON_WORDS, ...CHILD_NOUNS]);
const LIVE_WITH = byLength(LIVE_WITH_PHRASES);
const HOUSE_LIST = byLength(HOUSE_LIST_PHRASES);
const HOUSE_CHILDREN = byLength(HOUSE_CHILDREN_LEADS);
const OWN_HOUSE = byLength(OWN_HOUSE_PHRASES);
const SPEAKER_GROUP_SET: ReadonlySet<string> = new Set(SPEAKER_GROUPS);
const SPEAKERS = new Set(SPEAKER_WORDS);
const PLACES = byLength(Object.values(AREA_PHRASES).flat());
/** The first of `phrases` (longest first in this file's lists) standing at `index`: only those beginning with the word there are tried. */
const longestAt = (tokens: Tokens, index: number, phrases: readonly (readonly string[])[]) => {
  const byFirst = splitPhrasesByFirstWord(phrases);
  const candidates = byFirst === null ? phrases : byFirst.get(tokens[index]!);
  return candidates?.find((phrase) => phraseAt(tokens, index, phrase));
};

/**
 * "tụi nhỏ 3 đứa, vợ chồng tui ở quê", "nhà tui 3 đứa nhỏ với 2 vợ chồng": children counted opening the sentence (after the
 * speaker's house), then only a comma or a joining word before the group starting at `groupStart`: how many (round 21).
 */
function childrenBefore(tokens: Tokens, groupStart: number): number | undefined {
  const start = (longestAt(tokens, 0, OWN_HOUSE)?.length ?? 0) || childrenNamedOfHouse(tokens);
  const group = childGroupAt(tokens, start);
  const count = group?.count ?? childrenAt(tokens, start);
  if (!count) return undefined;
  const end = group?.end ?? start + 1 + longestAt(tokens, start + 1, CHILD_NOUN_WORDS)!.length;
  const between = tokens.slice(end, groupStart);
  return between.length > 0 && between.every((token) => token === ',' || JOIN_WORDS.has(token)) ? count : undefined;
}

/**
 * "mấy đứa nhỏ nhà tui 3 đứa", "con nhà tui 3 đứa" opening the sentence (round 22: the 3 were left out of "…, vợ chồng tui …", read
 * 2): the children named with no count, then the speaker's house, where their count starts; 0 when the sentence opens otherwise.
 */
function childrenNamedOfHouse(tokens: Tokens): number {
  const quantifier = UNCOUNTED_PEOPLE.includes(tokens[0] ?? '') && !CHILD_TOKENS.has(tokens[0]!) ? 1 : 0;
  const noun = longestAt(tokens, quantifier, CHILD_NOUN_WORDS);
  if (!noun) return 0;
  const named = quantifier + noun.length + (QUALIFIER_WORDS.has(tokens[quantifier + noun.length] ?? '') ? 1 : 0);
  const house = longestAt(tokens, named, OWN_HOUSE);
  return house ? named + house.length : 0;
}

/** "3 đứa con" (childrenAt), or the children as a group with their count after it: "tụi nhỏ 3 đứa", "con 3 đứa" (CHILD_GROUPS). */
function countedChildrenAt(tokens: Tokens, index: number): number | undefined {
  return childrenAt(tokens, index) ?? childGroupAt(tokens, index)?.count;
}

/** "tụi nhỏ 3 đứa", "sắp nhỏ 2 đứa", "con 3 đứa" at `index`: how many, and where the words end. */
function childGroupAt(tokens: Tokens, index: number): { count: number; end: number; head: string } | undefined {
  const group = longestAt(tokens, index, CHILD_GROUP_WORDS);
  const count = group && childrenAt(tokens, index + group.length);
  if (!group || !count) return undefined;
  const noun = longestAt(tokens, index + group.length + 1, CHILD_NOUN_WORDS)!;
  return { count, end: index + group.length + 1 + noun.length, head: group.join(' ') };
}

/** "thằng cháu nội", "đứa con", "thằng bé": one person (ONE_PERSON_CLASSIFIERS); not "1 tháng con …" ("tháng" folds to "thang"). */
function classifiedAt(tokens: Tokens, index: number): { count: number; end: number; head: string } | undefined {
  if (!CLASSIFIERS.has(tokens[index] ?? '') || countBefore(tokens, index) !== undefined) return undefined;
  const person = longestAt(tokens, index + 1, CLASSIFIED);
  return person && { count: 1, end: index + 1 + person.length, head: person.join(' ') };
}

/**
 * People of no told number at `index` ("mấy đứa nhỏ", "tụi nhỏ", "các cháu"), said as a person of its own (its words end the
 * clause or a join word follows): not "và còn nợ ngân hàng" ("còn" folds to "con").
 */
function uncountedAt(tokens: Tokens, index: number): boolean {
  const people = (from: number) => longestAt(tokens, from, UNCOUNTED) ?? longestAt(tokens, from, CHILD_NOUN_WORDS);
  let end = index;
  for (let words = people(end); words; words = people(end)) end += words.length;
  if (end === index) return false;
  const after = personEnd(tokens, end);
  const next = tokens[after];
  // "vợ chồng tui với tụi nhỏ ở quê" ("ở quê" written "nông thôn"): where they live ends the people's words too.
  return next === undefined || CLAUSE_BREAKS.has(next) || JOIN_WORDS.has(next) || AREA_LEADS.includes(next) || longestAt(tokens, after, PLACES) !== undefined;
}

/** One person, a pair or a counted group named at `index`: how many and where its words end; 'uncounted' for "con", "các con". */
function personAt(tokens: Tokens, index: number): { count: number; end: number; head: string } | 'uncounted' | undefined {
  const children = childrenAt(tokens, index);
  if (children) {
    const noun = longestAt(tokens, index + 1, CHILD_NOUN_WORDS)!;
    return { count: children, end: index + 1 + noun.length, head: noun.join(' ') };
  }
  // "2 vợ chồng", "ba mẹ con", "2 ông bà nội" (the longest pair: not "ông bà" with "nội" left over): the count said.
  const counted = countBefore(tokens, index + 1);
  const group = longestAt(tokens, index + 1, COUNTED_PAIRS);
  if (counted && counted.start === index && group) return { count: counted.value, end: index + 1 + group.length, head: group.join(' ') };
  const pair = longestAt(tokens, index, PAIRS);
  // "mẹ con 45 tuổi" said by a child: one parent, "con" the speaker's word (whose).
  if (pair && parentOfChildSpeaker(tokens, index, pair.join(' '))) return { count: 1, end: index + pair.length, head: pair[0]! };
  if (pair) return { count: PAIR_SIZES[pair.join(' ')]!, end: index + pair.length, head: pair.join(' ') };
  const ordered = birthOrderAt(tokens, index);
  if (ordered) return ordered;
  const one = longestAt(tokens, index, ONE_PERSON);
  // "bé" only as a person: not "bể nước".
  if (one && !(one[0] === 'be' && NOT_A_CHILD_AFTER.has(tokens[index + 1] ?? ''))) return { count: 1, end: index + one.length, head: one.join(' ') };
  const named = childGroupAt(tokens, index) ?? classifiedAt(tokens, index) ?? kinAt(tokens, index);
  if (named) return named;
  return longestAt(tokens, index, UNCOUNTED) ? 'uncounted' : undefined;
}

const KIN_WORDS: ReadonlySet<string> = new Set(KIN_IN_CONTEXT.words);
const KIN_AFTER: ReadonlySet<string> = new Set(KIN_IN_CONTEXT.after);
/** "cậu út", "dì tui", "ở với dì" (KIN_IN_CONTEXT): one person where the words around make "cau", "di", "mo" one; not "cầu tiêu", "đi làm". */
function kinAt(tokens: Tokens, index: number): { count: number; end: number; head: string } | undefined {
  const word = tokens[index] ?? '';
  if (!KIN_WORDS.has(word)) return undefined;
  const inContext = KIN_AFTER.has(tokens[index + 1] ?? '') || LIVE_WITH.some((phrase) => phraseEndingAt(tokens, index, phrase));
  return inContext ? { count: 1, end: index + 1, head: word } : undefined;
}

const BIRTH_KIN: ReadonlySet<string> = new Set(KIN_BY_BIRTH_ORDER.kin);
const BIRTH_ORDER: ReadonlySet<string> = new Set(KIN_BY_BIRTH_ORDER.order);
/**
 * "dì ba", "cậu hai", "chú tư", "cô út" (KIN_BY_BIRTH_ORDER) at `index`: one person, its head the two words, where the words around
 * make it one: right after "ở với", or led to by a list ("với", a comma, the clause's start, "nhà có") and ending a person's words
 * ("…, dì ba tui 60 tuổi", "tui với cậu hai, …", "… với cậu hai ở quê"); not "đi ba ngày", "có ba người", "chỉ hai đứa".
 */
function birthOrderAt(tokens: Tokens, index: number): { count: number; end: number; head: string } | undefined {
  const [kin, order] = [tokens[index] ?? '', tokens[index + 1] ?? ''];
  if (!BIRTH_KIN.has(kin) || !BIRTH_ORDER.has(order)) return undefined;
  const person = { count: 1, end: index + 2, head: `${kin} ${order}` };
  if (LIVE_WITH.some((phrase) => phraseEndingAt(tokens, index, phrase))) return person;
  const before = tokens[index - 1];
  const led = before === undefined || CLAUSE_BREAKS.has(before) || JOIN_WORDS.has(before) || HOUSE_LIST.some((phrase) => phraseEndingAt(tokens, index, phrase));
  const next = tokens[index + 2];
  const aged = /^\d{1,3}$/.test(next ?? '') && AGE_WORDS.has(tokens[index + 3] ?? '');
  // "vợ chồng tui với cậu hai ở quê" ("ở quê" written "nông thôn"): where they live ends the person's words too.
  const placed = AREA_LEADS.includes(next ?? '') || longestAt(tokens, index + 2, PLACES) !== undefined;
  const ends = next === undefined || CLAUSE_BREAKS.has(next) || JOIN_WORDS.has(next) || KIN_AFTER.has(next) || aged || placed || longestAt(tokens, index + 2, LIVE_WITH) !== undefined;
  return led && ends ? person : undefined;
}

/**
 * After a person's words: "tui" (whose), an age ("80 tuổi", "trên 60 tuổi") or a word such as "già", "nhỏ"; with `ageAt` (the
 * ages the sentence tells, ageMentions) the bare ages listed too ("bố mẹ em già rồi 78 với 74", "ông 81").
 */
function personEnd(tokens: Tokens, from: number, ageAt: ReadonlySet<number> = new Set()): number {
  let end = from;
  if (SPEAKERS.has(tokens[end] ?? '')) end += 1;
  for (let moved = true; moved; ) {
    moved = false;
    // "ông bà nội em đều trên 70 rồi": "đều" (both) before the age, and "trên 70" needs no "tuổi" (NOT_AGE_AFTER says so of any bound age).
    const both = BOTH_WORDS.has(tokens[end] ?? '') ? 1 : 0;
    const bound = AGE_BOUND_WORDS.has(tokens[end + both] ?? '') ? 1 : 0;
    const age = tokens[end + both + bound] ?? '';
    if (/^\d{1,3}$/.test(age) && AGE_WORDS.has(tokens[end + both + bound + 1] ?? '')) {
      end += both + bound + 2;
      moved = true;
    } else if (bound && /^\d{2,3}$/.test(age) && !countedAfter(tokens, end + both + bound)) {
      end += both + bound + 1;
      moved = true;
    }
    const qualifier = longestAt(tokens, end, QUALIFIERS_BY_LENGTH);
    if (qualifier) {
      end += qualifier.length;
      moved = true;
    }
    // "già rồi", "trên 70 tuổi rồi": "rồi" (already) after what was said of the person.
    if (moved && tokens[end] === 'roi') end += 1;
    // "78 với 74", "80, 76 tuổi": the ages told of the people, listed.
    if (ageAt.has(end)) {
      end += 1;
      while (AGE_LIST_BREAKS.has(tokens[end] ?? '') && ageAt.has(end + 1)) end += 2;
      if (AGE_WORDS.has(tokens[end] ?? '')) end += 1;
      moved = true;
    }
  }
  return end;
}

const DIED = byLength(ROLE_CLAUSES.died);
/** "bố em mất rồi", "má tui qua đời": the person at `index` is said to have died (no member of the household). */
function diedAt(tokens: Tokens, index: number, ageAt: ReadonlySet<number>): boolean {
  const person = personAt(tokens, index);
  return person !== undefined && person !== 'uncounted' && longestAt(tokens, personEnd(tokens, person.end, ageAt), DIED) !== undefined;
}

/**
 * Where a list of the people living together may start, in the order of the sentence: after the speaker's "ở với" (the speaker
 * counted), "nhà có", "tui với", "nhà tui", or at the start of a clause ("ba mẹ tui, tui và em gái", "tui, vợ tui, mẹ tui").
 */
function listStarts(tokens: Tokens): { start: number; total: number; told?: true }[] {
  const starts: { start: number; total: number; told?: true }[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (index === 0 && toldOfOthers(tokens)) starts.push({ start: 0, total: 0, told: true });
    else if (index === 0 || CLAUSE_BREAKS.has(tokens[index - 1]!)) starts.push({ start: index, total: 0 });
    // "tui 68 tuổi sống với thằng cháu nội 10 tuổi" (round 22): the speaker's own age may come before "sống với".
    // "con tui ở với dì nó" (round 24): "tui" right after a person is whose, not the speaker living with someone.
    const speakerEnd = SPEAKERS.has(tokens[index]!) && !personBefore(tokens, index) ? personEnd(tokens, index) : index;
    const live = speakerEnd > index ? longestAt(tokens, speakerEnd, LIVE_WITH) : undefined;
    const house = longestAt(tokens, index, HOUSE_LIST) ?? longestAt(tokens, index, OWN_HOUSE);
    if (live) starts.push({ start: speakerEnd + live.length, total: 1 });
    else if (house) starts.push({ start: index + house.length, total: 0 });
    else if (SPEAKERS.has(tokens[index]!) && (tokens[index + 1] === 'voi' || tokens[index + 1] === 'va') && personAt(tokens, index + 2)) starts.push({ start: index + 2, total: 1 });
    // "tui bán vé số ngày dc 100 ngàn, …, ở với má già 78 tuổi" (round 31 household17: read no size): a clause opened by "ở với"
    // with no one before it, after a clause the speaker opens, is the speaker living with them.
    const livesOn = index > 0 && CLAUSE_BREAKS.has(tokens[index - 1]!) ? longestAt(tokens, index, LIVE_WITH) : undefined;
    if (livesOn && clauseStarts(tokens).some((start) => start < index && speakerOpens(tokens, start))) starts.push({ start: index + livesOn.length, total: 1 });
  }
  return starts;
}

/**
 * "tui ở với bé 4 tuổi, ba tui 80 tuổi" = 3, "nhà có tui, vợ tui, ba tui 70 tuổi, 2 đứa nhỏ" = 5, "nhà tui 3 đứa con với 2 vợ
 * chồng" = 5, "nhà có 2 ông bà già, 2 vợ chồng, 2 cháu" = 6, "ba mẹ tui, tui và em gái" = 4: the people living together named one
 * by one, in any order, when the sentence gives no count (listStarts; the first list that reads plainly). A list counts when it
 * names two people or more, the speaker among them ("tui", or a group the speaker is one of: SPEAKER_GROUPS). Undefined (asked)
 * unless it is plain: a person of no told number ("con", "các con"), a person after a comma said with more than an age ("…, anh
 * tui đi làm ở Sài Gòn"), or someone else's own ("vợ tui", "con tui") named elsewhere in the sentence leave the count to the
 * household.
 */
function enumeratedMembers(tokens: Tokens, ageAt: ReadonlySet<number> = new Set()): number | undefined {
  for (const { start, total, told } of listStarts(tokens)) {
    const listed = listedFrom(tokens, start, total, ageAt, told);
    if (listed !== undefined) return listed;
  }
  return undefined;
}

/**
 * "ba ngoai 80 tuoi song voi 2 chau 10 va 12 tuoi, thu nhap 2tr/thang" (round 46 mend50a; was no size, then a provincial passage):
 * the message opens with someone not the speaker living with others ("ở với", "sống với": LIVE_WITH_PHRASES) and the speaker is
 * named nowhere in it: the household told is theirs, its people those listed (no speaker among them).
 */
function toldOfOthers(tokens: Tokens): boolean {
  const person = personAt(tokens, 0);
  if (!person || person === 'uncounted' || SPEAKERS.has(person.head) || tokens.some((token) => SPEAKERS.has(token))) return false;
  return longestAt(tokens, personEnd(tokens, person.end), LIVE_WITH) !== undefined;
}

/**
 * The people of a list starting at `start` (`total`: the speaker already counted; `told`: the household of others told, toldOfOthers),
 * or undefined when it is no plain list of the household.
 */
function listedFrom(tokens: Tokens, start: number, counted: number, ageAt: ReadonlySet<number>, told = false): number | undefined {
  const heads = new Set<string>();
  let total = counted;
  let items = counted;
  let speakerListed = counted === 1;
  let speakerGroup = false;
  let index = start;
  let afterComma = false;
  let adjoined = false;
  for (;;) {
    adjoined = false;
    const word = tokens[index] ?? '';
    // "nhà có tui, vợ tui", "ba mẹ tui, tui và em gái": the speaker is one of the people listed ("em" only first: after
    // others it is a younger sibling as often).
    if (!speakerListed && SPEAKERS.has(word) && (total === 0 || !ONE_PERSON_WORDS.includes(word))) {
      // "ba má tui già 75 và 73, tui làm mướn nuôi ba má": the speaker after a comma said with more is no one listed.
      const after = tokens[index + 1];
      if (afterComma && after !== undefined && !CLAUSE_BREAKS.has(after) && !JOIN_WORDS.has(after) && !longestAt(tokens, index + 1, LIVE_WITH)) break;
      speakerListed = true;
      total += 1;
      items += 1;
      index += 1;
    } else {
      // "…, tui và 2 em" (round 23: the 2 left out, read 5 of 7): a count before a one-person word.
      const found = personAt(tokens, index);
      const person = oneAgedChildAt(tokens, index, ageAt) ?? (found === undefined ? countedOneAt(tokens, index) : found);
      if (person === 'uncounted') return undefined;
      // "…, ở với em, em làm thuê": the speaker said again (not "em tui", "em gái") ends the list.
      if (speakerListed && SPEAKERS.has(word) && person?.head === word && !SPEAKERS.has(tokens[index + 1] ?? '')) break;
      // "tui ở với bé, bé bị suy dinh dưỡng": the same person said again ends the list; "…, bà nội ở với vợ chồng tui" too
      // (round 23: the couple counted twice, 7).
      const livesWith = LIVE_WITH.some((phrase) => phraseEndingAt(tokens, index, phrase));
      if (!person || ((afterComma || livesWith) && heads.has(person.head))) break;
      // "vợ chồng tui với 2 đứa nhỏ, bà ngoại ở với cậu út" (round 24: read 6): a person after a comma who lives with someone
      // not listed lives elsewhere, no member; the list ends before them.
      if (afterComma && livesWithOthers(tokens, index) && !livesWithListed(tokens, index, heads)) break;
      // "bố mẹ em già rồi, bố 80 mẹ 76, sống chung với …": the pair's people said again each with an age are no one more.
      // "ổng 68 bả 65, 2 ông bà già ở với tui": the people listed one by one said again as their pair are no one more (round 21).
      const pairAgain = person && Object.hasOwn(PAIR_SIZES, person.head) && split(person.head).every((word) => heads.has(word)) ? personEnd(tokens, person.end, ageAt) : undefined;
      const again = afterComma ? (againWithAges(tokens, index, heads, ageAt) ?? pairAgain) : undefined;
      if (again !== undefined) {
        index = again;
        const after = tokens[index];
        if (after === undefined || !(after === ',' || JOIN_WORDS.has(after) || longestAt(tokens, index, LIVE_WITH))) break;
        const liveAgain = longestAt(tokens, index + (after === ',' ? 1 : 0), LIVE_WITH);
        afterComma = after === ',' && !liveAgain;
        index += liveAgain ? (after === ',' ? 1 : 0) + liveAgain.length : 1;
        continue;
      }
      const end = personEnd(tokens, person.end, ageAt);
      const next = tokens[end];
      // "ba tui 80 ma tui 75 o voi …": one person's age, then the next person, no comma between (round 21).
      const nextPerson = personAt(tokens, end);
      adjoined = end > person.end && /^\d{2,3}$/.test(tokens[end - 1] ?? '') && nextPerson !== undefined && nextPerson !== 'uncounted' && nextPerson.count === 1 && !heads.has(nextPerson.head);
      const separated = adjoined || next === undefined || CLAUSE_BREAKS.has(next) || JOIN_WORDS.has(next) || longestAt(tokens, end, LIVE_WITH) !== undefined;
      // "bà nội tui 80 tuổi có lương hưu 3tr, ở chung với vợ chồng tui" (round 23: read 4): what the first person does, then
      // "ở chung với" opening the next clause, said of that person.
      const livesOn = separated || afterComma || items > counted ? undefined : describedThenLiving(tokens, end);
      // "…, anh tui đi làm ở Sài Gòn": a person after a comma said with more than an age may not live here.
      if (afterComma && !separated) return undefined;
      // "má tui 70 tuổi, tui ở với ba má" (round 22): a pair one of whose people is listed already adds only the other.
      const listedOfPair = Object.hasOwn(PAIR_SIZES, person.head) && person.count === split(person.head).length ? split(person.head).filter((word) => heads.has(word)).length : 0;
      total += person.count - listedOfPair;
      items += 1;
      // "2 anh em tui", "2 ông cháu tui": a group the speaker's word follows has the speaker in it (not "ông bà tui", a pair of relatives).
      speakerGroup ||= SPEAKER_GROUP_SET.has(person.head) || (Object.hasOwn(GROUP_WORDS, person.head) && !Object.hasOwn(RELATIVE_PHRASES, person.head) && SPEAKERS.has(tokens[person.end] ?? ''));
      heads.add(person.head);
      index = livesOn ?? end;
      if (!separated && livesOn === undefined) break;
    }
    if (adjoined) {
      afterComma = false;
      continue;
    }
    const next = tokens[index];
    // "tía má tui già rồi, ở với vợ chồng tui và 1 đứa con": those named live with those after "ở với", all one household.
    const liveWith = longestAt(tokens, index + (next === ',' ? 1 : 0), LIVE_WITH);
    if (next !== ',' && !JOIN_WORDS.has(next ?? '') && !liveWith) break;
    afterComma = next === ',' && !liveWith;
    index += liveWith ? (next === ',' ? 1 : 0) + liveWith.length : 1;
    // "…, ở với em": after "ở với" the speaker's word is the speaker, "em" too.
    if (liveWith && !speakerListed && SPEAKERS.has(tokens[index] ?? '')) {
      speakerListed = true;
      total += 1;
      items += 1;
      index += 1;
      if (tokens[index] !== ',' && !JOIN_WORDS.has(tokens[index] ?? '')) break;
      afterComma = tokens[index] === ',';
      index += 1;
    }
  }
  if (!(speakerListed || speakerGroup || told) || items < 2) return undefined;
  // Someone's own person named elsewhere ("vợ tui làm 2 triệu") who is not one of those listed: not plain; one who died ("bố
  // em mất rồi") is no member either way.
  // "bố mẹ em …, mẹ em hưởng trợ cấp": one of a pair listed is no one else.
  const listedWords = pairWordsOf(heads);
  for (let other = 0; other < tokens.length; other += 1) {
    if (other >= start && other < index) continue;
    const person = personAt(tokens, other);
    if (!person || person === 'uncounted' || !SPEAKERS.has(tokens[person.end] ?? '') || heads.has(person.head)) continue;
    // "con tui ở với dì nó trên Sài Gòn, ở nhà có 2 vợ chồng với bà nội" (round 24): who lives with another relative is no member.
    if (CLAUSE_BREAKS.has(tokens[other - 1] ?? ',') && livesWithOthers(tokens, other) && !livesWithListed(tokens, other, heads)) continue;
    if (!(person.count === 1 && listedWords.has(person.head)) && !diedAt(tokens, other, ageAt)) return undefined;
  }
  return total;
}

/** Where the clause from `from` ends when no one is named in it and the next clause opens with "ở chung với" (LIVE_WITH_PHRASES). */
function describedThenLiving(tokens: Tokens, from: number): number | undefined {
  const [, end] = clauseOf(tokens, from);
  if (tokens[end] !== ',' || !longestAt(tokens, end + 1, LIVE_WITH)) return undefined;
  return tokens.slice(from, end).some((token) => PERSON_WORDS.has(token)) ? undefined : end;
}

/**
 * "đứa nhỏ 8 tuổi", "con 8 tuổi": a child noun of no told number with one age right after it (no list of ages: "con 5 tuổi và 8
 * tuổi" leaves how many to ask) is one child (round 23: "vo chong tui voi dua nho 8 tuoi" was asked).
 */
function oneAgedChildAt(tokens: Tokens, index: number, ageAt: ReadonlySet<number>): { count: number; end: number; head: string } | undefined {
  const noun = longestAt(tokens, index, CHILD_NOUN_WORDS);
  if (!noun) return undefined;
  const end = index + noun.length + (QUALIFIER_WORDS.has(tokens[index + noun.length] ?? '') ? 1 : 0);
  if (!ageAt.has(end) || !AGE_WORDS.has(tokens[end + 1] ?? '')) return undefined;
  if (AGE_LIST_BREAKS.has(tokens[end + 2] ?? '') && ageAt.has(end + 3)) return undefined;
  return { count: 1, end, head: noun.join(' ') };
}

/** The words of the pairs among the people listed ("bố mẹ": "bố", "mẹ"), each of whom is no one more when said alone. */
const pairWordsOf = (heads: ReadonlySet<string>) => new Set([...heads].filter((head) => Object.hasOwn(PAIR_SIZES, head)).flatMap(split));

/**
 * "bố 80 mẹ 76": one person after another, each a word of a pair already listed ("bố mẹ") and each with an age, the pair said
 * again with its ages; where those words end, or undefined.
 */
function againWithAges(tokens: Tokens, index: number, heads: ReadonlySet<string>, ageAt: ReadonlySet<number>): number | undefined {
  const listedWords = pairWordsOf(heads);
  let at = index;
  for (;;) {
    const person = personAt(tokens, at);
    if (!person || person === 'uncounted' || person.count !== 1 || !listedWords.has(person.head)) break;
    // "…, má tui 70 tuổi" (round 22): the speaker's word may come between the person and the age.
    if (!ageAt.has(person.end) && !(SPEAKERS.has(tokens[person.end] ?? '') && ageAt.has(person.end + 1))) break;
    at = personEnd(tokens, person.end, ageAt);
    if (JOIN_WORDS.has(tokens[at] ?? '') && personAt(tokens, at + 1)) at += 1;
  }
  return at > index ? at : undefined;
}

const CARED_FOR_PHRASES = byLength(ROLE_CLAUSES.caredFor);
const CHILD_HOUSE = byLength(CHILD_SPEAKER_HOUSE);
/** The word a child telling the household calls themself ("con" of "nhà con"). */
const CHILD_SELF: ReadonlySet<string> = new Set(CHILD_SPEAKER_HOUSE.map((phrase) => split(phrase).at(-1)!));
const APART = [...ROLE_CLAUSES.apart, ...HOUSEHOLD_AWAY.words];

/**
 * "ổng làm thợ hồ tháng 6 triệu, tui ở nhà nuôi 2 đứa nhỏ" = 4, "ổng làm phụ hồ, tui bán vé số, 2 đứa nhỏ đi học" = 4: no count,
 * no list, but clauses each opened by one of the household (a person, a pair or counted children: personAt), the speaker among
 * them with someone else, and the children the speaker looks after in the speaker's own clause (ROLE_CLAUSES.caredFor). Undefined
 * (asked) when anyone is named twice or elsewhere in the sentence, or a clause says its person may not live here (ROLE_CLAUSES.apart,
 * HOUSEHOLD_AWAY: "ổng đi làm ăn xa", "con gái ở riêng").
 */
function roleClauses(tokens: Tokens, ageAt: ReadonlySet<number>): number | undefined {
  const heads = new Set<string>();
  const named = new Set<number>();
  let total = 0;
  let speaker = false;
  let others = 0;
  const take = (head: string, count: number, from: number, to: number) => {
    if (heads.has(head)) return false;
    heads.add(head);
    total += count;
    for (let index = from; index < to; index += 1) named.add(index);
    return true;
  };
  // "nhà con ở xa, bố con mất rồi, mẹ con 45 tuổi …, con 14 tuổi với 2 em" (rounds 20, 23): told by a child, who calls
  // themself "con" (CHILD_SPEAKER_HOUSE) and opens a clause with it.
  const childSpeaking = CHILD_SPEAKER_PAIRS.some((pair) => tokens.some((_, index) => phraseAt(tokens, index, split(pair)) && parentOfChildSpeaker(tokens, index, pair)));
  const isSpeaker = (index: number) => SPEAKERS.has(tokens[index]!) || (childSpeaking && CHILD_SELF.has(tokens[index]!) && !PERSON_WORDS.has(tokens[index + 1] ?? ''));
  for (let index = 0; index < tokens.length; index += 1) {
    if (index > 0 && !CLAUSE_BREAKS.has(tokens[index - 1]!)) continue;
    const [, end] = clauseOf(tokens, index);
    const clause = tokens.slice(index, end);
    // "nhà em ở quê", "nhà con ở xa": the speaker's house names no one.
    const house = longestAt(tokens, index, OWN_HOUSE) ?? (childSpeaking ? longestAt(tokens, index, CHILD_HOUSE) : undefined);
    if (house) for (let at = index; at < index + house.length; at += 1) named.add(at);
    if (isSpeaker(index)) {
      if (!take('speaker', 1, index, index + 1)) return undefined;
      speaker = true;
      // "em 15 tuổi với thằng em 12 tuổi", "con 14 tuổi với 2 em 10 tuổi và 6 tuổi": the speaker's age, then those joined.
      for (let at = personEnd(tokens, index + 1, ageAt); JOIN_WORDS.has(tokens[at] ?? ''); ) {
        const joined = personAt(tokens, at + 1) ?? countedOneAt(tokens, at + 1);
        if (joined === undefined || joined === 'uncounted') break;
        if (!take(joined.head, joined.count, at + 1, joined.end)) return undefined;
        at = personEnd(tokens, joined.end, ageAt);
      }
      for (let at = index + 1; at < end; at += 1) {
        const care = longestAt(tokens, at, CARED_FOR_PHRASES);
        const from = at + (care?.length ?? 0);
        // "nuôi 2 đứa nhỏ", "giữ tụi nhỏ 2 đứa"; not "nuôi bò" ("bò" folds to "bo", a father).
        const children = !care ? undefined : childrenAt(tokens, from) ? personAt(tokens, from) : childGroupAt(tokens, from);
        if (children && children !== 'uncounted' && !take(children.head, children.count, from, children.end)) return undefined;
      }
    } else {
      const person = personAt(tokens, index);
      if (person === undefined || person === 'uncounted') continue;
      const whose = personEnd(tokens, person.end, ageAt);
      // "bố con mất rồi": no member, and no one else.
      if (diedAt(tokens, index, ageAt)) {
        for (let at = index; at < whose; at += 1) named.add(at);
        continue;
      }
      if (!take(person.head, person.count, index, whose)) return undefined;
      others += 1;
    }
    if (findPhrase(clause, APART)) return undefined;
  }
  if (!speaker || others === 0) return undefined;
  // "…, tui ở với má": anyone named outside the clauses' openings and the children looked after is not plainly counted.
  for (let index = 0; index < tokens.length; index += 1) if (!named.has(index) && personAt(tokens, index) !== undefined) return undefined;
  return total;
}

/** "2 em", "hai em": a count before one of ONE_PERSON_WORDS at `index`, more than one; not "ba má" ("ba" is 3 and a father). */
function countedOneAt(tokens: Tokens, index: number): { count: number; end: number; head: string } | undefined {
  if (PERSON_WORDS.has(tokens[index] ?? '')) return undefined;
  const one = longestAt(tokens, index + 1, ONE_PERSON);
  const count = one && countBefore(tokens, index + 1);
  return count && count.start === index && count.value > 1 ? { count: count.value, end: index + 1 + one!.length, head: one!.join(' ') } : undefined;
}

/** "3 đứa con", "2 đứa nhỏ", "1 cháu" at `index` (not "3 con heo"). */
function childrenAt(tokens: Tokens, index: number): number | undefined {
  const digits = tokens[index];
  const value = digits && /^\d{1,2}$/.test(digits) ? Number(digits) : wordsValue([digits ?? '']);
  if (!value) return undefined;
  const noun = longestAt(tokens, index + 1, CHILD_NOUN_WORDS);
  // "2 con lợn" are animals; "2 đứa lớn" (đứa, thằng: people only) are the older children.
  if (!noun || (!CLASSIFIERS.has(noun[0]!) && NOT_PEOPLE.has(tokens[index + 1 + noun.length] ?? ''))) return undefined;
  return value;
}

/** More people told after the household's size (readMembersAdded). */
export interface MembersAdded {
  count: number;
  /** Said back: "bà ngoại", "2 đứa nhỏ" as a count of people when the words fold from more than one spelling. */
  label: string;
  /** Of them, those the words make dependants (an age or "già" read as rules/parameters.yaml would), and those they make not. */
  dependants: number;
  notDependants: number;
}

const ADDED_LEAD = byLength(MEMBERS_ADDED.lead);
const ADDED_OPENERS = byLength(MEMBERS_ADDED.openers);
const ADDED_BETWEEN = byLength(MEMBERS_ADDED.between);
const ADDED_CLOSERS = byLength(MEMBERS_ADDED.closers);
const ADDED_SURE: ReadonlySet<string> = new Set(MEMBERS_ADDED.sure);
const COUNTED_MEMBER = (tokens: Tokens, index: number) => {
  const count = countBefore(tokens, index + 1);
  const noun = count && count.start === index ? MEMBER_TOKENS.find((words) => phraseAt(tokens, index + 1, words)) : undefined;
  return count && noun ? { count: count.value, end: index + 1 + noun.length, head: '' } : undefined;
};

/**
 * "còn bà ngoại nữa", "thêm ông nội nữa", "à quên, còn 2 đứa nhỏ nữa", "thêm 1 người": people added to a household whose size
 * was told (household.ts MEMBERS_ADDED), the message saying nothing else; undefined for any other message ("còn bà ngoại?"
 * without "thêm" or "nữa" may ask about her).
 */
export function readMembersAdded(typed: string, rules: RuleSet, date: string): MembersAdded | undefined {
  const tokens = moneyTokens(fold(writtenSentence(typed))).filter((token) => !CLAUSE_BREAKS.has(token));
  let index = 0;
  let sure = false;
  const skip = (phrases: readonly (readonly string[])[]) => {
    for (let phrase = longestAt(tokens, index, phrases); phrase; phrase = longestAt(tokens, index, phrases)) {
      sure ||= phrase.some((word) => ADDED_SURE.has(word));
      index += phrase.length;
    }
  };
  skip(ADDED_LEAD);
  const opener = longestAt(tokens, index, ADDED_OPENERS);
  if (opener) {
    sure ||= opener.some((word) => ADDED_SURE.has(word));
    index += opener.length;
  }
  const heads: string[] = [];
  let count = 0;
  for (;;) {
    const person = COUNTED_MEMBER(tokens, index) ?? personAt(tokens, index);
    if (!person || person === 'uncounted') return undefined;
    count += person.count;
    heads.push(person.count === 1 || PAIR_SIZES[person.head] === person.count ? (PERSON_LABELS[person.head] ?? '') : '');
    index = personEnd(tokens, person.end);
    if (!JOIN_WORDS.has(tokens[index] ?? '') || tokens[index] === 'them') break;
    index += 1;
  }
  skip(ADDED_BETWEEN);
  skip(ADDED_CLOSERS);
  skip(ADDED_LEAD);
  if (!sure || index !== tokens.length || count < 1 || count > MAX_MEMBERS) return undefined;
  const label = heads.every(Boolean) ? heads.join(' và ') : `${count} người`;
  const thresholds = thresholdsOn(rules, date);
  const details = memberDetailsOf(readPeople(tokens, ageMentions(tokens, new Set())), count, thresholds) ?? [];
  const childBelow = thresholds.dependant_child_below?.value;
  const elderlyFrom = thresholds.dependant_elderly_from?.value;
  const byAge = (age: number) => (childBelow !== undefined && age < childBelow) || (elderlyFrom !== undefined && age >= elderlyFrom);
  const dependants = details.filter((member) => member.dependant === true || (member.age !== undefined && byAge(member.age))).length;
  const notDependants = details.filter((member) => member.dependant !== true && member.age !== undefined && !byAge(member.age)).length;
  return { count, label, dependants, notDependants };
}

// ---------- income ----------

interface IncomeReading {
  monthly?: number;
  /** "3-4 triệu", "từ 3 đến 4 tr", "3 4 triệu" as the household's one income: both ends a month (`monthly` is the higher). */
  range?: IncomeRange;
  /** The one figure was said with no period ("thu nhập 40 triệu"): the month is assumed, and a high figure may be a year's. */
  monthAssumed?: true;
  perPerson?: boolean;
  question?: string;
  perDay?: DayPay;
  periodAsked?: PeriodAsked;
  askedFor?: SaidFor;
  cropAsked?: EachCrop;
  harvestAsked?: true;
  harvestUncounted?: HarvestUncounted;
  harvestSale?: true;
  /** The month's income added up from each earner's ("ba tui lanh luong huu 3 trieu con tui di lam 4 trieu"): see Understanding. */
  summed?: true;
  notes: string[];
}

/** One of `phrases` ending in the last `reach` words of `before` ("còn nợ ngân hàng chính sách 40tr": the debt's words end there). */
const beforeHas = (before: Tokens, phrases: readonly string[], reach: number) =>
  phrases.some((phrase) => {
    const words = split(phrase);
    return before.some((_, index) => index + words.length > before.length - reach && phraseAt(before, index, words));
  });

/** An amount as the resident said it, written out: "5.000.000 đồng", "60.000.000 đồng một năm", "1.200.000 đồng mỗi người"; unread, as typed. */
function figureSaid({ parse, said }: FoundAmount): string {
  if (!parse.ok) return `“${said}”`;
  const { amount } = parse;
  const unit = amount.period === 'year' ? 'năm' : 'tháng';
  const period = amount.count > 1 ? ` trong ${amount.count} ${unit}` : amount.period === 'year' ? ' một năm' : '';
  return `${formatMoney(amount.said)}${period}${amount.perPerson ? ' mỗi người' : ''}`;
}

/** "18.000.000 đồng một năm ÷ 12 = …", "20.000.000 đồng trong 3 tháng ÷ 3 = 6.666.667 đồng một tháng". */
function conversionNote(amount: Amount): string {
  const unit = amount.period === 'year' ? 'năm' : 'tháng';
  const months = (amount.period === 'year' ? 12 : 1) * amount.count;
  const said = amount.count > 1 ? `trong ${amount.count} ${unit}` : `một ${unit}`;
  const crops = amount.crops ? `${amount.crops.count} ${amount.crops.name} × ${formatMoney(amount.said / amount.crops.count)} = ` : '';
  return `${crops}${formatMoney(amount.said)} ${said} ÷ ${months} = ${formatMoney(amount.value)} một tháng`;
}

const SUPPORTS = SUPPORT_AMOUNT_WORDS.map(split);
const BILLS = BILL_AMOUNT_WORDS.map(split);
const CUES = INCOME_CUES.map(split);

/**
 * "có được hỗ trợ tiền sửa nhà 30 triệu không", "nghe nói trợ cấp cho người già 500 nghìn": a support named in the amount's
 * own words makes the amount the support's, never the household's income, unless an income word, paid work or an earner
 * comes between ("có trợ cấp, con gái làm thuê 3 triệu"). So does a bill named there (`BILLS`: "tiền điện tháng này nhà tui 400k", "học phí của con tui 2tr": "của" says whose it is, WHOSE_WORDS, no earner).
 */
function namedAmount(own: Tokens, named: readonly Tokens[] = SUPPORTS): boolean {
  const at = own.findLastIndex((_, index) => named.some((phrase) => phraseAt(own, index, phrase)));
  if (at < 0) return false;
  const after = own.slice(at + Math.max(...named.filter((phrase) => phraseAt(own, at, phrase)).map((phrase) => phrase.length)));
  const owned = WHOSE_WORDS.has(after[0] ?? '');
  return !after.some((_, index) => CUES.some((cue) => phraseAt(after, index, cue)) || longestAt(after, index, PAID_WORK) !== undefined) && (owned || earnersIn(after) === '');
}

/** An income amount with what its own words say about it. */
interface Told {
  found: FoundAmount;
  amount: Amount;
  /** The earner words of its own words ("chong", "con trai"), joined; "" when it names no one. */
  earners: string;
  /** "thu nhập 8 triệu", "cả nhà 8 triệu": the household's whole income, not one person's. */
  whole: boolean;
  /** "tức là 5 triệu", or a figure with no words of its own after another one: the same income said again. */
  again: boolean;
  /** "thêm tiền làm thuê 3 triệu": said as added to another income, a separate one (as if its earner were named). */
  added: boolean;
}

const PAID_WORK = byLength(PAID_WORK_PHRASES);
const HIRED_WORK = byLength(HIRED_WORK_PHRASES);

/**
 * "mần thuê 200k 1 ngày", "chồng làm hồ 1 ngày 300 ngàn": a day's pay for hired work said in its clause (money.ts
 * HIRED_WORK_PHRASES): wage work whose labour contract is not said. Not "chạy xe ôm ngày 200k" (own account).
 */
function hiredByTheDay(amounts: readonly FoundAmount[], tokens: Tokens): boolean {
  const hired = (words: Tokens) => words.some((_, index) => longestAt(words, index, HIRED_WORK) !== undefined);
  return amounts.some((found) => {
    const { parse, before } = found;
    if (parse.ok || parse.perDay === undefined) return false;
    if (hired(before)) return true;
    // "tau đi làm thuê ai kêu chi làm nấy, ngày 250 ngàn": a day's pay opening its clause is the pay of the work said in the
    // clause right before it (round 21).
    return before.every((word) => PERIOD_WORDS[word] === 'day') && CLAUSE_BREAKS.has(tokens[found.start - before.length - 1] ?? '') && hired(clauseBefore(found, tokens));
  });
}

/** The words before an amount without those of paid work ("làm mướn", "được trả"): a cost word inside them is no cost. */
function withoutPaidWork(words: Tokens): Tokens {
  const kept = [...words];
  for (let index = 0; index < kept.length; index += 1) {
    const work = longestAt(kept, index, PAID_WORK);
    if (work) kept.fill('', index, index + work.length);
  }
  return kept;
}

const HOUSEHOLD_HEADS = TOPICS.household.heads.map(split);
const WHOLE_INCOME_WORDS = [...HOUSEHOLD_TOTAL_WORDS, ...INCOME_NOUNS];

/**
 * The words an amount has to itself: its clause before it, from the end of the amount before it in the same clause
 * ("chồng 3 triệu vợ 2 triệu": "vợ" for the second).
 */
function ownWords(found: FoundAmount, amounts: readonly FoundAmount[]): Tokens {
  const clauseStart = found.start - found.before.length;
  const previousEnd = Math.max(clauseStart, ...amounts.filter((other) => other.end <= found.start).map((other) => other.end));
  return found.before.slice(previousEnd - clauseStart);
}

/** Who the words name as earning: "chồng", "con trai"; never the "tôi" of "nhà tôi" (the household). */
function earnersIn(words: Tokens): string {
  const named = words.filter((word, index) => EARNER_WORDS.has(word) && !HOUSEHOLD_HEADS.some((head) => phraseEndingAt(words, index, head)));
  const one = ONE_EARNER.filter((phrase) => words.some((_, index) => phraseAt(words, index, phrase))).map((phrase) => phrase.join(' '));
  return [...named, ...one].join(' ');
}

const ONE_EARNER = ONE_EARNER_PHRASES.map(split);

const QUANTITY_WORDS: ReadonlySet<string> = new Set(QUANTITY_UNITS);
const CROP_NAMES: ReadonlySet<string> = new Set(CROPS.words);

/**
 * "mỗi vụ dc 3 tấn lúa", "thu hoạch 2 tấn cà phê": a count then a weight (QUANTITY_UNITS), then what is harvested or a crop said
 * in its clause (HARVEST_SOLD_WORDS, CROPS.words); not a price ("7 ngàn 1 ký": an amount, read before) nor a child's weight.
 */
function harvestByWeight(tokens: Tokens, amounts: readonly FoundAmount[] = []): boolean {
  return tokens.some((token, index) => {
    if (!/^\d/.test(token) || !QUANTITY_WORDS.has(tokens[index + 1] ?? '')) return false;
    // "bán lúa 7 ngàn 1 ký": a price per weight, no harvest.
    if (Object.hasOwn(MONEY_UNITS, tokens[index - 1] ?? '') || amounts.some((amount) => amount.start <= index && index < amount.end)) return false;
    const clause = tokens.slice(...clauseOf(tokens, index));
    const after = tokens[index + 2] ?? '';
    return (HARVEST_SOLD_WORDS.has(after) && !JOIN_WORDS.has(after)) || clause.some((word) => CROP_NAMES.has(word));
  });
}

/**
 * "3 tấn lúa bán", "bán lúa": a sale word (HARVEST_SALE_WORDS) at `index` with a crop or a weight unit just before or after it;
 * "bán được" with nothing sold named (HARVEST_SALE_TOLD_PHRASES).
 */
const soldBeside = (words: Tokens, index: number) =>
  (HARVEST_SALE_WORDS.has(words[index]!) && [words[index - 1], words[index + 1]].some((word) => word !== undefined && (CROP_NAMES.has(word) || QUANTITY_WORDS.has(word)))) ||
  HARVEST_SALE_TOLD.some((phrase) => phraseAt(words, index, phrase));
const HARVEST_SALE_TOLD = HARVEST_SALE_TOLD_PHRASES.map(split);

/** "thu nhập 5 triệu, à nhầm, 15 triệu": an amount followed by a correction and another amount is dropped, and the note says so. */
function corrected(tokens: Tokens, amounts: FoundAmount[], notes: string[]): FoundAmount[] {
  const dropped = amounts.flatMap((amount, index) => (correctedBy(tokens, amount.end, amounts[index + 1]?.start) ? [index] : []));
  if (dropped.length === 0) return amounts;
  const shown = (found: FoundAmount) => (found.parse.ok ? formatMoney(found.parse.amount.said) : `“${found.said}”`);
  for (const index of dropped) notes.push(`bạn sửa ${shown(amounts[index]!)} thành ${shown(amounts[index + 1]!)}, mình tính theo số sau`);
  return amounts.filter((_, index) => !dropped.includes(index));
}

const EACH_NOUNS = new Set([...MEMBER_NOUNS, ...CHILD_NOUNS].map((noun) => split(noun)[0]!));

/**
 * "2 vợ chồng làm công nhân mỗi người 5 triệu", "hai vợ chồng mỗi người làm 3 triệu", "2 đứa con lớn đi làm mỗi đứa 3
 * triệu": the people of a counted group in the amount's own words each earn it, so the household has it that many
 * times (not an income per member of the household). Undefined when no such group is named with "mỗi", or when the
 * same words count the household ("nhà 5 người … mỗi người 1 triệu" is per member).
 */
const saysEach = (words: Tokens) => words.some((word, index) => word === 'moi' && EACH_NOUNS.has(words[index + 1] ?? ''));

function earnersEach(own: Tokens, around: Tokens): number | undefined {
  if (!saysEach(own) && !saysEach(around)) return undefined;
  return earnerGroup(own);
}

/** "2 vợ chồng", "hai đứa con": a counted group of more than one named before the amount (before any "mỗi"); not the household's count. */
function earnerGroup(own: Tokens): number | undefined {
  let size: number | undefined;
  for (let index = 0; index < own.length && size === undefined; index += 1) {
    if (own[index] === 'moi') break;
    if (MEMBER_TOKENS.some((noun) => phraseAt(own, index, noun)) && countBefore(own, index)) return undefined;
    const group = Object.entries(GROUP_WORDS).find(([phrase]) => phraseAt(own, index, split(phrase)));
    size = childrenAt(own, index) ?? (group ? (countBefore(own, index)?.value ?? group[1]) : undefined);
    // "tui với ông xã con đi làm mướn": the speaker and one person joined, two earners (round 21).
    const joined = SPEAKERS.has(own[index]!) && JOIN_WORDS.has(own[index + 1] ?? '') ? personAt(own, index + 2) : undefined;
    if (size === undefined && joined !== undefined && joined !== 'uncounted' && joined.count === 1) size = 2;
  }
  return size !== undefined && size > 1 ? size : undefined;
}

/** The words of the clause right before the one `found` is said in (none when it opens the sentence). */
function clauseBefore(found: FoundAmount, tokens: Tokens): Tokens {
  const clauseStart = found.start - found.before.length;
  if (clauseStart < 2) return [];
  const [start] = clauseOf(tokens, clauseStart - 2);
  return tokens.slice(start, clauseStart - 1);
}

/**
 * "vợ chồng mình cùng làm công nhân may có hợp đồng, mỗi người 7 triệu": "mỗi người" opening the amount's clause (round 20) or
 * said after the amount ("…, ngày 200k mỗi người", round 21), the group earning it named in the clause before, which says no
 * amount of its own; not "nhà 4 người ở phường, mỗi người 2 triệu" (the household's count: earnerGroup).
 */
function eachOfClauseBefore(found: FoundAmount, own: Tokens, amounts: readonly FoundAmount[], tokens: Tokens): number | undefined {
  const clauseStart = found.start - found.before.length;
  // "vợ chồng tui làm mướn ai kêu gì làm nấy, ngày 200k mỗi người": "mỗi người" after the amount too (round 21).
  const each = (own[0] === 'moi' && EACH_NOUNS.has(own[1] ?? '')) || saysEach(tokens.slice(found.start, found.end));
  if (!each || clauseStart < 2 || !CLAUSE_BREAKS.has(tokens[clauseStart - 1]!)) return undefined;
  const [start] = clauseOf(tokens, clauseStart - 2);
  if (amounts.some((other) => other.start >= start && other.start < clauseStart)) return undefined;
  return earnerGroup(tokens.slice(start, clauseStart - 1));
}

function told(found: FoundAmount, said: Amount, amounts: readonly FoundAmount[], tokens: Tokens, notes: string[]): Told {
  const own = ownWords(found, amounts);
  const ownEach = earnersEach(own, tokens.slice(found.start, found.end));
  const each = ownEach ?? eachOfClauseBefore(found, own, amounts, tokens);
  // "tui với ông xã con đi làm mướn, ngày 200k mỗi người": the earners are those of the clause before (round 21).
  const earners = earnersIn(own) || (each !== undefined && ownEach === undefined ? earnersIn(clauseBefore(found, tokens)) : '');
  const amount = each === undefined ? said : { ...said, value: said.value * each, perPerson: false };
  if (each !== undefined) notes.push(`mỗi người ${formatMoney(said.value)} × ${each} người = ${formatMoney(amount.value)}`);
  return {
    found,
    amount,
    earners,
    whole: earners === '' && beforeHas(own, WHOLE_INCOME_WORDS, own.length),
    again: own.length === 0 || beforeHas(own, RESTATEMENT_PHRASES, own.length),
    added: joinedToBefore(found, amounts),
  };
}

/**
 * "them tien lam ruong 30 trieu", "voi nuoi vit 18 trieu", "cong tien lam thue 12 trieu": an amount said as added to the one
 * before it (ADDED_INCOME_WORDS in its own words, or JOINED_INCOME_OPENERS opening them), a separate income summed with it.
 */
function joinedToBefore(found: FoundAmount, amounts: readonly FoundAmount[]): boolean {
  const own = ownWords(found, amounts);
  if (beforeHas(own, ADDED_INCOME_WORDS, own.length)) return true;
  const opens = JOINED_INCOME_OPENERS.includes(own[0] ?? '') && !(own[0] === 'cong' && JOINED_CONG_NOT_BEFORE.has(own[1] ?? ''));
  return opens && amounts.some((other) => other.end <= found.start);
}

/**
 * "ban dc 20 trieu nam, them tien lam ruong 30 trieu", "trong lua 40 trieu 1 nam, voi ban ca them 20 trieu" (round 46 mend50a;
 * were 20.000.000 + 30.000.000 a month): amounts joined one to the next (joinedToBefore) are of the one period said among them,
 * each read with it (forPeriodAsked) when its own is not said. Two different periods said leave each its own.
 */
function joinedSamePeriod(amounts: readonly FoundAmount[]): FoundAmount[] {
  const groups: FoundAmount[][] = [];
  for (const found of amounts) {
    if (groups.length > 0 && joinedToBefore(found, amounts)) groups.at(-1)!.push(found);
    else groups.push([found]);
  }
  return groups.flatMap((group) => {
    const said = group.flatMap((found) => (found.periodSaid && found.parse.ok ? [{ period: found.parse.amount.period, count: found.parse.amount.count }] : []));
    const periods = new Set(said.map(({ period, count }) => `${period} ${count}`));
    // Only the amounts from the first period said on: "song nho tien con gai gui ve thang 2 trieu voi nuoi ga ban 1 nam dc 6 trieu"
    // keeps 2 triệu a month ("tháng 2" before it is no period said) and 6 triệu a year (household eval round 20: 2.500.000 a month).
    const from = group.findIndex((found) => found.periodSaid && found.parse.ok);
    return periods.size === 1 && group.length > 1 ? group.map((found, at) => (at < from || found.periodUnsure ? found : forPeriodAsked(found, said[0]))) : group;
  });
}

/**
 * The household's income per month from the amounts of a sentence. Each earner's amount counts, each turned into a
 * monthly figure by its own period word ("vợ chồng làm ruộng 60 triệu một năm, con trai 5 triệu một tháng" is
 * 5.000.000 + 5.000.000); two earners with the same amount are two amounts ("chồng 5 triệu, vợ 5 triệu" = 10.000.000).
 * An amount is counted once when it is the same figure said again for the same thing: the same monthly value
 * with the same earner (or none), or said again ("thu nhập 5 triệu, tức là 5 triệu một tháng"). One amount
 * named by no one may join the named ones ("làm ruộng 24 triệu một năm, con gái gửi về 3 triệu"); the household's whole
 * income with its parts is the whole when the parts add up to it. Anything else is asked back.
 */
/** Days worked in a month, and how they were counted when said a week ("tuần làm 5 ngày": 5 × 4 = 20). */
interface DaysWorked {
  days: number;
  note?: string;
}

/**
 * "làm được tầm 20 ngày 1 tháng", "làm 25 ngày", "làm được 15 bữa" (money.ts WORK_DAY_WORDS): the days worked in a month,
 * said once in the sentence (2–31 days). Said a week ("tuần làm 5 ngày", "1 tuần làm 3 ngày", 1–7 days), they are that
 * many times READER.weeksInMonth, and the note says so. Not "ăn 2 bữa", "nghỉ 2 ngày" (NOT_WORKED_BEFORE). Undefined when
 * not said, or said with two different numbers.
 */
function daysWorked(tokens: Tokens): DaysWorked | undefined {
  const counts = new Map<number, string | undefined>();
  tokens.forEach((token, index) => {
    if (!WORK_DAY_WORDS.has(token)) return;
    const count = countBefore(tokens, index);
    if (!count || NOT_WORKED_BEFORE.has(tokens[count.start - 1] ?? '')) return;
    const [start, end] = clauseOf(tokens, index);
    const clause = tokens.slice(start, end);
    if (clause.some((word) => WEEK_WORDS.has(word))) {
      if (count.value > DAYS_PER_WEEK) return;
      const days = count.value * WEEKS_IN_MONTH;
      counts.set(days, `${count.value} ngày một tuần × ${WEEKS_IN_MONTH} tuần = ${days} ngày một tháng`);
    } else if (clause.some((word) => PERIOD_WORDS[word] === 'year') && !clause.some((word) => PERIOD_WORDS[word] === 'month')) {
      // "ngày 350k, 1 năm làm chừng 40 ngày" (round 21): the days of a year, a twelfth of them a month.
      if (count.value >= 2 && count.value <= DAYS_IN_YEAR) counts.set(count.value / MONTHS_PER_YEAR, `${count.value} ngày một năm ÷ ${MONTHS_PER_YEAR}`);
    } else if (count.value >= 2 && count.value <= DAYS_IN_MONTH) counts.set(count.value, undefined);
  });
  if (counts.size !== 1) return undefined;
  const [days, note] = [...counts][0]!;
  return { days, ...(note ? { note } : {}) };
}

const { daysPerWeek: DAYS_PER_WEEK, weeksInMonth: WEEKS_IN_MONTH } = READER;

/**
 * The answer to "một tháng làm khoảng mấy ngày?" asked after a day's pay: "tầm 20 ngày", "làm dc 22 ngày 1 tháng", "20",
 * "khoảng 3 tuần" (3 × 7 = 21 days, with a note). A bare count is 1–31 with only DAYS_ANSWER_WORDS beside it ("tầm 20");
 * undefined for anything else ("1500000", "5 triệu": an income, read as such).
 */
export function readDaysAnswer(text: string): { days: number; note?: string } | undefined {
  const tokens = moneyTokens(fold(writtenSentence(text))).filter((token) => !CLAUSE_BREAKS.has(token));
  const days = daysWorked(tokens);
  if (days !== undefined) return days;
  if (tokens.some((token) => WORK_DAY_WORDS.has(token))) return undefined;
  const week = tokens.findIndex((token) => WEEK_WORDS.has(token));
  if (week >= 0) {
    const weeks = countBefore(tokens, week)?.value;
    if (weeks === undefined || weeks < 1 || weeks > WEEKS_IN_MONTH) return undefined;
    const total = weeks * DAYS_PER_WEEK;
    return { days: total, note: `${weeks} tuần, tính đủ ${DAYS_PER_WEEK} ngày mỗi tuần = ${total} ngày; nếu mỗi tuần có ngày nghỉ, bạn gõ lại số ngày làm` };
  }
  const counts = tokens.filter((token) => !DAYS_ANSWER_WORDS.has(token));
  const count = counts.length === 1 && /^\d{1,2}$/.test(counts[0]!) ? Number(counts[0]) : undefined;
  return count !== undefined && count >= 1 && count <= DAYS_IN_MONTH ? { days: count } : undefined;
}

/**
 * The answer to "mỗi người … một ngày hay cả hai …?": 'each' for "mỗi người", "moi nguoi", "từng người"; 'together' for "cả
 * hai", "ca 2", "cả hai người", "tổng" (money.ts EACH_EARNER_WORDS, EARNERS_TOGETHER_WORDS); undefined for neither or both.
 */
export function readEachOrTogether(text: string): 'each' | 'together' | undefined {
  const tokens = moneyTokens(fold(writtenSentence(text)));
  const each = findPhrase(tokens, EACH_EARNER_WORDS);
  const together = findPhrase(tokens, EARNERS_TOGETHER_WORDS);
  return each === together ? undefined : each ? 'each' : 'together';
}

/**
 * The answer to "8 triệu là một tháng hay cả năm?": 'month' for "1 thang", "thang", "moi thang", "mot thang thoi"; 'year' for
 * "ca nam", "1 nam", "nam", "12 thang"; undefined when the text says anything else (an amount, both periods, a sentence).
 */
export function readMonthOrYear(text: string): 'month' | 'year' | undefined {
  const tokens = moneyTokens(fold(writtenSentence(text))).filter((token) => !CLAUSE_BREAKS.has(token));
  const periods = new Set<'month' | 'year'>();
  for (const [index, token] of tokens.entries()) {
    const period = PERIOD_WORDS[token];
    if (period === 'month' || period === 'year') periods.add(period === 'month' && tokens[index - 1] === String(MONTHS_PER_YEAR) ? 'year' : period);
    else if (!PERIOD_LEADS.has(token) && !PERIOD_ANSWER_WORDS.has(token) && !(token === String(MONTHS_PER_YEAR) && PERIOD_WORDS[tokens[index + 1] ?? ''] === 'month')) return undefined;
  }
  return periods.size === 1 ? [...periods][0] : undefined;
}

/** An amount said per day becomes a month's when the sentence says the days worked: "150k 1 ngày … 20 ngày" = 3.000.000. */
function perMonthFromDays(found: FoundAmount, worked: DaysWorked | undefined, notes: string[]): FoundAmount {
  if (found.parse.ok || !found.parse.perDay || worked === undefined) return found;
  const { value, perPerson } = found.parse.perDay;
  const { days, note } = worked;
  if (note) notes.push(note);
  const month = Math.round(value * days);
  notes.push(`${formatMoney(value)} một ngày × ${formatNumber(Math.round(days * 100) / 100)} ngày = ${formatMoney(month)} một tháng`);
  return { ...found, periodSaid: true, parse: { ok: true, amount: { value: month, said: month, period: 'month', count: 1, perPerson } } };
}

/**
 * "tui chạy xe ôm mỗi ngày được 100 tới 150 ngàn, vợ bán hàng rong, tổng cộng chắc được 5 triệu": the household's whole income
 * said outright (one amount with "tổng cộng", "cả nhà", "thu nhập" and no earner) with a day's pay whose days are not told
 * inside it: the total is the income, the day's pay is not asked (it is part of the total, not added to it: not after
 * "thêm"). Undefined when another amount is unclear, the parts said by the month already add up to more than the total, or
 * there is no such total.
 */
function totalOverDayPay(incomes: readonly FoundAmount[], amounts: readonly FoundAmount[], tokens: Tokens): IncomeReading | undefined {
  const unread = incomes.filter((amount) => !amount.parse.ok);
  const dayPay = unread.filter((amount) => !amount.parse.ok && amount.parse.perDay !== undefined);
  if (dayPay.length === 0 || dayPay.length < unread.length) return undefined;
  if (dayPay.some((amount) => beforeHas(ownWords(amount, amounts), ADDED_INCOME_WORDS, ownWords(amount, amounts).length))) return undefined;
  const read = incomes.flatMap((found) => (found.parse.ok ? [told(found, found.parse.amount, amounts, tokens, [])] : []));
  const wholes = read.filter((item) => item.whole && !item.amount.perPerson);
  const parts = read.filter((item) => !item.whole).reduce((sum, item) => sum + item.amount.value, 0);
  if (wholes.length !== 1 || parts > wholes[0]!.amount.value) return undefined;
  const [whole] = wholes;
  const days = dayPay.map((amount) => `“${amount.said}” một ngày`).join(', ');
  return {
    monthly: whole!.amount.value,
    perPerson: false,
    notes: [`thu nhập cả hộ bạn nói là ${formatMoney(whole!.amount.value)} một tháng; ${days} là một phần trong đó, không tính thêm`],
    ...(whole!.found.periodSaid ? {} : { monthAssumed: true as const }),
  };
}

/**
 * "moi vu 3 tan lua, chong lam ho 5 trieu/thang" (round 33 household20; was the tonnes left out with no word): a harvest by its
 * weight beside money told is not counted as money, and the note says so and how to add its money.
 */
function readIncome(tokens: Tokens, said: FoundAmount[]): IncomeReading {
  const reading = readIncomeTold(tokens, said);
  // "mỗi vụ 3 tấn lúa bán được 20 triệu": money said of a harvest or of its sale is the harvest's money, told; "chồng bán vé số
  // 5 triệu" is no sale of it (HARVEST_SALE_WORDS beside a crop or a weight only).
  const harvestMoney = said.some((amount) => tokens.slice(...clauseOf(tokens, amount.start)).some((word, index, clause) => CROP_NAMES.has(word) || soldBeside(clause, index)));
  if (reading.harvestAsked || harvestMoney) return said.length === 1 && reading.monthAssumed && saleSaid(tokens, said[0]!) ? { ...reading, harvestSale: true } : reading;
  if (!harvestByWeight(tokens, said)) return reading;
  const each = tokens.findIndex((word, index) => CROPS.each.includes(word) && CROP_NAMES.has(tokens[index + 1] ?? ''));
  const harvestUncounted = each >= 0 ? { each: CROPS.names[tokens[each + 1]!]! } : {};
  return { ...reading, notes: [...reading.notes, HARVEST_NOT_MONEY_NOTE], harvestUncounted };
}

/** "bán dc 20 triệu", "bán lúa được 20 triệu": the amount's clause says a sale of a harvest (soldBeside). */
const saleSaid = (tokens: Tokens, amount: FoundAmount) => tokens.slice(...clauseOf(tokens, amount.start)).some((_, index, clause) => soldBeside(clause, index));

function readIncomeTold(tokens: Tokens, said: FoundAmount[]): IncomeReading {
  const dayNotes: string[] = [];
  // Days said once for the sentence, or else each day's pay with the days said in its own clause ("bả bán vé số ngày lời 80
  // ngàn tháng bán 30 ngày, ổng đi hồ ngày 250 ngàn tháng làm 20 ngày", round 21).
  const days = daysWorked(tokens);
  const daysOf = (found: FoundAmount) => days ?? daysWorked(tokens.slice(...clauseOf(tokens, found.start)));
  const amounts = joinedSamePeriod(corrected(tokens, said, dayNotes)).map((found) => perMonthFromDays(found, daysOf(found), dayNotes));
  const incomes = amounts.filter((amount) => !beforeHas(withoutPaidWork(amount.before), NOT_INCOME_PHRASES, 3) && !namedAmount(ownWords(amount, amounts)) && !namedAmount(ownWords(amount, amounts), BILLS));
  if (incomes.length === 0) {
    // "ko co tien di vien": money lacking for something, no income of 0 (MONEY_LACKED_FOR_PHRASES).
    const noIncome = findPhrase(tokens, MONEY_LACKED_FOR_PHRASES) ? NO_INCOME_PHRASES.filter((phrase) => phrase !== 'khong co tien') : NO_INCOME_PHRASES;
    if (findPhrase(tokens, noIncome)) return { monthly: 0, perPerson: false, notes: [] };
    // "thu nhap bap benh", "lam thue ngay co ngay ko": no month to read; a usual month or the year's total is asked.
    if (findPhrase(tokens, IRREGULAR_INCOME_PHRASES)) return { question: IRREGULAR_INCOME_QUESTION, notes: [] };
    // "moi vu dc 3 tan lua, 1 nam 2 vu" (round 32 household19; was no income, the month's income asked later): a harvest by its
    // weight is no money; the money it brings in a year is asked, and a figure answered alone is that year's.
    if (harvestByWeight(tokens)) return { question: HARVEST_MONEY_QUESTION, notes: [], askedFor: { period: 'year', count: 1 }, harvestAsked: true };
    // "ko có việc làm, sống nhờ trợ cấp 1 triệu": the allowance is all it has, and it is not income.
    return findPhrase(tokens, ALLOWANCE_LIVING_PHRASES) ? { monthly: 0, perPerson: false, notes: [ALLOWANCE_NOT_INCOME_NOTE] } : { notes: [] };
  }
  const total = totalOverDayPay(incomes, amounts, tokens);
  if (total) return total;
  const failed = incomes.find((amount) => !amount.parse.ok);
  if (failed && !failed.parse.ok) {
    // "2 vợ chồng mỗi người 150k 1 ngày": a day's pay per person is each earner's, not each member's; asked, never kept.
    const perDay = incomes.length === 1 && failed.parse.perDay?.perPerson === false ? failed.parse.perDay : undefined;
    // "2 vc tui lam thue 200k 1 ngay": several earners and a day's pay, neither "mỗi người" nor "cả hai" said: whose pay is asked.
    const own = ownWords(failed, amounts);
    const group = perDay && !saysEach(own) && !beforeHas(own, EARNERS_TOGETHER_WORDS, own.length) ? earnerGroup(own) : undefined;
    if (perDay && group !== undefined) {
      const all = group === 2 ? 'cả hai' : `cả ${group} người`;
      return {
        question:
          `Mỗi người ${formatMoney(perDay.value)} một ngày hay ${all} ${formatMoney(perDay.value)} một ngày? Bạn ghi giúp thu nhập cả hộ một tháng ` +
          `(ví dụ mỗi người ${formatMoney(perDay.value)} × ${group} người × 20 ngày = ${formatMoney(perDay.value * group * 20)}).`,
        notes: [],
        perDay: { ...perDay, earners: group },
      };
    }
    const askedFor = incomes.length === 1 && failed.parse.saidFor ? { askedFor: failed.parse.saidFor } : {};
    const cropAsked = incomes.length === 1 && failed.parse.eachCrop ? { cropAsked: failed.parse.eachCrop } : {};
    return { question: failed.parse.question, notes: [], ...(perDay ? { perDay } : {}), ...askedFor, ...cropAsked };
  }
  // "năm nay nhà tui 4 người thu nhập 8 triệu": a month's or the year's? Asked, never guessed (money.ts monthOrYearQuestion).
  const unsure = incomes.find((amount) => amount.periodUnsure);
  if (unsure?.parse.ok) {
    const { said, perPerson } = unsure.parse.amount;
    return { question: monthOrYearQuestion(said), notes: [], ...(incomes.length === 1 ? { periodAsked: { value: said, perPerson } } : {}) };
  }
  // "dc tro cap 500 ngan, lam thue 4 trieu": the allowance said beside an income is left out, and the note says so.
  const supportsLeft = amounts.filter((amount) => amount.parse.ok && !incomes.includes(amount) && namedAmount(ownWords(amount, amounts)));
  const notes = [
    ...dayNotes,
    ...supportsLeft.flatMap(({ parse }) => (parse.ok ? [`${formatMoney(parse.amount.said)} ${SUPPORT_LEFT_OUT_NOTE}`] : [])),
    ...incomes.flatMap(({ parse }) => (parse.ok && (parse.amount.period === 'year' || parse.amount.count > 1) ? [conversionNote(parse.amount)] : [])),
  ];
  const read = incomes.flatMap((found) => (found.parse.ok ? [told(found, found.parse.amount, amounts, tokens, notes)] : []));
  // The household's one income said as a range: both ends are kept, and the class at each end decides (understandHousehold).
  const range = incomes.length === 1 && read.length === 1 ? incomes[0]!.range : undefined;
  const only = range && (range.bound !== undefined || read[0]!.amount.value === range.high) ? range : undefined;
  if (only && only.low !== only.high) return { monthly: read[0]!.amount.value, perPerson: read[0]!.amount.perPerson, range: only, notes };
  // "chồng kiếm chưa tới 2 triệu, vợ 1 triệu": a bound among several amounts is no figure to add up; one figure is asked.
  const bounded = incomes.find((amount) => amount.range?.bound !== undefined);
  if (bounded?.range && incomes.length > 1) {
    return { question: `Bạn ghi “${bounded.said}” là ${boundSaid(bounded.range)} một tháng: bạn ghi giúp một con số gần đúng, rồi ghi lại tổng thu nhập của cả hộ một tháng nhé.`, notes: [] };
  }
  // "6-7 triệu" among several amounts: the higher end is used (a class is never read from the lower figure alone), and the note says so.
  for (const { range } of incomes) {
    if (range && range.low !== range.high) {
      notes.push(`khoảng ${formatMoney(range.low)} đến ${formatMoney(range.high)}: mình tính theo mức cao hơn, ${formatMoney(range.high)}; nếu thu nhập gần ${formatMoney(range.low)} hơn, bạn ghi lại một con số để kết quả sát hơn`);
    }
  }
  const kept: Told[] = [];
  for (const item of read) {
    const same = kept.find(
      (other) => other.amount.value === item.amount.value && other.amount.perPerson === item.amount.perPerson && (item.again || other.earners === item.earners),
    );
    if (!same) kept.push(item);
    else if (read.length > 1) notes.push(`${formatMoney(item.amount.value)} một tháng được kể hai lần cho cùng một khoản, chỉ tính một lần`);
  }
  if (kept.length === 1) return { monthly: kept[0]!.amount.value, perPerson: kept[0]!.amount.perPerson, notes, ...(kept[0]!.found.periodSaid ? {} : { monthAssumed: true as const }) };
  // "thang nhieu 5 trieu thang it 2 trieu": a good month and a bad one are no month either; a usual month or the year is asked.
  const figures = `Mình thấy nhiều số tiền: ${incomes.map(figureSaid).join('; ')}.`;
  const ask = {
    question: findPhrase(tokens, IRREGULAR_INCOME_PHRASES)
      ? `${figures} ${IRREGULAR_INCOME_QUESTION}`
      : `${figures} Số nào là thu nhập của cả hộ mỗi tháng? Bạn ghi lại giúp một con số (nhiều khoản thì ghi tổng cộng lại).`,
    notes,
  };
  if (kept.some(({ amount }) => amount.perPerson)) return ask;
  const wholes = kept.filter((item) => item.whole);
  const parts = kept.filter((item) => !item.whole);
  const sum = parts.reduce((total, { amount }) => total + amount.value, 0);
  const added = `${parts.map(({ amount }) => formatMoney(amount.value)).join(' + ')} = ${formatMoney(sum)}`;
  if (wholes.length === 1 && parts.length > 0 && sum === wholes[0]!.amount.value) {
    notes.push(`thu nhập cả hộ ${formatMoney(sum)} bằng tổng các khoản kể ra (${added}), tính một lần`);
    return { monthly: sum, perPerson: false, notes };
  }
  const unnamed = parts.filter((item) => item.earners === '' && !item.added).length;
  if (wholes.length === 0 && unnamed <= 1 && unnamed < parts.length) {
    notes.push(`${unnamed === 0 ? 'cộng thu nhập của từng người' : 'cộng các khoản thu nhập'}: ${added}`);
    if (parts.some(({ found }) => beforeHas(ownWords(found, amounts), REMITTANCE_PHRASES, ownWords(found, amounts).length))) notes.push(REMITTANCE_COUNTED_NOTE);
    return { monthly: sum, perPerson: false, notes, summed: true };
  }
  return ask;
}

// ---------- deprivations ----------

interface Mention {
  indicator: string;
  kind: (typeof DEPRIVATION_WORD_KINDS)[number];
  start: number;
  end: number;
  /** Said in words that name the indicator only in its own age band (DeprivationWords.ownBandOnly). */
  ownBand?: boolean;
  /** A thing whose having does not meet the indicator (DeprivationWords.hadUnmet). */
  hadUnmet?: boolean;
}

interface MentionPhrase {
  indicator: string;
  kind: Mention['kind'];
  words: Tokens;
  ownBand: boolean;
  hadUnmet: boolean;
}

/** mentionPhrases by the indicators in force (a few sets: one per standard), made once each: they were made for every message. */
const phrasesInForce = new Map<string, readonly MentionPhrase[]>();

/** The everyday phrases of the indicators in force, longest first; a phrase an indicator in force `overrides` is that one's only. */
function mentionPhrases(indicators: ReadonlySet<string>): readonly MentionPhrase[] {
  const key = [...indicators].sort().join(' ');
  const known = phrasesInForce.get(key);
  if (known !== undefined) return known;
  const inForce = Object.entries(DEPRIVATION_WORDS).filter(([indicator]) => indicators.has(indicator));
  const taken = (indicator: string, phrase: string) =>
    inForce.some(([other, words]) => words.overrides?.includes(indicator) && deprivationPhrases(words).includes(phrase));
  const phrases = inForce
    .flatMap(([indicator, words]) =>
      DEPRIVATION_WORD_KINDS.flatMap((kind) =>
        (words[kind] ?? [])
          .filter((phrase) => !taken(indicator, phrase))
          .map((phrase) => ({
            indicator, kind, words: split(phrase), ownBand: words.ownBandOnly?.includes(phrase) ?? false, hadUnmet: words.hadUnmet?.phrases.includes(phrase) ?? false,
          })),
      ),
    )
    .sort((a, b) => b.words.length - a.words.length);
  phrasesInForce.set(key, phrases);
  return phrases;
}

/** Each list of mentionPhrases (kept: one per set of indicators in force), its phrases' positions in it by their first word. */
const mentionFirstWords = new WeakMap<readonly MentionPhrase[], ReadonlyMap<string, readonly number[]>>();
function mentionsByFirstWord(phrases: readonly MentionPhrase[]): ReadonlyMap<string, readonly number[]> {
  let byFirst = mentionFirstWords.get(phrases);
  if (byFirst === undefined) {
    const made = new Map<string, number[]>();
    phrases.forEach((phrase, position) => {
      const list = made.get(phrase.words[0]!);
      if (list) list.push(position);
      else made.set(phrase.words[0]!, [position]);
    });
    mentionFirstWords.set(phrases, (byFirst = made));
  }
  return byFirst;
}

/**
 * The everyday phrases of the indicators in force, longest first, so "nước giếng không hợp vệ sinh" is
 * water, not "không … vệ sinh". A phrase an indicator in force `overrides` is read as that one only.
 */
function mentions(tokens: Tokens, indicators: ReadonlySet<string>): Mention[] {
  const phrases = mentionPhrases(indicators);
  // A phrase starts only where its first word is said: those places, in order, not every token for every phrase.
  const places = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = places.get(token);
    if (list) list.push(index);
    else places.set(token, [index]);
  });
  // Only the phrases whose first word is said, in the list's order (their positions in it, ascending): the list has hundreds of
  // phrases and a message a few of their first words, so the list is not walked phrase by phrase.
  const byFirst = mentionsByFirstWord(phrases);
  const said: number[] = [];
  for (const word of places.keys()) {
    const at = byFirst.get(word);
    if (at !== undefined) for (const position of at) said.push(position);
  }
  said.sort((a, b) => a - b);
  const used = new Set<number>();
  const found: Mention[] = [];
  for (const position of said) {
    const phrase = phrases[position]!;
    for (const index of places.get(phrase.words[0]!)!) {
      // Filler words between the phrase's words belong to the mention ("nhà tui thuê chật": "nhà … chật").
      const end = phraseEnd(tokens, index, phrase.words);
      if (end < 0) continue;
      const span = Array.from({ length: end - index }, (_, offset) => index + offset);
      // What meets an indicator is read alongside the others' words, never in their place (DeprivationWords.meets).
      if (phrase.kind === 'meets') {
        found.push({ indicator: phrase.indicator, kind: phrase.kind, start: index, end });
        continue;
      }
      if (span.some((position) => used.has(position))) continue;
      // "cả nhà tam 7 triệu": "tam" right before an amount is "tầm" (about), no "nhà tạm" (money.ts ABOUT_OR_DIGIT).
      if (Object.hasOwn(ABOUT_OR_DIGIT, tokens[end - 1]!) && /^\d/.test(tokens[end] ?? '') && Object.hasOwn(MONEY_UNITS, tokens[end + 1] ?? '')) continue;
      span.forEach((position) => used.add(position));
      found.push({ indicator: phrase.indicator, kind: phrase.kind, start: index, end, ...(phrase.ownBand ? { ownBand: true } : {}), ...(phrase.hadUnmet ? { hadUnmet: true } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const ASKED_FOR = ASKED_FOR_BEFORE.map(split);

/**
 * "có được hỗ trợ bhyt không", "dc mua bhyt hok ad" (round 45 mend49a; was the BHYT lack read): a support asked of the thing
 * (ASKED_FOR_BEFORE) with no negation before it ("ko dc cap bhyt" is the lack), the question's "không" after it: the thing is
 * neither lacked nor had ("dc cap bhyt roi" is had).
 */
function askedFor(tokens: Tokens, start: number, end: number): boolean {
  const before = lead(tokens, start);
  const clauseEnd = tokens.findIndex((word, index) => index >= end && CLAUSE_BREAKS.has(word));
  const after = tokens.slice(end, clauseEnd < 0 ? undefined : clauseEnd);
  return before.some((_, index) => ASKED_FOR.some((words) => phraseAt(before, index, words))) && !before.some((word) => NEGATIONS.has(word)) && after.some((word) => NEGATIONS.has(word));
}

/** "nhà vệ sinh ko có", "bhyt chưa có": the thing named, then its negation ending the clause. */
function negatedAfter(tokens: Tokens, end: number): boolean {
  let index = end;
  while (BEFORE_NEGATION_AFTER.has(tokens[index] ?? '')) index += 1;
  if (!NEGATIONS.has(tokens[index] ?? '')) return false;
  index += 1;
  if (tokens[index] === 'co') index += 1;
  return index >= tokens.length || CLAUSE_BREAKS.has(tokens[index]!);
}

const LISTS = [...LIST_WORDS].map(split);
const CLOSINGS = HAVE_CLOSINGS.map(split);

/**
 * "ko co bhyt va nuoc sach", "ko co bhyt nuoc sach nha tieu", "ko co bhyt, nuoc sach": a thing lacked joined by a list
 * word (LIST_WORDS) or by nothing to the one negated just before it (ending at `negatedEnd`) is under the same negation;
 * after a comma, only when it ends its clause ("ko co bhyt, nuoc sach thi co" says the water is there). A list closed by
 * HAVE_CLOSINGS is had, not lacked: "không có bhyt, nước sạch với nhà vệ sinh thì có đủ".
 */
function listedAfter(tokens: Tokens, negatedEnd: number, mention: Mention, all: readonly Mention[]): boolean {
  if (negatedEnd < 0 || closedByHave(tokens, mention, all)) return false;
  const between = tokens.slice(negatedEnd, mention.start);
  if (between.length === 0) return true;
  if (LISTS.some((words) => phraseAt(between, 0, words) && between.length === words.length)) return true;
  const next = tokens[mention.end];
  const endsClause = next === undefined || CLAUSE_BREAKS.has(next) || LISTS.some((words) => phraseAt(tokens, mention.end, words));
  return between.length === 1 && between[0] === ',' && endsClause;
}

/** The list the mention is in (joined by commas, list words or nothing) ends with "thì có", "(thì) đều có", "có đủ" … */
function closedByHave(tokens: Tokens, mention: Mention, all: readonly Mention[]): boolean {
  let index = mention.end;
  for (;;) {
    const joiner = tokens[index] === ',' ? 1 : (LISTS.find((words) => phraseAt(tokens, index, words))?.length ?? 0);
    const following = all.find((other) => other.start === index + joiner);
    if (following === undefined) break;
    index = following.end;
  }
  const closes = (from: number) => CLOSINGS.some((words) => phraseAt(tokens, from, words));
  if (closes(index)) return true;
  while (BEFORE_NEGATION_AFTER.has(tokens[index] ?? '')) index += 1;
  return closes(index);
}

/** The few words before a mention, within its clause. */
function lead(tokens: Tokens, start: number): string[] {
  const words: string[] = [];
  for (let index = start - 1; index >= 0 && words.length < NEGATION_REACH + 1; index -= 1) {
    if (CLAUSE_BREAKS.has(tokens[index]!)) break;
    words.unshift(tokens[index]!);
  }
  return words;
}

/**
 * Whether a sign is said never looked for ("chua ai dc kham suy dinh duong", "ko biet tui nho co suy dinh duong ko"): not known
 * (UNSURE_PHRASES) in its clause, or an examining word (UNEXAMINED_WORDS) before it with a negation before that word.
 */
function unexamined(tokens: Tokens, start: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_BREAKS.has(tokens[from - 1]!) && start - from < NEGATION_REACH + 3) from -= 1;
  const clause = tokens.slice(from, start);
  const examined = clause.findLastIndex((_, at) => UNEXAMINED_WORDS.some((words) => phraseAt(clause, at, words.split(' '))));
  return UNSURE_PHRASES.some((phrase) => clause.join(' ').includes(phrase)) || (examined > 0 && clause.slice(0, examined).some((word) => NEGATIONS.has(word)));
}

/** `all`: mentions(tokens, indicators), when the caller has them already. */
function readDeprivations(tokens: Tokens, indicators: ReadonlySet<string>, thresholds: Thresholds, ages: readonly AgeMention[], all: readonly Mention[] = mentions(tokens, indicators)) {
  const deprived = new Set<string>();
  const unsure = new Set<string>();
  const fine = new Set<string>();
  const maybe = new Set<string>();
  const hadUnmet = new Set<string>();
  /** The end of the last thing lacked said under a negation: "ko co bhyt" before "va nuoc sach". */
  let negatedEnd = -1;
  for (const found of all) {
    const indicator = byAge(found.indicator, ageNear(tokens, ages, found), thresholds, indicators, found.ownBand);
    if (indicator === null) continue;
    const mention = { ...found, indicator };
    const before = lead(tokens, mention.start);
    const reach = before.slice(-NEGATION_REACH);
    const negationAt = mention.start - reach.length + reach.findLastIndex((word) => NEGATIONS.has(word));
    // "thiếu bhyt và nhà chật": the negation is the earlier mention's; a sign after it ("nhà chật") is not negated by it.
    const another = all.some((other) => other !== found && other.start > negationAt && other.end <= mention.start);
    // A condition ("nhà tạm", "vách ván") is read as a sign; a thing had or lacked ("bhyt", "giếng khoan") as a lack.
    const condition = mention.kind === 'signs' || mention.kind === 'maybe';
    if (!condition && askedFor(tokens, mention.start, mention.end)) continue;
    const negated =
      (negationAt >= mention.start - reach.length && !(condition && another)) ||
      (!condition && (negatedAfter(tokens, mention.end) || listedAfter(tokens, negatedEnd, mention, all)));
    // "ko co nha tam nha ve sinh": a thing lacked listed after a condition denied under the same negation ("nhà tắm", typed as
    // "nhà tạm") is lacked too.
    negatedEnd = negated ? mention.end : -1;
    if (UNSURE_PHRASES.some((phrase) => before.join(' ').includes(phrase)) || (mention.kind === 'signs' && unexamined(tokens, mention.start))) unsure.add(mention.indicator);
    else if (mention.kind === 'maybe' || mention.kind === 'meets') {
      // "vách ván": not known; "xài giếng khoan": not deprived; negated, neither says anything.
      // "xai nuoc gieng dao": a maybe the interview asks back (DeprivationWords.hadUnmet), not "không rõ".
      if (!negated && mention.kind === 'maybe' && mention.hadUnmet) hadUnmet.add(mention.indicator);
      else if (!negated && mention.kind === 'maybe') {
        unsure.add(mention.indicator);
        maybe.add(mention.indicator);
      } else if (!negated) fine.add(mention.indicator);
    } else if (mention.kind === 'signs' ? !negated : negated) deprived.add(mention.indicator);
    // "thằng lớn có điện thoại": had, but it may not meet the indicator (a phone without Internet).
    else if (mention.hadUnmet) hadUnmet.add(mention.indicator);
    else fine.add(mention.indicator);
  }
  for (const id of deprived) {
    unsure.delete(id);
    fine.delete(id);
  }
  for (const id of unsure) fine.delete(id);
  const told = new Set([...deprived, ...unsure, ...fine]);
  return { deprived, unsure, fine, maybe: new Set([...maybe].filter((id) => unsure.has(id))), hadUnmet: new Set([...hadUnmet].filter((id) => !told.has(id))) };
}

/**
 * "nhà 40 người": a count of members above READER.maxMembers, asked back (a typo for 4?) as other figures out of range are,
 * never dropped in silence.
 */
function tooManyMembers(tokens: Tokens): string | undefined {
  const count = tokens.find((token, index) => /^\d{1,4}$/.test(token) && Number(token) > MAX_MEMBERS && MEMBER_TOKENS.some((noun) => phraseAt(tokens, index + 1, noun)));
  return count === undefined
    ? undefined
    : `Hộ ${count} người có đúng không? Số người này lớn bất thường (mình chỉ tính hộ đến ${MAX_MEMBERS} người). Bạn xem lại và ghi số người trong hộ giúp, ví dụ “4 người”.`;
}

// ---------- deprivations named by the indicators' names ----------

/** An indicator's name (rules/indicators.yaml name, otherNames; "trình độ giáo dục người lớn" without its "của" too), as tokens. */
function indicatorNames(rules: RuleSet): readonly { words: string[]; id: IndicatorId }[] {
  let names = namesOfRules.get(rules);
  if (names === undefined) namesOfRules.set(rules, (names = indicatorNamesOf(rules)));
  return names;
}

/** indicatorNames, made once per rule set: they were made for every message. */
const namesOfRules = new WeakMap<RuleSet, readonly { words: string[]; id: IndicatorId }[]>();

function indicatorNamesOf(rules: RuleSet): { words: string[]; id: IndicatorId }[] {
  return rules.indicators.flatMap((indicator) =>
    [indicator.name, ...(indicator.otherNames ?? [])].flatMap((name) => {
      const words = moneyTokens(fold(name));
      return [words, ...(words.includes('cua') ? [words.filter((word) => word !== 'cua')] : [])].map((form) => ({ words: form, id: indicator.id }));
    }),
  );
}

const NAMED_CUES = byLength(DEPRIVATION_LIST.named);
const PLAIN_CUES = byLength(DEPRIVATION_LIST.plain);
const LIST_FILLERS = byLength(DEPRIVATION_LIST.fillers);
const ITEM_BREAKS = new Set(DEPRIVATION_LIST.breaks);
const LIST_THEN = byLength(DEPRIVATION_LIST.then);
const LIST_ENDS = new Set([...CLAUSE_BREAKS].filter((token) => !ITEM_BREAKS.has(token)));
/** An item longer than this is another part of the sentence, not an indicator's name: the list ends before it. */
const LONGEST_ITEM = 8;
/** b is a, some words left out, in order ("nước sinh hoạt" in "nguồn nước sinh hoạt"). */
const inOrder = (whole: readonly string[], part: readonly string[]) => {
  let at = 0;
  for (const word of whole) if (word === part[at]) at += 1;
  return at === part.length;
};

interface NamedList {
  deprived: Set<IndicatorId>;
  /** Questions: an item not read as an indicator, one naming several, or one the standard of the date does not have. */
  questions: string[];
  /** Services of SERVICE_LACKS an item names alone or says lacking ("nhà ở", "hộ này thiếu nhà ở"): see servicesLacked. */
  services: Set<string>;
}

/**
 * "thiếu hụt chất lượng nhà ở, diện tích nhà ở, tình trạng đi học của trẻ em", "thiếu các chỉ số BHYT, nhà tiêu HVS, nước
 * SH": the items of a list of deprivations (DEPRIVATION_LIST), each read as an indicator by its name, other name, alias or
 * the abbreviations of its words (INDICATOR_ABBREVIATIONS), or by the everyday words of one indicator inside it (`all`).
 * An item that names none, several, or one the standard of the date does not count is asked back, never dropped, once
 * the list has named one indicator at least (so "thiếu hụt lắm" is no list).
 */
function namedDeprivations(text: string, tokens: Tokens, rules: RuleSet, inForce: ReadonlySet<string>, all: readonly Mention[]): NamedList {
  // An item as typed ("NƠ", not its folded "no"), where folding kept the text's length; else its folded words.
  const folded = fold(text);
  const shown = (item: Tokens) => {
    const found = folded.length === text.length ? new RegExp(item.map(escapeRegExp).join('[^\\p{L}\\p{N}]*'), 'u').exec(folded) : null;
    return `“${found ? text.slice(found.index, found.index + found[0].length) : item.join(' ')}”`;
  };
  const names = indicatorNames(rules);
  const label = (id: IndicatorId) => `“${rules.indicatorById.get(id)!.name}”`;
  /** The indicators an item names: one, several (vague), or none. */
  const nameOf = (item: Tokens): IndicatorId[] => {
    const alias = rules.indicatorAliases.get(item.join(''));
    if (alias) return [alias];
    const words = item.length > 1 || isIndicatorAbbreviation(item[0] ?? '') ? expandIndicatorAbbreviations(item) : item;
    const exact = names.filter((name) => name.words.join(' ') === words.join(' '));
    if (exact.length > 0) return [...new Set(exact.map((name) => name.id))];
    const service = indicatorsByService(rules).get(words.join(' '));
    if (service) return [...service];
    return words.length > 1 ? [...new Set(names.filter((name) => inOrder(name.words, words)).map((name) => name.id))] : [];
  };
  /** "bhyt nuoc sach nha tieu": an item that is several names typed without commas, each read whole (namesInRun), else none. */
  const runOf = (item: Tokens): IndicatorId[] => {
    if (item.length < 2) return [];
    const run = namesInRun(item.length, LONGEST_ITEM, (start, length) => {
      const ids = nameOf(item.slice(start, start + length));
      return ids.length === 1 ? ids[0]! : null;
    });
    return 'names' in run && run.names.length > 1 ? run.names : [];
  };
  /**
   * "chất lượng nhà ở thì năm 2026 là hộ gì", "viec lam, chat luong nha o thi la ho gi": an item whose first words are names
   * (namesInRun), then a word opening the rest of the sentence (DEPRIVATION_LIST.then), and whose other words name no
   * indicator (no name, no everyday words) is the last item: its names, and the list ends. Else none (read as before).
   */
  const leadingNames = (item: Tokens, from: number, to: number): IndicatorId[] => {
    const run = namesInRun(item.length, LONGEST_ITEM, (start, length) => {
      const ids = nameOf(item.slice(start, start + length));
      return ids.length === 1 ? ids[0]! : null;
    });
    if (!('unreadAt' in run) || run.before.length === 0) return [];
    const restAt = from + run.unreadAt;
    if (!longestAt(tokens, restAt, LIST_THEN)) return [];
    const rest = item.slice(run.unreadAt);
    if (all.some((mention) => mention.end > restAt && mention.start < to)) return [];
    for (let start = 0; start < rest.length; start += 1) {
      for (let length = 1; length <= Math.min(LONGEST_ITEM, rest.length - start); length += 1) {
        if (nameOf(rest.slice(start, start + length)).length > 0) return [];
      }
    }
    return run.before;
  };
  const deprived = new Set<IndicatorId>();
  const questions: string[] = [];
  const lacked = new Set<string>();
  for (let at = 0; at < tokens.length; at += 1) {
    const named = longestAt(tokens, at, NAMED_CUES);
    const cue = named ?? longestAt(tokens, at, PLAIN_CUES);
    if (!cue || NEGATIONS.has(tokens[at - 1] ?? '')) continue;
    let index = at + cue.length;
    for (let filler; (filler = longestAt(tokens, index, LIST_FILLERS) ?? (/^\d+$/.test(tokens[index] ?? '') && tokens[index + 1] === 'chi' ? [tokens[index]!] : undefined)); ) index += filler.length;
    const read: IndicatorId[] = [];
    const unread: string[] = [];
    let serviceRead = false;
    for (let first = true; index < tokens.length && !LIST_ENDS.has(tokens[index]!); first = false) {
      let end = index;
      while (end < tokens.length && !ITEM_BREAKS.has(tokens[end]!) && !LIST_ENDS.has(tokens[end]!) && !(end > index && LIST_WORDS.has(tokens[end]!))) end += 1;
      const item = tokens.slice(index, end);
      const ids = nameOf(item);
      const run = ids.length === 0 ? runOf(item) : [];
      const leading = ids.length === 0 && run.length === 0 ? leadingNames(item, index, end) : [];
      if (leading.length > 0) {
        read.push(...leading);
        index = end;
        break;
      }
      const everyday = all.filter((mention) => mention.start >= index && mention.end <= end).map((mention) => mention.indicator as IndicatorId);
      // "thiếu tiền, nợ ngân hàng": a plain "thiếu" opens a list only before an indicator's name.
      if (first && !named && ids.length !== 1 && run.length === 0) break;
      const service = serviceOfItem(item);
      if (service !== undefined && everyday.length === 0) {
        lacked.add(service);
        serviceRead = true;
      } else if (ids.length === 1 || run.length > 0 || (ids.length === 0 && everyday.length > 0)) read.push(...(ids.length === 1 ? ids : run.length > 0 ? run : everyday));
      else if (ids.length > 1) questions.push(`${shown(item)} là nhiều chỉ số: ${ids.map(label).join(', ')}. Bạn ghi rõ giúp hộ thiếu hụt chỉ số nào.`);
      // "thieu bhyt, vay la ho j" (round 25): the class asked after the list ends it, no indicator unread.
      else if (item.length > LONGEST_ITEM || item.some((word) => /\d/.test(word)) || findPhrase(item, INCOME_NOUNS) || readArea(item).area !== null || findPhrase(item, TOPICS.threshold.classAsked)) break;
      else if (item.length > 0) unread.push(shown(item));
      index = end < tokens.length && !LIST_ENDS.has(tokens[end]!) ? end + 1 : end;
    }
    if (read.length === 0 && !serviceRead) continue;
    for (const id of read) {
      if (inForce.has(id)) deprived.add(id);
      else questions.push(`${label(id)} không phải chỉ số của chuẩn nghèo áp dụng vào ngày kiểm tra, nên không được tính.`);
    }
    if (unread.length > 0) {
      questions.push(
        `Mình chưa hiểu ${unread.join(', ')} là chỉ số thiếu hụt nào, nên chưa tính. Bạn ghi lại giúp bằng tên chỉ số, ví dụ ` +
          `${[...inForce].slice(0, 3).map((id) => label(id as IndicatorId)).join(', ')}.`,
      );
    }
    at = index;
  }
  return { deprived, questions, services: lacked };
}

const SERVICE_PHRASES = Object.entries(SERVICE_LACKS).flatMap(([service, phrases]) => phrases.map((phrase) => ({ service, words: split(phrase) })));

/** The service of SERVICE_LACKS an item of a list names alone ("nhà ở", "NƠ") or says lacking ("hộ này thiếu nhà ở"), if any. */
function serviceOfItem(item: Tokens): string | undefined {
  const words = item.length > 1 || isIndicatorAbbreviation(item[0] ?? '') ? expandIndicatorAbbreviations(item) : item;
  if (Object.hasOwn(SERVICE_LACKS, words.join(' '))) return words.join(' ');
  return SERVICE_PHRASES.find(({ words: phrase }) => words.some((_, index) => phraseEnd(words, index, phrase) > 0))?.service;
}

/**
 * The indicators of each service of rules/indicators.yaml, by its folded name ("nha o": chất lượng, diện tích), in the rules'
 * order; made once per rule set (servicesOfRules): they were folded and split for every message, twice.
 */
const servicesOfRules = new WeakMap<RuleSet, ReadonlyMap<string, readonly IndicatorId[]>>();
function indicatorsByService(rules: RuleSet): ReadonlyMap<string, readonly IndicatorId[]> {
  let services = servicesOfRules.get(rules);
  if (services === undefined) {
    const made = new Map<string, IndicatorId[]>();
    for (const indicator of rules.indicators) {
      const key = moneyTokens(fold(indicator.service)).join(' ');
      made.set(key, [...(made.get(key) ?? []), indicator.id as IndicatorId]);
    }
    servicesOfRules.set(rules, (services = made));
  }
  return services;
}

/** The indicators of a service, by its folded name (indicatorsByService). */
const serviceIds = (rules: RuleSet, service: string): readonly IndicatorId[] => indicatorsByService(rules).get(service) ?? [];

/** Services of SERVICE_LACKS said lacking in the sentence, not negated ("nhà ở không đạt"; not "không thiếu nhà ở"). */
function servicesSaid(tokens: Tokens): Set<string> {
  const found = new Set<string>();
  // A phrase whose first word is not said is said nowhere (phraseEnd): only the others are looked for.
  const present = new Set(tokens);
  for (const { service, words } of SERVICE_PHRASES) {
    if (present.has(words[0]!) && tokens.some((_, index) => phraseEnd(tokens, index, words) > 0 && !NEGATIONS.has(tokens[index - 1] ?? ''))) found.add(service);
  }
  return found;
}

/**
 * A service said lacking without its indicator ("hộ này thiếu nhà ở", findings N38-65) counts as at least one of its indicators:
 * none when one of them is deprived already (said, or settled by the floor area told); else the first in force that nothing
 * said settles. The note says the reading, and that lacking both is two.
 */
function servicesLacked(
  services: ReadonlySet<string>,
  rules: RuleSet,
  inForce: readonly string[],
  settled: { deprived: ReadonlySet<string>; told: ReadonlySet<string>; decided: Partial<Record<string, boolean>> },
): { counted: IndicatorId[]; notes: string[] } {
  const counted: IndicatorId[] = [];
  const notes: string[] = [];
  for (const service of services) {
    const ids = serviceIds(rules, service).filter((id) => inForce.includes(id));
    if (ids.length === 0 || ids.some((id) => settled.deprived.has(id) || settled.decided[id] === true)) continue;
    const open = ids.find((id) => !settled.told.has(id) && settled.decided[id] === undefined);
    if (open === undefined) continue;
    counted.push(open);
    const name = (id: IndicatorId) => rules.indicatorById.get(id)!.name.toLowerCase();
    const label = rules.indicatorById.get(open)!.service.toLowerCase();
    notes.push(
      ids.length > 1
        ? `“${label}” gồm ${ids.length} chỉ số (${ids.map(name).join('; ')}): mình tính là thiếu ít nhất 1 chỉ số ${label} (${name(open)}); nếu thiếu cả ${ids.map(name).join(' và ')} thì là ${ids.length}, bạn ghi rõ để mình tính lại`
        : `“${label}” là chỉ số ${name(open)}: mình tính là thiếu hụt`,
    );
  }
  return { counted, notes };
}

// ---------- members by age, floor area ----------

interface PeopleFact {
  count: number;
  age?: number;
  below?: number;
  above?: number;
  /** Old, a small child ("2 đứa nhỏ") or disabled on allowance, said in words. */
  dependant?: boolean;
  /** Said as a small child with no age ("đứa nhỏ", "bé"). */
  small?: boolean;
  /** Said at a school level of children under 16, with no age ("đi học cấp 2"). */
  atSchool?: true;
  /** Token span of the clause the fact was read in. */
  clause: [number, number];
}

/** Every standard's poverty lines (its band decided by deprivations, rural and urban), read once for a rule set. */
const LINES_OF = new WeakMap<RuleSet, ReadonlySet<number>>();
function standardLines(rules: RuleSet): ReadonlySet<number> {
  const known = LINES_OF.get(rules);
  if (known) return known;
  const lines = new Set(rules.standards.flatMap((standard) => standard.bands.flatMap((band) => (band.upTo && band.byDeprivations ? [band.upTo.rural.value, band.upTo.urban.value] : []))));
  LINES_OF.set(rules, lines);
  return lines;
}

/** Words that make a figure after the line named the household's own: "chuẩn nghèo 2027 mà nhà tui thu nhập 2tr2". */
const OWN_FIGURE_WORDS = [...TOPICS.claims.householdFacts, ...OWN_HOUSEHOLD, 'thu nhap'];

/**
 * A figure that is a standard's line, said of the line named (TOPICS.claims.lineNames) at most READER.lineReach words before it
 * in its clause, with nothing of the household between: "chuẩn nghèo 2027 là 2tr2", "chuẩn nghèo năm sau lên 2tr2".
 */
function lineFigureSaid(tokens: Tokens, amount: FoundAmount, rules: RuleSet): boolean {
  if (!amount.parse.ok || !standardLines(rules).has(amount.parse.amount.value)) return false;
  const [start] = clauseOf(tokens, amount.start);
  const named = [...phrasePositions(tokens.slice(start, amount.start), TOPICS.claims.lineNames)];
  if (named.length === 0) return false;
  const end = start + Math.max(...named) + 1;
  return amount.start - end <= READER.lineReach && !findPhrase(tokens.slice(end, amount.start), OWN_FIGURE_WORDS);
}

/** The figures a text says of a standard's line named (lineFigureSaid), per month: "chuẩn nghèo năm sau lên 2tr2" is 2.200.000. */
export function lineFiguresSaid(text: string, rules: RuleSet): number[] {
  const tokens = moneyTokens(fold(writtenSentence(text)));
  return findAmounts(writtenSentence(text), AMOUNT_STOP_WORDS).flatMap((amount) => (amount.parse.ok && lineFigureSaid(tokens, amount, rules) ? [amount.parse.amount.value] : []));
}

function clauseOf(tokens: Tokens, index: number): [number, number] {
  let start = index;
  while (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1]!)) start -= 1;
  let end = index;
  while (end < tokens.length && !CLAUSE_BREAKS.has(tokens[end]!)) end += 1;
  return [start, end];
}

/**
 * How many people an age is said of: "3 đứa con dưới 16 tuổi" = 3, "2 ông bà già" = 2, "ông nội 75 tuổi" = 1;
 * `listed` when another age comes first ("2 đứa nhỏ 3 tuổi với 7 tuổi": the 7 is one of the two). A number that is itself an
 * age told (`ageAt`) counts no one: "ba tui 72 ma tui 70" is two people, not 72 mothers aged 70 (round 23).
 */
function peopleCountBefore(tokens: Tokens, from: number, to: number, ageAt: ReadonlySet<number>): { count: number; listed: boolean; named: boolean } {
  const countOf = (index: number) => {
    const count = countBefore(tokens, index);
    return count && !ageAt.has(count.start) ? count.value : undefined;
  };
  const countAt = (index: number) => {
    const children = childrenAt(tokens, index);
    if (children) return children;
    // "2 ông bà già", "ba má tui già" (a pair of RELATIVE_PHRASES), "3 người già", "2 người trên 60" (a count of people).
    const pair = longestAt(tokens, index, PAIRS);
    if (pair) return parentOfChildSpeaker(tokens, index, pair.join(' ')) ? 1 : (countOf(index) ?? PAIR_SIZES[pair.join(' ')]);
    // "2 em tui 12 và 15 tuổi": a count before people named by one word (round 21).
    if (longestAt(tokens, index, ONE_PERSON) && (countOf(index) ?? 0) > 1) return countOf(index);
    return MEMBER_TOKENS.some((noun) => phraseAt(tokens, index, noun)) && tokens[index - 1] !== 'moi' ? countOf(index) : undefined;
  };
  for (let index = to - 1; index >= from; index -= 1) {
    if (AGE_WORDS.has(tokens[index]!)) return { count: 1, listed: true, named: true };
    if (!PERSON_WORDS.has(tokens[index]!)) continue;
    // The person named: "3 đứa con", "hai vợ chồng", "ông bà nội" — a count or a group just before it, or one.
    // "ông bà nội tui 80 tuổi", "3 đứa con nhỏ dưới 10 tuổi": the speaker's word ("tui", whose) and a word such as "nhỏ",
    // "già" after the people are passed over, so the people themselves are read ("ông bà nội" = 2, "3 đứa con" = 3).
    let head = index;
    if (SPEAKERS.has(tokens[head]!) && head > from && PERSON_WORDS.has(tokens[head - 1]!)) head -= 1;
    if (QUALIFIER_WORDS.has(tokens[head]!) && head > from && PERSON_WORDS.has(tokens[head - 1]!)) head -= 1;
    // "ba má tui già": the speaker's word between the people and what is said of them is passed over.
    const reach = 2 + (SPEAKERS.has(tokens[head - 1] ?? '') ? 1 : 0);
    // "ông bà nội tui đều trên 70": a pair of three words ending there (before the speaker's word) is read whole (round 21).
    for (const end of [head + 1, head]) {
      const whole = PAIRS.find((pair) => pair.length > 2 && end - pair.length >= from && phraseEndingAt(tokens, end, pair));
      const count = whole && countAt(end - whole.length);
      if (count) return { count, listed: false, named: true };
    }
    // The longest reading first: "2 ông bà già" is the pair "ông bà" counted 2, not "bà già" alone.
    for (let start = Math.max(from, head - reach); start <= head; start += 1) {
      const count = countAt(start);
      if (count) return { count, listed: false, named: true };
    }
    return { count: 1, listed: false, named: true };
  }
  return { count: 1, listed: false, named: false };
}

/** "6 tháng tuổi": an age in months (money.ts PERIOD_WORDS' month), under one year. */
const isMonthWord = (word: string | undefined) => PERIOD_WORDS[word ?? ''] === 'month';
const MONTHS_IN_YEAR = 12;
/** A child at `at` ("bé", "em bé"), or a child word and its owner ("con tui", "đứa nhỏ nhà tui"): an age in months may follow. */
function childBefore(tokens: Tokens, at: number): boolean {
  if (ONE_CHILD_WORDS.has(tokens[at] ?? '') && tokens[at] !== 'con') return true;
  let child = at;
  // ("con" is an owner too: "cháu con tui"; the child word nearest the age is the child.)
  while (OWNER_WORDS.has(tokens[child] ?? '') && !ONE_CHILD_WORDS.has(tokens[child] ?? '')) child -= 1;
  return child < at && ONE_CHILD_WORDS.has(tokens[child] ?? '');
}
/** The child nouns of one word ("bé", "đứa", "con"; not the "tụi" of "tụi nhỏ", also the speaker). */
const ONE_CHILD_WORDS = new Set(CHILD_NOUNS.filter((noun) => split(noun).length === 1));
/** What may stand between two ages of one list: "5, 9, 12 tuổi", "3 tuổi, 7 tuổi và 12 tuổi". */
const AGE_LIST_BREAKS = new Set([',', ...JOIN_WORDS]);

/** An age told: the number at `at`; `inList` when it follows another age of one list ("5, 9, 12 tuổi", "75 và 73"). */
interface AgeMention {
  at: number;
  value: number;
  inList: boolean;
  /** "dưới 16 tuổi" (below), "trên 60" (above), "gần 80" (near: one year less). */
  bound?: 'below' | 'above' | 'near';
  /** "70-75 tuổi", "từ 70 đến 75 tuổi": the lower end of a range. */
  from?: number;
}

const lastWords = (phrases: Iterable<string>) => [...phrases].map((phrase) => split(phrase).at(-1)!);
const CHILD_TOKENS = new Set(CHILD_NOUNS.flatMap(split));
/** Who a bare age ("ba má tui già 75") may be said of: an adult named (not a child noun, see NOT_AGE_AFTER). */
const BARE_AGE_PERSONS = new Set(
  lastWords([...ONE_PERSON_WORDS, ...Object.keys(RELATIVE_PHRASES), ...Object.keys(GROUP_WORDS), ...MEMBER_NOUNS]).filter((word) => !CHILD_TOKENS.has(word)),
);
/** After a bare number, words that make it a count or a measure ("75 người", "20 năm", "30 m2"), not an age. */
const COUNTED_AFTER = new Set([
  ...[...MEMBER_NOUNS, ...CHILD_NOUNS, ...FLOOR_AREA_UNITS].map((phrase) => split(phrase)[0]!),
  ...Object.keys(PERIOD_WORDS),
  ...NOT_AGE_AFTER,
]);
const QUALIFIER_WORDS = new Set(PERSON_QUALIFIERS.flatMap(split));
/** "75 ông bà", "2 bà cháu": a group's whole words after a number make it a count; its first word alone does not ("ông 72 bà 68"). */
const COUNTED_GROUPS = byLength(Object.keys(GROUP_WORDS));
const countedAfter = (tokens: Tokens, index: number) => COUNTED_AFTER.has(tokens[index + 1] ?? '') || longestAt(tokens, index + 1, COUNTED_GROUPS) !== undefined;

/**
 * The ages a sentence tells, in order: "60 tuổi", "bà nội 80t", the bare numbers listed before an age word ("3 đứa con 5,
 * 9, 12 tuổi"), and an age said without "tuổi" right after a person ("ba má tui già 75 và 73", "1 ông 80", "2 người trên
 * 60": NOT_AGE_AFTER). The one age reader: the household's people (readPeople) and the ages a question names (agesTold).
 */
function ageMentions(tokens: Tokens, amountAt: ReadonlySet<number>): AgeMention[] {
  const isNumber = (index: number) => /^\d{1,3}$/.test(tokens[index] ?? '') && !amountAt.has(index) && Number(tokens[index]) <= MAX_AGE;
  const found = new Map<number, boolean>();
  tokens.forEach((token, index) => {
    // "1 đứa 6 tháng tuổi": a baby's age in months (under one year).
    if (AGE_WORDS.has(token) && isMonthWord(tokens[index - 1]) && isNumber(index - 2)) found.set(index - 2, false);
    // "be 18 thang", "con tui 18 thang chua co the bhyt" (round 35 words20; was no age read): months right after a child (its
    // owner between), no "tuổi"; not "còn 18 tháng" (a time left: "con" with no owner), nor "con tui 3 tháng nay bị bệnh" (a
    // time: MONTHS_TIME_AFTER; round 35 mend35d, was a 3-month-old).
    const after = tokens[index + 1] ?? '';
    if (isMonthWord(token) && isNumber(index - 1) && !AGE_WORDS.has(after) && !MONTHS_TIME_AFTER.has(after) && childBefore(tokens, index - 2)) found.set(index - 1, false);
    if (!AGE_WORDS.has(token) || !isNumber(index - 1)) return;
    // "5, 9, 12 tuổi", "75 và 73 tuổi"; "75 78 tuổi" (round 44 mend47a; was 75, 75): two-digit ages side by side are a list too.
    const listed = [index - 1];
    for (let at = index - 1; ; at = listed[0]!) {
      if (AGE_LIST_BREAKS.has(tokens[at - 1] ?? '') && isNumber(at - 2)) listed.unshift(at - 2);
      else if (isNumber(at - 1) && tokens[at - 1]!.length >= 2 && tokens[at]!.length >= 2) listed.unshift(at - 1);
      else break;
    }
    listed.forEach((numberAt, order) => found.set(numberAt, order > 0));
  });
  /** A bare number (two or three digits) that nothing after makes a count or a measure. */
  const rangeAfter = (index: number) => (tokens[index + 1] === '-' || AGE_RANGE_WORDS.has(tokens[index + 1] ?? '')) && isNumber(index + 2);
  // (Not the lower end of a range, "70-75 tuổi": the higher end carries it.)
  const bare = (index: number) =>
    isNumber(index) && tokens[index]!.length >= 2 && !AGE_WORDS.has(tokens[index + 1] ?? '') && !countedAfter(tokens, index) && !rangeAfter(index);
  tokens.forEach((_, index) => {
    if (found.has(index) || !bare(index)) return;
    let person = index - 1;
    const bound = boundWordAt(tokens, person) !== '';
    if (bound) person -= 1;
    // "bố mẹ em già rồi 78 với 74": "rồi" after "già" too.
    const already = (at: number) => tokens[at] === 'roi' && QUALIFIER_WORDS.has(tokens[at - 1] ?? '');
    while (QUALIFIER_WORDS.has(tokens[person] ?? '') || BOTH_WORDS.has(tokens[person] ?? '') || already(person) || (SPEAKERS.has(tokens[person] ?? '') && person > 0 && PERSON_WORDS.has(tokens[person - 1]!))) person -= 1;
    const word = tokens[person] ?? '';
    // "tui 62, ở một mình": the speaker opening a clause is the person.
    const speaker = SPEAKERS.has(word) && (person === 0 || CLAUSE_BREAKS.has(tokens[person - 1]!));
    // "2 vợ chồng tui ở quê đều ngoài 70": "đều" and a bound age said of the people the clause names before, where they live between.
    const bothOfClause = bound && BOTH_WORDS.has(tokens[index - 2] ?? '') && tokens.slice(clauseOf(tokens, index)[0], index).some((token) => PERSON_WORDS.has(token));
    if (!(bound ? PERSON_WORDS.has(word) || bothOfClause : BARE_AGE_PERSONS.has(word) || speaker)) return;
    found.set(index, false);
    // "75 và 73", "75, 73": the bare numbers listed after it.
    for (let next = index + 2; AGE_LIST_BREAKS.has(tokens[next - 1] ?? '') && bare(next); next += 2) found.set(next, true);
  });
  return [...found].sort(([a], [b]) => a - b).map(([numberAt, inList]) => {
    // In whole years: "18 tháng tuổi" is 1 (round 35 words20; was 0 for any number of months).
    const value = isMonthWord(tokens[numberAt + 1]) ? Math.floor(Number(tokens[numberAt]) / MONTHS_IN_YEAR) : Number(tokens[numberAt]);
    const before = tokens[numberAt - 1] ?? '';
    const boundWord = boundWordAt(tokens, numberAt - 1);
    const bound = AGE_BELOW_WORDS.has(boundWord) ? 'below' : AGE_ABOVE_WORDS.has(boundWord) ? 'above' : AGE_NEAR_WORDS.has(boundWord) ? 'near' : undefined;
    const low = (before === '-' || AGE_RANGE_WORDS.has(before)) && isNumber(numberAt - 2) ? Number(tokens[numberAt - 2]) : undefined;
    return { at: numberAt, value, inList, ...(bound ? { bound } : {}), ...(low !== undefined && low < value ? { from: low } : {}) };
  });
}

/**
 * The ages a question tells, in order, for the supports whose age bands they fit: "ông nội tui 76 tuổi" 76, "trên 75 tuổi"
 * as one year more, "70-75 tuổi" and "từ 70 đến 75 tuổi" as both ends; "dưới 6 tuổi" tells none. Read as the household
 * reader reads ages (ageMentions).
 */
export function agesTold(typed: string): number[] {
  const { tokens, amountAt } = readSentence(typed);
  return ageMentions(tokens, amountAt).flatMap(({ value, bound, from }) =>
    bound === 'below' ? [] : bound === 'above' ? [value + 1] : bound === 'near' ? [value - 1] : from !== undefined ? [from, value] : [value],
  );
}

/** "60 tuổi", "dưới 16 tuổi", "bà nội 80t", "ông bà già", "bả bị tàn tật, có trợ cấp": the people described. */
function readPeople(tokens: Tokens, ages: readonly AgeMention[]): PeopleFact[] {
  const facts: PeopleFact[] = [];
  const ageAt: ReadonlySet<number> = new Set(ages.map((age) => age.at));
  /** The age said by the number at `numberAt`; `inList` when it follows another age of the same list ("5, 9, 12 tuổi"). */
  const addAge = (numberAt: number, value: number, inList: boolean) => {
    const clause = clauseOf(tokens, numberAt);
    const bound = boundWordAt(tokens, numberAt - 1);
    // "2 vợ chồng tui đều ngoài 70": the bound word is no person ("ngoài" folds as "bà ngoại"'s "ngoai").
    const before = peopleCountBefore(tokens, clause[0], AGE_BOUND_WORDS.has(bound) ? numberAt - 1 : numberAt, ageAt);
    // "3 đứa con 3 tuổi, 7 tuổi, 12 tuổi": an age alone after a comma that follows an age goes on the same list.
    const afterAge = !before.named && tokens[clause[0] - 1] === ',' && AGE_WORDS.has(tokens[clause[0] - 2] ?? '');
    const listed = inList || before.listed || afterAge;
    const count = listed ? 1 : before.count;
    // "2 con 5 tuổi và 8 tuổi, đứa 8 tuổi không đi học": the 8-year-old said again is not one more person.
    if (!listed && count === 1 && !AGE_BOUND_WORDS.has(bound)
      && saidAgain(tokens, clause[0], numberAt) && facts.some((fact) => fact.age === value)) return;
    // "2 đứa nhỏ 3 tuổi với 7 tuổi", "3 đứa 4 tuổi 9 tuổi và 12 tuổi", "3 đứa con 5, 9, 12 tuổi": an age listed after another
    // is one of the people counted there (the group of its clause, or of the list across commas, that still has people
    // without an age of their own).
    const previous = listed ? facts.findLast((fact) => (afterAge || inList || fact.clause[0] === clause[0]) && fact.count > 1) : undefined;
    if (previous && previous.count > 1) previous.count -= 1;
    const fact = { count, clause };
    if (AGE_BELOW_WORDS.has(bound)) facts.push({ ...fact, below: value });
    else if (AGE_ABOVE_WORDS.has(bound)) facts.push({ ...fact, above: value });
    else if (AGE_NEAR_WORDS.has(bound)) facts.push({ ...fact, age: value - 1 });
    else facts.push({ ...fact, age: value });
  };
  for (const { at: numberAt, value, inList } of ages) addAge(numberAt, value, inList);
  const described = (index: number) => facts.some((fact) => fact.clause[0] <= index && index < fact.clause[1]);
  tokens.forEach((_, index) => {
    // "già" followed by "đình" is "gia đình" (family), never old age.
    const said = (phrase: string) => phraseAt(tokens, index, split(phrase)) && tokens[index + split(phrase).length] !== 'dinh';
    const phrase = ELDERLY_PHRASES.find(said) ?? (personBefore(tokens, index) ? ELDERLY_AFTER_PERSON.find(said) : undefined);
    if (phrase === undefined || described(index)) return;
    const clause = clauseOf(tokens, index);
    // "3 người già": counted with the words of the phrase ("người"); "ông bà già": the people before it.
    facts.push({ count: peopleCountBefore(tokens, clause[0], index + split(phrase).length, ageAt).count, dependant: true, clause });
  });
  // "2 đứa nhỏ", "con nhỏ", "bé" with no age: children under 16 (an age told right after is read above).
  const taken = new Set<number>();
  // "tụi nhỏ 3 đứa", "tui nho 3 dua con di hoc": the small children as a group, their count after it (SMALL_CHILD_GROUPS);
  // "voi 3 tui nho" (round 18): or before it.
  tokens.forEach((_, index) => {
    const named = longestAt(tokens, index, SMALL_GROUP_WORDS);
    const before = named && childrenAt(tokens, index - 1);
    const group = !named ? undefined : (childGroupAt(tokens, index) ?? (before ? { count: before, end: index + named.length } : undefined));
    if (!group || taken.has(index) || agedAfter(tokens, group.end)) return;
    for (let position = index; position < group.end; position += 1) taken.add(position);
    facts.push({ count: group.count, dependant: true, small: true, clause: clauseOf(tokens, index) });
  });
  tokens.forEach((_, index) => {
    const phrase = SMALL_CHILDREN.find((words) => phraseAt(tokens, index, words));
    if (!phrase || taken.has(index)) return;
    const end = index + phrase.length;
    for (let position = index; position < end; position += 1) taken.add(position);
    if (NOT_A_CHILD_AFTER.has(tokens[end] ?? '') || NOT_A_CHILD_BEFORE.has(tokens[index - 1] ?? '') || agedAfter(tokens, end)) return;
    // "mấy đứa nhỏ nhà tui 3 đứa" (round 22): their count after the speaker's house.
    const house = longestAt(tokens, end, OWN_HOUSE);
    const count = childrenAt(tokens, index - 1) ?? (house ? childrenAt(tokens, end + house.length) : undefined);
    // "nhà có 2 đứa nhỏ, đứa nhỏ bị suy dinh dưỡng": the small child said again without a count is one of those.
    if (count === undefined && facts.some((fact) => fact.small)) return;
    facts.push({ count: count ?? 1, dependant: true, small: true, clause: clauseOf(tokens, index) });
  });
  // "2 đứa con đi học cấp 2", "con tui học lớp 7": children at a school level of under-16s, no age told (YOUNG_SCHOOL_LEVELS).
  tokens.forEach((_, index) => {
    const level = longestAt(tokens, index, SCHOOL_LEVELS);
    if (!level) return;
    let noun = index - 1;
    while (SCHOOL_GOING_WORDS.has(tokens[noun] ?? '') || SPEAKERS.has(tokens[noun] ?? '') || QUALIFIER_WORDS.has(tokens[noun] ?? '')) noun -= 1;
    if (!CHILD_WORDS.has(tokens[noun] ?? '') || taken.has(noun)) return;
    while (CHILD_WORDS.has(tokens[noun - 1] ?? '')) noun -= 1;
    // "các con học cấp 2": how many is not told.
    const quantifier = tokens[noun - 1] ?? '';
    if (UNCOUNTED_PEOPLE.includes(quantifier) && !CHILD_WORDS.has(quantifier)) return;
    // "năm sau con vô lớp 1": a digit word after a period word is a time ("năm sau", "tháng sáu"), not a count of children.
    const dated = !/^\d/.test(quantifier) && PERIOD_WORDS[tokens[noun - 2] ?? ''] !== undefined;
    facts.push({ count: (dated ? undefined : childrenAt(tokens, noun - 1)) ?? 1, dependant: true, atSchool: true, clause: clauseOf(tokens, index) });
  });
  const onAllowance = findPhrase(tokens, ALLOWANCE_PHRASES);
  tokens.forEach((_, index) => {
    if (!DISABILITY_PHRASES.some((phrase) => phraseAt(tokens, index, split(phrase)))) return;
    const clause = clauseOf(tokens, index);
    const same = facts.find((fact) => fact.clause[0] === clause[0]);
    // Disabled counts as a dependant only on the monthly social allowance (NĐ 07/2021 Phụ lục).
    if (same) same.dependant ||= onAllowance;
    else facts.push({ count: allOfBefore(tokens, clause[0], index) ?? 1, ...(onAllowance ? { dependant: true } : {}), clause });
  });
  return facts;
}

/** "cả 2", "cả hai" at `index`: how many people (2–30), or undefined (not "cả nhà", "cả tháng"). */
function allOf(tokens: Tokens, index: number): number | undefined {
  if (!ALL_OF_WORDS.has(tokens[index] ?? '')) return undefined;
  const count = countBefore(tokens, index + 2);
  return count && count.start === index + 1 && count.value > 1 && count.value <= MAX_MEMBERS ? count.value : undefined;
}

/** "cả 2 đều khuyết tật": the "cả N" in the few words before a condition, in its clause. */
function allOfBefore(tokens: Tokens, from: number, to: number): number | undefined {
  for (let index = to - 2; index >= Math.max(from, to - NEGATION_REACH - 1); index -= 1) {
    const count = allOf(tokens, index);
    if (count !== undefined) return count;
  }
  return undefined;
}

const SMALL_CHILDREN = SMALL_CHILD_PHRASES.map(split).sort((a, b) => b.length - a.length);
const SCHOOL_LEVELS = byLength(YOUNG_SCHOOL_LEVELS);
const CHILD_WORDS = new Set(CHILD_NOUNS.flatMap(split));

/** An age told right after a small child ("2 đứa nhỏ 3 tuổi", "bé dưới 6 tuổi"), before anyone else is named. */
function agedAfter(tokens: Tokens, from: number): boolean {
  // "2 đứa nhỏ 7, 9 tuổi" (round 22): a comma between the ages listed is no clause break (was the 2 counted again besides 7 and 9).
  const listedComma = (index: number) => tokens[index] === ',' && /^\d{1,3}$/.test(tokens[index - 1] ?? '') && /^\d{1,3}$/.test(tokens[index + 1] ?? '');
  for (let index = from; index < tokens.length && (!CLAUSE_BREAKS.has(tokens[index]!) || listedComma(index)); index += 1) {
    const number = isMonthWord(tokens[index - 1]) ? index - 2 : index - 1;
    if (AGE_WORDS.has(tokens[index]!) && /^\d{1,3}$/.test(tokens[number] ?? '')) return true;
    if (PERSON_WORDS.has(tokens[index]!)) return false;
  }
  return false;
}

/**
 * "đứa 8 tuổi", "còn đứa lớn 8 tuổi", "1 đứa 8 tuổi": a child noun (a few words such as "lớn", "đó" between it and the
 * age at `numberAt`) with no count but one before it — how a person already told is pointed at again.
 */
function saidAgain(tokens: Tokens, from: number, numberAt: number): boolean {
  let index = numberAt - 1;
  while (index > from && REFERENCE_WORDS.has(tokens[index]!)) index -= 1;
  if (index < from || !CHILD_WORDS.has(tokens[index]!)) return false;
  while (index > from && CHILD_WORDS.has(tokens[index - 1]!)) index -= 1;
  const count = index > from ? countBefore(tokens, index) : undefined;
  return count === undefined || count.value === 1;
}

/**
 * "má tui 82 tuổi, tui 60 tuổi, 2 mẹ con": a clause opened by the speaker alone ("tui 60 tuổi") or by the speaker's own one of
 * the pair the speaker is in ("má tui", the "mẹ" of "mẹ con": SPEAKER_GROUP_OTHERS), the pair's group said ending at `groupAt`,
 * describes one of the pair (round 22: the ages were dropped, the dependants of a pair aged 82 and 60 not counted).
 */
function ofSpeakerGroup(tokens: Tokens, [from]: readonly [number, number], groupAt: number | undefined): boolean {
  if (groupAt === undefined) return false;
  const phrase = Object.keys(SPEAKER_GROUP_OTHERS).find((candidate) => phraseEndingAt(tokens, groupAt + 1, split(candidate)));
  if (phrase === undefined) return false;
  if (SPEAKERS.has(tokens[from]!) && !PERSON_WORDS.has(tokens[from + 1] ?? '')) return true;
  const other = longestAt(tokens, from, SPEAKER_GROUP_OTHERS_BY_LENGTH.get(phrase)!);
  // "2 bà cháu, tui 70 tuổi, cháu nội 12 tuổi": the other one named with its age, no "tui" needed (round 23).
  return other !== undefined && (SPEAKERS.has(tokens[from + other.length] ?? '') || /^\d{1,3}$/.test(tokens[from + other.length] ?? ''));
}

/** Every word that names people: the family, child, member and one-person words, the speaker, a small child ("con nhỏ"). */
const PERSON_WORDS = new Set(
  [...Object.keys(GROUP_WORDS), ...Object.keys(RELATIVE_PHRASES), ...CHILD_NOUNS, ...MEMBER_NOUNS, ...ONE_PERSON_WORDS, ...SPEAKER_WORDS, ...SMALL_CHILD_PHRASES].flatMap(split),
);
const personBefore = (tokens: Tokens, index: number) => PERSON_WORDS.has(tokens[index - 1] ?? '');

/** The people described, one MemberFacts each, at most `members` of them; a dependant by age is left to the rules' parameters. */
function memberDetailsOf(facts: PeopleFact[], members: number | null, thresholds: Thresholds): MemberFacts[] | undefined {
  const childBelow = thresholds.dependant_child_below?.value;
  const elderlyFrom = thresholds.dependant_elderly_from?.value;
  const details: MemberFacts[] = [];
  for (const fact of facts) {
    const member: MemberFacts = {};
    if (fact.age !== undefined) member.age = fact.age;
    else if (fact.below !== undefined && childBelow !== undefined && fact.below <= childBelow) member.dependant = true;
    else if (fact.above !== undefined && elderlyFrom !== undefined && fact.above + 1 >= elderlyFrom) member.dependant = true;
    if (fact.dependant) member.dependant = true;
    for (let copy = 0; copy < fact.count; copy += 1) details.push({ ...member });
  }
  const kept = members === null ? details : details.slice(0, members);
  return kept.length > 0 ? kept : undefined;
}

const AREA_UNITS = FLOOR_AREA_UNITS.map(split);
const PER_PERSON = PER_PERSON_PHRASES.map(split);
/** The length of the floor-area unit ("m 2", "mét vuông") starting at `index`, 0 when none. */
const areaUnitAt = (tokens: Tokens, index: number) => AREA_UNITS.find((unit) => phraseAt(tokens, index, unit))?.length ?? 0;
const areaUnitEndingAt = (tokens: Tokens, end: number) => AREA_UNITS.some((unit) => phraseEndingAt(tokens, end, unit));
/** "mỗi người", "bình quân" (not "1 người": "nhà 1 người 12m2" is a one-person home) ending at `end` or one word before. */
const PER_PERSON_BEFORE = PER_PERSON.filter((phrase) => !/^(1|mot)$/.test(phrase[0]!));
const perPersonBefore = (tokens: Tokens, end: number) =>
  PER_PERSON_BEFORE.some((phrase) => phraseEndingAt(tokens, end, phrase) || phraseEndingAt(tokens, end - 1, phrase));

/**
 * "15m2", "15 m²", "20 mét vuông": the home's floor area. An area said per person ("8 mét vuông 1 người" — the standard's
 * threshold asked about —, "8m2/người", "mỗi người có 6m2") is not the home's, so it is passed over.
 */
function readFloorArea(tokens: Tokens): number | undefined {
  for (let index = 1; index < tokens.length; index += 1) {
    const unit = areaUnitAt(tokens, index);
    if (!/^\d{1,4}$/.test(tokens[index - 1]!) || unit === 0) continue;
    const perPerson = PER_PERSON.some((phrase) => phraseAt(tokens, index + unit, phrase)) || perPersonBefore(tokens, index - 1);
    if (!perPerson) return Number(tokens[index - 1]);
  }
  return undefined;
}

/** An age told in the clause of a mention ("con lớn 17 tuổi bỏ học"; not "dưới 16 tuổi"). */
function ageNear(tokens: Tokens, ages: readonly AgeMention[], mention: Mention): number | undefined {
  const [start, end] = clauseOf(tokens, mention.start);
  const told = ages.find((age) => age.at >= start && age.at < end && age.bound === undefined)?.value;
  if (told !== undefined) return told;
  // "2 con 13 và 17 tuổi, đứa 17 bỏ học rồi": a child named in the clause by an age told before (round 21).
  const named = tokens.slice(start, mention.start).findIndex((token, index) => CHILD_NOUNS.includes(tokens[start + index - 1] ?? '') && /^\d{1,2}$/.test(token));
  const value = named >= 0 ? Number(tokens[start + named]) : undefined;
  return value !== undefined && ages.some((age) => age.at < start && age.value === value) ? value : undefined;
}

const AGE_BANDED = new Set(Object.keys(AGE_BANDS));

/**
 * The age told with each indicator whose group has age bands ("con 17 tuổi nghỉ học": child_schooling → 17), as the
 * household reader finds it, for the chat's indicator answer to choose the indicator by age as the reader does
 * (indicatorForAge).
 */
export function indicatorAgesTold(typed: string): Record<string, number> {
  const { tokens, amountAt } = readSentence(typed);
  const ages = ageMentions(tokens, amountAt);
  const told: Record<string, number> = {};
  for (const mention of mentions(tokens, AGE_BANDED)) {
    const age = ageNear(tokens, ages, mention);
    if (age !== undefined) told[mention.indicator] ??= age;
  }
  return told;
}

/** The indicator a mention with an age told names on `date` (null: no band of its group fits), as the reader reads it. */
export function indicatorForAge(rules: RuleSet, date: string, indicator: string, age: number): string | null {
  return byAge(indicator, age, thresholdsOn(rules, date), new Set(indicatorsInForce(rules, date)));
}

/**
 * The indicator a mention names once the age told with it is known: a drop-out aged 17 is adult_education
 * (the age bands are rules parameters); an age outside every band of its group names none (null).
 */
function byAge(indicator: string, age: number | undefined, thresholds: Thresholds, inForce: ReadonlySet<string>, ownBand = false): string | null {
  const band = AGE_BANDS[indicator];
  if (!band || age === undefined) return indicator;
  const fits = (id: string) => {
    const { from, below, to } = AGE_BANDS[id]!;
    const value = (parameter: string | undefined) => (parameter ? thresholds[parameter as ParameterId]?.value : undefined);
    const low = value(from);
    const high = value(below);
    const last = value(to);
    if ((from && low === undefined) || (below && high === undefined) || (to && last === undefined)) return false;
    return (low === undefined || age >= low) && (high === undefined || age < high) && (last === undefined || age <= last);
  };
  if (fits(indicator)) return indicator;
  if (ownBand) return null;
  return Object.keys(AGE_BANDS).find((id) => id !== indicator && AGE_BANDS[id]!.group === band.group && inForce.has(id) && fits(id)) ?? null;
}

// ---------- the sentence ----------

/**
 * A cell of a household list in everyday words ("ko co bhyt", "nhà tạm", "chưa có nước sạch", "có bhyt", "xài nước suối"), read as
 * the chat reads a sentence (the one vocabulary, DEPRIVATION_WORDS, findings N38-71): the indicators it says the household lacks,
 * has, or may lack, among those in force on `date` and `also` (the column's own indicator); `maybe`: of those it may lack, the ones
 * said in words that may or may not be the lack ("nhà xuống cấp", "vách ván": DeprivationWords.maybe), not an unknown ("không rõ").
 */
export function everydayCell(
  text: string,
  rules: RuleSet,
  date: string,
  also: readonly IndicatorId[] = [],
): { deprived: Set<string>; had: Set<string>; unsure: Set<string>; maybe: Set<string>; hadUnmet: Set<string> } {
  const tokens = moneyTokens(fold(writtenSentence(text)));
  const { deprived, unsure, fine, maybe, hadUnmet } = readDeprivations(tokens, new Set([...indicatorsInForce(rules, date), ...also]), thresholdsOn(rules, date), []);
  return { deprived, had: fine, unsure, maybe, hadUnmet };
}

/** A cell of a list's own column for `indicator`, read as the answer to its interview question (the column's "thẻ" is the card). */
function indicatorCell(text: string, indicator: IndicatorId, rules: RuleSet, date: string): ReturnType<typeof everydayCell> {
  // Whole cells said only in this column (OWN_COLUMN_CELLS: "còn hạn" under "BHYT" met; "giếng" under "Nước sinh hoạt" asked).
  const own = OWN_COLUMN_CELLS[indicator];
  const words = own ? moneyTokens(fold(writtenSentence(text))).join(' ') : '';
  const met = own?.meets?.includes(words) === true;
  if (met || own?.asked?.some(({ phrases }) => phrases.includes(words))) {
    const only = new Set<string>([indicator]);
    return { deprived: new Set(), had: met ? only : new Set(), unsure: new Set(), maybe: new Set(), hadUnmet: met ? new Set() : only };
  }
  // The column asks about its indicator as an interview question does: "có thẻ", "chưa có thẻ" under "BHYT" are of the card
  // (THING_AT_QUESTION; round 23, were refused as "không rõ").
  return everydayCell(withThingAsked(text, rules, date, { indicatorAsked: indicator }) ?? text, rules, date, [indicator]);
}

/**
 * A cell of a list's own column for `indicator` (everydayCell): true when it says the household lacks that indicator, false when
 * it has it, undefined when it says neither or speaks of another indicator too ("wifi" under "BHYT"): the list then refuses the
 * row, naming the column.
 */
export function indicatorCellSays(text: string, indicator: IndicatorId, rules: RuleSet, date: string): boolean | undefined {
  const { deprived, had, unsure } = indicatorCell(text, indicator, rules, date);
  const said = new Set([...deprived, ...unsure, ...had]);
  if (said.size !== 1 || !said.has(indicator) || unsure.has(indicator)) return undefined;
  return deprived.has(indicator);
}

/**
 * Whether a cell of `indicator`'s own column names a thing of it that meets it only sometimes ("giếng đào": a protected one;
 * "điện thoại": one used for the Internet; DeprivationWords.hadUnmet), as an interview asks it back: the list then refuses the
 * row with the indicator's rule, never guessing; `ask` when the column's own words (OWN_COLUMN_CELLS asked, "giếng") say what to write.
 */
export function indicatorCellUnmet(text: string, indicator: IndicatorId, rules: RuleSet, date: string): { ask?: string } | undefined {
  if (!indicatorCell(text, indicator, rules, date).hadUnmet.has(indicator)) return undefined;
  const words = moneyTokens(fold(writtenSentence(text))).join(' ');
  const asked = OWN_COLUMN_CELLS[indicator]?.asked?.find(({ phrases }) => phrases.includes(words));
  return asked ? { ask: asked.ask } : {};
}

/** The indicators of the standard in force on `date`, from the rules data (never a list in code). */
function indicatorsInForce(rules: RuleSet, date: string): IndicatorId[] {
  return indicatorsFor(rules, date).map((indicator) => indicator.id);
}

/**
 * The sentence with its spoken forms written out ("ko" → "không", "tui" → "tôi", "4 ng" → "4 người"),
 * keeping "800 k" an amount rather than "800 không".
 */
function writtenSentence(text: string): string {
  // A dozen readers of one message write it out (moneyTokens(fold(writtenSentence(text)))): once a turn (turnOnce, by the text).
  return turnOnce('writtenSentence', text, () => writtenForm(writtenShortForms(text.replace(/(\d)\s+k\b/giu, '$1k'))));
}

const SHORT_GROUP = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(SHORT_GROUP_WORDS).join('|')})(?![\\p{L}\\d])`, 'giu');
/** The speaker's words as typed ("tui", "mk": spoken forms not yet written out here) and joining words: "vc tui", "vc với 2 đứa nhỏ". */
const GROUP_FOLLOWERS = new Set([...SPEAKER_WORDS, ...SPOKEN.filter((entry) => SPEAKER_WORDS.includes(fold(entry.canonical))).flatMap((entry) => entry.forms.map(fold)), ...JOIN_WORDS]);

/** Addresses' and groups' short forms written out where they can mean nothing else (places.ts AREA_ABBREVIATIONS, household.ts SHORT_GROUP_WORDS). */
function writtenShortForms(text: string): string {
  const units = writtenUnits(text);
  return units.replace(SHORT_GROUP, (typed: string, short: string, offset: number) => {
    const before = fold(units.slice(0, offset)).match(/([a-z\d]+)\W*$/)?.[1] ?? '';
    const after = fold(units.slice(offset + typed.length)).match(/^\W*([a-z\d+]+)/)?.[1] ?? '';
    const count = /^\d{1,2}$/.test(before) ? Number(before) : wordsValue([before]);
    return (count !== undefined && count >= 2) || GROUP_FOLLOWERS.has(after) ? SHORT_GROUP_WORDS[short.toLowerCase()]! : typed;
  });
}

/**
 * "năm sau", "từ tháng 1", "2027" in the sentence: the first day of that later year, the day its standard starts. A
 * comma stays between the words: "…/tháng, tui ở nhà" ("tui" written "tôi", folded like "tới") is no "tháng tới".
 */
function dayAsked(text: string, tokens: Tokens, today: string): string | undefined {
  // "tu 1/1 nha em 5 nguoi …": a date written without its year ("1/1" asked in December is the coming one) gives the year too.
  const written = dateWritten(text, today);
  // "ho o que thu nhap 1tr8 thi ngay 31/12/2026 la ho gi" asked on 05/12/2026 (round 26): a later day written out is the day
  // checked, and named in the answer (was today's date, "theo chuẩn áp dụng ngày 05/12/2026").
  if (written !== undefined && written > today && timeOfCheck(tokens)) return written;
  const year = yearAsked(tokens, today) ?? (written === undefined ? undefined : Number(written.slice(0, 4)));
  if (year === undefined || year <= Number(today.slice(0, 4))) return undefined;
  // "năm 2026 xếp loại gì? Sang năm 2027 thì sao?" (round 41 mend41c; was 2027 alone): this year named too, today's answer, which
  // says the coming year after it.
  if (findPhrase(tokens, [`nam ${today.slice(0, 4)}`])) return undefined;
  return yearWritten(tokens) !== undefined || timeOfCheck(tokens) ? `${year}-01-01` : undefined;
}

/**
 * The time a later check is about, as asked (dayAsked): "ngày 31/12/2026" for a day written out, "năm 2027" for a year
 * (its first day, the only day a year, "năm sau" or "chuẩn mới" gives).
 */
export const askedTime = (day: string) => (day.endsWith('-01-01') ? `năm ${day.slice(0, 4)}` : `ngày ${formatDate(day)}`);

const TIME_WORDS = Object.values(WHEN_WORDS).flat();
// "…, sang năm là hộ gì": the class asked (TOPICS.threshold.classAsked) is about the check too.
const CHECK_WORDS = [...CHECK_TIME_CUES, ...TOPICS.standard, ...TOPICS.classes.map(([phrase]) => phrase), ...TOPICS.threshold.classAsked];
/** Right after a time word, an income said for that time (money.ts INCOME_NOUNS, and earning: "kiếm", "lương"). */
const INCOME_AFTER_TIME = [...INCOME_NOUNS, 'kiem', 'luong'].map(split);
const PERSON_AFTER_TIME = new Set([...CHILD_NOUNS, ...ONE_PERSON_WORDS].map((phrase) => split(phrase)[0]!));

/**
 * A later time said about the check, not about someone in the household (when.ts CHECK_TIME_CUES): with a class, the
 * standard or a cue ("nam sau nha tui co ngheo ko"), or opening the sentence (after one word at most: "trong thang toi")
 * without a person right after it ("sang nam o xa 3 nguoi"; not "nam sau con di hoc").
 */
function timeOfCheck(tokens: Tokens): boolean {
  if (findPhrase(tokens, CHECK_WORDS)) return true;
  const times = phrasePositions(tokens, TIME_WORDS);
  const endOf = (at: number) => {
    let end = at;
    while (times.has(end)) end += 1;
    return end;
  };
  // "năm sau thu nhập chắc khoảng 12 triệu": the time of the income told is the time of the check.
  if ([...times].some((at) => INCOME_AFTER_TIME.some((parts) => phraseEnd(tokens, endOf(at), parts) > 0))) return true;
  const first = Math.min(...times);
  if (first > 1) return false;
  return !PERSON_AFTER_TIME.has(tokens[endOf(first)] ?? '');
}

/** A sentence's tokens and where its amounts start, as the reader reads them (for the ages a question tells). */
function readSentence(typed: string): { tokens: string[]; amountAt: Set<number> } {
  const text = writtenSentence(typed);
  return { tokens: moneyTokens(fold(text)), amountAt: new Set(findAmounts(text, AMOUNT_STOP_WORDS).map((amount) => amount.start)) };
}

/**
 * "tam chuc trieu" typed without marks: "tám chục" (80) or "tầm chục" (about 10)? Asked back (money.ts ABOUT_OR_DIGIT); the
 * word typed with its marks is read as typed.
 */
function aboutOrDigit(typed: string, tokens: Tokens, amount: FoundAmount): FoundAmount {
  const word = tokens[amount.start] ?? '';
  const words = ABOUT_OR_DIGIT[word];
  if (words === undefined || !amount.parse.ok || !TEN_WORDS.has(tokens[amount.start + 1] ?? '')) return amount;
  // Only then the word as typed (a pattern built for it: was built for every amount read, ~4,5% of /api/ask's CPU, apispeed15).
  const typedPlain = new RegExp(`(?<![\\p{L}\\d])${word}(?![\\p{L}\\d])`, 'iu').test(typed);
  if (!typedPlain) return amount;
  const { said: digit, period, count } = amount.parse.amount;
  const about = digit / DIGIT_WORDS[word]!;
  const question =
    `“${amount.said}” là ${words.about} (khoảng) ${formatMoney(about)} hay ${words.digit} chục: ${formatMoney(digit)}? ` +
    `Bạn ghi giúp bằng chữ số, ví dụ “${formatNumber(about / 1e6)} triệu”.`;
  // "1 năm làm được tám chục triệu": the figure answered is the year's, as said (Understanding.askedFor).
  const saidFor = amount.periodSaid && (period !== 'month' || count > 1) ? { saidFor: { period, count } } : {};
  return { ...amount, parse: { ok: false, question, ...saidFor } };
}

/**
 * "1 nam duoc may chuc trieu", "vai chuc trieu", "may tram ngan": a count of tens or hundreds not said is no figure (the
 * amount read from "chục" alone would be 10.000.000): asked back (money.ts VAGUE_COUNT_WORDS).
 */
function vagueCount(tokens: Tokens, amount: FoundAmount): FoundAmount {
  const vague = tokens[amount.start - 1] ?? '';
  const head = tokens[amount.start] ?? '';
  // A day's pay ("vai tram ngan 1 ngay") is asked too, its figure not kept for the days worked.
  const value = amount.parse.ok ? amount.parse.amount.said : amount.parse.perDay?.value;
  if (value === undefined || !VAGUE_COUNT_WORDS.has(vague) || !(TEN_WORDS.has(head) || head === HUNDRED_WORD)) return amount;
  const question = `“${vague} ${amount.said}” là khoảng bao nhiêu? Bạn ghi giúp bằng chữ số, ví dụ “${formatMoney(value * 3)}”.`;
  return { ...amount, parse: { ok: false, question } };
}

const BOUNDS_BELOW = INCOME_BOUNDS.below.map(split);
const BOUNDS_ABOVE = INCOME_BOUNDS.above.map(split);
const ABOVE_AFTER = new Set(INCOME_BOUNDS.aboveAfter);
const AFTER_ABOVE_AFTER = new Set(INCOME_BOUNDS.afterAboveAfter);
const BOUNDS_ABOUT = INCOME_BOUNDS.about.map(split);

/**
 * "chưa tới 2 triệu", "dưới 2 triệu", "ko tới 1 triệu": the figure is a bound, 0 to it; "hơn 3 triệu chút", "trên 3 triệu", "2
 * triệu mấy", "3 triệu hơn": the figure to the next step of its last digit (2.000.000 to 3.000.000, 1.500.000 to 1.600.000). Kept
 * as a range (FoundAmount.range, with its `bound`) whose ends the reader checks (rangeDecided); the figure stays the one said.
 */
function boundedAmount(tokens: Tokens, amount: FoundAmount): FoundAmount {
  const bound = boundAt(tokens, amount);
  return bound ? { ...amount, range: bound.range } : amount;
}

/** boundedAmount's bound, with how many words say it before the figure ("chưa tới") and after it ("hơn", "mấy"). */
function boundAt(tokens: Tokens, amount: FoundAmount): { range: IncomeRange; before: number; after: number } | undefined {
  if (!amount.parse.ok || amount.range) return undefined;
  const longest = (phrases: readonly Tokens[]) => Math.max(0, ...phrases.filter((phrase) => phraseEndingAt(tokens, amount.start, phrase)).map((phrase) => phrase.length));
  // "trên dưới 3 triệu": about the figure, no bound.
  if (longest(BOUNDS_ABOUT) > 0) return undefined;
  const [below, above] = [longest(BOUNDS_BELOW), longest(BOUNDS_ABOVE)];
  // After the figure: "2 triệu mấy", "3 triệu hơn chút", only where the amount ends there ("2 triệu mấy tháng nay" is no bound).
  const figureEnd = amount.start + amount.said.split(' ').length;
  const next = tokens[figureEnd + 1];
  const endsAfter =
    next === undefined || CLAUSE_BREAKS.has(next) || AMOUNT_CLOSING_WORDS.has(next) || AFTER_ABOVE_AFTER.has(next) || PERIOD_LEADS.has(next) || PERIOD_WORDS[next] !== undefined;
  const aboveAfter = ABOVE_AFTER.has(tokens[figureEnd] ?? '') && endsAfter;
  if (below === 0 && above === 0 && !aboveAfter) return undefined;
  const { value, said } = amount.parse.amount;
  const after = aboveAfter ? 1 : 0;
  if (below > above) return { range: { low: 0, high: value, bound: 'below' }, before: below, after };
  // The next step of the figure's last digit said: "3 triệu" → 1.000.000, "1 triệu rưỡi" → 100.000.
  const place = 10 ** (String(Math.round(said)).length - String(Math.round(said)).replace(/0+$/, '').length);
  return { range: { low: value, high: value + (place * value) / said, bound: 'above' }, before: above, after };
}

/**
 * The bound said with an amount typed among other words (a one-line check: "/kiemtra nt duoi 1.4tr bhyt", "… 2tr may"): its
 * range, and how many of the words right before (`before`, folded words) and right after (`after`) say it; undefined when
 * none does.
 */
export function boundAround(before: readonly string[], typed: string, after: readonly string[]): { range: IncomeRange; before: number; after: number } | undefined {
  const text = [...before, typed, ...after].join(' ');
  const tokens = moneyTokens(fold(text));
  const amount = findAmounts(text, AMOUNT_STOP_WORDS).find((found) => found.start >= before.length);
  return amount && boundAt(tokens, amount);
}

/**
 * A list's income cell that gives a range or a bound and nothing else ("1-1,5 triệu", "từ 1 đến 1,5 triệu", "dưới 1 triệu", "trên
 * 2tr", "2 triệu mấy"), read as the chat reads it (findAmounts, boundAt): its ends per month, and the amount said (the higher end's figure, or
 * the bound's); `open` when the bound is "trên"/"hơn" said before the figure, which puts no top to it (the range's high end is
 * then only the chat's next step, "2 triệu mấy"'s); undefined for any other cell (one figure, words around it, two amounts).
 */
export function incomeRangeOfCell(text: string): { range: IncomeRange; amount: Amount; open: boolean } | undefined {
  const tokens = moneyTokens(fold(text));
  const found = findAmounts(text, AMOUNT_STOP_WORDS);
  if (found.length !== 1 || !found[0]!.parse.ok) return undefined;
  const one = found[0]!;
  const amount = (one.parse as { ok: true; amount: Amount }).amount;
  // "từ 1 đến 1,5 triệu": "từ" alone may open a range (RANGE_FROM_WORDS).
  const opens = one.start === 0 || (one.start === 1 && RANGE_FROM_WORDS.has(tokens[0]!));
  if (one.range) return opens && one.end === tokens.length && one.range.low !== one.range.high ? { range: one.range, amount, open: false } : undefined;
  const bound = boundAt(tokens, one);
  if (!bound || one.start !== bound.before || one.end + bound.after !== tokens.length) return undefined;
  return { range: bound.range, amount, open: bound.range.bound === 'above' && bound.before > 0 };
}

/**
 * After a number these count people, not money: "4 người", "2 đứa con", "lương 2 vợ chồng được 7tr", "2 triệu 1 người"
 * (findAmounts' stopWords; also for the figures a claim states, src/chat/claims.ts).
 */
export const AMOUNT_STOP_WORDS = new Set([
  ...[...MEMBER_NOUNS, ...Object.keys(GROUP_WORDS), ...CHILD_NOUNS].map((noun) => split(noun)[0]!),
  // "1 mình": the word after the count in ALONE_PHRASES.
  ...ALONE_PHRASES.map(split).filter(([count]) => /^\d+$/.test(count!)).map((phrase) => phrase[1]!),
  ...TIMES_NOUNS,
  ...QUANTITY_UNITS,
]);

/**
 * `bareAmountFor`: the period a figure said with none of its own is for, when it answers a figure asked back that was said for it
 * (Understanding.askedFor: "80 triệu" after "1 năm làm được tám chục triệu" is the year's).
 */
export interface ReadingContext {
  bareAmountFor?: SaidFor;
  /**
   * The indicator an interview question asks about: "2 đứa nhỏ chưa có", "ba tui thì có, thằng út chưa có" at the BHYT question
   * lack its thing, left unsaid. For an indicator a single member meets (memberMarks any_member) whose thing is had or lacked
   * (DEPRIVATION_WORDS lacks), a person's clause that ends in "chưa có", "không có" is read with that thing after it (N38-01).
   * A "có", "không" or "chưa" alone is not: "thằng út thì có" may say yes to the question as well as "has it", "… chưa" may ask.
   */
  indicatorAsked?: IndicatorId;
  /** The household's size known from before (an interview): "ong noi thi co bhyt" at a question says the others lack it. */
  membersKnown?: number;
  /**
   * Read at an interview's own question (src/chat/interview.ts indicatorSentence), whose words name the indicator's ages ("từ 6
   * tuổi trở lên"): small children with no age told are its answer, as said; elsewhere (a sentence, a correction after a result)
   * their ages are not known (youngOnlyLacking).
   */
  atQuestion?: true;
  /**
   * An interview's household known so far: an income said as a range or a bound ("chưa tới 2 triệu") is kept only when every
   * figure in it gives the same class for its area and size, whatever the indicators not yet answered (rangeDecided).
   */
  household?: HouseholdKnown;
}

/** What an interview knows of the household before an income said as a range (ReadingContext.household). */
export interface HouseholdKnown {
  area?: Area;
  members: number;
  /** Indicators answered "yes" (lacks), counted at both ends. */
  deprivations: readonly IndicatorId[];
  /** Indicators answered "no": never counted as lacks at the "most" end. */
  notDeprived: readonly IndicatorId[];
}

/** Members counted at `index`: a count, then a member noun ("1 người", "hai người", "2 nk"). */
const countedMembersAt = (tokens: Tokens, index: number) => countBefore(tokens, index) !== undefined && MEMBER_TOKENS.some((noun) => phraseAt(tokens, index, noun));

/**
 * The sentence with the thing of `context.indicatorAsked` said after each person's lack that leaves it unsaid ("2 dua nho chua co
 * bhyt"), or undefined when there is none (ReadingContext.indicatorAsked).
 */
function withThingAsked(typed: string, rules: RuleSet, today: string, context: ReadingContext): string | undefined {
  const text = writtenSentence(typed);
  const tokens = moneyTokens(fold(text));
  const indicator = indicatorsFor(rules, dayAsked(text, tokens, today) ?? today).find((candidate) => candidate.id === context.indicatorAsked);
  const thing = indicator?.memberMarks === 'any_member' ? DEPRIVATION_WORDS[indicator.id]?.lacks?.[0] : undefined;
  const own = indicator === undefined ? undefined : THING_AT_QUESTION[indicator.id];
  if (thing === undefined && own === undefined) return undefined;
  const clauseEndsAt = (index: number) => {
    let next = index;
    while (ELIDED_THING_AFTER.has(tokens[next] ?? '')) next += 1;
    return next >= tokens.length || CLAUSE_BREAKS.has(tokens[next]!);
  };
  let person = false;
  let changed = false;
  const said = tokens.flatMap((token, index) => {
    // "ca nha co the het", "chi co tui xai zalo": the question's thing in words that name it only there.
    if (own?.words.includes(token) && clauseEndsAt(index + 1) && !own.notBefore?.some((words) => phraseAt(tokens, index + 1, split(words)))) {
      changed = true;
      return [own.thing];
    }
    if (CLAUSE_BREAKS.has(token)) person = false;
    // "1 nguoi ko co", "2 người chưa có" (a BHYT column's cell, round 43 lists45): members counted, then their lack.
    else if (SPEAKERS.has(token) || personAt(tokens, index) !== undefined || (PERSON_BEFORE_QUALIFIER.has(token) && QUALIFIER_WORDS.has(tokens[index + 1] ?? '')) || countedMembersAt(tokens, index)) person = true;
    if (thing === undefined || !person || !clauseEndsAt(index + 1)) return [token];
    // "2 dua nho thi chua", "thang ut thi khong" (round 16): "thì" sets the person against the others, so the "chưa" says the lack.
    if (NEGATIONS.has(token) && ELIDED_LACK_AFTER.has(tokens[index - 1] ?? '')) {
      changed = true;
      return [token, 'co', thing];
    }
    if (token !== 'co' || !NEGATIONS.has(tokens[index - 1] ?? '')) return [token];
    changed = true;
    return [token, thing];
  });
  return changed ? said.join(' ') : undefined;
}

/** rules/reference.yaml: what children under 6 get, whose BHYT line says who pays their card (youngOnlyLacking's note). */
const YOUNG_CHILDREN_ENTRY = 'young_children';
/** Between small children and their lack: words that join another person to them ("tui với 2 đứa nhỏ chưa có"). */
const JOINING = new Set<string>([...JOINING_WORDS, ',']);

/**
 * "2 dua nho chua co bhyt", "be 3 tuoi chua co the bhyt" (round 34 household22): a BHYT lack said of small children alone
 * (SMALL_CHILD_PHRASES, SMALL_CHILD_GROUPS), no one else joined to them. `under`: each one's age told, all below `minAge`;
 * `untold`: not every age told. Undefined when any lack is said of someone else, or an age told is `minAge` or more.
 */
function youngOnlyLacking(tokens: Tokens, said: readonly Mention[], ages: readonly AgeMention[], minAge: number): { verdict: 'under' | 'untold'; children?: number } | undefined {
  if (said.length === 0) return undefined;
  let verdict: 'under' | 'untold' = 'under';
  let children: number | undefined;
  for (const mention of said) {
    const [from] = clauseOf(tokens, mention.start);
    let childStart = -1;
    let childEnd = -1;
    for (let index = from; index < mention.start; index += 1) {
      const phrase = SMALL_CHILDREN.find((words) => phraseAt(tokens, index, words)) ?? longestAt(tokens, index, SMALL_GROUP_WORDS);
      // "bể chứa" is a tank; "bé chưa có" the child's lack (NEGATIONS).
      const after = tokens[index + (phrase?.length ?? 0)] ?? '';
      if (phrase && (NEGATIONS.has(after) || !NOT_A_CHILD_AFTER.has(after))) [childStart, childEnd] = [index, index + phrase.length];
      // "con tui 3 tuoi", "2 cháu 3 tuổi và 5 tuổi": any child word is a small child when its age is told right after it
      // (its owner between, HOUSEHOLD_AWAY.owners); the ages then decide below.
      const noun = childStart < 0 ? longestAt(tokens, index, CHILD_NOUN_WORDS) : undefined;
      if (noun) {
        const next = index + noun.length + (OWNER_WORDS.has(tokens[index + noun.length] ?? '') ? 1 : 0);
        if (ages.some((age) => age.at === next && age.at < mention.start)) [childStart, childEnd] = [index, next];
      }
    }
    if (childStart < 0) return undefined;
    const count = childrenAt(tokens, childStart - 1);
    // "tui voi 2 dua nho", "vo chong tui va be": someone else joined before them.
    const head = count === undefined ? childStart : childStart - 1;
    if (JOINING.has(tokens[head - 1] ?? '') && PERSON_WORDS.has(tokens[head - 2] ?? '')) return undefined;
    const agesOf = ages.filter((age) => age.at >= childEnd && age.at < mention.start);
    const agePlaces = new Set(agesOf.flatMap((age) => [age.at, age.at + 1, age.at + 2]));
    // "2 dua nho va vo tui chua co": someone else named after them.
    for (let index = childEnd; index < mention.start; index += 1) if (PERSON_WORDS.has(tokens[index]!) && !agePlaces.has(index)) return undefined;
    const valueOf = (age: AgeMention) => (age.bound === 'below' ? age.value - 1 : age.bound === 'above' ? age.value + 1 : age.value);
    if (agesOf.some((age) => valueOf(age) >= minAge)) return undefined;
    if (agesOf.length === 0 || agesOf.length < (count ?? 1)) verdict = 'untold';
    children = count ?? children;
  }
  return { verdict, ...(children !== undefined ? { children } : {}) };
}

/** A figure said with no period of its own, read for the period of the figure it answers (ReadingContext.bareAmountFor). */
function forPeriodAsked(amount: FoundAmount, saidFor: SaidFor | undefined): FoundAmount {
  if (!saidFor || amount.periodSaid || !amount.parse.ok) return amount;
  const { said, perPerson } = amount.parse.amount;
  return { ...amount, periodSaid: true, parse: { ok: true, amount: amountFor(said, saidFor, perPerson) } };
}

export function understandHousehold(typed: string, rules: RuleSet, today: string, context: ReadingContext = {}): Understanding {
  const thingSaid = context.indicatorAsked === undefined ? undefined : withThingAsked(typed, rules, today, context);
  if (thingSaid !== undefined) return understandHousehold(thingSaid, rules, today, { ...context, indicatorAsked: undefined });
  const text = writtenSentence(typed);
  const tokens = moneyTokens(fold(text));
  // "theo chuẩn mới nhà tui 4 người 8 triệu có được không": the household checked by the coming standard, from its first day.
  const later = dayAsked(text, tokens, today) ?? (findPhrase(tokens, TOPICS.changes.newStandard) ? nextStandardAfter(rules, today)?.validFrom : undefined);
  const date = later ?? today;
  // "1 cụ 62 tuổi" folds to "1 cu 62 tuoi", which reads as "1 củ 62" (1.620.000 đồng): a figure right before "tuổi" is an age.
  // "thu nhập cả 2 được 6 triệu": a count with no unit after "cả" is the people (both of them), not "2 nghìn hay 2 triệu".
  const found = findAmounts(text, AMOUNT_STOP_WORDS)
    .filter((amount) => !AGE_WORDS.has(tokens[amount.end] ?? '') && !(!amount.parse.ok && allOf(tokens, amount.start - 1) !== undefined))
    .map((amount) => boundedAmount(tokens, forPeriodAsked(vagueCount(tokens, aboutOrDigit(typed, tokens, amount)), context.bareAmountFor)));
  // "ko phai 7tr2, 6 trieu thoi", "6 trieu chu ko phai 7tr2": the amount said as not it is the one corrected, not read (round 16).
  const denied = (amount: FoundAmount) => NOT_THIS_AMOUNT.some((words) => phraseEndingAt(tokens, amount.start, split(words)));
  const kept = found.some((amount) => !denied(amount)) ? found.filter((amount) => !denied(amount)) : found;
  // "ua sao nam sau chuan ngheo len 2tr2 vay nha tui co bi vo ngheo lai ko" (round 41 mend41a; was a check on 2.200.000 đồng of
  // income): a figure said of the line named ("chuẩn nghèo … là/lên X") that is one of the standards' lines is the line, no income.
  const amounts = kept.filter((amount) => !lineFigureSaid(tokens, amount, rules));
  const inForce = indicatorsInForce(rules, date);
  const order = (ids: Set<string>) => inForce.filter((id) => ids.has(id));

  const area = readArea(tokens);
  const amountStarts = new Set(amounts.map((amount) => amount.start));
  // Tokens said right after an amount as its period or "per person" ("2tr2 1 người/tháng").
  const qualifiers = new Set(amounts.flatMap((amount) => Array.from({ length: amount.end - amount.start }, (_, offset) => amount.start + offset)));
  const memberNotes: string[] = [];
  const countedPeople = statedMembers(tokens, amountStarts, qualifiers, memberNotes);
  const ages = ageMentions(tokens, amountStarts);
  const ageAt = new Set(ages.map((age) => age.at));
  const stated = countedPeople ?? enumeratedMembers(tokens, ageAt);
  const composedGroup = stated === undefined ? composed(tokens) : undefined;
  const read = stated ?? (composedGroup ? (composedGroup.untold ? undefined : composedGroup.total) : roleClauses(tokens, ageAt));
  // "2 người già trên 70, 1 đứa nhỏ, 2 vợ chồng" (tryout40 [032]): groups listed are summed when they tell more people than the
  // first count read, and the household's own count ("nhà 5 người") is not said.
  const listed = composedGroup?.untold || statedMembers(tokens, amountStarts, qualifiers, undefined, true) !== undefined ? undefined : listedGroups(tokens, ageAt);
  const groups = listed?.total;
  const byGroups = groups !== undefined && (read === undefined || groups > read);
  const group = byGroups ? undefined : composedGroup;
  const counted = byGroups ? groups : read;
  if (byGroups && listed?.speakerAdded && counted !== undefined && counted <= MAX_MEMBERS) memberNotes.push(speakerCountedNote(counted, listed.speakerAdded));
  // "tui me don than thue phong tro …, thu nhap 5tr" (round 35 household24; was 1 person, the 5tr each person's): a single parent is
  // never a household of 1; its size is asked ("tui me don than nuoi 2 dua nho" stays 3).
  const single = counted === 1 && findPhrase(tokens, SINGLE_PARENT_PHRASES);
  const members = counted !== undefined && counted >= 1 && counted <= MAX_MEMBERS && !single ? counted : null;
  const apart = group?.apart === true || (members === null && group === undefined && houseNamesApart(tokens));
  const untoldPeople = members === null && (group?.untold === true || apart);
  const tooMany = members === null ? tooManyMembers(tokens) : undefined;
  const income = atTheLine(readIncome(tokens, amounts), tokens, rules, date);
  const thresholds = thresholdsOn(rules, date);
  // The indicators' words said, read once for the three readers below (was read again by each).
  const inForceSet = new Set(inForce);
  const allMentions = mentions(tokens, inForceSet);
  const { deprived, unsure, fine, maybe, hadUnmet } = readDeprivations(tokens, inForceSet, thresholds, ages, allMentions);
  // Hired work paid by the day, its contract not said: employment not known, asked (as "phụ hồ", "công nhật").
  if (inForce.includes('employment') && ![deprived, unsure, fine].some((ids) => ids.has('employment')) && hiredByTheDay(amounts, tokens)) {
    unsure.add('employment');
    maybe.add('employment');
  }
  const named = namedDeprivations(text, tokens, rules, inForceSet, allMentions);
  for (const id of named.deprived) {
    deprived.add(id);
    unsure.delete(id);
    fine.delete(id);
    maybe.delete(id);
  }
  // "2 vợ chồng tui đều đi làm, ông bà già ở riêng": the household is the group counted; people described in another clause
  // are not its members (two working adults are never "more than half dependants").
  const described = readPeople(tokens, ages);
  // "ông bà tui ở quê, ông 72 bà 68": a clause naming only the group's own people ("ông", "bà") describes the group (round 18).
  const groupWords = new Set(group ? tokens.slice(clauseOf(tokens, group.at)[0], group.at + 1) : []);
  const ofGroup = (fact: PeopleFact) => {
    const persons = tokens.slice(...fact.clause).filter((word) => ONE_PERSON_WORDS.includes(word));
    return (persons.length > 0 && persons.every((word) => groupWords.has(word))) || ofSpeakerGroup(tokens, fact.clause, group?.at);
  };
  const people = members !== null && group?.grouped ? described.filter((fact) => (fact.clause[0] <= group.at && group.at < fact.clause[1]) || ofGroup(fact)) : described;
  const memberDetails = memberDetailsOf(people, members, thresholds);
  const agesAbove = [...new Set(people.flatMap((fact) => (fact.age === undefined && fact.above !== undefined ? [fact.above] : [])))];
  const floorAreaM2 = readFloorArea(tokens);
  const fromMembers = members !== null ? decideFromMembers({ members, memberDetails, floorAreaM2 }, thresholds) : new Map<IndicatorId, Decision>();
  // "nha tui 4 nguoi …, ong noi thi co bhyt": only the people named have what each member needs, so the others lack it; with no
  // size known it is asked, never read as no lack (round 17).
  const haveNotes: string[] = [];
  for (const id of EACH_MEMBER_NEEDS) {
    const having = fine.has(id) ? namedAsHaving(tokens, id, allMentions, rules, date) : undefined;
    // At a question ("ong ba noi thi co bhyt", 4 known) the people named, read as the sentence's count, are some of the household.
    const size = members !== null && members === having && context.membersKnown !== undefined ? context.membersKnown : members ?? context.membersKnown;
    if (having === undefined || (size !== undefined && having >= size)) continue;
    fine.delete(id);
    const name = rules.indicatorById.get(id)?.name.toLocaleLowerCase('vi') ?? id;
    if (size === undefined) {
      unsure.add(id);
      maybe.add(id);
      continue;
    }
    deprived.add(id);
    haveNotes.push(`bạn kể ${having} người có ${name}, còn ${size - having} người trong hộ chưa có, nên hộ thiếu hụt chỉ số ${name}`);
  }
  // "2 dua nho chua co bhyt" (round 34 household22; was the lack whatever the children's age): the indicator counts members from
  // health_insurance_min_age only. At the BHYT question, which names that age, small children with no age told are its answer.
  const minAge = thresholds.health_insurance_min_age;
  const young = minAge && deprived.has('health_insurance') && !named.deprived.has('health_insurance')
    ? youngOnlyLacking(tokens, allMentions.filter((mention) => mention.indicator === 'health_insurance'), ages, minAge.value)
    : undefined;
  const youngNotes: string[] = [];
  let youngUntold: string | undefined;
  if (young && minAge && (young.verdict === 'under' || !context.atQuestion)) {
    deprived.delete('health_insurance');
    if (young.verdict === 'untold') {
      unsure.add('health_insurance');
      maybe.add('health_insurance');
    }
    const card = rules.reference.find((entry) => entry.id === YOUNG_CHILDREN_ENTRY)?.lines.find((line) => line.support === 'health_insurance_premium');
    const cardSaid = card ? `${card.text.replace(/^[^:]*:\s*/, '').replace(/\.$/, '')} (${STATUS_LABELS[card.status]})` : undefined;
    youngNotes.push(youngUninsuredNote(young.verdict, young.children, minAge.value, STATUS_LABELS[minAge.status], cardSaid));
    if (young.verdict === 'untold') youngUntold = youngUninsuredAsked(young.children, minAge.value, STATUS_LABELS[minAge.status]);
  }
  const lacked = servicesLacked(new Set([...named.services, ...servicesSaid(tokens)]), rules, inForce, {
    deprived,
    told: new Set([...unsure, ...fine]),
    decided: Object.fromEntries([...fromMembers].map(([id, decision]) => [id, decision.deprived])),
  });
  for (const id of lacked.counted) deprived.add(id);

  const incomeField =
    income.monthly !== undefined && income.perPerson ? { monthlyIncomePerPerson: income.monthly } : { monthlyIncome: income.monthly ?? null };
  const rangeRead = income.range ? rangeDecided(rules, income.range, income.perPerson === true, {
    date, area: area.area, members, deprivations: order(deprived), unsure: order(unsure), memberDetails, floorAreaM2,
  }, context.household, income.monthly) : undefined;
  const confirm = rangeRead?.question ? undefined : incomeToConfirm(income, members, deprived.size > 0);
  const understood: Understood = {
    area: area.area,
    members,
    ...(rangeRead?.question || confirm ? { monthlyIncome: null } : incomeField),
    deprivations: order(deprived),
    unsure: order(unsure),
    ...(memberDetails ? { memberDetails } : {}),
    ...(floorAreaM2 !== undefined ? { floorAreaM2 } : {}),
  };
  // Settled by what was told: the members described (dependants) or the floor area (m² per person).
  const told = new Set<string>([...deprived, ...unsure, ...fine]);
  const unmet = order(new Set([...hadUnmet].filter((id) => !deprived.has(id))));
  const decided: Partial<Record<IndicatorId, boolean>> = {};
  for (const [id, decision] of fromMembers) {
    told.add(id);
    decided[id] = decision.deprived;
  }

  const missing: MissingField[] = [];
  if (understood.area === null) missing.push('area');
  if (understood.members === null) missing.push('members');
  if (income.monthly === undefined || rangeRead?.question || confirm) missing.push('monthlyIncome');
  // "bao lâu thì xã thông báo kết quả" folds to "thi xa" too: a unit holding both areas is asked only of a household told.
  const areaQuestion = area.mixed && understood.members === null && income.monthly === undefined ? undefined : area.question;
  // "nhà có 2 vợ chồng và mấy đứa nhỏ": how many is asked, never guessed (findings N37-01).
  // "con tui ở với ngoại, vợ chồng tui đi làm Bình Dương" (round 23): whose household it is, asked plainly.
  const apartSaid = apart ? 'Bạn kể có người ở với người thân khác, nên mình chưa rõ hộ gồm những ai. Hộ gia đình là những người cùng ăn ở chung một nơi: ' : 'Bạn chưa nói rõ có mấy người: ';
  const untold = untoldPeople ? `${apartSaid}hộ có tất cả bao nhiêu người cùng ăn ở chung, tính cả bạn?` : undefined;
  const questions = [tooMany, untold, areaQuestion, income.question, rangeRead?.question, confirm, ...named.questions].filter((question) => question !== undefined);
  const notMentioned = inForce.filter((id) => !told.has(id));
  // A disabled member counts as a dependant only on the monthly allowance (NĐ 07/2021 Phụ lục): not said, so not counted.
  const allowanceUnsaid = findPhrase(tokens, DISABILITY_PHRASES) && !findPhrase(tokens, ALLOWANCE_PHRASES);
  // "ông xã tui bị bệnh nằm một chỗ" (round 25: not said back): a member too sick to work is no dependant by that alone.
  const sickUnsaid = !allowanceUnsaid && findPhrase(tokens, SICK_MEMBER_PHRASES) && !findPhrase(tokens, ALLOWANCE_PHRASES);
  // "nha chua co dien" (round 33 household20; was left out without a word): no indicator is about electricity.
  const farmland = farmlandSaid(tokens);
  const electricityLacked = ELECTRICITY_LACKS.map(split).some((parts) =>
    tokens.some((_, index) => phraseAt(tokens, index, parts) && !ELECTRICITY_NOT_AFTER.has(tokens[index + parts.length] ?? '')),
  );
  const childBelow = thresholds.dependant_child_below?.value;
  const atSchool = people.filter((fact) => fact.atSchool).reduce((sum, fact) => sum + fact.count, 0);
  // "nha tui 4 dua" (round 33 household20; was 5 people with no word on who): the speaker and the children counted after the
  // house, said with how to tell the size when "4 đứa" was the whole household.
  const houseChildren = members !== null && members === group?.total ? group.houseChildren : undefined;
  const notes = [
    ...memberNotes,
    ...(houseChildren !== undefined
      ? [houseChildrenNote(members!, houseChildren.count, houseChildren.kin)]
      : []),
    ...(atSchool > 0 && childBelow !== undefined
      ? [`${atSchool} trẻ đang học mẫu giáo, cấp 1 hay cấp 2 được tính là trẻ em dưới ${childBelow} tuổi (người phụ thuộc); nếu có em đã từ ${childBelow} tuổi trở lên, bạn ghi tuổi để tính lại`]
      : []),
    ...income.notes,
    ...lacked.notes,
    ...haveNotes,
    ...youngNotes,
    ...(rangeRead?.note ? [rangeRead.note] : []),
    ...(allowanceUnsaid ? ['người khuyết tật chỉ được tính là người phụ thuộc khi đang hưởng trợ cấp xã hội hằng tháng; câu chưa nói, nên chưa tính'] : []),
    ...(electricityLacked ? electricityNote(rules, date) : []),
    ...(farmland !== undefined ? [`${farmland}: ${FARMLAND.note}${farmland === FARMLAND.none ? '' : `; ${FARMLAND.sale}`}`] : []),
    ...(sickUnsaid
      ? ['bạn kể có người bệnh không làm được: người ốm đau chỉ được tính là người phụ thuộc khi là người khuyết tật đang hưởng trợ cấp xã hội hằng tháng; câu chưa nói, nên chưa tính']
      : []),
  ];
  return {
    understood,
    missing,
    questions,
    notes,
    notDeprived: order(fine),
    ...(maybe.size > 0 ? { maybe: order(maybe) } : {}),
    ...(unmet.length > 0 ? { hadUnmet: unmet } : {}),
    notMentioned,
    decided,
    ...(youngUntold ? { youngUntold } : {}),
    ...(later ? { asOf: later } : {}),
    ...(income.perDay ? { perDay: income.perDay } : {}),
    ...(income.periodAsked ? { periodAsked: income.periodAsked } : {}),
    ...(income.askedFor ? { askedFor: income.askedFor } : {}),
    ...(income.cropAsked ? { cropAsked: income.cropAsked } : {}),
    ...(income.harvestAsked ? { harvestAsked: true as const } : {}),
    ...(income.harvestUncounted ? { harvestUncounted: income.harvestUncounted } : {}),
    ...(income.harvestSale ? { harvestSale: true as const } : {}),
    ...(areaQuestion !== undefined ? { areaAsked: true as const } : {}),
    ...(income.summed ? { incomeSummed: true as const } : {}),
    ...(income.question || rangeRead?.question || confirm ? { incomeAsked: true as const } : {}),
    ...(members !== null && group?.grouped ? { membersGrouped: true as const } : {}),
    ...(members !== null && countedPeople === members ? { membersCounted: true as const } : {}),
    ...(untoldPeople ? { membersUntold: true as const } : {}),
    ...(agesAbove.length > 0 ? { agesAbove } : {}),
    ...(farmland !== undefined ? { farmland } : {}),
  };
}

/**
 * "vo chong tui gia roi, con di lam xa, ruong 3 cong" (round 35 household24; was not read, the sentence no household): farmland
 * told by its size, a number then a unit (FARMLAND.units) in a clause naming the land, written back ("ruộng, đất 3 công").
 * "ổng bả nhà bển hông có đất" (round 35 mend35b; was nothing said of the land): a negation, "có", then the land: FARMLAND.none.
 */
function farmlandSaid(tokens: Tokens): string | undefined {
  const at = tokens.findIndex((token, index) => /^\d+([.,]\d+)?$/.test(token) && Object.hasOwn(FARMLAND.units, tokens[index + 1] ?? '') && findPhrase(tokens.slice(...clauseOf(tokens, index)), FARMLAND.land));
  if (at < 0) {
    const lacked = tokens.some((token, index) => NEGATIONS.has(token) && tokens[index + 1] === 'co' && FARMLAND.land.some((land) => phraseEnd(tokens, index + 2, split(land)) > 0));
    return lacked ? FARMLAND.none : undefined;
  }
  return `ruộng, đất ${tokens[at]} ${FARMLAND.units[tokens[at + 1] as keyof typeof FARMLAND.units]}`;
}

/**
 * "nha chua co dien": what the standard of `date` says of electricity (rules/standards notCounted), its basis and status; not known
 * (the 2027–2030 list not checked): "chưa rõ" and whom to ask.
 */
function electricityNote(rules: RuleSet, date: string): string[] {
  const line = notCountedOn(rules, date, 'electricity');
  if (!line) return [];
  const ask = line.status === 'unknown' ? `; muốn biết chắc, bạn hỏi ${POVERTY_CADRE}` : '';
  return [`${line.text} (căn cứ: ${withStatus(line.basis, line.status)})${ask}`];
}

/**
 * An income per person per month of READER.confirmIncomePerPersonFrom or more is asked back, not used (incomeHardToBelieve,
 * the rule a list's rows follow too), when its month was only assumed ("nhà 4 người thu nhập 60 triệu": a year's sum, likely) or the household otherwise sounds poor (a
 * deprivation told: "mỗi người 30 triệu 1 tháng, nhà dột nát"). A month said by a household that tells no lack is used.
 */
function incomeToConfirm(income: IncomeReading, members: number | null, soundsPoor: boolean): string | undefined {
  if (income.monthly === undefined || income.range) return undefined;
  const perPerson = income.perPerson ? income.monthly : members ? income.monthly / members : undefined;
  if (perPerson === undefined || !incomeHardToBelieve(perPerson, { monthAssumed: Boolean(income.monthAssumed), soundsPoor })) return undefined;
  const figure = `${formatNumber(income.monthly / 1e6)} triệu${income.perPerson ? ' mỗi người' : ''}`;
  const yearly = Math.round(perPerson / 12);
  return (
    `Thu nhập bạn ghi là ${formatMoney(Math.round(perPerson))} mỗi người mỗi tháng, cao hơn nhiều so với mức chuẩn nghèo. Bạn xem lại giúp: ` +
    `nếu đó là thu nhập cả năm, bạn ghi “${figure} một năm” (tức ${formatMoney(yearly)} mỗi người mỗi tháng); nếu đúng là mỗi tháng, bạn ghi “${figure} một tháng”.`
  );
}

/**
 * "thu nhập 3-4 triệu": the class at each end of the range, on what else the sentence told. The same class: said, and the
 * higher end kept (a class is never read from the lower figure alone). Two classes, or no class to tell yet (area or
 * members not said): asked for one figure, with the class at each end when known; never one end picked silently.
 */
/** What is told of a household when an income is said as a range (rangeDecided, classAtIncome). */
export interface RangeTold {
  date: string;
  area: Area | null;
  members: number | null;
  deprivations: IndicatorId[];
  unsure: IndicatorId[];
  memberDetails?: MemberFacts[];
  floorAreaM2?: number;
}

/**
 * The class of a household at one monthly income (`perPerson`: each person's, else the household's), as a label in lower case
 * ("hộ cận nghèo"); undefined when its area or size is not told or the class is not settled ('unknown'). One end of a range
 * (rangeDecided; a list's income cell "dưới 1 triệu", batch).
 */
export function classAtIncome(rules: RuleSet, told: RangeTold, perPerson: boolean, income: number, deprivations = told.deprivations): string | undefined {
  const { memberDetails, floorAreaM2, area, members, ...rest } = told;
  if (area === null || members === null) return undefined;
  const outcome = assessHousehold(rules, {
    ...rest,
    deprivations,
    area,
    members,
    ...(perPerson ? { monthlyIncomePerPerson: income } : { monthlyIncome: income }),
    ...(memberDetails ? { memberDetails } : {}),
    ...(floorAreaM2 !== undefined ? { floorAreaM2 } : {}),
  });
  const found = outcome.ok ? outcome.value.under.classification : undefined;
  return found === undefined || found === 'unknown' ? undefined : CLASS_LABELS[found].toLowerCase();
}

export function rangeDecided(
  rules: RuleSet,
  range: IncomeRange,
  perPerson: boolean,
  told: RangeTold,
  known?: HouseholdKnown,
  kept = range.high,
): { note?: string; question?: string; example?: number } {
  const per = `một tháng${perPerson ? ' mỗi người' : ''}`;
  const said = range.bound ? `${boundSaid(range)} ${per}` : `khoảng ${formatMoney(range.low)} đến ${formatMoney(range.high)} ${per}`;
  // An interview's household (ReadingContext.household): its area and size; the indicators not yet answered may be either way.
  const area = told.area ?? known?.area ?? null;
  const members = told.members ?? known?.members ?? null;
  const least = [...new Set([...told.deprivations, ...(known?.deprivations ?? [])])];
  const classAt = (income: number, deprivations = least) => classAtIncome(rules, { ...told, area, members }, perPerson, income, deprivations);
  const [low, high] = [classAt(range.low), classAt(range.high)];
  // In an interview the indicators still to be asked may each be a lack: the ends agree only if they agree with every one of them too.
  const most = known ? indicatorsInForce(rules, told.date).filter((id) => !known.notDeprived.includes(id)) : undefined;
  const agreeMost = most === undefined || classAt(range.low, most) === classAt(range.high, most);
  if (low !== undefined && low === high && agreeMost) {
    const same = known ? 'dù là bao nhiêu trong khoảng này, kết quả cũng như nhau' : `ở cả hai mức kết quả như nhau (${low})`;
    return { note: `thu nhập ${said}: ${same}, mình ghi theo mức ${formatMoney(kept)}` };
  }
  const ends = low !== undefined && high !== undefined && low !== high ? ` Với ${formatMoney(range.low)}: ${low}; với ${formatMoney(range.high)}: ${high}.` : '';
  if (range.bound) {
    const decides = members !== null ? ' Con số cụ thể có thể làm kết quả khác đi.' : '';
    const example = range.bound === 'below' ? range.high * 0.9 : range.low + (range.high - range.low) / 2;
    return { question: `Bạn ghi thu nhập ${said}.${decides} Bạn ước giúp một con số gần đúng nhất, ví dụ “${typedFigure(example)}”.`, example };
  }
  const example = formatNumber((range.low + range.high) / 2 / 1e6);
  return { question: `Bạn ghi thu nhập ${said}.${ends} Bạn ghi giúp một con số gần đúng nhất, ví dụ “${example} triệu”.` };
}

/** A bound in words, a month's: "chưa tới 2.000.000 đồng", "hơn 3.000.000 đồng". */
export function boundSaid(range: IncomeRange): string {
  return `${range.bound === 'below' ? 'chưa tới' : 'hơn'} ${formatMoney(range.bound === 'below' ? range.high : range.low)}`;
}

/** A figure as a resident would type it, for an example: "1,8 triệu", "450 nghìn". */
const typedFigure = (value: number) => (value >= 1e6 ? `${formatNumber(Math.round(value / 1e5) / 10)} triệu` : `${Math.round(value / 1e4) * 10} nghìn`);

/**
 * What the people or the floor area a line describes decide once the household's size is known from before: "co 3 dua nho voi
 * ba noi 70 tuoi" or "nha 40 met vuong" typed at an interview question, 5 people known (decideFromMembers, with the thresholds in
 * force on `date`). Nothing when the line tells a size of its own (its `decided` stands) or describes more people than that.
 */
export function decidedForSize(understanding: Understanding, members: number, rules: RuleSet, date: string): ReadonlyMap<IndicatorId, Decision> {
  const { memberDetails, floorAreaM2 } = understanding.understood;
  if (understanding.understood.members !== null || (memberDetails?.length ?? 0) > members) return new Map();
  return decideFromMembers({ members, memberDetails, floorAreaM2 }, thresholdsOn(rules, date));
}

/** A clause of "X thì có, Y thì hông" (round 16): how many people it names, what it says of them, and whether they are all small children. */
interface PeopleClause {
  count: number;
  says: boolean;
  small: boolean;
}

/**
 * How many people these words name, when they name nothing else: a count ("2 đứa nhỏ"), people listed ("tui với bà xã"), one
 * person or a pair ("bà xã", "ông nội", "ông bà nội") or the speaker alone ("tui").
 */
function peopleCount(people: Tokens, rules: RuleSet, date: string): number | undefined {
  const { understood } = understandHousehold(people.join(' '), rules, date);
  const one = personAt(people, 0);
  const alone = one !== undefined && one !== 'uncounted' && personEnd(people, one.end) === people.length ? one.count : undefined;
  const count = understood.members ?? understood.memberDetails?.length ?? alone ?? (people.length === 1 && SPEAKERS.has(people[0]!) ? 1 : undefined);
  return count === 0 ? undefined : count;
}

/**
 * "ong noi thi co bhyt": some people named as having what each member needs (EACH_MEMBER_NEEDS), set apart from the rest by
 * "thì": how many they are; undefined when no such clause is said of `id`. ("chi ong noi co bhyt" at the BHYT question is asked
 * precisely, chat interview ONLY_SOME_WORDS.)
 */
function namedAsHaving(tokens: Tokens, id: string, all: readonly Mention[], rules: RuleSet, date: string): number | undefined {
  for (const mention of all) {
    if (mention.indicator !== id || mention.kind !== 'lacks') continue;
    let start = mention.start;
    while (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1]!)) start -= 1;
    let end = mention.end;
    while (end < tokens.length && !CLAUSE_BREAKS.has(tokens[end]!)) end += 1;
    const before = tokens.slice(start, mention.start);
    if (before.at(-1) !== 'co') continue;
    // "ong noi thi co bhyt"; "chi ong noi co bhyt", "chi co ong noi co bhyt", "ong noi co bhyt thoi" (round 18: read alike).
    const thi = ELIDED_LACK_AFTER.has(before.at(-2) ?? '');
    const only = before.findIndex((token) => (ONLY_SOME_WORDS.anywhere as readonly string[]).includes(token));
    const onlyLast = (ONLY_SOME_WORDS.last as readonly string[]).includes(tokens[end - 1] ?? '');
    const from = only >= 0 ? only + (before[only + 1] === 'co' ? 2 : 1) : 0;
    if (!thi && only < 0 && !onlyLast) continue;
    const people = thi ? before.slice(0, -2) : before.slice(from, -1);
    const count = people.length > 0 ? peopleCount(people, rules, date) : undefined;
    if (count !== undefined) return count;
  }
  return undefined;
}

/**
 * "2 dua nho thi co, tui voi ba xa thi hong" typed at an interview question: each clause names people and ends in "thì có" or
 * "thì không". Undefined unless every clause is such and each names people: a count ("2 đứa nhỏ"), people listed ("tui với bà
 * xã"), one person ("bà xã", "ông nội") or the speaker alone ("tui thì ko").
 */
function peopleClauses(typed: string, rules: RuleSet, date: string): PeopleClause[] | undefined {
  const tokens = moneyTokens(fold(writtenSentence(typed)));
  const clauses: string[][] = [[]];
  for (const token of tokens) {
    if (CLAUSE_BREAKS.has(token)) clauses.push([]);
    else clauses.at(-1)!.push(token);
  }
  const read: PeopleClause[] = [];
  for (const clause of clauses.filter((words) => words.length > 0)) {
    const [thi, answer] = clause.slice(-2);
    const says = answer === 'co' ? true : NEGATIONS.has(answer ?? '') && answer !== 'thieu' ? false : undefined;
    if (!ELIDED_LACK_AFTER.has(thi ?? '') || says === undefined || clause.length < 3) return undefined;
    const people = clause.slice(0, -2);
    const count = peopleCount(people, rules, date);
    if (count === undefined) return undefined;
    const facts = readPeople(people, ageMentions(people, new Set()));
    read.push({ count, says, small: facts.length > 0 && facts.every((fact) => fact.small) });
  }
  return read.length > 0 ? read : undefined;
}

/**
 * What "X thì có, Y thì hông" tells at the dependants question, `members` people known: decided as the rules would
 * (decideFromMembers: people not named may be dependants), or, when the people not named could tip it, how many were said to be
 * dependants and not, how many are untold and how many of those would make it more than half (`open`: asked precisely).
 */
export type DependantsByClause =
  | { decision: Decision }
  | { open: { dependants: number; notDependants: number; untold: number; needed: number } };

/**
 * "2 dua nho thi co, tui voi ba xa thi hong" at the dependants question, `members` people known (round 16): each clause's people
 * are dependants ("thì có") or not ("thì không"). Undefined unless every clause is such (peopleClauses) and they are no more than
 * the household.
 */
export function dependantsByClause(typed: string, members: number, rules: RuleSet, date: string): DependantsByClause | undefined {
  const clauses = peopleClauses(typed, rules, date);
  const details = (clauses ?? []).flatMap(({ count, says }) => Array.from({ length: count }, () => ({ dependant: says })));
  if (details.length === 0 || details.length > members) return undefined;
  const thresholds = thresholdsOn(rules, date);
  const decision = decideFromMembers({ members, memberDetails: details }, thresholds).get('dependents');
  if (decision) return { decision };
  const share = thresholds.dependant_share_above;
  if (!share) return undefined;
  const dependants = details.filter((member) => member.dependant).length;
  // The fewest dependants in all that are more than `share` % of the members.
  const above = Math.floor((share.value * members) / 100) + 1;
  return { open: { dependants, notDependants: details.length - dependants, untold: members - details.length, needed: above - dependants } };
}

/**
 * "2 dua nho thi co, tui voi ba xa thi hong" at the employment question: small children in one clause, the others in another,
 * one said "có" and the other "không". Children are not of working age, and whether "không" says the adults have no job or are
 * not out of work the words do not tell: asked about the adults, never saved either way.
 */
export function childrenSetApart(typed: string, rules: RuleSet, date: string): boolean {
  const clauses = peopleClauses(typed, rules, date);
  if (!clauses) return false;
  const children = clauses.filter((clause) => clause.small);
  const others = clauses.filter((clause) => !clause.small);
  return children.length > 0 && others.length > 0 && others.some((clause) => children.some((child) => child.says !== clause.says));
}

/** How many facts the sentence gave (area, members, income, each deprivation): a household description has some. */
export function factCount(understanding: Understanding): number {
  const { understood } = understanding;
  return (
    3 - understanding.missing.length + understood.deprivations.length + understood.unsure.length + understanding.notDeprived.length
  );
}

/**
 * An income said to be exactly at the line ("nha tui 4 nguoi, thu nhap 1.500.000 dung moc", TOPICS.threshold.exactly) that
 * equals a line of the standard on `date` is each person's, as the line is (round 41 resid41; was the household's: 375.000 đồng
 * each). Any other income, or one said of the whole household ("cả nhà"), is as read.
 */
function atTheLine<T extends { monthly?: number; perPerson?: boolean }>(income: T, tokens: Tokens, rules: RuleSet, date: string): T {
  // "thu nhap ca nha 1.500.000 dung moc": the household's said outright stays so.
  if (income.monthly === undefined || income.perPerson || !findPhrase(tokens, TOPICS.threshold.exactly) || findPhrase(tokens, HOUSEHOLD_TOTAL_WORDS)) return income;
  const found = lookupStandard(rules, date);
  const lines = found.ok ? found.value.standard.bands.flatMap((band) => (band.upTo ? [band.upTo.rural.value, band.upTo.urban.value] : [])) : [];
  return lines.includes(income.monthly) ? { ...income, perPerson: true } : income;
}

/** The profile the rules check, when nothing is missing. */
export function profileFromUnderstanding(understanding: Understanding, today: string): HouseholdProfileInput | undefined {
  const { understood } = understanding;
  const date = understanding.asOf ?? today;
  if (understanding.missing.length > 0 || understood.area === null || understood.members === null) return undefined;
  const income =
    understood.monthlyIncomePerPerson !== undefined
      ? { monthlyIncomePerPerson: understood.monthlyIncomePerPerson }
      : { monthlyIncome: understood.monthlyIncome ?? 0 };
  return {
    date,
    area: understood.area,
    members: understood.members,
    ...income,
    deprivations: understood.deprivations,
    unsure: understood.unsure,
    ...(understood.memberDetails ? { memberDetails: understood.memberDetails } : {}),
    ...(understood.floorAreaM2 !== undefined ? { floorAreaM2: understood.floorAreaM2 } : {}),
  };
}

/** "tổng 5tr", "cả nhà kiếm": the amount is the household's, said outright (the quick check's default is per person). */
export function saysHouseholdTotal(text: string): boolean {
  return findPhrase(moneyTokens(fold(text)), HOUSEHOLD_TOTAL_WORDS);
}

/** The area a short answer names in everyday words ("ở xã", "dưới quê", "phường"), if any. */
export function readAreaWords(text: string): Area | undefined {
  return readArea(moneyTokens(fold(writtenSentence(text)))).area ?? undefined;
}

/** A count of people answered on its own ("4", "bốn", "mười hai") or in words ("nhà có 5 người", "hai vợ chồng với 3 đứa con"). */
export function readMemberCount(text: string): number | undefined {
  const tokens = moneyTokens(fold(writtenSentence(text)));
  const counted = statedMembers(tokens, new Set()) ?? enumeratedMembers(tokens) ?? composedMembers(tokens);
  if (counted !== undefined) return counted;
  // "2 vo chong voi may dua nho": people of no told number, so no count (not the "2" of the couple).
  if (composed(tokens)?.untold) return undefined;
  const digits = tokens.find((token) => /^\d{1,3}$/.test(token));
  if (digits) return Number(digits);
  // Number words are also everyday words ("tư", "năm"): trusted only in a short answer.
  return tokens.length <= 3 ? countBefore(tokens, tokens.length)?.value : undefined;
}

/** What the indicators a sentence did not mention could change: the class if the household lacked some of them. */
export interface NotMentionedEffect {
  notMentioned: IndicatorId[];
  /** The class with the fewest extra deprivations among them that changes it (absent when none does). */
  couldBe?: { classification: Classification; extra: number };
  text: string;
}

/**
 * A class read from one sentence counts every indicator it does not mention as not deprived: says which,
 * and the class it could be ("có thể là hộ nghèo nếu hộ thiếu hụt thêm 1 chỉ số trong số đó").
 */
export function notMentionedEffect(rules: RuleSet, profile: HouseholdProfileInput, classification: Classification, notMentioned: IndicatorId[]): NotMentionedEffect | undefined {
  if (notMentioned.length === 0) return undefined;
  const names = notMentioned.map((id) => rules.indicatorById.get(id)?.name ?? id).join(', ');
  const said = `Câu mô tả chưa nói đến ${notMentioned.length} chỉ số (${names}), nên kết quả đang coi hộ không thiếu hụt các chỉ số này`;
  for (let extra = 1; extra <= notMentioned.length; extra += 1) {
    const outcome = assessHousehold(rules, { ...profile, deprivations: [...(profile.deprivations ?? []), ...notMentioned.slice(0, extra)] });
    const changed = outcome.ok ? outcome.value.under.classification : classification;
    if (changed !== classification && changed !== 'unknown') {
      return {
        notMentioned,
        couldBe: { classification: changed, extra },
        text: `${said}. Có thể là ${CLASS_LABELS[changed].toLowerCase()} nếu hộ thiếu hụt thêm ${extra} chỉ số trong số đó — hãy kiểm tra đủ các chỉ số (hỏi từng câu) hoặc hỏi ${POVERTY_CADRE}.`,
      };
    }
  }
  return { notMentioned, text: `${said}; dù hộ thiếu hụt thêm các chỉ số này, kết quả vẫn là ${CLASS_LABELS[classification].toLowerCase()}.` };
}
