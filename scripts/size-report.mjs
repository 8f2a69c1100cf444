/**
 * Sizes a browser downloads, minified and gzipped (level 9), checked against ARCHITECTURE.md:
 * - cdn/hearth.js with every chunk it imports statically (a page of all elements): the
 *   architecture's budget is 40 KB gz, not met yet; until the planners decide, the measured
 *   ceiling `pageCeiling` holds (docs/decisions/019-page-size-ceiling.md) so that it cannot grow.
 *   On-demand chunks (other locales, content, DOMPurify) are listed apart and not counted.
 * - each element's define bundled alone with core and Lit, for information only: ARCHITECTURE.md
 *   sets no budget on a define alone (code is split by what is optional, never to fit a number).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { build } from 'vite';

import { minifyTemplateLiterals } from './minify-template-literals.mjs';

/**
 * `cdnPage`: the architecture's budget for a page of every element. `pageCeiling`: what that page
 * measures (65 KB since issue 16's cross-engine fixes, 2026-12-06; `npm run size`), the ceiling that fails a build until `cdnPage` is
 * met or the planners change it (decision 019). Lower it whenever the page shrinks.
 */
export const BUDGETS = { cdnPage: 40 * 1024, pageCeiling: 67 * 1024 };

const gz = (code) => gzipSync(code, { level: 9 }).length;

/** Relative modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const found = new Set();
  const pattern = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** Every file `entry` loads before it runs: itself and its static imports, recursively. */
export function staticClosure(entryPath, read = (path) => readFileSync(path, 'utf8')) {
  const seen = new Map();
  const visit = (path) => {
    if (seen.has(path)) return;
    const code = read(path);
    seen.set(path, code);
    for (const specifier of staticImports(code)) visit(resolve(dirname(path), specifier));
  };
  visit(entryPath);
  return seen;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

async function bundleAlone(root, entry) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [minifyTemplateLiterals()],
    resolve: { conditions: ['hearth-source', 'module', 'browser', 'production', 'import', 'default'] },
    build: {
      write: false,
      target: 'es2021',
      lib: { entry: { entry }, formats: ['es'] },
      rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
    },
  });
  const chunks = (Array.isArray(output) ? output[0] : output).output.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const next of byName.get(name)?.imports ?? []) visit(next);
  };
  visit('entry.js');
  // What a site that bundles Hearth ships for this define: its static closure as one file (the
  // site's bundler re-chunks it with its own code); lazy chunks are not counted.
  const code = [...loaded].map((name) => byName.get(name).code).join('\n');
  return { raw: code.length, gzip: gz(code) };
}

export async function measureSizes(root) {
  const cdnDir = join(root, 'packages/elements/cdn');
  const page = staticClosure(join(cdnDir, 'hearth.js'));
  const pageRaw = [...page.values()].reduce((sum, code) => sum + code.length, 0);
  const pageGzip = [...page.values()].reduce((sum, code) => sum + gz(code), 0);
  const onDemand = listFiles(cdnDir)
    .filter((file) => !page.has(file))
    .map((file) => {
      const code = readFileSync(file, 'utf8');
      return { name: relative(cdnDir, file), raw: code.length, gzip: gz(code), dompurify: code.includes('DOMPurify') };
    });

  const defines = [];
  const elementsSrc = join(root, 'packages/elements/src');
  for (const name of readdirSync(elementsSrc).sort()) {
    const define = join(elementsSrc, name, 'define.ts');
    try {
      readFileSync(define);
    } catch {
      continue;
    }
    defines.push({ name: `${name}/define`, ...(await bundleAlone(root, define)) });
  }

  // The npm packages' entries as a bundler sees them (lit and core external), for reference.
  const packageEntries = [];
  for (const [label, dir] of [
    ['@hearth/core', 'packages/core/dist'],
    ['@hearth/elements', 'packages/elements/dist'],
  ]) {
    for (const file of listFiles(join(root, dir)).filter((f) => !f.includes(`${join(root, dir)}/chunks/`))) {
      const closure = staticClosure(file);
      const codes = [...closure.values()];
      packageEntries.push({
        name: `${label}/${relative(join(root, dir), file)}`,
        raw: codes.reduce((sum, c) => sum + c.length, 0),
        gzip: codes.reduce((sum, c) => sum + gz(c), 0),
      });
    }
  }

  const overBudget = [];
  if (pageGzip > BUDGETS.pageCeiling) overBudget.push(`cdn/hearth.js page ${pageGzip} B gz > the ceiling ${BUDGETS.pageCeiling} B`);
  if ([...page.values()].some((code) => code.includes('DOMPurify'))) overBudget.push('cdn/hearth.js loads DOMPurify up front');
  return {
    page: { files: [...page.keys()].map((file) => relative(cdnDir, file)), raw: pageRaw, gzip: pageGzip },
    onDemand,
    defines,
    packageEntries,
    overBudget,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function printSizes(report) {
  const rows = [
    ['cdn/hearth.js and its static imports', report.page.raw, report.page.gzip, BUDGETS.pageCeiling],
    ...report.defines.map((entry) => [`${entry.name} + core + Lit (no budget)`, entry.raw, entry.gzip, undefined]),
    ...report.onDemand.map((chunk) => [`  on demand: ${chunk.name}`, chunk.raw, chunk.gzip, undefined]),
    ...report.packageEntries.map((entry) => [`${entry.name} (lit external)`, entry.raw, entry.gzip, undefined]),
  ];
  console.log('\nSizes (minified / gzip -9; budgets from ARCHITECTURE.md):');
  for (const [name, raw, gzip, budget] of rows) {
    const verdict =
      budget === undefined ? '' : gzip <= budget ? `ok (≤ ${kb(budget)}${budget === BUDGETS.pageCeiling ? ' ceiling' : ''})` : `OVER (${kb(budget)})`;
    console.log(`  ${name.padEnd(58)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)}  ${verdict}`);
  }
}
