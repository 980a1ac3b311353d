/**
 * The household check as an interview: a fixed list of steps (area, members, income, then the
 * indicators in the order of the rules data, grouped by service). The state is plain data
 * (session.ts), so it can be saved, resumed after a restart and stepped back through.
 */
import type { Button, Reply } from './types.ts';
import { button } from './actions.ts';
import type { Answer, Interview } from './session.ts';
import { checkHousehold, SIZE_DEPENDENT, formatDate, formatMoney, indicatorsFor, monthOrYearQuestion, MONTHS_PER_YEAR, parseMoney, POVERTY_CADRE, readCropsAnswer, yearOfCrops, type HouseholdProfileInput, type IndicatorDef, type IndicatorId, type RuleSet } from '../rules/index.ts';
import { areaNeedless, incomeFact, toldIncome, type KnownFigures } from './settled.ts';
import { askedTime, childrenSetApart, decidedForSize, dependantsByClause, readAreaWords, readMembersAdded, readDaysAnswer, readEachOrTogether, readMemberCount, readMonthOrYear, understandHousehold, type DayPay, type HouseholdKnown, type ReadingContext, type Understanding } from '../rules/understand.ts';
import { READER_DEFAULTS } from '../rules/defaults.ts';
import { asksBack, compactKey, readGuess, readLeadingYesNo, readMessage, readYesNo } from './input.ts';
import { bold, bullets, plain, reply } from './replies.ts';
import { lowerFirst } from '../corpus/vietnamese.ts';
import { saysAny, TOPICS } from '../text/lexicon/index.ts';
import { HARVEST_MONEY_QUESTION } from '../text/lexicon/money.ts';
import { AREA_MEANING_ASKS, DEPRIVATION_WORDS, ONLY_SOME_WORDS, UNSURE_PHRASES, WORKING_AGE_ONLY } from '../text/lexicon/household.ts';

/** `needless`: the area cannot change the class for the figures answered so far (settled.ts), so it is not asked. */
type Step = { kind: 'area'; needless: (interview: Interview) => boolean } | { kind: 'members' } | { kind: 'income' } | { kind: 'indicator'; indicator: IndicatorDef };

/** The household reader's bound (READER_DEFAULTS.maxMembers), for typed answers and /kiemtra alike. */
export const MAX_MEMBERS = READER_DEFAULTS.maxMembers;

/**
 * The steps on `date`: the indicators of the standard in force then (rules data). An indicator whose
 * threshold is not yet known is not asked: no answer could decide it (the result says what it depends on).
 */
export function interviewSteps(rules: RuleSet, date: string): Step[] {
  const indicators = indicatorsFor(rules, date).filter((indicator) => indicator.thresholdKnown);
  const needless = (interview: Interview) => areaSkipped(interview, rules, date);
  return [{ kind: 'area', needless }, { kind: 'members' }, { kind: 'income' }, ...indicators.map((indicator) => ({ kind: 'indicator' as const, indicator }))];
}

/** The members, income and indicator answers of an interview, once members and income are known (settled.ts). */
function knownFigures(interview: Interview, date: string): Omit<KnownFigures, 'area'> | undefined {
  const { members, income, answers } = interview;
  if (members === undefined || income === undefined) return undefined;
  const said = (answer: Answer) => Object.keys(answers).filter((id) => answers[id] === answer);
  return { date, members, income, deprivations: said('yes'), notDeprived: said('no') };
}

/** Whether the area question is skipped on `date`: not answered, and the figures answered so far make it change nothing. */
function areaSkipped(interview: Interview, rules: RuleSet, date: string): boolean {
  return interview.area === undefined && areaNeedless(rules, knownFigures(interview, date), (profile) => checkHousehold(rules, profile));
}

/**
 * The area was skipped (it changed nothing) but an answer changed since makes it matter (a corrected income): the interview
 * goes back to the area question, then on from there. Undefined when nothing is to ask.
 */
export function areaNowNeeded(interview: Interview, rules: RuleSet, date: string): Interview | undefined {
  const steps = interviewSteps(rules, date);
  const at = steps.findIndex((step) => step.kind === 'area');
  if (interview.area !== undefined || interview.awaitingConsent || interview.position <= at || areaSkipped(interview, rules, date)) return undefined;
  return { ...interview, position: at };
}

/**
 * Said with a result whose area was never asked (it changed nothing for the figures answered): which area's standard its
 * figures are those of. Undefined when the area was told.
 */
export function areaNotAskedNote(interview: Interview, rules: RuleSet): string | undefined {
  if (interview.area !== undefined) return undefined;
  const shown = rules.areas[0]!;
  // Round 44 resid49: was "Bạn chưa nói hộ ở nông thôn hay thành thị: với thu nhập này, ở khu vực nào kết quả cũng như nhau, …",
  // 165 characters of a Hà Nội household's 1.519-character result.
  return `Ở nông thôn hay thành thị kết quả cũng vậy nên mình không hỏi; số liệu theo ${shown.name.toLowerCase()}.`;
}

/**
 * "nhà tui có 2 ông bà già trên 70" once the household's size is known: a group of its members, not a new size (the
 * group's count, when it differs from the size known); undefined for a count that is the household's. At an indicator
 * question (`atIndicator`), people told with a lack or what they have ("tui voi 2 dua nho chua co bhyt") or named rather than
 * counted ("2 dua nho thi co, tui voi ba xa thi hong") are those the answer is about, whoever they are (N38-01); a count of
 * people told alone ("ko dung, 5 nguoi chu") still corrects the size.
 */
function someMembers(interview: Interview, understanding: Understanding, atIndicator = false): number | undefined {
  const { understood, notDeprived } = understanding;
  const { members } = understood;
  const tellsIndicators = understood.deprivations.length + understood.unsure.length + notDeprived.length > 0;
  // "2 dua nho thi co, tui voi ba xa thi hong" at the dependants question: the people named are some of the household, never its
  // size; only a count of people ("ko dung, 5 nguoi chu") corrects the size there.
  const named = understanding.membersGrouped || (atIndicator && (tellsIndicators || !understanding.membersCounted));
  return named && interview.members !== undefined && members !== null && members !== interview.members ? members : undefined;
}

/**
 * What a sentence told about the household, written into the interview (later answers replace it); `part`: it spoke of some
 * members only (someMembers).
 */
function applyUnderstanding(interview: Interview, understanding: Understanding, rules: RuleSet, date: string, part = false): Interview {
  const { understood, notDeprived } = understanding;
  const next: Interview = { ...interview, answers: { ...interview.answers } };
  // Some members told about: the size stays, and what their count would decide (dependants) is left to its question.
  const decided = part ? {} : understanding.decided;
  if (understood.area) next.area = understood.area;
  if (understood.members !== null && understood.members <= MAX_MEMBERS && !part) next.members = understood.members;
  const income = toldIncome(understood);
  if (income) next.income = income;
  // "mỗi vụ 3 tấn lúa, chồng làm hồ 5 triệu/tháng": the harvest not counted waits for its sale (harvestSaleAdded).
  if (income && understanding.harvestUncounted) next.harvestUncounted = understanding.harvestUncounted;
  else if (income) delete next.harvestUncounted;
  // "làm hồ 300k 1 ngày": the day's pay waits for the days worked (asked by the income question); an income told replaces it.
  // "năm nay … 8 triệu": the figure waits for its period ("1 thang", "ca nam"), the same way.
  if (next.income !== undefined) {
    delete next.perDay;
    delete next.periodAsked;
    delete next.askedFor;
    delete next.cropAsked;
    delete next.harvestAsked;
  } else if (understanding.perDay) next.perDay = dayPay(understanding.perDay);
  else if (understanding.periodAsked) next.periodAsked = { amount: understanding.periodAsked.value, perPerson: understanding.periodAsked.perPerson };
  else if (understanding.cropAsked) next.cropAsked = { amount: understanding.cropAsked.value, perPerson: understanding.cropAsked.perPerson, name: understanding.cropAsked.name };
  // "1 năm làm được tám chục triệu" asked back: the figure answered ("80 triệu") is the year's (readingOf).
  if (next.income === undefined && understanding.askedFor) next.askedFor = understanding.askedFor;
  if (next.income === undefined && understanding.harvestAsked) next.harvestAsked = true;
  if (understanding.deprivationsCounted !== undefined) next.deprivationsCounted = understanding.deprivationsCounted;
  for (const indicator of indicatorsFor(rules, date)) {
    if (understood.deprivations.includes(indicator.id)) next.answers[indicator.id] = 'yes';
    // "nhà vách ván" may or may not be the deprivation: asked, not answered "không rõ" for the household.
    else if (understood.unsure.includes(indicator.id) && !understanding.maybe?.includes(indicator.id)) next.answers[indicator.id] = 'unsure';
    else if (notDeprived.includes(indicator.id)) next.answers[indicator.id] = 'no';
    // "tui 60 tuổi, ở một mình": the ages told decide dependants as the rules would (shown for review like the rest).
    else if (decided[indicator.id] !== undefined) next.answers[indicator.id] = decided[indicator.id] ? 'yes' : 'no';
  }
  return next;
}

