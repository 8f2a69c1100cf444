import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';

import { type Schema, validate } from '../packages/core/src/index.js';
import formFile from '../packages/elements/schemas/form-definition.schema.json';
import policyFile from '../packages/elements/schemas/policy.schema.json';
import promptsFile from '../packages/elements/schemas/prompts.schema.json';
import strategyFile from '../packages/elements/schemas/strategy.schema.json';
import { policySchema } from '../packages/elements/src/consent/policy-schema.js';
import { strategiesSchema } from '../packages/elements/src/coping-card/strategy-schema.js';
import { formDefinitionSchema } from '../packages/elements/src/feedback-form/form-schema.js';
import { promptListSchema } from '../packages/elements/src/journal-prompt/prompt-schema.js';

/** The code blocks of a docs page fenced as ```json <format>. */
async function samples(page: string): Promise<{ format: string; text: string }[]> {
  const markdown = await (await fetch(`/docs/${page}`)).text();
  return [...markdown.matchAll(/^```json (\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({ format: match[1], text: match[2] }));
}

const formats: Record<string, { schema: Schema<unknown>; file: unknown }> = {
  strategy: { schema: strategiesSchema, file: strategyFile },
  prompts: { schema: promptListSchema, file: promptsFile },
  form: { schema: formDefinitionSchema, file: formFile },
  policy: { schema: policySchema, file: policyFile },
};

describe('docs samples (docs/content-authoring.md)', () => {
  it('has a sample of every content format, each valid for the element and for its JSON Schema', async () => {
    const found = await samples('content-authoring.md');
    expect(found.map((sample) => sample.format).sort()).to.deep.equal(Object.keys(formats).sort());
    for (const { format, text } of found) {
      const value: unknown = JSON.parse(text);
      const result = validate(formats[format].schema, value, format);
      expect(result.errors, format).to.deep.equal([]);
      expect(result.warnings, `${format}: no unknown fields`).to.deep.equal([]);
      expect(new Validator(formats[format].file as never, '2020-12', false).validate(value).valid, format).to.equal(true);
    }
  });
});
