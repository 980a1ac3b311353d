/**
 * A household check result as a reply: class, reasons with numbers, "không rõ" answers and what
 * they change, margins, supports with their basis, next steps, and the date and standard used.
 * Everything comes from the rules engine's CheckResult; this file only arranges it.
 */
import { betweenLabel, CLASS_LABELS, residentLabel, formatDate, formatMoney, POVERTY_CADRE, STATUS_LABELS, upcomingLine, withStatus, type CheckResult, type ClassBetween, type Classification, type FactStatus, type SupportResult } from '../rules/index.ts';
import type { Button, Reply, Span } from './types.ts';
import { bold, bullets, DECISION_NOTE, plain, pressing } from './replies.ts';
import { lowerFirst, upperFirst } from '../corpus/vietnamese.ts';

/** Said after the basis of a support whose status is unknown: no figure is known, and whom to ask. */
export const UNKNOWN_SUPPORT_NOTE = `Nội dung này chưa có thông tin chắc chắn, hỏi ${POVERTY_CADRE}.`;

/** Short status tags after a name or a figure. */
export const STATUS_TAGS: Record<FactStatus, string> = { verified: '', reported: ' (tham khảo)', unknown: ' (chưa rõ)' };

/**
 * A support's amount with its own status where it is not the support's (round 43 cadre45: the 500.000 đồng mức chuẩn trợ giúp xã
 * hội read in NĐ 76/2024, "(đã kiểm tra)", of an allowance whose groups are "tham khảo"; was the support's "(tham khảo)" after it);
 * the amount alone where both are the same (the support's status said once, as before); '' without an amount.
 */
export const amountWithStatus = (support: SupportResult): string =>
  support.amount === undefined ? '' : support.amountStatus !== undefined && support.amountStatus !== support.status ? `${support.amount} (${STATUS_LABELS[support.amountStatus]})` : support.amount;

/**
 * A statement of the data with its status tag inside its sentence, before the full stop it ends with: "… nêu rõ lý do (tham
 * khảo)." (round 36 staff24; was "… nêu rõ lý do. (tham khảo)", the tag after the sentence it is about). `stop`: a sentence
 * written without its full stop gets one after the tag.
 */
export const tagged = (text: string, status: FactStatus, stop = false): string =>
  text.endsWith('.') && !text.endsWith('..') ? `${text.slice(0, -1)}${STATUS_TAGS[status]}.` : `${text}${STATUS_TAGS[status]}${stop ? '.' : ''}`;

/**
 * A source with its status said once at its end, the one citation format of every "Nguồn: …" / "Căn cứ: …": its own
 * document's status when that is not verified; "đã kiểm tra" when it and every fact it is the source of (`covered`) are
 * verified; nothing when some of those are not (a mixed answer: their own lines say "(tham khảo)" / "(chưa rõ)"). A reference
 * that ends in its own brackets takes the status inside them: "nhansu.vn; baotintuc.vn (phần đầu văn bản; đã kiểm tra)" (round
 * 28: was "(phần đầu văn bản) (đã kiểm tra)"), never two brackets side by side.
 */
export function cited(reference: string, own: FactStatus, covered: readonly FactStatus[] = []): string {
  const once = statusOnce(own, covered);
  return once === undefined ? reference : withStatus(reference, once);
}

/**
 * A support's basis with its status (round 43 cadre45): the document's own where the data gives it apart from the support's
 * (`basisStatus`: "Quyết định 28/2015/QĐ-TTg (đã kiểm tra)" beside the loan's reported figures, as every other answer citing it
 * says; "Nghị định 238/2025/NĐ-CP (…; tham khảo)" whose amount is not known; were "(tham khảo)" and "(…; chưa rõ)"); else as cited.
 */
/** "…, tham khảo" for a status said after a comma inside brackets; '' for a verified one. */
export const statusAfterComma = (status: keyof typeof STATUS_TAGS) => STATUS_TAGS[status].replace(' (', ', ').replace(')', '');

