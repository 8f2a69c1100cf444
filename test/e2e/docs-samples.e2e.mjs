import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { openPage, problems, useSiteAndBrowser } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The first ```html block under a heading of a docs page. */
function htmlSample(page, heading) {
  const markdown = readFileSync(join(root, 'docs', page), 'utf8');
  const section = markdown.slice(markdown.indexOf(heading));
  return /```html\n([\s\S]*?)```/.exec(section)[1];
}

describe('docs samples, run as written', () => {
  // The getting-started page tells sites to copy cdn/ to /hearth/ (the test site serves it there).
  const sample = htmlSample('getting-started.md', '## Plain HTML');
  const embedding = htmlSample('embedding.md', '## 1. Host');
  const page = (html) => (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sample</title></head><body>\n${html}\n</body></html>`);
  };
  const env = useSiteAndBrowser({ '/docs-sample.html': page(sample), '/docs-embedding.html': page(embedding) });

  it('getting started, plain HTML: the sample page works under the strict CSP', async () => {
    assert.match(sample, /<script type="module" src="\/hearth\/hearth.js"><\/script>/);
    const { page: tab, context, record } = await openPage(env.browser);
    await tab.goto(`${env.site.origin}/docs-sample.html`);
    await tab.locator('hearth-crisis-resources').getByRole('link', { name: /988/ }).first().waitFor();
    await tab.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' }).waitFor();
    assert.deepEqual(problems(record), []);
    assert.deepEqual(await record.cspViolations(), []);
    await context.close();
  });

  it('embedding, hosting cdn/ yourself: the sample page works under the strict CSP', async () => {
    assert.match(embedding, /<script type="module" src="\/hearth\/hearth.js"><\/script>/);
    const { page: tab, context, record } = await openPage(env.browser);
    await tab.goto(`${env.site.origin}/docs-embedding.html`);
    await tab.locator('hearth-coping-card').getByRole('button', { name: 'This helped' }).waitFor();
    assert.deepEqual(problems(record), []);
    assert.deepEqual(await record.cspViolations(), []);
    await context.close();
  });
});
