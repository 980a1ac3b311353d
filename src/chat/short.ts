/**
 * A short text to share ("tóm tắt … để gửi bà con", "viết 3 dòng về chuẩn nghèo mới để đăng nhóm zalo"): the
 * request words (TOPICS.shortText) are set aside, the rest of the question is read as any question is (the
 * supports of a class, a support, the standard, the procedure), and the answer comes in a few plain lines that
 * paste well into a Zalo group: figures only where the rules data knows them, "(tham khảo)" where reported,
 * one "Nguồn" line and where to ask. Questions of another kind are answered as usual.
 */
import { addDays } from '../text/dates.ts';
import { upperFirst } from '../corpus/vietnamese.ts';
import { phrasePositions, TOPICS, yearAsked } from '../text/lexicon/index.ts';
import { changesBetween, conditionPrefix, dayForYear, defaultChangesWindow, describeChange, describeStandard, formatDate, lookupStandard, supportsFor, type RuleSet, type SupportClass, type SupportResult } from '../rules/index.ts';
import { matchKey, readMessage, readSupportsQuestion, type ReadMessage } from './input.ts';
import { DECISION_NOTE, plain, reply, WHERE_TO_ASK } from './replies.ts';
import { classLabels, CLASS_NAMES, openToEveryHousehold } from './info.ts';
import { STATUS_TAGS, supportDetail, supportName } from './result.ts';
import { asksChange, classesNamed, generalSteps, readTopic, referenceLines, supportsShown, type Topic } from './topics.ts';
import { specificWords } from './answers.ts';
import type { Reply } from './types.ts';
import { standardCorrection, supportCorrection, type Correction } from './claims.ts';

export const SHORT_TEXT_DEFAULTS = {
  /**
   * Characters a short text aims at (a few lines on a phone): a list's items past it are only named, on one line not
   * counted here. A text of lines that cannot be named (the review steps) is shown whole, even when longer.
   */
  maxChars: 800,
};

const ALL_CLASSES: SupportClass[] = ['poor', 'near_poor', 'newly_escaped', 'middle'];
/**
 * Every document a basis names: "Nghị định 105/2020/NĐ-CP ngày …, Điều 7 (…)" → "Nghị định 105/2020/NĐ-CP";
 * "Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP)" → both. A document in a bracket that
 * names it as replaced or excepted ("(thay thế Nghị định 146/2018/NĐ-CP …)", "(trừ trẻ … theo Nghị định 57/2017/NĐ-CP)")
 * is not a source.
 */
