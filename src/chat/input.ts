/**
 * Reading what users type: cleaning odd input, matching words with or without diacritics, and the
 * few everyday patterns the chat understands (yes/no/unsure, a household told or asked about, the
 * list of supports asked for), with the words of the one lexicon (src/text/lexicon).
 */
import { fold, matchKey } from '../text/fold.ts';
import { asksIdentityPapers, asksReviewFees, blankedPhrases, OWN_HOUSEHOLD, OWN_MEMBER, PERSONAL, phraseAt, phraseEndingAt, phrasePositions, REQUESTS, saysAny, TOPICS, withoutPhrases, writtenForm, YES_NO } from '../text/lexicon/index.ts';
import { DEPRIVATION_LIST, DEPRIVATION_WORDS, deprivationPhrases, GROUP_WORDS, RELATIVE_PHRASES, SPEAKER_GROUPS } from '../text/lexicon/household.ts';
import type { RuleSet, SupportClass } from '../rules/index.ts';
import { factCount, saysHouseholdTotal, understandHousehold, type Understanding } from '../rules/understand.ts';
import { withoutMarkup } from '../text/markup.ts';
import { turnMemo, turnRemembered } from '../text/turn.ts';
import { goesOnSince, maskNumbers, MASKS } from '../privacy/mask.ts';
import { DIGIT_WORDS, PER_PERSON_PHRASES } from '../text/lexicon/money.ts';
import { INCOME_AVERAGE_WORDS } from '../text/lexicon/columns.ts';
import { ALLOWANCE_PHRASES, DISABILITY_PHRASES, HOUSEHOLD_AWAY, ILLNESS_NAMED, OWNER_WORDS, SICK_MEMBER_PHRASES } from '../text/lexicon/household.ts';

/** How the chat reads short answers and one-line checks: the few counts that bound them, each with why. */
export const INPUT_DEFAULTS = {
  /**
   * The one limit on what a person sends, in every way in (chat on every channel, the web page, /api/ask, cli search, cli check
   * --text): longer is refused with replies.ts tooLongNotice and a log line of its length only. No question needs this much
   * (a Zalo message holds 2.000 characters), and it bounds the work per message.
   */
  maxMessageChars: 2000,
  /** The longest yes/no reply read at the start of a longer answer: "dạ không có", "không có ai" (3 words). */
  maxLeadingWords: 3,
  /** A sentence telling this many facts (area, members and two more) is a household, whatever support it also names. */
  householdFacts: 4,
  /** Words an alias of the quick check may be typed as: "nong thon", "nha ve sinh", "4 nguoi", "ca nha" (4 at most). */
  quickCheckPhraseWords: 4,
} as const;

/**
 * Every channel's text as read (chat, inline queries, /api/ask): NFC, markup dropped (src/text/markup.ts: "<b>…</b>",
 * "<script>…</script>" with its content), control and zero-width characters dropped, whitespace collapsed.
 */
