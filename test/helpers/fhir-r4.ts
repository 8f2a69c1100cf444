/*
 * What the FHIR R4 tests check against, written from the specification
 * (hl7.org/fhir/R4/questionnaire.html and questionnaireresponse.html): the value sets of the coded
 * elements Hearth writes, and the R4 dateTime.
 */

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Questionnaire.item.type (R4 item-type). */
export const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
];
export const PUBLICATION_STATUS = ['draft', 'active', 'retired', 'unknown'];
export const RESPONSE_STATUS = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];
export const DATE_TIME =
  /^([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
/** The value[x] keys of an answer or option. */
export const VALUE_KEYS = (o: Json) => Object.keys(o).filter((k) => k.startsWith('value'));
