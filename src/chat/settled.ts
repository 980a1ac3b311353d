/**
 * What a household's figures already settle before any question ("nhà tui 4 người ở quê, thu nhập 12 triệu 1 tháng, không có
 * BHYT, nhà tạm, là hộ gì"): its class with only the deprivations told, and with every other indicator of the day deprived
 * too, in each area it may be in (the one told, else each). Where both ends give the same class, the indicators not asked
 * cannot change it; where every area gives the same classes, the area cannot either. The rules decide each end
 * (checkHousehold): nothing here knows a line or a band.
 */
import type { Understanding } from '../rules/understand.ts';
import { lowerFirst, upperFirst } from '../corpus/vietnamese.ts';
import { cited, tagged } from './result.ts';
import { POVERTY_CADRE } from '../rules/text.ts';
import {
  bandFor,
  betweenEnds,
  decideFromMembers,
  thresholdsOn,
  bandOutcome,
  bandRange,
  classOfBand,
  CLASS_LABELS,
  residentLabel,
  formatDate,
  formatMoney,
  indicatorsFor,
  indicatorSetChange,
  isIsoDate,
  lookupStandard,
  weakerStatus,
  nextStandardAfter,
  upcomingLine,
  withStatus,
  withStatusUnlessVerified,
  type Area,
  type ClassBetween,
  type FactStatus,
  type CheckResult,
  type HouseholdProfileInput,
  type IndicatorId,
  type Outcome,
  type RuleSet,
  type Standard,
  STATUS_LABELS,
  supportsFor,
  type Classification,
} from '../rules/index.ts';

/** What is known of a household apart from its area: the day, members, income and the indicators answered. */
export interface KnownFigures {
  date: string;
  members: number;
  income: { amount: number; perPerson: boolean };
  /** Indicators told deprived. */
  deprivations: readonly IndicatorId[];
  /** Indicators told not deprived (never counted at the "most" end). */
  notDeprived: readonly IndicatorId[];
  /** The indicators not named were taken as not deprived, never asked one by one (a quick check "/kiemtra nt 1.2tr 4ng bhyt"). */
  restAssumed?: boolean;
  area?: Area;
  /** The home's floor area told ("nha 30m2"): the m² per person follows the members (a what-if of another size re-decides it). */
  floorAreaM2?: number;
}

/** One area's ends: the class with the deprivations told (`least`) and with every indicator not told otherwise (`most`). */
export interface AreaEnds {
  area: Area;
  areaName: string;
  /** The profile of the `least` end (what was told), for the result's buttons. */
  profile: HouseholdProfileInput;
  least: CheckResult;
  most: CheckResult;
  /** The indicators told, deprived or not: every other one was never asked. */
  told: readonly IndicatorId[];
}

type Evaluate = (profile: HouseholdProfileInput) => Outcome<CheckResult>;

/** The ends of each area the household may be in; undefined when a profile is refused (the check says why). */
export function areaEnds(rules: RuleSet, known: KnownFigures, evaluate: Evaluate): AreaEnds[] | undefined {
  const areas = rules.areas.filter((area) => known.area === undefined || area.id === known.area);
  const income = known.income.perPerson ? { monthlyIncomePerPerson: known.income.amount } : { monthlyIncome: known.income.amount };
  const everyOther = indicatorsFor(rules, known.date)
    .map((indicator) => indicator.id)
    .filter((id) => !known.notDeprived.includes(id));
  const ends: AreaEnds[] = [];
  for (const area of areas) {
    const profile: HouseholdProfileInput = { date: known.date, area: area.id, members: known.members, ...income, deprivations: [...known.deprivations], unsure: [] };
    const least = evaluate(profile);
    const most = evaluate({ ...profile, deprivations: everyOther });
    if (!least.ok || !most.ok) return undefined;
    ends.push({ area: area.id, areaName: area.name, profile, least: least.value, most: most.value, told: [...known.deprivations, ...known.notDeprived] });
  }
  return ends;
}

/** The month's income a sentence told, per person or for the whole household; undefined when it told none. */
export function toldIncome(understood: Understanding['understood']): KnownFigures['income'] | undefined {
  if (understood.monthlyIncomePerPerson !== undefined) return { amount: understood.monthlyIncomePerPerson, perPerson: true };
  return typeof understood.monthlyIncome === 'number' ? { amount: understood.monthlyIncome, perPerson: false } : undefined;
}

/**
 * The ends of a household told in one message ("nhà 4 người ở quê thu nhập 6 triệu là hộ gì"): its figures with the indicators
 * told deprived or not (by members too), on the day it asks (`asOf`) or `today`, and the lead they give. Undefined while the
 * members, the income or a question back is missing, or a profile is refused. The chat and /api/ask read it alike.
 */
export function toldEnds(
  rules: RuleSet,
  told: Understanding,
  today: string,
  evaluate: Evaluate,
): { ends: AreaEnds[]; lead: { text: string; settled: boolean }; known: KnownFigures } | undefined {
  const { understood, notDeprived, decided, questions } = told;
  const income = toldIncome(understood);
  if (understood.members === null || !income || questions.length > 0) return undefined;
  const byMembers = Object.entries(decided);
  const known: KnownFigures = {
    date: told.asOf ?? today,
    members: understood.members,
    income,
    deprivations: [...understood.deprivations, ...byMembers.filter(([, deprived]) => deprived).map(([id]) => id)],
    notDeprived: [...notDeprived, ...byMembers.filter(([, deprived]) => !deprived).map(([id]) => id)],
    ...(understood.area ? { area: understood.area } : {}),
    ...(understood.floorAreaM2 !== undefined ? { floorAreaM2: understood.floorAreaM2 } : {}),
  };
  const found = knownEnds(rules, known, told.asOf !== undefined && told.asOf > today, evaluate);
  if (!found) return undefined;
  const { ends, lead } = found;
  return { ends, known, lead: { ...lead, text: `${lead.text}${floorAreaWorked(told, rules, known.date)}${howRead(told.notes, understood.members, income)}` } };
}

/**
 * The sum a floor area told is decided by, said after the facts understood ("nha tui 4 nguoi ma chi co 25 met vuong": "Diện tích nhà
 * ở: 25 m² ÷ 4 người = 6,25 m²/người < 8 m²/người, nên hộ thiếu hụt …", with the threshold in force on `date` and its reference,
 * rules/parameters.yaml housing_area_min; round 22: was "thiếu hụt" alone), and after the class settled at once (round 23: was
 * no sum). Empty without a floor area and a size told.
 */
export function floorAreaWorked(told: Understanding | undefined, rules: RuleSet, date: string): string {
  const members = told?.understood.members;
  const floorAreaM2 = told?.understood.floorAreaM2;
  if (!members || floorAreaM2 === undefined) return '';
  const decision = decideFromMembers({ members, floorAreaM2 }, thresholdsOn(rules, date)).get('housing_area');
  return decision ? ` ${decision.reason}` : '';
}

