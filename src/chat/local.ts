/**
 * A province with its own standard for its own supports (rules/local/, `appliesTo: province_supports`: Hà Nội, TP.HCM from
 * 2026): a message naming it ("o sai gon", "tp hcm", "nha tui o hn") about the standard, a support or the household's class
 * is still answered by the national standard, and the answer says that the province has its own standard for its supports,
 * its document and status, that the assistant has none of its figures, and whom to ask (the commune or ward). The names are
 * read by the one province vocabulary (lexicon provinces.ts, provinceFinder).
 */
import { POVERTY_CADRE, provinceSupportsStandardNote, STATUS_LABELS, provinceSupportsStandardsOn, type ProvinceSupportsStandard, type RuleSet } from '../rules/index.ts';
import { loadDistrictNames } from '../corpus/ingest.ts';
import { phrasePositions, placeAwayFromHome, provinceFinder, TOPICS } from '../text/lexicon/index.ts';
import type { KnownProvince, Provinces } from './provinces.ts';
import { bold, bullets, plain, replyText, WHERE_TO_ASK } from './replies.ts';
import { tagged } from './result.ts';
import type { Reply, Span } from './types.ts';

/** An own standard named by a message, with the line saying the merger when a former province was said ("binh duong"). */
export type NamedProvinceStandard = ProvinceSupportsStandard & {
  merged?: string;
  /** "Bình Dương nay thuộc TP.HCM (tham khảo)": the merger said in a clause, to lead the one line (provinceStandardLine). */
  mergedInto?: string;
};

/**
 * The provinces' own standards in force on `today` whose province the words name (in the order said), a province merged on
 * 01/07/2025 read as the one holding it today (corpus/provinces-2025.yaml: "chuan ngheo binh duong bn" → TP.HCM's, round 35
 * mend35f, was the national card alone); not a place said as where someone studies or works ("con tui hoc dai hoc o sai gon":
 * the household's place is not told).
 */
export function provinceStandardsNamed(rules: RuleSet, provinces: Provinces, words: readonly string[], today: string): NamedProvinceStandard[] {
  const said = provincesSaid(provinces, words);
  const nows = new Set<string>();
  return said.flatMap((province) => {
    if (nows.has(province.now)) return [];
    nows.add(province.now);
    const merged = provinces.mergedLine(province);
    const into = (own: ProvinceSupportsStandard) => `${province.name} nay thuộc ${own.label}${province.status === 'reported' ? ' (tham khảo)' : ''}`;
    return provinceStandardsOf(rules, province.now, today).map((own) => (merged === '' ? own : { ...own, merged, mergedInto: into(own) }));
  });
}

/** The provinces a message names as the household's, in the order said: not a place where someone studies or works. */
export const provincesSaid = (provinces: Provinces, words: readonly string[]): KnownProvince[] =>
  provinces.namedAt(words).filter(({ start }) => !placeAwayFromHome(words, start)).map(({ province }) => province);

/**
 * What leads a card for a province named: that it was merged on 01/07/2025 (provinces.mergedLine), how many documents of it
 * the data holds (`documents`, when told), and, with no own standard of the province holding it in the data (`own` empty),
 * that none is known (chưa rõ) and whom to ask: of its poverty standard when the card is the standard or a support
 * (`national`, the default: the national one is said), else of the card's subject (the general rule is said).
 */
export function provinceMovedText(provinces: Provinces, province: KnownProvince, own: readonly ProvinceSupportsStandard[], card: { national: boolean; documents?: number } = { national: true }): string {
  const merged = provinces.mergedLine(province);
  const title = provinces.titleOf(province.now);
  const documents = card.documents ? `Dữ liệu của trợ lý có ${card.documents} văn bản của ${title} (gõ “${province.now} có văn bản gì” để xem).` : '';
  const lacking = card.national
    ? `Trợ lý không có dữ liệu về chuẩn nghèo riêng của ${title} (nếu có; chưa rõ), nên nêu theo chuẩn quốc gia. Địa phương có mức riêng`
    : `Trợ lý không có dữ liệu riêng của ${title} về nội dung này (nếu có; chưa rõ), nên nêu theo quy định chung. Địa phương có quy định riêng`;
  const none = own.length > 0 ? '' : `${lacking} hay không, bạn hỏi ${POVERTY_CADRE} nơi bạn cư trú.`;
  return [merged, documents, none].filter((line) => line !== '').map((line) => `${line}\n\n`).join('');
}

