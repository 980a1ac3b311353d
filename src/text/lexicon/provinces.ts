/**
 * How people write a province: with or without "tỉnh", "thành phố", "TP." before it, or by another
 * name. Which province holds a territory since 01/7/2025 is corpus data (corpus/provinces-2025.yaml).
 */
import type { ProvinceWords } from './types.ts';

/** What is asked of "xã mới", "phường mới" after a merger: its review, its list. */
const NEW_UNIT_ASKED: readonly string[] = ['co ra soat', 'ra soat', 'thi ra soat', 'co xet lai', 'xet lai', 'co binh xet', 'binh xet', 'co danh sach', 'thi danh sach', 'danh sach', 'thi sao'];

/** Registering again after a merger ("phai dang ky lai ko", "vay co phai khai lai ko"): asked alone, answered alone. */
const REGISTER_AGAIN = ['dang ky lai', 'khai lai', 'nop lai', 'lam lai'];

export const PROVINCES: ProvinceWords = {
  prefixes: ['tỉnh', 'thành phố', 'tp', 'thủ đô'],
  otherNames: {
    'Hồ Chí Minh': ['sài gòn', 'sg', 'tphcm', 'hcm', 'tp hcm'],
    'Bà Rịa - Vũng Tàu': ['vũng tàu', 'bà rịa', 'brvt'],
    'Đắk Lắk': ['đắc lắc', 'daklak'],
    // "hn" as residents type the capital ("nha tui o hn"); merged into Hà Nội in 2008 (Nghị quyết 15/2008/QH12), "Hà Tây"
    // is still said by people who lived there.
    'Hà Nội': ['hn', 'hà tây'],
  },
  // "tra vinh bay gio thuoc tinh nao", "ben tre sap nhap voi tinh gi": asked with a province's name.
  mergeAsks: [
    'thuoc tinh nao', 'thuoc tinh gi', 'thuoc tp nao', 'thuoc thanh pho nao', 'la tinh nao', 'la tinh gi', 'sap nhap', 'sat nhap',
    'nhap vao', 'nhap voi', 'nhap tinh', 'hop nhat', 'ten tinh moi', 'tinh moi la',
    // "xa moi co ra soat lai ko" (round 36 law27; was the review's days alone): the commune after the merger, not "xã mỗi năm";
    // only with the review or the list after it: "nha tui o xa moi ve que", "di lam xa moi co tien" (round 36 mend36b; were this
    // card) are far away. "sau sắp xếp": the merger as the law words it.
    ...['xa moi', 'phuong moi'].flatMap((unit) => NEW_UNIT_ASKED.map((asked) => `${unit} ${asked}`)), 'sau sap xep',
  ],
  /**
   * Right after the commune-merger note (round 37 resid37; were "ngoài phạm vi"): the old commune, its name or papers, registering
   * again ("tui o xa cu ten la an binh", "phai dang ky lai ko", "giay cu con dung dc ko"): what the note says is not known, whom to ask.
   */
  afterMerger: [
    'xa cu', 'phuong cu', 'thi tran cu', 'ten cu', 'ten xa', 'doi ten', ...REGISTER_AGAIN, 'chuyen sang',
    'chuyen qua', 'con ten', 'mat ten', 'giay cu', 'so cu', 'danh sach cu', 'con dung', 'con gia tri', 'con hieu luc', 'xa moi', 'phuong moi',
  ],
  /** Of those, registering again (round 37 mend37d: "phai dang ky lai ko" got the note's lines again): that it is not known. */
  registerAgain: REGISTER_AGAIN,
  /** With a merger word and no province named: a commune or ward merged ("xa tui bi sap nhap roi, gio nop giay o dau"). */
  communeWords: ['xa', 'phuong', 'thi tran'],
  /**
   * "Thu nhập tính có trừ tiền trợ cấp xã hội không?" (round 32 cadres20; was the 2025 merger note): "thu nhập tính" folds to hold
   * "nhập tỉnh" and "xã hội" holds "xã"; these are read out before the merger words.
   */
  notMerge: [
    'thu nhap', 'xa hoi',
    // "chừng nào xã mới xét lại hộ nghèo dzậy": "mới" after a when-word is "only then", not a new commune (round 36; was the merger
    // card since law27/mend36b read "xa moi xet lai"). "chừng nào" is read as "khoang nao" (SPOKEN: "chừng" is "khoảng").
    ...['khoang nao', 'chung nao', 'khi nao', 'bao gio', 'luc nao', 'may gio', 'hoi nao'].flatMap((when) => [`${when} xa moi`, `${when} phuong moi`]),
  ],
};
