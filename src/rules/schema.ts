/**
 * zod schemas of the files in rules/. Each value that decides a result carries its legal
 * reference and a status (verified / reported / unknown), as in rules/README.md.
 */
import * as z from 'zod';
import { isIsoDate } from '../text/dates.ts';

export const isoDate = z.string().refine(isIsoDate, { message: 'phải là ngày có thật, dạng yyyy-MM-dd' });
const text = z.string().trim().min(1);
const status = z.enum(['verified', 'reported', 'unknown']);
/**
 * A reference or basis: the document and where in it, never its status. The status is the entry's `status` field (each
 * document its own where several are cited), said by the answers in the one citation format (src/chat/result.ts `cited`);
 * a status label written into the text ("(…, tham khảo)") is refused at load (round 31 law16: was read back from the words).
 */
const STATUS_IN_TEXT = /(?:\(|, |; )(?:tham khảo|đã kiểm tra|chưa rõ)\)/u;
const cites = text.refine((said) => !STATUS_IN_TEXT.test(said), {
  message: 'không ghi trạng thái (tham khảo, đã kiểm tra, chưa rõ) trong căn cứ: dùng trường status',
});
const indicatorId = z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'mã chỉ số chỉ gồm chữ thường không dấu, số và “_”' });
const alias = z.string().regex(/^[a-z0-9]+$/, { message: 'bí danh chỉ gồm chữ thường không dấu và số' });
/** An answer button: short enough for a phone's button row. */
const answerLabel = text.pipe(z.string().max(40, { message: 'nhãn nút trả lời tối đa 40 ký tự' }));
const resultClass = z.enum(['poor', 'near_poor', 'middle', 'none', 'unknown']);

/** validFrom ≤ validTo when both are given (ISO strings compare as dates). */
function validityInOrder(value: { validFrom?: string | undefined; validTo?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (value.validFrom && value.validTo && value.validFrom > value.validTo) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: `validTo (${value.validTo}) trước validFrom (${value.validFrom})` });
  }
}

/** Every indicator any standard uses (a catalogue); which ones count on a date is in rules/standards/. */
export const indicatorsFileSchema = z.strictObject({
  indicators: z
    .array(
      z.strictObject({
        id: indicatorId,
        service: text,
        name: text,
        /** Asked so that "Có" always means the household is deprived (one polarity for every question). */
        question: text.refine((q) => /\?(\s*\([^()]*\))?$/.test(q), { message: 'câu hỏi phải kết thúc bằng dấu “?” (có thể kèm một câu giải thích trong ngoặc)' }),
        /** The two answer buttons, saying what they mean: "Có, …" = deprived, "Không, …" = not deprived. */
        answers: z.strictObject({
          yes: answerLabel.refine((label) => /^Có[, ]/u.test(label), { message: 'nhãn "yes" phải bắt đầu bằng “Có” (Có = thiếu hụt)' }),
          no: answerLabel.refine((label) => /^Không[, ]/u.test(label), { message: 'nhãn "no" phải bắt đầu bằng “Không” (Không = không thiếu hụt)' }),
        }),
        legalSummary: text,
        /** What the check asks about, in a few everyday words ("nhà vệ sinh", "rác thải"): the consent before it lists these, of the day's indicators. */
        asked: text,
        status,
        reference: cites,
        /** The status of the reference itself when it differs from the indicator's (a reported document naming an indicator whose threshold is unknown). */
        referenceStatus: status.optional(),
        checked: isoDate,
        aliases: z.array(alias).min(1),
        /** Other names the indicator is written under: a former period's name, a draft's (a household list may use them). */
        otherNames: z.array(text).optional(),
        /**
         * What counts, in the words residents use ("xài Zalo có tính là có Internet không", "không có điện thoại thông minh thì
         * sao"): said after the legal summary when the indicator is asked about. Never a threshold of its own.
         */
        counts: text.optional(),
        /** How a mark on one member's row of a member list counts (read from legalSummary's wording; see indicators.yaml). */
        memberMarks: z.enum(['any_member', 'every_member', 'dependant_share', 'household']),
      }),
    )
    .min(1)
    .superRefine((list, ctx) => {
      list.forEach((indicator, index) => {
        if (list.findIndex((other) => other.id === indicator.id) !== index) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `chỉ số "${indicator.id}" bị lặp` });
        }
      });
    }),
});

export const areasFileSchema = z.strictObject({
  areas: z
    .array(z.strictObject({ id: z.enum(['rural', 'urban']), name: text, aliases: z.array(alias).min(1) }))
    .refine((areas) => areas.length === 2 && new Set(areas.map((a) => a.id)).size === 2, {
      message: 'cần đúng hai khu vực: rural và urban',
    }),
});

