/** See crisis-numbers.mjs. */
export function crisisNumbers(data: { regions: Record<string, object> }): Record<string, unknown>;