/** The ends of a household's known figures (told in one message, or kept since: session.told) and the lead they give; `later`: a day after today. */
export function knownEnds(rules: RuleSet, known: KnownFigures, later: boolean, evaluate: Evaluate): { ends: AreaEnds[]; lead: { text: string; settled: boolean } } | undefined {
  const ends = areaEnds(rules, known, evaluate);
  if (!ends || ends.length === 0) return undefined;
  return { ends, lead: settledLead(ends, known.area !== undefined, later) };
}

/**
 * How the sentence was read where it took a step ("cộng thu nhập của từng người: 5.000.000 đồng + 2.000.000 đồng = 7.000.000
 * đồng", a year ÷ 12), with the month per person it gives: said after the lead, as the interview says it, so it can be corrected.
 */
function howRead(notes: readonly string[], members: number, income: KnownFigures['income']): string {
  if (notes.length === 0) return '';
  return ` Mình hiểu: ${incomeFact(income, members)} (${notes.join('; ')}). ${CORRECT_INCOME}`;
}

/** The income in words, per person computed when the household's total is known with its size: what the verdict turns on. */
export function incomeFact(income: KnownFigures['income'], members: number | undefined): string {
  if (income.perPerson) return `Thu nhập bình quân: ${formatMoney(income.amount)}/người/tháng`;
  if (!members) return `Thu nhập cả hộ: ${formatMoney(income.amount)}/tháng`;
  return `Thu nhập cả hộ: ${formatMoney(income.amount)}/tháng ÷ ${members} người = ${formatMoney(Math.round(income.amount / members))}/người/tháng`;
}

/**
 * The lowest and highest class of an area's ends: an open result's own classes ("Hộ thành thị 3 người, 6.600.000 đồng, thiếu BHYT,
 * năm 2027": at least hộ cận nghèo under a standard whose indicators are provisional; round 33 staff21, was "chưa xác định được
 * hoặc hộ nghèo").
 */
const lowEnd = (ends: AreaEnds) => ends.least.between?.atLeast ?? ends.least.classification;
const highEnd = (ends: AreaEnds) => ends.most.between?.upTo ?? ends.most.classification;

/** The class the ends of an area agree on, or undefined when the indicators not asked decide it. */
export const settledClass = (ends: AreaEnds) => (lowEnd(ends) === highEnd(ends) ? lowEnd(ends) : undefined);

/** Whether the area changes anything the indicators could give: every area's two ends are the same classes. */
export const areaMatters = (ends: readonly AreaEnds[]) => ends.some((one) => lowEnd(one) !== lowEnd(ends[0]!) || highEnd(one) !== highEnd(ends[0]!));

/** Whether the area question can be skipped: the figures are known and each area gives the same classes at both ends. */
export function areaNeedless(rules: RuleSet, known: Omit<KnownFigures, 'area'> | undefined, evaluate: Evaluate): boolean {
  if (!known) return false;
  const ends = areaEnds(rules, known, evaluate);
  return ends !== undefined && ends.length > 1 && !areaMatters(ends);
}

const perPersonOf = (ends: AreaEnds) => formatMoney(ends.least.incomePerPerson);

/** One area's class in words: "hộ cận nghèo", or "hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt" when the indicators not asked decide it. */
function endsLabel(one: AreaEnds): string {
  const settled = settledClass(one);
  return settled ? residentLabel(settled) : `${CLASS_LABELS[lowEnd(one)]} hoặc ${CLASS_LABELS[highEnd(one)]}, tùy số chỉ số thiếu hụt`;
}

/** The class a household's ends give, in words (each area's when the area changes it): what a correction compares. */
export const endsSaid = (ends: readonly AreaEnds[]) =>
  ends.length === 1 || !areaMatters(ends) ? endsLabel(ends[0]!) : ends.map((one) => `ở ${one.areaName.toLowerCase()}: ${endsLabel(one)}`).join('; ');

/**
 * What the figures settle, said first: the class (each area's when they differ) when the indicators not asked cannot change it,
 * else the classes it lies between ("hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt"), with the income per person, the day
 * (for a `later` day asked, with its standard's document and whether it is provisional) and, when no area was told, whether
 * the area matters.
 */
export function settledLead(ends: readonly AreaEnds[], areaTold: boolean, later = false): { text: string; settled: boolean } {
  const first = ends[0]!;
  // A later day asked ("tháng 1 tới", "qua năm"): that standard's document, and "tạm tính" while its figures are [M].
  const { standard, provisional } = first.least;
  const day = `${formatDate(first.least.asOf)}${later ? `: ${standard.document}${provisional ? ', tham khảo; kết quả tạm tính' : ''}` : ''}`;
  const income = `thu nhập ${perPersonOf(first)}/người/tháng`;
  // "hộ là hộ cận nghèo", "hộ không thuộc diện …" (a label that is a negation takes no "là").
  const is = (label: string) => (label.startsWith('không') ? label : `là ${label}`);
  const between = (one: AreaEnds) =>
    settledClass(one) ? is(endsLabel(one)) : `là ${endsLabel(one)} (${one.least.deprivationCount > 0 ? `bạn đã kể ${one.least.deprivationCount} chỉ số thiếu hụt` : 'bạn chưa kể chỉ số thiếu hụt nào'})`;
  const settled = ends.every((one) => settledClass(one) !== undefined);
  const indicators = settled ? 'các chỉ số thiếu hụt chưa hỏi không làm thay đổi kết quả' : 'kết quả còn tùy các chỉ số thiếu hụt chưa hỏi';
  if (ends.length === 1 || !areaMatters(ends)) {
    const where = !areaTold && ends.length > 1 ? ' (ở nông thôn hay thành thị cũng vậy)' : '';
    return { text: `Với số liệu bạn kể (${income}, theo chuẩn áp dụng ngày ${day}), hộ ${between(first)}${where}; ${indicators}.`, settled };
  }
  const byArea = ends.map((one) => `ở ${one.areaName.toLowerCase()}, hộ ${between(one)}`).join('; ');
  return { text: `Với số liệu bạn kể (${income}, theo chuẩn áp dụng ngày ${day}), kết quả tùy hộ ở nông thôn hay thành thị: ${byArea}; ${indicators}.`, settled };
}

/**
 * Today's class in brief after another day's class led ("Còn hiện nay (thu nhập 2.000.000 đồng/người/tháng, theo chuẩn áp dụng
 * ngày 06/12/2026): hộ có mức sống trung bình."; round 37 law29), with what `lead` (settledLead's, and more) says after it: how
 * the figures were read.
 */
