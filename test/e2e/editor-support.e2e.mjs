import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { apiReference } from '../../scripts/api-reference.mjs';
import { manifestElements, readManifest } from '../../scripts/manifest-elements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = join(root, 'packages/elements');
const read = (file) => JSON.parse(readFileSync(join(pkg, file), 'utf8'));

/** Every element of the manifest with its attributes and events. */
const elements = manifestElements(readManifest(root)).map(({ declaration }) => declaration);

describe('editor support made from custom-elements.json', () => {
  it('VS Code custom data lists every element, attribute and fixed value', () => {
    const data = read('vscode.html-custom-data.json');
    assert.equal(data.version, 1.1);
    assert.deepEqual(data.tags.map((tag) => tag.name).sort(), elements.map((element) => element.tagName).sort());
    for (const element of elements) {
      const tag = data.tags.find((candidate) => candidate.name === element.tagName);
      assert.ok(tag.description.length > 10, `${element.tagName} is described`);
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), (element.attributes ?? []).map((attribute) => attribute.name).sort());
    }
    const storage = data.tags.find((tag) => tag.name === 'hearth-coping-card').attributes.find((attribute) => attribute.name === 'storage');
    assert.deepEqual(
      storage.values.map((value) => value.name),
      ['local', 'session', 'none'],
    );
    const noDisclaimer = data.tags.find((tag) => tag.name === 'hearth-coping-card').attributes.find((attribute) => attribute.name === 'no-disclaimer');
    assert.equal(noDisclaimer.valueSet, 'v', 'a boolean attribute takes no value');
  });

  it('JetBrains web-types list every element with its attributes and events, found through package.json', () => {
    assert.equal(read('package.json')['web-types'], './web-types.json');
    const types = read('web-types.json');
    assert.equal(types.name, '@hearth/elements');
    assert.equal(types.version, read('package.json').version);
    const html = types.contributions.html.elements;
    assert.deepEqual(html.map((element) => element.name).sort(), elements.map((element) => element.tagName).sort());
    const consent = html.find((element) => element.name === 'hearth-consent');
    assert.ok(consent.events.some((event) => event.name === 'hearth-consent-submit'));
    assert.ok(types.contributions.css.parts.length > 20, 'CSS parts are listed');
    assert.ok(types.contributions.css.properties.some((property) => property.name.startsWith('--hearth-')));
  });

  it('the JSX types check attributes, properties and events in TSX (a wrong value is a compile error)', () => {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'test/types/tsconfig.json')], { encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc found problems in test/types/jsx-usage.tsx:\n${result.stdout}${result.stderr}`);
    const usage = readFileSync(join(root, 'test/types/jsx-usage.tsx'), 'utf8');
    assert.equal((usage.match(/\{\/\* @ts-expect-error/g) ?? []).length, 5, 'five wrong usages, each an expected error');
  });

  it('docs/api-reference.md is what the manifest makes now (run `npm run docs:api` after changing an element)', () => {
    const committed = readFileSync(join(root, 'docs/api-reference.md'), 'utf8');
    assert.equal(committed, apiReference(readManifest(root)));
    for (const element of elements) {
      assert.ok(committed.includes(`## \`<${element.tagName}>\``), `${element.tagName} has a section`);
      for (const part of element.cssParts ?? []) assert.ok(committed.includes(`| \`${part.name}\` |`), `${element.tagName} lists the part ${part.name}`);
    }
  });
});
