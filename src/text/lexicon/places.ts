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
    'tren ban', 'trong ap', 'trong thon',
  ],
  urban: [
    'thanh thi', 'do thi', 'thanh pho', 'o tp', 'tai tp', 'tren tp', 'o phuong', 'tai phuong', 'thuoc phuong',
    'thi tran', 'o pho', 'tren pho', 'khu pho', 'noi thanh', 'noi thi', 'o quan', 'tai quan', 'ngoai phuong', 'trong phuong', 'tren phuong',
  ],
};

/** Single words that name a place only as the first word of a message or clause: "xã Tân An", "ấp 3". */
export const AREA_HEAD_WORDS: Readonly<Record<Area, readonly string[]>> = {
  rural: ['xa', 'thon', 'ap', 'ban', 'lang', 'que'],
  urban: ['phuong', 'tp'],
};
