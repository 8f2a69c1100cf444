import type { PluralMessage } from '@hearth/core';

/**
 * English strings of the coping card's guided exercise (the step walk, breathing, timer). They
 * travel with the exercise view, which adds them to the card's English table.
 */
export const enCopingExercise = {
  'coping.next': 'Next step',
  'coping.back': 'Previous step',
  'coping.finish': 'Finish',
  'coping.stepOf': 'Step {current} of {total}',
  'coping.pause': 'Pause',
  'coping.resume': 'Resume',
  'coping.round': 'Round {current} of {total}',
  'coping.pausedHidden': 'Paused while the page was out of view. Press Resume when you are ready.',
  'coping.timeLeft': { one: '{count} minute left', other: '{count} minutes left' } as PluralMessage,
  'coping.underAMinute': 'Less than a minute left',
  'coping.checkInYes': 'Yes, it has eased',
  'coping.checkInNo': 'Not yet, keep going',
};

export type CopingExerciseStrings = typeof enCopingExercise;
