/**
 * Round 29 (helper status11, 05/12/2026): `POST /api/ask` `sources` names what the answer rests on on every household path, and
 * an unknown support as "unknown". Was: `[]` for an income per person told without the size ("binh quan 1tr2/nguoi la ho gi"),
 * one source of status null (and neither standard) for one amount asked ("thu nhap 1 trieu 8 o que la ho gi"), though the
 * answer named NĐ 351/2025 "tham khảo"; `null` for the electricity support, whose basis said "(chưa có thông tin chắc chắn, …)".
 * Facts: 2026 keeps NĐ 07/2021 by NĐ 351/2025 [M]; 2027–2030 by NĐ 351/2025 [M]; electricity support after QĐ 14/2025 [?].
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadRules } from '../../src/rules/index.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { askAnswers } from '../../src/server/ask.ts';

const ask = askAnswers(createSearchEngine(loadCorpus()), loadRules());
const TODAY = '2026-12-05';
interface Body {
  answer: string;
  sources: { ref: string; status: string | null }[];
}
const body = (question: string): Body => {
  const bytes = ask(question, 3, TODAY).json.bytes;
  return JSON.parse((Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes)).toString('utf8'));
};
const TODAY_STANDARD = { ref: 'Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP)', status: 'reported' };
const COMING_STANDARD = { ref: 'Nghị định 351/2025/NĐ-CP', status: 'reported' };

describe('/api/ask: a household told without its size still names its sources', () => {
  it.each(['binh quan 1tr2/nguoi la ho gi', 'moi nguoi trong nha dc khoang 1 trieu ruoi 1 thang'])('"%s": today\'s standard and the coming one, reported', (question) => {
    const { answer, sources } = body(question);
    expect(answer).toContain('Nghị định 351/2025/NĐ-CP');
    expect(sources).toEqual([TODAY_STANDARD, COMING_STANDARD]);
  });

  it('"thu nhap 1 trieu 8 o que la ho gi": both standards, the band\'s basis and the indicators\' basis, none of status null', () => {
    const { sources } = body('thu nhap 1 trieu 8 o que la ho gi');
    // Round 31 law16: the band's basis is two documents, each with its own status (was one, "(áp dụng năm 2026 theo …)" reported).
    expect(sources.slice(0, 3)).toEqual([
      TODAY_STANDARD,
      { ref: 'NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm c', status: 'verified' },
      { ref: 'áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP', status: 'reported' },
    ]);
    expect(sources).toContainEqual(COMING_STANDARD);
    expect(sources).toContainEqual({ ref: 'NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục', status: 'verified' });
    for (const source of sources) expect(source.status, source.ref).not.toBeNull();
  });
});

describe('/api/ask: a support not known says "unknown", its basis without the status words', () => {
  it('"ho ngheo co dc ho tro tien dien ko"', () => {
    const { answer, sources } = body('ho ngheo co dc ho tro tien dien ko');
    expect(answer).toContain('chưa có thông tin chắc chắn');
    expect(sources).toEqual([{ ref: 'Quyết định 14/2025/QĐ-TTg ngày 29/05/2025 (số hiệu, ngày và việc thay thế theo nguồn tham khảo)', status: 'unknown' }]);
  });
});