export function cleanInput(text: string): string {
  return withoutMarkup(text)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text has at least one letter or digit (emoji-only or punctuation-only is not readable). */
export function hasReadableContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** The key used to compare short answers and labels (one function, in src/text/fold.ts). */
export { matchKey };

/** As matchKey without spaces: "nha tieu" and "nhatieu" are one alias. */
export function compactKey(text: string): string {
  return matchKey(text).replace(/ /g, '');
}

const UNSURE = new Set(YES_NO.unsure);
const YES = new Set(YES_NO.yes);
const NO = new Set(YES_NO.no);

/** A short answer as the yes/no reader compares it: chat spellings in their written form ("ko", "k", "hok" → "không"), folded. */
const answerKey = (text: string) => matchKey(writtenForm(text));

/** A whole-message yes / no / "không rõ"; anything longer is not read as an answer. */
export function readYesNo(text: string): 'yes' | 'no' | 'unsure' | undefined {
  const key = answerKey(text);
  return yesNoOf(key) ?? yesNoOf(replyWithoutAddress(key));
}

const GUESSES = (['yes', 'no'] as const).map((answer) => [answer, new Set(YES_NO.guesses[answer])] as const);
/** A whole-message guess ("chắc là có", "hình như ko", "chac ko ad": YES_NO.guesses): the answer it leans to, or undefined. */
export function readGuess(text: string): 'yes' | 'no' | undefined {
  const key = answerKey(text);
  const bare = replyWithoutAddress(key);
  return GUESSES.find(([, forms]) => forms.has(key) || forms.has(bare))?.[0];
}

const ADDRESS_AT_END = YES_NO.addressAtEnd.map((phrase) => ` ${phrase}`).sort((a, b) => b.length - a.length);
/** "rang khong ban oi" → "rang khong": at most two words addressing the bot taken off the end (YES_NO.addressAtEnd), never the whole. */
function replyWithoutAddress(key: string): string {
  let rest = key;
  for (let taken = 0; taken < 2; taken += 1) {
    const address = ADDRESS_AT_END.find((phrase) => rest.endsWith(phrase) && rest.length > phrase.length);
    if (!address) break;
    rest = rest.slice(0, -address.length);
  }
  return rest;
}

/** The yes/no/unsure reply these words are (answer keys), in that order of precedence. */
const yesNoOf = (key: string): 'yes' | 'no' | 'unsure' | undefined => (UNSURE.has(key) ? 'unsure' : YES.has(key) ? 'yes' : NO.has(key) ? 'no' : undefined);

const NOT_LEADING = new Set(YES_NO.leading.notLeading);
const NO_ONE_AFTER = new Set(YES_NO.leading.noOneAfter);
const ASKS_AT_END = new Set(YES_NO.leading.asksAtEnd);
const CLAUSE_BREAK = /^[,.;:!…-]$/u;

/**
 * An answer that starts with yes/no words and goes on with its detail (yes-no.ts `leading`): "co, ba noi ko co the bhyt"
 * and "dạ có, thằng út thất nghiệp" are yes, "hok, ca nha co bhyt het" and "ko ai that nghiep" no. Undefined for a whole
 * short reply (readYesNo's), a question ("co dc ho tro j ko", "?"), a "no" that opens a statement of a lack ("ko co the"),
 * a "yes" without a clause break after it ("co di lam het", "co the het roi" affirm what follows) and, when `commaNeeded`
 * (the message names something else, "ko co bhyt" at another question), any words without a comma after them.
 */
export function readLeadingYesNo(text: string, commaNeeded = false): 'yes' | 'no' | 'unsure' | undefined {
  const tokens = matchKeyTokens(text);
  const words = tokens.filter((token) => !CLAUSE_BREAK.test(token) && token !== '?');
  for (let length = Math.min(INPUT_DEFAULTS.maxLeadingWords, words.length - 1); length >= 1; length -= 1) {
    const lead = words.slice(0, length).join(' ');
    const answer = yesNoOf(lead);
    if (answer === undefined) continue;
    if (length === 1 && NOT_LEADING.has(lead)) return undefined;
    const comma = CLAUSE_BREAK.test(tokens[length] ?? '');
    if (tokens.includes('?') || (!comma && ASKS_AT_END.has(words.at(-1)!))) return undefined;
    // "co di lam het", "co the het roi": a "có" that opens a statement affirms what follows, it is no answer by itself.
    if (!comma && (commaNeeded || answer === 'yes' || (answer === 'no' && !NO_ONE_AFTER.has(words[length]!)))) return undefined;
    return answer;
  }
  return undefined;
}

/**
 * A message that asks rather than answers: a "?", or a last word that asks ("co dc ho tro the bhyt ko", "nha tui ko co bhyt
 * thi sao"), unless yes/no words and a comma open it ("co, nhung ba noi thi khong").
 */
export function asksBack(text: string): boolean {
  const tokens = matchKeyTokens(text);
  if (tokens.includes('?')) return true;
  const words = withoutAddress(tokens.filter((token) => !CLAUSE_BREAK.test(token)));
  const last = words.at(-1);
  if (words.length > 1 && has(words, YES_NO.leading.asksAnywhere)) return true;
  return words.length > 1 && last !== undefined && ASKS_AT_END.has(last) && readLeadingYesNo(text) === undefined;
}

const ADDRESS_AFTER = YES_NO.leading.addressAfter.map((phrase) => phrase.split(' '));
/** Where `words` end once one, then two of YES_NO.leading.addressAfter are taken off their end ("… gi vay ad": before "ad", before "vay ad"). */
function addressEnds(words: readonly string[]): number[] {
  const ends: number[] = [];
  let end = words.length;
  for (let taken = 0; taken < 2; taken += 1) {
    const phrase = ADDRESS_AFTER.find((parts) => parts.length <= end && phraseEndingAt(words, end, parts));
    if (!phrase) break;
    end -= phrase.length;
    ends.push(end);
  }
  return ends;
}

/** The words without up to two of YES_NO.leading.addressAfter at their end, when an asking word is left last ("… ko ban", "… sao vay ad"). */
function withoutAddress(words: readonly string[]): readonly string[] {
  const end = addressEnds(words).find((at) => at > 0 && ASKS_AT_END.has(words[at - 1] ?? ''));
  return end === undefined ? words : words.slice(0, end);
}

const DELETE = REQUESTS.deleteData;
const DELETE_VERBS = DELETE.verbs.map((verb) => verb.split(' '));
const DELETE_OBJECTS = DELETE.objects.map((object) => object.split(' '));
const DELETE_LAST = REQUESTS.deleteLast.messages.map((phrase) => phrase.split(' '));
const DELETE_OWN = DELETE.own.map((phrase) => phrase.split(' '));
const STOP_WHOLE = new Set(REQUESTS.stopCheck.whole);

const MORE_DETAIL = REQUESTS.moreDetail;
const MORE_DETAIL_PHRASES = MORE_DETAIL.phrases.map((phrase) => phrase.split(' '));
const MORE_DETAIL_FILLERS = new Set(MORE_DETAIL.fillers);

const START = REQUESTS.startCheck;
const START_PHRASES = [
  ...START.verbs.map((phrase) => ({ kind: START.classVerbs.includes(phrase) ? 'classVerb' : 'verb', parts: phrase.split(' ') })),
  ...START.objects.map((phrase) => ({ kind: 'object', parts: phrase.split(' ') })),
  ...START.classObjects.map((phrase) => ({ kind: 'class', parts: phrase.split(' ') })),
  ...START.fillers.map((phrase) => ({ kind: 'filler', parts: phrase.split(' ') })),
].sort((a, b) => b.parts.length - a.parts.length);
const START_ALONE = new Set(START.alone);

/**
 * "kiem tra ho gia dinh", "kiem tra giup nha tui", "tinh giup nha tui voi", "kiem tra": the household check asked for in words
 * (lexicon requests.ts startCheck): a verb and an object, every other word a filler, each phrase the longest at its place.
 */
function readsStartCheck(words: readonly string[]): boolean {
  return startCheckRead(words) !== undefined;
}

/**
 * "kiem tra ho ngheo" (round 16): the check asked for with a class as its object (lexicon requests.ts startCheck.classObjects),
 * which could also mean the procedure: the check starts with a line on where the procedure is (CHECK_NOT_PROCEDURE).
 */
export function startCheckNamesClass(message: string | ReadMessage): boolean {
  return startCheckRead(readMessage(message).words) === 'class';
}

/** 'object' or 'class' when the words ask for the check (with a household or a class as its object), else undefined. */
function startCheckRead(words: readonly string[]): 'object' | 'class' | undefined {
  if (words.length === 0 || words.length > START.maxWords) return undefined;
  if (START_ALONE.has(words.join(' '))) return 'object';
  const kinds = new Set<string>();
  for (let index = 0; index < words.length; ) {
    const longest = START_PHRASES.find(({ parts }) => phraseAt(words, index, parts))?.parts.length;
    if (longest === undefined) return undefined;
    // A phrase of that length may be of several kinds ("nhà": an object, or the particle "nha"; "hộ": a household, or "for me").
    START_PHRASES.filter(({ parts }) => parts.length === longest && phraseAt(words, index, parts)).forEach(({ kind }) => kinds.add(kind));
    index += longest;
  }
  const verb = kinds.has('verb') || kinds.has('classVerb');
  if (verb && kinds.has('object')) return 'object';
  return kinds.has('classVerb') && kinds.has('class') ? 'class' : undefined;
}

const CONSENT = REQUESTS.consent;
const CONSENT_PHRASES = [
  ...CONSENT.accept.map((phrase) => ({ answer: 'yes' as const, parts: phrase.split(' ') })),
  ...CONSENT.refuse.map((phrase) => ({ answer: 'no' as const, parts: phrase.split(' ') })),
].sort((a, b) => b.parts.length - a.parts.length);
const CONSENT_FILLERS = new Set(CONSENT.fillers);

/**
 * The answer to "may the household's answers be kept?" in everyday words (lexicon requests.ts consent): 'yes' for "ok ban",
 * "dc", "dong y nha", "cu luu di", "ừa"; 'no' for "thoi khoi", "ko can luu", "dung luu", "hông"; undefined for anything else
 * ("dc ko" asks, "ok, nha tui 5 nguoi" tells the household), and for words of both ("ok ko luu").
 */
export function readConsent(message: string | ReadMessage): 'yes' | 'no' | undefined {
  return readShortAnswer(message, CONSENT_PHRASES);
}

/**
 * "tui ko dong y thi lam sao", "ko muon luu thi co sao ko" while the question to keep the household's answers waits (round 33
 * mend33a; was the card of a review result disputed): a refusal of the consent (requests.ts consent.refuse) in a longer message,
 * asking what follows; read only while that question waits, and only when the message names no topic (core.ts).
 */
export function saysConsentRefused(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  return saysAny(words, CONSENT.refuse);
}

/** "tui ko dong y luu", "dung luu thong tin nha tui": the keeping itself refused (requests.ts consent.refuse and consent.keeping). */
export function refusesKeeping(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  return saysAny(words, CONSENT.refuse) && saysAny(words, CONSENT.keeping);
}

/** What the choice to keep the answers means, asked while it waits (lexicon requests.ts consent.unclear): "luu thong tin la sao". */
export function asksWhatConsentMeans(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  if (saysAny(words, CONSENT.unclear)) return true;
  // "vay thi sao", "roi sao a" alone (CONSENT.soWhat): the step asked about, with only fillers after.
  const asked = CONSENT.soWhat.find((phrase) => phraseAt(words, 0, phrase.split(' ')));
  return asked !== undefined && words.slice(asked.split(' ').length).every((word) => CONSENT_FILLERS.has(word));
}

const ERASE_PHRASES = [
  ...REQUESTS.eraseConfirm.accept.map((phrase) => ({ answer: 'yes' as const, parts: phrase.split(' ') })),
  ...REQUESTS.eraseConfirm.refuse.map((phrase) => ({ answer: 'no' as const, parts: phrase.split(' ') })),
].sort((a, b) => b.parts.length - a.parts.length);

/**
 * The answer to "erase everything kept about you?" typed (lexicon requests.ts eraseConfirm): 'yes' for "co", "ok xoa di",
 * "dong y"; 'no' for "thoi", "ko xoa", "de lai"; undefined for anything else.
 */
export function readEraseConfirm(message: string | ReadMessage): 'yes' | 'no' | undefined {
  return readShortAnswer(message, ERASE_PHRASES);
}

/** A yes/no reply, or one of `phrases` with only CONSENT's fillers around, at most CONSENT.maxWords words, all of one answer. */
function readShortAnswer(message: string | ReadMessage, phrases: readonly { answer: 'yes' | 'no'; parts: string[] }[]): 'yes' | 'no' | undefined {
  const { text, words } = readMessage(message);
  const answer = readYesNo(text);
  if (answer !== undefined) return answer === 'unsure' ? undefined : answer;
  if (words.length === 0 || words.length > CONSENT.maxWords) return undefined;
  const answers = new Set<'yes' | 'no'>();
  for (let index = 0; index < words.length; ) {
    const phrase = phrases.find(({ parts }) => phraseAt(words, index, parts));
    if (phrase) answers.add(phrase.answer);
    else if (!CONSENT_FILLERS.has(words[index]!)) return undefined;
    index += phrase?.parts.length ?? 1;
  }
  return answers.size === 1 ? [...answers][0] : undefined;
}

/** "chi tiet", "noi cu the hon dum": a detail phrase, every other word a filler (lexicon requests.ts moreDetail). */
function readsMoreDetail(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > MORE_DETAIL.maxWords) return false;
  const covered = new Array<boolean>(words.length).fill(false);
  words.forEach((_, index) => {
    const phrase = MORE_DETAIL_PHRASES.find((candidate) => phraseAt(words, index, candidate));
    if (phrase) phrase.forEach((__, offset) => (covered[index + offset] = true));
  });
  return covered.some(Boolean) && words.every((word, index) => covered[index] || MORE_DETAIL_FILLERS.has(word));
}

/**
 * A request said in plain words instead of a command (lexicon requests.ts): 'deleteLast' for "xoa tin vua gui" (the newest
 * message that left something; "/xoatin" alone lists them), 'moreDetail' for "chi tiet", "noi cu the hon" (the last short
 * answer in full), 'deleteData' for "xoa het thong tin cua tui
 * di", "xoa du lieu" (what /xoadulieu does), 'stopCheck' for "thoi tui ko muon khai nua", "thoi khoi", "huy" (what "Hủy"
 * does; the caller reads it only while a check is open). Undefined for anything else: "xoa nha tam co dc ho tro ko", "lam
 * sao xoa du lieu", "thang ut ko lam nua", "thoi khoi, nha tui ko ai that nghiep" (it tells the household: an answer).
 */
export function readRequest(message: string | ReadMessage): 'deleteLast' | 'deleteData' | 'stopCheck' | 'moreDetail' | 'startCheck' | undefined {
  const { text, words } = readMessage(message);
  if (readsMoreDetail(words)) return 'moreDetail';
  if (readsStartCheck(words)) return 'startCheck';
  if (words.length <= DELETE.maxWords && !has(words, DELETE.refusals) && !has(words, DELETE.howTo)) {
    // "xoa tin vua gui": the last message only (the newest "/xoatin" alone lists).
    const lastMessage = words.some((_, index) =>
      DELETE_VERBS.some(
        (verb) =>
          phraseAt(words, index, verb) &&
          Array.from({ length: DELETE.reach + 1 }, (_, gap) => index + verb.length + gap).some((at) => DELETE_LAST.some((phrase) => phraseAt(words, at, phrase))),
      ),
    );
    if (lastMessage) return 'deleteLast';
    // Where each object asked to be deleted ends: "xoa giup tui du lieu".
    const objectEnds = words.flatMap((_, index) =>
      DELETE_VERBS.filter((verb) => phraseAt(words, index, verb)).flatMap((verb) =>
        Array.from({ length: DELETE.reach + 1 }, (_, gap) => index + verb.length + gap).flatMap((at) =>
          DELETE_OBJECTS.filter((object) => phraseAt(words, at, object)).map((object) => at + object.length),
        ),
      ),
    );
    // "xoa thong tin ho ngheo cua nha tui": the person's own data, whatever it is about; otherwise a policy word makes it a question.
    const own = (end: number) => has(words.slice(end, end + DELETE.reach + Math.max(...DELETE_OWN.map((phrase) => phrase.length))), DELETE.own);
    if (objectEnds.length > 0 && (!has(words, DELETE.notAbout) || objectEnds.some(own))) return 'deleteData';
  }
  if (STOP_WHOLE.has(words.join(' '))) return 'stopCheck';
  // "thoi khoi, nha tui ko ai that nghiep": a "never mind" that goes on to tell the household is an answer, not a stop.
  if (words.length <= REQUESTS.stopCheck.maxWords && has(words, REQUESTS.stopCheck.phrases) && !asksBack(text) && !has(words, HOUSEHOLD_THINGS)) return 'stopCheck';
  return undefined;
}

