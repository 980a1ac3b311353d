/**
 * "ghi nguồn giúp", "nguồn ở đâu vậy bạn", "cho xin link de chia se" after an answer: the source of that answer, as the answer
 * itself cites it (a passage: its document's number, agency, date and section; a rules answer: each "Căn cứ" it names, with the
 * status said there), and, for a link, what can be shared: the "Chia sẻ" button (the channel makes the address) or a short post
 * to paste. No address is made up: the assistant holds no link to the documents.
 */
import type { Passage } from '../corpus/types.ts';
import { formatDate, STATUS_LABELS, type FactStatus } from '../rules/index.ts';
import { phrasePositions, TOPICS } from '../text/lexicon/index.ts';
import { reorganisationNote } from './answers.ts';
import { readMessage, type ReadMessage } from './input.ts';
import { toPlainText } from './render.ts';
import { plain, pressing, reply, WHERE_TO_ASK } from './replies.ts';
import type { Button, Reply, Span } from './types.ts';

export type SourceAsked = 'source' | 'link';

/** "ghi nguon giup", "nguon o dau vay ban": 'source'; "cho xin link de chia se": 'link'; undefined when anything else is asked. */
export function asksSource(message: string | ReadMessage): SourceAsked | undefined {
  const { words } = readMessage(message);
  const { source, link, around } = TOPICS.sources;
  const sourceAt = phrasePositions(words, source);
  const linkAt = phrasePositions(words, link);
  if (sourceAt.size === 0 && linkAt.size === 0) return undefined;
  const aroundAt = phrasePositions(words, around);
  if (!words.every((_, at) => sourceAt.has(at) || linkAt.has(at) || aroundAt.has(at))) return undefined;
  return linkAt.size > 0 ? 'link' : 'source';
}

/** "link nghị định 351 ở đâu", "cho xin đường dẫn qd 14/2025": a link word in the message, whatever else it asks. */
export const asksLink = (message: string | ReadMessage) => phrasePositions(readMessage(message).words, TOPICS.sources.link).size > 0;

/** Said after what the data has of a document asked for by its link: no address is made up. */
export const NO_LINK_NOTE = 'Trợ lý không có đường dẫn tới văn bản gốc nên không đưa đường dẫn nào (không tự tạo đường dẫn).';

/** What the last answer was, for its source: a rules answer (its card, its subject) or a passage quoted. */
export type SourceOf = { card: Reply; subject: string } | { passage: Passage };

/** "Căn cứ: …" or "Nguồn: …" of a card line, to the end of its sentence (a full stop before a capital, or the line's end). */
const BASIS = /(?:Căn cứ|Nguồn): (.+?)(?:\.(?=\s+\p{Lu})|\.?\s*$)/u;

/** Each basis a rules card names, once, with the item it is of ("Hỗ trợ đóng bảo hiểm y tế: Nghị định 188/2025/NĐ-CP …"). */
function basesOf(card: Reply): string[] {
  const found = toPlainText(card, { numberedChoices: false })
    .split('\n')
    .flatMap((line) => {
      const basis = BASIS.exec(line)?.[1];
      if (!basis) return [];
      const item = /^•\s*([^:]{2,80}):/.exec(line)?.[1];
      return [item ? `${item}: ${basis}` : basis];
    });
  return [...new Set(found)];
}

/** What can be shared, said first when a link is asked: "Chia sẻ" is the reply's button (Span.press: its number on a phone). */
const linkNote = (): Span[] => [
  plain('Trợ lý không có đường dẫn tới văn bản gốc nên không đưa đường dẫn nào. Bạn có thể chia sẻ câu trả lời: '),
  pressing('Chia sẻ', '“chia sẻ”'),
  plain(
    ' dưới đây, trợ lý tạo một đường dẫn để người nhận xem đúng câu trả lời này kèm căn cứ (đường dẫn không chứa thông tin cá nhân của bạn); ' +
      'hoặc gõ “viết ngắn để gửi nhóm zalo” để có một đoạn ngắn kèm nguồn, dán thẳng vào nhóm.\n\n',
  ),
];

/** The source of the last answer (`asked` 'link': first what can be shared), with `buttons` (its "Chia sẻ", "Báo sai"). */
export function sourceReply(last: SourceOf, asked: SourceAsked, today: string, buttons: Button[][]): Reply {
  const lead = asked === 'link' ? linkNote() : [];
  if ('passage' in last) {
    const { passage } = last;
    const note = reorganisationNote(passage);
    const status =
      passage.kind === 'faq'
        ? 'Đây là bài giải thích ngắn của trợ lý (không phải văn bản pháp luật), viết từ các căn cứ pháp lý ghi trong bài.'
        : 'Đoạn trích là nguyên văn văn bản trong dữ liệu của trợ lý.';
    return reply(
      [...lead, plain([`Nguồn của đoạn trả lời vừa rồi: ${passage.citation}.`, `Tên văn bản: ${passage.title}.`, status, ...(note ? [note] : [])].join('\n'))],
      buttons,
    );
  }
  const bases = basesOf(last.card);
  const listed = bases.length > 0 ? bases.map((basis) => `• ${basis}`) : ['• Câu trả lời này không ghi căn cứ riêng.'];
  return reply(
    [
      ...lead,
      plain(
        [
          `Nguồn của câu trả lời vừa rồi (${last.subject}, theo dữ liệu chính sách của trợ lý, áp dụng ngày ${formatDate(today)}):`,
          ...listed,
          'Căn cứ ghi “tham khảo” là nội dung tóm tắt, chưa đối chiếu nguyên văn; “chưa rõ” là chưa được kiểm tra. ' + WHERE_TO_ASK,
        ].join('\n'),
      ),
    ],
    buttons,
  );
}

