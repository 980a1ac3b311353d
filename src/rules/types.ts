/**
 * The public shape of the rules engine: what the chat, the CLI and the HTTP API rely on.
 * `cli check --json` and `POST /api/check` print `CheckResult` as it is.
 */

export type Area = 'rural' | 'urban';
export type Classification = 'poor' | 'near_poor' | 'middle' | 'none' | 'unknown';
export type FactStatus = 'verified' | 'reported' | 'unknown';

/**
 * An indicator id as written in rules/indicators.yaml (e.g. `health_insurance`). Which ids exist, and
 * which count on a date, is data: ask the rules module (`indicatorsFor(rules, date)`), never a list in code.
 */
export type IndicatorId = string;

/** Member-level facts that decide an indicator without doubt (all optional). */
export interface MemberFacts {
  age?: number;
  hasHealthInsurance?: boolean;
  /** Child in school at the level right for their age. */
  inSchool?: boolean;
  /** Counts as a dependant (child < 16, elderly, disabled on monthly allowance). */
  dependant?: boolean;
}

/** Household profile as given by a user or a script (validated by zod in src/rules). */
export interface HouseholdProfileInput {
  /** ISO yyyy-MM-dd; default today. */
  date?: string;
  area: Area;
  members: number;
  monthlyIncomePerPerson?: number;
  /** Household total per month; divided by members when per-person is not given. */
  monthlyIncome?: number;
  deprivations?: IndicatorId[];
  /** Indicators the user answered "không rõ" for: the result says what they could change. */
  unsure?: IndicatorId[];
  memberDetails?: MemberFacts[];
  floorAreaM2?: number;
  /** Province name as typed; a local (higher) standard of that province applies when one is in force. */
  province?: string;
  /** Household circumstances that decide which supports apply (all optional). */
  circumstances?: SupportContext;
}

/**
 * Facts that decide whether a support's extra condition holds. `true`/`false` when known;
 * left out when unknown, and the support is then listed with its condition spelled out.
 */
export interface SupportContext {
  /** Left the poor list within the last 36 months (QĐ 28/2015). */
  newlyEscaped?: boolean;
  hasPreschoolChild?: boolean;
  /** A child in pre-school or general school. */
  hasSchoolChild?: boolean;
  ethnicMinority?: boolean;
  /** Lives in a district that was on the 2021–2025 poor-district list. */
  poorDistrict?: boolean;
  /** Lives in a commune on the list of poor communes (xã nghèo). */
  poorCommune?: boolean;
  /** Works in agriculture, forestry, fishery or salt-making. */
  farmingHousehold?: boolean;
  /** A member is in the social-pension age band for poor and near-poor households (NĐ 176/2025: 70 to under 75). */
  hasSocialPensionMember?: boolean;
  /** A member is at or above the general social-pension age (NĐ 176/2025: 75), whatever the household's class. */
  hasSocialPensionElder?: boolean;
}

export interface SupportResult {
  id: string;
  name: string;
  what: string;
  /** The conditions the context does not settle ("Thành viên thuộc nhóm được trợ cấp, …"), also written at the start of `what`. */
  condition?: string;
  /**
   * The open conditions in a few words each, for a short post's list ("hộ có trẻ đang học mẫu giáo", "thành viên thuộc nhóm
   * được trợ cấp"): each condition up to its first ":", ";" or ", ví dụ"; the full ones stay in `condition`.
   */
  conditionBrief?: string;
  /** From which day the figures of `what` are not known to apply, and what they are (rules/supports `figuresUnknown`). */
  figuresUnknown?: { from: string; figures: string };
  /** A few words on what is not known of it (rules/supports `brief`), said after its name in a short post. */
  brief?: string;
  /** `what` in a few words, figures with their status, for a card in brief (rules/supports `inBrief`). */
  inBrief?: string;
  /** A few words said beside the social pension of an elderly couple from 75 (rules/supports `besidePension`). */
  besidePension?: string;
  /** What of it is not known (rules/supports `unclear`: "mức trợ cấp hằng tháng"), said "… chưa rõ" where `what` is not. */
  unclear?: string;
  /** What it is as read aloud on the loudspeaker (shorter, no name said twice), when the data words it so. */
  spoken?: string;
  /** Amount text only where the fact is verified, e.g. "160.000 đồng/trẻ/tháng". */
  amount?: string;
  /** How sure `amount` is, the least sure of its amounts (rules/supports `amounts[].status`), apart from the support's `status`. */
  amountStatus?: FactStatus;
  basis: string;
  /** How sure the document of `basis` itself is, where the data says it apart from `status` (rules/supports `basisStatus`). */
  basisStatus?: FactStatus;
  whereToApply: string;
  /** No national support for this class, only some provinces' (rules/supports `scope`). */
  scope?: 'some_provinces';
  status: FactStatus;
  /** yyyy-MM-dd the fact was last checked against its sources. */
  checked: string;
}

