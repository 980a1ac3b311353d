import { COMMUNE_WORDS, DISTRICT_WORDS, NAMED_CITY } from './places.ts';

/**
 * What the assistant is about: words (without diacritics) that make a question one of poverty
 * reduction policy. A question naming none of them ("thủ tục làm căn cước công dân", "giá lúa hôm
 * nay") must match a passage by its phrases, not by scattered common syllables, to be answered; and
 * when nothing answers it, the reply says it is outside what the assistant covers ("ngoài phạm vi").
 */
export const SCOPE_WORDS: readonly string[] = [
  'ngheo', 'giam ngheo', 'thoat ngheo', 'tai ngheo', 'muc song', 'ho trung binh', 'chuan', 'thu nhap', 'thieu hut', 'da chieu',
  'ho tro', 'tro cap', 'tro giup', 'chinh sach', 'che do', 'uu dai', 'mien phi', 'mien giam', 'quyen loi',
  'bao hiem', 'bhyt', 'kham chua benh', 'vay', 'von', 'tin dung', 'ngan hang chinh sach', 'nhcsxh',
  'hoc phi', 'an trua', 'hoc nghe', 'dao tao nghe', 'viec lam', 'that nghiep', 'sinh ke', 'nha o', 'nha tam',
  'nha tieu', 've sinh', 'nuoc sach', 'tien dien', 'dien thoai', 'thong tin', 'tro giup phap ly',
  'ra soat', 'binh xet', 'xet duyet', 'cong nhan', 'giay chung nhan', 'danh sach', 'ho so', 'don de nghi',
  'ubnd', 'uy ban', 'can bo', 'khuyet tat', 'nguoi cao tuoi', 'dan toc thieu so', 'dtts', 'dac biet kho khan', 'dbkk',
  'sap nhap', 'sap xep', 'don vi hanh chinh', 'cap huyen', 'cap xa', 'huyen',
  'nghi quyet', 'nghi dinh', 'quyet dinh', 'ke hoach', 'chi thi', 'chi tieu', 'muc tieu', 'ty le',
];

/**
 * Everyday subjects the assistant is not about, folded (round 36: "gia vang hom nay, tui o huyen cu chi", "gia heo hoi hom nay bn"
 * got a passage that shared a word or two): a question naming one of them and no word of SCOPE_WORDS but the place words of
 * `placeOnly` (which say where the person lives, not what is asked) is outside the scope, answered so with no passage. Prices of
 * goods only: "giá điện" of "gia dien ho ngheo" is a support, and "hộ nghèo" says the scope anyway.
 */
export const ELSEWHERE: { readonly subjects: readonly string[]; readonly placeOnly: readonly string[]; readonly houseAt: readonly string[] } = {
  subjects: [
    // Not "gia lon", "gia dau", "gia do", "gia bo" ("già lớn tuổi", "già đâu", "ông già đó", "già bỏ đi"), nor "troi mua" (a storm's harm
    // is a support's subject), nor "so de" ("số đề nghị").
    'gia heo', 'gia vang', 'gia lua', 'gia gao', 'gia xang', 'gia ca phe', 'gia tieu', 'gia sau rieng', 'gia cao su', 'gia tom', 'gia ca tra',
    'gia usd', 'ty gia', 'gia dat', 'chung khoan', 'co phieu', 'thoi tiet', 'du bao thoi tiet', 'xo so', 'so xo', 'xsmn', 'xsmb', 'xsmt',
    'vietlott', 'lo de', 'bong da', 'da banh', 'da bong', 'ty so', 'lich thi dau', 'ket qua tran',
  ],
  placeOnly: ['huyen', 'cap huyen', 'cap xa', 'sap nhap', 'sap xep', 'don vi hanh chinh'],
  /**
   * "nhà ở" before a place's unit says where the house is, no housing asked, with one of `subjects` ("thoi tiet mai sao, nha o huyen
   * cu chi", round 37: was the housing card): read as `placeOnly` is (TOPICS.housePlaced the same, which the topics read anyway).
   * The units are places.ts's (DISTRICT_WORDS, COMMUNE_WORDS, NAMED_CITY.words) and "tinh".
   */
  houseAt: ['tinh', ...NAMED_CITY.words, ...DISTRICT_WORDS, ...COMMUNE_WORDS].map((unit) => `nha o ${unit}`),
};
