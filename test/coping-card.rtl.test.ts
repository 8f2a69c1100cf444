/**
 * A coping card right to left. On an Arabic page the built-in strategies are Arabic, right to
 * left like the card. On a page in a right-to-left language Hearth has no content in (Persian,
 * with the practice's own strings), the built-in strategies are English: laid out in blocks of
 * their own (dir="ltr", isolated), always left to right and left aligned, while the card's own
 * strings stay right to left. Either way the step numbers sit in the list's padding, inside the
 * card, never on its border.
 */
import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import { sendKeys } from './helpers/commands.js';
import { inShadow, shadow, shadowButton, until } from './helpers/shadow.js';

async function arabicCard(strategy = 'box-breathing', storage = 'none') {
  const el = await fixture<HearthCopingCard>(html`<hearth-coping-card lang="ar" strategy=${strategy} storage=${storage}></hearth-coping-card>`);
  await el.updateComplete;
  await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
  return el;
}

/** The practice's own Persian strings: Hearth has Persian neither for its strings nor for its content. */
const persian = {
  strings: {
    fa: {
      'coping.steps': 'مراحل',
      'coping.whenToUse': 'چه زمانی',
      'coping.approach': 'رویکرد',
      'coping.startSteps': 'گام به گام',
      'coping.startBreathing': 'شروع تنفس',
      'coping.stepOf': 'مرحله {current} از {total}',
    },
  },
};

async function persianCard(strategy = 'box-breathing') {
  const wrapper = await fixture(
    html`<hearth-provider lang="fa" .config=${persian}><hearth-coping-card strategy=${strategy} storage="none"></hearth-coping-card></hearth-provider>`,
  );
  const el = wrapper.querySelector<HearthCopingCard>('hearth-coping-card')!;
  await el.updateComplete;
  await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
  return el;
}

const direction = (element: Element) => getComputedStyle(element).direction;
/** The language an element is declared in: its nearest `lang`. */
const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');

/** Each step's number is drawn outside its item, on the item's start side: it needs room there inside the list. */
function expectMarkersInside(el: HearthCopingCard) {
  const base = inShadow(el, '[part="base"]');
  const card = base.getBoundingClientRect();
  const list = inShadow(el, '[part="steps"]');
  const box = list.getBoundingClientRect();
  const em = parseFloat(getComputedStyle(list).fontSize);
  expect(box.left, 'the list is inside the card').to.be.at.least(card.left);
  expect(box.right).to.be.at.most(card.right);
  const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
  expect(items.length).to.be.above(0);
  for (const [index, li] of items.entries()) {
    const item = li.getBoundingClientRect();
    const room = direction(li) === 'rtl' ? box.right - item.right : item.left - box.left;
    expect(room, `room for step ${index + 1}'s number (${direction(li)}) inside the list`).to.be.at.least(1.25 * em);
  }
}

