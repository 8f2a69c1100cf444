import type { PluralMessage } from '@hearth/core';

import type { CopingChoicesStrings } from './en-coping-choices.js';
import type { CopingExerciseStrings } from './en-coping-exercise.js';

/** English strings of the coping card. */
export const enCoping = {
  'coping.whenToUse': 'When to use it',
  'coping.steps': 'Steps',
  'coping.approach': 'Where it comes from',
  'coping.startBreathing': 'Start breathing',
  'coping.startSteps': 'Go step by step',
  'coping.startTimer': 'Start the timer',
  'coping.stop': 'Stop',
  'coping.phaseIn': 'Breathe in',
  'coping.phaseHold': 'Hold',
  'coping.phaseOut': 'Breathe out',
  'coping.phaseRest': 'Rest',
  'coping.phaseAnnounce': { one: '{phase} for {count} second', other: '{phase} for {count} seconds' } as PluralMessage,
  'coping.paused': 'Paused. Press Resume when you are ready.',
  'coping.complete': 'Well done. You finished the exercise.',
  'coping.stopped': 'Stopped. You can start again whenever you like.',
  'coping.checkIn': 'Check-in: has the urge eased?',
  'coping.ratedHelpful': 'Noted: this one helps you.',
  'coping.hiddenLine': '{title} is hidden.',
  'coping.showAgain': 'Show again',
  'coping.removeStep': 'Remove: {step}',
  'coping.deckLabel': 'Coping strategies',
  'coping.deckPrev': 'Previous strategy',
  'coping.deckNext': 'Next strategy',
  'coping.deckPosition': 'Strategy {current} of {total}: {title}',
  'coping.hiddenCount': { one: '{count} hidden strategy', other: '{count} hidden strategies' } as PluralMessage,
  'coping.allHidden': 'You have hidden every strategy here.',
  'coping.loading': 'Loading…',
};

/** The coping card's strings, with those of its exercise and choices views (loaded with them). */
export type CopingStrings = typeof enCoping & CopingExerciseStrings & CopingChoicesStrings;
