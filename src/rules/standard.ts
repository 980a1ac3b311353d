/** Which standard is in force on a date, and how to show it to a cadre (/chuan, `cli standard`). */
import type { Band, IndicatorDef, ProvinceSupportsStandard, Standard } from './schema.ts';
import type { RuleSet } from './load.ts';
import type { Area, Classification, FactStatus, IndicatorId, Outcome } from './types.ts';
import { formatDate, isIsoDate } from '../text/dates.ts';
import { formatMoney, POVERTY_CADRE } from './text.ts';
import { provinceKey } from '../text/lexicon/index.ts';

export const CLASS_LABELS: Record<Classification, string> = {
  poor: 'hộ nghèo',
  near_poor: 'hộ cận nghèo',
  middle: 'hộ có mức sống trung bình',
  none: 'không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình',
  unknown: 'chưa xác định được',
};

/**
 * A result of class "unknown" with no `between`: its income is above the lines that decide poor and near-poor, in a band whose
 * middle-class threshold is not known (2016–2021, 2027–2030). Said to a resident as what it is (round 20: was "chưa xác định
 * được", read as "maybe poor"); list files (batch) keep CLASS_LABELS.unknown.
 */
export const ABOVE_LINES_UNKNOWN = 'không thuộc diện hộ nghèo, hộ cận nghèo; có là hộ có mức sống trung bình hay không thì chưa rõ';

/** A class said to a resident: ABOVE_LINES_UNKNOWN for "unknown" (an open result's `between` is said by betweenLabel). */
export const residentLabel = (classification: Classification): string => (classification === 'unknown' ? ABOVE_LINES_UNKNOWN : CLASS_LABELS[classification]);

export const STATUS_LABELS: Record<FactStatus, string> = {
  verified: 'đã kiểm tra',
  reported: 'tham khảo',
  unknown: 'chưa rõ',
};

/**
 * A reference with a status said at its end, inside its own bracket when it ends in one ("NĐ 07/2021/NĐ-CP Điều 3 (áp dụng
 * năm 2026 theo NĐ 351/2025/NĐ-CP; tham khảo)"), never two brackets side by side: the one bracket form of every citation
 * (src/chat/result.ts `cited`). The data keeps the status as a field, never in the reference's words.
 */
export const withStatus = (reference: string, status: FactStatus): string =>
  reference.endsWith(')') ? `${reference.slice(0, -1)}; ${STATUS_LABELS[status]})` : `${reference} (${STATUS_LABELS[status]})`;

/**
 * A reference said with every document's own status (round 31 law17: the card's "Căn cứ:" lines said none): a kept band's or list's
 * documents each with theirs, else the reference with the entry's status.
 */
export const basisWithStatus = (entry: { reference: string; status: FactStatus; documents?: readonly { ref: string; status: FactStatus }[] }): string =>
  (entry.documents ?? [{ ref: entry.reference, status: entry.status }]).map(({ ref, status }) => withStatus(ref, status)).join('; ');

/** A reference with its status when that is not verified (a basis said beside a verified class says nothing more). */
export const withStatusUnlessVerified = (reference: string, status: FactStatus): string => (status === 'verified' ? reference : withStatus(reference, status));

export interface StandardInfo {
  standard: Standard;
  /** True when a province's higher standard replaces the national one. */
  local: boolean;
  provisional: boolean;
  provisionalReasons: string[];
}

export class StandardDateError extends Error {
  readonly field = 'date';
  constructor(message: string) {
    super(message);
    this.name = 'StandardDateError';
  }
}

function inForce(standard: Standard, date: string): boolean {
  return standard.validFrom <= date && date <= standard.validTo;
}

/** Why every result under this standard is provisional, whatever the income (empty when verified). */
export function standardLevelReasons(standard: Standard): string[] {
  const reasons: string[] = [];
  if (standard.status !== 'verified') {
    reasons.push(`${standard.title} được ghi theo nguồn tham khảo, chưa đối chiếu nguyên văn ${standard.document}; kết quả chỉ để tham khảo.`);
  }
  if (standard.indicators.status !== 'verified' && standard.indicators.note) reasons.push(standard.indicators.note);
  return reasons;
}

/** Why the standard's income bands that are not known are not (their notes in the rules data), each once. */
export function unknownBandNotes(standard: Standard): string[] {
  return [...new Set(standard.bands.flatMap((band) => (band.status === 'unknown' && band.note ? [band.note] : [])))];
}

/** Every unverified part of the standard, including income bands with no verified rule. */
function provisionalReasonsOf(standard: Standard): string[] {
  return [...standardLevelReasons(standard), ...unknownBandNotes(standard)];
}

/** The province's higher standard in force on the date, when the province has one. */
export function localStandardOn(rules: RuleSet, date: string, province?: string): Standard | undefined {
  const wanted = province ? provinceKey(province) : undefined;
  return wanted ? rules.localStandards.find((s) => s.province && provinceKey(s.province) === wanted && inForce(s, date)) : undefined;
}

