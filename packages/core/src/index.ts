export { type BuiltinContent, type ContentOrigin, ContentSource, type ContentSourceOptions, type ContentStatus } from './content-source.js';
export { inCrossOriginFrame } from './cross-origin-frame.js';
export { Deadline } from './deadline.js';
export { defineElement, type VersionedElementClass } from './define-element.js';
export * from './encryption.js';
export { FocusAfterUpdate } from './focus-after-update.js';
export { type EventDetail, HearthElement } from './hearth-element.js';
export { type ConfigIssue, describeIssues, type HearthError, type HearthErrorCode } from './hearth-error.js';
export { HearthFormElement } from './hearth-form-element.js';
export { formatList, listParts } from './list-format.js';
export {
  baseLanguage,
  coreCatalog,
  type CoreStrings,
  directionOf,
  inheritedLang,
  type LocaleCatalog,
  LocaleController,
  type LocaleHost,
  type Message,
  type PluralMessage,
  type StringTable,
} from './locale-controller.js';
export { MediaMatch } from './media-match.js';
export { OutboxConnection } from './outbox-connection.js';
export {
  CREDENTIALS,
  type CrisisLine,
  crisisLineSchema,
  endpointSchema,
  localeProblem,
  localeSchema,
  namespaceSchema,
  type PracticeConfig,
  practiceConfigSchema,
  type PracticeContact,
  practiceContactSchema,
  REGION_PATTERN,
  regionSchema,
  STORAGE_MODES,
  type StorageMode,
  type Theme,
  THEMES,
  urlProblem,
  validPracticeSettings,
} from './practice-config.js';
export { ensureContextRoot, practiceContext } from './practice-context.js';
export { onQuickExit, QUICK_EXIT_EVENT, type QuickExitDetail } from './quick-exit-signal.js';
export { randomId } from './random-id.js';
export type { EditMarks } from './sanitize-html.js';
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
export { SaveOnLeave } from './save-on-leave.js';
export * from './schema.js';
export * from './sending.js';
export * from './storage.js';
export { StoreWatch } from './store-watch.js';
export { baseStyles, hostStyles, themeTokens } from './theme-tokens.js';
export { HEARTH_VERSION } from './version.js';
