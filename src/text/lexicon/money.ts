/**
 * Money words, as people type them (folded: no diacritics, lower case). The one copy used by the money
 * parser (src/rules/money.ts), the quick check and the household-sentence reader.
 * Add a word here and every place that reads an amount understands it.
 */

/** Unit words → multiplier: "5tr", "1,4 củ", "800k", "năm trăm ngàn". */
export const MONEY_UNITS: Readonly<Record<string, number>> = {
  k: 1e3, nghin: 1e3, ngan: 1e3,
  tr: 1e6, trieu: 1e6, cu: 1e6,
  ty: 1e9, ti: 1e9,
};

/**
 * Unit letters read as a unit only typed between two digits: "6t5" = "6tr5" (6.500.000). On its own "t" is "tuổi" ("70t")
 * or "tôi"; "m" is left out ("6m5" is also a length, "10m2" an area).
 */
export const COMPACT_UNITS: Readonly<Record<string, string>> = { t: 'tr' };

/**
 * Southern slang units, read only when nothing but a period, "mỗi người", a currency word or the end of the clause follows
 * ("kiếm dc 2 chai 1 tháng", "con gửi về 4 lít mỗi tháng"; "bán 20 chai mật ong" counts bottles, "xài 4 lít xăng" is no
 * amount). No value (`[]`): a money word whose worth the facts (shared/facts, rules/) do not give, asked back in đồng, never a
 * figure guessed: "chai" (often 1.000.000), "lít" (often 100.000), "xị" (100 đồng once, 10.000 or 100.000 by place) vary by
 * place and are in no text of the data (round 21; were 1.000.000 and 100.000 fixed).
 */
export const SLANG_UNITS: Readonly<Record<string, readonly number[]>> = { chai: [], lit: [], xi: [] };

/**
 * Before a number, words that make it a grade, never money: "nhà cấp 4 cũ" folds to "nha cap 4 cu", which would read as "4
 * củ" (4.000.000 đồng); "nhà cấp bốn cũ nát", "nhà tui cấp 4", "học cấp 2". Only after a house or school word: "nhà nước cấp 4
 * triệu", "được cấp 2 triệu", "trợ cấp 1 triệu" keep their amount ("cấp" is "give" there).
 */
export const GRADE_PHRASES: readonly string[] = ['nha cap', 'hoc cap', 'truong cap'];

/**
 * After "ba cu", words that make it "bà cụ" (an old woman), never "3 củ" (3.000.000 đồng): "ba cu song 1 minh ko con cai", "ba cu
 * nay gia roi ko ai nuoi" (round 20). A period or currency after it ("ba cu 1 thang", "ba cu moi thang") keeps the amount.
 */
export const OLD_WOMAN_AFTER: readonly string[] = [
  'song', 'gia', 'nay', 'ay', 'do', 'om', 'benh', 'yeu', 'tui', 'toi', 'nha tui', 'nha toi', 'hang xom', 'ke ben', 'nha ben', 'ben canh', 'trong xom', 'o mot minh', 'o 1 minh', 'neo don',
  'khong ai', 'khong co ai', 'khong con cai', 'khong co con', 'khong nguoi', 'tuoi', 'da', 'dang', 'bi', 'minh',
];

/**
 * Unit words that are short forms ("1,5tr", "800k", "2 củ" for triệu, nghìn, triệu): a list's income cell so typed says in its
 * row how it was read (batch); "triệu", "nghìn", "ngàn", "tỷ" ("tỉ") are the words written out.
 */
export const SHORT_MONEY_UNITS: ReadonlySet<string> = new Set(['k', 'tr', 'cu']);

/** How a unit is written back in a question: 1e6 → "triệu". */
export const MONEY_UNIT_NAMES: Readonly<Record<number, string>> = { 1e3: 'nghìn', 1e6: 'triệu', 1e9: 'tỷ' };

/**
 * Currency words that may close an amount: "1.500.000 đồng", "1.500.000đ", "1500000 vnd", and the sign "₫" Excel's Vietnamese
 * currency format shows ("1.500.000 ₫", as a list saved to CSV keeps it; round 41: was "Mình chưa hiểu số tiền").
 */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['dong', 'd', 'vnd', '₫']);
/**
 * A unit and the currency typed as one word, folded → the unit: "1,5trđ", "2 TRĐ" (triệu đồng, as accounts and lists write
 * it; round 39: a list's "1,5trđ" was refused, "Mình chưa hiểu số tiền"). "tr.đ" is the unit, a dot and the currency.
 */
export const UNIT_CURRENCY_WORDS: Readonly<Record<string, string>> = { trd: 'tr' };

/** Between two amounts, a range: "6-7 triệu", "6 đến 7 triệu", "6tr tới 7tr". */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['-', '–', 'den', 'toi']);
/** Before a range's first figure, "from": "từ 1 đến 1,5 triệu", "khoảng từ 1-2 triệu" (a list's income cell, incomeRangeOfCell). */
export const RANGE_FROM_WORDS: ReadonlySet<string> = new Set(['tu']);
/** Before an amount (not between two), a minus: "-5 triệu", "âm 5 triệu". Income is never read as negative. */
export const MINUS_WORDS: ReadonlySet<string> = new Set(['-', '−', '–', 'am']);

