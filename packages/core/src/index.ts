export { HEARTH_VERSION } from './version.js';
export { defineElement, type VersionedElementClass } from './define-element.js';
export { HearthElement, type EventDetail } from './hearth-element.js';
export { HearthFormElement } from './hearth-form-element.js';
export { describeIssues, type ConfigIssue, type HearthError, type HearthErrorCode } from './hearth-error.js';
export * from './schema.js';
export {
  CREDENTIALS,
  crisisLineSchema,
  endpointSchema,
  localeProblem,
  localeSchema,
  namespaceSchema,
  practiceConfigSchema,
  REGION_PATTERN,
  regionSchema,
  STORAGE_MODES,
  THEMES,
  urlProblem,
  type CrisisLine,
  type PracticeConfig,
  type StorageMode,
  type Theme,
} from './practice-config.js';
export { ensureContextRoot, practiceContext } from './practice-context.js';
export {
  baseLanguage,
  coreCatalog,
  directionOf,
  inheritedLang,
  LocaleController,
  type CoreStrings,
  type LocaleCatalog,
  type LocaleHost,
  type Message,
  type PluralMessage,
  type StringTable,
} from './locale-controller.js';
export { MediaMatch } from './media-match.js';
export {
  ContentSource,
  type BuiltinContent,
  type ContentOrigin,
  type ContentSourceOptions,
  type ContentStatus,
} from './content-source.js';
export { baseStyles, hostStyles, themeTokens } from './theme-tokens.js';
export { formatList, listParts } from './list-format.js';
export { onQuickExit, QUICK_EXIT_EVENT, type QuickExitDetail } from './quick-exit-signal.js';
export {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  FORBIDDEN_ATTRIBUTES,
  FORBIDDEN_TAGS,
  loadSanitizer,
  looksLikeHtml,
  neutralizeInlineAttributes,
  normalisedText,
  sanitizedText,
  sanitizeHtml,
} from './sanitize-html.js';
export { SanitizedHtml } from './sanitized-html.js';
export type { EditMarks } from './sanitize-html.js';
export * from './storage.js';
export * from './encryption.js';
export * from './sending.js';
export { randomId } from './random-id.js';
export { inCrossOriginFrame } from './cross-origin-frame.js';
