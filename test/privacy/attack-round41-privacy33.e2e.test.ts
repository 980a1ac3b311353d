/**
 * Round 41 (privacy33) attack pass: forty messages as residents type them (no diacritics, ko/dc/tui), with personal data in unusual
 * forms: Southern callings ("con Hai Lúa", "thằng Tư", "bà Sáu Lành", "anh Năm Bửu"), names typed plain whose words are everyday words
 * too ("Hoang Van Thu", "Dang Van Tai", "Le Thi Hanh"), phones with spaces, dots, dashes and "+84", CCCD of 12 digits split, bank
 * accounts, addresses ("hẻm 12/3", "tổ 5 khu phố 2", "khóm 3"), illnesses, addictions with no drug named ("bị nghiện", "con nghien"),
 * prison, debts, ethnic groups and religions, and children's schools: sent on the web page and /api/ask of a real server, and through
 * the chat core without consent, with it (then with the household's facts before it) and as a "Báo sai" comment. No piece is in any
 * row of the SQLite file, its bytes or the log lines. Before: "Le Thi", "Dang Van", "Lúa", "Lanh" (after "con Sau"), "bị nghiện",
 * "con nghien", "Hoa Hao", "Tin Lanh" (a religion) were kept as typed. Ethnic groups are not masked, so no piece here is one.
 */
import { describeAttackPass, describeChatCorePass, type PersonalMessage } from './message-leaks.ts';

