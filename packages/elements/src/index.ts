/**
 * @hearth/elements: the element classes, with no side effects. Import a define file to register
 * a tag (`@hearth/elements/provider`), or `@hearth/elements/all` for every element.
 */
export { type ConsentFormat, type ConsentStage, HearthConsent } from './consent/consent.js';
export { type FhirConsent, policyUri, toFhirConsent } from './consent/consent-fhir.js';
export {
  type Acknowledgment,
  type ConsentRecord,
  type ConsentStatus,
  type Policy,
  type PolicySection,
  SIGNER_ROLES,
  type SignerRole,
} from './consent/policy.js';
export { policyHash, policyHashInput, sha256Hex } from './consent/policy-hash.js';
export { policySchema } from './consent/policy-schema.js';
export { BUILT_IN_FORM_IDS, loadBuiltInForm } from './content/built-in-form-templates.js';
export { CONTENT_LANGUAGES, type ContentLanguage } from './content/built-in-item.js';
export { BUILT_IN_POLICY_IDS, loadBuiltInPolicy } from './content/built-in-policies.js';
export {
  BUILT_IN_PACK_IDS,
  loadBuiltInPack,
  loadPromptPack,
  type PracticePromptPack,
  type Prompt,
  type PromptContent,
  type PromptPack,
} from './content/built-in-prompt-packs.js';
export { loadSafetyPlanPrompts } from './content/built-in-safety-plan-prompts.js';
export { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from './content/built-in-strategies.js';
export { type CrisisLineData, crisisLineData, type RegionCrisisLines, type SourcedCrisisLine } from './content/crisis-lines.js';
export { type CopingRecord, HearthCopingCard } from './coping-card/coping-card.js';
export type { BreathingExercise, Exercise, StepsExercise, Strategy, TimerExercise } from './coping-card/strategy.js';
export { breathingProblem, strategiesSchema, strategySchema } from './coping-card/strategy-schema.js';
export { type CrisisListing, crisisListing, dialable, HearthCrisisResources } from './crisis-resources/crisis-resources.js';
export {
  canonicalOf,
  type FhirQuestionnaire,
  type FhirQuestionnaireResponse,
  toQuestionnaire,
  toQuestionnaireResponse,
} from './feedback-form/feedback-fhir.js';
export { type FeedbackDraft, type FeedbackFormat, type FeedbackPhase, HearthFeedbackForm } from './feedback-form/feedback-form.js';
export { buildResponse, totalsOf } from './feedback-form/feedback-response.js';
export {
  type Answer,
  type FeedbackResponse,
  type FormDefinition,
  type FormItem,
  type FormOption,
  type FormScoring,
  ITEM_TYPES,
  type ItemType,
} from './feedback-form/form-definition.js';
export { formDefinitionSchema, formItemSchema } from './feedback-form/form-schema.js';
export { download } from './file-download.js';
export { HearthJournalPrompt, type JournalDraft, type JournalEntry, type Rotate } from './journal-prompt/journal-prompt.js';
export { promptContentSchema, promptListSchema, promptPackSchema, promptSchema } from './journal-prompt/prompt-schema.js';
export { consentCatalog, type ConsentElementStrings } from './locales/consent-catalog.js';
export { type CopingCardStrings, copingCatalog } from './locales/coping-catalog.js';
export { feedbackCatalog, type FeedbackFormStrings } from './locales/feedback-catalog.js';
export { journalCatalog, type JournalPromptStrings } from './locales/journal-catalog.js';
export { safetyPlanCatalog, type SafetyPlanStrings } from './locales/safety-plan-catalog.js';
export { type BaseStrings, uiCatalog } from './locales/ui-catalog.js';
export { loadUiStrings, UI_LANGUAGES, uiCatalogWith, type UiStrings } from './locales/ui-strings.js';
export { HearthProvider } from './provider/provider.js';
export { DEFAULT_QUICK_EXIT_HREF, HearthQuickExit } from './quick-exit/quick-exit.js';
export { CRISIS_VIEW_HASH, HearthSafetyPlan, type ShownSection } from './safety-plan/safety-plan.js';
export {
  type BuiltInSafetyPlanPrompts,
  type ContentReview,
  emptyPlan,
  PHONE_SECTIONS,
  type PlanItem,
  type PlanSection,
  type SafetyPlan,
  type SafetyPlanPrompts,
  SECTION_IDS,
  type SectionId,
  type SectionPrompt,
} from './safety-plan/safety-plan-format.js';
export { safetyPlanPromptsSchema, safetyPlanSchema } from './safety-plan/safety-plan-schema.js';