const threshold = z.strictObject({ value: z.number().int().nonnegative(), reference: cites });

const band = z
  .strictObject({
    upTo: z.strictObject({ rural: threshold, urban: threshold }).optional(),
    class: resultClass.optional(),
    byDeprivations: z
      .strictObject({ atLeast: z.number().int().min(1), then: resultClass, otherwise: resultClass })
      .optional(),
    status,
    reference: cites,
    note: text.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.class === undefined) === (value.byDeprivations === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'mỗi khoảng thu nhập cần đúng một trong hai trường: class hoặc byDeprivations' });
    }
    if (value.status === 'unknown' && value.class !== 'unknown') {
      ctx.addIssue({ code: 'custom', path: ['class'], message: 'khoảng chưa rõ quy định (status: unknown) phải có class: unknown' });
    }
    if (value.class === 'unknown' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'khoảng class: unknown cần note giải thích vì sao chưa xếp được' });
    }
  });

const indicatorList = z
  .strictObject({
    ids: z.array(indicatorId).min(1).refine((ids) => new Set(ids).size === ids.length, { message: 'chỉ số bị lặp' }),
    /** How many indicators the legal text has, when known (a period may have some this data cannot ask). */
    total: z.number().int().min(1).optional(),
    status,
    reference: cites,
    note: text.optional(),
    /**
     * When the list is not verified: what the thresholds of its other indicators are this period ("ngưỡng của giai đoạn
     * 2022–2025, tạm dùng … theo dự thảo; ngưỡng chính thức chưa rõ"), said with each indicator whose own text is verified.
     */
    thresholdsNote: text.optional(),
    /**
     * The indicators whose previous thresholds the sources say are kept (updates-2026.md: việc làm, người phụ thuộc, dinh
     * dưỡng [M as draft]): `thresholdsNote` is said with them; the others (known threshold, not new) get `thresholdsNotKeptNote`
     * (in the draft's list, tham khảo; in the final list and their threshold chưa rõ). Absent: `thresholdsNote` for all.
     */
    thresholdsKept: z.array(indicatorId).optional(),
    thresholdsNotKeptNote: text.optional(),
    /** In the list, but its deprivation threshold has not been read: a class that depends on it is not stated. */
    thresholdUnknown: z.array(indicatorId).default([]),
    /**
     * An indicator of this list that carries on one of the previous period under a new name ({ digital_services: telecom }):
     * the change is said as continued, not as one dropped and one added.
     */
    continues: z.record(indicatorId, indicatorId).default({}),
    /**
     * A lack residents tell that no indicator of this list is about ("nhà chưa có điện": electricity), what the data says of it,
     * with its basis and status; `unknown` (the final list not checked) says no rule, and the chat says whom to ask.
     */
    notCounted: z.record(z.enum(['electricity']), z.strictObject({ text, basis: cites, status })).optional(),
  })
  .superRefine((list, ctx) => {
    for (const [id, old] of Object.entries(list.continues)) {
      if (!list.ids.includes(id as never)) ctx.addIssue({ code: 'custom', path: ['continues', id], message: `chỉ số "${id}" không có trong ids` });
      if (list.ids.includes(old as never)) ctx.addIssue({ code: 'custom', path: ['continues', id], message: `chỉ số "${old}" vẫn có trong ids` });
    }
    if (list.total !== undefined && list.ids.length > list.total) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'total nhỏ hơn số chỉ số trong ids' });
    }
    list.thresholdUnknown.forEach((id, index) => {
      if (!list.ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['thresholdUnknown', index], message: `chỉ số "${id}" không có trong ids` });
    });
    if (list.status !== 'verified' && !list.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'danh sách chỉ số chưa kiểm tra cần note giải thích' });
    }
  });

