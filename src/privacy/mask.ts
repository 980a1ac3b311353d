/**
 * Masking of personal data in free-typed text, applied before anything a person typed is kept
 * (unanswered questions, "Báo sai" comments) and again when kept text is shown (admin stats), so rows
 * written before masking existed are shown masked too (Luật 91/2025/QH15: keep no more than needed).
 *
 * What is masked, each replaced by a bracketed Vietnamese label:
 * - e-mail addresses;
 * - phone numbers: 0xx… and +84/84… with spaces, dots, dashes or brackets ("0912 345 678",
 *   "+84 912.345.678", "(+84) 912-345-678", landlines "024 3825 1234"), also partly hidden or with letters for digits
 *   ("0912xxx678", "09l2 345 678": PHONE_HIDDEN);
 * - a health insurance card's code, its letters with it ("GD4797912345678": INSURANCE_CARD);
 * - identity numbers: any run of 9–19 digits (CMND 9, CCCD 12, also social-insurance and bank
 *   account numbers), written whole or in groups of 3–4 separated by spaces or dashes, unless a
 *   money unit follows ("150000000 đồng" is an amount) or it is a round amount: 9–11 digits, no
 *   leading 0, ending in 0000 ("120000000", a year's income typed in a list or a sentence; CCCD
 *   numbers start with 0, and an identity number ending in four zeros is rare enough to accept), or one grouped by
 *   thousands with spaces and ending in 000 ("120 000 000", SPACED_AMOUNT). Dotted groups ("1.500.000") are amounts;
 *   A short group ending such a run ("1903 4567 8901 23", a bank account) goes with it, unless a money or
 *   count word follows ("… 4 người");
 * - a name after "tôi là", "tên tôi", "em là", "tui tên"… (typed with or without diacritics), and after a bare "tên" when
 *   its first word is a name's ("tên Lan", "chị tên Hoa"; not "tên gì", "tên văn bản", "tên Nghị định nào": bareName).
 *   After an explicit "tên …" the next words up to punctuation or a stop word are the name; after
 *   "tôi là/em là" only words that look like a name (a known surname, or capitalised words that are
 *   not everyday words) are masked, so "tôi là hộ cận nghèo" is kept as it is;
 * - a name after a title ("bà Nguyễn Thị Lan", "ba nguyen thi lan", "chị Hoa", "chi hoa", "ông Bảy"): a
 *   capitalised word that is not an everyday word, a common surname, or a common given name, unless the lexicon
 *   reads that given name in lower case with its neighbours as everyday words ("em út", "ba lần", "có mái tôn":
 *   readAsWords); the title stays ("bà [tên]": who the person is to the household is no identifier);
 * - a full name with nothing before it that says so: a capitalised surname, "Văn"/"Thị", a capitalised word
 *   ("Nguyễn Văn Tèo, 0909…", "tui la Ho Thi Thu": fullName);
 * - the number or name of a village or smaller place ("thôn 2", "ấp Bình Minh", "tổ 5", "khu phố 3", "ấp 5 Long Hòa"): the
 *   place word stays ("thôn [địa chỉ]": a rural area is what the rules need, not which village).
 * Over-masking is accepted; letting a number or name through is not.
 */
import { fold } from '../text/fold.ts';
import { turnOnce } from '../text/turn.ts';
import { ABBREVIATIONS, eitherCase, OWN_HOUSEHOLD, PERSONAL, phraseAt, phraseEndingAt, provinceFinder, PROVINCES, SCOPE_WORDS, SPOKEN, TOPICS } from '../text/lexicon/index.ts';
import { AREA_ABBREVIATIONS, AREA_LEADS, BRIDGE, DISTRICT_NAMES_SAID, FAR_AFTER_XA, HOUSE_NUMBER_LEADS, HOUSE_NUMBER_WORDS, MASKED_PLACE, NAMED_CITY, NOT_UNIT_AFTER, NOT_WORKPLACE_NAMES, PLACE_NAME_WORDS, WORKPLACE_UNITS } from '../text/lexicon/places.ts';
import { loadDistrictNames, loadProvinceMap } from '../corpus/ingest.ts';
import { WHEN_WORDS } from '../text/lexicon/when.ts';
import { CURRENCY_WORDS, DIGIT_WORDS, MONEY_UNITS, PERIOD_WORDS } from '../text/lexicon/money.ts';
import { COUNT_UNITS } from '../text/lexicon/columns.ts';
import { AGE_WORDS, CHILD_NOUNS, DEPRIVATION_WORDS, deprivationPhrases, FLOOR_AREA_UNITS, GROUP_WORDS, HOUSEHOLD_AWAY, KIN_BY_BIRTH_ORDER, MEMBER_NOUNS, NOT_AGE_AFTER, OWNER_WORDS, PERSON_QUALIFIERS } from '../text/lexicon/household.ts';

export const MASKS = {
  email: '[email]',
  phone: '[số điện thoại]',
  idNumber: '[số giấy tờ]',
  name: '[tên]',
  address: MASKED_PLACE,
  school: '[tên trường]',
  birth: '[ngày sinh]',
  plate: '[biển số xe]',
  health: '[sức khỏe]',
  offence: '[án tích]',
  religion: '[tôn giáo]',
} as const;

/** Any of the MASKS labels in a text an earlier pass has masked. */
const LABELS = new RegExp(Object.values(MASKS).map((label) => label.replace(/[[\]]/g, '\\$&')).join('|'), 'gu');

/**
 * An e-mail address; also with a space either side of its "@" as phones type it ("hoa.nt @ gmail.com"), then only before a
 * mail domain's ending (not "gap toi @ UBND.xa").
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|[\p{L}\p{N}._%+-]+ ?@ ?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|edu|gov|vn)(?![\p{L}\p{N}])/gu;
/** `text` with each e-mail address replaced by `label`; EMAIL is tried only when an "@" is there (it is slow on long words). */
const withoutEmails = (text: string, label: string) => (text.includes('@') ? text.replace(EMAIL, label) : text);
/**
 * 0 or +84/84 (optionally bracketed), then 9–10 more digits with single separators between them. A letter may stand
 * right before it ("sdt0912345678", "dt:0912…"): such a run is still a phone number. Not the later groups of a longer
 * grouped number ("0071-0004-5678-9", "0012 0300 4567 5": an account or identity number), nor its first groups when a
 * group of three digits or more follows ("079 123 456 789", a CCCD, is masked whole as an identity number).
 */
const PHONE = /(?<![\p{N}+.,])(?<!\p{N}[\s.-])(?:\(?\+\s?84\)?[\s.-]?|\(?84\)?[\s.-]?|0)\d(?:[\s.-]?\d){7,9}(?![\p{N}]|[\s.-]\d{3})/gu;
/**
 * A mobile number's digits after its 0 (or its 84), by the first of them (Vietnam's numbering since 2018: 03, 05, 07, 08, 09 are
 * mobiles, 10 digits; 02 is a landline with its area code, 11): past them a group of its own is no more of the number ("sdt 0912 345
 * 678 4 nguoi": 4 people; round 42 privacy36, was swallowed into the phone and the count lost to the household reader).
 */
const MOBILE_NUMBER = { leads: '35789', digits: 9 } as const;

/**
 * Where the mobile number `found` (PHONE's or PHONE_SPACED's, from its 0 or its 84 after `lead` characters) ends when a group of its
 * own follows its last digit (" 4", ".4"), or `found.length`: a number glued on ("0912 345 6784") is kept whole, masked.
 */
function mobileEnd(found: string, lead: number): number {
  const body = found.slice(lead);
  if (!MOBILE_NUMBER.leads.includes(body.replace(/\D/g, '').charAt(0))) return found.length;
  let seen = 0;
  for (let at = 0; at < body.length; at += 1) {
    if (!/\d/.test(body[at]!) || (seen += 1) < MOBILE_NUMBER.digits) continue;
    return /^[\s.,/_-]{1,3}\d+$/.test(body.slice(at + 1)) ? lead + at + 1 : found.length;
  }
  return found.length;
}

/**
 * A phone number split otherwise than PHONE reads, as residents type one to get past a filter or to read it out: one digit at a
 * time ("0.9.1.2.3.4.5.6.7.8", "0 9 1 2 …"), the 0 alone ("0 912 345 678"), the separator doubled or spaced ("0912  345  678",
 * "0912 - 345 - 678"), underscores, slashes or commas ("0912_345_678", "0912/345/678", "0912,345,678"), the first group bracketed
 * ("(0912) 345 678"), "00 84" for "+84" and "+84 (0) …". Its groups are split by one separator, the same each time (a date
 * and a number, "01/02/2024 12", are two); how many digits is checked where it is masked (PHONE_SPACED_DIGITS). A count of one or
 * two digits after a space ends it, not a separator of its own ("0.9.1.2.3.4.5.6.7.8 4 nguoi": the phone, then 4 people; round 43
 * lost44, was kept whole, unmasked). Run on what PHONE left.
 */
const PHONE_SPACED = /(?<![\p{N}+]|\p{N}[\s.,/_-]{1,3})(?:\(?(?:\+\s?|00)84\)?[\s.,/_-]{0,3}(?:\(0\)[\s.,/_-]{0,3})?|\(?(?=0))\d+\)?(?:([\s.,/_-]{1,3})\d+(?:\1\d+)*)?(?![\p{N}]|(?!,?\s+\p{N}{1,2}(?![\p{N}]|[\s.,/_-]{1,3}\p{N}))[\s.,/_-]{1,3}\p{N})/gu;
/** Digits of a phone split so, from its 0 (or after its 84): a mobile has 10, a landline 11. */
const PHONE_SPACED_DIGITS = {
  fromZero: [10, 11],
  after84: [9, 10],
  /** More digits from a 0, up to this many, are an identity or account number split so (ID_NUMBER's longest run). */
  longestId: 19,
} as const;
/**
 * A phone number partly hidden or typed with letters for digits, as people type it to get past a filter ("0912xxx678", "0912
 * *** 678", "09l2 345 678", "O912 345 678", "o9l2 345 678"): 0 (or "O", "o") or +84/84, then groups of digits, "x", "*" and the letters "l", "I", "o", "O"
 * read as 1 and 0, each group with a digit, "x" or "*", separated by single spaces, dots or dashes. PHONE_HIDDEN_DEFAULTS says
 * how many of each (checked in maskNumbers).
 */
const PHONE_HIDDEN = /(?<![\p{L}\p{N}+])(?:\(?\+\s?84\)?[\s.-]?|84[\s.-]?|[0Oo])[\dxX*lIoO]*[\dxX*][\dxX*lIoO]*(?:[\s.-][\dxX*lIoO]*[\dxX*][\dxX*lIoO]*)*(?![\p{L}\p{N}])/gu;
/**
 * A phone number typed with the letter O (or o) for a zero, and l, I for a one, and split as PHONE_SPACED reads ("O.9.0.1.2.3.4.5.6.7",
 * "O 9 0 1 2 3 4 5 6 7", "o.9.o.1.234.567", "O9O1_234_567"): from its 0 or O, groups of digits and those letters, the same
 * separator each time; a group may be a lone O or o, the last one holds a digit (a word "o", "ở", after the number is not its
 * end). How many digits (PHONE_SPACED_DIGITS.fromZero) and real ones (PHONE_HIDDEN_DEFAULTS.minDigits) is checked where it is
 * masked; run on what PHONE, PHONE_SPACED and PHONE_HIDDEN left (round 29).
 */
const PHONE_LETTERED = /(?<![\p{L}\p{N}+]|\p{N}[\s.,/_-]{1,3})[0Oo][\dOolI]*(?:([\s.,/_-]{1,3})(?:[Oo]\1)*[\dOolI]*\d[\dOolI]*(?:\1(?:[Oo]\1)*[\dOolI]*\d[\dOolI]*)*)?(?![\p{L}\p{N}]|[\s.,/_-]{1,3}\p{N})/gu;
/**
 * A one-word phone label glued to a number typed with the letter O for a zero ("sdtO9O1234567", "sdt09O1 234 567", "dtO912345678";
 * round 30 words15: was kept, and read as an amount): the label and the number, split so that PHONE_HIDDEN and PHONE_LETTERED
 * read the number from its start. A number of digits only glued so is PHONE's already ("sdt0912345678").
 */
const GLUED_PHONE = /(?<![\p{L}\p{N}])(\p{L}{2,7})([0Oo][\dOolI]*(?:[\s.-][\dOolI]+)*)/gu;
/** The labels of PERSONAL.phoneLabels that are one word ("sdt", "dt", "zalo"), folded: those typed glued to the number. */
const GLUED_PHONE_LABELS: ReadonlySet<string> = new Set(PERSONAL.phoneLabels.filter((label) => !label.includes(' ')));
const PHONE_HIDDEN_DEFAULTS = {
  /** Characters after the leading 0 or +84 (digits, hidden digits and letters for digits): 9 for a mobile, 10 for a landline. */
  length: [9, 10],
  /** Real digits among them: fewer say nothing of whose number it is. */
  minDigits: 6,
} as const;
/**
 * A health insurance card's number (mã thẻ BHYT): two letters of the group, then 13 digits ("GD4797912345678", "HN 2 79
 * 7912345678"), masked whole: the group says who the person is too. Its first digit is the benefit level, 1 to 5: two letters
 * before a 0 are a word ("dt 0084 912 345 678", "so 0084…": a phone after its label, round 26).
 */
const INSURANCE_CARD = /(?<![\p{L}\p{N}])[A-Za-z]{2}[ -]?[1-5](?:[ -]?\d){12}(?![\p{L}\p{N}])/gu;
/**
 * 9–19 digits whole, or groups of 3–4 digits joined by spaces or dashes (at least 9 digits overall), with a
 * shorter last group ("1903 4567 8901 23", captured); also glued to a word ("cccd079…").
 */
const ID_NUMBER = /(?<![\p{N}.,])(?:\d{9,19}|\d{3,4}(?:[ -]\d{3,4}){2,4})([ -]\d{1,2})?(?![\p{N}]|[.,]\d)/gu;
/** Digits of a CMND ("024123456"): a run of them from 0 is no phone (a mobile has 10, a landline 11). */
const CMND_DIGITS = 9;
/** A round amount written whole: 9–11 digits, no leading 0, ending in 0000 ("120000000"). */
const ROUND_AMOUNT = /^[1-9]\d{4,6}0000$/;
/**
 * An amount grouped by thousands with spaces, as money is typed ("120 000 000", "1 200 000 000"): no leading 0, groups of
 * exactly three digits, the last one 000. Identity and account numbers are grouped so too ("079 123 456 789"), but start
 * with 0 (CCCD) or do not end in 000 (one that does is rare enough to accept).
 */
const SPACED_AMOUNT = /^[1-9]\d{0,2}(?: \d{3})*? 000$/;
/** Folded phrases split into words. */
const phrases = (list: readonly string[]) => list.map((phrase) => phrase.split(' '));
/** `phrases`, the longest first (so that a longer phrase is matched before one it begins with). */
const longestFirst = (list: readonly string[]) => phrases(list).sort((a, b) => b.length - a.length);
/** The triggers of a name, a form's headers saying whose with theirs ("ho va ten chu ho": nameFieldOf), longest first. */
const NAME_TRIGGERS = longestFirst([...PERSONAL.nameTriggers, ...PERSONAL.nameFieldOf.leads.flatMap((lead) => PERSONAL.nameFieldOf.whose.map((whose) => `${lead} ${whose}`))]);
const TRIGGER_MEDIA: ReadonlySet<string> = new Set(PERSONAL.selfTriggerMedia.media);
const MEDIA_NOT_AFTER = phrases(PERSONAL.selfTriggerMedia.notAfter);
/** Whether the app named at `index` ("zalo") is where something is posted or sent ("bai dang zalo", "qua zalo"): no display name's label. */
const mediumAt = (text: string, words: Word[], index: number) =>
  TRIGGER_MEDIA.has(words[index]!.folded) && index > 0 && adjacent(text, words[index - 1]!, words[index]!) && MEDIA_NOT_AFTER.some((phrase) => phraseEndingAt(words, index, phrase, (word) => word.folded));
const SELF_TRIGGERS = longestFirst(PERSONAL.selfTriggers);
const BARE_TRIGGERS = phrases(PERSONAL.bareNameTriggers);
/**
 * Words a thing's name is asked by after a bare "tên" ("tên Nghị định nào", "Tên Xã", "tên Chính sách"): the document types,
 * the words of the policy's scope and the place units the lexicon already holds, folded.
 */
const NAMED_THINGS = phrases([...Object.keys(TOPICS.documents.types), ...SCOPE_WORDS, ...PERSONAL.placeUnits.words]);
const FOLDED_SURNAMES = new Set(PERSONAL.foldedSurnames);
const MARKED_SURNAMES = new Set(PERSONAL.markedSurnames);
const NAME_STOP_WORDS = new Set(PERSONAL.nameStopWords);
const NOT_NAME_WORDS = new Set(PERSONAL.notNameWords);
const MAX_NAME_WORDS = 5;
const TITLES = new Set(PERSONAL.titles);
const SHORT_TITLES = new Set(PERSONAL.shortTitles);
const TITLE_SURNAMES = new Set(PERSONAL.titleSurnames);
const TITLE_CALLINGS = new Set(PERSONAL.titleCallings);
const CAPITALISED_TITLES = new Set(PERSONAL.capitalisedTitles.words);
const NOT_AFTER_CAPITALISED_TITLE = new Set(PERSONAL.capitalisedTitles.notAfter);
const MONTH_TITLES: ReadonlySet<string> = new Set(PERSONAL.capitalisedTitles.monthTitles);
const TITLE_GIVEN_WORDS = PERSONAL.titleGivenWords;
const GIVEN_NAMES = new Set(PERSONAL.givenNames);
const GIVEN_UNMARKED = new Set(PERSONAL.givenUnmarked);
const MIDDLE_NAMES = new Set(PERSONAL.middleNames);
const CAPITAL_MIDDLE_NAMES = new Set(PERSONAL.capitalMiddleNames);
const SURNAMES_BEFORE_MIDDLE: ReadonlySet<string> = new Set(PERSONAL.surnamesBeforeMiddle);
const COMPOUND_SURNAMES = longestFirst(PERSONAL.compoundSurnames);
const PLAIN_MIDDLE_NAMES: ReadonlySet<string> = new Set(PERSONAL.plainMiddleNames);
const HIGHLAND_SURNAMES: ReadonlySet<string> = new Set(PERSONAL.highlandNames.surnames);
const NOT_AFTER_Y: ReadonlySet<string> = new Set(PERSONAL.highlandNames.notAfterY);
const CALLING_TITLES: ReadonlySet<string> = new Set(PERSONAL.callingNames.titles);
const CALLING_ORDERS: ReadonlySet<string> = new Set(PERSONAL.callingNames.orders);
const CALLING_NOT_BEFORE: ReadonlySet<string> = new Set(PERSONAL.callingNames.notBefore);
const PARTIAL_NAME_MIDDLES: ReadonlySet<string> = new Set(PERSONAL.partialNameMiddles);
const ETHNIC_LEADS = longestFirst(PERSONAL.ethnicGroups.leads);
const ETHNIC_NAMES = longestFirst(PERSONAL.ethnicGroups.names);
const ETHNIC_JOINS: ReadonlySet<string> = new Set(PERSONAL.ethnicGroups.joins);

