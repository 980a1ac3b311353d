/**
 * The evaluator: a validated household profile and the standard in force → class, the numbers
 * behind it, what would change it, supports and next steps. Every sentence shows its comparison.
 *
 * Two layers, one logic: `assess` decides (class, counts, the standard, supports, the class under the
 * next standard) and is what a list of 100.000 households needs; `evaluate` adds the Vietnamese
 * explanation from the assessment, built only when shown. What depends only on the rules data and the
 * date (the standard in force, member thresholds, supports, next steps) or on a few values (the margins,
 * the comparison sentences apart from the income) is computed once per rule set and remembered. What a result
 * shows of it as it is (supports, next steps, margins, the standard, its provisional reasons) is frozen and
 * shared by every result, not copied: whoever writes results may encode each once (src/server/http.ts jsonBytes).
 */
import type { RuleSet } from './load.ts';
import type { Band, Standard } from './schema.ts';
import type { Area, CheckResult, Classification, ClassBetween, IndicatorId, LeanCheckResult, Outcome, SupportContext, SupportResult, TextParts, UpcomingResult } from './types.ts';
import { validateProfile, type ValidProfile } from './profile.ts';
import { bandFor, bandIndex, bandRange, classOfBand, CLASS_LABELS, lookupStandard, nextStandardAfter, procedureSteps, residentLabel, standardLevelReasons, withStatusUnlessVerified, type StandardInfo } from './standard.ts';
import { RULES_DEFAULTS } from './defaults.ts';
import { decideFromMembers, supportContextFromMembers, thresholdsOn, type Decision, type Thresholds } from './members.ts';
import { supportsFor } from './supports.ts';
import { daysBetween, formatDate, todayIso } from '../text/dates.ts';
import { formatMoney, POVERTY_CADRE } from './text.ts';

/** `make(key)` remembered in `map`, which is emptied when it reaches `limit` entries (keys may come from users). */
function remember<K, V>(map: Map<K, V>, key: K, make: () => V, limit: number = RULES_DEFAULTS.memoEntries): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  if (map.size >= limit) map.clear();
  const value = make();
  map.set(key, value);
  return value;
}

/** What a check date fixes, worked out once per rule set and date (a list holds a handful of dates). */
interface Day {
  /** The national standard in force (no province). */
  standard: Outcome<StandardInfo>;
  thresholds: Thresholds;
  /** The next standard when the date is in the window before it starts, with its thresholds on its first day. */
  upcoming?: { standard: Standard; thresholds: Thresholds };
  /**
   * Supports (frozen) and the oldest "checked" of the data besides the standard, for households with no support facts: by
   * class, or by the band's `between` (one frozen object per band) for an open result.
   */
  supports: Map<Classification | Readonly<ClassBetween>, FoundSupports>;
}

/** The supports of a result and the oldest "last checked" date among them, the procedure and the thresholds. */
interface FoundSupports {
  supports: readonly SupportResult[];
  checked: string;
}

/** What is remembered per rule set (the data never changes once loaded). */
interface Memo {
  days: Map<string, Day>;
  /** Why every result under a standard is provisional (empty when verified). */
  levelReasons: Map<Standard, readonly string[]>;
  /** Why a result in a band is provisional, when the band adds to its standard's reasons: its class settled, or open. */
  bandReasons: Map<Band, readonly string[]>;
  openBandReasons: Map<Band, readonly string[]>;
  /** By class and the year of the check (the steps say the review's year, procedureSteps). */
  nextSteps: Map<string, readonly string[]>;
  margins: Map<Standard, Map<string, readonly string[]>>;
  /**
   * The margins (by their remembered lines) as a list row's text in parts: one object for every row shape they are the
   * same for (they follow from area, band and count only), so a writer encodes them once, not once per shape (~12.000
   * shapes in a 100.000-row list).
   */
  marginParts: WeakMap<readonly string[], Readonly<TextParts>>;
  /** The standard as a result names it. */
  standards: Map<Standard, CheckResult['standard']>;
  comparisons: Map<Standard, Map<string, string[]>>;
  /**
   * A list row's reasons after its income figures, and its margins, as single lines, by row shape, found without a key
   * text: by the profile's deprivations list object (a list's reader gives one array per distinct cell), then among that
   * list's few shapes the standard and the data's checked date, then band and area (`index * 2 + urban`). Building and
   * hashing the key text was ~5% of a 100.000-row `cli batch`; one lookup by the list, not three (standard, list, date).
   */
  rowLinesByList: WeakMap<readonly IndicatorId[], RowShapes[]>;
  /** Why an indicator named does not count under a standard (outsideReason), by indicator. */
  outside: Map<Standard, Map<string, readonly string[]>>;
}

/**
 * The lines of a row shape (assessmentLines): the reasons after the income figures, with the object that stands for them
 * (`sharedKey`), and the margins as a text in parts, the same object for every row of the shape.
 */
interface RowLines {
  reasons: string;
  reasonsKey: object;
  margins: Readonly<TextParts>;
}

/** The row shapes of one deprivations list under one standard and checked date, by `index * 2 + urban`. */
interface RowShapes {
  readonly standard: Standard;
  readonly checked: string;
  readonly slots: RowLines[];
}

const memos = new WeakMap<RuleSet, Memo>();

/** The deprivations of a profile that names none. */
const NO_IDS: readonly IndicatorId[] = Object.freeze([]);
const NO_REASONS: readonly string[] = Object.freeze([]);

function memoOf(rules: RuleSet): Memo {
  let memo = memos.get(rules);
  if (!memo) {
    memo = { days: new Map(), levelReasons: new Map(), bandReasons: new Map(), openBandReasons: new Map(), nextSteps: new Map(), margins: new Map(), marginParts: new WeakMap(), standards: new Map(), comparisons: new Map(), rowLinesByList: new WeakMap(), outside: new Map() };
    memos.set(rules, memo);
  }
  return memo;
}

