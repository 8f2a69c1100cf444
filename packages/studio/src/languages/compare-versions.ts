/*
 * Comparing an item's versions in Studio's content languages, field by field: every text a client
 * reads in the reference language's item (the same fields as content-text.ts `isClientText`), what
 * each language has there, and whether it is there, filled, and of the same version. Pure.
 */
import { CONTENT_LANGUAGES, type ContentLanguage } from '@hearth/elements';

import { isClientText } from '../content-text.js';
import { childPath, itemPattern, keyPattern, type PathStep } from '../editor/schema-path.js';
import { fieldKind, type JsonSchema, resolve, unionBranch, variantBranch, variantTag } from '../editor/schema-shape.js';
import { pairEntries } from './entry-pairing.js';
import { LANGUAGE_NAMES_EN, languagesStrings as s } from './languages-strings.js';

/**
 * A cell's state: `missing` (the field or its list entry is not in this language), `empty` (blank),
 * `changed` (the reference's text of this field changed since this language's was written),
 * `out-of-date` (this language's item has another version, or the list has another length and
 * pairs by position), `extra` (an entry or field only this language has), or `ok`.
 */
export type CellStatus = 'ok' | 'missing' | 'empty' | 'changed' | 'out-of-date' | 'extra';

/**
 * For each language beside the reference, the reference's text each of its fields was written
 * against, by the reference's path: a field whose reference text is no longer that is `changed`.
 */
export type WrittenAgainst = Partial<Record<ContentLanguage, Readonly<Record<string, string>>>>;

/** One text field across the languages. */
export interface VersionRow {
  /** The validator path of the field (`definition.items[0].options[1].label`), in the reference (for an extra, in the language that has it). */
  path: string;
  /** The steps of `path` below the root. */
  steps: PathStep[];
  /** The field-help pattern (`items[].options[].label`). */
  pattern: string;
  /** Where the field is in each language that has it (entries paired by id can sit at other indexes). */
  at: Partial<Record<ContentLanguage, PathStep[]>>;
  /** The text in each language, undefined where it has none. */
  texts: Partial<Record<ContentLanguage, string | undefined>>;
  /** Each language's state; absent for a language an extra row does not concern. */
  status: Partial<Record<ContentLanguage, CellStatus>>;
  /** Set on a row that only some languages have (not the reference). */
  extra?: boolean;
}

/** A language whose item's version is not the reference's. */
export interface VersionDifference {
  lang: ContentLanguage;
  version: string | undefined;
  referenceVersion: string | undefined;
}

/** The versions of one item compared. */
export interface VersionComparison {
  reference: ContentLanguage;
  /** The languages open, in column order (the reference among them). */
  languages: ContentLanguage[];
  rows: VersionRow[];
  outOfDate: VersionDifference[];
  /** One line per out-of-date language: "Spanish is version 1, English is version 2". */
  summary: string[];
}

/** Where one language stands while walking: its value here and its steps, or nothing (missing). */
interface Place {
  value: unknown;
  steps: PathStep[];
  /** The place sits in a list paired by position whose length differs from the reference's. */
  shifted: boolean;
}