/**
 * The [start, end) spans of peoples named after a lead (PERSONAL.ethnicGroups: "người Ê Đê", "dân tộc Gia Rai", "đồng bào Ba Na"), and
 * the others listed after one ("người Ê Đê, Gia Rai và Ba Na"): no person's data, kept as typed.
 */
function ethnicSpans(text: string): Array<[number, number]> {
  const words = wordsOf(text);
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    const lead = ETHNIC_LEADS.find((phrase) => phraseAt(words, index, phrase, (word) => word.folded));
    if (!lead) continue;
    let at = index + lead.length;
    // Right after the lead, then after a comma, a slash, a dash or a joining word ("Ê Đê, Gia Rai và Ba Na"); not a person's full name
    // that begins like a people's name ("người Đào Thị Lan").
    let between = /^[ \t]*$/;
    for (let name; at < words.length && between.test(text.slice(words[at - 1]!.end, words[at]!.start)) && (name = spacedPhraseAt(text, words, at, ETHNIC_NAMES)) && fullName(text, words, at) === undefined; ) {
      spans.push([words[at]!.start, words[at + name.length - 1]!.end]);
      at += name.length;
      const next = words[at];
      if (next === undefined) break;
      if (/^[ \t]*[,/-][ \t]*$/.test(text.slice(words[at - 1]!.end, next.start))) between = /^[ \t]*[,/-][ \t]*$/;
      else if (ETHNIC_JOINS.has(next.folded) && adjacent(text, words[at - 1]!, next)) [at, between] = [at + 1, /^[ \t]*$/];
      else break;
    }
    index = Math.max(index, at - 1);
  }
  return spans;
}

/** `spans` without those that overlap a people's name (ethnicSpans). */
function outsideEthnicGroups<T extends [number, number, ...unknown[]]>(text: string, spans: T[]): T[] {
  if (spans.length === 0) return spans;
  const peoples = ethnicSpans(text);
  return peoples.length === 0 ? spans : spans.filter(([start, end]) => !peoples.some(([from, to]) => start < to && from < end));
}
const FULL_NAME_GIVEN = new Set([...PERSONAL.givenUnmarked, ...PERSONAL.fullNameGiven]);
const MIDDLE_NAME_WORDS = phrases(PERSONAL.middleNameWords);
const SURNAME_MIDDLE_WORDS = phrases(PERSONAL.surnameMiddleWords);
const BIRTH_ORDER_NAMES = new Set(PERSONAL.birthOrderNames);
/** Kin called by birth order ("cậu hai", "dì ba", "chú tư": household.ts KIN_BY_BIRTH_ORDER), folded: a member the household reader counts. */
const BIRTH_KIN = new Set<string>(KIN_BY_BIRTH_ORDER.kin);
const BIRTH_ORDER = new Set<string>(KIN_BY_BIRTH_ORDER.order);
const NOT_NAME_AFTER_CAPITALISED_TITLE = PERSONAL.capitalisedTitles.notNameAfter;
const HEALTH_CONDITIONS = longestFirst([...PERSONAL.healthConditions, ...PERSONAL.healthShortForms, ...PERSONAL.addictions, ...PERSONAL.healthMaskedOnly, ...PERSONAL.pregnancy.phrases]);
const HOSPITAL_LEADS = phrases(PERSONAL.hospitals.leads);
const HOSPITAL_NAMES = longestFirst(PERSONAL.hospitals.names);
const PREGNANCY = new Set<string>(PERSONAL.pregnancy.phrases);
const [PREGNANCY_NOT_AFTER, PREGNANCY_NOT_BEFORE] = [phrases(PERSONAL.pregnancy.notAfter), new Set<string>(PERSONAL.pregnancy.notBefore)];
const HEALTH_SHORT_LEADS: Readonly<Record<string, readonly (readonly string[])[]>> = Object.fromEntries(Object.entries(PERSONAL.healthShortLeads).map(([first, leads]) => [first, phrases(leads)]));
const HEALTH_CONDITION_PARTS = longestFirst(PERSONAL.healthConditionParts);
const HEALTH_SHORT_EVERYDAY: ReadonlySet<string> = new Set(PERSONAL.healthShortEveryday);
/**
 * A relative and the speaker as typed ("ong tui", "me em": TOPICS.household.relatives before HOUSEHOLD_AWAY.owners, as OWN_MEMBER
 * before the chat writes "tui" out): a short form of an illness right after them is one (healthShortEveryday).
 */
