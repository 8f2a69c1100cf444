import '../../packages/studio/src/writing/studio-writing-help.js';

import { expect, fixture, html } from '@open-wc/testing';

import { ANNOUNCE_AFTER_MS, type StudioWritingHelp } from '../../packages/studio/src/writing/studio-writing-help.js';
import { sendKeys } from '../helpers/commands.js';
import { inShadow, shadow, shadowText, until } from '../helpers/shadow.js';

/** 19 words, 2 sentences, 23 syllables: grade 2.4 (hand-counted in writing-readability.test.ts). */
const BREATHE = 'Breathe in slowly through your nose. Let your shoulders drop, and notice the air as it leaves your body.';
const LONG = `You might try this ${Array.from({ length: 18 }, () => 'slowly').join(' ')}.`; // 22 words

describe('<studio-writing-help>', () => {
  it('English: the grade and its aim, the counts, and each warning quoting the words and the suggestion', async () => {
    const text = `${BREATHE} Some psychoeducation may help, but it is never a cure. ${LONG}`;
    const el = await fixture<StudioWritingHelp>(html`<studio-writing-help .text=${text} lang="en"></studio-writing-help>`);
    const level = inShadow(el, '[part="level"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(level).to.match(/^Grade \d+\.\d — aim for 8 or below$/);
    expect(shadowText(el)).to.contain('51 words · 4 sentences · ');
    const items = [...shadow(el).querySelectorAll('[part="warnings"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'Jargon: psychoeducation — try learning how feelings work',
      'Absolute or promise: never — Say what may help, not what always will.',
      'Absolute or promise: cure — Say what may help, not what always will.',
      'Long sentence, 22 words: You might try this slowly slowly slowly slowly slowly slowly slowly slowly… Try splitting it.',
    ]);
    const quotes = [...shadow(el).querySelectorAll('q')];
    expect(quotes.map((q) => [q.lang, q.dir])).to.deep.equal(Array.from({ length: 5 }, () => ['en', 'ltr']));
    expect(shadowText(el)).to.contain('A formula counts words and syllables; it does not understand.');
    await expect(el).to.be.accessible();
  });

  it('English with nothing to flag: the grade, and says nothing was found', async () => {
    const el = await fixture<StudioWritingHelp>(html`<studio-writing-help .text=${BREATHE}></studio-writing-help>`);
    expect(shadowText(el)).to.contain('Grade 2.4 — aim for 8 or below');
    expect(shadowText(el)).to.contain('19 words · 2 sentences · 23 syllables');
    expect(shadowText(el)).to.contain('No long sentences, jargon or absolutes found.');
    expect(shadow(el).querySelector('[part="warnings"]')).to.equal(null);
  });

  it('Spanish and French: the reading ease and its band in English', async () => {
    const es = await fixture<StudioWritingHelp>(
      html`<studio-writing-help lang="es" .text=${'Respira despacio. El aire entra y sale. El día es tranquilo.'}></studio-writing-help>`,
    );
    expect(inShadow(es, '[part="level"]').textContent!.trim()).to.equal('Reading ease 84 — very easy');
    const fr = await fixture<StudioWritingHelp>(
      html`<studio-writing-help
        lang="fr"
        .text=${'Posez les pieds sur le sol. Respirez par le nez. Votre corps se calme. La restructuration cognitive est une intervention thérapeutique très efficace.'}
      ></studio-writing-help>`,
    );
    expect(inShadow(fr, '[part="level"]').textContent!.trim()).to.equal('Reading ease 73 — fairly easy');
    expect(shadowText(fr)).to.contain('Jargon: restructuration cognitive — try changer les pensées qui n’aident pas');
    expect(inShadow(fr, 'q').lang).to.equal('fr');
    await expect(fr).to.be.accessible();
  });

  it('Arabic: says plainly there is no formula, still counts and flags long sentences, quotes right to left', async () => {
    const long = `${Array.from({ length: 26 }, () => 'تنفس').join(' ')}.`;
    const el = await fixture<StudioWritingHelp>(html`<studio-writing-help lang="ar" .text=${`أنا بخير. ${long}`}></studio-writing-help>`);
    expect(inShadow(el, '[part="level"]').textContent!.trim()).to.equal('No reading-level formula for Arabic here: read it aloud, use the checklist');
    expect(inShadow(el, '.counts').textContent!.trim()).to.equal('28 words · 2 sentences');
    expect(shadowText(el)).to.not.contain('syllable');
    const quote = inShadow<HTMLQuoteElement>(el, 'q');
    expect([quote.lang, quote.dir]).to.deep.equal(['ar', 'rtl']);
    expect(inShadow(el, '.base').lang, 'labels stay in the UI language').to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('compact: one line for under a field', async () => {
    const el = await fixture<StudioWritingHelp>(html`<studio-writing-help compact .text=${`${BREATHE} ${LONG}`}></studio-writing-help>`);
    const line = inShadow(el, '[part="level"]');
    expect(line.localName).to.equal('p');
    expect(line.textContent!.trim()).to.match(/^Grade \d+\.\d · 1 long sentence$/);
    expect(shadow(el).querySelectorAll('li, .counts, .note')).to.have.length(0);
    // Read with its field, never announced: the whole item's panel speaks once per pause.
    expect(shadow(el).querySelector('[role="status"]')).to.equal(null);
    el.text = `${BREATHE} Never give up. ${LONG} ${LONG}`;
    await el.updateComplete;
    expect(line.textContent!.trim()).to.match(/^Grade \d+\.\d · 2 long sentences · 1 word to check$/);
    el.lang = 'ar';
    el.text = 'أنا بخير.';
    await el.updateComplete;
    expect(line.textContent!.trim()).to.equal('No reading-level formula for Arabic');
    el.lang = 'en';
    el.text = '';
    await el.updateComplete;
    expect(line.textContent!.trim()).to.equal('No text yet');
    await expect(el).to.be.accessible();
  });

  it('announces a changed grade once typing pauses, not on every keystroke', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <label for="field">Summary</label>
      <textarea id="field" .value=${'Rest now.'}></textarea>
      <studio-writing-help .text=${'Rest now.'}></studio-writing-help>
    </div>`);
    const textarea = wrapper.querySelector('textarea')!;
    const help = wrapper.querySelector('studio-writing-help')!;
    textarea.addEventListener('input', () => (help.text = textarea.value));
    const region = inShadow(help, '[role="status"]');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const heard: string[] = [];
    new MutationObserver(() => heard.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });

    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    await sendKeys({ type: ' Consider meditation.' });
    expect(help.text).to.equal('Rest now. Consider meditation.');
    await until(() => heard.length > 0, ANNOUNCE_AFTER_MS + 3000, 'the announcement');
    // Wait out another pause: nothing more is announced for the same grade.
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS + 300));
    expect(heard).to.have.length(1);
    expect(heard[0]).to.match(/^Reading level: Grade \d+\.\d$/);
    expect(inShadow(help, '[part="level"]').textContent).to.contain(heard[0].replace('Reading level: ', ''));
  });

  it('does not announce when the text changes but the level does not', async () => {
    const el = await fixture<StudioWritingHelp>(html`<studio-writing-help .text=${'Rest now.'}></studio-writing-help>`);
    const region = inShadow(el, '[role="status"]');
    el.text = 'Sit down.';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS + 300));
    expect(region.textContent!.trim()).to.equal('');
  });
});
