/**
 * The conversation, channel-free. One call per incoming message: load the user's session, route the
 * message (button, command, interview answer, household question, policy question), save the session,
 * return replies. It never throws: any failure becomes a polite reply and an error in the log, which
 * never holds message texts or answers.
 */
import { randomBytes } from 'node:crypto';
import type { DocumentMeta } from '../corpus/types.ts';
import type { Logger } from '../log.ts';
import { formatTimeVietnam } from '../text/dates.ts';
import type { SearchEngine } from '../search/types.ts';
import {
  checkHousehold,
  CLASS_LABELS,
  dayForYear,
  formatDate,
  indicatorsFor,
  isIsoDate,
  lookupStandard,
  nationalStandardsOver,
  nextStandardAfter,
  nextStepsInShort,
  POVERTY_CADRE,
  procedureSteps,
  supportsFor,
  todayIso,
  type Area,
  type CheckResult,
  type Classification,
  type HouseholdProfileInput,
  type IndicatorId,
  type ProvinceSupportsStandard,
  type RuleSet,
  type SupportClass,
} from '../rules/index.ts';
import { supportById } from '../rules/supports.ts';
import type { Button, ChatCore, CommandInfo, IncomingMessage, Reply } from './types.ts';
import { lowerFirst, upperFirst } from '../corpus/vietnamese.ts';
import {
  answerButtons,
  completeFirst,
  onlyAnnounces,
  holdsWhatIsAsked,
  answerReply,
  fullSectionReply,
  inlineCards,
  MORE_PAGE,
  moreReply,
  notFoundReply,
  RESULTS_KEPT,
  sharedReply,
} from './answers.ts';
import { asksAfterResult, asksOfResult, asksGetsAlone, asksOwnGets, readAbsentReasons, readAwayMembers, withoutAbsentMisread, cleanInput, hasReadableContent, INPUT_DEFAULTS, matchKey, namesOwnHousehold, readAfterResult, readClassTold, readHardshipAsked, readHardshipTold, readHelpAsked, readPlea, readAmountClassAsked, deprivationsCounted, readHouseholdMessage, readIdLookup, readMessage, readOwnSize, readConsent, saysConsentRefused, asksWhatConsentMeans, readEraseConfirm, readPrivacyQuestion, readRequest, readDisabledMemberTold, readIllnessTold, readSickMemberTold, readNameTold, readSmallTalk, readSpeakerIll, readSupportsQuestion, asksBack, startCheckNamesClass, type ReadMessage, afterGreeting, asksStepsLeft, graveIllnessTold, readHelpWhereAsked, refusesKeeping } from './input.ts';
import { factCount, understandHousehold, type Understanding } from '../rules/understand.ts';
import {
  answerIndicator,
  answerWithText,
  areaMeaning,
  areaNotAskedNote,
  areaNowNeeded,
  askCurrent,
  questionAsked,
  askedDayNote,
  chooseArea,
  correction,
  backToToday,
  eachOrTogetherAnswer,
  editStep,
  reviewReply,
  understoodFacts,
  withAgesTold,
  interviewSteps,
  stepsLeftNote,
  isFinished,
  markTold,
  membersAdded,
  prefilledInterview,
  nextPosition,
  stepBack,
  toProfile,
  toldFactLabels,
  waitingIncomeAnswer,
  withoutMessage,
  MAX_MEMBERS,
  type Told,
} from './interview.ts';
import { parseQuickCheck, profileOfQuick, quickCheckHelp, quickFigures } from './quickcheck.ts';
import { amountAskedLead, checkedComingTold, classFirstLead, classMeaningLead, comingLines, comingSaid, countedLead, nowBrief, floorAreaWorked, areaMatters, comingOpen, endsSaid, perPersonLead, settledClass, supportOfClasses, toldEnds, areaEnds, knownEnds, toldCode, toldFromCode, toldIncome, type AreaEnds, type AreaTaken, type KnownFigures } from './settled.ts';
import { askedIsResult, classRestatedReply, classSaid, factsChanged, nextStepsReply, resultLead, supposedInterview, toldChanged, toldInterview, usedFactsReply, verdictLine } from './revise.ts';
import { amountWithStatus, cited, referenceLine, resultDetailReply, resultReply, resultSubject, SHORT_DECISION_NOTE, standardLine, tagged, type ResultContext } from './result.ts';
import { about, acknowledgementReply, answersNotSaved, askPrompt, bold, CHECK_NOT_PROCEDURE, draftInterrupted, goAheadReply, hardshipReply, helpAskedReply, pleaReply, idLookupReply, nameToldReply, restateOfferReply, restateAgainReply, ledByText, endedBySpans, CONDOLENCES, lines, MENU_BUTTONS, plain, pressing, pressingOne, reply, replyText, sadReactionReply, sorry, thanksReply, timeAloneReply, unreadable, welcome, WHERE_TO_ASK, WHO_IT_IS } from './replies.ts';
import { classKept, rumourCorrection, standardCorrection, supportCorrection, TWO_LEVEL_LAW, withoutSaid, verdictAgain, verdictKind, type VerdictKind } from './claims.ts';
import { citesDocument, documentAsked, documentFacts, documentIdentity, programmeDocument, documentNotInData, documentsListAsked, documentsListReply, documentValidity, knownToRules, readTopicOrBasis } from './documents.ts';
import { documentSummary } from './summary.ts';
import { asksLink, asksSource, noSourceReply, sourceReply, type SourceAsked } from './sources.ts';
import { answerRow, button, decodeAction, reportButton, encodeAction, SHARE_TOKEN, SUPPORTS_SHARE_PREFIX, type ChatAction, type CheckStep, type MenuItem } from './actions.ts';
import { handledCheckOf, HANDLED_MAX_CHARS, MAX_CHOICES, MAX_REPORT_SUBJECT, parseDraft, parseSession, serializeDraft, serializeSession, VolatileDrafts, type Answer, type Draft, type ErasableDrafts, type Interview, type Session } from './session.ts';
import { RETENTION } from '../privacy/retention.ts';
import { maskPersonalData, withCancerLetterWritten, withoutPersonalData } from '../privacy/mask.ts';
import { phraseEndingAt, phrasePositions, saysAny, TOPICS, withoutPhrases, wordingOf, yearWritten } from '../text/lexicon/index.ts';
import { DOCUMENTS_ASKED } from '../text/lexicon/topics.ts';
import { fold } from '../text/fold.ts';
import { ELIDED_THING_OF_SUPPORT, HOUSEHOLD_AWAY, SINGLE_PARENT_PHRASES, THING_AT_QUESTION, UNSURE_PHRASES } from '../text/lexicon/household.ts';
import {
  DeliveryInProgressError,
  groupSessionKey,
  isUnclaimed,
  DeliveryClaimLostError,
  processChatLock,
  storeDeliveryClaims,
  StoreUnavailableError,
  DRAFT_LOST,
  DRAFT_UNREADABLE,
  type AnswerKeeping,
  type ChatLock,
  type ChatStore,
  type ClaimFence,
  type DeliveryClaim,
  type DeliveryClaims,
  type MessageErasure,
  type UserForgetter,
} from './ports.ts';
import type { KnownProvince, Provinces } from './provinces.ts';
import { joinedHalves, questionHalves } from './halves.ts';
import { asksListCheck, CLASS_NAMES, createInfo, supportsKey, listCheckReply, looksLikePastedTable, PASTED_TABLE_LEAD, standardAreaAnswer, startingStandardLines, COMMUNE_MERGER_ENTRY, documentMergerReply } from './info.ts';
import { columnOfHeader } from '../batch/header-words.ts';
import { addedLine, heardText, supportLineAdded, asksShorter, keptInRewrite, plainWords, shortSentences, postEditAsked, type Filled, shorterPost, postWithout, indicatorChangesText, indicatorsText, SHORT_TEXT_DEFAULTS, shortAnswer, shorterAnswer, fullerPost, friendlyText, southernText, supportsText, templateFilled, withLines, type ShortForm, type ShortSubject, type Template } from './short.ts';
import { offeredAt, toPlainText, withoutButtons } from './render.ts';
import { duringTurn } from '../text/turn.ts';
import { INCOME_NOUNS } from '../text/lexicon/money.ts';
import { closedByProvinceStandards, ledByProvinceStandards, type NamedProvinceStandard, provinceStandardsBriefChars, provinceStandardsReply, mergedWithoutStandardText, provinceMovedText, provinceStandardLine, provinceStandardsNamed, provinceStandardsOf, provinceStandardsText, provincesSaid, placeToldAfterClass, placeToldAfterSupport } from './local.ts';
import {
  answerTopic,
  indicatorAnswer,
  oneCheckedLine,
  unsaidAspect,
  SICK_MEMBER_ENTRY,
  entryAhead,
  supportAfterSick,
  disabledMemberNote,
  DISABILITY_ENTRY,
  sickMemberAnswer,
  workToldAnswer,
  workToldAlone,
  unansweredAsked,
  WORK_TOLD_ENTRY,
  SCHOOL_BOOKS_ENTRY,
  entryBesideSupport,
  SCHOOL_CARDS,
  CHECK_OFFER,
  asksChangeOnly,
  laterDayAsked,
  asksLoanAlone,
  asksLoanOfClass,
  standingAskedLater,
  standingLaterAnswer,
  standingOfAnyAsked,
  standingThisYearAnswer,
  standingTopicCode,
  ownUnderLineAnswer,
  MONTHLY_ALLOWANCE,
  areaSupportNote,
  agedAsked,
  agedTopic,
  askedClass,
  asksHouseholdClass,
  withoutClassAsked,
  aspectAnswer,
  communeMergerFollowUp,
  procedureDurationAnswer,
  procedureStepsAbout,
  changesAfterEntry,
  supportOutsideClass,
  askAgainAfterDispute,
  timeAlone,
  cardCode,
  aspectSaid,
  answerFromLast,
  checkTopicSupports,
  followUpShaped,
  supportNamed,
  schoolYearless,
  supportsAspectAnswer,
  withAnswerAbove,
  claimCode,
  claimedFigures,
  codedTopic,
  followTopic,
  opensFollowUp,
  readAspect,
  aspectOfSupport,
  overdueAfterProcedure, documentsAfterEntry,
  stillOnDayLead,
  procedureOfSupport,
  loanTermsAnswer,
  sureSupports,
  disputedAfter,
  readFollowUp,
  classWithAspect,
  readVague,
  asksVerdictAgain,
  vagueAnswer,
  type Vague,
  type AskedClass,
  readTopic,
  procedureInBrief,
  supportBriefly,
  laterYearAnswer,
  supportYearOf,
  RULES_SHARE_PREFIX,
  supportChangeAnswer,
  supportThisYear,
  laterSupportInBrief,
  entryInBrief,
  moreOfAgeBand,
  supportsShown,
  lackingNamed,
  topicCode,
  topicFromCode,
  topicSubject,
  withProvinceCode,
  withoutProvinceCode,
  provinceOfCode,
  withRulesButtons,
  type FollowUp,
  type Topic,
  referenceLines,
  agedSupportLines,
  relativeAsked,
  classAlone,
  classesNamed,
  TRAINING_SUPPORT,
  type Aspect,
  SEE_IN_FULL,
  supportInOwnWords,
  briefLines,
  RECOGNITION_ENTRY,
  withoutWhereToAsk,
} from './topics.ts';

/** Said under a class the figures settle before every condition of living is asked. */
const FOR_REFERENCE = 'Kết quả chỉ để tham khảo (UBND cấp xã rà soát và công nhận).';

/** A pictograph (emoji): a message of these alone is a reaction, not an unreadable one. */
const EMOJI = /\p{Extended_Pictographic}/u;

export interface ChatCoreDeps {
  search: SearchEngine;
  rules: RuleSet;
  store: ChatStore;
  /** Drafts of users who did not consent; default: this process's memory. */
  drafts?: ErasableDrafts;
  /** One chat's messages one at a time; default: within this process. */
  lock?: ChatLock;
  /** Each delivery handled once; default: the store's claim. */
  deliveries?: DeliveryClaims;
  /** What channels keep about a user outside the store, forgotten with it at /xoadulieu (channels add theirs). */
  forgetters?: ReadonlySet<UserForgetter>;
  /** The corpus documents, for /nguon and the province preference. */
  documents: readonly DocumentMeta[];
  /** The provinces known by name, before and since 01/07/2025 (corpus/provinces-2025.yaml). */
  provinces: Provinces;
  logger: Logger;
  now?: () => Date;
}

/** The deep-link payload that starts the household check (`/start kiemtra`). */
export const CHECK_PAYLOAD = 'kiemtra';
/** session.last after a household check's result, and before a class in it after the list of supports (topic codes never look like these). */
const LAST_CHECK = 'check';
/** session.last after what the assistant keeps (privacyReply): asked again right after, it is said in brief. */
const LAST_PRIVACY = 'privacy';
/**
 * session.last after the consent choices said plainer while the choice waits: asked again ("chi tiet" then "con gi nua ko": round
 * 41 mend41c, was the same reply twice), what each choice does in one line.
 */
const LAST_CONSENT_PLAIN = 'consentplain';
/** session.last after that one line: asked once more, the plainer words again (so no two replies in a row are the same). */
const LAST_CONSENT_BRIEF = 'consentbrief';
/** session.last after what can be asked, said plainer ("ko hiu" with no answer before): "ko hiu" again is said more simply. */
const LAST_RESTATED = 'restated';
/** Before session.last when that answer was already a short text to share: "viết ngắn" again gives its shortest form. */
const SHORT_MARK = 'short:';
/**
 * Before a topic's code in session.last (after SHORT_MARK when there is one) when that answer was an entry in brief (a resident's
 * "ai duyet ho ngheo", the topic's `brief`, which no code carries): "ko hieu j het" rewrites the brief, "chi tiết" gives the card.
 */
const BRIEF_MARK = 'brief:';
/**
 * Right after SHORT_MARK when that short text was a plainer rewrite ("ko hieu", "noi de hieu hon di"): "hok hieu gi het" once
 * more gives its shortest form (round 31 words16), not the same rewrite.
 */
const PLAIN_MARK = 'plain:';
/**
 * Right after SHORT_MARK when that short text was the post asked ("viết bài đăng zalo về …"), not a shorter or plainer rewrite of
 * an answer: "chi tiết" after it gives the post's next level (round 32 outreach19), after a rewrite the card.
 */
const POST_MARK = 'post:';
/**
 * After SHORT_MARK (and PLAIN_MARK) when that short text was said to the one who asked ("Bạn có thể hỏi … nơi bạn cư trú"):
 * "ngắn hơn nữa" right after it stays said to them (round 32 household19; was "Bà con … nơi mình cư trú").
 */
const ONE_MARK = 'one:';
/**
 * Right after POST_MARK when that post was a template to fill in (round 41 mend41b): "Thêm lịch họp vào ngày 15/12/2026 lúc 19
 * giờ" after the invitation, "Nhận đơn ở bộ phận một cửa xã, từ thứ 2 đến thứ 6" after the notice fill it (templateFilled).
 */
const TEMPLATE_MARKS: Readonly<Record<Template, string>> = { invite: 'invite:', notice: 'notice:', register: 'register:', review: 'review:' };
/** The template session.last says the last answer was (TEMPLATE_MARKS); undefined for any other. */
const templateOf = (last: string | undefined): Template | undefined => {
  const after = withoutMarks(last, SHORT_MARK, POST_MARK);
  return (Object.keys(TEMPLATE_MARKS) as Template[]).find((template) => after?.startsWith(TEMPLATE_MARKS[template]));
};
const withoutMark = (last: string | undefined, mark: string) => (last?.startsWith(mark) ? last.slice(mark.length) : last);
/** session.last without each of `marks` in turn, as they are stacked (SHORT_MARK first). */
const withoutMarks = (last: string | undefined, ...marks: string[]) => marks.reduce(withoutMark, last);
/** session.last without SHORT_MARK, POST_MARK, PLAIN_MARK and ONE_MARK. */
const unshortened = (last: string | undefined) => withoutMarks(last, SHORT_MARK, POST_MARK, ...Object.values(TEMPLATE_MARKS), PLAIN_MARK, ONE_MARK);
/** Whether session.last says the last answer was a short text said to the one who asked (ONE_MARK). */
const wasToOne = (last: string | undefined) => withoutMarks(last, SHORT_MARK, PLAIN_MARK)?.startsWith(ONE_MARK) === true;
/**
 * Right after BRIEF_MARK when that brief was a support asked of a later year ("ho can ngheo nam 2027 bhyt dc bao nhieu phan
 * tram", laterYearAnswer), with the year: "chi tiết" gives that year's answer, each card whole (round 40 law33; was today's card).
 */
const LATER_MARK = /^y(\d{4}):/;
/**
 * Right after BRIEF_MARK (when there is one) when the answer was led by the note on provinces' own standards in brief (a resident's
 * "chuan ngheo o ha noi la bao nhieu", round 40 short34), with those provinces: "chi tiết" gives the whole note before the card.
 */
const OWN_MARK = /^own([^:]+):/;
/**
 * session.last after an amount's class asked with no household told ("thu nhap 1tr5 1 nguoi o que thi la ngheo hay can ngheo"):
 * `amount:<đồng per person a month>:<area r|u|->:<p said per person|h not>`, no text typed; a later year or another area asked right
 * after ("neu thang 1 nam 2027 thi sao", "con o tp") answers that amount again for it (round 41 mend41a; was "ngoài phạm vi").
 */
// `:y<year>` after them: the year asked ("neu thang 1 nam 2027 thi sao"), kept for the next follow-up ("con o tp thi sao": round 41
// mend41c, was answered for today).
const AMOUNT_CODE = /^amount:(\d{1,9}):([ru-]):([ph])(?::y(\d{4}))?$/;
const amountCode = (told: Understanding) =>
  `amount:${told.understood.monthlyIncomePerPerson}:${told.understood.area === 'rural' ? 'r' : told.understood.area === 'urban' ? 'u' : '-'}:${told.perPersonSaid ? 'p' : 'h'}${told.asOf ? `:y${told.asOf.slice(0, 4)}` : ''}`;
/**
 * Right after BRIEF_MARK (when there is one) when the answer was a rumour's verdict (claims.ts verdictKind: Đúng, Không đúng, Đúng
 * một phần, Chưa xác nhận được), with its letter: "that ko ad", "ai noi vay" right after say it again (round 44 rumour49).
 */
const VERDICT_MARK = /^v([dkpc]):/;
/** session.last with VERDICT_MARK for the verdict `text` opens with put after its BRIEF_MARK; as it was for a text with none. */
const withVerdictMark = (last: string, text: string) => {
  const kind = verdictKind(text);
  if (kind === undefined) return last;
  return last.startsWith(BRIEF_MARK) ? `${BRIEF_MARK}v${kind}:${last.slice(BRIEF_MARK.length)}` : `v${kind}:${last}`;
};
/** The verdict session.last says the last answer opened with (VERDICT_MARK); undefined for none. */
const verdictOf = (last: string | undefined): VerdictKind | undefined =>
  VERDICT_MARK.exec(withoutMark(unshortened(last), BRIEF_MARK)?.replace(OWN_MARK, '') ?? '')?.[1] as VerdictKind | undefined;
/** session.last with OWN_MARK for `standards` put after its BRIEF_MARK. */
const withOwnMark = (last: string, standards: readonly ProvinceSupportsStandard[]) => {
  const own = `own${standards.map((one) => one.province).join('|')}:`;
  return last.startsWith(BRIEF_MARK) ? `${BRIEF_MARK}${own}${last.slice(BRIEF_MARK.length)}` : `${own}${last}`;
};
/** session.last without SHORT_MARK, PLAIN_MARK, BRIEF_MARK and OWN_MARK. */
const unmarked = (last: string | undefined) => withoutMark(unshortened(last), BRIEF_MARK)?.replace(OWN_MARK, '').replace(VERDICT_MARK, '');
/** What session.last says the last answer was about, without SHORT_MARK, PLAIN_MARK, BRIEF_MARK, OWN_MARK and LATER_MARK. */
const aboutOf = (last: string | undefined) => unmarked(last)?.replace(LATER_MARK, '');
/** The provinces whose own standards' note was said in brief (OWN_MARK); none when it was not. */
const ownOf = (last: string | undefined): string[] => OWN_MARK.exec(withoutMark(unshortened(last), BRIEF_MARK) ?? '')?.[1]?.split('|') ?? [];
/** The later year a brief in session.last was of (LATER_MARK); undefined for none. */
const laterOf = (last: string | undefined): number | undefined => {
  const year = LATER_MARK.exec(unmarked(last) ?? '')?.[1];
  return year === undefined ? undefined : Number(year);
};
/** Whether session.last says the last answer was an entry in brief, or a short text of one (BRIEF_MARK). */
const wasBrief = (last: string | undefined) => unshortened(last)?.startsWith(BRIEF_MARK) === true;
/** Whether session.last says the last answer was a plainer rewrite (PLAIN_MARK). */
const wasPlain = (last: string | undefined) => withoutMark(last, SHORT_MARK)?.startsWith(PLAIN_MARK) === true;

/**
 * "qua Tết" asked before the coming January (findings N08): Tết Nguyên đán falls from late January to mid February, in the
 * year of that January, whose standard applies from its first day (`day`); the result for that day stands for it.
 */
const tetLead = (day: string) =>
  `Bạn hỏi sau Tết Nguyên đán, tức trong năm ${day.slice(0, 4)}: cả năm này xét theo chuẩn áp dụng từ ngày ${formatDate(day)} (tạm tính). `;
const LAST_SUPPORTS = 'supports:';
/** rules/reference.yaml: what being reviewed costs (nothing asked), with the filing step in brief. */
const FEES_ENTRY = 'review_fees';
/** A message this long during the interview may be a question rather than an answer. */
const MIN_QUESTION_WORDS = 3;
/** Of a standard topic read beside a household told for the coming standard, the keys that only say when and where. */
const TIME_AND_PLACE: ReadonlySet<string> = new Set(['kind', 'coming', 'area']);
/** Said when help is asked while a check waits to start: its result names the supports. */
const HELP_WITH_RESULT =
  'Hộ được hỗ trợ gì tùy hộ là hộ nghèo, hộ cận nghèo hay không. Kiểm tra xong, mình cho biết hộ có thể thuộc loại nào và các hỗ trợ của loại hộ đó, kèm căn cứ và nơi làm thủ tục (kết quả để tham khảo; UBND cấp xã rà soát và công nhận).';
/** Said first when a figure is asked to make a household poor or near-poor by itself (TOPICS.threshold.automatic). */
const NOT_AUTOMATIC = 'Không, không có gì tự động: hộ phải qua rà soát ở xã và được công nhận; ngoài thu nhập, số chỉ số thiếu hụt quyết định hộ nghèo hay hộ cận nghèo.';
/** A typed answer to a question answered since (another tab, another window): as an old button is (interview.ts). */
const ANSWERED_ELSEWHERE = 'Câu bạn vừa trả lời đã được trả lời rồi (có thể ở một thẻ hay cửa sổ khác), nên mình không ghi câu này. Mình hỏi lại câu hiện tại nhé.';

export const COMMANDS: CommandInfo[] = [
  { command: 'start', description: 'Bắt đầu, xem các việc trợ lý làm được' },
  { command: 'kiemtra', description: 'Kiểm tra hộ gia đình (nhanh: /kiemtra nt 1.4tr bhyt)' },
  { command: 'chuan', description: 'Chuẩn nghèo hiện hành (hoặc /chuan 2027)' },
  { command: 'hotro', description: 'Các chính sách hỗ trợ theo loại hộ' },
  { command: 'nguon', description: 'Các văn bản trợ lý dùng để trả lời' },
  { command: 'tinh', description: 'Chọn tỉnh của bạn để ưu tiên văn bản của tỉnh' },
  { command: 'xoatin', description: 'Xem và xóa từng tin bạn đã gửi' },
  { command: 'xoadulieu', description: 'Xóa mọi dữ liệu trợ lý lưu về bạn' },
  { command: 'trogiup', description: 'Hướng dẫn sử dụng' },
];

/** What a what-if's result is said with: `before` it (what the data does not know of it), `after` it (how it was supposed). */
interface SupposedNotes {
  before?: string;
  after?: string;
}

/** What one message is handled with. */
interface Turn {
  key: string;
  message: IncomingMessage;
  /**
   * The post given before this turn, with the lines added to it (session.post, from the draft): the lines a message adds go to it
   * (round 42 outreach43). session.post is set again only by a turn that gives a post (postGiven).
   */
  postBefore?: Session['post'];
  /** The message's id: the channel's (the web page's bubble) or one made for it (newMessageId). */
  messageId: string;
  session: Session;
  /** The interview in progress: from the session (with consent) or process memory (without). */
  interview: Interview | undefined;
  /** After /xoadulieu nothing may be written back. */
  forget: boolean;
  /** A session row exists for this key (so one that has become empty is deleted, not left behind). */
  stored: boolean;
  /** The turn took out household facts the user deleted (/xoatin): the session's write erases their old copies. */
  erasing?: boolean;
  /** The replies show a household's figures or class: without consent their buttons stay out of the database. */
  household: boolean;
  /** The logger carrying this message's trace id. */
  log: Logger;
  /** Writes the turn makes besides the session (counters, reports, shares), run once the replies are ready. */
  writes: (() => Promise<unknown>)[];
  /**
   * A check kept without consent: the step it had reached (its draft's, or the one the database kept: ChatStore.markCheck),
   * and whether the database holds that mark (cleared once the check is no longer in the draft).
   */
  check: { step: number; marked: boolean };
  /**
   * This chat's draft held something of what the user said when the turn began (heldInDraft): memory only, never the
   * database. /xoadulieu says it went.
   */
  drafted?: boolean;
  /** The delivery's claim in the store (fencing): the session is written only while it holds the delivery. */
  fence?: ClaimFence;
  /** When the session was read (the store's clock): the session is not written once its user was erased since. */
  readAt?: number;
}

/**
 * A draft holding something of what the user said: what the last answer was about, a question waiting, a household told, or
 * buttons carrying a check's figures; not the assistant's own buttons alone (the menu), nor the marks of a delivery handled.
 */
const heldInDraft = (draft: Draft) =>
  draft.interview !== undefined ||
  draft.awaiting !== undefined ||
  draft.last !== undefined ||
  draft.told !== undefined ||
  draft.choices?.some((choice) => decodeAction(choice.action)?.kind === 'quick') === true;

const privateKey = (message: IncomingMessage) => `${message.channel}:${message.userId}`;

/**
 * A message without the channel's own id (Telegram, Zalo, the terminal) gets one of its own (never shown, never stored:
 * its rows keep the store's ref of it), so each message's rows can be listed and deleted apart (/xoatin).
 */
const newMessageId = () => randomBytes(9).toString('base64url');

/** Two incomes of an interview alike (each a figure and whether it is per person, or none). */
const sameIncome = (a: Interview['income'], b: Interview['income']) => JSON.stringify(a) === JSON.stringify(b);
/** A what-if changes the household's size or income (the area alone is the follow-up's). */
const changesFacts = (supposed: Interview, interview: Interview) => supposed.members !== interview.members || !sameIncome(supposed.income, interview.income);

/** Who sent a message, and its id: what its kept rows are found by (deleteUser, deleteMessage). */
const owned = (turn: Turn) => ({ ownerKey: privateKey(turn.message), messageId: turn.messageId });

/** Under a household told in one message: the check that asks what it did not tell (its told facts kept: startCheck). */
const FULL_CHECK: Button = button('Kiểm tra đầy đủ', { kind: 'menu', item: 'check' });
/** "Báo sai" under the result of this chat's check. */
const REPORT_RESULT: ChatAction = { kind: 'reportResult' };

/** What a household told in one message left (session.told), as /xoatin names it. */
const TOLD_FACTS = 'số người, thu nhập, nơi ở và các chỉ số thiếu hụt bạn kể';

/**
 * A question sent in several messages is kept once and went with the one deleted: said so, or the resident would think the
 * other messages still keep it ("Xóa tin này" on the later bubble then truly finds nothing).
 */
const sentAgain = (removed: MessageErasure) =>
  removed.asks > removed.questions ? ` (bạn đã gửi câu hỏi này ${removed.asks} lần; trợ lý giữ một lần, nay đã xóa, không còn ở tin nào khác)` : '';

/** How many kept messages "/xoatin" lists in a chat without message ids, newest first. */
const LISTED_MESSAGES = 5;
/** A listed message's excerpt is cut to this many characters. */
const LISTED_EXCERPT = 60;
/** A group message has its own session per (user, group): it never overwrites the private chat's. */
const sessionKey = (message: IncomingMessage) =>
  message.isGroup && message.chatId ? groupSessionKey(privateKey(message), message.chatId) : privateKey(message);

const newResultSet = () => randomBytes(3).toString('base64url');
/** What a share link no longer kept opens on: deleted by its maker (/xoachiase, /xoadulieu) or past RETENTION.shareDays. */
const SHARE_GONE = `Đường dẫn này không còn dùng được: câu trả lời chia sẻ đã bị xóa (người chia sẻ đã xóa, hoặc đã quá ${RETENTION.shareDays} ngày lưu), hoặc đường dẫn bị chép thiếu.`;
/** 9 random bytes → 12 base64url characters: fits a Telegram deep link with room for a prefix. */
const SHARE_TOKEN_BYTES = 9;
/** How the user deletes the share link `token` they made ("/xoachiase <token>"), in its reply and on the page it opens. */
const deleteShareCommand = (token: string) => `/xoachiase ${token}`;

/**
 * A message that asks ("co bhyt ko", "bhyt thi sao", "…?"), as opposed to one that tells ("co bhyt het", "nha co 2 nguoi co bhyt
 * roi"): a question mark, or an asking word or phrase at its end (TOPICS.followUp.bareAsks and askingEnds: "gì", "không", "chưa").
 */
const ASKING_ENDS = [...TOPICS.followUp.bareAsks, ...TOPICS.followUp.askingEnds].map((phrase) => phrase.split(' '));
const ASKED_TO = TOPICS.followUp.askedTo.map((phrase) => phrase.split(' '));
/** The fee of students (NĐ 238/2025) and the public schools' exemption (NQ 217/2025): a pupil asked after the first is the second. */
const STUDENTS_FEE = 'higher_education_fee';
const PUPILS_FEE = 'tuition_exemption';
function asksSomething(message: ReadMessage): boolean {
  if (message.text.includes('?')) return true;
  // "… bao nhieu vay ban": the asking end before whom it is asked.
  for (let end = message.words.length; end > 0; ) {
    if (ASKING_ENDS.some((parts) => phraseEndingAt(message.words, end, parts))) return true;
    const closing = ASKED_TO.find((parts) => phraseEndingAt(message.words, end, parts));
    if (!closing) return false;
    end -= closing.length;
  }
  return false;
}

/** "còn gì nữa" after an old person's cards, all shown (moreOfAgeBand). */
/** Before the supports of the poor, when a poor household says it gets nothing (round 43 mend45f): heard, and where to raise it. */
/** A resident annoyed at the answers, heard before the list asked (round 44 mend47b). */
const ANNOYED_LEAD = 'Xin lỗi bạn, câu trả lời trước chưa đủ. Các hỗ trợ chính dưới đây:';
/** The anger heard, first in a reply to it. */
const HEARD_LEAD = 'Mình hiểu bạn đang bức xúc.';
/** "hoi hoai ma ko ai tra loi, tui phai hoi ai" (round 45 resid52): a short apology and whom to ask, before what to bring. */
const UNANSWERED_LEAD = 'Xin lỗi bạn vì hỏi mãi chưa được trả lời. Người trả lời chắc chắn cho hộ bạn là cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú; bạn đến gặp trực tiếp.';
const POOR_GETS_NOTHING_LEAD = `${HEARD_LEAD} Hộ đã được công nhận hộ nghèo thì có các hỗ trợ chính dưới đây; khoản nào hộ chưa nhận được, bạn hỏi ${POVERTY_CADRE}, hoặc gửi đơn kiến nghị bằng văn bản tới UBND cấp xã nơi hộ cư trú.`;
const AGE_BAND_DONE = `Theo độ tuổi bạn nói, dữ liệu của trợ lý chỉ có các khoản vừa nêu. Các hỗ trợ khác tùy hộ là hộ nghèo, hộ cận nghèo hay hộ mới thoát nghèo: bấm “Các chính sách hỗ trợ” hoặc gõ, ví dụ, “hộ nghèo được hỗ trợ gì”. Bạn có thể hỏi ${POVERTY_CADRE} nơi bạn cư trú.`;
/** What may go with a province named alone as a follow-up (provinceMoved): the follow-up's openers and asks, and place words. */
const PROVINCE_AROUND = [...TOPICS.followUp.opens, ...TOPICS.followUp.asks, ...TOPICS.followUp.bareAsks, ...TOPICS.followUp.placeAround];
/** The one-word place words that may stand before a province said last ("tui o", "nha o tinh"): TOPICS.followUp.placeAround. */
const PLACE_BEFORE_NAME = new Set(TOPICS.followUp.placeAround.filter((word) => !word.includes(' ')));

export function createChatCore(deps: ChatCoreDeps): ChatCore {
  const { search, rules, store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const today = () => todayIso(now());
  /**
   * The day a check is for: the day it started (Vietnam), kept in the interview, so one that runs past
   * midnight into a new standard (31/12/2026 → 01/01/2027) keeps the questions and the result of its
   * first day; the result then also gives the class under the standard in force today (`resultContext`).
   * Interviews saved before the day was kept have none and follow today.
   */
  const dayOf = (interview: Interview) => interview.date ?? today();
  const drafts: ErasableDrafts = deps.drafts ?? new VolatileDrafts(now);
  const lock = deps.lock ?? processChatLock();
  const deliveries = deps.deliveries ?? storeDeliveryClaims(store, now, logger);
  checkTopicSupports(rules);
  const { provinces } = deps;
  const info = createInfo({ rules, documents: deps.documents, provinces, draftsWhere: drafts.where });
  const library = { documents: deps.documents, passagesOf: (docId: string) => search.passagesOf(docId), provinces };

  /**
   * The household's province (said when it was told, kept with the check) or else the user's (/tinh) picks a local (higher)
   * standard when one is in force there.
   */
  const provinceOf = (turn: Turn, profile: HouseholdProfileInput) => profile.province ?? turn.session.province;
  /** `told`: the indicators a household told in one message left out (its result's reasons say so). */
  const evaluate = (turn: Turn, profile: HouseholdProfileInput, told?: { notMentioned: IndicatorId[] }) => {
    const province = provinceOf(turn, profile);
    return checkHousehold(rules, province ? { ...profile, province } : profile, told);
  };

  // ---------- policy questions ----------

  /**
   * A document of the corpus named by its number ("Tóm tắt Nghị quyết 05-NQ/TU Trà Vinh"): its passages answer, not another
   * document that cites it (a district letter "thực hiện Nghị quyết số 05-NQ/TU … (đính kèm)"); none found there, all answer.
   */
  const numbered = deps.documents.flatMap((document) => (document.number ? [{ id: document.id, key: ` ${matchKey(document.number)} ` }] : []));
  /** Searched without the personal data in it (src/privacy/mask.ts): "điện thoại 0912…" is no question about telephones. */
  const searchFor = (turn: Turn, typed: string) => {
    const question = withoutPersonalData(typed);
    const options = { limit: RESULTS_KEPT, ...(turn.session.province ? { province: turn.session.province } : {}) };
    const key = ` ${matchKey(question)} `;
    // Also by type and number ("quyet dinh 768 binh dinh noi gi"); asked what it says, the passage closest to its title.
    const asked = documentAsked(question, deps.documents);
    const docIds = [...new Set([...numbered.filter((document) => key.includes(document.key)).map((document) => document.id), ...(asked?.found.map((document) => document.id) ?? [])])];
    const overview = asked?.overview && asked.found.length > 0 ? search.search(asked.found[0]!.title, { ...options, docIds }) : [];
    const inNamed = overview.length > 0 ? overview : docIds.length > 0 ? search.search(question, { ...options, docIds }) : [];
    const found = inNamed.length > 0 ? inNamed : search.search(question, options);
    // The first result only announces what follows ("… cụ thể như sau:") and no other of its document was found: that
    // document's own passages come next, so the answer is from the document the search ranked first (completeFirst).
    const top = found[0];
    if (!top || !onlyAnnounces(top.text) || found.some((result) => result.docId === top.docId && !onlyAnnounces(result.text))) return found;
    const more = search.search(question, { ...options, docIds: [top.docId] }).filter((result) => !found.some((other) => other.passageId === result.passageId));
    return [top, ...more, ...found.slice(1)];
  };

  /** `following`: the question follows another answer ("the nam 2027"), for the reply when nothing answers. */
  function answerQuestion(turn: Turn, question: string, found = searchFor(turn, question), following = false): Reply[] {
    // An answer never ends at an introduction ("… các nội dung sau:"): a passage with content is shown first;
    // a passage sharing only the generic words of the question is none ("không tìm thấy" and where to ask).
    const asked = withoutPersonalData(question);
    const holds = holdsWhatIsAsked(asked);
    const results = completeFirst(found).filter((result) => holds(`${result.title}\n${result.text}`));
    turn.writes.push(() => store.recordQuestion({ answered: results.length > 0, text: question, ...owned(turn) }));
    turn.log.info('question', { channel: turn.message.channel, results: results.length });
    const best = results[0];
    if (!best) {
      turn.session.results = undefined;
      return [notFoundReply(asked, { household: following })];
    }
    const set = newResultSet();
    turn.session.results = { set, ids: results.map((result) => result.passageId), shown: 1 };
    return [answerReply(best, answerButtons(set, 0, results.length > 1))];
  }

  /** The passage a result button points at, or undefined when the button is from an older answer. */
  function resultAt(turn: Turn, set: string, index: number) {
    const results = turn.session.results;
    if (!results || results.set !== set) return undefined;
    const id = results.ids[index];
    return id === undefined ? undefined : search.passage(id);
  }

  const staleButton = (): Reply[] => [
    reply([plain('Nút này thuộc một câu trả lời cũ. Bạn hãy gõ lại câu hỏi nhé.')], MENU_BUTTONS.slice(0, 2)),
  ];

  function showMore(turn: Turn, set: string): Reply[] {
    const results = turn.session.results;
    if (!results || results.set !== set) return staleButton();
    const from = results.shown;
    const passages = results.ids
      .slice(from, from + MORE_PAGE)
      .map((id) => search.passage(id))
      .filter((passage) => passage !== undefined);
    if (passages.length === 0) {
      return [lines(`Không còn kết quả nào khác cho câu hỏi này. Bạn thử hỏi bằng từ khác. ${WHERE_TO_ASK}`)];
    }
    results.shown = from + passages.length;
    return [moreReply(passages, set, from, results.ids.length)];
  }

  function shareAnswer(turn: Turn, set: string, index: number): Reply[] {
    const passage = resultAt(turn, set, index);
    if (!passage) return staleButton();
    const token = randomBytes(SHARE_TOKEN_BYTES).toString('base64url');
    turn.writes.push(() => store.saveShare({ token, passageId: passage.id, question: '', ownerKey: turn.key }));
    return [
      {
        spans: [
          plain('Bạn gửi đường dẫn dưới đây cho người cần biết; người nhận sẽ thấy đoạn văn bản này kèm nguồn trích dẫn. '),
          plain(`Đường dẫn không chứa thông tin cá nhân của bạn. Muốn xóa riêng đường dẫn này (ai mở sẽ thấy “đã bị xóa”): bấm “Xóa đường dẫn này” hoặc gõ ${deleteShareCommand(token)}; /xoadulieu xóa mọi đường dẫn bạn đã tạo.`),
        ],
        buttons: [[button('Xóa đường dẫn này', { kind: 'deleteShare', token })]],
        shareToken: token,
      },
    ];
  }

  /**
   * "Chia sẻ" under a rules answer: a link that carries only which answer it is (`r-<code>`), nothing
   * stored and nothing about the person; whoever opens it gets that answer from the rules data of the day.
   */
  function shareRulesAnswer(carried: string): Reply[] {
    if (!topicFromCode(carried, rules)) return staleButton();
    // A province in the code that is none known (button data made by hand, "sf-Pchong_tui_o_tu") is typed text: the link goes
    // without it (round 37: it was written into the link as sent).
    const province = provinceOfCode(carried);
    const code = province === undefined || provinces.byTyped(province) ? carried : withoutProvinceCode(carried);
    return [
      {
        spans: [
          plain('Bạn gửi đường dẫn dưới đây cho người cần biết; người nhận sẽ thấy câu trả lời này theo dữ liệu chính sách của ngày họ mở, kèm căn cứ. '),
          plain('Đường dẫn không chứa thông tin cá nhân của bạn.'),
        ],
        shareToken: `${RULES_SHARE_PREFIX}${code}`,
      },
    ];
  }

  /** "Chia sẻ" under a list of supports: a link that carries only the class (`h-<class>`); it opens that list on the day opened. */
  function shareSupports(classification: string): Reply[] {
    if (!supportsListed(classification)) return staleButton();
    return [
      {
        spans: [
          plain('Bạn gửi đường dẫn dưới đây cho người cần biết; người nhận sẽ thấy danh sách hỗ trợ này theo dữ liệu chính sách của ngày họ mở, kèm căn cứ. '),
          plain('Đường dẫn không chứa thông tin cá nhân của bạn.'),
        ],
        shareToken: `${SUPPORTS_SHARE_PREFIX}${classification}`,
      },
    ];
  }

  /** Whether a class key names a list of supports ("" for every class), as a share link or a button may carry it. */
  const supportsListed = (classification: string) => classification === '' || info.supportsClassOf(classification) !== undefined;

  /** A shared rules answer opened from its link. */
  function sharedRulesAnswer(payload: string): Reply[] | undefined {
    if (payload.startsWith(SUPPORTS_SHARE_PREFIX) && supportsListed(payload.slice(SUPPORTS_SHARE_PREFIX.length))) {
      return [lines(`Câu trả lời được chia sẻ (theo dữ liệu chính sách, ngày ${formatDate(today())}):`), ...info.supportsReply(today(), payload.slice(SUPPORTS_SHARE_PREFIX.length))];
    }
    const topic = payload.startsWith(RULES_SHARE_PREFIX) ? topicFromCode(payload.slice(RULES_SHARE_PREFIX.length), rules) : undefined;
    if (!topic) return undefined;
    // The link of a correction ("Không đúng: … 60.000.000 đồng …") opens with it, checked on the day it is opened.
    const code = payload.slice(RULES_SHARE_PREFIX.length);
    const figures = claimedFigures(code);
    const correction =
      figures.length === 0
        ? undefined
        : topic.kind === 'support'
          ? supportCorrection(rules, figures, topic.supportId, today(), true)
          : topic.kind === 'standard'
            ? standardCorrection(rules, figures, topic.date ?? dayForYear(topic.year, today()))
            : undefined;
    // The link of an answer led by a province ("chuan ngheo quang nam bn") opens with that lead (provinceCard, round 36 staff24).
    const province = provinceOfCode(code);
    const named = province === undefined ? undefined : provinces.byTyped(province);
    const answer = answerTopic(rules, topic, today(), correction?.figures);
    const led = ledByText(correction ? `${correction.text}\n\n` : '', named ? provinceCard(named, answer) : answer);
    return [lines(`Câu trả lời được chia sẻ (theo dữ liệu chính sách, ngày ${formatDate(today())}):`), ...led];
  }

  // ---------- the household check ----------

  /** The check asks about one family: never in a group, where answers and results would be seen by all. */
  const notInGroups = (): Reply[] => [
    lines(
      'Việc kiểm tra hộ gia đình cần hỏi thông tin riêng của gia đình bạn, nên trợ lý không làm trong nhóm.',
      'Bạn hãy nhắn riêng cho trợ lý rồi gõ /kiemtra nhé.',
    ),
  ];

  const RESUME_ROW: Button[] = [
    button('Làm tiếp', { kind: 'check', step: 'resume' }),
    button('Làm lại từ đầu', { kind: 'check', step: 'restart' }),
  ];

  /** The private check left half-way in this chat, if any. */
  function unfinishedCheck(turn: Turn): Interview | undefined {
    const current = turn.interview;
    return !turn.message.isGroup && current && !isFinished(current, rules, dayOf(current)) ? current : undefined;
  }

  const progressNote = (current: Interview) =>
    current.awaitingConsent
      ? 'Bạn đang bắt đầu kiểm tra hộ gia đình (chưa trả lời câu nào).'
      : `Bạn đang kiểm tra dở (câu ${current.position + 1}/${interviewSteps(rules, dayOf(current)).length}).`;

  /** /start again (a reloaded web page, a reopened chat): the welcome, offering to continue a check left half-way. */
  function welcomeBack(turn: Turn): Reply[] {
    const greeting = welcome();
    const current = unfinishedCheck(turn);
    if (!current) return [greeting];
    // A page reloaded or a chat reopened half-way through a check: the question waiting for its answer is shown
    // again, not a long greeting with a note at its end, so what is typed next answers a question the person sees.
    if (!current.awaitingConsent) {
      return [
        // On a phone the question's choices are the ones listed (offeredAt): "/kiemtra" offers "Làm lại từ đầu" again.
        reply(
          [
            plain(`Chào bạn quay lại! ${progressNote(current)} Bạn trả lời tiếp câu dưới đây, hoặc `),
            pressing(RESUME_ROW[1]!.label, '/kiemtra rồi chọn “Làm lại từ đầu”'),
            plain('.'),
          ],
          [[RESUME_ROW[1]!]],
        ),
        ...continueInterview(turn, current),
      ];
    }
    return [
      {
        ...greeting,
        spans: [...greeting.spans, bold(`\n\n${progressNote(current)} Bạn muốn làm tiếp hay làm lại từ đầu?`)],
        buttons: [RESUME_ROW, ...(greeting.buttons ?? [])],
      },
    ];
  }

  /**
   * `province`: the province the household was told to live in ("nha tui o ha noi …"), kept with the check: its own standard
   * for its supports (rules/local/) is said after what was understood, and again with the result.
   * `classFirst`: `saidBefore` is the class said first (classFirstLead), which says the area, members and income and, with them,
   * the province's own standard: none of them is said again, only what else was understood.
   */
  function startCheck(turn: Turn, told?: Understanding, fresh = false, province?: ProvinceSupportsStandard, saidBefore = '', classFirst = false): Reply[] {
    if (turn.message.isGroup) return notInGroups();
    const current = unfinishedCheck(turn);
    if (!fresh && !told && current && !current.awaitingConsent) {
      return [reply([plain(`${progressNote(current)} Bạn muốn làm tiếp hay làm lại từ đầu?`)], [RESUME_ROW])];
    }
    // "/kiemtra" again while the consent question waits (round 37 short28: was the whole consent text again, 824 characters):
    // the choice in a line, pointing at the text just above.
    if (!fresh && !told && current?.awaitingConsent && !turn.session.told) return [consentRepeated()];
    // "Kiểm tra đầy đủ" after a household told in one message: what it told (figures, indicators) is answered already, only
    // the rest is asked.
    const known = fresh || told ? undefined : toldHousehold(turn);
    // "năm sau nhà 4 người …": the check is for the day that later standard starts (told.asOf), and says so.
    const asOf = told?.asOf ?? (known && known.date > today() ? known.date : undefined);
    // The facts stay those of the message that told them (deleting it deletes them from the check too: /xoatin).
    const kept = known && turn.session.told;
    const interview = kept ? markTold(undefined, toldInterview(known), kept.m, kept.at) : prefilledInterview(told, rules, told?.asOf ?? today());
    interview.awaitingConsent = !turn.session.consentAt;
    // A new check replaces a household told in one message before.
    turn.session.told = undefined;
    if (province) interview.province = province.province;
    turn.interview = interview;
    const unclear = told?.questions.length ? ` Còn chỗ mình chưa rõ: ${told.questions.join(' ')}` : '';
    // `saidBefore`: the lead just given ("… Mình hiểu: Thu nhập cả hộ: 3.000.000 đồng/tháng ÷ 4 người = … (ruộng, đất 3 sào: …)"):
    // a fact or how the income was read that it says already is not said again (round 39 short32: was said twice, ~350 characters).
    const allFacts = withAgesTold(understoodFacts(interview, rules, dayOf(interview)), told);
    // Lacks told counted in the class said first (round 46 resid53): what the members told settle is said with them, the ages
    // with the old members' supports (agedNote), so none is said again.
    const lacksSaid = classFirst && told !== undefined && deprivedTold(told);
    const covered = classFirst ? withAgesTold(understoodFacts({ ...interview, ...(lacksSaid ? {} : { answers: {} }), deprivationsCounted: undefined }, rules, dayOf(interview)), lacksSaid ? told : undefined) : [];
    const facts = allFacts.filter((fact) => !saidBefore.includes(fact) && !covered.includes(fact));
    const later = asOf ? ` ${askedDayNote(asOf)}` : '';
    // How the income was read when it took a step ("6-7 triệu": the higher end; a year ÷ 12); "ba tui om nang, nha tui co duoc xet
    // ho ngheo ko" (round 27): a member ill told with no figure, said not counted (was left out with no fact to say it after).
    const noted = told?.notes.length && !saidBefore.includes(told.notes.join('; ')) ? ` (${told.notes.join('; ')})` : '';
    // Nothing understood yet: the questions are said once, with nothing to review before them.
    const opened = told || known;
    const aged = agedNote(told, dayOf(interview));
    // The old members' card kept (without their ages: codedTopic) for "con ong noi thi sao" next (round 46 mend50b; was "ngoài phạm vi").
    const agesReached = [...(told?.understood.memberDetails ?? []).flatMap((member) => (member.age !== undefined ? [member.age] : [])), ...(told?.agesAbove ?? []).map((above) => above + 1)];
    if (aged !== '') turn.session.last = topicCode(codedTopic(rules, { kind: 'support', supportId: MONTHLY_ALLOWANCE, ages: agesReached }, dayOf(interview)));
    // Members away said with how to count them (round 35 household24): that correction is the one to make, the general one and
    // what the questions are for left out (the first answer was 1.152 characters).
    const away = told ? awayToldNote(turn, interview.members, told.membersCounted === true) : '';
    const rest = `${away}${floorAreaWorked(told, rules, dayOf(interview))}${later}${unclear}${aged}`.trim();
    const intro = opened
      ? facts.length
        ? `Mình hiểu: ${facts.join('; ')}${noted}.${away}${floorAreaWorked(told, rules, dayOf(interview))}${later}${unclear} Mình sẽ hỏi thêm vài câu${away ? '' : ' theo chuẩn nghèo đa chiều (sửa được trước câu hỏi đầu tiên)'}.${aged}`
        : classFirst
          ? rest || undefined
          : `Mình sẽ hỏi vài câu về hộ của bạn để kiểm tra theo chuẩn nghèo đa chiều${noted}.${later}${unclear}${aged}`
      : undefined;
    const understood = intro ? closedByProvinceStandards([lines(intro)], province && !classFirst ? [province] : []) : [];
    // Only after "Mình hiểu: …" (facts told) is the consent said shorter; the plain start still lists what is asked (round 34);
    // shorter still after an answer (the lead given before, the old members' pensions: round 41 resid41).
    const follows = !opened || allFacts.length === 0 ? undefined : saidBefore !== '' || aged !== '' ? 'answer' : 'intro';
    if (interview.awaitingConsent) return [...understood, info.consentReply(dayOf(interview), follows)];
    return [...understood, ...beginQuestions(turn, interview)];
  }

  /**
   * "ma tui 82 tuoi, tui 60 tuoi, 2 me con" (round 22): the old members' ages told reach a social pension, said with what was
   * understood (its basis and status, where to apply): the check's result never knows the ages (they are not kept).
   */
  function agedNote(told: Understanding | undefined, day: string): string {
    const exact = agedSupportLines(rules, (told?.understood.memberDetails ?? []).flatMap((member) => (member.age !== undefined ? [member.age] : [])), day);
    return exact + (told?.agesAbove ?? []).map((above) => agedSupportLines(rules, [], day, above)).join('');
  }

  function beginQuestions(turn: Turn, interview: Interview): Reply[] {
    const steps = interviewSteps(rules, dayOf(interview));
    const started = { ...interview, awaitingConsent: false, consentAsked: undefined, position: nextPosition(interview, steps, -1) };
    turn.interview = started;
    return continueInterview(turn, started);
  }

  function giveConsent(turn: Turn, granted: boolean): Reply[] {
    const interview = turn.interview;
    if (granted) turn.session.consentAt = now().toISOString();
    const note = granted
      ? 'Cảm ơn bạn. Câu trả lời sẽ được lưu tối đa 30 ngày kể từ lần dùng cuối; bạn xóa bất cứ lúc nào bằng /xoadulieu.'
      : 'Được. Câu trả lời chỉ giữ tạm trong cuộc trò chuyện này, không lưu lại sau đó.';
    if (!interview || !interview.awaitingConsent) return [lines(note)];
    return [lines(note), ...beginQuestions(turn, interview)];
  }

  /**
   * A message while the consent question is open. What answers the check ("6 trieu" to the bot's "2 nghìn hay 2 triệu?",
   * "o que", "5 nguoi") is taken into the check, not answered as a new question; a question of several words is answered.
   * Either way the consent question is asked again last, so a typed number presses its buttons, never those of an answer
   * in between ("5" once made a share link of the passage shown for "o que").
   */
  function consentPending(turn: Turn, interview: Interview, text: string): Reply[] | undefined {
    // "chuẩn nghèo nông thôn bao nhiêu" names an area but asks a question; "o que", "6 trieu", "nhà 4 người ở quê" tell.
    // "tầm 20 ngày" to the days worked asked after a day's pay ("làm hồ 300k 1 ngày"): the month's income from them.
    // "mỗi người", "ca 2" to "mỗi người … hay cả hai?": the household's day's pay (and the month, when the days are said too).
    // "1 thang", "ca nam" to "8 triệu là một tháng hay cả năm?": the month's income from the figure told.
    // "2 mùa" to "Một năm hộ làm mấy mùa?": the year's income from each crop's.
    const days = waitingIncomeAnswer(interview, text) ?? eachOrTogetherAnswer(interview, text);
    if (days) {
      turn.interview = days.interview;
      turn.household = true;
      // "lam 20 ngay" (round 31 consent17): the month's income it gives settles the class as a worded "thu nhap 6 trieu" does.
      const areaNow = settledAtConsent(turn, days.interview, true);
      return [lines(`Mình ghi nhận: ${understoodFacts(days.interview, rules, dayOf(days.interview)).join('; ')} (${days.note}).`), ...(areaNow ?? [consentAgain(turn)])];
    }
    const message = readMessage(text);
    const now = backToToday(interview, asksNow(message), rules, today());
    if (now) {
      turn.interview = now.interview;
      turn.household = true;
      return [lines(`${now.note} Mình ghi nhận: ${understoodFacts(now.interview, rules, today()).join('; ')}.`), consentAgain(turn)];
    }
    // "qua thang 1 thi nha tui co con can ngheo ko" while the consent question waits (round 19): the check moves to that day and
    // says so, the household told kept (was a new check: the facts lost and the consent asked twice).
    const later = standingAskedLater(message, today());
    if (later) {
      turn.interview = { ...interview, date: later.day };
      turn.household = true;
      const facts = understoodFacts(turn.interview, rules, later.day);
      // "nam sau thi sao" after the figures told (round 39 mend39a; was the consent question alone): what they settle on that day.
      const settledLater = settledAtConsent(turn, turn.interview, true);
      // "con nam 2027 thi sao" after an income per person (round 42 resid45; was the consent again alone): the same amount against
      // the lines of the standard of that day, with its status, before the choice.
      // "nam sau thi nha tui tinh sao" after a household's size and income (round 43 mend45a; was what they settle without the line):
      // its income per person against that day's lines too, unless the figures settle the class.
      const againstLines = settledSoFar(turn, turn.interview)?.lead.settled === true ? undefined : linesLeadAtConsent(turn.interview);
      if (againstLines) return [lines(`${askedDayNote(later.day)}${turn.interview.members !== undefined && facts.length > 0 ? ` Mình ghi nhận: ${facts.join('; ')}.` : ''}`), againstLines, consentAgain(turn)];
      return [lines(`${askedDayNote(later.day)}${facts.length > 0 ? ` Mình ghi nhận: ${facts.join('; ')}.` : ''}`), ...(settledLater ?? [consentAgain(turn)])];
    }
    // "bhyt tra bn phan tram" (round 32 follow20; was recorded as "Bảo hiểm y tế: không thiếu hụt"): a support asked how much, a
    // question, tells nothing of the household.
    const topicNow = readTopic(message, today());
    const supportAsked = topicNow?.kind === 'support' && ['amount', 'rate'].includes(aspectSaid(message) ?? '');
    // "ko co dien thoai" after the figures (round 41 law34; was recorded as "Sử dụng dịch vụ viễn thông: thiếu hụt"): a lack said
    // alone that belongs to more than one indicator in force on the check's day (a phone: Internet, and the means of getting
    // information, in 2026) is answered as the same words first are, which indicators it may count for; nothing recorded.
    const inForce = new Set(indicatorsFor(rules, dayOf(interview)).map((indicator) => indicator.id));
    const twoIndicators = topicNow?.kind === 'indicator' && topicNow.indicatorIds.filter((id) => inForce.has(id)).length > 1;
    // In brief (round 41 law35; was the whole answer and the consent again, 1.751 characters), the choice below it in one line
    // (the consent reply was the message before: consentAsked).
    if (twoIndicators) {
      turn.interview = { ...interview, consentAsked: true };
      return [indicatorAnswer(rules, topicNow, today(), true), consentAgain(turn)];
    }
    // "con o thanh pho thi bn" while it waits after an income (round 43 mend45a; was recorded as the household's area, the consent
    // asked again): another area asked as a follow-up is answered for the figures told, on the check's day; nothing recorded.
    const areaAsked = areaAskedAtConsent(turn, interview, message);
    if (areaAsked) return areaAsked;
    const tells = !topicNow || (!supportAsked && !twoIndicators && readHouseholdMessage(message, rules, today()) !== undefined);
    // "co bhyt het", "nha co 2 nguoi co bhyt roi" (round 20): a condition of the household told, no question asked, is kept for the
    // check (its indicator answered), not answered as a question about that support. A text asked for ("viet bai doc loa ve vay von
    // cho ho can ngheo", round 21) tells nothing of the household ("loa" is no lack of a radio): it is written, below.
    const post = !tells && shortAnswer(rules, message, today()) !== undefined;
    const fact = !tells && !post && !supportAsked && !twoIndicators && !asksSomething(message) ? correction(interview, text, rules, dayOf(interview), today()) : undefined;
    const changed = fact ? changedAnswers(interview, fact.interview) : [];
    // "nha co 2 nguoi co bhyt roi" (round 21) counts who has it: in a household of 4 told before, two of them (the lack, with the
    // remark that says so, as at the BHYT question); with no size told yet, the household's size, said back to correct (was the
    // BHYT card, the fact lost).
    const counted =
      fact && changed.length === 1 && !sameFigures(interview, fact.interview) && sameIncome(interview.income, fact.interview.income)
        ? interview.members === undefined
          ? fact
          : someHaveIt(interview, fact.interview, changed[0]!)
        : undefined;
    const told = tells ? correction(interview, text, rules, dayOf(interview), today()) : fact && changed.length > 0 && sameFigures(interview, fact.interview) ? fact : counted;
    if (told) {
      turn.interview = told.interview;
      turn.household = true;
      // "qua năm 2027 thu nhập 8 triệu thì sao": the check moves to that year's standard, and says so.
      const moved = told.moved ? ` ${askedDayNote(dayOf(told.interview))}` : '';
      const facts = understoodFacts(told.interview, rules, dayOf(told.interview));
      const recorded = `${facts.length > 0 ? `Mình ghi nhận: ${facts.join('; ')}${told.note ? ` (${told.note})` : ''}.` : ''}${moved}`.trim();
      // "e ở ngoài bắc, nông thôn ạ" after the household's figures: what they settle in that area now, with the coming standard's
      // class (round 24: was "Mình ghi nhận…" and the consent question, no estimate).
      // "5 nguoi", "sai roi nha tui 6 nguoi" (round 31 household17): a size or income corrected gives the class again with the new
      // figures, nothing stored (the consent is only to keep the answers: Luật 91/2025/QH15); was the consent question alone.
      // "ko co bhyt, nha tranh" after them (round 43 resid47; was "Mình ghi nhận" and the consent question, no class): the lacks
      // told change the class the figures settle, so it is given again with them.
      const refigured = (interview.area === undefined && told.interview.area !== undefined) || !sameFigures(interview, told.interview) || changedAnswers(interview, told.interview).length > 0;
      // "nam sau thi nha tui tinh sao" after the figures told (round 43 mend45a; was the consent question alone): the income per
      // person against that day's lines.
      const movedLines = told.moved ? linesLeadAtConsent(told.interview) : undefined;
      if (movedLines) return [lines(...(told.remark ? [told.remark] : []), recorded), movedLines, consentAgain(turn)];
      const areaNow = refigured ? settledAtConsent(turn, told.interview, true) : undefined;
      return [lines(...(told.remark ? [told.remark] : []), recorded), ...(areaNow ?? [consentAgain(turn)])];
    }
    // "con can ngheo thi sao" while the consent question waits after the figures (round 33 short23; was the estimate again): what
    // that class means for the household, the income told and the line of the standard in force (its status), then the choice.
    const meant = classMeantAtConsent(turn, interview, message);
    if (meant) return meant;
    // "vay nha e la ho j" while the consent question waits: what the figures told already settle, as "… thi la ho j" said with
    // them (was: the explainer of every support, the figures not used); the consent question after it, to check in full.
    // "vay nha tui ngheo hay can ngheo" (round 44 mend47a; was an explainer of every support): the class asked back, as after a result.
    const settled = asksHouseholdClass(message) || readAfterResult(message)?.kind === 'classAsked' ? settledAtConsent(turn, interview) : undefined;
    if (settled) return settled;
    // "co dc ho tro j ko" while the consent question waits, the figures told (round 31 consent17: was every support of every
    // class, ~9.000 characters): the class they settle, the short list of that class's supports, the consent choice again.
    // "co dc gi ko" asks the same (round 32 consent18: was the class and "Hộ được hỗ trợ gì tùy hộ …", no list; round 30
    // words15 had it "ngoài phạm vi").
    // The area deciding the class ("4 nguoi thu nhap 7 trieu", no area told): what the figures settle, then that the supports
    // come with the class.
    // "vay dc ko" while the consent question waits after the figures (round 34 words19; was the loans explainer's passage): the
    // loans of the class they settle (the lowest, with the other said), then the choice again.
    // "vay thi sao" there (round 44 mend47a; was the loans of the class settled): "vậy thì sao", said plainer with the next step below.
    const soWhat = asksWhatConsentMeans(message) && readAfterResult(message)?.kind === 'nextSteps';
    const loanAsked = !soWhat && asksLoanOfClass(message, today()) ? loanAtConsent(turn, interview) : undefined;
    if (loanAsked) return loanAsked;
    const supportsQuestion = readSupportsQuestion(message) === '' || asksGetsAlone(message);
    const supportsAsked = supportsQuestion ? supportsAtConsent(turn, interview) : undefined;
    if (supportsAsked) return supportsAsked;
    const byArea = supportsQuestion ? settledAtConsent(turn, interview, true) : undefined;
    if (byArea) return [byArea[0]!, lines(HELP_WITH_RESULT), ...byArea.slice(1)];
    // "co ai giup ko" while the consent question waits: what the household gets comes with the check's result (findings N02).
    if (readHelpAsked(message) || asksGetsAlone(message)) return [lines(HELP_WITH_RESULT), consentAgain(turn)];
    // "ko hieu", "hok hieu gi het" while the consent question waits (round 32 short20; was "(Bạn chưa chọn…)" alone): the estimate
    // and the choices said plainer, that nothing is kept before one is chosen, then the choice again.
    // "tui ko hieu, luu thong tin la sao" (round 37; was a province's plan quoted for "lưu thông hàng hóa"): the same plainer words.
    // Said once; asked again right after, what each choice does in one line (LAST_CONSENT_PLAIN), never the same reply twice.
    const plainAgain = turn.session.last === LAST_CONSENT_PLAIN;
    const consentPlain = (refused = false, next?: string): Reply[] => {
      turn.session.last = plainAgain ? LAST_CONSENT_BRIEF : LAST_CONSENT_PLAIN;
      return [plainAgain ? info.consentChoicesBrief(today()) : info.consentPlainReply(today(), settledSoFar(turn, interview) !== undefined, refused, next)];
    };
    // "Viết lại để đăng Zalo" while it waits (round 42 outreach43; was the consent said plainer): a post from the last policy answer,
    // never from the household's figures; with none, what can be made a post. Then the choice again.
    const rewrite = asksShorter(message);
    if (rewrite && (rewrite.spoken || rewrite.southern || saysAny(message.words, TOPICS.shortText.posted) || saysAny(message.words, TOPICS.shorten.printed))) {
      return [...postAtConsent(turn, rewrite), consentAgain(turn)];
    }
    // "vay thi sao" after the class the figures settle (round 44 mend47a): with the next step of a household (Mẫu số 04 at UBND cấp xã).
    const step = soWhat ? procedureSteps(rules, dayOf(interview)).find((candidate) => candidate.about?.includes('next') && candidate.brief) : undefined;
    if (rewrite?.plain || asksWhatConsentMeans(message)) return consentPlain(false, step && `Bước tiếp theo: ${tagged(step.brief!, step.status)}`);
    // "tui ko dong y thi lam sao" while it waits (round 33 mend33a; was the card of a review result disputed): the consent refused,
    // asked what follows: that not saving is fine, what each choice does, the choice again.
    if (!topicNow && saysConsentRefused(message)) return consentPlain(true);
    // "cam on ban nhieu nha" while the consent question waits: thanked kindly, not asked the consent again (findings23 O36–O40).
    if (readSmallTalk(message) === 'thanks') return freeText(turn, text);
    // "lam o dau", "r sao nua" while the consent question waits (round 32 tryout19; was "ngoài phạm vi", or a province's plan
    // quoted by search): where a household files to be recognised (the procedure's step), then the consent choice again.
    // "xin o dau" after the housing card given while it waits (round 33 tryout20; was the procedure's step, as if the household's
    // recognition were asked): that card's part asked, then the consent choice again.
    // What the last answer was about, without its marks ("brief:" before the disability entry in brief: "xin o dau" after "con tui bi
    // khuyet tat nang dc tro cap bn", round 33 mend33a; was the procedure's step, the card not read).
    const shownCode = aboutOf(turn.session.last);
    // "o dau nop giay" after the pension's card (round 46 mend50b): the paper filed is that card's (TOPICS.followUp.paperFiled).
    const cardShown = shownCode ? topicFromCode(shownCode, rules) : undefined;
    const aspect = readAspect(message) ?? (cardShown?.kind === 'support' ? readAspect(withoutPhrases(message.words, TOPICS.followUp.paperFiled).join(' ')) : undefined);
    const shown = aspect ? cardShown : undefined;
    // "bn tien" after the disability answer given while it waits (round 33 chains22; was the consent question alone): the card's
    // sentences saying it (the allowance's 500.000 đồng × hệ số, tham khảo), then the choice again in one line.
    const said = aspect && shown ? cardSentences(shown, message) : undefined;
    const part = aspect && shown ? (aspectAnswer(rules, shown, aspect, today()) ?? (said && [said])) : undefined;
    if (part) return [...part, consentAgain(turn)];
    if (aspect === 'place') return [procedureStepsAbout(rules, 'where', dayOf(interview), false), consentAgain(turn)];
    // "con gi nua ko", "the con nha tui" while it waits (round 34 mend34a; was the goodbye, then "ngoài phạm vi"): the household's
    // check is what is pending, so the choice again.
    // "the con j nua" after the figures told (round 39 mend39a; was the consent question alone again): what the estimate lacks and
    // what each choice does, then the choice.
    if (readVague(message) === 'more' || readRequest(message) === 'moreDetail') return consentPlain();
    if (readFollowUp(message, today())?.own) return [consentAgain(turn)];
    // "con ong noi thi sao" after the household's old members' supports (round 46 mend50b; was "ngoài phạm vi"): that card again.
    if (cardShown?.kind === 'support' && relativeAsked(message)) return [...answerTopic(rules, cardShown, today()), consentAgain(turn)];
    if (text.split(' ').length >= MIN_QUESTION_WORDS) {
      return [...freeText(turn, text), consentAgain(turn)];
    }
    // "4" typed at the three choices (round 21; was the consent question again, the number lost): no size told yet, it is the
    // household's, said back; else it is no choice, said so. Either way the choices by number.
    const number = /^\d{1,2}$/.test(matchKey(text)) ? Number(matchKey(text)) : undefined;
    if (number !== undefined) {
      const sized = interview.members === undefined && number >= 1 && number <= MAX_MEMBERS ? { ...interview, members: number } : undefined;
      if (sized) {
        turn.interview = sized;
        turn.household = true;
      }
      const note = sized
        ? `Mình ghi nhận: ${understoodFacts(sized, rules, dayOf(sized)).join('; ')} (bạn gõ “${number}”; nếu đó không phải số người trong hộ, bạn sửa được khi xem lại).`
        : `Bạn gõ “${number}”, nhưng ở đây chỉ có 3 lựa chọn.`;
      // A bare "5" taken as the size (round 31 consent17) settles the class as "5 nguoi" does; the choices by number after it.
      const areaNow = sized ? settledAtConsent(turn, sized, true, true) : undefined;
      return [lines(note), ...(areaNow ?? [consentAgain(turn, true)])];
    }
    return [consentAgain(turn)];
  }

  /**
   * "con o thanh pho thi bn", "the o que thi sao" while the consent question waits (round 43 mend45a): the area asked as a follow-up
   * (opened, the household's own not named) against the figures told, on the check's day (or the year asked): what both figures
   * settle there, else the income per person against that area's lines; the choice again. Nothing recorded: it asks, it does not
   * tell where the household lives. Undefined for another message or without an income told.
   */
  function areaAskedAtConsent(turn: Turn, interview: Interview, message: ReadMessage): Reply[] | undefined {
    const asked = readFollowUp(message, today());
    if (!asked?.area || asked.own || asked.classification !== undefined || !opensFollowUp(message) || interview.income === undefined) return undefined;
    const day = asked.year !== undefined && `${asked.year}-01-01` > today() ? `${asked.year}-01-01` : dayOf(interview);
    const there: Interview = { ...interview, area: asked.area, date: day };
    const lead = linesLeadAtConsent(there) ?? settledAtConsent(turn, there, true)?.[0];
    return lead ? [lead, consentAgain(turn)] : undefined;
  }

  /**
   * The income per person of a check waiting for consent (told so, or the household's income over its members) against the lines
   * of the standard on the check's day, in its area or each (perPersonLead: the lines, the status, what decides the class);
   * undefined without it or once an indicator is answered (the estimate then goes by them: settledAtConsent).
   */
  function linesLeadAtConsent(interview: Interview): Reply | undefined {
    const { income, members } = interview;
    const amount = income?.perPerson ? income.amount : income && members ? Math.round(income.amount / members) : undefined;
    if (amount === undefined || Object.keys(interview.answers).length > 0) return undefined;
    const lead = perPersonLead(rules, { asOf: dayOf(interview), understood: { monthlyIncomePerPerson: amount, area: interview.area ?? null, deprivations: [] } }, today());
    return lead ? lines(lead) : undefined;
  }

  /**
   * A post asked while the consent question waits (round 42 outreach43): the last answer, when it was a policy answer (a topic's
   * card, a class's supports), rewritten for bà con; a household's check or result is never made a post: what can be is said.
   */
  function postAtConsent(turn: Turn, asked: ShortForm): Reply[] {
    const shown = aboutOf(turn.session.last);
    const policy = shown !== undefined && shown !== LAST_CHECK && (listedOf(shown) !== undefined || topicFromCode(shown, rules) !== undefined);
    const { plain: _plain, length: _length, ...written } = asked;
    const post = policy ? plainerLast(turn, shown, { ...written, readers: true }, turn.session.last?.startsWith(SHORT_MARK) === true, wasBrief(turn.session.last)) : undefined;
    if (post) return post;
    return [
      lines(
        'Bài đăng chỉ soạn từ câu trả lời về chính sách (chuẩn nghèo, các hỗ trợ, thủ tục), không bao giờ từ thông tin của hộ bạn đang kiểm tra. Bạn gõ câu hỏi kèm chữ “viết bài đăng Zalo”, ví dụ: “viết bài đăng Zalo về chuẩn nghèo 2027”, “soạn tin cho bà con về hỗ trợ tiền điện”.',
      ),
    ];
  }

  /**
   * The class the figures of a check waiting for consent give (members, income, anything told of the indicators): the lead a
   * household told in one message gets, then the consent question (short) to check in full (`numbered`: with each choice's number, consentAgain); undefined without both figures.
   */
  function settledAtConsent(turn: Turn, interview: Interview, coming = false, numbered = false): Reply[] | undefined {
    const found = settledSoFar(turn, interview);
    if (!found) return undefined;
    const next = coming ? comingSaid(rules, found.ends) : '';
    // "Hủy" said by its number on a phone (Span.press).
    const after = found.lead.settled
      ? [
          plain(`${FOR_REFERENCE} Muốn kiểm tra đầy đủ các điều kiện sống, bạn chọn “Đồng ý lưu” hoặc “Không lưu”; không cần thì `),
          pressing('Hủy', '/huy'),
          plain('.'),
        ]
      : undefined;
    return [lines(found.lead.text, ...(next ? [next] : [])), after ? reply(after, info.consentReply(today()).buttons) : consentAgain(turn, numbered)];
  }

  /**
   * A poor or near-poor class asked as a follow-up ("con can ngheo thi sao") of the figures told, the consent waiting: the income
   * told, the standard in force that day still having the class with its line and status (claims.ts classKept), the choice in
   * one line. Undefined for another message, no income told, or a class no band of the standard names.
   */
  function classMeantAtConsent(turn: Turn, interview: Interview, message: ReadMessage): Reply[] | undefined {
    const asked = readFollowUp(message, today());
    const classification = asked && !asked.own && asked.year === undefined && asked.area === undefined ? asked.classification : undefined;
    if ((classification !== 'poor' && classification !== 'near_poor') || interview.income === undefined) return undefined;
    const kept = classKept(rules, classification, dayOf(interview));
    const meant = kept?.rule ? `Theo ${kept.of}: ${lowerFirst(kept.rule)}` : kept?.still && upperFirst(kept.still);
    const income = understoodFacts(interview, rules, dayOf(interview)).find((fact) => fact.startsWith('Thu nhập'));
    if (!meant || !income) return undefined;
    return [lines(`Bạn kể: ${income}.`, meant), consentAgain(turn)];
  }

  /**
   * The supports of the class the figures told settle at least (the ends of every area agree on it), short, each with its source
   * and status (short.ts supportsText), a higher class they may reach named with where to see its own; the consent choice after
   * it. Undefined without both figures, or when the area decides the class (the lead says so, the supports come with the check).
   */
  /** About the characters of a short list's lines naming or counting its other supports (supportsAtConsent). */
  const NAMES_LINES = 200;

  function supportsAtConsent(turn: Turn, interview: Interview): Reply[] | undefined {
    const found = settledSoFar(turn, interview);
    const least = new Set(found?.ends.map((end) => end.least.classification));
    const [classification] = [...least];
    if (!found || least.size !== 1 || classification === undefined || classification === 'unknown') return undefined;
    const higher = [...new Set(found.ends.map((end) => end.most.classification))].filter((other) => other !== classification && other !== 'unknown');
    const more = higher.map((other) => `Nếu kiểm tra đầy đủ thấy hộ là ${lowerFirst(CLASS_NAMES[other])}: các hỗ trợ của loại hộ đó${supportsKey(other) ? ` (gõ /hotro ${supportsKey(other)})` : ''}.`);
    // Within a phone's message with the lead and the choice around it (round 45 resid51: "dc ho tro j" after a household told was
    // 1.774 characters, the conditional and unknown supports named one by one): the past the sure ones counted, as a class's list
    // asked alone counts them, each one "chi tiết" away (/hotro).
    // The choice in one short line: the consent was asked in brief just above, with what each choice does.
    if (turn.interview) turn.interview = { ...turn.interview, consentAsked: true };
    const again = consentAgain(turn);
    // The lines naming or counting the rest are not budgeted (short.ts: maxChars is the text without them); ~200 characters of them
    // past the phone's room beyond maxChars are taken from the room too.
    const before = [found.lead.text, ...more, replyText(again)].join('\n\n').length + NAMES_LINES - (SHORT_TEXT_DEFAULTS.phoneChars - SHORT_TEXT_DEFAULTS.maxChars);
    return [lines(found.lead.text), supportsText(rules, classification, dayOf(interview), undefined, { toOne: true, counted: true, before, ...(supportsKey(classification) ? { seenAt: `gõ /hotro ${supportsKey(classification)}` } : {}) }), ...(more.length > 0 ? [lines(...more)] : []), again];
  }

  /**
   * The preferential loans (TOPICS.followUp.loanAlone) for the class the figures told settle while the consent waits: the card of
   * the least class they give, a line for a higher one, the choice again; undefined without both figures or a class.
   */
  function loanAtConsent(turn: Turn, interview: Interview): Reply[] | undefined {
    const found = settledSoFar(turn, interview);
    const least = new Set(found?.ends.map((end) => end.least.classification));
    const [classification] = [...least];
    // The poor and near-poor borrow (rules/supports); a middle-class household's figures keep the answer search gives.
    if (!found || least.size !== 1 || (classification !== 'poor' && classification !== 'near_poor')) return undefined;
    const asked = askedClass(classification);
    if (asked === undefined) return undefined;
    const higher = [...new Set(found.ends.map((end) => end.most.classification))].filter((other) => other !== classification && other !== 'unknown');
    const more = higher.map((other) => `Nếu kiểm tra đầy đủ thấy hộ là ${lowerFirst(CLASS_NAMES[other])}: vay vốn của loại hộ đó, gõ “vay vốn ${lowerFirst(CLASS_NAMES[other])}”.`);
    const topic: Topic = { kind: 'support', supportId: TOPICS.followUp.loanAlone.support, classification: asked };
    turn.session.last = topicCode(codedTopic(rules, topic, today()));
    return [...answerTopic(rules, topic, dayOf(interview)).map(withoutButtons), ...(more.length > 0 ? [lines(...more)] : []), consentAgain(turn)];
  }

  /**
   * What the figures of a check in progress already settle (members, income, the indicators answered so far): the lead a
   * household told in one message gets; undefined without both figures.
   */
  function settledSoFar(turn: Turn, interview: Interview): ReturnType<typeof knownEnds> {
    const { members, income } = interview;
    if (members === undefined || income === undefined) return undefined;
    const answered = (answer: Answer) => Object.keys(interview.answers).filter((id) => interview.answers[id] === answer) as IndicatorId[];
    const known: KnownFigures = { date: dayOf(interview), members, income, deprivations: answered('yes'), notDeprived: answered('no'), ...(interview.area ? { area: interview.area } : {}) };
    const found = knownEnds(rules, known, known.date > today(), (profile) => evaluate(turn, profile));
    if (found) turn.household = true;
    return found;
  }

  /**
   * "nha co 2 nguoi co bhyt roi" in a household of 4 (round 21): fewer people than the household have what every member must have
   * (BHYT from 6 years old): the others lack it, as "co ong ba co the thoi" is read at its question, and how it was counted is said.
   */
  function someHaveIt(interview: Interview, told: Interview, id: IndicatorId): Told | undefined {
    const indicator = indicatorsFor(rules, dayOf(interview)).find((candidate) => candidate.id === id);
    const have = told.members;
    if (indicator?.memberMarks !== 'any_member' || told.answers[id] !== 'no' || have === undefined || interview.members === undefined || have >= interview.members) return undefined;
    return {
      interview: { ...interview, answers: { ...interview.answers, [id]: 'yes' } },
      remark: `Mình tính: bạn kể ${have} người có ${lowerFirst(indicator.name)}, còn ${interview.members - have} người trong hộ chưa có.`,
    };
  }

  /** The indicators whose answer differs between two states of a check (a condition told). */
  function changedAnswers(before: Interview, after: Interview): IndicatorId[] {
    const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
    return ([...ids] as IndicatorId[]).filter((id) => before.answers[id] !== after.answers[id]);
  }

  /** The same size and income: "nha co 2 nguoi co bhyt roi" counts who has a card, never the household's size. */
  function sameFigures(before: Interview, after: Interview): boolean {
    return before.members === after.members && sameIncome(before.income, after.income);
  }

  /**
   * The consent question again, short: its buttons are the consent reply's own; `numbered`: with each choice's number, for one
   * who typed a number that is none of them. Said in full once (why the choice, what comes after it); after that one line, so
   * each answer given while the choice waits does not end with the same sentence (round 21b tryout); the consent reply itself
   * (what is kept, Luật 91/2025/QH15) was shown before the first.
   */
  function consentAgain(turn: Turn, numbered = false): Reply {
    const buttons = info.consentReply(today()).buttons;
    const choices = numbered ? ` Gõ số: ${(buttons ?? []).flat().map((button, at) => `${at + 1}. ${button.label}`).join(' · ')}.` : '';
    const interview = turn.interview;
    const said = (text: string): Reply => ({ ...reply([plain(`${text}${choices}`)], buttons), ...(numbered ? { choicesSaid: true } : {}) });
    if (interview?.consentAsked) return said('(Bạn chưa chọn: “Đồng ý lưu” / “Không lưu” để bắt đầu kiểm tra.)');
    if (interview) turn.interview = { ...interview, consentAsked: true };
    return said('Để bắt đầu kiểm tra, bạn chọn “Đồng ý lưu” hoặc “Không lưu” (câu trả lời chỉ giữ tạm) giúp mình; số người, thu nhập… mình sẽ hỏi ngay sau đó.');
  }

  /** The consent question asked again, in brief: what each choice does, the whole text being just above. */
  function consentRepeated(): Reply {
    return reply(
      [plain(`Câu hỏi về lưu thông tin ở ngay phía trên: bạn chọn “Đồng ý lưu” (lưu câu trả lời tối đa ${RETENTION.sessionDays} ngày, xóa bất cứ lúc nào: gõ /xoadulieu) hoặc “Không lưu” (vẫn kiểm tra, chỉ giữ tạm) để bắt đầu.`)],
      info.consentReply(today()).buttons,
    );
  }

  function continueInterview(turn: Turn, given: Interview): Reply[] {
    // The area skipped as changing nothing, until a corrected figure made it matter: asked now.
    const reasked = areaNowNeeded(given, rules, dayOf(given));
    const interview = reasked ?? given;
    if (reasked) turn.interview = reasked;
    if (!isFinished(interview, rules, dayOf(interview))) {
      // Before the first indicator question: what was understood, with the income per person, correctable in one tap or line.
      if (interviewSteps(rules, dayOf(interview))[interview.position]?.kind !== 'indicator' || interview.reviewed) return [askCurrent(interview, rules, dayOf(interview))];
      const reviewed = { ...interview, reviewed: true };
      turn.interview = reviewed;
      return [reviewReply(reviewed, rules, dayOf(reviewed)), askCurrent(reviewed, rules, dayOf(reviewed))];
    }
    const outcome = evaluate(turn, toProfile(interview, rules, dayOf(interview)));
    if (!outcome.ok) {
      turn.log.warn('check_rejected', { field: outcome.error.field });
      return [
        reply([plain(`Mình chưa tính được: ${outcome.error.message} Bạn `), pressing('Quay lại', '“quay lại”'), plain(' để sửa câu trả lời.')], [
          [
            button('Quay lại', { kind: 'check', step: 'back' }),
            button('Hủy', { kind: 'check', step: 'cancel' }),
          ],
        ]),
      ];
    }
    turn.writes.push(() => store.recordCheck(outcome.value.classification));
    turn.household = true;
    turn.session.last = LAST_CHECK;
    turn.log.info('check', { channel: turn.message.channel, classification: outcome.value.classification });
    const areaNote = areaNotAskedNote(interview, rules);
    return [
      resultReply(outcome.value, {
        ...(areaNote ? { intro: areaNote } : {}),
        context: resultContext(turn, toProfile(interview, rules, dayOf(interview)), outcome.value),
        buttons: [
          [button('Chi tiết', { kind: 'check', step: 'detail' })],
          [
            button('Sửa câu trả lời', { kind: 'check', step: 'back' }),
            button('Kiểm tra lại từ đầu', { kind: 'check', step: 'restart' }),
          ],
          [...supportsButton(outcome.value.between?.atLeast ?? outcome.value.classification), button('Báo sai', { kind: 'reportResult' })],
          [button('Xong, xóa câu trả lời', { kind: 'check', step: 'cancel' })],
        ],
      }),
    ];
  }

  /**
   * A rumour told ("nghe nói …") in the first or last clauses of a message, and a household told in the others: the rumour's
   * correction (claims.ts) and the household (its income read without the rumour's figure); undefined otherwise.
   */
  function rumourBesideHousehold(message: ReadMessage): { correction: string; household: Understanding } | undefined {
    if (!saysAny(message.words, TOPICS.claims.told)) return undefined;
    const clauses = message.text.split(/(?<=[,.;!?\n])/);
    for (let at = 1; at < clauses.length; at += 1) {
      for (const [said, rest] of [[clauses.slice(0, at), clauses.slice(at)], [clauses.slice(at), clauses.slice(0, at)]] as const) {
        const rumourText = readMessage(said.join('').replace(/[\s,.;]+$/, ''));
        const householdText = readMessage(rest.join(''));
        if (!saysAny(rumourText.words, TOPICS.claims.told) || saysAny(householdText.words, TOPICS.claims.told)) continue;
        const household = readHouseholdMessage(householdText, rules, today());
        const rumour = household && rumourCorrection(rules, rumourText, today());
        if (rumour) return { correction: rumour.correction.text, household: household! };
      }
    }
    return undefined;
  }

  /**
   * The class a household told in one message, nothing asked, already gets from its figures and the deprivations it told, as
   * "tạm tính" with what it assumes (the check that follows confirms it); undefined when the indicators not told could change it.
   */
  function provisionalLead(turn: Turn, told: Understanding): string | undefined {
    const found = toldEnds(rules, told, today(), (profile) => evaluate(turn, profile));
    if (!found?.lead.settled) return undefined;
    const coming = comingLines(rules, found, (profile) => evaluate(turn, profile)).join(' ');
    // Today's source with its status, then the coming standard's line with its own (round 29: the 2027 line named none).
    return `Tạm tính (tham khảo): ${found.lead.text} Căn cứ: ${standardLine(found.ends[0]!.least, false)}.${coming ? ` ${coming}` : ''}\n${provisionalAssumes(turn, told, 'những thiếu hụt bạn kể')}`;
  }

  /**
   * What a "tạm tính" assumes of what was told (`deprivations`: the deprivations named, or their count), and that the check confirms
   * it. "nha tui 4 nguoi o que thu nhap 12 trieu, ko co bhyt" (round 27): the income alone deciding, the deprivations are not said to
   * be assumed (was "giả định … những thiếu hụt bạn kể là đúng" above the near-poor line).
   */
  function provisionalAssumes(turn: Turn, told: Understanding, deprivations: string): string {
    const income = 'Kết quả tạm tính này giả định thu nhập bạn kể là thu nhập bình quân một tháng trong 12 tháng qua';
    return incomeDecides(turn, told)
      ? `${income}; với thu nhập đó, thiếu hụt chỉ số nào cũng không làm đổi kết quả. Bạn trả lời tiếp các câu hỏi để xác nhận.`
      : `${income} và ${deprivations} là đúng; bạn trả lời tiếp các câu hỏi để xác nhận.`;
  }

  /** Whether the income told decides the class alone, on its day and under the next standard: no indicator and every one deprived give one class. */
  function incomeDecides(turn: Turn, told: Understanding): boolean {
    const byIncome = (profile: HouseholdProfileInput) => evaluate(turn, profile);
    const found = toldEnds(rules, { ...told, understood: { ...told.understood, deprivations: [] }, notDeprived: [], decided: {} }, today(), byIncome);
    if (!found?.lead.settled) return false;
    const next = nextStandardAfter(rules, found.known.date);
    return !next || knownEnds(rules, { ...found.known, date: next.validFrom }, true, byIncome)?.lead.settled === true;
  }

  /**
   * "nha tui 4 nguoi o que thu nhap 5 trieu, thieu 3 chi so" (round 26), nothing asked: the count of deprivations told, none named,
   * against the lines (countedLead) as "tạm tính", then the check confirms it; undefined without a count or an income per person.
   */
  function countedProvisional(turn: Turn, household: Understanding): string | undefined {
    const lead = countedLead(rules, household, today());
    return lead && `Tạm tính (tham khảo): ${lead}
${provisionalAssumes(turn, household, `số chỉ số thiếu hụt bạn kể (${household.deprivationsCounted})`)}`;
  }

  /**
   * "nha tui 4 nguoi thu nhap 8 trieu, nam sau co con ngheo ko" asked within the upcoming window of the next standard, the day
   * asked its first (round 36 law28; was a check of that day alone, its consent in full, ~1.330 characters): the class of the day
   * asked first (comingSaid) with the deprivations told that its indicators count (round 37 law29: was today's class first and
   * the 2027 line blind to "thiếu BHYT và nước sạch"), then today's, as the list used from that day is the one this year's review
   * made, that standard's lines, indicator changes and middle band with their status, whom to ask; nothing kept but the household
   * told (as figuresSettle), the full check (and its consent) one button away, "chi tiết" the coming standard's card. Undefined
   * for any other day asked.
   */
  function standingFromNextStandard(turn: Turn, household: Understanding): Reply[] | undefined {
    if (household.asOf === undefined) return undefined;
    const { asOf, ...todays } = household;
    const byRules = (profile: HouseholdProfileInput) => evaluate(turn, profile);
    const found = toldEnds(rules, todays, today(), byRules);
    const from = found?.ends[0]?.least.upcoming?.from;
    const coming = found && from === asOf ? comingLines(rules, found, byRules) : [];
    if (!found || coming.length === 0) return undefined;
    turn.household = true;
    if (!turn.message.isGroup) {
      turn.session.told = { h: toldCode(rules, found.known), m: store.messageRef(privateKey(turn.message), turn.messageId), at: now().toISOString() };
      turn.session.last = topicCode(codedTopic(rules, { kind: 'standard', year: Number(asOf.slice(0, 4)), figures: true }, today()));
    }
    const lead = [...coming, nowBrief(found.ends, found.lead.text, found.known.area !== undefined)];
    return [reply([plain([...lead, ...startingStandardLines(rules, asOf, true), `${WHERE_TO_ASK} Gõ “chi tiết” để xem chuẩn mới.`].join('\n'))], [[FULL_CHECK]])];
  }

  function figuresSettle(turn: Turn, told: Understanding, province?: ProvinceSupportsStandard): { lead: string; coming?: string; replies?: Reply[] } | undefined {
    const found = toldEnds(rules, told, today(), (profile) => evaluate(turn, profile));
    if (!found) return undefined;
    const { ends, lead, known } = found;
    turn.household = true;
    if (!lead.settled) return { lead: lead.text, coming: comingLines(rules, found, (profile) => evaluate(turn, profile)).join(' ') };
    const first = ends[0]!;
    turn.writes.push(() => store.recordCheck(first.least.classification));
    turn.log.info('check', { channel: turn.message.channel, classification: first.least.classification, form: 'told' });
    // The household told is kept for the follow-ups about it ("vay dc ho tro j", "thang 1 thi sao"), with the message that told it.
    if (!turn.message.isGroup) {
      turn.session.told = { h: toldCode(rules, known), m: store.messageRef(privateKey(turn.message), turn.messageId), at: now().toISOString() };
      turn.session.last = LAST_CHECK;
    }
    // "nha 4 nguoi … thang lon di lam Binh Duong, vay la ho gi" (round 33 household20; was the result with no word on them): the
    // members away counted as told, said with the data's line on them.
    const settledLead = { ...lead, text: `${lead.text}${awayToldNote(turn, known.members, told.membersCounted === true)}` };
    return { lead: settledLead.text, replies: endsReplies(turn, ends, settledLead, known, province) };
  }

  /**
   * The replies of a household's ends (settled.ts): the result when the indicators not asked cannot change the class (each area's
   * class when they differ), else the lead and the full check offered. `intro` comes first (a follow-up's "Tính lại cho hộ bạn vừa kể…").
   */
  function endsReplies(turn: Turn, ends: AreaEnds[], lead: { text: string; settled: boolean }, known: KnownFigures, province?: ProvinceSupportsStandard, intro = ''): Reply[] {
    const areaTold = known.area !== undefined;
    // A province with its own standard for its supports named ("nhà tui ở hà nội …"): the national result, and the note.
    const own = province ? [province] : [];
    const first = ends[0]!;
    const detail = (one: (typeof ends)[number], label: string) => button(label, { kind: 'quick', verb: 'detail', figures: quickFigures(one.profile, rules) });
    const more = [FULL_CHECK];
    // Today's class settled, the coming standard's not (the indicators never asked decide it): said so, with those indicators.
    // "nha 3 nguoi o thanh pho thu nhap 6tr6, ko co bhyt, ko co nuoc sach" (round 37 law30): the deprivations told that the coming
    // standard counts, as the December answer of that day says them (deprivationsToldOn; was the coming line blind to them).
    const [, toldThen] = comingLines(rules, { ends, known }, (profile) => evaluate(turn, profile));
    const comingOf = (one: (typeof ends)[number]) => {
      const open = comingOpen(rules, one);
      return { ...(open ? { comingOpen: open } : {}), ...(toldThen ? { comingTold: toldThen } : {}) };
    };
    // What was told says which indicators were not (comingOf): not the check's reading, which takes every other as never asked.
    const toldContext = ({ comingTold: _checked, ...context }: ResultContext) => context;
    if (!lead.settled) return [reply([plain(`${intro}${lead.text}`)], [more])];
    if (areaMatters(ends)) {
      return closedByProvinceStandards([reply([plain(`${intro}${lead.text}`)], [ends.map((one) => detail(one, `Chi tiết (${one.areaName.toLowerCase()})`)), more])], own);
    }
    const shownArea = !areaTold && ends.length > 1 ? ` Các con số dưới đây theo chuẩn ${first.areaName.toLowerCase()}.` : '';
    return [
      resultReply(first.least, {
        intro: `${intro}${lead.text}${shownArea}`,
        context: { ...toldContext(resultContext(turn, province ? { ...first.profile, province: province.province } : first.profile, first.least)), ...comingOf(first) },
        buttons: [[detail(first, 'Chi tiết'), button('Báo sai', reportQuick(first.profile))], more],
      }),
    ];
  }

  /** Whether a household told in one message told a deprivation, by name, by count or by its members (its class is not by income alone). */
  const deprivedTold = (told: Understanding) =>
    told.understood.deprivations.length > 0 || told.deprivationsCounted !== undefined || Object.values(told.decided).some((deprived) => deprived);

  /**
   * The area a class said first is worked out at (classFirstLead): the one told, or urban for a unit holding both said ("thi xa")
   * or a centrally-run city named ("o tphcm", "o binh duong" now in TP.HCM) unless farm work is told ("lam ruong"); else rural,
   * said as assumed with the other area's class. The check still asks the area (never guessed).
   */
  function areaTaken(told: Understanding, message: ReadMessage): AreaTaken {
    if (told.understood.area) return { area: told.understood.area, assumed: false };
    const [province] = provincesSaid(provinces, message.words);
    // "o thi xa" (a unit holding both areas): urban, the area asked below it (told.areaAsked).
    const city = told.areaAsked === true || (province !== undefined && provinces.titleOf(province.now).startsWith('thành phố') && !saysAny(message.words, TOPICS.farmwork));
    return city ? { area: 'urban', assumed: false } : { area: 'rural', assumed: true };
  }

  /** The household told in one message and kept (session.told), in a private chat; undefined without one. */
  const toldHousehold = (turn: Turn): KnownFigures | undefined => (turn.message.isGroup || !turn.session.told ? undefined : toldFromCode(rules, turn.session.told.h));

  /** That household's figures (`known`, changed by a follow-up or moved to another day) as the told household's answer is given. */
  function toldResult(turn: Turn, known: KnownFigures, intro = ''): Reply[] | undefined {
    const found = knownEnds(rules, known, known.date > today(), (profile) => evaluate(turn, profile));
    if (!found) return undefined;
    turn.household = true;
    turn.session.last = LAST_CHECK;
    return endsReplies(turn, found.ends, found.lead, known, undefined, intro);
  }

  /**
   * "con neu 6 nguoi thi sao", "neu thu nhap 8 trieu thi sao" after a household told in one message: that household with what the
   * message changes (the rest as told), never a new household of one fact or "ngoài phạm vi". The household kept stays as told.
   */
  function whatIfTold(turn: Turn, text: string, message: ReadMessage): Reply[] | undefined {
    const known = toldHousehold(turn);
    if (!known) return undefined;
    const heard = understandHousehold(text, rules, today());
    if (heard.questions.length > 0 || factCount(heard) === 0) return undefined;
    const { understood } = heard;
    // "con bhyt thi sao": the support named (as after a check's result), not BHYT told had.
    if (understood.members === null && !toldIncome(understood) && !understood.area && supportNamed(message)) return undefined;
    const changed = toldChanged(known, heard, rules);
    const said = factsChanged(toldInterview(known), toldInterview(changed), rules, changed.date);
    return toldResult(turn, changed, `Tính lại cho hộ bạn vừa kể (các số liệu khác như bạn đã kể): ${said.join('; ')}.\n\n`);
  }

  /** "the con 2 dua di lam xa thi sao" after a household told in one message: it without those members (kept as told), and the data's word on them. */
  function whatIfAway(turn: Turn, message: ReadMessage, away: number): Reply[] | undefined {
    const known = toldHousehold(turn);
    if (!known || away >= known.members) return undefined;
    const none = understandHousehold('', rules, today());
    const changed = toldChanged(known, { ...none, understood: { ...none.understood, members: known.members - away } }, rules);
    const said = factsChanged(toldInterview(known), toldInterview(changed), rules, changed.date);
    const replies = toldResult(turn, changed, `Tính lại cho hộ bạn vừa kể (các số liệu khác như bạn đã kể): ${said.join('; ')}.\n\n`);
    const notes = awayNotes(message, away, changed.members);
    return replies && [...(notes.before ? [lines(notes.before)] : []), ...replies, lines(notes.after)];
  }

  /**
   * "a nham, nha tui 6 nguoi", "nha tui 6 nguoi", "à nhầm, thu nhập 8 triệu", "sai roi nha tui o thanh pho" after a household told
   * in one message: that household corrected and kept so (the message that told it stays its ref), what changed said, its
   * result again with whether the class changed; undefined when the message changes nothing of it, tells a later day, or (with
   * no correction word) tells a whole household or asks something else.
   */
  function toldCorrected(turn: Turn, message: ReadMessage, last: string | undefined): Reply[] | undefined {
    const known = toldHousehold(turn);
    const marked = readAfterResult(message);
    if (!known || marked?.kind === 'supposed') return undefined;
    // "2 dua nho thi chua" after the BHYT card, "2 dua nho chua co the": a lack of some members, its thing unsaid.
    const lack = marked === undefined ? elidedLack(message.text, last) : undefined;
    if (lack && 'unknown' in lack) return [elidedLackAsked()];
    // Read once, without the personal data in it (freeText's message): whether it only tells facts, and what it tells.
    const heard = understandHousehold(message.text, rules, today(), lack ? { indicatorAsked: lack.indicator } : {});
    // "2 dua nho chua co the" (round 34 household22): small children's ages not told, asked; nothing corrected.
    if (heard.youngUntold !== undefined && (marked !== undefined || lack || tellsFactsOnly(message, heard))) return [lines(heard.youngUntold)];
    if (marked === undefined && !lack && !tellsFactsOnly(message, heard)) return undefined;
    if (heard.questions.length > 0 || factCount(heard) === 0 || heard.asOf !== undefined) return undefined;
    const changed = toldChanged(known, heard, rules);
    const facts = factsChanged(toldInterview(known), toldInterview(changed), rules, changed.date);
    const ends = (figures: KnownFigures) => knownEnds(rules, figures, false, (profile) => evaluate(turn, profile))?.ends;
    const [before, after] = [ends(known), ends(changed)];
    if (facts.length === 0 || !before || !after) return undefined;
    turn.session.told = { ...turn.session.told!, h: toldCode(rules, changed) };
    return toldResult(turn, changed, `Mình đã sửa theo lời bạn: ${facts.join('; ')}.${verdictLine(endsSaid(before), endsSaid(after))}\n\n`);
  }

  /**
   * "2 dua nho thi chua", "2 dua nho chua co the" right after a result: a lack of some members whose thing is unsaid, of the
   * indicator whose words name it there ("thẻ": THING_AT_QUESTION) or of the support the last answer was about (the BHYT card:
   * ELIDED_THING_OF_SUPPORT); `unknown` when neither tells it (asked back, never guessed). Undefined for any other message.
   */
  function elidedLack(text: string, last: string | undefined): { indicator: IndicatorId } | { unknown: true; indicator?: undefined } | undefined {
    const { words } = readMessage(text);
    const named = Object.entries(THING_AT_QUESTION).find(([, own]) => own.words.some((word) => words.includes(word)))?.[0];
    const topic = last === undefined ? undefined : topicFromCode(last, rules);
    const indicator = (named ?? (topic?.kind === 'support' ? ELIDED_THING_OF_SUPPORT[topic.supportId] : undefined)) as IndicatorId | undefined;
    // Read as at that indicator's question (any lack of a person that leaves its thing unsaid: the BHYT card's, as a probe).
    // "2 dua nho chua co the": a lack of small children whose ages are not told is unsure (rules/understand.ts youngOnlyLacking).
    const told = (heard: Understanding) => heard.understood.deprivations.length + heard.notDeprived.length + heard.understood.unsure.length;
    const probe = understandHousehold(text, rules, today(), { indicatorAsked: indicator ?? ELIDED_PROBE });
    if (told(probe) <= told(understandHousehold(text, rules, today()))) return undefined;
    return indicator ? { indicator } : { unknown: true };
  }

  /** The indicator read for a lack whose thing is unsaid, only to find one (elidedLack): any of a member's things would do. */
  const ELIDED_PROBE: IndicatorId = 'health_insurance';

  /** A lack of some members told after a result, its thing unsaid and unknown: asked back. */
  const elidedLackAsked = () =>
    lines('Bạn kể người trong hộ chưa có, nhưng mình chưa rõ là chưa có gì. Bạn gõ rõ giúp mình, ví dụ: “2 đứa nhỏ chưa có thẻ BHYT”, “2 đứa nhỏ chưa đi học”; mình sẽ tính lại kết quả.');

  /**
   * A message that only tells some of the household's facts ("nha tui 6 nguoi", "thu nhap 8 trieu", "nha tui o thanh pho"), with no
   * correction word: right after a result, a correction of it. Not a whole household (its size and income: a new check), nor a
   * question ("thanh thi la gi", "nha tui 6 nguoi co dc ho tro gi ko", "bhyt ho can ngheo").
   */
  function tellsFactsOnly(message: ReadMessage, heard = understandHousehold(message.text, rules, today())): boolean {
    if (asksAfterResult(message) || readSupportsQuestion(message) !== undefined) return false;
    // "nha tui ko co bhyt", "nha tui hok co nuoc sach" name a support's or an indicator's words of the household itself, and
    // "2 dua nho chua co bhyt" a lack of some of its members (round 16): told.
    if (readTopic(message, today()) && !namesOwnHousehold(message) && heard.understood.deprivations.length === 0 && heard.youngUntold === undefined) return false;
    const whole = heard.understood.members !== null && toldIncome(heard.understood) !== undefined;
    return heard.questions.length === 0 && factCount(heard) > 0 && !whole;
  }

  /** The poverty line for the household's area, and the class "không rõ" answers could give (re-checked as deprivations). */
  /** `restAssumed`: a quick check, its indicators not named taken as not deprived (never said as "bạn đã trả lời"). */
  function resultContext(turn: Turn, profile: HouseholdProfileInput, result: CheckResult, restAssumed = false): ResultContext {
    const context: ResultContext = {};
    const standards = provinceStandardsOf(rules, provinceOf(turn, profile), result.asOf);
    const own = provinceStandardsText(standards);
    if (own) context.province = own;
    // In one line with whom to ask, its document in "Chi tiết" (round 44 resid49: the whole note, a Hà Nội result 1.519 characters).
    if (standards.length > 0) context.provinceBrief = `${standards.map((one) => provinceStandardLine(one)).join(' ')} Hỏi chắc: ${POVERTY_CADRE}/phường.`;
    const found = lookupStandard(rules, result.asOf, provinceOf(turn, profile));
    const amount = found.ok ? found.value.standard.bands[0]?.upTo?.[profile.area].value : undefined;
    const areaName = rules.areas.find((area) => area.id === profile.area)?.name;
    if (amount !== undefined && areaName) context.line = { amount, areaName };
    const coming = result.upcoming && rules.standards.find((standard) => standard.id === result.upcoming!.standardId);
    // Its poverty line for the household's area (round 40 law33: "từ 01/01/2027 theo chuẩn mới: …" said no figure of it).
    const comingLine = coming?.bands[0]?.upTo?.[profile.area].value;
    if (coming) context.coming = { document: coming.document, status: coming.status, ...(comingLine !== undefined && areaName ? { line: { amount: comingLine, areaName } } : {}) };
    // The deprivations the check counted that the coming standard counts (round 38 law31: the full check's result said its rule alone).
    const comingTold = coming ? checkedComingTold(rules, profile, result, (one) => evaluate(turn, one), restAssumed) : '';
    if (comingTold) context.comingTold = comingTold;
    const day = today();
    if (result.asOf !== day) {
      // A check that ran past midnight into a new standard: the class under the standard in force today, too.
      const current = lookupStandard(rules, day, provinceOf(turn, profile));
      const later = anotherStandardOn(rules, result.asOf, day, provinceOf(turn, profile)) ? evaluate(turn, { ...profile, date: day }) : undefined;
      if (current.ok && later?.ok) {
        const { standard } = current.value;
        context.today = { date: day, standardTitle: standard.title, document: standard.document, classification: later.value.classification, provisional: later.value.provisional };
      }
    }
    const unsure = profile.unsure ?? [];
    if (unsure.length > 0) {
      const worst = evaluate(turn, { ...profile, deprivations: [...(profile.deprivations ?? []), ...unsure], unsure: [] });
      if (worst.ok && worst.value.classification !== result.classification) {
        const unsureNames = unsure.map((id) => rules.indicatorById.get(id)?.name ?? id);
        const shown = new Set(result.supports.map((support) => support.id));
        context.couldBe = { classification: worst.value.classification, unsureNames, supports: worst.value.supports.filter((support) => !shown.has(support.id)) };
      }
    }
    return context;
  }

  /**
   * "Chi tiết" under a result: reasons, legal bases, supports. Of a household told in one message (the button of one of its
   * areas' ends), the indicators not told are said as such, and the coming standard's two classes as its result said them.
   */
  function resultDetails(turn: Turn, profile: HouseholdProfileInput | undefined, report: ChatAction): Reply[] {
    const end = profile && toldEndOf(turn, profile);
    const outcome = profile && evaluate(turn, profile, end ? { notMentioned: rules.indicatorIds.filter((id) => !end.told.includes(id)) } : undefined);
    if (!profile || !outcome?.ok) return staleButton();
    const open = end && comingOpen(rules, end);
    const buttons = [
      [...supportsButton(outcome.value.between?.atLeast ?? outcome.value.classification), button('Báo sai', report)],
      ...(end ? [[FULL_CHECK]] : []),
    ];
    return [resultDetailReply(outcome.value, { context: { ...resultContext(turn, profile, outcome.value, report.kind === 'quick'), ...(open ? { comingOpen: open } : {}) }, buttons })];
  }

  /** The ends of the household told in one message and kept (one per area it may be in); undefined without one. */
  const keptEnds = (turn: Turn) => {
    const known = toldHousehold(turn);
    return known && areaEnds(rules, known, (profile) => evaluate(turn, profile));
  };

  /** The end of the household told in one message whose result a detail button (its profile) is of; undefined for another household. */
  function toldEndOf(turn: Turn, profile: HouseholdProfileInput): AreaEnds | undefined {
    const figures = encodeAction(reportQuick(profile));
    return keptEnds(turn)?.find((one) => encodeAction(reportQuick(one.profile)) === figures);
  }

  /** "Báo sai" under a one-line check's result: its figures ride in the button (quickFigures). */
  function reportQuick(profile: HouseholdProfileInput): ChatAction {
    return { kind: 'quick', verb: 'report', figures: quickFigures(profile, rules) };
  }

  function supportsButton(classification: Classification): Button[] {
    const key = info.supportsKeyOf(classification);
    return key ? [button('Chi tiết hỗ trợ', { kind: 'supports', of: key, full: false })] : [];
  }

  function noInterview(): Reply[] {
    return [
      reply(
        [plain('Phần kiểm tra trước đã kết thúc (hoặc câu trả lời không được lưu). Bạn có muốn bắt đầu lại không?')],
        [[button('Kiểm tra hộ gia đình', { kind: 'menu', item: 'check' })]],
      ),
    ];
  }

  function onStep(turn: Turn, outcome: ReturnType<typeof answerWithText>, interview: Interview): Reply[] {
    if (!outcome.ok) return [lines(outcome.retry), askCurrent(interview, rules, dayOf(interview))];
    turn.interview = outcome.interview;
    const said = [outcome.remark, outcome.note].filter((line) => line !== undefined);
    return [...(said.length > 0 ? [lines(...said)] : []), ...continueInterview(turn, outcome.interview)];
  }

  function withoutReask(interview: Interview): Interview {
    const { reask: _shown, ...rest } = interview;
    return rest;
  }

  /**
   * "Hủy", /huy, "thoi khoi", "thoi tui ko muon khai nua": the check is stopped and its answers dropped; says what was
   * kept: nothing without consent, and how to delete the rest (the consent itself) with it.
   */
  function cancelCheck(turn: Turn): Reply[] {
    turn.interview = undefined;
    turn.session.told = undefined;
    const kept = turn.session.consentAt
      ? 'Đã dừng và xóa các câu trả lời của lần kiểm tra này. Muốn xóa mọi dữ liệu trợ lý lưu về bạn (cả sự đồng ý lưu), bạn gõ “xóa dữ liệu” hoặc /xoadulieu.'
      : 'Đã dừng phần kiểm tra. Bạn chưa đồng ý lưu, nên không có câu trả lời nào được lưu lại; những gì bạn đã kể cho lần kiểm tra này cũng đã được bỏ.';
    return [reply([plain(`${kept} Khi nào cần, bạn gõ /kiemtra để kiểm tra lại.`)], MENU_BUTTONS)];
  }

  function interviewAction(turn: Turn, action: CheckStep): Reply[] {
    if (action.step === 'restart') return startCheck(turn, undefined, true);
    if (action.step === 'cancel') return cancelCheck(turn);
    if (!turn.interview) return noInterview();
    if (turn.interview.awaitingConsent) return [info.consentReply(dayOf(turn.interview))];
    // Any button shows a question in its current wording: a saved session's one-time re-ask is done.
    const interview = withoutReask(turn.interview);
    turn.interview = interview;
    switch (action.step) {
      case 'resume':
        return continueInterview(turn, interview);
      case 'back': {
        const previous = stepBack(interview);
        if (!previous) return [lines('Đây là câu hỏi đầu tiên.'), askCurrent(interview, rules, dayOf(interview))];
        turn.interview = previous;
        return [askCurrent(previous, rules, dayOf(previous))];
      }
      case 'area':
        return onStep(turn, chooseArea(interview, action.area, rules, dayOf(interview)), interview);
      case 'detail':
        return isFinished(interview, rules, dayOf(interview)) ? resultDetails(turn, toProfile(interview, rules, dayOf(interview)), REPORT_RESULT) : noInterview();
      case 'setArea':
        return onStep(turn, { ok: true, interview: { ...interview, area: action.area, reviewed: false } }, interview);
      case 'edit':
        turn.interview = editStep(interview, action.field, rules, dayOf(interview));
        return [askCurrent(turn.interview, rules, dayOf(interview))];
      case 'answer':
        return onStep(turn, answerIndicator(interview, action.position, action.indicator, action.answer, rules, dayOf(interview)), interview);
      case 'staleAnswer':
        return onStep(turn, { ok: false, retry: 'Nút này thuộc câu hỏi cũ. Mình hỏi lại câu hiện tại nhé.' }, interview);
    }
  }

  function interviewText(turn: Turn, interview: Interview, text: string): Reply[] | undefined {
    // Right after a result: "neu thu nhap 10 trieu thi sao", "gia su nha co them 1 nguoi" are what-ifs (the answers kept),
    // "a nham, nha tui 6 nguoi" a correction, "ket qua sai roi" a dispute (findings38 N38-44, N38-12, N38-56).
    // A household told in one message since (session.told) is the latest result: what follows is about it (freeText).
    const finished = !interview.awaitingConsent && isFinished(interview, rules, dayOf(interview)) && !toldHousehold(turn);
    const message = readMessage(text);
    // The members the last what-if took away hold for the next what-if only ("nếu thu nhập 4 triệu thì sao" after "thằng lớn đi
    // xkld rồi thì sao"); any other message drops them.
    const awayBefore = finished ? interview.supposedAway : undefined;
    if (interview.supposedAway !== undefined) {
      const { supposedAway: _dropped, ...rest } = interview;
      interview = rest;
      turn.interview = rest;
    }
    const after = finished ? readAfterResult(message) : undefined;
    const supposed = after?.kind === 'supposed' ? resultSupposed(turn, interview, after.rest, awayBefore) : undefined;
    if (supposed) return supposed;
    // "the con 2 dua di lam xa thi sao": the result again without them, said as a "giả định", and that the data has no rule on it;
    // an income said with it ("thang lon di xkld roi, thu nhap con 4 trieu thi sao") is the one supposed.
    const away = finished ? readAwayMembers(message) : undefined;
    if (away !== undefined && interview.members !== undefined && away < interview.members) {
      const left = interview.members - away;
      const income = supposedInterview(interview, text, rules, dayOf(interview), today())?.income ?? interview.income;
      const incomeSaid = !sameIncome(income, interview.income);
      const notes = awayNotes(message, away, left);
      const after = incomeSaid ? `Ở trên mình tính thử khi ${away} người đi làm xa không được tính vào hộ, với thu nhập bạn vừa nói.` : notes.after;
      const withoutAway = resultSupposedOf(turn, interview, { ...interview, members: left, ...(income ? { income } : {}) }, { ...notes, after });
      if (withoutAway) {
        turn.interview = { ...interview, supposedAway: away };
        return withoutAway;
      }
    }
    // "neu thu nhap 4 trieu thi sao" at a question (after "Sửa câu trả lời", or before the result): a what-if, never a correction.
    const whatIf = !finished && !interview.awaitingConsent ? readAfterResult(message) : undefined;
    const atQuestion = whatIf?.kind === 'supposed' ? supposedAtQuestion(turn, interview, whatIf.rest) : undefined;
    if (atQuestion) return atQuestion;
    // "còn bà ngoại nữa", "thêm ông nội nữa" once the size is known: counted and said back, then the question waiting (or the
    // result again, with them).
    const added = membersAdded(interview, text, rules, dayOf(interview));
    if (added) {
      turn.interview = added.interview;
      turn.household = true;
      return [lines(added.note), ...(added.interview.awaitingConsent ? [consentAgain(turn)] : continueInterview(turn, added.interview))];
    }
    if (interview.awaitingConsent) return consentPending(turn, interview, text);
    // "2 dua nho thi chua", "2 dua nho chua co the" after the result: a lack of some members, its thing unsaid.
    const lack = finished && !after ? elidedLack(text, aboutOf(turn.session.last)) : undefined;
    if (lack && 'unknown' in lack) return [elidedLackAsked()];
    // "2 dua nho chua co bhyt" after the result (round 34 household22): small children's ages not told, asked; nothing corrected.
    const heardYoung = finished ? understandHousehold(text, rules, today(), lack ? { indicatorAsked: lack.indicator } : {}) : undefined;
    if (heardYoung?.youngUntold !== undefined && (lack || after || tellsFactsOnly(message, heardYoung))) return [lines(heardYoung.youngUntold)];
    // "nha tui 6 nguoi", "thu nhap 8 trieu" typed after the result, with no correction word, correct it too.
    const correcting = lack !== undefined || (after ? after.kind !== 'supposed' : finished && tellsFactsOnly(message));
    const corrected = correcting ? resultCorrected(turn, interview, text, lack?.indicator) : undefined;
    if (corrected) return corrected;
    if (asksOfResult(after)) {
      const result = evaluate(turn, toProfile(interview, rules, dayOf(interview)));
      turn.household = true;
      turn.session.last = LAST_CHECK;
      // "vay gio tui phai lam gi": the result's next steps for its class.
      if (after.kind === 'nextSteps' && result.ok) return [nextStepsReply(classSaid(result.value), nextStepsInShort(rules, result.value), [[button('Chi tiết', { kind: 'check', step: 'detail' })]])];
      // "z la ho ngheo ha": the class again, briefly; "tai sao lai la can ngheo": what it used, with the reasons.
      if (after.kind === 'classAsked' && result.ok) {
        const { value } = result;
        return [classRestatedReply(classSaid(value), resultLead(value), askedIsResult(after, value.between ? undefined : value.classification), [[button('Chi tiết', { kind: 'check', step: 'detail' })]])];
      }
      const why = after.kind === 'why' && result.ok ? { said: classSaid(result.value), reasons: result.value.reasons } : undefined;
      return [usedFactsReply(interview, rules, dayOf(interview), false, why)];
    }
    if (isFinished(interview, rules, dayOf(interview))) return undefined;
    if (interview.reask) {
      // Saved before the questions were reworded (session version 2): an indicator question on screen may be worded
      // the other way round, so it is shown again before an answer is read.
      const shown = withoutReask(interview);
      turn.interview = shown;
      if (interviewSteps(rules, dayOf(shown))[shown.position]?.kind === 'indicator') {
        return [lines('Các câu hỏi vừa được viết lại cho rõ hơn: trả lời “Có” nghĩa là hộ đang thiếu. Bạn trả lời lại câu này giúp mình nhé.'), askCurrent(shown, rules, dayOf(shown))];
      }
      return interviewText(turn, shown, text);
    }
    const now = backToToday(interview, asksNow(readMessage(text)), rules, today());
    if (now) {
      turn.interview = now.interview;
      turn.household = true;
      return [lines(now.note), askCurrent(now.interview, rules, today())];
    }
    // "con thieu j" at a question (round 36 tryout24; was "Mình chưa hiểu"): what is left, then the question again.
    if (asksStepsLeft(text)) return [lines(stepsLeftNote(interview, rules, dayOf(interview))), askCurrent(interview, rules, dayOf(interview))];
    // "thanh thi la gi" at the area question: answered, then the question again (never "Thành thị" taken as the answer).
    const meaning = areaMeaning(interview, readMessage(text), rules, dayOf(interview));
    if (meaning) return [lines(meaning), askCurrent(interview, rules, dayOf(interview))];
    const outcome = answerWithText(interview, text, rules, dayOf(interview), today());
    const step = interviewSteps(rules, dayOf(interview))[interview.position];
    const longEnough = text.split(' ').length >= MIN_QUESTION_WORDS;
    const read = longEnough ? readMessage(withoutPersonalData(text)) : undefined;
    // "ma ho can ngheo dc nhung j vay", "bhyt ho ngheo dc bao nhieu %" at Câu 2 (how many people) or Câu 3 (income) (round 28): a
    // question asked back that the rules data answers, the question's own answer not in it, is a side question answered below;
    // what it names is no answer (was "Bạn gõ số người…", "Mình chưa hiểu số tiền…", or its "bhyt" kept: "Bảo hiểm y tế: không
    // thiếu hụt"). "tui ko biet thu nhap bao nhieu" is the income not known, said so by the question's own reading.
    const answered = outcome.ok && outcome.interview.position !== interview.position;
    const aside =
      read !== undefined && (step?.kind === 'members' || step?.kind === 'income') && !answered && asksBack(text) && !saysAny(read.words, UNSURE_PHRASES) &&
      (readTopic(read, today()) !== undefined || Boolean(readSupportsQuestion(read)));
    // Typed on a page still showing a question answered since (in another tab): the question waiting now is shown instead.
    const answering = turn.message.answering;
    if (outcome.ok && !aside && answering !== undefined && answering !== questionAsked(interview, rules, dayOf(interview))) {
      return [lines(ANSWERED_ELSEWHERE), askCurrent(interview, rules, dayOf(interview))];
    }
    if (outcome.ok && !aside) return onStep(turn, outcome, interview);
    // A real question typed mid-interview (several words the documents answer) is answered; the interview waits.
    // "vay la ho ngheo ha ad" at a living-conditions question (round 20): what the figures and answers so far settle, then the
    // question waiting (was: the explainer of newly escaped households, "vay" read as a loan).
    if (step?.kind === 'indicator' && asksHouseholdClass(readMessage(text))) {
      const found = settledSoFar(turn, interview);
      if (found) {
        const more = found.lead.settled ? `${FOR_REFERENCE} Bạn trả lời tiếp để kiểm tra đủ các điều kiện sống:` : 'Bạn trả lời tiếp các câu hỏi để biết chắc hơn:';
        return [lines(found.lead.text), lines(more), askCurrent(interview, rules, dayOf(interview))];
      }
    }
    const mayBeQuestion = (step?.kind === 'indicator' || step?.kind === 'area') && longEnough;
    // "ba tui om nang, lam sao de khong dong y ket qua ra soat" at Câu 2 (how many people) or Câu 3 (income) (round 27): a member
    // ill told is a side question at every step, answered below (was "Bạn gõ số người…", "Mình chưa hiểu số tiền…"); round 28: in
    // other words too ("ba tui bi suy than", "me tui bi tai bien liet nua nguoi", readIllnessTold).
    const ill = read !== undefined && readIllnessTold(read);
    // "me tui bi khuyet tat" at Câu 2 (round 29 words14): a disabled member told, nothing asked (a question with it is `aside`, the
    // disability card): a short note, then the question again (was "Bạn gõ số người…", at Câu 1 the whole disability card).
    const disabled = read !== undefined && !ill && !aside && readDisabledMemberTold(read);
    const asked = read && (mayBeQuestion || aside || ill) ? read : undefined;
    const waiting = lines('Mình vẫn đang chờ câu trả lời cho phần kiểm tra hộ gia đình:');
    // "vay la sao" (vậy là sao) at a question: the question not understood, asked again (was: the loans explainer).
    if (asked && !outcome.ok && readVague(asked)) return [lines(outcome.retry), askCurrent(interview, rules, dayOf(interview))];
    // "ma ho ngheo dc vay bao nhieu z": answered from the rules data as outside the check (was: a passage searched, a province's
    // plan on loans or the explainer of every support).
    // "ong xa tui bi benh nam mot cho" (round 26): a member ill or bedridden told is no disabled member by that alone, said so with
    // where a disability is certified, then the question waiting (was the disability card, bedridden read as disabled).
    // "ong xa tui nam 1 cho, the bhyt lam o dau" (round 26): a topic asked with it is answered after these lines.
    const topic = asked && readTopic(asked, today());
    if (asked && ill) {
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'in_check' });
      // "me tui bi tai bien liet nua nguoi" (round 28): the illness told in disability words reads as the disability entry too,
      // which is not asked: these lines say where a disability is assessed (was "Bạn gõ số người…").
      const said = [SICK_MEMBER_ENTRY, ...(readSickMemberTold(asked) ? [] : [DISABILITY_ENTRY])];
      const rest = topic && !(topic.kind === 'reference' && said.includes(topic.entryId)) ? answerTopic(rules, topic, today()) : [];
      // Before a card asked, in brief (entryAhead, round 35 short26b); alone, in full.
      const sick = rest.length > 0 ? [entryAhead(rules, SICK_MEMBER_ENTRY, today())] : answerTopic(rules, { kind: 'reference', entryId: SICK_MEMBER_ENTRY }, today());
      return [...oneCheckedLine([...sick, ...rest]), waiting, askCurrent(interview, rules, dayOf(interview))];
    }
    if (disabled) {
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'in_check' });
      return [disabledMemberNote(rules, today()), waiting, askCurrent(interview, rules, dayOf(interview))];
    }
    // "ma ho can ngheo dc nhung j vay" at Câu 2: what the class gets in short (its source, no button the question waiting hides).
    const supportsAsked = aside && asked && !topic ? readSupportsQuestion(asked) : undefined;
    const supports = supportsAsked ? shorterAnswer(rules, { supportsOf: supportsAsked }, today(), {}) : undefined;
    if (topic || supports) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'in_check' });
      return [...(topic ? answerTopic(rules, topic, today()) : [supports!]), waiting, askCurrent(interview, rules, dayOf(interview))];
    }
    if (outcome.ok) return onStep(turn, outcome, interview);
    const results = mayBeQuestion ? searchFor(turn, text) : [];
    if (results.length > 0) return [...answerQuestion(turn, text, results), waiting, askCurrent(interview, rules, dayOf(interview))];
    return [lines(outcome.retry), askCurrent(interview, rules, dayOf(interview))];
  }

  /**
   * "neu thu nhap 10 trieu thi sao", "gia su nha co them 1 nguoi" after a result: the result with those figures, said as a
   * "giả định", the answers kept (and their result said); undefined when no member or income figure changes (the area alone,
   * "nếu ở tp thì sao", is the follow-up's).
   */
  function resultSupposed(turn: Turn, interview: Interview, rest: string, away?: number): Reply[] | undefined {
    const told = supposedInterview(interview, rest, rules, dayOf(interview), today());
    // Right after a what-if of members away, one that tells no size of its own is of the household without them, said so.
    const without = away !== undefined && told !== undefined && told.members === interview.members && interview.members !== undefined && away < interview.members;
    const supposed = without ? { ...told, members: interview.members! - away } : told;
    if (!supposed || !changesFacts(supposed, interview)) return undefined;
    const replies = resultSupposedOf(turn, interview, supposed, without ? { before: `Như câu trước, mình vẫn tính ${away} người đi làm xa không ở trong hộ (${supposed.members} người).` } : {});
    if (replies && without) turn.interview = { ...interview, supposedAway: away };
    return replies;
  }

  /**
   * "neu thu nhap 4 trieu thi sao" typed at a question: a what-if, never a correction. With every question answered (a question
   * asked again after "Sửa câu trả lời") its result is given, the answers kept; else it is said that nothing was changed. The
   * question waiting follows. Undefined when it tells no other size or income.
   */
  function supposedAtQuestion(turn: Turn, interview: Interview, rest: string): Reply[] | undefined {
    const day = dayOf(interview);
    const supposed = supposedInterview(interview, rest, rules, day, today());
    if (!supposed || !changesFacts(supposed, interview)) return undefined;
    const steps = interviewSteps(rules, day);
    const complete = interview.members !== undefined && interview.income !== undefined && steps.every((step) => step.kind !== 'indicator' || interview.answers[step.indicator.id] !== undefined);
    const result = complete ? resultSupposedOf(turn, interview, supposed) : undefined;
    const waiting = lines('Mình vẫn đang chờ câu trả lời cho câu hỏi dưới đây:');
    if (result) return [...result, waiting, askCurrent(interview, rules, day)];
    const said = factsChanged(interview, supposed, rules, day).join('; ');
    return [
      lines(`Bạn hỏi giả định (${said}): mình chưa sửa thông tin của hộ. Khi trả lời xong các câu hỏi, bạn hỏi lại để mình tính thử nhé; nếu thông tin của hộ thật sự khác, bạn gõ "sửa lại …", ví dụ: "sửa lại thu nhập 4 triệu".`),
      askCurrent(interview, rules, day),
    ];
  }

  /**
   * "Người đi làm ăn xa có được tính …": said before a what-if of members working away (rules/reference.yaml residence, its line on
   * them, or on work abroad), and after it how to tell the income without them.
   */
  /** The data's line on members away (rules/reference.yaml residence): "thang lon di xkld roi thi sao" the one on work abroad, not another province. */
  function awayRule(message: ReadMessage) {
    const abroad = saysAny(message.words, HOUSEHOLD_AWAY.abroad);
    return referenceLines(rules, 'residence', today()).lines.find((candidate) => candidate.text.includes(abroad ? 'ở nước ngoài' : 'đi làm ăn xa'));
  }

  function awayLine(message: ReadMessage): string | undefined {
    const line = awayRule(message);
    // "thang lon di lam o Binh Duong" (round 33 household20): the rule not known, whom to ask is said with it.
    return line && `${referenceLine(line)}${line.status === 'unknown' ? ` Muốn biết chắc, bạn hỏi ${POVERTY_CADRE} nơi hộ cư trú.` : ''}`;
  }

  /**
   * "nha 6 nguoi nhung 2 dua di lam xa thu nhap 6 trieu" (round 30 mend30b; was read as 6 people with no word on them): members
   * working away told with the household's size are counted as told, and the reply says the data's line on them (chưa rõ: the
   * review decides) and how to count them out. "vo chong tui gia roi, con di lam xa" (round 35 household24; was "tạm tính cả 1
   * người đó; không tính thì bạn gõ “1 người”"): people named (`counted` false: "vợ chồng tui", 2) leave the one away out of their
   * count; only a size told ("nhà tui 4 người") holds them.
   */
  function awayToldNote(turn: Turn, members: number | undefined, counted: boolean): string {
    const message = readMessage(turn.message.text ?? '');
    // "nha tui 4 nguoi, chong dang o tu" (round 35 household24; was 4 people, nothing said): a member in prison or in military
    // service, whom no stored document counts in or out: chưa rõ, and whom to ask.
    const working = readAwayMembers(message);
    const reasons = readAbsentReasons(message);
    const absent = working === undefined ? readAwayMembers(withoutAbsentMisread(message), reasons.flatMap(({ said }) => said)) : undefined;
    const away = working ?? absent;
    const line = away !== undefined && absent === undefined ? awayRule(message) : undefined;
    if (away === undefined || members === undefined || (counted && away >= members) || (!line && absent === undefined)) return '';
    const count = counted ? `Tạm tính cả ${away} người đó; không tính thì gõ “${members - away} người”.` : `Chưa tính ${away} người đó; tính thì gõ “${members + away} người”.`;
    if (!line) return ` Người ${reasons.map(({ label }) => label).join(' hoặc ')} có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ); hỏi chắc: ${POVERTY_CADRE}. ${count}`;
    // Round 34 household23: the rule's status and basis in one short sentence (was its whole line, ~460 characters with the
    // count, a first answer of 1.495 with the consent choice); the line itself is said in full by the residence card. Round 35
    // household24: whom to ask in the same sentence, the count's correction in fewer words (the first answer was 1.152 characters).
    // A rule the data holds one day (its status no longer unknown) is said whole.
    const where = saysAny(message.words, HOUSEHOLD_AWAY.abroad) ? 'đi làm ở nước ngoài (xuất khẩu lao động)' : 'đi làm ăn xa';
    const rule = line.status === 'unknown'
      ? `Người ${where} có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ), căn cứ ${cited(line.basis, 'verified', [line.status])}; hỏi chắc: ${POVERTY_CADRE}.`
      : referenceLine(line);
    return ` ${rule} ${count}`;
  }

  function awayNotes(message: ReadMessage, away: number, left: number): SupposedNotes & { after: string } {
    const line = awayLine(message);
    return {
      ...(line ? { before: line } : {}),
      after: `Ở trên mình tính thử khi ${away} người đi làm xa không được tính vào hộ, thu nhập giữ như bạn kể; nếu thu nhập đó có phần của họ, bạn gõ thu nhập không tính họ, ví dụ: "nếu ${left} người, thu nhập 4 triệu thì sao".`,
    };
  }

  /** The what-if's result (`supposed`: the answers with its figures), said as a "giả định", then the household's own class; `notes` before and after. */
  function resultSupposedOf(turn: Turn, interview: Interview, supposed: Interview, notes: SupposedNotes = {}): Reply[] | undefined {
    const day = dayOf(interview);
    const before = evaluate(turn, toProfile(interview, rules, day));
    const profile = toProfile(supposed, rules, day);
    const outcome = evaluate(turn, profile);
    if (!before.ok || !outcome.ok) return undefined;
    turn.household = true;
    turn.session.last = LAST_CHECK;
    const result = outcome.value;
    return [
      ...(notes.before ? [lines(notes.before)] : []),
      resultReply(result, {
        intro: `Giả định: ${factsChanged(interview, supposed, rules, day).join('; ')}. Với giả định này (các câu trả lời khác giữ nguyên), theo chuẩn áp dụng ngày ${formatDate(result.asOf)}:`,
        context: resultContext(turn, profile, result),
        buttons: [[...supportsButton(result.between?.atLeast ?? result.classification), button('Kiểm tra lại từ đầu', { kind: 'check', step: 'restart' })]],
      }),
      lines(
        ...(notes.after ? [notes.after] : []),
        `Đây chỉ là giả định: thông tin bạn đã kể về hộ không thay đổi, theo thông tin đó hộ vẫn là ${classSaid(before.value)}. ` +
          'Nếu thông tin của hộ thật sự khác, bạn gõ "sửa lại …", ví dụ: "sửa lại thu nhập 10 triệu".',
      ),
    ];
  }

  /**
   * "a nham, nha tui 6 nguoi", "sua lai thu nhap 8 trieu", "ko phai o que, o thanh pho" after a result: the answers corrected and
   * checked again, led by what changed and whether the class did; undefined when the message changes nothing.
   */
  function resultCorrected(turn: Turn, interview: Interview, text: string, indicatorAsked?: IndicatorId): Reply[] | undefined {
    const day = dayOf(interview);
    const told = correction(interview, text, rules, day, today(), indicatorAsked);
    const changed = told && !told.moved ? factsChanged(interview, told.interview, rules, day) : [];
    if (!told || changed.length === 0) return undefined;
    const before = evaluate(turn, toProfile(interview, rules, day));
    turn.interview = told.interview;
    turn.household = true;
    const replies = continueInterview(turn, told.interview);
    const now = turn.interview;
    const after = now && isFinished(now, rules, dayOf(now)) ? evaluate(turn, toProfile(now, rules, dayOf(now))) : undefined;
    const verdict = before.ok && after?.ok ? verdictLine(classSaid(before.value), classSaid(after.value)) : '';
    return [lines(`Mình đã sửa theo lời bạn: ${changed.join('; ')}.${verdict}`, ...(told.remark ? [told.remark] : [])), ...replies];
  }

  function quickCheck(turn: Turn, typed: string): Reply[] {
    if (turn.message.isGroup) return notInGroups();
    // "/kiemtra Nguyen Van A 0912345678 nt 4ng 1.4tr bhyt": the name, the title before it, phone, identity numbers and e-mails
    // are no household fact; left out before anything is read (never read as money or a member, never kept), and said.
    const kept = withoutPersonalData(typed, { titledNames: true });
    const removed = kept !== typed;
    // Where a piece was left out stands ", ": a space, so the line reads as the aliases typed around it.
    const args = removed ? kept.replace(/,\s/g, ' ').trim() : typed;
    const leftOut = removed ? [lines('Mình bỏ qua tên và số điện thoại (hay số giấy tờ) trong tin nhắn: không cần để kiểm tra, và không được lưu.')] : [];
    const parsed = parseQuickCheck(args, rules, today());
    if (!parsed.ok) {
      // "/kiemtra 4 nguoi nong thon thu nhap 5 trieu thieu bhyt": a household told in words is read as a sentence is.
      const told = parsed.asksBack ? undefined : readHouseholdMessage(args, rules, today());
      return [...leftOut, ...(told ? startCheck(turn, told) : [lines(parsed.message)])];
    }
    const outcome = evaluate(turn, parsed.profile);
    if (!outcome.ok) return [lines(`Mình chưa tính được: ${outcome.error.message}`)];
    turn.writes.push(() => store.recordCheck(outcome.value.classification));
    turn.household = true;
    turn.log.info('quick_check', { channel: turn.message.channel, classification: outcome.value.classification });
    const figures = quickFigures(parsed.profile, rules);
    const buttons = [[button('Chi tiết', { kind: 'quick', verb: 'detail', figures }), button('Báo sai', { kind: 'quick', verb: 'report', figures })]];
    return [...leftOut, resultReply(outcome.value, { intro: parsed.summary, buttons, context: resultContext(turn, parsed.profile, outcome.value, true) })];
  }

  // ---------- reports, feedback, province, data deletion ----------

  /** What a report concerns: `subject` identifies nothing about a household; `detail` (a result's figures) is sent only if attached. */
  interface ReportTarget {
    subject: string;
    detail?: string;
    /** For the person: what the report will say it is about. */
    about: string;
  }

  const REPORT_KEPT = `Báo cáo được giữ ${RETENTION.reportDays} ngày; lệnh /xoadulieu xóa cả các báo cáo bạn đã gửi.`;
  const REPORT_MASKING = 'số điện thoại, số CCCD/CMND, email và tên trong câu được che trước khi lưu';

  function startReport(turn: Turn, target: ReportTarget | undefined): Reply[] {
    if (!target) return staleButton();
    turn.session.awaiting = {
      kind: 'report',
      subject: target.subject.slice(0, MAX_REPORT_SUBJECT),
      ...(target.detail ? { detail: target.detail.slice(0, MAX_REPORT_SUBJECT) } : {}),
    };
    if (target.detail) turn.household = true;
    const sent = `Trợ lý sẽ gửi cho cán bộ đúng câu bạn gõ (${REPORT_MASKING}) và ghi là góp ý về ${target.about}; không gửi tên hay mã tài khoản của bạn.`;
    return [
      reply(
        [
          plain('Bạn thấy chỗ nào chưa đúng? Hãy gõ một câu ngắn (không cần ghi tên, số điện thoại hay thông tin gia đình).\n'),
          plain(sent),
          ...(target.detail
            ? [
                plain('\nSố liệu của hộ (loại hộ, thu nhập bình quân, các chỉ số thiếu hụt) không được gửi, trừ khi bạn '),
                pressing('Gửi kèm kết quả', '“gửi kèm kết quả”'),
                plain(' trước khi gõ câu góp ý.'),
              ]
            : []),
          plain(`\n${REPORT_KEPT}`),
        ],
        [[...(target.detail ? [button('Gửi kèm kết quả', { kind: 'reportAttach' })] : []), button('Thôi, không báo', { kind: 'reportCancel' })]],
      ),
    ];
  }

  /** The welcome again while a report waits for its words (a reloaded page): said, so what is typed next is not lost as a question. */
  const reportWaiting = (): Reply =>
    reply(
      [plain('Bạn đang báo sai một câu trả lời, chưa gửi. Bạn gõ câu góp ý để gửi cho cán bộ, hoặc '), pressing('Thôi, không báo', '/huy'), plain(' nếu bạn đổi ý.')],
      [[button('Thôi, không báo', { kind: 'reportCancel' })]],
    );

  /** "Gửi kèm kết quả": says exactly what will be attached before anything is sent. */
  function attachResult(turn: Turn): Reply[] {
    const awaiting = turn.session.awaiting;
    if (awaiting?.kind !== 'report' || !awaiting.detail) return staleButton();
    turn.session.awaiting = { ...awaiting, attach: true };
    turn.household = true;
    return [
      reply(
        // As the store keeps it (masked like any stored text): the resident is shown exactly what is kept.
        [plain(`Được. Cùng câu bạn gõ, trợ lý sẽ gửi kèm đúng nội dung này: «${maskPersonalData(awaiting.detail)}». Bạn gõ câu góp ý nhé.`)],
        [[button('Thôi, không báo', { kind: 'reportCancel' })]],
      ),
    ];
  }

  /** What a "Báo sai" button concerns: a passage, or a check result (its figures kept apart, see ReportTarget). */
  function reportTarget(turn: Turn, reported: Extract<ChatAction, { kind: 'reportResult' | 'quick' | 'answer' }>): ReportTarget | undefined {
    let profile: HouseholdProfileInput | undefined;
    if (reported.kind === 'reportResult') {
      if (turn.interview && isFinished(turn.interview, rules, dayOf(turn.interview))) profile = toProfile(turn.interview, rules, dayOf(turn.interview));
    } else if (reported.kind === 'quick') profile = profileOfQuick(reported.figures, today(), rules);
    else {
      const answer = reported.about;
      if ('supportsOf' in answer) {
        const chosen = answer.supportsOf === '' ? undefined : info.supportsClassOf(answer.supportsOf);
        if (answer.supportsOf !== '' && !chosen) return undefined;
        const about = `các hỗ trợ${chosen ? ` cho ${CLASS_NAMES[chosen.classification].toLowerCase()}` : ' theo loại hộ'}`;
        return { subject: `Câu trả lời từ dữ liệu chính sách: ${about}; rules ${rules.version}`, about: `câu trả lời về ${about} (từ dữ liệu chính sách)` };
      }
      if ('rules' in answer) {
        const topic = topicFromCode(answer.rules, rules);
        if (!topic) return undefined;
        const about = topicSubject(rules, topic);
        return { subject: `Câu trả lời từ dữ liệu chính sách: ${about}; rules ${rules.version}`, about: `câu trả lời về ${about} (từ dữ liệu chính sách)` };
      }
      const passage = resultAt(turn, answer.set, answer.index);
      return passage && { subject: passage.id, about: `đoạn văn bản ${passage.citation}` };
    }
    const outcome = profile && evaluate(turn, profile);
    if (!outcome?.ok) return undefined;
    return {
      subject: `Kết quả kiểm tra hộ gia đình (không kèm số liệu); chuẩn ${outcome.value.standard.id}; rules ${outcome.value.rulesVersion}`,
      detail: resultSubject(outcome.value),
      about: 'một kết quả kiểm tra hộ gia đình',
    };
  }

  function finishReport(turn: Turn, awaiting: Extract<Session['awaiting'], { kind: 'report' }>, comment: string): Reply[] {
    turn.session.awaiting = undefined;
    const subject = awaiting.attach && awaiting.detail ? awaiting.detail : awaiting.subject;
    turn.writes.push(() => store.recordReport({ comment, subject, ...owned(turn) }));
    turn.log.info('report', { channel: turn.message.channel, attached: Boolean(awaiting.attach) });
    return [reply([plain(`Cảm ơn bạn đã báo. Cán bộ sẽ xem lại nội dung này. ${REPORT_KEPT}`)], MENU_BUTTONS.slice(0, 2))];
  }

  /** "xoa du lieu" in plain words: what would be deleted, and a button for each answer (/xoadulieu deletes at once). */
  function confirmDeleteReply(): Reply {
    return reply(
      [
        plain(
          'Bạn muốn xóa toàn bộ dữ liệu trợ lý lưu về bạn (phiên trò chuyện, câu trả lời kiểm tra hộ gia đình, sự đồng ý lưu dữ liệu, đường dẫn chia sẻ, báo sai, câu hỏi đã gửi)? Đã xóa thì không lấy lại được. Việc này chỉ xóa dữ liệu trong trợ lý, không thay đổi danh sách hộ nghèo, hộ cận nghèo ở xã.',
        ),
      ],
      [[button('Xóa hết dữ liệu của tôi', { kind: 'erase', confirmed: true })], [button('Không xóa', { kind: 'erase', confirmed: false })]],
    );
  }

  async function deleteData(turn: Turn): Promise<Reply[]> {
    // From any chat, everything about the person: the private session and each group-scoped one.
    const userKey = privateKey(turn.message);
    let removed: number;
    try {
      removed = await store.deleteUser(userKey);
      for (const forget of deps.forgetters ?? []) removed += forget(userKey);
    } catch (error) {
      // Unreachable goes up (503, the platform redelivers). A full disk or a lock held elsewhere gets an honest
      // answer instead of the general apology (a damaged row does not fail: the store remembers the erasure).
      if (error instanceof StoreUnavailableError) throw error;
      turn.log.warn('user_data_not_deleted', { channel: turn.message.channel, error });
      turn.forget = true;
      return [
        lines(
          'Chưa xóa được dữ liệu của bạn vì cơ sở dữ liệu đang tạm gặp sự cố (ổ đĩa đầy hoặc đang bận); không có gì bị lưu thêm.',
          'Bạn vui lòng gửi lại /xoadulieu sau ít phút.',
        ),
      ];
    }
    // A household told without consent (a check, its result, a sentence) is in this chat's draft, which the store does not
    // count: erased below too, so "nothing was kept" would be untrue.
    const householdHeld = turn.interview !== undefined || turn.session.told !== undefined;
    // Not fenced by the chat lock (was: refused once the lock was another instance's, after the rows above were erased:
    // no confirmation, the household left in the draft).
    await drafts.erase(turn.key);
    // Every other draft of theirs: each group chat's, or the private chat's when typed in a group (round 21: only this chat's and
    // the private one went). Counted, so a draft a group question left is not told as "nothing kept" (round 28).
    const elsewhere = await drafts.deleteUser(userKey);
    turn.forget = true;
    turn.interview = undefined;
    turn.log.info('user_data_deleted', { channel: turn.message.channel });
    // What this chat's draft held (the last answer's topic, the choices offered: round 29, was "(hiện không có gì được lưu)"
    // though that conversation memory went too).
    const memoryHeld = householdHeld || turn.drafted === true;
    const nothingKept = removed === 0 && !memoryHeld && elsewhere === 0;
    const otherChats = turn.message.isGroup ? 'chat riêng và các nhóm chat khác' : 'các nhóm chat';
    const said = lines(
      `Đã xóa toàn bộ dữ liệu trợ lý lưu về bạn${nothingKept ? ' (hiện không có gì được lưu)' : ''}: phiên trò chuyện, câu trả lời kiểm tra hộ gia đình, sự đồng ý lưu dữ liệu, các đường dẫn chia sẻ bạn đã tạo, các báo sai và câu hỏi chưa trả lời được bạn đã gửi.`,
      ...(memoryHeld
        ? [
            `Đã xóa cả cuộc trò chuyện này mà trợ lý giữ tạm trong bộ nhớ (${householdHeld ? 'thông tin hộ gia đình bạn đã kể, ' : ''}điều bạn vừa hỏi; không ghi vào cơ sở dữ liệu).${removed === 0 ? ' Trong cơ sở dữ liệu không có gì được lưu về bạn.' : ''}`,
          ]
        : []),
      ...(elsewhere === undefined
        ? [`Những gì trợ lý giữ tạm về bạn trong ${otherChats} (không ghi vào cơ sở dữ liệu) sẽ bị xóa ngay khi bộ nhớ tạm của máy chủ kết nối lại, chậm nhất sau ${RETENTION.draftIdleHours} giờ.`]
        : elsewhere > 0
          ? [`Đã xóa cả những gì trợ lý giữ tạm về bạn trong ${otherChats} (điều bạn vừa hỏi hay kể ở đó, không ghi vào cơ sở dữ liệu): ${elsewhere} cuộc trò chuyện.`]
          : []),
      'Sự đồng ý lưu dữ liệu coi như đã rút lại. Các số liệu thống kê ẩn danh (không gắn với bạn) không bị ảnh hưởng.',
    );
    // What can be done next, as after any answer (round 19: the reply had no menu). Nothing is kept after an erasure, not even
    // these buttons: a number or a label typed with nothing remembered presses the main menu's (typedChoice; round 22: the
    // typed "2" found no menu).
    return [{ ...said, buttons: MENU_BUTTONS, erased: true }];
  }

  /**
   * "/xoachiase <token>" or "Xóa đường dẫn này" under a share link: the link goes if this user made it (from any of their chats),
   * and whoever opens it then reads SHARE_GONE. Another's link, or one gone already, is said so; nothing else is deleted.
   */
  async function deleteShare(turn: Turn, token: string): Promise<Reply[]> {
    if (!SHARE_TOKEN.test(token)) {
      return [lines('Để xóa một đường dẫn chia sẻ bạn đã tạo, bạn bấm “Xóa đường dẫn này” ngay dưới đường dẫn, hoặc gõ /xoachiase kèm mã ở cuối đường dẫn (sau “share=” hay “start=”). Muốn xóa mọi đường dẫn bạn đã tạo: /xoadulieu.')];
    }
    const gone = await store.deleteShare(token, privateKey(turn.message));
    turn.log.info('share_deleted', { channel: turn.message.channel, deleted: gone });
    return gone
      ? [lines('Đã xóa đường dẫn chia sẻ này. Ai mở đường dẫn sẽ thấy nó đã bị xóa.')]
      : [lines(`Không có đường dẫn chia sẻ nào của bạn với mã này: có thể nó đã bị xóa, đã quá ${RETENTION.shareDays} ngày lưu, hoặc do người khác tạo (chỉ người tạo mới xóa được).`)];
  }

  /**
   * "/xoatin <id>" (the web page's "Xóa tin này" on the user's own bubble) deletes what that one message left: in the store
   * (an unanswered question kept masked, a "Báo sai" report) and in the check (the household facts it told). In a chat
   * without message ids (Telegram, Zalo, the terminal) "/xoatin" alone lists the user's last messages that left something,
   * each with its "Xóa tin n" button (or "/xoatin n" typed), and "xoa tin vua gui" deletes the newest of them. The reply
   * says truthfully what went or that nothing was kept; the log line names neither the text nor the id.
   */
  async function deleteMessage(turn: Turn, args: string): Promise<Reply[]> {
    if (turn.message.channel === 'web') {
      if (!args) return [lines('Để xóa một tin, bạn bấm “Xóa tin này” ngay dưới tin đó. Muốn xóa mọi dữ liệu trợ lý lưu về bạn, bạn bấm “Xóa dữ liệu của tôi”.')];
      return deleteMessageRef(turn, store.messageRef(privateKey(turn.message), args));
    }
    if (!args) return listKeptMessages(turn);
    const listed = /^\d{1,2}$/.test(args) ? await keptMessagesOf(turn) : undefined;
    if (listed) {
      const chosen = listed[Number(args) - 1];
      return chosen ? deleteMessageRef(turn, chosen.ref) : [lines(`Không có tin số ${args} trong danh sách.`), ...(await listKeptMessages(turn))];
    }
    return deleteMessageRef(turn, store.messageRef(privateKey(turn.message), args));
  }

  /** "xoa tin vua gui": the newest message that left something (a page's own messages have "Xóa tin này" under each). */
  async function deleteLastMessage(turn: Turn): Promise<Reply[]> {
    if (turn.message.channel === 'web') return deleteMessage(turn, '');
    const newest = (await keptMessagesOf(turn))[0];
    if (!newest) return [lines('Trợ lý không lưu gì từ các tin bạn đã gửi, nên không có gì phải xóa.')];
    return deleteMessageRef(turn, newest.ref, newest);
  }

  /** A kept message as the list shows it: when, and what it left, in words. */
  interface Listed {
    ref: string;
    at: string;
    left: string[];
    /** Between two of the same time, the later one is greater. */
    order: number;
  }

  const excerpt = (text: string) => `“${text.length > LISTED_EXCERPT ? `${text.slice(0, LISTED_EXCERPT - 1)}…` : text}”`;

  /** The user's messages that left something (store rows, household facts of the check), newest first. */
  async function keptMessagesOf(turn: Turn): Promise<Listed[]> {
    const listed = new Map<string, Listed>();
    for (const [index, kept] of (await store.listMessages(privateKey(turn.message), LISTED_MESSAGES)).entries()) {
      listed.set(kept.ref, {
        ref: kept.ref,
        at: kept.at,
        order: -index,
        left: [...kept.questions.map((text) => `câu hỏi ${excerpt(text)}`), ...kept.reports.map((text) => `báo sai ${excerpt(text)}`)],
      });
    }
    const interview = turn.interview;
    for (const [index, told] of (interview?.from ?? []).entries()) {
      const entry = listed.get(told.m) ?? { ref: told.m, at: told.at, left: [], order: index };
      entry.left.push(`trả lời kiểm tra hộ gia đình (${toldFactLabels(told.f, rules, dayOf(interview!)).join(', ')})`);
      if (told.at > entry.at) entry.at = told.at;
      listed.set(told.m, entry);
    }
    const told = turn.session.told;
    if (told) {
      const entry = listed.get(told.m) ?? { ref: told.m, at: told.at, left: [], order: 0 };
      entry.left.push(`kết quả kiểm tra hộ gia đình từ tin này (${TOLD_FACTS})`);
      listed.set(told.m, entry);
    }
    return [...listed.values()].sort((x, y) => y.at.localeCompare(x.at) || y.order - x.order).slice(0, LISTED_MESSAGES);
  }

  async function listKeptMessages(turn: Turn): Promise<Reply[]> {
    // The list shows what the user typed: never in a group.
    if (turn.message.isGroup) return [lines('Để xem và xóa từng tin bạn đã gửi, bạn nhắn riêng cho trợ lý rồi gõ /xoatin nhé.')];
    const listed = await keptMessagesOf(turn);
    if (listed.length === 0) return [lines('Trợ lý không lưu gì từ các tin bạn đã gửi, nên không có gì phải xóa.')];
    const buttons = listed.map((entry, index) => [button(`Xóa tin ${index + 1}`, { kind: 'deleteMessage', ref: entry.ref })]);
    const said = lines(
      'Các tin bạn đã gửi mà trợ lý còn lưu (mới nhất trước):',
      ...listed.map((entry, index) => `${index + 1}. ${formatTimeVietnam(entry.at)}: ${entry.left.join('; ')}`),
      'Bạn ',
    );
    const typed = '/xoatin và số thứ tự, ví dụ /xoatin 1';
    const press = pressingOne(`bấm “Xóa tin …” (hoặc gõ ${typed})`, buttons.flat().map((shown) => shown.label), typed);
    return [reply([...said.spans, press, plain(' để xóa tin đó. Gửi /xoadulieu để xóa mọi dữ liệu trợ lý lưu về bạn.')], buttons)];
  }

  async function deleteMessageRef(turn: Turn, ref: string, shown?: Listed): Promise<Reply[]> {
    const ownerKey = privateKey(turn.message);
    let removed;
    try {
      removed = await store.deleteMessage(ownerKey, ref);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      turn.log.warn('message_not_deleted', { channel: turn.message.channel, error });
      return [lines('Chưa xóa được tin này vì cơ sở dữ liệu đang tạm gặp sự cố; bạn vui lòng thử lại sau ít phút.')];
    }
    // The household facts that message told (kept with consent in the session, or in the draft): gone from the check too.
    const interview = turn.interview;
    const left = interview && withoutMessage(interview, ref, rules, dayOf(interview));
    if (left) turn.interview = left.interview;
    if (left && left.facts.length > 0) turn.erasing = true;
    const facts = left ? toldFactLabels(left.facts, rules, dayOf(left.interview)) : [];
    // A household told in one message (kept for its follow-ups): gone with the message that told it.
    const toldGone = turn.session.told?.m === ref;
    if (toldGone) {
      turn.session.told = undefined;
      turn.erasing = true;
    }
    turn.log.info('message_deleted', { channel: turn.message.channel, questions: removed.questions, reports: removed.reports, householdFacts: left?.facts.length ?? 0 });
    const gone = [
      ...(removed.questions > 0 ? [`câu hỏi chưa trả lời được (đã che thông tin cá nhân) mà trợ lý giữ lại để cán bộ bổ sung tài liệu${sentAgain(removed)}`] : []),
      ...(removed.reports > 0 ? ['nội dung báo sai bạn gửi trong tin này'] : []),
      ...(facts.length > 0 ? [`câu trả lời kiểm tra hộ gia đình trong tin này (${facts.join(', ')})`] : []),
      ...(toldGone ? [`kết quả kiểm tra hộ gia đình từ tin này (${TOLD_FACTS})`] : []),
    ];
    const said = lines(
      ...(shown ? [`Tin gần nhất trợ lý còn lưu của bạn là tin gửi lúc ${formatTimeVietnam(shown.at)}.`] : []),
      gone.length > 0 ? `Đã xóa những gì tin này để lại trong trợ lý: ${gone.join('; ')}.` : 'Trợ lý không lưu gì từ tin này, nên không có gì phải xóa.',
      'Muốn xóa mọi dữ liệu trợ lý lưu về bạn (cả phần kiểm tra hộ gia đình), bạn gửi /xoadulieu.',
    );
    // The check goes on from the answer that went: asked again (a finished one keeps its result until then).
    const again = left && !left.interview.awaitingConsent && !isFinished(left.interview, rules, dayOf(left.interview));
    const deleted = { ...said, messageDeleted: true as const };
    return again ? [deleted, ...continueInterview(turn, left.interview)] : [deleted];
  }

  // ---------- routing ----------

  function unknownAction(): Reply[] {
    return [reply([plain('Mình không hiểu lựa chọn này (có thể nút đã cũ). Bạn chọn lại giúp mình nhé.')], MENU_BUTTONS)];
  }

  /** A pressed button: its data read back (actions.ts), or "không hiểu lựa chọn này" for data no button carries. */
  function onAction(turn: Turn, data: string): Reply[] | Promise<Reply[]> {
    const action = decodeAction(data);
    return action ? act(turn, action) : unknownAction();
  }

  function act(turn: Turn, action: ChatAction): Reply[] | Promise<Reply[]> {
    switch (action.kind) {
      case 'deleteMessage':
        return deleteMessageRef(turn, action.ref);
      case 'deleteShare':
        return deleteShare(turn, action.token);
      case 'erase':
        if (!action.confirmed) return [lines('Đã giữ nguyên, không xóa gì. Khi cần, bạn gửi /xoadulieu để xóa mọi dữ liệu trợ lý lưu về bạn.')];
        turn.session.awaiting = undefined;
        return deleteData(turn);
      case 'menu':
        return menuAction(turn, action.item, action.argument);
      case 'check':
        return turn.message.isGroup ? notInGroups() : interviewAction(turn, action);
      case 'consent':
        if (turn.message.isGroup) return notInGroups();
        if (!turn.interview) return noInterview();
        return giveConsent(turn, action.given);
      case 'more':
        return showMore(turn, action.set);
      case 'fullSection': {
        const passage = resultAt(turn, action.set, action.index);
        return passage ? [fullSectionReply(passage, [[reportButton({ set: action.set, index: action.index })]])] : staleButton();
      }
      case 'feedback': {
        const passage = resultAt(turn, action.set, action.index);
        if (!passage) return staleButton();
        turn.writes.push(() => store.recordFeedback({ passageId: passage.id, useful: action.useful }));
        if (action.useful) return [lines('Cảm ơn bạn đã đánh giá!')];
        // "Báo sai" offered again with the thanks: on a phone the answer's numbers are gone with this reply (round 24: was "bấm
        // "Báo sai"" with no button, a typed "6" then pressed the main menu's).
        return [
          reply(
            [plain('Cảm ơn bạn. Bạn có thể hỏi lại bằng từ khác, hoặc '), pressing('Báo sai', '“báo sai”'), plain(' để ghi rõ chỗ chưa đúng.')],
            [[reportButton({ set: action.set, index: action.index })]],
          ),
        ];
      }
      case 'answer': {
        if (action.verb === 'report') return startReport(turn, reportTarget(turn, action));
        const { about } = action;
        if ('rules' in about) return shareRulesAnswer(about.rules);
        if ('supportsOf' in about) return shareSupports(about.supportsOf);
        return shareAnswer(turn, about.set, about.index);
      }
      case 'reportCancel':
        turn.session.awaiting = undefined;
        return [lines('Đã bỏ qua.')];
      case 'reportAttach':
        return attachResult(turn);
      case 'reportResult':
        return startReport(turn, reportTarget(turn, action));
      case 'quick':
        if (action.verb === 'report') return startReport(turn, reportTarget(turn, action));
        return resultDetails(turn, profileOfQuick(action.figures, today(), rules), { ...action, verb: 'report' });
      case 'province':
        return info.provinceAction(turn.session, action.choice);
      case 'supports':
        // "sup:near_poor:full@2027-01-01": a button under a later day's list keeps that day while it is still to come (round 20).
        return supportsList(turn, action.of, action.day !== undefined && action.day > today() ? action.day : today(), undefined, action.full);
    }
  }

  function menuAction(turn: Turn, item: MenuItem, argument = ''): Reply[] {
    switch (item) {
      case 'ask':
        return [askPrompt()];
      case 'check':
        return startCheck(turn);
      case 'supports':
        return info.supportsReply(today());
      case 'standard':
        return info.standardReply(today(), argument);
      case 'sources':
        return info.sourcesReply();
      case 'about':
        return [about()];
    }
  }

  async function onStart(turn: Turn, payload: string): Promise<Reply[]> {
    if (!payload) return turn.session.awaiting?.kind === 'report' ? [welcome(), reportWaiting()] : welcomeBack(turn);
    if (payload === CHECK_PAYLOAD) return startCheck(turn);
    const sharedRules = sharedRulesAnswer(payload);
    if (sharedRules) return sharedRules;
    const share = SHARE_TOKEN.test(payload) ? await store.loadShare(payload) : undefined;
    if (!share) return [lines(SHARE_GONE), ...welcomeBack(turn)];
    const passage = search.passage(share.passageId);
    if (!passage) return [lines('Đường dẫn này không còn dùng được: đoạn văn bản nó chia sẻ không còn trong dữ liệu của trợ lý.'), ...welcomeBack(turn)];
    return [sharedReply(passage, share.question, deleteShareCommand(payload))];
  }

  async function onCommand(turn: Turn, name: string, args: string): Promise<Reply[]> {
    switch (name) {
      case 'start':
        return onStart(turn, args.split(' ')[0] ?? '');
      case 'kiemtra':
        return args ? quickCheck(turn, args) : startCheck(turn);
      case 'chuan':
        // "/chuan 2027" then "còn thành thị?": the card asked is the last answer.
        turn.session.last = /^(\d{4})?$/.test(args) ? topicCode({ kind: 'standard', ...(args ? { year: Number(args) } : {}) }) : undefined;
        return info.standardReply(today(), args);
      case 'hotro':
        return supportsList(turn, args, today());
      case 'nguon':
        return info.sourcesReply();
      case 'tinh':
        return info.provinceCommand(turn.session, args);
      case 'xoadulieu':
        return deleteData(turn);
      // "/xoa" as residents shorten it (round 36: was "Mình không có lệnh /xoa", nothing deleted): asked first, as "xoa du lieu" is.
      case 'xoa':
        return [confirmDeleteReply()];
      case 'xoatin':
        return deleteMessage(turn, args);
      case 'xoachiase':
        return deleteShare(turn, args.trim());
      case 'huy':
        return turn.message.isGroup ? notInGroups() : interviewAction(turn, { step: 'cancel' });
      case 'trogiup':
      case 'help':
        return [info.helpReply(quickCheckHelp(rules, today()))];
      default:
        return [reply([plain(`Mình không có lệnh /${name}. Gõ /trogiup để xem các lệnh.`)], MENU_BUTTONS)];
    }
  }

  /**
   * A typed number or button label presses the matching last-offered button (channels without buttons). With nothing remembered
   * (after /xoadulieu, whose reply shows the main menu and keeps nothing; a chat whose memory expired), the main menu's numbers
   * ("2", round 22) and labels ("Các chính sách hỗ trợ", round 21) press it; a check or a question waiting reads its own numbers.
   */
  function typedChoice(turn: Turn, text: string): string | undefined {
    const remembered = turn.session.choices ?? [];
    const key = matchKey(text);
    if (key === '') return undefined;
    const nothingRemembered = remembered.length === 0 && !turn.session.awaiting && !turn.interview;
    const choices = nothingRemembered ? MENU_BUTTONS.flat() : remembered;
    if (/^\d{1,2}$/.test(key)) return nothingRemembered || turn.session.choicesNumbered !== false ? choices[Number(key) - 1]?.action : undefined;
    return (remembered.length > 0 ? remembered : MENU_BUTTONS.flat()).find((choice) => matchKey(choice.label) === key)?.action;
  }

  async function onText(turn: Turn, rawText: string): Promise<Reply[]> {
    // A household list pasted from a spreadsheet (read before cleanInput joins its lines; a long list too): how lists are
    // checked (the web page's upload), its text never kept (counted as a question, no text).
    if (looksLikePastedTable(rawText, (cell) => columnOfHeader(cell) !== null)) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text: '' }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'pasted_table' });
      return [listCheckReply(PASTED_TABLE_LEAD)];
    }
    // "me tui bi K" (cancer by its letter, read as the mask reads it): "bị ung thư", never "bị không" (round 37 privacy29).
    const text = withCancerLetterWritten(cleanInput(rawText));
    if (text.length > INPUT_DEFAULTS.maxMessageChars) {
      // Its length only: a paste this long may hold anything.
      turn.log.info('message_too_long', { channel: turn.message.channel, chars: text.length });
      return [unreadable('too_long', text.length)];
    }
    // "👍", "🙏🙏" (round 19): an emoji alone says thanks or OK, answered as "ok" is, politely with the menu.
    // "😢😢" (round 21): a sad face alone is met with care.
    const sad = [...text].some((character) => TOPICS.smallTalk.sadEmoji.includes(character));
    if (!hasReadableContent(text)) return [EMOJI.test(text) ? (sad ? sadReactionReply() : acknowledgementReply()) : unreadable('empty')];

    const command = text.match(/^\/([A-Za-z_]+)(?:@\S+)?\s*(.*)$/s);
    if (command) {
      const [name, args] = [command[1]!.toLowerCase(), command[2]!.trim()];
      // A page reloaded (a chat reopened) while a "Báo sai" was being written: the report still waits for its words (onStart).
      if (!(name === 'start' && args === '' && turn.session.awaiting?.kind === 'report')) turn.session.awaiting = undefined;
      return onCommand(turn, name, args);
    }
    const pressed = typedChoice(turn, text);
    if (pressed) return onAction(turn, pressed);
    // "co", "ok xoa di", "thoi" typed to "erase everything?" (Zalo, the terminal: no buttons), also during a check, whose
    // question would otherwise take it as its answer.
    const erase = turn.session.choices?.some((choice) => decodeAction(choice.action)?.kind === 'erase') ? readEraseConfirm(text) : undefined;
    if (erase) return act(turn, { kind: 'erase', confirmed: erase === 'yes' });
    // "2" typed with no menu it chooses from (a new chat, or a number past the last menu): never searched as words (round 18
    // tryout: "2" gave a Tỉnh ủy plan's "giảm 1,5 - 2%/năm"); the menu, to choose again. An interview's or a report's answer
    // reads its own numbers.
    if (/^\d{1,2}$/.test(matchKey(text)) && !turn.session.awaiting && !(turn.interview && !turn.message.isGroup)) {
      const menu = pressingOne('bấm nút hoặc gõ số của mục', MENU_BUTTONS.flat().map((shown) => shown.label), 'số của mục');
      return [reply([plain(`Mình chưa rõ số “${matchKey(text)}” là chọn mục nào. Bạn chọn giúp một mục dưới đây (`), menu, plain('), hoặc gõ câu hỏi của bạn.')], MENU_BUTTONS)];
    }
    // "ok ban", "cu luu di", "ko luu", "thoi khoi" to the question whether the answers may be kept: "Đồng ý lưu" or "Không lưu"
    // (lexicon requests.ts consent), before "thoi khoi" is read as the end of the check (N38-48).
    // A report being written ("Báo sai") takes the words as they are.
    const consent = turn.interview?.awaitingConsent && !turn.message.isGroup && turn.session.awaiting?.kind !== 'report' ? readConsent(text) : undefined;
    if (consent) return giveConsent(turn, consent === 'yes');
    // "xoa het thong tin cua tui di" is /xoadulieu; "thoi khoi" during a check is "Hủy" (lexicon requests.ts).
    const request = readRequest(text);
    // Asked before anything is deleted: a sentence can say "xóa dữ liệu" without asking for it (review6 M1).
    if (request === 'deleteData') return [confirmDeleteReply()];
    if (request === 'deleteLast') return deleteLastMessage(turn);
    if (request === 'stopCheck' && unfinishedCheck(turn)) return cancelCheck(turn);
    // "Kiểm tra hộ gia đình" typed (the menu button's label), "kiem tra giup nha tui": what /kiemtra does (findings35 N35-02).
    // "kiem tra ho ngheo": the same, with a line on where the procedure is (round 16).
    if (request === 'startCheck') return startCheckNamesClass(text) && !turn.message.isGroup ? [lines(CHECK_NOT_PROCEDURE), ...startCheck(turn)] : startCheck(turn);
    // "chi tiet": after a class's short list of supports, each one in full ("Chi tiết từng khoản"); after a household's
    // result, its "Chi tiết"; after any other answer (already in full, with its basis), what can be asked next — never a
    // passage searched for the words "chi tiết" (findings34 N01).
    if (request === 'moreDetail' && !unfinishedCheck(turn)) return moreDetail(turn);
    // "bot co luu j cua tui ko": what is kept, from what the stores keep; a check in progress waits for its answer.
    // Asked again right after it (round 37 short28: was the whole notice again, 2.410 characters): in brief, "chi tiết" the whole.
    // Asked first (round 39 mend39a; was the whole notice, 2.278 characters on a phone): in brief too, "chi tiết" the whole.
    if (readPrivacyQuestion(text)) {
      const again = aboutOf(turn.session.last) === LAST_PRIVACY;
      turn.session.last = `${BRIEF_MARK}${LAST_PRIVACY}`;
      const kept = again ? info.privacyAgainReply() : info.privacyBriefReply(turn.message.channel);
      // "ban la ai, ai lam ra ban, thong tin tui co bi gui cho ai ko" (round 40 mend40c; was what is kept alone): who the assistant
      // is and is not, first.
      return [saysAny(readMessage(text).words, TOPICS.smallTalk.identity) ? { ...kept, spans: [plain(`${WHO_IT_IS}\n\n`), ...kept.spans] } : kept];
    }
    // "tui ko dong y luu" with no check waiting (round 39 mend39a; was "ngoài phạm vi"): nothing kept without it, how the check asks.
    if (refusesKeeping(text) && !unfinishedCheck(turn)) {
      // "chi tiết" after it: the whole notice of what is kept.
      turn.session.last = `${BRIEF_MARK}${LAST_PRIVACY}`;
      return [info.keepingRefusedReply(Boolean(turn.session.consentAt))];
    }

    const awaiting = turn.session.awaiting;
    if (awaiting?.kind === 'report') return finishReport(turn, awaiting, text);
    if (awaiting?.kind === 'province') {
      const chosen = info.chooseProvince(turn.session, text);
      if (chosen) return chosen;
    }

    // A check started in a private chat is only continued there (the same user may also write in a group).
    if (turn.interview && !turn.message.isGroup) {
      const handled = interviewText(turn, turn.interview, text);
      if (handled) return handled;
    }
    return freeText(turn, text);
  }

  /**
   * A later year or another area asked right after an amount's class (AMOUNT_CODE): that amount's class again for it, against
   * the standard of that year, with whom to ask; undefined for any other message.
   */
  function amountFollowUp(turn: Turn, code: RegExpExecArray, message: ReadMessage): Reply[] | undefined {
    // "Nếu thiếu hụt 3 chỉ số thì sao?" (round 42 mend43b; was the near-poor explainer found by search): the same amount, area and
    // year with that count of deprivations, as a first question telling them is answered.
    const counted = (opensFollowUp(message) || followUpShaped(message)) && readFollowUp(message, today()) === undefined ? deprivationsCounted(message.words) : undefined;
    const asked = counted !== undefined ? { own: false } : readFollowUp(message, today());
    if (!asked || asked.own || asked.classification !== undefined || (asked.year === undefined && asked.area === undefined && counted === undefined)) return undefined;
    const none = understandHousehold('', rules, today());
    const area = asked.area ?? (code[2] === 'r' ? 'rural' : code[2] === 'u' ? 'urban' : null);
    const year = asked.year ?? (code[4] !== undefined ? Number(code[4]) : undefined);
    const told: Understanding = {
      ...none,
      understood: { ...none.understood, area, monthlyIncomePerPerson: Number(code[1]) },
      ...(year !== undefined ? { asOf: dayForYear(year, today()) } : {}),
      ...(code[3] === 'p' ? { perPersonSaid: true as const } : {}),
      ...(counted !== undefined ? { deprivationsCounted: counted } : {}),
    };
    const lead = amountAskedLead(rules, told, today());
    if (!lead) return undefined;
    turn.writes.push(() => store.recordQuestion({ answered: true, text: message.text }));
    turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'amount_class' });
    turn.session.last = amountCode(told);
    return [reply([plain(`${lead}\n${WHERE_TO_ASK}`)], [MENU_BUTTONS[1]!])];
  }

  /** A message that is no command, no choice and no answer to a question the chat asked: what it asks or tells. */
  function freeText(turn: Turn, text: string): Reply[] {
    // Read once for the readers below, without the personal data in it: "sdt 0912…", "tôi là Trần Thị Hoa" ask nothing.
    const message = readMessage(withoutPersonalData(text));
    // "o sai gon", "tp hcm", "nha tui o hn": a province with its own standard for its supports (rules/local/), said with the
    // answer on the standard, a support or the household's class (local.ts).
    const ownStandards = provinceStandardsNamed(rules, provinces, message.words, today());
    // "xin chao", "cam on ad nha", "vay ha": a greeting, thanks or "oh, I see" alone is answered kindly, never "ngoài phạm vi".
    const smallTalk = readSmallTalk(message);
    // "ad oi" then "cho e hoi" (round 21): a greeting with the menu (or the welcome's choices) just offered is a "go ahead", not
    // the welcome again.
    const menuOffered = turn.session.choices?.some((choice) => decodeAction(choice.action)?.kind === 'menu') === true;
    // "ban la ai", "bot ten gi" ask who the assistant is: the whole introduction, however often asked.
    if (smallTalk === 'identity') return [about()];
    if (smallTalk === 'greeting') return [menuOffered ? goAheadReply() : welcome()];
    if (smallTalk) return [smallTalk === 'thanks' ? thanksReply() : acknowledgementReply()];
    // "tui ten Hoang Van Thu" (round 42 resid45): a name told alone, read without the name; never kept nor said back.
    if (readNameTold(text, message)) return [nameToldReply()];
    // "xin chao toi muon hoi ve ho can ngheo": the question after the greeting is what is read (round 18 tryout).
    const greeted = afterGreeting(text);
    if (greeted !== undefined) return freeText(turn, greeted);
    // "cccd cua tui 079…, tra giup nha tui co trong danh sach": nobody is looked up here; the number is never said back.
    if (readIdLookup(text)) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'id_lookup' });
      return [idLookupReply()];
    }
    // "Hộ nghèo được hỗ trợ BHYT bao nhiêu và được vay vốn bao nhiêu?", "Chuẩn nghèo 2027 có mấy chỉ số và khi nào áp dụng?" (round
    // 44 cadre46; were the first half's answer alone): two questions joined by "và", each answered, the second after the first
    // (halves.ts), in one reply. Not inside a check, whose questions read their own answers.
    // "nha tui 4 nguoi … thu nhap 5tr5/thang, ko co nuoc may, con 14 tuoi nghi hoc" (round 46 mend50a; was cut at ", con" read as
    // "còn", its second half "ngoài phạm vi" and the child's schooling lost): a household told whole (its size and income) is one.
    // Read only when the message would be cut in two (the household reading is a large part of a question's work).
    const cut = turn.interview ? undefined : questionHalves(text, today());
    const heardWhole = cut && understandHousehold(text, rules, today()).understood;
    const halves = heardWhole && heardWhole.members !== null && toldIncome(heardWhole) !== undefined ? undefined : cut;
    if (halves) return joinedHalves(freeText(turn, halves[0]), freeText(turn, halves[1]), halves[1], halves[0]);
    // What the last answer was about: a follow-up below reads against it; any other answer replaces it.
    const wasShort = turn.session.last?.startsWith(SHORT_MARK) === true;
    const brief = wasBrief(turn.session.last);
    const plainBefore = wasPlain(turn.session.last);
    const toOneBefore = wasToOne(turn.session.last);
    const amountBefore = AMOUNT_CODE.exec(turn.session.last ?? '');
    const last = amountBefore ? undefined : aboutOf(turn.session.last);
    const template = templateOf(turn.session.last);
    const before = turn.session.last;
    turn.session.last = undefined;
    const amountAgain = amountBefore ? amountFollowUp(turn, amountBefore, message) : undefined;
    if (amountAgain) return amountAgain;
    // "that ha", "co chac ko", "ai noi vay", "nong thon 1,9tr ha" right after a rumour's verdict (round 43 resid48; were "ngoài phạm
    // vi" and a plan's passage found by search): the same verdict in brief, its source and status, where to check.
    const corrected = last === undefined ? [] : claimedFigures(last);
    // Any rumour's verdict too, of a support or with no figure (round 44 rumour49: "that ko ad" after "nghe noi ho can ngheo dc
    // mien 100% bhyt ha" was "ngoài phạm vi"): its letter kept before the code (VERDICT_MARK).
    const verdictBefore = verdictOf(before);
    const verdictTopic = asksVerdictAgain(message, corrected, verdictBefore !== undefined) ? topicFromCode(last!, rules) : undefined;
    const again = verdictTopic && verdictAgain(rules, verdictTopic, corrected, today(), verdictBefore);
    if (again) {
      turn.session.last = before;
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'verdict_again' });
      return [reply([plain(again)], MENU_BUTTONS)];
    }
    // "tui o Ha Noi" right after a support's card (round 42 resid45; was the same card again, 1.471 characters): what the place
    // changes of it; "chi tiết" still gives the card.
    const cardBefore = last === undefined ? undefined : topicFromCode(last, rules);
    const supportBefore = cardBefore?.kind === 'support' ? supportById(rules, cardBefore.supportId) : undefined;
    const placeTold = supportBefore ? placeToldAfterSupport(rules, provinces, message.words, supportBefore, today()) : undefined;
    if (placeTold) {
      turn.session.last = before;
      return [{ ...placeTold, buttons: answerTopic(rules, cardBefore!, today())[0]?.buttons ?? [] }];
    }
    // "tui o Cu Chi TPHCM" right after a class's supports ("nha tui moi thoat ngheo nam nay", round 45 resid52; was "ngoài phạm vi"):
    // what the place's own standard gives of that class's supports (placeToldAfterClass); "chi tiết" still gives the list.
    const listedBefore = listedOf(last);
    const placedClass = listedBefore && listedBefore.classification in CLASS_NAMES ? (listedBefore.classification as SupportClass) : undefined;
    const classPlaced = placedClass
      ? placeToldAfterClass(rules, provinces, message.words, { ids: supportsFor(rules, placedClass, listedBefore!.day).map((one) => one.id), label: lowerFirst(CLASS_NAMES[placedClass]) }, today())
      : undefined;
    if (classPlaced) {
      turn.session.last = before;
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'class_place' });
      return [{ ...classPlaced, buttons: MENU_BUTTONS.slice(1, 3) }];
    }
    // "that ko, tui nghe noi dc 100%" right after the near-poor BHYT card (round 45 mend49c; was "ngoài phạm vi"): a rumour told of
    // nothing named is of that card's support and class, read as if it named them ("Đúng một phần: … tối thiểu 70% …").
    // A rumour of income lines ("co tin don tu 2027 ai thu nhap duoi 1 trieu 9 moi la ho ngheo" after the housing card) is of the
    // standard, read as it is (round 45, followups-round10).
    // A bare doubt ("that ko", "thiet hong") keeps its answer of what the data has (round 31 mend31b): only a figure heard is checked.
    const heardOfCard = supportBefore && /\d/u.test(text) && saysAny(message.words, TOPICS.claims.told) && !saysAny(message.words, INCOME_NOUNS) && readTopic(text, today()) === undefined ? (TOPICS.supports[supportBefore.id] ?? [])[0] : undefined;
    if (heardOfCard !== undefined) {
      const classWords = cardBefore?.kind === 'support' && cardBefore.classification ? `${fold(CLASS_NAMES[cardBefore.classification]).toLowerCase()} ` : '';
      return freeText(turn, `${classWords}${heardOfCard} ${text}`);
    }
    // "the ho can ngheo thi lai bn" right after the poor households' loan card (round 43 mend45e; was a passage on the village head's
    // word found by search): that card for the class told, as "the ho can ngheo thi sao" gives it.
    const switched = cardBefore?.kind === 'support' ? classWithAspect(message, today()) : undefined;
    const switchedCard = switched && followTopic(cardBefore!, switched);
    if (switchedCard) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'class_switched' });
      turn.session.last = topicCode(codedTopic(rules, switchedCard, today()));
      return answerTopic(rules, switchedCard, today());
    }
    // "So với giai đoạn 2022–2025 thì khác gì?" right after a standard's card (round 45 cadre48; was the 2022–2025 explainer found by
    // search): the standards compared, as "Chuẩn nghèo 2027–2030 khác gì so với 2022–2025?" is. A year or period written, or the
    // standard before or after named ("giai đoạn trước"), with the words of a comparison.
    const comparedAfter =
      cardBefore?.kind === 'standard' && saysAny(message.words, TOPICS.comparison) && (yearWritten(message.words) !== undefined || saysAny(message.words, TOPICS.standardsCompared));
    if (comparedAfter && (readTopic(text, today())?.kind ?? 'standard') === 'standard') {
      const compared: Topic = { kind: 'standard', compare: true };
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'standards_compared' });
      turn.session.last = topicCode(compared);
      return answerTopic(rules, compared, today());
    }
    // "Thêm lịch họp vào ngày 15/12/2026 lúc 19 giờ" right after a template (round 41 mend41b; was "ngoài phạm vi"): filled in.
    const filledIn = template && templateFilled(rules, template, message, today(), turn.postBefore?.filled);
    if (filledIn) {
      const filled = filledIn.replies;
      turn.session.last = before;
      // The lines added to it before stay (round 42 outreach43), so does what was filled in before (round 43 outreach44).
      const added = turn.postBefore?.added ?? [];
      postGiven(turn, added, filledIn.filled);
      if (added.length > 0) filled[0] = { ...filled[0]!, spans: [plain(withLines(replyText(filled[0]!), added))] };
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'template_filled' });
      return filled;
    }
    // "Thêm số điện thoại liên hệ 0912 345 678 của anh Tư", "Thêm giờ họp là 8 giờ sáng Chủ nhật" right after a post (round 42
    // outreach43; were "ngoài phạm vi"): that same post with the line added before its source. The line is the staff's, typed for
    // a public post: kept with the post in the draft only (session.post), never in the database nor the logs.
    const postBefore = before?.startsWith(SHORT_MARK) && !wasToOne(before) ? turn.postBefore : undefined;
    const line = postBefore ? (supportLineAdded(rules, text, postBefore.text, today()) ?? addedLine(text)) : undefined;
    if (postBefore && line) {
      turn.session.last = before;
      postGiven(turn, [...postBefore.added, line], postBefore.filled);
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'post_line_added' });
      return shareable([reply([plain(withLines(postBefore.text, [line]))])], last === undefined ? undefined : postSubjectOf(last));
    }
    // "bo phan lai suat di" right after a post (round 42 mend43a; was the rate alone, the edit inverted): that same post without the
    // sentences about it, the lines added to it kept.
    const without = postBefore ? postWithout(text, postBefore.text) : undefined;
    if (postBefore && without) {
      turn.session.last = before;
      postGiven(turn, postBefore.added, postBefore.filled);
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'post_part_removed' });
      return shareable([reply([plain(without)])], last === undefined ? undefined : postSubjectOf(last));
    }
    // "ngắn hơn nữa, 2 câu thôi", "viet ngan lai" after an answer: that answer shorter, never "ngoài phạm vi".
    const shorter = asksShorter(message);
    // Any other edit of the post in the draft (round 43 mend45c, tryout45 theme-outreach: "thêm số điện thoại liên hệ của UBND xã",
    // "bỏ phần căn cứ pháp lý đi", "thêm lời nhắc mang theo căn cước công dân", "thêm mức tiền mỗi tháng", "viết kiểu thân mật như
    // nói chuyện với hàng xóm"; were a refusal, "ngoài phạm vi", another card, the post lost): it stays on the post, edited, or
    // given back unchanged with what could not be done. A new post asked ("viết thông báo về …") is not an edit.
    const editRead = postBefore && !shorter ? postEditAsked(message, postBefore.text) : undefined;
    const edit = editRead && (editRead.kind === 'line' || editRead.kind === 'text' || !shortAnswer(rules, message, today())) ? editRead : undefined;
    if (postBefore && edit) {
      const rewritten = edit.kind === 'rewrite' ? plainerLast(turn, last, edit.form, wasShort, brief, plainBefore, toOneBefore) : undefined;
      if (rewritten) return rewritten;
      turn.session.last = before;
      turn.writes.push(() => store.recordQuestion({ answered: edit.kind === 'line' || edit.kind === 'text', text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: `post_edit_${edit.kind}` });
      const subject = last === undefined ? undefined : postSubjectOf(last);
      if (edit.kind === 'line') {
        postGiven(turn, [...postBefore.added, edit.line], postBefore.filled);
        return shareable([reply([plain(withLines(edit.text ?? postBefore.text, [edit.line]))])], subject);
      }
      postGiven(turn, postBefore.added, postBefore.filled);
      if (edit.kind === 'text') return shareable([reply([plain(edit.text)])], subject);
      const why = edit.kind === 'kept' ? edit.why : 'Mình chưa sửa bài theo đúng yêu cầu này được';
      return [lines(`${why}. Bài vẫn giữ nguyên như dưới đây, bạn sửa thêm theo lời của mình:`), ...shareable([reply([plain(postBefore.text)])], subject)];
    }
    // "ko hiu" once more right after what can be asked (restateOfferReply, below; round 40 resid40: was the same reply word for
    // word): said more simply.
    if (shorter?.plain && last === LAST_RESTATED && saysAny(message.words, TOPICS.shorten.notUnderstood)) {
      turn.session.last = LAST_RESTATED;
      return [restateAgainReply()];
    }
    // "z la sao", "vay la sao" (vậy là sao) after a card: that card plainer (round 32 tryout19), then what can be asked of it, the
    // subject kept for "còn hộ nghèo?" (round 32 mend32c; was the card plainer alone, the suggestions of the vague follow-up lost);
    // after a check or a class's list, the suggestions alone, as before tryout19.
    const unclear = shorter?.plain && last !== undefined ? readVague(message) === 'unclear' : false;
    if (unclear && last !== undefined) {
      const card = last !== LAST_CHECK && !last.startsWith(LAST_SUPPORTS) && topicFromCode(last, rules) !== undefined;
      // A card with no plainer form (round 35 words20: "nha tui moi bi dua ra khoi ds can ngheo …" then "z la sao"; was the notice
      // that only policy answers are rewritten, asking for "viết ngắn"): the suggestions alone.
      const plainer = card ? (plainerLast(turn, last, shorter!, wasShort, brief, plainBefore, toOneBefore) ?? []) : [];
      turn.session.last = last;
      // The plainer card ends with whom to ask: the suggestions under it do not say it again (round 33 follow21; was twice).
      return [...plainer, vagueOfLast('unclear', last, plainer.length > 0)];
    }
    // "ko hiu", "hok hieu" with no answer before (round 39 mend39a; were "ngoài phạm vi" and the notice below): what can be asked.
    if (shorter?.plain && last === undefined && saysAny(message.words, TOPICS.shorten.notUnderstood)) {
      turn.session.last = LAST_RESTATED;
      return [restateOfferReply()];
    }
    // A template said plainer ("viết lại cho người lớn tuổi dễ hiểu" after the year-end review notice, round 45 outreach49; was the
    // review's steps in sentences of 40 words): that same notice, the lines added to it kept, in plain words and short sentences.
    if (shorter?.plain && template && postBefore) {
      turn.session.last = before;
      postGiven(turn, postBefore.added, postBefore.filled);
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'template_plain' });
      return shareable([{ ...reply([plain(shortSentences(plainWords(postBefore.text, true)))]), post: true }], last === undefined ? undefined : postSubjectOf(last));
    }
    if (shorter) {
      const rewritten = plainerLast(turn, last, shorter, wasShort, brief, plainBefore, toOneBefore);
      // A template shortened stays the template ("ngắn hơn" then "viết lại cho người lớn tuổi dễ hiểu", round 45 outreach49).
      const shortMarked = withoutMark(turn.session.last, SHORT_MARK);
      if (rewritten && template && shortMarked !== undefined && turn.session.last !== shortMarked && !wasToOne(turn.session.last)) {
        turn.session.last = `${SHORT_MARK}${POST_MARK}${TEMPLATE_MARKS[template]}${shortMarked}`;
      }
      return rewritten ?? [notShortened(shorter)];
    }
    // "ghi nguồn giúp", "nguồn ở đâu vậy bạn", "cho xin link de chia se": the source of that answer, never "ngoài phạm vi".
    const sourceAsked = asksSource(message);
    if (sourceAsked) return sourceOfLast(turn, last, sourceAsked);
    // "vay thi sao" right after a household's result or a class's supports (findings N09): the preferential loans of that class,
    // not "vậy thì sao" asked back.
    // Right after a household's result, "vay thi sao" is "vậy thì sao" (round 44 mend47a): what now, answered below as the result's
    // next step; after a class's supports it still asks that class's loans.
    const soWhat = last === LAST_CHECK && readAfterResult(message)?.kind === 'nextSteps';
    const loan = last !== undefined && !soWhat && asksLoanAlone(message) ? loanAfter(turn, last) : undefined;
    if (loan) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'loan_after' });
      return loan;
    }
    // "a nham, nha tui 6 nguoi", "nha tui 6 nguoi", "sai roi nha tui o thanh pho" after a household told in one message: corrected.
    const toldFixed = toldCorrected(turn, message, last);
    if (toldFixed) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'told_corrected' });
      return toldFixed;
    }
    // "ket qua sai roi", "tinh sai roi ban oi" after a household told in one message: what its result used, as after a check.
    const toldKnown = toldHousehold(turn);
    const afterTold = toldKnown ? readAfterResult(message) : undefined;
    if (toldKnown && asksOfResult(afterTold)) {
      const found = knownEnds(rules, toldKnown, false, (profile) => evaluate(turn, profile));
      turn.household = true;
      turn.session.last = LAST_CHECK;
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: `told_${afterTold.kind}` });
      const checked = afterTold.kind === 'nextSteps' && found ? finishedResult(turn)?.result : undefined;
      if (checked && found) return [nextStepsReply(endsSaid(found.ends), nextStepsInShort(rules, checked), [[FULL_CHECK]])];
      const one = found && (found.ends.length === 1 || !areaMatters(found.ends)) ? found.ends[0] : undefined;
      const settled = one ? settledClass(one) : undefined;
      if (afterTold.kind === 'classAsked' && found) {
        return [classRestatedReply(endsSaid(found.ends), found.lead.text, askedIsResult(afterTold, settled), [[FULL_CHECK]])];
      }
      // "tai sao lai la trung binh": the reasons of its one class, else how the figures gave it.
      const why = afterTold.kind === 'why' && found ? { said: endsSaid(found.ends), reasons: one && settled ? one.least.reasons : [found.lead.text] } : undefined;
      return [usedFactsReply(toldInterview(toldKnown), rules, toldKnown.date, true, why)];
    }
    // "the con 2 dua di lam xa thi sao" after a household told in one message: that household without them, and the data's word.
    const awayTold = toldHousehold(turn) ? readAwayMembers(message) : undefined;
    const toldAway = awayTold !== undefined ? whatIfAway(turn, message, awayTold) : undefined;
    if (toldAway) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'told_away' });
      return toldAway;
    }
    // "con neu 6 nguoi thi sao" after a household told in one message: that household with what changes.
    const whatIf = opensFollowUp(message) || followUpShaped(message) ? whatIfTold(turn, text, message) : undefined;
    if (whatIf) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'told_what_if' });
      return whatIf;
    }
    // "ok con j nua ko", "z la sao", "the con": about the last answer, which stays the subject; never an unrelated passage.
    const vague = readVague(message);
    // "co gi khac ko", "con j nua ko" after a support card: the other supports of that card's class (every class when none).
    const lastSupport = vague === 'more' && last !== undefined ? topicFromCode(last, rules) : undefined;
    if (lastSupport?.kind === 'support') {
      const shown = supportsShown(rules, lastSupport, today());
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up' });
      // After an old person's pension card, no class said: that person's other support, not every class's list (moreOfAgeBand).
      const aged = moreOfAgeBand(rules, lastSupport, today());
      if (aged?.next) {
        turn.session.last = topicCode(aged.next);
        return answerTopic(rules, aged.next, today());
      }
      if (aged?.none) {
        turn.session.last = last;
        return [reply([plain(AGE_BAND_DONE)], [[button('Các chính sách hỗ trợ', { kind: 'menu', item: 'supports' })]])];
      }
      return lastSupport.classification ? supportsList(turn, lastSupport.classification, today(), shown) : supportsList(turn, '', today());
    }
    // "the con j nua" after a class's short list (round 39 mend39a; was "trên đây là những gì dữ liệu của trợ lý có" though the list
    // said "Còn 4 khoản có điều kiện và 7 khoản chưa rõ"): the whole list, as "chi tiết" gives it.
    const shortList = vague === 'more' && brief ? listedOf(last) : undefined;
    const shortClass = shortList && askedClass(shortList.classification);
    if (shortList && shortClass) return supportsList(turn, shortList.classification, shortList.day, sureSupports(rules, shortClass, shortList.day));
    if (vague && last !== undefined) {
      turn.session.last = last;
      return [vagueOfLast(vague, last)];
    }
    if (vague === 'more' || vague === 'doubt') return [acknowledgementReply()];
    // "Quyết định 24/2021 còn áp dụng năm 2026 không": what the data says of that document's period, not another's passage.
    const named = documentAsked(text, deps.documents);
    const validity = named?.validity ? documentValidity(rules, named, today()) : undefined;
    if (validity) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'validity' });
      return [validity];
    }
    // "nghi dinh 351 la j", "qd 14/2025 la gi": a document the rules data cites and the corpus does not hold is said in a sentence
    // or two from the data (what it is the basis of, what it replaced), not answered by a passage sharing its number.
    // "link nghị định 351 ở đâu" (findings O01): what the data has of it (number, issuer, date, status), and that there is no link.
    const linkAsked = named !== undefined && asksLink(message);
    const identity = named && named.found.length === 0 && !(programmeDocument(rules, named) && !linkAsked && saysAny(message.words, DOCUMENTS_ASKED)) && (named.overview || named.facts || named.inForce || linkAsked) ? documentIdentity(rules, named, today(), linkAsked) : undefined;
    if (identity) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'document' });
      return [identity];
    }
    // "Muốn gửi file Excel danh sách 300 hộ để kiểm tra thì làm thế nào": how lists are checked with this product, not a passage.
    if (asksListCheck(message.words)) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'list_check' });
      return [listCheckReply()];
    }
    // "Hưng Yên có văn bản gì về giảm nghèo", "Trà Vinh triển khai chỉ thị 05 bằng văn bản nào", "tỉnh mình có nghị quyết nào
    // không" (/tinh chosen): the documents of that province from their metadata (type, number, issuer, date, title), never a
    // passage that names the province in passing (the 2025 merger explainer); none there: said plainly, with where to ask.
    const listAsked = documentsListAsked(text, deps.documents, provinces, turn.session.province);
    const listed = listAsked && documentsListReply(listAsked, library);
    if (listed) {
      // Answered either way: a province the data has no document of is said plainly, with the provinces it has and whom to
      // ask; nothing there for cadres to fill in, so its text is not kept as an unanswered question (findings23 P25).
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'documents', form: 'list', results: listed.found ? 1 : 0 });
      return [listed.reply];
    }
    // "Văn bản này còn áp dụng sau khi hợp nhất tỉnh không?" after a province's document quoted (round 40 mend40b): its merger, chưa rõ.
    const quoted = turn.session.results ? search.passage(turn.session.results.ids[0]!) : undefined;
    const documentMerged = quoted && documentMergerReply(provinces, message.words, quoted);
    if (documentMerged) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'provinces', form: 'document_merger' });
      return [documentMerged];
    }
    // "tra vinh bay gio thuoc tinh nao": the province holding it since 01/07/2025 (corpus/provinces-2025.yaml), not "ngoài phạm vi".
    const merger = info.provinceMergeReply(message.words);
    if (merger) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'provinces', form: 'merger' });
      // The commune-merger note (no province named) is a card: "tui o quang ngai", "phai dang ky lai ko" follow it (round 36 tryout25).
      if (provinces.named(message.words).length === 0) turn.session.last = topicCode({ kind: 'reference', entryId: COMMUNE_MERGER_ENTRY });
      return [merger];
    }
    const single = named?.found.length === 1 ? named.found[0]! : undefined;
    const passagesOfNamed = single ? search.passagesOf(single.id) : [];
    // "Tóm tắt Nghị quyết 41-NQ/TU Hưng Yên": the document's goals and main tasks from its sections, not one passage of it;
    // "Kế hoạch … của Ban Thường vụ Tỉnh ủy có những nhiệm vụ trọng tâm gì": its tasks; "… mục tiêu đến năm 2025 là gì": its goals.
    const part = named?.summary ? undefined : named?.part;
    const summary = single && (named!.summary || part) ? documentSummary(passagesOfNamed, part, named!.years) : undefined;
    // "NQ 05-NQ/TU Trà Vinh ban hành ngày nào", "QĐ 768 triển khai nghị quyết nào của Chính phủ": what the document is
    // (its title names what it implements), then the part asked with it ("… mục tiêu đến năm 2025 là gì").
    if (single && named!.facts) {
      const facts = documentFacts(single, passagesOfNamed[0]?.citation.replace(/, mục .*$/, '') ?? named!.label);
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'documents', form: 'facts' });
      return [summary ? { ...facts, spans: [...facts.spans, plain('\n\n'), ...summary.spans] } : facts];
    }
    if (summary) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'documents', form: 'summary' });
      return [summary];
    }
    // "tóm tắt … để gửi bà con": the same answer in a few lines to share (before a household's facts: "nhà văn hóa").
    const short = shortAnswer(rules, message, today());
    if (short) {
      // What the text is about stays the subject: "viết 3 câu" again rewrites that same text, "ngắn hơn nữa" shortens it,
      // "còn năm sau?" moves it.
      // A support's figures it corrects go with it (claimCode): a shorter text and its link keep the correction first.
      turn.session.last = short.about && `${SHORT_MARK}${POST_MARK}${short.template ? TEMPLATE_MARKS[short.template] : ''}${claimCode(shortSubjectCode(short.about), short.corrected)}`;
      if (short.about) postGiven(turn);
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'short' });
      return shareable(short.replies, short.about, short.corrected);
    }
    // "nha tui moi thoat ngheo" as a first message: what that class gets (and keeps, for how long), no check started.
    const classTold = readClassTold(message);
    // "nha tui la ho ngheo" right after a support's card ("hoc phi con tui truong tu co dc giam ko", round 42 mend43b; was every support
    // of the class): that card for the class told.
    const toldOf = classTold && last !== undefined ? topicFromCode(last, rules) : undefined;
    const toldClass = toldOf?.kind === 'support' ? askedClass(classTold!) : undefined;
    // A support whose card carries this one for the class told (rules/supports `related`: the learning cost of a poor household's
    // pupil beside the fee) is that card, this one with it.
    const carrying = toldOf?.kind === 'support' && toldClass ? rules.supports.find((one) => one.related?.includes(toldOf.supportId) && supportsFor(rules, toldClass, today()).some((held) => held.id === one.id)) : undefined;
    const toldCard = toldOf && toldClass ? followTopic(carrying ? { kind: 'support', supportId: carrying.id } : toldOf, { own: false, classification: toldClass }) : undefined;
    if (toldCard) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'class_told' });
      turn.session.last = topicCode(codedTopic(rules, toldCard, today()));
      return answerTopic(rules, toldCard, today());
    }
    if (classTold) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'class_told' });
      return supportsList(turn, classTold, today());
    }
    // "nha tui ngheo lam": the hardship told, nothing asked: the check offered (what to tell) and the supports.
    // "sao mà khó vậy", "răng mà khó rứa" alone (round 39 resid39; was a plan's passage on job placement): what is hard, asked back.
    const hardshipAsked = readHardshipAsked(message);
    if (hardshipAsked || readHardshipTold(message)) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: hardshipAsked ? 'hardship_asked' : 'hardship_told' });
      return [hardshipReply(hardshipAsked)];
    }
    // "co ai giup ko", "mô có ai giúp ko" alone (round 38 mend38b; was the legal-aid explainer): whom to ask, the check, the supports.
    // Not "ai ho tro" after an answer: after the housing card it asks who provides what the card says (round 32 follow20); "co ai
    // giup (do) ko" after the loan card asks no part of it (round 39 resid39; were the legal-aid and vocational-training explainers).
    // "ba con oi nha tui ngheo qua hong biet xin ho tro o dau dzay" (round 39 mend39a; was "không tìm thấy"): help asked where, with
    // the hardship told, after any answer too.
    if ((readHelpAsked(message) && (last === undefined || aspectSaid(message) !== 'payer')) || readHelpWhereAsked(message)) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'help_asked' });
      return [helpAskedReply()];
    }
    // "nghe noi 2 trieu la ho ngheo, nha tui 4 nguoi 7 trieu": a rumour in its own clauses is corrected, then the household
    // told in the others is checked (round 14), never asked which of the two amounts is its income.
    const beside = rumourBesideHousehold(message);
    if (beside) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'correction_and_check' });
      return [lines(beside.correction), ...startCheck(turn, beside.household, false, ownStandards[0])];
    }
    // "nam toi", "hom nay", "tu thang sau" alone as a first message (round 35 mend35a; were the review explainer and "ngoài phạm
    // vi"): what about that year is asked back.
    const yearAlone = last === undefined ? timeAlone(message, today()) : undefined;
    if (yearAlone !== undefined) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'product', form: 'time_alone' });
      return [timeAloneReply(yearAlone)];
    }
    // What the message asks read once, for the checks below (readTopic reads the whole lexicon).
    // "Theo Nghị quyết 261/2025/QH15 … chi trả bao nhiêu": a document of the rules data named by its number reads as its basis.
    const topicRead = readTopicOrBasis(message, rules, deps.documents, today(), provinces);
    // "qua nam 2027 nha tui con la ho can ngheo ko" on 01/01/2027 or later: that the list does not change by itself, as the day
    // before (was a household read from "2027" and the check's consent screen).
    const standingNow = namesOwnHousehold(message) ? standingThisYearAnswer(rules, message, today()) : undefined;
    if (standingNow) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'standing_later' });
      turn.session.last = standingTopicCode(rules, message, today());
      return standingNow;
    }
    // "nha tui 4 nguoi ko co cccd", "nha tui 5 nguoi thu nhap 4 trieu, chua co can cuoc" (round 35 mend35a; the first was the
    // papers step, the household left): the identity papers told beside the household are the papers step's line, said before
    // the check starts; asked without a household ("ko co cccd co lam dc ko") they stay the procedure's papers step below.
    const papersBeside =
      // Told without papers ("ko co cccd", round 39 mend39c: `no_papers`): the papers step and the line on having none.
      topicRead?.kind === 'procedure' && (topicRead.about === 'papers' || topicRead.about === 'no_papers')
        ? procedureSteps(rules, today()).filter((step) => step.about?.includes(topicRead.about!)).map((step) => lines(`Về giấy tờ: ${referenceLine(step)}`))
        : [];
    // "sao xa ben canh nha ho giau hon nha tui ma van dc ho ngheo" (round 46 mend50b, tryout50 R38; was the household check and
    // its consent): another household said better off yet listed tells nothing of the speaker's; its answer is below.
    const otherListed = topicRead?.kind === 'losing' && topicRead.other === true;
    const told = otherListed ? undefined : readHouseholdMessage(message, rules, today());
    // "tui ko biet chu, nho chau nhan tin, nha tui ngheo lam can giup do" (round 45 mend49a; was a provincial resolution's passage):
    // a plea, nothing named, no figure told: where to go, the filing step and that no fee is asked (review_fees), the check offered.
    if (!topicRead && readPlea(message) && (!told || (told.understood.members === null && told.understood.monthlyIncome === null))) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'plea' });
      const { lines: said } = referenceLines(rules, FEES_ENTRY, today());
      const filing = said.find((line) => 'about' in line);
      return [pleaReply([...(filing ? [filing] : []), said[0]!].map((line) => tagged(line.text, line.status, true)))];
    }
    // "chuan ngheo 2027 la 2tr2 thi nha tui co bi thanh ho ngheo ko" (round 41 mend41a): the line said, the household's own
    // standing asked, nothing of it told (no fact read: "chuan ngheo la 1tr5 thi nha tui co phai ho ngheo ko"): the line and what
    // decides, the check offered (ownUnderLineAnswer).
    const underLine = !told || factCount(told) === 0 ? ownUnderLineAnswer(rules, message, today()) : undefined;
    if (underLine) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'own_under_line' });
      turn.session.last = underLine.code;
      return underLine.replies;
    }
    if (told) {
      // "hộ cận nghèo khác hộ nghèo chỗ nào, với lại nhà tui 4 người thu nhập 6 triệu thì là hộ gì": the question about
      // the standard is answered too, before the check starts (a support or other topic named stays for later). Its
      // buttons are left off: the check's own (consent) are the ones a typed number presses.
      const asked = topicRead;
      // "nam 2027 nha tui con ngheo ko", then "nha 4 nguoi o que thu nhap 8 trieu" (round 37 law29; was the check's consent, no
      // class said): the figures told right after a standard answer of that year, nothing else asked, ask its class.
      const afterYearCard = !told.asOf && last !== undefined && !asksHouseholdClass(message) && readSupportsQuestion(message) === undefined && asked?.kind !== 'losing' && yearCardDay(last) !== undefined;
      const classAsked = asksHouseholdClass(message) || afterYearCard;
      // "vậy nhà tui 4 người … thì sao" right after the 2027 standard: checked for the day of that standard.
      const laterDay = !told.asOf && last !== undefined && (opensFollowUp(message) || afterYearCard) ? laterDayOf(last) : undefined;
      // "nha tui thieu 2 chi so, o que 5 nguoi thu nhap 6 trieu" (round 26): a count of deprivations told, none named, is kept to be
      // said back with what was understood (was left out of "Mình hiểu: …").
      const countTold = told.understood.deprivations.length === 0 ? deprivationsCounted(message.words) : undefined;
      const household = { ...told, ...(laterDay ? { asOf: laterDay } : {}), ...(countTold !== undefined ? { deprivationsCounted: countTold } : {}) };
      // "…, la ho j", "vay la ho gi": what the figures told already settle comes first; all of it when the indicators not
      // asked cannot change it (no interview), else the check asks only what is still missing.
      // "nhà e 3 ng, … lương 6tr, có đc hỗ trợ j k ạ" (round 24): the supports asked of the household told are the class's, so what
      // the figures settle comes first, with the coming standard's class and what the supports depend on (was the consent only).
      const supportsAsked = !classAsked && (readSupportsQuestion(message) === '' || asksOwnGets(message));
      // "chong mat, tui nuoi 3 con mot minh, lam thue 2tr/thang, co dc tro cap gi ko" (round 41 mend41a; was a check started, no
      // word on allowances): a single parent ("nuôi [3] con một mình") asking what they get hears the monthly allowance's card (a
      // single parent in a poor household is one of its groups), the check offered, as a widow does ("vo tui mat som …").
      const singleParent = (supportsAsked || saysAny(message.words, TOPICS.monthlyAllowance)) && saysAny(message.words.filter((word) => !/^\d+$/.test(word)), SINGLE_PARENT_PHRASES);
      if (singleParent) {
        turn.writes.push(() => store.recordQuestion({ answered: true, text }));
        turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'single_parent' });
        turn.session.last = topicCode({ kind: 'support', supportId: MONTHLY_ALLOWANCE });
        return endedBySpans(CHECK_OFFER, answerTopic(rules, { kind: 'support', supportId: MONTHLY_ALLOWANCE }, today()));
      }
      // "tui bi khuyet tat 2 chan, song 1 minh, ko co thu nhap, dc ho tro j ko" (round 45 mend49b; was the class and the consent in
      // four bubbles, 1.386 characters, no word on the monthly allowance): a disability told with the supports asked hears the
      // disability entry in brief first (the monthly social allowance at the standard level, the supports by the household's
      // class, where to file), the check one button away; nothing of the household kept.
      if (supportsAsked && saysAny(message.words, TOPICS.reference.disability?.subject ?? [])) {
        turn.writes.push(() => store.recordQuestion({ answered: true, text }));
        turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'disabled_told' });
        turn.session.last = `${BRIEF_MARK}${topicCode({ kind: 'reference', entryId: DISABILITY_ENTRY })}`;
        return answerTopic(rules, { kind: 'reference', entryId: DISABILITY_ENTRY, brief: true }, today());
      }
      // "nha tui 4 nguoi thu nhap 3tr 1 thang, rang ko dc ho ngheo" (Central "răng" = why; round 30 words15: was the check started
      // with nothing said): what the figures settle against the standard's lines (source, status) first, then why a household is
      // or is not recognised (the losing card), then the check.
      const whyNot = asked?.kind === 'losing' && !classAsked ? asked : undefined;
      // "nam sau co con ngheo ko" in December 2026: today's class and the coming standard's, short (round 36 law28).
      // Not with the new standard named ("theo chuan moi nha tui 4 nguoi …"): that standard's check alone, as asked.
      const twoPeriods = classAsked && !saysAny(message.words, TOPICS.changes.newStandard) ? standingFromNextStandard(turn, household) : undefined;
      if (twoPeriods) return twoPeriods;
      // The standard asked besides the class ("hộ cận nghèo khác hộ nghèo chỗ nào, với lại nhà tui … là hộ gì") keeps its card;
      // "binh quan 1tr2/nguoi la ho gi" asks the class only, no card (round 14).
      const standard = classAsked ? readTopic(withoutClassAsked(message), today()) : asked;
      // "theo chuẩn mới nhà tui … (ở quê) có được không": "chuẩn mới" (and the household's area) only say when and where the
      // household is checked (told.asOf), no card of the standard.
      const timeOnly = standard?.kind === 'standard' && standard.coming === true && told.asOf !== undefined && Object.keys(standard).every((key) => TIME_AND_PLACE.has(key));
      const card = standard?.kind === 'standard' && !timeOnly ? answerTopic(rules, standard, today()).map(withoutButtons) : [];
      // "ho can ngheo la sao vay, nha tui co phai ko" (round 23): what the class named means, in one line, before its questions.
      const meaningAsked = saysAny(message.words, TOPICS.meaning) ? classesNamed(message.words)[0] : undefined;
      const meaning = card.length === 0 && meaningAsked !== undefined ? classMeaningLead(rules, meaningAsked, household.asOf ?? today()) : undefined;
      // An income per person alone ("binh quan 1tr2 / nguoi", N36-11) stays placed against both areas' lines: no household told.
      const placed = household.understood.members !== null || household.understood.area !== null || household.areaAsked === true || ownStandards.length > 0 || provincesSaid(provinces, message.words).length > 0;
      // "4 nguoi o que, ba tui lam 5 trieu, me tui 2 trieu, la ho j" (round 44 resid49; was the result screen under "Với số liệu bạn
      // kể …", 1.470 characters): a class the income settles, asked of a household whose income was read with a step (each member's
      // summed, a year ÷ 12), is said first with that step as any other one-message household's (classFirstLead), to be corrected
      // before any result, then the consent in brief. Read as typed, the result and its follow-ups stay; in a group, the result.
      const settledFirst =
        classAsked && household.notes.length > 0 && !whyNot && !supportsAsked && !turn.message.isGroup && card.length === 0 && meaning === undefined && placed && !deprivedTold(household)
          ? classFirstLead(rules, household, today(), areaTaken(household, message), true)
          : undefined;
      const settled = !settledFirst && (classAsked || supportsAsked || whyNot) ? figuresSettle(turn, household, ownStandards[0]) : undefined;
      const whyCard = whyNot ? answerTopic(rules, whyNot, today()).map(withoutButtons) : [];
      if (whyNot && settled?.replies) return [...settled.replies.slice(0, 1), ...whyCard, ...settled.replies.slice(1)];
      if (settled?.replies) return [...card, ...settled.replies];
      // "moi nguoi trong nha dc khoang 1 trieu ruoi 1 thang": what that income per person means against the lines, first (N36-11).
      // "nha tui 4 nguoi thu nhap 8 trieu, la ho j" (round 25): the class asked and not settled (the area or the indicators decide
      // it) says the coming standard's class too, each area's when they differ (was today's only, no 2027 line).
      const coming = (classAsked || whyNot) && settled?.coming ? `\n${settled.coming}` : '';
      // "…, thieu 2 chi so, la ho j" (round 25): the count of deprivations told, none named, decides the class where the figures leave
      // it open, today's and the coming standard's (was "bạn chưa kể chỉ số thiếu hụt nào").
      const counted = settled && !settled.replies ? countedLead(rules, household, today()) : undefined;
      // "nha tui 4 nguoi o que, thu nhap 5 trieu 1 thang, ko co bhyt, nha dot nat, ko co nuoc sach" (round 26): nothing asked, but the
      // deprivations told with the figures already decide the class: said first as "tạm tính", then the check confirms it (was none).
      // "nha tui 4 nguoi o que thu nhap 5 trieu, thieu 3 chi so" (round 26): their count told, none named, too (was none).
      const provisional = settled ? undefined : household.understood.deprivations.length > 0 ? provisionalLead(turn, household) : countedProvisional(turn, household);
      const lead = counted ?? (settled ? `${settled.lead}${coming}` : (provisional ?? perPersonLead(rules, household, today())));
      const supports = supportsAsked && settled ? [lines(...[settled.coming ?? '', HELP_WITH_RESULT].filter((line) => line !== ''))] : [];
      // "nha tui 5 nguoi o ben tre, lam ruong thu nhap 6 trieu 1 thang co dc ho can ngheo ko", "nha tui 3 nguoi, thu nhap 6
      // trieu/thang o nong thon" (round 43 resid46; was both areas under both standards, "Mình hiểu: …" again and the province's
      // whole note, up to ~2.000 characters, or no class at all): the class by income first, in the area told or taken, the next
      // standard's in a sentence, the province's own standard in a line, then the consent in brief.
      const alone = card.length === 0 && meaning === undefined && whyCard.length === 0 && supports.length === 0 && counted === undefined && provisional === undefined;
      // "nha mik o Ha Giang, 6 ng, 1 nam dc 40 trieu, ko co nha ve sinh, uong nuoc suoi", "nha tui o Ca Mau 4 nguoi thu nhap 8 trieu
      // 1 thang, nha tole dot nat" (round 46 resid53; was "Mình hiểu: …" and the consent, no class): lacks named, no area told (a
      // province only), nothing asked and not enough to settle the class: the class by income first with those lacks counted
      // (classFirstLead). A class asked keeps its own lead ("… (bạn đã kể 1 chỉ số thiếu hụt)"), a count told its own
      // (countedProvisional); an area told keeps "Mình hiểu: Khu vực: …; Số người: …" with the consent (round 22 homes, round 41).
      const lacksOnly = !classAsked && !supportsAsked && !whyNot && !asksSomething(message) && household.deprivationsCounted === undefined && household.understood.deprivations.length > 0 && household.understood.area === null && household.areaAsked !== true;
      const first = settledFirst ?? (alone && placed && (!deprivedTold(household) || lacksOnly) ? classFirstLead(rules, household, today(), areaTaken(household, message)) : undefined);
      if (first) {
        const own = ownStandards[0];
        // A merged province leads the line ("Bình Dương nay thuộc TP.HCM (…), nơi có chuẩn nghèo riêng …"; round 44 resid49: was its
        // own sentence, the reply 1.063 characters).
        const place = own ? `\n${provinceStandardLine(own, true)}` : '';
        // Whom to ask once, after what is not known (the next standard's middle band, the province's own figures).
        const ask = own || first.unknown ? ` Hỏi chắc: ${POVERTY_CADRE}${own ? '/phường' : ''}.` : '';
        // "…, co dc ho tro bhyt ko" (round 45 mend49a; was the class alone, the support asked never answered): what that support
        // gives the class, now and under the next standard.
        // A lack told ("chua co bao hiem y te") names a support without asking it (round 45 mend49b).
        const supportAsked = asked?.kind === 'support' && asked.classification === undefined && !deprivedTold(household) ? supportOfClasses(rules, asked.supportId, first.classes) : undefined;
        const support = supportAsked ? `\n${supportAsked}` : '';
        return [lines(`${first.text}${place}${support}${ask}`), ...papersBeside, ...startCheck(turn, household, false, own, first.text, true)];
      }
      return [...card, ...(meaning ? [lines(meaning)] : []), ...(lead ? [lines(lead)] : []), ...whyCard, ...supports, ...papersBeside, ...startCheck(turn, household, false, ownStandards[0], lead ?? '')];
    }
    // "thu nhap 1 trieu 8 o que la ho gi" (round 22): one amount's class asked and no household told: read per person and answered
    // against the lines, with what else decides it (was the standard's card, the amount never answered).
    const amountAsked = readAmountClassAsked(message, rules, today());
    const amountLead = amountAsked && amountAskedLead(rules, amountAsked, today(), saysAny(message.words, TOPICS.threshold.exactly), wordingOf(message.text) === 'resident');
    // "2 trieu nam 2027 co tu dong dc ho ngheo ko" (round 43 resid47; was "Không đúng: 2.000.000 đồng không phải là mức …", the
    // amount read as a line): nothing is automatic: the amount against that year's lines, then who recognises and where.
    const againstLines = amountAsked && amountLead && saysAny(message.words, TOPICS.threshold.automatic) ? perPersonLead(rules, amountAsked, today()) : undefined;
    if (amountAsked && againstLines) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'amount_automatic' });
      turn.session.last = amountCode(amountAsked);
      // Where the household files since the district level ended (01/07/2025), with its status and bases; who decides is said above.
      const where = briefLines(rules, RECOGNITION_ENTRY, today()).lines.filter((line) => line.status !== 'unknown' && line.basis.includes(TWO_LEVEL_LAW)).map(referenceLine);
      return [reply([plain([NOT_AUTOMATIC, againstLines, ...where].join('\n'))], [MENU_BUTTONS[1]!])];
    }
    if (amountLead) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'amount_class' });
      // "thu nhap 2 trieu nam 2027 la ho gi" (round 23): the amount against that year's lines first, then that year's card.
      // "ngày 01/01/2027 hộ nông thôn … 2,1 triệu thiếu hụt 2 chỉ số là hộ gì" (round 25): a count told settles the class, no card.
      // "… ngay 31/12/2026 la ho gi" asked in December 2026 (round 26): a later day of the standard in force today needs no card.
      const laterStandard = amountAsked.asOf !== undefined && anotherStandardOn(rules, amountAsked.asOf, today());
      const yearCard = laterStandard && amountAsked.deprivationsCounted === undefined && topicRead?.kind === 'standard' ? answerTopic(rules, topicRead, today()) : [];
      // Asked by a resident (round 40 short33: "thu nhap 2 trieu 2 o nong thon nam 2027 la ho j" was 1.666 characters with that
      // year's card): the amount's answer, whom to ask, "chi tiết" the card.
      if (yearCard.length > 0 && wordingOf(message.text) === 'resident') {
        turn.session.last = `${BRIEF_MARK}${topicCode(codedTopic(rules, topicRead!, today()))}`;
        return [reply([plain(`${amountLead}\n${WHERE_TO_ASK} ${SEE_IN_FULL}`)], yearCard[0]!.buttons)];
      }
      if (yearCard.length > 0) return [lines(amountLead), ...yearCard];
      turn.session.last = amountCode(amountAsked);
      return [reply([plain(`${amountLead}\n${WHERE_TO_ASK}`)], [MENU_BUTTONS[1]!])];
    }
    // "nha tui 5 nguoi", "2 vo chong voi 3 dua con", "nha tui 5 nguoi, co ai giup ko": the household's size told alone, nothing
    // else asked: the check starts with it and asks the rest (findings N02), never "ngoài phạm vi".
    // "ong ba tui deu tren 75 tuoi dc j ko" (round 27): what people of an age a pension's band reaches get, asked, is that pension's
    // card below (agedTopic), not a check of the household "ông bà" counts (was "Số người: 2").
    // "hoi hoai ma ko ai tra loi, tui phai hoi ai" (round 45 resid52; was "ngoài phạm vi"): sorry, whom to ask at the commune, what to
    // bring (the procedure's papers in brief). Right after the procedure, "ko ai tra loi" is the commune's answer overdue (below).
    const lastRead = last === undefined ? undefined : topicFromCode(last, rules);
    const papers = lastRead?.kind === 'procedure' ? undefined : unansweredAsked(message, topicRead);
    if (papers) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'unanswered' });
      turn.session.last = topicCode(codedTopic(rules, papers, today()));
      return ledByText(`${UNANSWERED_LEAD}\n\n`, answerTopic(rules, papers, today()).map((one) => ({ ...one, spans: withoutWhereToAsk(one.spans) })));
    }
    // "tui o nha hong lam gi het", "chong tui chay xe om, tui o nha" (round 45 resid52; were "ngoài phạm vi" and a check of 2 people
    // guessed): the household's work told, no number, nothing else asked: what it counts for, what the check needs, asked.
    const work = workToldAlone(message, topicRead);
    if (work) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'work_told' });
      turn.session.last = `${BRIEF_MARK}${topicCode({ kind: 'reference', entryId: WORK_TOLD_ENTRY })}`;
      return workToldAnswer(rules, today(), work);
    }
    const agedGets = asksOwnGets(message) && agedTopic(rules, message, undefined, today()) !== undefined;
    const sized = (!topicRead || papersBeside.length > 0) && readSupportsQuestion(message) === undefined && !agedGets ? readOwnSize(message, rules, today()) : undefined;
    if (sized) return [...papersBeside, ...startCheck(turn, sized, false, ownStandards[0])];
    // "ba tui om nang lam ko noi" (round 26): a member gravely ill told, nothing asked: heard kindly, the health insurance of poor and
    // near-poor members, the check offered, and no disabled member by the illness alone (was "ngoài phạm vi"; "ma tui nam 1 cho" was
    // the disability card, bedridden read as disabled: no disability nor allowance is named, readSickMemberTold).
    // "ba tui om nang, lam sao de khong dong y ket qua ra soat" (round 27): an entry asked with it is the topic's answer below, the
    // sick_member lines first (was these lines alone, the question dropped).
    if (!topicRead && readSickMemberTold(message)) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'sick_member' });
      // In brief (round 41 resid42): "chi tiết" gives the entry's whole card.
      turn.session.last = `${BRIEF_MARK}${topicCode({ kind: 'reference', entryId: SICK_MEMBER_ENTRY })}`;
      return sickMemberAnswer(rules, today(), classesNamed(message.words), graveIllnessTold(message), readSpeakerIll(message));
    }
    // "nghe noi chuan ngheo moi la 1,9 trieu", "tu thang nay ho can ngheo dc 2tr2 ha": a figure stated wrongly is corrected
    // first ("Không đúng: …", the figure in the data and its source), then the card it is about.
    const rumour = rumourCorrection(rules, message, today(), last === undefined ? undefined : topicFromCode(last, rules));
    if (rumour) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'correction' });
      // "nghe noi qua nam 2027 chuan ngheo len 2 trieu 2 phai ko ad" (round 25 tryout7): a line said right or wrong is the
      // standard's lines after the correction, the indicators and notes one tap away (was the whole card, 3.330 characters).
      const answer: typeof rumour.answer =
        'topic' in rumour.answer && rumour.answer.topic.kind === 'standard' ? { ...rumour.answer, topic: { ...rumour.answer.topic, figures: true } } : rumour.answer;
      // The figures corrected (of a support or the line) go with the answer's code: its shorter text and share link lead with the correction.
      const corrected = 'topic' in answer ? rumour.correction.figures : undefined;
      // The procedure after it in brief (round 37 short28): "chi tiết" gives its whole card (BRIEF_MARK).
      // An entry in brief after it ("nghe noi tong thu nhap ca nha duoi 6 trieu …", round 38 short30): the same.
      const briefly = 'topic' in answer && ((answer.topic.kind === 'procedure' && procedureInBrief(answer.topic)) || (answer.topic.kind === 'reference' && answer.topic.brief === true));
      // The answer's code (its topic and the figures corrected), once; its verdict marked (VERDICT_MARK), in brief or not.
      const code = 'topic' in answer ? claimCode(topicCode(codedTopic(rules, answer.topic, today())), corrected) : undefined;
      const coded = (brief: boolean) => withVerdictMark(`${brief ? BRIEF_MARK : ''}${code}`, rumour.correction.text);
      if (code !== undefined) turn.session.last = coded(briefly);
      // A class's list after the line on money handed out takes that line's room (round 33 short23: was 1.730 characters).
      const [card, ...rest] = 'topic' in answer ? answerTopic(rules, answer.topic, answer.day ?? today(), corrected) : supportsList(turn, answer.supportsOf, answer.day ?? today(), undefined, false, answer.short ? rumour.correction.text.length : 0);
      // To a resident (round 39 short31; cadres' formal questions as before): a text whole in itself (RumourAnswer.alone), or a
      // support's card in its own words in brief (supportInOwnWords), the whole card one "chi tiết" away, its buttons kept.
      const resident = wordingOf(message.text) !== 'formal';
      if (card && answer.alone !== undefined && resident) {
        // "chi tiết" after a support's or an indicator's text alone gives its card (round 42 rumour43: was "đã là đầy đủ").
        if ('topic' in answer && (answer.topic.kind === 'support' || answer.topic.kind === 'indicator')) {
          turn.session.last = coded(true);
        }
        return [{ ...card, spans: [plain(`${answer.alone}\n${SEE_IN_FULL}`)] }];
      }
      const ownWords = resident && 'topic' in answer && corrected === undefined ? supportInOwnWords(rules, answer.topic, today(), answer.day ?? today()) : undefined;
      if (card && ownWords && 'topic' in answer) {
        turn.session.last = coded(true);
        return [{ ...card, spans: [plain(`${answer.beforeBrief ?? rumour.correction.text}\n\n`), ...ownWords.spans] }, ...rest];
      }
      const spans = card?.spans.map((span) => ({ ...span, text: withoutSaid(rumour.correction.text, span.text) }));
      return card ? [{ ...card, spans: [plain(`${rumour.correction.text}\n\n`), ...spans!] }, ...rest] : [];
    }
    // "qua thang 1 thi nha tui dc j" once a check is finished: the supports of the class its answers give on that later day.
    const laterOwn = namesOwnHousehold(message) && (readSupportsQuestion(message) === '' || asksOwnGets(message)) ? laterDayAsked(message, today()) : undefined;
    const laterSupports = laterOwn && laterSupportsOfCheck(turn, laterOwn);
    if (laterSupports) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'supports_later' });
      return laterSupports;
    }
    // "qua Tết", "sang năm", "qua nam 2027 co bi rot ko", "nam sau nha tui con ngheo ko" right after a check's result (or naming
    // the household later on): the household's class on that later day, as "năm sau thì sao" (findings N08, N12), not today's
    // card, the Tết gift or "ngoài phạm vi".
    const standing = last === LAST_CHECK || standingOfAnyAsked(message) ? standingAskedLater(message, today()) : undefined;
    const standingReplies = standing && checkResultOn(turn, standing.day, undefined, standing.tet ? tetLead(standing.day) : '');
    if (standingReplies) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'check_later' });
      return standingReplies;
    }
    // "thang 1 nam sau nha tui con la ho can ngheo ko" with no check to read: the short answer, then the new standard's figures
    // (was the whole 2027–2030 card, 3.000 characters).
    const standingNext = standing ? standingLaterAnswer(rules, message, today()) : undefined;
    if (standingNext) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'standing_later' });
      // "bn tien", "ap dung khi nao" after it stay on that year's standard (round 34 mend34a: was search, the electricity explainer).
      turn.session.last = standingTopicCode(rules, message, today());
      return standingNext;
    }
    // "ho ngheo di lam an xa co dc ho tro ko", "con tui bi khuyet tat dc ho tro j" (round 16): an entry of the data on that case
    // (or that the data has nothing on it) answers, as /api/ask does, not every support of the class.
    // "nha tui ko co nuoc sach thi dc ho tro j" (round 19): a support the data has none of (TOPICS.withoutSupport) says so, as
    // /api/ask does, not every support of the class.
    const onCase =
      topicRead?.kind === 'notInData' ||
      (topicRead?.kind === 'reference' && TOPICS.supportsList.caseEntries.includes(topicRead.entryId)) ||
      (topicRead?.kind === 'indicator' && topicRead.withoutSupport !== undefined);
    // "nghi dinh 176/2025 ho can ngheo dc gi" (round 21b): a document the corpus does not hold, read as the basis of a support,
    // is that support's card, as /api/ask answers it, not every support of the class.
    const basisNamed = topicRead?.kind === 'support' && documentAsked(message.text, deps.documents)?.found.length === 0;
    // "nha tui ho can ngheo, me tui 71 tuoi co dc tien gi ko" (round 8; the list of the class since "được tiền gì" joined
    // supportsList.ownGets in round 32; also "ong ba tui gia rui, ổng 72 bả 70, nha can ngheo,
    // co dc tien j ko"): an allowance read with a member's age is that support's card for the age, not every support.
    const agedSupport = topicRead?.kind === 'support' && (topicRead.ages?.length ?? 0) > 0;
    // "rua thi ho can ngheo dc cai chi, tui o Quang Tri" (round 40 mend40a; was Hưng Yên's resolution quoted): where the household
    // lives said after the question closes it too; the province leads the list (provinceSupportsLead).
    const placedAfter = withoutPlaceAtEnd(message.words);
    const calmed = withoutAnnoyance(message.words);
    const supportsAsked =
      onCase || basisNamed || agedSupport ? undefined : (readSupportsQuestion(message) ?? (placedAfter && readSupportsQuestion(placedAfter)) ?? (calmed && readSupportsQuestion(calmed)));
    // "me tui 72 tuoi", "me tui 72 tuoi dc ho tro j" (round 27): someone of the user's of an age a pension's band reaches, no topic
    // named, alone or with the supports asked: the monthly allowance's card, the pension of those ages first, as a topic below
    // (was "ngoài phạm vi", or every support of every class with no pension among them).
    const aged = !topicRead && !onCase ? agedAsked(rules, message, today()) : undefined;
    // "ho ngheo" alone after the procedure asked of no class ("hoi ai", round 35 procedure25; was the supports of the poor): the
    // class that question was about (followUp below), not a new question on its supports.
    const procedureClass = last !== undefined && topicFromCode(last, rules)?.kind === 'procedure' ? classAlone(message) : undefined;
    // "ho ngheo ma ko dc cai j het, toan nghe noi" (round 43 mend45f; was a search hit with its buttons): the anger heard, where to
    // raise it, then the supports of the poor (TOPICS.losing.poorGetsNothing).
    if (supportsAsked === undefined && !aged && saysAny(message.words, TOPICS.losing.poorGetsNothing)) {
      const heard = `${POOR_GETS_NOTHING_LEAD}\n\n`;
      // Whom to ask once, in the lead (round 44 resid50: the list closed with it again).
      return ledByText(heard, supportsList(turn, 'poor', today(), undefined, false, heard.length).map((one) => ({ ...one, spans: withoutWhereToAsk(one.spans) })));
    }
    // "may cai bot nay vo dung, …, nha tui ngheo ma xa ko cho vo danh sach" (round 44 mend47d, tryout47 R11; was the review's FAQ
    // passage quoted): the anger heard, then how to raise it (the disagreeing_result entry: the commune's written answer, the
    // household's own request), so that "gio tui phai lam sao" after it is the request's steps (askAgainAfterDispute).
    if (supportsAsked === undefined && !aged && saysAny(message.words, TOPICS.losing.keptOffList)) {
      const disputed: Topic = { kind: 'reference', entryId: 'disagreeing_result' };
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'kept_off_list' });
      turn.session.last = topicCode(disputed);
      return ledByText(`${HEARD_LEAD}\n\n`, answerTopic(rules, disputed, today()));
    }
    const supportsClass = aged || procedureClass ? undefined : supportsAsked;
    if (supportsClass !== undefined) {
      // "vậy nhà tui được hỗ trợ gì", "ba tui dc huong gi" once a check is finished in this chat (right after its result or
      // after other questions): the supports, today, of the class the household's answers give today.
      // "vay dc ho tro j" right after a household's result: that household's class too.
      const found = supportsClass === '' && (namesOwnHousehold(message) || last === LAST_CHECK) ? finishedResult(turn, today()) : undefined;
      // "ho ngheo nam 2027 dc ho tro j": that later year's list (was today's, the year asked unsaid), as "the nam 2027 thi sao" after it.
      const day = found ? today() : (laterDayAsked(message, today()) ?? today());
      const classification = found ? found.result.classification : supportsClass;
      // Hộ có mức sống trung bình asked of today: what it is first, in one line (round 43 mend45f), the list shortened by it.
      // "bot ngu qua, tra loi nhu may, tui hoi ho ngheo dc j ma noi 1 dong van ban" (round 44 mend47b; was one line on BHYT): the
      // annoyance heard in a line first (TOPICS.supportsList.annoyed), then the list, shortened by it.
      const heard = saysAny(message.words, TOPICS.supportsList.annoyed) ? `${ANNOYED_LEAD}\n\n` : '';
      const middleLead = heard + (classification === 'middle' && day === today() ? info.middleBandLine(day) : '');
      const listed = ledByText(middleLead, supportsList(turn, classification, day, undefined, false, middleLead.length));
      const [placed, ...others] = provincesSaid(provinces, message.words);
      return placed && others.length === 0 && ownStandards.length === 0 ? ledByText(provinceSupportsLead(placed), listed) : ledByOwnStandards(turn, listed, ownStandards);
    }
    // "tui can vay 50tr nuoi bo dc ko" after the loan card (round 39 mend39a; was the livelihood card): the loan with that amount or use.
    const loanLast = last === undefined ? undefined : topicFromCode(last, rules);
    const loanTerms = loanLast ? loanTermsAnswer(rules, loanLast, message, today()) : undefined;
    if (loanTerms) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'loan_terms' });
      turn.session.last = last;
      return [loanTerms];
    }
    // "dc bn", "lai nhiu", "vay dc bao lau" after the loan card: more of that card, not a new question.
    const aspect = last === undefined ? undefined : (readAspect(message) ?? courseFeeAsked(message, last) ?? aspectOfSupport(message, topicFromCode(last, rules)) ?? procedureOfSupport(message, topicRead, topicFromCode(last, rules)));
    const lastTopic = aspect && topicFromCode(last!, rules);
    const aspected = aspect && lastTopic ? aspectAnswer(rules, lastTopic, aspect, today(), () => shorterAnswer(rules, lastTopic, today(), { tight: true })) : undefined;
    // "bn tien", "o dau lam" right after the list of supports of a class: those supports' amounts or places, not a passage.
    const listedNow = aspect && !aspected ? listedOf(last) : undefined;
    const listedClass = listedNow && askedClass(listedNow.classification);
    // Every class's list ('') asked where or whom: whom to ask (supportsAspectAnswer with no class).
    const ofList = listedNow && (listedClass || listedNow.classification === '') ? supportsAspectAnswer(rules, listedClass, aspect!, listedNow.day) : undefined;
    if (aspected || ofList) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up' });
      turn.session.last = last;
      return aspected ?? [ofList!];
    }
    const shaped = last !== undefined && followUpShaped(message);
    // "con bhyt thi sao" after the list of supports of a class or the BHYT card: that support (not the BHYT indicator).
    const namedSupport = shaped ? supportNamed(message) : undefined;
    // "thang sau co khac ko" after the BHYT card: a later day's change, nothing else named, moves that card (followUp below),
    // not the standard's list of changes it is read as alone.
    // "qua nam 2027 thi co khac j ko ad" after the near-poor BHYT card (round 43 mend45a; was the standard's list of changes, nothing
    // on BHYT): a later year's change asked in more words than a short follow-up holds still moves a support's card, when it asks
    // what differs (TOPICS.followUp.changed: "khác", "thay đổi"), not what is new ("nam 2027 co gi moi" is the standard's news).
    const changeOnly = last !== undefined && asksChangeOnly(message, today()) && saysAny(message.words, TOPICS.followUp.changed);
    const changeOfCard = changeOnly && topicRead?.kind === 'standard' && topicFromCode(last!, rules)?.kind === 'support' ? { own: false, change: true, ...(topicRead.year ? { year: topicRead.year } : {}) } : undefined;
    const movesLast = changeOnly && (readFollowUp(message, today()) !== undefined || changeOfCard !== undefined);
    // "tui phai lam sao" right after the disputed result's card (round 40 resid40; was that card again): how to ask again, what to
    // bring, whom to ask.
    if (last !== undefined && askAgainAfterDispute(message, topicFromCode(last, rules))) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'ask_again' });
      turn.session.last = last;
      return [procedureStepsAbout(rules, 'next', today())];
    }
    const overdue = last === undefined ? undefined : overdueAfterProcedure(rules, message, topicFromCode(last, rules), today());
    if (overdue) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'overdue' });
      turn.session.last = last;
      return [overdue];
    }
    // "phê duyệt theo văn bản nào?" after the programme's card (round 43 cadre45; was "ngoài phạm vi"): its documents.
    const documentsAfter = last === undefined || topicRead !== undefined ? undefined : documentsAfterEntry(rules, message, topicFromCode(aboutOf(last) ?? last, rules), today());
    if (documentsAfter) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'documents' });
      turn.session.last = last;
      return [documentsAfter];
    }
    // "co gi khac truoc ko" after the programme 2026–2035 (round 44 mend47a; was "ngoài phạm vi"): what changed from the period before.
    const changesAfter = last === undefined ? undefined : changesAfterEntry(rules, message, topicFromCode(aboutOf(last) ?? last, rules), today());
    if (changesAfter) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'changes' });
      turn.session.last = last;
      return [changesAfter];
    }
    // "tui ko dong y thi lam sao" after the card of a household taken off the list: that result disputed.
    const readRaw = movesLast ? undefined : (topicRead ?? aged ?? disputedAfter(message, last === undefined ? undefined : topicFromCode(last, rules)));
    const readAlone = supportAfterCheck(turn, readRaw, message, last);
    // A support given for the class of the result just said: that class leads the card ("Với kết quả kiểm tra vừa rồi (…)").
    const checkedClass = readAlone !== readRaw && readAlone?.kind === 'support' && readAlone.classification ? finishedResult(turn)?.result.classification : undefined;
    // The result's class has no part of that support (round 44 mend47a: "co dc ho tro bhyt ko" after "không thuộc diện"; was the card
    // for every class): said so for that household.
    const outsideClass = last === LAST_CHECK && readAlone?.kind === 'support' && !readAlone.classification && readAlone.group === undefined && readAlone.ages === undefined
      ? finishedResult(turn)?.result.classification
      : undefined;
    const outside = outsideClass && readAlone?.kind === 'support' ? supportOutsideClass(rules, readAlone.supportId, outsideClass, today()) : undefined;
    if (outside) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'support_outside_class' });
      turn.session.last = LAST_CHECK;
      return [outside];
    }
    const afterSupport = shaped && (last!.startsWith(LAST_SUPPORTS) || topicFromCode(last!, rules)?.kind === 'support');
    // "con nuoc thi sao" after the electricity card (round 20): the water bill, which the data has no support for, says so.
    const lacking = afterSupport && !namedSupport && readAlone?.kind !== 'support' ? lackingNamed(message) : undefined;
    // "con tui 3 tuoi thi sao", "be 3 tuoi thi sao" after the BHYT card (round 38 resid38; were "ngoài phạm vi" and a question back):
    // a child under 6 named, nothing else read, is that card for the group (the budget pays a young child's card).
    const youngAfter = afterSupport && !namedSupport && readAlone === undefined && !lacking ? youngChildAfter(message, topicFromCode(last!, rules)) : undefined;
    // "con di hoc mau giao thi sao" right after the tuition card (round 44 mend47d, tryout47 R09.2; was the schooling indicator):
    // that card again for a preschool child, with the lunch support of poor and near-poor households from the data.
    const preschool = afterSupport && !namedSupport && readAlone?.kind !== 'support' ? preschoolAfterFee(message, topicFromCode(last!, rules)) : undefined;
    if (preschool) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'preschool_fee' });
      turn.session.last = last;
      return preschool;
    }
    const read = namedSupport && (readAlone?.kind !== 'support' || readAlone.supportId !== namedSupport) && afterSupport
      ? { kind: 'support' as const, supportId: namedSupport }
      : (lacking ?? youngAfter ?? readAlone);
    // "còn bhyt?" after the near-poor loan card: another support, for the class of the last answer.
    // "co dc tro cap huu tri ko" right after the near-poor pension card of a 70-year-old (round 42 mend43b; was every household's
    // pension first, 1.245 characters): the same support (or one its card carries) asked again keeps that card's class too.
    const lastCard = last !== undefined && read?.kind === 'support' ? topicFromCode(last, rules) : undefined;
    const sameCard = lastCard?.kind === 'support' && read?.kind === 'support' && (lastCard.supportId === read.supportId || supportById(rules, lastCard.supportId)?.related?.includes(read.supportId) === true);
    const kept = read?.kind === 'support' && !read.classification && last !== undefined && (opensFollowUp(message) || shaped || sameCard) ? classOf(last) : undefined;
    const topic = read && kept ? { ...read, classification: kept } : read;
    if (topic) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'rules' });
      const code = topicCode(codedTopic(rules, topic, today()));
      // Who wrote it, read in one place (wordingOf, round 39 short31). A support asked of a class in residents' words, typed as on
      // Zalo (round 38 short29: without diacritics; now with them too in spoken forms, "nhà tui nghèo mà dột nát có được hỗ trợ
      // ko"): its card in brief where the data has one (supportBriefly); written out in full, the whole card as before. A cadre's
      // formal question ("Đề nghị cho biết chương trình MTQG giảm nghèo mới là gì"): an entry's whole card, never its brief.
      const wording = wordingOf(message.text);
      // The procedure named ("quy trinh ra soat ho ngheo the nao", round 40 short33), why a household is not recognised ("sao nha
      // tui ngheo vay ma hok dc xet ho ngheo") or an entry long on a phone ("thu nhap tinh sao", entryInBrief) asked by a resident:
      // in brief, "chi tiết" the whole answer.
      const inBrief = wording === 'resident' && ((topic.kind === 'procedure' && topic.named === true) || (topic.kind === 'losing' && topic.notRecognised === true) || entryInBrief(rules, topic, today()));
      const carded: Topic = topic.kind === 'support' && topic.classification !== undefined && wording === 'resident'
        ? { ...topic, typedPlainly: true, ...(ownStandards.length > 0 ? { saidBefore: provinceStandardsBriefChars(ownStandards) } : {}) }
        : topic.kind === 'reference' && topic.brief && !topic.documents && wording === 'formal' ? (({ brief: _brief, recognised: _recognised, ...whole }) => whole)(topic)
          : (topic.kind === 'procedure' || topic.kind === 'reference' || topic.kind === 'losing') && inBrief ? { ...topic, brief: true as const }
            // A cadre's question on the procedure (not typed as residents type, round 41 cadre41): said to the cadre.
            : topic.kind === 'procedure' && wording !== 'resident' ? { ...topic, cadre: true as const } : topic;
      // An answer in brief (an entry's brief lines, a support card of the ages told): "chi tiết" gives the whole card.
      const briefly = ((carded.kind === 'reference' || carded.kind === 'losing') && carded.brief) || (carded.kind === 'support' && supportBriefly(rules, carded, today())) || (carded.kind === 'procedure' && procedureInBrief(carded));
      turn.session.last = briefly ? `${BRIEF_MARK}${code}` : code;
      // "tp hcm co chuan rieng hok", "ho thoat ngheo o ha noi con dc bhyt ko": the province's own standard first.
      const own = topic.kind === 'standard' || topic.kind === 'support' ? ownStandards : [];
      // "nam 2027 ho can ngheo con dc bhyt ko", "phieu B nam 2027": what the data holds for that later year.
      const later = laterYearAnswer(rules, topic, message, today());
      // A support's card in brief below a later year's changes (round 37 short28): "chi tiết" gives the whole card.
      // With its related supports in brief (round 39 short32, "ho can ngheo nam 2027 bhyt dc bao nhieu phan tram"), as it says.
      const laterBrief = later?.some((one) => one.spans.some((span) => span.text.includes(SEE_IN_FULL))) === true;
      const laterYear = topic.kind === 'support' ? supportYearOf(rules, topic, message, today()) : undefined;
      if (later && (laterBrief || laterSupportInBrief(rules, topic, today()))) turn.session.last = `${BRIEF_MARK}${laterYear !== undefined ? `y${laterYear}:` : ''}${code}`;
      if (later) return topic.kind === 'support' ? ledByProvinceStandards(later, own) : later;
      // A follow-up ("cái đó làm ở đâu", "vay vốn đó bao nhiêu") answered by the card just given: only the part asked, or its
      // short form, and that the full answer is above; the same card asked again as a full question is answered in full.
      const narrower = shaped && last !== undefined && cardCode(code, rules) === cardCode(last, rules) ? narrowerAnswer(message, topic) : undefined;
      // "chi so thieu hut nam 2027 thay doi gi" (findings N13): one compact answer, the indicator changes with their source and
      // status (the card of the standard stays one "Chia sẻ" away), not the changes, the card and its notes (7.000 characters).
      // Today's indicators asked listed too ("liệt kê 12 chỉ số … hiện hành và cho biết chỉ số nào thay đổi từ năm 2027", round 41
      // mend41b; was the changes alone): today's list by service, then the changes.
      const listedToo = saysAny(message.words, TOPICS.changes.listedToo);
      const compact = !narrower && topic.kind === 'standard' && topic.change && !topic.compared && saysAny(message.words, TOPICS.changes.indicators)
        ? (listedToo ? indicatorsText(rules, today(), undefined) : undefined) ?? indicatorChangesText(rules, today(), topic.year)
        : undefined;
      if (compact) return [{ ...compact, buttons: answerTopic(rules, topic, today())[0]?.buttons ?? [] }];
      if (narrower) return narrower;
      const timeOnly = topic.kind === 'procedure' && topic.about === 'duration' && last !== undefined && topicFromCode(last, rules)?.kind === 'procedure' ? procedureDurationAnswer(rules) : undefined;
      if (timeOnly) return [timeOnly];
      // "vo tui bi benh nang, nha tui dc vay von ko": a member ill told with a support asked hears the sick_member lines, then
      // the card in brief, whole one "chi tiết" away (supportAfterSick, round 35 short26b).
      // "con tien sach vo thi sao", "tien sach vo cho con co dc ho tro ko" (round 45 resid52; was the tuition card first, books unsaid):
      // the school_books lines first (no support of its own for books in the data; the learning cost of poor pupils).
      // Asked first ("con ho ngheo di hoc co dc ho tro tien mua sach vo ko", round 17), the learning cost's card answers it as before.
      const afterSchoolCard = lastRead?.kind === 'support' && SCHOOL_CARDS.has(lastRead.supportId);
      // "tien sach vo cho con di hoc tinh sao" asked first (round 46 resid55): how the books are paid for, as after a school card.
      const booksHow = saysAny(message.words, TOPICS.schoolBooksHow);
      const books = (afterSchoolCard || booksHow) && topic.kind === 'support' && topic.supportId === 'learning_cost' && saysAny(message.words, TOPICS.schoolBooks) ? [entryAhead(rules, SCHOOL_BOOKS_ENTRY, today())] : [];
      const beside = entryBesideSupport(topic, message.words);
      const sick = readSickMemberTold(message) ? [entryAhead(rules, SICK_MEMBER_ENTRY, today())] : beside !== undefined ? [entryAhead(rules, beside, today())] : books;
      const briefCard = sick.length > 0 ? supportAfterSick(rules, topic, today()) : undefined;
      if (briefCard) {
        turn.session.last = `${BRIEF_MARK}${code}`;
        return oneCheckedLine([...sick, briefCard]);
      }
      // "vo tui mat som, tui nuoi 2 dua nho, co tro cap j ko" (round 40 resid40; was a check started): a husband or wife who died
      // told with a support asked: condolences first, the card, then the check offered (the allowance goes by the household's class).
      const bereaved = topic.kind === 'support' && saysAny(message.words, TOPICS.bereaved.words);
      const carding = answerTopic(rules, carded, today());
      // "nha tui 3 nguoi o can nha 20m2 co bi tinh thieu dien tich ko" (round 43 mend45b; was the rule alone): the size and the
      // floor area told are worked out first ("20 m² ÷ 3 người = 6,67 m²/người < 8 m², nên hộ thiếu hụt …", with its status).
      const worked = topic.kind === 'indicator' && topic.indicatorIds.includes('housing_area')
        ? floorAreaWorked(understandHousehold(message.text, rules, today()), rules, dayForYear(topic.year, today())).trim()
        : '';
      const led = ledByText(
        checkedClass && topic === readAlone ? `Với kết quả kiểm tra vừa rồi (${CLASS_LABELS[checkedClass]}, tạm tính):\n\n` : bereaved ? `${CONDOLENCES}\n\n` : worked ? `Với hộ bạn kể: ${lowerFirst(worked)}\n\n` : '',
        bereaved ? endedBySpans(CHECK_OFFER, carding) : carding,
      );
      // "ong xa tui nam 1 cho, lam the bhyt o dau" (round 26): a member ill or bedridden told with a topic asked hears the sick_member
      // lines first (no disabled member by the illness alone), then the card asked (was the card alone); in brief, the rest of
      // the entry not known on one line (entryAhead, round 35 short26b: were its lines in full, 2.105 characters with the card).
      // "chuan ngheo quang nam bn" (round 35 law26): a merged province with no own standard in the data is said as the follow-up
      // "o quang nam" says it (provinceMovedText), was the national card with no word of the merger.
      const moved = own.length === 0 && (topic.kind === 'standard' || topic.kind === 'support') ? mergedWithoutStandardText(rules, provinces, message.words, today()) : '';
      // Its "Chia sẻ" and "Báo sai" carry the one province whose lead it has, so the link opens with that lead (round 36 staff24).
      const [said, ...others] = provincesSaid(provinces, message.words);
      const shown = ledByText(moved, ledByOwnStandards(turn, led, own));
      return oneCheckedLine([...sick, ...(said && others.length === 0 && (moved !== '' || own.length > 0) ? withProvinceButtons(shown, said.name) : shown)]);
    }
    const asked = last === undefined ? undefined : (readFollowUp(message, today()) ?? changeOfCard ?? procedureClass);
    const followed = asked && followUp(turn, asked, last!);
    if (followed) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up' });
      return followed;
    }
    // "o tp hcm", "tinh tui o can tho" after the standard or a support card: that card there (provinceMoved).
    const placed = last === undefined ? undefined : provinceMoved(turn, message, last);
    if (placed) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'province' });
      return placed;
    }
    // "tui o xa cu ten la an binh", "phai dang ky lai ko" right after the commune-merger note: what it says is not known, whom to ask.
    const lastEntry = last === undefined ? undefined : topicFromCode(last, rules);
    const merged = lastEntry?.kind === 'reference' && lastEntry.entryId === COMMUNE_MERGER_ENTRY ? communeMergerFollowUp(rules, message) : undefined;
    if (merged) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'commune_merger' });
      turn.session.last = last;
      return [merged];
    }
    // "bn tien" after the disability-allowance passage, "con dua hoc truong tu thi sao" after the tuition card, "o dau lam"
    // after a check's result: a follow-up nothing above read is read against the reply just given before any search.
    const againstLast = (last !== undefined || turn.session.results) && followUpShaped(message) ? answerAgainstLast(turn, message, last) : undefined;
    if (againstLast) {
      turn.writes.push(() => store.recordQuestion({ answered: true, text }));
      turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: 'against_last' });
      turn.session.last = last;
      return againstLast;
    }
    // "quyet dinh 999 noi gi": a document the data has nowhere is said to be missing, not answered with another's passage.
    // The search made for that test is the one the answer uses (answerQuestion searches only when given none).
    const searched = named && named.found.length === 0 && !knownToRules(rules, named) ? searchFor(turn, text) : undefined;
    if (named && searched && !searched.some((result) => citesDocument(named, `${result.title} ${result.text}`))) {
      turn.writes.push(() => store.recordQuestion({ answered: false, text, ...owned(turn) }));
      turn.log.info('question', { channel: turn.message.channel, results: 0, source: 'document_not_in_data' });
      return [documentNotInData(named, deps.documents)];
    }
    const answered = answerQuestion(turn, text, searched, last !== undefined && readFollowUp(message, today()) !== undefined);
    // "Chỉ thị 05-CT/TW … nói gì về vai trò của Mặt trận": the document itself is not among the stored texts; a passage of a
    // document carrying it out answers, and says so first.
    if (named?.overview && searched && turn.session.results && answered[0]) {
      const lead = plain(`${named.label} không có trong các văn bản trợ lý lưu, nên mình không trích được nguyên văn của nó. Đoạn dưới đây là của một văn bản khác trong dữ liệu (xem nguồn).\n\n`);
      answered[0] = { ...answered[0], spans: [lead, ...answered[0].spans] };
    }
    // Nothing found ("khong" typed once too often): the conversation's topic stays for the next follow-up.
    if (!turn.session.results) turn.session.last = last;
    return answered;
  }

  /**
   * "hoc phi bn" after the training card (round 34 tryout21; was the public schools' exemption, NQ 217/2025): the course's fee, the
   * amount of that card; "học phí" alone asks it too; "hoc phi mat bao nhieu", "tien hoc bn" as well (round 34 mend34d; were the
   * exemption, and it with the learning cost: TOPICS.followUp.courseFee). Undefined after any other answer or with more said.
   */
  function courseFeeAsked(message: ReadMessage, last: string): Aspect | undefined {
    const topic = topicFromCode(last, rules);
    const fee = TOPICS.followUp.courseFee;
    if (topic?.kind !== 'support' || topic.supportId !== TRAINING_SUPPORT || !saysAny(message.words, fee)) return undefined;
    const rest = withoutPhrases(message.words, fee);
    return rest.length === 0 ? 'amount' : readAspect(rest.join(' ')) === 'amount' ? 'amount' : undefined;
  }

  /** The sentences of a card saying what a follow-up asks, with the card's first "Nguồn"/"Căn cứ" and its buttons. */
  function answerFromCard(card: Reply, message: ReadMessage): Reply | undefined {
    const text = toPlainText(card, { numberedChoices: false });
    const source = /(?:Nguồn|Căn cứ): .*?(?:\.(?=\s)|$)/m.exec(text)?.[0] ?? '';
    const found = answerFromLast(text, source, message);
    return found ? { ...found, buttons: card.buttons } : undefined;
  }

  /**
   * A follow-up read against the reply just given: the part its card has for the aspect asked (aspectAnswer); else the
   * sentences of that reply saying it (a card; the passage shown, which the session keeps; after a check's result, the
   * procedure of recognition, which is where a household goes next). Undefined when that reply does not say it.
   */
  function answerAgainstLast(turn: Turn, message: ReadMessage, last: string | undefined): Reply[] | undefined {
    const topic: Topic | undefined = last === LAST_CHECK ? { kind: 'procedure' } : last !== undefined ? topicFromCode(last, rules) : undefined;
    // "vay thay bang cai j" after the standard or its changes: the indicator changes (what replaces those dropped).
    const replaced = topic?.kind === 'standard' && saysAny(message.words, TOPICS.changes.replacedBy) ? indicatorChangesText(rules, today(), topic.year) : undefined;
    if (replaced) return [withAnswerAbove(replaced)];
    // "con hoc cap 3 thi sao" after the students' fee card (round 33 tryout20; was that card's "trung cấp" sentence again): a pupil
    // of a general school named is the public schools' exemption (TOPICS.supportsByWho.tuition_exemption.who); so after that card
    // itself ("con tui hoc lop 10", round 37 resid37; was "ngoài phạm vi"), the card again.
    // "con tui hoc nam 2 tieu hoc thi sao" (round 37 mend37d; was "ngoài phạm vi"): the school level named wins over the year of
    // study, as in a first message.
    if (topic?.kind === 'support' && (topic.supportId === STUDENTS_FEE || topic.supportId === PUPILS_FEE) && saysAny(schoolYearless(message.words), TOPICS.supportsByWho[PUPILS_FEE]?.who ?? [])) {
      return answerTopic(rules, { kind: 'support', supportId: PUPILS_FEE, classification: topic.classification }, today());
    }
    if (topic) {
      // Only an aspect asked ("o dau lam"): that part of the card; words of its own: the card's sentences saying them.
      if (readAspect(message)) return narrowerAnswer(message, topic, false);
      const said = cardSentences(topic, message);
      return said ? [said] : undefined;
    }
    const results = turn.session.results;
    const passage = last === undefined && results ? search.passage(results.ids[0]!) : undefined;
    const found = passage ? answerFromLast(passage.text, `Nguồn: ${passage.citation}`, message) : undefined;
    return found ? [found] : undefined;
  }

  /**
   * The part of the card just given that a follow-up asks (where, how much, since when, papers: aspectAnswer), else its
   * short form (its first line and source); both end saying the full answer is above. Undefined without either.
   */
  function narrowerAnswer(message: ReadMessage, topic: NonNullable<ReturnType<typeof readTopic>>, orShort = true): Reply[] | undefined {
    const aspect = aspectSaid(message);
    const part = aspect ? aspectAnswer(rules, topic, aspect, today(), () => shorterAnswer(rules, topic, today(), { tight: true })) : undefined;
    if (part && (topic.kind === 'support' || topic.kind === 'standard')) return part;
    // "con ho co muc song trung binh" after the standard, "can giay to j" after the procedure: the card's sentences saying it.
    const said = cardSentences(topic, message);
    if (said) return [said];
    const unsaid = unsaidAspect(rules, topic, aspect, today(), message);
    if (unsaid) return [unsaid];
    if (!orShort) return undefined;
    const short = shorterAnswer(rules, topic, today(), { tight: true });
    return short ? [withAnswerAbove(short)] : undefined;
  }

  /** The sentences of a topic's card that say what a follow-up asks (answerFromCard), or undefined. */
  function cardSentences(topic: Topic, message: ReadMessage): Reply | undefined {
    const [card] = answerTopic(rules, topic, today());
    return card ? answerFromCard(card, message) : undefined;
  }

  /**
   * "bhyt thi sao" right after a check's result: the support the word names ("bhyt" names the indicator too), for the
   * class the household's answers give, not what the indicator counts as a deprivation.
   */
  function supportAfterCheck(turn: Turn, read: Topic | undefined, message: ReadMessage, last: string | undefined): Topic | undefined {
    if (last !== LAST_CHECK) return read;
    // "vay co dc bhyt free hong": a support asked with no class named, right after the result: that result's class.
    if (read?.kind === 'support' && !read.classification) {
      const checked = finishedResult(turn)?.result.classification;
      const classification = checked === undefined ? undefined : askedClass(checked);
      return classification ? { ...read, classification } : read;
    }
    if (read?.kind !== 'indicator') return read;
    const supportId = supportNamed(message);
    const found = supportId ? finishedResult(turn) : undefined;
    if (!supportId || !found) return read;
    const classification = askedClass(found.result.classification);
    return { kind: 'support', supportId, ...(classification ? { classification } : {}) };
  }

  /** "còn bây giờ", "năm nay thì sao": a follow-up asking about this year and nothing else. */
  function asksNow(message: ReadMessage): boolean {
    const asked = readFollowUp(message, today());
    return asked !== undefined && asked.year === Number(today().slice(0, 4)) && !asked.own && asked.area === undefined && asked.classification === undefined && !asked.change;
  }

  /**
   * The day a standard answer of a year was for ("chuẩn nghèo 2027", the answer to "nam 2027 nha tui con ngheo ko": 01/01/2027)
   * when it is later than today or the first day of this year's new standard (not a transition keeping another); undefined for
   * today's, another answer.
   */
  function yearCardDay(last: string): string | undefined {
    const topic = topicFromCode(last, rules);
    if (topic?.kind !== 'standard' || topic.year === undefined) return undefined;
    const day = topic.date ?? `${topic.year}-01-01`;
    const began = day.slice(0, 4) === today().slice(0, 4) && rules.standards.some((one) => one.validFrom === day && !one.keeps);
    return day > today() || began ? day : undefined;
  }

  /** The later day a standard answer was for ("chuẩn nghèo 2027": 01/01/2027), or undefined (today's, another answer). */
  function laterDayOf(last: string): string | undefined {
    const day = yearCardDay(last);
    return day !== undefined && day > today() ? day : undefined;
  }

  /** The class the last answer was for: a support card's, or the list of supports of a class. */
  function classOf(last: string): AskedClass | undefined {
    const listed = listedOf(last)?.classification;
    if (listed !== undefined) return askedClass(listed);
    const topic = topicFromCode(last, rules);
    return topic?.kind === 'support' ? topic.classification : undefined;
  }

  /**
   * "ngắn hơn nữa, 2 câu thôi", "tom tat 5 dong" after an answer: the short text of what it was about (its first line and source
   * when `tight`, of the length asked when one is);
   * the subject stays for the next follow-up. Without an answer from the rules data to shorten, it says how to ask for one.
   */
  /** The answer to a vague follow-up ("z la sao", "ok con j nua ko") about the last answer: its topic, a check or a class's list. */
  function vagueOfLast(vague: Vague, last: string, whomSaid = false): Reply {
    return vagueAnswer(rules, vague, { topic: topicFromCode(last, rules), check: last === LAST_CHECK, whomSaid, ...(last.startsWith(LAST_SUPPORTS) ? { supportsOf: listedOf(last)!.classification } : {}) });
  }

  /**
   * A province named alone after any card ("o tp hcm", "tinh tui o can tho"; round 35 words20, was "ngoài phạm vi"; round 36
   * tryout25: "tui o quang ngai" after the Tết card, "nha tui o can tho" after the income explainer, "tui o binh dinh" after the
   * commune-merger note, were "ngoài phạm vi"): what the data holds for that province (its own standard, rules/local/; its merger,
   * corpus/provinces-2025.yaml; its documents), else that it has nothing of its own (chưa rõ) and whom to ask; then that card
   * again. Undefined for any other message or last answer.
   */
  function provinceMoved(turn: Turn, message: ReadMessage, last: string): Reply[] | undefined {
    const topic = topicFromCode(last, rules);
    if (!topic) return undefined;
    const [named, ...others] = provinces.named(message.words);
    if (!named || others.length > 0) return undefined;
    const nameAt = provinces.namePositions(message.words);
    const around = phrasePositions(message.words, PROVINCE_AROUND);
    if (!message.words.every((_, at) => nameAt.has(at) || around.has(at))) return undefined;
    turn.session.last = last;
    return provinceCard(named, answerTopic(rules, topic, today()), topic.kind === 'standard' || topic.kind === 'support');
  }

  /**
   * A card for a province named: led by the province's own standard in the data (rules/local/), else by its merger line and a
   * line that the data has none of it (chưa rõ) and whom to ask; its "Chia sẻ" and "Báo sai" carry the province
   * (withProvinceButtons). "tui o binh duong" (round 35 mend35d; was "no data on tỉnh Bình Dương's own standard"): a province
   * merged on 01/07/2025 is answered as the one holding it today (corpus/provinces-2025.yaml), TP.HCM's own standard, and says so.
   */
  function provinceCard(named: KnownProvince, replies: Reply[], national = true): Reply[] {
    const own = provinceStandardsOf(rules, named.now, today());
    const documents = documentsHeld(named.now);
    const lead = provinceMovedText(provinces, named, own, { national, documents });
    return ledByText(lead, ledByProvinceStandards(withProvinceButtons(replies, named.name), own));
  }

  /** How many documents the data holds of a province as it is today (a merged province's under the one holding it). */
  function documentsHeld(province: string): number {
    return deps.documents.filter((document) => (document.provinceNow ?? document.province) === province).length;
  }

  /**
   * What leads a class's supports asked with a province that has no own standard in the data ("rua thi ho can ngheo dc cai chi,
   * tui o Quang Tri", round 40 mend40a): its merger line, how many of its documents the data holds (none: said so), and that the
   * supports below are the country's; in a line or two, the list being most of a phone's screen.
   */
  function provinceSupportsLead(named: KnownProvince): string {
    const title = provinces.titleOf(named.now);
    const documents = documentsHeld(named.now);
    const held = documents > 0 ? `Dữ liệu của trợ lý có ${documents} văn bản của ${title} (gõ “${named.now} có văn bản gì” để xem)` : `Dữ liệu của trợ lý không có văn bản nào của ${title}`;
    const merged = provinces.mergedLine(named);
    return `${merged === '' ? '' : `${merged} `}${held}; dưới đây là các hỗ trợ chung cả nước (${title} có hỗ trợ riêng hay không: chưa rõ).\n\n`;
  }

  /**
   * The words before where the household lives said last ("…, tui o quang tri", "… o ha noi"): a province named at the end with only
   * place words (PROVINCE_AROUND's one-word ones) before it; undefined when the message does not end so.
   */
  /**
   * "bot ngu qua, tra loi nhu may, tui hoi ho ngheo dc j ma noi 1 dong van ban" (round 44 mend47b): the question without the
   * annoyance (TOPICS.supportsList.annoyed) and what it says of the last answer ("mà nói …", TOPICS.shortText.lengths.said), to the
   * end; undefined when no annoyance is said.
   */
  function withoutAnnoyance(words: readonly string[]): string | undefined {
    const annoyed = phrasePositions(words, TOPICS.supportsList.annoyed);
    if (annoyed.size === 0) return undefined;
    const saidAt = words.findIndex((_, at) => TOPICS.shortText.lengths.said.some((phrase) => phraseEndingAt(words, at + phrase.split(' ').length, phrase.split(' '))));
    const kept = words.slice(0, saidAt < 0 ? words.length : saidAt).filter((_, at) => !annoyed.has(at));
    return kept.length > 0 ? kept.join(' ') : undefined;
  }

  function withoutPlaceAtEnd(words: readonly string[]): string | undefined {
    const nameAt = provinces.namePositions(words);
    if (nameAt.size === 0 || !nameAt.has(words.length - 1)) return undefined;
    let start = words.length - 1;
    while (start > 0 && nameAt.has(start - 1)) start -= 1;
    while (start > 0 && PLACE_BEFORE_NAME.has(words[start - 1]!)) start -= 1;
    return start > 0 ? words.slice(0, start).join(' ') : undefined;
  }

  /** Replies whose rules answer buttons ("Chia sẻ", "Báo sai") carry `province` in their code (withProvinceCode), when it fits in one. */
  function withProvinceButtons(replies: Reply[], province: string): Reply[] {
    const carried = (one: Button): Button => {
      const action = decodeAction(one.action);
      if (action?.kind !== 'answer' || !('rules' in action.about)) return one;
      const withProvince = button(one.label, { ...action, about: { rules: withProvinceCode(action.about.rules, province) } });
      return decodeAction(withProvince.action) ? withProvince : one;
    };
    return replies.map((one) => (one.buttons ? { ...one, buttons: one.buttons.map((row) => row.map(carried)) } : one));
  }

  /** The last answer shorter or plainer as asked; undefined when it has no such form (a passage, no answer: notShortened). */
  function plainerLast(turn: Turn, last: string | undefined, asked: ShortForm, wasShort = false, brief = false, plainBefore = false, toOneBefore = false): Reply[] | undefined {
    // "viet ngan de gui nhom" right after a short text: its shortest form (round 23: the same post again); a length asked is kept.
    // "hok hieu gi het" again right after a plainer rewrite (round 31 words16: was that rewrite word for word): its first line,
    // its source and whom to ask (the plainer length was not asked, SHORT_TEXT_DEFAULTS.plain).
    // "viết giọng thân thiện hơn" right after a post (round 45 outreach49: the post on loans, 1.167 characters, became its first
    // line, 249): that same post opened warmly, the lines added to it kept.
    const post = wasShort && !toOneBefore && asked.friendly === true && !asked.tight && !asked.length && !asked.plain ? turn.postBefore : undefined;
    if (post && last !== undefined) {
      turn.session.last = `${SHORT_MARK}${last}`;
      postGiven(turn, post.added, post.filled);
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'friendly' });
      return shareable([friendlyText(reply([plain(post.text)]))], postSubjectOf(last));
    }
    // "gui cho ba con doc" after a text read aloud (round 46 outreach52, tryout50: was its greeting, heading and source alone): the
    // card's post to read, not the loudspeaker text shortened.
    const toRead = wasShort && asked.readers === true && !asked.spoken && !asked.tight && !asked.length && !asked.plain && heardText(turn.postBefore?.text ?? '');
    const rewriting = wasShort && !toRead;
    const plainAgain = plainBefore && asked.plain === true && asked.length === SHORT_TEXT_DEFAULTS.plain;
    const { length: _length, ...unmeasured } = asked;
    const kept = rewriting && !asked.tight && (!asked.length || plainAgain) && !asked.spoken ? { ...unmeasured, tight: true } : asked;
    // "ko hieu" right after a card (no post written before): said to the one who asked, "bạn" (round 31 plain18; was "Bà con …");
    // so are "ngắn hơn", "noi ngan thoi" with no readers named (round 32 consent18; "ngan gon cho ba con" is a post).
    // "ngắn hơn nữa" right after such a short text: still to "bạn" (ONE_MARK; round 32 household19).
    // Southern wording asked ("Đổi giọng cho bà con miền Nam", round 42 outreach43): a post for bà con, never said to one reader.
    const form = (kept.plain || !kept.readers) && !kept.spoken && !kept.southern && !kept.friendly && (!wasShort || toOneBefore) ? { ...kept, toOne: true } : kept;
    const listedClass = listedOf(last)?.classification;
    const supportsOf = listedClass === undefined ? undefined : askedClass(listedClass);
    const coded = last === undefined || supportsOf ? undefined : topicFromCode(last, rules);
    // "ko hieu j het" after an entry in brief: the brief rewritten (BRIEF_MARK), not the whole card.
    const topic = supportsOf ? { supportsOf } : coded?.kind === 'reference' && brief ? { ...coded, brief: true as const } : coded;
    // The last answer led by a correction (claimCode): its shorter text leads with it too.
    const corrected = last === undefined ? [] : claimedFigures(last);
    // A warning post rewritten stays the warning (round 44 outreach46).
    const warned = wasShort && turn.postBefore?.text.startsWith('Cảnh báo:') === true ? { ...form, warning: true } : form;
    const written = topic && shorterAnswer(rules, topic, today(), warned, corrected);
    // "viet ngan gon thoi", "ngắn gọn thôi" after a class's card (round 42 mend43a: was 1.487 characters after a card of 1.164):
    // only brief asked, never longer than a short text (SHORT_TEXT_DEFAULTS.maxChars): its shortest form then, figures and
    // statuses kept. Not for a length asked, a plainer, spoken, Southern or friendlier rewrite.
    const unasked = form.briefly === true && !form.tight && !form.length && !form.plain && !form.spoken && !form.southern && !form.friendly;
    const rewritten =
      topic && written && unasked && replyText(written).length > SHORT_TEXT_DEFAULTS.maxChars ? (shorterAnswer(rules, topic, today(), { ...form, tight: true }, corrected) ?? written) : written;
    // Friendlier asked ("giọng thân thiện hơn", round 42 mend43a): the same post, opened warmly.
    const restyled = rewritten && form.southern ? southernText(rewritten) : rewritten && form.friendly ? friendlyText(rewritten) : rewritten;
    // "ngắn hơn nữa" again after a post (round 43 outreach44: the electricity notice the same each time; the meeting notice became
    // the monthly review): never longer than the post just given (the draft's text), never another subject: else that post one
    // step shorter (shorterPost), or at its floor the same.
    const previous = rewriting && (form.tight || form.length) && !form.toOne && !form.plain && !form.spoken && !form.southern && !form.friendly ? turn.postBefore?.text : undefined;
    // Shorter or plainer, a post keeps its verdict and where to go (round 44 outreach46: "ngắn hơn" after a correction dropped
    // "Không đúng", "rút gọn còn 5 dòng" the Mẫu số 04 line), before it is compared with the post just given (else the line put
    // back made "ngắn hơn nữa" the same post again).
    const postShown = rewriting && !toOneBefore && !form.spoken && !form.southern && !form.friendly ? turn.postBefore?.text : undefined;
    const count = form.length?.unit === 'lines' ? form.length.count : undefined;
    const keptIn = (reply: Reply): Reply => (postShown !== undefined ? { ...reply, spans: [plain(keptInRewrite(postShown, replyText(reply), count, form.plain === true))] } : reply);
    // A post said plainer for bà con (round 45 outreach49: "viết lại cho người lớn tuổi dễ hiểu"): in short sentences.
    const plainPost = form.plain === true && !form.toOne && postShown !== undefined;
    const given = restyled && keptIn(previous !== undefined ? shorterThan(keptIn(restyled), previous) : restyled);
    // Never longer than the post it rewrites (round 45 outreach49: the year-end review post, 461 characters, became the review's
    // steps, 890): else that post itself in plain words.
    const plainer = given && plainPost && replyText(given).length > postShown.length ? { ...given, spans: [plain(plainWords(postShown, true))] } : given;
    const shortened = plainer && plainPost ? { ...plainer, spans: [plain(shortSentences(replyText(plainer)))] } : plainer;
    // "ngan gon thoi" right after a household told in one message (round 30): its verdict in one sentence, what decides, whom
    // to ask (was "Mình chỉ viết ngắn lại được câu trả lời từ dữ liệu chính sách…", as if a passage had been shown).
    const known = !shortened && last === LAST_CHECK ? toldHousehold(turn) : undefined;
    const found = known && knownEnds(rules, known, known.date > today(), (profile) => evaluate(turn, profile));
    if (found) {
      turn.session.last = LAST_CHECK;
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: 'told_short' });
      return [lines(found.lead.text, `${SHORT_DECISION_NOTE} ${WHERE_TO_ASK}`)];
    }
    if (shortened) {
      turn.session.last = `${SHORT_MARK}${form.plain ? PLAIN_MARK : ''}${form.toOne ? ONE_MARK : ''}${brief ? BRIEF_MARK : ''}${last}`;
      // Reworded (Southern, friendlier), not shortened: the lines the staff added to the post stay (round 43 mend45c: "viết lại
      // giọng miền Tây" dropped the contact line just added).
      // Plainer too (round 44 outreach46: "viết lại cho người lớn tuổi dễ hiểu" dropped the phone number just added).
      // Shorter too (round 46 outreach51: "ngắn hơn" dropped the phone number the staff had just added).
      // A length asked too ("rút gọn còn 3 dòng", "ngắn hơn, 2 câu thôi", round 46 outreach52), and the post to read after a text
      // read aloud.
      const added = form.southern || form.friendly || ((form.plain || form.tight || form.length || toRead) && !form.toOne) ? (turn.postBefore?.added ?? []) : [];
      if (added.length > 0) {
        postGiven(turn, added, turn.postBefore?.filled);
        const text = replyText(shortened);
        return shareable([{ ...shortened, spans: [plain(withLines(text, added.filter((line) => !text.includes(line))))] }], topic, corrected);
      }
      if (!form.toOne) postGiven(turn);
      turn.log.info('question', { channel: turn.message.channel, source: 'rules', form: form.plain ? 'plain' : form.tight ? 'shorter' : 'short' });
      return shareable([shortened], topic, corrected);
    }
    return undefined;
  }

  /**
   * `again` when it is shorter than the post `previous` and its first body line is of a subject that post says; else `previous` one step
   * shorter (shorterPost), or `previous` itself at its floor.
   */
  function shorterThan(again: Reply, previous: string): Reply {
    const text = replyText(again);
    const firstBody = text.split('\n').slice(1).find((line) => line.trim() !== '' && !line.startsWith('Nguồn:'))?.replace(/^[-•]\s+/u, '');
    // Its label (what precedes its first colon or bracket: "Mọi hộ gia đình", "Rà soát thường xuyên") is the subject of the line.
    const label = firstBody?.split(/[:(]/u)[0]?.trim();
    const sameSubject = label !== undefined && label !== '' && previous.includes(label);
    if (text.length < previous.length && sameSubject) return again;
    return { ...again, spans: [plain(shorterPost(previous) ?? previous)] };
  }

  /** A passage is quoted as written (rewording it could change what the document says); no answer at all is said as such. */
  function notShortened(asked: ShortForm): Reply {
    const done = asked.plain ? 'viết lại cho dễ hiểu' : 'viết ngắn lại';
    return lines(
      `Mình chỉ ${done} được câu trả lời từ dữ liệu chính sách (chuẩn nghèo, các hỗ trợ, thủ tục); đoạn trích văn bản thì giữ nguyên văn để khỏi sai. Bạn gõ lại câu hỏi kèm chữ “viết ngắn”, ví dụ: “viết ngắn: hộ cận nghèo được hỗ trợ gì”, “soạn tin ngắn về chuẩn nghèo 2027”.`,
    );
  }

  /**
   * The source of the last answer (a rules answer: its card's bases; else the passage shown), and for a link what can be shared,
   * with that answer's "Chia sẻ" and "Báo sai"; the subject stays for the next follow-up.
   */
  function sourceOfLast(turn: Turn, last: string | undefined, asked: SourceAsked): Reply[] {
    turn.session.last = last;
    turn.log.info('question', { channel: turn.message.channel, source: 'follow_up', form: asked });
    const supportsOf = listedOf(last)?.classification;
    const topic = last !== undefined && supportsOf === undefined ? topicFromCode(last, rules) : undefined;
    if (supportsOf !== undefined) {
      // The full list: the short one names no basis (its "Chi tiết từng khoản" does).
      const [card] = info.supportsReply(today(), supportsOf, [], true);
      const named = askedClass(supportsOf);
      if (card) return [sourceReply({ card, subject: `các hỗ trợ${named ? ` cho ${CLASS_NAMES[named].toLowerCase()}` : ''}` }, asked, today(), card.buttons?.slice(-1) ?? [])];
    }
    if (topic) {
      const [card] = answerTopic(rules, topic, today());
      const row = card?.buttons?.at(-1) ?? [];
      if (card) return [sourceReply({ card, subject: topicSubject(rules, topic) }, asked, today(), [row])];
    }
    const results = turn.session.results;
    const passage = results ? search.passage(results.ids[0]!) : undefined;
    if (results && passage) {
      return [sourceReply({ passage }, asked, today(), [answerRow({ set: results.set, index: 0 })])];
    }
    return [noSourceReply(asked)];
  }

  /** What a post is about, from its code (aboutOf): a class's supports or a topic; undefined for any other. */
  function postSubjectOf(last: string): ShortSubject | undefined {
    const listed = listedOf(last)?.classification;
    if (listed === undefined) return topicFromCode(last, rules);
    const named = askedClass(listed);
    return named ? { supportsOf: named } : undefined;
  }

  /** session.last for what a short text is about: a topic's code, or the class whose supports it lists. */
  function shortSubjectCode(about: ShortSubject): string {
    return 'supportsOf' in about ? `${LAST_SUPPORTS}${about.supportsOf}` : topicCode(about);
  }

  /**
   * A short text with "Chia sẻ" and "Báo sai" as the full answer on its topic has them (the link opens that answer, with its
   * source); a class's list of supports has none, as its full list has none.
   */
  function shareable(replies: Reply[], about: ShortSubject | undefined, corrected?: readonly number[]): Reply[] {
    const [first, ...rest] = replies;
    if (!first || !about) return replies;
    // A class's list of supports: its link opens that list (as under the full list).
    if ('supportsOf' in about) return [{ ...first, buttons: [...(first.buttons ?? []), answerRow({ supportsOf: about.supportsOf })] }, ...rest];
    return [withRulesButtons(first, claimCode(topicCode(about), corrected)), ...rest];
  }

  /**
   * The first reply led by the note on the provinces' own standards named: a resident (wordingOf) hears it in brief (round 40
   * short34; was the whole note, 1.493 characters with the standard's card, 1.618 with a class's supports), "chi tiết" gives it
   * whole (OWN_MARK); a question written out in full, or a cadre's, the whole note.
   */
  function ledByOwnStandards(turn: Turn, replies: Reply[], own: readonly NamedProvinceStandard[]): Reply[] {
    const brief = own.length > 0 && wordingOf(turn.message.text ?? '') === 'resident';
    if (brief && turn.session.last !== undefined) turn.session.last = withOwnMark(turn.session.last, own);
    return ledByProvinceStandards(replies, own, brief);
  }

  /** "chi tiet", "noi cu the hon", "chi tiet hon dc ko" (lexicon requests.ts moreDetail), read against the last answer. */
  function moreDetail(turn: Turn): Reply[] | Promise<Reply[]> {
    // After the note on provinces' own standards in brief (OWN_MARK, round 40 short34): the whole note leads what "chi tiết"
    // gives, or is all it gives when the answer had nothing more.
    const owned = ownOf(turn.session.last).flatMap((province) => provinceStandardsOf(rules, province, today()));
    const last = aboutOf(turn.session.last);
    const detail = cardDetail(turn);
    if (owned.length > 0) return Promise.resolve(detail ?? []).then((replies) => (replies.length > 0 ? ledByProvinceStandards(replies, owned) : [provinceStandardsReply(owned)]));
    return (
      detail ?? [
        lines(
          last === undefined
            ? 'Bạn muốn xem chi tiết điều gì? Bạn gõ câu hỏi cụ thể, ví dụ “hộ cận nghèo được hỗ trợ gì”, “chuẩn nghèo 2027 là bao nhiêu”, “làm giấy chứng nhận hộ nghèo ở đâu”.'
            : 'Câu trả lời vừa rồi đã là đầy đủ những gì dữ liệu của trợ lý có về việc này, kèm căn cứ. Bạn có thể hỏi thêm, ví dụ “ở đâu làm”, “cần giấy tờ gì”, “mất bao lâu”, “nguồn ở đâu”.',
          WHERE_TO_ASK,
        ),
      ]
    );
  }

  /** What "chi tiết" gives after the last answer (moreDetail); undefined when that answer said all there is. */
  function cardDetail(turn: Turn): Reply[] | Promise<Reply[]> | undefined {
    const last = aboutOf(turn.session.last);
    const year = laterOf(turn.session.last);
    // After a post on the review or a class's supports (round 32 outreach19; was the whole card, about 1.700 and 4.900 characters):
    // that post with every line, still for its readers; the card one more "chi tiết" away (BRIEF_MARK).
    const posted = withoutMark(turn.session.last, SHORT_MARK)?.startsWith(POST_MARK) === true && !wasBrief(turn.session.last) && last !== undefined;
    const listedPost = posted ? listedOf(last)?.classification : undefined;
    const postClass = listedPost === undefined ? undefined : askedClass(listedPost);
    const postSubject: ShortSubject | undefined = !posted ? undefined : listedPost !== undefined ? (postClass ? { supportsOf: postClass } : undefined) : topicFromCode(last, rules);
    const nextLevel = postSubject && fullerPost(rules, postSubject, today());
    if (nextLevel && postSubject) {
      // Still a post for its readers (SHORT_MARK, POST_MARK; round 33 staff21: "ngắn hơn" after it said "Bạn có thể hỏi … nơi bạn
      // cư trú" in a group post).
      turn.session.last = `${SHORT_MARK}${POST_MARK}${BRIEF_MARK}${last}`;
      postGiven(turn);
      return shareable([nextLevel], postSubject);
    }
    // What the assistant keeps, said in brief when asked again: the whole notice.
    if (last === LAST_PRIVACY && wasBrief(turn.session.last)) {
      turn.session.last = LAST_PRIVACY;
      return [info.privacyReply(turn.message.channel)];
    }
    const listed = listedOf(last);
    if (listed) return supportsList(turn, listed.classification, listed.day, undefined, true);
    // An entry in brief ("ai duyet ho ngheo"), its rewrite ("ko hieu j het"), or a short text ("the bhyt ho can ngheo", then
    // "viet ngan"): the whole card (was "đã là đầy đủ" though the card says more).
    const shortened = wasBrief(turn.session.last) || turn.session.last?.startsWith(SHORT_MARK) === true;
    const briefed = shortened && last !== undefined ? topicFromCode(last, rules) : undefined;
    // After a post on the indicators ("viết bài đăng Zalo … thế nào là thiếu hụt dịch vụ xã hội cơ bản", round 31 tryout18; was the
    // whole card, about 3.900 characters after a 1.400-character post): the next level, the indicators in short with the rule on
    // them; the card is one more "chi tiết" away (BRIEF_MARK).
    if (briefed?.kind === 'standard' && briefed.post) {
      const { post: _post, ...standard } = briefed;
      turn.session.last = `${BRIEF_MARK}${topicCode(standard)}`;
      return answerTopic(rules, { ...standard, indicators: true, list: true }, today());
    }
    if (briefed) {
      turn.session.last = last;
      // The procedure in brief (round 36 short27; was "đã là đầy đủ"): its whole card, nothing of it asked first.
      if (briefed.kind === 'procedure') return answerTopic(rules, { kind: 'procedure', ...(briefed.year !== undefined ? { year: briefed.year } : {}) }, today());
      // A group's own rule before each class's share in brief ("con tui 3 tuoi chua co bhyt", round 35 short26b): the support's
      // whole card, every class in full.
      if (briefed.kind === 'support' && briefed.group !== undefined && supportBriefly(rules, briefed, today())) {
        const { group: _group, ...whole } = briefed;
        return answerTopic(rules, whole, today());
      }
      // A support asked of a later year in brief ("ho can ngheo nam 2027 bhyt dc bao nhieu phan tram", round 40 law33; was today's
      // premium card alone): that year's answer, its changes and each card whole, as a cadre's formal question gets it.
      if (briefed.kind === 'support' && year !== undefined && year >= Number(today().slice(0, 4))) return [supportChangeAnswer(rules, briefed, today(), year, true)];
      // The monthly allowance's card in brief (round 36 short27): its whole card, not the brief again.
      if (briefed.kind === 'support') return answerTopic(rules, { ...briefed, whole: true }, today());
      return answerTopic(rules, briefed, today());
    }
    // A household told in one message: each area's detail when the area changes its class, else the one shown.
    const ends = last === LAST_CHECK ? keptEnds(turn) : undefined;
    if (ends) return (areaMatters(ends) ? ends : ends.slice(0, 1)).flatMap((one) => resultDetails(turn, one.profile, reportQuick(one.profile)));
    if (last === LAST_CHECK && finishedResult(turn)) return act(turn, { kind: 'check', step: 'detail' });
    // The standard's figures alone ("chuan ngheo nam sau la bn"): its card, what "Chuẩn đầy đủ" under them gives (was: "đã là
    // đầy đủ" under a reply pointing at that button). A procedure asked for one step first is already the whole card.
    // "chuan ngheo 2026 va 2027", then "chi tiết" (round 38 law31; was "đã là đầy đủ"): each standard over the period in full, its
    // lines with their bases, indicators, notes, and what changes when the next one starts (the earlier card's "Sắp thay đổi").
    const asked = last === undefined ? undefined : topicFromCode(last, rules);
    const period = asked?.kind === 'standard' && asked.year !== undefined && asked.until !== undefined && !asked.whole ? { from: asked.year, to: asked.until } : undefined;
    const over = period ? nationalStandardsOver(rules, `${period.from}-01-01`, `${period.to}-12-31`) : [];
    if (over.length > 1) return over.flatMap((standard) => answerTopic(rules, { kind: 'standard', year: Math.max(period!.from, Number(standard.validFrom.slice(0, 4))), whole: true }, today()));
    const card = last === undefined ? undefined : cardCode(last, rules);
    // An area's figures alone ("chuan ngheo 2027 o tp hcm", round 38 short30): the whole card, as after the figures asked.
    const areaOnly = last === undefined ? undefined : topicFromCode(last, rules);
    const areaCard = areaOnly?.kind === 'standard' && areaOnly.area && !areaOnly.indicators && !areaOnly.whole ? (({ area: _area, ...card }) => card)(areaOnly) : undefined;
    const fuller = card !== undefined && card !== last ? topicFromCode(card, rules) : areaCard;
    if (fuller?.kind === 'standard') {
      turn.session.last = topicCode(fuller);
      // The whole card (round 35: a standard asked with no aspect is its brief since short26a, less than the figures' "more").
      return answerTopic(rules, { ...fuller, whole: true }, today());
    }
    return undefined;
  }

  /** The list of supports (of a class, or of every class), remembered as the last answer for a follow-up ("còn hộ cận nghèo?"). */
  function supportsList(turn: Turn, classification: string, day: string, except?: readonly string[], full = false, said = 0): Reply[] {
    // A later day's list ("tu thang 1 nam 2027 ho can ngheo dc ho tro j") keeps its day for what follows it: "con ho ngheo",
    // "chi tiet", its buttons (round 20; was today's list, the year asked lost).
    // The short list (not `full`) is marked brief: "còn gì nữa" after it gives the whole (round 39 mend39a).
    turn.session.last = `${full || (except?.length ?? 0) > 0 ? '' : BRIEF_MARK}${withLaterDay(`${LAST_SUPPORTS}${classification}`, day)}`;
    const replies = info.supportsReply(day, classification, except, full, said);
    if (day <= today()) return replies;
    const dayed = (one: Button): Button => {
      const action = decodeAction(one.action);
      return action?.kind === 'supports' ? button(one.label, { ...action, day }) : one;
    };
    return replies.map((one) => (one.buttons ? { ...one, buttons: one.buttons.map((row) => row.map(dayed)) } : one));
  }

  /** The class (its key or classification) and day of the list of supports the last answer was, or undefined after another answer. */
  function listedOf(last: string | undefined): { classification: string; day: string } | undefined {
    if (!last?.startsWith(LAST_SUPPORTS)) return undefined;
    const { body, day } = readLaterDay(last.slice(LAST_SUPPORTS.length));
    return { classification: body, day };
  }

  /** A list's code with the later day it is of ("supports:near_poor@2027-01-01"); today's has none. */
  const withLaterDay = (code: string, day: string): string => (day > today() ? `${code}@${day}` : code);

  /**
   * A code written by withLaterDay: what it names, and its day when that is still to come (yyyy-MM-dd), else today: a day kept
   * with a list stands while it is still to come.
   */
  function readLaterDay(code: string): { body: string; day: string } {
    const [body = '', at] = code.split('@');
    return { body, day: at !== undefined && isIsoDate(at) && at > today() ? at : today() };
  }

  /**
   * "qua thang 1 thi nha tui dc j", "the thang 1 thi sao" after the supports of a check: the supports, on the later day asked,
   * of the class the check's answers give that day, led by that class and that nothing changes by itself on that day
   * (findings31 R06); undefined without a finished check.
   */
  function laterSupportsOfCheck(turn: Turn, day: string): Reply[] | undefined {
    // A household told in one message: its class that day first (the indicators not told may count then), its supports a tap away.
    if (toldHousehold(turn)) return checkResultOn(turn, day);
    const later = finishedResult(turn, day);
    const now = finishedResult(turn);
    if (!later || !now) return undefined;
    const [then, today_] = [later.result.classification, now.result.classification];
    const changed = then !== today_ ? ` (theo chuẩn đang áp dụng hôm nay: ${CLASS_LABELS[today_]})` : '';
    const lead =
      `Với các câu trả lời của bạn, theo chuẩn áp dụng ngày ${formatDate(day)}, hộ là ${CLASS_LABELS[then]} (tạm tính)${changed}. ` +
      'Loại hộ không tự đổi vào ngày đó: hộ hưởng chính sách của loại hộ được Chủ tịch UBND cấp xã công nhận sau rà soát.';
    turn.household = true;
    const [first, ...rest] = supportsList(turn, then, day);
    return first ? [{ ...first, spans: [plain(`${lead}\n\n`), ...first.spans] }, ...rest] : undefined;
  }

  /**
   * The preferential loans (the support TOPICS.supports names for "vay vốn") for the class of the last answer: a check's
   * result (the class its answers give today, led by it), a class's list of supports or a support card of a class; undefined
   * after anything else.
   */
  function loanAfter(turn: Turn, last: string): Reply[] | undefined {
    const loanId = TOPICS.followUp.loanAlone.support;
    const checked = last === LAST_CHECK ? finishedResult(turn)?.result.classification : undefined;
    const listed = listedOf(last)?.classification;
    const ofLast = checked ?? listed ?? classOf(last);
    if (last === LAST_CHECK && checked === undefined) return undefined;
    if (ofLast === undefined && listed === undefined && topicFromCode(last, rules)?.kind !== 'support') return undefined;
    const classification = ofLast === undefined ? undefined : askedClass(ofLast);
    const topic: Topic = { kind: 'support', supportId: loanId, ...(classification ? { classification } : {}) };
    turn.session.last = topicCode(codedTopic(rules, topic, today()));
    const lead = checked !== undefined ? `Với kết quả kiểm tra vừa rồi (${CLASS_LABELS[checked]}, tạm tính):\n\n` : '';
    const [card, ...rest] = answerTopic(rules, topic, today());
    return card ? [{ ...card, spans: [plain(lead), ...card.spans] }, ...rest] : undefined;
  }

  /**
   * The result of the check finished in this chat for the same answers on `day`, in `otherArea` when one is asked ("nếu ở tp
   * thì sao", "năm sau thì sao", "qua Tết": `lead` says which day Tết's answer is for); undefined without a finished check.
   */
  function checkResultOn(turn: Turn, day: string, otherArea?: Area, lead = ''): Reply[] | undefined {
    // A household told in one message: what its figures settle on that day (the indicators not told may count then).
    const known = toldHousehold(turn);
    if (known) return toldResult(turn, { ...known, date: day, ...(otherArea ? { area: otherArea } : {}) }, lead);
    const found = finishedResult(turn, day, otherArea);
    if (!found) return undefined;
    turn.session.last = LAST_CHECK;
    turn.household = true;
    const { result, profile } = found;
    const areaName = otherArea ? rules.areas.find((area) => area.id === otherArea)?.name : undefined;
    return [
      resultReply(result, {
        intro: `${lead}${areaName ? `Nếu hộ ở khu vực ${areaName.toLowerCase()}, cùng` : 'Cùng'} các câu trả lời của bạn, theo chuẩn áp dụng ngày ${formatDate(result.asOf)}:`,
        context: resultContext(turn, profile, result),
        buttons: [[...supportsButton(result.classification), button('Kiểm tra lại từ đầu', { kind: 'check', step: 'restart' })]],
      }),
    ];
  }

  /**
   * The result of the check finished in this private chat, on its own day or on `date`, in its own area or in `area`
   * ("nếu ở tp thì sao"); undefined when there is none.
   */
  function finishedResult(turn: Turn, date?: string, area?: Area) {
    const current = turn.interview;
    // A household told in one message since (a new check drops it): its figures, as told (the area shown with its result).
    const toldProfile = keptEnds(turn)?.[0]?.profile;
    const checked = !turn.message.isGroup && current && isFinished(current, rules, dayOf(current)) ? toProfile(current, rules, dayOf(current)) : undefined;
    const base = toldProfile ?? checked;
    if (!base) return undefined;
    const profile = { ...base, ...(date ? { date } : {}), ...(area ? { area } : {}) };
    const outcome = evaluate(turn, profile);
    return outcome.ok ? { profile, result: outcome.value } : undefined;
  }

  /**
   * A follow-up read against the last answer: "còn nhà tui thì sao" starts the check (or shows the result of the one
   * finished); "vậy năm nay thì sao" after a result gives the household's class for that year; "còn hộ cận nghèo?",
   * "còn năm sau?" move a rules answer (the standard, a support, an indicator) or the list of supports to that class or
   * year. Undefined when the follow-up changes nothing the last answer depends on.
   */
  /**
   * A preschool child named (TOPICS.supportsByWho.preschool_lunch) right after the tuition card: that card, then the lunch
   * support of poor and near-poor households in the data's words, amount and status (rules/supports preschool_lunch).
   */
  function preschoolAfterFee(message: ReadMessage, last: Topic | undefined): Reply[] | undefined {
    if (last?.kind !== 'support' || last.supportId !== TUITION || !saysAny(message.words, TOPICS.supportsByWho[LUNCH]!.who)) return undefined;
    const lunch = supportsFor(rules, 'poor', today()).find((support) => support.id === LUNCH);
    const [card, ...rest] = answerTopic(rules, { kind: 'support', supportId: TUITION }, today());
    if (!card || !lunch) return undefined;
    const amount = amountWithStatus(lunch);
    const line = plain(`\n\n• Hộ nghèo, hộ cận nghèo có trẻ học mẫu giáo: ${tagged(`${lunch.name.replace(/ cho trẻ mẫu giáo$/u, '')}${amount ? ` ${amount}` : ''}`, lunch.status)}. Căn cứ: ${bare(lunch.basis)}. Nơi làm: ${bare(lunch.whereToApply)}`);
    const at = card.spans.findIndex((span) => span.text.includes('Việc công nhận'));
    const spans = at < 0 ? [...card.spans, line] : [...card.spans.slice(0, at), line, ...card.spans.slice(at)];
    return [{ ...card, spans }, ...rest];
  }

  function followUp(turn: Turn, asked: FollowUp, last: string): Reply[] | undefined {
    // Another year: from its first day ("tháng sau" in December, "năm sau"), when a new standard starts.
    const day = asked.year === undefined || String(asked.year) === today().slice(0, 4) ? today() : `${asked.year}-01-01`;
    if (asked.own) {
      if (last === LAST_CHECK && finishedResult(turn)) return continueInterview(turn, turn.interview!);
      return [lines('Để biết hộ của bạn thuộc diện nào, mình hỏi vài câu về khu vực, số người, thu nhập và điều kiện sống của hộ.'), ...startCheck(turn)];
    }
    // "nếu ở tp thì sao" after the procedure or another answer the area changes nothing in, once a check is finished in
    // this chat: about that household, as right after its result (findings13 R82).
    const areaFree = asked.area !== undefined && !last.startsWith(LAST_SUPPORTS) && !['standard', 'support', 'indicator'].includes(topicFromCode(last, rules)?.kind ?? 'standard');
    if (last === LAST_CHECK || (areaFree && finishedResult(turn) !== undefined)) {
      // "nếu ở tp thì sao", "qua năm 2027 thì sao", or both: the same answers in that area, on that year's first day.
      const otherArea = asked.area !== undefined && asked.area !== turn.interview?.area ? asked.area : undefined;
      return asked.year === undefined && !otherArea ? undefined : checkResultOn(turn, day, otherArea);
    }
    // "ở thành phố thì sao" after supports: they go by class, not area; the area's line is said first.
    const areaOnly = asked.area !== undefined && asked.classification === undefined && asked.year === undefined ? asked.area : undefined;
    const withAreaNote = ([first, ...rest]: Reply[]) => (first && areaOnly ? [{ ...first, spans: [...areaSupportNote(rules, areaOnly, today()), ...first.spans] }, ...rest] : []);
    const listedList = listedOf(last);
    if (listedList) {
      if (areaOnly) return withAreaNote(supportsList(turn, listedList.classification, listedList.day));
      if (asked.classification === undefined && asked.year === undefined) return undefined;
      // "the thang 1 thi sao" after the supports of the check's class: the class its answers give on that day.
      const listed = listedList.classification;
      const checked = asked.classification === undefined && day !== today() ? finishedResult(turn)?.result.classification : undefined;
      const ofCheck = checked !== undefined && (checked === listed || info.supportsKeyOf(checked) === listed);
      const later = ofCheck ? laterSupportsOfCheck(turn, day) : undefined;
      if (later) return later;
      // "con ho ngheo" after the 2027 list: that class's list on the same day.
      return supportsList(turn, asked.classification ?? listed, asked.year === undefined ? listedList.day : day);
    }
    const topic = topicFromCode(last, rules);
    if (topic?.kind === 'support' && areaOnly) {
      turn.session.last = last;
      return withAreaNote(answerTopic(rules, topic, today()));
    }
    // "tháng sau có khác ko" after the BHYT card: what changes for that support by then, from the data.
    if (topic?.kind === 'support' && asked.change) {
      turn.session.last = last;
      return [supportChangeAnswer(rules, topic, today(), asked.year ?? Number(today().slice(0, 4)) + 1, false, true)];
    }
    // "con nam nay thi sao" right after a support's card of today (round 45 mend49c; was that card again word for word): this year
    // in brief.
    const thisYear = topic?.kind === 'support' && day === today() && asked.year !== undefined && !asked.classification && !asked.commune ? supportThisYear(rules, topic, today()) : undefined;
    if (thisYear) {
      turn.session.last = last;
      return [thisYear];
    }
    const moved = topic && followTopic(topic, asked);
    if (!moved) return undefined;
    turn.session.last = topicCode(moved);
    // "o thanh pho thi sao" right after the standard of that year: that area's lines, not the card again.
    if (topic.kind === 'standard' && moved.kind === 'standard' && areaOnly && !topic.change && !topic.date && moved.year === topic.year) {
      const area = standardAreaAnswer(rules, today(), moved.year, areaOnly, moved.until);
      if (area) return [withAnswerAbove(area)];
    }
    const still = asked.still ? stillOnDayLead(rules, moved, day) : undefined;
    return ledByText(still ?? '', answerTopic(rules, moved, moved.kind === 'support' ? day : today()));
  }

  async function route(turn: Turn): Promise<Reply[]> {
    const { message } = turn;
    if (message.action) {
      return onAction(turn, message.action);
    }
    // A sticker after an answer (its buttons still offered) is received kindly first (round 21).
    if (message.unsupported) return [unreadable('unsupported', 0, (turn.session.choices?.length ?? 0) > 0)];
    if (typeof message.text !== 'string') return [unreadable('empty')];
    return onText(turn, message.text);
  }

  /** The delivery a turn answers, as its session keeps it (Session.handled); none without one, or too long to keep. */
  const handledId = (message: IncomingMessage) => (message.deliveryId !== undefined && message.deliveryId.length <= HANDLED_MAX_CHARS ? message.deliveryId : undefined);

  /**
   * A delivery whose turn was saved (its session or draft names it: Session.handled) coming again: the answer it got, from
   * the state it left, nothing saved or counted again. A turn that moved the check shows where the check is now: the
   * question waiting (its answer not read into the next one) or, the check finished, its result. Any other (a side
   * question, during a check or not) is answered again as it was.
   */
  async function repeatTurn(turn: Turn, movedCheck: boolean): Promise<Reply[]> {
    const current = turn.interview;
    if (!movedCheck || !current || current.awaitingConsent || turn.message.isGroup) return route(turn);
    return isFinished(current, rules, dayOf(current)) ? continueInterview(turn, current) : [askCurrent(current, rules, dayOf(current))];
  }

  /**
   * The post a turn leaves to edit (round 42 outreach43): its first reply's text when session.last says it was a post for readers
   * (SHORT_MARK, not said to one), with the lines added (turn.session.post.added, set by the turn that added one); undefined after
   * any other answer.
   */
  function postKept(turn: Turn, replies: Reply[]): Session['post'] {
    const given = turn.session.post;
    if (!given || !replies[0]) return undefined;
    return { text: replyText(replies[0]).slice(0, 6000), added: given.added, ...(given.filled ? { filled: given.filled } : {}) };
  }

  /** Marks the turn as giving a post to share, with the lines added to it and what was filled in its template (persisted by postKept). */
  const postGiven = (turn: Turn, added: readonly string[] = [], filled?: Filled) => {
    turn.session.post = { text: '', added: [...added], ...(filled ? { filled } : {}) };
  };

  /** Whether a session holds anything worth a database row (a visitor who only said /start leaves none). */
  const worthKeeping = (session: Session) =>
    Boolean(session.consentAt || session.province || session.results || session.awaiting || session.interview || session.told);

  /**
   * Writes what may be kept. Without consent, what tells about a household (the interview, a result's
   * buttons, a report waiting with a result's figures) stays in process memory; buttons alone (the
   * welcome menu) stay there too, so a session row exists only when there is something to remember.
   * When the stored session could not be read (`storable` false: its row sits on a damaged page), the
   * conversation goes on as a draft, consent or not, and nothing is written over the row, until it can be read again.
   */
  async function persist(turn: Turn, replies: Reply[], storable: boolean, moved: boolean): Promise<void> {
    if (turn.forget) return;
    const session = turn.session;
    const handled = handledId(turn.message);
    session.handled = handled;
    const handledCheck = handled !== undefined && moved ? true : undefined;
    const handledAside = handled !== undefined && !moved ? true : undefined;
    session.handledCheck = handledCheck;
    session.handledAside = handledAside;
    const consented = storable && Boolean(session.consentAt);
    const offered = replies[offeredAt(replies)];
    const choices = offered?.buttons?.flat().slice(0, MAX_CHOICES);
    const choicesNumbered = offered ? offered.numberedChoices !== false : undefined;
    const awaiting = session.awaiting;
    const privateAwaiting = (!storable && awaiting !== undefined) || (!consented && awaiting?.kind === 'report' && awaiting.detail !== undefined);
    session.awaiting = privateAwaiting ? undefined : awaiting;
    // The interview and what the last answer was about go to disk only with consent; otherwise they stay in memory for this conversation.
    session.interview = consented ? turn.interview : undefined;
    const last = session.last;
    session.last = consented ? last : undefined;
    // A household told in one message likewise: to disk only with consent.
    const told = session.told;
    session.told = consented ? told : undefined;
    // The post just given (a post for readers: session.last a short text not said to one): its text, and the lines added to it,
    // in the draft only, never in the database (round 42 outreach43).
    const post = postKept(turn, replies);
    session.post = undefined;
    const keep = storable && worthKeeping(session);
    const choicesKept = keep && (consented || !turn.household);
    session.choices = choicesKept ? choices : undefined;
    session.choicesNumbered = choicesKept ? choicesNumbered : undefined;
    const draft: Draft = {
      ...(!consented && turn.interview ? { interview: turn.interview } : {}),
      ...(privateAwaiting ? { awaiting } : {}),
      ...(!choicesKept && choices ? { choices, choicesNumbered } : {}),
      ...(!consented && last !== undefined ? { last } : {}),
      ...(!consented && told !== undefined ? { told } : {}),
      ...(post ? { post } : {}),
    };
    const checking = draft.interview !== undefined;
    const step = turn.check.step + 1;
    if (checking) draft.step = step;
    if (!storable) await drafts.set(turn.key, serializeDraft({ ...draft, unsaved: true, handled, handledCheck, handledAside }));
    else if (Object.keys(draft).length > 0) await drafts.set(turn.key, serializeDraft({ ...draft, handled, handledCheck, handledAside }));
    else await drafts.delete(turn.key);
    // A check kept without consent: its step goes to the database (nothing the user told) with its draft, so a draft lost
    // or older than the database says is told, not read (handle). Its end clears the mark. Once the draft's write was taken:
    // a turn whose write was refused (its chat lock another instance's, the user's erasure since: DeliveryClaimLostError)
    // records nothing (was: its step recorded first and left, so the other instance, whose draft was at an earlier step or
    // gone, told the resident "… bị gián đoạn" and threw their check away).
    if (checking || turn.check.marked) {
      await store.markCheck(turn.key, checking ? step : undefined).catch((error: unknown) => {
        if (error instanceof StoreUnavailableError) throw error;
        turn.log.warn('check_not_marked', { channel: turn.message.channel, error });
      });
    }
    if (!storable) return;
    try {
      const options = { erasing: turn.erasing, ...(turn.fence ? { claim: turn.fence } : {}) };
      // Not written once its user was erased since the turn read it (their /xoadulieu in another chat, `privacy erase`).
      if (keep) await store.writeSession(turn.key, serializeSession(session), { ...options, ...(turn.readAt !== undefined ? { readAt: turn.readAt } : {}) });
      else if (turn.stored) await store.deleteSession(turn.key, options);
    } catch (error) {
      // Fenced: the claim went to another instance, whose session stays; nothing is kept here either.
      if (error instanceof StoreUnavailableError || error instanceof DeliveryClaimLostError) throw error;
      // Degraded (disk full, a lock held elsewhere): the conversation keeps its place in memory until a write succeeds.
      await drafts.set(turn.key, serializeDraft({ interview: turn.interview, awaiting, choices, choicesNumbered, last, told, ...(post ? { post } : {}), unsaved: true }));
      throw error;
    }
  }

  /** The session as the turn sees it: what the database keeps, completed by what only memory holds. */
  function withDraft(session: Session, draft: Draft | undefined): Session {
    if (!draft) return session;
    // A turn the store could not take: the draft is newer than the stored session.
    if (draft.unsaved) return { ...session, awaiting: draft.awaiting, choices: draft.choices, choicesNumbered: draft.choicesNumbered, last: draft.last, told: draft.told, post: draft.post };
    const merged: Session = { ...session, awaiting: session.awaiting ?? draft.awaiting, last: session.last ?? draft.last, told: session.told ?? draft.told, post: draft.post };
    if (!session.choices && draft.choices) {
      merged.choices = draft.choices;
      merged.choicesNumbered = draft.choicesNumbered;
    }
    return merged;
  }

  /** One message's turn: what it reads of the text (its words, its topic) is kept for this turn only (src/text/turn.ts). */
  function handle(message: IncomingMessage, keeping?: AnswerKeeping): Promise<Reply[]> {
    return duringTurn(() => answerTurn(message, keeping));
  }

  async function answerTurn(message: IncomingMessage, keeping?: AnswerKeeping): Promise<Reply[]> {
    const log = message?.traceId ? logger.child({ traceId: message.traceId }) : logger;
    let claim: DeliveryClaim | undefined;
    let lostClaim = false;
    /** The claim was found another's (held() false): no need to ask again why the save was fenced. */
    let claimChecked = false;
    try {
      if (message.deliveryId) {
        // Unreachable store: StoreUnavailableError goes up (redelivered later). A degraded one (disk full, a
        // lock held elsewhere, damaged) does not cost the answer: answered without a claim, said in the log.
        const claimed = await deliveries.claim(message.channel, message.deliveryId);
        if (claimed === 'done') {
          log.info('delivery_duplicate', { channel: message.channel });
          return [];
        }
        // Handled elsewhere right now, or its holder died less than a lease ago: the platform redelivers later.
        if (claimed === 'in-progress') {
          log.info('delivery_in_progress', { channel: message.channel });
          throw new DeliveryInProgressError();
        }
        // Without a claim in the store: held in memory, so a redelivery meanwhile is not answered twice.
        if (isUnclaimed(claimed)) log.warn('delivery_unclaimed', { channel: message.channel, reason: claimed.unclaimed, error: claimed.error });
        claim = claimed;
      }
      const key = sessionKey(message);
      // Load → answer → save as one step per chat, so two messages of one chat (even at two instances) never interleave.
      const replies = await lock.run(key, async () => {
        // A database fault other than "unreachable" (locked, disk full, damaged) never costs the person the
        // answer: it is logged and nothing is saved. Unreachable (StoreUnavailableError) goes up: the channel
        // answers 503 or lets the platform redeliver.
        const degrade = (event: string) => (error: unknown) => {
          if (error instanceof StoreUnavailableError) throw error;
          log.warn(event, { channel: message.channel, error });
        };
        // The session cannot be read: answer from a blank one completed by the draft (the conversation goes on in
        // memory) and write nothing back, so what is stored stays.
        let unreadable = false;
        const readAt = (store.now?.() ?? now()).getTime();
        const raw = await store.readSession(key).catch((error: unknown) => {
          degrade('session_unreadable')(error);
          unreadable = true;
          return undefined;
        });
        const loaded = parseSession(raw);
        if (!loaded.valid) log.warn('session_reset', { channel: message.channel, reason: loaded.reason });
        else if (loaded.migratedFrom) log.info('session_migrated', { channel: message.channel, from: loaded.migratedFrom });
        const { session } = loaded;
        const [held, mark] = await Promise.all([
          drafts.get(key),
          session.consentAt
            ? undefined
            : store.checkStep(key).catch((error: unknown) => {
                degrade('check_step_unreadable')(error);
                return undefined;
              }),
        ]);
        const kept = parseDraft(held);
        // Marked negative: its draft was in the memory of a process that stopped deliberately (stop below), not lost to a fault.
        const marked = mark === undefined ? undefined : Math.abs(mark);
        const cause = mark !== undefined && mark < 0 && held !== DRAFT_LOST && held !== DRAFT_UNREADABLE && !kept ? 'restart' : 'fault';
        // A check kept without consent lost to a fault: its newer copy at another instance (Redis away), or its draft gone
        // (Redis back empty, this instance restarted with it in memory), unreadable (Redis away) or older than the step the
        // database kept. Said plainly, with the way to start again, never a question out of the blue, once: the mark and any
        // older copy go. Redis away with no check marked: nothing to say (no one hears of a check they were not doing).
        // A command (/xoadulieu, /kiemtra…) stands on its own: done, after the note.
        const behind = marked !== undefined && !(kept?.interview && (kept.step === undefined || kept.step >= marked));
        const lost = !session.consentAt && (held === DRAFT_LOST || behind);
        if (lost) {
          log.warn('draft_lost', { channel: message.channel, reason: held === DRAFT_LOST ? 'elsewhere' : held === DRAFT_UNREADABLE ? 'unreadable' : kept ? 'older' : cause === 'restart' ? 'restarted' : 'gone' });
          if (marked !== undefined) await store.markCheck(key, undefined).catch(degrade('check_not_marked'));
          if (held === DRAFT_UNREADABLE || kept) await drafts.delete(key);
          if (message.text?.trimStart().startsWith('/') !== true) return [draftInterrupted(true, cause)];
        }
        const draft = lost ? undefined : kept;
        const turn: Turn = {
          key,
          message,
          messageId: message.messageId ?? newMessageId(),
          session: { ...withDraft(session, draft), post: undefined },
          postBefore: draft?.post,
          interview: draft?.unsaved ? draft.interview : (session.interview ?? draft?.interview),
          forget: false,
          stored: raw !== undefined,
          household: false,
          log,
          writes: [],
          check: { step: Math.max(draft?.step ?? 0, lost ? 0 : (marked ?? 0)), marked: marked !== undefined && !lost },
          drafted: draft !== undefined && heldInDraft(draft),
          ...(claim?.fence ? { fence: claim.fence } : {}),
          readAt,
        };
        const told = turn.interview;
        // This delivery's turn was saved by an instance killed before it marked the delivery answered, and the platform sent
        // it again: answered from the state it left, nothing done a second time (no answer read into the next question, no
        // result or question counted again, nothing saved).
        const handled = handledId(message);
        const left = handled === undefined ? undefined : [session, draft].find((held) => held?.handled === handled);
        if (left) log.warn('delivery_turn_repeated', { channel: message.channel });
        const replies = left ? await repeatTurn(turn, handledCheckOf(left, turn.interview, turn.interview !== undefined && isFinished(turn.interview, rules, dayOf(turn.interview)))) : await route(turn);
        if (lost) replies.unshift(draftInterrupted(false, cause));
        if (left) return replies;
        const moved = turn.interview !== told;
        // The household facts a typed message told are marked as its own, for deleting that message (Luật 91/2025/QH15).
        if (message.text !== undefined && turn.interview && !turn.forget) {
          turn.interview = markTold(told, turn.interview, store.messageRef(privateKey(message), turn.messageId), now().toISOString());
        }
        // Fencing: this instance's claim ran out while it worked (its event loop blocked past the lease) and another instance
        // took the redelivery: nothing is saved over that holder's session, nothing sent (was: both replied, or this one's
        // session overwrote the new holder's).
        if (claim && !(await claim.held())) {
          lostClaim = true;
          claimChecked = true;
          return [];
        }
        try {
          await persist(turn, replies, !unreadable, moved);
        } catch (error) {
          // The claim (the session's write) or the chat lock (the draft's) went to another instance between held() and the
          // write: its turn stands, nothing is sent here (was: this session written over the new holder's).
          if (!(error instanceof DeliveryClaimLostError)) {
            degrade('session_not_saved')(error);
            // A consented check's answers the store did not take: never let the consent's "được lưu" stand unsaid otherwise.
            if (turn.session.consentAt && turn.interview) replies.push(answersNotSaved());
          } else {
            lostClaim = true;
            return [];
          }
        }
        // Counters, feedback, reports and shares are best effort, written once the turn is kept: a turn given up to be sent
        // again (its chat lock lost, the store away) is not counted, reported or shared twice (was: written before the save).
        for (const write of turn.writes) await write().catch(degrade('store_write_failed'));
        return replies;
      });
      if (lostClaim) return await lostAt(claim, log, message, keeping, claimChecked);
      return (await finish(claim, log, message, replies, keeping)) ? replies : [];
    } catch (error) {
      if (error instanceof DeliveryInProgressError) throw error;
      // A draft write fenced by the chat lock another instance holds now (DraftStore): its turn answers, not this one.
      if (error instanceof DeliveryClaimLostError) return await lostAt(claim, log, message, keeping);
      // The database is away: the channel answers 503 or lets the platform redeliver, nothing is half-answered.
      if (error instanceof StoreUnavailableError) {
        log.warn('chat_store_unavailable', { channel: message?.channel, error: error.message });
        // Nothing was answered: the redelivered update must find its claim free.
        await claim?.release().catch((releaseError: unknown) => log.warn('delivery_release_failed', { channel: message?.channel, error: releaseError }));
        throw error;
      }
      log.error('chat_failed', { channel: message?.channel, error });
      // The apology is the answer: a redelivery must not bring a second one.
      const apology = [sorry()];
      return (await finish(claim, log, message, apology, keeping)) ? apology : [];
    }
  }

  /**
   * The turn's save was fenced (its claim or its chat lock another instance's): its claim, if still this holder's (the chat
   * lock alone lost), is given back and its renewal stopped, so a redelivery is answered where the conversation now is.
   * The chat lock alone lost (the claim still this holder's, or no claim: a web message without its id): another instance
   * is answering another message of the same chat, and no one this one. Nothing was saved or sent: DeliveryInProgressError,
   * so the platform delivers it again (webhook 503, polling keeps it) and the web page is told to send it again (was: [],
   * the Telegram/Zalo webhook answered 200 and the message was never answered). The claim lost: nothing answered here.
   */
  async function lostAt(claim: DeliveryClaim | undefined, log: Logger, message: IncomingMessage | undefined, keeping?: AnswerKeeping, claimChecked = false): Promise<Reply[]> {
    const lockOnly = !claimChecked && (claim === undefined || (await claim.held().catch(() => false)));
    await claim?.release().catch((error: unknown) => log.warn('delivery_release_failed', { channel: message?.channel, error }));
    if (!lockOnly) return claimLost(log, message, 'save', keeping);
    log.warn('chat_lock_lost_at_save', { channel: message?.channel });
    throw new DeliveryInProgressError();
  }

  /** The delivery's claim went to another instance (fencing): said in the log (no text), nothing answered here. */
  function claimLost(log: Logger, message: IncomingMessage | undefined, at: 'save' | 'finish', keeping?: AnswerKeeping): Reply[] {
    log.warn('delivery_claim_lost', { channel: message?.channel, at });
    keeping?.lost?.();
    return [];
  }

  /**
   * Marks the delivery answered; the answer to keep (rendered by the channel) goes into the outbox by the same write.
   * If that fails (the database went away just now) the delivery is held as answered in memory and its finish written
   * with the store's next claim (storeDeliveryClaims); a redelivery reaching another instance before that, past the
   * claim's lease, may be answered again: said in the log. False when the claim was taken over meanwhile (fencing): the
   * answer is not sent here.
   */
  async function finish(claim: DeliveryClaim | undefined, log: Logger, message: IncomingMessage | undefined, replies: Reply[], keeping?: AnswerKeeping): Promise<boolean> {
    if (!claim) return true;
    const channel = message?.channel;
    const rendered = keeping?.render(replies);
    // Kept with the user it answers, so their erasure takes it wherever it waits (a group too).
    const answer = rendered && message ? { ...rendered, ownerKey: privateKey(message) } : rendered;
    try {
      const kept = await claim.finish(answer);
      if (kept !== undefined) keeping?.kept(kept);
    } catch (error) {
      // Taken over while this instance worked: its holder answers, not this one (no second reply).
      if (error instanceof DeliveryClaimLostError) {
        claimLost(log, message, 'finish', keeping);
        return false;
      }
      log.warn('delivery_finish_failed', { channel, error });
    }
    return true;
  }

  return {
    handle,
    inlineAnswers: (query, limit = 10) => {
      try {
        const text = cleanInput(query).slice(0, INPUT_DEFAULTS.maxMessageChars);
        if (!hasReadableContent(text)) return [];
        return inlineCards(search.search(text, { limit: Math.min(Math.max(1, limit), 50) }));
      } catch (error) {
        logger.error('inline_failed', { error });
        return [];
      }
    },
    commands: COMMANDS,
    stop: async () => {
      // The write-back of finishes the store did not take stops with the process (its timer no longer runs).
      deliveries.close?.();
      // Drafts held in memory while Redis was away go back to it first (they would go with the process).
      await drafts.flush?.();
      // Drafts that outlive the process (Redis) have nothing to mark.
      const held = drafts.held?.() ?? [];
      let marked = 0;
      for (const { key, draft } of held) {
        const step = parseDraft(draft)?.step;
        if (step === undefined) continue;
        try {
          await store.markCheck(key, -step);
          marked += 1;
        } catch (error) {
          logger.warn('check_not_marked', { error });
          return;
        }
      }
      if (marked > 0) logger.info('checks_interrupted_by_stop', { checks: marked });
    },
  };
}

/**
 * Whether the standard in force on `day` (in `province` when told) is another than on `from`: a check run past midnight into a new
 * standard, or an amount's class asked for a later day ("… ngay 31/12/2026 la ho gi" asked in December 2026 is the same one).
 */
function anotherStandardOn(rules: RuleSet, from: string, day: string, province?: string): boolean {
  const idOn = (date: string) => {
    const found = lookupStandard(rules, date, province);
    return found.ok ? found.value.standard.id : undefined;
  };
  return idOn(from) !== idOn(day);
}

/** The group of young children (TOPICS.groupsWithoutRule.young_children): the supports it names, the words that name it. */
const YOUNG_GROUP = TOPICS.groupsWithoutRule.young_children!;
/** The tuition card and the preschool lunch a preschool child named after it adds (preschoolAfterFee). */
const TUITION = 'tuition_exemption';
const LUNCH = 'preschool_lunch';
/** A text without its asides in brackets ("… Điều 7 (trừ trẻ …)"): a line added to a card kept short. */
const bare = (text: string) => text.replace(/ \([^()]*\)/gu, '');
const YOUNG_CHILD_NAMED = TOPICS.reference.young_children!.subject;

/**
 * "con tui 3 tuoi thi sao" right after the card of a support the young-children group names (the BHYT card): that card for the
 * group; undefined after any other card or when no child under 6 is named. Read as typed too ("con tui": writtenForm makes it
 * "con tôi", notFoundReply reads it the same way).
 */
function youngChildAfter(message: ReadMessage, last: Topic | undefined): Topic | undefined {
  if (last?.kind !== 'support' || !YOUNG_GROUP.youngerThan?.supports.includes(last.supportId)) return undefined;
  const typed = fold(message.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  if (!saysAny(message.words, YOUNG_CHILD_NAMED) && !saysAny(typed, YOUNG_CHILD_NAMED)) return undefined;
  return { kind: 'support', supportId: last.supportId, ...(last.classification ? { classification: last.classification } : {}), group: 'young_children' };
}