export const standardFileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: text,
    document: text,
    article: text,
    issuer: text,
    signed: isoDate.optional(),
    signedNote: text.optional(),
    /**
     * When the document itself took effect (not the standard's period, which validFrom/validTo give): a date, or `unknown`
     * when the facts do not have it ([?]): "nghi dinh 351 co hieu luc tu ngay nao" is then told it is not known, never a date.
     */
    inForce: z.union([isoDate, z.literal('unknown')]).optional(),
    validFrom: isoDate,
    validTo: isoDate,
    status,
    /** Where the standard's own facts (validity, status) come from, and when they were last checked. */
    reference: cites,
    checked: isoDate,
    notes: z.array(text).default([]),
    /** Only in rules/local/: the province and the national standard it raises. */
    province: text.optional(),
    raises: text.optional(),
    /** A transition period that keeps another period's rules: name it instead of copying its numbers. */
    keeps: z.strictObject({ standard: text, reference: cites, status }).optional(),
    indicators: indicatorList.optional(),
    bands: z.array(band).min(1).optional(),
    /**
     * Figures said of this standard that are not its figures (a draft's lines): a request naming one is told why it is
     * wrong ("1.900.000 đồng là mức của dự thảo …"), with this entry's status and reference.
     */
    notFigures: z.array(z.strictObject({ values: z.array(z.number().int().positive()).min(1), text, status, reference: cites, from: text.optional() })).default([]),
  })
  .superRefine((standard, ctx) => {
    validityInOrder(standard, ctx);
    if (standard.keeps && (standard.indicators || standard.bands)) {
      ctx.addIssue({ code: 'custom', path: ['keeps'], message: 'chuẩn giữ chuẩn khác (keeps) không tự ghi indicators hay bands' });
    }
    if (!standard.keeps && (!standard.indicators || !standard.bands)) {
      ctx.addIssue({ code: 'custom', path: [standard.indicators ? 'bands' : 'indicators'], message: 'cần indicators và bands, hoặc keeps (giữ chuẩn của giai đoạn khác)' });
    }
    const bands = standard.bands ?? [];
    const last = bands.length - 1;
    bands.forEach((current, index) => {
      if (index === last && current.upTo) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'upTo'], message: 'khoảng cuối cùng không có upTo (là phần thu nhập trên mọi ngưỡng)' });
      }
      if (index < last && !current.upTo) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'upTo'], message: 'thiếu upTo (chỉ khoảng cuối cùng được bỏ trống)' });
      }
      const previous = bands[index - 1]?.upTo;
      for (const area of ['rural', 'urban'] as const) {
        if (previous && current.upTo && current.upTo[area].value <= previous[area].value) {
          ctx.addIssue({ code: 'custom', path: ['bands', index, 'upTo', area, 'value'], message: 'ngưỡng phải lớn hơn ngưỡng của khoảng trước' });
        }
      }
    });
  });

/**
 * A province's own standard that decides only the province's own supports (rules/local/, `appliesTo: province_supports`):
 * a household is still classed by the national standard, and answers say that the province has its own standard for its
 * supports, with its document and status. `figures: unknown`: its income lines and indicators are not in the data, so no
 * figure of it is ever stated (a standard whose figures are known, and which replaces the national one in a check, is a
 * full standard file with `province` and `raises`).
 */
export const provinceSupportsStandardSchema = z
  .strictObject({
    appliesTo: z.literal('province_supports'),
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Compared as every province name is (lexicon provinceKey: "sài gòn", "tphcm", "hn"). */
    province: text,
    /** How the answers name it ("TP.HCM"), and what it is ("thành phố": "các chính sách hỗ trợ của thành phố"). */
    label: text,
    unit: z.enum(['tỉnh', 'thành phố']),
    document: text,
    validFrom: isoDate,
    /** How the answers say its start, no more precisely than the source ("năm 2026"). */
    since: text,
    validTo: isoDate.optional(),
    status,
    reference: cites,
    checked: isoDate,
    figures: z.literal('unknown'),
    /**
     * What the province gives beside a national support, a line each ("Hà Nội: 100 % BHYT for households that left poverty,
     * 36 months from 01/01/2026"): said when a resident names the province right after that support's card (round 42 resid45).
     * `support`: a support id of rules/supports; no figure of the province's own standard.
     */
    supports: z.array(z.strictObject({ support: z.string().regex(/^[a-z0-9_]+$/), what: text, basis: cites, status, validFrom: isoDate.optional() })).optional(),
  })
  .superRefine(validityInOrder);

export const SUPPORT_FACTS = [
  'newlyEscaped',
  'hasPreschoolChild',
  'hasSchoolChild',
  'ethnicMinority',
  'poorDistrict',
  'poorCommune',
  'farmingHousehold',
  'hasSocialPensionMember',
  'hasSocialPensionElder',
] as const;

/** Member-level thresholds (ages, m² per person): dated values with unit, reference, status and checked date. */
export const PARAMETER_IDS = [
  'health_insurance_min_age',
  'school_age_from',
  'school_age_below',
  'dependant_child_below',
  'dependant_elderly_from',
  'dependant_share_above',
  'nutrition_child_below',
  'adult_education_age_from',
  'adult_education_age_to',
  'housing_area_min',
  'preschool_age_from',
  'preschool_age_below',
  'pupil_age_below',
  'social_pension_age_from',
  'social_pension_age_below',
] as const;
export type ParameterId = (typeof PARAMETER_IDS)[number];

const parameterValue = z
  .strictObject({ value: z.number().nonnegative(), validFrom: isoDate, validTo: isoDate.optional(), reference: cites, status, checked: isoDate })
  .superRefine((value, ctx) => {
    validityInOrder(value, ctx);
    if (value.status === 'unknown') ctx.addIssue({ code: 'custom', path: ['status'], message: 'giá trị chưa rõ thì không ghi vào tệp (bỏ khoảng thời gian đó)' });
  });