export function nowBrief(ends: readonly AreaEnds[], lead: string, areaTold: boolean): string {
  const first = ends[0]!;
  const after = lead.slice(settledLead(ends, areaTold).text.length);
  return `Còn hiện nay (thu nhập ${perPersonOf(first)}/người/tháng, theo chuẩn áp dụng ngày ${formatDate(first.least.asOf)}): ${endsSaid(ends)}.${after}`;
}

/**
 * The coming standard's classes when the indicators never asked decide them, though today's class is settled ("nhà tui 4 người
 * ở quê thu nhập 7,2 triệu" on 03/12/2026: hộ có mức sống trung bình today; from 01/01/2027 at least hộ cận nghèo, hộ nghèo with
 * 3 deprivations): the classes it lies between and the indicators of that standard not asked. Undefined when no standard is
 * coming or both ends give the same class.
 */
export function comingOpen(rules: RuleSet, ends: AreaEnds): { between: ClassBetween; notAsked: string[]; told: string[]; total?: number } | undefined {
  const least = ends.least.upcoming;
  const most = ends.most.upcoming;
  if (!least || !most) return undefined;
  const between = betweenEnds(rules, { standardId: least.standardId, area: ends.area, income: ends.least.incomePerPerson }, least, most);
  if (!between) return undefined;
  // "không có mạng" told today is the coming standard's Internet indicator too (its `continues`).
  const coming = rules.standards.find((one) => one.id === least.standardId);
  const continues: Partial<Record<string, IndicatorId>> = coming?.indicators.continues ?? {};
  const indicators = indicatorsFor(rules, least.from);
  const isTold = (indicator: (typeof indicators)[number]) => [indicator.id, continues[indicator.id]].some((id) => id !== undefined && ends.told.includes(id));
  const notAsked = indicators.filter((indicator) => !isTold(indicator)).map((indicator) => indicator.name);
  // The legal text's count of indicators when the data has it (indicators.total); never our list's length (round 29).
  const total = coming?.indicators.total;
  return { between, notAsked, told: indicators.filter(isTold).map((indicator) => indicator.name), ...(total !== undefined ? { total } : {}) };
}

/**
 * The coming standard's class of each area's ends ("Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu
 * hụt từ 3 chỉ số (tạm tính)."), said once when every area gives the same, else each area's; '' without a coming standard.
 */
export function comingSaid(rules: RuleSet, ends: readonly AreaEnds[]): string {
  const said = ends.map((one) => ({ one, line: upcomingLine(one.least, comingOpen(rules, one)?.between) }));
  if (said.length === 0 || said.some(({ line }) => line === undefined)) return '';
  // Its document with its status, as the result screen says it (round 29: "Từ 01/01/2027 theo chuẩn mới: …" named none).
  const upcoming = ends[0]!.least.upcoming!;
  const standard = rules.standards.find((one) => one.id === upcoming.standardId);
  const basis = standard ? ` Căn cứ: ${cited(standard.document, standard.status, upcoming.provisional ? ['reported'] : [])}.` : '';
  if (said.every(({ line }) => line === said[0]!.line)) return `${said[0]!.line}.${basis}`;
  return `${said.map(({ one, line }) => `Ở ${one.areaName.toLowerCase()}, ${lowerFirst(line!)}`).join('. ')}.${basis}`;
}

/**
 * The deprivations told that the standard of `day` counts, and how many more make the higher class, where they decide it
 * ("Hộ thành thị 3 người, 6.600.000 đồng, thiếu BHYT và nước sạch, năm 2027 xếp loại gì?": "Bạn đã kể 2 chỉ số thiếu hụt
 * có trong bộ chỉ số từ 01/01/2027 (Bảo hiểm y tế; Nguồn nước sinh hoạt): thiếu hụt thêm 1 chỉ số nữa là hộ nghèo."; round 37
 * law29: the 2027 line was the standard's rule alone). '' with none told, the area not told and deciding, or the class settled.
 */
export function deprivationsToldOn(rules: RuleSet, known: KnownFigures, day: string, evaluate: Evaluate): string {
  const ends = areaEnds(rules, { ...known, date: day }, evaluate);
  const first = ends?.[0];
  if (!ends || !first || areaMatters(ends) || settledClass(first) !== undefined) return '';
  const standard = rules.standards.find((one) => one.id === first.least.standard.id);
  const open = standard ? openTold(rules, standard, known.deprivations) : [];
  const counted = first.least.deprivationCount;
  if (counted === 0 && open.length === 0) return '';
  const needed = standard && bandFor(standard, first.area, first.least.incomePerPerson).band.byDeprivations;
  if (!needed || counted >= needed.atLeast) return '';
  const names = indicatorsFor(rules, day)
    .filter((indicator) => first.least.deprivations.includes(indicator.id))
    .map((indicator) => indicator.name);
  const more = needed.atLeast - counted;
  // Said right after the coming line ("ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số"), which already names the
  // class otherwise (round 38: ", nếu không là hộ cận nghèo" said it twice and took "/kiemtra nt 1.2tr 4ng bhyt" past 1.000).
  // After a full check (every indicator of its day answered), the indicators still able to add a deprivation under `day`: when
  // they are only those of unknown threshold (2027: "Sử dụng dịch vụ số, Internet", "Xử lý rác thải sinh hoạt"), the household
  // cannot know whether it reaches the higher class, said so (round 39 law32; was "thiếu hụt thêm 1 chỉ số nữa" alone).
  const unknownIds: readonly string[] = standard?.indicators.thresholdUnknown ?? [];
  const openLeft = indicatorsFor(rules, day).filter(
    (indicator) => !first.least.deprivations.includes(indicator.id) && (unknownIds.includes(indicator.id) || !known.notDeprived.includes(indicator.id)),
  );
  const untold = openLeft.filter((indicator) => !open.includes(indicator.name)).map((indicator) => `“${indicator.name}”`);
  const onlyUnknown = !known.restAssumed && known.notDeprived.length > 0 && untold.length > 0 && openLeft.every((indicator) => unknownIds.includes(indicator.id));
  const cannotKnow = onlyUnknown
    ? ` Các chỉ số khác bạn đã trả lời là không thiếu hụt; chỉ còn ${untold.join(', ')} ${tagged('có ngưỡng thiếu hụt chưa được công bố, nên hộ chưa thể biết mình có thiếu hụt thêm chỉ số nào nữa hay không', 'unknown')}.`
    : '';
  const sure = counted > 0
    ? `Bạn đã kể ${counted} chỉ số thiếu hụt có trong bộ chỉ số từ ${formatDate(day)} (${names.join('; ')}): thiếu hụt thêm ${more} chỉ số nữa là ${CLASS_LABELS[needed.then]}.${cannotKnow}`
    : '';
  if (open.length === 0) return cannotKnow === '' ? sure : `${sure} Hỏi chắc: ${POVERTY_CADRE}.`;
  // "ko co mang", "ko co dien thoai" (round 38 law31): a lack told that the coming standard names among its indicators of unknown
  // threshold (digital_services, waste) is said as not known, with what it would make if it counts; was left out of the line.
  const left = more - open.length;
  const ifCounted = left > 0 ? `nếu được tính thì còn thiếu hụt thêm ${left} chỉ số nữa là ${CLASS_LABELS[needed.then]}` : `nếu được tính thì hộ là ${CLASS_LABELS[needed.then]}`;
  const quoted = open.map((name) => `“${name}”`).join(', ');
  const unknown = `${sure === '' ? '' : ' '}${tagged(`Thiếu hụt bạn kể thuộc ${open.length > 1 ? 'các tiêu chí' : 'tiêu chí'} ${quoted}`, 'reported')}: ${tagged('ngưỡng thiếu hụt chính thức chưa có nên chưa tính', 'unknown')}; ${ifCounted}. Hỏi chắc: ${POVERTY_CADRE}.`;
  return `${sure}${unknown}`;
}