const OWN_MEMBERS = phrases(TOPICS.household.relatives.flatMap((relative) => HOUSEHOLD_AWAY.owners.map((owner) => `${relative} ${owner}`)));
const HEALTH_LETTER_LEADS: ReadonlySet<string> = new Set(PERSONAL.healthLetter.leads);
/** A term right after a word ("… 2 nam", "… 18 thang"): a count of years or months (money.ts PERIOD_WORDS). */
const TERM_NEXT = new RegExp(`^[ \\t]+\\d{1,2}[ \\t]*(?:${Object.keys(PERIOD_WORDS).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** Being in prison (HOUSEHOLD_AWAY.absent.prison) and offences (PERSONAL.offences), longest first; some only where a clause ends. */
const PRISON = HOUSEHOLD_AWAY.absent.prison;
const OFFENCES = longestFirst([...PRISON.phrases, ...PERSONAL.offences]);
const OFFENCES_AT_CLAUSE_END = phrases(PRISON.atClauseEnd);
/** Offences read only as typed with their marks, lower case (personal.ts offencesMarked: "đi tù", not "đi tu"). */
const OFFENCES_MARKED = phrases(PERSONAL.offencesMarked);
const OFFENCE_MISREAD = longestFirst(PRISON.misread);
/** Offences a person may suffer and the words before one that say so (personal.ts offencesSuffered: "bi cuop giat"). */
const SUFFERED_ACTS: ReadonlySet<string> = new Set(PERSONAL.offencesSuffered.acts);
const SUFFERED_LEADS = phrases(PERSONAL.offencesSuffered.leads);
const TWINS = PERSONAL.offenceTwins;
const TWIN_PHRASES = Object.entries(TWINS.twins).map(([phrase, { marked, besides, health }]) => ({ words: phrase.split(' '), marked, besides: phrases(besides), health }));
/** What said in a twin's sentence makes it an offence or a health history (offenceTwins.offenceNear, healthNear), longest first. */
const TWIN_OFFENCE_NEAR = longestFirst(TWINS.offenceNear);
const TWIN_HEALTH_NEAR = longestFirst(TWINS.healthNear);
const TWIN_LEADS: ReadonlySet<string> = new Set(TWINS.leads);
const TWIN_NOT_AFTER: ReadonlySet<string> = new Set(TWINS.notAfter);
/** The household as the one having something ("nha tui", "gia dinh", "ho nha minh"): TOPICS.household.heads, an owner word after it. */
const HOUSEHOLD_HEADS = phrases(TOPICS.household.heads);
const alternatives = (list: readonly string[]) => list.map((phrase) => phrase.replace(/ /g, '[ \\t]+')).join('|');
/** What after a prison phrase's "o tu" makes it "ở từ" (HOUSEHOLD_AWAY.absent.prison.since): "thang 3", "nho", "nam 2020", "2 nam nay". */
const SINCE_NEXT = new RegExp(
  `^[ \\t]+(?:(?:${alternatives(PRISON.since.words)})(?![\\p{L}\\p{N}])|nam[ \\t]+\\d{4}(?!\\d)|\\d{1,2}[ \\t]*(?:${Object.keys(PERIOD_WORDS).join('|')})[ \\t]+(?:${alternatives(PRISON.since.termThen)})(?![\\p{L}\\p{N}]))`,
  'u',
);
/** Whether what follows an "o tu" (folded, lower case, from the space after it) makes it "ở từ": the masking and the chat's household reader. */
export const goesOnSince = (after: string): boolean => SINCE_NEXT.test(after);
const PLACE_UNITS = longestFirst(PERSONAL.placeUnits.words);
const PLACE_UNITS_MARKED = PERSONAL.placeUnits.marked;
/** Words before a unit's word that make it another word's second syllable: places.ts NOT_UNIT_AFTER and personal.ts placeUnits.notAfter. */
const UNIT_NOT_AFTER: Readonly<Record<string, readonly string[]>> = { ...NOT_UNIT_AFTER, ...PERSONAL.placeUnits.notAfter };
const PLACE_NAME_ONLY = new Set(PERSONAL.placeUnits.nameOnly);
const CAPITALISED_UNMARKED = new Set(PERSONAL.placeUnits.capitalisedUnmarked);
const LED_CAPITALISED = new Set(PERSONAL.placeUnits.ledCapitalised);
const NUMBERED_UNMARKED = new Set(PERSONAL.placeUnits.numberedUnmarked);
const STREET_UNITS = new Set(PERSONAL.placeUnits.streets);
const NAMED_AS_BETWEEN = longestFirst(PERSONAL.placeUnits.namedAs.between);
const NAMED_AS_SAYS = longestFirst(PERSONAL.placeUnits.namedAs.says);
const NAMED_AS_EVERYDAY_AFTER = PERSONAL.placeUnits.namedAs.everydayAfter;
const MAX_PLACE_NAME_WORDS = 3;
const LOWER_NAMED_UNITS = new Set(PERSONAL.placeUnits.lowerNamed);
const LOWER_TWO_WORDS = new Set(PERSONAL.placeUnits.lowerTwoWords);
const LOWER_NOT_ALONE = new Set(PERSONAL.placeUnits.lowerNotAlone);
const LOWER_OPEN = new Set(PERSONAL.placeUnits.lowerOpen);
const UNIT_NOT_BEFORE: Readonly<Record<string, readonly (readonly string[])[]>> = Object.fromEntries(Object.entries(PERSONAL.placeUnits.notBefore).map(([unit, words]) => [unit, phrases(words)]));
const PLACE_SYLLABLES = new Set(PLACE_NAME_WORDS);
/** Words naming a contact or identity number right before it ("điện thoại 0912…", "STK …"), folded. */
const CONTACT_LABELS = phrases(PERSONAL.contactLabels);
/** Words of CONTACT_LABELS that name an identity number (idLabels), folded. */
const ID_LABELS = phrases(PERSONAL.idLabels);
/** Words of CONTACT_LABELS that name a phone number (phoneLabels), folded. */
const PHONE_LABELS = phrases(PERSONAL.phoneLabels);
/** Whether the words before a number name a phone, not a paper ("so dt 090 123 456": 9 digits, one left out, as a CMND has). */
const phoneLabelled = (before: string) => labelledNear(before, PHONE_LABELS) && !labelledNear(before, ID_LABELS);
/** A money unit or currency right after a number makes it an amount ("150000000 đồng", "… 5 triệu"), not an identity number. */
const MONEY_AFTER = phrases([...Object.keys(MONEY_UNITS), ...CURRENCY_WORDS]);
/**
 * A word that counts or measures after a short number makes it a count ("… 4 người", "2 tháng", "3 lần"), not the end of an
 * account number: people, children, groups, ages, periods, floor areas and the other measures of the household words.
 */
const COUNT_AFTER = phrases([...MEMBER_NOUNS, ...CHILD_NOUNS, ...Object.keys(GROUP_WORDS), ...AGE_WORDS, ...Object.keys(PERIOD_WORDS), ...FLOOR_AREA_UNITS, ...NOT_AGE_AFTER]);

/** Whether the text right after a number (a space at most between) starts with one of `words` (folded, split as the money reader splits: "m2" is "m 2"). */
function saysAfter(tail: string, words: readonly (readonly string[])[]): boolean {
  if (!/^\s?[\p{L}\p{N}]/u.test(tail)) return false;
  const said = fold(tail.slice(0, 40).toLowerCase()).match(/[a-z]+|\d+/g) ?? [];
  return words.some((phrase) => phraseAt(said, 0, phrase));
}

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/**
 * An apostrophe inside a word, as names of the Central Highlands are typed ("Cư M'gar", "Ea H'leo", "H'Hen"): the word is one, read
 * without it ("M'gar" is "Mgar", as corpus/provinces-2025.yaml writes it; round 40 privacy32: was read "M" and "gar", kept as typed).
 */
const APOSTROPHES = /['’ʼ]/gu;

function wordsOf(text: string): Word[] {
  // The masking steps read one text's words a dozen times (a text with nothing to mask is the same text at every step): once a
  // turn (turnOnce, by the text), each caller given its own array.
  return [...turnOnce<readonly Word[]>('maskWords', text, () => wordsRead(text))];
}

/** wordsOf, read afresh. */
function wordsRead(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu)].map((match) => ({
    text: match[0],
    folded: fold(match[0].replace(APOSTROPHES, '')),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
/** Only spaces between two words: a comma, full stop or line break ends the name. */
const adjacent = (text: string, left: Word, right: Word) => /^[ \t]+$/.test(text.slice(left.end, right.start));
/** Between a trigger and the name: spaces, a colon or a dash ("tên tôi: Lan", "họ tên - Lan"). */
const joined = (text: string, left: Word, right: Word) => /^[ \t]*[:-]?[ \t]*$/.test(text.slice(left.end, right.start));

function triggerAt(words: Word[], index: number, triggers: readonly string[][]): number {
  for (const trigger of triggers) {
    if (phraseAt(words, index, trigger, (word) => word.folded)) return trigger.length;
  }
  return 0;
}

function looksLikeName(word: Word): boolean {
  if (FOLDED_SURNAMES.has(word.folded) || MARKED_SURNAMES.has(word.text.toLowerCase()) || isGivenName(word)) return true;
  return startsUpper(word.text) && !NOT_NAME_WORDS.has(word.folded) && !/\p{N}/u.test(word.text);
}

/** A stop word capitalised that is a given name typed without marks ("em ten Phuong": Phương, not phường): a name after "tên". */
const givenLikeStopWord = (word: Word) => startsUpper(word.text) && FULL_NAME_GIVEN.has(word.folded);

/** A word that ends a name, unless it is a surname typed with its diacritics ("Hồ", not "hộ"). */
const isStopWord = (word: Word) => NAME_STOP_WORDS.has(word.folded) && !MARKED_SURNAMES.has(word.text.toLowerCase());

const CAPITALISED_NAME_STOP_WORDS = new Set(PERSONAL.capitalisedNameStopWords);
/**
 * Whether `next`, after the name's word `last`, ends the name: a stop word, unless both are capitalised and `next` is a word of
 * names too (capitalisedNameStopWords: "Út Em", "Lê Thế Anh").
 */
const endsName = (last: Word, next: Word) => isStopWord(next) && !(startsUpper(last.text) && startsUpper(next.text) && CAPITALISED_NAME_STOP_WORDS.has(next.folded));

const hasMarks = (word: Word) => word.text.toLowerCase().replace(APOSTROPHES, '') !== word.folded;
const isGivenName = (word: Word) => (hasMarks(word) ? GIVEN_NAMES.has(word.text.toLowerCase()) : GIVEN_UNMARKED.has(word.folded));
/** A surname typed in lower case that no everyday word is typed like ("nguyen", "trần", not "le" or "la"). */
const isLowerSurname = (word: Word) => TITLE_SURNAMES.has(word.folded) || (hasMarks(word) && MARKED_SURNAMES.has(word.text.toLowerCase()));
/** A word of a name typed in lower case after its first: a middle name, a surname, a given name or an initial ("văn b"). */
const isLowerNamePart = (word: Word) => MIDDLE_NAMES.has(word.text.toLowerCase()) || isLowerSurname(word) || isGivenName(word) || /^\p{L}$/u.test(word.text);
/** A middle name typed in lower case at `index` that begins an everyday word ("văn bản", "vận động viên", "thị trấn"): no name. */
const beginsEverydayWord = (words: Word[], index: number) => MIDDLE_NAME_WORDS.some((phrase) => phraseAt(words, index, phrase, (word) => word.folded));

const QUALIFIERS = new Set(PERSON_QUALIFIERS);
/** Phrases of the household words of two words or more ("mai ton mong", "mai dot"), by their first word. */
const HOUSEHOLD_PHRASES = Object.values(DEPRIVATION_WORDS)
  .flatMap(deprivationPhrases)
  .map((phrase) => phrase.split(' '))
  .filter((phrase) => phrase.length >= 2);

/**
 * A given name typed in lower case after the title at `index` that the lexicon reads as everyday words, so no name:
 * a person's qualifier ("em út", "con út": PERSON_QUALIFIERS), a count after a title that is also a digit word typed
 * without marks ("ba lần" = 3 times: "ba" + a word that counts), or the first two words of a phrase of the household
 * words ("có mái tôn", "co mai dot": "mái tôn mỏng", "mái dột"). A capitalised name ("cô Mai", "em Út") is a name whatever
 * it folds to.
 */
function readAsWords(text: string, words: Word[], index: number): boolean {
  const [title, head, next] = [words[index]!, words[index + 1]!, words[index + 2]];
  if (QUALIFIERS.has(head.folded)) return true;
  if (!hasMarks(title) && Object.hasOwn(DIGIT_WORDS, title.folded) && saysAfter(text.slice(title.end), COUNT_AFTER)) return true;
  if (NEIGHBOUR_AFTER.some((phrase) => phraseAt(words, index + 2, phrase, (word) => word.folded))) return false;
  return next !== undefined && adjacent(text, head, next) && HOUSEHOLD_PHRASES.some(([first, second]) => first === head.folded && second === next.folded);
}
/** Words after a given name that say where the person lives ("chi mai nha ben"): a person, not a roof (personal.ts neighbourAfter). */
const NEIGHBOUR_AFTER = phrases(PERSONAL.neighbourAfter);

/**
 * Whether the capitalised word at `index` after a title is a given name that is also an everyday word (titleGivenWords: "chi
 * Thu", "anh Thanh"), no word after it making the everyday word ("chi Thu nhap", "anh Thanh nien").
 */
function givenAfterTitle(text: string, words: Word[], index: number): boolean {
  return Object.hasOwn(TITLE_GIVEN_WORDS, words[index]!.folded) && startsUpper(words[index]!.text) && !makesEverydayWord(text, words, index);
}

/** Whether the word at `index` and the next make an everyday word of titleGivenWords ("Thu nhap", "thanh toan"). */
function makesEverydayWord(text: string, words: Word[], index: number): boolean {
  const [head, next] = [words[index]!, words[index + 1]];
  const everyday = Object.hasOwn(TITLE_GIVEN_WORDS, head.folded) ? TITLE_GIVEN_WORDS[head.folded]! : [];
  return next !== undefined && adjacent(text, head, next) && everyday.includes(next.folded);
}

/**
 * The span of a name after a title typed without marks that is an everyday word too (capitalisedTitles: "thang Ti", "thang Teo
 * Dung"): capitalised words only, not a month's name ("thang Tu", "thang Gieng") nor a word of notNameWords.
 */
function capitalisedTitleName(text: string, words: Word[], at: number): [number, number, number] | undefined {
  const head = words[at + 1];
  if (!head || !adjacent(text, words[at]!, head) || /\p{N}/u.test(head.text)) return undefined;
  // "2 dua con nam 10 tuoi": "con nam" typed in lower case is a boy, no name.
  if ((NOT_NAME_AFTER_CAPITALISED_TITLE[words[at]!.folded] ?? []).includes(head.text)) return undefined;
  const month = NOT_AFTER_CAPITALISED_TITLE.has(head.folded);
  // "thang tu 15 tuoi" is a boy; "con tu 70 tuoi" is kin called by birth order, or "bà con từ 70 tuổi" (round 42 privacy36: was "ba con
  // [tên] 70 tuoi"), never masked.
  if (month && MONTH_TITLES.has(words[at]!.folded) && BIRTH_ORDER_NAMES.has(head.folded) && boyByContext(text, words, at, true)) return [head.start, head.end, at + 1];
  if (!startsUpper(head.text)) return undefined;
  // "con Hai Lúa", "con Ba Lanh": after a title no month follows (monthTitles), a child called by birth order stays as kin called so
  // does ("con Hai di lam xa", as "cậu hai"), and only a name after it goes ("con Hai [tên]"; round 41 privacy33: was kept as typed,
  // read as April); not a province's name ("ba con Ba Ria").
  if (month && !MONTH_TITLES.has(words[at]!.folded)) return provinceAt(words, at + 1) ? undefined : nameAfterBirthOrder(text, words, at + 1);
  // "chau tui thang Bo 10 tuoi": an everyday word capitalised after a relative or before an age is a nickname ("con Bò bi benh" stays).
  const nickname = NOT_NAME_WORDS.has(head.folded) && boyByContext(text, words, at, false);
  if (month || (NOT_NAME_WORDS.has(head.folded) && !givenAfterTitle(text, words, at + 1) && !nickname) || (isPlaceStopWord(head) && !nickname)) return undefined;
  let last = at + 1;
  while (last + 1 < words.length && last - at < MAX_NAME_WORDS && adjacent(text, words[last]!, words[last + 1]!) && startsUpper(words[last + 1]!.text) && !isPlaceStopWord(words[last + 1]!)) last += 1;
  return [head.start, words[last]!.end, last];
}

const CHILD_BEFORE = phrases(PERSONAL.capitalisedTitles.childBefore);
const CHILD_AFTER = phrases(PERSONAL.capitalisedTitles.childAfter);
const MONTH_AFTER = new Set(PERSONAL.capitalisedTitles.monthAfter);
/** An age right after a name ("… 15 tuoi", "… 15t"). */
const AGE_NEXT = new RegExp(`^[ \\t]+\\d{1,2}[ \\t]?(?:${[...AGE_WORDS].join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Whether the birth-order name after "thang" at `at` ("thang Tu": tháng Tư, April, or thằng Tư, a boy) is the boy's, by what
 * is around it (capitalisedTitles): a relative of the household right before ("con tui thang Tu"), an age right after
 * ("thang tu 15 tuoi"), or, with `saidOf`, the name capitalised, words said of a person right after ("thang Tu nha tui",
 * "thang Tu nghi hoc").
 */
function boyByContext(text: string, words: Word[], at: number, saidOf: boolean): boolean {
  const head = words[at + 1]!;
  // "con trai thang tu nay di hoc": "this April", whoever is said before it.
  if (words[at + 2] !== undefined && adjacent(text, head, words[at + 2]!) && MONTH_AFTER.has(words[at + 2]!.folded)) return false;
  if (at > 0 && adjacent(text, words[at - 1]!, words[at]!) && CHILD_BEFORE.some((phrase) => phraseEndingAt(words, at, phrase, (word) => word.folded))) return true;
  if (AGE_NEXT.test(text.slice(head.end))) return true;
  const next = words[at + 2];
  return saidOf && startsUpper(head.text) && next !== undefined && adjacent(text, head, next) && CHILD_AFTER.some((phrase) => phraseAt(words, at + 2, phrase, (word) => word.folded));
}

/**
 * The span of a name after a title typed short or plain that is another word or a letter too (shortTitles: "a Hùng", "c Lan",
 * "cau Tam"): a given name or a birth-order name capitalised, only (not "điểm a Khoản 1", "cau Ca Mau").
 */
function shortTitleName(text: string, words: Word[], at: number): [number, number, number] | undefined {
  const head = words[at + 1];
  if (!head || !adjacent(text, words[at]!, head) || !(isGivenName(head) || (startsUpper(head.text) && BIRTH_ORDER_NAMES.has(head.text.toLowerCase())))) return undefined;
  return titledName(text, words, at, true);
}

/**
 * The [start, end) span of a name right after the title at `index` ("bà Nguyễn Thị Lan", "chi hoa", or after its calling:
 * "cô giáo Hà", "bác sĩ Lan"); undefined when none follows.
 */
function titledName(text: string, words: Word[], at: number, shortChecked = false): [number, number, number] | undefined {
  if (CAPITALISED_TITLES.has(words[at]!.text.toLowerCase())) return capitalisedTitleName(text, words, at);
  if (!shortChecked && SHORT_TITLES.has(words[at]!.text.toLowerCase())) return shortTitleName(text, words, at);
  if (!shortChecked && !TITLES.has(words[at]!.text.toLowerCase())) return undefined;
  // "tp Bac Lieu", "o Ba Ria": a province's name, capitalised after a word, that begins like a title ("bác", "bà") is no title and
  // name ("bac Lieu nha ben", "Bác Liễu" are).
  if (at > 0 && startsUpper(words[at]!.text) && !hasMarks(words[at]!) && provinceAt(words, at)) return undefined;
  const calling = words[at + 1];
  const index = calling && TITLE_CALLINGS.has(calling.folded) && adjacent(text, words[at]!, calling) ? at + 1 : at;
  const head = words[index + 1];
  if (!head || !adjacent(text, words[index]!, head)) return undefined;
  // "be Bi nha chi Hoa": a given name that is a stop word too, capitalised after a title (titleGivenWords), is a name.
  if (/\p{N}/u.test(head.text) || (isStopWord(head) && !givenAfterTitle(text, words, index + 1))) return undefined;
  // "con be Ba tuoi": a number said in words before its age word is the age, no name; not before a capitalised word ("chị Tư
  // Bé": a name, not "four children").
  const nextCapitalised = words[index + 2] !== undefined && adjacent(text, head, words[index + 2]!) && startsUpper(head.text) && startsUpper(words[index + 2]!.text);
  if (Object.hasOwn(DIGIT_WORDS, head.folded) && !nextCapitalised && saysAfter(text.slice(head.end), COUNT_AFTER)) return undefined;
  const capitalised = startsUpper(head.text) && (!NOT_NAME_WORDS.has(head.folded) || BIRTH_ORDER_NAMES.has(head.text.toLowerCase()) || givenAfterTitle(text, words, index + 1));
  // "cậu hai", "Cau Hai", "dì ba": kin called by birth order is who the person is to the household, a member the household reader
  // counts, no identifier; it stays, and only a name after it goes ("chu Bay Sang" → "chu Bay [tên]").
  if (index === at && BIRTH_KIN.has(words[at]!.folded) && BIRTH_ORDER.has(head.folded)) return nameAfterBirthOrder(text, words, index + 1);
  // "anh ba tung", "co tu hoa": a birth-order calling typed in lower case, then the name it goes with; the calling stays.
  const named = words[index + 2];
  if (!capitalised && BIRTH_ORDER_NAMES.has(head.text.toLowerCase()) && named && adjacent(text, head, named) && !hasMarks(named) && FULL_NAME_GIVEN.has(named.folded) && !makesEverydayWord(text, words, index + 2)) {
    return [named.start, named.end, index + 2];
  }
  if (!capitalised && !isLowerSurname(head) && (!isGivenName(head) || readAsWords(text, words, index))) return undefined;
  let last = index + 1;
  while (last + 1 < words.length && last - index < MAX_NAME_WORDS) {
    const next = words[last + 1]!;
    if (!adjacent(text, words[last]!, next) || /\p{N}/u.test(next.text) || endsName(words[last]!, next)) break;
    if (capitalised ? !startsUpper(next.text) : !isLowerNamePart(next)) break;
    last += 1;
  }
  // "Hộ ông A", "bà B": a capital letter alone, the placeholder cadres write for a household, names no one and stays (round 43
  // lost44: was "ông [tên]"); "ông A Páo", "ông Nguyễn Văn A" are names.
  if (last === index + 1 && PLACEHOLDER_INITIAL.test(head.text)) return undefined;
  return [head.start, words[last]!.end, last];
}

/** A capital letter without marks standing alone after a title ("ông A", "bà B"): a placeholder, no name. */
const PLACEHOLDER_INITIAL = /^[A-Z]$/;

/**
 * The span of a name right after kin called by birth order whose order word is at `order` ("cau Hai Tùng", "chu Bay Sang", "co
 * tu hoa"): a capitalised word that is not an everyday word, or a given name; undefined when none follows ("cau hai o que").
 */
function nameAfterBirthOrder(text: string, words: Word[], order: number): [number, number, number] | undefined {
  const head = words[order + 1];
  if (!head || !adjacent(text, words[order]!, head) || /\p{N}/u.test(head.text) || (isStopWord(head) && !givenAfterTitle(text, words, order + 1))) return undefined;
  const capitalised = startsUpper(head.text) && (!NOT_NAME_WORDS.has(head.folded) || givenAfterTitle(text, words, order + 1));
  const given = isGivenName(head) || (!hasMarks(head) && FULL_NAME_GIVEN.has(head.folded) && !makesEverydayWord(text, words, order + 1));
  if (!capitalised && !given) return undefined;
  let last = order + 1;
  while (last + 1 < words.length && last - order < MAX_NAME_WORDS) {
    const next = words[last + 1]!;
    if (!adjacent(text, words[last]!, next) || /\p{N}/u.test(next.text) || endsName(words[last]!, next) || (capitalised ? !startsUpper(next.text) : !isLowerNamePart(next))) break;
    last += 1;
  }
  return [head.start, words[last]!.end, last];
}

/** Surnames as their folded keys ("Ho" typed without marks for "Hồ", not "Hộ"): only for a capitalised word before a middle name. */
const SURNAME_KEYS = new Set([...FOLDED_SURNAMES, ...[...MARKED_SURNAMES].map(fold)]);

/**
 * A full name with no word before it that says so ("Nguyễn Văn Tèo, 0909…", "tui la Ho Thi Thu"): a capitalised surname,
 * a capitalised middle name ("Văn", "Thị") and a capitalised word after it. The index of its last word, or undefined.
 * `capitalsSayNames`: the text is not typed in title case (titleCaseFullName reads one so).
 */
function fullName(text: string, words: Word[], index: number, capitalsSayNames = true): number | undefined {
  const [surname, middle, given] = [words[index]!, words[index + 1], words[index + 2]];
  if (middle && given && !startsUpper(surname.text)) return lowerFullName(text, words, index);
  const compound = compoundSurnameName(text, words, index);
  if (compound !== undefined) return compound;
  // "Vàng A Dính", "Bàn Văn Lìn": a Hmong or Dao surname that is an everyday word too, before a capitalised middle name only.
  const beforeMiddle = middle !== undefined && startsUpper(middle.text) && SURNAMES_BEFORE_MIDDLE.has(surname.text.toLowerCase()) && (CAPITAL_MIDDLE_NAMES.has(middle.text) || MIDDLE_NAMES.has(middle.text.toLowerCase()));
  const surnameTyped = FOLDED_SURNAMES.has(surname.folded) || MARKED_SURNAMES.has(surname.text.toLowerCase()) || (!hasMarks(surname) && SURNAME_KEYS.has(surname.folded)) || beforeMiddle;
  if (!middle || !given || !startsUpper(surname.text) || !surnameTyped) return undefined;
  // "Trần thị Hoa": the middle name in lower case between capitalised words. "Hoàng Văn Thụ": capitalised both, the middle name with
  // its marks, no everyday word ("văn thư"; round 40 privacy32 attack pass: was kept as typed; "La Van Dong Vien" is "vận động viên").
  // "Hoang Van Thu", "Nguyen Van Tai" typed plain: after a surname no everyday word is typed like (titleSurnames), the capitalised
  // middle name and word are a name's too, not "văn thư", "văn tài"; so after any surname typed plain ("me tui Le Thi Hanh") in a
  // text whose capitals say names (`capitalsSayNames`: not typed in title case; round 41 privacy33: were kept as typed).
  const nameAfterSurname = startsUpper(middle.text) && (hasMarks(middle) || TITLE_SURNAMES.has(surname.folded) || (capitalsSayNames && FOLDED_SURNAMES.has(surname.folded)));
  // "Lê Hoàng Bảo Anh", "Nguyễn Ngọc Bảo Trân": no middle name, a surname's or a given name's word in its place, typed with marks
  // where capitals say names or filling its clause (a list cell), no province's nor district's name (round 41 privacy34: were kept as typed).
  // "Le Hoang Bao Anh", "Nguyen Minh Tuan" typed plain: a surname no everyday word is typed like (foldedSurnames), then a surname's, a
  // given name's or a common middle name's word (plainMiddleNames), capitalised (round 42 privacy35: "con tui Le Hoang Bao Anh hoc lop
  // 3", "Le Hoang Bao Anh" alone were kept as typed).
  const middleNamed = hasMarks(surname) && hasMarks(middle) ? SURNAME_KEYS.has(middle.folded) || isGivenName(middle) : !hasMarks(surname) && !hasMarks(middle) && FOLDED_SURNAMES.has(surname.folded) && (SURNAME_KEYS.has(middle.folded) || GIVEN_UNMARKED.has(middle.folded) || FULL_NAME_GIVEN.has(middle.folded) || PLAIN_MIDDLE_NAMES.has(middle.folded));
  const namedMiddle =
    (capitalsSayNames || fillsClause(text, words, index)) && startsUpper(middle.text) && middleNamed && !provinceAt(words, index) && !provinceAt(words, index + 1) && districtAt(text, words, index) === undefined;
  if (!(MIDDLE_NAMES.has(middle.text.toLowerCase()) || CAPITAL_MIDDLE_NAMES.has(middle.text) || namedMiddle) || !startsUpper(given.text) || (beginsEverydayWord(words, index + 1) && !nameAfterSurname)) return undefined;
  if (!startsUpper(middle.text) && (NOT_NAME_WORDS.has(given.folded) || isStopWord(given))) return undefined;
  if (!adjacent(text, surname, middle) || !adjacent(text, middle, given) || /\p{N}/u.test(given.text)) return undefined;
  let last = index + 2;
  while (last + 1 < words.length && last + 1 - index < MAX_NAME_WORDS && adjacent(text, words[last]!, words[last + 1]!) && startsUpper(words[last + 1]!.text)) last += 1;
  return last;
}

/**
 * The index of the last word of a name whose surname is of two words or more (compoundSurnames: "Tôn Thất Minh Hoàng Anh", "Ton Nu
 * Thu Ha"), each word capitalised, the name's words after it capitalised too; undefined when none.
 */
function compoundSurnameName(text: string, words: Word[], index: number): number | undefined {
  const surname = COMPOUND_SURNAMES.find((phrase) => phraseAt(words, index, phrase, (word) => word.folded));
  if (!surname) return undefined;
  const capitalisedFrom = (at: number) => words[at] !== undefined && adjacent(text, words[at - 1]!, words[at]!) && startsUpper(words[at]!.text) && !/\p{N}/u.test(words[at]!.text) && !isPlaceStopWord(words[at]!);
  if (!startsUpper(words[index]!.text) || !surname.every((_, at) => at === 0 || capitalisedFrom(index + at))) return undefined;
  let last = index + surname.length - 1;
  while (last + 1 - index < MAX_NAME_WORDS && capitalisedFrom(last + 1)) last += 1;
  return last >= index + surname.length ? last : undefined;
}

/** A word of a Central Highlands name typed with "H'" ("H'Bia", "H'hen Niê"): a woman's given name (highlandNames). */
const H_NAME = /^H['’ʼ]\p{L}/u;
const isHighlandSurname = (word: Word) => startsUpper(word.text) && HIGHLAND_SURNAMES.has(word.text.toLowerCase().replace(APOSTROPHES, ''));
/** A place's name, a province's or a district's, begins at `at`, or the word before and this one are one ("Ea H'leo", "Cư M'gar"). */
const placeNameAt = (text: string, words: Word[], at: number) =>
  provinceAt(words, at) || districtAt(text, words, at) !== undefined || (at > 0 && (districtAt(text, words, at - 1) ?? -1) >= at);

/**
 * The index of the last word of a Central Highlands name (PERSONAL.highlandNames) starting at `index`: its surname words before it
 * ("Ksor", "Hơ Đơk"), then its given name led by a capital "Y" ("Y Bih", not "Y tế", "Y Tế", "Y sĩ": notAfterY) or typed with "H'"
 * ("H'Bia"), then capitalised words after it (the surname: "Niê"); no place's name, no number, no stop word typed plain. Read on the
 * words as typed, also in a text typed in title case. Undefined when none ("người Ê Đê", "dân tộc Gia Rai": a people, no person).
 */
function highlandName(text: string, words: Word[], index: number): number | undefined {
  let at = index;
  while (words[at] !== undefined && isHighlandSurname(words[at]!) && words[at + 1] !== undefined && adjacent(text, words[at]!, words[at + 1]!)) at += 1;
  const head = words[at];
  // Neither "Y" nor "H'…" at its head is no name, whatever placeNameAt says: asked first, as it is cheap (this runs at every word).
  if (!head || (head.text !== 'Y' && !H_NAME.test(head.text)) || placeNameAt(text, words, at)) return undefined;
  const next = words[at + 1];
  const ledByY = head.text === 'Y' && next !== undefined && adjacent(text, head, next) && startsUpper(next.text) && !/\p{N}/u.test(next.text) && !NOT_AFTER_Y.has(next.folded) && !NOT_NAME_WORDS.has(next.folded) && !placeNameAt(text, words, at + 1);
  if (!ledByY && !H_NAME.test(head.text)) return undefined;
  let last = ledByY ? at + 1 : at;
  const goesOn = (word: Word | undefined): word is Word =>
    word !== undefined && adjacent(text, words[last]!, word) && startsUpper(word.text) && !/\p{N}/u.test(word.text) && !isPlaceStopWord(word) && !NOT_NAME_WORDS.has(word.folded) && !placeNameAt(text, words, last + 1);
  while (last + 1 - index < MAX_NAME_WORDS && goesOn(words[last + 1])) last += 1;
  return last;
}

/**
 * The index of the last word of a name said without its surname (partialNameMiddles: "Thị Mai", "Thi Mai", "Văn Tèo", "Thị Ngọc
 * Hân"): the middle name capitalised, a given name capitalised after it (givenNames, givenUnmarked, fullNameGiven), or a capitalised
 * word then one; not an everyday word a middle name begins ("Thị Trấn", "Văn Bản", "Thi Hanh": middleNameWords). Undefined when none.
 */
function partialName(text: string, words: Word[], index: number): number | undefined {
  const [middle, given] = [words[index]!, words[index + 1]];
  if (!startsUpper(middle.text) || !PARTIAL_NAME_MIDDLES.has(middle.text.toLowerCase()) || !given || !adjacent(text, middle, given) || !startsUpper(given.text)) return undefined;
  if (beginsEverydayWord(words, index) || /\p{N}/u.test(given.text)) return undefined;
  const givenName = (word: Word) => isGivenName(word) || GIVEN_UNMARKED.has(word.folded) || FULL_NAME_GIVEN.has(word.folded) || Object.hasOwn(TITLE_GIVEN_WORDS, word.folded);
  let last = index + 1;
  while (last + 1 - index < MAX_NAME_WORDS && words[last + 1] !== undefined && adjacent(text, words[last]!, words[last + 1]!) && startsUpper(words[last + 1]!.text) && !isPlaceStopWord(words[last + 1]!) && !NOT_NAME_WORDS.has(words[last + 1]!.folded)) last += 1;
  return givenName(words[last]!) && !placeNameAt(text, words, index + 1) ? last : undefined;
}

/**
 * The [start, end) span of a birth-order calling name typed in lower case after "bà"/"ông" typed with their marks (callingNames: "bà
 * tư nhà bên", "ông bảy"), with the index of its word; undefined for a count or an amount ("ông bảy mươi tuổi", "bà sáu đứa cháu"), a
 * word going on ("bà tư vấn": notBefore), or a capitalised word (titledName reads those).
 */
function callingName(text: string, words: Word[], at: number): [number, number, number] | undefined {
  const [title, order, next] = [words[at]!, words[at + 1], words[at + 2]];
  if (!CALLING_TITLES.has(title.text.toLowerCase()) || !order || !adjacent(text, title, order) || !CALLING_ORDERS.has(order.text)) return undefined;
  if ((next && adjacent(text, order, next) && CALLING_NOT_BEFORE.has(next.folded)) || saysAfter(text.slice(order.end), COUNT_AFTER) || saysAfter(text.slice(order.end), MONEY_AFTER)) return undefined;
  return [order.start, order.end, at + 1];
}

/** Whether capitalised words from `index` (MAX_NAME_WORDS at most) make a clause whole, or all before a phone number (closesName). */
function fillsClause(text: string, words: Word[], index: number): boolean {
  if (!/(?:^|[.!?\n,;:])[\s"'(]*$/u.test(text.slice(0, words[index]!.start))) return false;
  let last = index;
  while (last + 1 < words.length && last + 1 - index < MAX_NAME_WORDS && adjacent(text, words[last]!, words[last + 1]!) && startsUpper(words[last + 1]!.text)) last += 1;
  return closesName(text, words[last]!);
}

/** A person's full name (fullName) or a capitalised title before a name ("Bà Hai") begins at `index`. */
function startsPersonName(text: string, words: Word[], index: number): boolean {
  const head = words[index];
  if (!head) return false;
  if (fullName(text, words, index) !== undefined) return true;
  const next = words[index + 1];
  return startsUpper(head.text) && hasMarks(head) && TITLES.has(head.text.toLowerCase()) && next !== undefined && adjacent(text, head, next) && startsUpper(next.text);
}

/**
 * A person's name opening a sentence or a clause with no middle name ("Nguyễn Kim Sơn o day, nha tui ngheo lam", "gia vang hom nay,
 * Lê Hoa đây"; round 40 privacy32: was kept as typed): a capitalised surname (as fullName reads one), then one to three capitalised words, no number, stop
 * word nor everyday word a middle name begins ("Văn bản"); not a province's or a district's name ("Hà Nội", "Lý Sơn": the place
 * reader's). With `closed` (a text typed in title case, whose capitals say nothing: "Hồ Sơ Cần Gì"), only words of names its
 * sentence ends with ("Nguyễn Kim Sơn" answering what the name is). The index of its last word, or undefined.
 */
function openingName(text: string, words: Word[], index: number, closed = false): number | undefined {
  const [surname, given] = [words[index]!, words[index + 1]];
  if (!given || !startsUpper(surname.text) || !startsUpper(given.text) || !/(?:^|[.!?\n,;:])[\s"'(]*$/u.test(text.slice(0, surname.start))) return undefined;
  const surnameTyped = FOLDED_SURNAMES.has(surname.folded) || MARKED_SURNAMES.has(surname.text.toLowerCase()) || (!hasMarks(surname) && SURNAME_KEYS.has(surname.folded));
  if (!surnameTyped || beginsEverydayWord(words, index) || provinceAt(words, index) || districtAt(text, words, index) !== undefined) return undefined;
  // In title case each word a name's: a middle name, a surname or a given name ("Mai Táng Phí", a funeral allowance, is no name).
  const ofNames = (word: Word) => MIDDLE_NAMES.has(word.text.toLowerCase()) || SURNAME_KEYS.has(word.folded) || isGivenName(word) || FULL_NAME_GIVEN.has(word.folded);
  const nameWord = (at: number) =>
    words[at] !== undefined && adjacent(text, words[at - 1]!, words[at]!) && startsUpper(words[at]!.text) && !/\p{N}/u.test(words[at]!.text) && !endsName(words[at - 1]!, words[at]!) && (!closed || ofNames(words[at]!));
  let last = index;
  while (last + 1 - index < MAX_NAME_WORDS && nameWord(last + 1)) last += 1;
  return last > index && (!closed || endsClause(text, words[last]!)) ? last : undefined;
}

/**
 * A full name typed in lower case with nothing before it ("nguyen van teo so 0912…"): a surname no everyday word is typed
 * like (titleSurnames), "văn"/"thị", then a word that is not a stop word or a number, and the name words after it. "nguyên
 * văn bản" is no name. The index of its last word, or undefined.
 */
function lowerFullName(text: string, words: Word[], index: number): number | undefined {
  const [surname, middle, given] = [words[index]!, words[index + 1]!, words[index + 2]!];
  // "le thi hoa", "vo van tung": a surname an everyday word is typed like ("lê"/"lễ", "võ"/"vợ") only before a given name.
  const everydaySurname = !isLowerSurname(surname) && SURNAME_KEYS.has(surname.folded) && (isGivenName(given) || (!hasMarks(given) && FULL_NAME_GIVEN.has(given.folded))) && !makesEverydayWord(text, words, index + 2);
  if ((!isLowerSurname(surname) && !everydaySurname) || !MIDDLE_NAMES.has(middle.text.toLowerCase()) || beginsEverydayWord(words, index + 1)) return undefined;
  if (!adjacent(text, surname, middle) || !adjacent(text, middle, given) || /\p{N}/u.test(given.text) || isStopWord(given)) return undefined;
  let last = index + 2;
  while (last + 1 < words.length && last + 1 - index < MAX_NAME_WORDS && adjacent(text, words[last]!, words[last + 1]!) && isGivenName(words[last + 1]!)) last += 1;
  return last;
}

/**
 * The index of the last word of a name after a bare "tên" whose first word is at `first` ("tên Lan", "chị tên Hoa", "ten
 * Be Hai", "ten lan"), or undefined when the words after it are no name ("tên gì", "tên văn bản", "tên xã", "tên Nghị định
 * nào", "co ten trong danh sach"): a capitalised word that is neither an everyday word of names (notNameWords, unless a
 * birth-order name: "tên Út") nor the start of a thing's name (NAMED_THINGS), or a given name or a surname in lower case.
 */
function bareName(text: string, words: Word[], first: number): number | undefined {
  const head = words[first];
  if (!head || !joined(text, words[first - 1]!, head) || /\p{N}/u.test(head.text) || (isStopWord(head) && !givenLikeStopWord(head))) return undefined;
  if (NAMED_THINGS.some((thing) => phraseAt(words, first, thing, (word) => word.folded)) || beginsEverydayWord(words, first)) return undefined;
  const capitalised = startsUpper(head.text);
  if (capitalised ? NOT_NAME_WORDS.has(head.folded) && !BIRTH_ORDER_NAMES.has(head.text.toLowerCase()) : !isGivenName(head) && !isLowerSurname(head)) return undefined;
  let last = first;
  while (last + 1 < words.length && last + 1 - first < MAX_NAME_WORDS) {
    const next = words[last + 1]!;
    if (!adjacent(text, words[last]!, next) || /\p{N}/u.test(next.text) || endsName(words[last]!, next)) break;
    if (capitalised ? !startsUpper(next.text) : !isLowerNamePart(next)) break;
    last += 1;
  }
  return last;
}

/** At least this many words, each capitalised, make a text typed in title case (TITLE_CASE). */
const TITLE_CASE_WORDS = 3;

/** Whether every word of `text` starts with a capital, TITLE_CASE_WORDS words or more ("Tui La Ho Ngheo", "XA NOI VAY"). */
function typedCapitalised(text: string): boolean {
  // A label put in by an earlier pass ("Tui La Ho Thi Thu O Ap [địa chỉ]") is none of the typed words.
  const words = wordsOf(text.replace(LABELS, ' ')).filter((word) => /^\p{L}/u.test(word.text));
  return words.length >= TITLE_CASE_WORDS && words.every((word) => startsUpper(word.text));
}

/**
 * A text typed with every word capitalised ("Tui La Van Dong Vien, Ho Ngheo Duoc Gi", as some phones type): its capitals say
 * nothing of names, so its names are read in its lower case (the same length: offsets hold), by the rules for a name typed so
 * (a given name, a surname, a middle name, after a trigger or a title). Round 21: "Anh Tu Van Giup Em", "Chu Tich Xa", "Ba
 * Noi" were masked as names.
 */
function namesReading(text: string): string {
  if (!typedCapitalised(text)) return text;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/**
 * In a text typed in title case (namesReading), a full name read from its capitals still ("Tui La Ho Thi Thu": a surname, a
 * middle name, a word), as letting one through is worse than masking (fullName: not a middle name's everyday word, "La Van
 * Dong Vien"; not "tư vấn": surnameMiddleWords), and past the third word, unless the name ends its clause, only words of a name ("Nguyen Van Teo Ap 3": not "Ap"; "Ho Thi Thu O Ap 3": not "O"). `words`: the lower case's.
 */
function titleCaseFullName(typed: string, typedWords: Word[], words: Word[], index: number): number | undefined {
  const last = fullName(typed, typedWords, index, false);
  if (last === undefined) return undefined;
  // "Anh Tu Van Giup Em": "tư vấn", no name, unless a given name follows ("Tu Van Hung").
  if (SURNAME_MIDDLE_WORDS.some((phrase) => phraseAt(words, index, phrase, (word) => word.folded)) && !isGivenName(words[index + 2]!)) return undefined;
  // A name that fills its clause is one name to its last word, whatever that word ("Lý Thị Ngọc Hân" alone, as a list cell,
  // or with the phone number after it; round 41 privacy34: was "[tên] Hân", "Hân" no listed name).
  if (closesName(typed, typedWords[last]!)) return last;
  let end = index + 2;
  while (end < last && isLowerNamePart(words[end + 1]!) && !isStopWord(words[end + 1]!)) end += 1;
  return end;
}

/** The [start, end) spans of names in `text`: given by the person ("tôi là …", "tên …") and, with `titles`, after a title ("bà …"). */
function nameSpans(typed: string, titles: boolean): Array<[number, number]> {
  const text = namesReading(typed);
  const words = wordsOf(text);
  const typedWords = text === typed ? words : wordsOf(typed);
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    const explicit = triggerAt(words, index, NAME_TRIGGERS);
    const self = explicit || mediumAt(text, words, index) ? 0 : triggerAt(words, index, SELF_TRIGGERS);
    const bare = explicit || self ? 0 : triggerAt(words, index, BARE_TRIGGERS);
    const bareLast = bare ? bareName(text, words, index + bare) : undefined;
    if (bareLast !== undefined) {
      spans.push([words[index + bare]!.start, words[bareLast]!.end]);
      index = bareLast;
      continue;
    }
    const titled = explicit || self || !titles ? undefined : (titledName(text, words, index) ?? callingName(text, words, index));
    const full =
      explicit || self || titled
        ? undefined
        : ((text === typed ? (fullName(text, words, index) ?? openingName(text, words, index)) : (titleCaseFullName(typed, typedWords, words, index) ?? openingName(typed, typedWords, index, true))) ??
          highlandName(typed, typedWords, index) ??
          partialName(typed, typedWords, index));
    if (full !== undefined) {
      spans.push([words[index]!.start, words[full]!.end]);
      index = full;
      continue;
    }
    if (titled) {
      spans.push([titled[0], titled[1]]);
      index = titled[2];
      continue;
    }
    if (!explicit && !self) continue;
    let first = index + explicit + self;
    // "tên tôi là Lan", "tôi tên là Lan": the "là" belongs to the trigger.
    if (words[first]?.folded === 'la' && explicit) first += 1;
    const head = words[first];
    if (!head || !joined(text, words[first - 1]!, head) || /\p{N}/u.test(head.text) || (isStopWord(head) && !(explicit && givenLikeStopWord(head)))) continue;
    // "vo tui la thi lan": a middle name typed in lower case, then a word of the name.
    const middleFirst = MIDDLE_NAMES.has(head.text.toLowerCase()) && words[first + 1] !== undefined && adjacent(text, head, words[first + 1]!) && !isStopWord(words[first + 1]!) && !/\p{N}/u.test(words[first + 1]!.text) && !beginsEverydayWord(words, first);
    // "tui la chu ho", "tui la vo anh Tuan": a surname typed in lower case that is an everyday word too ("chủ", "vợ", "đoàn") is
    // a name only with a name's word after it ("tui la doan van hung").
    const everydayHead = !startsUpper(head.text) && NOT_NAME_WORDS.has(head.folded) && !(words[first + 1] && adjacent(text, head, words[first + 1]!) && isLowerNamePart(words[first + 1]!));
    // "tui la Ba Hen", "em la Út": a birth-order name capitalised is a name (a Southern calling name), not "ba" the father.
    const birthOrderName = startsUpper(head.text) && BIRTH_ORDER_NAMES.has(head.text.toLowerCase());
    if (self && (!looksLikeName(head) || everydayHead) && !middleFirst && !birthOrderName) continue;
    // "Tui La Van Dong Vien", "tôi là Vận động viên": an everyday word that begins with a middle name, capitalised or not.
    if (self && beginsEverydayWord(words, first)) continue;
    const capitalised = startsUpper(head.text) && !FOLDED_SURNAMES.has(head.folded);
    let last = first;
    while (last + 1 < words.length && last + 1 - first < MAX_NAME_WORDS) {
      const next = words[last + 1]!;
      if (!adjacent(text, words[last]!, next) || /\p{N}/u.test(next.text) || endsName(words[last]!, next)) break;
      // A capitalised name ("tôi là Lan ở xã …") goes on only while the words stay capitalised; after "tên …" a word of a
      // name in lower case too ("tên tôi là Nguyễn thị lan"), not an everyday word ("con tên Tí hoc lop 2", round 20).
      if (capitalised && !startsUpper(next.text) && (self > 0 || !isLowerNamePart(next))) break;
      // "con tui la Le Hoang Bao Anh hoc lop 3": after a surname, capitalised words then one in lower case that is no name's ("học")
      // end the name; "tui la Nguyen van teo" goes on (round 42 privacy35: names of five words read, "hoc" was taken in).
      if (!capitalised && startsUpper(words[last]!.text) && !startsUpper(next.text) && !isLowerNamePart(next) && !FULL_NAME_GIVEN.has(next.folded)) break;
      last += 1;
    }
    spans.push([head.start, words[last]!.end]);
    index = last;
  }
  return outsideEthnicGroups(typed, spans);
}

/** The number found at `offset` with the groups of one to three digits right before it ("1 200 000 000": the match starts at "200"). */
function amountFrom(whole: string, offset: number, found: string): string {
  const before = /(?:^|[^\p{N}.,])((?:\d{1,3} )+)$/u.exec(whole.slice(0, offset));
  return `${before?.[1] ?? ''}${found}`;
}

/** Whether `before` ends with a contact or identity word ("cmnd 272 123 000", "STK: …"): the number after it is no amount. */
function labelled(
  before: string,
  labels: readonly (readonly string[])[] = CONTACT_LABELS,
  /** Given the label found and the folded word before it, whether it counts (a birth label after "học": birthLabelled). */
  counts: (label: readonly string[], lead: string) => boolean = () => true,
): boolean {
  const words = wordsOf(before);
  const last = words.at(-1);
  if (!last || !/^[\s:.,/-]*$/.test(before.slice(last.end))) return false;
  return labels.some((label) => phraseEndingAt(words, words.length, label, (word) => word.folded) && counts(label, words[words.length - label.length - 1]?.folded ?? ''));
}

/**
 * A run of 6–19 digits, whole or with single spaces, dots or dashes between them ("12345678", "079 123456789", "1234 5678"):
 * masked only after an identity or account word (LABELLED_DEFAULTS), as bank accounts are from 6 digits on.
 */
const LABELLED_NUMBER = /(?<![\p{N}.,])\d(?:[ .-]?\d){5,18}(?![\p{N}]|[.,]\d)/gu;
/** Thousands grouped by dots ("1.500.000"): an amount, whatever word stands before it; not from a 0 ("cccd 079.123.456.789"). */
const DOTTED_AMOUNT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
export const LABELLED_DEFAULTS = {
  /** Words that may stand between the identity or account word and its number ("stk vietcombank …", "tai khoan so …"). */
  maxWordsBetween: 3,
} as const;

/**
 * Whether `before` ends with a contact or identity word (one of `labels`), then at most LABELLED_DEFAULTS.maxWordsBetween words
 * ("stk agribank", "cccd cua tui la", "cmnd cua ba tui").
 */
function labelledNear(before: string, labels: readonly (readonly string[])[] = CONTACT_LABELS): boolean {
  const words = wordsOf(before);
  for (let skipped = 0; skipped <= LABELLED_DEFAULTS.maxWordsBetween && skipped < words.length; skipped += 1) {
    const tail = words.slice(words.length - skipped);
    if (tail.some((word) => /\p{N}/u.test(word.text))) return false;
    const head = words.slice(0, words.length - skipped);
    const gapEnd = tail[0]?.start ?? before.length;
    const lastHead = head.at(-1);
    // The words between are joined by spaces only: a sentence's end or a comma makes the number another's.
    if (!lastHead || (skipped > 0 && !/^[\s]+$/.test(before.slice(lastHead.end, gapEnd)))) continue;
    if (labelled(before.slice(0, skipped > 0 ? lastHead.end : before.length), labels)) return true;
  }
  return false;
}

/**
 * A 1900/1800 hotline ("goi 1900 1234", "1800.1567"): 8 or 10 digits of a public switchboard, no person's nor paper's number, so
 * kept as typed (round 27: was "[số giấy tờ]" after "gọi"; which hotline was asked says nothing of who asked).
 */
const HOTLINE = /^1[89]00(?:[\s.-]?\d){4}(?:(?:[\s.-]?\d){2})?$/;

function maskIdNumbers(text: string, label: string): string {
  const labelledMasked = text.replace(LABELLED_NUMBER, (found: string, offset: number, whole: string) => {
    if (DOTTED_AMOUNT.test(found) || HOTLINE.test(found) || !labelledNear(whole.slice(0, offset))) return found;
    const after = whole.slice(offset + found.length);
    const money = saysAfter(after, MONEY_AFTER);
    if (!money && !saysAfter(after, COUNT_AFTER)) return label;
    // "cmnd 272 123 456 4 nguoi", "stk 12345678 5 trieu": the last group is a count or an amount, the rest the number; a count
    // of one or two digits only ("cccd 079 061 012 345 con han ko": "con" is "còn", and 345 the number's end).
    const split = (money ? /[ .-](\d+)$/ : /[ .-](\d{1,2})$/).exec(found);
    return split && found.slice(0, split.index).replace(/\D/g, '').length >= 6 ? `${label}${found.slice(split.index)}` : found;
  });
  return labelledMasked.replace(ID_NUMBER, (found: string, short: string | undefined, offset: number, whole: string) => {
    const head = short === undefined ? found : found.slice(0, -short.length);
    const digits = head.replace(/\D/g, '').length;
    if (digits < 9 || ROUND_AMOUNT.test(head) || (SPACED_AMOUNT.test(amountFrom(whole, offset, head)) && !labelled(whole.slice(0, offset))) || saysAfter(whole.slice(offset + head.length), MONEY_AFTER)) return found;
    // "cmnd 272 123 456 4 người", "… 5 triệu": the short group is a count or an amount, not the number's end.
    const after = whole.slice(offset + found.length);
    return short !== undefined && (saysAfter(after, MONEY_AFTER) || saysAfter(after, COUNT_AFTER)) ? `${label}${short}` : label;
  });
}

/** A group of one or two digits right after a number, a space or a dash before it ("… 789 12"), and no more digits. */
const SHORT_TAIL = /^[ -](\d{1,2})(?![\p{N}]|[.,]\d)/u;
/** Digits of a CCCD: a phone-shaped number grouped with a short group after it that makes this many is one ("0123 456 789 12"). */
const CCCD_DIGITS = 12;

/**
 * How many characters after the phone-shaped number `found` at `offset` are the rest of an identity number, or 0: a short group
 * (SHORT_TAIL) after a number an identity word names ("cccd so 0123 456 789 12"), or that makes a grouped number of a CCCD's 12
 * digits ("0123 456 789 12"); not a count or an amount ("… 678 4 nguoi", "… 2 trieu"). Round 42 privacy35: the "12" was kept.
 */
function idNumberTail(text: string, offset: number, found: string, before: string): number {
  const tail = SHORT_TAIL.exec(text.slice(offset + found.length));
  if (!tail) return 0;
  const after = text.slice(offset + found.length + tail[0].length);
  if (saysAfter(after, COUNT_AFTER) || saysAfter(after, MONEY_AFTER)) return 0;
  const grouped = /\d[ -]\d/.test(found) && found.replace(/\D/g, '').length + tail[1]!.length === CCCD_DIGITS;
  return grouped || labelledNear(before, ID_LABELS) ? tail[0].length : 0;
}

/**
 * Phone and identity numbers (CCCD, CMND, social-insurance and bank account numbers) replaced by `label`s, the rest as
 * it is. The money reader reads amounts in what this leaves (with blank labels), so a number masked here is never an
 * amount: it is not summed into an income, nor said back.
 */
export function maskNumbers(typed: string, labels: { phone: string; idNumber: string } = MASKS): string {
  // Most questions have no figure: only numbers said in words are looked for then.
  if (!/\d/.test(typed)) return maskSpokenNumbers(typed, labels);
  const text = typed.replace(GLUED_PHONE, (found: string, label: string, run: string) =>
    GLUED_PHONE_LABELS.has(fold(label.toLowerCase())) && /[OolI]/.test(run) ? `${label} ${run}` : found,
  );
  const cardsMasked = text.replace(INSURANCE_CARD, labels.idNumber);
  // "cmnd cua ba tui 024123456", "so bhyt 0123456789": after an identity word a number shaped like a phone is the paper's number;
  // so is one of a CMND's 9 digits (no phone number, mobile or landline, has 9).
  let phonesMasked = '';
  let from = 0;
  for (const { 0: matched, index: offset } of cardsMasked.matchAll(PHONE)) {
    const found = matched.slice(0, mobileEnd(matched, /^(?:\(?\+\s?84\)?[\s.-]?|\(?84\)?[\s.-]?|0)/.exec(matched)![0].length));
    const before = cardsMasked.slice(0, offset);
    const tail = idNumberTail(cardsMasked, offset, found, before);
    const paper = tail > 0 || (found.replace(/\D/g, '').length === CMND_DIGITS && !phoneLabelled(before)) || labelledNear(before, ID_LABELS);
    phonesMasked += `${cardsMasked.slice(from, offset)}${paper ? labels.idNumber : labels.phone}`;
    from = offset + found.length + tail;
  }
  phonesMasked += cardsMasked.slice(from);
  const spacedMasked = phonesMasked.replace(PHONE_SPACED, (found: string, _separator: string | undefined, offset: number, whole: string) => {
    const lead84 = /^\(?(?:\+|00)/.test(found);
    const digits = found.replace(/\D/g, '').replace(/^(?:00)?84(?:0(?=\d{9}))?/, lead84 ? '' : '$&').length;
    const [fewest, most] = lead84 ? PHONE_SPACED_DIGITS.after84 : PHONE_SPACED_DIGITS.fromZero;
    // "0 7 9 1 2 3 4 5 6 7 8 9": a CCCD (or an account) from its 0 split the same way, too long for a phone (round 28: was kept).
    if (!lead84 && digits > most && digits <= PHONE_SPACED_DIGITS.longestId) return labels.idNumber;
    if (digits < fewest || digits > most) return found;
    // "0 912 345 678 4 nguoi": a mobile's 10 digits, then the household's count.
    const end = lead84 ? found.length : mobileEnd(found, 1);
    return `${labelledNear(whole.slice(0, offset), ID_LABELS) ? labels.idNumber : labels.phone}${found.slice(end)}`;
  });
  const hiddenMasked = spacedMasked.replace(PHONE_HIDDEN, (found: string) => {
    const body = found.replace(/^\(?\+?\s?84\)?[\s.-]?|^[0Oo]/, '').replace(/[\s.-]/g, '');
    const digits = body.replace(/\D/g, '').length;
    const [shortest, longest] = PHONE_HIDDEN_DEFAULTS.length;
    // Only what PHONE left: a number with a hidden digit or a letter for one.
    return (/[^\d]/.test(body) || /^[Oo]/.test(found)) && body.length >= shortest && body.length <= longest && digits >= PHONE_HIDDEN_DEFAULTS.minDigits ? labels.phone : found;
  });
  const letteredMasked = hiddenMasked.replace(PHONE_LETTERED, (found: string, _separator: string | undefined, offset: number, whole: string) => {
    if (!/[OolI]/.test(found)) return found;
    const read = found.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(/\D/g, '');
    const [fewest, most] = PHONE_SPACED_DIGITS.fromZero;
    if (read.length < fewest || read.length > PHONE_SPACED_DIGITS.longestId || found.replace(/\D/g, '').length < PHONE_HIDDEN_DEFAULTS.minDigits) return found;
    // "O.7.9.1.2.3.4.5.6.7.8.9": a CCCD typed so, too long for a phone.
    if (read.length > most) return labels.idNumber;
    return labelledNear(whole.slice(0, offset), ID_LABELS) ? labels.idNumber : labels.phone;
  });
  return maskIdNumbers(maskSpokenNumbers(letteredMasked, labels), labels.idNumber);
}

/**
 * "không" as chat types it ("ko chin ko mot hai ba …", "hok", "k": the spoken forms of lexicon spoken.ts), and the letter O, a
 * zero in a number said digit by digit ("O9 khong mot …"; round 29: such a run was kept as typed).
 */
const ZERO_SPOKEN: ReadonlySet<string> = new Set(
  SPOKEN.filter((entry) => entry.canonical === 'không').flatMap((entry) => [...entry.forms, ...(entry.atEnd ?? [])].map((form) => fold(form))),
);

const SPOKEN_NUMBER_DEFAULTS = {
  /** Digit words in a run ("khong chin mot hai …"): fewer are a count or an amount said in words ("ba bon nguoi", "hai trieu tu"). */
  minDigitWords: 5,
  /** Digits in the run, words and figures together: a phone number has 10, a CMND 9. */
  minDigits: 9,
  /**
   * Digit words enough in a run shaped like a phone (10–11 digits from a 0), its first digits said and the rest typed ("khong chin
   * 1 2 3 4 5 6 7 8"): read before the figures are read as an identity number.
   */
  phoneDigitWords: 2,
} as const;

/**
 * A phone or identity number said digit by digit in words, as a message is dictated or typed to get past a filter
 * ("sdt không chín một hai ba bốn năm sáu bảy tám", "0912 ba bon lam sau bay tam"): a run of words of DIGIT_WORDS and figures
 * joined by spaces, commas, dots or dashes, with at least SPOKEN_NUMBER_DEFAULTS.minDigitWords digit words and minDigits
 * digits, or phoneDigitWords in a run shaped like a phone. A phone's label when it has 10–11 digits from a 0, an identity
 * number's otherwise. "tram", "muoi", "trieu" end the run: an amount said in words ("hai tram nam muoi nghin") has them. Read
 * before identity numbers (maskNumbers), so figures after the words are the same number's.
 */
function maskSpokenNumbers(text: string, labels: { phone: string; idNumber: string }): string {
  const words = wordsOf(text);
  const spans: Array<[number, number, string]> = [];
  const digitsOf = (word: Word) =>
    /^\d+$/.test(word.text)
      ? word.text
      : Object.hasOwn(DIGIT_WORDS, word.folded)
        ? String(DIGIT_WORDS[word.folded])
        : ZERO_SPOKEN.has(word.folded) || /^[Oo]$|^[\dOo]*\d[\dOo]*$/.test(word.text)
          ? word.text.replace(/[Oo]/g, '0').replace(/\D+/g, '') || '0'
          : undefined;
  for (let index = 0; index < words.length; index += 1) {
    if (digitsOf(words[index]!) === undefined) continue;
    let last = index;
    while (last + 1 < words.length && digitsOf(words[last + 1]!) !== undefined && /^[\s,.-]*$/.test(text.slice(words[last]!.end, words[last + 1]!.start))) last += 1;
    const run = words.slice(index, last + 1);
    const digits = run.map((word) => digitsOf(word)!).join('');
    const digitWords = run.filter((word) => !/^\d+$/.test(word.text)).length;
    // "sdt khong chin khong …" with a digit left out: 9 from a 0, after a phone's word, is the phone.
    const phone = digits.startsWith('0') && ((digits.length >= 10 && digits.length <= 11) || (digits.length === CMND_DIGITS && phoneLabelled(text.slice(0, run[0]!.start))));
    if ((digitWords >= SPOKEN_NUMBER_DEFAULTS.minDigitWords && digits.length >= SPOKEN_NUMBER_DEFAULTS.minDigits) || (phone && digitWords >= SPOKEN_NUMBER_DEFAULTS.phoneDigitWords)) {
      spans.push([run[0]!.start, run.at(-1)!.end, phone ? labels.phone : labels.idNumber]);
    }
    index = last;
  }
  return replaceSpans(text, spans, labels.idNumber);
}

/** A capitalised word after a place word that ends the name: a stop word typed without marks ("Chùa" of "xóm Chùa" is a name, not "chưa"). */
const isPlaceStopWord = (word: Word) => isStopWord(word) && !hasMarks(word);

/** The phrase of `phrases` at word `index` whose words are joined by spaces only ("thiên tai, biến đổi khí hậu" is no "tai biến"). */
const spacedPhraseAt = (text: string, words: Word[], index: number, phrases: readonly (readonly string[])[], key = (word: Word) => word.folded) =>
  phrases.find((phrase) => phraseAt(words, index, phrase, key) && phrase.every((_, at) => at === 0 || adjacent(text, words[index + at - 1]!, words[index + at]!)));

/**
 * The [start, end) spans of health conditions ("ung thư", "tieu duong") and addictions, with the kind or organ said right after
 * ("ung thu phoi", "viem gan b": HEALTH_CONDITION_PARTS): sensitive data, never kept as typed.
 */
function healthSpans(text: string): Array<[number, number]> {
  const words = wordsOf(text);
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    const found = spacedPhraseAt(text, words, index, HEALTH_CONDITIONS);
    // "tien su benh tim": a condition that begins inside this one and goes on past it is masked whole from its own start.
    const phrase = found && found.slice(1).some((_, at) => (spacedPhraseAt(text, words, index + 1 + at, HEALTH_CONDITIONS)?.length ?? 0) > found.length - 1 - at) ? undefined : found;
    // "nằm viện Chợ Rẫy", "bv bach mai": a hospital's name right after a stay in it (PERSONAL.hospitals).
    const hospital = HOSPITAL_LEADS.some((lead) => phraseEndingAt(words, index, lead, (word) => word.folded)) && index > 0 && adjacent(text, words[index - 1]!, words[index]!) ? spacedPhraseAt(text, words, index, HOSPITAL_NAMES) : undefined;
    if (!phrase || hospital) {
      if (hospital) spans.push([words[index]!.start, words[(index += hospital.length - 1)]!.end]);
      else if (healthLetterAt(text, words, index)) spans.push([words[index]!.start, words[index]!.end]);
      continue;
    }
    // "phụ nữ mang thai" asks about a group, "có bầu cử" is an election: no member's pregnancy (PERSONAL.pregnancy).
    if (PREGNANCY.has(phrase.join(' ')) && (PREGNANCY_NOT_AFTER.some((before) => phraseEndingAt(words, index, before, (word) => word.folded)) || PREGNANCY_NOT_BEFORE.has(words[index + phrase.length]?.folded ?? ''))) continue;
    // "nha k gan cho" (không gần): a short form of an illness whose first word is another word too only after its lead (healthShortLeads),
    // or, unless its words are everyday words too (healthShortEveryday), right after a relative and the speaker ("ong tui k phoi").
    const leads = HEALTH_SHORT_LEADS[phrase[0]!];
    const endsBefore = (lead: readonly string[]) => phraseEndingAt(words, index, lead, (word) => word.folded);
    if (leads && !leads.some(endsBefore) && (HEALTH_SHORT_EVERYDAY.has(phrase.join(' ')) || !OWN_MEMBERS.some(endsBefore))) continue;
    let last = index + phrase.length - 1;
    for (let part; last + 1 < words.length && adjacent(text, words[last]!, words[last + 1]!) && (part = spacedPhraseAt(text, words, last + 1, HEALTH_CONDITION_PARTS)); ) last += part.length;
    spans.push([words[index]!.start, words[last]!.end]);
    index = last;
  }
  return spans;
}

/** Whether a clause ends right after `word`: the text's end or a mark (, . ; ! ? or a line break). */
const endsClause = (text: string, word: Word) => /^[ \t]*(?:[,.;!?\n]|$)/.test(text.slice(word.end));

/** A phone or a paper's number (masked before names) right after a word, after a dash or a colon or not ("Lý Thị Ngọc Hân - 0912…"). */
const NUMBER_AFTER = new RegExp(`^[ \\t]*[-–:]?[ \\t]*(?:${[MASKS.phone, MASKS.idNumber].map((label) => label.replace(/[[\]]/g, '\\$&')).join('|')})`, 'u');

/** Whether a name ends right after `word`: its clause ends (endsClause) or its phone or paper number follows (NUMBER_AFTER). */
const closesName = (text: string, word: Word) => endsClause(text, word) || NUMBER_AFTER.test(text.slice(word.end));

/**
 * Whether the word at `index` is cancer said by its letter (PERSONAL.healthLetter: "me tui bi K", "nam vien K"): right after a lead,
 * a capital; in lower case only at a clause's end after a relative and the speaker and the lead ("me tui bi k"; "co bi k" asks "không?").
 */
function healthLetterAt(text: string, words: Word[], index: number): boolean {
  const [lead, letter] = [words[index - 1], words[index]!];
  if (!lead || letter.text.toLowerCase() !== PERSONAL.healthLetter.letter || !adjacent(text, lead, letter) || !HEALTH_LETTER_LEADS.has(lead.folded)) return false;
  return startsUpper(letter.text) || (endsClause(text, letter) && OWN_MEMBERS.some((member) => phraseEndingAt(words, index - 1, member, (word) => word.folded)));
}

/** The text with cancer said by its letter written out (healthLetterAt: "me tui bi K" → "me tui bi ung thư"), for the chat to read. */
export function withCancerLetterWritten(text: string): string {
  const words = wordsOf(text);
  const spans = words.flatMap((word, index): Array<[number, number]> => (healthLetterAt(text, words, index) ? [[word.start, word.end]] : []));
  return replaceSpans(text, spans, PERSONAL.healthLetter.written);
}

/**
 * The [start, end) spans of being in prison and of offences ("dang o tu", "ngoi tu", "tien an", "an trom"; "o tu" where a clause
 * ends: HOUSEHOLD_AWAY.absent.prison, PERSONAL.offences): sensitive data (Luật 91/2025/QH15), never kept as typed. Not a phrase
 * inside one of the prison's misread phrases ("bi tu choi", "bi tu ti"), each taken out where it is said, the rest still read.
 */
function offenceSpans(text: string): Array<[number, number, string?]> {
  const words = wordsOf(text);
  const misread = new Set<number>();
  for (let index = 0; index < words.length; index += 1) {
    const phrase = spacedPhraseAt(text, words, index, OFFENCE_MISREAD);
    for (let at = 0; phrase && at < phrase.length; at += 1) misread.add(index + at);
  }
  const spans: Array<[number, number, string?]> = [];
  /** Twins read as an offence or a health history from what their sentence says (twinLabel), with the index of their first word. */
  const either: Array<{ index: number; last: number }> = [];
  for (let index = 0; index < words.length; index += 1) {
    // "o tu" where a clause ends, or before how long ("ong xa tui o tu 2 nam roi"; not "ở từ năm 2020": a year, no count, after it).
    // "chồng tui ở tù tháng 3 mới ra" (round 39 privacy31: was kept as typed): "tù" typed with its mark is prison wherever it stands.
    const atEnd = (found: readonly string[]) => {
      const last = words[index + found.length - 1]!;
      return endsClause(text, last) || last.text.toLowerCase() === 'tù' || TERM_NEXT.test(fold(text.slice(last.end, last.end + 12).toLowerCase()));
    };
    const found =
      spacedPhraseAt(text, words, index, OFFENCES) ??
      spacedPhraseAt(text, words, index, OFFENCES_MARKED, (word) => word.text.toLowerCase()) ??
      [spacedPhraseAt(text, words, index, OFFENCES_AT_CLAUSE_END)].find((phrase) => phrase && atEnd(phrase));
    const twin = found ? undefined : offenceTwinAt(text, words, index);
    const phrase = found ?? twin?.words;
    if (!phrase || phrase.some((_, at) => misread.has(index + at)) || livingSince(text, words, index, phrase) || suffered(text, words, index, phrase)) continue;
    if (twin?.reading === 'either') either.push({ index, last: index + phrase.length - 1 });
    else spans.push(twin?.reading === 'health' ? [words[index]!.start, words[index + phrase.length - 1]!.end, MASKS.health] : [words[index]!.start, words[index + phrase.length - 1]!.end]);
    index += phrase.length - 1;
  }
  const offences = spans.filter(([, , own]) => own === undefined).map(([start]) => words.findIndex((word) => word.start === start));
  const read = either.map(({ index, last }): [number, number, string?] =>
    twinLabel(text, words, index, last, offences) === 'health' ? [words[index]!.start, words[last]!.end, MASKS.health] : [words[index]!.start, words[last]!.end],
  );
  return [...spans, ...read].sort((a, b) => a[0] - b[0]);
}

/**
 * The words of the offence twin at `index` (PERSONAL.offenceTwins: "tien an", "tien su") when it is masked, and how it reads: an
 * offence typed "án"/"sự" or next to its other twin ("tien an tien su"), a health history typed "sử"; after "co"/"bi" where a clause
 * ends ("chong tui co tien an", "me tui co tien su."), not after "ko" nor of the household ("nha tui co tien an": food money), an
 * offence unless the twin has a health reading, then read from its sentence (`either`: twinLabel). Else undefined ("tien an cho
 * con di hoc", "tien su benh").
 */
function offenceTwinAt(text: string, words: Word[], index: number): { words: readonly string[]; reading: 'offence' | 'health' | 'either' } | undefined {
  const twin = TWIN_PHRASES.find(({ words: twin }) => phraseAt(words, index, twin, (word) => word.folded));
  if (!twin || !adjacent(text, words[index]!, words[index + 1]!)) return undefined;
  const [lead, last] = [words[index - 1], words[index + 1]!];
  if (last.text.toLowerCase() === twin.marked || spacedPhraseAt(text, words, index + 2, twin.besides) || twin.besides.some((other) => phraseEndingAt(words, index, other, (word) => word.folded))) return { words: twin.words, reading: 'offence' };
  if (!lead || !TWIN_LEADS.has(lead.folded) || !endsClause(text, last)) return undefined;
  // The word before the lead, past an owner word ("nha tui co tien an": "tui" is whose the household is).
  const owner = index >= 2 && OWNER_WORDS.has(words[index - 2]!.folded) ? 1 : 0;
  const before = words[index - 2 - owner];
  if (before && TWIN_NOT_AFTER.has(before.folded)) return undefined;
  if (HOUSEHOLD_HEADS.some((head) => phraseEndingAt(words, index - 1 - owner, head, (word) => word.folded))) return undefined;
  if (!twin.health) return { words: twin.words, reading: 'offence' };
  return { words: twin.words, reading: last.text.toLowerCase() === twin.health ? 'health' : 'either' };
}

/**
 * How the twin of words `index`..`last` with a health reading reads in its sentence (up to . ; ! ? or a line break): an offence when
 * one is said nearer than an illness (`offences`: the first words of the offences masked; offenceTwins.offenceNear), a health history otherwise, nothing
 * said either way too (offenceTwins: "[sức khỏe]" says nothing against the person).
 */
function twinLabel(text: string, words: Word[], index: number, last: number, offences: readonly number[]): 'offence' | 'health' {
  const sentenceEnds = (at: number) => /[.;!?\n]/.test(text.slice(words[at]!.end, words[at + 1]?.start ?? text.length));
  let [first, end] = [index, last];
  while (first > 0 && !sentenceEnds(first - 1)) first -= 1;
  while (end + 1 < words.length && !sentenceEnds(end)) end += 1;
  const distance = (at: number) => (at < index ? index - at : at - last);
  const nearest = (near: readonly (readonly string[])[]) =>
    Math.min(Infinity, ...words.slice(first, end + 1).flatMap((_, at) => (at + first < index || at + first > last) && spacedPhraseAt(text, words, at + first, near) ? [distance(at + first)] : []));
  const offenceAt = Math.min(nearest(TWIN_OFFENCE_NEAR), ...offences.flatMap((at) => (at >= first && at <= end ? [distance(at)] : [])));
  return offenceAt < nearest(TWIN_HEALTH_NEAR) ? 'offence' : 'health';
}

/** Whether the offence `phrase` at `index` is an act suffered, right after a word saying so ("tui bi cuop giat": a victim, no record). */
function suffered(text: string, words: Word[], index: number, phrase: readonly string[]): boolean {
  if (!SUFFERED_ACTS.has(phrase.join(' ')) || index === 0 || !adjacent(text, words[index - 1]!, words[index]!)) return false;
  return SUFFERED_LEADS.some((lead) => phraseEndingAt(words, index, lead, (word) => word.folded));
}

/** Whether a prison phrase ending in "o tu" goes on as "ở từ" (living there since: "dang o tu thang 3", "o tu 2 nam nay"). */
function livingSince(text: string, words: Word[], index: number, phrase: readonly string[]): boolean {
  if (phrase.slice(-2).join(' ') !== 'o tu') return false;
  // "ở tù tháng 3" typed with the mark of "tù" (prison), not "từ" (round 39 privacy31: was kept as typed, read as "ở từ").
  const last = words[index + phrase.length - 1]!;
  if (last.text.toLowerCase() === 'tù') return false;
  const end = last.end;
  return goesOnSince(fold(text.slice(end, end + 24).toLowerCase()));
}

/** Whether a place word comes right after the number at `at` (a comma at most between): "to 5 khu pho 2", "to 5, ap 3". */
function placeFollows(text: string, words: Word[], at: number): boolean {
  const next = words[at + 1];
  if (!next || !/^[ \t]*,?[ \t]*$/.test(text.slice(words[at]!.end, next.start))) return false;
  return PLACE_UNITS.some((unit) => phraseAt(words, at + 1, unit, (word) => word.folded));
}

/**
 * Whether word `at` goes on with a place's name typed in lower case, after the word before it: next to it, no number, stop word or
 * word closing a clause ("ạ"), as its first word no word going on with the sentence (NAMED_CITY.notNames: "huyen lam ruong"; later
 * "moi" of "cho moi" is a name's), and no other unit or province beginning there.
 */
function goesOnWithName(text: string, words: Word[], at: number, first: boolean): boolean {
  const word = words[at]!;
  if (!adjacent(text, words[at - 1]!, word) || /\p{N}/u.test(word.text) || isStopWord(word) || CLOSING.has(word.folded) || (first && CITY_NOT_NAMES.has(word.folded))) return false;
  return !PLACE_UNITS.some((unit) => phraseAt(words, at, unit, (next) => next.folded)) && !provinceAt(words, at);
}

/**
 * The index of the last word of a name typed in lower case after the commune's or village's unit at `index` ("xa tan phu",
 * "thon dong", "ap binh minh"): words of PLACE_NAME_WORDS, then any words going on with it (goesOnWithName: "xa my xuong"), two
 * words after a unit that begins other words too ("xa hoi", "phuong an ho tro", "ap dung" are kept) unless the unit is typed with
 * its marks ("xã hòa bình"); after a district's or a town's unit (lowerOpen: "huyen cho moi") any words going on with it. Undefined
 * when none.
 */
function lowerPlaceName(text: string, words: Word[], index: number, unit: readonly string[], led: boolean): number | undefined {
  const name = unit.join(' ');
  if (!LOWER_NAMED_UNITS.has(name)) return undefined;
  const at = index + unit.length;
  let last = at - 1;
  while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS) {
    const next = words[last + 1]!;
    if (!PLACE_SYLLABLES.has(next.folded) || (last >= at && !adjacent(text, words[last]!, next))) break;
    last += 1;
  }
  // "huyen cho moi", "thon dong xoai" (round 36: kept as typed): a name of syllables missing from PLACE_NAME_WORDS, after a unit no
  // everyday word begins (an ambiguous one goes on only after two syllables: "xa giao tiep", "cầu an toàn" are kept).
  const ambiguous = LOWER_TWO_WORDS.has(name) && (!(unit.length === 1 && hasMarks(words[index]!)) || name === BRIDGE.word);
  const named = last - at + 1 >= (ambiguous ? 2 : 1) && !(last === at && LOWER_NOT_ALONE.has(words[at]!.folded));
  if (named || LOWER_OPEN.has(name)) while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS && goesOnWithName(text, words, last + 1, last < at)) last += 1;
  if (last - at + 1 < 2 && led && closedTwoWordName(text, words, index, at, LOWER_OPEN.has(name))) last = at + 1;
  const count = last - at + 1;
  if (count === 0 || (count === 1 && LOWER_NOT_ALONE.has(words[at]!.folded))) return undefined;
  // "cầu an toàn": a bridge's word with its marks still says nothing of the one syllable after it.
  return ambiguous && count < 2 ? undefined : last;
}

/**
 * Whether the two words at `at` are a place's name closing the clause after a unit led by "ở"/"tại" or by another place's name (lowerPlaceName's
 * `led`: "o xa my xuong huyen can gio", round 37; round 36: kept as typed): right
 * after a district's unit (lowerOpen) a first word that is a stop word only as a syllable of a province's name ("o huyen can gio":
 * "cần" is the "Cần" of Cần Thơ; `open`), after an ambiguous unit one syllable of PLACE_NAME_WORDS (`open` false: "o xa my xuong");
 * the second word going on with the name, and the end of the text, a mark, another unit or a province right after them. Not a
 * thing the assistant is about ("o huyen can bo", "o huyen ho tro": NAMED_THINGS) nor what a far place is far from ("o xa trung tam").
 */
function closedTwoWordName(text: string, words: Word[], index: number, at: number, open: boolean): boolean {
  const [head, next] = [words[at], words[at + 1]];
  if (!head || !next || !adjacent(text, words[index]!, head) || !goesOnWithName(text, words, at + 1, false)) return false;
  if (NAMED_THINGS.some((thing) => phraseAt(words, at, thing, (word) => word.folded)) || FAR_FROM.some((from) => phraseAt(words, at, from, (word) => word.folded))) return false;
  const first = open ? isStopWord(head) && provinceSyllables().has(head.folded) : PLACE_SYLLABLES.has(head.folded) && !LOWER_NOT_ALONE.has(head.folded);
  const after = words[at + 2];
  return first && (!after || !adjacent(text, next, after) || PLACE_UNITS.some((unit) => phraseAt(words, at + 2, unit, (word) => word.folded)) || provinceAt(words, at + 2));
}

const FAR_FROM = phrases(FAR_AFTER_XA.from);
let provinceWords: ReadonlySet<string> | undefined;
/** The syllables of every province's name, before and since 01/7/2025 (corpus/provinces-2025.yaml), folded; read once. */
const provinceSyllables = () => (provinceWords ??= new Set(Object.entries(loadProvinceMap().byName).flatMap(([before, { now }]) => [before, now]).flatMap((name) => fold(name).split(/[^a-z]+/).filter(Boolean))));
const CITY_NOT_NAMES: ReadonlySet<string> = new Set(NAMED_CITY.notNames);
/** Words closing a clause ("ạ", "nha", "luôn", places.ts FAR_AFTER_XA.closing): never a place name's. */
const CLOSING: ReadonlySet<string> = new Set(FAR_AFTER_XA.closing);
const WORKPLACES = new Set(WORKPLACE_UNITS);
/** Words going on with the sentence after a workplace unit, not its park's name (places.ts NOT_WORKPLACE_NAMES, NAMED_CITY.notNames). */
const NOT_WORKPLACE_NAME = phrases([
  ...NAMED_CITY.notNames.filter((word) => !NOT_WORKPLACE_NAMES.names.includes(word)),
  ...NOT_WORKPLACE_NAMES.words,
  ...WHEN_WORDS.nextYear,
  ...WHEN_WORDS.lastYear,
]);
const BRIDGE_LEADS = new Set<string>(BRIDGE.leads);
const BRIDGE_THINGS = new Set<string>(BRIDGE.things);

/**
 * The index of the last word of a park's name typed in lower case after its workplace unit, its first word at `at` ("kcn song
 * than", "khu cong nghiep vsip"): up to MAX_PLACE_NAME_WORDS words, none a stop word, a number or a word going on with the
 * sentence ("kcn luong 8 trieu", "kcn co tuyen ko"). Undefined when none.
 */
function lowerWorkplaceName(text: string, words: Word[], at: number): number | undefined {
  let last = at - 1;
  while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS) {
    const next = words[last + 1]!;
    if ((last >= at && !adjacent(text, words[last]!, next)) || /\p{N}/u.test(next.text) || isStopWord(next)) break;
    if (NOT_WORKPLACE_NAME.some((phrase) => phraseAt(words, last + 1, phrase, (word) => word.folded))) break;
    last += 1;
  }
  return last >= at ? last : undefined;
}

/** COUNT_AFTER and the words households are counted by ("xã Tân Phú 12 hộ nghèo": columns.ts COUNT_UNITS). */
const PLACE_COUNT_AFTER = [...COUNT_AFTER, ...phrases(COUNT_UNITS.households)];

/**
 * `last`, or the index of the number right after it that is the same place's ("KCN Sóng Thần 2", "ấp Bình Minh 2": round 27, the
 * "2" was kept): one or two digits, no count or amount after it ("xã Tân Phú 4 người", "… 12 hộ nghèo", "kcn Song Than 3 nam").
 */
function nameNumber(text: string, words: Word[], last: number): number {
  const next = words[last + 1];
  if (!next || !adjacent(text, words[last]!, next) || !/^\d{1,2}$/.test(next.text)) return last;
  const after = text.slice(next.end);
  return /^[.,/-]\d/.test(after) || saysAfter(after, PLACE_COUNT_AFTER) || saysAfter(after, MONEY_AFTER) ? last : last + 1;
}

const LEADS = new Set(AREA_LEADS);
/** The short forms of units (places.ts AREA_ABBREVIATIONS: "p", "q", "tx"), folded. */
const SHORT_UNIT_WORDS: ReadonlySet<string> = new Set(Object.keys(AREA_ABBREVIATIONS.words));
/** HOUSE_NUMBER_LEADS and the household said as its own ("nha tui 45 Tran Hung Dao"). */
const HOUSE_NUMBER_LEAD_PHRASES = [...HOUSE_NUMBER_LEADS, ...OWN_HOUSEHOLD].map((lead) => lead.split(' '));
let findProvinces: ReturnType<typeof provinceFinder> | undefined;
/**
 * Whether a province's name starts at word `index`: each name a province had before and since 01/7/2025
 * (corpus/provinces-2025.yaml) and the other names people call them by, read by the lexicon's one province reader
 * (provinceFinder, longest name first). The names are read once, when first needed.
 */
function provinceAt(words: Word[], index: number): boolean {
  return provinceLength(words, index) > 0;
}

/** How many words of a province's name start at word `index` (provinceAt), 0 when none. */
function provinceLength(words: Word[], index: number): number {
  findProvinces ??= provinceFinder(Object.entries(loadProvinceMap().byName).flatMap(([before, { now }]) => [before, now]));
  const found = findProvinces(words.slice(index).map((word) => word.folded))[0];
  return found?.start === 0 ? found.length : 0;
}

let districts: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;
/**
 * The district level's names (corpus/provinces-2025.yaml districts), lower case, by their first word folded, longest first; read
 * once. A name of two words or more is also read typed as one ("Sapa", "Krongpac"; round 40 privacy32: "o Sapa" was kept as typed),
 * unless its words are everyday words too (DISTRICT_NAMES_SAID closedOnly, plainEveryday: read only with what is around them).
 */
function districtNames(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (districts) return districts;
  const byFirst = new Map<string, string[][]>();
  const add = (parts: string[]) => byFirst.set(fold(parts[0]!), [...(byFirst.get(fold(parts[0]!)) ?? []), parts]);
  for (const name of loadDistrictNames()) {
    const parts = name.normalize('NFC').toLowerCase().split(/\s+/);
    add(parts);
    const key = parts.map(fold).join(' ');
    if (parts.length > 1 && !DISTRICT_CLOSED_ONLY.has(key) && !DISTRICT_PLAIN_EVERYDAY.has(key)) add([parts.join('')]);
  }
  for (const names of byFirst.values()) names.sort((a, b) => b.length - a.length);
  return (districts = byFirst);
}
const DISTRICT_NOT_BEFORE = new Set(DISTRICT_NAMES_SAID.notBefore);
const DISTRICT_CLOSED_ONLY = new Set(DISTRICT_NAMES_SAID.closedOnly);
const DISTRICT_PLAIN_EVERYDAY = new Set(DISTRICT_NAMES_SAID.plainEveryday);

/**
 * The index of the last word of a district-level unit's name starting at word `at` (DISTRICT_NAMES_SAID: "cu chi", "Buôn Ma Thuột"):
 * its words next to each other, each typed with marks the name's own; not before a word of notBefore, and one of closedOnly only
 * capitalised, where a clause ends, or before another place or a province. Undefined when none.
 */
function districtAt(text: string, words: Word[], at: number): number | undefined {
  const head = words[at];
  const names = head && districtNames().get(head.folded);
  const name = names?.find((parts) =>
    parts.every((part, offset) => {
      const word = words[at + offset];
      return word !== undefined && (offset === 0 || adjacent(text, words[at + offset - 1]!, word)) && (hasMarks(word) ? word.text.toLowerCase().replace(APOSTROPHES, '') === part : word.folded === fold(part));
    }),
  );
  // "Yen Lac vinh phuc": a province's name as long or longer from the same word is the province's (not "Vinh" and "phuc").
  if (!name || provinceLength(words, at) >= name.length) return undefined;
  const last = at + name.length - 1;
  const next = words[last + 1];
  const nextJoined = next !== undefined && adjacent(text, words[last]!, next);
  if (nextJoined && DISTRICT_NOT_BEFORE.has(next.folded)) return undefined;
  const placeNext = PLACE_UNITS.some((unit) => phraseAt(words, last + 1, unit, (word) => word.folded)) || provinceAt(words, last + 1);
  const key = name.map(fold).join(' ');
  // "o la gi", "xa Tan Phu van ho tro": typed plain in lower case, everyday words unless another place follows.
  if (DISTRICT_PLAIN_EVERYDAY.has(key) && !startsUpper(words[at]!.text) && !words.slice(at, last + 1).some(hasMarks) && !placeNext) return undefined;
  const closed = !nextJoined || startsUpper(words[at]!.text) || placeNext;
  return DISTRICT_CLOSED_ONLY.has(key) && !closed ? undefined : last;
}

/**
 * The index of the last word of a district's or a commune's name said with no unit after "ở", "tại" (AREA_LEADS): "nha tui o
 * phu giao", "o Tan Phu" (round 21: kept as typed), two or three syllables of PLACE_NAME_WORDS; undefined for a province
 * (provinceAt: "o vinh long", "o an giang" say which province's plan applies, no one's address), a count ("o hai nam": two
 * years) or one syllable ("o an").
 */
function placeAfterLead(text: string, words: Word[], at: number): number | undefined {
  const head = words[at];
  if (!head || !adjacent(text, words[at - 1]!, head)) return undefined;
  // "nha o cu chi", "tui o buon ma thuot", "o tam binh" (its first word a count's too): a district-level unit's name (round 38
  // privacy30: was kept as typed); one longer than the province it begins with too ("o dien bien phu", round 39 privacy31).
  const district = districtAt(text, words, at);
  if (district === undefined && provinceAt(words, at)) return undefined;
  if (district === undefined && Object.hasOwn(DIGIT_WORDS, head.folded)) return undefined;
  let last = at - 1;
  // "o phu giao binh duong": the name ends where the province's begins.
  while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS && PLACE_SYLLABLES.has(words[last + 1]!.folded) && (last < at || (adjacent(text, words[last]!, words[last + 1]!) && !provinceAt(words, last + 1)))) last += 1;
  return district !== undefined && district >= last ? district : last - at + 1 >= 2 ? last : undefined;
}

/** The city words of places.ts NAMED_CITY ("tp", "thanh pho"), folded. */
const CITY_WORDS = phrases(NAMED_CITY.words);

/**
 * The index of the last word of a city's name after its city word, its first word at `at` ("TP Vinh", "tui o tp ha long", "thành
 * phố Bảo Lộc"; round 40 privacy32: "TP Vinh", "tp ha long" were kept as typed): a district-level unit's name or two syllables of
 * PLACE_NAME_WORDS (placeAfterLead), or capitalised words in a text not typed in title case, none a word of the sentence going on
 * (NAMED_CITY.notNames: "o tp Lam thue"). Not a province's ("tp Cần Thơ", "tp hcm": which province's plan applies, no one's address);
 * the city word stays ("tp [địa chỉ]": the area reader reads a city named). Undefined when none.
 */
function cityName(text: string, words: Word[], at: number): number | undefined {
  const named = placeAfterLead(text, words, at);
  if (named !== undefined) return named;
  const head = words[at];
  const capitalisedName = (word: Word) => startsUpper(word.text) && !/\p{N}/u.test(word.text) && !CITY_NOT_NAMES.has(word.folded) && !isPlaceStopWord(word) && !provinceAt(words, words.indexOf(word));
  if (!head || !adjacent(text, words[at - 1]!, head) || !capitalisedName(head) || typedCapitalised(text)) return undefined;
  let last = at;
  while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS && adjacent(text, words[last]!, words[last + 1]!) && capitalisedName(words[last + 1]!)) last += 1;
  return last;
}

/** Words right before a capitalised name that make it a person's ("ten Thanh Ha", "tui la Thanh Ha", "chi Thanh Ha"), folded. */
const PERSON_BEFORE = new Set(['ten', 'la', ...[...TITLES, ...SHORT_TITLES].map(fold)]);

/**
 * Whether the district's name at words `at`..`last` is one of two words or more, each capitalised, inside a sentence (or alone in
 * it) of a text not typed in title case, after no capitalised word nor a word of PERSON_BEFORE ("ban Na Hang", "o gan cho Lục Ngạn": a place wherever
 * it stands; round 39 privacy31, "ban Na Hang" was kept as typed). Not "Nguyễn Kim Sơn", "chị Thanh Hà": a person's name.
 */
function capitalisedDistrict(text: string, words: Word[], at: number, last: number, titleCase: boolean): boolean {
  const before = words[at - 1];
  if (titleCase || last === at || (before && (startsUpper(before.text) || PERSON_BEFORE.has(before.folded)))) return false;
  // "Cư M'gar" answering where: the name alone in its sentence is the place's (round 40 privacy32: was kept as typed).
  if (/(?:^|[.!?\n])[\s"'(]*$/u.test(text.slice(0, words[at]!.start)) && !endsClause(text, words[last]!)) return false;
  return words.slice(at, last + 1).every((word) => startsUpper(word.text));
}

/** The words before a province's name ("tỉnh", "thành phố", "tp"), folded. */
const PROVINCE_PREFIXES = phrases(PROVINCES.prefixes.map(fold));
/** Whether a province's name starts at word `at`, a comma at most before it ("cu chi tp hcm", "Can Duoc, Long An"). */
function provinceAfter(text: string, words: Word[], at: number): boolean {
  const next = words[at];
  if (!next || !/^[ \t]*,?[ \t]*$/.test(text.slice(words[at - 1]!.end, next.start))) return false;
  return provinceAt(words, at) || PROVINCE_PREFIXES.some((prefix) => phraseAt(words, at, prefix, (word) => word.folded) && provinceAt(words, at + prefix.length));
}

/**
 * The index of the last word of a house number and a street, with no place word ("123 Le Loi", "o 45 Tran Hung Dao",
 * "123/4 nguyen trai", "12 Hai Ba Trung"): a number (with the pieces glued to it: "123/4", "12A"), then two capitalised words,
 * the first a surname or no word of notNameWords, or a surname no everyday word is typed like in lower case (titleSurnames)
 * and another word; or the house's number alone after "số" before a place word ("so 5 hem 3": HOUSE_NUMBER_WORDS). Not in a
 * text typed in title case unless the number opens it, nor before a money or count word ("5 Trieu": an amount). A word glued
 * to what follows ("p2") ends the name. Undefined when none.
 */
function streetAfterNumber(text: string, words: Word[], index: number, titleCase: boolean): number | undefined {
  const number = words[index]!;
  // In title case only a number that opens the text ("12 Hai Ba Trung" sent alone): after a word its capitals say nothing.
  if ((titleCase && index > 0) || !/^\d{1,4}[a-zA-Z]?$/.test(number.text) || /[\p{N}.,]$/u.test(text.slice(0, number.start))) return undefined;
  const glued = /^[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}]+)*/u.exec(text.slice(number.start))![0];
  // A house number opens the text, has its pieces ("123/4", "12A") or follows an address word (HOUSE_NUMBER_LEAD_PHRASES).
  const housePieces = glued.length > number.text.length || /[a-zA-Z]$/.test(number.text);
  if (index > 0 && !housePieces && !HOUSE_NUMBER_LEAD_PHRASES.some((lead) => phraseEndingAt(words, index, lead, (word) => word.folded))) return undefined;
  let at = index + 1;
  while (at < words.length && words[at]!.start < number.start + glued.length) at += 1;
  // "so 5 hem 3 Nguyen Trai": the house's number before the alley's or the hamlet's place word.
  if (index > 0 && HOUSE_NUMBER_WORDS.includes(words[index - 1]!.folded) && placeFollows(text, words, at - 1)) return at - 1;
  const [surname, next] = [words[at], words[at + 1]];
  if (!surname || !next || !/^[ \t]+$/.test(text.slice(number.start + glued.length, surname.start)) || !adjacent(text, surname, next) || /\p{N}/u.test(next.text)) return undefined;
  if (saysAfter(text.slice(number.start + glued.length), MONEY_AFTER) || saysAfter(text.slice(number.start + glued.length), COUNT_AFTER)) return undefined;
  // "12 Hai Ba Trung", "o 5 Ba Thang Hai": a street named otherwise than after a surname, capitalised, is a street too.
  const capitalisedName = startsUpper(surname.text) && startsUpper(next.text) && (SURNAME_KEYS.has(surname.folded) || (!NOT_NAME_WORDS.has(surname.folded) && !isStopWord(surname)));
  if (!capitalisedName && !(isLowerSurname(surname) && !isStopWord(next))) return undefined;
  let last = at + 1;
  while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS && adjacent(text, words[last]!, words[last + 1]!) && /^(?:[\s,.;:!?]|$)/.test(text.slice(words[last + 1]!.end)) && (capitalisedName ? startsUpper(words[last + 1]!.text) : !isStopWord(words[last + 1]!))) last += 1;
  return last;
}

/**
 * Whether a person's name typed in lower case begins at word `at`, a street's after its unit or its house number ("duong le loi",
 * "duong ly thuong kiet", "so nha 12 le loi"): a surname that is an everyday word too ("lê", "lý"), no middle name, then a word of
 * the name (not "duong vo nha tui": the way home; not "duong van tuan": Dương Văn Tuấn).
 */
function lowerStreetOfSurname(text: string, words: Word[], at: number): boolean {
  const [head, after] = [words[at], words[at + 1]];
  return head !== undefined && !startsUpper(head.text) && SURNAME_KEYS.has(head.folded) && !MIDDLE_NAMES.has(head.text.toLowerCase()) && after !== undefined && adjacent(text, head, after) && !isStopWord(after) && !/\p{N}/u.test(after.text);
}

/**
 * The index of the first word of a place's name said after its unit, words `unit`..`at` - 1 (placeUnits.namedAs: "[xa] cu ten la an
 * binh", "[ap] tui ten Binh Minh"): maybe one of `between`, then the longest of `says`, then a word that is no number, stop word nor
 * unit, no mark between them; undefined when none, or when the unit is an everyday word there and no `between` follows it ("tui o xa
 * ten la Hung": "ở xa", far; namedAs.everydayAfter).
 */
function nameSaidAt(text: string, words: Word[], unit: number, at: number): number | undefined {
  if (!words[at] || !adjacent(text, words[at - 1]!, words[at]!)) return undefined;
  const between = spacedPhraseAt(text, words, at, NAMED_AS_BETWEEN)?.length ?? 0;
  const [lead, head] = [words[unit - 1], words[unit]!];
  // "tui o xa tui ten la Hung" (round 39 privacy31: was "[địa chỉ]"): after "ở xa" (far) the speaker alone opens their own name.
  const speakerOnly = between === 1 && OWNER_WORDS.has(words[at]!.folded);
  if ((!between || speakerOnly) && at - unit === 1 && lead && head.text.toLowerCase() === head.folded && NAMED_AS_EVERYDAY_AFTER[head.folded]?.includes(lead.folded)) return undefined;
  if (between && (!words[at + between] || !adjacent(text, words[at + between - 1]!, words[at + between]!))) return undefined;
  const says = spacedPhraseAt(text, words, at + between, NAMED_AS_SAYS);
  if (!says) return undefined;
  // "phuong cu ten la phuong 5": a unit after it is read as its own.
  const first = at + between + says.length;
  const name = words[first];
  if (!name || !adjacent(text, words[first - 1]!, name) || /\p{N}/u.test(name.text) || isStopWord(name) || PLACE_UNITS.some((unit) => phraseAt(words, first, unit, (word) => word.folded))) return undefined;
  return first;
}

/** The index of the last word of a place's name typed in lower case from word `at`: up to MAX_PLACE_NAME_WORDS, to a number or a stop word. */
function lowerNameEnd(text: string, words: Word[], at: number): number {
  let last = at;
  while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS) {
    const next = words[last + 1]!;
    if (!adjacent(text, words[last]!, next) || /\p{N}/u.test(next.text) || isStopWord(next)) break;
    last += 1;
  }
  return last;
}

/**
 * The [start, end) spans of a village's or a smaller place's number or name after its place word ("thôn 2", "ấp Bình Minh"),
 * and of a district's or a commune's name after "ở" with no unit (placeAfterLead).
 */
function placeSpans(text: string): Array<[number, number]> {
  const words = wordsOf(text);
  let capitalised: boolean | undefined;
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    // "p binh tri dong q binh tan" (round 36: kept as typed): a unit's short form before a name in lower case, read as after "ở".
    const led = LEADS.has(words[index]!.folded) || SHORT_UNIT_WORDS.has(words[index]!.folded) ? placeAfterLead(text, words, index + 1) : undefined;
    if (led !== undefined) {
      spans.push([words[index + 1]!.start, words[led]!.end]);
      index = led;
      continue;
    }
    const city = CITY_WORDS.find((phrase) => phraseAt(words, index, phrase, (word) => word.folded));
    const cityLast = city && cityName(text, words, index + city.length);
    if (cityLast !== undefined) {
      spans.push([words[index + city!.length]!.start, words[cityLast]!.end]);
      index = cityLast;
      continue;
    }
    // "ap 3 Long Hoa Can Duoc", "xa Tan Phu, Cu Chi", "cu chi tp hcm": a district-level unit's name right after another place's name
    // or number, or before a province (round 38 privacy30: kept as typed); right after it, one place's parts, one label.
    const afterPlace = index > 0 && spans.at(-1)?.[1] === words[index - 1]!.end && /^[ \t]*,?[ \t]*$/.test(text.slice(words[index - 1]!.end, words[index]!.start));
    const district = districtAt(text, words, index);
    if (district !== undefined && (afterPlace || provinceAfter(text, words, district + 1) || capitalisedDistrict(text, words, index, district, (capitalised ??= typedCapitalised(text))))) {
      if (afterPlace && adjacent(text, words[index - 1]!, words[index]!)) spans.at(-1)![1] = words[district]!.end;
      else spans.push([words[index]!.start, words[district]!.end]);
      index = district;
      continue;
    }
    const street = streetAfterNumber(text, words, index, (capitalised ??= typedCapitalised(text)));
    if (street !== undefined) {
      spans.push([words[index]!.start, words[street]!.end]);
      index = street;
      continue;
    }
    const unit = PLACE_UNITS.find((unit) => phraseAt(words, index, unit, (word) => word.folded));
    if (!unit) continue;
    // "văn bản quy định", "bình quân", "thành phố": the unit's word is another word's second syllable (UNIT_NOT_AFTER).
    if (unit.length === 1 && index > 0 && UNIT_NOT_AFTER[unit[0]!]?.includes(words[index - 1]!.folded)) continue;
    const marked = unit.length === 1 ? PLACE_UNITS_MARKED[unit[0]!] : undefined;
    // "gan cau Long Binh": "cau" typed plain is the bridge after a word of where something stands (BRIDGE.leads), the uncle otherwise.
    const bridgeLed = unit[0] === BRIDGE.word && index > 0 && adjacent(text, words[index - 1]!, words[index]!) && BRIDGE_LEADS.has(words[index - 1]!.folded);
    const at = index + unit.length;
    // "xa cu ten la an binh": the place's name said after its unit (placeUnits.namedAs), not a person's.
    const namedAt = LOWER_NAMED_UNITS.has(unit.join(' ')) ? nameSaidAt(text, words, index, at) : undefined;
    if (namedAt !== undefined) {
      const last = lowerNameEnd(text, words, namedAt);
      spans.push([words[namedAt]!.start, words[last]!.end]);
      index = last;
      continue;
    }
    const head = words[at];
    if (!head || !joined(text, words[at - 1]!, head)) continue;
    // "làm cầu Cống", "cầu Tiêu": a thing made with the bridge's word, as typed with its marks, no name after it (BRIDGE.things).
    // A person's full name or a title after it is whose it is, not the bridge's name ("cầu Cống Nguyễn Văn A", "cầu Cống Bà Hai":
    // round 29, was "cầu [địa chỉ] A"): the thing kept as typed, the name left to the name reader.
    if (unit[0] === BRIDGE.word && BRIDGE_THINGS.has(head.text.toLowerCase())) {
      const next = words[at + 1];
      if (!(next && adjacent(text, head, next) && startsUpper(next.text)) || startsPersonName(text, words, at + 1)) continue;
    }
    // "duong Le Loi": a unit of capitalisedUnmarked before a capitalised name, in a sentence not typed in title case.
    const namedUnmarked = marked !== undefined && CAPITALISED_UNMARKED.has(unit[0]!) && startsUpper(head.text) && !NOT_NAME_WORDS.has(head.folded) && !(capitalised ??= typedCapitalised(text));
    // "duong le loi", "duong ly thuong kiet": after the same unit, a person's name typed in lower case whose surname is an everyday
    // word too ("lê", "lý"), a word of the name after it (not "duong vo nha tui": the way home; not "duong van tuan": Dương Văn Tuấn).
    const streetOfSurname = marked !== undefined && CAPITALISED_UNMARKED.has(unit[0]!) && lowerStreetOfSurname(text, words, at);
    // "o quan 5": a unit of numberedUnmarked before its number, which neither counts nor is an amount ("binh quan 5 trieu").
    const numberedUnmarked =
      marked !== undefined && NUMBERED_UNMARKED.has(unit[0]!) && /^\d{1,2}$/.test(head.text) && !saysAfter(text.slice(head.end), MONEY_AFTER) && !saysAfter(text.slice(head.end), COUNT_AFTER);
    // "o quan binh thanh", "phuong 5 quan go vap" (round 36: kept as typed): a district's unit of lowerOpen typed without its marks,
    // after "ở"/"tại" or a place's number, before its name in lower case (lowerPlaceName reads two words of it).
    const ledUnmarked = marked !== undefined && LOWER_OPEN.has(unit[0]!) && index > 0 && (LEADS.has(words[index - 1]!.folded) || /^\d{1,3}$/.test(words[index - 1]!.text)) && !startsUpper(head.text);
    // "em o ban Pa Khoang" (round 39 privacy31: kept as typed): a village's unit typed plain after "ở", then two capitalised words.
    const second = words[at + 1];
    const ledCapitalised = marked !== undefined && LED_CAPITALISED.has(unit[0]!) && index > 0 && LEADS.has(words[index - 1]!.folded) && startsUpper(head.text) && second !== undefined && adjacent(text, head, second) && startsUpper(second.text) && !(capitalised ??= typedCapitalised(text));
    // "o quan an ngon", "o xa an toan", "o huyen can giup": a unit typed without its marks that the words after it make other words
    // (placeUnits.notBefore: a shop, "ở xa" far and safe, "cần giúp"; round 37: the last two were "[địa chỉ]").
    if (!hasMarks(words[index]!) && UNIT_NOT_BEFORE[unit[0]!]?.some((word) => phraseAt(words, at, word, (next) => next.folded))) continue;
    // "quản lý", "tô", "bạn": a unit's word typed with other marks is another word.
    if (marked !== undefined && hasMarks(words[index]!) && words[index]!.text.toLowerCase() !== marked) continue;
    if (marked !== undefined && words[index]!.text.toLowerCase() !== marked && !(/^\p{N}/u.test(head.text) && placeFollows(text, words, at)) && !isLowerSurname(head) && !namedUnmarked && !bridgeLed && !streetOfSurname && !numberedUnmarked && !ledUnmarked && !ledCapitalised) continue;
    // "nong thon 1.500.000 đồng": an amount after the unit, not its number.
    if (/^\d{1,3}(?:\.\d{3})+(?!\d)/.test(text.slice(head.start))) continue;
    if (/^\p{N}/u.test(head.text) && !PLACE_NAME_ONLY.has(unit[0]!)) {
      // "tổ 12/3", "số nhà 45-47": the pieces joined without a space go with it.
      const glued = /^[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}]+)*/u.exec(text.slice(head.start))![0];
      // The number's glued pieces first ("hẻm 12/4": was the loop's end, so "Nguyễn Trãi" after it was kept as typed).
      let number = at;
      while (number + 1 < words.length && words[number + 1]!.start < head.start + glued.length) number += 1;
      // "ấp 5 Long Hòa": a name after the number is the same place's.
      let last = number;
      while (last + 1 < words.length && last + 1 - number <= MAX_PLACE_NAME_WORDS) {
        const next = words[last + 1]!;
        // "ap 2 Tan Thanh Cu Chi": a district's name after it is read whole, as the next part (round 38 attack pass: was "[địa chỉ] Chi").
        if (!adjacent(text, words[last]!, next) || !startsUpper(next.text) || isStopWord(next) || /\p{N}/u.test(next.text) || (last > number && districtAt(text, words, last + 1) !== undefined)) break;
        // "ấp 3 Nguyễn Văn A": a person after the number, masked as a name (a street's name after "hẻm 12" stays the address's).
        if (!STREET_UNITS.has(unit.join(' ')) && fullName(text, words, last + 1) !== undefined) break;
        last += 1;
      }
      // "dia chi 45 tran hung dao", "so nha 12 le loi": a street's name typed in lower case after an address's number, not a place
      // word that opens the next part ("hem 12 duong Le Loi"; round 35: was "dia chi [địa chỉ] tran hung dao").
      if (last === number && STREET_UNITS.has(unit.join(' ')) && number + 1 < words.length && adjacent(text, words[number]!, words[number + 1]!) && !PLACE_UNITS.some((next) => phraseAt(words, number + 1, next, (word) => word.folded)) && lowerStreetOfSurname(text, words, number + 1)) last = lowerNameEnd(text, words, number + 1);
      spans.push([head.start, last > number ? words[last]!.end : head.start + glued.length]);
      index = last;
      continue;
    }
    if (/\p{N}/u.test(head.text)) continue;
    if (isLowerSurname(head) || streetOfSurname) {
      // "duong nguyen trai", "hem tran hung dao": a place named after a person, typed in lower case.
      const last = lowerNameEnd(text, words, at);
      spans.push([head.start, words[last]!.end]);
      index = last;
      continue;
    }
    if (!startsUpper(head.text)) {
      // "o xa my xuong huyen can gio": a unit right after another place's name is led as one after "ở" (round 37: was kept as typed).
      const led = index > 0 && (LEADS.has(words[index - 1]!.folded) || spans.at(-1)?.[1] === words[index - 1]!.end);
      const last = WORKPLACES.has(unit.join(' ')) ? lowerWorkplaceName(text, words, at) : lowerPlaceName(text, words, index, unit, led);
      if (last !== undefined) {
        index = nameNumber(text, words, last);
        spans.push([head.start, words[index]!.end]);
      }
      continue;
    }
    // "Ở Xã Không …" typed in title case: a stop word; after a unit in lower case, or one capitalised as a sentence's first word,
    // the capital says a name ("xom Chua", "Xom Chua co dien chua": round 20).
    const titleCase = startsUpper(words[index]!.text) && !/(?:^|[.!?\n])[\s"'(]*$/u.test(text.slice(0, words[index]!.start));
    if (isPlaceStopWord(head) && titleCase) continue;
    // "xã ĐBKK", "xa NTM": a kind of commune said by its abbreviation (lexicon ABBREVIATIONS), no commune's name.
    if (Object.hasOwn(ABBREVIATIONS, head.folded.toLowerCase())) continue;
    let last = at;
    while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS) {
      const next = words[last + 1]!;
      // "xóm Chùa Nguyễn Văn Tèo", "ấp Bình Minh Trần Thị Lan": the place's name ends where a person's full name begins, which
      // the name reader masks whole (round 29: was "xóm [địa chỉ] Tèo", the given name kept).
      if (!adjacent(text, words[last]!, next) || !startsUpper(next.text) || isPlaceStopWord(next) || fullName(text, words, last + 1) !== undefined || districtAt(text, words, last + 1) !== undefined) break;
      last += 1;
    }
    // "XA NOI VAY" (xa nơi vay), "Nha O Xa Noi Vay Von": in a text whose every word is capitalised, a unit that is an everyday
    // word too (lowerTwoWords) typed without marks, with one word after it that no place name is made of, is that word.
    if (last === at && !PLACE_SYLLABLES.has(head.folded) && LOWER_TWO_WORDS.has(unit.join(' ')) && !hasMarks(words[index]!) && (capitalised ??= typedCapitalised(text))) continue;
    index = nameNumber(text, words, last);
    spans.push([head.start, words[index]!.end]);
  }
  return outsideEthnicGroups(text, spans);
}

