/** The rules engine's tunables, in one place. Legal numbers are never here: they are dated data in rules/. */
export const RULES_DEFAULTS = {
  /** A check dated this many days (or fewer) before the next standard starts also reports the class under it. */
  upcomingWindowDays: 56,
  /**
   * A household's total income and its income per person, both given, agree when total ÷ members differs from the
   * per-person figure by less than this many đồng: rounding the per-person figure to the đồng or to the thousand, up or
   * down (10.000.000 for 3 people: 3.333.333, 3.333.000 or 3.334.000), or the total to the thousand (at most 1.000 ÷
   * members a person) stays under it. The per-person figure is then the one used. A larger gap is refused (which is
   * meant is not guessed).
   */
  incomeAgreementDong: 1000,
  /**
   * Entries each remembered table of the evaluator holds before it is emptied (standard by date, supports
   * by class and date, sentences by band and count…): a list or a day's checks reuse a few; users' dates are bounded.
   */
  memoEntries: 2000,
  /**
   * Income figures whose line in a list row's reasons ("Thu nhập bình quân: 1.250.000 đồng/người/tháng. Thu nhập 1.250.000
   * đồng ") is remembered before the table is emptied: a list repeats its figures (10.775 for 100.000 generated rows), each
   * line ~75 characters.
   */
  incomeLines: 20_000,
} as const;

/** The household-sentence reader's tunables (src/rules/understand.ts): how far it looks, and what it finds hard to believe. */
export const READER_DEFAULTS = {
  /** A household larger than this is no household count ("nhà 45 người" is a typo or a village): asked. */
  maxMembers: 30,
  /** The most days worked in a month a sentence may say ("làm 25 ngày"). */
  daysInMonth: 31,
  /** The most days worked in a year a sentence may say ("1 năm làm chừng 40 ngày"). */
  daysInYear: 366,
  /** Number words a count is written with: "mười hai" (two words) is the longest count of people read. */
  maxCountWords: 2,
  /** Words before a thing named that a negation reaches: "không có bhyt" (1), "ko co the bhyt" (2), "chua ai co bhyt" (3). */
  negationReach: 3,
  /**
   * Words between a correction and the fact that replaces it: "5 người à không 6 người" (0), "5 triệu, à nhầm, 15 triệu" (1,
   * the comma), "ý lộn, là 6 người" (2). Farther, the correction may be of something else, so both stand (and are asked).
   */
  correctionReach: 3,
  /**
   * Words between a standard's line named and a figure said of it: "chuẩn nghèo 2027 là 2tr2" (2), "chuẩn nghèo năm sau lên
   * 2tr2" (3), "chuẩn nghèo nông thôn năm 2027 là 2tr2" (5). A figure farther off is the household's own.
   */
  lineReach: 6,
  /** "khoảng 3 tuần" of work a month: every day of the week, the higher reading (said in the note). */
  daysPerWeek: 7,
  /**
   * An income per person per month from this figure (over three times the highest line of any standard: 2.800.000 đ,
   * urban 2027–2030) is confirmed before it is used when the month was not said ("nhà 4 người thu nhập 60 triệu" may be a
   * year's sum) or the household tells a lack ("mỗi người 30 triệu 1 tháng, nhà dột nát"): a typo or a year's sum would
   * otherwise give "không thuộc diện" silently.
   */
  confirmIncomePerPersonFrom: 10_000_000,
  /** The most weeks a month's work is said in ("4 tuần"). */
  weeksInMonth: 4,
  /** The most crops a year an answer to "Một năm hộ làm mấy mùa?" may say ("3 vụ"; rice is at most 3, vegetables more). */
  cropsAYear: 12,
} as const;
