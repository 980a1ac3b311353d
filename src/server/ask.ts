/**
 * The answer of `POST /api/ask`: the same answer the chat gives (the standard, a support or the procedure
 * from the rules data; otherwise the best passage quoted briefly with its citation, or an honest "không tìm
 * thấy" pointing to UBND cấp xã) as plain text for scripts, with the search results. Buttons belong to the
 * chat and are left out.
 */
import { createHash } from 'node:crypto';
import { answerReply, completeFirst, notFoundReply } from '../chat/answers.ts';
import { answerTopic, asksHouseholdClass, laterDayAsked, laterYearAnswer, readTopic, standingLaterAnswer, standingThisYearAnswer, type Topic } from '../chat/topics.ts';
import { rumourCorrection, withoutSaid } from '../chat/claims.ts';
import { shortAnswer } from '../chat/short.ts';
import { classSupportsReply, provinceMergeReply } from '../chat/info.ts';
import { documentAsked, documentIdentity, documentValidity, documentsListAsked, documentsListReply, routedTopic, type DocumentLibrary } from '../chat/documents.ts';
import { deprivationsCounted, namesOwnHousehold, readAmountClassAsked, readHouseholdMessage, readMessage, readRequest, readSupportsQuestion, startCheckNamesClass } from '../chat/input.ts';
import { amountAskedLead, comingLines, comingOpen, countedLead, countedSources, incomeFact, perPersonLead, perPersonSources, settledClass, toldEnds, toldIncome, type AreaEnds } from '../chat/settled.ts';
import { sourcesOf, type CitedSource } from '../chat/sources.ts';
import { statusOnce } from '../chat/result.ts';
import { CHECK_NOT_PROCEDURE, CHECK_OFFER_API, DECISION_NOTE, replyText, WHERE_TO_ASK } from '../chat/replies.ts';
import { checkHousehold, supportsFor } from '../rules/index.ts';
import type { Reply } from '../chat/types.ts';
import type { RuleSet } from '../rules/index.ts';
import type { SearchEngine, SearchResult } from '../search/types.ts';
import { withoutPersonalData } from '../privacy/mask.ts';
import { duringTurnNow } from '../text/turn.ts';
import { saysAny, TOPICS } from '../text/lexicon/index.ts';
import { HAVE_WORDS } from '../text/lexicon/household.ts';
import { HTTP_DEFAULTS } from './defaults.ts';
import { byteLength, type EncodedJson } from './http.ts';

const text = (replies: Reply[]) =>
  replies
    .map(replyText)
    .join('\n\n')
    .trim();

/**
 * "được", "hưởng": a policy asked besides a household told ("… co dc vay von ko"); not "có", which tells what the household has
 * ("ko co bhyt": a lack, no question about BHYT).
 */
const GETS = TOPICS.supportsList.gets.filter((word) => !HAVE_WORDS.includes(word));

/**
 * The answer text: a rules answer when the question asks for one, else the best passage quoted. A rules answer
 * depends only on its topic and the day: `topicTexts` keeps each topic's text for the day (the caller empties it
 * when the day changes).
 */
