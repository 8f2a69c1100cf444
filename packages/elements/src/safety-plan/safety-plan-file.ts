import { validate } from '@hearth/core';

import { download } from '../file-download.js';
import { PHONE_SECTIONS, type PlanItem, type PlanSection, type SafetyPlan, SECTION_IDS, type SectionId } from './safety-plan-format.js';
import { safetyPlanSchema } from './safety-plan-schema.js';

/*
 * The safety plan saved as a file and read back (loaded on first use from "Manage my plan"): a
 * JSON file that can be imported again, a plain-text file for reading, and the import, which
 * merges a file into the plan without losing anything already in it. A file can come from
 * anywhere: it is checked whole before anything changes.
 */

export const EXPORT_FORMAT = 'hearth-safety-plan-export';

/** The envelope of a JSON file: what `importPlan` accepts back. */
export interface SafetyPlanExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  plan: SafetyPlan;
}

/**
 * The largest file read (4 MiB). The largest plan the format allows (7 sections of 200 items of
 * 2000 characters) is smaller as it is exported; anything bigger is not a plan, and is refused
 * before it is read.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/** Why a file was refused: `too-big` (over MAX_IMPORT_BYTES), `invalid` (not a Hearth plan file), `full` (no room for it in the plan). */
export type ImportRefusal = 'too-big' | 'invalid' | 'full';

const ENVELOPE_KEYS: readonly string[] = ['format', 'version', 'exportedAt', 'plan'];

/** The JSON file of a plan, as offered for download. */
export function jsonExport(plan: SafetyPlan, now = new Date()): string {
  const envelope: SafetyPlanExport = { format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), plan: structuredClone(plan) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** The words of the element's language a text file is written with. */
export interface TextExportWords {
  /** "My safety plan". */
  heading: string;
  /** "Last changed: 7 December 2026" (the date in the element's language). */
  updated: string;
  /** Each section's title, as the element shows it. */
  titles: Readonly<Record<SectionId, string>>;
  /** Under a section with nothing in it. */
  empty: string;
  /** Above a section's linked coping strategies. */
  strategies: string;
  /** A linked strategy's title (its id when it has none). */
  strategyTitle: (id: string) => string | undefined;
  /** The last line: where to find help now. */
  help: string;
  /** The element's direction: an `rtl` file starts every line with a right-to-left mark. */
  dir: 'ltr' | 'rtl';
}

// Each item's text is isolated in its own direction (U+2068 … U+2069), a phone number left to
// right (U+2066 … U+2069), so that an English line in an Arabic plan, or "+1 555 0100" after
// Arabic, reads in the right order in a text editor.
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';
const RLM = '\u200F';

/** A plain-text file of the plan: its heading, then each section's title and lines, for reading or printing. */
export function textExport(plan: SafetyPlan, words: TextExportWords): string {
  const lines: string[] = [words.heading, words.updated, ''];
  for (const id of SECTION_IDS) {
    const section = plan.sections.find((candidate) => candidate.id === id);
    const items = section?.items ?? [];
    const strategyIds = section?.strategyIds ?? [];
    lines.push(words.titles[id]);
    for (const item of items) lines.push(`- ${FSI}${item.text}${PDI}${item.phone ? ` ${LRI}${item.phone}${PDI}` : ''}`);
    if (strategyIds.length) {
      lines.push(`${words.strategies}:`);
      for (const strategy of strategyIds) lines.push(`- ${FSI}${words.strategyTitle(strategy) || strategy}${PDI}`);
    }
    if (!items.length && !strategyIds.length) lines.push(words.empty);
    lines.push('');
  }
  lines.push(words.help);
  const mark = words.dir === 'rtl' ? RLM : '';
  return `${lines.map((line) => (line && mark ? `${mark}${line}` : line)).join('\n')}\n`;
}

/** Builds the file and offers it as a download; returns its text. */
export function exportAndDownload(plan: SafetyPlan, format: 'json' | 'text', words: TextExportWords): string {
  const text = format === 'json' ? jsonExport(plan) : textExport(plan, words);
  const stamp = new Date().toISOString().slice(0, 10);
  download(`safety-plan-${stamp}.${format === 'json' ? 'json' : 'txt'}`, text, format === 'json' ? 'application/json' : 'text/plain;charset=utf-8');
  return text;
}

/**
 * Reads a JSON file back: the plan in it, or why it is refused. Nothing in it is trusted: any
 * JSON, of any size and shape, gives a plan that passed `safetyPlanSchema` (with no field it
 * does not know) or a refusal, and nothing throws.
 */
export function parseExport(text: string): { plan: SafetyPlan } | { refused: ImportRefusal } {
  // A UTF-16 unit is at least one byte of the file: more units than bytes allowed is too big.
  if (text.length > MAX_IMPORT_BYTES) return { refused: 'too-big' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { refused: 'invalid' };
  }
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) return { refused: 'invalid' };
  const { format, version, exportedAt, plan } = envelope as Partial<Record<keyof SafetyPlanExport, unknown>>;
  if (format !== EXPORT_FORMAT || version !== 1 || typeof exportedAt !== 'string') return { refused: 'invalid' };
  // Hearth writes these four fields and no other: a file with more (a `__proto__` or
  // `constructor` key among them) was not written by Hearth, and is refused whole.
  if (Object.keys(envelope).some((key) => !ENVELOPE_KEYS.includes(key))) return { refused: 'invalid' };
  const checked = validate(safetyPlanSchema, plan, 'plan');
  return checked.value && !checked.warnings.length ? { plan: checked.value } : { refused: 'invalid' };
}

