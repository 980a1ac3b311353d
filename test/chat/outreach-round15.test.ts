/**
 * Round 15 (outreach, 03/12/2026): posts asked in one message as outreach staff type them to share into Zalo groups. Each
 * case fails on the round-14 code.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const { ask, first } = conversationsAt(TESTED_ON, 'outreach15');
const rules = loadRules();

/** The text to share: what the cadre is told after it (the buttons, "Bạn có thể gõ: …") is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!;
/** "bạn" as a word (the reader spoken to as one person), in any case. */
const TO_ONE_READER = /(^|[^\p{L}])bạn($|[^\p{L}])/iu;

describe('item 5: every line of rules/reference.yaml that a post says speaks to bà con (its `shared` wording), not of the trợ lý nor to “bạn”', () => {
  it('no line as shared names the trợ lý or “bạn”', () => {
    // A line with `shared: false` is the card's alone, not said in a post (round 28).
    const said = rules.reference.flatMap((entry) =>
      entry.lines.filter((line) => !('shared' in line) || line.shared !== false).map((line) => ({ id: entry.id, text: ('shared' in line && line.shared) || line.text })),
    );
    expect(said.filter(({ text }) => /trợ lý/i.test(text) || TO_ONE_READER.test(text))).toEqual([]);
  });

  it.each([
    ['soan bai dang nhom zalo ve danh sach xa ngheo', /xã nghèo/i],
    ['viet doan ngan gui ba con ve thon dac biet kho khan', /đặc biệt khó khăn/i],
    ['soạn bài đăng nhóm về chấm điểm phiếu rà soát hộ nghèo', /điểm/i],
    ['soan bai dang zalo cho ba con ve xa bai ngang', /bãi ngang/i],
  ])('"%s": the post speaks to bà con', async (request, about) => {
    const post = sharedOf(await first(request));
    expect(post).toMatch(about);
    expect(post).not.toMatch(/trợ lý/i);
    expect(post).not.toMatch(TO_ONE_READER);
    expect(post).toMatch(/Nguồn: /);
  });

  it('guard: the same question asked in chat keeps speaking to “bạn” about the assistant', async () => {
    const [answer] = await ask('ds xa ngheo 2026 co xa tui ko');
    expect(answer).toMatch(/trợ lý|bạn/);
  });
});

describe('N38-83: a loudspeaker text is complete and readable aloud: greeted and closed, figures in words, no marks nor links, with its source', () => {
  it.each(['viet giup bai doc loa ve chuan ngheo moi 2027', 'soan bai phat thanh xa ve chuan ngheo moi nam 2027'])('"%s"', async (request) => {
    const spoken = sharedOf(await first(request));
    const lines = spoken.trim().split('\n');
    expect(lines[0]).toBe('Kính thưa bà con!');
    expect(lines[lines.length - 1]).toBe('Xin cảm ơn bà con đã lắng nghe.');
    // The 2027 lines (NĐ 351/2025, reported) as heard: was "2.200.000 đồng", "01/01/2027", "2027–2030".
    expect(spoken).toContain('nông thôn không quá hai triệu hai trăm nghìn đồng, thành thị không quá hai triệu tám trăm nghìn đồng');
    expect(spoken).toContain('Từ ngày mùng một tháng một năm hai nghìn không trăm hai mươi bảy');
    expect(spoken).toContain('từ ba chỉ số trở lên');
    // No figure left to read but the source's document number; no list marks, markup or links.
    expect(lines.filter((line) => !line.startsWith('Nguồn:') && /\d/.test(line))).toEqual([]);
    expect(spoken).not.toMatch(/^[-•*] |\*\*|<[a-z]|https?:\/\/|www\./m);
    // Round 20: the status on the Nguồn line (was 'Nguồn: Nghị định 351/2025/NĐ-CP.' after 'Lưu ý: các con số trên là số liệu tham khảo').
    expect(spoken).toContain('Nguồn: Nghị định 351/2025/NĐ-CP; các con số là số liệu tham khảo');
  });
});