/**
 * "60.000.000 đồng/nhà (xây mới), 30.000.000 đồng/nhà (sửa chữa) là mức của phong trào xóa nhà tạm, nhà dột nát (2024–2025) (01/01/2024 –
 * 31/12/2025; …): …; không áp dụng năm 2026.": an ended programme's amounts, as past. An amount of its own status says it (round 45
 * cadre48: the campaign's figures checked in the press, supports.md [V]; were "tham khảo"), and a basis of its own status (its legal
 * text not known) is said with it; the rest with the variant's status.
 */
export function endedProgrammeAmounts(
  name: string,
  variant: { validFrom?: string; validTo?: string; basis: string; basisStatus?: FactStatus; status: FactStatus; what: string },
  amounts: readonly { value?: number; per?: string; label?: string; status?: FactStatus }[],
  year: string,
): string {
  const own = (status: FactStatus | undefined) => (status !== undefined && status !== variant.status ? STATUS_LABELS[status] : '');
  const said = (amount: (typeof amounts)[number]) => [amount.label && lowerFirst(amount.label), own(amount.status)].filter(Boolean).join('; ');
  const values = amounts.map((amount) => `${formatMoney(amount.value!)}${amount.per ? `/${amount.per}` : ''}${said(amount) ? ` (${said(amount)})` : ''}`).join(', ');
  const span = `${variant.validFrom ? `${formatDate(variant.validFrom)} – ` : 'đến '}${formatDate(variant.validTo!)}`;
  const source = variant.basisStatus !== undefined ? supportCited(variant) : `${variant.basis}${statusAfterComma(variant.status)}`;
  return `${values} là mức của ${lowerFirst(name)} (${span}; ${source}): ${tagged(lowerFirst(variant.what).replace(/\.$/, ''), variant.status)}; không áp dụng năm ${year}.`;
}

export const supportCited = (support: Pick<SupportResult, 'basis' | 'basisStatus' | 'status'>, basis = support.basis): string =>
  support.basisStatus !== undefined ? withStatus(basis, support.basisStatus) : cited(basis, support.status);

/** The one status a source says (`cited`): its own when not verified, verified when all it covers is; undefined when mixed. */
export const statusOnce = (own: FactStatus, covered: readonly FactStatus[] = []): FactStatus | undefined =>
  own !== 'verified' ? own : covered.every((one) => one === 'verified') ? 'verified' : undefined;

/**
 * What a support's scope says, in every form it is shown in (a list, a short text, the details): a support only some
 * provinces give is never named as one the class has.
 */
const SCOPE_NOTES: Record<NonNullable<SupportResult['scope']>, string> = {
  some_provinces: 'không có mức hỗ trợ chung cả nước, chỉ một số tỉnh, thành tự hỗ trợ',
};
const scopeNote = (support: SupportResult) => (support.scope ? `: ${SCOPE_NOTES[support.scope]}` : '');

/** A support named in a list: its name, and what its scope says ("…: không có mức hỗ trợ chung cả nước, …"). */
export const supportName = (support: SupportResult) => `${support.name}${scopeNote(support)}`;

/** One support in a list: name, basis and how sure the fact is, a verified one too ("(căn cứ: …; đã kiểm tra)"); the details are one button away. */
export function supportLine(support: SupportResult): string {
  return cited(`${supportName(support)} (căn cứ: ${support.basis})`, support.status);
}

/** A figure in a support's text, money or a rate ("100.000.000 đồng/hộ", "7,92%/năm"): the loans carry theirs there. */
export const FIGURE = /\d[\d.,]*\s*(?:đồng|%)/;

/** The sentences of a support's text that state a figure. */
export const figureSentences = (what: string) => what.split(/(?<=\.)\s+/).filter((sentence) => FIGURE.test(sentence));

/** The longest condition a line of a class's list of supports says in full. */
const LINE_CONDITION_MAX = 100;

