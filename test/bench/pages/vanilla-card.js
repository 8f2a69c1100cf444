/**
 * The practical limit: a hand-written custom element that clones a template into its shadow root
 * and fills in the same strategy as text. No framework, no features beyond showing the content.
 */
const template = document.createElement('template');
template.innerHTML = `<style>
  :host { display: block; font: inherit; }
  .card { display: grid; gap: 0.75em; padding: 1em; border: 1px solid #80868f; border-radius: 0.5em; background: #f6f5f2; }
  h2 { margin: 0; font-size: 1.25em; } p { margin: 0; }
</style>
<article class="card"><h2 class="title"></h2><p class="summary"></p><p class="when"></p><ol class="steps"></ol></article>`;

class VanillaCard extends HTMLElement {
  set strategy(value) {
    this._strategy = value;
    if (this.shadowRoot) this.fill();
  }
  connectedCallback() {
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
      this.fill();
    }
  }
  fill() {
    const s = this._strategy;
    if (!s) return;
    const root = this.shadowRoot;
    root.querySelector('.title').textContent = s.title;
    root.querySelector('.summary').textContent = s.summary;
    root.querySelector('.when').textContent = s.whenToUse;
    const list = root.querySelector('.steps');
    list.replaceChildren(...s.steps.map((step) => Object.assign(document.createElement('li'), { textContent: step })));
  }
}
customElements.define('vanilla-card', VanillaCard);
