/**
 * Administrative abbreviations used in the documents and by users, keyed by their form without
 * diacritics, with the words they stand for. Search indexes both ways (BHYT ↔ bảo hiểm y tế).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  bhyt: 'bảo hiểm y tế',
  bhxh: 'bảo hiểm xã hội',
  nhcsxh: 'ngân hàng chính sách xã hội',
  ubnd: 'ủy ban nhân dân',
  hdnd: 'hội đồng nhân dân',
  mttq: 'mặt trận tổ quốc',
  mtqg: 'mục tiêu quốc gia',
  ctmtqg: 'chương trình mục tiêu quốc gia',
  dbkk: 'đặc biệt khó khăn',
  ldtbxh: 'lao động thương binh và xã hội',
  btxh: 'bảo trợ xã hội',
  gdnn: 'giáo dục nghề nghiệp',
  dtts: 'dân tộc thiểu số',
  ntm: 'nông thôn mới',
  ktxh: 'kinh tế xã hội',
  xkld: 'xuất khẩu lao động',
  cntt: 'công nghệ thông tin',
  btv: 'ban thường vụ',
  bch: 'ban chấp hành',
  nq: 'nghị quyết',
  qd: 'quyết định',
  nd: 'nghị định',
  kh: 'kế hoạch',
  ct: 'chỉ thị',
  tt: 'thông tư',
  cp: 'chính phủ',
  ttg: 'thủ tướng',
  tw: 'trung ương',
};
