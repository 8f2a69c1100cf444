/**
 * English strings of the feedback form's sending and thank-you states. They travel with that code
 * (loaded on the first "Send", or at once when an endpoint is set), which adds them to the form's
 * English table.
 */
export const enFeedbackSend = {
  'feedback.sending': 'Sending your answers…',
  'feedback.queued': "Your answers are not sent yet, but they are saved on this device. We'll keep trying, also the next time you open this page. {reason}",
  'feedback.failed': 'Your answers were not sent: {reason} They are still here.',
  'feedback.retry': 'Try again',
  'feedback.thanks': 'Thank you for your feedback.',
  'feedback.sendAnother': 'Send another',
  'feedback.earlierQueued': "Answers you gave earlier are waiting to be sent. We'll keep trying.",
  'feedback.earlierSent': 'Answers you gave earlier were sent.',
};

export type FeedbackSendStrings = typeof enFeedbackSend;
