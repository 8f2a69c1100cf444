/**
 * compareVersions and withText (issue 21, languages side by side) with real built-in items in all
 * four content languages: nothing flagged when they line up; a removed step, a blank field, another
 * version, a longer list, reordered form items and options paired by id; and writing a missing
 * field or list entry into one language's item without changing the item passed in.
 */
import { validate } from '@hearth/core';
import { CONTENT_LANGUAGES, type ContentLanguage, formDefinitionSchema, loadBuiltInForm, loadBuiltInStrategies, strategySchema } from '@hearth/elements';
import { expect } from '@open-wc/testing';

import type { JsonSchema } from '../../packages/studio/src/editor/schema-shape.js';
import { compareVersions, textsByPath, type VersionRow } from '../../packages/studio/src/languages/compare-versions.js';
import { pairEntries } from '../../packages/studio/src/languages/entry-pairing.js';
import { withText } from '../../packages/studio/src/languages/version-edit.js';

type Item = Record<string, unknown>;
type Versions = Partial<Record<ContentLanguage, Item>>;

const STRATEGY = strategySchema.jsonSchema() as JsonSchema;
const FORM = formDefinitionSchema.jsonSchema() as JsonSchema;

async function strategyIn(id: string): Promise<Record<ContentLanguage, Item>> {
  const entries = await Promise.all(CONTENT_LANGUAGES.map(async (lang) => [lang, (await loadBuiltInStrategies([id], lang))[0] as unknown as Item] as const));
  return Object.fromEntries(entries) as Record<ContentLanguage, Item>;
}

async function formIn(id: string): Promise<Record<ContentLanguage, Item>> {
  const entries = await Promise.all(CONTENT_LANGUAGES.map(async (lang) => [lang, (await loadBuiltInForm(id, lang)) as unknown as Item] as const));
  return Object.fromEntries(entries) as Record<ContentLanguage, Item>;
}

const rowAt = (rows: VersionRow[], path: string) => {
  const row = rows.find((found) => found.path === path && !found.extra);
  if (!row) throw new Error(`no row ${path}`);
  return row;
};

