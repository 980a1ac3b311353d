/**
 * Informational replies: the consent notice, /chuan (standard in force), /hotro (supports by class),
 * /nguon (source documents), /tinh (province preference) and /trogiup. Figures come from the rules
 * data and document metadata; nothing here states a number of its own.
 */
import { answerRow, button } from './actions.ts';
import type { DocumentMeta } from '../corpus/types.ts';
import {
  byAge,
  conditionPrefix,
  CLASS_LABELS,
  changesBetween,
  dayForYear,
  defaultChangesWindow,
  formatMoney,
  changeSentences,
  describeStandard,
  formatDate,
  indicatorsFor,
  indicatorChangesInBrief,
  indicatorSetChange,
  lookupStandard,
  nationalStandardsOver,
  newStandardSoon,
  nextStandardAfter,
  parseUserDate,
  POVERTY_CADRE,
  STATUS_LABELS,
  supportsFor,
  unknownBandNotes,
  weakerStatus,
  withStatus,
  withStatusUnlessVerified,
  type RuleSet,
  type Standard,
  type SupportClass,
  type SupportContext,
  type SupportResult,
} from '../rules/index.ts';
import { supportById } from '../rules/supports.ts';
import type { FactStatus } from '../rules/types.ts';
import type { Button, ChannelName, Reply, Span } from './types.ts';
import { DRAFT_IDLE_MS, type Session } from './session.ts';
import { RETENTION, WEB_SESSION_ID_DAYS } from '../privacy/retention.ts';
import { maskPersonalData } from '../privacy/mask.ts';
import { amountWithStatus, supportCited, describeSupport, referenceLine, SHORT_DECISION_NOTE, STATUS_TAGS, supportDetail, cited, tagged, UNKNOWN_SUPPORT_NOTE, statusOnce } from './result.ts';
import { bold, bullets, DECISION_NOTE, lines, MENU_BUTTONS, plain, pressing, pressingOne, reply, replyText, WHERE_TO_ASK } from './replies.ts';
import { periodWritten, PROVINCES, saysAny, TOPICS, withoutPhrases, YEARS_ASKABLE } from '../text/lexicon/index.ts';
import type { KnownProvince, Provinces } from './provinces.ts';
import { compactKey, matchKey, readMessage } from './input.ts';
import { lowerFirst } from '../corpus/vietnamese.ts';
import { SHORT_TEXT_DEFAULTS, supportsText } from './short.ts';
import { addDays } from '../text/dates.ts';
import { fold } from '../text/fold.ts';


/** The standard's card, one button away from its figures ("Chuẩn đầy đủ"). */
const FULL_STANDARD = 'Chuẩn đầy đủ';


const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
/** Who decides, under a support's whole card (not in brief, nor in the first of two answers joined: halves.ts). */
export const WHO_DECIDES = 'Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định.';
/** A class as the start of a sentence or a button: "Hộ nghèo", "Hộ mới thoát nghèo" (the rules' labels, capitalised). */
export const CLASS_NAMES: Record<SupportClass, string> = {
  ...(Object.fromEntries(Object.entries(CLASS_LABELS).map(([key, label]) => [key, capitalised(label)])) as Record<keyof typeof CLASS_LABELS, string>),
  newly_escaped: 'Hộ mới thoát nghèo',
};

/** Classes /hotro lists, with the short word used in `/hotro ngheo` and in button actions. */
const SUPPORT_CLASSES: { key: string; classification: SupportClass }[] = [
  { key: 'ngheo', classification: 'poor' },
  { key: 'canngheo', classification: 'near_poor' },
  { key: 'thoatngheo', classification: 'newly_escaped' },
  { key: 'trungbinh', classification: 'middle' },
];

/** The classes a support card speaks of, in its order. */
export const CARD_CLASSES: readonly SupportClass[] = SUPPORT_CLASSES.map((candidate) => candidate.classification);

/** The short word of a class in `/hotro ngheo` (undefined for a class /hotro does not list). */
export const supportsKey = (classification: SupportClass) => SUPPORT_CLASSES.find((candidate) => candidate.classification === classification)?.key;

/** "Hộ nghèo, hộ cận nghèo": the classes named in a line, the first capitalised. */
export const classLabels = (classes: readonly SupportClass[]) => classes.map((classification, index) => (index === 0 ? CLASS_NAMES[classification] : CLASS_NAMES[classification].toLowerCase())).join(', ');

/**
 * Supports asked about ("tiền ăn trưa mẫu giáo bao nhiêu"), each in turn, for the class named or every class, with the
 * same renderer as /hotro and a result (amount and status included). Classes with the same details are named together
 * instead of repeating the paragraph, and a support open to every household says so ("Mọi hộ gia đình"); a support
 * that has ended says so, with what it was.
 */
/** The supports open to every household on a day, the class named or not (supportsFor names only those for a household of unknown class). */
export const openToEveryHousehold = (rules: RuleSet, today: string): ReadonlySet<string> =>
  new Set(supportsFor(rules, 'unknown', today).map((support) => support.id));

/** The support card asked with no class named (`lead`): the classes whose lines it shows, the others offered as a question to type. */
export const SUPPORT_CARD_DEFAULTS = { leadClasses: ['poor', 'near_poor'] as readonly SupportClass[] };

/**
 * `context`: what the question settles of the household (the ages said: a pension's age band met is no condition left open);
 * `after`: lines said after the cards (an age band the ages said do not reach); `lead`: a support asked with no class named shows
 * the lines of SUPPORT_CARD_DEFAULTS.leadClasses, and one line telling what to type for the other classes (leadLines); `past`: false
 * leaves out the ended programmes a support names (pastProgrammes), as for a group the data has no rule for (disaster help).
 */
export function singleSupportReply(
  rules: RuleSet,
  supportIds: readonly string[],
  classification: SupportClass | undefined,
  today: string,
  options: { context?: SupportContext; after?: readonly string[]; lead?: boolean; past?: boolean; brief?: boolean; amounts?: boolean; around?: boolean; placed?: boolean } = {},
): Reply {
  const classes = classification ? [classification] : [...CARD_CLASSES];
  const everyHousehold = openToEveryHousehold(rules, today);
  // Several cards applied for at the same office (the two social pensions of NĐ 176/2025, and the NĐ 20/2021 allowance: all at
  // UBND cấp xã) say where once, after them (was the same "Nơi làm: UBND cấp xã (…)" closing every card); so do the different
  // lines of one support for several classes (round 25: "Nơi làm: UBND cấp xã lập danh sách …" closed each of 4 lines on health insurance).
  const places =
    supportIds.length > 1
      ? supportIds.flatMap((id) => supportById(rules, id)?.whereToApply ?? [])
      : [...new Map(classes.flatMap((asked) => supportsFor(rules, asked, today, options.context).filter((candidate) => candidate.id === supportIds[0]).map((support) => [supportDetail(support, 'full', false), support.whereToApply] as const))).values()];
  const where = sharedPlace(places);
  const spans: Span[] = supportIds.flatMap((supportId, index) => {
    const name = supportById(rules, supportId)?.name ?? 'Hỗ trợ này';
    const byDetail = new Map<string, SupportClass[]>();
    // The lines shown only on a condition (conditionBrief), by their text.
    const conditioned = new Set<string>();
    let notKnown = false;
    for (const asked of classes) {
      for (const support of supportsFor(rules, asked, today, options.context).filter((candidate) => candidate.id === supportId)) {
        // `brief` (the amounts said before the cards, of the ages told): who it is for and its basis, the amounts not again;
        // with `amounts` (none said before: "ong ba tui gia yeu ko ai nuoi", round 32 consent18), each card's amount too.
        const detail = options.brief ? briefDetail(support, byAge(rules, supportId), where === undefined && options.placed !== true, options.amounts === true) : supportDetail(support, 'full', where === undefined);
        byDetail.set(detail, [...(byDetail.get(detail) ?? []), asked]);
        // A condition the data itself does not know ("chưa rõ nhóm nào …": the near-poor single mother) has no "otherwise".
        if (support.conditionBrief && !support.condition?.includes('chưa rõ')) conditioned.add(detail);
        if (support.status === 'unknown') notKnown = true;
      }
    }
    // In brief, the day alone (round 33 long21: "theo dữ liệu chính sách" said over each card; the basis says where it is from).
    const heading = bold(`${index > 0 ? '\n\n' : ''}${name} (${options.brief ? '' : 'theo dữ liệu chính sách, '}áp dụng ngày ${formatDate(today)}):\n`);
    if (byDetail.size > 0) {
      const who = (named: SupportClass[]) =>
        !everyHousehold.has(supportId) ? classLabels(named) : classification ? `${CLASS_NAMES[classification]} (như mọi hộ gia đình)` : 'Mọi hộ gia đình, thuộc loại nào cũng vậy';
      // "the bhyt thi sao" of a middle household: the class's only support is on a condition ("Hộ làm nông nghiệp…"), so what
      // the data has when the household does not meet it is said too (nothing national; a province's own: chưa rõ).
      // A support not known itself ("nha tui bi sap mai co dc ho tro ko": housing from 2026) is not said to be missing otherwise
      // (round 27 short9: was "dữ liệu chính sách không có hỗ trợ này").
      const shown = options.lead && !classification && !everyHousehold.has(supportId) ? leadLines(supportId, [...byDetail]) : { lines: [...byDetail], offer: [] };
      // With no class named, the classes shown, when the support is not known itself: "nha tui dot nat qua, muon xin ho tro cat nha"
      // (round 29 tryout12) was only "Áp dụng khi: Hộ ở xã nghèo …", nothing for a household elsewhere.
      const shownClasses = [...new Set(shown.lines.flatMap(([, named]) => named))];
      const otherwiseWho = classification ? CLASS_NAMES[classification] : notKnown && shownClasses.length > 0 ? classLabels(shownClasses) : undefined;
      // Not said to one who told their own case (`brief`: "me tui 72 tuoi nha ngheo ko ai co luong", round 31 household17).
      const otherwise =
        otherwiseWho && (!options.brief || options.around === true) && !everyHousehold.has(supportId) && [...byDetail.keys()].every((detail) => conditioned.has(detail))
          ? [
              `${otherwiseWho} không thuộc trường hợp trên: ${notKnown ? 'có hỗ trợ này hay không chưa rõ (tỉnh, thành có thể có chính sách riêng)' : 'dữ liệu chính sách không có hỗ trợ này (tỉnh, thành có thể có chính sách riêng, chưa rõ)'}.`,
            ]
          : [];
      // `around`: a card in its own words in brief keeps the lines around it, the households outside its condition and what has
      // ended (round 38 short29: "nha tui dot nat …" keeps the finished 2024–2025 campaign, the electricity card QĐ 28/2014's rule).
      const past = options.past === false || (options.brief && options.around !== true) ? [] : pastProgrammes(rules, supportId, classes, today);
      return [heading, plain(bullets([...shown.lines.map(([detail, named]) => `${who(named)}: ${detail}`), ...otherwise, ...shown.offer, ...past]))];
    }
    const ended = endedSupport(rules, supportId, classes, today);
    const who = classification ? CLASS_NAMES[classification].toLowerCase() : 'các loại hộ';
    // The class asked has none, others have it ("thang nao cung dong tien dien 300 ngan, nha can ngheo co dc bớt ko", round 29
    // mend29b: was only "Trong dữ liệu chính sách, hộ cận nghèo không có hỗ trợ này"): who has it, with its status, and that the
    // province may have its own.
    const elsewhere = classification && !ended ? othersWith(rules, supportId, classification, today) : [];
    const others =
      elsewhere.length > 0
        ? ` Tỉnh, thành có thể có chính sách riêng cho ${who} (chưa rõ).\n${bullets(elsewhere.map(([named, line]) => `Với ${CLASS_NAMES[named].toLowerCase()}: ${line}`))}\n`
        : '';
    return [
      heading,
      plain(
        ended
          ? `Hỗ trợ này không còn áp dụng ngày ${formatDate(today)} (đã kết thúc). Trước đây, ${CLASS_NAMES[ended.classification].toLowerCase()}: ${supportDetail(ended.support)}\n${WHERE_TO_ASK}`
          : // Whom to ask, once: a line of the others already says it ("hoa don dien ho can ngheo": the poor households' unknown
            // line, UNKNOWN_SUPPORT_NOTE; round 30 words15: was said again after it).
            elsewhere.some(([, , unknownShown]) => unknownShown)
            ? `Rất tiếc, theo dữ liệu chính sách, ${who} không có hỗ trợ này.${others.trimEnd()}`
            : `${elsewhere.length > 0 ? 'Rất tiếc, theo' : 'Trong'} dữ liệu chính sách, ${who} không có hỗ trợ này.${others || ' '}${WHERE_TO_ASK}`,
      ),
    ];
  });
  // In brief, the office alone (round 34 short24): what to file there is on the whole card, one "chi tiết" away.
  // `placed`: where to apply and whom to ask were said before the card (a support's registering, round 38 mend38f).
  if (where !== undefined && options.placed !== true) spans.push(plain(`\n\nNơi làm: ${options.brief ? `${where.replace(/ \(.*\)\.$/, '').replace(/\.$/, '')}.` : where}`));
  if (options.after && options.after.length > 0) spans.push(plain(`\n\n${options.after.join('\n')}`));
  // In brief, whom to ask alone (round 34 short24: "ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j" was 1.296 characters);
  // who decides is on the whole card, one "chi tiết" away.
  if (!options.brief) spans.push(plain(`\n\n${WHO_DECIDES}`));
  // Whom to ask, once: unless the card already says it (an unknown detail's status note, a support not found).
  if (options.placed !== true && !spans.some((span) => span.text.includes(POVERTY_CADRE))) spans.push(plain(`${options.brief ? '\n\n' : ' '}${WHERE_TO_ASK}`));
  return reply(spans, MENU_BUTTONS.slice(1, 3));
}

/**
 * A support's card line after its amounts were said: whom it is for and its basis with its status. An age band's whom is its
 * text's first sentence ("… từ 75 tuổi trở lên không có lương hưu …": the ages told settle its condition, which no longer says
 * it); another's, its condition left open. `amount`: its amount too, none said before the cards.
 */
function briefDetail(support: SupportResult, aged: boolean, place: boolean, amount = false): string {
  // Without its asides in brackets ("(người từ 75 tuổi trở lên … dù hộ thuộc loại nào)": the other band, said after the cards).
  const when = conditionPrefix(support.condition);
  const what = support.what.startsWith(when) ? support.what.slice(when.length) : support.what;
  const first = /^.+?\.(?=\s|$)/.exec(what.replace(/ \([^()]*\)/g, ''))?.[0];
  // A condition the data itself does not know ("… (chưa rõ nhóm nào gồm thành viên hộ cận nghèo)"): said not known in a few words,
  // its basis and whom to ask after it (round 34 short24: the near-poor line of the monthly allowance was 330 characters).
  const whenUnknown = support.status === 'unknown' && support.condition?.includes(STATUS_LABELS.unknown) === true;
  const unknown = support.status === 'unknown' ? ` ${UNKNOWN_SUPPORT_NOTE}` : '';
  // No amount in the data: its text's sentence saying so ("Mức trợ cấp hằng tháng chưa rõ."), never left out (round 33 long21).
  const untold = amount && !support.amount ? what.split(/(?<=\.)\s+/).find((sentence) => sentence.endsWith(`${STATUS_LABELS.unknown}.`)) : undefined;
  const figure = amount && support.amount ? `${/^Mức/.test(support.amount) ? '' : 'Mức: '}${amountWithStatus(support)}. ` : untold ? `${untold} ` : '';
  // Its own words in brief, figures with their status, its basis without asides (rules/supports `inBrief`; round 37 short28).
  if (support.inBrief) return `${when}${support.inBrief} Căn cứ: ${supportCited(support, support.basis.replace(/ \([^()]*\)/gu, ''))}.${unknown}${place ? ` Nơi làm: ${support.whereToApply}` : ''}`;
  // A condition not known says its basis without the aside repeating it ("(nhóm có thành viên hộ cận nghèo, chưa đối chiếu)"; round
  // 43 resid48: "me tui 82 tuoi co dc tro cap gi ko" was 1.032 characters).
  const basis = whenUnknown && !aged ? support.basis.replace(/ \([^()]*\)/gu, '') : support.basis;
  return `${aged && first ? `${first} ` : whenUnknown ? `Có thuộc diện được hưởng hay không: ${STATUS_LABELS.unknown}. ` : when}${figure}Căn cứ: ${supportCited(support, basis)}.${unknown}${place ? ` Nơi làm: ${support.whereToApply}` : ''}`;
}

/** The other classes that have a support on a day, each with its text (basis and status, not the place): said when the class asked has none. */
function othersWith(rules: RuleSet, supportId: string, asked: SupportClass, today: string): [SupportClass, string, boolean][] {
  return SUPPORT_CLASSES.flatMap(({ classification }) => {
    if (classification === asked || classification === 'unknown') return [];
    const found = supportsFor(rules, classification, today).find((support) => support.id === supportId);
    // Its third element: the line is of unknown status, so it says whom to ask (supportDetail's UNKNOWN_SUPPORT_NOTE).
    return found ? [[classification, supportDetail(found, 'full', false), found.status === 'unknown'] as [SupportClass, string, boolean]] : [];
  });
}

/**
 * A support's lines for every class, asked with no class named ("bhyt co dc free ko"): those of the classes most residents asking
 * are (SUPPORT_CARD_DEFAULTS.leadClasses: free for the poor, the near-poor's share), then one line telling what to type for the
 * others ("Hộ mới thoát nghèo, hộ có mức sống trung bình: gõ “bhyt ho moi thoat ngheo” hoặc “bhyt ho co muc song trung binh”"),
 * in the words the support is asked by (TOPICS.supports), so it works where nothing is pressed. Every line when no class is left
 * out or none leads. Round 25: the card on health insurance was ~2.500 characters, all 4 classes in full.
 */
