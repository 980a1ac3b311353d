/**
 * Everyday place words → the area of the poverty standard (folded). A commune (xã), a village
 * (thôn, ấp, bản, làng) or "ở quê" is rural; a ward (phường), a town (thị trấn) or a city is urban.
 * Nothing here guesses: a sentence with no place word leaves the area unknown, and it is asked.
 * The short codes cadres type (nt, tt) are aliases in rules/areas.yaml; "ở quê", "dưới quê" are
 * written "nông thôn" by the spoken forms (spoken.ts).
 */
import { fold } from '../fold.ts';

type Area = 'rural' | 'urban';

/**
 * Kinds of land, not a commune or a ward ("miền núi", "vùng cao": mountain provinces have wards too). In a sentence they are
 * read as rural (AREA_PHRASES; the chat says back what it understood, and the user corrects it); in a household list's area
 * column, where nothing is said back before the count, they decide nothing: a cell naming only one is asked (findings36 N36-08,
 * areaBesidesRegions).
 */
export const REGION_PHRASES: readonly string[] = ['mien nui', 'vung nui', 'vung sau', 'vung xa', 'vung cao'];

/** Phrases that name the area wherever they stand in a sentence. */
export const AREA_PHRASES: Readonly<Record<Area, readonly string[]>> = {
  rural: [
    'nong thon', 've que', 'que toi', 'que em', 'que minh', 'mien que', 'vung que', 'o xa', 'tai xa',
    'thuoc xa', 'duoi xa', 'xa ngheo', ...REGION_PHRASES, 'o thon', 'o ap', 'o ban', 'o lang',
    'tren ban', 'trong ap', 'trong thon', 'o buon', 'tren buon', 'trong buon', 'o soc', 'o xom',
    // "o quê" (one word typed with its marks, one without) is neither spoken form "ở quê" nor "o que" (spoken.ts).
    'o que', 'duoi que',
  ],
  urban: [
    'thanh thi', 'do thi', 'thanh pho', 'o tp', 'tai tp', 'tren tp', 'o phuong', 'tai phuong', 'thuoc phuong',
    // "nha 4 nguoi ngoai pho" (round 30, Northern: "ngoài phố" is the town where the household lives; was no area read).
    'thi tran', 'o pho', 'tren pho', 'ngoai pho', 'khu pho', 'noi thanh', 'noi thi', 'o quan', 'tai quan', 'ngoai phuong', 'trong phuong', 'tren phuong',
    'to dan pho',
    // "o tro tp": renting a room in the city; a khóm is the Mekong provinces' unit of a ward (an ấp is a commune's).
    'tro tp', 'o khom', 'trong khom',
    // "Sài Gòn" is what residents call TP.HCM: read as "tp hcm" is (a wider unit: "xã …, Sài Gòn" stays the commune's area).
    // Not "sg": "1 người đi làm xa ở sg gửi về" is where a member works, not where the household lives.
    'sai gon', 'saigon',
  ],
};

/**
 * Single words that name a place only as the first word of a message or clause: "xã Tân An", "ấp 3". Not "bản" nor "buôn"
 * (Tây Nguyên): they fold to "ban", "buon", as "bán", "buôn bán" open a clause ("bán cả tháng 30 ngày"); "ở bản", "ở buôn"
 * name them (AREA_PHRASES).
 */
export const AREA_HEAD_WORDS: Readonly<Record<Area, readonly string[]>> = {
  rural: ['xa', 'thon', 'ap', 'xom', 'lang', 'que'],
  urban: ['phuong', 'tp', 'quan', 'khom'],
};

/**
 * Head words that open another word, not a place: "áp dụng chuẩn mới chưa" ("áp", never "ấp"; round 46 resid55); "thiếu bảo
 * hiểm y tế, phương tiện tiếp cận thông tin" ("phương", never "phường": round 46 cadre50, a rural household was read as urban); not "phương án": "phường An Khánh" is a ward.
 * No area is named by them, at a message's head or a clause's.
 */
