import '/bench-build/shoelace-card.js';

import { nextPaint, STRATEGY } from './bench-content.js';

const stage = document.querySelector('#stage');

/** An `sl-card` holding the same content, in its slots. */
function card(strategy) {
  const el = document.createElement('sl-card');
  const title = Object.assign(document.createElement('strong'), { slot: 'header', textContent: strategy.title });
  const summary = Object.assign(document.createElement('p'), { textContent: strategy.summary });
  const when = Object.assign(document.createElement('p'), { textContent: strategy.whenToUse });
  const steps = document.createElement('ol');
  steps.append(...strategy.steps.map((step) => Object.assign(document.createElement('li'), { textContent: step })));
  el.append(title, summary, when, steps);
  return el;
}

window.benchmark = {
  async cards(count) {
    const start = performance.now();
    const cards = Array.from({ length: count }, () => card(STRATEGY));
    stage.append(...cards);
    await Promise.all(cards.map((el) => el.updateComplete));
    await nextPaint();
    if (!cards.every((el) => el.shadowRoot && el.textContent.includes('Breathe in for four counts.'))) throw new Error('a card did not render');
    return performance.now() - start;
  },
};
document.body.dataset.ready = '1';