/** "3 triệu rưỡi" = 3.500.000: half of the last unit; "trăm rưỡi" = 150. */
export const HALF_WORDS: ReadonlySet<string> = new Set(['ruoi']);
/** "nửa triệu" = 500.000, "nửa củ": half of the unit right after it (only before a unit: "thêm 1 triệu nữa" is not a half). */
export const HALF_BEFORE_WORDS: ReadonlySet<string> = new Set(['nua']);

/** Digit words: "hai triệu tư", "một trăm lẻ năm", "mười lăm". */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};
/**
 * Digit words that, typed without marks, are also "from": "6 triệu tư" is 6.400.000, but "6 trieu tu ban ca" is 6.000.000 "từ
 * bán cá" (from selling fish), "60 trieu tu lua", "5 trieu tu lam thue" (findings35 N35-05). After a unit such a word is the
 * amount's next digit only where the amount ends right after it: the end of the clause, a currency, a period or "per
 * person", a count, another figure, or one of AMOUNT_CLOSING_WORDS; before any other word (a source: "bán", "làm", "nuôi",
 * "lúa", "ruộng" …) it is "từ".
 */
export const DIGIT_OR_FROM: ReadonlySet<string> = new Set(['tu']);
/** Words that may follow a finished amount ("2 triệu tư thôi", "3 triệu tư là hộ nghèo ko", "2 trieu tu nha"): particles, joining words. */
export const AMOUNT_CLOSING_WORDS: ReadonlySet<string> = new Set([
  'thoi', 'a', 'ha', 'nha', 'nhe', 'day', 'vay', 'khong', 'chu', 'roi', 'la', 'thi', 'ma', 'va', 'voi', 'nen', 'hoac', 'hay', 'chia', 'tinh',
  'chac', 'khoang', 'chung', 'hon', 'gi', 'sao',
]);
/**
 * Digit words that, typed without marks, are also "about": "tam chuc trieu" is "tám chục triệu" (80.000.000) or "tầm chục
 * triệu" (about 10.000.000). Before a ten word ("chục", "mươi") such an amount is asked back, never guessed; typed with
 * its marks it is read ("tầm" is written "khoảng" by the spoken forms).
 */
export const ABOUT_OR_DIGIT: Readonly<Record<string, { about: string; digit: string }>> = { tam: { about: 'tầm', digit: 'tám' } };
/**
 * Words before an amount saying it is only approximate: "khoảng 1 triệu", "tầm 1tr2", "chừng 2 triệu", "ước 18 triệu/năm",
 * and INCOME_BOUNDS.about ("trên dưới 2 triệu"). The chat reads the amount after them as said; a list's income cell so written is
 * read the same way and its row says the list gave an approximate figure (batch). "tam" is also "tám": a cell reads it as
 * "tầm" only before a figure in digits ("tam 4 trieu"; "tam trieu" is 8.000.000).
 */
export const APPROXIMATE_WORDS: readonly string[] = ['khoang', 'tam', 'chung', 'khoang chung', 'tam khoang', 'uoc', 'uoc tinh', 'uoc khoang'];
/** Signs typed for "about" before an amount: "~1.500.000". */
export const APPROXIMATE_SIGNS: readonly string[] = ['~'];
/**
 * A bound said for an amount, not the amount: "chưa tới 2 triệu", "dưới 2 triệu", "ko tới 1 triệu" (at most), "hơn 3 triệu
 * chút", "trên 3 triệu", "2 triệu mấy", "3 triệu hơn" (a bit more). `below`, `above`: right before the amount; `aboveAfter`:
 * right after it, then only where the amount ends there (the clause's end, a particle, `afterAboveAfter`, a period). An income
 * so said is never saved as if exact where the class turns on it: both ends are checked, and one figure asked when they differ.
 */
export const INCOME_BOUNDS = {
  below: [
    'duoi', 'chua toi', 'chua den', 'khong toi', 'khong den', 'hong toi', 'hong den', 'chua duoc', 'khong duoc', 'chua noi', 'khong noi',
    'it hon', 'khong qua', 'chua qua', 'toi da',
  ],
  above: ['hon', 'tren', 'ngoai', 'nhieu hon', 'toi thieu', 'it nhat'],
  aboveAfter: ['hon', 'may', 'ngoai'],
  /** Around the amount, not a bound: "trên dưới 3 triệu" is about 3 triệu (read before `below`/`above`). */
  about: ['tren duoi', 'hon kem'],
  /** After an `aboveAfter` word, words that leave it the amount's: "2 triệu mấy trăm", "3 triệu hơn chút xíu". */
  afterAboveAfter: ['chut', 'xiu', 'ti', 'tram', 'nghin', 'ngan', 'chuc', 'muoi'],
};

