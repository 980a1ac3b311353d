/** The rules module's public surface: load the data once, then check households and describe standards. */
export { loadRules, RulesFileError, DEFAULT_RULES_DIR, type RuleSet } from './load.ts';
export { assessHousehold, assessmentLines, betweenEnds, betweenLabel, checkHousehold, leanResult, nextStepsInShort, type Assessment } from './evaluate.ts';
export { MAX_AGE, validateProfile, type ValidProfile } from './profile.ts';
export {
  standardInForce,
  dayForYear,
  describeStandard,
  bandFor,
  bandOutcome,
  bandRange,
  classOfBand,
  lookupStandard,
  nationalStandardsOver,
  StandardDateError,
  CLASS_LABELS,
  residentLabel,
  STATUS_LABELS,
  withStatus,
  withStatusUnlessVerified,
  nextStandardAfter,
  provinceSupportsStandardNote,
  provinceSupportsStandardsOn,
  unknownBandNotes,
  procedureSteps,
  type StandardInfo,
  weakerStatus,
  type StandardDescription,
} from './standard.ts';
export { changesBetween, defaultChangesWindow, newStandardSoon, changeSentences, describeChange, formatChanges, indicatorChangesInBrief, indicatorSetChange, nextPeriodText, type Change } from './changes.ts';
export { AGE_FACTS, ageBandOnly, byAge, conditionPrefix, contextOfAges, supportById, supportsFor, type SupportClass } from './supports.ts';
export { indicatorsFor, namesInRun, type IndicatorInForce } from './indicators.ts';
export { RULES_DEFAULTS } from './defaults.ts';
export { decideFromMembers, SIZE_DEPENDENT, thresholdsOn } from './members.ts';
export { monthOrYearQuestion, MONTHS_PER_YEAR, parseAmount, parseMoney, readCropsAnswer, yearOfCrops } from './money.ts';
export { formatMoney, formatNumber, POVERTY_CADRE, wholeDong } from './text.ts';
export { formatCheckReport, formatStandardTable, upcomingLine } from './report.ts';
export { formatDate, parseUserDate, isIsoDate, todayIso } from '../text/dates.ts';
export { statesFigure } from './schema.ts';
export type { IndicatorDef, AreaDef, ProvinceSupportsStandard, Standard, Support } from './schema.ts';
export * from './types.ts';
