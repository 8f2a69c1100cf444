/**
 * Built-in content exists in English and Spanish. A French or Arabic element shows English
 * strategies, prompts, forms and policies among its own strings: that content is marked
 * `lang="en"` (WCAG 3.1.2, Language of Parts) and runs left to right inside a right-to-left
 * widget (the shared styles, `[lang='en']:not([dir])`), while the element's own strings keep its
 * language. Content in the element's language
 * (Spanish built-ins, a practice's own content) is not marked.
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
  it('coping card in Arabic: the strategy is English, left to right; the buttons stay Arabic', async () => {
    const el = await fixture(html`<hearth-coping-card lang="ar" strategy="box-breathing" storage="none"></hearth-coping-card>`);
    const header = await shown(el, '[part="header"]');
    expect(langOf(header)).to.equal('en');
    expect(direction(header)).to.equal('ltr');
    expect(getComputedStyle(header).textAlign).to.be.oneOf(['start', 'left']);
    const steps = [...shadow(el).querySelectorAll('[part="steps"] li')];
    expect(steps.length).to.be.above(0);
    for (const step of steps) expect([langOf(step), direction(step)]).to.deep.equal(['en', 'ltr']);
    expect(langOf(shadow(el).querySelector('.when span')!)).to.equal('en');
    expect(langOf(shadow(el).querySelector('.when strong')!)).to.equal('ar');
    const start = shadowButton(el, 'ابدأ التنفس');
    expect([langOf(start), direction(start)]).to.deep.equal(['ar', 'rtl']);
  });

  it('journal in French: the pack’s prompt is English; in Spanish it is not marked', async () => {
    const fr = await fixture(html`<hearth-journal-prompt lang="fr" pack="gratitude" storage="none"></hearth-journal-prompt>`);
    expect(langOf(await shown(fr, '#prompt'))).to.equal('en');
    const es = await fixture(html`<hearth-journal-prompt lang="es" pack="gratitude" storage="none"></hearth-journal-prompt>`);
    expect(langOf(await shown(es, '#prompt'))).to.equal('es');
  });

  it('feedback form in French: title, questions, options and help are English; "(facultatif)" and Send are French', async () => {
    const el = await fixture(html`<hearth-feedback-form lang="fr" template="material" storage="none"></hearth-feedback-form>`);
    const header = await shown(el, '[part="header"]');
    expect(langOf(header)).to.equal('en');
    await shown(el, '.question');
    for (const question of shadow(el).querySelectorAll('.question')) expect(langOf(question.firstElementChild!), question.textContent!).to.equal('en');
    for (const option of shadow(el).querySelectorAll('.choice span')) expect(langOf(option)).to.equal('en');
    expect(langOf(shadow(el).querySelector('.optional')!)).to.equal('fr');
    expect(langOf(shadowButton(el, 'Envoyer'))).to.equal('fr');
  });

  it('consent in Arabic: the terms, title and acknowledgments are English; agreeing stays Arabic', async () => {
    const el = await fixture(html`<hearth-consent lang="ar" template="confidentiality" storage="none"></hearth-consent>`);
    const terms = await shown(el, '[part="terms"]');
    expect([langOf(terms), direction(terms)]).to.deep.equal(['en', 'ltr']);
    expect(langOf(shadow(el).querySelector('#title')!)).to.equal('en');
    for (const label of shadow(el).querySelectorAll('.ack > span > span:first-child')) expect(langOf(label)).to.equal('en');
    const agree = shadow(el).querySelector('[part="agree-button"]')!;
    expect([langOf(agree), direction(agree)]).to.deep.equal(['ar', 'rtl']);
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