/** "mấy chục triệu", "vài chục triệu", "mấy trăm nghìn": an unknown count of tens or hundreds, asked back, never read as one. */
export const VAGUE_COUNT_WORDS: ReadonlySet<string> = new Set(['may', 'vai', 'dam']);
/** "mười" = 10 on its own, and "chục" ("chục triệu" = 10 triệu); "hai mươi", "hai chục" = 20 after a digit. */
export const TEN_WORD = 'muoi';
export const TEN_WORDS: ReadonlySet<string> = new Set(['muoi', 'chuc']);
export const HUNDRED_WORD = 'tram';
/** "một trăm lẻ năm": the tens are zero. */
export const ODD_WORDS: ReadonlySet<string> = new Set(['le', 'linh']);

/** Period words after or before an amount: "/tháng", "một tháng", "mỗi năm", "cả năm". */
export type SaidPeriod = 'month' | 'year' | 'day' | 'week';
export const PERIOD_WORDS: Readonly<Record<string, SaidPeriod>> = {
  thang: 'month', nam: 'year', ngay: 'day', tuan: 'week', bua: 'day',
};
/**
 * A harvest ("vụ", "mùa"): an amount said for each ("mỗi vụ thu 30 triệu", "30 triệu một vụ", "30tr/vụ") is a crop's, and
 * the crops a year are counted where the sentence says them ("2 vụ", "hai mùa"): the year's income is their product (a
 * month's is ÷ 12). Without a count said, how many a year is asked, never one taken as a month. `each`: the words before
 * a crop word that make the amount each crop's ("mùa" folds to "mua", "buy": only after these is it a harvest); `names`: each
 * word as a question asks it back ("mỗi mùa lúa được 15 triệu" is asked "Một năm hộ làm mấy mùa?").
 */
export const CROPS = {
  // "lứa" (a batch of pigs, chickens, ducks: "1 năm nuôi 4 lứa, mỗi lứa lời 9 triệu") is counted as a crop (round 20); "lúa"
  // folds to the same "lua", a crop word only after a count or "mỗi"/"1" as the others.
  words: ['vu', 'mua', 'lua'],
  each: ['moi', '1', 'mot', '/'],
  names: { vu: 'vụ', mua: 'mùa', lua: 'lứa' } as Record<string, string>,
  /** Words beside the count answering "Một năm hộ làm mấy mùa?": "làm 2 vụ thôi", "dạ 2 mùa", "được 3 vụ lúa". */
  answerWords: ['lam', 'duoc', 'dc', 'co', 'thoi', 'a', 'da', 'nha', 'nhe', 'khoang', 'tam', 'chung', 'lua', 'la', 'ca'],
};

/**
 * "chi tiêu" (spending) folds to the words of "chỉ tiêu" (an indicator, a plan's target): with a period ("mỗi tháng", "1
 * ngày", "hằng năm": PERIOD_LEADS and PERIOD_WORDS) or an amount right after it, it is what a household spends ("chi tieu moi
 * thang nha tui het 5 trieu", "chi tieu moi ngay 50 ngan"), never an indicator asked as new (round 34 mend34c).
 */
export const SPENDING_PHRASES: readonly string[] = ['chi tieu'];
/**
 * Period words that are the period on their own right after an amount: "6tr5 tháng", "300k ngày", "1 triệu tuần". Not
 * "năm" ("6 triệu năm" is 6.500.000: "năm" is also five) nor "bữa" (a count of meals).
 */
export const PERIODS_ALONE_AFTER: ReadonlySet<string> = new Set(['thang', 'ngay', 'tuan']);
/**
 * "nam" alone right after "triệu" is the year when the millions before it are this many or more: "ban dc 20 trieu nam, them
 * tien lam ruong 30 trieu" is 20.000.000 a year (round 46 mend50a; was 20.500.000 a month). No resident says a month's income
 * of "20 triệu năm (trăm)", a harvest's or a sale's year of 20 triệu is common; below it "8 triệu năm" stays 8.500.000.
 */
export const YEAR_ALONE_FROM_MILLIONS = 10;
/**
 * Words before "nam" that make it the South ("ở miền Nam", "vô Nam", "ở trong Nam") or a name ("anh Năm", "thằng Năm",
 * "tháng năm" is May), not a year: "vợ bán rau năm được 6 triệu" is 6.000.000 a year, "con đi làm trong Nam được 6 triệu" is not.
 */
export const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set(['mien', 'vao', 'o', 'phia', 'di', 'thang', 'anh', 'chi', 'ong', 'chu', 'bac', 'thim', 'con']);
/** Number words that never open a number: "lăm" follows a ten ("mười lăm"), "lẻ"/"linh" a hundred; "làm" folds to "lam". */
export const NOT_OPENING_WORDS: ReadonlySet<string> = new Set(['lam', 'le', 'linh']);

