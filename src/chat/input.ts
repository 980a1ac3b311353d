/**
 * Reading what users type: cleaning odd input, matching words with or without diacritics, and the
 * few everyday patterns the chat understands (yes/no/unsure, a member count, a household check
 * phrased as a question).
 */
import { fold } from '../text/fold.ts';
import { writtenForm, YES_NO } from '../text/lexicon/index.ts';

/** Longer messages are refused politely: no question needs this much, and it bounds the work per message. */
export const MAX_MESSAGE_CHARS = 2000;

/** NFC, control and zero-width characters dropped, whitespace collapsed. */
export function cleanInput(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text has at least one letter or digit (emoji-only or punctuation-only is not readable). */
export function hasReadableContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** The key used to compare short answers and labels: folded, punctuation and emoji removed, single spaces. */
export function matchKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** As matchKey without spaces: "nha tieu" and "nhatieu" are one alias. */
export function compactKey(text: string): string {
  return matchKey(text).replace(/ /g, '');
}

const UNSURE = new Set(YES_NO.unsure);
const YES = new Set(YES_NO.yes);
const NO = new Set(YES_NO.no);

/** A whole-message yes / no / "không rõ"; anything longer is not read as an answer. */
export function readYesNo(text: string): 'yes' | 'no' | 'unsure' | undefined {
  const key = matchKey(writtenForm(text));
  if (UNSURE.has(key)) return 'unsure';
  if (YES.has(key)) return 'yes';
  if (NO.has(key)) return 'no';
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  'muoi mot': 11, 'muoi hai': 12,
};

/** A count of people: "4", "4 người", "bốn", "nhà có 4 khẩu". Undefined when no number is stated. */
export function readCount(text: string): number | undefined {
  const key = matchKey(text);
  const digits = key.match(/\b(\d{1,3})\b/);
  if (digits) return Number(digits[1]);
  const words = key.split(' ');
  for (let i = 0; i < words.length; i += 1) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (NUMBER_WORDS[pair] !== undefined) return NUMBER_WORDS[pair];
    const single = NUMBER_WORDS[words[i]!];
    // "tư"/"năm" are also everyday words: trust them only when the message is short.
    if (single !== undefined && words.length <= 3) return single;
  }
  return undefined;
}

/** What a free-text household question states, to pre-fill the interview. */
export interface HouseholdHints {
  members?: number;
  /** The money phrase as typed (folded), for the rules' money parser. */
  incomeText?: string;
  incomePerPerson?: boolean;
  area?: 'rural' | 'urban';
}

const POVERTY_WORDS = /\b(ho ngheo|can ngheo|ngheo|muc song trung binh|chuan ngheo)\b/;
const OWN_HOUSEHOLD = /\b(nha|gia dinh|ho|ho nha|hoan canh) (toi|minh|em|chau|con|tui|anh|chi|co|bac|ong|ba|me)\b/;
const ASKS_ELIGIBILITY = /\b(co (duoc|thuoc|phai|la|du|dat)|duoc (xet|cong nhan|cap)|co ngheo|thuoc dien|kiem tra ho|xet (ho|duyet))\b/;
const MEMBERS = /\b(\d{1,2}) ?(nguoi|khau|nhan khau|thanh vien|mieng an|dua)\b/;
/** "5 trieu", "1tr2", "1 trieu 2", "1.500.000d", "800k"; a trailing number that counts people is not part of it. */
const MONEY =
  /\d+(?:[.,]\d+)* ?(?:trieu|tr|cu|k|nghin|ngan|dong|d|vnd)(?:\d{1,3}|(?: \d{1,3}\b(?! ?(?:nguoi|khau|nhan khau|thanh vien|trieu|tr))))?\b/;
/** A bare amount right after "thu nhập": "thu nhap 1500000". */
const MONEY_AFTER_INCOME = /\bthu nhap (?:khoang |tam |duoc |la |chung |co )?(\d[\d.,]*)\b/;
const PER_PERSON = /\b(moi nguoi|mot nguoi|1 nguoi|dau nguoi|binh quan|nguoi thang|tren nguoi)\b/;