/** A day's pay as the interview keeps it (with the group whose pay it may be, asked first). */
const dayPay = ({ value, perPerson, earners }: DayPay): NonNullable<Interview['perDay']> => ({ amount: value, perPerson, ...(earners ? { earners } : {}) });

/** A new interview for `date` (its questions and result stay on that day), with what a household sentence already stated ("nhà tôi 4 người thu nhập 5 triệu…") filled in. */
export function prefilledInterview(understanding: Understanding | undefined, rules: RuleSet, date: string): Interview {
  const interview: Interview = { awaitingConsent: true, position: 0, answers: {}, date };
  return understanding ? applyUnderstanding(interview, understanding, rules, date) : interview;
}

/** The income per person, computed: what the verdict turns on, so the user sees it before any indicator question. */
function incomeLine(interview: Interview): string | undefined {
  return interview.income && incomeFact(interview.income, interview.members);
}

/**
 * "What I understood", shown once before the first indicator question: area, members, the income per
 * person computed, and what the user already said about the indicators. One tap (a button) or one typed
 * line ("5 người", "thành thị", "thu nhập 6 triệu") corrects it.
 */
export function reviewReply(interview: Interview, rules: RuleSet, date: string): Reply {
  // No area told (it changed nothing): each area can be set; told: the other one.
  const settable = interview.area === undefined ? rules.areas : rules.areas.filter((candidate) => candidate.id !== interview.area);
  return reply(
    [
      bold('Mình hiểu về hộ của bạn như sau:\n'),
      plain(
        `${bullets(understoodFacts(interview, rules, date))}\nNếu có chỗ chưa đúng, bạn gõ lại một dòng, ví dụ: "5 người", "thành thị", "thu nhập 6 triệu", "mỗi người 1,2 triệu".`,
      ),
    ],
    [
      [
        ...settable.map((area) => button(interview.area === undefined ? area.name : `Đổi sang ${area.name}`, { kind: 'check', step: 'setArea', area: area.id })),
        button('Sửa số người', { kind: 'check', step: 'edit', field: 'members' }),
        button('Sửa thu nhập', { kind: 'check', step: 'edit', field: 'income' }),
      ],
    ],
  );
}

/** Said of the area when the check skips it (it changes nothing for the figures answered): no fact the person told. */
export const AREA_SKIPPED = 'Khu vực: không cần hỏi';

/** What the interview knows so far, in words: area, members, income (per person computed), indicator answers. */
export function understoodFacts(interview: Interview, rules: RuleSet, date: string): string[] {
  const area = rules.areas.find((candidate) => candidate.id === interview.area);
  const skipped = !area && areaSkipped(interview, rules, date) ? `${AREA_SKIPPED} (với thu nhập này, ở nông thôn hay thành thị kết quả như nhau)` : undefined;
  const known = indicatorsFor(rules, date).flatMap((indicator) => {
    const answer = interview.answers[indicator.id];
    if (!answer) return [];
    const state = answer === 'unsure' ? 'chưa rõ' : answer === 'yes' ? 'thiếu hụt' : 'không thiếu hụt';
    return [`${indicator.name}: ${state}`];
  });
  const facts = [
    area ? `Khu vực: ${area.name}` : skipped,
    interview.members !== undefined ? `Số người: ${interview.members}` : undefined,
    incomeLine(interview),
    ...known,
    interview.deprivationsCounted !== undefined ? `Số chỉ số thiếu hụt bạn kể: ${interview.deprivationsCounted} (chưa rõ là chỉ số nào, mình sẽ hỏi từng chỉ số)` : undefined,
  ].filter((fact): fact is string => Boolean(fact));
  return facts;
}

/**
 * The facts understood with the ages a household sentence told of its people, after its area and size: "Mình hiểu: Khu vực:
 * Nông thôn; Số người: 2; Tuổi người trong hộ bạn kể: 82, 60; …" (round 22: the ages were read but never said back).
 */
export function withAgesTold(facts: readonly string[], told: Understanding | undefined): string[] {
  const ages = (told?.understood.memberDetails ?? []).flatMap((member) => (member.age !== undefined ? [member.age] : []));
  // Some told only as "trên 70" (round 41 resid41: "2 nguoi gia tren 70, 1 dua nho 5 tuoi" said "Tuổi …: 5" alone): the exact
  // ages are a part, not said; the old ones' supports say "Người trên 70 tuổi".
  if (ages.length === 0 || (told?.agesAbove?.length ?? 0) > 0) return [...facts];
  const at = facts.findIndex((fact) => !fact.startsWith('Khu vực') && !fact.startsWith('Số người'));
  const line = `Tuổi người trong hộ bạn kể: ${ages.join(', ')}`;
  return at < 0 ? [...facts, line] : [...facts.slice(0, at), line, ...facts.slice(at)];
}

/** True when a sentence tells something of the household: area, members, income or an indicator ("ko co bhyt"). */
const tellsAnything = (understanding: Understanding) =>
  understanding.missing.length < 3 || understanding.understood.deprivations.length + understanding.understood.unsure.length + understanding.notDeprived.length > 0;

/**
 * What a typed line told: the interview with it, `remark` when it spoke of some members only (the size kept, said so), `moved` to
 * a later day, `note` how a figure answering one asked back was read ("80.000.000 đồng một năm ÷ 12 = …").
 */
export interface Told {
  interview: Interview;
  remark?: string;
  moved?: true;
  note?: string;
}

/**
 * A typed line that corrects area, members or income ("5 người", "thành thị", "thu nhập 6 triệu") or tells an indicator
 * ("ko co bhyt"), or undefined. A later year said ("qua năm 2027 thu nhập 8 triệu thì sao", "năm sau thì sao") moves the
 * check to the day that standard starts: its questions and its result (`today` reads "năm sau"; the interview's day may
 * already be a later one).
 */
export function correction(interview: Interview, text: string, rules: RuleSet, date: string, today = date, indicatorAsked?: IndicatorId): Told | undefined {
  // `indicatorAsked`: after a result, the indicator a lack with its thing unsaid is of ("2 dua nho thi chua" after the BHYT card).
  const context = { ...readingOf(interview), ...(indicatorAsked ? { indicatorAsked } : {}) };
  const understanding = understandHousehold(text, rules, today, context);
  const kept = told(interview, understanding, rules, date, indicatorAsked !== undefined);
  const sale = kept && harvestSaleAdded(interview, understanding, kept);
  if (sale) return sale;
  return kept && readingNoted(understanding, kept.interview) ? { ...kept, note: understanding.notes.join('; ') } : kept;
}

/**
 * "bán dc 20 triệu" after "mỗi vụ 3 tấn lúa, chồng làm hồ 5 triệu/tháng" (round 33 mend33b; was the income replaced by 20.000.000
 * đồng a month): the harvest's sale is added to the income told before, the year's ÷ 12; each crop's ("mỗi vụ") waits for the
 * crops a year, asked (cropAsked with `plus`). Undefined when no harvest waits or the line is no such sale.
 */
function harvestSaleAdded(interview: Interview, understanding: Understanding, kept: Told): Told | undefined {
  const before = interview.income;
  const sold = toldIncome(understanding.understood);
  if (!interview.harvestUncounted || !understanding.harvestSale || !before || before.perPerson || !sold || sold.perPerson) return undefined;
  const { income: _replaced, harvestUncounted: _waiting, ...rest } = kept.interview;
  const { each } = interview.harvestUncounted;
  if (each) {
    const asked = `cộng thêm tiền bán mỗi ${each} ${formatMoney(sold.amount)} vào ${formatMoney(before.amount)} một tháng bạn kể trước; một năm hộ làm mấy ${each}? Bạn gõ số ${each}, ví dụ: 2 ${each}`;
    return { ...kept, interview: { ...rest, cropAsked: { amount: sold.amount, perPerson: false, name: each, plus: before.amount }, reviewed: false }, note: asked };
  }
  const month = Math.round(sold.amount / MONTHS_PER_YEAR);
  const note =
    `tiền bán ${formatMoney(sold.amount)} một năm ÷ ${MONTHS_PER_YEAR} = ${formatMoney(month)} một tháng; cộng ${formatMoney(before.amount)} một tháng ` +
    `bạn kể trước = ${formatMoney(before.amount + month)} một tháng`;
  return { ...kept, interview: withIncome(rest, { amount: before.amount + month, perPerson: false }), note };
}

