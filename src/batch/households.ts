/**
 * A household list, record by record → result rows, refused rows and a summary. Every record after
 * the header comes out: classified, or refused with its line, column and reason; blank records are
 * counted apart. Column names and values are matched without diacritics, from the rules data (areas,
 * indicators and their aliases), so a new indicator in the rules needs no change here.
 */
import { accentKey, fold } from '../text/fold.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { addDays, realDate } from '../text/dates.ts';
import { areaBesidesRegions, dateTyped, monthTyped, phraseAt, phraseEndingAt, placeAreaOf, writtenForm } from '../text/lexicon/index.ts';
import {
  CLASS_LABELS,
  assessHousehold,
  assessmentLines,
  namesInRun,
  formatDate,
  formatMoney,
  formatNumber,
  parseAmount,
  parseMoney,
  parseUserDate,
  STATUS_LABELS,
  thresholdsOn,
  wholeDong,
  type Area,
  type Assessment,
  type Classification,
  type FieldError,
  type HouseholdProfileInput,
  type IndicatorId,
  type RuleSet,
  type Standard,
  type TextParts,
} from '../rules/index.ts';
// A bare figure this big is đồng already: in a column counted in thousands or millions it is refused, not multiplied.
import { amountFor, amountInWords, approximateLead, BARE_DONG_MINIMUM, incomeHardToBelieve, unitAbbreviated, unitTypedShort, type Amount, type AmountParse, type IncomeRange } from '../rules/money.ts';
import { READER_DEFAULTS } from '../rules/defaults.ts';
import {
  ADDRESS_HEADERS,
  DEPRIVED_MARKS,
  HAS_LEGENDS,
  HAS_MARKS,
  HAS_NOT_MARKS,
  HELD_INDICATORS,
  MARK_CELL_SUBJECTS,
  MET_MARKS,
  UNMET_MARKS,
  DEPRIVED_SYMBOLS,
  COUNT_UNITS,
  FOOTER_DATE_LINE,
  TITLE_DAY_WORD_BEFORE,
  TITLE_MADE_DATE_BEFORE,
  TITLE_OTHER_PAPER_WORDS,
  TITLE_REVIEW_DATE_BEFORE,
  TITLE_REVIEW_WORDS,
  FOOTER_PHRASES,
  FOOTER_TOTAL_ALONE,
  FOOTER_TOTAL_COUNTS,
  FOOTER_TOTAL_PHRASES,
  FOOTER_TOTAL_TAILS,
  HEAD_RELATIONS,
  HEADER_UNIT_WORDS,
  UNIT_ROW_WORDS,
  INCOME_AVERAGE_WORDS,
  INCOME_HOUSEHOLD_WORDS,
  INCOME_PERSON_WORDS,
  INDICATOR_COLUMN_LINKS,
  INDICATOR_COLUMN_PREFIXES,
  LACK_CELL_PREFIXES,
  LACK_COLUMN_PREFIXES,
  LIST_COLUMNS,
  LIST_COLUMN_NAMES,
  MEMBER_RELATIONS,
  NAME_TITLES,
  NAME_HEADERS,
  REMARK_HEADERS,
  NO_DEPRIVATION_WORDS,
  NOT_DEPRIVED_MARKS,
  ORDER_HEADERS,
  RELATION_HEADERS,
  SUBTOTAL_UNITS,
  SUBTOTAL_WHOLE,
  TALLY_LABEL_STARTS,
  VAGUE_COLUMNS,
  VILLAGE_HEADERS,
  YES_MARKS,
  LIST_COLUMN_IDS,
  type ListColumn,
} from '../text/lexicon/columns.ts';
import { ABOUT_OR_DIGIT, APPROXIMATE_WORDS, CURRENCY_WORDS, HOUSEHOLD_TOTAL_WORDS, MONEY_UNIT_NAMES, MONEY_UNITS, NO_INCOME_PHRASES, PER_PERSON_PHRASES, PERIOD_WORDS } from '../text/lexicon/money.ts';
import { expandIndicatorAbbreviations, MEMBER_NOUNS, OWN_COLUMN_CELLS, SERVICE_LACKS, TERM_COLUMN_WORDS } from '../text/lexicon/household.ts';
import { AREA_ABBREVIATIONS, TITLE_AREA_UNITS } from '../text/lexicon/places.ts';
import { indicatorsFor } from '../rules/indicators.ts';
import { MAX_MONTHLY_INCOME } from '../rules/profile.ts';
import { boundSaid, classAtIncome, everydayCell, incomeRangeOfCell, indicatorCellSays, indicatorCellUnmet, understandHousehold } from '../rules/understand.ts';
import { BATCH_DEFAULTS } from './defaults.ts';
import { columnOfHeader, hasWord, holdsPhrase, shorthandWords, wordsOf } from './header-words.ts';
import { lostLetters as lettersLost } from './encoding.ts';
import { cellValue, problemReason, TooManyRows, type Cell, type FormulaGaps, type MergedAcross, type MergedCells, type MergedSpans, type ResultSink, type RowProblem, type TableRecord, type TableSource, type WorkbookFacts } from './types.ts';
import { excelSerialDay } from './xlsx.ts';
import { maskPersonalData } from '../privacy/mask.ts';

const REQUIRED_COLUMNS = ['khu_vuc', 'so_nguoi'] as const;
type Column = ListColumn;

/**
 * Result columns. New columns only ever go at the end, after SHEET_COLUMN when there is one (scripts read these by position
 * too): BETWEEN_COLUMNS. The
 * `chuan_moi*` columns are the class under the next standard when the row's date is within
 * RULES_DEFAULTS.upcomingWindowDays before it starts (as `upcoming` in `check --json`), empty otherwise.
 */
export const OUTPUT_COLUMNS = [
  'dong', 'ma_ho', 'ngay', 'phan_loai', 'ma_phan_loai', 'thu_nhap_binh_quan', 'so_chi_so_thieu_hut', 'chi_so_thieu_hut', 'chuan', 'tam_tinh', 'ly_do', 'dieu_lam_thay_doi',
  'chuan_moi', 'chuan_moi_tu_ngay', 'chuan_moi_phan_loai', 'chuan_moi_ma_phan_loai', 'chuan_moi_tam_tinh',
] as const;

/**
 * Result columns after OUTPUT_COLUMNS, and after SHEET_COLUMN in a workbook of several sheets (no column ever moves): the two
 * classes an open result lies between (`between` of `check --json`: 2027–2030, income at or under the line and the count of
 * deprivations open, "ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số"); under a standard with something
 * unpublished, a settled class in both (settledRange); otherwise empty.
 */
export const BETWEEN_COLUMNS = ['it_nhat_phan_loai', 'it_nhat_ma_phan_loai', 'toi_da_phan_loai', 'toi_da_ma_phan_loai', 'toi_da_neu_thieu_hut_tu'] as const;
const NO_BETWEEN: readonly Cell[] = BETWEEN_COLUMNS.map(() => '');
const NO_CELLS: readonly Cell[] = [];
/** Where a result row holds its line, its class code and its reasons. */
const LINE_AT = OUTPUT_COLUMNS.indexOf('dong');
const CODE_AT = OUTPUT_COLUMNS.indexOf('ma_phan_loai');
const REASON_AT = OUTPUT_COLUMNS.indexOf('ly_do');

/**
 * Result columns after BETWEEN_COLUMNS (round 10): the list's own columns a cadre finds the household by, copied as written
 * from every row (households, error and footer rows): the household head's name ("Họ và tên chủ hộ", columns.ts
 * NAME_HEADERS) and the address or thôn/ấp ("Thôn/ấp", "Địa chỉ", ADDRESS_HEADERS); empty when the list has no such column.
 * The row's line in the list is `dong`.
 */
export const CARRIED_COLUMNS = ['ho_ten_chu_ho', 'thon_ap'] as const;

/** `sink` with its header row in RESULT_COLUMN_LABELS (the columns, their order and the rows unchanged). */
export const withReadableHeaders = (sink: ResultSink): ResultSink => ({
  ...sink,
  header: (columns) => sink.header(columns.map((column) => RESULT_COLUMN_LABELS[column] ?? column)),
});

/** Every result column in order, for a list of one sheet or (`sheets`) of several. */
export const resultColumns = (sheets: boolean): string[] => [...OUTPUT_COLUMNS, ...(sheets ? [SHEET_COLUMN] : []), ...BETWEEN_COLUMNS, ...CARRIED_COLUMNS];

/** The result columns as a cadre reads them (`cli batch --readable-headers`, the API's `readableHeaders`); ids stay the contract. */
export const RESULT_COLUMN_LABELS: Readonly<Record<string, string>> = {
  dong: 'Dòng trong danh sách', ma_ho: 'Mã hộ', ngay: 'Ngày xét', phan_loai: 'Kết quả phân loại', ma_phan_loai: 'Mã phân loại',
  thu_nhap_binh_quan: 'Thu nhập bình quân (đồng/người/tháng)', so_chi_so_thieu_hut: 'Số chỉ số thiếu hụt', chi_so_thieu_hut: 'Các chỉ số thiếu hụt',
  chuan: 'Chuẩn áp dụng', tam_tinh: 'Tạm tính', ly_do: 'Lý do', dieu_lam_thay_doi: 'Điều làm thay đổi kết quả', chuan_moi: 'Chuẩn mới',
  chuan_moi_tu_ngay: 'Chuẩn mới từ ngày', chuan_moi_phan_loai: 'Phân loại theo chuẩn mới', chuan_moi_ma_phan_loai: 'Mã phân loại theo chuẩn mới',
  chuan_moi_tam_tinh: 'Chuẩn mới tạm tính', trang_tinh: 'Trang tính', it_nhat_phan_loai: 'Ít nhất là', it_nhat_ma_phan_loai: 'Mã ít nhất là',
  toi_da_phan_loai: 'Nhiều nhất là', toi_da_ma_phan_loai: 'Mã nhiều nhất là', toi_da_neu_thieu_hut_tu: 'Là nhóm nhiều nhất nếu thiếu hụt từ (chỉ số)',
  ho_ten_chu_ho: 'Họ và tên chủ hộ', thon_ap: 'Thôn/ấp, địa chỉ',
};

/**
 * A text a result column repeats on many rows (a class label, "có", "không") as a text in parts: the CSV writer encodes its
 * bytes once (TextParts.sharedKey), not on every row; any other writer reads the same text.
 */
const repeatedCell = (text: string): Readonly<TextParts> => Object.freeze({ own: '', shared: text, sharedKey: {} });
const CLASS_CELLS = Object.fromEntries((Object.entries(CLASS_LABELS) as [Classification, string][]).map(([klass, label]) => [klass, repeatedCell(label)])) as Record<Classification, Readonly<TextParts>>;
const YES_NO_CELLS = { yes: repeatedCell('có'), no: repeatedCell('không') };
const yesNo = (value: boolean) => (value ? YES_NO_CELLS.yes : YES_NO_CELLS.no);

/** The classes from the poorest down: "ít nhất" (atLeast) is the later of two, "nhiều nhất" (upTo) the earlier. */
const CLASS_ORDER: readonly Classification[] = ['poor', 'near_poor', 'middle', 'none'];

/** The classes a row lies between (BETWEEN_COLUMNS): the lowest it can be, then the highest. */
interface ClassRange {
  atLeast: Classification;
  upTo: Classification;
}

/** A settled class as its range, one object per class (settledRange gives one on most rows of a 2027 list). */
const SETTLED = Object.fromEntries(CLASS_ORDER.map((klass) => [klass, Object.freeze({ atLeast: klass, upTo: klass })])) as Record<Classification, Readonly<ClassRange>>;

/**
 * A standard with something not published (indicators of unknown threshold, an income band of unknown class: 2027–2030):
 * its rows' BETWEEN_COLUMNS say the class even when the unknowns cannot change it, so a cadre reads every row there by
 * the same two columns. A settled class is both ("hộ nghèo" … "hộ nghèo": the unknown indicators cannot change it); a
 * class unknown for its income band alone is the classes no lower band gives (2027, above the near-poor line: không thuộc
 * diện … up to hộ có mức sống trung bình, never hộ nghèo or cận nghèo). Undefined under a standard with nothing unknown
 * (the columns stay empty, as before) or when no range can be said.
 */
function settledRange(standard: Standard, index: number, classification: Classification): Readonly<ClassRange> | undefined {
  const ranges = rangesOf(standard);
  if (!ranges) return undefined;
  return classification !== 'unknown' ? SETTLED[classification] : ranges[index];
}

/**
 * A standard's ranges of an unknown class, by income band (settledRange), worked out once per standard: null when the
 * standard has nothing unknown. A 2027 list has a quarter of its rows in such a band.
 */
const standardRanges = new WeakMap<Standard, readonly (Readonly<ClassRange> | undefined)[] | null>();

function rangesOf(standard: Standard): readonly (Readonly<ClassRange> | undefined)[] | null {
  let ranges = standardRanges.get(standard);
  if (ranges === undefined) {
    const unknowns = standard.indicators.thresholdUnknown.length > 0 || standard.bands.some((band) => band.class === 'unknown');
    ranges = unknowns ? standard.bands.map((band, index) => (band.byDeprivations ? undefined : openRange(standard, index))) : null;
    standardRanges.set(standard, ranges);
  }
  return ranges;
}

/** The range of a class unknown for its income band alone: the classes no lower band gives. */
function openRange(standard: Standard, index: number): Readonly<ClassRange> | undefined {
  const below = new Set(standard.bands.slice(0, index).flatMap((lower) => (lower.byDeprivations ? [lower.byDeprivations.then, lower.byDeprivations.otherwise] : [lower.class!])));
  const left = CLASS_ORDER.filter((klass) => !below.has(klass));
  return left.length > 0 ? Object.freeze({ atLeast: left[left.length - 1]!, upTo: left[0]! }) : undefined;
}

/** Profile fields named back as the columns a cadre sees. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  area: 'khu_vuc', members: 'so_nguoi', monthlyIncomePerPerson: 'thu_nhap_binh_quan', monthlyIncome: 'tong_thu_nhap',
  deprivations: 'thieu_hut', unsure: 'khong_ro', date: 'ngay',
};

/**
 * Why a row is refused, thrown by the row's readers and always caught by `classifyList`. Not an Error:
 * nothing needs its stack, and capturing one for each of thousands of refused rows costs more than reading them.
 */
class RowError {
  /** `remarks`: how the row's other cells were read ("Ô “3tr5” ghi tắt: …"), said after the reason. */
  constructor(readonly column: string, readonly message: string, readonly remarks = '') {}
}

/**
 * A read cell as a row's reason quotes it: a free text written there (a phone number, an illness, a name: "4 (vợ bị ung thư)",
 * "gọi 0987654321") masked, as kept text is (round 41: was kept whole in ly_do and said on stderr); places kept (the row's
 * thôn/ấp is in the result anyway, “Tổ 3” is the list's own group).
 */
const cellQuoted = (text: string): string => maskPersonalData(text, { places: false });

/** What Excel writes into a CSV for a cell whose formula failed: "#VALUE!", "#N/A", "#REF!", "#DIV/0!", "#NAME?"… */
const EXCEL_ERROR = /^#(?:VALUE!|N\/A|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;
/** The household's own cells (not the marks), checked for an Excel error before they are read. */
const FIGURE_COLUMNS = ['khu_vuc', 'so_nguoi', 'thu_nhap_binh_quan', 'tong_thu_nhap', 'ngay'] as const;
/** A row of a name only: its reason names every empty cell already (otherUnclear adds nothing). */
const NAME_ONLY_ROW = 'dòng chỉ có họ tên (hoặc mã hộ), chưa ghi khu vực, số người và thu nhập: hãy điền đủ các ô ấy rồi kiểm tra lại (nếu dòng không phải một hộ thì xóa dòng)';
/** A plain value for a refused cell, for the reading of a row's other cells (otherUnclear): one that reads and decides nothing else. */
const NEUTRAL_CELLS: Partial<Record<Column, string>> = { khu_vuc: 'nông thôn', so_nguoi: '1', thu_nhap_binh_quan: '0', tong_thu_nhap: '0' };

export interface BatchSummary {
  /** Records after the header that hold something: classified + rejected. */
  rows: number;
  /**
   * Round 46 (lost50, tryout51 F2): the sheets of a workbook headed as a household list that could not be read with the list
   * (another header, or one not read), each with its rows under that header: error rows in the results, said first.
   */
  unreadSheets?: { sheet: string; rows: number }[];
  /** The day the households without their own date were checked at, and where it came from (ReviewDate). */
  reviewDate: ReviewDate;
  classified: number;
  rejected: number;
  /** Empty records (blank lines, rows of empty cells), not households. */
  blank: number;
  /**
   * Lines above the header row (a title, the form's name), not households. Lines here and below are numbers on the list's
   * first sheet (and in a CSV), "3 (trang “Thôn 2”)" on a sheet read after it.
   */
  titleRows: Line[];
  /** Rows under the list that are no household ("Tổng cộng", signatures): in the results as such, not counted. */
  footerRows: Line[];
  /** Rows under the header numbering its columns ("(1) (2) (3) …", official forms): part of the header, not households. */
  numberingRows: Line[];
  /** Rows under the header that repeat it cell for cell (a header pasted again mid-sheet): no household, named in the summary. */
  repeatedHeaderRows: Line[];
  /** Of footerRows, the total lines ("Cộng", "Tổng cộng", "Tổng số" with the sums): named apart in the summary. */
  totalRows: Line[];
  /**
   * Total lines with households under them: a group's ("Cộng ấp 1", "Tổng thôn 2"), or one whose figures are the sums of the
   * rows above it ("Cộng:" under a thôn). No household, not an error: in the results as footer rows, named in the summary.
   */
  subtotalRows: Line[];
  /**
   * Group heading rows inside the list ("I | THÔN 1", "II. Ấp Tân Hòa": maybe a Roman numeral, then a place unit and its
   * number or name, nothing else): no household, not an error; in the results as footer rows, named in the summary.
   */
  sectionRows: Line[];
  /** Classified rows whose household code an earlier classified row has: in the results, counted once in the classes. */
  duplicateRows: Line[];
  /** Of duplicateRows, those whose household head's name differs from the first row's: likely a code written wrong, not a row twice. */
  duplicateOtherHead: Line[];
  /**
   * Of duplicateRows, those of the same head (or none named) whose figures differ from the first row's (people, income, class):
   * a household written twice, once with other figures; which is right is not known, the classes count the first (round 43).
   */
  duplicateDiffers: { line: Line; first: Line }[];
  /**
   * Rows under a household code merged down over them (one row per member of the household on the range's first row):
   * part of that household, not households of their own, named in the summary.
   */
  memberRows: Line[];
  /** How the member rows were told apart: under a merged code cell, or with the household's code written again on each row. */
  memberKinds: Set<MemberKind>;
  /**
   * Households written with their members' rows under the head's (memberKinds 'relation') whose size cell says another number
   * than their rows: each head's line, the size written and the rows counted. The household is checked with the size written.
   */
  sizeDiffers: { line: Line; said: number; rows: number }[];
  /**
   * Total lines under the list ("Tổng cộng", "Cộng", "Tổng số hộ: 12") whose count of households or people differs from
   * what was counted (the households read above it, their sizes as written or counted): the list's figure and ours.
   */
  totalDiffers: TotalDiffers[];
  /**
   * Rows of counts only ("Thôn 1: 25 hộ", "Số hộ nghèo: 5"): no household, in the results as footer rows; each line with its
   * filled cells as written, named in the summary as "dòng chỉ có số đếm".
   */
  tallyRows: { line: Line; text: string }[];
  /** Of tallyRows, those whose figures say no count of households or people ("Số hộ nghèo: 5"): not checked, said so. */
  tallyUnchecked: Line[];
  /** Rows holding only their number in the list's order column ("STT" 2, the rest empty): a blank row of the form, no household. */
  numberedBlankRows: Line[];
  /**
   * A member list (one row per person, no household size) whose household code comes back after other households' rows:
   * each such code and the runs of its rows ("dòng 2–3", "dòng 5–6"). The later runs are error rows (no household of their
   * own; the household's result counts only its first run's members), named in the summary.
   */
  splitHouseholds: Map<string, string[]>;
  /**
   * In a list without household codes: classified rows with the name and address of an earlier classified row (without
   * diacritics, case, spaces): marked as possibly the same household, in the results, counted once in the classes.
   */
  possibleDuplicateRows: Line[];
  /** What made those rows alike, as said: the name and address, or (a list of names only) the name in the same sheet and group. */
  duplicateBasis: string;
  /** Classified households whose name cell only names a group ("Tổ 3", "Xóm 2": sectionHeading), said in their ly_do. */
  headingNamedRows: Line[];
  /**
   * Classified households whose figure under a month's income column may be a year's (yearInMonth: "9.600.000" for one person
   * under "Thu nhập bình quân/tháng"), classified as the column says and the doubt said in their ly_do; named in the summary
   * (round 44 lists46: were not counted).
   */
  yearInMonthRows: Line[];
  /** Refused rows with more than one unclear cell, each named in their ly_do (round 44 lists46: only the first was). */
  severalUnclearRows: Line[];
  /** The standards the classified rows were checked under: the summary lists their indicators only. */
  standards: Set<string>;
  /** Per standard: the households (each code once) by class, and the review dates seen (yyyy-MM-dd). */
  byStandard: Map<string, StandardCount>;
  /** Per next standard (the chuan_moi_* columns): the households by class under it. */
  byNextStandard: Map<string, StandardCount>;
  byClass: Map<Classification, number>;
  byIndicator: Map<IndicatorId, number>;
  /**
   * Classified rows of a list with a count of deprivations and no indicator named (countOnlyList), the count more than 0:
   * classed by the count; not in byIndicator (which indicators is not known), named in the summary.
   */
  countOnlyRows: Line[];
  /**
   * Households by thôn/ấp (round 18), when the list says them: by its thôn/ấp column ("Thôn/ấp", "Ấp": VILLAGE_HEADERS), else
   * by its groups (a heading "I. Thôn 1", a "Cộng ấp 1" row closing the rows above it), else by its sheets (one sheet per
   * thôn). `by` null: the list says none.
   */
  villages: VillageCounts;
  /** Refused rows grouped by reason (its column and its words, the cells it quotes and its figures left out), most first. */
  refusedReasons: RefusedReason[];
  /** Header cells left unread though their last words name an indicator (round 44 lists47: "Ko BHYT" was said only on stderr). */
  ignoredIndicators?: string[];
}

/** One thôn/ấp's households: each class under each standard (households counted once, as byClass), and its refused rows. */
export interface VillageCount {
  /** As the list writes it ("Ấp 1", "THÔN ĐÔNG"; "(để trống)" for an empty thôn/ấp cell). */
  name: string;
  byStandard: Map<string, Map<Classification, number>>;
  households: number;
  rejected: number;
}

export interface VillageCounts {
  by: 'column' | 'group' | 'sheet' | null;
  /** The thôn/ấp column as the list heads it ("Thôn/ấp"), when `by` is 'column'. */
  column?: string;
  list: VillageCount[];
}

/** Refused rows of one kind: the column as the list heads it ('' for none), the first row's reason cut to its head, the rows. */
export interface RefusedReason {
  column: string;
  /** The column as a code for the log (refusedByColumn): a list column's id, "chi_so" (an indicator's own column), "dong" (none). */
  code: string;
  example: string;
  lines: Line[];
}

/**
 * Refused rows counted by the column their reason names, as codes only ("thu_nhap_binh_quan": 3, "chi_so": 1): for the
 * server's log and /api/batch's summary, where no cell text nor header text goes (round 42: the log held counts only).
 */
export function refusedByColumn(summary: BatchSummary): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code, lines } of summary.refusedReasons) counts[code] = (counts[code] ?? 0) + lines.length;
  return counts;
}

/**
 * How a household's members' rows were told apart: under a merged code cell, with the household's code written again on each
 * row, or under the head's row by their running number ("1.1", or none) or their relation to the head ("Vợ", "Con").
 */
export type MemberKind = 'merged' | 'repeated' | 'relation';

/** A total line's count that differs from the one counted: which ('households', 'people'), the list's figure and ours. */
export interface TotalDiffers {
  line: Line;
  /** The total line's label as written ("Tổng cộng", "Tổng số hộ: 12"). */
  label: string;
  what: 'households' | 'people';
  said: number;
  counted: number;
}

/** A line as the summary says it: its number, with its sheet when it is on a sheet read after the list's first one. */
export type Line = number | string;

/**
 * The review day of the households without their own date (yyyy-MM-dd) and why it is that day: `flag`, the run's date given by
 * the user (`cli batch --date`, the API's `date`: it wins over a title's, round 43 lost44), `title`, the day a title line above
 * the header names (`line`), `today`, neither.
 */
export type ReviewDate = { date: string } & ({ by: 'flag'; overTitle?: Line } | { by: 'title'; line: Line; kind?: Exclude<TitleDateKind, 'review'> } | { by: 'today' });

/**
 * Why a title's day is the review day, when the line does not put it right after the review words (round 44 lists46): said
 * in the notes and the summary.
 */
const TITLE_DATE_WHY: Record<TitleDateKind, string> = {
  review: '',
  titled: 'ngày ghi sau chữ “ngày” trong dòng tiêu đề danh sách rà soát, dòng không nêu văn bản nào khác',
  made: 'ngày lập danh sách; danh sách không ghi ngày rà soát riêng nên dùng ngày này',
};

/** The review day and where it came from, as the summary says it: "15/11/2026, lấy từ dòng đầu của danh sách (dòng 2)". */
export function reviewDateSaid(review: ReviewDate): string {
  const why =
    review.by === 'flag'
      ? `theo ngày xét đã chọn khi chạy kiểm tra (--date, hay trường date khi gửi tệp)${review.overTitle === undefined ? '' : `, được ưu tiên hơn ngày rà soát ghi ở dòng đầu (dòng ${review.overTitle})`}`
      : review.by === 'title'
        ? `lấy từ dòng đầu của danh sách (dòng ${review.line}${review.kind ? `: ${TITLE_DATE_WHY[review.kind]}` : ''})`
        : 'hôm nay (không chọn ngày xét khi chạy, dòng đầu không ghi ngày rà soát)';
  return `${formatDate(review.date)}, ${why}`;
}

export interface StandardCount {
  byClass: Map<Classification, number>;
  first: string;
  last: string;
}

function countUnder(counts: Map<string, StandardCount>, standard: string, date: string, classification: Classification): void {
  let count = counts.get(standard);
  if (!count) counts.set(standard, (count = { byClass: new Map(), first: date, last: date }));
  count.byClass.set(classification, (count.byClass.get(classification) ?? 0) + 1);
  if (date < count.first) count.first = date;
  if (date > count.last) count.last = date;
}

/** `notes`: how the header was read (which header is which column), said to the user. */
/** `noHeader`: refused for its header, so the caller adds where its user reads how to name the columns (the CLI's help, the web page's example). */
export type ListOutcome = { ok: true; summary: BatchSummary; notes: string[] } | { ok: false; message: string; noHeader?: true };


/** The words a total line opens with ("tổng cộng", "cộng"…), and their first words (a quick test on every row). */
const TOTAL_LEAD_PHRASES: readonly string[] = [...FOOTER_TOTAL_PHRASES, ...FOOTER_TOTAL_ALONE];
const TOTAL_LEAD_HEADS = new Set(TOTAL_LEAD_PHRASES.map((phrase) => phrase.split(' ')[0]!));
/** A cell's first word as written (letters and marks), before it is folded. */
const FIRST_WORD = /^[^\p{L}]*([\p{L}\p{M}]+)/u;
/** The first letters of TOTAL_LEAD_HEADS, as character codes (the words are folded: ASCII). */
const TOTAL_LEAD_INITIALS = new Set([...TOTAL_LEAD_HEADS].map((head) => head.charCodeAt(0)));

/**
 * Whether a cell's first word (FIRST_WORD) may be a TOTAL_LEAD_HEADS word, told by its first letter when that is ASCII
 * ("H1", "HGD001": no; folding keeps an ASCII letter, lower-cased), without the regex and folding (asked of every row);
 * true when its first letter is not ASCII (folded, it may be any).
 */
function mayLeadTotal(cell: string): boolean {
  for (let at = 0; at < cell.length; at += 1) {
    const code = cell.charCodeAt(at);
    if (code >= 0x80) return true;
    const lower = code | 0x20;
    if (lower >= 97 && lower <= 122) return TOTAL_LEAD_INITIALS.has(lower);
  }
  return false;
}

/**
 * Whether a cell's words open the total line under the list: "Cộng", "Tổng cộng" or "Tổng số" alone, before a number,
 * before a whole FOOTER_TOTAL_TAILS phrase and then nothing or a number ("Cộng toàn thôn 12 hộ"), or before a
 * FOOTER_TOTAL_COUNTS word and a number ("Tổng số hộ: 4"); not a household named "Cộng Văn Hải", "Cộng Tố Nga".
 */
function totalLead(words: string): boolean {
  // The first lead the words open with (a loop: this runs on a cell of every row).
  let rest: string | undefined;
  for (const lead of TOTAL_LEAD_PHRASES) {
    if (words === lead) rest = '';
    else if (words.charCodeAt(lead.length) === 32 && words.startsWith(lead)) rest = words.slice(lead.length + 1);
    if (rest !== undefined) break;
  }
  if (rest === undefined) return false;
  const numberOrEnd = (after: string) => after === '' || /^\d/.test(after);
  if (numberOrEnd(rest)) return true;
  const after = (phrase: string) => (rest === phrase ? '' : rest.startsWith(`${phrase} `) ? rest.slice(phrase.length + 1) : null);
  return FOOTER_TOTAL_TAILS.some((tail) => { const next = after(tail); return next !== null && numberOrEnd(next); })
    || FOOTER_TOTAL_COUNTS.some((count) => /^\d/.test(after(count) ?? ''));
}

/** FOOTER_PHRASES with the words a footer cell opens with (a phrase's first part): most cells open with none, and are not read further. */
const FOOTER_LEADS = FOOTER_PHRASES.map((phrase) => ({ phrase, lead: phrase.split(' … ')[0]! }));

/**
 * SUBTOTAL_UNITS as words: folded, and as written (accentKey), longest first; and the places lexicon's short forms typed before a
 * number (AREA_ABBREVIATIONS.beforeNumber) of those units ("TDP 3", "KP 2": round 34, "TDP 3" alone was no group heading), with
 * a number only (namesPlace: their written form is their folded one).
 */
const SUBTOTAL_UNIT_WORDS = [
  ...SUBTOTAL_UNITS.map((unit) => ({ folded: fold(unit).split(' '), written: unit.split(' ').map(accentKey) })),
  ...AREA_ABBREVIATIONS.beforeNumber.filter((short) => SUBTOTAL_UNITS.includes(AREA_ABBREVIATIONS.words[short] ?? '')).map((short) => ({ folded: [short], written: [short] })),
].sort((a, b) => b.folded.length - a.folded.length);
/** TOTAL_LEAD_PHRASES as words, longest first ("tổng cộng" before "tổng"). */
const TOTAL_LEAD_WORDS = TOTAL_LEAD_PHRASES.map((lead) => lead.split(' ')).sort((a, b) => b.length - a.length);

/**
 * Whether a cell (`words`: its words, wordsOf) is a group's total line ("Cộng ấp 1", "Tổng thôn 2", "Cộng toàn ấp Tân
 * Thành", "Tổng cộng tổ 3"): a total word, maybe "toàn"/"cả", a SUBTOTAL_UNITS unit, then a number, or a name after a
 * unit written with its marks (columns.ts): "Cộng Tố Nga" is a household.
 */
function subtotalLabel(cell: string, words: string): boolean {
  const folded = words.split(' ');
  const at = placeAfterLead(folded);
  return at !== undefined && namesPlace(cell, folded, at);
}

/** Where a total line's words (`folded`) name their place after its lead ("cộng ấp 1": 1, "tổng cộng thôn 2": 2); undefined when no lead starts them. */
function placeAfterLead(folded: readonly string[]): number | undefined {
  const lead = TOTAL_LEAD_WORDS.find((phrase) => phraseAt(folded, 0, phrase));
  return lead && lead.length + (SUBTOTAL_WHOLE.includes(folded[lead.length] ?? '') ? 1 : 0);
}

/** The SUBTOTAL_UNITS unit a cell's words (`folded`) say at `at` ("thôn", "ấp", "khu phố"), or undefined. */
const subtotalUnitAt = (folded: readonly string[], at: number) => SUBTOTAL_UNIT_WORDS.find((candidate) => phraseAt(folded, at, candidate.folded));

/**
 * Whether a cell's words (`folded`: its words, wordsOf) from `at` are a SUBTOTAL_UNITS unit and its number ("thôn 1",
 * "THÔN 2") or name after a unit written with its marks ("Ấp Tân Hòa"; "Tố Nga" is a name).
 */
function namesPlace(cell: string, folded: readonly string[], at: number): boolean {
  const unit = subtotalUnitAt(folded, at);
  const rest = unit && folded[at + unit.folded.length];
  if (!unit || rest === undefined) return false;
  if (/^\d/.test(rest)) return true;
  // The unit as written, with its marks: the cell's words in NFC (marks on their letters), one for each folded word.
  const written = cell.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return unit.written.join(' ') !== unit.folded.join(' ') && unit.written.every((word, index) => accentKey(written[at + index] ?? '') === word);
}

/**
 * The place a cell names from its word `at` (a SUBTOTAL_UNITS unit and its number or name: "Cộng ấp 1: 12 hộ" from 1 →
 * "Ấp 1", "II. Ấp Tân Hòa" → "Ấp Tân Hòa"), as written, its first letter capital; undefined when none is there.
 */
function placeName(cell: string, at: number): string | undefined {
  const head = cell.split(/[:(,;]/)[0]!;
  const folded = wordsOf(head).split(' ');
  const written = head.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (written.length !== folded.length) return undefined;
  const unit = subtotalUnitAt(folded, at);
  if (!unit) return undefined;
  const after = at + unit.folded.length;
  const rest = written.slice(after);
  if (rest.length === 0) return undefined;
  const digits = rest.findIndex((word) => /^\d/.test(word));
  const name = digits === 0 ? rest.slice(0, 1) : rest.slice(0, digits < 0 ? rest.length : digits);
  const place = [...written.slice(at, after), ...name].join(' ');
  return place.charAt(0).toLocaleUpperCase('vi') + place.slice(1);
}

/** The thôn/ấp of a household whose thôn/ấp cell is empty, and of rows in no named group, as the summary names them. */
const NO_VILLAGE = '(để trống)';
/** The thôn/ấp of a refused row whose cells stand in the wrong columns, or that could not be read. */
const SHIFTED_VILLAGE = '(dòng lệch cột hoặc không đọc được: chưa rõ thôn, ấp)';
const NO_GROUP = '(không thuộc thôn, ấp nào ghi trong danh sách)';

/**
 * A refused row's reason cut to its head, as the summary groups them: up to its first ":", ";", ". ", "? " or " (" outside
 * the cells it quotes ("khu vực “abc” không rõ là nông thôn hay thành thị").
 */
function reasonHead(message: string): string {
  const stops = /“[^”]*”|[:;]|\. |\? | \(/g;
  for (let match = stops.exec(message); match; match = stops.exec(message)) {
    if (!match[0].startsWith('“')) return message.slice(0, match.index + (match[0] === '? ' ? 1 : 0)).trim();
  }
  return message.replace(/\.\s*$/, '').trim();
}

/**
 * A household size cell as cadres type it: the number, or the number and a word for people after it ("4 người", "5 khẩu", "3
 * nhân khẩu", "3 ng", "4ng", "4 tv": the chat's MEMBER_NOUNS; round 23, "3 ng" was refused) read as the number; any other text as it
 * is (refused by the profile reader).
 */
function peopleCount(text: string): string {
  if (/^\d+$/.test(text) || !/^\s*\d+\s*\p{L}/u.test(text)) return text;
  // "4ng", "5khẩu": the number typed against its word.
  const [number, ...unit] = wordsOf(text.replace(/^(\s*\d+)(?=\p{L})/u, '$1 ')).split(' ');
  return MEMBER_NOUNS.includes(unit.join(' ')) ? number! : text;
}

/** COUNT_UNITS as words, longest first ("nhan khau" before "khau"). */
const COUNT_UNIT_WORDS = (Object.entries(COUNT_UNITS) as ['households' | 'people', readonly string[]][])
  .flatMap(([what, phrases]) => phrases.map((phrase) => ({ what, words: phrase.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * A cell of ASCII letters and digits only (a household code "H1024") is one word: no number stands beside a unit in it
 * (countsSaid, asked of every row's code cell, needs not fold and split it).
 */
const ONE_ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Whether a cell may say a count (countsSaid): it has a digit and is not one ASCII word ("H01", "2026"). */
const mayCount = (cell: string) => /\d/.test(cell) && !ONE_ASCII_WORD.test(cell);

/**
 * The counts a row's cells say in words: a number before or after a COUNT_UNITS word ("12 hộ", "Tổng số hộ: 12", "45 nhân
 * khẩu", "số khẩu 45"; thousands written "1.234"), the first of each kind.
 */
function countsSaid(cells: readonly string[]): { households?: number; people?: number } {
  const said: { households?: number; people?: number } = {};
  const unitAt = (words: readonly string[], at: number, ending: boolean) =>
    COUNT_UNIT_WORDS.find((unit) => (ending ? phraseEndingAt(words, at + 1, unit.words) : phraseAt(words, at, unit.words)))?.what;
  for (const cell of cells) {
    if (!mayCount(cell)) continue;
    const words = wordsOf(cell.replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1')).split(' ');
    for (const [at, word] of words.entries()) {
      if (!/^\d+$/.test(word)) continue;
      const what = unitAt(words, at + 1, false) ?? unitAt(words, at - 1, true);
      if (what !== undefined && said[what] === undefined) said[what] = Number(word);
    }
  }
  return said;
}

/** A whole number alone in a cell ("7", " 12 "): under "Mã hộ" on a total line, its count of households. */
const WHOLE_COUNT = /^\s*\d+\s*$/;

/** A cell with something in it but spaces. */
const filledCell = (cell: string) => cell.trim() !== '';

/** A cell a row of counts may hold in a household's column: empty, a tally label ("Số hộ"), or counts with their unit ("3 hộ"). */
const countingCell = (cell: string) => cell.trim() === '' || tallyLabel(cell) || (mayCount(cell) && Object.keys(countsSaid([cell])).length > 0);

/**
 * A row of counts only ("Thôn 1: 25 hộ", "Số hộ nghèo: 5", a lone "25"), its filled cells as the summary says them: every
 * filled cell is a figure, a count ("25 hộ": countsSaid) or opens with a TALLY_LABEL_STARTS word, and the row has a digit
 * (not a date line "ngày ..... tháng ..... năm 2026"); undefined for any other row.
 * The caller checks first that it has no household code, area or income (and is no total line or footer).
 */
function tallyText(cells: readonly string[]): string | undefined {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  if (filled.length === 0 || !filled.some((cell) => /\d/.test(cell))) return undefined;
  const count = (cell: string) => figure(cell) !== undefined || Object.keys(countsSaid([cell])).length > 0;
  return filled.every((cell) => count(cell) || tallyLabel(cell)) ? filled.join(' | ') : undefined;
}

/**
 * A TALLY_LABEL_STARTS word alone or before a space or ":.,", compiled once: a RegExp built for each word on each call
 * (every row asks it of two cells) was ~14% of a 100.000-row `cli batch` (CPU profile 03/12/2026).
 */
const TALLY_LABEL_OPENING = new RegExp(`^(?:${TALLY_LABEL_STARTS.map(escapeRegExp).join('|')})(?:[\\s:.,]|$)`, 'u');

/** Any character outside ASCII: a text without one is already NFC. */
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Whether a cell opens with a TALLY_LABEL_STARTS word ("Số hộ: 3", "Nhân khẩu", "Trong đó"). Asked of two cells of every
 * row (a household's code, "H12"): an ASCII cell is not normalised (ICU's copy and check, ~1% of a 100.000-row run).
 */
function tallyLabel(cell: string): boolean {
  const text = cell.trim();
  return TALLY_LABEL_OPENING.test((NOT_ASCII.test(text) ? text.normalize('NFC') : text).toLowerCase());
}

/** The words of a head's name as a household written twice is told by: a note in brackets ("(Út)", "(vợ liệt sĩ)") and a title before a full name ("Ông", "Bà": NAME_TITLES) left out. */
function nameKey(text: string): string {
  const words = wordsOf(text.replace(/\([^)]*\)/g, ' '));
  const [first, ...rest] = words.split(' ');
  return rest.length >= 3 && NAME_TITLES.includes(first!) ? rest.join(' ') : words;
}

/** Whether a relation cell's words (wordsOf) name the household head ("Chủ hộ", "CH"). */
const headRelation = (words: string) => HEAD_RELATIONS.some((phrase) => words === phrase || words.startsWith(`${phrase} `));

/**
 * A row's cell in a list column (`at` from the list's column positions): '' when the list has no such column (-1) or the row
 * stops before it. Read at -1, an array looks up a property named "-1" along its prototypes, not an element (~0,3 µs, and the
 * read site then slows for every index): a list without some column (tong_thu_nhap, so_chi_so, khong_ro) asked it ~5 times a row.
 */
function columnCell(cells: readonly string[], at: number): string {
  return at < 0 ? '' : (cells[at] ?? '');
}

/** A row's first non-empty cell (as `cells.find(Boolean)`), without a callback. */
function firstFilled(cells: readonly string[]): string | undefined {
  for (let at = 0; at < cells.length; at += 1) if (cells[at]) return cells[at];
  return undefined;
}

/** Whether a total line's cell at `at` is its own: empty, or its first filled cell itself (totalLabel). */
function ownCell(cells: readonly string[], at: number, first: string): boolean {
  const text = cells[at] ?? '';
  return text === '' || text === first;
}

/** Whether a cell holds an odd number of quotes: a quote opened (or closed) in it and not in the same cell. */
function oddQuotes(cell: string): boolean {
  let count = 0;
  for (let at = cell.indexOf('"'); at >= 0; at = cell.indexOf('"', at + 1)) count += 1;
  return count % 2 === 1;
}

/**
 * The cell at `index` as a row carries it to the result (carriedOf): '' when there is no such column or it is `unsure`; a
 * stray quote's span (quoteSpan) joined in its first cell, and the cells after that first cell left empty.
 */
function carriedCell(cells: readonly string[], span: { from: number; to: number } | undefined, index: number | undefined, unsure: boolean): string {
  if (index === undefined || unsure) return '';
  if (span === undefined || index < span.from) return cells[index] ?? '';
  return index === span.from ? cells.slice(span.from, span.to + 1).join(', ') : '';
}

/**
 * A Roman numeral or one letter numbering a group of the list ("I", "II.", "IV)"; "A", "B." as many commune lists letter their
 * thôn: round 32, "B | Thôn Tây" was read as a footer and the subtotal above it refused), as official forms number their thôn.
 */
const SECTION_NUMBER = /^(?:[IVXL]{1,6}|[A-Z])[.)]?$/i;

/** Any letter: a cell without one names no group (sectionHeading: every SUBTOTAL_UNITS unit is a word). */
const HAS_LETTER = /\p{L}/u;

/**
 * A group heading row inside the list ("I | THÔN 1", "II. Ấp Tân Hòa", "Thôn 3" alone): its filled cells (as read, before
 * merged cells are filled in) are maybe a Roman numeral and then a place (namesPlace from its first word), nothing else. The
 * heading text, or undefined.
 */
function sectionHeading(cells: readonly string[]): string | undefined {
  // Most rows (households) fill more than two cells: counted first, without building the list of filled cells.
  let count = 0;
  for (let index = 0; index < cells.length && count <= 2; index += 1) {
    const cell = cells[index];
    if (cell !== undefined && cell.trim() !== '') count += 1;
  }
  if (count === 0 || count > 2) return undefined;
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  if (filled.length === 0 || filled.length > 2) return undefined;
  const numbered = filled.length === 2 ? SECTION_NUMBER.test(filled[0]!) : false;
  if (filled.length === 2 && !numbered) return undefined;
  const text = filled.join(' ');
  const place = numbered ? filled[1]! : filled[0]!.replace(/^(?:[IVXL]{1,6}|[A-Z])\s*[.)\-–]\s*/i, '');
  return namesPlace(place, wordsOf(place).split(' '), 0) ? text : undefined;
}

/**
 * A figure cell of a total line or a household as a spreadsheet sums it: "12", "5.600.000", "5 600 000", "45,6"; undefined
 * for anything else ("1,5 triệu").
 */
function figure(text: string): number | undefined {
  const cell = text.trim();
  if (/^\d+$/.test(cell)) return Number(cell);
  if (/^\d{1,3}(?:[., \u00a0\u202f]\d{3})+$/.test(cell)) return Number(cell.replace(/\D/g, ''));
  return /^\d+[.,]\d+$/.test(cell) ? Number(cell.replace(',', '.')) : undefined;
}

/**
 * A household's own columns: a member's row (under its merged code, or with its code repeated) holds nothing else in them
 * (or the same). Its lacks (thieu_hut, khong_ro, the indicators' columns) may differ: they are read per member (memberMarks).
 */
const HOUSEHOLD_COLUMNS: readonly Column[] = ['khu_vuc', 'so_nguoi', 'thu_nhap_binh_quan', 'tong_thu_nhap', 'ngay', 'so_chi_so'];

/** The columns a total line's figures are checked against (the sums of the households above it). */
const SUMMED_COLUMNS: readonly Column[] = ['so_nguoi', 'tong_thu_nhap'];

/**
 * A SUMMED_COLUMNS cell's figure, as a total line's check adds it up: a plain number (figure), or in the income column an
 * amount as the list writes it ("4,8 triệu", "4.800.000đ"), read as its households' incomes are, in the column's period and
 * unit (`reading`): a cell saying its own period ("57,6 triệu/năm" on a "Cộng ấp" row under "Tổng thu nhập của hộ/tháng")
 * is turned into the column's (4.800.000 a month), never compared as it is; undefined when it is none.
 */
function summedFigure(column: Column, text: string, reading: IncomeReading = MONTHLY): number | undefined {
  const plain = figure(text);
  if (plain !== undefined || column !== 'tong_thu_nhap' || text.trim() === '') return plain;
  const parsed = parseAmount(text);
  if (!parsed.ok) return undefined;
  const { value } = parsed.amount;
  // value is a month's (a year's figure ÷ 12): back to a year's in a year's column when the cell said its period.
  const inPeriod = reading.period === 'year' && periodSaid(parsed.amount, text) !== undefined ? value * MONTHS_PER_YEAR : value;
  return inPeriod / reading.scale;
}

/** The period an income cell says of itself ("57,6 triệu/năm", "4,8 triệu/tháng", "3 tháng 15 triệu"), its amount read; undefined when it says none. */
function periodSaid({ period, count }: Amount, text: string): 'month' | 'year' | undefined {
  return period === 'year' || count > 1 ? 'year' : wordsOf(text).split(' ').includes(MONTH_WORD) ? 'month' : undefined;
}

/**
 * A total line's figure as its check says it: the figure, or a cell saying another period than its column's with the
 * column's figure it is ("“57,6 triệu/năm”, tức 4.800.000 mỗi tháng").
 */
function summedSaid(column: Column, text: string, value: number, reading: IncomeReading = MONTHLY): string {
  if (column !== 'tong_thu_nhap' || figure(text) !== undefined) return formatNumber(value);
  const parsed = parseAmount(text);
  const own = parsed.ok ? periodSaid(parsed.amount, text) : undefined;
  return own === undefined || own === reading.period ? formatNumber(value) : `“${text.trim()}”, tức ${formatNumber(value)} ${reading.period === 'year' ? 'cả năm' : 'mỗi tháng'}`;
}

/**
 * A year's income whose header does not say whose it is ("Thu nhập năm", "TN/năm"): the two readings named, with the header
 * to write for each (the figures cannot tell one from the other: not guessed). Undefined for any other vague header.
 */
function yearOfWhom(name: string, vague: readonly ListColumn[], at: string): string | undefined {
  if (!INCOME_COLUMNS.every((column) => vague.includes(column))) return undefined;
  const read = incomeReading(name, 'tong_thu_nhap');
  if ('refused' in read || read.reading.period !== 'year') return undefined;
  return (
    ` Cột “${name}”${at} là thu nhập cả năm nhưng chưa rõ của ai: tổng thu nhập cả năm của cả hộ (chia 12 rồi chia số người) hay thu nhập cả năm của mỗi người (chỉ chia 12)? ` +
    `Hai cách đọc cho kết quả khác nhau, nên không đoán; hãy đổi tên cột thành “Tổng thu nhập năm” nếu là của cả hộ, hoặc “Thu nhập BQ/người/năm” nếu là của mỗi người.`
  );
}

/** How a column may be headed, for a message: its first phrase ("thu nhap binh quan"). */
const exampleHeader = (column: ListColumn) => `“${LIST_COLUMNS.find((entry) => entry.column === column)?.phrases[0] ?? column}”`;

/**
 * A column of one indicator ("BHYT", "Thiếu hụt nước"): where it is, its header as written, and the indicator, or why
 * its header names no single one ("Nhà ở": chất lượng or diện tích), said for a row marked in it.
 */
export interface MarkColumn {
  index: number;
  header: string;
  indicator: IndicatorId | { vague: string };
  /** The header says the lack ("Thiếu hụt BHYT", "Không có BHYT"), so "có"/"1" is deprived; false: it names only the indicator ("BHYT"). */
  lack: boolean;
  /** The header's legend says its cells tell whether the household has the indicator ("BHYT (có/không)", HAS_LEGENDS): "không" is deprived. */
  has?: boolean;
  /**
   * The header names a service of SERVICE_LACKS, not one of its indicators ("Nhà ở"): a mark counts as at least one of them,
   * its first in force (`indicator`), as the chat counts "thiếu nhà ở"; the header report says so (the service's indicators).
   */
  service?: IndicatorId[];
  /** The header names the card's term ("Hạn thẻ BHYT", TERM_COLUMN_WORDS): a day or month alone, past or to come, is its last (termOf). */
  term?: boolean;
  /** The header names only an indicator the household holds (HELD_INDICATORS: "BHYT"): "có" is has it, "không" the lack. */
  held?: boolean;
}

/** The two income columns: per person, or the household's total. */
type IncomeColumn = 'thu_nhap_binh_quan' | 'tong_thu_nhap';
const INCOME_COLUMNS: readonly IncomeColumn[] = ['thu_nhap_binh_quan', 'tong_thu_nhap'];

/**
 * How an income column's cells are read, from its header: the period it names ("Tổng thu nhập năm", "(đồng/năm)",
 * "12 tháng": a year's income, ÷ 12 for the month) and its unit ("(1000đ/người/tháng)", "(nghìn đồng)": a bare
 * figure × 1.000). A cell that says its own period ("60 triệu/năm", "5 triệu/tháng") keeps it.
 */
/** An income's second column, of another period than its first (its reading): its place and name as the list heads it. */
interface SpareIncome {
  column: IncomeColumn;
  index: number;
  name: string;
  reading: IncomeReading;
}

interface IncomeReading {
  period: 'month' | 'year';
  scale: number;
  /** The header does not say whose income it is ("Thu nhập hộ bình quân"): a filled cell refuses its row with this. */
  vague?: string;
}
const MONTHLY: IncomeReading = { period: 'month', scale: 1 };
const MONTHS_PER_YEAR = 12;
const MONTH_WORD = Object.keys(PERIOD_WORDS).find((word) => PERIOD_WORDS[word] === 'month')!;
/**
 * A month's income read through a column's unit below this ("1,8" in "(1000đ/người/tháng)" = 1.800 đồng) is no income a
 * list means (cadres write "1,8" meaning 1,8 triệu): refused, naming the column, never classified as written.
 */
const SCALED_MONTHLY_MINIMUM = 100_000;
/** The smallest unit a header may give its figures ("(1000đ)"): a smaller number before "đồng" is no unit. */
const MIN_HEADER_UNIT = 1000;

/**
 * An income column's reading from its header words, with what the header report says of it; or why the column cannot
 * be read (a day's or a week's income, both a month and a year named). "năm 2026" is the list's year, not a period.
 * A header naming no period is read per month, as the column names document, and said when it is not one of them.
 */
function incomeReading(name: string, column: IncomeColumn): { reading: IncomeReading; said: string } | { refused: string } {
  const all = wordsOf(name);
  const says = (phrases: readonly string[]) => phrases.some((phrase) => holdsPhrase(all, phrase));
  if (says(INCOME_AVERAGE_WORDS) && says(INCOME_HOUSEHOLD_WORDS) && !says(INCOME_PERSON_WORDS)) {
    const vague = `“${name}” chưa rõ là thu nhập bình quân mỗi người hay tổng thu nhập của cả hộ: không đoán; hãy đổi tên cột, ví dụ “Thu nhập bình quân đầu người/tháng” hoặc “Tổng thu nhập của hộ/tháng”`;
    return { reading: { ...MONTHLY, vague }, said: ` (chưa rõ bình quân mỗi người hay tổng của hộ: dòng nào có số ở cột này sẽ bị từ chối)` };
  }
  // "(1.000đ/…)", "(1 000 đồng)": a number's thousands written apart are one number (not a unit of "000" đồng).
  const words = all.replace(/\b\d{1,3}(?: \d{3})+(?=d?\b)/g, (digits) => digits.replaceAll(' ', '')).split(' ');
  const periods = new Set<string>();
  let scale = 1;
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    const next = words[at + 1] ?? '';
    // "triệu đồng", "1000 đồng"; "trđ", "1000đ" (the đồng stuck to it); "triệu", "nghìn" alone ("(triệu/năm)").
    const unit = CURRENCY_WORDS.has(next) ? (MONEY_UNITS[word] ?? Number(word)) : /^\w+d$/.test(word) ? (MONEY_UNITS[word.slice(0, -1)] ?? Number(word.slice(0, -1))) : HEADER_UNIT_WORDS.includes(word) ? MONEY_UNITS[word]! : Number.NaN;
    if (word === String(MONTHS_PER_YEAR) && PERIOD_WORDS[next] === 'month') {
      periods.add('year');
      at += 1;
    } else if (PERIOD_WORDS[word] && !/^\d{4}$/.test(next)) {
      periods.add(PERIOD_WORDS[word]!);
    } else if (unit >= MIN_HEADER_UNIT) {
      scale = unit;
    }
  }
  const other = [...periods].filter((period) => period !== 'month' && period !== 'year');
  if (other.length > 0) {
    return { refused: `Cột “${name}” là thu nhập theo ${other[0] === 'week' ? 'tuần' : 'ngày'}: chuẩn nghèo xét thu nhập mỗi tháng (thu nhập 12 tháng ÷ 12); hãy đổi cột thành thu nhập tháng hoặc năm.` };
  }
  if (periods.size > 1) {
    return { refused: `Cột “${name}” ghi cả tháng và năm: chưa rõ là thu nhập của kỳ nào; hãy ghi một kỳ, ví dụ “Tổng thu nhập năm” hoặc “Tổng thu nhập/tháng”.` };
  }
  const period = periods.has('year') ? 'year' : 'month';
  const parts: string[] = [];
  if (period === 'year') parts.push('thu nhập cả năm, chia 12 ra mỗi tháng');
  else if (periods.size === 0 && wordsOf(name) !== column.replaceAll('_', ' ')) {
    parts.push('tên cột không ghi tháng hay năm: đọc là thu nhập mỗi tháng; nếu là cả năm, hãy ghi “năm” vào tên cột');
  }
  if (scale !== 1) parts.push(`đơn vị ${formatNumber(scale)} đồng: ô ghi số trơn được nhân ${formatNumber(scale)}`);
  return { reading: period === 'month' && scale === 1 ? MONTHLY : { period, scale }, said: parts.length > 0 ? ` (${parts.join('; ')})` : '' };
}

/** How the header report says a service's column ("Nhà ở") is read: its first indicator in force counted, the others named. */
const serviceSaid = (header: string, [first, ...others]: IndicatorId[]) =>
  ` (cột “${header}” gồm ${others.length + 1} chỉ số: ô đánh dấu là hộ thiếu ít nhất 1 chỉ số, tính là ${first}; hộ thiếu cả ${others.join(', ')} thì ghi thêm ở cột riêng của chỉ số đó)`;

/**
 * How a held column (HELD_INDICATORS: "BHYT", "Nước sạch") is said: the thing a "có" there is (`name`: "thẻ", or the header as
 * written), what the header names (`names`: "thẻ", or "chỉ số") and the header report's words for it (`reads`).
 */
function heldSaid(column: MarkColumn): { name: string; names: string; reads: string } {
  const thing = typeof column.indicator === 'string' ? HELD_INDICATORS[column.indicator] : undefined;
  const name = thing ?? column.header;
  const names = thing ?? 'chỉ số';
  return { name, names, reads: `chỉ ghi tên ${names}, đọc là hộ có ${name} hay không` };
}

/** How the header report says a column of a card's term ("Hạn thẻ BHYT") is read. */
const TERM_SAID = ' (hạn của thẻ: ngày hết hạn trước ngày xét là thiếu hụt, còn hạn vào ngày xét là không; ô trống là không thiếu hụt; ô ghi x, ✓, √, có hay không thì dòng bị từ chối: không phải ngày, chưa rõ là hộ không có thẻ hay có thẻ)';

/** How the header report says the count of deprivations is read. */
const COUNT_SAID = ' (số chỉ số thiếu hụt của hộ, một con số: đối chiếu với các chỉ số ghi tên hoặc đánh dấu ở các cột chỉ số; khác nhau thì dòng bị từ chối)';

/** `names`: the header's text of a column where it is not the column's own name ("Số nhân khẩu (so_nguoi)"). */
type Header =
  | {
      ok: true;
      columns: Map<ListColumn, number>;
      marks: MarkColumn[];
      incomes: Map<IncomeColumn, IncomeReading>;
      names: Map<string, string>;
      notes: string[];
      /** Without a household code column: where the name and the address (if any) are, to mark a household written twice. */
      identity: { name: number; address?: number } | null;
      /** Where the household head's name and the address are (CARRIED_COLUMNS), whatever the other columns. */
      carried: { name?: number; address?: number };
      /** Where the running number ("STT") and the relation to the head ("Quan hệ với chủ hộ") are: members' rows are told by them. */
      kin: { order?: number; relation?: number };
      /** A second column of an income of another period (“Tháng” | “Năm” under one merged cell): read where the first is empty. */
      spares: SpareIncome[];
      /** No area column and no address: the area the list's title names (its commune or ward), every row's. */
      titled?: TitleArea;
      /** Ignored headers whose last words name an indicator ("Hem BHYT"): said in the summary, not only among the notes. */
      ignoredIndicators: string[];
    }
  /** `found`: the row names BATCH_DEFAULTS.headerFoundColumns columns or more, so it is the header row; its columns as written, and those read. */
  | { ok: false; named: number; message: string; found?: string };

/** A member's refused row: its reason says what became of its household (classified, or refused and why), known once the household is read. */
type MemberProblem = Omit<RowProblem, 'message'> & { message: (refused: RowProblem | undefined) => string };

/** The commune or ward a list's title names (“XÃ TÂN PHÚ”), as written, its area and its line. */
interface TitleArea {
  place: string;
  area: 'rural' | 'urban';
  line: Line;
}

const TITLE_UNITS = (['rural', 'urban'] as const).flatMap((area) => TITLE_AREA_UNITS[area].map((unit) => ({ area, parts: unit.split(' ') })));
/** Where a title's place name ends: a comma, a dash, a colon, a bracket, a full stop. */
const TITLE_PLACE_END = /[,;:()\[\]–—-]|\.(?:\s|$)/;

/**
 * The commune or ward the title lines above a list's header name (TITLE_AREA_UNITS: "DANH SÁCH HỘ GIA ĐÌNH XÃ TÂN PHÚ" is
 * rural, "UBND PHƯỜNG 3" urban): the unit and the name after it, up to a comma or a dash. Undefined when no title names one,
 * or they name both a xã and a phường (not guessed).
 */
function titleArea(titles: readonly { line: Line; text: string }[]): TitleArea | undefined {
  const found: TitleArea[] = [];
  for (const { line, text } of titles) {
    for (const part of text.split(TITLE_PLACE_END)) {
      const words = part.trim().split(/\s+/);
      const folded = words.map((word) => fold(word));
      for (let at = 0; at < folded.length; at += 1) {
        const unit = TITLE_UNITS.find(({ parts }) => phraseAt(folded, at, parts));
        if (!unit) continue;
        const name = at + unit.parts.length;
        const word = unit.parts.join(' ');
        if (name >= folded.length || TITLE_AREA_UNITS.notAfter[word]?.includes(folded[at - 1] ?? '') || TITLE_AREA_UNITS.notBefore[word]?.includes(folded[name]!)) continue;
        found.push({ place: words.slice(at).join(' '), area: unit.area, line });
        break;
      }
    }
  }
  return found.length > 0 && found.every(({ area }) => area === found[0]!.area) ? found[0] : undefined;
}

/**
 * A row read as the header: each cell's column (the first cell naming a column wins; a second one is
 * said) or the indicator it is the column of, or why it cannot be the header: the columns missing, a vague header named.
 */
/** Whether a header's last words (its first left out) name an indicator, as a header of its own would ("Hem BHYT": "BHYT"). */
function namesIndicator(text: string, indicatorOfHeader: (cell: string) => unknown): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  for (let start = 1; start < words.length; start += 1) {
    try {
      if (indicatorOfHeader(words.slice(start).join(' '))) return true;
    } catch {
      return true;
    }
  }
  return false;
}

function readHeader(
  cells: string[],
  line: number | string,
  indicatorOfHeader: (cell: string) => Pick<MarkColumn, 'indicator' | 'lack' | 'has' | 'service' | 'term'> | null,
  cellAt?: (index: number) => string,
  titled?: TitleArea,
): Header {
  const columns = new Map<ListColumn, number>();
  const marks: MarkColumn[] = [];
  const notes: string[] = [];
  const understood: string[] = [];
  const names = new Map<string, string>();
  const incomes = new Map<IncomeColumn, IncomeReading>();
  const spares: SpareIncome[] = [];
  const unreadable: string[] = [];
  /** Header cells naming neither a column nor an indicator: said, never dropped without a word. */
  let unused: string[] = [];
  /** The household head's name and the address (NAME_HEADERS, ADDRESS_HEADERS): first of each, with their place in `unused`. */
  const identity: { name?: [index: number, unused: number]; address?: [index: number, unused: number] } = {};
  const kin: { order?: number; relation?: number } = {};
  const leading = (words: string, phrases: readonly string[]) => phrases.some((phrase) => words === phrase || words.startsWith(`${phrase} `));
  cells.forEach((name, index) => {
    // An indicator's column before a column named only through abbreviations ("DT nhà ở BQ đầu người" is the floor area).
    const written = columnOfHeader(name, false);
    const mark = written === null || written === 'thieu_hut' ? indicatorOfHeader(name) : null;
    if (mark) {
      const { indicator } = mark;
      marks.push({ index, header: name, ...mark });
      if (typeof indicator === 'string') understood.push(`“${name}” → chỉ số ${indicator}${mark.service ? serviceSaid(name, mark.service) : ''}${mark.term ? TERM_SAID : ''}`);
      else notes.push(`Cột “${name}”: ${indicator.vague}; dòng nào đánh dấu cột này sẽ bị từ chối.`);
      return;
    }
    const column = written ?? columnOfHeader(name);
    if (!column) {
      if (name.trim() === '') return;
      const words = wordsOf(name);
      const role = leading(words, NAME_HEADERS) ? 'name' : leading(words, ADDRESS_HEADERS) ? 'address' : null;
      if (role && !identity[role]) identity[role] = [index, unused.length];
      if (kin.order === undefined && ORDER_HEADERS.includes(words)) kin.order = index;
      if (kin.relation === undefined && RELATION_HEADERS.some((phrase) => hasWord(words, phrase))) kin.relation = index;
      unused.push(`“${name}”`);
      return;
    }
    const first = columns.get(column);
    if (first !== undefined) {
      // The same income by another period ("Tổng thu nhập của hộ" over “Tháng” | “Năm”): read where the first column is empty.
      const other = (INCOME_COLUMNS as readonly string[]).includes(column) ? incomeReading(name, column as IncomeColumn) : null;
      const firstReading = incomes.get(column as IncomeColumn);
      if (other && !('refused' in other) && firstReading && !spares.some((spare) => spare.column === column) && other.reading.period !== firstReading.period) {
        spares.push({ column: column as IncomeColumn, index, name, reading: other.reading });
        notes.push(
          `Cột “${name}” và cột “${cells[first]}” đều là ${column}, khác kỳ (${other.reading.period === 'year' ? 'cả năm' : 'mỗi tháng'} và ${firstReading.period === 'year' ? 'cả năm' : 'mỗi tháng'}): ` +
            `dòng ghi ở một cột thì đọc cột đó (cả năm chia 12 ra mỗi tháng); dòng ghi cả hai cột thì dùng cột “${cells[first]}” nếu hai cột khớp nhau, không khớp thì dòng bị từ chối.`,
        );
        return;
      }
      notes.push(`Cột “${name}” và cột “${cells[first]}” đều là ${column}; dùng cột “${cells[first]}”.`);
      return;
    }
    columns.set(column, index);
    let said = '';
    if ((INCOME_COLUMNS as readonly string[]).includes(column)) {
      const income = incomeReading(name, column as IncomeColumn);
      if ('refused' in income) unreadable.push(income.refused);
      else {
        incomes.set(column as IncomeColumn, income.reading);
        said = income.said;
      }
    }
    if (column === 'so_chi_so') said = COUNT_SAID;
    // A refused row names its column as the list heads it ("Cột Khu vực (khu_vuc)"), not by the list's column name alone.
    if (name !== column) names.set(column, `${name} (${column})`);
    if (wordsOf(name) === column.replaceAll('_', ' ') && said === '') return;
    understood.push(`“${name}” → ${column}${said}`);
  });
  /** The header's cells as written and the columns read from them, said when the header is refused. */
  const seen = () =>
    columns.size < BATCH_DEFAULTS.headerFoundColumns
      ? {}
      : {
          found:
            ` Các cột ở dòng này: ${cells.filter((cell) => cell.trim() !== '').map((cell) => `“${cell.trim()}”`).join(', ')}` +
            `; đã đọc được: ${[...columns].map(([column, index]) => `“${cells[index]!.trim()}” → ${column}`).join(', ')}.`,
        };
  if (unreadable.length > 0) return { ok: false, named: columns.size, message: unreadable.join(' '), ...seen() };
  // No area column, an address column ("Địa chỉ", "Thôn/ấp"): each row's area is read from its address, as the chat reads
  // it ("xã Phú Mỹ", "Ấp Bình An" rural; "phường 3", "TT. Cái Nước" urban); an address naming no area refuses its row.
  if (!columns.has('khu_vuc') && identity.address) {
    const [index, at] = identity.address;
    columns.set('khu_vuc', index);
    names.set('khu_vuc', `${cells[index]} (khu_vuc)`);
    understood.push(`“${cells[index]}” → khu_vuc (không có cột khu vực: khu vực đọc từ địa chỉ, xã, thôn, ấp là nông thôn, phường, thị trấn là thành thị; địa chỉ không nói rõ thì dòng bị từ chối)`);
    unused[at] = '';
  }
  // Neither: the area of the commune or ward the list's title names (“DANH SÁCH HỘ GIA ĐÌNH XÃ TÂN PHÚ”), every row's, said.
  const byTitle = !columns.has('khu_vuc') && titled ? titled : undefined;
  if (byTitle) {
    understood.push(`khu vực đọc từ tiêu đề (dòng ${byTitle.line}: “${byTitle.place}”): ${byTitle.area === 'rural' ? 'xã là nông thôn' : 'phường, thị trấn là thành thị'}, mọi hộ trong danh sách được xét theo khu vực ${byTitle.area === 'rural' ? 'nông thôn' : 'thành thị'} (không có cột khu vực); nếu có hộ ở nơi khác, hãy thêm cột “Khu vực”`);
  }
  // A list with household codes and no household size: a member list, one row per person, the members counted (classifyList).
  // A member list (one row per person) is told by its household codes or its relation column ("Quan hệ với chủ hộ"): no size needed.
  const members = columns.has('ma_ho') || kin.relation !== undefined;
  // A member list (one row per person: codes and no size column, or a relation column) whose income column says neither per
  // person nor the household's ("Thu nhập (đồng/tháng)"): each row's figure is that person's, summed to the household's.
  if (!columns.has('thu_nhap_binh_quan') && !columns.has('tong_thu_nhap') && (kin.relation !== undefined || (columns.has('ma_ho') && !columns.has('so_nguoi')))) {
    const index = cells.findIndex((name) => !columnOfHeader(name) && VAGUE_COLUMNS.some(({ phrase, columns: vague }) => vague.includes('tong_thu_nhap') && holdsPhrase(shorthandWords(wordsOf(name)), phrase)));
    const income = index < 0 ? null : incomeReading(cells[index]!, 'tong_thu_nhap');
    if (income && 'refused' in income) return { ok: false, named: columns.size, message: income.refused };
    if (income) {
      const name = cells[index]!;
      columns.set('tong_thu_nhap', index);
      incomes.set('tong_thu_nhap', income.reading);
      names.set('tong_thu_nhap', `${name} (tong_thu_nhap)`);
      unused[unused.indexOf(`“${name}”`)] = '';
      understood.push(`“${name}” → tong_thu_nhap (danh sách mỗi dòng một người: số ở dòng nào là thu nhập của người đó, các dòng của hộ cộng lại thành thu nhập của hộ${income.said.replace(/^ \((.*)\)$/, '; $1')})`);
    }
  }
  const missing: ListColumn[][] = REQUIRED_COLUMNS.filter((name) => !columns.has(name) && !(name === 'so_nguoi' && members) && !(name === 'khu_vuc' && byTitle)).map((name) => [name]);
  if (!columns.has('thu_nhap_binh_quan') && !columns.has('tong_thu_nhap')) missing.push(['thu_nhap_binh_quan', 'tong_thu_nhap']);
  if (missing.length === 0) {
    const { name, address } = identity;
    const byName = !columns.has('ma_ho') && name ? { name: name[0], ...(address ? { address: address[0] } : {}) } : null;
    // Round 35 (lists19): a list of names only (no code, no address: "Họ và tên chủ hộ", "Số NK"…) had a household written twice
    // counted twice, unsaid; the place is then the sheet and the group (tổ, thôn heading) the row stands in.
    if (byName && !address) {
      notes.push(
        `Không có cột mã hộ, cột địa chỉ: hộ ghi hai lần được nhận ra theo cột “${cells[byName.name]}” (cùng họ tên, không kể dấu, chữ hoa, khoảng trắng, cùng trang tính, cùng nhóm tổ, thôn ghi trong danh sách, và cùng số liệu: số người, thu nhập, khu vực, thiếu hụt): dòng sau được đánh dấu “có thể trùng hộ”, vẫn có kết quả, chỉ tính một lần trong tổng hợp; cùng họ tên mà số liệu khác là hai hộ, đều được tính.`,
      );
    } else if (byName && address) {
      notes.push(
        `Không có cột mã hộ: hộ ghi hai lần được nhận ra theo cột “${cells[byName.name]}” và “${cells[address[0]]}” (cùng họ tên và địa chỉ, không kể dấu, chữ hoa, khoảng trắng, và cùng số liệu: số người, thu nhập, khu vực, thiếu hụt): dòng sau được đánh dấu “có thể trùng hộ”, vẫn có kết quả, chỉ tính một lần trong tổng hợp; cùng họ tên và địa chỉ mà số liệu khác là hai hộ, đều được tính, dòng sau có ghi chú để kiểm tra lại.`,
      );
    }
    // A card's term ("Hạn thẻ BHYT") is said with its header (TERM_SAID): its marks are asked, not read as a lack.
    const named = (lack: boolean) => marks.filter((mark) => mark.lack === lack && !mark.has && !mark.term && !mark.held).map((mark) => `“${mark.header}”`).join(', ');
    const legends = marks.filter((mark) => mark.has).map((mark) => `“${mark.header}”`);
    if (legends.length > 0) notes.unshift(`Cột ghi có/không (${legends.join(', ')}): ô ghi có hoặc đạt là hộ có (không thiếu hụt); ô ghi không, chưa hoặc không đạt là hộ thiếu hụt chỉ số đó.`);
    // Held columns said one by one, in the header's order ("BHYT": the card; "Nước sạch": the header's own words).
    for (const mark of marks.filter((column) => column.held).reverse()) {
      const { name, reads } = heldSaid(mark);
      notes.unshift(`Cột “${mark.header}” ${reads}: ô ghi có là hộ có ${name} (không thiếu hụt); ô ghi không hoặc chưa là hộ không có ${name} (thiếu hụt chỉ số đó); ô ghi x, ✓ hoặc √ là thiếu hụt; ô ghi 1 hoặc 0 thì dòng bị từ chối (chưa rõ ý). Nếu cột ghi “có” để đánh dấu hộ thiếu hụt, hãy đặt tên cột “Thiếu hụt ${mark.header}”.`);
    }
    if (marks.some((mark) => !mark.lack && !mark.has && !mark.term && !mark.held)) {
      notes.unshift(`Cột chỉ ghi tên chỉ số (${named(false)}): ô ghi x, ✓, √ hoặc không đạt là hộ thiếu hụt chỉ số đó; ô trống, - hoặc đạt là không thiếu hụt; ô ghi có, không, 1 hoặc 0 thì dòng bị từ chối (chưa rõ là hộ có hay thiếu chỉ số đó; tên cột như “Thiếu hụt BHYT” thì “có” là thiếu hụt).`);
    }
    if (marks.some((mark) => mark.lack)) notes.unshift(`Cột ghi thiếu hụt (${named(true)}): ô ghi x, có, 1 hoặc ✓ là hộ thiếu hụt chỉ số đó; ô trống, ghi không hoặc 0 là không thiếu hụt.`);
    // The name and the address are copied into the results (CARRIED_COLUMNS), not left out.
    const carried = { ...(identity.name ? { name: identity.name[0] } : {}), ...(identity.address ? { address: identity.address[0] } : {}) };
    for (const role of ['name', 'address'] as const) if (identity[role]) unused[identity[role]![1]] = '';
    const copied = [carried.name, carried.address].filter((index) => index !== undefined).map((index) => `“${cells[index!]}”`);
    if (copied.length > 0) notes.push(`Cột ${copied.join(', ')} được chép sang kết quả (cột ${CARRIED_COLUMNS.join(', ')} ở cuối; số dòng trong danh sách ở cột dong).`);
    // The relation column (and the running number beside it) tells members' rows from households': said, not "bỏ qua".
    if (kin.relation !== undefined) {
      const kinHeaders = [kin.relation, kin.order].filter((index) => index !== undefined).map((index) => `“${cells[index!]}”`);
      unused = unused.filter((name) => !kinHeaders.includes(name));
      notes.push(
        `Cột ${kinHeaders.join(' và ')} dùng để nhận dòng thành viên: dòng ghi chủ hộ (hoặc có số liệu của hộ) mở một hộ; các dòng ngay dưới ghi vợ, chồng, con, cháu… (hoặc STT 1.1, 1.2) là người của hộ đó, không tính thành hộ riêng` +
          `${columns.has('so_nguoi') || columns.has('ma_ho') ? '' : '; không có cột số nhân khẩu: số nhân khẩu là số dòng của hộ (chủ hộ và thành viên)'}; kết quả ở dòng chủ hộ.`,
      );
    }
    if (!columns.has('so_nguoi') && columns.has('ma_ho')) {
      notes.push(`Không có cột số nhân khẩu: đọc là danh sách thành viên (mỗi dòng một người): các dòng liền nhau cùng mã hộ (cột “${cells[columns.get('ma_ho')!]}”, ghi lại ở mỗi dòng hay ô gộp) là một hộ, số nhân khẩu là số dòng của hộ; kết quả ở dòng đầu của hộ.`);
    }
    const ignored = unused.filter(Boolean);
    // "Ghi chú": never read to classify, and said so (was: only "bỏ qua" among the others, round 32); its rows say it in ly_do.
    const remarks = ignored.filter((quoted) => leading(wordsOf(quoted), REMARK_HEADERS));
    if (remarks.length > 0) {
      notes.unshift(`Cột ${remarks.join(', ')} không được đọc để xét hộ: dòng hộ nào có ghi ở cột này thì cột ly_do nhắc lại (không chép nội dung ghi chú); hãy tự đọc ghi chú, nếu ghi chú làm đổi số liệu của hộ (số người, thu nhập, thiếu hụt, khu vực) thì sửa ở cột ấy rồi kiểm tra lại.`);
    }
    if (ignored.length > 0) notes.unshift(`Cột không dùng để xét hộ (bỏ qua): ${ignored.join(', ')}.`);
    if (understood.length > 0) notes.unshift(`Dòng tên cột (dòng ${line}): ${understood.join(', ')}.`);
    const ignoredIndicators = ignored.filter((quoted) => namesIndicator(quoted.slice(1, -1), indicatorOfHeader));
    return { ok: true, columns, marks, incomes, names, notes, identity: byName, carried, kin, spares, ...(byTitle ? { titled: byTitle } : {}), ignoredIndicators };
  }
  const vague = cells.flatMap((name, index) => {
    const words = shorthandWords(wordsOf(name));
    const entry = columnOfHeader(name) ? undefined : VAGUE_COLUMNS.find(({ phrase }) => holdsPhrase(words, phrase));
    if (!entry || entry.columns.every((column) => columns.has(column))) return [];
    const at = cellAt ? ` (ô ${cellAt(index)})` : '';
    return [yearOfWhom(name, entry.columns, at) ?? ` Cột “${name}” chưa rõ là ${entry.columns.join(' hay ')}${at}: hãy đổi tên cột cho rõ, ví dụ ${entry.columns.map(exampleHeader).join(' hoặc ')}.`];
  });
  const lost = cells.some((name) => /[?\uFFFD]/.test(name))
    ? ' Tên cột có dấu “?”: chữ tiếng Việt đã bị mất khi lưu tệp bằng một bảng mã không có tiếng Việt; hãy lưu lại bằng “CSV UTF-8” hoặc .xlsx.'
    : '';
  return { ok: false, named: columns.size, message: `${missingColumns(missing)}${vague.join('')}${lost}`, ...seen() };
}

/**
 * The columns a header lacks, as a cadre names them, with the headers taken for each (columns.ts LIST_COLUMN_NAMES): "Tệp
 * thiếu cột Số nhân khẩu (so_nguoi): tên cột được nhận “Số nhân khẩu”, “Nhân khẩu”, …". Each entry: one column, or columns
 * of which one is needed.
 */
function missingColumns(missing: readonly (readonly ListColumn[])[]): string {
  const named = (column: ListColumn) =>
    `${LIST_COLUMN_NAMES[column].name} (${column}), tên cột được nhận: ${LIST_COLUMN_NAMES[column].headers.map((header) => `“${header}”`).join(', ')}` +
    (column === 'khu_vuc' ? ' (hoặc cột địa chỉ “Địa chỉ”, “Thôn/ấp” ghi xã, thôn, phường…)' : '') +
    (column === 'so_nguoi' ? ' (hoặc, với danh sách thành viên mỗi dòng một người, cột “Mã hộ”: số người được đếm theo mã hộ)' : '');
  return `Tệp thiếu cột ${missing.map((columns) => columns.map(named).join('; hoặc cột ')).join('; thiếu cột ')}. Tên cột viết có dấu hay không dấu đều được.`;
}

/**
 * A header cell a two-row header's top cell carries over the cells under it ("Thu nhập (nghìn đồng)" over “Bình quân đầu
 * người” / “Tổng của hộ”, "Thiếu hụt" over “BHYT”): one naming a column, a vague column or an indicator list, not a
 * group title naming nothing ("Thông tin hộ").
 */
function namesSomething(cell: string): boolean {
  if (columnOfHeader(cell) !== null) return true;
  const words = wordsOf(cell);
  return VAGUE_COLUMNS.some(({ phrase }) => holdsPhrase(words, phrase));
}

/** A record's cells with each empty one under a merged cell given the merged value (xlsx.ts sheetRecords). */
function withMerged(cells: string[], merged: MergedCells | undefined): string[] {
  if (!merged) return cells;
  const filled = [...cells];
  for (const [index, value] of Object.entries(merged)) filled[Number(index)] ||= value;
  return Array.from(filled, (cell) => cell ?? '');
}

/** A cell as compared with the header's: trimmed, spaces and case folded. */
const foldedCell = (cell: string) => cell.trim().replace(/\s+/g, ' ').toLowerCase();

/** Invisible format characters (zero-width space and joiners, BOM, soft hyphen) pasted into a header's names: not read, not echoed. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const FORMAT_CHARACTER = /\p{Cf}/u;

/**
 * A cell as a repeated header row is compared with the header's (round 46, tryout51 F7): folded (foldedCell), without its
 * diacritics (fold) and invisible format characters: “stt | ma ho | thon/ap” typed again under “STT | Mã hộ | Thôn/ấp” is the
 * header repeated, not a household refused for its cells.
 */
const headerKey = (cell: string) => fold(foldedCell(cell)).replace(FORMAT_CHARACTERS, '');

/** A row's filled cells as compared with the header's: each as headerKey reads it, trailing empty cells left out. */
function rowTexts(cells: readonly string[]): string[] {
  const texts = cells.map(headerKey);
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

/**
 * Whether a row repeats the header row (`header`: its rowTexts) cell for cell. Compared cell by cell, stopping at the
 * first that differs (a household's first cell, nearly always): folding every cell of every row into one text to
 * compare cost ~4% of a 100.000-row `cli batch` (CPU profile) and its garbage.
 */
function repeatsHeader(cells: readonly string[], header: readonly string[]): boolean {
  if (cells.length < header.length) return false;
  for (let index = 0; index < header.length; index += 1) if (headerKey(cells[index]!) !== header[index]) return false;
  for (let index = header.length; index < cells.length; index += 1) if (headerKey(cells[index]!) !== '') return false;
  return true;
}

/**
 * A title line of a label and its value in the cell right of it (“Ngày lập:” | 46360, “Người lập:” | “Nguyễn Văn A”),
 * never a header's upper row (round 40: “Ngày lập:” read over “Số TT” as a date column, every household refused).
 */
function labelsValue(cells: readonly string[]): boolean {
  return cells.some((cell, index) => /:\s*$/.test(cell) && (cells[index + 1] ?? '').trim() !== '' && !namesSomething(cells[index + 1]!));
}

/**
 * Two header rows read as one (Excel's merged header cells: a merged cell's text is in its first row and column only):
 * a top cell over an empty one keeps its column's name ("Mã hộ" merged over rows 4–5, the header's other columns on row
 * 5), and a top cell naming something is read with each filled cell under it and under the empty top cells right of it
 * (merged across: "Thu nhập (nghìn đồng)" + “Bình quân đầu người/tháng”). Null when the top row has fewer than two filled
 * cells (a title) or changes nothing. `kept`: the top cells used, for the notes.
 */
function stackedHeader(top: readonly string[], bottom: readonly string[]): { cells: string[]; kept: string[] } | null {
  if (top.filter((cell) => cell.trim() !== '').length < 2 || labelsValue(top)) return null;
  const cells: string[] = [];
  const kept = new Set<string>();
  let group = '';
  for (let index = 0; index < Math.max(top.length, bottom.length); index += 1) {
    const above = (top[index] ?? '').trim();
    const below = (bottom[index] ?? '').trim();
    if (above !== '') group = namesSomething(above) ? above : '';
    if (below === '') {
      group = '';
      cells.push(above);
      if (above !== '') kept.add(above);
    } else if (group !== '') {
      cells.push(`${group} ${below}`);
      kept.add(group);
    } else cells.push(below);
  }
  return kept.size > 0 ? { cells, kept: [...kept] } : null;
}

/** What a header reads, to tell whether a two-row reading says more than the bottom row alone. */
const headerShape = (header: Header & { ok: true }) =>
  JSON.stringify([[...header.columns], header.marks.map((mark) => [mark.index, mark.indicator, mark.lack, mark.has]), [...header.incomes], header.identity]);

/**
 * The row under the header when it is a second header row: a group cell merged over indicator sub-headers ("Thiếu hụt"
 * over G4:I4, "BHYT" / "Nước sinh hoạt" / "Nhà tiêu" on row 5), the commonest Excel layout. It is one when every filled
 * cell stands under the deprivation column's header or an empty header cell right of it (the merged group) and names an
 * indicator, read with the group's words ("Thiếu hụt" + "BHYT" = “Thiếu hụt BHYT”, so có/1 is deprived too), or is the
 * count of deprivations ("Số chỉ số": `count`, its index). Its marks replace the group's list column; null when the row is
 * anything else (a household). Read once per sheet, at header time.
 */
function subHeader(
  headerCells: readonly string[],
  cells: readonly string[],
  group: number | undefined,
  indicatorOfHeader: (cell: string) => Pick<MarkColumn, 'indicator' | 'lack' | 'has' | 'service' | 'term'> | null,
): { marks: MarkColumn[]; count?: number } | null {
  if (group === undefined) return null;
  const marks: MarkColumn[] = [];
  let count: number | undefined;
  for (let index = 0; index < cells.length; index += 1) {
    const text = cells[index]!.trim();
    if (text === '') continue;
    // Under the group: its own cell, or an empty header cell after it with only empty ones between (a merged cell).
    if (index < group || headerCells.slice(group + 1, index + 1).some((name) => name.trim() !== '')) return null;
    if (count === undefined && columnOfHeader(text) === 'so_chi_so') {
      count = index;
      continue;
    }
    const under = indicatorOfHeader(`${headerCells[group]} ${text}`) ?? indicatorOfHeader(text);
    if (!under) return null;
    // Under the deprivation column's group ("Các chỉ số thiếu hụt" over "BHYT"): a marked cell is a lack, "có"/"1" too.
    marks.push({ index, header: text, ...under, lack: true });
  }
  return marks.length > 0 || count !== undefined ? { marks, ...(count === undefined ? {} : { count }) } : null;
}

/**
 * The row under the header that numbers its columns ("(1) (2) (3) …", "1 2 3 4 …", "A B 1 2 …"): at least three filled
 * cells (BATCH_DEFAULTS.minNumberedColumns), every one a column's number or letter (BATCH_DEFAULTS.columnNumber), the numbers counting up by one. No household: its area is no number.
 */
function numbersColumns(cells: readonly string[]): boolean {
  let filled = 0;
  let last: number | undefined;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    const match = BATCH_DEFAULTS.columnNumber.exec(text);
    if (!match) return false;
    filled += 1;
    if (!/^\d/.test(match[1]!)) continue;
    const number = Number(match[1]);
    if (last !== undefined && number !== last + 1) return false;
    last = number;
  }
  return filled >= BATCH_DEFAULTS.minNumberedColumns && last !== undefined;
}

/** Words a header's row of units holds ("(người)", "(triệu đồng/năm)", "ĐVT: 1000đ/người/tháng"), besides figures. */
const UNIT_WORDS = new Set([
  ...CURRENCY_WORDS, ...Object.keys(MONEY_UNITS), ...Object.keys(PERIOD_WORDS), ...INCOME_PERSON_WORDS, ...INCOME_HOUSEHOLD_WORDS, ...UNIT_ROW_WORDS,
].flatMap((phrase) => phrase.split(' ')));

/**
 * The row of units under a header ("(người)", "(triệu đồng/năm)", "(1000đ/người/tháng)"): every filled cell only unit
 * words and figures ("1000đ", "trđ" too), and one at least a word. No household: its area and members are no units.
 */
function unitsRow(cells: readonly string[]): boolean {
  let words = 0;
  for (const cell of cells) {
    for (const word of wordsOf(cell).split(' ')) {
      if (word === '' || /^\d+$/.test(word)) continue;
      const unit = word.endsWith('d') && word.length > 1 ? word.slice(0, -1) : word;
      if (!UNIT_WORDS.has(word) && !/^\d+$/.test(unit) && MONEY_UNITS[unit] === undefined) return false;
      words += 1;
    }
  }
  return words > 0;
}

/** A header cell's leading enumerator as a letter or a Roman numeral ("a) Việc làm", "II. Y tế"); figures ("1.1", "(5)") are left out as words. */
const COLUMN_ENUMERATOR = /^\s*[([]?\s*(?:[a-zđ]|[ivx]{1,4})\s*[)\].]\s+/iu;

/**
 * A cell piece naming a service and then how it lacks ("nha o tam": the service "nhà ở", then "tạm"), as the chat's words for
 * that lack ("nha tam": the service's last word kept as its head noun); undefined when the piece starts with no service's name.
 */
function serviceQualified(words: readonly string[]): string | undefined {
  const joined = words.join(' ');
  const service = Object.keys(SERVICE_LACKS).find((name) => joined.startsWith(`${name} `));
  if (service === undefined) return undefined;
  const head = service.split(' ')[0]!;
  return `${head} ${joined.slice(service.length + 1)}`;
}

/**
 * The indicators everyday words in a list's lacks cell name (everydayCell): those said lacking; or the one they may lack ("nhà
 * xuống cấp", "vách ván": the chat asks, not knowing) when they name only it, since the cell is the cadre's list of what the
 * household lacks. Undefined when they name none, say something had, or say it is not known ("không rõ bhyt").
 */
function listedLacks(read: ReturnType<typeof everydayCell>): IndicatorId[] | undefined {
  if (read.had.size > 0) return undefined;
  if (read.deprived.size > 0) return read.unsure.size === 0 ? ([...read.deprived] as IndicatorId[]) : undefined;
  // Not an unknown ("không rõ bhyt" stays refused): only words that may be the lack.
  return read.unsure.size === 1 && read.maybe.size === 1 ? ([...read.maybe] as IndicatorId[]) : undefined;
}

/** Runs of up to this many words are tried as one alias ("bảo hiểm y tế nước" reads as baohiemyte + nuoc); names may be longer. */
const MAX_ALIAS_WORDS = 5;

/** A sign alone in an indicator list saying there is none: "-" (and dashes a spreadsheet types for it). */
const NONE_SIGNS: readonly string[] = ['-', '–', '—'];

/** What separates indicators in a cell: , ; | / + line breaks and the word "và". */
const INDICATOR_SEPARATORS = /\s*(?:[,;|/+\n]|(?<![\p{L}\d])v[àa](?![\p{L}\d]))\s*/iu;

/**
 * Reads an indicator cell as cadres write it: codes (health_insurance), aliases (bhyt nuoc nhatieu),
 * names with or without diacritics (“tiếp cận thông tin” is part of one indicator's name, so that
 * indicator), former names (rules/indicators.yaml otherNames), several in a row. A name shared by more
 * than one indicator (“nhà ở”, a service: chất lượng or diện tích) is refused with the indicators it
 * could be, never guessed. A cell saying there is none (columns.ts NO_DEPRIVATION_WORDS) is empty.
 */
function indicatorReader(rules: RuleSet, date: string) {
  const compact = (words: string) => words.replaceAll(' ', '');
  const byKey = new Map<string, IndicatorId>(rules.indicatorAliases);
  // A code or alias as the cell's words read it: "health_insurance" is the words "health insurance".
  for (const [key, id] of rules.indicatorAliases) if (!byKey.has(compact(wordsOf(key)))) byKey.set(compact(wordsOf(key)), id);
  const names: [words: string, id: IndicatorId][] = [];
  const services = new Map<string, IndicatorId[]>();
  for (const indicator of rules.indicators) {
    for (const name of [indicator.name, ...(indicator.otherNames ?? [])]) {
      const words = wordsOf(name);
      names.push([words, indicator.id]);
      // "trình độ giáo dục người lớn": the name without its "của" is the same name (not the vague "giáo dục").
      if (words.includes(' cua ')) names.push([words.replaceAll(' cua ', ' '), indicator.id]);
      if (!byKey.has(compact(words))) byKey.set(compact(words), indicator.id);
    }
    const service = wordsOf(indicator.service);
    services.set(service, [...(services.get(service) ?? []), indicator.id]);
  }
  const longest = Math.max(MAX_ALIAS_WORDS, ...names.map(([words]) => words.split(' ').length));
  /**
   * Every word of the indicators' names. A name holds a run of words only when it has each of them (holdsPhrase needs every
   * word but the "…" it joins parts with), so a run with a word no name has ("health insurance housing area telecom": codes
   * written as words) is part of none, found without trying each name (partOf was ~1,3% of a 100.000-row `cli batch`, on the
   * first reading of each distinct indicator cell: 1.690 in the bench list).
   */
  const nameWords = new Set(names.flatMap(([words]) => words.split(' ')));
  const inSomeName = (words: readonly string[]) => words.every((word) => word === '' || word === '…' || nameWords.has(word));
  const inForce = new Set(indicatorsFor(rules, date).map((indicator) => indicator.id));
  const label = (id: IndicatorId) => `${rules.indicatorById.get(id)!.name} (${id})`;
  /**
   * The indicator a run of words names, null when none; throws when it names several. Only a whole cell
   * piece may be part of a name ("tiếp cận thông tin"): inside a longer piece, "tiếp cận" is no indicator.
   */
  const named = (words: string[], shown: string | (() => string), column: string, wholePiece: boolean, inOrder = false): IndicatorId | null => {
    const run = words.join(' ');
    const exact = byKey.get(compact(run));
    if (exact) return exact;
    // A header's words may leave some of the name's out, in order (inOrder): "Trình độ GD người lớn", "DT nhà ở BQ/người".
    const holds = (name: string) => (inOrder ? holdsPhrase(name, words.join(' … ')) : holdsPhrase(name, run));
    const partOf = () => (wholePiece && words.length > 1 && inSomeName(words) ? [...new Set(names.filter(([name]) => holds(name)).map(([, id]) => id))] : []);
    const candidates = services.get(run) ?? partOf();
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length > 1) throw new RowError(column, `“${typeof shown === 'string' ? shown : shown()}” là nhiều chỉ số: ${candidates.map(label).join(', ')}; hãy ghi rõ chỉ số nào`);
    return null;
  };
  const examples = `ghi tên chỉ số như “${rules.indicators[0]!.name}”, mã như ${rules.indicators[0]!.id} hoặc bí danh như ${rules.indicators.slice(0, 3).map((indicator) => indicator.aliases[0]).join(', ')}`;
  /**
   * The indicator a header cell is the column of: its words (numbering "1.1", "(5)", "a)" left out) name one, or several
   * (vague). After a deprivation prefix ("Thiếu hụt", "Chỉ số thiếu hụt", "Thiếu hụt về"), its last one when a merged group's
   * words stand before it ("Các chỉ số thiếu hụt … Thiếu hụt về y tế Dinh dưỡng"), the words after it, or the last of them
   * that name one (the sub-column's: "… y tế Dinh dưỡng"). List abbreviations ("DT nhà ở BQ/người", "Nhà tiêu HVS",
   * lexicon household.ts INDICATOR_ABBREVIATIONS) are read in a header of two words or more, and its words may leave some of
   * the name's out, in order ("Tình trạng đi học trẻ em").
   */
  const header = (text: string): Pick<MarkColumn, 'indicator' | 'lack' | 'has' | 'service' | 'term' | 'held'> | null => {
    // A bracketed legend of what the cells say ("(có/không)", "(đạt/không)"): not words of the name; "không" is then the lack.
    const legend = /\(([^()]*)\)\s*$/.exec(text);
    const has = legend !== null && HAS_LEGENDS.includes(wordsOf(legend[1]!));
    const all = wordsOf((has ? text.slice(0, legend.index) : text).replace(COLUMN_ENUMERATOR, '')).split(' ').filter((word) => word !== '' && !/^\d+$/.test(word));
    let after = 0;
    let prefix: string | undefined;
    for (let at = 0; at < all.length; at += 1) {
      const found = INDICATOR_COLUMN_PREFIXES.filter((phrase) => phraseAt(all, at, phrase.split(' '))).sort((a, b) => b.length - a.length)[0];
      if (found === undefined) continue;
      prefix = found;
      at += found.split(' ').length - 1;
      after = at + 1;
    }
    // "Hạn thẻ BHYT", "Thẻ BHYT hết hạn": a card's term before or after an indicator that has one.
    if (prefix === undefined) {
      for (const phrase of TERM_COLUMN_WORDS) {
        const parts = phrase.split(' ');
        const rest = phraseAt(all, 0, parts) ? all.slice(parts.length) : phraseAt(all, all.length - parts.length, parts) ? all.slice(0, -parts.length) : undefined;
        const indicator = rest && rest.length > 0 ? named(rest, text, text, true) : null;
        if (indicator && OWN_COLUMN_CELLS[indicator]?.term) return { indicator, lack: false, term: true };
      }
    }
    let words = all.slice(after);
    if (prefix !== undefined && INDICATOR_COLUMN_LINKS.includes(words[0] ?? '')) words = words.slice(1);
    if (words.length === 0) return null;
    // After a lack's prefix one abbreviation alone names it too ("ko NVS", round 44 lists47).
    if (words.length > 1 || prefix !== undefined) words = expandIndicatorAbbreviations(words);
    const lack = prefix !== undefined && LACK_COLUMN_PREFIXES.includes(prefix);
    const reads = { lack, ...(has && !lack ? { has } : {}) };
    // A service named alone ("Nhà ở", "Nha o"): at least one of its indicators, the first in force (SERVICE_LACKS).
    const service = Object.hasOwn(SERVICE_LACKS, words.join(' ')) ? (services.get(words.join(' ')) ?? []).filter((id) => inForce.has(id)) : [];
    if (service.length > 0) return { indicator: service[0]!, ...reads, service };
    try {
      // After a prefix, the longest run of the last words naming one ("viec lam nguoi phu thuoc": the sub-column's words last).
      for (let start = 0; start < (prefix === undefined ? 1 : words.length); start += 1) {
        const indicator = named(words.slice(start), text, text, true, true);
        if (indicator) return { indicator, ...reads, ...(!lack && !has && Object.hasOwn(HELD_INDICATORS, indicator) ? { held: true } : {}) };
      }
      return null;
    } catch (error) {
      if (error instanceof RowError) return { indicator: { vague: error.message }, ...reads };
      throw error;
    }
  };
  /**
   * Cells read, by column and text: a list repeats a few deprivation cells ("bhyt, nuoc sach") on thousands of rows,
   * and reading one tries every run of its words against the indicator names (2% of a 100k-row batch's CPU, and
   * its garbage).
   */
  const cell = rememberedCells((text: string, column: string): IndicatorId[] => readCell(text, column));
  const readCell = (text: string, column: string): IndicatorId[] => {
    const ids = new Set<IndicatorId>();
    for (const piece of text.split(INDICATOR_SEPARATORS)) {
      const pieceWords = wordsOf(piece);
      const sign = piece.trim();
      // A mark alone ("✓", "x", "TRUE", "có") says deprived but not in which indicator: refused, never read as none.
      if ((!pieceWords && sign !== '' && !NONE_SIGNS.includes(sign)) || DEPRIVED_MARKS.includes(pieceWords) || YES_MARKS.includes(pieceWords)) {
        throw new RowError(
          column,
          `“${sign}” là một dấu đánh, không cho biết thiếu hụt chỉ số nào: cột này ghi tên các chỉ số thiếu hụt; hãy ghi tên chỉ số (ví dụ “bhyt, nước sinh hoạt, nhà tiêu”), hoặc để trống hay ghi “không” nếu hộ không thiếu hụt chỉ số nào`,
        );
      }
      if (!pieceWords || NO_DEPRIVATION_WORDS.includes(pieceWords)) continue;
      // "không có thẻ BHYT", "ko co the bhyt": the lack said before the name.
      const lack = LACK_CELL_PREFIXES.find((prefix) => pieceWords.startsWith(`${prefix} `));
      const words = (lack ? pieceWords.slice(lack.length + 1) : pieceWords).split(' ');
      // The words as written, for messages (the folded words when the two do not line up).
      const written = piece.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const shown = (start: number, length: number) => (written.length === words.length ? written : words).slice(start, start + length).join(' ');
      // One indicator in list shorthand ("GD người lớn", "Nước SH", "TS tiếp cận TT"): its abbreviations read as a header's,
      // its words some of the name's, in order; tried only when the piece holds an abbreviation and is not a name as written.
      const expanded = words.length > 1 ? expandIndicatorAbbreviations(words) : words;
      const shorthand = expanded.join(' ') !== words.join(' ') && !named(words, piece.trim(), column, true) ? named(expanded, piece.trim(), column, true, true) : null;
      if (shorthand) {
        ids.add(shorthand);
        continue;
      }
      let run: ReturnType<typeof namesInRun<IndicatorId>>;
      try {
        // The run as written is made only for a message (most runs tried name nothing, or one indicator).
        run = namesInRun(words.length, longest, (start, length) => named(words.slice(start, start + length), () => shown(start, length), column, length === words.length));
      } catch (error) {
        // A service's name, then the words saying how it lacks ("nhà ở tạm", "nha o dot nat", "nhà ở chật"): read as the chat reads
        // "nhà tạm", "nhà dột nát", "nhà chật", when those words say one lack and nothing else; "nhà ở" alone stays refused.
        const qualified = error instanceof RowError && words.length > 2 ? serviceQualified(words) : undefined;
        const read = qualified === undefined ? undefined : listedLacks(everydayCell(qualified, rules, date));
        if (!read || read.length !== 1) throw error;
        ids.add(read[0]!);
        continue;
      }
      // Everyday words the chat reads ("xài nước suối", "nhà dột nát", "ko co wifi", "nhà xuống cấp"): the lacks they say, when they say nothing else.
      const everyday = 'unreadAt' in run ? listedLacks(everydayCell(piece, rules, date)) : undefined;
      if (everyday) {
        for (const id of everyday) ids.add(id);
        continue;
      }
      if ('unreadAt' in run) {
        const start = run.unreadAt;
        throw new RowError(column, `không biết chỉ số “${start === 0 ? piece.trim() : shown(start, words.length - start)}” (${examples})`);
      }
      for (const id of run.names) ids.add(id);
    }
    return [...ids];
  };
  return { cell, header };
}

/**
 * A mark column's cell that says neither a lack nor none: refused, naming the column and how to mark it; with the indicator's
 * rule when the cell names a thing of it that meets it only sometimes (`unmet`: "giếng đào", a protected one), and the question
 * to answer when the column's own words name it too loosely ("giếng": OWN_COLUMN_CELLS).
 */
function unclearMark(text: string, column: MarkColumn, unmet?: { name: string; rule: string; ask?: string }): RowError {
  const marks = column.lack ? 'ghi x, có, 1 hoặc ✓ nếu hộ thiếu hụt chỉ số này; để trống, ghi không hoặc 0 nếu không' : 'ghi x hoặc ✓ nếu hộ thiếu hụt chỉ số này; để trống hoặc - nếu không';
  const what = unmet ? `chưa đủ để biết hộ có thiếu hụt chỉ số “${unmet.name}” hay không (${unmet.rule})` : 'không rõ là có thiếu hụt hay không';
  // A thing the rule does not tell apart ("giếng"): the question its words answer, then the marks.
  return new RowError(column.header, `“${cellQuoted(text)}” ${what}: ${unmet?.ask ? `${unmet.ask} Hãy ghi rõ, hoặc ${marks}` : marks}`);
}

/**
 * How a mark cell's words are read (profileReader): `says` (the chat's reader: lack, none, or neither), `mayLack` (words that may
 * be the lack, "xuống cấp"), `unmet` (a thing that meets the indicator only sometimes, "giếng đào": its name and rule).
 */
interface MarkWords {
  says(text: string, indicator: IndicatorId): boolean | undefined;
  mayLack(text: string, indicator: IndicatorId): boolean;
  unmet(text: string, indicator: IndicatorId): { name: string; rule: string; ask?: string } | undefined;
}

/**
 * What a mark cell says: the lack or none, and whether it said so in words (`words`: "nhà cấp 4", "hết hạn", "xuống cấp", read
 * by the chat's reader, said in the row's ly_do) rather than by a mark ("x", "đạt", "0", empty).
 */
interface CellMark {
  lack: boolean;
  words: boolean;
}
const LACK_MARKED: CellMark = { lack: true, words: false };
const NONE_MARKED: CellMark = { lack: false, words: false };
const LACK_SAID: CellMark = { lack: true, words: true };
const NONE_SAID: CellMark = { lack: false, words: true };

/**
 * Whether a cell of an indicator's own column marks the household deprived in it; throws when the cell says neither. A cell in
 * everyday words ("ko co bhyt", "nhà tạm", "chưa có nước sạch", "có thẻ") is read by `says`, the chat's reader
 * (indicatorCellSays); words that may be the lack ("xuống cấp") by `mayLack`.
 */
function marked(text: string, column: MarkColumn, { says, mayLack, unmet }: MarkWords): CellMark {
  const words = wordsOf(text);
  if (words === '' && !DEPRIVED_SYMBOLS.includes(text)) {
    // Empty or a dash: no lack. Another sign alone ("?", "*"): neither said, asked (round 22: "?" was read as no lack).
    if (text.trim() === '' || NONE_SIGNS.includes(text.trim())) return NONE_MARKED;
    throw unclearMark(text.trim(), column);
  }
  if (NOT_DEPRIVED_MARKS.includes(words)) return NONE_MARKED;
  // Under a card's term ("Hạn thẻ BHYT"), a mark ("x", "✓", "có", "1", "không") is no day: the card lacked, or ticked as had (round 26:
  // "x" was read as the lack, unsaid). Asked, never guessed.
  if (column.term && (DEPRIVED_MARKS.includes(words) || DEPRIVED_SYMBOLS.includes(text) || YES_MARKS.includes(words) || NO_DEPRIVATION_WORDS.includes(words))) {
    throw new RowError(
      column.header,
      `“${text}” không phải ngày: cột “${column.header}” ghi ngày hết hạn của thẻ, còn “${text}” chưa rõ là hộ không có thẻ (thiếu hụt) hay đánh dấu hộ có thẻ; không đoán. Hãy ghi ngày hết hạn in trên thẻ (dd/MM/yyyy), hoặc “không có thẻ” nếu hộ thiếu hụt chỉ số này`,
    );
  }
  // "đạt" / "không đạt" against the indicator's standard; "có" / "không" under a legend saying the cells are what the household has.
  // "BHYT" + "có" (HELD_INDICATORS, round 32): the household has the card, as under a legend (was refused, asked which).
  const has = column.has || column.held;
  if (!column.lack && (MET_MARKS.includes(words) || (has && HAS_MARKS.includes(words)))) return NONE_MARKED;
  if (!column.lack && (UNMET_MARKS.includes(words) || (has && HAS_NOT_MARKS.includes(words)))) {
    if (typeof column.indicator !== 'string') throw new RowError(column.header, column.indicator.vague);
    return LACK_MARKED;
  }
  // Under a legend, a mark ("x", "✓") says neither having nor lacking.
  if (column.has && (DEPRIVED_MARKS.includes(words) || DEPRIVED_SYMBOLS.includes(text) || YES_MARKS.includes(words))) {
    throw new RowError(column.header, `“${text}” không rõ là hộ có hay thiếu: cột “${column.header}” ghi hộ có hay không; ghi “không” nếu hộ thiếu, “có” (hoặc “đạt”) nếu hộ có`);
  }
  const yesOrNo = YES_MARKS.includes(words) || NO_DEPRIVATION_WORDS.includes(words);
  const indicator = typeof column.indicator === 'string' ? column.indicator : undefined;
  const subject = indicator && MARK_CELL_SUBJECTS[indicator];
  // With its subject ("nhà tiêu" + "không HVS"), a cell says only what the subject alone does not ("nhà tiêu" alone reads as having one).
  const withSubject = () => {
    const said = subject ? says(`${subject} ${text}`, indicator!) : undefined;
    return said === undefined || said === says(subject!, indicator!) ? undefined : said;
  };
  const everyday = yesOrNo || DEPRIVED_MARKS.includes(words) || DEPRIVED_SYMBOLS.includes(text) || !indicator ? undefined : (says(text, indicator) ?? withSubject());
  if (everyday !== undefined) return everyday ? LACK_SAID : NONE_SAID;
  // Words that may be the lack ("xuống cấp" under "Nhà ở", "Chất lượng nhà ở" or "Thiếu hụt nhà ở") are the cadre's mark of it, as in
  // the lacks column (listedLacks): a cell describing the house, never a has-or-lacks "có"; "không rõ" is no such word. (Round 22:
  // also under a column naming only the indicator, where it was refused as "không rõ là có thiếu hụt hay không".)
  if (indicator && !yesOrNo && (mayLack(text, indicator) || (subject !== undefined && mayLack(`${subject} ${text}`, indicator)))) return LACK_SAID;
  // Under a header naming only the indicator ("BHYT"), "có" is as likely "has the card" as "lacks it": asked, never guessed.
  if (yesOrNo && !column.lack) {
    throw new RowError(
      column.header,
      `“${text}” là có ${column.header} hay thiếu ${column.header}? Cột chỉ ghi tên chỉ số: ghi x hoặc ✓ nếu hộ thiếu hụt, để trống hoặc - nếu không (hoặc đặt tên cột “Thiếu hụt ${column.header}”, khi đó có/không được đọc là thiếu hụt/không)`,
    );
  }
  if (NO_DEPRIVATION_WORDS.includes(words)) return NONE_MARKED;
  if (!yesOrNo && !DEPRIVED_MARKS.includes(words) && !DEPRIVED_SYMBOLS.includes(text)) {
    throw unclearMark(text, column, indicator === undefined ? undefined : unmet(text, indicator));
  }
  if (typeof column.indicator !== 'string') throw new RowError(column.header, column.indicator.vague);
  return LACK_MARKED;
}

/**
 * What a spreadsheet writes for an amount that the money reader asks back about, read as the list means it (tried only
 * after that reader refused the cell): thousands grouped by spaces ("1 500 000", LibreOffice and Excel's
 * French-style format, also with no-break spaces), and a number cell with a fraction of a đồng ("2100000.5": the
 * integer part alone is too big to be millions), kept as written and said in the row: the line is "từ mức chuẩn trở
 * xuống", so 1.500.000,4 is above 1.500.000 here as in /api/check (one comparison, the rules', on the figure itself).
 */
function spreadsheetAmount(text: string): { value: number; note: string } | null {
  const spaced = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)\s*(?:đ|đồng|vnđ|vnd)?$/iu.exec(text);
  if (spaced) return { value: Number(spaced[1]!.replace(/\D/g, '')), note: '' };
  // A number cell formatted with thousands and two decimals, as a spreadsheet saves it ("1.200.000,00" where the comma is the
  // decimal mark, "1,200,000.00" where the point is): the đồng, and its fraction when it has one.
  const grouped = /^(\d{1,3}(?:([.,])\d{3})+)([.,])(\d{1,2})$/.exec(text);
  // Below BARE_DONG_MINIMUM ("1.500,00") it is no amount in đồng as written: asked back as the money reader asks "1.500".
  if (grouped && grouped[2] !== grouped[3] && Number(grouped[1]!.replace(/\D/g, '')) >= BARE_DONG_MINIMUM) {
    const whole = Number(grouped[1]!.replace(/\D/g, ''));
    if (/^0+$/.test(grouped[4]!)) return { value: whole, note: `Ô “${text}” ghi số có hai chữ số thập phân (“${grouped[3]}${grouped[4]}”): đọc là ${formatNumber(whole)} đồng. ` };
    const value = Number(`${whole}.${grouped[4]}`);
    return { value, note: `Ô “${text}” có phần lẻ dưới 1 đồng: so với chuẩn đúng như ghi, ${formatNumber(value)} đồng, không làm tròn. ` };
  }
  const fraction = /^(\d+)[.,](\d+)$/.exec(text);
  if (!fraction || Number(fraction[1]) < BARE_DONG_MINIMUM) return null;
  const value = Number(`${fraction[1]}.${fraction[2]}`);
  return { value, note: `Ô “${text}” có phần lẻ dưới 1 đồng: so với chuẩn đúng như ghi, ${formatNumber(value)} đồng, không làm tròn. ` };
}

const ONLY_DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
/** A whole number with Excel's zero decimals ("4.0", "4,00"). */
const EXCEL_WHOLE = /^(\d+)[.,]0+$/;

/** An income cell saying "none" the way a list says it: Excel's "-" for zero (accounting format), "không có", "ko có". */
const ZERO_DASH = /^[-–—]+\s*(?:₫|đ|đồng|vnd)?$/iu;
const NO_INCOME_CELLS: readonly string[] = ['khong co', 'khong', 'khong co gi', 'hong co', 'khong co dong nao'];
/** An income cell saying the figure is not known (never 0 đồng): refused saying so. */
const UNKNOWN_INCOME_CELLS: readonly string[] = ['khong ro', 'chua ro', 'khong biet', 'chua biet', 'chua hoi', 'chua hoi duoc', 'chua co', 'chua co so lieu', 'chua dieu tra', 'chua xac dinh', 'khong xac dinh', 'x', 'n a', 'na'];

/**
 * An income cell holding no figure but "none" (round 42: "-", "không có", "ko có" were “Mình chưa hiểu số tiền”): 0 đồng, a
 * household with no income (at or under any line: its lacks decide, NĐ 07/2021 Điều 3; NĐ 351/2025), the reading said;
 * undefined when the cell holds anything else. "Không rõ", "chưa có", "x" (not known yet, not nothing) are refused saying
 * to ask the household, never read as 0.
 */
function noIncomeCell(text: string, column: IncomeColumn): string | undefined {
  // A cell with a digit ("3659759", "1,5 triệu": nearly every list cell) is none of these: no spoken form has a digit, so
  // writtenForm keeps the digit's word and `words` holds it, which no word list nor ZERO_DASH does (the written form and its
  // word key were ~5% of a 100.000-row `cli batch`, CPU profile round 42).
  if (HAS_DIGIT.test(text)) return undefined;
  const trimmed = text.trim();
  const words = wordsOf(writtenForm(trimmed));
  const what = column === 'thu_nhap_binh_quan' ? 'thu nhập bình quân mỗi người mỗi tháng' : 'tổng thu nhập của hộ';
  if (UNKNOWN_INCOME_CELLS.includes(words)) {
    throw new RowError(column, `thu nhập “${trimmed}” là chưa có số thu nhập, không đọc là 0 đồng: hãy hỏi hộ và ghi ${what} bằng con số (ví dụ 1.500.000); nếu hộ thật sự không có thu nhập, ghi 0`);
  }
  if (ZERO_DASH.test(trimmed)) return `Ô thu nhập ghi “${trimmed}” (cách Excel hiện số 0): đọc là 0 đồng, hộ không có thu nhập; nếu ô chưa điền vì chưa có số liệu, hãy ghi ${what}. `;
  if (NO_INCOME_CELLS.includes(words)) return `Ô thu nhập ghi “${trimmed}”: đọc là 0 đồng, hộ không có thu nhập; nếu hộ có thu nhập, hãy ghi số tiền. `;
  return undefined;
}

/** A range or a bound an income cell gives (incomeRangeOfCell), per month as the cell says it. */
type CellRange = { range: IncomeRange; amount: Amount; open: boolean };

/**
 * An income cell the exact readers refused, read as the chat reads it: an approximate figure ("khoảng 1 triệu", "tầm 1tr2",
 * "~1.500.000", "khoảng 18 triệu/năm", "tầm 1tr5/ng"), with the row's note saying the list gave no exact figure; or a range or a
 * bound, approximate or not ("1-1,5 triệu", "khoảng 1-2 triệu", "từ 1 đến 1,5 triệu", "dưới 1 triệu"; rangedIncome decides it).
 * A person's figure under the household's total ("khoảng 1 triệu mỗi người") is refused as the exact one is (wholeClash). "Không
 * có thu nhập", "ko có thu nhập": 0.
 */
function looseIncome(text: string, column: IncomeColumn): { amount: Amount; note: string } | CellRange | undefined {
  // Digits alone say no "khoảng", "tầm" or "~" and no range: not read again (~3% of a 100.000-row run, whose ~3.000 bare
  // figures under 100.000 are refused, went to the whole money reading a second time).
  if (ONLY_DIGITS.test(text)) return undefined;
  const lead = approximateLead(text);
  const parsed = lead ? parseAmount(lead.rest) : undefined;
  const found = parsed?.ok ? undefined : incomeRangeOfCell(lead?.rest ?? text);
  const amount = parsed?.ok ? parsed.amount : found?.amount;
  if (amount?.perPerson && column === 'tong_thu_nhap') throw new RowError(column, personInTotal(text));
  if (parsed?.ok) return { amount: parsed.amount, note: `Ô “${text}” ghi con số ước chừng (“${lead!.about}”), không phải số chính xác: đọc là ${amountRead(parsed.amount)}; nếu hộ có số chính xác, hãy ghi lại. ` };
  // "không có thu nhập", "ko có thu nhập" (round 25; NO_INCOME_PHRASES, as the chat reads it, "ko" written out): 0, said.
  if (!found && NO_INCOME_PHRASES.includes(wordsOf(writtenForm(text)))) {
    return { amount: amountFor(0, { period: 'month', count: 1 }, false), note: `Ô “${text}” ghi hộ không có thu nhập: đọc là 0 đồng; nếu hộ có thu nhập, hãy ghi số tiền. ` };
  }
  return found;
}

/**
 * An income cell's range or bound, per month (`range`), kept until its household is read (rangedIncome); `year`: as the cell
 * wrote it in a column of a year's income ("20-24 triệu" under "Tổng thu nhập năm"), `range` being it ÷ 12.
 */
interface RangedCell {
  column: IncomeColumn;
  text: string;
  range: IncomeRange;
  open: boolean;
  year?: IncomeRange;
}

/** A range in words, as its row says it: "từ 1.000.000 đồng đến 1.500.000 đồng", "chưa tới 1.000.000 đồng". */
const rangeSaid = (range: IncomeRange) => (range.bound ? boundSaid(range) : `từ ${formatMoney(range.low)} đến ${formatMoney(range.high)}`);

/**
 * An income cell giving a range or a bound ("1-1,5 triệu", "dưới 1 triệu", "trên 2tr"; incomeRangeOfCell), its household read:
 * the class at each end (classAtIncome, as the chat's rangeDecided; "trên 3 triệu", `open`, has no top: its class at any income
 * above). The same at both: the row is classified at the figure written (a range's higher end) and its note says so; two
 * classes, or one not settled: the row is refused with both and asks one figure. `both`: the row gives the other income too,
 * which a range cannot be checked against (refused). A year's range (`year`) is said as written and ÷ 12.
 */
function rangedIncome(rules: RuleSet, { column, text, range, open, year }: RangedCell, profile: HouseholdProfileInput, both: boolean): string {
  const perPerson = column === 'thu_nhap_binh_quan';
  const whose = perPerson ? ' mỗi người' : ' cả hộ';
  const said = year ? `${rangeSaid(year)} cả năm${whose} (÷ 12 tháng: ${rangeSaid(range)} một tháng)` : `${rangeSaid(range)} một tháng${whose}`;
  const written = year ?? range;
  const example = written.bound === 'below' ? written.high * 0.9 : (written.low + written.high) / 2;
  const asked = `hãy ghi một con số gần đúng nhất, ví dụ “${formatNumber(Math.round(example / 1e5) / 10)} triệu”`;
  if (both) throw new RowError(column, `“${text}” là ${said}, không phải một con số, nên không đối chiếu được với cột thu nhập kia: ${asked}`);
  const told = { date: profile.date ?? '', area: profile.area, members: profile.members, deprivations: [...(profile.deprivations ?? [])], unsure: [...(profile.unsure ?? [])] };
  const [low, high] = [classAtIncome(rules, told, perPerson, range.low), classAtIncome(rules, told, perPerson, open ? MAX_MONTHLY_INCOME : range.high)];
  if (low === undefined || low !== high) {
    const upper = open ? `với thu nhập cao hơn nữa là ${high}` : `với ${formatMoney(written.high)} là ${high}`;
    const ends = low !== undefined && high !== undefined ? `: với ${formatMoney(written.low)}${year ? ' cả năm' : ''} hộ là ${low}, ${upper}` : ': con số cụ thể có thể làm kết quả khác đi';
    throw new RowError(column, `“${text}” là ${said}, không phải một con số${ends}; ${asked}`);
  }
  const kept = range.bound === 'above' ? range.low : range.high;
  const keptSaid = year ? `${formatMoney(year.bound === 'above' ? year.low : year.high)} cả năm (${formatMoney(kept)} một tháng)` : formatMoney(kept);
  const lowNote = year ? lowYearNote(column, `“${text}”`, kept / (perPerson ? 1 : Math.max(1, profile.members))) : '';
  return `Ô “${text}” ghi thu nhập ${said}, không phải một con số: dù là bao nhiêu trong khoảng này hộ cũng là ${low}, nên tính theo ${keptSaid}; nếu hộ có số chính xác, hãy ghi lại. ${lowNote}`;
}

/** An amount as a row says it was read: "8.000.000 đồng", "18.000.000 đồng cả năm (1.500.000 đồng mỗi tháng)". */
function amountRead({ said, value, period }: Amount): string {
  const perMonth = said === value ? '' : ` (${formatMoney(value)} mỗi tháng)`;
  return `${formatMoney(said)}${period === 'year' ? ' cả năm' : ''}${perMonth}`;
}

/** Whether a cell is ASCII digits alone, at least one ("3659759"). */
function onlyDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * How an income cell typed in words was read ("tám triệu", "tam trieu", "ba triệu rưỡi": "đọc là 8.000.000 đồng"), for its row:
 * the figure is never taken silently from words. "tam" typed without its marks is the digit "tám", not "tầm" (ABOUT_OR_DIGIT),
 * and the row says so; a figure typed short ("3tr5": unitTypedShort), its fraction after the unit, too. '' for a cell of digits
 * and units that say the figure whole ("1,5 triệu", "800k").
 */
function inWordsNote(text: string): string {
  const words = amountInWords(text);
  const short = words ? undefined : unitTypedShort(text);
  // Most cells (digits alone, "1.500.000đ") hold no unit: nothing read.
  if (short === undefined && !words && !/\d\s*[^\d\s.,]/.test(text)) return '';
  const parsed = parseAmount(text);
  if (!parsed.ok) return '';
  if (short === undefined && !words) return abbreviatedNote(text, parsed.amount);
  // "3tr5", "1cu2", "3 triệu 5": the digits after the unit are its fraction, said (was read unsaid, round 32).
  if (short !== undefined) {
    const unit = MONEY_UNIT_NAMES[MONEY_UNITS[short]!] ?? short;
    // The unit as typed ("tr", "triệu", "củ"), not folded.
    const typed = /\d\s*([^\d\s.,]+)\s*\d/u.exec(text)?.[1] ?? short;
    return `Ô “${text.trim()}” ghi tắt: đọc là ${amountRead(parsed.amount)} (chữ số sau “${typed}” là phần lẻ của ${unit}); nếu không đúng, hãy ghi số đầy đủ, ví dụ “${formatNumber(parsed.amount.said)}”. `;
  }
  const typed = text.trim().split(/\s+/).find((word) => ABOUT_OR_DIGIT[word.toLowerCase()] !== undefined);
  const both = typed === undefined ? undefined : ABOUT_OR_DIGIT[typed.toLowerCase()]!;
  const which = both ? ` (“${typed}” đọc là “${both.digit}”; nếu là “${both.about}”, tức khoảng, hãy ghi con số bằng chữ số, ví dụ “${both.about} 1 triệu”)` : '';
  return `Ô “${text.trim()}” ghi số tiền bằng chữ: đọc là ${amountRead(parsed.amount)}${which}; nếu không đúng, hãy ghi bằng chữ số. `;
}

/**
 * An income cell of digits and a unit typed short ("1,5tr", "800k", "2 củ") or a fraction of its unit ("1,2 triệu", "1.5tr"):
 * how it was read, as "3tr5" says it (round 34: was read unsaid; "2 triệu", "1.500 nghìn" written out are not said).
 */
function abbreviatedNote(text: string, amount: Amount): string {
  const found = unitAbbreviated(text, amount.said);
  if (!found) return '';
  const name = MONEY_UNIT_NAMES[MONEY_UNITS[found.unit]!]!;
  // The unit and the figure before it as typed ("tr", "1.5"), not folded.
  const typed = /(\d[\d.,]*)\s*([^\d\s.,/]+)/u.exec(text);
  const why = [
    found.short ? `“${typed?.[2] ?? found.unit}” là ${name}` : '',
    found.fraction && typed?.[1]?.includes('.') ? `dấu chấm trong “${typed[1]}” đọc là dấu thập phân` : '',
  ].filter(Boolean);
  return `Ô “${text.trim()}” ghi tắt: đọc là ${amountRead(amount)}${why.length > 0 ? ` (${why.join(', ')})` : ''}; nếu không đúng, hãy ghi số đầy đủ, ví dụ “${formatNumber(amount.said)}”. `;
}

/** Whether an income cell says its own period ("60 triệu/năm", "5 triệu/tháng"; "năm" alone may be the digit five: "năm triệu"). */
const periodOwn = ({ period, count }: Amount, text: string) => period === 'year' || count > 1 || wordsOf(text).split(' ').includes(MONTH_WORD);

/**
 * A range or a bound in an income column (looseIncome), per month: in a column of a year's income ("Tổng thu nhập năm": "20-24
 * triệu") ÷ 12 unless the cell says its own period; the figure a settled range is classified at (its higher end, a bound
 * above's lower), and the cell kept for rangedIncome.
 */
function rangeRead(found: CellRange, text: string, column: IncomeColumn, reading: IncomeReading): { value: number; note: string; ranged: RangedCell } {
  const year = reading.period === 'year' && !periodOwn(found.amount, text);
  const range = year ? { ...found.range, low: found.range.low / MONTHS_PER_YEAR, high: found.range.high / MONTHS_PER_YEAR } : found.range;
  const ranged: RangedCell = year ? { column, text, range, open: found.open, year: found.range } : { column, text, range, open: found.open };
  return { value: range.bound === 'above' ? range.low : range.high, note: '', ranged };
}

/**
 * A cell of an income column whose header gives a year or a unit: per month (a year's figure ÷ 12, exactly: the line is
 * compared to the đồng), and the working said in the row's reasons. A cell saying its own period keeps it. A range or a bound
 * ("20-24 triệu") is kept for its household (rangeRead).
 */
function readIncome(text: string, column: IncomeColumn, reading: IncomeReading, members: number): { value: number; note: string; ranged?: RangedCell; year?: number } {
  const whose = column === 'tong_thu_nhap' ? 'Tổng thu nhập của hộ' : 'Thu nhập bình quân mỗi người';
  let said: number;
  let unit = '';
  const bare = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (reading.scale !== 1 && bare) {
    // "1.200" in thousands is 1.200 × 1.000 (a dot or comma before three digits groups them); "1,5" in millions is 1,5.
    const grouped = reading.scale < 1e6 && bare[2]?.length === 3;
    if (reading.scale < 1e6 && bare[2] !== undefined && !grouped) {
      throw new RowError(column, `“${text}” có phần thập phân trong cột tính bằng ${formatNumber(reading.scale)} đồng (${text} × ${formatNumber(reading.scale)} đồng là chưa tới 10.000 đồng): chưa rõ ý; nếu là ${text} triệu, hãy ghi “${text} triệu”`);
    }
    said = Number(grouped ? `${bare[1]}${bare[2]}` : `${bare[1]}.${bare[2] ?? 0}`) * reading.scale;
    // A figure that reads as đồng too ("1500000" in a column of 1.000 đồng) is taken as the column's unit unless that makes
    // more than BATCH_DEFAULTS.scaledIncomeMaxPerPersonMonth a person a month (a year's total ÷ 12 ÷ members): a 7-person
    // household's 100.800 (1.000 đồng a year) is 1.200.000 đồng a person a month, not "quá lớn".
    const share = said / (reading.period === 'year' ? MONTHS_PER_YEAR : 1) / (column === 'tong_thu_nhap' ? members : 1);
    if (Number(bare[1]) >= BARE_DONG_MINIMUM && share > BATCH_DEFAULTS.scaledIncomeMaxPerPersonMonth) {
      const working = share === said ? '' : ` (${formatMoney(Math.round(share))} mỗi người mỗi tháng, quá ${formatMoney(BATCH_DEFAULTS.scaledIncomeMaxPerPersonMonth)})`;
      throw new RowError(column, `“${text}” theo đơn vị của cột (${formatNumber(reading.scale)} đồng) là ${formatMoney(said)}${working}, quá lớn; nếu ô đã ghi bằng đồng, hãy ghi “${text} đồng”`);
    }
    unit = `Ô “${text}” theo đơn vị của cột (${formatNumber(reading.scale)} đồng) là ${formatMoney(said)}. `;
  } else {
    const exact = /^\d+$/.test(text) ? parseMoney(text) : parseAmount(text);
    const cell = exact.ok ? null : spreadsheetAmount(text);
    // "khoảng 1 triệu", "tầm 1tr2", "~1.500.000": read as the chat reads them, and said to be the list's approximate figure.
    const loose = exact.ok || cell ? undefined : looseIncome(text, column);
    if (loose && 'range' in loose) return rangeRead(loose, text, column, reading);
    const approximate = loose;
    const parsed: AmountParse | typeof exact = approximate ? { ok: true, amount: approximate.amount } : exact;
    if (approximate) unit = approximate.note;
    if (cell) {
      said = cell.value;
      unit = cell.note;
    } else if (!parsed.ok) throw new RowError(column, parsed.question);
    else if ('amount' in parsed) {
      if (!approximate) unit = inWordsNote(text);
      // "60 triệu/năm", "5 triệu/tháng": the cell's own period.
      const { value } = parsed.amount;
      if (periodOwn(parsed.amount, text)) return { value, note: unit };
      said = value;
    } else said = parsed.value;
  }
  const monthly = reading.period === 'month' ? said : said / MONTHS_PER_YEAR;
  if (reading.scale !== 1 && bare && monthly > 0 && monthly < SCALED_MONTHLY_MINIMUM) {
    throw new RowError(column, `“${text}” theo đơn vị của cột (${formatNumber(reading.scale)} đồng) là ${formatMoney(monthly)} mỗi tháng, dưới ${formatMoney(SCALED_MONTHLY_MINIMUM)}: chưa rõ đơn vị; hãy ghi rõ, ví dụ “${text} triệu” hoặc số tiền bằng đồng`);
  }
  if (reading.period === 'month') return { value: said, note: unit };
  const value = monthly;
  return { value, note: `${unit}${whose} cả năm ${formatMoney(said)} ÷ 12 tháng = ${formatMoney(value)} mỗi tháng. ${lowYearNote(column, formatMoney(said), value / (column === 'tong_thu_nhap' ? members : 1))}`, year: said };
}

/** An income cell read as a year's by its column's name alone (the cell says no period): its figure in đồng, for monthInYear. */
interface YearCell {
  column: IncomeColumn;
  text: string;
  said: number;
}

/**
 * A figure under a year's income column ("Thu nhập bình quân/năm": "2.500.000") that reads as a month's rather (a cadre's
 * unit mix-up): a person's share ÷ 12 under BATCH_DEFAULTS.monthInYear.belowPerPersonMonth, the figure itself a month's
 * income (from BATCH_DEFAULTS.monthInYear.fromPerPersonMonth a person, not past READER_DEFAULTS.confirmIncomePerPersonFrom).
 * Its household read: the class at both (classAtIncome); one class, the row is classified as the column says and its note
 * says the doubt (unless lowYearNote said it); two, or one not settled, the row is refused with both and asks the cell to say
 * its period (round 42: was classified on the year's reading, unsaid from 100.000 đồng a person a month up). '' otherwise.
 */
function monthInYear(rules: RuleSet, { column, text, said }: YearCell, profile: HouseholdProfileInput): string {
  const perPerson = column === 'thu_nhap_binh_quan';
  const members = Math.max(1, profile.members);
  const share = (amount: number) => amount / (perPerson ? 1 : members);
  const year = said / MONTHS_PER_YEAR;
  const { belowPerPersonMonth, fromPerPersonMonth } = BATCH_DEFAULTS.monthInYear;
  if (!(share(year) < belowPerPersonMonth && share(said) >= fromPerPersonMonth && share(said) < READER_DEFAULTS.confirmIncomePerPersonFrom)) return '';
  const told = { date: profile.date ?? '', area: profile.area, members: profile.members, deprivations: [...(profile.deprivations ?? [])], unsure: [...(profile.unsure ?? [])] };
  const [asYear, asMonth] = [classAtIncome(rules, told, perPerson, year), classAtIncome(rules, told, perPerson, said)];
  const cell = `“${cellQuoted(text)}”`;
  const person = (amount: number, year: boolean) =>
    `${formatMoney(Math.round(share(amount)))} mỗi người mỗi tháng${perPerson ? (year ? ` (${formatMoney(said)} ÷ 12 tháng)` : '') : ` (${formatMoney(said)}${year ? ' ÷ 12 tháng' : ''} ÷ ${members} người)`}`;
  const doubt = `${cell} ở cột thu nhập cả năm là ${person(year, true)}, thấp bất thường; nếu là thu nhập một tháng thì là ${person(said, false)}: có thể ô ghi thu nhập tháng vào cột năm`;
  if (asYear !== undefined && asYear === asMonth) {
    return share(year) < BATCH_DEFAULTS.lowYearIncomePerPersonMonth ? '' : `Lưu ý: ${doubt}; đọc theo năm hay theo tháng hộ cũng là ${asYear}, nên xét theo tên cột (cả năm); hãy kiểm tra lại ô này. `;
  }
  const ends = asYear !== undefined && asMonth !== undefined ? `Đọc theo năm, hộ là ${asYear}; đọc theo tháng, hộ là ${asMonth}` : 'Hai cách đọc có thể cho kết quả khác nhau';
  throw new RowError(
    column,
    `${doubt}. ${ends}: chưa phân loại, không đoán. Hãy xem lại ô này: nếu là thu nhập mỗi tháng, ghi “${formatNumber(said)} đồng/tháng”; nếu đúng là cả năm, ghi “${formatNumber(said)} đồng/năm”`,
  );
}

/**
 * An implausibly low year's income (findings36 N36-12), `said` as the cell gave it, `perPerson` a person's a month: read as the
 * column says (a year), and said, never refused; '' when not that low.
 */
function lowYearNote(column: IncomeColumn, said: string, perPerson: number): string {
  if (!(perPerson > 0 && perPerson < BATCH_DEFAULTS.lowYearIncomePerPersonMonth)) return '';
  const whose = column === 'tong_thu_nhap' ? 'tổng thu nhập của hộ' : 'thu nhập bình quân mỗi người';
  return `Lưu ý: ${whose} cả năm ${said} là rất thấp (${formatMoney(Math.round(perPerson))} mỗi người mỗi tháng), có thể ô ghi thu nhập một tháng; đã tính là thu nhập cả năm theo tên cột, hãy kiểm tra lại. `;
}

/**
 * An area cell as communes write it: an alias of rules/areas.yaml (nt, tt, nông thôn, thành thị), else the place words
 * read as the chat reads them (the lexicon's placeAreaOf: "Xã Tân An", "Thôn 3", "P.7", "Q.3", "TT. Long Thành", "thị xã
 * Sơn Tây", "xã Tân Thành, TP Cà Mau"); 'both' ("phường/xã") and null ("Hà Nội") refuse the row, naming the column. A
 * region ("miền núi", "vùng cao": a kind of land, mountain provinces have wards too) is read by the words beside it ("xã miền
 * núi"), and alone is 'region': the row is refused, never counted as rural (findings36 N36-08).
 */
function areaReader(rules: RuleSet): (text: string) => 'rural' | 'urban' | 'both' | 'region' | null {
  return (text) => {
    const alias = rules.areaAliases.get(fold(text).replace(/\s+/g, '')) ?? areaNameShortened(rules, text);
    if (alias) return alias;
    const besides = areaBesidesRegions(text);
    return besides === undefined ? placeAreaOf(text) : (besides ?? 'region');
  };
}

/**
 * An area's name of rules/areas.yaml or its alias shortened with dots as cadres type it ("T.Thị", "Th.Thị", "N.Thôn",
 * "Thành T.", "tt.", "nt."): each piece the start of the name's word in its place, one at least cut short; undefined
 * otherwise (a place "Th.Xuân", "X.Đông" is the place reader's).
 */
function areaNameShortened(rules: RuleSet, text: string): Area | undefined {
  if (!text.includes('.')) return undefined;
  const pieces = fold(text).split(/[.\s]+/).filter(Boolean);
  if (pieces.length === 1) return rules.areaAliases.get(pieces[0]!);
  const shortens = (name: string) => {
    const words = fold(name).split(/\s+/);
    return words.length === pieces.length && pieces.every((piece, at) => words[at]!.startsWith(piece)) && pieces.some((piece, at) => piece !== words[at]);
  };
  return rules.areas.find((area) => shortens(area.name))?.id;
}

/** A cell's first word cut short before a dot ("Th.Xuân", "T.Hòa"), said as not read: its unit may be thôn, tổ or thị trấn; '' when none. */
function shortUnit(text: string): string {
  const short = /^\s*(\p{L}{1,3})\.\s*\p{L}/u.exec(text)?.[1];
  return short ? ` (chữ viết tắt “${short}.” chưa rõ là thôn, tổ, xã, phường hay thị trấn: hãy ghi đầy đủ, ví dụ “Thôn ${text.slice(text.indexOf('.') + 1).trim()}”)` : '';
}

/**
 * `read` remembered per column and distinct text, its RowError too (thrown again each time): at most
 * BATCH_DEFAULTS.maxRememberedCells per column, then that column's are forgotten all at once.
 */
function rememberedCells<C, T>(read: (text: string, column: C) => T): (text: string, column: C) => T {
  const byColumn = new Map<C, Map<string, T | RowError>>();
  return (text, column) => {
    let known = byColumn.get(column);
    if (!known) byColumn.set(column, (known = new Map()));
    let value = known.get(text);
    if (value === undefined) {
      try {
        value = read(text, column);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        value = error;
      }
      if (known.size >= BATCH_DEFAULTS.maxRememberedCells) known.clear();
      known.set(text, value);
    }
    if (value instanceof RowError) throw value;
    return value;
  };
}

/**
 * A classified household's data as one text (members, income, area, indicators, date…; lists in one order): two rows
 * of the same name and address are one household written twice only when this is the same too.
 */
function householdData(profile: HouseholdProfileInput): string {
  const sorted = (ids: readonly IndicatorId[] | undefined) => (ids ? [...ids].sort() : ids);
  return JSON.stringify({ ...profile, deprivations: sorted(profile.deprivations), unsure: sorted(profile.unsure) });
}

/** `read` remembered per distinct text (a list repeats a handful of dates, areas and indicator names); a text read as undefined is read again. */
function memoised<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined) return found;
    const value = read(text);
    known.set(text, value);
    return value;
  };
}

/**
 * Why an income cell that says whose income it is cannot be read in its column: a person's ("1,2 triệu/người", "mỗi
 * người") in the household's total, the household's ("5 triệu/hộ", "tổng 5 triệu", "cả hộ") per person; '' when it
 * says nothing of it or agrees. Only cells with more than digits get here.
 */
function wholeClash(text: string, column: IncomeColumn): string {
  if (column === 'tong_thu_nhap') {
    const parsed = parseAmount(text);
    return parsed.ok && parsed.amount.perPerson ? personInTotal(text) : '';
  }
  const words = wordsOf(text);
  return words.split(' ').includes('ho') || HOUSEHOLD_TOTAL_WORDS.some((phrase) => holdsPhrase(words, phrase))
    ? `“${text}” là thu nhập của cả hộ, nhưng cột này là thu nhập bình quân mỗi người: chưa rõ ý, không đoán; hãy ghi thu nhập mỗi người, hoặc ghi số này vào cột tổng thu nhập của hộ`
    : '';
}

/** Why a person's income ("1,2 triệu/người", "khoảng 1 triệu mỗi người") is not read in the household's total column. */
const personInTotal = (text: string) =>
  `“${text}” là thu nhập mỗi người, nhưng cột này là tổng thu nhập của hộ: chưa rõ ý, không đoán; hãy ghi tổng thu nhập của cả hộ, hoặc ghi số này vào cột thu nhập bình quân đầu người`;

/**
 * A day as Excel keeps it, a count of days from 30/12/1899 ("46357" = 01/12/2026), or from 01/01/1904 in a workbook of the
 * 1904 date system (`date1904`: "44895" = 01/12/2026), when the cell holds only that count and it falls in
 * BATCH_DEFAULTS.excelSerialYears; undefined otherwise (the cell is then read as a written date, or refused).
 */
function excelSerialDate(text: string, date1904: boolean): string | undefined {
  // Round 38: with the time of day Excel keeps after the point ("46310.35" = 15/10/2026 08:24, a date-and-time cell saved as General).
  if (!/^\d{5}(?:[.,]\d+)?$/.test(text)) return undefined;
  const day = excelSerialDay(Number(text.replace(',', '.')), date1904);
  const year = Number(day.slice(0, 4));
  return year >= BATCH_DEFAULTS.excelSerialYears.from && year <= BATCH_DEFAULTS.excelSerialYears.to ? day : undefined;
}

/**
 * A review date as cadres type it in a list, read by the lexicon's one date reader (dateTyped, a cell's forms): d/M/yyyy
 * with "/", "-" or "." between ("15-11-2026", "15.11.2026": round 18), the year first ("2026/11/15", "2026-11-15"), or a
 * two-digit year ("15/11/26": 20yy, `short` set so the row says how it was read); also "ngày 20 tháng 11 năm 2026" (parseUserDate);
 * null when it is no real day. The API and the chat keep dd/MM/yyyy (parseUserDate).
 */
function listDate(text: string): { date: string; short: boolean; time?: string } | null {
  // A date a commune's software exports with its midnight ("15/10/2026 00:00:00", "2026-10-15T00:00"): the day alone. Round
  // 38: another time of day ("15/10/2026 08:30", as Excel shows a date cell formatted with hours) is the day too, the time
  // kept to be said (was refused as "không có thật hoặc sai dạng").
  const clock = MIDNIGHT.test(text.trim()) ? null : CLOCK_AFTER_DATE.exec(text.trim());
  const trimmed = clock ? text.trim().slice(0, clock.index) : text.trim().replace(MIDNIGHT, '');
  const time = clock ? clock[0].replace(/^\s*T?/, '').trim() : undefined;
  const typed = dateTyped(trimmed, 'cell');
  // "ngày 20 tháng 11 năm 2026", as a form's sign-off writes it.
  if (!typed) {
    const date = clock ? null : parseUserDate(trimmed);
    return date === null ? null : { date, short: false };
  }
  // There is no year 0 ("15/11/0000", "0000-11-15").
  const date = typed.year === 0 ? undefined : realDate(typed.year, typed.month, typed.day);
  return date === undefined ? null : { date, short: typed.shortYear, ...(time ? { time } : {}) };
}

/** A date in a title line (folded): d/M/yyyy with "/", "-" or "." between, a two-digit year ("15/11/26"), or "ngày 15 tháng 11 năm 2026". */
const TITLE_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])|ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/gu;

/**
 * How a title line names its day (round 44 lists46): `review`, right after the review words ("Danh sách rà soát ngày …");
 * `titled`, after "ngày" at the end of a line naming the review further before ("… RÀ SOÁT NĂM 2026 THÔN 3 – NGÀY 15/11/2026");
 * `made`, the day the list was made ("Ngày lập danh sách: 15/11/2026"), used only when no line names the review's.
 */
export type TitleDateKind = 'review' | 'titled' | 'made';

/** The review day a title line names: as typed, the day (null: no real day), `short` for a two-digit year read as 20yy, how it is named. */
interface TitleDate {
  line: Line;
  typed: string;
  date: string | null;
  short: boolean;
  kind: TitleDateKind;
}

/**
 * The review days a title line above a list's header names ("Danh sách rà soát ngày 15/11/2026", "Ngày rà soát: 15-11-2026",
 * "Ngày rà soát:" | 15/11/2026 or Excel's day count in the cell beside it): each date right after the review words
 * (TITLE_REVIEW_DATE_BEFORE); after "ngày" further on in a line naming the review, with no other paper named between
 * (TITLE_REVIEW_WORDS, TITLE_OTHER_PAPER_WORDS); the day the list was made (TITLE_MADE_DATE_BEFORE). None for another
 * date of the title (a decision's, a sign-off's).
 */
function titleReviewDates(cells: readonly string[], line: Line, date1904: boolean): TitleDate[] {
  const shown = cells.map((cell) => {
    const trimmed = cell.trim();
    const serial = excelSerialDate(trimmed, date1904);
    return serial ? formatDate(serial) : trimmed;
  });
  const text = fold(shown.filter(Boolean).join(' '));
  const found: TitleDate[] = [];
  for (const match of text.matchAll(TITLE_DATE)) {
    const before = wordsOf(text.slice(0, match.index));
    const kind = titleDateKind(before);
    if (!kind) continue;
    const short = match[4]?.length === 2;
    const [day, month, year] = match[1] ? [match[1], match[3]!, match[4]!] : [match[5]!, match[6]!, match[7]!];
    const date = realDate(Number(year) + (short ? 2000 : 0), Number(month), Number(day)) ?? null;
    found.push({ line, typed: match[0], date: Number(year) === 0 ? null : date, short, kind });
  }
  return found;
}

/** How the words of a title line before a date (folded) name it (TitleDateKind), or undefined: no day of the list's. */
function titleDateKind(before: string): TitleDateKind | undefined {
  if (TITLE_REVIEW_DATE_BEFORE.test(before)) return 'review';
  if (TITLE_MADE_DATE_BEFORE.test(before)) return 'made';
  const review = TITLE_REVIEW_WORDS.exec(before);
  if (!review || !TITLE_DAY_WORD_BEFORE.test(before)) return undefined;
  const between = ` ${before.slice(review.index + review[0].length)} `;
  return TITLE_OTHER_PAPER_WORDS.some((words) => between.includes(` ${words} `)) ? undefined : 'titled';
}

/** A cell holding only question marks ("?", "??", "？"): the cell as written; else undefined. */
const questionOnly = (text: string): string | undefined => (/^[?？]+$/.test(text.trim()) ? text.trim() : undefined);

/** What a list's column should hold instead of "?", by its code. */
const INSTEAD_OF_QUESTION: Partial<Record<Column, string>> = {
  khu_vuc: 'khu vực của hộ: nông thôn (hoặc nt, xã) hay thành thị (hoặc tt, phường)',
  so_nguoi: 'số nhân khẩu của hộ bằng chữ số (ví dụ 4)',
  thu_nhap_binh_quan: 'thu nhập bình quân mỗi người mỗi tháng bằng con số (ví dụ 1.500.000 hoặc 1,5 triệu); chưa biết chính xác thì hỏi hộ và ghi con số gần đúng nhất',
  tong_thu_nhap: 'tổng thu nhập của cả hộ bằng con số (ví dụ 6.000.000 hoặc 6 triệu); chưa biết chính xác thì hỏi hộ và ghi con số gần đúng nhất',
  thieu_hut: 'tên các chỉ số hộ thiếu hụt (ví dụ “bhyt, nước sinh hoạt”), hoặc để trống nếu hộ không thiếu hụt chỉ số nào',
  khong_ro: 'tên các chỉ số chưa rõ (ví dụ “bhyt”), hoặc để trống',
  so_chi_so: 'số chỉ số thiếu hụt của hộ bằng chữ số (ví dụ 2; 0 nếu không thiếu hụt chỉ số nào)',
  ngay: 'ngày xét theo dạng dd/MM/yyyy (ví dụ 15/10/2026), hoặc để trống để dùng ngày xét chung của lần kiểm tra',
};

/**
 * The refusal of a row for a cell of only "?" under `error`'s column (a mark column's `mark`): unknown, not guessed, and what to
 * write. A mark column's own refusal already says which marks it reads; a "?" there may be a ✓ an encoding without it lost.
 */
function questionRefusal(written: string, error: RowError, mark: MarkColumn | undefined, instead = INSTEAD_OF_QUESTION[error.column as Column]): string {
  if (mark) return mark.term ? error.message : `${error.message} (nếu ô vốn ghi ✓, dấu ấy đã mất khi tệp được lưu bằng bảng mã không có dấu ✓: hãy ghi x)`;
  return `ô ghi “${written}”, tức là chưa biết: không đoán, dòng chưa được phân loại; hãy ghi ${instead ?? 'đúng nội dung của cột này'}`;
}

/** What a member's row of a member list should hold instead of "?" in the household income column, where each member's own income is summed. */
const MEMBER_INCOME_INSTEAD = 'thu nhập riêng của người này bằng con số (ví dụ 2.000.000 hoặc 2 triệu), hoặc để trống nếu người này không có thu nhập; chưa biết chính xác thì hỏi hộ và ghi con số gần đúng nhất';

/**
 * A member's row (not the household's first) refused for a cell of only "?" under `error`'s column (its lacks, a mark column):
 * said as a household row's "?" is (questionRefusal), naming the member's row (round 39; was the column's general refusal,
 * "“?” là một dấu đánh", naming no row). Any other error as it is.
 */
function memberQuestion(error: unknown, row: MemberRow, marks: readonly MarkColumn[]): unknown {
  if (!(error instanceof RowError)) return error;
  const mark = marks.find((one) => one.header === error.column);
  const written = questionOnly(mark ? (row.cells[mark.index] ?? '') : error.column === 'thieu_hut' ? row.listed : '');
  return written ? new RowError(error.column, `dòng ${row.line} (thành viên của hộ): ${questionRefusal(written, error, mark)}`, error.remarks) : error;
}

/** A row of a household written one row per member: its line, cells, and its deprivation list cell. */
interface MemberRow {
  line: number;
  cells: readonly string[];
  listed: string;
}

/** A mark and a note beside it in one cell: "x (hết hạn)", "x - chưa có thẻ", "x, sông suối" (the mark one word or sign). */
const MARK_WITH_NOTE = /^(\S+?)\s*(?:\(([^()]*[\p{L}][^()]*)\)|(?:\s[-–]\s*|[,;:]\s*)(.*[\p{L}].*))$/u;

/** An income cell with a note in brackets after its figure: "1.200.000 (ước)", "1tr2 (làm thuê)". */
const INCOME_WITH_NOTE = /^(.*\d.*?)\s*\(([^()]*\p{L}[^()]*)\)\s*$/u;
/** Words in such a note that may change what the figure is: whose it is ("2 người", "cả hộ", "bình quân"). */
const INCOME_NOTE_CHANGES: readonly string[] = [...HOUSEHOLD_TOTAL_WORDS, ...PER_PERSON_PHRASES, ...MEMBER_NOUNS, 'ho'];

/** A row's notes of mark cells when the list has no mark column: never written to (markedIn returns first). */
const NO_NOTES: string[] = [];

/** The reader of one list: dates, areas and indicator lists are each read once per distinct text. */
/** One row's income cells as they are read: the list's readings by column, the members cell, and what the reading adds to the row's note and range. */
interface IncomeWork {
  readonly incomes: ReadonlyMap<IncomeColumn, IncomeReading> | undefined;
  readonly membersText: string;
  note: string;
  ranged: RangedCell | undefined;
  /** An income cell read as a year's by its column's name alone, checked once its household is read (monthInYear). */
  year?: YearCell;
  /** A date cell giving a month alone ("12/2026"): read as its first day, kept only if its last day gives the same result. */
  month?: MonthOnly;
  /** The figure under a month's column may be a year's (yearInMonth said it in the note): counted in the summary. */
  yearly?: boolean;
}

/** A month written alone in a date cell: as typed, "MM/yyyy", its first and last days (ISO). */
interface MonthOnly {
  typed: string;
  said: string;
  first: string;
  last: string;
}

function profileReader(rules: RuleSet, defaultDate: string, readIndicators: ReturnType<typeof indicatorReader>, facts?: WorkbookFacts) {
  /** A day kept as Excel's count of days, counted as the workbook counts them (a CSV: from 30/12/1899). */
  const serialDate = (text: string) => excelSerialDate(text, facts?.date1904 === true);
  const readDate = memoised(listDate);
  const readArea = memoised(areaReader(rules));
  const clashIn: Record<IncomeColumn, (text: string) => string> = {
    thu_nhap_binh_quan: memoised((text) => wholeClash(text, 'thu_nhap_binh_quan')),
    tong_thu_nhap: memoised((text) => wholeClash(text, 'tong_thu_nhap')),
  };
  const indicatorReaders = { thieu_hut: memoised((text) => readIndicators.cell(text, 'thieu_hut')), khong_ro: memoised((text) => readIndicators.cell(text, 'khong_ro')) };
  /** Each mark column's cells read once per distinct text (a list repeats '', 'x', '✓' on every row; review5 S13). */
  const says = (text: string, indicator: IndicatorId) => indicatorCellSays(text, indicator, rules, defaultDate);
  const mayLack = (text: string, indicator: IndicatorId) => {
    const read = everydayCell(text, rules, defaultDate, [indicator]);
    return read.deprived.size === 0 && listedLacks(read)?.[0] === indicator;
  };
  /** The indicators' texts on a date, their parameters filled ("từ 6 tuổi trở lên"), for how a cell in words was read. */
  const inForceOn = memoised((date: string) => new Map(indicatorsFor(rules, date).map((indicator) => [indicator.id, indicator])));
  // The rule a thing meeting the indicator only sometimes is told with: what counts (rules `counts`), else the bracket of its
  // question ("Nước máy, giếng khoan, giếng đào có bảo vệ là nước hợp vệ sinh; …"), else its legalSummary.
  const unmet = (text: string, indicator: IndicatorId) => {
    const asked = indicatorCellUnmet(text, indicator, rules, defaultDate);
    if (!asked) return undefined;
    const defined = inForceOn(defaultDate).get(indicator) ?? rules.indicatorById.get(indicator)!;
    const rule = defined.counts ?? /\(([^()]+)\)\s*$/.exec(defined.question)?.[1] ?? defined.legalSummary;
    return { name: defined.name, rule: rule.replace(/\.$/, ''), ...asked };
  };
  const markWords: MarkWords = { says, mayLack, unmet };
  /**
   * The indicator a mark column's cell says the household lacks, or false. Under a service's column ("Nhà ở": chất lượng and
   * diện tích), a cell saying one of its indicators' lacks is that one ("chật", "chật hẹp" the floor area; "dột nát" the quality).
   */
  const markRead = (text: string, column: MarkColumn): { id: IndicatorId | false; words: boolean } => {
    if (column.service && typeof column.indicator === 'string' && text.trim() !== '') {
      const subject = MARK_CELL_SUBJECTS[column.indicator];
      const named = column.service.filter((id) => says(text, id) === true || (subject !== undefined && says(`${subject} ${text}`, id) === true));
      if (named.length === 1) return { id: named[0]!, words: true };
    }
    const read = shorthandMarked(text, column);
    return { id: read.lack ? (column.indicator as IndicatorId) : false, words: read.words };
  };
  /**
   * A mark cell with a note beside its mark (round 25: "x (hết hạn)", "x - chưa có thẻ", "x, sông suối"; tried only when the
   * cell as a whole does not read): the mark and the note each read under the column; the same reading is taken and said in
   * ly_do; a note saying the other, one not read or one with a figure refuses the row naming the note and asking to keep notes
   * in "Ghi chú".
   */
  const notedMark = (text: string, column: MarkColumn): { id: IndicatorId | false; words: boolean } => {
    try {
      return markRead(text, column);
    } catch (error) {
      const noted = error instanceof RowError ? MARK_WITH_NOTE.exec(text.trim()) : null;
      if (!noted) throw error;
      const [mark, note] = [noted[1]!, noted[2] ?? noted[3]!];
      const byMark = markRead(mark, column);
      if (byMark.words) throw error;
      const keep = `hãy chỉ ghi dấu ở ô này (x nếu hộ thiếu hụt chỉ số này, để trống nếu không) và ghi chú ở cột Ghi chú`;
      // A note with a figure ("hết hạn 31/12/2026", "2 người chưa có") may say what the mark does not: never read for it.
      const byNote = /\d/.test(note) ? undefined : (() => {
        try {
          return markRead(note, column);
        } catch {
          return undefined;
        }
      })();
      if (!byNote) throw new RowError(column.header, `“${text.trim()}” ghi dấu “${mark}” kèm ghi chú “${note}”, chưa rõ ghi chú có đổi ý của dấu không: ${keep}`);
      if ((byMark.id === false) !== (byNote.id === false)) {
        const [saysMark, saysNote] = byMark.id === false ? ['không thiếu hụt', 'thiếu hụt'] : ['thiếu hụt', 'không thiếu hụt'];
        throw new RowError(column.header, `“${text.trim()}”: dấu “${mark}” là ${saysMark} nhưng ghi chú “${note}” là ${saysNote}: ${keep}`);
      }
      return { id: byMark.id === false ? false : byNote.id || byMark.id, words: true };
    }
  };
  const markOf = rememberedCells(notedMark);
  /**
   * A BHYT cell in words read as the lack, said of small children only ("1 cháu 3 tuổi chưa có", "con 2 tuổi chưa làm thẻ"; round
   * 44 lists46: was the household's lack): the chat's reader of the same words (understandHousehold, youngUninsuredNote) on the
   * row's date. `under`: every child told is under health_insurance_min_age, no lack, its note (the rule and the card the state
   * pays for them); `untold`: their ages not told, asked. Undefined for any other cell.
   */
  const youngUninsured = memoised((key: string): { verdict: 'under' | 'untold'; note: string } | undefined => {
    const [text, date] = key.split('\0') as [string, string];
    const folded = fold(text);
    const read = understandHousehold(/bhyt|bao hiem/.test(folded) ? text : `${text} bhyt`, rules, date);
    const { deprivations, unsure } = read.understood;
    if (deprivations.includes('health_insurance')) return undefined;
    const note = read.notes.find((said) => said.includes('thẻ bảo hiểm y tế') && said.includes('tuổi trở lên'));
    if (!note) return undefined;
    return { verdict: unsure.includes('health_insurance') ? 'untold' : 'under', note };
  });
  /**
   * A mark cell read with the list's shorthand written out ("không HVS", "HVS": hợp vệ sinh; INDICATOR_ABBREVIATIONS, as its
   * headers); when that does not read, as typed (a refusal says the cadre's own words).
   */
  const shorthandMarked = (text: string, column: MarkColumn): CellMark => {
    const words = wordsOf(text);
    const expanded = shorthandWords(words);
    if (expanded !== words) {
      try {
        return marked(expanded, column, markWords);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
      }
    }
    return marked(text, column, markWords);
  };
  /**
   * How a mark cell in words was read, for the row's ly_do (round 23: "nhà cấp 4", "có thẻ", "hết hạn" were refused; read, the
   * cadre sees what was counted and against which rule): the indicator, lacking or not, and when it lacks (its legalSummary).
   */
  const saidIn = (column: MarkColumn, text: string, id: IndicatorId, lack: boolean, date: string, line?: number, because = ''): string => {
    const indicator = inForceOn(date).get(id) ?? rules.indicatorById.get(id)!;
    const when = inForceOn(date).has(id) ? ` (thiếu hụt khi ${indicator.legalSummary.charAt(0).toLowerCase()}${indicator.legalSummary.slice(1).replace(/\.$/, '')})` : '';
    const where = line === undefined ? '' : ` ở dòng ${line}`;
    return `Cột “${column.header}”${where} ghi “${text.trim()}”: ${because}đọc là ${lack ? 'thiếu hụt' : 'không thiếu hụt'} chỉ số “${indicator.name}”${when}${lack ? '' : '; nếu hộ thiếu hụt chỉ số này, hãy ghi x'}. `;
  };
  /**
   * A cell giving the last day of a card's term (OWN_COLUMN_CELLS term: "còn hạn đến 31/12/2026", "het han 30/6/2026"), read
   * against the row's review date `date`: in force that day (the last day included) is no lack, ended before it is the lack,
   * whatever its words say ("hết hạn 31/12/2026" on 04/12/2026 is a card still in force). Its last month ("12/2026", "hết hạn
   * 6/2026"): after the review date's month in force, before it ended, the same month asked (the day not known). A day or a
   * month alone ("31/12/2026", round 25) still to come is the card's last; one past is asked (it may be the day of issue).
   * Undefined for any other cell.
   */
  const termOf = (text: string, column: MarkColumn, date: string): { lack: boolean; because: string } | undefined => {
    const term = typeof column.indicator === 'string' ? OWN_COLUMN_CELLS[column.indicator]?.term : undefined;
    if (!term || !/\d/.test(text)) return undefined;
    // A day kept by Excel as its number ("47483": a cell formatted General, a CSV saved from it) under the card's term: read as
    // that day, said (round 26: refused as "không rõ là có thiếu hụt hay không", asking for an x).
    const serial = column.term ? serialDate(text.trim()) : undefined;
    if (serial) {
      const read = termOf(formatDate(serial), column, date)!;
      return { lack: read.lack, because: `đó là ngày theo cách Excel lưu (số ngày), đọc là ${formatDate(serial)}; ${read.because}` };
    }
    const dated = dateTyped(text, 'sentence');
    const written = dated ?? monthTyped(text);
    if (!written || /[\p{L}\d]/u.test(text.slice(written.index + written.typed.length))) return undefined;
    const words = wordsOf(text.slice(0, written.index)).split(' ').filter(Boolean);
    while (words.length > 0 && term.joins.includes(words.at(-1)!)) words.pop();
    const alone = words.length === 0;
    if (!alone && !term.before.includes(words.join(' '))) return undefined;
    const typed = text.trim();
    const retype = 'hãy ghi ngày hết hạn của thẻ (dd/MM/yyyy), hoặc ghi x nếu hộ thiếu hụt chỉ số này';
    let lack: boolean;
    let end: string;
    if (dated) {
      const day = dated.year === 0 ? undefined : realDate(dated.year, dated.month, dated.day);
      if (!day) throw new RowError(column.header, `ngày “${dated.typed}” trong “${typed}” không có thật: ${retype}`);
      lack = day < date;
      end = `ngày ${formatDate(day)}`;
    } else {
      const month = `${written.year}-${String(written.month).padStart(2, '0')}`;
      end = `tháng ${month.slice(5)}/${written.year}`;
      if (month === date.slice(0, 7)) {
        throw new RowError(column.header, `“${typed}” là tháng hết hạn của thẻ, cùng tháng với ngày xét ${formatDate(date)}: chưa rõ thẻ còn hạn vào ngày xét không; ${retype}`);
      }
      lack = month < date.slice(0, 7);
    }
    if (lack && alone && !column.term) {
      throw new RowError(
        column.header,
        `ô chỉ ghi “${typed}”, trước ngày xét ${formatDate(date)}: chưa rõ là ngày thẻ hết hạn (thì hộ thiếu hụt) hay ngày cấp thẻ; nếu thẻ đã hết hạn, hãy ghi x hoặc “hết hạn ${typed}”; nếu thẻ còn hạn, hãy ghi “còn hạn đến” và ngày hết hạn in trên thẻ`,
      );
    }
    const read = alone ? `ô chỉ ghi ${dated ? 'ngày' : 'tháng'}, đọc là hạn của thẻ: ` : '';
    const because = lack
      ? `thẻ hết hạn ${end}, trước ngày xét ${formatDate(date)}, nên `
      : `${read}thẻ có hạn đến ${end.replace(/^ngày /, '')}, vẫn còn hạn vào ngày xét ${formatDate(date)}, nên `;
    return { lack, because };
  };
  /**
   * The indicators marked in their own columns, added to the deprivation column's; `said` gets how each cell in words was read
   * (saidIn), of the row dated `date` (a member's `line`); never written to without mark columns (`said` may be NO_NOTES).
   */
  const markedIn = (marks: readonly MarkColumn[], cells: readonly string[], listed: IndicatorId[], said: string[], date: string, line?: number): IndicatorId[] => {
    if (marks.length === 0) return listed;
    const found: IndicatorId[] = [];
    const terms: { column: MarkColumn; text: string; lack: boolean; said: number }[] = [];
    const written: { column: MarkColumn; text: string; id: IndicatorId; lack: boolean }[] = [];
    for (const column of marks) {
      const text = cells[column.index] ?? '';
      const term = termOf(text, column, date);
      if (term) {
        if (term.lack) found.push(column.indicator as IndicatorId);
        terms.push({ column, text, lack: term.lack, said: said.length });
        said.push(saidIn(column, text, column.indicator as IndicatorId, term.lack, date, line, term.because));
        continue;
      }
      const mark = markOf(text, column);
      const young = mark.id === 'health_insurance' && mark.words ? youngUninsured(`${text.trim()}\0${date}`) : undefined;
      if (young?.verdict === 'untold') {
        const minAge = thresholdsOn(rules, date).health_insurance_min_age;
        throw new RowError(
          column.header,
          `“${cellQuoted(text.trim())}”: chưa rõ tuổi của trẻ chưa có thẻ, mà chỉ số bảo hiểm y tế chỉ tính thành viên từ ${minAge?.value} tuổi trở lên${minAge ? ` (${STATUS_LABELS[minAge.status]})` : ''}; không đoán. Hãy ghi tuổi của trẻ (ví dụ “1 cháu 3 tuổi chưa có”), hoặc ghi x nếu có thành viên từ tuổi ấy trở lên chưa có thẻ`,
        );
      }
      if (young) {
        said.push(saidIn(column, text, 'health_insurance', false, date, line, `${young.note}; nên `));
        written.push({ column, text: text.trim(), id: 'health_insurance', lack: false });
        continue;
      }
      if (mark.id !== false) found.push(mark.id);
      if (mark.words) said.push(saidIn(column, text, mark.id === false ? (column.indicator as IndicatorId) : mark.id, mark.id !== false, date, line));
      // “có”/“không” under a bare card column (“BHYT”, no “Thiếu hụt” over it): the card had or not, said in the row, where the
      // result file keeps it (round 33; was in the notes only, on stderr).
      else if (column.held && (HAS_MARKS.includes(wordsOf(text)) || HAS_NOT_MARKS.includes(wordsOf(text)))) {
        const { name, names } = heldSaid(column);
        const because = `cột chỉ ghi tên ${names} nên “có” là hộ có ${name}, “không” là hộ không có ${name} (nếu ở cột này “có” là đánh dấu hộ thiếu hụt, hãy đặt tên cột “Thiếu hụt ${column.header}”); `;
        said.push(saidIn(column, text, column.indicator as IndicatorId, mark.id !== false, date, line, because));
      }
      // A cell that says something (not empty, not "-"), to set against the card's term of the same indicator.
      if (typeof column.indicator === 'string' && text.trim() !== '' && !NONE_SIGNS.includes(text.trim())) {
        written.push({ column, text: text.trim(), id: mark.id === false ? column.indicator : mark.id, lack: mark.id !== false });
      }
    }
    for (const term of terms) {
      const other = written.find((cell) => cell.id === term.column.indicator && cell.lack !== term.lack);
      if (other) said[term.said] = termDisagrees(other, term, date, line);
    }
    return found.length === 0 ? listed : [...new Set([...listed, ...found])];
  };
  /**
   * A row whose card's term (“Hạn thẻ BHYT”) and another cell of the same indicator (“BHYT” x, “BHYT (có/không)” có) disagree
   * (round 26: the lack was counted, the card in force said beside it, the disagreement unsaid): both cells named, and the lack
   * kept, why said: the household lacks when one member has no card in force, which a card in force does not rule out (it may be
   * one member's), and a card ended before the review date is no insurance that day.
   */
  const termDisagrees = (
    cell: { column: MarkColumn; text: string; id: IndicatorId; lack: boolean },
    term: { column: MarkColumn; text: string; lack: boolean },
    date: string,
    line?: number,
  ): string => {
    const name = (inForceOn(date).get(cell.id) ?? rules.indicatorById.get(cell.id)!).name;
    const where = line === undefined ? '' : ` ở dòng ${line}`;
    const serial = term.column.term ? serialDate(term.text.trim()) : undefined;
    const day = serial ? ` (ngày ${formatDate(serial)} theo cách Excel lưu số ngày)` : '';
    const both = `Cần xem lại: cột “${cell.column.header}”${where} ghi “${cell.text}” (${cell.lack ? 'thiếu hụt' : 'không thiếu hụt'}) nhưng cột “${term.column.header}” ghi “${term.text.trim()}”${day}`;
    return cell.lack
      ? `${both}, thẻ còn hạn vào ngày xét ${formatDate(date)}: hai ô không khớp. Hộ được tính là thiếu hụt chỉ số “${name}” theo ô “${cell.text}”, vì chỉ cần một thành viên không có thẻ là hộ thiếu hụt, một thẻ còn hạn không cho biết mọi thành viên đều có thẻ; nếu mọi thành viên đều có thẻ còn hạn, hãy ${cell.column.has ? 'ghi “có”' : `xóa “${cell.text}”`} ở cột “${cell.column.header}”. `
      : `${both}, thẻ hết hạn trước ngày xét ${formatDate(date)}: hai ô không khớp. Hộ được tính là thiếu hụt chỉ số “${name}” theo hạn thẻ, vì thẻ hết hạn thì vào ngày xét người ấy không có bảo hiểm; nếu thẻ đã được gia hạn, hãy ghi hạn mới. `;
  };
  /**
   * A household of several rows, one per member (`rows`, its first row first): the indicators marked on its rows, each
   * counted as rules/indicators.yaml memberMarks says: any_member and household, marked on any row; every_member and
   * dependant_share, on every row, and marked on some rows only, not guessed: "chưa rõ", said in the note.
   */
  const membersMarks = (rows: readonly MemberRow[], read: (row: MemberRow) => IndicatorId[]): { deprived: IndicatorId[]; unsure: IndicatorId[]; note: string } => {
    const byRow = rows.map(read);
    const deprived: IndicatorId[] = [];
    const unsure: IndicatorId[] = [];
    const notes: string[] = [];
    for (const id of new Set(byRow.flat())) {
      const lines = rows.filter((_, index) => byRow[index]!.includes(id)).map((row) => row.line);
      const indicator = rules.indicatorById.get(id)!;
      const place = `“${indicator.name}” đánh dấu ở dòng ${lines.join(', ')} (${lines.length}/${rows.length} thành viên)`;
      if (indicator.memberMarks === 'any_member' || indicator.memberMarks === 'household' || lines.length === rows.length) {
        deprived.push(id);
        if (lines.length < rows.length && lines[0] !== rows[0]!.line) notes.push(`${place}: hộ thiếu hụt chỉ số này (${indicator.memberMarks === 'household' ? 'điều kiện của cả hộ' : 'chỉ cần một thành viên'}).`);
        continue;
      }
      unsure.push(id);
      const needs =
        indicator.memberMarks === 'dependant_share'
          ? 'chỉ số này xét tỷ lệ người phụ thuộc trên số nhân khẩu, dấu của một vài người chưa đủ để biết'
          : 'chỉ số này chỉ thiếu hụt khi không thành viên nào đạt, dấu ở một vài người chưa đủ để biết';
      notes.push(`${place}: ${needs}; để “chưa rõ”, không đoán. Hãy đánh dấu ở mọi dòng của hộ nếu hộ thiếu hụt, hoặc để trống nếu không.`);
    }
    return { deprived, unsure, note: notes.length > 0 ? `${notes.join(' ')} ` : '' };
  };
  /** An income cell read under its column's period or unit; its note and a range go to the row's `work` (one object a row, no closures). */
  const incomeOf = (work: IncomeWork, text: string, column: IncomeColumn): number => {
    const reading = work.incomes?.get(column) ?? MONTHLY;
    if (reading.vague) throw new RowError(column, reading.vague);
    const none = noIncomeCell(text, column);
    if (none !== undefined) {
      work.note += none;
      return 0;
    }
    // A cell saying whose income it is ("1,2 triệu/người", "5 triệu/hộ"): against its column's, refused (not guessed).
    if (/[^\d\s.,]/.test(text)) {
      const clash = clashIn[column](text);
      if (clash) throw new RowError(column, clash);
    }
    if (reading === MONTHLY) {
      const parsed = parseMoney(text);
      if (parsed.ok) {
        // Digits alone ("3659759": most list cells) hold no word and no unit typed short: inWordsNote says nothing (three
        // regular expressions a row spared).
        if (!onlyDigits(text)) work.note += inWordsNote(text);
        return parsed.value;
      }
      const cell = spreadsheetAmount(text);
      const loose = cell ? undefined : looseIncome(text, column);
      // "1-1,5 triệu", "dưới 1 triệu", "trên 2tr": both ends kept, decided once the household is read (rangedIncome).
      if (loose && 'range' in loose) {
        const { ranged } = rangeRead(loose, text, column, reading);
        work.ranged = ranged;
        return ranged.range.bound === 'above' ? ranged.range.low : ranged.range.high;
      }
      if (loose) {
        work.note += loose.note;
        return loose.amount.value;
      }
      if (!cell) throw new RowError(column, parsed.question);
      work.note += cell.note;
      return cell.value;
    }
    const read = readIncome(text, column, reading, Math.max(1, Number(work.membersText)));
    work.note += read.note;
    if (read.ranged) work.ranged = read.ranged;
    if (read.year !== undefined) work.year = { column, text, said: read.year };
    return read.value;
  };
  /**
   * An income cell, and when it does not read, one with a note in brackets after its figure (round 25: "1.200.000 (ước)",
   * "1tr2 (làm thuê)"): the figure read alone and the note said in ly_do ("ước", "khoảng": an approximate figure); a note
   * that may change the figure (a number, a period, whose income: "(2 người)", "(năm)", "(cả hộ)") refuses the row naming it.
   */
  const income = (work: IncomeWork, text: string, column: IncomeColumn): number => {
    try {
      return incomeOf(work, text, column);
    } catch (error) {
      const noted = error instanceof RowError && error.column === column ? INCOME_WITH_NOTE.exec(text) : null;
      if (!noted) throw error;
      const [figure, remark] = [noted[1]!.trim(), noted[2]!.trim()];
      const words = wordsOf(remark);
      // The note is free text: quoted masked (round 41: "sđt 0987654321", "bị ung thư" were quoted whole).
      const [said, saidRemark] = [cellQuoted(text), cellQuoted(remark)];
      if (/\d/.test(remark) || words.split(' ').some((word) => PERIOD_WORDS[word] !== undefined) || INCOME_NOTE_CHANGES.some((phrase) => holdsPhrase(words, phrase))) {
        throw new RowError(column, `“${said}” có ghi chú trong ngoặc “${saidRemark}” có thể đổi ý của số tiền (kỳ, số người, của ai): chưa rõ, không đoán; hãy chỉ ghi số tiền ở ô này (ví dụ “${figure}”) và ghi chú ở cột Ghi chú`);
      }
      const value = incomeOf(work, figure, column);
      const approximate = APPROXIMATE_WORDS.includes(words);
      const about = approximate ? 'con số ước chừng, không phải số chính xác' : 'ghi chú không dùng để xét';
      work.note += `Ô “${said}” có ghi chú trong ngoặc “${saidRemark}” (${about}): đọc số tiền “${figure}”; ${approximate ? 'nếu hộ có số chính xác, hãy ghi lại' : 'ghi chú nên để ở cột Ghi chú'}. `;
      return value;
    }
  };
  /** A household's profile, and the working of an income read with its header's period or unit (said in its reasons). */
  const profileOf = (
    work: IncomeWork,
    cell: (column: Column) => string,
    marks: readonly MarkColumn[],
    cells: readonly string[],
    members?: readonly MemberRow[],
  ): { profile: HouseholdProfileInput; note: string; total?: number } => {
    const { incomes, membersText } = work;
    // A formula's error saved to CSV: said as one (round 41: was “Mình chưa hiểu số tiền “#VALUE!””, as if typed so).
    for (const column of FIGURE_COLUMNS) {
      const text = cell(column).trim();
      if (EXCEL_ERROR.test(text)) {
        throw new RowError(column, `ô ghi “${text}”: đó là lỗi công thức của Excel (công thức tính ô này bị lỗi khi tệp được lưu), không có số liệu để xét; hãy mở tệp gốc trong Excel, sửa công thức hoặc ghi số, lưu lại rồi kiểm tra lại`);
      }
    }
    const areaText = cell('khu_vuc');
    // A row of a name only (its figures not yet filled in): every empty cell said at once, not the area alone (round 40).
    if (areaText === '' && membersText === '' && cell('thu_nhap_binh_quan') === '' && cell('tong_thu_nhap') === '') {
      throw new RowError('khu_vuc', NAME_ONLY_ROW);
    }
    const area = readArea(areaText);
    if (area === null || area === 'both' || area === 'region') {
      const what =
        areaText === ''
          ? 'chưa ghi khu vực'
          : area === 'both'
            ? `khu vực “${areaText}” có cả từ chỉ nông thôn (xã, thôn) và thành thị (phường, thị trấn): chưa rõ là nông thôn hay thành thị`
            : area === 'region'
              ? `“${areaText}” là vùng, không cho biết nông thôn hay thành thị (vùng núi có cả xã và phường): chưa phân loại`
              : `khu vực “${areaText}” không rõ là nông thôn hay thành thị${shortUnit(areaText)}`;
      throw new RowError('khu_vuc', `${what} (ghi nt, nông thôn hoặc xã; tt, thành thị hoặc phường)`);
    }
    if (areaNameShortened(rules, areaText)) work.note += `Ô khu vực “${areaText}” ghi tắt: đọc là ${rules.areas.find((one) => one.id === area)!.name.toLowerCase()}; nếu không đúng, hãy ghi đầy đủ. `;
    if (membersText === '') throw new RowError('so_nguoi', 'chưa ghi số người (ô trống): hãy ghi số nhân khẩu của hộ bằng chữ số (ví dụ 4)');
    if (!/^\d+$/.test(membersText)) throw new RowError('so_nguoi', `số người “${cellQuoted(membersText)}” phải là số nguyên lớn hơn 0, viết bằng chữ số (ví dụ 4)`);
    const dateText = cell('ngay');
    // A date kept by Excel as its day number (a cell formatted "General", a CSV saved from it: "46357"): read as that day, said.
    const serial = dateText ? serialDate(dateText) : undefined;
    const written = serial || !dateText ? undefined : readDate(dateText);
    let date = serial ?? (dateText ? written?.date : defaultDate);
    if (!date) {
      // "11/25/2026": month first (no month 25), not guessed; the day it would be said (was: only "sai dạng").
      const monthFirst = written === null ? monthFirstOnly(dateText) : undefined;
      // A month alone ("T1/2027", "tháng 11/2026", "12/2026"; round 34: said only "sai dạng"): no day guessed, the month said.
      const month = monthFirst ? undefined : monthTyped(dateText);
      const rest = month ? dateText.slice(0, month.index) + dateText.slice(month.index + month.typed.length) : '';
      // Read as its first day; the row compares it with the month's last day (round 42: was refused, no day guessed).
      const first = month && !/\d/.test(rest) && rest.replace(/[^\p{L}]/gu, '').length <= 6 ? realDate(month.year, month.month, 1) : undefined;
      if (!first) {
        throw new RowError('ngay', `ngày “${cellQuoted(dateText)}” không có thật hoặc sai dạng (dd/MM/yyyy)${monthFirst ? `; nếu ô ghi tháng trước ngày, đó là ngày ${formatDate(monthFirst)}: hãy ghi ${formatDate(monthFirst)}` : ''}`);
      }
      date = first;
      work.month = { typed: dateText.trim(), said: first.slice(5, 7) + '/' + first.slice(0, 4), first, last: addDays(addDays(first, 31).slice(0, 8) + '01', -1) };
    }
    const perPerson = cell('thu_nhap_binh_quan');
    const total = cell('tong_thu_nhap');
    work.note += serial
      ? `Ô ngày ghi “${dateText}” là ngày theo cách Excel lưu (số ngày${/[.,]/.test(dateText) ? '; phần sau dấu thập phân là giờ trong ngày, không dùng để xét' : ''}), đọc là ${formatDate(serial)}. `
      : written?.short
        ? `Ô ngày ghi “${dateText}” (năm hai chữ số), đọc là ${formatDate(date)}. `
        : '';
    if (written?.time) work.note += `Ô ngày ghi “${dateText}” có kèm giờ (${written.time}): giờ không dùng để xét, đọc là ngày ${formatDate(date)}. `;
    // Read in this order (income before indicators): a row wrong in both is refused for its income.
    // Both income cells empty: the row is refused naming the file's own income column (not one the list does not have).
    if (!perPerson && !total && incomes !== undefined) {
      const column: IncomeColumn = incomes.has('thu_nhap_binh_quan') || !incomes.has('tong_thu_nhap') ? 'thu_nhap_binh_quan' : 'tong_thu_nhap';
      const what = column === 'thu_nhap_binh_quan' ? 'thu nhập bình quân mỗi người mỗi tháng' : 'tổng thu nhập của hộ';
      throw new RowError(column, `chưa ghi thu nhập (ô trống): hãy ghi ${what}, ví dụ 1.500.000 hoặc “1,5 triệu”`);
    }
    const perPersonIncome = perPerson ? income(work, perPerson, 'thu_nhap_binh_quan') : undefined;
    // Both filled: the total is read too, to be compared with the income per person (classify), never dropped unread.
    const totalIncome = total ? income(work, total, 'tong_thu_nhap') : undefined;
    let { note } = work;
    const { ranged } = work;
    const said = marks.length > 0 ? [] : NO_NOTES;
    const own = members
      ? membersMarks(members, (row) => {
          try {
            return markedIn(marks, row.cells, indicatorReaders.thieu_hut(row.listed), said, date, row.line);
          } catch (error) {
            throw row === members[0] ? error : memberQuestion(error, row, marks);
          }
        })
      : null;
    if (own) note += own.note;
    const unsure = indicatorReaders.khong_ro(cell('khong_ro'));
    const profile: HouseholdProfileInput = {
      date,
      area,
      members: Number(membersText),
      deprivations: own ? own.deprived : markedIn(marks, cells, indicatorReaders.thieu_hut(cell('thieu_hut')), said, date),
      unsure: own ? [...new Set([...unsure, ...own.unsure])] : unsure,
    };
    if (said.length > 0) note += said.join('');
    if (ranged) note += rangedIncome(rules, ranged, profile, perPerson !== '' && total !== '');
    // A month's figure under a year's column (both incomes given: their comparison says a mix-up already).
    if (work.year && !(perPerson !== '' && total !== '')) note += monthInYear(rules, work.year, profile);
    const [checked, checkedText, checkedValue]: [IncomeColumn, string, number | undefined] =
      perPersonIncome === undefined ? ['tong_thu_nhap', total, totalIncome] : ['thu_nhap_binh_quan', perPerson, perPersonIncome];
    const yearly = ranged ? '' : yearInMonth(rules, profile, checked, checkedText, checkedValue, incomes?.get(checked) ?? MONTHLY);
    // Counted in the summary too (round 44 lists46: was said in the row only).
    if (yearly !== '') work.yearly = true;
    note = incomeToCheck(profile, checked, checkedText, checkedValue) + yearly + note;
    if (perPersonIncome === undefined) {
      if (totalIncome !== undefined) profile.monthlyIncome = totalIncome;
      return { profile, note };
    }
    profile.monthlyIncomePerPerson = perPersonIncome;
    const read: { profile: HouseholdProfileInput; note: string; total?: number } = { profile, note };
    if (totalIncome !== undefined) read.total = totalIncome;
    return read;
  };
  return (
    cell: (column: Column) => string,
    marks: readonly MarkColumn[] = [],
    cells: readonly string[] = [],
    incomes?: ReadonlyMap<IncomeColumn, IncomeReading>,
    members?: readonly MemberRow[],
  ): { profile: HouseholdProfileInput; note: string; total?: number; month?: MonthOnly; yearly?: boolean } => {
    // "4.0", "4,00": a whole number Excel exported with its decimals (round 42: was refused as not a whole number), read as 4.
    const typed = cell('so_nguoi');
    const whole = EXCEL_WHOLE.exec(typed.trim());
    const note = whole ? `Ô số người ghi “${typed.trim()}” (số Excel xuất ra kèm phần thập phân 0): đọc là ${Number(whole[1])} người. ` : '';
    const work: IncomeWork = { incomes, membersText: whole ? whole[1]! : typed, note, ranged: undefined };
    try {
      const read: { profile: HouseholdProfileInput; note: string; total?: number; month?: MonthOnly; yearly?: boolean } = profileOf(work, cell, marks, cells, members);
      if (work.month) read.month = work.month;
      if (work.yearly) read.yearly = true;
      return read;
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      // A cell holding only "?" (unknown to whoever filled the list, or a ✓ lost to an encoding without it): said as such, with
      // what to write there (round 38; was the column's general refusal, "“?” là một dấu đánh" under a list of indicators).
      const mark = marks.find((one) => one.header === error.column);
      const asked = questionOnly(mark ? (cells[mark.index] ?? '') : error.column in INSTEAD_OF_QUESTION ? cell(error.column as Column) : '');
      const message = asked ? questionRefusal(asked, error, mark) : error.message;
      // A refused row says how its cells read so far were read too (round 33; was said on classified rows only).
      throw work.note !== '' || asked ? new RowError(error.column, message, work.note || error.remarks) : error;
    }
  };
}

/**
 * An income per person too high to believe (incomeHardToBelieve, the chat reader's rule: from
 * READER_DEFAULTS.confirmIncomePerPersonFrom a month): "35000000000" in a month's column is a digit too many or a year's sum,
 * never "không thuộc diện" silently. The cell saying no period (the month only assumed): the row is refused with what to
 * check and how to confirm ("…/tháng"); a cell saying its month, of a household with a lack: classified, with the same
 * question in its reasons. '' when the figure is believable (or there is none).
 */
function incomeToCheck(profile: HouseholdProfileInput, column: IncomeColumn, text: string, value: number | undefined): string {
  if (value === undefined || profile.members <= 0) return '';
  const perPerson = column === 'thu_nhap_binh_quan' ? value : value / profile.members;
  const soundsPoor = (profile.deprivations?.length ?? 0) > 0;
  // Believable even with the month only assumed (almost every row): the cell's words are not read.
  if (!incomeHardToBelieve(perPerson, { monthAssumed: true, soundsPoor })) return '';
  const monthAssumed = !saysPeriod(text);
  if (!incomeHardToBelieve(perPerson, { monthAssumed, soundsPoor })) return '';
  const figure = `${formatMoney(Math.round(perPerson))} mỗi người mỗi tháng${column === 'tong_thu_nhap' ? ` (${formatMoney(value)} ÷ ${profile.members} người)` : ''}`;
  const high = `cao hơn nhiều so với mức chuẩn nghèo (từ ${formatMoney(READER_DEFAULTS.confirmIncomePerPersonFrom)} mỗi người mỗi tháng trở lên là phải xem lại)`;
  if (monthAssumed) {
    // Round 43 (lost44): what it is as a year's figure when that is believable, said (never divided: the row stays refused
    // until the cell says); "35000000000" is a digit too many whichever way.
    const share = perPerson / MONTHS_PER_YEAR;
    const yearly = share < READER_DEFAULTS.confirmIncomePerPersonFrom ? ` (nếu là cả năm thì là ${formatMoney(Math.round(share))} mỗi người mỗi tháng)` : '';
    throw new RowError(
      column,
      `“${text}” là ${figure}, ${high}: có thể gõ thừa chữ số, hoặc là thu nhập cả năm${yearly}; chưa phân loại, không tự chia. Hãy xem lại ô này: nếu là thu nhập cả năm, ghi “${text}/năm”; nếu đúng là mỗi tháng, ghi “${text}/tháng”.`,
    );
  }
  return `Cần xem lại: thu nhập ${figure} ${high} mà hộ có thiếu hụt; hãy kiểm tra ô thu nhập và các ô thiếu hụt. `;
}

/** Whether an income cell says its period ("2tr5/tháng", "30 triệu/năm", "mỗi tháng"): the cadre said it, nothing to ask. */
const saysPeriod = (text: string): boolean => wordsOf(text).split(' ').some((word) => PERIOD_WORDS[word] === 'month' || PERIOD_WORDS[word] === 'year');

/**
 * A figure under a month's income column that reads as a year's rather (round 43 lost44; the mirror of monthInYear): the cell
 * says no period, a person's share a month is from BATCH_DEFAULTS.yearInMonth.fromPerPersonMonth up to
 * READER_DEFAULTS.confirmIncomePerPersonFrom (from there incomeToCheck refuses the row), and its twelfth gives the household
 * another class ("9.600.000" for one person under "Thu nhập bình quân/tháng": not poor at 9.600.000 a month, poor at 800.000).
 * The row is classified as the column says, never divided; its note says the doubt, the class as a year's, and what to write
 * to settle it. '' otherwise (was classified unsaid).
 */
function yearInMonth(rules: RuleSet, profile: HouseholdProfileInput, column: IncomeColumn, text: string, value: number | undefined, reading: IncomeReading): string {
  if (value === undefined || reading.period !== 'month' || profile.members <= 0) return '';
  const perPerson = column === 'thu_nhap_binh_quan';
  const share = perPerson ? value : value / profile.members;
  // The cell's words read last: almost every row's share is under the band (saysPeriod was ~3% of a 100.000-row run).
  if (!(share >= BATCH_DEFAULTS.yearInMonth.fromPerPersonMonth && share < READER_DEFAULTS.confirmIncomePerPersonFrom) || saysPeriod(text)) return '';
  const told = { date: profile.date ?? '', area: profile.area, members: profile.members, deprivations: [...(profile.deprivations ?? [])], unsure: [...(profile.unsure ?? [])] };
  const [asMonth, asYear] = [classAtIncome(rules, told, perPerson, value), classAtIncome(rules, told, perPerson, value / MONTHS_PER_YEAR)];
  if (asYear === undefined || asYear === asMonth) return '';
  const whose = perPerson ? '' : ` (${formatMoney(value)} ÷ ${profile.members} người)`;
  const yearly = `${formatMoney(Math.round(share / MONTHS_PER_YEAR))} mỗi người mỗi tháng (${formatMoney(value)} ÷ 12 tháng${perPerson ? '' : ` ÷ ${profile.members} người`})`;
  const said = cellQuoted(text);
  return (
    `Cần xem lại: ô “${said}” ở cột thu nhập mỗi tháng là ${formatMoney(Math.round(share))} mỗi người mỗi tháng${whose}, cao so với các hộ trong diện rà soát; ` +
    `có thể là thu nhập cả năm: khi ấy là ${yearly}, hộ là ${asYear}. Đã xét theo tên cột (mỗi tháng), không tự chia; ` +
    `nếu là thu nhập cả năm, hãy ghi “${said}/năm”; nếu đúng là mỗi tháng, ghi “${said}/tháng”. `
  );
}

/**
 * How an income per person and the household's total ÷ members compare: 'same' (under 1 đồng apart), 'rounded' (the
 * figure per person is the share rounded: under 1.000 đồng apart, or within half a unit of its last written digit,
 * "1,7 triệu" for 5.000.000 ÷ 3; up to BATCH_DEFAULTS.incomeRoundingPlace), or 'different'.
 */
function incomesAgree(perPerson: number, share: number): 'same' | 'rounded' | 'different' {
  const gap = Math.abs(perPerson - share);
  if (gap < 1) return 'same';
  let place = 1;
  while (place < BATCH_DEFAULTS.incomeRoundingPlace && perPerson % (place * 10) === 0) place *= 10;
  return gap < 1000 || gap <= place / 2 ? 'rounded' : 'different';
}

function columnOfField(error: FieldError): string {
  return COLUMN_OF_FIELD[error.field.split('.')[0] ?? ''] ?? error.field;
}

/** The profile check's message with the API's field names in it ("(monthlyIncome)") named as the list's columns ("(cột tong_thu_nhap)"). */
function inColumns(message: string): string {
  return message.replace(/\((\w+)\)/g, (named, field: string) => (COLUMN_OF_FIELD[field] ? `(cột ${COLUMN_OF_FIELD[field]})` : named));
}

/**
 * Reads the list, writes a result row per household and reports every refused record to `sink`
 * and `onProblem`; refuses the whole list (ok: false) only when its header is unusable.
 */
/** A time of midnight after a date, as exported ("… 00:00:00", "…T00:00", "… 0:00"); any other time is not taken off. */
const MIDNIGHT_TIME = String.raw`(?:\s+|T)0?0:00(?::00(?:\.0+)?)?`;
const MIDNIGHT = new RegExp(`(?<=\\d)${MIDNIGHT_TIME}$`);

/** A time of day after a date ("08:30", "8:30:00", "8:30 SA", "14:30:15.5", "T08:30"): hours 0–23, minutes and seconds 0–59. */
const CLOCK_TIME = String.raw`(?:\s+|T)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*(?:SA|CH|AM|PM))?`;
const CLOCK_AFTER_DATE = new RegExp(`(?<=\\d)${CLOCK_TIME}$`, 'i');

/** A date written with a number ≤ 12 on each side of its first separator ("12/5/2026", "05-12-26"): day first or month first. */
const TWO_WAY_DATE = new RegExp(String.raw`^\s*\d{1,2}([/.-])\d{1,2}\1(?:\d{2}|\d{4})(?:${CLOCK_TIME})?\s*$`, 'i');

/** A date written with the month first only ("11/25/2026": no month 25): its first number ≤ 12, its second > 12. */
const MONTH_FIRST_DATE = new RegExp(String.raw`^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:${CLOCK_TIME})?\s*$`, 'i');

/** The day a date cell names read month first, when it reads that way only ("11/25/2026": 2026-11-25); else undefined. */
function monthFirstOnly(text: string): string | undefined {
  const match = MONTH_FIRST_DATE.exec(text);
  if (!match || Number(match[3]) <= 12) return undefined;
  const year = Number(match[4]) + (match[4]!.length === 2 ? 2000 : 0);
  return year === 0 ? undefined : realDate(year, Number(match[1]), Number(match[3]));
}

/** A date written dd/MM/yyyy ("05/12/2026"), as Excel shows its date cells and as the notes ask: not said to read both ways. */
const PADDED_DATE = new RegExp(String.raw`^\s*\d{2}([/.-])\d{2}\1\d{4}(?:${MIDNIGHT_TIME})?\s*$`);

/** A date cell read day first whose month-first reading is the day the column's other rows hold. */
const twoWaySaid = (text: string, date: string, swapped: string) =>
  `Ô ngày “${text}” đọc theo ngày/tháng/năm là ${formatDate(date)}, nhưng nhiều dòng khác của cột ngày ghi ${formatDate(swapped)}: nếu ô này ghi tháng trước ngày, ngày đúng là ${formatDate(swapped)}; hộ được xét theo ngày ${formatDate(date)}, hãy kiểm tra lại và ghi ngày theo dạng dd/MM/yyyy. `;

/** Why a row is refused for a cell holding a formula whose value the workbook does not keep. */
const valuelessSaid = (formula: string, cell: string) =>
  `ô ${cell} có công thức “=${formula}” nhưng tệp không lưu giá trị đã tính của nó (tệp lưu bằng phần mềm không tính công thức, hoặc công thức lỗi như #REF!, #DIV/0!): không đoán giá trị; hãy mở tệp trong Excel (sửa công thức nếu báo lỗi), lưu lại rồi kiểm tra lại`;

/** A column's letter as Excel heads it (0 → A, 26 → AA). */
function columnLetter(index: number): string {
  let letters = '';
  for (let at = index + 1; at > 0; at = Math.floor((at - 1) / 26)) letters = String.fromCharCode(65 + ((at - 1) % 26)) + letters;
  return letters;
}

export async function classifyList(
  rules: RuleSet,
  source: TableSource,
  sink: ResultSink,
  options: {
    defaultDate: string;
    /** How the user chose `defaultDate` ("--date", "date"): it wins over a title's review day; absent, it is today's. */
    dateFlag?: string;
    onProblem(problem: RowProblem): void;
    onProgress?(): Promise<void> | void;
    progressEvery?: number;
    maxRows?: number;
  },
): Promise<ListOutcome> {
  const summary: BatchSummary = { reviewDate: options.dateFlag === undefined ? { date: options.defaultDate, by: 'today' } : { date: options.defaultDate, by: 'flag' }, rows: 0, classified: 0, rejected: 0, blank: 0, titleRows: [], numberingRows: [], repeatedHeaderRows: [], footerRows: [], totalRows: [], subtotalRows: [], sectionRows: [], duplicateRows: [], duplicateOtherHead: [], duplicateDiffers: [], memberRows: [], memberKinds: new Set(), sizeDiffers: [], totalDiffers: [], tallyRows: [], tallyUnchecked: [], numberedBlankRows: [], splitHouseholds: new Map(), possibleDuplicateRows: [], duplicateBasis: SAME_ADDRESS, headingNamedRows: [], yearInMonthRows: [], severalUnclearRows: [], standards: new Set(), byStandard: new Map(), byNextStandard: new Map(), byClass: new Map(), byIndicator: new Map(), countOnlyRows: [], villages: { by: null, list: [] }, refusedReasons: [] };
  /**
   * The day a household without its own date is checked at: the run's (options.defaultDate), or the review day one title line
   * above the header names ("Danh sách rà soát ngày 15/11/2026": titleDay; round 42, was the run's day whatever it said).
   */
  let reviewDate = options.defaultDate;
  let indicators = indicatorReader(rules, reviewDate);
  let toProfile = profileReader(rules, reviewDate, indicators, source.workbook);
  /** The review days the title lines above the header name (titleReviewDates), in order. */
  const titleDates: TitleDate[] = [];
  // Set in adopt(): declared with its type so the checks below are not narrowed to the initial null.
  let columns = null as Map<ListColumn, number> | null;
  let marks: MarkColumn[] = [];
  let incomes = new Map<IncomeColumn, IncomeReading>();
  /** Where each column is in a record (-1: not in the list), worked out once from the header. */
  let positions: Record<Column, number> | null = null;
  let width = 0;
  /** CSV lines read with a broken quote in a cell not read to classify (quotesRead): line → what its ly_do says of it. */
  const quoteNotes = new Map<number, string>();
  /** A workbook's rows with formulas that keep no value (FormulaGaps), by sheet and line: said when the row is refused for such a cell. */
  const formulaGaps = new Map<string, FormulaGaps>();
  /** The sheet's rows hidden in Excel (TableRecord `hidden`), and those of them whose ly_do said so (for the notes). */
  const hiddenLines = new Set<number>();
  const hiddenSaid = new Set<Line>();
  /** The rows not counted as households (totals, subtotals…) among the hidden ones, said apart in the notes. */
  const hiddenSkipped = new Set<Line>();
  /** Header cells in columns hidden in Excel, by sheet: “Ghi chú” (cột H). */
  const hiddenColumnNames = new Map<string | undefined, string[]>();
  /** Rows whose name or thôn/ấp lost its Vietnamese letters to “?” (encoding.ts lostLetters, imported as lettersLost), and those of them refused for such a cell. */
  const lostLetters = new Set<Line>();
  const lostRefused = new Set<Line>();
  /**
   * The header row's cells, and what the next filled rows may be: its second row (subHeader), a row of units (adoptUnits)
   * and then, or at once, the row numbering the columns ("(1) (2) (3) …"); once per sheet.
   */
  let headerCells: readonly string[] = [];
  /** The header row as written (its bottom row when it has two): a row repeating it mid-sheet is no household. */
  let headerRow: readonly string[] = [];
  let underHeader = null as 'header' | 'subHeader' | 'units' | null;

  /** Household codes of the classified rows (codeKey) → their first line and the code as written there. */
  const seen = new Map<string, { line: Line; code: string; head: string; members: number; income: number | undefined; classification: Classification }>();
  /**
   * Without a household code column: where the name and address are; each (folded) name + address → its first line and
   * the household data (members, income, area, indicators…) of each different row under it. Only the same name, address
   * and data is a possible duplicate: a father and son, or namesakes, in the same thôn are two households (review6 M4).
   */
  let identity: { name: number; address?: number } | null = null;
  /** Where the name and address columns are (CARRIED_COLUMNS), and the cells of the record being written (merged cells filled in). */
  let carried: { name?: number; address?: number } = {};
  /** Where the running number and the relation to the head are (a list of heads' rows with their members' rows under them). */
  let kin: { order?: number; relation?: number } = {};
  /** An income's second column of another period (readHeader `spares`). */
  let spares: SpareIncome[] = [];
  let current: readonly string[] = [];
  const seenNames = new Map<string, { first: Line; data: Map<string, Line> }>();
  /**
   * Households and refused rows counted by thôn/ấp (summary.villages), three ways at once, one said at the end (villagesOf):
   * by the thôn/ấp column's cell (its words as the key), by the group they stand in (named by its heading, or by the "Cộng
   * ấp 1" row closing it), by their sheet.
   */
  const byVillageCell = new Map<string, VillageCount>();
  const byGroup = new Map<string, VillageCount>();
  const bySheetName = new Map<string, VillageCount>();
  let openGroup: { name?: string; count: VillageCount } | null = null;
  const villageKeys = new Map<string, string>();
  const emptyCount = (name: string): VillageCount => ({ name, byStandard: new Map(), households: 0, rejected: 0 });
  const villageCount = (map: Map<string, VillageCount>, key: string, name: string): VillageCount => {
    let count = map.get(key);
    if (!count) map.set(key, (count = emptyCount(name)));
    return count;
  };
  /** A household (its standard and class) or a refused row (null) counted in `count`. */
  const tallyInto = (count: VillageCount, outcome: { standard: string; classification: Classification } | null) => {
    if (!outcome) {
      count.rejected += 1;
      return;
    }
    count.households += 1;
    let classes = count.byStandard.get(outcome.standard);
    if (!classes) count.byStandard.set(outcome.standard, (classes = new Map()));
    classes.set(outcome.classification, (classes.get(outcome.classification) ?? 0) + 1);
  };
  /**
   * A household or a refused row counted by its thôn/ấp. `cells` null (a record that could not be read) or, refused, its
   * cells in the wrong columns (shifted): counted under SHIFTED_VILLAGE, never under what its thôn/ấp cell holds (a name).
   */
  const countVillage = (cells: readonly string[] | null, outcome: { standard: string; classification: Classification } | null) => {
    if (carried.address === undefined) {
      // No thôn/ấp column: by group and sheet only.
    } else if (cells === null || (!outcome && villageShifted(cells)) || carriedOf(cells, false)[1] !== (cells[carried.address] ?? '')) {
      tallyInto(villageCount(byVillageCell, '\0', SHIFTED_VILLAGE), outcome);
    }
    else {
      const text = (cells[carried.address] ?? '').trim();
      let key = villageKeys.get(text);
      if (key === undefined) {
        if (villageKeys.size >= BATCH_DEFAULTS.maxRememberedCells) villageKeys.clear();
        villageKeys.set(text, (key = wordsOf(text)));
      }
      tallyInto(villageCount(byVillageCell, key, text === '' ? NO_VILLAGE : text), outcome);
    }
    openGroup ??= { count: emptyCount('') };
    tallyInto(openGroup.count, outcome);
    if (sheet !== undefined) tallyInto(villageCount(bySheetName, sheet, sheet), outcome);
  };
  /** The group of rows since the last heading or total line ends: named by its heading, or by `name` (its "Cộng ấp 1" row). */
  const closeGroup = (name?: string) => {
    const open = openGroup;
    openGroup = null;
    if (!open || open.count.households + open.count.rejected === 0) return;
    const named = open.name ?? name;
    const into = villageCount(byGroup, named === undefined ? '' : wordsOf(named), named ?? NO_GROUP);
    into.households += open.count.households;
    into.rejected += open.count.rejected;
    for (const [standard, classes] of open.count.byStandard) {
      const mine = into.byStandard.get(standard) ?? new Map<Classification, number>();
      for (const [klass, count] of classes) mine.set(klass, (mine.get(klass) ?? 0) + count);
      into.byStandard.set(standard, mine);
    }
  };
  /** A group opened by its heading ("I. Thôn 1", "Thôn 1: 25 hộ"): the rows under it are that place's. */
  const openGroupNamed = (heading: string) => {
    closeGroup();
    const place = placeName(heading.replace(/^[IVXL]{1,6}(?:\s*[.)\-–|]\s*|\s+)/i, ''), 0);
    openGroup = { ...(place === undefined ? {} : { name: place }), count: emptyCount('') };
  };
  /** The way the list says its thôn/ấp, picked once it is read: its thôn/ấp column, else its named groups, else its sheets. */
  const villagesOf = (): VillageCounts => {
    closeGroup();
    const column = carried.address === undefined ? '' : (headerCells[carried.address] ?? '').trim();
    const words = wordsOf(column);
    const villageColumn = VILLAGE_HEADERS.some((phrase) => words === phrase || words.startsWith(`${phrase} `));
    if (villageColumn && [...byVillageCell.keys()].some((key) => key !== '')) return { by: 'column', column, list: [...byVillageCell.values()] };
    if ([...byGroup.keys()].some((key) => key !== '')) return { by: 'group', list: [...byGroup.values()] };
    if (bySheetName.size > 1) return { by: 'sheet', list: [...bySheetName.values()] };
    return { by: null, list: [] };
  };
  /** Refused rows by the kind of their reason (its column, its words with the cells it quotes and its figures left out). */
  const reasonsSeen = new Map<string, RefusedReason>();
  const noteRefused = (problem: RowProblem) => {
    const head = reasonHead(problem.message);
    const column = problem.heading ?? problem.column;
    const key = `${column}\0${head.replace(/“[^”]*”/g, '“”').replace(/\d+(?:[.,]\d+)*/g, '0')}`;
    let reason = reasonsSeen.get(key);
    const code = (LIST_COLUMN_IDS as readonly string[]).includes(problem.column) ? problem.column : problem.column === '' ? 'dong' : 'chi_so';
    if (!reason) reasonsSeen.set(key, (reason = { column, code, example: head, lines: [] }));
    reason.lines.push(problem.sheet === undefined ? problem.line : `${problem.line} (trang “${problem.sheet}”)`);
  };
  /** A cell of a footer: starting "Tổng cộng", "Người lập biểu"…, or the place-and-date line ("Tân Hòa, ngày 28 tháng 11 năm 2026"). */
  const footerCell = (text: string): boolean => {
    const words = wordsOf(text);
    return words !== '' && (FOOTER_DATE_LINE.test(words) || totalLead(words) || FOOTER_LEADS.some(({ phrase, lead }) => words.startsWith(lead) && holdsPhrase(words, phrase)));
  };
  /**
   * A refused record under the list that is no household: no household code (or a footer cell where the code goes:
   * "Người lập biểu" in column B), and a footer cell; or, after a footer row, a row with nothing in the household's
   * columns (area, members, income): a signer's name under "Người lập biểu". A household row with a code, or with any
   * of those cells filled, stays an error row.
   */
  let footerSeen = false;
  /**
   * A total line, and the footer rows after it, not yet written: a household after them makes the total a subtotal row
   * (`subtotal`: a group's total line, or one whose figures are the sums of the rows above it), or else an error row.
   */
  const held: { row: Cell[]; line: number; cell: string | null; sheet: string | undefined; subtotal: Cell[] | string | null; differs: TotalDiffers[]; part?: boolean; unstored?: string }[] = [];
  /**
   * The rows read as households since the last total line (or the sheet's first, so their lines are on the sheet being
   * read): the first and last (0 before any), and the sums of their SUMMED_COLUMNS figures, in that order, as a
   * spreadsheet's SUM makes them (empty cells left out: undefined while all are; NaN once a cell is no figure; a household's
   * size counted from its rows is its size), and how many households (classified or refused; member rows not).
   */
  const newGroup = () => ({ first: 0, last: 0, households: 0, sums: SUMMED_COLUMNS.map((): number | undefined => undefined) });
  let group = newGroup();
  /** The same for every household of the sheet (the final "Tổng cộng" is theirs, whatever "Cộng" lines stand between). */
  let whole = newGroup();
  /** A household counted in a group's sums (its figures added by addToGroup). */
  const countIn = (sums: typeof group, line: number) => {
    if (sums.first === 0) sums.first = line;
    sums.last = line;
    sums.households += 1;
  };
  const addToGroup = (cells: readonly string[], line: number, size?: string) => {
    countIn(group, line);
    countIn(whole, line);
    // Each figure read once, added to both sums (an empty cell adds nothing). Asked of every household: no list of the
    // figures, nor of the two groups, nor a callback made for it (6% of a 100.000-row run's allocations).
    for (let index = 0; index < SUMMED_COLUMNS.length; index += 1) {
      const column = SUMMED_COLUMNS[index]!;
      const text = column === 'so_nguoi' ? (size ?? peopleCount(columnCell(cells, positions![column]))) : columnCell(cells, positions![column]);
      if (text === '') continue;
      const value = summedFigure(column, text, incomes.get('tong_thu_nhap')) ?? Number.NaN;
      group.sums[index] = (group.sums[index] ?? 0) + value;
      whole.sums[index] = (whole.sums[index] ?? 0) + value;
    }
  };
  /**
   * A total line under the list checked as a subtotal is (subtotalOf): each figure it has in SUMMED_COLUMNS against the sum
   * of the sheet's households, or of those since the last total line (a last group's "Cộng"). ' Số ở dòng này bằng tổng…',
   * ' Cần xem lại: số ở dòng này khác tổng…', or '' when it has no such figure.
   */
  /**
   * Each SUMMED_COLUMNS figure a total line says that `sums` has a sum for: its column's name as the list heads it, the
   * figure (in the column's period), how it is said back (summedSaid), and the sum it is checked against.
   */
  const totalFigures = (cells: readonly string[], sums: readonly (number | undefined)[]) =>
    SUMMED_COLUMNS.flatMap((column, index) => {
      const at = positions![column];
      const reading = incomes.get('tong_thu_nhap');
      const said = summedFigure(column, cells[at] ?? '', reading);
      const sum = sums[index];
      if (said === undefined || sum === undefined || Number.isNaN(sum)) return [];
      return [{ index, name: headerCells[at] ?? column, said, shown: summedSaid(column, cells[at] ?? '', said, reading), sum }];
    });
  const totalCheck = (cells: readonly string[]): string => {
    // The figures equal to the whole sheet's sums, and those equal to the last group's only (a bare "Cộng" of the last ấp).
    const same: string[] = [];
    const sameAsGroup: string[] = [];
    const differ: string[] = [];
    for (const { index, name, said, shown, sum } of totalFigures(cells, whole.sums)) {
      const last = group.sums[index];
      if (Math.abs(said - sum) < 0.005) same.push(`${name} ${shown}`);
      else if (last !== undefined && Math.abs(said - last) < 0.005) sameAsGroup.push(`${name} ${shown}`);
      else differ.push(`${name}: dòng này ghi ${shown}, cộng các dòng là ${formatNumber(sum)}`);
    }
    const rowsOf = ({ first, last }: { first: number; last: number }) => {
      if (first === last) return `dòng ${where(first)}`;
      // Rows of one sheet name it once: "các dòng 3–4 (trang “Thôn Bắc”)" (round 39; was the sheet after each number).
      const [from, to] = [String(where(first)), String(where(last))];
      const sheet = / \(trang “[^”]*”\)$/.exec(from)?.[0];
      return sheet !== undefined && to.endsWith(sheet) ? `các dòng ${from.slice(0, -sheet.length)}–${to}` : `các dòng ${from}–${to}`;
    };
    if (differ.length > 0) return ` Cần xem lại: số ở dòng này khác tổng ${rowsOf(whole)} (${differ.join('; ')}).`;
    return [[same, whole] as const, [sameAsGroup, group] as const].map(([figures, rows]) => (figures.length > 0 ? ` Số ở dòng này bằng tổng ${rowsOf(rows)} (${figures.join(', ')}).` : '')).join('');
  };
  /**
   * The counts a total line under the list says (“Tổng số hộ: 12”, “Cộng: 12 hộ, 45 nhân khẩu”, a figure under the size
   * column) against those counted: the sheet's households and their people, or those since the last total line (a last
   * group's "Cộng"). Each that differs, with the list's figure and ours; none when it says no count or they agree.
   */
  const totalCounts = (cells: readonly string[], line: number, label: string, bare = true): TotalDiffers[] => {
    const said = countsSaid(cells.filter((_, index) => index !== positions!.so_nguoi || !bare));
    const people = positions!.so_nguoi < 0 || !bare ? undefined : figure(columnCell(cells, positions!.so_nguoi));
    // A bare count under "Mã hộ" ("Tổng cộng | 7") is the households', as one under the size column is the people's.
    const code = bare ? columnCell(cells, positions!.ma_ho) : '';
    const households = said.households ?? (WHOLE_COUNT.test(code) ? Number(code.trim()) : undefined);
    const sizes = SUMMED_COLUMNS.indexOf('so_nguoi');
    const checks: [TotalDiffers['what'], number | undefined, number | undefined, number | undefined][] = [
      ['households', households, whole.households, group.households],
      ['people', said.people ?? people, whole.sums[sizes], group.sums[sizes]],
    ];
    return checks.flatMap(([what, figure, counted, last]) =>
      figure === undefined || counted === undefined || Number.isNaN(counted) || figure === counted || figure === last ? [] : [{ line: where(line), label, what, said: figure, counted }],
    );
  };
  /**
   * A total line's result row when households follow it (a subtotal), or null when it must be refused then: a group's
   * total line ("Cộng ấp 1") is one whatever its figures (said when they differ from the sums of the rows above); a bare
   * "Cộng" / "Cộng:" only when each figure it has in SUMMED_COLUMNS is the sum of the rows above it, since the last total;
   * a bare one whose figures differ from those sums: the mismatch, said in its refusal (README: "Cần xem lại: số ở dòng
   * này khác tổng…").
   */
  /** The total and footer rows whose cells hold formulas with no value kept ("=SUM(E3:E9)" never computed): said once on stderr. */
  const footerGapLines: Line[] = [];
  /**
   * A total or footer row's cells holding a formula whose value the workbook does not keep, said (was: the row marked a
   * total, its sums read as empty and not checked, unsaid): '' when none.
   */
  const footerFormulas = (line: number): string => {
    const gaps = formulaGaps.size === 0 ? undefined : formulaGaps.get(`${sheet ?? ''}\0${line}`);
    if (!gaps) return '';
    const said = Object.entries(gaps).map(([index, formula]) => `${columnLetter(Number(index))}${line} “=${formula}”`);
    footerGapLines.push(where(line));
    return ` Ô ${said.join(', ')} có công thức nhưng tệp không lưu giá trị đã tính: không so được số ở ${said.length > 1 ? 'các ô' : 'ô'} ấy với tổng các hộ; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại.`;
  };
  const subtotalOf = (cells: readonly string[], line: number, label: string, unstored = ''): Cell[] | string | null => {
    const same: string[] = [];
    const differ: string[] = [];
    for (const { name, said, shown, sum } of totalFigures(cells, group.sums)) {
      if (Math.abs(said - sum) < 0.005) same.push(`${name} ${shown}`);
      else differ.push(`${name}: dòng này ghi ${shown}, cộng các dòng là ${formatNumber(sum)}`);
    }
    const rows = group.first === 0 ? '' : group.first === group.last ? `dòng ${where(group.first)}` : `các dòng ${where(group.first)}–${where(group.last)}`;
    const named = subtotalLabel(label, wordsOf(label));
    if (!named && rows !== '' && differ.length > 0) return `Cần xem lại: số ở dòng này khác tổng ${rows} (${differ.join('; ')})`;
    if (!named && (rows === '' || same.length === 0)) return null;
    const reason =
      `Dòng “${label}” là dòng cộng ${named ? 'của một nhóm hộ (ấp, thôn…)' : 'các hộ ở trên'} giữa danh sách, không phải hộ: không tính.` +
      (rows !== '' && same.length > 0 && differ.length === 0 ? ` Số ở dòng này bằng tổng ${rows} (${same.join(', ')}).` : '') +
      (rows !== '' && differ.length > 0 ? ` Cần xem lại: số ở dòng này khác tổng ${rows} (${differ.join('; ')}).` : '') +
      unstored;
    return finished(nonHouseholdRow(line, SUBTOTAL_LABEL, reason));
  };
  /**
   * The household whose code is merged down over the rows under its first (one row per member: "danh sách thành viên
   * hộ"): its code, sheet, last row and cells as read on its first row (merged cells filled in).
   */
  let household: { code: string; sheet: string | undefined; top: number; bottom: number; cells: readonly string[]; kind: MemberKind } | null = null;
  /** A member list without a household size column (the members are counted): rows after a household's with its code are its members. */
  const countMembers = () => positions!.so_nguoi < 0;
  const householdOf = (record: { line: number; cells: string[]; spans?: MergedSpans }, cells: readonly string[]): typeof household => {
    const bottom = record.spans?.[positions!.ma_ho];
    const code = columnCell(record.cells, positions!.ma_ho);
    if (bottom !== undefined || (countMembers() && positions!.ma_ho >= 0)) {
      if (code === '' || footerCell(code) || signerInCode(record.cells, code)) return null;
      return bottom !== undefined ? { code, sheet, top: record.line, bottom, cells, kind: 'merged' } : { code, sheet, top: record.line, bottom: Infinity, cells, kind: 'repeated' };
    }
    // A row on its own (no merged code, a list with a household size column) is no household of several rows, whatever its
    // code says (not read as a footer here: that folded every row's code); in a list with a running number or a relation
    // column, a row with a household's figures, a whole number or "Chủ hộ" (no total line) may be a head's, with its
    // members' rows under it (a head's row refused keeps them: they are no households missing their figures).
    if (kin.order === undefined && kin.relation === undefined) return null;
    const said = (index: number | undefined) => (index === undefined ? '' : (record.cells[index] ?? '').trim());
    const head = holdsFigures(record.cells) || /^\d+[.)]?$/.test(said(kin.order)) || headRelation(wordsOf(said(kin.relation)));
    if (!head || totalLead(wordsOf(record.cells.find(Boolean) ?? ''))) return null;
    return { code, sheet, top: record.line, bottom: Infinity, cells, kind: 'relation' };
  };
  /**
   * Whether a row is a member's under the head's row `head` (a list with a running number or a relation column): it has a
   * person and none of the household's figures (code empty or the head's; area, size, income, date, count empty), and its
   * relation is a member's ("Vợ", "Con", "Cháu": not "Chủ hộ"), or its running number is under the head's ("1.1", "1.2"
   * under "1"), or it has none under a numbered head and a person's name. No total, signature, group heading or count row.
   */
  const kinRow = (cells: readonly string[], head: { code: string; cells: readonly string[] }): boolean | 'unknown' => {
    const code = columnCell(cells, positions!.ma_ho);
    if (code !== '' && code !== head.code) return false;
    const text = (row: readonly string[], index: number | undefined) => (index === undefined ? '' : (row[index] ?? '').trim());
    const name = text(cells, carried.name);
    const relation = wordsOf(text(cells, kin.relation));
    // A member named by relation ("Vợ", "Con") may hold their own income in the household income column (summed: membersIncome),
    // and the household's figures written again on their row (its area, size, date): a figure that differs refuses the row (memberOf).
    const member = relation !== '' && !headRelation(relation) && MEMBER_RELATIONS.includes(relation.split(' ')[0]!);
    if (!member && HOUSEHOLD_COLUMNS.some((column) => columnCell(cells, positions![column]).trim() !== '')) return false;
    if (/\d/.test(name) || /\d/.test(relation) || totalLabel(cells) !== undefined || sectionHeading(cells) !== undefined || cells.some((cell) => cell !== '' && footerCell(cell))) return false;
    if (relation !== '' && headRelation(relation)) return false;
    if (relation !== '' && MEMBER_RELATIONS.includes(relation.split(' ')[0]!)) return true;
    // A person under the head with a relation not known ("Người ở nhờ"): refused in place, never a household of its own.
    if (relation !== '' && name !== '') return 'unknown';
    const top = text(head.cells, kin.order).replace(/[.)]$/, '');
    const order = text(cells, kin.order);
    if (top === '' || kin.order === undefined) return false;
    if (order === '') return name !== '' || relation !== '';
    const under = /^(\d+)\s*[.,/-]\s*\d+$/.exec(order);
    return under !== null && under[1] === top;
  };
  /** The household being read (its first row and its members' rows, with their refused rows): classified once it ends. */
  let pending: { cells: string[]; line: number; spans?: MergedSpans; code: string; kind: MemberKind; rows: MemberRow[]; problems: { problem: MemberProblem; cells: string[] }[] } | null = null;
  /**
   * What a member's refused row says of its household, once the household is read: “hộ được xét theo dòng 2”, or, when the
   * household's own row is refused, that it is and why (its reason's head; in full on its row), never that it was classified.
   */
  const householdSaid = (top: Line, refused: RowProblem | undefined): string => {
    if (!refused) return `hộ được xét theo dòng ${top}`;
    const column = refused.column === '' ? '' : `cột ${headerNames.get(refused.column) ?? refused.column}: `;
    const head = reasonHead(refused.message);
    return `hộ ở dòng ${top} bị từ chối, chưa phân loại (${column}${column && /^\p{Lu}\p{Ll}/u.test(head) ? head[0]!.toLowerCase() + head.slice(1) : head}; lý do đầy đủ ở dòng ${top})`;
  };
  /**
   * A member's row of the household above, under its merged code or (a member list counted) with its code repeated: '' when
   * it is one (the household's row has the result); refused when a cell of the household's (area, members, income, date)
   * says something else than the household's first row; undefined for any other row.
   */
  const memberOf = (record: { line: number; cells: string[]; merged?: MergedCells }): MemberProblem | '' | undefined => {
    const at = positions!.ma_ho;
    if (!household || household.sheet !== sheet || record.line > household.bottom) return undefined;
    if (household.kind === 'relation') {
      const kinOf = kinRow(record.cells, household);
      if (kinOf === true) return differsFromHousehold(record, household) ?? '';
      if (kinOf !== 'unknown') return undefined;
      const relation = (record.cells[kin.relation!] ?? '').trim();
      const { top } = household;
      return {
        line: record.line,
        column: '',
        message: (refused) =>
          `dòng này ghi một người dưới hộ ở dòng ${top}, quan hệ “${relation}” không phải quan hệ trong hộ đã biết (chủ hộ, vợ, chồng, con, cháu, cha, mẹ…): chưa rõ có là thành viên của hộ không, không đoán. ` +
          (refused ? `Không tính người này: ${householdSaid(top, refused)}` : `Hộ ở dòng ${top} được xét không có người này`) +
          '; nếu là thành viên, hãy ghi quan hệ (ví dụ “cháu”, “em”) hoặc ghi số nhân khẩu ở dòng chủ hộ',
      };
    }
    const code = record.cells[at] ?? '';
    if (!(code === '' ? record.merged?.[at] === household.code : household.kind === 'repeated' && code === household.code)) return undefined;
    return differsFromHousehold(record, household) ?? '';
  };
  /**
   * A member's row giving the household another figure than its first row (area, members, per-person income, date): refused
   * naming both rows and both values; undefined when every such cell is empty or the same. The household's lacks (list and
   * marks) are read on every member's row and counted by memberMarks.
   */
  const differsFromHousehold = ({ line, cells }: { line: number; cells: readonly string[] }, { kind, code, top, bottom, cells: firstCells }: NonNullable<typeof household>): MemberProblem | undefined => {
    const [column, ...others] = differingColumns(cells, firstCells);
    if (column === undefined) return undefined;
    const said = (at: number) => `“${cells[at] ?? ''}”, khác dòng ${top} (“${firstCells[at] ?? ''}”)`;
    const placed =
      kind === 'repeated' ? `cùng mã hộ “${code}” với dòng ${top}` : kind === 'merged' ? `nằm dưới ô mã hộ “${code}” gộp các dòng ${top}–${bottom}` : `ghi một người trong hộ có chủ hộ ở dòng ${top}`;
    const fix = kind === 'repeated' ? 'ghi giống dòng đầu' : kind === 'merged' ? 'gộp ô này cùng hộ' : `ghi giống dòng ${top}`;
    // Every figure that differs named, the first by the problem's column, the others by theirs.
    const also = others.map((other) => `; cột “${headerCells[positions![other]] ?? other}” ghi ${said(positions![other])}`).join('');
    return {
      line,
      column,
      message: (refused) => `dòng này ${placed} (thành viên của hộ) nhưng ghi ${said(positions![column])}${also}: chưa rõ số nào là của hộ; ${householdSaid(top, refused)}. Hãy ${fix}, hoặc để trống`,
    };
  };
  /**
   * The household's own columns (HOUSEHOLD_COLUMNS) a member's row fills with another figure than its first row. Not the
   * total income: each member's own income in it ("3.000.000" | "2.000.000" | "") is summed to the household's (membersIncome).
   */
  const differingColumns = (cells: readonly string[], firstCells: readonly string[]): Column[] =>
    HOUSEHOLD_COLUMNS.filter((column) => {
      const index = positions![column];
      const text = cells[index] ?? '';
      return index >= 0 && text !== '' && text !== (firstCells[index] ?? '') && column !== 'tong_thu_nhap';
    });
  /**
   * What the household's own result row says of its member rows giving other figures (refused, each in its row): ' Cần xem
   * lại: dòng 3 ghi khác dòng 2 (Khu vực “TT”); … hộ được xét theo dòng 2…', or ''.
   */
  const membersDiffer = (cells: readonly string[], line: number, rows: readonly MemberRow[] | undefined): string => {
    // A household of one row (most of a list) has no member rows to compare.
    if (rows === undefined || rows.length < 2) return '';
    const differ = rows.slice(1).flatMap((row) => {
      const columns = differingColumns(row.cells, cells);
      return columns.length === 0 ? [] : [`dòng ${row.line} ghi khác dòng ${line} (${columns.map((column) => `${headerCells[positions![column]] ?? column} “${row.cells[positions![column]]}”`).join(', ')})`];
    });
    return differ.length === 0 ? '' : `Cần xem lại: ${differ.join('; ')}; hộ được xét theo dòng ${line}, ${differ.length === 1 ? 'dòng ấy là dòng lỗi' : 'các dòng ấy là dòng lỗi'} (lý do ở dòng đó). `;
  };
  /**
   * A refused household's own reason with the rows of its members (round 21), and those that give other figures than its row named, those of the same
   * columns together ("dòng 14, 15: cột Thu nhập bình quân khác dòng hộ (dòng 13)"); each is refused in its own row too.
   * The problem as it is when none differs.
   */
  const membersNamed = (problem: RowProblem, cells: readonly string[], line: number, rows: readonly MemberRow[]): RowProblem => {
    const byColumns = new Map<string, number[]>();
    for (const row of rows.slice(1)) {
      const columns = differingColumns(row.cells, cells);
      if (columns.length === 0) continue;
      const named = `${columns.length === 1 ? 'cột' : 'các cột'} ${columns.map((column) => (headerCells[positions![column]] ?? column).trim()).join(', ')}`;
      byColumns.set(named, [...(byColumns.get(named) ?? []), row.line]);
    }
    const message = problem.message.replace(/\.?\s*$/, '');
    // Round 21: the rows the refusal takes with it said, as a classified household's ly_do says its rows.
    const members = rows.slice(1).map((row) => row.line);
    const whole = members.length === 0 ? '' : `. Hộ ghi trên các dòng ${line}–${members.at(-1)} (dòng ${members.join(', ')} là người của hộ): cả hộ chưa phân loại`;
    if (byColumns.size === 0) return whole === '' ? problem : { ...problem, message: message + whole };
    const said = [...byColumns].map(([named, lines]) => `dòng ${lines.join(', ')}: ${named} khác dòng hộ (dòng ${line})`).join('; ');
    return { ...problem, message: `${message}${whole}. Các dòng thành viên ghi khác dòng hộ, cũng là dòng lỗi (lý do ở dòng đó): ${said}` };
  };
  /**
   * A record's total-line cell when its first filled cell is one ("Cộng ấp 1", "Tổng thôn 2", "Cộng:", "Tổng cộng") and it
   * has no household code nor area of its own (`cells` as read, before merged cells are filled in): no household, whatever
   * its merged cells hold (a "Khu vực" merged over the thôn and its total line), never classified.
   */
  const totalLabel = (cells: readonly string[]): string | undefined => {
    // Asked of every row: a loop and plain functions, no callback nor closure made for it.
    const first = firstFilled(cells);
    // Its code cell may hold the list's count ("Tổng cộng | 7 hộ" under "Mã hộ", round 26: read as a household "7 hộ", refused for
    // its area), with no unit too ("Tổng cộng | 7": a household coded "7").
    const code = columnCell(cells, positions!.ma_ho);
    if (first === undefined || !(ownCell(cells, positions!.ma_ho, first) || countingCell(code) || WHOLE_COUNT.test(code)) || !mayLeadTotal(first) || !TOTAL_LEAD_HEADS.has(fold(FIRST_WORD.exec(first)?.[1] ?? ''))) return undefined;
    const words = wordsOf(first);
    // A group's total line ("Cộng ấp 1") with its area typed on it too ("NT", filled down the column) is no household either:
    // its "57,6 triệu/năm" was read as a household of 4 at 1.200.000 a person (round 18).
    if (!ownCell(cells, positions!.khu_vuc, first)) return subtotalLabel(first, words) ? first : undefined;
    return totalLead(words) || subtotalLabel(first, words) ? first : undefined;
  };
  /**
   * A row of counts only (tallyText) with no household code, area, income nor total or footer cell: its text, or undefined.
   */
  const tallyOf = (cells: readonly string[]): string | undefined => {
    const { ma_ho, khu_vuc, thu_nhap_binh_quan, tong_thu_nhap } = positions!;
    // Its counts may stand in the household's columns when a label opens the row ("Số hộ | 3 | Số khẩu | 11") or they are
    // labels or counts with their unit ("Số hộ: 3", "Thôn 1: 3 hộ" under "Mã hộ").
    // Asked of every row: no list of the four columns nor closures made for it (7% of a 100.000-row run's allocations).
    const first = cells.find(filledCell);
    if (
      !(first !== undefined && tallyLabel(first)) &&
      !(countingCell(columnCell(cells, ma_ho)) && countingCell(columnCell(cells, khu_vuc)) && countingCell(columnCell(cells, thu_nhap_binh_quan)) && countingCell(columnCell(cells, tong_thu_nhap)))
    ) {
      return undefined;
    }
    const text = tallyText(cells);
    return text === undefined || totalLabel(cells) !== undefined || cells.some((cell) => cell !== '' && footerCell(cell)) ? undefined : text;
  };
  const footerArea = memoised(areaReader(rules));
  /**
   * Whether a row holds a household's figures: an area, members or income cell that is no sign-off text and has a digit, or
   * an area the area column reads. A signer's name under "Số nhân khẩu" ("Phạm Văn Hùng" below "CHỦ TỊCH") is none.
   */
  const holdsFigures = (cells: readonly string[]): boolean => {
    const { khu_vuc, so_nguoi, thu_nhap_binh_quan, tong_thu_nhap } = positions!;
    return [khu_vuc, so_nguoi, thu_nhap_binh_quan, tong_thu_nhap].some((at) => {
      const text = columnCell(cells, at);
      return text !== '' && !footerCell(text) && (/\d/.test(text) || (at === khu_vuc && footerArea(text) !== null));
    });
  };
  /**
   * Under a footer row, a row whose household code cell holds a signer's name ("Nguyễn Thị Hoa" under "Người lập biểu" in
   * the code column): no digit in it, no figures in the row. A household code has its number ("MP-09", "H01", "012"), so a
   * household typed under the signatures stays a household, classified or refused.
   */
  const signerInCode = (cells: readonly string[], code: string): boolean => footerSeen && !/\d/.test(code) && !holdsFigures(cells);
  const footer = (cells: readonly string[]): string | undefined => {
    const code = columnCell(cells, positions!.ma_ho);
    if (code !== '' && !footerCell(code) && !signerInCode(cells, code)) return undefined;
    // A row with a household's figures is a household, classified or refused, whatever its other cells say ("ngày 20 tháng
    // 11 năm 2026" in a date or note column; review6 M5); only the total line ("Tổng cộng", its first filled cell) holds
    // figures and is no household.
    const figures = holdsFigures(cells);
    if (figures) {
      if (!totalLead(wordsOf(cells.find(Boolean) ?? ''))) return undefined;
    }
    const found = cells.find(footerCell);
    if (found !== undefined || !footerSeen) return found;
    return figures ? undefined : cells.find(Boolean);
  };

  /** The income column whose cell and the next read as one amount split by the CSV's comma (splitAmount), if any. */
  const splitColumn = (cells: readonly string[]): (typeof INCOME_COLUMNS)[number] | undefined => {
    if (cells.length !== width + 1) return undefined;
    return INCOME_COLUMNS.find((column) => {
      const at = positions![column];
      const [whole, rest] = [cells[at] ?? '', cells[at + 1] ?? ''];
      return at >= 0 && amountSplit(whole, rest);
    });
  };
  /**
   * Whether a refused row's thôn/ấp cell may not be its thôn/ấp: its cells may stand in the wrong columns (shifted), unless
   * the only shift is an amount split right of the thôn/ấp column (splitAmount: the cells left of it stand where they are).
   */
  const villageShifted = (cells: readonly string[]): boolean => {
    if (!shifted(cells)) return false;
    const column = splitColumn(cells);
    return column === undefined || carried.address === undefined || positions![column] < carried.address;
  };
  /**
   * A row of one cell more than the header whose income cell and the next read as one amount with a decimal comma ("1" and
   * "5 triệu": an unquoted 1,5 triệu split by the CSV's commas): refused saying so, never read as “1” (only rows wider
   * than the header get here).
   */
  const splitAmount = (cells: readonly string[]): ((line: number) => RowProblem) | null => {
    const column = splitColumn(cells);
    if (column === undefined) return null;
    const at = positions![column];
    const [whole, rest] = [cells[at]!, cells[at + 1]!];
    const joined = `${whole},${rest}`;
    return (line) => ({
      line,
      column,
      message: `dòng có ${cells.length} ô, nhiều hơn ${width} cột: “${whole}” và “${rest}” là số tiền “${joined}” bị dấu phẩy tách làm hai ô (số tiền có dấu phẩy chưa đặt trong ngoặc kép); hãy ghi "${joined}" trong ngoặc kép, hoặc ghi số đồng không có dấu phẩy`,
    });
  };

  /**
   * A row with both an income per person and the household's total: why they contradict ('' when they agree). Beyond
   * rounding, or rounded across a line (the two figures give two classes), the row is refused naming both columns and
   * figures: neither is picked.
   */
  const incomeClash = (profile: HouseholdProfileInput, total: number, classification: Classification): string => {
    const perPerson = profile.monthlyIncomePerPerson!;
    const share = total / profile.members;
    const agree = incomesAgree(perPerson, share);
    if (agree === 'same') return '';
    let other: Classification | undefined;
    if (agree === 'rounded') {
      const checked = assessHousehold(rules, { ...profile, monthlyIncomePerPerson: share });
      other = checked.ok ? checked.value.under.classification : undefined;
      if (other === classification) return '';
    }
    const totalColumn = headerNames.get('tong_thu_nhap') ?? 'tong_thu_nhap';
    const working = `${formatMoney(total)} ÷ ${profile.members} người = ${formatMoney(Math.round(share))} mỗi người mỗi tháng (cột ${totalColumn})`;
    const why =
      other === undefined
        ? 'hai cột mâu thuẫn'
        : `hai số chỉ chênh do làm tròn nhưng cho hai nhóm khác nhau (${CLASS_LABELS[classification]} / ${CLASS_LABELS[other]})`;
    return `thu nhập bình quân ${formatMoney(perPerson)} mỗi người mỗi tháng khác tổng thu nhập của hộ ${working}: ${why}, không đoán số nào đúng; hãy sửa cột sai, hoặc để trống một trong hai cột`;
  };

  /**
   * Why a row's count of deprivations ("Số chỉ số": a number) cannot stand with the indicators its other columns name or
   * mark ('' when it agrees, or is empty): it is no number; it differs from them (neither is picked); or it is more than 0
   * in a list naming no indicator (the result needs to know which: each standard counts its own).
   */
  const countClash = (text: string, deprived: readonly IndicatorId[]): string => {
    if (text === '') return '';
    if (!/^\d+$/.test(text.trim())) {
      return `số chỉ số “${text}” phải là một số (ví dụ 2): cột này đếm số chỉ số thiếu hụt của hộ; tên các chỉ số ghi ở cột “Các chỉ số thiếu hụt” hoặc đánh dấu x ở cột của từng chỉ số`;
    }
    const count = Number(text);
    // A list that names no indicator: the count alone is read (countOnly), as the standard's line asks only how many.
    if (countOnlyList()) return '';
    if (count === deprived.length) return '';
    const named = deprived.length === 0 ? 'không chỉ số nào' : `${deprived.length} (${deprived.map((id) => rules.indicatorById.get(id)?.name ?? id).join(', ')})`;
    return `ghi ${count} chỉ số thiếu hụt nhưng các cột chỉ số đánh dấu ${named}: hai cột mâu thuẫn, không đoán bên nào đúng; hãy sửa số chỉ số hoặc các ô đánh dấu cho khớp`;
  };

  /** A list with a count of deprivations ("Số chỉ số thiếu hụt") and no column naming or marking an indicator. */
  const countOnlyList = () => marks.length === 0 && positions!.thieu_hut < 0 && positions!.so_chi_so >= 0;

  /**
   * A count-only list's row (countOnlyList): the household's count of deprivations, when more than 0 (0 is read as no
   * deprivation, as before). The standard's line decides by how many indicators a household lacks (NĐ 07/2021 Điều 3,
   * NĐ 351/2025: từ 3 chỉ số là hộ nghèo), so the count decides the class; which indicators stays unknown, never guessed.
   */
  const countOnly = (text: string): number | undefined => {
    if (!countOnlyList() || !/^\d+$/.test(text.trim())) return undefined;
    const count = Number(text.trim());
    return count > 0 ? count : undefined;
  };

  /**
   * The row's result from its count alone: the assessment with that many of the standard's indicators of known threshold
   * standing in (the class, the margins and an open result's two classes follow from the count, never from which), and
   * the sentence naming them said as the list's count; or why the count cannot be (more than the standard has).
   */
  const countedAs = (profile: HouseholdProfileInput, count: number, standard: Standard): { profile: HouseholdProfileInput; names: string } | string => {
    const { ids, thresholdUnknown } = standard.indicators;
    if (count > ids.length) {
      return `ghi ${count} chỉ số thiếu hụt nhưng ${standard.title} chỉ có ${ids.length} chỉ số: hãy kiểm tra lại số chỉ số thiếu hụt của hộ`;
    }
    const standIns = ids.filter((id) => !thresholdUnknown.includes(id)).slice(0, count);
    return { profile: { ...profile, deprivations: standIns }, names: standIns.map((id) => rules.indicatorById.get(id)!.name).join('; ') };
  };

  /** In a member list: each household code → its first run of rows (first line, members) and every run as said ("dòng 2–3"). */
  const memberRuns = new Map<string, { top: Line; members: number; runs: string[] }>();
  /**
   * Why a member list's run of rows (`rows`, code `code`) is no household of its own: its code had a run of rows before,
   * with other households' rows between ('' for a code's first run). The household's members are split: its result (on its
   * first run's first row) counted only that run's members; every run is named, and how to mend the list.
   */
  const splitMembers = (code: string, rows: readonly MemberRow[]): string => {
    if (code === '') return '';
    const top = where(rows[0]!.line);
    const run = rows.length === 1 ? `dòng ${top}` : `dòng ${top}–${String(where(rows[rows.length - 1]!.line)).replace(/ \(trang .*$/, '')}`;
    const before = memberRuns.get(code);
    if (before === undefined) {
      memberRuns.set(code, { top, members: rows.length, runs: [run] });
      return '';
    }
    before.runs.push(run);
    summary.splitHouseholds.set(code, before.runs);
    return (
      `thành viên của hộ “${code}” bị tách: ${before.runs.slice(0, -1).join(', ')} và ${run} cùng mã hộ nhưng không liền nhau (có dòng của hộ khác ở giữa). ` +
      `Các dòng này không phải một hộ riêng và chưa được cộng vào hộ: kết quả ở dòng ${before.top} chỉ tính ${before.members} nhân khẩu (${before.runs[0]}), nên chưa chắc đúng. ` +
      'Hãy xếp các dòng của hộ liền nhau (sắp xếp theo cột mã hộ) rồi kiểm tra lại'
    );
  };

  /**
   * A household's size counted from its rows: a member list without a size column, or a head's row with its members' rows
   * under it and its size cell empty; undefined when the size cell says it.
   */
  const countedSize = (cells: readonly string[], rows: readonly MemberRow[] | undefined, kind: MemberKind | undefined): string | undefined =>
    rows && (positions!.so_nguoi < 0 || (kind === 'relation' && rows.length > 1 && columnCell(cells, positions!.so_nguoi).trim() === '')) ? String(rows.length) : undefined;

  /**
   * The household's income when its members' rows hold their own in the household income column (a member list: "3.000.000" on
   * the head's row, "2.000.000" on the wife's, the child's empty): the sum of the rows, each read by the column's period and unit,
   * said with each row's line ("… = 5.000.000 đồng"); undefined when no member's row holds another figure than the first row
   * (the household's income written once, or again on every row). A member's figure that cannot be read refuses the household,
   * naming that row.
   */
  const membersIncome = (rows: readonly MemberRow[]): { text: string; reading: IncomeReading; note: string } | undefined => {
    const at = positions!.tong_thu_nhap;
    if (at < 0) return undefined;
    const texts = rows.map((row) => (row.cells[at] ?? '').trim());
    if (!texts.slice(1).some((text) => text !== '' && text !== texts[0])) return undefined;
    const reading = incomes.get('tong_thu_nhap') ?? MONTHLY;
    const perPeriod = reading.period === 'year' ? MONTHS_PER_YEAR : 1;
    const values = texts.map((text, index) => {
      if (text === '') return 0;
      try {
        return Math.round(readIncome(text, 'tong_thu_nhap', reading, rows.length).value * perPeriod);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        // A member's "?" said as a household row's is, with what to write in a row of one person (round 39; was "Mình chưa hiểu số tiền “?”").
        const asked = questionOnly(text);
        const message = asked ? questionRefusal(asked, error, undefined, MEMBER_INCOME_INSTEAD) : error.message;
        throw new RowError(error.column, `dòng ${rows[index]!.line} (thành viên của hộ): ${message}`);
      }
    });
    const sum = values.reduce((all, value) => all + value, 0);
    const parts = values.map((value, index) => `${formatMoney(value)} (dòng ${rows[index]!.line}${texts[index] === '' ? ', để trống' : ''})`);
    const period = reading.period === 'year' ? ' cả năm' : ' mỗi tháng';
    return {
      text: String(sum),
      reading: { period: reading.period, scale: 1 },
      note: `Các dòng của hộ ghi thu nhập riêng của từng thành viên ở cột ${(headerNames.get('tong_thu_nhap') ?? 'tong_thu_nhap')}: thu nhập của hộ là tổng các dòng${period}, ${parts.join(' + ')} = ${formatMoney(sum)}. `,
    };
  };
  /**
   * Whether a row's cells may stand in the wrong columns: in a sheet, a filled cell right of the header's columns (a cell
   * typed one column over, or inserted shifting the row); in a CSV, more cells than the header (a comma in a name not
   * quoted), or fewer with a cell holding a delimiter (a stray quote joining two cells: “"Lê Văn Bảy,Ấp Tân Hòa"”).
   */
  const shifted = (cells: readonly string[]): boolean =>
    cells.slice(width).some(Boolean) || (!source.spreadsheet && (cells.length > width || (cells.length < width && cells.some((cell) => /[,;\t]/.test(cell))) || quoteSpan(cells) !== undefined));
  /**
   * A quote opened inside one cell of a CSV row and closed in a later one (`Lê "Thị, Sáu"` not quoted from its start): the
   * delimiter between split what its writer meant as one cell, so the cells from `from` on may stand a column off, even when
   * the row has the header's width (a trailing cell left out). Undefined when no quote spans cells (a workbook's never do).
   */
  /** The last row quoteSpan was asked of, and its answer: a row is asked twice (classify, then carriedOf for its result). */
  let spanCells: readonly string[] | null = null;
  let spanFound: { from: number; to: number } | undefined;
  const quoteSpan = (cells: readonly string[]): { from: number; to: number } | undefined => {
    if (source.spreadsheet) return undefined;
    if (cells === spanCells) return spanFound;
    // A loop, no callbacks made for it.
    let from = -1;
    let found: { from: number; to: number } | undefined;
    for (let at = 0; at < cells.length && found === undefined; at += 1) {
      if (!oddQuotes(cells[at]!)) continue;
      if (from < 0) from = at;
      else found = { from, to: at };
    }
    spanCells = cells;
    spanFound = found;
    return found;
  };
  /**
   * The name and thôn/ấp a row carries to the result (ho_ten_chu_ho, thon_ap) as its writer meant them: a name a stray quote
   * split (quoteSpan) is the cells of the span joined ("Lê "Thị, Sáu""), never its first part; a cell right of the span's start
   * may hold another column's text: left empty (its thôn/ấp counted under SHIFTED_VILLAGE).
   */
  const carriedOf = (cells: readonly string[], unsure: boolean): [name: string, village: string] => {
    const span = quoteSpan(cells);
    return [
      carriedCell(cells, span, carried.name, false),
      carriedCell(cells, span, carried.address, unsure || villageUnsure.has(cells) || (span !== undefined && carried.address !== undefined && carried.address >= span.from)),
    ];
  };
  /** What a shifted row's thôn/ấp cell holds, said as no thôn/ấp of the row's ('' without a thôn/ấp column). */
  const shiftedVillage = (cells: readonly string[]): string => {
    const text = carried.address === undefined ? '' : (cells[carried.address] ?? '').trim();
    return text === '' ? '' : `; ô “${text}” ở cột “${headerCells[carried.address!]!.trim()}” chưa chắc là thôn, ấp của hộ (dòng này không được tính vào thôn, ấp nào)`;
  };
  /**
   * A row's result, or why it is refused. A row whose cells may stand in the wrong columns (shifted) and cannot be read says
   * so first, and that its thôn/ấp cell is not taken as its thôn/ấp (writeRefused counts it under SHIFTED_VILLAGE).
   */
  const classify = (cells: string[], line: number, spans?: MergedSpans, rows?: readonly MemberRow[], kind?: MemberKind): Cell[] | RowProblem => {
    const ambiguous = joinedRefusals.get(line);
    if (ambiguous !== undefined) return { line, column: '', message: ambiguous };
    if (cells.length > width) {
      const split = splitAmount(cells);
      if (split) return split(line);
    }
    for (let extra = width; extra < cells.length; extra += 1) {
      if (cells[extra]) {
        // The cell is named (its column's letter in a workbook): a sheet's cells are never split by commas.
        const where = source.spreadsheet ? `ô “${cells[extra]}” ở cột ${columnLetter(extra)}, ngoài ${width} cột có tên ở dòng tên cột (cột đó chưa có tên cột, hoặc tên cột của nó chưa đọc được)` : `dòng có ${cells.length} ô, nhiều hơn ${width} cột của dòng tên cột; có thể một số tiền có dấu phẩy (1,5 triệu) chưa được đặt trong ngoặc kép`;
        return { line, column: '', message: where + shiftedVillage(cells) };
      }
    }
    const span = quoteSpan(cells);
    if (span !== undefined) {
      const read = [...readColumns()].filter((at) => at >= span.from).sort((a, b) => a - b);
      if (read.length > 0) return spannedRow(cells, line, span, read);
      const village = carried.address !== undefined && carried.address >= span.from ? '; thôn, ấp của hộ chưa rõ (dòng này không được tính vào thôn, ấp nào)' : '';
      quoteNotes.set(
        line,
        `${spanSaid(cells, span)}: đọc “${cells.slice(span.from, span.to + 1).join(', ')}” là một ô, các cột đọc để xét hộ đứng trước nó nên dòng vẫn được xét${village}; hãy đặt cả ô trong ngoặc kép hoặc bỏ dấu ngoặc kép thừa`,
      );
    }
    const outcome = readRow(cells, line, spans, rows, kind);
    if (Array.isArray(outcome)) return outcome;
    if (!shifted(cells)) return groupHinted(outcome, cells);
    const heading = headerNames.get(outcome.column);
    return {
      line,
      column: '',
      message:
        `dòng có ${cells.length} ô, ${cells.length > width ? 'nhiều' : 'ít'} hơn ${width} cột của dòng tên cột: các ô có thể đã lệch cột ` +
        `(một ô thừa, một dấu phẩy trong họ tên hay địa chỉ chưa đặt trong ngoặc kép, hoặc một dấu ngoặc kép thừa gộp hai ô)${shiftedVillage(cells)}. ` +
        `Đọc như đang ghi thì: ${problemReason(heading ? { ...outcome, heading } : outcome)}. Hãy sửa dòng cho mỗi ô đúng cột của nó`,
    };
  };
  /**
   * Whether a cell alone names a group of the list ("Tổ 3", "II. Thôn 2": sectionHeading), read once per text: asked of every
   * filled cell of every refused row, whose area, size, indicator and date cells repeat down a list (reading each anew was
   * ~2,5% of a 100.000-row `cli batch` with 3% of its rows refused, CPU profile round 35). A cell without a letter ("9960",
   * "01/12/2026") names none: every SUBTOTAL_UNITS unit is a word.
   */
  const namesGroup = memoised((cell: string): boolean => HAS_LETTER.test(cell) && sectionHeading([cell]) !== undefined);
  /**
   * A refused row with a cell (not its thôn/ấp) that only names a group of the list ("Tổ 3", "Thôn 2": sectionHeading) says what
   * the row may be: the group's heading row, its total line ("Cộng tổ 3"), or a household with that group in the thôn/ấp
   * column (round 34: was the reason alone, "chưa ghi khu vực", "số người “Tổ 3” phải là số nguyên…").
   */
  const groupHinted = (problem: RowProblem, cells: readonly string[]): RowProblem => {
    const at = cells.findIndex((cell, index) => index !== carried.address && cell.trim() !== '' && namesGroup(cell));
    if (at < 0) return problem;
    const text = cells[at]!.trim();
    const place = placeName(text.replace(/^(?:[IVXL]{1,6}|[A-Z])\s*[.)\-–]\s*/i, ''), 0) ?? text;
    const lower = /^\p{Lu}\p{Ll}/u.test(place) ? place.charAt(0).toLocaleLowerCase('vi') + place.slice(1) : place;
    const village = carried.address === undefined ? 'ở cột thôn, ấp (thêm cột “Thôn, ấp” vào danh sách)' : `ở cột “${(headerCells[carried.address] ?? columnLetter(carried.address)).trim()}”`;
    const hint =
      `Ô “${text}” (cột “${(headerCells[at] ?? columnLetter(at)).trim()}”) là tên tổ, thôn, ấp: nếu là dòng đầu nhóm, hãy để “${text}” một mình trên dòng; ` +
      `nếu là dòng cộng của nhóm, hãy ghi “Cộng ${lower}”; nếu là một hộ, hãy ghi “${text}” ${village} và ghi đủ họ tên, khu vực, số người của hộ`;
    return { ...problem, message: `${problem.message.replace(/[.\s]+$/, '')}. ${hint}` };
  };
  /** Where a stray quote opens and closes (quoteSpan), said: “dấu ngoặc kép mở ở ô “Lê "Thị” (cột “Họ tên”) và đóng ở ô “Sáu"” (cột “Thôn”)”. */
  const spanSaid = (cells: readonly string[], span: { from: number; to: number }) => {
    const said = (at: number) => `ô “${cells[at]}” (cột “${(headerCells[at] ?? columnLetter(at)).trim()}”)`;
    return `Dòng CSV có dấu ngoặc kép mở ở ${said(span.from)} và đóng ở ${said(span.to)}, không bao cả ô: dấu phân cách giữa hai dấu ngoặc kép tách một ô làm hai`;
  };
  /** A row whose cells read to classify stand at or right of a stray quote's span: refused, never read a column off. */
  const spannedRow = (cells: readonly string[], line: number, span: { from: number; to: number }, read: readonly number[]): RowProblem => ({
    line,
    column: '',
    message:
      `${spanSaid(cells, span)}, nên các ô từ đó có thể đã lệch cột (${read.map((at) => `“${(headerCells[at] ?? columnLetter(at)).trim()}”`).join(', ')} là cột đọc để xét hộ)${shiftedVillage(cells)}. ` +
      `Hãy đặt cả ô trong ngoặc kép (ví dụ "${cells.slice(span.from, span.to + 1).join(', ').replaceAll('"', '')}") hoặc bỏ dấu ngoặc kép và dấu phẩy thừa`,
  });
  /**
   * The ways a CSV row of more cells than its header can stand in the header's columns: each free-text column (a name, an
   * address, a note, the lacks and unsure lists: joinableColumns) may take the next cells back as its own, joined with the
   * delimiter's comma ("Nguyễn Văn A" + "con ông B"), BATCH_DEFAULTS.maxJoinedCells in all; empty cells past the last column
   * are dropped. Each reading: its cells (as many as the header's) and the columns that took cells back.
   */
  const alignments = (cells: readonly string[]): { cells: string[]; joined: number[] }[] => {
    const joinable = joinableColumns();
    const found: { cells: string[]; joined: number[] }[] = [];
    const walk = (column: number, at: number, taken: string[], joined: number[]) => {
      if (column === width) {
        if (cells.slice(at).every((cell) => cell === '') && joined.length > 0) found.push({ cells: taken, joined });
        return;
      }
      const spare = cells.length - at - (width - column);
      for (let extra = 0; extra <= (joinable.has(column) ? Math.min(spare, BATCH_DEFAULTS.maxJoinedCells - joined.length) : 0); extra += 1) {
        const text = cells.slice(at, at + extra + 1).filter(Boolean).join(', ');
        walk(column + 1, at + extra + 1, [...taken, text], extra > 0 ? [...joined, column] : joined);
      }
    };
    if (cells.length - width <= BATCH_DEFAULTS.maxJoinedCells) walk(0, 0, [], []);
    return found;
  };
  /** Columns of free text where a comma not quoted may have split a cell: the name, the address, the lacks lists, and columns not read. */
  const joinableColumns = (): Set<number> => {
    const read = readColumns();
    const joinable = new Set<number>();
    for (let column = 0; column < width; column += 1) if (!read.has(column) && column !== kin.order && (headerCells[column] ?? '').trim() !== '') joinable.add(column);
    for (const column of [carried.name, carried.address, positions!.thieu_hut, positions!.khong_ro]) if (column !== undefined && column >= 0) joinable.add(column);
    return joinable;
  };
  /** What a row's cells give the household (its profile, code and count of lacks), or undefined when they cannot be read as one. */
  const readingOf = (cells: readonly string[]): string | undefined => {
    const cell = (column: Column) =>
      column === 'so_nguoi' ? (positions!.so_nguoi < 0 ? '1' : peopleCount(columnCell(cells, positions!.so_nguoi))) : column === 'khu_vuc' && titled ? titled.place : columnCell(cells, positions![column]);
    try {
      const { profile } = toProfile(cell, marks, cells, incomes);
      if (!assessHousehold(rules, profile).ok || countClash(cell('so_chi_so'), profile.deprivations ?? []) !== '') return undefined;
      return JSON.stringify([profile, cell('ma_ho'), cell('so_chi_so')]);
    } catch (error) {
      if (error instanceof RowError) return undefined;
      throw error;
    }
  };
  /** Two cells that read as one amount split by its decimal comma ("1" and "5 triệu"): no name's comma; the row is left as written. */
  const amountSplit = (whole: string, rest: string | undefined): boolean => rest !== undefined && /^\d{1,3}$/.test(whole) && /^\d/.test(rest) && parseAmount(`${whole},${rest}`).ok;
  /** Rows of a CSV whose cells were read again (realigned): the note for their ly_do, or why they are refused. */
  const joinedNotes = new Map<number, string>();
  const joinedRefusals = new Map<number, string>();
  /** What a row's ly_do says of how its CSV cells were read (a broken quote, commas joined back), if anything. */
  const lineNote = (line: number, hidden = true): string | undefined => {
    const said = [quoteNotes.get(line), joinedNotes.get(line)].filter((note) => note !== undefined);
    // A household on a row hidden in Excel (round 26: read, never said: the cadre looking at the sheet did not see it).
    if (hidden && hiddenLines.has(line)) {
      hiddenSaid.add(where(line));
      said.unshift(`Dòng ${line} đang bị ẩn trong Excel: vẫn được đọc và xét như mọi dòng; hãy bỏ ẩn dòng để xem`);
    }
    return said.length === 0 ? undefined : said.join('. ');
  };
  /** Rows read again whose thôn/ấp cell is not sure (its text could be the name's): no thôn/ấp copied or counted. */
  const villageUnsure = new WeakSet<readonly string[]>();
  /**
   * A CSV row of more cells than the header (a comma not quoted in "Nguyễn Văn A, con ông B", "Lê Thị Hoa, tổ 3", a note "ốm,
   * nằm viện"): read with the cells joined back when exactly one household can be read from it (every reading of its cells
   * that reads gives the same household: area, size, income, lacks, date, code), said in its ly_do; refused, each reading
   * said, when readings give different households; left as it is (refused as before) when none reads, or when the row as
   * written reads (trailing empty cells) or is an amount split by its comma (splitAmount says that).
   */
  const realigned = (record: { line: number; cells: string[] }): string[] => {
    const { cells, line } = record;
    if (splitColumn(cells) !== undefined || cells.some((cell, at) => amountSplit(cell, cells[at + 1]))) return cells;
    // The row as written, its empty cells past the header dropped, is one reading ("bhyt" | "nuoc" | "" may be "bhyt, nuoc" | "").
    const asWritten = cells.slice(width).every((cell) => cell === '') ? [{ cells: cells.slice(0, width), joined: [] as number[] }] : [];
    // A reading of the same cells as one before it (a cell joined with an empty one) is that reading.
    const seenCells = new Set<string>();
    const readings = [...asWritten, ...alignments(cells).sort((a, b) => a.joined[0]! - b.joined[0]!)].flatMap((reading) => {
      const same = JSON.stringify(reading.cells);
      const key = seenCells.has(same) ? undefined : readingOf(reading.cells);
      seenCells.add(same);
      return key === undefined ? [] : [{ ...reading, key }];
    });
    if (readings.length === 0 || readings.every((reading) => reading.joined.length === 0)) return cells;
    const name = (column: number) => `“${(headerCells[column] ?? columnLetter(column)).trim()}”`;
    // A free text (a note: illness, a phone number) masked as the privacy rules mask kept text; the name, address and lacks are in the row anyway.
    const read = readColumns();
    const shown = (text: string, column: number) => (read.has(column) || column === carried.name || column === carried.address ? text : maskPersonalData(text));
    const said = (reading: { cells: string[]; joined: number[] }) =>
      reading.joined.length === 0 ? 'đọc như đang ghi, bỏ ô trống thừa ở cuối dòng' : reading.joined.map((column) => `“${shown(reading.cells[column]!, column)}” ở cột ${name(column)}`).join(', ');
    const extra = `dòng có ${cells.length} ô, nhiều hơn ${width} cột của dòng tên cột: có dấu phẩy trong một ô chưa được đặt trong ngoặc kép nên ô ấy bị tách làm hai`;
    if (new Set(readings.map((reading) => reading.key)).size > 1) {
      joinedRefusals.set(
        line,
        `${extra}, và dòng đọc được nhiều cách, mỗi cách cho số liệu của hộ khác nhau (${readings.map(said).join('; hoặc ')}): chưa phân loại, không đoán. ` +
          'Hãy đặt ô có dấu phẩy trong ngoặc kép (hoặc bỏ dấu phẩy) rồi kiểm tra lại',
      );
      return cells;
    }
    // The row as written reads, and no other way gives another household: as before, nothing to say.
    if (readings[0]!.joined.length === 0) return cells;
    const [first] = readings;
    const chosen = [...first!.cells];
    let unsure = '';
    if (carried.name !== undefined) chosen[carried.name] = readings.map((reading) => reading.cells[carried.name!]!).reduce((long, text) => (text.length > long.length ? text : long));
    if (carried.address !== undefined && readings.some((reading) => reading.cells[carried.address!] !== chosen[carried.address!])) {
      villageUnsure.add(chosen);
      unsure = `; chưa rõ phần chữ sau dấu phẩy thuộc cột ${name(carried.address)} hay cột bên cạnh, nên thôn, ấp của hộ để trống (không tính vào thôn, ấp nào)`;
    }
    joinedNotes.set(
      line,
      `Dòng CSV có ${cells.length} ô, nhiều hơn ${width} cột của dòng tên cột (dấu phẩy trong ô chưa đặt trong ngoặc kép): đọc ${readings.length === 1 ? said(first!) : readings.map(said).join(' hoặc ')}; ` +
        `mọi cách ghép đọc được đều cho cùng số liệu của hộ nên hộ vẫn được xét${unsure}. Hãy đặt ô có dấu phẩy trong ngoặc kép khi lưu danh sách`,
    );
    return chosen;
  };
  /**
   * What a household's rows say of their lines (a broken quote, cells joined back, rows hidden in Excel), ending '. ', or ''.
   * Its members' rows hidden in Excel are one sentence naming them all (was one sentence per row, each repeating its line).
   */
  const lineNotes = (line: number, rows: readonly MemberRow[] | undefined): string => {
    const hiddenMembers = (rows ?? []).filter((row) => row.line !== line && hiddenLines.has(row.line)).map((row) => row.line);
    for (const member of hiddenMembers) hiddenSaid.add(where(member));
    const said = (rows ?? [{ line }]).flatMap((row) => {
      const noted = lineNote(row.line, row.line === line);
      return noted === undefined ? [] : [row.line === line ? noted : `Dòng ${row.line} (thành viên): ${noted.charAt(0).toLowerCase()}${noted.slice(1)}`];
    });
    if (hiddenMembers.length > 0) {
      const which = hiddenMembers.length === 1 ? `Dòng ${hiddenMembers[0]} (thành viên của hộ)` : `Các dòng ${hiddenMembers.join(', ')} (thành viên của hộ)`;
      said.push(`${which} đang bị ẩn trong Excel: vẫn được đọc cùng hộ; hãy bỏ ẩn dòng để xem`);
    }
    return said.length > 0 ? `${said.join('. ')}. ` : '';
  };
  /**
   * A workbook row whose cell read to classify holds a formula with no value kept (formulaGaps: a file saved by a tool that
   * does not compute formulas, or a formula in error), read as empty: never a guessed value (a date left empty is the day of
   * the review). Refused naming the cell; an income cell beside another income cell written is left out and said (`note`).
   */
  const valuelessFormulas = (line: number, cells: readonly string[], rows?: readonly MemberRow[]): RowProblem | string => {
    if (formulaGaps.size === 0) return '';
    let note = '';
    for (const at of rows && rows.length > 1 ? rows.map((row) => row.line) : [line]) {
      const gaps = formulaGaps.get(`${sheet ?? ''}\0${at}`);
      if (!gaps) continue;
      const incomeCells = [...INCOME_COLUMNS.map((column) => ({ column, index: positions![column] })), ...spares].filter(({ index }) => index >= 0);
      for (const [column, index] of [...(Object.entries(positions!) as [Column, number][]).filter(([column]) => column !== 'ma_ho'), ...marks.map((mark) => [mark.header, mark.index] as const)]) {
        const formula = index >= 0 ? gaps[index] : undefined;
        if (formula === undefined) continue;
        const other = incomeCells.some((cell) => cell.index === index) ? incomeCells.find((cell) => cell.index !== index && (cells[cell.index] ?? '').trim() !== '') : undefined;
        if (!other) return { line: at, column, message: valuelessSaid(formula, `${columnLetter(index)}${at}`) };
        note += `Ô ${columnLetter(index)}${at} (cột “${(headerCells[index] ?? '').trim()}”) có công thức “=${formula}” nhưng tệp không lưu giá trị đã tính của nó: ô ấy không được dùng, thu nhập đọc ở cột “${(headerCells[other.index] ?? '').trim()}”; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại. `;
      }
      // The cells that tell a member's row from a head's (relation, running number) and the name and village carried to the
      // result: read as empty, said how the row was read (was: unsaid, a household of one row or a member row alike).
      for (const index of [kin.relation, kin.order, carried.name, carried.address]) {
        const formula = index === undefined ? undefined : gaps[index];
        if (formula === undefined) continue;
        const read =
          index === kin.relation || index === kin.order
            ? rows && rows.length > 1 && at !== rows[0]!.line
              ? `dòng ${at} được đọc là người của hộ ghi từ dòng ${rows[0]!.line}`
              : `dòng ${at} được đọc là dòng đầu của một hộ`
            : 'ô ấy để trống trong kết quả';
        note += `Ô ${columnLetter(index!)}${at} (cột “${(headerCells[index!] ?? '').trim()}”) có công thức “=${formula}” nhưng tệp không lưu giá trị đã tính của nó: đọc là ô trống, ${read}; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại. `;
      }
    }
    return note;
  };
  /** The header's columns read for nothing (asides: "STT", "Ghi chú"…) and of them the remarks' (REMARK_HEADERS), worked out once per header. */
  let asides: { header: readonly string[]; marks: readonly MarkColumn[]; all: number[]; remarks: number[] } | undefined;
  const asideColumns = () => {
    if (asides?.header === headerCells && asides.marks === marks) return asides;
    const used = new Set<number | undefined>([...Object.values(positions!), ...marks.map((mark) => mark.index), ...spares.map((spare) => spare.index), carried.name, carried.address, kin.order, kin.relation]);
    const all = headerCells.flatMap((name, index) => (name.trim() !== '' && !used.has(index) ? [index] : []));
    const remarks = all.filter((index) => {
      const words = wordsOf(headerCells[index]!);
      return REMARK_HEADERS.some((phrase) => words === phrase || words.startsWith(`${phrase} `));
    });
    asides = { header: headerCells, marks, all, remarks };
    return asides;
  };
  /**
   * What a household's cells in columns read for nothing say of it (round 32; was unsaid): a remark written ("Ghi chú": not
   * read to classify; its text never copied, free text may name people) and a formula whose value the file does not keep.
   */
  const asideNote = (line: number, cells: readonly string[], rows?: readonly MemberRow[]): string => {
    const { all, remarks } = asideColumns();
    if (all.length === 0) return '';
    let note = '';
    const remarked: number[] = [];
    for (const row of rows && rows.length > 1 ? rows : [{ line, cells }]) {
      if (remarks.some((index) => (row.cells[index] ?? '').trim() !== '')) remarked.push(row.line);
      const gaps = formulaGaps.size === 0 ? undefined : formulaGaps.get(`${sheet ?? ''}\0${row.line}`);
      for (const index of gaps ? all : []) {
        const formula = gaps![index];
        if (formula === undefined) continue;
        note += `Ô ${columnLetter(index)}${row.line} (cột “${headerCells[index]!.trim()}”, không dùng để xét hộ) có công thức “=${formula}” nhưng tệp không lưu giá trị đã tính của nó: không ảnh hưởng kết quả; hãy mở tệp trong Excel, lưu lại nếu cần ô ấy. `;
      }
    }
    if (remarked.length > 0) {
      const where = rows && rows.length > 1 ? ` ở dòng ${remarked.join(', ')}` : '';
      note += `Cột “${headerCells[remarks[0]!]!.trim()}” có ghi${where}: ghi chú không được đọc để xét hộ; hãy đọc lại, nếu ghi chú làm đổi số liệu của hộ thì sửa ở cột ấy. `;
    }
    return note;
  };
  /** The review dates read so far, by day (each row once), and the rows whose date reads both ways not yet said to disagree. */
  const datesSeen = new Map<string, number>();
  /** The last row counted in datesSeen: rows come in order, a row read again (a household's rows gathered) is not counted twice. */
  let datedSheet: string | undefined;
  let datedLine = 0;
  /**
   * The rows whose date reads both ways, by (date, swapped): how many, and the first REASON_LINES_SHOWN of them (`seq`: the
   * order met) — the note shows no more (was: every such row kept, 100.000 rows "05/12/2026" kept 100.000 entries).
   */
  const twoWayDates = new Map<string, { date: string; swapped: string; count: number; rows: { seq: number; line: Line; text: string }[]; loose: number; firstLoose?: { line: Line; text: string } }>();
  let twoWaySeq = 0;
  /** The first date cell of the list that reads day first only ("25/11/2026"): the list's own way, no note for its two-way dates. */
  let dayFirstShown: { line: Line; text: string } | undefined;
  /**
   * The first date cell of a refused row that reads month first only ("11/25/2026", refused: no month 25): the list may
   * write its two-way dates month first too, said in their note (was: "không dòng nào … cho biết cách ghi", or no note
   * beside a "25/11/2026"). Looked for on refused rows only.
   */
  let monthFirstShown: { line: Line; text: string } | undefined;
  /**
   * A date cell read day first (dd/MM/yyyy, the Vietnamese norm) that also reads month first ("12/5/2026": 12/05/2026 or
   * 05/12/2026), when the column's other rows so far hold the month-first day more often than this one: said in the row's
   * note (was read day first unsaid, 7 months off the rest of the list). Rows before such a column's others: said at the end.
   */
  const dateOrder = (text: string, date: string, line: number): string => {
    if (sheet === datedSheet && line <= datedLine) return '';
    datedSheet = sheet;
    datedLine = line;
    const seen = datesSeen.get(date) ?? 0;
    datesSeen.set(date, seen + 1);
    const day = Number(date.slice(8, 10));
    const month = Number(date.slice(5, 7));
    if (day > 12) {
      if (!dayFirstShown && Number(/\d+/.exec(text)?.[0]) === day) dayFirstShown = { line: where(line), text: text.trim() };
      return '';
    }
    if (day === month || !TWO_WAY_DATE.test(text) || Number(/\d+/.exec(text)![0]) !== day) return '';
    const swapped = realDate(Number(date.slice(0, 4)), day, month)!;
    if ((datesSeen.get(swapped) ?? 0) <= seen) {
      const key = `${date}\0${swapped}`;
      const pair = twoWayDates.get(key) ?? { date, swapped, count: 0, rows: [], loose: 0 };
      twoWayDates.set(key, pair);
      pair.count += 1;
      // Written not as dd/MM/yyyy ("12/5/2026", "5-12-26"): an Excel date cell ("05/12/2026" as shown) reads one way only.
      if (!PADDED_DATE.test(text)) {
        pair.loose += 1;
        pair.firstLoose ??= { line: where(line), text: text.trim() };
      }
      twoWaySeq += 1;
      if (pair.rows.length < REASON_LINES_SHOWN) pair.rows.push({ seq: twoWaySeq, line: where(line), text: text.trim() });
      return '';
    }
    return twoWaySaid(text.trim(), date, swapped);
  };
  /**
   * Why a month written alone ("12/2026", "T12/2026", "tháng 12/2026") cannot stand for its household's review day: its first
   * and last days give another standard or another class (a standard starting inside the month, a BHYT card running out in
   * it), said with the day things change; '' when every day of the month gives the same result (round 42: was refused always).
   */
  const monthDiffers = (month: MonthOnly, first: Assessment, readAt: (day: string) => HouseholdProfileInput): string => {
    const retype = `không đoán ngày; hãy ghi đủ ngày rà soát theo dạng dd/MM/yyyy (ví dụ 15/${month.said})`;
    const starting = rules.standards.find((standard) => standard.validFrom > month.first && standard.validFrom <= month.last);
    if (starting) {
      return `ngày “${month.typed}” chỉ ghi tháng (tháng ${month.said}), mà từ ngày ${formatDate(starting.validFrom)} áp dụng ${starting.title} (${starting.document}): ngày trước và từ ngày ấy xét theo hai chuẩn khác nhau; ${retype}`;
    }
    let last: Assessment | undefined;
    try {
      const outcome = assessHousehold(rules, readAt(month.last));
      if (outcome.ok) last = outcome.value;
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
    }
    const [from, to] = [first.under.classification, last?.under.classification];
    if (to === from && last?.standard.id === first.standard.id) return '';
    const saidLast = to === undefined ? 'chưa xét được' : CLASS_LABELS[to];
    return `ngày “${month.typed}” chỉ ghi tháng (tháng ${month.said}), mà kết quả đổi trong tháng: ngày ${formatDate(month.first)} là ${CLASS_LABELS[from]}, ngày ${formatDate(month.last)} là ${saidLast} (có ô tính theo ngày xét, như hạn thẻ BHYT); ${retype}`;
  };
  /**
   * The other cells of a refused row that are unclear too (round 44 lists46: the reason named the first only, the cadre fixed
   * it and was refused again for the next): the row read again with each refused cell set to a plain value (NEUTRAL_CELLS; a
   * mark column's cell empty), until it reads or a cell is refused twice. A cell read with the household's size set so (its
   * own cell refused) is not judged on that size: income refusals then are not named.
   */
  const otherUnclear = (
    first: RowError,
    cell: (column: Column) => string,
    cells: readonly string[],
    { incomes: readIncomes, rows: memberRows }: { incomes: ReadonlyMap<IncomeColumn, IncomeReading>; rows: readonly MemberRow[] | undefined },
  ): RowError[] => {
    if (first.message === NAME_ONLY_ROW) return [];
    const set = new Set<string>([first.column]);
    const found: RowError[] = [];
    for (let tries = 0; tries < marks.length + FIGURE_COLUMNS.length + 2; tries += 1) {
      const plain = (column: Column) => (set.has(column) ? (NEUTRAL_CELLS[column] ?? '') : cell(column));
      const markCells = cells.map((text, index) => (marks.some((mark) => mark.index === index && set.has(mark.header)) ? '' : text));
      try {
        toProfile(plain, marks, markCells, readIncomes, memberRows);
        return found;
      } catch (error) {
        if (!(error instanceof RowError) || set.has(error.column)) return found;
        set.add(error.column);
        if (!(set.has('so_nguoi') && INCOME_COLUMNS.includes(error.column as IncomeColumn))) found.push(error);
      }
    }
    return found;
  };
  /** The other unclear cells of a refused row, as its reason says them after the first: each column as the list heads it. */
  const othersSaid = (others: readonly RowError[]): string =>
    `Dòng này còn ${others.length} ô khác chưa rõ, cũng cần sửa: ${others.map((other) => `cột ${headerNames.get(other.column) ?? other.column}: ${other.message.replace(/[.;:\s]+$/, '')}`).join('; ')}.`;
  /** One household's result row, or why the record is refused, its cells read in the columns where they stand. */
  const readRow = (cells: string[], line: number, spans?: MergedSpans, rows?: readonly MemberRow[], kind?: MemberKind): Cell[] | RowProblem => {
    const valueless = valuelessFormulas(line, cells, rows);
    if (typeof valueless !== 'string') return valueless;
    /** A refused row with how its other cells were read (`said`) and what its aside columns hold, as a classified row says them. */
    const remarked = (problem: RowProblem, said: string): RowProblem => {
      const remarks = said + asideNote(line, cells, rows);
      return remarks === '' ? problem : { ...problem, remarks: remarks.trim() };
    };
    const size = columnCell(cells, positions!.so_nguoi).trim();
    const withMembers = kind === 'relation' && rows !== undefined && rows.length > 1;
    const counted = countedSize(cells, rows, kind);
    if (counted !== undefined && positions!.so_nguoi < 0) {
      const split = splitMembers(columnCell(cells, positions!.ma_ho), rows!);
      if (split) return { line, column: 'ma_ho', message: split };
    }
    let cell = (column: Column) =>
      column === 'so_nguoi' ? (counted ?? peopleCount(columnCell(cells, positions![column]))) : column === 'khu_vuc' && titled ? titled.place : columnCell(cells, positions![column]);
    let profile: HouseholdProfileInput;
    let note: string;
    let total: number | undefined;
    let month: MonthOnly | undefined;
    let yearly: boolean | undefined;
    let readAt: ((day: string) => HouseholdProfileInput) | undefined;
    /** What the row's cells were read with, for the other unclear cells of a refused row (otherUnclear). */
    let readWith: { incomes: ReadonlyMap<IncomeColumn, IncomeReading>; rows: readonly MemberRow[] | undefined } = { incomes, rows: undefined };
    try {
      // A household of several rows whose members' rows hold other incomes than its first: each member's own, summed.
      const summed = rows && rows.length > 1 ? membersIncome(rows) : undefined;
      if (summed) {
        const before = cell;
        cell = (column: Column) => (column === 'tong_thu_nhap' ? summed.text : before(column));
      }
      // An income written in its second column only (“Năm” under the merged “Tổng thu nhập của hộ”, “Tháng” empty): read there,
      // said; written in both, the two must agree (never one dropped unread).
      let rowIncomes = incomes;
      let spareNote = '';
      for (let at = 0; at < spares.length; at += 1) {
        const spare = spares[at]!;
        const text = (cells[spare.index] ?? '').trim();
        if (text === '') continue;
        const firstText = cell(spare.column).trim();
        if (firstText === '') {
          const before = cell;
          cell = (column: Column) => (column === spare.column ? text : before(column));
          rowIncomes = new Map(rowIncomes).set(spare.column, spare.reading);
          spareNote += `Thu nhập đọc ở cột “${spare.name}” (cột “${headerCells[positions![spare.column]]!.trim()}” để trống). `;
          continue;
        }
        const members = Math.max(1, Number(cell('so_nguoi')) || 1);
        const monthly = (value: string, reading: IncomeReading) => readIncome(value, spare.column, reading, members).value;
        const said = monthly(text, spare.reading);
        const first = monthly(firstText, incomes.get(spare.column) ?? MONTHLY);
        if (Math.abs(said - first) >= 1) {
          const name = headerCells[positions![spare.column]]!.trim();
          throw new RowError(spare.column, `cột “${name}” ghi “${firstText}” (${formatMoney(Math.round(first))} mỗi tháng) nhưng cột “${spare.name}” ghi “${text}” (${formatMoney(Math.round(said))} mỗi tháng): hai cột không khớp, không đoán số nào đúng; hãy sửa cột sai, hoặc để trống một trong hai cột`);
        }
      }
      // A head's row with its members': the lacks read per member only when a member's row marks one (else the head's row says them).
      const perMember = rows && rows.length > 1 && (kind !== 'relation' || rows.slice(1).some((row) => row.listed.trim() !== '' || marks.some((mark) => (row.cells[mark.index] ?? '').trim() !== '')));
      const profileIncomes = summed ? new Map(rowIncomes).set('tong_thu_nhap', summed.reading) : rowIncomes;
      readWith = { incomes: profileIncomes, rows: perMember ? rows : undefined };
      ({ profile, note, total, month, yearly } = toProfile(cell, marks, cells, profileIncomes, perMember ? rows : undefined));
      const read = cell;
      readAt = (day) => toProfile((column) => (column === 'ngay' ? formatDate(day) : read(column)), marks, cells, profileIncomes, perMember ? rows : undefined).profile;
      note = valueless + (summed?.note ?? '') + spareNote + (titled ? `Khu vực đọc từ tiêu đề danh sách (“${titled.place}”, dòng ${titled.line}): ${titled.area === 'rural' ? 'nông thôn' : 'thành thị'}. ` : '') + note;
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      if (!monthFirstShown && monthFirstOnly(cell('ngay'))) monthFirstShown = { line: where(line), text: cell('ngay').trim() };
      const others = otherUnclear(error, cell, cells, readWith);
      const message = others.length === 0 ? error.message : `${error.message.replace(/[.;:\s]+$/, '')}. ${othersSaid(others)}`;
      return remarked({ line, column: error.column, message, ...(others.length > 0 ? { alsoUnclear: others.map((other) => other.column) } : {}) }, valueless + error.remarks);
    }
    const dateText = cell('ngay');
    if (dateText !== '' && !month) note = dateOrder(dateText, profile.date!, line) + note;
    const countDiffers = countClash(cell('so_chi_so'), profile.deprivations ?? []);
    if (countDiffers) return remarked({ line, column: 'so_chi_so', message: countDiffers }, note);
    // The decision without the full explanation; the row's two text columns come from remembered lines.
    let outcome = assessHousehold(rules, profile);
    if (!outcome.ok) return remarked({ line, column: columnOfField(outcome.error), message: inColumns(outcome.error.message) }, note);
    if (month) {
      const differs = monthDiffers(month, outcome.value, readAt!);
      if (differs) return remarked({ line, column: 'ngay', message: differs }, note);
      note = `Ô ngày ghi “${month.typed}” chỉ có tháng: mọi ngày của tháng ${month.said} cho cùng kết quả (chuẩn áp dụng và cách xét không đổi trong tháng), nên xét theo ngày ${formatDate(month.first)}; nếu cần ngày rà soát chính xác, hãy ghi đủ ngày. ${note}`;
    }
    // A count-only list: the count decides (countedAs); the indicators stay unnamed in the row and the summary.
    const unnamed = countOnly(cell('so_chi_so'));
    let standIns = '';
    if (unnamed !== undefined) {
      const counted = countedAs(profile, unnamed, outcome.value.standard);
      if (typeof counted === 'string') return remarked({ line, column: 'so_chi_so', message: counted }, note);
      outcome = assessHousehold(rules, counted.profile);
      if (!outcome.ok) return remarked({ line, column: columnOfField(outcome.error), message: inColumns(outcome.error.message) }, note);
      standIns = counted.names;
    }
    // A count-only list's blank count (findings36 N36-09): chưa rõ, never 0. Refused where a count could change the class
    // (what it would change said); classified, the blank said, where none can (above the near-poor line).
    const blankCount = countOnlyList() && cell('so_chi_so').trim() === '';
    if (blankCount) {
      const most = countedAs(profile, outcome.value.standard.indicators.ids.length, outcome.value.standard);
      const ifAll = typeof most === 'string' ? undefined : assessHousehold(rules, most.profile);
      const none = outcome.value.under.classification;
      const all = ifAll?.ok ? ifAll.value.under.classification : undefined;
      if (all !== none) {
        return remarked(
          {
            line,
            column: 'so_chi_so',
            message:
              `ô số chỉ số thiếu hụt để trống: chưa rõ hộ thiếu hụt bao nhiêu chỉ số (ô trống không được coi là 0), mà số này quyết định nhóm của hộ: ` +
              `không thiếu hụt chỉ số nào là ${CLASS_LABELS[none]}${all === undefined ? '' : `, thiếu hụt nhiều chỉ số có thể là ${CLASS_LABELS[all]}`}; ` +
              'chưa phân loại; hãy ghi số chỉ số thiếu hụt của hộ (ghi 0 nếu hộ không thiếu hụt chỉ số nào)',
          },
          note,
        );
      }
      note += `Ô số chỉ số thiếu hụt để trống (chưa rõ): dù hộ thiếu hụt bao nhiêu chỉ số vẫn là ${CLASS_LABELS[none]}. `;
    }
    if (total !== undefined && profile.members >= 1) {
      const clash = incomeClash(profile, total, outcome.value.under.classification);
      if (clash) return remarked({ line, column: 'thu_nhap_binh_quan', message: clash }, note);
    }
    // A member list's lack left open (marked on some members only): what it would change, said, never counted.
    if (rows && rows.length > 1 && profile.unsure && profile.unsure.length > 0) {
      const open = profile.unsure.filter((id) => !(profile.deprivations ?? []).includes(id));
      const ifDeprived = assessHousehold(rules, { ...profile, deprivations: [...(profile.deprivations ?? []), ...open], unsure: [] });
      const now = outcome.value.under.classification;
      if (ifDeprived.ok && ifDeprived.value.under.classification !== now) {
        note += `Nếu hộ thiếu hụt cả chỉ số chưa rõ thì là ${CLASS_LABELS[ifDeprived.value.under.classification]} (thay vì ${CLASS_LABELS[now]}): cần xem lại. `;
      }
    }
    // The row's figures are the lean result's (as `check --json` and /api/check?lean=1 give them: leanResult), read from the
    // assessment itself: building that object for every row was ~4% of a 100.000-row run (CPU profile).
    const assessed = outcome.value;
    const { under } = assessed;
    const { classification } = under;
    const deprivations = under.found.counted;
    const standardId = assessed.standard.id;
    summary.classified += 1;
    summary.standards.add(standardId);
    if (yearly) summary.yearInMonthRows.push(where(line));
    // Round 35 (lists19): a household row whose name cell names a group ("Tổ 3", "Xóm 2") was classified unsaid; a heading
    // alone on its row is a group heading (not a household), one with the household's figures is checked and said.
    const named = carried.name === undefined ? '' : (cells[carried.name] ?? '').trim();
    if (named !== '' && sectionHeading([named]) !== undefined) {
      summary.headingNamedRows.push(where(line));
      note =
        `Ô “${named}” (cột “${(headerCells[carried.name!] ?? columnLetter(carried.name!)).trim()}”) ghi tên tổ, thôn, ấp, không phải họ tên chủ hộ: dòng có đủ số liệu nên vẫn được xét như một hộ. ` +
        `Nếu là một hộ, hãy ghi họ tên chủ hộ (“${named}” ghi ở cột thôn, ấp); nếu là dòng đầu nhóm, hãy xóa các số liệu khác trên dòng. ${note}`;
    }
    // The same household code again: its row comes out, marked, and the classes count the household once.
    const code = cell('ma_ho');
    let first: Line | undefined;
    /** The first row of the same name and address whose data differ: both counted, this one marked. */
    let namesake: Line | undefined;
    /** The first row's code when written otherwise ("HGD001" before "hgd001 "): said beside the duplicate. */
    let firstCode = code;
    /**
     * The first row's household head when this row names another and its size or income differ too: "TP3-002" written for
     * two families. (One row per person under the same code, the household's figures on each, is no such thing.)
     */
    let otherHead = '';
    /** The first row's figures when this row, of the same head, has others: "4 người, 1.200.000 đồng/người/tháng, hộ cận nghèo". */
    let otherFigures = '';
    if (code !== '') {
      const key = codeKey(code);
      const known = seen.get(key);
      first = known?.line;
      const head = carried.name === undefined ? '' : (cells[carried.name] ?? '').trim();
      const income = profile.monthlyIncomePerPerson ?? profile.monthlyIncome;
      if (known) {
        firstCode = known.code;
        const differs = known.members !== profile.members || known.income !== income;
        if (differs && head !== '' && known.head !== '' && nameKey(head) !== nameKey(known.head)) otherHead = known.head;
        else if (differs || known.classification !== classification) {
          const figures = (members: number, money: number | undefined, klass: Classification) =>
            `${members} người, ${money === undefined ? 'không ghi thu nhập' : `thu nhập ${formatMoney(money)}${profile.monthlyIncomePerPerson === undefined ? ' cả hộ' : ' mỗi người'} mỗi tháng`}, ${CLASS_LABELS[klass]}`;
          otherFigures = `dòng ${known.line}: ${figures(known.members, known.income, known.classification)}; dòng này: ${figures(profile.members, income, classification)}`;
        }
      } else seen.set(key, { line: where(line), code, head, members: profile.members, income, classification });
    } else if (identity) {
      const name = nameKey(cells[identity.name] ?? '');
      const address = name && (identity.address === undefined ? `\u0001${sheet ?? ''}\u0001${openGroup?.name ?? ''}` : wordsOf(cells[identity.address] ?? ''));
      if (address) {
        const household = `${name}\0${address}`;
        const data = householdData(profile);
        const known = seenNames.get(household);
        if (!known) seenNames.set(household, { first: where(line), data: new Map([[data, where(line)]]) });
        else {
          first = known.data.get(data);
          if (first === undefined) {
            // Namesakes in one tổ (no address to tell them apart) are common: only an address makes a differing row worth a note.
            if (identity.address !== undefined) namesake = known.first;
            known.data.set(data, where(line));
          }
        }
      }
    }
    if (namesake !== undefined) note = `Cùng họ tên và địa chỉ với dòng ${namesake} nhưng số liệu khác — kiểm tra lại (vẫn tính là một hộ riêng). ${note}`;
    if (first === undefined) {
      summary.byClass.set(classification, (summary.byClass.get(classification) ?? 0) + 1);
      countVillage(cells, { standard: standardId, classification });
      countUnder(summary.byStandard, standardId, assessed.date, classification);
      if (assessed.upcoming) countUnder(summary.byNextStandard, assessed.upcoming.standard.id, assessed.date, assessed.upcoming.under.classification);
      // Index loops on this path (every household): a for…of here made an iterator and a result per lack (~11 MB a 100.000-row run).
      if (unnamed === undefined) {
        for (let at = 0; at < deprivations.length; at += 1) {
          const id = deprivations[at]!;
          summary.byIndicator.set(id, (summary.byIndicator.get(id) ?? 0) + 1);
        }
      } else summary.countOnlyRows.push(where(line));
    } else if (code !== '') {
      summary.duplicateRows.push(where(line));
      const written = firstCode === code ? '' : ` (dòng ấy ghi “${firstCode}”, chỉ khác chữ hoa, chữ thường hay dấu cách)`;
      if (otherHead === '' && otherFigures !== '') {
        // Round 43 (lost44): was "Trùng mã hộ … không tính lại", the summary asking to delete "dòng thừa": the figures that differ
        // (a household surveyed again, a correction added below) could be the ones deleted.
        summary.duplicateDiffers.push({ line: where(line), first: first! });
        note =
          `Trùng mã hộ “${code}” với dòng ${first}${written} nhưng số liệu khác (${otherFigures}): chưa rõ dòng nào đúng, tổng hợp theo nhóm đang tính theo dòng ${first}. ` +
          `Hãy đối chiếu với hộ, sửa dòng sai cho đúng hoặc xóa dòng sai sau khi đã đối chiếu, rồi kiểm tra lại. ${note}`;
      } else if (otherHead === '') note = `Trùng mã hộ “${code}” với dòng ${first}${written}: không tính lại trong tổng hợp theo nhóm. ${note}`;
      else {
        summary.duplicateOtherHead.push(where(line));
        const head = (cells[carried.name!] ?? '').trim();
        note =
          `Trùng mã hộ “${code}” với dòng ${first}${written} nhưng chủ hộ khác (dòng ${first}: “${otherHead}”, dòng này: “${head}”): có thể ghi nhầm mã hộ của một trong hai hộ; ` +
          `chưa tính dòng này trong tổng hợp theo nhóm. Hãy sửa mã hộ cho đúng rồi kiểm tra lại (đừng xóa dòng). ${note}`;
      }
    } else {
      summary.possibleDuplicateRows.push(where(line));
      const same = identity?.address === undefined ? `${SAME_GROUP}; danh sách không có cột mã hộ, địa chỉ` : SAME_ADDRESS;
      note = `Có thể trùng hộ với dòng ${first} (${same}): không tính lại trong tổng hợp theo nhóm; hãy kiểm tra. ${note}`;
    }
    note = membersDiffer(cells, line, rows) + note;
    // The household's code merged down over its members' rows (one row per person): said first.
    const last = spans?.[positions!.ma_ho];
    if (last !== undefined && code !== '') note = `Hộ ghi trên các dòng ${line}–${last} (ô mã hộ gộp, mỗi dòng một thành viên)${counted === undefined ? '' : `: ${counted} nhân khẩu`}. ${note}`;
    else if (withMembers) {
      const said = Number(size);
      const differs = counted === undefined && /^\d+$/.test(size) && said !== rows.length;
      if (differs) summary.sizeDiffers.push({ line: where(line), said, rows: rows.length });
      note =
        `Hộ ghi trên các dòng ${line}–${rows[rows.length - 1]!.line} (dòng chủ hộ và ${rows.length - 1} dòng thành viên bên dưới)${counted === undefined ? '' : `: ${counted} nhân khẩu (${positions!.so_nguoi < 0 ? 'danh sách không có cột số nhân khẩu' : 'cột số nhân khẩu để trống'}, đếm theo số dòng)`}. ` +
        (differs ? `Cần xem lại: cột số nhân khẩu ghi ${said} nhưng hộ có ${rows.length} dòng người (chủ hộ và thành viên); hộ được xét theo số ghi ${said}. ` : '') +
        note;
    } else if (rows && rows.length > 1) note = `Hộ ghi trên các dòng ${line}–${rows[rows.length - 1]!.line} (cùng mã hộ, mỗi dòng một thành viên)${counted === undefined ? '' : `: ${counted} nhân khẩu`}. ${note}`;
    else if (counted !== undefined) note = `Hộ ghi trên 1 dòng: 1 nhân khẩu (danh sách không có cột số nhân khẩu). ${note}`;
    // A member's row (one row per person) says its own line. Most lists have no broken quotes nor hidden rows: nothing to look up.
    if (quoteNotes.size + joinedNotes.size + hiddenLines.size > 0) note = lineNotes(line, rows) + note;
    note += asideNote(line, cells, rows);
    const lines = assessmentLines(rules, assessed);
    let reasons: Cell = note === '' ? lines.reasons : { ...lines.reasons, own: note + lines.reasons.own };
    if (unnamed !== undefined) {
      // The stand-ins never shown: the sentence counting them says the list's count, without names.
      const whole = `${note}${lines.reasons.own}${lines.reasons.shared}`;
      const said = whole.replaceAll(` (${standIns})`, ' (danh sách chỉ ghi số chỉ số thiếu hụt, không ghi tên chỉ số)');
      reasons = said !== whole ? said : `${whole} Danh sách ghi ${unnamed} chỉ số thiếu hụt (không ghi tên chỉ số).`;
    }
    const next = assessed.upcoming;
    // incomePerPerson as the lean result rounds it (to the hundredth), then to the đồng. One literal of OUTPUT_COLUMNS' width
    // (the next standard's cells spread from an array of their own grew the row's array on every household).
    const row: Cell[] = [
      line, code, formatDate(assessed.date), CLASS_CELLS[classification], classification,
      wholeDong(Math.round(under.income * 100) / 100), deprivations.length, unnamed === undefined ? idsCell(deprivations) : '', standardId,
      yesNo(under.provisionalReasons.length > 0), reasons, lines.margins,
      next ? next.standard.id : '', next ? formatDate(next.standard.validFrom) : '', next ? CLASS_CELLS[next.under.classification] : '',
      next ? next.under.classification : '', next ? yesNo(next.under.provisionalReasons.length > 0) : '',
    ];
    const { between } = under;
    if (between) return finished(row, [CLASS_CELLS[between.atLeast], between.atLeast, CLASS_CELLS[between.upTo], between.upTo, between.withDeprivations]);
    const range = settledRange(assessed.standard, under.index, classification);
    return finished(row, range ? [CLASS_CELLS[range.atLeast], range.atLeast, CLASS_CELLS[range.upTo], range.upTo, ''] : NO_BETWEEN);
  };

  /** A header cell as Excel shows it, for a refusal: “E1”, or its merged range “E1:F1”. */
  const cellOf = (record: { line: number; across?: MergedAcross }) => (index: number) => {
    const last = record.across?.[index];
    return `${columnLetter(index)}${record.line}${last === undefined ? '' : `:${columnLetter(last)}${record.line}`}`;
  };

  /** Records above the header (a title, a blank form's lines) and the best header refused so far. */
  let above: number[] = [];
  /** The text of the records above the header (the list's first sheet's), where a title may name the commune (titleArea). */
  let titles: { line: Line; text: string }[] = [];
  /** The area of every row, read from the title, when the list has no area column nor address (Header `titled`). */
  let titled: TitleArea | undefined;
  let refusedHeader: (Header & { ok: false }) | null = null;
  let notes: string[] = [];
  /** The header's text of a column where it is not the column's own name: “Số nhân khẩu” (so_nguoi). */
  let headerNames = new Map<string, string>();
  /** The list's header (its first sheet's, in a workbook): a later sheet headed with the same columns is read too. */
  let listHeader: (Header & { ok: true }) | null = null;

  /**
   * A workbook of several sheets (records carry their sheet): the sheet being read, the list's first sheet, and what is
   * done with the current sheet when it is not the list's first: 'looking' for a header like the list's among its first
   * rows, 'reading' its households, 'skipped' (no such header: its rows counted and the sheet named).
   */
  let bySheet = false;
  let sheet: string | undefined;
  let listSheet: string | undefined;
  let sheetState: 'looking' | 'reading' | 'skipped' = 'reading';
  let sheetLines: Line[] = [];
  let skippedWhy = '';
  /**
   * The current later sheet holds a household list this reading cannot take (its header read but other than the list's, or
   * a header row whose columns cannot be read: `found`): its rows under that header are error rows, never left unseen
   * (tryout51 F2: "0 dòng lỗi", exit 0, and the households only in a note). `waiting`: the rows after a header row not read,
   * while the rows under it are still looked at for a header on two rows.
   */
  let listLeft: { why: string; waiting: number[] } | null = null;
  const readSheets: string[] = [];
  const unusedSheets: string[] = [];
  /** A line as the summary and the row reasons say it: with its sheet when it is not on the list's first sheet. */
  const where = (line: number): Line => (sheet === listSheet ? line : `${line} (trang “${sheet}”)`);

  /** The filled records right before this one while a header is looked for (on this sheet), in order: a header's upper rows. */
  let aboveRecords: { line: number; cells: string[]; across?: MergedAcross }[] = [];
  /**
   * A record read as the header: alone, or with the records right above it (up to BATCH_DEFAULTS.headerRows rows in all)
   * as one header on several rows, read bottom-up (stackedHeader: the row above with the row under it, then the row above
   * that with the two read together) when that reads every column the fewer rows do and more. `upper`: the lines of the
   * header's rows above the record (none when it is alone).
   */
  const headerOf = (written: { line: number; cells: string[]; across?: MergedAcross }): { header: Header; cells: string[]; row: string[]; upper: number[] } => {
    // A header's names without the invisible characters pasted into them (“Tổng thu nhập\u200b/tháng” was echoed so in every message).
    const record = written.cells.some((cell) => FORMAT_CHARACTER.test(cell)) ? { ...written, cells: written.cells.map((cell) => cell.replace(FORMAT_CHARACTERS, '')) } : written;
    const run: { line: number; cells: string[] }[] = [];
    for (let index = aboveRecords.length - 1; index >= 0 && aboveRecords[index]!.line === record.line - run.length - 1; index -= 1) run.unshift(aboveRecords[index]!);
    aboveRecords = [...run, record].slice(1 - BATCH_DEFAULTS.headerRows);
    const row = record.cells;
    const named = titleArea(titles);
    let best: { header: Header; cells: string[]; upper: number[]; kept: string[] } = { header: readHeader(row, record.line, indicators.header, cellOf(record), named), cells: row, upper: [], kept: [] };
    let cells = row;
    const kept = new Set<string>();
    for (let index = run.length - 1; index >= 0; index -= 1) {
      const upper = run[index]!;
      const stacked = stackedHeader(upper.cells, cells);
      if (!stacked) break;
      cells = stacked.cells;
      for (const cell of stacked.kept) kept.add(cell);
      const header = readHeader(cells, `${upper.line}–${record.line}`, indicators.header, undefined, named);
      const current = best.header;
      if (!header.ok) {
        // Not a header either: the one naming more columns says why, in the refusal.
        if (!current.ok && header.named > current.named) best = { ...best, header };
        continue;
      }
      const covers = !current.ok || ([...current.columns.keys()].every((column) => header.columns.has(column)) && headerShape(header) !== headerShape(current));
      if (covers) best = { header, cells, upper: run.slice(index).map((above) => above.line), kept: [...kept] };
    }
    const { header, upper } = best;
    if (!header.ok || upper.length === 0) return { header, cells: row, row, upper: [] };
    const keptSaid = best.kept.map((cell) => `“${cell}”`).join(', ');
    header.notes.push(
      upper.length === 1
        ? `Dòng ${upper[0]} và dòng ${record.line} là dòng tên cột hai tầng (ô gộp): ${keptSaid} ở dòng ${upper[0]} được giữ làm tên cột bên dưới, hoặc đọc cùng các ô bên dưới nó.`
        : `Dòng ${upper.join(', ')} và ${record.line} là dòng tên cột nhiều tầng (ô gộp), đọc từ dưới lên: ${keptSaid} ở các dòng trên được giữ làm tên cột bên dưới, hoặc đọc cùng các ô bên dưới.`,
    );
    return { header, cells: best.cells, row, upper };
  };

  const adopt = (header: Header & { ok: true }, cells: readonly string[], row: readonly string[]) => {
    headerRow = rowTexts(row);
    columns = header.columns;
    marks = header.marks;
    incomes = header.incomes;
    const found = columns;
    positions = Object.fromEntries(LIST_COLUMNS.map(({ column }) => [column, found.get(column) ?? -1])) as Record<Column, number>;
    width = cells.length;
    headerNames = header.names;
    identity = header.identity;
    if (identity && identity.address === undefined) summary.duplicateBasis = SAME_GROUP;
    carried = header.carried;
    kin = header.kin;
    spares = header.spares;
    titled = header.titled;
    headerCells = cells;
    const hiddenSpans = source.workbook?.hiddenColumns.get(sheet);
    if (hiddenSpans) {
      const hiddenAt = (at: number) => hiddenSpans.some((span) => at + 1 >= span.first && at + 1 <= span.last);
      const named = cells.flatMap((name, at) => (name.trim() !== '' && hiddenAt(at) ? [`“${name.trim()}” (cột ${columnLetter(at)})`] : []));
      if (named.length > 0) hiddenColumnNames.set(sheet, named);
    }
    underHeader = 'header';
    subHeaderRead = null;
  };
  /** The sub-header row read under this sheet's header: the group's column, the marks before it, its note and line. */
  let subHeaderRead = null as { group: number; marks: MarkColumn[]; note: string; line: number } | null;
  /** The header adopted last (its notes are the list's) and its line: a second row under it may read it again (adoptSecondRow). */
  let adoptedHeader = null as { header: Header & { ok: true }; line: number } | null;
  /** The list's first sheet's header as its top row reads alone, when a second row was read with it (adoptSecondRow). */
  let listTop = null as (Header & { ok: true }) | null;
  /**
   * The list's first sheet's header read over two rows: each bottom cell (folded, foldedCell) and the name it reads as with
   * the merged cell above it (“Tổng hộ/năm” → “Thu nhập Tổng hộ/năm”). A later sheet headed with the bottom names alone
   * reads them so (subNamed).
   */
  let listSubNames = new Map<string, string>();
  const keepSubNames = (bottom: readonly string[], cells: readonly string[]) => {
    listSubNames = new Map(bottom.flatMap((cell, index) => (cell.trim() !== '' && cells[index] !== undefined && cells[index] !== cell.trim() ? [[foldedCell(cell), cells[index]!] as const] : [])));
  };
  /**
   * The row right under a header complete by itself, when it is the header's second row (Excel's merged cells: "Tổng thu nhập
   * của hộ" merged over “Tháng” | “Năm”, “Thiếu hụt” over “BHYT” | “Nước sạch”, the other names merged down over both rows):
   * the two rows read as one (stackedHeader) read every column the first did and more, so the row is no household (round 16:
   * it was read as one, “Khu vực” its area, and every “x” under “Thiếu hụt” refused). On a later sheet headed as the list's
   * first sheet's top row (its copy: "Thôn 2" after "Thôn 1"), the two rows must read as the list's header.
   */
  const adoptSecondRow = (cells: readonly string[], line: number): boolean => {
    if (!adoptedHeader) return false;
    // Every filled cell stands under a merged group: under a header cell with an empty one right of it, or under that empty
    // rest (a household's row has cells under the lone names: its STT, name, area).
    const named = (index: number) => (headerCells[index] ?? '').trim() !== '';
    // (Excel may leave out a row's empty cells at its end: a group merged over the last columns has no empty cell after it.)
    const underGroup = (index: number) => (named(index) ? !named(index + 1) : headerCells.slice(0, index).some((cell) => cell.trim() !== ''));
    if (!cells.some((cell) => cell.trim() !== '') || !cells.every((cell, index) => cell.trim() === '' || underGroup(index))) return false;
    const stacked = stackedHeader(headerCells, cells);
    if (!stacked) return false;
    const header = readHeader(stacked.cells, `${adoptedHeader.line}–${line}`, indicators.header, undefined, titled);
    const before = adoptedHeader.header;
    if (!header.ok || headerShape(header) === headerShape(before) || (sheet !== listSheet && shapeDiffers(header) !== '')) return false;
    // Every column read before is read still; the deprivation list column may become its indicators' columns (“Thiếu hụt” over “BHYT”).
    const kept = (column: ListColumn) => header.columns.has(column) || (column === 'thieu_hut' && header.marks.length > before.marks.length);
    if (![...before.columns.keys()].every(kept)) return false;
    const top = headerCells;
    adopt(header, stacked.cells, top);
    if (sheet !== listSheet) {
      notes.push(`Dòng ${adoptedHeader.line} và dòng ${line} (trang “${sheet}”) là dòng tên cột hai tầng (ô gộp), đọc như trang “${listSheet}”.`);
      return true;
    }
    listTop ??= before;
    keepSubNames(cells, stacked.cells);
    notes = [
      ...notes.filter((note) => !before.notes.includes(note)),
      `Dòng ${adoptedHeader.line} và dòng ${line} là dòng tên cột hai tầng (ô gộp): ${stacked.kept.map((cell) => `“${cell}”`).join(', ')} ở dòng ${adoptedHeader.line} được giữ làm tên cột bên dưới, hoặc đọc cùng các ô bên dưới nó.`,
      ...header.notes,
    ];
    listHeader = header;
    adoptedHeader = { header, line: adoptedHeader.line };
    return true;
  };
  /**
   * A second header row under the header (subHeader): its marks read as the list's indicator columns, said in the notes. A
   * third one under it reads instead of it: the second was the services' row ("Thiếu hụt về y tế" merged over "Dinh dưỡng",
   * "BHYT"), the third the indicators'.
   */
  const adoptSubHeader = (cells: readonly string[], line: number): boolean => {
    const group = subHeaderRead?.group ?? columns!.get('thieu_hut');
    const sub = subHeader(headerCells, cells, group, indicators.header);
    if (!sub) return false;
    const found = sub.marks;
    const before = subHeaderRead?.marks ?? marks;
    if (subHeaderRead) notes.splice(notes.indexOf(subHeaderRead.note), 1);
    marks = [...before, ...found];
    // The group's cells merged across are empty in the header row, which Excel may leave out: the list is as wide as its
    // sub-columns (a household's x under “Nhà tiêu” is its cell, not one too many).
    width = Math.max(width, ...found.map((mark) => mark.index + 1), (sub.count ?? -1) + 1);
    columns = new Map(columns);
    columns.delete('thieu_hut');
    positions = { ...positions!, thieu_hut: -1 };
    const said = found.map((mark) => `“${mark.header}” → chỉ số ${typeof mark.indicator === 'string' ? mark.indicator : `(${mark.indicator.vague})`}`);
    if (sub.count !== undefined && !columns.has('so_chi_so')) {
      const name = cells[sub.count]!.trim();
      columns.set('so_chi_so', sub.count);
      positions = { ...positions, so_chi_so: sub.count };
      headerNames = new Map(headerNames).set('so_chi_so', `${name} (so_chi_so)`);
      said.push(`“${name}” → so_chi_so${COUNT_SAID}`);
    }
    const lack = found.every((mark) => mark.lack);
    const rows = subHeaderRead ? `Dòng ${subHeaderRead.line} (nhóm chỉ số) và dòng ${line}` : `Dòng ${line}`;
    const note =
      `${rows}${sheet === listSheet ? '' : ` (trang “${sheet}”)`} là dòng tên cột ${subHeaderRead ? 'thứ hai và thứ ba' : 'thứ hai'}, dưới ô “${headerCells[group!]}”: ${said.join(', ')}${found.length === 0 ? '.' : '; '}` +
      (found.length === 0 ? '' : lack ? 'ô ghi x, X, có, 1 hoặc ✓ là hộ thiếu hụt chỉ số đó; ô trống, ghi không hoặc 0 là không thiếu hụt.' : 'ô ghi x, X hoặc ✓ là hộ thiếu hụt chỉ số đó; ô trống hoặc - là không thiếu hụt.');
    notes.push(note);
    subHeaderRead = { group: group!, marks: before, note, line: subHeaderRead?.line ?? line };
    return true;
  };
  /**
   * A row of units right under the header or its second row ("(người)", "(triệu đồng/năm)", "(1000đ/người/tháng)": the
   * bottom row of a header on three rows): each unit read with the name of the column above it, bottom-up, and an income
   * column's period and unit read again with it (incomeReading), said in the notes. False when the row is no such row; the
   * reason when a unit makes a column unreadable ("(đồng/ngày)": the list is refused, as for its header).
   */
  const adoptUnits = (cells: readonly string[], line: number): boolean | string => {
    if (!unitsRow(cells)) return false;
    const said: string[] = [];
    // An income column split by year under its merged header ("Năm 2025" | "Năm 2026"): the column of the check date's
    // year, else of the latest year, is read; the others are said, never silently left out (findings22 L27).
    for (const column of INCOME_COLUMNS) {
      const at = positions![column];
      if (at < 0) continue;
      // The cells under the column's header: it, and those right of it headed the same or empty (the merged cell's rest).
      const years: { index: number; year: number; text: string }[] = [];
      for (let index = at; index < cells.length && (index === at || ['', headerCells[at]!.trim()].includes((headerCells[index] ?? '').trim())); index += 1) {
        const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(cells[index]!)?.[0];
        if (!year) break;
        years.push({ index, year: Number(year), text: cells[index]!.trim() });
      }
      if (years.length < 2) continue;
      const checked = Number(reviewDate.slice(0, 4));
      const latest = years.reduce((best, entry) => (entry.year > best.year ? entry : best));
      const chosen = years.find((entry) => entry.year === checked) ?? latest;
      // The chosen cell under the merged header is headed by it (its reading: "(đồng/người/tháng)").
      headerCells = headerCells.map((cell, index) => (index === chosen.index ? headerCells[at]! : cell));
      columns = new Map(columns).set(column, chosen.index);
      positions = { ...positions!, [column]: chosen.index };
      const others = years.filter((entry) => entry !== chosen).map((entry) => `“${entry.text}”`).join(', ');
      const why = chosen.year === checked ? `năm của ngày xét ${formatDate(reviewDate)}` : `năm mới nhất; ngày xét ${formatDate(reviewDate)} không thuộc năm nào trong các cột`;
      notes.push(`Cột “${headerCells[at]!.trim()}” chia theo năm (${years.map((entry) => `“${entry.text}”`).join(', ')}): dùng cột “${chosen.text}” (${why}); cột ${others} không dùng để xét.`);
    }
    const readings = new Map(incomes);
    const names = new Map(headerNames);
    for (const [index, text] of cells.entries()) {
      const column = text.trim() === '' ? undefined : LIST_COLUMNS.find((entry) => positions![entry.column] === index)?.column;
      if (column === undefined) continue;
      const name = `${headerCells[index]!.trim()} ${text.trim()}`;
      names.set(column, `${name} (${column})`);
      const income = (INCOME_COLUMNS as readonly string[]).includes(column) ? incomeReading(name, column as IncomeColumn) : null;
      if (income && 'refused' in income) return income.refused;
      if (income) readings.set(column as IncomeColumn, income.reading);
      said.push(`“${name}” → ${column}${income?.said ?? ''}`);
    }
    if (said.length === 0) return false;
    incomes = readings;
    headerNames = names;
    notes.push(`Dòng ${line}${sheet === listSheet ? '' : ` (trang “${sheet}”)`} là dòng đơn vị dưới dòng tên cột, đọc cùng tên cột (thay cách đọc ở trên): ${said.join(', ')}.`);
    return true;
  };
  /** Why a later sheet's header is not the list's (or `list`): the columns one has and the other not; '' when the same. */
  const shapeDiffers = (header: Header & { ok: true }, list = listHeader!): string => {
    const missing = [...list.columns.keys()].filter((column) => !header.columns.has(column));
    const extra = [...header.columns.keys()].filter((column) => !list.columns.has(column));
    const indicators = (marks: readonly MarkColumn[]) => marks.map((mark) => (typeof mark.indicator === 'string' ? mark.indicator : mark.header)).sort().join(' ');
    const parts = [
      ...(missing.length > 0 ? [`không có cột ${missing.join(', ')}`] : []),
      ...(extra.length > 0 ? [`thêm cột ${extra.join(', ')}`] : []),
      ...(indicators(header.marks) !== indicators(list.marks) ? ['cột chỉ số khác'] : []),
    ];
    return parts.length > 0 ? `dòng tên cột khác trang “${listSheet}” (${parts.join('; ')})` : '';
  };
  /** The sheet just read to its end, said when it was not read as part of the list. */
  const endSheet = () => {
    const named = `“${sheet}”${source.workbook?.hiddenSheets.has(sheet!) ? ' (trang đang bị ẩn trong Excel)' : ''}`;
    if (sheetState === 'skipped') unusedSheets.push(`${named} (${sheetLines[0]} dòng): ${skippedWhy}`);
    else if (!columns && above.length > 0) unusedSheets.push(`${named} (${above.length} dòng): không có dòng tên cột`);
    else if (columns && sheetState === 'looking' && sheetLines.length > 0) unusedSheets.push(`${named} (${sheetLines.length} dòng): ${listLeft?.why ?? 'không có dòng tên cột'}`);
    if (!columns) above = [];
  };

  /** Past options.maxRows households (and error rows; never title, header, blank, total, signature or member rows): stopped. */
  const checkLimit = () => {
    if (options.maxRows !== undefined && summary.rows > options.maxRows) throw new TooManyRows(options.maxRows);
  };
  /** The columns read to classify a household (area, size, income, lacks, date, code, marks, a member's relation). */
  const readColumns = (): Set<number> => {
    const readAt = new Set<number>([...Object.values(positions!).filter((at) => at >= 0), ...marks.map((mark) => mark.index), ...spares.map((spare) => spare.index)]);
    if (kin.relation !== undefined) readAt.add(kin.relation);
    return readAt;
  };
  /**
   * A CSV record refused for its quotes or its bytes, its cells as typed (`garbled`: bad bytes as “?”) when they stand in the list's
   * columns (its width), else none: carried to its result row (code, name, thôn/ấp).
   */
  const writtenCells = (record: Extract<TableRecord, { problem: string }>): string[] => {
    const cells = record.written?.cells ?? record.garbled;
    return cells?.length === width ? cells : [];
  };
  /**
   * A refused CSV record's cell at `at` as the row's reason shows it: `ô “…” ở cột “Khu vực”`, cut at 60 characters; a free text
   * (a note: illness, phone numbers) masked as the privacy rules mask kept text; the list's own code, name and address, and the
   * columns read to classify (`readAt`), are in the row anyway.
   */
  const cellSaid = (cells: readonly string[], at: number, readAt: ReadonlySet<number>): string => {
    const text = cells[at]!.length > 60 ? `${cells[at]!.slice(0, 60)}…` : cells[at]!;
    const shown = readAt.has(at) || at === carried.name || at === carried.address ? text : maskPersonalData(text);
    return `ô “${shown}” ở cột “${(headerCells[at] ?? columnLetter(at)).trim()}”`;
  };
  /**
   * A CSV line refused for bytes that are not UTF-8 (csvSource's `garbled`): its reason ends with its cells as far as they read,
   * the bad bytes as “?”, for the cadre to find and fix the row (round 39; was its line number alone, every cell lost).
   */
  const garbledSaid = (record: Extract<TableRecord, { problem: string }>, garbled: readonly string[]): TableRecord => {
    const readAt = readColumns();
    const filled = garbled.flatMap((cell, at) => (cell === '' ? [] : [cellSaid(garbled, at, readAt)]));
    if (filled.length === 0) return record;
    return { ...record, problem: `${record.problem.replace(/\.?\s*$/, '')}. Dòng này ghi (chỗ byte lỗi hiện thành “?”): ${filled.join(', ')}` };
  };
  /**
   * A CSV record refused for its quotes (`"Hộ có người ốm` never closed, `"ốm" nặng`: csvSource's `written`), as the list's
   * reader takes it. Its cells as typed stand in the list's columns (as many as the header's) and the quotes are in cells
   * not read to classify (a note, a name, an address read for no area): the row is read, its quotes as characters, and
   * its ly_do says the quoting is broken (quoteNotes). A quote in a cell read to classify (area, size, income, lacks, date,
   * household code) keeps it refused, that cell named; cells not in the list's columns keep it refused as before.
   */
  const quotesRead = (record: Extract<TableRecord, { problem: string }>): TableRecord => {
    const { cells, quoted } = record.written!;
    if (cells.length !== width) return record;
    const readAt = readColumns();
    const what = record.problem.replace(/;.*$/s, '').replace(/ \("\)| \(ví dụ [^)]*\)/g, '');
    const said = (at: number) => cellSaid(cells, at, readAt);
    const inRead = quoted.filter((at) => readAt.has(at));
    if (inRead.length > 0) {
      return { ...record, problem: `${record.problem} (${inRead.map(said).join(', ')}: cột này được đọc để xét hộ, nên dòng chưa được phân loại)` };
    }
    quoteNotes.set(
      record.line,
      `Dòng CSV có dấu ngoặc kép đặt sai (${what}) ở ${quoted.map(said).join(', ')}: dấu ngoặc kép được đọc như một chữ trong ô ` +
        `(dòng vẫn có đủ ${width} ô như dòng tên cột, cột đó không dùng để xét hộ); hãy sửa ô ấy trong danh sách (bỏ dấu ngoặc kép thừa)`,
    );
    return { line: record.line, cells, ...(record.sheet === undefined ? {} : { sheet: record.sheet }) };
  };
  /** Blank rows of the list read since its last row that is not blank: counted in summary.blank only when another row follows. */
  let blankRun = 0;
  /**
   * A workbook's last row number read in the sheet: Excel (and ExcelJS) write no row at all for one left empty with no
   * formatting, so the numbers skipped between two rows are blank rows of the sheet as the cadre sees it (round 34: were not
   * counted, "Không tính … dòng trống" said only rows with borders or colour). Not for CSV: a quoted cell may span lines.
   */
  let lastLine = 0;
  const refused = await readRecords();
  if (refused) return refused;
  await flushHousehold();
  await releaseHeld(null);
  checkLimit();
  if (bySheet) await endSheetRows();
  if (sheet !== undefined || unusedSheets.length > 0) notes.push(...sheetNotes(readSheets, unusedSheets, listSheet, source.workbook));
  if (!columns) return above.length === 0 && unusedSheets.length === 0 ? { ok: false, message: 'Tệp trống (không có dòng tên cột).' } : headerRefused(refusedHeader);
  summary.villages = villagesOf();
  // Most rows first; of as many, the kind met first.
  summary.refusedReasons = [...reasonsSeen.values()].sort((a, b) => b.lines.length - a.lines.length);
  // Each pair's rows are all said or none: the first rows said overall are among each said pair's first REASON_LINES_SHOWN.
  const latePairs = [...twoWayDates.values()].filter((pair) => (datesSeen.get(pair.swapped) ?? 0) > (datesSeen.get(pair.date) ?? 0));
  const lateCount = latePairs.reduce((sum, pair) => sum + pair.count, 0);
  const lateTwoWay = latePairs
    .flatMap(({ date, swapped, rows }) => rows.map((row) => ({ ...row, date, swapped })))
    .sort((a, b) => a.seq - b.seq)
    .slice(0, REASON_LINES_SHOWN);
  if (lateCount > 0) {
    const first = lateTwoWay[0]!;
    notes.push(
      `Ngày ghi được cả hai cách (ngày/tháng hay tháng/ngày), đọc theo ngày/tháng/năm nhưng khác ngày mà nhiều dòng khác của cột ghi: ${lateTwoWay.map((row) => `dòng ${row.line} “${row.text}” (đọc là ${formatDate(row.date)}, không phải ${formatDate(row.swapped)})`).join(', ')}${lateCount > REASON_LINES_SHOWN ? ` và ${lateCount - REASON_LINES_SHOWN} dòng khác` : ''}. ` +
        `Hãy kiểm tra lại các dòng ấy và ghi ngày theo dạng dd/MM/yyyy (ví dụ ${formatDate(first.swapped)}).`,
    );
  }
  if (footerGapLines.length > 0) {
    notes.push(`Dòng tổng cộng, dòng cộng có ô công thức mà tệp không lưu giá trị đã tính (tệp lưu bằng phần mềm không tính công thức, hoặc công thức lỗi): dòng ${footerGapLines.slice(0, REASON_LINES_SHOWN).join(', ')}${footerGapLines.length > REASON_LINES_SHOWN ? ` và ${footerGapLines.length - REASON_LINES_SHOWN} dòng khác` : ''}; số ở các ô ấy không được so với tổng các hộ (cột ly_do nói ô nào). Hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại.`);
  }
  // Two-way dates no other row of the list tells ("12/5/2026" on every row, none "25/11/2026"): read day first, said once;
  // with a row written month first ("11/25/2026"), beside a day-first one or not, said with the rows that show each way.
  const unsaidPairs = dayFirstShown && !monthFirstShown ? [] : [...twoWayDates.values()].filter((pair) => pair.loose > 0 && !latePairs.includes(pair));
  const unsaidCount = unsaidPairs.reduce((sum, pair) => sum + pair.loose, 0);
  if (unsaidCount > 0) {
    const first = unsaidPairs[0]!;
    const example = first.firstLoose!;
    const shown = (way: string, { line, text }: { line: Line; text: string }) => `dòng ${line} “${text}” ghi ${way}`;
    const told = monthFirstShown
      ? `nhưng cột ngày có ${shown('tháng trước ngày', monthFirstShown)} (dòng lỗi, chưa phân loại)${dayFirstShown ? ` và ${shown('ngày trước tháng', dayFirstShown)}` : ''}`
      : 'và không dòng nào của cột ngày cho biết cách ghi';
    notes.push(
      `Ngày đọc theo ngày/tháng/năm (cách ghi ở Việt Nam): ${unsaidCount} dòng ghi ngày đọc được cả hai cách (ngày/tháng hay tháng/ngày), như dòng ${example.line} “${example.text}” (đọc là ${formatDate(first.date)}, không phải ${formatDate(first.swapped)}), ${told}. ` +
        (monthFirstShown
          ? `Nếu các ngày ấy ghi tháng trước ngày, chúng đọc sai (dòng ${example.line} là ${formatDate(first.swapped)}): hãy kiểm tra lại và ghi ngày theo dạng dd/MM/yyyy.`
          : `Nếu danh sách ghi tháng trước ngày, các ngày ấy đọc sai: hãy sửa lại và ghi ngày theo dạng dd/MM/yyyy (ví dụ ${formatDate(first.date)}).`),
    );
  }
  if (source.workbook?.date1904) notes.push('Tệp dùng hệ ngày 1904 của Excel (thường gặp ở tệp lưu bằng Excel trên máy Mac); ngày trong tệp đã được đọc theo hệ này.');
  if (joinedNotes.size > 0) {
    notes.push(`Dòng có dấu phẩy trong ô chưa đặt trong ngoặc kép (nhiều ô hơn dòng tên cột) được đọc lại bằng cách ghép ô, vì mọi cách ghép đọc được đều cho cùng một hộ: dòng ${[...joinedNotes.keys()].join(', ')} (cột ly_do nói ô nào). Hãy đặt các ô ấy trong ngoặc kép khi lưu danh sách.`);
  }
  if (hiddenSaid.size > 0) {
    notes.push(`Dòng đang bị ẩn trong Excel: dòng ${[...hiddenSaid].join(', ')}; các dòng ấy vẫn được đọc và xét như mọi dòng (cột ly_do có ghi). Hãy bỏ ẩn các dòng ấy để xem cả danh sách.`);
  }
  if (hiddenSkipped.size > 0) {
    notes.push(`Dòng không phải hộ (tổng cộng, dòng cộng, chữ ký…) đang bị ẩn trong Excel: dòng ${[...hiddenSkipped].join(', ')}; vẫn được đọc, không tính là hộ (cột ly_do có ghi). Hãy bỏ ẩn các dòng ấy để xem cả danh sách.`);
  }
  if (hiddenColumnNames.size > 0) {
    const said = [...hiddenColumnNames].map(([name, columns]) => `${columns.join(', ')}${name === undefined ? '' : ` ở trang “${name}”`}`);
    notes.push(`Cột đang bị ẩn trong Excel: ${said.join('; ')}; các cột ấy vẫn được đọc như mọi cột (dùng hay bỏ qua như dòng tên cột ở trên). Hãy bỏ ẩn các cột ấy để xem cả danh sách.`);
  }
  if (lostLetters.size > 0) notes.push(lostLettersNote([...lostLetters], [...lostRefused]));
  if (quoteNotes.size > 0) {
    notes.push(`Dấu ngoặc kép đặt sai ở ô không dùng để xét hộ (ghi chú, họ tên, địa chỉ), dòng ${[...quoteNotes.keys()].join(', ')}: ô ấy được đọc như chữ, dòng vẫn được xét (cột ly_do nói ô nào). Hãy sửa các ô đó trong danh sách.`);
  }
  return { ok: true, summary, notes };

  /** The list's records read one by one (a function of its own: classifyList, run once, is never given to TurboFan). */
  async function readRecords(): Promise<ListOutcome | undefined> {
    for await (const chunk of source.records) {
      for (const record of chunk) {
        // The rows before this one are placed (a total line read as a household first is a footer row by now).
        checkLimit();
        if (record.sheet !== sheet) await sheetBegins(record.sheet);
        // Read by small synchronous functions, a promise only when the output is busy or held rows go first: the loop stays
        // thin and the per-row code small enough to be optimised early (was all in this loop: 11.765 bytes of bytecode).
        const step = readRecord(record);
        if (!step) continue;
        if ('ok' in step) return step;
        await step;
      }
    }
    return undefined;
  }

  /** The sheet just read to its end: the rows left under a header row not read are error rows (unreadRows), then it is said. */
  async function endSheetRows(): Promise<void> {
    if (sheetState === 'looking') await unreadRows();
    endSheet();
    listLeft = null;
  }

  /** A record of another sheet (or the first): the sheet before it ended, its rows placed. */
  async function sheetBegins(next: string | undefined): Promise<void> {
    blankRun = 0;
    lastLine = 0;
    if (columns) await flushHousehold();
    await releaseHeld(null);
    if (bySheet) await endSheetRows();
    bySheet = true;
    sheet = next;
    group = newGroup();
    whole = newGroup();
    closeGroup();
    sheetState = columns ? 'looking' : 'reading';
    sheetLines = [];
    aboveRecords = [];
    hiddenLines.clear();
  }

  /** One record of the list, read: undefined when done, a promise when a row waits (the output busy, held rows first), an outcome when the list is refused. */
  function readRecord(record: TableRecord): Promise<void> | ListOutcome | void {
    if ('cells' in record && record.hidden) hiddenLines.add(record.line);
    if ('cells' in record && record.formulas) formulaGaps.set(`${sheet ?? ''}\0${record.line}`, record.formulas);
    if ('problem' in record && record.written && columns && sheetState === 'reading') record = quotesRead(record);
    if ('problem' in record && record.garbled && columns && sheetState === 'reading') record = garbledSaid(record, record.garbled);
    // A CSV row wider than the header (a comma not quoted in a name): read with its cells joined back when that reads one household.
    if ('cells' in record && columns && sheetState === 'reading' && !source.spreadsheet && record.cells.length > width) record = { ...record, cells: realigned(record) };
    const blank = 'cells' in record && !record.cells.some(Boolean);
    const skipped = source.spreadsheet && lastLine > 0 ? Math.max(0, record.line - lastLine - 1) : 0;
    if (source.spreadsheet) lastLine = record.line;
    if (!columns) return headerRecord(record, blank);
    if (sheetState !== 'reading') return sheetHeaderRecord(record, blank);
    return listRecord(record, blank, skipped);
  }

  /**
   * The review day of the households without their own date, from the title lines read so far: their one real day, else the
   * run's (two days, or a day that does not exist: said by titleDateSaid). The readers of the list's cells are made again
   * for it (an indicator in force, a card's term, are read at that day).
   */
  function titleDay(): void {
    const { used } = titleDatesUsed();
    // The date the user chose wins (round 43 lost44: was the title's, the flag dropped unsaid); titleDateSaid says the title's.
    if (options.dateFlag !== undefined) {
      summary.reviewDate = { date: options.defaultDate, by: 'flag', overTitle: used[0]!.line };
      return;
    }
    const days = new Set(used.map((found) => found.date));
    const one = days.size === 1 && !days.has(null);
    const day = one ? used[0]!.date! : options.defaultDate;
    summary.reviewDate = one ? { date: day, by: 'title', line: used[0]!.line, ...(used[0]!.kind === 'review' ? {} : { kind: used[0]!.kind }) } : { date: day, by: 'today' };
    if (day === reviewDate) return;
    reviewDate = day;
    indicators = indicatorReader(rules, reviewDate);
    toProfile = profileReader(rules, reviewDate, indicators, source.workbook);
  }

  /**
   * The title dates that name the review day (round 44 lists46): those naming the review (`review`, `titled`), else the day the
   * list was made; `unused`, the days the list was made when a line names the review's.
   */
  function titleDatesUsed(): { used: TitleDate[]; unused: TitleDate[] } {
    const named = titleDates.filter((found) => found.kind !== 'made');
    return named.length > 0 ? { used: named, unused: titleDates.filter((found) => found.kind === 'made') } : { used: titleDates, unused: [] };
  }

  /** What the notes say of the title lines' review day once the header is read (`dated`: the list has a date column); none when no title names one. */
  function titleDateSaid(dated: boolean): string[] {
    if (titleDates.length === 0) return [];
    const { used, unused } = titleDatesUsed();
    const run = formatDate(options.defaultDate);
    if (options.dateFlag !== undefined) {
      const said = used.map((found) => `dòng ${found.line} ghi “${found.typed}”`).join(', ');
      const same = used.every((found) => found.date === options.defaultDate);
      const whom = dated ? 'các hộ để trống ô ngày' : 'các hộ';
      return [
        same
          ? `Ngày rà soát ở dòng đầu (${said}) trùng với ngày đã chọn khi chạy (${options.dateFlag} ${run}): ${whom} được xét theo ngày ${run}.`
          : `Ngày rà soát ở dòng đầu (${said}) khác ngày đã chọn khi chạy (${options.dateFlag} ${run}): ngày đã chọn được ưu tiên, ${whom} được xét theo ngày ${run}, không theo ngày ở dòng đầu. Nếu muốn xét theo ngày ở dòng đầu, hãy chạy lại không có ${options.dateFlag}.`,
      ];
    }
    const unreal = used.filter((found) => found.date === null);
    if (unreal.length > 0) {
      const said = unreal.map((found) => `dòng ${found.line} ghi “${found.typed}”`).join(', ');
      return [`Ngày rà soát ở dòng đầu không có thật hoặc sai dạng (${said}): không dùng; ${dated ? 'các hộ để trống ô ngày' : 'các hộ'} được xét theo ngày xét chung ${run}. Hãy sửa ngày ở dòng đầu theo dạng dd/MM/yyyy (ví dụ 15/11/2026) rồi kiểm tra lại.`];
    }
    const days = [...new Set(used.map((found) => found.date!))];
    if (days.length > 1) {
      const said = used.map((found) => `dòng ${found.line}: ${formatDate(found.date!)}`).join('; ');
      return [`Các dòng đầu ghi ${days.length} ngày rà soát khác nhau (${said}): chưa rõ ngày nào, không đoán; ${dated ? 'các hộ để trống ô ngày' : 'các hộ'} được xét theo ngày xét chung ${run}. Hãy để một ngày rà soát ở dòng đầu, hoặc ghi ngày của từng hộ ở cột “Ngày rà soát”, rồi kiểm tra lại.`];
    }
    const first = used[0]!;
    const short = used.find((found) => found.short);
    const read = short ? `, ghi “${short.typed}”: năm hai chữ số, đọc là năm ${first.date!.slice(0, 4)}` : '';
    const instead = first.date === options.defaultDate ? '' : `, không theo ngày xét chung ${run}`;
    const whom = dated ? `các hộ để trống ô ngày được xét theo ngày này${instead}; hộ có ngày ở cột ngày vẫn xét theo ngày của hộ` : `các hộ được xét theo ngày này${instead}`;
    const why = TITLE_DATE_WHY[first.kind];
    const other = unused.filter((found) => found.date !== first.date);
    const otherSaid = other.length === 0 ? '' : ` Ngày lập danh sách (${other.map((found) => `dòng ${found.line} ghi “${found.typed}”`).join(', ')}) không dùng làm ngày rà soát: dòng đầu đã ghi ngày rà soát.`;
    return [`Ngày rà soát lấy từ dòng đầu: ${formatDate(first.date!)} (dòng ${first.line}${read}${why ? `; ${why}` : ''}): ${whom}.${otherSaid}`];
  }

  /** A record above the list's header: the header adopted, or the record kept as a title row. */
  function headerRecord(record: TableRecord, blank: boolean): ListOutcome | undefined {
    if (blank) return undefined;
    if (sheetState === 'skipped') {
      sheetLines[0] = Number(sheetLines[0] ?? 0) + 1;
      return undefined;
    }
    const read = 'cells' in record ? headerOf(record) : null;
    const header = read?.header ?? null;
    if (read && header?.ok) {
      adopt(header, read.cells, read.row);
      adoptedHeader = read.upper.length === 0 ? { header, line: record.line } : null;
      if (read.upper.length > 0) keepSubNames(read.row, read.cells);
      above = above.filter((line) => !read.upper.includes(line));
      listHeader = header;
      listSheet = sheet;
      if (sheet !== undefined) readSheets.push(sheet);
      notes = [...notes, ...header.notes, ...titleDateSaid(header.columns.has('ngay'))];
      summary.titleRows = above;
      summary.ignoredIndicators = header.ignoredIndicators;
      sink.header(resultColumns(sheet !== undefined));
      return undefined;
    }
    if (header && !header.ok && (!refusedHeader || header.named > refusedHeader.named)) {
      const line = `Dòng ${record.line}${sheet === undefined ? '' : ` (trang “${sheet}”)`}`;
      refusedHeader = { ...header, message: header.found === undefined ? `${line}: ${header.message}` : `${line} là dòng tên cột nhưng chưa đủ cột để xét hộ. ${header.message}${header.found}` };
    }
    // A record above the header that could not be read is no household, but its problem is still said.
    if ('problem' in record) notes.push(`Dòng ${record.line} (trên dòng tên cột, không tính): ${record.problem}.`);
    above.push(record.line);
    // Each cell apart (" – " ends a place name): "UBND XÃ TÂN PHÚ" | "Độc lập - Tự do - Hạnh phúc" on one row names “XÃ TÂN PHÚ”.
    if ('cells' in record && sheet === (listSheet ?? sheet)) {
      titles.push({ line: where(record.line), text: record.cells.filter(Boolean).join(' – ') });
      const dated = titleReviewDates(record.cells, where(record.line), source.workbook?.date1904 === true);
      if (dated.length > 0) {
        titleDates.push(...dated);
        titleDay();
      }
    }
    if (above.length >= BATCH_DEFAULTS.headerSearchRows) {
      // A workbook's sheet without the header among its first rows (a cover sheet): the next sheet may hold the list.
      if (sheet === undefined) return headerRefused(refusedHeader);
      sheetState = 'skipped';
      skippedWhy = `không có dòng tên cột trong ${BATCH_DEFAULTS.headerSearchRows} dòng đầu`;
      sheetLines = [above.length];
      above = [];
    }
    return undefined;
  }

  /** A record of a sheet after the list's first, before its header: read when headed like the list, else named with its rows. */
  function sheetHeaderRecord(record: TableRecord, blank: boolean): Promise<void> | undefined {
    if (blank) return undefined;
    if (sheetState === 'skipped') {
      sheetLines[0] = Number(sheetLines[0] ?? 0) + 1;
      return listLeft ? unreadRows(record.line) : undefined;
    }
    const read = 'cells' in record ? headerOf(record) : null;
    const header = read?.header ?? null;
    const differs = header?.ok ? shapeDiffers(header) : '';
    // Headed as the list's first sheet's top row, its second row to come (“Tháng” | “Năm” under “Tổng thu nhập của hộ”).
    const topOnly = header?.ok && differs !== '' && read!.upper.length === 0 && listTop !== null && shapeDiffers(header, listTop) === '';
    // Without only the review date's column (its households take the review day of the run, as a list without it does).
    const undated = header?.ok && differs !== '' && !topOnly && shapeDiffers(header, { ...listHeader!, columns: new Map([...listHeader!.columns].filter(([column]) => column !== 'ngay')) }) === '';
    if (read && header?.ok && (differs === '' || topOnly || undated)) {
      adopt(header, read.cells, read.row);
      adoptedHeader = topOnly ? { header, line: record.line } : null;
      summary.titleRows.push(...sheetLines.filter((line) => !read.upper.some((upper) => where(upper) === line)));
      readSheets.push(sheet!);
      sheetState = 'reading';
      listLeft = null;
      if (undated) notes.push(`Trang “${sheet}” không có cột ngày rà soát (ngay) như trang “${listSheet}”: vẫn được đọc, các hộ ở trang ấy xét theo ngày xét chung ${formatDate(options.defaultDate)}.`);
      return;
    }
    if ('cells' in record && subNamed(record)) return;
    sheetLines.push(where(record.line));
    if (listLeft) listLeft.waiting.push(record.line);
    else if (header && !header.ok && header.found !== undefined) listLeft = { why: `dòng tên cột (dòng ${record.line}) chưa đọc được: ${header.message}`, waiting: [] };
    if (header?.ok || sheetLines.length >= BATCH_DEFAULTS.headerSearchRows) {
      if (header?.ok) listLeft = { why: differs, waiting: [] };
      skippedWhy = listLeft?.why || `không có dòng tên cột trong ${BATCH_DEFAULTS.headerSearchRows} dòng đầu`;
      sheetState = 'skipped';
      sheetLines = [sheetLines.length];
      return unreadRows();
    }
    return undefined;
  }

  /**
   * The rows of a later sheet under a household list's header this reading cannot take, as error rows naming the sheet and why
   * (tryout51 F2), counted in the summary; `line` one more such row, else those that waited under the header.
   */
  async function unreadRows(line?: number): Promise<void> {
    if (!listLeft) return;
    const lines = line === undefined ? listLeft.waiting.splice(0) : [line];
    for (const at of lines) {
      summary.rows += 1;
      const unread = (summary.unreadSheets ??= []);
      const last = unread[unread.length - 1];
      if (last !== undefined && last.sheet === sheet) last.rows += 1;
      else unread.push({ sheet: sheet!, rows: 1 });
      current = [];
      await writeRefused({ line: at, column: '', message: `Trang “${sheet}” chưa đọc được cùng danh sách (${listLeft.why}), nên dòng này chưa được xét. Hãy sửa dòng tên cột của trang cho giống trang “${listSheet}”, hoặc lưu trang ấy thành tệp riêng rồi kiểm tra lại` }, '', null);
    }
  }

  /**
   * A later sheet's row headed with the bottom names of the list's two-row header alone (“Tổng hộ/năm” without “Thu nhập”
   * merged over it): read as the list's first sheet reads them, and adopted when it then reads the list's columns (round
   * 40: the sheet was left unread, its income column not found).
   */
  function subNamed(record: { line: number; cells: string[] }): boolean {
    const named = record.cells.map((cell) => listSubNames.get(foldedCell(cell)) ?? cell);
    const borrowed = record.cells.flatMap((cell, index) => (named[index] === cell ? [] : [`“${cell.trim()}” đọc như “${named[index]}”`]));
    if (borrowed.length === 0) return false;
    const header = readHeader(named, record.line, indicators.header, undefined, titled);
    if (!header.ok || shapeDiffers(header) !== '') return false;
    adopt(header, named, record.cells);
    adoptedHeader = null;
    summary.titleRows.push(...sheetLines);
    readSheets.push(sheet!);
    sheetState = 'reading';
    notes.push(`Dòng ${record.line} (trang “${sheet}”) là dòng tên cột như trang “${listSheet}”: ${borrowed.join(', ')} (ô gộp phía trên ở trang “${listSheet}”).`);
    return true;
  }

  /** A record under the header: blank, under-header and member rows here, the others placed (placedRecord). */
  function listRecord(record: TableRecord, blank: boolean, skipped: number): Promise<void> | ListOutcome | void {
    blankRun += skipped;
    if (blank) {
      blankRun += 1;
      return undefined;
    }
    // Blank rows counted once a row follows them: those after a sheet's last row (a form's bordered rows left empty below the list) are none of the list's.
    if (blankRun > 0) {
      summary.blank += blankRun;
      blankRun = 0;
    }
    if (underHeader && 'cells' in record) {
      if (numbersColumns(record.cells)) {
        underHeader = null;
        summary.numberingRows.push(where(record.line));
        return undefined;
      }
      if ((underHeader === 'header' || underHeader === 'subHeader') && adoptSubHeader(record.cells, record.line)) {
        underHeader = 'subHeader';
        return undefined;
      }
      if (underHeader === 'header' && adoptSecondRow(record.cells, record.line)) {
        // adopt() set it again: a row of units or numbers may still follow.
        adoptedHeader = null;
        return undefined;
      }
      const units = underHeader === 'units' ? false : adoptUnits(record.cells, record.line);
      if (typeof units === 'string') return { ok: false, message: `Dòng ${record.line}${sheet === listSheet ? '' : ` (trang “${sheet}”)`} (dòng đơn vị dưới dòng tên cột): ${units}` };
      if (units) {
        underHeader = 'units';
        return undefined;
      }
    }
    underHeader = null;
    if ('cells' in record && repeatsHeader(record.cells, headerRow)) {
      summary.repeatedHeaderRows.push(where(record.line));
      return undefined;
    }
    // A member's row under the household code merged down over it (one row per person) is part of that household.
    const member = 'cells' in record ? memberOf(record) : undefined;
    // A household's cell left empty under a merged cell (a "Khu vực" merged over its thôn's households) reads the merged value.
    const cells = 'cells' in record ? withMerged(record.cells, record.merged) : writtenCells(record);
    if (member !== undefined && pending) {
      // Part of the household being read: counted, its lacks read with the household's; a row saying another figure is refused after it.
      // (A person of a relation not known is not counted: said in its row; a "Vợ" giving another figure is, refused for that figure.)
      if (member === '' || household!.kind !== 'relation' || member.column !== '') pending.rows.push({ line: record.line, cells, listed: columnCell(cells, positions!.thieu_hut) });
      if (member === '') {
        summary.memberRows.push(where(record.line));
        summary.memberKinds.add(household!.kind);
      }
      else {
        summary.rows += 1;
        pending.problems.push({ problem: member, cells });
      }
      return undefined;
    }
    // Only a household of several rows waits here (an async call and its await per row were ~9% of a 100.000-row run's garbage).
    if (pending) return flushHousehold().then(() => placedRecord(record, cells));
    return placedRecord(record, cells);
  }

  /** A record not a member's: a numbered blank, tally or section row, else a household's (householdRecord). */
  function placedRecord(record: TableRecord, cells: string[]): Promise<void> | void {
    // A row of the form numbered and left empty ("STT" 2, nothing else): no household, no count; kept in the results, said.
    if ('cells' in record && kin.order !== undefined && numberedOnly(record.cells, kin.order)) {
      summary.numberedBlankRows.push(where(record.line));
      current = cells;
      const column = (headerCells[kin.order] ?? '').trim();
      const row = finished(
        nonHouseholdRow(
          record.line,
          NUMBERED_BLANK_LABEL,
          `Dòng chỉ có số thứ tự “${record.cells[kin.order]!.trim()}” ở cột “${column}”, các ô khác để trống: dòng trống của mẫu danh sách, không phải hộ: không tính, không phân loại. Nếu đây là một hộ, hãy ghi đủ thông tin của hộ rồi kiểm tra lại.`,
        ),
      );
      if (held.length > 0) held.push({ row, line: record.line, cell: null, sheet: sheet !== listSheet ? sheet : undefined, subtotal: null, differs: [] });
      else return sink.row(row);
      return;
    }
    const tally = 'cells' in record ? tallyOf(record.cells) : undefined;
    if (tally !== undefined) {
      // Counts only, no household: in the results and named in the summary; one naming a place starts its group, as a heading.
      // ("Thôn 1: 25 hộ" may count the rows above it as well as head those under it: no thôn/ấp is named by it.)
      if (sectionHeading(cells) !== undefined) {
        group = newGroup();
        closeGroup();
      }
      summary.tallyRows.push({ line: where(record.line), text: tally });
      current = cells;
      // Its counts of households or people ("2 hộ", "Số khẩu: 13") checked against those counted; any other figure said unchecked.
      // (Read across its cells: "Số hộ | 3 | Số nhân khẩu | 11" is 3 households, 11 people.)
      const differs = totalCounts([tally.replaceAll(' | ', ' ')], record.line, tally, false);
      const said = countsSaid([tally.replaceAll(' | ', ' ')]);
      const check =
        differs.length > 0
          ? ` Cần xem lại: ${differs.map((differ) => `dòng này ghi ${formatNumber(differ.said)} ${differ.what === 'households' ? 'hộ' : 'nhân khẩu'}, danh sách đến đây có ${formatNumber(differ.counted)}`).join('; ')}.`
          : said.households !== undefined || said.people !== undefined
            ? ' Số hộ, số nhân khẩu ở dòng này bằng số đếm được.'
            : ` Số ở dòng này ${TALLY_UNCHECKED}.`;
      summary.totalDiffers.push(...differs);
      if (differs.length === 0 && said.households === undefined && said.people === undefined) summary.tallyUnchecked.push(where(record.line));
      const row = finished(nonHouseholdRow(record.line, TALLY_LABEL, `Dòng “${tally}” chỉ có số đếm, không phải hộ: không tính, không phân loại.${check}`));
      if (held.length > 0) held.push({ row, line: record.line, cell: null, sheet: sheet !== listSheet ? sheet : undefined, subtotal: null, differs: [] });
      else return sink.row(row);
      return;
    }
    const section = 'cells' in record ? sectionHeading(record.cells) : undefined;
    if (section !== undefined) {
      // The list goes on under it: a total line held above it is in the middle of the list.
      return held.length > 0 ? releaseHeld(record.line).then(() => sectionRow(record, cells, section)) : sectionRow(record, cells, section);
    }
    summary.rows += 1;
    if (options.onProgress && summary.rows % (options.progressEvery ?? 1000) === 0) {
      const paused = options.onProgress();
      if (paused) return paused.then(() => householdRecord(record, cells));
    }
    return householdRecord(record, cells);
  }

  /** A section heading's row (a thôn, ấp named between households): a new group starts under it. */
  function sectionRow(record: TableRecord, cells: string[], section: string): Promise<void> | void {
    // A new group starts under its heading: a "Cộng" under it sums its households only.
    group = newGroup();
    openGroupNamed(section);
    summary.sectionRows.push(where(record.line));
    current = cells;
    return sink.row(finished(nonHouseholdRow(record.line, SECTION_LABEL, `Dòng “${section}” là dòng tên nhóm hộ (thôn, ấp…) giữa danh sách, không phải hộ: không tính.`)));
  }

  /** A household's record (or a total line's): one of several rows held as pending, else classified and written (writtenRecord). */
  function householdRecord(record: TableRecord, cells: string[]): Promise<void> | void {
    const label = 'cells' in record ? totalLabel(record.cells) : undefined;
    current = cells;
    household = 'cells' in record && label === undefined ? householdOf(record, cells) : null;
    if (household && 'cells' in record) {
      // A household written on several rows (its code merged down, or repeated in a member list): classified once its rows are read.
      if (held.length > 0) return releaseHeld(record.line).then(() => householdBegins(record, cells, household!));
      householdBegins(record, cells, household);
      return;
    }
    const outcome = 'problem' in record ? { line: record.line, column: '', message: record.problem } : label === undefined ? classify(cells, record.line, record.spans) : null;
    const footerCell = label ?? (outcome !== null && !Array.isArray(outcome) && 'cells' in record ? footer(record.cells) : undefined);
    if (footerCell === undefined && held.length > 0) return releaseHeld(record.line).then(() => writtenRecord(record, cells, label, outcome, footerCell));
    return writtenRecord(record, cells, label, outcome, footerCell);
  }

  /** A household written on several rows: pending until its rows are read (flushHousehold). */
  function householdBegins(record: Extract<TableRecord, { cells: string[] }>, cells: string[], { code, kind }: { code: string; kind: MemberKind }): void {
    pending = { cells, line: record.line, ...(record.spans ? { spans: record.spans } : {}), code, kind, rows: [{ line: record.line, cells, listed: columnCell(cells, positions!.thieu_hut) }], problems: [] };
  }

  /** A record classified: the household's row, a footer row (held when a total line may be a subtotal), or the refused row. */
  function writtenRecord(record: TableRecord, cells: string[], label: string | undefined, outcome: Cell[] | RowProblem | null, footerCell: string | undefined): Promise<void> | void {
    if (Array.isArray(outcome)) return writeHousehold(outcome, cells, record.line);
    if (footerCell !== undefined && 'cells' in record) return footerRecord(record, label, footerCell);
    if (outcome === null) return;
    addToGroup(cells, record.line);
    return writeRefused(outcome, columnCell(cells, positions!.ma_ho), 'cells' in record || cells.length > 0 ? current : null);
  }

  /** A footer row (a total line, a signature): kept with those under it until a household follows or the list ends. */
  function footerRecord(record: Extract<TableRecord, { cells: string[] }>, label: string | undefined, footerCell: string): Promise<void> | void {
    summary.rows -= 1;
    const total = label !== undefined || totalLead(wordsOf(footerCell));
    summary.footerRows.push(where(record.line));
    if (total) summary.totalRows.push(where(record.line));
    footerSeen = true;
    // A total line, and the footer rows under it, wait for the next household: one after it makes the total a subtotal row, or an error.
    const differs = total && whole.first !== 0 ? totalCounts(record.cells, record.line, footerCell) : [];
    const households = differs.find((differ) => differ.what === 'households');
    const check = (total && whole.first !== 0 ? totalCheck(record.cells) : '') + (households ? ` Cần xem lại: dòng này ghi ${households.said} hộ, danh sách có ${households.counted} hộ.` : '');
    const unstored = footerFormulas(record.line);
    const row = finished(footerRow(record.line, footerCell, total, check, unstored));
    if (total || held.length > 0) {
      const subtotal = total ? subtotalOf(record.cells, record.line, footerCell, unstored) : null;
      // A group's total line ("Cộng ấp 2") over part of the list's households (a group before it): that group's, even last.
      const part = total && group.first > whole.first && subtotalLabel(footerCell, wordsOf(footerCell));
      if (total) {
        group = newGroup();
        // A "Cộng ấp 1" names the rows above it (since the last heading or total line) as ấp 1's.
        const folded = wordsOf(footerCell).split(' ');
        const at = placeAfterLead(folded);
        closeGroup(at !== undefined && namesPlace(footerCell, folded, at) ? placeName(footerCell, at) : undefined);
      }
      held.push({ row, line: record.line, cell: total ? footerCell : null, sheet: sheet !== listSheet ? sheet : undefined, subtotal, differs, part, ...(unstored ? { unstored } : {}) });
    } else return sink.row(row);
  }

  /**
   * A household's result row, its figures added to the group's sums (a subtotal's check). A promise only when the output
   * is busy, as sink.row gives it: not an async function, whose promise and await every row would wait on.
   */
  function writeHousehold(row: Cell[], cells: readonly string[], line: number, size?: string): Promise<void> | void {
    addToGroup(cells, line, size);
    return sink.row(row);
  }

  /** A refused record: said (sink, onProblem) and kept in its place in the results with its reason. */
  async function writeRefused(refused: RowProblem, code: string, villageCells: readonly string[] | null = current): Promise<void> {
    const quoted = lineNote(refused.line);
    const at = positions?.[refused.column as Column];
    const formula = at === undefined || at < 0 ? undefined : formulaGaps.get(`${sheet ?? ''}\0${refused.line}`)?.[at];
    const said = formula === undefined ? refused : { ...refused, message: valuelessSaid(formula, `${columnLetter(at!)}${refused.line}`) };
    const outcome = quoted ? { ...said, message: `${said.message.replace(/\.?\s*$/, '')}. ${quoted}` } : said;
    const heading = headerNames.get(outcome.column);
    const problem: RowProblem = heading ? { ...outcome, heading } : outcome;
    if (sheet !== listSheet) problem.sheet = sheet;
    if (at !== undefined && at >= 0 && lettersLost(current[at] ?? '')) {
      lostRefused.add(where(refused.line));
      lostLetters.add(where(refused.line));
    }
    summary.rejected += 1;
    if (problem.alsoUnclear) summary.severalUnclearRows.push(where(refused.line));
    countVillage(villageCells, null);
    noteRefused(problem);
    sink.problem(problem);
    // The refused record keeps its place in the results, with its reason: a list read back shows every household.
    // A row whose cells may stand in the wrong columns (counted under SHIFTED_VILLAGE) copies no thôn/ấp: its cell there may be a name.
    const unsure = villageCells === null || villageShifted(villageCells) || villageShifted(current);
    const busy = sink.row(finished(refusedRow(problem, code), NO_BETWEEN, unsure));
    if (busy) await busy;
    options.onProblem(problem);
  }

  /** The household read on several rows: classified with its rows (members counted, lacks read), then its members' refused rows. */
  async function flushHousehold(): Promise<void> {
    if (!pending) return;
    const { cells, line, spans, code, kind, rows, problems } = pending;
    pending = null;
    current = cells;
    const outcome = classify(cells, line, spans, rows, kind);
    const size = countedSize(cells, rows, kind);
    const refused = Array.isArray(outcome) ? undefined : outcome;
    if (Array.isArray(outcome)) {
      const busy = writeHousehold(outcome, cells, line, size);
      if (busy) await busy;
    }
    else {
      addToGroup(cells, line, size);
      await writeRefused(membersNamed(outcome, cells, line, rows), code);
    }
    for (const member of problems) {
      current = member.cells;
      await writeRefused({ ...member.problem, message: member.problem.message(refused) }, '', cells);
    }
  }

  /**
   * Writes the held total line and the footer rows under it: as they are at the end of the sheet (household null). A total
   * line with a household right after it is in the middle of the list: a group's total line ("Cộng ấp 1"), or one with the
   * sums of the rows above it, is a subtotal row; any other ("Cộng Tố Nga" with a cell missing, a "Cộng" whose figures are
   * no such sums, a total over signatures with a row typed under them) is refused, an error row on stderr naming why,
   * never dropped unseen (review7 M1). At the end, a group's total line over part of the list (`part`: "Cộng ấp 2" after
   * ấp 1's rows, before "TỔNG CỘNG") is that group's subtotal row, checked against the group's rows.
   */
  async function releaseHeld(household: number | null): Promise<void> {
    if (household !== null) footerSeen = false;
    const rows = held.splice(0);
    for (const [index, { row, line, cell, sheet: rowSheet, subtotal: asSubtotal, differs, part, unstored }] of rows.entries()) {
      const subtotal = (household === null && part) || !rows.slice(index + 1).some((after) => after.cell === null) ? asSubtotal : null;
      if (cell === null || (household === null && !(part && Array.isArray(subtotal)))) {
        // A total line under the list: its counts that differ from those counted, in the summary.
        summary.totalDiffers.push(...differs);
        const busy = sink.row(row);
        if (busy) await busy;
        continue;
      }
      const place = rowSheet === undefined ? line : `${line} (trang “${rowSheet}”)`;
      summary.footerRows.splice(summary.footerRows.indexOf(place), 1);
      summary.totalRows.splice(summary.totalRows.indexOf(place), 1);
      if (Array.isArray(subtotal)) {
        summary.subtotalRows.push(place);
        const busy = sink.row(subtotal);
        if (busy) await busy;
        continue;
      }
      summary.rows += 1;
      summary.rejected += 1;
      const problem: RowProblem = {
        line,
        column: '',
        message:
          typeof subtotal === 'string'
            ? `dòng “${cell}” đọc như dòng cộng các hộ ở trên (dưới nó còn hộ, dòng ${household}), không phải hộ. ${subtotal}: chưa tính là dòng cộng. Hãy sửa số cho đúng tổng, hoặc ghi tên nhóm (ví dụ “Cộng ấp 1”)`
            : `dòng “${cell}” đọc như dòng tổng cộng nhưng dưới nó còn hộ (dòng ${household}): không bỏ qua. Nếu là hộ, hãy ghi đủ các cột; nếu là dòng cộng của một ấp, thôn, hãy ghi tên nhóm (ví dụ “Cộng ấp 1”); nếu là dòng tổng cộng, hãy để nó ở cuối danh sách${unstored ? `.${unstored.replace(/\.$/, '')}` : ''}`,
      };
      if (rowSheet !== undefined) problem.sheet = rowSheet;
      noteRefused(problem);
      sink.problem(problem);
      // The held row's end (its sheet, the empty between columns) kept.
      const busy = sink.row([...refusedRow(problem, ''), ...row.slice(OUTPUT_COLUMNS.length)]);
      if (busy) await busy;
      options.onProblem(problem);
    }
  }

  /**
   * A result row's end, after OUTPUT_COLUMNS: its sheet in a workbook of several sheets (SHEET_COLUMN), then the
   * BETWEEN_COLUMNS (empty for a refused, footer or subtotal row).
   */
  function finished(row: Cell[], between: readonly Cell[] = NO_BETWEEN, villageUnsure = false): Cell[] {
    // A row not counted (a total, a subtotal, a signature) on a row hidden in Excel: said in its ly_do and in the notes.
    if (hiddenLines.size > 0 && row[CODE_AT] === FOOTER_CODE && hiddenLines.has(row[LINE_AT] as number)) {
      hiddenSkipped.add(where(row[LINE_AT] as number));
      row[REASON_AT] = `Dòng ${row[LINE_AT]} đang bị ẩn trong Excel: vẫn được đọc; hãy bỏ ẩn dòng để xem. ${cellValue(row[REASON_AT]!)}`;
    }
    const [name, village] = carriedOf(current, villageUnsure);
    if ((lettersLost(name) || lettersLost(village)) && row[CODE_AT] !== FOOTER_CODE) lostLetters.add(where(row[LINE_AT] as number));
    // One array of the row's whole width (concat sizes it once): pushing the cells on grew every household's row twice.
    return row.concat(bySheet && sheet !== undefined ? [sheet] : NO_CELLS, between, [name, village]);
  }
}

/** The result column naming each row's worksheet, at the end, only for a workbook of several sheets. */
export const SHEET_COLUMN = 'trang_tinh';

/** Why two rows of a list without household codes may be one household (possibleDuplicateRows), as the notes say it. */
const SAME_ADDRESS = 'cùng họ tên, địa chỉ và số liệu';
const SAME_GROUP = 'cùng họ tên, cùng trang và nhóm tổ, thôn, cùng số liệu';

/** What a workbook of several sheets had read: the sheets read as the list, and the others with their rows and why. */
function sheetNotes(read: readonly string[], unused: readonly string[], first: string | undefined, workbook?: Pick<WorkbookFacts, 'hiddenSheets' | 'veryHiddenSheets'>): string[] {
  const notes: string[] = [];
  if (read.length > 1) notes.push(`Đã đọc ${read.length} trang tính cùng dòng tên cột: ${read.map((name) => `“${name}”`).join(', ')}; cột ${SHEET_COLUMN} của kết quả ghi trang của từng dòng, số dòng là số dòng trong trang đó.`);
  else if (first !== undefined) notes.push(`Đã đọc trang tính “${first}” (cột ${SHEET_COLUMN} của kết quả).`);
  const readHidden = read.filter((name) => workbook?.hiddenSheets.has(name));
  if (readHidden.length > 0) {
    // A "veryHidden" sheet is not in Excel's Unhide list (round 27: was told to right-click → Unhide, which Excel does not offer for it).
    const veryHidden = readHidden.filter((name) => workbook?.veryHiddenSheets.has(name));
    const unhide = veryHidden.length === readHidden.length
      ? 'Trang ẩn kiểu “veryHidden” không có trong Bỏ ẩn/Unhide: mở Visual Basic (Alt+F11), chọn trang, đổi Visible thành -1 - xlSheetVisible để xem.'
      : `Hãy bỏ ẩn trang để xem (nhấp chuột phải vào tên trang, chọn Bỏ ẩn/Unhide)${veryHidden.length > 0 ? `; ${veryHidden.map((name) => `“${name}”`).join(', ')} ẩn kiểu “veryHidden” không có trong Bỏ ẩn/Unhide: mở Visual Basic (Alt+F11), chọn trang, đổi Visible thành -1 - xlSheetVisible` : ''}.`;
    notes.push(`Trang tính đang bị ẩn trong Excel: ${readHidden.map((name) => `“${name}”`).join(', ')}; vẫn được đọc và xét như các trang khác (cột ${SHEET_COLUMN} ghi trang của từng dòng). ${unhide}`);
  }
  if (unused.length > 0) {
    notes.push(
      `Trang chưa đọc: ${unused.join(', ')}. Nếu có hộ ở đó, hãy sửa dòng tên cột cho giống trang “${first ?? ''}” (khi đó trang được đọc cùng), hoặc lưu trang ấy thành tệp riêng.`,
    );
  }
  return notes;
}

/**
 * A household code as the duplicate check compares it (round 26): "HGD001", "hgd001 " and "HGD 001" typed on two rows, one maybe
 * hidden in the workbook, are one household's code; compared as written, the second was counted again in the classes.
 */
const codeKey = (code: string): string => (plainCode(code) ? code : code.normalize('NFC').toUpperCase().replace(/\s+/gu, ''));

/** A code of printable ASCII characters without a small letter ("H1", "HGD-001"): its own key (no three new strings per row). */
function plainCode(code: string): boolean {
  for (let i = 0; i < code.length; i += 1) {
    const at = code.charCodeAt(i);
    if (at <= 32 || at >= 127 || (at >= 97 && at <= 122)) return false;
  }
  return true;
}

/**
 * The chi_so_thieu_hut cell of a counted list of ids, by the list object when it is shared (the rules give one, frozen, per
 * list of ids named alone: countedDeprivations): joined once, not on every row.
 */
const idsCells = new WeakMap<readonly string[], string>();
function idsCell(ids: readonly string[]): string {
  if (!Object.isFrozen(ids)) return ids.join(' ');
  let cell = idsCells.get(ids);
  if (cell === undefined) idsCells.set(ids, (cell = ids.join(' ')));
  return cell;
}

/** Code of a refused record in the ma_phan_loai column (the classes are CLASS_LABELS' keys). */
export const REFUSED_CODE = 'error';

/**
 * An empty result row, to fill in: a copy of one made once (a refused row, a total, a heading each took one). Array.from, not
 * OUTPUT_COLUMNS.map: Node 20's optimised `map` makes a holey array where the interpreter's makes a packed one, and that second
 * kind of row made V8 drop and recompile the CSV writer mid-list (`node --trace-deopt`: "wrong map"; round 19, round 31); `slice`
 * keeps the packed kind, without calling a function per cell (Array.from's was ~0,7% of a 100.000-row `cli batch`, round 35).
 */
const BLANK_ROW: readonly Cell[] = Array.from(OUTPUT_COLUMNS, () => '');
const blankRow = (): Cell[] => BLANK_ROW.slice();

/** A refused record's result row: its line, household code and reason, nothing classified. */
function refusedRow(problem: RowProblem, household: string): Cell[] {
  const row = blankRow();
  const at = (column: (typeof OUTPUT_COLUMNS)[number]) => OUTPUT_COLUMNS.indexOf(column);
  row[at('dong')] = problem.line;
  row[at('ma_ho')] = household;
  row[at('phan_loai')] = 'dòng lỗi, chưa phân loại';
  row[at('ma_phan_loai')] = REFUSED_CODE;
  // A reason ending its own sentence ("Hộ phải có ít nhất 1 thành viên.") takes no second full stop before the remarks.
  row[at('ly_do')] = problem.remarks === undefined ? problemReason(problem) : `${problemReason(problem).replace(/\.$/, '')}. ${problem.remarks}`;
  return row;
}

/** Code of a row under the list that is no household (a total, a signature) in the ma_phan_loai column. */
export const FOOTER_CODE = 'footer';

/** `phan_loai` of a total line in the middle of the list (a subtotal row, ma_phan_loai FOOTER_CODE). */
const SUBTOTAL_LABEL = 'dòng cộng giữa danh sách (ấp, thôn…), không phải hộ';

/** `phan_loai` of a row of counts only ("Thôn 1: 25 hộ": a tally row, ma_phan_loai FOOTER_CODE). */
const TALLY_LABEL = 'dòng chỉ có số đếm, không phải hộ';
/** The class cell of a row holding only its number in the order column (summary numberedBlankRows). */
const NUMBERED_BLANK_LABEL = 'dòng trống của mẫu (chỉ có số thứ tự), không phải hộ';

/** Whether a row's only filled cell is a number in the order column `order` ("STT"): a numbered row of the form, left empty. */
function numberedOnly(cells: readonly string[], order: number): boolean {
  if (!/^\d{1,5}\.?$/.test((cells[order] ?? '').trim())) return false;
  for (let i = 0; i < cells.length; i += 1) if (i !== order && cells[i]!.trim() !== '') return false;
  return true;
}

/** `phan_loai` of a group heading row inside the list ("I | THÔN 1": a section row, ma_phan_loai FOOTER_CODE). */
const SECTION_LABEL = 'dòng tên nhóm (ấp, thôn…) giữa danh sách, không phải hộ';

/** A row that is no household (a total, a subtotal, a signature): its line, what it is and why it is not counted. */
function nonHouseholdRow(line: number, label: string, reason: string): Cell[] {
  const row = blankRow();
  row[LINE_AT] = line;
  row[OUTPUT_COLUMNS.indexOf('phan_loai')] = label;
  row[CODE_AT] = FOOTER_CODE;
  row[REASON_AT] = reason;
  return row;
}

/** A footer row's result row: its line and why it is not counted; a total line's, with how its figures compare with the sums (`check`). */
function footerRow(line: number, cell: string, total: boolean, check = '', unstored = ''): Cell[] {
  return total
    ? nonHouseholdRow(line, 'dòng tổng cộng, không phải hộ', `Dòng “${cell}” là dòng tổng cộng của danh sách (cộng các hộ ở trên), không phải hộ: không tính.${check}${unstored}`)
    : nonHouseholdRow(line, 'dòng cuối bảng, không phải hộ', `Dòng “${cell}” (tổng cộng, chữ ký) nằm dưới danh sách, không phải hộ: không tính.${unstored}`);
}

/**
 * No usable header among the first rows: the best candidate's reason, and how to fix the file; a header row found with a
 * column missing (`found`): that, with the columns it has, never "no header row".
 */
function headerRefused(best: { message: string; found?: string } | null): ListOutcome {
  if (best?.found !== undefined) return { ok: false, message: best.message, noHeader: true };
  const why = best ? `${best.message} ` : '';
  return {
    ok: false,
    message: `Không tìm thấy dòng tên cột trong ${BATCH_DEFAULTS.headerSearchRows} dòng đầu của tệp. ${why}Dòng tên cột cần có cột khu vực, số người (số nhân khẩu) và thu nhập (bình quân hoặc tổng).`,
    noHeader: true,
  };
}

/** The indicators of the standards the list was checked under (every indicator when none was). */
function summaryIndicators(rules: RuleSet, summary: BatchSummary) {
  const used = [...rules.standards, ...rules.localStandards].filter((standard) => summary.standards.has(standard.id));
  if (used.length === 0) return rules.indicators;
  return rules.indicators.filter((indicator) => used.some((standard) => standard.indicators.ids.includes(indicator.id)));
}

/** "Chuẩn nghèo đa chiều giai đoạn 2027–2030 – Nghị định 351/2025/NĐ-CP (tham khảo)": a standard as the summary names it. */
/** A standard of the rules (national or local) by its id. */
function standardById(rules: RuleSet, id: string) {
  return [...rules.standards, ...rules.localStandards].find((candidate) => candidate.id === id);
}

function standardName(rules: RuleSet, id: string): string {
  const standard = standardById(rules, id);
  if (!standard) return id;
  return `${standard.title} – ${standard.document}${standard.status === 'verified' ? '' : ' (tham khảo)'}`;
}

const dates = (counts: StandardCount) => (counts.first === counts.last ? `ngày xét ${formatDate(counts.first)}` : `ngày xét từ ${formatDate(counts.first)} đến ${formatDate(counts.last)}`);
const total = (counts: StandardCount) => [...counts.byClass.values()].reduce((sum, count) => sum + count, 0);

/** One standard's share of a list: its name as the summary says it, the review dates, the households (each code once) by class. */
export interface StandardShare {
  /** The standard's id, as in the chuan / chuan_moi columns. */
  id: string;
  /** "Chuẩn nghèo đa chiều giai đoạn 2027–2030 – Nghị định 351/2025/NĐ-CP (tham khảo)". */
  name: string;
  /** The day it starts, dd/MM/yyyy ("?" for a standard no longer in the rules). */
  from: string;
  /** "ngày xét 15/01/2027", "ngày xét từ 15/11/2026 đến 15/12/2026". */
  dates: string;
  households: number;
  classes: { code: Classification; label: string; count: number }[];
}

/**
 * The households under each standard the rows' review dates fall under (`current`), and under the next standard for the
 * rows within the weeks before it (`next`: the chuan_moi_* columns): what the CLI's summary and the web page's split by.
 */
export function standardShares(rules: RuleSet, summary: BatchSummary): { current: StandardShare[]; next: StandardShare[] } {
  const share = ([id, counts]: [string, StandardCount]): StandardShare => {
    const standard = standardById(rules, id);
    return {
      id,
      name: standardName(rules, id),
      from: standard ? formatDate(standard.validFrom) : '?',
      dates: dates(counts),
      households: total(counts),
      classes: (Object.entries(CLASS_LABELS) as [Classification, string][]).map(([code, label]) => ({ code, label, count: counts.byClass.get(code) ?? 0 })),
    };
  };
  return { current: [...summary.byStandard].map(share), next: [...summary.byNextStandard].map(share) };
}

/**
 * Which standard the classes are under, with the review dates: one line when every row is under one standard; when the
 * rows' dates fall under several, the households by class under each. Then the class under the next standard (the
 * chuan_moi_* columns) of the rows within the weeks before it.
 */
function standardLines(rules: RuleSet, summary: BatchSummary): string[] {
  const { current, next } = standardShares(rules, summary);
  const classCounts = (share: StandardShare) => share.classes.map(({ label, count }) => `${label}: ${count}`).join('; ');
  const lines: string[] = [];
  if (current.length === 1) lines.push(`Chuẩn áp dụng: ${current[0]!.name}; ${current[0]!.dates}.`);
  else if (current.length > 1) {
    lines.push('Các dòng có ngày xét thuộc nhiều chuẩn; số hộ theo từng chuẩn:');
    for (const share of current) lines.push(`  ${share.name}, ${share.dates}: ${share.households} hộ (${classCounts(share)})`);
  }
  for (const share of next) lines.push(`Theo chuẩn mới từ ${share.from}: ${share.name}, cột chuan_moi_*, ${share.households} hộ có ${share.dates}: ${classCounts(share)}.`);
  return lines;
}

/** The summary as label → count rows: totals, then per class, then per indicator of the standards used. */
/** The summary sheet's label of the review day (summaryRows). */
const REVIEW_DATE_LABEL = 'Ngày xét chung (hộ không ghi ngày riêng)';

export function summaryRows(rules: RuleSet, summary: BatchSummary): [string, Cell][] {
  return [
    ['Số dòng (hộ)', summary.rows],
    ['Đã phân loại', summary.classified],
    ['Dòng lỗi', summary.rejected],
    ['Dòng trống (không tính)', summary.blank],
    ['Dòng tiêu đề trên dòng tên cột (không tính)', summary.titleRows.length],
    ...(summary.numberingRows.length > 0 ? [['Dòng đánh số cột dưới dòng tên cột (không tính)', summary.numberingRows.length] as [string, Cell]] : []),
    ...(summary.repeatedHeaderRows.length > 0 ? [['Dòng tên cột lặp lại giữa danh sách (không tính)', summary.repeatedHeaderRows.length] as [string, Cell]] : []),
    ...(summary.footerRows.length > 0 ? [['Dòng cuối bảng: tổng cộng, chữ ký (không tính)', summary.footerRows.length] as [string, Cell]] : []),
    ...(summary.totalRows.length > 0 ? [['Trong đó dòng tổng cộng (không tính)', summary.totalRows.length] as [string, Cell]] : []),
    ...(summary.subtotalRows.length > 0 ? [['Dòng cộng giữa danh sách: cộng theo ấp, thôn (không tính)', summary.subtotalRows.length] as [string, Cell]] : []),
    ...(summary.sectionRows.length > 0 ? [['Dòng tên nhóm giữa danh sách: I, II… ấp, thôn (không tính)', summary.sectionRows.length] as [string, Cell]] : []),
    ...(summary.duplicateRows.length > 0 ? [['Dòng trùng mã hộ (có kết quả, không tính lại theo nhóm)', summary.duplicateRows.length] as [string, Cell]] : []),
    ...(summary.duplicateDiffers.length > 0 ? [['Trong đó dòng trùng mã hộ có số liệu khác dòng đầu (cần đối chiếu)', summary.duplicateDiffers.length] as [string, Cell]] : []),
    ...(summary.splitHouseholds.size > 0 ? [['Hộ có thành viên bị tách (mã hộ ở các đoạn không liền nhau)', summary.splitHouseholds.size] as [string, Cell]] : []),
    ...(summary.memberRows.length > 0 ? [[`Dòng thành viên ${memberPlace(summary)} (thuộc hộ ở dòng trên, không tính riêng)`, summary.memberRows.length] as [string, Cell]] : []),
    ...(summary.tallyRows.length > 0 ? [['Dòng chỉ có số đếm (không tính)', summary.tallyRows.length] as [string, Cell]] : []),
    ...(summary.numberedBlankRows.length > 0 ? [['Dòng trống của mẫu, chỉ có số thứ tự (không tính)', summary.numberedBlankRows.length] as [string, Cell]] : []),
    ...(summary.totalDiffers.length > 0 ? [['Số ở dòng tổng cộng khác số đếm được (cần xem lại)', summary.totalDiffers.length] as [string, Cell]] : []),
    ...(summary.sizeDiffers.length > 0 ? [['Hộ có số nhân khẩu khác số dòng thành viên (cần xem lại)', summary.sizeDiffers.length] as [string, Cell]] : []),
    ...(summary.headingNamedRows.length > 0 ? [['Hộ có ô họ tên ghi tên tổ, thôn, ấp (có kết quả, cần xem lại)', summary.headingNamedRows.length] as [string, Cell]] : []),
    ...(summary.severalUnclearRows.length > 0 ? [['Dòng lỗi có từ hai ô chưa rõ trở lên (ly_do nêu từng ô)', summary.severalUnclearRows.length] as [string, Cell]] : []),
    ...(summary.yearInMonthRows.length > 0 ? [['Hộ có số ở cột thu nhập mỗi tháng có thể là thu nhập cả năm (có kết quả, cần xem lại)', summary.yearInMonthRows.length] as [string, Cell]] : []),
    ...(summary.possibleDuplicateRows.length > 0
      ? [[`Dòng có thể trùng hộ: ${summary.duplicateBasis} (có kết quả, không tính lại theo nhóm)`, summary.possibleDuplicateRows.length] as [string, Cell]]
      : []),
    ...[...summary.byStandard].map(([id, counts]): [string, Cell] => [`Chuẩn áp dụng: ${standardName(rules, id)}, ${dates(counts)} (số hộ)`, total(counts)]),
    // Rows under two standards: the classes per standard only (below), never one total adding the two together.
    ...(summary.byStandard.size > 1 ? [] : (Object.entries(CLASS_LABELS) as [Classification, string][]).map(([id, label]): [string, Cell] => [`Nhóm: ${label}`, summary.byClass.get(id) ?? 0])),
    ...summaryIndicators(rules, summary).map((indicator): [string, Cell] => [`Thiếu hụt: ${indicator.name} (${indicator.id})`, summary.byIndicator.get(indicator.id) ?? 0]),
    ...(summary.countOnlyRows.length > 0 ? [['Hộ chỉ ghi số chỉ số thiếu hụt, không ghi tên chỉ số (không tính theo chỉ số)', summary.countOnlyRows.length] as [string, Cell]] : []),
    ...[...summary.byStandard].flatMap(([id, counts]) =>
      summary.byStandard.size < 2 ? [] : (Object.entries(CLASS_LABELS) as [Classification, string][]).map(([klass, label]): [string, Cell] => [`${standardName(rules, id)}: ${label}`, counts.byClass.get(klass) ?? 0]),
    ),
    ...[...summary.byNextStandard].flatMap(([id, counts]) =>
      (Object.entries(CLASS_LABELS) as [Classification, string][]).map(([klass, label]): [string, Cell] => [`Theo chuẩn mới ${standardName(rules, id)} (cột chuan_moi_*): ${label}`, counts.byClass.get(klass) ?? 0]),
    ),
    // Round 18, after every row before (scripts read this sheet by its labels): each thôn/ấp, then each kind of refusal.
    ...villageAndReasonRows(rules, summary),
    // Round 43 (lost44), last: the review day of the households without their own date, and why.
    [REVIEW_DATE_LABEL, reviewDateSaid(summary.reviewDate)],
  ];
}

/** How the summary says where its thôn/ấp counts come from. */
function villagesBy(villages: VillageCounts): string {
  return villages.by === 'column'
    ? `theo cột “${villages.column}”`
    : villages.by === 'group'
      ? 'theo dòng tên nhóm và dòng cộng (ấp, thôn…) giữa danh sách'
      : 'theo trang tính';
}

/**
 * The households of each thôn/ấp as the summary says them (none when the list says no thôn/ấp): a title, then one line a
 * thôn/ấp, "Ấp 1: 3 hộ (hộ nghèo 1, hộ cận nghèo 2); 1 dòng lỗi", the classes under each standard when the rows fall
 * under several (never added together).
 */
export function villagesSaid(rules: RuleSet, summary: BatchSummary): { title: string; lines: string[] } | null {
  const { villages } = summary;
  if (villages.by === null) return null;
  const several = summary.byStandard.size > 1;
  const title = (id: string) => standardById(rules, id)?.title ?? id;
  const lines = villages.list.map((village) => {
    const parts = [...village.byStandard].map(([id, classes]) => {
      const counts = (Object.keys(CLASS_LABELS) as Classification[]).filter((klass) => classes.get(klass)).map((klass) => `${CLASS_LABELS[klass]} ${classes.get(klass)}`).join(', ');
      return several ? `${title(id)}: ${counts}` : counts;
    });
    return `${village.name}: ${village.households} hộ${parts.length > 0 ? ` (${parts.join('; ')})` : ''}${village.rejected > 0 ? `; ${village.rejected} dòng lỗi` : ''}`;
  });
  return { title: `Theo thôn, ấp (${villagesBy(villages)}): số hộ đã phân loại theo nhóm, và số dòng lỗi`, lines };
}

/** Refused rows shown by line in a reason of the summary, at most; the others counted. */
const REASON_LINES_SHOWN = 10;

/** Lines as a note lists them: the first REASON_LINES_SHOWN (spans as linesSaid writes them), then how many more. */
const firstLinesSaid = (lines: readonly Line[]) =>
  `${linesSaid(lines.slice(0, REASON_LINES_SHOWN))}${lines.length > REASON_LINES_SHOWN ? ` và ${lines.length - REASON_LINES_SHOWN} dòng khác` : ''}`;

/** The rows whose letters were lost to “?”: still checked and in the results; the refused ones among them named. */
function lostLettersNote(lines: readonly Line[], refused: readonly Line[]): string {
  const refusedSaid = refused.length > 0 ? `; dòng ${firstLinesSaid(refused)} bị từ chối vì ô cần để xét có dấu “?” (lý do ở cột ly_do)` : '';
  return (
    `Chữ tiếng Việt bị thay bằng dấu “?” (ví dụ “Nguy?n V?n” thay cho “Nguyễn Văn”) ở ${lines.length} dòng: dòng ${firstLinesSaid(lines)}. ` +
    `Có lẽ tệp đã được lưu bằng một bảng mã không có tiếng Việt (máy chưa cài tiếng Việt): chữ đã mất không khôi phục được. Các dòng ấy vẫn được xét và có trong kết quả, họ tên, thôn, ấp ghi như trong tệp${refusedSaid}. ` +
    'Hãy mở bản danh sách còn đủ dấu, lưu lại bằng “CSV UTF-8 (Comma delimited)” hoặc .xlsx rồi kiểm tra lại.'
  );
}

/**
 * Each kind of refusal as the summary says it: "Cột Khu vực (khu_vuc): 3 dòng (dòng 5, 9, 14), ví dụ dòng 5: khu vực “abc” …".
 * A column refused for several kinds of reason has them together, numbered ("Cột Thu nhập … (thu_nhap_binh_quan), lý do 1/2: …",
 * "…, lý do 2/2: …"), so no two lines name the column alike (round 23: they were apart, each "Cột Thu nhập …:", read as one
 * reason said twice).
 */
export function refusedReasonsSaid(summary: BatchSummary): string[] {
  const byColumn = new Map<string, RefusedReason[]>();
  summary.refusedReasons.forEach((reason, at) => {
    // Reasons of no column (a row's quotes, its count of cells) each stand alone.
    const key = reason.column ? `c\0${reason.column}` : `r\0${at}`;
    byColumn.set(key, [...(byColumn.get(key) ?? []), reason]);
  });
  return [...byColumn.values()].flatMap((reasons) =>
    reasons.map(({ column, example, lines }, at) => {
      const shown = lines.slice(0, REASON_LINES_SHOWN).join(', ') + (lines.length > REASON_LINES_SHOWN ? ` … và ${lines.length - REASON_LINES_SHOWN} dòng khác` : '');
      const which = reasons.length > 1 ? `, lý do ${at + 1}/${reasons.length}` : '';
      return `${column ? `Cột ${column}${which}: ` : ''}${lines.length} dòng (dòng ${shown}), ví dụ dòng ${lines[0]}: ${example}`;
    }),
  );
}

/** The summary's rows of each thôn/ấp (its households, each class, its refused rows) and of each kind of refusal. */
function villageAndReasonRows(rules: RuleSet, summary: BatchSummary): [string, Cell][] {
  const rows: [string, Cell][] = [];
  const standards = [...summary.byStandard.keys()];
  for (const village of summary.villages.list) {
    const place = `Thôn, ấp “${village.name}”`;
    rows.push([`${place}: số hộ đã phân loại`, village.households]);
    for (const id of standards) {
      const classes = village.byStandard.get(id);
      const under = standards.length > 1 ? `, ${standardName(rules, id)}` : '';
      for (const [klass, label] of Object.entries(CLASS_LABELS) as [Classification, string][]) rows.push([`${place}${under}: ${label}`, classes?.get(klass) ?? 0]);
    }
    rows.push([`${place}: dòng lỗi`, village.rejected]);
  }
  for (const { column, example, lines } of summary.refusedReasons) rows.push([`Dòng lỗi theo lý do: ${column ? `cột ${column}: ` : ''}${example}`, lines.length]);
  return rows;
}

/** Where the member rows are, as the list wrote them: under a merged code cell, or with the code written again. */
function memberPlace(summary: BatchSummary): string {
  const merged = summary.memberKinds.has('merged') ? 'dưới ô mã hộ gộp' : '';
  const repeated = summary.memberKinds.has('repeated') ? 'cùng mã hộ với dòng trên (mã hộ ghi lại ở mỗi dòng)' : '';
  const relation = summary.memberKinds.has('relation') ? 'ghi dưới dòng chủ hộ (vợ, con, cháu…; STT 1.1, 1.2… hoặc để trống)' : '';
  return [merged, repeated, relation].filter(Boolean).join(' hoặc ');
}

/** The refused rows with several unclear cells, as the summary says them (round 44 lists46). */
export const severalUnclearSaid = (summary: BatchSummary): string =>
  `Trong đó ${summary.severalUnclearRows.length} dòng có từ hai ô chưa rõ trở lên: dòng ${firstLinesSaid(summary.severalUnclearRows)}; ly_do của mỗi dòng nêu từng ô, hãy sửa hết các ô ấy rồi kiểm tra lại.`;

/** Each row of counts only as the summary names it: "dòng 4 “Thôn 1: 25 hộ”". */
export function tallyRowsSaid(summary: BatchSummary): string[] {
  return summary.tallyRows.map(({ line, text }) => `dòng ${line} “${text}”`);
}

/** Each total line's count that differs: "dòng 14 “Tổng cộng”: số hộ danh sách ghi 13, đếm được 12". */
export function totalDiffersSaid(summary: BatchSummary): string[] {
  return summary.totalDiffers.map(
    ({ line, label, what, said, counted }) => `dòng ${line} “${label}”: ${what === 'households' ? 'số hộ' : 'số nhân khẩu'} danh sách ghi ${formatNumber(said)}, đếm được ${formatNumber(counted)}`,
  );
}

/** What a count row whose figures name no household or people count says: not checked, and against what to check it. */
const TALLY_UNCHECKED = 'không phải số hộ hay số nhân khẩu của danh sách (ví dụ số hộ nghèo, số hộ cận nghèo): không được đối chiếu; hãy tự so với phần “Theo nhóm” của tổng hợp';

/**
 * Lines as a list, three or more following numbers as a span ("4–301"): a form's 300 numbered rows left empty below the
 * list are one span, not 300 numbers (was every number written out).
 */
function linesSaid(lines: readonly Line[]): string {
  const said: string[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    let end = at;
    while (typeof lines[end] === 'number' && lines[end + 1] === (lines[end] as number) + 1) end += 1;
    said.push(end - at >= 2 ? `${lines[at]}–${lines[end]}` : String(lines[at]));
    if (end - at >= 2) at = end;
  }
  return said.join(', ');
}

/**
 * Said before anything else (tryout51 F2: was a note printed last): the rows on sheets headed as a household list that were
 * not read with it, error rows in the results. Undefined when every sheet holding a list was read.
 */
export function unreadSheetsSaid(summary: Pick<BatchSummary, 'unreadSheets'>): string | undefined {
  const unread = summary.unreadSheets ?? [];
  if (unread.length === 0) return undefined;
  const rows = unread.reduce((sum, entry) => sum + entry.rows, 0);
  return `Cảnh báo: ${rows} dòng trên ${unread.length} trang tính chưa đọc được (${unread.map((entry) => `“${entry.sheet}” ${entry.rows} dòng`).join(', ')}): các dòng ấy là dòng lỗi trong kết quả, chưa được xét, lý do ở cột ly_do.`;
}

export function formatSummary(rules: RuleSet, summary: BatchSummary): string {
  const unread = unreadSheetsSaid(summary);
  const lines = [...(unread ? [unread] : []), `Tổng hợp: ${summary.rows} dòng, ${summary.classified} hộ đã phân loại, ${summary.rejected} dòng lỗi chưa phân loại (lý do ở từng dòng).`];
  lines.push(`(Ngày xét chung cho hộ không ghi ngày riêng: ${reviewDateSaid(summary.reviewDate)}.)`);
  if (summary.blank > 0) lines.push(`(Không tính ${summary.blank} dòng trống.)`);
  if (summary.titleRows.length > 0) lines.push(`(Không tính ${summary.titleRows.length} dòng tiêu đề nằm trên dòng tên cột: dòng ${summary.titleRows.join(', ')}.)`);
  if ((summary.ignoredIndicators ?? []).length > 0) {
    lines.push(`Cột giống chỉ số thiếu hụt nhưng không đọc được, đã bỏ qua (không tính vào thiếu hụt của hộ): ${summary.ignoredIndicators!.join(', ')}. Hãy đặt tên cột như “Thiếu hụt BHYT”, “Không có nhà vệ sinh” rồi chạy lại.`);
  }
  if (summary.numberingRows.length > 0) lines.push(`(Không tính ${summary.numberingRows.length} dòng đánh số cột ((1), (2), (3)…) dưới dòng tên cột, không phải hộ: dòng ${summary.numberingRows.join(', ')}.)`);
  if (summary.repeatedHeaderRows.length > 0) {
    lines.push(`(Không tính ${summary.repeatedHeaderRows.length} dòng lặp lại dòng tên cột giữa danh sách (dán lại khi ghép bảng), không phải hộ: dòng ${summary.repeatedHeaderRows.join(', ')}. Hãy xóa dòng đó khỏi danh sách.)`);
  }
  if (summary.footerRows.length > 0) lines.push(`(Không tính ${summary.footerRows.length} dòng cuối bảng (tổng cộng, chữ ký), không phải hộ: dòng ${summary.footerRows.join(', ')}; vẫn có dòng trong kết quả, ma_phan_loai ${FOOTER_CODE}.)`);
  if (summary.totalRows.length > 0) lines.push(`(Trong đó dòng tổng cộng, không phải hộ, không cộng vào số hộ: dòng ${summary.totalRows.join(', ')}.)`);
  if (summary.subtotalRows.length > 0) {
    lines.push(`(Không tính ${summary.subtotalRows.length} dòng cộng giữa danh sách (cộng theo ấp, thôn…), không phải hộ: dòng ${summary.subtotalRows.join(', ')}; vẫn có dòng trong kết quả, ma_phan_loai ${FOOTER_CODE}.)`);
  }
  if (summary.sectionRows.length > 0) {
    lines.push(`(Không tính ${summary.sectionRows.length} dòng tên nhóm giữa danh sách (I, II… ấp, thôn), không phải hộ: dòng ${summary.sectionRows.join(', ')}; vẫn có dòng trong kết quả, ma_phan_loai ${FOOTER_CODE}.)`);
  }
  if (summary.duplicateRows.length > 0) {
    lines.push(
      `(${summary.duplicateRows.length} dòng trùng mã hộ với một dòng trước: dòng ${summary.duplicateRows.join(', ')}. Mỗi dòng vẫn có kết quả, có ghi chú trong ly_do; ` +
        'tổng hợp theo nhóm và theo chỉ số chỉ tính dòng đầu tiên của mỗi mã hộ. Hãy kiểm tra và xóa dòng thừa.)',
    );
    const other = summary.duplicateOtherHead;
    if (other.length > 0) {
      lines.push(
        `(Trong đó ${other.length} dòng cùng mã hộ nhưng khác chủ hộ: dòng ${other.join(', ')}: có thể ghi nhầm mã hộ, là hộ khác chưa được tính trong tổng hợp; hãy sửa mã hộ cho đúng rồi kiểm tra lại, đừng xóa dòng.)`,
      );
    }
    const differing = summary.duplicateDiffers;
    if (differing.length > 0) {
      lines.push(
        `(Trong đó ${differing.length} dòng cùng mã hộ nhưng số liệu khác dòng đầu: ${differing.map(({ line, first }) => `dòng ${line} (so với dòng ${first})`).join(', ')}: chưa rõ dòng nào đúng, tổng hợp tính theo dòng đầu; hãy đối chiếu với hộ trước khi xóa dòng nào.)`,
      );
    }
  }
  if (summary.splitHouseholds.size > 0) {
    const split = [...summary.splitHouseholds].map(([code, runs]) => `“${code}” ${runs.slice(0, -1).join(', ')} và ${runs[runs.length - 1]}`).join('; ');
    lines.push(`(Hộ có thành viên bị tách (mã hộ ghi ở các đoạn không liền nhau): ${split}. Kết quả của mỗi hộ ở dòng đầu chỉ tính đoạn đầu; các đoạn sau là dòng lỗi. Hãy xếp các dòng của mỗi hộ liền nhau rồi kiểm tra lại.)`);
  }
  if (summary.memberRows.length > 0) {
    lines.push(`(Không tính riêng ${summary.memberRows.length} dòng thành viên ${memberPlace(summary)} (mỗi dòng một người của hộ ở dòng trên): dòng ${summary.memberRows.join(', ')}.)`);
  }
  if (summary.tallyRows.length > 0) {
    lines.push(`(Không tính ${summary.tallyRows.length} dòng chỉ có số đếm, không phải hộ: ${tallyRowsSaid(summary).join('; ')}; vẫn có dòng trong kết quả, ma_phan_loai ${FOOTER_CODE}.)`);
  }
  if (summary.numberedBlankRows.length > 0) {
    lines.push(`(Không tính ${summary.numberedBlankRows.length} dòng chỉ có số thứ tự, các ô khác để trống (dòng trống của mẫu, không phải hộ): dòng ${linesSaid(summary.numberedBlankRows)}; vẫn có dòng trong kết quả, ma_phan_loai ${FOOTER_CODE}. Nếu có hộ ở các dòng đó, hãy ghi đủ thông tin của hộ.)`);
  }
  if (summary.tallyUnchecked.length > 0) lines.push(`(Số ở dòng ${summary.tallyUnchecked.join(', ')} ${TALLY_UNCHECKED}.)`);
  if (summary.totalDiffers.length > 0) lines.push(`(Cần xem lại dòng tổng cộng, số khác với số đếm được: ${totalDiffersSaid(summary).join('; ')}.)`);
  if (summary.sizeDiffers.length > 0) {
    const said = summary.sizeDiffers.map(({ line, said, rows }) => `dòng ${line} (ghi ${said} nhân khẩu, có ${rows} dòng người)`).join('; ');
    lines.push(`(Cần xem lại ${summary.sizeDiffers.length} hộ có số nhân khẩu khác số dòng chủ hộ và thành viên ghi dưới hộ: ${said}. Hộ được xét theo số ở cột số nhân khẩu.)`);
  }
  if (summary.headingNamedRows.length > 0) {
    lines.push(
      `(Cần xem lại ${summary.headingNamedRows.length} hộ có ô họ tên ghi tên tổ, thôn, ấp (như “Tổ 3”) mà dòng có đủ số liệu: dòng ${summary.headingNamedRows.join(', ')}. ` +
        'Các dòng ấy được xét và tính như một hộ, có ghi chú trong ly_do; nếu là dòng đầu nhóm, hãy xóa các số liệu khác trên dòng.)',
    );
  }
  if (summary.yearInMonthRows.length > 0) {
    lines.push(
      `(Cần xem lại ${summary.yearInMonthRows.length} hộ có số ở cột thu nhập mỗi tháng có thể là thu nhập cả năm: dòng ${summary.yearInMonthRows.join(', ')}. ` +
        'Các hộ ấy được xét theo tên cột (mỗi tháng), không tự chia, và được tính trong tổng hợp theo nhóm đó; ly_do của từng dòng nói nhóm của hộ nếu là thu nhập cả năm. Hãy ghi “/năm” hoặc “/tháng” sau số ở các ô ấy rồi kiểm tra lại.)',
    );
  }
  if (summary.possibleDuplicateRows.length > 0) {
    lines.push(
      `(${summary.possibleDuplicateRows.length} dòng có thể trùng hộ (${summary.duplicateBasis}) với một dòng trước: dòng ${summary.possibleDuplicateRows.join(', ')}. ` +
        'Mỗi dòng vẫn có kết quả, có ghi chú trong ly_do; tổng hợp theo nhóm và theo chỉ số chỉ tính dòng đầu tiên. Hãy kiểm tra và xóa dòng thừa.)',
    );
  }
  lines.push(...standardLines(rules, summary));
  // Rows under two standards: the classes of each standard apart (a total of both would be under no standard).
  const { current } = standardShares(rules, summary);
  const blocks = current.length > 1 ? current.map((share) => ({ title: `Theo nhóm, ${share.name} (${share.dates}):`, classes: share.classes })) : [{ title: 'Theo nhóm:', classes: (Object.entries(CLASS_LABELS) as [Classification, string][]).map(([code, label]) => ({ code, label, count: summary.byClass.get(code) ?? 0 })) }];
  for (const block of blocks) {
    lines.push('', block.title);
    for (const { label, count } of block.classes) lines.push(`  ${label}: ${count}`);
  }
  const villages = villagesSaid(rules, summary);
  if (villages) lines.push('', villages.title, ...villages.lines.map((line) => `  ${line}`));
  if (summary.refusedReasons.length > 0) {
    lines.push('', `Dòng lỗi theo lý do (${summary.rejected} dòng; lý do đầy đủ ở cột ly_do của từng dòng):`, ...refusedReasonsSaid(summary).map((line) => `  ${line}`));
    if (summary.severalUnclearRows.length > 0) lines.push(`  (${severalUnclearSaid(summary)})`);
  }
  lines.push('', 'Số hộ thiếu hụt theo chỉ số:');
  for (const indicator of summaryIndicators(rules, summary)) {
    lines.push(`  ${indicator.name} (${indicator.id}): ${summary.byIndicator.get(indicator.id) ?? 0}`);
  }
  if (summary.countOnlyRows.length > 0) {
    lines.push(`  (${summary.countOnlyRows.length} hộ chỉ ghi số chỉ số thiếu hụt, không ghi tên chỉ số, được phân loại theo số đó nhưng không tính ở đây: dòng ${summary.countOnlyRows.join(', ')}.)`);
  }
  return lines.join('\n');
}
