import { expect } from '@open-wc/testing';

import { array, literal, number, object, oneOf, optional, practiceConfigSchema, string, tuple, validate, variant } from '../../packages/core/src/index.js';

describe('schema (formats checked at run time)', () => {
  it('names the path of every error', () => {
    const schema = object<{ items: { type: string }[] }>({ items: array(object<{ type: string }>({ type: oneOf(['rating', 'scale']) })) });
    const result = validate(schema, { items: [{ type: 'rating' }, { type: 'rating' }, { type: 'dial' }] }, 'definition');
    expect(result.value).to.equal(undefined);
    expect(result.errors).to.deep.equal([{ path: 'definition.items[2].type', message: 'expected one of rating, scale, got "dial"' }]);
  });

  it('reports missing required fields and wrong types', () => {
    const schema = object<{ id: string; count?: number }>({ id: string({ minLength: 1 }), count: optional(number({ integer: true, min: 0 })) });
    expect(validate(schema, {}, 'x').errors).to.deep.equal([{ path: 'x.id', message: 'is required' }]);
    expect(validate(schema, { id: 5 }, 'x').errors[0].message).to.equal('expected text, got a number');
    expect(validate(schema, { id: 'a', count: 1.5 }, 'x').errors[0].message).to.equal('expected a whole number, got 1.5');
    expect(validate(schema, null, 'x').errors[0].message).to.equal('expected an object, got null');
    expect(validate(schema, [], 'x').errors[0].message).to.equal('expected an object, got an array');
  });

  it('warns about unknown keys and drops them, without failing', () => {
    const schema = object<{ id: string }>({ id: string() });
    const result = validate(schema, { id: 'a', colour: 'red' }, 'config');
    expect(result.value).to.deep.equal({ id: 'a' });
    expect(result.warnings).to.deep.equal([{ path: 'config.colour', message: 'is not a known field and was ignored' }]);
  });

  it('checks tuples and tagged variants', () => {
    type Exercise = { type: 'breathing'; pattern: [number, number] } | { type: 'steps' };
    const schema = variant<Exercise>('type', {
      breathing: object<Exercise>({ type: literal('breathing'), pattern: tuple<[number, number]>(number(), number()) } as never),
      steps: object<Exercise>({ type: literal('steps') } as never),
    });
    expect(validate(schema, { type: 'breathing', pattern: [4, 4] }, 'e').errors).to.deep.equal([]);
    expect(validate(schema, { type: 'breathing', pattern: [4] }, 'e').errors[0]).to.deep.equal({
      path: 'e.pattern',
      message: 'expected a list of exactly 2 values, got 1',
    });
    expect(validate(schema, { type: 'juggling' }, 'e').errors[0].path).to.equal('e.type');
  });

  it('never echoes long values (which could be client text) in full', () => {
    const long = 'x'.repeat(1_000_000);
    const result = validate(oneOf(['a', 'b']), long, 'v');
    expect(result.errors[0].message.length).to.be.lessThan(120);
    const limited = validate(string({ maxLength: 200 }), long, 'v');
    expect(limited.errors[0].message).to.equal('must be at most 200 characters (got 1000000)');
  });

  it('gives the JSON Schema that authors get, from the same definition', () => {
    const json = practiceConfigSchema.jsonSchema() as {
      type: string;
      properties: Record<string, Record<string, unknown>>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(json.type).to.equal('object');
    expect(json.required).to.deep.equal([]);
    expect(json.additionalProperties).to.equal(false);
    expect(json.properties.theme).to.deep.equal({ enum: ['light', 'dark', 'auto'] });
    expect(json.properties.region).to.deep.include({ type: 'string', pattern: '^[A-Za-z]{2}$' });
    const crisis = json.properties.crisis as { properties: { lines: { items: { required: string[] } } } };
    expect(crisis.properties.lines.items.required).to.deep.equal(['id', 'name']);
  });

  it('refuses javascript: and data: URLs in crisis lines and endpoints', () => {
    const bad = validate(
      practiceConfigSchema,
      { endpoint: 'javascript:alert(1)', crisis: { lines: [{ id: 'a', name: 'A', url: 'data:text/html,hi' }] } },
      'config',
    );
    expect(bad.errors.map((e) => e.path)).to.deep.equal(['config.endpoint', 'config.crisis.lines[0].url']);
    const good = validate(
      practiceConfigSchema,
      { endpoint: '/api/hearth', crisis: { lines: [{ id: 'a', name: 'A', url: 'https://example.org/' }] } },
      'config',
    );
    expect(good.errors).to.deep.equal([]);
  });
});
