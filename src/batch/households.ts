/**
 * A household list, record by record → result rows, refused rows and a summary. Every record after
 * the header comes out: classified, or refused with its line, column and reason; blank records are
 * counted apart. Column names and values are matched without diacritics, from the rules data (areas,
 * indicators and their aliases), so a new indicator in the rules needs no change here.
 */
import { fold } from '../text/fold.ts';
import {
  CLASS_LABELS,
  assessHousehold,
  assessmentLines,
  formatDate,
  parseMoney,
  parseUserDate,
  type Classification,
  type FieldError,
  type HouseholdProfileInput,
  type IndicatorId,
  type RuleSet,
} from '../rules/index.ts';
import type { Cell, ResultSink, RowProblem, TableSource } from './types.ts';

const REQUIRED_COLUMNS = ['khu_vuc', 'so_nguoi'] as const;
const KNOWN_COLUMNS = ['ma_ho', 'khu_vuc', 'so_nguoi', 'thu_nhap_binh_quan', 'tong_thu_nhap', 'thieu_hut', 'khong_ro', 'ngay'] as const;
type Column = (typeof KNOWN_COLUMNS)[number];

/**
 * Result columns. New columns only ever go at the end (scripts read these by position too). The
 * `chuan_moi*` columns are the class under the next standard when the row's date is within
 * RULES_DEFAULTS.upcomingWindowDays before it starts (as `upcoming` in `check --json`), empty otherwise.
 */
export const OUTPUT_COLUMNS = [
  'dong', 'ma_ho', 'ngay', 'phan_loai', 'ma_phan_loai', 'thu_nhap_binh_quan', 'so_chi_so_thieu_hut', 'chi_so_thieu_hut', 'chuan', 'tam_tinh', 'ly_do', 'dieu_lam_thay_doi',
  'chuan_moi', 'chuan_moi_tu_ngay', 'chuan_moi_phan_loai', 'chuan_moi_ma_phan_loai', 'chuan_moi_tam_tinh',
] as const;

const yesNo = (value: boolean) => (value ? 'có' : 'không');

/** Profile fields named back as the columns a cadre sees. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  area: 'khu_vuc', members: 'so_nguoi', monthlyIncomePerPerson: 'thu_nhap_binh_quan', monthlyIncome: 'tong_thu_nhap',
  deprivations: 'thieu_hut', unsure: 'khong_ro', date: 'ngay',
};

class RowError extends Error {
  constructor(readonly column: string, message: string) {
    super(message);
  }
}

export interface BatchSummary {
  /** Records after the header that hold something: classified + rejected. */
  rows: number;
  classified: number;
  rejected: number;
  /** Empty records (blank lines, rows of empty cells), not households. */
  blank: number;
  byClass: Map<Classification, number>;
  byIndicator: Map<IndicatorId, number>;
}

export type ListOutcome = { ok: true; summary: BatchSummary } | { ok: false; message: string };

const columnKey = (name: string) => fold(name).trim().replace(/\s+/g, '_');

/** Column name → index, or the Vietnamese reason the header cannot be used. */
function readHeader(cells: string[]): { ok: true; columns: Map<string, number> } | { ok: false; message: string } {
  const columns = new Map<string, number>();
  cells.forEach((name, index) => {
    const key = columnKey(name);
    if (key && !columns.has(key)) columns.set(key, index);
  });
  const missing: string[] = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (!columns.has('thu_nhap_binh_quan') && !columns.has('tong_thu_nhap')) missing.push('thu_nhap_binh_quan hoặc tong_thu_nhap');
  if (missing.length === 0) return { ok: true, columns };
  const lost = cells.some((name) => /[?\uFFFD]/.test(name))
    ? ' Tên cột có dấu “?”: chữ tiếng Việt đã bị mất khi lưu tệp bằng một bảng mã không có tiếng Việt; hãy lưu lại bằng “CSV UTF-8” hoặc .xlsx.'
    : '';
  return { ok: false, message: `Tệp thiếu cột: ${missing.join(', ')}.${lost} Xem: npm run cli -- batch --help` };
}

/** Longest run of words that is an alias, so "bảo hiểm y tế nước" reads as baohiemyte + nuoc. */
const MAX_ALIAS_WORDS = 5;

