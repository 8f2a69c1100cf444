/**
 * <studio-languages> (issue 21, languages side by side) with real built-in items: a column per
 * language with lang and dir (Arabic right to left), cells that need work marked in words, the
 * version summary, the "Only rows that need work" filter by keyboard, edits as whole new items
 * (a missing Spanish field created), Tab order row by row, 320 px, and axe.
 */
import '../../packages/studio/src/languages/studio-languages.js';

import { formDefinitionSchema, loadBuiltInForm, loadBuiltInStrategies, strategySchema } from '@hearth/elements';
import { CONTENT_LANGUAGES, type ContentLanguage } from '@hearth/elements';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { JsonSchema } from '../../packages/studio/src/editor/schema-shape.js';
import type { StudioLanguages, VersionChangeDetail } from '../../packages/studio/src/languages/studio-languages.js';
import { emulateMedia, resetMedia, sendKeys, setViewport } from '../helpers/commands.js';
import { itNeeds } from '../helpers/engine.js';
import { boxesOutsideViewport } from '../helpers/reflow.js';

type Item = Record<string, unknown>;
type Versions = Partial<Record<ContentLanguage, Item>>;

async function strategyIn(id: string): Promise<Record<ContentLanguage, Item>> {
  const entries = await Promise.all(CONTENT_LANGUAGES.map(async (lang) => [lang, (await loadBuiltInStrategies([id], lang))[0] as unknown as Item] as const));
  return Object.fromEntries(entries) as Record<ContentLanguage, Item>;
}

async function mount(
  versions: Versions,
  kind = 'strategy',
  root = 'strategy',
  schema: JsonSchema = strategySchema.jsonSchema() as JsonSchema,
): Promise<StudioLanguages> {
  const el = await fixture<StudioLanguages>(
    html`<studio-languages .schema=${schema} root=${root} kind=${kind} reference="en" .versions=${versions}></studio-languages>`,
  );
  await el.updateComplete;
  return el;
}

const shadow = (el: StudioLanguages) => el.shadowRoot!;
const cell = (el: StudioLanguages, path: string, lang: ContentLanguage) =>
  shadow(el).querySelector<HTMLTableCellElement>(`tr[data-path="${path}"]:not(.extra-row) td[data-lang="${lang}"]`)!;
