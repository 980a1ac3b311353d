/**
 * Round 30 (tryout16): residents trying the chat on Zalo, 05/12/2026, in conversations whose follow-ups lean on the answer
 * just given. Each was a wrong answer before:
 * - "lam giay to o dau" after the social-pension, electricity or school-fee card: the review procedure of poor households
 *   (Mẫu số 04, 15 ngày) instead of where that support is applied for;
 * - "can mang theo j" after a support card: "ngoài phạm vi";
 * - "vay con nha can ngheo thi sao" after the poor households' loan card: a sentence of that card ("Việc công nhận … do UBND
 *   cấp xã quyết định") instead of the near-poor households' loans ("nhà" said for "hộ");
 * - "ra roi con bhyt hok" after asking to leave the poor list: the BHYT of poor and near-poor households, as if still on it;
 * - "ngan gon thoi" after a household told in one message: "Mình chỉ viết ngắn lại được …" as if a passage had been shown;
 * - where to ask, said mid-sentence, began "uBND cấp xã" (an abbreviation lower-cased).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round30-tryout16');

const PROCEDURE = /^Thủ tục rà soát, công nhận hộ nghèo/;

describe('"lam giay to o dau" after a support card: where that support is applied for', () => {
  it('after the social pension of a 72-year-old mother in a poor household', async () => {
    const [, where, howLong, papers] = await ask('me tui 72 tuoi nha ngheo co dc tien hang thang ko', 'lam giay to o dau', 'bao lau thi co', 'can mang theo j');
    expect(where).not.toMatch(PROCEDURE);
    expect(where).toMatch(/^Về trợ cấp hưu trí xã hội/);
    expect(where).toContain('nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội');
    expect(where).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // The thread is kept: how long, then the papers, still of the pension.
    expect(howLong).toMatch(/^Về thời hạn của trợ cấp hưu trí xã hội/);
    expect(howLong).toContain('Nơi hỏi: UBND cấp xã');
    expect(howLong).not.toContain('uBND');
    expect(papers).not.toContain('ngoài phạm vi');
    expect(papers).toMatch(/^Về trợ cấp hưu trí xã hội/);
    expect(papers).toContain('không có danh sách giấy tờ');
  });

  it('after the electricity card', async () => {
    const [, where] = await ask('nha ngheo dc ho tro tien dien hok', 'lam giay to o dau');
    expect(where).not.toMatch(PROCEDURE);
    expect(where).toMatch(/^Về hỗ trợ tiền điện/);
    expect(where).toContain('UBND cấp xã (hỏi cán bộ xã ai lập danh sách và chi trả)');
  });

  it('after the school-fee card and its private-school follow-up', async () => {
    const [, , where] = await ask('con tui hoc lop 6 nha can ngheo co dc mien hoc phi ko', 'con hoc truong tu thi sao', 'lam giay to o dau');
    expect(where).not.toMatch(PROCEDURE);
    expect(where).toContain('Trường nơi học sinh đang học');
  });

  // A guard (passes before and after): asked on its own, the papers of the review are the procedure.
  it('"lam giay to xet ho ngheo o dau" asked first is the procedure', async () => {
    const [text] = await ask('lam giay to xet ho ngheo o dau');
    expect(text).toMatch(PROCEDURE);
  });
});

describe('"nha can ngheo" in a follow-up is the near-poor household', () => {
  it('"vay con nha can ngheo thi sao" after the poor households\' loan card', async () => {
    const [, near] = await ask('ho ngheo vay von dc nhiu tien', 'vay con nha can ngheo thi sao');
    expect(near).toMatch(/^Vay vốn tín dụng chính sách/);
    expect(near).toContain('Hộ cận nghèo được vay vốn ưu đãi');
    expect(near).toContain('(tham khảo');
  });

  it('"con nha can ngheo thi sao" after the poor households\' BHYT card', async () => {
    const [, near] = await ask('nha ngheo co dc bhyt mien phi ko', 'con nha can ngheo thi sao');
    expect(near).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(near).toContain('Hộ cận nghèo');
    expect(near).toContain('70%');
  });
});

describe('"ra roi con …" after asking to leave the poor list: what a household keeps once out', () => {
  it('"ra roi con bhyt hok" after "nha tui muon xin ra khoi ho ngheo dc ko"', async () => {
    const [, bhyt] = await ask('nha tui muon xin ra khoi ho ngheo dc ko', 'ra roi con bhyt hok');
    expect(bhyt).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(bhyt).toContain('Hộ mới thoát nghèo: Không có mức hỗ trợ chung cả nước');
    // Not the poor households' 100% as if the household were still on the list.
    expect(bhyt).not.toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
  });

  // A guard (passes before and after): a check's result "ra rồi" is no household leaving the list.
  it('"ket qua ra roi con bhyt thi sao" after a household told is not the newly escaped', async () => {
    const [, after] = await ask('nha tui 4 nguoi o que thu nhap 5 trieu', 'ket qua ra roi con bhyt thi sao');
    expect(after).not.toContain('Hộ mới thoát nghèo');
  });
});

describe('"ngan gon thoi" after a household told in one message: its verdict in one sentence', () => {
  it('"nha tui 5 nguoi thu nhap moi thang 8 trieu o que …", "o thanh pho thi sao", "ngan gon thoi"', async () => {
    const [, , short] = await ask('nha tui 5 nguoi thu nhap moi thang 8 trieu o que co phai ho ngheo ko', 'o thanh pho thi sao', 'ngan gon thoi');
    expect(short).not.toContain('Mình chỉ viết ngắn lại được');
    expect(short).toMatch(/^Với số liệu bạn kể \(thu nhập 1\.600\.000 đồng\/người\/tháng/);
    expect(short).toContain('Chủ tịch UBND cấp xã quyết định sau rà soát');
    expect(short).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(short!.length).toBeLessThan(600);
  });
});