function readIndicators(rules: RuleSet, text: string, column: string): IndicatorId[] {
  const ids: IndicatorId[] = [];
  for (const piece of text.split(/[,;|]+/)) {
    const words = piece.split(/\s+/).filter(Boolean);
    for (let start = 0; start < words.length; ) {
      const idOf = (length: number) => rules.indicatorAliases.get(fold(words.slice(start, start + length).join('')));
      let length = Math.min(MAX_ALIAS_WORDS, words.length - start);
      while (length > 0 && !idOf(length)) length -= 1;
      if (length === 0) {
        const examples = rules.indicators.slice(0, 3).map((indicator) => indicator.id).join(', ');
        throw new RowError(column, `không biết chỉ số “${words[start]}” (dùng mã như ${examples} hoặc bí danh như bhyt, nuoc, nhatieu)`);
      }
      ids.push(idOf(length)!);
      start += length;
    }
  }
  return ids;
}

function readMoney(text: string, column: string): number {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new RowError(column, parsed.question);
  return parsed.value;
}

/** `read` remembered per distinct text: a list repeats a handful of dates, areas and indicator names. */
function memoised<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = read(text);
    known.set(text, value);
    return value;
  };
}

/** The reader of one list: dates, areas and indicator lists are each read once per distinct text. */
function profileReader(rules: RuleSet, defaultDate: string) {
  const readDate = memoised(parseUserDate);
  const readArea = memoised((text) => rules.areaAliases.get(fold(text).replace(/\s+/g, '')));
  const indicatorReaders = { thieu_hut: memoised((text) => readIndicators(rules, text, 'thieu_hut')), khong_ro: memoised((text) => readIndicators(rules, text, 'khong_ro')) };
  return (cell: (column: Column) => string): HouseholdProfileInput => {
    const areaText = cell('khu_vuc');
    const area = readArea(areaText);
    if (!area) throw new RowError('khu_vuc', `khu vực “${areaText}” không hợp lệ (nt/nông thôn hoặc tt/thành thị)`);
    const membersText = cell('so_nguoi');
    if (!/^\d+$/.test(membersText)) throw new RowError('so_nguoi', `số người “${membersText}” phải là số nguyên`);
    const dateText = cell('ngay');
    const date = dateText ? readDate(dateText) : defaultDate;
    if (!date) throw new RowError('ngay', `ngày “${dateText}” không có thật hoặc sai dạng (dd/MM/yyyy)`);
    const perPerson = cell('thu_nhap_binh_quan');
    const total = cell('tong_thu_nhap');
    return {
      date,
      area,
      members: Number(membersText),
      ...(perPerson ? { monthlyIncomePerPerson: readMoney(perPerson, 'thu_nhap_binh_quan') } : {}),
      ...(!perPerson && total ? { monthlyIncome: readMoney(total, 'tong_thu_nhap') } : {}),
      deprivations: indicatorReaders.thieu_hut(cell('thieu_hut')),
      unsure: indicatorReaders.khong_ro(cell('khong_ro')),
    };
  };
}

function columnOfField(error: FieldError): string {
  return COLUMN_OF_FIELD[error.field.split('.')[0] ?? ''] ?? error.field;
}

/**
 * Reads the list, writes a result row per household and reports every refused record to `sink`
 * and `onProblem`; refuses the whole list (ok: false) only when its header is unusable.
 */
