/**
 * A task-assignment appendix (TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |
 * Sản phẩm | Thời gian thực hiện) that the extraction flattened into one cell fragment a line.
 * Rows are found by their numbers (I, II… for groups; 1, 2… for tasks); within a row, the
 * fragments are assigned to columns by how agency names, products and periods begin.
 */
import type { Block } from './blocks.ts';
import type { SourceLine } from './repair.ts';
import { joinWrapped, startsLowerOrDigit, startsUpper } from './vietnamese.ts';

export const TASK_FIELDS = [
  'Nội dung công việc',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Sản phẩm',
  'Thời gian thực hiện',
] as const;

const CONTENT = 0;
const LEAD = 1;
const PARTNER = 2;
const OUTPUT = 3;
const TIME = 4;

/** Shown for a column the extraction lost entirely. */
const MISSING = 'chưa rõ (bản gốc bị mất khi trích xuất)';

export function isTableHeader(text: string): boolean {
  return /^S?TT\s+Nội dung/i.test(text);
}

interface Row {
  number: string | null;
  fragments: SourceLine[];
}

interface Group {
  numeral: string;
  title: string;
  titleClosed: boolean;
  rows: Row[];
}

/** The lines after the table header → group headings and task blocks. */
export function parseTaskTable(lines: SourceLine[]): Block[] {
  return splitRows(lines).flatMap((group) => [
    { kind: 'heading', level: 2, text: `${group.numeral}. ${group.title}` } satisfies Block,
    ...group.rows.map(taskBlock),
  ]);
}

function splitRows(lines: SourceLine[]): Group[] {
  const groups: Group[] = [];
  for (const line of lines) {
    const group = groups.at(-1);
    if (/^[IVX]+$/.test(line.text)) {
      groups.push({ numeral: line.text, title: '', titleClosed: false, rows: [] });
    } else if (!group) {
      continue; // the rest of the column header
    } else if (line.spacesOnly) {
      group.titleClosed = true;
    } else if (line.text === '') {
      continue;
    } else {
      addToGroup(group, line);
    }
  }
  return groups;
}

function addToGroup(group: Group, line: SourceLine): void {
  const row = group.rows.at(-1);
  const expected = String(group.rows.filter((r) => r.number !== null).length + 1);
  const numbered = /^(\d{1,2})(?:\s+(\S.*))?$/.exec(line.text);
  if (numbered?.[1] === expected) {
    group.titleClosed = true;
    const first = numbered[2] ? [{ ...line, text: numbered[2] }] : [];
    group.rows.push({ number: expected, fragments: first });
  } else if (!group.titleClosed) {
    group.title = joinWrapped(group.title, line.text);
  } else if (row) {
    row.fragments.push(line);
  } else {
    group.rows.push({ number: null, fragments: [line] });
  }
}

function taskBlock(row: Row): Block {
  const cells = assignColumns(row.fragments);
  return {
    kind: 'task',
    number: row.number,
    fields: TASK_FIELDS.map((label, column) => [label, cellText(cells[column] ?? [])]),
  };
}

function cellText(fragments: string[]): string {
  if (fragments.length === 0) return MISSING;
  const text = fragments.reduce(joinWrapped, '');
  // A cell that begins mid-phrase lost its beginning in the extraction: say so.
  return startsLowerOrDigit(text) && !/^\d{4}/.test(text) ? `… ${text}` : text;
}

/** Walks the fragments left to right through the columns; see the module comment. */
function assignColumns(fragments: SourceLine[]): string[][] {
  const cells: string[][] = [[], [], [], [], []];
  let column = CONTENT;
  let previous = '';
  for (const fragment of fragments) {
    column = nextColumn(column, fragment, previous);
    const target = column === TIME && !isPeriod(fragment.text) ? strayColumn(fragment.text) : column;
    cells[target]?.push(fragment.text);
    previous = fragment.text;
  }
  return cells;
}

function nextColumn(column: number, fragment: SourceLine, previous: string): number {
  const text = fragment.text;
  const continued = /(-|\bvà|\bcác|\bcủa|:)$/.test(previous);
  if (column === CONTENT) return previous !== '' && isAgency(text) ? LEAD : CONTENT;
  if (column === LEAD) return isAgency(text) && !continued ? PARTNER : LEAD;
  if (column === PARTNER) {
    if (isPeriodStart(text)) return TIME;
    const opensOutput = startsUpper(text) && !isAgency(text) && !continued;
    return opensOutput || (fragment.indented && startsLowerOrDigit(text)) ? OUTPUT : PARTNER;
  }
  if (column === OUTPUT) return isPeriodStart(text) ? TIME : OUTPUT;
  return TIME;
}

/**
 * A fragment after the period belongs to a cell the page break cut: long fragments come from the
 * wide content column, short ones from the narrow agency column.
 */
function strayColumn(text: string): number {
  return text.length > 30 ? CONTENT : PARTNER;
}

function isAgency(text: string): boolean {
  return /^(Sở[\s,]|Các [sS]ở|UBND|Ủy ban|Uỷ ban|Bộ\s|Ban\s+\p{Lu}|Công an|Văn phòng|Ngân hàng|Hội\s+\p{Lu}|Liên đoàn|Tỉnh đoàn|Cục\s|Chi cục)/u.test(
    text,
  );
}

function isPeriodStart(text: string): boolean {
  return /^(Hằng năm|Hàng năm|Giai đoạn|Năm \d|Quý|Tháng|Trước|Từ năm|\d{4})/.test(text);
}

function isPeriod(text: string): boolean {
  return isPeriodStart(text) || /^(và )?(giai đoạn|năm)\b/i.test(text);
}
