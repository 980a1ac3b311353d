/**
 * A household's result revised right after it (round 14, findings38): a what-if ("neu thu nhap 10 trieu thi sao", "gia su nha
 * co them 1 nguoi") checked on a copy of the answers, a correction ("a nham, nha tui 6 nguoi") checked on the answers
 * themselves, and "ket qua sai roi" answered with what the check used (after a household told in one message too). The readers are the interview's own (correction,
 * membersAdded); this file says what changed and what was used.
 */
import { betweenLabel, CLASS_LABELS, formatMoney, type Classification, decideFromMembers, indicatorsFor, POVERTY_CADRE, SIZE_DEPENDENT, thresholdsOn, type CheckResult, type RuleSet } from '../rules/index.ts';
import { AREA_SKIPPED, correction, membersAdded, understoodFacts } from './interview.ts';
import type { Interview } from './session.ts';
import { toldIncome, type KnownFigures } from './settled.ts';
import type { Understanding } from '../rules/understand.ts';
import type { Reply } from './types.ts';
import { bullets, plain, pressing, reply } from './replies.ts';
import { button } from './actions.ts';

/** The class a result says, or the two it lies between ("ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số"). */
export const classSaid = (result: CheckResult) => (result.between ? betweenLabel(result.between) : CLASS_LABELS[result.classification]);

/** The household's figures (area, members, income) of an interview, without its indicator answers. */
function figures(interview: Interview, rules: RuleSet, date: string): string[] {
  const indicatorNames = new Set(indicatorsFor(rules, date).map((indicator) => indicator.name));
  return understoodFacts(interview, rules, date).filter((fact) => !indicatorNames.has(fact.slice(0, fact.indexOf(':'))));
}

/** A fact of understoodFacts as its label and value ("Số người: 6" → ["Số người", "6"]). */
const labelled = (fact: string): [string, string] => [fact.slice(0, fact.indexOf(':')), fact.slice(fact.indexOf(':') + 2)];
/** The income is said per household or per person ("Thu nhập cả hộ", "Thu nhập bình quân"): one fact either way. */
const factKey = (label: string) => (label.startsWith('Thu nhập') ? 'Thu nhập' : label);

/**
 * What a correction or a what-if changed, one way wherever it is said: "Số người: 4 → 6", "Khu vực: Nông thôn → Thành thị",
 * "Thu nhập cả hộ: … → …", a fact not known before as it is ("Bảo hiểm y tế: không thiếu hụt"). The area the check skipped
 * (it changed nothing) is no fact the person told, so it is left out on both sides.
 */
export function factsChanged(before: Interview, after: Interview, rules: RuleSet, date: string): string[] {
  const told = (interview: Interview) => understoodFacts(interview, rules, date).filter((fact) => !fact.startsWith(AREA_SKIPPED));
  const said = new Map(told(before).map((fact) => [factKey(labelled(fact)[0]), fact]));
  const afterFacts = told(after);
  const now = new Set(afterFacts.map((fact) => factKey(labelled(fact)[0])));
  // A fact known before and not now (an indicator the new size leaves open): said as to be asked again.
  const gone = [...said].filter(([key]) => !now.has(key)).map(([, fact]) => `${fact} → cần hỏi lại`);
  return [...afterFacts.flatMap((fact) => {
    const [label, value] = labelled(fact);
    const earlier = said.get(factKey(label));
    if (earlier === undefined) return [fact];
    if (earlier === fact) return [];
    const [earlierLabel, earlierValue] = labelled(earlier);
    return [earlierLabel === label ? `${label}: ${earlierValue} → ${value}` : `${earlier} → ${fact}`];
  }), ...gone];
}

/** Whether the class changed, said after what changed: " Kết quả không đổi: hộ cận nghèo." or " Kết quả đổi: trước là …, nay là …". */
export const verdictLine = (before: string, after: string) =>
  before === after ? ` Kết quả không đổi: ${after}.` : ` Kết quả đổi: trước là ${before}, nay là ${after}.`;

/**
 * The answers with a what-if's figures ("nha co them 1 nguoi": one more member; "thu nhap 10 trieu": that income), never
 * stored; undefined when it tells no figure of the household.
 */
export function supposedInterview(interview: Interview, rest: string, rules: RuleSet, date: string, today: string): Interview | undefined {
  const added = membersAdded(interview, rest, rules, date);
  if (added) return { ...interview, members: added.interview.members };
  const told = correction(interview, rest, rules, date, today);
  if (!told || told.moved) return undefined;
  const { area, members, income, perDay } = told.interview;
  return { ...interview, ...(area ? { area } : {}), ...(members !== undefined ? { members } : {}), ...(income ? { income } : {}), ...(perDay ? { perDay } : {}) };
}

