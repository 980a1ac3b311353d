/**
 * Round 36 (words22, 06/12/2026): residents' words the assistant still misread, in their words.
 * - A member in prison or in military service asked to be counted ("z nha tui con tinh may nguoi") is the residence card with its
 *   chưa rõ line on them (was "ngoài phạm vi"); "chong tui o tu" ending a household sentence is a member in prison (was nothing said).
 * - A house lost to a storm by a household said to be of no class ("nha tui ko ngheo", "hổng phải hộ nghèo") is the sudden-hardship
 *   card (was the housing card of poor households in poor communes); a poor household's, or one whose class is not said, keeps the
 *   housing card, disaster help said not in the data (test/chat/supports.test.ts).
 * - "khieu nai cho ai" is the disputed result's card (was "tố cáo, khiếu nại cán bộ không có trong dữ liệu").
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round36-words22');
const PRISON_LINE = 'Thành viên đang ở tù (chấp hành án phạt tù) hoặc đi nghĩa vụ quân sự có được tính là người trong hộ hay không, dữ liệu của trợ lý không có quy định';

describe('a member in prison or in military service', () => {
  it.each([
    'nha tui co ong chong dang o tu, con tui di nghia vu quan su, z nha tui con tinh may nguoi',
    'chong tui bi tu 3 nam, nha tui tinh may nguoi',
    'chong tui bi bat di tu roi, nha con 3 me con, z tinh may nguoi',
    'bả nói chồng ở tù thì ko tính vô hộ, phải ko',
    'con tui di bo doi, nha tui tinh may khau',
    'Thành viên đang chấp hành án phạt tù có được tính vào nhân khẩu của hộ khi rà soát không?',
  ])('"%s": the residence card in brief, them named chưa rõ, whom to ask; its whole line after "chi tiết"', async (text) => {
    // In brief since round 36 short27 (the card was 1.701 characters on a phone).
    const [answer, whole] = await in2026.ask(text, 'chi tiết');
    expect(answer).toContain('Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở');
    expect(answer).toContain('đang ở tù hay đi nghĩa vụ quân sự có tính trong hộ không: do UBND cấp xã xác định (chưa rõ)');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('ngoài phạm vi');
    expect(whole).toContain(`${PRISON_LINE}; việc này do UBND cấp xã xác định khi rà soát (chưa rõ)`);
  });

  it.each(['nha tui 4 nguoi, thu nhap 3 trieu, chong tui o tu', 'nha tui 4 nguoi, thu nhap 3 trieu, ong xa tui o tu. co ngheo ko'])(
    '"%s": the one in prison said, chưa rõ, counted as told',
    async (text) => {
      const first = await in2026.first(text);
      expect(first).toContain('÷ 4 người');
      expect(first).toContain('Người đang ở tù có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ)');
      expect(first).toContain('Tạm tính cả 1 người đó');
    },
  );

  it('"nha tui 4 nguoi, con trai o tu nho voi ong ba noi, thu nhap 4tr": "ở từ nhỏ" is still nobody in prison', async () => {
    const first = await in2026.first('nha tui 4 nguoi, con trai o tu nho voi ong ba noi, thu nhap 4tr');
    expect(first).toContain('÷ 4 người');
    expect(first).not.toContain('ở tù');
  });
});

describe('a house lost to a storm', () => {
  it.each([
    'mô có ai giúp nhà tui, bão làm sập nhà rồi, nhà tui không phải hộ nghèo',
    'bao lut sap nha, nha tui ko ngheo co dc ho tro j ko',
    'viet bai zalo: nha bi bao sap, ko phai ho ngheo thi lam gi',
    'nha tui hổng nghèo, bị bão sập nhà rồi, xin hỗ trợ ở đâu',
  ])('"%s": the sudden-hardship card (review in the month, emergency relief chưa rõ), no housing card', async (text) => {
    const answer = await in2026.first(text);
    expect(answer).toContain('Hộ gặp biến cố trong năm (thiên tai, lũ, cháy nhà, mất việc, ốm nặng)');
    expect(answer).toContain('hỗ trợ khẩn cấp khi bị thiên tai, hỏa hoạn (lương thực, tiền, sửa nhà) không có trong');
    expect(answer).not.toContain('Hỗ trợ nhà ở');
  });

  it('"nha tui ho ngheo bi bao sap nha roi co dc ho tro ko": a poor household keeps the housing card', async () => {
    expect(await in2026.first('nha tui ho ngheo bi bao sap nha roi co dc ho tro ko')).toContain('Hỗ trợ nhà ở');
  });
});

describe('a lack asked whether it counts, people named but no figure', () => {
  it.each([
    ['vo chong tui ko biet chu thi co bi tinh thieu chi so j ko', 'Trình độ giáo dục của người lớn'],
    ['ong ba tui ko biet chu co bi tinh thieu ko', 'Trình độ giáo dục của người lớn'],
    ['ong ba tui gia roi ko biet chu, co bi tru diem ko', 'Trình độ giáo dục của người lớn'],
  ])('"%s": the indicator\'s entry, no check started', async (text, indicator) => {
    const answer = await in2026.first(text);
    expect(answer).toContain(`${indicator} (Giáo dục)`);
    expect(answer).toContain('bị tính là thiếu hụt khi');
    expect(answer).not.toContain('Mình hiểu:');
    expect(answer).not.toContain('Đồng ý lưu');
  });

  it('"nha tui 4 nguoi thu nhap 5tr, ko co bhyt thi co bi tinh thieu ko": a household told still starts the check', async () => {
    expect(await in2026.first('nha tui 4 nguoi thu nhap 5tr, ko co bhyt thi co bi tinh thieu ko')).toContain('Số người: 4');
  });
});

describe('an orphan raised by grandparents', () => {
  it.each(['con bé mồ côi ở với ông bà nội, ông bà già rồi, có dc hỗ trợ j hông', 'thang nho mo coi cha me o voi ba noi, co dc tro cap gi ko'])(
    '"%s": no line for orphans (chưa rõ, whom to ask), then the monthly allowance of NĐ 20/2021, not every class\'s list',
    async (text) => {
      const answer = await in2026.first(text);
      expect(answer.startsWith('Thông tin về hỗ trợ riêng cho trẻ em mồ côi không có trong dữ liệu của trợ lý')).toBe(true);
      expect(answer).toContain('Trợ cấp xã hội hằng tháng');
      expect(answer).toContain('Nghị định 20/2021/NĐ-CP, Điều 5');
      expect(answer).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
      expect(answer).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    },
  );
});

describe('to whom to complain', () => {
  it.each(['khieu nai cho ai', 'răng nhà tui ko dc vô hộ nghèo, khiếu nại với ai', 'khieu nai ket qua ra soat gui ai z'])(
    '"%s": the disputed result\'s card (the written reply, the way to complain chưa rõ, whom to ask)',
    async (text) => {
      const answer = await in2026.first(text);
      expect(answer.startsWith('Hộ không đồng ý với kết quả bình xét, rà soát')).toBe(true);
      expect(answer).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản và nêu rõ lý do');
      expect(answer).not.toContain('tố cáo, khiếu nại cán bộ');
    },
  );

  it('"muon khieu nai can bo xa thi gui cho ai": a cadre complained of stays the complaint the data has nothing on', async () => {
    expect(await in2026.first('muon khieu nai can bo xa thi gui cho ai')).toContain('Thông tin về tố cáo, khiếu nại cán bộ không có trong dữ liệu');
  });
});
