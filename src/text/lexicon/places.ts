/**
 * Everyday place words → the area of the poverty standard (folded). A commune (xã), a village
 * (thôn, ấp, bản, làng) or "ở quê" is rural; a ward (phường), a town (thị trấn) or a city is urban.
 * Nothing here guesses: a sentence with no place word leaves the area unknown, and it is asked.
 * The short codes cadres type (nt, tt) are aliases in rules/areas.yaml; "ở quê", "dưới quê" are
 * written "nông thôn" by the spoken forms (spoken.ts).
 */
type Area = 'rural' | 'urban';

/** Phrases that name the area wherever they stand in a sentence. */
export const AREA_PHRASES: Readonly<Record<Area, readonly string[]>> = {
  rural: [
    'nong thon', 've que', 'que toi', 'que em', 'que minh', 'mien que', 'vung que', 'o xa', 'tai xa',
    'thuoc xa', 'xa ngheo', 'mien nui', 'vung nui', 'vung sau', 'vung xa', 'vung cao', 'o thon', 'o ap', 'o ban', 'o lang',
    'tren ban', 'trong ap', 'trong thon', 'o buon', 'tren buon', 'trong buon', 'o soc', 'o xom',
  ],
  urban: [
    'thanh thi', 'do thi', 'thanh pho', 'o tp', 'tai tp', 'tren tp', 'o phuong', 'tai phuong', 'thuoc phuong',
    'thi tran', 'o pho', 'tren pho', 'khu pho', 'noi thanh', 'noi thi', 'o quan', 'tai quan', 'ngoai phuong', 'trong phuong', 'tren phuong',
    'thi xa', 'to dan pho',
  ],
};

/**
 * Single words that name a place only as the first word of a message or clause: "xã Tân An", "ấp 3". Not "bản" nor "buôn"
 * (Tây Nguyên): they fold to "ban", "buon", as "bán", "buôn bán" open a clause ("bán cả tháng 30 ngày"); "ở bản", "ở buôn"
 * name them (AREA_PHRASES).
 */
export const AREA_HEAD_WORDS: Readonly<Record<Area, readonly string[]>> = {
  rural: ['xa', 'thon', 'ap', 'xom', 'lang', 'que'],
  urban: ['phuong', 'tp', 'quan'],
};

/**
 * A unit followed by its number names the area anywhere in a sentence: "phường 7", "quận 3", "ấp 3", "thôn 2", "xóm 5"
 * (not "bán 2 triệu": "bản" folds to "ban", so it is a head word only).
 */
export const AREA_NUMBERED_WORDS: Readonly<Record<Area, readonly string[]>> = {
  rural: ['ap', 'thon', 'xom'],
  urban: ['phuong', 'quan'],
};

/**
 * Short forms of a unit as addresses are typed, written out before the sentence is read: before a "." ("P.7",
 * "Q.Bình Thạnh", "TX.Sơn Tây", "TT.Long Thành") or, for those in `beforeNumber`, right before a number ("P7", "q3").
 */
export const AREA_ABBREVIATIONS: { readonly words: Readonly<Record<string, string>>; readonly beforeNumber: readonly string[] } = {
  words: { p: 'phường', q: 'quận', tx: 'thị xã', tt: 'thị trấn' },
  beforeNumber: ['p', 'q'],
};

/**
 * Units above the commune (a city, a district, a town): they hold both wards and communes, so in an address they name
 * the area only when nothing finer does: "xã Tân Thành, TP Cà Mau" is rural, "P.7 Q.Bình Thạnh" urban. Said after
 * AREA_LEADS ("ở thành phố", "ở thị xã") they say where the household is, as a commune would.
 */
export const WIDER_AREA_WORDS: readonly string[] = ['thanh pho', 'tp', 'quan', 'thi xa'];
export const AREA_LEADS: readonly string[] = ['o', 'tai', 'tren'];
