// Made by scripts/editor-support.mjs from custom-elements.json: do not edit by hand.
// JSX intrinsic elements for Hearth, typed with the elements' own TypeScript types.
// React 19 (`import '@hearth/elements/jsx'`) sets known properties, other props as attributes,
// and `on<event-name>` props as listeners of that event.
import type { HearthConsent } from './dist/types/consent/consent.js';
import type { HearthCopingCard } from './dist/types/coping-card/coping-card.js';
import type { HearthCrisisResources } from './dist/types/crisis-resources/crisis-resources.js';
import type { HearthFeedbackForm } from './dist/types/feedback-form/feedback-form.js';
import type { HearthJournalPrompt } from './dist/types/journal-prompt/journal-prompt.js';
import type { HearthProvider } from './dist/types/provider/provider.js';
import type { HearthQuickExit } from './dist/types/quick-exit/quick-exit.js';

/** What every Hearth element takes in JSX besides its own attributes: the usual HTML ones. */
type HearthJSXBase = {
  id?: string;
  class?: string;
  className?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
  slot?: string;
  style?: unknown;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  [data: `data-${string}`]: string | number | boolean | undefined;
  [aria: `aria-${string}`]: string | number | boolean | undefined;
};

/** Every Hearth element, for JSX. */
export interface HearthIntrinsicElements {
  'hearth-consent': HearthJSXBase & {
    /** A built-in policy: `confidentiality`, `electronic-communication`, `group` or `telehealth`. */
    'template'?: HearthConsent['template'];
    /** A URL of a JSON `Policy`. */
    'src'?: HearthConsent['src'];
    /** Who signs: `self` (the client), `guardian` or `representative` (who then gives their relationship). */
    'signer-role'?: HearthConsent['signerRole'];
    signerRole?: HearthConsent['signerRole'];
    /** Asks the client to reach the end of the terms (by scrolling, or by moving focus past them) before agreeing. */
    'require-scroll'?: HearthConsent['requireScroll'];
    requireScroll?: HearthConsent['requireScroll'];
    /** What is sent: `json` (the record) or `fhir` (a FHIR R4 Consent). */
    'format'?: HearthConsent['format'];
    /** Where it sends (else the provider's `endpoint`); without one, its events are the delivery. */
    'endpoint'?: HearthConsent['endpoint'];
    /** `credentials` of the send: `omit`, `same-origin` (default) or `include`. */
    'credentials'?: HearthConsent['credentials'];
    /** `local`, `session` or `none`; else the provider's; else `local`. */
    'storage'?: HearthConsent['storage'];
    /** The instance key in storage (default: the content's id). */
    'store-key'?: HearthConsent['storeKey'];
    storeKey?: HearthConsent['storeKey'];
    /** Hides the compact crisis resources in the footer. */
    'no-crisis-footer'?: HearthConsent['noCrisisFooter'];
    noCrisisFooter?: HearthConsent['noCrisisFooter'];
    /** Hides the "complements your therapy" note. */
    'no-disclaimer'?: HearthConsent['noDisclaimer'];
    noDisclaimer?: HearthConsent['noDisclaimer'];
    /** Level of the title heading (2–6). */
    'heading-level'?: HearthConsent['headingLevel'];
    headingLevel?: HearthConsent['headingLevel'];
    /** The terms as an object (`Policy`); wins over every other source. */
    policy?: HearthConsent['policy'];
    /** `{ record }` when the client agrees or declines (cancelable: a host that calls `preventDefault()` delivers the record itself; it is still kept on the device). */
    'onhearth-consent-submit'?: (event: HTMLElementEventMap['hearth-consent-submit']) => void;
    /** `{ record }` when the endpoint accepted a record. */
    'onhearth-consent-sent'?: (event: HTMLElementEventMap['hearth-consent-sent']) => void;
    /** `{ record }` when the client withdraws (cancelable, like submit). */
    'onhearth-consent-withdraw'?: (event: HTMLElementEventMap['hearth-consent-withdraw']) => void;
    /** `{ record, error, queued }` when a send failed (`queued`: it will be retried). */
    'onhearth-consent-error'?: (event: HTMLElementEventMap['hearth-consent-error']) => void;
    /** A native `change` from the element when the client ticks, types or answers. */
    'onchange'?: (event: HTMLElementEventMap['change']) => void;
  };
  'hearth-coping-card': HearthJSXBase & {
    /** A built-in strategy id, or (property) a `Strategy`. */
    'strategy'?: HearthCopingCard['strategy'];
    /** Space-separated built-in ids, or (property) a `Strategy[]`: a deck. */
    'strategies'?: HearthCopingCard['strategies'];
    /** A URL of a JSON strategy or list, fetched when set and no property or JSON child is given. */
    'src'?: HearthCopingCard['src'];
    /** In a deck, lists the hidden strategies (collapsed, each with "Show again"). */
    'show-hidden'?: HearthCopingCard['showHidden'];
    showHidden?: HearthCopingCard['showHidden'];
    /** Hides the compact crisis resources in the footer (shown by default; see the docs before turning off). */
    'no-crisis-footer'?: HearthCopingCard['noCrisisFooter'];
    noCrisisFooter?: HearthCopingCard['noCrisisFooter'];
    /** Hides the "this complements, not replaces, your therapy" note. */
    'no-disclaimer'?: HearthCopingCard['noDisclaimer'];
    noDisclaimer?: HearthCopingCard['noDisclaimer'];
    /** Prefix of the storage keys (default: the strategy id alone). */
    'store-key'?: HearthCopingCard['storeKey'];
    storeKey?: HearthCopingCard['storeKey'];
    /** `local`, `session` or `none`; else the provider's; else `local`. */
    'storage'?: HearthCopingCard['storage'];
    /** Level of the strategy title heading (2–6). */
    'heading-level'?: HearthCopingCard['headingLevel'];
    headingLevel?: HearthCopingCard['headingLevel'];
    /** `{ strategyId, exercise }` when a guided exercise starts. */
    'onhearth-exercise-start'?: (event: HTMLElementEventMap['hearth-exercise-start']) => void;
    /** `{ strategyId, elapsedMs }` when the client stops it early. */
    'onhearth-exercise-stop'?: (event: HTMLElementEventMap['hearth-exercise-stop']) => void;
    /** `{ strategyId, elapsedMs }` when it is finished. */
    'onhearth-exercise-complete'?: (event: HTMLElementEventMap['hearth-exercise-complete']) => void;
    /** `{ strategyId, helpful }` on "This helped" or "Not for me". */
    'onhearth-coping-rate'?: (event: HTMLElementEventMap['hearth-coping-rate']) => void;
  };
  'hearth-crisis-resources': HearthJSXBase & {
    /** ISO 3166-1 alpha-2 region (`US`, `GB`); overrides the provider's. */
    'region'?: HearthCrisisResources['region'];
    /** The short, one-paragraph form used in widget footers. */
    'compact'?: HearthCrisisResources['compact'];
    /** The heading level of the full variant's heading (2–6). */
    'heading-level'?: HearthCrisisResources['headingLevel'];
    headingLevel?: HearthCrisisResources['headingLevel'];
  };
  'hearth-feedback-form': HearthJSXBase & {
    /** A built-in form: `session`, `material` or `group`. */
    'template'?: HearthFeedbackForm['template'];
    /** A URL of a JSON form definition. */
    'src'?: HearthFeedbackForm['src'];
    /** What is sent: `json` (the response) or `fhir` (a FHIR R4 QuestionnaireResponse). */
    'format'?: HearthFeedbackForm['format'];
    /** Leaves the client's name out of what is sent. */
    'anonymous'?: HearthFeedbackForm['anonymous'];
    /** The words shown with the crisis resources when a flagged option is chosen (default: this form alerts nobody). */
    'flag-message'?: HearthFeedbackForm['flagMessage'];
    flagMessage?: HearthFeedbackForm['flagMessage'];
    /** Where it sends (else the provider's `endpoint`); without one, its events are the delivery. */
    'endpoint'?: HearthFeedbackForm['endpoint'];
    /** `credentials` of the send: `omit`, `same-origin` (default) or `include`. */
    'credentials'?: HearthFeedbackForm['credentials'];
    /** `local`, `session` or `none`; else the provider's; else `local`. */
    'storage'?: HearthFeedbackForm['storage'];
    /** The instance key in storage (default: the content's id). */
    'store-key'?: HearthFeedbackForm['storeKey'];
    storeKey?: HearthFeedbackForm['storeKey'];
    /** Hides the compact crisis resources in the footer. */
    'no-crisis-footer'?: HearthFeedbackForm['noCrisisFooter'];
    noCrisisFooter?: HearthFeedbackForm['noCrisisFooter'];
    /** Hides the "complements your therapy" note. */
    'no-disclaimer'?: HearthFeedbackForm['noDisclaimer'];
    noDisclaimer?: HearthFeedbackForm['noDisclaimer'];
    /** Level of the title heading (2–6). */
    'heading-level'?: HearthFeedbackForm['headingLevel'];
    headingLevel?: HearthFeedbackForm['headingLevel'];
    /** The form as an object (`FormDefinition`); wins over every other source. */
    definition?: HearthFeedbackForm['definition'];
    /** The answers so far, by item id. Setting them keeps only answers that fit their questions (and fires nothing). */
    answers?: HearthFeedbackForm['answers'];
    /** `{ response }` when the client sends (cancelable: a host that calls `preventDefault()` handles the response itself, and nothing is sent). */
    'onhearth-feedback-submit'?: (event: HTMLElementEventMap['hearth-feedback-submit']) => void;
    /** `{ response }` when the endpoint accepted it. */
    'onhearth-feedback-sent'?: (event: HTMLElementEventMap['hearth-feedback-sent']) => void;
    /** `{ response, error, queued }` when a send failed: `queued` true when it will be retried, false when the server refused it (the answers stay, with "Try again"). */
    'onhearth-feedback-error'?: (event: HTMLElementEventMap['hearth-feedback-error']) => void;
    /** A native `change` from the element when the client changes an answer. */
    'onchange'?: (event: HTMLElementEventMap['change']) => void;
  };
  'hearth-journal-prompt': HearthJSXBase & {
    /** One prompt's text (wins over every other source). */
    'prompt'?: HearthJournalPrompt['prompt'];
    /** A built-in pack id. */
    'pack'?: HearthJournalPrompt['pack'];
    /** A URL of a JSON list of prompts. */
    'src'?: HearthJournalPrompt['src'];
    /** `none` (the first prompt), `daily` (the same all day, the next tomorrow) or `sequence` (the next after each saved entry). */
    'rotate'?: HearthJournalPrompt['rotate'];
    /** Most characters in one entry. */
    'max-length'?: HearthJournalPrompt['maxLength'];
    maxLength?: HearthJournalPrompt['maxLength'];
    /** The instance key in storage (default: the pack id, else `journal`). */
    'store-key'?: HearthJournalPrompt['storeKey'];
    storeKey?: HearthJournalPrompt['storeKey'];
    /** `local`, `session` or `none`; else the provider's; else `local`. */
    'storage'?: HearthJournalPrompt['storage'];
    /** Encrypts entries and the draft with a passphrase only the client knows (PBKDF2-SHA-256 and AES-GCM; docs/storage-and-encryption.md). Nothing is written until the client has set it up. */
    'encrypt'?: HearthJournalPrompt['encrypt'];
    /** Minutes of no activity, or of the page being hidden, after which an encrypted journal locks. */
    'lock-after'?: HearthJournalPrompt['lockAfter'];
    lockAfter?: HearthJournalPrompt['lockAfter'];
    /** Where "Share with my therapist" sends (else the provider's `endpoint`); without one, there is no sharing. */
    'endpoint'?: HearthJournalPrompt['endpoint'];
    /** `credentials` of the send: `omit`, `same-origin` (default) or `include`. */
    'credentials'?: HearthJournalPrompt['credentials'];
    /** Hides the compact crisis resources in the footer. */
    'no-crisis-footer'?: HearthJournalPrompt['noCrisisFooter'];
    noCrisisFooter?: HearthJournalPrompt['noCrisisFooter'];
    /** Hides the "complements your therapy" note. */
    'no-disclaimer'?: HearthJournalPrompt['noDisclaimer'];
    noDisclaimer?: HearthJournalPrompt['noDisclaimer'];
    /** Level of the prompt heading (2–6). */
    'heading-level'?: HearthJournalPrompt['headingLevel'];
    headingLevel?: HearthJournalPrompt['headingLevel'];
    /** Prompts as objects (`{ id, text, tags? }`). */
    prompts?: HearthJournalPrompt['prompts'];
    /** `{ entry }` when the client saves an entry. */
    'onhearth-journal-save'?: (event: HTMLElementEventMap['hearth-journal-save']) => void;
    /** `{ entry }` when the client confirms "Share with my therapist" (cancelable: a host that calls `preventDefault()` handles it, and nothing is sent). */
    'onhearth-journal-submit'?: (event: HTMLElementEventMap['hearth-journal-submit']) => void;
  };
  'hearth-provider': HearthJSXBase & {
    /** The practice's name; fills `{practice}` in text. */
    'practice-name'?: HearthProvider['practiceName'];
    practiceName?: HearthProvider['practiceName'];
    /** The locale of the elements inside (BCP 47: `en`, `es-MX`, `ar`). */
    'locale'?: HearthProvider['locale'];
    /** ISO 3166-1 alpha-2 region for the built-in crisis lines (`US`, `GB`). */
    'region'?: HearthProvider['region'];
    /** Colour theme: `light` (default), `dark`, or `auto` (follows the system). */
    'theme'?: HearthProvider['theme'];
    /** Where elements keep data: `local` (IndexedDB, default), `session` or `none`. */
    'storage'?: HearthProvider['storage'];
    /** Prefix of every storage key, so two apps on one origin keep apart (default `default`). */
    'namespace'?: HearthProvider['namespace'];
    /** Default endpoint (URL) that widgets inside send to, when the client presses send. */
    'endpoint'?: HearthProvider['endpoint'];
    /** `credentials` of sends: `omit`, `same-origin` (default) or `include`. */
    'credentials'?: HearthProvider['credentials'];
    /** A URL of a JSON `PracticeConfig`, fetched only when set and no `config` property or JSON child is given. */
    'src'?: HearthProvider['src'];
    /** The practice configuration as an object (first of the content sources). */
    config?: HearthProvider['config'];
  };
  'hearth-quick-exit': HearthJSXBase & {
    /** Where to go: an http(s) URL. Default: a neutral search page. */
    'href'?: HearthQuickExit['href'];
    /** Turns off the Shift ×3 shortcut (the button stays). */
    'no-shortcut'?: HearthQuickExit['noShortcut'];
    noShortcut?: HearthQuickExit['noShortcut'];
    /** `{ href, trigger }` just before leaving; not cancelable. */
    'onhearth-quick-exit'?: (event: HTMLElementEventMap['hearth-quick-exit']) => void;
  };
}

declare module 'react' {
  namespace JSX {
    // Adding to React's own interface is what an empty interface that extends does here.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends HearthIntrinsicElements {}
  }
}
