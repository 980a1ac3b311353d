/**
 * Round 38 (privacy30) attack pass: twenty messages as residents type them (names, phone numbers, CCCD, districts said with no
 * "huyện" since 01/07/2025, the old commune's name, illnesses, prison and "tiền sự"), each after an everyday question, sent on the
 * web page and /api/ask: no piece that identifies the person or says their health or offence is in any row of the SQLite file, its
 * bytes or the logs. Before: "o thu duc", "Cai Be", "Tra Cu", "Phu Nhuan", "tien su"… were kept as typed, "Tan Thanh Cu Chi" as
 * "[địa chỉ] Chi".
 */
import { describeAttackPass, type PersonalMessage } from './message-leaks.ts';

/** Typed (after "gia vang hom nay, "), and what of it must never be kept. */
const ATTACKS: readonly PersonalMessage[] = [
  ['tui ten Nguyen Van Hai, o ap 2 Tan Thanh Cu Chi, sdt 0938 111 222', ['Nguyen Van', 'Tan Thanh', 'Chi', '111 222']],
  ['chong tui co tien su, o thu duc', ['tien su', 'thu duc']],
  ['em o buon ma thuot, cccd 066 085 001 234', ['ma thuot', '066 085']],
  ['nha o Cần Giuộc, Long An, me bi ung thu vu', ['Cần Giuộc', 'ung thu']],
  ['xa cu ten la Long Huu, ba tui bi tieu duong', ['Long Huu', 'tieu duong']],
  ['o hoc mon, so dt 0909.123.456, con tui bi tu ky', ['hoc mon', '123.456', 'tu ky']],
  ['tui la Le Thi Hong o Cai Be Tien Giang, chong ngoi tu', ['Le Thi', 'Cai Be', 'ngoi tu']],
  ['o go vap, anh tui nghien ma tuy', ['go vap', 'nghien']],
  ['ba ngoai tui o Ba Tri, bi tai bien', ['Ba Tri', 'tai bien']],
  ['dia chi 12/3 to 4 khu pho 2 Di An, sdt 0 9 7 1 2 3 4 5 6 7', ['12/3', 'to 4', 'Di An', '0 9 7']],
  ['tui ten Thach Thi Sa Ra o Tra Cu, me bi benh lao', ['Thach', 'Sa Ra', 'Tra Cu', 'benh lao']],
  ['o tan uyen binh duong, chong tui co tien an', ['tan uyen', 'tien an']],
  ['con trai bi bat giam, nha o Tịnh Biên', ['bat giam', 'Tịnh Biên']],
  ['nha o ấp Phú Hòa xã cũ tên là Long Hựu', ['Phú Hòa', 'Long Hựu']],
  ['em Hoa o Krông Pắc, so bhyt DN4797912345678', ['Hoa', 'Krông Pắc', 'DN4797912345678']],
  ['tui o Phu Quoc, vo bi HIV', ['Phu Quoc', 'HIV']],
  ['chi Tu o hem 45 Le Van Sy Phu Nhuan, sdt 0912 345 678', ['Le Van', 'Phu Nhuan', '345 678']],
  ['ong tui bi k phoi, o Cao Lanh Dong Thap', ['k phoi', 'Cao Lanh']],
  ['vo tui mang bau, o Chau Doc, stk 0071 0004 5678 9', ['mang bau', 'Chau Doc', '0071']],
  ['o dong anh ha noi, ten toi la Pham Van Tuan', ['dong anh', 'Pham Van']],
];

describeAttackPass('round38-privacy30-attack', ATTACKS, 240_000);
