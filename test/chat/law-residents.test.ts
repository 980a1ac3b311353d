/**
 * Round 6, outside test (law): residents' questions whose answer was wrong by the law or unrelated, in their own words.
 * Each test fails on the code before the fix. Facts from shared/facts (updates-2026.md wins): [M] is "tham khảo",
 * [?] is never a figure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const QUOTED = /Theo văn bản:|Giải thích ngắn:/;

describe('what the BHYT card pays in hospital, not the premium', () => {
  it.each(['tía tui nằm viện, BHYT hộ cận nghèo trả hết viện phí ko', 'ma tui nam vien, the bhyt can ngheo co tra het tien vien phi hong'])(
    '“%s”: the benefit level (NQ 261/2025, tham khảo) with its unknown start, not the premium card',
    async (question) => {
      harness = await openHarness();
      const { text } = await harness.say(question);
      expect(text).toMatch(/^Mức hưởng bảo hiểm y tế/);
      expect(text).toContain('trong phạm vi được hưởng');
      expect(text).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
      expect(text).toContain('Nghị quyết 261/2025/QH15');
      expect(text).not.toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    },
  );
});

describe('savings are not in the data (the loan card is no answer)', () => {
  it.each(['lãi suất tiết kiệm', 'gửi tiết kiệm', 'gui tiet kiem o ngan hang chinh sach lai suat bn vay ad'])('“%s”: said plainly, no loan figures', async (question) => {
    harness = await openHarness();
    const { text } = await harness.say(question);
    expect(text).toContain('gửi tiết kiệm');
    expect(text).toContain('không có trong dữ liệu của trợ lý');
    expect(text).toContain(POVERTY_CADRE);
    expect(text).not.toContain('Vay vốn tín dụng chính sách');
    expect(text).not.toContain('6,6%');
  });

  it('a loan rate is still the loan card', async () => {
    harness = await openHarness();
    expect((await harness.say('lai suat vay ho ngheo bn')).text).toMatch(/^Vay vốn tín dụng chính sách/);
  });
});

describe('BHYT for someone from 75 (review S1): the social pension and what the card pays, with the unknown start', () => {
  it('“ong tui 80 tuoi co dc bhyt mien phi ko”: the 75+ benefit and the social pension first, the start of 100% not known', async () => {
    harness = await openHarness();
    const { text } = await harness.say('ong tui 80 tuoi co dc bhyt mien phi ko');
    expect(text).toMatch(/^Mức hưởng bảo hiểm y tế/);
    expect(text).toContain('người từ 75 tuổi trở lên đang hưởng trợ cấp hưu trí xã hội');
    expect(text).toContain('thời điểm bắt đầu áp dụng mức 100% này chưa rõ');
    expect(text).toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ)');
    expect(text).toContain('Nghị định 176/2025/NĐ-CP');
    // The premium support by class still follows.
    expect(text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(text.indexOf('Hỗ trợ đóng bảo hiểm y tế')).toBeGreaterThan(text.indexOf('Trợ cấp hưu trí xã hội'));
  });

  it('without an age, the premium card alone', async () => {
    harness = await openHarness();
    const { text } = await harness.say('ho can ngheo co dc bhyt mien phi ko');
    expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(text).not.toContain('Mức hưởng bảo hiểm y tế');
    expect(text).not.toContain('hưu trí xã hội');
  });
});

describe('someone who already has a pension (review S2)', () => {
  it.each(['ông tui có lương hưu rồi, có được trợ cấp gì ko', 'ba tui 78 tuoi dang an luong huu co dc tro cap huu tri xa hoi ko'])(
    '“%s”: leads with what a pension changes, not the support for people without one',
    async (question) => {
      harness = await openHarness();
      const { text } = await harness.say(question);
      expect(text).toMatch(/^Người đã có lương hưu thì không thuộc diện trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu/);
      expect(text).toContain('Nghị định 176/2025/NĐ-CP, tham khảo');
      if (question.includes('78 tuoi')) {
        // Round 20: 78 is past the 70–75 band of poor and near-poor households: one line, no card and no note on it.
        expect(text).toContain('Còn trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) là loại khác: chỉ áp dụng khi có thành viên từ 70 đến dưới 75 tuổi, nên không áp dụng cho người 78 tuổi.');
        expect(text).not.toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) (theo');
        return;
      }
      expect(text).toContain('dữ liệu của trợ lý không nói rõ người đã có lương hưu');
      // The card of the pension for people without one comes last.
      expect(text.lastIndexOf('Trợ cấp hưu trí xã hội (người cao tuổi')).toBeGreaterThan(text.indexOf('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) (theo'));
    },
  );

  it('“ong noi tui 76 tuoi ko co luong huu co dc tro cap j ko”: no pension said, the pension from 75 first as before', async () => {
    harness = await openHarness();
    const { text } = await harness.say('ong noi tui 76 tuoi ko co luong huu co dc tro cap j ko');
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    expect(text).not.toContain('Người đã có lương hưu');
  });
});

describe('rumours in ordinary chat are checked against the data (not only in outreach texts)', () => {
  it('“nghe noi chuan ngheo moi la 1,9 trieu”: wrong, the 2027–2030 lines and that 1,9 triệu was the draft’s', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nghe noi chuan ngheo moi la 1,9 trieu');
    expect(text).toMatch(/^Không đúng: 1,9 triệu là mức trong dự thảo tháng 9\/2025; bản cuối \(tham khảo\): 2\.200\.000 đồng nông thôn \/ 2\.800\.000 đồng thành thị, hộ nghèo khi thiếu hụt từ 3 chỉ số\./);
    expect(text).toContain('dự thảo tháng 9/2025');
  });

  it('“tu thang nay ho can ngheo dc 2tr2 ha”: 2,2 triệu is the 2027 rural line, not money received, and not this month’s line', async () => {
    harness = await openHarness();
    const { text } = await harness.say('tu thang nay ho can ngheo dc 2tr2 ha');
    expect(text).toMatch(/^Không đúng: 2\.200\.000 đồng không phải là mức của chuẩn nghèo đa chiều năm 2026/);
    expect(text).toContain('nông thôn 1.500.000 đồng, thành thị 2.000.000 đồng');
    expect(text).toContain('2.200.000 đồng là chuẩn nghèo ở nông thôn của chuẩn nghèo đa chiều giai đoạn 2027–2030 (từ 01/01/2027, Nghị định 351/2025/NĐ-CP');
    expect(text).toContain('không phải tiền hộ được nhận');
  });

  it('“nghe noi ho can ngheo sap dc nha nuoc cho 5 trieu”: no such support, then the supports of near-poor households', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nghe noi ho can ngheo sap dc nha nuoc cho 5 trieu');
    expect(text).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 5\.000\.000 đồng cho hộ cận nghèo/);
    expect(text).toContain('Hỗ trợ đóng bảo hiểm y tế');
  });

  it('“ho ngheo dc ho tro xay nha 40 trieu ha”: the 2021–2025 amount, not 2026’s', async () => {
    harness = await openHarness();
    const { text } = await harness.say('ho ngheo dc ho tro xay nha 40 trieu ha');
    expect(text).toMatch(/^Chưa xác nhận được: mức 40\.000\.000 đồng của hỗ trợ nhà ở năm 2026 chưa được công bố/);
    expect(text).toContain('là mức của giai đoạn trước');
  });

  it('an amount not known ([?]) is not confirmed, nor called wrong: “hoc sinh ho ngheo dc ho tro chi phi hoc tap 150 nghin 1 thang dung ko”', async () => {
    harness = await openHarness();
    const { text } = await harness.say('hoc sinh ho ngheo dc ho tro chi phi hoc tap 150 nghin 1 thang dung ko');
    expect(text).toMatch(/^Chưa xác nhận được: mức 150\.000 đồng của hỗ trợ chi phí học tập năm 2026/);
    expect(text).not.toContain('Không đúng');
  });

  it('review7 MUST 3: a pension amount the data does not have is not confirmed, nor called wrong: “nghe noi tro cap huu tri xa hoi cho nguoi 70 tuoi ho ngheo la 500 nghin 1 thang”', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nghe noi tro cap huu tri xa hoi cho nguoi 70 tuoi ho ngheo la 500 nghin 1 thang');
    expect(text).toMatch(/^Chưa xác nhận được: mức 500\.000 đồng của trợ cấp hưu trí xã hội/);
    expect(text).toContain(POVERTY_CADRE);
    expect(text).not.toContain('Không đúng');
  });

  it('review7 MUST 3: a figure said of the 2027 middle band is not answered as the poverty line: “nghe nói từ 2027 hộ có mức sống trung bình ở quê là dưới 3 triệu đúng không”', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nghe nói từ 2027 hộ có mức sống trung bình ở quê là dưới 3 triệu đúng không');
    expect(text).toMatch(/^Chưa xác nhận được: mức 3\.000\.000 đồng của hộ có mức sống trung bình theo chuẩn nghèo đa chiều giai đoạn 2027–2030/);
    expect(text).not.toContain('Không đúng');
    // guard: a poverty line stated wrongly is still wrong.
    expect((await harness.say('nghe noi tu 2027 chuan ngheo o que la 1tr9')).text).toMatch(/^Không đúng: 1,9 triệu là mức trong dự thảo tháng 9\/2025; bản cuối \(tham khảo\): 2\.200\.000 đồng nông thôn \/ 2\.800\.000 đồng thành thị, hộ nghèo khi thiếu hụt từ 3 chỉ số\./);
  });

  it('a line stated rightly is confirmed: “nghe noi chuan ngheo la 1tr5 dung ko”', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nghe noi chuan ngheo la 1tr5 dung ko');
    expect(text).toMatch(/^Đúng: 1\.500\.000 đồng là chuẩn nghèo ở nông thôn/);
    expect(text).not.toContain('Không đúng');
  });

  // review6 M6: income under the line is hộ nghèo only with 3 or more deprivations (NĐ 07/2021 Điều 3 khoản 2), else cận nghèo.
  it.each([
    ['nghe noi thu nhap duoi 1tr5 la ho ngheo', '1.500.000 đồng (nông thôn)', 'chuẩn nghèo đa chiều năm 2026'],
    ['thu nhap duoi 1,5 trieu la ho ngheo dung ko', '1.500.000 đồng (nông thôn)', 'chuẩn nghèo đa chiều năm 2026'],
    ['o thanh pho duoi 2 trieu la ho ngheo ha', '2.000.000 đồng (thành thị)', 'chuẩn nghèo đa chiều năm 2026'],
    ['nghe noi nam sau thu nhap duoi 2tr2 la ho ngheo', '2.200.000 đồng (nông thôn)', 'chuẩn nghèo đa chiều giai đoạn 2027–2030'],
  ])('a class said of the line alone is only partly right: “%s”', async (question, line, standard) => {
    harness = await openHarness();
    const { text } = await harness.say(question);
    expect(text).toMatch(new RegExp(`^Chưa đủ: thu nhập bình quân mỗi người mỗi tháng không quá ${line.replace(/[.()]/g, '\\$&')} là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo \\(${standard}`));
    expect(text).toMatch(/Nghị định (07\/2021|351\/2025)\/NĐ-CP/);
    expect(text).toContain('tham khảo');
    // "dưới" is not "không quá": the line itself is in.
    expect(text).toContain('“Không quá” gồm cả thu nhập đúng bằng');
    expect(text).not.toMatch(/^Đúng/);
  });

  it.each([
    ['a household’s own income', 'nha 4 nguoi thu nhap 6 trieu co phai ho can ngheo ko'],
    ['a wage', 'luong 3 trieu co dc ho can ngheo ko'],
    ['a loan wanted', 'nha tui muon vay 50 trieu dc ko, ho ngheo'],
    ['an amount the data has', 'tre mau giao ho can ngheo dc 160k tien an trua ha'],
    ['“2 triệu 1 người” (2 triệu for one person)', '2 trieu 1 nguoi 1 thang o thanh pho la ho ngheo ha'],
  ])('no correction for %s: “%s”', async (_, question) => {
    harness = await openHarness();
    const { text } = await harness.say(question);
    expect(text).not.toContain('Không đúng');
  });
});

describe('questions that got an unrelated passage (outside test item 4)', () => {
  it('“xa Ia Pa co phai xa ngheo ko”: the list of poor communes is not in the data; no passage', async () => {
    harness = await openHarness();
    const { text } = await harness.say('xa Ia Pa co phai xa ngheo ko');
    expect(text).toMatch(/^Danh sách xã nghèo:/);
    expect(text).toContain('không có trong dữ liệu của trợ lý, nên trợ lý không nêu xã nào');
    expect(text).not.toMatch(QUOTED);
  });

  it('“muon rut ten khoi ho can ngheo”: asking the commune to leave the list (QĐ 24/2021), what is lost, not “không tìm thấy”', async () => {
    harness = await openHarness();
    const { text } = await harness.say('muon rut ten khoi ho can ngheo');
    expect(text).toMatch(/^Hộ muốn ra khỏi danh sách hộ nghèo, hộ cận nghèo/);
    expect(text).toContain('đề nghị với UBND cấp xã');
    expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
    expect(text).toContain(POVERTY_CADRE);
  });

  it.each(['xã bãi ngang là gì', 'xa bai ngang dc ho tro gi'])('“%s”: what the term names (QĐ 90/QĐ-TTg), no list, no support by it', async (question) => {
    harness = await openHarness();
    const { text } = await harness.say(question);
    expect(text).toMatch(/^Xã bãi ngang ven biển và hải đảo:/);
    expect(text).toContain('Quyết định 90/QĐ-TTg');
    expect(text).toContain('không có trong dữ liệu của trợ lý');
    expect(text).not.toContain('Các chính sách hỗ trợ theo loại hộ');
  });

  it('“quyet dinh 768 binh dinh noi gi”: the decision’s own article saying what it issues, not its last article', async () => {
    harness = await openHarness();
    const { text } = await harness.say('quyet dinh 768 binh dinh noi gi');
    expect(text).toContain('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 160/NQ-CP');
    expect(text).toContain('QĐ 768/QĐ-UBND, UBND tỉnh Bình Định, 11/03/2022, Điều 1');
  });

  it('“quyet dinh 999 tinh nghe an noi gi”: a document the data does not have is said so, with the documents it has', async () => {
    harness = await openHarness();
    const { text } = await harness.say('quyet dinh 999 tinh nghe an noi gi');
    expect(text).toContain('Văn bản Quyết định 999 mà bạn hỏi không có trong dữ liệu của trợ lý');
    expect(text).toContain('Quyết định 768/QĐ-UBND');
    expect(text).not.toMatch(QUOTED);
  });

  it('“chi thi 05”: the directive the resolutions carry out is cited by them ("Chỉ thị số 05-CT/TW"), so it is answered from them', async () => {
    harness = await openHarness();
    for (const question of ['nhiệm vụ giải pháp thực hiện chỉ thị 05 về giảm nghèo bền vững', 'chi thi 05 noi gi ve giam ngheo']) {
      const { text } = await harness.say(question);
      expect(text, question).not.toContain('không có trong dữ liệu của trợ lý');
      expect(text, question).toMatch(QUOTED);
    }
  });

  it('“tom tat cach tu kiem tra ho can ngheo”: the criteria and how to check with /kiemtra, not the list of supports', async () => {
    harness = await openHarness();
    const { text } = await harness.say('tom tat cach tu kiem tra ho can ngheo');
    expect(text).toMatch(/^Chuẩn nghèo:/);
    expect(text).toContain('thiếu hụt từ 3 chỉ số trở lên');
    expect(text).toContain('/kiemtra');
    expect(text).not.toContain('Hỗ trợ đóng bảo hiểm y tế');
  });
});