function composeAnswer(
  question: string,
  classified: { text: string; sources?: CitedSource[] } | undefined,
  results: readonly SearchResult[],
  rules: RuleSet,
  today: string,
  topicTexts: Map<string, string>,
  library: DocumentLibrary | undefined,
): Composed {
  const topicText = (topic: Topic) => {
    const key = JSON.stringify(topic);
    let answer = topicTexts.get(key);
    if (answer === undefined) {
      answer = text(answerTopic(rules, topic, today));
      topicTexts.set(key, answer);
    }
    return answer;
  };
  // "nha 4 nguoi thu nhap 6 trieu o que co phai ho ngheo ko" (findings R16), "nha 5 nguoi o que thu nhap 6 trieu, ko co bhyt, nha
  // tam" (N37-02): what the figures told settle, as the chat's lead says it, and the check that asks the rest; never a passage. A
  // policy asked besides the class ("… co dc vay von ko") follows it.
  if (classified) {
    const asked = readMessage(question);
    const besides = !asksHouseholdClass(asked) && saysAny(asked.words, GETS) ? readTopic(asked, today) : undefined;
    // Its standards first, as its text names them first (the lead's figures), then what its text cites.
    return said(besides ? `${classified.text}\n\n${topicText(besides)}` : classified.text, classified.sources ?? [], true);
  }
  // "kiem tra ho gia dinh", "kiem tra ho ngheo" (round 16): the check asked for, which the chat starts; the API cannot ask back, so
  // it says what to tell, and (a class named) where the procedure is, as the chat's line before the check.
  const request = readRequest(question);
  const checkOffer = () => `${startCheckNamesClass(question) ? `${CHECK_NOT_PROCEDURE}\n` : ''}${CHECK_OFFER_API}\n${DECISION_NOTE} ${WHERE_TO_ASK}`;
  if (request === 'startCheck') return said(checkOffer());
  // "viết ngắn: hộ cận nghèo được hỗ trợ gì", "tóm tắt … để gửi bà con": the same short post as the chat's (src/chat/short.ts).
  const short = shortAnswer(rules, readMessage(question), today);
  if (short) return said(text(short.replies));
  // "o tra vinh gio thuoc tinh nao, con lam ho ngheo o dau", "xa tui bi sap nhap roi, gio nop giay o dau": the merger, as in the chat,
  // before any claim: "xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai" (round 37 staff25) was "Có. … vẫn có
  // hộ nghèo", the 2026 standard read as a claim checked, where the chat says the merger entry.
  const merger = library && provinceMergeReply(library.provinces, rules, readMessage(question).words);
  if (merger) return said(text([merger]));
  // "tu 2027 ho duoi 1 trieu 9 la ho ngheo dung ko": a figure stated wrongly is corrected first, as in the chat (one claim
  // checker, src/chat/claims.ts), then the card it is about.
  const rumour = rumourCorrection(rules, readMessage(question), today);
  // "Theo Nghị quyết 261/2025/QH15 … chi trả bao nhiêu": the rules data's document read as its basis, as in the chat.
  const topic = routedTopic(question, rules, library?.documents ?? [], today, library?.provinces);
  if (rumour) {
    const rest = topic ? withoutSaid(rumour.correction.text, text(answerTopic(rules, topic, today))) : '';
    return said(`${rumour.correction.text}\n\n${rest}`.trim());
  }
  // "Hưng Yên có văn bản gì về giảm nghèo": the province's documents from their metadata, as in the chat (src/chat/documents.ts).
  const listAsked = library && documentsListAsked(question, library.documents, library.provinces);
  const listed = listAsked && documentsListReply(listAsked, library);
  if (listed) return said(text([listed.reply]));
  // As in the chat (src/chat/documents.ts): "nghi dinh 351 con hieu luc ko" is what the data says of its period; "nghi dinh 351
  // co hieu luc tu ngay nao" (unknown for NĐ 351/2025: said so), "nd 125/2025 la gi" what the rules data records of a document
  // the corpus does not hold; never a passage that shares its number.
  const named = documentAsked(question, library?.documents ?? []);
  const validity = named?.validity ? documentValidity(rules, named, today) : undefined;
  if (validity) return said(text([validity]));
  const identity = named && named.found.length === 0 && (named.overview || named.facts || named.inForce) ? documentIdentity(rules, named, today) : undefined;
  if (identity) return said(text([identity]));
  // "thang 1 nam sau nha tui con la ho can ngheo ko": the short answer first, then the new standard's figures, as in the chat.
  const standingNext = namesOwnHousehold(readMessage(question)) ? (standingLaterAnswer(rules, question, today) ?? standingThisYearAnswer(rules, question, today)) : undefined;
  if (standingNext) return said(text(standingNext));
  if (topic) {
    // "nam 2027 ho ngheo co dc bhyt free ko": that year's data, as in the chat, not today's card.
    const later = laterYearAnswer(rules, topic, question, today);
    return said(later ? text(later) : topicText(topic));
  }
  // "nha tui co phai ho ngheo ko", "tui muon biet nha tui co thuoc ho can ngheo ko" (round 22): the household's own class asked with
  // nothing told of it and nothing else asked, which the chat answers by starting the check; was a passage (the explainer on
  // vocational training, its 2025 figures).
  const asked = readMessage(question);
  if (namesOwnHousehold(asked) && asksHouseholdClass(asked) && readSupportsQuestion(asked) === undefined) return said(checkOffer());
  // "ho can ngheo dc ho tro gi" (round 21; was the explainer passage), "ho ngheo nam 2027 dc ho tro j" (round 20): the class's
  // supports on the day asked (a later year's from its first day), each with its basis and status, as the chat lists them.
  // Its sources: each support's basis with its status (the short list names them one press away, "Chi tiết từng khoản").
  const supportsClass = readSupportsQuestion(question);
  if (supportsClass !== undefined) {
    const day = laterDayAsked(readMessage(question), today) ?? today;
    const listed = text(classSupportsReply(rules, day, supportsClass));
    const bases = supportsClass === '' ? [] : supportsFor(rules, supportsClass, day).map((support) => ({ ref: support.basis, status: support.status }));
    return said(listed, bases);
  }
  // A passage: its citation, a document's words quoted as they are, an explainer the assistant's summary ("tham khảo").
  const best = completeFirst(results)[0];
  if (!best) return said(text([notFoundReply(question)]));
  return { text: text([answerReply(best)]), sources: [{ ref: best.citation, status: best.kind === 'faq' ? 'reported' : 'quoted' }] };
}

