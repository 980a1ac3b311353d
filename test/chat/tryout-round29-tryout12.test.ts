/**
 * Round 29 (tryout12): messages residents and commune cadres typed, in the words of test/eval/routing-round29-tryout12.yaml
 * (written before the round's changes), whose answers were wrong: an old father's allowance asked with "lương" read as the
 * income line, rice at Tết answered with a province's plan, a household moved to another province answered with every support,
 * a well asked for started a household check, a training named by its level answered with every support, a single mother
 * renting answered with the monthly allowance, and the housing card said nothing for a household outside a poor commune.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'tryout12');

describe('an old member’s monthly money asked with nobody’s wage told is the allowance, not the income line', () => {
  it('“bo tui 81 tuoi nha ngheo ko ai co luong, dc tro cap bn 1 thang” leads with the social pension from 75 (was: the standard’s card)', async () => {
    const answer = await first('bo tui 81 tuoi nha ngheo ko ai co luong, dc tro cap bn 1 thang');
    expect(answer).not.toMatch(/^Chuẩn nghèo/);
    expect(answer).toContain('Trợ cấp hưu trí xã hội');
    expect(answer).toContain('75 tuổi');
  });
  it('the income line keeps its answer: “ho ngheo thu nhap bn 1 thang”', async () => {
    expect(await first('ho ngheo thu nhap bn 1 thang')).toMatch(/^Chuẩn nghèo/);
  });
});

describe('rice asked at Tết is rice, which the data has nothing on', () => {
  it('“bọn em là hộ nghèo, tết này có được gạo không ạ” says rice is not in the data (was: a passage of a province’s plan)', async () => {
    const answer = await first('bọn em là hộ nghèo, tết này có được gạo không ạ');
    expect(answer).toContain('phát gạo, hỗ trợ gạo không có trong dữ liệu');
    expect(answer).not.toContain('NQ 41-NQ/TU');
  });
});

describe('a household moved to another province asks where it is reviewed', () => {
  it('“tui dọn vo binh duong lam cong nhan ca nha, ho ngheo o que con dc huong ko” is the residence entry (was: every support of poor households)', async () => {
    const answer = await first('tui dọn vo binh duong lam cong nhan ca nha, ho ngheo o que con dc huong ko');
    expect(answer).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở/);
    expect(answer).not.toContain('Hỗ trợ cho hộ nghèo (áp dụng');
  });
  it('“ca nha tui len sai gon song roi, ho can ngheo o que con giu dc ko” too', async () => {
    expect(await first('ca nha tui len song o sai gon roi, ho can ngheo o que con giu dc ko')).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu/);
  });
});

describe('a well or a filter asked for is a support the data has none of, not a household check', () => {
  it('“nha tui xai nuoc song duc lam, ho ngheo co dc ho tro lam gieng ko” says so and gives the water indicator (was: the check’s consent)', async () => {
    const answer = await first('nha tui xai nuoc song duc lam, ho ngheo co dc ho tro lam gieng ko');
    expect(answer).toContain('không có khoản hỗ trợ tiền nước, nước sạch');
    expect(answer).toContain('Nguồn nước sinh hoạt');
    expect(answer).not.toContain('Đồng ý lưu');
  });
  it('/api/ask too: “ho ngheo co dc ho tro khoan gieng ko”', () => {
    expect(askApiText('ho ngheo co dc ho tro khoan gieng ko', '2026-12-05')).toContain('Nguồn nước sinh hoạt');
  });
  it('a household told with its size and income keeps the check: “nha tui 4 nguoi o que thu nhap 5 trieu, ko co nuoc sach, co dc ho tro gi ko”', async () => {
    expect(await first('nha tui 4 nguoi o que thu nhap 5 trieu, ko co nuoc sach, co dc ho tro gi ko')).toContain('Số người: 4');
  });
});

describe('a training named by its level is the vocational training card', () => {
  it('“Người thuộc hộ nghèo tham gia đào tạo trình độ sơ cấp được hỗ trợ những khoản gì?” (was: every support of poor households)', async () => {
    const answer = await first('Người thuộc hộ nghèo tham gia đào tạo trình độ sơ cấp được hỗ trợ những khoản gì?');
    expect(answer).toMatch(/^Hỗ trợ học nghề/);
    expect(answer).not.toContain('Hỗ trợ cho hộ nghèo (áp dụng');
  });
});

describe('a renter who says who she is asks the review where she rents', () => {
  it('“tui la me don than, o tro tren sai gon, co dc xet ho ngheo cho tro ko” is the renting entry (was: the monthly allowance’s card)', async () => {
    const answer = await first('tui la me don than, o tro tren sai gon, co dc xet ho ngheo cho tro ko');
    expect(answer).toContain('Ở nhà thuê, nhà trọ');
    expect(answer).not.toContain('Trợ cấp xã hội hằng tháng (theo dữ liệu');
  });
  it('the allowance asked keeps its card: “me don than o tro co dc tro cap ko”', async () => {
    expect(await first('me don than o tro co dc tro cap ko')).toContain('Trợ cấp xã hội hằng tháng');
  });
});

describe('the housing card asked with no class says what a household outside a poor commune is told', () => {
  it('“nha tui dot nat mua la dot, muon xin ho tro cat lai nha thi lam don o dau” says it is not known for the others (was: only “Áp dụng khi: Hộ ở xã nghèo”)', async () => {
    const answer = await first('nha tui dot nat mua la dot, muon xin ho tro cat lai nha thi lam don o dau');
    expect(answer).toContain('Áp dụng khi: Hộ ở xã nghèo');
    expect(answer).toContain('Hộ nghèo, hộ cận nghèo không thuộc trường hợp trên: có hỗ trợ này hay không chưa rõ');
    expect(answer).toContain('UBND cấp xã');
  });
});
