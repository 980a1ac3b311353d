/**
 * Member-level facts that decide an indicator without doubt (NĐ 07/2021 Phụ lục wording):
 * an interview can ask "how old is each person, do they have a BHYT card" instead of the indicator.
 * An indicator is decided only when the facts leave no doubt; otherwise the household's own answer stands.
 * Every threshold (ages, m² per person, shares) is a dated parameter of rules/parameters.yaml, and each
 * sentence is built from the value in force on the check date; with no value in force nothing is decided.
 */
import type { RuleSet } from './load.ts';
import type { ParameterId } from './schema.ts';
import type { FactStatus, IndicatorId, MemberFacts, SupportContext } from './types.ts';
import { withStatus } from './standard.ts';
import { formatNumber } from './text.ts';

export interface Decision {
  deprived: boolean;
  reason: string;
}

interface Household {
  members: number;
  memberDetails?: MemberFacts[] | undefined;
  floorAreaM2?: number | undefined;
}

/** A parameter's value on a date, with its reference and date last checked. */
export interface ParameterValue {
  value: number;
  unit: string;
  reference: string;
  /** The value's own status (rules/parameters.yaml `status`), said with its reference (round 31 law17: was the reference alone). */
  status: FactStatus;
  checked: string;
}

export type Thresholds = Partial<Record<ParameterId, ParameterValue>>;

/** Every member-level threshold in force on an ISO date (those with no value then are left out). */
export function thresholdsOn(rules: RuleSet, isoDate: string): Thresholds {
  const found: Thresholds = {};
  for (const [id, parameter] of rules.parameters) {
    const value = parameter.values.find((v) => v.validFrom <= isoDate && isoDate <= (v.validTo ?? '9999-12-31'));
    if (value) found[id] = { value: value.value, unit: parameter.unit, reference: value.reference, status: value.status, checked: value.checked };
  }
  return found;
}

type Range = { from: number; below: number };

const within = (age: number | undefined, range: Range) => age !== undefined && age >= range.from && age < range.below;

function range(thresholds: Thresholds, from: ParameterId, below: ParameterId): Range | undefined {
  const low = thresholds[from];
  const high = thresholds[below];
  return low && high ? { from: low.value, below: high.value } : undefined;
}

/** Every member is described and has an age, so "nobody is affected" is a fact, not a gap. */
function allDescribedWithAges(household: Household): boolean {
  const details = household.memberDetails ?? [];
  return details.length === household.members && details.every((member) => member.age !== undefined);
}

const cite = (parameter: ParameterValue) => ` (${withStatus(parameter.reference, parameter.status)})`;

function healthInsurance(household: Household, thresholds: Thresholds): Decision | undefined {
  const minAge = thresholds.health_insurance_min_age;
  if (!minAge) return undefined;
  const details = household.memberDetails ?? [];
  const uninsured = details.filter((m) => (m.age ?? -1) >= minAge.value && m.hasHealthInsurance === false).length;
  if (uninsured > 0) {
    return { deprived: true, reason: `Có ${uninsured} thành viên từ ${minAge.value} tuổi trở lên chưa có bảo hiểm y tế, nên hộ thiếu hụt chỉ số bảo hiểm y tế${cite(minAge)}.` };
  }
  const everyoneCovered = details.every((m) => m.age! < minAge.value || m.hasHealthInsurance === true);
  if (allDescribedWithAges(household) && everyoneCovered) {
    return { deprived: false, reason: `Mọi thành viên từ ${minAge.value} tuổi trở lên đều có bảo hiểm y tế, nên hộ không thiếu hụt chỉ số bảo hiểm y tế${cite(minAge)}.` };
  }
  return undefined;
}

function childSchooling(household: Household, thresholds: Thresholds): Decision | undefined {
  const ages = range(thresholds, 'school_age_from', 'school_age_below');
  if (!ages) return undefined;
  const source = cite(thresholds.school_age_from!);
  const details = household.memberDetails ?? [];
  const band = `từ ${ages.from} đến dưới ${ages.below} tuổi`;
  const outOfSchool = details.filter((m) => within(m.age, ages) && m.inSchool === false).length;
  if (outOfSchool > 0) {
    return { deprived: true, reason: `Có ${outOfSchool} trẻ ${band} không đi học đúng cấp, nên hộ thiếu hụt chỉ số tình trạng đi học của trẻ em${source}.` };
  }
  const allInSchool = details.every((m) => !within(m.age, ages) || m.inSchool === true);
  if (allDescribedWithAges(household) && allInSchool) {
    return { deprived: false, reason: `Mọi trẻ ${band} trong hộ (nếu có) đều đi học đúng cấp, nên hộ không thiếu hụt chỉ số tình trạng đi học của trẻ em${source}.` };
  }
  return undefined;
}