/**
 * The names, under `standard`, of the deprivations told that it lists with an unknown threshold (thresholdUnknown), told by their
 * own id or by the earlier indicator they continue ("ko co mang" told in 2026 is telecom; from 2027 "Sử dụng dịch vụ số, Internet").
 */
function openTold(rules: RuleSet, standard: RuleSet['standards'][number], told: readonly IndicatorId[]): string[] {
  const { thresholdUnknown, continues } = standard.indicators;
  const continued = continues as Partial<Record<string, IndicatorId>>;
  return thresholdUnknown
    .filter((id) => told.includes(id) || (continued[id] !== undefined && told.includes(continued[id]!)))
    .map((id) => rules.indicatorById.get(id)?.name ?? id);
}

/**
 * The deprivations a finished check counted that the coming standard counts too, as the one-message answer says them
 * (deprivationsToldOn; round 38 law31: the result screen of a full check in December said the 2027 rule alone): its figures
 * with the deprivations the check found on its day (member facts decided). '' without a coming standard.
 */
export function checkedComingTold(rules: RuleSet, profile: HouseholdProfileInput, result: CheckResult, evaluate: Evaluate, restAssumed = false): string {
  const from = result.upcoming?.from;
  const amount = profile.monthlyIncomePerPerson ?? profile.monthlyIncome;
  if (from === undefined || amount === undefined) return '';
  const known: KnownFigures = {
    date: result.asOf,
    members: profile.members,
    income: { amount, perPerson: profile.monthlyIncomePerPerson !== undefined },
    deprivations: result.deprivations,
    // Every indicator of the check's day was answered: those neither deprived nor "không rõ" are known not deprived.
    notDeprived: indicatorsFor(rules, result.asOf)
      .map((indicator) => indicator.id)
      .filter((id) => !result.deprivations.includes(id) && !(profile.unsure ?? []).includes(id)),
    area: profile.area,
    restAssumed,
  };
  return deprivationsToldOn(rules, known, from, evaluate);
}

/**
 * What a household told gets of the coming standard, in the weeks before it starts: its class (comingSaid), then the deprivations
 * told that it counts (deprivationsToldOn) when they decide it; one builder for the chat's lead and result screen, its December
 * answer of that day and `/api/ask` (round 37 law30: the lead, the result and the API were the class alone, the API not even it).
 * [] without a coming standard.
 */
export function comingLines(rules: RuleSet, found: { ends: readonly AreaEnds[]; known: KnownFigures }, evaluate: Evaluate): string[] {
  const coming = comingSaid(rules, found.ends);
  const from = found.ends[0]?.least.upcoming?.from;
  if (coming === '' || from === undefined) return [];
  const toldThen = deprivationsToldOn(rules, found.known, from, evaluate);
  return toldThen === '' ? [coming] : [coming, toldThen];
}

/**
 * What an income per person told means against the lines, said before the check asks the rest ("moi nguoi trong nha dc khoang
 * 1 trieu ruoi 1 thang", "binh quan 1tr2 / nguoi": findings N36-11): in the area told (else each), the band of the standard in
 * force on the day and of the next standard from its first day (rules data: bandFor, bandOutcome), its status said when not
 * verified. Undefined when no income per person was told.
 */
