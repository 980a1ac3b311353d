/**
 * Round 31 (law helper law16, 05/12/2026): `POST /api/ask` `sources` gives each document of a basis its own status, from the rules
 * data. 2026 keeps NĐ 07/2021/NĐ-CP Điều 3 (read, verified) by NĐ 351/2025/NĐ-CP [M] (/work/shared/facts/updates-2026.md): was one
 * source "NĐ 07/2021/NĐ-CP … (áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP)" reported for both.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadRules } from '../../src/rules/index.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { askAnswers } from '../../src/server/ask.ts';
import { sourcesOf } from '../../src/chat/sources.ts';

const ask = askAnswers(createSearchEngine(loadCorpus()), loadRules());
const body = (question: string, today: string): { answer: string; sources: { ref: string; status: string | null }[] } => {
  const bytes = ask(question, 3, today).json.bytes;
  return JSON.parse((Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes)).toString('utf8'));
};

describe('a basis of two documents: each with its own status', () => {
  it('"thu nhap 1 trieu 8 o que la ho gi" on 05/12/2026: NĐ 07/2021 verified, its keeping by NĐ 351/2025 reported', () => {
    const { answer, sources } = body('thu nhap 1 trieu 8 o que la ho gi', '2026-12-05');
    expect(answer).toContain('NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm c (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo)');
    expect(sources).toContainEqual({ ref: 'NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm c', status: 'verified' });
    expect(sources).toContainEqual({ ref: 'áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP', status: 'reported' });
  });
  it('a status is read only in the one citation format: "(…, tham khảo)" inside a reference\'s own words is no status', () => {
    // Was "reported": the status was read back from a reference that wrote it into its words (sources.ts `trailing`).
    expect(sourcesOf('Căn cứ: NĐ 176/2025/NĐ-CP (theo dantri.com.vn 11/2025, tham khảo).')).toEqual([{ ref: 'NĐ 176/2025/NĐ-CP (theo dantri.com.vn 11/2025, tham khảo)', status: null }]);
    expect(sourcesOf('Căn cứ: NĐ 176/2025/NĐ-CP (theo dantri.com.vn, 11/2025; tham khảo).')).toEqual([{ ref: 'NĐ 176/2025/NĐ-CP (theo dantri.com.vn, 11/2025)', status: 'reported' }]);
  });
});