function leadLines(supportId: string, lines: [string, SupportClass[]][]): { lines: [string, SupportClass[]][]; offer: string[] } {
  const leads = (named: readonly SupportClass[]) => named.some((classification) => SUPPORT_CARD_DEFAULTS.leadClasses.includes(classification));
  const led = lines.filter(([, named]) => leads(named));
  const others = lines.filter(([, named]) => !leads(named)).flatMap(([, named]) => named);
  const word = TOPICS.supports[supportId]?.[0];
  if (led.length === 0 || others.length === 0 || word === undefined) return { lines, offer: [] };
  // As residents type it, without diacritics: "bhyt ho moi thoat ngheo".
  const typed = others.map((classification) => `“${word} ${fold(CLASS_NAMES[classification])}”`);
  const said = typed.length > 1 ? `${typed.slice(0, -1).join(', ')} hoặc ${typed.at(-1)}` : typed[0];
  return { lines: led, offer: [`${classLabels(others)}: gõ ${said} để xem.`] };
}

/**
 * Where several supports are applied for, said once: their one place, or their one office with what each needs ("UBND cấp xã
 * (nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội; nộp tờ khai đề nghị trợ cấp xã hội)."); undefined for fewer than two
 * supports or different offices.
 */
function sharedPlace(places: readonly string[]): string | undefined {
  if (places.length < 2) return undefined;
  const parts = [...new Set(places)].map((place) => /^(.*?)(?: \((.*)\))?\.?$/.exec(place)!);
  const office = parts[0]![1]!;
  if (parts.some((part) => part[1] !== office)) return undefined;
  const needs = [...new Set(parts.map((part) => part[2]).filter((need): need is string => need !== undefined))];
  return `${office}${needs.length > 0 ? ` (${needs.join('; ')})` : ''}.`;
}

/**
 * The programmes a support names as `earlier` that have ended by the day, each in brief as past ("nha tui dot nat, muon xin ho tro
 * cat lai nha", round 29: the 2024–2025 campaign's 60/30 triệu, declared completed in 2025, was never said on the housing card):
 * that it has ended, with its status (no figure: they are not today's); whom to ask what applies now is on the card already (its
 * lines end "hỏi cán bộ …"; said again here the housing card went past a phone's 1.200 characters).
 */
function pastProgrammes(rules: RuleSet, supportId: string, classes: SupportClass[], today: string): string[] {
  const own = supportById(rules, supportId);
  // Its own former rule ("tien dien ho ngheo dc ho tro bn", round 34 law24: the card named QĐ 28/2014 as replaced, never what it
  // gave): dated, with its basis and status, as past.
  const former = (own?.variants ?? [])
    .filter((variant) => variant.former && variant.validTo !== undefined && variant.validTo < today && variant.classes.some((named) => classes.includes(named)))
    .map((variant) => {
      // Its amounts in their words when it has them (shorter than `what`: the first answer stays within a phone's screen).
      const gave = variant.amounts?.every((amount) => amount.text !== undefined) ? `${classLabels(variant.classes)} được ${variant.amounts.map((amount) => amount.text!.charAt(0).toLowerCase() + amount.text!.slice(1)).join('; ')}` : variant.what.replace(/\.$/, '');
      // Its end day only when known: a day inferred from the replacing document's date is not said (endInferred).
      return `Trước đây${variant.endInferred ? '' : `, đến ${formatDate(variant.validTo!)}`}, theo ${variant.basis}: ${gave}${variant.status === 'verified' ? ' (đã kiểm tra)' : STATUS_TAGS[variant.status]}.`;
    });
  const earlier = own?.earlier ?? [];
  return [...former, ...earlier.flatMap((id) => {
    const ended = endedSupport(rules, id, classes, today);
    if (!ended || supportsFor(rules, ended.classification, today).some((support) => support.id === id)) return [];
    // Its figures are not carried into the day (updates-2026.md: not 60/30 triệu in 2026): its text with its status only.
    return [`Đã kết thúc: ${tagged(ended.support.what, ended.support.status, true)}`];
  })];
}

/** The last form of a support that ended before `today` for one of `classes` (the rules data's validTo), if any. */
export function endedSupport(rules: RuleSet, supportId: string, classes: SupportClass[], today: string) {
  const ends = (supportById(rules, supportId)?.variants ?? [])
    .map((variant) => variant.validTo)
    .filter((end): end is string => typeof end === 'string' && end < today)
    .sort()
    .reverse();
  for (const end of ends) {
    for (const asked of classes) {
      const support = supportsFor(rules, asked, end).find((candidate) => candidate.id === supportId);
      if (support) return { classification: asked, support, end };
    }
  }
  return undefined;
}


/** A period asked: its first and last years ("giai đoạn 2027–2030": { from: 2027, to: 2030 }). */
export type Period = { readonly from: number; readonly to: number };

/**
 * What a standard's card is asked of, read once: `text`, as /chuan writes it (empty: today; a year "2027"; a day "31/12/2026";
 * a period "2027-2030"), said again by the card's buttons and "gõ /chuan …"; `period`, the period it names, typed. A question
 * in the chat brings its period already read (topics.ts whenAsked, lexicon periodWritten); /chuan's argument is read here.
 */
export type CardArgs = { readonly text: string; readonly period?: Period };

/** /chuan's argument ("2027", "31/12/2026", "2027-2030", "2027 đến 2030"), read once: the period it names by periodWritten. */
export function cardArgs(args: string): CardArgs {
  const text = args.trim();
  const period = periodWritten(readMessage(text).words);
  return period ? { text, period } : { text };
}

/** A year or a period as the card's argument: "2027", or "2027-2030" with its period. */
const yearsArgs = (from: number, to?: number): CardArgs => (to === undefined ? { text: String(from) } : { text: `${from}-${to}`, period: { from, to } });

/**
 * The day /chuan's argument names: today when empty, a year or a period's first year (its 1 July, today for this year:
 * standards change on 1 January), or a date as cadres write it ("31/12/2026", "2026-12-31").
 */
function yearDate(asked: CardArgs, today: string): string | { error: string } {
  const { text, period } = asked;
  if (!text) return today;
  const year = period ? String(period.from) : text;
  // A year outside the data's periods is answered with the periods the data has (outsideDataReply).
  if (/^\d{4}$/.test(year) && Number(year) >= YEARS_ASKABLE.from && Number(year) <= YEARS_ASKABLE.to) {
    return dayForYear(Number(year), today);
  }
  return (!period && parseUserDate(text)) || { error: 'Bạn gõ một năm (ví dụ: /chuan 2027) hoặc một ngày dạng dd/MM/yyyy (ví dụ: /chuan 31/12/2026).' };
}

/** A year or a period asked, in words ("năm 2027", "giai đoạn 2027–2030"); undefined for a day or today. */
function yearsAsked(asked: CardArgs): string | undefined {
  if (asked.period) return `giai đoạn ${asked.period.from}–${asked.period.to}`;
  return /^\d{4}$/.test(asked.text) ? `năm ${asked.text}` : undefined;
}

/**
 * A day outside every period of the rules data: the periods the data has (each with its basis and status),
 * that the standard of that day is not known here, where to ask, and the nearest period's card as a button.
 */
function outsideDataReply(rules: RuleSet, date: string, asked: string): Reply {
  const periods = rules.standards;
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const nearestYear = (date < first.validFrom ? first.validFrom : last.validTo).slice(0, 4);
  return reply(
    [
      bold(`Chưa có chuẩn nghèo ${asked} trong dữ liệu của trợ lý (chưa rõ), nên mình không nêu con số nào.\n`),
      plain(`Dữ liệu có chuẩn nghèo từ ${formatDate(first.validFrom)} đến ${formatDate(last.validTo)}:\n`),
      plain(bullets(periods.map((standard) => `${formatDate(standard.validFrom)} – ${formatDate(standard.validTo)}: ${standard.title}, ${standard.document}${STATUS_TAGS[standard.status]}`))),
      plain(`\n\n${date > last.validTo ? 'Chuẩn nghèo sau giai đoạn này chưa có trong dữ liệu. ' : ''}${WHERE_TO_ASK}`),
    ],
    [
      [button(`Chuẩn năm ${nearestYear}`, { kind: 'menu', item: 'standard', argument: String(nearestYear) })],
      [button('Chuẩn đang áp dụng', { kind: 'menu', item: 'standard' })],
    ],
  );
}

/**
 * What changes from `day` to just after the next standard starts: one short line each (cheap phones). `lead`: the
 * answer to a question about what changes, so it first says which standard applies today.
 */
function changesReply(rules: RuleSet, day: string, lead = false, card?: CardArgs): Reply {
  const { from, to } = defaultChangesWindow(rules, day);
  const changes = changesBetween(rules, from, to);
  const current = lead ? describeStandard(rules, day) : undefined;
  // Each line carries its own date; the window searched (to the day after the new standard starts) is not news.
  const heading = bold(
    `${current ? `Hôm nay, ${formatDate(day)}, đang áp dụng ${lowerFirst(current.title)}${STATUS_TAGS[current.status]}, theo ${current.document}.\n` : ''}Sắp thay đổi:\n`,
  );
  if (changes.length === 0) return reply([heading, plain(`Chưa có thay đổi nào trong dữ liệu của trợ lý. ${WHERE_TO_ASK}`)]);
  if (!card) {
    return reply([
      heading,
      plain(bullets(changes.flatMap((change) => changeSentences(change).map((line) => `${formatDate(change.date)}: ${tagged(line.text, line.status)}`)))),
    ]);
  }
  // In brief, with the coming card one "chi tiết" away (round 35 short25; "qua nam 2027 chuan ngheo thay doi sao" was these lines and
  // the whole card, 4.469 characters): the lines the data holds a figure or a fact for, with status; what is not known named on one
  // line (each change's subject, before its old and new value), whom to ask.
  const lines = changes.flatMap((change) => changeSentences(change).map((line) => ({ ...line, date: change.date })));
  const known = lines.filter((line) => line.status !== 'unknown').map((line) => `${formatDate(line.date)}: ${tagged(line.text, line.status)}`);
  const unknown = lines.filter((line) => line.status === 'unknown').map((line) => lowerFirst(line.text.replace(/:.*$/u, '')));
  return cardAway(
    [
      heading,
      plain(`${bullets(known)}\n`),
      ...(unknown.length > 0 ? [plain(`Chưa rõ (chưa công bố hoặc chưa được kiểm tra): ${unknown.join('; ')}. `)] : []),
      plain(`${WHERE_TO_ASK}\nChuẩn đầy đủ, chỉ số và ghi chú: `),
    ],
    card,
  );
}

/**
 * A standard's indicators by the service they belong to, in the data's order; an indicator whose content is not known is
 * labelled "(chưa rõ)" (the list as a whole carries its own status).
 */
export function indicatorsByService(standard: ReturnType<typeof describeStandard>): Map<string, string[]> {
  const byService = new Map<string, string[]>();
  for (const indicator of standard.indicators) {
    const name = `${indicator.name}${indicator.status === 'unknown' ? STATUS_TAGS.unknown : ''}`;
    byService.set(indicator.service, [...(byService.get(indicator.service) ?? []), name]);
  }
  return byService;
}

/** Each service and its indicators, one bullet a service ("• Nhà ở: Chất lượng nhà ở; Diện tích nhà ở bình quân đầu người"). */
const serviceBullets = (byService: Map<string, string[]>) => bullets([...byService].map(([service, names]) => `${service}: ${names.join('; ')}`));

/**
 * The standard in force today or in a year (`args`: "2027"), with its legal basis: /chuan and questions about
 * the standard. Today's, with a new standard starting within the upcoming window, adds what will change;
 * `args` "thaydoi" ("thay doi", "thay đổi") gives only that list.
 */
export function standardAnswer(rules: RuleSet, today: string, args = ''): Reply[] {
  if (compactKey(args).startsWith('thaydoi')) return [changesReply(rules, today)];
  return standardCard(rules, today, cardArgs(args));
}

/**
 * The card of the day, year or period asked (standardAnswer), its argument read; a period over several standards, each of them.
 * `brief` (a question, round 35 short26a): the same heading and basis, a transition year saying first whose standard it keeps; the
 * lines with status, no basis each; the indicators counted; what is not known and whom to ask; the coming lines in one sentence;
 * the rest counted, the whole card one "Chi tiết" away (was 3.977 characters for 2026, 3.286 for 2027–2030).
 */
function standardCard(rules: RuleSet, today: string, args: CardArgs, brief: boolean | 'listed' | 'ruled' = false): Reply[] {
  if (args.period && standardsOver(rules, args.period).length > 1) return [periodStandardsReply(rules, today, args.period)];
  const date = yearDate(args, today);
  if (typeof date !== 'string') return [lines(date.error)];
  const found = lookupStandard(rules, date);
  const years = yearsAsked(args);
  const asked = years ?? `ngày ${formatDate(date)}`;
  if (!found.ok) return [outsideDataReply(rules, date, asked)];
  const standard = describeStandard(rules, date);
  const tag = (status: keyof typeof STATUS_TAGS) => STATUS_TAGS[status];
  const byService = indicatorsByService(standard);
  // A count is stated only when the legal text's count is known (indicators.total); never counted from our list.
  const count = standard.indicatorsTotal !== undefined ? ` (${standard.indicatorsTotal} chỉ số)` : '';
  const applies =
    `${!args.text ? `Áp dụng hôm nay, ${formatDate(date)}` : `Áp dụng ${years ? `cho ${years}` : `ngày ${formatDate(date)}`}`}. ` +
    `Căn cứ: ${withStatus(`${standard.document}, ${standard.article}`, standard.status)}; hiệu lực ${standard.validity}.`;
  if (brief) return [standardInBrief(rules, today, date, args, applies, brief === 'listed' || brief === 'ruled', brief === 'ruled')];
  const spans: Span[] = [
    bold(`${standard.title}${tag(standard.status)}\n`),
    plain(`${applies}${standard.signed ? ` ${standard.signed}` : ''}`),
    bold('\n\nThu nhập bình quân mỗi người mỗi tháng:\n'),
    plain(
      bullets(
        standard.bands.map(
          (band) => `Nông thôn ${band.rural}, thành thị ${band.urban}: ${band.outcome}${tag(band.status)}. Căn cứ: ${standard.status === 'verified' ? withStatusUnlessVerified(band.reference, band.status) : band.basis}.`,
        ),
      ),
    ),
    bold(`\n\nCác chỉ số thiếu hụt dịch vụ xã hội cơ bản${count}${tag(standard.indicatorsStatus)}:\n`),
    plain(serviceBullets(byService)),
    // Each reference with its own status (round 31 law17); a verified card's header already says "đã kiểm tra" for its own.
    plain(`\nCăn cứ: ${standard.status === 'verified' ? withStatusUnlessVerified(standard.indicatorsReference, standard.indicatorsStatus) : standard.indicatorsBasis}.`),
  ];
  // The note on the list is said once: it is also one of the reasons the standard is "tạm tính".
  if (standard.indicatorsNote && !standard.provisionalReasons.includes(standard.indicatorsNote)) spans.push(plain(`\n${standard.indicatorsNote}`));
  if (standard.provisional) spans.push(bold('\n\n⚠️ Tạm tính: '), plain(standard.provisionalReasons.join(' ')));
  if (standard.notes.length > 0) spans.push(bold('\n\nGhi chú:\n'), plain(bullets(standard.notes)));
  // What the card leaves open (a provisional figure, a local standard in the notes) is asked of the poverty cadre.
  if (standard.provisional || standard.notes.length > 0) spans.push(plain(`\n\n${WHERE_TO_ASK}`));
  // The next period's card, not the next year's (2028 is the same standard as 2027); none after the last one.
  const next = nextStandardAfter(rules, date);
  const nextYear = next?.validFrom.slice(0, 4);
  const standardShown = reply(spans, [
    ...(nextYear ? [[button(`Chuẩn năm ${nextYear}`, { kind: 'menu', item: 'standard', argument: String(nextYear) })]] : []),
    [button('Kiểm tra hộ gia đình', { kind: 'menu', item: 'check' })],
  ]);
  // Today's card, or a day's ("31/12/2026"), says what changes soon after it ("từ 01/01/2027"): a later year's card does not.
  const dayShown = years === undefined || date === today;
  return dayShown && newStandardSoon(rules, date) ? [standardShown, changesReply(rules, date)] : [standardShown];
}

/**
 * standardCard in brief (its `brief`): `applies`, the card's line saying when it applies and on what basis. `listed` (a cadre's
 * "Tiêu chí … giai đoạn 2027–2030 gồm những gì?", "Các chỉ số thiếu hụt … giai đoạn 2027-2030", round 45 cadre48; were the whole
 * card, 3.271 and 3.987 characters): each indicator named by its service instead of counted, with the list's basis and how it
 * changed from the standard before, each with its status; a band saying "chưa rõ" not said again; thresholds, notes and why the
 * standard is provisional one "Chi tiết" away.
 */