export const AREA_HEAD_NOT_PLACES: readonly string[] = ['ap dung', 'phuong tien', 'phuong thuc', 'phuong phap', 'phuong huong', 'phuong cham'];

/**
 * A unit followed by its number names the area anywhere in a sentence: "phường 7", "quận 3", "ấp 3", "thôn 2", "xóm 5"
 * (not "bán 2 triệu": "bản" folds to "ban", so it is a head word only).
 */
export const AREA_NUMBERED_WORDS: Readonly<Record<Area, readonly string[]>> = {
  rural: ['ap', 'thon', 'xom'],
  urban: ['phuong', 'quan', 'khom'],
};

/**
 * Units of a commune or a ward (AREA_HEAD_WORDS) that name the area right after the household's size too, as cadres write a
 * household: "hộ 4 người xã Phú Lộc", "hộ 3 khẩu phường 5" (not "quận": "4 người quan tâm"; not "quê": "4 người quê Nghệ An"
 * is where they come from).
 */
export const AREA_AFTER_SIZE_WORDS: Readonly<Record<Area, readonly string[]>> = {
  rural: ['xa'],
  urban: ['phuong'],
};

/**
 * A unit word that is another word's second syllable right after these: "bình quân 2 triệu" (an average, folded "binh quan"
 * as "quận" is) is no "quận 2", typed with marks or without; "quan 2", "Q.2", "ở quận 2" stay the district. "văn bản quy định" (a
 * document) is no village "bản Quy Định", "nông thôn 3 người" (the countryside) no "thôn 3": the masking of kept text reads these too (mask.ts placeSpans, round 20).
 */
/**
 * What the masking of kept text puts for a place's number or name ("phường [địa chỉ]": mask.ts MASKS.address): after a unit of
 * AREA_NUMBERED_WORDS it stands for the number, so a Zalo update kept masked (channels/zalo/inbox.ts) names the same area.
 */
export const MASKED_PLACE = '[địa chỉ]';

export const NOT_UNIT_AFTER: Readonly<Record<string, readonly string[]>> = { quan: ['binh'], ban: ['van'], thon: ['nong'] };

/**
 * The unit a list's title names its commune or ward by ("DANH SÁCH HỘ GIA ĐÌNH XÃ TÂN PHÚ", "UBND PHƯỜNG 3", "THỊ TRẤN CÁI
 * NƯỚC"), folded, read when the list has no area column: a xã is rural, a phường or thị trấn urban. `notAfter`/`notBefore`: words
 * that make the unit word part of another ("thị xã" holds both areas; "cấp xã" is any commune or ward; "xã hội" of "CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM" at the top of a form).
 */
export const TITLE_AREA_UNITS: Readonly<Record<Area, readonly string[]>> & { notAfter: Readonly<Record<string, readonly string[]>>; notBefore: Readonly<Record<string, readonly string[]>> } = {
  rural: ['xa'],
  urban: ['phuong', 'thi tran'],
  notAfter: { xa: ['thi', 'cap'] },
  notBefore: { xa: ['hoi'] },
};

/**
 * A place phrase (AREA_PHRASES) that is other words right after these: "bà nội thì có", "ông nội thì không" (folded "ba noi thi",
 * "ong noi thi": a paternal grandparent, then "thì") are no "nội thị" (round 16).
 */
export const NOT_PLACE_AFTER: Readonly<Record<string, readonly string[]>> = { 'noi thi': ['ba', 'ong', 'chau'] };

/**
 * Units below the commune (a village, a hamlet, a ward's khóm or tổ dân phố) and the phrases ending in them ("ở ấp"): they
 * rank below a commune or a ward, which holds them, so "ở ấp 3 phường 5" (an ấp inside a ward) is the ward's area, urban;
 * they rank above the wider units ("ấp 3, TP Cà Mau" is rural).
 */
export const VILLAGE_AREA_WORDS: readonly string[] = ['ap', 'thon', 'xom', 'lang', 'ban', 'buon', 'soc', 'khom', 'khu pho', 'to dan pho'];

