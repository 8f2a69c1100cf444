import { type ContentKind, kindOfElement, KINDS } from './content-kinds.js';
import { strings } from './studio-strings.js';

/*
 * What Studio writes and reads back: a JSON file (an element's `src`, or its JSON child) and a
 * copy-ready HTML snippet (the element with its JSON child). Reading never puts the text into a
 * document: a snippet is taken apart by its one element and its one JSON child, then parsed as JSON,
 * so a hostile file can only fail to parse or fail the element's schema.
 */

/** The most Studio reads from a file or a paste: content is a few kilobytes; more is a mistake. */
export const MAX_IMPORT_CHARS = 1_000_000;

/** The JSON file for an item: two-space indents and a final line break. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The JSON as it may sit inside `<script type="application/json">`: every `<` written `\u003c`, so
 * no text in it can close the script element (`</script>`) or open a comment; JSON reads it back the same.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

export interface SnippetOptions {
  /** The content's language, written as `lang` on the element. */
  lang?: string;
}

/** The element with its content as a JSON child, ready to paste into a page that loads Hearth. */
export function htmlSnippet(kind: ContentKind, value: unknown, options: SnippetOptions = {}): string {
  const lang = options.lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(options.lang) ? ` lang="${options.lang}"` : '';
  const json = scriptSafeJson(value)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `<${kind.element}${lang}>\n  <script type="application/json">\n${json}\n  </script>\n</${kind.element}>\n`;
}

export type ImportResult = { ok: true; kind?: ContentKind; value: unknown; lang?: string; note?: string } | { ok: false; message: string };

/** An element's opening tag and the attributes Studio reads back from it. */
const ELEMENT = /<(hearth-[a-z-]+)(\s[^<>]*)?>/gi;
const JSON_CHILD = /<script\s+type\s*=\s*["']?application\/json["']?\s*>([\s\S]*?)<\/script\s*>/gi;
const LANG = /\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)["']?/i;

/** What a JSON parse error says, without the text around it (which may be a client's words). */
function parseProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message) ?? /column (\d+)/.exec(message);
  return position ? `it is not valid JSON (a problem near character ${position[1]})` : 'it is not valid JSON';
}

/** The kind a bare JSON value looks like, for telling a file of another kind apart. */
export function guessKind(value: unknown): ContentKind | undefined {
  const find = (id: string) => KINDS.find((kind) => kind.id === id);
  if (Array.isArray(value)) {
    const first = value[0] as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && 'text' in first && !('steps' in first)) return find('prompts');
    if (first && typeof first === 'object' && 'steps' in first) return find('strategy');
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const item = value as Record<string, unknown>;
  if ('steps' in item && 'summary' in item) return find('strategy');
  if ('items' in item) return find('form');
  if ('acknowledgments' in item || ('sections' in item && 'title' in item)) return find('policy');
  if ('sections' in item) return find('safety-plan-prompts');
  if ('prompts' in item && Array.isArray(item.prompts)) return find('prompts');
  return undefined;
}

/**
 * Reads a JSON file or an HTML snippet Studio (or a person) wrote. A snippet must hold exactly one
 * Hearth element with one JSON child; its `lang` comes along. The value is not checked here: the
 * caller validates it with the kind's schema, as the element would.
 */
export function readImport(text: string): ImportResult {
  const read = readText(text);
  // A client's own safety plan (its file has a planId) is not content to write, whatever its shape.
  if (read.ok && typeof read.value === 'object' && read.value !== null && 'planId' in read.value) return { ok: false, message: strings.clientPlanRefused };
  return read;
}

function readText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, message: `This is ${text.length.toLocaleString('en')} characters long; Studio reads content files up to 1 MB. Nothing was changed.` };
  }
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'There is nothing to read: the file or the pasted text is empty. Nothing was changed.' };
  if (trimmed.startsWith('<')) return readSnippet(trimmed);
  try {
    const value: unknown = JSON.parse(trimmed);
    return { ok: true, kind: guessKind(value), value };
  } catch (error) {
    return { ok: false, message: `Studio could not read this: ${parseProblem(error)}. Nothing was changed.` };
  }
}

function readSnippet(text: string): ImportResult {
  const elements = [...text.matchAll(ELEMENT)];
  const children = [...text.matchAll(JSON_CHILD)];
  if (elements.length !== 1 || children.length !== 1) {
    return {
      ok: false,
      message:
        elements.length === 0
          ? 'This HTML holds no Hearth element (a tag starting with hearth-). Nothing was changed.'
          : 'Studio reads a snippet of one Hearth element with one <script type="application/json"> inside. Nothing was changed.',
    };
  }
  const [, tag, attributes = ''] = elements[0];
  const kind = kindOfElement(tag);
  if (!kind) return { ok: false, message: `<${tag.toLowerCase().slice(0, 40)}> is not an element whose content Studio writes. Nothing was changed.` };
  let value: unknown;
  try {
    value = JSON.parse(children[0][1]);
  } catch (error) {
    return { ok: false, message: `The snippet's JSON could not be read: ${parseProblem(error)}. Nothing was changed.` };
  }
  const lang = LANG.exec(attributes)?.[1];
  if (kind.id === 'strategy' && Array.isArray(value)) {
    if (value.length === 1) return { ok: true, kind, value: value[0], lang };
    return { ok: true, kind, value: value[0], lang, note: `This snippet holds ${value.length} strategies; Studio edits one at a time, so the first is open.` };
  }
  return { ok: true, kind, value, lang };
}
