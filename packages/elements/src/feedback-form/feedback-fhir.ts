import { own } from '../id-record.js';
import { isAnswered, rangeOf } from './feedback-response.js';
import type { FeedbackResponse, FormDefinition, FormItem } from './form-definition.js';

/*
 * The FHIR R4 mapping of ARCHITECTURE.md, as plain JSON. It comes with the element: the host's
 * toQuestionnaire() and toQuestionnaireResponse() are synchronous, and work before a render.
 */

const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const SLIDER_STEP = 'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue';

/** The read-only item a scored form gets for its total. */
export const SCORE_TOTAL_LINK_ID = 'score-total';

type Json = Record<string, unknown>;

/** A FHIR R4 `Questionnaire` (the fields Hearth writes). */
export interface FhirQuestionnaire extends Json {
  resourceType: 'Questionnaire';
  url: string;
  version: string;
  title: string;
  status: 'active';
  item: Json[];
}

/** A FHIR R4 `QuestionnaireResponse` (the fields Hearth writes). */
export interface FhirQuestionnaireResponse extends Json {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'completed';
  authored: string;
  item: Json[];
}

/** `(url ?? 'urn:hearth:form:' + id) + '|' + version`: the canonical a response points at. */
export function canonicalOf(definition: FormDefinition): string {
  return `${urlOf(definition)}|${definition.version}`;
}

function urlOf(definition: FormDefinition): string {
  return definition.url ?? `urn:hearth:form:${definition.id}`;
}

/** rating → integer; slider → decimal with the slider item control; scale, choice, multi → choice; text → string; textarea → text. */
function fhirType(item: FormItem): string {
  switch (item.type) {
    case 'rating':
      return 'integer';
    case 'slider':
      return 'decimal';
    case 'text':
      return 'string';
    case 'textarea':
      return 'text';
    default:
      return 'choice';
  }
}

function numberValue(type: string, value: number): Json {
  return type === 'integer' ? { valueInteger: value } : { valueDecimal: value };
}

function questionnaireItem(item: FormItem, fill: (text: string) => string): Json {
  const type = fhirType(item);
  const out: Json = { linkId: item.id, text: fill(item.label), type };
  if (item.required) out.required = true;
  if (item.type === 'multi') out.repeats = true;
  const extension: Json[] = [];
  if (item.type === 'rating' || item.type === 'slider') {
    const { min, max, step } = rangeOf(item);
    extension.push({ url: MIN_VALUE, ...numberValue(type, min) }, { url: MAX_VALUE, ...numberValue(type, max) });
    if (item.type === 'slider') {
      extension.push({ url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'slider', display: 'Slider' }] } });
      if (Number.isInteger(step)) extension.push({ url: SLIDER_STEP, valueInteger: step });
    }
  }
  if (extension.length) out.extension = extension;
  if (item.options) {
    out.answerOption = item.options.map((option) => ({
      ...(option.score !== undefined ? { extension: [{ url: ORDINAL_VALUE, valueDecimal: option.score }] } : {}),
      valueCoding: { code: option.value, display: fill(option.label) },
    }));
  }
  if ((item.type === 'text' || item.type === 'textarea') && item.maxLength) out.maxLength = item.maxLength;
  if (item.help) {
    // SDC's way to carry help text: a display child with the "help" item control.
    out.item = [
      {
        linkId: `${item.id}-help`,
        text: fill(item.help),
        type: 'display',
        extension: [{ url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help', display: 'Help-Button' }] } }],
      },
    ];
  }
  return out;
}

/** True when every score of the form is a whole number (the total is then an integer). */
function integerScores(definition: FormDefinition): boolean {
  return definition.items.every(
    (item) =>
      (item.type !== 'slider' || Number.isInteger(rangeOf(item).step)) && (item.options ?? []).every((o) => o.score === undefined || Number.isInteger(o.score)),
  );
}

/** The form as a FHIR R4 Questionnaire. `fill` puts `{name}`/`{practice}` into text; `totalLabel` names the score item. */
export function toQuestionnaire(definition: FormDefinition, options: { fill?: (text: string) => string; totalLabel?: string } = {}): FhirQuestionnaire {
  const fill = options.fill ?? ((text: string) => text);
  const items = definition.items.map((item) => questionnaireItem(item, fill));
  if (definition.scoring) {
    items.push({
      linkId: SCORE_TOTAL_LINK_ID,
      text: options.totalLabel ?? 'Total score',
      type: integerScores(definition) ? 'integer' : 'decimal',
      readOnly: true,
    });
  }
  return {
    resourceType: 'Questionnaire',
    url: urlOf(definition),
    version: definition.version,
    title: fill(definition.title),
    status: 'active',
    ...(definition.intro ? { description: fill(definition.intro) } : {}),
    item: items,
  };
}

/** A response as a FHIR R4 QuestionnaireResponse of the form's canonical; unanswered items are left out. */
export function toQuestionnaireResponse(
  definition: FormDefinition,
  response: FeedbackResponse,
  options: { fill?: (text: string) => string; totalLabel?: string } = {},
): FhirQuestionnaireResponse {
  const fill = options.fill ?? ((text: string) => text);
  const items: Json[] = [];
  for (const item of definition.items) {
    const value = own(response.answers, item.id);
    if (!isAnswered(value)) continue;
    const type = fhirType(item);
    let answer: Json[];
    if (typeof value === 'number') answer = [numberValue(type, value)];
    else if (item.options) {
      const chosen = Array.isArray(value) ? value : [value as string];
      answer = chosen.map((code) => ({ valueCoding: { code, display: fill(item.options!.find((o) => o.value === code)?.label ?? code) } }));
    } else answer = [{ valueString: value as string }];
    items.push({ linkId: item.id, text: fill(item.label), answer });
  }
  if (definition.scoring && response.totals) {
    items.push({
      linkId: SCORE_TOTAL_LINK_ID,
      text: options.totalLabel ?? 'Total score',
      answer: [numberValue(integerScores(definition) ? 'integer' : 'decimal', response.totals.score)],
    });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${response.responseId}` },
    questionnaire: canonicalOf(definition),
    status: 'completed',
    authored: response.submittedAt,
    language: response.locale,
    ...(!response.anonymous && response.clientName ? { subject: { display: response.clientName } } : {}),
    item: items,
  };
}
