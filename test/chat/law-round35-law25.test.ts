/**
 * Round 35 law25: whether the new standard applies yet, and from when, asked on 15/12/2026, 31/12/2026, 01/01/2027 and 20/01/2027
 * (the 2027–2030 standard of NĐ 351/2025 starts 01/01/2027, shared/facts/updates-2026.md). Before the day the answer is "not yet"
 * and "từ 01/01/2027 … áp dụng" as future; on and after it, "đã áp dụng" since 01/01/2027, never "Sắp thay đổi: Chưa có thay đổi".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const at = (day: string) => new Date(`${day}T03:00:00Z`);

describe.each([
  ['15/12/2026', at('2026-12-15')],
  ['31/12/2026', at('2026-12-31')],
])('before the new standard, on %s', (shown, now) => {
  const { first } = conversationsAt(now, `law25-before-${shown}`);

  // "tu 1/1 chuan ngheo moi ap dung chua": a day asked, its yes first (round 36 mend36a; was "Chưa."): law-round36-mend36a.
  it.each(['chuan ngheo moi co hieu luc chua', 'chuan ngheo moi ap dung chua'])(
    '“%s”: not yet, today’s standard until then, the new one from 01/01/2027 with status, ≤ 1.000 characters',
    async (asked) => {
      const text = await first(asked);
      // Was "Hôm nay … đang áp dụng … Sắp thay đổi: …" and both whole cards, no "Chưa".
      expect(text).toMatch(new RegExp(`^Chưa\\. Theo dữ liệu chính sách, hôm nay, ${shown.replace(/\//g, '\\/')}, vẫn áp dụng chuẩn nghèo đa chiều năm 2026 \\(năm chuyển tiếp\\) \\(tham khảo\\); từ 01\\/01\\/2027 mới áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \\(tham khảo\\)`));
      expect(text).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
      expect(text).not.toContain('đã áp dụng');
      expect(text).toContain(REFERRAL);
      expect(text.length).toBeLessThanOrEqual(1000);
    },
  );

  it('“bao gio ap dung chuan ngheo moi”: from 01/01/2027, as still to come', async () => {
    const text = await first('bao gio ap dung chuan ngheo moi');
    expect(text).toMatch(/^Từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030/);
    expect(text).not.toContain('đã áp dụng');
  });
});

describe.each([
  ['01/01/2027', at('2027-01-01')],
  ['20/01/2027', at('2027-01-20')],
])('on and after the day the new standard starts, on %s', (shown, now) => {
  const { first } = conversationsAt(now, `law25-after-${shown}`);

  it.each(['chuan ngheo moi co hieu luc chua', 'chuan ngheo moi ap dung chua hok'])('“%s”: yes, applied since 01/01/2027, no “Sắp thay đổi”', async (asked) => {
    const text = await first(asked);
    // Was "Hôm nay … Sắp thay đổi: Chưa có thay đổi nào trong dữ liệu của trợ lý." and the whole card.
    expect(text).toMatch(new RegExp(`^Có\\. Theo dữ liệu chính sách \\(hỏi ngày ${shown.replace(/\//g, '\\/')}\\), từ 01\\/01\\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \\(tham khảo\\)`));
    expect(text).not.toContain('Chưa có thay đổi nào');
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it.each(['bao gio ap dung chuan ngheo moi', 'chuan ngheo moi ap dung tu khi nao'])('“%s”: since 01/01/2027, in force today, then today’s figures', async (asked) => {
    const text = await first(asked);
    // Was today's figures alone: the day asked for was never said.
    expect(text).toMatch(new RegExp(`^Từ 01\\/01\\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030, theo Nghị định 351\\/2025\\/NĐ-CP \\(tham khảo\\); hôm nay, ${shown.replace(/\//g, '\\/')}, đang áp dụng chuẩn này\\.`));
    expect(text).toContain(`Chuẩn nghèo áp dụng hôm nay, ${shown}`);
    expect(text).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
  });
});
