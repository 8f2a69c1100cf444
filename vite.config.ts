import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, four library builds, picked by `--mode` (scripts/build.mjs runs them all):
 * - `core`: packages/core/dist, ESM, lit and friends external.
 * - `elements`: packages/elements/dist, one file per define plus index/all, core and lit external.
 * - `react`: packages/react/dist, the React components, react, @lit/react and the elements external.
 * - `cdn`: packages/elements/cdn/, for sites that load Hearth with one script tag: the loader
 *   hearth.js, each element's module in elements/ (it registers the tag and exports the class),
 *   and the chunks they share or load on demand (Lit and core, locales, content, DOMPurify) in
 *   chunks/, everything bundled (docs/decisions/027-cdn-loader.md).
 * - `studio`: Hearth Studio's static site (below).
 * Any other mode (Storybook, the demo server) gets the shared resolve settings only.
 */
const litExternal = [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^dompurify$/];
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
  'safety-plan/define': 'packages/elements/src/safety-plan/define.ts',
};

/**
 * The chunks the bundler makes of code several elements share, named for what they hold (it would
 * name each for one module in it, whichever came first: `string-catalog` for Lit and core).
 */
const sharedChunks: [RegExp, string][] = [
  [/node_modules\/lit-html\/lit-html\.js$/, 'lit-and-core'],
  [/packages\/elements\/src\/widget-settings\.ts$/, 'widget'],
  [/packages\/core\/src\/hearth-form-element\.ts$/, 'form-widget'],
];

/**
 * Chunk names that say what they hold, so a request log reads plainly: built-in content as
 * `content-<kind>-<language>-<id>`, an element's strings in another language as
 * `locale-<language>-<table>` (`locale-ar-consent`; `base` is the table every element shows),
 * shared code as above.
 */
function cdnChunkName(chunk: { name: string; facadeModuleId?: string | null; moduleIds?: string[] }): string {
  const shared = sharedChunks.find(([module]) => chunk.moduleIds?.some((id) => module.test(id)));
  if (shared) return `chunks/${shared[1]}-[hash].js`;
  const id = chunk.facadeModuleId ?? chunk.moduleIds?.[0] ?? '';
  const content = /content\/(\w+)\/(\w+)\/([\w-]+)\.json$/.exec(id);
  if (content) return `chunks/content-${content[1]}-${content[2]}-${content[3]}-[hash].js`;
  const planPrompts = /content\/safety-plan\/(\w+)\.json$/.exec(id);
  if (planPrompts) return `chunks/content-safety-plan-${planPrompts[1]}-[hash].js`;
  const locale = /locales\/(?!en\/)([\w-]+)\/([\w-]+)\.ts$/.exec(id);
  if (locale) return `chunks/locale-${locale[1]}-${locale[2]}-[hash].js`;
  return 'chunks/[name]-[hash].js';
}

/** The CDN's entries: the loader, and one module per element named for its tag without `hearth-`. */
const cdnEntries = {
  hearth: 'packages/elements/src/hearth.ts',
  ...Object.fromEntries(
    Object.entries(elementEntries)
      .filter(([name]) => name.endsWith('/define'))
      .map(([name, path]) => [`elements/${name.slice(0, -'/define'.length)}`, path]),
  ),
};

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
        lib: { entry: cdnEntries, formats: ['es'] },
        outDir: 'packages/elements/cdn',
        emptyOutDir: true,
        rolldownOptions: {
          // An element's module exports its class and nothing more: shared code goes to chunks/.
          preserveEntrySignatures: 'strict',
          output: { minify: true, entryFileNames: '[name].js', chunkFileNames: cdnChunkName },
        },
      };
    default:
      return undefined;
  }
}

/**
 * Lit's `html` and `css` templates minified by a maintained plugin (CSS by clean-css, HTML by
 * html-minifier-terser): 2.9 KB less gzip on a page of every element than none, measured in
 * docs/decisions/028-page-budgets.md. test/e2e/built-styles.e2e.mjs checks what it makes.
 */
const templates = () => minifyTemplateLiterals({ include: ['packages/core/src/**/*.ts', 'packages/elements/src/**/*.ts'], failOnError: true });

/**
 * `studio`: Hearth Studio (packages/studio) as a static site in packages/studio/dist/, with relative
 * addresses so it works from any folder of any static server (docs/studio.md).
 */
const studio: UserConfig = {
  root: 'packages/studio',
  base: './',
  resolve: { conditions },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Studio imports the element package's index, which holds what the elements load on demand:
      // in Studio it is all on one page anyway, so the bundler's note that it cannot split it is noise.
      onLog(level, log, handler) {
        if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
      },
    },
  },
  logLevel: 'warn',
};

export default defineConfig(({ mode }) =>
  mode === 'studio'
    ? studio
    : {
        resolve: { conditions },
        plugins: library(mode) ? [templates()] : [],
        build: { target: 'es2021', copyPublicDir: false, reportCompressedSize: false, ...library(mode) },
        logLevel: 'warn',
      },
);
