/**
 * The rules data keeps its own promises: every value carries a reference, a status and a checked date;
 * nothing reported ("tham khảo") is marked verified; no two variants of a support overlap for a class;
 * a support citing a replaced instrument ends the day before its successor starts.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { daysBetween, isIsoDate } from '../../src/text/dates.ts';

const rules = loadRules();
const variants = rules.supports.flatMap((support) => support.variants.map((variant, index) => ({ id: `${support.id}.${index}`, support: support.id, variant })));

describe('rules data consistency', () => {
  it('every standard, band, indicator, parameter value, support variant and replacement has a reference and a checked date', () => {
    for (const standard of [...rules.standards, ...rules.localStandards]) {
      expect(standard.reference.length, standard.id).toBeGreaterThan(0);
      expect(isIsoDate(standard.checked), standard.id).toBe(true);
      expect(standard.indicators.reference.length, standard.id).toBeGreaterThan(0);
      for (const band of standard.bands) {
        expect(band.reference.length).toBeGreaterThan(0);
        for (const threshold of band.upTo ? [band.upTo.rural, band.upTo.urban] : []) expect(threshold.reference.length).toBeGreaterThan(0);
      }
    }
    for (const indicator of rules.indicators) expect(isIsoDate(indicator.checked) && indicator.reference.length > 0, indicator.id).toBe(true);
    for (const parameter of rules.parameters.values()) {
      for (const value of parameter.values) expect(isIsoDate(value.checked) && value.reference.length > 0, parameter.id).toBe(true);
      expect(parameter.unit.length, parameter.id).toBeGreaterThan(0);
    }
    for (const { id, variant } of variants) {
      expect(isIsoDate(variant.checked) && variant.basis.length > 0, id).toBe(true);
      for (const amount of variant.amounts ?? []) expect(amount.reference.length, id).toBeGreaterThan(0);
      // A money figure always has its unit ("đồng/<per>").
      for (const amount of variant.amounts ?? []) if (amount.value !== undefined) expect(amount.per, `${id}: đơn vị của ${amount.value}`).toBeTruthy();
    }
    for (const entry of rules.replaced) expect(isIsoDate(entry.checked) && entry.reference.length > 0, entry.instrument).toBe(true);
  });

  it('nothing labelled "tham khảo" (reported, [M]) is marked verified, and nothing unknown carries a figure', () => {
    for (const standard of rules.standards) {
      for (const band of standard.bands) if (band.status === 'verified') expect(band.reference, standard.id).not.toContain('tham khảo');
      if (standard.status === 'verified') expect(standard.reference, standard.id).not.toContain('tham khảo');
    }
    for (const parameter of rules.parameters.values()) {
      for (const value of parameter.values) if (value.status === 'verified') expect(value.reference, parameter.id).not.toContain('tham khảo');
    }
    for (const { id, variant } of variants) {
      if (variant.status === 'verified') {
        expect(`${variant.what} ${variant.basis}`, id).not.toContain('tham khảo');
        for (const amount of variant.amounts ?? []) expect(amount.reference, id).not.toContain('tham khảo');
      }
      if (variant.status === 'unknown') {
        expect(variant.amounts, id).toBeUndefined();
        expect(variant.what, `${id}: không ghi số tiền khi chưa rõ`).not.toMatch(/\d{1,3}(\.\d{3})+ đồng|\d+ kWh/);
      }
    }
  });

  it('no two variants of a support overlap for a class (checked on every day boundary of the data)', () => {
    const days = [...new Set(variants.flatMap(({ variant }) => [variant.validFrom, variant.validTo].filter((d): d is string => Boolean(d))))];
    for (const support of rules.supports) {
      for (const day of days) {
        for (const cls of ['poor', 'near_poor', 'newly_escaped', 'middle', 'none'] as const) {
          const inForce = support.variants.filter((v) => v.classes.includes(cls) && (v.validFrom ?? '') <= day && day <= (v.validTo ?? '9999-12-31'));
          expect(inForce.length, `${support.id}, ${cls}, ${day}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('a variant citing a replaced instrument (and not its successor) ends the day before the successor starts', () => {
    let checked = 0;
    for (const entry of rules.replaced) {
      for (const { id, variant } of variants) {
        if (!variant.basis.includes(entry.instrument) || variant.basis.includes(entry.by)) continue;
        checked += 1;
        expect(variant.validTo, `${id} cites ${entry.instrument}`).toBeDefined();
        expect(daysBetween(variant.validTo!, entry.from), `${id} ends the day before ${entry.from}`).toBe(1);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});
