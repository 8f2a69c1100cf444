/*
 * A plan's phone numbers as a `tel:` link dials them. <hearth-crisis-resources> keeps its own
 * dialable(): a module both imported would become a chunk of its own that every widget page
 * fetches (decision 028).
 */

/** Arabic-Indic and Persian digits, which an Arabic or Persian keyboard types. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** A number with its Arabic-Indic and Persian digits as the digits a `tel:` or `sms:` link dials. */
export function westernDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** The number to dial: digits only (Western), keeping a leading `+` of an international number. */
export function dialable(number: string): string {
  const western = westernDigits(number).trim();
  return (western.startsWith('+') ? '+' : '') + western.replace(/\D/g, '');
}