const area = (el: StudioLanguages, path: string, lang: ContentLanguage) => cell(el, path, lang).querySelector('textarea')!;
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<studio-languages>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetMedia();
  });

  it('shows a built-in strategy in four columns, labelled, with lang and dir, nothing flagged, axe clean', async () => {
    const versions = await strategyIn('box-breathing');
    const el = await mount(versions);
    const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Field', 'English', 'Spanish', 'French', 'Arabic']);
    const title = area(el, 'strategy.title', 'es');
    expect(title.value).to.equal(versions.es.title);
    expect(title.lang).to.equal('es');
    expect(title.dir).to.equal('ltr');
    expect(title.getAttribute('aria-label')).to.equal('Title, Spanish');
    const arabic = area(el, 'strategy.steps[0]', 'ar');
    expect(arabic.dir).to.equal('rtl');
    expect(arabic.lang).to.equal('ar');
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    expect(arabic.getAttribute('aria-label')).to.equal('Step 1, Arabic');
    expect(shadow(el).querySelectorAll('.note')).to.have.length(0);
    expect(shadow(el).querySelector('#count')!.textContent).to.equal('Every language has every field, and all versions match.');
    expect(shadow(el).querySelector('tr[data-path="strategy.id"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks missing, empty and out-of-date cells in words and by style, with the version summary, axe clean', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    const es = { ...versions.es! };
    delete es.whenToUse;
    versions.es = { ...es, version: '1' };
    versions.fr = { ...versions.fr, title: '' };
    const el = await mount(versions);
    const missing = cell(el, 'strategy.whenToUse', 'es');
    expect(missing.querySelector('.note')!.textContent).to.equal('Missing in Spanish');
    expect(missing.classList.contains('missing')).to.equal(true);
    expect(getComputedStyle(missing).borderTopStyle).to.equal('dashed');
    const textarea = missing.querySelector('textarea')!;
    expect(textarea.value).to.equal('');
    expect(shadow(el).getElementById(textarea.getAttribute('aria-describedby')!)!.textContent).to.equal('Missing in Spanish');
    const empty = cell(el, 'strategy.title', 'fr');
    expect(empty.querySelector('.note')!.textContent).to.equal('Empty in French');
    expect(getComputedStyle(empty).borderTopStyle).to.equal('double');
    expect(cell(el, 'strategy.title', 'es').querySelector('.note')!.textContent).to.equal('Out of date in Spanish');
    expect(cell(el, 'strategy.title', 'en').querySelector('.note')).to.equal(null);
    expect([...shadow(el).querySelectorAll('#versions li')].map((li) => li.textContent)).to.deep.equal(['Spanish is version 1, English is version 2']);
    await expect(el).to.be.accessible();
  });

  it('fires studio-version-change with the missing Spanish field created, the input unchanged', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    const es = { ...versions.es! };
    delete es.whenToUse;
    versions.es = es;
    const before = structuredClone(versions.es);
    const el = await mount(versions);
    area(el, 'strategy.whenToUse', 'es').focus();
    const fired = oneEvent(el, 'studio-version-change');
    await sendKeys({ type: 'C' });
    const { detail } = (await fired) as CustomEvent<VersionChangeDetail>;
    expect(detail.lang).to.equal('es');
    expect(detail.value).to.deep.equal({ ...before, whenToUse: 'C' });
    expect(versions.es).to.deep.equal(before);
    // The page sets the new item: the cell is no longer missing.
    el.versions = { ...versions, es: detail.value as Item };
    await el.updateComplete;
    expect(cell(el, 'strategy.whenToUse', 'es').querySelector('.note')).to.equal(null);
  });

  it('creates a missing form option in Spanish as a copy of the English one', async () => {
    const versions: Versions = {};
    for (const lang of ['en', 'es'] as const) versions[lang] = (await loadBuiltInForm('material', lang)) as unknown as Item;
    const es = structuredClone(versions.es!) as { items: { options?: { value: string; label: string; score?: number }[] }[] };
    es.items[0].options!.splice(2, 1);
    versions.es = es as unknown as Item;
    const el = await mount(versions, 'form', 'definition', formDefinitionSchema.jsonSchema() as JsonSchema);
    const target = area(el, 'definition.items[0].options[2].label', 'es');
    expect(target.getAttribute('aria-label')).to.equal('Question 1 › Answer option 3 › Answer text, Spanish');
    target.focus();
    const fired = oneEvent(el, 'studio-version-change');
    await sendKeys({ type: 'A' });
    const { detail } = (await fired) as CustomEvent<VersionChangeDetail>;
    const options = (detail.value as typeof es).items[0].options!;
    const english = (versions.en as unknown as typeof es).items[0].options!;
    expect(options.map((option) => option.value)).to.deep.equal(english.map((option) => option.value));
    expect(options[2]).to.deep.equal({ ...english[2], label: 'A' });
  });

  it('filters to the rows that need work by keyboard, and keeps a row being fixed in view', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    versions.fr = { ...versions.fr, summary: '' };
    const el = await mount(versions);
    const all = shadow(el).querySelectorAll('tbody tr').length;
    expect(all).to.be.greaterThan(5);
    const filter = shadow(el).querySelector<HTMLInputElement>('#only-needs-work')!;
    filter.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(filter.checked).to.equal(true);
    expect([...shadow(el).querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-path'))).to.deep.equal(['strategy.summary']);
    const summary = area(el, 'strategy.summary', 'fr');
    summary.focus();
    const fired = oneEvent(el, 'studio-version-change');
    await sendKeys({ type: 'R' });
    const { detail } = (await fired) as CustomEvent<VersionChangeDetail>;
    el.versions = { ...versions, fr: detail.value as Item };
    await el.updateComplete;
    // Fixed, but kept in view (and focused) until the filter changes.
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(1);
    expect(deepActive()).to.equal(area(el, 'strategy.summary', 'fr'));
    filter.click();
    await el.updateComplete;
    filter.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(0);
    filter.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(all);
  });

  it('moves by Tab across a row and then to the next row', async () => {
    const versions = await strategyIn('box-breathing');
    const el = await mount(versions);
    area(el, 'strategy.title', 'en').focus();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(deepActive()!.getAttribute('aria-label')!);
    }
    expect(order).to.deep.equal(['Title, Spanish', 'Title, French', 'Title, Arabic', 'Summary, English', 'Summary, Spanish']);
  });

  it('fits 320 px, stacked, each cell naming its language', async () => {
    const versions: Versions = await strategyIn('box-breathing');
    versions.es = { ...versions.es, title: '' };
    const el = await mount(versions);
    await setViewport({ width: 320, height: 640 });
    await el.updateComplete;
    expect(boxesOutsideViewport(el)).to.deep.equal([]);
    const name = cell(el, 'strategy.title', 'es').querySelector('.cell-lang')!;
    expect(getComputedStyle(name).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  itNeeds('media', 'forced colours: a cell that needs work keeps its dashed edge and its note', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const versions: Versions = await strategyIn('box-breathing');
    versions.es = { ...versions.es, title: '' };
    const el = await mount(versions);
    const empty = cell(el, 'strategy.title', 'es');
    expect(getComputedStyle(empty).borderTopStyle).to.equal('double');
    expect(getComputedStyle(empty.querySelector('textarea')!).borderTopStyle).to.equal('dashed');
    expect(empty.querySelector('.note')!.textContent).to.equal('Empty in Spanish');
  });
});
