/**
 * Bytes of a household list → NFC text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as they are; a file that is not UTF-8 is decoded (iconv-lite) with the legacy encoding that gives
 * the most Vietnamese-looking text among Windows-1258, TCVN3 (ABC) and Windows-1252/Latin-1, and
 * refused with a message naming the problem when none does or when the detector (chardet) sees a
 * non-Vietnamese encoding. Windows-1258 writes tones as separate combining marks, so every text is
 * composed to NFC: "vực" decoded from 1258 matches "vực" typed on a phone.
 */
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { BATCH_DEFAULTS } from './defaults.ts';

// iconv-lite and chardet are loaded only for a file that is not plain UTF-8 (most lists are; loading them
// took a tenth of the start of every `cli batch`).
const load = createRequire(import.meta.url);
const iconv = () => load('iconv-lite') as typeof import('iconv-lite');
const chardet = () => load('chardet') as typeof import('chardet');

/**
 * `damagedLines`: a UTF-8 file with bytes of another encoding (or broken bytes) in some lines, decoded with those bytes as
 * U+FFFD: the lines (physical, from 1) holding them, refused one by one by the list's reader while the others are read.
 */
export type Decoded = { ok: true; text: string; encoding: string; damagedLines?: number[] } | { ok: false; message: string };

export const SAVE_AS_UTF8 = 'Hãy mở tệp trong Excel và lưu lại bằng “CSV UTF-8 (Comma delimited)”, hoặc lưu thành .xlsx.';

/** Legacy encodings tried, in order of preference when two read equally well. */
const LEGACY: { id: string; name: string }[] = [
  { id: 'windows-1258', name: 'Windows-1258' },
  { id: 'windows-1252', name: 'Windows-1252 (Latin-1)' },
  { id: 'tcvn', name: 'TCVN3 (ABC)' },
];
const WESTERN = LEGACY.find((encoding) => encoding.id === 'windows-1252')!;
/** Multi-byte encodings of other languages: a file in one of them is not a Vietnamese list. */
const FOREIGN = /^(Shift_JIS|EUC-JP|EUC-KR|GB18030|Big5|ISO-2022-\w+|UTF-32\w*)$/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VIETNAMESE_WORD = /^[a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]+$/u;
/**
 * A Vietnamese syllable's shape (toneless letters: initial consonant, one to three vowels, final consonant), or an abbreviation
 * of consonants with đ ("đ" for đồng). "Müller", "José" read as TCVN3 ("mỹller", "josộ") have Vietnamese letters, not this shape.
 */
