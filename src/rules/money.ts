/**
 * Vietnamese money parsing shared by the chat, the CLI and the batch check: "1tr2", "1,2 triệu",
 * "1.200.000đ", "1200k", "1 triệu 2", "một triệu hai trăm nghìn", "2 triệu rưỡi" → đồng.
 * Input that could mean two amounts ("1.200", a bare "12") is refused with a question, never guessed.
 */
import type { MoneyParse } from './types.ts';
import { formatMoney, formatNumber } from './text.ts';
import { fold } from '../text/fold.ts';

const UNITS: Record<string, number> = {
  k: 1e3, nghin: 1e3, ngan: 1e3,
  tr: 1e6, trieu: 1e6, cu: 1e6,
  ty: 1e9, ti: 1e9,
};
const UNIT_NAMES: Record<number, string> = { 1e3: 'nghìn', 1e6: 'triệu', 1e9: 'tỷ' };
const CURRENCY = new Set(['dong', 'd', 'vnd']);
const DIGIT_WORDS: Record<string, number> = {
  khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};
/** A bare number at least this big can only mean đồng (nobody earns 100.000 triệu a month). */
const BARE_DONG_MINIMUM = 100_000;
const MAXIMUM = 1e12;
const EXAMPLES = '“1.500.000 đồng”, “1,5 triệu” hoặc “1tr5”';

type NumberItem = { kind: 'number'; value: number; digits: number; decimal: boolean; raw: string; groupedValue?: number };
type Item = NumberItem | { kind: 'unit'; value: number } | { kind: 'half' } | { kind: 'currency' };

const ask = (question: string): MoneyParse => ({ ok: false, question });
const notUnderstood = (text: string) => ask(`Mình chưa hiểu số tiền “${text}”. Bạn ghi giúp theo cách như ${EXAMPLES}.`);

/** "1.200.000" / "1,2" / "1.200" (either 1.200 or 1,2: kept as both and resolved by context). */
function readDigits(raw: string): NumberItem | null {
  if (/^\d+$/.test(raw)) return { kind: 'number', value: Number(raw), digits: raw.length, decimal: false, raw };
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(raw) || /^\d{1,3}(,\d{3}){2,}$/.test(raw)) {
    const value = Number(raw.replace(/[.,]/g, ''));
    return { kind: 'number', value, digits: String(value).length, decimal: false, raw };
  }
  const decimal = /^(\d+)[.,](\d+)$/.exec(raw);
  if (!decimal) return null;
  const value = Number(`${decimal[1]}.${decimal[2]}`);
  const groupedValue = decimal[2]!.length === 3 && decimal[1]!.length <= 3 ? Number(`${decimal[1]}${decimal[2]}`) : undefined;
  return { kind: 'number', value, digits: 0, decimal: true, raw, groupedValue };
}

/** Number words below a thousand: "hai trăm năm mươi" → 250, "mười lăm" → 15, "một trăm lẻ năm" → 105. */
function readWords(words: string[], start: number): { item: NumberItem; next: number } | null {
  let i = start;
  let value = 0;
  const digit = (at: number) => DIGIT_WORDS[words[at] ?? ''];
  const first = digit(i);
  if (first !== undefined && words[i + 1] === 'tram') {
    value += first * 100;
    i += 2;
    if (words[i] === 'le' || words[i] === 'linh') {
      const unit = digit(i + 1);
      if (unit === undefined) return null;
      return { item: wordItem(value + unit, words, start, i + 2), next: i + 2 };
    }
  }
  if (words[i] === 'muoi') {
    value += 10;
    i += 1;
    if (digit(i) !== undefined) value += digit(i++)!;
  } else if (digit(i) !== undefined && (words[i + 1] === 'muoi' || words[i + 1] === 'chuc')) {
    value += digit(i)! * 10;
    i += 2;
    if (digit(i) !== undefined) value += digit(i++)!;
  } else if (digit(i) !== undefined) {
    // After "trăm", a lone digit is the tens in everyday speech: "hai trăm rưỡi", "hai trăm hai" = 220.
    value += value >= 100 ? digit(i)! * 10 : digit(i)!;
    i += 1;
  }
  return i === start ? null : { item: wordItem(value, words, start, i), next: i };
}

function wordItem(value: number, words: string[], start: number, end: number): NumberItem {
  return { kind: 'number', value, digits: String(value).length, decimal: false, raw: words.slice(start, end).join(' ') };
}

