import type { PluralMessage } from '@hearth/core';

/**
 * English strings every element shows (errors, crisis resources, quick exit, the disclaimer under
 * a widget). The provider, crisis resources and quick exit show this table alone; each widget's
 * table spreads it. Its keys and the widgets' are the keys a practice can override with the
 * provider's `strings` (docs/localization.md lists them). Plain language, reading grade ≤ 8.
 */
export const strings = {
  'error.unexpected': 'Something went wrong in this part of the page. The rest of the page still works.',
  'error.config': 'This part of the page is not set up correctly:',

  'crisis.label': 'Crisis support',
  'crisis.heading': 'If you need help now',
  'crisis.universal': 'If you or someone else is in immediate danger, call your local emergency number.',
  'crisis.emergency': 'In an emergency, call {number}.',
  'crisis.emergencyAlso': 'You can also call {numbers}.',
  'crisis.compactLead': 'Need help now?',
  'crisis.compactEmergency': 'Emergency: {number}',
  'crisis.compactColon': ': ',
  'crisis.previewNoRegion':
    'For the practice (shown only in preview): no region is set, so clients see only “call your local emergency number”. Add a region, such as region="US", to <hearth-provider> to show the crisis lines for your clients.',
  'crisis.call': 'Call {number}',
  'crisis.text': 'Text {number}',
  'crisis.website': '{name} website',
  'crisis.newTab': '(opens in a new tab)',
  'crisis.hours': 'Open {hours}',
  'crisis.languages': 'In {languages}',
  'crisis.answersIn': 'answers in {language}',
  /** In a widget's footer, the link to the client's safety plan (only when they turned it on there). */
  'crisis.planLink': 'My safety plan',
  'crisis.lines': { one: '{count} support line', other: '{count} support lines' } as PluralMessage,

  'quickExit.label': 'Quick exit',
  'quickExit.hint': 'Leaves this page at once. You can also press the Shift key three times.',

  'disclaimer.text': 'This tool supports your therapy. It does not replace it.',
};

export type BaseStrings = typeof strings;