/**
 * A source an answer names, for programs (`/api/ask` `sources`): `ref` as the answer cites it, and its status: "verified" (đã
 * kiểm tra), "reported" (tham khảo), "unknown" (chưa rõ), "quoted" (a stored document's words quoted as they are), or null when
 * the answer says no one status for it (the lines it is the source of say their own).
 */
export interface CitedSource {
  ref: string;
  status: FactStatus | 'quoted' | null;
}

const STATUS_OF_LABEL = [...new Map<string, FactStatus>((Object.entries(STATUS_LABELS) as [FactStatus, string][]).map(([status, label]) => [label, status]))];

/** A status label ("đã kiểm tra", "tham khảo", "tham khảo: nội dung tóm tắt, …", "chưa rõ") as its status; undefined for other words. */
const statusOfLabel = (said: string) => STATUS_OF_LABEL.find(([label]) => said === label || said.startsWith(`${label},`) || said.startsWith(`${label}:`))?.[1];

/** "Căn cứ: …" / "Nguồn: …" anywhere in an answer (also "(căn cứ: …)" of a list's line), to the end of its sentence or line. */
const CITED = /(?:Căn cứ|Nguồn|căn cứ|nguồn): (.+?)(?=\.(?:\s|$)|\n|$)/gu;
/** The status said right before a source (referenceLine: "… (tham khảo). Căn cứ: …"). */
const STATUS_BEFORE = /\(([^()]+)\)\.?\s*$/u;

/** Where a bracket opened before `text` closes in it; -1 when none does. */
function closingBefore(text: string): number {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '(') depth++;
    else if (text[at] === ')' && --depth < 0) return at;
  }
  return -1;
}

/** A source said with its own status at the end, in the one citation format ("X (tham khảo)", "X (phần đầu; đã kiểm tra)"). */
function ownStatus(said: string): CitedSource | undefined {
  const tagged = /^(.*?)( \(|; )([^;()]+)\)$/u.exec(said);
  const status = tagged && statusOfLabel(tagged[3]!.trim());
  return tagged && status ? { ref: `${tagged[1]}${tagged[2] === '; ' ? ')' : ''}`, status } : undefined;
}

/** A basis's documents: its parts between "; " outside brackets ("A (đã kiểm tra); B (tham khảo)"). */
function documentsOf(said: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < said.length; at++) {
    if (said[at] === '(') depth++;
    else if (said[at] === ')') depth--;
    else if (depth === 0 && said.startsWith('; ', at)) {
      parts.push(said.slice(start, at));
      start = at + 2;
    }
  }
  return [...parts, said.slice(start)];
}

/**
 * The sources an answer's text names, in its order, each once, with the status said with each in the one citation format
 * (result.ts `cited`: "nhansu.vn (phần đầu văn bản; đã kiểm tra)", "Nghị định 351/2025/NĐ-CP (tham khảo)"), or just before it.
 * A basis of several documents each saying its own status ("NĐ 07/2021/NĐ-CP … (đã kiểm tra); áp dụng năm 2026 theo NĐ
 * 351/2025/NĐ-CP (tham khảo)") is one source each, with its own status (round 31 law16: was one status for all).
 */
export function sourcesOf(text: string): CitedSource[] {
  const found = new Map<string, CitedSource>();
  for (const match of text.matchAll(CITED)) {
    // "(căn cứ: X; tham khảo)" of a list's line: the bracket opened before the source closes after its status; the source ends there.
    const close = closingBefore(match[1]!);
    const closed = close >= 0;
    const whole = (closed ? match[1]!.slice(0, close + 1) : match[1]!).trim();
    // "(căn cứ: X (áp dụng năm 2026 theo …, tham khảo))": the bracket opened before it closes right after the source's own.
    const opensBefore = closed && !whole.endsWith('))');
    const said = closed && !opensBefore ? whole.slice(0, -1) : whole;
    const documents = opensBefore ? [] : documentsOf(said).map(ownStatus);
    if (documents.length > 1 && documents.every((one) => one !== undefined)) {
      for (const one of documents) if (!found.has(one!.ref)) found.set(one!.ref, one!);
      continue;
    }
    const tagged = /^(.*?)( \(|; )([^;()]+)\)$/u.exec(said);
    const tag = tagged && statusOfLabel(tagged[3]!.trim());
    let ref = opensBefore ? said.slice(0, -1) : said;
    let status: CitedSource['status'] = null;
    if (tagged && tag) {
      status = tag;
      // "nhansu.vn (phần đầu văn bản; đã kiểm tra)": the source keeps its own bracket.
      ref = `${tagged[1]}${tagged[2] === '; ' && !opensBefore ? ')' : ''}`;
    } else {
      const before = STATUS_BEFORE.exec(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index).trimEnd());
      status = (before && statusOfLabel(before[1]!.trim())) ?? null;
    }
    if (!found.has(ref)) found.set(ref, { ref, status });
  }
  return [...found.values()];
}

/** Nothing answered yet: how to get an answer with its source. */
export function noSourceReply(asked: SourceAsked): Reply {
  const what = asked === 'link' ? 'chia sẻ' : 'ghi nguồn';
  return reply([
    plain(
      `Chưa có câu trả lời nào để ${what}. Bạn gõ câu hỏi trước (ví dụ “hộ cận nghèo được hỗ trợ gì”); mỗi câu trả lời đều ghi nguồn (số hiệu văn bản, cơ quan, ngày, mục) và có nút “Chia sẻ”.`,
    ),
  ]);
}