export async function classifyList(
  rules: RuleSet,
  source: TableSource,
  sink: ResultSink,
  options: { defaultDate: string; onProblem(problem: RowProblem): void; onProgress?(): void; progressEvery?: number },
): Promise<ListOutcome> {
  const summary: BatchSummary = { rows: 0, classified: 0, rejected: 0, blank: 0, byClass: new Map(), byIndicator: new Map() };
  const toProfile = profileReader(rules, options.defaultDate);
  let columns: Map<string, number> | null = null;
  let width = 0;

  /** One household's result row, or why the record is refused. */
  const classify = (cells: string[], line: number): Cell[] | RowProblem => {
    if (cells.slice(width).some(Boolean)) {
      return { line, column: '', message: `dòng có ${cells.length} ô, nhiều hơn ${width} cột của dòng tên cột; có thể một số tiền có dấu phẩy (1,5 triệu) chưa được đặt trong ngoặc kép` };
    }
    const cell = (column: Column) => cells[columns!.get(column) ?? -1] ?? '';
    let profile: HouseholdProfileInput;
    try {
      profile = toProfile(cell);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      return { line, column: error.column, message: error.message };
    }
    // The decision without the full explanation; the row's two text columns come from remembered lines.
    const outcome = assessHousehold(rules, profile);
    if (!outcome.ok) return { line, column: columnOfField(outcome.error), message: outcome.error.message };
    const assessment = outcome.value;
    const { classification, income, found, provisionalReasons } = assessment.under;
    const deprivations = found.counted;
    summary.classified += 1;
    summary.byClass.set(classification, (summary.byClass.get(classification) ?? 0) + 1);
    for (const id of deprivations) summary.byIndicator.set(id, (summary.byIndicator.get(id) ?? 0) + 1);
    const lines = assessmentLines(rules, assessment);
    const next = assessment.upcoming;
    return [
      line, cell('ma_ho'), formatDate(assessment.date), CLASS_LABELS[classification], classification,
      Math.round(income * 100) / 100, deprivations.length, deprivations.join(' '), assessment.standard.id,
      yesNo(provisionalReasons.length > 0), lines.reasons, lines.margins,
      ...(next
        ? [next.standard.id, formatDate(next.standard.validFrom), CLASS_LABELS[next.under.classification], next.under.classification, yesNo(next.under.provisionalReasons.length > 0)]
        : ['', '', '', '', '']),
    ];
  };

  for await (const chunk of source.records) {
    for (const record of chunk) {
      if (!columns) {
        if ('problem' in record) return { ok: false, message: `Dòng tên cột (dòng ${record.line}): ${record.problem}.` };
        if (!record.cells.some(Boolean)) continue;
        const header = readHeader(record.cells);
        if (!header.ok) return header;
        columns = header.columns;
        width = record.cells.length;
        sink.header(OUTPUT_COLUMNS);
        continue;
      }
      if ('cells' in record && !record.cells.some(Boolean)) {
        summary.blank += 1;
        continue;
      }
      summary.rows += 1;
      if (options.onProgress && summary.rows % (options.progressEvery ?? 1000) === 0) options.onProgress();
      const outcome = 'problem' in record ? { line: record.line, column: '', message: record.problem } : classify(record.cells, record.line);
      if (Array.isArray(outcome)) {
        const busy = sink.row(outcome);
        if (busy) await busy;
      } else {
        summary.rejected += 1;
        sink.problem(outcome);
        options.onProblem(outcome);
      }
    }
  }
  if (!columns) return { ok: false, message: 'Tệp trống (không có dòng tên cột).' };
  return { ok: true, summary };
}

/** The summary as label → count rows: totals, then per class, then per indicator of the rules data. */
export function summaryRows(rules: RuleSet, summary: BatchSummary): [string, Cell][] {
  return [
    ['Số dòng (hộ)', summary.rows],
    ['Đã phân loại', summary.classified],
    ['Dòng lỗi', summary.rejected],
    ['Dòng trống (không tính)', summary.blank],
    ...(Object.entries(CLASS_LABELS) as [Classification, string][]).map(([id, label]): [string, Cell] => [`Nhóm: ${label}`, summary.byClass.get(id) ?? 0]),
    ...rules.indicators.map((indicator): [string, Cell] => [`Thiếu hụt: ${indicator.name} (${indicator.id})`, summary.byIndicator.get(indicator.id) ?? 0]),
  ];
}

export function formatSummary(rules: RuleSet, summary: BatchSummary): string {
  const lines = [`Tổng hợp: ${summary.rows} dòng, ${summary.classified} hộ đã phân loại, ${summary.rejected} dòng lỗi bị bỏ qua.`];
  if (summary.blank > 0) lines.push(`(Không tính ${summary.blank} dòng trống.)`);
  lines.push('', 'Theo nhóm:');
  for (const [classification, label] of Object.entries(CLASS_LABELS) as [Classification, string][]) {
    lines.push(`  ${label}: ${summary.byClass.get(classification) ?? 0}`);
  }
  lines.push('', 'Số hộ thiếu hụt theo chỉ số:');
  for (const indicator of rules.indicators) {
    lines.push(`  ${indicator.name} (${indicator.id}): ${summary.byIndicator.get(indicator.id) ?? 0}`);
  }
  return lines.join('\n');
}
