/**
 * Header words of a household list (cli batch) → the list's columns. Communes export their lists with
 * their own headers ("Số nhân khẩu", "Tổng thu nhập/tháng", "TNBQ (đồng/người/tháng)"), so a header cell
 * is read as words: folded, punctuation made spaces ("so_nguoi" reads "so nguoi"). A cell names the first
 * column below one of whose phrases it holds as whole words, in order; "…" in a phrase lets other words
 * stand between ("thu nhap … nguoi": "Thu nhập (đồng/người/tháng)"). A cell holding a NOT_A_COLUMN phrase
 * names no column ("Ngày sinh chủ hộ" is not the review date, "Số người phụ thuộc" not the household size).
 * Order matters: "chỉ số thiếu hụt chưa rõ" is khong_ro before thieu_hut, an income per person before a total.
 */
/** The columns of a household list, by their canonical names (what `cli batch --help` documents). */
import { MEMBER_NOUNS } from './household.ts';
import { SPOKEN } from './spoken.ts';
import { YES_NO } from './yes-no.ts';

export const LIST_COLUMN_IDS = ['ma_ho', 'khu_vuc', 'so_nguoi', 'thu_nhap_binh_quan', 'tong_thu_nhap', 'thieu_hut', 'khong_ro', 'ngay', 'so_chi_so'] as const;
export type ListColumn = (typeof LIST_COLUMN_IDS)[number];

export const LIST_COLUMNS: readonly { column: ListColumn; phrases: readonly string[] }[] = [
  { column: 'ma_ho', phrases: ['ma ho', 'ma so ho', 'ma hgd', 'ma ho gia dinh'] },
  { column: 'khong_ro', phrases: ['khong ro', 'chua ro'] },
  // Before the deprivations: "Số chỉ số thiếu hụt", "Các chỉ số thiếu hụt" + "Số chỉ số" is how many, a number, not their names.
  { column: 'so_chi_so', phrases: ['so chi so', 'so luong chi so'] },
  { column: 'thieu_hut', phrases: ['thieu hut', 'dvxhcb', 'dich vu xa hoi co ban'] },
  {
    column: 'thu_nhap_binh_quan',
    phrases: ['thu nhap binh quan', 'thu nhap bq', 'tnbq', 'binh quan dau nguoi', 'thu nhap … nguoi', 'thu nhap … dau nguoi'],
  },
  { column: 'tong_thu_nhap', phrases: ['tong thu nhap', 'thu nhap ca ho', 'thu nhap cua ho', 'thu nhap ho', 'thu nhap hgd', 'thu nhap … ho thang', 'thu nhap … ho nam', 'thu nhap … tong'] },
  // After the incomes: "Thu nhập bình quân/người/ngày" is an income (per day, refused with its reason), not the review date.
  { column: 'ngay', phrases: ['ngay', 'thoi diem ra soat', 'thoi diem xet'] },
  { column: 'so_nguoi', phrases: ['so nguoi', 'so nhan khau', 'nhan khau', 'so khau', 'so thanh vien', 'so nk', 'so tv'] },
  { column: 'khu_vuc', phrases: ['khu vuc', 'dia ban', 'nong thon thanh thi', 'thanh thi nong thon', 'nt tt', 'tt nt'] },
];

/**
 * Each column as a cadre names it, for messages ("Tệp thiếu cột Số nhân khẩu (so_nguoi)") and the readable result headers:
 * its usual name and headers the list reader takes for it (each is read as that column: test/batch/lists10.test.ts).
 */
