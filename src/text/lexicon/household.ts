/**
 * Household words (folded): how people say who lives in the house and what the house lacks.
 * Used by the household-sentence reader (src/rules/understand.ts). Which indicators exist is the
 * rules data's business (per period): a word here for an indicator the period does not have is
 * simply not counted.
 */
import { fold } from '../fold.ts';
import { HEALTH_CONDITIONS } from './health.ts';

/**
 * Nouns after a count of people: "4 người", "7 khẩu", "5 nhân khẩu". ("4 ng" is written out by the
 * spoken forms; "ng" stays here for "4ng" typed as one word.)
 */
export const MEMBER_NOUNS: readonly string[] = ['nguoi', 'ng', 'khau', 'nhan khau', 'nk', 'thanh vien', 'tv', 'mieng an', 'suat'];

/** Living alone: one member. */
export const ALONE_PHRASES: readonly string[] = ['mot minh', '1 minh', 'o mot minh', 'song mot minh', 'neo don', 'don than'];
/**
 * A single parent ("tui me don than thue phong tro", "bố đơn thân nuôi con", round 35 household24): "đơn thân" without a partner, not
 * living alone: the children live with them, so a household of 1 is never read; its size is asked (was 1 person, the household's
 * "5tr" each person's). With the children counted ("tui me don than nuoi 2 dua nho") it is them and the parent.
 */
export const SINGLE_PARENT_PHRASES: readonly string[] = ['me don than', 'bo don than', 'cha don than', 'ma don than', 'nuoi con don than', 'nuoi con mot minh', 'nuoi con 1 minh'];

/** A group counted by the number before it ("ba mẹ con" = 3, "hai vợ chồng" = 2); without a number, its size. */
export const GROUP_WORDS: Readonly<Record<string, number>> = {
  'vo chong': 2, 'chong vo': 2, 'me con': 2, 'bo con': 2, 'cha con': 2, 'ong ba': 2, 'ong chau': 2, 'ba chau': 2,
  'anh em': 2, 'chi em': 2,
};

/**
 * Short forms of a group, written out before the sentence is read only where they can be nothing else: after a count
 * ("2 vc", "hai vc"), or before the speaker's word or a joining word ("vc tui", "vc với 2 đứa nhỏ"). Elsewhere "vc" may be
 * "việc" ("ko có vc làm"), so it is left as typed.
 */
export const SHORT_GROUP_WORDS: Readonly<Record<string, string>> = { vc: 'vợ chồng' };

/** Counted people added to a group: "với 3 đứa con", "và 2 đứa nhỏ", "+ 1 cháu". */
// "vo chong tui voi 3 tui nho" (round 18): a count before the small children's group word counts them too.
export const CHILD_NOUNS: readonly string[] = ['dua con', 'dua', 'con', 'chau', 'be', 'nhoc', 'tui nho', 'bon nho', 'sap nho'];

/**
 * The household's children said as a group, their count maybe after it with a child noun (findings N37-01): "tụi nhỏ 3 đứa"
 * ("tui nho" typed plain is written "tụi nhỏ", spoken.ts), "sắp nhỏ 2 đứa", "con 3 đứa" (Southern); without a count ("vợ
 * chồng tui với tụi nhỏ") how many is not told, so it is asked (UNCOUNTED_PEOPLE), never guessed.
 */
export const CHILD_GROUPS: readonly string[] = ['tui nho', 'bon nho', 'sap nho', 'lu nho', 'tui con', 'bon tre', 'con nho', 'con', 'chau'];
/**
 * Of CHILD_GROUPS, the small children ("nhỏ"): "tụi nhỏ 3 đứa", "tui nho 3 dua con di hoc" are three children under 16,
 * dependants, as "3 đứa nhỏ" are (SMALL_CHILD_PHRASES).
 */
export const SMALL_CHILD_GROUPS: readonly string[] = ['tui nho', 'bon nho', 'sap nho', 'lu nho', 'con nho'];

/**
 * A word for one person before a person's word: "thằng cháu nội", "đứa con", "thằng út" is one person (findings N37-01); "con"
 * is not one ("con cháu" are several).
 */
export const ONE_PERSON_CLASSIFIERS: readonly string[] = ['thang', 'dua'];

/** Animals counted with "con": "nuôi 3 con heo" is not three children. */
export const NOT_PEOPLE: ReadonlySet<string> = new Set(['heo', 'lon', 'bo', 'ga', 'vit', 'trau', 'de', 'ca', 'cho', 'meo', 'ngan', 'ngong']);

/** Single older relatives added to a group: "với bà nội", "và mẹ già". */
export const RELATIVE_PHRASES: Readonly<Record<string, number>> = {
  'ong ba': 2, 'bo me': 2, 'cha me': 2, 'ba ma': 2, 'ba me': 2, 'ong ba noi': 2, 'ong ba ngoai': 2,
  'tia ma': 2, 'tia me': 2, 'ba noi': 1, 'ba ngoai': 1, 'ong noi': 1, 'ong ngoai': 1, 'me gia': 1, 'bo gia': 1, 'cha gia': 1, 'ba gia': 1,
  'me chong': 1, 'me vo': 1, 'bo chong': 1, 'bo vo': 1,
  // Northern "thầy u", "thầy mẹ" (father and mother), "bố má" (findings35 N35-04).
  'thay u': 2, 'thay me': 2, 'bo ma': 2, 'cha ma': 2,
};

/**
 * Ages and people as the sentence tells them, for the member-level rules (dependants, which schooling
 * indicator a drop-out is): "tui 60 tuổi", "bà nội 80t", "3 đứa con dưới 16 tuổi", "2 ông bà già",
 * "bả bị tàn tật, có trợ cấp". The age limits themselves are parameters of rules/parameters.yaml.
 */
export const AGE_WORDS: ReadonlySet<string> = new Set(['tuoi', 't']);
/**
 * An age said without "tuổi", right after a person (not a child noun: "con 5" may be "còn 5"): "ba má tui già 75 và 73",
 * "1 ông già 80", "tui 62, ở một mình", "2 người trên 60", "1 đứa dưới 16" (after "trên", "dưới" any person word). Two or three
 * digits only (a lone digit after a person is a count more often than an age), and never before a word that makes it a
 * count or a measure: a member, child or group noun, a period ("năm", "tháng"), money, or one of these.
 */
/**
 * After months said right after a child ("con tui 3 tháng nay bị bệnh", "bé 2 tháng trước", "3 tháng nữa"), the word that
 * makes them a time, not the child's age (round 35 mend35d; "3 tháng nay" was read as a 3-month-old). Not "rồi": "con tui 8
 * tháng rồi" is the child's age.
 */
export const MONTHS_TIME_AFTER: ReadonlySet<string> = new Set(['nay', 'nua', 'truoc', 'trc', 'qua', 'toi', 'sau', 'lien', 'gan']);
export const NOT_AGE_AFTER: ReadonlySet<string> = new Set(['lan', 'km', 'kg', 'cay', 'cong', 'sao', 'ha', 'hecta', 'met', 'm', 'cm', 'phan', 'ky', 'ki', 'ta', 'yen', 'nghin', 'ngan', 'tr', 'trieu', 'k', 'cu', 'dong', 'd']);
/** Between people and the age said of them all: "ông bà nội em đều trên 70 rồi". */
export const BOTH_WORDS: ReadonlySet<string> = new Set(['deu']);
/** Before an age: "dưới 16 tuổi" (younger than), "trên 60 tuổi" (older than). */
export const AGE_BELOW_WORDS: ReadonlySet<string> = new Set(['duoi']);
export const AGE_ABOVE_WORDS: ReadonlySet<string> = new Set(['tren', 'hon', 'ngoai']);
/** "ông bà nội gần 80 rồi", "má tui sắp 60" (round 19): an age just below the one said (read as one year less). */
export const AGE_NEAR_WORDS: ReadonlySet<string> = new Set(['gan', 'sap']);
/** Between the two ends of an age range: "từ 70 đến 75 tuổi" ("70-75 tuổi" has none). */
export const AGE_RANGE_WORDS: ReadonlySet<string> = new Set(['den', 'toi']);
/**
 * Children said without an age but plainly young: "2 đứa nhỏ", "con nhỏ", "2 đứa con nhỏ", "bé" are under 16, so
 * dependants ("2 đứa con" alone says no age and stays unknown). "đứa nhỏ", "thằng nhỏ" arrive here as "con nhỏ"
 * (spoken.ts). "bé" only as a person: not before a thing ("bể nước", "bể phốt" fold to "be") and not in "Nhà Bè".
 */
export const SMALL_CHILD_PHRASES: readonly string[] = ['dua con nho', 'con nho', 'chau nho', 'be'];
/**
 * A child said to be at a school level of children under 16, with no age told: "2 đứa con đi học cấp 2", "1 đứa con học cấp
 * 1", "con tui đang học lớp 7", "bé đi mẫu giáo". Luật Giáo dục 2019 Điều 28: lớp 1 at 6 years, lớp 6 at 11, cấp 2 (trung
 * học cơ sở) is lớp 6–9, so such a child is under 16, a dependant (the age is rules/parameters.yaml dependant_child_below; a
 * note says how it was read, and an age told instead decides). Only right after a child noun, maybe with SCHOOL_GOING_WORDS,
 * the speaker's word or a PERSON_QUALIFIERS word between; "cấp 3" (lớp 10–12, from 15) tells no age under 16.
 */
