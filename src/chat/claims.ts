/**
 * Figures a request states as facts ("từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo", "hộ nghèo năm 2026
 * được hỗ trợ xây nhà 40 triệu"): a figure the rules data does not have for that standard or support on that day is
 * corrected first and plainly ("Không đúng: …"), with the figure the data has and its status, or that it is not known,
 * and why the figure named is wrong when the data says (a draft's figure: `notFigures`; an earlier period's amount).
 * A figure the data has is left alone, and a request without figures gets no correction.
 */
import { lowerFirst, upperFirst } from '../corpus/vietnamese.ts';
import { findAmounts } from '../rules/money.ts';
import { AMOUNT_STOP_WORDS } from '../rules/understand.ts';
import { bandOutcome, CLASS_LABELS, dayForYear, describeStandard, formatDate, formatMoney, formatNumber, indicatorSetChange, indicatorsFor, lookupStandard, nextStandardAfter, POVERTY_CADRE, procedureSteps, STATUS_LABELS, supportsFor, type FactStatus, type RuleSet, type SupportClass, type SupportResult } from '../rules/index.ts';
import { supportById } from '../rules/supports.ts';
import { addDays } from '../text/dates.ts';
import { fold, matchKey } from '../text/fold.ts';
import { turnRemembered } from '../text/turn.ts';
import { cited, endedProgrammeAmounts, referenceLine, statusAfterComma, STATUS_TAGS, tagged } from './result.ts';
import { WHERE_TO_ASK } from './replies.ts';
import { CARD_CLASSES, CLASS_NAMES } from './info.ts';
import { POVERTY_WORDS, readMessage, type ReadMessage } from './input.ts';
import { amountInText, asksLoanPlain, classesNamed, groupNotice, HOSPITAL_FEES_ENTRY, firstSentences, indicatorsNamed, INCOME_ENTRY, RECOGNITION_ENTRY, laterDayAsked, readTopic, referenceLines, shownAndAged, supportNamed, whenAsked, type AskedClass, type Topic } from './topics.ts';
import { asksIdentityPapers, householdSizeSaid, OWN_HOUSEHOLD, phraseAt, phraseEndingAt, phrasePositions, saysAny, TOPICS } from '../text/lexicon/index.ts';

/** The words naming a support (lexicon TOPICS.supports). */
const SUPPORT_WORDS = Object.values(TOPICS.supports).flat();

/** Less than this is no figure of a standard or a support ("viết 3 dòng" reads like "3 đồng"). */
const SMALLEST_FIGURE = 10_000;

export interface Correction {
  text: string;
  /** The legal bases the correction rests on (named in a short text's "Nguồn"). */
  bases: string[];
  /**
   * The figures it says are wrong (of a support, or of the standard's line): kept in the answer's code (claimCode), so a shorter
   * text and a share link of the answer lead with the same correction.
   */
  figures?: number[];
  /**
   * The verdict alone, for a post that refutes the rumour in a few lines ("soạn câu trả lời bác bỏ …", round 39 mend39b): the
   * post says it first, then its own short lines; the whole `text` is the chat's.
   */
  brief?: string;
  /**
   * To a resident, the text whole in itself (RumourAnswer.alone) where a figure is an ended period's and the amount now is not
   * known (round 43 mend45d: "60 trieu cat nha", "40 trieu xay nha"; was the correction, then the card saying the ended campaign
   * again and the "không thuộc trường hợp trên" line, 1.462–1.634 characters): the correction, what the support is now, where.
   */
  alone?: string;
}

/** A clause ends at ; ! ? a line break, or a comma or full stop not inside a number ("1,9 triệu", "1.500.000"). */
const CLAUSE_END = /[;!?\n]|(?<!\d)[,.]|[,.](?!\d)/;

/**
 * The amounts in đồng a text states as the line or a support's amount: as said ("40 triệu") and per month ("26,4
 * triệu/năm" is 2.200.000); only in a clause that claims (lexicon TOPICS.claims), never a household's income or a loan wanted.
 */
function statedAmounts(text: string, followsSupport = false): { said: number; monthly: number; line: boolean; given: boolean; perPerson: boolean }[] {
  return text.split(CLAUSE_END).flatMap((clause) => {
    const { words } = readMessage(clause);
    const named = (phrases: readonly string[]) => saysAny(words, phrases);
    // "lương hưu xã hội 1 triệu phải ko": a support's own name ("lương") is no household's wage.
    const supportWords = phrasePositions(words, SUPPORT_WORDS);
    // "nha 4 nguoi o que thang dc 7 trieu la ho ngheo ko": a household's size told makes the figure its income (findings35 N35-01).
    const household = saysAny(words.map((word, at) => (supportWords.has(at) ? '' : word)), TOPICS.claims.householdFacts) || householdSizeSaid(words);
    // Right after a support's answer, "nghe noi dc 60 trieu dung ko" is about that support, though it names no household class.
    if ((!followsSupport && !named(POVERTY_WORDS)) || !named(TOPICS.claims.says) || household) return [];
    const income = named(TOPICS.claims.income);
    if (income && !named(TOPICS.claims.bounds)) return [];
    // "thu nhập dưới 1tr9 là hộ nghèo", "chuẩn nghèo 1tr9", "hộ dưới 1 triệu 9 là hộ nghèo": stated as the line, never as money a
    // household gets.
    const line = income || named(TOPICS.claims.lineNames) || named(TOPICS.claims.lineBounds);
    // "hộ nghèo tháng nào cũng dc phát 2 triệu": money handed out, never a line, whatever line it equals.
    // "hộ nghèo dc 2 triệu mỗi tháng" too: "được" a figure every month.
    const given = !line && (named(TOPICS.claims.given) || (named(TOPICS.claims.monthly) && named(['duoc'])));
    return findAmounts(clause, AMOUNT_STOP_WORDS).flatMap((found) =>
      found.parse.ok && found.parse.amount.said >= SMALLEST_FIGURE ? [{ said: found.parse.amount.said, monthly: found.parse.amount.value, line, given, perPerson: found.parse.amount.perPerson }] : [],
    );
  });
}

const unique = <T,>(values: T[]) => [...new Set(values)];
const money = (values: number[]) => values.map(formatMoney).join(', ');

/**
 * A figure stated of the standard in force on `day` that is none of its income bounds; figures already read (claimedFigures of
 * an answer's code: a shorter text, a share link of a corrected answer) are checked as they are.
 */
export function standardCorrection(rules: RuleSet, text: string | readonly number[], day: string): Correction | undefined {
  const found = lookupStandard(rules, day);
  if (!found.ok) return undefined;
  const { standard } = found.value;
  const own = new Set(standard.bands.flatMap((band) => (band.upTo ? [band.upTo.rural.value, band.upTo.urban.value] : [])));
  const stated = typeof text === 'string' ? statedAmounts(text) : text.map((figure) => ({ said: figure, monthly: figure }));
  const wrong = unique(stated.filter(({ said, monthly }) => !own.has(said) && !own.has(monthly)).map(({ said }) => said));
  if (wrong.length === 0) return undefined;
  const description = describeStandard(rules, day);
  const lines = description.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ');
  const why = standard.notFigures.filter((entry) => entry.values.some((value) => wrong.includes(value)));
  return {
    text:
      `Không đúng: ${money(wrong)} không phải là mức của ${lowerFirst(standard.title)}. ` +
      `Chuẩn nghèo (thu nhập bình quân mỗi người mỗi tháng): ${lines}${STATUS_TAGS[standard.status]}.` +
      why.map((entry) => ` ${tagged(entry.text, entry.status, true)}`).join(''),
    bases: [standard.document],
    figures: wrong,
  };
}

const inForce = (variant: { validFrom?: string | undefined; validTo?: string | undefined }, day: string) =>
  (variant.validFrom ?? '') <= day && day <= (variant.validTo ?? '9999-12-31');

/**
 * A figure stated of a support on `day` that none of its variants in force has (or whose amount is not known then):
 * said wrong, with the amount known then or that it is not known, and the earlier period whose amount it was.
 */
export function supportCorrection(rules: RuleSet, text: string | readonly number[], supportId: string, day: string, followsSupport = false): Correction | undefined {
  const support = supportById(rules, supportId);
  if (!support) return undefined;
  // The supports of one name told apart by who gets them ("Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)", "(người cao tuổi
  // …)"): "tiền già 500 ngàn" is said of both, checked against both, and named by what they share.
  const baseName = (name: string) => name.replace(/\s*\([^)]*\)$/, '');
  const family = [support, ...rules.supports.filter((other) => (support.related ?? []).includes(other.id) && baseName(other.name) === baseName(support.name))];
  const now = family.flatMap((member) => member.variants.filter((variant) => inForce(variant, day)));
  const known = now.filter((variant) => variant.status !== 'unknown');
  const own = new Set(known.flatMap((variant) => (variant.amounts ?? []).flatMap((amount) => (amount.value === undefined ? [] : [amount.value]))));
  // Figures already read (claimedFigures of an answer's code) are checked as they are.
  const said = typeof text === 'string' ? statedAmounts(text, followsSupport).map((stated) => stated.said) : text;
  const wrong = unique(said.filter((figure) => !own.has(figure)));
  if (wrong.length === 0) return undefined;
  const year = day.slice(0, 4);
  // Its own ended variants and those of the ended programmes it names (`earlier`: the 2024–2025 xóa nhà tạm campaign).
  const programmes = [support, ...rules.supports.filter((other) => (support.earlier ?? []).includes(other.id))];
  const earlier = programmes.flatMap((programme) =>
    programme.variants
      .filter((variant) => variant.validTo !== undefined && variant.validTo < day && (variant.amounts ?? []).some((amount) => amount.value !== undefined && wrong.includes(amount.value)))
      .map((variant) => ({ programme, variant })),
  );
  const unknownNow = now.some((variant) => variant.status === 'unknown');
  const name = lowerFirst(family.length > 1 ? baseName(support.name) : support.name);
  // "500 ngàn" is the amount of another support (the social assistance's mức chuẩn): said so, it is not this one's.
  const others = otherAmounts(rules, wrong, day, family);
  // A figure of a support whose amount is not known then is not known to be wrong: not confirmed (an earlier period's amount
  // said so after it: "40 triệu" of 2022–2025 asked of 2027). Nor is one of a support the data has no amount for (the NĐ
  // 176/2025 pension: [?]): "not in the data" is not "false".
  const notConfirmed = own.size === 0 && (earlier.length === 0 || unknownNow);
  const parts = [
    notConfirmed
      ? `Chưa xác nhận được: mức ${money(wrong)} của ${name} năm ${year} chưa được công bố hoặc chưa được kiểm tra${STATUS_TAGS.unknown}, nên trợ lý không xác nhận con số này; bạn hỏi thêm ${POVERTY_CADRE}.`
      : own.size === 0
      ? `Không đúng: không có căn cứ cho mức ${money(wrong)} của ${name} năm ${year}; ` +
        (unknownNow ? `mức năm ${year} chưa được công bố hoặc chưa được kiểm tra${STATUS_TAGS.unknown}.` : `dữ liệu không có mức tiền nào cho hỗ trợ này năm ${year}.`)
      : `Không đúng: ${money(wrong)} không phải là mức ${name} năm ${year}; mức trong dữ liệu là ${money([...own])}.`,
    ...earlier.map(({ programme, variant }) => {
      const amounts = (variant.amounts ?? []).filter((amount) => amount.value !== undefined && wrong.includes(amount.value));
      if (programme === support) return `${money(amounts.map((amount) => amount.value!))} là mức của giai đoạn trước (${variant.basis}, đến ${formatDate(variant.validTo!)}), không áp dụng năm ${year}.`;
      return endedProgrammeAmounts(programme.name, variant, amounts, year);
    }),
  ];
  parts.push(...otherAmountSentences(others, `không phải mức của ${name}`));
  const current = notConfirmed && earlier.length > 0 ? now.find((variant) => variant.status === 'unknown') : undefined;
  // "nguoi gia tren 75 tuoi dc lanh 500 ngan ha" (round 45 rumour50; was "ngoài phạm vi", with "tiền già" the correction and the
  // card, 1.262 characters): an amount not known of a support worded for residents (`spoken`: the NĐ 176/2025 pensions), whole in
  // itself: the correction, who gets each one, with its status, its basis and where to apply.
  // Told as a rumour only ("luong huu 3 trieu co dc tro cap ko" asks of one's own pension: the card).
  const held = notConfirmed && earlier.length === 0 && typeof text === 'string' && rumourShaped(readMessage(text).words) ? family.flatMap((member) => CARD_CLASSES.flatMap((classification) => supportsFor(rules, classification, day)).find((one) => one.id === member.id) ?? []) : [];
  const spoken = held.length > 0 && held.every((one) => one.spoken !== undefined) ? held : [];
  const alone = current
    ? [parts.join(' '), `Áp dụng ngày ${formatDate(day)}: ${lowerFirst(current.what).replace(/\.$/u, '')}. Căn cứ: ${current.basis}.`].join('\n')
    : spoken.length > 0
      ? [parts.join(' '), ...spoken.map((one) => `• ${tagged(one.spoken!, one.status, true)}`), `Căn cứ: ${unique(spoken.map((one) => one.basis)).join('; ')}. Nơi làm: ${unique(spoken.map((one) => lowerFirst(one.whereToApply))).join('; ')}`].join('\n')
      : undefined;
  return {
    text: parts.join(' '),
    bases: unique([...now, ...earlier.map(({ variant }) => variant), ...others.map(({ variant }) => variant)].map((variant) => variant.basis)),
    figures: wrong,
    ...(alone ? { alone } : {}),
  };
}

/** The amounts of supports in force on a day (not of `family`) equal to a figure said: "500 ngàn" is the social assistance's mức chuẩn. */
function otherAmounts(rules: RuleSet, figures: readonly number[], day: string, family: readonly RuleSet['supports'][number][] = []) {
  return rules.supports.flatMap((other) =>
    family.includes(other)
      ? []
      : other.variants
          .filter((variant) => inForce(variant, day) && variant.status !== 'unknown')
          .flatMap((variant) => (variant.amounts ?? []).filter((amount) => amount.value !== undefined && figures.includes(amount.value)).map((amount) => ({ other, variant, amount }))),
  );
}

/** "500.000 đồng/tháng là mức chuẩn trợ giúp xã hội của trợ cấp xã hội hằng tháng (…, tham khảo), một khoản khác, <not>." */
const otherAmountSentences = (others: ReturnType<typeof otherAmounts>, not: string) =>
  others.map(
    ({ other, variant, amount }) =>
      `${formatMoney(amount.value!)}${amount.per ? `/${amount.per}` : ''} là ${amount.label ? lowerFirst(amount.label) : 'mức'} của ${lowerFirst(other.name)} (${variant.basis}${statusAfterComma(variant.status)}), một khoản khác, ${not}.`,
  );

/** The ceiling a loan's text states ("vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019)"): its amount and what follows it. */
const LOAN_CEILING = /tối đa (\d{1,3}(?:\.\d{3})+) đồng(\/hộ)?( \(từ [^)]*\))?/u;

