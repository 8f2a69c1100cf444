import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { PracticeConfig } from './practice-config.js';

/** A message with forms for each plural category of `Intl.PluralRules`; `other` is required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A UI string: text with `{placeholders}`, or plural forms of it chosen by `{count}`. */
export type Message = string | PluralMessage;

/** A table of UI strings: the `en` table defines the keys, the others are typed against it. */
export type StringTable = Record<string, Message>;

/** The strings core itself renders (the error boundary). Every element's table includes them. */
export interface CoreStrings extends StringTable {
  'error.unexpected': string;
  'error.config': string;
}

/** The tables of one family of elements: `en` is bundled, the others load on demand. */
export interface LocaleCatalog<S extends StringTable> {
  readonly id: string;
  readonly en: S;
  /** Languages with a complete table (besides `en`). */
  readonly languages: readonly string[];
  load(language: string): Promise<S>;
}

export const coreCatalog: LocaleCatalog<CoreStrings> = {
  id: 'hearth-core',
  en: {
    'error.unexpected': 'Something went wrong in this part of the page. The rest of the page still works.',
    'error.config': 'This part of the page is not set up correctly:',
  },
  languages: [],
  load: () => Promise.reject(new Error('core has only English strings')),
};

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** Languages whose names are common nouns, written in lower case inside a sentence ("en español", "en français"). */
const LOWER_CASE_LANGUAGE_NAMES = new Set([
  'es',
  'fr',
  'it',
  'pt',
  'ca',
  'ro',
  'pl',
  'cs',
  'sk',
  'sv',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'ru',
  'uk',
  'bg',
  'hr',
  'sr',
  'sl',
  'lt',
  'lv',
  'et',
]);

/** The base language of a tag (`es-MX` → `es`), lower-case. */
export function baseLanguage(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

/** `rtl` for scripts written right to left. Intl.Locale#textInfo is not in Firefox, so a list. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = tag.toLowerCase();
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/.test(locale)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(locale)) return 'ltr';
  return RTL_LANGUAGES.has(baseLanguage(locale)) ? 'rtl' : 'ltr';
}

/** The nearest `lang` above `node`, across shadow roots; the document's as a last resort. */
export function inheritedLang(node: Element): string | undefined {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof Element) {
      const found = current.closest('[lang]');
      if (found) {
        const value = found.getAttribute('lang');
        if (value) return value;
      }
      const root = current.getRootNode();
      current = root instanceof ShadowRoot ? root.host : null;
    } else if (current instanceof ShadowRoot) {
      current = current.host;
    } else {
      current = null;
    }
  }
  return undefined;
}

const loadedTables = new Map<string, Promise<StringTable> | StringTable>();

/** A host the locale controller can read its inputs from. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** The practice settings the element works with, when there is a provider. */
  readonly effectiveConfig?: PracticeConfig;
}

/**
 * Resolves an element's locale (its own `lang` → the provider's `locale` → the nearest
 * ancestor's `lang` → `en`), loads the string table on demand, applies the provider's `strings`
 * overrides, and formats messages, plurals and dates.
 */
export class LocaleController<S extends StringTable> implements ReactiveController {
  private static observer?: MutationObserver;
  private static readonly hosts = new Set<LocaleController<StringTable>>();