/**
 * Between a day or a week said first and its amount, only these: "ngày kiếm được 120k", "tuần làm được 1 triệu" (the amount
 * is the day's, as in "ngày 200 nghìn"); "ngày lời 300 ngàn", "ngày lãi 200 nghìn" (a stall's profit), "tuần nào cũng gửi về
 * 1 triệu rưỡi" (money sent home by the week) (round 19).
 */
export const PERIOD_REACH_WORDS: ReadonlySet<string> = new Set(['kiem', 'duoc', 'lam', 'ban', 'chay', 'thu', 'khoang', 'chung', 'tam', 'co', 'nao', 'cung',
  'loi', 'lai', 'gui', 've']);
/**
 * What a household sells by the harvest or the batch, between a past year and its amount: "năm ngoái bán lúa được 105 triệu",
 * "năm rồi bán heo dc 30 triệu" are that year's sale (PERIOD_REACH_WORDS around them), not a time with a month's income.
 */
export const HARVEST_SOLD_WORDS: ReadonlySet<string> = new Set([
  'lua', 'gao', 'thoc', 'bap', 'ngo', 'mi', 'san', 'mia', 'tieu', 'dieu', 'ca', 'phe', 'cao', 'su', 'trai', 'cay', 'nong', 'rau', 'dau', 'khoai',
  'heo', 'lon', 'bo', 'trau', 'de', 'ga', 'vit', 'tom', 'hoach', 'nuoi', 'trong',
  // "năm ngoái bán heo với lúa được 90 triệu": two things sold, joined.
  'voi', 'va',
]);
/**
 * Selling said next to a harvest ("3 tấn lúa bán được 20 triệu", "bán lúa dc 20 triệu", "cân lúa cho lái"): the money in that clause
 * is the harvest's, told. Only beside a crop or its weight: "bán vé số 5 triệu" is a job's pay, and "ban" alone is also bạn, bản.
 */
export const HARVEST_SALE_WORDS: ReadonlySet<string> = new Set(['ban', 'can', 'xuat']);
/** A sale with its money and nothing else sold named, said beside a harvest ("mỗi vụ 3 tấn lúa, bán được 20 triệu"): the harvest's money. */
export const HARVEST_SALE_TOLD_PHRASES: readonly string[] = ['ban duoc', 'ban ra', 'can duoc'];
/** Words that turn the next period word into "per period": "mỗi tháng", "1 năm", "hằng tháng", "cả năm". */
export const PERIOD_LEADS: ReadonlySet<string> = new Set(['moi', 'mot', '1', 'hang', 'ca', 'trong', 'tren', 'cho', '/']);
/**
 * Digit words that are also everyday words before "tháng"/"năm" ("từ tháng 3", "sau tháng 3", "năm tháng"):
 * never read as a count of periods. Digits ("3 tháng") and the other digit words ("ba tháng") are.
 */
export const NOT_PERIOD_COUNTS: ReadonlySet<string> = new Set(['khong', 'mot', 'tu', 'nam', 'lam', 'sau']);
/**
 * Words that may stand beside a bare count of days answering "một tháng làm khoảng mấy ngày?" ("tầm 20", "chừng 20",
 * "làm dc 20", "20 ngày công" is read by its "ngày"): "tam" is "tầm" typed without marks, "khoang" the written form of
 * "tầm", "chừng", "cỡ" (spoken.ts).
 */
export const DAYS_ANSWER_WORDS: ReadonlySet<string> = new Set(['khoang', 'tam', 'chung', 'co', 'lam', 'duoc', 'cong', 'thang', 'moi', 'mot', 'trong', 'a', 'nha', 'thoi']);
/**
 * Words that may stand beside the period answering "8 triệu là một tháng hay cả năm?" ("1 thang", "thang", "moi thang", "ca
 * nam", "1 nam", "nam", "một tháng thôi", "tháng nha"): the period's own leads (PERIOD_LEADS) and these. "12 tháng" is a year.
 */
export const PERIOD_ANSWER_WORDS: ReadonlySet<string> = new Set(['la', 'a', 'nha', 'nhe', 'thoi', 'do', 'day', 'ad', 'oi', 'vay', 'tinh', 'theo', 'cua']);
/** After a count, days of work: "làm 20 ngày", "làm được 15 bữa" (a "bữa" of work is a day's: "300k 1 bữa"). */
export const WORK_DAY_WORDS: ReadonlySet<string> = new Set(['ngay', 'bua']);
/** Nouns that make the number before them a count of times, never money: "1 năm thu hoạch 1 lần dc 40 triệu" (round 21). */
export const TIMES_NOUNS: readonly string[] = ['lan'];
/**
 * Weights after a number: a quantity harvested or sold ("moi vu dc 3 tan lua", "2 ta"), never money; after an amount with
 * "1", "mỗi" or "/" before them, the amount is a price ("ban 7 ngan 1 ky", "15k/kg"), no income (round 32 consent18: was
 * read 7.100 đồng, and "3" asked as 3 nghìn or 3 triệu).
 */
