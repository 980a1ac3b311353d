/**
 * Round 46 mend50b, on 07/12/2026 (tryout50 R51, R01, R38): short follow-ups read against the card just given, and a
 * neighbour's household said to be richer yet listed.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round46-mend50b');

const GRANDFATHER = 'ong noi 76 tuoi o chung vs vo chong tui va 1 chau 5 tuoi, tui ban ve so, thu nhap 4tr/thang, o ca mau';
const GRANDMOTHER = 'ba ngoai 78 tuoi o chung voi tui, nha 3 nguoi, thu nhap 3tr/thang, o soc trang';

describe('a relative named alone after a household with an old member (was "ngoài phạm vi")', () => {
  it.each([
    [GRANDFATHER, 'con ong noi thi sao'],
    [GRANDFATHER, 'the ong noi tui thi sao'],
    [GRANDFATHER, 'con ong noi tui dc gi ko'],
    [GRANDMOTHER, 'con ba ngoai thi sao ban'],
  ])('"%s" then "%s": the social pension from 75 without a pension, amount chưa rõ', async (household, asked) => {
    const reply = await DECEMBER.after([household], asked);
    expect(reply).not.toContain('ngoài phạm vi');
    expect(reply).toContain('người từ 75 tuổi trở lên không có lương hưu');
    expect(reply).toContain('Mức trợ cấp hằng tháng chưa rõ');
    expect(reply).toContain('Nghị định 176/2025/NĐ-CP');
    expect(reply).toContain('“Đồng ý lưu”');
  });
});

const R01 = [
  'nha tui co 5 nguoi, 2 ong ba gia tren 70, vo chong tui lam thue, 1 dua nho 8 tuoi, thu nhap ca nha khoang 6tr/thang, o ap 3 xa long hoa, ben tre',
  'con ba tui 72 tuoi thi co dc tien hok',
];

describe('where the paper is filed, right after the pension answer (was the poverty-review procedure)', () => {
  it.each(['o dau nop giay', 'nop giay o dau vay', 'to khai nop cho nao', 'nop to khai o dau ha'])('"%s": the pension\'s tờ khai at UBND cấp xã', async (asked) => {
    const reply = await DECEMBER.after(R01, asked);
    expect(reply).toContain('nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội');
    expect(reply).toContain('UBND cấp xã');
    expect(reply).not.toContain('Mẫu số 04');
    expect(reply).not.toContain('01/09 đến 14/12');
  });
});

describe("a neighbour's household said richer yet listed: how the list is made and where to raise it (was the household check)", () => {
  it.each([
    'sao xa ben canh nha ho giau hon nha tui ma van dc ho ngheo, vo ly qua',
    'nha sat vach giau hon nha tui ma van dc ho ngheo hok hieu sao luon',
    'sao nha ho giau hon ma dc ho can ngheo hok',
    'may nha co xe hoi ma cung dc ho can ngheo, bat cong qua',
  ])('"%s"', async (asked) => {
    const reply = await DECEMBER.first(asked);
    expect(reply).not.toContain('Đồng ý lưu');
    expect(reply).toContain('Trợ lý không xét trường hợp của hộ khác');
    expect(reply).toContain('có họp dân ở thôn và niêm yết công khai. Căn cứ: Quyết định 24/2021/QĐ-TTg (đã kiểm tra)');
    expect(reply).toContain('UBND cấp xã xem xét lại');
    expect(reply.split('\n\n1. ')[0]!.length).toBeLessThanOrEqual(1000);
  });
});
