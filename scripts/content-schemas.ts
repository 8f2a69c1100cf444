/**
 * The JSON Schemas published for authors, one per content format, each made from the schema the
 * elements validate with at run time (`schema.jsonSchema()`): one definition, never a hand-kept
 * copy. `npm run schemas` writes them; test/json-schemas.test.ts fails when a written file differs
 * from what this module makes, and checks them with a JSON Schema validator.
 */
import { practiceConfigSchema, type Schema } from '@hearth/core';

import { policySchema } from '../packages/elements/src/consent/policy-schema.js';
import { strategiesSchema } from '../packages/elements/src/coping-card/strategy-schema.js';
import { formDefinitionSchema } from '../packages/elements/src/feedback-form/form-schema.js';
import { promptContentSchema } from '../packages/elements/src/journal-prompt/prompt-schema.js';
import { safetyPlanPromptsSchema, safetyPlanSchema } from '../packages/elements/src/safety-plan/safety-plan-schema.js';

export interface PublishedSchema {
  /** Where it is written, from the repository root. */
  file: string;
  title: string;
  description: string;
  schema: Schema<unknown>;
}

const CROSS_FIELD = 'Some rules span fields (unique ids, ranges that reach their end) and are checked by the element, which names the field.';
/** Every format's optional `review` (ARCHITECTURE.md). */
const REVIEW =
  'An optional review ({ by, at, checklist }) records who reviewed it, when, and the checklist ids they ticked; Hearth Studio writes it and the element ignores it.';

export const publishedSchemas: PublishedSchema[] = [
  {
    file: 'packages/elements/schemas/strategy.schema.json',
    title: 'Hearth coping strategy',
    description: `One strategy or a list of strategies for <hearth-coping-card> (the strategy / strategies property, a JSON child, or src). ${REVIEW} ${CROSS_FIELD}`,
    schema: strategiesSchema,
  },
  {
    file: 'packages/elements/schemas/prompts.schema.json',
    title: 'Hearth journaling prompts',
    description: `A list of prompts, or a pack ({ id?, version?, title?, note?, prompts, review? }; its note shows under the prompt), for <hearth-journal-prompt> (the prompts property, a JSON child, or src). ${REVIEW} ${CROSS_FIELD}`,
    schema: promptContentSchema,
  },
  {
    file: 'packages/elements/schemas/form-definition.schema.json',
    title: 'Hearth feedback form definition',
    description: `A form for <hearth-feedback-form> (the definition property, a JSON child, or src). ${REVIEW} ${CROSS_FIELD}`,
    schema: formDefinitionSchema,
  },
  {
    file: 'packages/elements/schemas/policy.schema.json',
    title: 'Hearth consent policy',
    description: `The terms for <hearth-consent> (the policy property, a JSON child, or src). ${REVIEW} A review is not part of policyHash. ${CROSS_FIELD}`,
    schema: policySchema,
  },
  {
    file: 'packages/elements/schemas/safety-plan-prompts.schema.json',
    title: 'Hearth safety plan prompts',
    description: `The section titles, prompts, examples and linked strategies for <hearth-safety-plan> (the prompts property, a JSON child, or src); what is left out keeps the built-in wording. ${REVIEW} ${CROSS_FIELD}`,
    schema: safetyPlanPromptsSchema,
  },
  {
    file: 'packages/elements/schemas/safety-plan.schema.json',
    title: 'Hearth safety plan',
    description:
      'A client’s safety plan as <hearth-safety-plan> keeps, exports and imports it (format version 1; crisis lines are never part of it). Some rules span fields (each section and item id once, phone numbers only in the distractions, people and professionals sections) and are checked by the element, which names the field.',
    schema: safetyPlanSchema,
  },
  {
    file: 'packages/core/schemas/practice-config.schema.json',
    title: 'Hearth practice configuration',
    description: 'The practice-wide settings of <hearth-provider> (its config property, a JSON child, or src).',
    schema: practiceConfigSchema,
  },
];

/** The JSON Schema document written for a published schema. */
export function schemaDocument(published: PublishedSchema): Record<string, unknown> {
  const name = published.file.split('/').pop()!.replace('.schema.json', '');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:hearth:schema:${name}`,
    title: published.title,
    description: published.description,
    ...published.schema.jsonSchema(),
  };
}