/**
 * The line gave the income with a step the resident should see to correct it ("nam roi ban lua dc 60 trieu": "60.000.000 đồng
 * một năm ÷ 12 = 5.000.000 đồng một tháng"; "80 triệu" for the "1 năm" asked back; parts added): how, said with it.
 */
const readingNoted = (understanding: Understanding, interview: Interview) =>
  interview.income !== undefined && toldIncome(understanding.understood) !== undefined && understanding.notes.length > 0;

/** How a typed line is read in the interview: a figure with no period answers the one asked back for its period (Interview.askedFor). */
const readingOf = (interview: Interview): ReadingContext => ({
  ...(interview.askedFor && interview.income === undefined ? { bareAmountFor: interview.askedFor } : {}),
  // "chua toi 2 trieu": a bound is kept only where every figure in it gives this household the same class.
  ...(interview.members !== undefined ? { household: householdKnown(interview) } : {}),
});

/** The interview's household as a range said for its income is checked against (ReadingContext.household). */
function householdKnown(interview: Interview): HouseholdKnown {
  const said = (answer: Answer) => Object.keys(interview.answers).filter((id) => interview.answers[id] === answer) as IndicatorId[];
  return { ...(interview.area ? { area: interview.area } : {}), members: interview.members!, deprivations: said('yes'), notDeprived: said('no') };
}

function told(interview: Interview, understanding: Understanding, rules: RuleSet, date: string, atIndicator = false): Told | undefined {
  const later = understanding.asOf !== undefined && understanding.asOf !== date ? understanding.asOf : undefined;
  if (!tellsAnything(understanding) && later === undefined) return undefined;
  const part = someMembers(interview, understanding, atIndicator);
  const remark = part !== undefined ? { remark: someMembersRemark(part, interview.members!) } : {};
  const applied = sizeAnswersReopened(interview, applyUnderstanding(interview, understanding, rules, later ?? date, part !== undefined), understanding, rules, later ?? date);
  if (later === undefined) return { interview: applied, ...remark };
  return { interview: movedTo(applied, later, rules), ...remark, moved: true };
}

/**
 * "a nham nha tui 5 nguoi" during the interview (round 16): the answers the size decides (SIZE_DEPENDENT: the dependants' share,
 * the m² per person), given for the old size, are asked again, never kept for the new one, unless the same message told or
 * decided them; the interview goes back to the first of them (then on to the question it was at). After the result too (round
 * 17): its correction says they are asked again ("→ cần hỏi lại", revise.ts factsChanged) and asks them; a what-if keeps them.
 */
function sizeAnswersReopened(before: Interview, after: Interview, understanding: Understanding, rules: RuleSet, date: string): Interview {
  if (before.members === undefined || after.members === before.members) return after;
  const { understood, notDeprived, decided } = understanding;
  const toldNow = new Set<string>([...understood.deprivations, ...understood.unsure, ...notDeprived, ...Object.keys(decided)]);
  const reopened = SIZE_DEPENDENT.filter((id) => after.answers[id] !== undefined && !toldNow.has(id));
  if (reopened.length === 0) return after;
  const answers = { ...after.answers };
  for (const id of reopened) delete answers[id];
  if (after.awaitingConsent) return { ...after, answers };
  const first = interviewSteps(rules, date).findIndex((step) => step.kind === 'indicator' && reopened.includes(step.indicator.id));
  return { ...after, answers, position: first >= 0 ? Math.min(after.position, first) : after.position };
}

/** The interview checked on another day's standard: its questions are that day's, the first one not yet answered next. */
function movedTo(interview: Interview, day: string, rules: RuleSet): Interview {
  const moved: Interview = { ...interview, date: day, reviewed: false };
  return interview.awaitingConsent ? moved : { ...moved, position: nextPosition(moved, interviewSteps(rules, day), -1) };
}

/**
 * "còn bây giờ", "năm nay thì sao" while a check runs on a later year's standard ("…, 2027 thì sao"): the check goes back to
 * today's standard, and says so. Undefined when the check is already on today's, or the message asks nothing of the kind.
 */
export function backToToday(interview: Interview, asksNow: boolean, rules: RuleSet, today: string): { interview: Interview; note: string } | undefined {
  if (!asksNow || interview.date === undefined || interview.date <= today) return undefined;
  return { interview: movedTo(interview, today, rules), note: `Bạn hỏi về bây giờ, nên mình xét theo chuẩn áp dụng hôm nay (${formatDate(today)}).` };
}

const someMembersRemark = (part: number, members: number) =>
  `Mình hiểu ${part} người bạn kể là người trong hộ, nên số người của hộ vẫn là ${members}. Nếu hộ không phải ${members} người, bạn gõ số người, ví dụ: "${part} người".`;

/** Said when a check is for a later year's standard than today's ("năm sau nhà 4 người …"). */
export const askedDayNote = (day: string) => `Bạn hỏi về ${askedTime(day)}, nên mình xét theo chuẩn áp dụng ngày ${formatDate(day)}.`;

/**
 * An answer of days ("tầm 20 ngày", "20", "khoảng 3 tuần") to the days worked a month asked after a day's pay: the month's
 * income from it, and how it was computed; undefined when no day's pay waits or the text says no days.
 */
function daysAnswer(interview: Interview, text: string): { interview: Interview; note: string } | undefined {
  const { perDay } = interview;
  const read = perDay && perDay.earners === undefined && interview.income === undefined ? readDaysAnswer(text) : undefined;
  if (!perDay || !read) return undefined;
  const amount = perDay.amount * read.days;
  const note = `${formatMoney(perDay.amount)} một ngày × ${read.days} ngày = ${formatMoney(amount)} một tháng${read.note ? `; ${read.note}` : ''}`;
  return { interview: withIncome(interview, { amount, perPerson: perDay.perPerson }), note };
}

/**
 * "1 thang", "thang", "moi thang", "ca nam", "1 nam", "nam" to "8 triệu là một tháng hay cả năm?": the month's income from the
 * figure waiting for its period, and how it was read; undefined when none waits or the text is no such answer.
 */
function periodAnswer(interview: Interview, text: string): { interview: Interview; note: string } | undefined {
  const { periodAsked } = interview;
  const read = periodAsked && interview.income === undefined ? readMonthOrYear(text) : undefined;
  if (!periodAsked || !read) return undefined;
  const amount = read === 'month' ? periodAsked.amount : Math.round(periodAsked.amount / MONTHS_PER_YEAR);
  const per = periodAsked.perPerson ? ' mỗi người' : '';
  const note =
    read === 'month'
      ? `${formatMoney(amount)}${per} một tháng`
      : `${formatMoney(periodAsked.amount)}${per} một năm ÷ ${MONTHS_PER_YEAR} = ${formatMoney(amount)}${per} một tháng`;
  return { interview: withIncome(interview, { amount, perPerson: periodAsked.perPerson }), note };
}

/**
 * "2 mùa", "2 vụ", "hai mùa", "2" to "Một năm hộ làm mấy mùa?": the year's income from each crop's figure waiting for the count
 * (÷ 12 for the month), said in the resident's word; undefined when none waits or the text is no such answer.
 */
function cropsAnswer(interview: Interview, text: string): { interview: Interview; note: string } | undefined {
  const { cropAsked } = interview;
  const count = cropAsked && interview.income === undefined ? readCropsAnswer(text) : undefined;
  if (!cropAsked || count === undefined) return undefined;
  const year = yearOfCrops(cropAsked.amount, cropAsked.perPerson, { count, name: cropAsked.name });
  const per = cropAsked.perPerson ? ' mỗi người' : '';
  const plus = cropAsked.plus ?? 0;
  // "1 vụ" after a harvest's sale added to the income told before (harvestSaleAdded): that month's income + the sale's.
  const added = plus > 0 ? `; cộng ${formatMoney(plus)} một tháng bạn kể trước = ${formatMoney(plus + year.value)} một tháng` : '';
  const note =
    `${count} ${cropAsked.name} × ${formatMoney(cropAsked.amount)} = ${formatMoney(year.said)}${per} một năm ÷ ${MONTHS_PER_YEAR} = ` +
    `${formatMoney(year.value)}${per} một tháng${added}`;
  return { interview: withIncome(interview, { amount: plus + year.value, perPerson: cropAsked.perPerson }), note };
}

