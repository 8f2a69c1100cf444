// A site's own component that renders a Hearth element in its shadow root, where the loader's
// observer cannot see: it hands the shadow root to the loader's discover().
import { discover } from '/cdn/hearth.js';

customElements.define(
  'site-panel',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      const card = document.createElement('hearth-coping-card');
      card.setAttribute('strategy', 'box-breathing');
      card.setAttribute('storage', 'none');
      root.append(card);
      discover(root);
    }
  },
);
