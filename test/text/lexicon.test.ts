/** The lexicon: its data is checked (check.ts, run by the build), spoken forms are read in context, provinces compare by one key. */
import { describe, expect, it } from 'vitest';
import { checkLexicon, LEXICON, LexiconError, validateHousehold, validateMoney, validatePlaces } from '../../src/text/lexicon/check.ts';
import { findSpoken, GAPS, phraseEnd, phrasePositions, provinceKey, SPOKEN, writtenForm } from '../../src/text/lexicon/index.ts';
import * as money from '../../src/text/lexicon/money.ts';
import * as places from '../../src/text/lexicon/places.ts';
import * as household from '../../src/text/lexicon/household.ts';
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
      ['thằng nhỏ nghỉ học', 'con nhỏ nghỉ học'],
      ['kiếm chừng 5 triệu', 'kiếm khoảng 5 triệu'],
      ['có hok, hông, hem?', 'có không, không, không?'],
      ['nha 4 ng', 'nha 4 người'],
      ['duoc ko dzậy', 'duoc không vậy'],
      // Round 23 (tryout5): "bn" after the "ko"/"chua" ending a yes/no question is "bạn"; asking an amount it stays "bao nhiêu".
      ['ho ngheo co dc giam hoc phi ko bn', 'ho ngheo co được giam hoc phi không bạn'],
      ['co tien chua bn', 'co tien chưa bạn'],
      ['ko bn tien', 'không bao nhiêu tien'],
      ['ho tro bn mot thang', 'ho tro bao nhiêu mot thang'],
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