/**
 * What `date` fixes. The hot lookups here (a list asks for its few dates, standards and bands on every row) look the value
 * up before `remember` is given its maker, which would be a new closure each time.
 */
function dayOf(rules: RuleSet, date: string): Day {
  const { days } = memoOf(rules);
  return days.get(date) ?? remember(days, date, () => {
    const next = nextStandardAfter(rules, date);
    const soon = next && daysBetween(date, next.validFrom) <= RULES_DEFAULTS.upcomingWindowDays ? next : undefined;
    return {
      standard: lookupStandard(rules, date),
      thresholds: thresholdsOn(rules, date),
      ...(soon ? { upcoming: { standard: soon, thresholds: thresholdsOn(rules, soon.validFrom) } } : {}),
      supports: new Map(),
    };
  });
}

const perStandard = <V>(map: Map<Standard, Map<string, V>>, standard: Standard) => remember(map, standard, () => new Map<string, V>());

const label = (classification: Classification) => CLASS_LABELS[classification];

/**
 * The class a band gives with `known` deprivations counted and `open` indicators whose threshold is
 * not yet known: when those could tip the class either way, it is `unknown`, never a confident one.
 */
function classWithOpen(band: Band, known: number, open: number): Classification {
  const low = classOfBand(band, known);
  return open > 0 && classOfBand(band, known + open) !== low ? 'unknown' : low;
}

interface Counted {
  /** Deprivations that count under the standard (thresholds known). */
  counted: readonly IndicatorId[];
  /** Indicators of the standard whose deprivation threshold is not known: they may or may not count. */
  open: readonly IndicatorId[];
  decided: ReadonlyMap<IndicatorId, unknown>;
  /** Named by the household but not indicators of the standard: said (outsideReason) only when the reasons are shown. */
  outside: readonly IndicatorId[];
  /** What member facts decided, and indicators named twice (Classified's memberReasons). */
  reasons: readonly string[];
}

/** Whether an id stands twice in a list. */
function hasRepeats(ids: readonly IndicatorId[]): boolean {
  for (let i = 1; i < ids.length; i += 1) if (ids.lastIndexOf(ids[i]!, i - 1) >= 0) return true;
  return false;
}

/** A standard's indicators by id: the place of each in its list (ids are unique), -1 for those of unknown threshold. */
const indicatorPlaces = new WeakMap<Standard['indicators'], ReadonlyMap<IndicatorId, number>>();

function placesOf(indicators: Standard['indicators']): ReadonlyMap<IndicatorId, number> {
  let places = indicatorPlaces.get(indicators);
  if (places === undefined) {
    places = new Map(indicators.ids.map((id, at) => [id, indicators.thresholdUnknown.includes(id) ? -1 : at]));
    indicatorPlaces.set(indicators, places);
  }
  return places;
}

/**
 * The deprivations that count for a list of ids named alone (no member facts, no id twice), by the list object and the
 * standard's indicators: a list's reader gives one array per distinct cell, so a 100.000-row `cli batch` finds each row's
 * here instead of building the same arrays and object again (countedDeprivations was ~8% of the run's garbage, 05/12/2026).
 * Frozen: shared by every result of that list.
 */
const countedByList = new WeakMap<readonly IndicatorId[], Map<Standard['indicators'], Readonly<Counted>>>();

/** The deprivations that count: the household's answers, overruled by member facts, limited to the standard's list. */
function countedDeprivations(rules: RuleSet, profile: ValidProfile, standard: Standard, thresholds: Thresholds): Readonly<Counted> {
  const given = profile.deprivations ?? NO_IDS;
  const decided = decideFromMembers(profile, thresholds);
  if (decided.size > 0 || hasRepeats(given)) return countedAnew(rules, given, decided, standard);
  let byIndicators = countedByList.get(given);
  if (byIndicators === undefined) countedByList.set(given, (byIndicators = new Map()));
  let found = byIndicators.get(standard.indicators);
  if (found === undefined) {
    found = countedAnew(rules, given, decided, standard);
    Object.freeze(found.counted);
    byIndicators.set(standard.indicators, Object.freeze(found));
  }
  return found;
}

function countedAnew(rules: RuleSet, given: readonly IndicatorId[], decided: ReadonlyMap<IndicatorId, Decision>, standard: Standard): Counted {
  const reasons: string[] = [];
  // Short lists: arrays, not sets, and no closures made on the way (this runs once or twice per household of a 100.000-row list).
  let chosen: readonly IndicatorId[] = given;
  if (hasRepeats(given)) {
    chosen = [...new Set(given)];
    for (const id of chosen) {
      const times = given.filter((g) => g === id).length;
      if (times > 1) reasons.push(`Chỉ số “${rules.indicatorById.get(id)!.name}” được nêu ${times} lần, chỉ tính 1 lần.`);
    }
  }
  if (decided.size > 0) {
    const overruled = new Set(chosen);
    for (const [id, decision] of decided) {
      if (decision.deprived) overruled.add(id);
      else overruled.delete(id);
      reasons.push(decision.reason);
    }
    chosen = [...overruled];
  }
  const { thresholdUnknown } = standard.indicators;
  // The household's few ids looked up among the standard's, then put in its order (each of its ids tried against the
  // household's list was ~2% of a 100.000-row `cli batch`, CPU profile 04/12/2026).
  const places = placesOf(standard.indicators);
  const counted: IndicatorId[] = [];
  for (const id of chosen) {
    const at = places.get(id) ?? -1;
    if (at < 0) continue;
    // Moved before those the standard lists after it (no sort call: a household names a few).
    let i = counted.length;
    counted.push(id);
    for (; i > 0 && places.get(counted[i - 1]!)! > at; i -= 1) counted[i] = counted[i - 1]!;
    counted[i] = id;
  }
  let outside = NO_IDS;
  if (counted.length < chosen.length) {
    // In the data's order of indicators (every id chosen is one of them: the profile was validated).
    const named = chosen.filter((id) => !places.has(id));
    if (named.length > 1) named.sort((a, b) => rules.indicatorIds.indexOf(a) - rules.indicatorIds.indexOf(b));
    if (named.length > 0) outside = named;
  }
  return { counted, open: thresholdUnknown, decided, outside, reasons: reasons.length === 0 ? NO_REASONS : reasons };
}

