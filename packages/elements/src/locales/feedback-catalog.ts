import { type BaseStrings, en } from './en.js';
import { enFeedback, type FeedbackStrings } from './en-feedback.js';
import { uiCatalogWith } from './ui-catalog.js';

export type FeedbackFormStrings = BaseStrings & FeedbackStrings;

/** The feedback form's strings: the shared English and its own (the sending states bring theirs), other languages on demand. */
export const feedbackCatalog = /* @__PURE__ */ uiCatalogWith<FeedbackFormStrings>('hearth-feedback', { ...en, ...enFeedback } as FeedbackFormStrings);
