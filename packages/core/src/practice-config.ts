import { array, boolean, object, oneOf, optional, quote, record, refine, type Schema, type Shape, string, validate } from './schema.js';

/** A crisis line a practice adds to (or puts in place of) Hearth's built-in ones. */
export interface CrisisLine {
  id: string;
  name: string;
  phone?: string;
  sms?: string;
  url?: string;
  hours?: string;
  languages?: string[];
  audience?: string;
  /** The id of a line that must be shown with this one (both or neither). */
  pairedWith?: string;
}

/** One of the practice's professionals, offered to a client's safety plan (its professionals section). */
export interface PracticeContact {
  name: string;
  /** What they do, as the client would say it ("Your therapist", "Out-of-hours nurse"). */
  role?: string;
  phone?: string;
  url?: string;
}

export type Theme = 'light' | 'dark' | 'auto';
export type StorageMode = 'local' | 'session' | 'none';

/** Practice-wide settings, given to `<hearth-provider>` and shared with every element inside it. */
export interface PracticeConfig {
  practiceName?: string;
  /** Fills `{name}` in text. */
  clientName?: string;
  /**
   * Fills the `{tokens}` of the built-in consent templates (for example `{ reconnectMinutes: '5' }`
   * for the telehealth template's `{reconnectMinutes}`), as text. A template whose text has a token
   * with no value here cannot be signed: it shows clients "not ready" (docs/consent.md).
   */
  policyValues?: Record<string, string>;
  /** The practice's professionals, offered to the safety plan's professionals section. */
  contacts?: PracticeContact[];
  locale?: string;
  region?: string;
  theme?: Theme;
  storage?: StorageMode;
  namespace?: string;
  /** Default endpoint for every widget inside. */
  endpoint?: string;
  credentials?: RequestCredentials;
  crisis?: { replace?: boolean; lines: CrisisLine[] };
  /** Overrides of UI strings: locale → key of the `en` table → text. */
  strings?: Record<string, Record<string, string>>;
  /**
   * Shows every element inside what only the practice should see (a built-in template's "check
   * this against your own duties" note, unfilled placeholders, a missing region). An element's own
   * `preview` wins. Use it on a page the practice reviews, never on the page clients use.
   */
  preview?: boolean;
}

export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
export const STORAGE_MODES: readonly StorageMode[] = ['local', 'session', 'none'];
export const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];

/** Checks a BCP 47 language tag without a table of languages: Intl knows them. */
export function localeProblem(tag: string): string | undefined {
  try {
    Intl.getCanonicalLocales(tag);
    return undefined;
  } catch {
    return `expected a language tag such as en, es or fr-CA, got ${JSON.stringify(tag.slice(0, 40))}`;
  }
}

/** An http(s) URL, absolute or relative to the page. Anything else (javascript:, data:) is refused. */
export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return `expected a URL, got ${JSON.stringify(value.slice(0, 40))}`;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : `expected an http or https URL, got ${url.protocol}`;
}

export const REGION_PATTERN = /^[A-Za-z]{2}$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{0,30}$/;

export const regionSchema = /* @__PURE__ */ string({ pattern: REGION_PATTERN, describe: 'a two-letter region code (ISO 3166-1 alpha-2) such as US or GB' });
export const localeSchema = /* @__PURE__ */ refine(string({ minLength: 1, maxLength: 64 }), localeProblem);
export const endpointSchema = /* @__PURE__ */ refine(string({ minLength: 1, maxLength: 2048 }), urlProblem);
export const namespaceSchema = /* @__PURE__ */ string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'letters, digits, - or _ (at most 64)' });

const phoneSchema = /* @__PURE__ */ string({ pattern: PHONE_PATTERN, describe: 'a phone number of digits, spaces and + ( ) - .' });

/** A `policyValues` name: the token it fills, `{reconnectMinutes}` → `reconnectMinutes`. */
export const POLICY_VALUE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** The most `policyValues` a practice gives (the templates use a handful). */
const MAX_POLICY_VALUES = 100;

/**
 * `policyValues`: names as tokens are written (letters, digits, `_`), each value short plain text
 * with no `{` `}` (a value is never read as a token itself), at most {@link MAX_POLICY_VALUES}.
 */
export const policyValuesSchema = /* @__PURE__ */ refine(
  record(string({ minLength: 1, maxLength: 500, pattern: /^[^{}]*$/, describe: 'text without { or }' })),
  (values) => {
    const names = Object.keys(values);
    if (names.length > MAX_POLICY_VALUES) return `expected at most ${MAX_POLICY_VALUES} values, got ${names.length}`;
    const bad = names.find((name) => !POLICY_VALUE_NAME.test(name));
    return bad === undefined ? undefined : `expected names of letters, digits or _ (as in {reconnectMinutes}), got ${quote(bad)}`;
  },
);

export const crisisLineSchema: Schema<CrisisLine> = /* @__PURE__ */ object<CrisisLine>({
  id: string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, describe: 'an id of letters, digits, - or _' }),
  name: string({ minLength: 1, maxLength: 200 }),
  phone: optional(phoneSchema),
  sms: optional(phoneSchema),
  url: optional(refine(string({ maxLength: 2048 }), urlProblem)),
  hours: optional(string({ maxLength: 200 })),
  languages: optional(array(localeSchema)),
  audience: optional(string({ maxLength: 200 })),
  pairedWith: optional(string({ maxLength: 64 })),
});

export const practiceContactSchema: Schema<PracticeContact> = /* @__PURE__ */ object<PracticeContact>({
  name: string({ minLength: 1, maxLength: 200 }),
  role: optional(string({ maxLength: 200 })),
  phone: optional(phoneSchema),
  url: optional(refine(string({ maxLength: 2048 }), urlProblem)),
});

const practiceConfigShape: Shape<PracticeConfig> = {
  practiceName: optional(string({ maxLength: 200 })),
  clientName: optional(string({ maxLength: 200 })),
  policyValues: optional(policyValuesSchema),
  contacts: optional(array(practiceContactSchema, { maxItems: 50 })),
  locale: optional(localeSchema),
  region: optional(regionSchema),
  theme: optional(oneOf(THEMES)),
  storage: optional(oneOf(STORAGE_MODES)),
  namespace: optional(namespaceSchema),
  endpoint: optional(endpointSchema),
  credentials: optional(oneOf(CREDENTIALS)),
  crisis: optional(
    object<{ replace?: boolean; lines: CrisisLine[] }>({
      replace: optional(boolean()),
      lines: array(crisisLineSchema),
    }),
  ),
  strings: optional(record(record(string({ maxLength: 2000 })))),
  preview: optional(boolean()),
};

export const practiceConfigSchema: Schema<PracticeConfig> = /* @__PURE__ */ object<PracticeConfig>(practiceConfigShape);

/**
 * The settings of a config that failed its check which are valid each on their own: a bad
 * `policyValues` or crisis line must not take the practice's namespace (its clients' stored data),
 * endpoint or region with it. The error is still shown; these settings still apply.
 */
export function validPracticeSettings(raw: unknown): PracticeConfig | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const settings: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(practiceConfigShape) as [string, Schema<unknown>][]) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const result = validate(schema, value, `config.${key}`);
    if (!result.errors.length && result.value !== undefined) settings[key] = result.value;
  }
  return settings as PracticeConfig;
}
