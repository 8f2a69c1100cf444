import { discover } from '/cdn/hearth.js';

/**
 * The elements this page uses are defined before any timing, as the peers' scripts run before
 * theirs: the loader (`cdn/hearth.js`) defines an element when one appears, so the page hands it
 * one of each (as a site's template would hold them; the body's `data-elements` lists them) and
 * hearth-bench.js waits until they are.
 */
const used = document.body.dataset.elements.split(' ');
const holder = document.createDocumentFragment();
holder.append(...used.map((tag) => document.createElement(tag)));
window.hearthDefined = (async () => {
  discover(holder);
  await Promise.all(used.map((tag) => customElements.whenDefined(tag)));
})();