export const YOUNG_SCHOOL_NAMES: readonly string[] = ['cap 1', 'cap 2', 'cap mot', 'cap hai', 'tieu hoc', 'thcs', 'trung hoc co so', 'mau giao', 'mam non', 'nha tre'];
export const YOUNG_SCHOOL_LEVELS: readonly string[] = [
  ...YOUNG_SCHOOL_NAMES,
  ...['1', '2', '3', '4', '5', '6', '7', '8', '9', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'].map((grade) => `lop ${grade}`),
];
export const SCHOOL_GOING_WORDS: ReadonlySet<string> = new Set(['di', 'hoc', 'dang', 'deu', 'van', 'vo', 'vao']);
export const NOT_A_CHILD_AFTER: ReadonlySet<string> = new Set(['nuoc', 'phot', 'boi', 'chua', 'tu', 'ca', 'mang', 'tong', 'vac']);
export const NOT_A_CHILD_BEFORE: ReadonlySet<string> = new Set(['nha', 'phong']);
/**
 * A person said again, not counted again: "2 con 5 tuổi và 8 tuổi, đứa 8 tuổi không đi học". A child noun with no count
 * before it ("đứa", "con", "bé"), these words at most between it and the age ("đứa lớn 8 tuổi", "đứa đó"), and an age
 * already told of someone, is that someone.
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set(['lon', 'nho', 'do', 'nay', 'kia', 'ut', 'dau', 'thi']);

/** Old people said without an age: "người già", "cao tuổi"; "già" only right after a person ("ông bà già", "mẹ già yếu"; not "gia đình"). */
export const ELDERLY_PHRASES: readonly string[] = ['nguoi gia', 'cao tuoi', 'nguoi cao tuoi', 'gia yeu'];
export const ELDERLY_AFTER_PERSON: readonly string[] = ['gia'];
/**
 * "cả 2", "cả hai": all of that many people ("cả 2 đều khuyết tật" is two people; "thu nhập cả 2 được 6 triệu" is what
 * both earn, the "2" no amount of money).
 */
export const ALL_OF_WORDS: ReadonlySet<string> = new Set(['ca']);
/** Disability words; a disabled member is a dependant when on the monthly social allowance (NĐ 07/2021). */
export const DISABILITY_PHRASES: readonly string[] = ['khuyet tat', 'tan tat', 'tan phe', 'bai liet', 'liet', 'benh tam than', 'thieu nang'];
/**
 * A member too sick to work, told ("ông xã tui bị bệnh nằm một chỗ", round 25): no dependant by that alone (NĐ 07/2021 counts
 * only the disabled on the monthly allowance), so said back as not counted, never read as a support or a deprivation.
 */
/** Bedridden ("nằm một chỗ") and gravely ill ("ốm nặng", also a hardship in topics.ts): SICK_MEMBER_PHRASES, never a disability word. */
export const BEDRIDDEN_PHRASES: readonly string[] = ['nam mot cho', 'nam 1 cho'];
export const GRAVE_ILLNESS_PHRASES: readonly string[] = ['benh nang', 'om nang'];
export const SICK_MEMBER_PHRASES: readonly string[] = [
  ...BEDRIDDEN_PHRASES, ...GRAVE_ILLNESS_PHRASES, 'benh nan y', 'ung thu', 'benh hiem ngheo', 'mat suc lao dong', 'het suc lao dong', 'khong con suc lao dong', 'khong lam noi', 'het lam noi',
];
/**
 * An illness named of the user's own relative (OWN_MEMBER before it; input.ts readSickMemberTold, round 27): "mẹ tui bị bệnh
 * tim", "con tui bị bệnh tim bẩm sinh" (`named`, not before `notIllness`: "bị bệnh viện từ chối"), "mẹ tui bệnh tiểu đường
 * nặng" (`illness`, then at most `between` words, then one of `grave`). Never "khám bệnh", "bệnh viện" nor "bảo hiểm" alone.
 */
/**
 * `selfBefore`: what may stand between the speaker ("tui", TOPICS.household.speakers) and `named` when the speaker's own illness
 * is told ("nha tui ho ngheo, tui lai bi benh tieu duong", round 39 resid39; was a province's plan passage); `selfNotAfter`: the
 * words that make the speaker word a relative's owner instead ("ong xa tui bi benh").
 */
export const ILLNESS_NAMED: Readonly<{ named: readonly string[]; notIllness: readonly string[]; illness: string; grave: readonly string[]; between: number; selfBefore: readonly string[]; selfNotAfter: readonly string[] }> = {
  named: ['bi benh', 'mac benh'],
  selfBefore: ['lai', 'cung', 'dang', 'con', 'thi', 'da', 'vua', 'moi', 'thuong'],
  // Whose the speaker word is when one of these stands before it ("ong xa tui bi benh", "ma tui bi benh": a relative's illness).
  selfNotAfter: ['xa', 'ba', 'me', 'bo', 'cha', 'tia', 'ong', 'noi', 'ngoai', 'con', 'vo', 'chong', 'chau', 'anh', 'chi', 'chu', 'bac', 'cau', 'di',
    'thim', 'mo', 'duong', 'gai', 'trai', 'dau', 're', 'nha', 'ho'],
  notIllness: ['vien', 'xa'],
  illness: 'benh',
  grave: ['nang', 'rat nang', 'tro nang'],
  between: 3,
};
export const ALLOWANCE_PHRASES: readonly string[] = ['tro cap', 'huong tro cap', 'an tro cap', 'lanh tro cap', 'tien tro cap'];
/** Floor area units after a number: "15m2", "15 m²", "20 mét vuông". */
export const FLOOR_AREA_UNITS: readonly string[] = ['m 2', 'met vuong', 'm vuong', 'met 2'];
/**
 * Deprivations whose indicator depends on the member's age, by the parameters of its age band
 * (rules/parameters.yaml): a drop-out aged 17 is adult_education, not child_schooling. `to` is inclusive,
 * `below` exclusive; a mention with an age outside every band of its group names no indicator.
 */
export const AGE_BANDS: Readonly<Record<string, { from?: string; below?: string; to?: string; group: string }>> = {
  child_schooling: { from: 'school_age_from', below: 'school_age_below', group: 'schooling' },
  adult_education: { from: 'adult_education_age_from', to: 'adult_education_age_to', group: 'schooling' },
  nutrition: { below: 'nutrition_child_below', group: 'nutrition' },
};

/**
 * The people living together named one by one, with no count: "tui ở với bé 4 tuổi, ba tui 80 tuổi" = 3, "nhà có tui,
 * vợ tui, ba tui, 2 đứa nhỏ" = 5. The speaker ("tui" is written "tôi") says who they live with (LIVE_WITH_PHRASES), or
 * lists the house (HOUSE_LIST_PHRASES) naming themself among the people. Each person is a count with a child noun
 * ("2 đứa con"), a pair (RELATIVE_PHRASES, GROUP_WORDS) or one of ONE_PERSON_WORDS, maybe followed by "tui" (whose)
 * and an age or PERSON_QUALIFIERS. A word for people of no told number (UNCOUNTED_PEOPLE: "con", "các con") leaves
 * the count to be asked.
 */
export const SPEAKER_WORDS: readonly string[] = ['toi', 'em', 'minh'];
/**
 * Groups the speaker is one of, when named in a list of the people living together ("nhà có 2 ông bà già, 2 vợ chồng, 2
 * cháu": the speaker is one of the couple), so the list is the whole household though "tui" is not said on its own.
 */
export const SPEAKER_GROUPS: readonly string[] = ['vo chong', 'chong vo', 'me con', 'bo con', 'cha con'];
/**
 * Parent-and-child groups that a child also says of one parent, calling themself "con" ("mẹ con 45 tuổi" is "my mother, 45";
 * "nhà con ở xã, bố con mất rồi"): with no count before them ("2 mẹ con" is the pair), read as one parent when an age follows
 * right after them or the speaker's house is CHILD_SPEAKER_HOUSE; the household's size is then not the pair's (round 21).
 */
export const CHILD_SPEAKER_PAIRS: readonly string[] = ['me con', 'bo con', 'cha con'];
/**
 * The speaker's groups, and the words for the one of each who is not the speaker, said as the speaker's own ("má tui", "vợ
 * tui"): "má tui 82 tuổi, tui 60 tuổi, 2 mẹ con" describes the pair's two people, each in a clause of their own (round 22).
 */
export const SPEAKER_GROUP_OTHERS: Readonly<Record<string, readonly string[]>> = {
  'me con': ['me', 'ma', 'u', 'bam'],
  'bo con': ['bo', 'ba', 'cha', 'tia'],
  'cha con': ['bo', 'ba', 'cha', 'tia'],
  'vo chong': ['vo', 'chong', 'ba xa', 'ong xa'],
  'chong vo': ['vo', 'chong', 'ba xa', 'ong xa'],
  // "nhà 2 bà cháu, tui 70 tuổi, cháu nội 12 tuổi" (round 23): told by either of them.
  'ba chau': ['ba', 'ba noi', 'ba ngoai', 'chau', 'chau noi', 'chau ngoai', 'chau gai', 'chau trai'],
  'ong chau': ['ong', 'ong noi', 'ong ngoai', 'chau', 'chau noi', 'chau ngoai', 'chau gai', 'chau trai'],
};
/** The speaker calling themself "con" while telling their house: "nhà con 4 người", "nhà con ở xã". */
export const CHILD_SPEAKER_HOUSE: readonly string[] = ['nha con'];
/**
 * The speaker's house said before a list of its people, in any order: "nhà tui 3 đứa con với 2 vợ chồng", "gia đình tui ba
 * mẹ, tui và em gái". The list counts only with two people or more named in it (one group alone is read as a group).
 */
export const OWN_HOUSE_PHRASES: readonly string[] = ['nha toi', 'nha em', 'nha minh', 'gia dinh toi', 'gia dinh em', 'gia dinh minh'];
export const LIVE_WITH_PHRASES: readonly string[] = ['o voi', 'song voi', 'o chung voi', 'song chung voi', 'o cung voi', 'song cung voi', 'o cung', 'song cung', 'o chung', 'song chung'];
/**
 * "tui làm công nhật …, nhà 4 đứa", "nhà có 3 đứa nhỏ" (round 32 household19; was no size): the house, then children counted,
 * said by one who speaks of themself: the speaker's children, the household the speaker and them (as "tui nuôi 3 đứa nhỏ").
 */
export const HOUSE_CHILDREN_LEADS: readonly string[] = ['nha', 'nha co', 'o nha co', 'nha toi', 'nha toi co', 'nha em', 'nha em co', 'nha minh', 'nha minh co'];
/**
 * "nhà tui 3 đứa cháu", "nhà 2 đứa em" (round 33 mend33b; was "bạn và 3 người con" whatever was typed): the kin word typed with the
 * house's children, as said back; none typed ("nhà 4 đứa", "nhà có 3 đứa nhỏ"): HOUSE_CHILDREN_KIN_UNSAID.
 */
export const HOUSE_CHILDREN_KIN: Readonly<Record<string, string>> = { con: 'con', chau: 'cháu', em: 'em' };
export const HOUSE_CHILDREN_KIN_UNSAID = 'con';
/** Said when the house's children are counted with the speaker (HOUSE_CHILDREN_LEADS): who was counted, and how to say the size otherwise. */
export const houseChildrenNote = (members: number, children: number, kin: string) =>
  `mình tính hộ có ${members} người: bạn và ${children} người ${kin}; nếu khác, bạn gõ lại tổng số người cả hộ (ví dụ “${children} người” nếu đã tính cả bạn)`;
/** "nhà tui có 2 đứa con, ông bà già" (round 43 resid47): the speaker counted with the people listed, said back to correct. */
export const speakerCountedNote = (members: number, listed: readonly string[]) =>
  // A spouse listed is not asked about again (round 44 resid49: "bạn, vợ, …; nếu có cả vợ hoặc chồng bạn …").
  `mình tính hộ có ${members} người: bạn, ${listed.join(', ')}; nếu có ${listed.some((label) => SPOUSE_LABELS.includes(label)) ? '' : 'cả vợ hoặc chồng bạn hay '}ai khác, bạn gõ lại tổng số người cả hộ`;
/** The speaker's spouse as said back in speakerCountedNote (PERSON_LABELS). */
const SPOUSE_LABELS: readonly string[] = ['vợ', 'chồng'];
/**
 * "2 dua nho chua co bhyt" (round 34 household22): the BHYT indicator counts members from rules/parameters.yaml
 * health_insurance_min_age only (rules/indicators.yaml legalSummary). Said of small children alone: `under`, every one's age told
 * and below it (not counted); else their ages not told (asked). `age` and `status` are the parameter's; `card`, rules/reference.yaml
 * young_children's BHYT line with its status, when there is one.
 */
export const youngUninsuredNote = (verdict: 'under' | 'untold', children: number | undefined, age: number, status: string, card: string | undefined) => {
  const who = children !== undefined && children > 1 ? `${children} trẻ` : 'trẻ';
  const rule = `chỉ số bảo hiểm y tế chỉ tính thành viên từ ${age} tuổi trở lên (${status})`;
  return verdict === 'under'
    ? `${who} dưới ${age} tuổi chưa có thẻ bảo hiểm y tế không được tính là thiếu hụt: ${rule}${card ? `; ${card}` : ''}`
    : `bạn chưa nói tuổi của ${who} chưa có thẻ bảo hiểm y tế: ${rule}, nên mình chưa tính là thiếu hụt mà sẽ hỏi lại`;
};
/** After a result: a lack of small children whose ages are not told (youngUninsuredNote's `untold`) changes nothing yet; asked. */
export const youngUninsuredAsked = (children: number | undefined, age: number, status: string) =>
  `Bạn chưa nói tuổi của ${children !== undefined && children > 1 ? `${children} trẻ` : 'trẻ'} chưa có thẻ bảo hiểm y tế: chỉ số bảo hiểm y tế chỉ tính thành viên từ ${age} tuổi trở lên (${status}), nên mình chưa sửa kết quả. ` +
  `Nếu có trẻ từ ${age} tuổi trở lên chưa có thẻ, bạn gõ kèm tuổi, ví dụ “2 đứa nhỏ ${age + 1} tuổi với ${age + 3} tuổi chưa có thẻ BHYT”.`;
export const HOUSE_LIST_PHRASES: readonly string[] = ['nha co', 'nha toi co', 'nha em co', 'nha minh co', 'nha gom', 'nha toi gom', 'nha em gom', 'gia dinh co', 'gia dinh gom', 'gia dinh toi co', 'gia dinh toi gom'];
/**
 * One person each, the one list of such words: listed one by one ("nhà có tui, vợ tui, ba tui"), and before an age ("má tui
 * 72 tuổi", "1 cụ 62 tuổi": "cụ" folds to "cu" as "củ", a million; before an age it is a person, see understand.ts).
 */
export const ONE_PERSON_WORDS: readonly string[] = [
  'be', 'vo', 'chong', 'ba', 'ma', 'me', 'bo', 'cha', 'tia', 'ong', 'anh', 'chi', 'em', 'chu', 'bac', 'thim', 'duong', 'cu',
  'con trai', 'con gai', 'con dau', 'con re', 'chau trai', 'chau gai', 'chau noi', 'chau ngoai', 'em gai', 'em trai', 'anh trai', 'chi gai',
  // "bà xã" (wife), "ông xã" (husband): one person, never "ba" (father) with "xã" left over ("tui voi ba xa va 2 dua nho" is 4).
  'ba xa', 'ong xa',
];
export const PERSON_QUALIFIERS: readonly string[] = ['gia', 'nho', 'lon', 'ut', 'yeu', 'gia yeu'];
/**
 * A count of people said with who they are, after a member noun ("2 người già", "2 người lớn tuổi"), or children said so ("3 trẻ
 * em"): one group of the household among others listed ("2 người già, 1 đứa nhỏ, 2 vợ chồng" is 5; round 40 mend40b, tryout40
 * [032]: read 2), never the household's size as "nhà 5 người" is.
 */
export const MEMBER_GROUP_QUALIFIERS: readonly string[] = ['gia', 'lon', 'nho', 'gia yeu', 'lon tuoi', 'cao tuoi'];
export const COUNTED_CHILD_WORDS: readonly string[] = ['tre em', 'tre nho'];
/** "thằng út", "thằng lớn": words that are a person only before one of PERSON_QUALIFIERS (plain "thang" is also "tháng"). */
export const PERSON_BEFORE_QUALIFIER: ReadonlySet<string> = new Set(['thang']);
/**
 * The mother's and father's siblings whose plain spelling is also another word: "cậu" (the mother's brother; "cau" is also
 * "cầu", "cầu tiêu"), "dì" (the mother's sister; "di" is also "đi"), "mợ" (the wife of "cậu"; "mo" is also "mở", Central "mô").
 * One person each only where the sentence is about a person (round 24, "bà ngoại ở với cậu út"): right before one of `after`
 * ("cậu út", "dì tui", "dì nó": "tui" arrives as "toi") or right after a LIVE_WITH_PHRASES ("ở với dì"). "chú", "thím" are
 * ONE_PERSON_WORDS.
 */
export const KIN_IN_CONTEXT = {
  words: ['cau', 'di', 'mo'],
  after: ['ut', 'toi', 'minh', 'no'],
} as const;
/**
 * Southern kin called by birth order (round 25): "dì ba", "cậu hai", "cô út", "chú tư" are one person each. Plain, "di ba" may be
 * "đi ba …", "co ba" "có ba", "chi hai" "chỉ hai": a person only where a list or "ở với" leads to it ("ở với dì ba", "tui với cậu
 * hai", at a clause's start) and it ends a person's words (a comma, "với", "tui", an age, "ở với"), or right after "ở với".
 */
/** Birth-order words as typed with their marks ("hai", "tư", "út"); folded in KIN_BY_BIRTH_ORDER.order, both in personal.ts birthOrderNames. */
export const BIRTH_ORDER_WORDS: readonly string[] = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'út'];
export const KIN_BY_BIRTH_ORDER = {
  kin: ['cau', 'di', 'mo', 'co', 'chu', 'thim', 'bac', 'duong'],
  order: [...new Set(BIRTH_ORDER_WORDS.map(fold))],
} as const;
export const UNCOUNTED_PEOPLE: readonly string[] = [...new Set(['cac', 'may', 'nhung', 'chau nho', 'dua', ...CHILD_GROUPS])];