export const LIST_COLUMN_NAMES: Readonly<Record<ListColumn, { name: string; headers: readonly string[] }>> = {
  ma_ho: { name: 'Mã hộ', headers: ['Mã hộ', 'Mã số hộ', 'Mã HGĐ'] },
  khu_vuc: { name: 'Khu vực', headers: ['Khu vực', 'Địa bàn', 'Thành thị/Nông thôn', 'NT/TT'] },
  so_nguoi: { name: 'Số nhân khẩu', headers: ['Số nhân khẩu', 'Nhân khẩu', 'Số người', 'Số khẩu', 'Số thành viên'] },
  thu_nhap_binh_quan: { name: 'Thu nhập bình quân đầu người/tháng', headers: ['Thu nhập bình quân đầu người/tháng', 'TNBQ', 'Thu nhập BQ (đồng/người/tháng)'] },
  tong_thu_nhap: { name: 'Tổng thu nhập của hộ/tháng', headers: ['Tổng thu nhập của hộ/tháng', 'Thu nhập cả hộ', 'Tổng thu nhập năm'] },
  thieu_hut: { name: 'Các chỉ số thiếu hụt', headers: ['Các chỉ số thiếu hụt', 'Thiếu hụt', 'Thiếu hụt DVXHCB'] },
  khong_ro: { name: 'Chỉ số chưa rõ', headers: ['Chỉ số chưa rõ', 'Không rõ'] },
  ngay: { name: 'Ngày rà soát', headers: ['Ngày rà soát', 'Ngày', 'Thời điểm rà soát'] },
  so_chi_so: { name: 'Số chỉ số thiếu hụt', headers: ['Số chỉ số thiếu hụt', 'Số chỉ số', 'Số lượng chỉ số thiếu hụt'] },
};

/**
 * An income header saying an average ("bình quân", "BQ") and the household ("hộ") but not of whom the average is (no
 * "người", "khẩu"): "Thu nhập hộ bình quân/tháng", "Thu nhập BQ/hộ" may be per person or the household's. Its rows are
 * refused with the column named, never read as one or the other. "TNBQ" is per person (the review forms' word): an average
 * that is also of whom, so a header with it is never vague. In chat (input.ts) "tnbq" is an average like "bình quân": "ho nong
 * thon tnbq 1tr4 la ho gi" asks the amount's class, no check (round 26).
 */
export const INCOME_AVERAGE_WORDS: readonly string[] = ['binh quan', 'bq', 'tnbq'];
export const INCOME_PERSON_WORDS: readonly string[] = ['nguoi', 'khau', 'tnbq'];
export const INCOME_HOUSEHOLD_WORDS: readonly string[] = ['ho', 'hgd', 'gia dinh'];

/**
 * Money units an income header names without "đồng" after them: "(triệu/năm)", "(nghìn/người/tháng)" (values: money.ts
 * MONEY_UNITS). Not "củ" (folds to "cũ": "Thu nhập cũ") nor "tỷ".
 */
export const HEADER_UNIT_WORDS: readonly string[] = ['nghin', 'ngan', 'trieu', 'tr', 'k'];

/**
 * Words of a header's row of units (its bottom row: "(người)", "(m²)", "ĐVT: nghìn đồng") besides money, periods and whose
 * income it is (money.ts, INCOME_PERSON_WORDS, INCOME_HOUSEHOLD_WORDS): the row is read with the column names above it.
 */
export const UNIT_ROW_WORDS: readonly string[] = ['dvt', 'don vi', 'don vi tinh', 'm2', 'tuoi', 'nhan khau'];

/**
 * Headers of the household head's name and of the address, each phrase starting the header ("Họ và tên chủ hộ", "Địa
 * chỉ", "Thôn/ấp"; not "Ngày sinh chủ hộ"). No list column: in a list without household codes (ma_ho), a household
 * written twice (the same name and address, without diacritics, case or spaces) is marked and counted once.
 */
export const NAME_HEADERS: readonly string[] = ['ho ten', 'ho va ten', 'ten chu ho', 'chu ho'];

/**
 * A list's column of free remarks ("Ghi chú", "Chú thích"), opening the header: never read to classify; a household row with a
 * remark says so in its ly_do (without the remark's text: free text may name people), so the cadre reads it again.
 */
export const REMARK_HEADERS: readonly string[] = ['ghi chu', 'chu thich'];
/** Of ADDRESS_HEADERS, those of a thôn/ấp (a village, a ward's quarter): the batch summary counts households by its cells. */
export const VILLAGE_HEADERS: readonly string[] = ['thon', 'ap', 'xom', 'ban', 'to dan pho', 'khu pho'];
export const ADDRESS_HEADERS: readonly string[] = ['dia chi', 'noi o', 'noi cu tru', ...VILLAGE_HEADERS];

