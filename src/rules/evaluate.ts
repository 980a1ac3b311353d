/**
 * The evaluator: a validated household profile and the standard in force → class, the numbers
 * behind it, what would change it, supports and next steps. Every sentence shows its comparison.
 */
import type { RuleSet } from './load.ts';
import type { Standard } from './schema.ts';
import type { CheckResult, Classification, IndicatorId, Outcome } from './types.ts';
import { INDICATOR_IDS } from './types.ts';
import { validateProfile, type ValidProfile } from './profile.ts';
import { bandFor, bandRange, classOfBand, CLASS_LABELS, lookupStandard, standardLevelReasons, type StandardInfo } from './standard.ts';
import { decideFromMembers, supportContextFromMembers } from './members.ts';
import { supportsFor } from './supports.ts';
import { formatDate, todayIso } from '../text/dates.ts';
import { formatMoney } from './text.ts';

const label = (classification: Classification) => CLASS_LABELS[classification];

function classify(standard: Standard, area: ValidProfile['area'], income: number, count: number): Classification {
  return classOfBand(bandFor(standard, area, income).band, count);
}

/** The deprivations that count: the household's answers, overruled by member facts, limited to the standard's list. */
function countedDeprivations(rules: RuleSet, profile: ValidProfile, standard: Standard, reasons: string[]) {
  const given = profile.deprivations ?? [];
  const chosen = new Set<IndicatorId>(given);
  for (const id of chosen) {
    const times = given.filter((g) => g === id).length;
    if (times > 1) reasons.push(`Chỉ số “${rules.indicatorById.get(id)!.name}” được nêu ${times} lần, chỉ tính 1 lần.`);
  }
  const decided = decideFromMembers(profile);
  for (const [id, decision] of decided) {
    if (decision.deprived) chosen.add(id);
    else chosen.delete(id);
    reasons.push(decision.reason);
  }
  const counted = INDICATOR_IDS.filter((id) => chosen.has(id) && standard.indicators.ids.includes(id));
  for (const id of INDICATOR_IDS.filter((i) => chosen.has(i) && !counted.includes(i))) {
    reasons.push(`Chỉ số “${rules.indicatorById.get(id)!.name}” không thuộc ${standard.title} nên không được tính.`);
  }
  return { counted, decided };
}

function incomeReasons(profile: ValidProfile, income: number): string {
  if (profile.monthlyIncomePerPerson !== undefined) {
    return `Thu nhập bình quân: ${formatMoney(income)}/người/tháng.`;
  }
  return `Thu nhập bình quân: ${formatMoney(profile.monthlyIncome!)} ÷ ${profile.members} người = ${formatMoney(income)}/người/tháng.`;
}

function comparisonReason(rules: RuleSet, standard: Standard, profile: ValidProfile, income: number, count: number, deprivations: IndicatorId[]): string[] {
  const { band, index } = bandFor(standard, profile.area, income);
  const areaName = rules.areas.find((a) => a.id === profile.area)!.name.toLowerCase();
  const classification = classOfBand(band, count);
  const range = `${formatMoney(income)} ${bandRange(standard, index, profile.area)}`;
  const names = deprivations.map((id) => rules.indicatorById.get(id)!.name).join('; ');
  const listed = count > 0 ? `${count} chỉ số (${names})` : 'không chỉ số nào';
  const reasons: string[] = [];
  if (band.byDeprivations) {
    reasons.push(`Thu nhập ${range} (khu vực ${areaName}; ${band.reference}), nên xét số chỉ số thiếu hụt.`);
    const { atLeast } = band.byDeprivations;
    const sign = count >= atLeast ? '≥' : '<';
    reasons.push(`Hộ thiếu hụt ${listed}: ${count} ${sign} ${atLeast}, nên là ${label(classification)}.`);
  } else if (band.class === 'unknown') {
    reasons.push(`Thu nhập ${range} (khu vực ${areaName}). ${band.note}`);
  } else {
    reasons.push(`Thu nhập ${range} (khu vực ${areaName}; ${band.reference}), nên là ${label(classification)}.`);
    if (count > 0) reasons.push(`Hộ thiếu hụt ${listed}, nhưng ở mức thu nhập này số chỉ số thiếu hụt không làm thay đổi kết quả.`);
  }
  return reasons;
}