/**
 * The household told by who does what, clause by clause, with no count ("ổng làm thợ hồ tháng 6 triệu, tui ở nhà nuôi 2 đứa nhỏ",
 * "ổng làm phụ hồ, tui bán vé số, 2 đứa nhỏ đi học"): `caredFor` before the children the speaker looks after in the speaker's own
 * clause ("ở nhà nuôi 2 đứa nhỏ", "giữ 2 đứa con"); `apart` in a clause says its person may not live in the household (with
 * HOUSEHOLD_AWAY.words), so the size is asked (round 18).
 */
const DIED = ['mat roi', 'qua doi', 'da mat', 'chet roi', 'mat lau roi', 'mat som'] as const;
export const ROLE_CLAUSES = {
  caredFor: ['nuoi', 'giu', 'trong', 'coi', 'cham', 'cham soc', 'lo cho'],
  apart: ['o rieng', 'song rieng', 'lay chong', 'lay vo', 'ra rieng', 'o tro', ...DIED],
  /** Said right after a person, the person who died ("bố em mất rồi", "má tui qua đời"): no member, whoever is listed (round 20). */
  died: DIED,
} as const;

/** Words that join another person to one named, in one breath ("tui với 2 đứa nhỏ", "vợ cùng con"). */
export const JOINING_WORDS = ['voi', 'va', 'cung'] as const;
/** Words that join more people to a group: "vợ chồng tui với 2 đứa nhỏ". */
export const JOIN_WORDS: ReadonlySet<string> = new Set([...JOINING_WORDS, '+', 'them', 'nuoi']);

/**
 * More people said in a message of their own once the household's size is known: "còn bà ngoại nữa", "thêm ông nội nữa", "à
 * quên, còn 2 đứa nhỏ nữa", "thêm 1 người nữa" (folded: "còn" is "con"). The message is `lead` words, maybe one of `openers`,
 * the people (as the household reader names them: counts with a child or member noun, pairs, one-person words, with an age or
 * "già"), maybe `between` words, then `closers` and `lead` words; it adds them only with a `sure` word said ("thêm", "nữa"):
 * "còn bà ngoại?" alone may ask about her.
 */
export const MEMBERS_ADDED = {
  lead: ['a', 'a quen', 'quen', 'quen mat', 'oi', 'ah', 'ak', 'a nham', 'xin loi', 'nha', 'ne', 'do', 'chu', 'nhe', 'a', 'ad', 'ban'],
  openers: ['con', 'them', 'co them', 'con co', 'con them', 'voi', 'va', 'voi ca', 'ca', 'them ca', 'con ca', 'tinh them', 'ke them', 'nha con', 'nha co them'],
  between: ['o chung', 'o cung', 'song chung', 'song cung', 'o voi toi', 'o chung nha', 'cung o', 'cung song', 'trong nha', 'trong ho'],
  closers: ['nua'],
  sure: ['them', 'nua'],
} as const;

/**
 * How the chat names back a person read without diacritics (the reader's head words): "Đã tính thêm bà ngoại". Only words that
 * fold from one spelling here ("ba" may be "ba" or "bà": said back as a count of people instead).
 */