/**
 * Words of a workplace named like a place, folded ("kcn Song Thần", "khu công nghiệp Tân Tạo", "cụm công nghiệp", "khu chế
 * xuất"): an industrial park's name says where a person is every working day; it is masked in kept text as a village's is
 * (personal.ts placeUnits). No area: a park says nothing of rural or urban.
 */
export const WORKPLACE_UNITS: readonly string[] = ['kcn', 'khu cong nghiep', 'ccn', 'cum cong nghiep', 'kcx', 'khu che xuat'];

/**
 * Words right after a workplace unit typed in lower case (WORKPLACE_UNITS) that go on with the sentence rather than name the
 * park, folded: `words` ("kcn tuyen cong nhan", "khu cong nghiep tra luong") with NAMED_CITY.notNames ("kcn luong 8 trieu", "kcn
 * gan nha") but its `names`, syllables parks are named by ("kcn song than": Sóng Thần). The park's name is the words before them
 * ("kcn song than", "khu cong nghiep vsip": round 27, were kept as typed).
 */
export const NOT_WORKPLACE_NAMES: { readonly words: readonly string[]; readonly names: readonly string[] } = {
  // "lam kcn nam nay co duoc xet can ngheo ko" (round 27): a time said after it (with when.ts nextYear, lastYear), no name.
  words: ['tuyen', 'tra', 'tien', 'nghi', 'tang', 'giam', 'cho', 'cua', 'do', 'nam nay', 'thang nay', 'thang truoc', 'thang roi', 'hoi truoc', 'hoi nay', 'hoi do'],
  names: ['song'],
};

/**
 * A bridge named ("cầu Long Bình", "gần cầu Mỹ Thuận"): the landmark a household lives by says where it is, so its name is
 * masked in kept text as a village's is (personal.ts placeUnits: "cầu [địa chỉ]"). Typed without marks, "cau" is also "cậu" (an
 * uncle: "cau Long Binh cho tien" is his name, masked as one: personal.ts shortTitles) and "câu": it is the bridge only right
 * after `leads`, words of where something stands ("gan cau Long Binh", "qua cau", "o chan cau"); "o voi cau Long Binh" is the uncle.
 */
export const BRIDGE = {
  word: 'cau',
  leads: ['gan', 'qua', 'duoi', 'chan', 'dau', 'ben', 'canh', 'sat', 'tren', 'o', 'tai', 'khu'],
  /**
   * Words as typed with their marks (one word each) that make a thing with "cầu", not a bridge's name, even capitalised ("hỗ trợ làm cầu Cống": bridges
   * and culverts; "cầu Tiêu", "cầu Tõm": a toilet; "cầu Khỉ", "cầu Tre": a plank bridge): kept as typed (round 28, was "cầu [địa
   * chỉ]"). Typed without marks they may be a name ("cầu Công Lý" typed "cau Cong Ly"), masked; so is such a word with another
   * capitalised word after it.
   */
  things: ['cống', 'đường', 'tiêu', 'tõm', 'khỉ', 'thang', 'treo', 'tạm', 'tre', 'ao', 'cảng', 'tàu', 'phao', 'gỗ', 'sắt'],
} as const;

/**
 * Units of a commune or a ward (xã, phường, and the thị trấn ranked with them): in what a person typed, the unit that
 * holds the village (VILLAGE_AREA_WORDS). Their names are masked in kept text as a village's are (personal.ts placeUnits).
 */
export const COMMUNE_WORDS: readonly string[] = ['xa', 'phuong', 'thi tran'];

/**
 * Short forms of a unit as addresses are typed, written out before the sentence is read: before a "." ("P.7",
 * "Q.Bình Thạnh", "TX.Sơn Tây", "TT.Long Thành"), for those in `beforeNumber` right before a number ("P7", "q3", "kp 3"), and for
 * those in `beforeName` before a name typed with its capital, without the dot ("TX Sơn Tây", "TT Long Thành"; not "tt
 * gì", "tt hộ nghèo", where "tt" is "thông tin" or "thủ tục").
 */