const SCHOOL_WORDS = longestFirst(PERSONAL.schools.words);
/** The first words of SCHOOL_WORDS: a word that is none of them begins no school's words. */
const SCHOOL_FIRST_WORDS = new Set(SCHOOL_WORDS.map((phrase) => phrase[0]!));
const SCHOOL_CAPITALISED_ONLY = new Set(PERSONAL.schools.capitalisedOnly);
const SCHOOL_KINDS = phrases(PERSONAL.schools.kinds);

/**
 * The index of the last word of a school's name starting at `at`, after its words (schoolSpans), or undefined: capitalised words
 * in a text not typed in title case ("THCS Nguyen Du", "tiểu học Kim Đồng"), not a place's word ("truong THCS Xa …": the
 * commune's name is the place reader's) nor an everyday word of notNameWords ("truong Dan toc …"); otherwise, unless the
 * school's words say one only before a capital (`capitalisedOnly`), a person's name typed in lower case ("truong nguyen du")
 * or two syllables or more of a place's name ("truong kim dong", "mau giao hoa sen").
 */
function schoolName(text: string, words: Word[], at: number, titleCase: boolean, capitalisedOnly: boolean): number | undefined {
  const head = words[at];
  if (!head || !adjacent(text, words[at - 1]!, head) || /\p{N}/u.test(head.text) || isPlaceStopWord(head)) return undefined;
  let last = at;
  const goesOn = (next: Word) => last + 1 - at < MAX_NAME_WORDS && adjacent(text, words[last]!, next) && !/\p{N}/u.test(next.text) && !isPlaceStopWord(next);
  if (startsUpper(head.text) && !titleCase) {
    if (NOT_NAME_WORDS.has(head.folded) && !SURNAME_KEYS.has(head.folded)) return undefined;
    // A school named after a person ("truong Tran Van On"): the capitalised word after its middle name is the given name, though a
    // stop word ("Ơn", "On"; round 42 privacy36: was "[tên trường] On").
    const given = (next: Word) => MIDDLE_NAMES.has(words[last]!.text.toLowerCase()) && last > at && last + 1 - at < MAX_NAME_WORDS && adjacent(text, words[last]!, next) && !/\p{N}/u.test(next.text);
    while (last + 1 < words.length && (goesOn(words[last + 1]!) || given(words[last + 1]!)) && startsUpper(words[last + 1]!.text)) last += 1;
    return last;
  }
  if (capitalisedOnly) return undefined;
  if (isLowerSurname(head)) {
    while (last + 1 < words.length && goesOn(words[last + 1]!)) last += 1;
    return last;
  }
  while (last + 1 < words.length && last + 1 - at < MAX_PLACE_NAME_WORDS && goesOn(words[last + 1]!) && PLACE_SYLLABLES.has(words[last + 1]!.folded)) last += 1;
  return PLACE_SYLLABLES.has(head.folded) && last > at ? last : undefined;
}

