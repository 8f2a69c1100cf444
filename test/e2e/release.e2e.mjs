import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { versionSource, withIntegrity } from '../../scripts/release-version.mjs';
import { openPage, useSiteAndBrowser } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const json = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('releases (changesets, one shared version, SRI in the changelog)', () => {
  it('every published package of the workspace is in the one fixed version group, and they share a version', () => {
    const workspace = readdirSync(join(root, 'packages')).map((dir) => json(`packages/${dir}/package.json`));
    // Hearth Studio (packages/studio) is a site, never published: it is private and outside the group.
    assert.deepEqual(
      workspace.filter((pkg) => pkg.private).map((pkg) => pkg.name),
      ['@hearth/studio'],
    );
    const packages = workspace.filter((pkg) => !pkg.private);
    const config = json('.changeset/config.json');
    assert.deepEqual(config.fixed.length, 1);
    assert.deepEqual([...config.fixed[0]].sort(), packages.map((pkg) => pkg.name).sort());
    assert.equal(new Set(packages.map((pkg) => pkg.version)).size, 1, 'one version');
    for (const pkg of packages) {
      for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
        if (name.startsWith('@hearth/')) assert.equal(range, packages[0].version, `${pkg.name} depends on ${name} at the shared version`);
      }
      assert.ok(pkg.files.length && pkg.exports && pkg.types && pkg.license === 'MIT', `${pkg.name} has files, exports, types and a licence`);
    }
  });

  it('version.ts is what the release script writes for the current version', () => {
    assert.equal(readFileSync(join(root, 'packages/core/src/version.ts'), 'utf8'), versionSource(json('packages/core/package.json').version));
  });

  it("lists the SRI hashes under the release's heading, once, and replaces an older list", () => {
    const changelog = '# @hearth/elements\n\n## 0.2.0\n\n### Minor Changes\n\n- New things.\n\n## 0.1.0\n\n- First.\n';
    const first = withIntegrity(changelog, '0.2.0', { 'hearth.js': 'sha384-aaa', 'chunks/x.js': 'sha384-bbb' });
    const section = first.slice(first.indexOf('## 0.2.0'), first.indexOf('## 0.1.0'));
    assert.match(section, /- New things\.\n\n<!-- sri:start -->/);
    assert.match(section, /\| `hearth\.js` \| `sha384-aaa` \|/);
    assert.match(section, /\| `chunks\/x\.js` \| `sha384-bbb` \|/);
    assert.ok(!first.slice(first.indexOf('## 0.1.0')).includes('sha384'), 'the older release is untouched');
    const again = withIntegrity(first, '0.2.0', { 'hearth.js': 'sha384-ccc' });
    assert.equal((again.match(/sri:start/g) ?? []).length, 1, 'one list');
    assert.ok(again.includes('sha384-ccc') && !again.includes('sha384-aaa'));
    assert.equal(withIntegrity(changelog, '9.9.9', { 'hearth.js': 'x' }), changelog, 'no heading, no change');
  });

  it('cdn/integrity.json of the build lists every cdn file with a hash the browser accepts', () => {
    const integrity = json('packages/elements/cdn/integrity.json');
    const files = readdirSync(join(root, 'packages/elements/cdn'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.js'));
    assert.deepEqual(Object.keys(integrity).sort(), files.sort());
    for (const hash of Object.values(integrity)) assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
  });
});

describe('cdn/integrity.json in a browser', () => {
  const page = (hash) => (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
      <script type="module" src="/cdn/hearth.js" integrity="${hash}" crossorigin="anonymous"></script></head>
      <body><hearth-quick-exit></hearth-quick-exit></body></html>`);
  };
  const listed = json('packages/elements/cdn/integrity.json')['hearth.js'];
  const env = useSiteAndBrowser({ '/e2e/sri-listed.html': page(listed), '/e2e/sri-tampered.html': page(`sha384-${'A'.repeat(64)}`) });

  it('the listed hash lets hearth.js run; any other is refused by the browser', async () => {
    const { page: tab, context } = await openPage(env.browser);
    await tab.goto(`${env.site.origin}/e2e/sri-listed.html`);
    await tab.locator('hearth-quick-exit').getByRole('button', { name: 'Quick exit' }).waitFor();
    await tab.goto(`${env.site.origin}/e2e/sri-tampered.html`);
    await tab.waitForLoadState('networkidle');
    assert.equal(await tab.evaluate(() => customElements.get('hearth-quick-exit') === undefined), true, 'a wrong hash: the code never runs');
    await context.close();
  });
});
