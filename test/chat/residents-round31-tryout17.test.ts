/**
 * Round 31 (tryout17): residents trying the chat on a cheap phone, 05/12/2026. Each was a wrong answer before:
 * - "nha tui moi bi loai khoi danh sach can ngheo" ("mới" = "just"): answered as a household that has a new house ("nhà mới");
 * - "nha tui bi bao lam sap het roi, ho ngheo, … ho tro cat lai ko": a BHYT explainer quoted by search; now the housing card;
 * - "nha ben canh dc ho ngheo ma nha tui … ko dc, tui muon khieu nai": "tố cáo, khiếu nại cán bộ không có trong dữ liệu"; now
 *   what a household that disputes the review's result can do (written reason, Mẫu số 04 at the UBND cấp xã);
 * - "mần răng để được xét" (Central: how to be reviewed): an explainer on renting; now the procedure; "tui bi cut 1 chan"
 *   (a leg lost): an explainer; now the disability entry;
 * - "lanh o dau" (Southern "lãnh": where the money is received) after the pension card: "ngoài phạm vi"; "vay r sao nua" after
 *   the loan card: a province's plan quoted by search; now where that support is applied for.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round31-tryout17');

const NOT_ON_LIST = /^Hộ không có tên \(hoặc không còn tên\) trong danh sách hộ nghèo, hộ cận nghèo:/;
const DISPUTED = /^Hộ không đồng ý với kết quả bình xét, rà soát:/;

describe('a household just dropped off the list ("mới" is "just")', () => {
  it('"nha tui moi bi loai khoi danh sach can ngheo, gio sao ad"', async () => {
    const [text] = await ask('nha tui moi bi loai khoi danh sach can ngheo, gio sao ad');
    expect(text).toMatch(NOT_ON_LIST);
    expect(text).not.toContain('nhà mới');
  });

  it('"nha tui moi bi gach ten ho ngheo, gio lam sao"', async () => {
    const [text] = await ask('nha tui moi bi gach ten ho ngheo, gio lam sao');
    expect(text).not.toContain('nhà mới');
  });

  // A guard (passes before and after): a new house owned is still the asset asked about.
  it('"co nha moi bi loai khoi ho ngheo ko": a new house owned', async () => {
    const [text] = await ask('co nha moi bi loai khoi ho ngheo ko');
    expect(text).toContain('nhà mới');
  });
});

describe('a house a storm brought down', () => {
  it('"nha tui bi bao lam sap het roi, ho ngheo, nha nuoc co ho tro cat lai ko"', async () => {
    const [text] = await ask('nha tui bi bao lam sap het roi, ho ngheo, nha nuoc co ho tro cat lai ko');
    // The housing card, in brief since round 35 (short26c): "Hỗ trợ nhà ở (áp dụng ngày …)" under the no-rule notice (was its whole
    // form, "Hỗ trợ nhà ở (theo dữ liệu chính sách …)").
    expect(text).toContain('Hỗ trợ nhà ở (áp dụng ngày');
    expect(text).not.toMatch(/^Giải thích ngắn:/);
  });

  // A guard (passes before and after): "sập nhà" said right after the storm.
  it('"bao lam sap nha tui roi, nha can ngheo, dc ho tro bn"', async () => {
    const [text] = await ask('bao lam sap nha tui roi, nha can ngheo, dc ho tro bn');
    expect(text).toContain('Hỗ trợ nhà ở (theo dữ liệu chính sách');
  });
});

describe('a neighbour recognised and not them: how to complain', () => {
  it('"nha ben canh dc ho ngheo ma nha tui ngheo hon ko dc, tui muon khieu nai"', async () => {
    const [text] = await ask('nha ben canh dc ho ngheo ma nha tui ngheo hon ko dc, tui muon khieu nai');
    expect(text).toMatch(DISPUTED);
    expect(text).toContain('Mẫu số 04');
    expect(text).not.toContain('tố cáo, khiếu nại cán bộ');
  });

  it('"tui thay xet ho ngheo o xom ko cong bang, muon khieu nai thi lam sao"', async () => {
    const [text] = await ask('tui thay xet ho ngheo o xom ko cong bang, muon khieu nai thi lam sao');
    expect(text).toMatch(DISPUTED);
  });

  // "… o dau" read the result disputed before: a cadre accused of keeping the money is the complaints the data has nothing on.
  it('"khieu nai can bo xa an chan tien ho tro ho ngheo o dau": a cadre accused', async () => {
    const [text] = await ask('khieu nai can bo xa an chan tien ho tro ho ngheo o dau');
    expect(text).toContain('tố cáo, khiếu nại cán bộ');
    expect(text).not.toMatch(DISPUTED);
  });
});

describe('where to go next, after a support card', () => {
  it('"lanh o dau" after the pension card of a grandfather of 82', async () => {
    const [, text] = await ask('ong noi tui 82 tuoi o mot minh ko ai nuoi, co dc tien ko', 'lanh o dau');
    expect(text).not.toContain('nằm ngoài phạm vi');
    expect(text).toContain('UBND cấp xã');
  });

  it('"vay r sao nua" after the loan card of a student', async () => {
    const [, text] = await ask('con tui dau dai hoc, nha can ngheo, vay tien di hoc dc ko', 'vay r sao nua');
    expect(text).not.toContain('Theo văn bản:');
    expect(text).toContain('Ngân hàng Chính sách xã hội');
  });
});

describe('how to be reviewed, and a limb lost', () => {
  it('"mần răng để được xét" after "răng nhà tui ko được hộ nghèo rứa"', async () => {
    const [, text] = await ask('răng nhà tui ko được hộ nghèo rứa', 'mần răng để được xét');
    expect(text).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:/);
    expect(text).not.toContain('Giải thích ngắn:');
  });

  it('"tui bi cut 1 chan, dc tro cap bn 1 thang"', async () => {
    const [text] = await ask('tui bi cut 1 chan, dc tro cap bn 1 thang');
    expect(text).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì/);
  });
});

describe('"is it true?" after the answer to a rumour', () => {
  it('"that ko ad" after "nghe noi nam 2027 bo ho can ngheo phai ko"', async () => {
    const [, text] = await ask('nghe noi nam 2027 bo ho can ngheo phai ko', 'that ko ad');
    // Round 44 rumour49: a doubt right after a verdict says the verdict again (was what the last answer was about).
    expect(text).toMatch(/^(Về .*trên đây là những gì dữ liệu của trợ lý có\.|Trợ lý trả lời theo dữ liệu chính sách, không theo tin đồn; câu trả lời vẫn như trên)/);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn:');
  });
});