export const QUANTITY_UNITS: readonly string[] = ['tan', 'ta', 'yen', 'ky', 'ki', 'kg', 'gam'];
/** Before a weight after an amount, the words making it a price per weight ("7 ngan 1 ky", "7 ngan moi ky", "7k/kg"). */
export const PRICE_PER_WORDS: ReadonlySet<string> = new Set(['1', 'mot', 'moi', '/']);
/** After a day opening the clause, "any" such day: "bữa nào có việc thì dc 280k", "ngày nào đi làm thì được 300k" (a day's pay, round 21). */
export const ANY_DAY_WORDS: ReadonlySet<string> = new Set(['nao']);
/** Before such a count, words that make it no days of work: "ăn 2 bữa", "nghỉ 2 ngày". */
export const NOT_WORKED_BEFORE: ReadonlySet<string> = new Set(['an', 'nghi']);

/** "năm ngoái", "năm rồi", "năm qua": the amount is the year's; "tháng này": the month's. */
export const PERIOD_TRAILS: ReadonlySet<string> = new Set(['ngoai', 'roi', 'qua', 'nay']);
/**
 * After "năm", trails that make it the time asked about, not the amount's period: "năm nay nhà tui thu nhập 8 triệu" may be a
 * month's 8 triệu or the year's, so it is asked back ("8 triệu là một tháng hay cả năm?"), never read as the year's. A past year
 * said right before the amount ("năm rồi bán được 90 triệu") is still the year's; said further off it is asked too.
 */
export const TIME_NOT_PERIOD_TRAILS: ReadonlySet<string> = new Set(['nay']);
/**
 * Before a number, words that make "N tháng", "N năm" a date, not a count or a period: "tháng 1 năm sau" is January next year
 * (no "1 năm" = one year), "ngày 15 tháng 1" the 15th (no "15 tháng").
 */
export const DATE_NUMBER_BEFORE: ReadonlySet<string> = new Set(['thang', 'ngay']);
/**
 * After such a word and a day's number, what makes them a date: "2,5tr/người ngày 31/12/2026 là hộ gì", "ngày 15 tháng 1"
 * (round 25). The day word there says when, never the amount's period (was a day's pay asked back).
 */
export const DATE_DAY_FOLLOWERS: ReadonlySet<string> = new Set(['/', 'thang']);

/**
 * In the one-line check (/kiemtra), a word that marks the amount as per person ("/kiemtra nt bq 1400000 4ng"), as "tong"
 * marks it the household's: none that is also a count of members ("1 người", "một người").
 */
// "thu nhap moi nhan khau 1 trieu 2" (round 32 words17; was 1.200.000 for the household, ÷ 4): "mỗi nhân khẩu", "mỗi thành viên".
export const QUICK_PER_PERSON_MARKS: readonly string[] = ['bq', 'binh quan', 'tnbq', 'moi nguoi', 'dau nguoi', 'moi khau', 'moi nhan khau', 'moi thanh vien'];

/** The amount is per person, not for the whole household. */
export const PER_PERSON_PHRASES: readonly string[] = [
  ...QUICK_PER_PERSON_MARKS, 'mot nguoi', '1 nguoi', 'tren nguoi', '/ nguoi', 'nguoi / thang', 'moi dau nguoi', 'tinh dau nguoi',
];

/**
 * Between "1 người" and the amount, words that keep the amount that one person's (round 29): "thu nhập 1 người tầm 1tr2/tháng",
 * "1 người là 1 triệu 2", "1 người khoảng chừng 900 ngàn" (APPROXIMATE_WORDS and "là"); never "được" nor "làm", since "có 1 người
 * đi làm được 3 triệu" is the household's income.
 */
export const PER_PERSON_GAP_WORDS: ReadonlySet<string> = new Set([...APPROXIMATE_WORDS.filter((words) => !words.includes(' ')), 'la']);

/** After a slash, the person an amount is of ("1tr2/người", "1tr2/ng", "1.200.000/khẩu"): per person (never "/ngày", a day). */
export const SLASHED_PERSON_WORDS: ReadonlySet<string> = new Set(['nguoi', 'ng', 'khau']);

/** The amount is the whole household's (the default, said explicitly): "tổng 5tr", "cả nhà kiếm". */
export const HOUSEHOLD_TOTAL_WORDS: readonly string[] = ['tong', 'ca nha', 'ca ho', 'ca gia dinh', 'tong cong', 'gop lai', 'cong lai'];

/** Several earners' pay said as theirs together ("2 vợ chồng cả hai 300k 1 ngày"), as against "mỗi người". */
export const EARNERS_TOGETHER_WORDS: readonly string[] = ['ca hai', 'ca 2', ...HOUSEHOLD_TOTAL_WORDS];

/** Each earner's pay, as against theirs together: the answer "mỗi người", "moi ng", "từng người", "mỗi đứa" to "mỗi người hay cả hai?". */
export const EACH_EARNER_WORDS: readonly string[] = ['moi nguoi', 'tung nguoi', 'moi dua', 'rieng moi nguoi'];

