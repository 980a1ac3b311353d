/**
 * The evaluator: a validated household profile and the standard in force → class, the numbers
 * behind it, what would change it, supports and next steps. Every sentence shows its comparison.
 */
import type { RuleSet } from './load.ts';
import type { Band, Standard } from './schema.ts';
import type { CheckResult, Classification, IndicatorId, Outcome, UpcomingResult } from './types.ts';
import { validateProfile, type ValidProfile } from './profile.ts';
import { bandFor, bandRange, classOfBand, CLASS_LABELS, lookupStandard, nextStandardAfter, standardLevelReasons, type StandardInfo } from './standard.ts';
import { RULES_DEFAULTS } from './defaults.ts';
import { decideFromMembers, supportContextFromMembers, thresholdsOn, type Thresholds } from './members.ts';
import { supportsFor } from './supports.ts';
import { daysBetween, formatDate, todayIso } from '../text/dates.ts';
import { formatMoney } from './text.ts';

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
  counted: IndicatorId[];
  /** Indicators of the standard whose deprivation threshold is not known: they may or may not count. */
  open: IndicatorId[];
  decided: Set<IndicatorId>;
}

/** The deprivations that count: the household's answers, overruled by member facts, limited to the standard's list. */
function countedDeprivations(rules: RuleSet, profile: ValidProfile, standard: Standard, thresholds: Thresholds, reasons: string[]): Counted {
  const given = profile.deprivations ?? [];
  const chosen = new Set<IndicatorId>(given);
  const name = (id: IndicatorId) => rules.indicatorById.get(id)!.name;
  for (const id of chosen) {
    const times = given.filter((g) => g === id).length;
    if (times > 1) reasons.push(`Chỉ số “${name(id)}” được nêu ${times} lần, chỉ tính 1 lần.`);
  }
  const decided = decideFromMembers(profile, thresholds);
  for (const [id, decision] of decided) {
    if (decision.deprived) chosen.add(id);
    else chosen.delete(id);
    reasons.push(decision.reason);
  }
  const { ids, thresholdUnknown } = standard.indicators;
  const counted = ids.filter((id) => chosen.has(id) && !thresholdUnknown.includes(id));
  for (const id of rules.indicatorIds.filter((i) => chosen.has(i) && !ids.includes(i))) {
    reasons.push(`Chỉ số “${name(id)}” không thuộc ${standard.title} nên không được tính.`);
  }
  return { counted, open: [...thresholdUnknown], decided: new Set(decided.keys()) };
}

function incomeReasons(profile: ValidProfile, income: number): string {
  if (profile.monthlyIncomePerPerson !== undefined) {
    return `Thu nhập bình quân: ${formatMoney(income)}/người/tháng.`;
  }
  return `Thu nhập bình quân: ${formatMoney(profile.monthlyIncome!)} ÷ ${profile.members} người = ${formatMoney(income)}/người/tháng.`;
}

const quotedNames = (rules: RuleSet, ids: readonly IndicatorId[]) => ids.map((id) => `“${rules.indicatorById.get(id)!.name}”`).join(', ');

