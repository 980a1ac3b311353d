/**
 * Figures a request states as facts ("từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo", "hộ nghèo năm 2026
 * được hỗ trợ xây nhà 40 triệu"): a figure the rules data does not have for that standard or support on that day is
 * corrected first and plainly ("Không đúng: …"), with the figure the data has and its status, or that it is not known,
 * and why the figure named is wrong when the data says (a draft's figure: `notFigures`; an earlier period's amount).
 * A figure the data has is left alone, and a request without figures gets no correction.
 */
import { lowerFirst } from '../corpus/vietnamese.ts';
import { findAmounts } from '../rules/money.ts';
import { describeStandard, formatDate, formatMoney, lookupStandard, type RuleSet } from '../rules/index.ts';
import { STATUS_TAGS } from './result.ts';
import { POVERTY_WORDS, readMessage } from './input.ts';
import { phrasePositions, TOPICS } from '../text/lexicon/index.ts';

/** Less than this is no figure of a standard or a support ("viết 3 dòng" reads like "3 đồng"). */
const SMALLEST_FIGURE = 10_000;

export interface Correction {
  text: string;
  /** The legal bases the correction rests on (named in a short text's "Nguồn"). */
  bases: string[];
}

/** A clause ends at ; ! ? a line break, or a comma or full stop not inside a number ("1,9 triệu", "1.500.000"). */
const CLAUSE_END = /[;!?\n]|(?<!\d)[,.]|[,.](?!\d)/;

/**
 * The amounts in đồng a text states as the line or a support's amount: as said ("40 triệu") and per month ("26,4
 * triệu/năm" is 2.200.000); only in a clause that claims (lexicon TOPICS.claims), never a household's income or a loan wanted.
 */
function statedAmounts(text: string): { said: number; monthly: number }[] {
  return text.split(CLAUSE_END).flatMap((clause) => {
    const { words } = readMessage(clause);
    const named = (phrases: readonly string[]) => phrasePositions(words, phrases).size > 0;
    if (!named(POVERTY_WORDS) || !named(TOPICS.claims.says) || named(TOPICS.claims.householdFacts)) return [];
    return findAmounts(clause).flatMap((found) =>
      found.parse.ok && found.parse.amount.said >= SMALLEST_FIGURE ? [{ said: found.parse.amount.said, monthly: found.parse.amount.value }] : [],
    );
  });
}

const unique = (values: number[]) => [...new Set(values)];
const money = (values: number[]) => values.map(formatMoney).join(', ');

/** A figure stated of the standard in force on `day` that is none of its income bounds. */
export function standardCorrection(rules: RuleSet, text: string, day: string): Correction | undefined {
  const found = lookupStandard(rules, day);
  if (!found.ok) return undefined;
  const { standard } = found.value;
  const own = new Set(standard.bands.flatMap((band) => (band.upTo ? [band.upTo.rural.value, band.upTo.urban.value] : [])));
  const wrong = unique(statedAmounts(text).filter(({ said, monthly }) => !own.has(said) && !own.has(monthly)).map(({ said }) => said));
  if (wrong.length === 0) return undefined;
  const description = describeStandard(rules, day);
  const lines = description.lines.map((line) => `${line.areaName.toLowerCase()} ${line.text}`).join(', ');
  const why = standard.notFigures.filter((entry) => entry.values.some((value) => wrong.includes(value)));
  return {
    text:
      `Không đúng: ${money(wrong)} không phải là mức của ${lowerFirst(standard.title)}. ` +
      `Chuẩn nghèo (thu nhập bình quân mỗi người mỗi tháng): ${lines}${STATUS_TAGS[standard.status]}.` +
      why.map((entry) => ` ${entry.text.replace(/\.$/, '')}${STATUS_TAGS[entry.status]}.`).join(''),
    bases: [standard.document],
  };
}

const inForce = (variant: { validFrom?: string | undefined; validTo?: string | undefined }, day: string) =>
  (variant.validFrom ?? '') <= day && day <= (variant.validTo ?? '9999-12-31');

/**
 * A figure stated of a support on `day` that none of its variants in force has (or whose amount is not known then):
 * said wrong, with the amount known then or that it is not known, and the earlier period whose amount it was.
 */
export function supportCorrection(rules: RuleSet, text: string, supportId: string, day: string): Correction | undefined {
  const support = rules.supports.find((candidate) => candidate.id === supportId);
  if (!support) return undefined;
  const now = support.variants.filter((variant) => inForce(variant, day));
  const known = now.filter((variant) => variant.status !== 'unknown');
  const own = new Set(known.flatMap((variant) => (variant.amounts ?? []).flatMap((amount) => (amount.value === undefined ? [] : [amount.value]))));
  const wrong = unique(statedAmounts(text).map(({ said }) => said).filter((said) => !own.has(said)));
  if (wrong.length === 0) return undefined;
  const year = day.slice(0, 4);
  const earlier = support.variants.filter(
    (variant) => variant.validTo !== undefined && variant.validTo < day && (variant.amounts ?? []).some((amount) => amount.value !== undefined && wrong.includes(amount.value)),
  );
  const unknownNow = now.some((variant) => variant.status === 'unknown');
  const name = lowerFirst(support.name);
  const parts = [
    own.size === 0
      ? `Không đúng: không có căn cứ cho mức ${money(wrong)} của ${name} năm ${year}; ` +
        (unknownNow ? `mức năm ${year} chưa được công bố hoặc chưa được kiểm tra${STATUS_TAGS.unknown}.` : `dữ liệu không có mức tiền nào cho hỗ trợ này năm ${year}.`)
      : `Không đúng: ${money(wrong)} không phải là mức ${name} năm ${year}; mức trong dữ liệu là ${money([...own])}.`,
    ...earlier.map((variant) => {
      const values = (variant.amounts ?? []).flatMap((amount) => (amount.value !== undefined && wrong.includes(amount.value) ? [amount.value] : []));
      return `${money(values)} là mức của giai đoạn trước (${variant.basis}, đến ${formatDate(variant.validTo!)}), không áp dụng năm ${year}.`;
    }),
  ];
  return { text: parts.join(' '), bases: [...now, ...earlier].map((variant) => variant.basis) };
}
