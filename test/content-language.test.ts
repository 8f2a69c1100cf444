/**
 * Built-in content (strategies, prompt packs, forms, consent templates) is written in every
 * language Hearth has strings for: an element in one of them shows content in its own language,
 * marked nothing. On a page in a language Hearth has no content in (the practice's own Persian
 * strings), a coping card, journal or form shows English content among those strings: that
 * content is marked `lang="en"` (WCAG 3.1.2, Language of Parts) and runs left to right inside a
 * right-to-left widget (the shared styles, `[lang='en']:not([dir])`), while the element's own
 * strings keep their language. A consent template is never shown in another language. A
 * practice's own content is taken to be in the element's language.
 */
import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import { shadow, shadowButton, until } from './helpers/shadow.js';

/** The language an element inside a widget is declared in: its nearest `lang`. */
const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');
/** The direction it is laid out in (the shared styles set marked content left to right). */
const direction = (element: Element) => getComputedStyle(element).direction;

async function shown<E extends Element>(el: Element, selector: string): Promise<E> {
  await until(() => !!shadow(el).querySelector(selector), 3000, selector);
  return shadow(el).querySelector<E>(selector)!;
}

describe('built-in content in another language than the element’s', () => {
  it('coping card in Arabic: the strategy is Arabic, right to left, nothing marked', async () => {
    const el = await fixture(html`<hearth-coping-card lang="ar" strategy="box-breathing" storage="none"></hearth-coping-card>`);
    const header = await shown(el, '[part="header"]');
    expect([langOf(header), direction(header)]).to.deep.equal(['ar', 'rtl']);
    expect(header.textContent).to.match(/[\u0600-\u06FF]/);
    expect(shadow(el).querySelector('[part="base"] [lang]')).to.equal(null);
    const start = shadowButton(el, 'ابدأ التنفس');
    expect([langOf(start), direction(start)]).to.deep.equal(['ar', 'rtl']);
  });

  it('coping card on a Persian page (the practice’s own strings): the strategy is English, left to right; its strings stay Persian', async () => {
    const config = { strings: { fa: { 'coping.whenToUse': 'چه زمانی', 'coping.startBreathing': 'شروع تنفس' } } };
    const wrapper = await fixture(
      html`<hearth-provider lang="fa" .config=${config}><hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card></hearth-provider>`,
    );
    const el = wrapper.querySelector('hearth-coping-card')!;
    const header = await shown(el, '[part="header"]');
    expect([langOf(header), direction(header)]).to.deep.equal(['en', 'ltr']);
    expect(getComputedStyle(header).textAlign).to.be.oneOf(['start', 'left']);
    const steps = [...shadow(el).querySelectorAll('[part="steps"] li')];
    expect(steps.length).to.be.above(0);
    for (const step of steps) expect([langOf(step), direction(step)]).to.deep.equal(['en', 'ltr']);
    expect(langOf(shadow(el).querySelector('.when span')!)).to.equal('en');
    expect(langOf(shadow(el).querySelector('.when strong')!)).to.equal('fa');
    const start = shadowButton(el, 'شروع تنفس');
    expect([langOf(start), direction(start)]).to.deep.equal(['fa', 'rtl']);
  });

  it('journal: the built-in packs are written in French, Arabic and Spanish, so the prompt is not marked', async () => {
    for (const [lang, start] of [
      ['fr', 'Nommez trois choses'],
      ['ar', 'اذكر ثلاثة أشياء'],
      ['es', 'Nombra tres cosas'],
    ]) {
      const el = await fixture(html`<hearth-journal-prompt lang=${lang} pack="gratitude" rotate="none" storage="none"></hearth-journal-prompt>`);
      const prompt = await shown(el, '#prompt');
      expect(prompt.textContent, lang).to.contain(start);
      expect(langOf(prompt), lang).to.equal(lang);
    }
    const ar = await fixture(html`<hearth-journal-prompt lang="ar" pack="gratitude" storage="none"></hearth-journal-prompt>`);
    expect(direction(await shown(ar, '#prompt'))).to.equal('rtl');
  });

  it('feedback form in French: the built-in form is French, nothing in it marked English; in Arabic it runs right to left', async () => {
    const el = await fixture(html`<hearth-feedback-form lang="fr" template="material" storage="none"></hearth-feedback-form>`);
    const header = await shown(el, '[part="header"]');
    expect(header.textContent).to.contain('Qu’avez-vous pensé de ce document');
    expect(langOf(header)).to.equal('fr');
    await shown(el, '.question');
    for (const question of shadow(el).querySelectorAll('.question')) expect(langOf(question.firstElementChild!), question.textContent!).to.equal('fr');
    for (const option of shadow(el).querySelectorAll('.choice span')) expect(langOf(option)).to.equal('fr');
    expect(shadow(el).querySelector('[lang="en"]')).to.equal(null);
    expect(langOf(shadowButton(el, 'Envoyer'))).to.equal('fr');
    const ar = await fixture(html`<hearth-feedback-form lang="ar" template="session" storage="none"></hearth-feedback-form>`);
    const arHeader = await shown(ar, '[part="header"]');
    expect(arHeader.textContent).to.contain('كيف كانت جلسة اليوم؟');
    expect([langOf(arHeader), direction(arHeader)]).to.deep.equal(['ar', 'rtl']);
  });

  it('consent: a template only in the element’s language (Arabic terms in Arabic); with no version in it, a configuration error, never English terms', async () => {
    const el = await fixture(html`<hearth-consent lang="ar" template="confidentiality" storage="none"></hearth-consent>`);
    const terms = await shown(el, '[part="terms"]');
    expect([langOf(terms), direction(terms)]).to.deep.equal(['ar', 'rtl']);
    expect(shadow(el).querySelector('[part="base"] [lang]')).to.equal(null);
    // German: Hearth has no German template (nor German strings): the practice is told, in the element's language.
    const de = await fixture(html`<hearth-consent lang="de" template="confidentiality" storage="none"></hearth-consent>`);
    const error = await shown(de, '[part="error"]');
    expect(error.textContent)
      .to.contain('“confidentiality” has no version in German')
      .and.to.contain('English, Spanish, French, and Arabic')
      .and.to.contain('policy');
    expect(shadow(de).querySelector('[part="terms"]')).to.equal(null);
    expect(shadow(de).querySelector('[part="agree-button"]')).to.equal(null);
    // The same in French strings for a Canadian French page with no fr-CA table: fr is the language, and it exists.
    const frCa = await fixture(html`<hearth-consent lang="fr-CA" template="group" storage="none"></hearth-consent>`);
    expect(langOf(await shown(frCa, '[part="terms"]'))).to.equal('fr-CA');
  });

  it('a practice’s own content is taken to be in the element’s language: not marked', async () => {
    const el = await fixture<HearthCopingCard>(html`<hearth-coping-card lang="ar" storage="none"></hearth-coping-card>`);
    el.strategy = { id: 'own', title: 'تنفس', summary: 'تنفس ببطء.', steps: ['خذ نفساً.'] };
    const header = await shown(el, '[part="header"]');
    expect(langOf(header)).to.equal('ar');
    expect(direction(header)).to.equal('rtl');
    expect(shadow(el).querySelector('[lang="en"]')).to.equal(null);
  });
});
