#!/usr/bin/env node
/**
 * `npm run content:versions`: records the hash of every built-in item's text at its version in
 * test/fixtures/content-versions.json, which test/content-versions.test.ts checks. It only ever
 * ADDS what is missing (a new item, a new language, a new version) and never rewrites a hash
 * already kept: text that changes under a version already recorded stays a failing test until
 * the item gets a new `version` (ARCHITECTURE.md: a reworded built-in item gets a new version).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { contentHash } from './content-hash.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const content = join(root, 'packages/elements/src/content');
const fixture = join(root, 'test/fixtures/content-versions.json');
const KINDS = ['strategies', 'prompts', 'forms', 'policies'];

/** Each built-in item file: its kind, its language and where it is (the safety plan's prompts are one file per language). */
function* itemFiles() {
  for (const kind of KINDS) {
    for (const language of readdirSync(join(content, kind)).sort()) {
      for (const file of readdirSync(join(content, kind, language)).sort()) yield { kind, language, path: join(content, kind, language, file) };
    }
  }
  for (const file of readdirSync(join(content, 'safety-plan')).sort())
    yield { kind: 'safety-plan', language: file.replace(/\.json$/, ''), path: join(content, 'safety-plan', file) };
}

const kept = JSON.parse(readFileSync(fixture, 'utf8'));
const added = [];
for (const { kind, language, path } of itemFiles()) {
  const item = JSON.parse(readFileSync(path, 'utf8'));
  const key = `${kind}/${item.id}`;
  const hash = contentHash(item, (text) => createHash('sha256').update(text).digest('hex'));
  const versions = (kept.items[key] ??= {});
  const languages = (versions[item.version] ??= {});
  if (languages[language] === undefined) {
    languages[language] = hash;
    added.push(`${key}@${item.version} ${language}`);
  }
}
writeFileSync(fixture, `${JSON.stringify(kept, null, 2)}\n`);
console.log(added.length ? `content:versions: added ${added.length}: ${added.join(', ')}` : 'content:versions: nothing new');