describe('compareVersions (built-in items)', () => {
  it('lines up all four languages of a built-in strategy with nothing flagged', async () => {
    const versions = await strategyIn('box-breathing');
    const result = compareVersions(STRATEGY, versions, 'en', 'strategy');
    expect(result.languages).to.deep.equal(['en', 'es', 'fr', 'ar']);
    expect(result.summary).to.deep.equal([]);
    const steps = (versions.en.steps as string[]).length;
    // title, summary, whenToUse, approach and every step; never the id, version or exercise type.
    expect(result.rows.map((row) => row.path)).to.include.members([
      'strategy.title',
      'strategy.summary',
      'strategy.whenToUse',
      'strategy.approach',
      `strategy.steps[${steps - 1}]`,
    ]);
    expect(result.rows.map((row) => row.path)).not.to.include.members(['strategy.id']);
    expect(result.rows.some((row) => /version|exercise/.test(row.path))).to.equal(false);
    for (const row of result.rows) {
      for (const lang of CONTENT_LANGUAGES) expect(row.status[lang], `${row.path} ${lang}`).to.equal('ok');
    }
    expect(rowAt(result.rows, 'strategy.title').texts).to.deep.equal({
      en: versions.en.title,
      es: versions.es.title,
      fr: versions.fr.title,
      ar: versions.ar.title,
    });
  });

  it('marks a step removed in Spanish missing there, and the rest of that list out of date', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    const esSteps = versions.es!.steps as string[];
    const last = esSteps.length - 1;
    versions.es = { ...versions.es, steps: esSteps.slice(0, last) };
    const { rows } = compareVersions(STRATEGY, versions, 'en', 'strategy');
    const removed = rowAt(rows, `strategy.steps[${last}]`);
    expect(removed.status).to.deep.equal({ en: 'ok', es: 'missing', fr: 'ok', ar: 'ok' });
    expect(removed.texts.es).to.equal(undefined);
    // Steps pair by position, so with a step gone the other Spanish steps may have slipped.
    expect(rowAt(rows, 'strategy.steps[0]').status.es).to.equal('out-of-date');
    expect(rowAt(rows, 'strategy.title').status.es).to.equal('ok');
  });

  it('marks a field absent in one language missing, and a blank one empty', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    const es = { ...versions.es! };
    delete es.whenToUse;
    versions.es = es;
    versions.fr = { ...versions.fr, summary: '   ' };
    const { rows } = compareVersions(STRATEGY, versions, 'en', 'strategy');
    expect(rowAt(rows, 'strategy.whenToUse').status).to.deep.equal({ en: 'ok', es: 'missing', fr: 'ok', ar: 'ok' });
    expect(rowAt(rows, 'strategy.summary').status).to.deep.equal({ en: 'ok', es: 'ok', fr: 'empty', ar: 'ok' });
  });

  it('marks every row of a language of another version out of date, with a summary line', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    versions.en = { ...versions.en, version: '3' };
    versions.es = { ...versions.es, version: '1' };
    const result = compareVersions(STRATEGY, versions, 'en', 'strategy');
    expect(result.summary).to.deep.equal([
      'Spanish is version 1, English is version 3',
      'French is version 2, English is version 3',
      'Arabic is version 2, English is version 3',
    ]);
    for (const row of result.rows) {
      expect(row.status.en).to.equal('ok');
      expect(row.status.es, row.path).to.equal('out-of-date');
      expect(row.status.ar, row.path).to.equal('out-of-date');
    }
    // Spanish as the reference: the others are compared with it.
    const fromSpanish = compareVersions(STRATEGY, versions, 'es', 'strategy');
    expect(fromSpanish.summary[0]).to.equal('English is version 3, Spanish is version 1');
  });

  it('marks a field whose reference text changed since a language was written against it as changed there, and only there', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    const against = textsByPath(STRATEGY, versions.en, 'strategy');
    expect(against['strategy.title']).to.equal(versions.en!.title);
    versions.en = { ...versions.en, title: 'Square breathing, slowly' };
    // Spanish was written against the English as it was; French against the new title already; Arabic has no record.
    const written = { es: against, fr: { ...against, 'strategy.title': 'Square breathing, slowly' } };
    const { rows, summary } = compareVersions(STRATEGY, versions, 'en', 'strategy', written);
    expect(rowAt(rows, 'strategy.title').status).to.deep.equal({ en: 'ok', es: 'changed', fr: 'ok', ar: 'ok' });
    expect(rowAt(rows, 'strategy.summary').status).to.deep.equal({ en: 'ok', es: 'ok', fr: 'ok', ar: 'ok' });
    expect(summary, 'the versions still match').to.deep.equal([]);
    // A field missing in that language stays missing, not changed.
    const es = { ...versions.es! };
    delete es.title;
    versions.es = es;
    expect(rowAt(compareVersions(STRATEGY, versions, 'en', 'strategy', written).rows, 'strategy.title').status.es).to.equal('missing');
  });

  it('lists steps only one language has as extra', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    const steps = versions.fr!.steps as string[];
    versions.fr = { ...versions.fr, steps: [...steps, 'Une étape de plus.'] };
    const { rows } = compareVersions(STRATEGY, versions, 'en', 'strategy');
    const extra = rows.filter((row) => row.extra);
    expect(extra.map((row) => row.path)).to.deep.equal([`strategy.steps[${steps.length}]`]);
    expect(extra[0].status).to.deep.equal({ fr: 'extra' });
    expect(extra[0].texts.fr).to.equal('Une étape de plus.');
    expect(extra[0].at.fr).to.deep.equal(['steps', steps.length]);
  });

  it("pairs a form's items and options by id and value when reordered", async () => {
    const versions: Versions = await formIn('material');
    const es = structuredClone(versions.es!) as { items: { id: string; options?: { value: string; label: string }[] }[] };
    es.items.reverse();
    for (const item of es.items) item.options?.reverse();
    versions.es = es as unknown as Item;
    const { rows } = compareVersions(FORM, versions, 'en', 'definition');
    for (const row of rows) expect(row.status.es, row.path).to.equal('ok');
    const original = (await loadBuiltInForm('material', 'es')) as unknown as typeof es;
    const first = rowAt(rows, 'definition.items[0].options[0].label');
    expect(first.texts.es).to.equal(original.items[0].options![0].label);
    const count = es.items.length;
    const options = original.items[0].options!.length;
    expect(first.at.es).to.deep.equal(['items', count - 1, 'options', options - 1, 'label']);
    expect(rows.some((row) => /\.(id|type|value)$/.test(row.path))).to.equal(false);
  });

  it('marks a form option only one language has as extra and one it lacks as missing', async () => {
    const versions: Versions = await formIn('material');
    const es = structuredClone(versions.es!) as { items: { options?: { value: string; label: string }[] }[] };
    es.items[0].options!.splice(1, 1);
    es.items[0].options!.push({ value: '6', label: 'Muchísimo' });
    versions.es = es as unknown as Item;
    const { rows } = compareVersions(FORM, versions, 'en', 'definition');
    expect(rowAt(rows, 'definition.items[0].options[1].label').status.es).to.equal('missing');
    // Paired by value, the other options are neither shifted nor out of date.
    expect(rowAt(rows, 'definition.items[0].options[2].label').status.es).to.equal('ok');
    const extra = rows.filter((row) => row.extra);
    expect(extra.map((row) => [row.path, row.texts.es, row.status.es])).to.deep.equal([['definition.items[0].options[4].label', 'Muchísimo', 'extra']]);
  });
});

