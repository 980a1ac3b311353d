/**
 * A short text to share ("tóm tắt … để gửi bà con", "viết 3 dòng về chuẩn nghèo mới để đăng nhóm zalo"): the
 * request words (TOPICS.shortText) are set aside, the rest of the question is read as any question is (the
 * supports of a class, a support, the standard, the procedure), and the answer comes in a few plain lines that
 * paste well into a Zalo group: figures only where the rules data knows them, "(tham khảo)" where reported,
 * one "Nguồn" line and where to ask. Questions of another kind are answered as usual.
 */
import { addDays } from '../text/dates.ts';
import { spokenFigures } from '../text/spoken-numbers.ts';
import { matchKey } from '../text/fold.ts';
import { lowerFirst, upperFirst } from '../corpus/vietnamese.ts';
import { dayAsked, FRIENDLY_SAYING, phraseAt, phraseEndingAt, phrasePositions, PLAIN_TERMS, PLAIN_WORDS, saysAny, SOUTHERN_SAYING, SOUTHERN_WORDS, SPOKEN_WORDS, TOPICS, yearAsked } from '../text/lexicon/index.ts';
import { DIGIT_WORDS, TEN_WORD } from '../text/lexicon/money.ts';
import { changesBetween, indicatorChangesInBrief, indicatorSetChange, STATUS_LABELS, conditionPrefix, provinceSupportsStandardNote, provinceSupportsStandardsOn, statesFigure, formatMoney, type Change, dayForYear, defaultChangesWindow, changeSentences, describeStandard, formatDate, lookupStandard, procedureSteps, type StandardDescription, supportsFor, type FactStatus, type RuleSet, weakerStatus, type SupportClass, type SupportResult } from '../rules/index.ts';
import { supportById } from '../rules/supports.ts';
import { readMessage, readSupportsQuestion, type ReadMessage } from './input.ts';
import { DECISION_NOTE, plain, pressing, reply, replyText, WHERE_TO_ASK } from './replies.ts';
import { POVERTY_CADRE } from '../rules/text.ts';
import { classLabels, CLASS_NAMES, openToEveryHousehold } from './info.ts';
import { STATUS_TAGS, supportDetail, supportName, cited, tagged } from './result.ts';
import { aroundAdvice, asksChange, briefLines, classesNamed, generalSteps, groupCaveat, laterDayAsked, readTopic, referenceLines, relatedThen, STANDING_NEXT_ENTRY, standingDayAsked, standingOfAnyAsked, supportsKept, supportsShown, type PostNote, type Topic } from './topics.ts';
import { specificWords } from './answers.ts';
import type { Reply } from './types.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { rumourCorrection, standardCorrection, supportCorrection, type Correction } from './claims.ts';

export const SHORT_TEXT_DEFAULTS = {
  /**
   * Characters a short text aims at (a few lines on a phone): a list's items past it are only named, on one line not
   * counted here. A text of lines that cannot be named (the review steps) is shown whole, even when longer. 900 from round 12
   * (was 800): what a class gets for sure (BHYT, loans) leads its list now (findings N06), and a conditional support with an
   * amount ("500.000 đồng/tháng, chỉ khi …") still fits after it.
   */
  maxChars: 900,
  /**
   * Characters an answer on a cheap phone is kept within where it can be (TEAM: "≤ ~1.000 characters, 'chi tiết' for more"): a
   * support's whole card longer than this is said to residents in its own words in brief (topics.ts classInBrief; round 38 short29).
   */
  phoneChars: 1000,
  /**
   * Room for the lines of names past `maxChars`: the conditions of the conditional items ("(khi …)") are said while the whole
   * text is within maxChars + namesChars, else only their names (the full list is one "Chi tiết" away).
   */
  namesChars: 500,
  /**
   * "ngắn hơn" after a post of one support's groups or a class's few supports (round 33 post23): each named in one line (with
   * its condition in a few words, else without) while the whole text is within this; else the first line alone, as before.
   */
  groupsChars: 650,
  /**
   * A length asked (lengthAsked): a count of sentences or points is read up to `readUpTo`, of lines up to `linesReadUpTo`
   * ("5 dòng"; "500 đồng" folds the same and is no length), and kept within `min`–`max` ("viết 50 câu": 10); a count of words
   * is read from `words.readFrom` to `words.readUpTo` ("2 chữ ký", "năm 2026 từ tháng 1" are none) and kept within
   * `words.min`–`words.max`.
   */
  length: { min: 1, max: 10, readUpTo: 99, linesReadUpTo: 20, words: { readFrom: 10, readUpTo: 1000, min: 30, max: 400 } },
  /**
   * Characters of a text read aloud on the loudspeaker (greeting, figures in words, source and closing included): about a
   * minute of a village announcer's reading (round 19; was the written text's, 1.000–2.000 characters once said in words).
   */
  spokenChars: 800,
  /**
   * A post on the review's steps asked without a length ("viet ngan ve thu tuc ra soat ho ngheo de gui nhom") says this many, as
   * "viết 2 ý" does: its heading, two steps, the line saying the status of a step that has one ("… chưa rõ văn bản và lịch rà soát
   * áp dụng năm 2026") and one closing line (source, whom to ask): at most 5 lines. Round 23: was every step, 6 bullets, 1.650
   * characters.
   */
  procedurePoints: 2,
  /** A plainer rewrite asked without a length ("noi don gian hon", "viet lai de hieu hon cho nguoi gia") is this short too. */
  plain: { unit: 'sentences', count: 3 } as LengthAsked,
};

/** A length asked for a short text: so many sentences, lines or points of what it says, or about so many words. */
export interface LengthAsked {
  unit: keyof typeof TOPICS.shortText.lengths.units;
  count: number;
}

const LENGTH_UNITS = Object.entries(TOPICS.shortText.lengths.units).flatMap(([unit, phrases]) =>
  phrases.map((phrase) => ({ unit: unit as LengthAsked['unit'], parts: phrase.split(' ') })),
);
const LENGTH_ABOUT = TOPICS.shortText.lengths.about.map((phrase) => phrase.split(' '));
const NOT_LENGTHS = TOPICS.shortText.lengths.not.map((phrase) => phrase.split(' '));
const SAID_BEFORE = TOPICS.shortText.lengths.said.map((phrase) => phrase.split(' '));

/** A count as written: digits, or a digit word ("ba", "năm", money.ts DIGIT_WORDS) or "mười". */
function countOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return word === TEN_WORD ? 10 : DIGIT_WORDS[word];
}

/**
 * "viết 3 câu thôi", "tóm tắt 5 dòng", "ngắn gọn 3 ý", "khoảng 100 chữ" (TOPICS.shortText.lengths): the first count before a
 * unit, kept within SHORT_TEXT_DEFAULTS.length, with the positions of its words (and of "khoảng" before it); undefined when
 * none is said, or the count is no length ("500 đồng", "2 chữ ký", "5 câu hỏi").
 */
export function lengthAsked(words: readonly string[]): { length: LengthAsked; at: Set<number> } | undefined {
  const { min, max, readUpTo, linesReadUpTo, words: wordCounts } = SHORT_TEXT_DEFAULTS.length;
  for (let at = 1; at < words.length; at += 1) {
    const unit = LENGTH_UNITS.find(({ parts }) => phraseAt(words, at, parts));
    const count = countOf(words[at - 1]);
    if (!unit || count === undefined || NOT_LENGTHS.some((parts) => phraseAt(words, at, parts))) continue;
    // "… ma noi 1 dong van ban" (round 44 mend47b): what the last answer was, complained of, no length asked.
    if (SAID_BEFORE.some((parts) => parts.length < at && phraseEndingAt(words, at - 1, parts))) continue;
    const counted =
      unit.unit === 'words' ? count >= wordCounts.readFrom && count <= wordCounts.readUpTo : count >= 1 && count <= (unit.unit === 'lines' ? linesReadUpTo : readUpTo);
    if (!counted) continue;
    const [low, high] = unit.unit === 'words' ? [wordCounts.min, wordCounts.max] : [min, max];
    const positions = new Set(unit.parts.map((_, k) => at + k).concat(at - 1));
    const about = LENGTH_ABOUT.find((parts) => parts.length < at && phraseEndingAt(words, at - 1, parts));
    about?.forEach((_, k) => positions.add(at - 1 - about.length + k));
    return { length: { unit: unit.unit, count: Math.min(Math.max(count, low), high) }, at: positions };
  }
  return undefined;
}

const ALL_CLASSES: SupportClass[] = ['poor', 'near_poor', 'newly_escaped', 'middle'];
/**
 * A document's kind as the rules data writes it before its number or name ("Nghị định 105/2020/NĐ-CP", "NĐ 176/2025/NĐ-CP",
 * "QĐ 24/2021/QĐ-LĐTBXH"); one copy for DOCUMENT, REFERENCE_IN_BRACKETS and DOCUMENT_NUMBER. Not the "NĐ" of "/NĐ-CP".
 */
const DOCUMENT_KIND = String.raw`(?<![\p{L}/])(?:Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|NĐ|QĐ)`;
/**
 * Every document a basis names: "Nghị định 105/2020/NĐ-CP ngày …, Điều 7 (…)" → "Nghị định 105/2020/NĐ-CP";
 * "Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP)" → both. A document in a bracket that
 * names it as replaced or excepted ("(thay thế Nghị định 146/2018/NĐ-CP …)", "(trừ trẻ … theo Nghị định 57/2017/NĐ-CP)")
 * is not a source.
 */