/** "không có thu nhập" and its everyday forms: an income of 0, stated. */
export const NO_INCOME_PHRASES: readonly string[] = [
  'khong co thu nhap', 'chua co thu nhap', 'khong thu nhap', 'thu nhap khong co', 'thu nhap bang 0', 'thu nhap 0 dong',
  'khong co dong nao', 'khong kiem duoc gi', 'khong kiem duoc dong nao', 'khong co tien', 'khong co nguon thu',
  // Southern "hông" typed plain ("hong co thu nhap j het"; "hong" is "không" by itself only at the end: spoken.ts), "chưa … đồng nào".
  'hong co thu nhap', 'hong co dong nao', 'chua co dong nao', 'chua kiem duoc dong nao',
];

/**
 * "ko co tien di vien", "khong co tien chua benh" (round 32 follow20; was a check started with "Thu nhập cả hộ: 0 đồng"): money
 * lacking for something, no income said: "không có tiền" then what it is for is never an income of 0 (NO_INCOME_PHRASES).
 */
export const MONEY_LACKED_FOR_PHRASES: readonly string[] = [
  'khong co tien di', 'khong co tien chua', 'khong co tien kham', 'khong co tien dong', 'khong co tien mua', 'khong co tien tra', 'khong co tien nop',
  'khong co tien lo', 'khong co tien dieu tri', 'khong co tien vien phi', 'khong co tien thuoc', 'khong co tien mo', 'khong co tien cho',
  'hong co tien di', 'hong co tien chua', 'hong co tien kham',
  // "nha tui ko co tien an, co dc vay von ngheo ko" (round 39 resid39; was a check started with "Thu nhập cả hộ: 0 đồng"): no money
  // for food, to live on, for school, for the house: hardship told, no income.
  ...['khong', 'hong', 'chang'].flatMap((no) => ['an', 'an uong', 'gao', 'sinh song', 'song', 'nuoi con', 'cho con', 'hoc', 'di hoc', 'dong hoc', 'xay', 'sua', 'lam nha', 'dien', 'an com']
    .map((forWhat) => `${no} co tien ${forWhat}`)),
];

/**
 * Income that comes and goes ("thu nhập bấp bênh", "làm thuê ngày có ngày không", "tháng nhiều tháng ít", "hổng ổn định"): with
 * no figure, or with a good month's and a bad month's, there is no month to read. The income reviewed is the last 12 months'
 * total ÷ 12 (NĐ 07/2021/NĐ-CP; rules/standards notes), so a usual month or the year's total is asked (IRREGULAR_INCOME_QUESTION).
 */
export const IRREGULAR_INCOME_PHRASES: readonly string[] = [
  'bap benh', 'khong on dinh', 'hong on dinh', 'chua on dinh', 'khong deu', 'khong co dinh', 'khong nhat dinh', 'khong chac chan',
  'luc co luc khong', 'ngay co ngay khong', 'ngay co ngay khong co', 'thang co thang khong', 'bua co bua khong', 'hom co hom khong',
  'luc nhieu luc it', 'thang nhieu thang it', 'khi nhieu khi it', 'thang duoc thang khong', 'tuy thang', 'tuy mua', 'tuy vu',
  'phap phu', 'that thuong', 'tuy ngay',
  // A good month and a bad one said with their figures: "thang nhieu 5 trieu thang it 2 trieu", "luc nhieu thi 4 trieu, luc it 1 trieu".
  'thang nhieu', 'thang it', 'luc nhieu', 'luc it', 'khi nhieu', 'khi it',
];
/**
 * Asked when a harvest is said by its weight and no money ("mỗi vụ dc 3 tấn lúa, 1 năm 2 vụ", round 32 household19): the money it
 * brings in a year; a figure answered alone is the year's (÷ 12).
 */
export const HARVEST_MONEY_QUESTION =
  'Bạn kể sản lượng thu hoạch (tấn, tạ, ký) nhưng chưa kể số tiền. Bán nông sản cả năm được khoảng bao nhiêu tiền? ' +
  'Bạn gõ số tiền cả năm, ví dụ: 40 triệu (mình chia 12 tháng); có thêm khoản khác thì cộng vào.';
/** Said when a harvest by its weight is told beside money ("mỗi vụ 3 tấn lúa, chồng làm hồ 5 triệu"): the weight is no money. */
export const HARVEST_NOT_MONEY_NOTE =
  'sản lượng thu hoạch bạn kể theo tấn, tạ, ký không phải số tiền, nên mình chưa tính vào thu nhập; nếu có bán, bạn gõ lại thu nhập cả hộ ' +
  'một tháng đã cộng tiền bán, ví dụ bán cả năm được 24 triệu thì cộng thêm 2 triệu một tháng';