export const parametersFileSchema = z.strictObject({
  parameters: z
    .array(z.strictObject({ id: z.enum(PARAMETER_IDS), name: text, unit: text, values: z.array(parameterValue).min(1) }))
    .superRefine((list, ctx) => {
      PARAMETER_IDS.forEach((id) => {
        const count = list.filter((parameter) => parameter.id === id).length;
        if (count !== 1) ctx.addIssue({ code: 'custom', message: `tham số "${id}" phải có đúng một lần (đang có ${count})` });
      });
      list.forEach((parameter, index) => {
        const sorted = [...parameter.values].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
        sorted.forEach((value, i) => {
          const previous = sorted[i - 1];
          if (previous && (previous.validTo ?? '9999-12-31') >= value.validFrom) {
            ctx.addIssue({ code: 'custom', path: [index, 'values'], message: `tham số "${parameter.id}": hai giá trị trùng thời gian hiệu lực` });
          }
        });
      });
    }),
});
export type Parameter = z.infer<typeof parametersFileSchema>['parameters'][number];

const amount = z
  .strictObject({
    label: text.optional(),
    value: z.number().int().positive().optional(),
    /** What the value is per, after "đồng/": "trẻ/tháng", "hộ". */
    per: text.optional(),
    note: text.optional(),
    text: text.optional(),
    reference: cites,
    /**
     * How sure this amount is, read in its own source (round 43 cadre45): a support whose groups are reported may give an amount
     * read in the text (the 500.000 đồng mức chuẩn trợ giúp xã hội of NĐ 76/2024, supports.md [V]); said with the amount. Without
     * it, the support's `status`.
     */
    status: status.optional(),
  })
  .refine((a) => (a.value === undefined) !== (a.text === undefined), { message: 'mỗi mức hỗ trợ cần đúng một trong hai: value (số tiền) hoặc text' })
  .refine((a) => a.status !== 'unknown', { message: 'mức hỗ trợ chưa rõ (status: unknown) không được ghi' });

