import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import { en as enBase } from '../packages/elements/src/locales/en.js';
import { enConsent } from '../packages/elements/src/locales/en-consent.js';
import { enConsentReceipt } from '../packages/elements/src/locales/en-consent-receipt.js';
import { enCoping } from '../packages/elements/src/locales/en-coping.js';
import { enCopingChoices } from '../packages/elements/src/locales/en-coping-choices.js';
import { enCopingExercise } from '../packages/elements/src/locales/en-coping-exercise.js';
import { enFeedback } from '../packages/elements/src/locales/en-feedback.js';
import { enFeedbackSend } from '../packages/elements/src/locales/en-feedback-send.js';
import { enJournal } from '../packages/elements/src/locales/en-journal.js';
import { enJournalExport } from '../packages/elements/src/locales/en-journal-export.js';
import { enJournalHistory } from '../packages/elements/src/locales/en-journal-history.js';
import { enJournalLock } from '../packages/elements/src/locales/en-journal-lock.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { until } from './helpers/shadow.js';

/** Every English string: the shared table and each widget's. */
const en = {
  ...enBase,
  ...enCoping,
  ...enCopingExercise,
  ...enCopingChoices,
  ...enJournal,
  ...enJournalHistory,
  ...enJournalLock,
  ...enJournalExport,
  ...enFeedback,
  ...enFeedbackSend,
  ...enConsent,
  ...enConsentReceipt,
};
import { uiCatalog } from '../packages/elements/src/locales/ui-catalog.js';

function placeholders(message: unknown): string[] {
  const text = typeof message === 'string' ? message : Object.values(message as Record<string, string>).join(' ');
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

describe('UI string tables', () => {
  for (const language of uiCatalog.languages) {
    it(`${language} is complete, loads on demand, and keeps every placeholder`, async () => {
      const table = (await uiCatalog.load(language)) as Record<string, unknown>;
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, message] of Object.entries(en)) {
        const translated = table[key];
        expect(translated, `${language} ${key}`).to.exist;
        if (typeof translated === 'string') expect(translated.trim(), `${language} ${key}`).not.to.equal('');
        else expect((translated as { other: string }).other, `${language} ${key} has an "other" form`).to.be.a('string');
        // A plural message may say "one" in words instead of {count}; other placeholders must stay.
        const expected = placeholders(message).filter((p) => p !== '{count}');
        const got = placeholders(translated).filter((p) => p !== '{count}');
        expect(got, `${language} ${key}`).to.deep.equal(expected);
      }
    });
  }

  it('docs/localization.md lists every key a practice can override', async () => {
    const doc = await (await fetch('/docs/localization.md')).text();
    for (const key of Object.keys(en)) expect(doc, key).to.contain(`| \`${key}\` |`);
  });

  it('an unknown language is refused, so the element stays in English', async () => {
    let error: unknown;
    try {
      await uiCatalog.load('xx');
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.contain('xx');
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
    const de = await fixture(html`<hearth-consent lang="de-DE" template="confidentiality" storage="none"></hearth-consent>`);
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