/** Asked for an income that comes and goes: a usual month, or the 12 months' total (÷ 12), with examples in a resident's words. */
export const IRREGULAR_INCOME_QUESTION =
  'Thu nhập lúc có lúc không thì mình tính theo cả năm: bạn ước giúp một tháng bình thường được khoảng bao nhiêu, hoặc cộng cả 12 tháng qua ' +
  'được bao nhiêu (mình chia 12). Ví dụ: “tháng thường được tầm 3 triệu” hoặc “cả năm được khoảng 36 triệu”.';

/**
 * "sống nhờ trợ cấp 1 triệu", "chỉ có tiền trợ cấp": the household lives on a state allowance, which is not income when the
 * household is reviewed (NĐ 07/2021; rules/reference.yaml): with no other amount said, its income is 0, with a note.
 */
export const ALLOWANCE_LIVING_PHRASES: readonly string[] = [
  'song nho tro cap', 'song bang tro cap', 'song nho tien tro cap', 'song bang tien tro cap', 'chi co tro cap', 'chi co tien tro cap',
  'chi song nho tro cap', 'chi trong vao tro cap', 'trong vao tro cap', 'chi nhan tro cap',
];
/** The note said when an allowance is left out of income. */
export const ALLOWANCE_NOT_INCOME_NOTE = 'trợ cấp của Nhà nước không tính vào thu nhập khi rà soát, nên thu nhập tính là 0 đồng';

/**
 * The note said when a support's amount is left out beside an income ("nhà 3 người, dc trợ cấp 500 ngàn, làm thuê 4 triệu"):
 * state social assistance is not income (NĐ 07/2021; rules/reference.yaml income_counting); money from relatives is.
 */
export const SUPPORT_LEFT_OUT_NOTE =
  'tiền trợ cấp, hỗ trợ không cộng vào thu nhập: trợ cấp xã hội của Nhà nước không tính vào thu nhập khi rà soát; nếu đó là tiền người thân cho, bạn ghi lại để mình cộng vào';

/** Words just before a bare figure that make it an amount ("thu nhập 1500" is asked back, not skipped as a count). */
export const INCOME_CUES: readonly string[] = ['thu nhap', 'kiem', 'kiem duoc', 'luong', 'duoc', 'thu'];

/**
 * A support's amount ("nghe nói hỗ trợ 500 nghìn", "có được hỗ trợ tiền sửa nhà 30 triệu không"): anywhere in the clause before
 * the amount with no income word, paid work or earner after it, the amount is the support's, not the household's income (state
 * social assistance is not counted as income either, NĐ 07/2021).
 */
export const SUPPORT_AMOUNT_WORDS: readonly string[] = ['ho tro', 'tro cap', 'tro giup'];

/**
 * A bill or cost named anywhere in the amount's own words ("tien dien thang nay nha tui 400k", "hoc phi thang nay cua con 2tr",
 * "tien thuoc cua ba tui moi thang het 1 trieu"; round 45 mend49a, was the household's income): what the household pays, never
 * its income, unless an income word, paid work or an earner comes between, as for SUPPORT_AMOUNT_WORDS.
 */
export const BILL_AMOUNT_WORDS: readonly string[] = [
  'tien dien', 'tien nuoc', 'hoc phi', 'tien hoc', 'tien thuoc', 'tien nha', 'thue nha', 'tien thue', 'vien phi', 'tien vien', 'tien ga',
];
/** Right after a bill or support, "của" says whose it is ("học phí của con tui 2tr"): the child, no earner of the amount. */
export const WHOSE_WORDS: ReadonlySet<string> = new Set(['cua']);

/** Phrases just before an amount that make it something other than income: a debt, a loan, a cost, a support. */
export const NOT_INCOME_PHRASES: readonly string[] = [
  'no', 'vay', 'muon', 'chi tieu', 'tieu het', 'tra', 'mat', 'ton', 'tien an', ...BILL_AMOUNT_WORDS, ...SUPPORT_AMOUNT_WORDS,
  // "còn nợ ngân hàng chính sách 40tr", "vay NHCSXH 50 triệu", "nợ hụi 10 triệu" (round 20): the lender between the debt and the amount.
  'no ngan hang', 'vay ngan hang', 'no ngan hang chinh sach', 'vay ngan hang chinh sach', 'no nhcsxh', 'vay nhcsxh', 'no hui', 'no tien phan',
];

/**
 * Of PAID_WORK_PHRASES, work for someone else's pay (not "chạy xe ôm", "bán vé số": the resident's own account). Paid by the day
 * in its clause ("mần thuê 200k 1 ngày", "chồng làm hồ 1 ngày 300 ngàn", "làm mướn ngày 150k"), it is wage work whose labour
 * contract is not said: the employment indicator is not known and asked (NĐ 07/2021 Phụ lục: làm công hưởng lương không có hợp
 * đồng lao động), as for "phụ hồ", "công nhật" (household.ts DEPRIVATION_WORDS.employment.maybe). By the month it is not asked
 * ("làm thuê 4 triệu": hired by the month, it may have a contract). "làm hồ" is read so only beside a day's pay ("làm hộ").
 */
