/** Which supports apply to a class on a date (for results and /hotro). */
import type { RuleSet } from './load.ts';
import type { Support, SupportAmount, SupportVariant } from './schema.ts';
import type { Classification, SupportContext, SupportResult } from './types.ts';
import { formatMoney } from './text.ts';
import { fillParameters, supportContextFromMembers, thresholdsOn } from './members.ts';
import { weakerStatus } from './standard.ts';

export type SupportClass = Classification | 'newly_escaped';

const RESULT_CLASSES = ['poor', 'near_poor', 'middle', 'none'] as const;

function inForce(variant: SupportVariant, date: string): boolean {
  return (variant.validFrom ?? '') <= date && date <= (variant.validTo ?? '9999-12-31');
}

/** Each rule set's supports by id, built once per list (a loaded rule set keeps its list; a test's copy with other supports gets its own). */
const supportsById = new WeakMap<readonly Support[], ReadonlyMap<string, Support>>();

/** The support of the rule set with this id (ids are unique: the loader refuses a second one); none for no id. */
export function supportById(rules: Pick<RuleSet, 'supports'>, id: string | undefined): Support | undefined {
  if (id === undefined) return undefined;
  let byId = supportsById.get(rules.supports);
  if (byId === undefined) {
    byId = new Map(rules.supports.map((support) => [support.id, support]));
    supportsById.set(rules.supports, byId);
  }
  return byId.get(id);
}

/** "Xây mới: 40.000.000 đồng/hộ" or the text of a non-money benefit. */
function formatAmount(amount: SupportAmount): string {
  const value = amount.value !== undefined ? `${formatMoney(amount.value)}${amount.per ? `/${amount.per}` : ''}` : amount.text!;
  const withNote = amount.note ? `${value} (${amount.note})` : value;
  return amount.label ? `${amount.label}: ${withNote}` : withNote;
}

function appliesTo(variant: SupportVariant, classification: SupportClass, context: SupportContext): boolean {
  // With no class known, only supports open to every household can be named.
  const classMatches =
    classification === 'unknown'
      ? RESULT_CLASSES.every((c) => variant.classes.includes(c))
      : variant.classes.includes(classification) || (context.newlyEscaped === true && variant.classes.includes('newly_escaped'));
  return classMatches && variant.conditions.every((condition) => !condition.fact || context[condition.fact] !== false);
}

/** What `what` starts with when conditions are open: "Áp dụng khi: …. " (nothing without one). */
export const conditionPrefix = (condition: string | undefined) => (condition ? `Áp dụng khi: ${condition}. ` : '');

/** A condition in a few words: up to its first ":", ";" or ", ví dụ" ("Thành viên thuộc nhóm được trợ cấp, ví dụ …" → "Thành viên thuộc nhóm được trợ cấp"). */
const briefCondition = (text: string, after: boolean) => {
  const brief = text.split(/:|;|, ví dụ/)[0]!.trim();
  // Joined after another with "và": "… 75 tuổi trở lên và người cao tuổi đó …", "… hộ cận nghèo và đang học trình độ …".
  return after ? `${brief.charAt(0).toLowerCase()}${brief.slice(1)}` : brief;
};

/**
 * Supports for a household of this class on this date. A condition the context does not settle is
 * written in front of the benefit ("Áp dụng khi: …") so nobody reads it as a promise.
 */
export function supportsFor(rules: RuleSet, classification: SupportClass, isoDate: string, context: SupportContext = {}): SupportResult[] {
  const results: SupportResult[] = [];
  const thresholds = thresholdsOn(rules, isoDate);
  for (const support of rules.supports) {
    const variant = support.variants.find((v) => inForce(v, isoDate) && appliesTo(v, classification, context));
    if (!variant) continue;
    const open = variant.conditions.filter((condition) => !condition.fact || context[condition.fact] !== true);
    const body = fillParameters(variant.what, thresholds);
    const condition = open.length > 0 ? open.map((c) => fillParameters(c.text, thresholds)).join('; ') : undefined;
    const conditionBrief = open.length > 0 ? open.map((c, index) => briefCondition(fillParameters(c.text, thresholds), index > 0)).join(' và ') : undefined;
    results.push({
      id: support.id,
      name: support.name,
      what: `${conditionPrefix(condition)}${body}`,
      ...(condition ? { condition, conditionBrief: conditionBrief! } : {}),
      ...(variant.brief ? { brief: variant.brief } : {}),
      ...(variant.unclear ? { unclear: variant.unclear } : {}),
      ...(variant.inBrief ? { inBrief: fillParameters(variant.inBrief, thresholds) } : {}),
      ...(variant.besidePension ? { besidePension: fillParameters(variant.besidePension, thresholds) } : {}),
      ...(variant.figuresUnknown ? { figuresUnknown: variant.figuresUnknown } : {}),
      ...(variant.spoken ? { spoken: fillParameters(variant.spoken, thresholds) } : {}),
      ...(variant.amounts ? { amount: variant.amounts.map(formatAmount).join('; '), amountStatus: variant.amounts.map((one) => one.status ?? variant.status).reduce(weakerStatus) } : {}),
      basis: variant.basis,
      ...(variant.basisStatus ? { basisStatus: variant.basisStatus } : {}),
      whereToApply: variant.whereToApply ?? support.whereToApply,
      ...(variant.scope ? { scope: variant.scope } : {}),
      status: variant.status,
      checked: variant.checked,
    });
  }
  return results;
}

/**
 * What members of the ages a question names settle ("ông nội tui 76 tuổi": a member of 76 and nobody else known), for
 * telling which of a benefit's supports fits the person asked about (NĐ 176/2025: 70 to under 75, or 75 and over).
 */
/** The facts contextOfAges settles: a support with a condition on one of them is told apart by the ages a question says. */
export const AGE_FACTS: readonly (keyof SupportContext)[] = ['hasSocialPensionMember', 'hasSocialPensionElder'];

/** A variant with a condition on the members' ages (AGE_FACTS). */
const onAges = (variant: SupportVariant) => variant.conditions?.some((condition) => condition.fact !== undefined && AGE_FACTS.includes(condition.fact)) === true;

/** A support with a condition on the members' ages in some variant (the social pensions' age bands; not a farming household's premium support). */
export const byAge = (rules: Pick<RuleSet, 'supports'>, id: string | undefined): boolean => supportById(rules, id)?.variants.some(onAges) === true;

/** A support of an age band only: every variant's condition is on the members' ages (the social pensions). */
export const ageBandOnly = (rules: Pick<RuleSet, 'supports'>, id: string | undefined): boolean => supportById(rules, id)?.variants.every(onAges) === true;

export function contextOfAges(rules: RuleSet, ages: readonly number[], isoDate: string): SupportContext {
  if (ages.length === 0) return {};
  return supportContextFromMembers({ members: ages.length, memberDetails: ages.map((age) => ({ age })) }, thresholdsOn(rules, isoDate));
}
