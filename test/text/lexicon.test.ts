/** The lexicon: its data is validated at load, spoken forms are read in context, provinces compare by one key. */
import { describe, expect, it } from 'vitest';
import { findSpoken, provinceKey, SPOKEN, writtenForm } from '../../src/text/lexicon/index.ts';
import { accentKey, fold } from '../../src/text/fold.ts';
import { checkHousehold, loadRules } from '../../src/rules/index.ts';

describe('spoken forms', () => {
  it('writes out the chat abbreviations and spoken words people type', () => {
    const cases: [string, string][] = [
      ['ho ngheo co dc ho tro tien dien ko', 'ho ngheo co được ho tro tien dien không'],
      ['ho can ngheo co đc bhyt mien phi k', 'ho can ngheo co được bhyt mien phi không'],
      ['tui hỏi j vậy', 'tôi hỏi gì vậy'],
      ['dc bn tien', 'được bao nhiêu tien'],
      ['ho tro bao nhiu 1 thang', 'ho tro bao nhiêu 1 thang'],
      ['e muốn hỏi', 'em muốn hỏi'],
      ['mk ở dưới quê', 'mình ở nông thôn'], ['mk o que', 'mình nông thôn'],
      ['nộp giấy vo đâu v', 'nộp giấy vào đâu vậy'],
      ['nhà hổng có đt', 'nhà không có điện thoại'],
      ['thằng nhỏ nghỉ học', 'con nghỉ học'],
      ['kiếm chừng 5 triệu', 'kiếm khoảng 5 triệu'],
      ['có hok, hông, hem?', 'có không, không, không?'],
      ['nha 4 ng', 'nha 4 người'],
      ['duoc ko dzậy', 'duoc không vậy'],
    ];
    for (const [typed, written] of cases) expect(writtenForm(typed), typed).toBe(written);
  });

  it('leaves words alone where they mean something else', () => {
    // "vo chong" is vợ chồng; "hỏng" typed with its marks is "broken"; "hong" is "không" only at the end.
    expect(writtenForm('hai vo chong va 2 dua con')).toBe('hai vo chong va 2 dua con');
    expect(writtenForm('nhà bị hỏng mái')).toBe('nhà bị hỏng mái');
    expect(writtenForm('hong biet co duoc hong')).toBe('hong biet co duoc không');
    expect(writtenForm('do la gi')).toBe('do la gì');
    expect(writtenForm('kế hoạch KH 768')).toBe('kế hoạch KH 768');
  });

  it('marks words without content as particles, and reports each match once', () => {
    const words = 'co dc ko v'.split(' ').map((word) => ({ folded: fold(word), accented: accentKey(word) }));
    expect(findSpoken(words)).toEqual([
      { start: 1, length: 1, canonical: 'được', particle: false },
      { start: 2, length: 1, canonical: 'không', particle: false },
      { start: 3, length: 1, canonical: 'vậy', particle: true },
    ]);
  });

  it('has every form of the brief in its data, each owned by one written word', () => {
    const owner = new Map(SPOKEN.flatMap((entry) => entry.forms.map((form) => [form, entry.canonical])));
    for (const form of ['ko', 'k', 'kg', 'khg', 'hok', 'hông', 'hem', 'hổng']) expect(owner.get(form)).toBe('không');
    for (const form of ['dc', 'đc', 'dk', 'đk']) expect(owner.get(form)).toBe('được');
    for (const form of ['bn', 'bnh', 'nhiu', 'bao nhiu']) expect(owner.get(form)).toBe('bao nhiêu');
    for (const form of ['vo', 'dô', 'zô']) expect(owner.get(form)).toBe('vào');
    for (const form of ['v', 'z', 'dzậy', 'zậy', 'vại']) expect(owner.get(form)).toBe('vậy');
  });
});

describe('provinces', () => {
  it('compares names with or without "tỉnh", "thành phố", diacritics or other names', () => {
    expect(provinceKey('Tỉnh Hưng Yên')).toBe(provinceKey('hung yen'));
    expect(provinceKey('tinh  hung-yen')).toBe('hung yen');
    expect(provinceKey('TP. Hồ Chí Minh')).toBe(provinceKey('tphcm'));
    expect(provinceKey('Sài Gòn')).toBe('ho chi minh');
    expect(provinceKey('Gia Lai')).not.toBe(provinceKey('Hưng Yên'));
  });

  it('lets "tỉnh Hưng Yên" find the local standard that "hung yen" finds', () => {
    const rules = loadRules();
    const national = rules.standards.find((standard) => standard.validFrom === '2027-01-01')!;
    const local = { ...national, id: 'thu-nghiem-hung-yen', province: 'Hưng Yên', raises: national.id };
    const withLocal = { ...rules, localStandards: [...rules.localStandards, local] };
    const household = { date: '2027-06-01', area: 'rural', members: 2, monthlyIncomePerPerson: 2_500_000 } as const;
    for (const province of ['hung yen', 'tỉnh Hưng Yên', 'Tinh Hung Yen']) {
      const result = checkHousehold(withLocal, { ...household, province });
      expect(result.ok && result.value.standard.id, province).toBe('thu-nghiem-hung-yen');
    }
  });
});
