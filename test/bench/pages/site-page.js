/**
 * A site's own script on a page with no Hearth element (no-element.html, and its control without
 * `cdn/hearth.js`): after load it adds 200 plain elements (a news list, say), one at a time, as a
 * site's script would; with `cdn/hearth.js` on the page the loader's MutationObserver sees each.
 * A classic deferred script, as on most sites, and so that hearth.js is the page's only module:
 * run.mjs counts the page's one module evaluation as Hearth's.
 */
const ITEMS = 200;

/** The next painted frame (a rAF, then a task), as in bench-content.js; not imported, to keep this page small. */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

window.addEventListener('load', async () => {
  const stage = document.querySelector('#stage');
  const start = performance.now();
  for (let i = 0; i < ITEMS; i++) {
    const item = document.createElement('article');
    const title = document.createElement('h2');
    title.textContent = `News item ${i + 1}`;
    const text = document.createElement('p');
    text.textContent = 'The practice is closed on the public holiday; the crisis lines stay open.';
    item.append(title, text);
    stage.append(item);
  }
  // The insertions alone, in the site's own task (the observer's records are queued here).
  window.insertMs = performance.now() - start;
  // The observer's callback runs once this listener returns (a microtask); the next frame comes after it.
  await nextPaint();
  performance.mark('site-ready');
  document.body.dataset.ready = '1';
});
