/**
 * Round 42 (resid45): residents' short messages and follow-ups taken the wrong way, tried on main on 07/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, ask, after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid45');

describe('1: a thing lacked ("ko co nha o", "ko co nuoc sach", "ko co tien dien") is never small talk, and is answered as a household lacking it', () => {
  it.each(['nha ko co nha o', 'tui ko co nha o', 'nha tui hong co nha o', 'ko co nha o'])('"%s": the housing indicators and the housing support in brief (was a goodbye)', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain('Dạ. Khi cần hỏi thêm');
    expect(answer).toContain('Chất lượng nhà ở');
    expect(answer).toContain('Diện tích nhà ở bình quân đầu người');
    expect(answer).toContain('Hỗ trợ nhà ở:');
    expect(answer).toContain('Kiểm tra hộ gia đình');
    expect(answer.length, answer).toBeLessThanOrEqual(1100);
  });

  it.each(['ko co nuoc sach', 'nha tui ko co nuoc sach', 'hong co nuoc sach'])('"%s": the water indicator, what it counts for, the check (was "no water support in the data" first)', async (text) => {
    const answer = await first(text);
    expect(answer.startsWith('Chỉ số thiếu hụt theo chuẩn nghèo'), answer).toBe(true);
    expect(answer).toContain('Nguồn nước sinh hoạt');
    expect(answer).toContain('Muốn kiểm tra một hộ theo các chỉ số này');
    expect(answer).not.toContain('không có khoản hỗ trợ tiền nước');
  });

  it.each(['ko co tien dien', 'nha tui ko co tien dien', 'tui hok co tien dien'])('"%s": the electricity lines in brief and what the resident wants asked (was the whole card)', async (text) => {
    const answer = await first(text);
    expect(answer.startsWith('Hỗ trợ tiền điện (áp dụng ngày 07/12/2026):'), answer).toBe(true);
    expect(answer).toContain('Bạn muốn hỏi hộ mình có được hỗ trợ này không, hay kiểm tra hộ gia đình theo chuẩn nghèo?');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('guard: a water support asked keeps saying the data has none ("nha tui ko co nuoc sach thi dc ho tro j"); thanks stay thanks', async () => {
    expect(await first('nha tui ko co nuoc sach thi dc ho tro j')).toContain('không có khoản hỗ trợ tiền nước');
    expect(await first('cam on lam nha')).toContain('Không có gì ạ.');
    expect(await first('ok nha')).toContain('Dạ.');
  });
});

describe('2: "con nam 2027 thi sao" at the consent step after an income per person: the same amount against the 2027 lines', () => {
  it.each([
    ['thu nhap moi nguoi 2 trieu 1 thang co ngheo ko', 'con nam 2027 thi sao', '2.000.000', 'ở nông thôn (mức ≤ 2.200.000 đồng) và thành thị (mức ≤ 2.800.000 đồng)'],
    ['thu nhap 1tr8 moi nguoi', 'qua 2027 thi sao', '1.800.000', '(mức ≤ 2.200.000 đồng)'],
    ['nha tui o que thu nhap 1tr8 moi nguoi', 'nam 2027 thi sao ad', '1.800.000', 'ở nông thôn (mức ≤ 2.200.000 đồng)'],
    ['moi nguoi dc 2tr5 1 thang', 'con nam sau thi sao', '2.500.000', '(mức ≤ 2.800.000 đồng)'],
  ])('"%s" then "%s" (was the consent question again alone)', async (told, asked, amount, lines) => {
    const answer = await after([told], asked);
    expect(answer).toContain(`Thu nhập bình quân ${amount} đồng/người/tháng: theo chuẩn áp dụng ngày 01/01/2027 của Nghị định 351/2025/NĐ-CP (tham khảo)`);
    expect(answer).toContain(lines);
    expect(answer).toContain('Đồng ý lưu');
  });
});

describe('3: after the procedure, "huyen bi bo rui thi nop cho ai": the commune, the Chủ tịch UBND cấp xã decides', () => {
  it.each(['huyen bi bo rui thi nop cho ai', 'het huyen r thi nop cho ai', 'hong con huyen thi nop don cho ai', 'huyen bi xoa roi nha tui nop ho so dau'])(
    '"%s" (was the list of supports found by search)',
    async (text) => {
      for (const answer of [await after(['thu tuc lam ho ngheo the nao'], text), await first(text)]) {
        expect(answer).toContain('Từ 01/07/2025 không còn cấp huyện');
        expect(answer).toContain('Chủ tịch UBND cấp xã quyết định công nhận');
        expect(answer).not.toContain('Giải thích ngắn');
      }
    },
  );
});

describe('4: a name told ("tui ten Hoang Van Thu") gets a polite reply, what can be asked, the name never said back', () => {
  it.each(['tui ten Hoang Van Thu', 'chao ad, em ten Lan', 'ten tui la Tran Van Ba', 'con ten la hung nha'])('"%s" (was a "Chưa rõ 2027–2030" card)', async (text) => {
    const answer = await first(text);
    expect(answer.startsWith('Chào bạn, cảm ơn bạn đã nhắn.'), answer).toBe(true);
    expect(answer).toContain('mình không cần tên của bạn và không ghi lại tên');
    expect(answer).toContain('Kiểm tra hộ gia đình');
    for (const part of ['Hoang', 'Thu', 'Lan', 'Tran', 'hung']) expect(answer).not.toContain(` ${part} `);
    expect(answer).not.toContain('Chưa rõ');
  });

  it('guard: "tui ten gi" still asks who the assistant is', async () => {
    expect(await first('tui ten gi')).toContain('Mình là Trợ lý Giảm nghèo');
  });
});

describe('5: a province told right after a support card says what changes there, not the same card', () => {
  it.each(['tui o Ha Noi', 'nha tui o ha noi', 'em o hn a'])('"%s" after the BHYT card: Hà Nội\'s 100 %% for 36 months (was the card again, 1.471 characters)', async (text) => {
    const [card, told] = await ask('co bhyt ko', text);
    const answer = told!;
    expect(answer).toContain('Hà Nội hỗ trợ 100% mức đóng bảo hiểm y tế cho thành viên hộ vừa ra khỏi danh sách hộ nghèo, hộ cận nghèo, trong 36 tháng, áp dụng từ 01/01/2026');
    expect(answer).toContain('(tham khảo)');
    expect(answer).not.toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
    expect(answer.length, answer).toBeLessThan(card!.length);
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('"nha em o sai gon a" after the loans card: no place line, the national card stands, whom to ask', async () => {
    const answer = await after(['ho ngheo dc vay bao nhieu'], 'nha em o sai gon a');
    expect(answer).toContain('Dữ liệu của trợ lý không có quy định riêng của thành phố Hồ Chí Minh về hỗ trợ này (chưa rõ)');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Tổ tiết kiệm và vay vốn');
  });
});

describe('6: a sum told as wanted without a question word is said back against the ceiling, as "… dc ko" is', () => {
  it.each([
    ['ho ngheo muon vay 150 trieu', 'Bạn muốn vay 150.000.000 đồng: với hộ nghèo, số này cao hơn mức vay tối đa công bố trước đây (xem bên dưới).'],
    ['nha tui can vay 80tr nuoi bo', 'Bạn muốn vay 80.000.000 đồng: với hộ nghèo, số này không vượt mức vay tối đa'],
    ['tui muon vay 50 trieu de lam an', 'Bạn muốn vay 50.000.000 đồng:'],
    ['ho can ngheo xin vay 120 trieu', 'Bạn muốn vay 120.000.000 đồng: với hộ cận nghèo, mức vay tối đa chưa rõ.'],
  ])('"%s" (was the card alone)', async (text, lead) => {
    const answer = await first(text);
    expect(answer.startsWith(lead), answer).toBe(true);
    expect(answer).toContain('Tổ tiết kiệm và vay vốn tại thôn');
  });
});
