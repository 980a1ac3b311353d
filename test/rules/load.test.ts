import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';
import {
  checkHousehold,
  DEFAULT_RULES_DIR,
  describeStandard,
  loadRules,
  provinceSupportsStandardNote,
  provinceSupportsStandardsOn,
  RulesFileError,
  standardInForce,
  StandardDateError,
  supportsFor,
} from '../../src/rules/index.ts';

const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  temporary.push(dir);
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  return dir;
}

/** A copy of rules/ with one file edited. */
function rulesWith(file: string, edit: (text: string) => string): string {
  const dir = copyRules();
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

function loadError(dir: string): RulesFileError {
  try {
    loadRules(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesFileError);
    return error as RulesFileError;
  }
  throw new Error('loadRules accepted a broken rules directory');
}

describe('loadRules', () => {
  it('loads the shipped rules: 4 standards, 14 indicators in the catalogue, the required supports', () => {
    const rules = loadRules();
    expect(rules.standards.map((s) => s.id)).toEqual(['qd59-2015', 'nd07-2021', 'nd351-2025-transition', 'nd351-2025']);
    expect(rules.indicators).toHaveLength(14);
    expect(rules.localStandards).toEqual([]);
    const ids = rules.supports.map((s) => s.id);
    for (const id of ['health_insurance_premium', 'policy_credit', 'legal_aid', 'electricity_bill', 'vocational_training', 'housing', 'preschool_lunch', 'learning_cost', 'social_assistance']) {
      expect(ids).toContain(id);
    }
    expect(rules.version).toMatch(/^rules-[a-z]{12}$/);
    // Said in results and reports, then kept masked: no run of digits that reads as a phone or identity number.
    expect(maskPersonalData(`Kết quả; rules ${rules.version}`)).toBe(`Kết quả; rules ${rules.version}`);
    expect(rules.indicatorAliases.get('bhyt')).toBe('health_insurance');
    expect(rules.indicatorAliases.get('nhatieu')).toBe('sanitation');
    expect(rules.areaAliases.get('nt')).toBe('rural');
    expect(rules.areaAliases.get('dothi')).toBe('urban');
  });

  it('refuses a status written into a reference\'s words (round 31 law16: "NĐ 176/2025/NĐ-CP (…, tham khảo)" was read back by the chat)', () => {
    const dir = rulesWith('parameters.yaml', (text) => text.replace('"NĐ 176/2025/NĐ-CP (theo dantri.com.vn, 11/2025)"', '"NĐ 176/2025/NĐ-CP (theo dantri.com.vn, 11/2025, tham khảo)"'));
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, 'parameters.yaml'));
    expect(error.field).toMatch(/reference$/);
  });

  it('names the file, the field and the problem when a value has the wrong type', () => {
    const dir = rulesWith('standards/2022-2025.yaml', (text) => text.replace('value: 1500000', 'value: "một triệu rưỡi"'));
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, 'standards/2022-2025.yaml'));
    expect(error.field).toBe('bands.0.upTo.rural.value');
    expect(error.message).toContain('standards/2022-2025.yaml');
    expect(error.message).toContain('bands.0.upTo.rural.value');
    expect(error.message).toMatch(/số/);
  });

  it('rejects an impossible validity date', () => {
    const error = loadError(rulesWith('standards/2026.yaml', (text) => text.replace('validTo: 2026-12-31', 'validTo: 2026-02-30')));
    expect(error.field).toBe('validTo');
  });

  it('rejects income bands that do not increase', () => {
    const error = loadError(rulesWith('standards/2022-2025.yaml', (text) => text.replace('value: 2250000', 'value: 1400000')));
    expect(error.field).toBe('bands.1.upTo.rural.value');
    expect(error.problem).toContain('lớn hơn ngưỡng của khoảng trước');
  });

  it('rejects two standards in force on the same day', () => {
    const error = loadError(rulesWith('standards/2026.yaml', (text) => text.replace('validFrom: 2026-01-01', 'validFrom: 2025-12-31')));
    expect(error.file).toContain('2026.yaml');
    expect(error.problem).toContain('nd07-2021');
  });

  it('rejects an amount on a support whose facts are unknown', () => {
    const error = loadError(
      rulesWith('supports/99-other.yaml', (text) => text.replace('        status: unknown', '        amounts: [{ value: 100000, reference: x }]\n        status: unknown')),
    );
    expect(error.field).toBe('supports.0.variants.0.amounts');
  });

  it('rejects an alias used for two indicators', () => {
    const error = loadError(rulesWith('indicators.yaml', (text) => text.replace('aliases: [nuoc, nuocsach]', 'aliases: [nuoc, bhyt]')));
    expect(error.file).toContain('indicators.yaml');
    expect(error.problem).toContain('bhyt');
  });

  it('rejects an answer button whose words would read the other way round ("Có" must mean deprived)', () => {
    const error = loadError(rulesWith('indicators.yaml', (text) => text.replace("'yes': Có, thiếu nước sạch", "'yes': Đã có nước sạch")));
    expect(error.file).toContain('indicators.yaml');
    expect(error.field).toBe('indicators.8.answers.yes');
    expect(error.problem).toContain('Có = thiếu hụt');
  });

  it('reports unreadable YAML with the file name', () => {
    const error = loadError(rulesWith('areas.yaml', (text) => `${text}\n  - { broken`));
    expect(error.message).toContain('areas.yaml');
  });

  it('uses a province’s higher local standard when one is in force for that province', () => {
    const dir = copyRules();
    const national = readFileSync(join(dir, 'standards/2027-2030.yaml'), 'utf8');
    writeFileSync(join(dir, 'local/thu-nghiem.yaml'), `${national.replace('id: nd351-2025', 'id: thu-nghiem-2027').replace('value: 2200000', 'value: 2600000')}\nprovince: Hưng Yên\nraises: nd351-2025\n`);
    const rules = loadRules(dir);
    const household = { date: '2027-06-01', area: 'rural', members: 2, monthlyIncomePerPerson: 2_500_000 };
    const local = checkHousehold(rules, { ...household, province: 'hung yen' });
    const elsewhere = checkHousehold(rules, { ...household, province: 'Gia Lai' });
    expect(local.ok && local.value.classification).toBe('near_poor');
    expect(local.ok && local.value.standard.id).toBe('thu-nghiem-2027');
    expect(elsewhere.ok && elsewhere.value.classification).toBe('unknown');
  });

  it('a province’s own standard for its supports (Hà Nội, TP.HCM from 2026) never replaces the national one, and holds no figure', () => {
    const rules = loadRules();
    expect(provinceSupportsStandardsOn(rules, '2025-12-31')).toEqual([]);
    const hcm = provinceSupportsStandardsOn(rules, '2026-03-15', ['sai gon']);
    expect(hcm.map((own) => [own.label, own.document, own.status, own.figures])).toEqual([['TP.HCM', 'Nghị quyết 75/2025/NQ-HĐND của HĐND TP.HCM', 'reported', 'unknown']]);
    expect(provinceSupportsStandardsOn(rules, '2026-03-15', ['hn']).map((own) => own.label)).toEqual(['Hà Nội']);
    const household = { date: '2026-03-15', area: 'urban', members: 4, monthlyIncomePerPerson: 3_000_000 };
    const inHanoi = checkHousehold(rules, { ...household, province: 'Hà Nội' });
    expect(inHanoi.ok && [inHanoi.value.classification, inHanoi.value.standard.id]).toEqual(['middle', 'nd351-2025-transition']);
    // The card of a day it is in force says it (status, document, no figure); before 2026 nothing.
    expect(describeStandard(rules, '2026-03-15').notes).toContain(provinceSupportsStandardNote(hcm[0]!));
    expect(describeStandard(rules, '2025-06-01').notes.join(' ')).not.toContain('TP.HCM');
    // Figures written into such a file stop the start, naming the file and the field.
    const error = loadError(rulesWith('local/ho-chi-minh.yaml', (text) => `${text}bands: []\n`));
    expect(error.message).toContain('ho-chi-minh.yaml');
    expect(error.message).toContain('bands');
  });
}, 30_000);