/**
 * The provinces' own standards for their own supports (rules/local/, `appliesTo: province_supports`) in force on a date, in
 * data order; only those of `provinces` (any name the lexicon knows: "sài gòn", "hn") when given.
 */
export function provinceSupportsStandardsOn(rules: RuleSet, date: string, provinces?: readonly string[]): ProvinceSupportsStandard[] {
  const wanted = provinces && new Set(provinces.map(provinceKey));
  return rules.provinceSupportsStandards.filter(
    (own) => own.validFrom <= date && date <= (own.validTo ?? '9999-12-31') && (!wanted || wanted.has(provinceKey(own.province))),
  );
}

/**
 * The national standards (not a province's) in force on some day from `from` to `to` (yyyy-MM-dd), in the data's order: the one
 * copy of this filter, for a period asked (src/chat/info.ts periodStandardsReply) and a year's standard (src/chat/documents.ts).
 */
export function nationalStandardsOver(rules: RuleSet, from: string, to: string): RuleSet['standards'] {
  return rules.standards.filter((standard) => !standard.province && standard.validFrom <= to && standard.validTo >= from);
}

/**
 * "Từ năm 2026, TP.HCM áp dụng chuẩn nghèo đa chiều riêng cho các chính sách hỗ trợ của thành phố (tham khảo; căn cứ: …);
 * trợ lý chưa có các mức thu nhập và chỉ số của chuẩn này (chưa rõ)." The one sentence saying a province's own standard:
 * never a figure of it (the data holds none).
 */
export function provinceSupportsStandardNote(own: ProvinceSupportsStandard, shared = false): string {
  const status = own.status === 'verified' ? '' : `${STATUS_LABELS[own.status]}; `;
  // `shared`: as said in a post to bà con, which never speaks of the trợ lý.
  const unknown = shared ? 'các mức thu nhập và chỉ số của chuẩn này chưa có trong các văn bản đang lưu' : 'trợ lý chưa có các mức thu nhập và chỉ số của chuẩn này';
  return (
    `Từ ${own.since}, ${own.label} áp dụng chuẩn nghèo đa chiều riêng cho các chính sách hỗ trợ của ${own.unit} (${status}căn cứ: ${own.document}); ` +
    `${unknown} (${STATUS_LABELS.unknown}).`
  );
}

export function lookupStandard(rules: RuleSet, date: string, province?: string): Outcome<StandardInfo> {
  if (!isIsoDate(date)) {
    return { ok: false, error: { field: 'date', message: `Ngày “${date}” không có thật hoặc sai dạng; cần dạng yyyy-MM-dd, ví dụ 2026-03-15.` } };
  }
  const local = localStandardOn(rules, date, province);
  const standard = local ?? rules.standards.find((s) => inForce(s, date));
  if (!standard) {
    const first = rules.standards[0]!;
    const last = rules.standards[rules.standards.length - 1]!;
    const message =
      date < first.validFrom
        ? `Chưa có chuẩn nghèo nào trong dữ liệu cho ngày ${formatDate(date)}: dữ liệu bắt đầu từ ${formatDate(first.validFrom)}.`
        : `Chưa có chuẩn nghèo nào trong dữ liệu cho ngày ${formatDate(date)}: chuẩn mới nhất hết hiệu lực ngày ${formatDate(last.validTo)}. Hãy hỏi ${POVERTY_CADRE}.`;
    return { ok: false, error: { field: 'date', message } };
  }
  const provisionalReasons = provisionalReasonsOf(standard);
  return { ok: true, value: { standard, local: local !== undefined, provisional: provisionalReasons.length > 0, provisionalReasons } };
}

/** The first national standard that starts after an ISO date (none after the last one). */
export function nextStandardAfter(rules: RuleSet, isoDate: string): Standard | undefined {
  return rules.standards.find((standard) => standard.validFrom > isoDate);
}

/** The standard in force on an ISO date; throws StandardDateError (Vietnamese message) when there is none. */
export function standardInForce(rules: RuleSet, isoDate: string, province?: string): StandardInfo {
  const found = lookupStandard(rules, isoDate, province);
  if (!found.ok) throw new StandardDateError(found.error.message);
  return found.value;
}

/** The weaker of two statuses: unknown before reported before verified (one copy: the loader's `keeps` uses it too). */
export const weakerStatus = (a: FactStatus, b: FactStatus): FactStatus => (a === 'unknown' || b === 'unknown' ? 'unknown' : a === 'reported' || b === 'reported' ? 'reported' : 'verified');

