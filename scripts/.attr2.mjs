import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

import { minifyTemplateLiterals } from './minify-template-literals.mjs';
const entry = process.argv[2];
const output = await build({
  configFile: false,
  root: process.cwd(),
  logLevel: 'silent',
  plugins: [minifyTemplateLiterals()],
  resolve: { conditions: ['hearth-source', 'module', 'browser', 'production', 'import', 'default'] },
  build: {
    write: false,
    sourcemap: true,
    target: 'es2021',
    lib: { entry: { entry }, formats: ['es'] },
    rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
  },
});
const chunks = (Array.isArray(output) ? output[0] : output).output.filter((i) => i.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
const loaded = new Set();
const visit = (n) => {
  if (loaded.has(n)) return;
  loaded.add(n);
  for (const x of byName.get(n)?.imports ?? []) visit(x);
};
visit('entry.js');
const per = new Map();
for (const n of loaded) {
  const c = byName.get(n);
  const lines = c.code.split('\n');
  const sm = new SourceMapConsumer(c.map);
  const ms = [];
  sm.eachMapping((m) => ms.push(m));
  ms.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i],
      nx = ms[i + 1];
    const len = nx && nx.generatedLine === m.generatedLine ? nx.generatedColumn - m.generatedColumn : lines[m.generatedLine - 1].length - m.generatedColumn;
    const s = (m.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*packages\//, '');
    per.set(s, (per.get(s) || 0) + len);
  }
}
for (const [k, v] of [...per].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(7), k);
