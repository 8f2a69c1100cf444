/**
 * Fills `{name}` (the provider's `clientName`) and `{practice}` (its `practiceName`) in practice
 * text, as text. Where a value is not
 * set, the token goes and the spaces it leaves are tidied ("Hi {name}, breathe" → "Hi, breathe").
 * Text without a token comes back unchanged.
 */
export function fillTokens(text: string, config: { clientName?: string; practiceName?: string } = {}): string {
  if (!/\{(name|practice)\}/.test(text)) return text;
  return text
    .replace(/\{name\}/g, config.clientName ?? '')
    .replace(/\{practice\}/g, config.practiceName ?? '')
    .replace(/ +([,.!?;:])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}