/**
 * "chuan ngheo quang nam bn" (round 35 law26; was the national card with no word of the merger): for a merged province named
 * whose province today has no own standard in the data, what leads the card (provinceMovedText); '' for any other message.
 */
export function mergedWithoutStandardText(rules: RuleSet, provinces: Provinces, words: readonly string[], today: string): string {
  const [province, ...others] = provincesSaid(provinces, words);
  if (!province || others.length > 0 || provinces.mergedLine(province) === '') return '';
  const own = provinceStandardsOf(rules, province.now, today);
  return own.length > 0 ? '' : provinceMovedText(provinces, province, own);
}

/** The own standards in force on `today` of one province (a province chosen with /tinh, one kept with a check). */
export const provinceStandardsOf = (rules: RuleSet, province: string | undefined, today: string): ProvinceSupportsStandard[] =>
  province === undefined ? [] : provinceSupportsStandardsOn(rules, today, [province]);

/**
 * What an answer says of those standards: each one's sentence (status, document, no figure) and source, that the figures and
 * the result given are the national standard's, and whom to ask in the commune or ward. Empty without any.
 */
export function provinceStandardsText(standards: readonly ProvinceSupportsStandard[]): string {
  if (standards.length === 0) return '';
  const labels = standards.map((own) => own.label).join(', ');
  return [
    ...standards.map((own) => `${provinceSupportsStandardNote(own)} Nguồn: ${own.reference}.`),
    'Các mức và kết quả trợ lý nêu là theo chuẩn nghèo quốc gia.',
    `Hộ ở ${labels} có thuộc diện được hỗ trợ theo chuẩn riêng của địa phương hay không, bạn hỏi ${POVERTY_CADRE}/phường nơi bạn cư trú.`,
  ].join('\n');
}

/**
 * The note said to a resident (round 40 short34; was the whole note, about 560 characters of a 1.493-character first reply to
 * "chuan ngheo o ha noi la bao nhieu"): each standard's status, that its figures are not known, its source, that the figures
 * given are the national standard's and whom to ask; its document one "chi tiết" away (provinceStandardsText).
 */
export function provinceStandardsBrief(standards: readonly ProvinceSupportsStandard[]): string {
  const labels = standards.map((own) => own.label).join(', ');
  return [
    ...standards.map((own) => `${own.label} có chuẩn nghèo riêng từ ${own.since} cho các hỗ trợ của ${own.unit} (${STATUS_LABELS[own.status]}), chưa rõ các mức. Nguồn: ${own.reference}.`),
    `Dưới đây là theo chuẩn quốc gia. Hộ ở ${labels} có được hỗ trợ theo chuẩn riêng không, bạn hỏi ${POVERTY_CADRE}/phường. Gõ “chi tiết” để xem căn cứ.`,
  ].join('\n');
}

function spansOf(standards: readonly NamedProvinceStandard[], brief = false): Span[] {
  const merged = standards.flatMap((own) => (own.merged ? [own.merged] : []));
  const note = brief ? provinceStandardsBrief(standards) : provinceStandardsText(standards);
  return [...(merged.length > 0 ? [plain(`${merged.join('\n')}\n\n`)] : []), bold(`Chuẩn riêng của ${standards.map((own) => own.label).join(', ')}:\n`), plain(note)];
}

/**
 * The first reply led by the note (an answer about the standard or a support: what was asked about the province comes
 * first). The standard card names every province's own standard among its notes (one bullet each): those said in the lead
 * are not said again. `brief`: the note in brief, as said to a resident (provinceStandardsBrief).
 */