/**
 * What the income question asked back is answered with: the days worked after a day's pay, the period of a figure ("1 thang",
 * "ca nam"), the crops a year ("2 mùa"); undefined when the text answers none of them.
 */
export const waitingIncomeAnswer = (interview: Interview, text: string) =>
  daysAnswer(interview, text) ?? periodAnswer(interview, text) ?? cropsAnswer(interview, text);

/**
 * "mỗi người", "moi nguoi", "ca 2", "cả hai người" after "Mỗi người 200.000 đồng một ngày hay cả hai …?": the day's pay of the
 * household from it (each: × the earners), and the month too when the answer also says the days ("moi nguoi, lam 20 ngay").
 */
export function eachOrTogetherAnswer(interview: Interview, text: string): { interview: Interview; note: string } | undefined {
  const { perDay } = interview;
  const read = perDay?.earners !== undefined && interview.income === undefined ? readEachOrTogether(text) : undefined;
  if (!perDay || perDay.earners === undefined || !read) return undefined;
  const amount = read === 'each' ? perDay.amount * perDay.earners : perDay.amount;
  const note =
    read === 'each'
      ? `mỗi người ${formatMoney(perDay.amount)} × ${perDay.earners} người = ${formatMoney(amount)} một ngày`
      : `cả ${perDay.earners} người ${formatMoney(amount)} một ngày`;
  const day: Interview = { ...interview, perDay: { amount, perPerson: perDay.perPerson } };
  const month = daysAnswer(day, text);
  return month ? { interview: month.interview, note: `${note}; ${month.note}` } : { interview: day, note };
}

/**
 * "còn bà ngoại nữa", "thêm ông nội nữa" once the household's size is known (findings N03): the size with them, said back
 * ("Đã tính thêm bà ngoại: hộ 6 người"). The dependants' answer stays when the people added cannot change it (dependants added
 * to "more than half", others to "half or fewer"); else it is asked again, and said so. Undefined when no size is known
 * yet, the message adds no one, or the size would pass MAX_MEMBERS.
 */
export function membersAdded(interview: Interview, text: string, rules: RuleSet, date: string): { interview: Interview; note: string } | undefined {
  if (interview.members === undefined) return undefined;
  const added = readMembersAdded(text, rules, date);
  if (!added || interview.members + added.count > MAX_MEMBERS) return undefined;
  const members = interview.members + added.count;
  const answers = { ...interview.answers };
  const dependants = answers.dependents;
  const stays = (dependants === 'yes' && added.dependants === added.count) || (dependants === 'no' && added.notDependants === added.count);
  const reasked = dependants !== undefined && !stays;
  if (reasked) delete answers.dependents;
  // Said back with the income per person, so the review is not shown again for it.
  const next: Interview = { ...interview, members, answers };
  const steps = interviewSteps(rules, date);
  // A finished check (or one past the dependants' question) goes back to the first question left unanswered.
  const moved = next.awaitingConsent ? next : { ...next, position: Math.min(next.position, nextPosition(next, steps, -1)) };
  const who = added.dependants === added.count ? `${added.label} (người phụ thuộc)` : added.label;
  const income = incomeLine(moved);
  const note =
    `Đã tính thêm ${who}: hộ ${members} người${income ? `; ${lowerFirst(income)}` : ''}.` +
    (reasked ? ' Số người đã đổi nên mình hỏi lại câu về người phụ thuộc.' : '');
  return { interview: moved, note };
}

/** "Sửa số người" / "Sửa thu nhập": forget that answer and ask it again; the review is shown again after it. */
export function editStep(interview: Interview, field: 'members' | 'income', rules: RuleSet, date: string): Interview {
  const position = interviewSteps(rules, date).findIndex((step) => step.kind === field);
  const { [field]: _dropped, perDay: _day, ...rest } = interview;
  return { ...rest, position, reviewed: false };
}

/** The household facts a message can tell, besides the indicator answers (`answers.<id>`). */
const TOLD_FIELDS = ['area', 'province', 'members', 'income', 'perDay', 'periodAsked', 'cropAsked', 'deprivationsCounted', 'supposedAway'] as const;

/** The household facts an interview holds, by name ('members', 'answers.water_source'), each as JSON to compare. */
function toldFacts(interview: Interview | undefined): Map<string, string> {
  const facts = new Map<string, string>();
  if (!interview) return facts;
  for (const field of TOLD_FIELDS) if (interview[field] !== undefined) facts.set(field, JSON.stringify(interview[field]));
  for (const [id, answer] of Object.entries(interview.answers)) facts.set(`answers.${id}`, answer);
  return facts;
}

/**
 * `after` (the interview once a typed message was read) with the facts that message set, new or changed since `before`,
 * marked as its own (`from`, under its ref); a fact set again belongs to the later message only, a fact gone to none.
 * Facts the turn itself gave to another message stay its own: "kiem tra day du" starts a check from a household told in an
 * earlier message (core.ts startCheck), whose facts deleting that earlier message takes (/xoatin), not the request.
 */
export function markTold(before: Interview | undefined, after: Interview, ref: string, at: string): Interview {
  const earlier = toldFacts(before);
  const present = toldFacts(after);
  const claimedBefore = new Set((before?.from ?? []).flatMap((entry) => entry.f.map((name) => `${entry.m} ${name}`)));
  const claimedNow = new Set(
    (after.from ?? []).filter((entry) => entry.m !== ref).flatMap((entry) => entry.f.filter((name) => !claimedBefore.has(`${entry.m} ${name}`))),
  );
  const set = [...present].filter(([name, value]) => earlier.get(name) !== value && !claimedNow.has(name)).map(([name]) => name);
  const own = after.from?.find((entry) => entry.m === ref);
  const others = (after.from ?? [])
    .filter((entry) => entry.m !== ref)
    .map((entry) => ({ ...entry, f: entry.f.filter((name) => present.has(name) && !set.includes(name)) }))
    .filter((entry) => entry.f.length > 0);
  const mine = [...new Set([...(own?.f ?? []).filter((name) => present.has(name)), ...set])];
  const from = mine.length > 0 ? [...others, { m: ref, at: own?.at ?? at, f: mine }] : others;
  const { from: _old, ...rest } = after;
  return from.length > 0 ? { ...rest, from } : rest;
}

/**
 * The interview without what the message `ref` told: those facts cleared and the check back at the first question left
 * unanswered (the review shown again); undefined when that message told none. `facts` names what went.
 */
export function withoutMessage(interview: Interview, ref: string, rules: RuleSet, date: string): { interview: Interview; facts: string[] } | undefined {
  const entry = interview.from?.find((candidate) => candidate.m === ref);
  if (!entry) return undefined;
  const answers = { ...interview.answers };
  const left: Interview = { ...interview, answers };
  for (const name of entry.f) {
    if (name.startsWith('answers.')) delete answers[name.slice('answers.'.length)];
    else delete left[name as (typeof TOLD_FIELDS)[number]];
  }
  const from = (interview.from ?? []).filter((candidate) => candidate !== entry);
  if (from.length > 0) left.from = from;
  else delete left.from;
  const position = left.awaitingConsent ? left.position : Math.min(left.position, nextPosition(left, interviewSteps(rules, date), -1));
  return { interview: { ...left, position, reviewed: false }, facts: entry.f };
}

/** What a resident calls the facts `facts` (toldFacts' names), once each, in the interview's order. */
export function toldFactLabels(facts: string[], rules: RuleSet, date: string): string[] {
  const labels = facts.map((name) => {
    if (name.startsWith('answers.')) {
      const id = name.slice('answers.'.length);
      const indicator = indicatorsFor(rules, date).find((candidate) => candidate.id === id);
      return indicator ? indicator.name.toLocaleLowerCase('vi') : 'một câu hỏi về thiếu hụt';
    }
    return FACT_LABELS[name as (typeof TOLD_FIELDS)[number]];
  });
  return [...new Set(labels)];
}

const FACT_LABELS: Record<(typeof TOLD_FIELDS)[number], string> = {
  area: 'nơi ở (nông thôn hay thành thị)',
  province: 'tỉnh',
  members: 'số người trong hộ',
  income: 'thu nhập',
  perDay: 'thu nhập',
  periodAsked: 'thu nhập',
  cropAsked: 'thu nhập',
  deprivationsCounted: 'số chỉ số thiếu hụt',
  supposedAway: 'số người đi làm xa (giả định)',
};

function isAnswered(interview: Interview, step: Step): boolean {
  switch (step.kind) {
    case 'area':
      return interview.area !== undefined || step.needless(interview);
    case 'members':
      return interview.members !== undefined;
    case 'income':
      return interview.income !== undefined;
    case 'indicator':
      return interview.answers[step.indicator.id] !== undefined;
  }
}