const variant = z
  .strictObject({
    classes: z.array(z.enum(['poor', 'near_poor', 'newly_escaped', 'middle', 'none'])).min(1),
    conditions: z.array(z.strictObject({ fact: z.enum(SUPPORT_FACTS).optional(), text })).default([]),
    what: text,
    /** Only figures checked against a published source; others stay in `what` marked "tham khảo". */
    amounts: z.array(amount).optional(),
    basis: cites,
    /**
     * How sure the document of `basis` itself is, where it is not `status` (round 43 cadre45): QĐ 28/2015/QĐ-TTg is [V] in
     * supports.md while the loan's figures are reported; NĐ 238/2025/NĐ-CP is [M] while its amount is not known. "Căn cứ: …" says
     * it (src/chat/result.ts supportCited); without it the basis is said with `status`, as before.
     */
    basisStatus: status.optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    whereToApply: text.optional(),
    /**
     * `some_provinces`: no national text grants it to these classes, only some provinces do (their resolutions): every
     * rendering, full or short, says so before anything else (src/chat/result.ts), so it never reads as a benefit held.
     */
    scope: z.enum(['some_provinces']).optional(),
    /**
     * A few words a short post (src/chat/short.ts, the outreach list of a class's supports) says of a support whose status is
     * unknown, after its name: what is not known ("chưa rõ còn áp dụng sau khi Quyết định 14/2025/QĐ-TTg thay …"). No figure.
     */
    brief: text.optional(),
    /**
     * What it is as read aloud in a loudspeaker text of at most 800 characters (src/chat/short.ts), after the households it is
     * for ("Hộ nghèo, hộ cận nghèo: …"): the same facts as `what`, its name and condition not said twice.
     */
    spoken: text.optional(),
    /**
     * What this variant leaves not known, in a few words ("ngày bắt đầu áp dụng", "mức trợ cấp hằng tháng"), required when its
     * `what` says "chưa rõ": what changes by a later year names it (src/chat/topics.ts supportChangeAnswer), never reads "no change".
     */
    unclear: text.optional(),
    /**
     * What this variant says on a card in brief (src/chat/info.ts briefDetail; a resident's "vay von dc ko", round 37 short28:
     * was the whole card, 1.289 characters on a phone): `what` in a few words, each figure with its status as `what` has it;
     * the whole `what` stays one "chi tiết" away. Its support's card is said in brief when asked of nothing more.
     */
    inBrief: text.optional(),
    /**
     * What this variant says in a few words beside the social pension of an elderly couple from 75 (src/chat/topics.ts
     * pensionCareSpans; round 45 resid52), its status as `what` has it. Unlike `inBrief`, the variant's own card keeps its wording.
     */
    besidePension: text.optional(),
    /**
     * From which day the figures in `what` (a reported cap or rate of an earlier year) are not known to apply (`from`), and what
     * they are in a few words (`figures`: "mức vay, lãi suất"): a support said to be cut on a later day is told it still holds
     * (the first sentence of `what`) and that those figures are not known for that year, no figure (src/chat/claims.ts).
     */
    figuresUnknown: z.strictObject({ from: isoDate, figures: text }).optional(),
    /**
     * Figures still repeated of this support that are not today's ("3,3%": the 2018 rate of poor households in 30a districts):
     * a message stating one (`said`, as written) is told `text` first, with its status, then the support's card.
     * `whenClassNamed`: told only to a question naming this variant's class ("ho can ngheo vay lai suat 3,3% phai ko": that it is
     * not the near-poor rate), never to one naming no class (which the variant whose figure it was answers).
     */
    /** Each document the figure was read in with its own status ("Trang NHCSXH năm 2018" reported, "Nghị quyết 257/2025/QH15" verified). */
    earlierFigures: z
      .array(z.strictObject({ said: text, text, status, references: z.array(z.strictObject({ document: cites, status })).min(1), whenClassNamed: z.literal(true).optional() }))
      .default([]),
    /**
     * An ended variant (`validTo`) the whole card of a later day says, as the former rule with its end (unless `endInferred`), basis
     * and status ("Trước đây, theo Quyết định 28/2014/QĐ-TTg: …"), where today's form names the decision it replaced and not what it gave.
     */
    former: z.literal(true).optional(),
    /**
     * With `former`: its `validTo` is only the day before the replacing document's date, not a known end (updates-2026.md gives no
     * effective day of QĐ 14/2025/QĐ-TTg), so the former rule is said with no end day ("Trước đây, theo …"; round 35 law25: was
     * "Trước đây, đến 28/05/2025, …").
     */
    endInferred: z.literal(true).optional(),
    status,
    checked: isoDate,
  })
  .superRefine((value, ctx) => {
    validityInOrder(value, ctx);
    if (value.what.includes('chưa rõ') !== (value.unclear !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['unclear'], message: 'what nói "chưa rõ" thì ghi unclear (điều chưa rõ là gì), và ngược lại' });
    }
    if (value.brief && /\d[\d.,]*\s*(?:đồng|%)/.test(value.brief)) {
      ctx.addIssue({ code: 'custom', path: ['brief'], message: 'brief (lời ngắn trong tin chia sẻ) không được ghi số tiền hay tỷ lệ' });
    }
    if (value.endInferred && !value.former) {
      ctx.addIssue({ code: 'custom', path: ['endInferred'], message: 'endInferred chỉ dùng cho quy định trước đây (former)' });
    }
    if (value.former && value.validTo === undefined) {
      ctx.addIssue({ code: 'custom', path: ['former'], message: 'former (quy định trước đây) cần validTo' });
    }
    if (value.status === 'unknown' && value.amounts) {
      ctx.addIssue({ code: 'custom', path: ['amounts'], message: 'hỗ trợ chưa rõ (status: unknown) không được ghi số tiền' });
    }
    if (value.scope && value.amounts) {
      ctx.addIssue({ code: 'custom', path: ['amounts'], message: 'hỗ trợ chỉ có ở một số tỉnh (scope: some_provinces) không được ghi số tiền chung' });
    }
  });

const support = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_]+$/),
    name: text,
    whereToApply: text,
    /** Supports of the same benefit for other groups (ids), shown with this one when it is asked about. */
    related: z.array(z.string().regex(/^[a-z0-9_]+$/)).optional(),
    /** Ended programmes of the same benefit (ids) whose amounts are still repeated ("60 triệu xây nhà"): named when a rumour states one. */
    earlier: z.array(z.string().regex(/^[a-z0-9_]+$/)).optional(),
    /**
     * The national programme this support is part of (a rules/reference.yaml entry id): a cut asked of the support ("nam 2027 co
     * bo vay von ho ngheo ko") also says that entry's lines about it (their `support`), with their status.
     */
    programme: z.string().regex(/^[a-z0-9_]+$/).optional(),
    variants: z.array(variant).min(1),
  })
  .superRefine((value, ctx) => {
    // Two variants for the same class on the same day would make the answer depend on file order.
    value.variants.forEach((a, i) => {
      value.variants.slice(i + 1).forEach((b, offset) => {
        const shared = a.classes.filter((c) => b.classes.includes(c));
        const overlap = (a.validFrom ?? '') <= (b.validTo ?? '9999-12-31') && (b.validFrom ?? '') <= (a.validTo ?? '9999-12-31');
        if (shared.length > 0 && overlap) {
          ctx.addIssue({
            code: 'custom',
            path: ['variants', i + 1 + offset],
            message: `trùng thời gian hiệu lực với variants.${i} cho nhóm ${shared.join(', ')}`,
          });
        }
      });
    });
  });