/** What would change the class: the nearest income bound up and down, and one deprivation more or less. */
function margins(standard: Standard, profile: ValidProfile, income: number, count: number, classification: Classification): string[] {
  const lines: string[] = [];
  const { band, index } = bandFor(standard, profile.area, income);
  for (let i = index; i < standard.bands.length - 1; i += 1) {
    const bound = standard.bands[i]!.upTo![profile.area].value;
    const next = classOfBand(standard.bands[i + 1]!, count);
    if (next !== classification) {
      lines.push(`Nếu thu nhập vượt ${formatMoney(bound)}/người/tháng → ${label(next)}.`);
      break;
    }
  }
  for (let i = index - 1; i >= 0; i -= 1) {
    const bound = standard.bands[i]!.upTo![profile.area].value;
    const lower = classOfBand(standard.bands[i]!, count);
    if (lower !== classification) {
      lines.push(`Nếu thu nhập giảm xuống ${formatMoney(bound)}/người/tháng trở xuống → ${label(lower)}.`);
      break;
    }
  }
  if (band.byDeprivations) {
    const { atLeast } = band.byDeprivations;
    if (count < atLeast) {
      const more = atLeast - count;
      lines.push(`Nếu thiếu hụt thêm ${more} chỉ số (tổng từ ${atLeast} chỉ số trở lên) → ${label(classOfBand(band, atLeast))}.`);
    } else {
      const fewer = count - atLeast + 1;
      lines.push(`Nếu bớt ${fewer} chỉ số thiếu hụt (còn dưới ${atLeast} chỉ số) → ${label(classOfBand(band, atLeast - 1))}.`);
    }
  }
  return lines;
}

function unsureEffects(rules: RuleSet, profile: ValidProfile, standard: Standard, income: number, counted: IndicatorId[], decided: Set<IndicatorId>, classification: Classification): string[] {
  const open = INDICATOR_IDS.filter((id) => profile.unsure?.includes(id) && !counted.includes(id) && !decided.has(id) && standard.indicators.ids.includes(id));
  const effect = (extra: number) => classify(standard, profile.area, income, counted.length + extra);
  const lines = open.map((id) => {
    const name = rules.indicatorById.get(id)!.name;
    const changed = effect(1);
    return changed === classification
      ? `Chưa rõ chỉ số “${name}”: dù thiếu hụt hay không, kết quả vẫn là ${label(classification)}.`
      : `Chưa rõ chỉ số “${name}”: nếu hộ thiếu hụt chỉ số này thì có ${counted.length + 1} chỉ số thiếu hụt và là ${label(changed)} (thay vì ${label(classification)}).`;
  });
  if (open.length > 1 && effect(open.length) !== classification) {
    lines.push(`Nếu hộ thiếu hụt cả ${open.length} chỉ số chưa rõ thì có ${counted.length + open.length} chỉ số thiếu hụt và là ${label(effect(open.length))}.`);
  }
  return lines;
}

function nextSteps(rules: RuleSet, classification: Classification): string[] {
  return rules.procedure.steps
    .filter((step) => !step.classes || step.classes.includes(classification))
    .map((step) => `${step.text} (${step.basis}${step.status === 'reported' ? ', tham khảo' : ''})`);
}

/** Evaluates a profile that already passed validation, under the standard found for its date. */
export function evaluate(rules: RuleSet, profile: ValidProfile, info: StandardInfo, date: string): CheckResult {
  const { standard } = info;
  const income = profile.monthlyIncomePerPerson ?? profile.monthlyIncome! / profile.members;
  const memberReasons: string[] = [];
  const { counted, decided } = countedDeprivations(rules, profile, standard, memberReasons);
  const count = counted.length;
  const classification = classify(standard, profile.area, income, count);
  const { band } = bandFor(standard, profile.area, income);
  const reasons = [
    `Chuẩn áp dụng cho ngày ${formatDate(date)}: ${standard.title}, theo ${standard.document}, ${standard.article}.`,
    incomeReasons(profile, income),
    ...comparisonReason(rules, standard, profile, income, count, counted),
    ...memberReasons,
  ];
  // A gap in another income band (e.g. the 2027–2030 middle-class bounds) does not touch this result.
  const provisionalReasons = [...standardLevelReasons(standard), ...(band.status === 'unknown' && band.note ? [band.note] : [])];
  const unsure = unsureEffects(rules, profile, standard, income, counted, new Set(decided.keys()), classification);
  const context = supportContextFromMembers(profile, profile.circumstances);
  return {
    classification,
    incomePerPerson: Math.round(income * 100) / 100,
    deprivationCount: count,
    deprivations: counted,
    standard: { id: standard.id, document: standard.document, article: standard.article, validFrom: standard.validFrom, validTo: standard.validTo },
    provisional: provisionalReasons.length > 0,
    ...(provisionalReasons.length > 0 ? { provisionalReasons } : {}),
    reasons,
    supports: supportsFor(rules, classification, date, context),
    nextSteps: nextSteps(rules, classification),
    margins: margins(standard, profile, income, count, classification),
    ...(unsure.length > 0 ? { unsure } : {}),
    asOf: date,
    rulesVersion: rules.version,
  };
}

/** Validates (zod) and evaluates; any problem comes back as {field, message} in Vietnamese. */
export function checkHousehold(rules: RuleSet, input: unknown): Outcome<CheckResult> {
  const validated = validateProfile(input);
  if (!validated.ok) return validated;
  const profile = validated.value;
  const date = profile.date ?? todayIso();
  const found = lookupStandard(rules, date, profile.province);
  if (!found.ok) return found;
  return { ok: true, value: evaluate(rules, profile, found.value, date) };
}
