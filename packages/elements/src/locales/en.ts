import type { PluralMessage } from '@hearth/core';

import type { ConsentStrings } from './en-consent.js';
import type { CopingStrings } from './en-coping.js';
import type { FeedbackStrings } from './en-feedback.js';
import type { JournalStrings } from './en-journal.js';

/**
 * English UI strings shared by every element (each widget adds its own table: en-coping.ts,
 * en-journal.ts, en-feedback.ts, en-consent.ts), so that an element's bundle carries only the English it shows. Its keys are the keys a practice can override with
 * the provider's `strings` (docs/localization.md lists them). Plain language, reading grade ≤ 8.
 */
export const en = {
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
  'crisis.lines': {
    one: '{count} support line',
    other: '{count} support lines',
  } as PluralMessage,

  'quickExit.label': 'Quick exit',
  'quickExit.hint': 'Leaves this page at once. You can also press the Shift key three times.',

  'disclaimer.text': 'This tool supports your therapy. It does not replace it.',
};

/** The strings every element may use: errors, crisis resources, quick exit, the widget footer. */
export type BaseStrings = typeof en;

/** Every UI string: the key set a practice's `strings` overrides and the other languages follow. */
export type UiStrings = BaseStrings & CopingStrings & JournalStrings & FeedbackStrings & ConsentStrings;
