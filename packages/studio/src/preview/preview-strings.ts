/**
 * The English UI strings of Studio's preview part: `<studio-preview>` and `<studio-theme-tokens>`.
 * A table of its own (studio-layout.md) so the part can be translated with the rest of Studio.
 * Labels only: the content being previewed keeps its own language.
 */

/** Every string of the preview part, by key. `{name}`-style parameters are filled by {@link previewText}. */
export const previewStrings = {
  // <studio-preview>
  'preview.frame': 'Preview: {kind}, {language}, {scheme}, {width}',
  'preview.kind.strategy': 'coping card',
  'preview.kind.prompts': 'journal prompt',
  'preview.kind.form': 'feedback form',
  'preview.kind.policy': 'consent',
  'preview.kind.safety-plan-prompts': 'safety plan',
  'preview.language.en': 'English',
  'preview.language.es': 'Spanish',
  'preview.language.fr': 'French',
  'preview.language.ar': 'Arabic',
  'preview.scheme.light': 'light',
  'preview.scheme.dark': 'dark',
  'preview.width.phone': 'phone',
  'preview.width.tablet': 'tablet',
  'preview.width.desktop': 'desktop',
  'preview.state.start': 'As it first shows',
  'preview.state.exercise': 'Mid-exercise',
  'preview.state.errors': 'Sent empty: errors showing',
  'preview.state.agreed': 'Agreed',
  'preview.state.crisis': 'Crisis view open',
  'preview.noContent': 'Nothing to preview yet.',
  'preview.screenNote':
    'Shown {px} px wide. Layout that follows the size of the whole screen (tighter spacing on phones, terms that flow with the page) shows as on this window; narrow the browser window to see it.',
  'preview.relationship': 'Parent',
  // <studio-theme-tokens>
  'tokens.legend': 'Theme colours',
  'tokens.color.accent': 'Accent (links, main buttons)',
  'tokens.color.accent-fg': 'Text on the accent',
  'tokens.color.fg': 'Text',
  'tokens.color.bg': 'Background',
  'tokens.color.surface': 'Cards and panels',
  'tokens.notHex': 'Set in your CSS as {value}; the picker shows the nearest it can.',
  'tokens.cssLabel': 'Paste your theme CSS',
  'tokens.cssHelp':
    'Custom properties starting with --hearth-, on their own or inside a rule such as :root { … } or hearth-provider { … }. Only those are used; the rest is listed below with the reason.',
  'tokens.apply': 'Use this CSS',
  'tokens.clear': 'Remove all theme tokens',
  'tokens.inUse': 'Tokens in use',
  'tokens.none': 'No theme tokens: the elements show their own defaults.',
  'tokens.applied': '{count} tokens taken from the CSS.',
  'tokens.appliedOne': '1 token taken from the CSS.',
  'tokens.appliedNone': 'No token taken from the CSS.',
  'tokens.ignoredTitle': 'Not used',
  'tokens.cleared': 'All theme tokens removed.',
  'tokens.contrast': '{first} on {second}: contrast {ratio}:1, below the 4.5:1 that text needs.',
  // Why a part of the pasted CSS was not used.
  'tokens.reason.too-large': 'The text is longer than {max} characters, so none of it was used.',
  'tokens.reason.not-declaration': 'Not a declaration (a name, a colon and a value).',
  'tokens.reason.not-token': 'Not a Hearth token: only custom properties starting with --hearth- are used.',
  'tokens.reason.bad-name': 'The name may hold only letters, digits, - and _ after --hearth-.',
  'tokens.reason.empty': 'The value is empty.',
  'tokens.reason.url': 'The value loads something from a web address (url() or src()).',
  'tokens.reason.import': '@import loads another stylesheet.',
  'tokens.reason.image': 'The value loads or draws an image (image(), image-set(), cross-fade(), element() or paint()).',
  'tokens.reason.expression': 'expression() runs code.',
  'tokens.reason.escape': 'Backslash escapes can hide what a value does.',
  'tokens.reason.smuggling': 'A ; { or } inside a value, or a } without its {, can break out of the declaration.',
  'tokens.reason.at-rule': 'At-rules (@media, @font-face…) are not used: only plain token declarations.',
  'tokens.reason.nested': 'A rule inside a rule is not used.',
  'tokens.reason.characters': 'The value holds characters a token does not need (< > ` or control characters).',
  'tokens.reason.unbalanced': 'Unbalanced quotes or brackets.',
  'tokens.reason.too-long': 'The value is longer than {max} characters.',
  'tokens.reason.too-many': 'More than {max} tokens: the rest were not used.',
  'tokens.reason.invalid': 'The browser does not accept this as a value.',
  'tokens.reason.unclosed-comment': 'A comment (/*) that is never closed hides the rest.',
} as const;

export type PreviewStringKey = keyof typeof previewStrings;

/** The string for `key`, with `{param}` placeholders filled (as text: the caller renders it with Lit). */
export function previewText(key: PreviewStringKey, params: Record<string, string | number> = {}): string {
  return previewStrings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