function dependents(household: Household, thresholds: Thresholds): Decision | undefined {
  const childBelow = thresholds.dependant_child_below;
  const share = thresholds.dependant_share_above;
  if (!household.memberDetails || !childBelow || !share) return undefined;
  const details = household.memberDetails;
  const elderlyFrom = thresholds.dependant_elderly_from;
  // A child under the age, or an elderly member, is a dependant by definition; others only when the answer says so.
  const byAge = (age: number | undefined) => age !== undefined && (age < childBelow.value || (elderlyFrom !== undefined && age >= elderlyFrom.value));
  const isDependant = (m: MemberFacts) => (byAge(m.age) ? true : m.dependant);
  const known = details.filter((m) => isDependant(m) === true).length;
  const unknown = details.filter((m) => isDependant(m) === undefined).length + (household.members - details.length);
  const ratio = (count: number) => `${count}/${household.members} người`;
  const above = (count: number) => count * 100 > share.value * household.members;
  if (above(known)) {
    return { deprived: true, reason: `Người phụ thuộc chiếm ${ratio(known)}, hơn ${formatNumber(share.value)}% số thành viên, nên hộ thiếu hụt chỉ số người phụ thuộc${cite(share)}.` };
  }
  if (!above(known + unknown)) {
    return { deprived: false, reason: `Người phụ thuộc chiếm ${ratio(known + unknown)} trở xuống, không quá ${formatNumber(share.value)}% số thành viên, nên hộ không thiếu hụt chỉ số người phụ thuộc${cite(share)}.` };
  }
  return undefined;
}

function housingArea(household: Household, thresholds: Thresholds): Decision | undefined {
  const minimum = thresholds.housing_area_min;
  if (household.floorAreaM2 === undefined || !minimum) return undefined;
  const perPerson = household.floorAreaM2 / household.members;
  const sum = `${formatNumber(household.floorAreaM2)} m² ÷ ${household.members} người = ${formatNumber(perPerson)} m²/người`;
  const bound = `${formatNumber(minimum.value)} ${minimum.unit}`;
  return perPerson < minimum.value
    ? { deprived: true, reason: `Diện tích nhà ở: ${sum} < ${bound}, nên hộ thiếu hụt chỉ số diện tích nhà ở bình quân đầu người${cite(minimum)}.` }
    : { deprived: false, reason: `Diện tích nhà ở: ${sum} ≥ ${bound}, nên hộ không thiếu hụt chỉ số diện tích nhà ở bình quân đầu người${cite(minimum)}.` };
}

const DECIDERS: readonly [IndicatorId, (h: Household, t: Thresholds) => Decision | undefined][] = [
  ['dependents', dependents],
  ['health_insurance', healthInsurance],
  ['child_schooling', childSchooling],
  ['housing_area', housingArea],
];

/**
 * The indicators whose decision divides by the household's size (the dependants' share, the m² per person): a household of
 * another size may be deprived otherwise, so what was answered or decided for them does not carry over to it.
 */
export const SIZE_DEPENDENT: readonly IndicatorId[] = ['dependents', 'housing_area'];

const NO_DECISIONS: ReadonlyMap<IndicatorId, Decision> = new Map();

/** Indicators decided by member-level facts on the check date, with the reason for each. */
export function decideFromMembers(household: Household, thresholds: Thresholds): ReadonlyMap<IndicatorId, Decision> {
  // Without member details or a floor area nothing can be decided (most checks, every list row).
  if (household.memberDetails === undefined && household.floorAreaM2 === undefined) return NO_DECISIONS;
  const decisions = new Map<IndicatorId, Decision>();
  for (const [id, decide] of DECIDERS) {
    const decision = decide(household, thresholds);
    if (decision) decisions.set(id, decision);
  }
  return decisions;
}

/** `{parameter_id}` in a data text (a question, a support condition). */
export const PARAMETER_PLACEHOLDER = /\{([a-z_]+)\}/g;

/**
 * A data text with each `{parameter_id}` replaced by the value in force ("từ {social_pension_age_from}
 * đến dưới {social_pension_age_below} tuổi" → "từ 70 đến dưới 75 tuổi"); a value not in force on the
 * date stays as "(chưa rõ)", never a guessed number.
 */
export function fillParameters(text: string, thresholds: Thresholds): string {
  return text.replace(PARAMETER_PLACEHOLDER, (_, id: string) => {
    const parameter = thresholds[id as ParameterId];
    return parameter ? formatNumber(parameter.value) : '(chưa rõ)';
  });
}

/** Support conditions that member facts settle (a pre-school child, a pupil, a member of either social-pension age); explicit answers win. */
export function supportContextFromMembers(household: Household, thresholds: Thresholds, given: SupportContext = {}): SupportContext {
  const details = household.memberDetails ?? [];
  const complete = allDescribedWithAges(household);
  const derive = (ages: Range | undefined, holds: (m: MemberFacts) => boolean) => {
    if (!ages) return undefined;
    if (details.some((m) => within(m.age, ages) && holds(m))) return true;
    if (complete && details.every((m) => !within(m.age, ages) || !holds(m))) return false;
    return undefined;
  };
  const inSchool = (m: MemberFacts) => m.inSchool === true;
  const pupilAges = thresholds.pupil_age_below && thresholds.preschool_age_from ? { from: thresholds.preschool_age_from.value, below: thresholds.pupil_age_below.value } : undefined;
  const derived: SupportContext = {};
  const preschool = derive(range(thresholds, 'preschool_age_from', 'preschool_age_below'), inSchool);
  const pupil = derive(pupilAges, inSchool);
  const pension = derive(range(thresholds, 'social_pension_age_from', 'social_pension_age_below'), () => true);
  // From the age the poor and near-poor band ends, every household's members (NĐ 176/2025: 75 and over).
  const elderFrom = thresholds.social_pension_age_below;
  const elder = derive(elderFrom && { from: elderFrom.value, below: Number.POSITIVE_INFINITY }, () => true);
  if (preschool !== undefined) derived.hasPreschoolChild = preschool;
  if (pupil !== undefined) derived.hasSchoolChild = pupil;
  if (pension !== undefined) derived.hasSocialPensionMember = pension;
  if (elder !== undefined) derived.hasSocialPensionElder = elder;
  return { ...derived, ...given };
}