/**
 * The reasons after the comparison: what member facts decided (and indicators named twice), then each indicator named that
 * is not one of the standard's. Built only when shown: a list row's are remembered with its shape (assessmentLines).
 */
function laterReasons(rules: RuleSet, standard: Standard, under: Classified): readonly string[] {
  const { outside } = under.found;
  return outside.length === 0 ? under.memberReasons : [...under.memberReasons, ...outside.flatMap((id) => outsideReason(rules, standard, id))];
}

/**
 * Why an indicator named by the household does not count under `standard` (it is not one of its indicators), remembered
 * per standard and indicator: the sentence depends on nothing else, and a list names such indicators on many rows.
 */
function outsideReason(rules: RuleSet, standard: Standard, id: IndicatorId): readonly string[] {
  return remember(perStandard(memoOf(rules).outside, standard), id, () => {
    const name = (indicator: IndicatorId) => rules.indicatorById.get(indicator)!.name;
    const { thresholdUnknown } = standard.indicators;
    const continuedBy = new Map(Object.entries(standard.indicators.continues).map(([later, earlier]) => [earlier, later as IndicatorId]));
    const later = continuedBy.get(id);
    // "Sử dụng dịch vụ viễn thông" from 2027: the sources report a criterion "Sử dụng dịch vụ số, Internet" for the same
    // content; its official name and threshold are not known, so the reading is said as "tham khảo", never as a rename, and
    // what is not known is a line of its own, "chưa rõ" (was one line "… (tham khảo); tên và ngưỡng … chưa rõ": two statuses).
    // Round 30 (law15): said by the period's own name, from the data (was "Chỉ số “Sử dụng dịch vụ viễn thông”: …" on a check
    // dated from 01/01/2027, the 2022–2025 name); what the household said is the earlier indicator's content (legalSummary).
    if (!later) return [`Chỉ số “${name(id)}” không thuộc ${standard.title} nên không được tính.`];
    const open = thresholdUnknown.includes(later);
    const summary = rules.indicatorById.get(id)!.legalSummary.replace(/\.$/, '');
    const said = `${summary.charAt(0).toLowerCase()}${summary.slice(1)}`;
    return [
      `Tiêu chí “${name(later)}” của ${standard.title}: thiếu hụt hộ nêu (${said}) thuộc tiêu chí này (tham khảo).`,
      `Tên${open ? ' và ngưỡng thiếu hụt' : ''} chính thức của tiêu chí “${name(later)}”: chưa rõ${open ? ', nên thiếu hụt này chưa được tính' : ''}.`,
    ];
  });
}

/** `money`: the income already formatted, when the caller has it. */
function incomeReasons(profile: ValidProfile, income: number, money: string = formatMoney(income)): string {
  if (profile.monthlyIncomePerPerson !== undefined) {
    return `Thu nhập bình quân: ${money}/người/tháng.`;
  }
  return `Thu nhập bình quân: ${formatMoney(profile.monthlyIncome!)} ÷ ${profile.members} người = ${money}/người/tháng.`;
}

const quotedNames = (rules: RuleSet, ids: readonly IndicatorId[]) => ids.map((id) => `“${rules.indicatorById.get(id)!.name}”`).join(', ');

/**
 * The comparison sentences: "Thu nhập 1.250.000 đồng ≤ 1.500.000 đồng (khu vực …), nên …". All but the
 * income figure depend on a few values (area, band, deprivations counted, indicators of unknown threshold
 * the household named), so they are built once per such set and the figure is put in front.
 */
function comparisonReason(rules: RuleSet, standard: Standard, profile: ValidProfile, under: Classified, told: Told = {}): string[] {
  const [first, ...rest] = comparisonSentences(rules, standard, profile, under, told);
  return [`${incomeLead(under)}${first}`, ...rest];
}

/** "Thu nhập 1.250.000 đồng ": how the first comparison sentence opens. */
const incomeLead = (under: Classified, money: string = formatMoney(under.income)) => `Thu nhập ${money} `;

/**
 * What a household description left out (`check --text`, a sentence): the indicators it did not mention, which the result
 * counts as not deprived. A profile of its own (a list row, the interview, `check --json`) says nothing left out.
 */
export interface Told {
  notMentioned?: readonly IndicatorId[];
}

/** The comparison sentences, remembered, the first without its opening `incomeLead`. */
function comparisonSentences(rules: RuleSet, standard: Standard, profile: ValidProfile, under: Classified, told: Told = {}): string[] {
  const { found, index } = under;
  const givenOpen = found.open.length > 0 ? found.open.filter((id) => profile.deprivations?.includes(id)) : [];
  // Left out and still able to count: the standard's indicators of known threshold, not counted nor decided by member facts.
  const unsaid = (told.notMentioned ?? []).filter(
    (id) => standard.indicators.ids.includes(id) && !found.open.includes(id) && !found.counted.includes(id) && !found.decided.has(id) && !profile.unsure?.includes(id),
  );
  const key = `${profile.area}|${index}|${found.counted.join(' ')}|${givenOpen.join(' ')}|${unsaid.join(' ')}`;
  return remember(perStandard(memoOf(rules).comparisons, standard), key, () => comparisonTemplate(rules, standard, profile.area, index, found, givenOpen, unsaid));
}