/** An answer's text and the sources it names, each with its status (`sources` of the JSON). */
interface Composed {
  text: string;
  sources: CitedSource[];
}

/** An answer's text with its sources: those its text cites (sourcesOf), and `more` (once each, in order; `more` first when `leading`). */
function said(answer: string, more: readonly CitedSource[] = [], leading = false): Composed {
  const sources = new Map<string, CitedSource>();
  const cites = sourcesOf(answer);
  for (const source of leading ? [...more, ...cites] : [...cites, ...more]) if (!sources.has(source.ref)) sources.set(source.ref, source);
  return { text: answer, sources: [...sources.values()] };
}

/**
 * What `/api/ask` adds for a household told in the question (`household`, besides `answer` and `results`): the figures read
 * and the class they settle (null when the indicators not told decide it), each indicator told deprived by its id.
 */
export interface AskedHousehold {
  date: string;
  area: 'rural' | 'urban' | null;
  members: number;
  /** The household's month when told for all of it (two incomes told are added up); else null. */
  monthlyIncome: number | null;
  incomePerPerson: number;
  deprivations: string[];
  classification: string | null;
  /**
   * In the weeks before the next standard starts (as the chat says it, round 37 law30): its first day and the class the figures
   * settle under it (null when the indicators not told decide it, or the areas differ). Absent otherwise.
   */
  nextStandard?: { date: string; classification: string | null };
}

/** What the chat would go on to ask, which the API cannot: said after what the figures told settle. */
const chatAsks = (what: string) => ` Để biết chắc, trò chuyện với trợ lý (trang web, Zalo, Telegram): trợ lý hỏi ${what}.`;

/**
 * The chat's reading of a household told in one sentence ("nha 5 nguoi o que thu nhap 6 trieu …, ko co bhyt, nha tam", with or
 * without "là hộ gì"): the class its figures settle (or the classes it lies between), with the indicators told deprived, as the
 * chat's lead says it; the chat would go on with the household, so no card or passage instead (src/chat/settled.ts).
 */
