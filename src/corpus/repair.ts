/**
 * Repairs an extracted text: strips markup and page noise, rejoins hard-wrapped lines and
 * sentences split by blank lines, and recognises the real heading structure (I., 1., 2.1., a), -).
 */
import type { Block } from './blocks.ts';
import { isTableHeader, parseTaskTable } from './appendix.ts';
import {
  endsSentence,
  endsWithCapitalizedWord,
  isAllCaps,
  joinWrapped,
  startsLowerOrDigit,
} from './vietnamese.ts';

export interface SourceLine {
  /** Trimmed text without markup; "" for blank lines. */
  text: string;
  /** The raw line was marked as a heading (# …) in the source. */
  marked: boolean;
  /** The raw line started with a space: in these extractions, the first line of a new page. */
  indented: boolean;
  /** Blank made of spaces only: table extractions use it to close a group title. */
  spacesOnly: boolean;
  /** A horizontal rule ("-----"): separates a title block from the body. */
  rule: boolean;
}

/** Lines that are never content: signature timestamps and page numbers. */
const NOISE = [/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}( ?[+-]\d{2}:?\d{2})?$/, /^-\s*\d{1,3}\s*-$/, /^Trang \d{1,3}$/i];

export function cleanLines(raw: string): SourceLine[] {
  return raw.normalize('NFC').replace(/\r\n?/g, '\n').split('\n').flatMap(cleanLine);
}

function cleanLine(raw: string): SourceLine[] {
  const marked = /^\s*#{1,6}\s/.test(raw);
  const base = {
    marked,
    indented: /^[ \t]+\S/.test(raw),
    spacesOnly: /^[ \t]+$/.test(raw),
    rule: /^\s*-{3,}\s*$/.test(raw),
  };
  const label = boldNumberedLabel(raw);
  if (label) {
    return [
      { ...base, marked: true, text: stripMarkup(label.heading) },
      { ...base, marked: false, text: stripMarkup(label.rest) },
    ];
  }
  const text = base.rule ? '' : stripMarkup(raw);
  return [{ ...base, text: NOISE.some((re) => re.test(text)) ? '' : text }];
}

/** "**2.1- Mục tiêu đến năm 2025:** Phấn đấu …": a bold run-in heading followed by its text. */
function boldNumberedLabel(raw: string): { heading: string; rest: string } | null {
  const match = /^\s*\*\*(\d+(?:\.\d+)*\s*[.-]\s*[^*]+?):?\*\*:?\s*(\S.*)$/.exec(raw);
  return match?.[1] && match[2] ? { heading: match[1], rest: match[2] } : null;
}

