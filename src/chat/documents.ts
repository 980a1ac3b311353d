/**
 * A document named by its type and number in a question ("quyet dinh 768 binh dinh noi gi", "QĐ 768", "nghị quyết số 05",
 * "công văn 5199"): the corpus documents of that type and number answer it, and a question asking what it says (TOPICS
 * .documents.overview) is answered by the passage closest to the document's own title (what it is about). A document the
 * data has nowhere (no corpus document, no legal basis of the rules data) is said to be not in the data: a passage of
 * another document is no answer to it.
 */
import type { DocumentMeta, Passage } from '../corpus/types.ts';
import { citationOf } from '../corpus/passages.ts';
import { lowerFirst, upperFirst } from '../corpus/vietnamese.ts';
import { formatDate, formatMoney, nationalStandardsOver, STATUS_LABELS, nextPeriodText, procedureSteps, type RuleSet } from '../rules/index.ts';
import { POVERTY_CADRE } from '../rules/text.ts';
import { phraseAt, phrasePositions, provinceFinder, QUESTION_WORDS, saysAny, TOPICS, yearsWritten } from '../text/lexicon/index.ts';
import { WHEN_WORDS } from '../text/lexicon/when.ts';
import { fold } from '../text/fold.ts';
import { turnRemembered } from '../text/turn.ts';
import { rumourCorrection } from './claims.ts';
import { reviewReminderAsked, withoutPostWords } from './short.ts';
import { CLASS_NAMES, COMMUNE_MERGER_ENTRY, mergerAsked, yearIncomeLines } from './info.ts';
import { matchKey, readHouseholdMessage, readMessage, readSupportsQuestion, type ReadMessage } from './input.ts';
import type { KnownProvince, Provinces } from './provinces.ts';
import { bold, bullets, plain, reply, WHERE_TO_ASK, MENU_BUTTONS } from './replies.ts';
import { cited, referenceLine, STATUS_TAGS, tagged } from './result.ts';
import { NO_LINK_NOTE } from './sources.ts';
import { agedAsked, asksHouseholdClass, classesNamed, NATIONAL_RATE_ENTRY, readTopic, standingDayAsked, standingOfAnyAsked, unansweredAsked, whenAsked, workToldAlone, type AskedClass, type Topic } from './topics.ts';
import type { Reply, Span } from './types.ts';
import { escapeRegExp } from '../text/regexp.ts';

export interface DocumentAsked {
  /** As the answer names it: "Quyết định 768". */
  label: string;
  /** The corpus documents of that type and number (none: the data may still name it elsewhere, see `knownElsewhere`). */
  found: readonly DocumentMeta[];
  /** The question asks what the document says ("nói gì", "nội dung", "tóm tắt"). */
  overview: boolean;
  /** The question asks whether it still applies ("còn hiệu lực", "còn áp dụng năm 2026 không"). */
  validity: boolean;
  /** The question asks from when it took effect ("có hiệu lực từ ngày nào", "áp dụng từ khi nào"). */
  inForce: boolean;
  /** The question asks for a summary ("tóm tắt", "ý chính"). */
  summary: boolean;
  /** The question asks what the document is: its date, number, issuer, province, or what it implements (TOPICS.documents.facts). */
  facts: boolean;
  /** The question asks the document's goals or its tasks as a whole ("mục tiêu … là gì", "có những nhiệm vụ trọng tâm gì"). */
  part?: 'goals' | 'tasks';
  /** The years it names ("mục tiêu đến năm 2030"): the document's section about that year answers. */
  years: number[];
  /** A figure asked ("mức hỗ trợ … là bao nhiêu"), for the classes named (none: every class): the amounts the data has by it. */
  figure?: { classes: AskedClass[] };
  /** The income line of a year asked beside it ("ngưỡng thu nhập rà soát năm 2026 là bao nhiêu"): that year's lines lead the answer. */
  incomeLine?: true;
}

const leadingNumber = (number: string | null) => (number ? /^\d+/.exec(number)?.[0] : undefined);

/** Each document type's written forms ("quyet dinh", "qd") before a number, compiled once, in the lexicon's order. */
const TYPE_PATTERNS = Object.entries(TOPICS.documents.types).flatMap(([type, { name, forms }]) =>
  [type, ...forms].map((form) => ({
    type,
    name,
    // Its number glued to its short form too, as cadres type it ("NQ05", "QĐ768"; round 36 staff24, was no document named).
    pattern: new RegExp(`(?:^| )${form} ?(?:so )?(\\d{1,5})(?= |$)`),
    // The same form in the folded text as typed (fold keeps offsets): "Nghị quyết 261/2025/QH15", "NQ số 261".
    typed: new RegExp(`(?<![\\p{L}\\d])${form.replace(/ /g, '\\s+')}(?=\\s+(?:so\\s+)?\\d)`, 'gu'),
  })),
);

/** Each document type's words (its name and abbreviations) as the question is read. */
const TYPE_WORDS = Object.entries(TOPICS.documents.types).map(([type, { forms }]) => ({ type, words: [type, ...forms] }));

/** What a question asks of the document it names (TOPICS.documents). */
function askedOf(words: readonly string[]): Omit<DocumentAsked, 'label' | 'found'> {
  const { documents } = TOPICS;
  const says = (phrases: readonly string[]) => saysAny(words as string[], phrases);
  const partAsked = says(documents.partsAsked) && !says(documents.figureAsked);
  const part = partAsked && says(documents.goalHeadings) ? 'goals' : partAsked && says(documents.taskHeadings) ? 'tasks' : undefined;
  return {
    overview: says(documents.overview) && !says(documents.overviewUnless),
    validity: says(documents.validity),
    inForce: says(documents.inForce) && !says(documents.validity),
    summary: says(documents.summary),
    facts: says(documents.facts) && !says(documents.factsUnless),
    ...(part ? { part } : {}),
    ...(says(documents.figureAsked) ? { figure: { classes: classesNamed(words as string[]) } } : {}),
    ...(says(documents.incomeLine) ? { incomeLine: true as const } : {}),
    years: yearsWritten(words),
  };
}

/**
 * "Kế hoạch thực hiện Chỉ thị 05 của Ban Thường vụ Tỉnh ủy", "nghị quyết của ban thường vụ tỉnh ủy …": corpus documents
 * named by their type and issuer, without a number (the type named first when several are: "nghị quyết … ban hành kế hoạch").
 */
/** matchKey of a document's issuer, made once per document of the corpus (namedByIssuer reads every one for each question). */
const issuerKeys = new WeakMap<DocumentMeta, string>();
function issuerKey(document: DocumentMeta): string {
  let key = issuerKeys.get(document);
  if (key === undefined) issuerKeys.set(document, (key = matchKey(document.issuer ?? '')));
  return key;
}
function namedByIssuer(key: string, documents: readonly DocumentMeta[]): DocumentMeta[] {
  const spaced = ` ${key} `;
  const typeAt = (type: string) =>
    Math.min(...(TYPE_WORDS.find((entry) => entry.type === type)?.words ?? [type]).map((word) => spaced.indexOf(` ${word} `)).filter((at) => at >= 0));
  const named = documents
    .filter((document) => document.kind === 'document' && document.issuer && spaced.includes(` ${issuerKey(document)} `))
    .map((document) => ({ document, at: typeAt(matchKey(document.type)) }))
    .filter(({ at }) => Number.isFinite(at));
  const first = Math.min(...named.map(({ at }) => at));
  return named.filter(({ at }) => at === first).map(({ document }) => document);
}

