import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import { coreCatalog, type LocaleCatalog, type Message, type StringTable } from '../packages/core/src/index.js';
import * as hearth from '../packages/elements/src/index.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { listFiles } from './helpers/commands.js';
import { until } from './helpers/shadow.js';

const LOCALES = 'packages/elements/src/locales';

type Catalog = LocaleCatalog<StringTable>;

/**
 * Each catalog with the elements that use it, found from what the package exports (an element is
 * a class with a `localeCatalog` of its own), so a new element's strings are checked without a list.
 */
function catalogsOfElements(): Map<Catalog, string[]> {
  const found = new Map<Catalog, string[]>();
  for (const [name, value] of Object.entries(hearth)) {
    const catalog = typeof value === 'function' ? (value as { localeCatalog?: Catalog }).localeCatalog : undefined;
    if (!catalog || catalog === (coreCatalog as unknown as Catalog)) continue;
    found.set(catalog, [...(found.get(catalog) ?? []), name]);
  }
  return found;
}

const catalogs = catalogsOfElements();

/** Every English key: the keys a practice can override with the provider's `strings`. */
const everyEnglishKey = [...new Set([...catalogs.keys()].flatMap((catalog) => Object.keys(catalog.en)))];

function placeholders(message: unknown): string[] {
  const text = typeof message === 'string' ? message : Object.values(message as Record<string, string>).join(' ');
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

/** The plural forms a count a screen shows (0 to 999) takes in `language`: en one/other, ar all six. */
function formsNeeded(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  return [...new Set(Array.from({ length: 1000 }, (_, count) => rules.select(count)))].sort();
}

/** What is wrong with one translated message, as sentences (none when it is right). */
function problemsOf(language: string, key: string, english: Message, message: Message | undefined): string[] {
  if (message === undefined) return [`${key} is missing`];
  if (typeof message !== typeof english) return [`${key} is ${typeof message === 'string' ? 'not' : ''} a plural message in English`];
  const problems: string[] = [];
  if (typeof message === 'string') {
    if (!message.trim()) problems.push(`${key} is empty`);
  } else {
    // `zero` is allowed in every language: the controller uses it for a count of 0.
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
    const forms = Object.keys(message);
    const unknown = forms.filter((form) => form !== 'zero' && !categories.includes(form));
    const missing = formsNeeded(language).filter((form) => !forms.includes(form));
    if (unknown.length) problems.push(`${key} has forms ${language} does not use: ${unknown.join(', ')}`);
    if (missing.length) problems.push(`${key} lacks the forms ${missing.join(', ')}`);
  }
  // A plural message may say "one" in words instead of {count}; other placeholders must stay.
  const expected = placeholders(english).filter((p) => p !== '{count}');
  const got = placeholders(message).filter((p) => p !== '{count}');
  if (got.join() !== expected.join()) problems.push(`${key} has the placeholders ${got.join(' ') || 'none'}, English ${expected.join(' ') || 'none'}`);
  return problems;
}

/** The tables of other languages than English this page has fetched (`ar/consent.ts`). */
function fetchedTables(): string[] {
  const paths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  const tables = paths.filter((path) => path.startsWith(`/${LOCALES}/`)).map((path) => path.slice(LOCALES.length + 2));
  return [...new Set(tables.filter((path) => /^(?!en\/)[\w-]+\/[\w-]+\.ts$/.test(path)))].sort();
}

// First in this file: nothing has loaded another language yet (each test file has its own page).
describe('another language loads on demand, per element', () => {
  it("an Arabic consent downloads the Arabic consent table and the shared one (its crisis footer), not the journal's", async () => {
    const consent = await fixture(html`<hearth-consent lang="ar" template="confidentiality" storage="none"></hearth-consent>`);
    await until(() => (consent.shadowRoot!.textContent ?? '').includes('أوافق'), 5000, 'the Arabic consent');
    await until(() => fetchedTables().includes('ar/base.ts'), 5000, 'the Arabic crisis footer');
    expect(fetchedTables()).to.deep.equal(['ar/base.ts', 'ar/consent.ts']);
  });
});

describe('UI string tables', () => {
  for (const [catalog, elements] of catalogs) {
    for (const language of ['en', ...catalog.languages]) {
      it(`${language} of ${elements.join(', ')}: exactly the English keys, the same placeholders, the plural forms ${language} needs`, async () => {
        const table = language === 'en' ? catalog.en : await catalog.load(language);
        expect(Object.keys(table).sort(), `${catalog.id} ${language}`).to.deep.equal(Object.keys(catalog.en).sort());
        const problems = Object.entries(catalog.en).flatMap(([key, english]) => problemsOf(language, key, english, table[key]));
        expect(problems, `${catalog.id} ${language}`).to.deep.equal([]);
      });
    }
  }

  it("every table in locales/<language>/ is an element's, and every language an element lists has its table", async () => {
    const files = (await listFiles(LOCALES)).filter((file) => file.includes('/'));
    const unclaimed: string[] = [];
    const claimed = new Set<string>();
    for (const file of files) {
      const [language] = file.split('/');
      const { strings } = (await import(`/${LOCALES}/${file}`)) as { strings: StringTable };
      let owner: Catalog | undefined;
      for (const catalog of catalogs.keys()) {
        if (language === 'en' ? catalog.en === strings : catalog.languages.includes(language) && (await catalog.load(language)) === strings) owner = catalog;
      }
      if (owner) claimed.add(`${owner.id}:${language}`);
      else unclaimed.push(file);
    }
    expect(unclaimed, 'tables no element loads').to.deep.equal([]);
    const listed = [...catalogs.keys()].flatMap((catalog) => ['en', ...catalog.languages].map((language) => `${catalog.id}:${language}`));
    expect(
      listed.filter((entry) => !claimed.has(entry)),
      'languages without a table of their own',
    ).to.deep.equal([]);
    expect(files.length, 'one table per element and language').to.equal(listed.length);
  });

  it('docs/localization.md lists every key a practice can override', async () => {
    const doc = await (await fetch('/docs/localization.md')).text();
    for (const key of everyEnglishKey) expect(doc, key).to.contain(`| \`${key}\` |`);
  });

  it('an unknown language is refused by every catalog, so the element stays in English', async () => {
    for (const catalog of catalogs.keys()) {
      for (const language of ['xx', 'constructor']) {
        const error = await catalog.load(language).then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error?.message, `${catalog.id} ${language}`).to.contain(`"${language}"`);
      }
    }
  });

  it('the deprecated loadUiStrings still gives every string of a language, from the tables each element loads', async () => {
    const spanish = await hearth.loadUiStrings('es');
    expect(Object.keys(spanish).sort()).to.deep.equal([...everyEnglishKey].sort());
    expect(spanish['consent.agree']).to.equal('Acepto');
    expect(hearth.UI_LANGUAGES).to.deep.equal(['es', 'fr', 'ar']);
  });
});

