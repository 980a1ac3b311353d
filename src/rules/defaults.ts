/** The rules engine's tunables, in one place. Legal numbers are never here: they are dated data in rules/. */
export const RULES_DEFAULTS = {
  /** A check dated this many days (or fewer) before the next standard starts also reports the class under it. */
  upcomingWindowDays: 56,
  /**
   * Entries each remembered table of the evaluator holds before it is emptied (standard by date, supports
   * by class and date, sentences by band and count…): a list or a day's checks reuse a few; users' dates are bounded.
   */
  memoEntries: 2000,
} as const;
