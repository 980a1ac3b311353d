/**
 * Round 12 (findings35 N35-11, an outside tester playing residents on Zalo): "ko hieu j het, noi de hieu thoi", "tom lai la
 * di dau" after a long answer rewrite that answer shorter and plainer (never "ngoài phạm vi"); "ban oi", "cho tui hoi",
 * "tui hoi chut" alone are a greeting that asks what they want to know, never a passage ("bạn" read as "ban hành").
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-03T03:00:00Z'), 'round12-plainer');
// Round 27: the resident's brief "muon dc vo ho can ngheo thi nop giay o dau, ai xet" now gets a short answer (short9); "ko hieu" after
// that brief rewrites the brief (round 28, residents-round28-plainer12.test.ts); the long answer here is the cadre's whole card.
const QUESTION = 'tham quyen cong nhan ho ngheo sau khi bo cap huyen';

describe('"ko hieu j het", "tom lai la di dau" after a long answer rewrite it (N35-11)', () => {
  it.each(['ko hieu j het, noi de hieu thoi', 'tom lai la di dau', 'kho hieu qua', 'tui doc ko hieu gi het'])('"%s"', async (followUp) => {
    const [answer, rewrite] = await ask(QUESTION, followUp);
    expect(rewrite).not.toContain('ngoài phạm vi');
    expect(rewrite!.split('\n')[0]).toBe(answer!.split('\n')[0]);
    expect(rewrite).toContain('UBND cấp xã');
    expect(rewrite!.length).toBeLessThan(answer!.length);
    expect(rewrite).not.toContain('Căn cứ:');
  });
});

describe('"ban oi", "cho tui hoi", "tui hoi chut" alone are a greeting (N35-11)', () => {
  it.each(['ban oi', 'cho tui hoi', 'tui hoi chut', 'ban oi cho minh hoi xiu'])('"%s"', async (opener) => {
    const text = await first(opener);
    expect(text).toMatch(/^Xin chào/);
    expect(text).toContain('gõ câu hỏi');
    expect(text).not.toContain('Theo văn bản');
    expect(text).not.toContain('ngoài phạm vi');
  });

  it('"ban oi ho ngheo dc gi" is still the question', async () => {
    expect(await first('ban oi ho ngheo dc gi')).not.toMatch(/^Xin chào/);
  });
});
