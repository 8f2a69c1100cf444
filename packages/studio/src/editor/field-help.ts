/*
 * The labels and help of every field, per content kind, read from src/content/field-help.json
 * (patterns without the root: `steps[]`, `exercise.pattern[0]`, `items[].options[].label`).
 */
import table from '../content/field-help.json';
import { keyInWords } from './schema-path.js';

/** What a clinician reads about one field: its label, its help, and names for its allowed values. */
export interface FieldHelp {
  label: string;
  help?: string;
  /** Names of an `enum` field's values (`rating` → `Rating (numbered buttons)`). */
  options?: Record<string, string>;
}

/** Every kind's help, by pattern. */
export const FIELD_HELP: Record<string, Record<string, FieldHelp>> = table;

/**
 * The help for the field at `pattern` in `kind`. A field the table does not name gets its key in
 * words (`whenToUse` → `When to use`) and no help.
 */
export function fieldHelp(kind: string, pattern: string, key: string): FieldHelp {
  const found = Object.hasOwn(FIELD_HELP, kind) && Object.hasOwn(FIELD_HELP[kind], pattern) ? FIELD_HELP[kind][pattern] : undefined;
  return found ?? { label: keyInWords(key) };
}

/** The name of an allowed value: field-help's, else the value in words. */
export function optionLabel(help: FieldHelp, value: unknown): string {
  const text = String(value);
  return help.options && Object.hasOwn(help.options, text) ? help.options[text] : keyInWords(text);
}
