/**
 * A short text to share ("tóm tắt … để gửi bà con", "viết 3 dòng về chuẩn nghèo mới để đăng nhóm zalo"): the
 * request words (TOPICS.shortText) are set aside, the rest of the question is read as any question is (the
 * supports of a class, a support, the standard, the procedure), and the answer comes in a few plain lines that
 * paste well into a Zalo group: figures only where the rules data knows them, "(tham khảo)" where reported,
 * one "Nguồn" line and where to ask. Questions of another kind are answered as usual.
 */
import { addDays } from '../text/dates.ts';
import { phrasePositions, TOPICS } from '../text/lexicon/index.ts';
import { describeStandard, formatDate, lookupStandard, supportsFor, type RuleSet, type SupportClass, type SupportResult } from '../rules/index.ts';
import { readMessage, readSupportsQuestion, type ReadMessage } from './input.ts';
import { plain, reply, WHERE_TO_ASK } from './replies.ts';
import { STATUS_TAGS, supportDetail } from './result.ts';
import { classesNamed, CLASS_NAMES, generalSteps, readTopic } from './topics.ts';
import type { Reply } from './types.ts';

export const SHORT_TEXT_DEFAULTS = {
  /** Characters a short text aims at (a few lines on a phone); lists stop before it and say how many are left. */
  maxChars: 600,
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
 * The short text: a heading, as many lines as fit in SHORT_TEXT_DEFAULTS.maxChars (then how many `others` are left out),
 * "Nguồn: …" for the lines shown, and where to ask. `bases(shown)`: the legal bases of the lines shown.
 */
function shortText(heading: string, items: readonly string[], bases: (shown: number) => string[], others = 'nội dung'): Reply {
  const compose = (shown: number) => {
    const left = items.length - shown;
    const listed = items.slice(0, shown).map((item) => `- ${item}`);
    if (left > 0) listed.push(`- Và ${left} ${others} khác.`);
    const sources = documentsOf(bases(shown));
    return [heading, ...listed, ...(sources.length > 0 ? [`Nguồn: ${sources.join('; ')}.`] : []), WHERE_TO_ASK].join('\n');
  };
  let shown = items.length;
  while (shown > 1 && compose(shown).length > SHORT_TEXT_DEFAULTS.maxChars) shown -= 1;
  return reply([plain(compose(shown))]);
}

/** How far a support goes up a short list: an amount that can be stated first, then reported, then the rest. */
const rank = (support: SupportResult) => (support.amount && support.status !== 'unknown' ? 0 : support.status === 'unknown' ? 2 : 1);

function supportsText(rules: RuleSet, classification: SupportClass, today: string): Reply {
  const supports = supportsFor(rules, classification, today).sort((a, b) => rank(a) - rank(b));
  return shortText(
    `${CLASS_NAMES[classification]} được hỗ trợ (áp dụng ngày ${formatDate(today)}):`,
    supports.map((support) => supportDetail(support, 'short')),
    (shown) => supports.slice(0, shown).map((support) => support.basis),
    'hỗ trợ',
  );
}

function supportText(rules: RuleSet, supportId: string, classification: SupportClass | undefined, today: string): Reply {
  const found: { classification: SupportClass; support: SupportResult }[] = [];
  for (const asked of classification ? [classification] : ALL_CLASSES) {
    const support = supportsFor(rules, asked, today).find((candidate) => candidate.id === supportId);
    if (support) found.push({ classification: asked, support });
  }
  const name = rules.supports.find((support) => support.id === supportId)?.name ?? 'Hỗ trợ này';
  return shortText(
    `${name} (áp dụng ngày ${formatDate(today)}):`,
    found.length > 0
      ? found.map(({ classification: asked, support }) => `${CLASS_NAMES[asked]}: ${supportDetail(support, 'short')}`)
      : ['Chưa có trong dữ liệu chính sách cho loại hộ này.'],
    (shown) => found.slice(0, shown).map(({ support }) => support.basis),
  );
}

/** "Chuẩn … : thu nhập … nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng: hộ nghèo …": its first band, when known. */
function standardLines(rules: RuleSet, day: string): { line: string; document: string } | undefined {
  if (!lookupStandard(rules, day).ok) return undefined;
  const standard = describeStandard(rules, day);
  const band = standard.bands[0];
  if (!band || band.status === 'unknown') return undefined;
  return {
    line: `${standard.title}: thu nhập bình quân mỗi người mỗi tháng nông thôn ${band.rural}, thành thị ${band.urban}: ${band.outcome}${STATUS_TAGS[band.status]}.`,
    document: standard.document,
  };
}

/** The standard of the day, and the next one when it is known ("chuẩn nghèo mới" is usually the coming one). */
function standardText(rules: RuleSet, today: string, year: number | undefined): Reply | undefined {
  const day = year === undefined || String(year) === today.slice(0, 4) ? today : `${year}-07-01`;
  const now = standardLines(rules, day);
  if (!now) return undefined;
  const validTo = describeStandard(rules, day).validTo;
  const next = validTo ? standardLines(rules, addDays(validTo, 1)) : undefined;
  const shown = [now, ...(next ? [next] : [])];
  return shortText('Chuẩn nghèo:', shown.map(({ line }) => line), (count) => shown.slice(0, count).map(({ document }) => document));
}

function procedureText(rules: RuleSet, about?: string): Reply {
  const { source } = rules.procedure;
  const general = generalSteps(rules, about);
  return shortText(
    'Rà soát, công nhận hộ nghèo, hộ cận nghèo:',
    general.map((step) => `${step.text}${STATUS_TAGS[step.status]}`),
    (shown) => [source.document, ...general.slice(0, shown).map((step) => step.basis)],
  );
}

/** An entry of rules/reference.yaml: its lines with their status, their bases as the source. */
function referenceText(rules: RuleSet, entryId: string): Reply {
  const entry = rules.reference.find((candidate) => candidate.id === entryId)!;
  return shortText(`${entry.title}:`, entry.lines.map((line) => `${line.text}${STATUS_TAGS[line.status]}`), (shown) => entry.lines.slice(0, shown).map((line) => line.basis));
}

/**
 * The short text a message asks for, or undefined when it asks for none, or for something without a short
 * form (an indicator, a passage): then the message is answered as usual.
 */
export function shortAnswer(rules: RuleSet, message: string | ReadMessage, today: string): Reply[] | undefined {
  const { words } = readMessage(message);
  const asked = phrasePositions(words, TOPICS.shortText.asks);
  const opening = phrasePositions(words.slice(0, 2), TOPICS.shortText.opens);
  if (asked.size === 0 && opening.size === 0) return undefined;
  const restWords = words.filter((_, at) => !asked.has(at) && !opening.has(at));
  // The rest is a text of its own (its words read again as written: "dc" → "được"), read once for both readers.
  const rest = readMessage(restWords.join(' '));
  const listed = readSupportsQuestion(rest);
  if (listed) return [supportsText(rules, listed, today)];
  const topic = readTopic(rest, today);
  if (topic?.kind === 'support') return [supportText(rules, topic.supportId, topic.classification, today)];
  if (topic?.kind === 'procedure') return [procedureText(rules, topic.about)];
  if (topic?.kind === 'reference') return [referenceText(rules, topic.entryId)];
  if (topic?.kind === 'standard') {
    const answer = standardText(rules, today, topic.year);
    return answer && [answer];
  }
  if (topic) return undefined;
  // "tóm tắt các chính sách cho hộ cận nghèo": a class named with nothing narrower is its list of supports.
  const classification = classesNamed(restWords)[0];
  return classification ? [supportsText(rules, classification, today)] : undefined;
}