/**
 * The [start, end) spans of a school's name after a run of its words (PERSONAL.schools: "trường THCS Nguyễn Du", "tiểu học Kim
 * Đồng", "truong mau giao Hoa Sen"): where a child is every day. Not a full name that begins with the surname Trương ("Truong
 * Thi Lan": the name reader's).
 */
function schoolSpans(text: string): Array<[number, number]> {
  const words = wordsOf(text);
  let titleCase: boolean | undefined;
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    let at = index;
    let capitalisedOnly = true;
    for (;;) {
      // "hoc het cap 2": the text may end with the school's words.
      const fits = (phrase: readonly string[]) => (at === index || adjacent(text, words[at - 1]!, words[at]!)) && phraseAt(words, at, phrase, (word) => word.folded);
      const school = at < words.length && SCHOOL_FIRST_WORDS.has(words[at]!.folded) ? SCHOOL_WORDS.find(fits) : undefined;
      // "tieu hoc Ban tru Kim Dong": its kind after the school's words is no name.
      const kind = school ?? (at > index && at < words.length ? SCHOOL_KINDS.find(fits) : undefined);
      if (!kind) break;
      if (school) capitalisedOnly &&= SCHOOL_CAPITALISED_ONLY.has(school.join(' '));
      at += kind.length;
    }
    // "Truong Thi Lan": the surname Trương and a middle name; "hoc Truong Kim Dong" (no "Thị"/"Văn") is the school's.
    const middle = words[index + 1];
    if (at === index || (fullName(text, words, index) !== undefined && middle !== undefined && (MIDDLE_NAMES.has(middle.text.toLowerCase()) || CAPITAL_MIDDLE_NAMES.has(middle.text)))) continue;
    const last = schoolName(text, words, at, (titleCase ??= typedCapitalised(text)), capitalisedOnly);
    if (last !== undefined) spans.push([words[at]!.start, words[last]!.end]);
    index = last ?? at - 1;
  }
  return spans;
}