/**
 * The document a question names by type and number, or by type and issuer ("kế hoạch … của Ban Thường vụ Tỉnh ủy"), or
 * undefined when it names none. A number the corpus has answers first; then the type and issuer; then a number it has not
 * ("Chỉ thị 05": `found` empty).
 */
export function documentAsked(question: string, documents: readonly DocumentMeta[]): DocumentAsked | undefined {
  // Read once a turn: /api/ask asks it of one question four times (its answer, the list of a province's documents, the topic's
  // basis read twice); kept for the turn only (turnMemo), by the text and the documents. Its callers copy what they change.
  return turnRemembered('documentAsked', () => question, documents, () => documentRead(question, documents));
}

/** documentAsked, read afresh. */
function documentRead(question: string, documents: readonly DocumentMeta[]): DocumentAsked | undefined {
  const key = matchKey(question);
  // Read as the lexicon reads residents ("la j", "noi j" ask what it is, as "là gì", "nói gì" do).
  const asked = askedOf(readMessage(question).words);
  let numbered: DocumentAsked | undefined;
  for (const { type, name, pattern } of TYPE_PATTERNS) {
    const match = pattern.exec(key);
    if (!match) continue;
    const number = Number(match[1]);
    const found = documents.filter((document) => matchKey(document.type) === type && Number(leadingNumber(document.number) ?? NaN) === number);
    numbered = { label: `${name} ${match[1]}`, found, ...asked };
    break;
  }
  if (numbered && numbered.found.length > 0) return numbered;
  const byIssuer = namedByIssuer(key, documents);
  if (byIssuer.length > 0) return { label: `${byIssuer[0]!.type} của ${byIssuer[0]!.issuer}`, found: byIssuer, ...asked };
  return numbered;
}

/**
 * "NQ 05-NQ/TU Trà Vinh ban hành ngày nào", "Nghị quyết của Ban Thường vụ Tỉnh ủy … là của tỉnh nào, số hiệu bao nhiêu",
 * "QĐ 768 triển khai nghị quyết nào của Chính phủ": what the document is, from its own heading (number, issuer, date,
 * province, title), each thing the text does not state said so ("chưa rõ"), never guessed.
 */
