import { validate } from '@hearth/core';

import { download } from '../file-download.js';
import { openSealed, type SealedContent, sealedProblem, sealForFile } from '../sealed-file.js';
import { PHONE_SECTIONS, type PlanItem, type PlanSection, type SafetyPlan, SECTION_IDS, type SectionId } from './safety-plan-format.js';
import { safetyPlanSchema } from './safety-plan-schema.js';

/*
 * The safety plan saved as a file and read back (loaded on first use from "Manage my plan"): a
 * JSON file that can be imported again, the same sealed with a passphrase chosen for the file, a
 * plain-text file for reading, and the import, which merges a file into the plan without losing
 * anything already in it. A file can come from anywhere: it is checked whole before anything
 * changes (an encrypted one before its passphrase is asked for, and again once opened).
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

/**
 * Why a file was refused: `too-big` (over MAX_IMPORT_BYTES), `invalid` (not a Hearth plan file),
 * `full` (no room for it in the plan); for an encrypted file, `damaged` (its key envelope or
 * sealed data cannot be opened) and `unavailable` (no encryption here: not a secure context).
 */
export type ImportRefusal = 'too-big' | 'invalid' | 'full' | 'damaged' | 'unavailable';

/** The envelope of an encrypted file: the plan sealed by a key of its own, wrapped by the file's passphrase (../sealed-file.ts). */
export interface EncryptedSafetyPlanExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  encrypted: SealedContent;
}

const ENVELOPE_KEYS: readonly string[] = ['format', 'version', 'exportedAt', 'plan'];
const ENCRYPTED_KEYS: readonly string[] = ['format', 'version', 'exportedAt', 'encrypted'];

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
 * The envelope of a Hearth plan file (plain or encrypted), or why it is refused. Hearth writes
 * exactly `keys` (four fields): a file with more (a `__proto__` or `constructor` key among them)
 * was not written by Hearth, and is refused whole.
 */
function envelopeOf(text: string, keys: readonly string[]): { envelope: Record<string, unknown> } | { refused: ImportRefusal } {
  // A UTF-16 unit is at least one byte of the file: more units than bytes allowed is too big.
  if (text.length > MAX_IMPORT_BYTES) return { refused: 'too-big' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { refused: 'invalid' };
  }
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) return { refused: 'invalid' };
  const { format, version, exportedAt } = envelope as Partial<Record<keyof SafetyPlanExport, unknown>>;
  if (format !== EXPORT_FORMAT || version !== 1 || typeof exportedAt !== 'string') return { refused: 'invalid' };
  if (Object.keys(envelope).some((key) => !keys.includes(key))) return { refused: 'invalid' };
  return { envelope: envelope as Record<string, unknown> };
}

/** A plan read from a file, as the format allows it (with no field it does not know), or `invalid`. */
function checkedPlan(plan: unknown): { plan: SafetyPlan } | { refused: ImportRefusal } {
  const checked = validate(safetyPlanSchema, plan, 'plan');
  return checked.value && !checked.warnings.length ? { plan: checked.value } : { refused: 'invalid' };
}

/**
 * Reads a JSON file back: the plan in it, or why it is refused. Nothing in it is trusted: any
 * JSON, of any size and shape, gives a plan that passed `safetyPlanSchema` (with no field it
 * does not know) or a refusal, and nothing throws. An encrypted file is `invalid` here (see
 * isEncryptedExport).
 */
export function parseExport(text: string): { plan: SafetyPlan } | { refused: ImportRefusal } {
  const read = envelopeOf(text, ENVELOPE_KEYS);
  return 'refused' in read ? read : checkedPlan(read.envelope.plan);
}

/** True for a plan file (of a size that may be read) that holds its plan sealed: it needs its passphrase. */
export function isEncryptedExport(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return false;
  try {
    const parsed = JSON.parse(text) as { format?: unknown; encrypted?: unknown } | null;
    return !!parsed && typeof parsed === 'object' && parsed.format === EXPORT_FORMAT && 'encrypted' in parsed;
  } catch {
    return false;
  }
}

/** The plan sealed with a passphrase chosen for the file; undefined when encryption is unavailable here. */
export async function encryptedExport(plan: SafetyPlan, passphrase: string, now = new Date()): Promise<string | undefined> {
  const encrypted = await sealForFile(structuredClone(plan), passphrase);
  if (!encrypted) return undefined;
  const envelope: EncryptedSafetyPlanExport = { format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), encrypted };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Seals the plan with the file's passphrase and offers it as a download; returns its text (undefined when encryption is unavailable). */
export async function encryptedExportAndDownload(plan: SafetyPlan, passphrase: string): Promise<string | undefined> {
  const text = await encryptedExport(plan, passphrase);
  if (text) download(`safety-plan-${new Date().toISOString().slice(0, 10)}.encrypted.json`, text, 'application/json');
  return text;
}

/**
 * Why an encrypted file cannot be opened, before its passphrase is asked for (no key is derived):
 * `too-big`, `invalid` (not a Hearth plan file) or `damaged` (its key envelope or sealed data is
 * not what Hearth writes: other algorithms, PBKDF2 rounds out of bounds); undefined when it may be.
 */
export async function encryptedExportProblem(text: string): Promise<ImportRefusal | undefined> {
  const read = envelopeOf(text, ENCRYPTED_KEYS);
  if ('refused' in read) return read.refused;
  return (await sealedProblem(read.envelope.encrypted, 'encrypted')) ? 'damaged' : undefined;
}

/**
 * Opens an encrypted file with its passphrase: the plan in it (checked as a plain file's is),
 * `wrong` for a passphrase that does not open it, or why it is refused.
 */
export async function decryptExport(text: string, passphrase: string): Promise<{ plan: SafetyPlan } | { refused: ImportRefusal } | 'wrong'> {
  const problem = await encryptedExportProblem(text);
  if (problem) return { refused: problem };
  const opened = await openSealed((JSON.parse(text) as EncryptedSafetyPlanExport).encrypted, passphrase);
  if (opened === 'wrong') return 'wrong';
  if (opened === undefined) return { refused: 'unavailable' };
  if (opened === 'damaged') return { refused: 'damaged' };
  return checkedPlan(opened.value);
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
