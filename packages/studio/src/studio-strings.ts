/*
 * Studio's own words, in one table so the page can be translated. The content being edited may be
 * in any of the content languages; these strings are the page around it (English for now).
 */

export const CONTENT_LANGUAGES = ['en', 'es', 'fr', 'ar'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Each content language in its own words and in English, so anyone can find theirs. */
export const LANGUAGE_NAMES: Record<ContentLanguage, string> = {
  en: 'English',
  es: 'Español (Spanish)',
  fr: 'Français (French)',
  ar: 'العربية (Arabic)',
};

export const strings = {
  title: 'Hearth Studio',
  intro:
    'Write or adapt content for your Hearth widgets: a coping strategy, journaling prompts, a feedback form, consent terms or safety plan prompts. See it in the real widget as you type, then take a file or a snippet for your site.',
  privacy: 'Everything stays in this browser. Studio sends nothing anywhere and sets no cookies.',
  startHeading: 'Start',
  kindLabel: 'What are you writing?',
  languageLabel: 'Content language',
  builtInLabel: 'Built-in item',
  openBuiltIn: 'Open built-in item',
  startBlank: 'Start blank',
  importFile: 'Open a file (JSON or HTML snippet)',
  pasteSummary: 'Paste JSON or an HTML snippet',
  pasteLabel: 'Pasted JSON or snippet',
  pasteRead: 'Open pasted text',
  undo: (label: string) => `Undo (back to the ${label.toLowerCase()} you had open)`,
  undone: 'Back to what you had open before. Undo again to return to the other.',
  startedBlank: (label: string) => `Started a blank ${label.toLowerCase()}.`,
  openedBuiltIn: (id: string, language: string) => `Opened the built-in “${id}” in ${language}. Give it a new id and version when you change its wording.`,
  builtInFailed: (id: string) => `The built-in “${id}” could not be loaded. Nothing was changed.`,
  fileTooBig: (megabytes: number) => `This file is about ${megabytes} MB; Studio reads content files up to 1 MB. Nothing was changed.`,
  fileUnreadable: 'This file could not be read. Nothing was changed.',
  clientPlanRefused: 'This is a client’s own safety plan, not content to write. Studio does not open client plans. Nothing was changed.',
  unknownKind: 'Studio could not tell what kind of content this is (a strategy, prompts, a form, consent terms or safety plan prompts). Nothing was changed.',
  opened: (label: string, problems: number) =>
    `Opened a ${label.toLowerCase()}${problems ? ` with ${problems} ${problems === 1 ? 'problem' : 'problems'} to fix (listed under Edit)` : ''}.`,
  editHeading: (label: string) => `Edit: ${label}`,
  noProblems: 'No problems: the widget will show this as it is.',
  problemsHeading: (count: number) => (count ? `${count} ${count === 1 ? 'problem' : 'problems'} to fix` : 'Notes'),
  viewLabel: 'How to edit',
  viewForm: 'Form',
  viewJson: 'JSON',
  viewLanguages: 'Languages',
  languagesIntro:
    'The open item beside its other languages: what is missing, empty or from an older version is marked in each. Open another language’s file here to add it, or open the built-in versions.',
  openVersions: 'Open the built-in item’s other languages',
  openedVersions: (id: string) => `Opened the other languages of the built-in “${id}” beside it.`,
  openedVersion: (language: string) => `Opened the ${language} version beside the open item.`,
  openedDraft: 'Opened your draft.',
  openedLanguage: (language: string) => `Opened the built-in ${language} version; the one you had open is beside it (Languages).`,
  markedLanguage: (language: string) => `The open item is now marked as ${language}: write or paste its ${language} text.`,
  noteLabel: 'Note (not a problem):',
  downloadVersion: (language: string) => `Download JSON file: ${language}`,
  jsonLabel: 'The item as JSON (changes here show in the form)',
  jsonNotJson: 'This view holds JSON only; to open a snippet, use “Paste JSON or an HTML snippet” above',
  fixJsonFirst: 'The JSON has a problem: fix it (or undo your typing) before going back to the form.',
  writingHeading: 'Writing help for the whole item',
  reviewHeading: 'Clinical review',
  reviewIntro: 'Tick what you checked. It is saved in the file as a record of the review; the widgets do not show it.',
  reviewNeedsName: 'Write who reviewed it: the review is recorded in the file once it has a name.',
  previewHeading: 'Preview',
  directionLabel: 'Direction',
  directionAuto: 'As the language',
  directionLtr: 'Left to right',
  directionRtl: 'Right to left',
  schemeLabel: 'Colours',
  schemeLight: 'Light',
  schemeDark: 'Dark',
  widthLabel: 'Screen',
  widthPhone: 'Phone (320 px)',
  widthTablet: 'Tablet (768 px)',
  widthDesktop: 'Desktop (1024 px)',
  stateLabel: 'Show',
  sampleNameLabel: 'Sample client name for {name}',
  tokensSummary: 'Your site’s colours and theme tokens',
  previewShowsLastGood: 'The preview shows the last version without problems.',
  previewNothingYet: 'The preview appears once the item has no problems.',
  outputHeading: 'Use it on your site',
  outputHasProblems: (count: number) =>
    `This item still has ${count} ${count === 1 ? 'problem' : 'problems'}: until ${count === 1 ? 'it is' : 'they are'} fixed, the widget shows an error in its place.`,
  downloadJson: 'Download JSON file',
  downloadSnippet: 'Download HTML snippet',
  copySnippet: 'Copy HTML snippet',
  copied: 'Copied.',
  copyBlocked: 'This browser did not allow copying: the snippet is selected, press Ctrl+C (or ⌘C).',
  snippetLabel: 'HTML snippet (paste it into your page where the widget should be)',
};