/**
 * A list written one row per person under the household head's row (findings round 14): the running number's header ("STT",
 * "TT", "Số TT": whole cell), where a member's row is numbered "1.1", "1.2" under its head's "1" or left empty; the header of
 * a person's relation to the head ("Quan hệ với chủ hộ", "QH với CH", "Mối quan hệ": holding one of these); the head
 * ("Chủ hộ", "CH") in that column; and the first word of a member's relation ("Vợ", "Con trai", "Cháu nội", "Mẹ chồng").
 * No list column: the rows are read as the household's members (its size counted when not given), never as households.
 */
export const ORDER_HEADERS: readonly string[] = ['stt', 'tt', 'so tt', 'so thu tu'];
export const RELATION_HEADERS: readonly string[] = ['quan he', 'qh'];
export const HEAD_RELATIONS: readonly string[] = ['chu ho', 'ch'];
export const MEMBER_RELATIONS: readonly string[] = [
  'vo', 'chong', 'con', 'chau', 'cha', 'me', 'bo', 'ba', 'ma', 'tia', 'ong', 'anh', 'chi', 'em', 'chu', 'bac', 'co', 'di', 'cau', 'mo', 'thim', 'duong', 'cu', 'be',
];

/**
 * Words cadres write before a household head's name ("Ông Nguyễn Văn An", "Bà Lê Thị Bình", "Cụ Trần Văn Ba"), folded: left out
 * when a household written twice is told by its name and address, the same person with or without them (read only before a
 * name of three words or more: "Ông Văn Tùng" is a name of the surname Ông).
 */
export const NAME_TITLES: readonly string[] = ['ong', 'ba', 'cu', 'anh', 'chi', 'chu', 'co', 'bac', 'di', 'cau', 'mo', 'thim', 'em'];

/**
 * Phrases that make a header cell name no column, whatever else it holds. "Số người PT", "NPT": the dependants (người phụ
 * thuộc), not the household size.
 */
export const NOT_A_COLUMN: readonly string[] = ['ngay sinh', 'nam sinh', 'ngay cap', 'phu thuoc', 'nguoi pt', 'npt', 'lao dong', 'dien thoai'];

/**
 * Phrases that name a column only vaguely: a list with such a header and without the columns it could be
 * is refused with the header named and the names to give it, never guessed ("Thu nhập" alone: per person
 * or the household's total?).
 */
export const VAGUE_COLUMNS: readonly { phrase: string; columns: readonly ListColumn[] }[] = [
  { phrase: 'thu nhap', columns: ['thu_nhap_binh_quan', 'tong_thu_nhap'] },
];

/**
 * What a cadre writes in the deprivation column of a household with none ("không", "0", "-"): the "no" replies of
 * yes-no.ts that say none (not "chưa", unclear alone in this column), and what a list adds.
 */
export const NO_DEPRIVATION_WORDS: readonly string[] = [
  ...YES_NO.no.filter((reply) => /^(?:khong|hong)\b/.test(reply)),
  'khong thieu hut', 'khong thieu', 'khong co chi so nao', '0', 'false',
  // "ko", "k", "khg", "hok": "không" as cadres abbreviate it in a cell (round 22: "k" under "Thiếu hụt BHYT" was "không rõ").
  'ko', 'k', 'khg', 'hok',
];

/** Of NO_DEPRIVATION_WORDS, what says "no deprivation" under any indicator column's header, even one naming only the indicator. */
export const NOT_DEPRIVED_MARKS: readonly string[] = ['khong thieu hut', 'khong thieu'];

/**
 * A list with a column of its own for each indicator ("BHYT", "Nước sạch", "Thiếu hụt nhà tiêu", "Không có BHYT"): the
 * header names the indicator (rules data: code, alias, name), maybe after one of these words. Under every such column a
 * DEPRIVED_MARKS word or a DEPRIVED_SYMBOLS sign is a deprivation, a cell empty, "-" or NOT_DEPRIVED_MARKS is not.
 * "có", "1", "true" (YES_MARKS; "true"/"false": an Excel check box) and the other NO_DEPRIVATION_WORDS ("không", "0")
 * are read only under a header saying the lack (LACK_COLUMN_PREFIXES: "Thiếu hụt BHYT" + "có" = deprived): under a header
 * naming only the indicator, a commune list's "BHYT" + "Có" means the household HAS the card: read so for HELD_INDICATORS
 * (the header's reading said), else such a cell refuses its row, asking which is meant; anything else refuses the row with
 * the column named (never guessed).
 */