/** The comparison sentences, the first without its opening "Thu nhập <income> ". */
function comparisonTemplate(
  rules: RuleSet,
  standard: Standard,
  area: ValidProfile['area'],
  index: number,
  found: Counted,
  givenOpen: IndicatorId[],
  unsaid: readonly IndicatorId[],
): string[] {
  const { counted, open } = found;
  const count = counted.length;
  const band = standard.bands[index]!;
  const areaName = rules.areas.find((a) => a.id === area)!.name.toLowerCase();
  const classification = classWithOpen(band, count, open.length);
  const range = bandRange(standard, index, area);
  const names = counted.map((id) => rules.indicatorById.get(id)!.name).join('; ');
  // "trong số đã nêu": a description that left indicators out counts only those it named.
  const among = unsaid.length > 0 ? ' trong số đã nêu' : '';
  const listed = `${count > 0 ? `${count} chỉ số (${names})` : 'không chỉ số nào'}${among}`;
  const reasons: string[] = [];
  if (band.byDeprivations) {
    reasons.push(`${range} (khu vực ${areaName}; ${withStatusUnlessVerified(band.reference, band.status)}), nên xét số chỉ số thiếu hụt.`);
    const { atLeast } = band.byDeprivations;
    if (classification === 'unknown') {
      reasons.push(
        `Thu nhập không quá chuẩn, nên hộ ${betweenLabel({ atLeast: band.byDeprivations.otherwise, upTo: band.byDeprivations.then, withDeprivations: atLeast }, ' (tạm tính, tham khảo)')}. ` +
          `Nghèo hay cận nghèo tùy chỉ số ${quotedNames(rules, open)} — UBND cấp xã rà soát. ` +
          `Hộ thiếu hụt ${listed} đã biết ngưỡng; cần từ ${atLeast} chỉ số trở lên để là ${label(band.byDeprivations.then)}, ` +
          `mà ngưỡng thiếu hụt của ${open.length === 1 ? 'chỉ số kia' : `${open.length} chỉ số kia`} chưa được công bố hoặc chưa được kiểm tra` +
          `${givenOpen.length > 0 ? ` (hộ cho biết có thiếu hụt ${quotedNames(rules, givenOpen)}, nhưng chưa so được với ngưỡng)` : ''}.`,
      );
    } else {
      // In words, not "0 < 3": "từ 3 chỉ số trở lên", "chưa đến 3 chỉ số"; none is said as none, with what a poor household needs.
      const versus =
        count >= atLeast
          ? `, từ ${atLeast} chỉ số trở lên`
          : count > 0
            ? `, chưa đến ${atLeast} chỉ số`
            : '';
      const needed = count === 0 ? ` (${label(band.byDeprivations.then)} khi thiếu hụt từ ${atLeast} chỉ số trở lên)` : '';
      reasons.push(`Hộ ${count > 0 ? `thiếu hụt ${listed}` : `không thiếu hụt chỉ số nào${among}`}${versus}, nên là ${label(classification)}${needed}.`);
      // The indicators left out, next to the class they could change.
      if (unsaid.length > 0 && count < atLeast) reasons.push(unsaidReason(rules, band.byDeprivations, count, classification, unsaid));
      if (open.length > 0) {
        reasons.push(`Các chỉ số ${quotedNames(rules, open)} chưa rõ ngưỡng thiếu hụt, nhưng dù hộ thiếu hụt hay không thì kết quả vẫn là ${label(classification)}.`);
      }
    }
  } else if (band.class === 'unknown') {
    reasons.push(`${range} (khu vực ${areaName}). ${band.note}`);
  } else {
    reasons.push(`${range} (khu vực ${areaName}; ${withStatusUnlessVerified(band.reference, band.status)}), nên là ${label(classification)}.`);
    if (count > 0) reasons.push(`Hộ thiếu hụt ${listed}, nhưng ở mức thu nhập này số chỉ số thiếu hụt không làm thay đổi kết quả.`);
  }
  return reasons;
}

/**
 * "Câu mô tả chưa nói đến 11 chỉ số (…), đang được coi là không thiếu hụt; nếu hộ thiếu hụt thêm 3 chỉ số trong số đó thì là hộ
 * nghèo": the indicators a description left out, said next to the class they could change.
 */
function unsaidReason(rules: RuleSet, rule: NonNullable<Band['byDeprivations']>, count: number, classification: Classification, unsaid: readonly IndicatorId[]): string {
  const names = unsaid.map((id) => rules.indicatorById.get(id)!.name).join(', ');
  const more = rule.atLeast - count;
  const effect =
    unsaid.length >= more
      ? `nếu hộ thiếu hụt thêm ${more} chỉ số trong số đó thì là ${label(rule.then)} — hãy kiểm tra đủ các chỉ số hoặc hỏi ${POVERTY_CADRE}`
      : `dù hộ thiếu hụt các chỉ số này, kết quả vẫn là ${label(classification)}`;
  return `Câu mô tả chưa nói đến ${unsaid.length} chỉ số (${names}), đang được coi là không thiếu hụt; ${effect}.`;
}

/**
 * What would change the class: the nearest income bound up and down, and one deprivation more or less.
 * They depend on the area, the band and the count only (not on the income inside the band), so each set is built once.
 */
function margins(rules: RuleSet, standard: Standard, area: ValidProfile['area'], under: Classified): readonly string[] {
  const { index, found, classification } = under;
  const key = `${area}|${index}|${found.counted.length}`;
  return remember(perStandard(memoOf(rules).margins, standard), key, () => Object.freeze(marginLines(rules, standard, area, index, found, classification)));
}