export const supportsFileSchema = z.strictObject({ supports: z.array(support).min(1) });

export const procedureFileSchema = z.strictObject({
  /** `title`: the document's own title, as read (its period: "giai đoạn 2022 – 2025"). */
  source: z.strictObject({ document: text, title: text.optional(), signed: isoDate, validFrom: isoDate, checked: isoDate }),
  steps: z
    .array(
      z.strictObject({
        classes: z.array(resultClass).optional(),
        text,
        basis: cites,
        status,
        /**
         * What the step answers besides the procedure itself ("timing": when the review happens), shown first when asked;
         * "validity": whether the procedure's document still applies (src/chat/documents.ts documentValidity).
         */
        about: z.array(z.string().regex(/^[a-z_]+$/)).optional(),
        /**
         * Said only when what it is `about` is asked (round 39 mend39c: having no identity papers), never in the card otherwise.
         */
        askedOnly: z.literal(true).optional(),
        /**
         * The days of each year the step runs ("MM-DD", both included: the periodic review 01/09–14/12): an answer on when
         * the review is says where today falls against them.
         */
        window: z.strictObject({ from: z.string().regex(/^\d{2}-\d{2}$/), to: z.string().regex(/^\d{2}-\d{2}$/) }).optional(),
        /**
         * The last year whose review the window's days are said for ("đợt năm 2026: từ 01/09/2026 đến 14/12/2026"), with `after`:
         * the step's text and brief for a review of a later year, whose days are not known and are never said (round 36 law27).
         */
        windowUntil: z.number().int().min(2000).optional(),
        after: z.strictObject({ text, brief: text.optional() }).optional(),
        /**
         * The first year of the reviews the step is said for (a step on what is not known after the procedure's own period:
         * from 2026); a review asked of an earlier year ("tu 1/7/2025 …") is within the period and does not hear it.
         */
        fromYear: z.number().int().min(2000).optional(),
        /**
         * The last year of the reviews the step is said for (the 2026 review's days by QĐ 24/2021's schedule, round 36 mend36a):
         * a review asked of a later year does not hear it.
         */
        untilYear: z.number().int().min(2000).optional(),
        /**
         * The step in a sentence, for the procedure asked of a later year on a phone ("nam 2027 thi sao" after the procedure,
         * src/chat/topics.ts procedureAnswer): today's steps in brief, the whole card one typed question away.
         */
        brief: text.optional(),
        /**
         * The step as said to bà con in a post (round 46 outreach51: the district step's "Bước 5 … cấp huyện" led a post for a
         * Zalo group): what they do now, the old step named as old; without it the post says `text`.
         */
        shared: text.optional(),
        /**
         * The periodic review's steps in their order, said numbered to one who asks the steps ("Quy trình rà soát hộ nghèo gồm
         * các bước nào?", round 41 cadre41; was the one sentence of `text`): `lead` before them, each step with who acts now where
         * the data knows it; the step's status and basis.
         */
        numbered: z.strictObject({ lead: text, steps: z.array(text).min(2) }).optional(),
      }),
    )
    .min(1),
  /**
   * Registering again each year ("ho ngheo co phai dang ky lai moi nam ko", round 38 mend38f): what the data says of it, each
   * line with its status, said before the review's schedule (src/chat/topics.ts yearlyLead).
   */
  again: z.array(z.strictObject({ text, status })).optional(),
});

/** A document's number ("131/2025/NĐ-CP", "07/2021"), a date ("01/07/2025") or a year or span of years ("2026–2030"). */
const NOT_A_FIGURE = /\d{1,2}\/\d{1,2}\/\d{4}|\d+\/\d{4}(?:\/[\p{L}\d-]+)?|\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?\b/gu;

/**
 * Whether a text states a figure: any digit left once document numbers, dates and years are taken out ("1,5 triệu",
 * "500 nghìn", "8 m²", "10 người", "từ 6 tuổi" all do). A fact of unknown status must not (shared/facts: [?] never a figure).
 */
export function statesFigure(text: string): boolean {
  return /\d/u.test(text.replace(NOT_A_FIGURE, ' '));
}

/**
 * What cadres ask that the standard, supports and procedure do not say outright (rules/reference.yaml): each
 * entry's lines with their basis and status. A line of unknown status states no figure.
 */
const stepTag = z.string().regex(/^[a-z_]+$/);