// Helps the chat and the CLI print the standard; checked against the decree figures.
describe('standardInForce, describeStandard, supportsFor', () => {
  const rules = loadRules();

  it('picks the standard by date, boundaries inclusive, and refuses dates outside the data', () => {
    expect(standardInForce(rules, '2025-12-31').standard.id).toBe('nd07-2021');
    expect(standardInForce(rules, '2026-01-01').standard.id).toBe('nd351-2025-transition');
    expect(standardInForce(rules, '2027-01-01').provisional).toBe(true);
    expect(() => standardInForce(rules, '2015-06-01')).toThrow(StandardDateError);
    expect(() => standardInForce(rules, '2026-02-30')).toThrow(/không có thật/);
  });

  it('describes the 2026 standard with its lines, bands and 12 indicators', () => {
    const description = describeStandard(rules, '2026-06-01');
    expect(description.lines.map((line) => line.text)).toEqual(['1.500.000 đồng', '2.000.000 đồng']);
    expect(description.bands.map((band) => band.rural)).toEqual(['≤ 1.500.000 đồng', '> 1.500.000 đồng và ≤ 2.250.000 đồng', '> 2.250.000 đồng']);
    expect(description.bands[0]!.outcome).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(description.indicators).toHaveLength(12);
    // One polarity: every question is asked so that "Có" means deprived (the telecom question used to be the other way round).
    expect(description.indicators.find((i) => i.id === 'telecom')!.question).toMatch(/^Có phải trong hộ không ai dùng Internet/);
    expect(description.validity).toBe('01/01/2026 – 31/12/2026');
    // 2026 keeps NĐ 07/2021 Điều 3 by NĐ 351/2025, reported [M]: provisional, with the kept references.
    expect(description.provisional).toBe(true);
    // The keeping text's status is a field of the data (keeps.status), said by the answers, never in the reference's words.
    // Each document its own status (round 31 law16): NĐ 07/2021 verified, the keeping NĐ 351/2025 said by the answer (reported).
    expect(description.lines[0]!.reference).toBe('NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm a (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP');
    expect(description.bands.every((band) => band.status === 'reported')).toBe(true);
  });

  it('lists supports by class and date, amounts only where verified', () => {
    const poor = supportsFor(rules, 'poor', '2026-03-01');
    expect(poor.map((s) => s.id)).toEqual(expect.arrayContaining(['electricity_bill', 'legal_aid', 'policy_credit']));
    expect(poor.find((s) => s.id === 'health_insurance_premium')!.amount).toBeUndefined();
    expect(poor.find((s) => s.id === 'smartphone_support')).toBeUndefined();
    const in2023 = supportsFor(rules, 'near_poor', '2023-03-01');
    expect(in2023.find((s) => s.id === 'smartphone_support')!.amount).toBe('Nếu nhận tiền mặt: 500.000 đồng/hộ');
    expect(in2023.find((s) => s.id === 'health_insurance_premium')!.basis).toContain('146/2018');
    const legalAid = supportsFor(rules, 'near_poor', '2026-03-01').find((s) => s.id === 'legal_aid')!;
    // Near-poor members of the listed groups, not only accused persons (NĐ 144/2017 Điều 2).
    expect(legalAid.what).toMatch(/^Áp dụng khi: Thành viên thuộc một trong các nhóm: người bị buộc tội; người cao tuổi; người khuyết tật/);
    // Above the middle band: only what every household gets from 75 (NĐ 176/2025: the social pension without a pension;
    // NQ 261/2025: 100 % BHYT benefit on it), and nothing once no member is that old.
    expect(supportsFor(rules, 'none', '2026-03-01', { hasSchoolChild: false }).map((s) => s.id)).toEqual(['health_insurance_benefit', 'social_pension_elderly']);
    expect(supportsFor(rules, 'none', '2026-03-01', { hasSchoolChild: false, hasSocialPensionElder: false })).toEqual([]);
  });
});
