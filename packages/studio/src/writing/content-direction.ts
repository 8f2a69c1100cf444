/** The writing direction of content in a language: right to left for Arabic, Hebrew, Persian and Urdu. */
export function contentDirection(lang: string): 'ltr' | 'rtl' {
  return /^(?:ar|he|fa|ur)(?:[-_]|$)/i.test(lang) ? 'rtl' : 'ltr';
}
