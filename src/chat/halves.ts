/**
 * Two questions joined by "và" in one message ("Hộ nghèo được hỗ trợ BHYT bao nhiêu và được vay vốn bao nhiêu?", "Chuẩn nghèo 2027
 * có mấy chỉ số và khi nào áp dụng?"; round 44 cadre46). The readers find one topic in a message, the first one named, so the
 * other half went unanswered. Here the message is cut at the "và" whose two sides each ask something of their own; the core
 * answers the first half as a question, then the second as the question after it (a half with no subject, "khi nào áp dụng?",
 * reads as a follow-up of the first; a half with no class, "được vay vốn bao nhiêu", is asked of the first half's class), and
 * joins the two answers into one reply, each line once.
 */
import { saysAny, TOPICS, withoutPhrases } from '../text/lexicon/index.ts';
import { upperFirst } from '../corpus/vietnamese.ts';
import { CLASS_NAMES, WHO_DECIDES } from './info.ts';
import { readMessage } from './input.ts';
import { ANSWER_ABOVE, classesNamed, readAspect, readTopic, type Topic } from './topics.ts';
import { WHERE_TO_ASK } from './replies.ts';
import type { Reply, Span } from './types.ts';

/** The "và" that may join two questions, as written (with or without its accent), and a ", còn" opening a second with no subject. */
const JOIN = /\s+(?:và|va)\s+|\s*,\s*(?:còn|con)\s+/giu;
/** A ", còn" join: what follows asks the first half again of what it names (round 45 cadre48). */
const STILL = /^\s*,/u;
/** A year or a period as written ("2027", "2021–2025", "2026 - 2030"): its first year and its last. */
const PERIOD = /\b((?:19|20)\d{2})(?:\s*[–-]\s*((?:19|20)\d{2}))?\b/gu;
/** Words after an unaccented ", con" that make it "con" (a child: "con tui", "con nho"), not "còn". */
const CHILD_AFTER = /^(?:tui|toi|minh|em|be|chau|trai|gai|nho|cai|ut)\b/u;

/**
 * The second question of "…, còn <what>?" (round 45 cadre48: "Tổng kinh phí Chương trình 2021–2025 là bao nhiêu, còn giai đoạn
 * 2026–2030?", "Hộ nghèo được hỗ trợ đóng BHYT bao nhiêu, còn hộ cận nghèo?"; were the first half's answer alone): a half asking
 * nothing of its own. A period or year named, where the first half writes one: the first half of that period ("Tổng kinh phí
 * Chương trình 2026–2030 là bao nhiêu"); anything else ("hộ cận nghèo", "thành thị"): "còn …", a follow-up of the first half's
 * answer, as typed after it. Undefined when the half asks something of its own (then it is read as after "và").
 */
function stillHalf(left: string, right: string): string | undefined {
  if (asks(right)) return undefined;
  const [when] = right.match(PERIOD) ?? [];
  const [was] = left.match(PERIOD) ?? [];
  if (when && was) return left.replace(was, when);
  return `còn ${right}`;
}

/** Whether two topics are the same card: the same kind about the same support, entry or standard. */
const sameCard = (one: Topic, other: Topic): boolean =>
  one.kind === other.kind &&
  ('supportId' in one ? one.supportId : undefined) === ('supportId' in other ? other.supportId : undefined) &&
  ('entryId' in one ? one.entryId : undefined) === ('entryId' in other ? other.entryId : undefined);

/** Whether a half asks something (TOPICS.twoQuestions.asks: "bao nhiêu", "khi nào", "ở đâu" …). */
const asks = (half: string): boolean => saysAny(readMessage(half).words, TOPICS.twoQuestions.asks);

/**
 * The two halves of a message that asks two things joined by "và", the second asked of the first half's class when it names
 * none; undefined when no "và" has a question on each side, or when the whole message is not answered by the first half alone
 * (a reader that takes both, "vay bao nhiêu và lãi suất bao nhiêu", keeps the whole), or when both halves ask the same card.
 */
export function questionHalves(text: string, today: string): [string, string] | undefined {
  const whole = readTopic(text, today);
  if (!whole) return undefined;
  for (const join of text.matchAll(JOIN)) {
    const left = text.slice(0, join.index).trim();
    const right = text.slice(join.index + join[0].length).trim();
    const still = STILL.test(join[0]) && asks(left) && !(/con\s*$/u.test(join[0]) && CHILD_AFTER.test(right)) ? stillHalf(left, right) : undefined;
    if (still !== undefined && readTopic(left, today)) return [left, still];
    if (!asks(left) || !asks(right)) continue;
    const first = readTopic(left, today);
    if (!first || !sameCard(first, whole)) continue;
    // "chuẩn nghèo" names the standard, no class (as topics.ts reads a comparison).
    const classes = classesNamed(withoutPhrases(readMessage(left).words, ['chuan ngheo']));
    const ofClass = classesNamed(readMessage(right).words).length === 0 && classes.length === 1 ? `${CLASS_NAMES[classes[0]!].toLowerCase()} ${right}` : right;
    const second = readTopic(ofClass, today);
    if (second ? sameCard(first, second) : readAspect(right) === undefined) continue;
    return [left, second ? ofClass : right];
  }
  return undefined;
}