export function perPersonLead(
  rules: RuleSet,
  told: Pick<Understanding, 'asOf' | 'deprivationsCounted'> & { understood: Pick<Understanding['understood'], 'monthlyIncomePerPerson' | 'area' | 'deprivations'> },
  today: string,
  exactlyAsked = false,
): string | undefined {
  const amount = told.understood.monthlyIncomePerPerson;
  if (amount === undefined) return undefined;
  const date = told.asOf ?? today;
  const next = nextStandardAfter(rules, date);
  const areas = rules.areas.filter((area) => told.understood.area === null || area.id === told.understood.area);
  let before: string | undefined;
  // "thu nhap dung bang 1.500.000 o nong thon thi sao" (round 32 words17): an income exactly at a standard's first line is said to be
  // within it, as the standard's "≤" reads ("bằng hoặc thấp hơn chuẩn", info.ts atLineLead), once, after the bands.
  // Only when asked so ("đúng bằng", TOPICS.threshold.exactly; round 32 mend32c): else the band's "≤" says it ("1.5 trieu la ho gi" within 1.300).
  const atLine: string[] = [];
  const parts = [date, ...(next ? [next.validFrom] : [])].flatMap((day) => {
    const found = lookupStandard(rules, day);
    if (!found.ok) return [];
    const { standard } = found.value;
    const bands = areas.map((area) => ({ area, ...bandFor(standard, area.id, amount) }));
    const exactly = bands.filter(({ area, index }) => index === 0 && standard.bands[0]?.upTo?.[area.id].value === amount);
    if (exactly.length > 0) atLine.push(`${exactly.map(({ area }) => area.name.toLowerCase()).join(', ')} ${day === date ? `ngày ${formatDate(day)}` : `từ ${formatDate(day)}`}`);
    const where = ({ area, index }: (typeof bands)[number]) => `${area.name.toLowerCase()} (mức ${bandRange(standard, index, area.id)})`;
    // The same outcome as the standard before it is not said twice (round 23: "1.5 trieu la ho gi" said it in full for each).
    // "hộ có 1 chỉ số thiếu hụt … là hộ gì" (round 24): with the count told, the class itself where deprivations decide it.
    const counted = told.deprivationsCounted;
    // "thieu 2 chi so" told of a standard whose indicators differ from the one before (2027–2030: one dropped, one added; round
    // 27): the count is of the set in force on the day told, so the coming standard's class is its rule, with the count as an
    // "if" (was "cùng kết quả như trên"); on a day of that standard itself, the class with what it assumes.
    const changedSet = counted === undefined ? '' : indicatorSetChange(rules, standard).map(lowerFirst).join(', ');
    const since = standard.validFrom === day ? ` từ ${formatDate(day)}` : ' của chuẩn này';
    // "thu nhap moi nguoi 1tr8, thieu nuoc sach, nha ve sinh ko hop ve sinh, ko co bhyt. nam 2027 tui la ho j" (round 39 mend39c;
    // was the rule alone): the lacks told by name that are indicators of this standard with a known threshold, when they alone reach
    // the count that decides, settle the class (more lacks asked later change nothing); each with its status.
    const named = counted === undefined ? indicatorsFor(rules, day).filter((indicator) => told.understood.deprivations.includes(indicator.id) && indicator.thresholdKnown) : [];
    const outcome = (band: (typeof bands)[number]['band']) => {
      if (counted === undefined && band.byDeprivations && named.length >= band.byDeprivations.atLeast) {
        const lacks = named.map((indicator) => tagged(lowerFirst(indicator.name), indicator.status)).join(', ');
        return `${CLASS_LABELS[band.byDeprivations.then]} (tạm tính) vì hộ thiếu hụt ít nhất ${named.length} chỉ số bạn kể: ${lacks} (${CLASS_LABELS[band.byDeprivations.then]} khi thiếu hụt từ ${band.byDeprivations.atLeast} chỉ số trở lên)`;
      }
      if (counted === undefined || !band.byDeprivations) return bandOutcome(band);
      const rule = `${CLASS_LABELS[band.byDeprivations.then]} khi thiếu hụt từ ${band.byDeprivations.atLeast} chỉ số trở lên`;
      const label = CLASS_LABELS[classOfBand(band, counted)];
      if (changedSet === '') return `${label} vì ${counted === 0 ? 'không thiếu hụt chỉ số nào' : `thiếu hụt ${counted} chỉ số`} (${rule})`;
      if (day !== date) return `${bandOutcome(band)}, nhưng đếm theo bộ chỉ số mới: ${changedSet}; ${counted} chỉ số bạn kể là theo bộ chỉ số đang áp dụng, nên chưa biết kết quả này (${label} nếu theo bộ chỉ số mới hộ vẫn thiếu hụt ${counted} chỉ số)`;
      return `${label} nếu ${counted} chỉ số bạn kể được đếm theo bộ chỉ số${since} (${rule}); bộ chỉ số này khác bộ chỉ số trước: ${changedSet}`;
    };
    const outcomes = bands.map(({ band }) => outcome(band)).join('|');
    const same = outcomes === before;
    before = outcomes;
    // The same outcome in every area: said once ("ở nông thôn (…) và thành thị (…): hộ nghèo nếu …").
    const byArea = bands.every(({ band }) => outcome(band) === outcome(bands[0]!.band))
      ? `ở ${bands.map(where).join(' và ')}: ${same ? 'cùng kết quả như trên' : outcome(bands[0]!.band)}`
      : bands.map((one) => `ở ${where(one)}: ${same ? 'cùng kết quả như trên' : outcome(one.band)}`).join('; ');
    // "của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo)": the status in the document's own bracket
    // (round 30: was "(Nghị định 351/2025/NĐ-CP (giữ chuẩn của …), tham khảo)", a bracket in a bracket).
    const of = `của ${withStatusUnlessVerified(standard.document, standard.status)}`;
    const when = day === date ? `theo chuẩn áp dụng ngày ${formatDate(day)} ${of}` : `từ ${formatDate(day)} theo ${lowerFirst(standard.title)} ${of}`;
    return [`${when}, ${byArea}`];
  });
  if (parts.length === 0) return undefined;
  const exact = exactlyAsked && atLine.length > 0
    ? ` ${formatMoney(amount)} đúng bằng chuẩn nghèo (${atLine.join('; ')}): thuộc mức “bằng hoặc thấp hơn chuẩn” (≤), không phải mức trên chuẩn.`
    : '';
  return `Thu nhập bình quân ${formatMoney(amount)}/người/tháng: ${parts.join('. Còn ')}.${exact}`;
}

/** The area a class said first is worked out at: the one told, else the one assumed (`assumed`), said so with the other's class. */
export interface AreaTaken {
  area: Area;
  assumed: boolean;
}

/**
 * A household told in one message with its income ("nha tui 5 nguoi o ben tre, lam ruong thu nhap 6 trieu 1 thang", round 43
 * resid46; was both areas under both standards worked out, "Mình hiểu: …" said again, ~1.300–2.000 characters with the consent):
 * its class by income first, for the one area told or taken (`taken`), under the standard in force on `today` (its document with
 * its status; the lines themselves are the standard's card), in plain words; with an area assumed, that other area's class in one clause; then the next
 * standard's from its first day in one sentence. The income per person is said once (a total ÷ the members). `unknown`: a class
 * said is not known (the next standard's middle band), so whom to ask follows. Undefined without an income per person, or for a
 * later day asked (the lead for that day says it).
 */
/** A class said first (classFirstLead): from which day, the class by income, and the one it is with enough lacks (byDeprivations). */
export interface ClassFrom {
  from: string;
  least: Classification;
  worse?: Classification;
}

