import '@hearth/elements/coping-card';

import { validate } from '@hearth/core';
import { loadBuiltInForm, loadBuiltInPolicy, loadBuiltInStrategies } from '@hearth/elements';
import { expect, waitUntil } from '@open-wc/testing';

import { kindOf, KINDS } from '../../packages/studio/src/content-kinds.js';
import { clientText, isClientText } from '../../packages/studio/src/content-text.js';
import { guessKind, htmlSnippet, jsonFile, MAX_IMPORT_CHARS, readImport } from '../../packages/studio/src/studio-file.js';

// Studio's files in and out: what it writes reads back the same, a snippet is taken apart without
// ever becoming part of a document, and bad input is refused with a sentence that says why.

describe('Studio files', () => {
  it('writes a JSON file that reads back to the same item', async () => {
    const [strategy] = await loadBuiltInStrategies(['box-breathing'], 'ar');
    const read = readImport(jsonFile(strategy));
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.value).to.deep.equal(strategy);
    expect(read.kind?.id).to.equal('strategy');
  });

  it('writes a snippet whose JSON child cannot close its script element, and reads it back with its language', () => {
    const hostile = { id: 's', title: '</script><script>alert(1)</script><!--', summary: 'x', steps: ['<b>a</b>'] };
    const snippet = htmlSnippet(kindOf('strategy'), hostile, { lang: 'fr' });
    expect(snippet).to.match(/^<hearth-coping-card lang="fr">\n {2}<script type="application\/json">\n/);
    expect(snippet.match(/<\/script/g)).to.have.length(1);
    expect(snippet).not.to.contain('<!--');
    const read = readImport(snippet);
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.value).to.deep.equal(hostile);
    expect(read.lang).to.equal('fr');
    expect(read.kind?.element).to.equal('hearth-coping-card');
  });

  it('writes a snippet the real element reads: its title shows, markup in the text stays text', async () => {
    const value = { id: 'quote', title: 'Say “</script>” & <b>breathe</b>', summary: 'A < B', steps: ['One step'] };
    const holder = document.createElement('div');
    // A page that holds the snippet, as the practice pastes it (this test page has no Trusted Types).
    holder.innerHTML = htmlSnippet(kindOf('strategy'), value, { lang: 'en' });
    document.body.append(holder);
    try {
      const card = holder.querySelector('hearth-coping-card')!;
      await customElements.whenDefined('hearth-coping-card');
      await waitUntil(() => card.shadowRoot?.textContent?.includes('breathe'), 'the card shows the strategy');
      expect(card.shadowRoot!.textContent).to.contain('Say “</script>” & <b>breathe</b>');
      expect(card.shadowRoot!.querySelector('b')).to.equal(null);
    } finally {
      holder.remove();
    }
  });

  it('never writes an unsafe language into the snippet', () => {
    const snippet = htmlSnippet(kindOf('form'), { id: 'f' }, { lang: 'en" onload="x' });
    expect(snippet.startsWith('<hearth-feedback-form>\n')).to.equal(true);
  });

  it('refuses what it cannot read, each with a sentence that says nothing was changed', () => {
    const cases = [
      '',
      '   ',
      '{"title": ',
      '<p>no element here</p>',
      '<hearth-coping-card></hearth-coping-card>',
      '<hearth-coping-card><script type="application/json">{}</script></hearth-coping-card><hearth-consent><script type="application/json">{}</script></hearth-consent>',
      '<hearth-provider><script type="application/json">{}</script></hearth-provider>',
      '<hearth-coping-card><script type="application/json">{nope}</script></hearth-coping-card>',
      'x'.repeat(MAX_IMPORT_CHARS + 1),
      // A client's own safety plan, as a file and as a snippet: never opened as content.
      JSON.stringify({ planId: 'p1', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', locale: 'en', sections: [] }),
      '<hearth-safety-plan><script type="application/json">{"planId":"p1","sections":[]}</script></hearth-safety-plan>',
    ];
    for (const text of cases) {
      const read = readImport(text);
      expect(read.ok, text.slice(0, 60)).to.equal(false);
      if (!read.ok) expect(read.message).to.match(/Nothing was changed\.$/);
    }
  });

  it('never echoes the text it could not parse (it may be a client’s words)', () => {
    const read = readImport('{"title": "I feel so alone tonight", oops}');
    expect(read.ok).to.equal(false);
    if (!read.ok) {
      expect(read.message).not.to.contain('alone');
      expect(read.message).to.match(/character \d+|not valid JSON/);
    }
  });

  it('tells the kinds apart by their shape', async () => {
    const [strategy] = await loadBuiltInStrategies(['grounding-54321'], 'en');
    expect(guessKind(strategy)?.id).to.equal('strategy');
    expect(guessKind([strategy])?.id).to.equal('strategy');
    expect(guessKind(await loadBuiltInForm('session', 'en'))?.id).to.equal('form');
    expect(guessKind(await loadBuiltInPolicy('confidentiality', 'en'))?.id).to.equal('policy');
    expect(guessKind([{ id: 'p', text: 'Write' }])?.id).to.equal('prompts');
    expect(guessKind({ title: 'Evenings', prompts: [{ id: 'p', text: 'Write' }] })?.id).to.equal('prompts');
    expect(guessKind({ crisis: {}, practice: {} })).to.equal(undefined);
    expect(guessKind('text')).to.equal(undefined);
  });

  it('offers a blank and every built-in item of each kind, and the built-ins pass the element’s own check', async () => {
    for (const kind of KINDS) {
      // A blank has the item's shape: what the element still asks for is only text to write.
      for (const error of validate(kind.schema, kind.blank(), kind.root).errors)
        expect(error.message, `${kind.id} blank: ${error.path}`).to.equal('must not be empty');
      for (const lang of ['en', 'ar']) {
        const item = await kind.loadBuiltIn(kind.builtIns[0], lang);
        const result = validate(kind.schema, item, kind.root);
        expect(result.errors, `${kind.id} ${lang}`).to.deep.equal([]);
      }
    }
  });
});

describe('the words a client reads', () => {
  it('are the text fields, not ids, versions, types, option values, tags or the review', () => {
    const form = {
      id: 'f',
      version: '2',
      title: 'How was today?',
      items: [{ id: 'q', type: 'choice', label: 'Pick one', options: [{ value: 'a', label: 'Calm' }] }],
      scoring: { method: 'sum', items: ['q'] },
      review: { by: 'Dr A', at: '2026-12-07', checklist: ['plain-words'] },
    };
    expect(clientText(form, 'definition')).to.deep.equal(['How was today?', 'Pick one', 'Calm']);
    expect(isClientText('definition.items[0].options[0].value')).to.equal(false);
    expect(isClientText('definition.items[0].label')).to.equal(true);
    expect(isClientText('definition.review.by')).to.equal(false);
  });

  it('count an HTML field by its text', () => {
    expect(clientText({ bodyHtml: '<p>First.</p><p>Second &amp; <b>last</b>.</p>' }, 'policy.sections[0]')[0].replace(/\s+/g, ' ').trim()).to.equal(
      'First. Second last .',
    );
  });
});
