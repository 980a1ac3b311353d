/**
 * Round 27 (privacy8): 21 messages as residents type them (no marks, "tui", "dc", "ko"), with the names, addresses, workplaces,
 * numbers and dates that say who and where a person is, sent by someone who has not consented, by someone who has (then with the
 * household's facts before them), and as a "Báo sai" comment: no stored row and no log line holds any of them. Before round 27 an
 * industrial park typed in lower case ("kcn song than", "khu cong nghiep vsip"), the number ending a park's or a hamlet's name
 * ("Song Than 2", "ap Binh Minh 2"), a bridge a household lives by ("gan cau Long Binh", "cầu Mỹ Thuận") and a street typed
 * in lower case after a surname that is an everyday word too ("duong le loi") were kept as typed.
 * The policy's own words and figures ("hộ nghèo", "Nghị định 07", "3 chỉ số", amounts) are kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../chat/harness.ts';
import { sendEveryWay, type PersonalMessage } from './message-leaks.ts';

const MESSAGES: readonly PersonalMessage[] = [
  ['tui lam cong nhan o kcn song than, luong 7tr, nha 4 nguoi co dc ho tro j ko', ['song than']],
  ['chong tui lam o khu cong nghiep vsip, tui o nha giu con', ['nghiep vsip']],
  ['vo em lam KCN Song Than 2 dc 3 nam roi ma van ngheo', ['Than 2']],
  ['so dt cua chi Lan 090 123 456 nha ad, chi ay ho ngheo', ['chi Lan', '090 123 456']],
  ['nha tui gan cau Long Binh, to 5 ap 3 xa Tan Phu, ra soat chua', ['Long Binh', 'to 5', 'ap 3', 'Tan Phu']],
  ['nhà tui ở gần cầu Mỹ Thuận, có được vay vốn hộ nghèo không', ['Mỹ Thuận']],
  ['anh Tuan thon Dong xa hoa binh sdt khong chin khong mot hai ba bon nam sau', ['anh Tuan', 'thon Dong', 'hoa binh', 'khong chin khong']],
  ['ba Nam nha ben ho ngheo, ba Nam sinh 12/3/1955 co dc tro cap ko', ['ba Nam', '12/3/1955']],
  ['stk agribank 5100205012345 ten chu tk Nguyen Thi Lan, xin ho tro', ['5100205012345', 'Nguyen Thi Lan']],
  ['cccd cua tui 079185012345 het han, lam lai o dau', ['079185012345']],
  ['xe may 59X1 123.45 cua tui co tinh vao tai san ko', ['59X1']],
  ['zalo tui ten Hoa Nguyen, ad nhan tin giup', ['Hoa Nguyen']],
  ['me tui sinh 12/3/1955, ho ngheo theo Nghị định 07 thieu 3 chỉ số thi sao', ['12/3/1955']],
  ['cau Long Binh cho nha tui muon 5 trieu, nha ngheo co dc mien ko', ['Long Binh']],
  ['chi Lan lam kcn tan tao, con chi hoc truong tieu hoc an lac', ['chi Lan', 'tan tao', 'an lac']],
  ['ong Tu Sang o ap Binh Minh 2 xa Long Hoa, nha 2 ong ba gia', ['Sang', 'Binh Minh 2', 'Long Hoa']],
  ['dia chi: thon Dong, xa Phu Hoa, sdt 0912 345 678, cmnd 024123456', ['thon Dong', 'Phu Hoa', '0912 345 678', '024123456']],
  ['tui la Tran Van Tuan, bien so 51G12345, tk vietcombank 1234567890', ['Tran Van Tuan', '51G12345', '1234567890']],
  ['chi hai tui Lê Thị Mai zalo 0909 123 456 o khu pho 3 phuong An Lac', ['Lê Thị Mai', '0909 123 456', 'khu pho 3', 'An Lac']],
  ['so dt con tui 09 0123 4567, con tui lam kcn my phuoc 3 ben cat', ['0123 4567', 'my phuoc']],
  ['nha o so 12 hem 34 duong le loi phuong 5, ong ba gia yeu', ['so 12', 'hem 34', 'le loi', 'phuong 5']],
];

describe('21 messages of residents with a park, a bridge, a phone short of a digit and the rest', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('leave none of them in a stored row or a log line, and keep the policy words and amounts', async () => {
    harness = await openHarness();
    const { rows, leaks } = await sendEveryWay(harness, MESSAGES);
    // What was kept is there, masked, its policy words and amounts as typed.
    for (const kept of ['kcn [địa chỉ]', 'gần cầu [địa chỉ]', 'so dt cua chi [tên] [số điện thoại]', 'Nghị định 07 thieu 3 chỉ số', 'muon 5 trieu']) expect(rows).toContain(kept);
    expect(leaks).toEqual([]);
  }, 120_000);
});