/** The longest figure a short line says of a support with no amount; a longer one is left to the full text. */
const SHORT_FIGURE_MAX = 160;
/** Words after a figure that qualify it ("…, nhưng thời điểm … chưa rõ"): a figure is never said without them. */
const QUALIFIERS = /chưa rõ|nhưng|trừ |chỉ /;

/**
 * What a short line says a support with no amount gives: the first sentence of its text that states a figure, or the part
 * of it up to a ";" that does when the sentence is long and the rest does not qualify the figure; undefined when neither
 * is short (the full text says it, with its caveats).
 */
function shortFigure(what: string): string | undefined {
  const sentence = figureSentences(what)[0]?.replace(/\s*\((?:tham khảo|chưa rõ)\)\.?$|\.$/, '');
  if (!sentence || sentence.length <= SHORT_FIGURE_MAX) return sentence;
  const clauses = sentence.split('; ');
  const clause = clauses.find((part) => FIGURE.test(part));
  const rest = clauses.filter((part) => part !== clause).join('; ');
  return clause && clause.length <= SHORT_FIGURE_MAX && !QUALIFIERS.test(rest) ? clause : undefined;
}

/**
 * The one rendering of a support's details, for a result, /hotro and a support asked about: what, the amount
 * whenever the rules data has one (the data carries amounts only with their reference), the basis with how sure
 * it is, and where to apply (`place` false: the caller says it once for several). `short` (a text to share, src/chat/short.ts): the name, the amount unless its status
 * is unknown, and how sure; the basis goes to the text's one "Nguồn" line. `line` (a class's list of supports): the same, a
 * long condition named, not listed.
 */
export function supportDetail(support: SupportResult, form: 'full' | 'post' | 'short' | 'line' = 'full', place = true, everyStatus = form === 'line'): string {
  if (form !== 'full' && form !== 'post') {
    // The condition stays with the benefit, even in a short text: "Trợ cấp xã hội hằng tháng: … 500.000 đồng/tháng" is not for every member.
    // No amount in the data: the first sentence of its text that states a figure ("Ngân sách nhà nước đóng 100%…"), so a
    // support is never a bare name (findings33 O07); its own status tag is said once.
    const figure = support.status === 'unknown' || support.amount ? undefined : shortFigure(support.what);
    const known = support.status === 'unknown' ? '' : support.amount ? `: ${amountWithStatus(support)}` : figure ? `: ${figure}` : '';
    // An amount with a status of its own: the support's status after its condition, or after its name when it has none.
    const ownAmount = support.status !== 'unknown' && support.amount !== undefined && amountWithStatus(support) !== support.amount;
    // A line of a class's list (`line`) names a long condition, which its full text lists ("Chi tiết từng khoản").
    const condition = !support.condition
      ? ''
      : form === 'line' && support.condition.length > LINE_CONDITION_MAX
        ? ', chỉ khi thuộc một số nhóm (xem chi tiết)'
        : `, chỉ khi: ${lowerFirst(support.condition)}`;
    // A figure whose own words say it is reported ("Số liệu công bố trước đây (tham khảo, …)") takes no second tag. A line of a
    // class's list says every status, a verified one too (round 28: "Trợ giúp pháp lý miễn phí" said none, beside "(tham khảo)"),
    // as does a short post's line beside lines of another status (`everyStatus`, round 29).
    const tag =
      support.status === 'reported' && known.includes('tham khảo') ? '' : everyStatus && support.status === 'verified' ? ` (${STATUS_LABELS.verified})` : STATUS_TAGS[support.status];
    if (ownAmount && !support.scope) {
      const own = STATUS_TAGS[support.status];
      return condition ? `${supportName(support)}${known}${condition}${condition.includes(own.trim()) ? '' : own}` : `${supportName(support)}${own}${known}`;
    }
    return `${supportName(support)}${support.scope ? '' : known}${tag}${condition}`;
  }
  const amount = support.amount ? ` Mức: ${amountWithStatus(support)}.` : '';
  const scope = support.scope ? `${upperFirst(SCOPE_NOTES[support.scope])}. ` : '';
  // Its basis with its status in the one citation format (cited; round 29: was "(tham khảo: nội dung tóm tắt, chưa đối chiếu nguyên
  // văn)", "(chưa có thông tin chắc chắn, …)" after the basis, which /api/ask could not read as a status), whom to ask when unknown.
  const unknown = support.status === 'unknown' ? ` ${UNKNOWN_SUPPORT_NOTE}` : '';
  // A fuller post (`post`, round 35 staff23; was "Căn cứ: …" on each line and the "Nguồn: …" line after them): the status on the
  // line, every status said (once: not after words that say it, "… (tham khảo)."), the bases on the post's one source line.
  const label = STATUS_LABELS[support.status];
  const basis = form !== 'post' ? ` Căn cứ: ${supportCited(support)}.` : `${support.what}${amount}`.includes(label) ? '' : ` (${label})`;
  return `${scope}${support.what}${amount}${basis}${unknown}${place ? ` Nơi làm: ${support.whereToApply}` : ''}`;
}