/**
 * A household told in one message (session.told) with what a later message tells of it ("con neu 6 nguoi thi sao", "a nham,
 * thu nhap 8 trieu"): its figures and indicators replaced by those told, the rest as told before; on the later day it asks.
 */
export function toldChanged(known: KnownFigures, heard: Understanding, rules: RuleSet): KnownFigures {
  const { understood } = heard;
  const area = understood.area ?? known.area;
  const members = understood.members ?? known.members;
  const floorAreaM2 = understood.floorAreaM2 ?? known.floorAreaM2;
  const date = heard.asOf ?? known.date;
  // Another size (or floor area): the indicators it decides are decided again from the floor area told, as the rules do ("nha
  // 30m2": 5 m² per person for 6); one that cannot be (the ages of the people added are not known) is open again, never kept.
  const resized = members !== known.members || floorAreaM2 !== known.floorAreaM2;
  const decided = resized ? decideFromMembers({ members, floorAreaM2 }, thresholdsOn(rules, date)) : new Map<string, { deprived: boolean }>();
  const redecided = resized ? SIZE_DEPENDENT.filter((id) => !understood.deprivations.includes(id) && !heard.notDeprived.includes(id)) : [];
  const deprived = [...understood.deprivations, ...redecided.filter((id) => decided.get(id)?.deprived === true)];
  const fine = [...heard.notDeprived, ...redecided.filter((id) => decided.get(id)?.deprived === false)];
  const replaced = new Set([...deprived, ...fine, ...redecided]);
  return {
    ...known,
    members,
    income: toldIncome(understood) ?? known.income,
    ...(area ? { area } : {}),
    date,
    deprivations: [...new Set([...known.deprivations.filter((id) => !replaced.has(id)), ...deprived])],
    notDeprived: [...new Set([...known.notDeprived.filter((id) => !replaced.has(id)), ...fine])],
    ...(floorAreaM2 !== undefined ? { floorAreaM2 } : {}),
  };
}

/** A household told in one message (session.told) as the answers of a check: its figures, "Có" for each indicator told deprived. */
export function toldInterview(known: KnownFigures): Interview {
  const answers: Interview['answers'] = Object.fromEntries([...known.notDeprived.map((id) => [id, 'no']), ...known.deprivations.map((id) => [id, 'yes'])]);
  return { awaitingConsent: false, position: 0, date: known.date, members: known.members, income: known.income, answers, ...(known.area ? { area: known.area } : {}) };
}

/** Why a result is its class ("tai sao lai la can ngheo"): the class said and the reasons the rules gave (CheckResult.reasons, or the told household's lead). */
export interface ResultWhy {
  said: string;
  reasons: readonly string[];
}

/**
 * Whether the class asked back ("z la ho ngheo ha": `named`, said as not it when `denied`) is the result's `classification`;
 * undefined when no one class was asked or the result is no one class (it lies between two).
 */
export function askedIsResult(asked: { named?: string; denied?: true }, classification: Classification | undefined): boolean | undefined {
  if (asked.named === undefined || classification === undefined) return undefined;
  return (asked.named === classification) !== (asked.denied === true);
}

/** An interview's result said again briefly: its income per person and the deprivations answered (classRestatedReply's lead). */
export const resultLead = (result: CheckResult) =>
  `Thu nhập bình quân ${formatMoney(result.incomePerPerson)}/người/tháng; ${result.deprivationCount > 0 ? `thiếu hụt ${result.deprivationCount} chỉ số` : 'không thiếu hụt chỉ số nào'} theo các câu bạn trả lời.`;

/**
 * "z la ho ngheo ha", "rứa là hộ nghèo hay cận nghèo" after a result: its class said again in a few lines, a yes or no first when
 * one class was asked (`asked`: the class asked is the result's), and who decides officially. `lead`: how the figures gave it.
 */
export function classRestatedReply(said: string, lead: string, asked: boolean | undefined, buttons: Reply['buttons']): Reply {
  const answer = asked === undefined ? '' : asked ? 'Đúng vậy. ' : 'Không phải. ';
  return reply(
    [
      plain(`${answer}Theo những gì bạn đã kể, kết quả vừa rồi (tham khảo) là: ${said}.\n${lead}\n\n`),
      plain(`Đây chưa phải công nhận chính thức: ${POVERTY_CADRE} rà soát, Chủ tịch UBND cấp xã quyết định. Bạn có thể hỏi tiếp, ví dụ: “tại sao”, “nhà tui được hỗ trợ gì”, “cần giấy tờ gì”.`),
    ],
    buttons,
  );
}

