#!/usr/bin/env node
/**
 * `npm run release:version`, after `changeset version` bumped the three packages together:
 *
 * 1. writes the new version into `packages/core/src/version.ts` (what a second copy of Hearth on
 *    a page compares), which a test keeps equal to package.json;
 * 2. builds, so that `cdn/` is the code of this version;
 * 3. adds the Subresource Integrity hash of every `cdn/` file under this version's heading in
 *    `packages/elements/CHANGELOG.md`, so each release lists them (docs/releasing.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The source of `packages/core/src/version.ts` for a version. */
export function versionSource(version) {
  return `/** The version of Hearth this copy of the code belongs to (kept equal to package.json by a test). */\nexport const HEARTH_VERSION = '${version}';\n`;
}

const START = '<!-- sri:start -->';
const END = '<!-- sri:end -->';

/**
 * The changelog with a "Subresource Integrity" list under the heading of `version` (`## 0.2.0`),
 * replacing one written before; unchanged when that heading is missing.
 */
export function withIntegrity(changelog, version, integrity) {
  const heading = new RegExp(`^## ${version.replace(/\./g, '\\.')}\\s*$`, 'm');
  const match = heading.exec(changelog);
  if (!match) return changelog;
  const block = [
    START,
    '### Subresource Integrity (`cdn/`)',
    '',
    'For `<script type="module" integrity="…">` and import maps when loading `cdn/` from a public npm CDN (docs/embedding.md):',
    '',
    '| file | integrity |',
    '| --- | --- |',
    ...Object.entries(integrity).map(([file, hash]) => `| \`${file}\` | \`${hash}\` |`),
    END,
  ].join('\n');
  const afterHeading = match.index + match[0].length;
  const nextHeading = changelog.slice(afterHeading).search(/^## /m);
  const sectionEnd = nextHeading === -1 ? changelog.length : afterHeading + nextHeading;
  let section = changelog.slice(afterHeading, sectionEnd);
  const old = new RegExp(`\\n*${START}[\\s\\S]*?${END}\\n*`);
  section = old.test(section) ? section.replace(old, `\n\n${block}\n\n`) : `${section.replace(/\s*$/, '')}\n\n${block}\n\n`;
  return changelog.slice(0, afterHeading) + section + changelog.slice(sectionEnd);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
  for (const pkg of ['elements', 'react']) {
    const other = JSON.parse(readFileSync(join(root, `packages/${pkg}/package.json`), 'utf8')).version;
    if (other !== version) throw new Error(`@hearth/${pkg} is ${other}, @hearth/core ${version}: the three share one version (.changeset/config.json)`);
  }
  writeFileSync(join(root, 'packages/core/src/version.ts'), versionSource(version));
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const changelogPath = join(root, 'packages/elements/CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : `# @hearth/elements\n\n## ${version}\n`;
  const integrity = JSON.parse(readFileSync(join(root, 'packages/elements/cdn/integrity.json'), 'utf8'));
  writeFileSync(changelogPath, withIntegrity(changelog, version, integrity));
  console.log(`release: ${version}: version.ts written, built, ${Object.keys(integrity).length} SRI hashes listed in packages/elements/CHANGELOG.md`);
}
