/**
 * The right source for a free question: the standard, an indicator and the supports come from the rules
 * data (with legal basis, amounts only where verified), the procedure from the procedure data; anything
 * else is left to passage search. Vocabulary in src/text/lexicon/topics.ts (and household.ts for the
 * everyday words of each indicator).
 */
import { answerRow } from './actions.ts';
import { asksElsewhere, asksReviewFees, wordingOf, blankedPhrases, dateWritten, dayAsked, householdSizeSaid, januaryOpening, monthTyped, nextJanuaryAt, OWN_HOUSEHOLD, OWN_MEMBER, PERSONAL, periodWritten, phraseAt, phraseEnd, phraseEndingAt, phrasePositions, saysAny, TOPICS, withoutPhrases, withoutSpending, yearAsked, yearSaid, yearWritten, yearsWritten, YEARS_ASKABLE, provinceKey, PROVINCES } from '../text/lexicon/index.ts';
import { EXPIRY_WORDS, EXPIRY_YEAR_END, WHEN_WORDS, LIST_OF_YEAR_WORDS } from '../text/lexicon/when.ts';
import { BUDGET_ASKED, DOCUMENTS_ASKED } from '../text/lexicon/topics.ts';
import { AREA_HEAD_NOT_PLACES, AREA_HEAD_WORDS, AREA_PHRASES } from '../text/lexicon/places.ts';
import { CURRENCY_WORDS, MONEY_UNITS } from '../text/lexicon/money.ts';
import { turnMemo, turnRemembered } from '../text/turn.ts';
import { documentsOf, SHORT_TEXT_DEFAULTS } from './short.ts';
import { addDays, isIsoDate, todayIso } from '../text/dates.ts';
import { lowerFirst, upperFirst } from '../corpus/vietnamese.ts';
import { fold } from '../text/fold.ts';
import { DEPRIVATION_WORDS, deprivationPhrases, HAVE_WORDS, HOUSEHOLD_AWAY, NEGATIONS, OWNER_WORDS } from '../text/lexicon/household.ts';
import { AMOUNT_STOP_WORDS, agesTold, indicatorAgesTold, indicatorForAge, lineFiguresSaid } from '../rules/understand.ts';
import { findAmounts } from '../rules/money.ts';
import { weakerStatus, ageBandOnly, byAge as supportByAge, contextOfAges, dayForYear, thresholdsOn, describeStandard, lookupStandard, standardInForce, formatDate, indicatorsFor, newStandardSoon, nextStandardAfter, POVERTY_CADRE, procedureSteps, STATUS_LABELS, withStatusUnlessVerified, conditionPrefix, supportsFor, formatMoney, parseAmount, type FactStatus, type RuleSet, type SupportClass, type SupportResult } from '../rules/index.ts';
import { supportById } from '../rules/supports.ts';
import { bold, bullets, MENU_BUTTONS, plain, pressing, PROCEDURE_TYPED, reply, replyText, STANDARD_TYPED, WHERE_TO_ASK } from './replies.ts';
import type { Reply, Span } from './types.ts';
import { CARD_CLASSES, COMMUNE_MERGER_ENTRY, type Period, CLASS_NAMES, SUPPORT_CARD_DEFAULTS, classLabels, endedSupport, indicatorsByService, singleSupportReply, standardQuestionAnswer, cardAway, startingStandardLines } from './info.ts';
import { illnessOfMemberTold, namesOwnHousehold, pairSaid, readMessage, readSupportsQuestion, readWorkTold, type ReadMessage } from './input.ts';
import { amountWithStatus, describeSupport, FIGURE, figureSentences, referenceLine, cited, endedProgrammeAmounts, STATUS_TAGS, supportCited, supportDetail, tagged } from './result.ts';

/** A class a question can name (the lexicon's class words). */
export type AskedClass = (typeof TOPICS.classes)[number][1];

export type Topic =
  /**
   * `date`: a day named ("31/12/2026", "hết năm nay"; yyyy-MM-dd, in `year`): the card is that day's. `change`: what
   * changes is asked ("tháng sau tăng lên bn", "chuẩn mới bỏ chỉ số nào"): the changes lead, then the card. `area`: one area
   * named ("chuẩn nghèo ở quê", "còn tp?"): its lines lead the card, and a follow-up keeps it ("qua 2027 thì sao").
   */
  | {
      kind: 'standard';
      year?: number;
      /** A period asked ("giai đoạn 2027–2030", from `year`): its last year; the card or cards of the standards over it. */
      until?: number;
      /**
       * A period asked that several standards cover ("chuẩn nghèo giai đoạn 2026–2030": 2026, then 2027–2030), with no `year`: the
       * answer is of no one year (documents.ts overPeriods): each standard over it (info.ts periodStandardsReply). Its code is
       * the period's (`s2026t2030`), which reads back as `year` and `until` and answers the same.
       */
      over?: Period;
      date?: string;
      change?: boolean;
      /**
       * With `change` and `date`, a change asked yes or no ("tu 1/1 nam sau chuan ngheo co doi ko", "nam 2027 tinh ho ngheo theo cai moi
       * ha"): yes or no for that day leads (info.ts changeOnDayLead). Not written into a code (a share link gives the change answer).
       */
      yesNo?: true;
      /**
       * With `change`, whether the new standard applies yet, no time said ("chuan ngheo moi co hieu luc chua"; "Chưa" before its first
       * day, info.ts changeOnDayLead), or from a later day written ("tu 1/1 chuan ngheo moi ap dung chua" on 31/12/2026: the same, of
       * that day, when a standard starts on it). Not written into a code (as `yesNo`).
       */
      yet?: true;
      area?: 'rural' | 'urban';
      /** "chuẩn mới", no year: the coming standard when the data has one (codedTopic gives it its year). */
      coming?: boolean;
      /**
       * A post on the indicators (short.ts indicatorsText, "viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch
       * vụ xã hội cơ bản"), so that "ngắn hơn" after it shortens that post, not the income lines (as a procedure's `post`).
       */
      post?: true;
      /** "cần bao nhiêu chỉ số thiếu hụt", "chuẩn mới gồm những chỉ số nào": the rule on indicators leads the card. */
      indicators?: boolean;
      /** "chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào": the indicators against the standard before lead the card (with `indicators`). */
      compared?: boolean;
      /**
       * With `indicators`, only how many is asked ("chuan ngheo 2027 co may chi so"): the count and the rule are the answer, the
       * card a button away. Not written into a code (as `indicators`: a share link gives the card).
       */
      count?: boolean;
      /**
       * A resident's bare "by which criteria" ("xet ho ngheo theo tieu chi nao", round 32 law18): the income line and how many
       * deprivations, source and status, the card a button away (info.ts criteriaAnswer). A year or period written, an area, or
       * the whole asked ("… gồm những gì", TOPICS.criteriaInFull) keeps the card. Not written into a code (as `count`).
       */
      criteria?: boolean;
      /**
       * Households counted by criterion, their class asked ("Xã có 138 hộ nghèo theo tiêu chí A và 30 hộ theo tiêu chí B thì phân loại
       * thế nào", TOPICS.criterionCounts; round 45 cadre48): that each household is classed on both criteria at once, the bands of the
       * standard, and what A and B are asked (info.ts criterionCountsAnswer). Not written into a code (as `criteria`).
       */
      counted?: boolean;
      /**
       * With `indicators`, what they are asked, no class named ("cac chi so thieu hut la gi", "12 chi so la nhung cai j"): the
       * indicators in short are the answer, the card a button away. Not written into a code (as `count`).
       */
      list?: boolean;
      /**
       * "muc chuan ngheo bay gio la bn": the figures are asked (TOPICS.threshold.amount); they are the answer, the card a button
       * away (its code has `f`: a share link gives the figures too).
       */
      figures?: boolean;
      /**
       * With `figures`, an income exactly at the line asked ("thu nhập đúng bằng chuẩn nghèo thì xếp loại gì"): the class the line
       * falls in, first and alone, the figures and card a button away. Not written into a code (as `count`).
       */
      atLine?: boolean;
      /**
       * With `figures`, when the new standard starts is asked ("chuan ngheo moi ap dung tu khi nao"): the day it starts and its
       * lines lead today's figures. Not written into a code (a share link gives the figures, which say it too).
       */
      when?: boolean;
      /** With `figures`, hộ có mức sống trung bình is asked: its band leads, or that it is not known (code letter `m`). */
      middle?: boolean;
      /**
       * With `figures`, the document is asked ("nghi dinh moi ve chuan ngheo so may"): its number, signing and effective day lead
       * the figures (round 18). Not written into a code (a share link gives the figures, which name it too).
       */
      decree?: boolean;
      /**
       * With `figures`, the basis is asked as a cadre asks it ("căn cứ pháp lý chuẩn nghèo nông thôn 2027 là bao nhiêu", TOPICS.sources
       * .source): "Căn cứ: …" right after the title, not a "Nguồn" line under the figures (round 20). Not written into a code.
       */
      basis?: boolean;
      /** "chuẩn mới với chuẩn cũ khác nhau chỗ nào": the standards before, in force and after the day compared (code letter `k`). */
      compare?: boolean;
      /**
       * The income levels of the classes asked over years written apart ("muc thu nhap ho ngheo can ngheo trung binh nong thon thanh
       * thi 2026 2027"): with a period over several standards, each one's lines side by side (documents.ts bracketsAsked, info.ts
       * bracketsReply). Not written into a code (a share link gives the period's standards, which say the same lines).
       */
      brackets?: boolean;
      /** The whole card ("chi tiết" after one in brief): not the card in brief a question gets (round 35 short26a). Not written into a code. */
      whole?: boolean;
      /**
       * What the standard is made of asked ("Tiêu chí xác định hộ nghèo giai đoạn 2022–2025 gồm những gì?", TOPICS.criteriaInFull; round
       * 45 cadre48: was the whole card, 3.271 characters for 2027–2030): the card in brief with each indicator named (info.ts
       * standardInBrief `listed`), the whole card one "Chi tiết" away. Not written into a code (a share link gives the card, in full).
       */
      listed?: boolean;
    }
  /**
   * `group`: people named by age the data has no rule for (TOPICS.groupsWithoutRule key): the answer says so first.
   * `ages`: the ages the question says ("ông nội tui 76 tuổi"): of a support and its related ones, those fitting them come first.
   * Never written into a code (codedTopic: the support they put first stands for them).
   */
  | {
      kind: 'support';
      supportId: string;
      classification?: AskedClass;
      group?: string;
      ages?: number[];
      pension?: boolean;
      /** "lương hưu xã hội bn tiền": the amount is asked; it leads the card (the figure, or that the data has none). */
      amount?: boolean;
      /** "phong trào xóa nhà tạm … bao nhiêu một căn": an ended programme named with the amount: its figures, as past, lead. Not written into a code. */
      ended?: boolean;
      /** "ho so xin tro cap huu tri xa hoi can giay to gi": the papers are asked; that the data lists none, and where, lead the card. */
      papers?: boolean;
      /** "xin luong huu xa hoi gom nhung buoc nao": how it is applied for; where, and that the steps are not in the data, lead the card. */
      applying?: boolean;
      /**
       * "xa ngheo thi bhyt sao" (findings N14): a poor commune is said ("xã nghèo" is no class); what the data gives there leads
       * the card (communeNotice), or that it has nothing particular for it. Never written into a code.
       */
      commune?: boolean;
      /**
       * "neu tui co bhyt roi thi sao" (round 16): the thing the support gives told as had, in the household's words of an indicator
       * (its id): the card, then what having it means for that indicator. Never written into a code.
       */
      had?: string;
      /**
       * "ko co bhyt", "nha tui ko co bhyt" (round 41 law34): the thing the support gives told lacking, nothing asked (the indicator's
       * id): whether it counts (the indicator), then the poor and near-poor households' lines in brief. Never written into a code.
       * "ko co nha o" (round 42 resid45): the indicators of the support's dimension (both of housing); "ko co tien dien": none, the
       * support's lines and what the resident wants asked.
       */
      lacked?: readonly string[];
      /**
       * "ong ba gia neo don ko con chau thi xa co ho tro gi ko" (round 21b): an old person with no carer and no age said; the card
       * of the allowance shows the pensions by age after it (from 70 in poor and near-poor households, from 75 in every one).
       * Never written into a code.
       */
      noCarer?: boolean;
      /**
       * "me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang" (round 30): an age said and nobody supporting them (no
       * one's wage, no carer): the allowance's amount stays beside the pension of that age, 70 to under 75 too. Written into a
       * code (`-a`) for a poor household, whose code keeps the pension of that age (codedTopic): "ngắn hơn", "chi tiết" and a share
       * link keep the allowance beside it (supportsKept; round 31 plain18).
       */
      unsupported?: boolean;
      /** The whole card asked ("chi tiết" after the card in brief, supportBriefly; round 36 short27). Not written into a code. */
      whole?: boolean;
      /** "vay von bn lau": how long is asked; what the data says of it (durationSaid) leads the card. Not written into a code. */
      duration?: boolean;
      /**
       * Asked of a class in the words residents type on Zalo, without diacritics or with them in spoken forms ("nha tui ngheo, nha
       * dot nat het roi, xin ho tro sua nha dc ko", "nhà tui nghèo … đc ko": wordingOf, round 39 short31): its card in brief where
       * the data has one (supportBriefly). Set by the chat for the card it answers with,
       * never by readTopic; not written into a code (a share link and "chi tiết" give the whole card).
       */
      typedPlainly?: boolean;
      /**
       * Characters the chat says before the card (the note on a province's own standard in brief, round 46 resid54: "tui o hcm,
       * thoat ngheo nam ngoai, bhyt con dc ho tro ko" was 1.337): taken from a phone's room when the card is measured (classInBrief).
       * Set by the chat with typedPlainly, never by readTopic; not written into a code.
       */
      saidBefore?: number;
    }
  /** Losing the status or a support ("bị rớt hộ nghèo", "có xe máy có bị mất hỗ trợ"); `asset`: a TOPICS.losing.assets key named. */
  /**
   * `brief`: not recognised, asked by a resident (wordingOf): the standard's lines and how to ask to be reviewed, "chi tiết" the
   * whole answer (round 40 short33). Never written into a code.
   */
  | { kind: 'losing'; asset?: string; notRecognised?: true; other?: true; brief?: true }
  /** Something the data has nothing on (TOPICS.notInData key: a fee, an official's phone number, a complaint): said plainly. */
  /** `year`: the year asked, whose standard's lines follow an entry with `standard` (commune_area). Never written into a code. */
  | { kind: 'notInData'; subject: string; ages?: readonly number[]; supportNamed?: string; year?: number }
  /** `about`: what else is asked (TOPICS.procedureAsks key, a procedure step's `about` tag): those steps come first. */
  /** `year`: a review of another year than today's asked ("rà soát năm 2027"), whose year the steps and the calendar say. */
  /**
   * `brief`: only that year asked right after the procedure ("nam 2027 thi sao", followTopic): today's steps in brief; the steps
   * asked ("cac buoc ra soat … nam sau") keep the card. Never written into a code.
   */
  /**
   * `post`: a post for households on how to apply (the short text's applyingText, "viet giup bai dang zalo cach nop ho so ho
   * ngheo"), so that "ngan hon nua" after it shortens that post in residents' words, not the cadre's steps (round 30 words15).
   */
  /**
   * `named`: the procedure named as such, its steps not asked ("quy trinh ra soat ho ngheo the nao"): typed as residents type
   * (wordingOf), the chat answers it in brief with "chi tiết" for the whole card (round 40 short33); else the whole card. Never
   * written into a code.
   */
  /**
   * `cadre`: not typed as residents type (wordingOf: a cadre's formal or written-out question, "Đề nghị cho biết thời gian rà soát
   * hộ nghèo năm 2026"): the schedule not known is not sent on to the thôn's head (round 41 cadre41). Never written into a code.
   */
  | { kind: 'procedure'; about?: string; year?: number; brief?: true; post?: true; yearly?: true; named?: true; cadre?: true }
  /** An entry of rules/reference.yaml (a cadre's question the other sources do not answer outright). */
  | {
      kind: 'reference';
      entryId: string;
      /** The ages said ("ông tui 76 tuổi bị liệt") that reach a support of the entry's `byAge`: those supports lead. Never written into a code. */
      ages?: number[];
      /** Asked by the entry's `brief` words only ("ai duyet ho ngheo"): its lines in brief (referenceBrief). Never written into a code. */
      brief?: true;
      /** Asked whether the household is listed by it (the entry's `brief.recognised` words): its `recognised` lines. Never written into a code. */
      recognised?: true;
      /** A support whose `who` (TOPICS.supportsByWho) is said ("mẫu giáo"): the entry's lines of that support first. Never written into a code. */
      lead?: string;
      /**
       * The forms asked by their numbers ("Mẫu số 01 là gì": "01"; "Mẫu số 01 và Mẫu số 04 khác nhau thế nào": "01,04", round 45
       * cadre48, was Mẫu số 01 alone): the entry's lines of those forms lead, the other forms' left out. Never written into a code.
       */
      form?: string;
      /**
       * Its documents asked ("Chương trình MTQG giảm nghèo 2026–2030 gồm những văn bản nào", "phê duyệt theo văn bản nào?" after its
       * card; round 43 cadre45): the entry's lines on its own documents (entryDocuments), with `brief` ("chi tiết" the whole card).
       * Never written into a code.
       */
      documents?: true;
      /** Its money asked (BUDGET_ASKED, round 45 cadre48): the entry's `budget` lines (entryBudget), with `brief`. Never written into a code. */
      budget?: true;
      /**
       * A province asked of whose own target or rate the documents say nothing ("muc tieu giam ngheo Ha Noi 2026 2030": "thành phố
       * Hà Nội"): the answer says first that its own figure is not known and whom to ask, then the country's. Never written into a code.
       */
      place?: string;
    }
  /** Indicators named in everyday words, in order; the answer takes those of the standard in force. */
  | {
      kind: 'indicator';
      indicatorIds: string[];
      year?: number;
      /** "chuẩn mới", no year said: the coming standard's indicators (its first year, codedTopic). */
      coming?: boolean;
      /** Asked as a support the rules data has none of (TOPICS.withoutSupport key): the answer says so first. */
      withoutSupport?: string;
      /**
       * The age told with an indicator whose group has age bands ("con 17 tuổi nghỉ học": child_schooling → 17): the
       * answer names the indicator of that age, as the household reader does (adult_education at 16–30). Never written
       * into a code (codedTopic keeps the indicator the age chose).
       */
      ages?: Record<string, number>;
    };

const has = saysAny;
/** "chỉ số" (an indicator), made once for phrasePositions. */
const INDICATOR_WORD = ['chi so'];

/** Each class phrase's words, split once, with its class. */
const CLASS_WORDS = TOPICS.classes.map(([phrase, classification]) => [phrase.split(' '), classification] as const);
const LOSING_ASSETS = Object.keys(TOPICS.losing.assets).map((key) => [key, [key]] as const);
/** "có xe hơi": each thing owned, as a phrase list built once (phrasePositions compiles a list once per list object). */
const OWNED_ASSETS = new Map(Object.keys(TOPICS.losing.assets).map((key) => [key, [`co ${key}`]] as const));

/** The classes a question names, most specific first, each word counted once ("cận nghèo" is not also "nghèo", "giảm nghèo" is none). */
export function classesNamed(words: string[]): AskedClass[] {
  // "giảm nghèo" is the policy, not a class.
  const taken = phrasePositions(words, TOPICS.notClasses);
  const found: AskedClass[] = [];
  for (const [parts, classification] of CLASS_WORDS) {
    // The class is named where its phrase covers a word no class before it took; every word it covers is taken (as
    // phrasePositions(words, [phrase]) read, without a set and two arrays per class phrase: a question is read so some five times).
    let named = false;
    for (let at = words.indexOf(parts[0]!); at >= 0; at = words.indexOf(parts[0]!, at + 1)) {
      const end = phraseEnd(words, at, parts);
      for (let k = at; k < end; k += 1) {
        if (taken.has(k)) continue;
        taken.add(k);
        named = true;
      }
    }
    if (named && !found.includes(classification)) found.push(classification);
  }
  return found;
}

/** A class asked of a household told: TOPICS.household.asksEligibility, or classAskedAtEnd ("… la ho ngheo ko"). */
const CLASS_ASKS = [...TOPICS.household.asksEligibility, ...TOPICS.household.classAskedAtEnd];

/**
 * "…, la ho j", "vay la ho gi", "nha tui … co phai ho ngheo ko": the class of the household told is asked (TOPICS.threshold
 * .classAsked, or a class named with TOPICS.household.asksEligibility).
 */
export function asksHouseholdClass(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  return has(words, TOPICS.threshold.classAsked) || (classesNamed(words).length > 0 && has(words, CLASS_ASKS));
}

/**
 * The message without its asking of a household's class ("… thì là hộ gì", "năm sau … còn là hộ cận nghèo ko"): what else it
 * asks (a later year's class asked is not the standard card asked).
 */
export function withoutClassAsked(message: string | ReadMessage): ReadMessage {
  const { words } = readMessage(message);
  const asked = phrasePositions(words, TOPICS.threshold.classAsked);
  if (classesNamed(words).length > 0) phrasePositions(words, CLASS_ASKS).forEach((at) => asked.add(at));
  return readMessage(words.filter((_, at) => !asked.has(at)).join(' '));
}

/** "hộ nghèo với cận nghèo khác nhau chỗ nào", "phân biệt hộ nghèo, cận nghèo": the standard's bands tell them apart (TOPICS.comparison). */
function asksComparison(words: string[], classes: readonly AskedClass[]): boolean {
  return classes.length >= 1 && has(words, TOPICS.comparison);
}

/** The rules/reference.yaml entry on how income is counted (checked at start-up). */
export const INCOME_ENTRY = 'income_counting';
/** The entry saying who recognises households and where a household applies (rules/reference.yaml). */
export const RECOGNITION_ENTRY = 'recognition_authority';
/** The rules/reference.yaml entry on a member ill or bedridden told during the check (src/chat/core.ts, checked at start-up). */
export const SICK_MEMBER_ENTRY = 'sick_member';
/** The rules/reference.yaml entry on a disabled member told during the check (src/chat/core.ts, checked at start-up). */
export const DISABLED_MEMBER_ENTRY = 'disabled_member';
/** The rules/reference.yaml entry on a disabled member (TOPICS.reference.disability, checked at start-up with its words). */
export const DISABILITY_ENTRY = 'disability';
/** The rules/reference.yaml entry on the national poverty rate and its target (TOPICS.reference.national_rate; documents.ts). */
export const NATIONAL_RATE_ENTRY = 'national_rate';
/** The vocational training support, whose course fee is asked after its card (src/chat/core.ts courseFeeAsked). */
export const TRAINING_SUPPORT = 'vocational_training';
/** The supports said with a member ill told as a first message (sickMemberAnswer): the health insurance premium, by class. */
const SICK_MEMBER_SUPPORT = 'health_insurance_premium';
const SICK_MEMBER_CLASSES: readonly SupportClass[] = ['poor', 'near_poor'];

/**
 * A support's line for each class that has it, in brief: the condition in a few words by the class, the first sentence of its
 * text after it without its asides in brackets (round 35 short26b: "con tui 3 tuoi chua co bhyt" kept the middle class's
 * condition and lost its 30%), its status once (short26c: a "Theo thông tin tham khảo" lead and the status again after the basis
 * were said twice), its basis without asides (each document named, "(thay thế …)" one "chi tiết" away).
 */
/** "Theo thông tin tham khảo, …": the status a text opens with, said by its tag on the line in brief (firstSentences). */
const STATUS_LEAD = /^Theo thông tin tham khảo, /u;

export function firstSentences(rules: RuleSet, supportId: string, classes: readonly SupportClass[], today: string): string[] {
  return classes.flatMap((classification) =>
    supportsFor(rules, classification, today)
      .filter((support) => support.id === supportId)
      .map((support) => {
        const when = conditionPrefix(support.condition);
        const what = (support.what.startsWith(when) ? support.what.slice(when.length) : support.what).replace(/ \([^()]*\)/gu, '');
        // A line not known ([?]) keeps what it says of that ("Mức hỗ trợ của chương trình mới chưa được công bố …; không áp dụng
        // các mức của giai đoạn trước"): its first sentence alone read as a support.
        const said = upperFirst((support.status === 'unknown' ? what : (/^.+?\.(?=\s|$)/u.exec(what)?.[0] ?? what)).replace(/\.$/, '').replace(STATUS_LEAD, ''));
        // Its own remark left out, as the text's and the basis's are ("Hộ nghèo (hộ ở xã nghèo)"; round 45 rumour50: was "(hộ ở xã nghèo
        // (Chương trình 2026–2035 …))", brackets in brackets).
        const who = support.conditionBrief ? `${CLASS_NAMES[classification]} (${lowerFirst(support.conditionBrief).replace(/ \([^()]*\)/gu, '')})` : CLASS_NAMES[classification];
        return `${who}: ${said}${STATUS_TAGS[support.status]}. Căn cứ: ${support.basis.replace(/ \([^()]*\)/gu, '')}.`;
      }),
  );
}

/**
 * A support asked after the sick_member lines, of nothing more than a class ("vo tui bi benh nang, nha tui dc vay von ko", "me
 * tui bi ung thu, ho can ngheo dc bhyt bn phan tram"; round 35 short26b: the whole card after the lines, 2.253 and 1.797
 * characters): of the class named, or of the poor and near-poor, each the first sentence of its text with status and basis,
 * where to apply, the whole card one "chi tiết" away. Undefined for a card asked of more (ages, an amount, papers, a group…).
 */
export function supportAfterSick(rules: RuleSet, topic: Topic, today: string): Reply | undefined {
  if (topic.kind !== 'support' || Object.keys(topic).some((key) => !['kind', 'supportId', 'classification'].includes(key))) return undefined;
  const support = supportById(rules, topic.supportId);
  const lines = firstSentences(rules, topic.supportId, topic.classification ? [topic.classification] : SICK_MEMBER_CLASSES, today);
  if (!support || lines.length === 0) return undefined;
  return reply([
    bold(`${support.name} (áp dụng ngày ${formatDate(today)}):\n`),
    plain(`${bullets(lines)}\nNơi làm: ${support.whereToApply}\n${SEE_IN_FULL}`),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * "ba tui om nang lam ko noi" as a first message (round 26; was "ngoài phạm vi"): heard kindly, then what the policy does for it
 * from the rules data: the sick_member entry first (no disabled member by the illness alone, where a disability is certified:
 * about the relative told, round 27), the health insurance premium of poor and near-poor members (each with its basis and status),
 * and the household check that tells whether the household is one; the checked line once, at the end. Nothing else is promised.
 * "ong xa tui bi benh nam mot cho, nha tui co dc ho tro j ko" (round 27): was the entry last, after the whole premium card.
 * In brief (round 35 short25; "ho can ngheo co nguoi benh nang ko lam dc" was 2.023 characters): each entry line as its `brief`
 * (those not known on one "Chưa rõ" line, short26b)
 * where it has one, the premium as the first sentence of its text with status and basis, its place's first part (who lists), of the class `named` alone when the message names one
 * (which the household then knows: no check offered in words, its button stays). "đang bệnh nặng" only when the user said so
 * (`grave`, graveIllnessTold); an illness only named is "bị bệnh" (round 36: "ong tui bi gout" was "đang bệnh nặng"). `self`: the
 * speaker's own illness ("tui lai bi benh tieu duong", round 39 resid39), heard as the user's, not a relative's.
 */
export function sickMemberAnswer(rules: RuleSet, today: string, named: readonly SupportClass[], grave: boolean, self = false): Reply[] {
  const classes = SICK_MEMBER_CLASSES.filter((classification) => named.includes(classification));
  const insurance = firstSentences(rules, SICK_MEMBER_SUPPORT, classes.length > 0 ? classes : SICK_MEMBER_CLASSES, today);
  const premium = supportById(rules, SICK_MEMBER_SUPPORT);
  const entry = briefLines(rules, SICK_MEMBER_ENTRY, today);
  return [
    reply([
      plain(`Mình rất tiếc khi nghe ${self ? 'bạn' : 'người nhà bạn'} ${grave ? 'đang bệnh nặng' : 'bị bệnh'}. Trợ lý không tư vấn chữa bệnh, chỉ nói về chính sách giảm nghèo.`),
      bold(`\n\n${entry.title}:\n`),
      plain(bullets(inBrief(entry.lines))),
      ...(insurance.length > 0 && premium ? [bold(`\n\n${premium.name} (áp dụng ngày ${formatDate(today)}):\n`), plain(bullets(insurance))] : []),
      // The check is offered by its button alone (round 41 resid42: was "Muốn biết hộ có thuộc diện … bấm “Kiểm tra hộ gia
      // đình” hoặc kể hộ có mấy người, …", the meals line now said within a phone's message).
      checkedLine(entry.checked),
      plain(`\n${SEE_IN_FULL}`),
    ], MENU_BUTTONS.slice(1, 2)),
  ];
}

/** The rules/reference.yaml entry of a household's work told (round 45 resid52). */
export const WORK_TOLD_ENTRY = 'work_told';
/** The rules/reference.yaml entry of books and school things (round 45 resid52), said before the learning cost's card. */
export const SCHOOL_BOOKS_ENTRY = 'school_books';
/** The entry of rules/reference.yaml on hospital fees (NQ 261/2025/QH15): the roadmap, and the near-poor 100 % of no known start. */
export const HOSPITAL_FEES_ENTRY = 'hospital_fees';
/** The entry on the social pension beside a monthly allowance already drawn (rules/reference.yaml). */
export const PENSION_BESIDE_ENTRY = 'pension_beside_allowance';

/**
 * An entry said ahead of the support card asked (entryAhead), by what the message says beside it: the hospital-fees roadmap when
 * fees are said free of the benefit level ("mien vien phi cho ho ngheo ko"), the pension beside an allowance already drawn ("ba tui
 * 76 tuoi dang lanh tro cap roi, co dc them luong huu xa hoi ko"; round 46 resid55). Undefined for none.
 */
export function entryBesideSupport(topic: Topic, words: readonly string[]): string | undefined {
  if (topic.kind !== 'support') return undefined;
  if (topic.supportId === HEALTH_BENEFIT && has(words, TOPICS.claims.hospitalFree)) return HOSPITAL_FEES_ENTRY;
  if ((topic.supportId === SOCIAL_PENSION || topic.supportId === SOCIAL_PENSION_ELDERLY) && has(words, TOPICS.pensionBeside)) return PENSION_BESIDE_ENTRY;
  return undefined;
}
/** The school cards after which books asked get the school_books lines first (round 45 resid52). */
export const SCHOOL_CARDS: ReadonlySet<string> = new Set(['tuition_exemption', 'learning_cost', 'higher_education_fee']);

/**
 * "tui o nha hong lam gi het", "vo tui o nha ko di lam", "chong tui chay xe om, tui o nha" (round 45 resid52; were "ngoài phạm vi",
 * or a check of 2 people guessed): what was understood of the household's work, the employment indicator in brief (its status),
 * the work_told lines (income, vocational training: not known from 2026), then what the check needs, asked.
 */
export function workToldAnswer(rules: RuleSet, today: string, told: { idle: boolean; informal: boolean }): Reply[] {
  const understood = [...(told.idle ? ['trong hộ có người ở nhà không đi làm'] : []), ...(told.informal ? ['có người làm tự do, làm thuê (như chạy xe ôm, bán vé số)'] : [])];
  const indicator = indicatorAnswer(rules, { kind: 'indicator', indicatorIds: ['employment'] }, today, true);
  const entry = briefLines(rules, WORK_TOLD_ENTRY, today);
  return [
    reply([
      plain(`Mình hiểu: ${understood.join(', ')}.\n\n`),
      // The employment rule and its basis, without the indicators' heading nor whom to ask (said once, by the checked line).
      ...indicator.spans.filter((span) => !span.text.startsWith('Chỉ số thiếu hụt')).map((span, at) => ({ ...span, text: span.text.replace(`\n${WHERE_TO_ASK}`, '').replace(at === 0 ? /^\n+/ : /^$/, '') })),
      plain(`\n\n${bullets(inBrief(entry.lines))}`),
      plain(`\n\n${WORK_TOLD_ASKS}`),
      checkedLine(entry.checked),
    ], MENU_BUTTONS.slice(1, 3)),
  ];
}

/**
 * The household's work told with nothing else asked (readWorkTold), no topic read but the employment indicator: read alike by the
 * chat (core.ts, workToldAnswer) and by /api/ask and the routing (documents.ts routedTopic: the employment indicator).
 */
export function workToldAlone(message: string | ReadMessage, topic: Topic | undefined): ReturnType<typeof readWorkTold> {
  const employmentOnly = topic?.kind === 'indicator' && topic.indicatorIds.every((id) => id === 'employment');
  return (!topic || employmentOnly) && readSupportsQuestion(message) === undefined ? readWorkTold(message) : undefined;
}

/**
 * "hoi hoai ma ko ai tra loi, tui phai hoi ai" (round 45 resid52): asked again and again with no answer (TOPICS.unanswered), no topic
 * read but the procedure: the procedure's papers in brief (whom to ask, what to bring), read alike by the chat and the routing.
 */
export function unansweredAsked(message: string | ReadMessage, topic: Topic | undefined): Extract<Topic, { kind: 'procedure' }> | undefined {
  // Kept off the list said too ("… hoi hoai ko tra loi dc, nha tui ngheo ma xa ko cho vo danh sach", round 44 mend47d): that is answered.
  const { words } = readMessage(message);
  return (!topic || topic.kind === 'procedure') && saysAny(words, TOPICS.unanswered.said) && !saysAny(words, TOPICS.losing.keptOffList) ? { kind: 'procedure', about: 'papers', brief: true } : undefined;
}

/** What the check needs of a household whose work was told (workToldAnswer). */
const WORK_TOLD_ASKS = 'Để biết hộ thuộc loại nào, bạn cho mình biết: nhà mấy người, thu nhập cả nhà mỗi tháng, ở xã hay phường, tỉnh nào.';

/** "thu nhập tính sao": a subject and an ask of TOPICS.incomeCounting, the ask not the province ("thu nhập của tỉnh"). */
function asksIncomeCounting(words: string[]): boolean {
  const { subject, asks, province } = TOPICS.incomeCounting;
  if (!has(words, subject)) return false;
  const provinceAt = phrasePositions(words, province);
  return [...phrasePositions(words, asks)].some((at) => !provinceAt.has(at));
}

/** "thiếu hụt gồm những cái nào", "mấy chỉ số": the standard lists its indicators (for the period asked). */
const asksIndicatorList = (words: string[], asks: readonly string[] = TOPICS.indicatorList.asks) => has(words, TOPICS.indicatorList.subject) && has(words, asks);
/** The list asks that still ask for the list when one indicator is named ("gồm những chỉ số nào", not "là gì"). */
const LIST_ONLY_ASKS = TOPICS.indicatorList.asks.filter((ask) => !TOPICS.indicatorList.aboutOne.includes(ask));
/** The list's asks besides which one: "nhà không có tivi thì thiếu chỉ số nào" asks the indicators of the lack told. */
const WHOLE_LIST_ASKS = LIST_ONLY_ASKS.filter((ask) => !TOPICS.indicatorList.whichOne.includes(ask));
/** The list asks that ask for more than how many ("gồm", "những", "liệt kê"). */
const MORE_THAN_COUNT_ASKS = TOPICS.indicatorList.asks.filter((ask) => !TOPICS.indicatorList.count.includes(ask));
/** "co may chi so", "phai thieu may chi so": how many indicators, and nothing more of the list. */
const asksIndicatorCount = (words: string[]) => asksIndicatorList(words, TOPICS.indicatorList.count) && !asksIndicatorList(words, MORE_THAN_COUNT_ASKS);

/** The indicators a question names in household words (src/text/lexicon/household.ts) or by name (TOPICS.indicatorNames), first named first. */
/** Each indicator's words, household and question words together, built once (phrasePositions keeps its split per list). */
const INDICATOR_WORDS: readonly [string, readonly string[]][] = [...new Set([...Object.keys(DEPRIVATION_WORDS), ...Object.keys(TOPICS.indicatorNames)])].map((id) => [
  id,
  [...deprivationPhrases(DEPRIVATION_WORDS[id]), ...(TOPICS.indicatorNames[id] ?? [])],
]);

/** A dimension's name standing for its indicators ("thiếu hụt về nhà ở"), read only with an indicator word (TOPICS.indicatorDimensions). */
const DIMENSION_WORDS: readonly [string, readonly string[]][] = Object.entries(TOPICS.indicatorDimensions);

/** Only the household words of each indicator (what a household says of itself), not the names a question uses. */
const HOUSEHOLD_INDICATOR_WORDS: readonly [string, readonly string[]][] = Object.entries(DEPRIVATION_WORDS).map(([id, words]) => [
  id,
  deprivationPhrases(words),
]);

export function indicatorsNamed(words: string[], lists: readonly [string, readonly string[]][] = INDICATOR_WORDS): string[] {
  const firstAt = lists
    .map(([id, names]) => ({ id, at: Math.min(...phrasePositions(words, names)) }))
    .filter(({ at }) => Number.isFinite(at));
  return firstAt.sort((a, b) => a.at - b.at).map(({ id }) => id);
}
const householdIndicatorsNamed = (words: string[]) => indicatorsNamed(words, HOUSEHOLD_INDICATOR_WORDS);

/**
 * The indicator whose thing the message tells as had ("co bhyt roi", "da co the bhyt"): one of HAVE_WORDS right before one of the
 * indicator's household words, with no negation right before it ("ko co bhyt", "chua co the" lack it).
 */
function indicatorToldHad(words: readonly string[]): string | undefined {
  const haves = HAVE_WORDS.map((have) => have.split(' '));
  return HOUSEHOLD_INDICATOR_WORDS.find(([, phrases]) =>
    words.some((_, at) =>
      haves.some(
        (have) =>
          phraseAt(words, at, have) &&
          !NEGATIONS.has(words[at - 1] ?? '') &&
          phrases.some((phrase) => phraseAt(words, at + have.length, phrase.split(' '))),
      ),
    ),
  )?.[0];
}

/** Indicators named, with the ages told with those of an age-banded group (indicatorAgesTold). */
function indicatorTopic(indicatorIds: string[], text: string, year: number | undefined, coming: boolean): Extract<Topic, { kind: 'indicator' }> {
  const told = Object.entries(indicatorAgesTold(text)).filter(([id]) => indicatorIds.includes(id));
  return {
    kind: 'indicator',
    indicatorIds,
    ...(year ? { year } : {}),
    ...(coming ? { coming } : {}),
    ...(told.length > 0 ? { ages: Object.fromEntries(told) } : {}),
  };
}

/**
 * An indicator topic with its ages read by the age bands of the day: "con 17 tuổi nghỉ học" names adult_education, not
 * child_schooling (indicatorForAge, the household reader's rule); an age no band of the group fits leaves the indicator as
 * named. The ages are dropped.
 */
function byAgesTold(rules: RuleSet, topic: Extract<Topic, { kind: 'indicator' }>, today: string): Extract<Topic, { kind: 'indicator' }> {
  if (topic.ages === undefined) return topic;
  const { ages, ...rest } = topic;
  const day = dayForYear(topic.year, today);
  const indicatorIds = [...new Set(topic.indicatorIds.map((id) => (ages[id] === undefined ? id : (indicatorForAge(rules, day, id, ages[id]) ?? id))))];
  return { ...rest, indicatorIds };
}

/**
 * What changes is asked (TOPICS.changes): its words, or "có khác" with a later year asked or the new standard named ("tháng
 * sau có khác ko"); "hộ nghèo với hộ cận nghèo có khác gì nhau" asks how they differ, not what changes.
 */
export function asksChange(words: string[], year: number | undefined, today: string): boolean {
  const { asks, yesNo, timed, newStandard } = TOPICS.changes;
  words = withoutSpending(words);
  return has(words, asks) || has(words, yesNo) || (has(words, timed) && ((year !== undefined && year > Number(today.slice(0, 4))) || has(words, newStandard)));
}

const AREA_WORDS = Object.entries(AREA_PHRASES) as ['rural' | 'urban', readonly string[]][];

/**
 * The one area words name ("ở quê", "thành thị", "tp" first), or undefined for none or both ("thành thị và nông thôn có
 * khác nhau ko" compares them).
 */
function areaNamed(words: string[]): 'rural' | 'urban' | undefined {
  const head = AREA_HEAD_NOT_PLACES.some((verb) => phraseAt(words, 0, verb.split(' '))) ? '' : (words[0] ?? '');
  const named = AREA_WORDS.filter(([area, phrases]) => has(words, phrases) || AREA_HEAD_WORDS[area].includes(head)).map(([area]) => area);
  return named.length === 1 ? named[0] : undefined;
}

const DOCUMENT_NUMBER = /(?<![\d/]|th[aá]ng\s)\b\d{1,4}\/\d{4}(?:\/[\p{L}\d-]+)?/gu;

/**
 * When a message asks about: a day named ("31/12/2026", "1/1", "cuối năm"; its year is the year asked) or a year ("2027",
 * "năm sau"), with the text and words read without documents' numbers: the year of "NĐ 07/2021/NĐ-CP" is not the year
 * asked; a date ("1/1/2027") or a month ("tháng 1/2027") is. Without one, the words are the message's as read.
 */
export function whenAsked(message: string | ReadMessage, today: string) {
  const text = typeof message === 'string' ? message : message.text;
  // "7/2027 ap dung chua" (round 36 law27): a month of this year or later, no document's kind before it, is a time asked.
  const withoutNumbers = text.replace(DOCUMENT_NUMBER, (found, at: number) => (monthNotNumber(text, found, at, today) ? found : ' '));
  // "chi tieu moi thang nha tui het 5 trieu" (round 34 mend34c): spending, no "chỉ tiêu mới" (withoutSpending).
  const words = withoutSpending(typeof message !== 'string' && withoutNumbers === text ? message.words : readMessage(withoutNumbers).words);
  const day = dayAsked(withoutNumbers, words, today);
  const year = day !== undefined ? Number(day.slice(0, 4)) : yearAsked(words, today);
  // "giai đoạn 2027-2030": the period, from its first year (round 28: was its first year alone).
  const written = day === undefined ? periodWritten(words) : undefined;
  const period = written?.from === year ? written : undefined;
  return { withoutNumbers, words, day, year, period };
}

/**
 * Whether `found` (DOCUMENT_NUMBER's "7/2027" at `at`) is a month asked: 1 to 12, of today's year or later (no document cited has
 * a number of a year to come), with no document's kind or code typed before it ("NĐ 12/2026").
 */
function monthNotNumber(text: string, found: string, at: number, today: string): boolean {
  const month = monthTyped(found);
  if (month === undefined || month.typed !== found || month.year < Number(today.slice(0, 4))) return false;
  const before = readMessage(text.slice(0, at)).words;
  const last = before.at(-1);
  return last === undefined || !(DOCUMENT_CODES.has(last) || last === 'so' || DOCUMENT_TYPE_WORDS.some((type) => phraseEndingAt(before, before.length, type.split(' '))));
}

/** A word that is a year the lexicon reads ("2026"). */
const isYear = (word: string | undefined) => word !== undefined && yearWritten([word]) !== undefined;

/**
 * Of two periods or years named ("giai đoạn 2022-2025 với giai đoạn 2027-2030", "2022 với 2027"), the latest one's first year
 * (2027: a year right after a smaller one is the end of a period); undefined when fewer than two are named.
 */
function latestPeriodNamed(words: readonly string[]): number | undefined {
  const starts = words.flatMap((word, at) => (isYear(word) && !(isYear(words[at - 1]) && Number(words[at - 1]) < Number(word)) ? [Number(word)] : []));
  return starts.length >= 2 ? Math.max(...starts) : undefined;
}

/**
 * The topic of a free question, or undefined when passages should answer it. A year is read from the
 * question ("2027", "năm sau", "từ tháng 1" against `today`), so the card and the indicators are that year's.
 * `post`: the message is what a text to share is about (src/chat/short.ts), so the entries read only for posts count too;
 * a question counts for such an entry when it asks what the entry's `questions` name (what a Chỉ thị itself is).
 */
export function readTopic(message: string | ReadMessage, today: string = todayIso(), post = false): Topic | undefined {
  // One question is read for its topic by the answer, the rumour reader and the documents reader: its readings are kept for
  // its turn only (turnMemo; a topic read is never changed: frozen), by what they depend on, the text, its words, the day and `post`.
  const text = typeof message === 'string' ? message : message.text;
  const words = typeof message === 'string' ? '' : message.words.join('\u0001');
  const key = `${today}\u0000${post ? 1 : 0}\u0000${text}\u0000${words}`;
  const topicsRead = turnMemo<Topic | undefined>('readTopic');
  if (topicsRead?.has(key)) return topicsRead.get(key);
  const topic = topicRead(withoutFearedLoss(message) ?? message, today, post);
  if (topic !== undefined) Object.freeze(topic);
  topicsRead?.set(key, topic);
  return topic;
}

/**
 * "tui so thoat ngheo roi mat bhyt, thoat ngheo thi con dc huong gi ko ad" (round 43 mend45e; was the NQ 261 benefit card of
 * members from 75, "không thuộc trường hợp trên"): a clause fearing a loss (TOPICS.lossFeared: "sợ … mất") beside another asking
 * what is kept (TOPICS.reference.newly_escaped asks) is the worry, not the question: the message read without it. Undefined else.
 */
function withoutFearedLoss(message: string | ReadMessage): string | undefined {
  const clauses = readMessage(message).text.split(/[,;.!?\n]/u);
  if (clauses.length < 2) return undefined;
  const { fear, loss } = TOPICS.lossFeared;
  const feared = (clause: string) => {
    const { words } = readMessage(clause);
    return has(words, fear) && has(words, loss);
  };
  const kept = clauses.filter((clause) => !feared(clause));
  const asks = TOPICS.reference.newly_escaped?.asks ?? [];
  return kept.length < clauses.length && kept.some((clause) => has(readMessage(clause).words, asks)) ? kept.join(',') : undefined;
}

/** The offence twins ("tien an", "tien su": PERSONAL.offenceTwins) as word lists, each with its marked syllable and the twin beside it. */
const OFFENCE_TWINS = Object.entries(PERSONAL.offenceTwins.twins).map(([phrase, twin]) => ({ ...twin, words: phrase.split(' '), besides: twin.besides.map((other) => other.split(' ')) }));
const HOUSEHOLD_HEAD_WORDS = TOPICS.household.heads.map((head) => head.split(' '));

/**
 * Whether `text` says a person has a criminal record by an offence twin ("tiền án", "tiền sự"), read as the masking reads them
 * (src/privacy/mask.ts, PERSONAL.offenceTwins): typed with its marked syllable ("tiền án"), beside the other twin ("tien an tien
 * su"), or, one with no health reading ("tiền sử"), after a lead ("co", "bi") of a person at a clause's end or before one of
 * `before` ("chong tui co tien an thi …"); never after a negation ("nha tui ko co tien an": no money for food) nor of the household
 * itself ("nha tui co tien an").
 */
function offenceTwinSaid(text: string, before: readonly string[]): boolean {
  const typed = text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+|[,.;!?\n]/gu) ?? [];
  const folded = typed.map((word) => fold(word));
  const { leads, notAfter } = PERSONAL.offenceTwins;
  return folded.some((_, at) =>
    OFFENCE_TWINS.some(({ words: twin, marked, besides, health }) => {
      if (!phraseAt(folded, at, twin)) return false;
      const next = at + twin.length;
      if (typed[next - 1] === marked || besides.some((other) => phraseAt(folded, next, other) || phraseEndingAt(folded, at, other))) return true;
      if (health !== undefined || !leads.includes(folded[at - 1] ?? '')) return false;
      if (next < folded.length && !/^[,.;!?\n]$/.test(folded[next]!) && !before.includes(folded[next]!)) return false;
      // The word before the lead, past an owner word ("nha tui co tien an": "tui" is whose the household is).
      const owner = at >= 2 && OWNER_WORDS.has(folded[at - 2]!) ? 1 : 0;
      if (notAfter.includes(folded[at - 2 - owner] ?? '')) return false;
      return !HOUSEHOLD_HEAD_WORDS.some((head) => phraseEndingAt(folded, at - 1 - owner, head));
    }),
  );
}

/** A household said to be of no class ("nhà tui ko nghèo", "hổng phải hộ nghèo"): TOPICS.notClasses that negate. */
const NOT_OF_CLASS = TOPICS.notClasses.filter((phrase) => phrase.startsWith('khong '));

function topicRead(message: string | ReadMessage, today: string, post: boolean): Topic | undefined {
  const { withoutNumbers, words, day, year, period } = whenAsked(message, today);
  // "thoi tiet mai sao, nha o huyen cu chi" (round 37; was the housing card): an everyday subject, where the house is, no topic.
  if (asksElsewhere(words)) return undefined;
  // "xử lý rác thải là chỉ số gì trong chuẩn nghèo mới": the coming standard's indicators, not today's.
  const comingNamed = year === undefined && has(words, TOPICS.changes.newStandard);
  // A cadre's question a rules/reference.yaml entry answers: about households in the review, no support named.
  // "ho ngheo dc tro giup phap ly mien phi ko, con can ngheo thi sao" (round 43 resid48; was "hộ mới thoát nghèo không có hỗ trợ
  // này", unasked): each clause read alone ("… mien phi ko, can ngheo" is no "không cận nghèo"), and the newly escaped read only
  // across a clause break ("ko, con can ngheo" is no "không còn cận nghèo") is no class asked.
  const clauses = readMessage(message).text.split(/[,;.!?\n]/u).map((clause) => readMessage(clause).words);
  const clauseClasses = new Set(clauses.flatMap((clause) => classesNamed(clause)));
  const wholeClasses = classesNamed(words);
  const acrossBreak = wholeClasses.includes('newly_escaped') && !clauseClasses.has('newly_escaped') && clauseClasses.size > 0;
  const classes = acrossBreak ? [...clauseClasses] : wholeClasses;
  const aboutReview = classes.length > 0 || has(words, TOPICS.referenceContext);
  // "qua tet duong lich ho can ngheo …": a time said ("Tết dương lịch", the coming January) names no support, though "qua tet"
  // typed without marks is also "quà Tết" (round 21).
  const timeAt = nextJanuaryAt(words);
  // "nha o bển ngheo lam": where the house is, no housing support (TOPICS.housePlaced).
  // "thành viên đi XKLĐ có tính nhân khẩu không": the member abroad counted, no work-abroad support (TOPICS.memberCounted).
  const placed = withoutPhrases(timeAt.size === 0 ? words : words.map((word, at) => (timeAt.has(at) ? '' : word)), TOPICS.housePlaced);
  const supportWords = schoolYearless(has(words, TOPICS.memberCounted) ? withoutPhrases(placed, HOUSEHOLD_AWAY.abroad) : placed);
  const supportsNamed = Object.entries(TOPICS.supports).filter(([, names]) => has(supportWords, names)).map(([id]) => id);
  const namesSupport = supportsNamed.length > 0;
  // "trưởng thôn đòi 500k mới đưa vô danh sách": an amount demanded names the fees entry as its words do (asksReviewFees).
  // An entry read `over` the supports named ("the bhyt het han": the card expired, not the premium) answers despite them.
  // An entry whose `over` holds only for a household said to be of no class ("bao lut sap nha, nha tui ko ngheo": sudden_hardship;
  // "lu quet troi nha thi xin ho tro o dau" keeps the housing card, that no rule for disaster help is in the data said first).
  // An entry whose `over` holds only with its paired asks ("moi thoat ngheo dc vay may nam": newly_escaped; "… con dc vay von ko" keeps
  // the loan card, round 36 words23).
  const overNamed = ({ over, overNotOfClass, overPaired, pairedAsks }: { over?: readonly string[]; overNotOfClass?: true; overPaired?: true; pairedAsks?: { asks: readonly string[]; said: readonly string[] } }) =>
    over !== undefined && (overNotOfClass !== true || (classes.length === 0 && has(words, NOT_OF_CLASS))) &&
    (overPaired !== true || (pairedAsks !== undefined && has(words, pairedAsks.asks) && has(words, pairedAsks.said))) && supportsNamed.every((id) => over.includes(id));
  const entryRead = (entry: (typeof TOPICS.reference)[string]) => {
    const { subject, asks, pairedAsks, unless, alone, posts, questions, yieldsTo } = entry;
    return (!namesSupport || overNamed(entry)) &&
      (post || posts !== true || (questions !== undefined && has(words, questions.asks) && !has(words, questions.unless))) &&
      (((aboutReview || alone === true) && has(words, subject)) || (Array.isArray(alone) && has(words, alone))) &&
      (!asks || has(words, asks) || (pairedAsks !== undefined && has(words, pairedAsks.asks) && has(words, pairedAsks.said))) &&
      !(unless && has(words, unless)) &&
      !(yieldsTo && pairSaid(yieldsTo, words, classes));
  };
  const reference = namesSupport && !Object.values(TOPICS.reference).some(overNamed)
    ? undefined
    : !namesSupport && asksReviewFees(words) ? 'review_fees' : Object.entries(TOPICS.reference).find(([, entry]) => entry.last !== true && entryRead(entry))?.[0];
  if (reference) {
    const ages = TOPICS.reference[reference]?.aged ? agesTold(withoutNumbers) : [];
    // "con tui 4 tuoi di hoc mau giao nha can ngheo dc ho tro j ko" (round 28 words13): the preschool child said leads with the
    // entry's lunch line (its support's `who`), was the health insurance line first.
    const lead = TOPICS.reference[reference]?.leads?.find((id) => has(words, TOPICS.supportsByWho[id]!.who));
    const form = reference === FORMS_ENTRY ? formNumbersAsked(words) : undefined;
    return {
      kind: 'reference',
      entryId: reference,
      ...(ages.length > 0 ? { ages } : {}),
      // "…được phê duyệt theo văn bản nào, tổng vốn giai đoạn 1 bao nhiêu?" (round 46 tryout50 C17; was the documents alone): the
      // money asked is its `budget` lines, which name the documents the figures belong to.
      ...(BUDGET_ENTRIES.includes(reference) && has(words, BUDGET_ASKED)
        ? { brief: true as const, budget: true as const }
        : DOCUMENTS_ENTRIES.includes(reference) && has(words, DOCUMENTS_ASKED) ? { brief: true as const, documents: true as const } : briefAsked(words, reference)),
      ...(lead ? { lead } : {}),
      ...(form ? { form } : {}),
    };
  }
  // "ra soat theo chi tieu nao": the indicators asked (TOPICS.indicatorList.subject), no plan's target.
  // "co them chi tieu j moi ko" (round 34 words19): "chỉ tiêu" asked as added or new is an indicator (TOPICS.changes.newIndicators).
  // "co may tieu chi, tieu chi nao moi" (round 39 mend39c; was a plan's passage): "tiêu chí" said twice reads "chỉ tiêu" across them.
  const notDocumentWords = withoutPhrases(withoutPhrases(withoutPhrases(withoutPhrases(words, TOPICS.supportPayer), TOPICS.indicatorList.subject), TOPICS.changes.newIndicators), CRITERION_WORD);
  // A notInData entry read before them (`documents`: "Tỷ lệ hộ nghèo đa chiều của xã tính thế nào", round 35 mend35e) is said.
  const beforeDocuments = Object.values(TOPICS.notInData).some(({ words: named, documents }) => documents === true && has(words, named));
  if (has(notDocumentWords, TOPICS.documentQuestions) && !beforeDocuments) return undefined;
  // "khai thu nhap thap hon dc ko" (even "… để được vay tiền"): the review's checks, from the procedure data.
  if (has(words, TOPICS.procedureAsks.declaring!)) return { kind: 'procedure', about: 'declaring' };
  // "số điện thoại ông chủ tịch xã", "làm giấy có mất tiền ko", "tố cáo trưởng thôn": nothing in the data; no passage is quoted.
  // A support named keeps its card ("đi khám bệnh có mất tiền ko": the BHYT card answers what it costs).
  // An entry's `over` supports do not count ("lãi suất tiết kiệm" is no loan).
  // "bỏ chỉ số điện thoại": the "số" of "chỉ số" (an indicator) starts no phone number.
  const indicatorWords = phrasePositions(words, INDICATOR_WORD);
  const withoutIndicatorWord = words.map((word, at) => (indicatorWords.has(at) ? '' : word));
  const notInData = Object.entries(TOPICS.notInData).find(
    ([, { words: named, over, unless }]) =>
      has(withoutIndicatorWord, named) && supportsNamed.every((id) => over?.includes(id) === true) && !(unless && has(words, unless)),
  )?.[0];
  // Another household on the list though better off (TOPICS.losing.other): how the list is made public, that case not judged.
  const otherNamed = has(words, TOPICS.losing.other.households) && has(words, TOPICS.losing.other.better);
  if (otherNamed && !namesSupport && classes.some((named) => named === 'poor' || named === 'near_poor')) return { kind: 'losing', other: true };
  if (notInData) {
    // "chau tui mo coi, ba noi 80 tuoi, co dc ho tro j ko" (round 36 words23; was the orphan notice and the allowance, the
    // grandmother's pension unsaid): the ages told are kept, the old members' supports follow (agedSupportLines).
    const ages = agesTold(withoutNumbers);
    // "vay von ho ngheo co can the chap ko" (round 37 mend37a): the support named with it (an `over` one) follows.
    const supportNamed = TOPICS.notInData[notInData]!.thenNamed ? supportsNamed[0] : undefined;
    const standardYear = TOPICS.notInData[notInData]!.standard ? (year ?? yearWritten(words)) : undefined;
    return { kind: 'notInData', subject: notInData, ...(ages.length > 0 ? { ages } : {}), ...(supportNamed !== undefined ? { supportNamed } : {}), ...(standardYear !== undefined ? { year: standardYear } : {}) };
  }
  // Also a thing owned asked with being considered, no support named ("nha co xe hoi thi co dc xet ho ngheo ko"): the
  // review's criteria answer it, and that the data has no rule on that thing.
  // "nha tui moi bi loai …": "mới" there is "just", no new house (TOPICS.losing.justNow); "có nhà mới bị loại ko" owns one.
  const assetWords = withoutPhrases(words, TOPICS.losing.justNow);
  const asset = LOSING_ASSETS.find(([key, phrase]) => has(assetWords, phrase) || has(words, OWNED_ASSETS.get(key)!))?.[0];
  // Owned: "có xe hơi" ("hỗ trợ tiền mua xe máy" buys one, asks a support).
  const owned = asset !== undefined && has(words, OWNED_ASSETS.get(asset)!);
  const assetAsked = owned && !namesSupport && classes.length > 0 && has(words, TOPICS.household.asksEligibility);
  // "thoát nghèo có bị cắt bhyt liền ko": a support after leaving the list is the newly escaped class's (its card), no review.
  // "vua bi rot can ngheo, con dc the bhyt ko" (round 31 plain18): a support still asked after leaving the list is that class's too.
  const stillAsked = has(words, TOPICS.losing.stillAsked) || has(words, TOPICS.losing.stillAfterSupport);
  const leftStill = namesSupport && has(words, TOPICS.losing.words) && stillAsked && classes.some((named) => named === 'poor' || named === 'near_poor');
  const escapedSupport = namesSupport && (classes.includes('newly_escaped') || leftStill);
  // "nha ngheo ma ko dc ho tro tien dien ha" (round 38 mend38b; was why a household may not be recognised): poor "but" not given a
  // support named asks that support; other words of losing still count.
  const losingWords = namesSupport ? blankedPhrases(words, TOPICS.losing.givenNothing) : words;
  const losingSaid = acrossBreak ? clauses.some((clause) => has(namesSupport ? blankedPhrases(clause, TOPICS.losing.givenNothing) : clause, TOPICS.losing.words)) : has(losingWords, TOPICS.losing.words);
  if ((losingSaid && !escapedSupport) || assetAsked) {
    return { kind: 'losing', ...(asset ? { asset } : has(words, TOPICS.losing.notRecognised) ? { notRecognised: true as const } : {}) };
  }
  const area = areaNamed(words);
  // "chuẩn mới với chuẩn cũ khác nhau chỗ nào": periods compared, not classes (a class named compares classes) nor what changes.
  // "So sánh chuẩn nghèo giai đoạn 2022–2025 và 2027–2030" (round 43 cadre45; was the 2022–2025 card): two periods written are two
  // standards compared too, "chuẩn nghèo" naming no class; their indicators alone compared stay the indicators' (findings36 N36-06).
  // "Hộ nghèo giai đoạn 2022–2025 và 2027–2030 khác nhau thế nào?" (round 44 cadre46; was the 2022–2025 card): one class across two
  // periods written is the standards compared too (the lines and the deficit count that make the class, each period's).
  const classesCompared = classesNamed(withoutPhrases(words, ['chuan ngheo'])).length;
  const periodsCompared = twoPeriodsWritten(words) && !has(words, TOPICS.changes.indicators);
  const compare = has(words, TOPICS.comparison) && ((classesCompared === 0 && (has(words, TOPICS.standardsCompared) || periodsCompared)) || (classesCompared === 1 && periodsCompared));
  // "chuan ngheo moi ap dung tu khi nao": when the new standard starts leads today's figures (the day it starts, its lines).
  const newStandardWhen = year === undefined && has(words, TOPICS.changes.newStandard) && has(words, TOPICS.followUp.aspects.timing!);
  // "hộ có mức sống trung bình năm 2027 xác định thế nào", "tu thang 1 nam sau ho can ngheo tinh sao": the middle or near-poor
  // class alone asked of a year's standard is its band (the middle's) or its line (the near-poor's: the first figures), first
  // (round 17); with no year the card says too what changes on 01/01/2027.
  // "tiêu chí hộ làm nông lâm ngư nghiệp có mức sống trung bình" (round 32 cadres20; was the poor class's two criteria, no band):
  // the middle class's criteria asked with no year are its band of today's standard.
  const bandAsked = classes.length === 1 && (
    ((classes[0] === 'middle' || classes[0] === 'near_poor') && (year ?? yearWritten(words)) !== undefined) ||
    (classes[0] === 'middle' && has(words, TOPICS.criteria))
  );
  // "nam nay chuan ngheo co doi ko", "bay gio chuan ngheo co doi ko" (round 33 law21; were the changes and whole cards, 3.560 to
  // 7.421 characters): this year said in a yes-or-no change question is the year asked, as a follow-up's "năm nay" is (yearSaid).
  // "chuan ngheo co thay doi gi ko" (round 34 law23; was the changes and both whole cards, 7.421 characters on 06/12/2026): no
  // time said at all is asked of now, as "hiện nay" is.
  const nowAsked = has(words, WHEN_WORDS.thisYear) || (year === undefined && day === undefined && period === undefined && !has(words, TOPICS.changes.newStandard));
  const thisYearAsked = nowAsked && asksChange(words, year, today) && has(words, TOPICS.changes.yesNo) ? Number(today.slice(0, 4)) : undefined;
  // "chuan ngheo moi co hieu luc chua", no time said, and "tu 1/1 chuan ngheo moi ap dung chua" on 31/12/2026 (round 35 law25; were
  // "Sắp thay đổi" and both whole cards, and on 01/01/2027 "Sắp thay đổi: Chưa có thay đổi nào"): whether the new standard applies yet,
  // or from a later day written (info.ts standardQuestionAnswer). A day already come is asked yes or no as before (`yesNo`).
  const yetAsked = has(words, TOPICS.changes.passedYesNo) && (day !== undefined ? day > today : year === undefined && has(words, TOPICS.changes.newStandard));
  // "1/1/2027 ap dung chuan moi chua" on 20/01/2027, "thang 7/2027 …" on 01/07/2027 (round 36 mend36a; were the whole card, no
  // "Có."): the new standard asked of a day already come is asked yes or no (`yesNo`).
  const cameAsked = day !== undefined && day <= today && has(words, TOPICS.changes.passedYesNo) && has(words, TOPICS.changes.newStandard);
  // "den 1/7/2027 thi ap dung chua" asked on 20/01/2027 (round 36 law27; was no topic, an explainer): a later day of this year asked
  // "áp dụng chưa" asks as a later year does.
  const changeAsked = asksChange(words, year, today) || yetAsked || cameAsked;
  const standardTopic = (asked: number | undefined): Extract<Topic, { kind: 'standard' }> => (compare ? { kind: 'standard', compare: true } : {
    kind: 'standard',
    ...(asked !== undefined ? { year: asked } : thisYearAsked !== undefined ? { year: thisYearAsked } : {}),
    ...(period !== undefined && asked === period.from ? { until: period.to } : {}),
    ...(day !== undefined && day !== today && asked === year ? { date: day } : {}),
    ...(changeAsked ? { change: true, ...(has(words, TOPICS.changes.yesNo) || (day !== undefined && day <= today && has(words, TOPICS.changes.passedYesNo)) ? { yesNo: true as const } : {}), ...(yetAsked ? { yet: true as const } : {}) } : {}),
    ...(area ? { area } : {}),
    ...(asked === undefined && has(words, TOPICS.changes.newStandard) && !newStandardWhen ? { coming: true } : {}),
    ...(asksIndicatorList(words)
      ? { indicators: true, ...(asksIndicatorCount(words) ? { count: true } : classes.length === 0 && has(words, TOPICS.indicatorList.meaning) ? { list: true } : {}) }
      : {}),
    ...(newStandardWhen ? { figures: true, when: true } : {}),
    ...(has(words, TOPICS.threshold.amount) || bandAsked ? { figures: true, ...(classes.includes('middle') ? { middle: true } : {}) } : {}),
    ...(has(words, TOPICS.threshold.decree) ? { figures: true, decree: true } : {}),
    ...(has(words, TOPICS.threshold.atLine.words) && !has(words, TOPICS.threshold.atLine.not) ? { figures: true, atLine: true } : {}),
    ...(has(words, TOPICS.sources.source) ? { basis: true } : {}),
  });
  if (compare) return standardTopic(undefined);
  // "nam 2027 tinh ho ngheo theo cai moi ha" (round 31 law17; was an explainer never saying from when): the new standard asked, yes or
  // no, of a later year, nothing else asked: whether it applies from that year's first day (the change answer's yes or no, dated).
  const newAskedOf = year !== undefined && year >= Number(today.slice(0, 4)) && day === undefined && has(words, TOPICS.changes.newStandard);
  if (newAskedOf && !namesSupport && !has(words, TOPICS.changes.asks) && !asksIndicatorList(words) && !has(words, TOPICS.changes.indicators) && !has(words, TOPICS.threshold.amount) && TOPICS.supportsList.closing.includes(words.at(-1) ?? '')) {
    return { ...standardTopic(year), date: `${year}-01-01`, change: true, yesNo: true };
  }
  // "nha tui thue chat lam", "nha e ko co nha tieu": the user's own household and a sign of an indicator in household
  // words, no class asked about: what the sign counts for (the indicator), unless a support or another topic is asked.
  const lacksNamed = classes.length === 0 ? householdIndicatorsNamed(words) : [];
  // "ko co dien thoai", "nha ko co dt" (round 40 law33; were a province's plan quoted by search): a lack said and nothing else is
  // the household's own, as "nha tui ko co dien thoai" is (and is alone too: "nha tui ko co bhyt", round 41 law34). A negation
  // closing the message asks ("co bhyt ko": has it, yes or no?), it tells no lack.
  // "tui o nha ko di lam" (round 43 resid47; was the renting explainer, "ở nhà" read as housing): the speaker said with it.
  const lackAlone = lacksNamed.length > 0 && words.slice(0, -1).some((word) => NEGATIONS.has(word)) &&
    withoutPhrases(words, [...NEGATIONS, ...HAVE_WORDS, ...OWN_HOUSEHOLD, ...TOPICS.household.heads, ...TOPICS.household.speakers, ...TOPICS.supportsList.closing, ...lacksNamed.flatMap((id) => deprivationPhrases(DEPRIVATION_WORDS[id]))]).length === 0;
  const householdSigns = has(words, OWN_HOUSEHOLD) || lackAlone ? lacksNamed : [];
  // With the names a question gives them (round 40 law33: "nha tui ko co dt" was the Internet indicator alone): a phone is a means
  // of getting information too, as "nha tui ko co dien thoai co bi tinh thieu hut ko" says.
  const told: Topic | undefined = householdSigns.length > 0 ? indicatorTopic(indicatorsNamed(words), withoutNumbers, year, comingNamed) : undefined;
  // "ho ngheo o tro co dc ho tro tien dien ko" (round 18): a support named is asked of a renter too, its card answers.
  if (has(words, TOPICS.situations) && !namesSupport) return told;
  // "nghe noi 2027 bo chi so dien thoai": what the standard of that year changes in its indicators (the changes lead the card).
  if (has(words, TOPICS.changes.asks) && has(words, TOPICS.changes.indicators)) return standardTopic(year);
  // "chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào": the same, asked by comparing a later year's indicators with today's.
  // "so sánh 12 chỉ số giai đoạn 2022-2025 với giai đoạn 2027-2030" (findings36 N36-06): of periods named, the later one is
  // compared with the one before it, whichever is named first.
  const comparedYear = has(words, TOPICS.changes.compared) ? latestPeriodNamed(words) : undefined;
  const comparing = comparedYear !== undefined && comparedYear > (year ?? 0) ? comparedYear : year;
  const later = (comparing !== undefined && comparing > Number(today.slice(0, 4))) || has(words, TOPICS.changes.newStandard);
  if (later && classes.length === 0 && has(words, TOPICS.changes.compared) && has(words, TOPICS.changes.indicators)) {
    return { ...standardTopic(comparing), indicators: true, compared: true };
  }
  // "neu tui co bhyt roi thi sao" (round 16): the thing a support gives told as had, no indicator word ("chỉ số") said: the support's
  // card and what having it means for the indicator, not the indicator's entry as if it were lacked.
  const hadAsked = supportsNamed.length === 1 && has(words, TOPICS.hadThing.asks) && !has(words, TOPICS.hadThing.unless);
  const had = hadAsked ? indicatorToldHad(words) : undefined;
  if (had !== undefined) {
    return { kind: 'support', supportId: supportsNamed[0]!, ...(classes[0] ? { classification: classes[0] } : {}), had };
  }
  // "ko co bhyt", "nha tui ko co bhyt" (round 41 law34; was the premium card of every class): a resident telling the household lacks
  // what a support gives, nothing asked, asks whether that counts and what they can get.
  if (lackAlone && supportsNamed.length === 1 && lacksNamed.length === 1 && classes.length === 0) {
    return { kind: 'support', supportId: supportsNamed[0]!, lacked: [lacksNamed[0]!] };
  }
  // "nha ko co nha o", "ko co tien dien" (round 42 resid45; were a goodbye and the electricity card of every class): a support's
  // thing told lacked, no household word of an indicator, nothing asked: the indicators of its dimension ("nhà ở": both of
  // housing) or none, then its lines in brief.
  const supportLackAlone = lacksNamed.length === 0 && supportsNamed.length === 1 && classes.length === 0 && year === undefined &&
    words.slice(0, -1).some((word) => NEGATIONS.has(word)) &&
    withoutPhrases(words, [...NEGATIONS, ...HAVE_WORDS, ...OWN_HOUSEHOLD, ...TOPICS.household.heads, ...TOPICS.household.speakers, ...TOPICS.supportsList.closing, ...TOPICS.supports[supportsNamed[0]!]!]).length === 0;
  if (supportLackAlone) return { kind: 'support', supportId: supportsNamed[0]!, lacked: indicatorsNamed(words, DIMENSION_WORDS) };
  // "chi so thieu hut bhyt la gi": an indicator named and asked about is that indicator's entry, not the list nor the BHYT card.
  // "nha ko co tivi … thi bi tinh thieu chi so nao" (round 18): which indicators a lack told counts for, not the list of twelve.
  const whichForLack = lacksNamed.length > 0 && !asksIndicatorList(words, WHOLE_LIST_ASKS);
  // "bhyt thi sao", "the bhyt thi sao" (round 39 resid39; was the BHYT indicator): a support named and asked only "thì sao", nothing
  // else told ("ko co bhyt thi sao" tells a lack: the indicator), asks the support's card.
  const supportOnlyAsked = namesSupport && !words.some((word) => NEGATIONS.has(word)) && withoutPhrases(supportWords, [
    ...supportsNamed.flatMap((id) => TOPICS.supports[id]!), ...TOPICS.hadThing.asks, ...TOPICS.followUp.opens, ...TOPICS.followUp.aspectFillers,
  ]).length === 0;
  // "Mức hỗ trợ đóng BHYT cho người thuộc hộ cận nghèo … là bao nhiêu, và hộ cận nghèo ở xã nghèo thì sao?" (round 44 cadre47; was
  // the BHYT indicator): a support named and its help asked ("hỗ trợ"), no lack told, whose only deprivation ask is a "thì sao"
  // asks the support's card too.
  const supportHelpAsked = namesSupport && !words.some((word) => NEGATIONS.has(word)) && has(words, TOPICS.supportHelpAsks) &&
    !has(withoutPhrases(words, TOPICS.hadThing.asks), TOPICS.deprivationAsks);
  // "tien sach vo cho con di hoc tinh sao" (round 46 resid55; was the schooling indicator): books are no indicator, nothing lacked told.
  const booksAsked = has(words, TOPICS.schoolBooks) && !words.some((word) => NEGATIONS.has(word));
  if (has(words, TOPICS.deprivationAsks) && !supportOnlyAsked && !supportHelpAsked && !booksAsked && (!asksIndicatorList(words, LIST_ONLY_ASKS) || whichForLack)) {
    const named = indicatorsNamed(words);
    const indicatorIds = named.length > 0 || !has(words, TOPICS.indicatorList.subject) ? named : indicatorsNamed(words, DIMENSION_WORDS);
    if (indicatorIds.length > 0) return indicatorTopic(indicatorIds, withoutNumbers, year, comingNamed);
  }
  // "nha tui moi bi rot ho ngheo thi con dc huong bhyt ko" (round 32 consent18; was the benefit level's card, "được hưởng" read
  // as what the card pays): the "còn được hưởng" of a support still asked after leaving the list names no pair.
  const pairWords = leftStill ? withoutPhrases(words, TOPICS.losing.stillAsked) : words;
  const byWho = Object.entries(TOPICS.supportsByWho).filter(([id]) => pairSaid(id, pairWords, classes));
  const named = Object.entries(TOPICS.supports).find(([, names]) => has(supportWords, names))?.[0] ?? (asksLoanAmount(words) || asksLoanPlain(message) ? LOAN_ALONE.support : undefined);
  // A who-and-what pair wins over the support words it names in `over` ("bhyt … được hưởng mấy phần trăm khi khám bệnh").
  // "hộ nghèo có được hỗ trợ tiền nước ko": no such support in the data; its indicator is what the data has. It wins over the
  // supports of its `over` ("làm nhà vệ sinh" is no housing support).
  const lacking = Object.entries(TOPICS.withoutSupport).find(([, { words: named }]) => has(words, named))?.[0];
  const lackingOver = lacking === undefined ? [] : (TOPICS.withoutSupport[lacking]!.over ?? []);
  let support = byWho.find(([, { over }]) => named !== undefined && over?.includes(named) === true)?.[0] ?? named ?? byWho[0]?.[0];
  if (support !== undefined && lackingOver.includes(support)) support = undefined;
  // An old person with no carer: the social allowance's group, its card leading with the pension an age said reaches (TOPICS.noCarer).
  const { noCarer } = TOPICS;
  const noCarerSaid = has(words, noCarer.words);
  if (support === noCarer.over && noCarerSaid && (!has(words, noCarer.unless) || agesTold(withoutNumbers).length > 0)) support = noCarer.to;
  // "Mức chuẩn trợ giúp xã hội hiện hành là bao nhiêu? Người cao tuổi thuộc hộ nghèo có được hưởng trợ cấp hằng tháng không?" (round
  // 45 cadre49; was the pension cards alone, "chưa có số tiền"): the allowance named beside "người cao tuổi", no pension named, no
  // age said: the allowance's card (its mức chuẩn), the pensions by age after it, as for an old person with no carer.
  const elderAllowance = support === noCarer.over && has(words, noCarer.named) && !has(words, noCarer.unless) && agesTold(withoutNumbers).length === 0;
  if (elderAllowance) support = noCarer.to;
  // "ba gia 80 tuoi chong mat roi o 1 minh, …, co dc tien j ko" (round 34 tryout21, kept in round 40 resid40): a spouse who died said
  // of someone old is no single parent raising children: the support the person's age and what is asked name (the pension's pair).
  const { bereaved } = TOPICS;
  const widowedOnly = support === MONTHLY_ALLOWANCE && has(words, bereaved.words) && !has(withoutPhrases(words, bereaved.words), TOPICS.supports[MONTHLY_ALLOWANCE] ?? []);
  if (widowedOnly && agesTold(withoutNumbers).some((age) => age >= bereaved.olderThan)) support = byWho.map(([id]) => id).find((id) => id !== MONTHLY_ALLOWANCE);
  // "con tui bi khuyet tat nang co dc tien tro cap hang thang ko" (round 28 words13; was the explainer of corpus/faq quoted by
  // search): a disabled person's monthly money with no class named is the disability entry (the allowance of NĐ 20/2021 for every
  // disabled person, its basis and status), as "ba tui bi tan tat co dc tro cap j ko" is, not the rules entry for poor households
  // that the words "trợ cấp hằng tháng" alone would name; its name said keeps it ("trợ cấp xã hội").
  // "ba tui bi khuyet tat, nha tui ho can ngheo, co dc tro cap hang thang ko" (round 29 words14; was the near-poor card, "chưa
  // rõ" of a single mother): a class named that the pair does not give the card (supportsByWho `classes`) is no class here.
  if (support === DISABLED_ALLOWANCE && !classes.some((named) => DISABLED_CLASSES.includes(named)) && has(words, DISABLED_WHO) && !has(words, ALLOWANCE_NAMED)) {
    // In brief when asked by its words only ("vo tui bi mu, ho can ngheo dc tro cap hang thang hok", round 35 short26b: was the
    // whole card, 2.074 characters), as the member named alone is.
    return { kind: 'reference', entryId: DISABILITY_ENTRY, ...briefAsked(words, DISABILITY_ENTRY) };
  }
  // "xã nghèo" names a commune, not the class "hộ nghèo" (the class is read from the other words: "hộ cận nghèo ở xã nghèo").
  const communeAt = phrasePositions(words, TOPICS.supportsList.communes);
  const commune = support !== undefined && communeAt.size > 0;
  // "ho ngheo dc tro giup phap ly mien phi ko, can ngheo thi sao" (round 41 mend41a; was the poor class's line alone): two classes
  // asked of one support are both its card's (clauseClasses). Both read in the whole message already ("HN, HCN co duoc ho tro tien
  // dien ko") keep the first, the other's line said after it.
  const classification = leftStill ? 'newly_escaped' : commune ? classesNamed(words.map((word, at) => (communeAt.has(at) ? '' : word)))[0] : (acrossBreak && classes.length > 1) || clauseClasses.size > Math.max(1, classes.length) ? undefined : classes[0];
  // A monthly allowance for someone of an age said ("ong tui 72 tuoi ho can ngheo co dc tien hang thang ko" named no support):
  // the social assistance, whose related pensions lead when the ages fit them (supportsShown). Read before the line: "bo tui 81
  // tuoi nha ngheo ko ai co luong, dc tro cap bn 1 thang" (round 29 tryout12; was the standard's card) asks the allowance's
  // amount, the wage ("lương") nobody has is no income asked.
  if (!support && has(words, TOPICS.monthlyAllowance) && agesTold(withoutNumbers).length > 0) support = MONTHLY_ALLOWANCE;
  // "ong tui bi gout co dc tro cap ko" (round 35 mend35e; was a passage on school fees): an allowance asked for a member ill is
  // the monthly allowance, as "ba tui bi ung thu co dc tro cap hang thang ko" is.
  if (!support && has(words, TOPICS.monthlyAllowance) && illnessOfMemberTold(words)) support = MONTHLY_ALLOWANCE;
  // "me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang" (round 30 mend30b; was the standard's card): an amount asked
  // for someone of an age said whom nobody supports (no one's wage, no carer) is the allowance, as for the father of 81.
  const unsupported = has(words, TOPICS.wageNone) || noCarerSaid;
  if (!support && unsupported && has(words, TOPICS.followUp.aspects.amount!) && agesTold(withoutNumbers).length > 0) support = MONTHLY_ALLOWANCE;
  // "nha ngheo ko ai co luong, dc tro cap bn 1 thang" (round 29; was the standard's card): no age, but nobody's wage or pension
  // said beside the allowance asked: the social pension, whose card says who qualifies by age and class (with status).
  if (!support && has(words, TOPICS.monthlyAllowance) && has(words, TOPICS.wageNone)) support = SOCIAL_PENSION;
  // "bn thu nhập thì được tính là hộ nghèo": the line, in any order (a support named keeps its own question).
  // "hộ có thu nhập … 2.200.000 đồng … năm 2027 là hộ gì": which class an income is, the line of the year asked.
  const asksLine = ((classes.length > 0 && has(words, TOPICS.threshold.amount)) || has(words, TOPICS.threshold.classAsked)) && has(words, TOPICS.threshold.subject);
  // The standard of a year no period covers ("năm 2015", "2031") is that year's: the answer says the data has none.
  const standardYear = year ?? yearWritten(words);
  // "năm sau nhà tui còn là hộ cận nghèo không": a class asked about for a later year is that year's standard.
  // "co phai nam 2027 ho ngheo dc cho 5 trieu ko" (round 31 plain18): money said handed out asks a support rumoured, not the standard.
  const asksLaterClass =
    classes.length > 0 && year !== undefined && year > Number(today.slice(0, 4)) && has(words, TOPICS.household.asksEligibility) && !has(words, TOPICS.claims.given) &&
    // "nam sau co phai dang ky lai ho ngheo ko" (round 40 resid40): registering again asked, the yearly review's (procedure).
    !has(words, TOPICS.procedureYearly);
  // "xet ho ngheo theo tieu chi nao", "thang 1 toi xet ho ngheo theo tieu chi nao": the two criteria in short (round 32 law18), for
  // the year the time words say; the cadre's "… giai đoạn 2022–2025 gồm những gì" (a period written, the whole asked) keeps the card.
  const criteriaInBrief = classes.length > 0 && has(words, TOPICS.criteria) && !has(words, TOPICS.selfCheck) && !has(words, TOPICS.criteriaInFull) &&
    periodWritten(words) === undefined && !area && !bandAsked && !namesSupport;
  if (asksLaterClass && !namesSupport) return criteriaInBrief ? { kind: 'standard', year: year!, criteria: true } : standardTopic(year);
  // "Xã có 138 hộ nghèo theo tiêu chí A và 30 hộ theo tiêu chí B thì phân loại thế nào" (round 45 cadre48; was the 2026 card in brief).
  if (!namesSupport && householdsCounted(words) && has(words, TOPICS.criterionCounts.criterion) && has(words, TOPICS.criterionCounts.classify)) {
    return { kind: 'standard', ...(standardYear ? { year: standardYear } : {}), counted: true };
  }
  // "nghe noi tong thu nhap ca nha duoi 6 trieu la ho ngheo" (round 23): the whole household's income said of a class, no
  // household told (its size): the standard is each person's income, the rule of counting answers before any line.
  if (!support && classes.length > 0 && has(words, TOPICS.incomeCounting.whole) && !householdSizeSaid(words)) return { kind: 'reference', entryId: INCOME_ENTRY };
  // "thu nhap 2tr5 o thanh pho nam sau la ngheo hay can ngheo" (round 34 law23; was the area's lines and the whole 2027 card, 3.600
  // characters): an income's class asked of an area is that area's line of the year asked, first and short, the card a button away.
  if (asksLine && !support && area && has(words, TOPICS.threshold.classAsked)) return { ...standardTopic(standardYear), figures: true };
  if (asksLine && !support) return standardTopic(standardYear);
  // "nam 2027 ho trung binh la bao nhieu", "chuan ho trung binh 2027" (round 40 resid40; were an explainer found by search): the
  // middle or near-poor band of a year asked by its amount or its line alone (no "thu nhập") is that year's band, as with it.
  if (bandAsked && !support && (has(words, TOPICS.threshold.amount) || has(words, TOPICS.threshold.subject))) return standardTopic(standardYear);
  // "thu nhập có tính tiền trợ cấp xã hội không", "thu nhap ko on dinh tinh sao": how income is counted, even when it names
  // a support; the search would quote a plan's "thu nhập ổn định" ("tinh" is also "tỉnh": not "thu nhập của tỉnh").
  // "Thu nhập đúng bằng chuẩn cận nghèo thì tính thế nào?" (round 30): the line said beside the ask is the standard asked.
  // "tinh 1 thang hay ca nam" (round 43 resid47; was "ngoài phạm vi"): the period asked alone ("thu nhập" not said with an ask: the
  // entry, whose first line says the 12 months), the entry's line that answers it.
  if (!asksIncomeCounting(words) && has(words, TOPICS.incomeCounting.period)) return { kind: 'reference', entryId: INCOME_ENTRY, brief: true, recognised: true };
  if (asksIncomeCounting(words)) return !support && has(words, TOPICS.incomeCounting.line) ? standardTopic(standardYear) : { kind: 'reference', entryId: INCOME_ENTRY };
  if (support) {
    const ages = agesTold(withoutNumbers);
    const agedBelow = (limit: { age: number; supports: readonly string[] } | undefined) =>
      limit !== undefined && limit.supports.includes(support) && ages.length > 0 && ages.every((age) => age < limit.age);
    const group = Object.entries(TOPICS.groupsWithoutRule).find(
      ([, { words: named, supports: only, unless, youngerThan, twinsBefore }]) =>
        (has(words, named) || agedBelow(youngerThan) || (twinsBefore !== undefined && offenceTwinSaid(withoutNumbers, twinsBefore))) &&
        (!only || only.includes(support)) && !(unless && has(words, unless)),
    )?.[0];
    // "ông tui có lương hưu rồi": the answer leads with what a pension changes (TOPICS.pensionHeld), never "không có lương hưu".
    const held = withoutPhrases(words, TOPICS.pensionHeld.socialNames);
    const pension = has(held, TOPICS.pensionHeld.says) && !has(held, TOPICS.pensionHeld.denies);
    // Money, not a rate ("lãi suất … bn", "bao nhiêu phần trăm" keep their card).
    const amount = has(withoutPhrases(words, TOPICS.followUp.muchTold), TOPICS.followUp.aspects.amount!) && !has(words, TOPICS.followUp.aspects.rate!);
    const papers = has(words, TOPICS.followUp.aspects.papers!) || (has(words, TOPICS.papersListed.file) && has(words, TOPICS.papersListed.holds));
    const applying = !papers && has(words, TOPICS.applyingAsked);
    // How long it lasts, not a card run out ("the bhyt het thoi han thi lam sao" is no term asked).
    const duration = has(words, TOPICS.followUp.aspects.duration!) && !saysAny(words, EXPIRY_WORDS);
    return {
      kind: 'support',
      supportId: support,
      ...(classification ? { classification } : {}),
      ...(group ? { group } : {}),
      // A small child's age names the group (youngerThan): no pension's age band is said of it ("không áp dụng cho người 0 tuổi").
      ...(ages.length > 0 && !(group !== undefined && agedBelow(TOPICS.groupsWithoutRule[group]!.youngerThan)) ? { ages } : {}),
      ...(pension ? { pension } : {}),
      ...(amount ? { amount } : {}),
      ...(amount && has(words, TOPICS.endedProgrammeNamed) ? { ended: true } : {}),
      ...(papers ? { papers } : {}),
      ...(applying ? { applying } : {}),
      ...(duration ? { duration } : {}),
      ...(commune ? { commune } : {}),
      ...(support === noCarer.to && ((noCarerSaid && !has(words, noCarer.named)) || elderAllowance) && ages.length === 0 ? { noCarer: true } : {}),
      ...(support === MONTHLY_ALLOWANCE && unsupported && ages.length > 0 ? { unsupported: true } : {}),
    };
  }
  // "tiêu chí xác định hộ nghèo năm 2026", "làm sao biết nhà mình có phải hộ nghèo": that year's standard.
  // "tu thang 1 nam sau ho can ngheo la the nao": what a class is, asked of a later year, is that year's standard (round 21).
  const laterMeaning = year !== undefined && year > Number(today.slice(0, 4)) && has(words, TOPICS.meaning);
  if (classes.length > 0 && (has(words, TOPICS.criteria) || has(words, TOPICS.selfCheck) || laterMeaning)) {
    // "tiêu chí hộ cận nghèo khu vực thành thị giai đoạn 2022-2025" (round 18): the area named keeps its lines, first.
    return {
      kind: 'standard',
      ...(standardYear ? { year: standardYear } : {}),
      // "Tiêu chí … giai đoạn 2027–2030 gồm những gì?" (round 45 cadre48; was "Áp dụng cho năm 2027"): the period written.
      ...(standardYear && period?.from === standardYear ? { until: period.to } : {}),
      ...(criteriaInBrief ? { criteria: true } : has(words, TOPICS.criteriaInFull) ? { listed: true } : {}),
      ...(area && standardYear ? { area, figures: true } : {}),
      ...(bandAsked ? { figures: true, ...(classes[0] === 'middle' ? { middle: true } : {}) } : {}),
    };
  }
  // "nha ko co nuoc may, xai nuoc gieng dao, co bi tinh thieu hut ko" (round 25 tryout7): whether the lack counts, no help asked,
  // is the indicator alone; the answer does not lead with a support nobody asked for.
  // "ko co nuoc sach" alone (round 42 resid45; was "no water support in the data" first): a lack told, nothing asked, is the
  // household's indicator, as "ko co nha ve sinh" is.
  const deprivationOnly = (has(words, TOPICS.deprivationAsks) || lackAlone) && !has(words, TOPICS.supportsList.benefits);
  if (lacking) return { ...indicatorTopic([lacking], '', year, comingNamed), ...(deprivationOnly ? {} : { withoutSupport: lacking }) };
  // The procedure card is how a household becomes poor or near-poor: "bao lâu thì là hộ mới thoát nghèo"
  // asks what the newly-escaped class is, which the explainers answer.
  // "so ho ngheo lam o dau" (round 35 procedure25): the certificate asked where or how it is got is the procedure.
  const certificateGot = has(words, TOPICS.procedureCertificate) && (has(words, TOPICS.procedureAsks.where!) || has(words, TOPICS.procedureAsks.apply!));
  // Not opened as a follow-up ("vay hoi ai" after another answer is read against that answer).
  const whomAlone = has(words, TOPICS.procedureWhom) && !has(words, TOPICS.followUp.opens) &&
    withoutPhrases(words, [...TOPICS.procedureWhom, ...TOPICS.procedureAround, ...TOPICS.smallTalk.around]).length === 0;
  // "tui lo qua dot ra soat roi" (round 41 mend41a): the review missed names the procedure by itself (procedureAsks.missed).
  const missed = has(words, TOPICS.procedureAsks.missed!);
  if ((has(words, TOPICS.procedure) || certificateGot || missed || ((aboutReview || whomAlone) && has(words, TOPICS.procedureWhom))) && !classes.includes('newly_escaped')) {
    const about = Object.entries(TOPICS.procedureAsks).find(([, asks]) => has(words, asks))?.[0];
    const yearly = has(words, TOPICS.procedureYearly);
    // "dc cong nhan nam ngoai, nam nay co phai lam lai ko" (round 39 mend39c): filing again asks of this year's review, not the
    // past year the household was recognised in.
    const other = year !== undefined && year !== Number(today.slice(0, 4)) && !(yearly && year < Number(today.slice(0, 4))) ? year : undefined;
    // Nothing of it asked, the procedure not named as such: in brief (TOPICS.procedureInFull, round 36 short27). Named, its steps
    // not asked (`named`): in brief to residents (round 40 short33).
    const plainly = about === undefined && other === undefined && !has(words, TOPICS.procedureSteps);
    const brief = plainly && !has(words, TOPICS.procedureInFull);
    const named = plainly && !brief;
    // "ho ngheo co phai dang ky lai moi nam ko" (round 38 mend38f): the data's answer on registering again leads (yearlyLead).
    return { kind: 'procedure', ...(about ? { about } : {}), ...(other !== undefined ? { year: other } : {}), ...(brief ? { brief: true as const } : {}), ...(named ? { named: true as const } : {}), ...(yearly ? { yearly: true as const } : {}) };
  }
  if (has(words, TOPICS.standard) || has(words, TOPICS.localStandard) || asksComparison(words, classes) || asksIndicatorList(words)) return standardTopic(standardYear);
  // "từ 01/01/2027 có gì thay đổi", "1/1 tới thay đổi gì": what changes by a later day, nothing else named, is the standard's
  // changes (the new period starts then), never a passage that shares "từ ngày" (the 2025 merger explainer).
  if ((later && asksChange(words, year, today)) || yetAsked) return standardTopic(year);
  // An entry read only when nothing else is ("nha tui dan toc h mong o tren nui": TOPICS.reference `last`).
  const lastEntry = told ? undefined : Object.entries(TOPICS.reference).find(([, entry]) => entry.last === true && entryRead(entry))?.[0];
  return lastEntry ? { kind: 'reference', entryId: lastEntry } : told;
}

/** A criterion ("tiêu chí"), left out before a plan's words are looked for. */
const CRITERION_WORD: readonly string[] = ['tieu chi'];

/**
 * "từ 01/01/2027 có gì thay đổi", "thang sau co khac ko": what changes by a later day asked with nothing else named (the
 * standard's changes when read alone, readTopic); after another answer such a message moves that answer (core.ts).
 */
export function asksChangeOnly(message: string | ReadMessage, today: string = todayIso()): boolean {
  const topic = readTopic(message, today);
  if (topic?.kind !== 'standard' || topic.change !== true) return false;
  const { words } = whenAsked(message, today);
  return classesNamed(words).length === 0 && !has(words, TOPICS.standard) && !has(words, TOPICS.changes.indicators) && !has(words, TOPICS.changes.newStandard);
}

/**
 * The later day a message asks about: a date named, else the first day of a later year ("năm 2027", "sang năm", "qua tháng
 * 1 thì …" opening it); undefined for today or none.
 */
export function laterDayAsked(message: string | ReadMessage, today: string): string | undefined {
  const { words, day, year } = whenAsked(message, today);
  if (day !== undefined) return day > today ? day : undefined;
  const later = year ?? januaryOpening(words, today)?.year;
  return later !== undefined && later > Number(today.slice(0, 4)) ? `${later}-01-01` : undefined;
}

const STANDING_WORDS = [
  ...OWN_HOUSEHOLD, ...TOPICS.classes.map(([phrase]) => phrase), ...TOPICS.household.asksEligibility, ...TOPICS.threshold.classAsked, ...TOPICS.losing.words,
  ...TOPICS.followUp.asks, ...TOPICS.followUp.bareAsks, ...TOPICS.household.standingLater,
];

/** The standard's change, read as the household's standing when its dropping is asked too (onlyStandingAsked). */
const STANDING_CHANGE_WORDS = [...TOPICS.household.standingChange, ...TOPICS.standard, ...TOPICS.changes.asks, ...TOPICS.changes.yesNo];

/**
 * "qua Tết", "sang năm", "qua nam 2027 co bi rot ko", "nam sau nha tui con ngheo ko" (findings N08, N12): a later day and,
 * besides it, only the household's standing asked (TOPICS.household.standingLater and the lists it names). The day (the
 * first of that year, or the date said) and whether Tết was said; undefined for anything else ("nam sau chuan ngheo bao
 * nhieu" is the standard's, "nam sau bhyt thi sao" the support's).
 */
export function standingAskedLater(message: string | ReadMessage, today: string): { day: string; tet: boolean } | undefined {
  const day = laterDayAsked(message, today);
  if (day === undefined) return undefined;
  const { words } = readMessage(message);
  return onlyStandingAsked(words, today) ? { day, tet: words.includes('tet') } : undefined;
}

/**
 * Whose standing a later day's question is about: the user's household ("qua nam 2027 nha tui can ngheo co bi rot ko"), or any
 * household of a class losing it ("nam sau co bi cat ho can ngheo ko", "tu 1/1/2027 ho can ngheo co bi rot khong": round 38
 * law31, was the card of a household not on the list, nothing on 2027).
 */
export const standingOfAnyAsked = (message: string | ReadMessage) => namesOwnHousehold(message) || saysAny(readMessage(message).words, TOPICS.losing.words);

/** Besides the day or year said, only the household's standing is asked (STANDING_WORDS). */
function onlyStandingAsked(words: string[], today: string): boolean {
  // "qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko" (round 34 tryout21): the standard's change asked beside the
  // household's dropping is part of its standing.
  const change = has(words, TOPICS.losing.words) ? phrasePositions(words, STANDING_CHANGE_WORDS) : [];
  const covered = new Set([...(yearSaid(words, today)?.at ?? []), ...(januaryOpening(words, today)?.at ?? []), ...phrasePositions(words, STANDING_WORDS), ...change]);
  // A date or a year written out ("31/12/2026", "2027").
  words.forEach((word, at) => (/^[\d/.-]+$/.test(word) ? covered.add(at) : undefined));
  return words.every((_, at) => covered.has(at));
}

/**
 * "qua nam 2027 nha tui con la ho can ngheo ko" asked on or after 01/01/2027: the first day of this year when a new standard
 * (not a transition that keeps another) began on it and, besides that year or day, only the household's standing is asked;
 * undefined for anything else (the same question before that day is standingAskedLater's).
 */
function standingAskedThisYear(rules: RuleSet, message: string | ReadMessage, today: string): string | undefined {
  const { day, year } = whenAsked(message, today);
  // "qua tet nha tui con la ho can ngheo ko" on 01/01/2027 (round 40 law33; was the card of other supports, its Tết gift): the
  // Tết still to come in January, of this year's standard (januaryOpening), as "qua năm 2027" is.
  const tet = januaryOpening(readMessage(message).words, today)?.year;
  const asked = day ?? (year !== undefined ? `${year}-01-01` : tet !== undefined ? `${tet}-01-01` : undefined);
  const { standard } = standardInForce(rules, today);
  const began = standard.validFrom === `${today.slice(0, 4)}-01-01` && !standard.keeps;
  return began && asked === standard.validFrom && onlyStandingAsked(readMessage(message).words, today) ? asked : undefined;
}

/** rules/reference.yaml: the household's standing under the next standard, asked before any check (its short answer). */
export const STANDING_NEXT_ENTRY = 'standing_next_year';

/**
 * "thang 1 nam sau nha tui con la ho can ngheo ko", "sang nam nha em con la ho ngheo k" with no check to take the household's
 * answers from: the short answer first (the list does not change by itself on the day the new standard starts; when the
 * review under it is held is not known: rules/reference.yaml standing_next_year), then the figures of the standard of that
 * day, the full card a button away. Undefined when the day asked keeps today's standard, or for anything else.
 */
export function standingLaterAnswer(rules: RuleSet, message: string | ReadMessage, today: string): Reply[] | undefined {
  const day = standingLaterDay(rules, message, today);
  return day ? standingAnswerOn(rules, day) : undefined;
}

/** The later day of standingAskedLater when another standard is in force on it than today. */
function standingLaterDay(rules: RuleSet, message: string | ReadMessage, today: string): string | undefined {
  const standing = standingAskedLater(message, today);
  return standing && describeStandard(rules, standing.day).id !== describeStandard(rules, today).id ? standing.day : undefined;
}

/**
 * The day whose standard answers the household's standing asked with no check to read ("qua 2027 nha tui con ho ngheo ko"):
 * standingLaterAnswer's, else standingThisYearAnswer's; undefined for anything else (documents.ts routedTopic).
 */
export function standingDayAsked(rules: RuleSet, message: string | ReadMessage, today: string): string | undefined {
  return standingLaterDay(rules, message, today) ?? standingAskedThisYear(rules, message, today);
}

/**
 * The session's topic after standingLaterAnswer or standingThisYearAnswer: the standard of the day asked, so "bn tien", "ap dung
 * khi nao" after it stay on that standard (round 34 mend34a: was no topic, "bn tien" went to search). Undefined for anything else.
 */
export function standingTopicCode(rules: RuleSet, message: string | ReadMessage, today: string): string | undefined {
  const day = standingDayAsked(rules, message, today);
  return day ? topicCode({ kind: 'standard', year: Number(day.slice(0, 4)) }) : undefined;
}

/**
 * "qua nam 2027 nha tui con la ho can ngheo ko" asked on 01/01/2027 or later: the same short answer and that year's figures
 * (standingAskedThisYear), not a household read from the words and the check's consent. Undefined for anything else.
 */
export function standingThisYearAnswer(rules: RuleSet, message: string | ReadMessage, today: string): Reply[] | undefined {
  const day = standingAskedThisYear(rules, message, today);
  return day ? standingAnswerOn(rules, day) : undefined;
}

/**
 * The household's standing from `day`, when a new standard starts: rules/reference.yaml standing_next_year, its short answer and
 * what is not known, then that standard's lines in one line (startingStandardLines), its card ("chi tiết") a word away (round 37
 * law29: was the entry in full and the standard's figures card, ~2.000 characters; what the entry's other lines say of the new
 * standard is in that card).
 */
function standingAnswerOn(rules: RuleSet, day: string): Reply[] {
  const { lines } = referenceLines(rules, STANDING_NEXT_ENTRY, day);
  const kept = new Set([lines[0], ...lines.filter((line) => line.status === 'unknown')]);
  const card = referenceAnswer(rules, STANDING_NEXT_ENTRY, day, (line) => kept.has(line));
  const figures = startingStandardLines(rules, day).slice(0, 1).map((line) => `\n${line}`);
  const away = cardAway([...card.spans, plain(`${figures.join('')}\nChuẩn mới đầy đủ, chỉ số và ghi chú: `)], { text: day.slice(0, 4) });
  return [{ ...away, buttons: [...(away.buttons ?? []), ...(card.buttons ?? [])] }];
}

/**
 * "ua sao nam sau chuan ngheo len 2tr2 vay nha tui co bi vo ngheo lai ko", "chuan ngheo 2027 la 2tr2 thi nha tui co bi thanh ho
 * ngheo ko" (round 41 mend41a; was a check on a household income of 2.200.000 đồng, 1.574 characters): a standard's line said of
 * the line (lineFiguresSaid) with the household's own standing asked, nothing of the household told: yes, that standard's lines
 * from its first day with their status, that the household's income per person and its deprivations decide (the line's band),
 * and the check offered; the standard's card one "chi tiết" away, with the code of that standard (the session's topic after it).
 * Undefined for anything else.
 */
export function ownUnderLineAnswer(rules: RuleSet, message: string | ReadMessage, today: string): { replies: Reply[]; code: string } | undefined {
  const read = readMessage(message);
  if (!namesOwnHousehold(read)) return undefined;
  const said = lineFiguresSaid(read.text, rules);
  const days = [laterDayAsked(read, today), nextStandardAfter(rules, today)?.validFrom, today];
  const day = said.length === 0 ? undefined : days.find((one) => one !== undefined && describeStandard(rules, one).lines.some((line) => said.includes(line.value)));
  if (day === undefined) return undefined;
  const standard = describeStandard(rules, day);
  const band = standard.bands[0]!;
  const from = standard.validFrom > today ? `từ ${formatDate(standard.validFrom)}` : 'hiện nay';
  const lines = standard.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ');
  const text = [
    `Đúng: ${from} chuẩn nghèo là ${lines} mỗi người mỗi tháng (${standard.document}, ${standard.statusLabel}).`,
    `Hộ bạn có thuộc diện hay không tùy thu nhập bình quân mỗi người mỗi tháng của cả hộ: không quá mức này thì là ${band.outcome}${STATUS_TAGS[band.status]}; hộ nghèo hay không là do UBND cấp xã rà soát và quyết định.`,
    `Bạn cho mình biết số người, thu nhập cả hộ một tháng và ở nông thôn hay thành thị (ví dụ “nhà 4 người ở quê, thu nhập 8 triệu”), mình tạm tính giúp.`,
  ];
  const away = cardAway([plain(`${text.join('\n')}\nChuẩn đầy đủ, chỉ số và ghi chú: `)], { text: day.slice(0, 4) });
  return { replies: [{ ...away, buttons: [...(away.buttons ?? []), MENU_BUTTONS[1]!] }], code: topicCode({ kind: 'standard', year: Number(day.slice(0, 4)) }) };
}

/** What a follow-up changes of the last answer: a year, a class, an area, or the user's own household instead. */
export interface FollowUp {
  year?: number;
  /** With a later year: what changes by then is asked ("tháng sau có khác ko"). */
  change?: boolean;
  classification?: AskedClass;
  area?: 'rural' | 'urban';
  /** "còn nhà tui thì sao": the user's own household. */
  own: boolean;
  /** "vay nam 2027 con ko": whether it still applies then is asked (TOPICS.followUp.still). */
  still?: true;
  /** "hộ cận nghèo ở xã nghèo thì sao" (round 42 cadre43): living in a poor commune (TOPICS.supportsList.communes). */
  commune?: true;
}

/** A message this short may be a follow-up without opening with "còn", "vậy" ("năm sau?", "hộ cận nghèo thì sao"). */
const SHORT_FOLLOW_UP_WORDS = 6;
/** Words not counted in that length: "thì", and those closing a question to whom it is asked (TOPICS.followUp.askedTo, one word each). */
const PARTICLE_WORDS: ReadonlySet<string> = new Set(['thi', ...TOPICS.followUp.askedTo.filter((word) => !word.includes(' '))]);
/** Built once: phrasePositions keeps its compiled form per list. */
const FOLLOW_UP_OPENS = TOPICS.followUp.opens.map((phrase) => phrase.split(' '));
const CLASS_PHRASES = TOPICS.classes.map(([phrase]) => phrase);

/**
 * A follow-up ("còn hộ cận nghèo?", "vay nam nay thi sao", "thế còn thành thị", "còn nhà tui thì sao"): opening with
 * TOPICS.followUp.opens and saying nothing but what it changes and asking words; or short, with no opener, saying what it
 * changes first and then only a bare ask (TOPICS.followUp.bareAsks: "năm sau thì sao") or a question mark ("hộ cận
 * nghèo?"). Undefined for anything else (then the message is read on its own: "hộ nghèo là gì" is a new question).
 */
export function readFollowUp(message: string | ReadMessage, today: string = todayIso()): FollowUp | undefined {
  const { text, words } = readMessage(message);
  const { asks, bareAsks } = TOPICS.followUp;
  const open = FOLLOW_UP_OPENS.find((parts) => phraseAt(words, 0, parts));
  const rest = words.slice(open?.length ?? 0);
  // "hộ cận nghèo ở xã nghèo thì sao" after a support's card (round 42 cadre43; was the housing explainer found by search): a poor
  // commune said, with the words placing the household there ("ở", "tại", "sống ở"), is no class ("xã nghèo" is not "hộ nghèo")
  // nor an area ("xã" is not the countryside), and does not make the message too long to follow up.
  const communeAt = phrasePositions(rest, TOPICS.supportsList.communes);
  const placed = new Set<number>();
  for (const at of communeAt) for (let before = at - 1; before >= 0 && TOPICS.followUp.communePlaced.includes(rest[before]!); before -= 1) placed.add(before);
  const commune = communeAt.size > 0;
  // "nam sau thi co gi khac ko vay ad" after the BHYT card (round 43 mend45a; was "không tìm thấy"): "thì" and the words closing it
  // to whom it is asked (askedTo: "vay ad", "a", "ban") do not make it too long to follow up.
  const particles = rest.filter((word) => PARTICLE_WORDS.has(word)).length;
  if (!open && words.length - communeAt.size - placed.size - particles > SHORT_FOLLOW_UP_WORDS) return undefined;
  const others = rest.map((word, at) => (communeAt.has(at) || placed.has(at) ? '' : word));
  const covered = new Set<number>([...communeAt, ...placed]);
  const cover = (positions: Set<number>) => positions.forEach((position) => covered.add(position));
  const when = yearSaid(rest, today) ?? januaryOpening(rest, today);
  if (when) cover(when.at);
  const classes = classesNamed(others);
  cover(phrasePositions(others, CLASS_PHRASES));
  // "còn tp?": a place word first is the area, as at the head of a clause (places.ts AREA_HEAD_WORDS).
  const headArea = AREA_WORDS.find(([area]) => AREA_HEAD_WORDS[area].includes(others[0] ?? ''))?.[0];
  const area = AREA_WORDS.find(([, phrases]) => saysAny(others, phrases))?.[0] ?? headArea;
  for (const [, phrases] of AREA_WORDS) cover(phrasePositions(others, phrases));
  if (headArea) covered.add(0);
  const own = phrasePositions(rest, OWN_HOUSEHOLD);
  cover(own);
  const changed = phrasePositions(rest, TOPICS.followUp.changed);
  if (!when && classes.length === 0 && !area && own.size === 0 && !commune) {
    // "vậy là tăng hả": opened, a change word and asking words only.
    if (!open || changed.size === 0) return undefined;
    cover(changed);
    cover(phrasePositions(rest, asks));
    return rest.every((_, at) => covered.has(at)) ? { own: false, change: true } : undefined;
  }
  if (open) {
    cover(phrasePositions(rest, asks));
    if (!rest.every((_, at) => covered.has(at))) return undefined;
  } else {
    // What it changes first ("hộ" and the like of TOPICS.followUp.asks may come with it), then only a bare ask, and an
    // ask there is (the words or a "?").
    const named = Math.max(...covered);
    const fillers = phrasePositions(rest, asks);
    if (!rest.slice(0, named).every((_, at) => covered.has(at) || fillers.has(at))) return undefined;
    const after = rest.slice(named + 1);
    const asked = phrasePositions(after, bareAsks);
    // "o thanh pho" after the 2027 card (round 34 law23; was a passage on the 2022–2025 lines): an area alone, nothing else
    // changed, asks that area's lines as "o thanh pho thi sao" does.
    const areaAlone = area !== undefined && !when && classes.length === 0 && own.size === 0;
    if (!after.every((_, at) => asked.has(at)) || (after.length === 0 && !text.trimEnd().endsWith('?') && !areaAlone)) return undefined;
  }
  const later = when !== undefined && when.year > Number(today.slice(0, 4));
  return {
    own: own.size > 0,
    ...(later && has(rest, TOPICS.followUp.still) ? { still: true as const } : {}),
    ...(when ? { year: when.year } : {}),
    ...(later && changed.size > 0 ? { change: true } : {}),
    ...(classes[0] ? { classification: classes[0] } : {}),
    ...(area ? { area } : {}),
    ...(commune ? { commune: true as const } : {}),
  };
}

/** The relatives a follow-up may name alone: "con" is "còn" as often, and a child is no old member. */
const RELATIVES_ASKED = TOPICS.household.relatives.filter((relative) => relative !== 'con');

/**
 * "con ong noi thi sao", "the ba ngoai tui", "con ba noi dc gi ko" right after a household told with its old members' supports (round
 * 46 mend50b; was "ngoài phạm vi"): a relative named alone, with an opener, the speaker and asking words only.
 */
export function relativeAsked(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  const open = FOLLOW_UP_OPENS.find((parts) => phraseAt(words, 0, parts));
  const rest = words.slice(open?.length ?? 0);
  const named = phrasePositions(rest, RELATIVES_ASKED);
  if (named.size === 0) return false;
  const covered = new Set<number>(named);
  for (const phrases of [TOPICS.followUp.asks, TOPICS.followUp.bareAsks, TOPICS.household.speakers, TOPICS.followUp.askedTo]) phrasePositions(rest, phrases).forEach((at) => covered.add(at));
  return rest.every((_, at) => covered.has(at));
}

/**
 * "the ho can ngheo thi lai bn", "con ho can ngheo thi dc bn" right after a support's card (round 43 mend45e; was a passage on the
 * village head's word found by search): a class told with what of that card is asked (TOPICS.followUp.aspects) is a follow-up of
 * that class, as "the ho can ngheo thi sao" is (readFollowUp read without the aspect's words). Undefined without both.
 */
export function classWithAspect(message: string | ReadMessage, today: string = todayIso()): FollowUp | undefined {
  const { words } = readMessage(message);
  const aspect = new Set<number>();
  for (const [, phrases] of ASPECTS) phrasePositions(words, phrases).forEach((at) => aspect.add(at));
  if (aspect.size === 0) return undefined;
  const asked = readFollowUp(readMessage(words.filter((_, at) => !aspect.has(at)).join(' ')), today);
  return asked?.classification ? asked : undefined;
}

/**
 * "nam toi", "nam nay", "hom nay", "tu thang sau" (round 35 mend35a): the year a message of time words alone names (asks of
 * TOPICS.followUp.bareAsks and particles of smallTalk.around beside), undefined when it says anything more or writes a number.
 */
export function timeAlone(message: string | ReadMessage, today: string): number | undefined {
  const { words } = readMessage(message);
  const when = words.some((word) => /\d/.test(word)) ? undefined : yearSaid(words, today);
  if (when === undefined) return undefined;
  const rest = words.filter((_, at) => !when.at.has(at));
  return withoutPhrases(rest, [...TOPICS.followUp.bareAsks, ...TOPICS.smallTalk.around]).length === 0 ? when.year : undefined;
}

/**
 * "ho ngheo" alone right after the procedure asked of no class ("hoi ai", round 35 procedure25; was the supports' explainer
 * found by search): the class the question was about, a follow-up naming it and nothing else (particles of smallTalk.around
 * beside); undefined for anything more.
 */
export function classAlone(message: string | ReadMessage): FollowUp | undefined {
  const { words } = readMessage(message);
  const classification = classesNamed(words)[0];
  if (classification === undefined || withoutPhrases(words, [...CLASS_PHRASES, ...TOPICS.procedureAround, ...TOPICS.smallTalk.around]).length > 0) return undefined;
  return { own: false, classification };
}

/** A rules answer moved as a follow-up asks: the standard, an indicator or the procedure to its year, a support to its class; undefined when nothing it depends on changes. */
export function followTopic(topic: Topic, asked: FollowUp): Topic | undefined {
  if (topic.kind === 'standard') {
    // The area asked, else the one the last card led with ("chuẩn nghèo ở quê" → "con tp?" → "qua 2027 thì sao": 2027, thành thị).
    const area = asked.area ?? topic.area;
    const placed = area ? { area } : {};
    // "bn" asked before ("chuẩn nghèo bây giờ bn" → "còn năm sau?"): that year's figures; "còn hộ trung bình?": theirs.
    const middle = asked.classification === undefined ? topic.middle : asked.classification === 'middle';
    // "ho trung binh thi sao" after a year's card (round 42 mend43b; was that card again, the middle band not said): its band leads,
    // or that it is not known, as "muc song trung binh nam 2027 bn" is answered.
    const figures = topic.figures || asked.classification === 'middle' ? { figures: true, ...(middle ? { middle: true } : {}) } : {};
    if (asked.year !== undefined) return { kind: 'standard', year: asked.year, ...placed, ...(asked.change ? { change: true } : {}), ...figures };
    if (asked.change) return { ...topic, change: true };
    if (!asked.classification && !asked.area) return undefined;
    const { middle: _, ...moved } = topic;
    return { ...moved, ...placed, ...figures };
  }
  // "nam 2027 thi sao" after the procedure (round 23): what is known of that year's procedure, not the standard's explainer.
  // Nothing but the year asked: the procedure in brief (round 24).
  // "ho ngheo" after "hoi ai" (round 35 procedure25; was the supports' explainer): the class the procedure was asked of, the same
  // procedure for both classes, so the same answer to what was asked.
  if (topic.kind === 'procedure') return asked.year !== undefined ? { ...topic, year: asked.year, brief: true } : asked.classification !== undefined && !asked.area ? topic : undefined;
  if (topic.kind === 'indicator') return asked.year !== undefined ? { ...topic, year: asked.year } : undefined;
  if (topic.kind === 'support' && (asked.classification !== undefined || asked.year !== undefined || asked.commune)) {
    // In a poor commune: what the data gives there leads the card (communeNotice).
    return { ...topic, ...(asked.classification ? { classification: asked.classification } : {}), ...(asked.commune ? { commune: true } : {}) };
  }
  return undefined;
}

export type Aspect = keyof typeof TOPICS.followUp.aspects;
/** A member of the speaker's own household named ("ba tui", "me em"): TOPICS.household.relatives, then one of its speakers. */
const OWN_RELATIVES = TOPICS.household.relatives.flatMap((relative) => TOPICS.household.speakers.map((speaker) => `${relative} ${speaker}`));
const ASPECTS = Object.entries(TOPICS.followUp.aspects) as [Aspect, readonly string[]][];
const SUPPORT_NAMES = Object.values(TOPICS.supports).flat();
const DISABLED_ALLOWANCE = 'social_assistance';
/** A disabled person said: the pair's words and the disability entry's ("vo tui bi mu, ho can ngheo dc tro cap hang thang hok"). */
const DISABLED_WHO = [...(TOPICS.supportsByWho[DISABLED_ALLOWANCE]?.who ?? []), ...(TOPICS.reference.disability?.subject ?? [])];
/** The classes whose social assistance card names a disabled member (the pair's `classes`): any other class asked is the disability entry's. */
const DISABLED_CLASSES: readonly string[] = TOPICS.supportsByWho[DISABLED_ALLOWANCE]?.classes ?? [];
/** The support's own names, not the everyday "trợ cấp hằng tháng" any allowance is asked with. */
const ALLOWANCE_NAMED = (TOPICS.supports[DISABLED_ALLOWANCE] ?? []).filter((phrase) => !TOPICS.monthlyAllowance.includes(phrase));

/**
 * "dc bn", "lai nhiu", "vay dc bao lau": more of the last card, nothing else said (TOPICS.followUp.aspects, only
 * aspectFillers beside); undefined for anything else, and for a message naming a support ("dc vay bao nhieu" is the loan's).
 */
export function readAspect(message: string | ReadMessage): Aspect | undefined {
  const { words } = readMessage(message);
  if (has(words, SUPPORT_NAMES)) return undefined;
  const covered = phrasePositions(words, TOPICS.followUp.aspectFillers);
  phrasePositions(words, TOPICS.followUp.refers).forEach((position) => covered.add(position));
  documentNamedAt(words).forEach((position) => covered.add(position));
  // "vay gio ba tui phai lam giay to j, o dau" after the social-pension card (round 43 mend45a; was the recognition procedure):
  // whose case it is, a member of the speaker's own ("ba tui", "me em"), stands beside the aspect.
  phrasePositions(words, OWN_RELATIVES).forEach((position) => covered.add(position));
  let found: Aspect | undefined;
  for (const [aspect, phrases] of ASPECTS) {
    const at = phrasePositions(words, phrases);
    // "lai bn", "lai suat bao nhieu" (round 31 plain18): the rate asked how much, not the amount.
    // "vay con lai ai tra" (round 32 follow20): who pays asked, the "lai" of "còn lại" no rate.
    // "mat bn ngay" (round 33 tryout20): how many days asked, a duration, not an amount.
    // "bn tien xe", "tien di lai bn" (round 33 chains22): the travel money asked how much, not the card's amount or its rate.
    const travel = aspect === 'travel' && (found === 'amount' || found === 'rate');
    // "giay to j, o dau" (round 43 mend45a): the papers asked with the place, which the papers' answer says too.
    const papers = aspect === 'papers' && found === 'place';
    if (at.size > 0 && (found === undefined || (found === 'amount' && (aspect === 'rate' || aspect === 'duration')) || travel || papers || aspect === 'payer')) found = aspect;
    at.forEach((position) => covered.add(position));
  }
  // "gio ai phu trach", "gio ai lo ho ngheo" after the ministry note (round 40 resid40; were the ministry explainer found by search):
  // who handles it (TOPICS.inCharge, answered as who pays is: unsaidAspect), with whom it is for said beside.
  const handling = phrasePositions(words, TOPICS.inCharge.asks);
  if (handling.size > 0) {
    found = 'payer';
    [...handling, ...phrasePositions(words, TOPICS.inCharge.around)].forEach((position) => covered.add(position));
  }
  return found !== undefined && words.every((_, at) => covered.has(at)) ? found : undefined;
}

/**
 * "vay von o dau", "lam the bhyt o dau" right after that support's card (round 42 mend43b): the support's own name said again with
 * an aspect (readAspect reads none where a support is named): that aspect of the card. Undefined after any other answer.
 */
export function aspectOfSupport(message: string | ReadMessage, topic: Topic | undefined): Aspect | undefined {
  if (topic?.kind !== 'support') return undefined;
  // A name that is an aspect too ("lai suat") stays: "lai suat bao nhieu" is the rate asked (the card's narrower answer below).
  const names = (TOPICS.supports[topic.supportId] ?? []).filter((name) => !ASPECT_PHRASES.includes(name));
  const { words } = readMessage(message);
  if (!has(words, names)) return undefined;
  const rest = withoutPhrases(words, names);
  return rest.length > 0 ? readAspect(rest.join(' ')) : undefined;
}

/**
 * "vay nam 2027 con ko" after the electricity card (round 42 mend43b; was "không tìm thấy"): whether the support still applies on that
 * later day, when the data does not know it for any class of the card (every line of it "chưa rõ"): said first, with whom to ask.
 */
export function stillOnDayLead(rules: RuleSet, topic: Topic, day: string): string | undefined {
  if (topic.kind !== 'support') return undefined;
  const found = classesOf(topic).flatMap((asked) => supportsFor(rules, asked, day)).filter((one) => one.id === topic.supportId);
  if (found.length === 0 || found.some((one) => one.status !== 'unknown')) return undefined;
  const name = supportById(rules, topic.supportId)?.name ?? 'Hỗ trợ này';
  return `${name} còn áp dụng từ ${formatDate(day)} hay không: ${tagged('dữ liệu của trợ lý không ghi', 'unknown')}; bạn hỏi ${POVERTY_CADRE}. Điều dữ liệu có:\n\n`;
}

/** What a procedure question may ask of a support's card instead (procedureOfSupport): filing, where, the papers. */
const SUPPORT_PROCEDURE_ASKS: ReadonlySet<string | undefined> = new Set([undefined, 'where', 'apply', 'papers']);

/**
 * "Hồ sơ gồm những gì, nộp ở đâu?", "nop ho so o dau", "thu tuc the nao" right after a support's card (round 42 mend43b; was the
 * recognition procedure of poor households, Mẫu số 04): the papers or the place of that support (its card's aspect), when the message
 * names no class and nothing of the review itself (TOPICS.followUp.recognition: "rà soát", "công nhận", "giấy chứng nhận"…).
 */
export function procedureOfSupport(message: string | ReadMessage, read: Topic | undefined, last: Topic | undefined): Aspect | undefined {
  if (last?.kind !== 'support' || read?.kind !== 'procedure' || read.year !== undefined || !SUPPORT_PROCEDURE_ASKS.has(read.about)) return undefined;
  const { words } = readMessage(message);
  if (words.length > FOLLOW_UP_SHAPE_DEFAULTS.maxWords || classesNamed(words).length > 0 || has(words, TOPICS.followUp.recognition)) return undefined;
  return has(words, TOPICS.followUp.aspectCues.papers ?? []) ? 'papers' : 'place';
}

/** The words naming a document: its type (TOPICS.documents.types, or a short form), then "số", its number and code. */
const DOCUMENT_TYPE_WORDS = Object.entries(TOPICS.documents.types).flatMap(([type, { forms }]) => [type, ...forms]);
const DOCUMENT_CODES = new Set(TOPICS.documents.list.codes);
/**
 * "theo quyet dinh 14 2025 con dc ko" after the electricity card (round 33 chains22; was a search explainer on other supports):
 * a document named by type and number ("theo" before it) only says which basis the aspect is asked under, the card's own.
 */
function documentNamedAt(words: readonly string[]): Set<number> {
  const typed = phrasePositions(words, DOCUMENT_TYPE_WORDS);
  const number = (at: number) => /^\d+$/.test(words[at] ?? '');
  const at = new Set<number>();
  for (let start = 0; start < words.length; start += 1) {
    if (!typed.has(start) || typed.has(start - 1)) continue;
    let end = start;
    while (typed.has(end + 1)) end += 1;
    if (words[end + 1] === 'so') end += 1;
    if (!number(end + 1)) continue;
    while (number(end + 1) || DOCUMENT_CODES.has(words[end + 1] ?? '')) end += 1;
    for (let position = words[start - 1] === 'theo' ? start - 1 : start; position <= end; position += 1) at.add(position);
  }
  return at;
}

const DISPUTED = TOPICS.reference.disagreeing_result!;
/** The entries about a household's place on the list, after which disagreeing is disputing it (disputedAfter). */
const ON_LIST_ENTRIES = new Set(['disagreeing_result', 'on_the_list', 'public_posting']);
/**
 * "tui ko dong y thi lam sao" right after the card of a household taken off the list, or of its place on it (round 33 tryout20),
 * or of how long the decision takes ("bao lau thi dc tra loi", round 36 tryout24: the Chủ tịch UBND cấp xã recognises or answers
 * in writing): that result disputed (TOPICS.reference.disagreeing_result), though no result, list or class is named; undefined
 * after any other answer ("chong ko dong y thi lam sao" disputes no result, round 33 mend33a).
 */
export function disputedAfter(message: string | ReadMessage, last: Topic | undefined): Topic | undefined {
  const { words } = readMessage(message);
  const onList =
    last?.kind === 'losing' ||
    (last?.kind === 'reference' && ON_LIST_ENTRIES.has(last.entryId)) ||
    (last?.kind === 'procedure' && last.about === 'duration');
  // "nguoi ta hong cho thi sao" after a support's card (round 37 mend37a): the support refused.
  const refused = (last?.kind === 'support' || last?.kind === 'reference') && has(words, TOPICS.followUp.refused);
  // "rứa tui phải mần răng" after why a household is not recognised (round 38 mend38d): what to do now, nothing else said.
  const now = whatNowAlone(words);
  return (onList && (has(words, DISPUTED.subject) || now)) || refused
    ? has(words, DISPUTED.unless ?? []) ? undefined : { kind: 'reference', entryId: 'disagreeing_result' }
    : undefined;
}

/** What to do now asked, nothing else said ("rứa tui phải mần răng", "vay gio tui phai lam sao": TOPICS.followUp.whatNow). */
function whatNowAlone(words: readonly string[]): boolean {
  const { whatNow, whatNowAround } = TOPICS.followUp;
  return has(words, whatNow) && withoutPhrases(words, [...whatNow, ...whatNowAround]).length === 0;
}

/**
 * "tui phai lam sao" right after the disputed result's card (round 40 resid40; was that whole card again): how to ask to be
 * reviewed again, what to bring and whom to ask (the procedure's `next` steps, src/chat/core.ts), not the card once more.
 */
export function askAgainAfterDispute(message: string | ReadMessage, last: Topic | undefined): boolean {
  return last?.kind === 'reference' && last.entryId === 'disagreeing_result' && whatNowAlone(readMessage(message).words);
}

/** A class code a question can name ("supports:near_poor" keeps one), or undefined ("none", "", anything else). */
export const askedClass = (value: string): AskedClass | undefined => TOPICS.classes.find(([, classification]) => classification === value)?.[1];

const LOAN_ALONE = TOPICS.followUp.loanAlone;
const LOAN_TYPED_PLAIN = new RegExp(`(?<![\\p{L}\\d])${LOAN_ALONE.word}(?![\\p{L}\\d])`, 'iu');
/**
 * "vay thi sao", "con vay thi sao", "vay dc ko" (TOPICS.followUp.loanAlone, findings N09): the loan asked alone, "vay" typed
 * without marks ("vậy thì sao" is no loan); read only against a household's result or a class's supports (core.ts).
 */
export function asksLoanAlone(message: string | ReadMessage): boolean {
  const { text, words } = readMessage(message);
  if (!LOAN_TYPED_PLAIN.test(text)) return false;
  const open = FOLLOW_UP_OPENS.find((parts) => parts[0] !== LOAN_ALONE.word && phraseAt(words, 0, parts));
  const rest = words.slice(open?.length ?? 0);
  if (rest[0] !== LOAN_ALONE.word) return false;
  const asked = rest.slice(1);
  return asked.length > 0 && LOAN_ALONE.asks.some((phrase) => phrase === asked.join(' '));
}

const LOAN_AMOUNT_ASKS = LOAN_ALONE.amountAsked.map((phrase) => phrase.split(' '));
const LOAN_AMOUNT_AROUND = [...LOAN_ALONE.who, ...TOPICS.classes.map(([phrase]) => phrase)];
/** The words a question may close with, said to whom it is asked (TOPICS.followUp.askedTo), but the loan's own "vay". */
const ASKED_TO = new Set(TOPICS.followUp.askedTo.filter((word) => word !== LOAN_ALONE.word && !word.includes(' ')));
/**
 * The words before a loan asked closing the question (maybe said to someone: askedTo) when only who asks is said before it (a
 * class, `who`), undefined otherwise: one of `asks` then "vay" ("ho ngheo dc bn vay"), or, `loanFirst`, "vay" then one of
 * them ("ho ngheo vay dc ko").
 */
function loanAskedBy(words: readonly string[], asks: readonly string[][], loanFirst: boolean): string[] | undefined {
  let last = words.length;
  while (last > words.length - 2 && ASKED_TO.has(words[last - 1] ?? '')) last -= 1;
  const ask = asks.find((parts) => phraseEndingAt(words, loanFirst ? last : last - 1, parts));
  if (!ask || words[loanFirst ? last - 1 - ask.length : last - 1] !== LOAN_ALONE.word) return undefined;
  const before = words.slice(0, last - 1 - ask.length);
  const covered = phrasePositions(before, LOAN_AMOUNT_AROUND);
  return before.every((_, at) => covered.has(at)) ? before : undefined;
}

/** "ho ngheo dc bn vay" (TOPICS.followUp.loanAlone.amountAsked, round 24): a class named before, how much may be borrowed. */
function asksLoanAmount(words: readonly string[]): boolean {
  const before = loanAskedBy(words, LOAN_AMOUNT_ASKS, false);
  return before !== undefined && before.length > 0 && classesNamed(before).length > 0;
}

/**
 * Of the loan's asks (TOPICS.followUp.loanAlone.asks), those no follow-up says of the last answer ("vậy thì sao", "vậy sao": the
 * markers and what is unclear): "vay dc ko" asks a loan on its own.
 */
const LOAN_ASKS_ALONE = LOAN_ALONE.asks.filter((phrase) => !TOPICS.followUp.markers.includes(phrase) && !TOPICS.followUp.vague.unclear!.includes(phrase)).map((phrase) => phrase.split(' '));
/**
 * "vay dc ko", "ho ngheo vay dc ko", "nha can ngheo vay duoc khong ad" (round 35 staff23; were the explainer's passages, of loans or
 * of every support, while "vay von dc ko" got the loans' card): "vay" typed without marks closing the question with "được không"
 * (maybe said to someone), before it only who asks (a class, TOPICS.followUp.loanAlone.who): the preferential loans are asked.
 */
export function asksLoanPlain(message: string | ReadMessage): boolean {
  const { text, words } = readMessage(message);
  // "ho ngheo vay 150 trieu dc ko", "tui vay dc 100tr ko" (round 41 resid43; were "không tìm thấy" and an explainer): the sum
  // borrowed said beside it is no other thing asked.
  const asked = amountInText(text) === undefined ? words : words.filter((word) => !SUM_WORD.test(word) && !(word in MONEY_UNITS) && !CURRENCY_WORDS.has(word));
  return LOAN_TYPED_PLAIN.test(text) && loanAskedBy(asked, LOAN_ASKS_ALONE, true) !== undefined;
}
/** A word of a sum typed ("150", "100tr", "1tr5"): it opens with a digit. */
const SUM_WORD = /^\d/u;

/**
 * The loans asked of no class against the figures told at the consent (core.ts): "vay thi sao", "vay dc ko" (asksLoanAlone), and as
 * well "vay von dc ko", "muon vay tien thi sao" (round 35 staff23: were the loans of every class while "vay dc ko" got those of the
 * class settled). After a card, "lai suat bn", "vay von do bao nhieu" ask an aspect of it: asksLoanAlone alone is read there.
 */
export function asksLoanOfClass(message: string | ReadMessage, today: string): boolean {
  if (asksLoanAlone(message)) return true;
  const topic = readTopic(message, today);
  return topic?.kind === 'support' && topic.supportId === LOAN_ALONE.support && topic.classification === undefined && topic.group === undefined && topic.ages === undefined;
}

/** "còn bhyt?", "vậy còn vay vốn thì sao": the message opens as a follow-up does (TOPICS.followUp.opens). */
export function opensFollowUp(message: string | ReadMessage): boolean {
  const { words } = readMessage(message);
  return FOLLOW_UP_OPENS.some((parts) => phraseAt(words, 0, parts));
}

/** What a vague follow-up says: anything else (`more`), is it true (`doubt`), what does it mean (`unclear`). */
export type Vague = 'more' | 'doubt' | 'unclear';
const VAGUE = Object.entries(TOPICS.followUp.vague) as [Vague, readonly string[]][];
/** With them, words pointing back ("cai do la gi", "cai nay la sao" after the 2027 card; round 33 follow21; was an explainer of the 2022–2025 line). */
const VAGUE_AROUND = [...TOPICS.followUp.opens, ...TOPICS.followUp.asks, ...TOPICS.followUp.bareAsks, ...TOPICS.smallTalk.acknowledgements, ...TOPICS.followUp.refers];

/**
 * "ok con j nua ko" (anything else?), "z la sao", "the con" (what do you mean, and?): said of the last answer, nothing it
 * changes or asks (TOPICS.followUp.vague); undefined for anything else.
 */
export function readVague(message: string | ReadMessage): Vague | undefined {
  const { words } = readMessage(message);
  const covered = phrasePositions(words, VAGUE_AROUND);
  let found: Vague | undefined;
  for (const [kind, phrases] of VAGUE) {
    const at = phrasePositions(words, phrases);
    if (at.size > 0) found ??= kind;
    at.forEach((position) => covered.add(position));
  }
  if (!words.every((_, at) => covered.has(at))) return undefined;
  // "thế còn", "vậy còn": an opener alone.
  return found ?? (FOLLOW_UP_OPENS.some((parts) => parts.length === words.length && phraseAt(words, 0, parts)) ? 'unclear' : undefined);
}

const VERDICT_AGAIN = TOPICS.followUp.verdictAgain;
/** Digits and money units: the words of a figure typed ("1,9tr", "1 9 trieu", "1tr9"). */
const FIGURE_WORD = /\d/u;

/**
 * "that ha", "co chac ko", "ai noi vay", "nong thon 1,9tr ha" right after a rumour's verdict whose figures were `corrected`
 * (claimedFigures): the verdict doubted, its source asked, or a figure it corrected said again, nothing else asked
 * (TOPICS.followUp.verdictAgain).
 */
export function asksVerdictAgain(message: string | ReadMessage, corrected: readonly number[], verdictSaid = false): boolean {
  if (corrected.length === 0 && !verdictSaid) return false;
  const { text, words } = readMessage(message);
  const asked = phrasePositions(words, VERDICT_AGAIN.asks);
  const covered = new Set([...asked, ...phrasePositions(words, VERDICT_AGAIN.around)]);
  const figures = findAmounts(text, AMOUNT_STOP_WORDS).flatMap((found) => (found.parse.ok ? [found.parse.amount.said] : []));
  const again = figures.length > 0 && figures.every((figure) => corrected.includes(figure));
  if (again) words.forEach((word, at) => (FIGURE_WORD.test(word) || word in MONEY_UNITS || CURRENCY_WORDS.has(word) ? covered.add(at) : undefined));
  return (asked.size > 0 || again) && (figures.length === 0 || again) && words.every((_, at) => covered.has(at));
}

/**
 * The answer to a vague follow-up: what the last answer was about, that it holds what the data has ("còn gì nữa") or a
 * request to say more ("là sao"), and follow-ups that answer for that kind of answer (tested), with whom to ask unless the
 * reply just before it says it (`whomSaid`: the plainer card "z la sao" gets first).
 */
export function vagueAnswer(rules: RuleSet, vague: Vague, last: { topic?: Topic; supportsOf?: string; check?: boolean; whomSaid?: boolean }): Reply {
  const { topic, supportsOf, check, whomSaid } = last;
  const other = (topic?.kind === 'support' ? topic.classification : supportsOf) === 'near_poor' ? 'hộ nghèo' : 'hộ cận nghèo';
  const subject = check
    ? 'kết quả kiểm tra hộ của bạn'
    : supportsOf !== undefined
      ? `các hỗ trợ${supportsOf in CLASS_NAMES ? ` cho ${CLASS_NAMES[supportsOf as AskedClass].toLowerCase()}` : ''}`
      : topic
        ? lowerFirst(topicSubject(rules, topic))
        : 'câu trả lời vừa rồi';
  const examples = check
    ? ['năm sau thì sao', 'nhà tui được hỗ trợ gì']
    : topic?.kind === 'standard'
      ? [topic.area === 'urban' ? 'còn nông thôn?' : 'còn thành thị?', 'năm sau thì sao', 'hộ cận nghèo được hỗ trợ gì']
      : topic?.kind === 'support'
        ? [`còn ${other}?`, 'được bao nhiêu', 'năm sau có khác ko']
        : supportsOf !== undefined
          ? [`còn ${other}?`, 'năm sau thì sao']
          : ['hộ cận nghèo được hỗ trợ gì', 'thủ tục xét hộ nghèo'];
  const asks = examples.map((example) => `“${example}”`).join(', ');
  const text =
    vague !== 'unclear'
      ? `Về ${subject}, trên đây là những gì dữ liệu của trợ lý có. Bạn có thể hỏi tiếp, ví dụ: ${asks}. ${WHERE_TO_ASK}`
      : `Bạn muốn hỏi thêm gì về ${subject}? Bạn gõ rõ hơn giúp mình, ví dụ: ${asks}.${whomSaid ? '' : ` Nếu cần giải thích kỹ hơn, ${lowerFirst(WHERE_TO_ASK)}`}`;
  return reply([plain(text)], MENU_BUTTONS);
}

/**
 * "ở thành phố thì sao" after the supports of a class or a support card: the data's supports go by class and each one's
 * conditions, not by area; what differs by area is the line (the standard of the day), said first.
 */
export function areaSupportNote(rules: RuleSet, area: 'rural' | 'urban', today: string): Span[] {
  const line = describeStandard(rules, today).lines.find((candidate) => candidate.area === area);
  const by = line
    ? ` Điều khác nhau là chuẩn nghèo: ở ${line.areaName.toLowerCase()}, hộ có thu nhập bình quân mỗi người mỗi tháng từ ${line.text} trở xuống mới thuộc diện hộ nghèo, hộ cận nghèo (chuẩn áp dụng ngày ${formatDate(today)}).`
    : '';
  return [plain(`Các hỗ trợ trong dữ liệu của trợ lý xét theo loại hộ và điều kiện ghi ở từng hỗ trợ, không chia theo nông thôn hay thành thị.${by}\n\n`)];
}



/**
 * What a support card says of one aspect, for the class asked (each class when none is; classes saying the same named
 * together): the amount with its status, or that the data has no figure (never one made up); where to apply (also for the
 * papers, which the data does not list: the place says); since when it applies, by its basis and status. `bases`: the
 * basis of each support named, with its status, for the answer's "Căn cứ". Undefined for a duration (the card's own words
 * answer it).
 */
function aspectPoints(
  rules: RuleSet,
  topic: Extract<Topic, { kind: 'support' }>,
  aspect: Aspect,
  today: string,
  ids: readonly string[] = supportsShown(rules, topic, today),
): { points: string[]; bases: string[]; noFigure: boolean } | undefined {
  if (aspect === 'duration' || aspect === 'both') return undefined;
  const classes = classesOf(topic);
  const bases = new Set<string>();
  let noFigure = false;
  const points = ids.flatMap((id) => {
    const byText = new Map<string, AskedClass[]>();
    for (const asked of classes) {
      const found = supportsFor(rules, asked, today).find((support) => support.id === id);
      if (!found) continue;
      bases.add(supportCited(found));
      const variant = supportById(rules, id)?.variants.find(
        (candidate) => (candidate.validFrom ?? '') <= today && today <= (candidate.validTo ?? '9999-12-31') && candidate.basis === found.basis && candidate.classes.includes(asked),
      );
      const figures = figureSentences(found.what);
      const text =
        aspect === 'place' || aspect === 'papers'
          ? `nơi làm: ${found.whereToApply.replace(/\.$/, '')}`
          : aspect === 'payer'
            ? `${found.what.replace(/\.$/, '')}${found.what.includes(STATUS_TAGS[found.status].trim()) ? '' : STATUS_TAGS[found.status]}; nơi làm: ${found.whereToApply.replace(/\.$/, '')}`
          : aspect === 'timing'
            ? found.status === 'unknown'
              ? `${variant?.validFrom && !signedOn(rules, variant.validFrom, found.basis) ? `từ ${formatDate(variant.validFrom)} ` : ''}theo ${found.basis}, còn hỗ trợ hay không và từ khi nào chưa rõ`
              : `${variant?.validFrom ? `áp dụng từ ${formatDate(variant.validFrom)}` : 'đang áp dụng (dữ liệu không ghi ngày bắt đầu)'} theo ${supportCited(found)}`
            : aspect === 'rate' && found.status !== 'unknown' && ratesSaid(figures).length > 0
              ? [`${ratesSaid(figures).join('; ')}${STATUS_TAGS[found.status]}`, ...withoutRates(figures)].join('; ')
              : found.status !== 'unknown' && found.amount
              ? `mức: ${amountWithStatus(found) === found.amount ? `${found.amount}${STATUS_TAGS[found.status]}` : amountWithStatus(found)}`
              : found.status !== 'unknown' && figures.length > 0
                ? figures.join(' ')
                : ((noFigure = true), `${NO_FIGURE}${STATUS_TAGS.unknown}, nên mình không nêu con số nào`);
      byText.set(text, [...(byText.get(text) ?? []), asked]);
    }
    const name = supportById(rules, id)?.name ?? id;
    // Not said twice when the support's name says it ("Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)").
    const who = (named: AskedClass[]) =>
      topic.classification || named.length === classes.length || name.includes(`(${classLabels(named).toLowerCase()})`) ? '' : ` (${classLabels(named).toLowerCase()})`;
    return [...byText].map(([text, named]) => `${name}${who(named)}: ${text.replace(/\.$/, '')}.`);
  });
  return { points, bases: [...bases], noFigure };
}

/**
 * Whether `day` is only the day the document `basis` names was signed (rules/replaced.yaml fromIs: signed: QĐ 14/2025/QĐ-TTg,
 * 29/05/2025, its effective date not known): then no support is said to start on it (round 18).
 */
const signedOn = (rules: RuleSet, day: string, basis: string) =>
  rules.replaced.some((entry) => entry.fromIs === 'signed' && entry.from === day && basis.includes(entry.by));

/**
 * The parts of a support's figure sentences saying a rate ("lãi suất 6,6%/năm"): "lai bn" after the loan card leads with it,
 * then the whole sentence with its caveat (round 31 plain18; was the loan's amount first, as for "dc bn"). A comma inside
 * brackets does not split ("(tham khảo, chưa kiểm tra …) là lãi suất 7,92%/năm"), and a part is said from its "lãi suất"
 * (round 33 tryout20; was "chưa kiểm tra mức áp dụng từ năm 2026) là lãi suất 7,92%/năm" for the near-poor).
 */
const ratesSaid = (figures: readonly string[]) =>
  figures
    .flatMap(figureParts)
    .filter(saysRate)
    .map((part) => part.slice(Math.max(0, part.search(RATE))).replace(/\.$/, '').trim());

const RATE = /lãi suất\D*\d[\d,.]*\s?%/u;
const saysRate = (part: string) => /\d\s?%/.test(part);
/** A figure sentence's parts: a comma inside brackets does not split. */
const figureParts = (sentence: string) => sentence.split(/,\s+(?=\p{L})(?![^(]*\))/u);

/**
 * The figure sentences after the rates they say were led with, so a rate is said once (round 33 follow22; was "lãi suất
 * 6,6%/năm (tham khảo); số liệu … lãi suất 6,6%/năm"): the rest of each sentence, its caveat kept ("số liệu công bố trước đây
 * (tham khảo, chưa kiểm tra …)"), the "là" left hanging by a rate that was all it said dropped, a rest with no figure left out.
 */
const withoutRates = (figures: readonly string[]) =>
  figures.flatMap((sentence) => {
    const parts = figureParts(sentence);
    const rest = parts
      .map((part) => (saysRate(part) ? part.slice(0, Math.max(0, part.search(RATE))) : part))
      .map((part) => part.replace(/\.$/, '').replace(/\s+là\s*$/u, '').trim())
      .filter((part) => part.length > 0)
      .join(', ');
    return /\d/.test(rest) ? [lowerFirst(rest)] : [];
  });

/** An aspect's point on a support the data has no figure of. */
const NO_FIGURE = 'dữ liệu của trợ lý chưa có số tiền của hỗ trợ này';

/** After the points of an aspect: what the data does not hold of it, and whom to ask. */
const FIGURES_NOTE = 'Mức ghi “tham khảo” là số liệu chưa đối chiếu nguyên văn; mức nào dữ liệu không có thì mình không nêu con số.';
const ASPECT_UNKNOWN: Record<string, string> = {
  amount: FIGURES_NOTE,
  rate: FIGURES_NOTE,
  place: 'Giấy tờ cụ thể cần mang theo, nơi làm sẽ hướng dẫn.',
  // "chưa rõ" in so many words (round 40 law33: the social pension's papers under NĐ 176/2025 were said only as not listed).
  papers: 'Giấy tờ cần nộp: chưa rõ. Dữ liệu của trợ lý không có danh sách giấy tờ cho hỗ trợ này; nơi làm sẽ hướng dẫn giấy tờ cần mang theo.',
  payer: 'Phần nào dữ liệu không ghi (như phần còn lại phải tự đóng, hay địa phương có hỗ trợ thêm không) do ai trả thì chưa rõ.',
  timing: 'Sau khi nộp hồ sơ bao lâu thì được hưởng, ngày và cách chi trả không có trong dữ liệu của trợ lý.',
};

/**
 * After who pays: a share of the premium the points say ("tối thiểu 70% mức đóng") leaves a rest, whose payer is not known; the whole paid ("đóng 100%"
 * for a poor household's card, round 33 follow21; was "phần còn lại … chưa rõ" though nothing is left) leaves none; no share
 * said (an allowance, a loan): who pays beyond what is said is not known.
 */
function payerNote(points: readonly string[]): string {
  const shares = points.flatMap((point) => [...point.matchAll(/(\d+)\s?% mức đóng/gu)].map((match) => Number(match[1])));
  if (shares.length === 0) return 'Ai chi trả, ngoài điều ghi ở trên, dữ liệu của trợ lý không ghi (chưa rõ).';
  return shares.every((share) => share === 100) ? 'Mức 100% là toàn bộ mức đóng, nên hộ không phải tự đóng phần nào.' : ASPECT_UNKNOWN.payer!;
}

/** The end of an answer narrower than the one just given: the rest is there, not repeated. */
export const ANSWER_ABOVE = '(Đầy đủ ở câu trả lời phía trên.)';

/**
 * "dc bn", "lai nhiu", "vay dc bao lau", "lam o dau", "giay to gi", "khi nao co" after a support card or the standard, the
 * card just given: only what the card says of that (the amount and its status, or that the data has none; where to apply;
 * since when), with its basis and status, and that the full answer is above (never the card again); a duration asked is
 * said plainly to be known only where the card says it (the data has no loan term), with where to ask. Where to apply, and
 * the papers, after the standard is the procedure card; the amount after the standard is its short form. Undefined after
 * any other answer, and for a time after the standard.
 */
export function aspectAnswer(rules: RuleSet, topic: Topic, aspect: Aspect, today: string, shortForm?: () => Reply | undefined): Reply[] | undefined {
  // "mat bao lau", "khi nao" after the procedure card: only its steps about that (15 days; the yearly review's dates).
  if (topic.kind === 'procedure' && (aspect === 'duration' || aspect === 'timing')) return [procedureStepsAbout(rules, aspect, dayForYear(topic.year, today))];
  // "lam o dau" after the procedure card or while a household's check waits for its consent ("tui di lam tren thanh pho ve que that
  // nghiep, nha 5 nguoi, co dc ho can ngheo ko" then "lam o dau", round 32 tryout19; was "ngoài phạm vi"): the step saying where
  // a household files (Mẫu số 04 at the UBND cấp xã).
  if (topic.kind === 'procedure' && aspect === 'place') return [procedureStepsAbout(rules, 'where', dayForYear(topic.year, today))];
  if (topic.kind === 'standard' && (aspect === 'place' || aspect === 'papers')) return answerTopic(rules, { kind: 'procedure' }, today);
  // "giay to gi", "lam o dau" after the disability entry (round 32 follow20; was the papers of the review for a poor household):
  // those of its monthly allowance; so is "ai tra" (round 33 tryout20 and follow21; was a provincial resolution's passage on "kiểm tra, giám sát").
  if (topic.kind === 'reference' && topic.entryId === DISABILITY_ENTRY && (aspect === 'papers' || aspect === 'place' || aspect === 'payer')) {
    return aspectAnswer(rules, { kind: 'support', supportId: DISABLED_ALLOWANCE }, aspect, today);
  }
  if ((topic.kind !== 'support' && topic.kind !== 'standard') || (topic.kind === 'standard' && aspect === 'timing')) return undefined;
  if (topic.kind === 'standard') {
    const short = shortForm?.();
    return short ? [withAnswerAbove(short)] : undefined;
  }
  const support = supportById(rules, topic.supportId);
  const about = support ? lowerFirst(support.name) : 'hỗ trợ này';
  if (aspect === 'duration') return [reply([bold(durationSaid(rules, topic, today)), plain(`\n${ANSWER_ABOVE}`)], answerButtonsOf(rules, topic, today))];
  if (aspect === 'travel') return figuresAnswer(rules, topic, `tiền đi lại của ${about}`, today, travelParts);
  if (aspect === 'both') {
    const kept = supportsKept(topic);
    const names = (kept.length > 1 ? kept : supportsShown(rules, topic, today)).map((id) => supportById(rules, id)?.name ?? id);
    if (names.length < 2) return undefined;
    const lead = `Hưởng cùng lúc ${names.map(lowerFirst).join(' và ')} được hay không, dữ liệu của trợ lý không ghi (chưa rõ), nên mình không dám nói. ${WHERE_TO_ASK}`;
    return [reply([plain(`${lead}\n${ANSWER_ABOVE}`)], answerButtonsOf(rules, topic, today))];
  }
  const found = aspectPoints(rules, topic, aspect, today);
  // "hoc lai xe dc bu bn tien" after the training card (round 43 mend45a; was that card again): a support whose amounts today are
  // not known (chưa rõ) says the last figures the data has, the day they ended and its status today, never as applying now.
  const unknownNow = aspect === 'amount' && classesOf(topic).every((asked) => !supportsFor(rules, asked, today).some((one) => one.id === topic.supportId && one.amount));
  const past = unknownNow ? figuresAnswer(rules, topic, about, today, (amount) => (amount ? amount.split('; ') : []), true) : undefined;
  if (past) return past;
  // "gio con ko" after the smartphone card (round 33 tryout20; was the explainer of the district level, found by search): a
  // support that has ended is said to, with the year it ended, its basis and status.
  const ended = aspect === 'timing' && (!found || found.points.length === 0) ? endedSupport(rules, topic.supportId, ALL_CLASSES, today) : undefined;
  if (ended) {
    const lead = `Về ${about}: hỗ trợ này đã kết thúc trong năm ${ended.end.slice(0, 4)}, không còn áp dụng ngày ${formatDate(today)}.`;
    return [reply([bold(`${lead}
`), plain(`Căn cứ: ${supportCited(ended.support)}.
${WHERE_TO_ASK}
${ANSWER_ABOVE}`)], answerButtonsOf(rules, topic, today))];
  }
  if (!found || found.points.length === 0) return undefined;
  return [
    reply(
      [
        bold(`Về ${about}${topic.classification ? ` cho ${CLASS_NAMES[topic.classification].toLowerCase()}` : ''} (câu bạn vừa hỏi), theo dữ liệu chính sách (áp dụng ngày ${formatDate(today)}):\n`),
        plain(`${bullets(found.points)}\n${aspect === 'payer' ? payerNote(found.points) : ASPECT_UNKNOWN[aspect]}\nCăn cứ: ${found.bases.join('; ')}.\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`),
      ],
      answerButtonsOf(rules, topic, today),
    ),
  ];
}

/**
 * How long a support lasts, asked ("bn lau" after the loan card, or with it: "vay von bn lau", round 37 mend37d; was the card with
 * nothing on it): the months its amount says, with status and basis ("may thang" after the lunch card, round 33 tryout20); else that
 * the data does not say (chưa rõ); then where to ask, unless the card below says it (`withPlace` false).
 */
const NEWLY_ESCAPED = 'newly_escaped';
function durationSaid(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string, withPlace = true): string {
  const support = supportById(rules, topic.supportId);
  const about = support ? lowerFirst(support.name) : 'hỗ trợ này';
  const card = classesOf(topic).flatMap((asked) => supportsFor(rules, asked, today)).find((one) => one.id === topic.supportId && one.status !== 'unknown');
  const months = card?.amount?.match(/(?:tối đa|trong)\s+\d+\s+tháng(?:\/năm(?: học)?)?/u)?.[0];
  const said =
    card && months
      ? `${months}${STATUS_TAGS[card.status]}, theo ${card.basis}; điều gì khác dữ liệu không ghi thì mình không biết.`
      : tagged('dữ liệu của trợ lý không ghi.', 'unknown');
  // "thoat ngheo roi con dc vay von ko" then "bao lau" (round 42 mend43b; was the loan term alone, chưa rõ): how long a household
  // that left the poor list keeps its class (the newly_escaped entry's first line: 3 years, verified) leads; the loan's own term after.
  const escaped = topic.classification === NEWLY_ESCAPED ? rules.reference.find((entry) => entry.id === NEWLY_ESCAPED)?.lines[0] : undefined;
  const kept = escaped && 'basis' in escaped && typeof escaped.basis === 'string' ? `Còn được vay bao lâu sau khi ra khỏi danh sách hộ nghèo: ${lowerFirst(referenceLine({ text: escaped.text, basis: escaped.basis, status: escaped.status }))} ` : '';
  const lead = `${kept}Về thời hạn của ${about}${kept ? ' (mỗi khoản vay)' : ''}: ${said}`;
  if (!withPlace) return lead;
  return `${lead} ${support ? `Nơi hỏi: ${lowerFirst(support.whereToApply)}` : WHERE_TO_ASK}`;
}

/**
 * "ai tra" after an entry of the reference data ("lu vua roi cuon het lua ma, … co dc ho tro j ko" then "ai tra", round 34
 * tryout21; was a provincial resolution's passage on "kiểm tra, giám sát", found by search): the entry's lines naming who pays
 * (TOPICS.supportPayer: "trẻ em dưới 6 tuổi … được ngân sách nhà nước đóng bảo hiểm y tế", round 34 mend34d; was "không nêu ai
 * chi trả" for every entry), each with its basis and status; when none does, that the data does not say who pays (chưa rõ).
 * Both say whom to ask and that the full answer is above. An amount or a rate asked after any topic but a support or the standard:
 * that the answer above names none and the data has none. Where or who asked after an indicator: the review at UBND cấp xã, and
 * that a support for it is not in the data. Undefined for any other topic or aspect.
 */
export function unsaidAspect(rules: RuleSet, topic: Topic, aspect: Aspect | undefined, today: string, message: string | ReadMessage): Reply | undefined {
  // "bn tien" after an answer naming no amount (the sanitation indicator with no support in the data, an entry; round 35 tryout23:
  // was the electricity explainer, found by search, for a household asking what a latrine gets): that none is said, nor known.
  if ((aspect === 'amount' || aspect === 'rate') && topic.kind !== 'support' && topic.kind !== 'standard') {
    return reply([bold('Về câu bạn vừa hỏi (số tiền): '), plain(`câu trả lời phía trên không nêu số tiền nào, dữ liệu của trợ lý cũng không có (chưa rõ), nên mình không nêu con số.\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`)]);
  }
  // "ai lam", "o dau lam" after an indicator answer (no clean water, "co dc ho tro lam gieng ko"; round 35 tryout23: was an
  // explainer of QĐ 24/2021 found by search): an indicator is counted in the review, which UBND cấp xã makes, and has no place of
  // its own; a support for it, where the data has none, is asked there too.
  if ((aspect === 'place' || aspect === 'papers') && topic.kind === 'indicator') {
    return reply([bold('Về câu bạn vừa hỏi (ai làm, ở đâu): '), plain(`chỉ số thiếu hụt được xem xét khi rà soát hộ nghèo, hộ cận nghèo tại UBND cấp xã, Chủ tịch UBND cấp xã công nhận kết quả (Quyết định 24/2021/QĐ-TTg). Hỗ trợ riêng cho việc này (nếu địa phương có) thì dữ liệu của trợ lý không có (chưa rõ).\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`)]);
  }
  // "gio ai lo" after the procedure card (round 41 resid41; was the ministry explainer found by search): who does the review and
  // the household's records now, the recognition authority in brief (UBND cấp xã since the district level is gone).
  if (aspect === 'payer' && topic.kind === 'procedure' && has(readMessage(message).words, TOPICS.inCharge.asks)) {
    // Its "chi tiết" would be the procedure's, the card just above: not offered.
    const [card] = answerTopic(rules, { kind: 'reference', entryId: RECOGNITION_ENTRY, brief: true }, today);
    return card && { ...card, spans: card.spans.map((span) => ({ ...span, text: span.text.replace(`\n${SEE_IN_FULL}`, '') })) };
  }
  if (topic.kind !== 'reference' || aspect !== 'payer') return undefined;
  const naming = referenceLines(rules, topic.entryId, today).lines.filter(
    (line): line is typeof line & { basis: string } => 'basis' in line && typeof line.basis === 'string' && has(readMessage(line.text).words, TOPICS.supportPayer),
  );
  if (naming.length > 0) {
    return reply([bold('Về câu bạn vừa hỏi (ai chi trả), theo dữ liệu chính sách:\n'), plain(`${bullets(naming.map(referenceLine))}\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`)]);
  }
  // "ai lo" after the ministry note (round 39 resid39): who handles it, the entry's lines naming a body (TOPICS.inCharge).
  const handling = has(readMessage(message).words, TOPICS.inCharge.asks)
    ? referenceLines(rules, topic.entryId, today).lines.filter(
      (line): line is typeof line & { basis: string } => 'basis' in line && typeof line.basis === 'string' && has(readMessage(line.text).words, TOPICS.inCharge.bodies),
    )
    : [];
  if (handling.length > 0) {
    return reply([bold('Về câu bạn vừa hỏi (ai phụ trách), theo dữ liệu chính sách:\n'), plain(`${bullets(handling.map(referenceLine))}\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`)]);
  }
  return reply([bold('Về câu bạn vừa hỏi (ai chi trả): '), plain(`câu trả lời phía trên không nêu ai chi trả, dữ liệu của trợ lý cũng không ghi (chưa rõ), nên mình không đoán.\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`)]);
}

/**
 * "tui o xa cu ten la an binh", "phai dang ky lai ko" right after the commune-merger note (round 37 resid37; were "ngoài phạm vi"):
 * its lines on where papers go now and what is not known (the old communes' lists, a review of their own), each with its status and
 * basis, then whom to ask; short, the note one message above. Registering again ("phai dang ky lai ko"): one line, not known.
 * Undefined without a word of the merged commune (PROVINCES.afterMerger).
 */
export function communeMergerFollowUp(rules: RuleSet, message: string | ReadMessage): Reply | undefined {
  const words = readMessage(message).words;
  if (!saysAny(words, PROVINCES.afterMerger)) return undefined;
  // "phai dang ky lai ko" (round 37 mend37d; was the note's lines again, word for word after "tui o xa cu …"): one line, that the
  // data does not say, and whom to ask.
  if (saysAny(words, PROVINCES.registerAgain)) {
    const unsaid = tagged('hộ có phải đăng ký, khai lại hồ sơ hộ nghèo, hộ cận nghèo sau khi xã sáp nhập hay không thì dữ liệu của trợ lý không có.', 'unknown');
    return reply([bold('Về câu bạn vừa hỏi (đăng ký lại): '), plain(`${unsaid} Bạn hỏi ${POVERTY_CADRE} nơi hộ đang cư trú.`)]);
  }
  const entry = rules.reference.find((candidate) => candidate.id === COMMUNE_MERGER_ENTRY);
  if (!entry) return undefined;
  const said = entry.lines.slice(1).map((line) => referenceLine(line));
  return reply([bold('Về câu bạn vừa hỏi (xã đã sáp nhập):\n'), plain(`${bullets(said)}\nBạn hỏi ${POVERTY_CADRE} nơi hộ đang cư trú.\n${ANSWER_ABOVE}`)]);
}

const TRAVEL_WORDS = TOPICS.followUp.aspects.travel ?? [];
/** The parts of a card's amounts ("Chi phí khóa học: …; Tiền đi lại khi …: 200.000 đồng/người/khóa") that are travel money. */
const travelParts = (amount: string | undefined) =>
  (amount ?? '').split('; ').filter((part) => TRAVEL_WORDS.some((phrase) => ` ${fold(part).toLowerCase()} `.includes(` ${phrase} `)));

/** A basis ("Quyết định 46/2015/QĐ-TTg; Luật Việc làm 2025 (…)") without the documents of one cited just before; the whole when that leaves none. */
const notCitedYet = (basis: string, cited: string) => basis.split('; ').filter((part) => !cited.split('; ').includes(part)).join('; ') || basis;

/**
 * "di hoc xa co dc tien xe ko" after the training card (round 33 chains22; was the tuition card): the card's travel money (`parts`
 * of its amounts; all of them for "hoc lai xe dc bu bn tien", round 43 mend45a), in force today with its status; else the last
 * figures the data has with the day they ended and the basis, and the support's status today (QĐ 46/2015 after 31/12/2025: chưa
 * rõ), never said to apply. Undefined when the data has no such figures for it.
 */
/** A support's text today saying the last period's amounts are not carried over ("không áp dụng các mức của giai đoạn trước"). */
const NOT_CARRIED = /khong ap dung cac muc cua giai doan truoc/;
function figuresAnswer(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, about: string, today: string, parts: (amount: string | undefined) => string[], whole = false): Reply[] | undefined {
  const classes = classesOf(topic);
  const current = classes.map((asked) => supportsFor(rules, asked, today).find((one) => one.id === topic.supportId)).find((one) => one !== undefined);
  const now = parts(current?.amount);
  const ended = now.length > 0 ? undefined : endedSupport(rules, topic.supportId, classes, today);
  const before = parts(ended?.support.amount);
  if (now.length === 0 && before.length === 0) return undefined;
  // All its figures asked of no class ("hoc nghe co dc ho tro ko", then "dc bn tien", round 44 resid50): each class's own figures
  // named by it, those of all once (the near-poor course cost, 2.500.000 đồng, was never said; the poor's read as everyone's).
  const each = whole && ended ? classes.flatMap((asked) => {
    const own = endedSupport(rules, topic.supportId, [asked], today);
    return own && own.end === ended.end ? [{ asked, parts: parts(own.support.amount) }] : [];
  }) : [];
  const shared = each.length > 1 ? before.filter((part) => each.every((one) => one.parts.includes(part))) : [];
  const byClass = shared.length > 0 ? each.map((one) => `${CLASS_NAMES[one.asked]}: ${one.parts.filter((part) => !shared.includes(part)).join('; ')}.`) : [];
  // All its figures (round 44 resid50): whom to ask on the line not known, the document cited the line before not again.
  const cadreSaid = whole && now.length === 0 && current?.status === 'unknown';
  const points =
    now.length > 0
      ? [`${now.join('; ')}${STATUS_TAGS[current!.status]}.`]
      : [
          // What holds from the day after the end first, then the last figures once (round 44 mend47b; were those figures first, twice,
          // an old-code merge twin): "con sua nha thi dc bn" leads with 2026, the 40/20 triệu of Dự án 5 said once, as ended.
          current
            ? `Từ ${formatDate(addDays(ended!.end, 1))}: ${current.status !== 'unknown' ? lowerFirst(current.what) : NOT_CARRIED.test(fold(current.what).toLowerCase()) ? 'mức hỗ trợ mới chưa rõ; không áp dụng mức cũ dưới đây' : `mức này còn áp dụng hay không chưa rõ${cadreSaid ? `, bạn hỏi ${POVERTY_CADRE}` : ''}`}. Căn cứ: ${cited(cadreSaid ? notCitedYet(current.basis, ended!.support.basis) : current.basis, current.status)}.`
            : `Từ ${formatDate(addDays(ended!.end, 1))}: dữ liệu không còn hỗ trợ này (chưa rõ).`,
          // All its figures asked: whether the course asked of is one the support is for now (a driving course: "trình độ sơ cấp
          // hoặc dưới 3 tháng") is for the place it is applied at to confirm; a household's case, for the commune (round 44 mend47b;
          // was "Hộ ở xã nghèo …: khóa của bạn có thuộc diện không" after the housing card).
          ...(whole && current?.condition
            ? [`${current.condition.replace(/\.$/, '')}: ${/khóa/iu.test(current.condition) ? 'khóa của bạn có thuộc diện không, nơi đăng ký xác nhận' : `hộ của bạn có thuộc diện không, ${POVERTY_CADRE} xác nhận`}.`]
            : []),
          // One line (round 44 resid50: "hoc nghe co dc ho tro ko" then "dc bn tien" listed the same amounts twice, 1.571 characters).
          `Đến ${formatDate(ended!.end)}, theo ${supportCited(ended!.support)}${whole && ended!.support.condition ? ` (${lowerFirst(ended!.support.condition)})` : ''}: ${(byClass.length > 0 ? shared : before).join('; ')}.`,
          ...byClass,
        ];
  return [
    reply(
      // Not "đầy đủ ở câu trả lời phía trên" after all its figures: the card above said none.
      [bold(`Về ${about} (câu bạn vừa hỏi), ${cadreSaid ? `ngày ${formatDate(today)}` : `theo dữ liệu chính sách (ngày ${formatDate(today)})`}:\n`), plain(cadreSaid ? bullets(points) : `${bullets(points)}\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`)],
      answerButtonsOf(rules, topic, today),
    ),
  ];
}

/**
 * "bn tien", "o dau lam", "lai bn" right after the list of supports of a class: the amounts the data has (each support with its
 * figure and status; those without one named together, no figure), where each is applied for (supports grouped by place), or
 * the loan's rate. Undefined for another aspect.
 */
/** A period said in a line: "3 năm", "36 tháng". */
const PERIOD_SAID = /\d+ (?:năm|tháng)(?![\p{L}])/u;
export function supportsAspectAnswer(rules: RuleSet, classification: AskedClass | undefined, aspect: Aspect, today: string): Reply | undefined {
  // "hoi ai", "o dau lam" after every class's supports (round 34 short24: was a passage on the social pension): whom to ask, and
  // that each class's places are one class typed away.
  if (classification === undefined) {
    // "bn tien" after every class's supports (round 35 tryout23: was the electricity explainer, found by search): each class's
    // amounts are one class typed away, as its places are.
    const byClass = aspect === 'place' || aspect === 'papers' ? 'Nơi làm từng khoản tùy loại hộ: bạn gõ loại hộ (ví dụ “hộ nghèo”), rồi hỏi “ở đâu làm”.'
      : aspect === 'amount' || aspect === 'rate' ? 'Số tiền từng khoản tùy loại hộ: bạn gõ loại hộ (ví dụ “hộ nghèo”), rồi hỏi “bao nhiêu tiền”.'
        : undefined;
    return byClass === undefined ? undefined : reply([plain(`${WHERE_TO_ASK}\n${byClass}`)]);
  }
  const found = supportsFor(rules, classification, today);
  const name = CLASS_NAMES[classification].toLowerCase();
  const names = (list: readonly { name: string }[]) => list.map((support) => support.name).join('; ');
  let lead: string;
  let points: string[];
  if (aspect === 'amount') {
    const figuresOf = (support: (typeof found)[number]) =>
      support.status === 'unknown' ? undefined : support.amount !== undefined ? amountWithStatus(support) : (figureSentences(support.what).join(' ') || undefined);
    const known = found.flatMap((support) => {
      const figures = figuresOf(support);
      // An amount with a status of its own says it (amountWithStatus; round 43 cadre45), not the support's again.
      const tag = support.amount !== undefined && figures !== support.amount ? '' : STATUS_TAGS[support.status];
      return figures ? [`${support.name}: ${figures.replace(/\.$/, '')}${tag && figures.includes(tag.trim()) ? '' : tag}.`] : [];
    });
    const without = found.filter((support) => figuresOf(support) === undefined);
    lead = `Số tiền các hỗ trợ của ${name} (áp dụng ngày ${formatDate(today)}), theo dữ liệu chính sách:`;
    points = [...known, ...(without.length > 0 ? [`Chưa có số tiền trong dữ liệu${STATUS_TAGS.unknown}, nên mình không nêu con số: ${names(without)}.`] : [])];
  } else if (aspect === 'rate') {
    // "lai bn" right after the list (round 33 follow21; was "ngoài phạm vi"): the loan's rate for that class, the only support
    // with one.
    return aspectAnswer(rules, { kind: 'support', supportId: LOAN_ALONE.support, classification }, aspect, today)?.[0];
  } else if (aspect === 'place' || aspect === 'papers') {
    // By office (the place without what is filed there, in brackets: round 34 short24, "hoi ai" after the poor class's list was
    // 1.721 characters, "UBND cấp xã (…)" on 7 lines); what is filed is on each one's card.
    const office = (place: string) => place.replace(/ \(.*\)\.?$/, '').replace(/\.$/, '');
    const byPlace = new Map<string, (typeof found)[number][]>();
    for (const support of found) byPlace.set(office(support.whereToApply), [...(byPlace.get(office(support.whereToApply)) ?? []), support]);
    lead = `Nơi làm các hỗ trợ của ${name}, theo dữ liệu chính sách:`;
    points = [...byPlace].map(([place, supports]) => `${names(supports)}: ${place.replace(/\.$/, '')}.`);
  } else if (aspect === 'duration') {
    // "bao lau" after "ho moi thoat ngheo dc huong j nua ko" (round 38 mend38d; was the 15-day recognition explainer, found by
    // search): the lines of the entry leading that class's list that give a period (newly_escaped: 3 năm, 36 tháng), with
    // their status and basis; undefined for a class with none.
    const periodOf = (line: { text: string }) => PERIOD_SAID.test(line.text);
    const entry = rules.reference.find((one) => one.leads === classification && referenceLines(rules, one.id, today).lines.some(periodOf));
    return entry && withAnswerAbove(referenceAnswer(rules, entry.id, today, periodOf));
  } else {
    return undefined;
  }
  const note = aspect === 'amount' ? FIGURES_NOTE : ASPECT_UNKNOWN[aspect];
  return reply([bold(`${lead}\n`), plain(`${bullets(points)}\n${note}\n${WHERE_TO_ASK}\n${ANSWER_ABOVE}`)]);
}

/** The buttons the card of a topic carries (share, report), for a narrower answer about it. */
function answerButtonsOf(rules: RuleSet, topic: Topic, today: string) {
  return answerTopic(rules, topic, today)[0]?.buttons;
}

/** A narrower answer (a short form of the card just given) ending with where the full one is. */
export function withAnswerAbove(answer: Reply): Reply {
  return { ...answer, spans: [...answer.spans, plain(`\n${ANSWER_ABOVE}`)] };
}

/** Built once: phrasePositions keeps its compiled form per list. */
const ASPECT_PHRASES = Object.values(TOPICS.followUp.aspects).flat();
/** The most words a follow-up-shaped message has ("vậy cái đó làm ở đâu vậy ad"); a longer one is a question on its own. */
export const FOLLOW_UP_SHAPE_DEFAULTS = { maxWords: 8 };

/**
 * Shaped as a follow-up of the last answer, not a full question: short, and opening as a follow-up does ("còn bhyt thì
 * sao", "vậy tiền điện"), or pointing back ("cái đó", "cụ thể", TOPICS.followUp.refers), or asking one aspect of it ("ở
 * đâu", "bao nhiêu", "khi nào", "giấy tờ gì") or "thì sao" (TOPICS.followUp.markers). "hộ cận nghèo vay vốn được không",
 * asked again in other words, is no follow-up: it gets the full answer.
 */
export function followUpShaped(message: string | ReadMessage): boolean {
  // A year of study beside a school level is no word of its own ("con tui hoc nam 2 tieu hoc thi sao" after the students' fee card,
  // round 37 mend37d; was "ngoài phạm vi", nine words too many for a follow-up).
  const words = [...schoolYearless(readMessage(message).words)];
  if (words.length === 0 || words.length > FOLLOW_UP_SHAPE_DEFAULTS.maxWords) return false;
  const rest = followUpRest(words);
  if (rest.length < words.length) return true;
  // "gio ai phu trach", "giờ ai lo hộ nghèo" (round 40 resid40): who handles it asked, nothing else, is read against the last answer.
  if (has(words, TOPICS.inCharge.asks) && readAspect(words.join(' ')) === 'payer') return true;
  // A class named without an opener is a question of its own ("hộ cận nghèo vay bao nhiêu").
  if (classesNamed(words).length > 0) return false;
  return has(words, TOPICS.followUp.refers) || has(words, TOPICS.followUp.markers) || has(words, ASPECT_PHRASES);
}

/**
 * The words after a follow-up's opener ("vậy tiền điện thì sao" → "tiền điện thì sao"), all of them without one. "vay" is
 * "vậy" typed without marks, or the loan: it opens only when the words after it still name a support or ask something of
 * the last answer, not when it is the loan's own word ("vay vốn ưu đãi cho hộ cận nghèo").
 */
function followUpRest(words: string[]): string[] {
  const open = FOLLOW_UP_OPENS.find((parts) => phraseAt(words, 0, parts));
  if (!open) return words;
  const rest = words.slice(open.length);
  const loanWord = open.join(' ') === 'vay' && has(words, TOPICS.supports.policy_credit ?? []) && !has(rest, SUPPORT_NAMES) && !has(rest, TOPICS.followUp.refers) && !has(rest, ASPECT_PHRASES);
  return loanWord ? words : rest;
}

/** Each lack's words with those said after a support (TOPICS.withoutSupport), joined once (was at every call). */
const WITHOUT_SUPPORT_LISTS = Object.entries(TOPICS.withoutSupport).map(([id, { words: named, afterSupport }]) => [id, [...named, ...(afterSupport ?? [])]] as const);

/**
 * "con nuoc thi sao", "con nuoc sach thi sao" right after a support card (round 20): a support the data has none of, named after the
 * follow-up's opener (TOPICS.withoutSupport, with its `afterSupport` words): the topic that says so, then its indicator.
 */
export function lackingNamed(message: string | ReadMessage): Topic | undefined {
  const words = followUpRest(readMessage(message).words);
  const lacking = WITHOUT_SUPPORT_LISTS.find(([, phrases]) => has(words, phrases))?.[0];
  return lacking === undefined ? undefined : { ...indicatorTopic([lacking], '', undefined, false), withoutSupport: lacking };
}

const LOAN_SUPPORT = TOPICS.followUp.loanAlone.support;
/** What borrowed money is for, said as residents say it: the livelihood support's words ("nuôi bò", "chăn nuôi", "con giống"). */
const LOAN_PURPOSE_WORDS = TOPICS.supports.livelihood ?? [];
const LOAN_CLASSES: readonly SupportClass[] = ['poor', 'near_poor', 'newly_escaped'];

/**
 * The supports a class's short list names for sure (no condition, a known status; info.ts classSupportsReply counts the others):
 * "còn gì nữa" after it lists the others (round 39 mend39a).
 */
export function sureSupports(rules: RuleSet, classification: AskedClass, day: string): string[] {
  return supportsFor(rules, classification, day).filter((support) => support.status !== 'unknown' && support.condition === undefined).map((support) => support.id);
}

/**
 * The first amount of money in a sentence ("vay 50tr nuoi bo", "vay 50 trieu") as typed, read as the chat reads amounts
 * (findAmounts) but its figure alone: a sum borrowed is no income, never per month ("vay 60tr/nam" is 60.000.000 đồng) nor
 * joined to a number after it ("vay 200k 1 ngay" is 200.000 đồng); round 40 fix40, were 5.000.000 and 200.100.
 */
export function amountInText(text: string): number | undefined {
  for (const { said } of findAmounts(text, AMOUNT_STOP_WORDS)) {
    const parsed = parseAmount(said);
    if (parsed.ok && parsed.amount.value > 0) return parsed.amount.value;
  }
  return undefined;
}

/**
 * "tui can vay 50tr nuoi bo dc ko" right after the loan card (round 39 mend39a; was the livelihood card, "nuôi bò" read as that
 * support): the loan asked with an amount or what the money is for. The class's line in brief (its ceiling with its status, or
 * "chưa rõ"), the amount said back, that the data names no purpose (chưa rõ), where to ask. Undefined for any other message or card.
 */
export function loanTermsAnswer(rules: RuleSet, topic: Topic, message: string | ReadMessage, today: string): Reply | undefined {
  if (topic.kind !== 'support' || topic.supportId !== LOAN_SUPPORT) return undefined;
  const { text, words } = readMessage(message);
  if (!words.includes(TOPICS.followUp.loanAlone.word) && !has(words, TOPICS.supports[LOAN_SUPPORT] ?? [])) return undefined;
  const purpose = has(words, LOAN_PURPOSE_WORDS);
  const amount = amountInText(text);
  if (!purpose && amount === undefined) return undefined;
  const classes = topic.classification ? [topic.classification] : LOAN_CLASSES;
  const found = classes.flatMap((classification) => supportsFor(rules, classification, today).filter((one) => one.id === LOAN_SUPPORT).map((one) => ({ classification, one })));
  if (found.length === 0) return undefined;
  const points = found.map(({ classification, one }) => `${CLASS_NAMES[classification]}: ${one.inBrief ?? one.what} Căn cứ: ${supportCited(one)}.`);
  if (amount !== undefined) {
    points.push(`Số tiền bạn cần vay: ${formatMoney(amount)}. Mức vay tối đa theo dữ liệu của trợ lý là như trên (chỗ ghi chưa rõ là dữ liệu chưa có); hộ vay được bao nhiêu, bạn hỏi nơi vay bên dưới.`);
  }
  if (purpose) {
    points.push('Vay để chăn nuôi, sản xuất như bạn kể: dữ liệu của trợ lý không ghi khoản vay này được dùng vào việc gì, nên có được vay cho việc đó hay không thì chưa rõ.');
  }
  const where = found[0]!.one.whereToApply;
  return reply(
    [
      bold(`Vay vốn ${amount !== undefined ? `${formatMoney(amount)} ` : ''}${purpose ? 'để chăn nuôi, sản xuất ' : ''}(theo dữ liệu chính sách, áp dụng ngày ${formatDate(today)}):\n`),
      plain(`${bullets(points)}\nNơi hỏi: ${where}\n${WHERE_TO_ASK}`),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}

/** The words with a year of study's year dropped when a school level is named beside it ("hoc nam 2 tieu hoc" → "hoc tieu hoc"). */
export function schoolYearless(words: readonly string[]): readonly string[] {
  if (!has(words, TOPICS.studyYear.levels) || !has(words, TOPICS.studyYear.words)) return words;
  return withoutPhrases(words, TOPICS.studyYear.words.map((phrase) => phrase.replace(/^hoc /, '')));
}

/** The support a follow-up names, after its opener ("vay tien dien thi sao": the electricity bill), or undefined. */
export function supportNamed(message: string | ReadMessage): string | undefined {
  const words = schoolYearless(followUpRest(readMessage(message).words));
  return Object.entries(TOPICS.supports).find(([, phrases]) => has(words, phrases))?.[0];
}

const ASPECT_CUES = Object.entries(TOPICS.followUp.aspectCues) as [Aspect, readonly string[]][];
/** Words a follow-up says besides what it is about: its opener, "thì sao", pointing back, an aspect, fillers. */
const DAY = /\b\d{2}\/\d{2}\/\d{4}\b/;
const FOLLOW_UP_FRAME = [
  ...TOPICS.followUp.opens, ...TOPICS.followUp.markers, ...TOPICS.followUp.refers, ...ASPECT_PHRASES, ...TOPICS.followUp.aspectFillers,
  ...TOPICS.followUp.asks,
];
/** The most sentences of the reply just given that a follow-up read against it repeats. */
export const SENTENCES_ASKED_DEFAULTS = { maxSentences: 3, minShared: 2 };

/**
 * A follow-up read against the text of the reply just given ("bn tien" after the disability-allowance passage, "con dua
 * hoc truong tu thi sao" after the tuition card, "vay hoi ai" after the district passage): the sentences of that text
 * saying what it asks. With words of its own ("dua hoc truong tu"), the sentences sharing most of them (at least
 * `minShared`, or the one word said; runs of them in order count more); with an aspect, those of them saying that aspect
 * (TOPICS.followUp.aspectCues, a figure for an amount or a rate), or with no words of its own, every sentence saying it.
 * Empty when none does: that reply does not answer it.
 */
export function sentencesAsked(replyText: string, message: string | ReadMessage): string[] {
  const { words } = readMessage(message);
  const frame = phrasePositions(words, FOLLOW_UP_FRAME);
  const own = [...new Set(words.filter((_, at) => !frame.has(at)))];
  const aspect = aspectSaid(message);
  const cues = aspect ? ASPECT_CUES.find(([name]) => name === aspect)?.[1] ?? [] : [];
  const sentences = [
    ...new Set(
      replyText
        .split(/\n+|(?<=[.!?…])\s+(?=\p{Lu}|\d)/u)
        .map(unquoted)
        // Round 32 (tryout19): the referral and the data's checked day are every card's ending, never what a follow-up asks ("lam o
        // dau" after the disability entry listed "Thông tin kiểm tra đến ngày …" and the referral, said again below, as places).
        .filter((sentence) => sentence.length > 0 && !/^(Nguồn|Căn cứ|Bạn có thể gõ|Bạn có thể hỏi trực tiếp|Thông tin kiểm tra đến ngày)\b/.test(sentence)),
    ),
  ];
  const scored = sentences.map((sentence) => {
    const folded = fold(sentence).replace(/[^\p{L}\p{N}%]+/gu, ' ').trim().split(' ');
    const at = new Set(folded);
    const shared = own.filter((word) => at.has(word)).length;
    const runs = own.slice(1).filter((word, index) => folded.some((w, k) => w === own[index] && folded[k + 1] === word)).length;
    // A day (dd/MM/yyyy) says the timing more than a year alone: "ap dung khi nao" after the 2027 card is its dates, never the
    // Hà Nội / TP.HCM lines' "Từ năm 2026 … áp dụng" (round 33 follow22).
    const figure = ((aspect === 'amount' || aspect === 'rate') && FIGURE.test(sentence)) || (aspect === 'timing' && DAY.test(sentence)) ? 1 : 0;
    const cued = figure + cues.filter((cue) => saysAny(folded, [cue])).length;
    return { sentence, score: shared + 2 * runs, shared, says: cued > 0, cued };
  });
  const { maxSentences, minShared } = SENTENCES_ASKED_DEFAULTS;
  // Words of its own make a follow-up only when it says it is one ("còn …", "… thì sao", "cái đó …"): "nguoi khuyet tat dc
  // tro cap bn" after the poor households' allowance card is a question on its own.
  const saysFollowUp = followUpRest(words).length < words.length || has(words, TOPICS.followUp.markers) || has(words, TOPICS.followUp.refers);
  if (own.length > 0 && !saysFollowUp) return [];
  if (own.length > 0) {
    const enough = scored.filter((one) => one.shared >= Math.min(minShared, own.length) && (aspect === undefined || one.says));
    const best = Math.max(0, ...enough.map((one) => one.score));
    return enough.filter((one) => one.score === best).slice(0, maxSentences).map((one) => one.sentence);
  }
  if (aspect === undefined) return [];
  // Those saying it most (the most cues); with fewer than two of them, the next ones too.
  const best = Math.max(0, ...scored.map((one) => one.cued));
  const top = scored.filter((one) => one.cued > 0 && one.cued === best);
  const next = top.length >= 2 ? [] : scored.filter((one) => one.cued > 0 && one.cued === best - 1).slice(0, maxSentences - top.length);
  return scored.filter((one) => top.includes(one) || next.includes(one)).slice(0, maxSentences).map((one) => one.sentence);
}

/**
 * A sentence of a reply without its bullet and the quotation marks around it; a mark closed or opened inside it is kept with its
 * pair ("“Sử dụng dịch vụ viễn thông” được nêu là …" after "vay co bi tinh la thieu ko", round 36 tryout24: was "Sử dụng dịch
 * vụ viễn thông” được nêu là …", its opening mark cut).
 */
function unquoted(sentence: string): string {
  const bare = sentence.replace(/^[•\s-]+|[\s"]+$/g, '').replace(/^"+/, '');
  const [opens, closes] = [(bare.match(/“/g) ?? []).length, (bare.match(/”/g) ?? []).length];
  const withoutOpening = bare.startsWith('“') && opens > closes ? bare.slice(1) : bare;
  const wrapped = opens === 1 && closes === 1 && bare.startsWith('“') && bare.endsWith('”');
  return (wrapped ? bare.slice(1, -1) : withoutOpening.endsWith('”') && closes > opens ? withoutOpening.slice(0, -1) : withoutOpening).trim();
}

/**
 * The reply to a follow-up read against the reply just given: the sentences of it that say what was asked, where they come
 * from ("Nguồn"/"Căn cứ" of that reply), whom to ask, and that the full answer is above. Undefined without such sentences.
 */
export function answerFromLast(replyText: string, source: string, message: string | ReadMessage): Reply | undefined {
  const said = sentencesAsked(replyText, message);
  if (said.length === 0) return undefined;
  return reply([
    bold('Về câu bạn vừa hỏi, theo câu trả lời phía trên:\n'),
    plain(`${bullets(said)}\n${source ? `${source}\n` : ''}${WHERE_TO_ASK}\n${ANSWER_ABOVE}`),
  ]);
}

/** The aspect a follow-up asks, said anywhere in it ("vay von do lam o dau"), or undefined. */
export function aspectSaid(message: string | ReadMessage): Aspect | undefined {
  const { words } = readMessage(message);
  const said = ASPECTS.filter(([, phrases]) => has(words, phrases)).map(([aspect]) => aspect);
  // "lai bn": the rate asked how much (readAspect). "bn ngay", "mat bn ngay" after the card of a disputed result (round 34
  // tryout21; were an electricity explainer found by search, "ngoài phạm vi"): how many days, a duration, as readAspect reads it.
  if (said[0] === 'amount' && said.includes('duration')) return 'duration';
  // "gio ai phu trach" (round 40 resid40): who handles it, read as who pays is (TOPICS.inCharge, readAspect).
  return said.includes('payer') || has(words, TOPICS.inCharge.asks) ? 'payer' : said[0] === 'amount' && said.includes('rate') ? 'rate' : said[0];
}

/**
 * Of a support's related ones (rules/supports `related`), those not `shown` that hold on `day` for one of `classes` with no
 * condition: what a later year's answer says beside the support asked (the chat's and a post's alike).
 */
export function relatedThen(rules: RuleSet, supportId: string, shown: readonly string[], classes: readonly SupportClass[], day: string): string[] {
  return (supportById(rules, supportId)?.related ?? []).filter(
    (id) => !shown.includes(id) && classes.some((asked) => supportsFor(rules, asked, day).some((support) => support.id === id && !support.condition)),
  );
}

/**
 * "ho tro xay nha cho ho ngheo nam 2027 con ko", "ho tro lam nha 2027 dc bn tien" (round 43 resid48; were the changes and the card,
 * 1.463 and 2.302 characters, "chưa rõ" said three times): a support asked of a later year that the data holds then only as not
 * known, for a resident: that it is not known, said once, with its own text; what is known (the lines in brief of the national
 * programme it is part of, rules/supports `programme`, each with its status); whom to ask and where. No earlier amount: those of
 * 2022–2025 and of the 2024–2025 campaign are not carried into 2026 and after. Undefined when any line of it then is known, or it names no programme.
 */
function notKnownLater(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string, first: string): Reply | undefined {
  const support = supportById(rules, topic.supportId);
  if (!support?.programme || first <= today) return undefined;
  const classesAsked = topic.classification ? [topic.classification] : ALL_CLASSES;
  const then = classesAsked.flatMap((asked) => supportsFor(rules, asked, first).filter((candidate) => candidate.id === support.id));
  if (then.length === 0 || then.some((line) => line.status !== 'unknown')) return undefined;
  const year = first.slice(0, 4);
  const who = topic.classification ? ` cho ${CLASS_NAMES[topic.classification].toLowerCase()}` : '';
  const known = referenceLines(rules, support.programme, first).lines.flatMap((line) =>
    'brief' in line && typeof line.brief === 'string' && line.status !== 'unknown' && (!('support' in line) || line.support === undefined || line.support === support.id) ? [`${line.brief.replace(/\.$/u, '')} (${STATUS_LABELS[line.status]}).`] : [],
  );
  const text = [
    `${support.name}${who} năm ${year}: mức hỗ trợ chưa rõ, nên trợ lý không nêu con số. ${[...new Set(then.map((line) => line.what.replace(conditionPrefix(line.condition), '')))].join(' ')}`,
    ...(known.length > 0 ? [`Điều đã biết: ${known.join(' ')}`] : []),
    `Bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú; nơi làm: ${support.whereToApply}`,
  ];
  const card = supportAnswer(rules, topic, first);
  return reply([plain(text.join('\n'))], card.buttons ?? []);
}

/**
 * "con nam nay thi sao" right after a support's card of today (round 45 mend49c; was that card again word for word, 865
 * characters): this year's state of it in a sentence or two, each line in brief with its status, whom to ask. Undefined when the
 * card gives no line of it today.
 */
export function supportThisYear(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): Reply | undefined {
  const lines = classesOf(topic).flatMap((asked) => supportsFor(rules, asked, today)).filter((line) => line.id === topic.supportId);
  if (lines.length === 0) return undefined;
  // `inBrief` carries its figures' statuses, so may `what`; a line without one takes the line's.
  const statusSaid = (text: string) => Object.values(STATUS_TAGS).some((tag) => tag !== '' && text.includes(tag.trim()));
  const said = [...new Set(lines.map((line) => line.inBrief ?? (statusSaid(line.what) ? line.what : tagged(line.what, line.status, true))))];
  const open = lines.some((line) => line.status === 'unknown');
  const text = `Năm nay (${today.slice(0, 4)}): ${said.join(' ')} ${open ? `Điều chưa rõ, bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.` : `Bạn có thể hỏi thêm ${POVERTY_CADRE} nơi bạn cư trú.`}`;
  return reply([plain(text)], supportAnswer(rules, topic, today).buttons ?? []);
}

/**
 * "tháng sau có khác ko" after a support card: what the data has changing for that support (and class) from today to the end
 * of the year asked, the new standard starting then (who is poor is reviewed by it), that a change the data does not hold
 * is not known (the cadre to ask), then the card of the first day of that year.
 */
export function supportChangeAnswer(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string, year: number, formal = false, seen = false): Reply {
  const to = `${year}-12-31`;
  const first = `${year}-01-01` > today ? `${year}-01-01` : today;
  const notKnown = formal ? undefined : notKnownLater(rules, topic, today, first);
  if (notKnown) return notKnown;
  const who = topic.classification ? ` cho ${CLASS_NAMES[topic.classification].toLowerCase()}` : '';
  const shownNow = supportsShown(rules, topic, today);
  // "ho can ngheo nam 2027 bhyt dc bao nhieu phan tram" (round 39 law32; was the premium card alone): the related supports that
  // hold then for the class asked with no condition (the near-poor benefit level of NQ 261/2025, its start chưa rõ), as a post says.
  // Not one that is all "chưa rõ" for the class (the poor members' benefit level): the card asked says what is known.
  const classesAsked = topic.classification ? [topic.classification] : ALL_CLASSES;
  const known = (id: string) => classesAsked.some((asked) => supportsFor(rules, asked, first).some((support) => support.id === id && support.status !== 'unknown'));
  const related = relatedThen(rules, topic.supportId, shownNow, classesAsked, first).filter(known);
  // Said in a line of the points, not by its card again (`seen`).
  const unchanged: string[] = [];
  const points = [...shownNow, ...related].flatMap((id) => {
    const support = supportById(rules, id);
    if (!support) return [];
    const variants = support.variants.filter((variant) => !topic.classification || variant.classes.includes(topic.classification));
    const days = [
      ...new Set([
        ...variants.flatMap((variant) => (variant.validFrom && today < variant.validFrom && variant.validFrom <= to ? [variant.validFrom] : [])),
        ...variants.flatMap((variant) => (variant.validTo && today <= variant.validTo && variant.validTo < to ? [addDays(variant.validTo, 1)] : [])),
      ]),
    ].sort();
    // "bhyt ho can ngheo 2027 dc tra 100% tu khi nao": a level whose start the data does not know is no "no change".
    // What is not known is the data's (`unclear`): "mức trợ cấp hằng tháng" of the social pension, not its start.
    const unclear = [...new Set(variants.flatMap((variant) => (variant.unclear ? [variant.unclear] : [])))];
    // Asked just after its card (`seen`: "ho can ngheo co dc bhyt ko", then "qua nam 2027 thi co khac j ko", round 44 resid50: was
    // the card again, 1.263 characters): a support with no change is said here in one line with its status, not its card again.
    // Its amounts without their asides, the status once (the amounts' own where they have one).
    if (seen && related.length > 0 && year > Number(today.slice(0, 4)) && days.length === 0 && unclear.length === 0) {
      const lines = classesAsked.flatMap((asked) => supportsFor(rules, asked, first).filter((line) => line.id === id));
      const amounts = [...new Set(lines.flatMap((line) => (line.amount ? [line.amount.replace(/ \([^()]*\)/gu, '')] : [])))];
      const status = lines.map((line) => line.amountStatus ?? line.status).reduce(weakerStatus, 'verified');
      unchanged.push(id);
      return [`${support.name}${who}: dữ liệu của trợ lý không ghi ngày thay đổi nào từ nay đến hết ${formatDate(to)}; mức như câu trả lời trên${amounts.length > 0 && lines.length === 1 ? `: ${amounts[0]!}` : ''}${STATUS_TAGS[status]}.`];
    }
    // Beside a related support, a support with no change is said by its card below alone (the answer stays short on a phone).
    if (related.length > 0 && days.length === 0) return [];
    return [
      days.length === 0
        ? `${support.name}${who}: dữ liệu của trợ lý không ghi ngày thay đổi nào từ nay đến hết ${formatDate(to)}; mức như bên dưới${unclear.length > 0 ? `, kể cả điều còn chưa rõ (như ${unclear.join(', ')})` : ''}.`
        : `${support.name}${who}: có thay đổi từ ngày ${days.map(formatDate).join(', ')} (xem bên dưới).`,
    ];
  });
  const coming = nextStandardAfter(rules, today);
  const standard = coming && coming.validFrom <= to ? coming : undefined;
  if (standard) {
    points.push(
      `Từ ${formatDate(standard.validFrom)} áp dụng ${lowerFirst(standard.title)}${STATUS_TAGS[standard.status]} (${standard.document}): hộ được rà soát, công nhận theo chuẩn mới; hỗ trợ theo loại hộ được công nhận.`,
    );
    // "nam 2027 ho co muc song trung binh dc ho tro bhyt ko": the class asked is one the new standard has no band for (its
    // thresholds are not known), so who is in it from then is not known either (was the card alone, as if the class were settled).
    const open = standard.bands.find((band) => band.class === 'unknown');
    if (topic.classification === 'middle' && open?.note && !standard.bands.some((band) => band.class === 'middle')) {
      points.push(tagged(open.note, open.status, true));
    }
  }
  // With its related supports, each in its own words in brief where all have them (round 39 short32: "ho can ngheo nam 2027 bhyt
  // dc bao nhieu phan tram" was both whole cards, 1.853 characters), "chi tiết" the whole card.
  const withRelated = [...shownNow, ...related];
  // The related ones' lines for the classes asked each in their own words (rules/supports `inBrief`); the card asked then says
  // its amounts and basis in brief.
  const linesThen = classesAsked.flatMap((asked) => supportsFor(rules, asked, first).filter((support) => related.includes(support.id)));
  const relatedBrief = related.length > 0 && !formal && linesThen.length > 0 && linesThen.every((support) => support.inBrief !== undefined);
  // The card below ends with whom to ask; after the card (`seen`), where to apply was said there, whom to ask is said here.
  points.push(
    unchanged.length > 0
      ? `Thay đổi chưa có trong dữ liệu thì trợ lý không biết; bạn hỏi thêm ${POVERTY_CADRE} nơi bạn cư trú.`
      : 'Thay đổi chưa có trong dữ liệu của trợ lý (văn bản mới chưa công bố hoặc chưa được cập nhật) thì mình không biết.',
  );
  const carded = withRelated.filter((id) => !unchanged.includes(id));
  const card =
    related.length > 0
      ? withSeeInFull(
          singleSupportReply(rules, carded, topic.classification, first, {
            lead: !topic.classification,
            past: false,
            ...(relatedBrief ? { brief: true, amounts: true } : {}),
            ...(unchanged.length > 0 ? { placed: true } : {}),
          }),
          relatedBrief,
        )
      : formal
        ? supportAnswer(rules, { ...topic, whole: true }, first)
        : (supportInOwnWords(rules, topic, today, first) ?? supportAnswer(rules, topic, first));
  // This year asked (supportYearOf: "bhyt ho can ngheo nam 2027" on 01/01/2027, round 41 law34): nothing later to lead with.
  if (year <= Number(today.slice(0, 4))) return card;
  return { ...card, spans: [bold(`Có gì thay đổi từ nay đến hết năm ${year}, theo dữ liệu chính sách:\n`), plain(`${bullets(points)}\n\n`), ...card.spans] };
}

/**
 * The support ids the lexicon names residents' words for must be supports of the rules data: a support
 * renamed or removed there stops start-up here, naming the id, instead of silently answering nothing.
 */
export function checkTopicSupports(rules: RuleSet): void {
  const known = new Set(rules.supports.map((support) => support.id));
  const unknown = [
    ...Object.keys(TOPICS.supports),
    ...Object.entries(TOPICS.supportsByWho).flatMap(([id, { over }]) => [id, ...(over ?? [])]),
    ...Object.values(TOPICS.groupsWithoutRule).flatMap((group) => group.supports ?? []),
    ...Object.values(TOPICS.notInData).flatMap((entry) => [...(entry.over ?? []), ...(entry.then ? [entry.then] : [])]),
    ...Object.values(TOPICS.reference).flatMap((entry) => entry.over ?? []),
    ...TOPICS.pensionHeld.excludes,
    ...TOPICS.pensionHeld.unclear,
    TOPICS.noCarer.over,
    TOPICS.noCarer.to,
  ].filter(
    (id) => !known.has(id),
  );
  if (unknown.length > 0) {
    throw new Error(`src/text/lexicon/topics.ts: hỗ trợ ${unknown.map((id) => `"${id}"`).join(', ')} không có trong rules/supports (đổi tên hay bỏ?)`);
  }
  const entries = new Set(rules.reference.map((entry) => entry.id));
  const missing = [...Object.keys(TOPICS.reference), INCOME_ENTRY, SICK_MEMBER_ENTRY, DISABLED_MEMBER_ENTRY, ...TOPICS.supportsList.caseEntries].filter((id) => !entries.has(id));
  if (missing.length > 0) {
    throw new Error(`src/text/lexicon/topics.ts: mục ${missing.map((id) => `"${id}"`).join(', ')} không có trong rules/reference.yaml (đổi tên hay bỏ?)`);
  }
  const tags = new Set(rules.procedure.steps.flatMap((step) => step.about ?? []));
  const untagged = Object.keys(TOPICS.procedureAsks).filter((about) => !tags.has(about));
  if (untagged.length > 0) {
    throw new Error(`src/text/lexicon/topics.ts: procedureAsks ${untagged.map((id) => `"${id}"`).join(', ')} không là "about" của bước nào trong rules/procedure.yaml`);
  }
}

/**
 * The support asked about and its related ones (rules/supports `related`: the same benefit for other groups), those that
 * fit first: for the class named (every household when none is), with members of the ages said ("76 tuổi": the support
 * from 75 for every household before the one of poor and near-poor households from 70 to under 75); ties in data order.
 */
export function supportsShown(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): string[] {
  return shownAndAged(rules, topic, today).shown;
}

/** supportsShown, and those of them with an age band that fits the ages said (`aged`, first in `shown`). */
export function shownAndAged(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): { shown: string[]; aged: string[]; unfit: string[]; unreached: string[] } {
  const ids = [...new Set([...supportsKept(topic), ...(supportById(rules, topic.supportId)?.related ?? [])])];
  if (ids.length === 1) return { shown: ids, aged: [], unfit: [], unreached: [] };
  const ages = topic.ages ?? [];
  const open = (context: Parameters<typeof supportsFor>[3], classes: readonly SupportClass[] = [topic.classification ?? 'unknown']) =>
    new Set(classes.flatMap((asked) => supportsFor(rules, asked, today, context).map((support) => support.id)));
  const fitting = open(contextOfAges(rules, ages, today));
  // An age band fits the ages said for the class named, or for any class when none is ("ba tui 72 tuoi co dc tro cap hang thang ko").
  const ageFitting = topic.classification ? fitting : open(contextOfAges(rules, ages, today), Object.keys(CLASS_NAMES) as SupportClass[]);
  const byAge = (id: string) => supportByAge(rules, id);
  // Fitting because of the ages said: those lead ("72 tuổi, hộ cận nghèo, trợ cấp hằng tháng": the pension, not the social
  // assistance of poor households). A support of no age band (the social assistance) shows its age-band related ones only
  // when they fit the ages said ("con tui khuyet tat …": no pension cards).
  const aged = ages.length > 0 ? ids.filter((id) => byAge(id) && ageFitting.has(id)) : [];
  // Round 20: an age band the ages said do not reach ("bà nội 72 tuổi": the pension from 75) is not shown when another fits;
  // the card says so in one line (ageBandLine).
  const unfit = aged.length > 0 ? ids.filter((id) => byAge(id) && !ageFitting.has(id)) : [];
  // An age said before, kept as the pension of that age in the code (`unsupported` with no ages: codedTopic): the other age bands
  // are not that person's (round 35 words20: "ba noi tui 71 tuoi" then "dc bn tien" gave the pension from 75 too).
  const otherBand = (id: string) => topic.unsupported === true && ages.length === 0 && id !== topic.supportId && byAge(id);
  const shown = ids.filter(
    (id) => !aged.includes(id) && !unfit.includes(id) && !otherBand(id) && (id === topic.supportId || byAge(topic.supportId) || !byAge(id) || topic.noCarer === true),
  );
  // When one fits the ages, a support the class named has not at all is left out, not "không có hỗ trợ này" (review5 M4).
  const forClass = open({});
  const rest = aged.length > 0 && topic.classification ? shown.filter((id) => forClass.has(id)) : shown;
  // Round 21: ages said that reach no age band shown ("tui 62 tuoi co dc tien gia ko": the pensions from 70 and from 75): all stay
  // shown (when they would apply), each said not to be for those ages (`unreached`, ageBandLines).
  const unreached = ages.length > 0 && aged.length === 0 ? shown.filter((id) => byAge(id) && !ageFitting.has(id)) : [];
  const ordered = [...aged, ...rest.filter((id) => fitting.has(id)), ...rest.filter((id) => !fitting.has(id))];
  // No age said of an old person with no carer: the allowance asked leads, the pensions by age follow.
  const first = topic.noCarer === true ? ordered.filter((id) => id === topic.supportId) : [];
  return { shown: [...first, ...ordered.filter((id) => !first.includes(id))], aged, unfit, unreached };
}

/** The monthly social allowance: asked for someone of an age said, its related pensions (NĐ 176/2025) lead when the ages fit them. */
export const MONTHLY_ALLOWANCE = 'social_assistance';
/**
 * The supports a support topic names itself: its own and, for an old person of a poor household nobody supports kept as the
 * pension of their age (codedTopic, `unsupported`), the monthly allowance beside it ("me tui 72 tuoi nha ngheo ko ai co luong"
 * then "ngắn hơn", round 31 plain18; was the pension alone); so too for the two said in brief, of any class (round 34 short24).
 */
export function supportsKept(topic: Extract<Topic, { kind: 'support' }>): string[] {
  return topic.unsupported === true && topic.supportId !== MONTHLY_ALLOWANCE ? [topic.supportId, MONTHLY_ALLOWANCE] : [topic.supportId];
}

/** The social pension (NĐ 176/2025): its card names who qualifies by age and class. */
const SOCIAL_PENSION = 'social_pension';

/**
 * "me tui 72 tuoi", "me tui 72 tuoi dc ho tro j" (round 27): someone of an age an age band of a support reaches (the pensions of
 * NĐ 176/2025: 70 to under 75 in a poor or near-poor household, 75 and over), with no topic named: the monthly allowance's card
 * for the class named (`classification`), the pension fitting the ages first; undefined when no age said reaches a band
 * ("con tui 5 tuoi dc ho tro j": the list of supports).
 */
export function agedTopic(rules: RuleSet, message: string | ReadMessage, classification: AskedClass | undefined, today: string): Topic | undefined {
  const ages = agesTold(readMessage(message).text.replace(DOCUMENT_NUMBER, ' '));
  if (ages.length === 0) return undefined;
  const topic = { kind: 'support', supportId: MONTHLY_ALLOWANCE, ages, ...(classification ? { classification } : {}) } as const;
  return shownAndAged(rules, topic, today).aged.length > 0 ? topic : undefined;
}

/**
 * "tui 80 tuoi ho ngheo, dc nhung tien j", "me tui 72 tuoi" when no topic is read: an age a pension's band reaches, told with
 * the supports asked or of someone of the user's, is the monthly allowance's card for the class named (agedTopic). One reading
 * for the chat (core.ts), /api/ask and the routing eval (documents.ts routedTopic; round 33 long22: the eval read it as search).
 */
export function agedAsked(rules: RuleSet, message: string | ReadMessage, today: string): Topic | undefined {
  const read = readMessage(message);
  const supportsAsked = readSupportsQuestion(read);
  if (supportsAsked === undefined && !saysAny(read.words, OWN_MEMBER)) return undefined;
  // "me tui 72 tuoi nha can ngheo ko ai co luong" (round 34 mend34b; was both classes' lines): the class told beside the age,
  // no supports asked, is the class of the card too (not a class denied: "nha ko ngheo").
  const told = supportsAsked || saysAny(read.words, TOPICS.notClasses) ? undefined : TOPICS.classes.find(([phrase]) => saysAny(read.words, [phrase]))?.[1];
  return agedTopic(rules, read, askedClass(supportsAsked || (told ?? '')), today);
}

/**
 * A support asked about: rendered with the one support renderer (info.ts), for the class named or every class. A group
 * the data has no rule for ("trẻ em dưới 6 tuổi") is told so first, with no figure for it: what follows is by class.
 */
export function supportAnswer(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): Reply {
  if (topic.lacked !== undefined) return lackedAnswer(rules, topic, topic.lacked, today);
  const carded = supportCard(rules, topic, today);
  const card = topic.duration ? { ...carded, spans: [plain(`${durationSaid(rules, topic, today, false)}\n`), ...carded.spans] } : carded;
  return topic.had === undefined ? card : { ...card, spans: [...card.spans, ...hadIndicatorSpans(rules, topic.had, today)] };
}

/** What a resident who told a thing lacked no indicator counts is asked (lackedAnswer): the support, or the household's check. */
const LACK_ASKED = 'Bạn muốn hỏi hộ mình có được hỗ trợ này không, hay kiểm tra hộ gia đình theo chuẩn nghèo? Bạn nhắn rõ thêm giúp mình, hoặc bấm “Kiểm tra hộ gia đình”.';

/** The classes whose lines a support told lacking gives (lackedAnswer): those a resident lacking it may be. */
const LACKED_CLASSES: readonly SupportClass[] = ['poor', 'near_poor'];

/**
 * "ko co bhyt", "nha tui ko co bhyt" (round 41 law34; was the premium card of every class, 1.141 characters): whether lacking it
 * counts (the indicator of the day's standard), then what poor and near-poor households get of the support, a line each in the
 * data's words with their status, where and whom to ask; "chi tiết" the whole card (supportBriefly).
 */
function lackedAnswer(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, indicatorIds: readonly string[], today: string): Reply {
  const indicators = indicatorsFor(rules, today).filter((candidate) => indicatorIds.includes(candidate.id));
  const { lacked: _lacked, ...card } = topic;
  const found = (conditioned: boolean) => LACKED_CLASSES.flatMap((asked) =>
    supportsFor(rules, asked, today).filter((support) => support.id === topic.supportId && (conditioned || !support.condition)).map((support) =>
      ({ asked, text: support.what.includes(`(${STATUS_LABELS[support.status]})`) ? support.what : tagged(support.what, support.status, true) })),
  );
  // "ko co nha o" (round 42 resid45): a support each class has only on a condition is said with it, one line for the classes
  // whose lines are the same.
  const unconditioned = found(false);
  const said = unconditioned.length > 0 ? unconditioned : found(true);
  const lines = [...new Set(said.map(({ text }) => text))].map((text) =>
    `${said.filter((line) => line.text === text).map(({ asked }, at) => (at === 0 ? CLASS_NAMES[asked] : lowerFirst(CLASS_NAMES[asked]))).join(', ')}: ${text}`);
  const support = supportById(rules, topic.supportId);
  if (lines.length === 0 || !support) return supportAnswer(rules, card, today);
  const buttons = supportAnswer(rules, card, today).buttons;
  // "ko co tien dien" (round 42 resid45): no indicator of the standard is this thing; its lines, then what the resident wants.
  if (indicators.length === 0) {
    return reply([
      bold(`${support.name} (áp dụng ngày ${formatDate(today)}):\n`),
      plain(`${bullets(lines)}\n\n${WHERE_TO_ASK}\n${LACK_ASKED}\n${SEE_IN_FULL}`),
    ], buttons);
  }
  return reply([
    bold(`Về chỉ số thiếu hụt trong chuẩn nghèo áp dụng ngày ${formatDate(today)}:`),
    ...indicators.flatMap((indicator) => indicatorSpans(indicator, today, indicators.length > 1)),
    ...(indicators.length > 1 ? [plain(`\nCăn cứ: ${[...new Set(indicators.map((indicator) => cited(indicator.reference, indicator.referenceStatus)))].join('; ')}.`)] : []),
    bold(`\n\n${support.name}:\n`),
    plain(`${bullets(lines)}\nNơi làm: ${support.whereToApply}\n\n${WHERE_TO_ASK}\n${SEE_IN_FULL}`),
  ], buttons);
}

/**
 * "neu tui co bhyt roi thi sao": after the card, the indicator of the thing told as had, as the standard of the day words it (when
 * the household is deprived in it, its basis), and that having it for everyone it names leaves the household not deprived there.
 */
function hadIndicatorSpans(rules: RuleSet, indicatorId: string, today: string): Span[] {
  const indicator = indicatorsFor(rules, today).find((candidate) => candidate.id === indicatorId);
  if (!indicator) return [];
  return [
    bold(`\n\nVề chỉ số thiếu hụt trong chuẩn nghèo áp dụng ngày ${formatDate(today)}:`),
    ...indicatorSpans(indicator, today),
    plain(
      '\nNếu hộ đã có điều này cho mọi thành viên mà quy định trên nêu, hộ không bị tính thiếu hụt ở chỉ số này; thu nhập và các chỉ số khác vẫn được xét khi rà soát.',
    ),
  ];
}

/**
 * "bà nội 72 tuổi": of the age bands not shown (shownAndAged's unfit), or of those shown that no age said reaches ("62 tuổi":
 * `unreached`), one short line each: when that support applies (its conditions, as the data words them), and that the ages said
 * are not of it. Below a card that fits the ages (`besideFitting`), the line says it is another support first (round 22: "ba tui
 * 80 tuoi …" read "Người 80 tuổi không thuộc diện trợ cấp hưu trí xã hội" under the card saying they get it).
 */
function ageBandLines(rules: RuleSet, unfit: readonly string[], ages: readonly number[], today: string, shown: { besideFitting?: boolean; pension?: boolean } = {}): string[] {
  // Round 22: a band every age said is past ("bà nội 85 tuổi" and the 70–75 pension of poor and near-poor households) is not said:
  // "Người 85 tuổi không thuộc diện trợ cấp hưu trí xã hội …" read as the old person getting no pension at all, when the one from
  // 75 shown above is theirs; to someone who has a pension (`pension`: neither is theirs) it is still said. A band is past when
  // it fits a younger age the parameters name (where bands start).
  const youngest = Math.min(...ages);
  const younger = Object.values(thresholdsOn(rules, today)).flatMap((parameter) => (parameter && parameter.value < youngest ? [parameter.value] : []));
  const fitsAt = (age: number) => new Set((Object.keys(CLASS_NAMES) as SupportClass[]).flatMap((asked) => supportsFor(rules, asked, today, contextOfAges(rules, [age], today)).map((support) => support.id)));
  const past = (id: string) => younger.some((age) => fitsAt(age).has(id));
  return unfit.filter((id) => shown.pension === true || !past(id)).flatMap((id) => {
    const support = (Object.keys(CLASS_NAMES) as SupportClass[]).flatMap((asked) => supportsFor(rules, asked, today)).find((candidate) => candidate.id === id);
    if (!support?.conditionBrief) return [];
    const who = `người ${ages.join(', ')} tuổi`;
    return [
      shown.besideFitting
        ? `Còn ${lowerFirst(support.name)} là loại khác: chỉ áp dụng khi ${lowerFirst(support.conditionBrief)}, nên không áp dụng cho ${who}.`
        : `${upperFirst(who)} không thuộc diện ${lowerFirst(support.name)}: chỉ áp dụng khi ${lowerFirst(support.conditionBrief)}.`,
    ];
  });
}

/** What a brief answer ends with: the whole card is one short word away (moreDetail in core.ts, after BRIEF_MARK). */
export const SEE_IN_FULL = 'Xem đủ: gõ “chi tiết”.';

/**
 * A support card said in brief, the whole card one "chi tiết" away: ages told that reach a pension's band, with the monthly
 * allowance's card beside the pension's, nothing asked of amounts, places or papers (each card says whom it is for, its amount
 * or that it is not known, its basis with status; the place once). A pension's card alone is said in full.
 */
export function supportBriefly(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): boolean {
  if (topic.lacked !== undefined) return true;
  const bare = !topic.amount && !topic.papers && !topic.applying && !topic.commune && topic.pension !== true && topic.had === undefined && topic.whole !== true;
  if (registering(topic)) return true;
  // A group whose line only says what the data lacks (groupLacks) leads the card as it is asked: in brief to residents only.
  const lacks = groupLacks(rules, topic).length > 0;
  if (bare && !lacks && (groupOwn(rules, topic).length > 0 || byClassOnly(topic))) return true;
  if (bare && lacks && topic.typedPlainly === true) return true;
  const plainly = bare && (topic.group === undefined || lacks);
  if (!plainly) return false;
  // The monthly allowance asked alone too ("ong tui bi gout co dc tro cap ko", "tui me don than nuoi 3 dua nho, co dc tro cap hang
  // thang ko"; round 36 short27: were its whole card, 1.482 characters on a phone): whom it is for, the mức chuẩn, the near-poor
  // share not known, each with status and basis.
  const { shown, aged } = shownAndAged(rules, topic, today);
  // A support whose lines have their own words in brief, asked of no class (rules/supports `inBrief`: "vay von dc ko", round 37
  // short28; was every class's whole line, 1.289 characters): those, the whole card one "chi tiết" away.
  if (aged.length === 0 && !topic.classification && saidInBrief(rules, shown)) return true;
  // Of a class too, typed as residents type, when its whole card is long on a phone (round 38 short29: "nha can ngheo bi dot nat
  // co dc ho tro ko" was 1.107 characters); written with diacritics, as cadres write, or short already, the whole card.
  if (aged.length === 0 && topic.classification && topic.typedPlainly === true && classInBrief(rules, shown, topic.classification, today, topic.saidBefore)) return true;
  // Ages told that reach two age bands ("ba me tui 72 va 76 tuoi o que ko co luong huu co dc ho tro j ko", round 45 resid51: was both
  // pensions' cards in full, 1.241 characters, the band from 75 said in each).
  if (aged.length > 1) return true;
  // Ages told that reach no age band, typed as residents type ("toi 68 tuoi, ho can ngheo, co dc tro cap huu tri xa hoi ko", round 46
  // resid56: was both pension cards in full, then the ages' lines, 1.759 characters): that they are not yet of it first (ageBandLines),
  // the cards in brief.
  if (notYet(topic, aged, unreachedOf(rules, topic, today))) return true;
  return (aged.length === 0 ? topic.noCarer !== true : shown.length > 1) && shown.includes(MONTHLY_ALLOWANCE);
}

/**
 * "lam sao dang ky vay von ngan hang chinh sach", "lam sao dang ky bhyt cho ho can ngheo" (round 38 mend38f: were the place notice
 * and the whole card, ~2.000 and 1.708 characters): where to apply and whom to ask first, the card in brief, "chi tiết" the whole.
 */
/** Ages told, typed as residents type, that reach no age band shown (shownAndAged's `unreached`): said first, the cards in brief. */
const notYet = (topic: Extract<Topic, { kind: 'support' }>, aged: readonly string[], unreached: readonly string[]) =>
  topic.typedPlainly === true && aged.length === 0 && unreached.length > 0 && !topic.amount && !topic.papers && !topic.applying && !topic.commune && topic.pension !== true && topic.group === undefined;

const unreachedOf = (rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string) => shownAndAged(rules, topic, today).unreached;

const registering = (topic: Extract<Topic, { kind: 'support' }>) =>
  topic.applying === true && !topic.papers && !topic.amount && !topic.commune && topic.pension !== true && topic.had === undefined && topic.whole !== true && topic.group === undefined && topic.ages === undefined;

/**
 * Whether each support's lines for the class have their own words in brief, and its whole card (its spans, the buttons' line aside),
 * after `saidBefore` characters said before it, is longer than a phone's SHORT_TEXT_DEFAULTS.phoneChars.
 */
function classInBrief(rules: RuleSet, ids: readonly string[], classification: SupportClass, today: string, saidBefore = 0): boolean {
  const own = (id: string) => {
    const lines = supportsFor(rules, classification, today).filter((support) => support.id === id);
    return lines.length > 0 && lines.every((support) => support.inBrief !== undefined);
  };
  if (ids.length === 0 || !ids.every(own)) return false;
  // The whole card is rendered to be measured: once a turn (supportBriefly, then supportCard, ask it), kept for the turn only
  // (turnMemo), by the day, the class, the supports and the rules, as rumourCorrection is.
  return turnRemembered('classInBrief', () => `${today}\u0000${classification}\u0000${ids.join('\u0001')}\u0000${saidBefore}`, rules, () => {
    const whole = singleSupportReply(rules, ids, classification, today, { past: true });
    return saidBefore + replyText(whole).length > SHORT_TEXT_DEFAULTS.phoneChars;
  });
}

/**
 * An entry asked by a resident (wordingOf) with nothing more than its id ("thu nhap tinh sao", round 40 short33: was the whole card,
 * 1.515 characters): in brief (referenceBrief, "chi tiết" the whole card) when its own lines that have a `brief` say something the
 * data holds, its words do not choose when it is brief, and its whole card is longer than a phone's SHORT_TEXT_DEFAULTS.phoneChars.
 */
export function entryInBrief(rules: RuleSet, topic: Topic, today: string): boolean {
  if (topic.kind !== 'reference' || Object.keys(topic).some((key) => key !== 'kind' && key !== 'entryId')) return false;
  // An entry whose words choose when it is said in brief (TOPICS.reference[entry].brief: "ai duyet ho ngheo" yes, "thẩm quyền …"
  // no) keeps that choice.
  if (TOPICS.reference[topic.entryId]?.brief !== undefined) return false;
  // Its own lines, not only a procedure step's (the fees asked: "ong truong ap doi 500k …" would lose that no fee is named).
  const own = rules.reference.find((entry) => entry.id === topic.entryId)?.lines ?? [];
  if (!own.some((line) => line.brief !== undefined && line.status !== 'unknown')) return false;
  return replyText(referenceAnswer(rules, topic.entryId, today)).length > SHORT_TEXT_DEFAULTS.phoneChars;
}

/**
 * Whether each support has its own words in brief (rules/supports `inBrief`) for a class its card leads with when none is asked
 * (SUPPORT_CARD_DEFAULTS.leadClasses; round 46 resid54: the newly escaped household's own words do not make "bhyt co dc free ko" brief).
 */
const saidInBrief = (rules: RuleSet, ids: readonly string[]) =>
  ids.length > 0 &&
  ids.every((id) => supportById(rules, id)?.variants.some((variant) => variant.inBrief !== undefined && variant.classes.some((named) => SUPPORT_CARD_DEFAULTS.leadClasses.includes(named))) === true);

/**
 * A support asked of a later year, of nothing more than a class ("nam 2027 ho ngheo con dc ho tro tien dien ko", "nam sau ho
 * ngheo con dc vay von uu dai ko"; round 37 short28: were the changes then the whole card, 1.417 and 1.280 characters): the card
 * below the changes in its own words in brief (rules/supports `inBrief`), the whole card one "chi tiết" away.
 */
export function laterSupportInBrief(rules: RuleSet, topic: Topic, today: string): boolean {
  if (topic.kind !== 'support' || Object.keys(topic).some((key) => !['kind', 'supportId', 'classification'].includes(key))) return false;
  return saidInBrief(rules, supportsShown(rules, topic, today));
}

/**
 * A support asked of nothing more than a class, in its own words in brief (rules/supports `inBrief`) as on `day`, with "chi tiết"
 * for the whole card; undefined when a line of it has none. Below a later year's changes (round 37 short28) and below a
 * correction told to a resident ("nghe noi bo vay von ho can ngheo roi, thiet ko", round 39 short31; was the whole card after it,
 * 1.623 characters).
 */
export function supportInOwnWords(rules: RuleSet, topic: Topic, today: string, day = today): Reply | undefined {
  if (topic.kind !== 'support' || !laterSupportInBrief(rules, topic, today)) return undefined;
  return withSeeInFull(singleSupportReply(rules, supportsShown(rules, topic, today), topic.classification, day, { lead: !topic.classification, brief: true, amounts: true, past: false }), true);
}

/** A card in brief ends with how to see it whole ("Xem đủ: gõ “chi tiết”."). */
/** The benefit level of the health insurance (rules/supports health_insurance_benefit). */
const HEALTH_BENEFIT = 'health_insurance_benefit';
/** The social pension of people from 75 (rules/supports social_pension_elderly). */
const SOCIAL_PENSION_ELDERLY = 'social_pension_elderly';

/**
 * "2 ong ba tui 75 voi 78 tuoi, co dc tro cap j ko" (round 45 resid52; was the pension and the allowance, no word of their health
 * insurance): beside the pension of an elderly couple, every age said from 75, what the card pays them in a few words (its
 * `besidePension`, status, basis); nothing when the card already shows it. One elder ("me tui 82 tuoi co dc tro cap gi ko") or
 * an age of 70 to 75 beside ("72 va 78 tuoi") keeps the pension brief as it was, within a phone's message.
 */
function pensionCareSpans(rules: RuleSet, aged: readonly string[], shown: readonly string[], ages: readonly number[], today: string): Span[] {
  const context = contextOfAges(rules, ages, today);
  if (!aged.includes(SOCIAL_PENSION_ELDERLY) || shown.includes(HEALTH_BENEFIT) || ages.length < 2 || context.hasSocialPensionMember !== false) return [];
  const care = supportsFor(rules, 'none', today, context).find((one) => one.id === HEALTH_BENEFIT);
  if (!care?.besidePension) return [];
  return [bold(`\n\nBảo hiểm y tế:\n`), plain(bullets([`${care.besidePension} Căn cứ: ${care.basis}.`]))];
}

const withSeeInFull = (card: Reply, brief: boolean): Reply => (brief ? { ...card, spans: [...card.spans, plain(`\n${SEE_IN_FULL}`)] } : card);

/** What rules/reference.yaml holds for the group asked of on the support asked: the entry of the group's id, its lines of that `support`. */
function groupOwn(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>) {
  return topic.group === undefined ? [] : (rules.reference.find((entry) => entry.id === topic.group)?.lines.filter((line) => line.support === topic.supportId) ?? []);
}

/**
 * The group's own lines on the support when each only says what the data lacks (status unknown): "Người có tiền án, tiền sự … có ảnh
 * hưởng đến việc vay vốn … hay không, dữ liệu của trợ lý chưa có" (rules/reference.yaml criminal_record; round 38 mend38e).
 */
function groupLacks(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>) {
  const own = groupOwn(rules, topic);
  return own.every((line) => line.status === 'unknown') ? own : [];
}

/**
 * A group the data has no rule of its own for ("con tui hoc dai hoc vay von ngan hang chinh sach dc ko", round 35 short26c: was
 * every class's card in full after the notice, 1.811 characters), with a notice of its own too (round 36 short27): the classes'
 * lines in brief.
 */
function byClassOnly(topic: Extract<Topic, { kind: 'support' }>): boolean {
  return topic.group !== undefined && TOPICS.groupsWithoutRule[topic.group] !== undefined;
}

/** Each class's line of the support in brief (firstSentences: share, status, basis), where to apply, the card "chi tiết" away. */
function classesInBrief(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, support: RuleSet['supports'][number], today: string) {
  const lines = firstSentences(rules, topic.supportId, topic.classification ? [topic.classification] : CARD_CLASSES, today);
  return [bold(`${support.name} (áp dụng ngày ${formatDate(today)}):\n`), plain(`${bullets(lines)}\nNơi làm: ${support.whereToApply}\n${SEE_IN_FULL}`)];
}

function supportCard(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): Reply {
  const { shown, aged, unfit, unreached } = shownAndAged(rules, topic, today);
  // The ages said settle the age bands (round 20: "bà nội 72 tuổi, hộ cận nghèo" is no "Áp dụng khi: có thành viên từ 70 …").
  const ages = topic.ages ?? [];
  const options =
    aged.length > 0
      ? { context: contextOfAges(rules, ages, today), after: ageBandLines(rules, unfit, ages, today, { besideFitting: true, pension: topic.pension === true }) }
      : unreached.length > 0
        ? { after: ageBandLines(rules, unreached, ages, today) }
        : {};
  const pension = topic.pension === true ? pensionNotice(rules, shown, today) : undefined;
  if (pension) {
    // What a pension rules out goes last, after what may still apply.
    const ruledOut = (id: string) => TOPICS.pensionHeld.excludes.includes(id);
    const card = singleSupportReply(rules, [...shown.filter((id) => !ruledOut(id)), ...shown.filter(ruledOut)], topic.classification, today, options);
    return { ...card, spans: [pension, ...card.spans] };
  }
  // Asked plainly with no class named ("bhyt co dc free ko"), not of an age, a place, an amount, papers or a group: the classes
  // most residents asking are lead, the others are one typed question away (info.ts leadLines).
  const plainly = shown.length === 1 && ages.length === 0 && !topic.commune && !topic.amount && !topic.papers && !topic.applying && topic.group === undefined;
  // A group the data has no rule for (a house lost to a disaster) is not offered a past campaign's figures as its help.
  // "ong ba tui gia yeu ko ai nuoi, xin tro cap o mo" (round 31 consent17: was 3.300 characters): an old person with no carer, no
  // class nor age said: each card says whom it is for and its basis (briefDetail), the place once, no past programmes.
  // Its amount too (round 32 consent18: the 500.000 đồng mức chuẩn was dropped with the full text). So too with the class told
  // ("ba ngoai tui o 1 minh ko ai nuoi, nha ngheo, co tro cap j ko", round 35 short26b: was 2.262 characters, each card in full).
  // "ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j", "tui 80 tuoi ho ngheo, dc nhung tien j" (round 33 long21: were 2.029 and
  // 1.639 characters, each card in full): the ages told reach a band, so the same, the whole card "chi tiết" away (supportBriefly).
  if (notYet(topic, aged, unreached)) {
    const card = singleSupportReply(rules, shown, topic.classification, today, { brief: true, amounts: true, past: false });
    // One line, the supports by their names without the brackets ("trợ cấp hưu trí xã hội"); each card below says its age band.
    const names = [...new Set(unreached.map((id) => lowerFirst((supportById(rules, id)?.name ?? id).replace(/ \([^()]*\)$/u, ''))))];
    const lead = `Chưa: người ${ages.join(', ')} tuổi chưa thuộc diện ${names.join(' hay ')}; độ tuổi được hưởng ghi ở từng loại dưới đây.\n\n`;
    return withSeeInFull({ ...card, spans: [plain(lead), ...card.spans] }, true);
  }
  if (registering(topic)) {
    const card = singleSupportReply(rules, shown, topic.classification, today, { ...options, brief: true, amounts: true, past: false, placed: true });
    return { ...card, spans: [registerNotice(rules, shown), ...card.spans, plain(`\n${SEE_IN_FULL}`)] };
  }
  const briefly = supportBriefly(rules, topic, today);
  // In its own words (rules/supports `inBrief`), the lines around the card kept: those outside its condition, what has ended.
  const ownWords = briefly && aged.length === 0 && topic.group === undefined && (topic.classification ? classInBrief(rules, shown, topic.classification, today, topic.saidBefore) : saidInBrief(rules, shown));
  const brief = briefly || (topic.noCarer === true && ages.length === 0) ? { brief: true, amounts: true, past: false, ...(ownWords ? { past: true, around: true } : {}) } : {};
  const card = singleSupportReply(rules, shown, topic.classification, today, { ...options, lead: plainly, past: topic.group === undefined, ...brief });
  if (briefly && topic.group === undefined) return withSeeInFull({ ...card, spans: [...card.spans, ...pensionCareSpans(rules, aged, shown, ages, today)] }, true);
  if (topic.commune) return { ...card, spans: [communeNotice(rules, topic, today), ...card.spans] };
  const group = topic.group === undefined ? undefined : TOPICS.groupsWithoutRule[topic.group];
  const amount = topic.amount && !group ? amountNotice(rules, topic, today) : undefined;
  // "me tui 72 tuoi … dc nhiu tien" (round 26 short8, was 2.254 characters with the social allowance's card): the card of what
  // the notice answered (of the ages said, when they reach one), not of every related support.
  if (amount) {
    // The ages told (round 31 household17: "me tui 72 tuoi nha ngheo ko ai co luong" was 2.100 characters, the allowance's
    // "không thuộc trường hợp trên" line last): the cards say whom each is for and its basis, the amounts said once above.
    // Several supports with no ages told either ("tro cap huu tri xa hoi bn 1 thang", round 33 law22: was 1.695 characters,
    // "chưa rõ" said in the notice and again in each card): the amounts were said above, so each card says whom it is for and its
    // basis, in brief. One support keeps its whole card (what the data knows of the electricity support under QĐ 14/2025).
    // A figure said above ("tro cap xa hoi nguoi khuyet tat bn tien 1 thang", round 40 mend40a: was 1.815 characters, the
    // amounts said again in the whole card): the card in brief too.
    // The note on "tham khảo" is left out there, the card below saying each figure's status (a phone's ~1.000 characters).
    const byFigure = amount.figure && ages.length === 0 && amount.ids.length === 1;
    // Typed as residents type, a card longer than a phone's message in its own words too (round 45 resid51: "ho ngheo sua nha dc bao
    // nhieu tien" was 1.271 characters, the notice's "chưa rõ" then the whole housing card).
    const ownWords = topic.typedPlainly === true && topic.classification !== undefined && classInBrief(rules, amount.ids, topic.classification, today, topic.saidBefore);
    // The ended programme's figures said first (round 46 cadre50): today's card in brief, that programme not said again.
    const brief = ages.length > 0 || amount.ids.length > 1 || amount.figure || ownWords || topic.ended === true;
    const answered = singleSupportReply(rules, amount.ids, topic.classification, today, { ...options, ...(brief ? { brief: true } : {}), ...(ownWords ? { past: false, around: true } : {}), ...(topic.ended ? { past: false } : {}) });
    // Whom to ask said once: by the notice only when the card does not say it.
    const asks = answered.spans.some((span) => span.text.includes(POVERTY_CADRE));
    const notice = byFigure ? amount.notice.replace(`${FIGURES_NOTE}\n`, '') : amount.notice;
    return { ...answered, spans: [plain(`${notice}${asks ? '' : `${WHERE_TO_ASK}\n`}\n`), ...answered.spans] };
  }
  const where = (topic.papers || topic.applying) && !group ? whereNotice(rules, topic, today, topic.papers ? 'papers' : 'applying') : undefined;
  if (where) return { ...card, spans: [where, ...card.spans] };
  if (!group) return card;
  // A group with its own notice ("con tui hoc dai hoc ho can ngheo …": only ethnic-minority students are exempt) says it first.
  // "con tui dau dai hoc, nha ngheo co dc giam hoc phi ko" (round 36 short27: was the notice and every class's card in full, 1.369
  // characters on a phone): the notice, then each class's line in brief, the card "chi tiết" away.
  const support = supportById(rules, topic.supportId);
  if (group.notice) return { ...card, spans: [plain(`${groupNotice(group.notice, group.asks)}\n\n`), ...(briefly && support ? classesInBrief(rules, topic, support, today) : card.spans)] };
  // "bhyt cho tre duoi 6 tuoi ai dong" (round 21): what the data holds for the group on this support (rules/reference.yaml, the entry
  // of the group's id, its lines of this `support`) first, as the entry itself says it (was "no rule of its own for them").
  // "con tui 3 tuoi chua co bhyt" (round 35 short26b: was 2.328 characters, ~4.000 in the check, every class's card in full):
  // each class's share on one short line (its first sentence, status and basis), where to apply, the card "chi tiết" away.
  // "chong tui co tien an thi nha tui co dc vay von ngheo ko" (round 38 mend38e; was the loan card alone): what the data lacks for
  // the group, one line with whom to ask, then the card as asked (in brief to residents), whom to ask not said again.
  const lacks = groupLacks(rules, topic);
  if (lacks.length > 0) {
    const lead = groupNotice(lacks.map((line) => tagged(line.text, line.status).replace(/\.$/, '')).join('; '), group.asks);
    const spans = briefly && support ? classesInBrief(rules, topic, support, today) : withoutWhereToAsk(card.spans);
    return { ...card, spans: [plain(`${group.asks ? lead : `${lead} ${WHERE_TO_ASK}`}\n\n`), ...spans] };
  }
  const own = groupOwn(rules, topic);
  if (own.length > 0 && support) {
    const lead = `Cho ${group.label}, theo dữ liệu chính sách của trợ lý:\n${bullets(own.map(referenceLine))}\n\nTheo loại hộ, như dữ liệu ghi cho thành viên của hộ:\n\n`;
    return { ...card, spans: [plain(lead), ...classesInBrief(rules, topic, support, today)] };
  }
  const notice = plain(`${groupNoRuleSentence(rules, topic.supportId, group.label)} ${WHERE_TO_ASK}\n${groupByClassSentence(group.label)}:\n\n`);
  return { ...card, spans: [notice, ...(briefly && support ? classesInBrief(rules, topic, support, today) : card.spans)] };
}

/**
 * A group's notice (lexicon TOPICS.groupsWithoutRule), with whom it sends to ("phòng đào tạo … của trường") before the cadre at
 * UBND cấp xã, the one referral: "…; bạn hỏi phòng đào tạo …, hoặc cán bộ phụ trách giảm nghèo ở UBND cấp xã."
 */
export const groupNotice = (notice: string, asks: string | undefined) => (asks ? `${notice}; bạn hỏi ${asks}, hoặc ${POVERTY_CADRE}.` : notice);

/** What a post says after its lines, and whether it names whom to ask already (`refers`: the post adds no other referral). */
export interface PostNote {
  text: string;
  refers?: boolean;
}

/** Where a group's notice points for the conditions: below it in the chat (it leads the card), above it in a post (after the lines). */
const GROUP_CONDITIONS = { before: '(điều kiện bên dưới)', after: '(điều kiện ở trên)' } as const;

/** "Dữ liệu chính sách của trợ lý không có quy định riêng về vay vốn … cho sinh viên đi học, nên trợ lý không nêu mức nào cho nhóm này" (round 30 words15: was "nên mình …", which a post shared into a group cannot say). */
const groupNoRuleSentence = (rules: RuleSet, supportId: string, label: string) =>
  `Dữ liệu chính sách của trợ lý không có quy định riêng về ${lowerFirst(supportById(rules, supportId)?.name ?? 'hỗ trợ này')} cho ${label}, nên trợ lý không nêu mức nào cho nhóm này.`;

/** "Dữ liệu chỉ có mức theo loại hộ (cho thành viên của hộ), không riêng cho sinh viên đi học". */
const groupByClassSentence = (label: string) => `Dữ liệu chỉ có mức theo loại hộ (cho thành viên của hộ), không riêng cho ${label}`;

/**
 * What a short text (a post for a group) says of a group the data has no rule of its own for ("viết bài đăng zalo về vay vốn cho
 * học sinh sinh viên hộ nghèo", round 29: the household figures came with no caveat): the chat's caveat (its notice, or that the
 * data has no rule for the group and the figures are by class). Undefined without a group, or with the group's own lines.
 */
export function groupCaveat(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>): PostNote | undefined {
  const group = topic.group === undefined ? undefined : TOPICS.groupsWithoutRule[topic.group];
  if (!group) return undefined;
  // The post says it after the lines (the chat before the card): the conditions are above it (round 30 mend30b: was "bên dưới").
  if (group.notice) return { text: groupNotice(group.notice, group.asks).replace(GROUP_CONDITIONS.before, GROUP_CONDITIONS.after), refers: group.asks !== undefined };
  if (rules.reference.some((entry) => entry.id === topic.group && entry.lines.some((line) => line.support === topic.supportId))) return undefined;
  return { text: `${groupNoRuleSentence(rules, topic.supportId, group.label)} ${groupByClassSentence(group.label)}.` };
}

/**
 * "xa ngheo thi bhyt sao", "o xa ngheo ho can ngheo dong bhyt bn" (findings N14): what the rules data gives a class living in a
 * poor commune for the support asked (each in-force amount or text that names "xã nghèo", with its reference and status), first;
 * or that the data has no rule of its own for poor communes on it. The card by class follows.
 */
function communeNotice(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): Span {
  const classes = topic.classification ? [topic.classification] : (Object.keys(CLASS_NAMES) as SupportClass[]);
  const commune = (text: string) => has(readMessage(text).words, TOPICS.supportsList.communes);
  const lines: string[] = [];
  for (const classification of classes) {
    const support = supportsFor(rules, classification, today).find((candidate) => candidate.id === topic.supportId);
    if (!support) continue;
    const source = supportById(rules, topic.supportId)!.variants.find((variant) => variant.basis === support.basis);
    const amounts = (source?.amounts ?? []).filter((amount) => amount.text !== undefined && commune(amount.text));
    const said = amounts.length > 0 ? amounts.map((amount) => `${amount.text} (${amount.reference})`).join('; ') : undefined;
    // Its status inside the reference's brackets, never two brackets side by side (round 42 cadre43: was "(… Điều 6 khoản 6) (tham khảo)").
    if (said) lines.push(`${CLASS_NAMES[classification]}: ${said.endsWith(')') ? withStatusUnlessVerified(said, support.status) : `${said}${STATUS_TAGS[support.status]}`}.`);
  }
  const name = lowerFirst(supportById(rules, topic.supportId)?.name ?? 'hỗ trợ này');
  const lead =
    lines.length > 0
      ? `Ở xã nghèo, theo dữ liệu chính sách (ngày ${formatDate(today)}):\n${bullets(lines)}\nCác loại hộ khác: mức như dưới đây, ở xã nghèo hay nơi khác như nhau theo dữ liệu của trợ lý.`
      : `Dữ liệu chính sách của trợ lý không có mức ${name} riêng cho người ở xã nghèo; mức theo loại hộ như dưới đây. Danh sách xã nghèo: hỏi ${POVERTY_CADRE}.`;
  return plain(`${lead}\n\n`);
}

/** The amounts of the ended programmes the supports name (`earlier`), each as past (endedProgrammeAmounts). */
function endedAmounts(rules: RuleSet, ids: readonly string[], today: string): string[] {
  const year = today.slice(0, 4);
  return rules.supports
    .filter((programme) => ids.some((id) => supportById(rules, id)?.earlier?.includes(programme.id)))
    .flatMap((programme) =>
      programme.variants
        .filter((variant) => variant.validTo !== undefined && variant.validTo < today && (variant.amounts ?? []).some((amount) => amount.value !== undefined))
        .map((variant) => endedProgrammeAmounts(programme.name, variant, (variant.amounts ?? []).filter((amount) => amount.value !== undefined), year)),
    );
}

/**
 * "lương hưu xã hội bn tiền", "mẹ tui 75 tuổi dc tiền già bn": the amount of each support shown, as the data has it (its
 * figure with status, or that it has none: never a figure the data lacks), and the supports it names (`ids`), whose card follows.
 * Led as "Mức hỗ trợ", not "Mức tiền": "dien ho ngheo dc ho tro bn kwh" asks in kWh (round 27 words10).
 */
function amountNotice(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): { notice: string; ids: readonly string[]; figure: boolean } | undefined {
  // "mẹ tui 75 tuổi": the amount of what fits that age (the pension from 75), not of another age band's.
  const { shown, aged } = shownAndAged(rules, topic, today);
  // The monthly allowance asked for an old person of a poor household ("bo tui 81 tuoi nha ngheo ko ai co luong, dc tro cap bn
  // 1 thang", round 29 mend29d; was the pension alone): the allowance stays beside the pension of that age, as its card says it
  // (NĐ 20/2021 Điều 5 khoản 5 điểm a: an old person of a poor household with no one to support them). Only where the pension
  // of that age is every household's (from 75): the one of poor and near-poor households (70 to under 75) answers alone
  // ("me tui 72 tuoi nha ngheo … dc nhiu tien", round 26 short8), unless nobody supports them (`unsupported`, round 30).
  const allowance =
    topic.supportId === MONTHLY_ALLOWANCE && topic.classification === 'poor' && shown.includes(MONTHLY_ALLOWANCE) && (!aged.includes(TOPICS.noCarer.over) || topic.unsupported === true);
  const ids = aged.length > 0 ? [...aged, ...(allowance ? [MONTHLY_ALLOWANCE] : [])] : shown;
  const found = aspectPoints(rules, topic, 'amount', today, ids);
  // Only where the card would bury that the data has no figure; a card with its figure answers itself ("bhyt … đóng bao nhiêu").
  if (!found || found.points.length === 0 || !found.noFigure) return undefined;
  // No figure at all (housing, vocational training: round 26 short8): nothing "tham khảo" to explain.
  const none = found.points.every((point) => point.includes(NO_FIGURE));
  const note = none ? '' : `${FIGURES_NOTE}\n`;
  // Several with no figure ("tro cap huu tri xa hoi bn 1 thang": both social pensions; round 33 law22, was "chưa rõ" on each):
  // that the data has no amount of those below, once.
  const points =
    none && found.points.length > 1
      ? [`Cả ${found.points.length} hỗ trợ dưới đây: ${NO_FIGURE.replace(' của hỗ trợ này', '')}${STATUS_TAGS.unknown}, nên mình không nêu con số nào.`]
      : found.points;
  // The ended programme named ("phong trào xóa nhà tạm … bao nhiêu một căn", round 46 cadre50): its figures as past, in place of
  // today's "no figure", which the card below says with its status (a phone's screen).
  const ended = topic.ended ? endedAmounts(rules, ids, today) : [];
  if (ended.length > 0) points.splice(0, points.length, ...ended);
  return { notice: `Mức hỗ trợ bạn hỏi, theo dữ liệu chính sách (ngày ${formatDate(today)}):\n${bullets(points)}\n${note}`, ids, figure: !none };
}

/** What the data lacks of how a support is applied for, after where it is applied for (whereNotice). */
const APPLYING_ASKED = {
  papers: { lead: 'Giấy tờ bạn hỏi, theo dữ liệu chính sách:', unknown: ASPECT_UNKNOWN.papers },
  applying: {
    lead: 'Cách xin bạn hỏi, theo dữ liệu chính sách:',
    unknown: 'Các bước cụ thể, giấy tờ và thời hạn giải quyết không có trong dữ liệu của trợ lý; nơi làm sẽ hướng dẫn.',
  },
} as const;

/**
 * Where each support shown is applied for (rules/supports `whereToApply`), what the data lacks of the rest and whom to ask, led
 * before its card in brief (registering): "Nơi làm (đăng ký vay vốn tín dụng chính sách): Tổ tiết kiệm và vay vốn tại thôn …".
 */
function registerNotice(rules: RuleSet, ids: readonly string[]): Span {
  const supports = rules.supports.filter((support) => ids.includes(support.id));
  // Several supports applied for at one office (the two social pensions: UBND cấp xã) say it once.
  const shared = new Set(supports.map((support) => support.whereToApply)).size === 1 && supports.length > 1;
  const places = shared ? [`Nơi làm: ${supports[0]!.whereToApply}`] : supports.map((support) => `Nơi làm (đăng ký ${lowerFirst(support.name)}): ${support.whereToApply}`);
  return plain(`${places.join('\n')}\n${APPLYING_ASKED.applying.unknown} ${WHERE_TO_ASK}\n\n`);
}

/**
 * "ho so xin tro cap huu tri xa hoi can giay to gi" (round 22): the papers asked with the support named; "xin luong huu xa hoi gom
 * nhung buoc nao", "thu tuc huong tro cap tuoi gia": how it is applied for. No fact file lists the papers or the steps of any
 * support; where each shown is applied for (who tells them), with its basis and status, and that the rest is not in the data
 * are said first, then the card.
 */
function whereNotice(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string, asked: keyof typeof APPLYING_ASKED): Span | undefined {
  const { shown, aged } = shownAndAged(rules, topic, today);
  const found = aspectPoints(rules, topic, 'papers', today, aged.length > 0 ? aged : shown);
  if (!found || found.points.length === 0) return undefined;
  const { lead, unknown } = APPLYING_ASKED[asked];
  const bases = asked === 'applying' ? `Căn cứ: ${found.bases.join('; ')}.\n` : '';
  return plain(`${lead}\n${bullets(found.points)}\n${bases}${unknown} ${WHERE_TO_ASK}\n\n`);
}

/**
 * Someone who has a pension, asking about the pensions shown: first what the pension changes (the supports of
 * TOPICS.pensionHeld.excludes are for people without one), then where the data does not say (`unclear`), with their basis.
 */
function pensionNotice(rules: RuleSet, shown: readonly string[], today: string): Span | undefined {
  const { excludes, unclear } = TOPICS.pensionHeld;
  const named = (ids: readonly string[]) => rules.supports.filter((support) => ids.includes(support.id) && shown.includes(support.id));
  const ruledOut = named(excludes);
  const open = named(unclear);
  if (ruledOut.length === 0 && open.length === 0) return undefined;
  const basis = (support: (typeof ruledOut)[number]) => {
    const variant = support.variants.find((candidate) => (candidate.validFrom ?? '') <= today && today <= (candidate.validTo ?? '9999-12-31')) ?? support.variants.at(-1)!;
    return `${variant.basis}${STATUS_TAGS[variant.status].replace(' (', ', ').replace(')', '')}`;
  };
  const lines = [
    ...ruledOut.map((support) => `Người đã có lương hưu thì không thuộc diện ${lowerFirst(support.name)}: trợ cấp này chỉ dành cho người không có lương hưu (${basis(support)}).`),
    ...open.map((support) => `Với ${lowerFirst(support.name)}, dữ liệu của trợ lý không nói rõ người đã có lương hưu có được hưởng hay không (${basis(support)}); ${lowerFirst(WHERE_TO_ASK)}`),
    'Các hỗ trợ khác của hộ (bảo hiểm y tế, vay vốn…) vẫn xét theo loại hộ, không phụ thuộc việc có lương hưu: xem “Các chính sách hỗ trợ”.',
  ];
  return plain(`${lines.join('\n')}\n\nDữ liệu về các trợ cấp đã hỏi:\n\n`);
}

/**
 * Offered after why a household was not recognised: the check, by the button or by telling the household. Round 39 short32: the
 * same offer in ~150 characters (was ~230, its example a whole sentence). Also after the card of a widowed parent's allowance
 * (round 40 resid40, src/chat/core.ts), which goes by the household's class.
 */
export const CHECK_OFFER: readonly Span[] = [
  plain('\n\nXem trước hộ mình thuộc diện nào: '),
  pressing('Kiểm tra hộ gia đình', '/kiemtra', true),
  plain(' hoặc kể về hộ trong một câu (số người, thu nhập, ở quê hay thành phố).'),
];
/** Said after CHECK_OFFER, except in brief (round 40 short33: the check's result itself says it is tạm tính). */
const CHECK_OFFER_NOTE = plain(' Kết quả chỉ để tham khảo.');

/**
 * Losing the status or a support. An asset named: that the data has no rule on it, what the standard looks at, how to ask for a
 * review in brief; no asset: both cases the words fit (never on the list: how to ask to be reviewed; dropped: the standard's lines
 * and what the commune must answer); each then the questions that give the rest. Not recognised ("sao nha tui hok dc xet"): the
 * yearly review by the standard in force, how the review estimates income (review_scoring), every general step and the check.
 */
export function losingAnswer(rules: RuleSet, topic: Extract<Topic, { kind: 'losing' }>, today: string): Reply {
  const standard = describeStandard(rules, today);
  const lines = standard.lines.map((line) => `${line.text} (${line.areaName.toLowerCase()})`).join(', ');
  const asset = topic.asset === undefined ? undefined : TOPICS.losing.assets[topic.asset];
  const review = generalSteps(rules, today, 'review_request')[0]!;
  // What the commune answers when it does not recognise a household, and what is not known of complaining (below, both ways).
  const disagreeing = rules.reference.find((entry) => entry.id === 'disagreeing_result')?.lines ?? [];
  // "ong noi nha co tivi la hong dc lam ho ngheo", "rang nha tui ngheo ma hong co ten trong ds" (round 25, short7: were 3.660 and
  // 2.764 characters on a phone): what was asked first, with its source and status, how to ask to be reviewed in brief (the
  // step's `brief`), and the questions that give the rest (the standard's figures and indicators, every step of the review).
  // "tai sao nha hang xom giau hon ma dc ho ngheo con nha tui hok dc" (round 41 mend41c; was "không tìm thấy"): the other
  // household's case is not judged; the yearly review's village meeting and public posting are when to speak, and the household's
  // own request (the ongoing review) is said with its status.
  if (topic.other) {
    const yearly = generalSteps(rules, today, 'steps')[0]!;
    return reply([
      bold('Khi thấy hộ khác khá giả hơn mà có tên trong danh sách hộ nghèo, hộ cận nghèo:\n'),
      plain(
        bullets([
          `Trợ lý không xét trường hợp của hộ khác; hộ đó được xếp loại thế nào là do UBND cấp xã rà soát, công nhận.`,
          `${tagged(yearly.brief ?? yearly.text, yearly.status, true)} Căn cứ: ${cited(yearly.basis, yearly.status)}.`,
          'Bạn thấy chưa đúng thì nêu ý kiến khi họp dân ở thôn (bình xét) hoặc khi danh sách được niêm yết công khai, hoặc đề nghị UBND cấp xã xem xét lại.',
          `Hộ bạn muốn được xét: ${tagged(lowerFirst(review.brief ?? review.text), review.status, true)} Căn cứ: ${review.basis}.`,
        ]),
      ),
      plain(`\n\n${WHERE_TO_ASK}`),
      ...CHECK_OFFER,
    ], MENU_BUTTONS.slice(1, 2));
  }
  if (!topic.notRecognised) {
    const requestLine = tagged(review.brief ?? review.text, review.status);
    // A document cited whole and by an article ("Quyết định 24/2021/QĐ-TTg" beside "…, Điều 5") is named once, by its article.
    const basesOnce = (bases: readonly string[]) => [...new Set(bases)].filter((basis, _at, all) => !all.some((other) => other.startsWith(`${basis},`)));
    const rest = (bases: readonly string[]) =>
      plain(`\n\nCăn cứ: ${basesOnce(bases).join('; ')}.\nXem đủ: gõ “${STANDARD_TYPED}” (mức thu nhập, chỉ số) hoặc “${PROCEDURE_TYPED}” (các bước).`);
    if (asset) {
      // "nha nao co nguoi di xuat khau lao dong thi ko dc ho ngheo nua": what the data says of the thing named comes first; then what
      // the standard does look at (its services), none of it a thing owned (round 14).
      const count = standard.indicatorsTotal !== undefined ? `${standard.indicatorsTotal} ` : '';
      const services = [...indicatorsByService(standard).keys()].map(lowerFirst).join(', ');
      return reply([
        bold(`Hộ có ${asset} và việc xét hộ nghèo, hộ cận nghèo:\n`),
        plain(
          bullets([
            `Dữ liệu của trợ lý không có quy định nào nói hộ có ${asset} thì không được xét hay mất hỗ trợ; ${asset} được tính thế nào khi rà soát thì mình không biết, bạn hỏi ${POVERTY_CADRE}.`,
            `Không có tiêu chí nào là có ${asset} thì bị loại: chuẩn nghèo đa chiều xét thu nhập và ${count}chỉ số thiếu hụt (${services}), chỉ tính những điều hộ còn thiếu${STATUS_TAGS[standard.indicatorsStatus]}. Căn cứ: ${standard.indicatorsBasis}.`,
          ]),
        ),
        bold('\nThấy hộ bị xét chưa đúng: '),
        plain(lowerFirst(requestLine)),
        rest([review.basis]),
      ], MENU_BUTTONS.slice(1, 2));
    }
    // Never on the list, or dropped from it: the same words ("không có tên") say either, so the answer says both; what the commune
    // must answer when it does not recognise a household, and that the way to complain is not known (disagreeing_result).
    return reply([
      bold('Hộ không có tên (hoặc không còn tên) trong danh sách hộ nghèo, hộ cận nghèo:\n'),
      plain(
        bullets([
          `Nếu hộ chưa từng có tên, muốn được xét: ${lowerFirst(requestLine)}`,
          `Nếu hộ bị đưa ra khỏi danh sách sau rà soát: ${disagreeing.map((line) => tagged(line.text, line.status, true)).join(' ')}`,
        ]),
      ),
      rest([review.basis, ...disagreeing.map((line) => line.basis)]),
    ], MENU_BUTTONS.slice(1, 2));
  }
  // How the review estimates income, and what is not known of it (the motorbike's points): the review_scoring entry.
  const scoring = rules.reference.find((entry) => entry.id === 'review_scoring')?.lines.filter((line, index) => index === 0 || line.status === 'unknown') ?? [];
  // "sao nha tui hok dc xet ho ngheo": when the commune does not recognise a household, it answers in writing with the reason
  // (disagreeing_result), and the check is offered to see beforehand how the standard reads the household.
  // In brief (round 35 short26b; "sao nha tui ngheo vay ma hok dc xet ho ngheo" was 3.500 characters, every step of the review):
  // what the data holds, each with status and basis, how to ask to be reviewed (the step's `brief`), what is not known named on
  // one line (each line's subject: its words before "không có trong", "chưa được"), every step one typed question away.
  const [known, unknown] = [[...scoring, ...disagreeing].filter((line) => line.status !== 'unknown'), [...scoring, ...disagreeing].filter((line) => line.status === 'unknown')];
  // To a resident (`brief`, round 40 short33: was 1.739 characters on a phone): the standard's lines and the written reason the
  // commune owes (disagreeing_result's lines held), "chi tiết" the rest (the scoring, how to ask again, what is not known).
  const over = topic.brief ? '' : 'Hộ có thu nhập cao hơn mức này thì không còn thuộc diện. ';
  const reviewed = `Mỗi năm UBND cấp xã rà soát lại các hộ theo ${lowerFirst(standard.title)}${STATUS_TAGS[standard.status]}: ` +
    `hộ nghèo, hộ cận nghèo có thu nhập bình quân mỗi người mỗi tháng không quá ${lines}, rồi xét số chỉ số thiếu hụt. ` +
    `${over}Căn cứ: ${standard.bands[0]?.basis ?? cited(`${standard.document}, ${standard.article}`, standard.status)}.`;
  const request = `Thấy kết quả chưa đúng: ${tagged(lowerFirst(review.brief ?? review.text), review.status, true)} Căn cứ: ${review.basis}.`;
  const points = topic.brief
    ? [reviewed, ...disagreeing.filter((line) => line.status !== 'unknown').map(referenceLine)]
    : [reviewed, ...known.map(referenceLine), request, ...notKnownLine(unknown.map((line) => line.text.replace(/ \([^()]*\)/gu, '').split(/,? (?:không có trong|chưa được)/u)[0]!), unknown)];
  return reply([
    bold('Vì sao hộ có thể không được công nhận hộ nghèo, hộ cận nghèo:\n'),
    plain(bullets(points)),
    plain(`\n\n${WHERE_TO_ASK}${topic.brief ? ` ${SEE_IN_FULL}` : `\nXem đủ các bước: gõ “${PROCEDURE_TYPED}”.`}`),
    ...CHECK_OFFER,
    ...(topic.brief ? [] : [CHECK_OFFER_NOTE]),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * Something the data has nothing on: said plainly, with no passage that only shares its other words, and whom to ask (a
 * complaint about an official: UBND cấp xã, the only channel the data names).
 */
export function notInDataAnswer(rules: RuleSet, topic: Extract<Topic, { kind: 'notInData' }>, today: string): Reply {
  const asked = TOPICS.notInData[topic.subject]!;
  const where = asked.complaint
    ? 'Bạn có thể gửi đơn hoặc đến trình bày trực tiếp tại UBND cấp xã nơi bạn cư trú; trợ lý không nhận và không chuyển đơn.'
    : WHERE_TO_ASK;
  const notHeld = `Thông tin về ${asked.label} không có trong dữ liệu của trợ lý, nên mình không trả lời để tránh sai.`;
  // "ho ngheo co dc ho tro dat ko": the support the data has nearby (production and livelihood) follows, with its own basis.
  const thenId = asked.then ?? topic.supportNamed;
  // Both areas' lines of the year asked (`standard`: which area a commune is, round 45 cadre48).
  const then = asked.standard
    ? standardQuestionAnswer(rules, today, { ...(topic.year !== undefined ? { year: topic.year } : {}), figures: true })[0]
    : thenId === undefined ? undefined : supportAnswer(rules, { kind: 'support', supportId: thenId }, today);
  const aged = agedSupportLines(rules, topic.ages ?? [], today);
  const agedSpans = aged ? [plain(aged)] : [];
  if (!then) return reply([plain(`${notHeld} ${where}`), ...agedSpans], MENU_BUTTONS.slice(1, 3));
  // Whom to ask said once, first ("chau tui mat cha me, dc ho tro gi ko", round 36: the card closed with it again).
  const spans = withoutWhereToAsk(then.spans);
  return { ...then, spans: [plain(`${notHeld} ${where}`), ...agedSpans, plain('\nĐiều dữ liệu có gần với câu hỏi:\n\n'), ...spans] };
}

/** A card's spans without its closing whom to ask, said already above it. */
export const withoutWhereToAsk = (spans: readonly Span[]): Span[] =>
  spans.map((span) => (span.text.includes(WHERE_TO_ASK) ? { ...span, text: span.text.replace(new RegExp(`\\s*${WHERE_TO_ASK}`), '') } : span));

/**
 * The old members' supports their ages reach (the social pensions, NĐ 176/2025), each with its basis, status and where to apply;
 * '' when none: "ma tui 82 tuoi, tui 60 tuoi" told to the check (round 22), "chau tui mo coi, ba noi 80 tuoi" (round 36 words23).
 */
export function agedSupportLines(rules: RuleSet, ages: readonly number[], today: string, above?: number): string {
  // "2 người già trên 70" (`above`, round 40 mend40b): any age from the next one up, so the lowest and each band's start above it.
  const reach = above === undefined ? ages : [above + 1, ...ageBandStarts(rules, today).filter((start) => start > above + 1)];
  const old = reach.filter((age) => agedSupports(rules, [age], today).length > 0);
  const supports = agedSupports(rules, old, today);
  if (supports.length === 0) return '';
  // Each said by who gets it, its age band and the household's class or the pension it needs (its `spoken`, round 41 resid41:
  // "2 nguoi gia tren 70" was told the name "… mọi hộ" with no band from 75); the basis and where to apply once when shared.
  const shared = new Set(supports.map((support) => `${support.basis}|${support.whereToApply}`)).size === 1;
  const source = (support: SupportResult) => `Căn cứ: ${cited(support.basis, 'verified', [support.status])}. Nơi làm: ${support.whereToApply}`;
  const said = supports.map((support) => {
    const what = support.spoken ? `${support.spoken.replace(/\.$/u, '')}${STATUS_TAGS[support.status]}` : `${supportDetail(support, 'short')}${support.unclear ? `; ${support.unclear} chưa rõ` : ''}`;
    return shared ? `${what}.` : `${what}. ${source(support)}`;
  });
  return `\nNgười ${above === undefined ? old.join(', ') : `trên ${above}`} tuổi trong hộ có thể được:\n${bullets(said)}${shared ? `\n${source(supports[0]!)}` : ''}`;
}

/** The ages the rules data's age thresholds in force start a band at (parameters in "tuổi"). */
function ageBandStarts(rules: RuleSet, today: string): number[] {
  return Object.values(thresholdsOn(rules, today)).flatMap((threshold) => (threshold.unit === 'tuổi' ? [threshold.value] : []));
}

/** The steps of the procedure that apply to every household (not only to some classes); those `about` what is asked first. */
export function generalSteps(rules: RuleSet, day: string, about?: string) {
  // A step said only when asked (`askedOnly`: having no papers) is left out of any other answer.
  const general = procedureSteps(rules, day).filter((step) => (!step.classes || step.classes.length === 0) && (step.askedOnly !== true || (about !== undefined && step.about?.includes(about) === true)));
  if (about === undefined) return general;
  const answers = (step: (typeof general)[number]) => step.about?.includes(about) === true;
  return [...general.filter(answers), ...general.filter((step) => !answers(step))];
}

/** The procedure card's heading, also of its brief for where to file ("dang ky ho ngheo o dau"). */
const PROCEDURE_HEADING = 'Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:';

/**
 * What a resident asks of the procedure (TOPICS.procedureAsks keys) that its brief answers, every step one typed question away
 * (PROCEDURE_TYPED); the steps asked ("gom may buoc") and the typed procedure keep the whole card.
 */
const BRIEF_ASKS: readonly string[] = ['where', 'apply', 'papers', 'no_papers', 'duration', 'timing', 'district', 'declaring', 'report', 'missed', 'review_list'];
/**
 * Of BRIEF_ASKS, those whose step leads the brief (the district step gone, asked: "huyen bo roi ma"; the yearly review missed:
 * the ongoing review, "tui lo qua dot ra soat roi").
 */
const LEADING_ASKS: readonly string[] = ['district', 'report', 'missed'];
/** Of LEADING_ASKS, those whose step is said in full, not its brief: the review missed hears that the ongoing one is monthly. */
const IN_FULL_ASKS: readonly string[] = ['missed'];

/**
 * Of BRIEF_ASKS, those the step asked answers alone: "khai thu nhap thap hon dc ko" (round 27 short9, was the whole card, 1.696
 * characters) gets that declaring less is a false declaration the review checks, with its source; the other steps are no answer to it.
 */
// "tui ko co giay to j het, lam ho ngheo dc ko" (round 39 mend39c): what to bring and the line on having none, no schedule.
// "bao cao len dau" (round 41 cadre41): the district's step gone and to whom the result goes now, not known; no household's filing.
// "em can lap danh sach ho can ra soat, gom nhung ho nao" (round 41 cadre42): the list's households as the data says them.
const ALONE_ASKS: readonly string[] = ['declaring', 'no_papers', 'report', 'review_list'];

/** Whether the procedure's answer to `topic` is its brief (procedureAnswer): "chi tiết" after it gives the whole card. */
export function procedureInBrief(topic: Extract<Topic, { kind: 'procedure' }>): boolean {
  return topic.brief === true || (topic.about !== undefined && BRIEF_ASKS.includes(topic.about));
}

/**
 * The procedure: the steps that apply to every household, those about what is asked first, with their source. A later year
 * asked ("nam 2027 ra soat ho ngheo gom may buoc"): the steps not known for it (the 2026–2030 procedure, QĐ 24/2021 being the
 * 2022 – 2025 one) lead, and the others follow as today's rules, not that year's (laterYearFrame).
 */
export function procedureAnswer(rules: RuleSet, about: string | undefined, today: string, year?: number, brief = false, named = false, cadre = false): Reply {
  const general = generalSteps(rules, dayForYear(year, today), about);
  const when = about === 'timing' ? reviewWindowToday(rules, today, year, cadre) : about === 'duration' ? durationLead(rules) : undefined;
  const later = year !== undefined && year > Number(today.slice(0, 4));
  const step = (shown: (typeof general)[number]) => tagged(shown.text, shown.status);
  const unknown = later ? general.filter((shown) => shown.status === 'unknown') : [];
  // The review's days asked of that year (`when`) already say its schedule is not known: said once, the frame's last words left.
  const frame = !later ? [] : when ? [plain(`${notThatYear(year)}\n\n`)] : laterYearFrame(year, unknown.map(step));
  // "nam 2027 thi sao" after the procedure (round 24, was 1.811 characters: every step again under the frame): nothing but the
  // year asked (`brief`), so what is not known once, then today's steps in brief (their `brief`), and the question that gives
  // them all. The steps asked of that year ("cac buoc ra soat … nam sau ra sao") keep the whole card.
  // "dang ky ho ngheo o dau" (round 25, was the whole card): where to file first, the steps in brief, what is not known of this
  // year's review (the brief's dates are of QĐ 24/2021's period) and the same question that gives them all. Round 26 (short8):
  // the same for how to get in ("man rang de duoc vo ho ngheo", `apply`), the papers or the form ("dung mau nao", `papers`: its
  // step in full), how long ("mat bao lau moi co", was 2.004 characters) and when ("ra soat dinh ky khi nao", was 1.991): the
  // time first (`when`, which says this year's schedule is not known and whom to ask), then the steps in brief.
  // "qua nam moi xa con ra soat ko" on 06/12/2026 (round 35 procedure25; was the whole card under that year's days, 2.300
  // characters): when a later year's review is held is its days (`when`, which says they are not known), then the steps in brief.
  const asked = (!later || about === 'timing') && about !== undefined && BRIEF_ASKS.includes(about) ? about : undefined;
  const answers = (shown: (typeof general)[number]) => asked !== undefined && shown.about?.includes(asked) === true;
  // A resident's question with nothing of the procedure asked (round 36 short27, was the whole card): the steps' briefs and what is
  // not known of this year's review, whom to ask.
  const briefs =
    brief && about === undefined
      ? general.filter((shown) => !unknown.includes(shown) && (shown.brief !== undefined || shown.status === 'unknown'))
      : asked ? general.filter((shown) => !unknown.includes(shown) && (answers(shown) || (!ALONE_ASKS.includes(asked) && (shown.status === 'unknown' || shown.brief !== undefined)))) : [];
  if (asked !== undefined && LEADING_ASKS.includes(asked)) briefs.sort((a, b) => Number(answers(b)) - Number(answers(a)));
  if (briefs.length > 0) {
    // The step asked that has no brief (the papers) is said in full.
    const line = (shown: (typeof general)[number]) => tagged((answers(shown) && (shown.brief === undefined || IN_FULL_ASKS.includes(asked!)) ? shown.text : shown.brief) ?? shown.text, shown.status);
    return reply([
      ...(when ? [plain(`${when}\n\n`)] : []),
      ...frame,
      bold(asked || !later ? `${PROCEDURE_HEADING}\n` : 'Thủ tục đang áp dụng, tóm tắt:\n'),
      plain(bullets(briefs.map(line))),
      // Asked by its name ("quy trinh ra soat ho ngheo the nao"), typed as residents type: what that name would give again, typed
      // so, is no way to the steps; "chi tiết" is (round 40 short33).
      plain(`\n\nCăn cứ: ${cited(stepsBasis(rules, briefs), 'verified', briefs.map((shown) => shown.status))}.${asked || !later ? `${when ? '' : ` ${WHERE_TO_ASK}`}\n` : ' '}${named ? SEE_IN_FULL : `Xem đủ các bước: gõ “${PROCEDURE_TYPED}”.`}`),
    ], MENU_BUTTONS.slice(1, 2));
  }
  // The steps asked ("Quy trình rà soát hộ nghèo gồm các bước nào?", round 41 cadre41): the periodic review's steps numbered in
  // their order, what is said of the district's step after 01/07/2025 right under them; was their names in one sentence.
  // Under them, the steps on reporting the result (round 41 cadre42: who receives it now, chưa rõ, said only when asked elsewhere):
  // the district's step gone and the one line on the body that receives the report.
  const numbered = about === 'steps' && !later ? general.find((shown) => shown.numbered !== undefined) : undefined;
  const underNumbered = (shown: (typeof general)[number]) => numbered !== undefined && shown.about?.includes('report') === true;
  const under = procedureSteps(rules, dayForYear(year, today)).filter(underNumbered);
  // Not numbered (a cadre's "Thủ tục công nhận hộ nghèo hiện nay thế nào?", round 43 cadre45; was the district's step gone last, under
  // the six steps that still name it): what holds since 01/07/2025, the district's step gone, first.
  const gone = (shown: (typeof general)[number]) => numbered === undefined && about === undefined && shown.about?.includes('district') === true;
  const kept = general.filter((shown) => !unknown.includes(shown) && !underNumbered(shown));
  const ordered = [...kept.filter(gone), ...kept.filter((shown) => !gone(shown))];
  const said = ordered.flatMap((shown) => (shown === numbered ? [numberedStep(shown), ...under.map(step)] : [step(shown)]));
  const shown = [...kept, ...under];
  return reply([
    ...(when ? [plain(`${when}\n\n`)] : []),
    ...frame,
    bold(`${PROCEDURE_HEADING}\n`),
    plain(bullets(said)),
    plain(`\n\nCăn cứ: ${cited(stepsBasis(rules, shown, true), 'verified', shown.map((one) => one.status))}. ${WHERE_TO_ASK}`),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * The documents the steps said cite, each once, in their order (round 41 cadre42: "báo cáo kết quả rà soát lên đâu" said
 * "Căn cứ: Quyết định 24/2021/QĐ-TTg" under lines citing Nghị định 131/2025/NĐ-CP and Thông tư 13/2025/TT-BNNMT); the procedure's
 * own with its signing and start dates when `dated`.
 */
function stepsBasis(rules: RuleSet, steps: readonly { basis: string }[], dated = false): string {
  const { source } = rules.procedure;
  const own = dated ? `${source.document} (ký ngày ${formatDate(source.signed)}, hiệu lực từ ${formatDate(source.validFrom)})` : source.document;
  return documentsOf(steps.map((one) => one.basis)).map((document) => (document === source.document ? own : document)).join('; ');
}

/** A step's `numbered` steps under its lead, each on its own line with its number, the step's status after the last. */
function numberedStep(shown: RuleSet['procedure']['steps'][number]): string {
  const { lead, steps } = shown.numbered!;
  return tagged(`${lead}\n${steps.map((one, index) => `   ${index + 1}. ${one}`).join('\n')}`, shown.status);
}

/**
 * "Đề nghị cho biết hộ nghèo có phải đăng ký lại mỗi năm không", "ho ngheo co phai dang ky lai moi nam ko" (round 38 mend38f: were
 * the review's days with no answer): what the data says of it (rules/procedure.yaml `again`), each with its status, whom to ask
 * where it is not known, then the answer as before.
 */
function yearlyLead(rules: RuleSet, topic: Extract<Topic, { kind: 'procedure' }>, answer: Reply): Reply {
  const again = rules.procedure.again ?? [];
  if (topic.yearly !== true || again.length === 0) return answer;
  // Whom to ask where it is not known, in the same sentence (the schedule below names the cadre again with the thôn's head).
  const lines = again.map((line) => (line.status === 'unknown' ? `${tagged(line.text.replace(/\.$/, ''), line.status)}; bạn hỏi ${POVERTY_CADRE}.` : tagged(line.text, line.status)));
  return { ...answer, spans: [plain(`${bullets(lines)}\n\n`), ...answer.spans] };
}

/**
 * "bao gio thi ra soat ho ngheo nam nay" (findings31 R18): where today falls against the periodic review's days (the step
 * with a `window`), said of this year: under way until its last day, not yet begun, or over; that those days are the
 * procedure's period's (its title: "giai đoạn 2022 – 2025") and this year's schedule is not known, so ask now. Another year asked
 * ("rà soát hộ nghèo năm 2027 khi nào", round 21: was said of 2026): that year's days by the same schedule, which is not known
 * to hold then.
 */
function reviewWindowToday(rules: RuleSet, today: string, asked?: number, cadre = false): string | undefined {
  const { source } = rules.procedure;
  const step = rules.procedure.steps.find((candidate) => candidate.window && candidate.about?.includes('timing'));
  if (!step?.window) return undefined;
  const year = String(asked ?? today.slice(0, 4));
  const from = `${year}-${step.window.from}`;
  const to = `${year}-${step.window.to}`;
  const period = source.title?.match(/giai đoạn [\d\s–-]+$/)?.[0];
  const days = `từ ${formatDate(from).slice(0, 5)} đến ${formatDate(to).slice(0, 5)} hằng năm`;
  // A review after the last one whose days are said (round 36 law27; were "đợt rà soát định kỳ năm 2027 theo lịch này bắt đầu ngày
  // 01/09/2027" on 20/01/2027, "nếu lịch này còn được áp dụng, … sẽ từ 01/09/2027 đến 14/12/2027" asked of 2027): no day of it; asked
  // with no year, that the last one is over.
  const until = step.windowUntil;
  const standard = nextReviewStandard(rules, today, step.window.from, until, asked, true);
  if (until !== undefined && Number(year) > until) {
    const lastTo = `${until}-${step.window.to}`;
    const last = asked === undefined && lastTo < today ? ` đợt rà soát định kỳ năm ${until} theo lịch này đã kết thúc ngày ${formatDate(lastTo)};` : '';
    return (
      `Hôm nay ${formatDate(today)}: ${source.document} quy định rà soát định kỳ ${days} cho quy trình${period ? ` ${period}` : ''};${last} ` +
      `lịch rà soát năm ${year} chưa rõ (chưa rõ), ${askSchedule(cadre)}. Hộ vẫn có thể nộp Giấy đề nghị để được rà soát thường xuyên (hằng tháng).${standard}`
    );
  }
  const where =
    year > today.slice(0, 4)
      ? `nếu lịch này còn được áp dụng, đợt rà soát định kỳ năm ${year} sẽ từ ${formatDate(from)} đến ${formatDate(to)}`
      : today < from
      ? `đợt rà soát định kỳ năm ${year} theo lịch này bắt đầu ngày ${formatDate(from)}`
      : today <= to
        ? `đợt rà soát định kỳ năm ${year} theo lịch này đang diễn ra, đến hết ngày ${formatDate(to)}`
        : `đợt rà soát định kỳ năm ${year} theo lịch này đã kết thúc ngày ${formatDate(to)}; hộ vẫn có thể nộp Giấy đề nghị để được rà soát thường xuyên (hằng tháng)`;
  // This year's review over, no year asked ("khi nao ra soat ho ngheo lan toi" on 31/12/2026, round 41 law34: was "lịch rà soát
  // năm 2026 chưa rõ" before "Đợt năm 2027: …"): the schedule not known is the next one's.
  const unknownYear = asked === undefined && today > to ? Number(year) + 1 : year;
  return (
    `Hôm nay ${formatDate(today)}: theo ${source.document} (rà soát định kỳ ${days}), ${where}. ` +
    `Lịch này là của quy trình${period ? ` ${period}` : ''}; lịch rà soát năm ${unknownYear} chưa rõ, ${askSchedule(cadre)}.${standard}`
  );
}

/**
 * Whom to ask of a year's schedule not known: a resident the thôn's head or the commune's cadre; a cadre (round 41 cadre41; was
 * told to ask the thôn's head as a resident) that the data has no guidance for it, and the commune's cadre in charge.
 */
const askSchedule = (cadre: boolean) =>
  cadre ? `dữ liệu của trợ lý chưa có văn bản hướng dẫn đợt này; hỏi ${POVERTY_CADRE}` : `nên bạn hỏi ngay trưởng thôn hoặc ${POVERTY_CADRE}`;

/**
 * Which standard a review asked of classifies by ("rà soát năm 2027 theo chuẩn nào", and "năm nay" asked in 2027; round 40 law33:
 * were the lines of the end-2026 review alone): nextReviewStandard's line of the year asked, or of this year after the last one
 * the schedule gives days for, before the entry's lines; the entry alone otherwise.
 */
function withReviewStandardLead(rules: RuleSet, answer: Reply, today: string, asked?: number): Reply {
  const step = rules.procedure.steps.find((candidate) => candidate.window && candidate.about?.includes('timing'));
  const thisYear = Number(today.slice(0, 4));
  if (!step?.window || (asked === undefined && (step.windowUntil === undefined || thisYear <= step.windowUntil))) return answer;
  const year = asked ?? thisYear;
  const lead = nextReviewStandard(rules, today, step.window.from, step.windowUntil, year).trim();
  if (lead === '') return answer;
  // The entry's title names the review it is of ("… cuối năm 2026 theo chuẩn nào"): under a later review's lead it is said as the
  // one before (round 41 law34: was "cuối năm 2026 theo chuẩn nào" under "Đợt rà soát định kỳ năm 2027 …", as if of 2027).
  const title = `${rules.reference.find((entry) => entry.id === REVIEW_STANDARD)!.title}:\n`;
  const of = /cuối năm (\d{4})/.exec(title)?.[1];
  const before = of !== undefined && Number(of) < year ? `Trước đó, đợt rà soát cuối năm ${of} (lập danh sách năm ${Number(of) + 1}):\n` : title;
  return { ...answer, spans: [plain(`${lead}\n\n`), ...answer.spans.map((span) => (span.text === title ? { ...span, text: before } : span))] };
}

/**
 * " Đợt rà soát định kỳ năm 2027 (nếu có) diễn ra khi chuẩn nghèo đa chiều giai đoạn 2027–2030 đang áp dụng …": the standard the
 * next periodic review not known to have begun (the year asked; else this year's before its first day by the schedule, or in a
 * year after `until`, whose days are not known; else next year's) classifies by,
 * said only when one national standard is in force from that review's first day to the end of the year its list is for (the
 * 2027 review, making the 2028 list). The 2026 review, making the 2027 list across the change, is review_standard's "chưa rõ".
 * '' otherwise (round 40 law33: "khi nao ra soat ho ngheo lan toi" said no standard).
 */
function nextReviewStandard(rules: RuleSet, today: string, from: string, until: number | undefined, asked?: number, short = false): string {
  const thisYear = Number(today.slice(0, 4));
  const year = asked ?? (today < `${thisYear}-${from}` || (until !== undefined && thisYear > until) ? thisYear : thisYear + 1);
  const nationalOn = (day: string) => {
    const found = lookupStandard(rules, day);
    return found.ok ? found.value.standard : undefined;
  };
  const standard = nationalOn(`${year}-${from}`);
  if (!standard || standard !== nationalOn(`${year + 1}-12-31`)) return '';
  const status = STATUS_LABELS[weakerStatus(standard.status, 'reported')];
  // After the schedule's lead, which says the year's schedule is not known (a phone's first screen within 1.000 characters).
  if (short) return ` Đợt năm ${year}: theo chuẩn ${standard.validFrom.slice(0, 4)}–${standard.validTo.slice(0, 4)} (${status}).`;
  return (
    ` Đợt rà soát định kỳ năm ${year} (nếu có) diễn ra khi ${lowerFirst(standard.title)} (${standard.document}) đang áp dụng, nên hộ sẽ được xét theo ` +
    `chuẩn này (${status}); quy trình và mẫu phiếu của đợt này chưa rõ (chưa rõ).`
  );
}

/**
 * "bao lau thi co ket qua" (round 16): the time limit first, as the procedure data words it (the sentence of a step about duration
 * that counts days, with the step's status and basis), and that the procedure is of its period, its use this year not known.
 */
function durationLead(rules: RuleSet): string | undefined {
  const { source } = rules.procedure;
  const step = rules.procedure.steps.find((candidate) => candidate.about?.includes('duration'));
  const limit = step?.text.split(/(?<=\.)\s+/).find((sentence) => /\d+ ngày/.test(sentence) && !/^Rà soát/.test(sentence));
  if (!step || !limit) return undefined;
  const period = source.title?.match(/giai đoạn [\d\s–-]+$/)?.[0];
  return (
    `Bao lâu có kết quả: ${tagged(limit, step.status)} Căn cứ: ${step.basis}. ` +
    `Đây là quy trình${period ? ` ${period}` : ''}; văn bản áp dụng năm nay chưa rõ, nên bạn hỏi thêm ${POVERTY_CADRE}.`
  );
}

/**
 * "sao lau z" right after the procedure (round 35 mend35a; was the 15 days, then the filing line just said again): how long, with
 * its status and basis and whom to ask, alone; undefined when the data has no time limit.
 */
export function procedureDurationAnswer(rules: RuleSet): Reply | undefined {
  const lead = durationLead(rules);
  return lead === undefined ? undefined : reply([plain(lead)], MENU_BUTTONS.slice(1, 2));
}

/** The procedure's steps `about` one thing (procedureAsks key), its source, and that the rest is in the answer above. */
export function procedureStepsAbout(rules: RuleSet, about: string, today: string, above = true): Reply {
  const { source } = rules.procedure;
  const steps = procedureSteps(rules, today).filter((step) => step.about?.includes(about));
  return reply([
    bold('Về câu bạn vừa hỏi, theo thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n'),
    plain(bullets(steps.map((step) => tagged(step.text, step.status)))),
    plain(`\nCăn cứ: ${cited(source.document, 'verified', steps.map((step) => step.status))}. ${WHERE_TO_ASK}${above ? `\n${ANSWER_ABOVE}` : ''}`),
  ], MENU_BUTTONS.slice(1, 2));
}

/** What to do when the procedure's time limit passed with no answer: advice, no status (the limit is the step's, with its own). */
const OVERDUE_ADVICE = `Quá thời hạn đó mà hộ chưa nhận được quyết định công nhận hay văn bản trả lời: bạn quay lại gặp ${POVERTY_CADRE} hỏi hồ sơ của hộ đang ở bước nào và đề nghị được trả lời bằng văn bản.`;

/**
 * "qua 15 ngay ko thay tra loi thi lam sao" right after the procedure (round 42 mend43b; was "ngoài phạm vi"): the step with the time
 * limit (the chairman decides or answers in writing with reasons), then what to do (OVERDUE_ADVICE). Undefined after any other answer.
 */
export function overdueAfterProcedure(rules: RuleSet, message: string | ReadMessage, last: Topic | undefined, today: string): Reply | undefined {
  if (last?.kind !== 'procedure' || !has(readMessage(message).words, TOPICS.followUp.overdue)) return undefined;
  const card = procedureStepsAbout(rules, 'duration', dayForYear(last.year, today), false);
  const [lead, steps, ...rest] = card.spans;
  return { ...card, spans: [lead!, steps!, plain(`\n${OVERDUE_ADVICE}`), ...rest] };
}

/** An entry of rules/reference.yaml's lines, then the procedure steps it points to (`steps`, as said for a review on `day`), each once in the data. */
export function referenceLines(rules: RuleSet, entryId: string, day: string) {
  const entry = rules.reference.find((candidate) => candidate.id === entryId)!;
  const tags = [entry.steps ?? []].flat();
  const steps = procedureSteps(rules, day)
    .filter((step) => step.about?.some((tag) => tags.includes(tag)))
    .map((step) => (entry.stepsInBrief && typeof step.brief === 'string' ? { ...step, text: step.brief } : step));
  // One "Thông tin kiểm tra đến ngày" in every answer (findings36 N36-17): the data's checked date (the oldest of the standards
  // and the procedure, as a household check says it), an entry checked later never saying a later one.
  const checked = [entry.checked, rules.procedure.source.checked, ...rules.standards.map((standard) => standard.checked)].sort()[0]!;
  const advice = (entry.advice ?? []).map((said): Advice => (typeof said === 'string' ? { text: said } : said));
  return { title: entry.title, checked, lines: [...entry.lines, ...steps], advice, product: entry.product ?? [] };
}

/** An advice of an entry (rules/reference.yaml `advice`), a bare one as `{ text }`. */
type Advice = { text: string; lead?: true; brief?: string | true; shared?: string | false };

/**
 * What an entry says with no status (round 40 short33) around its lines as said: the advice said first (`lead`; a scam's warning,
 * round 40 fix40), the lines, the rest of the advice, then how the assistant works.
 */
function withAdvice(entry: { advice: readonly Advice[]; product: readonly string[] }, lines: readonly string[]): string[] {
  return [...aroundAdvice(entry.advice, lines, (one) => one.text), ...entry.product];
}

/** `lines` with the advice that leads (`lead`) before them and the rest after, each said by `said` (the card's and a post's order). */
export function aroundAdvice<Line>(advice: readonly Advice[], lines: readonly Line[], said: (one: Advice) => Line): Line[] {
  return [...advice.filter((one) => one.lead).map(said), ...lines, ...advice.filter((one) => !one.lead).map(said)];
}

/**
 * "nam 2027 ho can ngheo con dc bhyt ko", "phieu B nam 2027": a support or a reference entry asked for a later year gets what
 * the data holds for that year (and what it does not), never today's card as that year's rule. One answer for the chat and
 * /api/ask; undefined when no later year is asked or the topic is of another kind. The later year is the one written or said
 * ("giấy năm 2026 qua năm 2027", "sổ 2026 sang năm": the one carried into, yearAsked), or the one starting the day after an
 * expiry date said ("thẻ bhyt hết hạn 31/12 thì sao": 01/01 of the next year).
 */
export function laterYearAnswer(rules: RuleSet, topic: Topic, message: string | ReadMessage, today: string): Reply[] | undefined {
  const year = topic.kind === 'support' ? supportYearOf(rules, topic, message, today) : laterYearOf(message, today);
  if (year === undefined) return carriedIntoThisYear(rules, topic, message, today);
  const { text, words } = readMessage(message);
  // A cadre's formal question (wordingOf) keeps the whole cards of the related supports.
  if (topic.kind === 'support') return [supportChangeAnswer(rules, topic, today, year, wordingOf(text) === 'formal')];
  if (topic.kind === 'reference' && topic.entryId === REVIEW_STANDARD && saysAny(words, LIST_OF_YEAR_WORDS)) return [listOfYearAnswer(rules, year)];
  if (topic.kind === 'reference') return referenceForYearAnswer(rules, topic.entryId, year, today);
  return undefined;
}

/**
 * "giay chung nhan ho can ngheo nam 2026 qua nam 2027 con xai dc ko" asked on 01/01/2027 or later that year (round 41 law34; was the
 * certificate's entry alone, the standing lines December gives gone): an entry with `later` asked of an earlier year written carried
 * into this one, under another standard, is said as when this year was later (standingCarriedAnswer); undefined otherwise.
 */
function carriedIntoThisYear(rules: RuleSet, topic: Topic, message: string | ReadMessage, today: string): Reply[] | undefined {
  const later = topic.kind === 'reference' ? rules.reference.find((entry) => entry.id === topic.entryId)?.later : undefined;
  if (topic.kind !== 'reference' || later === undefined) return undefined;
  const { words } = readMessage(message);
  const thisYear = Number(today.slice(0, 4));
  const from = yearsWritten(words).find((written) => written < thisYear);
  if (from === undefined || yearAsked(words, today) !== thisYear) return undefined;
  return describeStandard(rules, `${from}-12-31`).id === describeStandard(rules, today).id ? undefined : [standingCarriedAnswer(rules, topic.entryId, later, thisYear)];
}

/**
 * The year a support is asked of, as laterYearAnswer reads it: a later one (laterYearOf), or this year said ("bhyt ho can ngheo nam
 * 2027" on 01/01/2027, round 41 law34: was the premium card alone, the NQ 261/2025 line of December's answer gone) when related
 * supports hold then for the classes asked, said beside it as in the later year's answer; undefined for none.
 */
export function supportYearOf(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, message: string | ReadMessage, today: string): number | undefined {
  const later = laterYearOf(message, today);
  if (later !== undefined) return later;
  const thisYear = Number(today.slice(0, 4));
  if (yearAsked(readMessage(message).words, today) !== thisYear) return undefined;
  const classes = topic.classification ? [topic.classification] : ALL_CLASSES;
  return relatedThen(rules, topic.supportId, supportsShown(rules, topic, today), classes, today).length > 0 ? thisYear : undefined;
}

/** The later year a message asks of, as laterYearAnswer reads it; undefined for none (or a goal's year, "mục tiêu đến 2030"). */
export function laterYearOf(message: string | ReadMessage, today: string): number | undefined {
  const { text, words } = readMessage(message);
  // "hết hạn cuối năm 2026": the year after the expiry, not the year of it that yearAsked reads.
  const year = yearAfterExpiry(text, words, today) ?? yearBesidePeriod(words) ?? yearAsked(words, today);
  return year === undefined || year <= Number(today.slice(0, 4)) || saysAny(words, WHEN_WORDS.goal) ? undefined : year;
}

/** Two periods written one after the other ("giai đoạn 2022–2025 và 2027–2030"). */
function twoPeriodsWritten(words: readonly string[]): boolean {
  const first = periodWritten(words);
  const end = first === undefined ? -1 : words.indexOf(String(first.to));
  return end >= 0 && periodWritten(words.slice(end + 1)) !== undefined;
}

/**
 * "thời điểm áp dụng chuẩn nghèo giai đoạn 2027–2030 đối với rà soát định kỳ năm 2026" (round 42 cadre44; was asked as 2027): a
 * year written on its own after "năm" wins over one that starts a period (periodWritten); undefined when no period is written or
 * no year stands apart from it.
 */
function yearBesidePeriod(words: readonly string[]): number | undefined {
  const period = periodWritten(words);
  if (period === undefined) return undefined;
  const isYear = (word: string | undefined) => word !== undefined && yearWritten([word]) !== undefined;
  const at = words.findIndex((word, index) => index > 0 && words[index - 1] === 'nam' && isYear(word) && !isYear(words[index + 1]) && !isYear(words[index + 2])
    && Number(word) !== period.to);
  return at < 0 ? undefined : Number(words[at]);
}

/** The entry of which standard and procedure the year-end review follows (rules/reference.yaml), whose lines say what its list is for. */
const REVIEW_STANDARD = 'review_standard';

/**
 * "bao gio co danh sach ho ngheo nam 2027" (round 36 law28; was the review's steps worded for 2027, 2.375 characters): the list used
 * in a year is the one the periodic review of the year before made, said with that review's days (rules/procedure.yaml, its timing
 * step as said for that year), then what is not known (the entry's lines, the later year's own review schedule), whom to ask.
 */
function listOfYearAnswer(rules: RuleSet, year: number): Reply {
  const before = `${year - 1}-12-31`;
  const timing = (day: string, status: FactStatus) => procedureSteps(rules, day).filter((step) => step.about?.includes('timing') && step.status === status);
  // The days of that year's review where the data says them, on their condition (`untilYear`, tham khảo; round 36 mend36a); the
  // steps themselves are the procedure's card, typed (round 37 law29: were said here too, 1.384 characters).
  const review = procedureSteps(rules, before).filter((step) => step.untilYear !== undefined);
  const entry = rules.reference.find((candidate) => candidate.id === REVIEW_STANDARD)!;
  // Each unknown line of the entry in its brief words where it has them (what the review follows, in a line).
  const unknown = [...entry.lines.filter((line) => line.status === 'unknown').map((line) => (typeof line.brief === 'string' ? { ...line, text: line.brief } : line)), ...timing(`${year}-01-01`, 'unknown')];
  return reply([
    bold(`Danh sách hộ nghèo, hộ cận nghèo dùng trong năm ${year} là kết quả đợt rà soát định kỳ năm ${year - 1}:\n`),
    plain(bullets([...review, ...unknown].map(referenceLine))),
    checkedLine(entry.checked),
    plain(`\nXem đủ: gõ “${PROCEDURE_TYPED}” (các bước).`),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * "hết hạn 31/12 thì sao", "hết hạn cuối năm thì sao": the year of the day after the expiry date said (EXPIRY_WORDS), the end
 * of a year said without a date being its 31/12 (EXPIRY_YEAR_END: this year's, or the year written); undefined when none is said.
 */
function yearAfterExpiry(text: string, words: readonly string[], today: string): number | undefined {
  if (!saysAny(words, EXPIRY_WORDS)) return undefined;
  const day = dateWritten(text, today);
  if (day !== undefined) return Number(addDays(day, 1).slice(0, 4));
  return saysAny(words, EXPIRY_YEAR_END) ? (yearWritten(words) ?? Number(today.slice(0, 4))) + 1 : undefined;
}

/**
 * What leads an answer asked of a later year: what the data lacks for it (`unknown`, one a bullet), and that what follows is the
 * rules in force today, not that year's.
 */
function laterYearFrame(year: number, unknown: readonly string[]): Span[] {
  const known = unknown.length > 0 ? `${bullets(unknown)}\n` : '• Quy định riêng cho năm này (chưa có thông tin chắc chắn).\n';
  return [bold(`Cho năm ${year}, dữ liệu của trợ lý chưa có:\n`), plain(`${known}${notThatYear(year)} ${WHERE_TO_ASK}\n\n`)];
}

const notThatYear = (year: number) => `Các nội dung dưới đây là quy định đang áp dụng, chưa phải quy định cho năm ${year}.`;

/**
 * A reference entry asked of a later year: what the data lacks for it, then the lines in force. An entry whose answer hangs on the
 * household's standing ("giấy chứng nhận … qua năm 2027 còn xài được không": `later`, rules/reference.yaml) asked of a day under
 * another standard than today's is led by that entry (the list does not change by itself; what is not known) and followed by
 * the figures of that day's standard, as the standing asked alone is (standingLaterAnswer).
 */
export function referenceForYearAnswer(rules: RuleSet, entryId: string, year: number, today: string): Reply[] {
  const day = `${year}-01-01`;
  const unknown = referenceLines(rules, entryId, day).lines.filter((line) => line.status === 'unknown');
  const card = referenceAnswer(rules, entryId, day, (line) => !unknown.includes(line));
  // A line naming the year asked ("chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào") before those about any year.
  const namesYear = (line: (typeof unknown)[number]) => line.text.includes(String(year));
  const ordered = [...unknown.filter(namesYear), ...unknown.filter((line) => !namesYear(line))];
  const framed = { ...card, spans: [...laterYearFrame(year, ordered.map(referenceLine)), ...card.spans] };
  const answer = entryId === REVIEW_STANDARD ? withReviewStandardLead(rules, framed, today, year) : framed;
  const later = rules.reference.find((entry) => entry.id === entryId)?.later;
  if (later === undefined || describeStandard(rules, day).id === describeStandard(rules, today).id) return [answer];
  return [standingCarriedAnswer(rules, entryId, later, year)];
}

/**
 * "giay chung nhan ho ngheo qua nam con xai dc ko" (round 25, short7: was 2.858 characters on a phone, the whole standing entry, the
 * year's frame, the review's steps and the new standard's figures): the entry's own lines (what was asked), the standing's short
 * answer (the list does not change by itself that day) and what it does not know (when the review under the new standard is
 * held), whom to ask, and the questions that give the figures and the steps. Asked of a later year (referenceForYearAnswer) or,
 * that year come, of the year before carried into it (carriedIntoThisYear).
 */
function standingCarriedAnswer(rules: RuleSet, entryId: string, later: string, year: number): Reply {
  const day = `${year}-01-01`;
  const entry = referenceLines(rules, entryId, day);
  const standing = referenceLines(rules, later, day).lines.filter((line, index) => index === 0 || line.status === 'unknown');
  const own = rules.reference.find((candidate) => candidate.id === entryId)!.lines;
  return reply([
    bold(`${entry.title}:\n`),
    plain(bullets([...own, ...standing].map(referenceLine))),
    checkedLine(entry.checked),
    plain(`\nXem đủ: gõ “${STANDARD_TYPED} ${year}” (mức thu nhập, chỉ số) hoặc “${PROCEDURE_TYPED}” (các bước).`),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * The supports of an age band (every variant's condition on AGE_FACTS: the social pensions) that the ages said reach, for whichever class
 * has them: "76 tuổi" the pension from 75 of every household, "72 tuổi" the one from 70 to under 75 of poor and near-poor ones.
 */
export function agedSupports(rules: RuleSet, ages: readonly number[], today: string): SupportResult[] {
  if (ages.length === 0) return [];
  const context = contextOfAges(rules, ages, today);
  const found = new Map<string, SupportResult>();
  for (const asked of Object.keys(CLASS_NAMES) as SupportClass[]) {
    for (const support of supportsFor(rules, asked, today, context)) if (ageBandOnly(rules, support.id) && !found.has(support.id)) found.set(support.id, support);
  }
  return [...found.values()];
}

/**
 * "con gi nua ko" after the card of an age band's support said of no class (round 35 words20: "ba noi tui 85 tuoi co dc tien ko"
 * then "con gi nua ko"; was every class's list, 1.078 characters): the old person's other support in the data, the monthly
 * allowance kept beside a pension (supportsKept), when that card has not shown it; `none` when it has (nothing more by age).
 * Undefined after any other support.
 */
export function moreOfAgeBand(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): { next?: Extract<Topic, { kind: 'support' }>; none?: true } | undefined {
  if (topic.classification !== undefined || !ageBandOnly(rules, topic.supportId)) return undefined;
  const shown = supportsShown(rules, topic, today);
  const next = supportsKept({ ...topic, unsupported: true }).find((id) => !shown.includes(id));
  return next ? { next: { kind: 'support', supportId: next } } : { none: true };
}

/**
 * "ong tui 76 tuoi bi liet" (round 22): the entry, led by the supports of an age band the ages said reach (agedSupports), each in
 * full: what, basis with its status, where to apply. Was the disability card alone, the pension an old person most likely gets
 * never said.
 */
function agedReferenceAnswer(rules: RuleSet, topic: Extract<Topic, { kind: 'reference' }>, today: string): Reply {
  const form = !topic.brief && topic.entryId === FORMS_ENTRY ? formAnswer(rules, topic.entryId, topic.form, today) : undefined;
  if (form) return form;
  // In brief too, the pensions the ages told reach lead ("ong tui 76 tuoi bi liet": the disability entry is asked in brief).
  if (topic.place !== undefined) return placeUnknownAnswer(rules, topic.entryId, topic.place, today);
  const documents = topic.documents ? entryDocuments(rules, topic.entryId, today) : topic.budget ? entryBudget(rules, topic.entryId, today) : undefined;
  if (documents) return documents;
  const card = topic.brief ? referenceBrief(rules, topic.entryId, today, undefined, topic.recognised, topic.lead) : referenceAnswer(rules, topic.entryId, today, undefined, topic.lead);
  const ages = topic.ages ?? [];
  const fitting = agedSupports(rules, ages, today);
  if (fitting.length === 0) return card;
  const lead = `Người ${ages.join(', ')} tuổi có thể được (theo dữ liệu chính sách, áp dụng ngày ${formatDate(today)}):\n${bullets(fitting.map(describeSupport))}\n\n`;
  return { ...card, spans: [plain(lead), ...card.spans] };
}

/**
 * "muc tieu giam ngheo Ha Noi 2026 2030", "ty le ho ngheo Ca Mau nam 2025" (round 35 staff23; were the country's card alone, or a
 * passage of Hưng Yên's resolution quoted for Cà Mau): that the place's own figure is not in the documents (chưa rõ) and whom to
 * ask leads, then the entry without its own line on the provinces' figures, which the lead says of the place asked.
 */
function placeUnknownAnswer(rules: RuleSet, entryId: string, place: string, today: string): Reply {
  const card = referenceAnswer(rules, entryId, today, (line) => line.status !== 'unknown');
  const lead = `Chỉ tiêu, tỷ lệ hộ nghèo riêng của ${place} không có trong các văn bản trợ lý đang lưu${STATUS_TAGS.unknown}. Bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú. Số liệu và mục tiêu của cả nước:\n\n`;
  return { ...card, spans: [bold(`${upperFirst(place)}:\n`), plain(lead), ...card.spans] };
}

/** The entry that says which form a number is (rules/reference.yaml). */
const FORMS_ENTRY = 'procedure_forms';

/** The numbers of the forms asked ("mẫu số 01", "mau so 4", "mẫu 04"), as the data writes them, by commas ("01,04"); undefined when none is said. */
function formNumbersAsked(words: readonly string[]): string | undefined {
  const numbers: string[] = [];
  for (let at = 0; at < words.length; at += 1) {
    if (words[at] !== 'mau') continue;
    const number = words[at + 1] === 'so' ? words[at + 2] : words[at + 1];
    if (number !== undefined && /^\d{1,2}$/.test(number) && !numbers.includes(number.padStart(2, '0'))) numbers.push(number.padStart(2, '0'));
  }
  return numbers.length > 0 ? numbers.join(',') : undefined;
}

/**
 * "Mẫu số 01 là gì", "hồ sơ đề nghị rà soát gồm mẫu nào" (round 32 outreach19; was the entry's title, then every line, about 1.300
 * characters): the line of the form asked first (every form's line when no number is asked), then what the entry says of every
 * form, not the other form's line; undefined when the data has no line of the number asked (the card says it is not known).
 */
function formAnswer(rules: RuleSet, entryId: string, form: string | undefined, today: string): Reply | undefined {
  const forms = form?.split(',');
  const entry = referenceLines(rules, entryId, today);
  const isForm = (line: (typeof entry.lines)[number]) => /^Mẫu số \d+:/.test(line.text);
  const asked = entry.lines.filter((line) => (forms === undefined ? isForm(line) : forms.some((form) => line.text.startsWith(`Mẫu số ${form}:`))));
  if (asked.length === 0) return undefined;
  const others = entry.lines.filter((line) => !isForm(line));
  return reply([bold(`${asked.map(referenceLine).join('\n')}\n`), plain(bullets(others.map(referenceLine))), checkedLine(entry.checked)], MENU_BUTTONS.slice(1, 2));
}

/**
 * Whether the entry is asked by its `brief` words only (TOPICS.reference[entry].brief): one of them said, and no other phrase of its
 * subject ("ai duyet ho ngheo", not "thẩm quyền … sau khi bỏ cấp huyện").
 */
function askedBriefly(words: readonly string[], entryId: string): boolean {
  const { subject, brief } = TOPICS.reference[entryId]!;
  if (brief === undefined) return false;
  const asks = brief.always ? subject : (brief.asks ?? []);
  return has(words, asks) && !(brief.unless && has(words, brief.unless)) && subject.every((phrase) => asks.includes(phrase) || !has(words, [phrase]));
}

/**
 * How briefly the entry is asked: whether the household is listed by it ("nguoi khuyet tat co dc xet vo ho ngheo ko", `brief.recognised`
 * words with its subject; round 35 short26d: was the whole card, 2.074 characters), by its `brief` words only, or neither.
 */
function briefAsked(words: readonly string[], entryId: string): { brief?: true; recognised?: true } {
  const { subject, brief } = TOPICS.reference[entryId]!;
  if (brief?.recognised && has(words, brief.recognised) && has(words, subject)) return { brief: true, recognised: true };
  return askedBriefly(words, entryId) ? { brief: true } : {};
}

/**
 * A resident's brief question on an entry ("tui tam tru o day co dc xet ho ngheo ko", "ai duyet ho ngheo"; round 27 short9: were
 * the whole cards, 1.724 and 1.436 characters on a phone): the lines that have a `brief` (an entry's, a procedure step's), each
 * with its status and basis, whom to ask, and the typed question that gives the whole card.
 */
function referenceBrief(rules: RuleSet, entryId: string, day: string, more?: string, recognised?: true, lead?: string): Reply {
  const entry = briefLines(rules, entryId, day, recognised);
  return reply([
    bold(`${entry.title}:\n`),
    // Asked whether the household is listed: the answer first, what is not known on one "Chưa rõ" line (round 35 short26d).
    plain(bullets(withAdvice(entry, recognised ? inBrief(entry.lines) : ledBy(entry.lines, lead).map(referenceLine)))),
    // The whole card is one short word away, "chi tiết" (round 29 mend29b: was “rà soát cuối năm 2026 theo chuẩn và quy trình nào”
    // to retype on a phone); the entry's `more` phrase still asks it anew. Mid-check, where "chi tiết" is the check's, the
    // caller gives the phrase to type (`more`: the disabled-member note).
    plain(`\n\nThông tin kiểm tra đến ngày ${formatDate(entry.checked)}. ${WHERE_TO_ASK}\n${more ? `Xem đủ: gõ “${more}”.` : SEE_IN_FULL}`),
  ], MENU_BUTTONS.slice(1, 2));
}

/** Whether households are counted: a number right before "hộ" ("138 hộ", "30 ho"). */
const householdsCounted = (words: readonly string[]): boolean => words.some((word, at) => /^\d+$/u.test(word) && words[at + 1] === 'ho');

/** The entries whose documents are asked by DOCUMENTS_ASKED (their lines name them, dated): the merged programme's. */
const DOCUMENTS_ENTRIES: readonly string[] = ['national_programme'];
/** The entries whose money is asked by BUDGET_ASKED (their lines with `budget`): the programmes 2021–2025 and 2026–2035. */
const BUDGET_ENTRIES: readonly string[] = ['previous_programme', 'national_programme'];

/**
 * "Tổng kinh phí Chương trình 2021–2025 là bao nhiêu", "Kinh phí chương trình MTQG 2026–2035 bao nhiêu?" (round 45 cadre48; the
 * 2026–2035 card was 2.104 characters, its budget third): the entry's lines as said of money (`budget`), those known first, each
 * with its status and basis; the whole card one "chi tiết" away. Undefined when no line has one.
 */
function entryBudget(rules: RuleSet, entryId: string, day: string): Reply | undefined {
  const entry = referenceLines(rules, entryId, day);
  const money = entry.lines.flatMap((line) => ('budget' in line && line.budget !== undefined ? [{ ...line, text: line.budget === true ? line.text : line.budget }] : []));
  if (money.length === 0) return undefined;
  // The amounts first (round 45 cadre48: a cadre reads them on a phone), then what else is known, then what is not.
  const rank = (line: (typeof money)[number]) => (line.status === 'unknown' ? 2 : /\d\s*(?:tỷ |triệu |nghìn )?đồng/u.test(line.text) ? 0 : 1);
  const ordered = [...money].sort((one, other) => rank(one) - rank(other));
  return reply([
    bold(`${entry.title}:\n`),
    plain(bullets(ordered.map(referenceLine))),
    plain(`\n\nThông tin kiểm tra đến ngày ${formatDate(entry.checked)}. ${WHERE_TO_ASK}\n${SEE_IN_FULL}`),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * "Chương trình MTQG giảm nghèo 2026–2030 gồm những văn bản nào", "phê duyệt theo văn bản nào?" after the programme's card (round 43
 * cadre45; were a search snippet without Nghị quyết 424/NQ-CP, and "ngoài phạm vi" or the 2.047-character card): the entry's lines
 * that name a document they are based on (NQ 257/2025/QH15 and QĐ 417/QĐ-BNNMT, NQ 424/NQ-CP), each with its status and basis, in
 * the entry's order; the whole card one "chi tiết" away. Undefined when no line names its own basis.
 */
function entryDocuments(rules: RuleSet, entryId: string, day: string): Reply | undefined {
  const entry = referenceLines(rules, entryId, day);
  const own = entry.lines.filter((line) => line.basis.split(';').some((basis) => line.text.includes(basis.replace(/\s*\(.*$/u, '').trim())));
  if (own.length === 0) return undefined;
  return reply([
    bold(`Văn bản về ${lowerFirst(entry.title)}:\n`),
    plain(bullets(own.map(referenceLine))),
    plain(`\n\nThông tin kiểm tra đến ngày ${formatDate(entry.checked)}. ${WHERE_TO_ASK}\n${SEE_IN_FULL}`),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * "phê duyệt theo văn bản nào?" right after the programme's card (round 43 cadre45; was "ngoài phạm vi"): a short question on
 * documents, nothing else read, after an entry of DOCUMENTS_ENTRIES is its documents (entryDocuments); undefined otherwise.
 */
export function documentsAfterEntry(rules: RuleSet, message: string | ReadMessage, last: Topic | undefined, today: string): Reply | undefined {
  if (last?.kind !== 'reference') return undefined;
  const { words } = readMessage(message);
  if (!has(words, DOCUMENTS_ASKED)) return undefined;
  if (DOCUMENTS_ENTRIES.includes(last.entryId)) return words.length <= SHORT_FOLLOW_UP_WORDS ? entryDocuments(rules, last.entryId, today) : undefined;
  // The subject named takes words of its own ("phân định thẩm quyền").
  return words.length <= SUBJECT_DOCUMENTS_WORDS ? documentsOfSubject(rules, words, last.entryId, today) : undefined;
}

/** The most words of a documents question naming their subject after an entry (documentsOfSubject). */
const SUBJECT_DOCUMENTS_WORDS = 12;

/**
 * "Văn bản nào quy định phân định thẩm quyền mới?" right after an entry (round 44 mend47a: after recognition_authority, was "ngoài
 * phạm vi"): the documents its lines are based on whose subject (rules/documents.yaml `about`) the question names (two words of it
 * in a row), each with its days and status, then what the entry does not know of them on one "Chưa rõ" line; undefined when the
 * question names the subject of none.
 */
function documentsOfSubject(rules: RuleSet, words: readonly string[], entryId: string, day: string): Reply | undefined {
  const entry = referenceLines(rules, entryId, day);
  const cited = new Set(entry.lines.flatMap((line) => line.basis.split(';').map((basis) => basis.replace(/\s*\(.*$/u, '').trim())));
  const rest = withoutPhrases([...words], DOCUMENTS_ASKED);
  const pairs = rest.slice(1).map((word, at) => ` ${rest[at]} ${word} `);
  const named = rules.documents.filter((document) => cited.has(document.document) && document.about !== undefined && pairs.some((pair) => ` ${fold(document.about!)} `.includes(pair)));
  if (named.length === 0) return undefined;
  const said = named.map((document) => {
    const days = [document.signed && `ký ngày ${formatDate(document.signed)}`, document.inForce === 'unknown' ? 'ngày có hiệu lực chưa rõ' : document.inForce && `có hiệu lực từ ${formatDate(document.inForce)}`];
    return `${document.document}: ${document.about!}; ${days.filter(Boolean).join(', ')} (${STATUS_LABELS[document.status]}).`;
  });
  const unknown = entry.lines.filter((line) => line.status === 'unknown' && named.some((document) => line.basis.includes(document.document)));
  return reply([
    bold('Văn bản quy định việc bạn hỏi (theo dữ liệu của trợ lý):\n'),
    plain(bullets([...said, ...notKnownLine(unknown.map((line) => line.text), unknown)])),
    checkedLine(entry.checked),
  ], MENU_BUTTONS.slice(1, 2));
}

/**
 * What the data does not hold, named together on one line (round 35 short26b): "Chưa rõ: …; …." with the bases that are
 * documents ("Không có văn bản về việc này …" is none: "Chưa rõ" says as much); none when nothing is unknown.
 */
function notKnownLine(subjects: readonly string[], lines: readonly { basis: string }[]): string[] {
  if (subjects.length === 0) return [];
  const bases = [...new Set(lines.map((line) => line.basis).filter((basis) => !/^Không có văn bản/u.test(basis)))];
  return [`${upperFirst(STATUS_LABELS.unknown)}: ${subjects.map((subject) => lowerFirst(subject.replace(/\.$/u, ''))).join('; ')}.${bases.length > 0 ? ` Căn cứ: ${bases.join('; ')}.` : ''}`];
}

/** An entry's lines in brief (briefLines): those the data holds each with status and basis, those it does not on one line. */
function inBrief(lines: ReturnType<typeof briefLines>['lines']): string[] {
  const unknown = lines.filter((line) => line.status === 'unknown');
  return [...lines.filter((line) => line.status !== 'unknown').map(referenceLine), ...notKnownLine(unknown.map((line) => line.text), unknown)];
}

/**
 * An entry said before the card asked ("ong xa tui nam 1 cho, lam the bhyt o dau", "me tui bi ung thu, ho can ngheo dc bhyt bn
 * phan tram": the sick_member lines; round 35 short26b, were its lines in full before the card, 2.105 and 1.797 characters on a
 * phone): its lines that have a `brief`, those the data holds each with status and basis, those it does not on one "Chưa rõ"
 * line with their basis when there is one, then the checked line and whom to ask (one in the answer, oneCheckedLine); no
 * buttons, the card's follow.
 */
export function entryAhead(rules: RuleSet, entryId: string, day: string): Reply {
  const entry = briefLines(rules, entryId, day);
  return reply([
    bold(`${entry.title}:\n`),
    plain(bullets(inBrief(entry.lines))),
    checkedLine(entry.checked),
  ]);
}

/**
 * "me tui bi khuyet tat" told during the household check (round 29 mend29d; was the whole disabled_member entry, ~900 characters
 * with a "Căn cứ: Không có văn bản …" line): its lines that have a `brief`, with status and basis, and the question that gives
 * the disability card beside the check.
 */
export function disabledMemberNote(rules: RuleSet, day: string): Reply {
  return referenceBrief(rules, DISABLED_MEMBER_ENTRY, day, TOPICS.disabledMember.more);
}

/**
 * The lines of an entry that have a `brief` (its own, its procedure steps'), each worded as its brief: what a resident's brief
 * question is shown (referenceBrief), and what a rewrite of that answer starts from ("ko hieu j het" after it, short.ts).
 */
export function briefLines(rules: RuleSet, entryId: string, day: string, recognised?: true) {
  const entry = referenceLines(rules, entryId, day);
  // A procedure step the data does not know (this year's schedule) is said in brief as the procedure's own brief says it
  // (procedureAnswer), when the entry's own brief says nothing unknown: one "chưa rõ" for the entry and its steps (round 41
  // cadre41: cadre_visit said it twice in its card, once by a line of its own).
  const ownUnknown = entry.lines.some((line) => !('about' in line) && line.brief !== undefined && line.status === 'unknown');
  const said = (line: (typeof entry.lines)[number]) =>
    recognised ? ('recognised' in line ? line.recognised : undefined) : line.brief === true ? line.text : (line.brief ?? ('about' in line && line.status === 'unknown' && !ownUnknown ? line.text : undefined));
  const lines = entry.lines.flatMap((line) => { const text = said(line); return text === undefined ? [] : [{ ...line, text }]; });
  // The advice that has a `brief`, worded so (a scam's warning, round 40 fix40); the assistant's own ways are short, said too.
  const advice = entry.advice.flatMap((one) => (one.brief === undefined ? [] : [{ ...one, text: one.brief === true ? one.text : one.brief }]));
  // Asked whether the household is listed: the lines the brief does not say (the answer to that) first, then the brief's.
  return { ...entry, advice, lines: recognised ? [...lines.filter((line) => line.brief === undefined), ...lines.filter((line) => line.brief !== undefined)] : lines };
}

/** An entry's lines with those of the support `lead` first ("con tui 4 tuoi di hoc mau giao …": the lunch line). */
function ledBy<Line extends object>(lines: readonly Line[], lead: string | undefined): Line[] {
  const leads = (line: Line) => lead !== undefined && 'support' in line && line.support === lead;
  return [...lines.filter(leads), ...lines.filter((line) => !leads(line))];
}

/**
 * An entry of rules/reference.yaml: each line with its status and basis (those `shown`, all when none is), those of the support
 * `lead` first, then where to ask.
 */
export function referenceAnswer(
  rules: RuleSet,
  entryId: string,
  day: string,
  shown: (line: ReturnType<typeof referenceLines>['lines'][number]) => boolean = () => true,
  lead?: string,
): Reply {
  const entry = referenceLines(rules, entryId, day);
  const kept = entry.lines.filter(shown);
  const lines = ledBy(kept, lead);
  // What is no policy fact (advice, the assistant's own ways) around the lines, with no status (withAdvice).
  const said = bullets(withAdvice(entry, (lines.length > 0 ? lines : entry.lines).map(referenceLine)));
  // Whom to ask once: not again after a line naming the cadre (round 44 resid50: "lam ho so ho ngheo co mat tien ko").
  return reply([bold(`${entry.title}:\n`), plain(said), checkedLine(entry.checked, said.includes(CADRE_NAMED))], MENU_BUTTONS.slice(1, 2));
}

const CHECKED_LEAD = '\n\nThông tin kiểm tra đến ngày ';
/** A line naming the cadre ("bạn báo cán bộ phụ trách giảm nghèo hoặc lãnh đạo UBND cấp xã"): whom to ask is said. */
const CADRE_NAMED = 'cán bộ phụ trách giảm nghèo';
/** "Thông tin kiểm tra đến ngày …" and whom to ask: the end of an entry's answer, one in a reply (oneCheckedLine). */
function checkedLine(checked: string, asked = false): Span {
  return plain(`${CHECKED_LEAD}${formatDate(checked)}.${asked ? '' : ` ${WHERE_TO_ASK}`}`);
}

/**
 * Entries answered together ("ba tui om nang, lam sao de khong dong y ket qua ra soat": the sick_member lines, then the entry
 * asked): the checked line once, at the end, with the oldest date of those said (referenceLines' rule; round 27: was said after
 * each, then the last one's).
 */
export function oneCheckedLine(replies: Reply[]): Reply[] {
  const said = (span: Span) => span.text.startsWith(CHECKED_LEAD);
  const last = replies.findLastIndex((one) => one.spans.some(said));
  // dd/MM/yyyy read as yyyyMMdd, so the oldest sorts first.
  const day = (span: Span) => span.text.slice(CHECKED_LEAD.length, CHECKED_LEAD.length + 10).split('/').reverse().join('');
  const oldest = replies.flatMap((one) => one.spans.filter(said)).sort((a, b) => day(a).localeCompare(day(b)))[0];
  return replies.map((one, at) => {
    if (at < last) return { ...one, spans: one.spans.filter((span) => !said(span)) };
    return at === last && oldest ? { ...one, spans: one.spans.map((span) => (said(span) ? oldest : span)) } : one;
  });
}

/**
 * Whether something counts as a deprivation: the indicator of the standard in force on the day (an
 * indicator that takes another's words where both count, such as digital_services over telecom, wins),
 * when the household is deprived in it, its basis, and plainly when its threshold is not known.
 */
/** An indicator as the standard of `day` words it: its name, service and status, when it is deprived, its basis, its threshold's state. */
function indicatorSpans(indicator: ReturnType<typeof indicatorsFor>[number], day: string, brief = false): Span[] {
  // The same label as /chuan gives the indicator: "(chưa rõ)" when its content is not known, "(tham khảo)" when reported.
  // `brief`: its rule alone, the basis said once below all (indicatorAnswer).
  const spans = [
    bold(`\n${indicator.name} (${indicator.service})${STATUS_TAGS[indicator.status]}: `),
    plain(
      brief
        ? `bị tính là thiếu hụt khi: ${lowerFirst(indicator.legalSummary)}`
        : `bị tính là thiếu hụt khi: ${lowerFirst(indicator.legalSummary)}${indicator.counts ? ` ${indicator.counts}` : ''} Căn cứ: ${cited(indicator.reference, indicator.referenceStatus)}.`,
    ),
  ];
  // 2027: NĐ 07/2021's threshold, kept by a draft: said so, with the official one unknown (rules data, thresholdsNote).
  if (indicator.thresholdsNote) spans.push(plain(` Năm ${day.slice(0, 4)}: ${indicator.thresholdsNote}; ${lowerFirst(WHERE_TO_ASK)}`));
  // "tu 2027 ko co internet co bi tinh thieu ko" (round 40 resid40): "chưa rõ" with whom to ask (was "UBND cấp xã rà soát" alone).
  if (!indicator.thresholdKnown) {
    spans.push(plain(` Ngưỡng thiếu hụt của chỉ số này chưa rõ (chưa được công bố hoặc chưa được kiểm tra): kết quả phụ thuộc vào nó là chưa xác định; bạn hỏi ${POVERTY_CADRE} nơi hộ cư trú.`));
  }
  return spans;
}

/**
 * `brief` (round 41 law35: "ko co dien thoai" while the consent question waits, was 1.751 characters with it): each indicator's
 * rule without its remarks, their bases once, what the coming standard does to each, no closing paragraph.
 */
export function indicatorAnswer(rules: RuleSet, said: Extract<Topic, { kind: 'indicator' }>, today: string, brief = false): Reply {
  const topic = codedTopic(rules, said, today) as Extract<Topic, { kind: 'indicator' }>;
  // The indicators of the standard of `day` named, or continuing one named ("nam 2027 ko co dien thoai": telecom's content is
  // digital_services' in 2027, its `continues`; was "không có chỉ số “Sử dụng dịch vụ viễn thông”", as if not counted at all).
  const continuesOn = (day: string): Partial<Record<string, string>> => standardInForce(rules, day).standard.indicators.continues ?? {};
  const shownOn = (day: string) => {
    const continues = continuesOn(day);
    const named = indicatorsFor(rules, day).filter((indicator) => [indicator.id, continues[indicator.id]].some((id) => id !== undefined && topic.indicatorIds.includes(id)));
    return named.filter((indicator) => !named.some((other) => DEPRIVATION_WORDS[other.id]?.overrides?.includes(indicator.id)));
  };
  // "chi so rac thai la gi", no year asked, a new standard starting soon (the window of the changes the cards announce): an
  // indicator only that standard has is its, said to start then.
  const next = topic.year === undefined && shownOn(today).length === 0 && newStandardSoon(rules, today) ? nextStandardAfter(rules, today) : undefined;
  const comingShown = next ? shownOn(next.validFrom) : [];
  const day = comingShown.length > 0 ? next!.validFrom : dayForYear(topic.year, today);
  const shown = comingShown.length > 0 ? comingShown : shownOn(day);
  const spans: Span[] = [];
  const asked = topic.withoutSupport === undefined ? undefined : TOPICS.withoutSupport[topic.withoutSupport];
  if (asked) {
    spans.push(
      plain(
        `Dữ liệu chính sách của trợ lý không có khoản hỗ trợ ${asked.label} chung cả nước cho hộ nghèo, hộ cận nghèo, nên mình không nêu mức tiền nào. ` +
          `Địa phương có thể có hỗ trợ riêng: ${lowerFirst(WHERE_TO_ASK)}\n` +
          'Điều dữ liệu có là chỉ số thiếu hụt trong chuẩn nghèo:\n\n',
      ),
    );
  }
  // "năm 2027": the year asked, not the day that stands for it (dayForYear's 1 July).
  const when = day === today ? `ngày ${formatDate(day)}` : `năm ${day.slice(0, 4)}`;
  // This year asked (round 46 cadre50): the year, and the standard of that year with its basis and last day, lead.
  const ofYear = topic.year !== undefined && day === today ? describeStandard(rules, today) : undefined;
  const heading = ofYear ? `năm ${today.slice(0, 4)}, đến ${formatDate(ofYear.validTo)}, theo ${cited(ofYear.document, ofYear.status, ofYear.bands.map((band) => band.status))}` : when;
  spans.push(bold(`Chỉ số thiếu hụt theo chuẩn nghèo áp dụng ${heading}:\n`));
  if (comingShown.length > 0) {
    const names = comingShown.map((indicator) => `“${indicator.name}”`).join(', ');
    const standard = describeStandard(rules, next!.validFrom);
    spans.push(
      plain(
        `Chuẩn nghèo áp dụng hôm nay, ${formatDate(today)}, chưa có chỉ số ${names}. Chỉ số này có trong ${lowerFirst(next!.title)}${STATUS_TAGS[standard.status]}, ` +
          `áp dụng từ ${formatDate(next!.validFrom)} (${next!.document}):\n`,
      ),
    );
  }
  // Of those named, the ones the standard of the day neither has nor continues ("nam 2027 ko co dien thoai": the means of getting
  // information, dropped from 2027), said not counted, beside those it has (was said only when it had none of them).
  const continues = continuesOn(day);
  // Not one that continues an indicator said (digital_services read from "mang" in 2026 beside telecom).
  const successors = rules.standards.map((standard): Partial<Record<string, string>> => standard.indicators.continues ?? {});
  const absent = topic.indicatorIds.filter(
    (id) => !shown.some((indicator) => indicator.id === id || continues[indicator.id] === id || successors.some((later) => later[id] === indicator.id)),
  );
  if (absent.length > 0) {
    const names = absent.map((id) => `“${rules.indicatorById.get(id)?.name ?? id}”`).join(', ');
    // With the status of that standard's list (round 42: "nam 2027 tv radio ko co" said the 2027 removal, reported, untagged).
    const status = STATUS_TAGS[describeStandard(rules, day).status];
    spans.push(plain(`Chuẩn nghèo áp dụng ${when} không có chỉ số ${names}${status}, nên điều này không được tính là thiếu hụt vào ngày đó. ${WHERE_TO_ASK}`));
  }
  // "nha ko co tivi, qua nam 2027 tinh sao" (round 43 resid47; was an explainer's quote): an indicator the later year's standard
  // drops is said as it counts until then, and what that standard has in the same group instead (each with its status).
  const untilThen = day > today ? indicatorsFor(rules, today).filter((indicator) => absent.includes(indicator.id)) : [];
  if (untilThen.length > 0) {
    const now = describeStandard(rules, today);
    spans.push(bold(`\n\nĐến hết ${formatDate(now.validTo)}, theo ${now.document}:`));
    for (const indicator of untilThen) spans.push(...indicatorSpans(indicator, today, true));
    const instead = indicatorsFor(rules, day).filter((other) => untilThen.some((indicator) => indicator.service === other.service) && !shown.includes(other));
    const groups = [...new Set(untilThen.map((indicator) => indicator.service))].join(', ');
    if (instead.length > 0) {
      // A threshold not published is said "chưa rõ" in place of its status tag (whom to ask is said above, WHERE_TO_ASK).
      const names = instead.map((indicator) => `“${indicator.name}”${indicator.thresholdKnown ? STATUS_TAGS[indicator.status] : ' (ngưỡng thiếu hụt chưa rõ)'}`).join(', ');
      spans.push(plain(`\nNăm ${day.slice(0, 4)}, nhóm ${groups} có ${names}.`));
    }
  }
  for (const indicator of shown) {
    const earlier = continues[indicator.id];
    if (earlier !== undefined && topic.indicatorIds.includes(earlier) && !topic.indicatorIds.includes(indicator.id)) {
      spans.push(plain(`\n“${rules.indicatorById.get(earlier)?.name ?? earlier}” được nêu là “${indicator.name}”${STATUS_TAGS[indicator.status]}:`));
    }
    spans.push(...indicatorSpans(indicator, day, brief));
  }
  if (brief) spans.push(plain(`\nCăn cứ: ${[...new Set(shown.map((indicator) => cited(indicator.reference, indicator.referenceStatus)))].join('; ')}.`));
  // "xai zalo co tinh la co internet ko", "ko co dien thoai thong minh thi sao" in December 2026: today's indicator is said, and
  // what becomes of it in the standard starting soon (dropped, or its content under another indicator whose threshold is unknown).
  const soon = comingShown.length === 0 && day === today && newStandardSoon(rules, today) ? nextStandardAfter(rules, today) : undefined;
  if (soon) {
    const later = indicatorsFor(rules, soon.validFrom);
    const continues = soon.indicators.continues ?? {};
    // "Tiêu chí nước sinh hoạt và nhà tiêu hợp vệ sinh áp dụng năm 2026 thế nào?" (round 46 cadre50; was this year's wording alone):
    // this year asked, an indicator the coming standard keeps is said by period too (its group there, its threshold's state), and
    // what that standard adds to the same group.
    const yearAsked = topic.year !== undefined;
    const kept = yearAsked ? later.filter((other) => shown.some((indicator) => indicator.id === other.id)) : [];
    // Said once for all of them when they share it (the list's note on thresholds kept from 2022–2025).
    const thresholds = [...new Set(kept.map((other) => (other.thresholdKnown ? (other.thresholdsNote ?? '') : 'ngưỡng thiếu hụt chưa rõ')))].filter(Boolean);
    const laterLines = shown.flatMap((indicator) => {
      if (later.some((other) => other.id === indicator.id)) return [];
      const successor = later.find((other) => continues[other.id] === indicator.id);
      return [
        successor
          ? `“${indicator.name}” được nêu là “${successor.name}”${STATUS_TAGS[successor.status]}${brief && !successor.thresholdKnown ? '; ngưỡng thiếu hụt chưa rõ.' : `: ${lowerFirst(successor.counts ?? successor.legalSummary)}`}`
          : `Bỏ chỉ số “${indicator.name}”${STATUS_TAGS[soon.indicators.status]}.`,
      ];
    });
    const added = yearAsked ? later.filter((other) => !indicatorsFor(rules, today).some((indicator) => indicator.id === other.id || continues[other.id] === indicator.id) && shown.some((indicator) => indicator.service === other.service)) : [];
    if (kept.length > 0) laterLines.unshift(`${kept.map((other) => `“${other.name}”`).join(', ')} vẫn có trong danh sách${STATUS_TAGS[soon.indicators.status]}${thresholds.length > 0 ? `; ${thresholds.join('; ')}` : ''}.`);
    laterLines.push(...added.map((other) => `Thêm “${other.name}”${other.thresholdKnown ? STATUS_TAGS[other.status] : ' (ngưỡng thiếu hụt chưa rõ)'}.`));
    if (laterLines.length > 0) {
      spans.push(bold(`\n\nTừ ${formatDate(soon.validFrom)} (${lowerFirst(soon.title)}, ${soon.document}):\n`));
      spans.push(plain(bullets(laterLines)));
    }
  }
  if (brief) return reply([...spans, plain(`\n${WHERE_TO_ASK}`)]);
  spans.push(plain('\n\nHộ có thu nhập từ chuẩn nghèo trở xuống và thiếu hụt từ 3 chỉ số trở lên là hộ nghèo, dưới 3 chỉ số là hộ cận nghèo. Muốn kiểm tra một hộ theo các chỉ số này, bấm “Kiểm tra hộ gia đình”.'));
  return reply(spans, MENU_BUTTONS.slice(1, 2));
}

// ---------- rules answers as button data and share links ----------

/** Area codes of a standard answer's code (`s-u`, `s2027-r`). */
const AREA_CODES: Record<'rural' | 'urban', string> = { rural: 'r', urban: 'u' };
/** Class codes in button data and links (one letter each). */
const CLASS_CODES: Record<AskedClass, string> = { poor: 'p', near_poor: 'n', newly_escaped: 'e', middle: 'm' };
/** Every class a support is listed for (CLASS_CODES' keys). */
const ALL_CLASSES = Object.keys(CLASS_CODES) as AskedClass[];
/** The class a support topic names, or every class when it names none. */
function classesOf(topic: { classification?: AskedClass }): AskedClass[] {
  return topic.classification ? [topic.classification] : ALL_CLASSES;
}
/**
 * `sk` (the standards compared), `s`, `s2027`, `s20261231` (a day), each with `c` when the changes lead, `f` when the figures are asked (`fm`: of hộ có mức sống trung bình) and `-r`/`-u` for an area named, `p[-<asked>][-y2027]` (a year other than today's asked: its schedule and the year said, procedureAnswer), `u-<support id>[-<class>][-g<group>][-a]` (`-a`: the allowance kept beside a pension, `unsupported`), `i-<indicator id>[-<indicator id>…][-y2027]`, `l[-<asset, _ for spaces>]`,
 * `f-<reference entry id>`, `n-<notInData key>`: only [A-Za-z0-9_-], as a Telegram deep link allows.
 */
const TOPIC_CODE = /^(?:sk|s(?:(\d{4})(\d{4})?(?:t(\d{4}))?)?(c)?(w)?(?:(f)(m)?)?(?:-([ru]))?|p(w)?(?:-([a-z_]{1,20}))?(?:-y(\d{4}))?|u-([a-z_]{1,40})(?:-([pnem]))?(?:-g([a-z_]{1,30}))?(-a)?|i-([a-z_]{1,30}(?:-[a-z_]{1,30}){0,2})(?:-y(\d{4}))?|l(?:-([a-z_]{1,30}))?|f-([a-z_]{1,40})|n-([a-z_]{1,30}))$/;

/** The figures a correction leading an answer says are wrong, after its topic's code: `-x60000000`, `-x40000000_60000000`. */
const CLAIM_SUFFIX = /-x(\d{5,12}(?:_\d{5,12})?)$/;
/** The longest code written with its figures (a share link's payload is at most 32 characters, `r-` before it). */
const CLAIM_CODE_MAX = 30;

/**
 * A rules answer led by a correction ("Không đúng: … 60.000.000 đồng …"): its topic's code and the (at most two) figures corrected,
 * `u-housing-p-x60000000`, so that a shorter text of it and its share link lead with the same correction (claimedFigures). Figures
 * of a rumour are no personal data. A code too long for a share link with them is written without them.
 */
export function claimCode(code: string, figures: readonly number[] | undefined): string {
  if (!figures || figures.length === 0) return code;
  const claimed = `${code}-x${figures.slice(0, 2).join('_')}`;
  return claimed.length <= CLAIM_CODE_MAX ? claimed : code;
}

/** The figures corrected that an answer's code carries (claimCode); none for a plain topic. */
export function claimedFigures(code: string): number[] {
  return CLAIM_SUFFIX.exec(withoutProvinceCode(code))?.[1]!.split('_').map(Number) ?? [];
}

/**
 * The province whose lead an answer had (its merger line, its own standard, or that none is known: core.ts provinceCard), at
 * the end of its code ("sf-Pquang_nam"), so its "Chia sẻ" link opens with the same lead (round 36 staff24; was the national
 * card alone). Codes are lower case: "P" starts no other part.
 */
const PROVINCE_SUFFIX = /-P([a-z]+(?:_[a-z]+)*)$/;
export const withProvinceCode = (code: string, province: string): string => `${withoutProvinceCode(code)}-P${provinceKey(province).replace(/ /g, '_')}`;
/** An answer's code without the province it carries (withProvinceCode). */
export const withoutProvinceCode = (code: string): string => code.replace(PROVINCE_SUFFIX, '');
/** The province an answer's code carries (withProvinceCode), as its key ("quang nam"); undefined for none. */
export const provinceOfCode = (code: string): string | undefined => PROVINCE_SUFFIX.exec(code)?.[1]!.replace(/_/g, ' ');

/**
 * A rules answer written into button data, share links and the session (`last`): short, readable, nothing about the
 * person. A support's ages said are not written (see codedTopic).
 */
/** The code of "why was my household not recognised" in a losing topic's place of an asset (no asset key has it: assets have spaces as "_", never this word). */
const NOT_RECOGNISED_CODE = 'chuaxet';
/** The code of another household on the list though better off, in the same place (round 41 mend41c). */
const OTHER_HOUSEHOLD_CODE = 'hangxom';

export function topicCode(topic: Topic): string {
  if (topic.kind === 'standard') {
    if (topic.compare) return 'sk';
    if (topic.over && topic.year === undefined) return topicCode({ ...topic, over: undefined, year: topic.over.from, until: topic.over.to });
    return `s${topic.date?.replace(/-/g, '') ?? topic.year ?? ''}${topic.until !== undefined && topic.date === undefined ? `t${topic.until}` : ''}${topic.change ? 'c' : ''}${topic.post ? 'w' : ''}${topic.figures ? 'f' : ''}${topic.figures && topic.middle ? 'm' : ''}${topic.area ? `-${AREA_CODES[topic.area]}` : ''}`;
  }
  if (topic.kind === 'procedure') return `p${topic.post ? 'w' : ''}${topic.about ? `-${topic.about}` : ''}${topic.year !== undefined ? `-y${topic.year}` : ''}`;
  if (topic.kind === 'reference') return `f-${topic.entryId}`;
  if (topic.kind === 'indicator') return `i-${topic.indicatorIds.slice(0, 3).join('-')}${topic.year ? `-y${topic.year}` : ''}`;
  if (topic.kind === 'losing') return `l${topic.asset ? `-${topic.asset.replace(/ /g, '_')}` : topic.notRecognised ? `-${NOT_RECOGNISED_CODE}` : topic.other ? `-${OTHER_HOUSEHOLD_CODE}` : ''}`;
  if (topic.kind === 'notInData') return `n-${topic.subject}`;
  return `u-${topic.supportId}${topic.classification ? `-${CLASS_CODES[topic.classification]}` : ''}${topic.group ? `-g${topic.group}` : ''}${supportsKept(topic).length > 1 ? '-a' : ''}`;
}

/**
 * The topic a code keeps: a support asked with ages ("ông nội tui 76 tuổi") is kept as the support those ages put first
 * (supportsShown), without the ages, so no figure the person typed reaches a button, a share link or the stored session.
 */
export function codedTopic(rules: RuleSet, topic: Topic, today: string): Topic {
  if (topic.kind === 'indicator') return byAgesTold(rules, comingYear(rules, topic, today), today);
  if (topic.kind === 'standard') return comingYear(rules, topic, today);
  if (topic.kind === 'reference' && (topic.ages !== undefined || topic.brief || topic.lead !== undefined || topic.form !== undefined || topic.place !== undefined)) return { kind: 'reference', entryId: topic.entryId };
  if (topic.kind !== 'support' || topic.ages === undefined) return topic;
  const { ages: _, unsupported, ...rest } = topic;
  // The pension and the monthly allowance said in brief (supportBriefly) keep the allowance too, of any class or none: "chi tiết"
  // gives the whole card of both (round 34 short24: "ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j" then "chi tiet" gave
  // the pensions alone).
  const kept = (unsupported === true && topic.classification === 'poor') || supportBriefly(rules, topic, today);
  return { ...rest, supportId: supportsShown(rules, topic, today)[0]!, ...(kept ? { unsupported: true } : {}) };
}

/**
 * "chuẩn mới" is the coming standard when the data has one after today (its first year), else today's. What changes with it
 * ("chuẩn mới bỏ chỉ số nào") keeps no year: today's standard, the changes and the coming card answer it. The same for an
 * indicator asked of "chuẩn mới" ("xử lý rác thải là chỉ số gì trong chuẩn nghèo mới").
 */
function comingYear<T extends Extract<Topic, { kind: 'standard' | 'indicator' }>>(rules: RuleSet, topic: T, today: string): Omit<T, 'coming'> {
  const { coming, ...rest } = topic;
  const next = coming && !('change' in topic && topic.change) ? nextStandardAfter(rules, today) : undefined;
  return next ? { ...rest, year: Number(next.validFrom.slice(0, 4)) } : rest;
}

/** The rules answer a code names, or undefined for anything else (a stale support id, a year out of range, a stored share token). */
export function topicFromCode(coded: string, rules: RuleSet): Topic | undefined {
  const code = withoutProvinceCode(coded);
  const match = TOPIC_CODE.exec(code.replace(CLAIM_SUFFIX, ''));
  if (!match) return undefined;
  const [, year, monthDay, until, change, indicatorsPost, figures, middle, areaCode, post, about, procedureYear, supportId, classCode, groupId, allowanceKept, indicatorList, indicatorYear, assetCode, entryId, notInData] = match;
  if (notInData !== undefined) return Object.hasOwn(TOPICS.notInData, notInData) ? { kind: 'notInData', subject: notInData } : undefined;
  if (entryId !== undefined) return rules.reference.some((entry) => entry.id === entryId) ? { kind: 'reference', entryId } : undefined;
  if (code.startsWith('l')) {
    if (assetCode === NOT_RECOGNISED_CODE) return { kind: 'losing', notRecognised: true };
    if (assetCode === OTHER_HOUSEHOLD_CODE) return { kind: 'losing', other: true };
    const asset = assetCode?.replace(/_/g, ' ');
    if (asset !== undefined && !Object.hasOwn(TOPICS.losing.assets, asset)) return undefined;
    return { kind: 'losing', ...(asset !== undefined ? { asset } : {}) };
  }
  if (indicatorList !== undefined) {
    const indicatorIds = indicatorList.split('-');
    const asked = indicatorYear === undefined ? undefined : Number(indicatorYear);
    if (!indicatorIds.every((id) => rules.indicatorById.has(id)) || (asked !== undefined && (asked < 2016 || asked > 2100))) return undefined;
    return { kind: 'indicator', indicatorIds, ...(asked !== undefined ? { year: asked } : {}) };
  }
  if (code === 'sk') return { kind: 'standard', compare: true };
  if (code.startsWith('s')) {
    const area = (Object.keys(AREA_CODES) as ('rural' | 'urban')[]).find((key) => AREA_CODES[key] === areaCode);
    const changes = { ...(change ? { change: true } : {}), ...(indicatorsPost ? { post: true as const } : {}), ...(figures ? { figures: true } : {}), ...(middle ? { middle: true } : {}), ...(area ? { area } : {}) };
    if (!year) return { kind: 'standard', ...changes };
    const value = Number(year);
    if (value < YEARS_ASKABLE.from || value > YEARS_ASKABLE.to) return undefined;
    if (until !== undefined) return Number(until) > value && Number(until) <= YEARS_ASKABLE.to && monthDay === undefined ? { kind: 'standard', year: value, until: Number(until), ...changes } : undefined;
    if (monthDay === undefined) return { kind: 'standard', year: value, ...changes };
    const date = `${year}-${monthDay.slice(0, 2)}-${monthDay.slice(2)}`;
    return isIsoDate(date) ? { kind: 'standard', year: value, date, ...changes } : undefined;
  }
  if (code.startsWith('p')) {
    if (about !== undefined && !Object.hasOwn(TOPICS.procedureAsks, about)) return undefined;
    const asked = procedureYear === undefined ? undefined : Number(procedureYear);
    if (asked !== undefined && (asked < YEARS_ASKABLE.from || asked > YEARS_ASKABLE.to)) return undefined;
    return { kind: 'procedure', ...(about !== undefined ? { about } : {}), ...(asked !== undefined ? { year: asked } : {}), ...(post ? { post: true as const } : {}) };
  }
  if (supportById(rules, supportId) === undefined) return undefined;
  const classification = ALL_CLASSES.find((key) => CLASS_CODES[key] === classCode);
  if (groupId !== undefined && !Object.hasOwn(TOPICS.groupsWithoutRule, groupId)) return undefined;
  const topic = { kind: 'support', supportId: supportId!, ...(classification ? { classification } : {}), ...(groupId ? { group: groupId } : {}) } as const;
  if (allowanceKept === undefined) return topic;
  const kept = { ...topic, unsupported: true };
  return supportsKept(kept).length > 1 ? kept : undefined;
}

/** The code of the card behind an answer: a standard's figures ("bn") are a short form of its card. */
export function cardCode(code: string, rules: RuleSet): string {
  const topic = topicFromCode(code, rules);
  // The procedure with what is asked first ("can giay to j": its papers step) is the same card in another order.
  if (topic?.kind === 'procedure') return topicCode({ kind: 'procedure' });
  if (topic?.kind !== 'standard' || !topic.figures) return code;
  const { figures: _, ...card } = topic;
  return topicCode(card);
}

/** Prefix of a share link's payload that carries a rules answer (stored share tokens are random, and never decode as a topic). */
export const RULES_SHARE_PREFIX = 'r-';

/** What a "Báo sai" on a rules answer is about, for the person and for the cadre reading the report. */
export function topicSubject(rules: RuleSet, topic: Topic): string {
  if (topic.kind === 'standard') {
    const period = topic.over ?? (topic.year && topic.until ? { from: topic.year, to: topic.until } : undefined);
    return `chuẩn nghèo${topic.date ? ` ngày ${formatDate(topic.date)}` : period ? ` giai đoạn ${period.from}–${period.to}` : topic.year ? ` năm ${topic.year}` : ''}`;
  }
  if (topic.kind === 'procedure') return `thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo${topic.year ? ` (năm ${topic.year})` : ''}`;
  if (topic.kind === 'reference') return rules.reference.find((entry) => entry.id === topic.entryId)?.title.toLowerCase() ?? topic.entryId;
  if (topic.kind === 'notInData') return TOPICS.notInData[topic.subject]?.label ?? topic.subject;
  if (topic.kind === 'losing') return `hộ không còn trong danh sách hộ nghèo, hộ cận nghèo${topic.asset ? ` (có ${TOPICS.losing.assets[topic.asset]})` : ''}`;
  if (topic.kind === 'indicator') {
    const names = topic.indicatorIds.map((id) => rules.indicatorById.get(id)?.name ?? id).join(', ');
    return `chỉ số thiếu hụt ${names}${topic.year ? ` (năm ${topic.year})` : ''}`;
  }
  const name = supportById(rules, topic.supportId)?.name ?? topic.supportId;
  return `${name}${topic.classification ? ` cho ${CLASS_NAMES[topic.classification].toLowerCase()}` : ''}`;
}

/**
 * A rules answer: the standard (as /chuan shows it), a support or the procedure, with "Chia sẻ" and
 * "Báo sai" under the answer as passage answers have them (`share:r:<code>`, `report:r:<code>`); `corrected`: the figures
 * a correction leading it says are wrong (claimCode).
 */
export function answerTopic(rules: RuleSet, topic: Topic, today: string, corrected?: readonly number[]): Reply[] {
  const replies =
    topic.kind === 'standard'
      ? standardQuestionAnswer(rules, today, comingYear(rules, topic, today))
      : [
          topic.kind === 'support'
            ? supportAnswer(rules, topic, today)
            : topic.kind === 'indicator'
              ? indicatorAnswer(rules, topic, today)
              : topic.kind === 'reference'
                ? topic.entryId === REVIEW_STANDARD ? withReviewStandardLead(rules, agedReferenceAnswer(rules, topic, today), today) : agedReferenceAnswer(rules, topic, today)
                : topic.kind === 'notInData'
                  ? notInDataAnswer(rules, topic, today)
                  : topic.kind === 'losing'
                  ? losingAnswer(rules, topic, today)
                  : yearlyLead(rules, topic, procedureAnswer(rules, topic.about, today, topic.year, topic.brief === true, topic.named === true && topic.brief === true, topic.cadre === true)),
        ];
  const [answer, ...rest] = replies;
  if (!answer) return replies;
  return [withRulesButtons(answer, claimCode(topicCode(codedTopic(rules, topic, today)), corrected)), ...rest];
}

/** A rules answer with "Chia sẻ" (a link to the answer on topic `code`) and "Báo sai" under it, after its own buttons. */
export function withRulesButtons(answer: Reply, code: string): Reply {
  return { ...answer, buttons: [...(answer.buttons ?? []), answerRow({ rules: code })] };
}

/**
 * The answer from the rules data when the question is about the standard, a support or the
 * procedure; undefined when passages should answer.
 */
export function topicAnswer(rules: RuleSet, message: string | ReadMessage, today: string): Reply[] | undefined {
  const topic = readTopic(message, today);
  return topic && answerTopic(rules, topic, today);
}

/** The classes a support may go to, in the order they are said. */
const SUPPORTED_CLASSES: readonly SupportClass[] = ['poor', 'near_poor', 'newly_escaped', 'middle'];

/**
 * A support asked right after a household's result whose class it has no part for ("co dc ho tro bhyt ko" after "không thuộc
 * diện …", round 44 mend47a; was that support's card for every class, 1.132 characters): the household, by that result, is not
 * among those it goes to; who they are (a condition said with its class), and where to ask for a review. Undefined when the
 * class has it, or no class does.
 */
export function supportOutsideClass(rules: RuleSet, supportId: string, classification: SupportClass, day: string): Reply | undefined {
  const support = supportById(rules, supportId);
  if (!support || classification === 'unknown' || supportsFor(rules, classification, day).some((held) => held.id === supportId)) return undefined;
  const whom = SUPPORTED_CLASSES.flatMap((one) => {
    const held = supportsFor(rules, one, day).find((candidate) => candidate.id === supportId);
    const name = lowerFirst(CLASS_NAMES[one]);
    const when = [held?.conditionBrief && lowerFirst(held.conditionBrief), held?.scope === 'some_provinces' && 'ở một số tỉnh'].filter(Boolean);
    return held ? [when.length > 0 ? `${name} (${when.join('; ')})` : name] : [];
  });
  if (whom.length === 0) return undefined;
  return reply([
    plain(
      `Với kết quả kiểm tra vừa rồi (${lowerFirst(CLASS_NAMES[classification])}, tạm tính): ${lowerFirst(support.name)} theo loại hộ chỉ dành cho ${whom.join(', ')}, nên hộ bạn không thuộc diện được hỗ trợ này.\n`
        + `Nếu hoàn cảnh của hộ thay đổi (mất việc, ốm đau, thiên tai…), hộ có thể đề nghị UBND cấp xã rà soát lại. ${WHERE_TO_ASK}`,
    ),
  ], MENU_BUTTONS);
}

/**
 * "co gi khac truoc ko", "thay doi gi so voi truoc" right after an entry that names the period before it (rules/reference.yaml
 * `before`; round 44 mend47a: after the programme 2026–2035, was "ngoài phạm vi"): its lines said as changes (`changed`), each with
 * status and basis, those the data does not hold on one "Chưa rõ" line; undefined after any other answer or for another message.
 */
export function changesAfterEntry(rules: RuleSet, message: string | ReadMessage, last: Topic | undefined, today: string): Reply | undefined {
  const entry = last?.kind === 'reference' ? rules.reference.find((candidate) => candidate.id === last.entryId) : undefined;
  const { words } = readMessage(message);
  if (entry?.before === undefined || words.length > SHORT_FOLLOW_UP_WORDS || !has(words, TOPICS.followUp.changed)) return undefined;
  const lines = referenceLines(rules, entry.id, today).lines.flatMap((line) =>
    'changed' in line && line.changed !== undefined ? [{ ...line, text: line.changed === true ? line.text : line.changed }] : []);
  if (lines.length === 0) return undefined;
  return reply([bold(`So với ${entry.before}, ${lowerFirst(entry.title)}:\n`), plain(bullets(inBrief(lines))), checkedLine(entry.checked)], MENU_BUTTONS.slice(1, 2));
}
