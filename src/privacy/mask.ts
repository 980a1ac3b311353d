/**
 * Masking of personal data in free-typed text, applied before anything a person typed is kept
 * (unanswered questions, "Báo sai" comments) and again when kept text is shown (admin stats), so rows
 * written before masking existed are shown masked too (Luật 91/2025/QH15: keep no more than needed).
 *
 * What is masked, each replaced by a bracketed Vietnamese label:
 * - e-mail addresses;
 * - phone numbers: 0xx… and +84/84… with spaces, dots, dashes or brackets ("0912 345 678",
 *   "+84 912.345.678", "(+84) 912-345-678", landlines "024 3825 1234");
 * - identity numbers: any run of 9–19 digits (CMND 9, CCCD 12, also social-insurance and bank
 *   account numbers), written whole or in groups of 3–4 separated by spaces or dashes, unless a
 *   money unit follows ("150000000 đồng" is an amount) or it is a round amount: 9–11 digits, no
 *   leading 0, ending in 0000 ("120000000", a year's income typed in a list or a sentence; CCCD
 *   numbers start with 0, and an identity number ending in four zeros is rare enough to accept).
 *   Dotted groups ("1.500.000") are amounts;
 * - a name after "tôi là", "tên tôi", "em là", "tui tên"… (typed with or without diacritics).
 *   After an explicit "tên …" the next words up to punctuation or a stop word are the name; after
 *   "tôi là/em là" only words that look like a name (a known surname, or capitalised words that are
 *   not everyday words) are masked, so "tôi là hộ cận nghèo" is kept as it is.
 * Over-masking is accepted; letting a number or name through is not.
 */
import { fold } from '../text/fold.ts';