/** One support in full, with its name. */
export function describeSupport(support: SupportResult): string {
  return `${support.name}: ${supportDetail(support)}`;
}

/** A bold title (its spans, when it tells to press a button: Span.press) over bullets; nothing without items. */
function section(title: string | readonly Span[], items: readonly string[] | undefined): Span[] {
  if (title.length === 0 || !items || items.length === 0) return [];
  const titled = typeof title === 'string' ? [plain(title)] : title;
  const last = titled.length - 1;
  const spans = titled.map((span, at) => ({ ...span, text: `${at === 0 ? '\n\n' : ''}${span.text}${at === last ? '\n' : ''}`, style: 'bold' as const }));
  return [...spans, plain(bullets(items))];
}

/**
 * The standard a result is checked by, with its status once: "(đã kiểm tra)" unless the standard or the result rests on something
 * not confirmed (provisional). `full` (the details): its article and period too.
 */
export function standardLine(result: CheckResult, full = true): string {
  const { standard } = result;
  const until = standard.validTo ? ` đến ${formatDate(standard.validTo)}` : '';
  const reference = full ? `${standard.document}, ${standard.article} (áp dụng từ ${formatDate(standard.validFrom)}${until})` : standard.document;
  return cited(reference, standard.status, result.provisional ? ['reported'] : []);
}

/** What the chat adds to a result from the rules data: the poverty line, and the class "không rõ" answers could give. */
export interface ResultContext {
  /** The poverty line per person per month for the household's area on the date. */
  line?: { amount: number; areaName: string };
  /** The class if every "không rõ" answer were a deprivation, when it differs; with that class's supports. */
  couldBe?: { classification: Classification; unsureNames: string[]; supports: SupportResult[] };
  /** The result is for an earlier day (the check started then) and another standard is in force today: the class under it. */
  today?: { date: string; standardTitle: string; document: string; classification: Classification; provisional: boolean };
  /** The household's province has its own standard for its supports (src/chat/local.ts): said after the class, no figure of it. */
  province?: string;
  /**
   * That standard in one line with whom to ask, for the first screen (round 44 resid49: the whole note above made a Hà Nội
   * household's result 1.519 characters); the whole note stays in "Chi tiết".
   */
  provinceBrief?: string;
  /**
   * A household told in one message: the coming standard's classes when the indicators never asked decide them (settled.ts
   * comingOpen), with those indicators' names; the result offers "Kiểm tra đầy đủ" to ask them.
   */
  comingOpen?: { between: ClassBetween; notAsked: string[]; told: string[]; total?: number };
  /** The deprivations told that the coming standard counts and how many more change its class (settled.ts deprivationsToldOn). */
  comingTold?: string;
  /** The coming standard of `result.upcoming`: its document and how sure it is, said after the first screen's line of it. */
  coming?: { document: string; status: FactStatus; line?: { amount: number; areaName: string } };
}