function standardInBrief(rules: RuleSet, today: string, date: string, args: CardArgs, applies: string, listed = false, ruled = false): Reply {
  const standard = describeStandard(rules, date);
  const found = lookupStandard(rules, date);
  const keeps = found.ok ? found.value.standard.keeps : undefined;
  const kept = keeps ? rules.standards.find((candidate) => candidate.id === keeps.standard) : undefined;
  // "nam 2026 van xai chuan ngheo cu ha": a transition year names the standard it keeps in its heading; the keeping text, the
  // kept one's article and their status are the basis on the next line.
  const keptText = kept ? `: vẫn dùng ${lowerFirst(kept.title)}` : '';
  const groups = indicatorsByService(standard).size;
  const counted =
    standard.indicatorsTotal !== undefined
      ? `${standard.indicatorsTotal} chỉ số thiếu hụt trong ${groups} nhóm${STATUS_TAGS[standard.indicatorsStatus]}`
      : `${standard.indicators.length} chỉ số thiếu hụt trong ${groups} nhóm${STATUS_TAGS[standard.indicatorsStatus]}, số lượng chính thức chưa rõ`;
  const unknown = bandsNotKnown(rules, date);
  // As the whole card: today's or a day's, not a later year's, says what starts soon after; here its lines in one sentence.
  const next = (yearsAsked(args) === undefined || date === today) && newStandardSoon(rules, date) ? nextStandardAfter(rules, date) : undefined;
  const coming = next ? describeStandard(rules, next.validFrom) : undefined;
  const soon = coming
    ? `Từ ${formatDate(coming.validFrom)} áp dụng ${lowerFirst(coming.title)}: chuẩn nghèo ${coming.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ')}, theo ${cited(coming.document, coming.status, coming.bands.map((band) => band.status))}${next!.bands.some((band) => band.class === 'middle') ? '' : `; mức hộ có mức sống trung bình${STATUS_TAGS.unknown}`}.\n`
    : '';
  const rest = [...(standard.notes.length > 0 ? [`${standard.notes.length} ghi chú`] : []), ...(standard.provisional ? ['lý do tạm tính'] : []), ...(coming ? ['các thay đổi sắp tới'] : [])];
  const bandLines = plain(`${bullets(standard.bands.map((band) => `Nông thôn ${band.rural}, thành thị ${band.urban}: ${band.outcome}${STATUS_TAGS[band.status]}.`))}\n`);
  const head = [bold(`${standard.title}${STATUS_TAGS[standard.status]}${keptText}\n`), plain(`${applies}\n`), bold('Thu nhập bình quân mỗi người mỗi tháng:\n'), bandLines];
  if (!listed) {
    return cardAway([...head, plain(`Chỉ số: ${counted}.\n${soon}${unknown.length > 0 ? `Chưa rõ: ${unknown.join(' ')} ` : ''}${WHERE_TO_ASK}\nTên từng chỉ số${rest.length > 0 ? `, ${rest.join(', ')}` : ''}: `)], args);
  }
  // The list's count where the legal text's is known; else that its names, count and thresholds are not (2027–2030).
  const count = standard.indicatorsTotal !== undefined ? ` (${standard.indicatorsTotal} chỉ số)` : '';
  const official = standard.indicatorsTotal === undefined ? '; tên, số lượng, ngưỡng chính thức chưa rõ' : '';
  const [, tagged] = /^ \((.*)\)$/u.exec(STATUS_TAGS[standard.indicatorsStatus]) ?? [];
  const listStatus = tagged || official ? ` (${[tagged, official.slice(2)].filter(Boolean).join('; ')})` : '';
  // The list's basis, said when it is another document than the standard's (whose basis the line above says).
  const number = /\d+\/\d{4}/u.exec(standard.document)?.[0];
  const ownBasis = number !== undefined && standard.indicatorsReference.includes(number) && standard.status !== 'verified';
  const bandsSayUnknown = standard.bands.some((band) => band.status === 'unknown');
  return cardAway(
    [
      ...(ruled ? head.slice(0, 1) : head),
      bold(`Các chỉ số thiếu hụt dịch vụ xã hội cơ bản${count}${listStatus}:\n`),
      plain(`${serviceBullets(indicatorsByService(standard))}\n`),
      ...(ownBasis ? [] : [plain(`Căn cứ: ${standard.status === 'verified' ? withStatusUnlessVerified(standard.indicatorsReference, standard.indicatorsStatus) : standard.indicatorsBasis}.\n`)]),
      plain(`${soon}${unknown.length > 0 && !bandsSayUnknown ? `Chưa rõ: ${unknown.join(' ')} ` : ''}${WHERE_TO_ASK}\nNgưỡng thiếu hụt từng chỉ số${rest.length > 0 ? `, ${rest.join(', ')}` : ''}: `),
    ],
    args,
  );
}

/**
 * A question about the standard (topics.ts): the card of the day or year asked. When what changes is asked ("tháng sau
 * tăng lên bn", "từ Tết chuẩn mới áp dụng chưa", "bỏ chỉ số nào"), the changes lead, after today's standard, then today's
 * card unless a later year is asked, then the later one's: the year asked, or the coming standard. The indicators compared
 * with the standard before ("chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào": `compared`): their changes lead that year's card.
 */
export function standardQuestionAnswer(
  rules: RuleSet,
  today: string,
  asked: { year?: number; until?: number; over?: Period; date?: string; change?: boolean; yesNo?: true; yet?: true; area?: 'rural' | 'urban'; indicators?: boolean; compared?: boolean; count?: boolean; list?: boolean; criteria?: boolean; counted?: boolean; figures?: boolean; atLine?: boolean; when?: boolean; middle?: boolean; decree?: boolean; basis?: boolean; compare?: boolean; whole?: boolean; listed?: boolean; brackets?: boolean },
): Reply[] {
  if (asked.compare) return [standardComparison(rules, today)];
  if (!asked.change) {
    // "chuẩn nghèo giai đoạn 2027-2030": the period's card ("Áp dụng cho giai đoạn 2027–2030"; round 28: was "cho năm 2027") when
    // one standard covers it; a longer one is answered by documents.ts overPeriods (today's card and what changes).
    // A period over several standards ("chuan ngheo 2026 den 2030 la bao nhieu": 2026 keeps the 2022–2025 standard, 2027–2030 has
    // its own): each standard with its years, lines and basis (round 29: was today's card and what changes). The document asked
    // ("nghị định nào") is answered by decreeLead, which names both.
    const period = asked.over ?? (asked.year && asked.until ? { from: asked.year, to: asked.until } : undefined);
    if (period && asked.brackets && standardsOver(rules, period).length > 1) return [bracketsReply(rules, today, period)];
    if (period && !asked.decree && !asked.date && standardsOver(rules, period).length > 1) return [periodStandardsReply(rules, today, period, asked.area)];
    const over = asked.year && asked.until ? lookupStandard(rules, dayForYear(asked.year, today)) : undefined;
    const whole = over?.ok && over.value.standard.validTo >= `${asked.until}-12-31` ? asked.until : undefined;
    const args: CardArgs = asked.date ? { text: formatDate(asked.date) } : asked.year ? yearsArgs(asked.year, whole) : { text: '' };
    // "muc chuan ngheo bay gio la bn": the figures asked, first and alone; the card one button away.
    const figures = asked.figures && !asked.indicators ? standardFiguresAnswer(rules, today, args, asked.area, asked.middle, asked.when, asked.decree, asked.basis, asked.atLine) : undefined;
    // "chuan ngheo 2027 co may chi so": how many, first and alone; the card one button away.
    const count = asked.indicators && asked.count && !asked.compared ? indicatorCountAnswer(rules, today, args) : undefined;
    // "cac chi so thieu hut la gi": the indicators in short, the card a button away.
    const list = asked.indicators && asked.list && !asked.count && !asked.compared ? indicatorListAnswer(rules, today, args) : undefined;
    // "xet ho ngheo theo tieu chi nao": the income line and the deprivations, the card a button away.
    const criteria = asked.counted ? criterionCountsAnswer(rules, today, args) : asked.criteria && !asked.figures && !asked.indicators ? criteriaAnswer(rules, today, args) : undefined;
    // "chuan ngheo 2027 o tp hcm", "chuan ngheo thanh thi 2027" (round 38 short30; were the area's figures and the whole card,
    // 3.894 and 3.600 characters): the area's figures alone, the card one "Chi tiết" away, as when its figures are asked.
    const areaFigures = asked.area && !asked.indicators && !asked.whole ? standardFiguresAnswer(rules, today, args, asked.area, false, false, false, false, false, false) : undefined;
    const short = figures ?? count ?? list ?? criteria ?? areaFigures;
    if (short) return [short];
    // "nam 2026 van xai chuan ngheo cu ha ad", "chuan ngheo 2027 2030 the nao" (round 35 short26a; were the whole card, 3.977 and
    // 3.286 characters): a question with no aspect asked, nor the whole ("… gồm những gì"), gets the card in brief (standardCard).
    // "… gồm những gì", "các chỉ số thiếu hụt giai đoạn 2027-2030" (round 45 cadre48; were the whole card, 3.271 and 3.987
    // characters): the card in brief with each indicator named (standardInBrief `listed`); their changes compared keep their lead.
    const listed = !asked.area && !asked.whole && (asked.listed || (asked.indicators && !asked.compared));
    // The indicators asked ("chuan ngheo moi gom nhung chi so nao", round 45 fixc; was the card in brief, with neither the changes
    // nor the rule first since cadre48): the rule and the changes in two lines lead (indicatorRuleLead), the list without the
    // heading and income lines the lead says ('ruled').
    const ruled = listed && asked.indicators && !asked.listed ? indicatorRuleLead(rules, today, args, false, undefined, true) : [];
    const [card, ...rest] = standardCard(rules, today, args, ruled.length > 0 ? 'ruled' : listed ? 'listed' : !asked.area && !asked.indicators && !asked.whole && !asked.listed);
    const lead = !card ? [] : asked.area ? figuresLead(rules, today, args, asked.area) : listed ? ruled : asked.indicators ? indicatorRuleLead(rules, today, args, asked.compared === true) : [];
    return card ? [{ ...card, spans: [...lead, ...card.spans] }, ...rest] : rest;
  }
  const laterAsked = asked.year !== undefined && asked.year > Number(today.slice(0, 4));
  // "tu tet chuan ngheo co doi ko" on 20/12/2026, "thang 1 sap toi chuan ngheo co doi ko" on 05/01/2027 (round 32 law19; were the
  // changes and the whole coming card, 4.469 characters, or no yes or no when no date was written): a later year asked yes or no is
  // asked of its first day; the answer is the yes or no, the new lines, source and status, the card one button away.
  // "tu tet chuan ngheo co doi ko" on 05/01/2027 (round 33 law20; was "Sắp thay đổi: Chưa có" and the whole card, 3.560
  // characters): this year asked when a new standard (not a transition keeping another) began on its 1 January is asked of that
  // day, already past: "Có. … từ 01/01/2027 đã áp dụng …".
  const thisYear = `${today.slice(0, 4)}-01-01`;
  const began = lookupStandard(rules, today);
  const beganThisYear = asked.year === Number(today.slice(0, 4)) && began.ok && began.value.standard.validFrom === thisYear && !began.value.standard.keeps;
  // "nam nay chuan ngheo co doi ko" on 20/12/2026 (round 33 law21; was the changes and both whole cards, 7.421 characters): this
  // year asked when it keeps or continues the standard before is asked of the next 1 January when a standard starts then
  // ("Có. … từ 01/01/2027 áp dụng …, thay cho … năm 2026 (năm chuyển tiếp)"), else of this 1 January ("Không. … không đổi").
  const nextJanuary = `${Number(today.slice(0, 4)) + 1}-01-01`;
  const thisYearDay = beganThisYear ? thisYear : nextStandardAfter(rules, today)?.validFrom === nextJanuary ? nextJanuary : thisYear;
  const askedDay = asked.date ?? (asked.yesNo && laterAsked ? `${asked.year}-01-01` : asked.yesNo && asked.year === Number(today.slice(0, 4)) ? thisYearDay : undefined);
  if (asked.yesNo && askedDay && askedDay >= `${today.slice(0, 4)}-01-01`) {
    const short = changeOnDayAnswer(rules, today, askedDay);
    if (short) return [short];
  }
  // Whether the new standard applies yet, no time said: asked of the coming standard's first day ("Chưa"), or, none coming, of the
  // first day of today's when it began one of its own (not a year keeping another's). From a later day written: of that day, when a
  // standard starts on it ("Chưa", today's until then, never a yes that reads as in force now). A later day written inside a
  // standard that began on a day of its own ("tu 1/7/2027 chuan ngheo moi ap dung chua", round 35 law26; was "Sắp thay đổi" and the
  // changes): asked of that first day, and said to apply by the day written.
  if (asked.yet) {
    const opening = (day: string) => {
      const on = lookupStandard(rules, day);
      return on.ok && !on.value.standard.keeps ? on.value.standard.validFrom : undefined;
    };
    const opened = (day: string) => (opening(day) === day ? day : undefined);
    const day = asked.date ? opening(asked.date) : (nextStandardAfter(rules, today)?.validFrom ?? opened(began.ok ? began.value.standard.validFrom : today));
    const short = day ? changeOnDayAnswer(rules, today, day, true, asked.date) : undefined;
    if (short) return [short];
  }
  const later = laterAsked ? String(asked.year) : nextStandardAfter(rules, today)?.validFrom.slice(0, 4);
  // The changes in brief, the coming card one "chi tiết" away (round 35 short25: was the changes, today's card unless a later year
  // was asked, and the coming card, 4.469 characters); with no coming standard, the changes and today's card.
  const todayCard = later === undefined ? standardAnswer(rules, today, '').slice(0, 1) : [];
  const [changes, ...cards] = [changesReply(rules, today, true, later === undefined ? undefined : { text: later }), ...todayCard];
  // A day of this year or later (on 05/01/2027 "nam 2027 … theo cai moi ha" asks of 01/01/2027, already past).
  const yesNo = asked.yesNo && asked.date && asked.date >= `${today.slice(0, 4)}-01-01` ? changeOnDayLead(rules, today, asked.date) : undefined;
  return [yesNo ? { ...changes!, spans: [...yesNo, ...changes!.spans] } : changes!, ...cards];
}

/**
 * The lines of the standard starting on `day` and how its indicators change, each with its status ("Mức mới (thu nhập bình quân
 * mỗi người mỗi tháng): …(tham khảo).", "Bộ chỉ số thiếu hụt thay đổi: …"); `middle`: with its middle band not known said (no
 * figure). Empty when no standard starts that day.
 */
export function startingStandardLines(rules: RuleSet, day: string, middle = false): string[] {
  const on = lookupStandard(rules, day);
  if (!on.ok || on.value.standard.validFrom !== day) return [];
  const standard = on.value.standard;
  const changed = indicatorSetChange(rules, standard).map(lowerFirst);
  return [
    `Mức mới (thu nhập bình quân mỗi người mỗi tháng): ${linesInBrief(rules, day).replace(/; hộ có mức sống.*$/, '')}${STATUS_TAGS[describeStandard(rules, day).status]}.`,
    ...(changed.length > 0 ? [`Bộ chỉ số thiếu hụt thay đổi: ${changed.join(', ')}${STATUS_TAGS[standard.status]}.`] : []),
    ...(middle ? middleNotKnown(standard) : []),
  ];
}

/** "Hộ có mức sống trung bình từ 01/01/2027: chưa có con số (chưa rõ)." for a standard whose data has no middle band; none otherwise. */
const middleNotKnown = (standard: Standard): string[] =>
  standard.bands.some((band) => band.class === 'middle') ? [] : [`Hộ có mức sống trung bình từ ${formatDate(standard.validFrom)}: chưa có con số${STATUS_TAGS.unknown}.`];

/**
 * The yes or no of a change on a day asked (changeOnDayLead), then, when another standard starts that day, its lines and how its
 * indicators change (with status), and the card of that day's year ("Chi tiết") one button away: about 1.000 characters.
 */
function changeOnDayAnswer(rules: RuleSet, today: string, day: string, yet = false, by?: string): Reply | undefined {
  const lead = changeOnDayLead(rules, today, day, yet, by);
  if (!lead || !lookupStandard(rules, day).ok) return undefined;
  const news = startingStandardLines(rules, day).map((line) => plain(`${line}\n`));
  // What the data lacks is not known: whom to ask, as every answer without its card (round 32 lead; was no one named).
  return cardAway([...lead.slice(0, -1), plain(`${lead.at(-1)!.text.trimEnd()}\n`), ...news, plain(`${WHERE_TO_ASK}\n`), plain('Chuẩn đầy đủ, chỉ số và ghi chú: ')], { text: day.slice(0, 4) });
}

/**
 * "tu 1/1 nam sau chuan ngheo co doi ko" (round 31 law17; was the coming card alone, and on 05/01/2027 the 2027–2030 card "áp dụng
 * ngày 01/01/2028" with no answer): yes or no first, from the rules data, dated: whether the standard in force on the day asked is
 * another than the one of the day before, which one and its basis with status; that what the data lacks is not known.
 */
function changeOnDayLead(rules: RuleSet, today: string, day: string, yet = false, by?: string): Span[] | undefined {
  const on = lookupStandard(rules, day);
  const before = lookupStandard(rules, addDays(day, -1));
  if (!on.ok || !before.ok) return undefined;
  const now = describeStandard(rules, day);
  const basis = withStatus(`${now.document}, ${now.article}`, now.status);
  const unknown = 'Thay đổi chưa có trong dữ liệu của trợ lý (văn bản mới chưa công bố hoặc chưa được cập nhật) thì mình không biết.';
  if (on.value.standard.id !== before.value.standard.id) {
    const old = describeStandard(rules, addDays(day, -1));
    // A later day written inside that standard ("den 1/7/2027 thi ap dung chua" on 20/01/2027): it still applies then.
    const byThen = by !== undefined && by > day ? `; đến ${formatDate(by)} vẫn áp dụng chuẩn này` : '';
    // Whether it applies yet, asked before its first day: with no day asked, not yet, today's standard until then. A day asked
    // ("thang 7/2027 ap dung chuan moi chua" on 06/12/2026, round 36 mend36a; was "Chưa. …", read as no): that day's yes first,
    // then today's standard.
    if (yet && day > today) {
      const current = describeStandard(rules, today);
      const todays = `${formatDate(today)}, vẫn áp dụng ${lowerFirst(current.title)}${STATUS_TAGS[current.status]}`;
      const coming = `từ ${formatDate(day)} ${by === undefined ? 'mới ' : ''}áp dụng ${lowerFirst(now.title)}${STATUS_TAGS[now.status]}`;
      return [
        bold(by === undefined ? `Chưa. Theo dữ liệu chính sách, hôm nay, ${todays}; ${coming}. ` : `Đến ${formatDate(by)}: có — theo dữ liệu chính sách, ${coming}; hôm nay, ${todays}. `),
        plain(`Căn cứ: ${basis}.\n\n`),
      ];
    }
    return [
      bold(`Có. Theo dữ liệu chính sách (hỏi ngày ${formatDate(today)}), từ ${formatDate(day)} ${day <= today ? 'đã ' : ''}áp dụng ${lowerFirst(now.title)}${STATUS_TAGS[now.status]}, thay cho ${lowerFirst(old.title)}${byThen}. `),
      plain(`Căn cứ: ${basis}.\n\n`),
    ];
  }
  return [
    bold(`Không. Theo dữ liệu chính sách (hỏi ngày ${formatDate(today)}), ngày ${formatDate(day)} chuẩn nghèo không đổi: vẫn áp dụng ${lowerFirst(now.title)}${STATUS_TAGS[now.status]}, hiệu lực ${now.validity}. `),
    plain(`Căn cứ: ${basis}. ${unknown}\n\n`),
  ];
}