export function classFirstLead(rules: RuleSet, told: Understanding, today: string, taken: AreaTaken, invite = false): { text: string; unknown: boolean; classes: ClassFrom[] } | undefined {
  const { understood, notes } = told;
  const income = toldIncome(understood);
  const members = understood.members ?? undefined;
  const amount = income?.perPerson ? income.amount : income && members ? Math.round(income.amount / members) : undefined;
  const found = lookupStandard(rules, today);
  if (!income || amount === undefined || told.asOf !== undefined || !found.ok) return undefined;
  const { standard } = found.value;
  const areaName = (area: Area) => rules.areas.find((one) => one.id === area)!.name.toLowerCase();
  // The class in plain words, the one by income first: "hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên".
  // Above every line with the middle band not known (2027–2030): "chưa rõ" (was "chưa có quy định đã kiểm tra", said at length).
  const said = (band: ReturnType<typeof bandFor>['band']) =>
    band.byDeprivations
      ? `${CLASS_LABELS[band.byDeprivations.otherwise]}, là ${CLASS_LABELS[band.byDeprivations.then]} nếu thiếu hụt từ ${band.byDeprivations.atLeast} chỉ số trở lên`
      : band.class === 'unknown' && !band.upTo
        ? `không thuộc diện ${CLASS_LABELS.poor}, ${CLASS_LABELS.near_poor}; có là ${CLASS_LABELS.middle} hay không: ${STATUS_LABELS.unknown}`
        : bandOutcome(band);
  const ofClass = (label: string) => (label.startsWith('không') ? label : `là ${label}`);
  const outcome = (of: typeof standard, area: Area) => {
    const { band } = bandFor(of, area, amount);
    return { band, said: said(band) };
  };
  const now = outcome(standard, taken.area);
  const read = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  const other = rules.areas.find((one) => one.id !== taken.area);
  const otherSaid = other && outcome(standard, other.id).said;
  const otherUnit = taken.area === 'rural' ? 'phường' : 'xã';
  const assumed = taken.assumed && other
    ? ` Mình tính theo mức ${areaName(taken.area)}; nếu nhà ở ${otherUnit} thì ${otherSaid === now.said ? 'cũng vậy' : ofClass(otherSaid!)}.`
    : '';
  // An income told per person leaves the size out of the sum: said here so a size misread can be corrected (was said nowhere).
  const size = income.perPerson && members ? `, hộ ${members} người` : '';
  const first = `${incomeFact(income, members)}${read}${size}, ở ${areaName(taken.area)}, ${comparedLine(standard, taken.area, amount)}theo chuẩn hiện hành của ${withStatusUnlessVerified(standard.document, standard.status)}, hộ bạn ${ofClass(lacksCounted(rules, told, now.band, standard, today) ?? now.said)}.${assumed}${invite && notes.length > 0 ? ` ${CORRECT_INCOME}` : ''}`;
  const classFrom = (from: string, band: ReturnType<typeof bandFor>['band']): ClassFrom =>
    band.byDeprivations ? { from, least: band.byDeprivations.otherwise, worse: band.byDeprivations.then } : { from, least: band.class! };
  const next = nextStandardAfter(rules, today);
  if (!next) return { text: first, unknown: false, classes: [classFrom(today, now.band)] };
  const then = outcome(next, taken.area);
  // The same class then as now is said so (round 44 resid49: the class was said again, and Bình Dương's reply with the line
  // compared went past 1.000 characters).
  // The lacks told counted against each standard's line and set of indicators (round 46 resid53): "như trên" only when both say the same.
  const nowSaid = lacksCounted(rules, told, now.band, standard, today) ?? now.said;
  const thenLacks = lacksCounted(rules, told, then.band, next, next.validFrom) ?? then.said;
  const thenSaid = thenLacks === nowSaid ? 'như trên' : thenLacks;
  // With lacks counted, the next standard's line the income is compared with too ("dưới mức 2.200.000 đồng").
  const thenLine = nowSaid !== now.said || thenLacks !== then.said ? `, ${comparedLine(next, taken.area, amount).trim()}` : '';
  const text = `${first}\nTừ ${formatDate(next.validFrom)} theo chuẩn ${next.validFrom.slice(0, 4)}–${next.validTo.slice(0, 4)} của ${withStatusUnlessVerified(next.document, next.status)}${thenLine === ', ' ? '' : thenLine}: ${thenSaid}.`;
  return { text, unknown: then.band.class === 'unknown', classes: [classFrom(today, now.band), classFrom(next.validFrom, then.band)] };
}

/**
 * "nha tui 2 nguoi, o phuong, moi thang dc 5tr, co dc ho tro bhyt ko" (round 45 mend49a; was the BHYT lack read, the question never
 * answered): what one support gives the household's class said first (classFirstLead), today's and the next standard's, a line
 * each in the data's words with its status; a class the support has nothing for says so. Lines the same for both days are said once.
 */
export function supportOfClasses(rules: RuleSet, supportId: string, classes: readonly ClassFrom[]): string | undefined {
  const support = rules.supports.find((one) => one.id === supportId);
  if (!support || classes.some(({ least }) => least === 'unknown')) return undefined;
  const lineOf = (classification: Classification, day: string) => {
    const found = supportsFor(rules, classification, day).find((one) => one.id === supportId);
    if (!found) return `dữ liệu chính sách không có hỗ trợ này cho ${CLASS_LABELS[classification]} (tỉnh, thành có thể có chính sách riêng; ${STATUS_LABELS.unknown}).`;
    const text = found.what.includes(`(${STATUS_LABELS[found.status]})`) ? found.what : tagged(found.what, found.status, true);
    // A condition the household's words do not settle: what holds without it, said after it.
    return found.condition ? `${text} Không thuộc trường hợp đó: dữ liệu chính sách không có hỗ trợ này.` : text;
  };
  const said = classes.map(({ from, least, worse }, index) => {
    const when = index === 0 ? 'Hiện nay' : `Từ ${formatDate(from)}`;
    const ifWorse = worse ? ` Nếu là ${CLASS_LABELS[worse]}: ${lowerFirst(lineOf(worse, from))}` : '';
    return { when, body: `(${CLASS_LABELS[least]}): ${lineOf(least, from)}${ifWorse}` };
  });
  const merged = said.length === 2 && said[0]!.body === said[1]!.body ? [{ when: `${said[0]!.when} và ${lowerFirst(said[1]!.when)}`, body: said[0]!.body }] : said;
  return [`${support.name} cho hộ bạn:`, ...merged.map(({ when, body }) => `• ${when} ${body}`)].join('\n');
}

/**
 * The class of a band decided by deprivations with the lacks a household told (named, or settled by the members told: "ko co nha ve
 * sinh, uong nuoc suoi", "ong ba tui 74 va 71 tuoi") counted among the indicators of `day` whose threshold is known: "hộ cận nghèo;
 * bạn đã kể 2 chỉ số thiếu hụt (nguồn nước sinh hoạt, nhà tiêu hợp vệ sinh), thêm 1 chỉ số nữa là hộ nghèo (tham khảo)"
 * (round 46 resid53; was no class said). Undefined when none is counted or deprivations do not decide the band.
 */
function lacksCounted(rules: RuleSet, told: Understanding, band: ReturnType<typeof bandFor>['band'], standard: Standard, day: string): string | undefined {
  const by = band.byDeprivations;
  const byMembers = (Object.entries(told.decided) as [IndicatorId, boolean | undefined][]).filter(([, deprived]) => deprived === true).map(([id]) => id);
  const ids = new Set([...told.understood.deprivations, ...byMembers]);
  const lacks = indicatorsFor(rules, day).filter((one) => ids.has(one.id) && one.thresholdKnown);
  if (!by || lacks.length === 0) return undefined;
  const more = by.atLeast - lacks.length;
  const then = more > 0 ? `${CLASS_LABELS[by.otherwise]}; bạn đã kể ${lacks.length} chỉ số thiếu hụt (${lacks.map((one) => lowerFirst(one.name)).join(', ')}), thêm ${more} chỉ số nữa là ${CLASS_LABELS[by.then]}` : `${CLASS_LABELS[by.then]} vì thiếu hụt ${lacks.length} chỉ số bạn kể`;
  return tagged(then, lacks.map((one) => one.status).reduce(weakerStatus, standard.status));
}

/** How to correct an income read with a step (the sum of each member's, a year ÷ 12), said after it: `invite` (classFirstLead). */
const CORRECT_INCOME = 'Nếu chưa đúng, bạn gõ lại thu nhập cả hộ một tháng.';

