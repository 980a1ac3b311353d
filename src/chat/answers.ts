/**
 * Policy answers from the corpus: the best passage quoted briefly with its citation, more results,
 * the full section, shared answers and inline cards. A question the corpus cannot answer gets an
 * honest "không tìm thấy" and where to ask instead; nothing is ever made up.
 */
import { answerRow, button } from './actions.ts';
import { createHash } from 'node:crypto';
import type { Passage } from '../corpus/types.ts';
import type { SearchResult } from '../search/types.ts';
import type { Button, InlineAnswer, Reply, Span } from './types.ts';
import { bold, italic, MENU_BUTTONS, plain, quote, reply, WHERE_TO_ASK } from './replies.ts';
import { fold } from '../text/fold.ts';
import { DISTRICT_LEVEL_WRITTEN } from '../text/lexicon/places.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { POVERTY_CADRE } from '../rules/text.ts';
import { searchKey } from '../search/normalize.ts';
import { ABBREVIATIONS, asksElsewhere, contentForm, EVERYDAY_WORDS, inScope, OWN_HOUSEHOLD, OWN_MEMBER, phrasePositions, saysAny, QUESTION_WORDS, TOPICS, writtenForm, writtenInEnglish } from '../text/lexicon/index.ts';

/** The longest quote shown in an answer card; the full section is one button away. */
const MAX_QUOTE_CHARS = 600;
/** Each of the further passages listed by "Thêm kết quả" is quoted shorter. */
const MORE_QUOTE_CHARS = 300;
/** A full section longer than this is cut; the citation tells where to read the rest. */
const MAX_SECTION_CHARS = 6000;
export const RESULTS_KEPT = 8;
/** Passages shown per "Thêm kết quả". */
export const MORE_PAGE = 3;
/** Documents dated before the 2025 reorganisation may name bodies or provinces that no longer exist. */
const REORGANISATION_DATE = '2025-07-01';
/** The abolished district level named in a passage (lexicon places.ts DISTRICT_LEVEL_WRITTEN), as a whole word. */
const DISTRICT_LEVEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...DISTRICT_LEVEL_WRITTEN.units, ...DISTRICT_LEVEL_WRITTEN.offices].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** What is cited: a search hit or a stored passage. */
type Cited = Pick<Passage, 'text' | 'citation' | 'kind' | 'province' | 'provinceNow' | 'date'>;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const at = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  return `${at > max / 2 ? cut.slice(0, at + 1) : cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** A passage's lines with spaces tidied; line breaks kept so list items stay on their own lines. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** True when a sentence or list item can start at `at`: text start, line start, or after a sentence or clause end (". ", "; ", "? ", "! "). */
function startsUnit(text: string, at: number): boolean {
  return at === 0 || text[at - 1] === '\n' || /[.;!?] $/.test(text.slice(at - 2, at));
}

/**
 * The quote shown for a passage: a short passage whole; a long one from the start of the sentence
 * or list item holding the best match (`anchor`, from the search snippet), cut at a sentence end.
 * Phones show about 600 characters in one screen; the full section is one button away.
 */
export function quoteOf(text: string, max: number, anchor = ''): string {
  const tidy = tidyLines(text);
  if (tidy.length <= max) return tidy;
  // The snippet is a flattened window with matched words in «»: find it in the passage (line breaks
  // read as spaces, same length), then go to its first matched word, the window may begin a sentence early.
  const marked = anchor.replace(/^…\s*|\s*…$/g, '').replace(/\s+/g, ' ').trim();
  const core = marked.replace(/[«»]/g, '');
  const at = core ? tidy.replace(/\n/g, ' ').indexOf(core.slice(0, 40)) : -1;
  const found = at < 0 ? -1 : at + Math.max(marked.indexOf('«'), 0);
  // The quote holds the matched words, up to the end of their sentence or list item.
  const lastMark = marked.lastIndexOf('»');
  const matchEnd = found < 0 || lastMark < 0 ? -1 : at + lastMark - (marked.slice(0, lastMark).match(/[«»]/g)?.length ?? 0);
  // Matched words within the passage's first screen: the quote starts at its top, so the list item before the best window is
  // read too ("Các chỉ tiêu chủ yếu": "Duy trì mức giảm tỷ lệ hộ nghèo bình quân từ 1,5 - 2%/năm" before the item the window
  // began in; round 36 staff24, was "… - Thực hiện toàn diện …" alone).
  const fromTop = matchEnd >= 0 && matchEnd <= max;
  let start = fromTop ? 0 : Math.max(found, 0);
  while (start > 0 && !startsUnit(tidy, start)) start -= 1;
  // A sentence so long that its start would push the match out of the quote: start at the match.
  if (!fromTop && found - start > max / 2) start = found;
  const window = tidy.slice(start, start + max + 1);
  let end = window.length;
  if (start + end < tidy.length) {
    const need = Math.min(max, Math.max(0, (matchEnd < 0 ? start : matchEnd) - start));
    // Never end on a line that announces what follows ("… gồm:"): the quote would stop before its content.
    const announces = (e: number) => onlyAnnounces(window.slice(0, e));
    const ends = (pattern: RegExp) =>
      [...window.matchAll(pattern)].map((m) => m.index + m[0].trimEnd().length).filter((e) => e >= need && e <= max && !announces(e));
    // Without a match, as much as fits; with one, the end of the sentence or item that holds it.
    const pick = (list: number[]) => (found < 0 ? list.at(-1) : list[0]);
    const sentenceEnd = pick(ends(/[.!?](?=\s)|\n/g)) ?? pick(ends(/;(?=\s)/g));
    const wordEnd = window.lastIndexOf(' ');
    end = sentenceEnd !== undefined && sentenceEnd > 0 ? sentenceEnd : wordEnd > need ? wordEnd : max;
  }
  const body = window.slice(0, end).trim();
  return `${start > 0 ? '… ' : ''}${body}${start + end < tidy.length ? ' …' : ''}`;
}

/** One short note when a pre-2025 document names a merged province or the abolished district level. */
export function reorganisationNote(passage: Cited): string | undefined {
  if (passage.kind !== 'document' || !passage.date || passage.date >= REORGANISATION_DATE) return undefined;
  const notes: string[] = [];
  if (passage.province && passage.provinceNow && passage.province !== passage.provinceNow) {
    notes.push(`từ 01/07/2025, địa bàn tỉnh ${passage.province} thuộc tỉnh ${passage.provinceNow}`);
  }
  if (DISTRICT_LEVEL.test(passage.text)) {
    notes.push('cấp huyện không còn nữa (chính quyền địa phương hai cấp), việc của cấp huyện nay do tỉnh hoặc xã đảm nhận');
  }
  if (notes.length === 0) return undefined;
  return `Lưu ý: văn bản ban hành trước khi sắp xếp đơn vị hành chính năm 2025; ${notes.join('; ')}. Muốn biết nơi làm thủ tục hiện nay, bạn hỏi ${POVERTY_CADRE}.`;
}

function citationSpans(passage: Cited): Span[] {
  const spans: Span[] = [bold('\nNguồn: '), plain(passage.citation)];
  // Its status as the data has it (round 27: a document's passage said none): a document's words are quoted as they are
  // (sourceReply says so too); an explainer is the assistant's own.
  spans.push(italic(passage.kind === 'faq' ? ' (bài giải thích ngắn của trợ lý, có ghi căn cứ pháp lý)' : ' (trích nguyên văn)'));
  const note = reorganisationNote(passage);
  if (note) spans.push(plain(`\n${note}`));
  return spans;
}

export function answerButtons(set: string, index: number, hasMore: boolean): Button[][] {
  const first: Button[] = [button('Xem toàn bộ mục', { kind: 'fullSection', set, index })];
  if (hasMore) first.unshift(button('Thêm kết quả', { kind: 'more', set }));
  return [
    first,
    [
      button('👍 Hữu ích', { kind: 'feedback', set, index, useful: true }),
      button('👎 Chưa đúng ý', { kind: 'feedback', set, index, useful: false }),
    ],
    answerRow({ set, index }),
  ];
}

/** A passage that only announces what follows ("… với các nội dung sau:"): quoted alone, it says nothing. */
export function onlyAnnounces(text: string): boolean {
  return text.trimEnd().endsWith(':');
}

/**
 * The results in rank order, except that a passage that only announces what follows is never shown first when another can be:
 * the next one of the same document first (the Ban Thường vụ's plan ranked first by its opening "… cụ thể như sau:" is
 * answered from that plan, not from another province's decision ranked second), then any other.
 */
export function completeFirst<T extends { text: string; docId?: string }>(results: readonly T[]): T[] {
  const top = results[0];
  const sameDocument = top ? results.findIndex((result) => result.docId === top.docId && !onlyAnnounces(result.text)) : -1;
  const first = sameDocument >= 0 ? sameDocument : results.findIndex((result) => !onlyAnnounces(result.text));
  return first <= 0 ? [...results] : [results[first]!, ...results.slice(0, first), ...results.slice(first + 1)];
}

/** Words as search reads them (typing leftovers decoded: "hooj ngheof" is "ho ngheo"). */
const wordsOf = (text: string) => searchKey(text).split(' ').filter((word) => word !== '');

/**
 * The words that name something: not the generic words of a support question (TOPICS.generic), asking
 * words (QUESTION_WORDS) or closing particles ("vậy", "hông": TOPICS.supportsList.closing).
 */
export function specificWords(words: string[]): string[] {
  const framing = new Set([...phrasePositions(words, TOPICS.generic), ...phrasePositions(words, QUESTION_WORDS.phrases)]);
  return words.filter((word, at) => !framing.has(at) && !QUESTION_WORDS.words.includes(word) && !TOPICS.supportsList.closing.includes(word));
}

/** Each everyday word and abbreviation (as a one-phrase list) with the documents' words for it, made on first use. */
let otherNameList: { name: readonly string[]; words: string[] }[] | undefined;

/** The documents' words for everyday words and abbreviations among `words` ("bà bầu" → phụ nữ mang thai, "bhyt" → bảo hiểm y tế). */
function otherNames(words: string[]): string[] {
  otherNameList ??= [...Object.entries(EVERYDAY_WORDS), ...Object.entries(ABBREVIATIONS)].map(([name, other]) => ({ name: [name], words: wordsOf(other) }));
  return otherNameList.filter(({ name }) => phrasePositions(words, name).size > 0).flatMap(({ words: other }) => other);
}

/**
 * Whether a passage holds what a question asks about, not only the words every support question shares
 * (TOPICS.generic: "hộ nghèo", "hỗ trợ", "tiền") and asking words: "hộ nghèo có được hỗ trợ tiền nước không"
 * is not answered by the course fees of vocational training. A question of generic words only asks for
 * anything the passage says. The question is read once; the test is then applied to each passage's title
 * and text (a province may be named in the title only).
 */
export function holdsWhatIsAsked(question: string): (passageText: string) => boolean {
  const asked = wordsOf(writtenForm(question));
  const specific = specificWords(asked);
  if (specific.length === 0) return () => true;
  const wanted = [...specific, ...specificWords(otherNames(asked))];
  return (passageText) => {
    const passage = wordsOf(passageText);
    const held = new Set([...passage, ...otherNames(passage)]);
    return wanted.some((word) => held.has(word));
  };
}

/** The best passage, quoted briefly, with its citation. */
export function answerReply(result: SearchResult, buttons?: Button[][]): Reply {
  // One quote span: a span has one style, and a quote reads better whole than cut up by highlights.
  const heading = result.kind === 'faq' ? 'Giải thích ngắn:\n' : 'Theo văn bản:\n';
  return reply([bold(heading), quote(quoteOf(result.text, MAX_QUOTE_CHARS, result.snippet)), ...citationSpans(result)], buttons);
}

/** Rephrasings the not-found reply suggests; each is tested to get an answer (test/chat/answers.test.ts). */
export const SUGGESTED_QUESTIONS = ['hộ cận nghèo được hỗ trợ gì', 'thủ tục xét hộ nghèo', 'chuẩn nghèo năm 2027 là bao nhiêu'] as const;

const COVERS =
  'Trợ lý trả lời về chuẩn nghèo đa chiều, hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình, các chính sách hỗ trợ ' +
  '(bảo hiểm y tế, vay vốn, học phí, nhà ở, tiền điện…), thủ tục rà soát, công nhận và kiểm tra một hộ gia đình.';

/** What can be asked of a small child named alone ("be 18 thang"): each answered from the rules data (young_children). */
const YOUNG_CHILD_QUESTIONS = ['bhyt cho be duoi 6 tuoi lam o dau', 'tre duoi 6 tuoi dc ho tro gi'];

/**
 * No answer: says so plainly, what the assistant covers, where to ask, and questions that do get an
 * answer. A question naming nothing the assistant is about is said to be "ngoài phạm vi".
 */
export function notFoundReply(question = '', about: { household?: boolean } = {}): Reply {
  const words = fold(writtenForm(question)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  if (writtenInEnglish(question, words)) {
    return reply(
      [plain(`Trợ lý chỉ đọc và trả lời bằng tiếng Việt (this assistant answers in Vietnamese only). Bạn hỏi lại bằng tiếng Việt giúp mình, ví dụ: ${SUGGESTED_QUESTIONS.map((example) => `"${example}"`).join(', ')}.`)],
      MENU_BUTTONS.slice(1, 3),
    );
  }
  // "be 18 thang", "be 1 tuoi" sent alone (round 35 mend35b; was "ngoài phạm vi"): a small child named, nothing asked of it: what
  // can be asked of it, in a short question back.
  // Read as typed: writtenForm makes "con tui" "con tôi", which the phrases do not hold; and written: "con tui 3 tuoi thi sao" (round
  // 38 resid38; was "ngoài phạm vi") is "con [tôi] 3 tuổi", "tôi" a filler between the phrase's words.
  const young = TOPICS.reference.young_children!.subject;
  if (saysAny(fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' '), young) || saysAny(words, young)) {
    return reply([plain(`Bạn muốn biết gì về bé? Ví dụ: ${YOUNG_CHILD_QUESTIONS.map((example) => `"${example}"`).join(', ')}, hoặc kiểm tra hộ gia đình.`)], MENU_BUTTONS.slice(1, 3));
  }
  // Read without its particles: "mo rua chi ma lau rua" (Central "rứa", round 34 words19) says "vậy", no loan ("vay").
  const content = fold(contentForm(question)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  const outside = question.trim() !== '' && (!inScope(content) || asksElsewhere(content));
  const opening = outside
    ? 'Câu hỏi này nằm ngoài phạm vi của trợ lý, nên mình không trả lời để tránh sai. '
    : 'Xin lỗi, mình không tìm thấy nội dung này trong các văn bản và dữ liệu chính sách mình đang có, nên không dám trả lời để tránh sai. ';
  // The poverty cadre is named for questions in scope, and for one outside the words the assistant reads that speaks of the
  // user's household or follows a conversation ("nghe noi con gai lay chong roi van tinh vao ho nha tui", "the nam 2027"
  // after the loan answers: findings31 R07); nobody should be sent there for gold prices or the weather.
  const household = saysAny(words, OWN_HOUSEHOLD) || saysAny(words, OWN_MEMBER) || about.household === true;
  const whereToAsk = !outside ? `${WHERE_TO_ASK}\n` : household ? `Nếu bạn hỏi về hộ gia đình mình hay chính sách giảm nghèo, bạn có thể hỏi trực tiếp ${POVERTY_CADRE} nơi bạn cư trú.\n` : '';
  return reply(
    [
      plain(
        `${opening}${COVERS}\n${whereToAsk}` +
          `Bạn có thể hỏi, ví dụ: ${SUGGESTED_QUESTIONS.map((question) => `"${question}"`).join(', ')}.`,
      ),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}

/** The next few passages of the last answer, each with its citation and a button to open it. */
export function moreReply(passages: Passage[], set: string, from: number, total: number): Reply {
  const spans: Span[] = [bold('Các đoạn khác có liên quan:')];
  const buttons: Button[] = [];
  passages.forEach((passage, offset) => {
    const index = from + offset;
    spans.push(plain(`\n\n${index + 1}. `), quote(quoteOf(passage.text, MORE_QUOTE_CHARS)), plain(`\nNguồn: ${passage.citation}`));
    buttons.push(button(`Xem đoạn ${index + 1}`, { kind: 'fullSection', set, index }));
  });
  const rows: Button[][] = [buttons];
  if (from + passages.length < total) rows.push([button('Thêm kết quả', { kind: 'more', set })]);
  return reply(spans, rows);
}

export function fullSectionReply(passage: Passage, buttons?: Button[][]): Reply {
  const path = passage.headings.length > 0 ? `${passage.headings.join(' › ')}\n\n` : '';
  const body = passage.text.length > MAX_SECTION_CHARS ? `${passage.text.slice(0, MAX_SECTION_CHARS)} … (còn tiếp trong văn bản gốc)` : passage.text;
  return reply([bold(`${passage.title}\n`), plain(path), plain(body), ...citationSpans(passage)], buttons);
}

/** A shared answer as its link opens it; `deleteCommand` is how its maker deletes the link ("/xoachiase <token>"). */
export function sharedReply(passage: Passage, question: string, deleteCommand: string): Reply {
  const spans: Span[] = [bold('Câu trả lời được chia sẻ'), plain(question ? ` cho câu hỏi "${question}":\n` : ':\n')];
  spans.push(quote(quoteOf(passage.text, MAX_QUOTE_CHARS)), ...citationSpans(passage));
  spans.push(plain('\n\nBạn có thể hỏi tiếp bất cứ điều gì về chính sách giảm nghèo, hoặc kiểm tra hộ gia đình của mình.'));
  spans.push(plain(`\nNgười tạo đường dẫn này muốn xóa nó thì gõ ${deleteCommand} (chỉ người tạo mới xóa được).`));
  return reply(spans, MENU_BUTTONS.slice(0, 2));
}

/** Inline cards: stable ids (≤ 64 bytes), each card carrying its citation. */
export function inlineCards(results: SearchResult[]): InlineAnswer[] {
  return results.map((result) => ({
    id: createHash('sha256').update(result.passageId).digest('base64url').slice(0, 32),
    title: shorten(`${result.kind === 'faq' ? 'Giải thích' : (result.docNumber ?? result.title)}${result.section ? `, mục ${result.section}` : ''}`, 100),
    description: shorten(result.snippet.replace(/[«»]/g, '').trim() || result.text, 200),
    reply: answerReply(result),
  }));
}