/**
 * A class's loan ceiling in its card's words: the amount and "100.000.000 đồng/hộ (từ 01/03/2019) công bố trước đây (tham khảo,
 * chưa kiểm tra mức áp dụng từ năm 2026)"; undefined for a card with none (the near-poor's: not known).
 */
function loanCeiling(card: SupportResult, today: string): { cap: number; said: string } | undefined {
  const ceiling = LOAN_CEILING.exec(card.inBrief ?? card.what);
  if (!ceiling) return undefined;
  const unchecked = card.figuresUnknown && card.figuresUnknown.from <= today ? `, chưa kiểm tra mức áp dụng từ năm ${card.figuresUnknown.from.slice(0, 4)}` : '';
  const cap = Number(ceiling[1]!.replace(/\./gu, ''));
  return { cap, said: `${formatMoney(cap)}${ceiling[2] ?? ''}${ceiling[3] ?? ''} công bố trước đây (${STATUS_LABELS[card.status]}${unchecked})` };
}

/**
 * A sum a household wants to borrow ("tui muon vay 60tr/nam nuoi heo dc ko", TOPICS.claims.loanWanted) of the loans card: said
 * back against each class's ceiling in force (the figure of its text, with the status its words give) or that the ceiling is not
 * known, the card after it. Undefined for another support, no sum, or no loan wanted.
 */
function loanWanted(rules: RuleSet, message: ReadMessage, topic: Extract<Topic, { kind: 'support' }>, today: string): Rumour | undefined {
  // "ho ngheo vay 150 trieu dc ko" (round 41 resid43): the sum asked plainly is wanted too, read as typed (amountInText): beside a
  // bare "vay" it reads as the household's own (TOPICS.claims.householdFacts).
  const plain = asksLoanPlain(message);
  // Not in a short text asked ("tom tat ho tro nha o …, nha tui muon vay 50 trieu": a post for bà con carries no one's own sum).
  const wanted = saysAny(message.words, TOPICS.claims.loanWanted) && !saysAny(message.words, TOPICS.shortText.asks);
  if (topic.supportId !== TOPICS.followUp.loanAlone.support || !(wanted || plain)) return undefined;
  // "ho ngheo muon vay 150 trieu", "nha tui can vay 80tr" (round 42 resid45; were the card alone, the sum never said back): a sum
  // told as wanted, no question word, is the household's own as when asked "dc ko".
  const sum = statedAmounts(message.text, true).map(({ said }) => said)[0] ?? (plain || wanted ? amountInText(message.text) : undefined);
  if (sum === undefined) return undefined;
  const classes: SupportClass[] = topic.classification ? [topic.classification] : ['poor', 'near_poor'];
  const parts = classes.flatMap((classification) => {
    const card = supportsFor(rules, classification, today).find((support) => support.id === topic.supportId);
    if (!card) return [];
    const who = lowerFirst(CLASS_NAMES[classification]);
    const ceiling = loanCeiling(card, today);
    if (!ceiling) return card.unclear ? [{ whole: `với ${who}, ${card.unclear} chưa rõ`, brief: `với ${who}, mức vay tối đa chưa rõ` }] : [];
    const within = `với ${who}, số này ${sum <= ceiling.cap ? 'không vượt' : 'cao hơn'} mức vay tối đa`;
    return [{ whole: `${within} ${ceiling.said}`, brief: `${within} công bố trước đây (xem bên dưới)` }];
  });
  if (parts.length === 0) return undefined;
  // To a resident the card below says each ceiling with its status (beforeBrief); a cadre's formal question, the whole. No figure
  // is said wrong (Correction.figures): the card and its code stay the loans' own.
  const said = (form: 'whole' | 'brief') => `Bạn muốn vay ${formatMoney(sum)}: ${parts.map((part) => part[form]).join('; ')}.`;
  return { correction: { text: said('whole'), bases: [] }, answer: { topic, beforeBrief: said('brief') } };
}

type StandardDescription = ReturnType<typeof describeStandard>;
/** "trong dữ liệu" status of a standard for a sentence: ", tham khảo" (nothing when verified). */

/** A figure as a line of a standard: "2.200.000 đồng là chuẩn nghèo ở nông thôn của … (từ 01/01/2027, Nghị định …, tham khảo)". */
const lineSentence = (description: StandardDescription, value: number) => {
  const line = description.lines.find((candidate) => candidate.value === value);
  return line
    ? `${formatMoney(value)} là chuẩn nghèo ở ${line.areaName.toLowerCase()} của ${lowerFirst(description.title)} (từ ${formatDate(description.validFrom)}, ${description.document}${statusAfterComma(description.status)})`
    : undefined;
};

/**
 * A line stated as what makes a class ("thu nhap duoi 1tr5 la ho ngheo"): the line alone does not, so the rule of the
 * standard's band at that line, in its own words ("không quá", which "dưới" is not), with the standard, source and status:
 * "thu nhập … không quá 1.500.000 đồng (nông thôn) là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (…)".
 */
const classRuleSentence = (rules: RuleSet, description: StandardDescription, value: number) => {
  const line = description.lines.find((candidate) => candidate.value === value);
  const found = lookupStandard(rules, description.validFrom);
  const band = found.ok ? found.value.standard.bands.find((candidate) => candidate.byDeprivations && candidate.upTo) : undefined;
  if (!line || !band) return undefined;
  return (
    `thu nhập bình quân mỗi người mỗi tháng không quá ${formatMoney(value)} (${line.areaName.toLowerCase()}) là ${bandOutcome(band)} ` +
    `(${lowerFirst(description.title)}, từ ${formatDate(description.validFrom)}, ${description.document}${statusAfterComma(band.status)})`
  );
};

/** Where a figure is an income line of any standard in the data. */
function lineOf(rules: RuleSet, value: number): string | undefined {
  for (const standard of rules.standards) {
    const found = lineSentence(describeStandard(rules, standard.validFrom), value);
    if (found) return found;
  }
  return undefined;
}

/** A draft's figure ("1,9 triệu" of the September 2025 draft) said so, whichever standard it is stated of. */
const draftLines = (rules: RuleSet, wrong: readonly number[]) =>
  rules.standards
    .flatMap((standard) => standard.notFigures.filter((entry) => entry.values.some((value) => wrong.includes(value))))
    .map((entry) => tagged(entry.text, entry.status, true));

/** The first day of the standard whose `notFigures` say where every one of these figures comes from (a draft's lines). */
function draftStandard(rules: RuleSet, values: readonly number[]): string | undefined {
  if (values.length === 0) return undefined;
  return rules.standards.find((standard) => values.every((value) => standard.notFigures.some((entry) => entry.from && entry.values.includes(value))))?.validFrom;
}

/** "1,9 triệu" (1.900.000), "2 triệu": a figure as a resident says it. */
const millions = (value: number) => `${formatNumber(value / 1e6)} triệu`;

/**
 * "Không đúng: 1,9 triệu là mức trong dự thảo tháng 9/2025; bản cuối (tham khảo): 2.200.000 đồng nông thôn / 2.800.000 đồng
 * thành thị, hộ nghèo khi thiếu hụt từ 3 chỉ số." When every wrong figure is one a standard's `notFigures` says where it comes
 * from (`from`), of the standard asked about; undefined otherwise.
 */
function draftLead(rules: RuleSet, about: StandardDescription, wrong: readonly number[], nearPoorNamed = false): string | undefined {
  const found = lookupStandard(rules, about.validFrom);
  if (!found.ok) return undefined;
  const { standard } = found.value;
  const entries = standard.notFigures.filter((entry) => entry.from && entry.values.some((value) => wrong.includes(value)));
  if (entries.length === 0 || !wrong.every((value) => entries.some((entry) => entry.values.includes(value)))) return undefined;
  const lines = about.lines.map((line) => `${formatMoney(line.value)} ${line.areaName.toLowerCase()}`).join(' / ');
  const split = standard.bands.find((band) => band.byDeprivations)?.byDeprivations;
  // "chuẩn cận nghèo … là 2,5 triệu": the near-poor line is the same income line, the deprivations telling the two apart.
  const rule = split
    ? `, ${CLASS_LABELS[split.then]} khi thiếu hụt từ ${split.atLeast} chỉ số` +
      (nearPoorNamed ? `, ${CLASS_LABELS[split.otherwise]} khi thiếu hụt dưới ${split.atLeast} chỉ số (chuẩn cận nghèo là cùng mức thu nhập này)` : '')
    : '';
  const from = unique(entries.map((entry) => entry.from!)).join(', ');
  return `Không đúng: ${wrong.map(millions).join(', ')} là mức trong ${from}; bản cuối${STATUS_TAGS[standard.status]}: ${lines}${rule}.`;
}

/**
 * A rumour's verdict said again, in brief, when the resident doubts it ("that ha", "co chac ko"), asks who said so ("ai noi vay") or
 * says the figure again ("nong thon 1,9tr ha") right after it (round 43 resid48): from the answer's topic and the figures it
 * corrected (claimedFigures), its verdict, its source with the status, whom to check with; of an entry or an indicator, its verdict
 * and whom to check with. Undefined for a topic with no verdict of those figures (a figure now right).
 */
export function verdictAgain(rules: RuleSet, topic: Topic, figures: readonly number[], today: string, kind?: VerdictKind): string | undefined {
  const intro = `Trợ lý trả lời theo dữ liệu chính sách, không theo tin đồn; câu trả lời vẫn như trên${kind ? `: ${VERDICT_LABELS[kind]}.` : '.'}`;
  const check = `Để chắc chắn, bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.`;
  // A support's verdict (round 44 rumour49: "that ko ad" after "nghe noi ho can ngheo dc mien 100% bhyt ha" was "ngoài phạm vi"):
  // the figures it corrected said so again, then each class's line in brief with its status and basis. Its code keeps no year
  // asked ("… nam 2027 … 60 trieu"): today's lines.
  if (topic.kind === 'support') {
    if (!kind) return undefined;
    const support = supportById(rules, topic.supportId);
    const classes = topic.classification ? [topic.classification] : CARD_CLASSES;
    if (!support) return undefined;
    const found = sameLinesOnce(firstSentences(rules, topic.supportId, classes, today));
    // The class asked has none of it ("ho can ngheo … tien dien"): said so again.
    const none = topic.classification ? [`${CLASS_NAMES[topic.classification]}: không có ${lowerFirst(support.name)} chung cả nước trong dữ liệu chính sách; tỉnh, thành có thể có chính sách riêng${STATUS_TAGS.unknown}.`] : [];
    const lines = found.length > 0 ? found : none;
    if (lines.length === 0) return undefined;
    const corrected = figures.length > 0 ? supportCorrection(rules, figures, topic.supportId, today)?.text : undefined;
    return [intro, ...(corrected ? [corrected] : []), `${support.name}:`, ...lines.map((line) => `• ${line}`), check].join('\n');
  }
  // Of an entry or an indicator (round 45 rumour50: "that ha" after "dang ky ho ngheo online la dc nhan tien lien ha", "ho ngheo dc
  // mien tien nuoc ha" was "ngoài phạm vi"): its verdict named again, whom to check with; the answer above says the rest.
  if (topic.kind !== 'standard') return kind ? [intro, check].join('\n') : undefined;
  const drafted = topic.year === undefined && topic.date === undefined ? draftStandard(rules, figures) : undefined;
  const day = drafted ?? topic.date ?? dayForYear(topic.year, today);
  const about = describeStandard(rules, day);
  const corrected = draftLead(rules, about, figures) ?? standardCorrection(rules, figures, day)?.text;
  // A verdict of the standard with no figure ("co phai nam 2027 bo ho can ngheo ko"): its lines and source.
  const verdict = corrected ?? (kind ? `${VERDICT_LABELS[kind]}. Chuẩn nghèo (thu nhập bình quân mỗi người mỗi tháng): ${about.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ')}.` : undefined);
  if (!verdict) return undefined;
  return [
    `Trợ lý trả lời theo dữ liệu chính sách, không theo tin đồn; câu trả lời vẫn như trên. ${verdict}`,
    `Nguồn: ${lowerFirst(about.title)}, ${about.document}${STATUS_TAGS[about.status]}.`,
    check,
  ].join('\n');
}

/**
 * "ho ngheo dc nha nuoc cho tien hang thang": the data has no money paid each month to every household of a class when each
 * support of the class said to be monthly ("hằng tháng" in its text) has a condition; that sentence, naming those supports.
 */
function monthlyNote(rules: RuleSet, words: string[], classification: SupportClass, day: string, said: readonly string[] = []): string[] {
  if (!saysMonthly(words)) return [];
  const monthly = monthlySupports(rules, classification, day);
  if (monthly.some((support) => !support.condition)) return [];
  const name = CLASS_NAMES[classification].toLowerCase();
  // The supports the verdict before it already said (`said`, round 43 resid48: "nghe noi ho ngheo dc tro cap 500k" listed the
  // allowance twice, 1.735 characters): the others only, by name and condition.
  const others = monthly.filter((support) => !said.includes(support.id));
  if (said.length > 0) {
    const besides = others.map((support) => `${lowerFirst(support.name)}${support.condition ? ` (${lowerFirst(support.condition).replace(/\.$/, '')})` : ''}`);
    return [`Dữ liệu chính sách không có khoản tiền Nhà nước trả hằng tháng cho mọi ${name}${besides.length > 0 ? `; khoản hằng tháng khác cũng chỉ cho thành viên đủ điều kiện: ${besides.join('; ')}` : ''}.`];
  }
  return [
    `Dữ liệu chính sách không có khoản tiền Nhà nước trả hằng tháng cho mọi ${name}` +
      (monthly.length > 0 ? `; khoản hằng tháng trong dữ liệu chỉ dành cho thành viên đủ điều kiện: ${monthly.map(monthlySentence).join('; ')}.` : '.'),
  ];
}

const saysMonthly = (words: string[]) => saysAny(words, TOPICS.monthlyAllowance) || saysAny(words, TOPICS.claims.monthly);

/** The supports of a class on a day paid each month ("hằng tháng" in their text). */
const monthlySupports = (rules: RuleSet, classification: SupportClass, day: string) =>
  supportsFor(rules, classification, day).filter((support) => support.what.includes('hằng tháng'));

/** "trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP, Điều 5; …, tham khảo), chỉ khi: …; mức: 500.000 đồng/tháng (Mức chuẩn …)". */
const monthlySentence = (support: SupportResult) =>
  `${lowerFirst(support.name)} (${support.basis}${statusAfterComma(support.status)})` +
  (support.condition ? `, chỉ khi: ${lowerFirst(support.condition).replace(/\.$/, '')}` : '') +
  (support.amount ? `, mức: ${lowerFirst(support.amount)}` : '');

/** Money said handed out, or "tiền" (joined once, was at every call). */
const GIVEN_OR_MONEY = [...TOPICS.claims.given, ...TOPICS.claims.money];

/**
 * "nghe noi ho can ngheo dc nha nuoc cho tien hang thang", "ho ngheo thang nao cung co tien ha": money every month said of a
 * class, no figure and no person named (an age or "người khuyết tật" is a support's question, topics.ts). When every support
 * of the class paid monthly has a condition, the data has no monthly money for the class as such: said first ("Không đúng"
 * when it is told as a rumour), with those supports, their basis, status and conditions; then the first one's card.
 */
function monthlyCashCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  const classification = classesNamed(words)[0];
  if (classification === undefined || !saysMonthly(words) || !saysAny(words, GIVEN_OR_MONEY)) return undefined;
  const monthly = monthlySupports(rules, classification, today);
  if (monthly.some((support) => !support.condition)) return undefined;
  const name = CLASS_NAMES[classification].toLowerCase();
  const told = saysAny(words, TOPICS.claims.told);
  const text = [
    `${told ? 'Không đúng: không' : 'Không'} có khoản tiền Nhà nước trả hằng tháng cho mọi ${name} chỉ vì là ${name} (theo dữ liệu chính sách, ngày ${formatDate(today)}).`,
    ...(monthly.length > 0 ? [`Khoản trả hằng tháng chỉ dành cho từng người đủ điều kiện: ${monthly.map(monthlySentence).join('; ')}.`] : []),
    `Bạn hỏi thêm ${POVERTY_CADRE}.`,
  ];
  const first = monthly[0];
  return {
    correction: { text: text.join(' '), bases: unique(monthly.map((support) => support.basis)) },
    answer: first ? { topic: { kind: 'support', supportId: first.id, classification } } : { supportsOf: classification },
  };
}

/**
 * "nghe noi ho ngheo moi thang dc nhan 1 trieu that hok" (round 45 rumour51; was "Không đúng" in 2.409 characters, the figure called
 * a line of the 2016–2021 standard, every monthly support in full and the whole card): a figure said paid each month to a class
 * whose monthly supports all have a condition: "Không đúng" with the status of those supports, their names, whom to ask; the
 * class's supports in short below.
 */
function monthlyFigureCorrection(rules: RuleSet, words: string[], wrong: readonly number[], classification: SupportClass, day: string, today: string, besides: readonly string[] = []): { correction: Correction; answer: RumourAnswer } | undefined {
  if (!saysMonthly(words)) return undefined;
  const monthly = monthlySupports(rules, classification, day);
  if (monthly.length === 0 || monthly.some((support) => !support.condition)) return undefined;
  const name = CLASS_NAMES[classification].toLowerCase();
  const status = monthly.some((support) => support.status !== 'verified') ? 'reported' : 'verified';
  const text =
    `Không đúng: dữ liệu chính sách không có khoản tiền ${money([...wrong])} trả hằng tháng cho mọi ${name} (ngày ${formatDate(day)}${statusAfterComma(status)}). ` +
    besides.map((sentence) => `${sentence} `).join('') +
    `Tiền hằng tháng chỉ dành cho thành viên đủ điều kiện: ${unique(monthly.map((support) => lowerFirst(support.name))).join('; ')}. ` +
    `Các hỗ trợ chính của ${name} ở dưới; bạn hỏi thêm ${POVERTY_CADRE}.`;
  return { correction: { text, bases: unique(monthly.map((support) => support.basis)) }, answer: { supportsOf: classification, short: true, ...(day !== today ? { day } : {}) } };
}

/**
 * "bển xã có phát tiền cho hộ nghèo hông", "xa ben co phat tien cho ho ngheo ko" (round 33 words18; was a passage of a plan or
 * of the explainer on vocational training): money said handed out to a class (claims.handedOut and "tiền"), no figure, no month and
 * no support named: what the class gets (its supports in short, each with its status, below) and that the data holds no money
 * handed out besides them, with whom to ask. Its list is the short one (round 33 short23: was the whole card, 1.730 characters).
 */
function handoutCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  const classification = classesNamed(words)[0];
  if (classification === undefined || !saysAny(words, TOPICS.claims.handedOut) || !saysAny(words, TOPICS.claims.money)) return undefined;
  const name = CLASS_NAMES[classification].toLowerCase();
  const text =
    `Tiền và hỗ trợ ${name} được nhận theo dữ liệu chính sách (ngày ${formatDate(today)}) là các khoản dưới đây. ` +
    `Khoản tiền phát thêm cho ${name} ngoài các khoản này thì dữ liệu không có (chưa rõ); bạn hỏi ${POVERTY_CADRE}.`;
  return { correction: { text, bases: [] }, answer: { supportsOf: classification, short: true } };
}

/**
 * A class's support amount stated as the class's ("ho ngheo dc nha nuoc cho tien hang thang 500 nghin"): what the figure is
 * the amount of, with basis and status, and for whom when the support has a condition ("Chưa đủ": not every household of the
 * class gets it); undefined when no support of the class on the day has the figure.
 */
function supportAmountSaid(rules: RuleSet, words: string[], said: readonly number[], classification: SupportClass, day: string) {
  const results = supportsFor(rules, classification, day);
  const found = rules.supports.flatMap((support) =>
    support.variants
      .filter((variant) => (variant.classes as readonly string[]).includes(classification) && inForce(variant, day) && variant.status !== 'unknown')
      .flatMap((variant) => (variant.amounts ?? []).filter((amount) => amount.value !== undefined && said.includes(amount.value)).map((amount) => ({ support, variant, amount }))),
  );
  const first = found[0];
  if (!first) return undefined;
  const sentences = found.map(({ support, variant, amount }) => {
    const condition = results.find((result) => result.id === support.id)?.condition;
    return (
      `${formatMoney(amount.value!)}${amount.per ? `/${amount.per}` : ''} là ${amount.label ? lowerFirst(amount.label) : 'mức'} của ${lowerFirst(support.name)} ` +
      `(${variant.basis}${statusAfterComma(variant.status)})${condition ? `, chỉ khi: ${lowerFirst(condition)}` : ''}`
    );
  });
  const partly = found.some(({ support }) => results.find((result) => result.id === support.id)?.condition !== undefined);
  const text = [`${partly ? 'Chưa đủ' : 'Đúng'}: ${sentences.join('; ')}.`, ...monthlyNote(rules, words, classification, day, found.map(({ support }) => support.id))].join(' ');
  // To a resident, one verdict whole in itself (round 43 resid48: was the verdict and the allowance's card after it, 1.735
  // characters): where to apply and whom to ask after it, the card one "chi tiết" away.
  const places = unique(found.flatMap(({ support }) => results.find((result) => result.id === support.id)?.whereToApply.replace(/\.$/u, '') ?? []));
  const alone = [text, ...(places.length > 0 ? [`Nơi làm: ${places.join('; ')}.`] : []), WHERE_TO_ASK].join('\n');
  // A post correcting it ("soạn bài đính chính: tin ho ngheo dc 500k/thang la sai", round 43 outreach44; was "500.000 đồng không
  // phải là mức của chuẩn nghèo"): what is wrong and what is right, said plainly.
  const amounts = unique(found.map(({ amount }) => `${formatMoney(amount.value!)}${amount.per ? ` mỗi ${amount.per}` : ''}`)).join(', ');
  // Its condition and basis follow in the support's line under it: said once (a post within a phone's screen).
  const right = found.map(({ support, variant, amount }) => `${formatMoney(amount.value!)}${amount.per ? `/${amount.per}` : ''} là ${amount.label ? lowerFirst(amount.label) : 'mức'} của ${lowerFirst(support.name)}${STATUS_TAGS[variant.status]}`);
  const brief = partly ? `Không đúng: không phải ${CLASS_NAMES[classification].toLowerCase()} nào cũng được ${amounts}. Đúng là: ${right.join('; ')}, chỉ cho thành viên đủ điều kiện dưới đây.` : undefined;
  return {
    correction: {
      text,
      bases: unique(found.map(({ variant }) => variant.basis)),
      ...(brief ? { brief } : {}),
    },
    answer: { topic: { kind: 'support', supportId: first.support.id, classification }, alone } as RumourAnswer,
  };
}

/** How many words may stand between a class and the word saying it ends ("bỏ luôn hộ cận nghèo", "hộ cận nghèo sẽ bị bỏ"). */
export const CLAIM_DEFAULTS = { abolishedReach: 1 } as const;

/**
 * Words whose "nghèo" names no household class in a claim: "giảm nghèo" and the like, and a poor commune or district ("huyen ngheo
 * 30a con ko" asks about the 30a districts, not whether hộ nghèo is still there; round 33 lead, was "Có. … vẫn có hộ nghèo").
 */
const NOT_CLASS_IN_ABOLISHED = [...TOPICS.notClasses, ...TOPICS.supportsList.communes];
/** A commune said to bear the name of a poor commune ("vẫn lấy tên xã nghèo"): the poor communes' entry asked in brief. */
const COMMUNE_NAMED = TOPICS.reference.poor_communes!.brief!.asks!;

/**
 * The class said to end: a class phrase within CLAIM_DEFAULTS.abolishedReach words after TOPICS.claims.abolished.before
 * ("bỏ hộ cận nghèo") or before its `after` ("hộ cận nghèo bị bỏ").
 */
function classSaidAbolished(words: string[], still = false): SupportClass | undefined {
  const { before, after, stillAsked } = TOPICS.claims.abolished;
  // "nha co ti vi co bi cat ho ngheo ko": "bị cắt" is said of the household (an `after` phrase), never the class cut before it.
  // still: the class asked to be still there ("ho can ngheo con ko"), after it; not of one's own household ("nha tui … con ko").
  // Nor of a support named for the class ("chi dien thoai thong minh cho ho ngheo con ko ad", round 41 mend41a; was "Có. … vẫn có
  // hộ nghèo"): whether that support is still there is asked.
  if (still && (saysAny(words, OWN_HOUSEHOLD) || saysAny(words, SUPPORT_WORDS))) return undefined;
  // "sao cho xa bao nam nay ko con ho ngheo ma van lay ten xa ngheo" (round 45 mend49a): the households gone are why the commune's
  // name is asked (rules/reference.yaml poor_communes, in brief), no class said to end.
  if (saysAny(words, COMMUNE_NAMED)) return undefined;
  const passive = phrasePositions(words, still ? stillAsked : after);
  const ending = { before: still ? [] : [...phrasePositions(words, before)].filter((at) => !passive.has(at)), after: [...passive] };
  // "xa cat ho ngheo roi, con dc bhyt ko" (round 33 words18): a support still asked after the class is cut is a household's, no rumour.
  if (ending.before.length + ending.after.length === 0 || saysAny(words, TOPICS.claims.householdFacts) || saysAny(words, TOPICS.losing.stillAsked)) return undefined;
  const reach = CLAIM_DEFAULTS.abolishedReach + 1;
  const taken = phrasePositions(words, NOT_CLASS_IN_ABOLISHED);
  for (const [phrase, classification] of TOPICS.classes) {
    const at = [...phrasePositions(words, [phrase])].filter((position) => !taken.has(position));
    at.forEach((position) => taken.add(position));
    const near = at.some(
      (position) => ending.before.some((end) => end < position && position - end <= reach) || ending.after.some((end) => end > position && end - position <= reach),
    );
    if (near) return classification as SupportClass;
  }
  return undefined;
}

/**
 * "nghe nói năm 2027 bỏ hộ cận nghèo, có thật ko": a class said to end with the standard of the year asked (the coming one
 * for "năm sau", "chuẩn mới"; today's without a year), checked against that standard's bands: the class is still there,
 * with its income line, source and status; or its threshold is not known (never "bỏ"). Undefined for a class no band names.
 */
function abolitionCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const told = classSaidAbolished(message.words);
  const classification = told ?? classSaidAbolished(message.words, true);
  if (classification === undefined) return undefined;
  // "… mien phi ko, con ho can ngheo thi sao" (round 43 resid48; was "Không đúng theo dữ liệu: … vẫn có hộ cận nghèo"): "ko, con
  // ho can ngheo" across a clause break is no "không còn hộ cận nghèo".
  const clauses = message.text.split(/[,;.!?\n]/u).map((clause) => readMessage(clause).words);
  if (!clauses.some((words) => classSaidAbolished(words) !== undefined || classSaidAbolished(words, true) !== undefined)) return undefined;
  const asked = whenAsked(message, today);
  const current = describeStandard(rules, asked.day ?? dayForYear(asked.year, today));
  const after = current.validTo ? addDays(current.validTo, 1) : undefined;
  const coming = asked.year === undefined && saysAny(message.words, TOPICS.claims.coming) && after !== undefined && lookupStandard(rules, after).ok;
  const day = coming ? after! : (asked.day ?? dayForYear(asked.year, today));
  const kept = classKept(rules, classification, day);
  if (!kept) return undefined;
  const { standard, of } = kept;
  const name = CLASS_NAMES[classification].toLowerCase();
  const unknown = standard.bands.find((band) => band.class === 'unknown');
  const text = kept.still
    ? told === undefined
      ? `Có. Theo dữ liệu chính sách (hỏi ngày ${formatDate(today)}), ${kept.still}`
      : `Không đúng theo dữ liệu: ${kept.still}`
    : classification === 'middle' && unknown
    ? `Dữ liệu không có văn bản nào bỏ ${name} trong ${of}; ngưỡng ${name} của giai đoạn này chưa được công bố hoặc chưa được kiểm tra${STATUS_TAGS.unknown}. Bạn hãy hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã.`
    : undefined;
  if (!text) return undefined;
  return { correction: { text, bases: [standard.document] }, answer: { topic: { kind: 'standard', year: Number(day.slice(0, 4)) } } };
}

/**
 * A class in the standard in force on a day: the standard and how it is named ("chuẩn nghèo … (từ 01/01/2027, Nghị định …,
 * tham khảo)"), and, when one of its bands names the class, "<that standard> vẫn có <class>." with the class's income line and
 * status; undefined without a standard that day.
 */
export function classKept(rules: RuleSet, classification: SupportClass, day: string) {
  const found = lookupStandard(rules, day);
  if (!found.ok) return undefined;
  const { standard } = found.value;
  const description = describeStandard(rules, day);
  const name = CLASS_NAMES[classification].toLowerCase();
  const of = `${lowerFirst(standard.title)} (từ ${formatDate(standard.validFrom)}, ${standard.document}${statusAfterComma(standard.status)})`;
  const split = standard.bands.find((band) => band.byDeprivations && [band.byDeprivations.then, band.byDeprivations.otherwise].includes(classification as never));
  const own = standard.bands.find((band) => band.class === classification);
  const lines = description.lines.map((line) => `${line.text} (${line.areaName.toLowerCase()})`).join(', ');
  // rule: the class's income line and what splits it, said alone where the class is asked what it means (core.ts
  // classMeantAtConsent, round 33: "Theo …: thu nhập …", not "… vẫn có hộ cận nghèo", which answers whether it is still there).
  const rule = split ? `Thu nhập bình quân mỗi người mỗi tháng không quá ${lines} là ${bandOutcome(split)}${STATUS_TAGS[split.status]}.` : undefined;
  const still = rule ? `${of} vẫn có ${name}. ${rule}` : own ? `${of} vẫn có ${name}.` : undefined;
  return { standard, of, still, rule };
}

/**
 * "nam sau co cat lai ho tro cho ho can ngheo ko" (round 33 words18; was the supports explainer quoted by search): the supports
 * of a class said or asked to be cut (TOPICS.claims.supportsCut), none named, on a later day asked (or told as heard, today):
 * that no text of the data cuts them, the standard of that day still having the class (its line and status), what the data
 * has for the class that day (each support with its status) and what it does not know; then that standard's figures.
 * Undefined for a support named (supportCutCorrection), the newly escaped, or a class no band of that standard names.
 */
function supportsCutCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  // "nghe noi ho ngheo sinh con dc ho tro 2 trieu ha" (round 44 rumour49; was "no text cuts the supports", 1.255 characters):
  // "con" after "sinh" is a child, not "còn".
  const cutSaid = words.map((word, at) => (word === 'con' && TOPICS.claims.childBefore.includes(words[at - 1] ?? '') ? '' : word));
  if (!saysAny(cutSaid, TOPICS.claims.supportsCut) || supportNamed(message) !== undefined) return undefined;
  // "nam 2027 huyen ngheo 30a con duoc ho tro ko" asks of the poor districts, no class (round 34 words19: "con duoc ho tro").
  if (saysAny(words, TOPICS.supportsList.communes)) return undefined;
  const classification = classesNamed(words)[0];
  if (classification === undefined || classification === 'newly_escaped') return undefined;
  const told = saysAny(words, TOPICS.claims.told);
  const later = laterDayAsked(message, today);
  if (later === undefined && !told) return undefined;
  const day = later ?? today;
  const kept = classKept(rules, classification, day);
  if (!kept?.still) return undefined;
  const name = CLASS_NAMES[classification].toLowerCase();
  const supports = supportsFor(rules, classification, day);
  // Each status once, after the names it holds for ("… ; vay vốn tín dụng chính sách (tham khảo)"): a first answer kept short.
  const statuses = unique(supports.map((support) => support.status));
  const named = (status: FactStatus) => `${supports.filter((support) => support.status === status).map((support) => lowerFirst(support.name)).join('; ')} (${STATUS_LABELS[status]})`;
  const lead = `${told ? 'Không đúng theo dữ liệu: dữ liệu chính sách không có' : 'Theo dữ liệu, không có'} văn bản nào cắt các hỗ trợ của ${name} từ ngày ${formatDate(day)}; `;
  const rest = [
    ...(statuses.some((status) => status !== 'unknown') ? [`Ngày ${formatDate(day)} dữ liệu vẫn có: ${statuses.filter((status) => status !== 'unknown').map(named).join('; ')}.`] : []),
    ...(statuses.includes('unknown') ? [`Chưa rõ mức hoặc còn áp dụng không: ${named('unknown')}.`] : []),
    `Thay đổi chưa có trong dữ liệu thì trợ lý không biết; bạn hỏi thêm ${POVERTY_CADRE}.`,
  ];
  // In a post refuting it: the verdict, and that the supports are set by legal texts, not ended by the day itself.
  const brief =
    `${told ? 'Không đúng' : 'Theo dữ liệu, không có chuyện đó'}: không có văn bản nào cắt hết hỗ trợ của ${name} từ ngày ${formatDate(day)}; ` +
    `các hỗ trợ do văn bản pháp luật quy định, không tự hết vào ngày đó.`;
  return {
    correction: { text: [`${lead}${kept.of} vẫn có ${name} (mức thu nhập ở dưới).`, ...rest].join(' '), bases: unique([kept.standard.document, ...supports.map((support) => support.basis)]), brief },
    // Said alone to a resident (round 39 short31; was the correction and that day's standard card, 1.781–1.829 characters on a
    // phone): the class's own line with its status in place of "ở dưới", the card one "chi tiết" away.
    // Round 45 (mend49d: "nghe noi bo ho ngheo roi, tu 2026 ko con ho tro nua dung ko" was 1.296 characters, the income lines and
    // every unknown support named), a cut heard of today: the verdict, that the standard still has the class, the supports the data has with their
    // status, the unknown ones counted, the next standard's day; the lines and each support one "chi tiết" away.
    answer: { topic: { kind: 'standard', year: Number(day.slice(0, 4)) }, alone: (later === undefined ? [`${lead}${kept.of} vẫn có ${name}.`, ...residentRest(rules, classification, day, rest)] : [`${lead}${kept.still}`, ...rest]).join(' ') },
  };
}

/**
 * After a cut of a class's supports is refuted to a resident: the supports the data has that day (`rest`'s first line), the
 * unknown ones counted in place of their names, the standard that follows the day's (its day, document and status), whom to ask.
 */
function residentRest(rules: RuleSet, classification: SupportClass, day: string, rest: readonly string[]): string[] {
  const unknown = supportsFor(rules, classification, day).filter((support) => support.status === 'unknown').length;
  const next = nextStandardAfter(rules, day);
  return [
    ...rest.filter((line) => !line.startsWith('Chưa rõ mức') && !line.startsWith('Thay đổi chưa có')),
    ...(unknown > 0 ? [`Còn ${unknown} khoản chưa rõ mức hoặc còn áp dụng không (chưa rõ).`] : []),
    ...(next ? [`Từ ${formatDate(next.validFrom)} áp dụng ${lowerFirst(next.title)} (${next.document}${statusAfterComma(next.status)}).`] : []),
    `Bạn hỏi thêm ${POVERTY_CADRE}.`,
  ];
}

/**
 * "nghe noi nam nay ko con xet ho ngheo nua ha": the review of a class said to stop (TOPICS.claims.reviewStopped), checked
 * against the data on the day asked: the standard in force then (so households are still reviewed by it), that a household
 * can still ask to be reviewed (the procedure's `review_request` step), and what the data does not know of the year's review
 * (its `timing` steps of unknown status). Undefined without a standard on that day.
 */
function reviewStoppedCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  if (!saysAny(message.words, TOPICS.claims.reviewStopped) || classesNamed(message.words).length === 0) return undefined;
  const asked = whenAsked(message, today);
  const day = asked.day ?? dayForYear(asked.year, today);
  const found = lookupStandard(rules, day);
  if (!found.ok) return undefined;
  const { standard } = found.value;
  const steps = procedureSteps(rules, day).filter((step) => !step.classes?.length);
  const request = steps.find((step) => step.about?.includes('review_request'));
  const unknown = steps.filter((step) => step.status === 'unknown' && step.about?.includes('timing'));
  const text = [
    `Không đúng theo dữ liệu: không có văn bản nào trong dữ liệu bỏ việc xét hộ nghèo, hộ cận nghèo năm ${day.slice(0, 4)}. ` +
      `Năm ${day.slice(0, 4)} vẫn áp dụng ${lowerFirst(standard.title)} (${standard.document}${statusAfterComma(standard.status)}).`,
    ...(request ? [`Hộ vẫn có thể đề nghị được xét: ${lowerFirst(request.text)}`] : []),
    ...unknown.map((step) => `${step.text.replace(/\.$/, '')}${STATUS_TAGS[step.status]}; bạn hỏi thêm ${POVERTY_CADRE}.`),
  ];
  return {
    correction: { text: text.join(' '), bases: unique([standard.document, rules.procedure.source.document]) },
    // Said alone to a resident (round 43 mend45d; was the correction, the day's schedule and the procedure card after it, the
    // schedule and Mẫu số 04 said three times, 1.765 characters): the verdict, the request and the unknown schedule once each.
    answer: { topic: { kind: 'procedure', about: 'timing' }, alone: text.join(' ') },
  };
}

/** The electricity support (rules/supports/60-electricity.yaml): its former decision's amount, and what is not known since. */
const ELECTRICITY_SUPPORT = 'electricity_bill';

/**
 * "that ko ad, ho ngheo dc mien tien dien hoan toan ha" (round 43 mend45d; was the electricity card, the rumour never said right
 * or wrong): the bill said wholly free (TOPICS.claims.billFree) of the electricity support is not in the data; the former
 * decision's amount with its status (its ended variant), and what is not known on the day asked (the variant then, in brief).
 * Said alone to a resident, the card one "chi tiết" away. Undefined for another topic or no former amount.
 */
function billFreeCorrection(rules: RuleSet, message: ReadMessage, today: string): Rumour | undefined {
  if (!saysAny(message.words, TOPICS.claims.billFree)) return undefined;
  const topic = readTopic(message, today);
  if (topic?.kind !== 'support' || topic.supportId !== ELECTRICITY_SUPPORT) return undefined;
  const asked = whenAsked(message, today);
  const day = asked.day ?? dayForYear(asked.year, today);
  const variants = rules.supports.find((support) => support.id === ELECTRICITY_SUPPORT)?.variants ?? [];
  const former = variants.find((variant) => variant.validTo !== undefined && variant.validTo < day && (variant.amounts ?? []).some((amount) => amount.text));
  const now = variants.find((variant) => inForce(variant, day));
  const gave = former?.amounts?.find((amount) => amount.text);
  if (!former || !gave?.text || !now) return undefined;
  const text = [
    `Không đúng theo dữ liệu: không có văn bản nào trong dữ liệu chính sách miễn hoàn toàn tiền điện cho hộ nghèo.`,
    `Trước đây, theo ${former.basis}, hộ nghèo chỉ được hỗ trợ ${lowerFirst(gave.text)} (${STATUS_LABELS[former.status]}).`,
    now.inBrief ?? tagged(now.what, now.status, true),
    `Bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.`,
  ].join(' ');
  return { correction: { text, bases: unique([former.basis, now.basis]) }, answer: { topic, alone: text } };
}

/**
 * "bhyt ho can ngheo nam 2027 co dc mien 100% ko", "cận nghèo được miễn 100% viện phí từ 2027 phải ko", "nghe noi tu 2027 ho can
 * ngheo di vien khong mat tien dung ko": the near-poor said to be all paid for (TOPICS.claims.fullCover read as the premium card;
 * or hospital fees said free, told or asked true: hospitalFree with a word of a stay or a visit) is true in part only, said part
 * by part with each status (round 42 rumour43; was "Chưa xác nhận được", no part said true or not): what is true, the benefit
 * the fund pays (health_insurance_benefit in brief, its start not known); what is not, fees wholly free (the hospital_fees entry:
 * its roadmap, the draft's year); and the premium the State supports (health_insurance_premium on the day asked). Then the
 * benefit card, one "chi tiết" away for a resident. Undefined without the near-poor class named.
 */
function fullCoverCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  if (!classesNamed(words).includes('near_poor') || saysAny(words, TOPICS.claims.fullCoverWhere)) return undefined;
  const topic = readTopic(message, today);
  const asPremium = topic?.kind === 'support' && topic.supportId === 'health_insurance_premium' && saysAny(words, TOPICS.claims.fullCover);
  const truthAsked = saysAny(words, TOPICS.claims.told) || saysAny(words, TOPICS.claims.truthAsked);
  const feesFree = truthAsked && saysAny(words, TOPICS.claims.hospital) && (saysAny(words, TOPICS.claims.hospitalFree) || (saysAny(words, TOPICS.claims.fullCover) && saysAny(words, TOPICS.claims.fees)));
  if (!asPremium && !feesFree) return undefined;
  const asked = whenAsked(message, today);
  const day = asked.day ?? dayForYear(asked.year, today);
  const supports = supportsFor(rules, 'near_poor', day);
  const premium = supports.find((support) => support.id === 'health_insurance_premium');
  const benefit = supports.find((support) => support.id === 'health_insurance_benefit');
  if (!premium || !benefit) return undefined;
  const fees = referenceLines(rules, HOSPITAL_FEES_ENTRY, day).lines;
  const nearPoor = CLASS_NAMES.near_poor.toLowerCase();
  // The benefit in brief, its start not known said by the entry's line (with the draft's year) in place of its own few words.
  const paid = (benefit.inBrief ?? benefit.what).replace(/;[^;]*chưa rõ\.?$/u, '').replace(/\.$/, '');
  const [roadmap, start] = [fees.find((line) => line.status !== 'unknown'), fees.find((line) => line.status === 'unknown')];
  const text = [
    `Đúng một phần (theo dữ liệu chính sách, hỏi ngày ${formatDate(today)}):`,
    `- Phần đúng: theo ${cited(benefit.basis, benefit.status)}, với thành viên ${nearPoor}: ${lowerFirst(paid)}.${start ? ` ${tagged(start.text, start.status, true)}` : ''}`,
    `- Phần chưa đúng: đó không phải miễn toàn bộ viện phí, quỹ chỉ trả chi phí trong phạm vi được hưởng.${roadmap ? ` ${tagged(roadmap.text, roadmap.status, true)}` : ''}`,
    `- Tiền đóng bảo hiểm y tế: ${lowerFirst(premium.what).replace(/\.$/, '')} (${premium.basis}).`,
    `Muốn biết thêm, bạn hỏi ${POVERTY_CADRE} hoặc cơ quan Bảo hiểm xã hội.`,
  ];
  return {
    correction: { text: text.join('\n'), bases: unique([benefit.basis, premium.basis, ...fees.map((line) => line.basis)]) },
    answer: { topic: { kind: 'support', supportId: benefit.id, classification: 'near_poor' }, alone: text.join('\n') },
  };
}

/**
 * "chỉ số rác thải là để phạt dân hả", "thêm tiêu chí rác thải để phạt nhà nào xả rác đúng ko" (round 42 rumour43; were the
 * indicator's card and the changes, no rebuttal): an indicator of the standard said to be a fine (TOPICS.claims.fined, with a
 * word naming an indicator or the standard). It is not: a deprivation counted to find the households needing support, in the
 * standard of the day asked or, not there, the coming one (its name, group, standard, basis and status), its threshold not known
 * said so; then the indicator's card (said alone to a resident, the card one "chi tiết" away). Undefined for no indicator named.
 */
function indicatorFineCorrection(rules: RuleSet, message: ReadMessage, today: string): Rumour | undefined {
  const { words } = message;
  if (!saysAny(words, TOPICS.claims.fined) || !saysAny(words, TOPICS.claims.indicatorWords)) return undefined;
  const named = indicatorsNamed(words);
  if (named.length === 0) return undefined;
  const asked = whenAsked(message, today);
  const asOf = asked.day ?? dayForYear(asked.year, today);
  const next = nextStandardAfter(rules, asOf);
  const found = (day: string) => indicatorsFor(rules, day).filter((indicator) => named.includes(indicator.id));
  const day = found(asOf).length > 0 || !next ? asOf : next.validFrom;
  const indicators = found(day);
  if (indicators.length === 0) return undefined;
  const standard = describeStandard(rules, day);
  const names = indicators.map((indicator) => `“${indicator.name}” (nhóm ${lowerFirst(indicator.service)})`).join(', ');
  const one = indicators.length === 1;
  const told = saysAny(words, TOPICS.claims.told);
  const unknown = indicators.filter((indicator) => !indicator.thresholdKnown || indicator.status === 'unknown');
  const text = [
    `${told ? 'Không đúng' : 'Không phải'}: ${names} ${one ? 'là một chỉ số' : 'là các chỉ số'} thiếu hụt dịch vụ xã hội cơ bản của ${lowerFirst(standard.title)} ` +
      `(từ ${formatDate(standard.validFrom)}, ${standard.document}${statusAfterComma(standard.status)}), không phải để xử phạt.`,
    `Hộ thiếu hụt ${one ? 'chỉ số này' : 'các chỉ số này'} được tính thêm chỉ số thiếu hụt khi xét hộ nghèo, hộ cận nghèo, để biết hộ nào cần được hỗ trợ.`,
    ...(unknown.length > 0
      ? [`Ngưỡng thiếu hụt của ${unknown.map((indicator) => `“${indicator.name}”`).join(', ')} chưa được công bố hoặc chưa được kiểm tra${STATUS_TAGS.unknown}; bạn hỏi thêm ${POVERTY_CADRE}.`]
      : []),
  ].join(' ');
  return {
    correction: { text, bases: [standard.document] },
    answer: { topic: { kind: 'indicator', indicatorIds: indicators.map((indicator) => indicator.id), ...(day !== asOf || asked.year !== undefined ? { year: Number(day.slice(0, 4)) } : {}) }, alone: text },
  };
}

