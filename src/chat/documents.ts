/**
 * A document named by its type and number in a question ("quyet dinh 768 binh dinh noi gi", "QĐ 768", "nghị quyết số 05",
 * "công văn 5199"): the corpus documents of that type and number answer it, and a question asking what it says (TOPICS
 * .documents.overview) is answered by the passage closest to the document's own title (what it is about). A document the
 * data has nowhere (no corpus document, no legal basis of the rules data) is said to be not in the data: a passage of
 * another document is no answer to it.
 */
import type { DocumentMeta } from '../corpus/types.ts';
import { formatDate, type RuleSet } from '../rules/index.ts';
import { saysAny, TOPICS } from '../text/lexicon/index.ts';
import { matchKey } from './input.ts';
import { bold, bullets, plain, reply, WHERE_TO_ASK, MENU_BUTTONS } from './replies.ts';
import { STATUS_TAGS } from './result.ts';
import type { Reply } from './types.ts';

export interface DocumentAsked {
  /** As the answer names it: "Quyết định 768". */
  label: string;
  /** The corpus documents of that type and number (none: the data may still name it elsewhere, see `knownElsewhere`). */
  found: readonly DocumentMeta[];
  /** The question asks what the document says ("nói gì", "nội dung", "tóm tắt"). */
  overview: boolean;
  /** The question asks whether it still applies ("còn hiệu lực", "còn áp dụng năm 2026 không"). */
  validity: boolean;
  /** The question asks for a summary ("tóm tắt", "ý chính"). */
  summary: boolean;
}

const leadingNumber = (number: string | null) => (number ? /^\d+/.exec(number)?.[0] : undefined);

/** Each document type's written forms ("quyet dinh", "qd") before a number, compiled once, in the lexicon's order. */
const TYPE_PATTERNS = Object.entries(TOPICS.documents.types).flatMap(([type, { name, forms }]) =>
  [type, ...forms].map((form) => ({ type, name, pattern: new RegExp(`(?:^| )${form} (?:so )?(\\d{1,5})(?= |$)`) })),
);

/** The document a question names by type and number, or undefined when it names none. */
export function documentAsked(question: string, documents: readonly DocumentMeta[]): DocumentAsked | undefined {
  const key = matchKey(question);
  for (const { type, name, pattern } of TYPE_PATTERNS) {
    const match = pattern.exec(key);
    if (!match) continue;
    const number = Number(match[1]);
    const found = documents.filter((document) => matchKey(document.type) === type && Number(leadingNumber(document.number) ?? NaN) === number);
    const words = key.split(' ');
    const overview = saysAny(words, TOPICS.documents.overview);
    return { label: `${name} ${match[1]}`, found, overview, validity: saysAny(words, TOPICS.documents.validity), summary: saysAny(words, TOPICS.documents.summary) };
  }
  return undefined;
}

/**
 * Whether `text` (a passage with its title) cites the document asked, written with or without "số" before its number:
 * the plans "thực hiện Chỉ thị số 05-CT/TW" answer "nhiệm vụ giải pháp thực hiện chỉ thị 05".
 */
export function citesDocument(asked: DocumentAsked, text: string): boolean {
  const key = ` ${matchKey(text)} `;
  const label = matchKey(asked.label);
  return key.includes(` ${label} `) || key.includes(` ${label.replace(/ (\d+)$/, ' so $1')} `);
}

/** Whether `text` names the document asked by its type and number ("Quyết định 24/2021/QĐ-TTg" names "Quyết định 24"). */
const names = (asked: DocumentAsked, text: string) => ` ${matchKey(text)} `.includes(` ${matchKey(asked.label)} `);

/** Whether the rules data names the document ("Quyết định 24/2021/QĐ-TTg" in a procedure's basis): then it is no stranger. */
export function knownToRules(rules: RuleSet, asked: DocumentAsked): boolean {
  return names(asked, rulesText(rules));
}

/**
 * "Quyết định 24/2021 còn áp dụng năm 2026 không", "nghị định 146/2018 còn hiệu lực ko": what the data says of the document's
 * period, each with its status: the procedure it sets (its title, signed, in force from, and the steps tagged `validity`: the
 * 2022–2025 period, the district step), the standards it is the basis of (their periods, the one in force today), what replaced
 * it (rules/replaced.yaml), a corpus document's date and title; then that anything else is not known here, and whom to ask.
 * Undefined when the data says nothing of it.
 */
