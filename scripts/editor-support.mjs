#!/usr/bin/env node
/**
 * Editor support made from the custom-elements manifest (`packages/elements/custom-elements.json`),
 * run by `npm run analyze` right after the manifest is written:
 *
 * - `vscode.html-custom-data.json`: VS Code's HTML custom data (tags, attributes and their values,
 *   descriptions) — add it to `html.customData` in the editor's settings;
 * - `web-types.json`: JetBrains web-types (tags, attributes, events, CSS parts and properties),
 *   found through the package's `web-types` field;
 * - `jsx.d.ts`: JSX intrinsic elements, so TSX gets attribute, property and event checking with
 *   the elements' own TypeScript types (`import '@hearth/elements/jsx'`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { manifestElements, readManifest } from './manifest-elements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages/elements');
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

/** Every custom element of the manifest, with the module that declares it. */
const elements = manifestElements(readManifest(root));

/** String-literal type aliases of the sources (`export type StorageMode = 'local' | 'session' | 'none';`). */
const aliases = new Map();
for (const dir of ['packages/core/src', 'packages/elements/src']) {
  for (const file of readdirSync(join(root, dir), { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(join(root, dir, file), 'utf8').matchAll(/export type (\w+) =\s*((?:\s*\|?\s*'[^']*')+);/g)) {
      aliases.set(match[1], match[2]);
    }
  }
}

/** `'a' | 'b' | undefined` (or an alias of it) → ['a', 'b']; anything that is not only string literals → []. */
function literalValues(typeText = '') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined')
    .flatMap((part) =>
      aliases.has(part)
        ? aliases
            .get(part)
            .split('|')
            .map((alias) => alias.trim())
            .filter(Boolean)
        : [part],
    );
  return parts.length && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

const isBoolean = (attribute) => /^boolean( \| undefined)?$/.test(attribute.type?.text ?? '');
const firstSentence = (text = '') => text.replace(/\s+/g, ' ').trim();

// ── VS Code ───────────────────────────────────────────────────────────────────────────────
const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map(({ declaration }) => ({
    name: declaration.tagName,
    description: firstSentence(declaration.description || declaration.summary),
    attributes: (declaration.attributes ?? []).map((attribute) => {
      const values = literalValues(attribute.type?.text);
      return {
        name: attribute.name,
        description: firstSentence(attribute.description),
        ...(isBoolean(attribute) ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
  })),
};

// ── JetBrains ─────────────────────────────────────────────────────────────────────────────
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: '@hearth/elements',
  version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map(({ declaration }) => ({
        name: declaration.tagName,
        description: firstSentence(declaration.description || declaration.summary),
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: firstSentence(attribute.description),
          value: isBoolean(attribute) ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: attribute.type?.text ?? 'string' },
        })),
        events: (declaration.events ?? []).map((event) => ({ name: event.name, description: firstSentence(event.description) })),
      })),
    },
    css: {
      parts: elements.flatMap(({ declaration }) =>
        (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: `${declaration.tagName}: ${firstSentence(part.description)}` })),
      ),
      properties: [
        ...new Map(
          elements.flatMap(({ declaration }) =>
            (declaration.cssProperties ?? []).map((property) => [property.name, { name: property.name, description: firstSentence(property.description) }]),
          ),
        ).values(),
      ],
    },
  },
};

// ── JSX ───────────────────────────────────────────────────────────────────────────────────
const jsx = [];
jsx.push('// Made by scripts/editor-support.mjs from custom-elements.json: do not edit by hand.');
jsx.push("// JSX intrinsic elements for Hearth, typed with the elements' own TypeScript types.");
jsx.push("// React 19 (`import '@hearth/elements/jsx'`) sets known properties, other props as attributes,");
jsx.push('// and `on<event-name>` props as listeners of that event.');
const imports = [];
const entries = [];
for (const { module, declaration } of elements) {
  const typesPath = `./dist/types/${module.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
  imports.push(`import type { ${declaration.name} } from '${typesPath}';`);
  const lines = [];
  const attributeFields = new Set();
  for (const attribute of declaration.attributes ?? []) {
    if (!attribute.fieldName) continue;
    attributeFields.add(attribute.fieldName);
    const description = firstSentence(attribute.description);
    if (description) lines.push(`    /** ${description.replace(/\*\//g, '*\\/')} */`);
    lines.push(`    '${attribute.name}'?: ${declaration.name}['${attribute.fieldName}'];`);
    if (attribute.name !== attribute.fieldName) lines.push(`    ${attribute.fieldName}?: ${declaration.name}['${attribute.fieldName}'];`);
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.privacy || member.static || member.readonly || attributeFields.has(member.name)) continue;
    const description = firstSentence(member.description);
    if (description) lines.push(`    /** ${description.replace(/\*\//g, '*\\/')} */`);
    lines.push(`    ${member.name}?: ${declaration.name}['${member.name}'];`);
  }
  for (const event of declaration.events ?? []) {
    const description = firstSentence(event.description);
    if (description) lines.push(`    /** ${description.replace(/\*\//g, '*\\/')} */`);
    lines.push(`    'on${event.name}'?: (event: HTMLElementEventMap['${event.name}']) => void;`);
  }
  entries.push(`  '${declaration.tagName}': HearthJSXBase & {\n${lines.join('\n')}\n  };`);
}
jsx.push(...imports, '');
jsx.push('/** What every Hearth element takes in JSX besides its own attributes: the usual HTML ones. */');
jsx.push('type HearthJSXBase = {');
jsx.push('  id?: string;');
jsx.push('  class?: string;');
jsx.push('  className?: string;');
jsx.push('  lang?: string;');
jsx.push("  dir?: 'ltr' | 'rtl' | 'auto';");
jsx.push('  hidden?: boolean;');
jsx.push('  slot?: string;');
jsx.push('  style?: unknown;');
jsx.push('  children?: unknown;');
jsx.push('  key?: string | number;');
jsx.push('  ref?: unknown;');
jsx.push('  [data: `data-${string}`]: string | number | boolean | undefined;');
jsx.push('  [aria: `aria-${string}`]: string | number | boolean | undefined;');
jsx.push('};');
jsx.push('');
jsx.push('/** Every Hearth element, for JSX. */');
jsx.push('export interface HearthIntrinsicElements {');
jsx.push(entries.join('\n'));
jsx.push('}');
jsx.push('');
jsx.push("declare module 'react' {");
jsx.push('  namespace JSX {');
jsx.push("    // Adding to React's own interface is what an empty interface that extends does here.");
jsx.push('    // eslint-disable-next-line @typescript-eslint/no-empty-object-type');
jsx.push('    interface IntrinsicElements extends HearthIntrinsicElements {}');
jsx.push('  }');
jsx.push('}');
jsx.push('');

writeFileSync(join(pkgDir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(join(pkgDir, 'web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
writeFileSync(join(pkgDir, 'jsx.d.ts'), jsx.join('\n'));
console.log(`editor support: ${elements.length} elements → vscode.html-custom-data.json, web-types.json, jsx.d.ts`);
