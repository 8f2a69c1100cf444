// Sanitizes every vector of the public corpus on a page under the strict CSP and renders the
// result into a shadow root, then records what survived. The test reads data-result.
import { sanitizeHtml } from '/e2e-build/test-widget.js';

const vectors = [...(await (await fetch('/fixtures/xss/vectors.json')).json()), ...(await (await fetch('/fixtures/xss/hearth-vectors.json')).json())];
const root = document.getElementById('host').attachShadow({ mode: 'open' });
const forbidden = 'script, iframe, object, embed, style, form, input, textarea, select, base, meta, link, svg, math, template, img';
let survivors = 0;
for (const vector of vectors) {
  const holder = document.createElement('div');
  holder.append(await sanitizeHtml(vector.payload));
  root.append(holder);
  const bad =
    holder.querySelectorAll(forbidden).length +
    [...holder.querySelectorAll('*')].filter((el) => el.getAttributeNames().some((name) => name.startsWith('on') || name === 'style')).length;
  if (bad) survivors++;
  holder.remove();
}
await new Promise((resolve) => setTimeout(resolve, 200));
document.body.dataset.result = JSON.stringify({ count: vectors.length, survivors, title: document.title });