export const referenceFileSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        id: indicatorId,
        title: text,
        checked: isoDate,
        /**
         * Procedure step tags (rules/procedure.yaml `about`), one or a list: those steps are said with the entry, in the procedure's
         * order, not copied into it.
         */
        steps: z.union([stepTag, z.array(stepTag).min(1)]).optional(),
        /** Its steps said in their `brief` words where they have them (round 44 resid50: the fee answer, 1.472 characters). */
        stepsInBrief: z.literal(true).optional(),
        /** The heading of a post asked as a warning ("soạn bài cảnh báo lừa đảo thu tiền làm hồ sơ hộ nghèo"): no figure. */
        warning: text.optional(),
        /**
         * A post asked as a congratulation of a class ("soạn tin nhắn chúc mừng hộ vừa thoát nghèo …"): `text` leads it (no
         * figure), the entry's lines follow.
         */
        congratulation: z.strictObject({ of: z.enum(['poor', 'near_poor', 'newly_escaped', 'middle']), text }).optional(),
        /**
         * The entry (its id) said first when this one is asked of a later day under another standard than today's: the
         * household's standing then ("giấy chứng nhận năm 2026 qua năm 2027 còn xài được không": standing_next_year).
         */
        later: stepTag.optional(),
        /** A class whose list of supports this entry's lines lead ("hộ mới thoát nghèo còn được gì, trong bao lâu"). */
        leads: z.enum(['poor', 'near_poor', 'newly_escaped', 'middle']).optional(),
        /**
         * What is no policy fact, so has no status and no basis (round 40 short33: were lines "tham khảo" and "đã kiểm tra" citing the
         * assistant itself): `advice`, what to do that no stored document says ("bà con nên báo UBND cấp xã hoặc công an xã"), said
         * after the lines, in a text to share too; `product`, how the assistant works ("Trợ lý … không bao giờ hỏi số CCCD"), said
         * on the card and in brief (a text to share speaks to bà con, not of the assistant). An advice given as an object:
         * `lead`, said before the lines (a scam's warning, round 40 fix40: was a line "tham khảo" citing "Khuyến nghị của trợ lý");
         * `brief`, said so to a resident who asked briefly (the lines' `brief`; without it the advice is left to the card); `shared:
         * false`, left out of a text to share (the lines' `shared: false`); `shared` a text, the advice as said to bà con there.
         */
        advice: z
          .array(
            z.union([
              text,
              z.strictObject({
                text,
                lead: z.literal(true).optional(),
                brief: z.union([text, z.literal(true)]).optional(),
                shared: z.union([text, z.literal(false)]).optional(),
              }),
            ]),
          )
          .min(1)
          .optional(),
        product: z.array(text).min(1).optional(),
        /** The period before the one the entry is about, as said leading its lines' `changed` ("giai đoạn 2021–2025"). */
        before: text.optional(),
        lines: z
          .array(
            z
              .strictObject({
                text,
                /**
                 * The line as said in a text to share (a post, a loudspeaker text): to bà con, not about the assistant; `text` when none.
                 * `false`: a detail for the cadre's card, left out of a text to share (round 28: the post on the programme 2026–2035
                 * was 1.498 characters with the plan's number, the budget and what of it is not known).
                 */
                shared: z.union([text, z.literal(false)]).optional(),
                /**
                 * The line as read aloud on the loudspeaker, when shorter than `shared` (its figures and dates become words there);
                 * `false`: a note for the one who writes the text (what the stored documents lack), not read to bà con.
                 */
                spoken: z.union([text, z.literal(false)]).optional(),
                basis: cites,
                status,
                /**
                 * The support (rules/supports id) this line is about, for the people the entry names: a question about that
                 * support for them ("bhyt cho tre duoi 6 tuoi ai dong", lexicon groupsWithoutRule of the same id) leads with it.
                 */
                support: stepTag.optional(),
                /**
                 * What this line says in brief: another entry (its id), or `procedure`, the procedure's own title (rules/procedure.yaml
                 * source). An answer gathering lines from several entries (a document asked: "thong tu 07/2021 quy dinh gi") leaves
                 * it out when it says that entry's lines or that title (was the same thing said twice, round 23).
                 */
                restates: stepTag.optional(),
                /**
                 * The line as said to a resident who asked briefly (the entry's `brief` words, src/text/lexicon/topics.ts): only the
                 * lines that have one are said then, the whole card one typed question away (src/chat/topics.ts referenceAnswer);
                 * `true`: the line as it is.
                 */
                brief: z.union([text, z.literal(true)]).optional(),
                /**
                 * The line as said to a resident asking whether the household is listed by what the entry is about (the entry's
                 * `brief.recognised` words, src/text/lexicon/topics.ts): only the lines that have one, in the entry's order.
                 */
                recognised: text.optional(),
                /**
                 * The line as said to one asking what changed from the period before (the entry's `before`; round 44 mend47a: "co gi
                 * khac truoc ko" after the programme 2026–2035 was "ngoài phạm vi"): only the lines that have one; `true`: as it is.
                 */
                changed: z.union([text, z.literal(true)]).optional(),
                /**
                 * The line as said when the entry's money is asked (round 45 cadre48: "Kinh phí chương trình MTQG 2026–2035 bao nhiêu?";
                 * the card was 2.104 characters, the budget third): only the lines that have one, those known first; `true`: as it is.
                 */
                budget: z.union([text, z.literal(true)]).optional(),
              })
              .refine((line) => line.status !== 'unknown' || ![line.text, line.shared || '', line.spoken || '', line.brief === true ? '' : (line.brief ?? ''), line.recognised ?? '', line.budget === true ? '' : (line.budget ?? '')].some(statesFigure), {
                message: 'dòng chưa rõ (unknown) không được ghi con số (chỉ số hiệu văn bản, ngày và năm)',
              }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type IndicatorDef = z.infer<typeof indicatorsFileSchema>['indicators'][number];
export type AreaDef = z.infer<typeof areasFileSchema>['areas'][number];
export type StandardFile = z.infer<typeof standardFileSchema>;
export type IndicatorList = NonNullable<StandardFile['indicators']>;
/**
 * A band as the engine uses it: a kept band (a transition's `keeps`) also lists the documents its reference names, each with its
 * own status from the data (the kept article's, the keeping text's), for programs (`/api/ask` `sources`).
 */
export type Band = NonNullable<StandardFile['bands']>[number] & { documents?: { ref: string; status: z.infer<typeof status> }[] };
/** A standard as the engine uses it: a transition's `keeps` is resolved into the kept period's list and bands (the list's documents as a band's). */
export type Standard = Omit<StandardFile, 'indicators' | 'bands'> & { indicators: IndicatorList & Pick<Band, 'documents'>; bands: Band[] };
export type Support = z.infer<typeof supportsFileSchema>['supports'][number];
export type SupportVariant = Support['variants'][number];
export type SupportAmount = NonNullable<SupportVariant['amounts']>[number];
export type Procedure = z.infer<typeof procedureFileSchema>;
export type ReferenceEntry = z.infer<typeof referenceFileSchema>['entries'][number];

/** Instruments replaced or repealed, and from when (a support citing one must end the day before). */
export const replacedFileSchema = z.strictObject({
  replaced: z
    .array(
      z.strictObject({
        instrument: text,
        by: text,
        from: isoDate,
        /**
         * `signed`: `from` is the day `by` was signed, its effective date not known (the answer says so, no "từ" that day).
         * `nextPeriod`: `instrument`'s programme ran until the year before `from` and `by` is the next period's, the facts not
         * saying that `by` replaces it (QĐ 90/QĐ-TTg 2021–2025, NQ 257/2025/QH15 2026–2035): said by years, never "thay thế".
         */
        fromIs: z.enum(['effective', 'signed', 'nextPeriod']).optional(),
        reference: cites,
        status,
        checked: isoDate,
      }),
    )
    .min(1),
});
export type Replaced = z.infer<typeof replacedFileSchema>['replaced'][number];

/**
 * When a document that sets no standard took effect (rules/documents.yaml): a date, or `unknown` when the facts do not have it
 * ([?]): "nq 257/2025 co hieu luc tu ngay nao" is then told it is not known, with what the data knows of the document.
 */
export const documentsFileSchema = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        document: text,
        /** The day it was signed or adopted, when the facts give it. */
        signed: isoDate.optional(),
        inForce: z.union([isoDate, z.literal('unknown')]),
        /** What it is about, in a few words ("cơ cấu biểu giá bán lẻ điện"). */
        about: text.optional(),
        /** Where the facts read it, said after "Nguồn:". */
        reference: cites,
        /** Of the days said (`signed`, `inForce`); `unknown` only when neither is known. */
        status,
        checked: isoDate,
      }),
    )
    .min(1),
});
export type DocumentInForce = z.infer<typeof documentsFileSchema>['documents'][number];

/**
 * rules/slogans.yaml: outreach slogans the assistant suggests when asked (round 42 rumour43). Suggestions with no legal status,
 * quoted from no text: no reference, status or date; `inSpiritOf` is the document they follow, said as such.
 */
export const slogansFileSchema = z.strictObject({
  inSpiritOf: cites,
  slogans: z.array(text).min(1),
});
export type Slogans = z.infer<typeof slogansFileSchema>;
export type ProvinceSupportsStandard = z.infer<typeof provinceSupportsStandardSchema>;
