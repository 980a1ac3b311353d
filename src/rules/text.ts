/** Small Vietnamese text helpers for the rules module (aliases, money words, provinces). */

/** Lowercase without diacritics; đ/Đ become d (đ has no Unicode decomposition). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Number with Vietnamese separators: thousands "." and decimals "," (e.g. 6,5). */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(2).replace(/\.?0+$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Money as the team writes it everywhere: "1.500.000 đồng". */
export function formatMoney(value: number): string {
  return `${formatNumber(value)} đồng`;
}