/**
 * An indicator's status in a standard, from the rules data: unknown when the list says its threshold is not read; no
 * stronger than the list when the list says its thresholds are held provisionally (`thresholdsNote`: 2027–2030 keeps the
 * 2022–2025 thresholds by a draft, "tham khảo", though NĐ 07/2021's text is verified); otherwise its own text's.
 */
export function indicatorStatusIn(standard: Standard, indicator: IndicatorDef): FactStatus {
  const list = standard.indicators;
  if (list.thresholdUnknown.includes(indicator.id)) return 'unknown';
  return list.thresholdsNote ? weakerStatus(indicator.status, list.status) : indicator.status;
}

/**
 * The day that stands for a year asked about ("/chuan 2027", "chuẩn nghèo năm 2027", "chỉ số việc làm năm 2027"): today for
 * this year (or no year); 1 January of a later year, the day its standard starts (NĐ 351/2025: 01/01/2027), never a day
 * inside it that nobody asked about (was 1 July: "ngày 01/07/2027"); 1 July of an earlier year. The one place a year
 * becomes a date.
 */
export function dayForYear(year: number | undefined, today: string): string {
  const thisYear = Number(today.slice(0, 4));
  if (year === undefined || year === thisYear) return today;
  return year > thisYear ? `${year}-01-01` : `${year}-07-01`;
}

/** The index of the income band an income per person falls in: a plain loop, no closure (this runs for every household of a list). */
export function bandIndex(standard: Standard, area: Area, income: number): number {
  const { bands } = standard;
  for (let index = 0; index < bands.length; index += 1) {
    const { upTo } = bands[index]!;
    if (!upTo || income <= upTo[area].value) return index;
  }
  return -1;
}

export function bandFor(standard: Standard, area: Area, income: number): { band: Band; index: number } {
  const index = bandIndex(standard, area, income);
  return { band: standard.bands[index]!, index };
}

export function classOfBand(band: Band, deprivationCount: number): Classification {
  if (band.byDeprivations) {
    return deprivationCount >= band.byDeprivations.atLeast ? band.byDeprivations.then : band.byDeprivations.otherwise;
  }
  return band.class!;
}

/** "≤ 1.500.000 đồng", "> 1.500.000 đồng và ≤ 2.250.000 đồng", "> 2.250.000 đồng". */
export function bandRange(standard: Standard, index: number, area: Area): string {
  const lower = standard.bands[index - 1]?.upTo?.[area].value;
  const upper = standard.bands[index]?.upTo?.[area].value;
  const parts: string[] = [];
  if (lower !== undefined) parts.push(`> ${formatMoney(lower)}`);
  if (upper !== undefined) parts.push(`≤ ${formatMoney(upper)}`);
  return parts.join(' và ');
}

/** What a band decides, in words: "hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại hộ cận nghèo". */
export function bandOutcome(band: Band): string {
  if (band.byDeprivations) {
    const { atLeast, then, otherwise } = band.byDeprivations;
    return `${CLASS_LABELS[then]} nếu thiếu hụt từ ${atLeast} chỉ số trở lên, còn lại là ${CLASS_LABELS[otherwise]}`;
  }
  // Above every line (the last band, 2027–2030 and 2016–2021: the middle band's bounds not known): not poor, not near-poor, and
  // whether hộ có mức sống trung bình not known (round 25: was "chưa xác định được", read by a resident as "maybe poor" above 2.200.000).
  if (band.class === 'unknown') return band.upTo ? `${CLASS_LABELS.unknown} (chưa có quy định đã kiểm tra)` : 'không thuộc diện hộ nghèo, hộ cận nghèo; có là hộ có mức sống trung bình hay không: chưa có quy định đã kiểm tra';
  return CLASS_LABELS[band.class!];
}

export interface StandardDescription {
  id: string;
  title: string;
  document: string;
  article: string;
  validFrom: string;
  validTo: string;
  /** "01/01/2026 – 31/12/2026". */
  validity: string;
  /**
   * When the document was signed, as the answer says it: its note (the date and how it is known: "Ngày ký 30/12/2025 theo
   * vietnamnet.vn (8/2026, tham khảo); …"), else "Ký ngày dd/MM/yyyy."; absent when the data has no date.
   */
  signed?: string;
  status: FactStatus;
  statusLabel: string;
  local: boolean;
  province?: string;
  provisional: boolean;
  provisionalReasons: string[];
  notes: string[];
  /** Poverty line per person per month, by area (the upper bound of the first band that splits by deprivations). */
  lines: { area: Area; areaName: string; value: number; text: string; reference: string }[];
  /** `basis`: the band's reference with each of its documents' own status ("… (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo)"). */
  bands: { rural: string; urban: string; outcome: string; status: FactStatus; statusLabel: string; reference: string; basis: string }[];
  indicators: {
    id: IndicatorId;
    service: string;
    name: string;
    question: string;
    status: FactStatus;
    statusLabel: string;
  }[];
  /** How many indicators the legal text has, when known. */
  indicatorsTotal?: number;
  indicatorsStatus: FactStatus;
  /** The legal basis of the indicator list ("NĐ 07/2021/NĐ-CP Điều 3 khoản 1 …"). */
  indicatorsReference: string;
  /** The list's reference with each of its documents' own status (as a band's `basis`). */
  indicatorsBasis: string;
  indicatorsNote?: string;
}