export const PERSON_LABELS: Readonly<Record<string, string>> = {
  'ba noi': 'bà nội', 'ba ngoai': 'bà ngoại', 'ong noi': 'ông nội', 'ong ngoai': 'ông ngoại', 'ong ba noi': 'ông bà nội',
  'ong ba ngoai': 'ông bà ngoại', 'ong ba': 'ông bà', 'bo me': 'bố mẹ', 'cha me': 'cha mẹ', 'ba ma': 'ba má', 'tia ma': 'tía má',
  'me gia': 'mẹ già', 'bo gia': 'bố già', 'cha gia': 'cha già', 'me chong': 'mẹ chồng', 'me vo': 'mẹ vợ', 'bo chong': 'bố chồng',
  'bo vo': 'bố vợ', 'me': 'mẹ', 'ma': 'má', 'tia': 'tía', 'bo': 'bố', 'cha': 'cha', 'vo': 'vợ', 'chong': 'chồng', 'con trai': 'con trai', 'con gai': 'con gái',
  'con dau': 'con dâu', 'con re': 'con rể', 'chau trai': 'cháu trai', 'chau gai': 'cháu gái', 'chau noi': 'cháu nội', 'chau ngoai': 'cháu ngoại',
  'em gai': 'em gái', 'em trai': 'em trai', 'anh trai': 'anh trai', 'chi gai': 'chị gái', 'thim': 'thím', 'duong': 'dượng',
  // KIN_IN_CONTEXT: read as a person only where the sentence is about one, so named back as that person.
  'cau': 'cậu', 'di': 'dì', 'mo': 'mợ',
};

/**
 * "thanh thi la gi", "nong thon la sao", "xa minh la nong thon hay thanh thi" at the area question: what the words mean is asked,
 * not the area told (round 14). One of these after the area's name.
 */
export const AREA_MEANING_ASKS: readonly string[] = [
  'la gi', 'la j', 'la sao', 'la cai gi', 'nghia la gi', 'nghia la sao', 'la the nao', 'the nao la', 'hieu the nao', 'hieu sao', 'y la sao',
  'khac gi', 'khac nhau', 'tinh sao', 'tinh the nao', 'hay la', 'thuoc khu vuc nao', 'thuoc loai nao',
];

/**
 * Negation (after the spoken forms are written out, so "ko", "hok", "hổng" are already "không").
 * "hong" mid-sentence is left alone by the spoken forms (it may be "hỏng"); before a thing the house
 * lacks ("hong co bhyt") it can only be "không".
 */
export const NEGATIONS: ReadonlySet<string> = new Set(['khong', 'chua', 'thieu', 'chang', 'hong']);
/** Words that may stand between a thing named and its negation after it: "nhà vệ sinh thì không có", "bhyt cũng chưa có". */
export const BEFORE_NEGATION_AFTER: ReadonlySet<string> = new Set(['thi', 'cung', 'van']);
/**
 * Before a thing in its clause with no negation before it, words that ask a support of it, no lack nor thing had told: "co dc
 * ho tro bhyt ko", "dc mua bhyt hok", "co dc cap the bhyt ko ad" ask a support (round 45 mend49a; was the BHYT lack read).
 */
export const ASKED_FOR_BEFORE: readonly string[] = ['duoc', 'ho tro', 'tro cap', 'mien', 'giam', 'xin'];

/**
 * Between two things a house lacks, words that make them one list under one negation: "ko co bhyt va nuoc sach", "chưa có
 * nhà vệ sinh hay nước máy" (a comma too, when the thing after it ends its clause: "ko co bhyt, nuoc sach").
 */
export const LIST_WORDS: ReadonlySet<string> = new Set(['va', 'voi', 'hoac', 'hay', 'lan', 'cung nhu', '+']);

/** "có tivi", "đã có bhyt": the household has the thing (a cadre's "/kiemtra … co tivi" is a sentence, not the alias "tivi"). */
export const HAVE_WORDS: readonly string[] = ['co', 'da co', 'van co'];

/**
 * After "chưa có", "không có" ending a person's clause at an interview question, words that leave the thing unsaid: "2 đứa nhỏ
 * chưa có đâu" is still the thing asked lacked (understand.ts ReadingContext.indicatorAsked).
 */
export const ELIDED_THING_AFTER: ReadonlySet<string> = new Set(['roi', 'het', 'a', 'nha', 'nhe', 'ma', 'luon', 'dau', 'ca', 'gi', 'thoi']);

/**
 * Right before an amount, words that say it is not the figure ("ko phai 7tr2, 6 trieu thoi", "6 trieu chu ko phai 7tr2"): the
 * figure corrected, left out when another amount is said (understand.ts; round 16).
 */
export const NOT_THIS_AMOUNT: readonly string[] = ['khong phai', 'khong phai la', 'chu khong phai', 'hong phai', 'chu hong phai', 'dau phai', 'chu dau phai'];

/**
 * Before a "chưa", "không" ending a person's clause at an interview question, words that make it the lack of the thing asked:
 * "2 đứa nhỏ thì chưa", "thằng út thì không" (a bare "… chưa" may ask; understand.ts ReadingContext.indicatorAsked; round 16).
 */
export const ELIDED_LACK_AFTER: ReadonlySet<string> = new Set(['thi']);

/**
 * Indicators whose question asks about people of working age only (rules/indicators.yaml employment: "trong độ tuổi lao động"):
 * small children told apart at it ("2 dua nho thi co, tui voi ba xa thi hong") are not counted, and the adults are asked (round 17).
 */
export const WORKING_AGE_ONLY: ReadonlySet<string> = new Set(['employment']);

/**
 * Indicators whose thing each member needs (rules/indicators.yaml health_insurance: a member without the card is the lack): some
 * people named as having it, set apart by "thì" ("ong noi thi co bhyt"), leave the others lacking it (round 17).
 */
export const EACH_MEMBER_NEEDS: readonly string[] = ['health_insurance'];

/**
 * "chỉ", "… thôi" (ending the sentence): what it tells is of some members only ("chi ba tui co bhyt", "co ong ba co the thoi"):
 * at a question each member must meet, not that every one does (chat interview). Not "mỗi": "mỗi người đều có" is everyone;
 * not "thôi" opening it: "thoi khoi, nha tui ko ai that nghiep".
 */
export const ONLY_SOME_WORDS = { anywhere: ['chi'], last: ['thoi'] } as const;

/**
 * At an interview question, words that name its indicator's thing only there, when they end a clause (ELIDED_THING_AFTER may
 * follow): "ca nha co the het", "2 dua nho chua co the" at the BHYT question ("có thể …" goes on, so it is not read), "chi co
 * tui xai zalo" at the Internet question. Read as `thing` (understand.ts ReadingContext.indicatorAsked), unless `notBefore`
 * follows: "co the het roi" may be "có thể hết (hạn) rồi".
 */
export const THING_AT_QUESTION: Readonly<Record<string, { thing: string; words: readonly string[]; notBefore?: readonly string[] }>> = {
  health_insurance: { thing: 'the bhyt', words: ['the'], notBefore: ['het roi'] },
  telecom: { thing: 'internet', words: ['zalo', 'facebook', 'fb', 'youtube', 'tiktok'] },
};

/**
 * A list's own column for an indicator ("BHYT", "Nước sinh hoạt", "Nhà ở", "Nhà tiêu"): whole cells that say something only
 * there (round 23). `meets`: the indicator met ("còn hạn" under "BHYT" is a card in force; in a chat "còn hạn nộp hồ sơ" is
 * not). `asked`: a thing the rules (rules/indicators.yaml) do not name, or name too loosely to tell a lack from none ("giếng":
 * a drilled or a dug well, protected or not): refused with the indicator's rule and `ask`, never read as a lack nor as none.
 * `term` (round 24): a thing with a term, whose cell gives its last day ("còn hạn đến 31/12/2026", "het han 30/6/2026", "HSD:
 * 31/12/2026"): read against the row's review date (in force that day is had, ended before it is lacked), never by its words
 * alone ("hết hạn 31/12/2026" written in March is a card still in force). `before`: the words before the date, once `joins`
 * after them ("đến", "ngày", "tháng") are left out; after other words the cell is refused as before. A date alone ("31/12/2026",
 * round 25) or a month ("12/2026", "tháng 12/2026") is the card's last day or month too when it is still to come on the review
 * date; one already past alone may be the day the card was issued, and is asked (batch termOf).
 */
/**
 * A list's column of a card's term ("Hạn thẻ BHYT", "Hạn BHYT", "Thẻ BHYT hết hạn", round 25): these words before or after an
 * indicator with a `term` (OWN_COLUMN_CELLS) make its column one of the card's last day; a past day alone there is the card
 * ended (a lack), not asked as under "BHYT" (where it may be the day of issue).
 */
export const TERM_COLUMN_WORDS: readonly string[] = ['han', 'het han', 'han su dung', 'hsd', 'ngay het han'];

/** A water or latrine cell saying it is the neighbour's, shared ("chung nhà hàng xóm", "xài chung hàng xóm"): what it is, unsaid. */
const SHARED_WITH_NEIGHBOUR: readonly string[] = [
  'chung nha hang xom', 'dung chung nha hang xom', 'xai chung nha hang xom', 'chung hang xom', 'dung chung hang xom', 'xai chung hang xom',
  'chung voi hang xom', 'dung chung voi hang xom', 'xai chung voi hang xom', 'nho hang xom', 'nho nha hang xom', 'xin hang xom',
];

export const OWN_COLUMN_CELLS: Readonly<
  Record<string, { meets?: readonly string[]; asked?: readonly { phrases: readonly string[]; ask: string }[]; term?: { before: readonly string[]; joins: readonly string[] } }>
