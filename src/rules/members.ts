/**
 * Member-level facts that decide an indicator without doubt (NĐ 07/2021 Phụ lục wording):
 * an interview can ask "how old is each person, do they have a BHYT card" instead of the indicator.
 * An indicator is decided only when the facts leave no doubt; otherwise the household's own answer stands.
 */
import type { IndicatorId, MemberFacts, SupportContext } from './types.ts';
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

const HOUSING_AREA_MINIMUM_M2 = 8;
const HEALTH_INSURANCE_MIN_AGE = 6;
const SCHOOL_AGE = { from: 3, below: 16 };
const PRESCHOOL_AGE = { from: 3, below: 6 };
const PUPIL_AGE = { from: 3, below: 18 };
const CHILD_DEPENDANT_BELOW = 16;

const within = (age: number | undefined, range: { from: number; below: number }) =>
  age !== undefined && age >= range.from && age < range.below;

/** Every member is described and has an age, so "nobody is affected" is a fact, not a gap. */
function allDescribedWithAges(household: Household): boolean {
  const details = household.memberDetails ?? [];
  return details.length === household.members && details.every((member) => member.age !== undefined);
}

function healthInsurance(household: Household): Decision | undefined {
  const details = household.memberDetails ?? [];
  const uninsured = details.filter((m) => (m.age ?? -1) >= HEALTH_INSURANCE_MIN_AGE && m.hasHealthInsurance === false).length;
  if (uninsured > 0) {
    return { deprived: true, reason: `Có ${uninsured} thành viên từ 6 tuổi trở lên chưa có bảo hiểm y tế, nên hộ thiếu hụt chỉ số bảo hiểm y tế.` };
  }
  const everyoneCovered = details.every((m) => m.age! < HEALTH_INSURANCE_MIN_AGE || m.hasHealthInsurance === true);
  if (allDescribedWithAges(household) && everyoneCovered) {
    return { deprived: false, reason: 'Mọi thành viên từ 6 tuổi trở lên đều có bảo hiểm y tế, nên hộ không thiếu hụt chỉ số bảo hiểm y tế.' };
  }
  return undefined;
}

function childSchooling(household: Household): Decision | undefined {
  const details = household.memberDetails ?? [];
  const outOfSchool = details.filter((m) => within(m.age, SCHOOL_AGE) && m.inSchool === false).length;
  if (outOfSchool > 0) {
    return { deprived: true, reason: `Có ${outOfSchool} trẻ từ 3 đến dưới 16 tuổi không đi học đúng cấp, nên hộ thiếu hụt chỉ số tình trạng đi học của trẻ em.` };
  }
  const allInSchool = details.every((m) => !within(m.age, SCHOOL_AGE) || m.inSchool === true);
  if (allDescribedWithAges(household) && allInSchool) {
    return { deprived: false, reason: 'Mọi trẻ từ 3 đến dưới 16 tuổi trong hộ (nếu có) đều đi học đúng cấp, nên hộ không thiếu hụt chỉ số tình trạng đi học của trẻ em.' };
  }
  return undefined;
}

function dependents(household: Household): Decision | undefined {
  if (!household.memberDetails) return undefined;
  const details = household.memberDetails;
  // A child under 16 is a dependant by definition; others only when the answer says so.
  const isDependant = (m: MemberFacts) => (m.age !== undefined && m.age < CHILD_DEPENDANT_BELOW ? true : m.dependant);
  const known = details.filter((m) => isDependant(m) === true).length;
  const unknown = details.filter((m) => isDependant(m) === undefined).length + (household.members - details.length);
  const share = (count: number) => `${count}/${household.members} người`;
  if (known * 2 > household.members) {
    return { deprived: true, reason: `Người phụ thuộc chiếm ${share(known)}, hơn 50% số thành viên, nên hộ thiếu hụt chỉ số người phụ thuộc.` };
  }
  if ((known + unknown) * 2 <= household.members) {
    return { deprived: false, reason: `Người phụ thuộc chiếm ${share(known + unknown)} trở xuống, không quá 50% số thành viên, nên hộ không thiếu hụt chỉ số người phụ thuộc.` };
  }
  return undefined;
}

function housingArea(household: Household): Decision | undefined {
  if (household.floorAreaM2 === undefined) return undefined;
  const perPerson = household.floorAreaM2 / household.members;
  const sum = `${formatNumber(household.floorAreaM2)} m² ÷ ${household.members} người = ${formatNumber(perPerson)} m²/người`;
  return perPerson < HOUSING_AREA_MINIMUM_M2
    ? { deprived: true, reason: `Diện tích nhà ở: ${sum} < 8 m², nên hộ thiếu hụt chỉ số diện tích nhà ở bình quân đầu người.` }
    : { deprived: false, reason: `Diện tích nhà ở: ${sum} ≥ 8 m², nên hộ không thiếu hụt chỉ số diện tích nhà ở bình quân đầu người.` };
}

/** Indicators decided by member-level facts, with the reason for each. */
export function decideFromMembers(household: Household): Map<IndicatorId, Decision> {
  const decisions = new Map<IndicatorId, Decision>();
  const deciders: [IndicatorId, (h: Household) => Decision | undefined][] = [
    ['dependents', dependents],
    ['health_insurance', healthInsurance],
    ['child_schooling', childSchooling],
    ['housing_area', housingArea],
  ];
  for (const [id, decide] of deciders) {
    const decision = decide(household);
    if (decision) decisions.set(id, decision);
  }
  return decisions;
}

/** Support conditions that member facts settle (a pre-school child, a pupil); explicit answers win. */
export function supportContextFromMembers(household: Household, given: SupportContext = {}): SupportContext {
  const details = household.memberDetails ?? [];
  const complete = allDescribedWithAges(household);
  const derive = (range: { from: number; below: number }) => {
    if (details.some((m) => within(m.age, range) && m.inSchool === true)) return true;
    if (complete && details.every((m) => !within(m.age, range) || m.inSchool === false)) return false;
    return undefined;
  };
  const derived: SupportContext = {};
  const preschool = derive(PRESCHOOL_AGE);
  const pupil = derive(PUPIL_AGE);
  if (preschool !== undefined) derived.hasPreschoolChild = preschool;
  if (pupil !== undefined) derived.hasSchoolChild = pupil;
  return { ...derived, ...given };
}
