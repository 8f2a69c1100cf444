/**
 * @hearth/elements: the element classes, with no side effects. Import a define file to register
 * a tag (`@hearth/elements/provider`), or `@hearth/elements/all` for every element.
 */
export { HearthProvider } from './provider/provider.js';
export { HearthCrisisResources, crisisListing, dialable, type CrisisListing } from './crisis-resources/crisis-resources.js';
export { HearthQuickExit, DEFAULT_QUICK_EXIT_HREF } from './quick-exit/quick-exit.js';
export { HearthCopingCard, type CopingRecord } from './coping-card/coping-card.js';
export type { BreathingExercise, Exercise, StepsExercise, Strategy, TimerExercise } from './coping-card/strategy.js';
export { breathingProblem, strategiesSchema, strategySchema } from './coping-card/strategy-schema.js';
export { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from './content/built-in-strategies.js';
export { HearthJournalPrompt, type JournalDraft, type JournalEntry, type Rotate } from './journal-prompt/journal-prompt.js';
export { BUILT_IN_PACK_IDS, loadBuiltInPack, type Prompt, type PromptPack } from './content/built-in-prompt-packs.js';
export { promptListSchema, promptSchema } from './journal-prompt/prompt-schema.js';
export { HearthFeedbackForm, type FeedbackDraft, type FeedbackFormat, type FeedbackPhase } from './feedback-form/feedback-form.js';
export { ITEM_TYPES, type Answer, type FeedbackResponse, type FormDefinition, type FormItem, type FormOption, type FormScoring, type ItemType } from './feedback-form/form-definition.js';
export { formDefinitionSchema, formItemSchema } from './feedback-form/form-schema.js';
export { buildResponse, totalsOf } from './feedback-form/feedback-response.js';
export { canonicalOf, toQuestionnaire, toQuestionnaireResponse, type FhirQuestionnaire, type FhirQuestionnaireResponse } from './feedback-form/feedback-fhir.js';
export { BUILT_IN_FORM_IDS, loadBuiltInForm } from './content/built-in-form-templates.js';
export { HearthConsent, type ConsentFormat, type ConsentStage } from './consent/consent.js';
export { SIGNER_ROLES, type Acknowledgment, type ConsentRecord, type ConsentStatus, type Policy, type PolicySection, type SignerRole } from './consent/policy.js';
export { policySchema } from './consent/policy-schema.js';
export { policyHash, policyHashInput, sha256Hex } from './consent/policy-hash.js';
export { policyUri, toFhirConsent, type FhirConsent } from './consent/consent-fhir.js';
export { BUILT_IN_POLICY_IDS, loadBuiltInPolicy } from './content/built-in-policies.js';
export { crisisLineData, type CrisisLineData, type RegionCrisisLines, type SourcedCrisisLine } from './content/crisis-lines.js';
export { loadUiStrings, uiCatalog, uiCatalogWith, UI_LANGUAGES, type BaseStrings, type UiStrings } from './locales/ui-catalog.js';
export { copingCatalog, type CopingCardStrings } from './locales/coping-catalog.js';
export { journalCatalog, type JournalPromptStrings } from './locales/journal-catalog.js';
export { feedbackCatalog, type FeedbackFormStrings } from './locales/feedback-catalog.js';
export { consentCatalog, type ConsentElementStrings } from './locales/consent-catalog.js';
