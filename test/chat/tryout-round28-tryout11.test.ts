/**
 * Round 28 (tryout11): messages residents, commune cadres and outreach staff typed, in the words of
 * test/eval/routing-round28-tryout11.yaml (written before the round's changes), whose answers were wrong: a Tết gift asked
 * answered with every support of the class or a household check, a class's list of supports asked by its name answered with a
 * province's resolution, the social pension called "lương hưu xã hội" read as a pension already held.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T01:30:00Z'), 'tryout11');

describe('a Tết gift asked is answered first: decided each year, no figure, ask the commune', () => {
  it('“tet nay nha ngheo dc ho tro gi ko bn” says Tết gifts are decided each year and gives no amount (was: every support of poor households)', async () => {
    const answer = await first('tet nay nha ngheo dc ho tro gi ko bn');
    expect(answer).toMatch(/^Quà Tết, hỗ trợ dịp Tết/);
    expect(answer).toContain('được quyết định hằng năm');
    expect(answer).toContain('chưa rõ');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Hỗ trợ cho hộ nghèo (áp dụng');
  });
  it('“nha tui ho can ngheo o vinh long, tet nay co dc qua j ko” too (was: the household check’s consent screen)', async () => {
    const answer = await first('nha tui ho can ngheo o vinh long, tet nay co dc qua j ko');
    expect(answer).toMatch(/^Quà Tết/);
    expect(answer).not.toContain('Đồng ý lưu');
  });
  it('“ho can ngheo an tet co dc qua ko” too (was: a passage of an explainer)', async () => {
    expect(await first('ho can ngheo an tet co dc qua ko')).toMatch(/^Quà Tết/);
  });
  it('a post asked, “viết bài zalo ngắn về hỗ trợ Tết cho hộ nghèo”, says it to bà con with no figure (was: every support of poor households)', async () => {
    const answer = await first('viết bài zalo ngắn về hỗ trợ Tết cho hộ nghèo');
    expect(answer).toMatch(/^Quà Tết/);
    expect(answer).toContain('Bà con');
    expect(answer).not.toMatch(/\d{3}\.000 đồng/);
  });
  it('Tết as a time keeps its answer: “ra tet nha tui con dc ho tro bhyt ko” is the BHYT card, “qua tet nay thu nhap bn thi dc xet ho can ngheo” the 2027 standard', async () => {
    expect(await first('ra tet nha tui con dc ho tro bhyt ko')).not.toContain('Quà Tết');
    const line = await first('qua tet nay thu nhap bn thi dc xet ho can ngheo');
    expect(line).not.toContain('Quà Tết');
    expect(line).toContain('2.200.000 đồng');
  });
});

describe('a class’s list of supports asked by its name is that list', () => {
  it('“Cho tôi danh sách các chính sách hỗ trợ đối với hộ nghèo hiện hành.” lists the supports of poor households (was: a passage of NQ 41-NQ/TU)', async () => {
    const answer = await first('Cho tôi danh sách các chính sách hỗ trợ đối với hộ nghèo hiện hành.');
    expect(answer).toMatch(/^Hỗ trợ cho hộ nghèo/);
    expect(answer).toContain('bảo hiểm y tế');
    expect(answer).not.toContain('NQ 41-NQ/TU');
  });
  it('“ds chinh sach ho tro ho can ngheo” lists those of near-poor households (was: “không tìm thấy”)', async () => {
    expect(await first('ds chinh sach ho tro ho can ngheo')).toMatch(/^Hỗ trợ cho hộ cận nghèo/);
  });
  it('one support named keeps its card: “chinh sach ho tro ho ngheo vay von” is the loan', async () => {
    expect(await first('chinh sach ho tro ho ngheo vay von')).toMatch(/^Vay vốn tín dụng chính sách/);
  });
});

describe('"lương hưu xã hội" is the social pension asked for, not a pension held', () => {
  it('“ba noi tui 72 tuoi nha can ngheo co dc lanh luong huu xa hoi ko” leads with the pension from 70 for near-poor members (was: “không nói rõ người đã có lương hưu”)', async () => {
    const answer = await first('ba noi tui 72 tuoi nha can ngheo co dc lanh luong huu xa hoi ko');
    expect(answer).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
    expect(answer).toContain('từ 70 đến dưới 75 tuổi');
    expect(answer).not.toContain('người đã có lương hưu');
  });
  it('a pension held keeps its answer: “ong tui co luong huu roi, 76 tuoi co dc tro cap gi ko”', async () => {
    expect(await first('ong tui co luong huu roi, 76 tuoi co dc tro cap gi ko')).toMatch(/^Người đã có lương hưu/);
  });
});

describe('a cadre’s household with its figures, asked how it is classed, gets its class', () => {
  it('“Hộ khu vực nông thôn thu nhập bình quân 1.400.000 đồng/người/tháng, thiếu hụt 2 chỉ số thì phân loại thế nào?” says hộ cận nghèo (was: the explainer of what a near-poor household is)', async () => {
    const answer = await first('Hộ khu vực nông thôn thu nhập bình quân 1.400.000 đồng/người/tháng, thiếu hụt 2 chỉ số thì phân loại thế nào?');
    expect(answer).toMatch(/^Thu nhập bình quân 1\.400\.000 đồng\/người\/tháng/);
    expect(answer).toContain('hộ cận nghèo vì thiếu hụt 2 chỉ số');
    expect(answer).not.toContain('Giải thích ngắn');
  });
  it('“Hộ thành thị thu nhập bình quân 2.500.000 đồng/người/tháng thì xếp loại hộ gì?” says hộ có mức sống trung bình today', async () => {
    expect(await first('Hộ thành thị thu nhập bình quân 2.500.000 đồng/người/tháng thì xếp loại hộ gì?')).toContain('hộ có mức sống trung bình');
  });
  it('the procedure keeps its answer: “Quy trình rà soát, phân loại hộ nghèo như thế nào?”', async () => {
    expect(await first('Quy trình rà soát, phân loại hộ nghèo như thế nào?')).toMatch(/^Thủ tục rà soát/);
  });
});

describe('guard: rice at Tết keeps its answer', () => {
  it('“ho ngheo tet co dc phat gao hay qua ko ad” says rice handouts are not in the data', async () => {
    expect(await first('ho ngheo tet co dc phat gao hay qua ko ad')).toMatch(/^Thông tin về phát gạo/);
  });
});