function comparisonReason(rules: RuleSet, standard: Standard, profile: ValidProfile, income: number, found: Counted): string[] {
  const { counted, open } = found;
  const count = counted.length;
  const { band, index } = bandFor(standard, profile.area, income);
  const areaName = rules.areas.find((a) => a.id === profile.area)!.name.toLowerCase();
  const classification = classWithOpen(band, count, open.length);
  const range = `${formatMoney(income)} ${bandRange(standard, index, profile.area)}`;
  const names = counted.map((id) => rules.indicatorById.get(id)!.name).join('; ');
  const listed = count > 0 ? `${count} chỉ số (${names})` : 'không chỉ số nào';
  const reasons: string[] = [];
  if (band.byDeprivations) {
    reasons.push(`Thu nhập ${range} (khu vực ${areaName}; ${band.reference}), nên xét số chỉ số thiếu hụt.`);
    const { atLeast } = band.byDeprivations;
    if (classification === 'unknown') {
      const given = open.filter((id) => profile.deprivations?.includes(id));
      reasons.push(
        `Thu nhập dưới chuẩn; nghèo hay cận nghèo tùy chỉ số ${quotedNames(rules, open)} — UBND cấp xã rà soát. ` +
          `Hộ thiếu hụt ${listed} đã biết ngưỡng; cần từ ${atLeast} chỉ số trở lên để là ${label(band.byDeprivations.then)}, ` +
          `mà ngưỡng thiếu hụt của ${open.length === 1 ? 'chỉ số kia' : `${open.length} chỉ số kia`} chưa được công bố hoặc chưa được kiểm tra` +
          `${given.length > 0 ? ` (hộ cho biết có thiếu hụt ${quotedNames(rules, given)}, nhưng chưa so được với ngưỡng)` : ''}.`,
      );
    } else {
      const sign = count >= atLeast ? '≥' : '<';
      reasons.push(`Hộ thiếu hụt ${listed}: ${count} ${sign} ${atLeast}, nên là ${label(classification)}.`);
      if (open.length > 0) {
        reasons.push(`Các chỉ số ${quotedNames(rules, open)} chưa rõ ngưỡng thiếu hụt, nhưng dù hộ thiếu hụt hay không thì kết quả vẫn là ${label(classification)}.`);
      }
    }
  } else if (band.class === 'unknown') {
    reasons.push(`Thu nhập ${range} (khu vực ${areaName}). ${band.note}`);
  } else {
    reasons.push(`Thu nhập ${range} (khu vực ${areaName}; ${band.reference}), nên là ${label(classification)}.`);
    if (count > 0) reasons.push(`Hộ thiếu hụt ${listed}, nhưng ở mức thu nhập này số chỉ số thiếu hụt không làm thay đổi kết quả.`);
  }
  return reasons;
}

