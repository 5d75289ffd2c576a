/**
 * Money as the API sends it (a decimal string and a currency). Sums are exact, on integers of the
 * smallest unit the strings carry; `Number` is used only for the height of a bar in a chart.
 */
export interface Money {
  amount: string;
  currency: string;
}

function parts(amount: string): { units: bigint; scale: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) throw new Error(`not a decimal: ${amount}`);
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

/** The exact sum of decimal strings, with as many decimals as the longest of them. */
export function sumDecimals(amounts: readonly string[]): string {
  const parsed = amounts.map(parts);
  const scale = Math.max(0, ...parsed.map((part) => part.scale));
  const total = parsed.reduce((sum, part) => sum + part.units * 10n ** BigInt(scale - part.scale), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** "1234567.50 USD" → "1,234,567.50 USD", digits untouched. */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return '—';
  const [whole, fraction] = money.amount.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''} ${money.currency}`;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}