/**
 * "hộ nghèo năm 2027 cần bao nhiêu chỉ số thiếu hụt": before the card, how many deprivations make a poor household under the
 * standard of the day asked (its band, with status and basis) and how its list of indicators differs from the one before
 * (the rules data's changes on the day it starts); nothing when the day has no standard (the card says so). `compared`: the
 * indicators asked against the standard before ("khác 2022-2025 chỗ nào"): the changes first, or that there are none.
 */
function indicatorRuleLead(rules: RuleSet, today: string, args: CardArgs, compared = false, count?: (standard: ReturnType<typeof describeStandard>) => string, brief = count !== undefined): Span[] {
  const date = yearDate(args, today);
  const found = typeof date === 'string' ? lookupStandard(rules, date) : undefined;
  if (!found?.ok || typeof date !== 'string') return [];
  const { standard } = found.value;
  const described = describeStandard(rules, date);
  const at = standard.bands.findIndex((band) => band.byDeprivations !== undefined);
  const band = at < 0 ? undefined : described.bands[at];
  if (!band) return [];
  const changed = changesBetween(rules, addDays(standard.validFrom, -1), standard.validFrom).filter((change) => change.kind === 'indicator');
  if (compared) {
    const before = lookupStandard(rules, addDays(standard.validFrom, -1));
    const previous = before.ok ? `${lowerFirst(describeStandard(rules, before.value.standard.validFrom).title)} (${before.value.standard.document})` : 'chuẩn trước đó';
    return [
      bold(`Chỉ số thiếu hụt của ${lowerFirst(described.title)}${STATUS_TAGS[described.status]} so với ${previous}:\n`),
      plain(changed.length > 0 ? bullets(changed.flatMap(changeSentences).map((line) => tagged(line.text, line.status))) : 'Danh sách chỉ số không thay đổi so với chuẩn trước đó.'),
      // The list's own status: a list from reference sources says so (its note is in the card below).
      ...(described.indicatorsStatus === 'verified' ? [] : [plain('\nDanh sách chỉ số này chưa được đối chiếu nguyên văn văn bản (tham khảo); xem ghi chú “Tạm tính” bên dưới.')]),
      plain('\n\n'),
    ];
  }
  // How many asked (`count`, round 44 resid50: "chuan ngheo 2027 co bn chi so" was 1.239 characters, the count after five lines of
  // changes): the count first, the changes in two lines (what is added and removed, what of them is not known), each with its status.
  const changes = brief
    ? indicatorChangesInBrief(changed.filter((change): change is Extract<typeof change, { kind: 'indicator' }> => change.kind === 'indicator')).map((line) => tagged(capitalised(line.text), line.status))
    : changed.flatMap(changeSentences).map((line) => tagged(line.text, line.status));
  return [
    bold(`Số chỉ số thiếu hụt theo ${lowerFirst(described.title)}${STATUS_TAGS[described.status]} (${described.document}):\n`),
    ...(count ? [plain(`${count(described)}\n`)] : []),
    plain(`Thu nhập bình quân mỗi người mỗi tháng nông thôn ${band.rural}, thành thị ${band.urban}: ${band.outcome}${STATUS_TAGS[band.status]}.`),
    ...(changed.length > 0 ? [plain(`\nDanh sách chỉ số thay đổi từ ${formatDate(standard.validFrom)}:\n${bullets(changes)}`)] : []),
    plain('\n\n'),
  ];
}

/**
 * "chuan ngheo 2027 co may chi so", "ho ngheo 2027 phai thieu may chi so": how many deprivations make a poor household under the
 * standard of the day asked, with its income lines by area and the changes in its list (indicatorRuleLead); how many indicators
 * the list has (the legal text's count when the data has it, else the list's, the official count not known and whom to ask);
 * the source with its status; the card ("Chi tiết") one button away. Undefined when the day has no standard (the card says so).
 */
function indicatorCountAnswer(rules: RuleSet, today: string, args: CardArgs): Reply | undefined {
  const lead = indicatorRuleLead(rules, today, args, false, (standard) => {
    const groups = [...indicatorsByService(standard).keys()];
    const inGroups = `${groups.length} nhóm: ${groups.join(', ')}`;
    return standard.indicatorsTotal !== undefined
      ? `Số chỉ số: ${standard.indicatorsTotal} chỉ số thiếu hụt (${inGroups})${STATUS_TAGS[standard.indicatorsStatus]}.`
      : `Số chỉ số: danh sách theo nguồn tham khảo có ${standard.indicators.length} chỉ số (${inGroups})${STATUS_TAGS[standard.indicatorsStatus]}; số lượng chỉ số chính thức chưa rõ, bạn hỏi ${POVERTY_CADRE}.`;
  });
  const date = yearDate(args, today);
  if (lead.length === 0 || typeof date !== 'string') return undefined;
  return cardAway([...lead.slice(0, -1), plain(`\n${briefSource(describeStandard(rules, date))}\nTên từng chỉ số, ngưỡng thiếu hụt và ghi chú: `)], args);
}

/** indicatorsSource in brief: the list's basis only when it is another document than the standard's (its number not in it). */
function briefSource(standard: ReturnType<typeof describeStandard>): string {
  const number = /\d+\/\d{4}/u.exec(standard.document)?.[0];
  const own = number !== undefined && standard.indicatorsBasis.includes(number);
  return `Nguồn: ${cited(`${standard.document}, ${standard.article}`, standard.status, standard.bands.map((band) => band.status))}${own ? '' : `; danh sách chỉ số: ${standard.indicatorsBasis}`}.`;
}

/**
 * "xet ho ngheo theo tieu chi nao" (round 32 law18; was the whole card, about 4.000 characters): a resident asking by which criteria
 * households are reviewed gets the two of the standard in force on the day asked: the income line by area and how many deprivations
 * make a household poor (the band of the rules data, with its status), how many indicators the list has (the legal text's count when
 * the data has it, else that the official count is not known), the source with its status, the next standard's lines in one line
 * when one follows, and the card ("Chi tiết") one button away. Undefined when the day has no standard (the card says so).
 */
function criteriaAnswer(rules: RuleSet, today: string, args: CardArgs): Reply | undefined {
  const date = yearDate(args, today);
  const found = typeof date === 'string' ? lookupStandard(rules, date) : undefined;
  if (typeof date !== 'string' || !found?.ok) return undefined;
  const standard = describeStandard(rules, date);
  const band = standard.bands[found.value.standard.bands.findIndex((candidate) => candidate.byDeprivations !== undefined)];
  if (!band) return undefined;
  // No count where the official one is not known (2027–2030), as indicatorListAnswer.
  const listed =
    standard.indicatorsTotal !== undefined
      ? `, trong ${standard.indicatorsTotal} chỉ số${STATUS_TAGS[standard.indicatorsStatus]}`
      : ' (danh sách chỉ số theo nguồn tham khảo, số lượng chỉ số chính thức chưa rõ)';
  const next = nextStandardAfter(rules, date);
  const coming = next
    ? [plain(`
Từ ${formatDate(next.validFrom)}: ${linesInBrief(rules, next.validFrom).replace(/; hộ có mức sống.*$/, '')}${STATUS_TAGS[describeStandard(rules, next.validFrom).status]}.`)]
    : [];
  return cardAway(
    [
      bold(`Xét hộ nghèo (${whenAsked(args, date)}) theo ${lowerFirst(standard.title)}${STATUS_TAGS[standard.status]}, hai tiêu chí:\n`),
      plain(`• Thu nhập bình quân mỗi người mỗi tháng: nông thôn ${band.rural}, thành thị ${band.urban}${STATUS_TAGS[band.status]};\n`),
      plain(`• Thiếu hụt dịch vụ xã hội cơ bản${listed}: ${band.outcome}${STATUS_TAGS[band.status]}.\n`),
      plain(indicatorsSource(standard)),
      ...coming,
      plain('\nTên từng chỉ số, ngưỡng thiếu hụt và ghi chú: '),
    ],
    args,
  );
}

/**
 * "Xã có 138 hộ nghèo theo tiêu chí A và 30 hộ theo tiêu chí B thì phân loại thế nào" (round 45 cadre48; was the 2026 card in brief,
 * never saying how counts by criterion are read): a household is classed on its income and its deprivations together, so counts by
 * one criterion alone class no one; each band of the standard of the day asked with its status; the earlier standard that had poor
 * households by income alone (QĐ 59/2015: a band whose class is poor whatever the deprivations), where the counts may come from;
 * the coming standard's lines in one line; one question back (what A and B are) and how to class each household (/kiemtra, a list).
 */
function criterionCountsAnswer(rules: RuleSet, today: string, args: CardArgs): Reply | undefined {
  const date = yearDate(args, today);
  const found = typeof date === 'string' ? lookupStandard(rules, date) : undefined;
  if (typeof date !== 'string' || !found?.ok) return undefined;
  const standard = describeStandard(rules, date);
  const rule = found.value.standard.bands.find((band) => band.byDeprivations !== undefined)?.byDeprivations;
  if (!rule) return undefined;
  // The standard whose poor households were counted by income alone (a band classed poor with no deprivation counted).
  const byIncome = rules.standards.find((candidate) => !candidate.province && candidate.bands.some((band) => band.class === 'poor'));
  const income = byIncome ? describeStandard(rules, byIncome.validFrom) : undefined;
  const incomeBand = byIncome && income ? income.bands[byIncome.bands.findIndex((band) => band.class === 'poor')] : undefined;
  const band = standard.bands[found.value.standard.bands.findIndex((candidate) => candidate.byDeprivations !== undefined)]!;
  const next = nextStandardAfter(rules, date);
  return cardAway(
    [
      bold('Số hộ đếm theo từng tiêu chí riêng chưa xếp được loại hộ: mỗi hộ được xét cùng lúc thu nhập và số chỉ số thiếu hụt.\n'),
      plain(`Theo ${lowerFirst(standard.title)}${STATUS_TAGS[standard.status]}, áp dụng ${whenAsked(args, date)}:\n`),
      plain(`• Thu nhập bình quân mỗi người mỗi tháng nông thôn ${band.rural}, thành thị ${band.urban}: ${band.outcome}${STATUS_TAGS[band.status]}.\n`),
      plain(`• Thu nhập trên mức đó: không là hộ nghèo, hộ cận nghèo dù thiếu hụt từ ${rule.atLeast} chỉ số trở lên.\n`),
      ...(income && incomeBand && byIncome!.id !== found.value.standard.id
        ? [plain(`Cách đếm “hộ nghèo theo tiêu chí thu nhập” riêng là của ${lowerFirst(income.title)}, ${cited(income.document, income.status)}: thu nhập nông thôn ${incomeBand.rural}, thành thị ${incomeBand.urban} là hộ nghèo dù thiếu hụt bao nhiêu chỉ số.\n`)]
        : []),
      ...(next ? [plain(`Từ ${formatDate(next.validFrom)}: ${linesInBrief(rules, next.validFrom).replace(/; hộ có mức sống.*$/, '')}${STATUS_TAGS[describeStandard(rules, next.validFrom).status]}, cùng cách xếp.\n`)] : []),
      plain(`Bạn cho mình biết “tiêu chí A”, “tiêu chí B” là gì (thu nhập, số chỉ số thiếu hụt, hay chuẩn của năm nào) để mình trả lời đúng. Xếp từng hộ: gõ /kiemtra, cả danh sách: mục “Kiểm tra danh sách hộ” trên trang web. ${WHERE_TO_ASK}\nChỉ số và ghi chú: `),
    ],
    args,
  );
}

/** Where a standard and its list of indicators come from, with their status. */
const indicatorsSource = (standard: ReturnType<typeof describeStandard>) =>
  `Nguồn: ${cited(`${lowerFirst(standard.title)}, ${standard.document}, ${standard.article}`, standard.status, standard.bands.map((band) => band.status))}; danh sách chỉ số: ${standard.indicatorsBasis}.`;

/** A short answer ending with the standard's full card a button away ("Chi tiết": /chuan of the year asked). */
export function cardAway(spans: Span[], args: CardArgs): Reply {
  return reply([...spans, pressing('Chi tiết', `/chuan${args.text ? ` ${args.text}` : ''}`), plain('.')], [[button('Chi tiết', { kind: 'menu', item: 'standard', argument: args.text })]]);
}

/**
 * "cac chi so thieu hut la gi", "12 chi so la nhung cai j" (round 27 words10): the indicators of the day's standard by the
 * service each measures, the next standard's different set in one line, the source and status, and where more is (one
 * indicator asked, the card a button away); undefined when the day has no standard. Was the rule on how many make a household
 * poor, the whole card and what changes (about 4.000 characters).
 */
function indicatorListAnswer(rules: RuleSet, today: string, args: CardArgs): Reply | undefined {
  const date = yearDate(args, today);
  const found = typeof date === 'string' ? lookupStandard(rules, date) : undefined;
  if (typeof date !== 'string' || !found?.ok) return undefined;
  const standard = describeStandard(rules, date);
  const byService = indicatorsByService(standard);
  // No count where the official one is not known (2027–2030): the list is the reported one, its number no figure to state.
  const total =
    standard.indicatorsTotal !== undefined
      ? `${standard.indicatorsTotal} chỉ số trong ${byService.size} nhóm${STATUS_TAGS[standard.indicatorsStatus]}`
      : `theo nguồn tham khảo, trong ${byService.size} nhóm; số lượng chỉ số chính thức chưa rõ`;
  const next = nextStandardAfter(rules, date);
  const changed = next ? indicatorSetChange(rules, next).map(lowerFirst) : [];
  // "thang 1 toi ra soat theo chi tieu nao" in December 2026 (round 31 law17): a standard that starts after today says first that
  // reviews from its first day go by its set (was today's monthly review explainer, no indicator named).
  const { validFrom } = found.value.standard;
  const starting = validFrom > today
    ? [bold(`Rà soát hộ nghèo, hộ cận nghèo từ ${formatDate(validFrom)} xét theo bộ chỉ số của ${lowerFirst(standard.title)}${STATUS_TAGS[standard.indicatorsStatus]} (${standard.document}).\n`)]
    : [];
  return cardAway(
    [
      ...starting,
      bold(`Chỉ số thiếu hụt (${whenAsked(args, date)})`),
      plain(`: những dịch vụ xã hội cơ bản hộ còn thiếu, ${total}:\n`),
      plain(serviceBullets(byService)),
      ...(changed.length > 0 ? [plain(`\nTừ ${formatDate(next!.validFrom)} bộ chỉ số thay đổi: ${changed.join(', ')}${STATUS_TAGS[next!.status]}.`)] : []),
      plain(`\n${indicatorsSource(standard)}\nKhi nào bị tính thiếu hụt: hỏi từng chỉ số (ví dụ “chỉ số nhà ở là gì”); mức thu nhập và ghi chú: `),
    ],
    args,
  );
}

/**
 * The lines of the standard of the day asked, one area's when one is named ("chuẩn nghèo ở quê năm nay bn", "còn tp?"), both
 * otherwise: what the question was about, first; nothing when the day has no standard (the card says so).
 */
/** The day a figures answer is about, in words: "năm 2027", "ngày 01/01/2027" or "hôm nay, 02/12/2026". */
const whenAsked = (args: CardArgs, date: string) => (args.text ? (yearsAsked(args) ?? `ngày ${args.text}`) : `hôm nay, ${formatDate(date)}`);

/** An area's name as said inside a sentence ("nông thôn"). */
const areaWord = (rules: RuleSet, area: 'rural' | 'urban') => (rules.areas.find((candidate) => candidate.id === area)?.name ?? area).toLowerCase();

function figuresLead(rules: RuleSet, today: string, args: CardArgs, area?: 'rural' | 'urban'): Span[] {
  const date = yearDate(args, today);
  if (typeof date !== 'string' || !lookupStandard(rules, date).ok) return [];
  const standard = describeStandard(rules, date);
  const areaName = area ? `${areaWord(rules, area)} ` : '';
  const when = whenAsked(args, date);
  const range = (band: (typeof standard.bands)[number]) => (area ? band[area] : `Nông thôn ${band.rural}, thành thị ${band.urban}`);
  return [
    bold(`Chuẩn nghèo ${areaName}áp dụng ${when} (thu nhập bình quân mỗi người mỗi tháng):\n`),
    plain(`${bullets(standard.bands.map((band) => `${range(band)}: ${band.outcome}${STATUS_TAGS[band.status]}`))}\n\n`),
  ];
}

/**
 * "Hộ có thu nhập đúng bằng chuẩn nghèo thì xếp loại gì?" (round 31 tryout18; was the whole card, about 5.000 characters): the
 * line band of the standard of the day ("≤": bằng hoặc thấp hơn chuẩn) is where an income at the line falls, with its class, basis
 * and status; above it ("trên chuẩn") is the band after. Undefined when the standard's first band is not the line (the figures).
 */
function atLineLead(rules: RuleSet, today: string, args: CardArgs, area?: 'rural' | 'urban'): Span[] | undefined {
  const date = yearDate(args, today);
  if (typeof date !== 'string' || !lookupStandard(rules, date).ok) return undefined;
  const standard = describeStandard(rules, date);
  const [line, above] = standard.bands;
  const shown = standard.lines.filter((one) => !area || one.area === area);
  if (!line || shown.length === 0 || !line.rural.startsWith('≤')) return undefined;
  const amounts = shown.map((one) => `${one.areaName.toLowerCase()} ${one.text}`).join(', ');
  const aboveText = above ? ` Thu nhập trên chuẩn (${area ? above[area] : `nông thôn ${above.rural}, thành thị ${above.urban}`}): ${lowerFirst(above.outcome)}${STATUS_TAGS[above.status]}.` : '';
  return [
    bold(`Thu nhập bình quân đúng bằng chuẩn nghèo áp dụng ${whenAsked(args, date)} (${amounts}/người/tháng) thuộc mức “bằng hoặc thấp hơn chuẩn” (≤): `),
    plain(`${line.outcome}${STATUS_TAGS[line.status]}. Căn cứ: ${line.basis}.${aboveText}
`),
  ];
}

/**
 * "muc chuan ngheo bay gio la bn", "chuan ngheo 2026 o nong thon la bao nhieu tien": the figures, first and alone (figuresLead:
 * the area named, else both), the source and its status; when today's standard gives way to a new one within the upcoming
 * window (RULES_DEFAULTS.upcomingWindowDays), that one's lines in one more sentence; the full card is a button away.
 * Undefined when the day has no standard (the card says so).
 */
