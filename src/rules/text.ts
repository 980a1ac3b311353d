/** Vietnamese number and money formatting for the rules module and everyone who shows its figures. */

/** Number with Vietnamese separators: thousands "." and decimals "," (e.g. 6,5). */
/**
 * Whom a resident asks what the data does not say (an unknown figure, a local rule, a complaint): the one copy of
 * the words, used by every answer (src/chat/replies.ts WHERE_TO_ASK, the status note of an unknown fact, the rules'
 * own messages). The rules data names no one to ask: the answers add this.
 */
export const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

export function formatNumber(value: number): string {
  // Whole numbers (almost every amount) by plain string slicing: this runs several times per row of a list.
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = grouped.length; i < digits.length; i += 3) grouped += `.${digits.slice(i, i + 3)}`;
    return value < 0 ? `-${grouped}` : grouped;
  }
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(2).replace(/\.?0+$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * An amount as it is shown: whole đồng (2.833.333, never 2.833.333,33). A figure is compared with the lines unrounded, and
 * only shown rounded: by formatMoney, and as a number where a figure is a number (a list's result column).
 */
export const wholeDong = (value: number): number => Math.round(value);

/** Money as the team writes it everywhere: "1.500.000 đồng". */
export function formatMoney(value: number): string {
  return `${formatNumber(wholeDong(value))} đồng`;
}