const SYLLABLE = /^(?:(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?|[bcdđghklmnpqrstvx]*đ[bcdđghklmnpqrstvx]*)$/u;
/** A word of another Latin-script language (Latin-1 letters, mostly unaccented: "müller", "josé", "garcía"), odd in no encoding. */
const LATIN_WORD = /^[a-zß-öø-ÿ]+$/u;
const LATIN_ACCENTED = /[ß-öø-ÿ]/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A "?" (or U+FFFD) beside a letter; beside a letter only before it, or U+FFFD, where the text has Vietnamese letters. */
const LOST_LETTER = /\p{L}[?\uFFFD]|[?\uFFFD]\p{L}/u;
const LOST_IN_VIETNAMESE = /[?\uFFFD]\p{L}|\p{L}\uFFFD/u;
/** Letters no Western code page has (ă, đ, ơ, ư, ấ, ỹ …): a text holding them was saved with its Vietnamese letters. */
const VIETNAMESE_ONLY = /[\u0100-\u024f\u1e00-\u1eff]/u;

/**
 * Whether a text lost Vietnamese letters to “?”: what a code page without them writes (“Nguy?n V?n A”, “?p 2” from a CSV saved
 * as ANSI on a computer set for Western languages). A “?” ending a word of a text with Vietnamese letters is a question mark
 * typed (“Ấp Mỹ Hòa?”; round 37 mend37c: was said to have lost its letters).
 */
export const lostLetters = (text: string): boolean => (VIETNAMESE_ONLY.test(text) ? LOST_IN_VIETNAMESE : LOST_LETTER).test(text);

/**
 * How Vietnamese a decoded text reads: words with non-ASCII letters that are Vietnamese syllables (good), or neither that nor
 * a plain word of another Latin-script language (odd). A Vietnamese-lettered word of another shape ("nguyễnvăn" typed as one)
 * or a foreign name ("Müller") counts for no encoding.
 */
function judge(text: string): { good: number; odd: number } {
  let good = 0;
  let odd = (text.match(CONTROL) ?? []).length;
  for (const word of text.toLowerCase().split(/[^\p{L}\p{M}]+/u)) {
    if (!NON_ASCII.test(word)) continue;
    const tones = word.normalize('NFD').match(TONE_MARKS)?.length ?? 0;
    const vietnamese = VIETNAMESE_WORD.test(word) && tones <= 1;
    if (vietnamese && SYLLABLE.test(word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'))) good += 1;
    else if (!vietnamese && !latinWord(word)) odd += 1;
  }
  return { good, odd };
}

/** A word of Latin-1 letters with at most two accented, fewer than its plain ones. */
function latinWord(word: string): boolean {
  if (!LATIN_WORD.test(word)) return false;
  const accented = word.match(LATIN_ACCENTED)?.length ?? 0;
  return accented <= 2 && accented < word.length - accented;
}

export function decodeText(bytes: Buffer): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: iconv().decode(bytes.subarray(2), 'utf-16le').normalize('NFC'), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: iconv().decode(bytes.subarray(2), 'utf-16be').normalize('NFC'), encoding: 'UTF-16 BE' };
  const sample = bytes.subarray(0, BATCH_DEFAULTS.sniffBytes);
  if (sample.includes(0)) {
    return { ok: false, message: `Tệp có byte 0 (NUL): đây là tệp nhị phân hoặc văn bản UTF-16 không có BOM, không đọc được như CSV. ${SAVE_AS_UTF8}` };
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Buffer): Decoded {
  // Bytes all below 0x80 (a list typed without diacritics) are UTF-8 and NFC as they are: read as one-byte text. The
  // decoder and NFC passes over them were ~5% of a 100.000-row `cli batch` (CPU profile, 02/12/2026).
  if (isAscii(bytes)) return { ok: true, text: bytes.toString('latin1'), encoding: 'UTF-8' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'UTF-8' };
  } catch {
    return decodeLegacy(bytes);
  }
}

function decodeLegacy(bytes: Buffer): Decoded {
  const sample = bytes.subarray(0, BATCH_DEFAULTS.sniffBytes);
  const guessed = chardet().detect(sample);
  if (guessed && FOREIGN.test(guessed)) {
    return { ok: false, message: `Tệp không phải UTF-8 và có vẻ dùng bảng mã ${guessed} (không phải tiếng Việt). ${SAVE_AS_UTF8}` };
  }
  // Mostly valid UTF-8 with a few bad bytes is a damaged or mixed file: decoding it all as a legacy encoding would garble the rest.
  const asUtf8 = new TextDecoder('utf-8').decode(sample);
  const replaced = asUtf8.split('\uFFFD').length - 1;
  const multiByte = (asUtf8.match(/[^\u0000-\u007f\uFFFD]/g) ?? []).length;
  if (multiByte >= 2 * replaced) {
    // Round 38: the lines holding the bad bytes are refused, each named; the others are read (was: the whole file refused
    // "từ dòng N", the rows before and after it not checked). An ASCII byte (a line's end, a comma) is never taken into a
    // bad sequence, so the lines and cells stand as written.
    const text = new TextDecoder('utf-8').decode(bytes).normalize('NFC');
    const damagedLines: number[] = [];
    text.split('\n').forEach((line, at) => {
      if (line.includes('\uFFFD')) damagedLines.push(at + 1);
    });
    return { ok: true, text, encoding: 'UTF-8', damagedLines };
  }
  // "?" beside letters ("Nguy?n", "Thi?u h?t") is what a code page without Vietnamese writes for the letters it lacks: a
  // Windows-1252 file (saved as ANSI on a computer set for Western languages), preferred where it reads as well as 1258.
  const order = lostLetters(bytes.subarray(0, BATCH_DEFAULTS.sniffBytes).toString('latin1')) ? [WESTERN, ...LEGACY.filter((encoding) => encoding !== WESTERN)] : LEGACY;
  const ranked = order.map((encoding) => {
    const text = iconv().decode(bytes, encoding.id).normalize('NFC');
    const { good, odd } = judge(text.slice(0, BATCH_DEFAULTS.sniffBytes));
    return { encoding, text, good, odd, score: good - 2 * odd };
  }).sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  if (best.odd > BATCH_DEFAULTS.maxOddWordShare * (best.good + best.odd)) {
    return {
      ok: false,
      message: `Tệp không phải UTF-8 và không đọc được bằng bảng mã tiếng Việt nào quen thuộc (Windows-1258, TCVN3, Latin-1)${guessed ? `; bộ dò đoán là ${guessed}` : ''}. ${SAVE_AS_UTF8}`,
    };
  }
  // Text without the letters where they differ (Latin-1 "nông thôn") reads the same in several: name them all.
  const same = ranked.filter((candidate) => candidate.text === best.text).map((candidate) => candidate.encoding.name);
  return { ok: true, text: best.text, encoding: same.join(' hoặc ') };
}
