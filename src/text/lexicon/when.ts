/**
 * Time words (folded) that move a question or a household to another year's standard: "năm sau", "sang
 * năm", "từ tháng 1" asked in December mean the standard from 01/01 of the next year. A year written out
 * ("2027") or a date ("31/12/2026", "1/1") is read as such elsewhere and wins over these.
 */
/** WHEN_WORDS.comingJanuary, also the coming January (nextJanuary) when asked after January. */
const COMING_JANUARY = ['thang 1 toi', 'thang 1 sap toi', 'thang mot toi'] as const;

export const WHEN_WORDS = {
  /** The next calendar year. */
  nextYear: ['nam sau', 'sang nam', 'nam toi', 'nam ke tiep', 'qua nam', 'dau nam sau', 'dau nam toi', 'tu nam sau', 'tu nam toi',
    // "mai mot chuan ngheo thay doi the nao, nha tui bi cat ho ngheo hok" (round 34 mend34d): later on, the coming year.
    'mai mot', 'mai mot day'],
  /** The previous calendar year. */
  lastYear: ['nam ngoai', 'nam truoc', 'nam roi'],
  /**
   * The coming January: next year's when asked after January ("từ tháng 1 tới", "ra Tết", "mùng 1 Tết": Tết
   * Nguyên đán falls from late January to mid February, in the same standard's year as 1 January). Not "qua tet":
   * typed without diacritics it is as often "quà Tết" (a Tết gift, topics.ts) as "qua Tết".
   */
  nextJanuary: [
    'tu thang 1', ...COMING_JANUARY, 'thang 1 nam sau', 'tu 1 1', 'tu 01 01', 'ra tet', 'sau tet', 'tu tet', 'mung 1 tet', 'mong 1 tet',
    'tet duong lich', 'tet tay', 'nam moi',
    // "qua tháng giêng", "tháng giêng tới", "ra giêng": the first month said by name.
    'thang gieng', 'ra gieng',
    // "qua tet nay thu nhap bn thi dc xet ho can ngheo" (round 23): "qua Tết này", after this Tết; "quà Tết này" is said with a
    // gift given (TET_GIFT_WORDS), and stays the gift.
    'qua tet nay',
  ],
  /**
   * The January still to come ("tháng 1 tới", "tháng 1 sắp tới"): asked in January itself, the current one is under way, so it is
   * next year's (on 05/01/2027 "tháng 1 tới" is 01/2028; on 20/12/2026 it is 01/2027, as nextJanuary). "từ tháng 1" in January
   * stays this January (just begun), and "tháng giêng", "ra Tết" (lunar, late January to mid February) stay this year's.
   */
  comingJanuary: COMING_JANUARY,
  /** "từ tháng 1 tới tháng 3": "tới" links two months, no January to come. */
  comingJanuaryUnless: ['thang 1 toi thang', 'thang mot toi thang'],
  /**
   * January named alone ("tháng 1 thì sao", "qua tháng giêng"): the coming January only at the head of a follow-up, where
   * nothing else can make it a past month or an amount's period ("thu nhập tháng 1 được 5 triệu" says nothing of a year).
   */
  januaryOpening: [
    'thang 1', 'thang gieng', 'qua thang 1', 'sang thang 1', 'den thang 1', 'toi thang 1',
    // "qua Tết" opening a follow-up after a check (findings N08): after the coming Tết, in the year of the coming January;
    // elsewhere "qua tet" typed without marks is as often "quà Tết" (nextJanuary above).
    'qua tet', 'sang tet', 'het tet', 'an tet xong',
  ],
  /** The month after today's ("tháng sau", "tháng tới"): next year's when asked in December. */
  nextMonth: ['thang sau', 'thang toi', 'sang thang', 'tu thang sau', 'tu thang toi'],
  /**
   * The middle of a year ("giữa năm 2027", "giữa năm sau"): asked as its 01/07, the day a half-year's rules start (round 36 law27;
   * was the year's 01/01). A month written ("tháng 7/2027", "t7/2027", "tháng 7 năm 2027") is read by dayAsked as its first day.
   */
  yearMiddle: ['giua nam'],
  /** The word before a month's number ("tháng 7 năm 2027"); "t7" is the same, glued (dayAsked). */
  month: ['thang'],
  /** The last day of this year ("hết năm nay", "cuối năm"): 31/12 of today's year. */
  yearEnd: ['het nam nay', 'cuoi nam nay', 'cuoi nam', 'het nam', 'cuoi thang 12', 'het thang 12'],
  /**
   * "đợi tới cuối năm mới xét" ("mới" = only then): the end of this year, never the New Year that "nam moi" alone is
   * (nextJanuary); read before it.
   */
  yearEndThen: ['cuoi nam moi', 'het nam moi'],
  /**
   * Read only in a follow-up ("vậy năm nay thì sao" after a check for 2027), where it moves the last answer to today's
   * year; a question alone without a year already is about today.
   */
  thisYear: ['nam nay', 'hien nay', 'hien tai', 'bay gio', 'hom nay'],
  /**
   * A goal's horizon ("phấn đấu đến năm 2030 không còn xã đặc biệt khó khăn", "mục tiêu năm 2030"): the year said with these is
   * when a target is to be reached, not a year whose rules are asked, so no "Cho năm 2030, dữ liệu chưa có" frame.
   */
  goal: ['phan dau', 'muc tieu'],
  /**
   * Up to now ("từ tháng 1 tới giờ", "từ đầu năm đến nay"): a time said with these is past, so "từ tháng 1", "tháng 1 tới"
   * beside them is this January, no coming one.
   */
  untilNow: ['toi gio', 'den gio', 'toi nay', 'den nay', 'toi bay gio', 'den bay gio', 'toi hien tai', 'den hien tai', 'toi hom nay', 'den hom nay'],
} as const;