/**
 * "Kết quả tính cho ngày 31/12/2026 (ngày bắt đầu trả lời). Từ hôm nay 01/01/2027 áp dụng …: hộ cận nghèo."
 * Empty when the result is for today's standard.
 */
function crossingLine(result: CheckResult, context: ResultContext): string {
  const later = context.today;
  if (!later) return '';
  return (
    // Earlier: the check started before a new standard came in; later: the question asked about a coming year ("năm sau").
    (result.asOf < later.date
      ? `\nKết quả trên tính cho ngày ${formatDate(result.asOf)}, ngày bạn bắt đầu trả lời, theo chuẩn của ngày đó. Hôm nay ${formatDate(later.date)} đã áp dụng `
      : `\nKết quả trên tính cho ngày ${formatDate(result.asOf)}, theo chuẩn sẽ áp dụng từ ngày đó (bạn hỏi về năm ${result.asOf.slice(0, 4)}). Hôm nay ${formatDate(later.date)} đang áp dụng `) +
    `${later.standardTitle} (${later.document}): theo chuẩn này là ${CLASS_LABELS[later.classification]}${later.provisional ? ' (tạm tính)' : ''}.`
  );
}

/** "HỘ CẬN NGHÈO — có thể là hộ nghèo nếu Bảo hiểm y tế thiếu hụt". */
function headline(result: CheckResult, context: ResultContext): string {
  // "ÍT NHẤT LÀ HỘ CẬN NGHÈO (tạm tính); là hộ nghèo nếu thiếu hụt từ 3 chỉ số": betweenLabel's words (as the coming standard's upcomingLine), the floor in capitals.
  if (result.between) return betweenLabel(result.between, ' (tạm tính)').replace(/^[^;]+/, (floor) => floor.toUpperCase().replace('(TẠM TÍNH)', '(tạm tính)'));
  // Above the lines with the middle threshold unknown: "KHÔNG THUỘC DIỆN HỘ NGHÈO, HỘ CẬN NGHÈO; có là … thì chưa rõ".
  const className = residentLabel(result.classification).replace(/^[^;]+/, (head) => head.toUpperCase());
  const could = context.couldBe;
  if (!could) return className;
  return `${className} — có thể là ${CLASS_LABELS[could.classification]} nếu ${could.unsureNames.join(', ')} (đang "không rõ") là thiếu hụt`;
}

/**
 * The first screen, for a cheap phone: the verdict, the income per person against the line, what the
 * next standard would make of the same household, and one next step. Reasons, legal bases and the full
 * list of supports are one tap away ("Chi tiết", a numbered choice where there are no buttons).
 */
