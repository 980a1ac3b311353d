/**
 * Round 21 (law helper, 04/12/2026): the law around 01/01/2027 as residents, cadres and outreach staff ask it. Each case fails
 * on the round-20 code (9b7102b) unless marked a guard. Figures are those of the rules data, worked out by hand from
 * shared/facts (updates-2026.md over the older files).
 */
import { describe, expect, it } from 'vitest';
import { checkHousehold, loadRules } from '../../src/rules/index.ts';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'law21law');

describe('what a class is, asked of next year, is the 2027–2030 standard, not the 2026 explainer', () => {
  // Was the explainer "Năm 2026 chuẩn nghèo vẫn là 1.500.000 đồng …" (today's figures, read as next year's).
  it.each([
    'tu thang 1 nam sau ho can ngheo la the nao',
    'sang nam ho ngheo la sao ad',
    'qua tet duong lich ho can ngheo xac dinh the nao',
    'ho ngheo nam 2027 la gi',
  ])('"%s"', async (question) => {
    const text = await first(question);
    // NĐ 351/2025 (updates-2026.md [M]): rural 2.200.000, urban 2.800.000 đồng; poor from 3 deprivations, near-poor under 3.
    expect(text).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
    expect(text).toContain('Nghị định 351/2025/NĐ-CP');
    expect(text).not.toContain('1.500.000');
    // "qua tet" here is the coming Tết, not "quà Tết" (the other supports' card).
    expect(text).not.toContain('Các hỗ trợ khác');
  });

  it('guard: the class asked with no year is not moved to next year', async () => {
    expect(await first('ho can ngheo la the nao')).not.toContain('áp dụng năm 2027');
  });

  // Round 28 (tryout11): the Tết gift has its own answer (rules/reference.yaml tet_gifts), no longer the other supports' card.
  it('guard: a Tết gift asked is still the gift', async () => {
    expect(await first('ho ngheo co dc qua tet ko')).toMatch(/^Quà Tết/);
  });
});

describe('a document named as the basis of one support answers with that support', () => {
  // Was passage search (the education explainer): "nghị quyết" is a word of the plans' questions and no BHYT word was typed.
  // The second is a guard: "khám bệnh" named the card already.
  it.each(['theo nghi quyet 261/2025/QH15 ho can ngheo dc chi tra bao nhieu', 'nghi quyet 261 can ngheo kham benh dc tra may phan tram'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15)');
    // NQ 261/2025/QH15 [M]: near-poor members to get 100 % of covered costs, start date [?].
    expect(text).toContain('sẽ được quỹ bảo hiểm y tế chi trả 100% chi phí khám chữa bệnh trong phạm vi được hưởng (tham khảo), nhưng thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
    expect(text).not.toContain('Nghị quyết 217/2025/QH15');
  });
});

