/**
 * Studio's field-help.json (issue 21): every field of the five content kinds' schemas, walked from
 * `jsonSchema()`, has a label and help in plain words; every allowed value of a choice has a name;
 * every kind has the optional `review` fields; and the editor reads its labels from it.
 */
import type { Schema } from '@hearth/core';
import { formDefinitionSchema, policySchema, promptListSchema, strategySchema } from '@hearth/elements';
import { expect } from '@open-wc/testing';

import { safetyPlanPromptsSchema } from '../../packages/elements/src/safety-plan/safety-plan-schema.js';
import table from '../../packages/studio/src/content/field-help.json';
import { fieldHelp, optionLabel } from '../../packages/studio/src/editor/field-help.js';

interface Node {
  $ref?: string;
  $defs?: Record<string, Node>;
  properties?: Record<string, Node>;
  items?: Node;
  prefixItems?: Node[];
  oneOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  type?: string;
}

const KINDS: [string, Schema<unknown>][] = [
  ['strategy', strategySchema as Schema<unknown>],
  ['prompts', promptListSchema as Schema<unknown>],
  ['form', formDefinitionSchema as Schema<unknown>],
  ['policy', policySchema as Schema<unknown>],
  ['safety-plan-prompts', safetyPlanPromptsSchema as Schema<unknown>],
];

/** Every field pattern of a JSON Schema (`steps`, `steps[]`, `exercise.pattern[0]`), with the node at it. */
function patterns(schema: Node): Map<string, Node> {
  const found = new Map<string, Node>();
  const resolve = (node: Node): Node => {
    if (!node.$ref) return node;
    const target = node.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((here, key) => (here as Record<string, unknown>)[key], schema);
    return resolve(target as Node);
  };
  const walk = (input: Node, pattern: string) => {
    const node = resolve(input);
    for (const branch of node.oneOf ?? []) walk(branch, pattern);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const at = pattern ? `${pattern}.${key}` : key;
      found.set(at, resolve(child));
      walk(child, at);
    }
    node.prefixItems?.forEach((child, index) => {
      found.set(`${pattern}[${index}]`, resolve(child));
      walk(child, `${pattern}[${index}]`);
    });
    if (node.items && !node.prefixItems) {
      found.set(`${pattern}[]`, resolve(node.items));
      walk(node.items, `${pattern}[]`);
    }
  };
  const root = resolve(schema);
  if (root.type === 'array') found.set('', root);
  walk(root, '');
  return found;
}

describe("Studio's field help", () => {
  for (const [kind, schema] of KINDS) {
    it(`${kind}: every field of the schema has a label and help`, () => {
      const fields = patterns(schema.jsonSchema() as Node);
      expect(fields.size).to.be.greaterThan(3);
      const help = (table as Record<string, Record<string, { label?: string; help?: string }>>)[kind];
      expect(help, kind).to.exist;
      const missing = [...fields.keys()].filter((pattern) => !help[pattern]?.label?.trim() || !help[pattern]?.help?.trim());
      expect(missing, `${kind} fields without a label or help`).to.deep.equal([]);
    });

    it(`${kind}: every allowed value of a choice has a name, and every kind has the review fields`, () => {
      const fields = patterns(schema.jsonSchema() as Node);
      for (const [pattern, node] of fields) {
        if (!node.enum) continue;
        const entry = fieldHelp(kind, pattern, pattern);
        for (const value of node.enum) expect(entry.options?.[String(value)], `${kind} ${pattern} ${String(value)}`).to.be.a('string');
      }
      for (const [pattern, node] of fields) {
        if (!node.oneOf) continue;
        const tag = fieldHelp(kind, `${pattern}.type`, 'type');
        for (const branch of node.oneOf) expect(optionLabel(tag, (branch.properties?.type as Node).const)).to.not.match(/^[a-z]/);
      }
      for (const pattern of ['review', 'review.by', 'review.at', 'review.checklist', 'review.checklist[]']) {
        expect(fieldHelp(kind, pattern, pattern).help, `${kind} ${pattern}`).to.be.a('string');
      }
    });
  }

  it('plain and short: every label under 50 characters, every help under 200, no field named by its key only', () => {
    for (const [kind, entries] of Object.entries(table as Record<string, Record<string, { label: string; help: string }>>)) {
      for (const [pattern, { label, help }] of Object.entries(entries)) {
        expect(label.length, `${kind} ${pattern}`).to.be.within(2, 49);
        expect(help.length, `${kind} ${pattern}`).to.be.within(10, 199);
        expect(label, `${kind} ${pattern}`).to.not.match(/[a-z][A-Z]/); // never camelCase
      }
    }
  });

  it('a field the table does not name gets its key in words', () => {
    expect(fieldHelp('strategy', 'steps[]', 'steps').label).to.equal('Step');
    expect(fieldHelp('strategy', 'somethingNewHtml', 'somethingNewHtml')).to.deep.equal({ label: 'Something new' });
    expect(fieldHelp('no-such-kind', 'checkInEveryMinutes', 'checkInEveryMinutes').label).to.equal('Check in every minutes');
  });
});