/** The first unanswered step after `after` (so pre-filled and already-answered steps are skipped); the end when none. */
export function nextPosition(interview: Interview, steps: Step[], after: number): number {
  for (let position = after + 1; position < steps.length; position += 1) {
    if (!isAnswered(interview, steps[position]!)) return position;
  }
  return steps.length;
}

export function isFinished(interview: Interview, rules: RuleSet, date: string): boolean {
  return interview.position >= interviewSteps(rules, date).length;
}

const NAV_ROW: Button[] = [
  button('Quay lại', { kind: 'check', step: 'back' }),
  button('Hủy', { kind: 'check', step: 'cancel' }),
];

function currentValue(interview: Interview, step: Step, rules: RuleSet): string | undefined {
  switch (step.kind) {
    case 'area':
      return rules.areas.find((area) => area.id === interview.area)?.name;
    case 'members':
      return interview.members === undefined ? undefined : `${interview.members} người`;
    case 'income':
      return interview.income && `${formatMoney(interview.income.amount)}${interview.income.perPerson ? ' mỗi người' : ' cả hộ'}/tháng`;
    case 'indicator': {
      const answer = interview.answers[step.indicator.id];
      return answer && answerLabel(step.indicator, answer);
    }
  }
}

/** Every indicator question is asked so that "Có" means the household is deprived; its buttons say so in words. */
const UNSURE_LABEL = 'Không rõ';
const answerLabel = (indicator: IndicatorDef, answer: Answer) => (answer === 'unsure' ? UNSURE_LABEL : indicator.answers[answer]);
/** Said once above the first indicator question, so no one reads a "Có" the wrong way round. */
export const POLARITY_NOTE = 'Ở các câu sau, trả lời “Có” nghĩa là hộ đang thiếu hoặc gặp khó khăn ở điều được hỏi.';

/** The question for the current step, with its buttons. */
/** The question waiting in `interview` as a short id (position and step): what a typed answer says it answers (Reply.asks). */
export function questionAsked(interview: Interview, rules: RuleSet, date: string): string {
  const step = interviewSteps(rules, date)[interview.position];
  return `${interview.position}:${step?.kind === 'indicator' ? step.indicator.id : (step?.kind ?? 'done')}`;
}

/** How a resident tells the area: the question's hint and the answer to "thanh thi la gi". */
const AREA_HINT = 'Thường thì xã là nông thôn, phường là thành thị.';

/**
 * "thanh thi la gi", "nong thon la sao" at the area question: what the two areas are, then the question again (its caller asks
 * it); undefined at any other step or for an answer ("thanh thi", "o que").
 */
export function areaMeaning(interview: Interview, message: { words: readonly string[] }, rules: RuleSet, date: string): string | undefined {
  if (interviewSteps(rules, date)[interview.position]?.kind !== 'area' || !saysAny(message.words, AREA_MEANING_ASKS)) return undefined;
  return (
    `Nông thôn hay thành thị là khu vực nơi hộ cư trú; mỗi khu vực có chuẩn nghèo (mức thu nhập) riêng. ${AREA_HINT} ` +
    `Nếu chưa chắc nơi mình ở thuộc khu vực nào, bạn hỏi ${POVERTY_CADRE}.`
  );
}

/**
 * "con thieu j" at a question (round 36 tryout24; was "Mình chưa hiểu"): how many questions are left and what they are about,
 * said before the question waiting.
 */
export function stepsLeftNote(interview: Interview, rules: RuleSet, date: string): string {
  const steps = interviewSteps(rules, date);
  const left = steps.slice(interview.position);
  const named = left.flatMap((step) => (step.kind === 'area' ? ['khu vực (nông thôn hay thành thị)'] : step.kind === 'members' ? ['số người'] : step.kind === 'income' ? ['thu nhập'] : []));
  const services = [...new Set(left.flatMap((step) => (step.kind === 'indicator' ? [step.indicator.service.toLocaleLowerCase('vi')] : [])))];
  const living = left.length - named.length;
  const about = [...named, ...(living > 0 ? [`${living} câu về điều kiện sống (${services.join(', ')})`] : [])];
  return `Còn ${left.length} câu nữa (từ câu ${interview.position + 1}/${steps.length}): ${about.join(', ')}. Trả lời xong là có kết quả để tham khảo.`;
}

export function askCurrent(interview: Interview, rules: RuleSet, date: string): Reply {
  return { ...askStep(interview, rules, date), asks: questionAsked(interview, rules, date) };
}

function askStep(interview: Interview, rules: RuleSet, date: string): Reply {
  const steps = interviewSteps(rules, date);
  const step = steps[interview.position];
  if (!step) throw new Error('askCurrent called on a finished interview');
  const heading = `Câu ${interview.position + 1}/${steps.length}`;
  const previous = currentValue(interview, step, rules);
  const previousNote = previous ? `\n(Trả lời trước đó: ${previous}. Bạn có thể trả lời lại.)` : '';
  switch (step.kind) {
    case 'area':
      return reply(
        [bold(`${heading}. `), plain(`Hộ gia đình bạn sống ở nông thôn hay thành thị?\n(${AREA_HINT})${previousNote}`)],
        [rules.areas.map((area) => button(area.name, { kind: 'check', step: 'area', area: area.id })), NAV_ROW],
      );
    case 'members':
      return {
        ...reply(
          [
            bold(`${heading}. `),
            plain(`Hộ gia đình bạn có bao nhiêu người cùng ăn ở chung? Bạn gõ một con số, ví dụ: 4${previousNote}`),
          ],
          [NAV_ROW],
        ),
        numberedChoices: false,
      };
    case 'income':
      if (interview.perDay?.earners !== undefined) {
        const { amount, earners } = interview.perDay;
        const all = earners === 2 ? 'cả hai' : `cả ${earners} người`;
        return {
          ...reply(
            [
              bold(`${heading}. `),
              plain(
                `Bạn nói tiền công ${formatMoney(amount)} một ngày. Mỗi người ${formatMoney(amount)} một ngày hay ${all} ${formatMoney(amount)} một ngày? ` +
                  `Bạn gõ “mỗi người” hoặc “${all}”, hoặc gõ luôn thu nhập cả hộ mỗi tháng, ví dụ: 5 triệu.`,
              ),
            ],
            [NAV_ROW],
          ),
          numberedChoices: false,
        };
      }
      if (interview.periodAsked) {
        return {
          ...reply(
            [bold(`${heading}. `), plain(`Thu nhập bạn kể: ${monthOrYearQuestion(interview.periodAsked.amount)}${previousNote}`)],
            [NAV_ROW],
          ),
          numberedChoices: false,
        };
      }
      if (interview.cropAsked) {
        const { amount, name } = interview.cropAsked;
        return {
          ...reply(
            [
              bold(`${heading}. `),
              plain(
                `Bạn nói mỗi ${name} được ${formatMoney(amount)}. Một năm hộ làm mấy ${name}? Bạn gõ số ${name}, ví dụ: 2 ${name} (mình tính cả năm rồi chia 12 tháng), ` +
                  `hoặc gõ luôn thu nhập cả hộ mỗi tháng, ví dụ: 5 triệu.${previousNote}`,
              ),
            ],
            [NAV_ROW],
          ),
          numberedChoices: false,
        };
      }
      if (interview.harvestAsked) {
        return { ...reply([bold(`${heading}. `), plain(`${HARVEST_MONEY_QUESTION}${previousNote}`)], [NAV_ROW]), numberedChoices: false };
      }
      if (interview.perDay) {
        return {
          ...reply(
            [
              bold(`${heading}. `),
              plain(
                `Bạn nói tiền công ${formatMoney(interview.perDay.amount)} một ngày. Một tháng làm khoảng mấy ngày? ` +
                  'Bạn gõ số ngày, ví dụ: 20 ngày (mình nhân ra thu nhập cả tháng), hoặc gõ luôn thu nhập cả hộ mỗi tháng, ví dụ: 5 triệu.',
              ),
            ],
            [NAV_ROW],
          ),
          numberedChoices: false,
        };
      }
      return {
        ...reply(
          [
            bold(`${heading}. `),
            plain(
              'Thu nhập của cả hộ trung bình mỗi tháng khoảng bao nhiêu?\n' +
                'Cách tính: cộng mọi khoản tiền công, tiền lương, bán nông sản, chăn nuôi, buôn bán… trong 12 tháng qua rồi chia 12; ' +
                'không tính tiền trợ cấp xã hội của Nhà nước.\n' +
                'Bạn gõ tự nhiên, ví dụ: 5 triệu, 4tr5, 800k. Nếu bạn tính sẵn cho mỗi người, gõ thêm "mỗi người", ví dụ: 1,2 triệu mỗi người.' +
                previousNote,
            ),
          ],
          [NAV_ROW],
        ),
        numberedChoices: false,
      };
    case 'indicator': {
      const first = steps.findIndex((candidate) => candidate.kind === 'indicator') === interview.position;
      // One button a row: the labels are short sentences ("Có, thiếu nước sạch"). The action names the indicator,
      // so a button of a question worded otherwise (an older message) is refused, never read the other way round.
      return reply(
        [bold(`${heading} · ${step.indicator.service}\n`), plain(`${first ? `${POLARITY_NOTE}\n` : ''}${step.indicator.question}${previousNote}`)],
        [
          ...(['yes', 'no', 'unsure'] as const).map((answer) => [
            button(answerLabel(step.indicator, answer), { kind: 'check', step: 'answer', position: interview.position, indicator: step.indicator.id, answer }),
          ]),
          NAV_ROW,
        ],
      );
    }
  }
}