export function resultReply(result: CheckResult, options: { intro?: string; buttons?: Button[][]; context?: ResultContext }): Reply {
  const context = options.context ?? {};
  const spans: Span[] = [];
  if (options.intro) spans.push(plain(`${options.intro}\n\n`));
  spans.push(bold(`Kết quả sàng lọc (tham khảo): ${headline(result, context)}\n`));
  const line = context.line ? ` (chuẩn nghèo ${context.line.areaName.toLowerCase()}: ${formatMoney(context.line.amount)})` : '';
  spans.push(plain(`Thu nhập bình quân: ${formatMoney(result.incomePerPerson)}/người/tháng${line}, ngày ${formatDate(result.asOf)}.`));
  // The standard applied, with its status (round 28: the first screen named no source; its article and period are in "Chi tiết").
  spans.push(plain(`\nCăn cứ: ${standardLine(result, false)}.`));
  // Where "Chi tiết" is a numbered choice (Zalo), the number to type (round 25: 'xem "Chi tiết"' named no number).
  // With a province's line (a longer screen), "tạm tính" alone: the last line says what "Chi tiết" shows (round 44 resid49).
  if (result.provisional && context.provinceBrief) spans.push(plain('\n⚠️ Kết quả tạm tính.'));
  else if (result.provisional) spans.push(plain('\n⚠️ Kết quả tạm tính ('), pressing('Chi tiết', '“chi tiết”'), plain(' để xem lý do).'));
  const crossing = crossingLine(result, context);
  // The deprivations told that the coming standard counts, with what they make (round 37 law30), when they are all those told:
  // "ko co mang" (Internet, its 2027 threshold not known) is not counted, so the count would read short; then only named below.
  const toldAbove = context.comingTold !== undefined && (context.comingOpen?.told ?? []).every((name) => context.comingTold!.includes(name));
  if (crossing) spans.push(bold(crossing));
  else if (result.upcoming) {
    // Its source with its status (round 29: "Từ 01/01/2027 theo chuẩn mới: …" named none, beside today's "Căn cứ").
    spans.push(bold(`\n${upcomingLine(result, context.comingOpen?.between)}.`));
    // The coming line of the household's area (round 40 law33: an urban household at 2.750.000 đồng heard its class then, not the
    // 2.800.000 đồng that makes it), for an income above today's line, which the coming one may reach (a phone's first screen stays
    // short for the rest).
    const comingLine = context.coming?.line;
    if (comingLine && context.line !== undefined && result.incomePerPerson > context.line.amount) spans.push(plain(` Chuẩn nghèo ${comingLine.areaName.toLowerCase()} từ ${formatDate(result.upcoming.from)}: ${formatMoney(comingLine.amount)}.`));
    if (context.coming) spans.push(plain(` Căn cứ: ${cited(context.coming.document, context.coming.status, result.upcoming.provisional ? ['reported'] : [])}.`));
    if (toldAbove) spans.push(plain(`\n${context.comingTold}`));
  }
  if (!crossing && context.comingOpen) {
    // Round 29 (plain12): what was told and how many were not asked, not the names of every indicator not asked (were 11–13
    // names in one line); the names are in "Chi tiết".
    // Round 29 (mend29d): a count of those not asked only when the legal text's count is known (indicators.total); the
    // 2027–2030 count is not (was "còn 11 chỉ số", our list's length).
    const { told, notAsked, total } = context.comingOpen;
    const found = told.length > 0 && !toldAbove ? `bạn đã kể ${told.length} chỉ số (${told.join(', ')}), ` : '';
    const open =
      total !== undefined
        ? `${told.length > 0 ? 'còn ' : ''}${notAsked.length} chỉ số thiếu hụt mình chưa hỏi`
        : `${told.length > 0 ? 'còn các chỉ số thiếu hụt khác mình chưa hỏi' : 'mình chưa hỏi các chỉ số thiếu hụt'} (số chỉ số chính thức chưa rõ)`;
    spans.push(
      plain(`\nKết quả theo chuẩn mới chưa phải là kết quả cuối cùng: ${found}${open}. `),
      pressing('Kiểm tra đầy đủ', '/kiemtra', true),
      plain(' để trả lời từng câu (Có, Không hoặc Không rõ).'),
    );
  }
  const province = context.provinceBrief ?? context.province;
  if (province) spans.push(plain(`\n${province}`));
  const step = result.nextSteps[0];
  if (step) spans.push(plain(`\nBước tiếp theo: ${step}`));
  // With the province's line, which says whom to ask, and the step, which says UBND cấp xã recognises: the note left to "Chi tiết"
  // (round 44 resid49: it said UBND cấp xã a third time on a 1.519-character screen).
  const note = context.provinceBrief && step?.includes('UBND cấp xã') ? '' : ` ${SHORT_DECISION_NOTE}`;
  spans.push(plain('\n\n'), pressing('Chi tiết', '“chi tiết”', true), plain(` để xem vì sao, căn cứ pháp lý và các hỗ trợ.${note}`));
  return options.buttons ? { spans, buttons: options.buttons } : { spans };
}

