/**
 * Round 16, 03/12/2026 (law27): the law of December 2026 / January 2027 as residents, cadres and outreach staff type it
 * (the 2027–2030 standard of Nghị định 351/2025/NĐ-CP from 01/01/2027, the procedure after 01/07/2025 without cấp huyện, the
 * ministries' powers by NĐ 35/2025 and NĐ 125/2025, the new information indicators). Facts: shared/facts/updates-2026.md
 * ([M] "tham khảo", [?] never a figure). Each test failed on the code before its fix.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TODAY = '2026-12-03';
const { first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'law-round16');
const root = fileURLToPath(new URL('../..', import.meta.url));

/** `cli search --json` as a script runs it: stdout is one JSON array. */
function searchJson(question: string): { docId: string; text: string }[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'search', '--json', '--limit', '3', question], { cwd: root, encoding: 'utf8' });
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as { docId: string; text: string }[];
}

describe('where to file now that the district is gone (cli search --json)', () => {
  it.each(['nop o dau gio huyen bo roi', 'huyen bo roi ai cong nhan ho ngheo'])('"%s": the first passage says cấp xã, from 01/07/2025', (question) => {
    const results = searchJson(question);
    expect(results.length).toBeGreaterThan(0);
    const top = results[0]!;
    expect(top.text).toContain('01/07/2025');
    expect(top.text).toMatch(/Ủy ban nhân dân cấp xã/);
    expect(top.text).toMatch(/không còn cấp huyện|cấp huyện không còn|bỏ cấp huyện/);
  });
});

