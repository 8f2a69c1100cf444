import { array, object, optional, type Schema, string, validate } from '@hearth/core';

import { download } from '../file-download.js';
import { openSealed, type SealedContent, sealedProblem, sealForFile } from '../sealed-file.js';
import type { JournalEntry } from './journal-prompt.js';

/** The envelope of a JSON export: what `importEntries` accepts back. */
export interface JournalExport {
  format: 'hearth-journal-export';
  version: 1;
  exportedAt: string;
  entries: JournalEntry[];
}

const isoDate = string({ pattern: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, describe: 'an ISO 8601 UTC date' });

const entrySchema: Schema<JournalEntry> = /* @__PURE__ */ object<JournalEntry>({
  id: string({ minLength: 1, maxLength: 100 }),
  promptId: string({ maxLength: 100 }),
  promptText: string({ maxLength: 2000 }),
  text: string({ maxLength: 1_000_000 }),
  tags: array(string({ minLength: 1, maxLength: 50 }), { maxItems: 50 }),
  mood: optional(string({ maxLength: 50 })),
  createdAt: isoDate,
  updatedAt: isoDate,
});

/** A JSON export of the entries, newest first as shown. */
export function jsonExport(entries: readonly JournalEntry[]): string {
  const envelope: JournalExport = { format: 'hearth-journal-export', version: 1, exportedAt: new Date().toISOString(), entries: [...entries] };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** A plain-text export: one block per entry, for reading or printing. */
export function textExport(entries: readonly JournalEntry[], heading: string, dateOf: (iso: string) => string): string {
  const blocks = entries.map((entry) =>
    [dateOf(entry.createdAt), entry.promptText, entry.mood ? `(${entry.mood})` : '', entry.tags.length ? `#${entry.tags.join(' #')}` : '', '', entry.text]
      .filter((line, index) => line !== '' || index === 4)
      .join('\n'),
  );
  return `${heading}\n\n${blocks.join('\n\n---\n\n')}\n`;
}

/** A passphrase-encrypted export: the entries sealed by a key of its own, wrapped by the file's passphrase. */
export interface EncryptedJournalExport {
  format: 'hearth-journal-export';
  version: 1;
  exportedAt: string;
  encrypted: SealedContent;
}

function envelopeOf(text: string): Partial<JournalExport & EncryptedJournalExport> | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<JournalExport & EncryptedJournalExport> | null;
    return parsed && parsed.format === 'hearth-journal-export' && parsed.version === 1 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function checkedEntries(entries: unknown): JournalEntry[] | undefined {
  const result = validate(array(entrySchema, { maxItems: 100_000 }), entries, 'entries');
  return result.errors.length ? undefined : result.value;
}

/** Reads a plain export back; undefined when the text is not a valid (unencrypted) Hearth journal export. */
export function parseExport(text: string): JournalEntry[] | undefined {
  const envelope = envelopeOf(text);
  return envelope && !envelope.encrypted ? checkedEntries(envelope.entries) : undefined;
}

/** True for an export that needs its passphrase. */
export function isEncryptedExport(text: string): boolean {
  return Boolean(envelopeOf(text)?.encrypted);
}

/** An export sealed with a passphrase chosen for the file (PBKDF2 + AES-GCM, as the journal; ../sealed-file.ts). */
export async function encryptedExport(entries: readonly JournalEntry[], passphrase: string): Promise<string | undefined> {
  const encrypted = await sealForFile(entries, passphrase);
  if (!encrypted) return undefined;
  const envelope: EncryptedJournalExport = { format: 'hearth-journal-export', version: 1, exportedAt: new Date().toISOString(), encrypted };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Why an encrypted export cannot be opened (`encrypted.envelope.passphrase.iterations: …`), or
 * undefined. A file can say anything: its key envelope (known algorithms, PBKDF2 rounds within
 * bounds) and its sealed data are checked before a passphrase is asked for or a key derived.
 */
export async function encryptedExportProblem(text: string): Promise<string | undefined> {
  return sealedProblem(envelopeOf(text)?.encrypted, 'encrypted');
}

/**
 * Opens an encrypted export: its entries; `wrong` for a passphrase that does not open it;
 * `damaged` for a file that cannot be opened (see encryptedExportProblem); undefined otherwise.
 */
export async function decryptExport(text: string, passphrase: string): Promise<JournalEntry[] | 'wrong' | 'damaged' | undefined> {
  const sealed = envelopeOf(text)?.encrypted;
  if (!sealed) return undefined;
  const opened = await openSealed(sealed, passphrase);
  if (opened === undefined || opened === 'wrong' || opened === 'damaged') return opened;
  return checkedEntries(opened.value);
}

/** The imported entries to write: new ones, and ones newer than the copy here. */
export function newerThan(existing: readonly JournalEntry[], incoming: readonly JournalEntry[]): JournalEntry[] {
  const here = new Map(existing.map((entry) => [entry.id, entry]));
  const out = new Map<string, JournalEntry>();
  for (const entry of incoming) {
    const current = out.get(entry.id) ?? here.get(entry.id);
    if (!current || current.updatedAt < entry.updatedAt) out.set(entry.id, entry);
  }
  return [...out.values()];
}

/** Builds the export and offers it as a download; returns its text. */
export function exportAndDownload(entries: readonly JournalEntry[], format: 'json' | 'text', heading: string, dateOf: (iso: string) => string): string {
  const text = format === 'json' ? jsonExport(entries) : textExport(entries, heading, dateOf);
  const stamp = new Date().toISOString().slice(0, 10);
  download(`journal-${stamp}.${format === 'json' ? 'json' : 'txt'}`, text, format === 'json' ? 'application/json' : 'text/plain');
  return text;
}