/** What a section holds at most (as safetyPlanSchema says). */
const MAX_ITEMS = 200;
const MAX_STRATEGIES = 20;

const copyItem = (item: PlanItem, section: SectionId): PlanItem => ({
  id: item.id,
  text: item.text,
  ...(item.phone && PHONE_SECTIONS.includes(section) ? { phone: item.phone } : {}),
});

/**
 * Merges an imported plan into the plan here, losing nothing: an item is known by its id
 * (anywhere in the plan), and one already here is kept as it is; a new item is added at the end
 * of its section; linked strategies are united. The plan keeps its id and language (a plan with
 * nothing in it takes the file's). `full` when
 * a section would hold more than a plan may (200 lines, 20 strategies).
 */
export function mergePlans(
  here: SafetyPlan,
  incoming: SafetyPlan,
  now = new Date().toISOString(),
): { plan: SafetyPlan; added: number; linked: number } | { refused: 'full' } {
  const known = new Set(here.sections.flatMap((section) => section.items.map((item) => item.id)));
  let added = 0;
  let linked = 0;
  const sections: PlanSection[] = SECTION_IDS.map((id) => {
    const mine = here.sections.find((section) => section.id === id);
    const theirs = incoming.sections.find((section) => section.id === id);
    const items = (mine?.items ?? []).map((item) => copyItem(item, id));
    for (const item of theirs?.items ?? []) {
      if (known.has(item.id)) continue;
      known.add(item.id);
      items.push(copyItem(item, id));
      added++;
    }
    const strategyIds = [...(mine?.strategyIds ?? [])];
    for (const strategy of theirs?.strategyIds ?? []) {
      if (strategyIds.includes(strategy)) continue;
      strategyIds.push(strategy);
      linked++;
    }
    return { id, items, ...(strategyIds.length ? { strategyIds } : {}) };
  });
  // Into a plan with nothing written yet (a new device), the file's plan comes back as it was: its id and language too.
  const empty = !here.sections.some((section) => section.items.length || section.strategyIds?.length);
  const plan: SafetyPlan = {
    planId: empty ? incoming.planId : here.planId,
    version: 1,
    updatedAt: added || linked ? now : here.updatedAt,
    locale: empty ? incoming.locale : here.locale,
    sections,
  };
  const full = sections.some((section) => section.items.length > MAX_ITEMS || (section.strategyIds?.length ?? 0) > MAX_STRATEGIES);
  return full ? { refused: 'full' } : { plan, added, linked };
}
