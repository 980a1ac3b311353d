/**
 * Round 12 (findings35, an outside tester playing residents on Zalo): the high findings in the residents' own words — a
 * household asked as "thang dc 7 trieu la ho ngheo ko" read as a rumour, the check asked for in words, a question typed
 * mid-check saved as an answer, a cadre asking for money. Asked on 02/12/2026; expectations from rules/ and
 * /work/shared/facts (updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';
const { ask, first } = conversationsAt(DECEMBER, 'round12-high');

describe('a household asked "… thang dc 7 trieu la ho ngheo ko" is checked, never a rumour corrected (N35-01)', () => {
  it.each([
    // 7.000.000 ÷ 4 = 1.750.000: the figures settle the class (no interview), said with the income per person.
    ['nha 4 nguoi o que thang dc 7 trieu la ho ngheo ko', 'Thu nhập bình quân: 1.750.000 đồng/người/tháng'],
    ['nha 4 nguoi o que 1 thang dc 7 trieu la ho ngheo ko', 'Thu nhập bình quân: 1.750.000 đồng/người/tháng'],
    ['nha 4 nguoi o que kiem dc 7 trieu 1 thang la ho can ngheo ko', 'Thu nhập bình quân: 1.750.000 đồng/người/tháng'],
    ['nha 5 nguoi o que thu nhap 6 trieu dc ho ngheo ko', '6.000.000 đồng/tháng ÷ 5 người = 1.200.000'],
    // Southern "hông", "hok" at the end.
    ['nha 4 nguoi o que thang dc 7 trieu la ho ngheo hong', 'Thu nhập bình quân: 1.750.000 đồng/người/tháng'],
    ['nha 4 nguoi o que thang dc 7 trieu la ho ngheo hok', 'Thu nhập bình quân: 1.750.000 đồng/người/tháng'],
    ['nha 3 nguoi o que thang dc 4 trieu vay la ho can ngheo dung ko', '4.000.000 đồng/tháng ÷ 3 người = 1.333.333'],
    // "từ bán cá" is where the income comes from (N35-05), not "6 triệu tư".
    ['nha 4 nguoi o que thang dc 6 trieu tu ban ca la ho ngheo ko', '6.000.000 đồng/tháng ÷ 4 người = 1.500.000'],
  ])('"%s"', async (question, figures) => {
    const text = await first(question);
    expect(text).not.toContain('Không đúng');
    expect(text).not.toContain('không có khoản hỗ trợ nào');
    expect(text).toContain(figures);
  });
  it('1.750.000 đ a person in the countryside is above the 2026 line: mức sống trung bình, said first', async () => {
    expect(await first('nha 4 nguoi o que thang dc 7 trieu la ho ngheo ko')).toMatch(/^Với số liệu bạn kể \(thu nhập 1\.750\.000 đồng\/người\/tháng.*hộ là hộ có mức sống trung bình/);
  });
  it('/api/ask: no "Không đúng" about a support of 7.000.000 đồng', () => {
    const answer = askApiText('nha 4 nguoi o que thang dc 7 trieu la ho ngheo ko', TODAY);
    expect(answer).not.toContain('Không đúng');
    expect(answer).not.toContain('7.000.000');
  });
  it('guards: a rumour about a class\'s money is still corrected; an income alone asks the line, no check', async () => {
    expect(await first('nghe noi ho ngheo dc phat 2 trieu moi thang phai ko')).toMatch(/^Không đúng/);
    expect(await first('thu nhap 1,4 trieu la ho ngheo ha')).not.toContain('Đồng ý lưu');
  });
});

describe('the check asked for in words starts it, as /kiemtra does (N35-02)', () => {
  it.each(['Kiểm tra hộ gia đình', 'kiem tra ho gia dinh', 'kiem tra giup nha tui', 'tinh giup nha tui voi', 'kiem tra', 'tui muon kiem tra ho gia dinh', 'kiem tra dum nha em voi ban oi', 'xem giup nha tui co dc ho ngheo ko'])(
    '"%s"',
    async (request) => {
      const text = await first(request);
      expect(text).toContain('Đồng ý lưu');
      expect(text).not.toContain('ngoài phạm vi');
      expect(text).not.toContain('Giải thích ngắn');
    },
  );
  it('mid-check, "kiem tra ho gia dinh" offers to go on or start again, never drops the answers', async () => {
    const [, , again] = await ask('nha tui 4 nguoi o que thang dc 5 trieu', 'ko luu', 'kiem tra ho gia dinh');
    expect(again).toContain('Bạn muốn làm tiếp hay làm lại từ đầu?');
  });
  it('guard: a question about checking is no request ("kiem tra ho ngheo la ai kiem tra")', async () => {
    expect(await first('ai kiem tra ho ngheo o xa')).not.toContain('Đồng ý lưu');
  });
});

describe('a fish-pond latrine told in the chat is a deprivation (N35-06)', () => {
  it('"xai cau tieu ao ca, nuoc song": both the water and the latrine deprived', async () => {
    const text = await first('nha tui 4 nguoi o que, thang dc 5 trieu, xai cau tieu ao ca, nuoc song');
    expect(text).toContain('Nhà tiêu hợp vệ sinh: thiếu hụt');
    expect(text).not.toContain('Nhà tiêu hợp vệ sinh: không thiếu hụt');
  });
  it('typed mid-check ("cau tieu ao ca" at the employment question): kept as thiếu hụt', async () => {
    const [, , said] = await ask('nha tui 4 nguoi o que thang dc 5 trieu', 'ko luu', 'cau tieu ao ca');
    expect(said).toContain('Nhà tiêu hợp vệ sinh: thiếu hụt');
  });
});

describe('a question typed mid-check is answered and the question asked again, never saved as an answer (N35-07)', () => {
  it.each(['ma ho can ngheo dc bhyt ko ban', 'ho can ngheo dc bhyt ko', 'ho can ngheo co bhyt hok ad', 'bhyt ho can ngheo dc may phan tram vay ban', 'the bhyt ho ngheo lam sao ban'])(
    '"%s" at the employment question',
    async (question) => {
      const [, started, answered] = await ask('nha tui 5 nguoi o que thang dc 6 trieu', 'ko luu', question);
      expect(started).toContain('Câu 4/15');
      expect(answered).not.toContain('Bảo hiểm y tế: không thiếu hụt');
      expect(answered).not.toContain('Bảo hiểm y tế: thiếu hụt');
      // The question on screen is asked again.
      expect(answered).toContain('Câu 4/15');
    },
  );
  it('the BHYT question is still asked later', async () => {
    const turns = await ask('nha tui 5 nguoi o que thang dc 6 trieu', 'ko luu', 'ma ho can ngheo dc bhyt ko ban', 'ko', 'ko', 'ko');
    expect(turns.at(-1)).toContain('chưa có thẻ bảo hiểm y tế');
  });
  it('guard: "co, ba noi ko co the bhyt" at the BHYT question is an answer (thiếu hụt), the next question follows', async () => {
    const turns = await ask('nha tui 5 nguoi o que thang dc 6 trieu', 'ko luu', 'ko', 'ko', 'ko', 'co, ba noi ko co the bhyt');
    expect(turns.at(-1)).toContain('Câu 8/15');
  });
});

describe('a cadre asking money for the list gets the no-fee answer (N35-08)', () => {
  it.each([
    'can bo thon doi tui 500 ngan moi cho vo ho ngheo, vay co dung ko',
    'can bo xa bat dong tien moi cap giay chung nhan ho can ngheo',
    'ong truong thon doi 500k moi cho vao ds ho ngheo',
    'ba truong ap bat dua 1 trieu moi cho vo ho can ngheo',
    'can bo ap doi 300 ngan moi dua vo ds',
    'ong truong thon doi nha tui 1 trieu moi dua vao danh sach can ngheo',
  ])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Tiền, lệ phí để được xét hoặc đưa vào danh sách hộ nghèo, hộ cận nghèo/);
    expect(text).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain('Thu nhập cả hộ');
  });
  it('guards: asked to bring papers, or the BHYT premium, is no fee', async () => {
    expect(await first('xa bat dua giay to gi de xet ho ngheo')).not.toMatch(/^Tiền, lệ phí/);
    expect(await first('ho can ngheo dong tien bhyt bao nhieu')).not.toMatch(/^Tiền, lệ phí/);
  });
});

describe('a pair of parents counts two in the chat too (N35-04)', () => {
  it('"ba ma tui voi 3 dua nho, o que, thang 6 trieu": 5 people, 1.200.000 đ a person', async () => {
    const text = await first('ba ma tui voi 3 dua nho, o que, thang 6 trieu');
    expect(text).toContain('Số người: 5');
    expect(text).toContain('6.000.000 đồng/tháng ÷ 5 người = 1.200.000');
  });
  it('"thay u chau voi 2 dua em, o xom, thang duoc 3 trieu": 4 people', async () => {
    expect(await first('thay u chau voi 2 dua em, o xom, thang duoc 3 trieu')).toContain('3.000.000 đồng/tháng ÷ 4 người');
  });
});