/** "con thieu j", "con may cau nua" at a question of the check: what is still asked (lexicon requests.ts stepsLeft). */
export function asksStepsLeft(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  return words.length <= REQUESTS.stepsLeft.maxWords && has(words, REQUESTS.stepsLeft.phrases);
}

/**
 * A question about what the assistant keeps of the person (lexicon requests.ts privacy): "co ai xem dc thong tin tui khai ko",
 * "bot co luu j cua tui ko", "thong tin tui khai de lam gi". Not "danh sach ho ngheo co cong khai ko" (no own data named).
 */
export function readPrivacyQuestion(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  const { privacy } = REQUESTS;
  return words.length <= privacy.maxWords && has(words, privacy.asks) && (has(words, privacy.data) || has(words, privacy.assistant));
}

/**
 * "cccd cua tui 079…, tra giup nha tui co trong danh sach ho ngheo ko": a look-up asked (REQUESTS.lookup.asks) with an identity
 * number in the text or an identity paper named; the assistant holds no list and looks no one up.
 */
export function readIdLookup(text: string): boolean {
  const { words } = readMessage(withoutMarkup(text));
  const { lookup } = REQUESTS;
  return has(words, lookup.asks) && (maskNumbers(text).includes(MASKS.idNumber) || has(words, lookup.ids));
}

/** The message's words as answerKey reads them, with its punctuation marks as words of their own. */
function matchKeyTokens(text: string): string[] {
  return fold(writtenForm(text)).match(/[\p{L}\p{N}]+|[,.;:!?…-]/gu) ?? [];
}

const has = saysAny;

/** Every everyday word of a thing the household has or lacks (lexicon household.ts DEPRIVATION_WORDS). */
const HOUSEHOLD_THINGS = Object.values(DEPRIVATION_WORDS).flatMap(deprivationPhrases);

/**
 * A message read once: its words as the readers compare them (chat spellings in their written form, folded,
 * punctuation and emoji removed). The chat tries several readers on a message (a short text to share, a
 * household told, the list of supports, a topic): they take this instead of each reading the text again.
 */
export interface ReadMessage {
  readonly text: string;
  /** Shared by every reader of the message: never changed. */
  readonly words: string[];
}

const AFTER_RESULT = REQUESTS.afterResult;

/** The phrase lists readAfterResult joins, joined once (was at every call: a list compiled anew each time). */
const SUPPOSED_AND_CLOSERS = [...AFTER_RESULT.supposed, ...AFTER_RESULT.supposedClosers];
const NEXT_STEPS_ALL = [...AFTER_RESULT.nextSteps.asks, ...AFTER_RESULT.nextSteps.around];

/**
 * What a message right after a household's result says of it (REQUESTS.afterResult): a what-if (`supposed`, with the words
 * left to read once the supposition is left out: "gia su nha co them 1 nguoi" → "nha co them 1 nguoi"), a correction, or
 * the result disputed; undefined otherwise. Whether the figures changed is the caller's to read.
 */
export type AfterResult = { kind: 'supposed'; rest: string } | { kind: 'corrected' } | { kind: 'disputed' } | { kind: 'why' } | { kind: 'nextSteps' } | { kind: 'classAsked'; named?: 'near_poor' | 'newly_escaped' | 'middle' | 'poor'; denied?: true };

export function readAfterResult(message: ReadMessage): AfterResult | undefined {
  const { words } = message;
  if (saysAny(words, AFTER_RESULT.supposed)) return { kind: 'supposed', rest: withoutPhrases(words, SUPPOSED_AND_CLOSERS).join(' ') };
  // "dạ vậy là nhà tui hông phải hộ nghèo hả": its "không phải" asks back, it corrects nothing.
  const asked = classAskedBack(words);
  if (asked) return asked;
  if (saysAny(words, AFTER_RESULT.corrected)) return { kind: 'corrected' };
  if (words.length > AFTER_RESULT.maxWords) return undefined;
  // "tai sao lai la can ngheo", not "tai sao ho ngheo duoc vay von" (a support's or the procedure's own question).
  if (saysAny(words, AFTER_RESULT.why) && !has(words, SUPPORT_WORDS) && !has(words, TOPICS.procedure)) return { kind: 'why' };
  // "vay gio tui phai lam gi" ("vay" is "vậy"): what to do now, not the loans nor a support's own procedure.
  const nextAsks = AFTER_RESULT.nextSteps.asks;
  const nextCovered = phrasePositions(words, NEXT_STEPS_ALL);
  if (saysAny(words, nextAsks) && words.every((_, at) => nextCovered.has(at))) return { kind: 'nextSteps' };
  return saysAny(words, AFTER_RESULT.disputed) ? { kind: 'disputed' } : undefined;
}

/**
 * "z la ho ngheo ha", "vay la ho gi": a class (or "hộ gì") with only AFTER_RESULT.classAsked's words around it, one of its marks;
 * `named`: the one class it names (none for "hộ nghèo hay cận nghèo", "hộ gì"), `denied` when said as not it ("không phải hộ nghèo").
 */
function classAskedBack(words: readonly string[]): Extract<AfterResult, { kind: 'classAsked' }> | undefined {
  const { around, marks } = AFTER_RESULT.classAsked;
  if (words.length > AFTER_RESULT.maxWords || !saysAny(words, marks)) return undefined;
  const classes = TOPICS.classes.map(([phrase, classification]) => ({ at: phrasePositions(words, [phrase]), classification })).filter(({ at }) => at.size > 0);
  // "cận nghèo" holds "nghèo": a class whose words lie inside another's found is not named again.
  const found = classes.filter(({ at }, index) => !classes.some((other, before) => before < index && [...at].every((position) => other.at.has(position))));
  const named = new Set([...found.flatMap(({ at }) => [...at]), ...phrasePositions(words, AFTER_RESULT.classAsked.unnamed)]);
  if (named.size === 0) return undefined;
  const covered = new Set([...named, ...phrasePositions(words, around)]);
  if (!words.every((_, at) => covered.has(at))) return undefined;
  const one = new Set(found.map(({ classification }) => classification));
  return { kind: 'classAsked', ...(one.size === 1 ? { named: found[0]!.classification, ...(saysAny(words, AFTER_RESULT.classAsked.denied) ? { denied: true } : {}) } : {}) };
}

/** What is asked of the result itself ("ket qua sai roi", "tai sao", "z la ho ngheo ha", "vay gio phai lam gi"): answered from it, no new check. */
export function asksOfResult(after: AfterResult | undefined): after is Exclude<AfterResult, { kind: 'supposed' } | { kind: 'corrected' }> {
  return after !== undefined && after.kind !== 'supposed' && after.kind !== 'corrected';
}

/**
 * Whether a message after a result asks something (REQUESTS.afterResult.asks, asksLast), so its facts are no bare correction; the
 * last word read before up to two words addressing the bot ("nha bi lu cuon troi co dc ho tro ko ad": "ko" asks).
 */
export function asksAfterResult(message: ReadMessage): boolean {
  return /\?\s*$/.test(message.text) || saysAny(message.words, AFTER_RESULT.asks) || AFTER_RESULT.asksLast.includes(withoutAddress(message.words).at(-1) ?? '');
}

/**
 * "the con 2 dua di lam xa thi sao", "hai dua con di lam o binh duong": how many members work away (HOUSEHOLD_AWAY), from the count
 * said before them with its counter ("2 đứa", "hai người"); undefined when the message says no such count.
 */
export function readAwayMembers(message: ReadMessage, cues: readonly string[] = HOUSEHOLD_AWAY.words): number | undefined {
  const { words } = message;
  const away = [...phrasePositions(words, cues)];
  if (away.length === 0) return undefined;
  const counters = phrasePositions(words, HOUSEHOLD_AWAY.counters);
  const start = Math.min(...away);
  for (let at = start - 1; at >= Math.max(0, start - 4); at -= 1) {
    const word = words[at]!;
    const count = /^\d+$/.test(word) ? Number(word) : DIGIT_WORDS[word];
    // Its counter said right before the words (an owner word between: "2 đứa con tui đi làm xa"): "nhà tui 4 người, thằng lớn
    // đi làm ở Bình Dương" is 1 away, not the household's 4 (round 34 household23; was 4, so no word on the one away).
    if (count !== undefined && count > 0 && counters.has(at + 1) && counterReaches(words, at + 1, start)) return count;
  }
  // "con di lam xa" (round 35 household24; was none away): "con" is an owner ("ba con đi làm xa") and the member alike, so the
  // member is looked for before the owner word and right before the words both.
  const ends = OWNER_WORDS.has(words[start - 1] ?? '') ? [start - 1, start] : [start];
  return HOUSEHOLD_AWAY.one.some((phrase) => {
    const parts = phrase.split(' ');
    return ends.some((end) => end >= parts.length && phraseEndingAt(words, end, parts));
  })
    ? 1
    : undefined;
}