/** "1,2 triệu mỗi người", "bình quân đầu người": the amount is per person, not for the whole household. */
export function mentionsPerPerson(text: string): boolean {
  return PER_PERSON.test(matchKey(text));
}

/** Folded, keeping "." and "," so amounts such as "1.500.000" and "1,2 trieu" survive. */
function amountKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}.,]+/gu, ' ')
    .trim();
}

function moneyIn(key: string): string | undefined {
  return key.match(MONEY)?.[0] ?? key.match(MONEY_AFTER_INCOME)?.[1];
}

/** The amount inside a longer sentence: "thu nhập khoảng 5 triệu một tháng" → "5 trieu". */
export function findMoneyPhrase(text: string): string | undefined {
  return moneyIn(amountKey(text));
}

/**
 * A message that asks whether a household qualifies ("nhà tôi 4 người thu nhập 5 triệu có được hộ
 * nghèo không", with or without diacritics) rather than what a policy says.
 */
export function readHouseholdQuestion(text: string): HouseholdHints | undefined {
  const key = amountKey(text);
  if (!POVERTY_WORDS.test(key)) return undefined;
  const members = key.match(MEMBERS);
  const money = moneyIn(key);
  const ownHousehold = OWN_HOUSEHOLD.test(key);
  const statesFacts = Boolean(members || money);
  if (!(statesFacts && (ownHousehold || ASKS_ELIGIBILITY.test(key))) && !(ownHousehold && ASKS_ELIGIBILITY.test(key))) {
    return undefined;
  }
  const hints: HouseholdHints = {};
  if (members) hints.members = Number(members[1]);
  if (money) {
    hints.incomeText = money;
    hints.incomePerPerson = mentionsPerPerson(key);
  }
  if (/\b(nong thon|o xa|thon|ap|ban|lang)\b/.test(key)) hints.area = 'rural';
  else if (/\b(thanh thi|do thi|thanh pho|phuong|thi tran)\b/.test(key)) hints.area = 'urban';
  return hints;
}

const ASKS_WHICH_SUPPORTS =
  /\b(duoc|huong|co) (nhung |cac )?(ho tro|chinh sach|che do|quyen loi|uu dai)( gi| nao| nhung gi)?\b|\b(ho tro|chinh sach|che do|quyen loi|uu dai) (gi|nao|nhung gi)\b/;
/**
 * A named support ("bảo hiểm y tế", "vay vốn"…) or a narrower ask ("trong bao lâu", "ở đâu") is a
 * question for the texts: search answers it with its passage.
 */
const NARROWER_QUESTION =
  /\b(bhyt|bao hiem|the|vay|von|tin dung|hoc|hoc phi|hoc nghe|nha|dien|phap ly|tro giup|tro cap|an trua|mau giao|dien thoai|bao lau|bao nhieu|o dau|the nao|khi nao|lam sao|thu tuc)\b/;
const SUPPORT_CLASS_WORDS: [RegExp, string][] = [
  [/\bcan ngheo\b/, 'canngheo'],
  [/\bthoat ngheo\b/, 'thoatngheo'],
  [/\b(muc song )?trung binh\b/, 'trungbinh'],
  [/\bngheo\b/, 'ngheo'],
];

/**
 * "hộ cận nghèo được hỗ trợ gì", "ho ngheo duoc huong chinh sach gi": the question is the list of
 * supports for a class, which the rules data answers with its legal bases. Returns the class key of
 * `/hotro` ("" when no class is named), or undefined for any other message.
 */
export function readSupportsQuestion(text: string): string | undefined {
  const key = matchKey(text);
  if (!ASKS_WHICH_SUPPORTS.test(key) || NARROWER_QUESTION.test(key)) return undefined;
  return SUPPORT_CLASS_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? '';
}
