/**
 * Finds the documents in an extracted file and the metadata their headers state: issuer,
 * "Số: …", "<place>, ngày dd tháng mm năm yyyy", the type line and title, or a "V/v" subject.
 * A file may hold several documents (a cover letter, then the resolution it forwards): a new one
 * starts where a header or type line follows the previous one's "Nơi nhận:" block.
 */
import type { SourceLine } from './repair.ts';
import { isTypeWord } from './repair.ts';
import { capitalizeWords, isAllCaps, lowerFirst, upperFirst } from './vietnamese.ts';

export interface DetectedMeta {
  type: string | null;
  number: string | null;
  title: string | null;
  issuer: string | null;
  province: string | null;
  /** ISO yyyy-MM-dd. */
  signed: string | null;
}

export interface RawDocument {
  detected: DetectedMeta;
  body: SourceLine[];
}

type Mode = 'head' | 'title' | 'subject' | 'body' | 'closing';

interface Draft {
  mode: Mode;
  issuerLines: string[];
  titleLines: string[];
  subjectLines: string[];
  type: string | null;
  number: string | null;
  signed: string | null;
  body: SourceLine[];
}

const MOTTO = /^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM)$/i;
const ORGAN_LINE = /^(ỦY BAN|UỶ BAN|UBND |HĐND |TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|ĐẢNG ỦY|BAN |HỘI ĐỒNG|SỞ |BỘ |THỊ XÃ|TỈNH |HUYỆN |THÀNH PHỐ|XÃ |PHƯỜNG|ĐẢNG BỘ)/;
const DATE_LINE = /^([^,\d]{2,40}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/;
const NUMBER_LINE = /^Số\s*:?\s*(\d.*)$/;
const BODY_OPENERS = /^(Thực hiện|Căn cứ|Kính gửi|Trên cơ sở|Theo đề nghị)(?![\p{L}\p{N}])/u;

export function splitDocuments(lines: SourceLine[]): RawDocument[] {
  const drafts: Draft[] = [newDraft()];
  for (const line of lines) {
    let draft = drafts.at(-1) as Draft;
    if (draft.mode === 'closing' && startsDocument(line.text)) {
      draft = newDraft();
      drafts.push(draft);
    }
    step(draft, line);
  }
  return drafts.filter((draft) => draft.body.some((line) => line.text !== '')).map(finish);
}

function newDraft(): Draft {
  return { mode: 'head', issuerLines: [], titleLines: [], subjectLines: [], type: null, number: null, signed: null, body: [] };
}

function startsDocument(text: string): boolean {
  return (ORGAN_LINE.test(text) && isAllCaps(text)) || isTypeWord(text);
}

function step(draft: Draft, line: SourceLine): void {
  if (draft.mode === 'closing') return;
  if (draft.mode === 'body') return bodyStep(draft, line);
  if (line.text === '' && !line.rule) {
    if (draft.mode === 'subject') draft.mode = 'head';
    return;
  }
  if (draft.mode === 'title' && continuesTitle(draft, line)) {
    draft.titleLines.push(line.text);
    return;
  }
  if (draft.mode === 'subject' && !DATE_LINE.test(line.text) && !BODY_OPENERS.test(line.text)) {
    draft.subjectLines.push(line.text);
    return;
  }
  draft.mode = 'head';
  if (!headStep(draft, line)) {
    draft.mode = 'body';
    bodyStep(draft, line);
  }
}

/** Consumes one header line; false when the line already belongs to the body. */
function headStep(draft: Draft, line: SourceLine): boolean {
  const text = line.text;
  if (line.rule || MOTTO.test(text)) return true;
  const number = NUMBER_LINE.exec(text);
  const date = DATE_LINE.exec(text);
  if (number?.[1] && !draft.number) {
    draft.number = number[1].replace(/\s*([/-])\s*/g, '$1').trim();
  } else if (date && !draft.signed) {
    draft.signed = isoDate(date[4] ?? '', date[3] ?? '', date[2] ?? '');
  } else if (/^V\/v\s+/i.test(text) && !draft.type) {
    draft.type = 'Công văn';
    draft.subjectLines.push(text.replace(/^V\/v\s+/i, ''));
    draft.mode = 'subject';
  } else if (isTypeWord(text) && !draft.type) {
    draft.type = upperFirst(text.toLocaleLowerCase('vi'));
    draft.mode = 'title';
  } else if (ORGAN_LINE.test(text) && isAllCaps(text)) {
    draft.issuerLines.push(text);
  } else {
    return false;
  }
  return true;
}

function continuesTitle(draft: Draft, line: SourceLine): boolean {
  const text = line.text;
  if (draft.titleLines.length === 0) return !line.rule && !line.marked;
  if (line.rule || line.marked || draft.titleLines.length >= 6 || BODY_OPENERS.test(text)) return false;
  if (/[.:]$/.test(text)) return false; // a title has no full stop: this is the first sentence of the body
  if (/^([IVXL]+|\d+)\s*[.-]\s/.test(text)) return false;
  return !isAllCaps(text) || /^CỦA\s/.test(text);
}

function bodyStep(draft: Draft, line: SourceLine): void {
  if (/^Nơi nhận\s*:?$/i.test(line.text)) {
    draft.mode = 'closing';
    return;
  }
  draft.body.push(line);
}

function finish(draft: Draft): RawDocument {
  const issuer = issuerName(draft.issuerLines.join(' '));
  const type = draft.type ?? typeFromNumber(draft.number);
  const attached = type ? attachedNumberAndDate(type, draft.body) : null;
  return {
    detected: {
      type,
      number: draft.number ?? attached?.number ?? null,
      title: titleOf(type, draft),
      issuer: issuer?.name ?? null,
      province: issuer?.province ?? null,
      signed: draft.signed ?? attached?.signed ?? null,
    },
    body: draft.body,
  };
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function titleOf(type: string | null, draft: Draft): string | null {
  if (draft.subjectLines.length > 0) return `${type ?? 'Công văn'} về việc ${draft.subjectLines.join(' ')}`;
  if (!type || draft.titleLines.length === 0) return null;
  const parts = draft.titleLines.map((text, index) => {
    const previous = draft.titleLines[index - 1];
    if (isAllCaps(text)) return /^CỦA\s/.test(text) ? `của ${organCase(text.slice(4))}` : text.toLocaleLowerCase('vi');
    return previous === undefined || isAllCaps(previous) ? lowerFirst(text) : text;
  });
  return `${type} ${parts.join(' ')}`;
}

const TYPE_BY_CODE: Record<string, string> = { NQ: 'Nghị quyết', QĐ: 'Quyết định', KH: 'Kế hoạch', CT: 'Chỉ thị', TB: 'Thông báo', HD: 'Hướng dẫn' };

/** "41-NQ/TU" → Nghị quyết; "3286/UBND-VX" (no type code) → Công văn. */
function typeFromNumber(number: string | null): string | null {
  if (!number) return null;
  const code = /^\d+[-/]([A-ZĐ]+)/.exec(number)?.[1];
  return (code && TYPE_BY_CODE[code]) ?? 'Công văn';
}

/** An attached plan states its decision: "(Kèm theo Quyết định số 768/QĐ-UBND ngày 11 tháng 3 năm 2022 …)". */
function attachedNumberAndDate(type: string, body: SourceLine[]): { number: string; signed: string } | null {
  const text = body.map((line) => line.text).join(' ');
  const pattern = new RegExp(`Kèm theo ${type} số\\s+(\\S+)\\s+ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})`, 'i');
  const match = pattern.exec(text);
  return match?.[1] && match[2] && match[3] && match[4]
    ? { number: match[1], signed: isoDate(match[4], match[3], match[2]) }
    : null;
}

const ORGANS: Array<[string, string]> = [
  ['BAN THƯỜNG VỤ TỈNH ỦY', 'Ban Thường vụ Tỉnh ủy'],
  ['ỦY BAN NHÂN DÂN', 'UBND'],
  ['UỶ BAN NHÂN DÂN', 'UBND'],
  ['HỘI ĐỒNG NHÂN DÂN', 'HĐND'],
  ['UBND', 'UBND'],
  ['HĐND', 'HĐND'],
  ['TỈNH ỦY', 'Tỉnh ủy'],
  ['TỈNH UỶ', 'Tỉnh ủy'],
  ['THÀNH ỦY', 'Thành ủy'],
  ['HUYỆN ỦY', 'Huyện ủy'],
];
const UNITS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG'];

/** "ỦY BAN NHÂN DÂN THỊ XÃ DUYÊN HẢI" → "UBND thị xã Duyên Hải"; the province when the header names one. */
function issuerName(header: string): { name: string; province: string | null } | null {
  if (header === '') return null;
  const name = organCase(header);
  const unit = /(?:^|\s)tỉnh (\S.*)$/.exec(name)?.[1];
  const partyCommittee = /^Tỉnh ủy (\S.*)$/.exec(name)?.[1];
  return { name, province: unit ?? partyCommittee ?? null };
}

function organCase(allCaps: string): string {
  const organ = ORGANS.find(([caps]) => allCaps.startsWith(caps));
  if (!organ) return capitalizeWords(allCaps);
  const rest = allCaps.slice(organ[0].length).trim();
  if (rest === '') return organ[1];
  const unit = UNITS.find((caps) => rest.startsWith(`${caps} `));
  const place = unit ? `${unit.toLocaleLowerCase('vi')} ${capitalizeWords(rest.slice(unit.length + 1))}` : capitalizeWords(rest);
  return `${organ[1]} ${place}`;
}
