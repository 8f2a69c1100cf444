/**
 * The CDN loader (`cdn/hearth.js`, docs/decisions/027-cdn-loader.md): one `<script type="module">`
 * in a site's template, and each `hearth-*` element on the page, now or added later, is defined
 * by importing its own module from `cdn/elements/` beside this file. A page with no Hearth
 * element downloads this file and nothing else; Lit, core and what elements share are chunks
 * fetched once by whichever element needs them first (the pattern of Shoelace's autoloader).
 *
 * The map is written out, not built from the tag name, so that the bundler resolves each
 * `import()` to the element's entry (`cdn/elements/<name>.js`) and its hashed chunks.
 */
const modules: Record<string, () => Promise<unknown>> = {
  'hearth-provider': () => import('./provider/define.js'),
  'hearth-crisis-resources': () => import('./crisis-resources/define.js'),
  'hearth-quick-exit': () => import('./quick-exit/define.js'),
  'hearth-coping-card': () => import('./coping-card/define.js'),
  'hearth-journal-prompt': () => import('./journal-prompt/define.js'),
  'hearth-feedback-form': () => import('./feedback-form/define.js'),
  'hearth-consent': () => import('./consent/define.js'),
  'hearth-safety-plan': () => import('./safety-plan/define.js'),
};

const requested = new Set<string>();

/** Imports the module of one tag, once; an element already defined (by another copy) is left alone. */
function load(tag: string): void {
  const module = modules[tag];
  if (!module || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  module().catch(() => {
    requested.delete(tag);
    // Said to the practice (the console is where a site's developer looks): the usual cause.
    console.error(`Hearth: <${tag}> could not be loaded. Keep the elements/ and chunks/ folders beside hearth.js.`);
  });
}

/**
 * Defines every Hearth element not yet defined in `root` (and `root` itself). The loader runs it
 * on the document and on what is added to it; call it for a shadow root of your own, which
 * the loader cannot see into.
 */
export function discover(root: Element | Document | DocumentFragment): void {
  if (root instanceof Element) load(root.localName);
  // An element with no children (most of what a site adds) holds nothing to look for.
  if (root.firstElementChild) for (const element of root.querySelectorAll(':not(:defined)')) load(element.localName);
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
