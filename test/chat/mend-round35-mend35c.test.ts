/**
 * Round 35 mend35c: residents' conversations still failing after tryout23, in their own words.
 * 1. "ai giu danh sach" after the merger note ("xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai"): who keeps
 *    the list (công nhận by the Chủ tịch UBND cấp xã, asked of the cán bộ phụ trách giảm nghèo ở UBND cấp xã; rules/reference.yaml
 *    on_the_list); was "không tìm thấy".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** What the chat says to `asked`, after the earlier messages, in a conversation of its own (06/12/2026). */
const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r35-mend35c');

describe('who keeps the poverty list', () => {
  it.each([
    [['xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai'], 'ai giu danh sach'],
    [[], 'ai giu ds ho ngheo'],
    [[], 'tui muon biet ai giu danh sach o xa'],
  ])('after %j, "%s" says the commune keeps it and whom to ask', async (earlier, asked) => {
    const text = await after(earlier, asked);
    expect(text).toContain('Chủ tịch UBND cấp xã công nhận');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('không tìm thấy');
  });
});