function householdClass(question: string, rules: RuleSet, today: string): { text: string; household?: AskedHousehold; sources?: CitedSource[] } | undefined {
  const told = readHouseholdMessage(question, rules, today);
  if (!told) return amountAsked(question, rules, today);
  const found = toldEnds(rules, told, today, (profile) => checkHousehold(rules, profile));
  if (!found) return sizeMissing(told, rules, today);
  const { lead, ends } = found;
  const first = ends[0]!;
  const deprivations = first.least.deprivations;
  const names = deprivations.map((id) => rules.indicatorById.get(id)?.name.toLocaleLowerCase('vi') ?? id);
  const deprived = names.length > 0 ? `\nCác chỉ số thiếu hụt bạn kể (${names.length}): ${names.join(', ')}.` : '';
  const rest = lead.settled ? '' : chatAsks('thêm các chỉ số thiếu hụt còn thiếu');
  // "…, thieu 2 chi so" (round 27): the count told, none named, decides the class where the figures leave it open, as the chat's
  // lead says it (was "bạn chưa kể chỉ số thiếu hụt nào").
  const count = lead.settled || deprivations.length > 0 ? undefined : deprivationsCounted(readMessage(question).words);
  const countedHousehold = count === undefined ? undefined : { ...told, deprivationsCounted: count };
  const counted = countedHousehold && countedLead(rules, countedHousehold, today);
  const settled = ends.every((one) => settledClass(one) === settledClass(first)) ? settledClass(first) : undefined;
  const { profile } = first;
  // The standard it is classed by, with its status once, as the chat's result says it (result.ts standardLine).
  const { standard, provisional } = first.least;
  // "nha tui 4 nguoi o que thu nhap 8 trieu co dc ho ngheo ko" in December 2026: the next standard's class and the deprivations told
  // that it counts, the chat's lines (comingLines; round 37 law30: was today's class alone). The count's lead names it already.
  const coming = counted ? [] : comingLines(rules, found, (one) => checkHousehold(rules, one));
  const next = coming.length > 0 ? nextClass(rules, ends) : undefined;
  return {
    text: `${[counted ?? lead.text, ...coming].join(' ')}${rest}${deprived}\n${DECISION_NOTE} ${WHERE_TO_ASK}`,
    // The count told: every standard its lead names, the coming one too (round 29: was today's only).
    sources: counted && countedHousehold ? countedSources(rules, countedHousehold, today) : [{ ref: standard.document, status: statusOnce(standard.status, provisional ? ['reported'] : []) ?? null }],
    household: {
      date: first.least.asOf,
      area: told.understood.area,
      members: profile.members,
      monthlyIncome: profile.monthlyIncome ?? null,
      incomePerPerson: Math.round(first.least.incomePerPerson),
      deprivations,
      classification: settled ?? null,
      ...(next ? { nextStandard: next } : {}),
    },
  };
}

/** The next standard's first day and the class every area's figures settle under it, else null (`nextStandard` of AskedHousehold). */
function nextClass(rules: RuleSet, ends: readonly AreaEnds[]): AskedHousehold['nextStandard'] {
  const upcoming = ends[0]?.least.upcoming;
  if (!upcoming) return undefined;
  const settled = (one: AreaEnds) => (comingOpen(rules, one) || one.least.upcoming?.between ? null : (one.least.upcoming?.classification ?? null));
  const first = settled(ends[0]!);
  return { date: upcoming.from, classification: ends.every((one) => settled(one) === first) ? first : null };
}

/**
 * A household told with its income but not its size ("ba tui lanh luong huu 3 trieu con tui di lam 4 trieu", "binh quan 1tr2/nguoi
 * la ho gi"): the chat starts the check and asks the rest; the API cannot ask back, so it says what was read (the sum of the
 * earners, or what an income per person means against the lines) and that the size is needed; what the chat would ask about first
 * (an income told as a bound), asked as the chat asks it. No `household` field: no class.
 */