// "đi cấy thuê ngày 180 ngàn", "gặt mướn" (round 19): hired field work by the day, as "làm thuê"; "đi ghe mướn" (hired on a boat).
export const HIRED_WORK_PHRASES: readonly string[] = ['lam muon', 'di muon', 'lam thue', 'lam cong', 'lam cong nhat', 'phu ho', 'tho ho', 'lam ho', 'giup viec',
  'cay thue', 'cay muon', 'gat thue', 'gat muon', 'ghe muon',
  // "tui đi hồ ngày 300k" (Southern for phụ hồ), "đi cắt lúa mướn ngày 350k" (round 21).
  'di ho', 'cat lua muon', 'cat lua thue'];

/**
 * Paid work said in words that elsewhere are a cost: "làm mướn" folds to "lam muon" ("mượn", borrow), "được trả",
 * "chủ trả" ("trả", pay back). Before an amount, these make it the pay of that work, an income: "chồng làm mướn 150k 1
 * ngày". The other everyday jobs ("làm thuê", "làm công nhật", "phụ hồ", "chạy xe ôm", "bán vé số", "giúp việc") are
 * listed too, so a cost word said inside them never drops their pay.
 */
export const PAID_WORK_PHRASES: readonly string[] = [
  ...HIRED_WORK_PHRASES, 'chay xe om', 'xe om', 'ban ve so', 'duoc tra', 'chu tra', 'tra luong', 'tra cong',
];

/**
 * An amount said as "the income" without naming who earns it is the household's whole income ("thu nhập 8 triệu,
 * chồng 5 triệu, vợ 3 triệu" is 8 triệu in all), like the HOUSEHOLD_TOTAL_WORDS.
 */
export const INCOME_NOUNS: readonly string[] = ['thu nhap'];

/**
 * Before an amount, words that add it to another ("nuôi heo bán dc 50 củ 1 năm, thêm tiền làm thuê 3 triệu tháng", "ngoài ra
 * con gửi về 2 triệu"): a separate income, summed with the other, as one named by its earner is.
 */
export const ADDED_INCOME_WORDS: readonly string[] = ['them', 'ngoai ra'];
/**
 * Opening an amount's own words right after another amount, words that join it to that one: "lam ruong 30 trieu nam voi nuoi vit
 * 18 trieu", "ban heo 24 trieu cong tien lam thue 12 trieu" (round 46 mend50a; were asked which is the month's income). Added
 * up like ADDED_INCOME_WORDS; "cong" not before the words of JOINED_CONG_NOT_BEFORE ("công nhân", "công ty", "công nhật").
 */
export const JOINED_INCOME_OPENERS: readonly string[] = ['voi', 'va', 'cong'];
export const JOINED_CONG_NOT_BEFORE: ReadonlySet<string> = new Set(['nhan', 'nhat', 'ty', 'viec', 'trinh', 'chuc', 'vien', 'an', 'lao']);

/** Before an amount, words that say it again in other words ("5 triệu, tức là 60 triệu một năm"): counted once. */
export const RESTATEMENT_PHRASES: readonly string[] = ['tuc la', 'tuc', 'nghia la', 'tinh ra', 'quy ra', 'hay la', 'vay la'];

/**
 * "thu nhập 5 triệu, à nhầm, 15 triệu", "nhà tui 5 người à không 6 người", "ở xã, ý lộn, ở phường": what is said before a
 * correction is replaced by the same kind of fact said right after it (an amount, a count of people, a place). "à không"
 * ("ak ko" is written "a khong") and "ý lộn" only as these pairs: "lộn" alone folds like "lớn", "lợn".
 */
export const CORRECTION_PHRASES: readonly string[] = ['nham', 'sua lai', 'dinh chinh', 'a khong', 'y lon', 'a lon', 'lon roi', 'noi lon'];

/**
 * "…, thang gui ve 3 trieu, o nha lam ruong thang kiem 2 trieu" (round 32 household19; was asked which amount): money sent home
 * names its sender, someone away, as an earner does. It is income: only the State's social assistance is left out (NĐ 07/2021).
 */
export const REMITTANCE_PHRASES: readonly string[] = ['gui ve', 'gui tien ve'];
/** The note said when money sent home is added to the household's other income. */
export const REMITTANCE_COUNTED_NOTE = 'tiền người nhà gửi về có tính vào thu nhập của hộ (chỉ không tính trợ cấp của Nhà nước)';

/** "1 người đi làm xa gửi về 3 triệu": one member named by a count, an earner like "chồng" (not "nhà 4 người"); money sent home. */
export const ONE_EARNER_PHRASES: readonly string[] = ['1 nguoi', 'mot nguoi', ...REMITTANCE_PHRASES];

/** Words before an amount that name who earns it: several such amounts are added up. */
export const EARNER_WORDS: ReadonlySet<string> = new Set([
  'chong', 'vo', 'con', 'toi', 'em', 'minh', 'anh', 'chi', 'ong', 'ba', 'bo', 'me', 'ma', 'cha', 'tia', 'chau',
  'trai', 'gai', 'dau', 're',
]);
