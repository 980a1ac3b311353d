/**
 * Which indicators count on a date. Ids, names, questions and the per-period list all come from
 * rules data (indicators.yaml and each standard's `indicators`); consumers (interview, quick check,
 * batch, "Báo sai") ask here instead of keeping a list of their own.
 */
import type { RuleSet } from './load.ts';
import type { IndicatorDef, Standard } from './schema.ts';
import { indicatorStatusIn, localStandardOn } from './standard.ts';
import { fillParameters, thresholdsOn } from './members.ts';

export interface IndicatorInForce extends IndicatorDef {
  /** False when the period lists the indicator but its deprivation threshold has not been read. */
  thresholdKnown: boolean;
  /**
   * Its status in this period (indicatorStatusIn): no stronger than the period's list. When weaker than its own text's, the
   * list's `thresholdsNote` says why ("ngưỡng của giai đoạn 2022–2025, tạm dùng … theo dự thảo").
   */
  status: IndicatorDef['status'];
  thresholdsNote?: string;
  /**
   * Its basis in this period: its own text's reference where the period's list cites it (2022–2025, 2026 kept), else the
   * list's (2027–2030: NĐ 351/2025 as reported, tham khảo), never the older decree alone for a later period.
   */
  reference: string;
  /** The status of that reference as a document (a field of the data, never read from its words), said with it by `cited`. */
  referenceStatus: IndicatorDef['status'];
}

/** The standard whose list applies on a date: the one in force, else the nearest one (before the first / after the last). */
function standardNear(rules: RuleSet, date: string, province?: string): Standard {
  const local = localStandardOn(rules, date, province);
  if (local) return local;
  const inForce = rules.standards.find((s) => s.validFrom <= date && date <= s.validTo);
  if (inForce) return inForce;
  return date < rules.standards[0]!.validFrom ? rules.standards[0]! : rules.standards[rules.standards.length - 1]!;
}

/**
 * "nhà chưa có điện" on a date: what the standard of that date says of a lack none of its indicators names, with its basis and
 * status (rules/standards notCounted); undefined when its data says nothing of it.
 */
export function notCountedOn(rules: RuleSet, date: string, lack: 'electricity') {
  return standardNear(rules, date).indicators.notCounted?.[lack];
}

/** The indicators of the standard in force on an ISO date, in the standard's order, their texts filled with the thresholds of that date. */
export function indicatorsFor(rules: RuleSet, isoDate: string, province?: string): readonly IndicatorInForce[] {
  // The same few days are asked again and again (every question reads the indicators in force today): each day's list is
  // filled once per rule set and shared, frozen (was filled again at each call, ~1 in 40 of a question's time).
  let byDay = indicatorsByDay.get(rules);
  if (byDay === undefined) indicatorsByDay.set(rules, (byDay = new Map()));
  const key = `${isoDate}\u0000${province ?? ''}`;
  let indicators = byDay.get(key);
  if (indicators === undefined) {
    if (byDay.size >= INDICATOR_DAYS_KEPT) byDay.clear();
    indicators = Object.freeze(indicatorsFilled(rules, isoDate, province).map((indicator) => Object.freeze(indicator)));
    byDay.set(key, indicators);
  }
  return indicators;
}
const indicatorsByDay = new WeakMap<RuleSet, Map<string, readonly IndicatorInForce[]>>();
const INDICATOR_DAYS_KEPT = 256;

function indicatorsFilled(rules: RuleSet, isoDate: string, province?: string): IndicatorInForce[] {
  const standard = standardNear(rules, isoDate, province);
  const thresholds = thresholdsOn(rules, isoDate);
  return standard.indicators.ids.map((id) => {
    const indicator = rules.indicatorById.get(id)!;
    const ownBasis = standard.indicators.reference.includes(indicator.reference);
    const known = !standard.indicators.thresholdUnknown.includes(id);
    return {
      ...indicator,
      question: fillParameters(indicator.question, thresholds),
      answers: { yes: fillParameters(indicator.answers.yes, thresholds), no: fillParameters(indicator.answers.no, thresholds) },
      legalSummary: fillParameters(indicator.legalSummary, thresholds),
      thresholdKnown: known,
      status: indicatorStatusIn(standard, indicator),
      reference: ownBasis ? indicator.reference : standard.indicators.reference,
      // The status of the document cited (its own field; the standard's list when the indicator takes the list's basis).
      referenceStatus: ownBasis ? (indicator.referenceStatus ?? indicator.status) : standard.indicators.status,
      ...(standard.indicators.thresholdsNote && (indicatorStatusIn(standard, indicator) !== indicator.status || !ownBasis) && known
        ? { thresholdsNote: thresholdsNoteOf(standard.indicators, id) }
        : {}),
    };
  });
}

/**
 * What a provisional list says of an indicator's threshold: kept from the previous period by the sources (`thresholdsKept`) or,
 * the others, in the draft's list with the final list and threshold not known (round 41 law35: "ko co bhyt" on 01/01/2027 read
 * "tạm dùng … theo dự thảo (tham khảo)", the facts saying that of việc làm, người phụ thuộc, dinh dưỡng only).
 */
function thresholdsNoteOf(list: Standard['indicators'], id: string): string | undefined {
  if (list.thresholdsKept === undefined || list.thresholdsKept.includes(id)) return list.thresholdsNote;
  return list.thresholdsNotKeptNote ?? list.thresholdsNote;
}

/**
 * A run of words read as indicators' names one after another, the longest name first at each word: "bhyt nuoc sach nha
 * tieu" (a list typed without commas) is BHYT, nước sạch, nhà tiêu. `nameOf(start, length)` is the indicator the words
 * from `start` name, or null. The one way a run is read, in a sentence (the household reader's list of deprivations) and
 * in a list's cell (batch): the names in order, or where the first word no name starts at stands (never skipped), with the
 * names read before it (`before`: in a sentence, "chất lượng nhà ở thì năm 2026 là hộ gì" is the name, then the question).
 */
export function namesInRun<T>(words: number, longest: number, nameOf: (start: number, length: number) => T | null): { names: T[] } | { unreadAt: number; before: T[] } {
  const names: T[] = [];
  for (let start = 0; start < words; ) {
    let length = Math.min(longest, words - start);
    let name: T | null = null;
    for (; length > 0 && (name = nameOf(start, length)) === null; length -= 1);
    if (name === null) return { unreadAt: start, before: names };
    names.push(name);
    start += length;
  }
  return { names };
}