/**
 * The reasons a member is away that a message says (HOUSEHOLD_AWAY.absent), each with the phrases that said it: "chong dang o tu"
 * anywhere, "chong tui o tu" only where a clause ends ("… thu nhap 3 trieu, chong tui o tu"; not "ở từ nhỏ", round 36 words22).
 * Read clause by clause, an "o tu" that goes on as "ở từ" left out as the masking leaves it (HOUSEHOLD_AWAY.absent.prison.since):
 * "con trai tui dang o tu nho voi ong ba noi", "nha tui dang o tu thang 3" (round 38 mend38a; were a member in prison).
 */
export function readAbsentReasons(message: ReadMessage): { label: string; said: readonly string[] }[] {
  const clauses = message.text.split(/[,.;!?\n]+/).map((clause) => withoutLivingSince(blankedPhrases(readMessage(clause).words.filter(Boolean), ABSENT_MISREAD)));
  return Object.values(HOUSEHOLD_AWAY.absent).flatMap(({ label, phrases, atClauseEnd }) => {
    const ending = atClauseEnd.filter((phrase) => clauses.some((words) => phraseEndingAt(words, words.length, phrase.split(' '))));
    return clauses.some((words) => saysAny(words, phrases)) || ending.length > 0 ? [{ label, said: [...phrases, ...ending] }] : [];
  });
}

/** A clause's words with each "o tu" that the words after it make "ở từ" blanked (goesOnSince: "o tu thang 3", "o tu nho"). */
function withoutLivingSince(words: readonly string[]): string[] {
  const blanked = [...words];
  for (let at = 0; at + 1 < words.length; at += 1) {
    if (words[at] === 'o' && words[at + 1] === 'tu' && goesOnSince(` ${words.slice(at + 2).join(' ')}`)) blanked.splice(at, 2, '', '');
  }
  return blanked;
}

const ABSENT_MISREAD: readonly string[] = Object.values(HOUSEHOLD_AWAY.absent).flatMap(({ misread }) => misread);
/**
 * The message with each misread phrase of a member away blanked where it is said (HOUSEHOLD_AWAY.absent misread), not the whole
 * reason dropped: "con tui bi tu ki, chong tui dang o tu", "tui bi tu choi ho ngheo roi, chong tui o tu" still say the husband in
 * prison (round 37; was nothing said of him). Who is away is read on it too (readAwayMembers), not at the misread words.
 */
export function withoutAbsentMisread(message: ReadMessage): ReadMessage {
  return { text: message.text, words: blankedPhrases(message.words, ABSENT_MISREAD) };
}

/** A counter of HOUSEHOLD_AWAY starting at `from` ends right before `to`, or one owner word before it. */
function counterReaches(words: readonly string[], from: number, to: number): boolean {
  const end = OWNER_WORDS.has(words[to - 1] ?? '') ? [to, to - 1] : [to];
  return HOUSEHOLD_AWAY.counters.some((counter) => {
    const parts = counter.split(' ');
    return end.includes(from + parts.length) && parts.every((part, index) => words[from + index] === part);
  });
}

/** The message read (a message already read is returned as it is); a text read again in its turn, as read (turnMemo: for that turn only). */
export function readMessage(message: string | ReadMessage): ReadMessage {
  if (typeof message !== 'string') return message;
  const readMessages = turnMemo<ReadMessage>('readMessage');
  let read = readMessages?.get(message);
  if (read === undefined) {
    read = Object.freeze({ text: message, words: Object.freeze(matchKey(writtenForm(message)).split(' ')) as string[] });
    readMessages?.set(message, read);
  }
  return read;
}

/** Class words and "chuẩn nghèo": the message is about poverty classes. */
export const POVERTY_WORDS = [...TOPICS.classes.map(([phrase]) => phrase), ...TOPICS.standard];
/** Every support's words (src/text/lexicon/topics.ts). */
const SUPPORT_WORDS = Object.values(TOPICS.supports).flat();
/**
 * Whether a support's who-and-what pair (TOPICS.supportsByWho) is said: one of `who`, one of `what`, none of `unless`, and,
 * when `classes` (the classes the message names) is given, one of the pair's own `classes` named when it has them.
 */
export function pairSaid(supportId: string, words: readonly string[], classes?: readonly string[]): boolean {
  const { who, what, classes: only, unless } = TOPICS.supportsByWho[supportId]!;
  return has(words, who) && has(words, what) && (!classes || !only || classes.some((named) => only.includes(named))) && !(unless && has(words, unless));
}
/** A support named by one of its `who` and one of its `what`, none of its `unless`, whatever class: "nhà trẻ" … "tiền ăn". */
const pairNamed = (words: readonly string[]) => Object.keys(TOPICS.supportsByWho).some((id) => pairSaid(id, words));
/** Words of what residents ask a support for that the data has none of ("tiền nước"): TOPICS.withoutSupport. */
const WITHOUT_SUPPORT_WORDS = Object.values(TOPICS.withoutSupport).flatMap(({ words: named }) => named);
/** Moving or working away ("đơn nhà qua xã khác", "đi làm xa"): where the household is reviewed (TOPICS.reference.residence). */
const RESIDENCE_WORDS = TOPICS.reference.residence?.subject ?? [];
/** A Tết gift asked ("nha tui ho can ngheo, tet nay co dc qua j ko"): rules/reference.yaml tet_gifts, no household told. */
const TET_WORDS = TOPICS.reference.tet_gifts?.subject ?? [];
/** Asking when the review happens (TOPICS.procedureAsks.timing): a question about the procedure, not a household told. */
const REVIEW_TIMING = TOPICS.procedureAsks.timing ?? [];
/**
 * "nha tui ngheo ma ko dc xet, khieu nai o dau", "rang nha tui ko dc xet ho ngheo rua" (round 15): why the household was not
 * recognised, or a complaint about it (TOPICS.losing, disagreeing_result), asked of the household: no facts to check.
 */
const NOT_RECOGNISED = [...TOPICS.losing.words, ...(TOPICS.reference.disagreeing_result?.subject ?? [])];

/**
 * "ai la nguoi quyet dinh nha tui co la ho ngheo hay ko" (round 29 words14; was the household check started): who decides or
 * reviews asked (rules/reference.yaml recognition_authority), no facts told: a question about the procedure, not a household.
 */
const WHO_DECIDES = TOPICS.reference.recognition_authority?.subject ?? [];

/** A member of a household named ("chồng", "con", "mẹ"); not those that are also digits ("ba", "bốn"), said of an amount. */
const MEMBER_WORDS = TOPICS.household.relatives.filter((relative) => DIGIT_WORDS[relative] === undefined);

/**
 * A message about the user's own household rather than a policy: "nhà tôi 4 người thu nhập 5 triệu có
 * được hộ nghèo không", or a household told without asking ("nhà em 4 người ở quê, cả nhà kiếm chừng
 * 5 triệu một tháng, chưa có bảo hiểm y tế"). Returns what the sentence states, or undefined.
 */
export function readHouseholdMessage(message: string | ReadMessage, rules: RuleSet, date: string): Understanding | undefined {
  // Read once a turn: /api/ask reads a question's household twice (ask.ts householdClass, documents.ts routedTopic), each ~1/3 of
  // its CPU (round 34 apispeed15). Kept for the turn only, by its text, words, day and rules (turnMemo).
  const read = readMessage(message);
  return turnRemembered('readHouseholdMessage', () => `${date}\n${read.text}\n${read.words.join(' ')}`, rules, () => householdMessageRead(read, rules, date));
}

