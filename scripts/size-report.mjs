/**
 * The budgets of ARCHITECTURE.md (Budgets) for `npm run size`, one row per page in
 * scripts/size-pages/, and how a result reads. Sizes are gzip -9 per file, as a server sends it,
 * summed over every Hearth file a page fetched until its widgets were interactive.
 *
 * `budget` is the architecture's; `ceiling`, where set, is what the page measured when the
 * budget was not met yet (rounded up to 0.5 KB, docs/decisions/028-page-budgets.md): the run
 * fails above it, so a page cannot grow while the structure work brings it down to its budget.
 * Lower a ceiling whenever its page shrinks (the run says by how much), and delete it once the
 * budget holds.
 */
import { gzipSync } from 'node:zlib';

const KB = 1024;

/**
 * Ceilings measured 2026-12-06 (issue 18), raised with issue 19's content and features (the
 * urge-surfing ending, the journal's notes, consent tokens and a minor's two signers, longer
 * reworded content) and issue 20's (the safety plan, and the "my safety plan" link every widget
 * footer may show): decision 028, "Where it stands".
 */
export const PAGES = [
  { page: 'no-element.html', label: '`cdn/hearth.js` and no Hearth element', budget: 2 * KB },
  { page: 'site-chrome.html', label: 'quick exit + provider + crisis resources', budget: 19 * KB, ceiling: 24.5 * KB },
  { page: 'coping-card.html', label: 'one coping card', budget: 30 * KB, ceiling: 36 * KB },
  { page: 'journal-prompt.html', label: 'one journal prompt', budget: 30 * KB, ceiling: 39 * KB },
  { page: 'feedback-form.html', label: 'one feedback form', budget: 30 * KB, ceiling: 42 * KB },
  { page: 'consent.html', label: 'one consent (DOMPurify apart)', budget: 30 * KB, ceiling: 45 * KB },
  { page: 'safety-plan.html', label: 'one safety plan', budget: 30 * KB, ceiling: 45 * KB },
  { page: 'all-elements.html', label: 'every element (DOMPurify apart)', budget: 56 * KB, ceiling: 101 * KB },
];

/**
 * An app built with Vite from the npm packages that imports only the coping card may download at
 * most this much more than the same page on cdn/ (ARCHITECTURE.md, Budgets).
 */
export const BUNDLED_APP_MARGIN = 1 * KB;

export const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** What a measured page means against its row: `ok`, `unmet` (over the budget, within its ceiling) or `over`. */
export function verdictOf(row, bytes) {
  if (bytes <= row.budget) return { status: 'ok', text: 'ok' };
  if (row.ceiling !== undefined && bytes <= row.ceiling) return { status: 'unmet', text: `NOT MET (ceiling ${kb(row.ceiling)})` };
  return { status: 'over', text: row.ceiling === undefined ? 'OVER the budget' : `OVER the ceiling ${kb(row.ceiling)}` };
}

/** A ceiling more than 0.5 KB above what its page now measures can come down to this. */
export function lowerCeiling(row, bytes) {
  if (row.ceiling === undefined || bytes <= row.budget) return undefined;
  const fit = Math.ceil(bytes / (KB / 2)) * (KB / 2);
  return fit < row.ceiling ? fit : undefined;
}

/** The one table: page, files, gzip, budget, verdict. */
export function printTable(rows) {
  const line = (cells) => `  ${cells[0].padEnd(44)} ${cells[1].padStart(5)} ${cells[2].padStart(9)} ${cells[3].padStart(8)}  ${cells[4]}`;
  console.log(line(['page (built-in en content)', 'files', 'gzip', 'budget', '']));
  for (const { row, files, bytes, verdict } of rows) console.log(line([row.label, String(files), kb(bytes), `≤ ${kb(row.budget)}`, verdict.text]));
}
