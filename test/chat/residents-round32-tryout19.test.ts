/**
 * Round 32 (tryout19): 25 residents trying the chat for the first time, 05/12/2026, as they type in Zalo. Each was a wrong
 * answer before:
 * - "vay la sao" ("vậy là sao": what does that mean) after an answer, or while the consent button waits: the loans' explainer;
 * - "sv ho ngheo vay tien hoc o dau": the poor household's loan card, never saying students' loans are not in the data;
 * - "tui 80 tuoi ho ngheo, dc nhung tien j": a province's plan quoted by search; now the pensions and the monthly allowance;
 * - "con tui lop 8 muon nghi hoc di lam vi nha ngheo qua, co dc ho tro j ko": the explainer of other supports (work abroad,
 *   Tết gifts); now the schooling support;
 * - "lam o dau", "r sao nua" while the consent button waits: "ngoài phạm vi", or a province's plan; now where a household files;
 *   "hoc o dau" after the training card, "lam the o dau" after the BHYT card: "ngoài phạm vi"; now the card's place;
 * - "qd 14/2025 la sao" after the electricity card: the explainer of QĐ 14/2012 (inpatients' meals); now what QĐ 14/2025 is;
 * - "tui nguoi dan toc, nha o vung cao, nuoc sinh hoat ko co, dc ho tro j ko": the housing card ("nhà ở vùng cao" read as
 *   "nhà ở"); now that no water support is in the data, and the water indicator.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round32-tryout19');

const LOANS_EXPLAINER = 'Hộ nghèo được vay vốn ưu đãi theo Nghị định 78/2002/NĐ-CP';
const OUT_OF_SCOPE = 'ngoài phạm vi';
const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('"vay la sao" is "vậy là sao", never a loan', () => {
  it('"vay la sao" after the pension card: that answer again, plainer', async () => {
    const [, text] = await ask('ba noi tui 76 tuoi ko co luong huu, co dc tien ko', 'vay la sao');
    expect(text).not.toContain(LOANS_EXPLAINER);
    expect(text).toContain('Trợ cấp hưu trí xã hội');
    expect(text).toContain('Nghị định 176/2025/NĐ-CP');
  });

  it('"vay la sao" while the consent button waits', async () => {
    const [, text] = await ask('nha tui 4 nguoi, o nong thon, thu nhap 6 trieu 1 thang, co phai ho ngheo ko', 'vay la sao');
    expect(text).not.toContain(LOANS_EXPLAINER);
    expect(text).toContain('Đồng ý lưu');
  });

  // A guard (passes before and after): a loan asked is still the loan.
  it('"ho ngheo vay von dc bn"', async () => {
    const [text] = await ask('ho ngheo vay von dc bn');
    expect(text).toContain('Vay vốn tín dụng chính sách');
  });
});

describe('a student\'s loan: not in the data, said so, never a figure made up for students', () => {
  it('"sv ho ngheo vay tien hoc o dau"', async () => {
    const [text] = await ask('sv ho ngheo vay tien hoc o dau');
    expect(text).toMatch(/^Dữ liệu chính sách của trợ lý không có quy định riêng về vay vốn tín dụng chính sách cho sinh viên đi học/);
    expect(text).toContain(REFERRAL);
  });
});

describe('an old person of a poor household asking what money they get', () => {
  it('"tui 80 tuoi ho ngheo, dc nhung tien j"', async () => {
    const [text] = await ask('tui 80 tuoi ho ngheo, dc nhung tien j');
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội/);
    expect(text).toContain('Nghị định 176/2025/NĐ-CP (tham khảo)');
    expect(text).not.toContain('Theo văn bản:');
  });
});

describe('a child about to leave school', () => {
  it('"con tui lop 8 muon nghi hoc di lam vi nha ngheo qua, co dc ho tro j ko"', async () => {
    const [text] = await ask('con tui lop 8 muon nghi hoc di lam vi nha ngheo qua, co dc ho tro j ko');
    expect(text).toMatch(/^Hỗ trợ chi phí học tập/);
    expect(text).toContain('Miễn học phí trường công lập');
    expect(text).not.toContain('quà Tết');
  });
});

describe('where to go, asked in two words', () => {
  it('"lam o dau" while the consent button waits: where a household files, then the choice again', async () => {
    const [, text] = await ask('tui di lam tren thanh pho ve que that nghiep, nha 5 nguoi, co dc ho can ngheo ko', 'lam o dau');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain('Đầy đủ ở câu trả lời phía trên');
    expect(text).toContain('Đồng ý lưu');
  });

  it('"r sao nua" while the consent button waits: no province\'s plan', async () => {
    const [, text] = await ask('tui me don than nuoi 2 dua nho, lam cong nhat 3 trieu 1 thang, co dc ho ngheo ko', 'r sao nua');
    expect(text).not.toContain('Theo văn bản:');
    expect(text).toContain('Mẫu số 04');
  });

  it('"hoc o dau" after the training card', async () => {
    const [, text] = await ask('tui moi ve tu binh duong, ko co viec, muon hoc nghe co dc ho tro ko', 'hoc o dau');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).toContain('cơ sở giáo dục nghề nghiệp');
  });

  it('"lam the o dau" after the BHYT card', async () => {
    const [, text] = await ask('ho can ngheo the bhyt dc ho tro bn', 'lam the o dau');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).toContain('Bảo hiểm xã hội');
  });
});

describe('a document asked "la sao"', () => {
  it('"qd 14/2025 la sao" after the electricity card: that decision, never QĐ 14/2012', async () => {
    const [, text] = await ask('ho ngheo co dc ho tro tien dien ko', 'qd 14/2025 la sao');
    expect(text).toMatch(/^Quyết định 14\/2025\/QĐ-TTg/);
    expect(text).toContain('biểu giá bán lẻ điện');
    expect(text).not.toContain('14/2012');
  });
});

describe('"nhà ở vùng cao" is where the house is, not housing', () => {
  it('"tui nguoi dan toc, nha o vung cao, nuoc sinh hoat ko co, dc ho tro j ko"', async () => {
    const [text] = await ask('tui nguoi dan toc, nha o vung cao, nuoc sinh hoat ko co, dc ho tro j ko');
    expect(text).not.toContain('Hỗ trợ nhà ở');
    expect(text).toContain('nước');
    expect(text).toContain('Nguồn nước sinh hoạt');
  });

  // A guard (passes before and after): housing asked by name.
  it('"ho ngheo dc ho tro nha o ko"', async () => {
    const [text] = await ask('ho ngheo dc ho tro nha o ko');
    expect(text).toMatch(/^Hỗ trợ nhà ở/);
  });
});

// Guards (pass before and after): the new routes stay within a phone's length.
describe('every answer here fits a phone', () => {
  it.each([
    ['tui 80 tuoi ho ngheo, dc nhung tien j'],
    ['con tui lop 8 muon nghi hoc di lam vi nha ngheo qua, co dc ho tro j ko'],
    ['sv ho ngheo vay tien hoc o dau'],
  ])('"%s"', async (question) => {
    const [text] = await ask(question);
    expect(text!.length).toBeLessThanOrEqual(1700);
  });
});

describe('"lam o dau" after the disability entry: the places it says, not its ending', () => {
  it('"nha tui co thang con bi khuyet tat nang, nha ngheo, dc ho tro j ko" then "lam o dau"', async () => {
    const [, text] = await ask('nha tui co thang con bi khuyet tat nang, nha ngheo, dc ho tro j ko', 'lam o dau');
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain('• Thông tin kiểm tra đến ngày');
    expect(text).not.toContain('• Bạn có thể hỏi trực tiếp');
    expect(text!.split('Bạn có thể hỏi trực tiếp').length - 1).toBe(1);
  });
});
