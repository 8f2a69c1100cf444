#!/usr/bin/env node
/**
 * `npm run docs:api`: writes `docs/api-reference.md` from the custom-elements manifest (run
 * `npm run analyze` or `npm run build` first): every element's attributes, properties, methods,
 * events, slots, CSS parts and CSS properties. test/e2e/editor-support.e2e.mjs fails when the
 * committed page differs from what this makes, so the reference cannot fall behind the code.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { manifestElements, readManifest } from './manifest-elements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The reference page for a manifest. */
export function apiReference(manifest) {
  const elements = manifestElements(manifest).map(({ declaration }) => declaration);
  const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  const code = (text) => (text ? `\`${oneLine(text).replace(/`/g, "'")}\`` : '');
  const table = (head, rows) =>
    rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''] : [];

  const out = [
    '# API reference',
    '',
    'Made from `custom-elements.json` by `npm run docs:api`: do not edit by hand. The guides explain',
    'each element; this page lists everything it exposes.',
    '',
  ];
  out.push(elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})`).join('\n'), '');
  for (const element of elements) {
    out.push(`## \`<${element.tagName}>\``, '', `<a id="${element.tagName}"></a>`, '');
    if (element.summary) out.push(`**${oneLine(element.summary)}**`, '');
    if (element.description) out.push(element.description.trim(), '');
    out.push(
      `Class: \`${element.name}\` (\`@hearth/elements\`). Register it with \`import '@hearth/elements/${element.tagName.replace(/^hearth-/, '')}'\`.`,
      '',
    );
    const attributes = element.attributes ?? [];
    if (attributes.length) {
      out.push('### Attributes', '');
      out.push(
        ...table(
          ['attribute', 'property', 'type', 'default', 'description'],
          attributes.map((a) => [code(a.name), a.fieldName ? code(a.fieldName) : '', code(a.type?.text), code(a.default), oneLine(a.description)]),
        ),
      );
    }
    const members = (element.members ?? []).filter((member) => !member.privacy && !member.static);
    const properties = members.filter((member) => member.kind === 'field' && !member.attribute);
    if (properties.length) {
      out.push('### Properties (no attribute)', '');
      out.push(
        ...table(
          ['property', 'type', 'description'],
          properties.map((p) => [code(p.name) + (p.readonly ? ' (read-only)' : ''), code(p.type?.text), oneLine(p.description)]),
        ),
      );
    }
    const methods = members.filter((member) => member.kind === 'method');
    if (methods.length) {
      out.push('### Methods', '');
      out.push(
        ...table(
          ['method', 'returns', 'description'],
          methods.map((m) => [
            code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional || p.default ? '?' : ''}`).join(', ')})`),
            code(m.return?.type?.text),
            oneLine(m.description),
          ]),
        ),
      );
    }
    if (element.events?.length) {
      out.push('### Events', '');
      out.push(
        ...table(
          ['event', 'description'],
          element.events.map((e) => [code(e.name), oneLine(e.description)]),
        ),
      );
    }
    if (element.slots?.length) {
      out.push('### Slots', '');
      out.push(
        ...table(
          ['slot', 'description'],
          element.slots.map((s) => [s.name ? code(s.name) : '(default)', oneLine(s.description)]),
        ),
      );
    }
    if (element.cssParts?.length) {
      out.push('### CSS parts', '');
      out.push(
        ...table(
          ['part', 'description'],
          element.cssParts.map((p) => [code(p.name), oneLine(p.description)]),
        ),
      );
    }
    if (element.cssProperties?.length) {
      out.push('### CSS custom properties', '');
      out.push(
        ...table(
          ['property', 'description'],
          element.cssProperties.map((p) => [code(p.name), oneLine(p.description)]),
        ),
      );
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(root, 'docs/api-reference.md'), apiReference(readManifest(root)));
  console.log('docs:api: wrote docs/api-reference.md');
}
