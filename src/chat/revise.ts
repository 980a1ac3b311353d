/**
 * A household's result revised right after it (round 14, findings38): a what-if ("neu thu nhap 10 trieu thi sao", "gia su nha
 * co them 1 nguoi") checked on a copy of the answers, a correction ("a nham, nha tui 6 nguoi") checked on the answers
 * themselves. The readers are the interview's own (correction, membersAdded); this file says what changed.
 */
import { betweenLabel, CLASS_LABELS, type CheckResult, type RuleSet } from '../rules/index.ts';
import { correction, membersAdded, understoodFacts } from './interview.ts';
import type { Interview } from './session.ts';

/** The class a result says, or the two it lies between ("ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số"). */
export const classSaid = (result: CheckResult) => (result.between ? betweenLabel(result.between) : CLASS_LABELS[result.classification]);

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