export function documentValidity(rules: RuleSet, asked: DocumentAsked, today: string): Reply | undefined {
  const points: string[] = [];
  const { source, steps } = rules.procedure;
  if (names(asked, source.document)) {
    const title = source.title ? ` “${source.title}”` : '';
    points.push(`${source.document}${title}, ký ngày ${formatDate(source.signed)}, hiệu lực từ ${formatDate(source.validFrom)}.`);
    points.push(...steps.filter((step) => step.about?.includes('validity')).map((step) => `${step.text.replace(/\.$/, '')}${STATUS_TAGS[step.status]}.`));
  }
  for (const standard of rules.standards.filter((candidate) => !candidate.province && names(asked, `${candidate.document} ${candidate.article}`))) {
    const now = standard.validFrom <= today && today <= standard.validTo ? ', đang áp dụng hôm nay' : '';
    points.push(`Căn cứ của ${standard.title.charAt(0).toLowerCase()}${standard.title.slice(1)} (${standard.document}): áp dụng từ ${formatDate(standard.validFrom)} đến ${formatDate(standard.validTo)}${now}${STATUS_TAGS[standard.status]}.`);
  }
  for (const replaced of rules.replaced.filter((entry) => names(asked, entry.instrument))) {
    points.push(
      replaced.status === 'unknown'
        ? `Từ ${formatDate(replaced.from)}, ${replaced.by} có hiệu lực; ${replaced.instrument} còn được áp dụng hay không chưa rõ${STATUS_TAGS.unknown}.`
        : `${replaced.instrument} được thay bằng ${replaced.by} từ ${formatDate(replaced.from)}${STATUS_TAGS[replaced.status]}.`,
    );
  }
  for (const document of asked.found.filter((candidate) => candidate.kind === 'document')) {
    const signed = document.signed ? `, ngày ${formatDate(document.signed)}` : '';
    points.push(`${document.type} ${document.number ?? ''}${document.issuer ? ` của ${document.issuer}` : ''}${signed}: ${document.title}.`.replace('  ', ' '));
  }
  if (points.length === 0) return undefined;
  return reply(
    [
      bold(`${asked.label} còn áp dụng không: dữ liệu của trợ lý có những điều sau.\n`),
      plain(bullets(points)),
      plain(`\n\nNgoài những điều trên (văn bản thay thế, ngày hết hiệu lực), trợ lý không có thông tin chắc chắn. ${WHERE_TO_ASK}`),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}

const texts = new WeakMap<RuleSet, string>();
/** Every legal basis and document the rules data names, in one text (made once per rule set). */
function rulesText(rules: RuleSet): string {
  let text = texts.get(rules);
  if (text === undefined) {
    text = [
      ...rules.standards.flatMap((standard) => [standard.document, standard.article]),
      ...rules.supports.flatMap((support) => support.variants.flatMap((variant) => [variant.basis, variant.what])),
      ...rules.reference.flatMap((entry) => entry.lines.map((line) => `${line.basis} ${line.text}`)),
      ...rules.procedure.steps.map((step) => `${step.basis} ${step.text}`),
      rules.procedure.source.document,
    ].join(' \n ');
    texts.set(rules, text);
  }
  return text;
}

/** The documents the corpus has, named as the answer lists them. */
const corpusList = (documents: readonly DocumentMeta[]) =>
  documents
    .filter((document) => document.kind === 'document')
    .map((document) => `${document.type}${document.number ? ` ${document.number}` : ' (không rõ số hiệu)'}${document.issuer ? ` của ${document.issuer}` : ''}`)
    .join('; ');

/** A document the data does not have: said plainly, with the documents it has, and where to ask. */
export function documentNotInData(asked: DocumentAsked, documents: readonly DocumentMeta[]): Reply {
  return reply(
    [
      plain(
        `Văn bản ${asked.label} mà bạn hỏi không có trong dữ liệu của trợ lý, nên mình không trả lời về nội dung của nó để tránh sai. ` +
          `Các văn bản trợ lý có: ${corpusList(documents)}. ${WHERE_TO_ASK}`,
      ),
    ],
    MENU_BUTTONS.slice(1, 3),
  );
}
