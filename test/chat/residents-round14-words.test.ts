/**
 * Round 14 (words): residents' money words and everyday questions, typed as they type them (no marks, "dc", "ko", "tui",
 * Central words). Asked on 03/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const { ask, first } = conversationsAt(DECEMBER, 'round14-words');

describe('"1 tram 20 trieu" is 120.000.000 đồng; "nam roi thu dc …" is the year\'s income', () => {
  it.each([
    ['nha 4 nguoi o que, nam roi thu dc 1 tram 20 trieu', '120.000.000 đồng một năm'],
    ['nha tui 4 nguoi o que, ca nam thu dc 1 tram 20 trieu', '120.000.000 đồng một năm'],
    ['nha 4 nguoi o que, nam ngoai ban dc 1 tram le 5 trieu', '105.000.000 đồng một năm'],
  ])('"%s"', async (question, year) => {
    const text = await first(question);
    expect(text).toContain(year);
    expect(text).toContain('÷ 4 người');
    expect(text).not.toContain('một tháng hay cả năm');
  });

  it('answering the income question: "1 tram 20 trieu" is 120.000.000 đồng, "nam roi thu dc 1 tram 20 trieu" its year', async () => {
    const [, , monthly] = await ask('nha 4 nguoi o que', 'Không lưu', '1 tram 20 trieu');
    expect(monthly).toContain('120.000.000 đồng/tháng');
    const [, , yearly] = await ask('nha 4 nguoi o que', 'Không lưu', 'nam roi thu dc 1 tram 20 trieu');
    expect(yearly).toContain('Thu nhập cả hộ: 10.000.000 đồng/tháng');
  });
});

describe('"ong nha tui mat roi co phai khai lai ko": a member changed, reported to UBND cấp xã', () => {
  it.each(['ong nha tui mat roi co phai khai lai ko', 'nha tui moi sinh them dua con thi co phai bao xa ko', 'ba tui qua doi roi, ho ngheo co phai khai lai hok'])(
    '"%s"',
    async (question) => {
      const text = await first(question);
      expect(text.split('\n')[0]).toContain('thay đổi thành viên');
      expect(text).toContain('UBND cấp xã');
      expect(text).toContain('Mẫu số 04');
      expect(text).toContain('không có quy định');
      expect(text).not.toContain('ngoài phạm vi');
    },
  );
});

describe('"mat giay chung nhan ho ngheo lam lai sao": where to ask (UBND cấp xã), no fee nor time invented', () => {
  it.each(['mat giay chung nhan ho ngheo lam lai sao', 'giay chung nhan can ngheo bi rach, xin cap lai o dau', 'tui lam mat giay ho ngheo roi, phai lam sao'])(
    '"%s"',
    async (question) => {
      const text = await first(question);
      expect(text.split('\n')[0]).toContain('Mất, hư Giấy chứng nhận');
      expect(text).toContain('UBND cấp xã');
      expect(text).toContain('lệ phí (nếu có) và thời gian cấp lại không có trong dữ liệu');
      expect(text).not.toMatch(/\d+\.000 đồng|\d+ ngày làm việc/);
    },
  );
});

describe('"nha bi lu cuon het, co dc xet ho ngheo lien ko": the review during the year, at UBND cấp xã', () => {
  it.each(['nha bi lu cuon het, co dc xet ho ngheo lien ko', 'chong tui mat viec, nha kho qua, xin vao ho can ngheo ngay dc ko', 'bi chay nha het roi, co dc xet ho ngheo ko'])(
    '"%s"',
    async (question) => {
      // In brief since round 36 (short27): no waiting, how to file; the whole entry after "chi tiết".
      const [brief, text] = await ask(question, 'chi tiết');
      expect(brief!.split('\n')[0]).toContain('biến cố trong năm');
      expect(brief).toContain('Hộ không phải chờ rà soát cuối năm');
      expect(brief).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
      expect(text).toContain('không phải chờ kỳ rà soát định kỳ');
      expect(text).toContain('Rà soát thường xuyên (hằng tháng');
      expect(text).toContain('Từ 01/07/2025 không còn cấp huyện');
      expect(text).toContain('UBND cấp xã nơi hộ cư trú');
    },
  );

  // Round 16: help asked after a flood is the loss's entry (review during the year; relief not in the data, said so), no longer
  // every class's list of supports, which named nothing for a flood.
  it('help asked after a flood: "nha bi lu cuon het co dc ho tro gi ko"', async () => {
    const text = await first('nha bi lu cuon het co dc ho tro gi ko');
    expect(text.split('\n')[0]).toContain('biến cố trong năm');
    expect(text).toContain('cứu trợ, hỗ trợ khẩn cấp');
  });
});

describe('"nha co xe may thi bi loai khoi ho ngheo ha": the standard\'s indicators, none a thing owned', () => {
  it.each([
    ['nha co xe may thi bi loai khoi ho ngheo ha', 'xe máy'],
    ['nha co ti vi tu lanh co bi cat ho ngheo ko', 'ti vi'],
  ])('"%s"', async (question, asset) => {
    const text = await first(question);
    // Round 25 (short7): the services the 12 indicators belong to, the indicators one typed question away ("chuẩn nghèo").
    expect(text).toContain('chuẩn nghèo đa chiều xét thu nhập và 12 chỉ số thiếu hụt');
    for (const service of ['y tế', 'nhà ở', 'nước sinh hoạt và vệ sinh', 'thông tin']) expect(text).toContain(service);
    expect(text).toContain('gõ “chuẩn nghèo”');
    expect(text).toContain(`Không có tiêu chí nào là có ${asset} thì bị loại`);
    expect(text).toContain('UBND cấp xã');
  });
});

describe('"nha 3 nguoi, dc tro cap 500 ngan, lam thue 4 trieu": income 4 triệu, the allowance said not counted', () => {
  it.each(['nha 3 nguoi, dc tro cap 500 ngan, lam thue 4 trieu', 'nha 3 nguoi o que, me tui dc tro cap 500 ngan, tui lam thue 4 trieu'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Thu nhập cả hộ: 4.000.000 đồng/tháng ÷ 3 người');
    expect(text).toContain('500.000 đồng tiền trợ cấp, hỗ trợ không cộng vào thu nhập');
    expect(text).toContain('trợ cấp xã hội của Nhà nước không tính vào thu nhập khi rà soát');
  });
});

describe('Central words: "răng" (why) opening a message, "chừ" (now), "được chi" (what)', () => {
  it.each(['răng nhà tui ko đc xét', 'rang nha tui ko dc xet'])('"%s": why a household is not recognised, the review and where to ask', async (question) => {
    const text = await first(question);
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toContain('rà soát');
    expect(text).toContain('UBND cấp xã');
  });

  it('"ho can ngheo chừ dc chi": what a near-poor household gets now', async () => {
    const text = await first('ho can ngheo chừ dc chi');
    expect(text).toContain('bảo hiểm y tế');
    expect(text).toContain('vay vốn');
  });

  it('"bhyt dc chi tra bn" keeps "chi trả" (paid), never "được gì"', async () => {
    expect(await first('ho ngheo di kham bhyt dc chi tra bn')).not.toContain('ngoài phạm vi');
  });
});

describe('"nuoi 2 dua nho, chong lam 5 trieu, vay la ho gi": the household check starts, not a passage', () => {
  it.each(['nuoi 2 dua nho, chong lam 5 trieu, vay la ho gi', 'chong lam 5 trieu, nuoi 2 con nho, la ho gi'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Thu nhập cả hộ: 5.000.000 đồng/tháng');
    expect(text).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
    expect(text).not.toContain('Theo văn bản');
  });

  it('an income alone asked the same way is still the standard\'s line: "thu nhap 2tr2 o que nam 2027 la ho gi"', async () => {
    expect(await first('thu nhap 2tr2 o que nam 2027 la ho gi')).not.toContain('Trước khi bắt đầu');
  });
});

describe('crop seasons: "moi mua lua dc 15 trieu, 1 nam 2 mua" is 30 triệu a year; "mùa" without a count is asked in "mùa"', () => {
  it('"nha 4 nguoi o que, moi mua lua dc 15 trieu, 1 nam 2 mua": 2 × 15.000.000 đồng a year', async () => {
    expect(await first('nha 4 nguoi o que, moi mua lua dc 15 trieu, 1 nam 2 mua')).toContain('30.000.000 đồng một năm ÷ 12 = 2.500.000 đồng một tháng');
  });

  it('"nha 4 nguoi o que, moi mua lua dc 15 trieu": how many seasons a year, asked in the resident\'s word, no income guessed', async () => {
    const text = await first('nha 4 nguoi o que, moi mua lua dc 15 trieu');
    expect(text).toContain('Một năm hộ làm mấy mùa?');
    expect(text).not.toContain('Thu nhập cả hộ');
  });
});

describe('"nghe noi 2 trieu la ho ngheo, nha tui 4 nguoi 7 trieu": the rumour answered, the household checked with 7 triệu', () => {
  it.each(['nghe noi 2 trieu la ho ngheo, nha tui 4 nguoi 7 trieu', 'nha tui 4 nguoi 7 trieu, nghe noi 2 trieu la ho ngheo phai ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text.split('\n')[0]).toMatch(/^(Chưa đủ|Không đúng|Đúng)/);
    expect(text).toContain('Thu nhập cả hộ: 7.000.000 đồng/tháng ÷ 4 người');
    expect(text).not.toContain('Mình thấy nhiều số tiền');
  });
});
