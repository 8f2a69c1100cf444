import {
  baseStyles,
  type ConfigIssue,
  ContentSource,
  CREDENTIALS,
  endpointSchema,
  HearthElement,
  localeSchema,
  namespaceSchema,
  oneOf,
  type PracticeConfig,
  practiceConfigSchema,
  practiceContext,
  regionSchema,
  type Schema,
  STORAGE_MODES,
  string,
  THEMES,
  validate,
  validPracticeSettings,
} from '@hearth/core';
import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';

import { type BaseStrings, uiCatalog } from '../locales/ui-catalog.js';
import { providerStyles } from './provider.styles.js';

type AttributeField = 'practiceName' | 'locale' | 'region' | 'theme' | 'storage' | 'namespace' | 'endpoint' | 'credentials';

/** Each attribute, the config field it sets, and the schema it is checked with. */
const ATTRIBUTES: readonly { field: AttributeField; attribute: string; schema: Schema<string> }[] = [
  { field: 'practiceName', attribute: 'practice-name', schema: string({ maxLength: 200 }) },
  { field: 'locale', attribute: 'locale', schema: localeSchema },
  { field: 'region', attribute: 'region', schema: regionSchema },
  { field: 'theme', attribute: 'theme', schema: oneOf(THEMES) },
  { field: 'storage', attribute: 'storage', schema: oneOf(STORAGE_MODES) },
  { field: 'namespace', attribute: 'namespace', schema: namespaceSchema },
  { field: 'endpoint', attribute: 'endpoint', schema: endpointSchema },
  { field: 'credentials', attribute: 'credentials', schema: oneOf(CREDENTIALS) },
];

/** Merges `strings` tables locale by locale, the inner one winning key by key. */
function mergeStrings(outer: PracticeConfig['strings'], inner: PracticeConfig['strings']): PracticeConfig['strings'] | undefined {
  if (!outer) return inner;
  if (!inner) return outer;
  const merged: Record<string, Record<string, string>> = { ...outer };
  for (const [locale, table] of Object.entries(inner)) merged[locale] = { ...outer[locale], ...table };
  return merged;
}

function normalise(config: PracticeConfig): PracticeConfig {
  const out: PracticeConfig = { ...config };
  if (out.region) out.region = out.region.toUpperCase();
  return Object.freeze(out);
}

/**
 * Practice-wide settings for every Hearth element inside it: the practice's name, locale,
 * region (for crisis lines), theme, storage, endpoint and strings, and `preview` (what only the
 * practice should see, shown in every element inside; an element's own `preview` wins).
 *
 * A setting is taken from the element's own attribute → `config` (property, JSON child or
 * `src`) → an outer provider → the built-in default. Consumers update live; a provider upgraded
 * after its consumers still reaches them. Bad settings show an inline error (`role="alert"`) and
 * one `console.error` naming the field; the valid settings still apply.
 *
 * @tagname hearth-provider
 * @summary Shares a practice's settings with the Hearth elements inside it.
 *
 * @slot - The page content whose Hearth elements use these settings.
 *
 * @csspart base - The wrapper of the configuration error, shown only when there is one.
 * @csspart error - The configuration error message.
 */
export class HearthProvider extends HearthElement<BaseStrings> {
  /** @internal */
  static override localeCatalog = uiCatalog;
  static override styles = [...baseStyles, providerStyles];

  /** @internal */
  private readonly content = new ContentSource<PracticeConfig>(
    this,
    {
      name: 'config',
      schema: practiceConfigSchema,
      salvage: validPracticeSettings,
      property: () => this.config,
      src: () => this.src,
    },
    (promise) => this.track(promise),
  );

  /** @internal */
  private readonly provider = new ContextProvider(this, { context: practiceContext, initialValue: undefined });
  /** @internal */
  private attributeIssues: ConfigIssue[] = [];

  /** The practice's name; fills `{practice}` in text. */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  /** The locale of the elements inside (BCP 47: `en`, `es-MX`, `ar`). */
  @property() locale?: string;

  /** ISO 3166-1 alpha-2 region for the built-in crisis lines (`US`, `GB`). */
  @property() region?: string;

  /** Colour theme: `light` (default), `dark`, or `auto` (follows the system). */
  @property() theme?: 'light' | 'dark' | 'auto';

  /** Where elements keep data: `local` (IndexedDB, default), `session` or `none`. */
  @property() storage?: 'local' | 'session' | 'none';

  /** Prefix of every storage key, so two apps on one origin keep apart (default `default`). */
  @property() namespace?: string;

  /** Default endpoint (URL) that widgets inside send to, when the client presses send. */
  @property() endpoint?: string;

  /** `credentials` of sends: `omit`, `same-origin` (default) or `include`. */
  @property() credentials?: RequestCredentials;

  /** A URL of a JSON `PracticeConfig`, fetched only when set and no `config` property or JSON child is given. */
  @property() src?: string;

  /** The practice configuration as an object (first of the content sources). */
  @property({ attribute: false }) config?: PracticeConfig;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Controllers refresh after willUpdate; the merge below needs the content of this update.
    this.content.refresh();
    const own: PracticeConfig = {};
    const issues: ConfigIssue[] = [];
    for (const { field, attribute, schema } of ATTRIBUTES) {
      const value = this[field];
      if (value === undefined || value === null) continue;
      const result = validate(schema, value, attribute);
      if (result.errors.length) issues.push(...result.errors);
      else (own as Record<string, unknown>)[field] = result.value;
    }
    // `preview` (from HearthElement): the attribute turns it on for every element inside.
    if (this.preview !== undefined) own.preview = this.preview;
    this.attributeIssues = issues;

    const outer = this.practiceConfig ?? {};
    const fromContent = this.content.value ?? {};
    const merged = normalise({
      ...outer,
      ...fromContent,
      ...own,
      crisis: fromContent.crisis ?? outer.crisis,
      strings: mergeStrings(outer.strings, fromContent.strings),
    });
    if (JSON.stringify(merged) !== JSON.stringify(this.provider.value)) this.provider.setValue(merged);
  }

  protected override configIssues(): ConfigIssue[] {
    return [...this.attributeIssues, ...this.content.issues];
  }

  /** The settings this provider gives its elements, after merging every source. */
  override get effectiveConfig(): PracticeConfig | undefined {
    return this.provider.value;
  }

  override render() {
    const issues = this.configIssues();
    return html`${
      issues.length
        ? html`<div class=${this.baseClass} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
            ${this.renderConfigIssues(issues)}
          </div>`
        : nothing
    }<slot></slot>`;
  }
}