/** An open result's two classes: at least `atLeast`; `upTo` with `withDeprivations` or more deprivations. */
export interface ClassBetween {
  atLeast: Classification;
  upTo: Classification;
  withDeprivations: number;
}

/** The class the same household would have under the next standard (checks dated shortly before it starts). */
export interface UpcomingResult {
  /** yyyy-MM-dd, first day of the next standard. */
  from: string;
  standardId: string;
  classification: Classification;
  /** As CheckResult.between. */
  between?: ClassBetween;
  provisional: boolean;
  reasons: string[];
}

export interface CheckResult {
  classification: Classification;
  /**
   * Only with classification "unknown" when the income is within a line that decides by deprivations and the count is open
   * because some indicators' thresholds are not known (2027–2030): the household is at least `atLeast` ("near_poor"), and
   * `upTo` ("poor") with `withDeprivations` (3) or more. `supports` are those both classes have. Added in round 8.
   */
  between?: ClassBetween;
  incomePerPerson: number;
  deprivationCount: number;
  deprivations: IndicatorId[];
  standard: Readonly<{ id: string; document: string; article: string; validFrom: string; validTo: string | null; /** How sure the standard's own fact is. */ status: FactStatus }>;
  provisional: boolean;
  /** This list, the supports, next steps, margins and the standard may be shared by many results (frozen). */
  provisionalReasons?: readonly string[];
  reasons: string[];
  supports: readonly Readonly<SupportResult>[];
  nextSteps: readonly string[];
  margins: readonly string[];
  /** Effect of "không rõ" answers, one sentence each. */
  unsure?: string[];
  asOf: string;
  /** yyyy-MM-dd: the oldest "last checked" date of the rules data this result used. */
  checkedOn: string;
  /** Present when the check date is within the window before the next standard starts. */
  upcoming?: UpcomingResult;
  rulesVersion: string;
}

/**
 * A line of text in two parts that, joined, are the line: the part only this household has (its income
 * figures), then a part many households share word for word (the same string each time), which whoever
 * writes many lines may encode once.
 */
export interface TextParts {
  own: string;
  shared: string;
  /**
   * The same object wherever this `shared` text is given (a remembered line's), when it has one: a writer may keep the
   * shared part's encoding in it, found without a lookup.
   */
  sharedKey?: SharedKey;
}

/**
 * Stands for one shared text (TextParts.sharedKey). `encoded`: that text as the CSV writer puts it in a cell (UTF-8, quotes
 * doubled when `quoted`), kept here by the first writer that needs it; it depends on the text only, so every writer
 * shares it. Kept in the key, not in a writer's WeakMap by it: that lookup, twice a row, was ~2% of a 100.000-row `cli batch`.
 */
export interface SharedKey {
  encoded?: { bytes: Uint8Array; quoted: boolean };
}

/**
 * The decision without its explanation (`POST /api/check?lean=1`, for scripts that check many households):
 * every field has the value it has in CheckResult, supports by id only.
 */
export interface LeanCheckResult {
  classification: Classification;
  between?: ClassBetween;
  incomePerPerson: number;
  deprivationCount: number;
  deprivations: IndicatorId[];
  standard: CheckResult['standard'];
  provisional: boolean;
  /** Ids of CheckResult.supports, in the same order (shared by the results of a class and date: not to be changed). */
  supports: readonly string[];
  asOf: string;
  checkedOn: string;
  upcoming?: Omit<UpcomingResult, 'reasons'>;
  rulesVersion: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** Money parsing: a value, or a question to ask back when the input is ambiguous. */
export type MoneyParse = { ok: true; value: number } | { ok: false; question: string };