/** Short forms in any case ("kp", "KP", "Kp"), as a pattern matched with case (a capital is read after it). */
const anyCase = (forms: readonly string[]) => forms.map(eitherCase).join('|');
const SHORT_FORMS = anyCase(Object.keys(AREA_ABBREVIATIONS.words));
const NUMBERED_FORMS = anyCase(AREA_ABBREVIATIONS.beforeNumber);
/**
 * A numbered unit's short form (`beforeNumber`: places.ts AREA_ABBREVIATIONS, as the household reader writes them out) with
 * its number, right after it or after a dot ("kp 3", "kp3", "p2 q5", "tdp 4", "KP.3", "P.7"); the pieces glued to the number
 * go with it ("kp 3/2"). Not "TT.07/2021" nor "tt.07" (a circular: thị trấn and thị xã have names, not numbers). Group 1 is
 * the number.
 */
const SHORT_UNIT_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${NUMBERED_FORMS})(?:[ \\t]?|\\.[ \\t]*)(\\d+(?:[/-][\\p{L}\\p{N}]+)*)(?![\\p{L}\\p{N}])`,
  'gu',
);
/**
 * A unit's short form with a name after it: after any form and a dot ("Q.Bình Thạnh", "TX.Sơn Tây") or a form of `beforeName`
 * ("TX Sơn Tây"); a name's words have two letters or more ("Q.Đ 24" is a quyết định). Group 1 is the name.
 */
const SHORT_UNIT_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:(?:${SHORT_FORMS})\\.[ \\t]*|(?:${anyCase(AREA_ABBREVIATIONS.beforeName)})[ \\t]+)(\\p{Lu}\\p{L}+(?:[ \\t]\\p{Lu}\\p{L}+){0,${MAX_PLACE_NAME_WORDS - 1}})`,
  'gu',
);