> = {
  health_insurance: {
    meets: [
      'con han', 'the con han', 'bhyt con han', 'the bhyt con han', 'the van con han', 'con han su dung',
      // "đủ", "có đủ", "cả nhà có" (round 43 lists45): every member has a card, said of the household in its BHYT column.
      'du', 'co du', 'day du', 'ca nha co', 'ca nha deu co', 'ca nha co du', 'ca ho co', 'ca ho deu co', 'moi nguoi deu co', 'ai cung co',
    ],
    term: {
      before: [
        'con han', 'the con han', 'bhyt con han', 'the bhyt con han', 'the van con han', 'van con han', 'con han su dung', 'han', 'han the', 'han bhyt', 'han the bhyt', 'hsd',
        'han su dung', 'co han', 'gia tri su dung', 'co gia tri', 'hieu luc', 'con hieu luc', 'co hieu luc', 'the', 'bhyt', 'the bhyt', 'co the', 'co the bhyt', 'co bhyt',
        'het han', 'the het han', 'bhyt het han', 'the bhyt het han', 'het han the', 'het han su dung', 'het hieu luc', 'qua han', 'the qua han',
      ],
      joins: ['den', 'toi', 'ngay', 'thang', 'vao', 'la'],
    },
  },
  water_source: {
    asked: [
      {
        // "giếng nhà", "nước giếng nhà" (round 24): the household's own well, drilled or dug is not said.
        phrases: ['gieng', 'nuoc gieng', 'xai gieng', 'xai nuoc gieng', 'dung nuoc gieng', 'gieng nha', 'nuoc gieng nha', 'gieng cua nha', 'xai gieng nha', 'dung gieng nha'],
        ask: 'giếng khoan hay giếng đào (có nắp/để hở)?',
      },
      // "chung nhà hàng xóm" (round 43 lists45): shared, its source unsaid.
      { phrases: SHARED_WITH_NEIGHBOUR, ask: 'dùng chung với hàng xóm thì đó là nước gì (nước máy, giếng khoan, giếng đào có nắp hay nguồn khác)?' },
    ],
  },
  housing_quality: { asked: [{ phrases: ['nha xay', 'nha mai bang', 'nha go', 'nha go lop ton', 'nha xay lop ton'], ask: 'nhà kiên cố, bán kiên cố hay thiếu kiên cố, đơn sơ (dễ dột, dễ sập)?' }] },
  sanitation: {
    asked: [
      {
        phrases: ['ho xi 2 ngan', 'ho xi hai ngan', 'tham doi nuoc', 'nha tieu tham doi nuoc', 'nha tieu 2 ngan', 'nha tieu hai ngan'],
        ask: 'tự hoại, bán tự hoại, hố xí có nắp đậy hay loại khác?',
      },
      { phrases: SHARED_WITH_NEIGHBOUR, ask: 'dùng chung với hàng xóm thì nhà tiêu đó loại gì (tự hoại, bán tự hoại, hố xí có nắp đậy hay loại khác)?' },
    ],
  },
};

/**
 * Right after a result, the indicator whose thing a lack of some members leaves unsaid ("2 đứa nhỏ thì chưa") is of, by the
 * support the last answer was about (the BHYT card just shown); round 16. Else it is named ("thẻ": THING_AT_QUESTION) or asked.
 */
export const ELIDED_THING_OF_SUPPORT: Readonly<Record<string, string>> = {
  health_insurance_premium: 'health_insurance',
  health_insurance_benefit: 'health_insurance',
};

/**
 * Farmland told by its size ("ruộng 3 công", "2 sào lúa", "đất rẫy 1 mẫu", round 35 household24): a number, then one of `units`
 * (the Southern "công", the Northern "sào", "mẫu", "ha") as it is written back, in a clause naming the land (`land`). No indicator
 * of the standard is of land: the size is said back in the understanding's notes, never an age, money or a household's lack.
 * Land told lacked, a negation then "có" then the land ("hông có đất", "ko co ruong", round 35 mend35b), is said back as `none`
 * with the same `note`, without `sale`.
 */
export const FARMLAND = {
  land: ['ruong', 'dat', 'vuon', 'ray', 'nuong', 'lua', 'dat san xuat'],
  units: { cong: 'công', sao: 'sào', mau: 'mẫu', ha: 'ha', hecta: 'ha' },
  none: 'không có ruộng, đất',
  note: 'chuẩn nghèo không có chỉ số về đất nên không tính',
  sale: 'tiền bán nông sản là thu nhập của hộ',
} as const;

/**
 * Members working away, said of the household right after its result ("the con 2 dua di lam xa thi sao", "2 dua con di lam o binh
 * duong"): `words` say it, `counters` follow the count of those people ("2 đứa", "hai người"). Whether they are counted in the
 * household the data does not say (rules/reference.yaml residence): the result is given both ways (round 16).
 */
export const HOUSEHOLD_AWAY = {
  words: [
    'di lam xa', 'lam an xa', 'di lam an xa', 'di lam an', 'lam xa', 'di xa', 'xa nha', 'di lam tinh', 'di lam o', 'di lam cong nhan', 'lam cong nhan o',
    'di lam cong ty', 'lam cong ty o', 'di xuat khau lao dong', 'xuat khau lao dong', 'di xkld', 'di lam thue o', 'lam thue o', 'di lam nuoc ngoai',
    'di lam sai gon', 'di lam binh duong', 'vao nam lam', 'ra bac lam',
  ],
  counters: ['dua', 'nguoi', 'con', 'thang', 'dua con', 'chau', 'anh em', 'chi em', 'vo chong', 'dua nho', 'dua lon'],
  /** One member named right before the words, no count said ("thằng lớn đi xkld rồi thì sao", "con gái đi làm xa", "nếu con tui đi làm xa"): 1 away. */
  one: ['thang lon', 'dua lon', 'con lon', 'thang ut', 'dua ut', 'con ut', 'con gai', 'con trai', 'thang con', 'dua con', 'con gai lon', 'con trai lon', 'vo', 'chong', 'con',
    // "…, ong xa tui o tu" (round 36 words22; was nobody away): the husband or wife as the South says them ("ông xã", "bà xã").
    'ong xa', 'ba xa'],
  /** Said between that member and the words ("con gái tui đi làm xa"). */
  owners: ['tui', 'toi', 'em', 'minh', 'chau', 'con'],
  /**
   * Away in prison or in military service ("chồng đang ở tù", "con tui đi nghĩa vụ quân sự", round 35 household24): counted the
   * same way when told with the household; whether they are members is in no stored document (chưa rõ, whom to ask). Each
   * reason's `label` is how the reply names it, only the reason typed (round 35 mend35d; "đi nghĩa vụ quân sự" was heard as
   * "ở tù hoặc đi nghĩa vụ quân sự"). Not a bare "o tu", which is also "ở từ" ("con trai ở từ nhỏ với ông bà nội", since
   * small), nor "di tu", which is also "đi tu" (a monk). `atClauseEnd`: phrases read so only where a clause ends (at the message's
   * end or before , . ; ! ?): "nha tui 4 nguoi, thu nhap 3 trieu, chong tui o tu" (round 36 words22; was 4 people, nothing said),
   * where "ở từ" would go on ("ở từ nhỏ"). `misread`: longer phrases whose words hold a phrase but mean something else ("bị từ
   * chối", "bị tự kỷ" hold "bi tu"; "ở Di Linh" holds "đi lính"), read as no member away (round 36: "tui bi tu choi ho ngheo,
   * khieu nai cho ai" was the residence
   * card).
   */
  absent: {
    // "chong tui bi bat di tu roi" (round 36 words22): arrested and taken to prison; "chồng ở tù thì …" before what follows.
    prison: {
      label: 'đang ở tù',
      // "con tui dang o trai giam" (round 38 mend38a; was masked but no member away): the prison camp, with "đang ở", "ở", "vào" before
      // it so the member named before them is the one away.
      phrases: ['dang o tu', 'o tu roi', 'bi tu', 'ngoi tu', 'vao tu', 'dang thi hanh an', 'chap hanh an', 'bat di tu', 'bi bat giam', 'bi tam giam', 'o tu thi',
        'trai giam', 'o trai giam', 'dang o trai giam', 'vao trai giam'],
      atClauseEnd: ['o tu'],
      /**
       * What makes the "o tu" of a prison phrase "ở từ" (living there since), for the masking and the household reader alike: one of
       * `words` right after it ("nha tui dang o tu thang 3", "dang o tu nho", "dang o tu nam 2020" with a year), or a count of years
       * or months then one of `termThen` ("tui o tu 2 nam nay o thue"; round 37 mend37c: were "[án tích] thang 3", "[án tích] 2 nam
       * nay"; round 38 mend38a: "con trai tui dang o tu nho voi ong ba noi" was a member in prison). "chong tui dang o tu 3 nam" stays.
       */
      since: { words: ['thang', 'nho', 'hoi', 'luc', 'khi', 'ngay', 'hom', 'dau', 'bao gio', 'nam ngoai', 'nam truoc', 'nam roi'], termThen: ['nay', 'toi nay', 'den nay'] },
      // "con tui bi tu ki" (round 36 mend36b; was "Người đang ở tù … Tạm tính cả 1 người đó"): every illness of the one health
      // vocabulary that "bị tù" holds ("tự kỷ", "tự kỉ", "tụ máu").
      misread: ['tu choi', 'bi tu ti', ...HEALTH_CONDITIONS.filter((illness) => illness.startsWith('tu '))],
    },
    // "nha tui o di linh, 5 nguoi" (round 36 mend36b; was the residence card): the district Di Linh (Lâm Đồng), said where one lives.
    service: {
      label: 'đi nghĩa vụ quân sự',
      phrases: ['di nghia vu quan su', 'di nghia vu', 'nghia vu quan su', 'di bo doi', 'di linh'],
      atClauseEnd: [],
      misread: ['o di linh', 'huyen di linh', 'tai di linh'],
    },
  },
  /** Gone abroad to work ("thằng lớn đi xkld", "vợ đi làm nước ngoài"), not to another province: the data's line on work abroad. */
  abroad: ['xuat khau lao dong', 'xkld', 'nuoc ngoai', 'di nhat', 'di han', 'di dai loan', 'qua nhat', 'qua han', 'qua dai loan'],
} as const;

/** HOUSEHOLD_AWAY.owners as a set: who a member or child is said to be of, right after them ("con gái tui", "con tui 3 tuổi"). */
export const OWNER_WORDS: ReadonlySet<string> = new Set(HOUSEHOLD_AWAY.owners);

/**
 * Words that close a list by saying the household HAS its things: "không có bhyt, nước sạch với nhà vệ sinh thì có đủ",
 * "…, nuoc sach, nha ve sinh deu co" (only the BHYT is lacked; the negation before does not cover the list closed so).
 */