/**
 * `note`: how an answer was read when it took a step ("Mình tính: 300.000 đồng một ngày × 20 ngày = …"), said before the next
 * question; `remark`: said before it (what was kept of a remark about some members).
 */
export type StepOutcome = { ok: true; interview: Interview; note?: string; remark?: string } | { ok: false; retry: string };

/** The income answered: a day's pay waiting for the days worked, a figure waiting for its period, are done with. */
function withIncome(interview: Interview, income: NonNullable<Interview['income']>): Interview {
  const { perDay: _asked, periodAsked: _period, askedFor: _for, cropAsked: _crop, harvestAsked: _harvest, ...rest } = interview;
  return { ...rest, income, reviewed: false };
}

function advance(interview: Interview, steps: Step[]): Interview {
  return { ...interview, position: nextPosition(interview, steps, interview.position) };
}

export function readArea(text: string, rules: RuleSet): 'rural' | 'urban' | undefined {
  const key = compactKey(text);
  return rules.areaAliases.get(key) ?? rules.areas.find((area) => compactKey(area.name) === key)?.id ?? readAreaWords(text);
}

/** At the members question, people named without their number ("vợ chồng tui với tụi nhỏ"): the count asked, children included. */
const MEMBERS_UNTOLD_RETRY = 'Bạn chưa nói rõ có mấy người (mấy đứa con, cháu): hộ có tất cả bao nhiêu người cùng ăn ở chung, tính cả bạn? Bạn gõ một con số, ví dụ: 5.';

/** Applies typed text to the current step. */
export function answerWithText(interview: Interview, text: string, rules: RuleSet, date: string, today = date): StepOutcome {
  const steps = interviewSteps(rules, date);
  const step = steps[interview.position];
  if (!step) return { ok: false, retry: 'Phần kiểm tra đã xong.' };
  // What a line at the area, members or income question tells besides that answer is kept with it, never asked again (findings
  // N10: "o que, 5 nguoi, thu nhap 2 trieu" at the area question); a line telling other facts only ("ko dung, 5 nguoi chu":
  // R05) is kept and the question asked again.
  // "nam sau thi sao" at the area, members or income question (round 31 consent17: was "Mình chưa hiểu"): the check moves to
  // that year's standard, what was told kept, and says so; its first question not yet answered is asked next.
  const later = step.kind === 'indicator' ? undefined : movedLater(interview, text, rules, date, today);
  if (later) return later;
  const besides = step.kind === 'indicator' ? undefined : toldBesides(interview, step.kind, text, rules, date, today);
  if (besides) return besides;
  switch (step.kind) {
    case 'area': {
      const area = readArea(text, rules);
      if (!area) return { ok: false, retry: 'Mình chưa hiểu. Bạn chọn "Nông thôn" hoặc "Thành thị" nhé.' };
      return { ok: true, interview: advance({ ...interview, area, reviewed: false }, steps) };
    }
    case 'members': {
      const members = readMemberCount(text);
      // "vo chong tui voi tui nho": people of no told number named, so the whole count is asked in their words (round 21).
      if (members === undefined && understandHousehold(text, rules, date).membersUntold) return { ok: false, retry: MEMBERS_UNTOLD_RETRY };
      if (members === undefined) return { ok: false, retry: 'Bạn gõ số người trong hộ bằng một con số, ví dụ: 4.' };
      if (members < 1 || members > MAX_MEMBERS) {
        return { ok: false, retry: `Số người trong hộ cần từ 1 đến ${MAX_MEMBERS}. Bạn gõ lại giúp mình nhé.` };
      }
      return { ok: true, interview: advance({ ...interview, members, reviewed: false }, steps) };
    }
    case 'income': {
      // "tầm 20 ngày" after a day's pay: the month from it; "1 thang", "ca nam" after "8 triệu là một tháng hay cả năm?"; "2 mùa"
      // after "Một năm hộ làm mấy mùa?".
      const days = waitingIncomeAnswer(interview, text);
      if (days) return { ok: true, interview: advance(days.interview, steps), note: `Mình tính: ${days.note}.` };
      // "mỗi người", "ca 2" after "mỗi người … hay cả hai?": the day's pay, then the days (asked, unless said too).
      const whose = eachOrTogetherAnswer(interview, text);
      if (whose) return { ok: true, interview: whose.interview.income ? advance(whose.interview, steps) : whose.interview, note: `Mình tính: ${whose.note}.` };
      // A sentence ("cả nhà kiếm chừng 5 triệu một tháng", "không có thu nhập", "60 triệu một năm"), else the amount alone.
      const context = readingOf(interview);
      const understanding = understandHousehold(text, rules, date, context);
      const { understood, questions, perDay } = understanding;
      // "300k 1 ngày": kept, and the question asks the days worked a month; "năm nay … 8 triệu", "mỗi mùa 20 triệu": kept, and
      // the question asks its period, the crops a year.
      const untold = understood.monthlyIncome === null && understood.monthlyIncomePerPerson === undefined;
      if (perDay && untold) return { ok: true, interview: { ...interview, perDay: dayPay(perDay) } };
      if (untold && (understanding.periodAsked || understanding.cropAsked)) return { ok: true, interview: applyUnderstanding(interview, understanding, rules, date) };
      const income = toldIncome(understood);
      if (!income) {
        const parsed = parseMoney(text);
        // "hong nho", "ko biet nua": no figure to read; how to estimate one is said, never "Mình chưa hiểu số tiền".
        if (!parsed.ok && questions.length === 0 && saysAny(readMessage(text).words, UNSURE_PHRASES)) return { ok: false, retry: INCOME_UNKNOWN };
        if (!parsed.ok) return { ok: false, retry: questions[0] ?? parsed.question };
        return { ok: true, interview: advance(withIncome(interview, { amount: parsed.value, perPerson: false }), steps) };
      }
      const answered = withIncome(interview, income);
      const note = readingNoted(understanding, answered) ? { note: `Mình tính: ${understanding.notes.join('; ')}.` } : {};
      return { ok: true, interview: advance(answered, steps), ...note };
    }
    case 'indicator': {
      // "chắc là có", "hình như ko": taken as the answer it leans to, said back with how to change it (YES_NO.guesses).
      const guess = readGuess(text);
      if (guess) {
        const taken = answerIndicator(interview, interview.position, step.indicator.id, guess, rules, date);
        return taken.ok ? { ...taken, note: guessNote(step.indicator.answers[guess]) } : taken;
      }
      const answer = readYesNo(text);
      if (answer) return answerIndicator(interview, interview.position, step.indicator.id, answer, rules, date);
      return indicatorSentence(interview, step.indicator, text, rules, date, steps, today);
    }
  }
}

/** A line asking of a later year's standard ("nam sau thi sao", "qua 2027 o que thi sao"): the check moved there, what it told kept. */
function movedLater(interview: Interview, text: string, rules: RuleSet, date: string, today: string): StepOutcome | undefined {
  const kept = told(interview, understandHousehold(text, rules, today, readingOf(interview)), rules, date);
  if (!kept?.moved) return undefined;
  return { ok: true, interview: kept.interview, note: askedDayNote(kept.interview.date!), ...(kept.remark ? { remark: kept.remark } : {}) };
}

/** The household field each of the first questions asks (Understanding's names). */
const STEP_FIELD = { area: 'area', members: 'members', income: 'monthlyIncome' } as const;

/**
 * A line at the area, members or income question that tells some other fact of the household (another of the three, an
 * indicator, a day's pay): everything it tells, its own question's answer too when it gives one (then the next question not
 * yet answered), else the same question again with what was kept said back. Undefined for a line telling nothing else (the
 * question's own reading).
 */