export const SHORT_DECISION_NOTE = 'Chỉ để tham khảo: Chủ tịch UBND cấp xã quyết định sau rà soát (QĐ 24/2021/QĐ-TTg).';

/** The full result ("Chi tiết"): reasons with numbers, "không rõ" answers, margins, supports with their basis, next steps. */
export function resultDetailReply(result: CheckResult, options: { buttons?: Button[][]; context?: ResultContext }): Reply {
  const context = options.context ?? {};
  const spans: Span[] = [];
  spans.push(
    bold(`Kết quả sàng lọc (tham khảo): ${headline(result, context)}\n`),
    plain(`Tính theo chuẩn: ${standardLine(result)}, ngày ${formatDate(result.asOf)}.`),
  );
  const crossing = crossingLine(result, context);
  if (crossing) spans.push(bold(crossing));
  if (result.provisional) {
    spans.push(plain(`\n⚠️ Kết quả tạm tính: ${(result.provisionalReasons ?? []).join(' ') || 'một phần của chuẩn chưa được xác nhận.'}`));
  }
  spans.push(
    ...section('Vì sao:', result.reasons),
    ...section('Các câu trả lời "không rõ" và ảnh hưởng:', result.unsure),
    ...section('Điều có thể làm thay đổi kết quả:', result.margins),
    ...section(
      [
        plain('Hỗ trợ có thể được hưởng (một số chỉ áp dụng khi hộ có điều kiện riêng, ví dụ có con đi học; '),
        pressing('Chi tiết hỗ trợ', '/hotro'),
        plain(' để xem điều kiện, mức và nơi làm thủ tục):'),
      ],
      result.supports.map(supportLine),
    ),
    ...section(
      context.couldBe ? `Nếu là ${CLASS_LABELS[context.couldBe.classification]} (khi các câu "không rõ" là thiếu hụt), hỗ trợ có thể được hưởng:` : '',
      context.couldBe?.supports.map(supportLine),
    ),
    // The coming standard's indicators never asked (a household told in one message): its two classes as the result said
    // them, in place of the first reason's class of the indicators told alone (the reasons say which were not told).
    ...section(
      upcomingLine(result, context.comingOpen?.between) ?? '',
      context.comingOpen
        ? [...(result.upcoming?.reasons.slice(1) ?? []), `Các chỉ số thiếu hụt chưa được hỏi${context.comingOpen.total !== undefined ? ` (${context.comingOpen.notAsked.length})` : ''}: ${context.comingOpen.notAsked.join(', ')}.`]
        : result.upcoming?.reasons,
    ),
    ...(context.province ? [bold('\n\nChuẩn riêng của địa phương:\n'), plain(context.province)] : []),
    ...section('Bước tiếp theo:', result.nextSteps),
    plain(`\n\n${DECISION_NOTE}`),
  );
  return options.buttons ? { spans, buttons: options.buttons } : { spans };
}

/** One line for a problem report: enough for a cadre to reproduce the result, nothing that identifies the user. */
export function resultSubject(result: CheckResult): string {
  return [
    `Kết quả kiểm tra: ${result.classification}`,
    `chuẩn ${result.standard.id}`,
    `ngày ${result.asOf}`,
    `thu nhập/người ${result.incomePerPerson}`,
    `thiếu hụt [${result.deprivations.join(', ')}]`,
    `rules ${result.rulesVersion}`,
  ].join('; ');
}

/** A line of the rules data said with its status and basis: "… (tham khảo). Căn cứ: …", a verified one "… Căn cứ: … (đã kiểm tra)." (cited). */
export const referenceLine = (line: { text: string; basis: string; status: keyof typeof STATUS_TAGS }) =>
  `${tagged(line.text, line.status, true)} Căn cứ: ${cited(line.basis, 'verified', [line.status])}.`;