export const HAVE_CLOSINGS: readonly string[] = [
  'thi co', 'deu co', 'co du', 'thi du', 'co roi', 'co het', 'day du', 'deu du', 'deu on', 'thi on', 'van co', 'cung co',
];

/**
 * Words that open a list of deprivations a cadre names by the indicators' names (rules/indicators.yaml name, otherNames,
 * aliases): "thiếu hụt: chất lượng nhà ở, diện tích nhà ở", "thiếu các chỉ số BHYT, nhà tiêu HVS", "không đạt nước SH".
 * `named`: each item of the list is an indicator the household is deprived in; an item not read as one is said back,
 * never dropped. `plain` ("thiếu"): the same only when its first item is an indicator's name ("thiếu chất lượng nhà ở,
 * …"), since "thiếu tiền, nợ ngân hàng" is no list of indicators. Not after a negation ("không thiếu hụt chỉ số nào").
 * `fillers`: words between the opening and the first item ("các chỉ số", "về", ":"), and a count said there ("thiếu hụt 3
 * chỉ số: …"). `breaks`: what separates two items (besides LIST_WORDS); a list ends at ".", "!", "?".
 */
export const DEPRIVATION_LIST = {
  named: ['thieu hut', 'khong dat', 'chi so thieu hut', 'cac chi so thieu hut', 'thieu cac chi so', 'thieu chi so'],
  plain: ['thieu'],
  fillers: ['cac', 'chi so', 've', ':', 'gom', 'la', 'sau', 'lam', 'qua', 'nhieu', 'nang'],
  breaks: [',', ';', ':', '/', '+'],
  /**
   * What opens the rest of the sentence right after the last item's name ("…, chất lượng nhà ở thì năm 2026 là hộ gì", "…
   * dien tich nha o vay la ho j", "… có phải hộ nghèo không"): the item is that name and the list ends there (findings36
   * N36-01), when the words after it name no indicator. Not "ở", "có", "là" alone: "nhà ở", "nhà có dột", "nhà lá".
   */
  then: [
    'thi', 'vay', 'v', 'z', 'zay', 'nen', 'the nao', 'nhu the nao', 'ntn', 'sao', 'ra sao', 'la ho', 'la gi', 'la j', 'la sao', 'la dien',
    'co phai', 'co duoc', 'co dc', 'co thuoc', 'co la', 'thuoc', 'xep', 'duoc xep', 'nam', 'tu nam', 'theo chuan', 'tinh', 'xet', 'ha', 'ah',
  ],
  /**
   * A count of deprivations told, no indicator named ("hộ có 1 chỉ số thiếu hụt thu nhập 1,8tr … là hộ gì", "thiếu hụt 2 chỉ
   * số", "thieu 2 chi so"): the number is followed by `after` or is between `before` and `noun` (src/chat/input.ts readAmountClassAsked, and a
   * household told with its class asked: src/chat/core.ts countedLead).
   */
  counted: { after: ['chi so thieu hut', 'chi so thieu'], before: ['thieu hut', 'thieu'], noun: ['chi so'] },
  /** A count of none told (round 29, a cadre's "không thiếu hụt chỉ số nào"): the count is 0. */
  countedNone: ['khong thieu hut chi so nao', 'khong thieu chi so nao', 'khong co chi so nao thieu hut', 'khong co chi so thieu hut nao', 'khong co chi so nao bi thieu hut'],
};

/**
 * Abbreviations of the words of the indicators' names (rules/indicators.yaml) as cadres write them, in a list of deprivations
 * ("nhà tiêu HVS", "nước SH", "DT NƠ", "GD người lớn", "TE đi học", "người PT") and in the header of a household list's
 * indicator column ("DT nhà ở BQ/người", "Nguồn nước SH", "DV viễn thông", "PT tiếp cận TT", "TĐGD người lớn", "CL nhà ở"),
 * folded → the words they stand for: one vocabulary for the chat's reader and the list's (expandIndicatorAbbreviations).
 * A key of two words is read before its words one by one: "PT" is "phương tiện" ("PT tiếp cận TT", "PT sản xuất") but "người
 * PT" is "người phụ thuộc"; "TE" is "trẻ em" but "tế" after "y", "kinh"… is the word itself ("y tế" is a service, "kinh tế"
 * no indicator). Read only inside a deprivation list (DEPRIVATION_LIST) or an indicator column's header or list cell, in an
 * item or header of two words or more, or alone when they name a service ("NƠ"); never in a household's other cells ("TT"
 * alone is the row number's column, "Khu vực NT/TT" the area's). The list's other headers are read with them too, only
 * when the header as written names neither a list column nor an indicator: "TN bình quân", "TN BQ", "Tổng TN/năm" (TN =
 * thu nhập), "KV" (khu vực).
 */
export const INDICATOR_ABBREVIATIONS: Readonly<Record<string, string>> = {
  hvs: 'hop ve sinh', vs: 've sinh', nvs: 'nha ve sinh', sh: 'sinh hoat', no: 'nha o', gd: 'giao duc', tdgd: 'trinh do giao duc', te: 'tre em', dt: 'dien tich',
  cl: 'chat luong', bq: 'binh quan', dn: 'dau nguoi', dv: 'dich vu', vt: 'vien thong', pt: 'phuong tien', tc: 'tiep can', tt: 'thong tin',
  ts: 'tai san', nl: 'nguoi lon', vl: 'viec lam', yt: 'y te', hgd: 'ho gia dinh', npt: 'nguoi phu thuoc', tn: 'thu nhap', kv: 'khu vuc',
  'nguoi pt': 'nguoi phu thuoc', 'y te': 'y te', 'kinh te': 'kinh te', 'quoc te': 'quoc te', 'thuc te': 'thuc te',
};
const ABBREVIATED = new Map(Object.entries(INDICATOR_ABBREVIATIONS));

/** Folded words with INDICATOR_ABBREVIATIONS written out, a key of two words before one word ("nguoi pt" → "nguoi phu thuoc"). */
export function expandIndicatorAbbreviations(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const pair = at + 1 < words.length ? ABBREVIATED.get(`${words[at]} ${words[at + 1]}`) : undefined;
    if (pair !== undefined) at += 1;
    out.push(...(pair ?? ABBREVIATED.get(words[at]!) ?? words[at]!).split(' '));
  }
  return out;
}

/** Whether a single folded word is one of INDICATOR_ABBREVIATIONS ("no": "NƠ" alone names the housing service). */
export const isIndicatorAbbreviation = (word: string): boolean => ABBREVIATED.has(word);

/**
 * A service of rules/indicators.yaml (its `service`, folded) said lacking without naming which of its indicators ("hộ này thiếu
 * nhà ở", "nhà ở không đạt", findings N38-65), or named alone in a list of deprivations ("thiếu hụt: bhyt, nhà ở"): counted as at
 * least one of its indicators (the first in force that nothing else said settles), and the reading says so, so a cadre who
 * meant both says it. Not "y tế": its two indicators (BHYT, dinh dưỡng) are far apart, so the reader asks which.
 */
export const SERVICE_LACKS: Readonly<Record<string, readonly string[]>> = {
  'nha o': [
    'thieu nha o', 'thieu hut nha o', 'thieu hut ve nha o', 'thieu ve nha o', 'thieu chi so nha o', 'nha o thieu hut', 'nha o bi thieu',
    'nha o khong dat', 'nha o chua dat', 'nha o khong dam bao', 'nha o chua dam bao', 'khong dat ve nha o', 'khong dat chi so nha o',
  ],
};

/**
 * "nhà chưa có điện", "chưa kéo điện" (round 33 household20): no indicator of the standards is about electricity, so it is said
 * not counted, never left out without a word; ELECTRICITY_NOT_AFTER after the phrase make "điện" another thing ("điện thoại").
 */
export const ELECTRICITY_LACKS: readonly string[] = [
  'chua co dien', 'khong co dien', 'chua keo dien', 'khong keo dien', 'chua co dien luoi', 'khong co dien luoi', 'chua co luoi dien', 'khong co luoi dien',
];
export const ELECTRICITY_NOT_AFTER: ReadonlySet<string> = new Set(['thoai', 'tich', 'may', 'tu']);

/** "không biết có … không", "chưa rõ": the answer is "không rõ". */
export const UNSURE_PHRASES: readonly string[] = ['khong biet', 'khong ro', 'chua ro', 'chua biet', 'khong nho', 'khong chac', 'hong biet', 'hong nho', 'hong ro'];

/**
 * "chưa ai được khám suy dinh dưỡng", "ko có đi cân đo": a condition never looked for under a negation is "không rõ", not the
 * condition (round 43 mend45b; was read "Dinh dưỡng: thiếu hụt"): words of examining or measuring, between the negation and it.
 */
export const UNEXAMINED_WORDS: readonly string[] = ['kham', 'can', 'can do', 'kiem tra', 'xet nghiem', 'theo doi'];

/**
 * Deprivations in everyday words, by indicator id of the rules data, written as the reader's tokens
 * (folded; digits apart from letters, so "4G" is "4 g"; "wi-fi" is "wifi" or two words).
 * `lacks`: something whose absence is the deprivation ("không có nhà vệ sinh", "chưa có bhyt");
 * `signs`: a condition that is the deprivation itself ("nhà tạm", "con bỏ học", "thất nghiệp"),
 * unless negated ("không ai bỏ học").
 * `overrides`: older indicators whose words this one takes where both are in force. From 2027 "không
 * có mạng / Internet / smartphone" is the new digital_services indicator, in 2022–2026 it is telecom
 * (thuê bao điện thoại, Internet). A word listed under two indicators is an error otherwise.
 * Reading a deprivation of an indicator whose threshold is unknown ([M], thresholdUnknown in the
 * standard) never decides a class on its own: the evaluator keeps such a result "chưa xác định" and
 * sends it to UBND cấp xã (src/rules/evaluate.ts).
 */
