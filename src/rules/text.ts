/** Vietnamese number and money formatting for the rules module and everyone who shows its figures. */

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
