/**
 * Round 10 (resident testers): questions typed as residents type them that were answered around the point — the check
 * read for today when "tháng 1 tới" was said, a monthly-cash rumour "confirmed" as the urban line, a newly escaped household
 * answered with why households drop off the list, the social pension's amount not said first. Expectations from rules/
 * (asked on 02/12/2026 unless a test sets its own day).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadRules } from '../../src/rules/index.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { askAnswers } from '../../src/server/ask.ts';
import type { JsonBytes } from '../../src/server/http.ts';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';

/** /api/ask's answer text for a question on TODAY. */
function askApi(question: string): string {
  const ask = askAnswers(createSearchEngine(loadCorpus()), loadRules());
  const bytes: JsonBytes = ask(question, 3, TODAY).json.bytes;
  const joined = Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes);
  return (JSON.parse(joined.toString('utf8')) as { answer: string }).answer;
}

describe('monthly cash said of a class: none for the class as such (claims.ts), in chat and /api/ask', () => {
  it('"ho ngheo thang nao cung dc phat 2 trieu phai ko": wrong, 2 triệu is the urban line, the monthly money is per person', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ho ngheo thang nao cung dc phat 2 trieu phai ko');
    const first = text.split('\n')[0]!;
    expect(first).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
    // Never "confirmed" as the line it equals.
    expect(first).not.toMatch(/^(Chưa đủ|Đúng)/);
    expect(first).toContain('2.000.000 đồng là chuẩn nghèo ở thành thị của chuẩn nghèo đa chiều năm 2026');
    expect(first).toContain('không phải tiền hộ được nhận');
    expect(first).toContain('không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ nghèo');
    // The monthly money there is: per person, with basis and status.
    expect(first).toContain('trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP, Điều 5');
    expect(first).toContain('500.000 đồng/tháng');
    expect(first).toContain('Nghị định 176/2025/NĐ-CP, tham khảo');
  });

  it('"nghe noi ho can ngheo dc nha nuoc cho tien hang thang" (no figure): wrong first, then the pension card, no passage', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi ho can ngheo dc nha nuoc cho tien hang thang');
    expect(text.split('\n')[0]).toMatch(/^Không đúng: không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ cận nghèo chỉ vì là hộ cận nghèo/);
    expect(text).toContain('trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) (Nghị định 176/2025/NĐ-CP, tham khảo), chỉ khi: có thành viên từ 70 đến dưới 75 tuổi');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
    expect(text).not.toContain('2.500.000 đồng/người/khóa');
  });

  it('/api/ask says the same first', () => {
    expect(askApi('nghe noi ho can ngheo dc nha nuoc cho tien hang thang')).toMatch(/^Không đúng: không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ cận nghèo/);
    expect(askApi('ho ngheo thang nao cung dc phat 2 trieu phai ko')).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
  });

  it('guards: the line said as the line is still confirmed; a question is answered without "Không đúng"', async () => {
    harness = await openHarness({ now: DECEMBER });
    expect((await harness.say('chuan ngheo thanh thi 2 trieu dung ko')).text.split('\n')[0]).toMatch(/^Đúng: 2\.000\.000 đồng là chuẩn nghèo ở thành thị/);
    expect((await harness.say('ho ngheo co dc tien hang thang ko')).text.split('\n')[0]).toMatch(/^Không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ nghèo chỉ vì là hộ nghèo/);
  });
});