export const AREA_ABBREVIATIONS: {
  readonly words: Readonly<Record<string, string>>;
  readonly beforeNumber: readonly string[];
  readonly beforeName: readonly string[];
} = {
  words: { p: 'phường', q: 'quận', x: 'xã', tx: 'thị xã', tt: 'thị trấn', tdp: 'tổ dân phố', kp: 'khu phố' },
  beforeNumber: ['p', 'q', 'tdp', 'kp'],
  beforeName: ['tx', 'tt'],
};

/**
 * Unit words that fold to another word ("bản" folds to "ban", as "bán" does, so it is no head word), or that are another
 * word too ("buôn", a Tây Nguyên village, is also the "buôn" of "buôn bán"): typed with their marks before a capitalised
 * name ("Bản Na Hang", "Buôn Ma Đoan"), they name the unit, written out as the phrase after the arrow (AREA_PHRASES).
 */
export const MARKED_UNIT_WORDS: Readonly<Record<string, string>> = { bản: 'ở bản', buôn: 'ở buôn' };

/**
 * Towns whose own name starts with a unit word of MARKED_UNIT_WORDS: "Buôn Ma Thuột", "Buôn Hồ" hold wards (urban) and
 * communes (rural), so they are no village; said alone they name no area (asked), as a city does.
 */
export const TOWNS_NAMED_LIKE_UNITS: readonly string[] = ['Buôn Ma Thuột', 'Buôn Hồ'];

/**
 * Units above the commune (a city, a district, a town): they hold both wards and communes, so in an address they name
 * the area only when nothing finer does: "xã Tân Thành, TP Cà Mau" is rural, "P.7 Q.Bình Thạnh" urban. Said after
 * AREA_LEADS ("ở thành phố", "ở thị xã") they say where the household is, as a commune would.
 */
export const WIDER_AREA_WORDS: readonly string[] = ['thanh pho', 'tp', 'quan', 'sai gon', 'saigon'];

/**
 * Units that hold both wards (phường, thành thị) and communes (xã, nông thôn) and name neither area on their own: a "thị
 * xã" (a district-level town; that level is abolished from 01/7/2025, shared/facts documents-and-places.md, so its wards
 * and communes are now the units). Said with no phường or xã, the area is asked (placeArea 'both'), never taken as urban.
 */
export const MIXED_AREA_WORDS: readonly string[] = ['thi xa'];

/**
 * Where a household lives said as the provincial town, no unit named ("nha tui o tren tinh", round 31 words16; was no area, the
 * area asked later with no word of why): the town holds wards (phường, thành thị) and, since the 2025 merges, communes (xã, nông
 * thôn) too (shared/facts/updates-2026.md), so it is asked at once, as for a thị xã (placeArea 'both'). "dưới quê" is rural
 * (AREA_PHRASES, spoken.ts). Not "trên tỉnh" alone: "dựa trên tình hình" folds to it.
 */
export const MIXED_AREA_PHRASES: readonly string[] = ['o tren tinh', 'song tren tinh', 'o tinh ly', 'tren tinh ly'];
/** How the answer names the unit of MIXED_AREA_PHRASES ("Trung tâm tỉnh có cả phường … và xã …"). */
export const MIXED_AREA_PHRASES_NAME = 'Trung tâm tỉnh';

/**
 * The district level as documents write it, with its marks (folded, "quận" would also be "cơ quan", "liên quan"): its units
 * (huyện, quận, thị xã: abolished from 01/7/2025, shared/facts documents-and-places.md) and its office for labour ("Phòng Lao
 * động – Thương binh và Xã hội"). A passage of a document dated before then naming one gets the note that the level is gone
 * (answers.ts reorganisationNote). The thị xã is also a unit of MIXED_AREA_WORDS (check.ts).
 */
export const DISTRICT_LEVEL_WRITTEN: { readonly units: readonly string[]; readonly offices: readonly string[] } = {
  units: ['huyện', 'quận', 'thị xã'],
  offices: ['Phòng Lao động'],
};

/**
 * Units of the district level (DISTRICT_LEVEL_WRITTEN's, folded), still said in addresses: "o huyen tan phu", "Quận 7". They
 * name no area (the area reader does not read "huyện"); their names are masked in kept text as a commune's are (personal.ts
 * placeUnits).
 */