describe('pairEntries', () => {
  it('pairs by key where entries have one and by position where they do not', () => {
    expect(pairEntries([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }, { id: 'a' }])).to.deep.equal({ pairs: [2, 0], extras: [1], byPosition: false });
    expect(pairEntries(['one', 'two', 'three'], ['uno', 'dos'])).to.deep.equal({ pairs: [0, 1, undefined], extras: [], byPosition: true });
  });
});

describe('withText', () => {
  it('writes a missing step into a copy, leaving the item passed in alone', async () => {
    const versions = await strategyIn('box-breathing');
    const esSteps = versions.es.steps as string[];
    const es = { ...versions.es, steps: esSteps.slice(0, -1) };
    const before = structuredClone(es);
    const last = esSteps.length - 1;
    const next = withText(es, 'Paso nuevo.', { reference: versions.en, steps: ['steps', last] }) as Item;
    expect(es).to.deep.equal(before);
    expect(next.steps).to.deep.equal([...esSteps.slice(0, -1), 'Paso nuevo.']);
    expect(validate(strategySchema, next, 'strategy').errors).to.deep.equal([]);
  });

  it('creates a missing form item as a copy of the reference entry, its id and type kept and its other text blank', async () => {
    const versions = await formIn('material');
    const en = versions.en as { items: Item[] };
    const es = structuredClone(versions.es) as { items: Item[] };
    const gone = es.items.splice(1, 1)[0];
    const next = withText(es, '¿Te resultó útil?', { reference: en, steps: ['items', 1, 'options', 2, 'label'] }) as { items: Item[] };
    expect(next.items.map((item) => item.id)).to.deep.equal(en.items.map((item) => item.id));
    const made = next.items[1] as { id: string; type: string; label: string; options: { value: string; label: string; score?: number }[] };
    expect(made.id).to.equal(gone.id);
    expect(made.type).to.equal(gone.type);
    expect(made.label).to.equal('');
    const enOptions = (en.items[1] as { options: { value: string; score?: number }[] }).options;
    expect(made.options.map((option) => option.value)).to.deep.equal(enOptions.map((option) => option.value));
    expect(made.options.map((option) => option.score)).to.deep.equal(enOptions.map((option) => option.score));
    expect(made.options.map((option) => option.label)).to.deep.equal(enOptions.map((_option, index) => (index === 2 ? '¿Te resultó útil?' : '')));
  });

  it('writes where the language has the field when it sits elsewhere (paired by id)', async () => {
    const versions = await formIn('material');
    const es = structuredClone(versions.es) as { items: Item[] };
    es.items.reverse();
    const next = withText(es, 'Nuevo', { at: ['items', es.items.length - 1, 'label'], reference: versions.en, steps: ['items', 0, 'label'] }) as {
      items: Item[];
    };
    expect(next.items[es.items.length - 1].label).to.equal('Nuevo');
    expect(es.items[es.items.length - 1].label).not.to.equal('Nuevo');
  });
});
