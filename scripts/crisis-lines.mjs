#!/usr/bin/env node
/**
 * `npm run crisis-lines`: copies the project's checked crisis lines (`../shared/data/crisis-lines.json`,
 * or the path given) into packages/elements/src/content/:
 *
 * - `crisis-lines.json`: the whole list, with the public sources each line and emergency number
 *   was checked against and the check date (exported as `crisisLineData`, read by the tests);
 * - `crisis-numbers.json`: what `<hearth-crisis-resources>` shows, per region: the emergency
 *   numbers and the lines without their sources. Bundled with the element, so every page a
 *   practice puts a widget on downloads it: the sources, which no client sees, stay out.
 *
 * test/crisis-data.test.ts fails when the two files disagree. Never edit a number by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { format } from 'prettier';

import { crisisNumbers } from './crisis-numbers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = resolve(process.argv[2] ?? join(root, '../shared/data/crisis-lines.json'));
const content = join(root, 'packages/elements/src/content');

const data = JSON.parse(readFileSync(from, 'utf8'));
const write = async (name, value) => writeFileSync(join(content, name), await format(JSON.stringify(value), { parser: 'json', filepath: join(content, name) }));
await write('crisis-lines.json', data);
await write('crisis-numbers.json', crisisNumbers(data));
console.log(`crisis-lines: ${Object.keys(data.regions).join(', ')} from ${from}`);