describe('the standard of a period written over two standards ("2026–2030") is both, not 2026 alone', () => {
  it('"Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2026–2030 là nghị định nào?"', async () => {
    const text = await first('Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2026–2030 là nghị định nào?');
    expect(text).toContain('Văn bản quy định chuẩn nghèo: Nghị định 351/2025/NĐ-CP');
    // Was the card of the year 2026 ("Chuẩn nghèo áp dụng năm 2026", its share code that year's): the period is today's standard
    // and the coming one's.
    expect(text).toContain('Chuẩn nghèo áp dụng hôm nay, 04/12/2026');
    expect(text).not.toContain('Chuẩn nghèo áp dụng năm 2026');
    expect(text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng');
  });
});

describe('poor districts after the 2025 merger: from the facts, the list of poor communes not known', () => {
  // Was the explainer's "đến năm 2030 về cơ bản không còn huyện nghèo" (Chỉ thị 05's 2021 goal), nothing on 01/07/2025.
  it.each(['con huyen ngheo ko', 'sau sap nhap con huyen ngheo nua hok'])('"%s"', async (question) => {
    const text = await first(question);
    // Luật 72/2025/QH15 [M]; NQ 257/2025/QH15 programme aims at xã nghèo [M]; huyện nghèo of QĐ 90/QĐ-TTg (2021–2025) [V].
    expect(text).toContain('Từ 01/07/2025 không còn cấp huyện (chính quyền địa phương còn hai cấp: tỉnh và xã); huyện nghèo là đối tượng của Chương trình MTQG giảm nghèo bền vững 2021–2025 (tham khảo)');
    expect(text).toContain('hướng tới xã nghèo (không còn huyện nghèo)');
    expect(text).toContain('Danh sách xã nghèo của các tỉnh giai đoạn 2026–2030 không có trong dữ liệu của trợ lý');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('every support says the status of its dates and figures', () => {
  // QĐ 14/2025/QĐ-TTg's number, date and replacing QĐ 28/2014 are [M] (updates-2026.md): was stated bare in an unknown card.
  it('electricity: QĐ 14/2025 said as reported', async () => {
    const text = await first('ho ngheo co dc ho tro tien dien ko');
    expect(text).toContain('Theo thông tin tham khảo, Quyết định 14/2025/QĐ-TTg (ngày 29/05/2025)');
    expect(text).toContain('số hiệu, ngày và việc thay thế theo nguồn tham khảo');
  });

  // Was "chưa kiểm tra cho năm 2026" in the list of supports for 01/01/2027.
  it('loans asked for next year: no "cho năm 2026"', async () => {
    const text = await first('nam sau ho ngheo dc ho tro gi');
    expect(text).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 01/01/2027)');
    expect(text).toContain('Số liệu công bố trước đây (tham khảo, chưa kiểm tra mức áp dụng từ năm 2026) là mức vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019), lãi suất 6,6%/năm');
    expect(text).not.toContain('cho năm 2026');
  });
});

describe('the procedure says the year of the review asked, not always 2026', () => {
  // Was "đợt rà soát định kỳ năm 2026 … lịch rà soát năm 2026 chưa rõ" and "… áp dụng năm 2026. (chưa rõ)" to a 2027 question.
  it('"Rà soát hộ nghèo năm 2027 thực hiện vào thời gian nào?"', async () => {
    const text = await first('Rà soát hộ nghèo năm 2027 thực hiện vào thời gian nào?');
    // QĐ 24/2021/QĐ-TTg: 01/09–14/12 each year (poverty-standards.md [V]); its use after 2025 [?] (updates-2026.md).
    // Round 36 law27: the 2027 days are not said (was "nếu lịch này còn được áp dụng, … sẽ từ 01/09/2027 đến 14/12/2027").
    expect(text).toContain('quy định rà soát định kỳ từ 01/09 đến 14/12 hằng năm cho quy trình giai đoạn 2022 – 2025');
    expect(text).not.toMatch(/01\/09\/2027|14\/12\/2027/u);
    expect(text).toContain('lịch rà soát năm 2027 chưa rõ');
    // Said once since round 23 (law4): the procedure's own "chưa rõ … lịch rà soát áp dụng năm 2027" line is left after it.
    expect(text).not.toContain('lịch rà soát áp dụng năm 2027');
    expect(text).not.toContain('năm 2026');
  });

  it('a loudspeaker text on the 2027 review', async () => {
    const text = await first('soan thong bao loa ve ra soat ho ngheo nam 2027');
    expect(text).toContain('văn bản và lịch rà soát áp dụng năm hai nghìn không trăm hai mươi bảy sẽ được thông báo sau');
    expect(text).not.toContain('hai mươi sáu');
  });

  it('a household checked for 01/01/2027: its next steps say 2027', () => {
    const outcome = checkHousehold(loadRules(), { area: 'rural', members: 4, monthlyIncomePerPerson: 2_000_000, date: '2027-01-01', deprivations: ['health_insurance'] });
    expect(outcome.ok).toBe(true);
    const steps = outcome.ok ? outcome.value.nextSteps.join('\n') : '';
    expect(steps).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2027.');
    expect(steps).not.toContain('{year}');
  });

  it('guard: this year\'s review is still 2026\'s', async () => {
    const text = await first('bao gio ra soat ho ngheo nam nay');
    expect(text).toContain('đợt rà soát định kỳ năm 2026 theo lịch này đang diễn ra, đến hết ngày 14/12/2026');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
  });
});

describe('the standards read on the loudspeaker: within 800 characters, source and status kept', () => {
  // Was 942 characters (each standard's title and outcome read in words); other loudspeaker texts are under 800.
  it.each(['soan bai doc loa ve chuan ngheo', 'Soạn bài đọc loa về chuẩn nghèo mới'])('"%s"', async (request) => {
    const text = (await first(request)).split('\nBạn có thể gõ:')[0]!;
    expect(text.length).toBeLessThanOrEqual(800);
    // NĐ 07/2021 Điều 3 kept for 2026 (to 31/12/2026); NĐ 351/2025 from 01/01/2027: 2.200.000 / 2.800.000 đồng (updates-2026.md [M]).
    expect(text).toContain('Đến hết ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu: thu nhập trung bình mỗi người một tháng nông thôn không quá một triệu năm trăm nghìn đồng, thành thị không quá hai triệu đồng.');
    expect(text).toContain('Từ ngày mùng một tháng một năm hai nghìn không trăm hai mươi bảy, chuẩn mới: nông thôn không quá hai triệu hai trăm nghìn đồng, thành thị không quá hai triệu tám trăm nghìn đồng.');
    expect(text).toContain('Hộ có thu nhập không quá mức trên: hộ nghèo nếu thiếu hụt từ ba chỉ số trở lên, còn lại là hộ cận nghèo.');
    expect(text).toMatch(/^Nguồn: Nghị định 351\/2025\/NĐ-CP; Nghị định 07\/2021\/NĐ-CP; các con số là số liệu tham khảo, chưa được đối chiếu với nguyên văn văn bản\.$/m);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở Ủy ban nhân dân xã');
  });

  it('guard: a written post keeps each standard\'s title', async () => {
    const text = await first('soan bai dang zalo ve chuan ngheo');
    expect(text).toContain('Từ 01/01/2027, chuẩn nghèo đa chiều giai đoạn 2027–2030: thu nhập bình quân mỗi người mỗi tháng nông thôn');
  });
});