/**
 * "ket qua sai roi": what the check used (area, members, income, the indicators answered "thiếu hụt" and "không rõ"), how to
 * correct it, and who reviews a household officially. `told`: the household was told in one message (toldInterview), so its
 * indicators were told, not answered, the others never asked, and a correction is typed ("sửa lại thu nhập 8 triệu") or the
 * full check asked.
 */
export function usedFactsReply(interview: Interview, rules: RuleSet, date: string, told = false, why?: ResultWhy): Reply {
  const indicators = indicatorsFor(rules, date);
  const named = (answer: string) => indicators.filter((indicator) => interview.answers[indicator.id] === answer).map((indicator) => indicator.name);
  const deprived = named('yes');
  const unsure = named('unsure');
  const shown = figures(interview, rules, date);
  const used = [
    // No area told, and it matters: each area's class was given.
    ...(told && !shown.some((fact) => fact.startsWith('Khu vực')) ? ['Khu vực: bạn chưa kể (kết quả được xét cho cả nông thôn và thành thị)'] : []),
    ...shown,
    `Chỉ số thiếu hụt ${told ? 'bạn kể' : 'bạn trả lời “Có”'}: ${deprived.length > 0 ? deprived.join(', ') : 'không có'}`,
    ...(unsure.length > 0 ? [`Chỉ số bạn trả lời “Không rõ”: ${unsure.join(', ')}`] : []),
    ...(told ? ['Các chỉ số thiếu hụt khác: chưa hỏi'] : []),
  ];
  // The button said by its number on a phone (Span.press).
  const correct = told
    ? [
        plain('Nếu có chỗ chưa đúng, bạn gõ lại chỗ đó, ví dụ: "sửa lại thu nhập 8 triệu", "còn nếu 6 người thì sao", "nếu ở thành phố thì sao"; hoặc '),
        pressing('Kiểm tra đầy đủ', '/kiemtra'),
        plain(' để trả lời từng câu về điều kiện sống. Mình sẽ tính lại.\n\n'),
      ]
    : [
        plain('Nếu có chỗ chưa đúng, bạn gõ lại chỗ đó, ví dụ: "à nhầm, nhà tui 6 người", "sửa lại thu nhập 8 triệu", "không phải ở quê, ở thành phố"; hoặc '),
        pressing('Sửa câu trả lời', '/kiemtra'),
        plain(' để trả lời lại các câu về điều kiện sống. Mình sẽ tính lại và nói kết quả đổi thế nào.\n\n'),
      ];
  return reply(
    [
      ...(why ? [plain(`Vì sao kết quả là ${why.said}:\n${bullets(why.reasons)}\n\n`)] : []),
      plain(`Kết quả vừa rồi được tính từ những gì bạn đã kể:\n${bullets(used)}\n\n`),
      ...correct,
      plain(`Kết quả của trợ lý chỉ để tham khảo. Để được rà soát chính thức, bạn liên hệ ${POVERTY_CADRE} nơi hộ cư trú: Chủ tịch UBND cấp xã quyết định sau rà soát.`),
    ],
    told
      ? [[button('Kiểm tra đầy đủ', { kind: 'menu', item: 'check' })]]
      : [
          [
            button('Sửa câu trả lời', { kind: 'check', step: 'back' }),
            button('Kiểm tra lại từ đầu', { kind: 'check', step: 'restart' }),
          ],
        ],
  );
}

/**
 * "vay gio tui phai lam gi", "gio sao ad" after a result: what it means (an estimate, `said` its class) and its next steps in short
 * (nextStepsInShort: its class's, then filing Mẫu số 04 at UBND cấp xã and the papers to bring), and who decides.
 */
export function nextStepsReply(said: string, steps: readonly string[], buttons: Reply['buttons']): Reply {
  return reply(
    [
      plain(`Theo những gì bạn đã kể, kết quả vừa rồi (tham khảo) là: ${said}.\n\n`),
      plain(`Việc tiếp theo cho hộ của bạn:\n${bullets(steps)}\n\n`),
      plain(`Nơi hỏi và nộp giấy tờ: ${POVERTY_CADRE} nơi hộ cư trú; Chủ tịch UBND cấp xã quyết định công nhận. Bạn có thể hỏi tiếp, ví dụ: “khi nào rà soát”, “nhà tui được hỗ trợ gì”.`),
    ],
    buttons,
  );
}
