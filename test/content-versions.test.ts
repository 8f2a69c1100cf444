import { expect } from '@open-wc/testing';

import { BUILT_IN_FORM_IDS, loadBuiltInForm } from '../packages/elements/src/content/built-in-form-templates.js';
import { CONTENT_LANGUAGES } from '../packages/elements/src/content/built-in-item.js';
import { BUILT_IN_POLICY_IDS, loadBuiltInPolicy } from '../packages/elements/src/content/built-in-policies.js';
import { BUILT_IN_PACK_IDS, loadPromptPack } from '../packages/elements/src/content/built-in-prompt-packs.js';
import { loadSafetyPlanPrompts } from '../packages/elements/src/content/built-in-safety-plan-prompts.js';
import { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from '../packages/elements/src/content/built-in-strategies.js';
import { contentHash } from '../scripts/content-hash.mjs';
import kept from './fixtures/content-versions.json';

type Item = { id: string; version?: string } & Record<string, unknown>;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Every built-in item, in every language, through the loaders the elements use. */
async function everyItem(): Promise<{ key: string; language: string; item: Item }[]> {
  const kinds: [string, readonly string[], (id: string, language: string) => Promise<unknown>][] = [
    ['strategies', BUILT_IN_STRATEGY_IDS, async (id, language) => (await loadBuiltInStrategies([id], language))[0]],
    ['prompts', BUILT_IN_PACK_IDS, loadPromptPack],
    ['forms', BUILT_IN_FORM_IDS, loadBuiltInForm],
    ['policies', BUILT_IN_POLICY_IDS, loadBuiltInPolicy],
    ['safety-plan', ['safety-plan'], (_, language) => loadSafetyPlanPrompts(language)],
  ];
  const all = [];
  for (const [kind, ids, load] of kinds) {
    for (const id of ids) {
      for (const language of CONTENT_LANGUAGES) all.push({ key: `${kind}/${id}`, language, item: (await load(id, language)) as Item });
    }
  }
  return all;
}

const items = await everyItem();
const versions = (kept as { items: Record<string, Record<string, Record<string, string>>> }).items;

describe('built-in content versions (a reworded item gets a new version)', () => {
  it('every item has a version, the same in every language', () => {
    for (const { key, language, item } of items) expect(item.version, `${key} ${language}`).to.be.a('string').and.match(/^\d+$/);
    const byKey = new Map<string, Set<string | undefined>>();
    for (const { key, item } of items) byKey.set(key, (byKey.get(key) ?? new Set()).add(item.version));
    for (const [key, seen] of byKey) expect([...seen], `${key}: one version in every language`).to.have.length(1);
  });

  it('no item’s text changed without a new version (test/fixtures/content-versions.json)', async () => {
    const missing: string[] = [];
    const changed: string[] = [];
    for (const { key, language, item } of items) {
      const hash = await contentHash(item, sha256);
      const recorded = versions[key]?.[item.version!]?.[language];
      if (recorded === undefined) missing.push(`${key}@${item.version} ${language}`);
      else if (recorded !== hash)
        changed.push(`${key} (${language}) changed under version ${item.version}: give it version ${Number(item.version) + 1} in every language`);
    }
    expect(changed, 'reworded without a new version').to.deep.equal([]);
    expect(missing, 'not recorded yet: run npm run content:versions and commit the fixture').to.deep.equal([]);
  });
});
