/**
 * Reading what users type: cleaning odd input, matching words with or without diacritics, and the
 * few everyday patterns the chat understands (yes/no/unsure, a household told or asked about).
 */
import { fold } from '../text/fold.ts';
import { writtenForm, YES_NO } from '../text/lexicon/index.ts';
import type { RuleSet } from '../rules/index.ts';
import { factCount, understandHousehold, type Understanding } from '../rules/understand.ts';

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

const POVERTY_WORDS = /\b(ho ngheo|can ngheo|ngheo|muc song trung binh|chuan ngheo)\b/;
const OWN_HOUSEHOLD = /\b(nha|gia dinh|ho|ho nha|hoan canh) (toi|minh|em|chau|con|tui|anh|chi|co|bac|ong|ba|me)\b/;
const ASKS_ELIGIBILITY = /\b(co (duoc|thuoc|phai|la|du|dat)|duoc (xet|cong nhan|cap)|co ngheo|thuoc dien|kiem tra ho|xet (ho|duyet))\b/;

/**
 * A message about the user's own household rather than a policy: "nhà tôi 4 người thu nhập 5 triệu có
 * được hộ nghèo không", or a household told without asking ("nhà em 4 người ở quê, cả nhà kiếm chừng
 * 5 triệu một tháng, chưa có bảo hiểm y tế"). Returns what the sentence states, or undefined.
 */
export function readHouseholdMessage(text: string, rules: RuleSet, date: string): Understanding | undefined {
  const key = matchKey(writtenForm(text));
  const understanding = understandHousehold(text, rules, date);
  const { understood } = understanding;
  const own = OWN_HOUSEHOLD.test(key);
  if (POVERTY_WORDS.test(key)) {
    const asks = ASKS_ELIGIBILITY.test(key);
    const statesFacts = understood.members !== null || !understanding.missing.includes('monthlyIncome') || understanding.questions.length > 0;
    return (statesFacts && (own || asks)) || (own && asks) ? understanding : undefined;
  }
  return factCount(understanding) >= 2 && (own || understood.members !== null) ? understanding : undefined;
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
