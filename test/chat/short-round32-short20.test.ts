/**
 * Round 32 (helper "short20"): residents read on cheap phones.
 * - "nha tui ngheo co dc ho tro j ko", "ho can ngheo dc ho tro j": the class's supports as the consent step lists them (the sure
 *   ones with figure and status, the rest named by group), one "Nguồn" line, "Chi tiết từng khoản" for each in full; was
 *   ~2.400 characters, every condition spelt out, no source.
 * - "nha ve sinh co dc ho tro ko" (also after that list): no support for building a latrine in the data, whom to ask, the
 *   sanitation indicator; was every support of every class (~5.000 characters).
 * - "ko hieu" while the consent choice waits: the estimate and the choices said plainer, nothing kept before a choice; was
 *   "(Bạn chưa chọn…)" alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadRules, supportsFor } from '../../src/rules/index.ts';
import { actionOf, openHarness, type Harness } from './harness.ts';
import { expectEveryAccounted } from './short-budget.ts';

const rules = loadRules();
let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
const labels = (said: { buttons: { label: string }[] }) => said.buttons.map((button) => button.label);

describe('a class’s supports asked as a question: short, with its source', () => {
  it.each([
    ['nha tui ngheo co dc ho tro j ko', 'poor'],
    ['ho can ngheo dc ho tro j', 'near_poor'],
  ] as const)('"%s": within ~1.050 characters, every support named or counted, one "Nguồn" line; "chi tiet" gives each in full', async (question, classification) => {
    harness = await openHarness({ now: DECEMBER });
    const shown = await harness.say(question);
    expect(shown.text).toMatch(/^Hỗ trợ cho hộ (cận )?nghèo \(áp dụng ngày 05\/12\/2026\):/);
    // The list with its source and whom to ask, before the offer and the buttons (1.470: each group of names says its status,
    // round 32 lead, "- Có điều kiện (tham khảo): …"; was 1.450).
    // Round 34 (short24): the names past the sure lines counted, within a phone's message (were 1.513 and 1.327).
    expect(shown.text.split(/\n\n(?=Gõ|Bấm)/)[0]!.length).toBeLessThanOrEqual(1050);
    expect(shown.text.match(/^Nguồn: /gm)).toHaveLength(1);
    expect(shown.text).not.toContain('Nơi làm:');
    expect(labels(shown)).toContain('Chi tiết từng khoản');
    const supports = supportsFor(rules, classification, '2026-12-05');
    expectEveryAccounted(shown.text, supports.map((support) => support.name));
    // What is not known is counted (round 34 short24; was named), with no amount.
    const unknown = shown.text.split('\n').find((line) => line.startsWith('- Còn '))!;
    expect(unknown).toBeDefined();
    expect(unknown).not.toContain('đồng');
    const full = await harness.say('chi tiet');
    expect(full.text.match(/Nơi làm:/g)?.length).toBe(supports.length);
    for (const support of supports) expect(full.text).toContain(`• ${support.name}: `);
  });

  it('guard: "Chi tiết từng khoản" pressed after "nha tui ngheo co dc ho tro j ko": every support with its basis', async () => {
    harness = await openHarness({ now: DECEMBER });
    const shown = await harness.say('nha tui ngheo co dc ho tro j ko');
    const full = await harness.press(actionOf(shown, 'Chi tiết từng khoản'));
    expect(full.text.match(/Căn cứ:/g)?.length).toBe(supportsFor(rules, 'poor', '2026-12-05').length);
  });
});

describe('a toilet asked about', () => {
  it.each([[[]], [['ho can ngheo dc ho tro j']]] as const)('"nha ve sinh co dc ho tro ko" (after %j): no such support, whom to ask, the indicator', async (before) => {
    harness = await openHarness({ now: DECEMBER });
    for (const said of before) await harness.say(said);
    const { text } = await harness.say('nha ve sinh co dc ho tro ko');
    expect(text).toContain('không có khoản hỗ trợ làm nhà vệ sinh');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).toContain('Nhà tiêu hợp vệ sinh');
    expect(text).not.toContain('Hộ cận nghèo:\n');
    expect(text.length).toBeLessThan(1500);
  });
});

describe('"ko hieu" while the consent choice waits', () => {
  it.each(['ko hieu', 'hok hieu gi het'])('"%s" after the estimate: what it means and what each choice does, then the choice; nothing stored', async (lost) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que, chong lam ho 3 trieu 1 thang');
    const plainer = await harness.say(lost);
    expect(plainer.text).not.toContain('(Bạn chưa chọn');
    expect(plainer.text).toContain('đoán nhanh theo số người và thu nhập bạn kể');
    expect(plainer.text).toContain('Khi bạn chưa bấm, trợ lý không lưu gì');
    expect(plainer.text).toContain('/xoadulieu');
    expect(plainer.text.length).toBeLessThan(800);
    expect(labels(plainer)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu']));
    expect(harness.storedSessions()).not.toContain('consentAt');
    expect(harness.onDisk()).not.toMatch(/3000000|3 trieu|chong lam ho/);
  });
});