export function documentFacts(document: DocumentMeta, source: string): Reply {
  const unstated = 'văn bản trong dữ liệu không ghi (chưa rõ)';
  const now = document.province && document.provinceNow && document.provinceNow !== document.province ? ` (từ 01/07/2025 thuộc tỉnh ${document.provinceNow})` : '';
  const name = `${document.type}${document.number ? ` ${document.number}` : ''}${document.issuer ? ` của ${document.issuer}` : ''}`;
  return reply([
    bold(`${name}:\n`),
    plain(
      bullets([
        `Tên văn bản: “${document.title}”.`,
        `Số hiệu: ${document.number ?? unstated}.`,
        `Cơ quan ban hành: ${document.issuer ?? unstated}.`,
        `Ngày ban hành: ${document.signed ? formatDate(document.signed) : unstated}.`,
        `Tỉnh: ${document.province ? `${document.province}${now}` : `${unstated}; mình không đoán tỉnh`}.`,
      ]),
    ),
    plain(`\nNguồn: ${source}, phần đầu văn bản.`),
  ]);
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

/** rulesText as names() reads it (matchKey, a space either side), made once per rule set: it is long, and asked of every question. */
const rulesKeys = new WeakMap<RuleSet, string>();
/** Whether the rules data names the document ("Quyết định 24/2021/QĐ-TTg" in a procedure's basis): then it is no stranger. */
export function knownToRules(rules: RuleSet, asked: DocumentAsked): boolean {
  let key = rulesKeys.get(rules);
  if (key === undefined) rulesKeys.set(rules, (key = ` ${matchKey(rulesText(rules))} `));
  return key.includes(` ${matchKey(asked.label)} `);
}

/**
 * "Theo Nghị quyết 261/2025/QH15 người thuộc hộ cận nghèo được BHYT chi trả bao nhiêu?", "theo nghi quyet 261 ho can ngheo dc bhyt
 * tra bao nhieu": a document named by its number that the corpus does not hold and the rules data cites is the legal basis of what
 * is asked, which the rules data answers. The message read without the type word that named it ("nghị quyết" alone is a word of
 * the plans' questions, TOPICS.documentQuestions); undefined when it names no such document.
 */
function withoutBasisType(message: ReadMessage, rules: RuleSet, documents: readonly DocumentMeta[]): ReadMessage | undefined {
  const named = documentAsked(message.text, documents);
  if (named === undefined || named.found.length > 0 || !knownToRules(rules, named)) return undefined;
  const text = message.text.normalize('NFC');
  const folded = fold(text);
  const typed = TYPE_PATTERNS.find(({ name, pattern }) => named.label.startsWith(`${name} `) && pattern.test(matchKey(text)))?.typed;
  if (typed === undefined || folded.length !== text.length) return undefined;
  let kept = '';
  let from = 0;
  for (const { index, 0: form } of folded.matchAll(typed)) {
    kept += `${text.slice(from, index)} `;
    from = index + form.length;
  }
  return readMessage(kept + text.slice(from));
}

/** The topic of a question (readTopic), read without the type word of a document of the rules data it names when nothing else answers. */
export function readTopicOrBasis(message: string | ReadMessage, rules: RuleSet, documents: readonly DocumentMeta[], today: string, provinces?: Provinces): Topic | undefined {
  const read = readMessage(message);
  const national = readTopic(read, today);
  const brackets = bracketsAsked(read, national, rules, today);
  if (brackets) return brackets;
  const place = provinces && placeRateAsked(read, national, documents, provinces);
  if (place) return { kind: 'reference', entryId: NATIONAL_RATE_ENTRY, place };
  // "mục tiêu giảm nghèo của Hưng Yên đến năm 2030": a target of a province the documents have is theirs, not the country's
  // (round 34 staff22: the national rate's card answers "chỉ tiêu giảm tỷ lệ hộ nghèo giai đoạn 2026-2030").
  const topic = national?.kind === 'reference' && national.entryId === NATIONAL_RATE_ENTRY && namesDocumentProvince(read, documents) ? undefined : national;
  if (topic?.kind === 'support') {
    // "ong tui 72 tuoi ho ngheo co dc tien tro cap hang thang theo nghi dinh 176 ko" (round 23): the document named is the basis
    // of other supports than the one the words name ("trợ cấp hằng tháng": the allowance of NĐ 20/2021): the document's answers.
    const basis = supportOfBasis(read, rules, documents);
    return basis && !basis.of.includes(topic.supportId) ? { ...topic, supportId: basis.lead } : topic;
  }
  if (topic !== undefined) return overPeriods(topic, read, rules, today);
  const basis = withoutBasisType(read, rules, documents);
  const lead = supportOfBasis(read, rules, documents);
  return (basis && readTopic(basis, today)) ?? (lead && { kind: 'support', supportId: lead.lead, classification: lead.classification });
}

/**
 * "muc thu nhap ho ngheo can ngheo trung binh nong thon thanh thi 2026 2027", "Cho hỏi mức thu nhập chuẩn nghèo, cận nghèo, trung
 * bình giai đoạn 2022-2025 và 2027-2030 khu vực nông thôn, thành thị" (round 37 staff25; were search and the 2022–2025 card): the
 * income level of a class (TOPICS.threshold.brackets) asked over years written whose first and last fall under different national
 * standards is each standard's lines side by side (info.ts bracketsReply), over the period from the first year to the last. Read
 * with no topic or a standard's; undefined when one standard covers the years ("… giai đoạn 2027–2030 …" keeps its reading).
 */
function bracketsAsked(read: ReadMessage, national: Topic | undefined, rules: RuleSet, today: string): Topic | undefined {
  if (national !== undefined && national.kind !== 'standard') return undefined;
  if (!saysAny(read.words, TOPICS.threshold.brackets) || classesNamed(read.words).length === 0) return undefined;
  const written = [...yearsWritten(whenAsked(read, today).words), ...yearsSaid(read.words, today)];
  if (written.length < 2) return undefined;
  const over = { from: Math.min(...written), to: Math.max(...written) };
  if (nationalStandardsOver(rules, `${over.from}-01-01`, `${over.to}-12-31`).length < 2) return undefined;
  return { kind: 'standard', over, brackets: true };
}

/**
 * "muc thu nhap ho ngheo nam nay va nam sau" (round 37 mend37a): this year and the next said in words, read against today (the
 * one clock): in December 2026, 2026 and 2027.
 */
function yearsSaid(words: readonly string[], today: string): number[] {
  const current = Number(today.slice(0, 4));
  return [...(saysAny(words, WHEN_WORDS.thisYear) ? [current] : []), ...(saysAny(words, WHEN_WORDS.nextYear) ? [current + 1] : [])];
}

/**
 * "muc tieu giam ngheo Ha Noi 2026 2030", "chi tieu giam ngheo cua tinh Ca Mau", "ty le ho ngheo Ca Mau nam 2025" (round 35
 * staff23): the rate or target (the national rate's words) of one province named that no document of the corpus is of, nothing
 * else asked: the province as a sentence names it, whose own figure the answer says is not known. Were the country's card with no
 * word of the place, or a passage of another province's resolution (Hưng Yên's 0,5% quoted for Cà Mau).
 */
function placeRateAsked(read: ReadMessage, national: Topic | undefined, documents: readonly DocumentMeta[], provinces: Provinces): string | undefined {
  if (national !== undefined && !(national.kind === 'reference' && national.entryId === NATIONAL_RATE_ENTRY)) return undefined;
  const { subject, alone } = TOPICS.reference[NATIONAL_RATE_ENTRY]!;
  if (!saysAny(read.words, [...subject, ...(Array.isArray(alone) ? alone : [])])) return undefined;
  const named = provinces.named(read.words);
  return named.length === 1 && !namesDocumentProvince(read, documents) ? provinces.titleOf(named[0]!.name) : undefined;
}

const documentProvinces = new WeakMap<readonly DocumentMeta[], ReturnType<typeof provinceFinder>>();

/** Whether the question names a province that a document of the corpus is of (before or since 01/07/2025). */
function namesDocumentProvince(read: ReadMessage, documents: readonly DocumentMeta[]): boolean {
  let find = documentProvinces.get(documents);
  if (find === undefined) {
    find = provinceFinder(new Set(documents.flatMap(({ province, provinceNow }) => [province, provinceNow].filter((name): name is string => name !== null))));
    documentProvinces.set(documents, find);
  }
  return find(read.words).length > 0;
}

/**
 * The topic of the card a question gets, as the chat and /api/ask answer it (src/server/ask.ts; the routing eval reads it): a
 * rumour's card ("nghe noi nam 2027 bo ho can ngheo phai ko": the 2027 standard, after its correction), the standard of the
 * day the household's own standing is asked ("qua 2027 nha tui con ho ngheo ko", round 33 words18; both were read as no
 * topic, a passage, though the chat answered them), else readTopicOrBasis.
 */
export function routedTopic(message: string | ReadMessage, rules: RuleSet, documents: readonly DocumentMeta[], today: string, provinces?: Provinces): Topic | undefined {
  const read = readMessage(message);
  // "xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai" (round 37 staff25; was today's standard, which the
  // chat never gives it): a commune merged, no province named, is the merger entry, as the chat answers it before any topic.
  if (provinces && mergerAsked(provinces, read.words)?.named.length === 0) return { kind: 'reference', entryId: COMMUNE_MERGER_ENTRY };
  const rumour = rumourCorrection(rules, read, today);
  if (rumour && 'topic' in rumour.answer) return rumour.answer.topic;
  // "viết bài ngắn: từ 1/1/2027 hộ cận nghèo có bị rớt không", "soạn tin: sang năm hộ nghèo có bị loại khỏi danh sách không" (round
  // 38 mend38d; were the card of a household taken off the list): read without the post's words, as the chat's post is.
  const unposted = withoutPostWords(read);
  const standing = !rumour && standingOfAnyAsked(unposted) ? standingDayAsked(rules, unposted, today) : undefined;
  if (standing) return { kind: 'standard', year: Number(standing.slice(0, 4)) };
  // "nha tui 5 nguoi, chong chay xe om, thu nhap tam 4tr thang, nha thue, ko co bhyt" (round 34 household22; was a lack's support or
  // indicator card, or search): a household told is checked against the standard of its day, as the chat does (core.ts `told`).
  const household = readHouseholdMessage(read, rules, today);
  // Its size or income told: "nha tui co phai ho ngheo ko" tells no household, its own answer says what to tell (server/ask.ts).
  const topic = readTopicOrBasis(read, rules, documents, today, provinces) ?? agedAsked(rules, read, today);
  // A topic asked of it ("nha tui 6 nguoi, ba tui 80 tuoi, co dc tro cap ko", "nha tui 4 nguoi, muon xin giay chung nhan ho can
  // ngheo lam o dau": round 34 mend34c; were the standard's card since d2c8d04b) keeps its card: the standard only when the
  // household's class is asked, or a lack told without a support asked.
  const asked = topic !== undefined && !asksHouseholdClass(read) && (topic.kind === 'procedure' || readSupportsQuestion(read) !== undefined || (topic.kind === 'support' && saysAny(read.words, TOPICS.household.asksEligibility)));
  // "tui me don than thue phong tro o thanh pho, thu nhap 5tr, co dc xet ho ngheo ko" (round 35 household24): its income told, the
  // size asked by the check, is a household too.
  if (household && (household.understood.members !== null || typeof household.understood.monthlyIncome === 'number') && !asked) return household.asOf ? { kind: 'standard', year: Number(household.asOf.slice(0, 4)) } : { kind: 'standard' };
  // "nhac ba con dot ra soat ket thuc ngay 14/12 nha" (round 42 outreach43; was search): the reminder the chat writes of the review.
  if (!topic && reviewReminderAsked(read)) return { kind: 'procedure' };
  // "tui o nha hong lam gi het", "hoi hoai ma ko ai tra loi, tui phai hoi ai" (round 45 resid52; were search): what the chat answers
  // them with, the employment indicator (its answer to the work told leads with it) and the procedure's papers.
  if (workToldAlone(read, topic)) return { kind: 'indicator', indicatorIds: ['employment'] };
  const papers = unansweredAsked(read, topic);
  if (papers) return papers;
  // "ho co muc song trung binh dc ho tro j" (round 43 mend45f; was the standard): a class's supports, which the chat reads before
  // the standard its class names (core.ts supportsClass), as "ho ngheo dc ho tro j" is read: no topic.
  if (topic?.kind === 'standard' && readSupportsQuestion(read) !== undefined) return undefined;
  return topic;
}

/**
 * "Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2026–2030 là nghị định nào?" (round 21): a period written ("2026–2030")
 * longer than the standard in force at its start (2026, the transition year, then 2027–2030) asks of the standards over it, not
 * of its first year's alone: no year, the period `over` (round 29: each standard over it, info.ts periodStandardsReply; was
 * today's card and the coming one; before round 21, the 2026 card).
 */
function overPeriods(topic: Topic, message: ReadMessage, rules: RuleSet, today: string): Topic {
  if (topic.kind !== 'standard' || topic.year === undefined || topic.date !== undefined || topic.compare) return topic;
  const covering = (year: number) => nationalStandardsOver(rules, `${year}-01-01`, `${year}-01-01`)[0];
  // The period as the question's reading found it (topics.ts whenAsked: `year` and `until`), not read again; or, from the year
  // asked to the end of the standard of the one other year named after it ("Năm 2026 áp dụng chuẩn nghèo nào, từ năm 2027 áp
  // dụng chuẩn nào?": 2026–2030, round 29: was the 2026 card), documents' numbers left out ("NĐ 07/2021").
  const named = [...new Set(yearsWritten(whenAsked(message, today).words))];
  const other = named.length === 2 && named[0] === topic.year && named[1]! > topic.year ? named[1]! : undefined;
  const end = other === undefined ? undefined : covering(other)?.validTo;
  const until = topic.until ?? (other === undefined ? undefined : end !== undefined && end < '9999' ? Math.max(other, Number(end.slice(0, 4))) : other);
  if (until === undefined) return topic;
  const period = { from: topic.year, to: until };
  const first = covering(period.from);
  if (first === undefined || first.validTo >= `${period.to}-12-31`) return topic;
  const { year: _year, until: _until, ...overAll } = topic;
  return { ...overAll, over: period };
}

/**
 * "theo nghi quyet 261/2025/QH15 ho can ngheo dc chi tra bao nhieu" (round 21): a document the corpus does not hold, asked of
 * what it gives a class named, that is the basis of one support of the rules data and of no other, is that support's card for
 * that class (was passage search: no support word was said besides the document); of several, the one whose card shows the others.
 * Undefined when no class is named, when it is the basis of none or of several none of which shows the others, or when the
 * document itself is asked about (its content, validity, date: the documents').
 */
function supportOfBasis(message: ReadMessage, rules: RuleSet, documents: readonly DocumentMeta[]): { lead: string; of: string[]; classification: AskedClass } | undefined {
  const named = documentAsked(message.text, documents);
  if (named === undefined || named.found.length > 0 || named.overview || named.validity || named.inForce || named.summary || named.facts) return undefined;
  // Asked of what it gives a class ("hộ cận nghèo … bao nhiêu"); "Quyết định 14/2025/QĐ-TTg quy định những gì?" is the document's.
  const classification = classesNamed(message.words)[0];
  if (classification === undefined) return undefined;
  const supports = rules.supports.filter((support) => support.variants.some((variant) => names(named, variant.basis)));
  // "nghi dinh 176/2025 ho can ngheo dc gi" (round 21b): of several, the one whose card shows the others (its `related`: the
  // pension of poor and near-poor households shows the one from 75 of every household).
  const lead = supports.find((support) => supports.every((other) => other === support || support.related?.includes(other.id) === true));
  return lead ? { lead: lead.id, of: supports.map((support) => support.id), classification } : undefined;
}

/** When a replacement holds: "từ 03/09/2025", or only the day it was signed when its effective date is not known (fromIs). */
const replacedWhen = (replaced: RuleSet['replaced'][number]) =>
  replaced.fromIs === 'signed' ? `(văn bản ký ngày ${formatDate(replaced.from)}; ngày có hiệu lực chưa rõ)` : `từ ${formatDate(replaced.from)}`;

/**
 * "Quyết định 24/2021 còn áp dụng năm 2026 không", "nghị định 146/2018 còn hiệu lực ko": what the data says of the document's
 * period, each with its status: the procedure it sets (its title, signed, in force from, and the steps tagged `validity`: the
 * 2022–2025 period, the district step), the standards it is the basis of (their periods, the one in force today), what replaced
 * it (rules/replaced.yaml), a corpus document's date and title; then that anything else is not known here, and whom to ask.
 * Undefined when the data says nothing of it.
 */
export function documentValidity(rules: RuleSet, asked: DocumentAsked, today: string): Reply | undefined {
  const points: string[] = [];
  const { source } = rules.procedure;
  const steps = procedureSteps(rules, today);
  if (names(asked, source.document)) {
    // Beside the income lines asked, the title's period is said by the schedule's line below (a phone's screen).
    const title = source.title && !asked.incomeLine ? ` “${source.title}”` : '';
    points.push(`${source.document}${title}, ký ngày ${formatDate(source.signed)}, hiệu lực từ ${formatDate(source.validFrom)}.`);
    points.push(...steps.filter((step) => step.about?.includes('validity')).map((step) => tagged(step.text, step.status, true)));
  }
  // "thong tu 07 con hieu luc ko", "qd 14/2025 con hieu luc ko" (round 24): what rules/documents.yaml records of it (the
  // procedure's own document is said by its line above).
  if (!names(asked, source.document)) {
    for (const entry of rules.documents.filter((candidate) => names(asked, candidate.document))) points.push(`${entry.document}: ${entryFacts(entry, true)}.`);
  }
  for (const standard of rules.standards.filter((candidate) => !candidate.province && names(asked, `${candidate.document} ${candidate.article}`))) {
    const now = standard.validFrom <= today && today <= standard.validTo ? ', đang áp dụng hôm nay' : '';
    points.push(`Căn cứ của ${standard.title.charAt(0).toLowerCase()}${standard.title.slice(1)} (${standard.document}): áp dụng từ ${formatDate(standard.validFrom)} đến ${formatDate(standard.validTo)}${now}${STATUS_TAGS[standard.status]}.`);
  }
  for (const replaced of rules.replaced.filter((entry) => names(asked, entry.instrument))) {
    points.push(
      replaced.status === 'unknown'
        ? `Từ ${formatDate(replaced.from)}, ${replaced.by} có hiệu lực; ${replaced.instrument} còn được áp dụng hay không chưa rõ${STATUS_TAGS.unknown}.`
        : replaced.fromIs === 'nextPeriod'
          ? `${nextPeriodText(replaced.instrument, replaced.by, replaced.from)}${STATUS_TAGS[replaced.status]}.`
          : `${replaced.instrument} được thay bằng ${replaced.by} ${replacedWhen(replaced)}${STATUS_TAGS[replaced.status]}.`,
    );
  }
  // "Theo QĐ 46/2015, mức hỗ trợ … cho người thuộc hộ cận nghèo là bao nhiêu? Văn bản này còn hiệu lực …?" (round 45 cadre49; was
  // its validity alone): the amounts the data has by the document, each with its status and the period they were of, first.
  points.unshift(...(asked.figure ? documentAmounts(rules, asked, asked.figure.classes) : []));
  // "… còn áp dụng không, ngưỡng thu nhập rà soát năm 2026 là bao nhiêu?" (round 46 cadre50; was the document's validity alone):
  // the year's income lines (the latest year written from this one on, else this year), and the next standard's, first.
  const thisYear = Number(today.slice(0, 4));
  if (asked.incomeLine) points.unshift(...yearIncomeLines(rules, Math.max(thisYear, ...asked.years.filter((year) => year <= thisYear + 1)), today));
  // "Từ 01/01/2027 còn áp dụng Thông tư 07/2021/TT-BLĐTBXH không?" (round 22): what the reference entries say of the document in
  // their text that give its period ("giai đoạn": 2022–2025, what is not known of 2026–2030), each line once.
  // A line restating the procedure's title is left out once the title is said (was "Quyết định 24/2021/QĐ-TTg có hai quy trình: …"
  // after the title naming both).
  const said = new Set<string>();
  const titleSaid = names(asked, source.document);
  for (const line of rules.reference.filter((entry) => TOPICS.reference[entry.id]?.posts !== true).flatMap((entry) => entry.lines)) {
    if (!names(asked, line.text) || !matchKey(line.text).includes('giai doan') || said.has(line.text) || (titleSaid && line.restates === 'procedure')) continue;
    said.add(line.text);
    points.push(referenceLine(line));
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

/** The amounts of rules/supports given by the document asked, one line per support and class (of the classes named, or all). */
function documentAmounts(rules: RuleSet, asked: DocumentAsked, classes: readonly AskedClass[]): string[] {
  return rules.supports.flatMap((support) =>
    support.variants.flatMap((variant) => {
      const amounts = (variant.amounts ?? []).filter((amount) => amount.value !== undefined && names(asked, amount.reference));
      const ofClasses = variant.classes.filter((one) => classes.length === 0 || (classes as readonly string[]).includes(one));
      if (amounts.length === 0 || ofClasses.length === 0) return [];
      const until = variant.validTo ? `, đến ${formatDate(variant.validTo)}` : '';
      const statuses = [...new Set(amounts.map((amount) => amount.status ?? variant.status))];
      const status = (amount: (typeof amounts)[number]) => (statuses.length > 1 ? ` (${STATUS_LABELS[amount.status ?? variant.status]})` : '');
      const values = amounts.map((amount) => `${amount.label ? `${amount.label.toLowerCase()}: ` : ''}${amount.note ? `${amount.note} ` : ''}${formatMoney(amount.value!)}${amount.per ? `/${amount.per}` : ''}${status(amount)}`);
      const once = statuses.length === 1 ? ` (${STATUS_LABELS[statuses[0]!]})` : '';
      return [`${support.name}, ${ofClasses.map((one) => CLASS_NAMES[one].toLowerCase()).join(', ')} (theo ${asked.label}${until}): ${values.join('; ')}${once}.`];
    }),
  );
}

/** A document's full number as the rules data writes it after its type and number ("Nghị định 351" → "Nghị định 351/2025/NĐ-CP"). */
function fullName(asked: DocumentAsked, text: string): string | undefined {
  const escaped = escapeRegExp(asked.label);
  // "Quyết định 417/QĐ-BNNMT", "Nghị quyết 424/NQ-CP": a number with no year in it (round 24).
  return new RegExp(`${escaped}(?:/\\d{4})?/[^\\s,;()]+`, 'u').exec(text)?.[0];
}

/**
 * What rules/documents.yaml records of a document (round 24: "qd 14/2025 co hieu luc chua", "thong tu 07 con hieu luc ko"): what
 * it is about, the day it was signed and the day it took effect (`withInForce`: left out when the answer's lead says it), with
 * the status of those days; a day not known said "chưa rõ", never given; its source.
 */
function entryFacts(entry: RuleSet['documents'][number], withInForce: boolean, withSigned = true, withSource = true): string | undefined {
  const signed = withSigned ? entry.signed : undefined;
  const known = [
    entry.about ? `văn bản về ${entry.about}` : undefined,
    signed ? `ký ngày ${formatDate(signed)}` : undefined,
    withInForce && entry.inForce !== 'unknown' ? `có hiệu lực từ ${formatDate(entry.inForce)}` : undefined,
  ].filter((part) => part !== undefined);
  const dated = signed !== undefined || (withInForce && entry.inForce !== 'unknown');
  const unknown = withInForce && entry.inForce === 'unknown' ? 'ngày có hiệu lực chưa rõ' : undefined;
  const said = [known.join(', ') + (dated ? STATUS_TAGS[entry.status] : ''), unknown].filter((part) => part).join('; ');
  if (said === '') return undefined;
  // Its source when a day is said here (not when the lead already names it).
  return dated && withSource ? `${said} (nguồn: ${entry.reference})` : said;
}

/** The reference entry of the merged 2026–2035 programme (rules/reference.yaml), whose checked lines name its documents. */
const PROGRAMME_ENTRY = 'national_programme';

/**
 * "NQ 257 quy định gì", "QĐ 417/QĐ-BNNMT phê duyệt gì" (round 42 cadre44; were the documents card without QĐ 417, or a
 * passage): a document the programme's checked lines are based on, asked what it rules (DOCUMENTS_ASKED, core.ts), is asked
 * as the programme (its entry, the documents first). "qd 417 la gi", its effective date or a link asked stay the document's.
 */
export function programmeDocument(rules: RuleSet, asked: DocumentAsked): boolean {
  if (asked.inForce || asked.validity) return false;
  const entry = rules.reference.find((candidate) => candidate.id === PROGRAMME_ENTRY);
  return entry?.lines.some((line) => line.status === 'verified' && line.basis.split(';').some((basis) => names(asked, basis))) ?? false;
}

/**
 * "nghi dinh 351 la j", "qd 14/2025 la gi", "nd 176 noi j": a document the rules data cites but the corpus does not hold, said
 * in one or two sentences from what the data records of it, each with its status: who issued it and when (a standard it is
 * the document of), what it is about (the data's own "… về …" after its number), what it replaced or was replaced by
 * (rules/replaced.yaml), the standards, supports and procedure it is the basis of (with their periods). That the text itself
 * is not held, and whom to ask when something is not known. Undefined when the data does not cite it.
 */
export function documentIdentity(rules: RuleSet, asked: DocumentAsked, today: string, linkAsked = false): Reply | undefined {
  const text = rulesText(rules);
  const name = fullName(asked, text);
  if (!name) return undefined;
  const cites = (written: string) => names(asked, written);
  const statuses: (keyof typeof STATUS_TAGS)[] = [];
  const tagged = (words: string, status: keyof typeof STATUS_TAGS) => {
    statuses.push(status);
    return `${words}${STATUS_TAGS[status]}`;
  };
  const own = rules.standards.find((standard) => !standard.province && standard.document.startsWith(name));
  const entry = rules.documents.find((candidate) => candidate.document === name);
  // A document whose only day in the data is its signing (rules/replaced.yaml fromIs: signed, "qd 14/2025 la gi"): that day is
  // said as its signing, first, and no support it is the basis of is said to start on it (round 18).
  const signedOnly = rules.replaced.find((entry) => entry.fromIs === 'signed' && cites(entry.by));
  const issued = own
    ? ` (${[own.issuer, own.signed ? `ký ngày ${formatDate(own.signed)}` : undefined, STATUS_TAGS[own.status].replace(/^ \((.*)\)$/, '$1')].filter(Boolean).join(', ')})`
    : signedOnly
      ? ` (ký ngày ${formatDate(signedOnly.from)}; ngày có hiệu lực chưa rõ)`
      : '';
  if (!own && signedOnly) statuses.push('unknown');
  // "Quyết định 14/2025/QĐ-TTg (ngày 29/05/2025) về …": its date may stand between the number and "về" (findings35 N35-22).
  const about = new RegExp(`${escapeRegExp(name)}(?: \\((?:ngày )?\\d{2}/\\d{2}/\\d{4}\\))? về ([^,.;()]+?)(?= thay| có| được|[,.;()]|$)`, 'u').exec(text)?.[1];
  const parts: string[] = [];
  // Whether a standard or support known to rest on it is said (its status not unknown).
  let basisKnown = false;
  if (about) parts.push(`văn bản về ${about}`);
  for (const replaced of rules.replaced) {
    // A programme's next period (fromIs: nextPeriod) is said by years, the document asked either one (round 41 law35).
    if (replaced.fromIs === 'nextPeriod') {
      if (cites(replaced.by) || cites(replaced.instrument)) parts.push(tagged(nextPeriodText(replaced.instrument, replaced.by, replaced.from), replaced.status));
      continue;
    }
    if (cites(replaced.by)) parts.push(tagged(`thay thế ${replaced.instrument}${replaced === signedOnly ? '' : ` ${replacedWhen(replaced)}`}`, replaced.status));
    // "qd 46/2015 co hieu luc tu ngay nao": a replacement not known to hold (status unknown: QĐ 46/2015 after the Luật Việc làm
    // 2025) said as documentValidity says it, never "được thay bằng … (chưa rõ)" (round 24).
    if (cites(replaced.instrument)) {
      parts.push(
        replaced.status === 'unknown'
          ? tagged(`từ ${formatDate(replaced.from)}, ${replaced.by} có hiệu lực; văn bản này còn được áp dụng hay không chưa rõ`, 'unknown').replace(/ \(chưa rõ\)$/, '')
          : tagged(`được thay bằng ${replaced.by} ${replacedWhen(replaced)}`, replaced.status),
      );
    }
  }
  const standards = rules.standards.filter((standard) => !standard.province && cites(`${standard.document} ${standard.article}`));
  if (standards.length > 0) {
    const weakest = standards.some((standard) => standard.status === 'unknown') ? 'unknown' : standards.some((standard) => standard.status === 'reported') ? 'reported' : 'verified';
    const now = (standard: (typeof standards)[number]) => (standard.validFrom <= today && today <= standard.validTo ? ', đang áp dụng' : '');
    if (weakest !== 'unknown') basisKnown = true;
    parts.push(tagged(`căn cứ của ${standards.map((standard) => `${lowerFirst(standard.title)} (${formatDate(standard.validFrom)} – ${formatDate(standard.validTo)}${now(standard)})`).join(' và ')}`, weakest));
  }
  for (const support of rules.supports) {
    const variant = support.variants.find((candidate) => cites(candidate.basis));
    const from = variant?.validFrom && variant.validFrom !== signedOnly?.from ? ` từ ${formatDate(variant.validFrom)}` : '';
    if (variant && variant.status !== 'unknown') basisKnown = true;
    if (variant) parts.push(tagged(`căn cứ của ${lowerFirst(support.name)}${from}`, variant.status));
  }
  const { source } = rules.procedure;
  if (cites(source.document)) parts.push(tagged(`quy định “${source.title ?? 'quy trình rà soát hộ nghèo, hộ cận nghèo'}” (hiệu lực từ ${formatDate(source.validFrom)})`, 'verified'));
  // "nd 125/2025 la gi", "nghi dinh 35/2025 noi gi": a document only the reference entries cite (rules/reference.yaml, the
  // ministries' powers after 2025) is said by the lines that cite it, each with its status.
  // A line restating an entry whose own lines are said is left out (was "Điều dữ liệu có là cách chấm điểm …" after the scores).
  // "nghi dinh 351 co hieu luc tu ngay nao", "nq 257/2025 co hieu luc tu ngay nao": the day the document itself took effect, as
  // the standards it sets or rules/documents.yaml record it (unknown: said so, never a date), before what else is known of it.
  const ownDay = rules.standards.find((standard) => !standard.province && standard.document.startsWith(name) && standard.inForce);
  const dated = ownDay ? { inForce: ownDay.inForce!, status: undefined } : entry;
  const inForce = asked.inForce ? dated?.inForce : undefined;
  // Its date not known: what the data knows of it is the reference lines that name it in their text (NQ 257/2025: adopted
  // 11/12/2025, the programme it approves, its phase I), not what it replaced nor the supports it is the basis of (was
  // "thay thế Quyết định 90/QĐ-TTg …; căn cứ của hỗ trợ nhà ở … (chưa rõ)", the date asked never answered).
  const naming =
    inForce === 'unknown'
      ? rules.reference.filter((entry) => TOPICS.reference[entry.id]?.posts !== true).flatMap((entry) => entry.lines.filter((line) => line.status !== 'unknown' && cites(line.text)))
      : [];
  const citing = parts.length > 0 && naming.length === 0 ? [] : rules.reference.filter((entry) => TOPICS.reference[entry.id]?.posts !== true && entry.lines.some((line) => cites(line.basis)));
  const entriesSaid = new Set(citing.map((entry) => entry.id));
  const referenceLines =
    naming.length > 0 ? naming : citing.flatMap((entry) => entry.lines.filter((line) => cites(line.basis) && !(line.restates !== undefined && entriesSaid.has(line.restates))));
  for (const line of referenceLines) statuses.push(line.status);
  if (parts.length === 0 && referenceLines.length === 0 && !entry) return undefined;
  // rules/documents.yaml's line, first, when the day it took effect is asked or nothing else is known of it: what it is about
  // (unless the data's own words said it), its days (the day it took effect left to the lead, the day signed to `issued`),
  // status, source. What it is, asked ("nd 176 noi j"), is said by what it is the basis of.
  // "qd 417 la gi", "nghi quyet 257 la gi" (round 25): what it is and its days are said first when the data's own words do not say
  // what it is about and nothing known rests on it (was only "căn cứ của hỗ trợ nhà ở từ 01/01/2026 (chưa rõ)", read as if the
  // decision itself were not known). A document the basis of a known support ("nd 176 noi j") is still said by that.
  const basisOfUnknownOnly = about === undefined && entry?.about !== undefined && !basisKnown;
  const recorded =
    entry && (inForce !== undefined || (parts.length === 0 && referenceLines.length === 0) || basisOfUnknownOnly)
      ? entryFacts(about ? { ...entry, about: undefined } : entry, inForce === undefined, issued === '', inForce === undefined || inForce === 'unknown')
      : undefined;
  if (entry && (entry.status === 'unknown' || entry.inForce === 'unknown')) statuses.push('unknown');
  if (inForce === 'unknown') statuses.push('unknown');
  const dateStatus = dated?.status && inForce !== 'unknown' ? STATUS_TAGS[dated.status] : '';
  const inForceSpans =
    inForce === undefined
      ? []
      : inForce === 'unknown'
        ? [bold(`Ngày có hiệu lực của ${name}: chưa rõ.`), plain(` Dữ liệu của trợ lý chưa có ngày này, nên mình không nêu ngày nào. Điều đã biết:\n`)]
        : [bold(`${name} có hiệu lực từ ${formatDate(inForce)}${dateStatus}.`), plain(`${entry ? ` Nguồn: ${cited(entry.reference, 'verified', [dated?.status ?? 'unknown'])}.` : ''} Điều đã biết thêm:\n`)];
  const unknown = statuses.includes('unknown') ? ` ${WHERE_TO_ASK}` : '';
  return reply(
    [
      ...inForceSpans,
      bold(`${name}${issued}: `),
      plain(
        referenceLines.length > 0
          ? `dữ liệu của trợ lý có những điều sau.\n${bullets([...(recorded ? [`${upperFirst(recorded)}.`] : []), ...referenceLines.map(referenceLine)])}`
          : `${[...(recorded ? [recorded] : []), ...parts].join('; ')}.`,
      ),
      plain(`\n\nTheo dữ liệu chính sách của trợ lý; trợ lý không lưu nguyên văn ${name}, nên không trích được nội dung khác của nó.${linkAsked ? ` ${NO_LINK_NOTE}` : ''}${unknown}`),
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
      // An entry read only for a post (TOPICS.reference … posts: Chỉ thị 05-CT/TW) leaves a question on its document to the documents.
      ...rules.reference.filter((entry) => TOPICS.reference[entry.id]?.posts !== true).flatMap((entry) => entry.lines.map((line) => `${line.basis} ${line.text}`)),
      ...rules.procedure.steps.map((step) => `${step.basis} ${step.text}`),
      rules.procedure.source.document,
      // Documents only rules/documents.yaml records ("Thông tư 02/2022/TT-BLĐTBXH"), last: the others' own words come first.
      ...rules.documents.map((entry) => entry.document),
    ].join(' \n ');
    texts.set(rules, text);
  }
  return text;
}

/** "Nghị quyết 41-NQ/TU của Tỉnh ủy Hưng Yên": a document as a list names it. */
const documentName = (document: DocumentMeta) =>
  `${document.type}${document.number ? ` ${document.number}` : ' (không rõ số hiệu)'}${document.issuer ? ` của ${document.issuer}` : ''}`;
/** The documents the corpus has, named as the answer lists them. */
const corpusList = (documents: readonly DocumentMeta[]) =>
  documents
    .filter((document) => document.kind === 'document')
    .map(documentName)
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

/**
 * "Hưng Yên có văn bản gì về giảm nghèo", "Trà Vinh triển khai chỉ thị 05 bằng văn bản nào", "có văn bản nào thực hiện
 * chỉ thị 05 không": which documents are asked for, not what one says.
 */
export interface DocumentsListAsked {
  /** The provinces named, or the one chosen with /tinh when the question says "tỉnh mình"; none when only `implementing` is. */
  provinces: KnownProvince[];
  /** The type asked ("Nghị quyết"), undefined for "văn bản". */
  type?: string;
  /** A document the corpus does not hold that the documents asked carry out ("Chỉ thị 05", "Nghị quyết 160"). */
  implementing?: DocumentAsked;
}

const { list: LIST } = TOPICS.documents;
/** The words of each type, and "văn bản" (any type: no name), longest first. */
const LIST_TYPES = [
  ...TYPE_WORDS.flatMap(({ type, words }) => words.map((word) => ({ name: TOPICS.documents.types[type]!.name as string | undefined, words: word.split(' ') }))),
  ...LIST.anyType.map((word) => ({ name: undefined, words: word.split(' ') })),
].sort((a, b) => b.words.length - a.words.length);
const LIST_FRAMING = [...LIST.framing, ...LIST.ownProvince, ...TOPICS.documents.facts, ...QUESTION_WORDS.phrases];
const ASKING = new Set(QUESTION_WORDS.words);
const CODES = new Set(LIST.codes);
const isNumber = (word: string | undefined) => word !== undefined && /^\d+$/.test(word);

/**
 * The documents a question asks for: a type named without a number ("nghị quyết nào", "văn bản gì", "có kế hoạch giảm nghèo
 * không") with a province (named, or chosen and said: "tỉnh mình") or a document the corpus lacks that they carry out ("thực
 * hiện chỉ thị 05"), and nothing else but framing words (TOPICS.documents.list): "Hưng Yên có kế hoạch hỗ trợ xây nhà không"
 * asks about housing, and the passages answer it. Undefined when the question names a corpus document ("Nghị quyết 41 của
 * Hưng Yên ký ngày nào": documentFacts), or asks no list.
 */
export function documentsListAsked(question: string, documents: readonly DocumentMeta[], provinces: Provinces, chosen?: string): DocumentsListAsked | undefined {
  const named = documentAsked(question, documents);
  if (named && named.found.length > 0) return undefined;
  const { words } = readMessage(question);
  const said = new Set<number>([...provinces.namePositions(words), ...phrasePositions(words, LIST_FRAMING)]);
  let type: string | undefined;
  let listed = false;
  for (let at = 0; at < words.length; at += 1) {
    const typed = LIST_TYPES.find((candidate) => phraseAt(words, at, candidate.words));
    if (!typed) continue;
    let end = at + typed.words.length;
    if (words[end] === 'so' && isNumber(words[end + 1])) end += 1;
    if (isNumber(words[end])) {
      // "Chỉ thị 05-CT/TW", "Nghị quyết 160/NQ-CP": the document carried out, with its number's codes and year.
      for (end += 1; isNumber(words[end]) || CODES.has(words[end]!); end += 1);
    } else {
      listed = true;
      type ??= typed.name;
    }
    for (let i = at; i < end; i += 1) said.add(i);
    at = end - 1;
  }
  if (!listed || words.some((word, i) => !said.has(i) && !ASKING.has(word) && !isNumber(word))) return undefined;
  const namedProvinces = provinces.named(words);
  const own = chosen !== undefined && namedProvinces.length === 0 && saysAny(words, LIST.ownProvince) ? provinces.byTyped(chosen) : undefined;
  const asked = { provinces: own ? [own] : namedProvinces, ...(type ? { type } : {}), ...(named ? { implementing: named } : {}) };
  return asked.provinces.length > 0 || asked.implementing ? asked : undefined;
}

/** What `documentsListReply` needs besides the question: the corpus documents, their passages, the provinces. */
export interface DocumentLibrary {
  documents: readonly DocumentMeta[];
  passagesOf(docId: string): readonly Passage[];
  provinces: Provinces;
}

/** "Nghị quyết 41-NQ/TU"; "Kế hoạch của Ban Thường vụ Tỉnh ủy" without a number. */
const shortName = (document: DocumentMeta) =>
  `${document.type}${document.number ? ` ${document.number}` : ` của ${document.issuer ?? 'cơ quan không rõ'}`}`;

/** A list answer's view of the corpus documents for one question: which carry out the one named, their order, their lines. */
interface ListView {
  asked: DocumentsListAsked;
  provinces: Provinces;
  official: readonly DocumentMeta[];
  /** Whether the document's own text says it carries out the document named ("thực hiện Chỉ thị số 05-CT/TW"). */
  carriesOut(document: DocumentMeta): boolean;
  /** The type asked first, then the documents carrying out the one named, each group by date signed. */
  ordered(documents: readonly DocumentMeta[]): DocumentMeta[];
  /** "tỉnh Trà Vinh, nay thuộc tỉnh Vĩnh Long", "văn bản không ghi tên tỉnh". */
  placeOf(document: DocumentMeta): string;
}

function listView(asked: DocumentsListAsked, { documents, passagesOf, provinces }: DocumentLibrary): ListView {
  const { implementing } = asked;
  const carried = new Map<string, boolean>();
  const carriesOut = (document: DocumentMeta) => {
    if (implementing === undefined) return false;
    let carries = carried.get(document.id);
    if (carries === undefined) carried.set(document.id, (carries = citesDocument(implementing, [document.title, ...passagesOf(document.id).map((passage) => passage.text)].join('\n'))));
    return carries;
  };
  return {
    asked,
    provinces,
    official: documents.filter((document) => document.kind === 'document'),
    carriesOut,
    ordered: (list) =>
      [...list].sort(
        (a, b) =>
          Number(b.type === asked.type) - Number(a.type === asked.type) ||
          Number(carriesOut(b)) - Number(carriesOut(a)) ||
          (a.signed ?? '9999').localeCompare(b.signed ?? '9999'),
      ),
    placeOf: (document) =>
      !document.province
        ? 'văn bản không ghi tên tỉnh'
        : document.provinceNow && document.provinceNow !== document.province
          ? `tỉnh ${document.province}, nay thuộc ${provinces.titleOf(document.provinceNow)}`
          : provinces.titleOf(document.province),
  };
}

/** "Nghị quyết 41-NQ/TU của Tỉnh ủy Hưng Yên, ký ngày 21/08/2023: “…”." (with its province when the list mixes provinces). */
function documentLine(document: DocumentMeta, place?: string): string {
  const signed = document.signed ? `ký ngày ${formatDate(document.signed)}` : 'không rõ ngày ký';
  return `${documentName(document)}, ${signed}${place ? ` (${place})` : ''}: “${document.title}”.`;
}

/** A part of a list answer: what it says and the documents it names (their sources close the answer). */
interface ListSection {
  spans: Span[];
  documents: DocumentMeta[];
}

/**
 * One province's documents: its own (issued under its name, or held by it since 01/07/2025), else those of the province
 * holding its territory now ("Thái Bình" → Hưng Yên's), with the 2025 merger in one line; undefined when the data has none.
 */
function provinceSection(province: KnownProvince, view: ListView): ListSection | undefined {
  const { provinces, official, asked } = view;
  const own = official.filter((document) => document.province === province.name || document.provinceNow === province.name);
  const heldNow = own.length === 0 && province.now !== province.name ? official.filter((document) => document.provinceNow === province.now) : [];
  if (own.length === 0 && heldNow.length === 0) return undefined;
  const status = province.status === 'reported' ? ' (tham khảo)' : '';
  const lead =
    own.length > 0
      ? `Văn bản của ${provinces.titleOf(province.name)} trong dữ liệu của trợ lý:\n`
      : `Dữ liệu của trợ lý không có văn bản riêng của tỉnh ${province.name}. Từ 01/07/2025, địa bàn tỉnh ${province.name} thuộc ${province.title}${status}; văn bản của ${province.title} trong dữ liệu:\n`;
  const documents = view.ordered(own.length > 0 ? own : heldNow);
  const spans = [bold(lead), plain(bullets(documents.map((document) => documentLine(document))))];
  // "Trà Vinh", "Vĩnh Long": documents issued under a province's name before it was merged, in one line.
  const formerly = new Map(documents.filter((document) => document.province && document.provinceNow && document.province !== document.provinceNow).map((document) => [document.province!, document.provinceNow!]));
  for (const [before, now] of formerly) {
    spans.push(plain(`\n${documents.length > 1 ? 'Các văn bản trên' : 'Văn bản trên'} ban hành khi còn tỉnh ${before}; từ 01/07/2025, địa bàn tỉnh ${before} thuộc ${provinces.titleOf(now)} (${provinces.reference}).`));
  }
  // "Trà Vinh triển khai chỉ thị 05 bằng văn bản nào": said as the texts say it, never claimed for them.
  const notCarrying = asked.implementing ? documents.filter((document) => !view.carriesOut(document)) : [];
  if (notCarrying.length > 0) {
    const which = notCarrying.length < documents.length ? notCarrying.map(shortName).join(', ') : documents.length > 1 ? 'Các văn bản trên' : 'Văn bản trên';
    spans.push(plain(`\n${which} không ghi là thực hiện ${asked.implementing!.label}; đó là văn bản về giảm nghèo của tỉnh mà dữ liệu có.`));
  }
  return { spans, documents };
}

/** "có văn bản nào thực hiện chỉ thị 05 không": the documents whose text says they carry it out, each with its province. */
function carryingSection(view: ListView): ListSection | undefined {
  const documents = view.ordered(view.official.filter(view.carriesOut));
  if (documents.length === 0) return undefined;
  return {
    spans: [bold(`Văn bản trong dữ liệu của trợ lý ghi là thực hiện ${view.asked.implementing!.label}:\n`), plain(bullets(documents.map((document) => documentLine(document, view.placeOf(document)))))],
    documents,
  };
}

/** The documents carrying out the one named that name no province (a Ban Thường vụ Tỉnh ủy's plans): never said to be the province's, never left out. */
function unnamedNote(view: ListView, shownFor: readonly KnownProvince[]): Span | undefined {
  const { implementing } = view.asked;
  const unnamed = implementing ? view.official.filter((document) => !document.province && view.carriesOut(document)) : [];
  if (unnamed.length === 0 || shownFor.length === 0) return undefined;
  const whose = shownFor.map((province) => view.provinces.titleOf(province.name)).join(', ');
  return plain(`\n\nDữ liệu còn ${unnamed.length} văn bản thực hiện ${implementing!.label} không ghi tên tỉnh: ${unnamed.map(documentName).join('; ')}. Mình không biết đó có phải văn bản của ${whose} không.`);
}

/** "Hà Nội có nghị quyết nào thực hiện chỉ thị 05 không": none there, said plainly, with what the data has (by province) and whom to ask. */
function missingSection(missing: readonly KnownProvince[], view: ListView): Span[] {
  const { implementing } = view.asked;
  const names = missing.map((province) => view.provinces.titleOf(province.name)).join(', ');
  // By province (named ones first, in Vietnamese order), each document marked when it carries out the one asked.
  const held = new Map<string, DocumentMeta[]>();
  const byPlace = [...view.official].sort((a, b) => Number(!a.province) - Number(!b.province) || (a.province ?? '').localeCompare(b.province ?? '', 'vi'));
  for (const document of byPlace) held.set(view.placeOf(document), [...(held.get(view.placeOf(document)) ?? []), document]);
  const marked = (document: DocumentMeta) => `${shortName(document)}${view.carriesOut(document) ? ` (thực hiện ${implementing!.label})` : ''}`;
  const holdings = [...held].map(([place, documents]) => `${upperFirst(place)}: ${view.ordered(documents).map(marked).join('; ')}`);
  return [
    plain(`Dữ liệu của trợ lý không có văn bản nào của ${names}${implementing ? ` thực hiện ${implementing.label}` : ''}, nên mình không trích văn bản của nơi khác thay vào. Các văn bản dữ liệu đang có:\n`),
    plain(bullets(holdings)),
    plain(`\nMuốn biết văn bản của ${names}, bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.`),
  ];
}

/**
 * The answer to a list of documents (documentsListAsked): each document of the province asked with its type, number, issuer,
 * date and title, and its source; whether each carries out the document named, by its own text; a province merged in 2025
 * said in one line; the unnamed documents that carry it out; how to read one. A province the data has no document of is said
 * plainly, with the provinces it has and whom to ask, never answered with another province's passage. `found`: whether any
 * document answers. Undefined when only a document carried out was asked and none carries it out (it is then not in the data).
 */
export function documentsListReply(asked: DocumentsListAsked, library: DocumentLibrary): { reply: Reply; found: boolean } | undefined {
  const view = listView(asked, library);
  const asking = asked.provinces.slice(0, 3).map((province) => ({ province, section: provinceSection(province, view) }));
  const sections = asking.flatMap(({ section }) => (section ? [section] : []));
  if (asked.provinces.length === 0) {
    const carrying = carryingSection(view);
    if (!carrying) return undefined;
    sections.push(carrying);
  }
  const spans = sections.flatMap((section, i) => (i > 0 ? [plain('\n\n'), ...section.spans] : section.spans));
  const note = unnamedNote(view, asking.filter(({ section }) => section).map(({ province }) => province));
  if (note) spans.push(note);
  const missing = asking.filter(({ section }) => !section).map(({ province }) => province);
  if (missing.length > 0) spans.push(...(spans.length > 0 ? [plain('\n\n')] : []), ...missingSection(missing, view));
  const shown = sections.flatMap((section) => section.documents);
  if (shown.length > 0) {
    spans.push(plain(`\n\nNguồn: ${[...new Set(shown.map((document) => citationOf(document, '')))].join('; ')} (phần đầu văn bản).`));
    const first = shown.find((document) => document.number);
    if (first) spans.push(plain(`\nMuốn biết văn bản nói gì, bạn gõ “tóm tắt ${first.type} ${first.number}”.`));
  }
  return { reply: reply(spans), found: shown.length > 0 };
}