/** readHouseholdMessage, read afresh. */
function householdMessageRead(message: ReadMessage, rules: RuleSet, date: string): Understanding | undefined {
  const { text, words: key } = message;
  const understanding = understandHousehold(text, rules, date);
  const { understood } = understanding;
  const told = factsTold(understanding);
  // "be di mau giao co dc tien com trua ko, nha e ho ngheo": a support named, no income told, is a support question;
  // unless the sentence tells the household ("tui o 1 minh, 68 tuoi, … o que, nha tam bo, ko co bhyt": a support's words as its lacks).
  // "chong chay xe om thang dc 5 xi, …, nha 4 nguoi thue nha o tro": an amount asked back ("xị") is an income told all the same.
  // Only with the household's size told: "bhyt ho can ngheo nam 2027 co dc mien 100% ko" asks back "100" and tells no household.
  const incomeUntold = understanding.missing.includes('monthlyIncome') && !(understanding.incomeAsked === true && understood.members !== null);
  // "bé nhà tui 3 tuổi đi nhà trẻ, hộ nghèo có dc trợ tiền ăn ko" (round 30 tryout14; was a check started from the child's age): a
  // support named by who it is for and what it pays (TOPICS.supportsByWho) is named all the same.
  // "vo chong tui o que, con tui di lam o sai gon, ko co bhyt" (round 35 mend35e; was the BHYT card): a member away told is a fact
  // of the household too (the check says whether it counts), as its size, area and lack are.
  // "vo chong tui ko biet chu thi co bi tinh thieu chi so j ko" (round 19's miss, round 36 words22; was a check started with 2
  // people): a lack told and asked outright whether it counts (TOPICS.hadThing.unless), no figure said, is the indicator's question.
  if (incomeUntold && understood.deprivations.length > 0 && !/\d/.test(text) && has(key, TOPICS.hadThing.unless)) return undefined;
  const away = readAwayMembers(message) === undefined ? 0 : 1;
  // "nha 7 nguoi, ko co nuoc sach, nha tam" (round 36 tryout25; was the housing card): the size told with two lacks or more, a
  // support's words among them read as a lack ("nhà tạm"), and nothing asked, tells the household.
  const toldOnly = understood.members !== null && understood.deprivations.length >= 2 && !asksBack(text);
  if ((has(key, SUPPORT_WORDS) || pairNamed(key)) && incomeUntold && told + away < INPUT_DEFAULTS.householdFacts && !toldOnly) return undefined;
  // "nha tui ngheo co dc ho tro tien nuoc ko": a support the data has none of, and no fact told, is a question too
  // ("nhà em 4 người ở quê, không có nước sạch" tells facts, so it stays a household).
  // "nha tui thieu nuoc sach, nha tui dc ho tro gi" (round 21): its lack told with the supports asked, no size nor income, asks too
  // (was a check started, "nha tôi được ho tro gì" taken for an indicator it could not read).
  // "nha tui xai nuoc song duc lam, ho ngheo co dc ho tro lam gieng ko" (round 29 tryout12; was a check started): help asked for the
  // thing ("hỗ trợ", "giúp") with the lack told, no size nor income, asks too.
  const supportsAsked = understood.members === null && incomeUntold && (readSupportsQuestion(key.join(' ')) !== undefined || has(key, TOPICS.supportsList.benefits));
  if (has(key, WITHOUT_SUPPORT_WORDS) && (factCount(understanding) === 0 || supportsAsked)) return undefined;
  // "truong thon doi 500k moi dua nha tui vo danh sach ho ngheo": money asked of the household, not its income (review_fees).
  if (asksReviewFees(key)) return undefined;
  // "thu nhap cua nha tui la 1.500.000 dung moc thi sao, …" (round 40 mend40b): an amount exactly at the line asked, no size told,
  // is the line's question (readAmountClassAsked), not a check.
  if (understood.members === null && has(key, TOPICS.threshold.exactly) && readAmountClassAsked(message, rules, date) !== undefined) return undefined;
  // "co nguoi la doi cccd lam ho so ho ngheo cho nha tui, co dc ko" (round 39; was a check started): papers asked by a stranger.
  if (asksIdentityPapers(key)) return undefined;
  // "nha tui co xe may thi co dc ho ngheo ko" (round 39 mend39d; was a check started): a thing owned asked of, no size, income nor
  // lack told, is the card on owning it, as without "nhà tui" (TOPICS.losing.assets).
  if (understood.members === null && incomeUntold && factCount(understanding) === 0 && Object.keys(TOPICS.losing.assets).some((asset) => has(key, [`co ${asset}`]))) return undefined;
  const own = has(key, OWN_HOUSEHOLD);
  if (has(key, POVERTY_WORDS)) {
    // "nha 4 nguoi … la ho ngheo ko": the class asked at the end, with the household's size told (findings35 N35-01).
    const asks = has(key, TOPICS.household.asksEligibility) || (understood.members !== null && has(key, TOPICS.household.classAskedAtEnd));
    // "co phai tu 2027 chuan ngheo nong thon la 2 trieu 2 ko": a figure said of the standard itself, no household told (no
    // members, not "nhà tui"), is a claim about the line (claims.ts), never a household's income.
    if (!own && understood.members === null && has(key, TOPICS.claims.lineNames)) return undefined;
    // "co phai nam 2027 ho ngheo dc cho 5 trieu ko" (round 31 plain18; was a check started with an income of 5 triệu): money said
    // to be handed out to a class, its truth asked, no household told, is a rumour (claims.ts), as "… phai ko" is.
    if (!own && understood.members === null && has(key, TOPICS.claims.given) && (has(key, TOPICS.claims.truthAsked) || has(key, TOPICS.claims.told))) return undefined;
    const statesFacts = understood.members !== null || !understanding.missing.includes('monthlyIncome') || understanding.questions.length > 0;
    // "nhà tui ở nhà thuê có được xét hộ nghèo ko": a situation asked about, no facts told, is for the explainers ("nhà tui
    // hộ cận nghèo giờ dọn nhà qua xã khác thì có còn được ko": for the residence entry);
    // "bao lâu phải xét lại" asks the review's timing; "năm sau nhà tui còn là hộ cận nghèo không" asks a later year's standard.
    // "nha tui ho can ngheo, me tui 71 tuoi co dc tien gi ko": an allowance asked for a member, no facts told, is a support question.
    // "nha tui la ho ngheo roi, 5 nguoi, co dc ho tro j them ko", "ba tui 65 tuoi o 1 minh, ho ngheo, … co dc tro cap j ko": a
    // household that already has its class asks what it gets, no income told: the supports, never a new means test (R08).
    const supportsAsked = readSupportsQuestion(key.join(' ')) !== undefined || has(key, TOPICS.monthlyAllowance);
    if (supportsAsked && understanding.missing.includes('monthlyIncome') && understanding.questions.length === 0) return undefined;
    // "nha tui ho ngheo, con hoc cap 3 co phai nop tien j ko" (round 27): what a pupil pays asked, neither the household's size nor
    // its income told, is the school-fee exemption (TOPICS.supportsByWho.tuition_exemption), not a check ("có phải" asks the fee).
    const fee = TOPICS.supportsByWho.tuition_exemption!;
    if (understood.members === null && understanding.missing.includes('monthlyIncome') && has(key, fee.who) && has(key, fee.what)) return undefined;
    if (
      !statesFacts &&
      (has(key, TOPICS.situations) || has(key, RESIDENCE_WORDS) || has(key, TET_WORDS) || has(key, REVIEW_TIMING) || has(key, TOPICS.monthlyAllowance) || has(key, NOT_RECOGNISED) || has(key, WHO_DECIDES) || understanding.asOf !== undefined)
    ) {
      return undefined;
    }
    return (statesFacts && (own || asks)) || (own && asks) ? understanding : undefined;
  }
  // "Hộ có thu nhập 1.450.000 đồng ở xã, thiếu BHYT và nhà tiêu, là hộ gì": a household described beyond its income
  // (a lack, or what it has) and its class asked is a check, whatever support its lacks name. An income and an area
  // alone asked the same way ("2.200.000 đồng ở nông thôn năm 2027 là hộ gì") ask the standard's line.
  // "nuoi 2 dua nho, chong lam 5 trieu, vay la ho gi" (round 14): its members described (children, a husband who earns) make
  // it a household too, whose income alone is enough to start the check (the rest is asked).
  const describesHousehold =
    understood.deprivations.length + understood.unsure.length + understanding.notDeprived.length + (understood.memberDetails?.length ?? 0) > 0 || has(key, MEMBER_WORDS);
  const asksClass = has(key, TOPICS.threshold.classAsked) && describesHousehold;
  // "nha con o xa, me con 45 tuoi lam ruong" (round 22): the speaker's own house with where it is (or its size, income) and a
  // member described by age is a household told too, the rest asked (was "ngoài phạm vi": the age was no fact). A lack told of
  // an aged member alone ("nha tui co dua con 17 tuoi nghi hoc roi") stays the indicator's question.
  const aged = own && understanding.missing.length < 3 && (understood.memberDetails ?? []).some((member) => member.age !== undefined) ? 1 : 0;
  // "ca nha thu nhap 1 trieu 8 o que la ho gi" (round 22): an income said to be the whole household's ("cả nhà", "tổng") names the
  // household as "nhà tui" does: the check starts and asks its size (was the standard's card).
  const household = own || saysHouseholdTotal(text);
  // "con tui o voi ngoai, vo chong tui di lam Binh Duong moi nguoi 7 trieu" (round 23): people named whose number is asked
  // (membersUntold), with their income, are a household too: the check starts and asks who lives in it (was a passage).
  const peopleAsked = understanding.membersUntold === true && !understanding.missing.includes('monthlyIncome');
  return (told + aged >= (asksClass ? 1 : 2) && (household || understood.members !== null || asksClass)) || peopleAsked || incomeToldAlone(understanding, text, key, own) ? understanding : undefined;
}

/**
 * "nha tui lam ruong thu nhap 5 trieu 1 thang" (findings N37-04), "moi nguoi trong nha dc khoang 1 trieu ruoi 1 thang" (N36-11):
 * the household's income told plainly, its own or per person, nothing asked and no support named: the check starts with it
 * and asks what is missing (never a passage or "ngoài phạm vi"). Round 14: "ba tui lanh luong huu 3 trieu con tui di lam 4
 * trieu" is the household's income too, added up from each earner's (a pension received, TOPICS.pensionHeld.says, is a
 * source of it, no support asked); "binh quan 1tr2/nguoi la ho gi" asks only the class of an income per person: a household told.
 */