function sizeMissing(told: NonNullable<ReturnType<typeof readHouseholdMessage>>, rules: RuleSet, today: string): { text: string; sources: CitedSource[] } | undefined {
  // "tui o 1 minh, nha tam, thu nhap hon 1 trieu" (round 35 mend35b; was the whole standard card, 3.910 characters): the figure
  // the chat asks for ("hơn 1.000.000 đồng" is a bound, no figure), asked as the chat asks it.
  if (told.questions.length > 0) return { text: `Còn chỗ mình chưa rõ: ${told.questions.join(' ')}${chatAsks('lại chỗ chưa rõ và các chỉ số thiếu hụt')}\n${DECISION_NOTE} ${WHERE_TO_ASK}`, sources: [] };
  const income = told.understood.members === null ? toldIncome(told.understood) : undefined;
  if (!income) return undefined;
  const area = told.understood.area === null ? ' và hộ ở nông thôn hay thành thị' : '';
  const read = income.perPerson
    ? perPersonLead(rules, told, today)
    : `Mình hiểu: ${incomeFact(income, undefined)}${told.notes.length > 0 ? ` (${told.notes.join('; ')})` : ''}. Để biết hộ thuộc diện nào cần biết hộ có mấy người cùng ăn ở chung${area}.`;
  if (!read) return undefined;
  // The standards an income per person is read against, with their status (round 29: `sources` was empty); none for a sum.
  const sources = income.perPerson ? perPersonSources(rules, told, today) : [];
  return { text: `${read}${chatAsks(`số người${area} và các chỉ số thiếu hụt`)}\n${DECISION_NOTE} ${WHERE_TO_ASK}`, sources };
}

/** "thu nhap 1 trieu 8 o que la ho gi": one amount's class asked, read per person as the chat reads it (settled.ts amountAskedLead). */
function amountAsked(question: string, rules: RuleSet, today: string): { text: string; sources: CitedSource[] } | undefined {
  const asked = readAmountClassAsked(question, rules, today);
  const lead = asked && amountAskedLead(rules, asked, today, saysAny(readMessage(question).words, TOPICS.threshold.exactly));
  // The standards it is read against and the basis of its band, with their status (round 29: `sources` was empty of them).
  return lead ? { text: `${lead}\n${DECISION_NOTE} ${WHERE_TO_ASK}`, sources: perPersonSources(rules, asked, today, true) } : undefined;
}

/** The fields of a search result that depend on the question; the others are its passage's (src/search/types.ts). */
const PER_QUESTION = new Set<string>(['snippet', 'score']);

/**
 * A search result's JSON as parts: its passage's fields encoded once per passage (the whole passage text is most
 * of an answer's ~9,5 KB), the question's own fields (snippet, score) each time. Byte for byte JSON.stringify.
 * A passage's parts are kept as long as the engine (at most one set per passage of the corpus).
 */
function resultEncoder(): (result: SearchResult, parts: Buffer[]) => void {
  /** Per passage: its encoded runs, with the per-question field to write after each but the last. */
  const layouts = new Map<string, { runs: Buffer[]; fields: (keyof SearchResult)[] }>();
  const layoutOf = (result: SearchResult) => {
    const runs: Buffer[] = [];
    const fields: (keyof SearchResult)[] = [];
    let run = '';
    for (const [key, value] of Object.entries(result) as [keyof SearchResult, unknown][]) {
      if (value === undefined) continue;
      run += `${run === '' && runs.length === 0 ? '{' : ','}${JSON.stringify(key)}:`;
      if (PER_QUESTION.has(key)) {
        runs.push(Buffer.from(run));
        fields.push(key);
        run = '';
      } else {
        run += JSON.stringify(value);
      }
    }
    runs.push(Buffer.from(`${run === '' && runs.length === 0 ? '{' : run}}`));
    return { runs, fields };
  };
  return (result, parts) => {
    let layout = layouts.get(result.passageId);
    if (layout === undefined) {
      layout = layoutOf(result);
      layouts.set(result.passageId, layout);
    }
    const { runs, fields } = layout;
    fields.forEach((field, i) => parts.push(runs[i]!, Buffer.from(JSON.stringify(result[field]))));
    parts.push(runs[fields.length]!);
  };
}

const RESULTS_START = Buffer.from(',"results":[');
const COMMA = Buffer.from(',');
const END = Buffer.from(']}');

