/**
 * Round 30 (tryout14): residents trying the chat on Zalo, 05/12/2026. Each was a wrong answer before:
 * - a household moving ("don ra binh duong o tro", "so ho ngheo co chuyen theo"): a province's plan or an explainer on the
 *   ministry quoted by search; now where a household is reviewed when it moves (rules/reference.yaml residence);
 * - a driving course ("hoc lai xe de chay grab"): the school-fee exemption of pupils; now the training card (QĐ 46/2015);
 * - "ho ngheo co duoc cho tien an tet ko": an explainer of other supports quoted by search; now the Tết gifts entry;
 * - "hộ cận nghèo thì được chi, ưng hỏi cho biết" (Central "chi" = "gì", "ưng" = "muốn"): a province's resolution quoted by
 *   search; now the near-poor households' list of supports;
 * - "bé nhà tui 3 tuổi đi nhà trẻ, hộ nghèo có dc trợ tiền ăn ko": a household check started from the child's age; now the
 *   preschool lunch support (NĐ 105/2020).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round30-tryout14');

const RESIDENCE = /^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở/;

describe('a household that moves: where it is reviewed', () => {
  it('"nha ngheo tui don ra binh duong o tro, ho ngheo co mat ko"', async () => {
    const [text] = await ask('nha ngheo tui don ra binh duong o tro, ho ngheo co mat ko');
    expect(text).toMatch(RESIDENCE);
    expect(text).toContain('UBND cấp xã nơi hộ đang cư trú');
    expect(text).not.toContain('Theo văn bản:');
  });

  it('"nha tui chuyen tu quang nam vo dong nai, so ho ngheo co chuyen theo dc ko"', async () => {
    const [text] = await ask('nha tui chuyen tu quang nam vo dong nai, so ho ngheo co chuyen theo dc ko');
    expect(text).toMatch(RESIDENCE);
    expect(text).not.toContain('Giải thích ngắn:');
  });

  // A guard (passes before and after): "dọn ra" said of a member moving out to live apart is no move of the household.
  it('"con tui don ra o rieng roi, ho ngheo nha tui tinh sao": a member moving out is no move of the household', async () => {
    const [text] = await ask('con tui don ra o rieng roi, ho ngheo nha tui tinh sao');
    expect(text).not.toMatch(RESIDENCE);
  });
});

describe('a driving course for work is training, not a school fee', () => {
  it('"tui muon hoc lai xe de chay grab, nha ngheo co dc ho tro hoc phi ko"', async () => {
    const [text] = await ask('tui muon hoc lai xe de chay grab, nha ngheo co dc ho tro hoc phi ko');
    expect(text).toMatch(/^Hỗ trợ học nghề \(theo dữ liệu chính sách/);
    expect(text).not.toContain('Miễn học phí trường công lập');
  });

  it('"ho can ngheo di hoc bang lai xe tai co dc ho tro ko"', async () => {
    const [text] = await ask('ho can ngheo di hoc bang lai xe tai co dc ho tro ko');
    expect(text).toMatch(/^Hỗ trợ học nghề \(theo dữ liệu chính sách/);
  });
});

describe('money for Tết', () => {
  it('"ho ngheo co duoc cho tien an tet ko"', async () => {
    const [text] = await ask('ho ngheo co duoc cho tien an tet ko');
    expect(text).toMatch(/^Quà Tết, hỗ trợ dịp Tết cho hộ nghèo, hộ cận nghèo:/);
  });
});

describe('the supports of a class asked, with a request to be told after it', () => {
  it('"hộ cận nghèo thì được chi, ưng hỏi cho biết"', async () => {
    const [text] = await ask('hộ cận nghèo thì được chi, ưng hỏi cho biết');
    expect(text).toMatch(/^Hỗ trợ cho hộ cận nghèo \(áp dụng ngày 05\/12\/2026\):/);
  });

  it('"ho ngheo thi dc gi, muon hoi cho biet"', async () => {
    const [text] = await ask('ho ngheo thi dc gi, muon hoi cho biet');
    expect(text).toMatch(/^Hỗ trợ cho hộ nghèo \(áp dụng ngày 05\/12\/2026\):/);
  });
});

describe('a small child at preschool and meals: the lunch support, no check started', () => {
  it('"bé nhà tui 3 tuổi đi nhà trẻ, hộ nghèo có dc trợ tiền ăn ko"', async () => {
    const [text] = await ask('bé nhà tui 3 tuổi đi nhà trẻ, hộ nghèo có dc trợ tiền ăn ko');
    expect(text).toMatch(/^Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo/);
    expect(text).toContain('160.000 đồng');
    expect(text).not.toContain('Đồng ý lưu');
  });

  // A guard (passes before and after): "mầm non" with the class named already read as the lunch support.
  it('"con gai tui 5 tuoi hoc mam non, ho can ngheo co dc tro tien an ko"', async () => {
    const [text] = await ask('con gai tui 5 tuoi hoc mam non, ho can ngheo co dc tro tien an ko');
    expect(text).toContain('160.000 đồng');
    expect(text).not.toContain('Đồng ý lưu');
  });
});