/** Typed (after "gia vang hom nay, " on the web page and /api/ask), and what of it must never be kept. */
const ATTACKS: readonly PersonalMessage[] = [
  ['tui bi cuop giat mat het giay to, ten tui Hoang Van Thu, sdt 0903 111 222', ['Hoang Van', '111 222']],
  ['con Hai Lúa nhà tui bị tâm thần, ở hẻm 12/3 Nguyễn Trãi', ['Lúa', 'tâm thần', '12/3', 'Nguyễn Trãi']],
  ['thằng Tư nhà tui bị nghiện, o to 5 khu pho 2 phuong 7', ['bị nghiện', 'to 5', 'khu pho 2']],
  ['bà Sáu Lành ở tổ 3 khu phố 4, sđt +84 903.111.222', ['Sáu Lành', 'tổ 3', '903.111']],
  ['ba Sau Lanh bi HIV, nha o hem 45/7 Le Van Sy', ['Sau Lanh', 'HIV', '45/7', 'Le Van Sy']],
  ['cccd cua tui 0791 8500 1234, chong bi lao phoi', ['0791 8500', 'lao phoi']],
  ['so cccd: 079185 001234, tui o ap 3 xa Long Phu', ['079185', 'ap 3', 'Long Phu']],
  ['stk vietcombank 0071 0004 56789 ten Nguyen Thi Hoa', ['0071 0004', 'Nguyen Thi']],
  ['tui nguoi Kho Me theo dao Hoa Hao, so tai khoan agribank 5100 205 123456', ['Hoa Hao', '5100 205']],
  ['sdt tui +84 9 0 3 1 1 1 2 2 2, nha tui 5 nguoi', ['9 0 3 1']],
  ['dt 090.311.1222 goi giup tui, me tui Le Thi Hanh bi benh', ['090.311', 'Le Thi']],
  ['lien he 0903-111-222 hoac zalo 0912 345 678', ['0903-111', '345 678']],
  ['Nguyen Van Thu, 0912 345 679, o thon 2 xa Hai Phu', ['Nguyen Van', '345 679', 'thon 2', 'Hai Phu']],
  ['chong tui Dang Van Tai bi tai bien, nam vien Cho Ray', ['Dang Van', 'tai bien', 'Cho Ray']],
  ['con tui hoc truong tieu hoc Kim Dong lop 3, bi tu ky', ['Kim Dong', 'tu ky']],
  ['con gai tui hoc truong THCS Nguyen Du, chau bi dong kinh', ['Nguyen Du', 'dong kinh']],
  ['tui o khu pho 2 phuong Dong Hoa, con hoc truong mau giao Hoa Sen', ['khu pho 2', 'Dong Hoa', 'Hoa Sen']],
  ['anh Năm Bửu ở hẻm 12/3 Nguyễn Trãi, bị nghiện rượu', ['Năm Bửu', '12/3', 'nghiện rượu']],
  ['em ten Bé Tư, o to 3 ap 2 xa Tan Phu, sdt 0 9 3 8 1 2 3 4 5 6', ['Bé Tư', 'to 3', 'Tan Phu', '0 9 3 8']],
  ['vo tui la Tran Thi Lanh, so cmnd 331 234 567', ['Tran Thi', '331 234']],
  ['tui dan toc Hmong, ten Ba Lanh, chong tui o tu roi, nha o xom 4', ['Ba Lanh', 'o tu roi', 'xom 4']],
  ['so tk 190 3456 7890 12 techcombank, chu tk Pham Van Minh', ['3456 7890', 'Pham Van']],
  ['nha tui thieu no 50 trieu, con Sau Lanh bi tam than phan liet', ['Sau Lanh', 'tam than']],
  ['co Ut Hoa o hem 8 duong so 10, bi ung thu gan', ['Ut Hoa', 'hem 8', 'ung thu']],
  ['tui bi HIV tu nam 2015, sdt 0977.888.999', ['HIV', '888.999']],
  ['ong noi tui nghien ruou, no tien quan 5 trieu, o to 7 khu pho 3', ['nghien ruou', 'to 7', 'khu pho 3']],
  ['chong tui la con nghien, o hem 23/5 duong Le Loi', ['con nghien', '23/5', 'Le Loi']],
  ['Tui La Hoang Van Thu O Ap 3 Xa Tan Thanh', ['Hoang Van', 'Ap 3', 'Tan Thanh']],
  ['me tui bi tieu duong, cccd 0 7 9 1 8 5 0 0 1 2 3 4', ['tieu duong', '0 7 9 1']],
  ['tui Trinh Van Cong o ap Binh Minh, bi suy than', ['Trinh Van', 'Binh Minh', 'suy than']],
  ['con tui hoc mau giao Sen Hong, chong tui bi tram cam', ['Sen Hong', 'tram cam']],
  ['sdt: (+84) 912-345-678, tui o khom 3 thi tran Cai Nuoc', ['345-678', 'khom 3', 'Cai Nuoc']],
  ['tui no nong ba Bay Hoa 20 trieu, theo dao Tin Lanh, o to 8 ap 1', ['Bay Hoa', 'Tin Lanh', 'to 8', 'ap 1']],
  ['thang Ut nha tui bi down, hoc truong THCS Le Loi', ['bi down', 'Le Loi']],
  ['chi Tư Sang ở tổ 12 khu phố 6, bị ung thư vú', ['Tư Sang', 'tổ 12', 'ung thư']],
  ['email tui la hoang.thu85@gmail.com, sdt 0912.345.678', ['hoang.thu85', '345.678']],
  ['o ap 5 Long Hoa, me tui Vo Thi Sau bi alzheimer', ['ap 5', 'Long Hoa', 'Vo Thi', 'alzheimer']],
  ['Le Van Thu o ap 6, chong bi nghien hut', ['Le Van', 'ap 6', 'nghien hut']],
  ['tui ten Huynh Thi Kim Loan, stk 1903 5566 7788 99', ['Huynh Thi', 'Kim Loan', '5566']],
  ['ba tui bi mu 2 mat, o to dan pho 7 phuong Ben Thuy, dt 0238 3821 456', ['mu 2 mat', 'to dan pho 7', 'Ben Thuy', '3821']],
];

describeAttackPass('round41-privacy33-attack', ATTACKS, 900_000);

describeChatCorePass(ATTACKS, 900_000);
