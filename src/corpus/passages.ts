/**
 * Splits a corpus document into passages along its headings. Each passage knows its heading path
 * ("III.5.2", "Kế hoạch, mục II.3", "Phụ lục, nhiệm vụ I.3") and carries a ready citation. Long
 * sections become several passages with the same path, so each stays a few hundred words at most.
 */
import type { DocumentMeta, Passage } from './types.ts';
import { countWords } from './vietnamese.ts';
import { formatDate } from '../text/dates.ts';

/** Search ranks passages of a few hundred words best; longer sections are cut at paragraphs. */
export const MAX_PASSAGE_WORDS = 220;

interface Heading {
  level: number;
  text: string;
  /** Numbering as cited: "III", "5.2", "a", "Điều 2", "nhiệm vụ 3"; null for an unnumbered heading. */
  token: string | null;
}

interface Chunk {
  part: string | null;
  headings: Heading[];
  /** A numbered paragraph ("1. …", "a) …", "Điều 1. …") under the headings, cited as its own item. */
  item: string | null;
  paragraphs: string[];
}

export function toPassages(meta: DocumentMeta, body: string): Passage[] {
  const seen = new Map<string, number>();
  return readChunks(body).flatMap((chunk) => {
    const section = sectionOf(chunk);
    return splitLong(chunk.paragraphs).map((text) => {
      const base = `${meta.id}#${section}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return {
        id: count === 1 ? base : `${base}~${count}`,
        docId: meta.id,
        kind: meta.kind,
        docNumber: meta.number,
        docType: meta.type,
        title: meta.title,
        issuer: meta.issuer,
        province: meta.province,
        provinceNow: meta.provinceNow,
        date: meta.signed,
        section,
        headings: [...(chunk.part ? [chunk.part] : []), ...chunk.headings.map((h) => h.text)],
        text,
        citation: citationOf(meta, section, text),
      };
    });
  });
}

function readChunks(body: string): Chunk[] {
  const chunks: Chunk[] = [{ part: null, headings: [], item: null, paragraphs: [] }];
  for (const block of body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
    const current = chunks.at(-1) as Chunk;
    const heading = /^(#{1,6})\s+(.+)$/.exec(block);
    if (heading?.[1] && heading[2]) {
      chunks.push(underHeading(current, heading[1].length, heading[2]));
      continue;
    }
    const item = numberedItem(block);
    if (item) chunks.push({ ...current, item, paragraphs: [block] });
    else current.paragraphs.push(block);
  }
  return chunks.filter((chunk) => chunk.paragraphs.length > 0);
}

function underHeading(current: Chunk, level: number, text: string): Chunk {
  if (level === 1) return { part: text, headings: [], item: null, paragraphs: [] };
  const headings = current.headings.filter((h) => h.level < level);
  return { part: current.part, headings: [...headings, { level, text, token: headingToken(text) }], item: null, paragraphs: [] };
}

function headingToken(text: string): string | null {
  const match = /^([IVXL]+)\.\s|^(\d+(?:\.\d+)*)\.\s|^([a-zđ])\)\s|^Nhiệm vụ (\d+)$/.exec(text);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? (match[4] ? `nhiệm vụ ${match[4]}` : null);
}

function numberedItem(paragraph: string): string | null {
  const match = /^(\d{1,2})\.\s|^([a-zđ])\)\s|^Điều (\d+)\.\s/.exec(paragraph);
  if (!match) return null;
  return match[1] ?? match[2] ?? (match[3] ? `Điều ${match[3]}` : null);
}

/** Heading path as cited after the document reference. */
function sectionOf(chunk: Chunk): string {
  const tokens = [...chunk.headings.map((h) => h.token ?? h.text), ...(chunk.item ? [chunk.item] : [])];
  const task = tokens.at(-1)?.startsWith('nhiệm vụ ') ? (tokens.pop() as string).slice('nhiệm vụ '.length) : null;
  const path = numberingPath(tokens);
  const part = chunk.part ? partLabel(chunk.part) : null;
  if (task) return [part, `nhiệm vụ ${path ? `${path}.` : ''}${task}`].filter(Boolean).join(', ');
  if (!part) return path;
  return path ? `${part}, ${citedPath(path)}` : part;
}

/** ["III", "5", "5.2"] → "III.5.2": a dotted number already holds its parent's number. */
function numberingPath(tokens: string[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    const last = parts.at(-1);
    if (last !== undefined && token.startsWith(`${last}.`)) parts[parts.length - 1] = token;
    else parts.push(token);
  }
  return parts.join('.');
}

function partLabel(text: string): string {
  const label = text.toLocaleLowerCase('vi');
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
}

/** "III.5.2" → "mục III.5.2"; paths that name themselves ("Điều 2", "Phụ lục, …") stay as they are. */
function citedPath(section: string): string {
  return /^[IVXL\d]/.test(section) ? `mục ${section}` : section;
}

const TYPE_ABBREVIATIONS: Record<string, string> = { 'Nghị quyết': 'NQ', 'Quyết định': 'QĐ', 'Kế hoạch': 'KH', 'Chỉ thị': 'CT' };

/** `text`: an explainer passage cites the bases it names itself, not every basis of the page. */
export function citationOf(meta: DocumentMeta, section: string, text = ''): string {
  const where = section ? `, ${citedPath(section)}` : '';
  return `${documentReference(meta, text)}${where}`;
}

function documentReference(meta: DocumentMeta, text: string): string {
  const date = meta.signed ? formatDate(meta.signed) : null;
  if (meta.kind === 'faq') return `Giải thích của Trợ lý (căn cứ ${explainerBasis(meta.basis ?? [], text)})`;
  if (!meta.number) {
    const unknown = date ? 'chưa rõ số hiệu' : 'chưa rõ số hiệu, ngày ban hành';
    const by = meta.issuer ? ` của ${meta.issuer}` : '';
    return [`${meta.type}${by} (${unknown})`, date].filter(Boolean).join(', ');
  }
  const name = `${TYPE_ABBREVIATIONS[meta.type] ?? meta.type} ${meta.number}`;
  return [name, meta.issuer, date ?? 'chưa rõ ngày ban hành'].filter(Boolean).join(', ');
}

/** The bases the passage names; a passage naming none (an introduction) cites the first few. */
function explainerBasis(basis: string[], text: string): string {
  const named = basis.filter((item) => text.includes(item));
  if (named.length > 0) return named.join('; ');
  const shown = basis.slice(0, MAX_BASIS_SHOWN).join('; ');
  return basis.length > MAX_BASIS_SHOWN ? `${shown} và các văn bản khác` : shown;
}

const MAX_BASIS_SHOWN = 3;

function splitLong(paragraphs: string[]): string[] {
  const pieces = paragraphs.flatMap((p) => (countWords(p) > MAX_PASSAGE_WORDS ? sentencesOf(p) : [p]));
  const passages: string[][] = [];
  let words = 0;
  for (const piece of pieces) {
    const pieceWords = countWords(piece);
    const current = passages.at(-1);
    if (current && words + pieceWords <= MAX_PASSAGE_WORDS) {
      current.push(piece);
      words += pieceWords;
    } else {
      passages.push([piece]);
      words = pieceWords;
    }
  }
  return passages.map((group) => group.join('\n\n'));
}

/** Sentences joined back into pieces of at most MAX_PASSAGE_WORDS (a longer sentence stays whole). */
function sentencesOf(paragraph: string): string[] {
  const sentences = paragraph.split(/(?<=[.;!?…])\s+(?=[\p{Lu}\-–“"(])/u);
  const pieces: string[] = [];
  for (const sentence of sentences) {
    const last = pieces.at(-1);
    if (last !== undefined && countWords(last) + countWords(sentence) <= MAX_PASSAGE_WORDS) {
      pieces[pieces.length - 1] = `${last} ${sentence}`;
    } else {
      pieces.push(sentence);
    }
  }
  return pieces;
}
