/**
 * Round 23 (tryout4): residents' messages as typed on cheap phones (no diacritics, "ko", "tui", "nhen"), single and in
 * conversations of several turns. Expectations from rules/ (asked on 02/12/2026).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');

describe('a rumour that applying is done above the commune is said wrong first', () => {
  it('"nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko": "Không đúng", the commune, no district since 01/07/2025; then the procedure', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko');
    const first = text.split('\n')[0]!;
    // Of next year, whose procedure is not known, no flat "Không đúng" (round 37 mend37b): today's place, not the province.
    expect(first).toMatch(/^Hiện nay \(năm 2026\), hộ không phải lên tỉnh/);
    expect(first).toContain('UBND cấp xã nơi hộ cư trú');
    expect(first).toContain('Từ 01/07/2025 không còn cấp huyện');
    // The procedure in brief since round 37 (short28; was its whole card, 2.316 characters), the whole one "chi tiết" away.
    expect(text).toContain('Thủ tục đang áp dụng, tóm tắt:\n• Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
  });

  it('"nghe noi lam giay ho can ngheo phai ra huyen phai ko": the district named', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi lam giay ho can ngheo phai ra huyen phai ko');
    expect(text.split('\n')[0]).toMatch(/^Không đúng: hộ không phải lên huyện/);
  });

  it('"dang ky ho ngheo o dau" (no rumour) is answered with no "Không đúng"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('dang ky ho ngheo o dau');
    expect(text).not.toContain('Không đúng');
  });
});

describe('a class asked what it means with the household check says it first', () => {
  it('"ho can ngheo la sao vay, nha tui co phai ko": the near-poor line and fewer than 3 deprivations, then the check', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ho can ngheo la sao vay, nha tui co phai ko');
    const first = text.split('\n')[0]!;
    expect(first).toMatch(/^Hộ cận nghèo là hộ có thu nhập bình quân mỗi người mỗi tháng không quá 1\.500\.000 đồng ở nông thôn, 2\.000\.000 đồng ở thành thị/);
    expect(first).toContain('thiếu hụt dưới 3 chỉ số');
    expect(text).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });

  it('"ho ngheo la gi, nha tui 4 nguoi thu nhap 5 trieu co phai ko": the poor class, 3 deprivations or more', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ho ngheo la gi, nha tui 4 nguoi thu nhap 5 trieu co phai ko');
    expect(text.split('\n')[0]).toMatch(/^Hộ nghèo là hộ có thu nhập .* thiếu hụt từ 3 chỉ số trở lên/);
  });
});

describe('an amount asked with a year says what it means that year, then that year\'s card', () => {
  it('"thu nhap 2 trieu nam 2027 la ho gi": 2.000.000 đồng/người/tháng against the 2027 lines (tham khảo), then the 2027–2030 card', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('thu nhap 2 trieu nam 2027 la ho gi');
    expect(text).toContain('Thu nhập bình quân 2.000.000 đồng/người/tháng: theo chuẩn áp dụng ngày 01/01/2027');
    expect(text).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    // The year's card is one "chi tiết" away for a resident (round 40 short33: was said after the amount, 1.666 characters).
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    const { text: card } = await harness.say('chi tiết');
    expect(card).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });
});
