/** The rules engine's tunables, in one place. Legal numbers are never here: they are dated data in rules/. */
export const RULES_DEFAULTS = {
  /** A check dated this many days (or fewer) before the next standard starts also reports the class under it. */
  upcomingWindowDays: 56,
} as const;