function marginLines(rules: RuleSet, standard: Standard, area: ValidProfile['area'], index: number, found: Counted, classification: Classification): string[] {
  const count = found.counted.length;
  const open = found.open.length;
  const lines: string[] = [];
  const band = standard.bands[index]!;
  for (let i = index; i < standard.bands.length - 1; i += 1) {
    const bound = standard.bands[i]!.upTo![area].value;
    const next = classWithOpen(standard.bands[i + 1]!, count, open);
    if (next !== classification) {
      lines.push(`Nếu thu nhập vượt ${formatMoney(bound)}/người/tháng → ${label(next)}.`);
      break;
    }
  }
  for (let i = index - 1; i >= 0; i -= 1) {
    const bound = standard.bands[i]!.upTo![area].value;
    const lower = classWithOpen(standard.bands[i]!, count, open);
    if (lower !== classification) {
      lines.push(`Nếu thu nhập giảm xuống ${formatMoney(bound)}/người/tháng trở xuống → ${label(lower)}.`);
      break;
    }
  }
  if (band.byDeprivations) {
    const { atLeast, then, otherwise } = band.byDeprivations;
    if (classification === 'unknown') {
      const needed = atLeast - count;
      lines.push(
        `Nếu hộ thiếu hụt từ ${needed} trong ${open} chỉ số chưa rõ ngưỡng (${quotedNames(rules, found.open)}) → ${label(then)}; nếu ít hơn → ${label(otherwise)}.`,
      );
    } else if (count < atLeast) {
      const more = atLeast - count;
      lines.push(`Nếu thiếu hụt thêm ${more} chỉ số (tổng từ ${atLeast} chỉ số trở lên) → ${label(classOfBand(band, atLeast))}.`);
    } else {
      const fewer = count - atLeast + 1;
      const after = classWithOpen(band, atLeast - 1, open);
      lines.push(`Nếu bớt ${fewer} chỉ số thiếu hụt (còn dưới ${atLeast} chỉ số) → ${label(after)}.`);
    }
  }
  return lines;
}

function unsureEffects(rules: RuleSet, profile: ValidProfile, standard: Standard, under: Classified): string[] {
  const { found, band, classification } = under;
  const { counted, open, decided } = found;
  const unsure = new Set(profile.unsure ?? []);
  const undecided = standard.indicators.ids.filter((id) => unsure.has(id) && !counted.includes(id) && !decided.has(id) && !open.includes(id));
  const effect = (extra: number) => classWithOpen(band, counted.length + extra, open.length);
  const lines = undecided.map((id) => {
    const name = rules.indicatorById.get(id)!.name;
    const changed = effect(1);
    return changed === classification
      ? `Chưa rõ chỉ số “${name}”: dù thiếu hụt hay không, kết quả vẫn là ${label(classification)}.`
      : `Chưa rõ chỉ số “${name}”: nếu hộ thiếu hụt chỉ số này thì có ${counted.length + 1} chỉ số thiếu hụt và là ${label(changed)} (thay vì ${label(classification)}).`;
  });
  if (undecided.length > 1 && effect(undecided.length) !== classification) {
    lines.push(`Nếu hộ thiếu hụt cả ${undecided.length} chỉ số chưa rõ thì có ${counted.length + undecided.length} chỉ số thiếu hụt và là ${label(effect(undecided.length))}.`);
  }
  return lines;
}

/** A procedure step said with a result: its text, then its basis ("tham khảo" when reported). */
function stepLine(step: RuleSet['procedure']['steps'][number]): string {
  return `${step.text} (${step.basis}${step.status === 'reported' ? ', tham khảo' : ''})`;
}

function nextSteps(rules: RuleSet, classification: Classification, date: string): readonly string[] {
  return remember(memoOf(rules).nextSteps, `${classification}@${date.slice(0, 4)}`, () =>
    Object.freeze(procedureSteps(rules, date).filter((step) => !step.classes || step.classes.includes(classification)).map(stepLine)),
  );
}

/**
 * What a household does next once it has its result, in short (a chat message read on Zalo): its class's steps, then the steps
 * rules/procedure.yaml tags `next` (filing Mẫu số 04 at UBND cấp xã, the papers to bring). CheckResult.nextSteps has every step.
 */
export function nextStepsInShort(rules: RuleSet, result: Pick<CheckResult, 'classification' | 'between' | 'asOf'>): string[] {
  const classification = result.between?.atLeast ?? result.classification;
  return procedureSteps(rules, result.asOf).filter((step) => (step.classes ? step.classes.includes(classification) : step.about?.includes('next'))).map(stepLine);
}

interface Classified {
  classification: Classification;
  income: number;
  found: Counted;
  band: Band;
  /** Index of `band` in the standard's bands. */
  index: number;
  /** What member facts decided, and indicators named twice; with those named outside the standard: laterReasons. */
  memberReasons: readonly string[];
  provisionalReasons: readonly string[];
  /**
   * Income within a line that decides by deprivations, and the class open only because some indicators' thresholds are not
   * known (2027: NĐ 351/2025): the two classes it can be, the lower first ("at least hộ cận nghèo; hộ nghèo if ≥ 3").
   */
  between?: Readonly<ClassBetween>;
}

/** Each band's `between` (frozen, shared by every result in it). */
const bandBetween = new WeakMap<Band, Readonly<ClassBetween>>();

/** The two classes an open result lies between (see Classified.between), or undefined when the class is settled. */
function betweenOf(band: Band, classification: Classification): Readonly<ClassBetween> | undefined {
  if (classification !== 'unknown' || !band.byDeprivations) return undefined;
  let between = bandBetween.get(band);
  if (between === undefined) {
    const { otherwise, then, atLeast } = band.byDeprivations;
    between = Object.freeze({ atLeast: otherwise, upTo: then, withDeprivations: atLeast });
    bandBetween.set(band, between);
  }
  return between;
}

/**
 * The classes one household lies between under a standard when its results with the deprivations told (`least`) and with
 * every indicator not told deprived too (`most`) differ: the floor of the one, the top of the other, and the deprivations
 * the band needs for the top. Undefined when they agree, or when the band does not decide by deprivations.
 */
