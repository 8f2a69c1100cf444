import type { PluralMessage } from '@hearth/core';

import { strings as base } from './base.js';

/**
 * English strings of the feedback form: the complete table, bundled with the element. The strings
 * of its views that load on use are here too, so the type says what is there. Plain language,
 * reading grade ≤ 8.
 */
export const strings = {
  ...base,
  'feedback.optional': '(optional)',
  'feedback.anchors': '{min} means {minLabel}. {max} means {maxLabel}.',
  'feedback.notSet': 'Not set yet. Tap the line or use the arrow keys.',
  'feedback.sliderValue': '{value} out of {max}',
  'feedback.characters': '{count} of {max} characters',
  'feedback.submit': 'Send',
  'feedback.sendLoadFailed': 'Not sent: part of this form could not load. Check your connection, then press Send again. Your answers are still here.',
  'feedback.problems': { one: 'There is {count} problem with your answers', other: 'There are {count} problems with your answers' } as PluralMessage,
  'feedback.errorChoose': 'Choose an answer to “{question}”',
  'feedback.errorMulti': 'Choose at least one answer to “{question}”',
  'feedback.errorSlider': 'Choose a point on the line to answer “{question}”',
  'feedback.errorText': 'Write an answer to “{question}”',
  'feedback.errorPrefix': 'Error:',
  'feedback.sliderHint': 'Each slider has no answer until you choose: tap the line where your answer is, or use the arrow keys.',
  'feedback.flagNote': 'This form does not alert anyone, and nobody reads it right away. If you are not safe or need to talk to someone now, please reach out:',
  'feedback.anonymous': 'Your name is not sent with these answers.',
  'feedback.noneNote': 'Nothing is kept on this device: if you close this page before sending, your answers are gone.',
  'feedback.notSaved': 'Your answers could not be saved on this device: {reason} They are still here.',
  'feedback.otherTab': 'These answers were also changed in another tab. Both sets of changes are kept here.',
  'feedback.totalLabel': 'Total score',
  'feedback.draftSaved': 'Saved on this device until you send it.',

  // Sending and the thank-you state (feedback-send.ts, loaded on the first "Send" or when an endpoint is set).
  'feedback.sending': 'Sending your answers…',
  'feedback.queued': "Your answers are not sent yet, but they are saved on this device. We'll keep trying, also the next time you open this page. {reason}",
  'feedback.failed': 'Your answers were not sent: {reason} They are still here.',
  'feedback.retry': 'Try again',
  'feedback.thanks': 'Thank you for your feedback.',
  'feedback.sendAnother': 'Send another',
  'feedback.earlierQueued': "Answers you gave earlier are waiting to be sent. We'll keep trying.",
  'feedback.earlierSent': 'Answers you gave earlier were sent.',
};

export type FeedbackFormStrings = typeof strings;