describe('money, places and household words are validated like the other sections', () => {
  const fails = (check: () => void, message: RegExp) => {
    expect(check).toThrow(LexiconError);
    expect(check).toThrow(message);
  };

  it('accepts the sections as they are', () => {
    expect(() => checkLexicon()).not.toThrow();
    expect(() => validateMoney(money)).not.toThrow();
    expect(() => validatePlaces(places)).not.toThrow();
    expect(() => validateHousehold(household)).not.toThrow();
  });

  it('names the file, the entry and the problem of a bad money word', () => {
    fails(() => validateMoney({ ...money, PER_PERSON_PHRASES: [...money.PER_PERSON_PHRASES, 'tong'] }), /money\.ts: "tong": thuộc cả PER_PERSON_PHRASES lẫn HOUSEHOLD_TOTAL_WORDS/);
    fails(() => validateMoney({ ...money, NO_INCOME_PHRASES: [...money.NO_INCOME_PHRASES, 'khong co tien'] }), /money\.ts: "khong co tien": NO_INCOME_PHRASES: ghi hai lần/);
    fails(() => validateMoney({ ...money, MONEY_UNITS: { ...money.MONEY_UNITS, 'triệu': 1e6 } }), /money\.ts: "triệu": MONEY_UNITS: viết thường, không dấu/);
    fails(() => validateMoney({ ...money, DIGIT_WORDS: { ...money.DIGIT_WORDS, muoi: 10 } }), /money\.ts: "muoi": DIGIT_WORDS: 10/);
    fails(() => validateMoney({ ...money, MONEY_UNITS: { ...money.MONEY_UNITS, lit: 1e5 } }), /money\.ts: "100000": MONEY_UNIT_NAMES thiếu/);
  });

  it('names the file and the entry of a bad word in any section, as the build reports it', () => {
    const spoken = [...LEXICON.SPOKEN, { canonical: 'không', forms: ['Ko'] }];
    fails(() => checkLexicon({ ...LEXICON, SPOKEN: spoken }), new RegExp(`spoken\\.ts: "${spoken.length - 1}\\.forms\\.0": viết thường`));
    const yesNo = { ...LEXICON.YES_NO, no: [...LEXICON.YES_NO.no, LEXICON.YES_NO.yes[0]!] };
    fails(() => checkLexicon({ ...LEXICON, YES_NO: yesNo }), new RegExp(`yes-no\\.ts: "${LEXICON.YES_NO.yes[0]}": thuộc cả "yes" lẫn "no"`));
    fails(() => checkLexicon({ ...LEXICON, TOPICS: { ...LEXICON.TOPICS, standard: [] } }), /topics\.ts: "standard": /);
    fails(() => checkLexicon({ ...LEXICON, money: { ...money, DIGIT_WORDS: { ...money.DIGIT_WORDS, muoi: 10 } } }), /money\.ts: "muoi": DIGIT_WORDS: 10/);
  });

  it('refuses a place word that names both areas', () => {
    const both = { ...places.AREA_PHRASES, urban: [...places.AREA_PHRASES.urban, 'o xa'] };
    fails(() => validatePlaces({ ...places, AREA_PHRASES: both }), /places\.ts: "o xa": thuộc cả AREA_PHRASES\.rural lẫn AREA_PHRASES\.urban/);
  });

  it('refuses a household phrase twice, under two indicators, in a form the reader never sees, or a family size out of range', () => {
    const words = household.DEPRIVATION_WORDS;
    fails(
      () => validateHousehold({ ...household, DEPRIVATION_WORDS: { ...words, sanitation: { lacks: [...words.sanitation!.lacks!, 'nha tieu'] } } }),
      /household\.ts: "nha tieu": sanitation\.signs \+ lacks \+ maybe \+ meets: ghi hai lần/,
    );
    // A word that may be a deprivation, or meets an indicator, belongs to one indicator too.
    fails(
      () => validateHousehold({ ...household, DEPRIVATION_WORDS: { ...words, housing_quality: { ...words.housing_quality!, maybe: ['nuoc song'] } } }),
      /household\.ts: "nuoc song": thuộc cả "housing_quality" lẫn "water_source"/,
    );
    fails(
      () => validateHousehold({ ...household, DEPRIVATION_WORDS: { ...words, information_access: { lacks: [...words.information_access!.lacks!, 'dien thoai'] } } }),
      /household\.ts: "dien thoai": thuộc cả "telecom" lẫn "information_access"/,
    );
    // Without "overrides", the 2027 indicator may not share the 2026 one's words.
    const { overrides: _, ...plain } = words.digital_services!;
    fails(() => validateHousehold({ ...household, DEPRIVATION_WORDS: { ...words, digital_services: plain } }), /household\.ts: "internet": thuộc cả "telecom" lẫn "digital_services"/);
    fails(
      () => validateHousehold({ ...household, DEPRIVATION_WORDS: { ...words, digital_services: { ...words.digital_services!, lacks: ['4g'] } } }),
      /household\.ts: "4g": .*"4g" không phải một từ bộ đọc tách được/,
    );
    fails(() => validateHousehold({ ...household, GROUP_WORDS: { ...household.GROUP_WORDS, 'me con': 0 } }), /household\.ts: "me con": GROUP_WORDS: 0/);
    fails(() => validateHousehold({ ...household, GROUP_WORDS: { ...household.GROUP_WORDS, 'ong ba': 3 } }), /household\.ts: "ong ba": GROUP_WORDS nói 3 người, RELATIVE_PHRASES nói 2/);
  });

  it('names only indicators of the rules data', () => {
    const ids = new Set<string>(loadRules().indicatorIds);
    expect(Object.keys(household.DEPRIVATION_WORDS).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the phrase matcher lets filler words stand inside a phrase (gaps.ts)', () => {
  const words = (text: string) => fold(writtenForm(text)).split(' ');
  const said = (text: string, phrase: string) => phrasePositions(words(text), [phrase]).size > 0;

  it('reads a phrase with up to GAPS.reach filler words between its words, the fillers inside the match', () => {
    expect(said('nha tui thue chat lam', 'nha chat')).toBe(true);
    expect(said('nước giếng tui bị phèn', 'gieng phen')).toBe(true);
    expect(said('nha em rat chat', 'nha chat')).toBe(true);
    expect([...phrasePositions(words('nha tui thue chat lam'), ['nha chat'])]).toEqual([0, 1, 2, 3]);
    expect(phraseEnd(words('nha chat'), 0, ['nha', 'chat'])).toBe(2);
    // One filler more than the reach, or a word that is not a filler, breaks the phrase.
    const tooMany = ['nha', ...Array.from({ length: GAPS.reach + 1 }, (_, i) => GAPS.words[i]!), 'chat'];
    expect(phraseEnd(tooMany, 0, ['nha', 'chat'])).toBe(-1);
    expect(said('nha ben canh chat', 'nha chat')).toBe(false);
    // Nothing before the first word or after the last is taken.
    expect(phraseEnd(words('tui nha chat'), 0, ['nha', 'chat'])).toBe(-1);
  });

  it('never joins across a word that begins another part of the sentence after a gap', () => {
    expect(said('nha tui la ho ngheo', 'nha la')).toBe(false);
    expect(said('nha toi o que', 'nha o')).toBe(false);
    expect(said('nha tui tam 5 trieu', 'nha tam')).toBe(false);
    expect(said('me tui con khoe', 'me con')).toBe(false);
    expect(said('nuoc tui mua binh', 'nuoc mua')).toBe(false);
    // Right after the previous word they count as always.
    expect(said('nha la', 'nha la')).toBe(true);
  });

  it('refuses a filler that is also a word barred after a gap', () => {
    expect(GAPS.words.filter((word) => GAPS.notAfterGap.includes(word))).toEqual([]);
  });
});

describe('where the household lives, as residents type it (findings N04, N05)', () => {
  it('a place where members work or study is not the household\'s: its own "ở quê", "ở xã" decides', async () => {
    const { placeAreaOf } = await import('../../src/text/lexicon/index.ts');
    expect(placeAreaOf('nha tui 5 nguoi o que, 2 dua di lam o Sai Gon, thu nhap 6 trieu')).toBe('rural');
    expect(placeAreaOf('nha tui o que, con tui o sai gon')).toBe('rural');
    expect(placeAreaOf('con tui hoc dai hoc o tp, nha o xa')).toBe('rural');
    expect(placeAreaOf('chong di lam o quan 7, nha o ap 3')).toBe('rural');
    // Only a member's workplace said: no area of the household's (asked).
    expect(placeAreaOf('nha 4 nguoi, chong di lam o Sai Gon gui ve 5 trieu')).toBeNull();
    // Guards: the household's own city, an address going on after a comma, two places of the household.
    expect(placeAreaOf('nha tui 4 nguoi o sai gon, chong chay grab')).toBe('urban');
    expect(placeAreaOf('nha o ap 3, phuong 5')).toBe('urban');
    expect(placeAreaOf('nha o xa, o phuong, 4 nguoi')).toBe('both');
  });
  it('"ở xa lắm" is far away, no commune; "ở xã Phú Lộc", "dưới xã", "ở xa làm ruộng" are the commune', async () => {
    const { placeAreaOf } = await import('../../src/text/lexicon/index.ts');
    for (const far of ['nha tui o xa lam', 'nha tui o xa lam, 4 nguoi thu nhap 5 trieu', 'o xa qua ha', 'nha o xa tit', 'nha o xa trung tam']) expect(placeAreaOf(far), far).toBeNull();
    for (const commune of ['nha tui o xa Phu Loc', 'nhà tui ở dưới xã', 'duoi xa, 4 nguoi', 'nha o xa lam ruong', 'o xa', 'o xa Lam Thao']) expect(placeAreaOf(commune), commune).toBe('rural');
  });
});