  /** One observer per page notices `lang`/`dir` changes on ancestors (the document's, a section's). */
  private static watchDocument(): void {
    if (LocaleController.observer || typeof MutationObserver === 'undefined') return;
    LocaleController.observer = new MutationObserver(() => {
      for (const controller of LocaleController.hosts) controller.host.requestUpdate();
    });
    LocaleController.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  /** The locale asked for, as given (`es-MX`). */
  lang = 'en';
  /** The language of the table in use (`es`). */
  language = 'en';
  /**
   * The language of the strings on screen, for the `lang` of the element's base: the locale when
   * Hearth has a table for it or the provider gives strings in it, else `en` (a Hebrew or German
   * page without strings shows English, marked and laid out as English; formats keep the locale).
   */
  shown = 'en';
  /** The base language of the locale asked for (`es` for `es-MX`, `he` for `he-IL`). */
  private base = 'en';
  /** The direction of the strings on screen, unless the element's `dir` attribute says otherwise. */
  dir: 'ltr' | 'rtl' = 'ltr';
  private table: S;
  private pending?: Promise<unknown>;
  private plurals?: Intl.PluralRules;

  constructor(
    private readonly host: LocaleHost,
    private readonly catalog: LocaleCatalog<S>,
  ) {
    this.table = catalog.en;
    host.addController(this);
  }

  hostConnected(): void {
    LocaleController.hosts.add(this as unknown as LocaleController<StringTable>);
    LocaleController.watchDocument();
    this.resolve();
  }

  hostDisconnected(): void {
    LocaleController.hosts.delete(this as unknown as LocaleController<StringTable>);
  }

  hostUpdate(): void {
    this.resolve();
  }

  private requestedLocale(): string {
    const candidates = [this.host.getAttribute('lang'), this.host.effectiveConfig?.locale, inheritedLang(this.host)];
    for (const candidate of candidates) {
      if (!candidate) continue;
      try {
        const [canonical] = Intl.getCanonicalLocales(candidate);
        if (canonical) return canonical;
      } catch {
        // An invalid tag falls through to the next source; the provider reports its own.
      }
    }
    return 'en';
  }

  private pickLanguage(tag: string): string {
    const language = baseLanguage(tag);
    return language === 'en' || this.catalog.languages.includes(language) ? language : 'en';
  }

  private useTable(language: string): void {
    if (language === 'en') {
      this.table = this.catalog.en;
      this.pending = undefined;
      return;
    }
    const key = `${this.catalog.id}:${language}`;
    const cached = loadedTables.get(key);
    if (cached && !(cached instanceof Promise)) {
      this.table = cached as S;
      this.pending = undefined;
      return;
    }
    let promise = cached as Promise<StringTable> | undefined;
    if (!promise) {
      promise = this.catalog.load(language).then(
        (table) => {
          loadedTables.set(key, table);
          return table;
        },
        (error: unknown) => {
          loadedTables.delete(key);
          console.error(`Hearth: the "${language}" strings could not be loaded (${(error as Error).message}); showing English.`);
          throw error;
        },
      );
      loadedTables.set(key, promise);
    }
    const loading = promise.then(
      (table) => {
        if (this.language === language) {
          this.table = table as S;
          this.host.requestUpdate();
        }
      },
      () => undefined,
    );
    this.pending = loading;
    void loading.then(() => {
      if (this.pending === loading) this.pending = undefined;
    });
  }

  private override(key: string): string | undefined {
    const strings = this.host.effectiveConfig?.strings;
    if (!strings) return undefined;
    return strings[this.lang]?.[key] ?? strings[this.base]?.[key] ?? strings[this.language]?.[key];
  }

  /** Resolves when the table for the current locale has loaded (or failed to, leaving `en`). */
  get ready(): Promise<unknown> | undefined {
    return this.pending;
  }

  /** Re-reads the inputs; starts loading a table when the language changed. */
  resolve(): void {
    const requested = this.requestedLocale();
    const dirAttribute = this.host.getAttribute('dir');
    const language = this.pickLanguage(requested);
    const strings = this.host.effectiveConfig?.strings;
    const base = baseLanguage(requested);
    this.lang = requested;
    this.base = base;
    this.shown = language !== 'en' || base === 'en' || strings?.[requested] || strings?.[base] ? requested : 'en';
    this.dir = dirAttribute === 'rtl' || dirAttribute === 'ltr' ? dirAttribute : directionOf(this.shown);
    if (language !== this.language || !this.plurals) {
      this.language = language;
      this.plurals = new Intl.PluralRules(language);
      this.useTable(language);
    }
  }

  /**
   * The text for `key`, with `{placeholders}` filled from `params` (as text, never HTML).
   * Plural messages pick their form from `params.count`.
   */
  t(key: keyof S & string, params: Record<string, string | number> = {}): string {
    const override = this.override(key);
    const message: Message | undefined = override ?? this.table[key] ?? this.catalog.en[key];
    if (message === undefined) return key;
    let text: string;
    if (typeof message === 'string') {
      text = message;
    } else {
      const count = typeof params.count === 'number' ? params.count : 0;
      const category = (this.plurals ?? new Intl.PluralRules('en')).select(count) as keyof PluralMessage;
      text = (count === 0 && message.zero) || message[category] || message.other;
    }
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      // Own entries only: a `{constructor}` in a practice's string is not Object.prototype's.
      if (Object.hasOwn(params, name)) {
        const value = params[name];
        return typeof value === 'number' ? this.formatNumber(value) : value;
      }
      return match;
    });
  }

  formatNumber(value: number): string {
    return new Intl.NumberFormat(this.lang).format(value);
  }

  formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const value = typeof date === 'string' ? new Date(date) : date;
    return new Intl.DateTimeFormat(this.lang, options).format(value);
  }

  formatList(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return new Intl.ListFormat(this.lang, { style: 'long', type }).format(items);
  }

  /**
   * A language's name in the current locale, as it reads inside a sentence (`es` → `Spanish`;
   * in Spanish `inglés`). Some engines give the name as it stands at the start of a menu item
   * ("Español" in WebKit): in languages that write language names in lower case mid-sentence,
   * the first letter is lowered.
   */
  languageName(tag: string): string {
    try {
      const name = new Intl.DisplayNames([this.lang], { type: 'language' }).of(tag) ?? tag;
      return LOWER_CASE_LANGUAGE_NAMES.has(this.base) ? name.charAt(0).toLocaleLowerCase(this.lang) + name.slice(1) : name;
    } catch {
      return tag;
    }
  }
}