/**
 * "nghe noi tu 2027 ai ko co smartphone la tu dong thanh ho ngheo, that ko ban", "nha ko co internet thi thanh ho ngheo dung ko"
 * (round 46 tryout50 R52; was an explainer's passage, no verdict): a household said to become poor by lacking a phone or the
 * Internet alone (TOPICS.claims.digitalLack, told as a rumour or "tự động"; no amount nor household told: that is a household's
 * check). It does not: "Không đúng", the rule of the standard with the digital services indicator (the day asked's, else the
 * coming one: income within the line and the deprivations counted), the named indicators it drops and adds, and a threshold
 * not known said so. Undefined when no standard then or later has the indicators named.
 */
function digitalLackCorrection(rules: RuleSet, message: ReadMessage, today: string): Rumour | undefined {
  const { words } = message;
  const { lacking, digital, becomesPoor } = TOPICS.claims.digitalLack;
  if (!saysAny(words, lacking) || !saysAny(words, digital) || !saysAny(words, becomesPoor)) return undefined;
  if (householdSizeSaid(words) || findAmounts(message.text, AMOUNT_STOP_WORDS).some((found) => found.parse.ok)) return undefined;
  if (!rumourShaped(words) && !saysAny(words, ['tu dong'])) return undefined;
  const named = indicatorsNamed(words);
  const asked = whenAsked(message, today);
  const asOf = asked.day ?? dayForYear(asked.year, today);
  // No day asked: the coming standard when it changes the indicators (the digital services criterion from 2027), the rumour's.
  const next = nextStandardAfter(rules, asOf);
  const day = next && asked.year === undefined && asked.day === undefined && indicatorSetChange(rules, next).length > 0 ? next.validFrom : asOf;
  const found = lookupStandard(rules, day);
  const band = found.ok ? found.value.standard.bands.find((candidate) => candidate.byDeprivations && candidate.upTo) : undefined;
  if (!found.ok || !band) return undefined;
  const standard = describeStandard(rules, day);
  const changes = indicatorSetChange(rules, found.value.standard);
  const lines = standard.lines.map((line) => `${formatMoney(line.value)} (${line.areaName.toLowerCase()})`).join(', ');
  const text = [
    `Không đúng: không có điện thoại thông minh hay Internet không tự làm một hộ thành hộ nghèo.`,
    `Theo ${lowerFirst(standard.title)} (từ ${formatDate(standard.validFrom)}, ${standard.document}${statusAfterComma(band.status)}), hộ có thu nhập bình quân mỗi người mỗi tháng không quá ${lines} là ${bandOutcome(band)}; thu nhập trên mức đó thì không phải hộ nghèo.`,
    ...(changes.length > 0
      ? [`Từ ${formatDate(standard.validFrom)}: ${changes.map(lowerFirst).join('; ')}${STATUS_TAGS[found.value.standard.indicators.status]}; mỗi tiêu chí chỉ là một chỉ số thiếu hụt được đếm, ngưỡng chưa rõ thì bạn hỏi thêm ${POVERTY_CADRE}.`]
      : []),
  ].join(' ');
  const ids = indicatorsFor(rules, day).filter((indicator) => named.includes(indicator.id)).map((indicator) => indicator.id);
  return {
    correction: { text, bases: [standard.document] },
    answer: { topic: { kind: 'indicator', indicatorIds: ids, ...(day !== today || asked.year !== undefined ? { year: Number(day.slice(0, 4)) } : {}) }, alone: text },
  };
}

/**
 * "tro cap xa hoi 500k 1 thang nam 2026 co tang ko ban" (round 46 tryout50 R45; was the card with 500.000 đồng, no yes or no): a
 * support's amount asked whether it rises in the year asked (TOPICS.claims.raiseAsked). When no variant of it starts that year, no
 * rise is known (chưa rõ): said first, with the amount in force, its date, reference and status, and the variant's own words.
 * Undefined when a variant starts that year (its card says it), or the support has no amount in force.
 */
function raiseVerdict(rules: RuleSet, message: ReadMessage, topic: Extract<Topic, { kind: 'support' }>, today: string): Rumour | undefined {
  if (!saysAny(message.words, TOPICS.claims.raiseAsked) || saysAny(message.words, TOPICS.claims.giftAsked)) return undefined;
  const support = supportById(rules, topic.supportId);
  if (!support) return undefined;
  const asked = whenAsked(message, today);
  const day = asked.day ?? dayForYear(asked.year, today);
  const year = day.slice(0, 4);
  if (support.variants.some((variant) => variant.validFrom?.startsWith(year) && variant.validFrom > `${year}-01-01`)) return undefined;
  const variant = support.variants.find((one) => inForce(one, day) && (one.amounts ?? []).some((amount) => amount.value !== undefined));
  const amount = variant?.amounts?.find((one) => one.value !== undefined);
  if (!variant || !amount) return undefined;
  const since = variant.validFrom ? ` từ ${formatDate(variant.validFrom)}` : '';
  const text = [
    `Chưa rõ: trợ lý chưa thấy văn bản nào thay đổi mức ${lowerFirst(support.name)} năm ${year}${STATUS_TAGS.unknown}.`,
    `${amount.label ?? 'Mức'} hiện nay: ${formatMoney(amount.value!)}${amount.per ? `/${amount.per}` : ''}${since} (${amount.reference ?? variant.basis}, ${STATUS_LABELS[amount.status ?? variant.status]}).`,
    variant.what,
    `Bạn hỏi thêm ${POVERTY_CADRE}.`,
  ].join(' ');
  return { correction: { text, bases: [variant.basis] }, answer: { topic, alone: text } };
}

/**
 * Whether a cut (TOPICS.claims.cutBeforeSupport) stands right before one of the support's names, no word between: a bare
 * "bo"/"het" only at the start, after "có"/"sẽ"/"bị", or told as a rumour ("bo toi dang vay von", "tra het vay von": no cut).
 */
function cutBeforeSupport(words: readonly string[], supportId: string, told: boolean): boolean {
  const { cuts, bare, asked } = TOPICS.claims.cutBeforeSupport;
  const names = (TOPICS.supports[supportId] ?? []).map((name) => name.split(' '));
  return words.some(
    (_, at) =>
      names.some((name) => phraseAt(words, at, name)) &&
      (cuts.some((cut) => phraseEndingAt(words, at, cut.split(' '))) ||
        (bare.includes(words[at - 1] ?? '') && (at === 1 || told || asked.includes(words[at - 2] ?? '')))),
  );
}

/**
 * "nghe noi tu nam sau ho can ngheo bi cat bhyt, co that ko": a support said to be cut for a class (TOPICS.claims.supportCut,
 * told as a rumour; or a cut right before its name, asked or not: "nam 2027 co bo vay von ho ngheo ko"), checked on the day asked ("năm sau": 01/01 of the next year): the support the data still has for the
 * class then, with its basis, and that changes not in the data are not known; then the support's card. Undefined when the
 * class has no such support on that day (what the data does not hold is not denied).
 */
function supportCutCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  const supportId = supportNamed(message);
  const told = saysAny(words, TOPICS.claims.told);
  const cutNamed = supportId !== undefined && cutBeforeSupport(words, supportId, told);
  if (!cutNamed && (!told || !saysAny(words, TOPICS.claims.supportCut))) return undefined;
  const classification = classesNamed(words)[0];
  if (supportId === undefined || classification === undefined || classification === 'newly_escaped') return undefined;
  const asked = whenAsked(message, today);
  const day = asked.day ?? dayForYear(asked.year, today);
  const found = supportsFor(rules, classification, day).find((support) => support.id === supportId);
  if (!found || found.status === 'unknown') return undefined;
  const name = CLASS_NAMES[classification].toLowerCase();
  const programme = programmeSays(rules, supportId, day);
  // "nam 2027 co bo vay von ho ngheo ko" (round 29 mend29c): figures not known for that day (the 2019 cap, 2018 rate) are not
  // said as that day's; the support's first sentence, that they are not known, and the card below carries them with its basis
  // (was "ngày 01/01/2027 vẫn là: … 100.000.000 đồng/hộ …" and, two sentences later, that the cap of 2026 is not known).
  const unknownFigures = found.figuresUnknown && day >= found.figuresUnknown.from ? found.figuresUnknown.figures : undefined;
  const still = unknownFigures
    ? `${lowerFirst(found.what.split(/(?<=\.)\s+(?=\p{Lu})/u)[0]!).replace(/\.$/, '')}; ${unknownFigures} áp dụng năm ${day.slice(0, 4)} chưa rõ (xem căn cứ bên dưới).`
    : // Its basis without its own remark (round 45 rumour50: was "(Luật Bảo hiểm y tế, Điều 12 (nhóm do ngân sách nhà nước đóng))").
      `${lowerFirst(found.what).replace(/\.$/, '')} (${found.basis.replace(/ \([^()]*\)/gu, '')}).`;
  const lead = `${told ? 'Không đúng theo dữ liệu: dữ liệu chính sách không có' : 'Theo dữ liệu, không có'} văn bản nào cắt ${lowerFirst(found.name)} của ${name}`;
  const after = `${programme ? ` ${programme.text}` : ''} Thay đổi chưa có trong dữ liệu thì trợ lý không biết`;
  const text = `${lead}; ngày ${formatDate(day)} vẫn là: ${still}${after}; bạn hỏi thêm ${POVERTY_CADRE}.`;
  // Above the card in brief (round 39 short31): what it still is and whom to ask are the card's own lines, said there.
  const beforeBrief = `${lead}: ngày ${formatDate(day)} vẫn có${unknownFigures ? `; ${unknownFigures} áp dụng năm ${day.slice(0, 4)} chưa rõ` : ''} (xem bên dưới).${after}.`;
  return { correction: { text, bases: [found.basis, ...(programme?.bases ?? [])] }, answer: { topic: { kind: 'support', supportId, classification }, beforeBrief } };
}

/**
 * What the national programme a support is part of (its `programme`: "Chương trình MTQG giai đoạn 2026–2035") says of it on a
 * day: that entry's lines about the support, each with its status and basis ("… 23.000 tỷ đồng vốn tín dụng chính sách … (tham
 * khảo)"); undefined when the support names no programme.
 */
function programmeSays(rules: RuleSet, supportId: string, day: string): { text: string; bases: string[] } | undefined {
  const entryId = supportById(rules, supportId)?.programme;
  if (entryId === undefined) return undefined;
  const entry = referenceLines(rules, entryId, day);
  const lines = entry.lines.filter((line) => 'support' in line && line.support === supportId);
  if (lines.length === 0) return undefined;
  return { text: `${entry.title}: ${lines.map((line) => lowerFirst(referenceLine(line))).join(' ')}`, bases: lines.map((line) => line.basis) };
}

/**
 * "nghe noi ho ngheo dc cho 100 trieu ko lai" (findings35 N35-09): a figure the data has only in a support's text (the loan's
 * "mức vay tối đa 100.000.000 đồng/hộ", a reported figure with no amount of its own) is never "not in the data": the
 * sentence that has it, with its status; and when the message says it is interest-free (TOPICS.claims.interestFree) while that
 * sentence names an interest rate, that this is wrong. Then the support's card. Undefined when no support text has every figure.
 */
function figureInSupportText(rules: RuleSet, words: string[], wrong: readonly number[], classification: SupportClass, day: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const sentencesOf = (what: string) => what.split(/(?<=\.)\s+(?=\p{Lu})/u);
  const found = supportsFor(rules, classification, day).flatMap((support) => {
    const sentences = sentencesOf(support.what).filter((sentence) => wrong.some((value) => sentence.includes(formatMoney(value))));
    return sentences.length > 0 && wrong.every((value) => sentences.some((sentence) => sentence.includes(formatMoney(value)))) ? [{ support, sentences }] : [];
  });
  const first = found[0];
  if (!first) return undefined;
  const { support, sentences } = first;
  const name = CLASS_NAMES[classification].toLowerCase();
  const interest = sentences.find((sentence) => sentence.includes('lãi suất'));
  const freeSaid = saysAny(words, TOPICS.claims.interestFree);
  // A loan said to be free: who lends it too, its text's first sentence ("Hộ nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách
  // xã hội."; round 25: the figure's sentence no longer ends with whom to ask, the card's "Nơi làm" says it once).
  const lender = freeSaid && interest ? sentencesOf(support.what).filter((sentence, at) => at === 0 && !sentences.includes(sentence)) : [];
  const text = [
    freeSaid && interest
      ? `Không đúng: ${money([...wrong])} là khoản vay (${support.name}) của ${name}, phải trả và có lãi, không phải không lãi.`
      : `Chưa đúng: ${money([...wrong])} không phải tiền cho không; trong dữ liệu đó là con số của ${lowerFirst(support.name)} cho ${name}.`,
    ...lender,
    tagged(sentences.join(' '), support.status, true),
  ];
  return {
    correction: { text: text.join(' '), bases: [support.basis] },
    answer: { topic: { kind: 'support', supportId: support.id, classification }, day } as RumourAnswer,
  };
}

/** A percentage as written ("3,3%", "3.3 %"), its decimal mark a comma. */
const percentsWritten = (text: string) => [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*%/g)].map((match) => `${match[1]!.replace('.', ',')}%`);

/**
 * "ho ngheo o huyen 30a vay lai suat 3,3% dung ko" (round 23): a figure still repeated of a support that is not today's (the
 * variant's `earlierFigures` in rules/supports/): what it was, with its status, first; then the support's card.
 * "ho can ngheo vay lai suat 3,3% phai ko" (round 24): of the class asked (`classification`), the figures its own variant has
 * (whose it was and that it is not this class's); no class named: those of no `whenClassNamed`.
 */
function earlierFigureCorrection(rules: RuleSet, message: ReadMessage, supportId: string, today: string, classification?: AskedClass): Correction | undefined {
  const stated = percentsWritten(message.text);
  if (stated.length === 0) return undefined;
  const support = supportById(rules, supportId);
  const asked = whenAsked(message, today);
  const day = asked.day ?? dayForYear(asked.year, today);
  const fits = (variant: NonNullable<typeof support>['variants'][number], figure: (typeof variant.earlierFigures)[number]) =>
    stated.includes(figure.said) && (classification === undefined ? figure.whenClassNamed !== true : (variant.classes as readonly string[]).includes(classification));
  const variants = support?.variants.filter((variant) => inForce(variant, day) && variant.earlierFigures.some((figure) => fits(variant, figure))) ?? [];
  if (variants.length === 0) return undefined;
  const found = variants.flatMap((variant) => variant.earlierFigures.filter((figure) => fits(variant, figure)));
  return { text: found.map((figure) => tagged(figure.text, figure.status, true)).join(' '), bases: unique(variants.map((variant) => variant.basis)) };
}

