/**
 * Round 36 staff24, commune cadres asking a Trà Vinh target: the resolution's own sentence "Duy trì mức giảm tỷ lệ hộ nghèo bình
 * quân từ 1,5 - 2%/năm" with its citation (NQ 05-NQ/TU, mục II.2.2.1); was the district letter Công văn 3286/UBND-VX that cites
 * "Nghị quyết số 05-NQ/TU ngày 08/10/2021 của Tỉnh ủy" (search, /api/ask), or another item of the section ("… - Thực hiện toàn
 * diện …", the chat).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { loadSearchEngine } from '../../src/search/engine.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const TARGET = 'Duy trì mức giảm tỷ lệ hộ nghèo bình quân từ 1,5 - 2%/năm';
const CITATION = 'Nguồn: NQ 05-NQ/TU, Tỉnh ủy Trà Vinh, 08/10/2021, mục II.2.2.1';

describe('cadres: the Trà Vinh yearly target, quoted from the resolution', () => {
  it.each([
    'chỉ tiêu giảm hộ nghèo của Trà Vinh mỗi năm là bao nhiêu',
    'đ/c cho e xin căn cứ chỉ tiêu giảm tỷ lệ hộ nghèo hằng năm theo Nghị quyết số 05-NQ/TU ngày 08/10/2021 của Tỉnh ủy',
    'theo nghị quyết số 05-NQ/TU của tỉnh ủy trà vinh thì tỷ lệ hộ nghèo giảm bao nhiêu',
    // Was the standard's lines ("giảm hộ nghèo … bao nhiêu" read as the poverty line asked).
    'NQ05 Trà Vinh giảm hộ nghèo bình quân mỗi năm bao nhiêu',
  ])('“%s”: the 1,5 - 2%/năm sentence and its citation', async (question) => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say(question);
    expect(text).toContain(TARGET);
    expect(text).toContain(CITATION);
    expect(text).not.toContain('3286');
  });

  it('the search (cli search, /api/ask) answers a question naming the resolution by number from the resolution, not the letter citing it', () => {
    const engine = loadSearchEngine();
    const [first] = engine.search('chỉ tiêu giảm tỷ lệ hộ nghèo hằng năm theo Nghị quyết số 05-NQ/TU ngày 08/10/2021 của Tỉnh ủy', { limit: 3 });
    expect(first?.docNumber).toBe('05-NQ/TU');
    expect(first?.section).toBe('II.2.2.1');
    expect(first?.text).toContain(TARGET);
  });

  it.each(['hạn trình UBND tỉnh Trà Vinh kế hoạch thực hiện Nghị quyết 05-NQ/TU', 'han trinh ubnd tinh tra vinh ke hoach thuc hien nghi quyet 05-nq/tu'])(
    '“%s”: the documents carrying the resolution out are asked (Công văn 5199 in the first three), not the resolution alone',
    (question) => {
      // Round 36 (lead): was the resolution's own passages only, once a question naming it by number answered from it.
      const results = loadSearchEngine().search(question, { limit: 3 });
      expect(results.map((result) => result.docId)).toContain('cv-5199-ubnd-kgvx-tra-vinh');
    },
  );
});