export interface AskAnswer {
  /** `{"answer", "sources", "household"?, "results"}` encoded. */
  json: EncodedJson;
  /** Whether any passage was found or a household told was classed (the "unanswered" count and list of the admin stats). */
  answered: boolean;
}

/**
 * What a kept answer holds in memory: its JSON, and its gzipped copy once a client asked for one (http.ts). The
 * passages' parts, shared with other answers, are counted in each: the budget is an upper bound.
 */
const keptSize = (answer: AskAnswer) => byteLength(answer.json.bytes) + (answer.json.gzipped?.length ?? 0);

/**
 * Answers `question` with at most `limit` results as of `today` (yyyy-MM-dd in Vietnam), keeping the encoded
 * answers: search, the answer text and JSON took ~300–500 µs a question, and people ask the same questions.
 * An answer depends only on the question as sent (trimmed), the limit, the day (the standard and supports in
 * force) and the search engine and rules it is made with: the kept answers belong to those two (a new corpus or
 * rules means a new app, and a new cache); when the day changes, all are dropped. At most `maxBytes` are kept,
 * counting each answer's JSON and its gzipped copy (made after the answer is kept, so counted when it is next
 * asked or dropped), the least recently asked dropped first. What a person typed is not kept: the key is a
 * hash of the limit and the question, and the answer never repeats the question.
 */
export function askAnswers(search: SearchEngine, rules: RuleSet, maxBytes: number = HTTP_DEFAULTS.askCacheBytes, library?: DocumentLibrary) {
  const kept = new Map<string, { answer: AskAnswer; counted: number }>();
  const topicTexts = new Map<string, string>();
  const encodeResult = resultEncoder();
  let keptBytes = 0;
  let keptDay = '';
  // One question, one turn: what it reads of the question is kept for it alone (src/text/turn.ts).
  return (question: string, limit: number, today: string): AskAnswer => duringTurnNow(() => answerOf(question, limit, today));

  function answerOf(question: string, limit: number, today: string): AskAnswer {
    if (today !== keptDay) {
      kept.clear();
      topicTexts.clear();
      keptBytes = 0;
      keptDay = today;
    }
    const key = createHash('sha256').update(`${limit}\n${question}`).digest('base64');
    const known = kept.get(key);
    if (known) {
      // Most recently asked last: Map keeps insertion order, so the first entries are the ones to drop.
      kept.delete(key);
      kept.set(key, known);
      const size = keptSize(known.answer);
      keptBytes += size - known.counted;
      known.counted = size;
      dropOldest();
      return known.answer;
    }
    // As in the chat: "điện thoại 0912…", "tôi là Trần Thị Hoa" are no part of what is asked (src/privacy/mask.ts).
    const asked = withoutPersonalData(question);
    const results = search.search(asked, { limit });
    // {"answer", "sources", "household"?, "results"}, as JSON.stringify writes it.
    const classified = householdClass(asked, rules, today);
    const household = classified?.household ? `,"household":${JSON.stringify(classified.household)}` : '';
    const composed = composeAnswer(asked, classified, results, rules, today, topicTexts, library);
    const bytes = [Buffer.from(`{"answer":${JSON.stringify(composed.text)},"sources":${JSON.stringify(composed.sources)}${household}`), RESULTS_START];
    results.forEach((result, i) => {
      if (i > 0) bytes.push(COMMA);
      encodeResult(result, bytes);
    });
    bytes.push(END);
    // A household classed is answered: its sentence is never kept as an unanswered question.
    const answer: AskAnswer = { json: { bytes }, answered: results.length > 0 || classified !== undefined };
    const size = byteLength(bytes);
    if (size > maxBytes) return answer;
    kept.set(key, { answer, counted: size });
    keptBytes += size;
    dropOldest();
    return answer;
  }

  function dropOldest(): void {
    for (const [oldKey, old] of kept) {
      if (keptBytes <= maxBytes) break;
      kept.delete(oldKey);
      keptBytes -= old.counted;
    }
  }
}
