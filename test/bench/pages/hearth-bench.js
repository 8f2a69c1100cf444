import { FORM, nextPaint, policy20k, STRATEGY } from './bench-content.js';

const stage = document.querySelector('#stage');

/**
 * Resolves at the first frame where `check` holds: what the client sees, not the work that goes
 * on after it (storage opening, the records read, code prefetched for later).
 */
async function shown(check) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each benchmark returns milliseconds from the start to the next paint with everything rendered. */
window.benchmark = {
  async cards(count) {
    const start = performance.now();
    const cards = [];
    for (let i = 0; i < count; i++) {
      const card = document.createElement('hearth-coping-card');
      card.setAttribute('storage', 'none');
      card.setAttribute('no-crisis-footer', '');
      card.setAttribute('no-disclaimer', '');
      card.strategy = STRATEGY;
      cards.push(card);
    }
    stage.append(...cards);
    await shown(() => cards.every((card) => card.shadowRoot?.textContent.includes('Breathe in for four counts.')));
    await nextPaint();
    return performance.now() - start;
  },
  async form() {
    const start = performance.now();
    const form = document.createElement('hearth-feedback-form');
    form.setAttribute('storage', 'none');
    form.setAttribute('no-crisis-footer', '');
    form.setAttribute('no-disclaimer', '');
    form.definition = FORM;
    stage.append(form);
    await shown(() => form.shadowRoot?.querySelectorAll('[part="item"]').length === 5);
    await nextPaint();
    return performance.now() - start;
  },
  /** From the element's creation to "I agree" usable: terms sanitized and shown, hash computed. */
  async consent() {
    const start = performance.now();
    const consent = document.createElement('hearth-consent');
    consent.setAttribute('storage', 'none');
    consent.policy = policy20k();
    stage.append(consent);
    while (consent.stage !== 'form' || consent.shadowRoot.querySelectorAll('#terms .html-content').length !== 20) {
      await consent.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await nextPaint();
    return performance.now() - start;
  },
  /**
   * A second consent with the 20 KB policy, its code already loaded (the sanitizer, the hashing):
   * from the policy given to "I agree" usable, terms shown and policyHash computed. The first
   * consent of the sample loads the code and is not timed.
   */
  async hash() {
    const agreeable = async (consent) => {
      while (consent.stage !== 'form' || !consent.policyHash) {
        await consent.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    const warm = document.createElement('hearth-consent');
    warm.setAttribute('storage', 'none');
    warm.policy = policy20k();
    stage.append(warm);
    await agreeable(warm);
    warm.remove();
    const consent = document.createElement('hearth-consent');
    consent.setAttribute('storage', 'none');
    const policy = policy20k();
    const start = performance.now();
    consent.policy = policy;
    stage.append(consent);
    await agreeable(consent);
    await nextPaint();
    return performance.now() - start;
  },
  /** Puts the stage inside a `<hearth-provider>` (elements then have a provider to answer their context request). */
  useProvider() {
    const provider = document.createElement('hearth-provider');
    stage.replaceWith(provider);
    provider.append(stage);
  },
  /** One create → attach → render → remove cycle of an element. */
  async cycle(tag) {
    const el = document.createElement(tag);
    el.setAttribute('storage', 'none');
    if (tag === 'hearth-coping-card') el.strategy = STRATEGY;
    if (tag === 'hearth-feedback-form') el.definition = FORM;
    if (tag === 'hearth-journal-prompt') el.setAttribute('prompt', 'What went well?');
    if (tag === 'hearth-consent') el.policy = { ...policy20k(), sections: policy20k().sections.slice(0, 2) };
    stage.append(el);
    await el.updateComplete;
    el.remove();
  },
};
// A page that loads Hearth through the loader defines its elements first (hearth-defined.js).
await window.hearthDefined;
document.body.dataset.ready = '1';