export function standardFiguresAnswer(rules: RuleSet, today: string, args: CardArgs, area?: 'rural' | 'urban', middle = false, whenAskedFirst = false, decreeFirst = false, basisFirst = false, atLine = false, noted = true): Reply | undefined {
  const figures = (atLine ? atLineLead(rules, today, args, area) : undefined) ?? figuresLead(rules, today, args, area);
  const date = yearDate(args, today);
  if (figures.length === 0 || typeof date !== 'string') return undefined;
  // "nghi dinh moi ve chuan ngheo so may": the document, first (decreeLead), then the figures.
  const decree = decreeFirst ? decreeLead(rules, date) : [];
  const standard = describeStandard(rules, date);
  // "nam 2027 ho muc song trung binh la bao nhieu": the middle band first, or plainly that it is not known (no figure).
  // The farming households' lines when the class itself is asked, no year (a year's band asked stays short: round 17 staff, < 1.300).
  const band = middle ? middleBandLead(rules, date, args, area) : undefined;
  const middleLead = yearsAsked(args) === undefined ? withFarmLines(rules, band, date) : band;
  const lead = !middleLead ? figures : middleLead.notes.length > 0 ? [middleLead.lead, bold(`Điều đã biết: ${lowerFirst(figures[0]!.text)}`), figures[1]!] : [middleLead.lead, ...figures];
  // As on the card: today's or a day's figures ("hết năm nay"), not a later year's, say what starts soon after.
  const next = (yearsAsked(args) === undefined || date === today) && newStandardSoon(rules, date) ? nextStandardAfter(rules, date) : undefined;
  const coming = next ? describeStandard(rules, next.validFrom) : undefined;
  const comingLines = coming?.lines.filter((line) => !area || line.area === area).map((line) => `${line.areaName.toLowerCase()} ${line.text}`);
  const soonSentence = coming && comingLines?.length
    ? `Từ ${formatDate(coming.validFrom)} áp dụng ${lowerFirst(coming.title)}: chuẩn nghèo ${comingLines.join(', ')}, theo ${cited(coming.document, coming.status, coming.bands.map((band) => band.status))}.`
    : '';
  // "bao gio ap dung chuan ngheo moi" on or after the day it began, none coming (round 35 law25; on 01/01/2027 and 20/01/2027 was
  // today's figures with no day): the day today's standard began, as past; a year keeping another's standard began none.
  const began = whenAskedFirst && !next ? lookupStandard(rules, date) : undefined;
  const beganSentence = began?.ok && !began.value.standard.keeps
    ? `Từ ${formatDate(standard.validFrom)} đã áp dụng ${lowerFirst(standard.title)}, theo ${cited(standard.document, standard.status)}; hôm nay, ${formatDate(today)}, đang áp dụng chuẩn này.`
    : '';
  // "chuẩn nghèo mới áp dụng từ khi nào": that sentence is the answer, first; today's figures after it.
  const whenSentence = whenAskedFirst ? soonSentence || beganSentence : '';
  const soon = soonSentence && !whenSentence ? `\n${soonSentence}` : '';
  const first = whenSentence ? [bold(`${whenSentence}\n\n`)] : [];
  // A band not known (above the line in 2027–2030: the middle band is not published): why, with no figure, and whom to ask.
  // The middle band asked near the switch ("ho co muc song trung binh la bao nhieu" on 20/12/2026; round 33 law20: was the coming
  // poverty lines alone): a coming standard with no middle band in the data says so after its lines, with no figure.
  const comingMiddle = middle && next ? middleNotKnown(next) : [];
  // `noted` false (an area's figures in brief, round 38 short30): the band's own line says it is not known; whom to ask stays.
  const notes = noted ? [...bandsNotKnown(rules, date).filter((note) => !middleLead?.notes.includes(note)), ...comingMiddle] : [];
  // A standard a later one keeps ("giai đoạn 2022-2025" asked in 2026: NĐ 351/2025 keeps it for 2026): until when it applies.
  const keptBy = rules.standards.filter((candidate) => !candidate.province && candidate.keeps?.standard === standard.id).at(-1);
  const kept = keptBy ? `\nChuẩn này được giữ áp dụng đến hết ${formatDate(keptBy.validTo)} theo ${keptBy.status === 'verified' ? keptBy.document : cited(keptBy.document, keptBy.status)}.` : '';
  const unknown = notes.length > 0 || !noted ? `\n${[...notes, WHERE_TO_ASK].join(' ')}` : '';
  // Its status once, at its end: "(đã kiểm tra)" when the standard and the lines shown are verified (cited).
  const checked = (reference: string) => cited(reference, standard.status, standard.bands.map((band) => band.status));
  const source = `${checked(`${lowerFirst(standard.title)}, ${standard.document}, ${standard.article}`)}.`;
  // Asked as a cadre asks ("căn cứ pháp lý …", not the document's number: decreeFirst leads with it): the basis right after the
  // title, one line, and no "Nguồn" line under the figures (round 20: was the 4th line). A resident's answer is unchanged.
  const basis = basisFirst && !decreeFirst && first.length === 0;
  const body = basis ? [lead[0]!, plain(`Căn cứ: ${checked(`${standard.document}, ${standard.article}`)}.\n`), ...lead.slice(1, -1)] : lead.slice(0, -1);
  return reply(
    [
      ...decree,
      ...first,
      ...body,
      plain(lead.at(-1)!.text.trimEnd()),
      plain(`${basis ? '' : `\nNguồn: ${source}`}${kept}${soon}${unknown}\nCác chỉ số thiếu hụt và ghi chú: `),
      pressing(FULL_STANDARD, `/chuan${args.text ? ` ${args.text}` : ''}`),
      plain('.'),
    ],
    [[button(FULL_STANDARD, { kind: 'menu', item: 'standard', argument: args.text })]],
  );
}

/**
 * "nghi dinh moi ve chuan ngheo so may", "Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2026–2030 là nghị định nào?": the
 * document of the standard of the day, by its number, who issued it, its signing day and its effective day (or that it is
 * not known, never a day), with its status; then the national standards the data has from it and their periods ("năm 2026
 * giữ chuẩn của Nghị định 07/2021/NĐ-CP": the 2026 standard keeps another's). Nothing when the day has no standard.
 */
function decreeLead(rules: RuleSet, date: string): Span[] {
  const found = lookupStandard(rules, date);
  if (!found.ok) return [];
  const { standard } = found.value;
  const name = /^(?:Nghị định|Quyết định|Thông tư|Nghị quyết) [^\s,;()]+/u.exec(standard.document)?.[0] ?? standard.document;
  const from = rules.standards.filter((candidate) => !candidate.province && candidate.document.startsWith(name));
  const signed = standard.signed ? `ký ngày ${formatDate(standard.signed)}` : 'ngày ký chưa rõ';
  const inForce = standard.inForce === undefined ? '' : `; ngày có hiệu lực ${standard.inForce === 'unknown' ? 'chưa rõ' : formatDate(standard.inForce)}`;
  const periods = from.map((candidate) => {
    const described = describeStandard(rules, candidate.validFrom);
    const kept = /\((giữ [^()]+)\)/u.exec(candidate.document)?.[1];
    const upTo = candidate.validTo < '9999' ? `, áp dụng từ ${formatDate(candidate.validFrom)} đến hết ${formatDate(candidate.validTo)}` : `, áp dụng từ ${formatDate(candidate.validFrom)}`;
    return `${lowerFirst(described.title)}${kept ? ` (${kept})` : ''}${upTo}${STATUS_TAGS[candidate.status]}`;
  });
  const unknown = standard.inForce === 'unknown' || !standard.signed ? ` ${WHERE_TO_ASK}` : '';
  return [
    bold(`Văn bản quy định chuẩn nghèo: ${name} của ${standard.issuer} (${signed}${STATUS_TAGS[standard.status].replace(/^ \((.*)\)$/, ', $1')}${inForce}).`),
    plain(` Văn bản này quy định: ${periods.join('; ')}.${unknown}\n\n`),
  ];
}

/**
 * A standard's lines in a few words: "chuẩn nghèo nông thôn 1.500.000 đồng, thành thị 2.000.000 đồng; hộ có mức sống trung bình
 * đến 2.250.000 đồng (nông thôn), 3.000.000 đồng (thành thị)"; the middle band only when the standard has one; one area's
 * when `area` is named.
 */
function linesInBrief(rules: RuleSet, validFrom: string, area?: 'rural' | 'urban'): string {
  const found = lookupStandard(rules, validFrom);
  const middle = found.ok ? found.value.standard.bands.find((band) => band.class === 'middle')?.upTo : undefined;
  const areas = rules.areas.filter((candidate) => !area || candidate.id === area);
  const lines = describeStandard(rules, validFrom).lines.filter((line) => !area || line.area === area);
  return (
    `chuẩn nghèo ${lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ')}` +
    `${middle ? `; hộ có mức sống trung bình đến ${areas.map((candidate) => `${formatMoney(middle[candidate.id].value)} (${candidate.name.toLowerCase()})`).join(', ')}` : ''}`
  );
}

/**
 * "ngưỡng thu nhập rà soát năm 2026 là bao nhiêu" (round 46 cadre50): the income lines of the standard in force in `year` (from its
 * first day, or today within it), with its basis and status, and those of the standard after it when one starts by the next year's
 * first day; which of the two the year-end review uses is the review entry's (not known).
 */
export function yearIncomeLines(rules: RuleSet, year: number, today: string): string[] {
  const day = today.startsWith(`${year}-`) ? today : `${year}-01-01`;
  const found = lookupStandard(rules, day);
  if (!found.ok) return [];
  const standard = describeStandard(rules, day);
  const status = (one: ReturnType<typeof describeStandard>) => cited(one.document, one.status, one.bands.map((band) => band.status));
  const next = nextStandardAfter(rules, day);
  const coming = next && next.validFrom <= `${year + 1}-01-01` ? describeStandard(rules, next.validFrom) : undefined;
  return [
    `Năm ${year} (đến ${formatDate(standard.validTo)}): ${linesInBrief(rules, day)} mỗi người mỗi tháng, theo ${status(standard)}.`,
    ...(coming ? [`Từ ${formatDate(coming.validFrom)}: ${linesInBrief(rules, coming.validFrom)} mỗi người mỗi tháng, theo ${status(coming)}${lookupStandardHasMiddle(rules, coming.validFrom) ? '' : `; mức hộ có mức sống trung bình${STATUS_TAGS.unknown}`}.`] : []),
  ];
}

/** The national standards in force on some day of a period asked, in order. */
function standardsOver(rules: RuleSet, period: Period): RuleSet['standards'] {
  return nationalStandardsOver(rules, `${period.from}-01-01`, `${period.to}-12-31`);
}

/**
 * "muc thu nhap ho ngheo can ngheo trung binh nong thon thanh thi 2026 2027", "Cho hỏi mức thu nhập chuẩn nghèo, cận nghèo, trung
 * bình giai đoạn 2022-2025 và 2027-2030 khu vực nông thôn, thành thị" (round 37 staff25; were search and the 2022–2025 card): the
 * income levels of the classes side by side, one block per standard over the years asked, one line per area: the line of hộ nghèo
 * and hộ cận nghèo, the band of hộ có mức sống trung bình, each figure with its status (the weaker of its band's and its standard's);
 * a band the data does not know is "chưa rõ", no figure; each block's basis. Buttons: each standard's card.
 */
function bracketsReply(rules: RuleSet, today: string, period: Period): Reply {
  const over = standardsOver(rules, period);
  const blocks: { standard: Standard; heading: string; rows: string[]; kept: string[]; outcome?: string }[] = [];
  for (const standard of over) {
    const described = describeStandard(rules, standard.validFrom);
    const [from, to] = [standard.validFrom.slice(0, 4), standard.validTo.slice(0, 4)];
    const years = from === to ? `năm ${from}` : `giai đoạn ${from}–${to}`;
    const now = standard.validFrom <= today && today <= standard.validTo ? ', đang áp dụng hôm nay' : '';
    // A standard keeping the one before it (2026 keeps 2022–2025 under NĐ 351/2025) says so under its block, not its figures again.
    const previous = blocks.at(-1);
    if (previous && standard.keeps?.standard === previous.standard.id) {
      previous.kept.push(`${capitalised(years)} (${described.validity}${now}) giữ nguyên các mức này theo ${cited(standard.document.replace(/\s*\(.*\)$/, ''), standard.status)}.`);
      continue;
    }
    const found = lookupStandard(rules, standard.validFrom);
    const bands = found.ok ? found.value.standard.bands : [];
    const line = bands.findIndex((band) => band.byDeprivations && band.upTo);
    const middle = bands.findIndex((band) => band.class === 'middle');
    // The block's basis says its status once; a figure less sure than that says its own.
    const said = statusOnce(described.status, described.bands.map((band) => band.status)) ?? 'verified';
    const figure = (at: number, area: 'rural' | 'urban') => {
      const status = weakerStatus(described.bands[at]!.status, standard.status);
      return status === said ? described.bands[at]![area] : tagged(described.bands[at]![area], status);
    };
    const rows = rules.areas.map((area) => {
      const poor = line < 0 ? `hộ nghèo, hộ cận nghèo: chưa có con số${STATUS_TAGS.unknown}` : `hộ nghèo, hộ cận nghèo ${figure(line, area.id)}`;
      const mid = middle < 0 ? `hộ có mức sống trung bình: chưa có con số${STATUS_TAGS.unknown}` : `hộ có mức sống trung bình ${figure(middle, area.id)}`;
      return `${area.name}: ${poor}; ${mid}`;
    });
    const basis = cited(`${described.document}, ${described.article}`, described.status, described.bands.map((band) => band.status));
    blocks.push({ standard, heading: `${capitalised(years)} (${described.validity}${now}). Căn cứ: ${basis}.`, rows, kept: [], ...(line < 0 ? {} : { outcome: described.bands[line]!.outcome }) });
  }
  const outcomes = [...new Set(blocks.flatMap((block) => (block.outcome === undefined ? [] : [block.outcome])))];
  const same = outcomes.length === 1 ? [`Hộ nghèo và hộ cận nghèo có cùng mức thu nhập: ${outcomes[0]}.`] : [];
  // A band not known is said in its row ("chưa có con số (chưa rõ)"), with whom to ask here: the reply fits a phone.
  return reply(
    [
      bold('Mức thu nhập bình quân mỗi người mỗi tháng theo chuẩn nghèo:\n'),
      ...blocks.flatMap((block) => [bold(`${block.heading}\n`), plain(`${bullets([...block.rows, ...block.kept])}\n`)]),
      plain(`\n${[...same, WHERE_TO_ASK].join(' ')}`),
    ],
    [over.map((standard) => button(`Chuẩn năm ${standard.validFrom.slice(0, 4)}`, { kind: 'menu', item: 'standard', argument: standard.validFrom.slice(0, 4) }))],
  );
}

/**
 * "chuẩn nghèo giai đoạn 2026-2030", "chuan ngheo 2026 den 2030 la bao nhieu" (round 29): a period over several standards (2026
 * keeps the 2022–2025 standard under NĐ 351/2025, 2027–2030 has its own) says so first, then each standard with the years of the
 * period it covers, its lines (the area named, else both), its indicators (the first one's count, a later one's changes), its basis
 * and status; what is not known (a band, the years after the data) with whom to ask; each standard's card a button away. Was today's
 * card and what changes.
 */
function periodStandardsReply(rules: RuleSet, today: string, period: Period, area?: 'rural' | 'urban'): Reply {
  const over = standardsOver(rules, period).map((standard) => {
    const first = Math.max(period.from, Number(standard.validFrom.slice(0, 4)));
    const last = Math.min(period.to, Number(standard.validTo.slice(0, 4)));
    // The row's label is the standard's own years ("Giai đoạn 2027–2030 (01/01/2027 – 31/12/2030)"), not the asked ones (round 29
    // mend29c: was "Năm 2027 (01/01/2027 – 31/12/2030)").
    const [from, to] = [standard.validFrom.slice(0, 4), standard.validTo.slice(0, 4)];
    const own = from === to ? `năm ${from}` : `giai đoạn ${from}–${to}`;
    return { standard, first, last, years: first === last ? `năm ${first}` : `giai đoạn ${first}–${last}`, own, described: describeStandard(rules, standard.validFrom) };
  });
  // Years whose standard keeps the one before (2026 keeps 2022–2025 under NĐ 351/2025) are one standard in the heading (was "năm
  // 2025 theo một chuẩn, năm 2026 theo chuẩn khác" for the same figures).
  const groups: (typeof over)[] = [];
  for (const one of over) {
    const previous = groups.at(-1);
    if (previous && one.standard.keeps?.standard === previous[0]!.standard.id) previous.push(one);
    else groups.push([one]);
  }
  const heading = groups.map((group) => {
    const [head, ...kept] = group as [(typeof over)[number], ...typeof over];
    // Each group names its standard (round 30: was "năm 2027 theo chuẩn khác"): a standard keeping another says the document
    // keeping it ("năm 2026 theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP)").
    if (kept.length === 0) return `${head.years} theo ${head.standard.keeps ? head.described.document : lowerFirst(head.described.title)}`;
    const end = kept.at(-1)!.last;
    const keeping = kept.map((one) => `${one.years} giữ nguyên theo ${one.standard.document.replace(/\s*\(.*\)$/, '')}`).join(', ');
    return `năm ${head.first}–${end} theo ${lowerFirst(head.described.title)} (${keeping})`;
  });
  const points = over.map(({ standard, own: years, described }, index) => {
    const now = standard.validFrom <= today && today <= standard.validTo ? ', đang áp dụng hôm nay' : '';
    const changed = index > 0 ? indicatorSetChange(rules, standard).map(lowerFirst) : [];
    const indicators =
      changed.length > 0 ? `; bộ chỉ số thay đổi: ${changed.join(', ')}` : index === 0 && described.indicatorsTotal !== undefined ? `; ${described.indicatorsTotal} chỉ số thiếu hụt` : '';
    const basis = cited(`${described.document}, ${described.article}`, described.status, described.bands.map((band) => band.status));
    return `${capitalised(years)} (${described.validity}${now}): ${lowerFirst(described.title)}, ${linesInBrief(rules, standard.validFrom, area)}${indicators}. Căn cứ: ${basis}.`;
  });
  const last = over.at(-1)?.standard.validTo;
  const after = last !== undefined && last < `${period.to}-12-31` ? [`Sau ${formatDate(last)}: chuẩn nghèo chưa có trong dữ liệu của trợ lý${STATUS_TAGS.unknown}.`] : [];
  const unknown = [...new Set(over.flatMap(({ standard }) => bandsNotKnown(rules, standard.validFrom))), ...after];
  const areaName = area ? `${areaWord(rules, area)} ` : '';
  return reply(
    [
      bold(`Chuẩn nghèo ${areaName}${period.from}–${period.to}: ${heading.join(', ')}.\n`),
      plain('Thu nhập bình quân mỗi người mỗi tháng:\n'),
      plain(bullets(points)),
      plain(`\n\n${[...unknown, WHERE_TO_ASK].join(' ')}`),
    ],
    [over.map(({ first }) => button(`Chuẩn năm ${first}`, { kind: 'menu', item: 'standard', argument: String(first) }))],
  );
}

