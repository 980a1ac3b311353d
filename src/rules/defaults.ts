/** The rules engine's tunables, in one place. Legal numbers are never here: they are dated data in rules/. */
export const RULES_DEFAULTS = {
  /** A check dated this many days (or fewer) before the next standard starts also reports the class under it. */
  upcomingWindowDays: 56,
  /**
   * Entries each remembered table of the evaluator holds before it is emptied (standard by date, supports
   * by class and date, sentences by band and count…): a list or a day's checks reuse a few; users' dates are bounded.
   */
  memoEntries: 2000,
  /**
   * Entries of the table of whole list-row lines (`assessmentLines`, used by `cli batch` only): one per
   * standard, area, income band and list of deprivations named; a random 100.000-row list has about 10.000.
   */
  rowLineEntries: 20_000,
} as const;