/**
 * The line an income per person was compared with, said before the standard it is of ("dưới mức 1.500.000 đồng ", "trên mức
 * 2.250.000 đồng "; round 44 resid49: the class said first named no line, so "hộ cận nghèo" read as said of nothing): the band's
 * upper line when the amount is in the first band, else the line below it. '' when that line's figure is not known ([?]).
 */
function comparedLine(standard: Standard, area: Area, amount: number): string {
  const { index } = bandFor(standard, area, amount);
  const line = index === 0 ? standard.bands[0]?.upTo?.[area] : standard.bands[index - 1]?.upTo?.[area];
  const status = standard.bands[index === 0 ? 0 : index - 1]?.status;
  if (!line || status === 'unknown') return '';
  const side = index > 0 ? 'trên' : amount < line.value ? 'dưới' : 'bằng';
  return `${side} mức ${formatMoney(line.value)} `;
}

/**
 * The sources perPersonLead names, each once with the status it says of it (/api/ask `sources`; round 29: was none): the document
 * of the standard in force on the day and of the next one; `bases` (amountAskedLead): also the basis of the band the amount falls
 * in on the day, with its status. Empty when no income per person was told.
 */
export function perPersonSources(rules: RuleSet, told: Understanding, today: string, bases = false): { ref: string; status: FactStatus }[] {
  const amount = told.understood.monthlyIncomePerPerson;
  if (amount === undefined) return [];
  const date = told.asOf ?? today;
  const next = nextStandardAfter(rules, date);
  const areas = rules.areas.filter((area) => told.understood.area === null || area.id === told.understood.area);
  const found = new Map<string, FactStatus>();
  for (const day of [date, ...(next ? [next.validFrom] : [])]) {
    const standard = lookupStandard(rules, day);
    if (!standard.ok) continue;
    const { document, status } = standard.value.standard;
    if (!found.has(document)) found.set(document, status);
    if (!bases || day !== date) continue;
    for (const area of areas) {
      const { band } = bandFor(standard.value.standard, area.id, amount);
      // The data's reference says no status (the band's status field does), so it is the source as the answer says it; a kept
      // band's documents each with its own status (round 31 law16: was one source, the keeping text's status for both).
      for (const { ref, status: own } of band.documents ?? [{ ref: band.reference, status: band.status }]) if (!found.has(ref)) found.set(ref, own);
    }
  }
  return [...found].map(([ref, status]) => ({ ref, status }));
}

/**
 * A household told with the count of its deprivations and none named ("thieu 2 chi so"): its income per person against the lines
 * with that count (perPersonLead), the day's standard's and the coming one's; undefined without a count or an income per person.
 */
export function countedLead(rules: RuleSet, household: Understanding, today: string): string | undefined {
  const told = countedTold(household);
  return told && perPersonLead(rules, told, today);
}

/** The sources countedLead names, each once with its status (/api/ask `sources`; round 29: was today's standard only). */
export function countedSources(rules: RuleSet, household: Understanding, today: string): { ref: string; status: FactStatus }[] {
  const told = countedTold(household);
  return told ? perPersonSources(rules, told, today) : [];
}

/** A household with a count of deprivations told, read per person (a total divided by the members); undefined without both. */
function countedTold(household: Understanding): Understanding | undefined {
  const { understood, deprivationsCounted: counted } = household;
  const total = typeof understood.monthlyIncome === 'number' && understood.members ? understood.monthlyIncome / understood.members : undefined;
  const perPerson = understood.monthlyIncomePerPerson ?? (total === undefined ? undefined : Math.round(total));
  if (counted === undefined || perPerson === undefined) return undefined;
  return { ...household, understood: { ...understood, monthlyIncomePerPerson: perPerson }, deprivationsCounted: counted };
}

/**
 * One amount with its class asked and no household told ("thu nhap 1 trieu 8 o que la ho gi", round 22; was the standard's card
 * without the amount): read as the income per person a month the lines are of, and said so; what it means against the lines
 * (perPersonLead), the basis of the band it falls in today, what else decides the class (the deprivations, or that in this band
 * they change nothing) and how a household's total is told instead. Undefined when no income per person was told.
 */
export function amountAskedLead(rules: RuleSet, told: Understanding, today: string, exactlyAsked = false, toResident = false): string | undefined {
  const amount = told.understood.monthlyIncomePerPerson;
  const lead = perPersonLead(rules, told, today, exactlyAsked);
  const day = told.asOf ?? today;
  const found = lookupStandard(rules, day);
  if (amount === undefined || !lead || !found.ok) return undefined;
  const { standard } = found.value;
  const areas = rules.areas.filter((area) => told.understood.area === null || area.id === told.understood.area);
  const bands = areas.map((area) => bandFor(standard, area.id, amount).band);
  // Each document once: two areas' bands kept by one text name that text once (was "…(tham khảo); NĐ 07/2021 … điểm a, b (đã kiểm
  // tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo)", the keeping text twice).
  const basis = [...new Set(bands.flatMap((band) => (band.documents ? band.documents.map(({ ref, status }) => withStatus(ref, status)) : [withStatusUnlessVerified(band.reference, band.status)])))].join('; ');
  const services = [...new Set(indicatorsFor(rules, day).map((indicator) => indicator.service.toLowerCase()))].join(', ');
  // No count where the data has none (2027–2030: the official count is not known).
  const { total, reference, status: listStatus } = standard.indicators;
  const indicators = `${total !== undefined ? `${total} chỉ số` : 'các chỉ số'} thiếu hụt dịch vụ xã hội cơ bản (${services}${total === undefined ? '; số chỉ số chính thức chưa rõ' : ''}; căn cứ: ${withStatusUnlessVerified(reference, listStatus)})`;
  const poor = standard.bands.findIndex((band) => band.byDeprivations);
  // "hộ có 1 chỉ số thiếu hụt thu nhập 1,8tr nông thôn" (round 25): that the deprivations change nothing is said of the standard
  // in force on the day, up to its last day, when the next standard counts them at this income, and only of the areas where
  // they change nothing ("thu nhap 1 trieu 8": in the city they decide it today). Was said of every area and next to the 2027
  // class that depends on the count, as if it held for both periods.
  const next = nextStandardAfter(rules, day);
  const nextCounts = next !== undefined && areas.some((area) => bandFor(next, area.id, amount).band.byDeprivations !== undefined);
  const notCounting = areas.filter((_, index) => bands[index]!.byDeprivations === undefined);
  const where = notCounting.length < areas.length ? ` ở ${notCounting.map((area) => area.name.toLowerCase()).join(', ')}` : '';
  const until = nextCounts ? ` cho đến ${formatDate(standard.validTo)}` : '';
  const nextSaid = nextCounts ? ` Từ ${formatDate(next.validFrom)} thì khác: theo chuẩn mới, ở mức thu nhập này số chỉ số thiếu hụt quyết định hộ nghèo hay hộ cận nghèo (như trên).` : '';
  const ranges = areas.map((area) => `${bandRange(standard, poor, area.id)}${areas.length > 1 ? ` (${area.name.toLowerCase()})` : ''}`).join(', ');
  const changesNothing = poor < 0 ? `ở mức thu nhập này chúng không làm thay đổi kết quả${until}` : `chúng chỉ quyết định hộ nghèo hay hộ cận nghèo khi thu nhập ${ranges}, nên với mức này${where} chúng không làm thay đổi kết quả${until}`;
  // To a resident in the chat (round 45 resid51: "thu nhap 1tr6 1 nguoi o que la ngheo hay can ngheo" was 1.417 characters): the
  // deprivations named without their services and basis, the day and the 2027 class not said again (the line above says both).
  const decides = bands.every((band) => band.byDeprivations)
    ? `Chỉ số thiếu hụt được đếm trong ${indicators}.`
    : toResident
      ? poor < 0
        ? `Ở mức thu nhập này, các chỉ số thiếu hụt không làm thay đổi kết quả${until}.`
        : `Các chỉ số thiếu hụt chỉ quyết định hộ nghèo hay hộ cận nghèo khi thu nhập ${ranges}; với mức này${where}, chúng không làm thay đổi kết quả${until}.`
      : `${nextCounts ? `Theo chuẩn áp dụng ngày ${formatDate(day)}, ngoài` : 'Ngoài'} thu nhập, chuẩn xét ${indicators}; ${changesNothing}.${nextSaid}`;
  const money = formatMoney(amount);
  // The answer first (round 23: it came after how the amount was read), then its basis, then how the amount was read.
  return (
    `${lead} Căn cứ của mức áp dụng ngày ${formatDate(day)}: ${basis}.\n${decides}\n` +
    `Mình hiểu ${money} là thu nhập bình quân mỗi người mỗi tháng (thu nhập cả hộ trong 12 tháng ÷ 12 ÷ số người)` +
    // Said per person ("2,5tr/nguoi", round 25): not asked again whether it was the household's (was asked after "/người" too).
    (told.perPersonSaid ? '.' : `; nếu đó là thu nhập của cả hộ một tháng, bạn gõ lại kèm số người, ví dụ: “nhà 4 người, cả nhà ${money} một tháng”.`)
  );
}

