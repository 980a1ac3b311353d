/**
 * Round 29 (helper mend29a, 05/12/2026): what other helpers saw this round, in the residents' and outreach staff's words.
 * - A household that just left the near-poor list asks how long its health-insurance card lasts: was the near-poor card; now what
 *   households that left the list keep (no national line; some provinces 36 months, reported) and that the card's end is not known.
 * - A dilapidated house: the housing card also says the 2024–2025 campaign ended in 2025, reported, no figure (was never said).
 * - A Zalo post on loans for students: the chat's caveat that the data has no rule for students (was the figures alone).
 * - A monthly allowance asked with nobody's wage told and no age: the social pension, who qualifies (was the standard's card).
 * - A household told in one message: the 2027 line of its "tạm tính" names NĐ 351/2025 with its status (was none).
 * Facts: updates-2026.md (BHYT after leaving [M]; NĐ 176/2025 [M]; NĐ 351/2025 [M]); supports.md (housing campaign, [V] figures in
 * the press, legal basis [?]).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'mend29a');

describe('a household that has left the near-poor list asks what it keeps', () => {
  it('"nam nay nha tui het can ngheo roi thi the bhyt con dung dc toi khi nao": the newly escaped, how long, not the near-poor card', async () => {
    const answer = await first('nam nay nha tui het can ngheo roi thi the bhyt con dung dc toi khi nao');
    expect(answer).toContain('Hộ mới thoát nghèo');
    expect(answer).not.toContain('• Hộ cận nghèo:');
    expect(answer).toContain('trong 36 tháng');
    expect(answer).toContain('ra khỏi danh sách hộ nghèo, hộ cận nghèo');
    expect(answer).toContain('chưa rõ');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('"thoat ngheo roi con dc bhyt ko": says nationally there is no set period, with the provinces\' 36 months as reported', async () => {
    const answer = await first('thoat ngheo roi con dc bhyt ko');
    expect(answer).toContain('nên cả nước không có thời hạn hỗ trợ chung sau khi ra khỏi danh sách hộ nghèo, hộ cận nghèo');
    expect(answer).toContain('tham khảo');
  });
});

describe('a dilapidated house: the finished 2024–2025 campaign is said as past', () => {
  it('"nha tui dot nat, muon xin ho tro cat lai nha"', async () => {
    const answer = await first('nha tui dot nat, muon xin ho tro cat lai nha');
    expect(answer).toMatch(/Đã kết thúc[^\n]*xóa nhà tạm, nhà dột nát năm 2024–2025[^\n]*hoàn thành trong năm 2025 \(tham khảo\)/);
    // Its figures are not today's (updates-2026.md): none said.
    expect(answer).not.toMatch(/60\.000\.000|30\.000\.000/);
    // Whom to ask what applies now: on the card once (was said again on this line too, past 1.200 characters).
    expect(answer).toContain('hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('a Zalo post on loans for students carries the chat\'s caveat', () => {
  it('"viết bài đăng zalo về vay vốn cho học sinh sinh viên hộ nghèo"', async () => {
    const answer = await first('viết bài đăng zalo về vay vốn cho học sinh sinh viên hộ nghèo');
    expect(answer).toContain('100.000.000 đồng');
    expect(answer).toContain('không có quy định riêng về vay vốn tín dụng chính sách cho sinh viên đi học');
    expect(answer).toContain('không riêng cho sinh viên đi học');
  });
});

describe('a monthly allowance asked with nobody\'s wage told, no age', () => {
  it('"nha ngheo ko ai co luong, dc tro cap bn 1 thang": the social pension and who qualifies, not the standard', async () => {
    const answer = await first('nha ngheo ko ai co luong, dc tro cap bn 1 thang');
    expect(answer).not.toMatch(/^Chuẩn nghèo/);
    expect(answer).toContain('Trợ cấp hưu trí xã hội');
    expect(answer).toContain('từ 70 đến dưới 75 tuổi');
    expect(answer).toContain('75 tuổi trở lên');
    expect(answer).toContain('Nghị định 176/2025/NĐ-CP (tham khảo)');
  });
  it('"nha ngheo ko ai co luong huu, dc tro cap bn 1 thang": nobody\'s pension is not a pension held', async () => {
    const answer = await first('nha ngheo ko ai co luong huu, dc tro cap bn 1 thang');
    expect(answer).not.toContain('Người đã có lương hưu');
    expect(answer).toContain('Trợ cấp hưu trí xã hội');
  });
});

describe('a household told in one message: the coming standard\'s line names its document', () => {
  it('"nha tui 4 nguoi o que, thu nhap 1tr4 1 nguoi, thieu bhyt, nuoc sach, nha tieu"', async () => {
    const answer = await first('nha tui 4 nguoi o que, thu nhap 1tr4 1 nguoi, thieu bhyt, nuoc sach, nha tieu');
    expect(answer).toMatch(/Từ 01\/01\/2027 theo chuẩn mới: [^.]*\. Căn cứ: Nghị định 351\/2025\/NĐ-CP \(tham khảo\)\./);
    expect(answer).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo).');
  });
});
