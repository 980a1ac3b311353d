/**
 * Round 31 (law helper law16, 05/12/2026): a status is a field of the rules data, never words inside a reference. The NĐ 176/2025
 * ages, the two 2027–2030 indicators, the loans' earlier figures and the 2016–2021 standard wrote "tham khảo" into their
 * reference text (read back by src/chat/sources.ts); each document now says its own status, from the data.
 * (The load refusal of a status in a reference's words: test/rules/load.test.ts.)
 * Facts: /work/shared/facts/updates-2026.md (NĐ 176/2025 [M]; NĐ 351/2025 [M]; NQ 257/2025/QH15 [V]; Luật 72/2025/QH15 [M]).
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { indicatorsFor } from '../../src/rules/indicators.ts';
import { describeStandard } from '../../src/rules/index.ts';

const rules = loadRules();
/** A status label written into a reference's own words (the form the schema now refuses). */
const LABEL_IN_TEXT = /(?:\(|, |; )(?:tham khảo|đã kiểm tra|chưa rõ)\)/u;

describe('the shipped data carries each status as a field', () => {
  it('no reference of a parameter, an indicator or a standard says a status in its words', () => {
    const references = [
      ...[...rules.parameters.values()].flatMap((parameter) => parameter.values.map((value) => value.reference)),
      ...rules.indicators.map((indicator) => indicator.reference),
      ...rules.standards.filter((standard) => !standard.keeps).flatMap((standard) => [standard.reference, standard.indicators?.reference ?? '']),
    ];
    for (const reference of references) expect(reference).not.toMatch(LABEL_IN_TEXT);
  });
  it('NĐ 176/2025/NĐ-CP (social pension from 70 to under 75 for poor and near-poor members, from 01/07/2025) is reported [M]', () => {
    for (const id of ['social_pension_age_from', 'social_pension_age_below'] as const) {
      const [value] = rules.parameters.get(id)!.values;
      expect(value).toMatchObject({ validFrom: '2025-07-01', status: 'reported', reference: 'NĐ 176/2025/NĐ-CP (theo dantri.com.vn, 11/2025)' });
    }
  });
  it('"dịch vụ số" and "rác thải" on 01/01/2027: the indicator unknown [?], its document NĐ 351/2025/NĐ-CP reported [M]', () => {
    const indicators = indicatorsFor(rules, '2027-01-01');
    for (const id of ['digital_services', 'waste']) {
      const indicator = indicators.find((one) => one.id === id)!;
      expect(indicator.status).toBe('unknown');
      expect(indicator.referenceStatus).toBe('reported');
      expect(indicator.reference).not.toMatch(LABEL_IN_TEXT);
    }
  });
  it('the loans\' 3,3% figure names each document with its own status (NQ 257/2025/QH15 verified, the 2018 bank page reported)', () => {
    const credit = rules.supports.find((support) => support.id === 'policy_credit')!;
    const poor = credit.variants.find((variant) => variant.classes.includes('poor'))!;
    expect(poor.earlierFigures[0]!.references).toEqual([
      { document: 'Trang NHCSXH năm 2018 (eng.vbsp.org.vn)', status: 'reported' },
      { document: 'Luật 72/2025/QH15', status: 'reported' },
      { document: 'Nghị quyết 257/2025/QH15', status: 'verified' },
    ]);
  });
  it('2026 keeps NĐ 07/2021 by NĐ 351/2025: the kept article says "đã kiểm tra", the keeping decree is the line\'s status (reported)', () => {
    const description = describeStandard(rules, '2026-06-01');
    expect(description.lines[0]!.reference).toBe('NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm a (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP');
    expect(description.bands[0]!.status).toBe('reported');
  });
});