function stripMarkup(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/<\/?[a-z]+>/gi, ' ')
    .replace(/_\{[^}]*\}/g, '')
    .replace(/\\?\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Body lines (after the header) → blocks. A task table, if any, is parsed on its own. */
export function repairBody(lines: SourceLine[]): Block[] {
  const tableStart = lines.findIndex((line) => isTableHeader(line.text));
  const prose = tableStart === -1 ? lines : lines.slice(0, tableStart);
  const table = tableStart === -1 ? [] : parseTaskTable(lines.slice(tableStart + 1));
  return [...unwrap(prose).map(classify), ...table];
}

interface Paragraph {
  text: string;
  lastLine: string;
  marked: boolean;
}

function unwrap(lines: SourceLine[]): Paragraph[] {
  const content = lines.filter((line) => line.text !== '' && !/^\d{1,3}$/.test(line.text));
  const wrapWidth = hardWrapWidth(content);
  const paragraphs: Paragraph[] = [];
  for (const line of content) {
    const current = paragraphs.at(-1);
    if (current && continues(current, line, wrapWidth)) {
      current.text = joinWrapped(current.text, line.text);
      current.lastLine = line.text;
    } else {
      paragraphs.push({ text: line.text, lastLine: line.text, marked: line.marked });
    }
  }
  return paragraphs;
}

/**
 * The line width of a hard-wrapped text (most lines end near one width), or null when lines are
 * whole paragraphs. Wrapped lines that stop well short of the width end a paragraph or heading.
 */
function hardWrapWidth(lines: SourceLine[]): number | null {
  const lengths = lines.map((line) => line.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width === 0 || width > 120) return null;
  const nearWidth = lengths.filter((length) => length >= width * 0.7).length;
  return nearWidth >= lengths.length * 0.5 ? width : null;
}

function continues(current: Paragraph, line: SourceLine, wrapWidth: number | null): boolean {
  if (current.marked || line.marked || startsBlock(line.text) || isPartTitle(current.text)) return false;
  if (startsLowerOrDigit(line.text)) return true;
  // A list item is one paragraph: a sentence that happens to end at the wrap width goes on.
  if (endsSentence(current.lastLine)) return LIST_ITEM.test(current.text) && isFullLine(current.lastLine, wrapWidth);
  if (isAllCaps(current.text)) return isAllCaps(line.text);
  if (isAllCaps(line.text)) return false;
  if (endsWithCapitalizedWord(current.lastLine)) return true;
  if (NUMBERED.test(current.text)) return false;
  return isFullLine(current.lastLine, wrapWidth);
}

function isFullLine(line: string, wrapWidth: number | null): boolean {
  return wrapWidth !== null && line.length >= wrapWidth * 0.7;
}

const ROMAN = /^([IVXL]+)\s*[.\-–]\s*(\S.*)$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.-]\s*(\S.*)$/;
const LETTERED = /^([a-zđ])\)\s*(\S.*)$/;
const ARTICLE = /^Điều\s+(\d+)\s*[.:]\s*(\S.*)$/;
const LIST_ITEM = /^[-+–•]\s+(\S.*)$/;
const TYPE_WORDS = ['NGHỊ QUYẾT', 'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'CHƯƠNG TRÌNH', 'THÔNG BÁO', 'HƯỚNG DẪN', 'ĐỀ ÁN'];

/** A line that starts a new block whatever came before it. */
function startsBlock(text: string): boolean {
  return (
    (ROMAN.test(text) && isAllCaps(text)) ||
    (NUMBERED.test(text) && !startsLowerOrDigit(text.replace(/^[\d.\s-]+/, ''))) ||
    LETTERED.test(text) ||
    ARTICLE.test(text) ||
    LIST_ITEM.test(text) ||
    isPartTitle(text)
  );
}

/** "KẾ HOẠCH" inside a Quyết định, or "Phụ lục": an attached part with its own numbering. */
export function isPartTitle(text: string): boolean {
  return isTypeWord(text) || /^(phụ lục|PHỤ LỤC)( [IVX\d]+)?$/i.test(text);
}

export function isTypeWord(text: string): boolean {
  return TYPE_WORDS.includes(text.toLocaleUpperCase('vi')) && isAllCaps(text);
}

function classify(paragraph: Paragraph): Block {
  const { text, marked } = paragraph;
  if (isPartTitle(text)) return { kind: 'part', text };
  const item = LIST_ITEM.exec(text);
  if (item?.[1]) return { kind: 'item', text: item[1] };
  const roman = ROMAN.exec(text);
  if (roman?.[1] && roman[2] && (marked || isAllCaps(text))) return heading(2, `${roman[1]}.`, roman[2]);
  const numbered = NUMBERED.exec(text);
  if (numbered?.[1] && numbered[2]) return numberedBlock(numbered[1], numbered[2], marked);
  const lettered = LETTERED.exec(text);
  if (lettered?.[1] && lettered[2]) {
    return isHeadingText(lettered[2], marked) ? heading(6, `${lettered[1]})`, lettered[2]) : paragraphOf(text);
  }
  const article = ARTICLE.exec(text);
  if (article?.[1] && article[2]) return paragraphOf(`Điều ${article[1]}. ${article[2]}`);
  return paragraphOf(text);
}

/** "1." is a heading when it reads like a title; a numbered sentence stays a paragraph. */
function numberedBlock(number: string, rest: string, marked: boolean): Block {
  const token = `${number}.`;
  if (!isHeadingText(rest, marked)) return paragraphOf(`${token} ${rest}`);
  return heading(2 + number.split('.').length, token, rest);
}

function isHeadingText(text: string, marked: boolean): boolean {
  return marked || (!endsSentence(text) && text.length <= 300);
}

function heading(level: number, token: string, text: string): Block {
  return { kind: 'heading', level: Math.min(level, 6), text: `${token} ${text.replace(/[.:]$/, '')}` };
}

function paragraphOf(text: string): Block {
  return { kind: 'paragraph', text };
}
