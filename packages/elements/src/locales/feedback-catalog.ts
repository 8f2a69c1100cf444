import { type FeedbackFormStrings, strings as en } from './en/feedback-form.js';
import { stringCatalog } from './string-catalog.js';

export type { FeedbackFormStrings };

/** The feedback form's strings: English bundled, each other language's complete table on demand. */
export const feedbackCatalog = /* @__PURE__ */ stringCatalog<FeedbackFormStrings>('hearth-feedback', en, {
  es: () => import('./es/feedback-form.js'),
  fr: () => import('./fr/feedback-form.js'),
  ar: () => import('./ar/feedback-form.js'),
});