/**
 * "không" as a header abbreviates it ("Ko BHYT", "K BHYT", "Khong co BHYT", "ko NVS", round 44 lists47: was "bỏ qua"): the
 * chat's spoken forms of "không" (spoken.ts, one vocabulary) typed plain, and "khong" itself; not "kg" (the kilogram) nor "hem"
 * (folded "hẻm", an address word). Each alone or before "có" says the lack.
 */
const NOT_SPOKEN = SPOKEN.find((entry) => entry.canonical === 'không')!.forms.filter((form) => /^[a-z]+$/.test(form) && form !== 'kg' && form !== 'hem');
const NOT_HEADER_PREFIXES: readonly string[] = ['khong', ...NOT_SPOKEN].flatMap((form) => [`${form} co`, form]);
export const LACK_COLUMN_PREFIXES: readonly string[] = ['chi so thieu hut', 'thieu hut', 'thieu', ...NOT_HEADER_PREFIXES, 'chua co'];
export const INDICATOR_COLUMN_PREFIXES: readonly string[] = ['chi so thieu hut', 'thieu hut', 'chi so', 'thieu', ...NOT_HEADER_PREFIXES, 'chua co'];
/** A word between a deprivation prefix and the service or indicator it names: "Thiếu hụt về y tế", "Thiếu hụt về việc làm". */
export const INDICATOR_COLUMN_LINKS: readonly string[] = ['ve'];

/** Words before an indicator's name in a cell of the deprivation list that say the lack ("không có thẻ BHYT", "ko co the bhyt"): dropped, the name read. */
export const LACK_CELL_PREFIXES: readonly string[] = [...new Set([...LACK_COLUMN_PREFIXES, 'hong co', 'chua'])];
export const DEPRIVED_MARKS: readonly string[] = ['x', 'thieu', 'thieu hut', 'co thieu hut'];
export const YES_MARKS: readonly string[] = ['1', 'true', ...YES_NO.yes.filter((reply) => /^(?:co|c|yes|y)$/.test(reply))];
/** Ticks and crosses marking a lack; "√" (the root sign, Excel's Insert > Symbol tick in many commune lists) among them. */
export const DEPRIVED_SYMBOLS: readonly string[] = ['✓', '✔', '√', '☑', '✅', '×', '✗', '✘', '☒'];

/**
 * Under a column naming only the indicator ("Nhà ở", "Nước sạch"), what says the household meets it ("đạt") or not ("không
 * đạt": the deprivation), as commune lists mark an indicator against its standard. Not under a column saying the lack.
 */
export const MET_MARKS: readonly string[] = ['dat', 'da dat', 'dat chuan'];
export const UNMET_MARKS: readonly string[] = ['khong dat', 'chua dat', 'ko dat', 'k dat', 'khong dat chuan', 'chua dat chuan'];

/**
 * A header's bracketed legend saying its cells tell whether the household HAS the indicator ("BHYT (có/không)", "Nhà ở
 * (đạt/không)"): "có"/"đạt" (HAS_MARKS, MET_MARKS) is not deprived, "không"/"không đạt" (HAS_NOT_MARKS, UNMET_MARKS) is.
 */
export const HAS_LEGENDS: readonly string[] = ['co khong', 'co ko', 'co k', 'co hay khong', 'dat khong', 'dat ko', 'dat khong dat', 'dat chua dat', 'co chua'];
export const HAS_MARKS: readonly string[] = ['co', 'c', 'da co'];
export const HAS_NOT_MARKS: readonly string[] = ['khong', 'ko', 'k', 'khong co', 'ko co', 'chua', 'chua co'];

