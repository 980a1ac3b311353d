/**
 * Round 43 cadre45, on 07/12/2026: commune cadres' formal questions (with diacritics, sometimes without) on the two standards
 * compared, the list of poor communes, the review forms of 2026–2030, the documents of the 2026–2030 programme, and the status
 * each figure and document carries. Was: the 2022–2025 card (or 1.900 characters of long bullets), who recognises a household,
 * the points of TT 07/2021, a search snippet without NQ 424, "ngoài phạm vi" after the programme's card, the 2027–2030 card for
 * the 2026 review, the verified 500.000 đồng said "(tham khảo)", QĐ 28/2015 "(tham khảo)" on the loan card only, NĐ 238/2025
 * itself "chưa rõ".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-cadre45');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('the two standards compared, short enough for a phone', () => {
  for (const question of ['So sánh chuẩn nghèo giai đoạn 2022–2025 và 2027–2030', 'chuẩn mới khác chuẩn cũ chỗ nào', 'so sanh chuan ngheo 2022-2025 voi 2027-2030']) {
    it(`"${question}"`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toMatch(/^So sánh chuẩn nghèo 2022–2025 và 2027–2030:/u);
      expect(reply).toContain('• Nông thôn: 1.500.000 đồng (đã kiểm tra) → 2.200.000 đồng (tham khảo)');
      expect(reply).toContain('• Thành thị: 2.000.000 đồng (đã kiểm tra) → 2.800.000 đồng (tham khảo)');
      expect(reply).toContain('• Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
      expect(reply).toContain('• Thêm chỉ số “Xử lý rác thải sinh hoạt” (tham khảo); ngưỡng chưa rõ');
      expect(reply).toContain('Năm 2026: vẫn áp dụng chuẩn 2022–2025 (tham khảo); chuẩn 2027–2030 áp dụng từ 01/01/2027.');
      expect(reply).toMatch(/Nguồn: Nghị định 07\/2021\/NĐ-CP[^\n]*Nghị định 351\/2025\/NĐ-CP\./u);
      expect(reply).toContain(CADRE);
      expect(reply.length).toBeLessThanOrEqual(1200);
      // Short lines a phone shows whole.
      expect(Math.max(...reply.split('\n').map((line) => line.length))).toBeLessThanOrEqual(140);
    });
  }
});

describe('who decides the list of poor communes: not known, said so', () => {
  it('"Danh sách xã nghèo giai đoạn 2026–2030 do cơ quan nào quyết định?"', async () => {
    const reply = await DECEMBER.first('Danh sách xã nghèo giai đoạn 2026–2030 do cơ quan nào quyết định?');
    expect(reply).toMatch(/^Danh sách xã nghèo:/u);
    expect(reply).toContain('Cơ quan nào quyết định danh sách xã nghèo giai đoạn 2026–2030, theo tiêu chí nào, không có trong dữ liệu của trợ lý, nên trợ lý không nêu (chưa rõ).');
    expect(reply).not.toContain('Thẩm quyền công nhận hộ nghèo');
  });
});

describe('the review forms of 2026–2030 and the procedure after 01/07/2025', () => {
  it('"Mẫu phiếu rà soát 2026–2030 đã có thông tư hướng dẫn chưa?": what is known, what is not', async () => {
    const reply = await DECEMBER.first('Mẫu phiếu rà soát 2026–2030 đã có thông tư hướng dẫn chưa?');
    expect(reply).toMatch(/^Mẫu phiếu rà soát hộ nghèo, hộ cận nghèo/u);
    expect(reply).toContain('ban hành kèm Thông tư 07/2021/TT-BLĐTBXH, được sửa đổi bởi Thông tư 02/2022/TT-BLĐTBXH (tham khảo)');
    expect(reply).toMatch(/mẫu phiếu và cách chấm điểm cho rà soát giai đoạn 2026–2030[^\n]*\(chưa rõ\)/u);
  });

  it('"Thủ tục công nhận hộ nghèo hiện nay thế nào?": the district step gone first, the steps that name it after', async () => {
    const reply = await DECEMBER.first('Thủ tục công nhận hộ nghèo hiện nay thế nào?');
    const gone = reply.indexOf('không còn cơ quan thực hiện từ 01/07/2025');
    expect(gone).toBeGreaterThan(0);
    expect(gone).toBeLessThan(reply.indexOf('Rà soát định kỳ hằng năm'));
    expect(gone).toBeLessThan(reply.indexOf('Rà soát thường xuyên'));
  });
});

describe('the documents of the 2026–2030 programme', () => {
  it('"Chương trình MTQG giảm nghèo 2026–2030 gồm những văn bản nào": NQ 257, QĐ 417 and NQ 424, short', async () => {
    const reply = await DECEMBER.first('Chương trình MTQG giảm nghèo 2026–2030 gồm những văn bản nào');
    expect(reply).toContain('Nghị quyết 257/2025/QH15 ngày 11/12/2025');
    expect(reply).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
    expect(reply).toContain('Nghị quyết 424/NQ-CP ngày 30/12/2025');
    expect(reply).toContain('(đã kiểm tra)');
    expect(reply).not.toContain('423.000 tỷ đồng');
    expect(reply).toContain('Xem đủ: gõ “chi tiết”.');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });

  it('"phê duyệt theo văn bản nào?" after the programme\'s card: its documents, not the whole card again', async () => {
    const reply = await DECEMBER.after(['Chương trình MTQG giảm nghèo bền vững giai đoạn 2026–2030 là gì?'], 'phê duyệt theo văn bản nào?');
    expect(reply).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
    expect(reply).toContain('Nghị quyết 424/NQ-CP');
    expect(reply).not.toContain('ngoài phạm vi');
    expect(reply).not.toContain('423.000 tỷ đồng');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });
});

describe('the 2027–2030 standard and the review of 2026, typed without diacritics', () => {
  it('"chuan ngheo giai doan 2027-2030 ap dung khi nao doi voi ra soat nam 2026": 2026\'s answer', async () => {
    const reply = await DECEMBER.first('chuan ngheo giai doan 2027-2030 ap dung khi nao doi voi ra soat nam 2026');
    expect(reply).toMatch(/^Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 theo chuẩn nào:/u);
    expect(reply).toContain('áp dụng đến hết 31/12/2026; chuẩn nghèo đa chiều giai đoạn 2027–2030 áp dụng từ 01/01/2027 (tham khảo)');
    expect(reply).not.toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)\nÁp dụng');
  });
});

describe('each amount and each document with its own status', () => {
  it('the monthly allowance\'s 500.000 đồng (NĐ 76/2024, verified) is "đã kiểm tra", its groups "tham khảo"', async () => {
    const reply = await DECEMBER.first('Mức trợ cấp xã hội hằng tháng cho hộ nghèo là bao nhiêu?');
    expect(reply).toContain('Mức: Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra).');
    expect(reply).not.toContain('500.000 đồng/tháng (tham khảo)');
  });

  it('in a short text too: the amount verified, the groups reported', async () => {
    const reply = await DECEMBER.first('soạn tin nhắn zalo ngắn: hộ nghèo được hỗ trợ gì');
    expect(reply).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra), chỉ khi: thành viên thuộc nhóm được trợ cấp (tham khảo)');
  });

  it('"bn tien" after a class\'s supports: the 500.000 đồng with its own status', async () => {
    const reply = await DECEMBER.after(['ho ngheo dc ho tro j'], 'bn tien');
    expect(reply).toContain('• Trợ cấp xã hội hằng tháng: Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra).');
  });

  it('QĐ 28/2015/QĐ-TTg is "đã kiểm tra" on the loan card as in the entry, the figures "tham khảo"', async () => {
    const card = await DECEMBER.first('Hộ mới thoát nghèo được vay vốn ưu đãi không?');
    expect(card).toContain('Căn cứ: Quyết định 28/2015/QĐ-TTg (đã kiểm tra).');
    expect(card).toContain('(tham khảo, chưa kiểm tra mức áp dụng từ năm 2026)');
    expect(await DECEMBER.first('Hộ mới thoát nghèo được vay vốn theo văn bản nào?')).toContain('Căn cứ: Quyết định 28/2015/QĐ-TTg (đã kiểm tra).');
  });

  it('NĐ 238/2025/NĐ-CP itself "tham khảo", only its amount not known', async () => {
    const reply = await DECEMBER.first('Hỗ trợ chi phí học tập cho học sinh hộ nghèo theo Nghị định 238/2025 là bao nhiêu?');
    expect(reply).toContain('Căn cứ: Nghị định 238/2025/NĐ-CP (hiệu lực 03/09/2025; tham khảo).');
    expect(reply).not.toContain('03/09/2025; chưa rõ');
    expect(reply).toContain('chưa có số tiền (chưa rõ)');
  });
});
