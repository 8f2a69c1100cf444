#!/usr/bin/env node
/**
 * Writes `packages/react/src/index.ts`: a React component for every element of the
 * custom-elements manifest, made with @lit/react, with an `on…` callback for each of its events
 * (`hearth-coping-rate` → `onCopingRate`), typed by the events' own declarations. Run by
 * `npm run analyze` after the manifest, so a new element or event cannot be left out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { manifestElements, readManifest } from './manifest-elements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const elements = manifestElements(readManifest(root)).map(({ declaration }) => declaration);

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
/** `hearth-coping-rate` → `onCopingRate`. */
export const callbackName = (event) => `on${pascal(event.replace(/^hearth-/, ''))}`;
/** `hearth-coping-card` → `CopingCard`; the provider is `HearthProvider` (not to be confused with React's providers). */
export const componentName = (tag) => (tag === 'hearth-provider' ? 'HearthProvider' : pascal(tag.replace(/^hearth-/, '')));

const out = [];
out.push('// Made by scripts/react-wrappers.mjs from custom-elements.json: do not edit by hand.');
out.push("import * as React from 'react';");
out.push("import { createComponent, type EventName } from '@lit/react';");
out.push(`import {\n${elements.map((element) => `  ${element.name} as ${element.name}Element,`).join('\n')}\n} from '@hearth/elements';`);
for (const element of elements) out.push(`import '@hearth/elements/${element.tagName.replace(/^hearth-/, '')}';`);
out.push('');
for (const element of elements) {
  const name = componentName(element.tagName);
  out.push(`/** \`<${element.tagName}>\` for React: ${(element.description || element.summary || '').replace(/\s+/g, ' ').trim().replace(/\*\//g, '*\\/')} */`);
  out.push(`export const ${name} = /* @__PURE__ */ createComponent({`);
  out.push(`  tagName: '${element.tagName}',`);
  out.push(`  elementClass: ${element.name}Element,`);
  out.push('  react: React,');
  out.push(`  displayName: '${name}',`);
  const events = element.events ?? [];
  if (events.length) {
    out.push('  events: {');
    for (const event of events) {
      const description = (event.description ?? '').replace(/\s+/g, ' ').trim();
      if (description) out.push(`    /** \`${event.name}\`: ${description.replace(/\*\//g, '*\\/')} */`);
      out.push(`    ${callbackName(event.name)}: '${event.name}' as EventName<HTMLElementEventMap['${event.name}']>,`);
    }
    out.push('  },');
  }
  out.push('});');
  out.push('');
}
mkdirSync(join(root, 'packages/react/src'), { recursive: true });
writeFileSync(join(root, 'packages/react/src/index.ts'), out.join('\n'));
console.log(`react wrappers: ${elements.length} components → packages/react/src/index.ts`);
