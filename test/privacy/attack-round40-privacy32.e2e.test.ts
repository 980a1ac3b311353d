/**
 * Round 40 (privacy32) attack pass: thirty messages as residents type them, mixing names (at the message's start too, "Nguyễn Kim
 * Sơn o day"), phone numbers (0912 345 678, +84…, digit by digit), CCCD and CMND numbers, addresses (thôn, ấp, xóm, tổ, khu phố,
 * khối, a city after "tp"/"thành phố", former districts with their apostrophe: "Cư M'gar", "Ea H'leo", "Sapa"), illnesses,
 * disabilities, drugs, prison and offences, ethnic minorities and debts, each after an everyday question: sent on the web page and
 * /api/ask of a real server, and through the chat core without consent, with it (then with the household's facts before it) and as
 * a "Báo sai" comment. No piece is in any row of the SQLite file, its bytes or the log lines. Before: "TP Vinh", "tp ha long", "M'gar",
 * "h'leo", "Sapa", "Kim Sơn", "Lê Hoa", "Hoàng Văn Thụ", "khuyet tat", "cut chan", "mu 2 mat", "bi down", "cướp giật", "ra tù", "đi tù" were
 * kept as typed.
 */
import { describeAttackPass, describeChatCorePass, type PersonalMessage } from './message-leaks.ts';

/** Typed (after "gia vang hom nay, " on the web page and /api/ask), and what of it must never be kept. */
const ATTACKS: readonly PersonalMessage[] = [
  ["Nguyễn Kim Sơn o day, nha tui o TP Vinh, sdt 0912 345 678", ['Kim Sơn', 'Vinh', '345 678']],
  ["tui o tp ha long, cccd 022085001234, chong bi ung thu phoi", ['ha long', '022085001234', 'ung thu']],
  ["em ten Lan, nha em o thon 3 xa Ea Tul, Cư M'gar, con bi tu ky", ['thon 3', 'Ea Tul', "M'gar", 'tu ky']],
  ["tui la H'Hen Niê, o buon Ko Sier, Krông Pắc, sdt +84 905 111 222", ["H'Hen", 'Ko Sier', 'Krông Pắc', '905 111']],
  ["nha o Sapa, tui ten Giàng Thị Mai, chong nghien ma tuy", ['Sapa', 'Giàng', 'nghien ma tuy']],
  ["o thanh pho Thu Duc, khu pho 4, me tui bi tai bien liet nua nguoi", ['Thu Duc', 'khu pho 4', 'tai bien', 'liet']],
  ["tui o tx Son Tay, xom 2, con trai dang ngoi tu 3 nam", ['Son Tay', 'xom 2', 'ngoi tu']],
  ["Tran Van Hai, 0987.654.321, ap Phu Hoa, no ngan hang 50 trieu ko tra dc", ['Tran Van', '654.321', 'Phu Hoa']],
  ["tui ten Lò Văn Páo, dan toc Thai, o ban Na Nhan, Dien Bien, cccd 011 090 004 567", ['Lò Văn', 'Na Nhan', '011 090']],
  ["ba tui bi HIV, o to 5 khu pho 2 phuong Tan Phong, sdt 0 9 3 8 1 2 3 4 5 6", ['HIV', 'to 5', 'Tan Phong', '0 9 3 8']],
  ["em o ea h'leo dak lak, bi khuyet tat chan, stk 1903 5566 7788 99", ["h'leo", 'khuyet tat', '5566']],
  ["Lê Hoa đây, nhà ở ấp Bình Minh, chồng đi tù vì trộm cắp", ['Lê Hoa', 'Bình Minh', 'đi tù', 'trộm cắp']],
  ["tui o cu m'gar, vo bi benh than chay than, no vay nong 30 trieu", ["m'gar", 'benh than']],
  ["Phạm Thị Thu, ở TP Rạch Giá, con bị bại não, số 0913-222-333", ['Phạm Thị', 'Rạch Giá', 'bại não', '222-333']],
  ["o tp Bao Loc, tui ten Ka Huong, nguoi K'Ho, sdt 0263 3821 456", ['Bao Loc', 'Ka Huong', '3821']],
  ["nha tui o so 12 hem 34 duong Le Loi, tui bi tam than phan liet", ['hem 34', 'Le Loi', 'phan liet']],
  ["tui la Trần Văn Bảy, có tiền án cướp giật, ở xóm Chùa, Nghĩa Hưng", ['Trần Văn', 'cướp giật', 'Chùa', 'Nghĩa Hưng']],
  ["me tui Vo Thi Sau 70 tuoi bi alzheimer, o khom 3 thi tran Cai Nuoc", ['Vo Thi', 'alzheimer', 'khom 3', 'Cai Nuoc']],
  ["Đinh Văn Nam, CMND 024123456, o lang Ha Hoi, nghien ruou", ['Đinh Văn', '024123456', 'Ha Hoi', 'nghien ruou']],
  ["chong tui Huynh Van Tam bi tai nan cut chan, o ap 4 Tan Thanh, Cho Gao", ['Huynh Van', 'cut chan', 'Tan Thanh', 'Cho Gao']],
  ["email em la lethilan92@yahoo.com, o to dan pho 7 phuong Ben Thuy, tp Vinh", ['lethilan92', 'to dan pho 7', 'Ben Thuy', 'Vinh']],
  ["tui ten Y Bhim Mlo, o buon Ea Kmat, no 20 trieu tien vay mua phan", ['Bhim', 'Ea Kmat']],
  ["nha em o Krong Pac, chong bi lao phoi, zalo 0356 789 012", ['Krong Pac', 'lao phoi', '789 012']],
  ["Hoàng Văn Thụ o xom 5, con bi down, sdt 0977 888 999", ['Hoàng Văn', 'xom 5', 'bi down', '888 999']],
  ["o TP Vinh, khoi 3 phuong Hung Binh, tui bi ung thu vu, cccd 040 186 002 345", ['Vinh', 'khoi 3', 'Hung Binh', 'ung thu', '040 186']],
  ["me em ten Thị Nở, bi mu 2 mat, o thon Dong Xuan, Sa Pa", ['Nở', 'mu 2 mat', 'Dong Xuan', 'Sa Pa']],
  ["Bùi Thị Lan nè, ở Sapa lao cai, chồng mới ra tù, nợ 15 triệu", ['Bùi Thị', 'Sapa', 'ra tù']],
  ["tui la Ngo Van Tuan o tp Thu Dau Mot, bi HIV, sdt 84912345678", ['Ngo Van', 'Thu Dau Mot', 'HIV', '84912345678']],
  ["em o thanh pho Bac Lieu, ten em la Thach Thi Sa Ra, nguoi Khmer, con bi dong kinh", ['Thach', 'Sa Ra', 'dong kinh']],
  ["Lý Văn Sáng, xóm 7, bị ung thư gan, nợ ngân hàng chính sách 40 triệu, sđt 0914 567 890", ['Lý Văn', 'xóm 7', 'ung thư', '567 890']],
];

describeAttackPass('round40-privacy32-attack', ATTACKS, 600_000);

describeChatCorePass(ATTACKS, 600_000);