/**
 * "chuẩn mới với chuẩn cũ khác nhau chỗ nào", "So sánh chuẩn nghèo giai đoạn 2022–2025 và 2027–2030" (round 43 cadre45; was five
 * long bullets, 1.900 characters on a phone): the standard whose lines are in force today (the one a transition keeps) against the
 * next national one the data has (or, when none is coming, the one before against today's), in short lines a phone shows whole:
 * each area's line before → after, each with its own status; the middle band; the indicators dropped, added or renamed (the rules
 * data's changes, what is not known of them said "chưa rõ"); which standard a transition year between them applies; the rule
 * both share; the documents on one "Nguồn" line.
 */
export function standardComparison(rules: RuleSet, today: string): Reply {
  const national = rules.standards.filter((standard) => !standard.province);
  const resolved = (standard: Standard | undefined) => (standard?.keeps ? national.find((kept) => kept.id === standard.keeps!.standard) ?? standard : standard);
  const at = national.findIndex((standard) => standard.validFrom <= today && today <= standard.validTo);
  const coming = national.find((standard) => standard.validFrom > today && !standard.keeps);
  const newer = coming ?? resolved(national[at < 0 ? national.length - 1 : at])!;
  const older = resolved(coming ? national[Math.max(at, 0)] : national.filter((standard) => standard.validTo < newer.validFrom && !standard.keeps).at(-1))!;
  const between = national.filter((standard) => standard.validFrom > older.validTo && standard.validTo < newer.validFrom);
  const period = (standard: Standard) => `${standard.validFrom.slice(0, 4)}–${standard.validTo.slice(0, 4)}`;
  const label = (status: FactStatus) => ` (${STATUS_LABELS[status]})`;
  const before = describeStandard(rules, older.validFrom);
  const changes = changesBetween(rules, addDays(newer.validFrom, -1), newer.validFrom).filter((change) => 'standardId' in change && change.standardId === newer.id);
  const lineBand = before.bands[0];
  const incomeLines = changes.flatMap((change) =>
    change.kind !== 'line' ? [] : [`• ${change.areaName}: ${change.before !== undefined ? `${formatMoney(change.before)}${label(lineBand?.status ?? older.status)} → ` : ''}${formatMoney(change.after)}${label(change.status)}`],
  );
  const middleLines = changes.flatMap((change) =>
    change.kind !== 'middle' ? [] : [`• Mức sống trung bình ${change.areaName.toLowerCase()}: ${change.before !== undefined ? `đến ${formatMoney(change.before)} → ` : ''}${change.after !== undefined ? `đến ${formatMoney(change.after)}${label(change.status)}` : `chưa rõ`}`],
  );
  const indicatorLines = changes.flatMap((change) => {
    if (change.kind !== 'indicator') return [];
    const [said, ...unknown] = changeSentences(change);
    const untold = unknown.length > 0 ? (change.change === 'continued' ? '; tên, ngưỡng chính thức chưa rõ' : '; ngưỡng chưa rõ') : '';
    return [`• ${said!.text}${label(said!.status)}${untold}`];
  });
  const count = before.indicatorsTotal ?? before.indicators.length;
  const transition = between.map((standard) =>
    `${standard.validFrom.slice(0, 4) === standard.validTo.slice(0, 4) ? `Năm ${standard.validFrom.slice(0, 4)}` : `Giai đoạn ${period(standard)}`}: vẫn áp dụng chuẩn ${period(older)}${label(standard.keeps?.status ?? standard.status)}; chuẩn ${period(newer)} áp dụng từ ${formatDate(newer.validFrom)}.`,
  );
  const outcomes = new Set([older, newer].map((standard) => describeStandard(rules, standard.validFrom).bands[0]?.outcome));
  const same = outcomes.size === 1 ? [`Giống nhau, thu nhập không quá chuẩn nghèo: ${[...outcomes][0]}.`] : [];
  const sources = [...new Set([older, ...between, newer].map((standard) => (standard.keeps ? undefined : `${standard.document}${standard.article.startsWith('Điều') ? `, ${standard.article}` : ''}`)).filter((source): source is string => source !== undefined))];
  const unknown = changes.some((change) => change.status === 'unknown' || (change.kind === 'middle' && change.after === undefined) || (change.kind === 'indicator' && change.thresholdUnknown)) ? [WHERE_TO_ASK] : [];
  const body = [
    `Chuẩn nghèo (thu nhập bình quân/người/tháng):`,
    ...incomeLines,
    ...middleLines,
    `Chỉ số thiếu hụt (${period(older)}: ${count} chỉ số):`,
    ...(indicatorLines.length > 0 ? indicatorLines : ['• Dữ liệu không ghi thay đổi nào.']),
    ...transition,
    ...same,
    `Nguồn: ${sources.join('; ')}.`,
    ...unknown,
  ];
  return reply(
    [bold(`So sánh chuẩn nghèo ${period(older)} và ${period(newer)}:\n`), plain(body.join('\n'))],
    [[...between, newer].map((standard) => button(`Chuẩn năm ${standard.validFrom.slice(0, 4)}`, { kind: 'menu', item: 'standard', argument: standard.validFrom.slice(0, 4) }))],
  );
}

/**
 * The band of hộ có mức sống trung bình of the standard of a day, in one line, or, when the standard has none (2027–2030),
 * that its figure is not known, with why (`notes`: the unknown bands' notes, said here rather than again below) and no figure.
 */
function middleBandLead(rules: RuleSet, date: string, args: CardArgs, area?: 'rural' | 'urban'): { lead: Span; notes: string[] } | undefined {
  const found = lookupStandard(rules, date);
  if (!found.ok) return undefined;
  const standard = describeStandard(rules, date);
  const at = found.value.standard.bands.findIndex((band) => band.class === 'middle');
  const when = whenAsked(args, date);
  if (at < 0) {
    const notes = bandsNotKnown(rules, date);
    const why = notes.length > 0 ? notes.join(' ') : `Ngưỡng hộ có mức sống trung bình theo ${lowerFirst(standard.title)} không có trong dữ liệu của trợ lý.`;
    return {
      lead: bold(`Hộ có mức sống trung bình ${when}: chưa có con số${STATUS_TAGS.unknown}. ${why} ${WHERE_TO_ASK}\n\n`),
      notes,
    };
  }
  const band = standard.bands[at]!;
  const range = area ? `${areaWord(rules, area)} ${band[area]}` : `nông thôn ${band.rural}, thành thị ${band.urban}`;
  return { lead: bold(`Hộ có mức sống trung bình ${when}: thu nhập bình quân mỗi người mỗi tháng ${range}${STATUS_TAGS[band.status]}.\n\n`), notes: [] };
}

/**
 * "Hộ có mức sống trung bình được xác định thế nào" (round 46 cadre50; was the band alone, the farming households never said): the
 * rules data's lines on households of agriculture, forestry, fishery and salt-making with average living standard, after the band:
 * the procedure QĐ 24/2021 names for them (rules/reference middle_farm_procedure, its first line) and the support of the day
 * conditioned on farming (rules/supports: BHYT ≥ 30%), each with its basis and status; that the data has no criterion of its own
 * for "làm nông, lâm, ngư, diêm nghiệp" (a share of members, of income), said as not known.
 */
const MIDDLE_FARM_ENTRY = 'middle_farm_procedure';
/** The condition of a support on the household's trade (rules/supports `conditions[].fact`). */
const FARMING_FACT = 'farmingHousehold';
function withFarmLines<Lead extends { lead: Span; notes: string[] }>(rules: RuleSet, found: Lead | undefined, date: string): Lead | undefined {
  if (!found) return undefined;
  const procedure = rules.reference.find((entry) => entry.id === MIDDLE_FARM_ENTRY)?.lines[0];
  const supports = rules.supports.flatMap((support) =>
    support.variants.filter(
      (variant) =>
        variant.classes.includes('middle') && variant.conditions?.some((condition) => condition.fact === FARMING_FACT) && (variant.validFrom ?? '') <= date && (variant.validTo === undefined || date <= variant.validTo),
    ),
  );
  if (!procedure && supports.length === 0) return found;
  const lines = [
    ...(procedure ? [referenceLine(procedure)] : []),
    ...supports.map((variant) => `${variant.what.replace(/ \(tham khảo\)\.$/, '')}${STATUS_TAGS[variant.status]}. Căn cứ: ${variant.basis}.`),
    `Tiêu chí riêng để xác định hộ làm nông, lâm, ngư, diêm nghiệp (tỷ lệ thành viên hay thu nhập từ các nghề này) chưa có trong dữ liệu của trợ lý${STATUS_TAGS.unknown}.`,
  ];
  return { ...found, lead: { ...found.lead, text: found.lead.text.replace(/\n\n$/, `\n${bullets(lines)}\n\n`) } };
}

/**
 * "ho co muc song trung binh la sao, co dc j ko" (round 43 mend45f; was the whole standard's table, what it gets unsaid): what the
 * class is today, in one line with its status, said before its supports.
 */
export function middleBandLine(rules: RuleSet, today: string): string {
  const found = middleBandLead(rules, today, { text: '' });
  if (!found) return '';
  // The coming standard's band not known (2027–2030) is said so, with no figure (findings3 §6, as the standard's card says it).
  const until = lookupStandard(rules, today);
  const next = until.ok && until.value.standard.validTo ? addDays(until.value.standard.validTo, 1) : undefined;
  const coming = next && lookupStandard(rules, next).ok && !lookupStandardHasMiddle(rules, next) ? next : undefined;
  if (!coming) return found.lead.text;
  const standard = describeStandard(rules, coming);
  return found.lead.text.replace(/\n\n$/, ` Từ ${formatDate(coming)} áp dụng ${lowerFirst(standard.title)}${STATUS_TAGS[standard.status]}; mức hộ có mức sống trung bình${STATUS_TAGS.unknown}.\n\n`);
}

/** Whether the standard of a day has a band of hộ có mức sống trung bình. */
function lookupStandardHasMiddle(rules: RuleSet, day: string): boolean {
  const found = lookupStandard(rules, day);
  return found.ok && found.value.standard.bands.some((band) => band.class === 'middle' && band.status !== 'unknown');
}

/** Why the bands of the standard of a day that are not known are not (their notes in the rules data), each once. */
function bandsNotKnown(rules: RuleSet, date: string): string[] {
  const found = lookupStandard(rules, date);
  return found.ok ? unknownBandNotes(found.value.standard) : [];
}

/** A table pasted into the chat (a household list copied from Excel), answered with how lists are checked; never kept. */
export const PASTED_TABLE_LEAD = 'Có vẻ bạn vừa dán một bảng danh sách hộ vào trò chuyện. Trợ lý không đọc bảng dán trong tin nhắn và không lưu nội dung bạn vừa dán; danh sách được kiểm tra từ tệp như dưới đây.';

/**
 * Whether a message is a table pasted from a spreadsheet (findings15 c32: "Mã hộ;Khu vực;Số người;Thu nhập\nAB001;Xã An
 * Bình;4;5.600.000"): at least two lines cut by the same delimiter into the same number (≥ 3) of cells; a comma only
 * when the first line names list columns (a typed sentence has commas too).
 */
export function looksLikePastedTable(text: string, namesColumn: (cell: string) => boolean): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 2) return false;
  return ['\t', ';', '|', ','].some((delimiter) => {
    const widths = lines.map((line) => line.split(delimiter).length);
    if (widths[0]! < 3 || widths.filter((width) => width === widths[0]).length < 2) return false;
    return delimiter !== ',' || lines[0]!.split(delimiter).filter(namesColumn).length >= 2;
  });
}

/**
 * "o thanh pho thi sao" right after the standard of that year: that area's lines only, with the document they come from
 * (the card is the reply just above); undefined when the day has no standard.
 */
export function standardAreaAnswer(rules: RuleSet, today: string, year: number | undefined, area: 'rural' | 'urban', until?: number): Reply | undefined {
  // After the standards over a period ("chuan ngheo 2026 den 2030 la bao nhieu" → "con thanh pho?", round 29): that area's lines
  // of each of them (was the first year's alone).
  if (year !== undefined && until !== undefined && standardsOver(rules, { from: year, to: until }).length > 1) return periodStandardsReply(rules, today, { from: year, to: until }, area);
  const args = year === undefined ? { text: '' } : yearsArgs(year);
  const lead = figuresLead(rules, today, args, area);
  const date = yearDate(args, today);
  if (lead.length === 0 || typeof date !== 'string') return undefined;
  const standard = describeStandard(rules, date);
  return reply([...lead, plain(`Nguồn: ${cited(standard.document, standard.status, standard.bands.map((band) => band.status))}.`)]);
}

/**
 * "Muốn gửi file Excel danh sách 300 hộ để kiểm tra": a list of households is checked from a file, not in the chat (README, `cli batch`).
 * Money asked for the list ("tin đồn phải nộp tiền mới được vào danh sách hộ nghèo", round 25) is the official list and a fee
 * (TOPICS.reference.review_fees), never a file: its "nộp" is paying.
 */
export const asksListCheck = (words: readonly string[]) =>
  saysAny(words, TOPICS.listCheck.files) && saysAny(words, TOPICS.listCheck.asks) && !saysAny(words, TOPICS.reference.review_fees!.subject);

/**
 * How a list of households is checked with this product (README "Kiểm tra danh sách hộ"): the chat channels take no files,
 * one household is checked in the chat with /kiemtra, a list with the list tool (`cli batch`, CSV or .xlsx) that whoever runs
 * the assistant runs; the columns it reads; that personal data stays out of chats; that the result is not a decision.
 */
export function listCheckReply(lead?: string): Reply {
  return reply(
    [
      ...(lead ? [plain(`${lead}\n\n`)] : []),
      bold('Kiểm tra cả danh sách hộ (tệp Excel .xlsx hoặc CSV):\n'),
      plain(
        bullets([
          'Trong trò chuyện (trang web, Telegram, Zalo), trợ lý chỉ đọc tin nhắn chữ, chưa nhận được tệp: tệp gửi vào sẽ không được đọc.',
          'Trong trò chuyện, bạn kiểm tra được từng hộ: gõ /kiemtra, hoặc nhanh: /kiemtra nt 5 nguoi 1.4tr bhyt.',
          'Cả danh sách: trên trang web của trợ lý, mở mục “Kiểm tra danh sách hộ”, chọn tệp (.xlsx hoặc CSV), ghi ngày xét nếu cần, bấm “Kiểm tra danh sách”; bạn nhận bản tóm tắt (số hộ nghèo, cận nghèo…, dòng lỗi) và tệp kết quả để tải về, ghi loại hộ và lý do của từng hộ, dòng nào chưa xét được thì nêu lý do. Tệp chỉ được dùng để kiểm tra rồi xóa ngay, không lưu lại. Người quản trị trợ lý cũng chạy được công cụ này trên máy chủ (lệnh “cli batch”).',
          'Tệp cần các cột: Khu vực (nông thôn/thành thị), Số nhân khẩu, Thu nhập bình quân đầu người/tháng (hoặc Tổng thu nhập của hộ), các chỉ số thiếu hụt (một cột ghi tên các chỉ số, hoặc mỗi chỉ số một cột đánh dấu x); thêm Mã hộ, Ngày rà soát nếu có. Dòng tiêu đề phía trên và nhiều trang tính (mỗi thôn một trang) vẫn đọc được; tệp .xls (Excel 97–2003) cần lưu lại thành .xlsx.',
          'Danh sách có thông tin cá nhân: không cần cột họ tên, số CCCD, số điện thoại, và đừng gửi danh sách vào nhóm trò chuyện.',
        ]),
      ),
      plain(`\n\n${DECISION_NOTE} ${WHERE_TO_ASK}`),
    ],
    MENU_BUTTONS,
  );
}

/**
 * The supports of a class (`args`: its key or classification), or of every class. A class's list is short by default, one
 * line a support (what it is and its amount, how sure), with "Chi tiết từng khoản" for each one's content, basis and where
 * to apply (`full`): a resident reads it on a phone, in one message (findings31 R14). `except`: supports already shown ("còn
 * gì nữa" after the BHYT card lists the others), left out of a class's list.
 */
