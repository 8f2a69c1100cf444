import { defineConfig, type UserConfig } from 'vite';

import { cdnFirstRenderStatic } from './scripts/cdn-first-render.mjs';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';

/**
 * One config, four library builds, picked by `--mode` (scripts/build.mjs runs them all):
 * - `core`: packages/core/dist, ESM, lit and friends external.
 * - `elements`: packages/elements/dist, one file per define plus index/all, core and lit external.
 * - `react`: packages/react/dist, the React components, react, @lit/react and the elements external.
 * - `cdn`: packages/elements/cdn/hearth.js with everything bundled, and on-demand chunks
 *   (locales, content, DOMPurify) beside it, for sites that load Hearth with one script tag; the
 *   elements' first-render modules are in hearth.js itself (scripts/cdn-first-render.mjs).
 * Any other mode (Storybook, the demo server) gets the shared resolve settings only.
 */
const litExternal = [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^dompurify$/, /^idb$/];
const conditions = ['hearth-source', 'module', 'browser', 'production', 'import', 'default'];

const elementEntries = {
  index: 'packages/elements/src/index.ts',
  all: 'packages/elements/src/all.ts',
  'provider/define': 'packages/elements/src/provider/define.ts',
  'crisis-resources/define': 'packages/elements/src/crisis-resources/define.ts',
  'quick-exit/define': 'packages/elements/src/quick-exit/define.ts',
  'coping-card/define': 'packages/elements/src/coping-card/define.ts',
  'journal-prompt/define': 'packages/elements/src/journal-prompt/define.ts',
  'feedback-form/define': 'packages/elements/src/feedback-form/define.ts',
  'consent/define': 'packages/elements/src/consent/define.ts',
};

/**
 * Chunk names that say what they hold, so a request log reads plainly: built-in content as
 * `content-<kind>-<language>-<id>`, UI strings of another language as `locale-<language>`.
 */
function cdnChunkName(chunk: { name: string; facadeModuleId?: string | null; moduleIds?: string[] }): string {
  const id = chunk.facadeModuleId ?? chunk.moduleIds?.[0] ?? '';
  const content = /content\/(\w+)\/(\w+)\/([\w-]+)\.json$/.exec(id);
  if (content) return `chunks/content-${content[1]}-${content[2]}-${content[3]}-[hash].js`;
  const locale = /locales\/(es|fr|ar)\.ts$/.exec(id);
  if (locale) return `chunks/locale-${locale[1]}-[hash].js`;
  return 'chunks/[name]-[hash].js';
}

function library(mode: string): UserConfig['build'] {
  switch (mode) {
    case 'core':
      return {
        lib: {
          entry: {
            index: 'packages/core/src/index.ts',
            storage: 'packages/core/src/storage.ts',
            sending: 'packages/core/src/sending.ts',
            encryption: 'packages/core/src/encryption.ts',
          },
          formats: ['es'],
        },
        outDir: 'packages/core/dist',
        emptyOutDir: false,
        rolldownOptions: {
          external: litExternal,
          output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      };
    case 'elements':
      return {
        lib: { entry: elementEntries, formats: ['es'] },
        outDir: 'packages/elements/dist',
        emptyOutDir: false,
        rolldownOptions: {
          external: [...litExternal, /^@hearth\/core(\/.*)?$/],
          output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      };
    case 'react':
      return {
        lib: { entry: { index: 'packages/react/src/index.ts' }, formats: ['es'] },
        outDir: 'packages/react/dist',
        emptyOutDir: false,
        rolldownOptions: {
          external: [/^react(\/.*)?$/, /^@lit\/react$/, /^@hearth\/elements(\/.*)?$/],
          output: { minify: true, entryFileNames: '[name].js' },
        },
      };
    case 'cdn':
      return {
        lib: { entry: { hearth: 'packages/elements/src/hearth.ts' }, formats: ['es'] },
        outDir: 'packages/elements/cdn',
        emptyOutDir: true,
        rolldownOptions: {
          // The first-render modules' import() calls become static (cdnFirstRenderStatic); the two
          // left (core's sanitizer, the footer's crisis resources) are in the entry anyway.
          checks: { ineffectiveDynamicImport: false },
          preserveEntrySignatures: 'allow-extension',
          output: { minify: true, entryFileNames: '[name].js', chunkFileNames: cdnChunkName },
        },
      };
    default:
      return undefined;
  }
}

export default defineConfig(({ mode }) => ({
  resolve: { conditions },
  plugins: library(mode) ? [minifyTemplateLiterals(), ...(mode === 'cdn' ? [cdnFirstRenderStatic('packages/elements/src/hearth.ts')] : [])] : [],
  build: { target: 'es2021', copyPublicDir: false, reportCompressedSize: false, ...library(mode) },
  logLevel: 'warn',
}));