describe('a language Hearth has no strings for', () => {
  const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;

  it("Hebrew and German pages show English strings marked and laid out as English; formats keep the page's locale", async () => {
    const he = await fixture(
      html`<div lang="he" dir="rtl"><hearth-feedback-form template="session" storage="none" no-crisis-footer></hearth-feedback-form></div>`,
    );
    const form = he.querySelector('hearth-feedback-form')!;
    await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect([base(form).getAttribute('lang'), base(form).getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    // A practice's own terms: a built-in template has no German version, and shows a configuration error instead (content-language.test.ts).
    const de = await fixture(html`<hearth-consent lang="de-DE" storage="none"></hearth-consent>`);
    (de as unknown as { policy: unknown }).policy = {
      id: 'praxis',
      version: '1',
      title: 'Schweigepflicht',
      sections: [{ id: 'a', title: 'Was vertraulich bleibt', bodyHtml: '<p>Was Sie sagen, bleibt hier.</p>' }],
      acknowledgments: [{ id: 'read', label: 'Ich habe die Bedingungen gelesen.', required: true }],
    };
    await until(() => (de.shadowRoot!.textContent ?? '').includes('I agree'), 3000, 'the consent');
    expect(base(de).getAttribute('lang')).to.equal('en');
    // The signing date is a German date inside the English sentence (formats follow the page).
    expect(de.shadowRoot!.textContent).to.match(/Date: \d{1,2}\. \p{L}+ \d{4}/u);
  });

  it("with the provider's strings in that language, the element is Hebrew, right to left (a regional tag finds them too)", async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider locale="he-IL"><hearth-quick-exit></hearth-quick-exit></hearth-provider>`);
    provider.config = { strings: { he: { 'quickExit.label': 'יציאה מהירה' } } };
    const exit = provider.querySelector('hearth-quick-exit')!;
    await provider.updateComplete;
    await (exit as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect([base(exit).getAttribute('lang'), base(exit).getAttribute('dir')]).to.deep.equal(['he-IL', 'rtl']);
    expect(exit.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('יציאה מהירה');
  });

  it('a dir attribute on the element still wins', async () => {
    const el = await fixture(html`<hearth-quick-exit lang="he" dir="rtl"></hearth-quick-exit>`);
    expect([base(el).getAttribute('lang'), base(el).getAttribute('dir')]).to.deep.equal(['en', 'rtl']);
  });
});

/**
 * What a native-speaking clinician fixed in the tables (issue 19, item 13), kept from coming back.
 * Each language's strings are read from every element's table, plural forms included.
 */
describe('the wording of each language', () => {
  async function stringsOf(language: string): Promise<Record<string, string>> {
    const all: Record<string, string> = {};
    for (const catalog of catalogs.keys()) {
      const table = language === 'en' ? catalog.en : await catalog.load(language);
      for (const [key, message] of Object.entries(table)) {
        all[key] = typeof message === 'string' ? message : Object.values(message).join(' | ');
      }
    }
    return all;
  }

  /** The keys whose text matches `pattern`, with the text, so a failure shows what to reword. */
  function matching(strings: Record<string, string>, pattern: RegExp): string[] {
    return Object.entries(strings)
      .filter(([, text]) => pattern.test(text))
      .map(([key, text]) => `${key}: ${text}`);
  }

  it('one word for the professional in every language: therapist, terapeuta, thérapeute, المعالج', async () => {
    const word = { en: /therapist/, es: /terapeuta/, fr: /thérapeute/, ar: /معالج/ } as const;
    for (const [language, professional] of Object.entries(word)) {
      const strings = await stringsOf(language);
      expect(matching(strings, /counsell?or|consejer|psic[oó]log|conseill|(?<!\p{L})psy(?!\p{L})|مستشار|أخصائي نفسي/iu), language).to.deep.equal([]);
      expect(strings['journal.share'], language).to.match(professional);
    }
  });

  it('French: no inclusive middle dot (it reads badly in screen readers), no word that marks the client’s gender, typographic apostrophes', async () => {
    const fr = await stringsOf('fr');
    expect(matching(fr, /·/), 'middle dots').to.deep.equal([]);
    expect(matching(fr, /(?<!\p{L})(?:prêt|anxieux|engourdi|plein|aidé)(?!\p{L})/iu), 'gendered words').to.deep.equal([]);
    expect(matching(fr, /'/), 'straight apostrophes').to.deep.equal([]);
    expect(fr['coping.phaseRest'], 'the rest phase is not the Pause button').to.not.equal(fr['coping.pause']);
  });

  it('Spanish: neutral Latin American usage (tú, no vosotros, no Spain-only words)', async () => {
    const es = await stringsOf('es');
    const spainOnly =
      /(?<!\p{L})(?:vosotr[oa]s|os|vuestr[oa]s?|habéis|ordenador|móvil|vale|coger|pulsa\p{L}*|añad\p{L}*|enfado|gestionar|has \p{L}+(?:ado|ido)|he \p{L}+(?:ado|ido)|ha \p{L}+(?:ado|ido))(?!\p{L})/iu;
    expect(matching(es, spainOnly)).to.deep.equal([]);
  });

  it('Arabic: breathing and moods say what they mean', async () => {
    const ar = await stringsOf('ar');
    // "احبس نفسك" reads as "lock yourself up": the hold phase is about the breath.
    expect(ar['coping.phaseHold']).to.contain('أنفاس');
    // "خدران" is a numb limb: the mood is numbness of feeling.
    expect(ar['journal.mood.numb']).to.contain('المشاعر');
  });

  it('"no mood" is not a mood: the empty choice says the mood is not set, in every language', async () => {
    const notSet = { en: /not set/i, es: /sin indicar/i, fr: /non indiquée/i, ar: /لم يُحدَّد/ } as const;
    for (const [language, wording] of Object.entries(notSet)) expect((await stringsOf(language))['journal.mood.none'], language).to.match(wording);
  });
});