/** What would change the class: the nearest income bound up and down, and one deprivation more or less. */
function margins(rules: RuleSet, standard: Standard, profile: ValidProfile, income: number, found: Counted, classification: Classification): string[] {
  const count = found.counted.length;
  const open = found.open.length;
  const lines: string[] = [];
  const { band, index } = bandFor(standard, profile.area, income);
  for (let i = index; i < standard.bands.length - 1; i += 1) {
    const bound = standard.bands[i]!.upTo![profile.area].value;
    const next = classWithOpen(standard.bands[i + 1]!, count, open);
    if (next !== classification) {
      lines.push(`Nếu thu nhập vượt ${formatMoney(bound)}/người/tháng → ${label(next)}.`);
      break;
    }
  }
  for (let i = index - 1; i >= 0; i -= 1) {
    const bound = standard.bands[i]!.upTo![profile.area].value;
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

function unsureEffects(rules: RuleSet, profile: ValidProfile, standard: Standard, income: number, found: Counted, classification: Classification): string[] {
  const { counted, open, decided } = found;
  const unsure = new Set(profile.unsure ?? []);
  const undecided = standard.indicators.ids.filter((id) => unsure.has(id) && !counted.includes(id) && !decided.has(id) && !open.includes(id));
  const { band } = bandFor(standard, profile.area, income);
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

function nextSteps(rules: RuleSet, classification: Classification): string[] {
  return rules.procedure.steps
    .filter((step) => !step.classes || step.classes.includes(classification))
    .map((step) => `${step.text} (${step.basis}${step.status === 'reported' ? ', tham khảo' : ''})`);
}

interface Classified {
  classification: Classification;
  income: number;
  found: Counted;
  band: Band;
  memberReasons: string[];
  provisionalReasons: string[];
}

function classifyUnder(rules: RuleSet, profile: ValidProfile, standard: Standard, thresholds: Thresholds): Classified {
  const income = profile.monthlyIncomePerPerson ?? profile.monthlyIncome! / profile.members;
  const memberReasons: string[] = [];
  const found = countedDeprivations(rules, profile, standard, thresholds, memberReasons);
  const { band } = bandFor(standard, profile.area, income);
  const classification = classWithOpen(band, found.counted.length, found.open.length);
  // A gap in another income band (e.g. the 2027–2030 middle-class bounds) does not touch this result.
  const provisionalReasons = [
    ...standardLevelReasons(standard),
    ...(band.status === 'unknown' && band.note ? [band.note] : []),
    ...(classification === 'unknown' && band.byDeprivations ? [`Kết quả phụ thuộc các chỉ số chưa rõ ngưỡng: ${quotedNames(rules, found.open)}.`] : []),
  ];
  return { classification, income, found, band, memberReasons, provisionalReasons };
}

/** The class under the next standard, when the check date is in the window before it starts. */
function upcomingResult(rules: RuleSet, profile: ValidProfile, date: string): UpcomingResult | undefined {
  const next = nextStandardAfter(rules, date);
  if (!next || daysBetween(date, next.validFrom) > RULES_DEFAULTS.upcomingWindowDays) return undefined;
  const under = classifyUnder(rules, profile, next, thresholdsOn(rules, next.validFrom));
  return {
    from: next.validFrom,
    standardId: next.id,
    classification: under.classification,
    provisional: under.provisionalReasons.length > 0,
    reasons: [
      `Từ ${formatDate(next.validFrom)} theo ${next.title} (${next.document}): ${label(under.classification)}${under.provisionalReasons.length > 0 ? ' (tạm tính)' : ''}.`,
      ...comparisonReason(rules, next, profile, under.income, under.found),
      ...under.provisionalReasons,
    ],
  };
}

/** The oldest "last checked" date among the data a result rests on. */
function checkedOn(dates: string[]): string {
  return dates.reduce((oldest, date) => (date < oldest ? date : oldest));
}

/** Evaluates a profile that already passed validation, under the standard found for its date. */
export function evaluate(rules: RuleSet, profile: ValidProfile, info: StandardInfo, date: string): CheckResult {
  const { standard } = info;
  const thresholds = thresholdsOn(rules, date);
  const { classification, income, found, memberReasons, provisionalReasons } = classifyUnder(rules, profile, standard, thresholds);
  const count = found.counted.length;
  const context = supportContextFromMembers(profile, thresholds, profile.circumstances);
  const supports = supportsFor(rules, classification, date, context);
  const checked = checkedOn([
    standard.checked,
    rules.procedure.source.checked,
    ...supports.map((support) => support.checked),
    ...Object.values(thresholds).map((threshold) => threshold.checked),
  ]);
  const reasons = [
    `Chuẩn áp dụng cho ngày ${formatDate(date)}: ${standard.title}, theo ${standard.document}, ${standard.article}.`,
    incomeReasons(profile, income),
    ...comparisonReason(rules, standard, profile, income, found),
    ...memberReasons,
    `Thông tin kiểm tra đến ngày ${formatDate(checked)}: văn bản ban hành sau ngày này chưa được tính.`,
  ];
  const unsure = unsureEffects(rules, profile, standard, income, found, classification);
  const upcoming = upcomingResult(rules, profile, date);
  return {
    classification,
    incomePerPerson: Math.round(income * 100) / 100,
    deprivationCount: count,
    deprivations: found.counted,
    standard: { id: standard.id, document: standard.document, article: standard.article, validFrom: standard.validFrom, validTo: standard.validTo },
    provisional: provisionalReasons.length > 0,
    ...(provisionalReasons.length > 0 ? { provisionalReasons } : {}),
    reasons,
    supports,
    nextSteps: nextSteps(rules, classification),
    margins: margins(rules, standard, profile, income, found, classification),
    ...(unsure.length > 0 ? { unsure } : {}),
    asOf: date,
    checkedOn: checked,
    ...(upcoming ? { upcoming } : {}),
    rulesVersion: rules.version,
  };
}

/** Validates (zod) and evaluates; any problem comes back as {field, message} in Vietnamese. */
export function checkHousehold(rules: RuleSet, input: unknown): Outcome<CheckResult> {
  const validated = validateProfile(input, rules.indicatorIds);
  if (!validated.ok) return validated;
  const profile = validated.value;
  const date = profile.date ?? todayIso();
  const found = lookupStandard(rules, date, profile.province);
  if (!found.ok) return found;
  return { ok: true, value: evaluate(rules, profile, found.value, date) };
}
