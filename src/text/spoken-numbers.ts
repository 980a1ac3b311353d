/**
 * Figures written out as they are read aloud (a loudspeaker text): "2.200.000 đồng" → "hai triệu hai trăm nghìn đồng",
 * "01/01/2027" → "ngày mùng một tháng một năm hai nghìn không trăm hai mươi bảy", "2027–2030", "3 chỉ số", "100%", "6,6%/năm" →
 * "sáu phẩy sáu phần trăm mỗi năm", "đồng/người/tháng" → "đồng mỗi người mỗi tháng".
 * Documents' numbers ("Nghị định 351/2025/NĐ-CP", "NĐ 07/2021") are names, kept as written.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ'] as const;

/** Below a thousand; `full`: a group after a higher one says its hundreds ("không trăm lẻ năm"). */
function belowThousand(n: number, full: boolean): string {
  const [hundreds, tens, units] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const out: string[] = [];
  if (hundreds > 0 || full) out.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0 && units > 0 && out.length > 0) out.push('lẻ');
  if (tens === 1) out.push('mười');
  else if (tens > 1) out.push(DIGITS[tens]!, 'mươi');
  if (units > 0) out.push(tens > 0 && units === 5 ? 'lăm' : tens > 1 && units === 1 ? 'mốt' : tens > 1 && units === 4 ? 'tư' : DIGITS[units]!);
  return out.join(' ');
}

/** A whole number in words ("2.200.000" → "hai triệu hai trăm nghìn"); groups of nothing are not said. */
export function spokenNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  if (groups.length > GROUPS.length) return String(n);
  const top = groups.length - 1;
  // A group of nothing between two said groups is said "không nghìn" ("1.000.500" → "một triệu không nghìn năm trăm"):
  // left out, the hearer takes "một triệu năm trăm" for 1.500.000. Trailing groups of nothing are not said.
  const lowest = groups.findIndex((group) => group > 0);
  return groups
    .map((group, index) => ({ group, index }))
    .reverse()
    .filter(({ group, index }) => group > 0 || (index > lowest && index < top))
    .map(({ group, index }) => (group === 0 ? `không ${GROUPS[index]}` : `${belowThousand(group, index !== top)}${GROUPS[index] ? ` ${GROUPS[index]}` : ''}`))
    .join(' ');
}

/** The part after the comma: "5" → "năm", "25" → "hai mươi lăm"; one with a leading zero or longer digit by digit ("05" → "không năm"). */
function spokenDecimals(part: string): string {
  if (part.length <= 2 && !part.startsWith('0')) return spokenNumber(Number(part));
  return [...part].map((digit) => DIGITS[Number(digit)]!).join(' ');
}

/** A day of the month as said: "mùng một" to "mùng mười", then "mười một"… */
const spokenDay = (day: number) => (day <= 10 ? `mùng ${spokenNumber(day)}` : spokenNumber(day));

/** The figures of a line read aloud in words; a document's number (next to "/" or letters) is kept. */
export function spokenFigures(line: string): string {
  // "ngày 23/06/2021" says "ngày" once.
  const day = (before: string) => (before ? before : 'ngày ');
  return line
    .replace(/((?:[Nn]gày )?)\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (_, before: string, d: string, m: string, y: string) => `${day(before)}${spokenDay(Number(d))} tháng ${spokenNumber(Number(m))} năm ${spokenNumber(Number(y))}`)
    .replace(/((?:[Nn]gày )?)(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g, (_, before: string, d: string, m: string) => `${day(before)}${spokenDay(Number(d))} tháng ${spokenNumber(Number(m))}`)
    .replace(/(?<![\d/.,])(\d+(?:,\d+)?)\s*–\s*(?=\d)/g, '$1 đến ')
    // "6,6%/năm": the "/" of a rate's period is no document number's.
    .replace(/(?<![\d/.,])(\d+),(\d+)(?:(%)(?=\/\p{Ll})|(%?)(?![\d/]|[.,]\d))/gu, (_, whole: string, part: string, per?: string, percent?: string) => `${spokenNumber(Number(whole))} phẩy ${spokenDecimals(part)}${per || percent ? ' phần trăm' : ''}`)
    // "1.500.000đ" is said "đồng"; a comma or full stop after a figure ends the sentence ("Mẫu số 04, …").
    .replace(/(?<![\d/.,\p{L}])(\d{1,3}(?:\.\d{3})+|\d+)(?:(%)(?=\/\p{Ll})|(%)(?![\d/\p{L}-]|[.,]\d)|\s?(đ)(?![\p{L}\d])|(?![\d/\p{L}-]|[.,]\d))/gu, (_, figure: string, per?: string, percent?: string, dong?: string) => `${spokenNumber(Number(figure.replaceAll('.', '')))}${per || percent ? ' phần trăm' : dong ? ' đồng' : ''}`)
    // A unit per another ("đồng/người/tháng", "phần trăm/năm", "m²/người"): said "mỗi"; a document's number has figures or capitals there.
    .replace(/(?<=[\p{L}%²])\/(?=\p{Ll})/gu, ' mỗi ');
}
