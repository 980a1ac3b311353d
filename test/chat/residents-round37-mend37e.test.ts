/**
 * Round 37 (mend37e). Central "mô" is "đâu" ("mô có ai giúp ko": is anyone helping at all; "ko bít j mô": I know nothing): typed
 * alone it was searched as the "mô" of "mô hình", and residents got a provincial plan's passage on poverty-reduction models.
 * Now read as the question word it is; "mô hình", "quy mô", "mô tả" keep their meaning and "mổ", "mộ" (other marks) stay.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { writtenForm } from '../../src/text/lexicon/index.ts';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('a resident\'s Central "mô" is not "mô hình"', () => {
  it.each(['mô có ai giúp ko', 'ko bít j mô, ai chỉ cho', 'ko biet gi mo, ai chi cho voi', 'nha tui o mo cung dc ho tro ko'])('%s: no passage on "mô hình"', async (typed) => {
    harness = await openHarness({ now: DEC_06 });
    expect((await harness.say(typed)).text).not.toMatch(/mô hình/iu);
  });

  it('"ko bít j mô, ai chỉ cho": the supports a household can get', async () => {
    harness = await openHarness({ now: DEC_06 });
    expect((await harness.say('ko bít j mô, ai chỉ cho')).text).toContain('Hộ nghèo, hộ cận nghèo được các hỗ trợ chính sau');
  });
});

describe('"mô" in the words it belongs to keeps its meaning', () => {
  it.each([
    ['quy mô hộ nghèo của xã', 'quy mô'],
    ['mô tả hoàn cảnh gia đình', 'mô tả'],
    ['chong tui moi mổ xong', 'mổ'],
    ['nha co mộ to lam', 'mộ'],
    ['mô hình nuôi bò', 'mô hình'],
    ['xã Mô Rai có phải xã nghèo ko', 'Mô Rai'],
  ])('%s: "%s" stays', (typed, kept) => {
    expect(writtenForm(typed)).toContain(kept);
  });

  it.each(['mô hình giảm nghèo bền vững', 'cac mo hinh giam ngheo hieu qua', 'nhân rộng mô hình giảm nghèo'])('a cadre\'s "%s" still finds passages on "mô hình"', (question) => {
    const [first] = createSearchEngine(loadCorpus()).search(question, { limit: 3 });
    expect(first?.text).toMatch(/mô hình/iu);
  });
});