/** The entry on what the newly escaped keep and for how long (rules/reference.yaml). */
const NEWLY_ESCAPED_ENTRY = 'newly_escaped';

/**
 * "Có người nói thoát nghèo là mất hết hỗ trợ ngay, đúng không?" (round 40 mend40c; was the class's list, no verdict, with a line on
 * the BHYT benefit for members of 75 and over): the newly escaped said to lose every support (TOPICS.claims.escapeLoss). "Không
 * đúng" with what the data keeps for them with no condition (each with its status), then the entry on what they keep and how long.
 * Undefined when the data keeps them nothing known that day.
 */
function escapeLossCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  if (!classesNamed(words).includes('newly_escaped') || !saysAny(words, TOPICS.claims.escapeLoss)) return undefined;
  const supports = supportsFor(rules, 'newly_escaped', today);
  const kept = supports.filter((support) => support.condition === undefined && support.status !== 'unknown' && support.scope === undefined);
  if (kept.length === 0) return undefined;
  const name = CLASS_NAMES.newly_escaped.toLowerCase();
  const text = `Không đúng: ${name} không mất hết hỗ trợ ngay, vẫn được ${kept.map((support) => `${lowerFirst(support.name)}${STATUS_TAGS[support.status]}`).join('; ')}.`;
  return { correction: { text, bases: unique(kept.map((support) => support.basis)), brief: text }, answer: { topic: { kind: 'reference', entryId: NEWLY_ESCAPED_ENTRY } } };
}