export const DISTRICT_WORDS: readonly string[] = DISTRICT_LEVEL_WRITTEN.units.map(fold);

/**
 * A city named ("TP Vinh", "o tp Bac Lieu", "thành phố Thủ Đức", "tp hcm") holds wards and communes (a city has communes, and
 * more since the 2025 merges): with no phường or xã said, the area is asked, as for a thị xã. Said bare ("ở thành phố", "o
 * tp, luong 6tr", "o tp 1 minh") the city word says the household lives in town, as against "ở quê": urban. `words`: the city
 * words of AREA_PHRASES, AREA_HEAD_WORDS and WIDER_AREA_WORDS; `notNames`: words after them that go on with the sentence
 * rather than name the city ("o tp thu nhap 5tr", "o thanh pho voi con").
 */
export const NAMED_CITY: { readonly words: readonly string[]; readonly notNames: readonly string[]; readonly particles: readonly string[] } = {
  words: ['thanh pho', 'tp'],
  /**
   * Of `notNames`, the particles ("o tp ha?", "o tp a, nha 4 nguoi"): the sentence going on only where nothing follows them in the
   * clause; before another word they open a name ("tp ha long", "thanh pho ha tinh": round 40 mend40b, read as "hả" and urban).
   */
  particles: ['a', 'ah', 'ha', 'ne'],
  notNames: [
    'thu nhap', 'luong', 'lam', 'nha', 'co', 'voi', 'kiem', 'thi', 'va', 'ma', 'nhung', 'roi', 'day', 'nay', 'nhe', 'o', 'tai', 'gan',
    'ca', 'moi', 'hang', 'song', 'di', 'dang', 'cung', 'chung', 'nguoi', 'khau', 'vo', 'chong', 'con', 'tui', 'toi', 'em', 'minh',
    'mot', 'hai', 'thue', 'tro', 'duoc', 'dc', 'ko', 'khong', 'hok', 'chua', 'lon', 'nho', 'a', 'ah', 'ha', 'ne',
  ],
};
export const AREA_LEADS: readonly string[] = ['o', 'tai', 'tren'];

/**
 * A district-level unit's name said with no "huyện"/"quận" (corpus/provinces-2025.yaml `districts`: "nha o cu chi", "tui o buon ma
 * thuot", "ap 3 Long Hoa Can Duoc"), folded: masked in kept text after AREA_LEADS, right after another place's name or number, or
 * before a province (privacy/mask.ts). Typed with marks, each word must be the name's ("cử chỉ" is no Củ Chi); a word of `notBefore`
 * after it makes it everyday words ("ở cái nước này": in this country), and those of `closedOnly` are a name only where a clause
 * ends, before another place or a province, or capitalised ("o ap 3 can duoc ho tro": "cần được"; "o cho moi xay": a new market).
 */
export const DISTRICT_NAMES_SAID: { readonly notBefore: readonly string[]; readonly closedOnly: readonly string[]; readonly plainEveryday: readonly string[] } = {
  notBefore: ['nay', 'do', 'kia', 'ay', 'day', 'nao'],
  closedOnly: ['can duoc', 'cho moi', 'cai nuoc', 'thong nhat', 'dat do', 'nha be', 'nam can', 'gia lam', 'long ho', 'ba tri', 'ba don', 'ba che'],
  /**
   * Names that, typed in lower case without marks, are everyday words a Zalo message says right after "ở" or a place ("o la gi" is
   * "ở là gì", "co do" "có đó", "van ban" "văn bản", "xa Tan Phu van ho tro" "vẫn hỗ trợ", "bao lam" "bảo làm", "luc nam" "lúc nằm",
   * "tu ky" "tự kỷ", "bac ha" "bạc hà", "bac me" "bác mẹ", "co to" "có to"): the name only typed with its marks, capitalised, or
   * before another place or a province ("o La Gi", "o Cờ Đỏ", "la gi binh thuan"; round 39 privacy31).
   */
  plainEveryday: ['la gi', 'co do', 'van ban', 'van ho', 'bao lam', 'luc nam', 'tu ky', 'bac ha', 'bac me', 'co to'],
};

