/** Household sentences as residents type them: at least 25, understood exactly for at least 90% of them. */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { loadHouseholdSentences, scoreSentences } from './households.ts';
import { scoreRouting } from './routing.ts';

const rules = loadRules();
const sentences = loadHouseholdSentences();

describe('household sentences', () => {
  it('has at least 25 sentences, each naming only indicators of the rules data', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(25);
    const ids = new Set<string>(rules.indicators.map((indicator) => indicator.id));
    expect(sentences.flatMap((sentence) => sentence.expected.deprivations).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('understands at least 90% of them exactly (area, members, income, deprivations)', () => {
    const scores = scoreSentences(sentences, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('understands the round-3 sentences (2027 indicators among them, each read on its own day) for at least 90%', () => {
    const unseen = loadHouseholdSentences('unseen');
    expect(unseen.length).toBeGreaterThanOrEqual(15);
    const scores = scoreSentences(unseen, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-4 sentences (dependants by age, m², age bands, class computed by hand) for at least 90%', () => {
    const round4 = loadHouseholdSentences('round4');
    expect(round4.length).toBeGreaterThanOrEqual(15);
    const scores = scoreSentences(round4, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-5 sentences (filler words inside a phrase, and where they must not join) for at least 90%', () => {
    const round5 = loadHouseholdSentences('round5');
    expect(round5.length).toBeGreaterThanOrEqual(12);
    const scores = scoreSentences(round5, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-6 sentences (several earners, phone/CCCD numbers, m² per person, money words; class by hand) for at least 90%', () => {
    const round6 = loadHouseholdSentences('round6');
    expect(round6.length).toBeGreaterThanOrEqual(35);
    const scores = scoreSentences(round6, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-7 sentences (people named one by one, ages with commas, days worked, words read as money) for at least 90%', () => {
    const round7 = loadHouseholdSentences('round7');
    expect(round7.length).toBeGreaterThanOrEqual(20);
    const scores = scoreSentences(round7, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-8 sentences (addresses typed short, paid work, seasons, "chục triệu", "tía má") for at least 90%', () => {
    const round8 = loadHouseholdSentences('round8');
    expect(round8.length).toBeGreaterThanOrEqual(13);
    const scores = scoreSentences(round8, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-9 sentences (self-corrections, ranges, days a week, "bữa", one negation over a list, too-high incomes) for at least 90%', () => {
    const round9 = loadHouseholdSentences('round9');
    expect(round9.length).toBeGreaterThanOrEqual(15);
    const scores = scoreSentences(round9, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-10 sentences ("6tr5 tháng", a year\'s income, day wages, several incomes, corrections, "chai"/"xị") for at least 90%', () => {
    const round10 = loadHouseholdSentences('round10');
    expect(round10.length).toBeGreaterThanOrEqual(20);
    const scores = scoreSentences(round10, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-11 sentences (findings14 as typed: "tole dot", "sai gon", "song nho tro cap", "thang 1 nam sau"/"nam nay" by the income) for at least 90%', () => {
    const round11 = loadHouseholdSentences('round11');
    expect(round11.length).toBeGreaterThanOrEqual(20);
    const scores = scoreSentences(round11, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-12 sentences (findings17 as typed: "nhà cấp 4 cũ", "tổng cộng", dependants by age and school level, "khe suối", "nước mưa dột", "vách ván") for at least 90%', () => {
    const round12 = loadHouseholdSentences('round12');
    expect(round12.length).toBeGreaterThanOrEqual(25);
    const scores = scoreSentences(round12, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-13 sentences (findings31 as typed: members by their roles in any order, "2 ông bà già", "ba mẹ tui, tui và em gái") for at least 90%', () => {
    const round13 = loadHouseholdSentences('round13');
    expect(round13.length).toBeGreaterThanOrEqual(11);
    const scores = scoreSentences(round13, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-14 sentences (Zalo typing: "phụ hồ", "làm công nhật ko hợp đồng", "ko co hd", "TP Vinh", "thị xã") for at least 90%', () => {
    const round14 = loadHouseholdSentences('round14');
    expect(round14.length).toBeGreaterThanOrEqual(12);
    const scores14 = scoreSentences(round14, rules);
    expect(scores14.accuracy, JSON.stringify(scores14.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-15 sentences (Zalo typing: "ba má với 3 đứa nhỏ", "2 đứa đi làm ở Sài Gòn", "5 triệu từ bán rau", "cầu tiêu ao cá") for at least 90%', () => {
    const round15 = loadHouseholdSentences('round15');
    expect(round15.length).toBeGreaterThanOrEqual(10);
    const scores15 = scoreSentences(round15, rules);
    expect(scores15.accuracy, JSON.stringify(scores15.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-16 sentences (Zalo typing: "tụi nhỏ 2 đứa", "ổng bả", "3 anh em tui", two earners, "1 tram 50 trieu" a year, "mỗi mùa lúa … 2 mùa", thị trấn) for at least 90%', () => {
    const round16 = loadHouseholdSentences('round16');
    expect(round16.length).toBeGreaterThanOrEqual(12);
    const scores16 = scoreSentences(round16, rules);
    expect(scores16.accuracy, JSON.stringify(scores16.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-17 sentences (Zalo typing: "300k/ngay", "3tr5", "4 cu", "9 chuc trieu", "tia ma … o voi vo chong tui", "deu tren 70 roi", "chuan moi") for at least 80%', () => {
    const round17 = loadHouseholdSentences('round17');
    expect(round17.length).toBeGreaterThanOrEqual(20);
    const scores17 = scoreSentences(round17, rules);
    expect(scores17.accuracy, JSON.stringify(scores17.misses, null, 1)).toBeGreaterThanOrEqual(0.8);
  });

  it('reads the round-18 sentences (Zalo typing: "mần thuê 200k 1 ngày", "làm hồ 1 ngày 300 ngàn", "lương hưu", "15 lít", "5 xị", "6 chục triệu", "tụi nhỏ", "ổng … tui … 2 đứa nhỏ") for at least 90% (0.720 on 86bab86, 0.920 on this branch)', () => {
    const round18 = loadHouseholdSentences('round18');
    expect(round18.length).toBeGreaterThanOrEqual(25);
    const scores18 = scoreSentences(round18, rules);
    expect(scores18.accuracy, JSON.stringify(scores18.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-22 sentences (an old member with the speaker, "2 mẹ con", parents named twice, "7, 9 tuổi", no size said) for at least 90% (0.700 on 5e3ccc6)', () => {
    const round22 = loadHouseholdSentences('round22');
    expect(round22.length).toBeGreaterThanOrEqual(20);
    const scores22 = scoreSentences(round22, rules);
    expect(scores22.accuracy, JSON.stringify(scores22.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-23 sentences (a child telling it after the father died, "ba tui 72 ma tui 70", a household living apart, "tau", pensions, disability allowances) for at least 90% (0.714 on 95e4351)', () => {
    const round23 = loadHouseholdSentences('round23');
    expect(round23.length).toBeGreaterThanOrEqual(20);
    const scores23 = scoreSentences(round23, rules);
    expect(scores23.accuracy, JSON.stringify(scores23.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the round-24 sentences (a relative living with another relative: "bà ngoại ở với cậu út", "ba tui ở với chú út trên thị trấn", "con tui ở với dì nó trên Sài Gòn"; "cậu út" with the speaker) all (0.000 on 560fa6a)', () => {
    const round24 = loadHouseholdSentences('round24');
    expect(round24.length).toBe(5);
    const scores24 = scoreSentences(round24, rules);
    expect(scores24.accuracy, JSON.stringify(scores24.misses, null, 1)).toBe(1);
  });

  it('routes the round-24 residents\' questions (routing-round24-words4.yaml: "di hoc dc bn tien", "dc bn vay", supports, standard, procedure, 2027) all (0.900 on 560fa6a)', () => {
    const routing = scoreRouting('routing-round24-words4.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('reads the round-25 tryout7 sentences ("tía má già rồi", "ông bà già", a mother of 72 living on what her children send, "nhà tạm", "ở phường", "ở trọ trên thành phố") all', () => {
    const round25 = loadHouseholdSentences('round25tryout7');
    expect(round25.length).toBe(5);
    const scores25 = scoreSentences(round25, rules);
    expect(scores25.accuracy, JSON.stringify(scores25.misses, null, 1)).toBe(1);
  });

  it('reads the round-25 sentences (Southern kin by birth order: "cau hai", "di ba tui 65 tuoi", "di tu"; "di ba ngay" no kin; a household in two places; a sick husband) all (0.375 on 9ac707a)', () => {
    const round25 = loadHouseholdSentences('round25words6');
    expect(round25.length).toBe(8);
    const scores25 = scoreSentences(round25, rules);
    expect(scores25.accuracy, JSON.stringify(scores25.misses, null, 1)).toBe(1);
  });

  it('routes the round-25 tryout7 messages (routing-round25-tryout7.yaml: fee to the village head, "hong co ten", "hong dc lam ho ngheo", the certificate "qua nam con xai dc ko") for at least 0.97 (0.872 on caf1eea)', () => {
    const routing = scoreRouting('routing-round25-tryout7.yaml');
    expect(routing.questions).toBe(39);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.97);
  });

  it('routes the round-25 residents\' questions (routing-round25-words6.yaml: plain "dien" after "ve", "ho tro" is the electricity) all (0.500 on 9ac707a)', () => {
    const routing = scoreRouting('routing-round25-words6.yaml');
    expect(routing.questions).toBe(10);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-29 tryout12 messages (routing-round29-tryout12.yaml: rice at Tết, "dọn vô" another province, a well asked for, training "trình độ sơ cấp", a renter who says who she is, "tro cap bn" with nobody\'s wage) for at least 0.95, the cadres\' and outreach staff\'s all (0.822 on 98584080; residents 0.72, cadres 0.90)', () => {
    const routing = scoreRouting('routing-round29-tryout12.yaml');
    expect(routing.questions).toBe(45);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(routing.groups.cadres?.accuracy).toBe(1);
    expect(routing.groups.outreach?.accuracy).toBe(1);
  });

  it('reads the round-29 tryout13 households told in one message ("4 miệng ăn", "5 củ", "1tr5", "50 củ" a year, "trên phố", "1 người tầm 1tr2/tháng") and cadres\' households all (0.944 on 2930e4ad: "1 người tầm 1tr2" read as the household\'s)', () => {
    const round29 = loadHouseholdSentences('round29tryout13');
    expect(round29.length).toBe(18);
    const scores29 = scoreSentences(round29, rules);
    expect(scores29.accuracy, JSON.stringify(scores29.misses, null, 1)).toBe(1);
  });

  it('reads the round-30 household16 households told in one sentence ("…, tui đi làm thuê kiếm dc 3 triệu": the speaker is a member; "5 trieu ruoi", "2tr5", "1 trieu 8", "ngoai pho") all (0.667 on 6b300194: the speaker left out twice, "ngoài phố" no area twice)', () => {
    const round30 = loadHouseholdSentences('round30household16');
    expect(round30.length).toBe(12);
    const scores30 = scoreSentences(round30, rules);
    expect(scores30.accuracy, JSON.stringify(scores30.misses, null, 1)).toBe(1);
  });

  it('reads the round-31 household17 households told in one sentence (Southern/Central words, a day\'s pay with its days, a year\'s sale, one away, the elderly, a disabled member, children at school; "…, o voi ma gia 78 tuoi": the speaker lives with her) all (0.917 on 41d48956: "ở với" opening a later clause read no size)', () => {
    const round31 = loadHouseholdSentences('round31household17');
    expect(round31.length).toBe(12);
    const scores31 = scoreSentences(round31, rules);
    expect(scores31.accuracy, JSON.stringify(scores31.misses, null, 1)).toBe(1);
  });

  it('reads the round-32 consent18 households told in one sentence (a day\'s pay with its days, "moi vu dc 3 tan lua, ban dc 20 trieu": the tonnes no money and the sale the crop\'s, "lua ban 7 ngan 1 ky": a price, no income, two old people alone, members away) all (0.875 on 4a48c3eb: the tonnes and the price per kilo read as money)', () => {
    const round32 = loadHouseholdSentences('round32consent18');
    expect(round32.length).toBe(16);
    const scores32 = scoreSentences(round32, rules);
    expect(scores32.accuracy, JSON.stringify(scores32.misses, null, 1)).toBe(1);
  });

  it('reads the round-32 household19 households told in one sentence (money sent home beside the farm\'s, "nhà 4 đứa" said by the speaker: the speaker and the children, a harvest by its weight: no money, the year\'s money asked; pensions, a vendor\'s and a Grab driver\'s pay, "5 miệng ăn") all (0.714 on main 86b57587: the remittance and the farm asked twice, "nhà 4 đứa" no size, "vợ chồng tui …, nhà 3 đứa nhỏ" read 2)', () => {
    const round32 = loadHouseholdSentences('round32household19');
    expect(round32.length).toBe(14);
    const scores32 = scoreSentences(round32, rules);
    expect(scores32.accuracy, JSON.stringify(scores32.misses, null, 1)).toBe(1);
  });

  it('reads the round-33 household20 households told in one sentence ("nhà 4 đứa" said by the speaker, a harvest by its weight beside money, a member working away, no electricity, the elderly, the disabled, a mud house, 2026 and 2027 days) all (the same on 7aad7d22: the readings were right, what they said back was not; test/chat/household-round33-household20.test.ts)', () => {
    const round33 = loadHouseholdSentences('round33household20');
    expect(round33.length).toBe(36);
    const scores33 = scoreSentences(round33, rules);
    expect(scores33.accuracy, JSON.stringify(scores33.misses, null, 1)).toBe(1);
  });

  it('reads the round-33 household21 households told in one sentence, each lack marked only when what was said fits the indicator\'s definition (no tap water: a well may be clean water; a child\'s schooling stopped at a grade, its age not told) all (3 of 7 before household21; test/chat/household-round33-household21.test.ts)', () => {
    const round33 = loadHouseholdSentences('round33household21');
    expect(round33.length).toBe(7);
    const scores33 = scoreSentences(round33, rules);
    expect(scores33.accuracy, JSON.stringify(scores33.misses, null, 1)).toBe(1);
  });

  it('routes the round-29 tryout13 questions (routing-round29-tryout13.yaml: Zalo messages for the hamlet, loudspeaker notices, a cadre\'s class asked) for at least 0.9, the outreach staff\'s all (0.909 on 2930e4ad; cadres 0.67: "đúng bằng chuẩn" goes to the income entry)', () => {
    const routing = scoreRouting('routing-round29-tryout13.yaml');
    expect(routing.questions).toBe(11);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(routing.groups.outreach?.accuracy).toBe(1);
  });

  it('routes the round-30 tryout14 residents\' messages (routing-round30-tryout14.yaml: "hoc lai xe", "don ra … o tro", "so ho ngheo co chuyen theo", "cho tien an tet") for at least 0.875 (0.775 on f273b21a; the 5 left: 4 households told in one sentence, which the chat reads before the topics, and "má tui 71 tuổi … tiền hàng tháng" read as the monthly allowance, its card said after the pension\'s)', () => {
    const routing = scoreRouting('routing-round30-tryout14.yaml');
    expect(routing.questions).toBe(40);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.875);
    expect(routing.groups.residents?.questions).toBe(40);
    expect(routing.groups.residents?.accuracy).toBeGreaterThanOrEqual(0.875);
  });

  it('routes the round-30 words15 residents\' questions (routing-round30-words15.yaml: a Zalo post on applying, the near-poor electricity bill, the poor BHYT card at the doctor\'s, student loans, Central "răng" = why not on the list, a mother of 72 in a poor household) for at least 0.9375 (residents 16, 0.8125 on words15; 0.9375 on mend30b: "xai dien … bot tien" is the electricity card, "ko ai co luong, dc nhiu tien" the allowance with the pension of 72; "me … 72 tuoi … dc nhiu tien 1 thang" still read by another path of the chat)', () => {
    const routing = scoreRouting('routing-round30-words15.yaml');
    expect(routing.questions).toBe(16);
    expect(routing.groups.residents?.questions).toBe(16);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9375);
  });

  it('routes the round-32 short20 residents\' toilet questions (routing-round32-short20.yaml: "nha ve sinh co dc ho tro ko", the subject before "được hỗ trợ", read as the sanitation topic, not every class\'s list) for 1 (0.455 before short20)', () => {
    const routing = scoreRouting('routing-round32-short20.yaml');
    expect(routing.questions).toBe(11);
    expect(routing.groups.residents?.questions).toBe(11);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-33 tryout20 residents\' first messages (routing-round33-tryout20.yaml: "me tui 78 tuoi o 1 minh ko luong huu", "tien dien ho ngheo theo quyet dinh 14 2025 con dc ko", "bi loai khoi ho ngheo tui ko dong y thi lam sao", "nghe noi ho ngheo dc cho dien thoai thong minh, gio con ko") all (1 before and after tryout20, whose fixes are follow-ups)', () => {
    const routing = scoreRouting('routing-round33-tryout20.yaml');
    expect(routing.questions).toBe(25);
    expect(routing.groups.residents?.questions).toBe(25);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-34 tryout21 residents\' first messages (routing-round34-tryout21.yaml: "qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko", "xa ko cho nha tui vo ho ngheo, tui muon khieu nai", "bả 76 tuoi ko co luong huu, ổng mat roi") for at least 0.9 (0.85 before tryout21, 0.9 after; left: a storm-hit household not poor, read as housing, and the BHYT asked after leaving the near-poor list, read as the losing card)', () => {
    const routing = scoreRouting('routing-round34-tryout21.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.groups.residents?.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
    // Round 36 words22: 1 (the storm-hit household said not poor: the sudden-hardship entry).
  });

  it('routes the round-33 chains22 residents\' first messages (routing-round33-chains22.yaml: "ho can ngheo vay von thi lam thu tuc o dau", "ho can ngheo di hoc nghe co dc tien xe ko", "nam nay co ra soat ho ngheo ko") for at least 0.93 (0.933 before and after chains22, whose fixes are follow-ups; the one left: "nam 2027 co them chi tieu j moi ko", read by search)', () => {
    const routing = scoreRouting('routing-round33-chains22.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.groups.residents?.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.93);
  });

  it('routes the round-34 household22 residents\' households told in one sentence (routing-round34-household22.yaml: "nha tui 5 nguoi, chong chay xe om, thu nhap tam 4tr thang, nha thue, ko co bhyt", "me con tui 3 nguoi, tui lam thue 150 ngan 1 ngay, nha thue 12 met vuong", "nha tui o bển, 5 nguoi, lam ruong 1 nam dc 40 trieu, nha vach van") to the standard the chat checks them by, for at least 0.95 (0.05 before household22: a lack\'s support or indicator card, or search; the one left: "vo chong tui gia roi, con di lam xa, ruong 3 cong", no income told)', () => {
    const routing = scoreRouting('routing-round34-household22.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.groups.residents?.questions).toBe(20);
    // 1 since round 35 household24 (the farmland "ruong 3 cong" a fact told).
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-35 household24 residents\' households told in one sentence (routing-round35-household24.yaml: "vo chong tui gia roi, con di lam xa, ruong 3 cong", "nha tui 2 nguoi, ruong 3 cong", "tui o 1 minh, 70 tuoi, co 2 sao ruong": farmland by its size a fact told) all (0.85 before household24: those three read as search)', () => {
    const routing = scoreRouting('routing-round35-household24.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.groups.residents?.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-32 tryout19 residents\' first messages (routing-round32-tryout19.yaml: "con tui lop 8 muon nghi hoc … ho tro j ko", "nha o vung cao, nuoc sinh hoat ko co", a student\'s loan, the pensions of NĐ 176/2025) for at least 0.96 (0.893 before tryout19; the one left: "tui 80 tuoi ho ngheo, dc nhung tien j", which the chat reads by the age before the topics)', () => {
    const routing = scoreRouting('routing-round32-tryout19.yaml');
    expect(routing.questions).toBe(28);
    expect(routing.groups.residents?.questions).toBe(28);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.96);
  });

  it('routes the round-32 follow20 residents\' first messages (routing-round32-follow20.yaml: "chong tui nam vien, can ngheo, the bhyt dc ho tro bn" the premium card, not the benefit card; "tach ho ngheo sao", "… co dc ho ngheo rieng hong" the member-change entry; the card paying a stay stays the benefit card) all (0.167 before follow20)', () => {
    const routing = scoreRouting('routing-round32-follow20.yaml');
    expect(routing.questions).toBe(6);
    expect(routing.groups.residents?.questions).toBe(6);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(1);
  });

  it('routes the round-31 plain18 residents\' messages (routing-round31-plain18.yaml: "vua bi rot can ngheo, con dc the bhyt ko" and its kin: the premium card of the newly escaped, not the "không có tên" card; why dropped stays the losing card) for at least 0.8 (0.4 before plain18: the three BHYT questions read as losing; the one left: "con dc huong bhyt" read as the benefit card, "hưởng")', () => {
    const routing = scoreRouting('routing-round31-plain18.yaml');
    expect(routing.questions).toBe(5);
    expect(routing.groups.residents?.questions).toBe(5);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.8);
  });

  it('routes the round-34 words19 residents\' messages (routing-round34-words19.yaml: the class\'s supports asked to still stand next year, "chỉ tiêu" asked as new) all (0.286 before words19, read on the merge base\'s src)', () => {
    const routing = scoreRouting('routing-round34-words19.yaml');
    expect(routing.questions).toBe(7);
    expect(routing.groups.residents?.questions).toBe(7);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-33 words18 residents\' messages (routing-round33-words18.yaml: money said handed out, "lam thue" no housing nor the procedure, "xa cat ho ngheo … con dc bhyt ko" the newly escaped card, supports asked cut next year, the 2027 rumour and standing as the chat answers them) all (0.381 before words18, read by readTopicOrBasis on the code before it)', () => {
    const routing = scoreRouting('routing-round33-words18.yaml');
    expect(routing.questions).toBe(21);
    expect(routing.groups.residents?.questions).toBe(21);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-32 words17 residents\' messages (routing-round32-words17.yaml: "bao sap toi" a storm coming, not a house brought down; "cat lai" alone no housing; "nha o bển", "nha o tren nui" where the house is; "ho tro dien"; "ky gao"; "thu nhap dung bang 1.500.000 … thi sao") all, residents all, cadres all (0.667 on main 4a48c3eb: residents 0.652)', () => {
    const routing = scoreRouting('routing-round32-words17.yaml');
    expect(routing.questions).toBe(24);
    expect(routing.groups.residents?.questions).toBe(23);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents?.accuracy).toBe(1);
    expect(routing.groups.cadres).toEqual({ questions: 1, accuracy: 1 });
  });

  it('routes the round-31 words16 residents\' messages (routing-round31-words16.yaml: "xin ho tro lam nha o dau" after a house falling, "ai la nguoi quyet dinh nha minh co ngheo hay ko", the electricity bill, BHYT, loans, school, old people, disability) all (0.92 before words16: "lam nha o dau" was read "làm sống ở đâu", "co ngheo hay ko" named no class asked)', () => {
    const routing = scoreRouting('routing-round31-words16.yaml');
    expect(routing.questions).toBe(25);
    expect(routing.groups.residents?.questions).toBe(25);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-30 tryout15 questions (routing-round30-tryout15.yaml: a cadre\'s class "là hộ nghèo hay hộ cận nghèo" at the line, the 2027–2030 middle band\'s "ngưỡng thu nhập nào", a post on "thế nào là thiếu hụt dịch vụ xã hội cơ bản", "nhận giấy chứng nhận ở đâu", "thay đổi khi không còn cấp huyện") all, each group\'s all (0.857 on f273b21a: cadres 0.90, outreach 0.80)', () => {
    const routing = scoreRouting('routing-round30-tryout15.yaml');
    expect(routing.questions).toBe(35);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.cadres).toEqual({ questions: 20, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 15, accuracy: 1 });
  });

  it('routes the round-31 tryout17 residents\' messages (routing-round31-tryout17.yaml: "nha ben canh dc ho ngheo … muon khieu nai", "ko cong bang … khieu nai thi lam sao", "hang xom giau hon … ko phuc", "bao lam sap … cat lai", a cadre accused "an chan" kept out of the result disputed, "mần răng để được xét", "bi cut 1 chan") all (0.775 on 41d48956; 0.95 before round 33 words18: the rumour "nam 2027 bo ho can ngheo" and "qua 2027 nha tui con ho ngheo ko", which the chat reads before the topics, now routed as it answers them, routedTopic)', () => {
    const routing = scoreRouting('routing-round31-tryout17.yaml');
    expect(routing.questions).toBe(40);
    expect(routing.groups.residents?.questions).toBe(40);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-31 tryout18 questions (routing-round31-tryout18.yaml: "Mẫu số 01 … là mẫu gì", "mau so 2 dung de lam gi", a post on "khai đúng thu nhập") for at least 0.97, cadres 0.95, outreach all (0.857 on 41d48956: cadres 0.80, outreach 0.93; the one left: "thu nhap dung bang 1.500.000 … xep ho ngheo hay can ngheo", a passage)', () => {
    const routing = scoreRouting('routing-round31-tryout18.yaml');
    expect(routing.questions).toBe(35);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.97);
    expect(routing.groups.cadres?.questions).toBe(20);
    expect(routing.groups.cadres?.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(routing.groups.outreach).toEqual({ questions: 15, accuracy: 1 });
  });

  it('routes the round-32 law18 questions (routing-round32-law18.yaml: the law around 01/01/2027 by updates-2026.md, residents, cadres, outreach) for at least 0.9, residents 0.9, cadres 0.85, outreach all (the same 22 of 24 before law18, whose changes are inside the standard and procedure answers; the 2 left: "chuan moi co tinh rac thai ko" read as the coming standard\'s card, not the waste indicator, and "bước báo cáo Chủ tịch UBND cấp huyện do ai thực hiện", a passage)', () => {
    const routing = scoreRouting('routing-round32-law18.yaml');
    expect(routing.questions).toBe(24);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(routing.groups.residents).toEqual({ questions: 11, accuracy: expect.any(Number) });
    expect(routing.groups.residents!.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(routing.groups.cadres?.questions).toBe(8);
    expect(routing.groups.cadres!.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(routing.groups.outreach).toEqual({ questions: 5, accuracy: 1 });
  });

  it('routes the round-32 law19 questions (routing-round32-law19.yaml: the waste indicator of 2027–2030 asked "co tinh … ko", "co doi ko" of the coming January, the district step after 01/7/2025, public posting, recognising households that left poverty) all, each group all (0.333 on main 86b57587: residents 3/7, cadres 2/7, outreach 1/4)', () => {
    const routing = scoreRouting('routing-round32-law19.yaml');
    expect(routing.questions).toBe(18);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 7, accuracy: 1 }, cadres: { questions: 7, accuracy: 1 }, outreach: { questions: 4, accuracy: 1 } });
  });

  it('routes the round-33 law21 questions (routing-round33-law21.yaml: "nam nay chuan ngheo co doi ko", "qua nam moi ho can ngheo con ko", "2027 xet ho ngheo theo gi", the social pension, electricity) all', () => {
    const routing = scoreRouting('routing-round33-law21.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 11, accuracy: 1 }, cadres: { questions: 3, accuracy: 1 }, outreach: { questions: 1, accuracy: 1 } });
  });

  it('routes the round-33 staff21 questions (routing-round33-staff21.yaml: "… gồm mấy bước, ai ký quyết định công nhận?" to the procedure, "thành viên đi XKLĐ có tính nhân khẩu" to the residence entry, "Thời hạn giấy chứng nhận hộ nghèo bao lâu?" to the certificate’s term) all (0.76 before staff21: cadres 0.64, outreach 0.9)', () => {
    const routing = scoreRouting('routing-round33-staff21.yaml');
    expect(routing.questions).toBe(21);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 11, accuracy: 1 }, outreach: { questions: 10, accuracy: 1 } });
  });

  it('routes the round-34 tryout22 first messages (routing-round34-tryout22.yaml: "nha tui bi chay het roi, ko con j, xin ho tro o dau", "ho ngheo co dc mien thue dat ko", "Thời hạn niêm yết công khai danh sách hộ nghèo là bao lâu") for at least 0.75, residents 0.75, cadres 0.75, outreach 0.75 (residents 0.667 before tryout22; left: a member in prison or military service counted, an orphan, HIV, a returnee asked to register)', () => {
    const routing = scoreRouting('routing-round34-tryout22.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.groups.residents?.questions).toBe(12);
    expect(routing.groups.cadres?.questions).toBe(4);
    expect(routing.groups.outreach?.questions).toBe(4);
    // Round 36 words22: 0.95 overall, residents 0.917, cadres 1 (a member in prison counted: the residence entry's; left: the orphan,
    // the data's lead that it has nothing on orphans, then the monthly allowance).
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(routing.groups.residents?.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(routing.groups.cadres?.accuracy).toBe(1);
    // 1 since staff23 (round 35): the post asking members back from work abroad to register is the residence entry's.
    expect(routing.groups.outreach?.accuracy).toBe(1);
  });

  it('routes the round-35 staff23 questions (routing-round35-staff23.yaml: cadres\' "HN", "HCN", a province\'s own target the documents do not hold, "vay dc ko", a post asking members back from work abroad to register for the review) all, residents all, cadres all, outreach all (0.615 before staff23: residents 0.25, cadres 0.733, outreach 0.571; 0.962 after, cadres 0.933: "Tỷ lệ HN đa chiều năm 2025 là bao nhiêu", no "cả nước", routed by mend35b)', () => {
    const routing = scoreRouting('routing-round35-staff23.yaml');
    expect(routing.questions).toBe(26);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 4, accuracy: 1 });
    expect(routing.groups.cadres?.questions).toBe(15);
    expect(routing.groups.cadres?.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.outreach).toEqual({ questions: 7, accuracy: 1 });
  });

  it('routes the round-36 staff24 questions (routing-round36-staff24.yaml: a cadre\'s "NQ05 Trà Vinh giảm hộ nghèo bình quân mỗi năm bao nhiêu" to the resolution\'s passages, shared answers naming a province) all, cadres all, outreach all (0.875 before staff24: cadres 0.8, outreach 1; 0.938 after, cadres 0.9; all since round 37 staff25: the 2026/2027 income brackets asked without "so sánh", the standards side by side)', () => {
    const routing = scoreRouting('routing-round36-staff24.yaml');
    expect(routing.questions).toBe(16);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.cadres).toEqual({ questions: 10, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 6, accuracy: 1 });
  });

  it('routes the round-37 staff25 questions (routing-round37-staff25.yaml: a cadre\'s income levels of the classes over two standards, "2026 2027", "2022-2025 và 2027-2030", to the standards side by side; the list after a commune merger to the merger entry, as the chat answers it) all (0.3 before staff25: cadres 0.5, outreach 0, residents 0)', () => {
    const routing = scoreRouting('routing-round37-staff25.yaml');
    expect(routing.questions).toBe(10);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.cadres).toEqual({ questions: 6, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 2, accuracy: 1 });
    expect(routing.groups.residents).toEqual({ questions: 2, accuracy: 1 });
  });

  it('routes the round-35 tryout23 first messages (routing-round35-tryout23.yaml: "nha tui ko co nha ve sinh, di ngoai dong, co bi tinh thieu hut ko" to the sanitation indicator, "con tui dau dai hoc ma nha ngheo, muon vay tien cho con di hoc dc ko" to the loan card its notice leads) all, residents all (0.9 before tryout23 too; 0.95 after round 36 tryout24: the fisherman\'s boat; all since round 37 staff25: "xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai" is the commune-merger entry, as the chat answers it, was read as today\'s standard)', () => {
    const routing = scoreRouting('routing-round35-tryout23.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.groups.residents?.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents?.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-36 tryout25 residents who are old and can no longer work (routing-round36-tryout25.yaml: "tui gia roi ko lam dc", "ba tui gia roi ko con lam noi") to the entry on a household without labour capacity, all (0 before tryout25: search, the renting explainer)', () => {
    const routing = scoreRouting('routing-round36-tryout25.yaml');
    expect(routing.questions).toBe(6);
    expect(routing.groups.residents?.questions).toBe(6);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-37 mend37a first messages (routing-round37-mend37a.yaml: "muc thu nhap ho ngheo nam nay va nam sau" to the standards side by side, "vay von ho ngheo co can the chap ko" to the data having nothing on collateral) all, residents, cadres and outreach (0.167 before mend37a: residents 0.25, cadres 0, outreach 0; search, the loan card)', () => {
    const routing = scoreRouting('routing-round37-mend37a.yaml');
    expect(routing.questions).toBe(6);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 4, accuracy: 1 });
    expect(routing.groups.cadres).toEqual({ questions: 1, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 1, accuracy: 1 });
  });

  it('routes the round-39 resid39 first messages (routing-round39-resid39.yaml: "bhyt thi sao" to the BHYT premium card, "xa noi nha tui thoat ngheo roi ma tui van kho" to the result disputed, "con tui di bo toi truong …, co dc ho tro xe dap ko" to the data having no bicycle support, and 25 new residents\' messages) all, residents, cadres and outreach (0.607 before resid39: residents 0.708, cadres 0, outreach 0; the BHYT indicator, search, the learning cost alone, the newly escaped entry)', () => {
    const routing = scoreRouting('routing-round39-resid39.yaml');
    expect(routing.questions).toBe(28);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 24, accuracy: 1 });
    expect(routing.groups.cadres).toEqual({ questions: 2, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 2, accuracy: 1 });
  });

  it('routes the round-40 resid40 first messages (routing-round40-resid40.yaml: "vo tui mat som, tui nuoi 2 dua nho, co tro cap j ko" to the monthly social allowance card, "nam nay co phai lam lai ho so ho ngheo ko" and "nam sau co phai dang ky lai ho ngheo ko" to the procedure, "nam 2027 ho trung binh la bao nhieu" to the 2027 standard) all, residents, cadres and outreach (0.333 before resid40: residents 2 of 12, cadres 2 of 2, outreach 1 of 1; search, the lost-certificate card, the 2027 standard\'s card)', () => {
    const routing = scoreRouting('routing-round40-resid40.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 12, accuracy: 1 });
    expect(routing.groups.cadres).toEqual({ questions: 2, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 1, accuracy: 1 });
  });

  it('routes the round-39 mend39c messages (routing-round39-mend39c.yaml: "nha tui dc cong nhan ho ngheo nam ngoai, nam nay co phai lam lai ko", "lam sao de dc vao danh sach ho ngheo" and "quy trình rà soát hộ nghèo thường xuyên và các biểu mẫu" to the procedure, "vay vốn nhà ở xã hội" to the data having nothing on it, "sao nam nay 2026 van dung chuan 1tr5" and "chuan ngheo 2027 co may tieu chi, tieu chi nao moi" to the standard, the 2026 review\'s days and standard to the review-standard entry, the social pension\'s papers under NĐ 176/2025 to its card) all (0.25 before mend39c: residents 2 of 10, cadres 2 of 5, outreach 0 of 1; search, the loan or housing card, the report forms, the schedule alone)', () => {
    const routing = scoreRouting('routing-round39-mend39c.yaml');
    expect(routing.questions).toBe(16);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 10, accuracy: 1 });
    expect(routing.groups.cadres).toEqual({ questions: 5, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 1, accuracy: 1 });
  });

  it('routes the round-38 resid38 first messages (routing-round38-resid38.yaml: "răng mà khó rứa, nhà tui nghèo mà ko dc chi hết" to why a household may not be recognised, "nha tui o xa lam, di len xa ko dc, lam sao dang ky" and "ho ngheo co phai dang ky lai moi nam ko" to the procedure, "con tui hoc truong tu co dc ho tro ko" to the school-fee card) all, residents and cadres (0.083 before resid38: residents 0.091, cadres 0; search)', () => {
    const routing = scoreRouting('routing-round38-resid38.yaml');
    expect(routing.questions).toBe(12);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 11, accuracy: 1 });
    expect(routing.groups.cadres).toEqual({ questions: 1, accuracy: 1 });
  });

  it('routes the round-37 resid37 first messages (routing-round37-resid37.yaml: "nha tui dan toc h mong o tren nui" to the entry on ethnic-minority households, "mat het giay to ho ngheo" to the lost certificate, "khi mo thi ra soat" to the procedure, "ai den giup dc ko" to the data having nothing on it, "the het han" to the health card) all, residents and cadres (0.111 before resid37: residents 0.125, cadres 0; search, the certificate\'s term)', () => {
    const routing = scoreRouting('routing-round37-resid37.yaml');
    expect(routing.questions).toBe(18);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 16, accuracy: 1 });
    expect(routing.groups.cadres).toEqual({ questions: 2, accuracy: 1 });
  });

  it('routes the round-36 tryout24 first messages (routing-round36-tryout24.yaml: "ghe tui bi hu roi, tui di bien" to the livelihood card, "co dc tien an o ko", "gao cuu tro co ko" to the data having no food support, "tui bi tu choi ho ngheo, khieu nai cho ai" to the result disputed, "nha tui bi lu cuon het roi" to the review after a sudden hardship) all (0.545 before tryout24: search, or a complaint about an official)', () => {
    const routing = scoreRouting('routing-round36-tryout24.yaml');
    expect(routing.questions).toBe(22);
    expect(routing.groups.residents?.questions).toBe(22);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
  });

  it('routes the round-35 mend35c questions on who keeps the poverty list (routing-round35-mend35c.yaml: "ai giu danh sach", "ai quan ly danh sach ho can ngheo" after a commune merger) to the entry on the list, all (0 before mend35c: each read as search)', () => {
    const routing = scoreRouting('routing-round35-mend35c.yaml');
    expect(routing.questions).toBe(7);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.residents).toEqual({ questions: 5, accuracy: 1 });
    expect(routing.groups.cadres).toEqual({ questions: 1, accuracy: 1 });
    expect(routing.groups.outreach).toEqual({ questions: 1, accuracy: 1 });
  });

  it('routes the round-35 procedure25 residents\' procedure questions (routing-round35-procedure25.yaml: "so ho ngheo lam o dau", "qua nam moi xa con ra soat ko", "sao lau z", "hoi ai", "tui tu nop dc ko", "ko co cccd co lam dc ko", "o xa co lam online dc ko") all (0.45 before procedure25: 11 of 20 read as search, on the merge base\'s src)', () => {
    const routing = scoreRouting('routing-round35-procedure25.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 20, accuracy: 1 } });
  });

  it('routes the round-35 mend35a residents\' complaints ("khieu nai o dau", "khieu nai lam sao ad" to the review\'s result disputed; "khieu nai can bo o dau" still the complaint about officials) all (residents 0.5 before mend35a: the four asked alone read as notInData)', () => {
    const routing = scoreRouting('routing-round35-mend35a.yaml');
    expect(routing.questions).toBe(8);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 8, accuracy: 1 } });
  });

  it('routes the round-35 words20 questions (routing-round35-words20.yaml: "nha tui moi bi dua ra khoi ds can ngheo, z bhyt con ko" to the BHYT card, "tui bi HIV co dc ho tro j ko" and "phi truoc ba ho ngheo co dc mien ko" to what the data does not have) all (residents 0.455 before words20, cadres 1, outreach 1)', () => {
    const routing = scoreRouting('routing-round35-words20.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 11, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-35 mend35e residents\' questions (routing-round35-mend35e.yaml: "vo chong tui o que, con tui di lam o sai gon, ko co bhyt" to the check, "chau tui mo coi cha me, o voi ong ba, co dc ho tro j ko" to what the data does not have, "con tui 8 thang dc ho tro j ko" to the young-children entry, "ong tui bi gout co dc tro cap ko" to the monthly allowance card) all (0 of 10 residents, 0 of 2 cadres before mend35e: a province\'s passage, the BHYT card, the list alone, the list of every class, a passage on school fees, "ngoài phạm vi")', () => {
    const routing = scoreRouting('routing-round35-mend35e.yaml');
    expect(routing.questions).toBe(12);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 10, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 } });
  });
  it('routes the round-36 law27 months asked with their year (routing-round36-law27.yaml: "thang 7/2027 ap dung chuan moi chua", "7/2027 chuan ngheo la bn", "Tháng 7/2027 chuẩn nghèo nông thôn là bao nhiêu?") all to the 2027 standard (12 of 18 before law27: residents 0.75, cadres 0.5, outreach 0.5; a bare or capitalised "7/2027" was dropped as a document\'s number)', () => {
    const routing = scoreRouting('routing-round36-law27.yaml');
    expect(routing.questions).toBe(18);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 12, accuracy: 1 }, cadres: { questions: 4, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });
  it('routes the round-36 law28 questions (routing-round36-law28.yaml: "ct mtqg moi tu nam nao" to the programme, "bao gio co danh sach ho ngheo nam 2027" to the year-end review, "nam sau co con ngheo ko" to the 2027 standard) all (10 of 12 before law28: residents 0.75, "ct mtqg moi", "ct giam ngheo moi" were search)', () => {
    const routing = scoreRouting('routing-round36-law28.yaml');
    expect(routing.questions).toBe(12);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 8, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-39 law32 questions (routing-round39-law32.yaml: "tu thang 1 nam sau chuan ngheo la bao nhieu", "ong ba noi tui 72 tuoi ho ngheo co dc tien gia ko", "gio con len huyen xin giay ko", "nha tui ko co dien thoai co bi tinh thieu hut ko", "rà soát năm nay theo chuẩn nào") all (14 of 14 before law32 too: it changed the answers, test/chat/law-round39-law32.test.ts)', () => {
    const routing = scoreRouting('routing-round39-law32.yaml');
    expect(routing.questions).toBe(14);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 10, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-39 mend39a first messages (routing-round39-mend39a.yaml: "tui can vay 50tr nuoi bo dc ko", "Hộ cận nghèo cần vay 50 triệu đồng để chăn nuôi bò thì có được không?" to the loan card, the first messages of the threads fixed in test/chat/mend-round39-mend39a.test.ts) all (0.556 before mend39a: residents 0.571, cadres 0.5; the livelihood card, or search)', () => {
    const routing = scoreRouting('routing-round39-mend39a.yaml');
    expect(routing.questions).toBe(9);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 7, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-39 mend39d questions (routing-round39-mend39d.yaml: a reminder not to give CCCD to strangers offering to file, as a post or a resident asks, to identity_papers; a congratulation of households just out of poverty to newly_escaped) all (0.33 before mend39d: outreach 0.5, residents 0; the CCCD post was personal_data, the resident\'s question the procedure)', () => {
    const routing = scoreRouting('routing-round39-mend39d.yaml');
    expect(routing.questions).toBe(3);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 1, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-40 law33 questions (routing-round40-law33.yaml: "ko co dien thoai", "nha ko co dt" to the telecom indicator, with the means of getting information; "khi nao ra soat ho ngheo lan toi" to the procedure; the social pension\'s papers under NĐ 176/2025 to its card; the 2027 review\'s standard to the review-standard entry, "con phai len huyen ko" to who recognises) all (0.636 before law33: residents 0.556, the bare phone lacks and the district were search; cadres 1)', () => {
    const routing = scoreRouting('routing-round40-law33.yaml');
    expect(routing.questions).toBe(11);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 9, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-42 rumour43 questions (routing-round42-rumour43.yaml: 1,9 triệu as the 2027 rural line to the 2027 standard, the near-poor "miễn 100% viện phí" to the NQ 261/2025 benefit, the waste indicator said to be a fine to the indicator) all (0.636 before rumour43: residents 0.571, two on hospital fees were the premium card and the visit-cost entry, "thêm tiêu chí rác thải để phạt" the changes; cadres 0, hospital fees the premium card; outreach 1)', () => {
    const routing = scoreRouting('routing-round42-rumour43.yaml');
    expect(routing.questions).toBe(11);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 7, accuracy: 1 }, cadres: { questions: 1, accuracy: 1 }, outreach: { questions: 3, accuracy: 1 } });
  });

  it('routes the round-43 mend45b questions (routing-round43-mend45b.yaml: people and floor area told with "có thiếu diện tích không" to housing_area, whose answer works out the m² per person; nutrition never examined to nutrition) 11 of 14: three residents\' still miss (a "phòng trọ" and a "vậy là thiếu hụt chưa" are search, "thiếu diện tích nhà ở" the housing support); the same before mend45b, which changed answers, not routing', () => {
    const routing = scoreRouting('routing-round43-mend45b.yaml');
    expect(routing.questions).toBe(14);
    expect(routing.misses.map((miss) => miss.question)).toEqual([
      '2 vo chong 2 dua nho o can phong tro 15m2 co thieu dien tich ko ad',
      'nha 5 nguoi o 45 met vuong co thieu dien tich nha o ko',
      'nha tui 4 nguoi o 30m2 vay la thieu hut chua',
    ]);
    expect(routing.groups).toEqual({ residents: { questions: 12, accuracy: 0.75 }, cadres: { questions: 1, accuracy: 1 }, outreach: { questions: 1, accuracy: 1 } });
  });

  it('routes the round-43 resid47 questions (routing-round43-resid47.yaml: a lack told with "năm 2027 tính sao" to its indicator, the income\'s period asked to income_counting, "ở nhà không đi làm" to employment) all (0.467 before resid47: residents 0.455, the tivi, period and at-home ones were search; cadres 0.5 and outreach 0.5, search)', () => {
    const routing = scoreRouting('routing-round43-resid47.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 11, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-43 mend45a questions (routing-round43-mend45a.yaml: residents\' words of the tryout45 follow-ups asked as first messages naming their subject: the loan cap, the training support paid back, the disability allowance, the social pension\'s papers, where and to whom the request is filed and how long, the near-poor BHYT next year, next year\'s line in town) all (1 before mend45a too: the misreadings were of the follow-ups, test/chat/followups-round43-mend45a.test.ts)', () => {
    const routing = scoreRouting('routing-round43-mend45a.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 15, accuracy: 1 } });
  });

  it('routes the round-43 mend45f questions (routing-round43-mend45f.yaml: what hộ có mức sống trung bình is and what it gets, a poor household angry it gets nothing; all the chat\'s list of a class\'s supports, no topic) all (0.6 before mend45f: the two naming "mức sống trung bình" with the supports asked were the standard)', () => {
    const routing = scoreRouting('routing-round43-mend45f.yaml');
    expect(routing.questions).toBe(5);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 5, accuracy: 1 } });
  });

  it('routes the round-43 resid48 questions (routing-round43-resid48.yaml: free legal aid of the poor then "con can ngheo" after a comma, whom the papers go to now the district is gone with the papers named, housing asked of 2027) all (0.5 before resid48: residents 0.625, "…ko, con ho can ngheo" was the 2026 standard, the district gone with the papers named the procedure; cadres 0 and outreach 0, the procedure)', () => {
    const routing = scoreRouting('routing-round43-resid48.yaml');
    expect(routing.questions).toBe(10);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 8, accuracy: 1 }, cadres: { questions: 1, accuracy: 1 }, outreach: { questions: 1, accuracy: 1 } });
  });

  it('routes the round-42 resid45 questions (routing-round42-resid45.yaml: residents\' district gone said their way and whom they file with to recognition_authority; a thing lacked told alone to its support or indicator) all (0.333 before resid45: residents 0.429, the four on the district gone were search, the procedure or losing; cadres 0 and outreach 0, the procedure)', () => {
    const routing = scoreRouting('routing-round42-resid45.yaml');
    expect(routing.questions).toBe(9);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 7, accuracy: 1 }, cadres: { questions: 1, accuracy: 1 }, outreach: { questions: 1, accuracy: 1 } });
  });

  it('routes the round-41 cadre41 questions (routing-round41-cadre41.yaml: cadres\' steps of the review, where the result is reported after 01/07/2025, forms, who recognises; outreach posts on scams, the "sổ đỏ" rumour, meeting invitations, loudspeaker notices; asking a former town\'s UBND) all (0.773 before cadre41: cadres 0.643, the four on reporting the result and "hoi UBND thi xa Duyen Hai" were search; outreach 1)', () => {
    const routing = scoreRouting('routing-round41-cadre41.yaml');
    expect(routing.questions).toBe(22);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 14, accuracy: 1 }, outreach: { questions: 8, accuracy: 1 } });
  });

  it('routes the round-41 cadre42 questions (routing-round41-cadre42.yaml: cadres\' procedure of recognising a household that left the list to its entry, where the result is reported and the steps to the procedure) all (0.4 before cadre42: cadres 0.4, the three on recognising a household that left the list were search, an explainer)', () => {
    const routing = scoreRouting('routing-round41-cadre42.yaml');
    expect(routing.questions).toBe(5);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 5, accuracy: 1 } });
  });

  it('routes the round-42 outreach43 questions (routing-round42-outreach43.yaml: outreach staff\'s reminders of the review ending on 14/12 to the procedure) all (0.5 before outreach43: "dot ra soat ket thuc ngay 14/12", "đợt bình xét kết thúc vào 14/12" were search)', () => {
    const routing = scoreRouting('routing-round42-outreach43.yaml');
    expect(routing.questions).toBe(4);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ outreach: { questions: 4, accuracy: 1 } });
  });

  it('routes the round-43 outreach44 questions (routing-round43-outreach44.yaml: outreach staff\'s posts: an invitation to register for the review to the procedure, the "500k mỗi tháng" correction to social_assistance, the hospital-fee rebuttal, the electricity notice, a meeting invitation, a post for the South) all (0.867 before outreach44: "soạn thông báo mời bà con đăng ký rà soát", with and without marks, were search)', () => {
    const routing = scoreRouting('routing-round43-outreach44.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ outreach: { questions: 15, accuracy: 1 } });
  });

  it('routes the round-42 cadre44 questions (routing-round42-cadre44.yaml: cadres\' and residents\' questions on the documents of the 2026–2035 programme to its entry, from which review the 2027–2030 standard applies to the standard) all (0.25 before cadre44: cadres 0.2, the four on documents were search, the review one the disability card; residents 0.333)', () => {
    const routing = scoreRouting('routing-round42-cadre44.yaml');
    expect(routing.questions).toBe(8);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 5, accuracy: 1 }, residents: { questions: 3, accuracy: 1 } });
  });

  it('routes the round-43 cadre45 questions (routing-round43-cadre45.yaml: cadres\' questions comparing the 2022–2025 and 2027–2030 standards, on who decides the list of poor communes, the 2026–2030 forms\' circular, the programme\'s documents, the 2027–2030 standard and the 2026 review) all (0.267 before cadre45: the comparisons were one period\'s card, the poor communes who recognises a household, the forms the points, the documents search, the 2026 review the 2027–2030 card)', () => {
    const routing = scoreRouting('routing-round43-cadre45.yaml');
    expect(routing.questions).toBe(15);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 15, accuracy: 1 } });
  });

  it('routes the round-44 cadre46 questions (routing-round44-cadre46.yaml: cadres\' and residents\' questions on the money of the 2021–2025 programme, whether a province may apply a higher standard, one class of 2022–2025 and 2027–2030 compared, two questions joined by "và" by their first half) all (0.357 before cadre46: cadres 4/11, residents 1/3; the 2021–2025 money was search, the province\'s power the 2026 standard\'s card, the class compared the 2022–2025 card)', () => {
    const routing = scoreRouting('routing-round44-cadre46.yaml');
    expect(routing.questions).toBe(14);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 11, accuracy: 1 }, residents: { questions: 3, accuracy: 1 } });
  });

  it('routes the round-45 cadre48 questions (routing-round45-cadre48.yaml: cadres\' and residents\' precise questions: criteria and indicators of 2027–2030, the programmes\' money, two questions joined by ", còn" by their first half, households counted by criterion, 60/30 triệu, forms, which area a ward is, household members, deadlines, who signs) all (0.833 before cadre48: cadres 14/16, residents 1/2; which area a ward or commune is was search, household members the standard\'s card)', () => {
    const routing = scoreRouting('routing-round45-cadre48.yaml');
    expect(routing.questions).toBe(18);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 16, accuracy: 1 }, residents: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-40 mend40a questions (routing-round40-mend40a.yaml: a stranger calling about money or asking for the CCCD to identity_papers, a cadre come to ask the household to cadre_visit, a member starting work to income_rise, meals in hospital to other_supports, the disability allowance\'s amount) all (0.111 before mend40a, the allowance amount only: the calls were search or the procedure, the CCCD the papers to bring, the visit and the work search, the meals the explainer of every support)', () => {
    const routing = scoreRouting('routing-round40-mend40a.yaml');
    expect(routing.questions).toBe(9);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 9, accuracy: 1 } });
  });

  it('routes the round-40 mend40c questions (routing-round40-mend40c.yaml: rumours the data has no rule for, "bị thu hồi sổ đỏ", "bị thu hồi đất", "phải trả lại đất", to who recognises households; "thoát nghèo là mất hết hỗ trợ" to what the newly escaped keep; a post on a disabled member to the disability entry; a 60 triệu housing rumour to the housing card) all (0.286 before mend40c: residents 0, cadres 0, outreach 0.5; the rumours were search)', () => {
    const routing = scoreRouting('routing-round40-mend40c.yaml');
    expect(routing.questions).toBe(7);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 2, accuracy: 1 }, cadres: { questions: 1, accuracy: 1 }, outreach: { questions: 4, accuracy: 1 } });
  });

  it('routes the round-39 mend39b questions (routing-round39-mend39b.yaml: a 0 % loan rumour to the loan card, a rumour of supports cut in 2027 and a post on the new standard from 01/01/2027 to the 2027 standard, a notice inviting bà con to register to the procedure) all (8 of 8 before mend39b too: it changed the answers, test/chat/outreach-round39-mend39b.test.ts)', () => {
    const routing = scoreRouting('routing-round39-mend39b.yaml');
    expect(routing.questions).toBe(8);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 2, accuracy: 1 }, cadres: { questions: 1, accuracy: 1 }, outreach: { questions: 5, accuracy: 1 } });
  });

  it('routes the round-38 law31 questions (routing-round38-law31.yaml: "nam sau co bi cat ho can ngheo ko", "tu 1/1 ho can ngheo co bi rot ko", a cadre\'s household without Internet in 2027) all (0.25 before law31: residents 0.25, cadres 0.5, outreach 0; 0.625 after it: residents 0.75, outreach 0, the two posts and "sang nam ho ngheo co bi loai khoi danh sach hok" the card of a household taken off the list, until mend38d read them without the post\'s words and with "danh sách" a standing word)', () => {
    const routing = scoreRouting('routing-round38-law31.yaml');
    expect(routing.questions).toBe(8);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 4, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-37 law29 questions (routing-round37-law29.yaml: "nam 2027 nha tui con ngheo ko", "tu 1/1 nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko", a cadre\'s urban household of 3 in 2027, the list of 2027) all (10 of 10 before law29 too: it changed the chat\'s answers, test/chat/law-round37-law29.test.ts)', () => {
    const routing = scoreRouting('routing-round37-law29.yaml');
    expect(routing.questions).toBe(10);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 6, accuracy: 1 }, cadres: { questions: 2, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-34 staff22 questions (routing-round34-staff22.yaml: "Chỉ tiêu giảm tỷ lệ hộ nghèo giai đoạn 2026-2030" to the national rate, not the budget passage) all (0.7 before staff22: cadres 0.5, outreach 1)', () => {
    const routing = scoreRouting('routing-round34-staff22.yaml');
    expect(routing.questions).toBe(10);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ cadres: { questions: 6, accuracy: 1 }, outreach: { questions: 4, accuracy: 1 } });
  });

  it('routes the round-33 law20 questions (routing-round33-law20.yaml: a poor household without labour capacity, how long a newly escaped household keeps its loans, the minutes of the village meeting, the middle band, "tu tet … co doi ko") all', () => {
    const routing = scoreRouting('routing-round33-law20.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 9, accuracy: 1 }, cadres: { questions: 9, accuracy: 1 }, outreach: { questions: 2, accuracy: 1 } });
  });

  it('routes the round-32 outreach19 questions (routing-round32-outreach19.yaml: "Hồ sơ đề nghị rà soát gồm mẫu nào?" to the forms entry, a post "nhắc bà con nộp giấy đề nghị rà soát trước khi hết hạn" to the review) for at least 0.91, cadres 0.83, outreach all (0.75 on main: cadres 0.58, outreach 0.92; "Điều kiện công nhận hộ thoát nghèo?" and "niêm yết công khai bao nhiêu ngày" expect law19\'s entries escape_recognition, public_posting since mend32c; the 2 left, cadres: "mất nguồn lao động" read as a passage, "Hộ mới thoát nghèo được vay vốn ưu đãi trong bao lâu?" as the loan card)', () => {
    const routing = scoreRouting('routing-round32-outreach19.yaml');
    expect(routing.questions).toBe(24);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.91);
    expect(routing.groups.cadres?.questions).toBe(12);
    expect(routing.groups.cadres?.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(routing.groups.outreach).toEqual({ questions: 12, accuracy: 1 });
  });

  it('routes the round-32 cadres20 questions (routing-round32-cadres20.yaml: cadres checking criteria, "BHYT hết hạn … có tính thiếu hụt chỉ số BHYT", "Ngưỡng điểm A khu vực thành thị", "Tiêu chí trình độ giáo dục người lớn áp dụng độ tuổi nào", "rà soát đột xuất khi nào", "Hộ không dùng internet nhưng có tivi thì thiếu hụt chỉ số nào?") all, all cadres (0.8 on main)', () => {
    const routing = scoreRouting('routing-round32-cadres20.yaml');
    expect(routing.questions).toBe(30);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups.cadres?.questions).toBe(30);
  });

  it('reads the 2027-change sentences ("8 trieu nam sau", "7 trieu nam toi", "sang năm", "qua nam 2027") for at least 90%', () => {
    const change = loadHouseholdSentences('change2027');
    expect(change.length).toBeGreaterThanOrEqual(8);
    const scores = scoreSentences(change, rules);
    expect(scores.accuracy, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('routes the 2027-change questions (routing-2027.yaml: chuẩn mới, its indicators, the programme 2026–2035, the end-2026 review) for at least 90%', () => {
    const routing = scoreRouting('routing-2027.yaml');
    expect(routing.questions).toBeGreaterThanOrEqual(30);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('routes the round-11 questions (routing-round11.yaml: an indicator asked by name, day labour, thôn ĐBKK) for at least 90%', () => {
    const routing = scoreRouting('routing-round11.yaml');
    expect(routing.questions).toBeGreaterThanOrEqual(13);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('routes the round-15 questions (routing-round15.yaml: paying for the review, Chỉ thị 05 itself, single parents, work abroad) for at least 90%', () => {
    const routing = scoreRouting('routing-round15.yaml');
    expect(routing.questions).toBeGreaterThanOrEqual(24);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('routes the round-16 questions (routing-round16.yaml: money for an old member, "ad", a disputed result, an expired card, land, ministries) for at least 90%', () => {
    const routing = scoreRouting('routing-round16.yaml');
    expect(routing.questions).toBeGreaterThanOrEqual(22);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('routes the round-17 questions (routing-round17.yaml: school fees and books, personal data leaked, what Chỉ thị 05 is about) for at least 90%', () => {
    const routing = scoreRouting('routing-round17.yaml');
    expect(routing.questions).toBeGreaterThanOrEqual(24);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('routes the round-4 questions (routing.yaml) to their source for at least 90%', () => {
    const routing = scoreRouting();
    expect(routing.questions).toBeGreaterThanOrEqual(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('routes the round-36 words22 residents\' and outreach staff\'s questions (routing-round36-words22.yaml: "nha tui 5 nguoi, thu nhap 4tr, ong xa tui o tu", "chong tui bi bat di tu roi, … z tinh may nguoi", "bao lut sap nha, nha tui hok ngheo", "thang nho mo coi cha me", "ong ba tui gia roi ko biet chu, co bi tru diem ko", "khieu nai cho ai") all (residents 9 of 17, outreach 1 of 3 before words22)', () => {
    const routing = scoreRouting('routing-round36-words22.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 17, accuracy: 1 }, outreach: { questions: 3, accuracy: 1 } });
  });
});
