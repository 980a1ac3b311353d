/**
 * Round 25 (privacy4): 40 messages about a family typed as residents type them on Zalo (relatives' names and nicknames, house
 * numbers, hamlets, phone, identity and account numbers with spaces or dots, plates, years of birth), sent by someone who has not
 * consented, by someone who has (then again with the household's facts before them), and as a "Báo sai" comment: no stored row
 * and no log line holds what identifies or locates a person (before round 25: a CCCD's last group, "sn 1985", "sinh ngay
 * 12/05/1960", plates, "thang Bo", "be Bi", "cau Tam", "a Hùng", "Phượng", "phố Huế", schools, "thang Tu nha tui").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../chat/harness.ts';
import { sendEveryWay, type PersonalMessage } from './message-leaks.ts';

const MESSAGES: readonly PersonalMessage[] = [
  ['nha tui 5 nguoi, ba tui Nguyen Van Hai 68 tuoi, me Tran Thi Nga 65t, co dc ho tro gi ko', ['Nguyen Van Hai', 'Tran Thi Nga']],
  ['be Na nha tui hoc lop 2 truong tieu hoc Tan Phu, co dc mien hoc phi ko ad', ['be Na', 'Tan Phu']],
  ['thang Tí con tui 15 tuoi nghi hoc roi, di lam thue, nha ngheo lam', ['thang Tí']],
  ['em o ấp 3 xã Long Hòa, chong em chay xe om, thu nhap tam 4tr/thang', ['ấp 3', 'Long Hòa']],
  ['sdt cua em 0912 345 678, co gi ad goi lai giup em nha', ['0912 345 678']],
  ['zalo chi Hai 0987.654.321, chi ay ho can ngheo', ['chi Hai', '0987.654.321']],
  ['so tk vietcombank 0071 0004 5678 9 ten Le Thi Hoa, xin ho tro', ['0071 0004', 'Le Thi Hoa']],
  ['stk agri 5100 2050 12345 chu tk tran van tung', ['5100 2050', 'tran van tung']],
  ['cccd cua ba tui 079 061 012 345 con han ko', ['079 061', '012 345']],
  ['cmnd me tui 024.123.456 mat roi lam lai o dau', ['024.123.456']],
  ['nha tui o xóm Bãi, thon Dong, co ai den ra soat chua', ['xóm Bãi', 'thon Dong']],
  ['ong noi sn 1945, ba noi sn 1950, co dc tro cap ko', ['sn 1945', 'sn 1950']],
  ['chong tui sn 1985 bi tai nan mat suc lao dong', ['sn 1985']],
  ['nha so 45/12 hem 7 duong Nguyen Trai p3 q5, thue nha o', ['45/12', 'hem 7', 'Nguyen Trai']],
  ['bien so xe 59X1-123.45 cua chong tui, xe do co tinh vao tai san ko', ['59X1', '123.45']],
  ['xe may 51G 123.45 bi mat roi co sao ko', ['51G 123']],
  ['co Ut Lan ke nha noi ho ngheo dc vay von', ['Ut Lan']],
  // "chú Bảy": kin called by birth order stays (a member the household reader counts, round 25 privacy5).
  ['chu Bay o ap 5 co dat ruong 2 cong', ['ap 5']],
  ['thang Tu nha tui 16 tuoi muon di hoc nghe', ['thang Tu nha']],
  ['be Bi nha chi Hoa 3 tuoi bi suy dinh duong', ['be Bi', 'chi Hoa']],
  ['con Tèo nha bà Tư 6 tuoi chua co bhyt', ['con Tèo', 'bà Tư']],
  ['vo tui ten Thi Mai 30t, dang mang thai, co tro cap ko', ['Thi Mai']],
  ['anh Ba Tùng (0909 123 456) noi xa co ho tro tien dien', ['Ba Tùng', '0909 123 456']],
  ['ba ngoai tui 80 tuoi song mot minh o ap Phu Hoa, dien thoai 0274 3812 345', ['Phu Hoa', '3812']],
  ['me tui Vo Thi Sau bi ung thu gan, nha ngheo co dc ho tro vien phi ko', ['Vo Thi Sau', 'ung thu']],
  ['so bhyt cua con tui HS4797912345678 het han roi', ['HS479']],
  ['so bhxh cua tui 7912345678 xem o dau', ['7912345678']],
  ['e ten Phượng, nha o to 4 khu pho 2 phuong Tan Hiep', ['Phượng', 'to 4', 'khu pho 2', 'Tan Hiep']],
  ['chau tui thang Bo 10 tuoi hoc truong THCS Le Loi', ['thang Bo', 'Le Loi']],
  ['con gai tui be Na hoc mau giao Hoa Mai o thon 2', ['be Na', 'Hoa Mai', 'thon 2']],
  ['em gui ad cccd 0790 9100 1234 de xac minh nha', ['0790 9100']],
  ['dia chi: 123 Tran Hung Dao, phuong 2, tp Ca Mau', ['123 Tran', 'phuong 2']],
  ['nha tui ở số 7 ngõ 12 phố Huế, ông tui 75 tuổi', ['số 7', 'ngõ 12', 'phố Huế']],
  ['chi Bích lam cong nhan o kcn Song Than luong 6tr', ['chi Bích']],
  ['thang Tu con tui 17t bo hoc di lam hồ', ['thang Tu con']],
  ['cau Tam Sang nha o gan cho Ba Chieu, nha ngheo', ['Sang']],
  ['me tui ten Lê Thị Hồng, sinh ngay 12/05/1960, cccd 079160001234', ['Lê Thị Hồng', '12/05/1960', '079160001234']],
  ['tk 1903 6677 8899 00 techcombank ten nguyen thi lan, ad check giup', ['1903 6677', 'nguyen thi lan']],
  ['email em hoa.nguyen85@gmail.com, sdt 0.9.1.2.3.4.5.6.7.8', ['hoa.nguyen85', '0.9.1.2']],
  ['a Hùng xóm trên 0918-111-222 cũng ngheo như nhà tui', ['a Hùng', '0918-111-222']],
];

describe('40 family messages typed Zalo-style, with and without consent and as a "Báo sai" comment', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('leave no name, number, school, birth date, plate or address in a stored row or a log line', async () => {
    harness = await openHarness();
    const { rows, leaks } = await sendEveryWay(harness, MESSAGES);
    // What was kept is there, masked: the comments and the unanswered questions.
    for (const kept of ['[biển số xe]', '[ngày sinh]', '[tên trường]', '[số giấy tờ]', 'xe do co tinh vao tai san ko']) expect(rows).toContain(kept);
    expect(leaks).toEqual([]);
  }, 120_000);
});
