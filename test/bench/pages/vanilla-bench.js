import './vanilla-card.js';

import { nextPaint, STRATEGY } from './bench-content.js';

const stage = document.querySelector('#stage');

window.benchmark = {
  async cards(count) {
    const start = performance.now();
    const cards = [];
    for (let i = 0; i < count; i++) {
      const card = document.createElement('vanilla-card');
      card.strategy = STRATEGY;
      cards.push(card);
    }
    stage.append(...cards);
    await nextPaint();
    if (!cards.every((card) => card.shadowRoot.textContent.includes('Breathe in for four counts.'))) throw new Error('a card did not render');
    return performance.now() - start;
  },
};
document.body.dataset.ready = '1';