function incomeToldAlone(understanding: Understanding, text: string, key: readonly string[], own: boolean): boolean {
  const { understood } = understanding;
  const perPerson = understood.monthlyIncomePerPerson !== undefined;
  const income = perPerson || typeof understood.monthlyIncome === 'number';
  // Only the class asked of an income per person and nothing else told: a household's; with an area or a year besides ("… ở nông
  // thôn năm 2027 là hộ gì") it is the amount's question against that year's line (readAmountClassAsked), no check.
  // "mỗi người 1tr8 ở nông thôn là hộ gì": an amount said to be each person's, with its area, is a household's too.
  // "hộ thành thị thu nhập bình quân 2,5 triệu là hộ gì" (round 26): an average ("bình quân") with its area, of no household of the
  // speaker's, is the amount's question as its "/người" twin (was a check started).
  const averaged = !own && understood.area !== null && has(key, INCOME_AVERAGE_WORDS);
  const alone = perPerson && (understood.area === null || (has(key, PER_PERSON_PHRASES) && !averaged)) && understanding.asOf === undefined;
  const asked = alone ? asksBack(withoutPhrases(key, TOPICS.threshold.classAsked).join(' ')) : asksBack(text);
  const supportNamed = has(withoutPhrases(key, TOPICS.pensionHeld.says), SUPPORT_WORDS) || has(key, WITHOUT_SUPPORT_WORDS);
  // "mỗi người 2tr5 ở thành phố là hộ gì": the area the check asks (a city holds both) is no question about the income.
  const questions = understanding.questions.length - (understanding.areaAsked ? 1 : 0);
  // "hộ nông thôn thu nhập bình quân 2,1 triệu thiếu hụt 2 chỉ số là hộ gì" (round 25): a count of deprivations told of no household
  // of the speaker's settles the class without a check: the amount's question (readAmountClassAsked), not an interview.
  const counted = !own && deprivationsCounted(key) !== undefined;
  return income && (own || perPerson || understanding.incomeSummed === true) && questions === 0 && !asked && !supportNamed && !counted;
}

/**
 * "thu nhap 1 trieu 8 o que la ho gi", "1tr8 o nong thon la ho gi" (round 22): one month's amount with its class asked, and nothing of
 * a household told (no size, no member, no lack, not said to be the whole household's: "cả nhà", "tổng"). Asked against the lines,
 * which are per person a month, it is most likely such an income: the understanding with it per person. Undefined otherwise (a
 * later year named asks that year's standard: its card).
 */
export function readAmountClassAsked(message: string | ReadMessage, rules: RuleSet, date: string): Understanding | undefined {
  const { text, words: key } = readMessage(message);
  // "thu nhap cua nha tui la 1.500.000 dung moc thi sao" (round 40 mend40b, tryout40 [044]): an amount said to be exactly at the
  // line is the line's question (each person's a month) even of the speaker's house, its size untold; only a household's told is checked.
  const atLine = has(key, TOPICS.threshold.exactly);
  if (!(has(key, TOPICS.threshold.classAsked) || has(key, TOPICS.threshold.automatic)) || has(key, MEMBER_WORDS) || (has(key, OWN_HOUSEHOLD) && !atLine) || (saysHouseholdTotal(text) && !atLine)) return undefined;
  const understanding = understandHousehold(text, rules, date);
  const { understood } = understanding;
  const { monthlyIncome, ...rest } = understood;
  // "ho thanh thi 2,5tr/nguoi la ho gi", "ngày 01/01/2027 hộ nông thôn thu nhập bình quân 2,1 triệu … là hộ gì" (round 25): an amount
  // said to be each person's is that income too (was an explainer passage, or the 2027 card without the amount).
  const amount = typeof monthlyIncome === 'number' ? monthlyIncome : understood.monthlyIncomePerPerson;
  const amountOnly = factCount(understanding) === (understood.area === null ? 1 : 2) && understood.memberDetails === undefined && understood.floorAreaM2 === undefined;
  // "… ở nông thôn năm 2027 là hộ gì": read against that year's standard (asOf), whose card the caller gives after it.
  if (amount === undefined || !amountOnly || understanding.membersUntold || understanding.questions.length > 0 || understanding.notes.length > 0 || understanding.incomeSummed) {
    return undefined;
  }
  // "hộ có 1 chỉ số thiếu hụt thu nhập 1,8tr nông thôn là hộ gì" (round 24): the count told decides the class where deprivations do.
  const counted = understanding.understood.deprivations.length === 0 ? deprivationsCounted(key) : undefined;
  return {
    ...understanding,
    understood: { ...rest, monthlyIncomePerPerson: amount },
    ...(counted !== undefined ? { deprivationsCounted: counted } : {}),
    ...(typeof monthlyIncome === 'number' ? {} : { perPersonSaid: true as const }),
  };
}

/**
 * "tui o nha hong lam gi het", "vo tui o nha ko di lam", "chong tui chay xe om, tui o nha" (round 45 resid52; were "ngoài phạm vi",
 * and a check of 2 people guessed from "chồng tui … tui"): someone of the household (TOPICS.workTold.members) at home not working
 * (`idle`) or working on their own or by the day (`informal`), no number told (no size, no income: those start the check).
 */
export function readWorkTold(message: string | ReadMessage): { idle: boolean; informal: boolean } | undefined {
  const { words: key } = readMessage(message);
  const { idle, informal, atHomeEnd, members } = TOPICS.workTold;
  const informally = has(key, informal);
  const atHome = informally && atHomeEnd.some((phrase) => phraseEndingAt(key, key.length, phrase.split(' ')));
  const told = { idle: has(key, idle) || atHome, informal: informally };
  if (!(told.idle || told.informal) || !has(key, members) || key.some((word) => /\d/.test(word))) return undefined;
  return told;
}

/**
 * "ong xa tui bi benh nam mot cho", "ba tui om nang lam ko noi" (round 26): a member ill or bedridden told, no disability word
 * (DISABILITY_PHRASES, the disability topic's: "tai bien", "bi mu"…) nor allowance named: no disabled member by that alone
 * (rules/reference.yaml sick_member), never the disability card. Something asked with it ("…, nha tui co dc ho tro j ko",
 * "… ko lam dc gi") is the caller's, after these lines (was: any message asking back left out, and the disability card).
 */
export function readSickMemberTold(message: string | ReadMessage): boolean {
  const { words: key } = readMessage(message);
  return readIllnessTold(message) && !has(key, DISABILITY_PHRASES) && !has(key, TOPICS.reference.disability?.subject ?? []);
}

/**
 * "me tui bi khuyet tat", "ba tui bi liet" (round 29 words14): the user's own relative told disabled (DISABILITY_PHRASES or the
 * disability topic's words), no allowance named. During the household check a remark beside its question, not a question: the
 * disabled_member lines answer it (rules/reference.yaml), then the question again (was "Bạn gõ số người…" at Câu 2).
 */
export function readDisabledMemberTold(message: string | ReadMessage): boolean {
  const { words: key } = readMessage(message);
  return has(key, OWN_MEMBER) && (has(key, DISABILITY_PHRASES) || has(key, TOPICS.reference.disability?.subject ?? [])) && !has(key, ALLOWANCE_PHRASES);
}

/**
 * A member ill or bedridden told, disability words or not ("me tui bi tai bien liet nua nguoi"), no allowance named: during the
 * household check, a remark beside its question that the sick_member lines answer (they say where a disability is assessed);
 * outside it, readSickMemberTold leaves a disability word to the disability card.
 */
export function readIllnessTold(message: string | ReadMessage): boolean {
  const { words: key } = readMessage(message);
  return illnessOfMemberTold(key) && !has(key, ALLOWANCE_PHRASES);
}

/** A member ill or bedridden (SICK_MEMBER_PHRASES) or an illness named of the user's own relative, an allowance asked or not. */
export function illnessOfMemberTold(words: readonly string[]): boolean {
  return has(words, SICK_MEMBER_PHRASES) || illnessOfMemberNamed(words);
}

/**
 * "mẹ tui bị bệnh tim", "mẹ tui bệnh tiểu đường nặng" (ILLNESS_NAMED), "ba tui bi suy than", "me tui bi dot quy" (round 28: a
 * health condition of the one vocabulary, PERSONAL.healthConditions): an illness named of the user's own relative.
 */
function illnessOfMemberNamed(words: readonly string[]): boolean {
  if (!has(words, OWN_MEMBER) && !illnessOfSpeakerTold(words)) return false;
  if (has(words, PERSONAL.healthConditions)) return true;
  const { named, notIllness, illness } = ILLNESS_NAMED;
  return words.some((word, at) => {
    if (word !== illness) return false;
    const next = words[at + 1] ?? '';
    if (notIllness.includes(next)) return false;
    return next !== '' && (named.some((phrase) => phraseEndingAt(words, at + 1, phrase.split(' '))) || graveAfter(words, at));
  });
}

/**
 * "tui lai bi benh tieu duong", "tui bi benh": the speaker's own illness (a speaker, ILLNESS_NAMED.selfBefore words, then
 * ILLNESS_NAMED.named); readSpeakerIll: no relative named besides.
 */
export function readSpeakerIll(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  return illnessOfSpeakerTold(words) && !has(words, OWN_MEMBER);
}

/**
 * What may follow the speaker for the speaker's own illness: ILLNESS_NAMED.named, or a grave illness or bedridden state
 * (SICK_MEMBER_PHRASES), "bị" before it or not ("tui bi ung thu, nha ngheo", round 40 mend40a; was heard as a relative's).
 */
const SPEAKER_ILL = [...ILLNESS_NAMED.named, ...SICK_MEMBER_PHRASES, ...SICK_MEMBER_PHRASES.map((phrase) => `bi ${phrase}`)].map((phrase) => phrase.split(' '));