/**
 * Words that stand right before a house number in an address ("nha tui so 123 Le Loi", "o 45 Tran Hung Dao", "dia chi 12
 * Nguyen Trai"): after anything else a number and two name-like words are a count of something ("co 5 nguyen tac", "xa co
 * 12 Ho Ngheo", "chuong 2 Dinh Nghia"), not a street (privacy/mask.ts, round 23 review). The mask reads raw words: with the
 * household said as its own (OWN_HOUSEHOLD), "nha tui" is here as typed (spoken.ts reads it "nhà tôi" for the chat).
 */
export const HOUSE_NUMBER_LEADS: readonly string[] = [...AREA_LEADS, 'so', 'nha', 'dia chi', 'nha tui'];
/**
 * Of HOUSE_NUMBER_LEADS, the word a house's own number is said with ("số 5 hẻm 3 Nguyễn Trãi"), folded: its number is masked
 * before a place word too (the alley's, the hamlet's), not only before a street's name.
 */
export const HOUSE_NUMBER_WORDS: readonly string[] = ['so'];

/**
 * A commune's unit said right after the place named from its lead, no comma between ("ở Cần Thơ phường An Khánh", "o Ben Tre xa
 * Phu Hoa", round 22; was the area asked): the unit opens its own part of the address, as after a comma. `nameWords`: how many
 * words the place named before it has (a province or a city: "Cần Thơ", "Bà Rịa Vũng Tàu"); neither they nor the word after the
 * unit may be one of NAMED_CITY.notNames, words of the sentence going on ("ở gần chợ xã", "o Sai Gon xa lam").
 */
export const UNIT_AFTER_NAME: { readonly units: readonly string[]; readonly nameWords: { readonly min: number; readonly max: number } } = {
  units: ['xa', 'phuong'],
  nameWords: { min: 2, max: 4 },
};

/**
 * Words right before a place that make it where someone studies or works, not where the household lives ("con tui hoc dai
 * hoc o sai gon", "chong tui di lam o binh duong", findings31 R13): such a place names no province's own standard for the
 * household. Matched as the words ending right before the place's name.
 */
export const AWAY_FROM_HOME_BEFORE: readonly string[] = [
  'hoc o', 'hoc tai', 'di hoc', 'lam o', 'lam tai', 'di lam', 'lam viec o', 'lam viec tai', 'cong nhan o', 'lam thue o', 'o tro o', 'thue tro o',
];

/**
 * Of AWAY_FROM_HOME_BEFORE, the words that make a place where a member works or studies, read by the area reader (placeArea):
 * "nha tui 5 nguoi o que, 2 dua di lam o Sai Gon" is rural, the household's own "ở quê" (findings N04); a place said only so
 * names no area ("chong di lam o tp, nha 4 nguoi": asked). Not renting a room ("ở trọ ở …", "tro tp"): a household renting
 * in town lives there. "lam an" (làm ăn), "lam cong" (làm công) are a living made somewhere.
 */
export const MEMBER_AWAY_BEFORE: readonly string[] = [
  ...AWAY_FROM_HOME_BEFORE.filter((cue) => !cue.includes('tro')),
  'lam an o', 'lam an tai', 'lam cong o', 'lam cong tai', 'lam mon o', 'lam muon o',
  // "con trai di lam cong ty o sai gon" (round 19): the company a member works for.
  'cong ty o', 'cong ty tai', 'nha may o', 'xi nghiep o',
];

/**
 * "ở xa" is "ở xã" (a commune, rural) and "ở xa" (far away) alike, folded. Read as far, naming no area, when "xa" is followed by
 * a word of degree ending the clause, maybe with a particle ("nha tui o xa lam", "o xa qua a", "o xa tit": findings N05; not "o
 * xa lam ruong", farming in the commune) or by what it is far from ("o xa trung tam"); "o xa Phu Loc", "ở xã", "dưới xã" stay
 * the commune.
 */
