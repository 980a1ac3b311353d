/** The batch check's tunables, in one place. */
export const BATCH_DEFAULTS = {
  /** A quoted CSV cell may run over at most this many physical lines (Alt+Enter in Excel); past that the opening quote is taken as a stray one. */
  maxLinesPerCell: 20,
  /** Bytes looked at to guess the encoding and the delimiter. */
  sniffBytes: 64 * 1024,
  /**
   * A CSV row with more cells than its header (a comma in a name, an address or a note not quoted: "Nguyễn Văn A, con ông B")
   * is read again with at most this many commas joined back into the cells of free text (households.ts `realigned`); more
   * extra cells, the row is refused as before.
   */
  maxJoinedCells: 3,
  /** Files at least this big get a progress bar (when stderr is a terminal). */
  progressMinBytes: 256 * 1024,
  /** Records read together (one await per chunk, not per row). */
  chunkRows: 1000,
  /** Bytes of CSV rows encoded before they are written out together (~1.000 rows of a list). */
  writeBytes: 1024 * 1024,
  /** Shared texts (the sentences of a row's shape) the CSV writer keeps encoded; emptied when full. A random 100.000-row list has ~12.000. */
  sharedTextEntries: 30_000,
  /** Records between two progress bar updates. */
  progressEvery: 1000,
  /** A legacy decoding is refused when more than this share of its non-ASCII words are not Vietnamese syllables. */
  maxOddWordShare: 0.2,
  /** The header row is looked for among this many first non-blank rows (title rows above it are not households). */
  headerSearchRows: 10,
  /**
   * A date cell holding only a number of five digits is Excel's day count (a cell formatted "General", a CSV saved from it) when
   * that day falls in these years; read as that day, with a note in `ly_do` (round 16: "46357" was refused as no date).
   */
  excelSerialYears: { from: 2000, to: 2099 },
  /**
   * A row naming at least this many of the list's columns is its header row even when a column it needs is missing: the
   * list is refused saying so (the column missing, the columns seen), never "no header row found".
   */
  headerFoundColumns: 2,
  /** Rows one header may stand on (merged cells: a group row, its sub-headers, a row of units under them), read bottom-up. */
  headerRows: 3,
  /** Indicator cells ("bhyt, nuoc sach") kept read, by column and text; forgotten all at once when full. */
  maxRememberedCells: 10_000,
  /** Phrases looked for in cells (header, footer and indicator words), kept split into parts; forgotten all at once when full. */
  maxRememberedPhrases: 10_000,
  /**
   * The coarsest rounding of an income per person taken as rounding when it is compared with the household's total ÷
   * members ("1,7 triệu" for 5.000.000 ÷ 3: to the 100.000 đồng); a larger gap is two different figures.
   */
  incomeRoundingPlace: 100_000,
  /**
   * A figure in an income column of a unit ("(1.000đ/năm)", "(nghìn đồng/người/tháng)") that could be đồng too (100.000 or
   * more) is read in the column's unit unless that is more than this a person a month (a year's figure ÷ 12, a household's
   * total ÷ its members): then it is refused as too large ("ghi bằng đồng?"). A 7-person poor household's yearly total,
   * 100.800 nghìn đồng, is 1.200.000 đồng a person a month.
   */
  scaledIncomeMaxPerPersonMonth: 10_000_000,
  /**
   * A year's total under this a person a month (÷ 12 ÷ members) is still read as the year's, and the row's note says it is
   * implausibly low and may be a month's figure (findings36 N36-12: "1,5tr" a year for 4 people is 31.250 đồng a month).
   */
  lowYearIncomePerPersonMonth: 100_000,
  /**
   * A figure under a year's income column that reads as a month's rather (households.ts monthInYear, round 42): the year's
   * reading under `belowPerPersonMonth` a person a month (÷ 12 ÷ members) and the figure, as a month's, from
   * `fromPerPersonMonth` a person ("2.500.000" under "Thu nhập bình quân/năm": 208.333 or 2.500.000 đồng a month). Said in
   * the row; refused when the two readings give two classes.
   */
  monthInYear: { belowPerPersonMonth: 300_000, fromPerPersonMonth: 500_000 },
  /**
   * A figure under a month's income column, the cell saying no period, that may be a year's rather (households.ts yearInMonth,
   * round 43): a person's share a month from `fromPerPersonMonth` (over 1,5 times the highest income line in rules/standards,
   * 3.000.000 đồng) up to READER_DEFAULTS.confirmIncomePerPersonFrom (from there the row is refused), whose twelfth gives
   * another class ("9.600.000" for one person: 800.000 đồng a month as a year's). Said in the row, never divided.
   */
  yearInMonth: { fromPerPersonMonth: 5_000_000 },
  /**
   * A cell numbering a column in the row under an official form's header: "(1)", "1", "[2]", "3.", "(A)", "B", also with the
   * column's formula ("(5)=(4)/(3)", "(6) = (4) x 12"); up to two digits.
   */
  columnNumber: /^[([]?\s*(\d{1,2}|\p{L})\s*[)\]]?\.?(?:\s*=\s*[\d()[\]\s\p{L}*×:/+\-.]+)?$/u,
  /** A row numbering the columns has at least this many filled cells, each a column's number or letter. */
  minNumberedColumns: 3,
  /**
   * V8 flags `cli batch` sets for its own process before reading a list. `--no-allocation-site-pretenuring`: the tables a
   * run remembers (a row shape's lines, its comparison sentences, their encoded bytes) live long, so V8 moved the places
   * that make them to old space mid-run, and each move dropped the optimised code built on them (6 of 8 forced recompiles
   * in a 100.000-row run, round 36). Without it (round 37): 9 → 2 such drops, TurboFan's instructions −17% and the whole
   * run's −6,9% (20.000 rows, callgrind), the scavenger's +3%. Output is the same byte for byte (only where objects are allocated changes).
   * `--max-optimized-bytecode-size=10000` (round 38, dropped in round 39): it kept the list loop of that time from TurboFan, but
   * on round 39's code it cost more than it saved: with it V8 finished 96 optimised compiles on 20.000 rows, without it 141
   * (`node --trace-opt`), and the whole 100.000-row run took 0,74× the CPU without it (user + sys, 4 rounds interleaved in one
   * run, README "Vòng 39, `cli batch`"). Output is the same byte for byte.
   */
  v8Flags: ['--no-allocation-site-pretenuring'],
  /** A list sent to be checked (POST /api/batch, the web page, the bot): never kept, refused past these with a Vietnamese 413. */
  upload: {
    /** Largest list file taken (a commune's list of ~20.000 households is ~2 MB of CSV). */
    maxBytes: 5 * 1024 * 1024,
    /** Most households (rows read as households or error rows; not title, header, blank, total or signature rows) taken in one file. */
    maxRows: 20_000,
    /** Refused rows named in the answer (all are in the result file, column ly_do). */
    problemsShown: 5,
  },
} as const;