function illnessOfSpeakerTold(words: readonly string[]): boolean {
  const { selfBefore, selfNotAfter } = ILLNESS_NAMED;
  return words.some((word, at) => {
    if (!TOPICS.household.speakers.includes(word) || selfNotAfter.includes(words[at - 1] ?? '')) return false;
    let next = at + 1;
    while (next < words.length && selfBefore.includes(words[next]!)) next += 1;
    return SPEAKER_ILL.some((phrase) => phraseAt(words, next, phrase));
  });
}

/** "bệnh tiểu đường nặng": the illness's word at `at`, its name, then within ILLNESS_NAMED.between words one of its grave words. */
function graveAfter(words: readonly string[], at: number): boolean {
  const { grave, between } = ILLNESS_NAMED;
  return words.slice(at + 2, at + 2 + between).some((_, k) => grave.some((phrase) => phraseAt(words, at + 2 + k, phrase.split(' '))));
}

/**
 * Whether the user said the illness is grave: bedridden, "bệnh nặng", "ung thư", "bệnh hiểm nghèo", no strength to work
 * (SICK_MEMBER_PHRASES), or "bệnh … nặng" (ILLNESS_NAMED.grave). An illness only named ("ông tui bị gout", "bị viêm phổi") is
 * not called grave: which illness is grave is no reading of the assistant's (round 36: every illness named was "bệnh nặng").
 */
export function graveIllnessTold(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  return has(words, SICK_MEMBER_PHRASES) || words.some((word, at) => word === ILLNESS_NAMED.illness && graveAfter(words, at));
}

/** "1 chỉ số thiếu hụt", "thiếu hụt 2 chỉ số" (DEPRIVATION_LIST.counted), "không thiếu hụt chỉ số nào" (0): the count told; undefined when none is. */
export function deprivationsCounted(words: readonly string[]): number | undefined {
  const { after, before, noun } = DEPRIVATION_LIST.counted;
  const phrases = (list: readonly string[]) => list.map((phrase) => phrase.split(' '));
  const at = words.findIndex(
    (word, index) =>
      /^\d{1,2}$/.test(word) &&
      (phrases(after).some((parts) => phraseAt(words, index + 1, parts)) ||
        (phrases(before).some((parts) => phraseEndingAt(words, index, parts)) && phrases(noun).some((parts) => phraseAt(words, index + 1, parts)))),
  );
  if (at >= 0) return Number(words[at]);
  // "không thiếu hụt chỉ số nào": none (DEPRIVATION_LIST.countedNone).
  return phrases(DEPRIVATION_LIST.countedNone).some((parts) => words.some((_, index) => phraseAt(words, index, parts))) ? 0 : undefined;
}

/**
 * "nha tui 5 nguoi", "2 vo chong voi 3 dua con", "tui o voi 2 dua con": the size of the speaker's own household and no other
 * fact (findings N02): a check starts with it, the rest asked. The caller reads first whether the message asks something else
 * ("nha tui 5 nguoi dc ho tro gi" is the list of supports). Undefined for anything else ("5 nguoi" alone says whose it is not).
 */
export function readOwnSize(message: string | ReadMessage, rules: RuleSet, date: string): Understanding | undefined {
  const { text, words: key } = readMessage(message);
  const understanding = understandHousehold(text, rules, date);
  // "nha co 2 vo chong va may dua nho": people named whose number is not told; the check starts and asks it (findings N37-01),
  // where they live maybe said besides ("vợ chồng tui với tụi nhỏ ở quê").
  const { members, area } = understanding.understood;
  const sized = members !== null ? factsTold(understanding) === 1 : understanding.membersUntold === true && factCount(understanding) === (area !== null ? 1 : 0);
  if (!sized || understanding.asOf !== undefined) return undefined;
  // "ổng bả với tụi nhỏ 3 đứa", "2 ông bà già với thằng cháu nội": a family with others joined to it is a household too.
  const family = understanding.membersGrouped === undefined && has(key, FAMILY_WORDS);
  return has(key, OWN_HOUSEHOLD) || has(key, SPEAKER_GROUPS) || has(key, TOPICS.household.speakers) || family ? understanding : undefined;
}

/** Family words (household.ts GROUP_WORDS, RELATIVE_PHRASES): "ông bà", "vợ chồng", "ba má". */
const FAMILY_WORDS = [...Object.keys(GROUP_WORDS), ...Object.keys(RELATIVE_PHRASES)];

/** What a sentence tells: its facts, an income it names that needs a question ("50 ngàn" a day, "2" without a unit), its farmland ("ruộng 3 công"). */
const factsTold = (understanding: Understanding) =>
  factCount(understanding) + (understanding.missing.includes('monthlyIncome') && understanding.questions.length > 0 ? 1 : 0) + (understanding.farmland !== undefined ? 1 : 0);

/** "nhà tui", "gia đình em": the message speaks of the user's own household. */
/** "nhà tui …", or one of its members: "ba tui được hưởng gì", "con em có được gì không". */
export const namesOwnHousehold = (message: string | ReadMessage) => {
  const { words } = readMessage(message);
  return has(words, OWN_HOUSEHOLD) || has(words, OWN_MEMBER);
};

const { gets, benefits, which, closing, listed, narrower, communes, tellMe } = TOPICS.supportsList;
const TELL_ME = tellMe.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
/** Where `words` end once a request to be told closing them is taken off, the longest first ("… được gì, ưng hỏi cho biết": before "ưng"). */
const beforeTellMe = (words: readonly string[]) => words.length - (TELL_ME.find((parts) => parts.length <= words.length && phraseEndingAt(words, words.length, parts))?.length ?? 0);
/** "được hỗ trợ", "hưởng những chính sách", "có các chế độ"; "hỗ trợ gì", "chính sách nào". */
const ASKS_WHICH_SUPPORTS = [
  ...gets.flatMap((get) => benefits.flatMap((benefit) => ['', 'nhung ', 'cac '].map((between) => `${get} ${between}${benefit}`))),
  ...benefits.flatMap((benefit) => which.map((word) => `${benefit} ${word}`)),
];
/** A support named, the procedure, or a narrower ask ("bao lâu", "ở đâu"): a question for its own source. */
const NARROWER_QUESTION = [...SUPPORT_WORDS, ...TOPICS.procedure, ...narrower];

/** The names of hộ có mức sống trung bình (TOPICS.classes), one list read by readSupportsQuestion. */
const MIDDLE_NAMES = TOPICS.classes.filter(([, named]) => named === 'middle').map(([phrase]) => phrase);

/**
 * "hộ cận nghèo được hỗ trợ gì", "ho ngheo dc huong chinh sach j": the question is the list of supports
 * for a class, which the rules data answers with its legal bases. Returns the class named ("" when none),
 * or undefined for any other message. Words: src/text/lexicon/topics.ts.
 */
export function readSupportsQuestion(message: string | ReadMessage): SupportClass | '' | undefined {
  const key = readMessage(message).words;
  // "ho can ngheo dc gi vay" (round 19): a class named and "được gì" closing the question asks its supports, no support word said.
  const classGets = TOPICS.classes.some(([phrase]) => has(key, [phrase])) ? [...phrasePositions(key, TOPICS.supportsList.ownGets)] : [];
  const asked = [...phrasePositions(key, ASKS_WHICH_SUPPORTS)];
  const byName = listNamed(key);
  if (asked.length === 0 && classGets.length === 0 && !byName) return undefined;
  // "ho co muc song trung binh dc ho tro j" (round 43 mend45f; was the standard's table): the name of hộ có mức sống trung bình
  // ("mức sống") is no narrower question's word ("mức"). Only its name: "nha can ngheo bi dot nat" keeps the housing asked.
  if (has(blankedPhrases(key, MIDDLE_NAMES), NARROWER_QUESTION)) return undefined;
  // "nha tui ngheo ma ko dc gi" (round 39 resid39; was the poor class's supports, "được gì" closing it): poor "but" given nothing,
  // not yet recognised (TOPICS.losing.givenNothing), as "… ko dc gi het" is.
  if (has(key, TOPICS.losing.givenNothing)) return undefined;
  // "được hỗ trợ gì", or "được hỗ trợ không" with nothing named after it ("dc ho tro tien an ko" is narrower); "được gì" only
  // closing the question ("ho ngheo dc gi khi nam vien" asks something narrower).
  // "ho ngheo dc nhung gi vay ad" (round 22): the bot addressed after the closing words closes it too.
  const said = key.slice(Math.max(...asked, ...classGets) + 1);
  const after = said.slice(0, beforeTellMe(said));
  const closes = [after.length, ...addressEnds(after)].some((end) => after.slice(0, end).every((word) => closing.includes(word)));
  if (!byName && (asked.length > 0 ? !has(key, which) && !closes : !closes)) return undefined;
  // "xã nghèo được hỗ trợ gì": the commune's question (its reference entry), unless a household class is named besides it.
  const communeAt = phrasePositions(key, communes);
  const besides = communeAt.size === 0 ? key : key.map((word, at) => (communeAt.has(at) ? '' : word));
  const named = TOPICS.classes.find(([phrase]) => has(besides, [phrase]))?.[1];
  if (communeAt.size > 0 && named === undefined) return undefined;
  return named ?? '';
}

