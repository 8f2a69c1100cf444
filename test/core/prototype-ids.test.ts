import '../../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import { object, practiceConfigSchema, record, string, validate } from '../../packages/core/src/index.js';
import type { HearthProvider } from '../../packages/elements/src/provider/provider.js';

/*
 * Keys named like members of Object.prototype (issue 17, item 7) in what core checks and reads:
 * maps keyed by a practice's names, unknown fields, `{placeholders}` in a practice's strings.
 */

const NAMES = ['constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'toString'];

describe('core: keys named like Object.prototype members', () => {
  it('a map keeps each such key as its own entry, and one left out reads as nothing', () => {
    const input = JSON.parse('{ "__proto__": { "constructor": "A" }, "toString": { "valueOf": "B" } }');
    const { value, errors } = validate(record(record(string())), input, 'strings');
    expect(errors).to.deep.equal([]);
    expect(Object.entries(value!).map(([key, table]) => [key, Object.entries(table)])).to.deep.equal([
      ['__proto__', [['constructor', 'A']]],
      ['toString', [['valueOf', 'B']]],
    ]);
    expect(NAMES.filter((name) => value!['__proto__'][name] !== undefined)).to.deep.equal(['constructor']);
    expect(NAMES.filter((name) => value![name] !== undefined)).to.deep.equal(['__proto__', 'toString']);
    // The practice's strings are such a map.
    const config = validate(practiceConfigSchema, { strings: JSON.parse('{ "en": { "constructor": "x" } }') }, 'config').value!;
    expect(NAMES.filter((name) => config.strings!.en[name] !== undefined)).to.deep.equal(['constructor']);
    expect(NAMES.filter((name) => config.strings![name] !== undefined)).to.deep.equal([]);
  });

  it('an unknown field named like one is reported and dropped as any other', () => {
    const result = validate(object<{ id: string }>({ id: string() }), JSON.parse('{ "id": "a", "constructor": 1, "toString": 2, "__proto__": 3 }'), 'config');
    expect(result.value).to.deep.equal({ id: 'a' });
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['config.constructor', 'config.toString', 'config.__proto__']);
  });

  it("a {placeholder} so named in a practice's string stays as written (it is not filled from Object.prototype)", async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-quick-exit></hearth-quick-exit></hearth-provider>`);
    provider.config = { strings: { en: { 'quickExit.label': 'Leave {constructor}{toString}' } } };
    const exit = provider.querySelector('hearth-quick-exit')!;
    await provider.updateComplete;
    await exit.updateComplete;
    expect(exit.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Leave {constructor}{toString}');
  });
});