describe('from when Nghị định 351/2025 takes effect: not known, said so, with the standard\'s dates', () => {
  it.each(['nghi dinh 351 co hieu luc tu ngay nao', 'nd 351 ap dung tu khi nao'])('"%s" (chat and /api/ask)', async (question) => {
    for (const reply of [await first(question), askApiText(question, TODAY)]) {
      expect(reply).toMatch(/^Ngày có hiệu lực của Nghị định 351\/2025\/NĐ-CP: chưa rõ\./);
      expect(reply).toContain('mình không nêu ngày nào');
      expect(reply).toContain('chuẩn nghèo đa chiều giai đoạn 2027–2030 (01/01/2027 – 31/12/2030)');
      expect(reply).toContain('(01/01/2026 – 31/12/2026, đang áp dụng)');
      expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });

  it('"nghi dinh 07/2021 co hieu luc tu ngay nao": its date, which the data has', async () => {
    expect(await first('nghi dinh 07/2021 co hieu luc tu ngay nao')).toMatch(/^Nghị định 07\/2021\/NĐ-CP có hiệu lực từ 15\/03\/2021\./);
  });
});

describe('NĐ 35/2025 and NĐ 125/2025 (updates-2026.md): the ministries in charge since 2025, with reference and status', () => {
  it.each(['giam ngheo gio thuoc bo nao quan ly', 'bo lao dong con lo ho ngheo ko'])('"%s": Bộ Nông nghiệp và Môi trường, NĐ 35/2025 (chat and /api/ask)', async (question) => {
    for (const reply of [await first(question), askApiText(question, TODAY)]) {
      expect(reply).toMatch(/^Bộ quản lý nhà nước về giảm nghèo từ năm 2025 \(Nghị định 35\/2025\/NĐ-CP\)/);
      expect(reply).toContain('sang Bộ Nông nghiệp và Môi trường');
      expect(reply).toContain('Nghị định 35/2025/NĐ-CP ngày 25/02/2025 (tham khảo)');
      expect(reply).toContain('UBND cấp xã nơi hộ cư trú');
    }
  });

  it('"ngan hang chinh sach gio thuoc bo nao": NĐ 125/2025 and what is not known, not the loan explainer (chat and /api/ask)', async () => {
    for (const reply of [await first('ngan hang chinh sach gio thuoc bo nao'), askApiText('ngan hang chinh sach gio thuoc bo nao', TODAY)]) {
      expect(reply).toMatch(/^Quản lý nhà nước về tín dụng chính sách xã hội \(Nghị định 125\/2025\/NĐ-CP\)/);
      expect(reply).toContain('lĩnh vực quản lý nhà nước của Bộ Tài chính, trong đó có tín dụng chính sách xã hội');
      expect(reply).toContain('mức cho vay, lãi suất năm 2026, chưa được kiểm tra ở đây (chưa rõ)');
      expect(reply).not.toContain('6,6%');
    }
  });

  it.each([
    ['nd 125/2025 la gi', 'Nghị định 125/2025/NĐ-CP ngày 11/06/2025 phân định thẩm quyền'],
    ['nghi dinh 35/2025 noi gi', 'Nghị định 35/2025/NĐ-CP ngày 25/02/2025 (tham khảo)'],
  ])('"%s": what the rules data records of it (chat and /api/ask), not "không có trong dữ liệu"', async (question, line) => {
    for (const reply of [await first(question), askApiText(question, TODAY)]) {
      expect(reply).toMatch(/^Nghị định 1?[23]5\/2025\/NĐ-CP: dữ liệu của trợ lý có những điều sau\./);
      expect(reply).toContain(line);
      expect(reply).toContain('(chưa rõ)');
      expect(reply).not.toContain('không có trong dữ liệu của trợ lý, nên mình không trả lời');
    }
  });

  it('a loan amount asked stays the loan card', async () => {
    expect(await first('ho ngheo vay von dc bao nhieu')).toMatch(/^Vay vốn tín dụng chính sách/);
  });
});

describe('"is my household still near-poor next year", no check done: the short answer first, then the new standard\'s figures', () => {
  it.each(['thang 1 nam sau nha tui con la ho can ngheo ko', 'sang nam nha em con la ho ngheo k'])('"%s" (chat and /api/ask)', async (question) => {
    for (const reply of [await first(question), askApiText(question, TODAY)]) {
      expect(reply).toMatch(/^Từ 01\/01\/2027 hộ còn là hộ nghèo, hộ cận nghèo không:\n• Ngắn gọn: /);
      expect(reply).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó');
      expect(reply).toContain('Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào');
      // The new lines in one line, the 2027–2030 card (indicators, notes) "chi tiết" away (round 37 law29: was its figures card, 2.000 characters).
      expect(reply).toContain('chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
      expect(reply).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
      expect(reply.length).toBeLessThan(1100);
    }
  });

  it('"nam sau chuan ngheo moi la bn" still gives the figures first', async () => {
    expect(await first('nam sau chuan ngheo moi la bn')).toMatch(/^Chuẩn nghèo áp dụng năm 2027/);
  });
});

describe('Zalo, Facebook and a phone without Internet, asked in December 2026: today\'s indicator, then what 01/01/2027 changes', () => {
  it('"xai zalo co tinh la co internet ko" (chat and /api/ask): using Zalo is using the Internet today; 2027 threshold not known', async () => {
    for (const reply of [await first('xai zalo co tinh la co internet ko'), askApiText('xai zalo co tinh la co internet ko', TODAY)]) {
      expect(reply).toContain('Dùng Zalo, Facebook, YouTube hay lướt mạng trên điện thoại (wifi hoặc 3G/4G) là dùng Internet');
      expect(reply).toContain('Từ 01/01/2027 (chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351/2025/NĐ-CP):');
      expect(reply).toContain('“Sử dụng dịch vụ viễn thông” được nêu là “Sử dụng dịch vụ số, Internet” (chưa rõ)');
      expect(reply).toContain('ngưỡng chính thức chưa rõ, mình không đoán');
    }
  });

  it('"ko co dien thoai thong minh thi sao": not a lack by itself today; the information-access indicator is dropped in 2027', async () => {
    const reply = await first('ko co dien thoai thong minh thi sao');
    expect(reply).toContain('Không có điện thoại thông minh chưa phải là thiếu hụt');
    expect(reply).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo).');
  });

  it('"nam 2027 xai zalo co tinh la co internet ko": the 2027 criterion, its threshold not known, no 2022–2025 rule', async () => {
    const reply = await first('nam 2027 xai zalo co tinh la co internet ko');
    expect(reply).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2027');
    expect(reply).toContain('Dùng Zalo, Facebook hay điện thoại thông minh có đủ để không bị tính thiếu hụt tiêu chí này hay không: ngưỡng chính thức chưa rõ');
    expect(reply).not.toContain('là dùng Internet: trong hộ chỉ cần một người');
  });
});

describe('the short BHYT text for 2027 says the year asked and that the 100% benefit\'s start is not known', () => {
  it.each(['viet ngan: bhyt ho can ngheo nam 2027', 'soan tin ngan ve bhyt 2027 cho ho can ngheo'])('"%s" (chat and /api/ask)', async (question) => {
    for (const reply of [await first(question), askApiText(question, TODAY)]) {
      expect(reply).toMatch(/^Hỗ trợ đóng bảo hiểm y tế \(áp dụng ngày 01\/01\/2027\):/);
      expect(reply).toContain('tối thiểu 70% mức đóng bảo hiểm y tế');
      expect(reply).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
      expect(reply).toContain('Nghị quyết 261/2025/QH15');
    }
  });

  it('"viet ngan: bhyt ho can ngheo" (no year) stays today\'s premium text', async () => {
    const reply = await first('viet ngan: bhyt ho can ngheo');
    expect(reply).toMatch(/^Hỗ trợ đóng bảo hiểm y tế \(áp dụng ngày 03\/12\/2026\):/);
    expect(reply).not.toContain('Nghị quyết 261/2025/QH15');
  });
});

describe('audit of updates-2026.md: the district level is gone by Luật 72/2025/QH15, not by the merger resolution', () => {
  it('"chi thi 05 la gi": the two-level line cites Luật Tổ chức chính quyền địa phương 72/2025/QH15, not Nghị quyết 202/2025/QH15', async () => {
    const reply = await first('chi thi 05 la gi');
    expect(reply).toContain('không còn cấp huyện');
    expect(reply).toContain('Căn cứ: Luật Tổ chức chính quyền địa phương 72/2025/QH15; Nghị quyết 257/2025/QH15');
    expect(reply).not.toContain('Nghị quyết 202/2025/QH15');
  });
});

describe('waste sorting named: the 2027 indicator on household waste, its threshold not known', () => {
  it('"nha tui ko phan loai rac co bi tinh thieu hut ko": the 2027 indicator, not "ngoài phạm vi"', async () => {
    const reply = await first('nha tui ko phan loai rac co bi tinh thieu hut ko');
    expect(reply).toContain('Xử lý rác thải sinh hoạt (Nước sinh hoạt và vệ sinh) (chưa rõ)');
    expect(reply).toContain('áp dụng từ 01/01/2027');
    expect(reply).not.toContain('ngoài phạm vi');
  });
});