/**
 * A word between the first and the last year of a period ("từ 2027 đến 2030", "2027 tới 2030"); a dash or nothing
 * ("2027-2030", "2027 2030") leaves the two years side by side.
 */
export const PERIOD_LINKS: readonly string[] = ['den', 'toi'];

/**
 * A gift given ("qua tet nay xa co phat ko", "qua tet nay dc may ky gao"): "qua tet nay" beside these is "quà Tết này", the
 * Tết gift (topics.ts other_supports), not the coming January.
 */
export const TET_GIFT_WORDS: readonly string[] = ['phat', 'duoc tang', 'tang qua', 'bieu', 'nhan qua', 'co qua', 'duoc qua', 'qua gi', 'gao', 'banh chung', 'phong bi'];

/**
 * A card or a paper running out ("thẻ bhyt hết hạn 31/12 thì sao"): a date said with these is its last day, so what is asked is
 * the day after it (01/01 of the next year for 31/12).
 */
export const EXPIRY_WORDS: readonly string[] = ['het han', 'het thoi han', 'het hieu luc', 'het date'];

/**
 * With EXPIRY_WORDS and no date, the end of a year ("thẻ hết hạn cuối năm", "giấy hết hạn năm nay thì sao"): its last day, 31/12,
 * so what is asked is 01/01 of the next year.
 */
export const EXPIRY_YEAR_END: readonly string[] = [...WHEN_WORDS.yearEnd, 'nam nay'];

/**
 * The list of households asked of a later year ("bao gio co danh sach ho ngheo nam 2027", round 36 law28): made by the periodic
 * review of the year before (src/chat/topics.ts listOfYearAnswer).
 */
export const LIST_OF_YEAR_WORDS: readonly string[] = ['danh sach'];

/**
 * The next or the last year said with "năm" first ("năm sau", "năm tới", "năm ngoái"): right after an amount a time, neither
 * the amount's period ("8 triệu năm sau" is no 8.000.000 a year) nor its five ("8 triệu năm" alone is 8.500.000).
 */
export const YEAR_TIMES: readonly string[] = [...WHEN_WORDS.nextYear, ...WHEN_WORDS.lastYear].filter((phrase) => phrase.startsWith('nam '));

/**
 * In a household sentence, a time word ("năm sau", "tháng tới") moves the check to that later standard only when it is
 * about the check: said with one of these ("nam sau nha tui co ngheo ko", "tinh tu thang 3 nam sau", "thang toi thi
 * sao"), a class or the standard (topics.ts), or opening the sentence about the household ("sang nam o xa 3 nguoi"). Not
 * "nam sau con di hoc", said of someone in it.
 */
export const CHECK_TIME_CUES: readonly string[] = ['thi sao', 'the nao', 'tinh tu', 'tinh theo', 'xet theo', 'xet tu', 'co duoc', 'con duoc', 'con la'];

/**
 * Words that lead both an amount's period and a time ("trong tháng tới", "cho tháng sau"): after one of these,
 * "tháng"/"năm" may still begin a time phrase. After the other period leads of money.ts ("mỗi", "1", "hằng", "cả",
 * "/"), a number or a money unit ("9tr/tháng, tui ở nhà", "9tr 1 tháng, tui làm may", "30 triệu 1 năm, tui…"),
 * "tháng"/"năm" is the amount's period, and the word after it ("tui" = "tôi", typed like "tới") no time word.
 */
export const TIME_AFTER_PERIOD_LEADS: readonly string[] = ['trong', 'cho'];

/**
 * Work before "qua năm" makes it "through the year", a period, no time (Southern "qua năm" alone is next year): "làm qua năm
 * dc 60 triệu", "nhà tui làm lụng qua năm được 84 triệu", "buôn bán qua năm". The word right before "qua".
 */
export const WORK_BEFORE_THROUGH: readonly string[] = ['lam', 'lung', 'kiem', 'ban', 'ruong', 'thue', 'vuon'];

/**
 * Earning said right after "tui"/"tôi" ("tháng tui kiếm được 5 triệu", "tháng 1 tui lãnh 4 triệu", "tháng nhà tui làm được 6
 * triệu"): that "toi" is the one who earns, no "tới" (both fold to "toi"), so "tháng"/"tháng 1" before it is no time asked (round 46
 * law53; were "tháng tới", "tháng 1 tới": on 07/12/2026 the household was checked by the 2027 standard, on 05/01/2027 by 2028's).
 */
export const EARNING_AFTER_PRONOUN: readonly string[] = ['kiem', 'lanh', 'lam duoc', 'lam ra', 'thu nhap', 'an luong', 'nhan luong', 'ban duoc'];

/**
 * Words before a date that make it the day a check is made for ("/kiemtra nt 1.4tr ngay 1/1/2027", "tu 1/1", "ap dung tu
 * 01/01/2027"): taken out with the date, the longest that ends right before it.
 */
export const DATE_LEADS: readonly string[] = [
  'ngay', 'tu', 'tu ngay', 'den', 'den ngay', 'tinh den', 'tinh den ngay', 'tinh tu', 'tinh tu ngay', 'tinh theo', 'tinh theo ngay',
  'ap dung', 'ap dung tu', 'ap dung ngay', 'ap dung tu ngay', 'vao', 'vao ngay', 'xet', 'xet ngay', 'xet tu', 'xet tu ngay', 'xet theo',
  'xet theo ngay', 'theo', 'theo ngay', 'theo chuan', 'theo chuan ngay', 'chuan', 'chuan ngay', 'luc', 'kiem tra ngay', 'kt ngay',
];