export function betweenEnds(
  rules: RuleSet,
  at: { standardId: string; area: Area; income: number },
  least: { classification: Classification; between?: ClassBetween },
  most: { classification: Classification; between?: ClassBetween },
): ClassBetween | undefined {
  const atLeast = least.between?.atLeast ?? least.classification;
  const upTo = most.between?.upTo ?? most.classification;
  const standard = rules.standards.find((one) => one.id === at.standardId);
  const needed = standard && bandFor(standard, at.area, at.income).band.byDeprivations?.atLeast;
  return atLeast === upTo || needed === undefined ? undefined : { atLeast, upTo, withDeprivations: needed };
}

/**
 * "ít nhất là hộ cận nghèo (tạm tính, tham khảo); là hộ nghèo nếu thiếu hụt từ 3 chỉ số": an open result said by its floor,
 * never as "chưa xác định được" (`tag` after the floor). The one wording of chat, cli and reasons.
 */
export function betweenLabel(between: ClassBetween, tag = ''): string {
  return `ít nhất là ${label(between.atLeast)}${tag}; là ${label(between.upTo)} nếu thiếu hụt từ ${between.withDeprivations} chỉ số`;
}

/**
 * Why a result in `band` of `standard` is provisional: the standard's reasons, the band's note when its figures are not
 * known, and the indicators of unknown threshold when the class depends on them. Frozen and remembered per band (the
 * open indicators are the standard's), shared by every result: whoever shows them copies them.
 */
function provisionalOf(rules: RuleSet, standard: Standard, band: Band, dependsOnOpen: boolean): readonly string[] {
  const memo = memoOf(rules);
  // A gap in another income band (e.g. the 2027–2030 middle-class bounds) does not touch this result.
  const levelReasons = memo.levelReasons.get(standard) ?? remember(memo.levelReasons, standard, () => Object.freeze(standardLevelReasons(standard)));
  const bandNote = band.status === 'unknown' && band.note;
  if (!bandNote && !dependsOnOpen) return levelReasons;
  const open = standard.indicators.thresholdUnknown;
  const byBand = dependsOnOpen ? memo.openBandReasons : memo.bandReasons;
  return byBand.get(band) ?? remember(byBand, band, () =>
    Object.freeze([...levelReasons, ...(bandNote ? [bandNote] : []), ...(dependsOnOpen ? [`Kết quả phụ thuộc các chỉ số chưa rõ ngưỡng: ${quotedNames(rules, open)}.`] : [])]),
  );
}

function classifyUnder(rules: RuleSet, profile: ValidProfile, standard: Standard, thresholds: Thresholds): Classified {
  const income = profile.monthlyIncomePerPerson ?? profile.monthlyIncome! / profile.members;
  const found = countedDeprivations(rules, profile, standard, thresholds);
  const index = bandIndex(standard, profile.area, income);
  const band = standard.bands[index]!;
  const classification = classWithOpen(band, found.counted.length, found.open.length);
  const provisionalReasons = provisionalOf(rules, standard, band, classification === 'unknown' && band.byDeprivations !== undefined);
  const between = betweenOf(band, classification);
  // Built whole, `between` set only when open (a spread of a new object for it was garbage on every household of a list).
  const classified: Classified = { classification, income, found, band, index, memberReasons: found.reasons, provisionalReasons };
  if (between) classified.between = between;
  return classified;
}

/** The oldest "last checked" date among the data a result rests on. */
function checkedOn(dates: string[]): string {
  return dates.reduce((oldest, date) => (date < oldest ? date : oldest));
}

/**
 * The decision without its explanation: the class under the standard in force and its numbers, the
 * supports, the date the data was checked, and the class under the next standard when it starts soon.
 * `evaluate` explains it; a list of households needs little more than this.
 */
export interface Assessment {
  profile: ValidProfile;
  date: string;
  standard: Standard;
  thresholds: Thresholds;
  under: Classified;
  supports: readonly SupportResult[];
  /** yyyy-MM-dd: the oldest "last checked" date of the rules data used. */
  checked: string;
  upcoming?: { standard: Standard; under: Classified };
}

const hasFacts = (context: SupportContext) => Object.keys(context).length > 0;

/**
 * The supports of the class; of an open result (`between`), those both classes have, as the lower class has them (the
 * floor: BHYT ≥ 70 % for hộ cận nghèo, not the 100 % of hộ nghèo), never only the few open to every household.
 */
function supportsOf(rules: RuleSet, under: Classified, date: string, context: SupportContext | undefined): SupportResult[] {
  if (!under.between) return supportsFor(rules, under.classification, date, context);
  const { atLeast, upTo } = under.between;
  const both = new Set(supportsFor(rules, upTo, date, context).map((support) => support.id));
  return supportsFor(rules, atLeast, date, context).filter((support) => both.has(support.id));
}

/** The supports of a result (supportsOf), with the oldest "last checked" among them, the procedure and the thresholds. */
function foundSupports(rules: RuleSet, under: Classified, date: string, context: SupportContext | undefined, thresholds: Thresholds): FoundSupports {
  const supports = supportsOf(rules, under, date, context);
  const checked = checkedOn([rules.procedure.source.checked, ...supports.map((support) => support.checked), ...Object.values(thresholds).map((threshold) => threshold.checked)]);
  return { supports, checked };
}

/**
 * Households with no support facts share the supports of their class, or of the two classes an open result lies between,
 * on their date: found once, frozen. Looked up without a closure or a key text made per household (a list's every row).
 */
function sharedSupports(rules: RuleSet, day: Day, under: Classified, date: string, context: SupportContext | undefined): FoundSupports {
  const key = under.between ?? under.classification;
  let shared = day.supports.get(key);
  if (shared === undefined) {
    const { supports, checked } = foundSupports(rules, under, date, context, day.thresholds);
    shared = { supports: Object.freeze(supports.map((support) => Object.freeze(support))), checked };
    if (day.supports.size >= RULES_DEFAULTS.memoEntries) day.supports.clear();
    day.supports.set(key, shared);
  }
  return shared;
}

