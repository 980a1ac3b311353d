/**
 * Which source answers a free question (without diacritics, spoken forms already written out):
 * the standard, a support of the rules data, or the procedure; anything else goes to passage search.
 */
export const TOPICS = {
  /** The poverty standard itself: its lines and who counts as poor. */
  standard: ['chuan ngheo', 'muc chuan', 'nguong ngheo', 'muc song trung binh', 'thu nhap bao nhieu', 'bao nhieu thi la ho', 'bao nhieu thi duoc ho'],
  /** The procedure: where to apply, how long, how to be recognised. */
  procedure: [
    'thu tuc', 'nop giay', 'nop don', 'nop ho so', 'giay de nghi', 'bao lau thi', 'bao lau moi', 'xet ho ngheo', 'xet ho can ngheo',
    'dang ky ho ngheo', 'dang ky ho can ngheo', 'lam ho ngheo', 'vao ho ngheo', 'vao ho can ngheo', 'de duoc cong nhan',
  ],
  /** Support id in rules/supports → the words residents name it by. */
  supports: {
    health_insurance_premium: ['bhyt', 'bao hiem y te', 'the bao hiem', 'kham chua benh'],
    policy_credit: ['vay von', 'vay tien', 'vay uu dai', 'lai suat vay', 'vay ngan hang'],
    preschool_lunch: ['an trua', 'com trua'],
    learning_cost: ['chi phi hoc tap'],
    tuition_exemption: ['hoc phi'],
    vocational_training: ['hoc nghe', 'day nghe', 'dao tao nghe'],
    housing: ['nha o', 'xay nha', 'sua nha', 'xay moi nha', 'nha tam', 'nha dot nat'],
    electricity_bill: ['tien dien'],
    legal_aid: ['tro giup phap ly', 'luat su'],
    social_assistance: ['tro cap xa hoi', 'tro giup xa hoi', 'tro cap hang thang'],
    smartphone_support: ['dien thoai thong minh'],
  } as Record<string, readonly string[]>,
  /** Class words, most specific first ("cận nghèo" before "nghèo"). */
  classes: [
    ['can ngheo', 'near_poor'],
    ['thoat ngheo', 'newly_escaped'],
    ['muc song trung binh', 'middle'],
    ['trung binh', 'middle'],
    ['ngheo', 'poor'],
  ] as [string, 'near_poor' | 'newly_escaped' | 'middle' | 'poor'][],
  /** Words of a cadre's question about plans and figures: such a question goes to the documents. */
  documentQuestions: ['ty le', 'chi tieu', 'muc tieu', 'nghi quyet', 'ke hoach', 'nhiem vu', 'giai phap', 'doi ngu', 'dieu tra vien', 'nguon von', 'ngan sach'],
};
