import type { Schema } from '@hearth/core';
import {
  BUILT_IN_FORM_IDS,
  BUILT_IN_PACK_IDS,
  BUILT_IN_POLICY_IDS,
  BUILT_IN_STRATEGY_IDS,
  formDefinitionSchema,
  loadBuiltInForm,
  loadBuiltInPolicy,
  loadBuiltInStrategies,
  loadPromptPack,
  loadSafetyPlanPrompts,
  policySchema,
  promptPackSchema,
  safetyPlanPromptsSchema,
  strategySchema,
} from '@hearth/elements';

/**
 * The kinds of content Studio writes, each tied to the element that shows it: the schema the element
 * validates with (so Studio's errors are the element's, path for path), the published JSON Schema,
 * the built-in items to start from, and a blank to start with.
 */

export type KindId = 'strategy' | 'prompts' | 'form' | 'policy' | 'safety-plan-prompts';

export interface ContentKind {
  id: KindId;
  /** What a clinician calls it ("Coping strategy"). */
  label: string;
  /** The element that shows it. */
  element: string;
  /** The element's property for it (a JSON child or `src` work the same). */
  property: string;
  /** The first word of the element's error paths (`strategy.steps[2]`). */
  root: string;
  /** The run-time schema of one item, as the element checks it. */
  schema: Schema<unknown>;
  /** The published JSON Schema's file in `@hearth/elements/schemas/`. */
  publishedSchema: string;
  /** Built-in items to start from (ids; every one in every content language). */
  builtIns: readonly string[];
  loadBuiltIn(id: string, language: string): Promise<unknown>;
  /** A new item: the fields a client reads, empty, for the clinician to fill. */
  blank(): unknown;
}

export const KINDS: readonly ContentKind[] = [
  {
    id: 'strategy',
    label: 'Coping strategy',
    element: 'hearth-coping-card',
    property: 'strategy',
    root: 'strategy',
    schema: strategySchema as Schema<unknown>,
    publishedSchema: 'strategy.schema.json',
    builtIns: BUILT_IN_STRATEGY_IDS,
    loadBuiltIn: async (id, language) => (await loadBuiltInStrategies([id], language))[0],
    blank: () => ({ id: 'my-strategy', version: '1', title: '', summary: '', steps: [''] }),
  },
  {
    id: 'prompts',
    label: 'Journaling prompts',
    element: 'hearth-journal-prompt',
    property: 'prompts',
    root: 'prompts',
    // Studio writes a pack (a title, a note shown under each prompt, the prompts, a review); the
    // journal also takes a bare list, which Studio opens as a pack of that list.
    schema: promptPackSchema as Schema<unknown>,
    publishedSchema: 'prompts.schema.json',
    builtIns: BUILT_IN_PACK_IDS,
    loadBuiltIn: (id, language) => loadPromptPack(id, language),
    blank: () => ({ id: 'my-prompts', version: '1', title: '', note: '', prompts: [{ id: 'prompt-1', text: '' }] }),
  },
  {
    id: 'form',
    label: 'Feedback form',
    element: 'hearth-feedback-form',
    property: 'definition',
    root: 'definition',
    schema: formDefinitionSchema as Schema<unknown>,
    publishedSchema: 'form-definition.schema.json',
    builtIns: BUILT_IN_FORM_IDS,
    loadBuiltIn: (id, language) => loadBuiltInForm(id, language),
    blank: () => ({ id: 'my-form', version: '1', title: '', items: [{ id: 'q1', type: 'text', label: '' }] }),
  },
  {
    id: 'policy',
    label: 'Consent policy',
    element: 'hearth-consent',
    property: 'policy',
    root: 'policy',
    schema: policySchema as Schema<unknown>,
    publishedSchema: 'policy.schema.json',
    builtIns: BUILT_IN_POLICY_IDS,
    loadBuiltIn: (id, language) => loadBuiltInPolicy(id, language),
    blank: () => ({
      id: 'my-policy',
      version: '1',
      title: '',
      sections: [{ id: 'section-1', title: '', bodyHtml: '' }],
      acknowledgments: [{ id: 'read', label: '', required: true }],
    }),
  },
  {
    id: 'safety-plan-prompts',
    label: 'Safety plan prompts',
    element: 'hearth-safety-plan',
    property: 'prompts',
    root: 'prompts',
    schema: safetyPlanPromptsSchema as Schema<unknown>,
    publishedSchema: 'safety-plan-prompts.schema.json',
    builtIns: ['built-in'],
    loadBuiltIn: (_id, language) => loadSafetyPlanPrompts(language),
    blank: () => ({ id: 'my-plan-prompts', version: '1', sections: [{ id: 'warning-signs', prompt: '' }] }),
  },
];

/** The kind with this id (the registry's first one for an unknown id). */
export function kindOf(id: string): ContentKind {
  return KINDS.find((kind) => kind.id === id) ?? KINDS[0];
}

/** The kind whose element is `tag`, if any (for reading a snippet back). */
export function kindOfElement(tag: string): ContentKind | undefined {
  return KINDS.find((kind) => kind.element === tag.toLowerCase());
}