function assessOn(rules: RuleSet, profile: ValidProfile, standard: Standard, day: Day, date: string): Assessment {
  const { thresholds } = day;
  const under = classifyUnder(rules, profile, standard, thresholds);
  // Support facts come from member details and stated circumstances; without them (every list row, most checks) there are none.
  const context = profile.memberDetails || profile.circumstances ? supportContextFromMembers(profile, thresholds, profile.circumstances) : undefined;
  const { supports, checked } = context && hasFacts(context) ? foundSupports(rules, under, date, context, thresholds) : sharedSupports(rules, day, under, date, context);
  const assessment: Assessment = { profile, date, standard, thresholds, under, supports, checked: standard.checked < checked ? standard.checked : checked };
  if (day.upcoming) assessment.upcoming = { standard: day.upcoming.standard, under: classifyUnder(rules, profile, day.upcoming.standard, day.upcoming.thresholds) };
  return assessment;
}

/** Why: the standard of the day, the income, the comparison, what member facts decided, how fresh the data is. */
function assessmentReasons(rules: RuleSet, assessment: Assessment, told: Told = {}): string[] {
  const { profile, date, standard, under } = assessment;
  return [
    `Chuẩn áp dụng cho ngày ${formatDate(date)}: ${standard.title}, theo ${standard.document}, ${standard.article}.`,
    incomeReasons(profile, under.income),
    ...comparisonReason(rules, standard, profile, under, told),
    ...laterReasons(rules, standard, under),
    checkedReason(assessment),
  ];
}

const checkedReason = (assessment: Assessment) => `Thông tin kiểm tra đến ngày ${formatDate(assessment.checked)}: văn bản ban hành sau ngày này chưa được tính.`;

/** What would change the class (income bounds, one deprivation more or less). */
function assessmentMargins(rules: RuleSet, assessment: Assessment): readonly string[] {
  return margins(rules, assessment.standard, assessment.profile.area, assessment.under);
}

/** A row shape's lines (assessmentLines), built once per shape. */
function rowLines(rules: RuleSet, assessment: Assessment): RowLines {
  const { profile, standard, under } = assessment;
  const lines = assessmentMargins(rules, assessment);
  const memo = memoOf(rules);
  let margins = memo.marginParts.get(lines);
  if (!margins) memo.marginParts.set(lines, (margins = Object.freeze({ own: '', shared: lines.join(' '), sharedKey: {} })));
  return {
    reasons: [...comparisonSentences(rules, standard, profile, under), ...laterReasons(rules, standard, under), checkedReason(assessment)].join(' '),
    reasonsKey: {},
    margins,
  };
}

/**
 * The reasons after the first and the margins, each joined into one line, as a list row shows them
 * (`ly_do`, `dieu_lam_thay_doi`): `reasons.own + reasons.shared` is exactly
 * `assessmentReasons(…).slice(1).join(' ')`, and `margins.own + margins.shared` is `assessmentMargins(…).join(' ')`.
 * Without member details everything after the income figures depends on the standard, area, band, the deprivations
 * named and the data's checked date, so that part (`reasons.shared`, and the margins) is remembered whole, the
 * same string for every row of that shape with the same `sharedKey` (a writer keeps its encoding by that object: a
 * lookup by the ~1,5 KB string itself was ~8% of a 100.000-row `cli batch`), and a row costs little more than its
 * income figures (`reasons.own`). With member details the whole line is the row's own (`shared` is empty).
 */
export function assessmentLines(rules: RuleSet, assessment: Assessment): { reasons: TextParts; margins: Readonly<TextParts> } {
  const { profile, standard, under } = assessment;
  const memo = memoOf(rules);
  if (profile.memberDetails !== undefined || profile.floorAreaM2 !== undefined) {
    return { reasons: { own: assessmentReasons(rules, assessment).slice(1).join(' '), shared: '' }, margins: { own: assessmentMargins(rules, assessment).join(' '), shared: '' } };
  }
  // One entry per row shape: the margins follow from the same values (area, band, deprivations counted).
  const list = profile.deprivations ?? NO_IDS;
  let shapes = memo.rowLinesByList.get(list);
  if (!shapes) memo.rowLinesByList.set(list, (shapes = []));
  let slots: RowLines[] | undefined;
  for (let at = 0; at < shapes.length; at += 1) {
    const shape = shapes[at]!;
    if (shape.standard === standard && shape.checked === assessment.checked) {
      slots = shape.slots;
      break;
    }
  }
  if (!slots) shapes.push({ standard, checked: assessment.checked, slots: (slots = []) });
  const slot = under.index * 2 + (profile.area === 'urban' ? 1 : 0);
  const { reasons, reasonsKey, margins } = (slots[slot] ??= rowLines(rules, assessment));
  return { reasons: { own: incomeLine(profile, under), shared: reasons, sharedKey: reasonsKey }, margins };
}

/** memo of incomeLine: the line by income per person (the text follows from the figure alone, whatever the rules). */
const incomeLines = new Map<number, string>();

/**
 * A row's own words in its reasons: the income figures, then how the comparison opens. Of an income per person the line
 * follows from the figure alone, so it is made once per figure (RULES_DEFAULTS.incomeLines): a list's row makes no new
 * text, and a writer flattens each line once.
 */
function incomeLine(profile: ValidProfile, under: Classified): string {
  const perPerson = profile.monthlyIncomePerPerson !== undefined;
  let line = perPerson ? incomeLines.get(under.income) : undefined;
  if (line === undefined) {
    const money = formatMoney(under.income);
    line = `${incomeReasons(profile, under.income, money)} ${incomeLead(under, money)}`;
    if (perPerson) {
      if (incomeLines.size >= RULES_DEFAULTS.incomeLines) incomeLines.clear();
      incomeLines.set(under.income, line);
    }
  }
  return line;
}

