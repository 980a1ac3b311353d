/**
 * Round 30 (mend30a, 05/12/2026): the status of a kept or reported reference is a field of the rules data (keeps.status, a band's
 * status), said once by the answer in the reference's own bracket; the consent before the household check lists what the
 * indicators of the day ask (from 01/01/2027: "rác thải", rules/indicators.yaml `asked`). Facts: /work/shared/facts/updates-2026.md.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const today = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round30mend30a');
const in2027 = conversationsAt(new Date('2027-01-02T03:00:00Z'), 'round30mend30a-2027');

/** A bracket inside a bracket that a status closes: "(Nghị định 351/2025/NĐ-CP (giữ chuẩn của …), tham khảo)". */
const NESTED_STATUS = /\([^()]*\([^()]*\)[^()]*,\s*(?:tham khảo|chưa rõ|đã kiểm tra)\)/u;

describe('an amount asked says the standard and its basis with one status each, no bracket in a bracket', () => {
  it.each(['thu nhap 1 trieu 8 o que la ho gi', 'ho o que thu nhap 1tr8 thi ngay 31/12/2026 la ho gi'])('"%s"', async (question) => {
    const text = await today.first(question);
    // Was "theo chuẩn áp dụng ngày … (Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), tham khảo)".
    expect(text).toMatch(/theo chuẩn áp dụng ngày \d\d\/\d\d\/2026 của Nghị định 351\/2025\/NĐ-CP \(giữ chuẩn của Nghị định 07\/2021\/NĐ-CP; tham khảo\)/u);
    expect(text).toContain('từ 01/01/2027 theo chuẩn nghèo đa chiều giai đoạn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo)');
    // The basis: its status from the data (keeps.status), in its own bracket (was ", tham khảo" written into the reference).
    // Round 31 law16: each document its own status (NĐ 07/2021 verified, its keeping by NĐ 351/2025 reported).
    expect(text).toContain('NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm c (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo)');
    expect(text).not.toMatch(NESTED_STATUS);
  });
});

describe('the consent before the household check lists what the day\'s indicators ask', () => {
  it('"kiem tra ho ngheo" on 02/01/2027 names "rác thải" (2027–2030), not the 2022–2025 "thông tin"', async () => {
    const text = (await in2027.ask('kiem tra ho ngheo')).join('\n');
    const asked = text.split('\n').find((line) => line.startsWith('Trợ lý sẽ hỏi'))!;
    // Was "(việc làm, bảo hiểm y tế, học tập, nhà ở, nước sạch, nhà vệ sinh, thông tin)" on every day.
    expect(asked).toContain('rác thải');
    expect(asked).toContain('dịch vụ số');
    expect(asked).not.toContain('thông tin)');
  });
  it('"tui mun kiem tra nha tui co phai ho ngheo ko" on 05/12/2026 lists the 2026 indicators, without "rác thải"', async () => {
    const text = (await today.ask('tui mun kiem tra nha tui co phai ho ngheo ko')).join('\n');
    const asked = text.split('\n').find((line) => line.startsWith('Trợ lý sẽ hỏi'))!;
    expect(asked).not.toContain('rác thải');
    expect(asked).toContain('nhà vệ sinh, thông tin)');
    expect(asked).toContain('dinh dưỡng');
  });
});
