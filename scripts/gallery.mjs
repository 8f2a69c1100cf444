#!/usr/bin/env node
/**
 * `npm run gallery`: photographs every element in its main states, light and dark, at 320 px (touch)
 * and 1280 px, in English and Arabic, cropped to the element, into docs/gallery/, and writes the
 * index docs/gallery.md, so anyone can review the look without running anything. Not part of
 * `npm test` (test/gallery.test.ts only checks that every listed image exists).
 * Builds Hearth first when cdn/ is missing or stale. Regenerate when a widget's look changes.
 *
 *   npm run gallery                       every entry
 *   npm run gallery -- consent journal    only the entries whose name starts with one of these
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { chromiumArgs } from '../test/chromium-args.mjs';
import { cdnIsStale, studioIsStale } from './cdn-freshness.mjs';
import { findChromium } from './find-browsers.mjs';
import { GALLERY } from './gallery-states.mjs';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/gallery');
const only = process.argv.slice(2);

if (cdnIsStale(root) || studioIsStale(root)) {
  console.log('gallery: building Hearth first…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const VARIANTS = [];
for (const lang of ['en', 'ar']) for (const theme of ['light', 'dark']) for (const width of [320, 1280]) VARIANTS.push({ lang, theme, width });

const site = await startStaticServer({
  mounts: { '/cdn/': join(root, 'packages/elements/cdn'), '/gallery/': join(root, 'scripts/gallery-page'), '/studio/': join(root, 'packages/studio/dist') },
  handlers: {
    '/favicon.ico': (req, res) => {
      res.writeHead(204);
      res.end();
    },
  },
});
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
mkdirSync(out, { recursive: true });

const entries = GALLERY.filter((entry) => !only.length || only.some((name) => entry.name.startsWith(name)));
if (!only.length) for (const file of readdirSync(out)) if (file.endsWith('.png')) rmSync(join(out, file));
const failures = [];
const started = Date.now();
for (const entry of entries) {
  for (const variant of VARIANTS) {
    const file = `${entry.name}-${variant.lang}-${variant.theme}-${variant.width}.png`;
    const context = await browser.newContext({
      viewport: { width: variant.width, height: 900 },
      deviceScaleFactor: 1,
      hasTouch: variant.width === 320,
      isMobile: variant.width === 320,
      colorScheme: variant.theme,
      reducedMotion: entry.reducedMotion ? 'reduce' : 'no-preference',
    });
    const page = await context.newPage();
    try {
      const query = new URLSearchParams({ element: entry.element, lang: variant.lang, theme: variant.theme });
      await page.goto(`http://127.0.0.1:${site.port}/gallery/index.html?${query}`);
      const shot = page.locator('#shot');
      await shot.locator(':scope > *').first().waitFor();
      // Wait until the element has rendered its content (a shadow root with a visible box).
      await page.waitForFunction(() => {
        const el = document.querySelector('#shot > *');
        return !!el?.shadowRoot && el.shadowRoot.childElementCount > 0 && el.getBoundingClientRect().height > 40;
      });
      await page.waitForLoadState('networkidle');
      if (entry.act) await entry.act(page, { ...variant, tap: variant.width === 320 });
      await page.waitForTimeout(entry.settle ?? 300);
      // Cropped to what the element draws (a widget stops at its maximum width; a page's width
      // beside it is not part of the picture), with a margin of the page around it. An entry's
      // `crop` (selectors in the element's shadow root) keeps only the rows from the first match to
      // the end of the last: the part of a long element that the state is about.
      const clip = await page.evaluate((crop) => {
        const el = document.querySelector('#shot > *');
        const boxes = [el, ...(el.shadowRoot?.children ?? [])].map((node) => node.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0);
        const hostBox = el.getBoundingClientRect();
        const left = Math.min(...boxes.map((b) => b.left));
        const right = Math.max(...boxes.slice(1).map((b) => b.right), left + 1);
        const [x0, x1] =
          document.documentElement.dir === 'rtl' ? [Math.min(...boxes.slice(1).map((b) => b.left), hostBox.right - 1), hostBox.right] : [left, right];
        const margin = 8;
        const parts = crop ? [...el.shadowRoot.querySelectorAll(crop)].map((node) => node.getBoundingClientRect()).filter((box) => box.height > 0) : [];
        if (crop && !parts.length) throw new Error(`crop: nothing shown matches ${crop}`);
        const [first, bottom] = parts.length ? [Math.min(...parts.map((b) => b.top)), Math.max(...parts.map((b) => b.bottom))] : [hostBox.top, hostBox.bottom];
        // A crop from the element's first row keeps its top edge.
        const top = first - hostBox.top < 48 ? hostBox.top : first;
        return {
          x: Math.max(0, x0 - margin + scrollX),
          y: Math.max(0, top - margin + scrollY),
          width: Math.min(document.documentElement.scrollWidth, x1 - x0 + 2 * margin),
          height: bottom - top + 2 * margin,
        };
      }, entry.crop);
      await page.screenshot({ path: join(out, file), clip, fullPage: true, animations: 'disabled' });
    } catch (error) {
      failures.push(`${file}: ${String(error.message ?? error).split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  console.log(`gallery: ${entry.name} (${VARIANTS.length} pictures)`);
}
// Hearth Studio (docs/studio.md): the page with a built-in strategy open, on a desktop and a phone.
const STUDIO_SHOTS = [
  { file: 'studio-1280.png', width: 1280, height: 900, phone: false },
  { file: 'studio-320.png', width: 320, height: 900, phone: true },
];
if (!only.length || only.some((name) => 'studio'.startsWith(name))) {
  for (const shot of STUDIO_SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      hasTouch: shot.phone,
      isMobile: shot.phone,
    });
    const page = await context.newPage();
    try {
      await page.goto(`http://127.0.0.1:${site.port}/studio/`);
      const studio = page.locator('studio-app');
      await studio.locator('#built-in').selectOption('box-breathing');
      await studio.getByRole('button', { name: 'Open built-in item' }).click();
      await studio.locator('studio-preview hearth-coping-card').waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, shot.file), animations: 'disabled' });
    } catch (error) {
      failures.push(`${shot.file}: ${String(error.message ?? error).split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  console.log(`gallery: studio (${STUDIO_SHOTS.length} pictures)`);
}
await browser.close();
await site.close();

// The index: every entry, the variants side by side.
const lines = [
  '# Gallery',
  '',
  'Every Hearth element in its main states, as a client sees it: English and Arabic, light and dark,',
  'on a 320 px phone (touch) and a 1280 px desktop, cropped to the element. Made by `npm run gallery`',
  "(not part of `npm test`); regenerate it when a widget's look changes. A test checks that every",
  'picture listed here exists.',
  '',
];
for (const entry of GALLERY) {
  lines.push(`## ${entry.title}`, '', entry.description, '');
  lines.push('| | 320 px | 1280 px |', '| --- | --- | --- |');
  for (const lang of ['en', 'ar'])
    for (const theme of ['light', 'dark']) {
      const cell = (width) => {
        const file = `${entry.name}-${lang}-${theme}-${width}.png`;
        return `![${entry.title}, ${lang}, ${theme}, ${width} px](gallery/${file})`;
      };
      lines.push(`| ${lang === 'en' ? 'English' : 'Arabic'}, ${theme} | ${cell(320)} | ${cell(1280)} |`);
    }
  lines.push('');
}
lines.push(
  '## Hearth Studio',
  '',
  'Hearth Studio ([docs/studio.md](studio.md)) with a built-in coping strategy open: the form, its writing help and the live preview.',
  '',
  '| 320 px | 1280 px |',
  '| --- | --- |',
  '| ![Hearth Studio, 320 px](gallery/studio-320.png) | ![Hearth Studio, 1280 px](gallery/studio-1280.png) |',
  '',
);
writeFileSync(join(root, 'docs/gallery.md'), lines.join('\n'));

const files = readdirSync(out).filter((file) => file.endsWith('.png'));
const bytes = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
console.log(`gallery: ${files.length} pictures, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failures.length) {
  console.error(`gallery: ${failures.length} pictures failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