function upcomingResult(rules: RuleSet, assessment: Assessment, told: Told): UpcomingResult | undefined {
  if (!assessment.upcoming) return undefined;
  const { standard: next, under } = assessment.upcoming;
  // Above the coming lines (2.300.000 đồng ở nông thôn from 01/01/2027): not poor, not near-poor, the middle band not known, as the
  // chat says it (round 25: was "chưa xác định được" in the reasons of cli check --json and /api/check).
  const said = under.between ? betweenLabel(under.between) : residentLabel(under.classification);
  return {
    from: next.validFrom,
    standardId: next.id,
    classification: under.classification,
    ...(under.between ? { between: { ...under.between } } : {}),
    provisional: under.provisionalReasons.length > 0,
    reasons: [
      `Từ ${formatDate(next.validFrom)} theo ${next.title} (${next.document}): ${said}${under.provisionalReasons.length > 0 ? ' (tạm tính)' : ''}.`,
      ...comparisonReason(rules, next, assessment.profile, under, told),
      ...under.provisionalReasons,
    ],
  };
}

/** The full result: the assessment with its explanation (reasons, margins, "không rõ" effects, next steps, the next standard's reasons). */
function explain(rules: RuleSet, assessment: Assessment, told: Told = {}): CheckResult {
  const { profile, standard, under, supports, date } = assessment;
  const { classification, income, found, provisionalReasons } = under;
  const unsure = unsureEffects(rules, profile, standard, under);
  const upcoming = upcomingResult(rules, assessment, told);
  return {
    classification,
    ...(under.between ? { between: { ...under.between } } : {}),
    incomePerPerson: Math.round(income * 100) / 100,
    deprivationCount: found.counted.length,
    // A copy: the counted list may be shared by every result of the same list of ids (countedDeprivations).
    deprivations: [...found.counted],
    standard: standardOf(rules, standard),
    provisional: provisionalReasons.length > 0,
    ...(provisionalReasons.length > 0 ? { provisionalReasons } : {}),
    reasons: assessmentReasons(rules, assessment, told),
    supports,
    nextSteps: nextSteps(rules, under.between?.atLeast ?? classification, date),
    margins: assessmentMargins(rules, assessment),
    ...(unsure.length > 0 ? { unsure } : {}),
    asOf: date,
    checkedOn: assessment.checked,
    ...(upcoming ? { upcoming } : {}),
    rulesVersion: rules.version,
  };
}

const standardOf = (rules: RuleSet, standard: Standard): CheckResult['standard'] =>
  remember(memoOf(rules).standards, standard, () =>
    Object.freeze({
      id: standard.id,
      document: standard.document,
      article: standard.article,
      validFrom: standard.validFrom,
      validTo: standard.validTo,
      status: standard.status,
    }),
  );

/** The ids of a frozen list of supports (the one every household of a class and date shares), made once. */
const supportIds = new WeakMap<readonly SupportResult[], readonly string[]>();

function idsOf(supports: readonly SupportResult[]): readonly string[] {
  if (!Object.isFrozen(supports)) return supports.map((support) => support.id);
  let ids = supportIds.get(supports);
  if (ids === undefined) supportIds.set(supports, (ids = Object.freeze(supports.map((support) => support.id))));
  return ids;
}

/** The assessment as the lean result: the fields of the full result that need no sentence, supports by id. */
export function leanResult(rules: RuleSet, assessment: Assessment): LeanCheckResult {
  const { standard, under, upcoming } = assessment;
  return {
    classification: under.classification,
    ...(under.between ? { between: { ...under.between } } : {}),
    incomePerPerson: Math.round(under.income * 100) / 100,
    deprivationCount: under.found.counted.length,
    deprivations: [...under.found.counted],
    standard: standardOf(rules, standard),
    provisional: under.provisionalReasons.length > 0,
    supports: idsOf(assessment.supports),
    asOf: assessment.date,
    checkedOn: assessment.checked,
    ...(upcoming
      ? {
          upcoming: {
            from: upcoming.standard.validFrom,
            standardId: upcoming.standard.id,
            classification: upcoming.under.classification,
            ...(upcoming.under.between ? { between: { ...upcoming.under.between } } : {}),
            provisional: upcoming.under.provisionalReasons.length > 0,
          },
        }
      : {}),
    rulesVersion: rules.version,
  };
}

/**
 * Validates and decides, without the explanation; any problem comes back as {field, message} in Vietnamese. The profile is
 * validated (zod only for what is not plainly valid), dated, and decided under the standard in force that day; no object
 * between (this runs for every household of a list).
 */
export function assessHousehold(rules: RuleSet, input: unknown): Outcome<Assessment> {
  const validated = validateProfile(input, rules.indicatorIds);
  if (!validated.ok) return validated;
  const profile = validated.value;
  const date = profile.date ?? todayIso();
  // The date passed validation (a real yyyy-MM-dd); national standards are remembered by date.
  const day = dayOf(rules, date);
  const found = profile.province === undefined ? day.standard : lookupStandard(rules, date, profile.province);
  if (!found.ok) return found;
  return { ok: true, value: assessOn(rules, profile, found.value.standard, day, date) };
}

/**
 * Validates and evaluates; any problem comes back as {field, message} in Vietnamese. `told`: what a description left out
 * (its reasons then count "trong số đã nêu" and say what the indicators left out could change).
 */
export function checkHousehold(rules: RuleSet, input: unknown, told: Told = {}): Outcome<CheckResult> {
  const assessed = assessHousehold(rules, input);
  return assessed.ok ? { ok: true, value: explain(rules, assessed.value, told) } : assessed;
}