export function classSupportsReply(rules: RuleSet, today: string, args = '', except: readonly string[] = [], full = false, said = 0): Reply[] {
  const chosen = supportsClassOf(args);
  const classButton = (candidate: (typeof SUPPORT_CLASSES)[number]) => button(CLASS_NAMES[candidate.classification], { kind: 'supports', of: candidate.key, full: false });
  const classButtons: Button[][] = [SUPPORT_CLASSES.slice(0, 2).map(classButton), SUPPORT_CLASSES.slice(2).map(classButton)];
  if (chosen) {
    const supports = supportsFor(rules, chosen.classification, today).filter((support) => !except.includes(support.id));
    // "moi thoat ngheo thi con dc ho tro j ko": what the class keeps and for how long (rules/reference.yaml `leads`) first.
    const leads = except.length > 0 ? [] : rules.reference.filter((entry) => entry.leads === chosen.classification);
    // Before the short list, each line as its `brief` where it has one (round 33 long22); the whole line after "chi tiết".
    const leadLine = (line: (typeof leads)[number]['lines'][number]) => referenceLine(!full && typeof line.brief === 'string' ? { ...line, text: line.brief } : line);
    const spans: Span[] = leads.flatMap((entry) => [bold(`${entry.title}:\n`), plain(`${bullets(entry.lines.map(leadLine))}\n\n`)]);
    spans.push(bold(`${except.length > 0 ? 'Các hỗ trợ khác' : 'Hỗ trợ'} cho ${CLASS_NAMES[chosen.classification].toLowerCase()} (áp dụng ngày ${formatDate(today)}):\n`));
    if (supports.length === 0) {
      spans.push(plain(`Chưa có hỗ trợ nào trong dữ liệu cho nhóm này. ${WHERE_TO_ASK}`));
      return [reply(spans, classButtons)];
    }
    if (!full && except.length === 0) {
      // Short (round 32 short20): the lines of the consent step's list (short.ts supportsText: the sure ones with their figure and
      // status, the others named by group), its one "Nguồn" line and whom to ask; each in full one press away. Was ~2.400
      // characters, every condition spelt out, no source.
      // What the class keeps said first takes its room (round 33 long22).
      // So does a line the chat says before the card (`said` characters: "xa ben co phat tien cho ho ngheo ko", round 33 short23).
      // The items past the sure ones counted when their names overrun the message (round 34 short24: "ho ngheo dc ho tro j" was
      // 1.513 characters, "ho can ngheo dc ho tro j" 1.327), each one "Chi tiết từng khoản" away.
      // So do the pointer and the choices under it, each on its own line on a phone (round 46 resid54: "ho ngheo dc nhung ho tro j"
      // was 1.137 characters on the terminal, "ho can ngheo dc ho tro j" 1.100), with the line counting the rest.
      const pointer = [plain('\n\n'), pressing(SUPPORTS_IN_FULL, '“chi tiết”', true), plain(' để xem căn cứ, nơi làm từng khoản.')];
      const choices = [[button(SUPPORTS_IN_FULL, { kind: 'supports', of: chosen.key, full: true })], ...classButtons, answerRow({ supportsOf: chosen.key })];
      const under = [...pointer, ...choices.flat().map((choice) => plain(`\n0. ${choice.label}`))].reduce((sum, span) => sum + span.text.length, 0);
      const before = said + spans.reduce((sum, span) => sum + span.text.length, 0) + under + COUNTED_LINE - (SHORT_TEXT_DEFAULTS.phoneChars - SHORT_TEXT_DEFAULTS.maxChars);
      const listed = replyText(supportsText(rules, chosen.classification, today, undefined, { toOne: true, before, counted: true, seenAt: '' }));
      spans.push(plain(listed.slice(listed.indexOf('\n') + 1)), ...pointer);
      return [reply(spans, choices)];
    }
    spans.push(plain(bullets(supports.map((support) => (full ? describeSupport(support) : supportDetail(support, 'line'))))));
    const statusNote = 'Mục ghi "tham khảo" là nội dung tóm tắt, chưa đối chiếu nguyên văn; số tiền có thể thay đổi theo quy định hiện hành.';
    const shortNote = 'Mục ghi "tham khảo": tóm tắt, chưa đối chiếu nguyên văn; số tiền có thể thay đổi.';
    if (full) spans.push(plain(`\n\n${statusNote}`));
    else spans.push(plain('\n\n'), pressing(SUPPORTS_IN_FULL, '“chi tiết”', true), plain(` để xem căn cứ, nơi làm từng khoản. ${shortNote}`));
    const inFull: Button[][] = full ? [] : [[button(SUPPORTS_IN_FULL, { kind: 'supports', of: chosen.key, full: true })]];
    // "Chia sẻ", "Báo sai" under the list, as under any answer (the link opens that class's list on the day it is opened).
    return [reply(spans, [...inFull, ...classButtons, answerRow({ supportsOf: chosen.key })])];
  }
  const spans: Span[] = [bold(`Các chính sách hỗ trợ theo loại hộ (áp dụng ngày ${formatDate(today)}):`)];
  // Every class in one message a phone shows (round 34 short24: "dc ho tro j" after the storm card was 5.748 characters, every
  // support of every class with its basis): each class's supports with no condition named with their status, the others counted
  // as a class's short list counts them (short.ts ShortForm.counted); the class's list, with each basis and where to apply, one
  // press away.
  for (const { classification } of SUPPORT_CLASSES) {
    const supports = supportsFor(rules, classification, today);
    const sure = supports.filter((support) => support.status !== 'unknown' && support.condition === undefined);
    const counted = [
      [supports.filter((support) => support.status !== 'unknown' && support.condition !== undefined).length, 'có điều kiện'],
      [supports.filter((support) => support.status === 'unknown').length, 'chưa rõ mức hoặc còn áp dụng không'],
    ].flatMap(([count, what]) => (count === 0 ? [] : [`${count} khoản ${what}`]));
    const named = sure.map((support) => `${support.name} (${STATUS_LABELS[support.status]})`);
    const rest = counted.length === 0 ? [] : [`${named.length > 0 ? 'còn ' : ''}${counted.join(' và ')}`];
    spans.push(bold(`\n\n${CLASS_NAMES[classification]}: `));
    spans.push(plain(supports.length > 0 ? `${[...named, ...rest].join('; ')}.` : 'Chưa có trong dữ liệu.'));
  }
  spans.push(
    plain('\n\n'),
    pressingOne('Bấm một loại hộ', classButtons.flat().map((classButton) => classButton.label), '/hotro và loại hộ, ví dụ /hotro can ngheo'),
    plain(` để xem chi tiết của loại hộ đó: nội dung, mức hỗ trợ, căn cứ và nơi làm thủ tục. ${WHERE_TO_ASK}`),
  );
  return [reply(spans, [...classButtons, answerRow({ supportsOf: '' })])];
}

/** The class a list of supports is asked for ("ngheo", "ho can ngheo", "poor"), or undefined (every class, or none known). */
export function supportsClassOf(args: string) {
  const key = matchKey(args).replace(/ /g, '').replace(/^ho/, '');
  return SUPPORT_CLASSES.find((candidate) => candidate.key === key || candidate.classification === args);
}

/** The label of the button under a short list of supports that shows each one in full. */
const SUPPORTS_IN_FULL = 'Chi tiết từng khoản';
/** Characters of the line a class's short list counts the rest on ("- Còn 4 khoản có điều kiện và 7 khoản chưa rõ …"), not budgeted by short.ts. */
const COUNTED_LINE = 80;

export interface InfoSources {
  rules: RuleSet;
  documents: readonly DocumentMeta[];
  /** The provinces known by name, before and since 01/07/2025 (corpus/provinces-2025.yaml). */
  provinces: Provinces;
  /** Where the drafts of users who did not consent live (DraftStore.where), said in the consent question. */
  draftsWhere: string;
}

/**
 * "tra vinh bay gio thuoc tinh nao": which province holds a former one's territory since 01/07/2025, from
 * corpus/provinces-2025.yaml with its resolution and the status of that fact. "xa tui bi sap nhap roi, gio nop giay o dau"
 * (a commune merged, no province named, findings31 R11): the two-level government, no district, and that papers go to the
 * UBND cấp xã where the household lives now. Undefined without such words (lexicon provinces.ts mergeAsks, communeWords).
 * The chat and /api/ask say the same.
 */
export function provinceMergeReply(provinces: Provinces, rules: RuleSet, message: readonly string[]): Reply | undefined {
  const asked = mergerAsked(provinces, message);
  if (asked === undefined) return undefined;
  const basis = `Căn cứ: ${provinces.reference} của Quốc hội (số hiệu theo nguồn tham khảo), sắp xếp còn 34 tỉnh, thành phố; chính quyền địa phương hai cấp từ 01/07/2025, không còn cấp huyện.`;
  const named = asked.named;
  if (named.length === 0) {
    // rules/reference.yaml commune_merger (round 36 law27): each line with its status, what is not known dated by the data's check.
    const entry = rules.reference.find((candidate) => candidate.id === COMMUNE_MERGER_ENTRY);
    if (!entry) return undefined;
    const said = entry.lines.map((line) => tagged(line.text, line.status));
    return lines(said[0]!, basis, ...said.slice(1), `Bạn hỏi ${POVERTY_CADRE} nơi hộ đang cư trú.`);
  }
  const said = named.slice(0, 3).map((known) => mergedSentence(provinces, known));
  return lines(...said, basis, 'Hồ sơ, thủ tục về hộ nghèo, hộ cận nghèo nay làm tại UBND cấp xã nơi hộ cư trú.');
}

/** What the 2025 merger did to a province, in one sentence with its status ("Tỉnh Hưng Yên giữ tên; từ 01/07/2025 … Thái Bình …"). */
function mergedSentence(provinces: Provinces, known: KnownProvince): string {
  const status = known.status === 'reported' ? ' (tham khảo)' : '';
  const former = provinces.formerOf(known.now);
  if (known.name !== known.now) {
    return `Từ 01/07/2025, địa bàn tỉnh ${known.name} thuộc ${known.title} (${known.title} hiện nay gồm địa bàn ${[known.now, ...former].join(', ')} trước đây)${status}.`;
  }
  return former.length > 0
    ? `${capitalised(known.title)} giữ tên; từ 01/07/2025 ${known.title} gồm cả địa bàn ${former.join(', ')} trước đây${status}.`
    : `${capitalised(known.title)} giữ nguyên, không hợp nhất với tỉnh, thành phố nào năm 2025${status}.`;
}

/**
 * "Văn bản này còn áp dụng sau khi hợp nhất tỉnh không?" right after a province's document was quoted (round 40 mend40b, tryout40
 * [076]; was "ngoài phạm vi"): the document, what the 2025 merger did to its province, and whether it still applies: chưa rõ (no
 * stored text says), whom to ask. Undefined when the message asks of no merger or names a province (provinceMergeReply's), or
 * the document is of no province.
 */
export function documentMergerReply(provinces: Provinces, message: readonly string[], document: { citation: string; province: string | null }): Reply | undefined {
  const words = withoutPhrases(message, PROVINCES.notMerge);
  if (!saysAny(words, PROVINCES.mergeAsks) || provinces.named(words).length > 0 || document.province === null) return undefined;
  const known = provinces.byTyped(document.province);
  if (!known) return undefined;
  const label = document.citation.replace(/, mục .*$/, '');
  return lines(
    `${label}: văn bản của ${provinces.titleOf(known.name)}, ban hành trước khi sắp xếp tỉnh. ${mergedSentence(provinces, known)}`,
    `Văn bản này còn áp dụng sau khi hợp nhất tỉnh hay đã được thay thế thì chưa rõ: dữ liệu của trợ lý không có văn bản nào nói việc này. Bạn hỏi ${POVERTY_CADRE} hoặc cơ quan đã ban hành văn bản.`,
    `Căn cứ sắp xếp tỉnh: ${provinces.reference} của Quốc hội (số hiệu theo nguồn tham khảo).`,
  );
}

/**
 * The merger a message asks of (lexicon provinces.ts mergeAsks): the provinces it names, none for a commune or ward merged
 * ("xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai"); undefined when it asks of no merger, or names
 * neither a province nor a commune. The chat's answer (provinceMergeReply) and the eval's routing (documents.ts routedTopic) read it.
 */
export function mergerAsked(provinces: Provinces, message: readonly string[]): { named: KnownProvince[] } | undefined {
  const words = withoutPhrases(message, PROVINCES.notMerge);
  if (!saysAny(words, PROVINCES.mergeAsks)) return undefined;
  const named = provinces.named(words);
  if (named.length === 0 && !saysAny(words, PROVINCES.communeWords)) return undefined;
  return { named };
}

/** The rules/reference.yaml entry said to a commune merged ("xa tui sap nhap roi thi danh sach ho ngheo tinh sao"). */
export const COMMUNE_MERGER_ENTRY = 'commune_merger';

/** What the web page keeps in the resident's browser (client.js: SESSION_KEY, UNSENT_KEY, TRANSCRIPT_KEY) and how it goes. */
const BROWSER_UNSENT = `Trên trang web, chính trình duyệt của bạn (không phải máy chủ) giữ: tin bạn đã gõ mà chưa gửi được (mất mạng), tối đa ${RETENTION.unsentHours} giờ, để bạn bấm “Gửi lại”`;
const BROWSER_ERASES = 'Bấm “Xóa dữ liệu của tôi” thì các tin chưa gửi ấy bị bỏ ngay khỏi trình duyệt';
const BROWSER_KEEPS =
  `${BROWSER_UNSENT}; ` +
  `cuộc trò chuyện của thẻ đang mở, mất khi đóng thẻ; một mã phiên ngẫu nhiên để nhận ra cuộc trò chuyện, bị bỏ sau ${WEB_SESSION_ID_DAYS} ngày không dùng (khi mọi dữ liệu gắn với nó trên máy chủ đã hết hạn). ` +
  `${BROWSER_ERASES}; khi máy chủ báo đã xóa, cuộc trò chuyện trên trang cũng được xóa và mã phiên được thay bằng mã mới.`;
/** The same in brief, for the web page's short answer (round 39: the brief first answer said nothing of the browser). */
const BROWSER_KEEPS_BRIEF = `${BROWSER_UNSENT}. ${BROWSER_ERASES}.`;