export function ledByProvinceStandards(replies: Reply[], standards: readonly NamedProvinceStandard[], brief = false): Reply[] {
  const [first, ...rest] = replies;
  if (!first || standards.length === 0) return replies;
  const said = standards.map((own) => `• ${provinceSupportsStandardNote(own)}`);
  // Nor whom to ask again (round 38 short30): the note ends by naming the poverty cadre of the commune or ward.
  const unrepeated = (text: string) =>
    said.reduce((kept, bullet) => kept.replace(`\n${bullet}`, '').replace(`${bullet}\n`, ''), text).replace(` ${WHERE_TO_ASK}`, '').replace(`\n\n${WHERE_TO_ASK}`, '').replace(`\n${WHERE_TO_ASK}`, '');
  return [{ ...first, spans: [...spansOf(standards, brief), plain('\n\n'), ...first.spans.map((span) => ({ ...span, text: unrepeated(span.text) }))] }, ...rest];
}

/** The characters of the note in brief before an answer (a support's card measured for a phone: topics.ts classInBrief). */
export const provinceStandardsBriefChars = (standards: readonly NamedProvinceStandard[]) => (standards.length === 0 ? 0 : replyText({ spans: spansOf(standards, true) }).length + 2);

/** The whole note alone ("chi tiết" after it in brief when the answer below it had nothing more; core.ts OWN_MARK). */
export const provinceStandardsReply = (standards: readonly NamedProvinceStandard[]): Reply => ({ spans: spansOf(standards) });

/** The first reply followed by the note (what was understood of a household told, before the check's questions). */
export function closedByProvinceStandards(replies: Reply[], standards: readonly NamedProvinceStandard[]): Reply[] {
  const [first, ...rest] = replies;
  if (!first || standards.length === 0) return replies;
  return [{ ...first, spans: [...first.spans, plain('\n\n'), ...spansOf(standards)] }, ...rest];
}

/**
 * A province's own standard in one line, said beside an answer given by the national standard (a support's card, a household's class
 * said first): its start, (`basis`: its document, then) its status, that its figures are not known, and that the household is still
 * checked by the national one; a merged province told leads it ("Bình Dương nay thuộc TP.HCM (tham khảo), nơi có …"). Round 44
 * resid49: was its own sentence and "(tham khảo; căn cứ: …)", Bình Dương's class said first 1.063 characters.
 */
export const provinceStandardLine = (own: NamedProvinceStandard, basis = false): string =>
  `${own.mergedInto ? `${own.mergedInto}, nơi` : own.label} có chuẩn nghèo riêng từ ${own.since} cho hỗ trợ của ${own.unit} (${basis ? `${own.document}; ` : ''}${STATUS_LABELS[own.status]}), chưa rõ các mức; kết quả trên theo chuẩn quốc gia.`;

/**
 * "tui o Ha Noi", "nha em o sai gon a" right after a support's card (round 42 resid45; was that card again under the province's
 * note, 1.471 characters): what the province gives beside that support (its own lines, rules/local `supports`, each with its
 * status and basis) or that the data has nothing of its own on it (the card above being the national rule), its own standard
 * in one line, whom to ask. Undefined when the message says more than the place, or names more than one.
 */
/** Said when a quận, huyện or thị xã is told as where the household lives: that level is gone, the phường, xã is where to go. */
const DISTRICT_GONE = 'Từ 01/07/2025 không còn cấp quận, huyện, thị xã (chính quyền địa phương hai cấp: tỉnh và xã); nơi làm thủ tục là UBND phường, xã nơi bạn ở.';

/**
 * The words of the units told before a province's name ("quan Long Bien", "phuong 5"): each unit word (TOPICS.placeToldUnits) and
 * the words of its name up to the next unit or the province's name, at most `names` of them; whether a district-level one is said.
 */