/** A text folded one character for one (fold), so an offset in it is one in the text. */
const foldedAlike = (text: string) => [...text].map((character) => fold(character).slice(0, 1) || character).join('');
/** A phrase of the lexicon as a pattern over a folded text: its words, anything but letters and digits between. */
const phrasePattern = (phrases: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map((phrase) => phrase.split(' ').join('[^\\p{L}\\p{N}]+')).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const TAKEN = phrasePattern(TOPICS.claims.taken);
const TAKEN_END = new RegExp(`[,.;:!?\\n]|${phrasePattern(TOPICS.claims.takenEnds).source}`, 'u');

/**
 * "Đồn là hộ nghèo sẽ bị thu hồi sổ đỏ nếu không thoát nghèo, soạn tin bác bỏ" (round 40 mend40c; was the list of the newly
 * escaped's supports, no rebuttal): something said, as a rumour, to be taken from a class (TOPICS.claims.taken: "bị thu hồi …",
 * "bị cắt …", "phải trả lại …") that names no support, class nor cut of supports: the data has no rule on it. "Chưa xác nhận
 * được" with what was said in its own words, that no rule of the data says so, and whom to ask; then who decides (the authority
 * entry), never a class's supports.
 */
function baselessTakenCorrection(rules: RuleSet, message: ReadMessage, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  if (!saysAny(words, TOPICS.claims.told) || classesNamed(words).length === 0) return undefined;
  const text = message.text.normalize('NFC');
  const folded = foldedAlike(text);
  const verb = TAKEN.exec(folded);
  if (!verb) return undefined;
  const from = verb.index + verb[0].length;
  const end = TAKEN_END.exec(folded.slice(from));
  const taken = text.slice(from, end ? from + end.index : undefined).trim();
  const takenWords = matchKey(taken).split(' ').filter((word) => word !== '');
  if (takenWords.length === 0 || saysAny(takenWords, SUPPORT_WORDS) || saysAny(takenWords, TOPICS.claims.takenKnown) || classesNamed(takenWords).length > 0) return undefined;
  const classification = classesNamed(matchKey(folded.slice(0, verb.index)).split(' '))[0] ?? classesNamed(words)[0]!;
  const said = `${CLASS_NAMES[classification].toLowerCase()} ${text.slice(verb.index, from).trim().toLowerCase()} ${taken}`;
  const verdict = `Chưa xác nhận được: “${said}”. Không có quy định nào trong dữ liệu chính sách về việc này; bà con đừng chia sẻ tin chưa rõ nguồn và hỏi ${POVERTY_CADRE} nơi mình cư trú.`;
  // What the data says of who decides follows (the entry's lines, in brief); to a resident the verdict alone, the entry a "chi tiết" away.
  return { correction: { text: verdict, bases: [], brief: verdict }, answer: { topic: { kind: 'reference', entryId: RECOGNITION_ENTRY, brief: true }, alone: verdict } };
}

/** The scam warning's entry (rules/reference.yaml). */
const SCAM_ENTRY = 'identity_papers';

/** An entry's line or advice in brief for a resident (its `brief` text), else its whole text. */
const briefOf = (line: { text: string; brief?: string | true | undefined }) => (typeof line.brief === 'string' ? line.brief : line.text);

/**
 * "dang ky ho ngheo online la dc nhan tien lien ha" (round 45 rumour50; was whether the form can be filed online, no verdict, no
 * warning): registering as a poor household said to pay money (TOPICS.claims.registered with paidOnRegistering, a class named).
 * "Không đúng": who decides, after the commune's review (RECOGNITION_ENTRY's first line, with its status), no stored text paying for
 * registering; then the scam warning (SCAM_ENTRY's leading advice) and the fee line (its status), where to ask. Said alone, the
 * warning's card one "chi tiết" away.
 */
function registrationCashCorrection(rules: RuleSet, message: ReadMessage, today: string): Rumour | undefined {
  const { words } = message;
  // A link, the CCCD or a transfer asked beside it (asksIdentityPapers) is the scam card's, its warning first (round 44 rumour49).
  if (!saysAny(words, TOPICS.claims.registered) || !saysAny(words, TOPICS.claims.paidOnRegistering) || classesNamed(words).length === 0 || asksIdentityPapers(words)) return undefined;
  const decides = referenceLines(rules, RECOGNITION_ENTRY, today).lines[0];
  const scam = referenceLines(rules, SCAM_ENTRY, today);
  const warning = scam.advice.find((advice) => advice.lead);
  const fee = scam.lines.find((line) => typeof line.brief === 'string' && line.basis === rules.procedure.source.document) ?? scam.lines.at(-1);
  if (!decides || !warning || !fee) return undefined;
  const text = [
    `Không đúng: đăng ký (nộp Giấy đề nghị) không phải là được nhận tiền ngay. ${briefOf(decides)} Căn cứ: ${cited(decides.basis, decides.status)}. Các văn bản trợ lý có không có chính sách nào trả tiền cho việc đăng ký.`,
    briefOf(warning),
    `${tagged(briefOf(fee), fee.status, true)} Bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.`,
  ].join('\n');
  return { correction: { text, bases: unique([decides.basis, fee.basis]), brief: text.split('\n')[0]! }, answer: { topic: { kind: 'reference', entryId: SCAM_ENTRY }, alone: text } };
}

/** The entry on Tết gifts (rules/reference.yaml): decided each year, none of it in the data. */
const TET_ENTRY = 'tet_gifts';

/**
 * "tren zalo noi moi ho ngheo dc phat 5 trieu tet nay that hok" (round 45 rumour50; was the entry with no verdict): a Tết gift told
 * as a rumour (the entry read, or money said given at Tết to a class). The data does not hold it (the entry's first line, not known): "Chưa xác nhận được", that line, whom to ask; said
 * alone, the entry one "chi tiết" away.
 */
function tetVerdict(rules: RuleSet, message: ReadMessage, today: string): Rumour | undefined {
  const { words } = message;
  if (!rumourShaped(words)) return undefined;
  // "tui nghe ba con noi tet nay ho can ngheo dc lanh 2 trieu, co phai ko": money said given at Tết to a class, no support named,
  // is the Tết gift too, its figure never a support's or the line's ("Không đúng: … 2.000.000 đồng là chuẩn nghèo ở thành thị").
  const given = saysAny(words, TOPICS.claims.tet) && saysAny(words, GIVEN_OR_MONEY) && classesNamed(words).length > 0 && supportNamed(message) === undefined;
  const topic = readTopic(message, today);
  if (!given && !(topic?.kind === 'reference' && topic.entryId === TET_ENTRY)) return undefined;
  const [first] = referenceLines(rules, TET_ENTRY, today).lines;
  if (first?.status !== 'unknown') return undefined;
  const text = `Chưa xác nhận được: ${lowerFirst(briefOf(first)).replace(/\.$/u, '')}${STATUS_TAGS.unknown}. Bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú, đừng tin hay chia sẻ tin chưa rõ nguồn.`;
  return { correction: { text, bases: [first.basis] }, answer: { topic: { kind: 'reference', entryId: TET_ENTRY }, alone: text } };
}

/**
 * "ho ngheo dc mien tien nuoc ha" (round 45 rumour50; was the same sentence with no verdict): a support the data has none of
 * (TOPICS.withoutSupport) told as a rumour: "Chưa xác nhận được" (not in the data is not false), that the data has no national
 * support of it and what it does have, the indicator, after it.
 */
function withoutSupportVerdict(message: ReadMessage, topic: Topic | undefined): Rumour | undefined {
  if (topic?.kind !== 'indicator' || topic.withoutSupport === undefined || !rumourShaped(message.words)) return undefined;
  const asked = TOPICS.withoutSupport[topic.withoutSupport];
  if (!asked) return undefined;
  const text =
    `Chưa xác nhận được: dữ liệu chính sách của trợ lý không có khoản miễn hay hỗ trợ ${asked.label} chung cả nước cho hộ nghèo, hộ cận nghèo${STATUS_TAGS.unknown}, ` +
    `nên trợ lý không nói đúng hay sai. Địa phương có thể có hỗ trợ riêng: bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.`;
  return { correction: { text, bases: [] }, answer: { topic, alone: text } };
}

/** The law of the two-level local government (no district from 01/07/2025), as the data's bases cite it. */
export const TWO_LEVEL_LAW = '72/2025/QH15';

/**
 * "nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko" (round 23): applying said, as a rumour, to be done at a level above
 * the commune (TOPICS.claims.aboveCommune), of the procedure or of who recognises households. "Không đúng" first, with the
 * level named, then what the data says of where (RECOGNITION_ENTRY's lines known, with status), then the card asked.
 */
function placeClaimCorrection(rules: RuleSet, message: ReadMessage, topic: Topic | undefined, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  const { words } = message;
  if (!topic || !(topic.kind === 'procedure' || (topic.kind === 'reference' && topic.entryId === RECOGNITION_ENTRY))) return undefined;
  if (!saysAny(words, TOPICS.claims.told)) return undefined;
  const levels = Object.entries(TOPICS.claims.aboveCommune).filter(([, phrases]) => saysAny(words, phrases)).map(([level]) => level);
  if (levels.length === 0) return undefined;
  // The card after it says who decides; of the entry, only what the two-level law changed (where to apply, no district).
  const known = referenceLines(rules, RECOGNITION_ENTRY, today).lines.filter((line) => line.status !== 'unknown' && line.basis.includes(TWO_LEVEL_LAW) && !('about' in line));
  // "nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko" (round 37 mend37b; was a flat "Không đúng"): of a later year, whose
  // procedure and who does the former district's steps are not known (shared/facts/updates-2026.md [?]): today's place (tham khảo)
  // said as today's, that year's not known in the procedure's card after it, with whom to ask.
  const later = laterDayAsked(message, today);
  const opening = later !== undefined ? `Hiện nay (năm ${today.slice(0, 4)}), hộ` : 'Không đúng: hộ';
  const text = [
    // Where to file said once: by the entry's line when it is known (round 37 short28).
    `${opening} không phải lên ${levels.join(' hay ')} để được xét hộ nghèo, hộ cận nghèo${known.length > 0 ? '.' : '; hộ nộp Giấy đề nghị tại UBND cấp xã nơi hộ cư trú.'}`,
    ...known.map((line) => tagged(line.text, line.status, true)),
  ];
  // The procedure after it in brief (round 37 short28: was its whole card, 2.316 characters on a phone), "chi tiết" the whole.
  return { correction: { text: text.join(' '), bases: unique(known.map((line) => line.basis)) }, answer: { topic: topic.kind === 'procedure' ? { ...topic, brief: true } : topic } };
}

/** The support a phrase right before a figure names (TOPICS.claims.supportBeforeFigure: "hỗ trợ nhà 60 triệu"). */
function supportBeforeFigure(words: string[]): string | undefined {
  const said = ` ${words.join(' ')} `;
  return Object.entries(TOPICS.claims.supportBeforeFigure).find(([, phrases]) => phrases.some((phrase) => new RegExp(` ${phrase} \\d`).test(said)))?.[0];
}

/**
 * "nghe noi tong thu nhap ca nha duoi 6 trieu la ho ngheo" (round 23): a figure said of the whole household's income, as if it
 * were the line. The line is each person's income a month, the household's divided by its people: said first, with the lines
 * of the day asked (and of the standard after it, when the data has one), then the rule of counting (the income entry).
 * Undefined when no figure is stated ("tong thu nhap tinh sao": the entry alone answers).
 */
function wholeIncomeCorrection(rules: RuleSet, message: ReadMessage, topic: Topic, today: string): { correction: Correction; answer: RumourAnswer } | undefined {
  // "thu nhập bình quân 1.500.000 đồng/người/tháng đúng bằng chuẩn" (round 29): a figure said per person is no household's total.
  const stated = unique(statedAmounts(message.text).filter(({ perPerson }) => !perPerson).map(({ said }) => said));
  if (stated.length === 0) return undefined;
  const asked = whenAsked(message, today);
  const now = describeStandard(rules, asked.day ?? dayForYear(asked.year, today));
  const after = now.validTo ? addDays(now.validTo, 1) : undefined;
  const next = after && lookupStandard(rules, after).ok ? describeStandard(rules, after) : undefined;
  const linesOf = (description: typeof now) => `${description.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ')}${STATUS_TAGS[description.status]}`;
  const text = [
    `Không đúng: chuẩn nghèo không so với tổng thu nhập của cả hộ (${money(stated)} như bạn nghe) mà với thu nhập bình quân mỗi người mỗi tháng: thu nhập của cả hộ chia cho số người trong hộ.`,
    `${now.title}: ${linesOf(now)}${next ? `; từ ${formatDate(next.validFrom)}, ${lowerFirst(next.title)}: ${linesOf(next)}` : ''}.`,
  ];
  // The income entry after it in brief (round 38 short30: was its whole card, 1.935 characters on a phone), "chi tiết" the whole.
  const answer = topic.kind === 'reference' ? { ...topic, brief: true as const } : topic;
  const bases = [now, ...(next ? [next] : [])].map((description) => description.document);
  // Said alone to a resident (round 40 short33: the entry's brief grew with the lines residents ask, money sent home, an income
  // that comes and goes): the correction with its bases, the entry's first line (the rule of counting) and its last (the coming
  // standard's counting not known) in brief, the entry one "chi tiết" away.
  const { lines } = referenceLines(rules, INCOME_ENTRY, today);
  const rule = [lines[0]!, lines.at(-1)!].map((line) => referenceLine({ ...line, text: typeof line.brief === 'string' ? line.brief : line.text })).join('\n');
  // A document said within another base ("Nghị định 351/2025/NĐ-CP (giữ chuẩn của …)") once.
  const cited = unique(bases).filter((base, at, all) => !all.some((other, index) => index !== at && other.includes(base)));
  const alone = `${text.join(' ')} Căn cứ: ${cited.join('; ')}.\n${rule}\nBạn hỏi thêm ${POVERTY_CADRE} nơi bạn cư trú.`;
  return { correction: { text: text.join(' '), bases }, answer: { topic: answer, alone } };
}

/** What a rumour is answered with after its correction: a rules card, or the supports of a class. */
export type RumourAnswer = ({ topic: Topic } | { supportsOf: SupportClass }) & {
  /** The day asked when it is not today ("năm 2027"): the card or list is that day's (findings35 N35-09). */
  day?: string;
  /** The class's list takes the room of the correction said before it, its items past that counted (round 33 short23). */
  short?: true;
  /**
   * What a resident is told in place of the correction and the card (round 39 short31): a text whole in itself (the figures the
   * card would add said in it), the card one "chi tiết" away. A cadre's formal question (wordingOf) gets the correction and card.
   */
  alone?: string;
  /** The correction said above the card in brief to a resident (supportInOwnWords), without what the card says. */
  beforeBrief?: string;
};

/**
 * A figure stated in an ordinary message ("nghe noi chuan ngheo moi la 1,9 trieu", "tu thang nay ho can ngheo dc 2tr2 ha",
 * "nghe noi ho can ngheo sap dc cho 5 trieu"), checked against the data on the day asked: of a support named, its amounts
 * (supportCorrection); of the standard, its lines (and the coming standard's when "mới", "năm sau" is said); of a class
 * alone, the lines and the class's support amounts. A wrong figure is corrected first ("Không đúng: …", or "Chưa xác nhận
 * được" for an amount not known); a line stated rightly is confirmed ("Đúng: …"). Undefined when no figure is stated, or
 * the message asks something else (the procedure, a reference entry), or it states a support's amount the data has.
 */
export function rumourCorrection(rules: RuleSet, message: ReadMessage, today: string, previous?: Topic): Rumour | undefined {
  // Read once a turn: /api/ask checks a question for a rumour in its answer and again in routedTopic (documents.ts), and the
  // chat's short post (short.ts classRumour) the same message; kept for the turn only (turnMemo), by the day, the text, its
  // words, the card before and the rules, as readTopic is. Its callers copy what they change, never the reading itself.
  const key = () => `${today}\u0000${message.text}\u0000${message.words.join('\u0001')}\u0000${previous === undefined ? '' : JSON.stringify(previous)}`;
  return turnRemembered('rumourCorrection', key, rules, () => rumourRead(rules, message, today, previous));
}

/** A correction's text whole in itself for a resident (Correction.alone), as the answer's `alone`. */
const aloneOf = (correction: Correction) => (correction.alone === undefined ? {} : { alone: correction.alone });

/** A rumour's correction and the answer after it (rumourCorrection). */
type Rumour = { correction: Correction; answer: RumourAnswer };

/** rumourCorrection, read afresh. */
function rumourRead(rules: RuleSet, message: ReadMessage, today: string, previous?: Topic): Rumour | undefined {
  const abolished = digitalLackCorrection(rules, message, today) ?? registrationCashCorrection(rules, message, today) ?? tetVerdict(rules, message, today) ?? supportCutCorrection(rules, message, today) ?? supportsCutCorrection(rules, message, today) ?? abolitionCorrection(rules, message, today) ?? reviewStoppedCorrection(rules, message, today) ?? fullCoverCorrection(rules, message, today) ?? billFreeCorrection(rules, message, today) ?? indicatorFineCorrection(rules, message, today) ?? escapeLossCorrection(rules, message, today) ?? baselessTakenCorrection(rules, message, today);
  if (abolished) return abolished;
  const linesStated = statedAmounts(message.text).filter(({ said, line }) => line || draftStandard(rules, [said]) !== undefined);
  // "Trên mạng đang đồn từ năm 2027 ai thu nhập dưới 3 triệu đều được vào hộ nghèo" (round 41 mend41b; was the procedure, no
  // verdict): a line told as a rumour (TOPICS.claims.told) as what takes a household in ("vào hộ nghèo") is about the standard,
  // not how to apply ("thu nhap duoi 1tr5 thi lam sao de vao ho ngheo" still asks how).
  const read = readTopic(message, today);
  const lineTold = linesStated.some(({ line }) => line) && saysAny(message.words, TOPICS.claims.told);
  const topic = read?.kind === 'procedure' && lineTold ? undefined : read;
  // "nghe noi dc 60 trieu dung ko" right after the housing answer: a figure stated of that support (its earlier campaign's
  // 60/30 triệu said so), as if the support were named.
  // "co tin don tu 2027 ai thu nhap duoi 1 trieu 9 moi la ho ngheo" after it is a line stated (a bound, or a draft's line
  // figure): about the standard below, never that support's amount.
  if (!topic && previous?.kind === 'support' && linesStated.length === 0) {
    const correction = supportCorrection(rules, message.text, previous.supportId, today, true);
    if (correction) return { correction, answer: { topic: previous, ...aloneOf(correction) } };
  }
  const place = placeClaimCorrection(rules, message, topic, today) ?? withoutSupportVerdict(message, topic);
  if (place) return place;
  if (topic?.kind === 'reference' && topic.entryId === INCOME_ENTRY) return wholeIncomeCorrection(rules, message, topic, today);
  if (topic && topic.kind !== 'support' && topic.kind !== 'standard') return undefined;
  // "ho ngheo nam 2027 dc ho tro nha 60 trieu phai ko" (findings35 N35-09): "nhà" right before the figure names the housing
  // support (TOPICS.claims.supportBeforeFigure), though "nhà" alone names none ("nhà tui"); its amount of the year asked.
  const beforeFigure = topic ? undefined : supportBeforeFigure(message.words);
  if (beforeFigure) {
    const asked = whenAsked(message, today);
    const classification = classesNamed(message.words)[0];
    const day = asked.day ?? dayForYear(asked.year, today);
    const correction = supportCorrection(rules, message.text, beforeFigure, day, true);
    if (correction) return { correction, answer: { topic: { kind: 'support', supportId: beforeFigure, ...(classification ? { classification } : {}) }, day, ...aloneOf(correction) } as RumourAnswer };
  }
  const wanted = topic?.kind === 'support' ? loanWanted(rules, message, topic, today) : undefined;
  if (wanted) return wanted;
  if (topic?.kind === 'support') {
    const earlier = earlierFigureCorrection(rules, message, topic.supportId, today, topic.classification);
    if (earlier) return { correction: earlier, answer: { topic } };
    // The support is named in the message itself ("tiền già 500 ngàn đúng ko"): its figure needs no class named; checked on
    // the year asked ("hộ nghèo năm 2027 được hỗ trợ xây nhà 40 triệu": 2027's amount, not today's).
    // "nghe noi dc vay 100 trieu ko lai" (round 45 rumour50): a loan said free is answered on that, its sum beside it (supportVerdict).
    const raise = raiseVerdict(rules, message, topic, today);
    if (raise) return raise;
    const freeLoan = loanSaidFree(topic.supportId, message.words) ? supportVerdict(rules, message, topic, today) : undefined;
    if (freeLoan) return freeLoan;
    const asked = whenAsked(message, today);
    const correction = supportCorrection(rules, message.text, topic.supportId, asked.day ?? dayForYear(asked.year, today), true);
    return correction ? { correction, answer: { topic, ...aloneOf(correction) } } : supportVerdict(rules, message, topic, today);
  }
  const stated = statedAmounts(message.text);
  if (stated.length === 0) return topic ? undefined : (monthlyCashCorrection(rules, message, today) ?? handoutCorrection(rules, message, today));
  // A year said without the standard named ("nam 2027 thu nhap duoi 2tr2 la ho ngheo") is that year's standard too.
  const asked = whenAsked(message, today);
  const year = topic?.kind === 'standard' ? topic.year : asked.year;
  // "chuẩn nghèo mới", "năm sau" without a year: the coming standard too (a year said is that year's).
  const coming = year === undefined && saysAny(message.words, TOPICS.claims.coming);
  const day = topic?.kind === 'standard' ? (topic.date ?? dayForYear(year, today)) : (asked.day ?? dayForYear(year, today));
  const now = describeStandard(rules, day);
  const after = now.validTo ? addDays(now.validTo, 1) : undefined;
  const next = coming && after && lookupStandard(rules, after).ok ? describeStandard(rules, after) : undefined;
  const standards = [now, ...(next ? [next] : [])];
  // A class with no standard named ("hộ cận nghèo dc 2tr2"): the figure may be a support rumoured for it.
  const classification = topic ? undefined : classesNamed(message.words)[0];
  const supportValues = new Set(
    classification === undefined
      ? []
      : rules.supports.flatMap((support) =>
          support.variants
            .filter((variant) => (variant.classes as readonly string[]).includes(classification) && inForce(variant, day) && variant.status !== 'unknown')
            .flatMap((variant) => (variant.amounts ?? []).flatMap((amount) => (amount.value === undefined ? [] : [amount.value]))),
        ),
  );
  const isLine = (value: number) => standards.some((description) => description.lines.some((line) => line.value === value));
  const wrong = unique(stated.filter(({ said, monthly, given }) => (given || (!isLine(said) && !isLine(monthly))) && !supportValues.has(said)).map(({ said }) => said));
  // "nghe noi tu 2027 chuan ngheo moi nong thon la 1,9 trieu dung ko" (round 42 rumour43; was "Không đúng: …" and then the change
  // card's own "Có. … từ 01/01/2027 áp dụng …"): the correction is the answer's one verdict; the card after it gives no yes or no of
  // its own (a change asked yes or no, whether it applies yet), only the figures of the day asked.
  const standardCard: RumourAnswer = { topic: topic ? withoutOwnVerdict(topic) : { kind: 'standard', ...(year !== undefined ? { year } : {}), ...(coming ? { change: true } : {}) } };
  if (wrong.length === 0) {
    const confirmed = unique(stated.flatMap(({ said, monthly }) => [said, monthly]).filter(isLine)).flatMap((value) =>
      standards.flatMap((description) => lineSentence(description, value) ?? []),
    );
    if (confirmed.length === 0) {
      return classification === undefined ? undefined : supportAmountSaid(rules, message.words, unique(stated.map(({ said }) => said)), classification, day);
    }
    // A class said of the line: true only in part (the deprivations decide poor or near-poor), or wrong for the middle class.
    const lineNamed = phrasePositions(message.words, TOPICS.claims.lineNames);
    const classes = classesNamed(message.words.map((word, position) => (lineNamed.has(position) ? '' : word)));
    if (classes.length > 0) {
      const values = unique(stated.flatMap(({ said, monthly }) => [said, monthly]).filter(isLine));
      const rulesSaid = values.flatMap((value) => standards.flatMap((description) => classRuleSentence(rules, description, value) ?? []));
      const onlyMiddle = classes.every((named) => named === 'middle');
      const below = saysAny(message.words, TOPICS.claims.below);
      const text = [
        `${onlyMiddle ? 'Không đúng' : 'Chưa đủ'}: ${rulesSaid.join('; ')}.`,
        ...(onlyMiddle ? ['Hộ có mức sống trung bình là hộ có thu nhập trên chuẩn nghèo này.'] : []),
        ...(below ? [`“Không quá” gồm cả thu nhập đúng bằng ${money(values)}, không chỉ “dưới”.`] : []),
      ];
      return { correction: { text: text.join(' '), bases: standards.map((description) => description.document) }, answer: standardCard };
    }
    return { correction: { text: `Đúng: ${confirmed.join('; ')}.`, bases: standards.map((description) => description.document) }, answer: standardCard };
  }
  const elsewhere = wrong.flatMap((value) => {
    const line = lineSentence(now, value) ?? lineOf(rules, value);
    return line ? [`${line}: đó là mức thu nhập bình quân mỗi người mỗi tháng để xét hộ nghèo, hộ cận nghèo, không phải tiền hộ được nhận.`] : [];
  });
  const drafts = draftLines(rules, wrong);
  // A class with a figure stated as its line ("nam 2027 thu nhap duoi 1tr9 la ho ngheo") is about the standard, not a support;
  // so is a draft's line figure ("nghe noi 1 trieu 9 la ho ngheo": the September 2025 draft's, of the 2027–2030 standard).
  const drafted = year === undefined && !coming ? draftStandard(rules, wrong) : undefined;
  const supportRumour = classification !== undefined && drafted === undefined && !stated.some(({ said, line }) => line && wrong.includes(said));
  // "dc phát 2 triệu": money said handed out is a support rumour even when the figure is a line (said so: not money received).
  const givenOnly = wrong.every((value) => stated.some(({ said, given }) => given && said === value));
  if (supportRumour && (elsewhere.length === 0 || givenOnly)) {
    const name = CLASS_NAMES[classification].toLowerCase();
    const inText = figureInSupportText(rules, message.words, wrong, classification, day);
    if (inText) return inText;
    // A figure of an older standard's line only (1 triệu, 2016–2021): not the lines of the day, said in brief.
    const olderLineOnly = wrong.every((value) => !lineSentence(now, value) && lineOf(rules, value));
    // "ba con noi ho can ngheo thang nao cung dc 500k" (round 46 resid55; was the verdict with every monthly support in full, 1.900
    // characters, 500.000 đồng never placed): the figure of another support (the social assistance's mức chuẩn) said so, in brief.
    const besides = otherAmountSentences(otherAmounts(rules, wrong, day), `chỉ cho người đủ điều kiện, không phải tiền cho mọi ${name}`);
    const brief = olderLineOnly || besides.length > 0 ? monthlyFigureCorrection(rules, message.words, wrong, classification, day, today, besides) : undefined;
    if (brief) return brief;
    return {
      correction: {
        text: [
          `Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào ${money(wrong)} cho ${name} (ngày ${formatDate(day)}).`,
          ...besides,
          ...elsewhere,
          ...monthlyNote(rules, message.words, classification, day),
          `Các hỗ trợ của ${name} trong dữ liệu ở dưới.`,
          ...drafts,
        ].join(' '),
        bases: [],
      },
      answer: { supportsOf: classification, ...(day !== today ? { day } : {}) },
    };
  }
  // The standard the figure is stated of: the coming one when asked about, or the one whose draft had it; else the one on the day.
  const about = next ?? (drafted ? describeStandard(rules, drafted) : now);
  const lines = about.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ');
  // A figure said of the middle class where the standard has no middle band known (2027–2030: [?]) is not known to be wrong.
  const middleNamed = classesNamed(message.words);
  if (middleNamed.length > 0 && middleNamed.every((named) => named === 'middle') && !about.bands.some((band) => band.outcome === CLASS_LABELS.middle)) {
    const text =
      `Chưa xác nhận được: mức ${money(wrong)} của hộ có mức sống trung bình theo ${lowerFirst(about.title)} chưa được công bố hoặc chưa được kiểm tra${STATUS_TAGS.unknown}; ` +
      `bạn hỏi thêm ${POVERTY_CADRE}. Chuẩn nghèo (thu nhập bình quân mỗi người mỗi tháng): ${lines}${STATUS_TAGS[about.status]}.`;
    return { correction: { text, bases: [about.document] }, answer: standardCard };
  }
  // "1,9 triệu" of the September 2025 draft stated as the 2027 line: where it comes from, then the final text, said first.
  const draft = draftLead(rules, about, wrong, classesNamed(message.words).includes('near_poor'));
  const said = draft ?? `Không đúng: ${money(wrong)} không phải là mức của ${lowerFirst(about.title)}. Chuẩn nghèo (thu nhập bình quân mỗi người mỗi tháng): ${lines}${STATUS_TAGS[about.status]}.`;
  // Said of no year, the draft's standard is not yet in force: the lines of the day too.
  const untilThen = drafted && about.validFrom > day ? [`Đến ${formatDate(addDays(about.validFrom, -1))} vẫn áp dụng ${lowerFirst(now.title)}: ${now.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ')}${STATUS_TAGS[now.status]}.`] : [];
  const text = [said, ...untilThen, ...elsewhere.filter((line) => !line.includes(lowerFirst(about.title))), ...(draft ? [] : drafts)];
  if (supportRumour) {
    text.push(`Dữ liệu chính sách không có khoản hỗ trợ nào ${money(wrong)} cho ${CLASS_NAMES[classification].toLowerCase()}.`, ...monthlyNote(rules, message.words, classification, day));
  }
  const card: RumourAnswer = drafted && !topic ? { topic: { kind: 'standard', year: Number(drafted.slice(0, 4)) } } : standardCard;
  // The correction says the lines: after it, the figures with their source, the card a button away (not the whole card).
  const figuresAfter: RumourAnswer = 'topic' in card && card.topic.kind === 'standard' && !card.topic.change ? { topic: { ...card.topic, figures: true } } : card;
  // The figures said wrong go with the answer's code, as a support's do: its shorter text and share link say "Không đúng" too.
  return { correction: { text: text.join(' '), bases: unique([...standards, about].map((description) => description.document)), figures: wrong }, answer: figuresAfter };
}

/**
 * The verdicts a rumour's answer opens with, by the letter its code keeps (core.ts VERDICT_MARK), said again when it is doubted
 * (verdictAgain).
 */
export const VERDICT_LABELS = { d: 'Đúng', k: 'Không đúng', p: 'Đúng một phần', c: 'Chưa xác nhận được' } as const;
export type VerdictKind = keyof typeof VERDICT_LABELS;

/** The verdict a correction's text opens with ("Không đúng: …", "Đúng một phần (…)", "Chưa xác nhận được: …"); undefined for none. */
export function verdictKind(text: string): VerdictKind | undefined {
  if (/^Không đúng/u.test(text)) return 'k';
  if (/^(?:Đúng một phần|Chưa đủ)/u.test(text)) return 'p';
  if (/^Đúng/u.test(text)) return 'd';
  if (/^Chưa xác nhận/u.test(text)) return 'c';
  return undefined;
}

/** Said as a rumour heard ("nghe noi", "tui nghe"), asked true ("co phai … ko") or echoed ("… ha", "… dung hok"). */
function rumourShaped(words: string[]): boolean {
  // "bhyt ho can ngheo dc huong may % ha ad" asks how much: no rumour to say right or wrong.
  if (saysAny(words, TOPICS.claims.howMuch)) return false;
  // "co phai dong hoc phi ko" asks whether one must pay, not whether a rumour is true.
  const truthAsked = phrasePositions(words, TOPICS.claims.truthAsked);
  const asked = [...truthAsked].some((at) => words[at - 1] === 'co' && !TOPICS.claims.mustAfter.includes(words[at + 1] ?? ''));
  return (
    saysAny(words, TOPICS.claims.told) ||
    asked ||
    saysAny(words, ['tui nghe', 'toi nghe', 'em nghe', 'minh nghe']) ||
    TOPICS.claims.echoEnds.some((phrase) => phraseEndingAt(words, words.length, phrase.split(' ')))
  );
}

/**
 * Each class's line in brief (firstSentences), the same text of several classes said once without them ("Hộ nghèo (…): Từ
 * 01/07/2025, thành viên hộ nghèo, hộ cận nghèo …" twice for the pension: it names them itself).
 */
function sameLinesOnce(lines: string[]): string[] {
  const tails = lines.map((line) => line.slice(line.indexOf('): ') >= 0 ? line.indexOf('): ') + 3 : line.indexOf(': ') + 2));
  return lines.length > 1 && tails.every((tail) => tail === tails[0]) ? [upperFirst(tails[0]!)] : lines;
}

/** The loans support (rules/supports/20-credit.yaml), whose line on a 0% loan (`earlierFigures`) answers a loan said free. */
const LOAN_SUPPORT = 'policy_credit';
/** Whether a loan is said free, not to be repaid or with no interest ("vay von ko can tra lai", "vay 100 trieu ko lai"). */
const loanSaidFree = (supportId: string, words: string[]) =>
  supportId === LOAN_SUPPORT && (saysAny(words, TOPICS.claims.noRepay) || saysAny(words, TOPICS.claims.interestFree) || saysAny(words, TOPICS.claims.free));
/** A share below a whole one in a support's text ("tối thiểu 70% mức đóng"): not free for all. */
const PART_SHARE = /(?<!\d)([1-9]\d?)%/u;

/**
 * "ho ngheo dc cho nha free ha", "vay von ho ngheo ko can tra lai ha", "nguoi gia 70 tuoi dc lanh tien hang thang ha" (round 44
 * rumour49; were the support's card, no yes or no): a support said as a rumour with no figure to correct gets its verdict first,
 * from the data of the day: "Không đúng" for a loan said free or not to be repaid (its 0% line, with its status); "Chưa xác nhận
 * được" when each line of it is not known; "Đúng một phần" for a support said free whose line has a share below 100%, or one
 * of some classes said of everyone; else "Đúng" (with "nếu đủ điều kiện" where a line has a condition). Then each class's line in
 * brief (status, basis), where to ask: said alone to a resident, the card one "chi tiết" away.
 */
function supportVerdict(rules: RuleSet, message: ReadMessage, topic: Extract<Topic, { kind: 'support' }>, today: string): Rumour | undefined {
  const { words } = message;
  // A share said ("bhyt tra 100% dung ko") is the share's own answer (the card in brief, its start not known).
  if (!rumourShaped(words) || percentsWritten(message.text).length > 0) return undefined;
  if (topic.group !== undefined) return groupVerdict(rules, topic, today);
  const asked = whenAsked(message, today);
  const day = asked.day ?? dayForYear(asked.year, today);
  // "ba con noi nguoi tren 75 tuoi ko co luong huu dc lanh tien hang thang" (round 45 rumour50; was the pension of poor and
  // near-poor members of 70 to under 75, "Đúng một phần … không phải mọi người"): of an age said, the support its age band fits.
  const aged = topic.ages === undefined ? [] : shownAndAged(rules, topic, day).aged;
  const supportId = aged.length === 1 ? aged[0]! : topic.supportId;
  const support = supportById(rules, supportId);
  const classes = topic.classification ? [topic.classification] : CARD_CLASSES.filter((classification) => supportsFor(rules, classification, day).some((found) => found.id === supportId));
  const cards = classes.flatMap((classification) => supportsFor(rules, classification, day).filter((one) => one.id === supportId).map((card) => ({ classification, card })));
  const found = cards.map(({ card }) => card);
  if (!support) return undefined;
  const when = `theo dữ liệu chính sách, ngày ${formatDate(day)}`;
  const check = `Để chắc chắn, bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.`;
  // "ho can ngheo co dc ho tro tien dien ko, nghe noi co ma": the class asked has none of it in the data.
  if (found.length === 0) {
    if (!topic.classification) return undefined;
    // "ho ngheo dc tang dien thoai thong minh phai ko, sao tui chua nhan" (round 46 tryout50 R23; was "Không đúng … không có",
    // as if the neighbours made it up): a support the class had until before the day, said as ended, with its dates and basis.
    const ended = support.variants.find((variant) => variant.classes.includes(topic.classification!) && variant.validTo !== undefined && variant.validTo < day);
    const named = lowerFirst(support.name);
    const text = ended
      ? `Không còn (${when}): ${named} cho ${ended.classes.map((one) => CLASS_NAMES[one].toLowerCase()).join(', ')} đã có${ended.validFrom ? ` từ ${formatDate(ended.validFrom)}` : ''} ` +
        `theo ${cited(ended.basis, ended.status)}, và đã kết thúc năm ${ended.validTo!.slice(0, 4)}; hiện nay không có khoản này chung cả nước, tỉnh, thành có thể có chính sách riêng${STATUS_TAGS.unknown}.\n${check}`
      : `Không đúng (${when}): ${CLASS_NAMES[topic.classification].toLowerCase()} không có ${named} chung cả nước; tỉnh, thành có thể có chính sách riêng${STATUS_TAGS.unknown}.\n${check}`;
    return { correction: { text, bases: [] }, answer: { topic, alone: text } };
  }
  const lines = sameLinesOnce(firstSentences(rules, supportId, classes, day));
  const name = lowerFirst(support.name);
  // What of it is not known ("mức trợ cấp hằng tháng"), said so: never a figure of it.
  const unclear = unique(found.flatMap((one) => (one.unclear ? [`${upperFirst(one.unclear)} chưa rõ${STATUS_TAGS.unknown}.`] : [])));
  // "nghe noi ho thoat ngheo van dc bhyt 5 nam ha": only some provinces have it (scope), none nationwide.
  const provincesOnly = found.every((one) => one.scope === 'some_provinces');
  const zero = loanSaidFree(supportId, words)
    ? support.variants.filter((variant) => inForce(variant, day) && classes.some((one) => (variant.classes as readonly string[]).includes(one))).flatMap((variant) => variant.earlierFigures.filter((figure) => figure.said === '0%'))[0]
    : undefined;
  const free = saysAny(words, TOPICS.claims.free) && found.some((one) => PART_SHARE.test(one.what));
  const unknown = found.every((one) => one.status === 'unknown');
  const someClasses = topic.classification === undefined && classesNamed(words).length === 0 && classes.length < CARD_CLASSES.length;
  const conditioned = found.some((one) => one.condition);
  // "nghe noi dc vay 100 trieu ko lai" (round 45 rumour50; was "Chưa xác nhận được" of the figure, the interest never answered): a
  // sum said beside it gets each class's ceiling in its card's words, with its status.
  const ceilings = zero && (statedAmounts(message.text, true).length > 0 || amountInText(message.text) !== undefined)
    ? cards.flatMap(({ classification, card }) => {
        const ceiling = loanCeiling(card, day);
        return ceiling ? [`Mức vay tối đa cho ${lowerFirst(CLASS_NAMES[classification])}: ${ceiling.said}.`] : [];
      })
    : [];
  const lead = zero
    ? [
        `Không đúng (${when}): đây là tiền vay, phải trả lại cả gốc và lãi theo kỳ hạn, không phải tiền cho. ${upperFirst(tagged(zero.text.replace(/^Không đúng: /u, ''), zero.status, true)).replace(/\.?$/u, '.')}`,
        ...ceilings,
      ].join(' ')
    : provincesOnly
      ? `Không đúng (${when}): không có ${name} chung cả nước cho ${classes.map((one) => CLASS_NAMES[one].toLowerCase()).join(', ')}; chỉ một số tỉnh, thành tự hỗ trợ.`
    : unknown
      ? `Chưa xác nhận được (${when}): ${name} hiện nay chưa được kiểm tra${STATUS_TAGS.unknown}, nên trợ lý không nói đúng hay sai.`
      : free
        ? `Đúng một phần (${when}): có hỗ trợ, nhưng không phải ai cũng được miễn hoàn toàn; mức theo từng trường hợp dưới đây.`
        : someClasses
          ? `Đúng một phần (${when}): ${name} chỉ dành cho ${classes.map((one) => CLASS_NAMES[one].toLowerCase()).join(', ')}${conditioned ? ' đủ điều kiện' : ''}, không phải mọi người.`
          : `Đúng${conditioned ? ', nếu đủ điều kiện' : ''} (${when}): có ${name} trong dữ liệu, như dưới đây.`;
  const text = [lead, ...(zero ? [] : [...lines.map((line) => `• ${line}`), ...unclear]), check].join('\n');
  return { correction: { text, bases: unique(found.map((one) => one.basis)) }, answer: { topic, alone: text } };
}

/**
 * "dai hoc mien hoc phi that hok", "con ho ngheo hoc dai hoc dc mien hoc phi that hok" (round 46 resid55; were the group's notice and
 * card, no yes or no): a support told as a rumour of a group the data has a notice for (TOPICS.groupsWithoutRule `notice`: students
 * who are not of an ethnic minority): "Đúng một phần", the notice (whom it holds for, the rest not known, whom to ask), each class's
 * line in brief with its status and basis, where to apply; said alone to a resident, the card one "chi tiết" away.
 */
function groupVerdict(rules: RuleSet, topic: Extract<Topic, { kind: 'support' }>, today: string): Rumour | undefined {
  const group = topic.group === undefined ? undefined : TOPICS.groupsWithoutRule[topic.group];
  const support = supportById(rules, topic.supportId);
  if (!group?.notice || !support) return undefined;
  const classes = topic.classification ? [topic.classification] : CARD_CLASSES;
  const found = classes.flatMap((classification) => supportsFor(rules, classification, today).filter((one) => one.id === topic.supportId));
  if (found.length === 0) return undefined;
  const lines = sameLinesOnce(firstSentences(rules, topic.supportId, classes, today));
  const text = [
    `Đúng một phần (theo dữ liệu chính sách, ngày ${formatDate(today)}). ${groupNotice(group.notice, group.asks)}`,
    ...lines.map((line) => `• ${line}`),
    `Nơi làm: ${support.whereToApply}`,
  ].join('\n');
  return { correction: { text, bases: unique(found.map((one) => one.basis)) }, answer: { topic, alone: text } };
}

/** A standard's topic without what would make its card answer yes or no (`yesNo`, `yet`, and the change they are asked of). */
function withoutOwnVerdict(topic: Extract<Topic, { kind: 'standard' }>): Extract<Topic, { kind: 'standard' }> {
  if (!topic.yesNo && !topic.yet) return topic;
  const { yesNo: _yesNo, yet: _yet, change: _change, ...rest } = topic;
  return rest;
}

/**
 * A card's text without the sentences its correction already says (findings R10: "ho can ngheo 2027 bhyt dc 100% ko" said the
 * NQ 261/2025 sentence in the correction and again in the card). Only whole sentences of some length said word for word go.
 */
export function withoutSaid(said: string, text: string): string {
  return text
    .split(/(?<=[.!?])(?=\s)/)
    .map((sentence) => {
      if (sentence.trim().length >= 40 && said.includes(sentence.trim())) return '';
      // "• Hộ cận nghèo: <a sentence said>": the label stays, the sentence goes (round 26: the card's first sentence).
      for (let at = sentence.indexOf(': '); at >= 0; at = sentence.indexOf(': ', at + 1)) {
        const tail = sentence.slice(at + 2).trim();
        if (tail.length >= 40 && said.includes(tail)) return sentence.slice(0, at + 1);
      }
      return sentence;
    })
    .join('');
}