export const MASKS = {
  email: '[email]',
  phone: '[số điện thoại]',
  idNumber: '[số giấy tờ]',
  name: '[tên]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/**
 * 0 or +84/84 (optionally bracketed), then 9–10 more digits with single separators between them. A letter may stand
 * right before it ("sdt0912345678", "dt:0912…"): such a run is still a phone number.
 */
const PHONE = /(?<![\p{N}+.,])(?:\(?\+\s?84\)?[\s.-]?|\(?84\)?[\s.-]?|0)\d(?:[\s.-]?\d){7,9}(?![\p{N}])/gu;
/** 9–19 digits whole, or groups of 3–4 digits joined by spaces or dashes (at least 9 digits overall); also glued to a word ("cccd079…"). */
const ID_NUMBER = /(?<![\p{N}.,])(?:\d{9,19}|\d{3,4}(?:[ -]\d{3,4}){2,4})(?![\p{N}]|[.,]\d)/gu;
/** A round amount written whole: 9–11 digits, no leading 0, ending in 0000 ("120000000"). */
const ROUND_AMOUNT = /^[1-9]\d{4,6}0000$/;
/** A money unit right after a number makes it an amount, not an identity number. */
const MONEY_AFTER = /^\s?(?:đ|d|đồng|dong|vnd|vnđ|k|nghìn|nghin|ngàn|ngan|triệu|trieu|tr)(?![\p{L}])/iu;

/** Folded trigger word sequences after which the next words are a name, whatever they look like. */
const NAME_TRIGGERS: readonly string[][] = [
  ['ten', 'toi'], ['ten', 'tui'], ['ten', 'em'], ['ten', 'minh'], ['ten', 'con'], ['ten', 'chau'], ['ten', 'tao'],
  ['ten', 'cua', 'toi'], ['ten', 'cua', 'em'], ['ten', 'cua', 'minh'],
  ['toi', 'ten'], ['tui', 'ten'], ['em', 'ten'], ['minh', 'ten'], ['con', 'ten'], ['chau', 'ten'], ['tao', 'ten'],
  ['ho', 'ten'], ['ho', 'va', 'ten'], ['ten', 'la'], ['ten', 'chu', 'ho'], ['chu', 'ho', 'ten'],
];
/** Folded sequences after which a name may follow ("tôi là Lan", "em là nguyen thi b"), checked for looks. */
const SELF_TRIGGERS: readonly string[][] = [
  ['toi', 'la'], ['tui', 'la'], ['em', 'la'], ['minh', 'la'], ['con', 'la'], ['chau', 'la'], ['tao', 'la'],
];
/** Surnames recognisable without diacritics (no everyday word folds to them). */
const FOLDED_SURNAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong', 'dinh',
  'doan', 'truong', 'luong', 'quach', 'chau', 'trieu', 'kieu', 'thach', 'danh', 'trinh', 'diep', 'banh', 'giang',
  'luu', 'huong', 'ninh', 'phung', 'thieu', 'khuat', 'nghiem', 'tieu', 'uong', 'yen',
]);
/** Surnames that fold onto everyday words: recognised only when typed with their diacritics. */
const MARKED_SURNAMES = new Set([
  'hồ', 'đỗ', 'lý', 'lâm', 'mai', 'tạ', 'hà', 'cao', 'thái', 'tô', 'tăng', 'lưu', 'đào', 'từ', 'chu', 'hứa', 'kim',
  'sơn', 'lại', 'nông', 'lò', 'vi', 'lữ', 'mã', 'quan', 'khổng', 'tống', 'tôn', 'âu', 'văn', 'đặng', 'đinh', 'đoàn',
  'lục', 'la', 'mạc', 'thân', 'triệu', 'viên', 'đàm', 'cù', 'lương',
]);
/** Words that end a name: places, contact words, verbs and particles that follow a name in a sentence. */
const NAME_STOP_WORDS = new Set([
  'o', 'sdt', 'dt', 'so', 'thuoc', 'xa', 'thon', 'ap', 'xom', 'phuong', 'huyen', 'tinh', 'tuoi', 'co', 'muon', 'hoi',
  'can', 'duoc', 'khong', 'ko', 'k', 'hok', 'la', 'va', 'voi', 'the', 'nay', 'email', 'mail', 'zalo', 'goi', 'lien',
  'he', 'cccd', 'cmnd', 'chong', 'con', 'me', 'bo', 'ho', 'toi', 'em', 'tui', 'xin', 'cam', 'on', 'vay',
  'sao', 'gi', 'j', 'nao', 'ma', 'nhung', 'nen', 'roi', 'chua', 'se', 'bi', 'nha',
]);
/** Capitalised words after "tôi là" that are not names ("Tôi là Cán bộ xã", "Em là Hộ nghèo"). */
const NOT_NAME_WORDS = new Set([
  'ho', 'nguoi', 'can', 'dan', 'nong', 'cong', 'giao', 'hoc', 'sinh', 'me', 'bo', 'cha', 'con', 'chu', 'ba', 'ong',
  'co', 'bac', 'anh', 'chi', 'em', 'thanh', 'vien', 'truong', 'pho', 'chi', 'bi', 'thu', 'dang', 'doan', 'hoi',
  'cu', 'tre', 'lao', 'thuong', 'benh', 'ngheo', 'khuyet', 'tat', 'doc', 'than', 'gia', 'vo', 'chong', 'mot',
]);
const MAX_NAME_WORDS = 4;

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    text: match[0],
    folded: fold(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
/** Only spaces between two words: a comma, full stop or line break ends the name. */
const adjacent = (text: string, left: Word, right: Word) => /^[ \t]+$/.test(text.slice(left.end, right.start));
/** Between a trigger and the name: spaces, a colon or a dash ("tên tôi: Lan", "họ tên - Lan"). */
const joined = (text: string, left: Word, right: Word) => /^[ \t]*[:-]?[ \t]*$/.test(text.slice(left.end, right.start));

function triggerAt(words: Word[], index: number, triggers: readonly string[][]): number {
  for (const trigger of triggers) {
    if (trigger.every((part, offset) => words[index + offset]?.folded === part)) return trigger.length;
  }
  return 0;
}

function looksLikeName(word: Word): boolean {
  if (FOLDED_SURNAMES.has(word.folded) || MARKED_SURNAMES.has(word.text.toLowerCase())) return true;
  return startsUpper(word.text) && !NOT_NAME_WORDS.has(word.folded) && !/\p{N}/u.test(word.text);
}

/** A word that ends a name, unless it is a surname typed with its diacritics ("Hồ", not "hộ"). */
const isStopWord = (word: Word) => NAME_STOP_WORDS.has(word.folded) && !MARKED_SURNAMES.has(word.text.toLowerCase());

/** The [start, end) spans of names in `text`. */
function nameSpans(text: string): Array<[number, number]> {
  const words = wordsOf(text);
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    const explicit = triggerAt(words, index, NAME_TRIGGERS);
    const self = explicit ? 0 : triggerAt(words, index, SELF_TRIGGERS);
    if (!explicit && !self) continue;
    let first = index + explicit + self;
    // "tên tôi là Lan", "tôi tên là Lan": the "là" belongs to the trigger.
    if (words[first]?.folded === 'la' && explicit) first += 1;
    const head = words[first];
    if (!head || !joined(text, words[first - 1]!, head) || /\p{N}/u.test(head.text) || isStopWord(head)) continue;
    if (self && !looksLikeName(head)) continue;
    const capitalised = self > 0 && startsUpper(head.text) && !FOLDED_SURNAMES.has(head.folded);
    let last = first;
    while (last + 1 < words.length && last + 1 - first < MAX_NAME_WORDS) {
      const next = words[last + 1]!;
      if (!adjacent(text, words[last]!, next) || /\p{N}/u.test(next.text) || isStopWord(next)) break;
      // A capitalised name ("tôi là Lan ở xã …") goes on only while the words stay capitalised.
      if (capitalised && !startsUpper(next.text)) break;
      last += 1;
    }
    spans.push([head.start, words[last]!.end]);
    index = last;
  }
  return spans;
}

function maskIdNumbers(text: string, label: string): string {
  return text.replace(ID_NUMBER, (match, offset: number, whole: string) => {
    const digits = match.replace(/\D/g, '').length;
    if (digits < 9 || ROUND_AMOUNT.test(match)) return match;
    return MONEY_AFTER.test(whole.slice(offset + match.length)) ? match : label;
  });
}

/**
 * Phone and identity numbers (CCCD, CMND, social-insurance and bank account numbers) replaced by `label`s, the rest as
 * it is. The money reader reads amounts in what this leaves (with blank labels), so a number masked here is never an
 * amount: it is not summed into an income, nor said back.
 */
export function maskNumbers(text: string, labels: { phone: string; idNumber: string } = MASKS): string {
  return maskIdNumbers(text.replace(PHONE, labels.phone), labels.idNumber);
}

function maskNames(text: string): string {
  let result = text;
  // From the end, so earlier offsets stay valid.
  for (const [start, end] of nameSpans(text).reverse()) result = `${result.slice(0, start)}${MASKS.name}${result.slice(end)}`;
  return result;
}

/** The text with e-mails, phone numbers, identity numbers and self-given names replaced by labels. */
export function maskPersonalData(text: string): string {
  return maskNames(maskNumbers(text.replace(EMAIL, MASKS.email)));
}