/** What may stand around a list named (TOPICS.supportsList: `listed.around`, `closing`), one list. */
const AROUND_LIST = [...listed.around, ...closing];
/** "danh sách các chính sách hỗ trợ đối với hộ nghèo": the list named before a class, nothing else said (TOPICS.supportsList.listed). */
function listNamed(key: readonly string[]): boolean {
  const names = phrasePositions(key, listed.names);
  if (names.size === 0) return false;
  const classAt = TOPICS.classes.map(([phrase]) => phrasePositions(key, [phrase])).find((at) => at.size > 0);
  if (!classAt || Math.min(...names) > Math.min(...classAt)) return false;
  const covered = new Set([...names, ...classAt, ...phrasePositions(key, AROUND_LIST)]);
  return key.every((_, at) => covered.has(at));
}

/** "nha tui dc j", "nha tui duoc nhung gi": what the user's own household gets, said without a support word (TOPICS.supportsList.ownGets). */
export function asksOwnGets(message: string | ReadMessage): boolean {
  const key = readMessage(message).words;
  return namesOwnHousehold(key.join(' ')) && has(key, TOPICS.supportsList.ownGets);
}

/**
 * "nhà tui mới thoát nghèo", "nha em la ho can ngheo a": the household's own class told, nothing else (TOPICS.classTold
 * beside it); undefined for anything more ("nhà tui không nghèo", a figure, a question).
 */
export function readClassTold(message: string | ReadMessage): SupportClass | undefined {
  const key = readMessage(message).words;
  const own = phrasePositions(key, OWN_HOUSEHOLD);
  if (own.size === 0 || has(key, TOPICS.notClasses)) return undefined;
  const found = TOPICS.classes.map(([phrase, classification]) => ({ at: phrasePositions(key, [phrase]), classification })).find(({ at }) => at.size > 0);
  if (!found) return undefined;
  const covered = new Set([...own, ...found.at, ...phrasePositions(key, TOPICS.classTold)]);
  return key.every((_, at) => covered.has(at)) ? found.classification : undefined;
}

/** "nha tui ngheo lam": the household's hardship told and nothing else (TOPICS.hardshipTold, TOPICS.hardshipAround beside it). */
export function readHardshipTold(message: string | ReadMessage): boolean {
  const key = readMessage(message).words;
  const own = phrasePositions(key, OWN_HOUSEHOLD);
  const told = phrasePositions(key, TOPICS.hardshipTold);
  if (own.size === 0 || told.size === 0) return false;
  const covered = new Set([...own, ...told, ...phrasePositions(key, TOPICS.hardshipAround)]);
  return key.every((_, at) => covered.has(at));
}

/** "sao mà khó vậy", "răng mà khó rứa" alone: a hardship said, no household told, nothing named (TOPICS.hardshipAsked). */
export function readHardshipAsked(message: string | ReadMessage): boolean {
  const key = readMessage(message).words;
  const said = phrasePositions(key, TOPICS.hardshipAsked.words);
  if (said.size === 0) return false;
  const covered = new Set([...said, ...phrasePositions(key, TOPICS.hardshipAsked.around)]);
  return key.every((_, at) => covered.has(at));
}

/**
 * "co dc gi ko", "vay dc j", "nha tui dc gi hok": what the household gets, asked with nothing else named (TOPICS.supportsList.ownGets,
 * every other word of TOPICS.helpAround or the household's own words); after a household is told, its class decides it.
 */
export const asksGetsAlone = (message: string | ReadMessage): boolean =>
  askedAlone(message, TOPICS.supportsList.ownGets, [...TOPICS.helpAround, ...OWN_HOUSEHOLD]);

/** "co ai giup ko", "giup tui voi": help asked in general, nothing named (TOPICS.helpAsked, every other word of TOPICS.helpAround). */
export const readHelpAsked = (message: string | ReadMessage): boolean => askedAlone(message, TOPICS.helpAsked, TOPICS.helpAround);

/**
 * "ba con oi nha tui ngheo qua hong biet xin ho tro o dau dzay": help asked (TOPICS.helpAsked) where or of whom (TOPICS.helpWhere), every
 * other word the household's own, its hardship told, or TOPICS.helpAround / helpWhereAround.
 */
export function readHelpWhereAsked(message: string | ReadMessage): boolean {
  const key = readMessage(message).words;
  if (!saysAny(key, TOPICS.helpWhere)) return false;
  return askedAlone(message, TOPICS.helpAsked, [...TOPICS.helpWhere, ...TOPICS.helpWhereAround, ...TOPICS.helpAround, ...OWN_HOUSEHOLD, ...TOPICS.hardshipTold, ...TOPICS.hardshipAround]);
}

/**
 * "tui ko biet chu, nho chau nhan tin, nha tui ngheo lam can giup do": a hardship told (TOPICS.hardshipTold) and help asked
 * (TOPICS.helpAsked), whatever else is said beside them (who writes for whom); the caller checks nothing else is named.
 */
export function readPlea(message: string | ReadMessage): boolean {
  const key = readMessage(message).words;
  return saysAny(key, TOPICS.helpAsked) && saysAny(key, TOPICS.hardshipTold);
}

/** Whether the message says one of `asks`, and every other word of it is one of `around`. */
function askedAlone(message: string | ReadMessage, asks: readonly string[], around: readonly string[]): boolean {
  const key = readMessage(message).words;
  const asked = phrasePositions(key, asks);
  if (asked.size === 0) return false;
  const covered = new Set([...asked, ...phrasePositions(key, around)]);
  return key.every((_, at) => covered.has(at));
}

/**
 * "xin chao", "cam on ad nha", "vay ha", "ban la ai": a message that only greets, thanks, acknowledges or asks who the assistant
 * is (TOPICS.smallTalk), every other word one that may stand with them; undefined for anything else (a greeting followed by a
 * question is a question).
 */
export function readSmallTalk(message: string | ReadMessage): 'greeting' | 'identity' | 'thanks' | 'acknowledgement' | undefined {
  const key = readMessage(message).words;
  const { greetings, thanks, acknowledgements, identity, around } = TOPICS.smallTalk;
  const asksWho = phrasePositions(key, identity);
  const greeted = new Set([...phrasePositions(key, greetings), ...asksWho]);
  const thanked = phrasePositions(key, thanks);
  const acknowledged = phrasePositions(key, acknowledgements);
  const rest = phrasePositions(key, around);
  if (greeted.size + thanked.size + acknowledged.size === 0) return undefined;
  // "nha ko co nha o", "toi o nha khong lam" (round 42 resid45; was a goodbye): a thing of the household told lacked, or a support's
  // thing after "không có", is never small talk, though each of its words may be ("nhà", "ở", "không").
  if (phrasePositions(key, HOUSEHOLD_THINGS).size > 0 || key.some((word, at) => word === 'khong' && key[at + 1] === 'co' && SUPPORT_PHRASES.some((parts) => phraseAt(key, at + 2, parts)))) return undefined;
  if (!key.every((_, at) => greeted.has(at) || thanked.has(at) || acknowledged.has(at) || rest.has(at))) return undefined;
  return thanked.size > 0 ? 'thanks' : asksWho.size > 0 ? 'identity' : greeted.size > 0 ? 'greeting' : 'acknowledgement';
}

/**
 * "tui ten Hoang Van Thu", "chao ad, em ten Lan" (round 42 resid45; was a card found by search): the speaker's name told and nothing
 * else. `typed` is the message as typed, `message` the same without its personal data (a name gone: privacy/mask.ts), read so
 * the name itself is never read here: words of TOPICS.smallTalk (nameTold, greetings, around) alone, "tên" or "là" said.
 */
export function readNameTold(typed: string, message: string | ReadMessage): boolean {
  const key = readMessage(message).words;
  if (readMessage(typed).words.length <= key.length) return false;
  const { nameTold, greetings, around } = TOPICS.smallTalk;
  if (!key.includes('ten') && !key.includes('la')) return false;
  const covered = new Set([...phrasePositions(key, nameTold), ...phrasePositions(key, greetings), ...phrasePositions(key, around)]);
  return key.every((_, at) => covered.has(at));
}

/**
 * "xin chao toi muon hoi ve ho can ngheo", "alo nha tui 4 nguoi…": a greeting that opens a question (round 18 tryout). The text
 * after the shortest opening that is a greeting alone (readSmallTalk), so the question is read without it ("xin" never matching
 * "xin ý kiến" in a passage); undefined when the message opens with no greeting or is nothing else.
 */
export function afterGreeting(text: string): string | undefined {
  for (const token of text.matchAll(/\S+/g)) {
    const end = (token.index ?? 0) + token[0].length;
    const rest = text.slice(end).replace(/^[\s,.;:!?…-]+/u, '');
    if (!/[\p{L}\p{N}]/u.test(rest)) return undefined;
    const opening = readSmallTalk(text.slice(0, end));
    if (opening === 'greeting' || opening === 'identity') return rest;
    // A word no small talk has: no longer opening can be a greeting alone (the message is not read again for each word).
    if (!readMessage(token[0]).words.every((word) => SMALL_TALK_WORDS.has(word))) return undefined;
  }
  return undefined;
}

/** Every support's words, split (readSmallTalk: "không có" one of them is a lack told). */
const SUPPORT_PHRASES: readonly (readonly string[])[] = Object.values(TOPICS.supports).flatMap((phrases) => phrases.map((phrase) => phrase.split(' ')));

/** Every word of TOPICS.smallTalk's phrases: an opening with any other word is no greeting alone (afterGreeting). */
const SMALL_TALK_WORDS: ReadonlySet<string> = new Set(
  Object.values(TOPICS.smallTalk).flatMap((phrases) => (phrases as readonly string[]).flatMap((phrase) => phrase.split(' '))),
);