export function createInfo({ rules, documents, provinces, draftsWhere }: InfoSources) {
  /**
   * Buttons list only provinces some document belongs to: choosing them changes the answers. Sorted on first
   * use: the Vietnamese collation's data took ~30 ms of a start that does not show the list.
   */
  const documentProvinces = new Set(documents.flatMap((doc) => [doc.province, doc.provinceNow]).filter((name) => name !== null));
  let sortedProvinces: KnownProvince[] | undefined;
  const provinceList = () =>
    (sortedProvinces ??= [...provinces.all()]
      .filter((province) => documentProvinces.has(province.name))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')));

  /**
   * The consent question: what is asked (sensitive personal data), what "Đồng ý lưu" keeps, why, how long, that it is shared with
   * no one and how to delete it (withdrawing consent); what "Không lưu" keeps and where; that the result is for reference only;
   * the law it rests on. Each choice named as pressed (Span.press: "Gõ 1" where the choices are typed by number, Zalo). Round 25:
   * the same content in ~630 characters, was ~950 (the first reply to a household told in one message ~1.800). `date`: the
   * day the check is for, whose indicators are listed.
   */
  /** `followsIntro`: after "Mình hiểu: … Mình sẽ hỏi thêm vài câu …" (a household told in one message), the list of what is asked, the stats' note and where drafts live not said (round 34 household23: the first answer ~230 characters
   * shorter; the consent choice asked alone still says them all). `answer`: after an answer too (an estimate of the household, the
   * old members' pensions; round 41 resid41: ~480 of the 1.256–1.381 characters of a household told in one message), the same
   * choice in a few lines, no heading, the result's note in a few words. */
  function consentReply(date: string, follows?: 'intro' | 'answer'): Reply {
    // What the indicators of the day ask about (rules/indicators.yaml `asked`), each once: from 01/01/2027 "rác thải" too
    // (round 30: was one written list, the 2022–2025 one, on every day).
    const asked = [...new Set(indicatorsFor(rules, date).map((indicator) => indicator.asked))].join(', ');
    const basis = 'Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.';
    // After a household told in one message (round 39 short32: was ~600 characters on every household described, ~1.900 in all):
    // the same choice in one paragraph, what each keeps, how long, shared with no one, how to delete, the law, in ~330.
    const buttons = [
      [button('Đồng ý lưu', { kind: 'consent', given: true }), button('Không lưu', { kind: 'consent', given: false })],
      [button('Hủy', { kind: 'check', step: 'cancel' })],
    ];
    if (follows === 'answer') {
      const choice = `Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm. Đồng ý lưu: giữ câu trả lời tối đa ${RETENTION.sessionDays} ngày, không chia sẻ; xóa, rút lại đồng ý: gõ /xoadulieu. Không lưu: chỉ giữ tạm vài giờ. Chưa chọn thì không lưu gì.`;
      return reply([plain(`${choice} Kết quả chỉ để tham khảo, UBND cấp xã công nhận. Căn cứ: Luật 91/2025/QH15, NĐ 356/2025/NĐ-CP.`)], buttons);
    }
    const text = follows
      ? `Đây là thông tin cá nhân nhạy cảm. Đồng ý lưu: giữ câu trả lời tối đa ${RETENTION.sessionDays} ngày để bạn làm tiếp, không chia sẻ cho ai; xóa, rút lại đồng ý: gõ /xoadulieu. Không lưu: vẫn kiểm tra, chỉ giữ tạm vài giờ. Chưa chọn thì không lưu gì. ${SHORT_DECISION_NOTE} ${basis}`
      : [
          `Trợ lý sẽ hỏi khu vực, số người, thu nhập và điều kiện sống của hộ (${asked}): thông tin cá nhân nhạy cảm.`,
          bullets([
            `Đồng ý lưu: lưu câu trả lời để bạn làm tiếp và xem lại kết quả, tối đa ${RETENTION.sessionDays} ngày từ lần dùng cuối, không chia sẻ cho ai (thống kê chỉ đếm số lượt theo kết quả). Xóa và rút lại sự đồng ý bất cứ lúc nào: gõ /xoadulieu.`,
            `Không lưu: vẫn kiểm tra; câu trả lời chỉ giữ tạm trong lúc trò chuyện, tối đa vài giờ, ở ${draftsWhere}; không lưu lại.`,
          ]),
          `${SHORT_DECISION_NOTE} ${basis}`,
        ].join('\n');
    return reply([bold('Trước khi bắt đầu: về thông tin của hộ gia đình bạn\n'), plain(text)], buttons);
  }

  /**
   * "ko hieu" while the consent choice waits (round 32 short20; was "(Bạn chưa chọn…)" alone): in plain words what the estimate
   * from the figures told means (`estimated`) and what each choice does, that nothing is kept before one is chosen, then the
   * choice again (its buttons). `refused`: "tui ko dong y thi lam sao" (round 33 mend33a), led by that not saving is fine.
   */
  function consentPlainReply(date: string, estimated: boolean, refused = false, next?: string): Reply {
    return reply(
      [
        plain(
          [
            refused ? 'Bạn không đồng ý lưu cũng không sao, vẫn kiểm tra được:' : 'Mình nói đơn giản hơn:',
            ...(estimated
              ? ['• Loại hộ ở trên là mình đoán nhanh theo số người và thu nhập bạn kể; chưa hỏi nhà ở, nước, nhà vệ sinh, bảo hiểm y tế… nên chưa chắc. Hỏi thêm vài câu thì biết rõ hơn. Hộ nghèo hay không là do UBND cấp xã xét và quyết định.', ...(next ? [`• ${next}`] : [])]
              : []),
            `• Bấm “Đồng ý lưu”: trợ lý nhớ câu trả lời của bạn tối đa ${RETENTION.sessionDays} ngày để bạn làm tiếp, không đưa cho ai; muốn xóa thì gõ /xoadulieu.`,
            '• Bấm “Không lưu”: vẫn kiểm tra như vậy, chỉ là trợ lý không lưu lại câu trả lời.',
            '• Khi bạn chưa bấm, trợ lý không lưu gì về hộ của bạn.',
            'Bạn chọn một trong hai để bắt đầu:',
          ].join('\n'),
        ),
      ],
      consentReply(date).buttons,
    );
  }

  /** The consent choices asked of again right after said plainer (round 41 mend41c): what each does, in one line, then the choice. */
  function consentChoicesBrief(date: string): Reply {
    const line = `Tóm lại: “Đồng ý lưu” là trợ lý nhớ câu trả lời tối đa ${RETENTION.sessionDays} ngày (xóa: gõ /xoadulieu); “Không lưu” là vẫn kiểm tra, không lưu lại. Bạn bấm một nút để bắt đầu.`;
    return reply([plain(line)], consentReply(date).buttons);
  }

  /**
   * "co ai xem dc thong tin tui khai ko", "bot co luu j cua tui ko": what the assistant keeps of a person, for how long, who
   * sees it and how to delete it, as the stores keep it (src/privacy/retention.ts, src/store, the drafts of "Không lưu"), and
   * on the web page what the resident's own browser keeps (src/channels/web/client.js).
   */
  function privacyReply(channel: ChannelName): Reply {
    return reply(
      [
        bold('Trợ lý lưu gì về bạn\n'),
        plain(
          [
            bullets([
              `Phiên trò chuyện (sự đồng ý lưu, tỉnh bạn chọn, các nút của câu trả lời trước): xóa sau ${RETENTION.sessionDays} ngày không dùng.`,
              `Câu hỏi: trợ lý chỉ đếm số câu hỏi. Câu nào chưa trả lời được thì nội dung được giữ tối đa ${RETENTION.unansweredDays} ngày để bổ sung tài liệu, sau khi đã che tên, số điện thoại, số giấy tờ, email, thôn xóm.`,
              `Kiểm tra hộ gia đình: chỉ lưu khi bạn chọn “Đồng ý lưu”, tối đa ${RETENTION.sessionDays} ngày kể từ lần dùng cuối, để bạn làm tiếp và xem lại kết quả. Chọn “Không lưu” thì câu trả lời chỉ giữ tạm ở ${draftsWhere}, tối đa ${DRAFT_IDLE_MS / 3_600_000} giờ không dùng, không ghi vào cơ sở dữ liệu; cơ sở dữ liệu chỉ giữ trong thời gian ấy một dấu không có nội dung (mã hóa một chiều của cuộc trò chuyện, số câu đã trả lời, thời điểm) để báo bạn nếu phần kiểm tra bị gián đoạn.`,
              `Báo sai: nội dung đã che thông tin cá nhân, giữ ${RETENTION.reportDays} ngày. Đường dẫn chia sẻ bạn tạo: giữ ${RETENTION.shareDays} ngày (xóa riêng một đường dẫn: bấm “Xóa đường dẫn này” dưới nó, hoặc gõ /xoachiase và mã ở cuối đường dẫn). Câu trả lời chưa gửi được tới bạn (mạng lỗi): giữ tối đa ${RETENTION.outboxHours} giờ để gửi lại.`,
              ...(channel === 'web' ? [BROWSER_KEEPS] : []),
            ]),
            'Ai xem được: không có màn hình nào cho cán bộ xem câu trả lời kiểm tra hộ gia đình của bạn. Người quản lý trợ lý chỉ xem thống kê: số câu hỏi, số lượt kiểm tra theo kết quả, các câu chưa trả lời được và các báo sai (đã che thông tin cá nhân), không kèm tên hay tài khoản của bạn. Trợ lý không gửi thông tin của bạn cho UBND hay cơ quan nào. Nhật ký của máy chủ không ghi nội dung bạn gõ. Tin nhắn qua Telegram, Zalo còn đi qua máy chủ của nền tảng đó, theo quy định của họ.',
            `Trên trang web, trình duyệt của bạn giữ mã cuộc trò chuyện (để trợ lý nhận ra bạn lần sau) và tin chưa gửi được vì mất mạng (tối đa ${RETENTION.unsentHours} giờ, để bạn bấm “Gửi lại”); các tin đã hiện chỉ giữ trong thẻ đang mở, đóng thẻ là hết.`,
            'Muốn xóa: gõ /xoadulieu (xóa ngay mọi dữ liệu trên gắn với bạn, cũng là rút lại sự đồng ý lưu; trên trang web là nút “Xóa dữ liệu của tôi”, xóa cả những gì trình duyệt giữ) hoặc gõ “xóa dữ liệu” (trợ lý hỏi lại trước khi xóa).',
            'Xóa từng tin: trên trang web bấm “Xóa tin này” dưới tin bạn gửi; trên Telegram, Zalo gõ /xoatin để xem các tin trợ lý còn lưu rồi chọn tin cần xóa. Một câu hỏi bạn gửi nhiều lần được giữ một lần: xóa tin nào trong số đó cũng xóa câu hỏi ấy.',
            'Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.',
          ].join('\n'),
        ),
      ],
      MENU_BUTTONS,
    );
  }

  /**
   * "cai app nay co luu thong tin nha tui ko" asked first (round 39 mend39a; was the whole notice, 2.278 characters on a phone): what
   * is kept, for how long, who sees it and how to delete it in a few lines; "chi tiết" gives privacyReply.
   */
  function privacyBriefReply(channel: ChannelName): Reply {
    return reply(
      [
        bold('Trợ lý lưu gì về bạn\n'),
        plain(
          [
            bullets([
              `Kiểm tra hộ gia đình: chỉ lưu khi bạn chọn “Đồng ý lưu”, tối đa ${RETENTION.sessionDays} ngày kể từ lần dùng cuối; chọn “Không lưu” thì câu trả lời chỉ giữ tạm tối đa ${DRAFT_IDLE_MS / 3_600_000} giờ, cơ sở dữ liệu chỉ giữ một dấu không có nội dung để báo bạn nếu phần kiểm tra bị gián đoạn.`,
              `Câu hỏi chỉ được đếm; câu chưa trả lời được, báo sai và đường dẫn chia sẻ giữ tối đa ${Math.max(RETENTION.unansweredDays, RETENTION.reportDays, RETENTION.shareDays)} ngày, đã che tên, số điện thoại, số giấy tờ. Phiên trò chuyện xóa sau ${RETENTION.sessionDays} ngày không dùng.`,
              'Ai xem được: không cán bộ nào xem được câu trả lời kiểm tra của bạn. Trợ lý không gửi thông tin của bạn cho UBND hay cơ quan nào.',
              'Muốn xóa: gõ /xoadulieu (xóa ngay mọi dữ liệu gắn với bạn, cũng là rút lại sự đồng ý lưu).',
              ...(channel === 'web' ? [BROWSER_KEEPS_BRIEF] : []),
            ]),
            'Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Xem đủ: gõ “chi tiết”.',
          ].join('\n'),
        ),
      ],
      MENU_BUTTONS,
    );
  }

  /**
   * "tui ko dong y luu" with no check waiting (round 39 mend39a; was "ngoài phạm vi"): that nothing of the household is kept without
   * the consent (or, given before, how to take it back), how the check asks it ("Không lưu" still checks), /xoadulieu.
   */
  function keepingRefusedReply(consented: boolean): Reply {
    return reply(
      [
        plain(
          [
            consented
              ? 'Bạn đã chọn “Đồng ý lưu” trước đây; muốn rút lại và xóa câu trả lời đã lưu, bạn gõ /xoadulieu (xóa ngay mọi dữ liệu gắn với bạn).'
              : 'Bạn không đồng ý lưu cũng không sao: khi chưa có sự đồng ý của bạn, trợ lý không lưu thông tin nào về hộ của bạn.',
            `Khi kiểm tra hộ gia đình (gõ /kiemtra), trợ lý luôn hỏi trước khi bắt đầu: bạn bấm “Không lưu” thì vẫn kiểm tra được, câu trả lời chỉ giữ tạm tối đa ${DRAFT_IDLE_MS / 3_600_000} giờ, không ghi vào cơ sở dữ liệu.`,
            ...(consented ? [] : ['Muốn xóa những gì trợ lý đang giữ về bạn (như phiên trò chuyện): gõ /xoadulieu.']),
            'Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.',
          ].join('\n'),
        ),
      ],
      MENU_BUTTONS.slice(1, 3),
    );
  }

  /**
   * The same question again right after privacyReply ("thong tin ca nhan cua tui co an toan ko" twice; round 37 short28: was the
   * whole notice again, 2.410 characters on a phone): what matters most, that the whole is just above, and "chi tiết" gives it.
   */
  function privacyAgainReply(): Reply {
    return reply(
      [
        bold('Trợ lý lưu gì về bạn: như câu trả lời ngay phía trên, tóm tắt\n'),
        plain(
          [
            bullets([
              `Kiểm tra hộ gia đình chỉ được lưu khi bạn chọn “Đồng ý lưu”, tối đa ${RETENTION.sessionDays} ngày kể từ lần dùng cuối; chọn “Không lưu” thì chỉ giữ tạm, không ghi vào cơ sở dữ liệu.`,
              'Không cán bộ nào xem được câu trả lời kiểm tra của bạn. Trợ lý không gửi thông tin của bạn cho UBND hay cơ quan nào.',
              'Muốn xóa: gõ /xoadulieu (xóa ngay mọi dữ liệu gắn với bạn).',
            ]),
            'Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Xem đủ: gõ “chi tiết”.',
          ].join('\n'),
        ),
      ],
      MENU_BUTTONS,
    );
  }

  const standardReply = (today: string, args = '') => standardAnswer(rules, today, args);

  const supportsReply = (today: string, args = '', except: readonly string[] = [], full = false, said = 0) => classSupportsReply(rules, today, args, except, full, said);

  /** The key of the list of supports of a result's class (its button's), when the class has any. */
  function supportsKeyOf(classification: SupportClass): string | undefined {
    return SUPPORT_CLASSES.find((candidate) => candidate.classification === classification)?.key;
  }

  function describeDocument(doc: DocumentMeta): string {
    const number = doc.number ?? '(văn bản không ghi số hiệu)';
    const issuer = doc.issuer ?? 'chưa rõ cơ quan ban hành';
    const date = doc.signed ? `ngày ${formatDate(doc.signed)}` : 'chưa rõ ngày ký';
    let place = '';
    if (doc.province && doc.provinceNow && doc.province !== doc.provinceNow) place = ` Tỉnh ${doc.province}, từ 01/07/2025 thuộc tỉnh ${doc.provinceNow}.`;
    else if (doc.province) place = ` Tỉnh ${doc.province}.`;
    else place = ' Văn bản không ghi tên tỉnh.';
    return `${doc.type} ${number}, ${issuer}, ${date}: ${doc.title}.${place}`;
  }

  function sourcesReply(): Reply[] {
    const official = documents.filter((doc) => doc.kind === 'document');
    const explainers = documents.filter((doc) => doc.kind === 'faq');
    return [
      reply([
        bold(`Trợ lý trả lời từ ${official.length} văn bản:\n`),
        plain(bullets(official.map(describeDocument))),
        plain(
          `\n\nNgoài ra có ${explainers.length} bài giải thích ngắn do trợ lý biên soạn từ các văn bản của Trung ương, mỗi bài ghi rõ căn cứ.\n\n` +
            'Lưu ý về sắp xếp đơn vị hành chính năm 2025: từ 01/07/2025 cả nước còn 34 tỉnh, thành phố và chính quyền địa phương còn hai cấp (tỉnh, xã), không còn cấp huyện. ' +
            'Các văn bản trên ban hành trước đó nên có thể nhắc tới cơ quan, địa danh đã thay đổi; nơi làm thủ tục hiện nay là UBND cấp xã.',
        ),
      ]),
    ];
  }

  /** Chooses the province named, or says none has that name (nothing is kept then). */
  function setProvince(session: Session, typed: string): Reply[] {
    return (
      chooseProvince(session, typed) ?? [
        lines(
          `Trợ lý không tìm thấy tỉnh, thành phố nào tên "${maskPersonalData(typed.slice(0, 60))}" trong 34 tỉnh, thành phố hiện nay hay 63 tỉnh, thành phố trước 01/07/2025 (${provinces.reference}), nên chưa chọn tỉnh nào. Bạn gõ /tinh và tên tỉnh, có dấu hay không dấu đều được, ví dụ "/tinh Vĩnh Long", "/tinh tp hcm".`,
        ),
      ]
    );
  }

  /**
   * The reply to a message sent while the province is asked for: the province chosen, or undefined when the message
   * names none (a question instead: it is read as usual). Either way the province is no longer asked for.
   */
  function chooseProvince(session: Session, typed: string): Reply[] | undefined {
    session.awaiting = undefined;
    const known = provinces.byTyped(typed);
    if (!known) return undefined;
    // Kept under today's name: the search prefers documents whose province or current province matches it.
    const current = known.now;
    session.province = current;
    const hasDocuments = documentProvinces.has(current);
    const status = known.status === 'reported' ? ' (tham khảo)' : '';
    const change =
      current !== known.name
        ? ` Lưu ý: từ 01/07/2025, địa bàn tỉnh ${known.name} thuộc ${known.title} (${provinces.reference})${status}; trợ lý ưu tiên văn bản của ${known.title}, kể cả văn bản ban hành dưới tên cũ.`
        : '';
    const documentsNote = hasDocuments
      ? 'câu trả lời sẽ ưu tiên văn bản của tỉnh này.'
      : 'hiện chưa có văn bản riêng của tỉnh này, trợ lý trả lời theo các văn bản đang có và ghi rõ nguồn.';
    const chosen = provinces.titleOf(known.name);
    return [lines(`Đã chọn ${chosen}: ${documentsNote}${change}`)];
  }

  function provinceCommand(session: Session, args: string): Reply[] {
    if (args.trim()) return setProvince(session, args.trim());
    session.awaiting = { kind: 'province' };
    const current = session.province ? `Tỉnh đang chọn: ${session.province}. ` : '';
    return [
      reply(
        [plain(`${current}Bạn gõ tên tỉnh của bạn (tên hiện nay hay tên trước năm 2025 đều được), hoặc chọn dưới đây.`)],
        [
          ...provinceList().map((province, index) => [button(province.name, { kind: 'province', choice: index })]),
          [button('Không chọn tỉnh', { kind: 'province', choice: 'clear' })],
        ],
      ),
    ];
  }

  function provinceAction(session: Session, choice: number | 'clear'): Reply[] {
    if (choice === 'clear') {
      session.province = undefined;
      session.awaiting = undefined;
      return [lines('Đã bỏ chọn tỉnh: trợ lý trả lời theo tất cả văn bản.')];
    }
    const province = provinceList()[choice];
    return province ? setProvince(session, province.name) : provinceCommand(session, '');
  }

  function helpReply(quickHelp: string): Reply {
    return reply(
      [
        bold('Cách dùng Trợ lý Giảm nghèo\n'),
        plain(
          [
            'Gõ câu hỏi bằng lời thường, có dấu hay không dấu đều được, ví dụ "hộ cận nghèo được hỗ trợ gì". Mỗi câu trả lời đều ghi nguồn văn bản.',
            '',
            'Các lệnh:',
            bullets([
              '/kiemtra: kiểm tra hộ gia đình theo chuẩn nghèo đa chiều, từng câu hỏi một (có nút Quay lại, Hủy).',
              '/chuan: chuẩn nghèo đang áp dụng; /chuan 2027: chuẩn của năm khác; /chuan thaydoi: những gì sắp thay đổi.',
              '/hotro: các chính sách hỗ trợ theo loại hộ; /hotro ngheo, /hotro canngheo, /hotro thoatngheo, /hotro trungbinh: chi tiết.',
              '/nguon: các văn bản trợ lý dùng để trả lời.',
              '/tinh: chọn tỉnh để ưu tiên văn bản của tỉnh (tên mới hay tên trước năm 2025 đều được).',
              '/xoatin: xem các tin bạn đã gửi mà trợ lý còn lưu (câu hỏi, báo sai, câu trả lời kiểm tra hộ) và xóa từng tin.',
              '/xoachiase và mã ở cuối đường dẫn: xóa một đường dẫn chia sẻ bạn đã tạo.',
              '/xoadulieu: xóa mọi dữ liệu trợ lý lưu về bạn và rút lại sự đồng ý lưu.',
              '/huy: dừng phần kiểm tra đang làm.',
              '/trogiup: xem lại hướng dẫn này.',
            ]),
            '',
            quickHelp,
            '',
            'Ở mỗi câu trả lời có nút "Báo sai" để báo cho cán bộ khi thấy nội dung chưa đúng.',
            'Trên kênh không hiện nút (như Zalo), các lựa chọn được đánh số: bạn gõ số thứ tự hoặc tên của lựa chọn.',
            DECISION_NOTE,
          ].join('\n'),
        ),
      ],
      MENU_BUTTONS,
    );
  }

  return { consentReply, consentPlainReply, consentChoicesBrief, privacyReply, privacyBriefReply, keepingRefusedReply, privacyAgainReply, standardReply, supportsReply, middleBandLine: (today: string) => middleBandLine(rules, today), supportsClassOf, supportsKeyOf, sourcesReply, provinceCommand, chooseProvince, provinceAction, provinceMergeReply: (words: readonly string[]) => provinceMergeReply(provinces, rules, words), helpReply };
}