/**
 * Indicator sets as a bit mask in the order of rules/indicators.yaml (every indicator of every period,
 * new ones appended), as hex digits to fit a button action; up to 52 indicators stay exact in a number.
 */
export function toMask(rules: RuleSet, ids: readonly IndicatorId[] | undefined): string {
  return rules.indicatorIds.reduce((mask, id, bit) => (ids?.includes(id) ? mask + 2 ** bit : mask), 0).toString(16);
}

export function fromMask(rules: RuleSet, hex: string | undefined): IndicatorId[] | undefined {
  if (!hex || !/^[0-9a-f]{1,13}$/.test(hex)) return undefined;
  const mask = parseInt(hex, 16);
  if (mask >= 2 ** rules.indicatorIds.length) return undefined;
  return rules.indicatorIds.filter((_, bit) => Math.floor(mask / 2 ** bit) % 2 === 1);
}

/**
 * A household told in one message, kept for the follow-ups about it (session.told): its figures as a short code,
 * `<area r|u|->:<amount>:<p|h>:<members>:<deprived>:<not deprived>:<yyyyMMdd>[:<floor m²>]` (p: the amount is per person, h:
 * the household's month; the indicator sets as toMask's hex; the floor area, whole m², when told), nothing typed.
 */
export function toldCode(rules: RuleSet, known: KnownFigures): string {
  const area = known.area === 'urban' ? 'u' : known.area === 'rural' ? 'r' : '-';
  const income = `${Math.round(known.income.amount)}:${known.income.perPerson ? 'p' : 'h'}`;
  const floor = known.floorAreaM2 !== undefined ? `:${Math.round(known.floorAreaM2)}` : '';
  return `${area}:${income}:${known.members}:${toMask(rules, known.deprivations)}:${toMask(rules, known.notDeprived)}:${known.date.replaceAll('-', '')}${floor}`;
}

/** The figures a toldCode carries; undefined for a code that is not one (damaged, or of another version of the indicators). */
export function toldFromCode(rules: RuleSet, code: string): KnownFigures | undefined {
  const match = /^([ru-]):(\d{1,13}):([ph]):(\d{1,2}):([0-9a-f]{1,13}):([0-9a-f]{1,13}):(\d{4})(\d{2})(\d{2})(?::(\d{1,5}))?$/.exec(code);
  if (!match) return undefined;
  const [, area, amount, per, members, deprived, fine, year, month, day, floor] = match;
  const deprivations = fromMask(rules, deprived);
  const notDeprived = fromMask(rules, fine);
  const date = `${year}-${month}-${day}`;
  if (!deprivations || !notDeprived || !isIsoDate(date) || Number(members) < 1) return undefined;
  return {
    date,
    members: Number(members),
    income: { amount: Number(amount), perPerson: per === 'p' },
    deprivations,
    notDeprived,
    ...(area === '-' ? {} : { area: area === 'u' ? ('urban' as const) : ('rural' as const) }),
    ...(floor !== undefined ? { floorAreaM2: Number(floor) } : {}),
  };
}

/**
 * "ho can ngheo la sao vay, nha tui co phai ko" (round 23): what a class decided by the deprivations means, in one line, before
 * the check of the household starts: the income line of each area and the deprivations that tell poor from near-poor, of the
 * standard in force on the day (its document and status). Undefined for a class no band decides by the deprivations.
 */
export function classMeaningLead(rules: RuleSet, classification: string, day: string): string | undefined {
  const found = lookupStandard(rules, day);
  if (!found.ok) return undefined;
  const { standard } = found.value;
  const band = standard.bands.find((candidate) => candidate.byDeprivations && candidate.upTo && [candidate.byDeprivations.then, candidate.byDeprivations.otherwise].includes(classification as never));
  if (!band?.byDeprivations || !band.upTo) return undefined;
  const { atLeast, then } = band.byDeprivations;
  const upTo = band.upTo;
  const lines = rules.areas.map((area) => `${formatMoney(upTo[area.id].value)} ở ${area.name.toLowerCase()}`).join(', ');
  const deprived = classification === then ? `từ ${atLeast} chỉ số trở lên` : `dưới ${atLeast} chỉ số`;
  return (
    `${upperFirst(CLASS_LABELS[classification as keyof typeof CLASS_LABELS])} là hộ có thu nhập bình quân mỗi người mỗi tháng không quá ${lines}, ` +
    `và thiếu hụt ${deprived} đo lường mức thiếu hụt dịch vụ xã hội cơ bản, theo chuẩn áp dụng ngày ${formatDate(day)} của ${withStatusUnlessVerified(standard.document, band.status)}.`
  );
}
