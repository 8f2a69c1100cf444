import type { PluralMessage } from '@hearth/core';

import { strings as base } from './base.js';

/**
 * English strings of the coping card: the complete table, bundled with the element. The strings of
 * its views that load on use are here too, so the type says what is there. Plain language, reading
 * grade ≤ 8.
 */
export const strings = {
  ...base,
  'coping.whenToUse': 'When to use it',
  'coping.steps': 'Steps',
  'coping.approach': 'Where it comes from',
  'coping.startBreathing': 'Start breathing',
  'coping.startSteps': 'Go step by step',
  'coping.startTimer': 'Start the timer',
  'coping.stop': 'Stop',
  'coping.exerciseLoadFailed': 'The exercise could not be loaded. Check your connection, then try again.',
  'coping.tryAgain': 'Try again',
  'coping.phaseIn': 'Breathe in',
  'coping.phaseHold': 'Hold',
  'coping.phaseOut': 'Breathe out',
  'coping.phaseRest': 'Rest',
  'coping.phaseAnnounce': { one: '{phase} for {count} second', other: '{phase} for {count} seconds' } as PluralMessage,
  'coping.paused': 'Paused. Press Resume when you are ready.',
  'coping.complete': 'You reached the end of the exercise.',
  'coping.completeStillStrong': 'The time is up, and the urge is still strong. That is hard, and it is not a failure.',
  'coping.reachOut': 'Please do not stay with it alone. Reach out now to someone you trust, your therapist, or one of the lines below.',
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

  // The guided exercise: the step walk, breathing, the timer (exercise-view.ts, loaded on first use).
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

  // Rating, saving, own steps, printing (coping-choices.ts).
  'coping.helped': 'This helped',
  'coping.notForMe': 'Not for me',
  'coping.didThatHelp': 'Did that help?',
  'coping.save': 'Save to my list',
  'coping.saved': 'Saved to my list',
  'coping.addStepLabel': 'Add a step of your own',
  'coping.addStep': 'Add step',
  'coping.print': 'Print a wallet card',
  'coping.keptOnDevice': 'Your choices are kept on this device only.',
  'coping.notSaved': 'Not saved: {reason} It still works on this page.',
};

export type CopingCardStrings = typeof strings;