type Places = Partial<Record<ContentLanguage, Place | undefined>>;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function versionOf(item: unknown): string | undefined {
  const version = isObject(item) ? item.version : undefined;
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

/** The schema of `value`'s child at `step` (unions settled by the value), or `{}` when the schema does not say. */
function childSchema(node: JsonSchema, step: PathStep, root: JsonSchema): JsonSchema {
  if (typeof step === 'number') return resolve(node.prefixItems?.[step] ?? node.items, root);
  const additional = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
  return resolve(node.properties?.[step] ?? additional, root);
}

/** `node` resolved, with a union narrowed to the branch `value` takes. */
function settle(node: JsonSchema | undefined, value: unknown, root: JsonSchema): JsonSchema {
  const here = resolve(node, root);
  if (!here.oneOf) return here;
  const tag = variantTag(here, root);
  return tag ? variantBranch(here, tag, value, root) : unionBranch(here, value, root);
}

/** Whether a string at `path` with schema `node` is text a client reads (not an id, an enum value…). */
function isText(node: JsonSchema, path: string, root: JsonSchema): boolean {
  const kind = fieldKind(node, root);
  return (kind === 'string' || kind === 'unknown') && isClientText(path);
}

/**
 * Compares `versions` (the item in each language open) with the `reference` language's item: a row
 * per text field of the reference, and a row per text only another language has.
 */
export function compareVersions(
  schema: JsonSchema,
  versions: Partial<Record<ContentLanguage, unknown>>,
  reference: ContentLanguage,
  root = '',
  written: WrittenAgainst = {},
): VersionComparison {
  const languages = CONTENT_LANGUAGES.filter((lang) => lang === reference || versions[lang] !== undefined);
  const others = languages.filter((lang) => lang !== reference);
  const referenceItem = versions[reference];
  const referenceVersion = versionOf(referenceItem);
  const outOfDate: VersionDifference[] = others
    .filter((lang) => versionOf(versions[lang]) !== referenceVersion)
    .map((lang) => ({ lang, version: versionOf(versions[lang]), referenceVersion }));
  const stale = new Set(outOfDate.map((difference) => difference.lang));
  const rows: VersionRow[] = [];
  const extras = new Map<string, VersionRow>();

  const statusOf = (lang: ContentLanguage, place: Place | undefined, text: unknown, path: string, referenceText: string): CellStatus => {
    if (!place || typeof text !== 'string') return 'missing';
    if (!text.trim()) return 'empty';
    const against = written[lang]?.[path];
    if (against !== undefined && against !== referenceText) return 'changed';
    return stale.has(lang) || place.shifted ? 'out-of-date' : 'ok';
  };

  /** Text only `lang` has, under `value` at `steps`: rows marked extra for it. */
  const walkExtra = (lang: ContentLanguage, value: unknown, node: JsonSchema, steps: PathStep[], path: string, pattern: string): void => {
    const here = settle(node, value, schema);
    if (typeof value === 'string') {
      if (!isText(here, path, schema)) return;
      let row = extras.get(path);
      if (!row) {
        row = { path, steps, pattern, at: {}, texts: {}, status: {}, extra: true };
        extras.set(path, row);
        rows.push(row);
      }
      row.at[lang] = steps;
      row.texts[lang] = value;
      row.status[lang] = 'extra';
    } else if (Array.isArray(value)) {
      value.forEach((entry, index) =>
        walkExtra(
          lang,
          entry,
          childSchema(here, index, schema),
          [...steps, index],
          childPath(path, index),
          itemPattern(pattern, here.prefixItems ? index : undefined),
        ),
      );
    } else if (isObject(value)) {
      for (const [key, entry] of Object.entries(value)) {
        if (key !== 'review') walkExtra(lang, entry, childSchema(here, key, schema), [...steps, key], childPath(path, key), keyPattern(pattern, key));
      }
    }
  };

  const walk = (value: unknown, node: JsonSchema, steps: PathStep[], path: string, pattern: string, places: Places): void => {
    const here = settle(node, value, schema);
    if (typeof value === 'string') {
      if (!isText(here, path, schema)) return;
      const row: VersionRow = { path, steps, pattern, at: {}, texts: {}, status: {} };
      row.texts[reference] = value;
      row.at[reference] = steps;
      row.status[reference] = value.trim() ? 'ok' : 'empty';
      for (const lang of others) {
        const place = places[lang];
        const text = place?.value;
        if (place && typeof text === 'string') {
          row.at[lang] = place.steps;
          row.texts[lang] = text;
        }
        row.status[lang] = statusOf(lang, place, text, path, value);
      }
      rows.push(row);
    } else if (Array.isArray(value)) {
      const pairings = new Map(
        others.map((lang) => [lang, Array.isArray(places[lang]?.value) ? pairEntries(value, places[lang]!.value as unknown[]) : undefined]),
      );
      value.forEach((entry, index) => {
        const childPlaces: Places = {};
        for (const lang of others) {
          const place = places[lang];
          const pairing = pairings.get(lang);
          const partner = pairing?.pairs[index];
          if (!place || !pairing || partner === undefined) continue;
          const list = place.value as unknown[];
          const shifted = place.shifted || (pairing.byPosition && list.length !== value.length);
          childPlaces[lang] = { value: list[partner], steps: [...place.steps, partner], shifted };
        }
        const pattern2 = itemPattern(pattern, here.prefixItems ? index : undefined);
        walk(entry, childSchema(here, index, schema), [...steps, index], childPath(path, index), pattern2, childPlaces);
      });
      for (const lang of others) {
        const place = places[lang];
        const pairing = pairings.get(lang);
        if (!place || !pairing) continue;
        const list = place.value as unknown[];
        for (const index of pairing.extras) {
          const at = [...place.steps, index];
          walkExtra(
            lang,
            list[index],
            childSchema(here, index, schema),
            at,
            childPath(pathOf(root, place.steps), index),
            itemPattern(pattern, here.prefixItems ? index : undefined),
          );
        }
      }
    } else if (isObject(value)) {
      for (const [key, entry] of Object.entries(value)) {
        if (key === 'review') continue;
        const childPlaces: Places = {};
        for (const lang of others) {
          const place = places[lang];
          if (place && isObject(place.value) && Object.hasOwn(place.value, key)) {
            childPlaces[lang] = { value: place.value[key], steps: [...place.steps, key], shifted: place.shifted };
          }
        }
        walk(entry, childSchema(here, key, schema), [...steps, key], childPath(path, key), keyPattern(pattern, key), childPlaces);
      }
      for (const lang of others) {
        const place = places[lang];
        if (!place || !isObject(place.value)) continue;
        for (const [key, entry] of Object.entries(place.value)) {
          if (key === 'review' || Object.hasOwn(value, key)) continue;
          walkExtra(lang, entry, childSchema(here, key, schema), [...place.steps, key], childPath(pathOf(root, place.steps), key), keyPattern(pattern, key));
        }
      }
    }
  };

  if (referenceItem !== undefined) {
    const places: Places = {};
    for (const lang of others) places[lang] = { value: versions[lang], steps: [], shifted: false };
    walk(referenceItem, schema, [], root, '', places);
  }

  const name = (lang: ContentLanguage) => LANGUAGE_NAMES_EN[lang];
  const summary = outOfDate.map((difference) =>
    s.versionDiffers(name(difference.lang), difference.version ?? s.noVersion, name(reference), difference.referenceVersion ?? s.noVersion),
  );
  return { reference, languages, rows, outOfDate, summary };
}

/**
 * The text a client reads in `item`, by path (`strategy.steps[0]`): what a language written now is
 * written against (see WrittenAgainst).
 */
export function textsByPath(schema: JsonSchema, item: unknown, root = ''): Record<string, string> {
  const { rows } = compareVersions(schema, { en: item }, 'en', root);
  return Object.fromEntries(rows.map((row) => [row.path, row.texts.en ?? '']));
}

/** The validator path of `steps` below `root`. */
function pathOf(root: string, steps: readonly PathStep[]): string {
  return steps.reduce<string>((path, step) => childPath(path, step), root);
}