describe('<hearth-coping-card> in Arabic', () => {
  it('the strategy is Arabic, right to left, nothing marked as another language; the step numbers sit inside the card', async () => {
    const el = await arabicCard();
    const steps = [...shadow(el).querySelectorAll('[part="steps"] li')];
    expect(steps.length).to.be.at.least(5);
    expect(inShadow(el, '[part="header"] [role="heading"]').textContent).to.match(/[\u0600-\u06FF]/);
    for (const step of steps) expect([langOf(step), direction(step)]).to.deep.equal(['ar', 'rtl']);
    expect(shadow(el).querySelector('[part="body"] [lang], [part="header"] [lang]')).to.equal(null);
    expectMarkersInside(el);
    await expect(el).to.be.accessible();
  });

  it("with a step of the client's own in the list too, whose Remove button stays Arabic", async () => {
    const el = await arabicCard('box-breathing', 'session');
    inShadow<HTMLInputElement>(el, '#own-step').focus();
    await sendKeys({ type: 'أمسك قطتي' });
    await sendKeys({ press: 'Enter' });
    await until(() => !!shadow(el).querySelector('li.own'), 2000, 'the own step');
    expectMarkersInside(el);
    const remove = inShadow(el, 'li.own button');
    expect([langOf(remove), direction(remove)]).to.deep.equal(['ar', 'rtl']);
    expect(direction(inShadow(el, 'li.own .own-text'))).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

describe('<hearth-coping-card> in a right-to-left language Hearth has no content in (English content)', () => {
  it("the step numbers sit inside the card, in the list's padding on the side they are drawn", async () => {
    const el = await persianCard();
    expect(shadow(el).querySelectorAll('[part="steps"] li').length).to.be.at.least(5);
    expectMarkersInside(el);
    await expect(el).to.be.accessible();
  });

  it('English blocks are dir="ltr" and isolated, all aligned the same way; the card\'s own strings keep its direction', async () => {
    const el = await persianCard();
    const english = [...shadow(el).querySelectorAll<HTMLElement>('[lang="en"]')];
    // The header (title and summary), when to use it, the steps, where it comes from.
    expect(english.length).to.be.at.least(4);
    for (const block of english) {
      const style = getComputedStyle(block);
      expect(block.getAttribute('dir'), block.outerHTML.slice(0, 80)).to.equal('ltr');
      expect(style.unicodeBidi, block.outerHTML.slice(0, 80)).to.equal('isolate');
      expect(style.display, `${block.outerHTML.slice(0, 80)} is a block of its own`).to.not.equal('inline');
      expect(style.direction).to.equal('ltr');
      expect(style.textAlign).to.be.oneOf(['start', 'left']);
    }
    for (const selector of ['[part="header"] [role="heading"]', '.summary', '.when [dir]', '[part="steps"] li', '.approach [dir]']) {
      const text = inShadow(el, selector);
      expect([langOf(text), direction(text)], `${selector} is English, left to right`).to.deep.equal(['en', 'ltr']);
    }
    for (const selector of ['.label', '.when strong', '.approach strong', '[part="actions"]', '[part="controls"]']) {
      const own = inShadow(el, selector);
      expect([langOf(own), direction(own)], selector).to.deep.equal(['fa', 'rtl']);
    }
    await expect(el).to.be.accessible();
  });

  it('the step walk shows each English step isolated, left to right', async () => {
    const el = await persianCard('grounding-54321');
    shadowButton(el, 'گام به گام').click();
    await until(() => !!shadow(el).querySelector('.step-now'), 2000, 'the walk');
    const step = inShadow(el, '.step-now');
    expect([step.getAttribute('lang'), step.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(getComputedStyle(step).unicodeBidi).to.equal('isolate');
    expect(langOf(inShadow(el, '.step-position'))).to.equal('fa');
    await expect(el).to.be.accessible();
    el.stop();
  });

  it("cards in the four languages Hearth writes content in, and an Arabic card with the practice's own content, mark nothing", async () => {
    for (const lang of ['en', 'es', 'fr', 'ar']) {
      const el = await fixture<HearthCopingCard>(html`<hearth-coping-card lang=${lang} strategy="box-breathing" storage="none"></hearth-coping-card>`);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="body"] [lang], [part="header"] [lang]'), lang).to.equal(null);
    }
    const own = await fixture<HearthCopingCard>(html`<hearth-coping-card lang="ar" storage="none"></hearth-coping-card>`);
    own.strategy = { id: 'walk', title: 'نزهة قصيرة', summary: 'عشر دقائق في الخارج.', steps: ['البس حذاءك.'] };
    await own.updateComplete;
    expect(shadow(own).querySelector('[lang="en"], [part="steps"][dir], [part="header"][dir]')).to.equal(null);
    expect(direction(inShadow(own, '[part="steps"] li'))).to.equal('rtl');
    expectMarkersInside(own);
  });
});