/**
 * Indicators (rules/indicators.yaml id) named by a thing or service the household holds ("BHYT": the health insurance card;
 * "Nước sạch", "Nước sinh hoạt"; "Nhà vệ sinh", "Nhà tiêu"; "Internet"), with the word that names it in a cell's reading (null:
 * the column's header): under a header naming only such an indicator, "có"/"không" (HAS_MARKS, HAS_NOT_MARKS) say whether the
 * household has it, as under a "(có/không)" legend ("BHYT" + "Có": has the card, no lack; "Nước sạch" + "khong": the lack);
 * "x", "✓" stay the lack; "1", "0" are asked. A header saying the lack ("Thiếu hụt nước sạch") reads "có" as the lack
 * (LACK_COLUMN_PREFIXES). Not "Nhà ở" (kiên cố or not), not the means of information ("Tivi": "không" may be a radio or a
 * smartphone), round 43 lists45 (water, latrine, Internet were asked "là có … hay thiếu …?").
 */
export const HELD_INDICATORS: Readonly<Record<string, string | null>> = { health_insurance: 'thẻ', water_source: null, sanitation: null, telecom: null };

/**
 * Under an indicator's own column (rules/indicators.yaml id), a cell naming only the condition ("tạm", "đơn sơ" under "Nhà ở")
 * is read by the chat's reader with the thing it is said of before it ("nhà tạm"; "hết hạn" under "BHYT": "thẻ bhyt hết hạn"),
 * when alone it says nothing.
 */
export const MARK_CELL_SUBJECTS: Readonly<Record<string, string>> = { housing_quality: 'nha', water_source: 'nuoc', sanitation: 'nha tieu', health_insurance: 'the bhyt' };

/** What starts the total line under the list ("Tổng cộng", "Tổng số hộ: 4"): its figure cells may hold the totals. */
export const FOOTER_TOTAL_PHRASES: readonly string[] = ['tong cong', 'tong so'];
/**
 * A total line's word that also starts household names ("Cộng Văn Hải", "Cộng Tố Nga", "Cộng đồng …"; "Tổng" folds to the
 * surname "Tống"). This word and each
 * FOOTER_TOTAL_PHRASES start a total only as the whole cell ("Cộng", "CỘNG:"), before a number ("Cộng 12 hộ"), or before
 * a whole FOOTER_TOTAL_TAILS phrase and then nothing or a number ("Cộng toàn thôn", "Tổng cộng tổ dân phố 3"), or before a
 * FOOTER_TOTAL_COUNTS word and a number ("Tổng số hộ: 4"). Tails are phrases, never one syllable: "Tố", "Cả", "Xã" are
 * middle names (review7 M1).
 */
export const FOOTER_TOTAL_ALONE: readonly string[] = ['cong', 'tong'];
export const FOOTER_TOTAL_TAILS: readonly string[] = [
  'toan thon', 'toan ap', 'toan xom', 'toan ban', 'toan xa', 'toan phuong', 'toan to', 'toan khu pho', 'toan to dan pho',
  'ca thon', 'ca ap', 'ca xom', 'ca ban', 'ca xa', 'ca phuong', 'ca to', 'to dan pho', 'khu pho',
];
export const FOOTER_TOTAL_COUNTS: readonly string[] = ['ho', 'so ho', 'nhan khau'];

/**
 * What a count in a total or count row counts, the word before or after its number: households ("12 hộ", "Tổng số hộ:
 * 12") or people ("45 nhân khẩu", "số khẩu 45", "45 người", "25 ng": the words after a count of people in a household's
 * size, MEMBER_NOUNS, one vocabulary). Checked against the households and people read above it.
 */
export const COUNT_UNITS: Readonly<Record<'households' | 'people', readonly string[]>> = {
  households: ['ho', 'ho gia dinh', 'hgd'],
  people: MEMBER_NOUNS,
};

/**
 * A group's total line in the middle of a list ("Cộng ấp 1", "Tổng thôn 2", "Cộng toàn ấp Tân Thành", "Tổng cộng tổ 3"): a
 * total word (FOOTER_TOTAL_ALONE, FOOTER_TOTAL_PHRASES), maybe a SUBTOTAL_WHOLE word, then one of these units (written with
 * their marks) and its number or name. Before a name the unit counts only as written with its marks, and only a unit that
 * has marks: folded, "tổ" is the "Tố" of "Cộng Tố Nga", "bản" the "Bân" of a name, "khu" has none to tell it by.
 */
