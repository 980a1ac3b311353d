/**
 * Telling a question about a right from a passage about results. "Hàng nghìn lượt hộ nghèo … được
 * cấp thẻ bảo hiểm y tế miễn phí" reports what was done in a province; it is no answer to "hộ cận
 * nghèo có được bhyt miễn phí không". Words without diacritics.
 */
export const ENTITLEMENT = {
  /** A question with one of these asks whether someone gets something. */
  asks: ['duoc', 'huong', 'mien phi'],
  /** A passage under a heading with one of these reports results or shortcomings of past years. */
  reportHeadings: ['ket qua dat duoc', 'ket qua thuc hien', 'tinh hinh', 'han che va nguyen nhan', 'danh gia ket qua', 'danh gia tinh hinh'],
};
