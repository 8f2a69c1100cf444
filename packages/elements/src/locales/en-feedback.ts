import type { PluralMessage } from '@hearth/core';

import type { FeedbackSendStrings } from './en-feedback-send.js';

/** English strings of the feedback form. Plain language, reading grade ≤ 8. */
export const enFeedback = {
  'feedback.optional': '(optional)',
  'feedback.anchors': '{min} means {minLabel}. {max} means {maxLabel}.',
  'feedback.notSet': 'Not set yet. Tap the line or use the arrow keys.',
  'feedback.sliderValue': '{value} out of {max}',
  'feedback.characters': '{count} of {max} characters',
  'feedback.submit': 'Send',
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
};

export type FeedbackStrings = typeof enFeedback & FeedbackSendStrings;