function tokenize(folded: string): Item[] | null {
  const tokens = folded.match(/\d+(?:[.,]\d+)*|[a-z]+|\S/g) ?? [];
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/^\d/.test(token)) {
      const number = readDigits(token);
      if (!number) return null;
      if (tokens[i + 1] === 'tram') {
        number.value *= 100;
        number.digits += 2;
        i += 1;
      }
      items.push(number);
      i += 1;
    } else if (UNITS[token] !== undefined) {
      items.push({ kind: 'unit', value: UNITS[token]! });
      i += 1;
    } else if (CURRENCY.has(token)) {
      items.push({ kind: 'currency' });
      i += 1;
    } else if (token === 'ruoi') {
      items.push({ kind: 'half' });
      i += 1;
    } else {
      const words = readWords(tokens, i);
      if (!words) return null;
      items.push(words.item);
      i = words.next;
    }
  }
  return items;
}

/** Drops what often follows an amount: "/tháng", "một tháng", "mỗi người". */
function stripPer(folded: string): string {
  return folded
    .replace(/\/.*$/, '')
    .replace(/\s+(moi|mot|hang|1)?\s*(thang|nguoi)\b.*$/, '')
    .trim();
}

export function parseMoney(text: string): MoneyParse {
  const original = text.trim();
  if (original === '') return ask(`Bạn chưa nhập số tiền. Bạn ghi giúp theo cách như ${EXAMPLES}.`);
  const folded = stripPer(fold(original));
  if (/^-\s*\d/.test(folded)) return ask('Số tiền không được âm. Bạn ghi lại giúp số tiền (ví dụ “1,5 triệu”).');
  const items = tokenize(folded);
  if (!items || items.length === 0) return notUnderstood(original);

  let total = 0;
  let lastUnit: number | null = null;
  let index = 0;
  while (index < items.length) {
    const item = items[index]!;
    const following = items[index + 1];
    if (item.kind === 'number' && following?.kind === 'unit') {
      if (lastUnit !== null && following.value >= lastUnit) return notUnderstood(original);
      if (item.groupedValue !== undefined) {
        const unit = UNIT_NAMES[following.value];
        return ask(
          `“${item.raw} ${unit}” là ${formatNumber(item.value)} ${unit} hay ${formatNumber(item.groupedValue)} ${unit}? Bạn ghi rõ giúp, ví dụ ${EXAMPLES}.`,
        );
      }
      total += item.value * following.value;
      lastUnit = following.value;
      index += 2;
    } else if (item.kind === 'number' && lastUnit !== null) {
      // "1tr2" = 1,2 triệu; "1tr200" = 1.200.000; "1tr25" = 1.250.000: the digits continue the unit.
      if (item.decimal || item.digits > Math.min(3, Math.log10(lastUnit))) return notUnderstood(original);
      total += (item.value * lastUnit) / 10 ** item.digits;
      index += 1;
      if (items[index] && items[index]!.kind !== 'currency') return notUnderstood(original);
    } else if (item.kind === 'number') {
      const withCurrency = following?.kind === 'currency';
      if (items.length > (withCurrency ? 2 : 1)) return notUnderstood(original);
      return bareNumber(item, withCurrency);
    } else if (item.kind === 'half' && lastUnit !== null) {
      total += lastUnit / 2;
      index += 1;
      if (items[index] && items[index]!.kind !== 'currency') return notUnderstood(original);
    } else if (item.kind === 'currency' && index === items.length - 1 && lastUnit !== null) {
      index += 1;
    } else {
      return notUnderstood(original);
    }
  }
  return finish(total);
}

function bareNumber(item: NumberItem, withCurrency: boolean): MoneyParse {
  if (item.groupedValue !== undefined) {
    if (withCurrency) return finish(item.groupedValue);
    return ask(
      `“${item.raw}” là ${formatMoney(item.groupedValue)} hay ${formatMoney(item.value * 1e6)} (${formatNumber(item.value)} triệu)? ` +
        `Bạn ghi rõ giúp, ví dụ ${EXAMPLES}.`,
    );
  }
  if (item.decimal) {
    return ask(`“${item.raw}” là ${formatNumber(item.value)} triệu đồng (${formatMoney(item.value * 1e6)}) phải không? Bạn ghi kèm đơn vị giúp, ví dụ “${item.raw} triệu”.`);
  }
  if (withCurrency || item.value === 0 || item.value >= BARE_DONG_MINIMUM) return finish(item.value);
  return ask(
    `“${item.raw}” là ${formatNumber(item.value)} nghìn đồng hay ${formatNumber(item.value)} triệu đồng? ` +
      `Bạn ghi kèm đơn vị giúp, ví dụ “${item.raw} triệu” hoặc “${item.raw} nghìn”.`,
  );
}

function finish(total: number): MoneyParse {
  if (!Number.isFinite(total) || total > MAXIMUM) return ask('Số tiền này quá lớn. Bạn kiểm tra lại giúp số tiền mỗi tháng.');
  return { ok: true, value: Math.round(total) };
}
