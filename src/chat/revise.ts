/**
 * A household's result revised right after it (round 14, findings38): a what-if ("neu thu nhap 10 trieu thi sao", "gia su nha
 * co them 1 nguoi") checked on a copy of the answers, a correction ("a nham, nha tui 6 nguoi") checked on the answers
 * themselves, and "ket qua sai roi" answered with what the check used (after a household told in one message too). The readers are the interview's own (correction,
 * membersAdded); this file says what changed and what was used.
 */
import { betweenLabel, CLASS_LABELS, indicatorsFor, POVERTY_CADRE, type CheckResult, type RuleSet } from '../rules/index.ts';
import { correction, membersAdded, understoodFacts } from './interview.ts';
import type { Interview } from './session.ts';
import type { KnownFigures } from './settled.ts';
import type { Reply } from './types.ts';
import { bullets, plain, reply } from './replies.ts';

/** The class a result says, or the two it lies between ("ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số"). */
export const classSaid = (result: CheckResult) => (result.between ? betweenLabel(result.between) : CLASS_LABELS[result.classification]);

/** The household's figures (area, members, income) of an interview, without its indicator answers. */
function figures(interview: Interview, rules: RuleSet, date: string): string[] {
  const indicatorNames = new Set(indicatorsFor(rules, date).map((indicator) => indicator.name));
  return understoodFacts(interview, rules, date).filter((fact) => !indicatorNames.has(fact.slice(0, fact.indexOf(':'))));
}

/** "Số người: 6 (trước đó: 4)": each fact of `after` that `before` said otherwise, with what it said. */
export function factsChanged(before: Interview, after: Interview, rules: RuleSet, date: string): string[] {
  const said = new Map(understoodFacts(before, rules, date).map((fact) => [fact.slice(0, fact.indexOf(':')), fact.slice(fact.indexOf(':') + 2)]));
  return understoodFacts(after, rules, date).flatMap((fact) => {
    const label = fact.slice(0, fact.indexOf(':'));
    const earlier = said.get(label);
    if (earlier === fact.slice(label.length + 2)) return [];
    return [earlier === undefined ? fact : `${fact} (trước đó: ${earlier})`];
  });
}

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

/** A household told in one message (session.told) as the answers of a check: its figures, "Có" for each indicator told deprived. */
export function toldInterview(known: KnownFigures): Interview {
  const answers: Interview['answers'] = Object.fromEntries([...known.notDeprived.map((id) => [id, 'no']), ...known.deprivations.map((id) => [id, 'yes'])]);
  return { awaitingConsent: false, position: 0, date: known.date, members: known.members, income: known.income, answers, ...(known.area ? { area: known.area } : {}) };
}

/**
 * "ket qua sai roi": what the check used (area, members, income, the indicators answered "thiếu hụt" and "không rõ"), how to
 * correct it, and who reviews a household officially. `told`: the household was told in one message (toldInterview), so its
 * indicators were told, not answered, the others never asked, and a correction is typed ("sửa lại thu nhập 8 triệu") or the
 * full check asked.
 */
export function usedFactsReply(interview: Interview, rules: RuleSet, date: string, told = false): Reply {
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
  const correct = told
    ? 'Nếu có chỗ chưa đúng, bạn gõ lại chỗ đó, ví dụ: "sửa lại thu nhập 8 triệu", "còn nếu 6 người thì sao", "nếu ở thành phố thì sao"; ' +
      'hoặc bấm "Kiểm tra đầy đủ" để trả lời từng câu về điều kiện sống. Mình sẽ tính lại.\n\n'
    : 'Nếu có chỗ chưa đúng, bạn gõ lại chỗ đó, ví dụ: "à nhầm, nhà tui 6 người", "sửa lại thu nhập 8 triệu", "không phải ở quê, ở thành phố"; ' +
      'hoặc bấm "Sửa câu trả lời" để trả lời lại các câu về điều kiện sống. Mình sẽ tính lại và nói kết quả đổi thế nào.\n\n';
  return reply(
    [
      plain(`Kết quả vừa rồi được tính từ những gì bạn đã kể:\n${bullets(used)}\n\n`),
      plain(correct),
      plain(`Kết quả của trợ lý chỉ để tham khảo. Để được rà soát chính thức, bạn liên hệ ${POVERTY_CADRE} nơi hộ cư trú: Chủ tịch UBND cấp xã quyết định sau rà soát.`),
    ],
    told
      ? [[{ label: 'Kiểm tra đầy đủ', action: 'menu:check' }]]
      : [
          [
            { label: 'Sửa câu trả lời', action: 'ck:back' },
            { label: 'Kiểm tra lại từ đầu', action: 'ck:restart' },
          ],
        ],
  );
}
