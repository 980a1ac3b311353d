/**
 * Round 39 (privacy31) attack pass: twenty messages as residents of the north and the centre type them (names, phone numbers, CCCD,
 * bank accounts, addresses with thôn/xóm/tổ/bản and former districts said with no "huyện", illnesses, drugs and prison, children's
 * schools), each after an everyday question, sent on the web page and /api/ask: no piece that identifies the person or says their
 * health or offence is in any row of the SQLite file, its bytes or the logs. Before: "hoang hoa", "Lục Ngạn", "Na Hang", "Tam
 * Điệp", "Sìn Hồ", "huyet ap", "benh nen", "tiem chich"… were kept as typed.
 */
import { describeAttackPass, type PersonalMessage } from './message-leaks.ts';

/** Typed (after "gia vang hom nay, "), and what of it must never be kept. */
const ATTACKS: readonly PersonalMessage[] = [
  ['tui la Đinh Thị Nụ o thon Khe Tre xa Huong Son, sdt 097 888 1234, chong bi ung thu gan', ['Đinh Thị', 'Khe Tre', 'Huong Son', '888 1234', 'ung thu']],
  ['em ten Lo Van Pao, ban Na Hang, cccd 014 092 003 456, con hoc truong PTDTBT TH Na Hang', ['Lo Van', 'Na Hang', '014 092']],
  ['nha tui o to 7 khu 3 phuong Ha Tu, Hạ Long, vo tui bi tieu duong type 2', ['to 7', 'Ha Tu', 'Hạ Long', 'tieu duong']],
  ['con tui Vi Thi Hoa hoc lop 5 truong tieu hoc Kim Dong o Bac Son lang son', ['Vi Thi', 'Kim Dong', 'Bac Son']],
  ['ong tui nam vien Bach Mai, bi suy than, sdt 0243 8691 234', ['Bach Mai', 'suy than', '8691']],
  ['anh trai tui nghien ruou, dang o trai cai nghien o Tam Điệp ninh binh', ['nghien ruou', 'Tam Điệp']],
  ['chong tui co an tich trom cap, moi ra tu thang 2, nha o xom 4 Nghia Hung', ['trom cap', 'xom 4', 'Nghia Hung']],
  ['me em Hoang Thi Sinh, 68 tuoi, bi tai bien liet nua nguoi, o Sìn Hồ lai chau', ['Hoang Thi', 'tai bien', 'liet nua', 'Sìn Hồ']],
  ['tui o ap Thoi Hoa, Cờ Đỏ, so dt 0 939 123 456, con bi tu ky', ['Thoi Hoa', 'Cờ Đỏ', '939 123', 'tu ky']],
  ['nha em o Mường Nhé, Zalo 0356.789.012, ten em la Giàng A Páo', ['Mường Nhé', '789.012', 'Giàng']],
  ['vo tui mang thai thang thu 7, tui o Kỳ Anh ha tinh, stk 1903 6677 8899 00', ['mang thai', 'Kỳ Anh', '6677']],
  ['tui ten Tho, o thon Dong Xuan xa Quang Phu, Quang Trach, me bi huyet ap', ['ten Tho', 'Dong Xuan', 'Quang Phu', 'Quang Trach', 'huyet ap']],
  ['chau tui hoc mau giao Hoa Sen o Yen Lac vinh phuc, bo no dang ngoi tu', ['Hoa Sen', 'Yen Lac', 'ngoi tu']],
  ['so nha 45 ngo 12 pho Tran Phu, Ha Dong, tui ten Pham Thi Thu, bi viem gan B', ['Tran Phu', 'Ha Dong', 'Pham Thi', 'viem gan']],
  ['ba tui 80 tuoi co benh nen, o Duy Tien ha nam, sdt: 0912-000-111', ['benh nen', 'Duy Tien', '000-111']],
  ['chong em tiem chich, o tu 2 nam roi, nha o Ba Chẽ quang ninh', ['tiem chich', 'o tu', 'Ba Chẽ']],
  ['con gai tui hoc thcs Le Quy Don, ten Nguyen Ngoc Anh', ['Le Quy', 'Nguyen Ngoc']],
  ['tui o khoi 5 thi tran Tay Son, Huong Son, ha tinh, bi lao phoi', ['khoi 5', 'Tay Son', 'Huong Son', 'lao phoi']],
  ['ba noi tui tien su benh tim, o xom Bai, xa Phu Binh thai nguyen', ['benh tim', 'xom Bai', 'Phu Binh']],
  ['email tui la nguyenvanhung85@gmail.com, sn 1985, o Lục Yên yen bai', ['nguyenvanhung85', 'sn 1985', 'Lục Yên']],
];

describeAttackPass('round39-privacy31-attack', ATTACKS, 300_000);