/** The [start, end) spans of the number or name after a unit's short form (SHORT_UNIT_NUMBER, SHORT_UNIT_NAME), in order. */
function shortUnitSpans(text: string): Array<[number, number]> {
  const spans = [...text.matchAll(SHORT_UNIT_NUMBER), ...text.matchAll(SHORT_UNIT_NAME)].map((match): [number, number] => {
    const end = match.index + match[0].length;
    return [end - match[1]!.length, end];
  });
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * `text` with its full-width forms as their plain characters (NFKC of them: "０９１２ ３４５ ６７８" is "0912 345 678", "ｓｄｔ" is
 * "sdt", as a phone's keyboard in a CJK layout types them), so each reader sees the digits and letters it matches. Only those:
 * NFKC of the whole text would rewrite what is kept as typed too ("…" as "...", "m²" as "m2").
 */
const compatible = (text: string) => text.replace(FULL_WIDTH, (run) => run.normalize('NFKC'));
const FULL_WIDTH = /[\u3000\uFF01-\uFF5E]+/gu;

/** `text` with each [start, end) span (in order, apart) replaced by its own label, or `label`. */
function replaceSpans(text: string, spans: Array<[number, number, string?]>, label: string): string {
  let result = text;
  // From the end, so earlier offsets stay valid.
  for (const [start, end, own] of [...spans].reverse()) result = `${result.slice(0, start)}${own ?? label}${result.slice(end)}`;
  return result;
}

/**
 * The text with e-mails, phone numbers, identity numbers, names (given by the person or after a title), the number or
 * name of a village or smaller place, health conditions, offences and religions replaced by labels. `places: false` keeps the
 * places: a list's cell quoted in its row's reason, where the row's thôn/ấp is kept anyway and a group's name (“Tổ 3”) is the
 * list's own.
 */
export function maskPersonalData(typed: string, { places = true }: { places?: boolean } = {}): string {
  const text = compatible(typed);
  const platesMasked = withoutEmails(text, MASKS.email).replace(PLATE, (found: string, series: string, offset: number, whole: string) =>
    Object.hasOwn(MONEY_UNITS, series.toLowerCase()) || NOT_PLATE_AFTER.has(wordsOf(whole.slice(0, offset)).at(-1)?.folded ?? '') ? found : MASKS.plate,
  );
  const numbersMasked = maskBirthDates(maskNumbers(platesMasked));
  const schoolsMasked = replaceSpans(numbersMasked, schoolSpans(numbersMasked), MASKS.school);
  const shortUnitsMasked = places ? replaceSpans(schoolsMasked, shortUnitSpans(schoolsMasked), MASKS.address) : schoolsMasked;
  const placesMasked = places ? replaceSpans(shortUnitsMasked, placeSpans(shortUnitsMasked), MASKS.address) : shortUnitsMasked;
  const namesMasked = replaceSpans(placesMasked, nameSpans(placesMasked, true), MASKS.name);
  const healthMasked = replaceSpans(namesMasked, healthSpans(namesMasked), MASKS.health);
  const offencesMasked = replaceSpans(healthMasked, offenceSpans(healthMasked), MASKS.offence);
  return replaceSpans(offencesMasked, religionSpans(offencesMasked), MASKS.religion);
}

const RELIGIONS = longestFirst(PERSONAL.religions);

/** The [start, end) spans of religions named (PERSONAL.religions: "theo dao Tin Lanh"): sensitive data, never kept as typed. */
function religionSpans(text: string): Array<[number, number]> {
  const words = wordsOf(text);
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    const phrase = spacedPhraseAt(text, words, index, RELIGIONS);
    if (phrase) spans.push([words[index]!.start, words[(index += phrase.length - 1)]!.end]);
  }
  return spans;
}

/** "lớp 12A 2025": a class and a year, no plate (personal.ts notPlateAfter). */
const NOT_PLATE_AFTER = new Set(PERSONAL.notPlateAfter);
/**
 * A vehicle's plate ("59X1-123.45", "51G 123.45", "59x1 12345", "29A 1234"): two digits, the series (capitals, or letters with a
 * digit after them: "10tr 2025" is an amount and a year; not a money unit, checked where it is masked: "15TR 2025"), then four
 * or five digits. Group 1 is the series' letters.
 */
const PLATE = /(?<![\p{L}\p{N}])\d{2}-?([A-Z]{1,2}|[A-Za-z]{1,2}(?=\d))\d?[ .-]?(?:\d{3}\.\d{2}|\d{4,5})(?![\p{L}\p{N}]|[.,]\d)/gu;
/**
 * A date ("12/05/1960", "12-5-60", "12 thang 5 nam 1960"), a year from 1900 on ("1985") or a year's last two digits ("sn 85"; a
 * count or an amount after it makes it none: checked where it is masked).
 */
const DATE_OR_YEAR = /(?<![\p{N}.,/-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2} (?:tháng|thang) \d{1,2}(?: (?:năm|nam) \d{2,4})?|(?:19|20)\d{2}|\d{2})(?![\p{N}]|[/.-]\d)/giu;
const BIRTH_LABELS = phrases(PERSONAL.birthLabels);
/** Characters before a date read for its label: twice the longest birth label, so a word cut at the window's start is never the label. */
const BIRTH_WINDOW = 2 * Math.max(...PERSONAL.birthLabels.map((label) => label.length)) + 2;

/** Whether a birth label ends `before` (labelled), not one made another word by the word before it ("hoc sinh 2025": birthLabelNotAfter). */
function birthLabelled(before: string): boolean {
  return labelled(before, BIRTH_LABELS, (label, lead) => !(PERSONAL.birthLabelNotAfter[label[0]!] ?? []).includes(lead));
}

/** `text` with a date or a year of birth right after its words ("sn 1985", "sinh ngay 12/05/1960", "năm sinh: 1945") masked. */
function maskBirthDates(text: string): string {
  return text.replace(DATE_OR_YEAR, (found: string, offset: number, whole: string) => {
    const after = whole.slice(offset + found.length);
    // The label is read from the words right before the number only (BIRTH_WINDOW characters: every two-digit number is looked at).
    return birthLabelled(whole.slice(Math.max(0, offset - BIRTH_WINDOW), offset)) && !saysAfter(after, COUNT_AFTER) && !saysAfter(after, MONEY_AFTER) ? MASKS.birth : found;
  });
}

/** Where a removed piece of personal data stood (a private-use character: no letter, digit or space). */
const REMOVED = '\uE000';

/**
 * `text` without the contact words right before each removed piece ("zalo/điện thoại 0912…"), and, given `titles`, the title
 * right before a removed name ("ông Bảy"): a title only when a space at most stands between, and no word before it goes
 * ("co, thang Ti 17 tuoi": the "co" answering yes stays).
 */
function withoutContactLabels(text: string, titles: readonly (readonly string[])[] = []): string {
  let result = text;
  for (let at = result.lastIndexOf(REMOVED); at >= 0; at = result.lastIndexOf(REMOVED, at - 1)) {
    for (;;) {
      const before = result.slice(0, at);
      const words = wordsOf(before);
      const last = words.at(-1);
      if (!last || !/^[\s:.,/-]*$/.test(before.slice(last.end))) break;
      const endsWith = (labels: readonly (readonly string[])[]) =>
        labels.filter((label) => phraseEndingAt(words, words.length, label, (word) => word.folded)).sort((x, y) => y.length - x.length)[0];
      const label = endsWith(CONTACT_LABELS);
      const title = label ? undefined : /^[ \t]*$/.test(before.slice(last.end)) ? endsWith(titles) : undefined;
      if (!label && !title) break;
      const start = words[words.length - (label ?? title)!.length]!.start;
      result = `${result.slice(0, start)}${result.slice(at)}`;
      at = start;
      if (title) break;
    }
    if (at === 0) break;
  }
  return result;
}

/**
 * Titles ("ông", "chị", "thang"): what goes with a removed name when names after a title are removed too; not a child's noun
 * ("con Tèo 5 tuoi": "con 5 tuoi" is a child the household reader counts).
 */
const TITLE_LABELS: readonly (readonly string[])[] = [...TITLES, ...SHORT_TITLES, ...[...CAPITALISED_TITLES].filter((title) => !CHILD_NOUNS.includes(title))].map((title) => fold(title).split(' '));

/**
 * A question as it is searched and read for its subject: e-mails, phone and identity numbers with the contact words
 * before them ("điện thoại 0912…", "STK …") and names the person gave ("tôi là …") left out, each leaving a comma, so
 * "chị Hoa, điện thoại 84912345678, hỏi lịch cắt điện" asks about power cuts only, not about telephones. With `titledNames`,
 * a name after a title goes too, with its title ("ông Bảy", "chi Hoa"): for text read only for household facts (/kiemtra),
 * where "ông Bảy" is nobody's age or member count.
 */
export function withoutPersonalData(typed: string, options: { titledNames?: boolean } = {}): string {
  const text = compatible(typed);
  const numbersGone = maskNumbers(withoutEmails(text, REMOVED), { phone: REMOVED, idNumber: REMOVED });
  const titled = options.titledNames ?? false;
  const namesGone = replaceSpans(numbersGone, nameSpans(numbersGone, titled), REMOVED);
  return withoutContactLabels(namesGone, titled ? TITLE_LABELS : []).replace(/[\s,]*\uE000(?:[\s,:]*\uE000)*[\s,]*/gu, ', ').replace(/^, |, $/g, '');
}