function unitsBefore(words: readonly string[], named: ReadonlySet<number>): { at: Set<number>; district: boolean } {
  const { district, commune, names } = TOPICS.placeToldUnits;
  const districtAt = phrasePositions(words, district);
  const unitAt = new Set([...districtAt, ...phrasePositions(words, commune)]);
  const firstName = Math.min(...named);
  const at = new Set<number>();
  let said = false;
  for (const start of [...unitAt].sort((a, b) => a - b)) {
    if (start >= firstName || at.has(start)) continue;
    let end = start;
    while (unitAt.has(end + 1)) end += 1;
    const last = Math.min(firstName - 1, end + names);
    if ([...Array(last - end).keys()].some((step) => unitAt.has(end + 1 + step) && !at.has(end + 1 + step))) continue;
    for (let position = start; position <= last; position += 1) at.add(position);
    said ||= districtAt.has(start);
  }
  // "tui o Cu Chi TPHCM" (round 43 mend45e; was "ngoài phạm vi"): a former district-level unit's name right before the province's,
  // no unit word (corpus/provinces-2025.yaml `districts`), is a district told too.
  findDistricts ??= provinceFinder(loadDistrictNames());
  const former = findDistricts(words).find(({ start, length }) => start + length === firstName && !at.has(start));
  if (former) for (let position = former.start; position < firstName; position += 1) at.add(position);
  return { at, district: said || former !== undefined };
}
let findDistricts: ReturnType<typeof provinceFinder> | undefined;

export function placeToldAfterSupport(
  rules: RuleSet,
  provinces: Provinces,
  words: readonly string[],
  support: { id: string; name: string },
  today: string,
): Reply | undefined {
  return placeToldAfter(rules, provinces, words, { ids: [support.id], name: support.name, subject: 'hỗ trợ này' }, today);
}

/**
 * "tui o Cu Chi TPHCM" right after a class's supports ("nha tui moi thoat ngheo nam nay", round 45 resid52; was "ngoài phạm vi"):
 * what the place's own standard in the data gives of those supports (TP.HCM's 100 % premium for 36 months, rules/local/), its
 * standard's note, whom to ask; that the district level is gone when one is named.
 */
export function placeToldAfterClass(
  rules: RuleSet,
  provinces: Provinces,
  words: readonly string[],
  listed: { ids: readonly string[]; label: string },
  today: string,
): Reply | undefined {
  return placeToldAfter(rules, provinces, words, { ids: listed.ids, name: `Hỗ trợ cho ${listed.label}`, subject: `${listed.label}` }, today);
}

function placeToldAfter(
  rules: RuleSet,
  provinces: Provinces,
  words: readonly string[],
  asked: { ids: readonly string[]; name: string; subject: string },
  today: string,
): Reply | undefined {
  const [province, ...others] = provincesSaid(provinces, words);
  if (!province || others.length > 0) return undefined;
  const named = provinces.namePositions(words);
  const around = phrasePositions(words, TOPICS.placeToldAround);
  const units = unitsBefore(words, named);
  if (!words.every((_, at) => named.has(at) || around.has(at) || units.at.has(at))) return undefined;
  const title = provinces.titleOf(province.now);
  const own = provinceStandardsOf(rules, province.now, today);
  const lines = own.flatMap((standard) => (standard.supports ?? []).filter((line) => asked.ids.includes(line.support) && (line.validFrom ?? today) <= today));
  const merged = provinces.mergedLine(province);
  const text = [
    ...(merged === '' ? [] : [merged]),
    lines.length > 0
      ? `${bullets(lines.map((line) => `${tagged(line.what, line.status, true)} Căn cứ: ${line.basis}.`))}\nNgoài điều này, dữ liệu của trợ lý không có mức riêng của ${title}: các mức ở câu trả lời trên là quy định cả nước.`
      : `Dữ liệu của trợ lý không có quy định riêng của ${title} về ${asked.subject} (chưa rõ): các mức ở câu trả lời trên là quy định cả nước.`,
    ...own.map((standard) => provinceStandardLine(standard)),
    `Hộ có được hỗ trợ riêng của địa phương không, bạn hỏi ${POVERTY_CADRE}/phường nơi bạn cư trú.`,
    ...(units.district ? [DISTRICT_GONE] : []),
  ];
  return { spans: [bold(`${asked.name} ở ${title}:\n`), plain(text.join('\n'))] };
}