export function describeStandard(rules: RuleSet, isoDate: string, province?: string): StandardDescription {
  const info = standardInForce(rules, isoDate, province);
  const { standard } = info;
  const lineBand = standard.bands.find((band) => band.byDeprivations && band.upTo) ?? standard.bands.find((band) => band.upTo);
  return {
    id: standard.id,
    title: standard.title,
    document: standard.document,
    article: standard.article,
    validFrom: standard.validFrom,
    validTo: standard.validTo,
    validity: `${formatDate(standard.validFrom)} – ${formatDate(standard.validTo)}`,
    ...(standard.signedNote ? { signed: standard.signedNote } : standard.signed ? { signed: `Ký ngày ${formatDate(standard.signed)}.` } : {}),
    status: standard.status,
    statusLabel: STATUS_LABELS[standard.status],
    local: info.local,
    ...(standard.province ? { province: standard.province } : {}),
    provisional: info.provisional,
    provisionalReasons: info.provisionalReasons,
    // A province's own standard for its supports is said on the card of every day it is in force (one copy: rules/local/).
    notes: [...standard.notes, ...provinceSupportsStandardsOn(rules, isoDate).map((own) => provinceSupportsStandardNote(own))],
    lines: lineBand?.upTo
      ? rules.areas.map((area) => ({
          area: area.id,
          areaName: area.name,
          value: lineBand.upTo![area.id].value,
          text: formatMoney(lineBand.upTo![area.id].value),
          reference: lineBand.upTo![area.id].reference,
        }))
      : [],
    bands: standard.bands.map((band, index) => ({
      rural: bandRange(standard, index, 'rural'),
      urban: bandRange(standard, index, 'urban'),
      outcome: bandOutcome(band),
      status: band.status,
      statusLabel: STATUS_LABELS[band.status],
      reference: band.reference,
      basis: basisWithStatus(band),
    })),
    indicators: standard.indicators.ids.map((id) => {
      const indicator = rules.indicatorById.get(id)!;
      return {
        id,
        service: indicator.service,
        name: indicator.name,
        question: indicator.question,
        status: indicatorStatusIn(standard, indicator),
        statusLabel: STATUS_LABELS[indicatorStatusIn(standard, indicator)],
      };
    }),
    ...(standard.indicators.total !== undefined ? { indicatorsTotal: standard.indicators.total } : {}),
    indicatorsStatus: standard.indicators.status,
    indicatorsReference: standard.indicators.reference,
    indicatorsBasis: basisWithStatus(standard.indicators),
    ...(standard.indicators.note ? { indicatorsNote: standard.indicators.note } : {}),
  };
}

/** In a procedure step's text, the year of the review it is said for ("chưa rõ văn bản và lịch rà soát áp dụng năm {year}"). */
const REVIEW_YEAR = '{year}';
const stepsByYear = new WeakMap<RuleSet, Map<string, RuleSet['procedure']['steps']>>();

/**
 * The procedure's steps as said for a review on `day`: "{year}" is that day's year (round 21: the step said "năm 2026" to a
 * question on the 2027 review), and a step said only from a later year (`fromYear`) or only until an earlier one (`untilYear`) left out. Every answer reads the steps'
 * texts through this; the same objects for a year, kept per rules.
 */
export function procedureSteps(rules: RuleSet, day: string): RuleSet['procedure']['steps'] {
  const year = day.slice(0, 4);
  let byYear = stepsByYear.get(rules);
  if (byYear === undefined) stepsByYear.set(rules, (byYear = new Map()));
  let steps = byYear.get(year);
  if (steps === undefined) {
    steps = rules.procedure.steps
      .filter((step) => (step.fromYear === undefined || step.fromYear <= Number(year)) && (step.untilYear === undefined || Number(year) <= step.untilYear))
      .map((step) => {
        // A review after the last year its days are said for (round 36 law27): the step as said with no day (`after`), and not
        // numbered (its lead says the days).
        const { after, numbered, ...said } = step;
        const shown = after !== undefined && step.windowUntil !== undefined && Number(year) > step.windowUntil ? { ...said, ...after } : { ...said, ...(numbered ? { numbered } : {}) };
        const dated = (line: string) => line.replaceAll(REVIEW_YEAR, year);
        return { ...shown, text: dated(shown.text), ...(shown.brief !== undefined ? { brief: dated(shown.brief) } : {}) };
      });
    byYear.set(year, steps);
  }
  return steps;
}
