/** Small Vietnamese text helpers for ingestion: casing of all-caps headers, sentence ends, slugs. */
import { fold } from '../text/fold.ts';

const LETTER = /\p{L}/u;

/** True when the text has letters and none of them is lower case ("TỈNH ỦY HƯNG YÊN", "KẾ HOẠCH"). */
export function isAllCaps(text: string): boolean {
  const letters = [...text].filter((ch) => LETTER.test(ch));
  return letters.length >= 2 && letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

/** The first letter (skipping quotes and brackets) is lower case, or the text starts with a digit. */
export function startsLowerOrDigit(text: string): boolean {
  const first = firstLetterOrDigit(text);
  return first !== null && (/\d/.test(first) || first !== first.toUpperCase());
}

export function startsUpper(text: string): boolean {
  const first = firstLetterOrDigit(text);
  return first !== null && LETTER.test(first) && first !== first.toLowerCase();
}

function firstLetterOrDigit(text: string): string | null {
  const match = /[\p{L}\d]/u.exec(text);
  return match ? match[0] : null;
}

/** Ends a sentence or clause: . : ; ! ? … possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.:;!?…]["”’)\]]*$/u.test(text.trimEnd());
}

/** The last word starts with a capital: a proper name ("… báo cáo Ban") that goes on on the next line. */
export function endsWithCapitalizedWord(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return words.length > 1 && startsUpper(last) && !isAllCaps(last);
}

export function capitalizeWords(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

export function lowerFirst(text: string): string {
  // "UBND cấp xã", "BHYT", "NĐ 176/2025" stay as written: an abbreviation is never "uBND" mid-sentence.
  if (/^\p{Lu}[\p{Lu}\d]/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Joins two wrapped pieces: "05-" + "CT/TW" stays one word, otherwise one space. */
export function joinWrapped(left: string, right: string): string {
  if (left === '') return right;
  return /[\p{L}\d]-$/u.test(left) ? `${left}${right}` : `${left} ${right}`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** ASCII slug for ids and file names: "41-NQ/TU Hưng Yên" → "41-nq-tu-hung-yen". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