export const FAR_AFTER_XA: { readonly degree: readonly string[]; readonly closing: readonly string[]; readonly from: readonly string[] } = {
  degree: ['lam', 'qua', 'xoi', 'tit', 'lac', 'hut', 'tham', 'tit mu', 'qua troi'],
  closing: ['a', 'ha', 'nha', 'ne', 'luon', 'roi', 'nhe', 'do', 'lam', 'vay', 'khong', 'ko'],
  // Not one noun alone: "xã Trường Long", "xã Chợ Gạo" are communes.
  from: ['trung tam', 'benh vien', 'truong hoc', 'tram y te', 'thanh pho', 'thi tran', 'quoc lo', 'duong lon'],
};

/**
 * Where the household itself lives wins over where its members are (findings N04): a clause opened by the household or the
 * speaker ("nhà tui ở quê", "gia đình em ở xã Phú Lộc", "tui ở quê") is the household's; one opened by anything else ("con tui
 * ở Sài Gòn", "2 đứa đi làm ở tp") names a member's place, counted only when the household names none. A clause opened by a
 * place word or its lead ("nhà tui ở ấp 3, phường 5", "nhà ở xã, ở phường") goes on with the address of the clause before it. `opens`: the clause's first
 * words; `notAfterSpeaker`: "em tui", "em minh" are a sibling, not the speaker; `joins`: words that open a clause as a comma
 * does ("nhà tui ở quê nhưng con ở tp": not "nhưng" alone, "ở quê nhưng ở trọ tp" is one household's two places, read by their units' rank).
 */
export const HOUSEHOLD_PLACE: { readonly opens: readonly string[]; readonly notAfterSpeaker: readonly string[]; readonly joins: readonly string[] } = {
  opens: ['nha', 'gia dinh', 'ca nha', 'ho nha', 'ho gia dinh', 'toi', 'minh', 'em', 'chung toi', 'vo chong toi', 'vo chong em', 'vo chong minh'],
  notAfterSpeaker: ['toi', 'minh', 'em'],
  joins: ['con'],
};

/**
 * Syllables that commune, ward and village names are commonly made of, folded ("tân phú", "hòa bình", "an lạc", "bình
 * minh", "thôn đông"): a name typed in lower case after its unit ("nha tui o ap 3 xa tan phu", "thon dong") is read from
 * them, since a lower-case word carries no capital to say it is a name (mask.ts placeSpans). Not syllables that are an
 * everyday word right after a unit ('hội' of "xã hội", 'anh' of "thôn anh tui", 'tiền', 'điện', 'làm', 'tháng', 'trưởng' of "thôn trưởng").
 * 'châu', 'giáo' (round 20: "huyen tan chau", "huyen phu giao", "xa chau thanh" were kept whole or in part) are names only with
 * another syllable ("thôn cháu", "xã giao" are everyday words: personal.ts placeUnits.lowerNotAlone).
 * Over-masking a rare everyday word is accepted; a name made of syllables missing here is let through (add them).
 */
export const PLACE_NAME_WORDS: readonly string[] = [
  'an', 'bac', 'bau', 'binh', 'cam', 'chanh', 'chau', 'dinh', 'doai', 'dong', 'duc', 'giang', 'giao', 'hai', 'hanh', 'hau', 'hiep',
  'hoa', 'hoai', 'hong', 'hue', 'hung', 'huong', 'khanh', 'kien', 'kim', 'lac', 'lap', 'lien', 'linh', 'loc', 'loi', 'long', 'luong',
  'ly', 'minh', 'my', 'nam', 'nghia', 'ngoc', 'nhon', 'nhut', 'ninh', 'phat', 'phong', 'phu', 'phuc', 'phung', 'phuoc',
  'quang', 'qui', 'quy', 'son', 'tan', 'tay', 'thach', 'thai', 'thanh', 'thien', 'tho', 'thuan', 'thuy', 'thuong', 'tri',
  'trach', 'trinh', 'trung', 'tuong', 'tuy', 'uyen', 'vinh', 'xuan', 'yen',
];
