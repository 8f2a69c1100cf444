/**
 * English strings of the coping card's choices (rating, saving, own steps, printing). They travel
 * with the choices view, which adds them to the card's English table.
 */
export const enCopingChoices = {
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

export type CopingChoicesStrings = typeof enCopingChoices;