export interface DeprivationWords {
  lacks?: readonly string[];
  signs?: readonly string[];
  /**
   * A condition that may or may not be the deprivation, the indicator turning on more than the words say ("vách ván": a house
   * is thiếu kiên cố or not by what its posts, walls and roof are made of): read as not known (`unsure`), never counted, so a
   * result says what it would change and the cadre decides. Negated, it says nothing.
   */
  maybe?: readonly string[];
  /**
   * What meets the indicator, as its own question in rules/indicators.yaml names it ("xài giếng khoan": giếng khoan is nước hợp
   * vệ sinh): read as not deprived (the interview does not ask it). Negated ("không có giếng khoan"), it says nothing. Read
   * alongside the other indicators' words, never in their place: "có điện thoại thông minh" meets the means of information and
   * is a phone used (telecom) too, so a phrase here may also be another indicator's.
   */
  meets?: readonly string[];
  overrides?: readonly string[];
  /**
   * Of its lacks, those whose absence is the deprivation but whose having does not meet the indicator: "ko co dien thoai" is no
   * Internet, "thang lon co dien thoai" may be a phone without it. Had, they decide nothing; an interview asks `ask` back
   * (Understanding.hadUnmet). Of its maybe, those an interview asks the same way rather than saving "không rõ" ("xai nuoc gieng
   * dao": a dug well is clean water only if protected); negated ("ko co gieng dao") they say nothing, as any maybe.
   */
  hadUnmet?: { phrases: readonly string[]; ask: string };
  /**
   * Of its lacks and signs, those that name this indicator only at the ages of its own band (AGE_BANDS), never another of
   * its group: "chưa học hết cấp 2" is a deprivation at 20, and at 12 the child is still at that level (not child_schooling).
   */
  ownBandOnly?: readonly string[];
}

/** The kinds of an indicator's words, in the order a phrase of the same length is read (a sign before a thing met). */
export const DEPRIVATION_WORD_KINDS = ['signs', 'lacks', 'maybe', 'meets'] as const;

/** Every phrase of an indicator's words, of all kinds, in DEPRIVATION_WORD_KINDS order. */
export function deprivationPhrases(words: DeprivationWords | undefined): string[] {
  return DEPRIVATION_WORD_KINDS.flatMap((kind) => words?.[kind] ?? []);
}

/** Where water is taken from that is not protected: "nước lấy ở khe suối", "lấy nước ở sông", "nước khe". */
const OPEN_WATER = ['song', 'suoi', 'khe', 'ao', 'kenh', 'muong'];

/** Schooling stopped at a grade: "nghỉ học từ lớp 5", "chỉ học hết lớp 3", of the speaker or of a child said before it. */
const STOPPED_AT_GRADE = ['nghi hoc tu lop', 'bo hoc tu lop', 'thoi hoc tu lop', 'chi hoc het lop', 'hoc het lop', 'chi hoc toi lop', 'hoc toi lop',
  'chi hoc den lop', 'hoc den lop'];
/** A child of the speaker's ("con tui", "đứa nhỏ nhà tui", "thằng con"), said before what the child did. */
const SPEAKERS_CHILD = ['con', 'dua con', 'thang con', 'con gai', 'con trai', 'dua nho', 'con nho', 'be'].flatMap((child) => [
  child,
  ...SPEAKER_WORDS.flatMap((speaker) => [`${child} ${speaker}`, `${child} nha ${speaker}`]),
]);