const DOCUMENT = new RegExp(String.raw`${DOCUMENT_KIND}\s[^,(;)]*?(?=\s+(?:ngày|số|Điều|điều|khoản|từ|và)\s|[,;()]|$)`, 'gu');
const REPLACED_OR_EXCEPTED = /\((?:[^()]*\s)?(?:thay|trừ)\s[^()]*$/u;

/** "NĐ 351/2025/NĐ-CP" as "Nghị định 351/2025/NĐ-CP": a document named once on the "Nguồn" line however a basis wrote it. */
const writtenOut = (document: string) => document.replace(/^NĐ\s/u, 'Nghị định ').replace(/^QĐ\s/u, 'Quyết định ');

/** The documents the legal bases name, each once, in order ("Luật Bảo hiểm y tế", "Nghị định 188/2025/NĐ-CP"). */
export function documentsOf(bases: readonly string[]): string[] {
  const found = bases.flatMap((basis) =>
    [...basis.matchAll(DOCUMENT)].filter((match) => !REPLACED_OR_EXCEPTED.test(basis.slice(0, match.index))).map((match) => writtenOut(match[0].trim())),
  );
  return [...new Set(found)];
}

/**
 * The short text: a heading, a correction of a figure the request states wrongly (always first), the lines, `footer`
 * (always shown: where to apply), "Nguồn: …" for `sources` and the lines shown, `note` (DECISION_NOTE on a text about a
 * household's class), and where to ask. Every line is shown
 * whole: a paste-ready text never ends a sentence with "…". Only a list's named items (the supports of a class) may
 * be too many for SHORT_TEXT_DEFAULTS.maxChars: those that do not fit are named on one line, so the text still says
 * what else there is. `asked`: the words of the request; lines holding its rarer words come first, so the line asked
 * for is never one left as a name.
 */
interface ShortLine {
  text: string;
  /** The legal bases this line rests on (its documents are named in "Nguồn" when it is shown). */
  bases: readonly string[];
  /** How sure the fact it says is: when every line shown is verified, the "Nguồn" line says "(đã kiểm tra)" once (cited). */
  status?: FactStatus;
  /** An item of a list: named alone when the list is longer than the text. */
  name?: string;
  /**
   * Which line of names it goes to when named (a class's supports, findings N06): `conditional` ("Có điều kiện: … (khi …)"),
   * `unknown` ("Chưa rõ …": always named, never a line of its own, so a support not known to hold never reads as one held);
   * none: "Hỗ trợ khác: …".
   */
  group?: 'conditional' | 'unknown';
  /** Its text says no more than its name and status ("Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15) (tham khảo)"): named, no line of its own. */
  bare?: boolean;
  /** A conditional item's condition in a few words, said after its name ("(khi …)") while the text stays within maxChars. */
  when?: string;
  /** `name` is only the group of a support the heading names (one support's groups): named, the support is not said again. */
  underName?: boolean;
  /** Said only when a length asked holds more lines than the others ("viết 5 câu về chuẩn nghèo"), after them; never when `tight`. */
  extra?: boolean;
  /** Its first sentence only names it ("Hộ nghèo: Vay vốn tín dụng chính sách (tham khảo)."): kept, not counted as a sentence. */
  label?: boolean;
  /**
   * What the data does not know of what was asked ("chưa rõ … lịch rà soát áp dụng năm 2026"): a shorter text (a length
   * asked, "ngắn hơn nữa") still says it, after the lines counted, as it says the source.
   */
  caveat?: boolean;
  /** Its key, for a line that says its status (`statusOf`). */
  key?: string;
  /**
   * The keys of the lines whose status it says ("chưa rõ … lịch rà soát áp dụng năm 2026" of the 01/09–14/12 schedule): kept, as a
   * caveat is, in any text that shows one of them; a post that gives dates keeps their status.
   */
  statusOf?: readonly string[];
  /**
   * It says where bà con go itself (the ongoing review's step: "hộ nộp Giấy đề nghị … trực tiếp hoặc qua bưu điện đến Chủ tịch UBND
   * cấp xã"): shown, the text's `footer` is not said again (round 45 fixb: the review post for a Zalo group said it twice, 937 characters).
   */
  place?: boolean;
}

/**
 * How short a text is asked to be: `tight` ("ngắn hơn nữa") keeps only its source line after the lines; `length` ("3 câu",
 * "5 dòng", "3 ý", "khoảng 100 chữ") how many of its lines are shown. Neither: SHORT_TEXT_DEFAULTS.maxChars.
 */
export interface ShortForm {
  tight?: boolean;
  length?: LengthAsked | undefined;
  /**
   * "de hieu", "noi don gian hon", "viet lai cho nguoi gia": the signs of the rules written as words (plainWords), and as short
   * as SHORT_TEXT_DEFAULTS.plain when no length is asked.
   */
  plain?: boolean;
  /**
   * A rewrite of a warning post ("rút gọn còn 5 dòng" after the scam warning, round 44 outreach46; was the fee card's heading, the
   * scam line lost): still the warning, its heading and advice kept.
   */
  warning?: boolean;
  /** "bài đọc loa": to be heard (spokenText). */
  spoken?: boolean;
  /** "Đổi giọng cho bà con miền Nam dễ hiểu": a post for bà con in Southern wording (southernText), never said to one reader. */
  southern?: boolean;
  /** "viết giọng thân thiện hơn" (round 42 mend43a): a post for bà con opened warmly (friendlyText), never said to one reader. */
  friendly?: boolean;
  /** "ngắn gọn thôi" (round 42 mend43a): only brief; a text past SHORT_TEXT_DEFAULTS.maxChars is given in its shortest form. */
  briefly?: boolean;
  /**
   * Said to the one who asked, not to readers of a post: "ko hieu" after a card (round 31 plain18) is answered to "bạn" ("Bạn có
   * thể hỏi … nơi bạn cư trú"), never "Bà con … nơi mình cư trú" (forReaders).
   */
  toOne?: boolean;
  /**
   * Readers or a post named with the request ("cho ba con", "viet bai", "dang nhom zalo", "in ra": TOPICS.shorten.readers,
   * TOPICS.shorten.printed, TOPICS.shortText.posted): the shortened answer is written for them, never toOne.
   */
  readers?: boolean;
  /**
   * "chi tiết" after a post on the review or a class's supports (round 32 outreach19; was the whole card): the same post with every
   * line (each support with its amount and condition, every step of the review), still said to its readers.
   */
  fuller?: boolean;
  /**
   * Characters said before the text in the same message (what a newly escaped household keeps, before its list: round 33
   * long22, "ho moi thoat ngheo dc gi" was 1.908 characters): taken from maxChars, so the message stays short.
   */
  before?: number;
  /**
   * The items only named are counted instead when even their names make the text long after a line said before it ("xa ben co
   * phat tien cho ho ngheo ko", round 33 short23: was 1.730 characters), every one "chi tiết" away. Said to a resident (a class's
   * list in the chat), the names must fit the message's room (maxChars less `before`), with no namesChars beyond it (round 34
   * short24: "ho ngheo dc ho tro j" was 1.513 characters).
   */
  counted?: boolean;
  /**
   * Where the counted items are seen, when "chi tiết" shows something else there (round 45 resid51: while the consent of a check
   * waits, "chi tiết" explains the consent; the class's list is "gõ /hotro canngheo"). Default: xem “chi tiết”. Empty: none, the
   * reply points to them once itself (round 45 mend49d: a class's list said "(xem “chi tiết”)" above its own "Gõ “Chi tiết từng khoản”").
   */
  seenAt?: string;
}

/**
 * What a short text is about, kept as the last answer so that a request after it ("viết 3 câu" again, "ngắn hơn nữa", "nói
 * đơn giản hơn") rewrites that same text: a topic (a standard with `change`: what changes when it starts), or a class's supports.
 */
export type ShortSubject = Topic | { supportsOf: SupportClass };

/** A short text and what it is about (undefined: nothing a follow-up can rewrite). */
export interface ShortPost {
  replies: Reply[];
  about: ShortSubject | undefined;
  /** The figures it corrects ("Không đúng: … 60.000.000 đồng …", of a support or the line), kept with its subject (claimCode). */
  corrected?: number[] | undefined;
  /** A template to fill in (invitation, notice): the next message may fill it (templateFilled). */
  template?: Template;
}

/**
 * The signs of the rules data in plain words for a reader who does not read "≤" ("nông thôn ≤ 2.200.000 đồng" → "không quá
 * 2.200.000 đồng"; "> 1.500.000 đồng và ≤ 2.250.000 đồng" → "trên 1.500.000 đồng đến 2.250.000 đồng"; "điểm B ≥ 30" → "từ 30 trở
 * lên"). Figures, statuses and sources are kept as they are. `terms`: a rewrite asked plainer, the standard's terms too (PLAIN_TERMS).
 */
export function plainWords(text: string, terms = false): string {
  return Object.entries(terms ? { ...PLAIN_WORDS, ...PLAIN_TERMS } : PLAIN_WORDS)
    .reduce((said, [term, plainly]) => said.replaceAll(term, plainly).replaceAll(upperFirst(term), upperFirst(plainly)).replaceAll(lowerFirst(term), lowerFirst(plainly)), text)
    .replace(/> ([^,;:()]+?) và ≤ /g, 'trên $1 đến ')
    .replace(/≤ /g, 'không quá ')
    .replace(/≥ (\d[\d.,]*)/g, 'từ $1 trở lên')
    .replace(/(^|\s)< /g, '$1dưới ')
    .replace(/(^|\s)> /g, '$1trên ')
    .replace(/ → /g, ' chuyển thành ');
}

/** A legal reference in brackets inside a sentence: "(Luật Bảo hiểm y tế Điều 12 khoản 4 điểm a)". */
const REFERENCE_IN_BRACKETS = new RegExp(String.raw`\s*\((${DOCUMENT_KIND}\s[^()]*)\)`, 'gu');

/** A line in plain words names no document mid-sentence: its references go to the "Nguồn" line (its bases). */
function withoutReferences(item: ShortLine): ShortLine {
  const references = [...item.text.matchAll(REFERENCE_IN_BRACKETS)].map((match) => match[1]!);
  return references.length === 0 ? item : { ...item, text: item.text.replace(REFERENCE_IN_BRACKETS, ''), bases: [...item.bases, ...references] };
}

/** A sentence of a line after its first ("… Theo thông tin tham khảo, Quyết định 14/2025/QĐ-TTg … thay thế …"): split at ". " before a capital. */
const SENTENCE_BREAK = /(?<=\.)\s+(?=\p{Lu})/u;
/** A document named by its number ("Quyết định 14/2025/QĐ-TTg", "Nghị định 28/2014/NĐ-CP"). */
const DOCUMENT_NUMBER = new RegExp(String.raw`${DOCUMENT_KIND}\s\d+\/\d{4}\/`, 'u');

/**
 * A line said plainly (round 31 words16: "ko hieu" after the electricity card was the card's words again): a sentence after its
 * first that tells of documents ("Theo thông tin tham khảo, Quyết định 14/2025/QĐ-TTg … thay thế Quyết định 28/2014/QĐ-TTg, văn
 * bản trước đây quy định hỗ trợ này.") is left to the full answer; the line's documents stay on the "Nguồn" line, its status
 * at its end when the sentence left held it.
 */
function withoutDocumentTalk(item: ShortLine): ShortLine {
  const [first, ...rest] = item.text.split(SENTENCE_BREAK);
  const kept = rest.filter((sentence) => !DOCUMENT_NUMBER.test(sentence));
  if (kept.length === rest.length) return item;
  const text = [first!, ...kept].join(' ');
  const lost = Object.values(STATUS_TAGS).filter((tag) => tag !== '' && item.text.includes(tag) && !text.includes(tag));
  return { ...item, text: lost.length === 0 ? text : `${text.replace(/\.$/, '')}${lost.join('')}.` };
}

/** Whom to ask follows it (WHERE_TO_ASK, said to bà con), not said twice in a text read aloud. */
const UNCHECKED = 'chưa được đối chiếu với nguyên văn văn bản.';
/**
 * Said once in a text to be heard, where its lines said "(tham khảo)": of its figures when a line so marked states one, else of
 * what those lines say (a text with no reported figure never speaks of "con số").
 */
const SPOKEN_REPORTED_NOTE = {
  figures: `các con số là số liệu tham khảo, ${UNCHECKED}`,
  words: `có thông tin tham khảo, ${UNCHECKED}`,
};

/**
 * A short text as read on the loudspeaker: signs in words (plainWords), no list marks, and "(tham khảo)" said once, in words,
 * on its source line ("Nguồn: …; các con số là số liệu tham khảo, …", SPOKEN_REPORTED_NOTE; round 20: was a "Lưu ý: …" line of
 * its own), not after each line. What is not known is said as to be announced (heardLine).
 */
function spokenText(text: string): string {
  const reported = text.split('\n').filter((line) => line.includes(STATUS_TAGS.reported));
  // A text with no heading (standardText's read aloud on hộ có mức sống trung bình) opens with its first line.
  const lines = plainWords(text).split(STATUS_TAGS.reported).join('').split('\n').filter((line) => line !== '').map((line) => line.replace(/^- /, ''));
  if (reported.length > 0) {
    const note = SPOKEN_REPORTED_NOTE[reported.some(statesFigure) ? 'figures' : 'words'];
    const source = lines.findIndex((line) => line.startsWith('Nguồn:'));
    if (source > 0) lines[source] = `${lines[source]!.replace(/\.$/, '')}; ${note}`;
    else lines.splice(lines.length - 1, 0, `Lưu ý: ${note}`);
  }
  // Read aloud whole: greeted and closed, its figures in words (the source's document numbers are names, kept as written); whom
  // to ask in fewer words (LISTENERS_WHERE_TO_ASK).
  return [SPOKEN_OPENING, ...lines.map((line) => (line === READERS_WHERE_TO_ASK ? LISTENERS_WHERE_TO_ASK : line)).map((line) => (line.startsWith('Nguồn:') ? line : heardLine(spokenFigures(line)))), SPOKEN_CLOSING].join('\n');
}

/** What a text read aloud says of what is not known: never a figure, only that it will be announced. */
const TO_BE_ANNOUNCED = 'sẽ được thông báo sau';
/** "Mức trợ cấp hằng tháng chưa rõ.": "chưa rõ" ending a clause. */
const UNKNOWN_ENDING = /\s+chưa rõ(?=[.,;:]|$)/gu;
/** "…; chưa rõ văn bản và lịch rà soát áp dụng năm 2026.": "chưa rõ" opening a clause that ends the sentence. */
const UNKNOWN_OPENING = /(^|[;:]\s+)[Cc]hưa rõ ([^.;:,()]+)(?=[.;]|$)/gu;
const BRACKETS_ENDING = /\s*\(([^()]*)\)(?=\s*(?:[.,;:!?]|$))/gu;
const BRACKETS = /\s*\(([^()]*)\)\s*/gu;
const SPOKEN_TERMS = Object.entries(SPOKEN_WORDS)
  .sort(([a], [b]) => b.length - a.length)
  // Not in a document's number ("Quyết định 768/QĐ-UBND").
  .map(([term, words]) => [new RegExp(`(?<![\\p{L}\\d/-])${escapeRegExp(term)}(?![\\p{L}\\d/-])`, 'gu'), words] as const);

/**
 * A line as a village announcer reads it: what is not known "sẽ được thông báo sau" ("(chưa rõ)" marks dropped, the line saying
 * what is not known), no brackets (their words said between commas), no abbreviation ("UBND cấp xã" → "Ủy ban nhân dân xã",
 * SPOKEN_WORDS).
 */
function heardLine(line: string): string {
  const said = line
    .replaceAll(STATUS_TAGS.unknown, '')
    .replace(UNKNOWN_ENDING, ` ${TO_BE_ANNOUNCED}`)
    .replace(UNKNOWN_OPENING, (_, before: string, what: string) => `${before}${before ? what : upperFirst(what)} ${TO_BE_ANNOUNCED}`)
    .replace(BRACKETS_ENDING, ', $1')
    .replace(BRACKETS, ', $1, ')
    // Two brackets in a row ("Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) (áp dụng ngày …)"): one comma between them.
    .replace(/,(?:\s*,)+/g, ',');
  return SPOKEN_TERMS.reduce((heard, [term, words]) => heard.replace(term, words), said);
}

/** How a loudspeaker text opens and closes. */
const SPOKEN_OPENING = 'Kính thưa bà con!';
/** A text written to be read aloud (spokenText): it opens with its greeting. */
export const heardText = (text: string): boolean => text.startsWith(SPOKEN_OPENING);
const SPOKEN_CLOSING = 'Xin cảm ơn bà con đã lắng nghe.';

/** Where to ask and who decides, as said to the people a shared text is for ("bà con"), not to the cadre who asked it. */
const READERS_WHERE_TO_ASK = WHERE_TO_ASK.replace(/^Bạn có thể/, 'Bà con có thể').replace('nơi bạn cư trú', 'nơi mình cư trú');
/**
 * The same heard on the commune's loudspeaker: the commune is the listeners' own, so "nơi mình cư trú" (and "trực tiếp") goes
 * without saying (round 23: 26 of the characters a minute's reading holds, SHORT_TEXT_DEFAULTS.spokenChars).
 */
const LISTENERS_WHERE_TO_ASK = `Bà con có thể hỏi ${POVERTY_CADRE}.`;
const READERS_DECISION_NOTE = DECISION_NOTE.replace('Kết quả của trợ lý', 'Kết quả tự kiểm tra');

/**
 * Text written to be shared (a post, a loudspeaker text, an invitation) speaks to its readers: the sentences an answer says to
 * the one asking ("Bạn có thể hỏi …", "Kết quả của trợ lý …", "trợ lý không khuyên …") are said to bà con, without the bot
 * (findings36 N36-15).
 */
export function forReaders(text: string): string {
  return text
    .replaceAll(WHERE_TO_ASK, READERS_WHERE_TO_ASK)
    .replaceAll(DECISION_NOTE, READERS_DECISION_NOTE)
    .replaceAll(', trợ lý không khuyên làm vậy', '')
    .replaceAll('trợ lý chưa đối chiếu', 'chưa được đối chiếu')
    // The data's "…; bạn hỏi cán bộ …" (a support's what it is), said to its readers (round 24: the post on health insurance).
    .replace(/([;,] )bạn hỏi /g, '$1bà con hỏi ')
    // What the chat suggests asking it next ("Bạn có thể hỏi tiếp, ví dụ: …", "Xem đủ: gõ “chi tiết”.") is for the one asking, never
    // in a post; whom to ask said otherwise ("Bạn có thể hỏi thêm cán bộ …", "… nơi bạn cư trú") is said to bà con (round 43 outreach44).
    .replace(/\s*(?:Bạn có thể hỏi (?:tiếp|thêm), ví dụ|Bạn gõ|Xem đủ: gõ)[^\n]*?[.:](?:\s*“[^”]*”[,.]?)*(?=\s|$)/gu, '')
    .replace(/(^|[.:;]\s+|\n)Bạn có thể hỏi /gu, '$1Bà con có thể hỏi ')
    .replaceAll('nơi bạn cư trú', 'nơi mình cư trú');
}

const SOUTHERN_TERMS = Object.entries(SOUTHERN_WORDS)
  .sort(([a], [b]) => b.length - a.length)
  .map(([term, said]) => [new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(term)}(?![\\p{L}\\d])`, 'gu'), said] as const);
/** What a Southern rewrite never changes in a line: a status, whom to ask, a verdict's lead ("Không đúng:"). */
const SOUTHERN_KEPT = new RegExp(`(${[...Object.values(STATUS_TAGS).filter((tag) => tag !== ''), 'chưa rõ', POVERTY_CADRE, 'không phải là mức'].map(escapeRegExp).join('|')})`, 'u');

/** The sentence saying whom to ask, to one reader or to bà con ("Bà con có thể hỏi trực tiếp cán bộ … nơi mình cư trú."). */
const WHERE_TO_ASK_SAID = new RegExp(`\\s*(?:Bà con|Bạn) có thể hỏi [^.]*${escapeRegExp(POVERTY_CADRE)}[^.]*\\.`, 'gu');

/** One line said the Southern way (SOUTHERN_WORDS), what SOUTHERN_KEPT matches as it is. */
function southernLine(line: string): string {
  return line
    .split(SOUTHERN_KEPT)
    .map((part, at) => (at % 2 === 1 ? part : SOUTHERN_TERMS.reduce((said, [term, word]) => said.replace(term, word), part)))
    .join('');
}

/**
 * A post rewritten for bà con in Southern wording (round 42 outreach43: "Đổi giọng cho bà con miền Nam dễ hiểu" after the 2027
 * card; was "ngoài phạm vi", then the card again): greeted (SOUTHERN_SAYING.opening), its lines said the Southern way (southernLine),
 * figures, statuses and the source line unchanged, and closed with whom to ask ("… cứ hỏi thẳng cán bộ … nơi mình ở nhen").
 */
export function southernText(post: Reply): Reply {
  const text = replyText(post);
  // Whom to ask, on its own line or after the source, is said once, at the end, the Southern way.
  const lines = text
    .split('\n')
    .map((line) => line.replace(WHERE_TO_ASK_SAID, '').trimEnd())
    .filter((line, at, all) => line !== '' || (at > 0 && all[at - 1] !== ''));
  const said = lines.map((line) => (line.startsWith('Nguồn:') ? line : southernLine(line)));
  return { ...post, spans: [plain([SOUTHERN_SAYING.opening, ...said, `${SOUTHERN_SAYING.closing} ${POVERTY_CADRE} nơi mình ở nhen.`].join('\n').trim())] };
}

/** A line a shortened post keeps whole: its heading ("…:"), a verdict, its source, where to go, whom to ask. */
const KEPT_WHOLE = /^(?:Nguồn:|Nơi làm:|Nơi đăng ký:|Không đúng|Đúng là|Chưa đủ|Đúng một phần|Bà con có thể hỏi)|:$/u;
/** A post's body line without its list mark. */
const unmarked = (line: string) => line.replace(/^[-•]\s+/u, '');
/**
 * A line's first sentence, up to its first "." or ";" before a space or the end, outside brackets (round 45 outreach49: the Q&A
 * answered "Mọi hộ gia đình (chỉ khi có thành viên từ 75 tuổi trở lên (tham khảo).", cut at the ";" inside the condition).
 */
function firstSentence(text: string): string | undefined {
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '.' || char === ';') && (at + 1 === text.length || /\s/u.test(text[at + 1]!))) return text.slice(0, at + 1);
  }
  return undefined;
}
/** A text's asides in brackets (nested ones too), its statuses ("(tham khảo)", "(chưa rõ)", "(đã kiểm tra)") and the form ("(Mẫu số 04)") kept. */
function withoutAsides(text: string): string {
  let out = '';
  let depth = 0;
  let aside = '';
  for (const char of text) {
    if (char === '(') {
      depth += 1;
      aside += char;
    } else if (depth > 0) {
      aside += char;
      if (char === ')') depth -= 1;
      if (depth === 0) {
        const form = FORM_FILED.exec(aside)?.[0];
        if (STATUS_ASIDE.test(aside) || aside.includes(STATUS_LABELS.unknown)) out += aside;
        else if (form) out += `(${form})`;
        else out = out.replace(/\s+$/u, '');
        aside = '';
      }
    } else out += char;
  }
  return out + aside;
}
/** An aside kept in brief: a status, or what is not known ("(… lịch năm 2026 chưa rõ)"). */
const STATUS_ASIDE = new RegExp(`^\\((?:${Object.values(STATUS_LABELS).map(escapeRegExp).join('|')})\\)$`, 'u');
/** A line of the Q&A added to a post ("thêm phần hỏi đáp 3 câu", postQuestions). */
const QA_LINE = /^(?:Hỏi|Đáp):/u;

/**
 * "ngắn hơn nữa" once more after a post (round 43 outreach44: the electricity notice gave the same text each time): the post just
 * given (the draft's text), one step shorter: its first body line alone, else that line's first sentence when it carries its
 * status; its heading, verdict, source, where to go (round 44) and whom to ask kept. Undefined at the floor (nothing left to drop).
 */
export function shorterPost(post: string): string | undefined {
  const lines = post.split('\n').filter((line) => line.trim() !== '');
  const body = lines.filter((line) => !KEPT_WHOLE.test(line));
  const keep = (kept: readonly string[]) => lines.filter((line) => KEPT_WHOLE.test(line) || kept.includes(line));
  // A line saying what is not known stays with it (the review's days are not said flatly when this year's schedule is not known).
  const unknown = body.slice(1).filter((line) => line.includes(STATUS_TAGS.unknown.trim()));
  if (body.length > 1 + unknown.length) return keep([body[0]!, ...unknown]).map((line) => (line === body[0] && unknown.length === 0 ? unmarked(line) : line)).join('\n');
  // At the floor of its lines, where to go without its aside ("Nơi làm: UBND cấp xã (lập danh sách, hướng dẫn hồ sơ)." → "Nơi làm:
  // UBND cấp xã.", round 45 outreach49: "ngắn hơn" after "viết ngắn 3 câu" gave the same post again).
  const bareWhere = () => {
    const bare = post.replace(WHERE_ASIDE, '$1');
    return bare === post ? undefined : bare;
  };
  if (body.length > 1) return bareWhere();
  const [only] = body;
  const first = only && firstSentence(unmarked(only));
  if (!only || !first || first.length >= unmarked(only).length || !Object.values(STATUS_TAGS).some((tag) => tag !== '' && first.includes(tag.trim()))) return bareWhere();
  return lines.map((line) => (line === only ? first : line)).join('\n');
}
/** The aside in brackets of a "Nơi làm" sentence. */
const WHERE_ASIDE = /(Nơi làm: [^(\n.]*?)\s*\([^()\n]*\)/u;

/** Characters a line's label runs to at most ("Hộ nghèo, hộ cận nghèo: …"): a colon after them ends a sentence in short sentences. */
const LABEL_CHARS = 40;
/** A post's line kept as it is in short sentences: its heading, closing lines, a notice's title, place, time and contact lines. */
const SAID_AS_IS = /^(?:Nguồn:|Bà con có thể hỏi|Cần hỏi thêm:|Hỏi:|Lưu ý:|Liên hệ:)|:$|^[^\p{Ll}]+$/u;

/**
 * A post in short sentences for older readers ("viết lại cho người lớn tuổi dễ hiểu", round 45 outreach49: the year-end review
 * notice became the review's steps, sentences of 40 words): each line's asides in brackets left out (a status and what is not
 * known kept), its clauses joined by ";" said as sentences of their own; its heading, place, time, source and whom to ask as they are.
 */
export function shortSentences(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || SAID_AS_IS.test(line) || PLACE_LINE.test(line) || CONTACT_LINE.test(line)) return line;
      const mark = /^[-•]\s+/u.exec(line)?.[0] ?? '';
      // A colon inside a sentence that goes on in small letters ("… không có lương hưu: từ 01/07/2025, …") ends it; not a line's
      // label ("Mọi hộ gia đình: khi …") nor a condition ("chỉ khi: …").
      const said = withoutAsides(line.slice(mark.length));
      const label = said.indexOf(': ');
      let rest = said.replace(/(?<!\bkhi):\s+(?=\p{Ll})/gu, (colon: string, at: number) => (at === label && label < LABEL_CHARS ? colon : '. '));
      const clauses: string[] = [];
      for (let first = firstSentence(rest); first !== undefined && first.length < rest.length; first = firstSentence(rest)) {
        clauses.push(first);
        rest = rest.slice(first.length).trim();
      }
      const sentences = [...clauses, rest].map((one) => upperFirst(one.replace(/;$/u, '.').trim())).map((one) => (/[.!?:)]$/u.test(one) ? one : `${one}.`));
      return `${mark}${sentences.join(' ')}`;
    })
    .join('\n');
}

/** A rumour's verdict leading a correction post ("Không đúng: …"). */
const VERDICT_LINE = /^(?:Không đúng|Chưa đủ|Đúng một phần)/u;
/** A scam warning's advice to bà con ("… là dấu hiệu lừa đảo: bà con đừng chuyển tiền, đừng đưa số CCCD hay mã nào."). */
const WARNING_LINE = /đừng chuyển tiền/u;
/** A notice's line saying where bà con go ("Nơi đăng ký: UBND xã … (bộ phận tiếp nhận hồ sơ).", "Địa điểm nhận: …"). */
const PLACE_KEPT = /^(?:Nơi đăng ký|Địa điểm(?: nhận)?):/u;
/** Where a post sends bà con: the form and where it is filed, or its "Nơi làm" sentence. */
const FORM_FILED = /Mẫu số \d+/u;
const WHERE_SENTENCE = /Nơi làm: [^\n]*?\.(?=\s|$)/u;
/** A post's line for one group of households ("- Hộ nghèo, hộ cận nghèo: …", "- Mọi hộ gia đình (chỉ khi …): …"): its group. */
const GROUP_LINE = /^- ((?:Hộ|Mọi hộ)[^:(]*?)(?: \([^)]*\))?: /u;

/**
 * A group's line in brief, for a plainer rewrite: its first sentence saying a figure (an age, a date, an amount) other than its
 * "chỉ khi" condition, asides in brackets left out, with the line's status; and its "chưa rõ" sentence.
 */
function groupInBrief(line: string, label: string, dashed: boolean): string {
  const sentences = line.slice(line.indexOf(': ') + 2).split(/(?<=\.)\s+/u);
  const said = sentences.find((one) => /\d/.test(one) && !one.includes('chỉ khi')) ?? sentences[0]!;
  const status = /\((?:tham khảo|đã kiểm tra)\)/u.exec(line)?.[0];
  const bare = said.replace(/\s*\((?!tham khảo\)|đã kiểm tra\)|chưa rõ\))[^)]*\)/gu, '').replace(/\.$/u, '');
  const unknown = sentences.filter((one) => one !== said && one.includes('chưa rõ'));
  return [`${dashed ? '- ' : ''}${label}: ${bare}${status && !bare.includes(status) ? ` ${status}` : ''}.`, ...unknown].join(' ');
}

/**
 * A shorter or plainer rewrite of the post just given (`previous`, round 44 outreach46) with what every rewrite of it keeps: a
 * correction's verdict first ("ngắn hơn" after "soạn bài đính chính …" dropped "Không đúng"), and where to go (the line naming
 * the form filed, in its first sentence, or the "Nơi làm" sentence) before its source ("rút gọn còn 5 dòng" cut the Mẫu số 04
 * line). `lines`: the count asked; a body line is dropped for the line kept, so the count holds.
 */
export function keptInRewrite(previous: string, rewritten: string, lines?: number, groups = false): string {
  const before = previous.split('\n').filter((line) => line.trim() !== '');
  let after = rewritten.split('\n');
  const added: string[] = [];
  // Plainer (`groups`), a post keeps every group of households it named (round 44 outreach47, tryout47 O02.2: "viết cho người già
  // dễ hiểu" after the social pension post dropped "Hộ nghèo, hộ cận nghèo … từ 70 đến dưới 75 tuổi", NĐ 176/2025): a group's line
  // the rewrite no longer names is kept as it was, with its status, before the source.
  for (const line of groups ? before : []) {
    const label = GROUP_LINE.exec(line)?.[1];
    if (!label || after.some((one) => one.includes(`${label}:`) || one.includes(`${label} (`))) continue;
    const source = after.findIndex((one) => one.startsWith('Nguồn:'));
    const kept = groupInBrief(line, label, after.some((one) => one.startsWith('- ')));
    after.splice(source < 0 ? after.length : source, 0, kept);
    added.push(kept);
  }
  // A scam warning's advice (round 45 outreach49: "ngắn hơn" after "Soạn bài cảnh báo lừa đảo …" dropped "bà con đừng chuyển tiền,
  // đừng đưa số CCCD hay mã nào"): right under its heading, without its aside in brackets.
  const warning = before.find((line) => WARNING_LINE.test(line));
  if (warning && !after.some((line) => WARNING_LINE.test(line))) {
    const kept = withoutAsides(unmarked(warning));
    const heading = after.findIndex((line) => line.trim() !== '');
    after.splice(heading + 1, 0, kept);
    added.push(kept);
  }
  // The notice's place (round 45 outreach49: "ngắn hơn" after the year-end review notice dropped "Nơi đăng ký: UBND xã …").
  const place = before.find((line) => PLACE_KEPT.test(line));
  if (place && !after.some((line) => PLACE_KEPT.test(line))) {
    const source = after.findIndex((line) => line.startsWith('Nguồn:'));
    after.splice(source < 0 ? after.length : source, 0, place);
    added.push(place);
  }
  const verdict = before.find((line) => VERDICT_LINE.test(line));
  if (verdict && !after.some((line) => VERDICT_LINE.test(line))) {
    after = [verdict, ...after];
    added.push(verdict);
  }
  const form = before.find((line) => FORM_FILED.test(line) && !QA_LINE.test(line));
  // The "Nơi làm" sentence comes back without its bracketed aside, so a post shortened again still gets shorter.
  const where = form ? firstSaid(form) : WHERE_SENTENCE.exec(previous)?.[0].replace(/\s*\([^()]*\)/gu, '');
  const sent = after.some((line) => (form ? FORM_FILED.test(line) : line.includes('Nơi làm:')));
  if (where && !sent) {
    const source = after.findIndex((line) => line.startsWith('Nguồn:'));
    after.splice(source < 0 ? after.length : source, 0, where);
    added.push(where);
  }
  // Whom to ask (round 46 outreach52, tryout50 O02/O06: "ngắn hơn" dropped "Bà con có thể hỏi …" and "Cần hỏi thêm: …"): last, as
  // the post said it.
  const asking = before.find((line) => line.startsWith('Cần hỏi thêm:')) ?? previous.match(WHERE_TO_ASK_SAID)?.[0].trim();
  if (asking && !after.some((line) => line.includes(POVERTY_CADRE))) {
    const source = after.findIndex((line) => line.startsWith('Nguồn:'));
    const last = after.findLastIndex((line) => line.trim() !== '') + 1;
    after.splice(asking.startsWith('Cần hỏi thêm:') && source >= 0 ? source : last, 0, asking);
    added.push(asking);
  }
  if (added.length === 0) return rewritten;
  const counted = () => after.filter((line) => line.trim() !== '').length;
  const heading = after.findIndex((line) => line.trim() !== '' && !VERDICT_LINE.test(line));
  for (let at = after.length - 1; lines !== undefined && counted() > lines && at > heading; at -= 1) {
    const line = after[at]!;
    if (line.trim() !== '' && !KEPT_WHOLE.test(line) && !added.includes(line)) after.splice(at, 1);
  }
  return after.join('\n');
}

/**
 * A post asked friendlier ("viết bằng giọng thân thiện hơn" after an answer, round 42 mend43a; was "ngoài phạm vi"): the same post
 * for bà con, opened warmly (FRIENDLY_SAYING.opening); its lines, figures, statuses, source and whom to ask unchanged.
 */
export function friendlyText(post: Reply): Reply {
  const text = replyText(post);
  return text.startsWith(FRIENDLY_SAYING.opening) ? post : { ...post, spans: [plain(`${FRIENDLY_SAYING.opening}\n${text}`)] };
}

function shortText(
  heading: string,
  items: readonly ShortLine[],
  others = 'nội dung',
  options: {
    footer?: string;
    asked?: readonly string[];
    sources?: readonly string[];
    /** The status of the document the whole text rests on, said on the "Nguồn" line ("Nghị định 351/2025/NĐ-CP (tham khảo)"). */
    sourceStatus?: FactStatus;
    correction?: Correction | undefined;
    lead?: ShortLine;
    note?: PostNote | undefined;
    /**
     * Its lines stand alone (the review's steps, a class's supports, one support's groups, an entry's lines): read aloud, only
     * those that fit SHORT_TEXT_DEFAULTS.spokenChars are said. Not a standard's lines (today's and the coming one's go together).
     */
    separate?: boolean;
  } & ShortForm = {},
): Reply {
  // "nói đơn giản hơn": the same lines, their signs in words; "bài đọc loa": to be heard.
  // Said to the readers first: a text read aloud then writes out what the readers' lines abbreviate ("UBND cấp xã").
  const toReaders = (text: string) => (options.toOne ? text : forReaders(text));
  const sayText = (text: string) => (options.spoken ? spokenText(forReaders(text)) : toReaders(options.plain ? plainWords(text, true) : text));
  // The verdict on what the request states wrongly ("Không đúng: …") opens the text, before its heading (round 40 short33: was
  // under it, so a post read in a Zalo preview showed a heading that seemed to confirm the rumour).
  const { correction } = options;
  const said = (text: string): Reply => ({ ...reply([plain(sayText(correction ? verdictFirst(text, correction.text) : text))]), post: true });
  // A text read aloud names no document mid-sentence either: its references go to the "Nguồn" line.
  const regular = (options.plain ? items.map(withoutDocumentTalk).map(withoutReferences) : options.spoken ? items.map(withoutReferences) : items).filter((item) => !item.extra);
  const ordered = relevanceOrder(regular.map((item) => item.text), options.asked ?? []).map((index) => regular[index]!);
  const { length } = options;
  // What the request itself sets (a deadline) leads, after a correction.
  const first = [...(correction ? [correction] : []), ...(options.lead ? [options.lead] : [])];
  // After the lines: where to apply, the one "Nguồn" line for the lines shown (never dropped to fit), the note, where to
  // ask; only the source when `tight`.
  // Where to go, unless a line shown says it already.
  const footerOf = (shown: readonly ShortLine[]) => (shown.some((item) => item.place === true) ? undefined : options.footer);
  const tail = (shown: readonly ShortLine[]) => {
    const sources = documentsOf([...(options.sources ?? []), ...shown.flatMap((item) => item.bases)]);
    // Its status once (round 27): "(đã kiểm tra)" only when every line shown says a verified fact; a line of another status says its own.
    const listed = sources.join('; ');
    const checked = shown.length > 0 && shown.every((item) => item.status !== undefined) ? cited(listed, options.sourceStatus ?? 'verified', shown.map((item) => item.status!)) : listed;
    const source = sources.length > 0 ? [`Nguồn: ${checked}.`] : [];
    // "ngắn hơn" keeps whom to ask when a line shown says what is not known (round 30 tryout15: the review notice shortened said
    // "chưa rõ … lịch rà soát áp dụng năm 2026. (chưa rõ)" and no one to ask).
    const unknownShown = shown.some((item) => item.status === 'unknown' || item.text.includes(STATUS_TAGS.unknown));
    // A note that already names whom to ask is the one referral (round 30 mend30b: the post on university fees named the cadre twice).
    const asks = options.note?.refers === true ? [] : [WHERE_TO_ASK];
    // Plainer and shortest ("hok hieu gi het" again, round 31 words16): whom to ask stays, as for a line not known.
    const place = footerOf(shown);
    return options.tight ? [...source, ...(unknownShown || options.plain ? [WHERE_TO_ASK] : [])] : [...(place ? [place] : []), ...source, ...(options.note ? [options.note.text] : []), ...asks];
  };
  const caveatOf = (shown: readonly ShortLine[]) => (item: ShortLine) =>
    item.caveat === true || shown.some((line) => line.key !== undefined && item.statusOf?.includes(line.key) === true);
  // A line's status right after it; other caveats after the lines.
  const withCaveats = (shown: ShortLine[]) => {
    const added = ordered.filter(caveatOf(shown)).filter((caveat) => !shown.includes(caveat));
    const after = (line: ShortLine) => added.filter((caveat) => line.key !== undefined && caveat.statusOf?.includes(line.key) === true);
    const placed = shown.flatMap((line) => [line, ...after(line)]);
    return [...new Set([...placed, ...added])];
  };
  if (length) {
    // The correction of a figure stays first and whole, and counts; at least one line of what was asked follows it.
    // A plainer rewrite says only what the answer said, not the extras a longer post may hold.
    const candidates = [...first, ...ordered.filter((item) => !item.caveat), ...(options.tight || options.plain ? [] : items.filter((item) => item.extra))];
    // The count is of the whole post ("viết bài 5 dòng": 5 lines): its heading and its one closing line (source, where to
    // apply, whom to ask) are counted in lines and words; what the text says fills the rest.
    // Points, lines and a list's items (a support's name and amount) as a list; otherwise sentences, each with its full stop.
    const listed = length.unit === 'points' || length.unit === 'lines';
    const compose = (room: LengthAsked) => {
      const shown = withCaveats(counted(candidates, room, first.length));
      const [footer, ...rest] = tail(shown);
      // The source first: "Nguồn: …. Nơi làm: …. Bạn có thể hỏi …".
      const place = footerOf(shown);
      const closing = (place && !options.tight ? [...rest.slice(0, 1), `${place.replace(/\.$/, '')}.`, ...rest.slice(1)] : [footer!, ...rest]).join(' ');
      return [heading, ...shown.map((item) => (listed || item.name !== undefined ? `- ${item.text}` : asSentences(item))), closing];
    };
    // Three lines or fewer: the heading opens the first line, so the text still says two things in three lines.
    if (length.unit === 'lines') return said(withinLines(compose({ unit: 'lines', count: length.count - (length.count > 3 ? 2 : 1) }), length.count).join('\n'));
    if (length.unit !== 'words') return said(compose(length).join('\n'));
    // Words: what the text says gets the most room that keeps the whole post, heading and closing line too, within the count
    // (the closing line names the sources of the lines shown, so it grows with them); the first line is shown whatever the room.
    const total = (room: number) => wordCount(compose({ unit: 'words', count: room }).join(' '));
    let [low, high] = [0, length.count];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (total(middle) <= length.count) low = middle;
      else high = middle - 1;
    }
    return said(compose({ unit: 'words', count: low }).join('\n'));
  }
  // A text of separate lines read aloud by a village announcer (no length asked) is heard whole within
  // SHORT_TEXT_DEFAULTS.spokenChars: its lines from the first while they fit (each with its caveats; at least one after what
  // the request sets), no list of the names of the rest. Round 20: one support's and an entry's lines too (Chỉ thị 05 was
  // 1.637 characters, the social pension 1.448, the warning on fees 1.177).
  if (options.spoken && options.separate && !options.tight) {
    const lines = ordered.filter((item) => !item.caveat);
    const textOf = (count: number) => {
      const shown = withCaveats([...first, ...lines.slice(0, count)]);
      return [heading, ...shown.map((item) => `- ${item.text}`), ...tail(shown)].join('\n');
    };
    let count = lines.length;
    while (count > (first.length > 0 ? 0 : 1) && sayText(textOf(count)).length > SHORT_TEXT_DEFAULTS.spokenChars) count -= 1;
    return said(textOf(count));
  }
  // "ngắn hơn nữa": the first line and its source, nothing else (the correction of a figure stays first). A post of one
  // support's groups or a class's few supports keeps each by its name, condition and status while that text stays within
  // SHORT_TEXT_DEFAULTS.groupsChars (round 33 post23: the social pension kept the line from 75 alone, its line for poor and
  // near-poor households from 70 to under 75 dropped; a household just out of poverty kept "Hỗ trợ đóng bảo hiểm y tế" alone).
  if (options.tight) {
    const lines = ordered.filter((item) => !item.caveat);
    const groupedText = (conditions: boolean) => {
      const named = withCaveats([...first, ...lines.map((item) => nameLine(item, conditions))]);
      return [heading, ...named.map((item) => `- ${item.text}`), ...tail(named)].join('\n');
    };
    const grouped = options.separate && lines.length > 1 && lines.every((item) => item.name !== undefined) ? [groupedText(true), groupedText(false)] : [];
    const fitting = grouped.find((text) => sayText(text).length <= SHORT_TEXT_DEFAULTS.groupsChars);
    if (fitting !== undefined) return said(fitting);
    const shown = withCaveats([...first, ...ordered.slice(0, 1)]);
    return said([heading, ...shown.map((item) => item.text), ...tail(shown)].join('\n'));
  }
  // The text with `shown` items in full and the names of the rest, one line for each group (what the class gets, what it gets
  // on a condition said in a few words, what is not known); the budget is for the text without those names. An item not known
  // to hold is only named, on its own line.
  const full = ordered.filter((item) => item.group !== 'unknown' && !item.bare);
  const unknown = ordered.filter((item) => item.group === 'unknown');
  const bare = ordered.filter((item) => item.group !== 'unknown' && item.bare);
  const compose = (shown: number, conditions = true, counts = false) => {
    const named = [...full.slice(shown), ...bare, ...unknown];
    const lines = [...first, ...full.slice(0, shown)];
    const listed = lines.map((item) => `- ${item.text}`);
    const nameOf = (item: ShortLine) => (conditions && item.when ? `${item.name!} (khi ${item.when})` : item.name!);
    // Each item named says its status (round 28 status10: every line of a class's list): once after the label when the items
    // share one, else after each name; an item whose name holds its status already says it (round 32 lead: short20's list for
    // "ho ngheo dc ho tro nhung j" named "Có điều kiện: …" with no status).
    const untold = (item: ShortLine) => item.status !== undefined && !STATUS_TAG.test(item.name!) && !item.name!.includes(VERIFIED_TAG);
    const namesOf = (label: string, items: readonly ShortLine[]) => {
      if (items.length === 0) return [];
      const shared = new Set(items.filter(untold).map((item) => item.status!));
      const one = shared.size === 1 ? [...shared][0]! : undefined;
      // A name holding the label's status says it no more ("Hỗ trợ khác (tham khảo): …; Mức hưởng … (tham khảo)" said it twice).
      const withoutLabels = (item: ShortLine) => (one !== undefined && item.status === one ? nameOf(item).replace(` (${STATUS_LABELS[one]})`, '') : nameOf(item));
      const nameWith = (item: ShortLine) => (one === undefined && untold(item) ? `${nameOf(item)} (${STATUS_LABELS[item.status!]})` : withoutLabels(item));
      return [`- ${label}${one ? ` (${STATUS_LABELS[one]})` : ''}: ${items.map(nameWith).join('; ')}.`];
    };
    // Counted only (`counts`, ShortForm.counted): each group's count, every one "chi tiết" away.
    const countOf = (what: string, items: readonly ShortLine[]) => (items.length === 0 ? [] : [`${items.length} khoản ${what}`]);
    const counted = [
      ...countOf('có điều kiện', named.filter((item) => item.group === 'conditional')),
      ...countOf('chưa rõ mức hoặc còn áp dụng không', named.filter((item) => item.group === 'unknown')),
    ];
    const grouped = counts && counted.length > 0
      ? [`- Còn ${counted.join(' và ')}${options.seenAt === '' ? '' : ` (${options.seenAt ?? 'xem “chi tiết”'})`}.`]
      : [
          ...namesOf('Có điều kiện', named.filter((item) => item.group === 'conditional')),
          ...namesOf('Chưa rõ mức hoặc còn áp dụng không', named.filter((item) => item.group === 'unknown')),
        ];
    const names = [...namesOf(`${upperFirst(others)} khác`, named.filter((item) => item.group === undefined)), ...grouped];
    return { text: [heading, ...listed, ...names, ...tail(lines)].join('\n'), budgeted: [heading, ...listed, ...tail(lines)].join('\n').length };
  };
  const room = SHORT_TEXT_DEFAULTS.maxChars - (options.before ?? 0);
  let shown = full.length;
  while (!options.fuller && shown > 1 && full[shown - 1]!.name !== undefined && compose(shown).budgeted > room) shown -= 1;
  // The conditions of the items named only while the whole text stays short (a cheap phone's message); else their names (or
  // how many there are, `counted`); the full list one "Chi tiết" away.
  // Counted (a resident's list, `counted`): the names too within the message's room, else the counts (round 34 short24).
  const limit = room + (options.counted ? 0 : SHORT_TEXT_DEFAULTS.namesChars);
  const texts = [compose(shown).text, compose(shown, false).text];
  const fitting = texts.find((text) => text.length <= limit);
  return said(fitting ?? (options.counted ? compose(shown, false, true).text : texts[1]!));
}

/**
 * `text` with the verdict (`verdict` as the text says it, to the end of its line: a sentence's full stop may be added) on the first
 * line, what its line held before it (a list mark dropped; a heading joined to it to fit a count of lines) where it was; `text`
 * when the verdict already leads or is not in it.
 */
function verdictFirst(text: string, verdict: string): string {
  const lines = text.split('\n');
  const opening = verdict.slice(0, VERDICT_READ);
  const at = lines.findIndex((line) => line.includes(opening));
  if (at < 0 || (at === 0 && lines[0]!.startsWith(opening))) return text;
  const start = lines[at]!.indexOf(opening);
  const before = lines[at]!.slice(0, start).replace(/^- ?/u, '').trim();
  return [lines[at]!.slice(start), ...lines.slice(0, at), ...(before === '' ? [] : [before]), ...lines.slice(at + 1)].join('\n');
}
/** How much of a verdict finds it in a text (its words as written; the end of a sentence may differ). */
const VERDICT_READ = 40;

/**
 * An item of a list by its name and status, with its condition in a few words when `conditions`: "Vay vốn tín dụng chính sách
 * (tham khảo), khi …", a name's own bracket taking the status ("Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo; tham khảo)");
 * a group under a heading naming its support (`group` of one support's post) by the group alone: "Hộ nghèo, hộ cận nghèo: khi
 * có thành viên từ 70 đến dưới 75 tuổi (tham khảo)." (round 34 staff22: was "Hộ nghèo, hộ cận nghèo: Trợ cấp hưu trí xã hội (hộ
 * nghèo, hộ cận nghèo) (tham khảo) (khi …)", the heading's name again and three brackets side by side).
 */
function nameLine(item: ShortLine, conditions: boolean): ShortLine {
  const label = item.status !== undefined && !STATUS_TAG.test(item.name!) ? STATUS_LABELS[item.status] : undefined;
  const when = conditions && item.when ? item.when : undefined;
  if (item.underName) return { ...item, text: `${item.name!}${when ? `: khi ${when}` : ''}${label ? ` (${label})` : ''}.` };
  const named = label === undefined ? item.name! : item.name!.endsWith(')') ? `${item.name!.slice(0, -1)}; ${label})` : `${item.name!} (${label})`;
  return { ...item, text: `${named}${when ? `, khi ${when}` : ''}.` };
}

/**
 * At most `count` lines: the heading joined to the line after it, then the lines before the closing one, each joined to the
 * next (a list mark dropped where lines join), so nothing is left out to fit ("viết 2 dòng").
 */
function withinLines(lines: readonly string[], count: number): string[] {
  const joined = [...lines];
  while (joined.length > Math.max(count, 1)) {
    const at = joined.length > 2 ? 0 : joined.length - 2;
    joined.splice(at, 2, `${joined[at]} ${joined[at + 1]!.replace(/^- /, '')}`);
  }
  return joined;
}

/**
 * A line as the sentences asked for: its label joined to the sentence after it ("Hộ nghèo: Vay vốn tín dụng chính sách (tham
 * khảo): hộ nghèo được vay vốn ưu đãi …"), so the count asked is the count read; ending with its full stop.
 */
function asSentences(line: ShortLine): string {
  const [label, next, ...rest] = sentencesOf(line.text);
  const joined = line.label && next !== undefined ? [`${label!.replace(/\.$/, '')}: ${lowerFirst(next)}`, ...rest].join(' ') : line.text;
  // A status after the full stop ("… năm 2026. (chưa rõ)") goes before it.
  const text = joined.replace(STATUS_AFTER_STOP, '$1.');
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A line's sentences ("… (tham khảo). Căn cứ: …" is two), each ending where the text says it does. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
const wordCount = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;
const STATUS_TAG = new RegExp(`(?:${Object.values(STATUS_TAGS).filter((tag) => tag !== '').map(escapeRegExp).join('|')})`);
const STATUS_AFTER_STOP = new RegExp(`\\.(${STATUS_TAG.source})$`);

/**
 * The lines of a text of the length asked, in their order: `fixed` lines first (a correction) whatever the length, then as
 * many as the length holds: N points or lines; whole lines while their sentences (or words) fit. The count is of what the
 * text says (the caller leaves room for the heading and the closing line when lines or words are asked). The first line after the fixed ones
 * is always shown, cut after its last sentence that fits when it is longer than asked (never inside a sentence), keeping its
 * status ("(tham khảo)") when the cut took it.
 */
function counted(lines: readonly ShortLine[], { unit, count }: LengthAsked, fixed: number): ShortLine[] {
  if (unit === 'points' || unit === 'lines') return lines.slice(0, Math.max(count, fixed + 1));
  const size = (line: ShortLine) => {
    const sentences = sentencesOf(line.text);
    const said = line.label ? sentences.slice(1) : sentences;
    return unit === 'sentences' ? said.length : wordCount(said.join(' '));
  };
  const shown: ShortLine[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    if (index < fixed || used + size(line) <= count) {
      shown.push(line);
      used += size(line);
      continue;
    }
    if (index === fixed) shown.push(cutLine(line, count - used, size));
    break;
  }
  return shown;
}

/** The sentences of a line that fit `room` (its label and at least one), with the line's status when those leave it out. */
function cutLine(line: ShortLine, room: number, size: (line: ShortLine) => number): ShortLine {
  const sentences = sentencesOf(line.text);
  const fitting = (text: string) => size({ ...line, text }) <= room;
  let kept = sentences.slice(0, line.label && sentences.length > 1 ? 2 : 1).join(' ');
  for (const sentence of sentences.slice(kept === sentences[0] ? 1 : 2)) {
    if (!fitting(`${kept} ${sentence}`)) break;
    kept = `${kept} ${sentence}`;
  }
  const status = STATUS_TAG.exec(line.text.slice(kept.length))?.[0];
  return { ...line, text: status && !STATUS_TAG.test(kept) ? `${kept.replace(/\.$/, '')}${status}.` : kept };
}

/**
 * Item indexes, those holding the request's words first (each word weighs 1 ÷ the number of items holding it, so a
 * word every item has counts little), ties in their own order. No request words: the items' own order.
 */
function relevanceOrder(items: readonly string[], asked: readonly string[]): number[] {
  const itemWords = items.map((item) => new Set(matchKey(item).split(' ')));
  const weights = new Map<string, number>();
  for (const word of new Set(asked)) {
    const holding = itemWords.filter((words) => words.has(word)).length;
    if (holding > 0 && holding < items.length) weights.set(word, 1 / holding);
  }
  const score = (index: number) => [...weights].reduce((sum, [word, weight]) => sum + (itemWords[index]!.has(word) ? weight : 0), 0);
  return items.map((_, index) => index).sort((a, b) => score(b) - score(a) || a - b);
}

/**
 * How far a support goes up a short list (findings N06): what the class gets for sure first (no condition: BHYT, loans), then
 * what it gets on a condition, then what is not known; within each, an amount that can be stated first, then the rest.
 */
// A checked amount before a reported one of its group (round 46 resid54: "ho ngheo dc nhung ho tro j" within a phone's message kept
// the kindergarten lunch (tham khảo) and counted the 500.000 đồng/tháng social assistance (đã kiểm tra)).
const rank = (support: SupportResult) =>
  (support.status === 'unknown' ? 20 : support.condition ? 10 : 0) + (support.amount && support.status !== 'unknown' ? 0 : 1) + (support.amountStatus === 'verified' ? 0 : 0.5);

/** "(đã kiểm tra)" after a verified support's name or figure, where a post's lines say their statuses (supportDetail `everyStatus`). */
const VERIFIED_TAG = ` (${STATUS_LABELS.verified})`;

/**
 * A support as a line of a class's short list: its condition in a few words; named with that condition or what is not known.
 * `everyStatus`: the list has lines of another status, so a verified one says "(đã kiểm tra)" too (round 29: "Trợ giúp pháp lý
 * miễn phí" said none beside "(tham khảo)" lines, its status said nowhere, the "Nguồn" line saying none for a mixed list).
 */
function supportLine(support: SupportResult, everyStatus: boolean, fuller = false): ShortLine {
  // The post's next level ("chi tiết" after it) says each condition whole: "thành viên thuộc một trong các nhóm: người bị buộc
  // tội; người cao tuổi; …" (round 32 review32: was cut at its colon, no group named).
  const brief = { ...support, ...(support.conditionBrief && !fuller ? { condition: support.conditionBrief } : {}) };
  const name = supportName(support);
  if (support.status === 'unknown') return { text: supportDetail(brief, 'short'), bases: support.brief ? [support.basis] : [], name: support.brief ? `${name} (${support.brief})` : name, group: 'unknown' };
  const { status } = support;
  if (support.conditionBrief) return { text: supportDetail(brief, 'short', true, everyStatus), bases: [support.basis], status, name, when: lowerFirst(support.conditionBrief), group: 'conditional' };
  const text = supportDetail(support, 'short', true, everyStatus);
  // No figure nor condition in the data: its name with its status, among the others named (round 23: a post's line of its own).
  if (text.replace(name, '').replace(STATUS_TAG, '').replace(VERIFIED_TAG, '').trim() === '') return { text, bases: [support.basis], status, name: text, bare: true };
  return { text, bases: [support.basis], status, name };
}

export function supportsText(rules: RuleSet, classification: SupportClass, today: string, note?: PostNote, form: ShortForm = {}, correction?: Correction): Reply {
  const supports = supportsFor(rules, classification, today).sort((a, b) => rank(a) - rank(b));
  // The references in brackets of its lines go to the "Nguồn" line (round 25: "Tối thiểu 70% … (Luật Bảo hiểm y tế Điều 12 khoản 4
  // điểm a)" in a Zalo post); a support's name keeps its own ("Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15)").
  const everyStatus = supports.some((support) => support.status !== 'verified');
  const lines = supports.map((support) => supportLine(support, everyStatus, form.fuller)).map(withoutReferences);
  return shortText(`${CLASS_NAMES[classification]} được hỗ trợ (áp dụng ngày ${formatDate(today)}):`, lines, 'hỗ trợ', { note, separate: true, ...form, correction });
}

/**
 * "viết bài ngắn 3 câu đính chính tin đồn: hộ nghèo được phát 2 triệu mỗi tháng": money said handed out to a class, checked as the
 * chat checks it (rumourCorrection on the message as typed), so the post of that class's supports leads with its verdict ("Không
 * đúng: …"); a list of supports posted as a "đính chính" must never read as confirming the rumour.
 */
function classRumour(rules: RuleSet, message: ReadMessage, today: string, classification: SupportClass): Correction | undefined {
  const found = rumourCorrection(rules, message, today);
  return found && 'supportsOf' in found.answer && found.answer.supportsOf === classification ? found.correction : undefined;
}

/** The figures of a text, its bracketed references left out ("70%", "1.500.000"; not the "12" of "Điều 12"). */
const figuresOf = (text: string) => text.replace(/\([^()]*\)/g, '').match(/\d+(?:[.,]\d+)*%?/g) ?? [];

/**
 * A support's label before what it is: its name and amount ("Hỗ trợ đóng bảo hiểm y tế: Tối thiểu 70% … (tham khảo)."), or its
 * name alone when what it is states every figure of the amount already ("Ngân sách nhà nước hỗ trợ tối thiểu 70% …; 100% nếu …"),
 * or has no amount (the short form's figure is then a sentence of what it is: "Số liệu công bố trước đây … 6,6%/năm", round 17),
 * so the post says a fact once; its status then once, where what it is says it.
 */
function saidOnce(support: SupportResult): string {
  const figures = support.amount ? figuresOf(support.amount) : [];
  if (support.amount && (figures.length === 0 || !figures.every((figure) => support.what.includes(figure)))) return `${supportDetail(support, 'short')}.`;
  const tagged = support.what.includes(STATUS_TAGS[support.status].trim());
  // Its name alone: no amount, and no figure taken from what it is (which follows the label).
  return `${supportDetail({ ...support, amount: undefined, what: '', ...(tagged ? { status: 'verified' as const } : {}) }, 'short')}.`;
}

/**
 * A class's line of a post whose heading names the support, after the class: its label (saidOnce) without the name said again;
 * when nothing but its status and condition is left of the label, the condition after the class ("Hộ có mức sống trung bình (chỉ
 * khi hộ làm nông nghiệp, …): …") and the status on what it is, at the end of its first sentence unless that sentence says one.
 * Round 24: each class's line began with the support's name ("Hộ nghèo: Vay vốn tín dụng chính sách (tham khảo). Hộ nghèo được
 * vay …"), the post on loans 1.434 characters, on health insurance 1.439.
 */
function underHeading(support: SupportResult, what: string): string {
  const label = saidOnce(support);
  if (!label.startsWith(support.name)) return `: ${label} ${what}`;
  const tag = STATUS_TAGS[support.status];
  const rest = label.slice(support.name.length).replace(/\.$/, '');
  const left = tag === '' ? rest : rest.replace(tag, '');
  if (left !== '' && !left.startsWith(CONDITION_SAID)) return `${rest}. ${what}`;
  const condition = left === '' ? '' : ` (chỉ khi ${left.slice(CONDITION_SAID.length)})`;
  const [first = '', ...others] = sentencesOf(what);
  const tagged = !rest.includes(tag) || tag === '' || first.includes(tag.trim().replace(/[()]/g, '')) ? first : first.replace(/\.?$/, `${tag}.`);
  return `${condition}: ${[tagged, ...others].join(' ')}`;
}

/** How supportDetail says a condition after a support's name. */
const CONDITION_SAID = ', chỉ khi: ';

/**
 * One support for the classes asked (every class when none is), and its related ones that fit first (supportsShown: "76 tuổi
 * ko có lương hưu" leads with the social pension from 75 of every household): the classes that get the same support share a
 * line ("Mọi hộ gia đình" when it is open to every household), then what it is (who qualifies: "từ 70 đến dưới 75 tuổi",
 * "mọi học sinh … công lập"), and where to apply, which is always shown ("… ở đâu" is what outreach staff ask for).
 */
function supportText(
  rules: RuleSet,
  supportIds: readonly string[],
  classes: readonly SupportClass[],
  today: string,
  asked: readonly string[],
  claimed: string | readonly number[],
  note?: PostNote,
  form: ShortForm = {},
  realToday = today,
  lead?: Correction,
): Reply {
  const everyHousehold = openToEveryHousehold(rules, today);
  const groups = new Map<string, { classes: SupportClass[]; support: SupportResult }>();
  for (const supportId of supportIds) {
    for (const classification of classes.length > 0 ? classes : ALL_CLASSES) {
      const support = supportsFor(rules, classification, today).find((candidate) => candidate.id === supportId);
      if (!support) continue;
      const key = JSON.stringify([supportId, supportDetail(support, 'short'), support.what, support.whereToApply, support.basis]);
      const group = groups.get(key);
      if (group) group.classes.push(classification);
      else groups.set(key, { classes: [classification], support });
    }
  }
  const name = supportById(rules, supportIds[0])?.name ?? 'Hỗ trợ này';
  const found = [...groups.values()];
  // A support open to every household is labelled so whatever class the post is for: "Hộ nghèo:" over "người từ 75 tuổi trở lên
  // …, dù hộ thuộc loại nào" would say it is the poor household's (round 18).
  const who = (list: SupportClass[], support: SupportResult) => (everyHousehold.has(support.id) ? 'Mọi hộ gia đình' : classLabels(list));
  const places = [...new Set(found.map(({ support }) => support.whereToApply))];
  const lines: ShortLine[] = found.map(({ classes: named, support }) => {
    const what = support.what.slice(conditionPrefix(support.condition).length);
    const where = places.length > 1 ? ` Nơi làm: ${support.whereToApply}` : '';
    // Read aloud, a support the data words for it (`spoken`) is not named first with its condition (round 20: the social
    // pension's name and ages said twice in each line, 1.448 characters).
    const { status } = support;
    if (form.spoken && !form.length && support.spoken) return { text: `${who(named, support)}: ${support.spoken}${STATUS_TAGS[support.status]}${where}`, bases: [support.basis], status };
    // "chi tiết" after the post (fullerPost): each group's line whole, its amount and status; its basis on the one "Nguồn" line.
    if (form.fuller) return { text: `${who(named, support)}: ${supportDetail(support, 'post', places.length > 1)}`, bases: [support.basis], status };
    // Written whole under a heading naming it, its name is not said again on each class's line (underHeading).
    // Shortest ("ngắn hơn"), each group by its name, condition and status (shortText).
    // A support of the heading's name (the social pension's two: every household from 75, poor and near-poor from 70) is its group
    // alone ("Hộ nghèo, hộ cận nghèo: khi … (tham khảo).", nameLine).
    const headed = baseName(supportName(support)) === baseName(name);
    // A group with no condition keeps what it gets, its first sentence (round 46 outreach51: "ngắn hơn" after the post on loans
    // said "- Hộ nghèo (tham khảo)." for each class, nothing of the loan).
    const said = headed && !support.conditionBrief ? groupFirst(`${who(named, support)}${underHeading(support, what)}`) : undefined;
    const brief = form.tight
      ? { name: said ?? (headed ? who(named, support) : `${who(named, support)}: ${supportName(support)}`), ...(headed ? { underName: true } : {}), ...(support.conditionBrief ? { when: lowerFirst(support.conditionBrief) } : {}) }
      : {};
    // So is a related support of the same name (round 45 outreach49: the social pension post said "Trợ cấp hưu trí xã hội (hộ
    // nghèo, hộ cận nghèo) (tham khảo), chỉ khi: …" on its second line, 1.016 characters).
    if (!form.length && !form.spoken && (support.id === supportIds[0] || headed)) return { text: `${who(named, support)}${underHeading(support, what)}${where}`, bases: [support.basis], status, ...brief };
    return { text: `${who(named, support)}: ${saidOnce(support)} ${what}${where}`, bases: [support.basis], status, label: true, ...brief };
  });
  return shortText(
      // Read aloud on the day it is written, the day goes without saying; a later day asked is said.
      // A name ending in its own bracket takes the day inside it ("Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ;
      // áp dụng ngày 06/12/2026):", round 33 staff21; was "… mọi hộ) (áp dụng ngày 06/12/2026):" heading a group post).
      form.spoken && !form.length && today === realToday ? `${name}:` : `${name.endsWith(')') ? `${name.slice(0, -1)}; ` : `${name} (`}áp dụng ngày ${formatDate(today)}):`,
    lines.length > 0 ? lines : [noneForClasses(classes, name)],
    'nội dung',
    { asked, note, separate: true, ...form, correction: lead ?? supportCorrection(rules, claimed, supportIds[0]!, today), ...(places.length === 1 ? { footer: `Nơi làm: ${places[0]}` } : {}) },
  );
}

/**
 * A group's line of a post under its support's heading in its first sentence, without its status and full stop (said after it), the
 * class not said twice: "Hộ nghèo: Hộ nghèo được vay vốn ưu đãi …" → "Hộ nghèo: được vay vốn ưu đãi …".
 */
function groupFirst(line: string): string {
  const first = (sentencesOf(line)[0] ?? line).replace(/\.$/u, '').replace(new RegExp(`\\s*${STATUS_TAG.source}$`, 'u'), '');
  const colon = first.indexOf(': ');
  const who = first.slice(0, Math.max(colon, 0));
  const rest = first.slice(colon + 2);
  if (colon <= 0 || !rest.toLowerCase().startsWith(`${who.toLowerCase()} `)) return first;
  // "Hộ mới thoát nghèo: Hộ mới thoát nghèo (ra khỏi danh sách …) được vay …": its own words, the class said once.
  const after = rest.slice(who.length + 1);
  return after.startsWith('(') ? rest : `${who}: ${after}`;
}

/** An age band named ("từ 70 đến dưới 75 tuổi", folded): its first age. */
const AGE_BAND = /\btu (\d{1,3}) (?:den|toi) (?:duoi )?\d{1,3} tuoi\b/;

/** A support's name without its bracket ("Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)" → "Trợ cấp hưu trí xã hội"). */
const baseName = (name: string) => name.replace(/\s*\(.*$/, '');

/**
 * A support none of the classes asked has ("tien dien … can ngheo" then "hok hieu", round 31 plain18): said plainly, as unknown
 * elsewhere (whom to ask follows, shortText); was "Chưa có trong dữ liệu chính sách cho loại hộ này." alone.
 */
function noneForClasses(classes: readonly SupportClass[], name: string): ShortLine {
  const who = classes.length > 0 ? classLabels([...classes]) : 'Loại hộ này';
  return { text: `${upperFirst(who.toLowerCase())} không có ${lowerFirst(name)} trong dữ liệu chính sách; tỉnh, thành có thể có chính sách riêng (chưa rõ).`, bases: [], status: 'unknown' };
}

/**
 * "Chuẩn … : thu nhập … nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng: hộ nghèo …": its first band, when known.
 * `middle`: the band of hộ có mức sống trung bình is asked for; it comes first, and when the standard has none (2027–2030:
 * not known) that is said, with no figure, so the poverty line that follows is not read as its answer. A standard that starts
 * after `today` says from when ("Từ 01/01/2027, chuẩn nghèo đa chiều giai đoạn 2027–2030: …"): a post read in a group must not
 * read as today's rule.
 */
function standardLines(rules: RuleSet, day: string, middle: boolean, today: string): ShortLine[] | undefined {
  if (!lookupStandard(rules, day).ok) return undefined;
  const standard = describeStandard(rules, day);
  const band = standard.bands[0];
  if (!band || band.status === 'unknown') return undefined;
  const known = middleBand(rules, day);
  const title = standard.validFrom > today ? `Từ ${formatDate(standard.validFrom)}, ${lowerFirst(standard.title)}` : standard.title;
  // Not asked for: said only when a length asked holds it.
  const middleLine: ShortLine = {
    text: known
      ? `${title}: hộ có mức sống trung bình có thu nhập bình quân mỗi người mỗi tháng nông thôn ${known.rural}, thành thị ${known.urban}${STATUS_TAGS[known.status]}.`
      : `${title}: ${MIDDLE_UNKNOWN}${STATUS_TAGS.unknown}.`,
    bases: known ? [standard.document] : [],
    status: known ? weakerStatus(standard.status, known.status) : 'unknown',
    ...(middle ? {} : { extra: true }),
  };
  const line: ShortLine = {
    text: `${title}: thu nhập bình quân mỗi người mỗi tháng nông thôn ${band.rural}, thành thị ${band.urban}: ${band.outcome}${STATUS_TAGS[band.status]}.`,
    bases: [standard.document],
    status: weakerStatus(standard.status, band.status),
  };
  return middle ? [middleLine, line] : [line, middleLine];
}

/**
 * Read aloud, today's standard and the coming one with hộ có mức sống trung bình (heardStandardLines, both deciding alike): each
 * standard's poverty line first, then up to where above it a household is hộ có mức sống trung bình (its upper figure only: the
 * line is its lower one) or that this is not known; a standard of whole calendar years named by its year ("Năm 2026", "Từ năm
 * 2027, chuẩn mới"); what the line decides once. Round 23: was each band's both figures and the coming standard's title in words,
 * 1.173 characters, over SHORT_TEXT_DEFAULTS.spokenChars (every figure is still said).
 */
function heardMiddleLines(rules: RuleSet, standards: readonly StandardDescription[], bands: readonly StandardDescription['bands'][number][]): ShortLine[] {
  const [now, next] = standards as [StandardDescription, StandardDescription];
  const wholeYears = (standard: StandardDescription) => standard.validFrom.endsWith('-01-01') && standard.validTo.endsWith('-12-31');
  const until = wholeYears(now) && now.validFrom.slice(0, 4) === now.validTo.slice(0, 4) ? `Năm ${now.validTo.slice(0, 4)}` : `Đến hết ${formatDate(now.validTo)}`;
  const from = next.validFrom.endsWith('-01-01') ? `Từ năm ${next.validFrom.slice(0, 4)}` : `Từ ${formatDate(next.validFrom)}`;
  // Today's line says what it decides (alike for both: heardStandardLines); the coming one is "chuẩn mới".
  const line = (lead: string, standard: StandardDescription, band: StandardDescription['bands'][number], decides: string): ShortLine => {
    const upper = middleUpper(rules, standard.validFrom);
    const above = upper ? `nông thôn đến ${formatMoney(upper.rural)}, thành thị đến ${formatMoney(upper.urban)}: hộ có mức sống trung bình` : MIDDLE_NOT_KNOWN;
    const status = upper && upper.status !== 'verified' ? upper.status : band.status;
    return { text: `${lead} ${heardAreas(band)}${decides}; ${above}${STATUS_TAGS[status]}.`, bases: [standard.document] };
  };
  const [band, nextBand] = bands as [StandardDescription['bands'][number], StandardDescription['bands'][number]];
  return [line(`${until}, thu nhập bình quân mỗi người mỗi tháng`, now, band, `: ${band.outcome}`), line(`${from}, chuẩn mới:`, next, nextBand, '')];
}

/**
 * A band's two figures as heard, the bound said once when both areas share it ("≤ 1.500.000 đồng ở nông thôn, 2.000.000 đồng ở
 * thành thị", read "không quá … ở nông thôn, … ở thành thị"); "nông thôn …, thành thị …" otherwise. Round 24: "không quá" was
 * said twice in each line of the loudspeaker text on hộ có mức sống trung bình (837 characters, over SHORT_TEXT_DEFAULTS.spokenChars).
 */
function heardAreas({ rural, urban }: { rural: string; urban: string }): string {
  const bound = /^[≤<] /.exec(rural)?.[0];
  return bound && urban.startsWith(bound) && !/ và /.test(rural + urban)
    ? `${rural} ở nông thôn, ${urban.slice(bound.length)} ở thành thị`
    : `nông thôn ${rural}, thành thị ${urban}`;
}

/** The upper figures of the band of hộ có mức sống trung bình of the standard on `day`, with its status; undefined when it has none. */
function middleUpper(rules: RuleSet, day: string): { rural: number; urban: number; status: FactStatus } | undefined {
  const found = lookupStandard(rules, day);
  const band = found.ok ? found.value.standard.bands.find((candidate) => candidate.class === 'middle') : undefined;
  return band?.upTo && band.status !== 'unknown' ? { rural: band.upTo.rural.value, urban: band.upTo.urban.value, status: band.status } : undefined;
}

/** A standard with no known band for hộ có mức sống trung bình (2027–2030) says so, with no figure. */
const MIDDLE_UNKNOWN = 'mức thu nhập của hộ có mức sống trung bình chưa rõ, chưa được công bố hoặc chưa được kiểm tra, nên không có con số nào';

/** The same in few words, the status said by "chưa rõ" ending it (heardLine reads it as to be announced). */
const MIDDLE_NOT_KNOWN = 'mức của hộ có mức sống trung bình chưa rõ';

/** The band of hộ có mức sống trung bình of the standard on `day`, as described; undefined when it has none. */
function middleBand(rules: RuleSet, day: string): ReturnType<typeof describeStandard>['bands'][number] | undefined {
  const found = lookupStandard(rules, day);
  if (!found.ok) return undefined;
  const at = found.value.standard.bands.findIndex((candidate) => candidate.class === 'middle');
  return at < 0 ? undefined : describeStandard(rules, day).bands[at];
}

/**
 * Today's standard and the coming one as a post says them in few words (a loudspeaker text; with `middle`, any post on hộ có mức
 * sống trung bình): until the day today's ends, its lines; from the day the next starts, its lines; with `middle`, the band of hộ
 * có mức sống trung bình first on each (or that it is not known, no figure); what a household under the poverty line is, once when
 * both decide it alike (else each after its figures), with the status of what it says. Undefined when either has no known first
 * band. Round 22: the post on the standard and hộ có mức sống trung bình said each standard's title twice (1.539 characters read
 * aloud).
 */
function heardStandardLines(rules: RuleSet, day: string, nextDay: string, middle = false, spoken = false): ShortLine[] | undefined {
  const [now, next] = [describeStandard(rules, day), describeStandard(rules, nextDay)];
  const [band, nextBand] = [now.bands[0], next.bands[0]];
  if (!band || !nextBand || band.status === 'unknown' || nextBand.status === 'unknown') return undefined;
  const alike = band.outcome === nextBand.outcome;
  if (middle && spoken && alike) return heardMiddleLines(rules, [now, next], [band, nextBand]);
  const areas = (said: { rural: string; urban: string; status: FactStatus }) => `nông thôn ${said.rural}, thành thị ${said.urban}${STATUS_TAGS[said.status]}`;
  // With `middle`: its band first (not known: "chưa rõ", read aloud "sẽ được thông báo sau"), then the poverty line's, the coming
  // standard named.
  const middleOf = (on: string) => {
    const known = middleBand(rules, on);
    return `${known ? `hộ có mức sống trung bình ${areas(known)}` : MIDDLE_NOT_KNOWN}; hộ nghèo, hộ cận nghèo `;
  };
  const figures = (lead: string, on: string, said: typeof band) =>
    `${lead} ${middle ? middleOf(on) : ''}nông thôn ${said.rural}, thành thị ${said.urban}${alike ? '' : `: ${said.outcome}`}${STATUS_TAGS[said.status]}.`;
  const [until, from] = [`Đến hết ${formatDate(now.validTo!)}`, `Từ ${formatDate(next.validFrom)}`];
  const leads = middle
    ? [`${until}, thu nhập bình quân mỗi người mỗi tháng:`, `${from}, ${lowerFirst(next.title)}:`]
    : [`${until}: thu nhập bình quân mỗi người mỗi tháng`, `${from}, chuẩn mới:`];
  const under = middle ? 'Hộ có thu nhập không quá mức của hộ nghèo, hộ cận nghèo' : 'Hộ có thu nhập không quá mức trên';
  return [
    { text: figures(leads[0]!, day, band), bases: [now.document] },
    { text: figures(leads[1]!, nextDay, nextBand), bases: [next.document] },
    // Verified only when both standards' lines are.
    ...(alike ? [{ text: `${under}: ${band.outcome}${STATUS_TAGS[band.status === 'verified' && nextBand.status === 'verified' ? 'verified' : 'reported']}.`, bases: [] }] : []),
  ];
}

/**
 * A province's own standard asked in a post: that the national standard's lines above are the standard (its first line says it),
 * that a province may have its own (rules/reference.yaml local_standard_allowed, as shared) and the own standards in force on
 * `day` (rules/local/), with status; their figures are not in the data, so none is said.
 */
function localStandardLines(rules: RuleSet, day: string): ShortLine[] {
  const allowed = referenceLines(rules, 'local_standard_allowed', day).lines.filter(toShare).map((line) => ({
    text: tagged(('shared' in line && line.shared) || line.text, line.status),
    bases: [line.basis],
    ...(line.status === 'unknown' ? { caveat: true } : {}),
  }));
  // Said only while no province's own standard replaces the national one for the review (rules/local/ holds none that does).
  const replaced = rules.localStandards.some((standard) => standard.validFrom <= day && day <= standard.validTo);
  const national: ShortLine[] = replaced ? [] : [{ text: NATIONAL_STANDARD_LINE, bases: [describeStandard(rules, day).document] }];
  const own = provinceSupportsStandardsOn(rules, day).map((standard): ShortLine => ({ text: provinceSupportsStandardNote(standard, true), bases: [] }));
  return [...national, ...allowed, ...own];
}

/** Whether a reference line is said in a text to share: not a detail for the cadre's card alone (`shared: false`). */
function toShare(line: object): boolean {
  return !('shared' in line) || line.shared !== false;
}

/** Said first of the provinces' own standards in a post: which standard a household is checked by. */
const NATIONAL_STANDARD_LINE = 'Hộ nghèo, hộ cận nghèo được rà soát, xác định theo chuẩn nghèo quốc gia nêu trên.';

/** How a household checks itself with the assistant (a short text on the criteria asked as a self-check). */
const SELF_CHECK_LINE =
  'Tự kiểm tra: nhắn /kiemtra cho trợ lý, trợ lý hỏi khu vực, số người, thu nhập và các chỉ số thiếu hụt của hộ rồi cho biết hộ thuộc diện nào theo chuẩn trên (kết quả chỉ để tham khảo).';

/**
 * The standard of the day, and the next one when it is known ("chuẩn nghèo mới" is usually the coming one); a figure
 * the request states that is not the standard's comes first, corrected.
 */
function standardText(rules: RuleSet, today: string, year: number | undefined, middle: boolean, claimed: string | readonly number[], note?: PostNote, selfCheck = false, form: ShortForm = {}, local = false): Reply | undefined {
  const day = dayForYear(year, today);
  const now = standardLines(rules, day, middle, today);
  if (!now) return undefined;
  const validTo = describeStandard(rules, day).validTo;
  const next = validTo ? standardLines(rules, addDays(validTo, 1), middle, today) : undefined;
  // Read aloud, today's standard and the coming one: each line its days and figures, what they decide said once (round 21: the
  // two titles and two outcomes read in words were 942 characters, over SHORT_TEXT_DEFAULTS.spokenChars).
  // Round 22: a post on hộ có mức sống trung bình too, spoken or written (each standard's title twice, 1.539 characters aloud).
  const heard = (form.spoken || middle) && !form.length && !local && next ? heardStandardLines(rules, day, addDays(validTo!, 1), middle, form.spoken) : undefined;
  // "tóm tắt cách tự kiểm tra hộ cận nghèo": how to check with the assistant, after the criteria.
  const howToCheck: ShortLine[] = [{ text: SELF_CHECK_LINE, bases: [rules.procedure.source.document], ...(selfCheck ? {} : { extra: true }) }];
  // "bài viết về chuẩn nghèo của tỉnh": the national standard, then what is known of the provinces' own (never a figure of one).
  // Read aloud, the lines on hộ có mức sống trung bình name it, and the poverty line first: no heading naming only it (round 24).
  const heading = middle ? (heard && form.spoken ? '' : 'Hộ có mức sống trung bình:') : local ? 'Chuẩn nghèo quốc gia và chuẩn nghèo riêng của tỉnh, thành phố:' : 'Chuẩn nghèo:';
  return shortText(heading, [...(heard ?? [...now, ...(next ?? []), ...(local ? localStandardLines(rules, day) : [])]), ...howToCheck], 'nội dung', {
    correction: standardCorrection(rules, claimed, day),
    note,
    ...form,
  });
}

/**
 * "viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản" (round 30 tryout15): the indicators asked,
 * by service, of the day's standard and of the coming one (a name whose threshold is not known says "chưa rõ"), after what they
 * decide with the income line. Was the income lines only, no indicator named.
 */
export function indicatorsText(rules: RuleSet, today: string, year: number | undefined, form: ShortForm = {}): Reply | undefined {
  const day = dayForYear(year, today);
  const now = standardLines(rules, day, false, today);
  if (!now) return undefined;
  const byService = (described: StandardDescription): ShortLine => {
    const services = [...new Set(described.indicators.map((indicator) => indicator.service))];
    const names = services.map((service) => `${service}: ${described.indicators.filter((one) => one.service === service).map((one) => `${one.name}${one.status === 'unknown' ? STATUS_TAGS.unknown : ''}`).join(', ')}`);
    const title = described.validFrom > today ? `Từ ${formatDate(described.validFrom)}, ${lowerFirst(described.title)}` : described.title;
    const count = described.indicatorsTotal !== undefined ? `${described.indicatorsTotal} chỉ số` : 'các chỉ số';
    return { text: `${title}, ${count} thiếu hụt dịch vụ xã hội cơ bản: ${names.join('; ')}${STATUS_TAGS[described.indicatorsStatus]}.`, bases: [described.document], status: described.indicatorsStatus };
  };
  const described = describeStandard(rules, day);
  // The standard after this one, if the data holds one (none after 31/12/2030: was a StandardDateError, /api/ask failing).
  const after = described.validTo ? addDays(described.validTo, 1) : undefined;
  const next = after && lookupStandard(rules, after).ok ? describeStandard(rules, after) : undefined;
  // The coming standard's indicators as what changes (round 31 tryout18: was its whole list again, a 1.400-character post in
  // December 2026); its whole list when the data says no change (indicatorSetChange, the card's "Sắp thay đổi" words).
  const nextStandard = next && next.id !== described.id ? rules.standards.find((one) => one.id === next.id) : undefined;
  const changed = nextStandard ? indicatorSetChange(rules, nextStandard) : [];
  const coming: ShortLine[] = !next || !nextStandard
    ? []
    : changed.length === 0
      ? [byService(next)]
      : [{ text: `Từ ${formatDate(next.validFrom)}, ${lowerFirst(next.title)}: ${changed.map(lowerFirst).join('; ')}${STATUS_TAGS[next.indicatorsStatus]}.`, bases: [next.document], status: next.indicatorsStatus }];
  // A later standard asked by its year or period ("bài đăng zalo về các chỉ số thiếu hụt giai đoạn 2027-2030"): its indicators one
  // line per service (servicesText), to be read in a group.
  if (day > today) return servicesText(rules, described, now[0]!, today, form);
  return shortText('Chỉ số thiếu hụt dịch vụ xã hội cơ bản:', [byService(described), now[0]!, ...coming], 'nội dung', form);
}

/**
 * The indicators of one standard as a group post (round 32 outreach19: "viết bài đăng zalo về các chỉ số thiếu hụt giai đoạn
 * 2027-2030" was the income line alone): a line per service naming its indicators, a new one marked so and one whose threshold is
 * not known saying it ("mới, ngưỡng chưa rõ"), each line with the list's status; the indicators dropped; the rule with the income
 * line; what is not known of the list (its note's first sentence, "chưa rõ"); the document with its status on the "Nguồn" line.
 */
function servicesText(rules: RuleSet, described: StandardDescription, rule: ShortLine, today: string, form: ShortForm): Reply {
  const standard = rules.standards.find((one) => one.id === described.id);
  const changed = standard ? indicatorSetChange(rules, standard) : [];
  const added = (name: string) => changed.some((one) => one.startsWith('Thêm') && one.includes(`“${name}”`));
  const marked = (one: StandardDescription['indicators'][number]) => {
    const marks = [...(added(one.name) ? ['mới'] : []), ...(one.status === 'unknown' ? ['ngưỡng chưa rõ'] : [])];
    return marks.length > 0 ? `${one.name} (${marks.join(', ')})` : one.name;
  };
  const status = described.indicatorsStatus;
  const services = [...new Set(described.indicators.map((indicator) => indicator.service))];
  const lines: ShortLine[] = services.map((service) => ({
    text: `${service}: ${described.indicators.filter((one) => one.service === service).map(marked).join('; ')}${STATUS_TAGS[status]}.`,
    bases: [described.document],
    status,
  }));
  const dropped: ShortLine[] = changed.filter((one) => one.startsWith('Bỏ')).map((one) => ({ text: `${one}${STATUS_TAGS[status]}.`, bases: [described.document], status }));
  const open = described.indicators.some((one) => one.status === 'unknown') || described.indicatorsTotal === undefined;
  const unknown: ShortLine[] = open ? [{ text: `Tên, số lượng và ngưỡng thiếu hụt chính thức của các chỉ số${STATUS_TAGS.unknown}.`, bases: [], status: 'unknown' }] : [];
  const from = described.validFrom > today ? ` từ ${formatDate(described.validFrom)}` : '';
  const count = described.indicatorsTotal !== undefined ? `${described.indicatorsTotal} chỉ số` : 'Chỉ số';
  return shortText(`${upperFirst(count)} thiếu hụt dịch vụ xã hội cơ bản${from} (${lowerFirst(described.title)}):`, [...lines, ...dropped, rule, ...unknown], 'nội dung', {
    sourceStatus: described.status,
    ...form,
  });
}

/**
 * The review steps: those tagged with what is asked first (`about`, TOPICS.procedureAsks); otherwise those holding
 * the request's rarer words first (relevanceOrder: "… không còn huyện" → the district line). Said for a review on `day` (the date
 * the request sets, else the year asked: "năm 2027", never "năm 2026" whatever the year, round 21).
 */
function procedureText(rules: RuleSet, about: string | undefined, asked: readonly string[], day: string, form: ShortForm = {}, deadline?: DayAsked): Reply {
  const { source } = rules.procedure;
  // A deadline the request sets ("… trước ngày 15/12"): said first, then the review's schedule with its basis and status.
  // A loudspeaker text on the review announces it: its calendar first too.
  if (deadline || form.spoken) about ??= 'timing';
  // Written to be shared, it says SHORT_TEXT_DEFAULTS.procedurePoints steps unless a length is asked.
  const lines = form.spoken || form.tight || form.length || form.fuller ? {} : { length: { unit: 'points' as const, count: SHORT_TEXT_DEFAULTS.procedurePoints } };
  return shortText(
    'Rà soát, công nhận hộ nghèo, hộ cận nghèo:',
    // A step of what was asked whose status is unknown ("chưa rõ … lịch rà soát áp dụng năm 2026") is kept in a shorter text.
    // A step of unknown status says the status of the steps sharing what it is about (the 2026 schedule, of the dated review).
    // Each step as said to bà con where the data words it so (`shared`: the district step, gone from 01/07/2025).
    generalSteps(rules, day, about).map((step, index, steps) => ({
      text: tagged(step.shared ?? step.text, step.status),
      bases: [step.basis],
      key: String(index),
      ...(step.about?.includes('where') ? { place: true } : {}),
      ...(about !== undefined && step.status === 'unknown' && step.about?.includes(about) ? { caveat: true } : {}),
      ...(step.status === 'unknown'
        ? { statusOf: steps.flatMap((other, at) => (other.status !== 'unknown' && other.about?.some((tag) => step.about?.includes(tag)) ? [String(at)] : [])) }
        : {}),
    })),
    'nội dung',
    {
      asked: about === undefined ? asked : [],
      sources: [source.document],
      separate: true,
      // Where bà con go, in a post for them (round 45 outreach49: "Viết thông báo rà soát hộ nghèo cuối năm 2026 cho bà con" said
      // the dates and no place, and none after "ngắn hơn").
      ...(form.toOne || form.spoken ? {} : { footer: REVIEW_WHERE }),
      ...form,
      ...lines,
      ...(deadline ? { lead: { text: deadlineLine(deadline), bases: [] } } : {}),
    },
  );
}

/** Where a household files to be reviewed, said in a post on the review. */
const REVIEW_WHERE = 'Nơi làm: UBND cấp xã (hộ nộp Giấy đề nghị trực tiếp hoặc qua bưu điện).';

/**
 * A post on how a household applies to be reviewed (round 29 plain12): the steps a household takes, each in its brief (residents'
 * words: where to file, what to bring, when it is answered), and what is not known of this year's review; never the cadre's steps
 * of the periodic review. Each line keeps its status, the source is named once.
 */
function applyingText(rules: RuleSet, day: string, form: ShortForm): Reply {
  const { source } = rules.procedure;
  // The household's steps (filing, papers) and what is not known of this year's schedule; not the district's step, a cadre's matter.
  const household = (step: RuleSet['procedure']['steps'][number]) =>
    step.about?.some((tag) => tag === 'apply' || tag === 'papers' || (tag === 'timing' && step.status === 'unknown')) === true;
  const found = generalSteps(rules, day).filter(household);
  // What to do and bring first; what is not known after it.
  const steps = [...found.filter((step) => step.status !== 'unknown'), ...found.filter((step) => step.status === 'unknown')];
  return shortText(
    'Cách đăng ký xét hộ nghèo, hộ cận nghèo:',
    steps.map((step) => ({
      text: tagged(step.brief ?? step.text, step.status),
      bases: [step.basis],
      status: step.status,
      ...(step.status === 'unknown' ? { caveat: true } : {}),
    })),
    'nội dung',
    { sources: [source.document], separate: true, ...form },
  );
}

/** The later of two ISO days: applying is done now or later, never in the past. */
const maxDay = (day: string, today: string): string => (day < today ? today : day);

/** A date a request sets for the review: `by`, a deadline ("trước ngày 15/12"); otherwise the day of something ("ngày 15/12 họp thôn"). */
interface DayAsked {
  day: string;
  by: boolean;
  /** The day the review ends ("rà soát kết thúc 14/12", TOPICS.shortText.ending). */
  ends?: boolean;
}

/**
 * The commune's date as a post says it: dd/MM/yyyy, said to be the local one (the data holds no such date); a deadline as
 * such, any other date as the day of the review's work there (a date after the review's last day: writerNote).
 */
function deadlineLine({ day, by, ends }: DayAsked): string {
  const date = formatDate(day);
  if (ends) {
    return `Nhắc bà con: đợt rà soát hộ nghèo, hộ cận nghèo ở địa phương kết thúc ngày ${date} (do địa phương thông báo); hộ có thay đổi về thu nhập, hoàn cảnh hoặc muốn được rà soát thì báo trưởng thôn hoặc UBND cấp xã trước ngày này.`;
  }
  return by
    ? `Nhắc bà con: hạn rà soát hộ nghèo, hộ cận nghèo do địa phương thông báo là trước ngày ${date}; hộ có thay đổi về thu nhập, hoàn cảnh hoặc muốn được rà soát thì báo trưởng thôn hoặc UBND cấp xã trước ngày này.`
    : `Nhắc bà con: ngày ${date} (do địa phương thông báo) là ngày rà soát hộ nghèo, hộ cận nghèo ở địa phương; giờ, địa điểm theo thông báo của thôn hoặc UBND cấp xã.`;
}

/**
 * Told to the one who writes the text, after it and not in it (round 20: "Lưu ý cho người soạn" was inside the text, read aloud
 * on the loudspeaker): a date after the last day of the periodic review (the step with a `window`, "đến 14/12") is said to be so,
 * with that schedule's status, to be checked before posting; undefined for a date within it.
 */
function writerNote(rules: RuleSet, { day }: Pick<DayAsked, 'day'>): Reply | undefined {
  const step = rules.procedure.steps.find((candidate) => candidate.window && candidate.about?.includes('timing'));
  const last = step?.window ? `${day.slice(0, 4)}-${step.window.to}` : undefined;
  if (!last || day <= last) return undefined;
  return reply([
    plain(
      `Lưu ý cho người soạn (không đăng, không đọc phần này): ngày ${formatDate(day)} sau ngày ${formatDate(last)}, ngày cuối của đợt rà soát định kỳ theo ${step!.basis}; lịch rà soát năm ${day.slice(0, 4)} chưa rõ, nên kiểm tra lại ngày với UBND cấp xã trước khi đăng. (chưa rõ)`,
    ),
  ]);
}

/**
 * The date a request sets: a date written out ("15/12", "15/12/2026"; dayAsked: without a year, the next such day), a deadline
 * when within six words after a deadline word (TOPICS.shortText.deadline); undefined when there is none or it is past.
 */
function deadlineAsked(read: ReadMessage, words: readonly string[], today: string): DayAsked | undefined {
  const at = words.findIndex((word) => /^\d{1,2}$/.test(word));
  if (at < 0 || !/\d{1,2}\/\d{1,2}/.test(read.text)) return undefined;
  const day = dayAsked(read.text, words, today);
  // A day already past is when something began ("từ 01/7/2025 bà con nộp hồ sơ ở UBND xã", round 26 tryout9: was told to bà con
  // as "ngày 01/07/2025 … là ngày rà soát"), never a day the review is set for.
  if (day === undefined || day < today) return undefined;
  const before = words.slice(Math.max(0, at - 6), at);
  return phrasePositions(before, TOPICS.shortText.ending).size > 0 ? { day, by: true, ends: true } : { day, by: phrasePositions(before, TOPICS.shortText.deadline).size > 0 };
}

/** A fill-in template a post gave (invitationText, noticeText): what the outreach worker's next message fills in (templateFilled). */
export type Template = 'invite' | 'notice' | 'register' | 'review';

/** What a message fills in a template: the day (dd/MM/yyyy), the hour or weekdays, the place, as written. */
export interface Filled {
  day?: string;
  time?: string;
  place?: string;
}

/** The blank of a template: what the cadre fills in. */
const BLANK = '…';

/** A weekday as a notice says it ("thứ 2" → "thứ Hai"). */
const WEEKDAYS: Readonly<Record<string, string>> = { '2': 'Hai', hai: 'Hai', '3': 'Ba', ba: 'Ba', '4': 'Tư', tu: 'Tư', '5': 'Năm', nam: 'Năm', '6': 'Sáu', sau: 'Sáu', '7': 'Bảy', bay: 'Bảy' };
const WEEKDAY = `thu (${Object.keys(WEEKDAYS).join('|')})`;

/**
 * What a message fills in a template (round 41 mend41b: "Thêm lịch họp vào ngày 15/12/2026 lúc 19 giờ", "Nhận đơn ở bộ phận một
 * cửa xã, từ thứ 2 đến thứ 6"): a date written out (not past), an hour ("19 giờ", "19h30"), weekdays ("từ thứ 2 đến thứ 6"), a place
 * after "ở", "tại" up to the clause's end, as typed. Undefined when it fills nothing or asks a question.
 */
function filledOf(read: ReadMessage, today: string): Filled | undefined {
  if (read.text.includes('?')) return undefined;
  const joined = read.words.join(' ');
  const day = /\d{1,2}\/\d{1,2}/.test(read.text) ? dayAsked(read.text, read.words, today) : undefined;
  const hour = /\b(\d{1,2}) ?(?:gio|h)(?: ?(\d{1,2}))?\b(?: (sang|trua|chieu|toi))?/.exec(joined);
  const weekdays = new RegExp(`\\b(?:tu )?${WEEKDAY} den (?:${WEEKDAY}|(chu nhat))\\b`).exec(joined);
  // Hours from and to ("tu 7h den 11h", round 42 outreach43; was "7 giờ" alone).
  const hoursSpan = /\btu (\d{1,2}) ?(?:gio|h) ?(\d{1,2})? den (\d{1,2}) ?(?:gio|h) ?(\d{1,2})?\b/.exec(joined);
  // One day of the week after the hour ("8 giờ sáng Chủ nhật", round 42 outreach43; was "8 giờ" alone).
  const oneDay = !weekdays && hour ? new RegExp(`^ (?:ngay )?(?:(chu nhat)|${WEEKDAY})\\b`).exec(joined.slice(hour.index + hour[0].length)) : null;
  const days = weekdays
    ? `từ thứ ${WEEKDAYS[weekdays[1]!]} đến ${weekdays[3] ? 'Chủ nhật' : `thứ ${WEEKDAYS[weekdays[2]!]}`}`
    : oneDay && (oneDay[1] ? 'Chủ nhật' : `thứ ${WEEKDAYS[oneDay[2]!]}`);
  const clock = (at: string, minutes: string | undefined) => `${at} giờ${minutes ? ` ${minutes}` : ''}`;
  const hours = hoursSpan
    ? `từ ${clock(hoursSpan[1]!, hoursSpan[2])} đến ${clock(hoursSpan[3]!, hoursSpan[4])}`
    : hour && `${clock(hour[1]!, hour[2])}${hour[3] ? ` ${PARTS_OF_DAY[hour[3]]}` : ''}`;
  // The place as typed, up to where a time or day starts ("tai nha van hoa ap 3 tu 7h den 11h", round 42 outreach43: was the
  // place "nha van hoa ap 3 tu 7h den 11h").
  // Or after the word naming it ("thêm địa điểm nhà văn hóa ấp 3", round 43 outreach44; was a line "Địa điểm nhà văn hóa ấp 3."
  // under the template's blank "Địa điểm: …").
  const placed = /(?:^|\s)(?:ở|tại|o|tai)\s+([^,.;\n]+)/i.exec(read.text) ?? /(?:^|\s)(?:địa điểm|dia diem)(?:\s+(?:họp|hop|nhận|nhan))?(?:\s+(?:là|la))?\s*:?\s+([^,.;\n]+)/iu.exec(read.text);
  const place = placed?.[1]?.split(PLACE_ENDS)[0]?.trim();
  const time = [hours, days].filter(Boolean).join(oneDay ? ' ' : ', ');
  const filled: Filled = { ...(day && day >= today ? { day } : {}), ...(time ? { time } : {}), ...(place ? { place } : {}) };
  return Object.keys(filled).length > 0 ? filled : undefined;
}

/** A part of the day after an hour, written out. */
const PARTS_OF_DAY: Readonly<Record<string, string>> = { sang: 'sáng', trua: 'trưa', chieu: 'chiều', toi: 'tối' };
/** Where a place typed ends: a time, a day or a span of days after it ("… từ 7h", "… lúc 8 giờ", "… thứ 2", "… ngày 15/12"). */
const PLACE_ENDS = /\s+(?=(?:từ|tu|lúc|luc|vào|vao|ngày|ngay)\s+\S|(?:thứ|thu)\s+(?:[2-7]|hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay)\b|(?:chủ nhật|chu nhat|Chủ nhật)\b|\d{1,2}\s?(?:h|giờ|gio)(?![\p{L}])|\d{1,2}\/\d{1,2})/u;

/** The template's opening: the assistant writes no official text, the blanks (…) are for the cadre; filled, it says so. */
const templateOpening = (what: string, filled: Filled) =>
  Object.keys(filled).length > 0
    ? `Trợ lý không soạn thay ${what} chính thức; đây là mẫu đã điền phần bạn gửi, phần còn trống (…) bạn điền tiếp:`
    : `Trợ lý không soạn thay ${what} chính thức; đây là mẫu ngắn để bạn điền vào chỗ trống (…):`;

/**
 * An invitation to the village meeting on the review: the assistant writes no official letter, so it says so and gives a template
 * with blanks (time, place, who invites; those `filled` written in), and the facts worth saying there (the `timing` and `declaring`
 * steps, with the status of the dates; where a household files its Giấy đề nghị, the `where` step in brief), with their source; a
 * day filled after the review's last day is noted for the writer (writerNote).
 */
function invitationText(rules: RuleSet, day: string, filled: Filled = {}): Reply[] {
  const { source } = rules.procedure;
  const steps = procedureSteps(rules, day);
  const general = steps.filter((step) => !step.classes?.length);
  const about = (tag: string) => general.filter((step) => step.about?.includes(tag));
  const said = (step: (typeof general)[number]) => `- ${forReaders(step.text)}${STATUS_TAGS[step.status]}`;
  // The Giấy đề nghị (Mẫu số 04) is filed at UBND cấp xã, not brought to the meeting (round 41 cadre42: was "Mang theo: giấy đề
  // nghị (Mẫu số 04 …)" in the invitation, the `papers` step of a household going to the commune): said where it is filed.
  const filing = about('where').map((step) => ({ ...step, text: step.brief ?? step.text }));
  // This year's schedule not known (a `timing` step of status unknown): the days of the procedure's own schedule (a step's
  // `window`) are not said as this year's; the cadre fills them in (round 40 short33: was "Rà soát định kỳ hằng năm từ 01/09 đến
  // 14/12" said flatly above "chưa rõ … lịch rà soát áp dụng năm 2026").
  const unsure = about('timing').some((step) => step.status === 'unknown');
  const year = day.slice(0, 4);
  const days = unsure ? [`- Đợt rà soát năm ${year} ở xã: từ ngày …/…/${year} đến ngày …/…/${year} (cán bộ xã điền theo lịch UBND cấp xã thông báo).`] : [];
  const facts = [...about('timing').filter((step) => !(unsure && step.window)), ...filing, ...about('declaring')];
  const note = filled.day ? writerNote(rules, { day: filled.day }) : undefined;
  return [
    {
      post: true,
      ...reply([
        plain(
          [
            templateOpening('giấy mời', filled),
            '',
            'THƯ MỜI HỌP THÔN',
            'Kính mời đại diện các hộ gia đình thôn … đến dự họp bình xét hộ nghèo, hộ cận nghèo.',
            `Thời gian: ${filled.time ?? `${BLANK} giờ ${BLANK}`}, ngày ${filled.day ? formatDate(filled.day) : '…/…/…'}.`,
            `Địa điểm: ${filled.place ?? BLANK}.`,
            'Người mời: … (trưởng thôn).',
            '',
            'Nên nói tại buổi họp:',
            ...days,
            ...facts.map(said),
            `- Việc công nhận hộ nghèo, hộ cận nghèo do Chủ tịch UBND cấp xã quyết định sau khi rà soát (${source.document}).`,
            `Nguồn: ${documentsOf([source.document, ...facts.map((step) => step.basis)]).join('; ')}.`,
          ].join('\n'),
        ),
      ]),
    },
    ...(note ? [note] : []),
  ];
}

/**
 * The commune a place filled names ("UBND xã Tân Phú" → "xã Tân Phú"), only when typed with its marks: "xa Tan Phu" could be
 * several names, and is never given marks it was not typed with (round 42 outreach43); undefined otherwise.
 */
function communeOf(place: string | undefined): string | undefined {
  const named = place && /(?:^|\s)((?:xã|phường|thị trấn|đặc khu)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)/u.exec(place)?.[1];
  return named && /[^\x00-\x7f]/.test(named.replace(/^\S+/, '')) ? named : undefined;
}

/**
 * A notice that the commune takes applications (round 41 mend41b: "Soạn thông báo thời gian, địa điểm nhận đơn đề nghị công nhận
 * hộ nghèo tại UBND xã"; was the poor households' supports): a template with the place and time left blank (or `filled`), how to
 * file (the procedure's `apply` step in brief) and what to bring (its `papers` step), with status and source.
 */
function noticeText(rules: RuleSet, day: string, filled: Filled = {}, kind: 'notice' | 'register' | 'review' = 'notice'): Reply[] {
  const { source } = rules.procedure;
  const general = procedureSteps(rules, day).filter((step) => !step.classes?.length);
  const step = (tag: string) => general.find((one) => one.about?.includes(tag));
  const said = (one: (typeof general)[number] | undefined) => (one ? [`- ${forReaders(one.brief ?? one.text)}${STATUS_TAGS[one.status]}`] : []);
  const applying = step('apply');
  const papers = step('papers');
  const note = filled.day ? writerNote(rules, { day: filled.day }) : undefined;
  const time = [filled.time, filled.day && `ngày ${formatDate(filled.day)}`].filter(Boolean).join(', ');
  const commune = `UBND ${communeOf(filled.place) ?? 'xã …'}`;
  // "soạn thông báo mời bà con đăng ký rà soát" (round 43 outreach44; was the village meeting's invitation, or an explainer quoted):
  // bà con invited to register, who, where (UBND cấp xã), by when (the day left for the cadre), what to bring.
  // "thông báo cho bà con về việc rà soát hộ nghèo cuối năm 2026" (round 44 outreach48, kind 'review'): this year's schedule is the
  // commune's when the procedure's own calendar is not known for it (a `timing` step of status unknown), and whom to ask.
  const year = day.slice(0, 4);
  const unsure = general.some((one) => one.about?.includes('timing') && one.status === 'unknown');
  const schedule =
    kind === 'review' && unsure && !filled.day
      ? `Thời gian: theo thông báo của ${commune} về đợt rà soát năm ${year} (lịch của Quyết định 24/2021/QĐ-TTg là cho giai đoạn 2022 – 2025; lịch năm ${year} chưa rõ).`
      : `Hạn đăng ký: đến hết ngày ${filled.day ? formatDate(filled.day) : '…/…/…'}${filled.time ? `; giờ nhận: ${filled.time}` : ''}.`;
  const lead =
    kind !== 'notice'
      ? [
          'THÔNG BÁO MỜI BÀ CON ĐĂNG KÝ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO',
          `Hộ gia đình đang gặp khó khăn (thu nhập thấp, ốm đau, mất việc, thiên tai…) muốn được xét công nhận hộ nghèo, hộ cận nghèo, mời đến ${commune} đăng ký.`,
          `Nơi đăng ký: ${filled.place ?? `${commune} (bộ phận tiếp nhận hồ sơ)`}.`,
          schedule,
        ]
      : [
          'THÔNG BÁO NHẬN GIẤY ĐỀ NGHỊ CÔNG NHẬN HỘ NGHÈO, HỘ CẬN NGHÈO',
          `${commune} nhận Giấy đề nghị (Mẫu số 04) của hộ gia đình muốn được xét công nhận hộ nghèo, hộ cận nghèo.`,
          `Địa điểm nhận: ${filled.place ?? BLANK}.`,
          `Thời gian nhận: ${time || BLANK}.`,
        ];
  return [
    {
      post: true,
      ...reply([
        plain(
          [
            templateOpening('thông báo', filled),
            '',
            ...lead,
            ...said(applying),
            ...said(papers),
            ...(kind === 'review' ? ['Cần hỏi thêm: cán bộ phụ trách giảm nghèo ở UBND cấp xã.'] : []),
            `Nguồn: ${documentsOf([source.document, ...[applying, papers].flatMap((one) => (one ? [one.basis] : []))]).join('; ')}.`,
          ].join('\n'),
        ),
      ]),
    },
    ...(note ? [note] : []),
  ];
}

/** Words ending a line added that make it a question ("thêm số điện thoại được không"): no line to add. */
const ASKED_ENDING = new Set(['khong', 'ko', 'k', 'hok', 'hong', 'chua', 'gi', 'j', 'nao', 'sao', 'khum']);
/** Words closing a request, not the line added ("… nha", "… giúp mình"). */
const CLOSING_WORDS = new Set(['nha', 'nhe', 'nhen', 'di', 'giup', 'gium', 'dum', 'voi', 'minh', 'em', 'nghen', 'a', 'ak']);

/**
 * Where what an edit of a post names lies in a message's words (`keys`): after the words asking it (`asks`, opening the message,
 * the longest) and those that may follow them (`around`), before the words closing a request (CLOSING_WORDS); undefined unless
 * one of `asks` opens it. addedLine, postWithout.
 */
function editAsked(keys: readonly string[], words: { asks: readonly string[]; around: readonly string[] }): { start: number; end: number } | undefined {
  const opening = words.asks.map((phrase) => phrase.split(' ')).filter((parts) => phraseAt(keys, 0, parts)).sort((a, b) => b.length - a.length)[0];
  if (!opening) return undefined;
  let start = opening.length;
  const aroundParts = words.around.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
  for (let found = true; found && start < keys.length; ) {
    const parts = aroundParts.find((one) => phraseAt(keys, start, one));
    found = parts !== undefined;
    if (parts) start += parts.length;
  }
  let end = keys.length;
  while (end > start && CLOSING_WORDS.has(keys[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * The line a message adds to the post just given (round 42 outreach43: "Thêm số điện thoại liên hệ 0912 345 678 của anh Tư",
 * "Thêm giờ họp là 8 giờ sáng Chủ nhật"; were "ngoài phạm vi"): what follows the words asking it (TOPICS.shortText.added), as
 * typed, a label before "là" said "Giờ họp: 8 giờ sáng Chủ nhật."; undefined unless it holds a figure or a label (a contact, an
 * hour, a place), or when it asks something.
 */
export function addedLine(text: string): string | undefined {
  if (text.includes('?')) return undefined;
  const tokens = text.trim().split(/\s+/).filter((token) => matchKey(token) !== '');
  const keys = tokens.map((token) => matchKey(token));
  const { labels } = TOPICS.shortText.added;
  const asked = editAsked(keys, TOPICS.shortText.added);
  if (!asked) return undefined;
  const { start, end } = asked;
  const content = tokens.slice(start, end);
  const contentKeys = keys.slice(start, end);
  if (content.length < 2 || ASKED_ENDING.has(contentKeys.at(-1)!) || saysAny(contentKeys, TOPICS.shortText.edits.qa)) return undefined;
  const figured = content.some((token) => /\d/.test(token));
  if (!figured && phrasePositions(contentKeys, labels).size === 0) return undefined;
  // "sdt", "sđt" opening the line: the words it stands for.
  if (/^(?:sdt|sđt|SĐT|SDT|Sdt|Sđt)$/u.test(content[0]!)) content[0] = 'số điện thoại';
  const said = content.join(' ').replace(/[.!;,]+$/u, '');
  const is = contentKeys.findIndex((key, at) => at > 0 && at <= 5 && key === 'la');
  const labelled = /^([^:]{2,40}):\s*(.+)$/u.exec(said);
  // Office hours named, then when ("giờ làm việc sáng thứ 7"): the label, then the hours, a weekday said as a notice says it.
  const hours = !labelled && is < 0 ? TOPICS.shortText.added.hours.map((phrase) => phrase.split(' ')).find((parts) => parts.length < content.length && phraseAt(contentKeys, 0, parts))?.length : undefined;
  const [label, value] = labelled
    ? [labelled[1]!, labelled[2]!]
    : is > 0
      ? [content.slice(0, is).join(' '), content.slice(is + 1, end - start).join(' ').replace(/[.!;,]+$/u, '')]
      : hours
        ? [content.slice(0, hours).join(' '), content.slice(hours).join(' ').replace(/[.!;,]+$/u, '').replace(/\b(thứ|thu)\s*([2-7])\b/giu, (_, _word: string, day: string) => `thứ ${WEEKDAYS[day]!}`)]
        : [said, undefined];
  // "them so dien thoai lien he", a label with nothing to add (tryout44 oc08.2: pasted "So dien thoai lien he." into the post): none.
  if (!value && !figured) return undefined;
  return value ? `${upperFirst(label.trim())}: ${value.trim()}.` : `${upperFirst(said)}.`;
}

/**
 * "them y nguoi 70 tuoi ho ngheo" after the pension post (round 45 outreach50, tryout49 OU05.2; was the line "Y nguoi 70 tuoi ho
 * ngheo." pasted in): the support of a poor or near-poor household worded for residents (`spoken`) that says the words added (all
 * but one, every figure among them) and the post does not yet, with its source and status, the amount not known sent to the cadre.
 */
export function supportLineAdded(rules: RuleSet, text: string, post: string, today: string): string | undefined {
  const keys = matchKey(text).split(' ').filter(Boolean);
  const asked = editAsked(keys, TOPICS.shortText.added);
  if (!asked) return undefined;
  const content = keys.slice(asked.start, asked.end);
  if (content.length < 3 || !content.some((key) => /\d/.test(key))) return undefined;
  const postKeys = ` ${matchKey(post)} `;
  const says = (support: SupportResult) => {
    const words = ` ${matchKey(support.spoken!)} `;
    const missing = content.filter((key) => !words.includes(` ${key} `));
    return missing.length <= 1 && missing.every((key) => !/\d/.test(key)) && !postKeys.includes(words);
  };
  const found = (['poor', 'near_poor'] as const).flatMap((one) => supportsFor(rules, one, today)).find((support) => support.spoken !== undefined && says(support));
  if (!found) return undefined;
  const [main, ...rest] = found.spoken!.replace(/\.$/u, '').split(';');
  const tag = STATUS_TAGS[found.status].trim().replace(/^\(|\)$/gu, '');
  const unknown = rest.length > 0 ? `;${rest.join(';')}, bà con hỏi ${POVERTY_CADRE}` : '';
  return `${main!.trim()} (${found.basis}${tag ? `, ${tag}` : ''})${unknown}.`;
}

/**
 * The post just given without the part a message asks to drop (round 42 mend43a: "bo phan lai suat di" after a post on loans gave
 * the rate alone, the edit inverted): each sentence, or clause after a comma, naming it (TOPICS.shortText.removed: what follows the
 * words asking it, as read) is left out, a line left with its label alone too; its heading, source and whom to ask stay.
 * Undefined unless the message asks it alone, or when the post says nothing of it.
 */
export function postWithout(text: string, post: string): string | undefined {
  if (text.includes('?')) return undefined;
  const keys = matchKey(text).split(' ').filter(Boolean);
  const asked = editAsked(keys, TOPICS.shortText.removed);
  if (!asked) return undefined;
  const { start, end } = asked;
  const part = keys.slice(start, end).join(' ');
  if (part === '' || end - start > 5) return undefined;
  const names = (said: string) => ` ${matchKey(said)} `.includes(` ${part} `);
  const lines = post.split('\n');
  let dropped = false;
  const kept = lines.flatMap((line, at) => {
    if (at === 0 || line.startsWith('Nguồn:') || line.includes(POVERTY_CADRE) || !names(line)) return [line];
    const sentences = line.split(/(?<=[.;])\s+/).flatMap((sentence) => {
      if (!names(sentence)) return [sentence];
      const clauses = outsideBrackets(sentence);
      const left = clauses.filter((clause, index) => index === 0 || !names(clause));
      if (names(left[0]!)) return [];
      // The status the sentence ended with stays on what is left of it.
      const status = /\((?:tham khảo|đã kiểm tra|chưa rõ)\)(?=[.;]?$)/u.exec(sentence)?.[0];
      const body = left.join(', ').replace(/[.;,]?\s*$/, '');
      return [`${body}${status && !body.includes(status) ? ` ${status}` : ''}${/[.;]$/.test(sentence) ? sentence.at(-1)! : ''}`];
    });
    dropped = true;
    const rest = sentences.join(' ').trim();
    return rest === '' || /^[-•]?\s*[^:]{0,60}:\s*$/.test(rest) ? [] : [rest];
  });
  return dropped ? kept.join('\n') : undefined;
}

/** What an edit of the post just given asks (postEditAsked). */
export type PostEdit =
  | { kind: 'rewrite'; form: ShortForm }
  /** `text`: the post the line is added to, when not the post as it was (the Q&A added to a post cut to fit a phone). */
  | { kind: 'line'; line: string; text?: string }
  | { kind: 'text'; text: string }
  | { kind: 'kept'; why: string };

const SOURCE_SENTENCE = /(^|\s)Nguồn:.*?(?:\.(?=\s+\p{Lu})|\.?$)/u;
const MONEY_IN = /\d[\d.]*\s*(?:đồng|triệu|nghìn)/u;

/**
 * Any edit of the post just given that addedLine and postWithout do not read (round 43 mend45c, tryout45 theme-outreach: "thêm
 * số điện thoại liên hệ của UBND xã", "viết lại giọng miền Tây cho bà con dễ nghe", "bỏ phần căn cứ pháp lý đi", "thêm lời nhắc mang
 * theo căn cước công dân", "thêm mức tiền mỗi tháng", "viết kiểu thân mật như nói chuyện với hàng xóm"; were a refusal, "ngoài
 * phạm vi", another card, the post lost): a message opening with an edit (TOPICS.shortText.edits) stays on the post. A rewrite
 * (shorter, plainer, Southern, friendlier) is its ShortForm; a reminder or a contact with no number a line added (the contact's
 * number a blank for the staff); the source named its line dropped; else why it is not done, the post kept unchanged.
 * Undefined unless an edit opens the message.
 */
export function postEditAsked(message: string | ReadMessage, post: string): PostEdit | undefined {
  const read = readMessage(message);
  const { words } = read;
  const edits = TOPICS.shortText.edits;
  if (!edits.asks.some((phrase) => phraseAt(words, 0, phrase.split(' ')))) return undefined;
  const tokens = read.text.trim().split(/\s+/).filter((token) => matchKey(token) !== '');
  const keys = tokens.map((token) => matchKey(token));
  // "thêm phần hỏi đáp 3 câu" (round 44 outreach46; was "Mình chưa soạn được phần hỏi đáp", the post unchanged): three short
  // questions answered by the post's own lines (postQuestions), no other figure; kept when it has no line to answer with.
  // The post with its Q&A within a phone's message (round 45 outreach49: the social pension post with it was 1.396 characters): the
  // post one step shorter (shorterPost) while it does not fit, its heading, where to go, source and whom to ask kept.
  if (saysAny(words, edits.qa)) {
    const asked = withQuestions(post);
    if (!asked) return { kind: 'kept', why: 'Mình chưa soạn được phần hỏi đáp riêng cho bài này' };
    return asked.text === post ? { kind: 'line', line: asked.qa } : { kind: 'line', line: asked.qa, text: asked.text };
  }
  // "thêm mức tiền mỗi tháng" on a post with no amount: the amount is not in the data (chưa rõ), so no figure is printed.
  if (saysAny(words, edits.amount) && !MONEY_IN.test(post)) {
    return { kind: 'kept', why: `Mức tiền cho nội dung này chưa rõ trong dữ liệu của trợ lý (chưa được công bố hoặc chưa kiểm tra), nên mình không ghi con số nào vào bài; bạn có thể ghi “Mức hưởng: theo quy định hiện hành, bà con hỏi ${POVERTY_CADRE}”` };
  }
  const reminder = edits.reminder.map((phrase) => phrase.split(' ')).flatMap((parts) => {
    const at = keys.findIndex((_, index) => phraseAt(keys, index, parts));
    return at < 0 ? [] : [at + parts.length];
  })[0];
  if (reminder !== undefined) {
    let from = reminder;
    const named = edits.readersNamed.map((phrase) => phrase.split(' ')).find((parts) => phraseAt(keys, from, parts));
    if (named) from += named.length;
    const said = tokens.slice(from).join(' ').replace(/[.!;,]+$/u, '');
    if (said.split(' ').length >= 2) return { kind: 'line', line: `Lưu ý: bà con nhớ ${lowerFirst(said)}.` };
  }
  // "thêm lời chào" (round 45 outreach49): the same post opened warmly, as "viết giọng thân thiện hơn" gives it.
  if (saysAny(words, edits.greeting)) return { kind: 'text', text: replyText(friendlyText(reply([plain(post)]))) };
  const form = asksShorter(read, true);
  if (form) return { kind: 'rewrite', form };
  if (saysAny(words, edits.contact)) return { kind: 'line', line: `Liên hệ: ${POVERTY_CADRE}, điện thoại: [điền số điện thoại].` };
  // "ghi thêm chỗ nộp hồ sơ" (round 45 outreach50, tryout49 OU10.2): where bà con file and ask, the post's own place kept.
  if (saysAny(words, edits.filing)) return { kind: 'line', line: `Nộp hồ sơ, hỏi thêm: ${POVERTY_CADRE}.` };
  // "bỏ số hiệu văn bản", "đừng ghi số nghị định" (round 46 outreach52, tryout50 O10; was the "Nguồn" line alone, "Mức hưởng bảo
  // hiểm y tế (Nghị quyết 261/2025/QH15)" kept): the documents' numbers left out of the body too, every fact and status kept.
  // Not "thêm số nghị định": a source added is not a source dropped.
  const adds = TOPICS.shortText.added.asks.some((phrase) => phraseAt(words, 0, phrase.split(' ')));
  if (!adds && saysAny(words, edits.source) && (SOURCE_SENTENCE.test(post) || NUMBERED_DOCUMENT.test(post))) {
    const text = post
      .split('\n')
      .map((line) => withoutDocumentNumbers(line.replace(SOURCE_SENTENCE, '$1')).trim())
      .filter((line) => line !== '')
      .join('\n');
    return { kind: 'text', text };
  }
  return { kind: 'kept', why: 'Mình chưa sửa bài theo đúng yêu cầu này được' };
}

/** A document named by its number in a post's body ("Nghị quyết 261/2025/QH15", "QĐ 24/2021/QĐ-TTg", "Quyết định 417/QĐ-BNNMT"). */
const NUMBERED = String.raw`${DOCUMENT_KIND}\s(?:số\s)?\d+(?:\/[\p{L}\d.-]+)+`;
const NUMBERED_DOCUMENT = new RegExp(NUMBERED, 'u');

/**
 * A post's line without its documents' numbers (round 46 outreach52): a reference in brackets dropped ("(Nghị quyết
 * 261/2025/QH15)"), "theo …" and "của …" naming documents dropped ("Lịch rà soát theo Quyết định 24/2021/QĐ-TTg là …"), any other
 * said as "văn bản"; its facts, dates and statuses as they are.
 */
export function withoutDocumentNumbers(line: string): string {
  const documents = String.raw`${NUMBERED}(?:\s*\([^()]*\))?(?:(?:,|\svà)\s${NUMBERED}(?:\s*\([^()]*\))?)*`;
  return line
    .replace(new RegExp(String.raw`\s*\(${NUMBERED}[^()]*\)`, 'gu'), '')
    .replace(new RegExp(String.raw`,?\s(?:theo|của|tại)\s${documents}`, 'gu'), '')
    .replace(new RegExp(String.raw`(^|[.;:]\s+)(?:Theo|Căn cứ)\s${documents},?\s*`, 'gu'), (_, before: string) => before)
    .replace(new RegExp(documents, 'gu'), 'văn bản')
    .replace(/\(\s*[;,]\s*/gu, '(')
    .replace(/\s{2,}/gu, ' ');
}

/** A line's first sentence with the status its line says ("… (tham khảo)."; a verdict's none), its label ("Hộ nghèo: ") kept. */
function firstSaid(line: string, withStatus = true): string {
  const text = unmarked(line);
  const first = firstSentence(text) ?? text;
  const status = withStatus && Object.values(STATUS_TAGS).find((tag) => tag !== '' && text.includes(tag.trim()) && !first.includes(tag.trim()));
  const said = first.replace(/[.;]$/u, '');
  return status ? `${said}${status}.` : `${said}.`;
}

/**
 * "thêm phần hỏi đáp 3 câu" after a post (round 44 outreach46): three questions bà con ask, each answered by the post's own
 * lines (never another figure): what it says (its verdict when it corrects a rumour, else its first line), where to go (its
 * "Nơi làm" line, a line naming the form or UBND cấp xã, else whom to ask), and what it rests on (its "Nguồn" line, else its next
 * line). Undefined for a post with no line to answer with (a template's blanks).
 */
export function postQuestions(post: string, count = QA_DEFAULT): string | undefined {
  const lines = post.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const body = lines.filter((line) => !KEPT_WHOLE.test(line) && !line.startsWith('Lưu ý:') && !line.startsWith('Liên hệ:') && !QA_LINE.test(line));
  const verdict = lines.find((line) => VERDICT_LINE.test(line));
  const [first] = body;
  if (!first) return undefined;
  const where = lines.find((line) => line.startsWith('Nơi làm:'))?.slice('Nơi làm:'.length).trim();
  const rest = body.filter((line) => line !== first);
  const form = rest.find((line) => /Mẫu số \d+/u.test(line)) ?? rest.find((line) => line.includes('UBND cấp xã'));
  const more = rest.find((line) => line !== form);
  const source = lines.find((line) => line.startsWith('Nguồn:'))?.slice('Nguồn:'.length).trim();
  // Each answer in a few words: its line's first sentence without the asides in brackets, its status kept (round 45 outreach49:
  // the Q&A of the social pension post was 1.396 characters); the source alone, not whom to ask written after it on its line.
  const brief = (line: string, withStatus = true) => withoutAsides(firstSaid(line, withStatus));
  const documents = source && sentencesOf(source)[0];
  const whereAnswer = where ? upperFirst(where) : form ? brief(form) : `Bà con hỏi ${POVERTY_CADRE} nơi mình cư trú.`;
  const basedOn = documents ? documents : source ? `${source.replace(/\.$/u, '')}.` : `Bà con hỏi ${POVERTY_CADRE} nơi mình cư trú.`;
  // More questions asked ("5 câu hỏi đáp", round 46 outreach51) of a post with a line for each group of households: what each group
  // gets, by its own line, then where to go and what it rests on.
  const groups = body.flatMap((line) => {
    const group = GROUP_LINE.exec(line)?.[1];
    return group ? [[`${group} được gì?`, upperFirst(brief(line.slice(line.indexOf(': ') + 2)))] as [string, string]] : [];
  });
  const asked: Array<[string, string]> =
    count > QA_DEFAULT && !verdict && groups.length > 1
      ? [...groups.slice(0, count - 2), ['Bà con cần làm gì, hỏi ở đâu?', whereAnswer], ['Thông tin này căn cứ vào đâu?', basedOn]]
      : [
          verdict ? ['Tin đó có đúng không?', brief(verdict, false)] : ['Nội dung chính là gì?', brief(first)],
          ['Bà con cần làm gì, hỏi ở đâu?', whereAnswer],
          more ? ['Còn điều gì cần biết?', brief(more)] : ['Thông tin này căn cứ vào đâu?', basedOn],
        ];
  return ['Hỏi đáp:', ...asked.slice(0, count).map(([question, answer]) => `Hỏi: ${question}\nĐáp: ${answer}`)].join('\n');
}

/** A sentence's clauses, split at each comma outside brackets ("(tham khảo, chưa kiểm tra …)" stays whole). */
function outsideBrackets(sentence: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let from = 0;
  for (let at = 0; at < sentence.length; at += 1) {
    const char = sentence[at];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0 && sentence[at + 1] === ' ') {
      clauses.push(sentence.slice(from, at));
      from = at + 2;
    }
  }
  return [...clauses, sentence.slice(from)];
}

/** A post's text with lines added before its source line ("Nguồn: …"), or after it all when it has none. */
export function withLines(text: string, added: readonly string[]): string {
  const lines = text.split('\n');
  for (const line of added) {
    const source = lines.findIndex((one) => one.startsWith('Nguồn:'));
    // Working hours, a phone number (round 44 outreach47, tryout47 O08.2: "thêm giờ làm việc sáng thứ 7" pasted "Giờ làm việc sáng
    // thứ 7." after the facts, far from "Nơi đăng ký"): right after the place or time line, and any such line added before it.
    // Where to go said on the source's line ("Nguồn: …. Nơi làm: UBND cấp xã (…). Bà con có thể hỏi …", round 45 outreach49): put on
    // its own line above it first, so the hours go under it.
    const closing = CONTACT_LINE.test(line) && !lines.some((one) => PLACE_LINE.test(one)) ? lines.findIndex((one) => one.startsWith('Nguồn:') && WHERE_SENTENCE.test(one)) : -1;
    if (closing >= 0) {
      const where = WHERE_SENTENCE.exec(lines[closing]!)![0];
      lines.splice(closing, 1, where, lines[closing]!.replace(where, '').replace(/\s{2,}/gu, ' ').trim());
    }
    const place = CONTACT_LINE.test(line) ? lines.findLastIndex((one) => PLACE_LINE.test(one)) : -1;
    let at = place < 0 ? (source < 0 ? lines.length : source) : place + 1;
    while (place >= 0 && at < lines.length && CONTACT_LINE.test(lines[at]!)) at += 1;
    lines.splice(at, 0, line);
  }
  return lines.join('\n');
}

/** A post's line saying where or when (noticeText, invitationText, a card's "Nơi làm"): lines of hours or a phone go after it. */
const PLACE_LINE = /^(?:Nơi làm|Nơi đăng ký|Địa điểm(?: nhận)?|Thời gian(?: nhận)?|Hạn đăng ký):/u;
/** A line added that says when the office is open or whom to call ("Giờ làm việc sáng thứ 7.", "Số điện thoại 0123 …"). */
const CONTACT_LINE = /^(?:Giờ|Số điện thoại|Điện thoại|SĐT|Liên hệ|Hotline)/iu;

/** The template itself, blanks unfilled (a line added to it: round 42 outreach43). */
export const templateText = (rules: RuleSet, template: Template, today: string, filled: Filled = {}): Reply[] =>
  template === 'invite' ? invitationText(rules, today, filled) : noticeText(rules, today, filled, template);

/**
 * The template asked again with what `message` fills in (filledOf) over what was filled `before` (round 43 outreach44: "thêm giờ
 * họp 8h" then "thêm địa điểm nhà văn hóa ấp 3" kept the place alone); undefined when it fills nothing.
 */
export function templateFilled(rules: RuleSet, template: Template, message: string | ReadMessage, today: string, before: Filled = {}): { replies: Reply[]; filled: Filled } | undefined {
  const typed = filledOf(readMessage(message), today);
  if (!typed) return undefined;
  const filled = { ...before, ...typed };
  return { replies: templateText(rules, template, filled.day ?? today, filled), filled };
}

/**
 * An entry of rules/reference.yaml: its lines in their order (each leads to the next), with status; their bases as the source.
 * `warning`: asked as a warning ("soạn bài cảnh báo lừa đảo …"), headed by the entry's warning when it has one. `brief`: the
 * answer rewritten was the entry in brief (a resident's "ai duyet ho ngheo"): only its brief lines, worded so, and the rest one
 * "chi tiết" away (round 28: "ko hieu j het" after it rewrote the whole card, 1.208 characters for a brief of 736).
 */
function referenceText(rules: RuleSet, entryId: string, today: string, form: ShortForm = {}, warning = false, brief = false, correction?: Correction, greeting?: string): Reply {
  const entry = brief ? briefLines(rules, entryId, today) : referenceLines(rules, entryId, today);
  // What the data does not know of the entry (status unknown) is kept in a shorter text.
  // Each line as said to bà con (`shared`) where the data words it so (a brief line is worded as its brief); not a detail for
  // the card alone (`shared: false`).
  // Read aloud: its `spoken` wording when it has one, and not a line that is a note for the writer (`spoken: false`).
  // A warning post says a procedure step in brief (round 44 outreach46: the scam warning was 1.495 characters), where to file kept.
  const heard = (line: (typeof entry.lines)[number]) => (form.spoken && 'spoken' in line ? line.spoken : undefined);
  const lines = entry.lines
    .filter((line) => heard(line) !== false && toShare(line))
    .map((line) => ({
      text: tagged(heard(line) || (!brief && 'shared' in line && line.shared) || (warning && 'about' in line && typeof line.brief === 'string' && line.brief) || line.text, line.status),
      bases: [line.basis],
      ...(line.status === 'unknown' ? { caveat: true } : {}),
    }));
  const heading = (warning && rules.reference.find((candidate) => candidate.id === entryId)?.warning) || entry.title;
  // Advice no document gives (round 40 short33: was "tham khảo" citing the assistant): said as advice, no status, no source.
  // Said first when it leads (a scam's warning), not when it is for the card alone (`shared: false`).
  // Worded to bà con where the data words it so (`shared`, round 41 cadre41: the scam advice of a warning post).
  const said = aroundAdvice(entry.advice.filter(toShare), lines, (one) => ({ text: typeof one.shared === 'string' ? one.shared : one.text, bases: [] as string[] }));
  // A congratulation (its entry's `congratulation`) opens the heading, on its own line.
  const text = shortText(`${greeting ? `${greeting}\n` : ''}${heading}:`, said, 'nội dung', { separate: true, ...form, correction });
  return brief ? { ...text, spans: [...text.spans, plain('\n'), pressing('Chi tiết', '“chi tiết”', true), plain(' để xem đủ.')] } : text;
}

/**
 * "ngắn hơn nữa, 2 câu thôi", "viet ngan lai", "tom tat lai giup", "tom tat 5 dong", "noi don gian hon" after an answer from the
 * rules data (a card, a short text, the supports of a class): the same subject's short text, `tight` (its first line and source)
 * when it was a short text already, of the length asked when one is, in plain words when asked; what changes when a standard
 * starts when that was the text (`change`); led by the correction of a support's figures `corrected` when the answer was
 * (claimedFigures); undefined for a subject without a short form.
 */
export function shorterAnswer(rules: RuleSet, last: ShortSubject, today: string, form: ShortForm, corrected: readonly number[] = []): Reply | undefined {
  if ('supportsOf' in last) return supportsText(rules, last.supportsOf, today, undefined, form);
  // Shortest ("ngắn hơn" after a post), every group the post showed, each in one line (round 33 post23: the social pension kept
  // the line from 75 alone); a support asked for someone's ages keeps the supports kept for them.
  if (last.kind === 'support') return supportText(rules, form.tight && last.ages === undefined ? supportsShown(rules, last, today) : supportsKept(last), last.classification ? [last.classification] : [], today, [], corrected, undefined, form);
  // A post on how to apply, shortened ("ngan hon nua"): that post, still in residents' words.
  if (last.kind === 'procedure' && last.post) return applyingText(rules, maxDay(dayForYear(last.year, today), today), form);
  if (last.kind === 'procedure') return procedureText(rules, last.about, [], dayForYear(last.year, today), form);
  if (last.kind === 'reference') return referenceText(rules, last.entryId, today, form, form.warning === true, last.brief === true);
  // A post on the indicators, shortened ("ngắn hơn"): that post, not the income lines.
  if (last.kind === 'standard' && last.post) return indicatorsText(rules, today, last.year, form);
  // A standard's answer led by a correction of its line keeps it first, as a support's does.
  if (last.kind === 'standard' && last.change && corrected.length === 0) return changesText(rules, today, last.year, false, form) ?? standardText(rules, today, last.year, false, '', undefined, false, form);
  if (last.kind === 'standard') return standardText(rules, today, last.year, false, corrected, undefined, false, form);
  return undefined;
}

/**
 * The next level of a post on the review or a class's supports ("chi tiết" after it, round 32 outreach19): every step, every
 * support in its line; undefined for a post of another subject (its card is the next level).
 */
export function fullerPost(rules: RuleSet, last: ShortSubject, today: string): Reply | undefined {
  if ('supportsOf' in last) return supportsText(rules, last.supportsOf, today, undefined, { fuller: true });
  if (last.kind === 'procedure') return procedureText(rules, last.about, [], maxDay(dayForYear(last.year, today), today), { fuller: true });
  // A post on one support ("soạn bài đăng cho bà con về hỗ trợ tiền điện", round 34 staff22; was the card said to one reader,
  // "Bạn có thể hỏi … nơi bạn cư trú"): each group's line whole, with its amount and basis, still for bà con.
  if (last.kind === 'support' && last.ages === undefined) {
    return supportText(rules, supportsShown(rules, last, today), last.classification ? [last.classification] : [], today, [], [], undefined, { fuller: true });
  }
  return undefined;
}

/** How far before the words of a place a word telling it was heard is read ("nghe duoc tren loa", "nghe trong nhom zalo"). */
const HEARD_REACH = 2;

/**
 * Positions of the words asking a text (`phrases`: to be heard, "bài đọc loa"; to be posted, "nhóm zalo"); not those telling
 * where something was heard: TOPICS.shortText.heard within HEARD_REACH before them ("nghe trên loa nói …", "nghe trong nhóm zalo
 * …"), or one of TOPICS.shortText.saying right after them, not followed by what a post is about ("nhóm zalo nói năm 2027 bỏ hộ
 * cận nghèo", "nhóm zalo ấp nói …", but "đăng nhóm zalo nói về chuẩn nghèo" and "viết bài đăng nhóm zalo nói lịch bình xét" ask a post).
 */
function askedNotHeard(words: readonly string[], phrases: readonly string[]): Set<number> {
  const named = phrasePositions(words, phrases);
  const heard = phrasePositions(words, TOPICS.shortText.heard);
  const written = Math.min(...phrasePositions(words, TOPICS.shortText.writtenBefore));
  const { saying, sayingPlace } = TOPICS.shortText;
  const asked = new Set<number>();
  let told = false;
  for (const at of [...named].sort((a, b) => a - b)) {
    // A run of such words is told or asked as a whole, by the words right before its first or right after its last.
    if (!named.has(at - 1)) {
      let end = at;
      while (named.has(end + 1)) end += 1;
      // "nhóm zalo ấp nói …": the place's group named between them.
      const place = sayingPlace.map((phrase) => phrase.split(' ')).find((parts) => phraseAt(words, end + 1, parts))?.length ?? 0;
      const says = saying.map((phrase) => phrase.split(' ')).find((parts) => phraseAt(words, end + 1 + place, parts));
      const about = says !== undefined && TOPICS.shortText.sayingAbout.some((phrase) => phraseAt(words, end + 1 + place + says.length, phrase.split(' ')));
      told = [...heard].some((word) => word < at && word >= at - HEARD_REACH) || (says !== undefined && !about && !(written < at));
    }
    if (!told) asked.add(at);
  }
  return asked;
}

/** Positions of the words asking a text to be heard ("bài đọc loa", "thông báo trên loa"), not those telling it was heard. */
const spokenAsked = (words: readonly string[]) => askedNotHeard(words, TOPICS.shortText.spoken);

/** The words around a shortening asked, joined once (was at every call). */
const SHORTEN_AROUND = [...TOPICS.shorten.around, ...TOPICS.shorten.askedWith];

/**
 * "ngắn hơn nữa", "viết ngắn lại", "viet 3 cau thoi", "tom tat 5 dong", "ngan gon 3 y de dang nhom zalo", "viet lai de hieu hon cho
 * nguoi gia": a request to shorten the last answer (TOPICS.shorten, a length asked, or the words asking a short text), or to write
 * it plainer (TOPICS.shorten.plainer: `plain`), with nothing else asked.
 */
export function asksShorter(message: string | ReadMessage, anyWords = false): ShortForm | undefined {
  const { words } = readMessage(message);
  const asked = lengthAsked(words);
  const plainer = phrasePositions(words, TOPICS.shorten.plainer);
  // "viết lại thành bài đọc loa" after an answer: that answer, to be heard.
  const spoken = spokenAsked(words);
  const said = new Set([...phrasePositions(words, TOPICS.shorten.asks), ...phrasePositions(words, TOPICS.shortText.asks), ...plainer, ...spoken, ...(asked?.at ?? [])]);
  if (said.size === 0) return undefined;
  const around = phrasePositions(words, SHORTEN_AROUND);
  if (!anyWords && !words.every((_, at) => said.has(at) || around.has(at))) return undefined;
  const length = asked?.length ?? (plainer.size > 0 ? SHORT_TEXT_DEFAULTS.plain : undefined);
  return {
    tight: phrasePositions(words, TOPICS.shorten.tighter).size > 0,
    ...(length ? { length } : {}),
    ...(plainer.size > 0 ? { plain: true } : {}),
    ...(spoken.size > 0 ? { spoken: true } : {}),
    ...(saysAny(words, TOPICS.shorten.southern) ? { southern: true, readers: true } : {}),
    ...(saysAny(words, TOPICS.shorten.friendly) ? { friendly: true, readers: true } : {}),
    ...(saysAny(words, TOPICS.shorten.briefly) ? { briefly: true } : {}),
    ...(saysAny(words, TOPICS.shorten.readers) || saysAny(words, TOPICS.shorten.printed) || saysAny(words, TOPICS.shortText.posted) ? { readers: true } : {}),
  };
}

/**
 * What changes (changesBetween, the rules data): when the standard of the year asked starts, or the coming changes;
 * only the indicators when the request is about them ("thay đổi chỉ số thiếu hụt năm 2027").
 */
function changesText(rules: RuleSet, today: string, year: number | undefined, onlyIndicators: boolean, form: ShortForm = {}): Reply | undefined {
  const starting = year === undefined ? undefined : rules.standards.find((standard) => standard.validFrom.startsWith(String(year)));
  const window = starting ? { from: addDays(starting.validFrom, -1), to: starting.validFrom } : defaultChangesWindow(rules, today);
  const changes = changesBetween(rules, window.from, window.to).filter((change) => !onlyIndicators || change.kind === 'indicator');
  if (changes.length === 0) return undefined;
  // The answer on the indicators, before the change: the standard in force today is said with it (a resident in December 2026 is
  // not misled into applying it now). A post on all the changes is dated by its heading and keeps its words for the changes.
  const first = changes[0]!.date;
  const inForce = onlyIndicators && today < first ? describeStandard(rules, today) : undefined;
  const now = inForce ? `Hôm nay, ${formatDate(today)}, vẫn áp dụng ${lowerFirst(inForce.title)}.\n` : '';
  return shortText(
    `${now}Thay đổi${onlyIndicators ? ' về chỉ số thiếu hụt' : ''} từ ${formatDate(first)}:`,
    changeLines(changes),
    'nội dung',
    // The document of a standard starting in the window is the source of its lines and indicators (their references abbreviate it).
    { sources: rules.standards.filter((standard) => window.from < standard.validFrom && standard.validFrom <= window.to).map((standard) => standard.document), ...form },
  );
}

/** The worst status of some changes: unknown over reported over verified. */
const worst = (changes: readonly Change[]) =>
  changes.some((change) => change.status === 'unknown') ? 'unknown' : changes.some((change) => change.status === 'reported') ? 'reported' : 'verified';

/**
 * The lines of a post on what changes, as a post says them: the arrow in words (plainWords), a status not said twice ("chưa rõ"
 * inside the line is its status); the middle thresholds whose new figure is not known on one line; the indicators removed,
 * carried on under a new name and added on one line, so a post that names one says the others ("bỏ … ; thêm … dịch vụ số,
 * Internet … rác thải").
 */
function changeLines(changes: readonly Change[]): ShortLine[] {
  const line = (text: string, status: Change['status'], group: readonly Change[]): ShortLine => ({
    text: `${plainWords(text)}${text.includes(STATUS_TAGS[status].replace(/[()]/g, '').trim()) ? '' : STATUS_TAGS[status]}`,
    bases: [...new Set(group.map((change) => change.reference))],
  });
  const middleUnknown = changes.filter((change) => change.kind === 'middle' && change.after === undefined);
  const indicators = changes.filter((change): change is Extract<Change, { kind: 'indicator' }> => change.kind === 'indicator');
  const povertyLines = changes.filter((change): change is Extract<Change, { kind: 'line' }> => change.kind === 'line' && change.before !== undefined);
  const lines: ShortLine[] = [];
  // What is known to change comes before what is not known yet: the indicators before the middle thresholds not published.
  const ordered = [...changes.filter((change) => !middleUnknown.includes(change)), ...middleUnknown];
  for (const change of ordered) {
    if (change === povertyLines[0] && povertyLines.length > 1) {
      const each = povertyLines.map((one) => `${one.areaName.toLowerCase()} từ ${formatMoney(one.before!).replace(/ đồng$/, '')} lên ${formatMoney(one.after)}`);
      // The standard that starts names the line: "Chuẩn nghèo đa chiều giai đoạn 2027–2030 (thu nhập …): nông thôn từ … lên …".
      const starting = changes.find((one) => one.kind === 'standard' && !one.keeps);
      const title = starting?.kind === 'standard' ? starting.title : 'Chuẩn nghèo';
      lines.push(line(`${title} (thu nhập mỗi người mỗi tháng): ${each.join(', ')}`, worst([...povertyLines, ...(starting ? [starting] : [])]), [...povertyLines, ...(starting ? [starting] : [])]));
    } else if (povertyLines.length > 1 && povertyLines.includes(change as Extract<Change, { kind: 'line' }>)) {
      continue;
    } else if (change === middleUnknown[0]) {
      const before = middleUnknown.map((each) => (each.kind === 'middle' && each.before !== undefined ? `${each.areaName.toLowerCase()} ${formatMoney(each.before)}` : '')).filter(Boolean);
      lines.push(line(`Ngưỡng hộ có mức sống trung bình${before.length > 0 ? ` (nay ${before.join(', ')})` : ''}: mức mới chưa rõ, chưa được công bố hoặc chưa được kiểm tra`, 'unknown', middleUnknown));
    } else if (change === indicators[0] && indicators.length > 1) {
      const [set, unknown] = indicatorChangesInBrief(indicators);
      lines.push(line(`Chỉ số thiếu hụt: ${set!.text}`, worst(indicators), indicators));
      if (unknown) lines.push(line(unknown.text, 'unknown', indicators));
    } else if (change.kind === 'standard' && !change.keeps) {
      // Its document is the post's source ("Nguồn: …"), not named again in the sentence; said with its lines when they change.
      if (povertyLines.length < 2) lines.push(line(`${change.title} bắt đầu áp dụng`, change.status, [change]));
    } else if (!middleUnknown.includes(change) && !(indicators.length > 1 && indicators.includes(change as Extract<Change, { kind: 'indicator' }>))) {
      for (const each of changeSentences(change)) lines.push(line(each.text, each.status, [change]));
    }
  }
  return lines;
}

/** "vay thay bang cai j" after the standard of `year` (the coming one without): its indicator changes, as a short text. */
export const indicatorChangesText = (rules: RuleSet, today: string, year: number | undefined) => changesText(rules, today, year, true);

/** "thông báo mời bà con đăng ký", "mời các hộ nộp đơn": bà con invited (a letter or inviting words) to register or file. */
function registering(words: readonly string[]): boolean {
  const { letters, invites, toApply } = TOPICS.shortText.invitation;
  return phrasePositions(words, toApply).size > 0 && (phrasePositions(words, letters).size > 0 || phrasePositions(words, invites).size > 0);
}

/**
 * The words asking for a post ("viết bài ngắn:", "soạn tin cho bà con:", "viết giúp"), where they are, and the rest of the message
 * read as a text of its own (its words read again as written: "dc" → "được"); undefined when no post is asked.
 */
function postAsked(words: string[]) {
  // "viết 3 câu về chuẩn nghèo 2027", "tóm tắt 5 dòng …": the length asked is itself a request for a short text.
  const sized = lengthAsked(words);
  // "soạn bài đọc loa về …": a short text to be heard.
  const spoken = spokenAsked(words);
  const { letters, invites, writes, toApply } = TOPICS.shortText.invitation;
  const inviting = phrasePositions(words, toApply).size > 0 ? new Set<number>() : phrasePositions(words, invites);
  const invitation = new Set([...phrasePositions(words, letters), ...(inviting.size > 0 && phrasePositions(words, writes).size > 0 ? inviting : [])]);
  const firm = new Set([...askedNotHeard(words, TOPICS.shortText.asks), ...spoken, ...invitation, ...(sized?.at ?? [])]);
  const named = phrasePositions(words, TOPICS.shortText.named);
  const asked = new Set([...firm, ...named]);
  const opening = phrasePositions(words.slice(0, 2), TOPICS.shortText.opens);
  if (asked.size === 0 && opening.size === 0) return undefined;
  const rest = readMessage(words.filter((_, at) => !asked.has(at) && !opening.has(at)).join(' '));
  return { sized, spoken, invitation, firm, opening, rest };
}

/**
 * "Soạn tin nhắn giới thiệu trợ lý này cho bà con trong nhóm Zalo xã" (round 40 mend40c; was "ngoài phạm vi"): the assistant
 * presented to bà con: what it answers, how to check a household, what it keeps (one line), that its result is for reference and
 * the commune decides.
 */
function assistantPost(form: ShortForm): Reply {
  const lines: ShortLine[] = [
    'Hỏi về chuẩn nghèo, hộ nghèo, hộ cận nghèo, các hỗ trợ (bảo hiểm y tế, vay vốn, học phí, nhà ở, tiền điện…) và thủ tục rà soát, công nhận: bà con cứ nhắn câu hỏi, có dấu hay không dấu đều được.',
    'Kiểm tra thử một hộ gia đình: gõ /kiemtra rồi trả lời từng câu (số người, nơi ở, thu nhập, các thiếu hụt); trợ lý cho biết hộ có thể là hộ nghèo, hộ cận nghèo hay không, vì sao và được hỗ trợ gì.',
    'Thông tin của hộ chỉ được lưu khi bà con bấm “Đồng ý lưu”; gõ /xoadulieu để xóa.',
    READERS_DECISION_NOTE,
  ].map((text) => ({ text, bases: [] }));
  return shortText('Trợ lý Giảm nghèo trả lời bà con về chính sách giảm nghèo:', lines, 'nội dung', { separate: true, ...form });
}

/** The review named with a date written out ("rà soát kết thúc 14/12"): the procedure, when nothing else is read of it. */
const reviewWithDate = (text: string, rest: ReadMessage) => /\d{1,2}\/\d{1,2}/.test(text) && phrasePositions(rest.words, TOPICS.shortText.review).size > 0;

/**
 * "nhắc bà con rà soát kết thúc 14/12" (round 42 outreach43), "soạn thông báo mời bà con đăng ký rà soát" (round 43 outreach44): a
 * post asked of the review named alone with a date, or inviting bà con to register for it, no topic read of it otherwise: the procedure (shortAnswer leads it with the date; documents.ts routedTopic routes it so).
 */
export function reviewReminderAsked(message: string | ReadMessage): boolean {
  const read = readMessage(message);
  const rest = postAsked(read.words)?.rest;
  return rest !== undefined && (reviewWithDate(read.text, rest) || registerReview(read.words, rest));
}

/** "soạn thông báo mời bà con đăng ký rà soát" (round 43 outreach44): bà con invited to register for the review named alone. */
const registerReview = (words: readonly string[], rest: ReadMessage) => registering(words) && phrasePositions(rest.words, TOPICS.shortText.review).size > 0;

/**
 * "cho xin vai cau khau hieu tuyen truyen giam ngheo", "khẩu hiệu cho băng rôn giảm nghèo bền vững" (round 42 rumour43; were "không
 * tìm thấy" and a provincial plan's passage quoted as if a slogan): a few short slogans (rules/slogans.yaml) in the spirit of the programme (Chỉ thị
 * 05-CT/TW, "giảm nghèo bền vững", "không để ai bị bỏ lại phía sau"), said to be suggestions to adapt, not quotes of a legal text;
 * advice, so no status. Said to the one who asked (a cadre writing a banner), not to bà con.
 */
function slogansPost(rules: RuleSet, form: ShortForm): Reply {
  const lines: ShortLine[] = rules.slogans.slogans.map((text) => ({ text, bases: [] }));
  const note: PostNote = {
    text:
      `Đây là các câu gợi ý theo tinh thần ${rules.slogans.inSpiritOf}, không phải lời trích từ văn bản; ` +
      `bạn có thể sửa cho hợp với địa phương. Khẩu hiệu chính thức của địa phương (nếu có), bạn hỏi ${POVERTY_CADRE}.`,
    refers: true,
  };
  return shortText('Gợi ý khẩu hiệu tuyên truyền giảm nghèo:', lines, 'câu', { separate: true, ...form, toOne: true, note });
}

/**
 * A message without the words asking for a post ("viết bài ngắn: từ 1/1/2027 hộ cận nghèo có bị rớt không": what it is about),
 * as the chat reads it (shortAnswer); the message itself when it asks for none.
 */
export function withoutPostWords(message: string | ReadMessage): ReadMessage {
  const read = readMessage(message);
  const rest = postAsked(read.words)?.rest;
  if (!rest) return read;
  // "soạn tin cho bà con: năm sau có bị cắt hộ cận nghèo không": whom it is said to is not what it is about.
  const about = phrasePositions(rest.words, TOPICS.shortText.sayingAbout);
  return about.size === 0 ? rest : readMessage(rest.words.filter((_, at) => !about.has(at)).join(' '));
}

/**
 * The short text a message asks for and what it is about, or undefined when it asks for none, or for something without a short
 * form (an indicator, a passage): then the message is answered as usual.
 */
/** The entry of rules/reference.yaml on what Nghị quyết 261/2025/QH15 changes for bà con (a post asked naming it). */
const HEALTH_RESOLUTION_ENTRY = 'health_resolution';

export function shortAnswer(rules: RuleSet, message: string | ReadMessage, today: string): ShortPost | undefined {
  const read = readMessage(message);
  const answer = postAnswer(rules, read, today);
  // "5 câu hỏi đáp về BHYT cho bà con" (round 46 outreach51; was the post on health insurance alone): the post with its Q&A, as
  // "thêm phần hỏi đáp" after it, so many questions as asked (postQuestions); not a template's blanks.
  const [first, ...others] = answer?.replies ?? [];
  const questions = answer && first && !answer.template && saysAny(read.words, TOPICS.shortText.edits.qa) ? questionsAsked(read.words) : undefined;
  const asked = questions === undefined ? undefined : withQuestions(replyText(first!), questions);
  return asked && answer ? { ...answer, replies: [{ ...first!, spans: [plain(withLines(asked.text, [asked.qa]))] }, ...others] } : answer;
}

/** How many questions a Q&A is asked with ("5 câu hỏi đáp", "năm câu hỏi"): 3 when no count is said. */
function questionsAsked(words: readonly string[]): number {
  const at = words.findIndex((word, index) => word === 'cau' && words[index + 1] === 'hoi');
  const count = at > 0 ? countOf(words[at - 1]) : undefined;
  return Math.min(Math.max(count ?? QA_DEFAULT, 1), QA_MOST);
}
/** Questions of a Q&A when no count is said, and at most. */
const QA_DEFAULT = 3;
const QA_MOST = 6;

/**
 * A post with its Q&A (postQuestions) within a phone's message: the post one step shorter (shorterPost) while it does not fit, its
 * heading, where to go, source and whom to ask kept; at its floor still too long, only those. Undefined when it has no line to answer with.
 */
function withQuestions(post: string, count = QA_DEFAULT): { text: string; qa: string } | undefined {
  const qa = postQuestions(post, count);
  if (!qa) return undefined;
  const fits = (text: string) => withLines(text, [qa]).length <= SHORT_TEXT_DEFAULTS.phoneChars;
  let base = post;
  for (let shorter = shorterPost(base); !fits(base) && shorter !== undefined; shorter = shorterPost(base)) base = shorter;
  // At its floor still too long: the answers say its lines in brief, so only its heading and closing lines stay above them.
  if (!fits(base)) base = base.split('\n').filter((line) => KEPT_WHOLE.test(line)).join('\n');
  return { text: base, qa };
}

function postAnswer(rules: RuleSet, read: ReadMessage, today: string): ShortPost | undefined {
  // The text as typed: its figures are read from it ("1,9 triệu" loses its comma in the words).
  const { words, text: claimed } = read;
  const post = postAsked(words);
  if (phrasePositions(words, TOPICS.shortText.slogans).size > 0) {
    return { replies: [slogansPost(rules, post?.sized ? { length: post.sized.length } : {})], about: undefined };
  }
  if (!post) return undefined;
  const { sized, spoken, invitation, firm, opening, rest } = post;
  const form: ShortForm = { ...(sized ? { length: sized.length } : {}), ...(spoken.size > 0 ? { spoken: true } : {}) };
  if (phrasePositions(words, TOPICS.shortText.introduce).size > 0) return { replies: [assistantPost(form)], about: undefined };
  // "soạn thông báo về NQ 261/2025 cho bà con" (round 44 outreach46; was "ngoài phạm vi", or with "Nghị quyết" written out a 2021
  // provincial letter quoted): what the resolution changes for bà con, each line with its status, where the card is made; a post
  // the edits after it rewrite.
  if (phrasePositions(rest.words, TOPICS.shortText.healthResolution).size > 0) {
    return { replies: [referenceText(rules, HEALTH_RESOLUTION_ENTRY, today, form)], about: { kind: 'reference', entryId: HEALTH_RESOLUTION_ENTRY } };
  }
  const classes = classesNamed(rest.words);
  // "soạn tin zalo ngắn báo kết quả: nhà bà Năm là hộ cận nghèo": a household's class said, so the text says once that the
  // result is for reference and the Chủ tịch UBND cấp xã decides (the one DECISION_NOTE).
  // "… cho người thuộc hộ nghèo" names the post's readers, no result (TOPICS.shortText.readers).
  const readers = phrasePositions(rest.words, TOPICS.shortText.readers);
  const resultWords = rest.words.map((word, at) => (readers.has(at) ? '' : word));
  const note: PostNote | undefined = classes.length > 0 && phrasePositions(resultWords, TOPICS.shortText.result).size > 0 ? { text: DECISION_NOTE } : undefined;
  // "Có tin đồn năm 2027 hộ nghèo bị cắt hết hỗ trợ, soạn câu trả lời bác bỏ giúp tôi" (round 39 mend39b; was the chat's answer,
  // every support and the whole standard, 1.829 characters): the rumour's verdict in brief, then the entry said of that day in a
  // post (the list does not change by itself, what is known, what is not and whom to ask).
  const cut = rumourCorrection(rules, read, today);
  const cutYear = cut?.correction.brief && 'topic' in cut.answer && cut.answer.topic.kind === 'standard' ? cut.answer.topic.year : undefined;
  // The entry is of the day a standard starts after today (01/01/2027).
  if (cutYear !== undefined && rules.standards.some((standard) => standard.validFrom === `${cutYear}-01-01` && standard.validFrom > today)) {
    // Its sources are the entry's lines' (the supports' bases would be a line of 18 documents).
    const verdict = { text: cut!.correction.brief!, bases: [] };
    // Its lines in brief after the verdict (as "ngắn hơn": what is not known kept), unless a length is asked.
    const led = form.length ? form : { ...form, tight: true };
    return { replies: [referenceText(rules, STANDING_NEXT_ENTRY, today, led, false, false, verdict)], about: { kind: 'reference', entryId: STANDING_NEXT_ENTRY } };
  }
  // "Đồn là hộ nghèo sẽ bị thu hồi sổ đỏ …, soạn tin bác bỏ", "thoát nghèo là mất hết hỗ trợ ngay, đúng không? Soạn tin giải thích"
  // (round 40 mend40c; were a class's list of supports, no verdict): a rumour the chat answers with an entry leads the post with its
  // verdict, then the entry's lines (what is known, what is not, whom to ask).
  if (cut?.correction.brief && 'topic' in cut.answer && cut.answer.topic.kind === 'reference') {
    const { entryId } = cut.answer.topic;
    const led = form.length ? form : { ...form, tight: true };
    return { replies: [referenceText(rules, entryId, today, led, false, false, { text: cut.correction.brief, bases: cut.correction.bases })], about: { kind: 'reference', entryId } };
  }
  // "soạn bài đính chính: tin ho ngheo dc 500k/thang la sai" (round 43 outreach44; was "500.000 đồng không phải là mức của chuẩn
  // nghèo", the standard's post): an amount of a support said of a whole class, true only on a condition: what is wrong and what is
  // right first (the verdict in brief), then that support's lines in brief.
  if (cut?.correction.brief && 'topic' in cut.answer && cut.answer.topic.kind === 'support' && phrasePositions(words, TOPICS.shortText.refutes).size > 0) {
    const { supportId, classification } = cut.answer.topic;
    const lead = { text: cut.correction.brief, bases: cut.correction.bases };
    const led = form.length ? form : { ...form, tight: true };
    const about = { kind: 'support' as const, supportId, ...(classification ? { classification } : {}) };
    return { replies: [supportText(rules, [supportId], classification ? [classification] : [], today, [], [], undefined, led, today, lead)], about };
  }
  // "soan tin tra loi ba con: can ngheo dc mien 100% vien phi tu 2027 phai ko", "viet bai bac tin don chi so rac thai de phat dan"
  // (round 42 rumour43; were the premium card's post with no verdict, and the chat's answer said to "bạn"): a rumour the chat answers
  // with a text whole in itself (RumourAnswer.alone) of a support or an indicator is that text, its verdict first, said to bà con.
  // A figure corrected ("60 trieu xay nha", round 43 mend45d) keeps the support's post led by its correction (findings23: a
  // shorter text of it keeps the correction first).
  if (cut?.answer.alone !== undefined && cut.correction.figures === undefined && 'topic' in cut.answer && (cut.answer.topic.kind === 'support' || cut.answer.topic.kind === 'indicator')) {
    return { replies: [{ ...reply([plain(forReaders(cut.answer.alone))]), post: true }], about: undefined };
  }
  // "Soạn tin nhắn chúc mừng hộ vừa thoát nghèo và nói họ còn được hỗ trợ gì" (round 39 mend39d; was the class's list of every
  // support, no congratulation): the entry congratulating that class (rules/reference.yaml `congratulation`), its line first.
  const congratulated = phrasePositions(rest.words, TOPICS.shortText.congratulate).size > 0
    ? rules.reference.find((entry) => entry.congratulation !== undefined && classes.includes(entry.congratulation.of))
    : undefined;
  if (congratulated) {
    const greeting = congratulated.congratulation!.text;
    return { replies: [referenceText(rules, congratulated.id, today, form, false, false, undefined, greeting)], about: { kind: 'reference', entryId: congratulated.id } };
  }
  // "Viết bài ngắn: nhà có người khuyết tật thuộc hộ nghèo được hưởng gì." (round 40 mend40c; was the poor household's list of
  // every support): a case the data has an entry on (TOPICS.supportsList.caseEntries) is that entry, as the chat answers it.
  // Only an entry with lines to say in brief ("có tin đồn hộ nghèo năm nay được nhận 2 triệu tiền Tết, viết tin trả lời": the Tết
  // gifts' entry has none, its post was its heading alone; the rumour's own answer below).
  const caseRead = readTopic(rest, today, true);
  if (caseRead?.kind === 'reference' && TOPICS.supportsList.caseEntries.includes(caseRead.entryId) && (form.length || briefLines(rules, caseRead.entryId, today).lines.length > 0)) {
    return { replies: [referenceText(rules, caseRead.entryId, today, form, false, !form.length)], about: caseRead };
  }
  const listed = readSupportsQuestion(rest);
  if (listed) return { replies: [supportsText(rules, listed, today, note, form, classRumour(rules, read, today, listed))], about: { supportsOf: listed } };
  // "viết giúp tin ngắn … bác bỏ tin đồn hộ nghèo được nhận 5 triệu mỗi tháng" (round 38 mend38d; was "5.000.000 đồng không phải
  // là mức của chuẩn nghèo"): money rumoured for a class, as the chat reads it, is that class's post of supports with its verdict.
  const rumoured = classes[0] === undefined ? undefined : classRumour(rules, read, today, classes[0]);
  if (rumoured) return { replies: [supportsText(rules, classes[0]!, today, note, form, rumoured)], about: { supportsOf: classes[0]! } };
  // "thông báo: từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo": a class and a figure state the line (checked below).
  const year = yearAsked(rest.words, today);
  const statesLine = classes.length > 0 && standardCorrection(rules, claimed, dayForYear(year, today)) !== undefined;
  // A line rumoured as what takes a household in ("… dưới 3 triệu đều được vào hộ nghèo, viết bài đính chính", round 41 mend41b):
  // the standard's post led by its verdict, as the chat answers it, not the procedure.
  const restTopic = readTopic(rest, today, true);
  const rumouredStandard = restTopic?.kind === 'procedure' && cut && 'topic' in cut.answer && cut.answer.topic.kind === 'standard' ? cut.answer.topic : undefined;
  // "nhắc bà con rà soát kết thúc 14/12" (round 42 outreach43; was the procedure's card, no date): the review named alone with a
  // date written out is the procedure, its date leading (deadlineAsked).
  const reviewDated = !restTopic && reviewWithDate(read.text, rest);
  const topic = rumouredStandard ?? restTopic ?? (statesLine ? { kind: 'standard' as const, ...(year ? { year } : {}) } : reviewDated ? { kind: 'procedure' as const } : undefined);
  // "Viết bài ngắn cho bà con về chuẩn nghèo mới từ 01/01/2027" (round 39 mend39b; was its one line, 401 characters): the new
  // standard named, not yet in force, nothing narrower asked, is what changes on its first day (the lines from and to, the
  // indicators, what is not known), as a post on its changes says it.
  // Its year said: "chuẩn nghèo mới" alone is today's and the coming standard's lines (standardText, round 23 phones2).
  const newYear = topic?.kind === 'standard' ? topic.year : undefined;
  const newBefore =
    // Written (a loudspeaker text and a length asked keep the standard's lines, spokenText, lengthAsked).
    newYear !== undefined && !form.spoken && !form.length && topic?.kind === 'standard' && !topic.indicators && !topic.count && !topic.compared && !statesLine &&
    phrasePositions(rest.words, TOPICS.changes.newStandard).size > 0 &&
    rules.standards.some((standard) => standard.validFrom > today && standard.validFrom.startsWith(String(newYear)));
  if ((newBefore || asksChange(rest.words, year, today)) && (!topic || topic.kind === 'standard')) {
    const changing = topic?.kind === 'standard' ? topic.year : year;
    const answer = changesText(rules, today, changing, phrasePositions(rest.words, TOPICS.changes.indicators).size > 0, form);
    if (answer) return { replies: [answer], about: { kind: 'standard', change: true, ...(changing ? { year: changing } : {}) } };
  }
  // Every class the request names ("hộ nghèo, cận nghèo"), not only the first.
  // The words of the request that name something decide which lines come first (relevanceOrder).
  const askedWords = specificWords(rest.words);
  if (topic?.kind === 'support') {
    // "viet ngan: bhyt ho can ngheo nam 2027": that year's supports (from its first day), and the related ones that hold for the
    // classes asked with no condition (the near-poor BHYT benefit of NQ 261/2025, whose start is not known), as the chat's answer
    // for a later year says them; was today's premium card alone.
    const later = laterDayAsked(rest, today);
    const day = later ?? today;
    // "… cho người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo" (round 43 outreach45; was half of it the pension from 75 of
    // every household): an age band named is the group the post is for, as an age said is (its first age; the other band's
    // group is the one line the first support says of it).
    const band = topic.ages === undefined ? AGE_BAND.exec(rest.words.join(' ')) : null;
    const shown = supportsShown(rules, band ? { ...topic, ages: [Number(band[1])] } : topic, day);
    const relatedLater = later ? relatedThen(rules, topic.supportId, shown, classes.length > 0 ? classes : ALL_CLASSES, day) : [];
    const about = { kind: 'support' as const, supportId: shown[0]!, ...(classes.length === 1 ? { classification: classes[0]! } : {}) };
    const claim = supportCorrection(rules, claimed, shown[0]!, day);
    const corrected = claim?.figures;
    // A group the data has no rule for ("vay vốn cho học sinh sinh viên hộ nghèo"): the chat's caveat too (round 29: was none).
    const caveats = [groupCaveat(rules, topic), note].filter((one): one is PostNote => one !== undefined);
    const caveat = caveats.length > 0 ? { text: caveats.map((one) => one.text).join(' '), refers: caveats.some((one) => one.refers === true) } : undefined;
    // "Có người nói vay vốn … giờ lãi 0%, đúng không? soạn tin trả lời" (round 39 mend39b; was the rates, no verdict): a figure
    // the chat corrects of this support (an earlier or wrong rate, rules data `earlierFigures`) leads the post as it leads the chat.
    const rumour = claim === undefined ? rumourCorrection(rules, read, today) : undefined;
    const lead = rumour && 'topic' in rumour.answer && rumour.answer.topic.kind === 'support' && rumour.answer.topic.supportId === topic.supportId ? rumour.correction : undefined;
    // The verdict says the figures: the lines after it each in brief (as "ngắn hơn"), unless a length is asked.
    const led = lead && !form.length ? { ...form, tight: true } : form;
    return { replies: [supportText(rules, [...shown, ...relatedLater], classes, day, askedWords, claimed, caveat, led, today, lead)], about, corrected };
  }
  // "viết bài ngắn: từ 1/1/2027 hộ cận nghèo có bị rớt không" (round 38 law31; was the card of a household not on the list, nothing on
  // 2027): whether households keep their class when the new standard starts, the entry's lines as said to bà con.
  const standingRead = withoutPostWords(read);
  if (standingOfAnyAsked(standingRead) && standingDayAsked(rules, standingRead, today) !== undefined) {
    return { replies: [referenceText(rules, STANDING_NEXT_ENTRY, today, form)], about: { kind: 'reference', entryId: STANDING_NEXT_ENTRY } };
  }
  // "soạn thông báo mời bà con đăng ký rà soát" (round 43 outreach44; was the village meeting's invitation, or without "hộ nghèo" an
  // explainer quoted): bà con invited to register, a notice to fill in (noticeText 'register').
  if (registering(words) && (topic?.kind === 'procedure' || (!topic && (classes.length > 0 || registerReview(words, rest))))) {
    return { replies: noticeText(rules, dayForYear(topic?.kind === 'procedure' ? topic.year : undefined, today), {}, 'register'), about: { kind: 'procedure' }, template: 'register' };
  }
  // "Viết giúp tôi một bài đăng Zalo thông báo cho bà con về việc rà soát hộ nghèo cuối năm 2026" (round 44 outreach48; was the
  // procedure's paragraph, "Bước 5 … cấp huyện" first): the review told to bà con, no step asked, is the same invitation to register.
  if (topic?.kind === 'procedure' && !topic.about && phrasePositions(words, TOPICS.shortText.invitation.tellsPeople).size > 0) {
    return { replies: noticeText(rules, dayForYear(topic.year, today), {}, 'review'), about: { kind: 'procedure' }, template: 'review' };
  }
  // "viết thư mời họp thôn về rà soát hộ nghèo tối thứ 7": a template with blanks and the facts to say there, not the procedure.
  if (invitation.size > 0 && (topic?.kind === 'procedure' || (!topic && classes.length > 0))) {
    return { replies: invitationText(rules, dayForYear(topic?.kind === 'procedure' ? topic.year : undefined, today)), about: { kind: 'procedure' }, template: 'invite' };
  }
  // "Soạn thông báo thời gian, địa điểm nhận đơn đề nghị công nhận hộ nghèo tại UBND xã" (round 41 mend41b): a notice to fill in.
  if (phrasePositions(words, TOPICS.shortText.invitation.receiving).size > 0 && (topic?.kind === 'procedure' || (!topic && classes.length > 0))) {
    return { replies: noticeText(rules, dayForYear(topic?.kind === 'procedure' ? topic.year : undefined, today)), about: { kind: 'procedure' }, template: 'notice' };
  }
  if (topic?.kind === 'procedure') {
    const deadline = deadlineAsked(read, rest.words, today);
    const note = deadline && writerNote(rules, deadline);
    const day = deadline?.day ?? dayForYear(topic.year, today);
    // The words naming the procedure ("thủ tục", "đăng ký hộ nghèo") and words of three letters or fewer ("ký", "con") order no
    // step first: read without their marks they are also other words of a step (round 23: "thủ tục" put "thu nhập" first, "đăng
    // ký" "định kỳ", "bà con" "không còn"); a step's own word ("huyện") still does.
    const naming = phrasePositions(rest.words, TOPICS.procedure);
    const stepWords = specificWords(rest.words.filter((word, at) => !naming.has(at) && word.length > 3));
    // How to apply, written (not read aloud, no date set): what to do, where, what to bring, in residents' words.
    // A length asked ("viết 5 dòng …") and where to file asked ("… nộp đơn ở đâu") keep the review's steps and dates.
    const applying = !deadline && !form.spoken && !form.length && phrasePositions(words, TOPICS.shortText.applying).size > 0 && [undefined, 'apply'].includes(topic.about);
    // Applying is done now or later, never in the past: a year gone by in the request ("từ 01/7/2025 bà con nộp hồ sơ …") gives
    // today's steps, with what is not known of them (round 29: the 2025 steps, without "chưa rõ … năm 2026").
    if (applying) return { replies: [applyingText(rules, maxDay(day, today), form)], about: { ...topic, post: true } };
    return { replies: [procedureText(rules, topic.about, stepWords, day, form, deadline), ...(note ? [note] : [])], about: topic };
  }
  if (topic?.kind === 'reference') return { replies: [referenceText(rules, topic.entryId, today, form, phrasePositions(words, TOPICS.shortText.warning).size > 0)], about: topic };
  // The indicators asked what they are ("thế nào là thiếu hụt …", "các chỉ số thiếu hụt là gì"): they lead, named.
  // A post "về các chỉ số thiếu hụt giai đoạn 2027-2030" (round 32 outreach19) asks them too, unless it asks how many or a comparison.
  const indicatorsAsked = topic?.kind === 'standard' && topic.indicators === true && (topic.list === true || (!topic.count && !topic.compared && classes.length === 0));
  const indicators = indicatorsAsked ? indicatorsText(rules, today, topic.year, form) : undefined;
  if (indicators) return { replies: [indicators], about: { kind: 'standard', ...(topic?.kind === 'standard' && topic.year ? { year: topic.year } : {}), post: true } };
  if (topic?.kind === 'standard') {
    const local = phrasePositions(rest.words, TOPICS.localStandard).size > 0;
    const answer = standardText(rules, today, topic.year, classes.includes('middle'), claimed, note, phrasePositions(rest.words, TOPICS.selfCheck).size > 0, form, local);
    // The year the text is of ("chuẩn nghèo mới": today's and the coming one, as it shows them), not the coming card's.
    const corrected = standardCorrection(rules, claimed, dayForYear(topic.year, today))?.figures;
    return answer && { replies: [answer], about: { kind: 'standard', ...(topic.year ? { year: topic.year } : {}) }, corrected };
  }
  if (topic) return undefined;
  // "tóm tắt các chính sách cho hộ cận nghèo": a class named with nothing narrower is its list of supports. A summary
  // of a document or a plan ("5 ý chính Nghị quyết 05-NQ/TU … về giảm nghèo") is answered from the documents, as usual.
  const classification = classes[0];
  // A post only named ("bài viết về …") with a class and nothing else is a question (TOPICS.shortText.named).
  if (firm.size === 0 && opening.size === 0) return undefined;
  return classification && phrasePositions(rest.words, TOPICS.documentQuestions).size === 0
    ? { replies: [supportsText(rules, classification, today, note, form, classRumour(rules, read, today, classification))], about: { supportsOf: classification } }
    : undefined;
}