function toldBesides(interview: Interview, kind: keyof typeof STEP_FIELD, text: string, rules: RuleSet, date: string, today: string): StepOutcome | undefined {
  // "cả hai người", "tầm 20 ngày", "1 thang", "2 mùa" answer what the income question asked back: its own reading.
  if (kind === 'income' && (waitingIncomeAnswer(interview, text) ?? eachOrTogetherAnswer(interview, text))) return undefined;
  const context = readingOf(interview);
  const understanding = understandHousehold(text, rules, today, context);
  const own = STEP_FIELD[kind];
  // "2 vc tui lam thue 200k 1 ngay" at the income question: some members (the size kept), read by the question's own reading.
  const some = someMembers(interview, understanding) !== undefined;
  const fields = (['area', 'members', 'monthlyIncome'] as const).filter((field) => !understanding.missing.includes(field) && field !== own && !(field === 'members' && some));
  const { understood } = understanding;
  // "thang dc 2 trieu ruoi, ko co bhyt" at the income question: the lack is kept with the income ("cả nhà tam 7 triệu" is "tầm",
  // no "nhà tạm": the reader says so).
  const indicators = understood.deprivations.length + understood.unsure.length + understanding.notDeprived.length > 0;
  const income = kind !== 'income' && (understanding.perDay !== undefined || understanding.periodAsked !== undefined || understanding.cropAsked !== undefined);
  if (fields.length === 0 && !indicators && !income) return undefined;
  const kept = told(interview, understanding, rules, date);
  if (!kept || kept.moved) return undefined;
  const steps = interviewSteps(rules, date);
  const remark = kept.remark ? { remark: kept.remark } : {};
  const answered = kind === 'area' ? understood.area !== null : kind === 'members' ? understood.members !== null && kept.interview.members !== undefined : kept.interview.income !== undefined;
  const base: Interview = { ...kept.interview, reviewed: false };
  if (answered) {
    const note = readingNoted(understanding, base) ? { note: `Mình tính: ${understanding.notes.join('; ')}.` } : {};
    return { ok: true, interview: advance(base, steps), ...remark, ...note };
  }
  // Not this question's answer: kept, and the first question still unanswered from here (the area may have become needless).
  const next = { ...base, position: nextPosition(base, steps, interview.position - 1) };
  const asked = understanding.questions[0] ? ` ${understanding.questions[0]}` : '';
  return { ok: true, interview: next, ...remark, note: `Mình ghi nhận: ${understoodFacts(next, rules, date).join('; ')}.${unsureMeant(interview, next, rules, date)}${asked}` };
}

/**
 * What an indicator newly told "chưa rõ" means ("chua ai dc kham suy dinh duong", round 43 mend45b; was read "Dinh dưỡng: thiếu
 * hụt"): not counted as a lack, with its question to answer once known (corrected at the review).
 */
function unsureMeant(before: Interview, after: Interview, rules: RuleSet, date: string): string {
  const newly = indicatorsFor(rules, date).filter((indicator) => after.answers[indicator.id] === 'unsure' && before.answers[indicator.id] !== 'unsure');
  return newly
    .map((indicator) => ` ${indicator.name} “chưa rõ”: chưa được tính là thiếu hụt, kết quả nói nó có làm thay đổi kết quả không. Khi biết (${lowerFirst(indicator.question)}), bạn sửa được lúc xem lại.`)
    .join('');
}

/** Said when the income is not known ("hong nho", "ko biet"): how to estimate it. */
const INCOME_UNKNOWN =
  'Không sao, bạn ước chừng giúp: một tháng bình thường cả nhà kiếm được khoảng bao nhiêu (tiền công, bán lúa, heo gà, tiền con cái gửi về…), ' +
  'hoặc cả năm được khoảng bao nhiêu rồi mình chia 12. Ví dụ: “tầm 3 triệu” hoặc “cả năm khoảng 36 triệu”. Nếu hộ không có thu nhập, bạn gõ “không có thu nhập”.';

/** Said when the home's owner is told at a question about the home: renting or living in a relative's home is no deprivation. */
const HOME_NOT_OWNED =
  'Nhà thuê, nhà trọ hay ở nhờ nhà người thân không phải là thiếu hụt. Câu này hỏi về chính ngôi nhà hộ đang ở, dù là nhà của ai: bạn trả lời giúp theo ngôi nhà đó nhé.';

/** Said after a guess taken as an answer: what was saved, and how to change it. */
const guessNote = (saved: string) =>
  `Mình tạm ghi “${saved}” (bạn chưa chắc chắn). Nếu hỏi lại người trong nhà thấy khác, bạn chọn “Quay lại” (hoặc gõ “quay lại”) để sửa câu này.`;

const RETRY_INDICATOR = 'Bạn trả lời "có" (hộ đang thiếu), "không" hoặc "không rõ" (gõ không dấu cũng được) nhé.';

/** "tui thi co, ba xa thi hong" at the dependants question: who was told, who is not, and how the rest decide it (DependantsByClause). */
function dependantsOpenAsk(open: { dependants: number; notDependants: number; untold: number; needed: number }, members: number, indicator: IndicatorDef): string {
  const told = [open.dependants > 0 ? `${open.dependants} người phụ thuộc` : '', open.notDependants > 0 ? `${open.notDependants} người không phải người phụ thuộc` : '']
    .filter(Boolean)
    .join(' và ');
  const rest =
    open.untold === 1 ? 'người còn lại là' : open.needed === open.untold ? `cả ${open.untold} người còn lại đều là` : `trong ${open.untold} người còn lại có từ ${open.needed} người trở lên là`;
  return (
    `Bạn kể ${told}; hộ có ${members} người, còn ${open.untold} người bạn chưa kể. Nếu ${rest} người phụ thuộc, bạn trả lời “${indicator.answers.yes}”; ` +
    `nếu không, bạn trả lời “${indicator.answers.no}”.`
  );
}

/** At a question about people of working age, children told apart from the adults: asked about the adults only. */
const adultsAsk = (indicator: IndicatorDef) =>
  `Trẻ nhỏ chưa đến tuổi lao động nên không tính ở câu này. Còn người lớn trong hộ: nếu có ai đang thất nghiệp, hoặc đi làm thuê nhận lương mà không có ` +
  `hợp đồng lao động, bạn trả lời “${indicator.answers.yes}”; nếu ai cũng đang có việc làm (tự làm như làm ruộng, buôn bán, hoặc làm thuê có hợp đồng), ` +
  `bạn trả lời “${indicator.answers.no}”.`;

/**
 * A sentence typed at an indicator question. What it tells of the household is kept (area, members, income, indicators,
 * as a correction); the question asked is answered by what the sentence says of that indicator ("co, ba noi ko co the
 * bhyt" at the BHYT question: thiếu hụt), else by the yes/no words it starts with ("dạ có, thằng út thất nghiệp"), never
 * by the next message. A sentence that tells of other things only ("ko co bhyt" at the employment question) is kept and
 * the question asked again; one that tells nothing is no answer (it may be a question).
 */
