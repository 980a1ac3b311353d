/**
 * Round 41 (resid41): residents on a cheap phone, typing Zalo-style without diacritics, tried on main on 07/12/2026.
 * NĐ 176/2025/NĐ-CP (updates-2026.md [M]): trợ cấp hưu trí xã hội from 75 without a pension in every household, from 70 to
 * under 75 for members of poor and near-poor households; amount [?]; at UBND cấp xã.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid41');

describe('1: "nha tui co 2 nguoi gia tren 70, 1 dua nho 5 tuoi, 2 vo chong, thu nhap 3 trieu/thang o que"', () => {
  const told = 'nha tui co 2 nguoi gia tren 70, 1 dua nho 5 tuoi, 2 vo chong, thu nhap 3 trieu/thang o que';

  it('says each pension with its band and who gets it (was "… mọi hộ", no band from 75), and no age line of the child alone', async () => {
    const answer = await first(told);
    expect(answer).toContain('Số người: 5;');
    expect(answer).not.toContain('Tuổi người trong hộ bạn kể: 5');
    expect(answer).toContain('• Người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ (tham khảo).');
    expect(answer).toContain('• Người từ 75 tuổi trở lên không có lương hưu được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ (tham khảo).');
    expect(answer).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP. Nơi làm: UBND cấp xã');
    expect(answer).not.toContain('mọi hộ');
  });

  it('fits a phone: ≤ 1.000 characters with the consent in brief after the pensions (was 1.139–1.639)', async () => {
    const answer = await first(told);
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
    expect(answer).toContain('Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.');
  });

  it('guard: ages all told exactly are still said back ("tui 68 tuoi song voi thang chau noi 10 tuoi")', async () => {
    expect(await first('tui 68 tuoi song voi thang chau noi 10 tuoi o ap 4, ko luong huu, con gai gui ve 1 trieu moi thang')).toContain('Tuổi người trong hộ bạn kể: 68, 10');
  });
});

describe('4: a household told in one message, the estimate first: the consent question after it in brief', () => {
  it.each([
    'nha tui 4 nguoi o que, thu nhap 2 trieu/nguoi, ko co bhyt, nha dat',
    'nha tui 4 nguoi o que, thu nhap 1tr2 moi nguoi, nha chat, ko co bhyt',
  ])('"%s": what each choice keeps, how long, how to delete, the law, in ≤ 350 characters (was ~480 with its heading)', async (text) => {
    const answer = await first(text);
    expect(answer).toContain('tham khảo');
    expect(answer).not.toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
    const consent = answer.slice(answer.indexOf('Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.'));
    expect(consent.length, consent).toBeLessThanOrEqual(350);
    expect(consent).toContain('Đồng ý lưu: giữ câu trả lời tối đa 30 ngày, không chia sẻ; xóa, rút lại đồng ý: gõ /xoadulieu.');
    expect(consent).toContain('Không lưu: chỉ giữ tạm vài giờ. Chưa chọn thì không lưu gì.');
    expect(consent).toContain('Căn cứ: Luật 91/2025/QH15, NĐ 356/2025/NĐ-CP.');
    expect(consent).toContain('Đồng ý lưu · Không lưu · Hủy');
  });

  it('guard: "/kiemtra" alone keeps the whole consent question', async () => {
    expect(await first('/kiemtra')).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });
});

describe('6: who handles a household\'s records now the district level is gone (01/07/2025, updates-2026.md "Procedure after 01/7/2025")', () => {
  const commune = (answer: string) => {
    expect(answer).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo/);
    expect(answer).toContain('Chủ tịch UBND cấp xã quyết định công nhận hộ nghèo, hộ cận nghèo sau rà soát');
    expect(answer).toContain('Từ 01/07/2025 không còn cấp huyện: hộ nộp Giấy đề nghị và nhận Giấy chứng nhận tại UBND cấp xã nơi hộ cư trú');
    expect(answer).not.toContain('Giải thích ngắn');
  };

  it.each(['huyen bo roi thi gio ai lo ho so', 'het huyen roi thi ai xet ho ngheo', 'huyen khong con thi ai lo giay chung nhan ho ngheo'])(
    '"%s" as a first message: the commune does it (was the ministry explainer found by search)',
    async (text) => commune(await first(text)),
  );

  it('"gio ai lo" after the procedure card: the commune, with no "chi tiết" that would be the procedure\'s again', async () => {
    const answer = await after(['thu tuc xet ho ngheo'], 'gio ai lo');
    commune(answer);
    expect(answer).not.toContain('Xem đủ: gõ “chi tiết”');
  });
});

describe('8: "tui muon vay 60tr/nam nuoi heo dc ko": a sum wanted, said back against the loan\'s ceiling, not a rumour', () => {
  it('the sum, within the poor household\'s ceiling published before (the card: 100.000.000 đồng/hộ, tham khảo), the near-poor\'s not known', async () => {
    const answer = await first('tui muon vay 60tr/nam nuoi heo dc ko');
    expect(answer).toMatch(/^Bạn muốn vay 60\.000\.000 đồng: với hộ nghèo, số này không vượt mức vay tối đa công bố trước đây \(xem bên dưới\); với hộ cận nghèo, mức vay tối đa chưa rõ\./);
    expect(answer).toContain('vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019)');
    expect(answer).toContain('tham khảo, chưa kiểm tra mức năm 2026');
    expect(answer).toContain('Tổ tiết kiệm và vay vốn tại thôn');
    expect(answer).not.toContain('Chưa xác nhận được');
  });

  it('a sum over it is said so; a cadre\'s formal question gets the ceiling in the sentence', async () => {
    expect(await first('tui can vay 150tr mua xe dc ko')).toContain('Bạn muốn vay 150.000.000 đồng: với hộ nghèo, số này cao hơn mức vay tối đa công bố trước đây');
    expect(await first('Hộ nghèo cần vay 60.000.000 đồng để chăn nuôi thì được vay tối đa bao nhiêu?')).toContain(
      'Bạn muốn vay 60.000.000 đồng: với hộ nghèo, số này không vượt mức vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019) công bố trước đây (tham khảo, chưa kiểm tra mức áp dụng từ năm 2026).',
    );
  });

  it('guard: a rumoured ceiling is still not confirmed ("nghe noi ho ngheo dc vay 200 trieu")', async () => {
    expect(await first('nghe noi ho ngheo dc vay 200 trieu')).toContain('Chưa xác nhận được: mức 200.000.000 đồng');
  });
});

describe('7: filing again next year, in any of its words, is the yearly review', () => {
  it.each(['sang nam phai lam lai ho so ko', 'qua nam co can khai lai ko', 'nam toi co can nop lai giay to ko', 'sang nam co phai lam lai giay to ko'])(
    '"%s": the list reviewed each year (QĐ 24/2021), whether to file again not known (was an explainer found by search)',
    async (text) => {
      const answer = await first(text);
      expect(answer).toMatch(/^• Danh sách hộ nghèo, hộ cận nghèo được rà soát lại mỗi năm trong đợt rà soát định kỳ, theo Quyết định 24\/2021\/QĐ-TTg \(tham khảo\)\./);
      expect(answer).not.toContain('Giải thích ngắn');
    },
  );

  it('guard: a lost certificate made again stays its card', async () => {
    expect(await first('lam lai giay chung nhan ho ngheo bi mat o dau')).toMatch(/^Mất, hư Giấy chứng nhận hộ nghèo, hộ cận nghèo/);
  });
});

describe('3: an income "đúng mốc" equal to the line is each person\'s, as the line is', () => {
  it('"nha tui 4 nguoi, thu nhap 1.500.000 dung moc": 1.500.000 đồng each (was the household\'s: 375.000 đồng each)', async () => {
    const answer = await first('nha tui 4 nguoi, thu nhap 1.500.000 dung moc');
    expect(answer).toContain('Thu nhập bình quân: 1.500.000 đồng/người/tháng, hộ 4 người');
    expect(answer).not.toContain('375.000');
  });

  it('guard: the whole household\'s said outright stays so ("thu nhap ca nha 1.500.000 dung moc")', async () => {
    expect(await first('nha tui 4 nguoi, thu nhap ca nha 1.500.000 dung moc')).toContain('÷ 4 người = 375.000 đồng/người/tháng');
  });
});