export const DEPRIVATION_WORDS: Readonly<Record<string, DeprivationWords>> = {
  employment: {
    // "làm thuê không hợp đồng", "chưa có hợp đồng lao động", "ko co hd": paid work without a labour contract.
    lacks: ['viec lam', 'viec', 'hop dong', 'hop dong lao dong', 'hd', 'hd lao dong', 'hdld'],
    // Day or seasonal wage work ("làm thuê theo ngày", "làm công nhật", "phụ hồ", "thợ hồ", "làm thuê thời vụ"): paid work that usually
    // has no labour contract, the indicator's deprivation (NĐ 07/2021 Phụ lục: làm công hưởng lương không có hợp đồng lao động),
    // but the contract is not said: not known, so the interview asks it and a result says what it would change. Not "làm thuê",
    // "làm mướn" alone: hired work by the month may have a contract.
    // "mần thuê theo mùa" (round 18): seasonal hired work, as "làm thuê thời vụ".
    maybe: ['lam thue theo ngay', 'lam muon theo ngay', 'lam thue thoi vu', 'lam thoi vu', 'lam theo thoi vu', 'lam cong nhat', 'cong nhat', 'phu ho', 'tho ho',
      'lam thue theo mua', 'lam muon theo mua', 'lam thue mua vu', 'lam muon mua vu', 'lam muon thoi vu',
      // "làm thuê mùa mía", "làm mướn mùa lúa", "làm mướng theo mùa" ("mướng": how "mướn" is often typed in the South), round 20.
      'lam thue mua mia', 'lam thue mua lua', 'lam muon mua mia', 'lam muon mua lua', 'lam muong theo mua', 'lam muong thoi vu',
      // "vợ tui đi cấy thuê theo mùa" (round 21).
      'cay thue theo mua', 'cay muon theo mua'],
    // Not "ở không" alone: "có hỗ trợ nhà ở không" would read as unemployment.
    // "tui o nha ko di lam", "o nha hong lam gi" (round 43 resid47): at home, not working; not "không đi làm" alone (a child, an old member).
    signs: ['that nghiep', 'mat viec', 'nghi viec', 'khong co viec', 'o khong lam', 'dang o khong', 'o nha khong lam', 'o nha khong di lam', 'o nha khong lam gi'],
  },
  nutrition: { signs: ['suy dinh duong', 'thieu an', 'bi doi', 'thap coi', 'nhe can'] },
  health_insurance: {
    lacks: ['bao hiem y te', 'bhyt', 'bao hiem', 'the bao hiem', 'the bhyt', 'the y te'],
    // A card expired ("thẻ BHYT hết hạn", "hết hạn" under a list's "BHYT" column: THING_AT_QUESTION's card) is no insurance in
    // force, the indicator's "không có bảo hiểm y tế" (round 23; was read as a card had). Not "hết hạn" alone: "giấy hộ nghèo hết hạn".
    signs: ['the het han', 'bhyt het han', 'the bhyt het han', 'bao hiem het han', 'the bao hiem het han', 'bao hiem y te het han', 'the y te het han',
      'the qua han', 'bhyt qua han', 'the bhyt qua han', 'het han the', 'het han bhyt', 'het han the bhyt',
      // A card being made or waited for ("đang làm thẻ", "chờ cấp thẻ BHYT"): none yet (round 23; "đang làm thẻ" was a card had).
      'dang lam the', 'dang lam bhyt', 'dang lam the bhyt', 'cho cap the', 'cho cap bhyt', 'cho cap the bhyt', 'dang cho cap the', 'dang cho the'],
  },
  // "con trai 25 tuổi ko có bằng cấp 3 cũng ko học nghề": the diploma or the training lacked (16–30, AGE_BANDS).
  // "1 đứa 20 tuổi hok học hết cấp 2", "chưa có bằng cấp 2": without the lower-secondary diploma, below what ages 16–30 are expected to hold.
  adult_education: {
    signs: ['mu chu', 'khong biet chu', 'khong biet doc', 'khong hoc het cap 2', 'chua hoc het cap 2', 'khong hoc xong cap 2', 'chua hoc xong cap 2',
      'khong tot nghiep cap 2', 'chua tot nghiep cap 2', 'khong tot nghiep thcs', 'chua tot nghiep thcs'],
    lacks: ['bang cap 3', 'bang cap ba', 'bang tot nghiep', 'hoc nghe', 'bang cap 2', 'bang cap hai', 'bang thcs'],
    ownBandOnly: ['khong hoc het cap 2', 'chua hoc het cap 2', 'khong hoc xong cap 2', 'chua hoc xong cap 2', 'khong tot nghiep cap 2',
      'chua tot nghiep cap 2', 'khong tot nghiep thcs', 'chua tot nghiep thcs', 'bang cap 3', 'bang cap ba', 'bang tot nghiep', 'hoc nghe',
      'bang cap 2', 'bang cap hai', 'bang thcs'],
    // "tui nghi hoc tu lop 5", "toi chi hoc het lop 3" (round 33 words18; was child_schooling, "nghỉ học" read as a child's): the
    // speaker's own schooling, the grade it stopped at, is the adult indicator's, of an age not said (16–30 deprived, older not):
    // asked at the interview. "con tui 12 tuoi nghi hoc …" (an age between) stays the child's drop-out.
    maybe: SPEAKER_WORDS.flatMap((speaker) => STOPPED_AT_GRADE.map((schooling) => `${speaker} ${schooling}`)),
  },
  child_schooling: {
    // "con tui nghi hoc tu lop 5", "dua nho nha tui hoc het lop 3", "thang con nghi hoc tu lop 5" (round 33 household21; "con tui"
    // was read as the speaker's own schooling): the child's, but stopped at a grade with no age said the child may be past the
    // indicator's ages ({school_age_from} to under {school_age_below}): not known, asked at the interview, whose question says
    // the ages. The longer phrase is read before the speaker's ("tui nghi hoc tu lop"); an age told between ("con tui 12 tuoi
    // nghi hoc tu lop 5") breaks it: the child's drop-out by the age.
    maybe: SPEAKERS_CHILD.flatMap((child) => STOPPED_AT_GRADE.map((schooling) => `${child} ${schooling}`)),
    // "chưa đi mẫu giáo": mẫu giáo is the level of a child of 3 to 5 (the indicator's ages start at 3, rules/parameters.yaml).
    lacks: ['di hoc', 'di mau giao', 'hoc mau giao'],
    signs: ['bo hoc', 'nghi hoc', 'thoi hoc', 'khong cho di hoc', 'khong di hoc'],
  },
  housing_quality: {
    signs: ['nha tam', 'dot nat', 'nha dot', 'nha la', 'nha tranh', 'xiu veo', 'nha vach dat', 'nha go muc', 'nha tam bo', 'nha rach',
      'tam bo', 'nha don so', 'thieu kien co', 'khong kien co', 'chua kien co', 'nha dot nat', 'nha go dot', 'nha bi dot', 'mai dot', 'mai nha dot',
      'lop ton don so', 'mai ton mong', 'ton mong',
      // "nhà tole dột", "nhà tôn dột", "mái tôn thủng": a leaking tin roof is the "dễ dột" of the indicator's question (rules/indicators.yaml).
      'tole dot', 'nha ton dot', 'mai ton dot', 'nha tol dot', 'mai ton thung', 'mai tole thung', 'mai thung', 'mai bi thung', 'ton bi thung', 'tole bi thung',
      // "nhà (bị) nước mưa dột", "mưa là dột", "mưa xuống là dột", "nhà dột nước mưa": a leaking house (not "nhà nước", the State,
      // nor "nước mưa" as the water used: the longer phrase is read first).
      'nuoc mua dot', 'dot nuoc mua', 'mua dot', 'mua la dot', 'mua thi dot', 'mua xuong la dot', 'mua xuong dot',
      // "nhà lợp lá vách tre", "mái lá", "vách lá" (round 19): a house of leaves and bamboo is nhà đơn sơ, as "nhà lá" (not "mai la",
      // "mai là" = tomorrow is).
      'nha lop la', 'mai lop la', 'vach la', 'vach tre', 'nha tre la',
      // "nhà gỗ mái lá", "nhà tranh mái lá", "vách đất mái lá" (round 20): the roof of leaves said after the walls.
      'nha go mai la', 'go mai la', 'nha mai la', 'tranh mai la', 'dat mai la', 'tre mai la',
      // "nhà cấp 4 dột", "cấp 4 bị dột" (round 23): a leaking house, as "nhà dột", whatever its grade.
      'cap 4 dot', 'cap bon dot'],
    // Plank or tin walls, a house "xuống cấp": thiếu kiên cố or not by its materials (NĐ 07/2021 Phụ lục; the rules' question
    // "nhà tạm, đơn sơ, thiếu kiên cố (dễ dột, dễ sập)"), so not known; "dột" said with it decides.
    // "nhà cấp 4 xuống cấp", "cấp 4 dột" (round 23): what a "nhà cấp 4" (meets, below) is in, said after it.
    maybe: ['vach van', 'vach go', 'vach ton', 'vach tol', 'vach tole', 'nha xuong cap', 'nha cua xuong cap', 'cap 4 xuong cap', 'cap bon xuong cap'],
    // "nhà kiên cố", "nhà bán kiên cố": not the "thiếu kiên cố hoặc đơn sơ" of the indicator (NĐ 07/2021 Phụ lục); the answer
    // "Không, nhà kiên cố" of its question. "thiếu kiên cố", "không kiên cố" are signs above (the longer phrase is read first).
    // "nhà cấp 4" (round 23): a one-storey house of brick walls and a tile or tin roof, kiên cố or bán kiên cố as commune lists
    // write it in a housing-quality column; "nhà cấp 4 dột nát", "nhà cấp 4 xuống cấp" are read by their signs and maybe.
    meets: ['kien co', 'nha cap 4', 'nha cap bon', 'nha cap iv'],
  },
  housing_area: { signs: ['nha chat', 'chat choi', 'chat hep', 'nha nho xiu', 'o chat', 'phong tro chat'] },
  water_source: {
    lacks: ['nuoc sach', 'nuoc hop ve sinh'],
    signs: [
      'nuoc song', 'nuoc suoi', 'nuoc ao', 'nuoc ho', 'nuoc kenh', 'nuoc mua', 'nuoc ban', 'nuoc do', 'nuoc gieng khong hop ve sinh',
      'gieng khong hop ve sinh', 'nuoc gieng bi o nhiem',
      'gieng dao khong co nap', 'gieng dao khong nap', 'gieng dao de ho', 'gieng dao khong duoc bao ve', 'gieng khong duoc bao ve',
      // "nước không hợp vệ sinh", "không HVS" under a list's "Nước sinh hoạt" column (round 22): the indicator's own words, negated.
      'nuoc khong hop ve sinh', 'nuoc chua hop ve sinh', 'nuoc khong sach', 'nuoc nhiem phen', 'nuoc phen', 'nuoc bi o nhiem',
      'gieng o nhiem', 'gieng bi o nhiem',
      // "nước giếng nhiễm phèn", "giếng khoan bị phèn" ("bị" is a filler word, gaps.ts); not "nhiễm phèn" alone: "đất nhiễm phèn" is farmland.
      'gieng phen', 'gieng nhiem phen', 'khoan phen', 'khoan nhiem phen', 'nuoc co phen',
      // "nước lấy ở khe suối", "lấy nước từ suối", "xài nước khe" (not "khe suối" alone: "nhà gần khe suối" is a place).
      'nuoc khe', ...OPEN_WATER.flatMap((source) => [`nuoc lay o ${source}`, `nuoc lay tu ${source}`, `lay nuoc o ${source}`, `lay nuoc tu ${source}`]),
    ],
    // The indicator's question: "Nước máy, giếng khoan, giếng đào có bảo vệ là nước hợp vệ sinh".
    // "giếng đào có nắp", "giếng đào xây kín" (round 23): the dug well protected, as the question says; "giếng đào để hở", "không có nắp" is not.
    // "xài nước máy" meets it; "ko co nuoc may" (round 33 household21; was a lack) says nothing: a household without tap water may
    // drink from a drilled or protected well, so the interview asks the water question, which names them.
    meets: ['nuoc may', 'gieng khoan', 'gieng dao co nap', 'gieng dao co bao ve', 'gieng dao duoc bao ve', 'gieng dao xay kin'],
    // "xai nuoc gieng dao" (round 16): a dug well meets it only if protected ("giếng đào có bảo vệ", "giếng không được bảo vệ là
    // thiếu", rules/indicators.yaml water_source): not known, and asked at the interview; "ko co gieng dao" says nothing.
    maybe: ['gieng dao'],
    hadUnmet: {
      phrases: ['gieng dao'],
      ask: 'Giếng đào đó có được bảo vệ không (ví dụ có nắp đậy, thành giếng xây kín)? Giếng đào có bảo vệ là nước hợp vệ sinh. Nếu có, bạn trả lời “Không, đã có nước sạch”; nếu giếng để hở, không được bảo vệ, bạn trả lời “Có, thiếu nước sạch”; chưa chắc thì trả lời “Không rõ”.',
    },
  },
  sanitation: {
    // "vs" alone is also "với"; only "nhà vs" is the toilet.
    lacks: ['nha ve sinh', 'nha tieu', 'nha xi', 'nha cau', 'cau tieu', 'wc', 'toilet', 'cho di ve sinh', 've sinh', 'nha vs'],
    signs: ['di ve sinh ngoai dong', 'di ngoai dong', 'cau ca', 'nha ve sinh tam', 'nha vs tam', 'wc tam', 'toilet tam', 'nha tieu tam', 've sinh tam',
      // A latrine over a fish pond or a river ("cầu tiêu ao cá", "cầu cá", "cầu tõm"): the Mekong delta's unhygienic latrine, never
      // "có cầu tiêu" (findings35 N35-06); read before the shorter "cầu tiêu", a thing had.
      'cau tieu ao ca', 'cau tieu ca', 'cau ao ca', 'cau tieu ao', 'cau ao', 'cau tieu tren ao', 'cau tren ao', 'cau tieu song', 'cau tieu tren song',
      'cau tren song', 'cau tieu kenh', 'cau tieu tren kenh', 'cau tom', 'cau tieu tom', 'nha tieu ao ca', 'nha ve sinh ao ca', 'nha ve sinh tren ao'],
    // The indicator's question (rules/indicators.yaml sanitation): "Tự hoại, bán tự hoại hoặc hố xí có nắp đậy là hợp vệ sinh";
    // "tự hoại" alone under a list's "Nhà tiêu" column (round 23; was refused as "không rõ").
    meets: ['tu hoai', 'ban tu hoai', 'ho xi co nap day', 'ho xi nap day', 'ho xi co nap'],
  },
  telecom: {
    lacks: ['dien thoai', 'dtdd', 'internet', 'mang', 'wifi', 'smartphone', 'dien thoai thong minh'],
    hadUnmet: { phrases: ['dien thoai', 'dtdd'], ask: 'Điện thoại đó có dùng Internet (Zalo, Facebook, YouTube) không? Nếu có, bạn trả lời “Không, có người dùng Internet”; nếu chỉ nghe gọi, nhắn tin thường, bạn trả lời “Có, không ai dùng Internet”.' },
  },
  // "không có phương tiện tiếp cận thông tin": the indicator's name as cadres say it (findings18).
  information_access: {
    lacks: ['tivi', 'ti vi', 'tv', 'radio', 'dai', 'loa', 'may tinh', 'phuong tien nghe nhin', 'phuong tien tiep can thong tin'],
    // The indicator's means (NĐ 07/2021 Phụ lục): ti vi, radio, máy tính, điện thoại thông minh; one is enough, so lacking a
    // smartphone alone says nothing.
    meets: ['dien thoai thong minh', 'smartphone'],
  },
  // 2027–2030 (NĐ 351/2025, [M], thresholds unknown): using digital services over the Internet.
  digital_services: {
    overrides: ['telecom'],
    lacks: [
      'internet', 'mang', 'mang internet', 'wifi', 'wi fi', '4 g', '3 g', 'smartphone', 'dien thoai thong minh', 'dich vu so',
      'dich vu cong truc tuyen', 'tai khoan ngan hang',
    ],
    signs: [
      'khong biet xai dien thoai', 'khong biet dung dien thoai', 'khong biet dung internet', 'khong biet len mang',
      'khong biet chuyen khoan', 'khong biet dung smartphone', 'dien thoai cuc gach', 'dien thoai bam so', 'dien thoai bam phim',
    ],
  },
  // 2027–2030 (NĐ 351/2025, [M], thresholds unknown): household waste collected or treated hygienically.
  waste: {
    // "nam sau phan loai rac co tinh ko" (round 16): sorting the waste named asks about this indicator.
    lacks: ['phan loai rac', 'rac thai', 'rac sinh hoat', 'thu gom rac', 'gom rac', 'thu rac', 'lay rac', 'den lay rac', 'xe rac', 'xe thu rac', 'nguoi thu rac', 'cho do rac', 'bai rac', 'thung rac', 'xu ly rac', 'khong duoc thu gom', 'khong ai thu gom', 'chua duoc thu gom'],
    signs: [
      'vut rac', 'rac vut', 'xa rac', 'nem rac', 'dot rac', 'rac dot', 'rac dem dot', 'rac bua bai', 'do rac ra', 'rac do ra', 'do rac xuong',
      'vut ra song', 'vut xuong song', 'vut ra suong', 'vut ra muong', 'vut ra kenh', 'vut ra duong', 'vut ra vuon',
      'do ra song', 'do xuong song', 'do ra suong', 'do ra muong', 'do ra kenh', 'do ra duong',
    ],
  },
};