export const SUBTOTAL_UNITS: readonly string[] = ['ấp', 'thôn', 'xóm', 'làng', 'bản', 'buôn', 'sóc', 'khóm', 'tổ', 'tổ dân phố', 'khu phố', 'khu', 'đội', 'cụm'];
export const SUBTOTAL_WHOLE: readonly string[] = ['toan', 'ca'];

/**
 * A row of counts only (no household: no code, area nor income), a figure in each cell but a label's: "Thôn 1: 25 hộ", "Số
 * hộ nghèo: 5", "Hộ nghèo | 12". A label cell opens with one of these, as written (lowercase, with its marks: "Hồ Văn Số"
 * folds as "hộ"); the row is in the results and the summary as "dòng chỉ có số đếm", never a household.
 */
export const TALLY_LABEL_STARTS: readonly string[] = ['số', 'hộ', 'trong đó', 'nhân khẩu', 'tổng số'];

/**
 * What starts a cell of a row under the list that is no household, besides the total line (above): the signatures
 * ("Người lập biểu", "Chủ tịch UBND xã", "Hòa Bình, ngày … tháng … năm 2026"). Only a row that cannot be read as a
 * household and has no household code is taken as one; it keeps its place in the results, not counted.
 */
export const FOOTER_PHRASES: readonly string[] = [
  'nguoi lap bieu', 'nguoi lap', 'nguoi ky', 'chu tich', 'pho chu tich', 'truong thon', 'truong ban',
  'xac nhan', 'ky ten', 'ky ghi ro ho ten', 'tm ubnd', 'tm uy ban', 'can bo giam ngheo', 'can bo lap', 'ngay … thang … nam',
];

/**
 * The place-and-date line over the signatures, as its words read (folded): a place, then "ngày 28 tháng 11 năm 2026" ending
 * the cell ("Tân Hòa, ngày 28 tháng 11 năm 2026"). A footer cell like FOOTER_PHRASES, though it does not start with one.
 */
export const FOOTER_DATE_LINE = /^(?:\S+ ){0,8}ngay \d{1,2} thang \d{1,2} nam \d{4}$/;

/**
 * What a title line above a list's header says just before the list's review day (its words folded, up to the date): "Danh
 * sách rà soát ngày 15/11/2026", "Ngày rà soát: 15/11/2026", "Thời điểm rà soát tính đến ngày 15/11/2026", "Ngày xét:".
 * A date further from these words ("… rà soát năm 2026, kèm theo Quyết định số 12/QĐ-UBND ngày 20/11/2026") is another day.
 */
export const TITLE_REVIEW_DATE_BEFORE = /(?:^| )(?:ra soat|ngay xet|ngay kiem tra|ngay dieu tra)(?: \S+){0,3}$/;

/**
 * A title line naming the review ("DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 THÔN 3 – NGÀY 15/11/2026", round 44 lists46): the
 * review words anywhere before the date, then "ngày" right before it, further than TITLE_REVIEW_DATE_BEFORE reaches. The
 * list's own day unless a word between names another paper (TITLE_OTHER_PAPER_WORDS: "kèm theo Quyết định số 125/QĐ-UBND ngày …").
 */
export const TITLE_REVIEW_WORDS = /(?:^| )(?:ra soat|ngay xet|ngay kiem tra|ngay dieu tra)(?: |$)/;
export const TITLE_DAY_WORD_BEFORE = /(?:^| )ngay$/;
/** Words between a title's review words and its date that say the date is another paper's (a decision, a plan, its number). */
export const TITLE_OTHER_PAPER_WORDS: readonly string[] = [
  'quyet dinh', 'qd', 'cong van', 'cv', 'ke hoach', 'kh', 'thong bao', 'tb', 'nghi quyet', 'nq', 'nghi dinh', 'nd', 'thong tu',
  'chi thi', 'van ban', 'kem theo', 'ban hanh', 'so', 'ubnd', 'ky',
];
/**
 * The day a list was made, as its title line says it ("Ngày lập danh sách: 15/11/2026", "Ngày lập biểu: …", "Lập ngày …"): the
 * review day when no title line names one (round 44 lists46: was no day at all, the run's day used unsaid).
 */
export const TITLE_MADE_DATE_BEFORE = /(?:^| )(?:ngay lap(?: danh sach| bieu| bang| ds)?|lap ngay|danh sach lap ngay)$/;