const DOCUMENT = /(?:Luật|Nghị định|Nghị quyết|Quyết định|Thông tư)\s[^,(;)]*?(?=\s+(?:ngày|số|Điều|điều|khoản|từ|và)\s|[,;()]|$)/gu;
const REPLACED_OR_EXCEPTED = /\((?:[^()]*\s)?(?:thay|trừ)\s[^()]*$/u;

/** The documents the legal bases name, each once, in order ("Luật Bảo hiểm y tế", "Nghị định 188/2025/NĐ-CP"). */
function documentsOf(bases: readonly string[]): string[] {
  const found = bases.flatMap((basis) =>
    [...basis.matchAll(DOCUMENT)].filter((match) => !REPLACED_OR_EXCEPTED.test(basis.slice(0, match.index))).map((match) => match[0].trim()),
  );
  return [...new Set(found)];
}

/**
 * The short text: a heading, a correction of a figure the request states wrongly (always first), the lines, `footer`
 * (always shown: where to apply), "Nguồn: …" for `sources` and the lines shown, `note` (DECISION_NOTE on a text about a
 * household's class), and where to ask. Every line is shown
 * whole: a paste-ready text never ends a sentence with "…". Only a list's named items (the supports of a class) may
 * be too many for SHORT_TEXT_DEFAULTS.maxChars: those that do not fit are named on one line, so the text still says
 * what else there is. `asked`: the words of the request; lines holding its rarer words come first, so the line asked
 * for is never one left as a name.
 */
interface ShortLine {
  text: string;
  /** The legal bases this line rests on (its documents are named in "Nguồn" when it is shown). */
  bases: readonly string[];
  /** An item of a list: named alone when the list is longer than the text. */
  name?: string;
}

function shortText(
  heading: string,
  items: readonly ShortLine[],
  others = 'nội dung',
  options: { footer?: string; asked?: readonly string[]; sources?: readonly string[]; correction?: Correction | undefined; note?: string | undefined; tight?: boolean } = {},
): Reply {
  const ordered = relevanceOrder(items.map((item) => item.text), options.asked ?? []).map((index) => items[index]!);
  const { correction } = options;
  // "ngắn hơn nữa, 2 câu thôi": the first line and its source, nothing else (the correction of a figure stays first).
  if (options.tight) {
    const shown = [...(correction ? [correction] : []), ...ordered.slice(0, 1)];
    const sources = documentsOf([...(options.sources ?? []), ...shown.flatMap((item) => item.bases)]);
    return reply([plain([heading, ...shown.map((item) => item.text), ...(sources.length > 0 ? [`Nguồn: ${sources.join('; ')}.`] : [])].join('\n'))]);
  }
  // The text with `shown` items in full and the names of the rest; the budget is for the text without those names.
  const compose = (shown: number) => {
    const named = ordered.slice(shown).map((item) => item.name!);
    const listed = [...(correction ? [correction] : []), ...ordered.slice(0, shown)].map((item) => `- ${item.text}`);
    const sources = documentsOf([...(options.sources ?? []), ...(correction?.bases ?? []), ...ordered.slice(0, shown).flatMap((item) => item.bases)]);
    const tail = [...(options.footer ? [options.footer] : []), ...(sources.length > 0 ? [`Nguồn: ${sources.join('; ')}.`] : []), ...(options.note ? [options.note] : []), WHERE_TO_ASK];
    const names = named.length > 0 ? [`- ${upperFirst(others)} khác (mỗi ${others} có điều kiện riêng): ${named.join('; ')}.`] : [];
    return { text: [heading, ...listed, ...names, ...tail].join('\n'), budgeted: [heading, ...listed, ...tail].join('\n').length };
  };
  let shown = ordered.length;
  while (shown > 1 && ordered[shown - 1]!.name !== undefined && compose(shown).budgeted > SHORT_TEXT_DEFAULTS.maxChars) shown -= 1;
  return reply([plain(compose(shown).text)]);
}

/**
 * Item indexes, those holding the request's words first (each word weighs 1 ÷ the number of items holding it, so a
 * word every item has counts little), ties in their own order. No request words: the items' own order.
 */
function relevanceOrder(items: readonly string[], asked: readonly string[]): number[] {
  const itemWords = items.map((item) => new Set(matchKey(item).split(' ')));
  const weights = new Map<string, number>();
  for (const word of new Set(asked)) {
    const holding = itemWords.filter((words) => words.has(word)).length;
    if (holding > 0 && holding < items.length) weights.set(word, 1 / holding);
  }
  const score = (index: number) => [...weights].reduce((sum, [word, weight]) => sum + (itemWords[index]!.has(word) ? weight : 0), 0);
  return items.map((_, index) => index).sort((a, b) => score(b) - score(a) || a - b);
}

/** How far a support goes up a short list: an amount that can be stated first, then reported, then the rest. */
const rank = (support: SupportResult) => (support.amount && support.status !== 'unknown' ? 0 : support.status === 'unknown' ? 2 : 1);

function supportsText(rules: RuleSet, classification: SupportClass, today: string, note?: string, tight = false): Reply {
  const supports = supportsFor(rules, classification, today).sort((a, b) => rank(a) - rank(b));
  return shortText(
    `${CLASS_NAMES[classification]} được hỗ trợ (áp dụng ngày ${formatDate(today)}):`,
    supports.map((support) => ({ text: supportDetail(support, 'short'), bases: [support.basis], name: supportName(support) })),
    'hỗ trợ',
    { note, tight },
  );
}

/**
 * One support for the classes asked (every class when none is), and its related ones that fit first (supportsShown: "76 tuổi
 * ko có lương hưu" leads with the social pension from 75 of every household): the classes that get the same support share a
 * line ("Mọi hộ gia đình" when it is open to every household), then what it is (who qualifies: "từ 70 đến dưới 75 tuổi",
 * "mọi học sinh … công lập"), and where to apply, which is always shown ("… ở đâu" is what outreach staff ask for).
 */
function supportText(
  rules: RuleSet,
  supportIds: readonly string[],
  classes: readonly SupportClass[],
  today: string,
  asked: readonly string[],
  claimed: string,
  note?: string,
  tight = false,
): Reply {
  const everyHousehold = openToEveryHousehold(rules, today);
  const groups = new Map<string, { classes: SupportClass[]; support: SupportResult }>();
  for (const supportId of supportIds) {
    for (const classification of classes.length > 0 ? classes : ALL_CLASSES) {
      const support = supportsFor(rules, classification, today).find((candidate) => candidate.id === supportId);
      if (!support) continue;
      const key = JSON.stringify([supportId, supportDetail(support, 'short'), support.what, support.whereToApply, support.basis]);
      const group = groups.get(key);
      if (group) group.classes.push(classification);
      else groups.set(key, { classes: [classification], support });
    }
  }
  const name = rules.supports.find((support) => support.id === supportIds[0])?.name ?? 'Hỗ trợ này';
  const found = [...groups.values()];
  const who = (list: SupportClass[], support: SupportResult) => (everyHousehold.has(support.id) && classes.length === 0 ? 'Mọi hộ gia đình' : classLabels(list));
  const places = [...new Set(found.map(({ support }) => support.whereToApply))];
  const lines: ShortLine[] = found.map(({ classes: named, support }) => ({
    text: `${who(named, support)}: ${supportDetail(support, 'short')}. ${support.what.slice(conditionPrefix(support.condition).length)}${places.length > 1 ? ` Nơi làm: ${support.whereToApply}` : ''}`,
    bases: [support.basis],
  }));
  return shortText(
    `${name} (áp dụng ngày ${formatDate(today)}):`,
    lines.length > 0 ? lines : [{ text: 'Chưa có trong dữ liệu chính sách cho loại hộ này.', bases: [] }],
    'nội dung',
    { asked, note, tight, correction: supportCorrection(rules, claimed, supportIds[0]!, today), ...(places.length === 1 ? { footer: `Nơi làm: ${places[0]}` } : {}) },
  );
}

/**
 * "Chuẩn … : thu nhập … nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng: hộ nghèo …": its first band, when known.
 * `middle`: the band of hộ có mức sống trung bình is asked for; it comes first, and when the standard has none (2027–2030:
 * not known) that is said, with no figure, so the poverty line that follows is not read as its answer.
 */
function standardLines(rules: RuleSet, day: string, middle: boolean): ShortLine[] | undefined {
  const found = lookupStandard(rules, day);
  if (!found.ok) return undefined;
  const standard = describeStandard(rules, day);
  const band = standard.bands[0];
  if (!band || band.status === 'unknown') return undefined;
  const lines: ShortLine[] = [];
  if (middle) {
    const at = found.value.standard.bands.findIndex((candidate) => candidate.class === 'middle');
    const known = at < 0 ? undefined : standard.bands[at]!;
    lines.push({
      text: known
        ? `${standard.title}: hộ có mức sống trung bình có thu nhập bình quân mỗi người mỗi tháng nông thôn ${known.rural}, thành thị ${known.urban}${STATUS_TAGS[known.status]}.`
        : `${standard.title}: mức thu nhập của hộ có mức sống trung bình chưa rõ, chưa được công bố hoặc chưa được kiểm tra, nên không có con số nào${STATUS_TAGS.unknown}.`,
      bases: known ? [standard.document] : [],
    });
  }
  lines.push({
    text: `${standard.title}: thu nhập bình quân mỗi người mỗi tháng nông thôn ${band.rural}, thành thị ${band.urban}: ${band.outcome}${STATUS_TAGS[band.status]}.`,
    bases: [standard.document],
  });
  return lines;
}

/** How a household checks itself with the assistant (a short text on the criteria asked as a self-check). */
const SELF_CHECK_LINE =
  'Tự kiểm tra: nhắn /kiemtra cho trợ lý, trợ lý hỏi khu vực, số người, thu nhập và các chỉ số thiếu hụt của hộ rồi cho biết hộ thuộc diện nào theo chuẩn trên (kết quả chỉ để tham khảo).';

/**
 * The standard of the day, and the next one when it is known ("chuẩn nghèo mới" is usually the coming one); a figure
 * the request states that is not the standard's comes first, corrected.
 */
function standardText(rules: RuleSet, today: string, year: number | undefined, middle: boolean, claimed: string, note?: string, selfCheck = false, tight = false): Reply | undefined {
  const day = dayForYear(year, today);
  const now = standardLines(rules, day, middle);
  if (!now) return undefined;
  const validTo = describeStandard(rules, day).validTo;
  const next = validTo ? standardLines(rules, addDays(validTo, 1), middle) : undefined;
  // "tóm tắt cách tự kiểm tra hộ cận nghèo": how to check with the assistant, after the criteria.
  const howToCheck: ShortLine[] = selfCheck ? [{ text: SELF_CHECK_LINE, bases: [rules.procedure.source.document] }] : [];
  return shortText(middle ? 'Hộ có mức sống trung bình:' : 'Chuẩn nghèo:', [...now, ...(next ?? []), ...howToCheck], 'nội dung', {
    correction: standardCorrection(rules, claimed, day),
    note,
    tight,
  });
}

/**
 * The review steps: those tagged with what is asked first (`about`, TOPICS.procedureAsks); otherwise those holding
 * the request's rarer words first (relevanceOrder: "… không còn huyện" → the district line).
 */
function procedureText(rules: RuleSet, about: string | undefined, asked: readonly string[], tight = false): Reply {
  const { source } = rules.procedure;
  return shortText(
    'Rà soát, công nhận hộ nghèo, hộ cận nghèo:',
    generalSteps(rules, about).map((step) => ({ text: `${step.text}${STATUS_TAGS[step.status]}`, bases: [step.basis] })),
    'nội dung',
    { asked: about === undefined ? asked : [], sources: [source.document], tight },
  );
}

/** An entry of rules/reference.yaml: its lines in their order (each leads to the next), with status; their bases as the source. */
function referenceText(rules: RuleSet, entryId: string, tight = false): Reply {
  const entry = referenceLines(rules, entryId);
  return shortText(`${entry.title}:`, entry.lines.map((line) => ({ text: `${line.text}${STATUS_TAGS[line.status]}`, bases: [line.basis] })), 'nội dung', { tight });
}

/**
 * "ngắn hơn nữa, 2 câu thôi", "viet ngan lai", "tom tat lai giup" after an answer from the rules data (a card, a short text,
 * the supports of a class): the same subject's short text, `tight` (its first line and source) when it was a short text
 * already or a number of sentences is asked; undefined for a subject without a short form.
 */
export function shorterAnswer(rules: RuleSet, last: Topic | { supportsOf: SupportClass }, today: string, tight: boolean): Reply | undefined {
  if ('supportsOf' in last) return supportsText(rules, last.supportsOf, today, undefined, tight);
  if (last.kind === 'support') return supportText(rules, [last.supportId], last.classification ? [last.classification] : [], today, [], '', undefined, tight);
  if (last.kind === 'procedure') return procedureText(rules, last.about, [], tight);
  if (last.kind === 'reference') return referenceText(rules, last.entryId, tight);
  if (last.kind === 'standard') return standardText(rules, today, last.year, false, '', undefined, false, tight);
  return undefined;
}

/** "ngắn hơn nữa", "viết ngắn lại", "2 câu thôi": a request to shorten the last answer (TOPICS.shorten), with nothing else asked. */
export function asksShorter(message: string | ReadMessage): { tight: boolean } | undefined {
  const { words } = readMessage(message);
  const said = phrasePositions(words, TOPICS.shorten.asks);
  if (said.size === 0) return undefined;
  const around = phrasePositions(words, TOPICS.shorten.around);
  if (!words.every((_, at) => said.has(at) || around.has(at))) return undefined;
  return { tight: phrasePositions(words, TOPICS.shorten.tighter).size > 0 };
}

/**
 * What changes (changesBetween, the rules data): when the standard of the year asked starts, or the coming changes;
 * only the indicators when the request is about them ("thay đổi chỉ số thiếu hụt năm 2027").
 */
function changesText(rules: RuleSet, today: string, year: number | undefined, onlyIndicators: boolean): Reply | undefined {
  const starting = year === undefined ? undefined : rules.standards.find((standard) => standard.validFrom.startsWith(String(year)));
  const window = starting ? { from: addDays(starting.validFrom, -1), to: starting.validFrom } : defaultChangesWindow(rules, today);
  const changes = changesBetween(rules, window.from, window.to).filter((change) => !onlyIndicators || change.kind === 'indicator');
  if (changes.length === 0) return undefined;
  return shortText(
    `Thay đổi${onlyIndicators ? ' về chỉ số thiếu hụt' : ''} từ ${formatDate(changes[0]!.date)}:`,
    changes.map((change) => ({ text: `${describeChange(change)}${STATUS_TAGS[change.status]}`, bases: [change.reference] })),
    'nội dung',
    // The document of a standard starting in the window is the source of its lines and indicators (their references abbreviate it).
    { sources: rules.standards.filter((standard) => window.from < standard.validFrom && standard.validFrom <= window.to).map((standard) => standard.document) },
  );
}

/**
 * The short text a message asks for, or undefined when it asks for none, or for something without a short
 * form (an indicator, a passage): then the message is answered as usual.
 */
export function shortAnswer(rules: RuleSet, message: string | ReadMessage, today: string): Reply[] | undefined {
  // The text as typed: its figures are read from it ("1,9 triệu" loses its comma in the words).
  const { words, text: claimed } = readMessage(message);
  const asked = phrasePositions(words, TOPICS.shortText.asks);
  const opening = phrasePositions(words.slice(0, 2), TOPICS.shortText.opens);
  if (asked.size === 0 && opening.size === 0) return undefined;
  const restWords = words.filter((_, at) => !asked.has(at) && !opening.has(at));
  // The rest is a text of its own (its words read again as written: "dc" → "được"), read once for both readers.
  const rest = readMessage(restWords.join(' '));
  const classes = classesNamed(rest.words);
  // "soạn tin zalo ngắn báo kết quả: nhà bà Năm là hộ cận nghèo": a household's class said, so the text says once that the
  // result is for reference and the Chủ tịch UBND cấp xã decides (the one DECISION_NOTE).
  const note = classes.length > 0 && phrasePositions(rest.words, TOPICS.shortText.result).size > 0 ? DECISION_NOTE : undefined;
  const listed = readSupportsQuestion(rest);
  if (listed) return [supportsText(rules, listed, today, note)];
  // "thông báo: từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo": a class and a figure state the line (checked below).
  const year = yearAsked(rest.words, today);
  const statesLine = classes.length > 0 && standardCorrection(rules, claimed, dayForYear(year, today)) !== undefined;
  const topic = readTopic(rest, today) ?? (statesLine ? { kind: 'standard' as const, ...(year ? { year } : {}) } : undefined);
  if (asksChange(rest.words, year, today) && (!topic || topic.kind === 'standard')) {
    const answer = changesText(rules, today, topic?.kind === 'standard' ? topic.year : year, phrasePositions(rest.words, TOPICS.changes.indicators).size > 0);
    if (answer) return [answer];
  }
  // Every class the request names ("hộ nghèo, cận nghèo"), not only the first.
  // The words of the request that name something decide which lines come first (relevanceOrder).
  const askedWords = specificWords(rest.words);
  if (topic?.kind === 'support') return [supportText(rules, supportsShown(rules, topic, today), classes, today, askedWords, claimed, note)];
  if (topic?.kind === 'procedure') return [procedureText(rules, topic.about, askedWords)];
  if (topic?.kind === 'reference') return [referenceText(rules, topic.entryId)];
  if (topic?.kind === 'standard') {
    const answer = standardText(rules, today, topic.year, classes.includes('middle'), claimed, note, phrasePositions(rest.words, TOPICS.selfCheck).size > 0);
    return answer && [answer];
  }
  if (topic) return undefined;
  // "tóm tắt các chính sách cho hộ cận nghèo": a class named with nothing narrower is its list of supports. A summary
  // of a document or a plan ("5 ý chính Nghị quyết 05-NQ/TU … về giảm nghèo") is answered from the documents, as usual.
  const classification = classes[0];
  return classification && phrasePositions(rest.words, TOPICS.documentQuestions).size === 0 ? [supportsText(rules, classification, today, note)] : undefined;
}
