/**
 * Round 35 (mend35d, 06/12/2026): a reviewer's findings on this round's changes, in the residents' words.
 * - "con trai o tu nho voi ong ba noi" ("ở từ nhỏ", since small) is no member in prison (was "Người đang ở tù hoặc đi nghĩa vụ
 *   quân sự … Tạm tính cả 1 người đó"); "đang ở tù", "bị tù" still are; only the reason typed is named.
 * - A province merged on 01/07/2025 named after the standard ("tui o binh duong", "tui o quang nam") is the one holding it today:
 *   TP.HCM's own standard (was "no data on tỉnh Bình Dương's own standard"), and it is said.
 * - "con tui 3 thang nay bi benh" ("these 3 months") is no 3-month-old (was the under-6 BHYT block); "con tui 8 thang" still is.
 * - "chuan ngheo HN bn": Hà Nội's own-standard note (HN was read as "hộ nghèo": the national card only).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round35-mend35d');
const UNKNOWN = 'có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ)';
const UNDER_SIX = 'Cho trẻ em dưới 6 tuổi';

describe('a member away in prison or in military service, and "ở từ nhỏ"', () => {
  it('"nha tui 4 nguoi, con trai o tu nho voi ong ba noi, thu nhap 4tr": 4 people, nobody in prison', async () => {
    const first = await in2026.first('nha tui 4 nguoi, con trai o tu nho voi ong ba noi, thu nhap 4tr');
    expect(first).toContain('÷ 4 người');
    expect(first).not.toContain('ở tù');
    expect(first).not.toContain('Tạm tính cả 1 người đó');
  });

  it.each([
    ['nha tui 4 nguoi, chong tui dang o tu, thu nhap 4tr', 'đang ở tù', 'nghĩa vụ quân sự'],
    ['nha tui 5 nguoi o que, thang lon bi tu 2 nam roi, thu nhap 5 trieu', 'đang ở tù', 'nghĩa vụ quân sự'],
    ['nha tui 4 nguoi, con trai di nghia vu quan su, thu nhap 4tr', 'đi nghĩa vụ quân sự', 'ở tù'],
  ])('"%s": the reason typed named, chưa rõ, counted as told', async (text, reason, other) => {
    const first = await in2026.first(text);
    expect(first).toContain(`Người ${reason} ${UNKNOWN}`);
    expect(first).not.toContain(other);
    expect(first).toContain('Tạm tính cả 1 người đó');
  });
});

describe('a former province named after the standard', () => {
  it.each(['tui o binh duong', 'o binh duong thi sao'])('"chuan ngheo bao nhieu" then "%s": TP.HCM\'s own standard, the merger said', async (place) => {
    const answer = await in2026.after(['chuan ngheo bao nhieu'], place);
    expect(answer).toContain('Bình Dương nay thuộc thành phố Hồ Chí Minh (từ 01/07/2025');
    expect(answer).toContain('Chuẩn riêng của TP.HCM');
    expect(answer).not.toContain('chuẩn nghèo riêng của tỉnh Bình Dương');
  });

  it('"chuan ngheo bao nhieu" then "tui o quang nam": Đà Nẵng, whose own standard the data has not (chưa rõ)', async () => {
    const answer = await in2026.after(['chuan ngheo bao nhieu'], 'tui o quang nam');
    expect(answer).toContain('Quảng Nam nay thuộc thành phố Đà Nẵng (từ 01/07/2025');
    expect(answer).toContain('chuẩn nghèo riêng của thành phố Đà Nẵng (nếu có; chưa rõ)');
  });
});

describe('months after a child: an age or a time', () => {
  it('"con tui 3 thang nay bi benh, bhyt ho ngheo co dc ko": no under-6 block (these 3 months), the poor class\'s BHYT', async () => {
    const answer = await in2026.first('con tui 3 thang nay bi benh, bhyt ho ngheo co dc ko');
    expect(answer).not.toContain(UNDER_SIX);
    expect(answer).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100%');
  });

  it.each(['con tui 8 thang, lam the bhyt o dau', 'be 18 thang chua co the bhyt'])('"%s": still a small child\'s age', async (text) => {
    expect(await in2026.first(text)).toContain(UNDER_SIX);
  });
});

describe('"HN" beside the standard\'s words is the city', () => {
  it.each(['chuan ngheo HN bn', 'chuan ngheo cua hn la bao nhieu'])('"%s": Hà Nội\'s own standard said', async (text) => {
    expect(await in2026.first(text)).toContain('Chuẩn riêng của Hà Nội');
  });
});

describe('a province named after the standard with a Southern ending', () => {
  it.each(['tui o ha noi ma', 'o ha noi do', 'o ha noi ne'])('"chuan ngheo bao nhieu" then "%s": Hà Nội\'s own standard (was "ngoài phạm vi")', async (place) => {
    const answer = await in2026.after(['chuan ngheo bao nhieu'], place);
    expect(answer).toContain('Chuẩn riêng của Hà Nội');
    expect(answer).not.toContain('ngoài phạm vi');
  });
});
