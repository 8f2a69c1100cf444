import { Model, renderSurvey } from '/bench-build/surveyjs.js';

import { nextPaint, SURVEY } from './bench-content.js';

const stage = document.querySelector('#stage');

window.benchmark = {
  async form() {
    const start = performance.now();
    const container = document.createElement('div');
    stage.append(container);
    renderSurvey(new Model(SURVEY), container);
    while (container.querySelectorAll('.sd-question').length < 5) await new Promise((resolve) => setTimeout(resolve, 0));
    await nextPaint();
    return performance.now() - start;
  },
};
document.body.dataset.ready = '1';