/** Lines that say "the answer above" (a follow-up's), which the joined reply has no need of: both are in it. */
const ABOVE_LINES = [ANSWER_ABOVE];
const aboveLead = (line: string) => /^Về (?:câu bạn vừa hỏi|.*\(câu bạn vừa hỏi\))/u.test(line);

/** A line as compared: trimmed, without its bullet. */
const lineKey = (line: string) => line.trim().replace(/^•\s*/u, '');

/** The years a text writes (each of a period's), without those in documents' numbers and dates ("351/2025", "31/12/2026"). */
function yearsWritten(text: string): Set<number> {
  const years = new Set<number>();
  for (const [, from, to] of text.replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d+\/\d{4}/gu, ' ').matchAll(PERIOD)) {
    for (let year = Number(from); year <= Number(to ?? from); year += 1) years.add(year);
  }
  return years;
}

/**
 * A reply's spans with the lines said by `said` left out (compared without their bullets), and the sentences of `closing`
 * (whom to ask) when the other answer says them; `said` gets the lines kept. The years this half asks and those only the other
 * half asks ("…, còn giai đoạn 2026–2030?"): a line of this answer naming some of the other's and none of its own is the other's to say.
 */
function unsaid(spans: readonly Span[], said: Set<string>, closing: readonly string[] = [], asked?: string, [mine, theirs]: readonly [ReadonlySet<number>, ReadonlySet<number>] = [new Set(), new Set()]): Span[] {
  return spans.flatMap((span) => {
    const kept = span.text.split('\n').flatMap((line) => {
      const key = lineKey(line);
      if (key === '') return [line];
      // A follow-up's "Về câu bạn vừa hỏi, theo câu trả lời phía trên:" names the half it answers instead.
      if (aboveLead(key)) return asked ? [`${asked}:`] : [];
      const years = [...yearsWritten(key)];
      if (years.some((year) => theirs.has(year)) && !years.some((year) => mine.has(year))) return [];
      if (said.has(key) || ABOVE_LINES.includes(key)) return [];
      said.add(key);
      const left = closing.reduce((text, sentence) => text.replace(` ${sentence}`, '').replace(sentence, ''), line);
      return left.trim() === '' ? [] : [left];
    });
    const text = kept.join('\n').replace(/\n{3,}/g, '\n\n');
    return text.trim() === '' ? [] : [{ ...span, text }];
  });
}

/** Spans without those telling which button to press, and the line that leads to one ("Tên từng chỉ số …: gõ 1."). */
function withoutPress(spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  let pressed = false;
  for (const span of spans) {
    if (span.press !== undefined) {
      const before = kept.pop();
      const lead = before?.text.lastIndexOf('\n') ?? -1;
      if (before && lead >= 0) kept.push({ ...before, text: before.text.slice(0, lead + 1) });
      pressed = true;
      continue;
    }
    kept.push(pressed ? { ...span, text: span.text.replace(/^[.,;]/u, '') } : span);
    pressed = false;
  }
  return kept;
}

/**
 * The answers to the two halves as one reply: the first's lines, then the second's not said already; the generic closing lines
 * (whom to ask, who recognises) said once, at the end. The second's buttons (the session's last answer is the second's).
 * `firstAsked`: the first half as asked; the first answer's lines naming only years the second half asks are left to it (round 45
 * cadre48: "Tổng kinh phí Chương trình 2021–2025 là bao nhiêu, còn giai đoạn 2026–2030?" said the 2026–2030 budget twice).
 */
export function joinedHalves(first: readonly Reply[], second: readonly Reply[], asked?: string, firstAsked?: string): Reply[] {
  const [one, two] = [first[0], second[0]];
  if (!one || !two) return [...first, ...second];
  // The second's closing lines (its last paragraph: "Bạn có thể hỏi trực tiếp …") go first into the set, so that a line both end
  // with is said at the end; any other line both say stays in the first, where it leads (round 45 cadre48: a support's heading
  // was said under the first's lines).
  const secondText = two.spans.map((span) => span.text).join('');
  const said = new Set(secondText.slice(secondText.trimEnd().lastIndexOf('\n\n') + 1).split('\n').map(lineKey).filter((line) => line !== ''));
  const ownYears = yearsWritten(firstAsked ?? '');
  const theirs = new Set([...yearsWritten(asked ?? '')].filter((year) => !ownYears.has(year)));
  // The first's closing lines go as in brief: who decides (the card's, not its brief's), and the line telling which of its
  // buttons to press (the buttons are the second's).
  const head = unsaid(withoutPress(one.spans), said, [WHO_DECIDES, ...(secondText.includes(WHERE_TO_ASK) ? [WHERE_TO_ASK] : [])], undefined, [ownYears, theirs]);
  const firstSaid = new Set(head.flatMap((span) => span.text.split('\n').map(lineKey)));
  const tail = unsaid(two.spans, firstSaid, [], asked && upperFirst(asked.replace(/[\s?.!]+$/u, '')));
  const joint = head.length > 0 && !/\n\n$/.test(head.at(-1)!.text) ? [{ text: head.at(-1)!.text.endsWith('\n') ? '\n' : '\n\n' }] : [];
  return [{ ...two, spans: [...head, ...joint, ...tail] }, ...first.slice(1), ...second.slice(1)];
}