function indicatorSentence(interview: Interview, indicator: IndicatorDef, text: string, rules: RuleSet, date: string, steps: Step[], today: string): StepOutcome {
  const { id } = indicator;
  // "2 đứa nhỏ chưa có", "ba tui thì có, thằng út chưa có": a lack of what the question asks, its thing unsaid (N38-01).
  const understanding = understandHousehold(text, rules, today, { indicatorAsked: id, atQuestion: true, ...(interview.members !== undefined ? { membersKnown: interview.members } : {}) });
  const kept = told(interview, understanding, rules, date, true);
  // "qua 2027 thi sao": the check moves to that year's standard (its questions from the first unanswered), and says so.
  if (kept?.moved) return { ok: true, interview: kept.interview, note: askedDayNote(kept.interview.date!), ...(kept.remark ? { remark: kept.remark } : {}) };
  // "co dc ho tro the bhyt ko": a question names BHYT but tells nothing of the household ("ko dung, 5 nguoi chu" ends as a
  // question does, and corrects the size: R05).
  // "2 dua nho thi chua" ends as a question may, but its "thì chưa" told the thing asked lacked (round 16).
  const elided = () => understanding.understood.deprivations.includes(id) && !understandHousehold(text, rules, today).understood.deprivations.includes(id);
  // "2 dua nho thi co, tui thi ko" at the dependants question: each clause says whether its people are dependants (round 16).
  const size = (kept?.interview ?? interview).members;
  const byClause = id === 'dependents' && size !== undefined ? dependantsByClause(text, size, rules, date) : undefined;
  if (asksBack(text) && understanding.missing.length === 3 && !elided() && byClause === undefined) return { ok: false, retry: RETRY_INDICATOR };
  // "tui thi co, ba xa thi hong", 4 people: the 2 not named decide it; asked how, never the generic "Bạn trả lời “có” …".
  if (byClause && 'open' in byClause) return { ok: true, interview, note: dependantsOpenAsk(byClause.open, size!, indicator) };
  // "2 dua nho thi co, tui voi ba xa thi hong" at the employment question: the children are not of working age, and the adults'
  // "hông" may say they have no job or are not out of work; asked about the adults, never saved either way.
  if (WORKING_AGE_ONLY.has(id) && childrenSetApart(text, rules, date)) return { ok: true, interview, note: adultsAsk(indicator) };
  const { deprivations, unsure } = understanding.understood;
  const namesOthers = [...deprivations, ...unsure, ...understanding.notDeprived].some((other) => other !== id);
  const remark = kept?.remark ? { remark: kept.remark } : {};
  const before = kept?.interview ?? interview;
  // "co 3 dua nho voi ba noi 70 tuoi" at the dependants question, "nha 40 met vuong" at the floor area's, 5 people known: the
  // people or the m² told decide it as the rules would (4/5 dependants; 40 ÷ 5 = 8 m², not under 8), and the reason is said.
  // Said at another question, what they decide is kept for its own, as "ko co bhyt" is.
  const decisions = before.members !== undefined ? decidedForSize(understanding, before.members, rules, date) : undefined;
  const decision = decisions?.get(id) ?? (byClause && 'decision' in byClause ? byClause.decision : undefined);
  const asked = new Set(steps.flatMap((step) => (step.kind === 'indicator' ? [step.indicator.id] : [])));
  const others = [...(decisions ?? [])].filter(([other]) => other !== id && asked.has(other) && before.answers[other] === undefined);
  const next: Interview = { ...before, answers: { ...before.answers, ...Object.fromEntries(others.map(([other, { deprived }]) => [other, deprived ? 'yes' : 'no'])) } };
  // Area, members or income changed: what was understood is shown again before the next indicator question.
  const changed = next.area !== interview.area || next.members !== interview.members || next.income !== interview.income;
  // "ko phai, nha 5 nguoi ma": a "không" that opens a line telling the area, members or income says no to what was understood
  // (a correction, or the same figure said again), not to the question asked; the question is asked again after it.
  const tellsFigures = understanding.missing.length < 3;
  const own: Answer | undefined = deprivations.includes(id)
    ? 'yes'
    : unsure.includes(id)
      ? 'unsure'
      : understanding.notDeprived.includes(id)
        ? 'no'
        : decision
          ? decision.deprived ? 'yes' : 'no'
          : tellsFigures
            ? undefined
            : readLeadingYesNo(text, namesOthers);
  // "thằng lớn có điện thoại" at the Internet question: a phone may have no Internet, so asked, never guessed.
  const toldOwn = own !== undefined && (deprivations.includes(id) || unsure.includes(id) || understanding.notDeprived.includes(id) || decision !== undefined);
  const unmetAsk = toldOwn ? undefined : understanding.hadUnmet?.includes(id) ? DEPRIVATION_WORDS[id]?.hadUnmet?.ask : undefined;
  if (unmetAsk) return { ok: true, interview: next, ...remark, note: unmetAsk };
  // "co 2 nguoi co bhyt thoi", "chi ba tui co bhyt" at the BHYT question (each member must have it): what some members have
  // does not say that every one has it, so asked, never saved as no lack.
  const { words } = readMessage(text);
  const only = saysAny(words, ONLY_SOME_WORDS.anywhere) || ONLY_SOME_WORDS.last.some((word) => words.at(-1) === word);
  const some = only || someMembers(interview, understanding, true) !== undefined;
  if (own === 'no' && indicator.memberMarks === 'any_member' && understanding.notDeprived.includes(id) && some) {
    return { ok: true, interview: next, ...remark, note: `Bạn kể một số người trong hộ. Câu này hỏi cả hộ: nếu còn người chưa có, bạn trả lời “${indicator.answers.yes}”; nếu ai cũng có, bạn trả lời “${indicator.answers.no}”.` };
  }
  // "nha o nho nha ba con", "o tro" at a question about the home: whose the home is is no lack; the question is about it.
  if (!own && !changed && indicator.memberMarks === 'household' && id.startsWith('housing') && saysAny(words, TOPICS.situations)) {
    return { ok: true, interview: next, ...remark, note: HOME_NOT_OWNED };
  }
  const reviewed = changed ? { reviewed: false } : {};
  // "ong noi thi co bhyt": how the lack was read from the people named is said ("bạn kể 1 người có …, còn 3 người …").
  const read = own === 'yes' && deprivations.includes(id) && understanding.notes.length > 0 ? `Mình tính: ${understanding.notes.join('; ')}.` : undefined;
  const reason = decision && own === (decision.deprived ? 'yes' : 'no') ? { note: `Mình tính: ${decision.reason}` } : read ? { note: read } : {};
  if (own) return { ok: true, interview: advance({ ...next, ...reviewed, answers: { ...next.answers, [id]: own } }, steps), ...remark, ...reason };
  // Only other things told ("ko co bhyt" at another question): shown with what was understood; a remark alone changes nothing.
  const answered = Object.keys(next.answers).some((other) => next.answers[other] !== interview.answers[other]);
  const reasons = others.length > 0 ? { note: others.map(([, { reason }]) => `Mình tính: ${reason}`).join('\n') } : {};
  if (changed || answered) return { ok: true, interview: { ...next, reviewed: false }, ...remark, ...reasons };
  // "ko phai, nha 5 nguoi ma" with 5 people already understood: said back, and the question asked again.
  const same = tellsFigures ? { note: `Mình vẫn ghi: ${understoodFacts({ ...next, answers: {} }, rules, date).join('; ')}. Bạn trả lời giúp câu dưới đây nhé.` } : {};
  if (kept) return { ok: true, interview: next, ...remark, ...same };
  return { ok: false, retry: RETRY_INDICATOR };
}

/**
 * A button press on an indicator question; `position` and `indicatorId` guard against pressing an old message's
 * button (another question, or this one worded the other way round before every question meant "Có" = thiếu hụt).
 */
export function answerIndicator(interview: Interview, position: number, indicatorId: string, answer: Answer, rules: RuleSet, date: string): StepOutcome {
  const steps = interviewSteps(rules, date);
  const step = steps[interview.position];
  if (position !== interview.position || step?.kind !== 'indicator' || step.indicator.id !== indicatorId) {
    return { ok: false, retry: 'Nút này thuộc câu hỏi cũ. Mình hỏi lại câu hiện tại nhé.' };
  }
  const answers = { ...interview.answers, [step.indicator.id]: answer };
  return { ok: true, interview: advance({ ...interview, answers }, steps) };
}

export function chooseArea(interview: Interview, area: 'rural' | 'urban', rules: RuleSet, date: string): StepOutcome {
  const steps = interviewSteps(rules, date);
  if (steps[interview.position]?.kind !== 'area') {
    return { ok: false, retry: 'Nút này thuộc câu hỏi cũ. Mình hỏi lại câu hiện tại nhé.' };
  }
  return { ok: true, interview: advance({ ...interview, area, reviewed: false }, steps) };
}

/** One step back (from the result: the last question). */
export function stepBack(interview: Interview): Interview | undefined {
  if (interview.position === 0) return undefined;
  return { ...interview, position: interview.position - 1 };
}

/** The household profile the rules evaluate, from a finished interview. */
export function toProfile(interview: Interview, rules: RuleSet, date: string): HouseholdProfileInput {
  const deprivations: IndicatorId[] = [];
  const unsure: IndicatorId[] = [];
  for (const indicator of indicatorsFor(rules, date)) {
    const answer = interview.answers[indicator.id];
    if (answer === 'unsure') unsure.push(indicator.id);
    else if (answer === 'yes') deprivations.push(indicator.id);
  }
  const { members, income } = interview;
  // An area that changes nothing was not asked: the first area's standard gives the same class (areaNotAskedNote says so).
  const area = interview.area ?? (areaSkipped(interview, rules, date) ? rules.areas[0]!.id : undefined);
  // Steps are only passed by answering them, so a finished interview always has these.
  if (!area || !members || !income) throw new Error('toProfile needs a finished interview');
  return {
    date,
    area,
    members,
    ...(interview.province ? { province: interview.province } : {}),
    ...(income.perPerson ? { monthlyIncomePerPerson: income.amount } : { monthlyIncome: income.amount }),
    deprivations,
    unsure,
  };
}
