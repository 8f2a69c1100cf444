import '../../packages/studio/src/studio-app.js';

import { validate } from '@hearth/core';
import { loadBuiltInForm, loadBuiltInStrategies, strategySchema } from '@hearth/elements';
import { expect, fixture, html } from '@open-wc/testing';

import { kindOf } from '../../packages/studio/src/content-kinds.js';
import { DRAFTS_DATABASE } from '../../packages/studio/src/drafts/drafts-database.js';
import { StudioDrafts } from '../../packages/studio/src/drafts/studio-drafts-store.js';
import { fieldId } from '../../packages/studio/src/editor/schema-path.js';
import type { StudioApp } from '../../packages/studio/src/studio-app.js';
import { htmlSnippet, jsonFile } from '../../packages/studio/src/studio-file.js';
import { sendKeys } from '../helpers/commands.js';
import { nextDownload } from '../helpers/downloads.js';
import { inShadow, shadow, shadowButton, until } from '../helpers/shadow.js';

// Studio as a clinician uses it, in one page: start from a built-in item, fix what the element's
// own check finds by following its path, keep the form and the JSON in step, open files (and
// refuse the ones it must), review, and take the file away.

const app = () => fixture<StudioApp>(html`<studio-app></studio-app>`);
const editor = (el: StudioApp) => inShadow(el, 'studio-schema-editor');
const field = <E extends Element = HTMLInputElement>(el: StudioApp, path: string) => inShadow<E>(editor(el), `#${fieldId(path)}`);
const problems = (el: StudioApp) => [...shadow(el).querySelectorAll('#problems li code')].map((code) => code.textContent);
const message = (el: StudioApp) => inShadow(el, '.message').textContent!.replace(/\s+/g, ' ').trim();
const select = async (el: StudioApp, id: string, value: string) => {
  const box = inShadow<HTMLSelectElement>(el, `#${id}`);
  box.value = value;
  box.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const currentJson = async (el: StudioApp) => {
  shadowButton(el, 'JSON').click();
  await el.updateComplete;
  const value: unknown = JSON.parse(inShadow<HTMLTextAreaElement>(el, '#json').value);
  shadowButton(el, 'Form').click();
  await el.updateComplete;
  return value;
};
const paste = async (el: StudioApp, text: string) => {
  inShadow<HTMLDetailsElement>(el, 'details.paste').open = true;
  inShadow<HTMLTextAreaElement>(el, '#paste').value = text;
  shadowButton(el, 'Open pasted text').click();
  await el.updateComplete;
};
const previewElement = (el: StudioApp, tag: string) => inShadow(el, 'studio-preview').shadowRoot?.querySelector(tag) ?? null;
/** Opens a built-in strategy and, in the Languages view, its other languages beside it. */
const openWithItsLanguages = async (el: StudioApp, id: string) => {
  await select(el, 'built-in', id);
  shadowButton(el, 'Open built-in item').click();
  await until(() => problems(el).length === 0 && message(el).includes(id), 3000, 'the built-in item');
  shadowButton(el, 'Languages').click();
  await el.updateComplete;
  shadowButton(el, 'Open the built-in item’s other languages').click();
  await until(() => message(el).includes('other languages'), 3000, 'the other languages');
};

describe('<studio-app>', () => {
  it('starts with a blank strategy whose empty fields are listed by the element’s paths; axe clean', async () => {
    const el = await app();
    expect(problems(el)).to.include.members(['strategy.title', 'strategy.summary', 'strategy.steps[0]']);
    expect(inShadow(el, '.output .note').textContent).to.contain('problems');
    await expect(el).to.be.accessible();
  });

  it('opens a built-in strategy, shows it in the real coping card, and a change to the title reaches the preview and the JSON', async () => {
    const el = await app();
    await select(el, 'built-in', 'grounding-54321');
    shadowButton(el, 'Open built-in item').click();
    await until(() => problems(el).length === 0 && message(el).includes('grounding-54321'), 3000, 'the built-in item');
    await until(() => Boolean(previewElement(el, 'hearth-coping-card')?.shadowRoot?.textContent?.includes('5-4-3-2-1')), 5000, 'the preview');
    const title = field(el, 'strategy.title');
    title.focus();
    title.select();
    await sendKeys({ type: 'Noticing five things' });
    await el.updateComplete;
    expect(((await currentJson(el)) as { title: string }).title).to.equal('Noticing five things');
    await until(
      () => Boolean(previewElement(el, 'hearth-coping-card')?.shadowRoot?.textContent?.includes('Noticing five things')),
      5000,
      'the new title in the preview',
    );
    await expect(el).to.be.accessible();
  });

  it('names the built-in items by their titles, in the content language, and opens the one chosen by its id', async () => {
    const el = await app();
    const option = (id: string) => inShadow<HTMLOptionElement>(el, `#built-in option[value="${id}"]`);
    const [english] = await loadBuiltInStrategies(['box-breathing'], 'en');
    await until(() => option('box-breathing').textContent === english.title, 5000, 'the English title');
    await select(el, 'content-lang', 'es');
    const [spanish] = await loadBuiltInStrategies(['box-breathing'], 'es');
    await until(() => option('box-breathing').textContent === spanish.title, 5000, 'the Spanish title');
    expect(option('box-breathing').lang).to.equal('es');
    await select(el, 'kind', 'form');
    const session = (await loadBuiltInForm('session', 'es')) as { title: string };
    await until(() => option('session').textContent === session.title, 5000, 'a form’s title');
    await select(el, 'built-in', 'session');
    shadowButton(el, 'Open built-in item').click();
    await until(() => message(el).includes('session'), 3000, 'the form opened by its id');
    await expect(el).to.be.accessible();
  });

  it('follows a problem’s path to its field, and the problem goes once it is fixed', async () => {
    const el = await app();
    const link = [...shadow(el).querySelectorAll<HTMLButtonElement>('#problems button')].find((button) => button.textContent === 'strategy.summary')!;
    link.click();
    await until(() => editor(el).shadowRoot!.activeElement?.id === 'f-strategy-summary', 3000, 'focus on the summary');
    await sendKeys({ type: 'Name what you notice around you.' });
    await until(() => !problems(el).includes('strategy.summary'), 3000, 'the summary problem to go');
  });

  it('keeps the JSON view in step both ways, and keeps a broken JSON text without losing the item', async () => {
    const el = await app();
    shadowButton(el, 'JSON').click();
    await el.updateComplete;
    const area = inShadow<HTMLTextAreaElement>(el, '#json');
    const [strategy] = await loadBuiltInStrategies(['safe-place'], 'en');
    area.value = jsonFile(strategy);
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(problems(el)).to.deep.equal([]);
    area.value = '{"id": "safe-place", ';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(inShadow(el, '#json-problem').textContent).to.match(/not valid JSON/);
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    shadowButton(el, 'Form').click();
    await el.updateComplete;
    expect(message(el)).to.contain('fix it');
    expect(shadow(el).querySelector('#json')).to.not.equal(null);
    area.value = jsonFile(strategy);
    area.dispatchEvent(new Event('input'));
    shadowButton(el, 'Form').click();
    await el.updateComplete;
    expect(field(el, 'strategy.title').value).to.equal(strategy.title);
  });

  it('opens a pasted snippet of another kind, with its language, and Undo brings back what was open', async () => {
    const el = await app();
    const form = await loadBuiltInForm('session', 'es');
    await paste(el, htmlSnippet(kindOf('form'), form, { lang: 'es' }));
    expect(message(el)).to.contain('Opened a feedback form');
    expect(inShadow<HTMLSelectElement>(el, '#kind').value).to.equal('form');
    expect(inShadow<HTMLSelectElement>(el, '#content-lang').value).to.equal('es');
    expect(await currentJson(el)).to.deep.equal(form);
    expect(field(el, 'definition.title').getAttribute('lang')).to.equal('es');
    shadowButton(el, /^Undo/).click();
    await el.updateComplete;
    expect(inShadow<HTMLSelectElement>(el, '#kind').value).to.equal('strategy');
    expect(inShadow<HTMLSelectElement>(el, '#content-lang').value).to.equal('en');
    expect(problems(el)).to.include('strategy.title');
    // Undo again: the form comes back (nothing is lost by an Undo either).
    shadowButton(el, /^Undo/).click();
    await el.updateComplete;
    expect(inShadow<HTMLSelectElement>(el, '#kind').value).to.equal('form');
    expect(inShadow<HTMLSelectElement>(el, '#content-lang').value).to.equal('es');
    expect(await currentJson(el)).to.deep.equal(form);
  });

  it('refuses a client’s plan, a file of no known kind, a huge paste and broken JSON, and changes nothing', async () => {
    const el = await app();
    const [strategy] = await loadBuiltInStrategies(['urge-surfing'], 'en');
    await paste(el, jsonFile(strategy));
    const before = await currentJson(el);
    const refusals: [string, RegExp][] = [
      [JSON.stringify({ planId: 'p', version: 1, updatedAt: '2026-01-01T00:00:00Z', locale: 'en', sections: [] }), /client’s own safety plan/],
      [JSON.stringify({ practice: { name: 'A' }, crisis: { region: 'US' } }), /could not tell what kind/],
      [`{"title": "${'x'.repeat(1_100_000)}"}`, /Studio reads content files up to 1 MB/],
      ['{"title": "I am not ok", ', /not valid JSON/],
    ];
    for (const [text, expected] of refusals) {
      await paste(el, text);
      expect(message(el)).to.match(expected);
      expect(message(el)).to.contain('Nothing was changed');
      expect(message(el)).not.to.contain('I am not ok');
      expect(await currentJson(el)).to.deep.equal(before);
    }
  });

  it('records the clinical review in the item, and the file it downloads is the item the element accepts', async () => {
    const el = await app();
    await select(el, 'built-in', 'box-breathing');
    shadowButton(el, 'Open built-in item').click();
    await until(() => problems(el).length === 0 && message(el).includes('box-breathing'), 3000, 'the built-in item');
    const checklist = inShadow(el, 'studio-review-checklist');
    const first = inShadow<HTMLInputElement>(checklist, 'input[type="checkbox"]');
    first.click();
    await el.updateComplete;
    expect(inShadow(el, '#review-unnamed').textContent).to.contain('once it has a name');
    expect(problems(el)).to.deep.equal([]);
    inShadow<HTMLInputElement>(checklist, '#by').focus();
    await sendKeys({ type: 'Dr Ana Ruiz' });
    await el.updateComplete;
    expect(shadow(el).querySelector('#review-unnamed')).to.equal(null);
    const reviewed = (await currentJson(el)) as { review?: { checklist: string[] } };
    expect(reviewed.review?.checklist).to.deep.equal([first.value]);
    const file = nextDownload();
    inShadow<HTMLButtonElement>(el, '#download-json').click();
    const { name, text } = await file;
    expect(name).to.equal('box-breathing.en.json');
    const result = validate(strategySchema, JSON.parse(text), 'strategy');
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(JSON.parse(text)).to.deep.equal(reviewed);
  });

  it('edits Arabic content right to left and previews it right to left', async () => {
    const el = await app();
    await select(el, 'content-lang', 'ar');
    shadowButton(el, 'Open built-in item').click();
    await until(() => problems(el).length === 0, 3000, 'the built-in item');
    await el.updateComplete;
    const title = field(el, 'strategy.title');
    expect(title.getAttribute('dir')).to.equal('rtl');
    expect(title.getAttribute('lang')).to.equal('ar');
    await until(() => previewElement(el, 'hearth-coping-card') !== null, 5000, 'the preview');
    await until(() => getComputedStyle(previewElement(el, 'hearth-coping-card')!).direction === 'rtl', 5000, 'the preview right to left');
    await expect(el).to.be.accessible();
  });

  it('edits the languages side by side: the built-in versions open beside it, a gap is marked, and the content language swaps with one open', async () => {
    const el = await app();
    await openWithItsLanguages(el, 'box-breathing');
    const table = inShadow(el, 'studio-languages');
    await until(() => Boolean(table.shadowRoot?.querySelector('textarea[lang="ar"]')), 3000, 'the Arabic column');
    expect(inShadow(table, 'textarea[lang="ar"]').getAttribute('dir')).to.equal('rtl');
    const [spanish] = await loadBuiltInStrategies(['box-breathing'], 'es');
    // Each language can be taken away on its own.
    const file = nextDownload();
    inShadow<HTMLButtonElement>(el, '#download-json-es').click();
    const { name, text } = await file;
    expect(name).to.equal('box-breathing.es.json');
    expect(JSON.parse(text)).to.deep.equal(spanish);
    // Spanish becomes the open item; English goes beside it.
    await select(el, 'content-lang', 'es');
    expect(((await currentJson(el)) as { title: string }).title).to.equal(spanish.title);
    expect(shadow(el).querySelector('#download-json-en')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a field edited here after the other languages opened is marked changed in each of them, until that language is written again', async () => {
    const el = await app();
    await openWithItsLanguages(el, 'box-breathing');
    // The view is made anew each time it is shown: the table is looked up each time.
    const table = () => inShadow(el, 'studio-languages');
    const cell = (lang: string, path = 'strategy.title') => inShadow(table(), `tr[data-path="${path}"] td[data-lang="${lang}"]`);
    await until(() => Boolean(table().shadowRoot?.querySelector('tr[data-path="strategy.title"] td[data-lang="es"]')), 3000, 'the table');
    expect(cell('es').dataset.status, 'in line when opened').to.equal('ok');
    // The English title changes in the form.
    shadowButton(el, 'Form').click();
    await el.updateComplete;
    const title = field(el, 'strategy.title');
    title.focus();
    title.select();
    await sendKeys({ type: 'Square breathing, slowly' });
    shadowButton(el, 'Languages').click();
    await el.updateComplete;
    await until(() => Boolean(table().shadowRoot?.querySelector('tr[data-path="strategy.title"] td[data-lang="es"]')), 3000, 'the table again');
    for (const lang of ['es', 'fr', 'ar']) expect(cell(lang).dataset.status, lang).to.equal('changed');
    expect(cell('es').querySelector('.note')!.textContent).to.equal('English changed since this Spanish was written');
    expect(cell('es', 'strategy.summary').dataset.status, 'other fields stay in line').to.equal('ok');
    // The Spanish title is written again: that cell is in line; French and Arabic are still marked.
    const spanish = cell('es').querySelector('textarea')!;
    spanish.focus();
    spanish.select();
    await sendKeys({ type: 'Respirar en cuadrado, despacio' });
    await el.updateComplete;
    await inShadow<StudioApp>(el, 'studio-languages').updateComplete;
    expect(cell('es').dataset.status, 'written again').to.equal('ok');
    expect(cell('fr').dataset.status).to.equal('changed');
    await expect(el).to.be.accessible();
  });

  it('in the Languages view a file in a language already open replaces that version, and Undo brings it back', async () => {
    const el = await app();
    await openWithItsLanguages(el, 'box-breathing');
    const [spanish] = await loadBuiltInStrategies(['box-breathing'], 'es');
    const spanishTitle = async () => {
      const file = nextDownload();
      inShadow<HTMLButtonElement>(el, '#download-json-es').click();
      return (JSON.parse((await file).text) as { title: string }).title;
    };
    expect(await spanishTitle()).to.equal(spanish.title);
    await paste(el, htmlSnippet(kindOf('strategy'), { ...spanish, title: 'Respirar en cuadrado, a mi manera' }, { lang: 'es' }));
    expect(message(el)).to.contain('in place of the one beside');
    expect(await spanishTitle()).to.equal('Respirar en cuadrado, a mi manera');
    shadowButton(el, /^Undo/).click();
    await el.updateComplete;
    expect(await spanishTitle(), 'the Spanish version that was open').to.equal(spanish.title);
    expect(((await currentJson(el)) as { title: string }).title, 'the English item is unchanged').to.equal(
      ((await loadBuiltInStrategies(['box-breathing'], 'en'))[0] as { title: string }).title,
    );
  });

  it('locking the drafts puts away an item for one client: off the screen, not brought back by Undo, and opened again once unlocked', async function () {
    this.timeout(60_000);
    // No passphrase left from another test file in this browser (Firefox and WebKitGTK keep the database).
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DRAFTS_DATABASE);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    const store = new StudioDrafts();
    await store.removeAll();
    store.close();
    const el = await app();
    const drafts = inShadow(el, 'studio-drafts');
    await until(() => Boolean(drafts.shadowRoot?.querySelector('#offer-lock')), 3000, 'the drafts panel');
    inShadow<HTMLButtonElement>(drafts, '#offer-lock').click();
    await until(() => Boolean(drafts.shadowRoot?.querySelector('#new-passphrase')), 3000, 'the passphrase form');
    for (const id of ['#new-passphrase', '#new-passphrase-again']) inShadow<HTMLInputElement>(drafts, id).value = 'a long passphrase';
    inShadow<HTMLFormElement>(drafts, '#setup-form').requestSubmit();
    // Focus moves to "Lock drafts now" once the drafts are locked and open: typing waits for that.
    await until(() => drafts.shadowRoot?.activeElement?.id === 'lock-now', 20_000, 'the drafts locked and open');
    inShadow<HTMLInputElement>(drafts, '#personal').click();
    await el.updateComplete;
    const title = field(el, 'strategy.title');
    title.focus();
    await sendKeys({ type: 'Breathing for R.' });
    await el.updateComplete;
    expect(inShadow(el, '#personal-warning').textContent).to.contain('one client');

    inShadow<HTMLButtonElement>(drafts, '#lock-now').click();
    await until(() => message(el).includes('put away with your locked drafts'), 10_000, 'the item put away');
    expect(field(el, 'strategy.title').value, 'a blank item instead').to.equal('');
    expect(shadow(el).querySelector('#personal-warning')).to.equal(null);
    expect(shadow(el).querySelector('#undo'), 'Undo does not bring it back').to.equal(null);
    expect(inShadow(el, '#json-view, .output').textContent).not.to.contain('Breathing for R.');
    expect(JSON.stringify(await currentJson(el))).not.to.contain('Breathing for R.');

    // Unlocked, its draft opens again with the item and its choice.
    inShadow<HTMLInputElement>(drafts, '#unlock-passphrase').value = 'a long passphrase';
    inShadow<HTMLFormElement>(drafts, '#unlock-form').requestSubmit();
    await until(() => Boolean(drafts.shadowRoot?.querySelector('.drafts button[aria-label="Open Breathing for R."]')), 20_000, 'the draft, unlocked');
    inShadow<HTMLButtonElement>(drafts, '.drafts button[aria-label="Open Breathing for R."]').click();
    await until(() => field(el, 'strategy.title').value === 'Breathing for R.', 5000, 'the item opened again');
    expect(inShadow(el, '#personal-warning').textContent).to.contain('one client');
  });

  it('an item marked for one client warns before every export that the file holds client information', async () => {
    const el = await app();
    expect(shadow(el).querySelector('#personal-warning')).to.equal(null);
    const drafts = inShadow(el, 'studio-drafts');
    await until(() => Boolean(drafts.shadowRoot?.querySelector('#personal')), 3000, 'the drafts panel');
    inShadow<HTMLInputElement>(drafts, '#personal').click();
    await el.updateComplete;
    const warning = inShadow(el, '#personal-warning');
    expect(warning.textContent).to.contain('one client');
    expect(inShadow(el, '#download-json').getAttribute('aria-describedby')).to.equal('personal-warning');
    expect(inShadow(el, '#copy-snippet').getAttribute('aria-describedby')).to.equal('personal-warning');
    await expect(el).to.be.accessible();
    // A new item is not for that client; Undo brings back the one that is, with its warning.
    shadowButton(el, 'Start blank').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('#personal-warning')).to.equal(null);
    shadowButton(el, /^Undo/).click();
    await el.updateComplete;
    expect(inShadow(el, '#personal-warning').textContent).to.contain('one client');
  });
});
